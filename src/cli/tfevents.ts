// TensorBoard event files, written by hand: a TFRecord stream (length, masked CRC32C of the
// length, data, masked CRC32C of the data) of `Event` protobufs. Only the few fields scalars need
// are encoded: Event.wall_time (1, double), Event.step (2, int64), Event.file_version (3, string),
// Event.summary (5) → Summary.value (1) → Value.tag (1, string), Value.simple_value (2, float).

const CRC_TABLE = (() => {
  const t = new Uint32Array(256);
  for (let i = 0; i < 256; i++) {
    let c = i;
    for (let k = 0; k < 8; k++) c = c & 1 ? (c >>> 1) ^ 0x82f63b78 : c >>> 1;
    t[i] = c >>> 0;
  }
  return t;
})();

/** CRC-32C (Castagnoli), as TFRecord uses. */
export function crc32c(bytes: Uint8Array): number {
  let c = 0xffffffff;
  for (const b of bytes) c = CRC_TABLE[(c ^ b) & 0xff]! ^ (c >>> 8);
  return (c ^ 0xffffffff) >>> 0;
}

/** TFRecord's masked CRC: rotate right by 15 and add a constant, so CRCs of CRCs stay strong. */
export function maskedCrc(bytes: Uint8Array): number {
  const c = crc32c(bytes);
  return ((((c >>> 15) | (c << 17)) >>> 0) + 0xa282ead8) >>> 0;
}

function varint(n: number): number[] {
  const out: number[] = [];
  let v = BigInt(n);
  do {
    let b = Number(v & 0x7fn);
    v >>= 7n;
    if (v) b |= 0x80;
    out.push(b);
  } while (v);
  return out;
}

const key = (field: number, wire: number) => varint((field << 3) | wire);
const lengthDelimited = (field: number, body: readonly number[] | Uint8Array) => [...key(field, 2), ...varint(body.length), ...body];

function double(field: number, v: number): number[] {
  const b = new Uint8Array(8);
  new DataView(b.buffer).setFloat64(0, v, true);
  return [...key(field, 1), ...b];
}

function float(field: number, v: number): number[] {
  const b = new Uint8Array(4);
  new DataView(b.buffer).setFloat32(0, v, true);
  return [...key(field, 5), ...b];
}

/** One Event protobuf: the file-version header when `scalars` is undefined, else a summary of scalars. */
export function encodeEvent(wallTime: number, step: number, scalars?: Record<string, number>): Uint8Array {
  const body = [...double(1, wallTime), ...key(2, 0), ...varint(step)];
  if (!scalars) body.push(...lengthDelimited(3, new TextEncoder().encode('brain.Event:2')));
  else {
    const values = Object.entries(scalars).flatMap(([tag, v]) => lengthDelimited(1, [...lengthDelimited(1, new TextEncoder().encode(tag)), ...float(2, v)]));
    body.push(...lengthDelimited(5, values));
  }
  return Uint8Array.from(body);
}

/** One TFRecord around `data`. */
export function tfRecord(data: Uint8Array): Uint8Array {
  const out = new Uint8Array(16 + data.length);
  const dv = new DataView(out.buffer);
  dv.setBigUint64(0, BigInt(data.length), true);
  dv.setUint32(8, maskedCrc(out.subarray(0, 8)), true);
  out.set(data, 12);
  dv.setUint32(12 + data.length, maskedCrc(data), true);
  return out;
}

/** An event file's name as TensorBoard looks for it (`events.out.tfevents.<time>.<host>`). */
export function eventFileName(wallTime: number, host: string): string {
  return `events.out.tfevents.${Math.floor(wallTime)}.${host.replace(/[^A-Za-z0-9._-]/g, '_') || 'dnnc'}`;
}
