// `dnnc import model.dnn WEIGHTS --map MAP.json -o OUT.safetensors`: weights saved by PyTorch,
// Keras or NumPy (safetensors or .npz) into a dnnc checkpoint. The checks and the conversion are
// the runtime's importWeights; here are the files: reading and recognizing them, and the
// atomic write.
import { compileSource } from '../compiler/compile.js';
import { fail } from '../contract/diagnostics.js';
import { decodeNpz, npyFloats, type NpyArray, type NpzEntry } from '../data/npy.js';
import { checkWritable, MAX_CHECKPOINT_BYTES, readFileOrFail, writeFileAtomic } from '../runtime/files.js';
import { guardOutputs } from '../runtime/outputs.js';
import { importWeights, parseWeightMap, type SourceTensor } from '../runtime/importWeights.js';
import { decodeForeignSafetensors } from '../runtime/safetensors.js';
import { readSource, resolveImport } from './source.js';
import { count } from './words.js';

export interface ImportCommandOptions {
  file: string;
  weights: string;
  map: string;
  out: string;
  partial: boolean;
  overrides?: Record<string, number>;
}

/** A map file is small JSON text; 16 MiB is far beyond any real one. */
const MAX_MAP_BYTES = 16 * 2 ** 20;

const NPY_DTYPES: Readonly<Record<string, string>> = { f8: 'F64', f4: 'F32', f2: 'F16' };

/** The tensors of a weights file: .npz (a zip, recognized by its magic) or safetensors. */
export function readWeights(bytes: Uint8Array, what: string): Map<string, SourceTensor> {
  const isZip = bytes.length >= 4 && bytes[0] === 0x50 && bytes[1] === 0x4b && bytes[2] === 0x03 && bytes[3] === 0x04;
  if (!isZip) return decodeForeignSafetensors(bytes, what);
  const out = new Map<string, SourceTensor>();
  for (const [name, entry] of decodeNpz(bytes, what)) out.set(name, lazyTensor(entry));
  return out;
}

/** A tensor of an .npz, inflated and decoded only when the import reads it (the map names it). */
function lazyTensor(entry: NpzEntry): SourceTensor {
  let array: NpyArray | undefined;
  let values: Float32Array | Float64Array | undefined;
  const a = (): NpyArray => (array ??= entry.read());
  return {
    get dtype() { return NPY_DTYPES[a().dtype] ?? a().dtype; },
    get shape() { return a().shape; },
    get values() { return (values ??= npyFloats(a())); },
  };
}

export function readWeightMap(path: string): ReturnType<typeof parseWeightMap> {
  const text = readFileOrFail(path, 'weight map', MAX_MAP_BYTES).toString('utf8');
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch (e) {
    return fail('DNN4031', `${path} is not JSON: ${(e as Error).message}`);
  }
  // JSON.parse keeps the last of two equal keys; a map naming a parameter twice is a mistake.
  const twice = repeatedKey(text);
  if (twice !== undefined) fail('DNN4031', `${path}: '${twice}' is mapped twice`, ['each parameter appears once in the map']);
  return parseWeightMap(json, path);
}

/** The first key that appears twice in the top-level object of valid JSON `text`, if any. */
export function repeatedKey(text: string): string | undefined {
  const seen = new Set<string>();
  let depth = 0;
  for (let i = 0; i < text.length; i++) {
    const ch = text[i];
    if (ch === '{' || ch === '[') depth++;
    else if (ch === '}' || ch === ']') depth--;
    else if (ch === '"') {
      let j = i + 1;
      while (text[j] !== '"') j += text[j] === '\\' ? 2 : 1;
      const raw = text.slice(i, j + 1);
      i = j;
      // A key is a string directly inside the top-level object, followed by a colon.
      let k = j + 1;
      while (/\s/.test(text[k] ?? '')) k++;
      if (depth === 1 && text[k] === ':') {
        const key = JSON.parse(raw) as string;
        if (seen.has(key)) return key;
        seen.add(key);
      }
    }
  }
  return undefined;
}

/** Writes the checkpoint; returns the lines to print (notes go to stderr). */
export function importCommand(opts: ImportCommandOptions, log: (s: string) => void): void {
  checkWritable(opts.out, '-o');
  const { artifact } = compileSource(readSource(opts.file), { resolveImport, overrides: opts.overrides });
  const map = readWeightMap(opts.map);
  const sources = readWeights(readFileOrFail(opts.weights, 'weights', MAX_CHECKPOINT_BYTES), opts.weights);
  // The model, its imports, the map and the weights are read: -o must be none of them.
  guardOutputs([{ path: opts.out, what: '-o' }]);
  const r = importWeights(artifact, sources, map, { partial: opts.partial, what: opts.weights });
  for (const n of r.notes) log(`dnnc: note: ${n}`);
  writeFileAtomic(opts.out, r.checkpoint);
  log(`wrote ${opts.out}: ${count(r.tensors.length, 'tensor')} for model ${artifact.model}`);
}
