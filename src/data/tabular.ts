// A user's own data: CSV files (a header row; the label column, `label` by default; every other
// column a feature, in order) and NumPy files (.npz with arrays `x` and `y`). Either a directory
// with train.csv (or train.npz) and optionally val.* and test.*, or one file that is split into
// training and validation by a seeded shuffle. Files are bounded in size before they are read
// (MAX_CSV_BYTES, MAX_NPZ_BYTES) and every value is checked where it is parsed, so a bad one is
// reported with its file, row and column.
import { existsSync, statSync } from 'node:fs';
import { basename, join } from 'node:path';
import { parse } from 'csv-parse/sync';
import { fail } from '../contract/diagnostics.js';
import { readFileOrFail } from '../contract/read.js';
import { gatherSplit, seededPermutation, type Dataset, type Split } from './dataset.js';
import { decodeNpz, type NpyArray } from './npy.js';

/** The largest CSV file read (parsed in memory: about 4 bytes per value once parsed). */
export const MAX_CSV_BYTES = 512 * 2 ** 20;
/** The largest .npz file read. */
export const MAX_NPZ_BYTES = 2 ** 31 - 1;

export interface TabularOptions {
  /** The CSV column holding the class index (default `label`). */
  labelColumn?: string;
  /** With one file: the share of its rows (shuffled with `seed`) that becomes the validation split. */
  valFraction?: number;
  seed?: number;
  /** The model's number of classes, when known: labels must lie in [0, classes). */
  classes?: number;
}

/** Whether `path` names data this module reads: a .csv or .npz file, or a directory holding train.csv or train.npz. */
export function isTabular(path: string): boolean {
  if (/\.(csv|npz)$/i.test(path)) return true;
  return existsSync(path) && statSync(path).isDirectory() && ['train.csv', 'train.npz'].some((f) => existsSync(join(path, f)));
}

export function loadTabular(path: string, opts: TabularOptions = {}): Dataset {
  const isDir = existsSync(path) && statSync(path).isDirectory();
  if (!isDir) {
    const all = readTable(path, opts);
    const [train, val] = splitByFraction(all, opts.valFraction ?? 0.1, opts.seed ?? 42, path);
    return dataset(basename(path), train!, val!, emptyLike(all), opts);
  }
  const ext = existsSync(join(path, 'train.csv')) ? 'csv' : existsSync(join(path, 'train.npz')) ? 'npz' : '';
  if (!ext) fail('DNN4055', `${path} holds neither train.csv nor train.npz`, ['a data directory holds train.csv, and optionally val.csv and test.csv (or the same as .npz with arrays x and y)']);
  const file = (name: string) => join(path, `${name}.${ext}`);
  const full = readTable(file('train'), opts);
  const [train, val] = existsSync(file('val')) ? [full, readTable(file('val'), opts)] : splitByFraction(full, opts.valFraction ?? 0.1, opts.seed ?? 42, file('train'));
  const test = existsSync(file('test')) ? readTable(file('test'), opts) : emptyLike(full);
  for (const [s, n] of [[val!, 'val'], [test, 'test']] as const) {
    if (s.count && s.features !== full.features) fail('DNN4054', `${file(n)} has ${s.features} features per example, ${file('train')} has ${full.features}`);
  }
  return dataset(basename(path), train!, val!, test, opts);
}

function dataset(name: string, train: Split, val: Split, test: Split, opts: TabularOptions): Dataset {
  let maxLabel = 0;
  for (const s of [train, val, test]) for (const v of s.y) maxLabel = Math.max(maxLabel, v);
  return { name, train, val, test, classes: opts.classes ?? maxLabel + 1, features: train.features };
}

const emptyLike = (s: Split): Split => ({ x: new Float32Array(0), xEncoding: 'f32', y: new Int32Array(0), count: 0, features: s.features });

function splitByFraction(all: Split, fraction: number, seed: number, what: string): [Split, Split] {
  const nVal = Math.round(all.count * fraction);
  if (nVal < 1 || nVal >= all.count) {
    fail('DNN4055', `${what}: ${all.count} examples cannot be split into training and validation with --val-fraction ${fraction}`, ['each split needs at least one example; give more rows, another --val-fraction, or a val file next to train']);
  }
  const perm = seededPermutation(all.count, seed);
  return [gatherSplit(all.x, all.y, all.features, perm.subarray(nVal)), gatherSplit(all.x, all.y, all.features, perm.subarray(0, nVal))];
}

function readTable(file: string, opts: TabularOptions): Split {
  if (/\.csv$/i.test(file)) return readCsv(file, opts);
  if (/\.npz$/i.test(file)) return readNpzData(file, opts);
  return fail('DNN4057', `'${file}' is neither a .csv nor an .npz file`);
}

