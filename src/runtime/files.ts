// Node-only file handling for the runtime: artifacts on disk and checkpoints, written
// atomically (temporary file, fsync, rename) so an interrupted write never leaves a torn file.
import { closeSync, existsSync, fsyncSync, mkdirSync, openSync, readFileSync, renameSync, writeSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fail } from '../contract/diagnostics.js';
import { ARTIFACT_FORMAT, ARTIFACT_VERSION, planOf, type Artifact } from '../contract/artifact.js';

export function writeFileAtomic(path: string, data: string | Uint8Array): void {
  mkdirSync(dirname(path), { recursive: true });
  const tmp = `${path}.tmp-${process.pid}`;
  const fd = openSync(tmp, 'w');
  try {
    writeSync(fd, typeof data === 'string' ? Buffer.from(data) : data);
    fsyncSync(fd);
  } finally {
    closeSync(fd);
  }
  renameSync(tmp, path);
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

/** Reads an artifact directory back, with its kernel sources, checking format and version. */
export function readArtifactDir(dir: string): Artifact {
  const planPath = join(dir, 'plan.json');
  let a: Artifact;
  try {
    a = JSON.parse(readFileOrFail(planPath, 'artifact plan').toString('utf8')) as Artifact;
  } catch (e) {
    if (e instanceof SyntaxError) fail('DNN6002', `${planPath} is not valid JSON: ${e.message}`);
    throw e;
  }
  if (a.format !== ARTIFACT_FORMAT) fail('DNN6002', `${planPath} is not a dnnc artifact`);
  if (a.version !== ARTIFACT_VERSION) fail('DNN6002', `${planPath} has artifact version ${a.version}; this runtime reads version ${ARTIFACT_VERSION}`);
  for (const k of a.kernels) k.wgsl = readFileOrFail(join(dir, k.file ?? `kernels/${k.name}.wgsl`), 'kernel').toString('utf8');
  return a;
}
