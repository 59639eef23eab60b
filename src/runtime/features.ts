// The arrays a caller hands to Session.predict, matched to the model's feature inputs before
// anything is written to the device: one array per input, each a whole number of examples, all
// the same number. Browser-safe.
import type { ArtifactInput } from '../contract/artifact.js';
import { fail } from '../contract/diagnostics.js';

/** Examples of one feature input, row-major: floats, or pixel bytes (value = byte/255). */
export type FeatureArray = Float32Array | Uint8Array;

/**
 * What predict takes: one array per feature input, as a list in the order the model declares
 * them or a record by input name; a model with one feature input also takes its array alone.
 */
export type PredictFeatures = FeatureArray | readonly FeatureArray[] | Readonly<Record<string, FeatureArray>>;

export interface FedInputs {
  readonly count: number;
  /** In the order of `inputs`; `per` is one example's number of values. */
  readonly arrays: readonly { readonly input: ArtifactInput; readonly per: number; readonly x: FeatureArray }[];
}

/** Matches `features` to the feature inputs (DNN4001 for anything that does not fit). */
export function predictArrays(inputs: readonly ArtifactInput[], features: PredictFeatures, count?: number): FedInputs {
  const list = featureList(inputs, features);
  const arrays = inputs.map((input, k) => {
    const x = list[k];
    if (!(x instanceof Float32Array || x instanceof Uint8Array)) {
      fail('DNN4001', `predict: the array for input ${input.name} must be a Float32Array or a Uint8Array (pixel bytes), got ${kindOf(x)}`);
    }
    return { input, per: input.example.reduce((a, b) => a * b, 1), x };
  });
  const first = arrays[0];
  const n = count ?? (first ? Math.floor(first.x.length / first.per) : 1);
  if (!Number.isInteger(n) || n < 1) {
    fail('DNN4001', count === undefined ? `predict: input ${first!.input.name} takes ${first!.per} values per example, got ${first!.x.length}` : `predict: count must be a positive integer, got ${count}`);
  }
  for (const a of arrays) {
    if (a.x.length !== n * a.per) fail('DNN4001', `predict: expected ${n}×${a.per} values for input ${a.input.name}, got ${a.x.length}`);
  }
  return { count: n, arrays };
}

/** The caller's arrays in the inputs' order (not yet checked). */
function featureList(inputs: readonly ArtifactInput[], features: unknown): readonly unknown[] {
  const names = inputs.map((i) => i.name);
  const has = `the model has ${inputs.length} feature input${inputs.length === 1 ? '' : 's'} (${names.join(', ')})`;
  const how = 'pass one array per feature input: a list in the order the model declares them, or a record by input name';
  if (ArrayBuffer.isView(features)) {
    if (inputs.length !== 1) fail('DNN4001', `predict: ${has}, but got one array`, [how]);
    return [features];
  }
  if (Array.isArray(features)) {
    if (features.length !== inputs.length) fail('DNN4001', `predict: ${has}, but got a list of ${features.length} arrays`, [how]);
    return features;
  }
  if (features === null || typeof features !== 'object') return fail('DNN4001', `predict: features must be arrays, got ${kindOf(features)}`, [how]);
  const byName = features as Record<string, unknown>;
  const unknown = Object.keys(byName).find((k) => !names.includes(k));
  if (unknown !== undefined) fail('DNN4001', `predict: the model has no feature input '${unknown}'`, [`its feature inputs: ${names.join(', ')}`]);
  const missing = names.find((n) => !Object.hasOwn(byName, n));
  if (missing !== undefined) fail('DNN4001', `predict: no array for input ${missing}; ${has}`, [how]);
  return names.map((n) => byName[n]);
}

function kindOf(x: unknown): string {
  if (x === null || typeof x !== 'object') return x === null ? 'null' : typeof x;
  return `a ${Object.prototype.toString.call(x).slice(8, -1)}`;
}
