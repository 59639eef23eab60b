// Weights saved by other frameworks (PyTorch, Keras, NumPy) under their own names and layouts,
// turned into a dnnc checkpoint: a map names, for each of the model's parameters, the source
// tensor it comes from and whether to transpose it (PyTorch's Linear.weight is [out, in], a dnnc
// kernel [in, out]). Everything is checked before anything is written: names on both sides,
// shapes after the transpose, dtypes (f64/f16/bf16 narrowed to f32, with a note), finite values.
// Browser-safe; the file handling is the CLI's (src/cli/import.ts).
import { fail } from '../contract/diagnostics.js';
import type { Artifact } from '../contract/artifact.js';
import { CHECKPOINT_FORMAT, planRestore } from './checkpoint.js';
import { encodeSafetensors, type NamedTensor } from './safetensors.js';
import { stateNameOf } from '../contract/protocol.js';

/** A source tensor, whatever file it came from; `dtype` as the file names it (F32, F64, F16, BF16, or an integer type). */
export interface SourceTensor {
  readonly dtype: string;
  readonly shape: readonly number[];
  /** The values, row-major: float64 for a float64 source (so a value beyond f32 is named), f32 otherwise. */
  readonly values: Float32Array | Float64Array;
}

export interface MapEntry {
  readonly from: string;
  readonly transpose: boolean;
}

/** dnnc state name → where its values come from. */
export type WeightMap = ReadonlyMap<string, MapEntry>;

export interface ImportOptions {
  /** Allow model parameters the map leaves out (the checkpoint is then for `--restore PATTERN`). */
  readonly partial?: boolean;
  /** The weights file's name in messages. */
  readonly what?: string;
}

export interface ImportResult {
  /** The dnnc checkpoint (safetensors with `format` and `model` metadata). */
  readonly checkpoint: Uint8Array;
  readonly tensors: readonly NamedTensor[];
  /** Things the user should know but that are not errors (conversions, unused source tensors). */
  readonly notes: readonly string[];
}

/** Far beyond any real model; bounds the work a hostile map can cause. */
const MAX_MAP_ENTRIES = 100_000;
/** The floating-point dtypes that are converted to f32 (F32 itself needs no note). */
const NARROWED = new Set(['F64', 'F16', 'BF16']);
const REQUIRED_ROLES: ReadonlySet<string | undefined> = new Set(['param', 'statistic']);

/**
 * Validates a parsed map file: a JSON object from dnnc parameter paths to a source name, or to
 * `{"from": NAME, "transpose": true}`.
 */
export function parseWeightMap(json: unknown, what = 'weight map'): Map<string, MapEntry> {
  const bad = (why: string, notes: string[] = []): never => fail('DNN4031', `${what}: ${why}`, notes);
  const example = 'e.g. {"hidden1/dense/kernel": {"from": "0.weight", "transpose": true}, "hidden1/dense/bias": "0.bias"}';
  if (typeof json !== 'object' || json === null || Array.isArray(json)) bad('expected a JSON object from dnnc parameter names to source tensor names', [example]);
  const entries = Object.entries(json as Record<string, unknown>);
  if (entries.length === 0) bad('maps no parameter', [example]);
  if (entries.length > MAX_MAP_ENTRIES) bad(`has ${entries.length} entries, more than the limit of ${MAX_MAP_ENTRIES}`);
  const out = new Map<string, MapEntry>();
  for (const [to, v] of entries) {
    if (typeof v === 'string' && v !== '') {
      out.set(to, { from: v, transpose: false });
      continue;
    }
    if (typeof v !== 'object' || v === null || Array.isArray(v)) bad(`'${to}' maps to ${JSON.stringify(v)}; expected a source name or {"from": NAME, "transpose": true}`, [example]);
    const o = v as Record<string, unknown>;
    const extra = Object.keys(o).filter((k) => k !== 'from' && k !== 'transpose');
    if (extra.length) bad(`'${to}' has unknown key${extra.length > 1 ? 's' : ''} ${extra.map((k) => `'${k}'`).join(', ')}; known keys: from, transpose`);
    if (typeof o['from'] !== 'string' || o['from'] === '') bad(`'${to}' needs "from": the name of a tensor in the weights file`);
    if (o['transpose'] !== undefined && typeof o['transpose'] !== 'boolean') bad(`'${to}': "transpose" must be true or false, got ${JSON.stringify(o['transpose'])}`);
    out.set(to, { from: o['from'] as string, transpose: o['transpose'] === true });
  }
  return out;
}

