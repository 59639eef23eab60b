// A user's own data: CSV files (a header row; the label column, `label` by default; every other
// column a feature, in order) and NumPy files (.npz with arrays `x` and `y`). Either a directory
// with train.csv (or train.npz) and optionally val.* and test.*, or one file that is split into
// training and validation by a seeded shuffle. Files are bounded in size before they are read
// (MAX_CSV_BYTES, MAX_NPZ_BYTES) and every value is checked where it is parsed, so a bad one is
// reported with its file, row and column. Memory follows the data, not the file: CSV is streamed
// into typed arrays (csv.ts), an .npz's x and y are the only arrays inflated, and the split into
// training and validation reorders rows in place (views, no copy).
import { existsSync, statSync } from 'node:fs';
import { basename, join } from 'node:path';
import { fail } from '../contract/diagnostics.js';
import { readFileOrFail } from '../contract/read.js';
import { LABEL, readCsvTable, type CsvPlan } from './csv.js';
import { permuteRows, seededPermutation, type Dataset, type Split } from './dataset.js';
import { decodeNpz, npyToFloat32, type NpyArray } from './npy.js';

export { MAX_CSV_BYTES, parseLabel, parseNumber } from './csv.js';
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
  // val and test CSV files are matched to the training file's columns by name.
  const like = { ...opts, ...(full.names ? { names: full.names, namesFrom: file('train') } : {}) };
  const [train, val] = existsSync(file('val')) ? [full, readTable(file('val'), like)] : splitByFraction(full, opts.valFraction ?? 0.1, opts.seed ?? 42, file('train'));
  const test = existsSync(file('test')) ? readTable(file('test'), like) : emptyLike(full);
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
  // Row i becomes row perm[i], in place: validation is the first nVal rows, training the rest.
  permuteRows(all, seededPermutation(all.count, seed));
  const rows = (from: number, to: number): Split => ({ x: all.x.subarray(from * all.features, to * all.features), xEncoding: all.xEncoding, y: all.y.subarray(from, to), count: to - from, features: all.features });
  return [rows(nVal, all.count), rows(0, nVal)];
}

function readTable(file: string, opts: TableOptions): Split & { names?: string[] } {
  if (/\.csv$/i.test(file)) return readCsv(file, opts);
  if (/\.npz$/i.test(file)) return readNpzData(file, opts);
  return fail('DNN4057', `'${file}' is neither a .csv nor an .npz file`);
}

interface TableOptions extends TabularOptions {
  /** The training file's feature columns, which a val or test file must have too (in any order). */
  names?: readonly string[];
  namesFrom?: string;
}

/** Parses a CSV data file: features as f32, the label column as class indices; `names` in the result are its feature columns. */
export function readCsv(file: string, opts: TableOptions): Split & { names: string[] } {
  let names: string[] = [];
  const t = readCsvTable(file, (header) => {
    const p = csvPlan(file, header, opts);
    names = p.names;
    return p;
  });
  return { x: t.x, xEncoding: 'f32', y: t.y, count: t.count, features: names.length, names };
}

/** The label column by name; features in the file's order, or in the order of `opts.names` (matched by name). */
function csvPlan(file: string, header: string[], opts: TableOptions): CsvPlan & { names: string[] } {
  const labelColumn = opts.labelColumn ?? 'label';
  const li = header.indexOf(labelColumn);
  if (li < 0) fail('DNN4053', `${file}:1: no column '${labelColumn}' in the header (${listSome(header, 8)})`, ['name the label column with --label-column']);
  const own = header.filter((_, c) => c !== li);
  const want = opts.names ?? own;
  const columns = Int32Array.from(header, (_, c) => (c === li ? LABEL : c < li ? c : c - 1));
  if (own.length !== want.length || own.some((n, i) => n !== want[i])) {
    // Sets and a map, not indexOf: a header may have a million columns.
    const [ownSet, at] = [new Set(own), new Map(want.map((n, i) => [n, i]))];
    const missing = want.filter((n) => !ownSet.has(n));
    const extra = own.filter((n) => !at.has(n));
    const unique = ownSet.size === own.length && at.size === want.length;
    if (missing.length || extra.length || !unique || own.length !== want.length) {
      fail('DNN4054', `${file}: its feature columns differ from those of ${opts.namesFrom}${missing.length ? `; it lacks ${listSome(missing, 5)}` : ''}${extra.length ? `; it has ${listSome(extra, 5)} besides` : ''}${unique ? '' : '; a column name appears twice'}`, [
        'the val and test files need the training file\'s columns (matched by name, in any order)',
      ]);
    }
    header.forEach((n, c) => (columns[c] = c === li ? LABEL : at.get(n)!));
  }
  return { columns, features: want.length, ...(opts.classes !== undefined ? { classes: opts.classes } : {}), names: [...want] };
}

const listSome = (names: readonly string[], n: number): string => `${names.slice(0, n).map((s) => `'${s}'`).join(', ')}${names.length > n ? ', ...' : ''}`;

/** An .npz data file: `x` of shape [n, ...] (any numeric type; uint8 is read as pixels, byte/255) and integer `y` of shape [n]. */
function readNpzData(file: string, opts: TabularOptions): Split {
  const arrays = decodeNpz(readFileOrFail(file, 'NumPy data file', MAX_NPZ_BYTES), file);
  const x = arrays.get('x');
  const y = arrays.get('y');
  if (!x || !y) return fail('DNN4054', `${file} needs arrays named x and y; it has ${[...arrays.keys()].join(', ')}`, ['e.g. numpy.savez("train.npz", x=features, y=labels)']);
  // Only x and y are inflated, whatever else the file holds.
  const labels = y.read();
  return npySplit(x.read(), labels, file, opts.classes);
}

export function npySplit(x: NpyArray, y: NpyArray, file: string, classes: number | undefined): Split {
  const count = x.shape[0] ?? 0;
  if (x.shape.length < 2) fail('DNN4054', `${file}: x has shape (${x.shape.join(', ')}); it needs one row per example, shape (n, features...)`);
  const features = x.shape.slice(1).reduce((a, b) => a * b, 1);
  const labels = npyLabels(y, count, file, classes);
  return { ...npyFeatures(x, file, features), y: labels, count, features };
}

/** y as class indices, one per row of x: shape (count,), integers in [0, classes). */
export function npyLabels(y: NpyArray, count: number, file: string, classes: number | undefined): Int32Array {
  if (y.shape.length !== 1 || y.shape[0] !== count) fail('DNN4054', `${file}: y has shape (${y.shape.join(', ')}); it needs one label per row of x, shape (${count},)`);
  const labels = new Int32Array(count);
  for (let i = 0; i < count; i++) {
    const v = y.at(i);
    if (!Number.isInteger(v) || v < 0 || v > 2 ** 31 - 1) fail('DNN4052', `${file}: y[${i}] is ${v}, not a class index (a non-negative integer)`);
    if (classes !== undefined && v >= classes) fail('DNN4052', `${file}: y[${i}] is ${v}, outside the model's ${classes} classes [0, ${classes})`);
    labels[i] = v;
  }
  return labels;
}

/** x as the split's features: uint8 stays bytes (pixels, value byte/255); other types become f32, each checked finite in f32. */
export function npyFeatures(x: NpyArray, file: string, features: number): Pick<Split, 'x' | 'xEncoding'> {
  if (x.dtype === 'u1') return { x: x.bytes, xEncoding: 'u8' };
  return { x: npyToFloat32(x, file, (i) => `x row ${Math.floor(i / features)}, column ${i % features}`), xEncoding: 'f32' };
}
