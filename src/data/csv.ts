// CSV data read as a stream of bytes straight into typed arrays: no string or object per record,
// so a file costs its values (4 bytes each) and a 1 MiB read buffer, whatever the shape of its
// rows. Two passes over the file: the first counts its lines, which bounds the rows the second
// stores; the second tokenizes (RFC 4180: quoted fields with "" escapes, \n, \r\n or \r line
// ends, a BOM, blank lines skipped, spaces around a field trimmed) and parses each cell where
// it ends: features as f32 (checked finite in f32), the label as a class index.
import { fail } from '../contract/diagnostics.js';
import { readFileChunks } from '../contract/read.js';

/** The largest CSV file read. */
export const MAX_CSV_BYTES = 512 * 2 ** 20;
/** The longest field (a header name or a value); far beyond any number. */
const MAX_CELL_BYTES = 4096;

/** Plan entries: a column that is the label, or one that is read past. */
export const LABEL = -1;
export const SKIP = -2;

/** What the header's columns become, decided once the header is read. */
export interface CsvPlan {
  /** For each column: the index of the feature it fills (≥ 0), LABEL or SKIP. */
  readonly columns: Int32Array;
  readonly features: number;
  /** Labels must lie in [0, classes) when given. */
  readonly classes?: number;
}

export interface CsvTable {
  readonly header: string[];
  readonly count: number;
  /** count × features values, row-major. */
  readonly x: Float32Array;
  /** The label column's values (empty when the plan has none). */
  readonly y: Int32Array;
}

const enum S { FieldStart, Unquoted, Quoted, QuoteInQuoted, AfterQuoted }
const UTF8 = new TextDecoder();
const LATIN1 = new TextDecoder('latin1');
const [COMMA, QUOTE, CR, LF, SPACE, TAB] = [0x2c, 0x22, 0x0d, 0x0a, 0x20, 0x09];
/** The bytes the tokenizer must look at; every other byte of an unquoted field is just kept. */
const SPECIAL = new Uint8Array(256);
for (const b of [COMMA, QUOTE, CR, LF, SPACE, TAB]) SPECIAL[b] = 1;

/** Reads `file`: its header, then every record as `plan(header)` says. Malformed CSV is DNN4050 with its line. */
export function readCsvTable(file: string, plan: (header: string[]) => CsvPlan): CsvTable {
  let lines = 0;
  let size = 0;
  let prev = 0;
  readFileChunks(file, 'CSV file', MAX_CSV_BYTES, (chunk) => {
    size += chunk.length;
    for (let i = 0; i < chunk.length; i++) {
      const b = chunk[i]!;
      if (b === CR || (b === LF && prev !== CR)) lines++;
      prev = b;
    }
  });
  const scanner = new CsvScanner(file, plan, lines, size);
  readFileChunks(file, 'CSV file', MAX_CSV_BYTES, (chunk) => scanner.push(chunk));
  return scanner.finish();
}

/** The tokenizer's state between chunks, and the arrays it fills. */
class CsvScanner {
  private state = S.FieldStart;
  private readonly cell = new Uint8Array(MAX_CELL_BYTES);
  private len = 0;
  private quoted = false;
  private col = 0;
  private line = 1;
  private recordLine = 1;
  private afterCr = false;
  private offset = 0;
  private header: string[] | undefined;
  private current: string[] = [];
  private columns: Int32Array = new Int32Array(0);
  private features = 0;
  private classes: number | undefined;
  private x: Float32Array = new Float32Array(0);
  private y: Int32Array = new Int32Array(0);
  private capacity = 0;
  private row = 0;

  constructor(private readonly file: string, private readonly plan: (header: string[]) => CsvPlan, private readonly lines: number, private readonly size: number) {}

  push(chunk: Uint8Array): void {
    // A UTF-8 byte-order mark starts the first chunk, if any (a chunk holds at least 1 MiB).
    let i = this.offset === 0 && chunk[0] === 0xef && chunk[1] === 0xbb && chunk[2] === 0xbf ? 3 : 0;
    const base = this.offset;
    const cell = this.cell;
    while (i < chunk.length) {
      if ((this.state === S.Unquoted || this.state === S.FieldStart) && !this.afterCr) {
        // The common case, the plain bytes of an unquoted field, without the state machine.
        let len = this.len;
        for (let b = chunk[i]!; i < chunk.length && !SPECIAL[b]; b = chunk[++i]!) {
          if (len >= MAX_CELL_BYTES) this.malformed(`a field longer than ${MAX_CELL_BYTES} bytes`);
          cell[len++] = b;
        }
        if (len > this.len) this.state = S.Unquoted;
        this.len = len;
        if (i === chunk.length) break;
      }
      this.offset = base + i;
      this.byte(chunk[i++]!);
    }
    this.offset = base + chunk.length;
  }

