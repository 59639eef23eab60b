// `dnnc predict --input FILE`: a user's own examples as the model's feature rows. A PNG image
// (made gray, and resized when the model's input is an image of another size), a CSV file of
// rows (a header; a label column, if present, is ignored), or a .npy array. Sizes are bounded
// before decoding; every value is checked.
import { PNG } from 'pngjs';
import { fail } from '../contract/diagnostics.js';
import { decodeNpy, type NpyArray } from '../data/npy.js';
import { LABEL, readCsvTable } from '../data/csv.js';
import { MAX_NPZ_BYTES, npyFeatures } from '../data/index.js';
import { readFileOrFail } from '../runtime/files.js';
import { checkPng } from './png.js';

/** The largest PNG file read (its size in pixels is bounded by checkPng). */
const MAX_PNG_BYTES = 64 * 2 ** 20;

export interface InputRows {
  /** count × features values, row-major, as the model takes them (pixels in [0, 1]). */
  x: Float32Array;
  count: number;
  /** Labels found in a CSV's label column, shown beside the predictions. */
  labels?: number[];
}

export interface InputOptions {
  /** One example's shape, as the model's features input declares it. */
  example: readonly number[];
  labelColumn?: string;
  /** PNG: invert the gray values (a dark digit on a light background, for MNIST-style models). */
  invert?: boolean;
  note: (s: string) => void;
}

export function readInputs(file: string, o: InputOptions): InputRows {
  const features = o.example.reduce((a, b) => a * b, 1);
  if (/\.png$/i.test(file)) return { x: readPng(file, o), count: 1 };
  if (/\.csv$/i.test(file)) return readCsvRows(file, features, o.labelColumn ?? 'label');
  if (/\.npy$/i.test(file)) return readNpyRows(file, features);
  return fail('DNN4057', `--input '${file}' is not a .png, .csv or .npy file`, ['give an image (PNG), rows of features (CSV with a header), or a NumPy array (.npy)']);
}

function readCsvRows(file: string, features: number, labelColumn: string): InputRows {
  let li = -1;
  const t = readCsvTable(file, (header) => {
    li = header.indexOf(labelColumn);
    const width = header.length - (li >= 0 ? 1 : 0);
    if (width !== features) fail('DNN4056', `${file}: ${width} feature columns, but the model takes ${features} features per example`, li < 0 ? [`a label column named '${labelColumn}' would be ignored`] : []);
    return { columns: Int32Array.from(header, (_, c) => (c === li ? LABEL : c < li || li < 0 ? c : c - 1)), features };
  });
  return { x: t.x, count: t.count, ...(li >= 0 ? { labels: Array.from(t.y) } : {}) };
}

function readNpyRows(file: string, features: number): InputRows {
  return npyRows(decodeNpy(readFileOrFail(file, '--input', MAX_NPZ_BYTES), file), file, features);
}

/** An array's examples (shape = one example's, or (n, ...example)) as feature rows; `file` names it in errors. */
export function npyRows(a: NpyArray, file: string, features: number): InputRows {
  const per = a.shape.slice(1).reduce((p, q) => p * q, 1);
  const whole = a.shape.reduce((p, q) => p * q, 1);
  // One example (shape = the example's) or a batch (n, ...example).
  const count = whole === features && per !== features ? 1 : per === features && a.shape.length >= 2 ? a.shape[0]! : -1;
  if (count < 0) fail('DNN4056', `${file} has shape (${a.shape.join(', ')}); the model takes ${features} features per example: give (n, ${features}) or one example`);
  const f = npyFeatures(a, file, features);
  const x = f.xEncoding === 'u8' ? Float32Array.from(f.x, (v) => v / 255) : (f.x as Float32Array);
  return { x, count };
}

/** The image's size the model takes: [h, w] from an image-shaped input, or a square of a flat one of at least 8×8. */
function imageSize(example: readonly number[]): [number, number] {
  if (example.length >= 2 && (example.length === 2 || example[2] === 1)) return [example[0]!, example[1]!];
  const n = example.reduce((a, b) => a * b, 1);
  const side = Math.round(Math.sqrt(n));
  // A flat input of a square number of features (784) is a square image; a handful of features is not.
  if (example.length === 1 && side * side === n && side >= 8) return [side, side];
  return fail('DNN4056', `a PNG input needs a model whose input is a gray image; this one takes (${example.join(', ')})`);
}

function readPng(file: string, o: InputOptions): Float32Array {
  const [h, w] = imageSize(o.example);
  const bytes = readFileOrFail(file, '--input', MAX_PNG_BYTES);
  // Its size on each side, its chunks and how far its data inflates, checked before pngjs decodes it.
  checkPng(bytes, file);
  let png: PNG;
  try {
    png = PNG.sync.read(Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength));
  } catch (e) {
    return fail('DNN4058', `${file} is not a valid PNG image: ${e instanceof Error ? e.message : String(e)}`);
  }
  const gray = toGray(png, file, o.note);
  if (o.invert) for (let i = 0; i < gray.length; i++) gray[i] = 1 - gray[i]!;
  const mean = gray.reduce((a, b) => a + b, 0) / gray.length;
  if (!o.invert && mean > 0.5) o.note(`${file}: mostly light; MNIST-style models expect a light digit on a dark background (try --invert)`);
  if (png.width === w && png.height === h) return gray;
  o.note(`${file}: resized from ${png.width}×${png.height} to the model's ${w}×${h}`);
  return resize(gray, png.width, png.height, w, h);
}

/** RGBA → gray in [0, 1] (ITU-R 601 luma), transparent pixels over black. */
function toGray(png: PNG, file: string, note: (s: string) => void): Float32Array {
  const out = new Float32Array(png.width * png.height);
  let colour = false;
  for (let i = 0; i < out.length; i++) {
    const [r, g, b, a] = [png.data[4 * i]!, png.data[4 * i + 1]!, png.data[4 * i + 2]!, png.data[4 * i + 3]!];
    if (r !== g || g !== b) colour = true;
    out[i] = ((0.299 * r + 0.587 * g + 0.114 * b) / 255) * (a / 255);
  }
  if (colour) note(`${file}: a colour image, converted to gray`);
  return out;
}

/** Area-averaging resize: each target pixel is the mean of the source area it covers (a box filter; blocky when enlarging). */
function resize(src: Float32Array, sw: number, sh: number, dw: number, dh: number): Float32Array {
  const out = new Float32Array(dw * dh);
  for (let y = 0; y < dh; y++) {
    for (let x = 0; x < dw; x++) {
      const [x0, x1] = [(x * sw) / dw, ((x + 1) * sw) / dw];
      const [y0, y1] = [(y * sh) / dh, ((y + 1) * sh) / dh];
      let sum = 0;
      let area = 0;
      for (let sy = Math.floor(y0); sy < Math.min(sh, Math.ceil(y1)); sy++) {
        for (let sx = Math.floor(x0); sx < Math.min(sw, Math.ceil(x1)); sx++) {
          const wgt = (Math.min(x1, sx + 1) - Math.max(x0, sx)) * (Math.min(y1, sy + 1) - Math.max(y0, sy));
          sum += src[sy * sw + sx]! * wgt;
          area += wgt;
        }
      }
      out[y * dw + x] = area > 0 ? sum / area : 0;
    }
  }
  return out;
}
