// safetensors (the format PyTorch and Hugging Face read): an 8-byte little-endian header length,
// a JSON header {name: {dtype, shape, data_offsets}, __metadata__: {string: string}}, then the
// raw little-endian data. Browser-safe; the Node side adds atomic file writes.
//
// Reading is strict: a checkpoint comes from outside, so the whole header is validated (sizes,
// dtypes, shapes, offsets that tile the data section exactly, as the format requires) before
// anything is allocated or copied, and every failure names what is wrong (DNN4010).
import { fail } from '../contract/diagnostics.js';

export interface NamedTensor {
  readonly name: string;
  readonly dtype: 'f32' | 'i32' | 'u32';
  readonly shape: readonly number[];
  readonly data: Float32Array | Int32Array | Uint32Array;
}

export interface DecodedSafetensors {
  readonly tensors: Map<string, NamedTensor>;
  readonly metadata: Record<string, string>;
}

/** The header is JSON text; real ones are kilobytes. The reference reader caps it at 100 MB. */
export const MAX_HEADER_BYTES = 100_000_000;

const TO_ST = { f32: 'F32', i32: 'I32', u32: 'U32' } as const;
/** The dtypes dnnc state can hold. A Map, so that names like `constructor` are not dtypes. */
const FROM_ST = new Map<string, NamedTensor['dtype']>([['F32', 'f32'], ['I32', 'i32'], ['U32', 'u32']]);
/** Other dtypes of the format: recognized (for a precise message), but dnnc holds none of them. */
const OTHER_ST = new Set(['BOOL', 'U8', 'I8', 'F8_E5M2', 'F8_E4M3', 'I16', 'U16', 'F16', 'BF16', 'I64', 'U64', 'F64']);
const ENTRY_KEYS = ['dtype', 'shape', 'data_offsets'] as const;

export function encodeSafetensors(tensors: readonly NamedTensor[], metadata: Record<string, string> = {}): Uint8Array {
  const header: Record<string, unknown> = { __metadata__: metadata };
  let offset = 0;
  for (const t of tensors) {
    header[t.name] = { dtype: TO_ST[t.dtype], shape: t.shape, data_offsets: [offset, offset + t.data.byteLength] };
    offset += t.data.byteLength;
  }
  let json = JSON.stringify(header);
  // Pad the header with spaces so the data starts 8-byte aligned (as the reference writer does).
  json += ' '.repeat((8 - ((8 + new TextEncoder().encode(json).length) % 8)) % 8);
  const head = new TextEncoder().encode(json);
  const out = new Uint8Array(8 + head.length + offset);
  new DataView(out.buffer).setBigUint64(0, BigInt(head.length), true);
  out.set(head, 8);
  let pos = 8 + head.length;
  for (const t of tensors) {
    out.set(new Uint8Array(t.data.buffer, t.data.byteOffset, t.data.byteLength), pos);
    pos += t.data.byteLength;
  }
  return out;
}

/** A validated header entry: where its bytes lie in the data section. */
interface Entry<D = NamedTensor['dtype']> {
  readonly name: string;
  readonly dtype: D;
  readonly shape: number[];
  readonly start: number;
  readonly end: number;
}

type Bad = (why: string) => never;

export function decodeSafetensors(bytes: Uint8Array, what = 'checkpoint'): DecodedSafetensors {
  const bad: Bad = (why) => fail('DNN4010', `${what} is not a valid safetensors file: ${why}`);
  const { header, dataStart } = readHeader(bytes, bad);
  const dataBytes = bytes.length - dataStart;
  const metadata = readMetadata(header, bad);
  const entries: Entry[] = [];
  for (const name of Object.keys(header)) {
    if (name !== '__metadata__') entries.push(readEntry(name, header[name], dataBytes, bad, DNNC_DTYPES));
  }
  checkTiling(entries, dataBytes, bad);
  // Only now, with every entry known to lie inside the file, is anything allocated.
  const tensors = new Map<string, NamedTensor>();
  for (const e of entries) {
    // A copy, aligned for the typed array (Node's Buffer.slice would return a view instead).
    const copy = new Uint8Array(e.end - e.start);
    copy.set(bytes.subarray(dataStart + e.start, dataStart + e.end));
    const data = e.dtype === 'f32' ? new Float32Array(copy.buffer) : e.dtype === 'i32' ? new Int32Array(copy.buffer) : new Uint32Array(copy.buffer);
    tensors.set(e.name, { name: e.name, dtype: e.dtype, shape: e.shape, data });
  }
  return { tensors, metadata };
}

