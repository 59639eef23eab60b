// Weights files as other frameworks write them, for the import tests: safetensors with F64/F32/F16
// tensors (PyTorch's state_dict layout) and .npz archives of float64/float32 arrays (Keras names).
import { zipSync } from 'fflate';

export interface Foreign {
  name: string;
  dtype: 'F64' | 'F32' | 'F16' | 'I32';
  shape: number[];
  values: number[];
}

const SIZE = { F64: 8, F32: 4, F16: 2, I32: 4 } as const;

function raw(t: Foreign): Uint8Array {
  const out = new Uint8Array(t.values.length * SIZE[t.dtype]);
  const v = new DataView(out.buffer);
  t.values.forEach((x, i) => {
    if (t.dtype === 'F64') v.setFloat64(8 * i, x, true);
    else if (t.dtype === 'F32') v.setFloat32(4 * i, x, true);
    else if (t.dtype === 'I32') v.setInt32(4 * i, x, true);
    else v.setUint16(2 * i, toHalf(x), true);
  });
  return out;
}

/** Exact for the values the tests use (multiples of 1/1024 within ±2). */
function toHalf(x: number): number {
  if (x === 0) return 0;
  const sign = x < 0 ? 0x8000 : 0;
  const a = Math.abs(x);
  const e = Math.floor(Math.log2(a));
  const frac = Math.round((a / 2 ** e - 1) * 1024);
  return sign | ((e + 15) << 10) | frac;
}

export function safetensorsOf(tensors: readonly Foreign[]): Uint8Array {
  const header: Record<string, unknown> = { __metadata__: { format: 'pt' } };
  let offset = 0;
  const parts = tensors.map(raw);
  tensors.forEach((t, i) => {
    header[t.name] = { dtype: t.dtype, shape: t.shape, data_offsets: [offset, offset + parts[i]!.length] };
    offset += parts[i]!.length;
  });
  const head = new TextEncoder().encode(JSON.stringify(header));
  const out = new Uint8Array(8 + head.length + offset);
  new DataView(out.buffer).setBigUint64(0, BigInt(head.length), true);
  out.set(head, 8);
  let pos = 8 + head.length;
  for (const p of parts) {
    out.set(p, pos);
    pos += p.length;
  }
  return out;
}

function npy(t: Foreign): Uint8Array {
  const descr = { F64: '<f8', F32: '<f4', F16: '<f2', I32: '<i4' }[t.dtype];
  const dims = t.shape.length === 1 ? `${t.shape[0]},` : t.shape.join(', ');
  let header = `{'descr': '${descr}', 'fortran_order': False, 'shape': (${dims}), }`;
  header += ' '.repeat((64 - ((10 + header.length + 1) % 64)) % 64) + '\n';
  const body = raw(t);
  const out = new Uint8Array(10 + header.length + body.length);
  out.set([0x93, 0x4e, 0x55, 0x4d, 0x50, 0x59, 1, 0], 0);
  new DataView(out.buffer).setUint16(8, header.length, true);
  out.set(new TextEncoder().encode(header), 10);
  out.set(body, 10 + header.length);
  return out;
}

/** np.savez(path, **{name: array}): each array a `name.npy` member of a zip. */
export function npzOf(tensors: readonly Foreign[]): Uint8Array {
  return zipSync(Object.fromEntries(tensors.map((t) => [`${t.name}.npy`, npy(t)])));
}

/** Deterministic values in [-1, 1), multiples of 1/512 (exact in f16, f32 and f64). */
export function values(n: number, seed: number): number[] {
  let s = seed;
  return Array.from({ length: n }, () => {
    s = (s * 1103515245 + 12345) % 2147483648;
    return Math.floor((s / 2147483648) * 1024 - 512) / 512;
  });
}
