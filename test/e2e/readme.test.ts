// Every shell block of README.md and docs/*.md runs as written in a clone: each fenced block is
// found (no hand-kept list), run by bash in order from a scratch directory that sees the
// repository's examples, and must end with the status it shows (test/helpers/readme.ts has the
// rules and the annotations: a block that cannot run in a test says why with `skip (...)`).
// Blocks for a project that installed the package run in test/package/pack.test.ts.
//
// The one rule for speed: `npx dnnc` stands for the built CLI (what npx finds in the clone; a
// test checks that it does), and appends `--epochs 1` to `train` and `search` (and `--trials 2`
// to search); the last occurrence of an option wins, so the rest runs as written (on this
// project's CI, without a GPU, `--backend auto` runs them on the wasm target, as a user's would).
import { spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, rmSync, symlinkSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { blocksOf, documentedFiles, isShell, runBlocks } from '../helpers/readme.js';

const ROOT = resolve('.');
const blocks = documentedFiles(ROOT).flatMap((f) => blocksOf(ROOT, f));

/** `npx dnnc ...` as the clone's npx runs it, quicker; any other npx is the real one. */
const NPX_DNNC = `npx() {
  if [ "$1" != dnnc ]; then command npx "$@"; return; fi
  shift
  case "$1" in
    train) set -- "$@" --epochs 1 ;;
    search) case " $* " in
      *" --run-line "*|*" --collect "*) ;;
      *" --plan "*) set -- "$@" --epochs 1 ;;
      *) set -- "$@" --epochs 1 --trials 2 ;;
    esac ;;
  esac
  "${process.execPath}" "${join(ROOT, 'dist/src/cli/main.js')}" "$@"
}`;

describe('README.md and docs/*.md', () => {
  it('every fence names its language, every annotation is known, and every shell block runs or says why not', () => {
    expect(blocks.filter(isShell).length).toBeGreaterThanOrEqual(8);
    expect(blocks.flatMap((b) => b.problems.map((p) => `${b.at}: ${p}`))).toEqual([]);
    for (const b of blocks.filter((x) => x.skip !== undefined)) expect(b.skip!.length, b.at).toBeGreaterThan(10);
  });

  it('`npx dnnc` works in the clone', () => {
    const r = spawnSync('npx', ['--no-install', 'dnnc', '--version'], { cwd: ROOT, encoding: 'utf8', timeout: 60_000 });
    expect(r.status, r.stderr).toBe(0);
    expect(r.stdout.trim()).toMatch(/^\d+\.\d+\.\d+/);
  });

  it('every shell block for a clone runs as written, with the exit status and output it shows', () => {
    // A scratch directory that sees the repository's examples, so written files land there;
    // node_modules/dnnc lets a program saved here import dnnc as one in the repository does.
    const dir = mkdtempSync(join(tmpdir(), 'dnnc-readme-'));
    symlinkSync(join(ROOT, 'examples'), join(dir, 'examples'));
    mkdirSync(join(dir, 'node_modules'));
    symlinkSync(ROOT, join(dir, 'node_modules', 'dnnc'));
    try {
      const ran = runBlocks(blocks, 'clone', { cwd: dir, prelude: NPX_DNNC });
      expect(ran).toBeGreaterThanOrEqual(8);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  }, 900_000);
});