  private byte(b: number): void {
    if (this.afterCr) {
      this.afterCr = false;
      if (b === LF) return;
    }
    const newline = b === LF || b === CR;
    if (newline) this.afterCr = b === CR;
    switch (this.state) {
      case S.Quoted:
        if (b === QUOTE) this.state = S.QuoteInQuoted;
        else this.add(b);
        if (newline) this.line++;
        return;
      case S.QuoteInQuoted:
        if (b === QUOTE) {
          this.add(b);
          this.state = S.Quoted;
          return;
        }
        this.state = S.AfterQuoted;
        break;
      case S.FieldStart:
        if (b === SPACE || b === TAB) return;
        if (b === QUOTE) {
          this.quoted = true;
          this.state = S.Quoted;
          return;
        }
        if (!newline && b !== COMMA) this.state = S.Unquoted;
        break;
      default:
    }
    if (b === COMMA) return this.endField();
    if (newline) {
      this.endRecord();
      this.line++;
      this.recordLine = this.line;
      return;
    }
    if (this.state === S.AfterQuoted) {
      if (b !== SPACE && b !== TAB) this.malformed(`a character after the closing quote of a field`);
      return;
    }
    if (b === QUOTE) this.malformed('a quote inside an unquoted field');
    this.add(b);
  }

  private add(b: number): void {
    if (this.len >= MAX_CELL_BYTES) this.malformed(`a field longer than ${MAX_CELL_BYTES} bytes`);
    this.cell[this.len++] = b;
  }

  private malformed(why: string): never {
    return fail('DNN4050', `${this.file}:${this.line}: ${why}`);
  }

  private endField(): void {
    if (this.state === S.Quoted) this.malformed('a quoted field is not closed');
    if (!this.quoted) while (this.len > 0 && (this.cell[this.len - 1] === SPACE || this.cell[this.len - 1] === TAB)) this.len--;
    if (!this.header) this.current.push(UTF8.decode(this.cell.subarray(0, this.len)));
    else this.value();
    this.col++;
    this.len = 0;
    this.quoted = false;
    this.state = S.FieldStart;
  }

  private endRecord(): void {
    if (this.col === 0 && this.len === 0 && !this.quoted && this.state === S.FieldStart) return; // a blank line
    this.endField();
    if (!this.header) return this.startData();
    if (this.col !== this.columns.length) {
      fail('DNN4050', `${this.file}:${this.recordLine}: ${this.col} fields, but the header has ${this.columns.length}`);
    }
    this.col = 0;
    this.row++;
  }

  private startData(): void {
    this.header = this.current;
    const p = this.plan(this.header);
    this.columns = p.columns;
    this.features = p.features;
    this.classes = p.classes;
    this.col = 0;
    // Each row has a byte per column at least (its commas and its line end) and a line of its own.
    this.capacity = Math.min(this.lines, Math.floor((this.size - this.offset + 1) / this.columns.length));
    this.x = new Float32Array(this.capacity * this.features);
    if (p.columns.includes(LABEL)) this.y = new Int32Array(this.capacity);
  }

  private value(): void {
    const c = this.col;
    if (c >= this.columns.length) fail('DNN4050', `${this.file}:${this.recordLine}: more fields than the header's ${this.columns.length}`);
    if (this.row >= this.capacity) fail('DNN6006', `CSV file '${this.file}' changed while it was read`);
    const kind = this.columns[c]!;
    if (kind === SKIP) return;
    if (kind === LABEL) {
      this.y[this.row] = this.label();
      return;
    }
    const i = this.row * this.features + kind;
    this.x[i] = decimal(this.cell, this.len);
    // Not a plain number, or beyond f32: the strict parse says which, or takes what Number() reads.
    if (!Number.isFinite(this.x[i])) this.x[i] = parseNumber(this.text(), this.at());
  }

  private label(): number {
    let v = 0;
    for (let k = 0; k < this.len; k++) {
      const d = this.cell[k]! - 0x30;
      if (d < 0 || d > 9 || this.len > 9) return parseLabel(this.text(), this.at(), this.classes);
      v = v * 10 + d;
    }
    if (this.len === 0 || (this.classes !== undefined && v >= this.classes)) return parseLabel(this.text(), this.at(), this.classes);
    return v;
  }

  private text(): string {
    return UTF8.decode(this.cell.subarray(0, this.len));
  }

