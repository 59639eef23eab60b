// The entries of a zip file (what numpy.savez writes), read from its central directory without
// inflating anything; an entry is then inflated on demand, its first bytes only or the whole of
// it, never past the size its directory gives: a deflate stream that inflates further is
// refused there.
import { constants as zlib, inflateRawSync } from 'node:zlib';

export interface ZipEntry {
  readonly name: string;
  /** 0: stored, 8: deflated. */
  readonly method: number;
  /** The compressed bytes of the entry. */
  readonly data: Uint8Array;
  /** Its size once inflated, as the directory says. */
  readonly size: number;
}

/** Thrown for a broken zip; the caller words it. */
export class ZipError extends Error {}

const u16 = (d: DataView, o: number): number => d.getUint16(o, true);
const u32 = (d: DataView, o: number): number => d.getUint32(o, true);
const u64 = (d: DataView, o: number): number => {
  const v = d.getBigUint64(o, true);
  if (v > BigInt(Number.MAX_SAFE_INTEGER)) throw new ZipError('a zip64 size is out of range');
  return Number(v);
};

/** The directory of the zip in `bytes`. */
export function zipEntries(bytes: Uint8Array): ZipEntry[] {
  const d = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  let e = bytes.length - 22;
  while (e >= 0 && !(u32(d, e) === 0x06054b50 && e + 22 + u16(d, e + 20) === bytes.length)) {
    if (bytes.length - e > 22 + 65535) e = -1;
    else e--;
  }
  if (e < 0) throw new ZipError('no end of central directory (not a zip file, or a truncated one)');
  let count = u16(d, e + 10);
  let at = u32(d, e + 16);
  if (e >= 20 && u32(d, e - 20) === 0x07064b50) {
    const z = u64(d, e - 12);
    if (z + 56 > bytes.length || u32(d, z) !== 0x06064b50) throw new ZipError('a broken zip64 end of central directory');
    count = u64(d, z + 32);
    at = u64(d, z + 48);
  }
  if (count > bytes.length / 46) throw new ZipError(`a directory of ${count} entries does not fit the file`);
  const out: ZipEntry[] = [];
  for (let i = 0; i < count; i++) {
    const [entry, next] = centralEntry(bytes, d, at);
    out.push(entry);
    at = next;
  }
  return out;
}

/** One central directory record at `at`: the entry, and where the next record starts. */
function centralEntry(bytes: Uint8Array, d: DataView, at: number): [ZipEntry, number] {
  if (at + 46 > bytes.length || u32(d, at) !== 0x02014b50) throw new ZipError('a broken central directory');
  const [nameLen, extraLen, commentLen] = [u16(d, at + 28), u16(d, at + 30), u16(d, at + 32)];
  if (at + 46 + nameLen + extraLen > bytes.length) throw new ZipError('a broken central directory');
  const name = new TextDecoder().decode(bytes.subarray(at + 46, at + 46 + nameLen));
  if (u16(d, at + 8) & 1) throw new ZipError(`entry '${name}' is encrypted`);
  let [packed, size, local] = [u32(d, at + 20), u32(d, at + 24), u32(d, at + 42)];
  // zip64: the sizes and offset that do not fit 32 bits follow in extra field 1, in this order.
  for (let x = at + 46 + nameLen; x + 4 <= at + 46 + nameLen + extraLen; x += 4 + u16(d, x + 2)) {
    if (u16(d, x) !== 1) continue;
    let f = x + 4;
    const next = (): number => {
      if (f + 8 > x + 4 + u16(d, x + 2)) throw new ZipError(`entry '${name}' has a short zip64 field`);
      f += 8;
      return u64(d, f - 8);
    };
    if (size === 0xffffffff) size = next();
    if (packed === 0xffffffff) packed = next();
    if (local === 0xffffffff) local = next();
  }
  if (local + 30 > bytes.length || u32(d, local) !== 0x04034b50) throw new ZipError(`entry '${name}' has no local header`);
  const start = local + 30 + u16(d, local + 26) + u16(d, local + 28);
  if (start + packed > bytes.length) throw new ZipError(`entry '${name}' runs past the end of the file`);
  return [{ name, method: u16(d, at + 10), data: bytes.subarray(start, start + packed), size }, at + 46 + nameLen + extraLen + commentLen];
}

/**
 * The entry's first bytes, at most `max` (fewer if it is shorter), from a prefix of its
 * compressed bytes: deflate expands at most ~1,032:1, so this inflates a few MB at most.
 */
export function inflateHead(e: ZipEntry, max: number): Uint8Array {
  if (e.method === 0) return e.data.subarray(0, max);
  checkMethod(e);
  let out: Uint8Array = new Uint8Array(0);
  for (const prefix of [1024, max + 1024]) {
    out = inflateRawSync(e.data.subarray(0, prefix), { finishFlush: zlib.Z_SYNC_FLUSH });
    if (out.length >= max || prefix >= e.data.length) break;
  }
  return out.subarray(0, max);
}

/**
 * The whole entry, inflated into one buffer of the size its directory gives (zlib's output
 * limit stops a longer stream there); a stream that inflates to more or less is a ZipError.
 */
export function inflateEntry(e: ZipEntry): Uint8Array {
  if (e.method === 0) {
    if (e.data.length !== e.size) throw new ZipError(`stored entry '${e.name}' holds ${e.data.length} bytes, its directory says ${e.size}`);
    return e.data;
  }
  checkMethod(e);
  let out: Uint8Array;
  try {
    out = inflateRawSync(e.data, { maxOutputLength: e.size + 1, chunkSize: Math.max(64, e.size + 1) });
  } catch (err) {
    if ((err as NodeJS.ErrnoException).code === 'ERR_BUFFER_TOO_LARGE') throw new ZipError(`entry '${e.name}' inflates to more than the ${e.size} bytes its directory says`);
    throw err;
  }
  if (out.length > e.size) throw new ZipError(`entry '${e.name}' inflates to more than the ${e.size} bytes its directory says`);
  if (out.length < e.size) throw new ZipError(`entry '${e.name}' inflates to ${out.length} bytes, its directory says ${e.size}`);
  return out;
}

function checkMethod(e: ZipEntry): void {
  if (e.method !== 8) throw new ZipError(`entry '${e.name}' uses compression method ${e.method} (deflate and stored are read)`);
}
