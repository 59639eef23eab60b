// A compiled artifact where a command takes a model: `dnnc predict --artifact DIR` (or the
// directory or bundle in place of the .dnn file) predicts with it, compiling nothing; `dnnc train`,
// `eval` and `search` refuse an inference-only artifact with DNN6034 (it has nothing to train or
// evaluate with), before any other work. Read through the runtime's checked loaders (bounded).
import { statSync } from 'node:fs';
import { extname, join } from 'node:path';
import { INFERENCE, type Artifact } from '../contract/artifact.js';
import { fail } from '../contract/diagnostics.js';
import { readFileOrFail } from '../contract/read.js';
import { MAX_ARTIFACT_BYTES, parseArtifactBundle } from '../runtime/artifact.js';
import { readArtifactDir } from '../runtime/files.js';

const isDir = (path: string) => statSync(path, { throwIfNoEntry: false })?.isDirectory() === true;
const isFile = (path: string) => statSync(path, { throwIfNoEntry: false })?.isFile() === true;

/** Whether `path` names an artifact rather than a model: a directory with a plan.json, or a .json bundle. */
export function isArtifactPath(path: string): boolean {
  return isDir(path) ? isFile(join(path, 'plan.json')) : extname(path) === '.json' && isFile(path);
}

/** Reads and checks the artifact at `path` (a directory or a bundle; DNN6002 if it is no valid artifact). */
export function readArtifactInput(path: string): Artifact {
  if (isDir(path)) return readArtifactDir(path);
  if (extname(path) === '.dnn') fail('DNN6002', `'${path}' is a model, not a compiled artifact`, [`give it as the model (dnnc predict ${path}), or compile it first: dnnc compile ${path} --inference -o DIR`]);
  return parseArtifactBundle(readFileOrFail(path, 'artifact', MAX_ARTIFACT_BYTES), path);
}

/** `dnnc train`, `eval` and `search` given an inference-only artifact: DNN6034, naming what to give instead. */
export function refuseInferenceArtifact(path: string, command: string): void {
  if (!isArtifactPath(path)) return;
  const plan = isDir(path) ? join(path, 'plan.json') : path;
  let kind: string | undefined;
  try {
    const head = JSON.parse(readFileOrFail(plan, 'artifact', MAX_ARTIFACT_BYTES).toString('utf8')) as { kind?: unknown };
    kind = typeof head?.kind === 'string' ? head.kind : undefined;
  } catch {
    return; // not JSON: the model reader says what is wrong with it
  }
  if (kind !== INFERENCE) return;
  fail('DNN6034', `'${path}' is an inference-only artifact (compiled with --inference): dnnc ${command} needs the training entries it leaves out`, [
    `give dnnc ${command} the model's .dnn file; an inference-only artifact only predicts (dnnc predict --artifact ${path} --checkpoint FILE)`,
  ]);
}
