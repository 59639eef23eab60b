// Every dnnc command line in README.md runs as written, from the repository's directory.
// The commands are the lines of code blocks (and inline code naming a .dnn file) that start with
// `npx dnnc` or `dnnc`, run by bash in order (a later line may read what an earlier one wrote).
// In a ```console block, `$ cmd` is followed by its output, which must match; a shown
// `error DNN7xxx` means exit 2, another `error DNN` exit 1, else every command exits 0.
// The one rule for speed: `train` and `search` get `--epochs 1` (and search `--trials 2`)
// appended; the last occurrence of an option wins, so the rest of the line runs as written.
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, symlinkSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';

const ROOT = resolve('.');

interface ReadmeCommand {
  readonly line: string;
  /** The output a ```console block shows for it. */
  readonly output?: string;
}

function readmeCommands(markdown: string): ReadmeCommand[] {
  const commands: ReadmeCommand[] = [];
  const isCommand = (l: string) => /^(npx )?dnnc( |$)/.test(l);
  for (const block of markdown.matchAll(/^```(\w*)\n([\s\S]*?)^```$/gm)) {
    const lines = block[2]!.split('\n');
    if (block[1] === 'console') {
      for (let i = 0; i < lines.length; i++) {
        const cmd = /^\$ (.*)$/.exec(lines[i]!)?.[1];
        if (!cmd || !isCommand(cmd)) continue;
        let j = i + 1;
        while (j < lines.length && !lines[j]!.startsWith('$ ')) j++;
        commands.push({ line: cmd, output: lines.slice(i + 1, j).join('\n').trim() });
      }
    } else {
      commands.push(...lines.filter(isCommand).map((line) => ({ line })));
    }
  }
  const inBlocks = new Set(commands.map((c) => c.line));
  for (const span of markdown.matchAll(/`((?:npx )?dnnc [^`]*\.dnn[^`]*)`/g)) {
    if (!inBlocks.has(span[1]!)) commands.push({ line: span[1]! });
  }
  return commands;
}

/** The line as it runs here: `npx dnnc` is the built CLI (what npx finds in the clone). */
function runnable(line: string): string {
  let cmd = line.replace(/\s+#\s.*$/, '').replace(/^(npx )?dnnc\b/, 'dnnc');
  if (/^dnnc (train|search) /.test(cmd)) cmd += ' --epochs 1';
  if (/^dnnc search /.test(cmd)) cmd += ' --trials 2';
  return cmd;
}

function expectedExit(output: string | undefined): number {
  if (output && /error DNN7\d{3}/.test(output)) return 2;
  if (output && /error DNN\d{4}/.test(output)) return 1;
  return 0;
}

describe('README.md', () => {
  const commands = readmeCommands(readFileSync('README.md', 'utf8'));

  it('has dnnc command lines, none of them a synopsis with placeholders', () => {
    expect(commands.length).toBeGreaterThanOrEqual(10);
    for (const { line } of commands) expect(line, line).not.toMatch(/model\.dnn|\[--|<\w+>|\.\.\./);
  });

  it('`npx dnnc` works in the clone', () => {
    const r = spawnSync('npx', ['--no-install', 'dnnc', '--version'], { cwd: ROOT, encoding: 'utf8', timeout: 60_000 });
    expect(r.status, r.stderr).toBe(0);
    expect(r.stdout.trim()).toMatch(/^\d+\.\d+\.\d+/);
  });

  it('every command runs as written, with the exit status and output it shows', () => {
    // A scratch directory that sees the repository's examples, so written files land there.
    const dir = mkdtempSync(join(tmpdir(), 'dnnc-readme-'));
    symlinkSync(join(ROOT, 'examples'), join(dir, 'examples'));
    const prelude = `dnnc() { "${process.execPath}" "${join(ROOT, 'dist/src/cli/main.js')}" "$@"; }`;
    try {
      for (const { line, output } of commands) {
        const r = spawnSync('bash', ['-c', `${prelude}\n${runnable(line)}`], { cwd: dir, encoding: 'utf8', timeout: 300_000 });
        expect(r.status, `${line}\n${r.stderr}`).toBe(expectedExit(output));
        expect(r.stderr, line).not.toMatch(/\n\s+at /);
        if (output !== undefined) expect((r.stdout + r.stderr).trim(), line).toBe(output);
      }
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  }, 900_000);
});
