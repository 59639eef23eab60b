// `dnnc predict --input`: which file feeds which of the model's feature inputs. One `--input`
// per feature input, in the order the model declares them (`--input a.png --input b.png`) or by
// name (`--input XB=b.png --input XA=a.png`); or one .npz holding an array per input name. Every
// input must hold the same number of examples. Each file is read by inputs.ts.
import type { ArtifactInput } from '../contract/artifact.js';
import { fail } from '../contract/diagnostics.js';
import { MAX_NPZ_BYTES } from '../data/index.js';
import { decodeNpz } from '../data/npy.js';
import { readFileOrFail } from '../runtime/files.js';
import { npyRows, readInputs, type InputOptions, type InputRows } from './inputs.js';

export interface PredictRows {
  /** One array per feature input, in the model's order (pixels in [0, 1]). */
  xs: Float32Array[];
  count: number;
  /** Labels found in a CSV's label column, shown beside the predictions. */
  labels?: number[];
}

/** `NAME=FILE`; a path holding '=' is written `./a=b.csv`. */
const NAMED = /^([A-Za-z_][A-Za-z0-9_]*)=(.+)$/;

export function readPredictInputs(specs: readonly string[], inputs: readonly ArtifactInput[], o: Omit<InputOptions, 'example'>): PredictRows {
  const files = filesOf(specs, inputs);
  const rows = files === 'npz' ? readNpzInputs(specs[0]!, inputs) : inputs.map((input, k) => readInputs(files[k]!, { ...o, example: input.example }));
  const what = files === 'npz' ? inputs.map((i) => `${specs[0]}: ${i.name}`) : files;
  const count = rows[0]!.count;
  rows.forEach((r, k) => {
    if (r.count !== count) fail('DNN4056', `${what[k]} holds ${r.count} example${r.count === 1 ? '' : 's'}, ${what[0]} ${count}`, ['every input takes the same number of examples: one per pair, triple, ...']);
  });
  const labels = rows.find((r) => r.labels)?.labels;
  return { xs: rows.map((r) => r.x), count, ...(labels ? { labels } : {}) };
}

/** The file of each feature input, in the model's order, or 'npz' for one .npz holding them all. */
function filesOf(specs: readonly string[], inputs: readonly ArtifactInput[]): string[] | 'npz' {
  const names = inputs.map((i) => i.name);
  const how = [
    `the model's feature inputs: ${names.join(', ')}`,
    `give one --input per input, in that order, or name each: ${names.map((n) => `--input ${n}=FILE`).join(' ')}; or one .npz holding an array per input name`,
  ];
  if (specs.length === 1 && /\.npz$/i.test(specs[0]!)) return 'npz';
  const npz = specs.find((s) => /\.npz$/i.test(s));
  if (npz !== undefined) fail('DNN7006', `--input ${npz}: an .npz holds an array per input name, so it is given alone`, how);
  const named = specs.map((s) => NAMED.exec(s));
  if (named.every((m) => m === null)) {
    if (specs.length !== inputs.length) fail('DNN7006', `the model has ${inputs.length} feature input${inputs.length === 1 ? '' : 's'}, but --input is given ${specs.length === 1 ? 'once' : `${specs.length} times`}`, how);
    return [...specs];
  }
  const loose = specs.find((_, k) => named[k] === null);
  if (loose !== undefined) fail('DNN7006', `--input ${loose}: name every input or none`, how);
  const byName = new Map<string, string>();
  for (const m of named as RegExpExecArray[]) {
    const [spec, name, file] = m as unknown as [string, string, string];
    if (!names.includes(name)) fail('DNN7006', `--input ${spec}: the model has no feature input '${name}'`, [...how, "a path holding '=' is written ./NAME=..."]);
    if (byName.has(name)) fail('DNN7006', `--input names ${name} twice`, how);
    byName.set(name, file);
  }
  const missing = names.find((n) => !byName.has(n));
  if (missing !== undefined) fail('DNN7006', `--input gives no file for the model's input ${missing}`, how);
  return names.map((n) => byName.get(n)!);
}

/** An .npz's array for each input: named like the input (or `x`, as in --data files, for a model with one). */
function readNpzInputs(file: string, inputs: readonly ArtifactInput[]): InputRows[] {
  const arrays = decodeNpz(readFileOrFail(file, '--input', MAX_NPZ_BYTES), file);
  return inputs.map((input) => {
    const a = arrays.get(input.name) ?? (inputs.length === 1 ? arrays.get('x') : undefined);
    if (!a) {
      fail('DNN4056', `${file} has no array named '${input.name}'`, [
        `it holds: ${[...arrays.keys()].join(', ')}`,
        `save one array per feature input: numpy.savez(FILE, ${inputs.map((i) => `${i.name}=...`).join(', ')})`,
      ]);
    }
    return npyRows(a.read(), `${file}: ${input.name}`, input.example.reduce((p, q) => p * q, 1));
  });
}
