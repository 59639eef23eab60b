// A PNG checked before pngjs decodes it, so its cost is bounded by the image it declares: the
// chunks are walked (signature, IHDR first, IDAT data, IEND last), the size is bounded on each
// side as well as in pixels (a 1×16,777,216 strip costs pngjs a minute), and the image data is
// inflated once with a cap of exactly the bytes the header predicts (interlaced or not): a
// stream that inflates further, or less far (a truncated file), is refused.
import { inflateSync } from 'node:zlib';
import { fail } from '../contract/diagnostics.js';

/** The most pixels on each side of a PNG input (so at most 4096 × 4096 in all). */
export const MAX_PNG_SIDE = 4096;

const SIGNATURE = [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a];
/** Channels per colour type: gray, -, RGB, palette, gray+alpha, -, RGBA. */
const CHANNELS: Readonly<Record<number, number>> = { 0: 1, 2: 3, 3: 1, 4: 2, 6: 4 };
/** Adam7's passes: x start, y start, x step, y step. */
const ADAM7 = [[0, 0, 8, 8], [4, 0, 8, 8], [0, 4, 4, 8], [2, 0, 4, 4], [0, 2, 2, 4], [1, 0, 2, 2], [0, 1, 1, 2]] as const;

export interface PngHeader {
  width: number;
  height: number;
}

/** Checks `bytes` as a PNG that decodes within its declared size; DNN4058 otherwise. */
export function checkPng(bytes: Uint8Array, file: string): PngHeader {
  const bad = (why: string): never => fail('DNN4058', `${file} ${why}`);
  const dv = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  if (bytes.length < 33 || !SIGNATURE.every((b, i) => bytes[i] === b) || dv.getUint32(12) !== 0x49484452 || dv.getUint32(8) !== 13) bad('is not a PNG image');
  const [width, height, depth, colour, interlace] = [dv.getUint32(16), dv.getUint32(20), bytes[24]!, bytes[25]!, bytes[28]!];
  if (width === 0 || height === 0) bad(`is an empty image (${width}×${height} pixels)`);
  if (width > MAX_PNG_SIDE || height > MAX_PNG_SIDE) bad(`is ${width}×${height} pixels; dnnc reads at most ${MAX_PNG_SIDE} on each side`);
  const channels = CHANNELS[colour];
  if (channels === undefined || ![1, 2, 4, 8, 16].includes(depth) || interlace > 1) bad(`has an invalid header (colour type ${colour}, bit depth ${depth}, interlace ${interlace})`);
  const idat = imageData(bytes, dv, bad);
  const want = inflatedSize(width, height, channels! * depth, interlace === 1);
  let got: number;
  try {
    got = inflateSync(idat, { maxOutputLength: want }).length;
  } catch (e) {
    const why = e instanceof RangeError || (e as NodeJS.ErrnoException).code === 'ERR_BUFFER_TOO_LARGE' ? `its image data inflates to more than the ${want} bytes a ${width}×${height} image holds` : `is truncated or corrupt (${(e as Error).message})`;
    return bad(why);
  }
  if (got !== want) bad(`is truncated: its image data inflates to ${got} of the ${want} bytes a ${width}×${height} image holds`);
  return { width, height };
}

/** The IDAT chunks' data, joined; every chunk must fit the file and the last be IEND. */
function imageData(bytes: Uint8Array, dv: DataView, bad: (why: string) => never): Uint8Array {
  const parts: Uint8Array[] = [];
  let at = 8;
  for (;;) {
    if (at + 12 > bytes.length) bad('is truncated (it ends before its IEND chunk)');
    const len = dv.getUint32(at);
    const type = dv.getUint32(at + 4);
    if (len > bytes.length - at - 12) bad('is truncated (a chunk runs past the end of the file)');
    if (type === 0x49444154) parts.push(bytes.subarray(at + 8, at + 8 + len));
    at += 12 + len;
    if (type === 0x49454e44) break;
  }
  if (!parts.length) bad('has no image data (no IDAT chunk)');
  return parts.length === 1 ? parts[0]! : Buffer.concat(parts);
}

/** The bytes of the filtered scanlines: a filter byte and the row's bytes per row, per Adam7 pass when interlaced. */
function inflatedSize(width: number, height: number, bitsPerPixel: number, interlaced: boolean): number {
  const rows = (w: number, h: number): number => (w && h ? h * (1 + Math.ceil((w * bitsPerPixel) / 8)) : 0);
  if (!interlaced) return rows(width, height);
  return ADAM7.reduce((sum, [x0, y0, dx, dy]) => sum + rows(Math.ceil(Math.max(0, width - x0) / dx), Math.ceil(Math.max(0, height - y0) / dy)), 0);
}
