// Data read from disk as it trains: feature rows of fixed size, read by row with pread, so a
// split larger than memory trains with host memory bounded by the runtime's chunks (see
// src/runtime/stream.ts), not by the data. Labels are read whole (1 byte an example on disk, 4
// in memory). An uncompressed IDX directory (the MNIST layout) whose training images exceed the
// data budget is opened this way; a smaller one, or a gzip one, is read into memory as before.
// A file is checked where it is opened (header, dimensions, exact size) and again before every
// pass over it: a file that changed size since is DNN4060, as is a row read short (truncated
// mid-epoch).
import { closeSync, existsSync, fstatSync, openSync, readSync, statSync, type Stats } from 'node:fs';
import { join } from 'node:path';
import { DnnError, fail } from '../contract/diagnostics.js';
import { noteInput } from '../contract/inputs.js';
import { IDX_VAL_COUNT } from './fashion.js';

/** Rows of one feature input, read on demand (the runtime's RowSource, structurally). */
export interface RowReader {
  readonly count: number;
  readonly features: number;
  readonly encoding: 'u8' | 'f32';
  check(): void;
  read(rows: Uint32Array, n: number, out: Uint8Array): void;
}

/** A split whose features stay on disk. */
export interface RowSplit {
  readonly count: number;
  readonly features: number;
  readonly y: Int32Array;
  readonly rows: RowReader;
}

export interface DiskDataset {
  readonly name: string;
  readonly train: RowSplit;
  readonly val: RowSplit;
  readonly test: RowSplit;
  readonly classes: number;
  readonly features: number;
  /** Closes the files. */
  close(): void;
}

/** Where a file's rows lie: `count` rows of `rowBytes` from byte `offset` of a file of `size` bytes. */
export interface RowFile {
  readonly path: string;
  readonly fd: number;
  readonly size: number;
  readonly offset: number;
  readonly rowBytes: number;
}

/**
 * Rows of a row file: row i of the split is row rowOf(i) of the file. u8 rows are pixel bytes;
 * f32 rows (little-endian, as .npy stores them) are checked finite as they are read (DNN4051).
 */
export function fileRows(file: RowFile, rowOf: (i: number) => number, count: number, features: number, encoding: 'u8' | 'f32' = 'u8'): RowReader {
  return {
    count, features, encoding,
    check: () => checkSize(file),
    read(rows, n, out) {
      // Runs of consecutive rows (evaluation reads in order) are one read each.
      for (let i = 0; i < n; ) {
        const first = rowOf(rows[i]!);
        let j = i + 1;
        while (j < n && rowOf(rows[j]!) === first + (j - i)) j++;
        readAt(file, out, i * file.rowBytes, (j - i) * file.rowBytes, file.offset + first * file.rowBytes);
        i = j;
      }
      if (encoding === 'f32') checkFinite(file, out, n, features, (i) => rowOf(rows[i]!));
    },
  };
}

function checkFinite(file: RowFile, out: Uint8Array, n: number, features: number, rowOf: (i: number) => number): void {
  const v = new Float32Array(out.buffer, out.byteOffset, n * features);
  for (let k = 0; k < v.length; k++) {
    if (!Number.isFinite(v[k]!)) fail('DNN4051', `${file.path}: x row ${rowOf(Math.floor(k / features))}, column ${k % features}: ${v[k]} is not a finite number`);
  }
}

function checkSize(file: RowFile): void {
  let size: number;
  try {
    size = fstatSync(file.fd).size;
  } catch (e) {
    return fail('DNN4060', `${file.path} can no longer be read: ${(e as Error).message}`);
  }
  if (size !== file.size) fail('DNN4060', `${file.path} changed size while training (${file.size} bytes when opened, ${size} now)`, ['a data file must not change during a run']);
}

export function readAt(file: RowFile, out: Uint8Array, at: number, bytes: number, position: number): void {
  let got = 0;
  try {
    while (got < bytes) {
      const n = readSync(file.fd, out, at + got, bytes - got, position + got);
      if (n === 0) break;
      got += n;
    }
  } catch (e) {
    fail('DNN4060', `${file.path}: cannot read bytes ${position}…${position + bytes}: ${(e as Error).message}`);
  }
  if (got < bytes) fail('DNN4060', `${file.path} was truncated while training: bytes ${position}…${position + bytes} read ${got} of ${bytes}`, ['a data file must not change during a run']);
}

const FILES = { trainImages: 'train-images-idx3-ubyte', trainLabels: 'train-labels-idx1-ubyte', testImages: 't10k-images-idx3-ubyte', testLabels: 't10k-labels-idx1-ubyte' } as const;

/**
 * An IDX directory opened for reading as it trains, when its four files are uncompressed and its
 * training images hold more than `threshold` bytes (or always, with threshold 0); otherwise
 * undefined (load it into memory). The splits are loadIdxDirectory's: validation the first
 * 5,000 training images, training the rest, test the t10k images.
 */
