// NumPy's .npy and .npz formats (numpy.save / numpy.savez), read strictly: the magic string, a
// header dict of exactly descr, fortran_order and shape, little-endian numeric dtypes only, and a
// data section whose length the header predicts. Arrays are not widened: an NpyArray is its
// bytes and a reader, which the caller converts straight into the type it keeps (f32 features,
// i32 labels, bytes for pixels). An .npz is a zip of .npy files (deflated or stored) whose
// arrays are inflated only when asked for, each checked first against its header (shape ×
// dtype) and the zip directory, and inflated no further than that size.
import { DnnError, fail } from '../contract/diagnostics.js';
import { inflateEntry, inflateHead, zipEntries, type ZipEntry } from './zip.js';

/** The element types read; every one is converted to f32 or i32 by the caller as needed. */
export type NpyDType = 'f2' | 'f4' | 'f8' | 'i1' | 'i2' | 'i4' | 'i8' | 'u1' | 'u2' | 'u4' | 'b1';

export interface NpyArray {
  readonly dtype: NpyDType;
  readonly shape: readonly number[];
  /** The number of elements (the product of the shape). */
  readonly count: number;
  /** The data section, little-endian, as the file holds it. */
  readonly bytes: Uint8Array;
  /** Element i as a number (exact for every dtype; an i8 beyond 2^53 is DNN4020). */
  at(i: number): number;
}

const ITEM: Record<NpyDType, number> = { f2: 2, f4: 4, f8: 8, i1: 1, i2: 2, i4: 4, i8: 8, u1: 1, u2: 2, u4: 4, b1: 1 };
const MAGIC = [0x93, 0x4e, 0x55, 0x4d, 0x50, 0x59]; // \x93NUMPY
/** Bounds on what one array may hold: a header of a few kB, data of at most 2^31 bytes. */
const MAX_HEADER = 65536;
const MAX_BYTES = 2 ** 31;

export interface NpyHeader {
  dtype: NpyDType;
  shape: number[];
  /** Where the data starts, and its length. */
  body: number;
  nbytes: number;
}

/** The header at the start of `bytes` (which may hold only the start of the file). */
function readHeader(bytes: Uint8Array, bad: (why: string) => never): NpyHeader {
  if (bytes.length < 10 || !MAGIC.every((b, i) => bytes[i] === b)) bad('it does not start with the NumPy magic string');
  const major = bytes[6]!;
  if (major < 1 || major > 3) bad(`format version ${major}.${bytes[7]} is not supported`);
  const dv = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  const headerLen = major === 1 ? dv.getUint16(8, true) : bytes.length >= 12 ? dv.getUint32(8, true) : bad('it is truncated');
  const start = major === 1 ? 10 : 12;
  if (headerLen > MAX_HEADER || start + headerLen > bytes.length) bad(`its header length ${headerLen} is out of range`);
  const header = new TextDecoder('latin1').decode(bytes.subarray(start, start + headerLen));
  const { dtype, shape } = parseHeader(header, bad);
  const nbytes = shape.reduce((a, b) => a * b, 1) * ITEM[dtype];
  if (nbytes > MAX_BYTES) bad(`it holds ${nbytes} bytes, more than the ${MAX_BYTES} dnnc reads`);
  return { dtype, shape, body: start + headerLen, nbytes };
}

/** The header of a .npy file from its first bytes (what the data layout is, and where it starts). */
export const readNpyHeader: (bytes: Uint8Array, bad: (why: string) => never) => NpyHeader = readHeader;

/** Parses one .npy file; `what` names it in messages. */
export function decodeNpy(bytes: Uint8Array, what: string): NpyArray {
  const bad = (why: string): never => fail('DNN4020', `${what} is not a valid .npy file: ${why}`);
  const { dtype, shape, body, nbytes } = readHeader(bytes, bad);
  if (bytes.length - body !== nbytes) bad(`its shape [${shape.join(', ')}] needs ${nbytes} bytes of data, the file has ${bytes.length - body}`);
  // A plain view (a Buffer's slice() would share memory where a Uint8Array's copies).
  const data = new Uint8Array(bytes.buffer, bytes.byteOffset + body, nbytes);
  const dv = new DataView(data.buffer, data.byteOffset, data.byteLength);
  const read = READ[dtype];
  const at = dtype === 'i8' ? (i: number): number => int64(dv, i, bad) : (i: number): number => read(dv, i);
  return { dtype, shape, count: nbytes / ITEM[dtype], bytes: data, at };
}

const READ: Readonly<Record<NpyDType, (dv: DataView, i: number) => number>> = {
  f2: (dv, i) => halfToFloat(dv.getUint16(2 * i, true)),
  f4: (dv, i) => dv.getFloat32(4 * i, true),
  f8: (dv, i) => dv.getFloat64(8 * i, true),
  i1: (dv, i) => dv.getInt8(i),
  i2: (dv, i) => dv.getInt16(2 * i, true),
  i4: (dv, i) => dv.getInt32(4 * i, true),
  i8: (dv, i) => Number(dv.getBigInt64(8 * i, true)),
  u1: (dv, i) => dv.getUint8(i),
  b1: (dv, i) => dv.getUint8(i),
  u2: (dv, i) => dv.getUint16(2 * i, true),
  u4: (dv, i) => dv.getUint32(4 * i, true),
};

