// .npz data read from disk as it trains: numpy.savez stores its arrays uncompressed, so each row
// of `x` lies at a fixed place in the file and is read by pread (src/data/rows.ts). Only the zip's
// end record, its directory and the arrays' headers are read where the file is opened; `y` is
// read whole (a label an example). uint8 `x` stays pixel bytes, float32 `x` is checked finite as
// rows are read. Anything else — savez_compressed's deflated entries, zip64, other dtypes, a
// file within the budget — is left to the in-memory loader (undefined).
import { closeSync, existsSync, statSync } from 'node:fs';
import { basename, join } from 'node:path';
import { DnnError, fail } from '../contract/diagnostics.js';
import { seededPermutation } from './dataset.js';
import { decodeNpy, readNpyHeader } from './npy.js';
import { fileRows, openRegularFile, readAt, type DiskDataset, type RowFile, type RowSplit } from './rows.js';
import { npyLabels, type TabularOptions } from './tabular.js';

interface NpzFile {
  readonly file: RowFile;
  readonly count: number;
  readonly features: number;
  readonly encoding: 'u8' | 'f32';
  readonly y: Int32Array;
}

/** A .npz file or a directory with train.npz (and val.npz, test.npz) opened by row, or undefined (see above). */
export function openNpzRows(path: string, threshold: number, opts: TabularOptions): DiskDataset | undefined {
  const isDir = existsSync(path) && statSync(path).isDirectory();
  const train = isDir ? join(path, 'train.npz') : path;
  if (!/\.npz$/i.test(train) || !existsSync(train) || statSync(train).size <= threshold) return undefined;
  const names = isDir ? ['val', 'test'].map((n) => join(path, `${n}.npz`)).filter((f) => existsSync(f)) : [];
  const opened: NpzFile[] = [];
  try {
    for (const f of [train, ...names]) {
      const o = openNpz(f, opts.classes);
      if (!o) return closeAll(opened);
      opened.push(o);
    }
    return npzDataset(basename(path), path, opened, isDir && names.includes(join(path, 'val.npz')), opts);
  } catch (e) {
    closeAll(opened);
    throw e;
  }
}

function closeAll(opened: readonly NpzFile[]): undefined {
  for (const o of opened) closeSync(o.file.fd);
  return undefined;
}

function npzDataset(name: string, path: string, files: NpzFile[], hasVal: boolean, opts: TabularOptions): DiskDataset | undefined {
  const [t] = files;
  for (const f of files.slice(1)) if (f.features !== t!.features || f.encoding !== t!.encoding) fail('DNN4054', `${f.file.path} has ${f.features} ${f.encoding} features per example, ${t!.file.path} has ${t!.features} ${t!.encoding}`);
  const whole = (f: NpzFile): RowSplit => ({ count: f.count, features: f.features, y: f.y, rows: fileRows(f.file, (i) => i, f.count, f.features, f.encoding) });
  const picked = (f: NpzFile, rows: Uint32Array): RowSplit => ({ count: rows.length, features: f.features, y: Int32Array.from(rows, (r) => f.y[r]!), rows: fileRows(f.file, (i) => rows[i]!, rows.length, f.features, f.encoding) });
  let train: RowSplit;
  let val: RowSplit;
  if (hasVal) [train, val] = [whole(t!), whole(files[1]!)];
  else {
    // tabular.ts's split: row i of the shuffled file is row perm[i]; validation the first nVal.
    const nVal = Math.round(t!.count * (opts.valFraction ?? 0.1));
    if (nVal < 1 || nVal >= t!.count) return closeAll(files); // the in-memory loader says why
    const perm = seededPermutation(t!.count, opts.seed ?? 42);
    [train, val] = [picked(t!, perm.slice(nVal)), picked(t!, perm.slice(0, nVal))];
  }
  const testFile = files.find((f) => basename(f.file.path) === 'test.npz' && f !== t);
  const test: RowSplit = testFile ? whole(testFile) : { count: 0, features: t!.features, y: new Int32Array(0), rows: fileRows(t!.file, (i) => i, 0, t!.features, t!.encoding) };
  let maxLabel = 0;
  for (const s of [train, val, test]) for (const v of s.y) maxLabel = Math.max(maxLabel, v);
  return { name: basename(path) || name, train, val, test, classes: opts.classes ?? maxLabel + 1, features: t!.features, close: () => closeAll(files) };
}

