// The streaming CSV reader (src/data/csv.ts): the tokenizer against what csv-parse read before
// (quotes, \r\n, BOM, blank lines, trimming), numbers exactly as Number() reads them, and every
// malformed or out-of-range cell refused with its line and column.
import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parse } from 'csv-parse/sync';
import { describe, expect, it } from 'vitest';
import { LABEL, readCsvTable, SKIP } from '../../src/data/csv.js';
import { loadDataset } from '../../src/data/index.js';
import { readInputs } from '../../src/cli/inputs.js';

const dir = mkdtempSync(join(tmpdir(), 'dnnc-csv-'));
let n = 0;
const file = (text: string | Uint8Array, name = `t${n++}.csv`) => {
  const p = join(dir, name);
  writeFileSync(p, text);
  return p;
};
const messageOf = (f: () => unknown) => {
  try {
    f();
  } catch (e) {
    return (e as Error).message;
  }
  return 'no error';
};
/** Every column a feature but the one named `label`. */
const plan = (header: string[]) => {
  const li = header.indexOf('label');
  return { columns: Int32Array.from(header, (_, c) => (c === li ? LABEL : c < li || li < 0 ? c : c - 1)), features: header.length - (li >= 0 ? 1 : 0) };
};

describe('the streaming CSV reader', () => {
  it('reads what csv-parse reads: quotes, "" escapes, \\r\\n and \\r, a BOM, blank lines, spaces around fields', () => {
    const text = '\ufeff"a", b ,"the ""label"""\r\n1.5, -2 ,"3"\r\n\r\n"4e2",  .5,1\r\n7,8,9';
    const t = readCsvTable(file(text), (h) => ({ columns: Int32Array.from([0, 1, LABEL]), features: 2, header: h }));
    expect(t.header).toEqual(['a', 'b', 'the "label"']);
    const theirs = parse(text, { skip_empty_lines: true, trim: true, bom: true, relax_column_count: false }) as string[][];
    expect(t.header).toEqual(theirs[0]);
    expect(Array.from(t.x)).toEqual(theirs.slice(1).flatMap((r) => [Number(r[0]), Number(r[1])]));
    expect(Array.from(t.y)).toEqual([3, 1, 9]);
    // A lone \r ends a line too, and a quoted field may span lines.
    const cr = readCsvTable(file('a,label\r1,0\r"2\n",1'), plan);
    expect([Array.from(cr.x), Array.from(cr.y)]).toEqual([[1, 2], [0, 1]]);
  });

  it('parses numbers exactly as Number() does, then rounds them to f32', () => {
    const cells = ['0', '-0', '1', '0.1', '-12.5e3', '3.4028234e38', '1e-45', '123456789012345', '1234567890123456789', '0.30000000000000004', '+7', '5.', '.25', '1E+5', '2e-22', '9e22', '0x1F', '1e-400'];
    const t = readCsvTable(file(`${cells.map((_, i) => `c${i}`).join(',')}\n${cells.join(',')}\n`), (h) => ({ columns: Int32Array.from(h, (_, i) => i), features: h.length }));
    expect(Array.from(t.x)).toEqual(cells.map((c) => Math.fround(Number(c))));
    // Random decimals: the fast path agrees with Number() on every one.
    const rand = Array.from({ length: 2000 }, (_, i) => (Math.sin(i) * 10 ** ((i % 40) - 20)).toPrecision(1 + (i % 17)));
    const r = readCsvTable(file(`v\n${rand.join('\n')}\n`), () => ({ columns: Int32Array.from([0]), features: 1 }));
    expect(Array.from(r.x)).toEqual(rand.map((c) => Math.fround(Number(c))));
  });

  it.each([
    ['a value beyond f32', 'a,label\n1,0\n1e39,1\n', ":3: column 'a': 1e39 is beyond the range of f32", 'DNN4051'],
    ['a negative one', 'a,label\n-3.5e38,1\n', ":2: column 'a': -3.5e38 is beyond the range of f32", 'DNN4051'],
    ['not a number', 'a,label\n1,0\nabc,1\n', ":3: column 'a': 'abc' is not a number", 'DNN4051'],
    ['an empty cell', 'a,label\n,0\n', ":2: column 'a': '' is not a number", 'DNN4051'],
    ['a bad label', 'a,label\n1,1.5\n', ":2: column 'label': '1.5' is not a class index", 'DNN4052'],
    ['a short row', 'a,b,label\n1,2,0\n1,2\n', ':3: 2 fields, but the header has 3', 'DNN4050'],
    ['a long row', 'a,label\n1,0,7\n', ':2: more fields than the header', 'DNN4050'],
    ['an unclosed quote', 'a,label\n"1,0\n', 'a quoted field is not closed', 'DNN4050'],
    ['a quote inside a field', 'a,label\n1"2,0\n', ':2: a quote inside an unquoted field', 'DNN4050'],
    ['junk after a quoted field', 'a,label\n"1"x,0\n', ':2: a character after the closing quote', 'DNN4050'],
    ['an endless field', `a,label\n${'1'.repeat(5000)},0\n`, ':2: a field longer than 4096 bytes', 'DNN4050'],
    ['an empty file', '', 'the file is empty', 'DNN4050'],
    ['only blank lines', '\n\r\n\n', 'the file is empty', 'DNN4050'],
    ['a header alone', 'a,label\n\n', 'a header row but no data rows', 'DNN4050'],
  ])('refuses %s with its place', (_, text, message, code) => {
    const p = file(text);
    const m = messageOf(() => loadDataset(p, { valFraction: 0.5 }));
    expect(m).toContain(code);
    expect(m).toContain(message.startsWith(':') ? `${p}${message}` : message);
  });

  it('a label column is checked against the classes as it is read', () => {
    const p = file('a,label\n1,0\n2,5\n');
    expect(messageOf(() => loadDataset(p, { classes: 3, valFraction: 0.5 }))).toContain(`${p}:3: column 'label': label 5 is outside the model's 3 classes`);
  });

  it('skips the columns the plan skips', () => {
    const t = readCsvTable(file('a,id,b\n1,x y z,2\n3,,4\n'), () => ({ columns: Int32Array.from([0, SKIP, 1]), features: 2 }));
    expect(Array.from(t.x)).toEqual([1, 2, 3, 4]);
    expect(t.y.length).toBe(0);
  });

  it('allocates by the rows the file can hold, not its blank lines', () => {
    const t = readCsvTable(file(`a,b,c,label\n${'\n'.repeat(100_000)}1,2,3,0\n`), plan);
    expect([t.count, t.x.length, t.x.buffer.byteLength <= 4 * 3 * 2]).toEqual([1, 3, true]);
  });
});