/** Parses a CSV data file: features as f32, the label column as class indices. */
export function readCsv(file: string, opts: TabularOptions): Split {
  const { header, rows } = parseCsv(file);
  const labelColumn = opts.labelColumn ?? 'label';
  const li = header.indexOf(labelColumn);
  if (li < 0) fail('DNN4053', `${file}:1: no column '${labelColumn}' in the header (${header.slice(0, 8).join(', ')}${header.length > 8 ? ', ...' : ''})`, ['name the label column with --label-column']);
  const features = header.length - 1;
  const x = new Float32Array(rows.length * features);
  const y = new Int32Array(rows.length);
  rows.forEach((row, r) => {
    const at = `${file}:${row.line}`;
    row.values.forEach((cell, c) => {
      if (c === li) y[r] = parseLabel(cell, `${at}: column '${labelColumn}'`, opts.classes);
      else x[r * features + (c < li ? c : c - 1)] = parseNumber(cell, `${at}: column '${header[c]}'`);
    });
  });
  return { x, xEncoding: 'f32', y, count: rows.length, features };
}

export interface CsvRow {
  /** The 1-based line of the file where the record starts. */
  line: number;
  values: string[];
}

/** A CSV file's header and records, each with its line; malformed CSV is DNN4050 with the line. */
export function parseCsv(file: string): { header: string[]; rows: CsvRow[] } {
  const text = readFileOrFail(file, 'CSV file', MAX_CSV_BYTES);
  let records: { record: string[]; info: { lines: number } }[];
  try {
    records = parse(Buffer.from(text.buffer, text.byteOffset, text.byteLength), { info: true, skip_empty_lines: true, trim: true, bom: true }) as unknown as typeof records;
  } catch (e) {
    return fail('DNN4050', `${file}: ${e instanceof Error ? e.message : String(e)}`);
  }
  if (!records.length) fail('DNN4050', `${file}: the file is empty; it needs a header row and data rows`);
  const header = records[0]!.record;
  if (records.length < 2) fail('DNN4050', `${file}: a header row but no data rows`);
  // csv-parse counts lines up to the end of each record; a record spans one line here unless quoted.
  return { header, rows: records.slice(1).map((r) => ({ line: r.info.lines, values: r.record })) };
}

export function parseNumber(cell: string, at: string): number {
  const v = cell === '' ? NaN : Number(cell);
  if (!Number.isFinite(v)) fail('DNN4051', `${at}: '${cell.slice(0, 40)}' is not a number`, ['features must be finite numbers (a decimal point, no thousands separators)']);
  return v;
}

export function parseLabel(cell: string, at: string, classes: number | undefined): number {
  const v = /^[0-9]{1,9}$/.test(cell) ? Number(cell) : NaN;
  if (!Number.isInteger(v)) fail('DNN4052', `${at}: '${cell.slice(0, 40)}' is not a class index (a non-negative integer)`);
  if (classes !== undefined && v >= classes) fail('DNN4052', `${at}: label ${v} is outside the model's ${classes} classes [0, ${classes})`);
  return v;
}

/** An .npz data file: `x` of shape [n, ...] (any numeric type; uint8 is read as pixels, byte/255) and integer `y` of shape [n]. */
function readNpzData(file: string, opts: TabularOptions): Split {
  const arrays = decodeNpz(readFileOrFail(file, 'NumPy data file', MAX_NPZ_BYTES), file);
  const x = arrays.get('x');
  const y = arrays.get('y');
  if (!x || !y) fail('DNN4054', `${file} needs arrays named x and y; it has ${[...arrays.keys()].join(', ')}`, ['e.g. numpy.savez("train.npz", x=features, y=labels)']);
  return npySplit(x, y, file, opts.classes);
}

export function npySplit(x: NpyArray, y: NpyArray, file: string, classes: number | undefined): Split {
  const count = x.shape[0] ?? 0;
  if (x.shape.length < 2) fail('DNN4054', `${file}: x has shape (${x.shape.join(', ')}); it needs one row per example, shape (n, features...)`);
  if (y.shape.length !== 1 || y.shape[0] !== count) fail('DNN4054', `${file}: y has shape (${y.shape.join(', ')}); it needs one label per row of x, shape (${count},)`);
  const features = x.shape.slice(1).reduce((a, b) => a * b, 1);
  const labels = new Int32Array(count);
  for (let i = 0; i < count; i++) {
    const v = y.data[i]!;
    if (!Number.isInteger(v) || v < 0 || v > 2 ** 31 - 1) fail('DNN4052', `${file}: y[${i}] is ${v}, not a class index (a non-negative integer)`);
    if (classes !== undefined && v >= classes) fail('DNN4052', `${file}: y[${i}] is ${v}, outside the model's ${classes} classes [0, ${classes})`);
    labels[i] = v;
  }
  return { ...npyFeatures(x, file, features), y: labels, count, features };
}

/** x as the split's features: uint8 stays bytes (pixels, value byte/255); other types become f32, each checked finite. */
export function npyFeatures(x: NpyArray, file: string, features: number): Pick<Split, 'x' | 'xEncoding'> {
  if (x.dtype === 'u1') return { x: Uint8Array.from(x.data), xEncoding: 'u8' };
  const out = new Float32Array(x.data.length);
  for (let i = 0; i < out.length; i++) {
    const v = x.data[i]!;
    if (!Number.isFinite(v)) fail('DNN4051', `${file}: x row ${Math.floor(i / features)}, column ${i % features}: ${v} is not a finite number`);
    out[i] = v;
  }
  return { x: out, xEncoding: 'f32' };
}