/** Builds the checkpoint of `artifact`'s model from `sources` as `map` says. */
export function importWeights(artifact: Artifact, sources: ReadonlyMap<string, SourceTensor>, map: WeightMap, opts: ImportOptions = {}): ImportResult {
  const what = opts.what ?? 'weights';
  const state = new Map(artifact.buffers
    .filter((b) => b.kind === 'state' && b.role !== 'accumulator')
    .map((b) => [stateNameOf(b.name), b] as const));
  const notes: string[] = [];
  const tensors: NamedTensor[] = [];
  const narrowed = new Map<string, string[]>();
  for (const [to, entry] of map) {
    const b = state.get(to);
    if (!b) {
      fail('DNN4036', `the weight map names '${to}', which model ${artifact.model} does not have`, [
        `its state: ${listSome([...state.keys()])}`,
      ]);
    }
    const src = sources.get(entry.from);
    if (!src) fail('DNN4032', `the weight map takes '${to}' from '${entry.from}', which ${what} does not have`, [`${what} has ${listSome([...sources.keys()])}`]);
    if (b.dtype !== 'f32') fail('DNN4035', `'${to}' is ${b.dtype} state; only f32 state (weights and statistics) can be imported`);
    if (!/^(F64|F32|F16|BF16)$/.test(src.dtype)) fail('DNN4035', `'${entry.from}' in ${what} is ${src.dtype}; dnnc weights are f32, imported from F64, F32, F16 or BF16 tensors`);
    if (NARROWED.has(src.dtype)) narrowed.set(src.dtype, [...(narrowed.get(src.dtype) ?? []), entry.from]);
    tensors.push(convert(to, entry, src, b.shape ?? [], what));
  }
  for (const [dtype, names] of narrowed) notes.push(`converted ${names.length} ${dtype} tensor${names.length > 1 ? 's' : ''} to f32: ${listSome(names)}`);
  const used = new Set([...map.values()].map((e) => e.from));
  const unused = [...sources.keys()].filter((n) => !used.has(n));
  if (unused.length) notes.push(`${unused.length} tensor${unused.length > 1 ? 's' : ''} of ${what} not in the map, left out: ${listSome(unused)}`);
  const missing = [...state].filter(([n, b]) => REQUIRED_ROLES.has(b.role) && !map.has(n)).map(([n]) => n);
  if (missing.length && !opts.partial) {
    fail('DNN4034', `the weight map leaves out ${missing.length} parameter${missing.length > 1 ? 's' : ''} of model ${artifact.model}: ${listSome(missing)}`, [
      'map every parameter, or pass --partial to write only those mapped (then load it with --restore PATTERN)',
    ]);
  }
  if (missing.length) notes.push(`--partial: ${missing.length} parameter${missing.length > 1 ? 's' : ''} not imported: ${listSome(missing)}`);
  const checkpoint = encodeSafetensors(tensors, { format: CHECKPOINT_FORMAT, model: artifact.model, imported: 'true' });
  // The same checks `--checkpoint` will make, so a written file always loads.
  if (!missing.length) planRestore(artifact, checkpoint, { what: 'the imported checkpoint' });
  return { checkpoint, tensors, notes };
}

/** One tensor: transposed if asked, checked against the model's shape, narrowed to f32, finite. */
function convert(to: string, entry: MapEntry, src: SourceTensor, want: readonly number[], what: string): NamedTensor {
  let shape = src.shape;
  let values = src.values;
  if (entry.transpose) {
    if (shape.length !== 2) fail('DNN4031', `'${to}': "transpose" swaps the two axes of a matrix, but '${entry.from}' has shape [${shape.join(',')}]`);
    const [r, c] = shape as [number, number];
    const t = values instanceof Float32Array ? new Float32Array(values.length) : new Float64Array(values.length);
    for (let i = 0; i < r; i++) for (let j = 0; j < c; j++) t[j * r + i] = values[i * c + j]!;
    shape = [c, r];
    values = t;
  }
  if (shape.length !== want.length || shape.some((d, i) => d !== want[i])) {
    const swapped = shape.length === 2 && want.length === 2 && shape[0] === want[1] && shape[1] === want[0];
    fail('DNN4033', `'${entry.from}' in ${what} has shape [${src.shape.join(',')}]${entry.transpose ? ` ([${shape.join(',')}] transposed)` : ''}, but the model's '${to}' is [${want.join(',')}]`,
      swapped ? [entry.transpose ? 'drop "transpose": the source is already [in, out]' : `PyTorch stores Linear.weight as [out, in]: map it as {"from": "${entry.from}", "transpose": true}`] : []);
  }
  const data = Float32Array.from(values);
  const bad = data.findIndex((v) => !Number.isFinite(v));
  if (bad >= 0) fail('DNN4014', `'${entry.from}' in ${what} holds ${values[bad]} at index ${bad}${Number.isFinite(values[bad]) ? ' (beyond the range of f32)' : ''}`);
  return { name: to, dtype: 'f32', shape: [...want], data };
}

/** "a, b, c, d, e and 7 more" */
function listSome(names: readonly string[], n = 5): string {
  const head = names.slice(0, n).join(', ');
  return names.length > n ? `${head} and ${names.length - n} more` : head;
}
