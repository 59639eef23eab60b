// Data loading and validation: no GPU involved.
import { existsSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { afterAll, describe, expect, it } from 'vitest';
import { DnnError, type DiagnosticCode } from '../../src/contract/diagnostics.js';
import {
  proportionalSizes,
  seededPermutation,
  shuffleSplit,
  validateSplit,
  type Split,
} from '../../src/data/dataset.js';
import { encodeIdxU8, parseIdx, readIdxFile } from '../../src/data/idx.js';
import { FASHION_MNIST_DIR, loadIdxDirectory } from '../../src/data/fashion.js';
import { loadDataset } from '../../src/data/index.js';

/** Runs fn and returns the DnnError it throws (fails the test if it throws anything else). */
function dnnError(fn: () => unknown): DnnError {
  try {
    fn();
  } catch (e) {
    expect(e).toBeInstanceOf(DnnError);
    return e as DnnError;
  }
  throw new Error('expected a DnnError');
}

function expectCode(fn: () => unknown, code: DiagnosticCode, ...fragments: string[]): void {
  const err = dnnError(fn);
  expect(err.diagnostics[0].code).toBe(code);
  for (const f of fragments) expect(err.message).toContain(f);
}

describe('mnist (bundled)', () => {
  const data = loadDataset(undefined);

  it('splits 8000 / 1000 / 1000 with byte pixels', () => {
    expect(data.name).toBe('mnist');
    expect([data.train.count, data.val.count, data.test.count]).toEqual([8000, 1000, 1000]);
    expect(data.features).toBe(784);
    expect(data.classes).toBe(10);
    for (const s of [data.train, data.val, data.test]) {
      expect(s.xEncoding).toBe('u8');
      expect(s.x).toBeInstanceOf(Uint8Array);
      expect(s.x.length).toBe(s.count * 784);
      expect(s.y.length).toBe(s.count);
    }
  });

  it('has every digit in every split and labels in range', () => {
    for (const s of [data.train, data.val, data.test]) {
      const seen = new Set(s.y);
      expect([...seen].sort((a, b) => a - b)).toEqual([0, 1, 2, 3, 4, 5, 6, 7, 8, 9]);
    }
  });

  it('uses the full byte range (values were recovered as bytes, not 0/1)', () => {
    const x = data.train.x;
    let max = 0;
    const distinct = new Set<number>();
    for (let i = 0; i < 784 * 100; i++) {
      max = Math.max(max, x[i]);
      distinct.add(x[i]);
    }
    expect(max).toBe(255);
    expect(distinct.size).toBeGreaterThan(100);
  });

  it('is deterministic', () => {
    const again = loadDataset('mnist');
    expect(Array.from(again.train.y)).toEqual(Array.from(data.train.y));
    // Buffer.equals: vitest's deep equality takes seconds on millions of elements.
    expect(Buffer.from(again.train.x).equals(Buffer.from(data.train.x))).toBe(true);
    expect(Buffer.from(again.test.x).equals(Buffer.from(data.test.x))).toBe(true);
  });

  it('keeps chosen digits, scaling the split 80/10/10', () => {
    const some = loadDataset('mnist', { digits: [3, 1] });
    const total = some.train.count + some.val.count + some.test.count;
    expect(total).toBe(1032 + 1127);
    expect(some.train.count).toBe(Math.round(total * 0.8));
    expect(some.val.count).toBe(Math.round(total * 0.1));
    expect(new Set(some.train.y)).toEqual(new Set([1, 3]));
    expect(some.classes).toBe(10);

    const remapped = loadDataset('mnist', { digits: [3, 1], remap: true });
    expect(remapped.classes).toBe(2);
    // Same examples, labels renamed in the order given: 3 → 0, 1 → 1.
    expect(Array.from(remapped.train.y)).toEqual(Array.from(some.train.y, (d) => (d === 3 ? 0 : 1)));
  });

  it('rejects bad digit selections and unknown data sets', () => {
    expectCode(() => loadDataset('mnist', { digits: [1, 12] }), 'DNN4001', '12');
    expectCode(() => loadDataset('mnist', { digits: [] }), 'DNN4001');
    expectCode(() => loadDataset('no-such-set'), 'DNN6001', 'no-such-set', 'fashion-mnist');
  });
});

describe('validateSplit', () => {
  const shape = { features: 2, classes: 3 };
  const split = (over: Partial<Split>): Split => ({
    x: new Float32Array([0, 1, 2, 3]),
    xEncoding: 'f32',
    y: new Int32Array([0, 2]),
    count: 2,
    features: 2,
    ...over,
  });

  it('accepts a good split', () => {
    expect(() => validateSplit(split({}), shape)).not.toThrow();
  });
  it('rejects a wrong shape', () => {
    expectCode(() => validateSplit(split({ x: new Float32Array(5) }), shape), 'DNN4001', '5 values', '2 × 2');
  });
  it('rejects a label out of range, naming index and value', () => {
    expectCode(() => validateSplit(split({ y: new Int32Array([0, 3]) }), shape), 'DNN4001', 'index 1', 'is 3');
    expectCode(() => validateSplit(split({ y: new Int32Array([-1, 0]) }), shape), 'DNN4001', 'index 0', 'is -1');
  });
  it('rejects non-integer labels', () => {
    const y = new Float32Array([0, 1.5]) as unknown as Int32Array;
    expectCode(() => validateSplit(split({ y }), shape), 'DNN4001', 'index 1', 'not an integer');
  });
  it('rejects NaN and Infinity, naming the first index', () => {
    expectCode(() => validateSplit(split({ x: new Float32Array([0, 1, NaN, NaN]) }), shape), 'DNN4001', 'index 2', 'NaN');
    expectCode(() => validateSplit(split({ x: new Float32Array([Infinity, 0, 0, 0]) }), shape), 'DNN4001', 'index 0');
  });
});

describe('seeded shuffles', () => {
  it('are permutations, repeatable per seed', () => {
    const p = seededPermutation(100, 7);
    expect([...p].sort((a, b) => a - b)).toEqual(Array.from({ length: 100 }, (_, i) => i));
    expect(seededPermutation(100, 7)).toEqual(p);
    expect(seededPermutation(100, 8)).not.toEqual(p);
  });
  it('split into the given sizes without overlap', () => {
    const items = Array.from({ length: 20 }, (_, i) => i);
    const [a, b, c] = shuffleSplit(items, [10, 5, 5], 1);
    expect([a.length, b.length, c.length]).toEqual([10, 5, 5]);
    expect(new Set([...a, ...b, ...c]).size).toBe(20);
    expectCode(() => shuffleSplit(items, [15, 10], 1), 'DNN4001');
  });
  it('proportional sizes sum to n', () => {
    expect(proportionalSizes(10000, [0.8, 0.1, 0.1])).toEqual([8000, 1000, 1000]);
    expect(proportionalSizes(7, [0.8, 0.1, 0.1]).reduce((a, b) => a + b)).toBe(7);
  });
});

describe('IDX reader', () => {
  const dir = mkdtempSync(join(tmpdir(), 'dnnc-idx-'));
  afterAll(() => rmSync(dir, { recursive: true, force: true }));
  const pixels = Uint8Array.from({ length: 3 * 2 * 2 }, (_, i) => i * 20);

  it('reads raw and gzip files alike', () => {
    const raw = encodeIdxU8([3, 2, 2], pixels);
    writeFileSync(join(dir, 'a.idx'), raw);
    writeFileSync(join(dir, 'a.idx.gz'), gzipSync(raw));
    for (const f of ['a.idx', 'a.idx.gz']) {
      const idx = readIdxFile(join(dir, f));
      expect(idx.dtype).toBe('u8');
      expect(idx.dims).toEqual([3, 2, 2]);
      expect(Array.from(idx.data)).toEqual(Array.from(pixels));
    }
  });

  it('decodes big-endian multi-byte types', () => {
    const bytes = new Uint8Array([0, 0, 0x0c, 1, 0, 0, 0, 2, 0, 0, 1, 0, 0xff, 0xff, 0xff, 0xfe]);
    const idx = parseIdx(bytes, 'ints');
    expect(idx.dtype).toBe('i32');
    expect(Array.from(idx.data)).toEqual([256, -2]);
  });

  it('reports truncated and corrupt files with DNN4001 naming the file', () => {
    const raw = encodeIdxU8([3, 2, 2], pixels);
    const cut = join(dir, 'cut.idx');
    writeFileSync(cut, raw.subarray(0, raw.length - 1));
    expectCode(() => readIdxFile(cut), 'DNN4001', cut, 'truncated');

    const cutGz = join(dir, 'cut.idx.gz');
    const gz = gzipSync(raw);
    writeFileSync(cutGz, gz.subarray(0, gz.length - 6));
    expectCode(() => readIdxFile(cutGz), 'DNN4001', cutGz);

    const badMagic = join(dir, 'bad.idx');
    writeFileSync(badMagic, Uint8Array.from([1, 2, 8, 1, 0, 0, 0, 0]));
    expectCode(() => readIdxFile(badMagic), 'DNN4001', badMagic, 'magic');

    const badType = join(dir, 'type.idx');
    writeFileSync(badType, Uint8Array.from([0, 0, 0x42, 1, 0, 0, 0, 0]));
    expectCode(() => readIdxFile(badType), 'DNN4001', '0x42');

    expectCode(() => readIdxFile(join(dir, 'missing.idx')), 'DNN6001', 'missing.idx');
  });

  it('stops inflating a gzip file at the size its header promises (DNN4002)', () => {
    // A header promising 10 images of 28 × 28, followed by 32 MB of zeros (a 32 KB download).
    const header = encodeIdxU8([10, 28, 28], new Uint8Array(10 * 28 * 28));
    const bomb = join(dir, 'bomb.idx.gz');
    writeFileSync(bomb, gzipSync(Buffer.concat([header, Buffer.alloc(32 * 1024 * 1024)]), { level: 1 }));
    expectCode(() => readIdxFile(bomb), 'DNN4002', bomb, `${header.length} bytes`);
  });

  it('refuses a header promising more than MAX_IDX_BYTES before inflating anything', () => {
    const huge = new Uint8Array([0, 0, 0x08, 3, 0, 0, 0xea, 0x60, 0, 0, 0x10, 0, 0, 0, 0x10, 0]);
    expectCode(() => parseIdx(gzipSync(huge), 'huge.gz'), 'DNN4001', 'huge.gz', 'more than the limit');
    expectCode(() => parseIdx(huge, 'huge'), 'DNN4001', 'huge', 'more than the limit');
  });

  it('refuses a data path that is not a regular file (DNN6020)', () => {
    expectCode(() => readIdxFile('/dev/zero'), 'DNN6020', '/dev/zero');
    expectCode(() => readIdxFile(dir), 'DNN6020', dir);
  });

  it('loads a directory of IDX files with the chapter split (val = first 5000)', () => {
    const n = 5010;
    const sub = join(dir, 'set');
    const images = Uint8Array.from({ length: n * 4 }, (_, i) => i % 251);
    const labels = Uint8Array.from({ length: n }, (_, i) => i % 10);
    const testImages = Uint8Array.from({ length: 3 * 4 }, (_, i) => i);
    const testLabels = Uint8Array.from([7, 8, 9]);
    rmSync(sub, { recursive: true, force: true });
    mkdirSync(sub, { recursive: true });
    writeFileSync(join(sub, 'train-images-idx3-ubyte.gz'), gzipSync(encodeIdxU8([n, 2, 2], images)));
    writeFileSync(join(sub, 'train-labels-idx1-ubyte'), encodeIdxU8([n], labels));
    writeFileSync(join(sub, 't10k-images-idx3-ubyte'), encodeIdxU8([3, 2, 2], testImages));
    writeFileSync(join(sub, 't10k-labels-idx1-ubyte.gz'), gzipSync(encodeIdxU8([3], testLabels)));

    const d = loadDataset(sub);
    expect([d.train.count, d.val.count, d.test.count]).toEqual([10, 5000, 3]);
    expect(d.features).toBe(4);
    expect(d.classes).toBe(10);
    expect(Array.from(d.val.y.subarray(0, 3))).toEqual([0, 1, 2]);
    expect(d.train.y[0]).toBe(5000 % 10);
    expect(Array.from(d.train.x.subarray(0, 4))).toEqual(Array.from(images.subarray(5000 * 4, 5000 * 4 + 4)));
    expect(Array.from(d.test.y)).toEqual([7, 8, 9]);

    // A labels file that does not match its images.
    writeFileSync(join(sub, 't10k-labels-idx1-ubyte.gz'), gzipSync(encodeIdxU8([2], testLabels.subarray(0, 2))));
    expectCode(() => loadIdxDirectory(sub), 'DNN4001', '2 labels', '3 images');
    rmSync(join(sub, 't10k-labels-idx1-ubyte.gz'));
    expectCode(() => loadIdxDirectory(sub), 'DNN6001', 't10k-labels-idx1-ubyte');
  });
});

// Only where Debian's dataset-fashion-mnist is installed (CI does not require it).
describe.skipIf(!existsSync(FASHION_MNIST_DIR))('fashion-mnist', () => {
  it('loads 55000 / 5000 / 10000', () => {
    const d = loadDataset('fashion-mnist');
    expect([d.train.count, d.val.count, d.test.count]).toEqual([55000, 5000, 10000]);
    expect(d.features).toBe(784);
    expect(d.classes).toBe(10);
    expect(new Set(d.val.y).size).toBe(10);
  });
});
