// Restoring a checkpoint into a model, decided before anything touches the GPU: which tensors
// to write, each checked against the model by name, dtype and shape (not merely byte count), and
// refused when the checkpoint belongs to another model, lacks weights the model needs, or holds
// NaN/Inf weights. Browser-safe (no Node imports).
import { fail } from '../contract/diagnostics.js';
import type { Artifact, ArtifactBuffer } from '../contract/artifact.js';
import { decodeSafetensors, type DecodedSafetensors, type NamedTensor } from './safetensors.js';
import { stateNameOf } from '../contract/protocol.js';

/** `format` in the metadata of the checkpoints dnnc writes (with `model`, the model's name). */
export const CHECKPOINT_FORMAT = 'dnnc';

/** One `--restore` pattern: its text for messages, and the test it stands for. */
export interface RestorePattern {
  readonly text: string;
  readonly matches: (name: string) => boolean;
}

export interface RestoreOptions {
  /** The checkpoint's name in messages (its path). */
  readonly what?: string;
  /**
   * A partial restore (the chapter's reuse of `hidden[123]` in another model): only state whose
   * name matches a pattern is restored, and the checkpoint may come from another model.
   */
  readonly patterns?: readonly RestorePattern[];
}

/** The tensors to write, named by state name, each already checked against the model. */
export interface RestorePlan {
  readonly tensors: readonly NamedTensor[];
}

/** The state a model cannot work without: trained weights and batch-norm statistics. */
const REQUIRED_ROLES: ReadonlySet<string | undefined> = new Set(['param', 'statistic']);

/** Whether a state buffer is a weight (what a weights-only checkpoint holds). */
export const isWeight = (b: ArtifactBuffer): boolean => REQUIRED_ROLES.has(b.role);

/** The metadata key of a weights-only checkpoint (no optimizer slots or counters). */
export const WEIGHTS_ONLY = 'weights_only';

const stateName = (b: ArtifactBuffer) => stateNameOf(b.name);

export function planRestore(artifact: Artifact, checkpoint: Uint8Array | DecodedSafetensors, opts: RestoreOptions = {}): RestorePlan {
  const what = opts.what ?? 'checkpoint';
  const { tensors, metadata } = checkpoint instanceof Uint8Array ? decodeSafetensors(checkpoint, what) : checkpoint;
  // Accumulators are per-epoch scratch: never saved, never restored.
  const state = artifact.buffers.filter((b) => b.kind === 'state' && b.role !== 'accumulator');
  const patterns = opts.patterns;
  if (patterns) checkPatterns(patterns, state, tensors, artifact.model, what);
  else checkSameModel(metadata, artifact.model, what);
  const wanted = patterns ? state.filter((b) => patterns.some((p) => p.matches(stateName(b)))) : state;
  const missing = wanted.filter((b) => isWeight(b) && !tensors.has(stateName(b))).map(stateName);
  if (missing.length) {
    fail('DNN4012', `${what} lacks ${missing.length} tensor${missing.length > 1 ? 's' : ''} that model ${artifact.model} needs: ${listSome(missing)}`, [
      `the checkpoint has ${tensors.size} tensor${tensors.size === 1 ? '' : 's'}${tensors.size ? `: ${listSome([...tensors.keys()])}` : ''}`,
      patterns ? 'every weight the --restore patterns match must be in the checkpoint' : 'a partial restore (--restore PATTERN) takes only the tensors it names',
    ]);
  }
  const out: NamedTensor[] = [];
  for (const b of wanted) {
    const t = tensors.get(stateName(b));
    if (!t) continue;
    checkFits(t, b, what);
    if (isWeight(b)) checkFinite(t, what);
    out.push(t);
  }
  return { tensors: out };
}

/** dnnc writes the model's name into its checkpoints; other writers' files have no claim to check. */
function checkSameModel(metadata: Record<string, string>, model: string, what: string): void {
  if (metadata['format'] !== CHECKPOINT_FORMAT || metadata['model'] === undefined || metadata['model'] === model) return;
  fail('DNN4013', `${what} was saved by model '${metadata['model']}', not by '${model}'`, [
    `to reuse some of its tensors in this model, name them: --restore 'hidden1/*,hidden2/*'`,
  ]);
}

/** Every pattern must select something present in both the checkpoint and the model. */
function checkPatterns(patterns: readonly RestorePattern[], state: readonly ArtifactBuffer[], tensors: ReadonlyMap<string, NamedTensor>, model: string, what: string): void {
  if (!patterns.length) fail('DNN4015', '--restore names no pattern', ["e.g. --restore 'hidden[12]/*'"]);
  for (const p of patterns) {
    if (state.some((b) => p.matches(stateName(b)) && tensors.has(stateName(b)))) continue;
    const inCkpt = [...tensors.keys()].filter((n) => p.matches(n));
    fail('DNN4015', `--restore '${p.text}' matches no tensor that both ${what} and model ${model} have`, [
      inCkpt.length ? `in the checkpoint it matches ${listSome(inCkpt)}, which model ${model} does not have` : `the checkpoint has ${listSome([...tensors.keys()]) || 'no tensors'}`,
    ]);
  }
}

function checkFits(t: NamedTensor, b: ArtifactBuffer, what: string): void {
  const count = (s: readonly number[]) => s.reduce((x, y) => x * y, 1);
  const want = b.shape;
  const same = want ? want.length === t.shape.length && want.every((d, i) => d === t.shape[i]) : count(t.shape) * 4 === b.bytes;
  if (t.dtype === b.dtype && same) return;
  fail('DNN4011', `${what}: '${t.name}' is ${t.dtype}[${t.shape.join(',')}] but model's '${t.name}' is ${b.dtype}[${(want ?? []).join(',')}]`, [
    'was the checkpoint saved from a different version of this model (other layer sizes)?',
  ]);
}

function checkFinite(t: NamedTensor, what: string): void {
  if (t.dtype !== 'f32') return;
  let bad = 0;
  for (const v of t.data) if (!Number.isFinite(v)) bad++;
  if (bad) fail('DNN4014', `${what}: '${t.name}' holds ${bad} non-finite value${bad > 1 ? 's' : ''} (NaN or ±Infinity)`, ['the run that saved it probably diverged; restore an earlier checkpoint']);
}

/** "a, b, c, d, e and 7 more" */
function listSome(names: readonly string[], n = 5): string {
  const head = names.slice(0, n).join(', ');
  return names.length > n ? `${head} and ${names.length - n} more` : head;
}
