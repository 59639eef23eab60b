// An independent minimal reader of TensorBoard event files (TFRecord framing, the Event and
// Summary protobuf fields scalars use), to check what dnnc writes without dnnc's encoder.
import { expect } from 'vitest';

/** CRC-32C bit by bit (no table: independent of dnnc's), masked as TFRecord does. */
function maskedCrc(bytes: Uint8Array): number {
  let c = ~0 >>> 0;
  for (const b of bytes) {
    c ^= b;
    for (let k = 0; k < 8; k++) c = c & 1 ? (c >>> 1) ^ 0x82f63b78 : c >>> 1;
  }
  c = ~c >>> 0;
  return ((((c >>> 15) | (c << 17)) >>> 0) + 0xa282ead8) >>> 0;
}

/** An independent minimal TFRecord + protobuf reader for the scalar events dnnc writes. */
export function readEvents(bytes: Uint8Array): { step: number; wallTime: number; version?: string; scalars: Record<string, number> }[] {
  const dv = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  const out = [];
  for (let at = 0; at < bytes.length;) {
    const len = Number(dv.getBigUint64(at, true));
    expect(dv.getUint32(at + 8, true)).toBe(maskedCrc(bytes.subarray(at, at + 8)));
    const data = bytes.subarray(at + 12, at + 12 + len);
    expect(dv.getUint32(at + 12 + len, true)).toBe(maskedCrc(data));
    out.push(parseEvent(data));
    at += 16 + len;
  }
  return out;
}

function fields(b: Uint8Array): [number, number, Uint8Array | number][] {
  const res: [number, number, Uint8Array | number][] = [];
  let i = 0;
  const varint = () => {
    let v = 0, shift = 0, byte;
    do {
      byte = b[i++]!;
      v += (byte & 0x7f) * 2 ** shift;
      shift += 7;
    } while (byte & 0x80);
    return v;
  };
  while (i < b.length) {
    const key = varint();
    const [field, wire] = [key >>> 3, key & 7];
    if (wire === 0) res.push([field, wire, varint()]);
    else if (wire === 1) res.push([field, wire, b.subarray(i, (i += 8))]);
    else if (wire === 5) res.push([field, wire, b.subarray(i, (i += 4))]);
    else if (wire === 2) {
      const n = varint();
      res.push([field, wire, b.subarray(i, (i += n))]);
    } else throw new Error(`wire type ${wire}`);
  }
  return res;
}

function parseEvent(b: Uint8Array) {
  const e: { step: number; wallTime: number; version?: string; scalars: Record<string, number> } = { step: 0, wallTime: 0, scalars: {} };
  const f64 = (x: Uint8Array) => new DataView(x.buffer, x.byteOffset, 8).getFloat64(0, true);
  const f32 = (x: Uint8Array) => new DataView(x.buffer, x.byteOffset, 4).getFloat32(0, true);
  for (const [field, , v] of fields(b)) {
    if (field === 1) e.wallTime = f64(v as Uint8Array);
    if (field === 2) e.step = v as number;
    if (field === 3) e.version = new TextDecoder().decode(v as Uint8Array);
    if (field === 5) {
      for (const [, , value] of fields(v as Uint8Array)) {
        const parts = fields(value as Uint8Array);
        const tag = new TextDecoder().decode(parts.find((p) => p[0] === 1)![2] as Uint8Array);
        e.scalars[tag] = f32(parts.find((p) => p[0] === 2)![2] as Uint8Array);
      }
    }
  }
  return e;
}

