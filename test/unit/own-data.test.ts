// A user's own data and inputs (CSV, .npz, .npy, PNG), the TensorBoard event encoding, the
// learning-curve SVG and the progress clock: no GPU needed.
import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { zipSync } from 'fflate';
import { PNG } from 'pngjs';
import { describe, expect, it } from 'vitest';
import { loadDataset } from '../../src/data/index.js';
import { encodeNpy } from '../../src/data/npy.js';
import { readInputs } from '../../src/cli/inputs.js';
import { crc32c, encodeEvent, tfRecord } from '../../src/cli/tfevents.js';
import { readEvents } from '../helpers/tfevents-reader.js';
import { tensorBoardScalars } from '../../src/cli/logs.js';
import { curvesSvg } from '../../src/render/curves.js';
import { wellFormed } from '../helpers/xml.js';
import { clock, ProgressBar } from '../../src/cli/progress.js';

const dir = mkdtempSync(join(tmpdir(), 'dnnc-own-'));
const file = (name: string, text: string | Uint8Array) => {
  const p = join(dir, name);
  writeFileSync(p, text);
  return p;
};
const codeOf = (f: () => unknown) => {
  try {
    f();
  } catch (e) {
    return (e as Error).message;
  }
  return 'no error';
};
const rows = (n: number) => ['a,b,label', ...Array.from({ length: n }, (_, i) => `${i},${-i / 2},${i % 3}`)].join('\n') + '\n';

