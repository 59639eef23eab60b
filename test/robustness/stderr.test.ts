// Dawn's native start-up warnings ("maxDynamic…BuffersPerPipelineLayout artificially reduced …",
// printed from C++ to fd 2 while an OpenGL ES adapter is requested) are hidden by the command line
// unless --verbose, by pointing fd 2 at /dev/null for that one call (src/runtime/quietStderr.ts).
// That swap must leave stderr working whatever it is: a terminal or a pipe (hidden), a file
// (left alone, the warnings show), /dev/null, closed, a pipe whose reader has gone. Where it
// cannot (a file, a socket), `--backend auto` asks a child that discards them which adapter there
// is, and a software adapter is then never opened in the process (src/cli/backend.ts).
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { count } from '../../src/cli/words.js';

const CLI = resolve('dist/src/cli/main.js');
const DAWN_WARNING = /artificially reduced/;
const dir = mkdtempSync(join(tmpdir(), 'dnnc-stderr-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

/** `dnnc ARGS` in bash with stderr redirected as `redirect` says; stdout and status come back. */
function sh(redirect: string, args = 'devices'): { code: number | null; out: string; err: string } {
  const r = spawnSync('bash', ['-c', `"${process.execPath}" "${CLI}" ${args} ${redirect}`], { cwd: dir, encoding: 'utf8', timeout: 120_000 });
  return { code: r.status, out: r.stdout, err: r.stderr };
}

describe('stderr around Dawn start-up', () => {
  it('a pipe: the warnings are gone, and what dnnc itself writes to stderr still arrives', () => {
    const r = sh('2>&1 | cat', 'devices');
    expect(r.code).toBe(0);
    expect(r.out).toMatch(/^adapter: /m);
    expect(r.out).not.toMatch(DAWN_WARNING);
    const own = resolve('examples/own');
    const train = sh('2>&1 | cat', `train ${own}/tabular.dnn --data ${own}/blobs.csv --epochs 1`);
    expect(train.code).toBe(0);
    expect(train.out).toMatch(/^device: .*\n.*\n(.*\n)*epoch 1\/1 /m); // written to stderr after the swap
    expect(train.out).toContain('1 epoch\n');
    expect(train.out).not.toMatch(DAWN_WARNING);
  });

  it('--verbose shows them (on OpenGL ES, where Dawn prints them) with the backends tried', () => {
    const r = sh('2>&1 | cat', 'devices --verbose');
    expect(r.code).toBe(0);
    expect(r.out).toMatch(/^dnnc: using .* via /m);
    if (/via opengles/.test(r.out)) expect(r.out).toMatch(DAWN_WARNING);
  });

  it('a file, /dev/null, a closed stderr, a pipe nobody reads: devices still answers, exit 0', () => {
    expect(sh('2>err.txt').code).toBe(0);
    expect(readFileSync(join(dir, 'err.txt'), 'utf8')).not.toMatch(/dnnc:|error/); // the warnings may be there
    for (const redirect of ['2>/dev/null', '2>&-', '2> >(exec 0<&-; true)']) {
      const r = sh(redirect);
      expect(r.code, redirect).toBe(0);
      expect(r.out, redirect).toMatch(/^adapter: /m);
    }
  });
});

describe('stderr a file or a socket, where fd 2 cannot be swapped', () => {
  const own = resolve('examples/own');
  const args = ['train', `${own}/tabular.dnn`, '--data', `${own}/blobs.csv`, '--epochs', '1'];
  const softwareAdapter = () => /^adapter:.*(llvmpipe|lavapipe|swiftshader)/im.test(sh('2>/dev/null').out);

  it('train under --backend auto on a software adapter never opens it here: no warning in a file', () => {
    const r = sh('2>train-err.txt', args.join(' '));
    expect(r.code).toBe(0);
    const err = readFileSync(join(dir, 'train-err.txt'), 'utf8');
    expect(err).toMatch(/epoch 1\/1 /);
    if (softwareAdapter()) expect(err).not.toMatch(DAWN_WARNING);
  });

  it('nor on a socket (what Node gives a child process it spawns)', () => {
    const r = spawnSync(process.execPath, [CLI, ...args], { cwd: dir, encoding: 'utf8', timeout: 120_000 });
    expect(r.status, r.stderr).toBe(0);
    expect(r.stderr).toMatch(/device: WebAssembly|device: /);
    if (softwareAdapter()) expect(r.stderr).not.toMatch(DAWN_WARNING);
  });
});

describe('counted nouns', () => {
  it('singular for exactly one', () => {
    expect([0, 1, 2, 20].map((n) => count(n, 'epoch'))).toEqual(['0 epochs', '1 epoch', '2 epochs', '20 epochs']);
    expect(count(1, 'dispatch', 'dispatches')).toBe('1 dispatch');
    expect(count(19, 'dispatch', 'dispatches')).toBe('19 dispatches');
  });
});