function int64(dv: DataView, i: number, bad: (why: string) => never): number {
  const v = dv.getBigInt64(8 * i, true);
  if (v > BigInt(Number.MAX_SAFE_INTEGER) || v < BigInt(Number.MIN_SAFE_INTEGER)) bad(`element ${i} (${v}) does not fit a float64 exactly`);
  return Number(v);
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

/** Every element as float64 (for tests and small arrays: 8 bytes an element). */
export function npyToFloat64(a: NpyArray): Float64Array {
  const out = new Float64Array(a.count);
  for (let i = 0; i < out.length; i++) out[i] = a.at(i);
  return out;
}

/**
 * The elements as f32, each checked finite once rounded to f32 (a float64 of 1e300 is not): a
 * bad one is DNN4051 at `where(i)`, e.g. "x row 3, column 7".
 */
export function npyToFloat32(a: NpyArray, what: string, where: (i: number) => string = (i) => `element ${i}`): Float32Array {
  if (a.dtype === 'f4') {
    // The bytes as they are, little-endian like every host dnnc runs on: a view when aligned
    // (numpy pads the header to 64 bytes), so float32 data costs no second copy.
    const { buffer, byteOffset, length } = a.bytes;
    const out = byteOffset % 4 === 0 ? new Float32Array(buffer, byteOffset, length / 4) : new Float32Array(a.bytes.slice().buffer);
    const bad = out.findIndex((v) => !Number.isFinite(v));
    if (bad >= 0) notF32(a.at(bad), what, where(bad));
    return out;
  }
  const out = new Float32Array(a.count);
  for (let i = 0; i < out.length; i++) {
    out[i] = a.at(i);
    if (!Number.isFinite(out[i])) notF32(a.at(i), what, where(i));
  }
  return out;
}

/** The elements as floats, unchecked: f8 as float64 (so a value beyond f32 can be named), every other type as f32. */
export function npyFloats(a: NpyArray): Float32Array | Float64Array {
  if (a.dtype === 'f8') return npyToFloat64(a);
  if (a.dtype === 'f4') return new Float32Array(a.bytes.slice().buffer);
  const out = new Float32Array(a.count);
  for (let i = 0; i < out.length; i++) out[i] = a.at(i);
  return out;
}

function notF32(v: number, what: string, where: string): never {
  return fail('DNN4051', `${what}: ${where}: ${v} is ${Number.isFinite(v) ? 'beyond the range of f32 (±3.4028e+38)' : 'not a finite number'}`);
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

/** An array of an .npz file, read (inflated and checked) only when asked for. */
export interface NpzEntry {
  readonly name: string;
  read(): NpyArray;
}

/** The arrays of an .npz file by name (without the `.npy` suffix); nothing is inflated yet. */
export function decodeNpz(bytes: Uint8Array, what: string): Map<string, NpzEntry> {
  const bad = (why: string): never => fail('DNN4020', `${what} is not a valid .npz file: ${why}`);
  let entries: ZipEntry[] = [];
  try {
    entries = zipEntries(bytes);
  } catch (e) {
    bad(e instanceof Error ? e.message : String(e));
  }
  const out = new Map<string, NpzEntry>();
  for (const e of entries.filter((f) => f.name.endsWith('.npy'))) {
    const name = e.name.replace(/\.npy$/, '');
    if (out.has(name)) bad(`it holds two arrays named '${name}'`);
    out.set(name, { name, read: () => readEntry(e, `${what}: ${e.name}`) });
  }
  if (out.size === 0) fail('DNN4020', `${what} holds no .npy arrays`);
  return out;
}

/** One entry: its header first (a few kB inflated), checked against the directory's size, then the rest. */
function readEntry(e: ZipEntry, what: string): NpyArray {
  const bad = (why: string): never => fail('DNN4020', `${what} is not a valid .npy file: ${why}`);
  try {
    if (e.size > MAX_BYTES + 12 + MAX_HEADER) bad(`the zip directory says it inflates to ${e.size} bytes, more than dnnc reads`);
    const h = readHeader(inflateHead(e, 12 + MAX_HEADER), bad);
    if (h.body + h.nbytes !== e.size) bad(`its shape [${h.shape.join(', ')}] needs ${h.body + h.nbytes} bytes, the zip directory says ${e.size}`);
    return decodeNpy(inflateEntry(e), what);
  } catch (err) {
    // A ZipError, or fflate's own on a broken deflate stream.
    if (err instanceof DnnError) throw err;
    return bad(err instanceof Error ? err.message : String(err));
  }
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
