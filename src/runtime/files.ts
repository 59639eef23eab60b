// Node-only file handling for the runtime: artifacts on disk and checkpoints.
//
// A file dnnc writes is written completely or not at all: the bytes go to a fresh temporary file
// beside the target (created exclusively, so nothing planted at its name is followed or reused),
// every byte is checked, the file is fsynced, renamed over the target, and the directory synced.
// On any failure the temporary file is removed, the previous file is untouched, and the user gets
// a DnnError naming the cause (a full disk, a read-only directory).
import * as fs from 'node:fs';
import { constants as bufferConstants } from 'node:buffer';
import { randomBytes } from 'node:crypto';
import { basename, dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { DnnError, fail } from '../contract/diagnostics.js';
import { realPath, refuseReplacingInput } from '../contract/inputs.js';
import { errno, ioReason, readFileOrFail } from '../contract/read.js';

export { readFileOrFail } from '../contract/read.js';
import { planOf, type Artifact } from '../contract/artifact.js';
import { bundleOf, loadArtifact as loadArtifactAnywhere, MAX_ARTIFACT_BYTES, validateArtifact, type ArtifactSource, type LoadArtifactOptions } from './artifact.js';
import type { Session } from './session.js';
import type { RestoreOptions } from './checkpoint.js';

/** The file operations a write uses. Tests pass faulty ones (a short write, a full disk). */
export interface FileOps {
  openSync(path: string, flags: number, mode?: number): number;
  writeSync(fd: number, buffer: Uint8Array, offset: number, length: number): number;
  fsyncSync(fd: number): void;
  closeSync(fd: number): void;
  renameSync(from: string, to: string): void;
  unlinkSync(path: string): void;
}

export const NODE_FILE_OPS: FileOps = fs;

const { O_WRONLY, O_RDONLY, O_CREAT, O_EXCL, O_NOFOLLOW } = fs.constants;

/** Temporary files: `.NAME.dnnc-tmp-PID-RANDOM`, hidden, unguessable, traceable to their writer. */
const TEMP_INFIX = '.dnnc-tmp-';
/** A temporary file this old is a leftover even if its writer's pid was reused since. */
const STALE_TEMP_MS = 60 * 60 * 1000;
/** Checkpoints are the largest files dnnc reads; artifacts' JSON and WGSL are far smaller. */
export const MAX_CHECKPOINT_BYTES = Math.min(bufferConstants.MAX_LENGTH, 2 ** 33);

/** A write that stopped short without an error code (a device returning 0 bytes written). */
class ShortWrite extends Error {
  constructor(readonly written: number, readonly total: number) {
    super(`only ${written} of ${total} bytes could be written`);
  }
}


export function writeFileAtomic(path: string, data: string | Uint8Array, ops: FileOps = NODE_FILE_OPS): void {
  refuseReplacingInput(path);
  const bytes = typeof data === 'string' ? Buffer.from(data) : data;
  removeStaleTemps(path);
  let tmp: string | undefined;
  let fd: number | undefined;
  let renamed = false;
  try {
    ({ tmp, fd } = createTemp(path, ops, existingMode(path)));
    writeAll(ops, fd, bytes);
    ops.fsyncSync(fd);
    const open = fd;
    fd = undefined;
    ops.closeSync(open);
    ops.renameSync(tmp, path);
    renamed = true;
    syncDirectory(dirname(path), ops);
  } catch (e) {
    if (fd !== undefined) ignoreErrors(() => ops.closeSync(fd!));
    if (tmp !== undefined && !renamed) ignoreErrors(() => ops.unlinkSync(tmp!));
    if (!errno(e) && !(e instanceof ShortWrite)) throw e;
    fail('DNN6003', `cannot write ${path}: ${reason(e, path)}`, [
      renamed ? 'the new file is in place, but the directory could not be synced: a crash now may lose it' : `${path} was not changed (a previous version, if any, is intact)`,
    ]);
  }
}

/**
 * Checks before a long run that `path` can be written at its end: its directory exists and takes
 * a new file (a probe is created and removed), and the path is not a directory.
 */
export function checkWritable(path: string, what = '--save', ops: FileOps = NODE_FILE_OPS): void {
  const bad: (why: string, notes?: string[]) => never = (why, notes) => fail('DNN6004', `${what} ${path}: ${why}`, notes);
  if (!path || /[\\/]$/.test(path)) bad('expected a file name', ['e.g. runs/model.safetensors']);
  const st = statOrFail(path, bad);
  if (st?.isDirectory()) bad('it is a directory', [`name a file in it, e.g. ${join(path, 'model.safetensors')}`]);
  if (st && !st.isFile()) bad('it exists and is not a regular file');
  const dir = dirname(path);
  const ds = statOrFail(dir, bad);
  if (!ds) bad(`the directory ${dir} does not exist`);
  if (!ds.isDirectory()) bad(`${dir} is not a directory`);
  let probe: { tmp: string; fd: number } | undefined;
  try {
    probe = createTemp(path, ops, 0o600);
    writeAll(ops, probe.fd, Uint8Array.of(0));
  } catch (e) {
    if (!errno(e) && !(e instanceof ShortWrite)) throw e;
    bad(`cannot create a file in ${dir}: ${reason(e, path)}`);
  } finally {
    if (probe) {
      ignoreErrors(() => ops.closeSync(probe!.fd));
      ignoreErrors(() => ops.unlinkSync(probe!.tmp));
    }
  }
}

function statOrFail(path: string, bad: (why: string) => never): fs.Stats | undefined {
  try {
    return fs.statSync(path, { throwIfNoEntry: false });
  } catch (e) {
    return errno(e) === 'ENOTDIR' ? bad('a component of the path is not a directory') : bad(reason(e, path));
  }
}

function createTemp(path: string, ops: FileOps, mode: number): { tmp: string; fd: number } {
  // O_EXCL|O_NOFOLLOW: whatever exists at the name (a planted symlink) is never followed or reused.
  for (let attempt = 1; ; attempt++) {
    const tmp = join(dirname(path), `.${basename(path)}${TEMP_INFIX}${process.pid}-${randomBytes(8).toString('hex')}`);
    try {
      return { tmp, fd: ops.openSync(tmp, O_WRONLY | O_CREAT | O_EXCL | O_NOFOLLOW, mode) };
    } catch (e) {
      if (errno(e) !== 'EEXIST' || attempt === 5) throw e;
    }
  }
}

/** A replaced file keeps its permission bits (a private checkpoint stays private). */
function existingMode(path: string): number {
  try {
    const st = fs.statSync(path, { throwIfNoEntry: false });
    return st?.isFile() ? st.mode & 0o777 : 0o644;
  } catch {
    return 0o644;
  }
}

/** write(2) may write fewer bytes than asked (a disk filling up): loop, and never accept 0. */
function writeAll(ops: FileOps, fd: number, bytes: Uint8Array): void {
  let done = 0;
  while (done < bytes.length) {
    const n = ops.writeSync(fd, bytes, done, bytes.length - done);
    if (!(n > 0)) throw new ShortWrite(done, bytes.length);
    done += n;
  }
}

/** Makes the rename durable. File systems that cannot sync a directory say so; that is no error. */
function syncDirectory(dir: string, ops: FileOps): void {
  let fd: number;
  try {
    fd = ops.openSync(dir, O_RDONLY);
  } catch {
    return;
  }
  try {
    ops.fsyncSync(fd);
  } catch (e) {
    if (!['EINVAL', 'ENOTSUP', 'EISDIR', 'EPERM', 'EBADF'].includes(errno(e) ?? '')) throw e;
  } finally {
    ignoreErrors(() => ops.closeSync(fd));
  }
}

/**
 * Removes the temporary files that runs killed in the middle of a write left beside `path`: ours
 * (`.NAME.dnnc-tmp-PID-…`) and those of older dnnc versions (`NAME.tmp-PID`), when their writer is
 * dead or they are over an hour old. Only regular files of this user are touched, never links,
 * and directories (an artifact directory's temporary copy) only when they hold nothing but an
 * artifact's files.
 */
function removeStaleTemps(path: string): void {
  const dir = dirname(path);
  const ours = `.${basename(path)}${TEMP_INFIX}`;
  const legacy = `${basename(path)}.tmp-`;
  let names: string[];
  try {
    names = fs.readdirSync(dir);
  } catch {
    return; // the write itself reports a missing or unreadable directory
  }
  const uid = process.getuid?.();
  for (const name of names) {
    const m = name.startsWith(ours) ? /^(\d+)-[0-9a-f]{16}$/.exec(name.slice(ours.length)) : name.startsWith(legacy) ? /^(\d+)$/.exec(name.slice(legacy.length)) : null;
    const pid = m ? Number(m[1]) : 0;
    if (!(pid >= 1 && pid <= 2 ** 22)) continue;
    const file = join(dir, name);
    ignoreErrors(() => {
      const st = fs.lstatSync(file);
      if (!(st.isFile() || st.isDirectory()) || (uid !== undefined && st.uid !== uid)) return;
      if (isAlive(pid) && Date.now() - st.mtimeMs <= STALE_TEMP_MS) return;
      if (st.isFile()) fs.unlinkSync(file);
      else if (strayEntry(file) === undefined) removeArtifactTree(file);
    });
  }
}

function isAlive(pid: number): boolean {
  if (pid === process.pid) return true;
  try {
    process.kill(pid, 0);
    return true;
  } catch (e) {
    return errno(e) === 'EPERM';
  }
}

function ignoreErrors(f: () => void): void {
  try {
    f();
  } catch {
    // cleanup after an error already being reported
  }
}

function reason(e: unknown, path: string): string {
  return e instanceof ShortWrite ? `${e.message} (is the disk full?)` : ioReason(e, path);
}

/** Creates `dir` (and its parents); a file in the way is the user's mistake, not an internal error. */
export function ensureDirectory(dir: string): void {
  try {
    makeDirectories(resolve(dir));
  } catch (e) {
    if (errno(e) === 'EEXIST' || errno(e) === 'ENOTDIR') fail('DNN6004', `cannot write to ${dir}: it, or a directory above it, is a file`);
    if (!errno(e)) throw e;
    fail('DNN6003', `cannot create the directory ${dir}: ${reason(e, dir)}`);
  }
}

/**
 * `mkdir -p`, one level at a time: Node's recursive mkdir loops forever on a path under /proc
 * (each mkdir there answers ENOENT), so a missing parent is reported, not retried.
 */
function makeDirectories(dir: string): void {
  const st = statOrUndefined(dir);
  if (st?.isDirectory()) return;
  if (st) throw Object.assign(new Error(`${dir} is not a directory`), { code: 'ENOTDIR' });
  const parent = dirname(dir);
  if (parent !== dir) makeDirectories(parent);
  try {
    fs.mkdirSync(dir);
  } catch (e) {
    if (errno(e) !== 'EEXIST' || !statOrUndefined(dir)?.isDirectory()) throw e;
  }
}

function statOrUndefined(path: string): fs.Stats | undefined {
  try {
    return fs.statSync(path);
  } catch {
    return undefined;
  }
}

/**
 * Writes the artifact directory `dir` as a whole: `plan.json` and `kernels/*.wgsl` go into a fresh
 * hidden sibling directory, which then takes `dir`'s place by rename, so `dir` holds exactly this
 * artifact (no kernel of an earlier plan is left over) or, on any failure, what it held before.
 * An existing `dir` is replaced only when it is empty or a dnnc artifact (plan.json and
 * kernels/*.wgsl, nothing else); one holding anything else is refused (DNN6004), never deleted.
 */
export function writeArtifactDir(dir: string, a: Artifact): void {
  const target = checkArtifactDir(dir);
  removeStaleTemps(target);
  let tmp: string | undefined;
  try {
    tmp = createTempDir(target);
    fs.mkdirSync(join(tmp, 'kernels'));
    for (const k of a.kernels) writeNewFile(join(tmp, 'kernels', `${k.name}.wgsl`), k.wgsl!);
    writeNewFile(join(tmp, 'plan.json'), JSON.stringify(planOf(a), null, 2) + '\n');
    syncDirectory(join(tmp, 'kernels'), NODE_FILE_OPS);
    syncDirectory(tmp, NODE_FILE_OPS);
    replaceDirectory(tmp, target);
  } catch (e) {
    if (tmp !== undefined) removeArtifactTree(tmp);
    if (e instanceof DnnError || (!errno(e) && !(e instanceof ShortWrite))) throw e;
    fail('DNN6003', `cannot write the artifact ${dir}: ${reason(e, join(dir, 'plan.json'))}`, [`${dir} was not changed`]);
  }
}

/**
 * Checks, before anything is written, that `dir` can take an artifact: it does not exist (its
 * parents are created), or it is a directory that is empty or holds a dnnc artifact. Returns its
 * real path (a link to a directory is followed: the artifact replaces the directory it names).
 */
export function checkArtifactDir(dir: string): string {
  const bad = (why: string, notes?: string[]): never => fail('DNN6004', `cannot write the artifact to ${dir}: ${why}`, notes);
  const target = realPath(dir);
  ensureDirectory(dirname(target));
  const st = statOrFail(target, bad);
  if (!st) return target;
  if (!st.isDirectory()) bad('it is a file, not a directory');
  let stray: string | undefined;
  try {
    stray = strayEntry(target);
  } catch (e) {
    if (!errno(e)) throw e;
    bad(reason(e, target));
  }
  if (stray !== undefined) {
    bad(`it holds '${stray}', which is not part of a dnnc artifact`, ['dnnc replaces an artifact directory as a whole: name a new or empty directory, or one that dnnc compile wrote']);
  }
  return target;
}

/** A hidden temporary name of ours (`.NAME.dnnc-tmp-PID-RANDOM`), as createTemp makes. */
const isTempName = (name: string): boolean => /\.dnnc-tmp-\d+-[0-9a-f]{16}$/.test(name);

/** The first entry of `dir` that is not an artifact's (plan.json, kernels/*.wgsl, our temporaries). */
function strayEntry(dir: string): string | undefined {
  for (const e of fs.readdirSync(dir, { withFileTypes: true })) {
    if ((e.name === 'plan.json' || isTempName(e.name)) && e.isFile()) continue;
    if (e.name !== 'kernels' || !e.isDirectory()) return e.name;
    const k = fs.readdirSync(join(dir, 'kernels'), { withFileTypes: true }).find((f) => !f.isFile() || !(f.name.endsWith('.wgsl') || isTempName(f.name)));
    if (k) return join('kernels', k.name);
  }
  return undefined;
}

/** Removes an artifact's files and then its directories; anything else in them stays (and so do they). */
function removeArtifactTree(dir: string): void {
  const removeIn = (d: string, keep: (name: string) => boolean) => {
    let names: string[] = [];
    ignoreErrors(() => (names = fs.readdirSync(d)));
    for (const n of names) if (!keep(n)) ignoreErrors(() => fs.unlinkSync(join(d, n)));
    ignoreErrors(() => fs.rmdirSync(d));
  };
  removeIn(join(dir, 'kernels'), (n) => !n.endsWith('.wgsl') && !isTempName(n));
  removeIn(dir, (n) => n !== 'plan.json' && !isTempName(n));
}

const tempName = (target: string): string => join(dirname(target), `.${basename(target)}${TEMP_INFIX}${process.pid}-${randomBytes(8).toString('hex')}`);

function createTempDir(target: string): string {
  for (let attempt = 1; ; attempt++) {
    const tmp = tempName(target);
    try {
      fs.mkdirSync(tmp);
      return tmp;
    } catch (e) {
      if (errno(e) !== 'EEXIST' || attempt === 5) throw e;
    }
  }
}

/** A new file in a directory of our own: created exclusively, written whole, synced. */
function writeNewFile(path: string, text: string): void {
  const fd = fs.openSync(path, O_WRONLY | O_CREAT | O_EXCL | O_NOFOLLOW, 0o644);
  try {
    writeAll(NODE_FILE_OPS, fd, Buffer.from(text));
    fs.fsyncSync(fd);
  } finally {
    fs.closeSync(fd);
  }
}

/**
 * Puts the finished directory `tmp` in `target`'s place. An existing target is first renamed
 * aside (to a hidden temporary name, put back if the second rename fails) and removed after.
 */
function replaceDirectory(tmp: string, target: string): void {
  const parent = dirname(target);
  if (!fs.lstatSync(target, { throwIfNoEntry: false })) {
    fs.renameSync(tmp, target);
  } else {
    const old = tempName(target);
    fs.renameSync(target, old);
    try {
      fs.renameSync(tmp, target);
    } catch (e) {
      ignoreErrors(() => fs.renameSync(old, target));
      throw e;
    }
    removeArtifactTree(old);
  }
  syncDirectory(parent, NODE_FILE_OPS);
}

/** Writes the one-file artifact (`dnnc compile --bundle`): the plan with its kernels inline. */
export function writeArtifactBundle(path: string, a: Artifact): void {
  checkWritable(path, '--bundle');
  writeFileAtomic(path, bundleOf(a));
}

/** Reads an artifact directory back, with its kernel sources, checking it (validateArtifact). */
export function readArtifactDir(dir: string): Artifact {
  const planPath = join(dir, 'plan.json');
  const a = validateArtifact(parseJsonFile(planPath), planPath);
  // The kernel files together are at most MAX_ARTIFACT_BYTES (as the plan is), not that much each.
  let left = MAX_ARTIFACT_BYTES;
  for (const k of a.kernels) {
    const file = k.file ?? `kernels/${k.name}.wgsl`;
    // A plan names files inside its own directory only.
    if (file.split(/[\\/]/).includes('..') || file.startsWith('/')) fail('DNN6002', `${planPath}: kernel ${k.name} names a file outside the artifact: '${file}'`);
    const bytes = readFileOrFail(join(dir, file), 'kernel', left);
    left -= bytes.length;
    k.wgsl = bytes.toString('utf8');
  }
  return a;
}

function parseJsonFile(path: string): unknown {
  try {
    return JSON.parse(readFileOrFail(path, 'artifact', MAX_ARTIFACT_BYTES).toString('utf8'));
  } catch (e) {
    if (e instanceof SyntaxError) fail('DNN6002', `${path} is not valid JSON: ${e.message}`);
    throw e;
  }
}

/**
 * loadArtifact for Node: also takes a path (or file: URL) of an artifact directory, a plan.json
 * or a bundle file; anything else as in the browser-safe loadArtifact.
 */
export async function loadArtifact(source: ArtifactSource, opts: LoadArtifactOptions = {}): Promise<Artifact> {
  let path: string | undefined;
  if (source instanceof URL && source.protocol === 'file:') path = fileURLToPath(source);
  else if (typeof source === 'string' && source.startsWith('file:')) path = fileURLToPath(source);
  else if (typeof source === 'string' && !/^[a-z][a-z0-9+.-]+:/i.test(source)) path = source;
  if (path === undefined) return loadArtifactAnywhere(source, opts);
  const st = fs.statSync(path, { throwIfNoEntry: false });
  if (!st) fail('DNN6001', `artifact '${path}' does not exist`);
  if (st.isDirectory()) return readArtifactDir(path);
  const a = validateArtifact(parseJsonFile(path), path);
  // A plan.json given by its file name: its kernels sit next to it.
  return a.kernels.some((k) => typeof k.wgsl !== 'string') ? readArtifactDir(dirname(path)) : a;
}

/** Writes the session's checkpoint (safetensors) atomically: a failure leaves the old file. */
export async function saveCheckpointFile(session: Session, path: string, metadata: Record<string, string> = {}, opts: { weightsOnly?: boolean } = {}): Promise<void> {
  writeFileAtomic(path, await session.saveCheckpoint(metadata, opts));
}

/** Restores a checkpoint file into the session (checked as Session.loadCheckpoint does); returns the restored names. */
export function loadCheckpointFile(session: Session, path: string, opts: RestoreOptions = {}): string[] {
  return session.loadCheckpoint(readFileOrFail(path, 'checkpoint', MAX_CHECKPOINT_BYTES), { what: path, ...opts });
}
