// safetensors (the format PyTorch and Hugging Face read): an 8-byte little-endian header length,
// a JSON header {name: {dtype, shape, data_offsets}, __metadata__: {string: string}}, then the
// raw little-endian data. Browser-safe; the Node side adds atomic file writes.
import { fail } from '../contract/diagnostics.js';

export interface NamedTensor {
  readonly name: string;
  readonly dtype: 'f32' | 'i32' | 'u32';
  readonly shape: readonly number[];
  readonly data: Float32Array | Int32Array | Uint32Array;
}

const TO_ST = { f32: 'F32', i32: 'I32', u32: 'U32' } as const;
const FROM_ST: Record<string, NamedTensor['dtype']> = { F32: 'f32', I32: 'i32', U32: 'u32' };

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

export function decodeSafetensors(bytes: Uint8Array, what = 'checkpoint'): { tensors: Map<string, NamedTensor>; metadata: Record<string, string> } {
  const bad = (why: string): never => fail('DNN4001', `${what} is not a valid safetensors file: ${why}`);
  if (bytes.length < 8) bad('it is shorter than its 8-byte header length');
  const n = Number(new DataView(bytes.buffer, bytes.byteOffset, 8).getBigUint64(0, true));
  if (8 + n > bytes.length) bad(`its header claims ${n} bytes but the file has ${bytes.length - 8}`);
  let header: Record<string, { dtype: string; shape: number[]; data_offsets: [number, number] } | Record<string, string>>;
  try {
    header = JSON.parse(new TextDecoder().decode(bytes.subarray(8, 8 + n)));
  } catch {
    return bad('its header is not JSON');
  }
  const base = 8 + n;
  const tensors = new Map<string, NamedTensor>();
  for (const [name, entry] of Object.entries(header)) {
    if (name === '__metadata__') continue;
    const e = entry as { dtype: string; shape: number[]; data_offsets: [number, number] };
    const dtype = FROM_ST[e.dtype];
    if (!dtype) bad(`tensor '${name}' has unsupported dtype ${e.dtype}`);
    const [start, end] = e.data_offsets;
    const count = e.shape.reduce((a, b) => a * b, 1);
    if (end - start !== count * 4 || base + end > bytes.length) bad(`tensor '${name}' has inconsistent offsets`);
    // A copy, aligned for the typed array (Node's Buffer.slice would return a view instead).
    const copy = new Uint8Array(end - start);
    copy.set(bytes.subarray(base + start, base + end));
    const data = dtype === 'f32' ? new Float32Array(copy.buffer) : dtype === 'i32' ? new Int32Array(copy.buffer) : new Uint32Array(copy.buffer);
    tensors.set(name, { name, dtype: dtype!, shape: e.shape, data });
  }
  return { tensors, metadata: (header['__metadata__'] as Record<string, string>) ?? {} };
}