function readHeader(bytes: Uint8Array, bad: Bad): { header: Record<string, unknown>; dataStart: number } {
  if (bytes.length < 8) bad(`it has ${bytes.length} bytes, fewer than the 8 of its header length`);
  const n = new DataView(bytes.buffer, bytes.byteOffset, 8).getBigUint64(0, true);
  if (n > BigInt(bytes.length - 8)) bad(`its header length is ${n} bytes but only ${bytes.length - 8} follow (is the file truncated?)`);
  if (n > BigInt(MAX_HEADER_BYTES)) bad(`its header length ${n} exceeds the limit of ${MAX_HEADER_BYTES} bytes`);
  const length = Number(n);
  let text: string;
  let header: unknown;
  try {
    text = new TextDecoder('utf-8', { fatal: true }).decode(bytes.subarray(8, 8 + length));
  } catch {
    return bad('its header is not UTF-8 text');
  }
  try {
    header = JSON.parse(text);
  } catch (e) {
    return bad(`its header is not JSON (${(e as Error).message})`);
  }
  if (!isPlainObject(header)) bad(`its header is ${describe(header)}, not a JSON object`);
  return { header: header as Record<string, unknown>, dataStart: 8 + length };
}

function readMetadata(header: Record<string, unknown>, bad: Bad): Record<string, string> {
  if (!Object.hasOwn(header, '__metadata__')) return {};
  const m = header['__metadata__'];
  if (!isPlainObject(m)) bad(`its __metadata__ is ${describe(m)}, not an object of strings`);
  const pairs = Object.entries(m as Record<string, unknown>);
  for (const [k, v] of pairs) if (typeof v !== 'string') bad(`its __metadata__ entry '${k}' is ${describe(v)}, not a string`);
  // fromEntries defines own properties, so a key named __proto__ stays a plain key.
  return Object.fromEntries(pairs) as Record<string, string>;
}

const DNNC_DTYPES: DtypeTable<NamedTensor['dtype']> = { names: FROM_ST, size: () => 4, expected: 'F32, I32 or U32', only: 'F32, I32 and U32', holder: 'dnnc checkpoints' };

/** The dtypes a reader accepts: the format's name → its own, and the bytes of one element. */
interface DtypeTable<D> {
  readonly names: ReadonlyMap<string, D>;
  readonly size: (d: D) => number;
  /** "expected A, B or C" (an unknown dtype) and "hold only A, B and C" (a known one refused). */
  readonly expected: string;
  readonly only: string;
  readonly holder: string;
}

function readEntry<D>(name: string, raw: unknown, dataBytes: number, bad: Bad, dtypes: DtypeTable<D>): Entry<D> {
  const t = `tensor '${name}'`;
  if (name === '' || name === '__proto__') bad(`${t} has a reserved name`);
  if (!isPlainObject(raw)) bad(`${t} is described by ${describe(raw)}, not an object`);
  const e = raw as Record<string, unknown>;
  for (const k of ENTRY_KEYS) if (!Object.hasOwn(e, k)) bad(`${t} has no '${k}'`);
  const st = e['dtype'];
  const dtype = typeof st === 'string' ? dtypes.names.get(st) : undefined;
  if (dtype === undefined) {
    if (typeof st === 'string' && (OTHER_ST.has(st) || FROM_ST.has(st))) bad(`${t} has dtype ${st}; ${dtypes.holder} hold only ${dtypes.only}`);
    bad(`${t} has unknown dtype ${JSON.stringify(st)} (expected ${dtypes.expected})`);
  }
  const item = dtypes.size(dtype);
  const shape = e['shape'];
  if (!Array.isArray(shape) || !shape.every(isCount)) bad(`${t} has shape ${JSON.stringify(shape)}; a shape is a list of non-negative integers`);
  const offsets = e['data_offsets'];
  if (!Array.isArray(offsets) || offsets.length !== 2 || !offsets.every(isCount)) {
    bad(`${t} has data_offsets ${JSON.stringify(offsets)}; expected [start, end], non-negative integers`);
  }
  const [start, end] = offsets as [number, number];
  if (start > end || end > dataBytes) bad(`${t} has data_offsets [${start}, ${end}] outside the data section of ${dataBytes} bytes${start <= end ? ' (is the file truncated?)' : ''}`);
  // Checked at every step against the bytes present, so the count never leaves the safe integers.
  let count = (shape as number[]).includes(0) ? 0 : 1;
  for (const d of count ? (shape as number[]) : []) {
    count *= d;
    if (count * item > dataBytes) bad(`${t} has shape [${shape.join(',')}], more data than the file holds`);
  }
  if (end - start !== count * item) bad(`${t} of shape [${shape.join(',')}] needs ${count * item} bytes but its data_offsets span ${end - start}`);
  return { name, dtype, shape: [...(shape as number[])], start, end };
}

/** The tensors must cover the data section exactly: no overlap, no gap, nothing after the last. */
function checkTiling(entries: readonly Entry<unknown>[], dataBytes: number, bad: Bad): void {
  const sorted = [...entries].sort((a, b) => a.start - b.start || a.end - b.end);
  let pos = 0;
  let prev: Entry<unknown> | undefined;
  for (const e of sorted) {
    if (e.start < pos) bad(`tensors '${prev!.name}' and '${e.name}' overlap (bytes ${e.start}–${pos})`);
    if (e.start > pos) bad(`bytes ${pos}–${e.start} of the data section belong to no tensor (a gap before '${e.name}')`);
    pos = e.end;
    prev = e;
  }
  if (pos !== dataBytes) bad(`the tensors cover ${pos} bytes but the data section has ${dataBytes} (trailing bytes)`);
}

