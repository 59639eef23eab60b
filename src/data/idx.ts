// IDX files (the MNIST / Fashion-MNIST container): two zero bytes, a dtype byte, a rank byte,
// then `rank` big-endian uint32 dimensions, then the values, big-endian, row-major.
// Files may be gzip-compressed as distributed; we detect that by content, not by name.

import { readFileSync, statSync } from 'node:fs';
import { constants as zlibConstants, gunzipSync } from 'node:zlib';
import { DnnError, fail } from '../contract/diagnostics.js';
import { noteInput } from '../contract/inputs.js';

export type IdxDType = 'u8' | 'i8' | 'i16' | 'i32' | 'f32' | 'f64';
export type IdxData = Uint8Array | Int8Array | Int16Array | Int32Array | Float32Array | Float64Array;

export interface IdxArray {
  dtype: IdxDType;
  dims: number[];
  data: IdxData;
}

const DTYPES: Record<number, { dtype: IdxDType; size: number }> = {
  0x08: { dtype: 'u8', size: 1 },
  0x09: { dtype: 'i8', size: 1 },
  0x0b: { dtype: 'i16', size: 2 },
  0x0c: { dtype: 'i32', size: 4 },
  0x0d: { dtype: 'f32', size: 4 },
  0x0e: { dtype: 'f64', size: 8 },
};

/**
 * The most bytes an IDX file may hold, header included, raw or once decompressed (1 GiB; MNIST's
 * largest file is 47 MB). A header promising more is refused before anything is inflated.
 */
export const MAX_IDX_BYTES = 1024 * 1024 * 1024;

/** Reads an IDX file, raw or gzip. Missing → DNN6001; corrupt or truncated → DNN4001. */
export function readIdxFile(path: string): IdxArray {
  let bytes: Uint8Array;
  try {
    // A device or FIFO named as a data file would be read forever.
    const stats = statSync(path);
    if (!stats.isFile()) fail('DNN6020', `${path} is not a regular file`);
    if (stats.size > MAX_IDX_BYTES) fail('DNN4001', `${path} is larger than ${MAX_IDX_BYTES} bytes, the limit for an IDX file`);
    bytes = readFileSync(path);
    noteInput(path, 'IDX data file', stats);
  } catch (e) {
    if (e instanceof DnnError) throw e;
    const code = (e as NodeJS.ErrnoException).code;
    if (code === 'ENOENT') fail('DNN6001', `file not found: ${path}`);
    fail('DNN6001', `cannot read ${path}: ${(e as Error).message}`);
  }
  return parseIdx(bytes, path);
}

/** Parses IDX bytes (gunzipping first if they start with the gzip magic 1f 8b). */
export function parseIdx(input: Uint8Array, name: string): IdxArray {
  const corrupt = (why: string): never => fail('DNN4001', `${name} is not a valid IDX file: ${why}`);
  const bytes = isGzip(input) ? gunzip(input, name, corrupt) : input;

  if (bytes.length < 4) corrupt(`only ${bytes.length} bytes, too short for the header`);
  if (bytes[0] !== 0 || bytes[1] !== 0) corrupt('bad magic number (the first two bytes must be 0)');
  const type = DTYPES[bytes[2]];
  if (!type) corrupt(`unknown data type 0x${bytes[2].toString(16).padStart(2, '0')}`);
  const rank = bytes[3];
  if (rank === 0) corrupt('rank 0');
  const headerEnd = 4 + 4 * rank;
  if (bytes.length < headerEnd) corrupt(`truncated header (${rank} dimensions need ${headerEnd} bytes, file has ${bytes.length})`);

  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  const dims: number[] = [];
  for (let i = 0; i < rank; i++) dims.push(view.getUint32(4 + 4 * i, false));
  const count = dims.reduce((a, b) => a * b, 1);
  const expected = headerEnd + count * type.size;
  if (expected > MAX_IDX_BYTES) corrupt(`dimensions ${dims.join(' × ')} need ${expected} bytes, more than the limit of ${MAX_IDX_BYTES}`);
  if (bytes.length < expected) {
    corrupt(`truncated: dimensions ${dims.join(' × ')} need ${expected} bytes, file has ${bytes.length}`);
  }
  if (bytes.length > expected) {
    corrupt(`${bytes.length - expected} unexpected bytes after the ${dims.join(' × ')} values`);
  }
  return { dtype: type.dtype, dims, data: decode(view, headerEnd, count, type.dtype) };
}

