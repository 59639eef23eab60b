// Node-only file handling for the runtime: artifacts on disk and checkpoints, written
// atomically (temporary file, fsync, rename) so an interrupted write never leaves a torn file.
import { closeSync, existsSync, fsyncSync, mkdirSync, openSync, readFileSync, renameSync, rmSync, statSync, writeSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { fail } from '../contract/diagnostics.js';
import { planOf, type Artifact } from '../contract/artifact.js';
import { bundleOf, loadArtifact as loadArtifactAnywhere, MAX_ARTIFACT_BYTES, validateArtifact, type ArtifactSource, type LoadArtifactOptions } from './artifact.js';
import type { Session } from './session.js';

export function writeFileAtomic(path: string, data: string | Uint8Array): void {
  mkdirSync(dirname(path), { recursive: true });
  const tmp = `${path}.tmp-${process.pid}`;
  const fd = openSync(tmp, 'w');
  try {
    try {
      writeSync(fd, typeof data === 'string' ? Buffer.from(data) : data);
      fsyncSync(fd);
    } finally {
      closeSync(fd);
    }
    renameSync(tmp, path);
  } catch (e) {
    rmSync(tmp, { force: true }); // no half-written temporary file left behind
    throw e;
  }
}

export function readFileOrFail(path: string, what: string): Buffer {
  if (!existsSync(path)) fail('DNN6001', `${what} '${path}' does not exist`);
  return readFileSync(path);
}

/** Writes `plan.json` and `kernels/*.wgsl`. */
export function writeArtifactDir(dir: string, a: Artifact): void {
  for (const k of a.kernels) writeFileAtomic(join(dir, 'kernels', `${k.name}.wgsl`), k.wgsl!);
  writeFileAtomic(join(dir, 'plan.json'), JSON.stringify(planOf(a), null, 2) + '\n');
}

/** Writes the one-file artifact (`dnnc compile --bundle`): the plan with its kernels inline. */
export function writeArtifactBundle(path: string, a: Artifact): void {
  if (existsSync(path) && statSync(path).isDirectory()) fail('DNN6034', `cannot write the bundle to '${path}': it is a directory (--bundle takes a file name, e.g. model.json)`);
  try {
    writeFileAtomic(path, bundleOf(a));
  } catch (e) {
    const why = (e as NodeJS.ErrnoException).code ?? (e instanceof Error ? e.message : String(e));
    fail('DNN6034', `cannot write the bundle to '${path}': ${why}`);
  }
}

/** Reads a file of at most `limit` bytes (checked before reading). */
function readBounded(path: string, what: string, limit = MAX_ARTIFACT_BYTES): Buffer {
  if (existsSync(path) && statSync(path).size > limit) fail('DNN6031', `${what} '${path}' is ${statSync(path).size} bytes; at most ${limit} are read`);
  return readFileOrFail(path, what);
}

/** Reads an artifact directory back, with its kernel sources, checking format and version. */
export function readArtifactDir(dir: string): Artifact {
  const planPath = join(dir, 'plan.json');
  const a = validateArtifact(parseJsonFile(planPath), planPath);
  for (const k of a.kernels) {
    const file = k.file ?? `kernels/${k.name}.wgsl`;
    // A plan names files inside its own directory only.
    if (file.split(/[\\/]/).includes('..') || file.startsWith('/')) fail('DNN6002', `${planPath}: kernel ${k.name} names a file outside the artifact: '${file}'`);
    k.wgsl = readBounded(join(dir, file), 'kernel').toString('utf8');
  }
  return a;
}

function parseJsonFile(path: string): unknown {
  try {
    return JSON.parse(readBounded(path, 'artifact plan').toString('utf8'));
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
  else if (typeof source === 'string' && !/^[a-z][a-z0-9+.-]+:/i.test(source)) path = source;
  else if (typeof source === 'string' && source.startsWith('file:')) path = fileURLToPath(source);
  if (path === undefined) return loadArtifactAnywhere(source, opts);
  if (!existsSync(path)) fail('DNN6001', `artifact '${path}' does not exist`);
  if (statSync(path).isDirectory()) return readArtifactDir(path);
  const a = validateArtifact(parseJsonFile(path), path);
  // A plan.json given by its file name: its kernels sit next to it.
  return a.kernels.some((k) => typeof k.wgsl !== 'string') ? readArtifactDir(dirname(path)) : a;
}

/** Writes the session's checkpoint (safetensors) atomically: a crash leaves the old file. */
export async function saveCheckpointFile(session: Session, path: string, metadata: Record<string, string> = {}): Promise<void> {
  writeFileAtomic(path, await session.saveCheckpoint(metadata));
}

/** Restores a checkpoint file into the session; returns the names of the restored tensors. */
export function loadCheckpointFile(session: Session, path: string, keep?: (name: string) => boolean): string[] {
  return session.loadCheckpoint(readFileOrFail(path, 'checkpoint'), path, keep);
}