const isCount = (x: unknown): x is number => typeof x === 'number' && Number.isSafeInteger(x) && x >= 0;

function isPlainObject(x: unknown): boolean {
  return typeof x === 'object' && x !== null && !Array.isArray(x);
}

function describe(x: unknown): string {
  if (x === null) return 'null';
  if (Array.isArray(x)) return 'an array';
  return typeof x === 'string' ? `a string` : `a ${typeof x}`;
}

/**
 * The dtypes other frameworks save tensors in, as read by decodeForeignSafetensors: weights are
 * floating point, but a state dict also holds counters (BatchNorm's num_batches_tracked is I64).
 */
export type ForeignDtype = 'F64' | 'F32' | 'F16' | 'BF16' | 'I64' | 'I32' | 'I16' | 'I8' | 'U64' | 'U32' | 'U16' | 'U8' | 'BOOL';

/** A tensor of another framework's file, its values widened to float64 (exact but for 64-bit integers beyond 2^53). */
export interface ForeignTensor {
  readonly name: string;
  readonly dtype: ForeignDtype;
  readonly shape: readonly number[];
  readonly values: Float64Array;
}

const FOREIGN_SIZE: Readonly<Record<ForeignDtype, number>> = {
  F64: 8, F32: 4, F16: 2, BF16: 2, I64: 8, I32: 4, I16: 2, I8: 1, U64: 8, U32: 4, U16: 2, U8: 1, BOOL: 1,
};
const FOREIGN_DTYPES: DtypeTable<ForeignDtype> = {
  names: new Map(Object.keys(FOREIGN_SIZE).map((k) => [k, k as ForeignDtype])),
  size: (d) => FOREIGN_SIZE[d],
  expected: Object.keys(FOREIGN_SIZE).join(', '),
  only: 'numeric dtypes (not 8-bit floats)',
  holder: 'imported weights',
};

/**
 * Reads a safetensors file written by PyTorch, Keras or NumPy tools (weights to import): the same
 * strict validation as a checkpoint, but any numeric dtype but the 8-bit floats (DNN4010 otherwise).
 */
export function decodeForeignSafetensors(bytes: Uint8Array, what = 'weights'): Map<string, ForeignTensor> {
  const bad: Bad = (why) => fail('DNN4010', `${what} is not a valid safetensors file: ${why}`);
  const { header, dataStart } = readHeader(bytes, bad);
  const dataBytes = bytes.length - dataStart;
  readMetadata(header, bad);
  const entries: Entry<ForeignDtype>[] = [];
  for (const name of Object.keys(header)) {
    if (name !== '__metadata__') entries.push(readEntry(name, header[name], dataBytes, bad, FOREIGN_DTYPES));
  }
  checkTiling(entries, dataBytes, bad);
  const out = new Map<string, ForeignTensor>();
  for (const e of entries) {
    const view = new DataView(bytes.buffer, bytes.byteOffset + dataStart + e.start, e.end - e.start);
    // Widened when read: an import reads only the tensors its map names.
    let values: Float64Array | undefined;
    out.set(e.name, { name: e.name, dtype: e.dtype, shape: e.shape, get values() { return (values ??= widen(view, e.dtype)); } });
  }
  return out;
}

const READ: Readonly<Record<ForeignDtype, (v: DataView, i: number) => number>> = {
  F64: (v, i) => v.getFloat64(8 * i, true),
  F32: (v, i) => v.getFloat32(4 * i, true),
  F16: (v, i) => halfToNumber(v.getUint16(2 * i, true)),
  // bfloat16 is the top half of a float32.
  BF16: (v, i) => new Float32Array(new Uint32Array([v.getUint16(2 * i, true) << 16]).buffer)[0]!,
  I64: (v, i) => Number(v.getBigInt64(8 * i, true)),
  I32: (v, i) => v.getInt32(4 * i, true),
  I16: (v, i) => v.getInt16(2 * i, true),
  I8: (v, i) => v.getInt8(i),
  U64: (v, i) => Number(v.getBigUint64(8 * i, true)),
  U32: (v, i) => v.getUint32(4 * i, true),
  U16: (v, i) => v.getUint16(2 * i, true),
  U8: (v, i) => v.getUint8(i),
  BOOL: (v, i) => v.getUint8(i),
};

function widen(view: DataView, dtype: ForeignDtype): Float64Array {
  const n = view.byteLength / FOREIGN_SIZE[dtype];
  const out = new Float64Array(n);
  const read = READ[dtype];
  for (let i = 0; i < n; i++) out[i] = read(view, i);
  return out;
}

/** IEEE 754 binary16 → number (exact). */
function halfToNumber(h: number): number {
  const sign = h & 0x8000 ? -1 : 1;
  const exp = (h >> 10) & 0x1f;
  const frac = h & 0x3ff;
  if (exp === 0) return sign * frac * 2 ** -24;
  if (exp === 0x1f) return frac ? NaN : sign * Infinity;
  return sign * (1 + frac / 1024) * 2 ** (exp - 15);
}
