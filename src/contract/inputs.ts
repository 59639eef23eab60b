// The files a command has read, so that none of its outputs can replace one. Every reader of a
// file from outside notes it here as it reads (readFileOrFail does so for all its callers; the
// source reader, the IDX and MNIST loaders call noteInput), so a command's output guard
// (runtime/outputs.ts guardOutputs) checks its targets against everything it read, whichever
// surface read it, without a list of inputs per command that could forget one.
import * as fs from 'node:fs';
import { basename, dirname, join, resolve } from 'node:path';
import { fail } from './diagnostics.js';

/** One file read: the path as given, what it was to the command, its real path and its identity. */
export interface InputFile {
  path: string;
  what: string;
  real: string;
  dev: number;
  ino: number;
}

/** By device and inode; a command reads a handful of files, a long-lived embedder may read many. */
const inputs = new Map<string, InputFile>();
const MAX_INPUTS = 100_000;
/** Set by the command line: writeFileAtomic then refuses any file read before (see protectInputs). */
let protecting = false;

/** Records that `path` was read (`st`: its stat at the read, when the reader has it). */
export function noteInput(path: string, what: string, st?: fs.Stats): void {
  try {
    const s = st ?? fs.statSync(path);
    const key = `${s.dev}:${s.ino}`;
    if (inputs.has(key)) return;
    if (inputs.size >= MAX_INPUTS) inputs.delete(inputs.keys().next().value!);
    inputs.set(key, { path, what, real: realPath(path), dev: s.dev, ino: s.ino });
  } catch {
    // Gone since it was read: its path still names it.
    inputs.set(`path:${resolve(path)}`, { path, what, real: realPath(path), dev: -1, ino: -1 });
  }
}

/** Everything read so far, oldest first. */
export function inputsRead(): InputFile[] {
  return [...inputs.values()];
}

/** For tests that run several commands in one process. */
export function forgetInputs(): void {
  inputs.clear();
}

/**
 * From now on, a file written atomically (writeFileAtomic) must not be one this process read: a
 * last line of defence behind each command's guardOutputs, for the command line (an embedder that
 * reads a checkpoint and saves over it on purpose does not call this).
 */
export function protectInputs(on = true): void {
  protecting = on;
}

/** The input that `path` (a file about to be replaced) is, if any; only when protectInputs is on. */
export function refuseReplacingInput(path: string, what = 'the output'): void {
  if (!protecting || !inputs.size) return;
  const hit = inputNamed(path);
  if (hit) fail('DNN6010', `${what} ${path} is the ${hit.what} '${hit.path}' that this command read; writing it would replace its input`);
}

/** The input that `path` names: the same device and inode, or the same real path. */
export function inputNamed(path: string): InputFile | undefined {
  let st: fs.Stats | undefined;
  try {
    st = fs.statSync(path, { throwIfNoEntry: false });
  } catch {
    st = undefined;
  }
  const real = realPath(path);
  for (const i of inputs.values()) {
    if ((st && i.dev === st.dev && i.ino === st.ino) || i.real === real) return i;
  }
  return undefined;
}

/**
 * The path with every symbolic link and `.`/`..` resolved, also for a file that does not exist
 * yet (the real path of its nearest existing directory, then the rest as written).
 */
export function realPath(path: string): string {
  try {
    // The path as written: `link/..` is where the link's target's parent is, not `.`.
    return fs.realpathSync.native(path);
  } catch {
    const parent = dirname(path);
    return parent === path ? resolve(path) : join(realPath(parent), basename(path));
  }
}