export function openIdxRows(dir: string, threshold: number): DiskDataset | undefined {
  if (!existsSync(dir) || !statSync(dir).isDirectory()) return undefined;
  const paths = Object.values(FILES).map((f) => join(dir, f));
  if (!paths.every((p) => existsSync(p))) return undefined;
  if (statSync(paths[0]!).size <= threshold) return undefined;
  const opened: RowFile[] = [];
  try {
    const [trainImages, trainLabels, testImages, testLabels] = paths.map((p) => {
      const f = openIdx(p);
      opened.push(f);
      return f;
    }) as [IdxFile, IdxFile, IdxFile, IdxFile];
    return idxDataset(dir, trainImages, trainLabels, testImages, testLabels, () => opened.forEach((f) => closeSync(f.fd)));
  } catch (e) {
    for (const f of opened) closeSync(f.fd);
    throw e;
  }
}

function idxDataset(dir: string, im: IdxFile, lb: IdxFile, tim: IdxFile, tlb: IdxFile, close: () => void): DiskDataset {
  for (const [images, labels] of [[im, lb], [tim, tlb]] as const) {
    if (images.dims.length < 2) fail('DNN4001', `${images.path}: expected images of rank ≥ 2, got rank ${images.dims.length}`);
    if (labels.dims.length !== 1) fail('DNN4001', `${labels.path}: expected a rank-1 label vector, got rank ${labels.dims.length}`);
    if (labels.dims[0] !== images.dims[0]) fail('DNN4001', `${labels.path} has ${labels.dims[0]} labels but ${images.path} has ${images.dims[0]} images`);
  }
  const features = im.rowBytes;
  if (tim.rowBytes !== features) fail('DNN4001', `${dir}: training images have ${features} pixels, test images ${tim.rowBytes}`);
  const count = im.dims[0]!;
  if (count <= IDX_VAL_COUNT) fail('DNN4001', `${dir}: ${count} training images; at least ${IDX_VAL_COUNT + 1} are needed (the first ${IDX_VAL_COUNT} become the validation split)`);
  const [y, ty] = [readLabels(lb), readLabels(tlb)];
  let maxLabel = 0;
  for (const v of y) maxLabel = Math.max(maxLabel, v);
  for (const v of ty) maxLabel = Math.max(maxLabel, v);
  const split = (f: IdxFile, labels: Int32Array, first: number, n: number): RowSplit => ({ count: n, features, y: labels.subarray(first, first + n), rows: fileRows(f, (i) => first + i, n, features) });
  return {
    name: dir, features, classes: Math.max(10, maxLabel + 1), close,
    train: split(im, y, IDX_VAL_COUNT, count - IDX_VAL_COUNT),
    val: split(im, y, 0, IDX_VAL_COUNT),
    test: split(tim, ty, 0, tim.dims[0]!),
  };
}

interface IdxFile extends RowFile {
  readonly dims: readonly number[];
}

/**
 * Opens a data file read as it trains: a regular file (DNN6020 otherwise), registered as one of
 * the run's inputs (so no output may replace it); the caller closes `fd`.
 */
export function openRegularFile(path: string, what: string): { fd: number; stats: Stats } {
  let fd: number;
  try {
    fd = openSync(path, 'r');
  } catch (e) {
    return fail('DNN6001', `cannot read ${path}: ${(e as Error).message}`);
  }
  try {
    const stats = fstatSync(fd);
    if (!stats.isFile()) fail('DNN6020', `${path} is not a regular file`);
    noteInput(path, what, stats);
    return { fd, stats };
  } catch (e) {
    closeSync(fd);
    throw e;
  }
}

/** Opens an uncompressed u8 IDX file and checks its header against its size (the data stays on disk). */
function openIdx(path: string): IdxFile {
  const { fd, stats } = openRegularFile(path, 'IDX data file');
  try {
    const head = new Uint8Array(4 + 4 * 255);
    const got = readSync(fd, head, 0, head.length, 0);
    const bad = (why: string): never => fail('DNN4001', `${path} is not a valid IDX file: ${why}`);
    if (got < 4 || head[0] !== 0 || head[1] !== 0) bad('bad magic number (the first two bytes must be 0)');
    if (head[2] !== 0x08) bad(`data type 0x${head[2]!.toString(16).padStart(2, '0')}: a file read as it trains holds unsigned bytes (0x08)`);
    const rank = head[3]!;
    if (rank === 0 || got < 4 + 4 * rank) bad(`truncated header (rank ${rank})`);
    const view = new DataView(head.buffer);
    const dims = Array.from({ length: rank }, (_, i) => view.getUint32(4 + 4 * i, false));
    const offset = 4 + 4 * rank;
    const rowBytes = dims.slice(1).reduce((a, b) => a * b, 1);
    const expected = offset + dims[0]! * rowBytes;
    if (stats.size !== expected) bad(`dimensions ${dims.join(' × ')} need ${expected} bytes, the file has ${stats.size}`);
    if (rowBytes > 2 ** 30) bad(`a row of ${rowBytes} bytes is larger than the 1 GiB a row may hold`);
    return { path, fd, size: stats.size, offset, rowBytes, dims };
  } catch (e) {
    closeSync(fd);
    if (e instanceof DnnError) throw e;
    return fail('DNN6001', `cannot read ${path}: ${(e as Error).message}`);
  }
}

/** A label file's bytes as class indices (a byte an example: small beside the images). */
function readLabels(f: IdxFile): Int32Array {
  const bytes = new Uint8Array(f.dims[0]!);
  readAt(f, bytes, 0, bytes.length, f.offset);
  return Int32Array.from(bytes);
}