function decode(view: DataView, at: number, n: number, dtype: IdxDType): IdxData {
  switch (dtype) {
    case 'u8':
      return new Uint8Array(view.buffer, view.byteOffset + at, n);
    case 'i8':
      return new Int8Array(view.buffer, view.byteOffset + at, n);
    case 'i16':
      return Int16Array.from({ length: n }, (_, i) => view.getInt16(at + 2 * i, false));
    case 'i32':
      return Int32Array.from({ length: n }, (_, i) => view.getInt32(at + 4 * i, false));
    case 'f32':
      return Float32Array.from({ length: n }, (_, i) => view.getFloat32(at + 4 * i, false));
    case 'f64':
      return Float64Array.from({ length: n }, (_, i) => view.getFloat64(at + 8 * i, false));
  }
}

function isGzip(bytes: Uint8Array): boolean {
  return bytes.length >= 2 && bytes[0] === 0x1f && bytes[1] === 0x8b;
}

/**
 * Inflates a gzip IDX file, but never past the size its header promises: the header is read
 * from a bounded inflate of the first compressed bytes, then the whole file is inflated with
 * that size (+1, to notice a longer one) as the output limit. A "zip bomb" whose header says
 * 10 images but which inflates to gigabytes is refused after inflating 10 images' worth.
 */
function gunzip(bytes: Uint8Array, name: string, corrupt: (why: string) => never): Uint8Array {
  const head = gzipHeaderBytes(bytes, name);
  const expected = expectedSize(head, corrupt);
  if (expected === undefined) return head; // no valid header: parseIdx says what is wrong
  try {
    return gunzipSync(bytes, { maxOutputLength: Math.max(1, expected + 1) });
  } catch (e) {
    if ((e as NodeJS.ErrnoException).code === 'ERR_BUFFER_TOO_LARGE') {
      fail('DNN4002', `${name} decompresses to more than the ${expected} bytes its IDX header promises`, [
        'the file is corrupt, or was made to exhaust memory; it was not decompressed further',
      ]);
    }
    return fail('DNN4001', `${name} is a corrupt or truncated gzip file: ${(e as Error).message}`);
  }
}

/** Bytes from the start of the inflated file, enough for the IDX header when there are any. */
function gzipHeaderBytes(bytes: Uint8Array, name: string): Uint8Array {
  let out: Uint8Array = new Uint8Array(0);
  // Deflate expands at most ~1032:1, so each try inflates at most a few megabytes.
  for (const prefix of [256, 1024, 4096]) {
    try {
      out = gunzipSync(bytes.subarray(0, prefix), { finishFlush: zlibConstants.Z_SYNC_FLUSH });
    } catch (e) {
      fail('DNN4001', `${name} is a corrupt or truncated gzip file: ${(e as Error).message}`);
    }
    if (out.length >= 4 && out.length >= 4 + 4 * out[3]) break;
    if (prefix >= bytes.length) break;
  }
  return out;
}

/** The total size an IDX header promises; undefined if the header is not valid. */
function expectedSize(head: Uint8Array, corrupt: (why: string) => never): number | undefined {
  if (head.length < 4 || head[0] !== 0 || head[1] !== 0 || !DTYPES[head[2]] || head[3] === 0) return undefined;
  const rank = head[3];
  if (head.length < 4 + 4 * rank) return undefined;
  const view = new DataView(head.buffer, head.byteOffset, head.byteLength);
  let count = 1;
  for (let i = 0; i < rank; i++) count *= view.getUint32(4 + 4 * i, false);
  const expected = 4 + 4 * rank + count * DTYPES[head[2]].size;
  if (expected > MAX_IDX_BYTES) corrupt(`its header promises ${expected} bytes, more than the limit of ${MAX_IDX_BYTES}`);
  return expected;
}

/** Encodes bytes as an uncompressed u8 IDX file (for tests and for exporting data). */
export function encodeIdxU8(dims: readonly number[], data: Uint8Array): Uint8Array {
  const size = dims.reduce((a, b) => a * b, 1);
  if (size !== data.length) throw new RangeError(`encodeIdxU8: ${data.length} values for dims ${dims.join(' × ')}`);
  const out = new Uint8Array(4 + 4 * dims.length + data.length);
  const view = new DataView(out.buffer);
  out[2] = 0x08;
  out[3] = dims.length;
  dims.forEach((d, i) => view.setUint32(4 + 4 * i, d, false));
  out.set(data, 4 + 4 * dims.length);
  return out;
}