  private at(): string {
    return `${this.file}:${this.recordLine}: column '${this.header![this.col]}'`;
  }

  finish(): CsvTable {
    if (this.state === S.Quoted) this.malformed('a quoted field is not closed at the end of the file');
    this.endRecord();
    if (!this.header) fail('DNN4050', `${this.file}: the file is empty; it needs a header row and data rows`);
    if (this.row === 0) fail('DNN4050', `${this.file}: a header row but no data rows`);
    const n = this.row;
    // Blank lines left room for rows that never came: give it back when it is worth a copy.
    const fit = <T extends Float32Array | Int32Array>(a: T, per: number): T => (n * 8 < this.capacity * 7 ? (a.slice(0, n * per) as T) : (a.subarray(0, n * per) as T));
    return { header: this.header, count: n, x: fit(this.x, this.features), y: fit(this.y, this.y.length ? 1 : 0) };
  }
}

/**
 * A plain decimal (`-12.5e3`) of at most 15 significant digits and a power of ten within 10^±22
 * is exact as m · 10^e or m / 10^-e, one correctly rounded operation (Clinger's fast path): the
 * same double as Number(). Anything else (more digits, hex, junk) is handed to Number().
 */
function decimal(cell: Uint8Array, len: number): number {
  let k = cell[0] === 0x2d || cell[0] === 0x2b ? 1 : 0;
  const neg = cell[0] === 0x2d;
  let m = 0;
  let significant = 0;
  let all = 0;
  let frac = 0;
  let dot = false;
  for (; k < len; k++) {
    const d = cell[k]! - 0x30;
    if (d >= 0 && d <= 9) {
      all++;
      if (m !== 0 || d !== 0) significant++;
      m = m * 10 + d;
      if (dot) frac++;
    } else if (cell[k] === 0x2e && !dot) dot = true;
    else break;
  }
  let e = 0;
  if (k < len && (cell[k] === 0x65 || cell[k] === 0x45)) {
    const eNeg = cell[k + 1] === 0x2d;
    if (cell[k + 1] === 0x2d || cell[k + 1] === 0x2b) k++;
    const start = ++k;
    for (; k < len && cell[k]! >= 0x30 && cell[k]! <= 0x39 && k - start < 4; k++) e = e * 10 + cell[k]! - 0x30;
    if (k === start) return slow(cell, len);
    if (eNeg) e = -e;
  }
  e -= frac;
  if (k !== len || all === 0 || significant > 15 || e < -22 || e > 22) return slow(cell, len);
  const v = e >= 0 ? m * POW10[e]! : m / POW10[-e]!;
  return neg ? -v : v;
}

/** Exact powers of ten, written out (Math.pow need not be correctly rounded). */
const POW10 = [1e0, 1e1, 1e2, 1e3, 1e4, 1e5, 1e6, 1e7, 1e8, 1e9, 1e10, 1e11, 1e12, 1e13, 1e14, 1e15, 1e16, 1e17, 1e18, 1e19, 1e20, 1e21, 1e22];

function slow(cell: Uint8Array, len: number): number {
  return len === 0 ? NaN : Number(LATIN1.decode(cell.subarray(0, len)));
}

/** The largest finite f32. */
const F32_MAX = 3.4028234663852886e38;

/** A feature value as dnnc stores it: a number, finite once rounded to f32; DNN4051 at `at` otherwise. */
export function parseNumber(cell: string, at: string): number {
  const v = cell.trim() === '' ? NaN : Number(cell);
  if (!Number.isFinite(v)) fail('DNN4051', `${at}: '${cell.slice(0, 40)}' is not a number`, ['features must be finite numbers (a decimal point, no thousands separators)']);
  if (!Number.isFinite(Math.fround(v))) fail('DNN4051', `${at}: ${cell.slice(0, 40)} is beyond the range of f32 (±${F32_MAX.toPrecision(5)})`, ['dnnc computes in f32; scale the feature down']);
  return v;
}

/** A class index: a non-negative integer of at most 9 digits, below `classes` when given; DNN4052 at `at` otherwise. */
export function parseLabel(cell: string, at: string, classes: number | undefined): number {
  const v = /^[0-9]{1,9}$/.test(cell) ? Number(cell) : NaN;
  if (!Number.isInteger(v)) fail('DNN4052', `${at}: '${cell.slice(0, 40)}' is not a class index (a non-negative integer)`);
  if (classes !== undefined && v >= classes) fail('DNN4052', `${at}: label ${v} is outside the model's ${classes} classes [0, ${classes})`);
  return v;
}