/** The end record, directory and array headers of one .npz; undefined when it is not stored uncompressed u8/f32 (the in-memory loader reads it). */
function openNpz(path: string, classes: number | undefined): NpzFile | undefined {
  const { fd, stats } = openRegularFile(path, 'NumPy data file');
  try {
    const file = { path, fd, size: stats.size, offset: 0, rowBytes: 1 };
    const entries = directory(file);
    const x = entries?.get('x.npy');
    const y = entries?.get('y.npy');
    if (!x || !y || x.method !== 0 || y.method !== 0) return void closeSync(fd);
    const xh = arrayHeader(file, x.start, x.size);
    if (!xh || (xh.dtype !== 'u1' && xh.dtype !== 'f4') || xh.shape.length < 2) return void closeSync(fd);
    const count = xh.shape[0]!;
    const features = xh.shape.slice(1).reduce((a, b) => a * b, 1);
    const yBytes = new Uint8Array(y.size);
    readAt(file, yBytes, 0, y.size, y.start);
    const yArr = decodeNpy(yBytes, `${path}: y.npy`);
    const encoding = xh.dtype === 'u1' ? 'u8' : 'f32';
    return { file: { ...file, offset: x.start + xh.body, rowBytes: encoding === 'u8' ? features : 4 * features }, count, features, encoding, y: npyLabels(yArr, count, path, classes) };
  } catch (e) {
    closeSync(fd);
    if (e instanceof DnnError) throw e;
    return fail('DNN4020', `${path} is not a valid .npz file: ${(e as Error).message}`);
  }
}

/** The header of a stored array at `start` of `size` bytes, checked against that size. */
function arrayHeader(file: RowFile, start: number, size: number): ReturnType<typeof readNpyHeader> | undefined {
  const head = new Uint8Array(Math.min(size, 12 + 65536));
  readAt(file, head, 0, head.length, start);
  const h = readNpyHeader(head, (why) => fail('DNN4020', `${file.path}: x.npy is not a valid .npy file: ${why}`));
  if (h.body + h.nbytes !== size) fail('DNN4020', `${file.path}: x.npy's shape [${h.shape.join(', ')}] needs ${h.body + h.nbytes} bytes, the zip directory says ${size}`);
  return h;
}

interface StoredEntry {
  readonly method: number;
  /** Where its bytes start in the file, and how many. */
  readonly start: number;
  readonly size: number;
}

/** The zip's entries by name, read from the file's end (no zip64: undefined, as for anything unexpected). */
function directory(file: RowFile): Map<string, StoredEntry> | undefined {
  const tailLen = Math.min(file.size, 22 + 65535);
  const tail = new Uint8Array(tailLen);
  readAt(file, tail, 0, tailLen, file.size - tailLen);
  const d = new DataView(tail.buffer);
  let e = tailLen - 22;
  while (e >= 0 && !(d.getUint32(e, true) === 0x06054b50 && e + 22 + d.getUint16(e + 20, true) === tailLen)) e--;
  if (e < 0) return undefined;
  const [count, dirSize, at] = [d.getUint16(e + 10, true), d.getUint32(e + 12, true), d.getUint32(e + 16, true)];
  if (at === 0xffffffff || count === 0xffff || at + dirSize > file.size || dirSize > 2 ** 24) return undefined;
  const dir = new Uint8Array(dirSize);
  readAt(file, dir, 0, dirSize, at);
  const v = new DataView(dir.buffer);
  const out = new Map<string, StoredEntry>();
  for (let i = 0, p = 0; i < count; i++) {
    if (p + 46 > dirSize || v.getUint32(p, true) !== 0x02014b50) return undefined;
    const [nameLen, extraLen, commentLen] = [v.getUint16(p + 28, true), v.getUint16(p + 30, true), v.getUint16(p + 32, true)];
    const name = new TextDecoder().decode(dir.subarray(p + 46, p + 46 + nameLen));
    const [method, packed, size, local] = [v.getUint16(p + 10, true), v.getUint32(p + 20, true), v.getUint32(p + 24, true), v.getUint32(p + 42, true)];
    if ([packed, size, local].includes(0xffffffff)) return undefined;
    const lh = new Uint8Array(30);
    readAt(file, lh, 0, 30, local);
    const l = new DataView(lh.buffer);
    if (l.getUint32(0, true) !== 0x04034b50) return undefined;
    const start = local + 30 + l.getUint16(26, true) + l.getUint16(28, true);
    if (start + packed > file.size || (method === 0 && packed !== size)) return undefined;
    out.set(name, { method, start, size });
    p += 46 + nameLen + extraLen + commentLen;
  }
  return out;
}
