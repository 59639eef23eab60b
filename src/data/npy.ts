// NumPy's .npy and .npz formats (numpy.save / numpy.savez), read strictly: the magic string, a
// header dict of exactly descr, fortran_order and shape, little-endian numeric dtypes only, and a
// data section whose length the header predicts. An .npz is a zip of .npy files (deflated or
// stored), read with fflate, each entry inflated no further than the size its zip header gives.
import { unzipSync } from 'fflate';
import { fail } from '../contract/diagnostics.js';

/** The element types read; every one is converted to f32 or i32 by the caller as needed. */
export type NpyDType = 'f2' | 'f4' | 'f8' | 'i1' | 'i2' | 'i4' | 'i8' | 'u1' | 'u2' | 'u4' | 'b1';

export interface NpyArray {
  readonly dtype: NpyDType;
  readonly shape: readonly number[];
  /** The values as float64 (exact for every dtype read here but i8 beyond 2^53, which is refused). */
  readonly data: Float64Array;
}

const ITEM: Record<NpyDType, number> = { f2: 2, f4: 4, f8: 8, i1: 1, i2: 2, i4: 4, i8: 8, u1: 1, u2: 2, u4: 4, b1: 1 };
const MAGIC = [0x93, 0x4e, 0x55, 0x4d, 0x50, 0x59]; // \x93NUMPY
/** Bounds on what one array may hold: a header of a few kB, data of at most 2^31 bytes. */
const MAX_HEADER = 65536;
const MAX_BYTES = 2 ** 31;

/** Parses one .npy file; `what` names it in messages. */
export function decodeNpy(bytes: Uint8Array, what: string): NpyArray {
  const bad = (why: string): never => fail('DNN4020', `${what} is not a valid .npy file: ${why}`);
  if (bytes.length < 10 || !MAGIC.every((b, i) => bytes[i] === b)) bad('it does not start with the NumPy magic string');
  const major = bytes[6]!;
  if (major < 1 || major > 3) bad(`format version ${major}.${bytes[7]} is not supported`);
  const dv = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  const headerLen = major === 1 ? dv.getUint16(8, true) : bytes.length >= 12 ? dv.getUint32(8, true) : bad('it is truncated');
  const start = major === 1 ? 10 : 12;
  if (headerLen > MAX_HEADER || start + headerLen > bytes.length) bad(`its header length ${headerLen} is out of range`);
  const header = new TextDecoder('latin1').decode(bytes.subarray(start, start + headerLen));
  const { dtype, shape } = parseHeader(header, bad);
  const count = shape.reduce((a, b) => a * b, 1);
  const nbytes = count * ITEM[dtype];
  if (nbytes > MAX_BYTES) bad(`it holds ${nbytes} bytes, more than the ${MAX_BYTES} dnnc reads`);
  const body = start + headerLen;
  if (bytes.length - body !== nbytes) bad(`its shape [${shape.join(', ')}] needs ${nbytes} bytes of data, the file has ${bytes.length - body}`);
  return { dtype, shape, data: toFloat64(bytes.subarray(body), dtype, count, bad) };
}

/** The header dict: `{'descr': '<f4', 'fortran_order': False, 'shape': (60000, 784), }`. */
function parseHeader(header: string, bad: (why: string) => never): { dtype: NpyDType; shape: number[] } {
  const m = /^\{\s*'descr'\s*:\s*'([<>|=])([a-z])(\d+)'\s*,\s*'fortran_order'\s*:\s*(True|False)\s*,\s*'shape'\s*:\s*\(([^)]*)\)\s*,?\s*\}\s*$/.exec(header);
  if (!m) bad('its header is not the dict numpy.save writes (descr, fortran_order, shape)');
  const [, order, kind, size, fortran, dims] = m!;
  const dtype = `${kind}${size}` as NpyDType;
  if (!(dtype in ITEM)) bad(`dtype '${order}${kind}${size}' is not supported (float16/32/64, int8–64, uint8–32 and bool are)`);
  if (order === '>' && ITEM[dtype] > 1) bad('big-endian data is not supported; save it little-endian (arr.astype("<f4"))');
  if (fortran === 'True') bad('Fortran-ordered arrays are not supported; save np.ascontiguousarray(arr)');
  const parts = dims!.split(',').map((s) => s.trim()).filter((s) => s !== '');
  const shape = parts.map((s) => (/^\d+$/.test(s) ? Number(s) : NaN));
  if (shape.some((d) => !Number.isSafeInteger(d))) bad(`its shape (${dims}) is not a tuple of non-negative integers`);
  return { dtype, shape };
}