describe('val and test files are matched to the training file by column name', () => {
  const set = (files: Record<string, string>) => {
    const sub = join(dir, `set${n++}`);
    mkdirSync(sub);
    for (const [name, text] of Object.entries(files)) writeFileSync(join(sub, name), text);
    return sub;
  };

  it('reorders columns given in another order', () => {
    const d = loadDataset(set({ 'train.csv': 'a,b,label\n1,2,0\n3,4,1\n', 'val.csv': 'label,b,a\n1,20,10\n', 'test.csv': 'b,label,a\n200,0,100\n' }));
    expect(Array.from(d.val.x)).toEqual([10, 20]);
    expect(Array.from(d.val.y)).toEqual([1]);
    expect(Array.from(d.test.x)).toEqual([100, 200]);
  });

  it('matches 100,000 columns by name in linear time', () => {
    const names = Array.from({ length: 100_000 }, (_, i) => `c${i}`);
    const row = (ns: string[]) => ns.map((c) => c.slice(1)).join(',');
    const t0 = performance.now();
    const d = loadDataset(set({ 'train.csv': `${names.join(',')},label\n${row(names)},0\n`, 'val.csv': `label,${[...names].reverse().join(',')}\n1,${row([...names].reverse())}\n` }));
    expect(Array.from(d.val.x.subarray(0, 3))).toEqual([0, 1, 2]);
    expect(d.val.x[99_999]).toBe(99_999);
    expect(performance.now() - t0).toBeLessThan(5000);
  });

  it('refuses a val or test file whose columns are named otherwise', () => {
    const sub = set({ 'train.csv': 'a,b,label\n1,2,0\n3,4,1\n', 'val.csv': 'a,c,label\n1,2,0\n' });
    const m = messageOf(() => loadDataset(sub));
    expect(m).toContain('DNN4054');
    expect(m).toContain(`${join(sub, 'val.csv')}: its feature columns differ from those of ${join(sub, 'train.csv')}; it lacks 'b'; it has 'c' besides`);
    const twice = set({ 'train.csv': 'a,a,b,label\n1,2,3,0\n', 'val.csv': 'b,a,a,label\n1,2,3,0\n' });
    expect(messageOf(() => loadDataset(twice))).toContain('a column name appears twice');
  });
});

describe('predict --input CSV', () => {
  const note = () => {};
  it('is read by the same reader: rows, labels beside them, values beyond f32 refused', () => {
    const r = readInputs(file('x,label,y\n1,2,3\n4,0,5\n'), { example: [2], note });
    expect([Array.from(r.x), r.labels, r.count]).toEqual([[1, 3, 4, 5], [2, 0], 2]);
    const p = file('x,y\n1,2\n3,1e39\n');
    expect(messageOf(() => readInputs(p, { example: [2], note }))).toContain(`DNN4051: ${p}:3: column 'y': 1e39 is beyond the range of f32`);
  });
});