describe('CSV data', () => {
  it('reads features in column order and the label column; one file is split by --val-fraction with the seed', () => {
    const p = file('ten.csv', rows(10));
    const d = loadDataset(p, { valFraction: 0.2, splitSeed: 1 });
    expect([d.train.count, d.val.count, d.test.count, d.features, d.classes]).toEqual([8, 2, 0, 2, 3]);
    const all = [...Array.from(d.train.x), ...Array.from(d.val.x)];
    expect(all.filter((_, i) => i % 2 === 0).sort((x, y) => x - y)).toEqual([0, 1, 2, 3, 4, 5, 6, 7, 8, 9]);
    // Each row keeps its label: label = a mod 3.
    for (let i = 0; i < d.train.count; i++) expect(d.train.y[i]).toBe(d.train.x[2 * i]! % 3);
    expect(loadDataset(p, { valFraction: 0.2, splitSeed: 1 }).val.x).toEqual(d.val.x);
    expect(loadDataset(p, { valFraction: 0.2, splitSeed: 2 }).val.x).not.toEqual(d.val.x);
  });

  it('a directory: train.csv, val.csv, test.csv; --label-column', () => {
    const sub = join(dir, 'set');
    mkdirSync(sub);
    const text = 'y,f1\n1,0.5\n0,0.25\n';
    for (const n of ['train', 'val', 'test']) writeFileSync(join(sub, `${n}.csv`), text);
    const d = loadDataset(sub, { labelColumn: 'y' });
    expect([d.train.count, d.val.count, d.test.count, d.features]).toEqual([2, 2, 2, 1]);
    expect(Array.from(d.test.y)).toEqual([1, 0]);
    expect(Array.from(d.test.x)).toEqual([0.5, 0.25]);
  });

  it('names the file, line and column of a bad value', () => {
    const bad = file('bad.csv', 'x1,x2,label\n1,2,0\n3,abc,1\n');
    expect(codeOf(() => loadDataset(bad))).toContain(`${bad}:3: column 'x2': 'abc' is not a number`);
    expect(codeOf(() => loadDataset(bad))).toContain('DNN4051');
    expect(codeOf(() => loadDataset(file('nan.csv', 'x,label\n1,0\nNaN,1\n')))).toMatch(/nan\.csv:3: column 'x': 'NaN' is not a number/);
    expect(codeOf(() => loadDataset(file('lab.csv', 'x,label\n1,0\n2,1.5\n')))).toMatch(/DNN4052.*lab\.csv:3: column 'label': '1\.5' is not a class index/);
    expect(codeOf(() => loadDataset(file('range.csv', 'x,label\n1,0\n2,7\n'), { classes: 3 }))).toMatch(/DNN4052.*range\.csv:3: column 'label': label 7 is outside the model's 3 classes/);
    expect(codeOf(() => loadDataset(file('nolabel.csv', 'x,z\n1,0\n')))).toMatch(/DNN4053.*no column 'label'/);
    expect(codeOf(() => loadDataset(file('ragged.csv', 'x,label\n1,0\n1,2,3\n')))).toMatch(/DNN4050.*ragged\.csv/);
    expect(codeOf(() => loadDataset(file('one.csv', 'x,label\n1,0\n')))).toMatch(/DNN4055/);
    const empty = join(dir, 'empty-dir');
    mkdirSync(empty);
    writeFileSync(join(empty, 'train.csv'), '');
    expect(codeOf(() => loadDataset(empty))).toMatch(/DNN4050.*empty/);
  });
});

describe('.npz data', () => {
  it('x and y; uint8 x stays pixels; mismatched arrays are DNN4054', () => {
    const x = new Uint8Array(20).map((_, i) => i);
    const y = Int32Array.from({ length: 10 }, (_, i) => i % 2);
    const p = file('d.npz', zipSync({ 'x.npy': encodeNpy(x, [10, 2]), 'y.npy': encodeNpy(y, [10]) }));
    const d = loadDataset(p, { valFraction: 0.3 });
    expect([d.train.count, d.val.count, d.train.xEncoding, d.features]).toEqual([7, 3, 'u8', 2]);
    const short = file('short.npz', zipSync({ 'x.npy': encodeNpy(x, [10, 2]), 'y.npy': encodeNpy(y.subarray(0, 9), [9]) }));
    expect(codeOf(() => loadDataset(short))).toMatch(/DNN4054.*y has shape \(9\)/);
    const named = file('named.npz', zipSync({ 'features.npy': encodeNpy(x, [10, 2]) }));
    expect(codeOf(() => loadDataset(named))).toMatch(/DNN4054.*arrays named x and y/);
    const inf = file('inf.npz', zipSync({ 'x.npy': encodeNpy(new Float32Array([1, Infinity, 2, 3]), [2, 2]), 'y.npy': encodeNpy(new Int32Array([0, 1]), [2]) }));
    expect(codeOf(() => loadDataset(inf))).toMatch(/DNN4051.*row 0, column 1/);
  });
});

function png(width: number, height: number, pixel: (x: number, y: number) => [number, number, number]): Uint8Array {
  const img = new PNG({ width, height });
  for (let y = 0; y < height; y++) for (let x = 0; x < width; x++) img.data.set([...pixel(x, y), 255], 4 * (y * width + x));
  return PNG.sync.write(img);
}

describe('predict --input', () => {
  it('a gray PNG of the model\'s size is its pixels / 255; another size is resized, colour made gray, each with a note', () => {
    const notes: string[] = [];
    const note = (s: string) => notes.push(s);
    const p = file('d.png', png(8, 8, (x, y) => (y ? [0, 0, 0] : Array(3).fill(Math.min(255, x * 85)) as [number, number, number])));
    const r = readInputs(p, { example: [64], note });
    expect(r.count).toBe(1);
    expect(Array.from(r.x.subarray(0, 4))).toEqual([0, 1 / 3, 2 / 3, 1].map((v) => Math.fround(v)));
    expect(notes).toEqual([]);
    const big = file('big.png', png(8, 8, (x) => (x < 4 ? [255, 0, 0] : [0, 0, 0])));
    const s = readInputs(big, { example: [2, 2], note });
    expect(s.x[0]).toBeCloseTo(0.299, 3);
    expect(s.x[1]).toBe(0);
    expect(notes.join('\n')).toMatch(/colour image, converted to gray[\s\S]*resized from 8×8 to the model's 2×2/);
    const before = notes.length;
    const inverted = readInputs(p, { example: [8, 8, 1], invert: true, note });
    expect(inverted.x[0]).toBe(1);
    expect(notes.length).toBe(before);
    readInputs(file('light.png', png(8, 8, () => [250, 250, 250])), { example: [64], note });
    expect(notes.at(-1)).toMatch(/mostly light.*--invert/);
    expect(codeOf(() => readInputs(p, { example: [3, 5, 2], note }))).toMatch(/DNN4056/);
    expect(codeOf(() => readInputs(p, { example: [16], note }))).toMatch(/DNN4056/);
    expect(codeOf(() => readInputs(file('no.png', 'not a png at all, really'), { example: [64], note }))).toMatch(/DNN4058/);
  });

  it('CSV rows (a label column ignored) and .npy, checked against the model\'s features', () => {
    const note = () => {};
    const c = readInputs(file('in.csv', 'a,b,label\n1,2,0\n3,4,1\n'), { example: [2], note });
    expect([c.count, Array.from(c.x), c.labels]).toEqual([2, [1, 2, 3, 4], [0, 1]]);
    expect(codeOf(() => readInputs(file('wide.csv', 'a,b,c\n1,2,3\n'), { example: [2], note }))).toMatch(/DNN4056.*3 feature columns/);
    expect(codeOf(() => readInputs(file('badin.csv', 'a,b\n1,x\n'), { example: [2], note }))).toMatch(/DNN4051.*badin\.csv:2: column 'b'/);
    const n = readInputs(file('in.npy', encodeNpy(new Float32Array([1, 2, 3, 4, 5, 6]), [3, 2])), { example: [2], note });
    expect([n.count, Array.from(n.x)]).toEqual([3, [1, 2, 3, 4, 5, 6]]);
    expect(readInputs(file('one.npy', encodeNpy(new Float32Array([1, 2, 3, 4]), [2, 2])), { example: [2, 2], note }).count).toBe(1);
    expect(codeOf(() => readInputs(file('odd.npy', encodeNpy(new Float32Array(6), [2, 3])), { example: [2], note }))).toMatch(/DNN4056/);
    expect(codeOf(() => readInputs(file('x.txt', '1'), { example: [2], note }))).toMatch(/DNN4057/);
  });
});

describe('TensorBoard events', () => {
  it('CRC32C matches the known check values', () => {
    expect(crc32c(new TextEncoder().encode('123456789'))).toBe(0xe3069283);
    expect(crc32c(new Uint8Array(32))).toBe(0x8a9136aa);
    expect(crc32c(new Uint8Array(32).fill(0xff))).toBe(0x62a8ab43);
    expect(crc32c(Uint8Array.from({ length: 32 }, (_, i) => i))).toBe(0x46dd794e);
  });

  it("splits an epoch's scalars into Keras' train and validation runs under shared tags", () => {
    expect(tensorBoardScalars({ loss: 0.5, accuracy: 0.8, val_loss: 0.6, val_accuracy: 0.75, lr_scale: 0.5, seconds: 2, test_loss: 1 })).toEqual({
      train: { epoch_loss: 0.5, epoch_accuracy: 0.8, epoch_lr_scale: 0.5, epoch_seconds: 2 },
      validation: { epoch_loss: 0.6, epoch_accuracy: 0.75 },
    });
  });

  it('records decode with a separate reader: file version, then steps with scalars', () => {
    const bytes = [tfRecord(encodeEvent(1000.5, 0)), tfRecord(encodeEvent(1001, 3, { loss: 0.25, val_accuracy: 0.875 })), tfRecord(encodeEvent(1002, 300, { loss: 0.125 }))];
    const all = new Uint8Array(bytes.reduce((n, b) => n + b.length, 0));
    bytes.reduce((at, b) => (all.set(b, at), at + b.length), 0);
    const events = readEvents(all);
    expect(events).toEqual([
      { step: 0, wallTime: 1000.5, version: 'brain.Event:2', scalars: {} },
      { step: 3, wallTime: 1001, scalars: { loss: 0.25, val_accuracy: 0.875 } },
      { step: 300, wallTime: 1002, scalars: { loss: 0.125 } },
    ]);
  });
});


describe('learning curves', () => {
  it('is well-formed SVG with a panel per quantity, training and validation paths', () => {
    const svg = curvesSvg([{ label: '', epochs: [1, 2, 3].map((epoch) => ({ epoch, scalars: { loss: 1 / epoch, accuracy: epoch / 4, val_loss: 1.1 / epoch, val_accuracy: epoch / 5, seconds: 1 } })) }]);
    expect(svg.startsWith('<svg xmlns="http://www.w3.org/2000/svg"')).toBe(true);
    expect(wellFormed(svg)).toBe(true);
    expect(svg.match(/<g class="panel"/g)).toHaveLength(2);
    expect(svg.match(/<path /g)).toHaveLength(4);
    expect(svg).toContain('>validation<');
    expect(svg).not.toContain('seconds');
    expect(wellFormed(svg.replace('</g>', ''))).toBe(false);
  });

  it('the progress clock', () => {
    expect([clock(0), clock(75), clock(3700)]).toEqual(['0:00', '1:15', '1:01:40']);
  });

  it('the progress bar: steps, elapsed, time left and rate from completed steps, the last epoch\'s loss', () => {
    const written: string[] = [];
    let t = 0;
    const bar = new ProgressBar({ write: (s: string) => written.push(s) } as unknown as NodeJS.WriteStream, () => t);
    bar.update('epoch 2/5', 0, 100, 0.5);
    t = 10_000;
    bar.update('epoch 2/5', 20, 100, 0.5);
    expect(written.at(-1)).toMatch(/epoch 2\/5 \[#{6}\.{24}\] 20\/100 steps 0:10 0:40 left, 2\.0 steps\/s {2}loss 0\.5000 \(last epoch\)$/);
    bar.update('epoch 3/5', 0, 100); // a new epoch restarts the clock
    expect(written.at(-1)).toMatch(/0\/100 steps 0:00$/);
  });
});