function toFloat64(raw: Uint8Array, dtype: NpyDType, count: number, bad: (why: string) => never): Float64Array {
  const dv = new DataView(raw.buffer, raw.byteOffset, raw.byteLength);
  const out = new Float64Array(count);
  const item = ITEM[dtype];
  for (let i = 0; i < count; i++) {
    const o = i * item;
    switch (dtype) {
      case 'f2': out[i] = halfToFloat(dv.getUint16(o, true)); break;
      case 'f4': out[i] = dv.getFloat32(o, true); break;
      case 'f8': out[i] = dv.getFloat64(o, true); break;
      case 'i1': out[i] = dv.getInt8(o); break;
      case 'i2': out[i] = dv.getInt16(o, true); break;
      case 'i4': out[i] = dv.getInt32(o, true); break;
      case 'i8': {
        const v = dv.getBigInt64(o, true);
        if (v > BigInt(Number.MAX_SAFE_INTEGER) || v < BigInt(Number.MIN_SAFE_INTEGER)) bad(`element ${i} (${v}) does not fit a float64 exactly`);
        out[i] = Number(v);
        break;
      }
      case 'u1': case 'b1': out[i] = dv.getUint8(o); break;
      case 'u2': out[i] = dv.getUint16(o, true); break;
      case 'u4': out[i] = dv.getUint32(o, true); break;
    }
  }
  return out;
}

/** IEEE 754 half precision to a number. */
export function halfToFloat(h: number): number {
  const s = h & 0x8000 ? -1 : 1;
  const e = (h >> 10) & 0x1f;
  const f = h & 0x3ff;
  if (e === 0) return s * f * 2 ** -24;
  if (e === 31) return f ? NaN : s * Infinity;
  return s * (1 + f / 1024) * 2 ** (e - 15);
}

/** The arrays of an .npz file by name (without the `.npy` suffix). */
export function decodeNpz(bytes: Uint8Array, what: string): Map<string, NpyArray> {
  let files: Record<string, Uint8Array>;
  let total = 0;
  try {
    files = unzipSync(bytes, {
      filter: (f) => {
        total += f.originalSize;
        if (f.originalSize > MAX_BYTES || total > 4 * MAX_BYTES) throw new RangeError(`entry '${f.name}' inflates to ${f.originalSize} bytes`);
        return f.name.endsWith('.npy');
      },
    });
  } catch (e) {
    return fail('DNN4020', `${what} is not a valid .npz file: ${e instanceof Error ? e.message : String(e)}`);
  }
  const out = new Map<string, NpyArray>();
  for (const [name, data] of Object.entries(files)) out.set(name.replace(/\.npy$/, ''), decodeNpy(data, `${what}: ${name}`));
  if (out.size === 0) fail('DNN4020', `${what} holds no .npy arrays`);
  return out;
}

/** A minimal .npy writer (f32 or i32, C order), for tests and tools that hand arrays to users. */
export function encodeNpy(data: Float32Array | Int32Array | Uint8Array, shape: readonly number[]): Uint8Array {
  const descr = data instanceof Float32Array ? '<f4' : data instanceof Int32Array ? '<i4' : '|u1';
  const dims = shape.length === 1 ? `${shape[0]},` : shape.join(', ');
  let header = `{'descr': '${descr}', 'fortran_order': False, 'shape': (${dims}), }`;
  header += ' '.repeat((64 - ((10 + header.length + 1) % 64)) % 64) + '\n';
  const out = new Uint8Array(10 + header.length + data.byteLength);
  out.set(MAGIC, 0);
  out[6] = 1;
  out[7] = 0;
  new DataView(out.buffer).setUint16(8, header.length, true);
  out.set(new TextEncoder().encode(header), 10);
  out.set(new Uint8Array(data.buffer, data.byteOffset, data.byteLength), 10 + header.length);
  return out;
}
