// The fenced code blocks of README.md and docs/*.md, and how the README test runs them.
//
// Every fence names its language. Shell blocks (sh, bash, shell, console) are run; the others
// (dnn, js, json, python, text) are not, except a block saved as a file for a later shell block.
// A block may be preceded (on the line before its fence) by one annotation:
//
//   <!-- readme-test: skip (why it cannot run in a test) -->   not run, with its reason
//   <!-- readme-test: in package -->       run in a fresh project that installed the packed
//                                          tarball (test/package), not in a clone; `in clone,
//                                          package` runs it in both; the default is `in clone`
//   <!-- readme-test: file embed.mjs -->   a non-shell block, saved under that name where the
//                                          shell blocks after it run
//   <!-- readme-test: exit 1 -->           the status a sh block ends with (default 0)
//
// several separated by `;` (a reason may hold one). A ```console block is `$ command` lines, each followed by its
// output, which must match; a shown `error DNN7xxx` means exit 2, another `error DNN` exit 1.
import { spawnSync } from 'node:child_process';
import { readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { expect } from 'vitest';

export const SHELL_LANGUAGES = ['sh', 'bash', 'shell', 'console'] as const;
export const OTHER_LANGUAGES = ['dnn', 'js', 'ts', 'json', 'python', 'text', 'dockerfile', 'yaml'] as const;
export type Context = 'clone' | 'package';

export interface Block {
  /** `README.md:13`: where the fence opens. */
  readonly at: string;
  readonly lang: string;
  readonly text: string;
  readonly skip?: string;
  readonly contexts: readonly Context[];
  readonly file?: string;
  readonly exit: number;
  /** What is wrong with the block's fence or annotation; empty when nothing is. */
  readonly problems: readonly string[];
}

export const isShell = (b: Block): boolean => (SHELL_LANGUAGES as readonly string[]).includes(b.lang);

/** README.md, then docs/*.md in name order: the files whose blocks the test runs. */
export function documentedFiles(root: string): string[] {
  const docs = readdirSync(join(root, 'docs')).filter((f) => f.endsWith('.md')).sort();
  return ['README.md', ...docs.map((f) => `docs/${f}`)];
}

export function blocksOf(root: string, file: string): Block[] {
  const lines = readFileSync(join(root, file), 'utf8').split('\n');
  const blocks: Block[] = [];
  for (let i = 0; i < lines.length; i++) {
    const open = /^```(.*)$/.exec(lines[i]!);
    if (!open) continue;
    let end = i + 1;
    while (end < lines.length && lines[end] !== '```') end++;
    const note = /^<!-- readme-test: (.*) -->$/.exec(lines[i - 1] ?? '')?.[1];
    blocks.push(block(`${file}:${i + 1}`, open[1]!.trim(), lines.slice(i + 1, end).join('\n'), note));
    i = end;
  }
  return blocks;
}

function block(at: string, lang: string, text: string, note: string | undefined): Block {
  const problems: string[] = [];
  if (lang === '') problems.push('the fence names no language (sh, console, dnn, js, json, text, ...)');
  else if (![...SHELL_LANGUAGES, ...OTHER_LANGUAGES].includes(lang as never)) problems.push(`unknown language '${lang}'`);
  let skip: string | undefined;
  let contexts: Context[] = ['clone'];
  let file: string | undefined;
  let exit = 0;
  for (const d of note === undefined ? [] : note.split(/;(?![^(]*\))/).map((s) => s.trim())) {
    const m = /^skip \((.+)\)$|^in ((?:clone|package)(?:, (?:clone|package))*)$|^file ([\w.-]+)$|^exit (\d+)$/.exec(d);
    if (!m) problems.push(`unknown annotation '${d}' (skip (REASON), in clone|package, file NAME, exit N)`);
    else if (m[1] !== undefined) skip = m[1];
    else if (m[2] !== undefined) contexts = m[2].split(', ') as Context[];
    else if (m[3] !== undefined) file = m[3];
    else exit = Number(m[4]);
  }
  const shell = (SHELL_LANGUAGES as readonly string[]).includes(lang);
  if (file !== undefined && shell) problems.push('`file` saves a non-shell block; a shell block is run');
  if (file === undefined && !shell && note !== undefined) problems.push('only a `file` annotation means something on a non-shell block');
  // Not on a clone's PATH (and a project's only through npx): what a reader would paste fails.
  const bare = text.split('\n').find((l) => /^(\$ )?dnnc( |$)/.test(l));
  if (shell && bare !== undefined) problems.push(`'${bare}': dnnc is not on the PATH of a clone or a project; write npx dnnc`);
  return { at, lang, text, skip, contexts, file, exit, problems };
}

export interface Command {
  readonly line: string;
  /** The output a ```console block shows for it. */
  readonly output?: string;
  readonly exit: number;
}

/** What a shell block runs: a sh block as one script; a console block command by command. */
export function commandsOf(b: Block): Command[] {
  if (b.lang !== 'console') return [{ line: b.text, exit: b.exit }];
  const lines = b.text.split('\n');
  const commands: Command[] = [];
  for (let i = 0; i < lines.length; i++) {
    const line = /^\$ (.*)$/.exec(lines[i]!)?.[1];
    if (line === undefined) continue;
    let j = i + 1;
    while (j < lines.length && !lines[j]!.startsWith('$ ')) j++;
    const output = lines.slice(i + 1, j).join('\n').trim();
    commands.push({ line, output, exit: /error DNN7\d{3}/.test(output) ? 2 : /error DNN\d{4}/.test(output) ? 1 : 0 });
  }
  return commands;
}

export interface RunOptions {
  /** Where the blocks run (and `file` blocks are saved). */
  readonly cwd: string;
  /** Bash lines run before each command (e.g. a function standing in for `npx dnnc`). */
  readonly prelude?: string;
  readonly timeoutMs?: number;
}

/**
 * Runs the blocks of `context` in order, in one directory (a later block may read what an
 * earlier one wrote); checks each command's exit status, its output where a console block shows
 * it, and that nothing printed a stack trace or Dawn's native start-up warnings.
 */
export function runBlocks(blocks: readonly Block[], context: Context, opts: RunOptions): number {
  let ran = 0;
  for (const b of blocks.filter((x) => x.skip === undefined && x.contexts.includes(context))) {
    if (b.file !== undefined) writeFileSync(join(opts.cwd, b.file), b.text + '\n');
    if (!isShell(b)) continue;
    for (const c of commandsOf(b)) {
      // stderr through a pipe, as at a terminal or in `cmd 2>&1 | less` (Node gives a child a
      // socket, where dnnc cannot hide Dawn's native warnings; see src/runtime/quietStderr.ts).
      const script = `exec 2> >(cat >&2)\n${opts.prelude ?? ''}\n${c.line}`;
      // GNU timeout stops the whole process group (bash and the node it started), exit 124.
      const seconds = String((opts.timeoutMs ?? 300_000) / 1000);
      const r = spawnSync('timeout', ['-k', '10', seconds, 'bash', '-e', '-o', 'pipefail', '-c', script], { cwd: opts.cwd, encoding: 'utf8' });
      const what = `${b.at} (${context}): ${c.line}`;
      expect(r.status, `${what}\n${r.stdout}\n${r.stderr}`).toBe(c.exit);
      expect(r.stderr, what).not.toMatch(/\n\s+at |internal error|artificially reduced/);
      if (c.output !== undefined) expect((r.stdout + r.stderr).trim(), what).toBe(c.output);
      ran++;
    }
  }
  return ran;
}
