// Hostile inputs to streamed data (src/runtime/stream.ts, src/data/rows.ts, --data-budget): a
// file truncated mid-epoch or changed between epochs, budgets of 0, negative, nonsense, huge or
// under one batch, row counts that do not divide the batch, IDX files whose header lies about
// their size; and the command line's streamed run gives the same JSON lines as the whole upload.
import { spawnSync } from 'node:child_process';
import { appendFileSync, mkdirSync, mkdtempSync, readFileSync, rmSync, truncateSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { byteSize } from '../../src/cli/args.js';
import { resolveImport } from '../../src/cli/source.js';
import { compileSource } from '../../src/compiler/compile.js';
import { zipSync } from 'fflate';
import { encodeIdxU8 } from '../../src/data/idx.js';
import { encodeNpy } from '../../src/data/npy.js';
import { openNpzRows } from '../../src/data/npzRows.js';
import { openIdxRows, type DiskDataset, type RowSplit } from '../../src/data/rows.js';
import { Session } from '../../src/runtime/session.js';
import { memoryRows } from '../../src/runtime/stream.js';
import { openWasmDevice } from '../../src/runtime/wasm.js';

const ROOT = mkdtempSync(join(tmpdir(), 'dnnc-stream-'));
afterAll(() => rmSync(ROOT, { recursive: true, force: true }));

const MODEL = `model tiny16
input X: f32[batch, 16]
input y: i32[batch]
h = dense(X, 8, activation: relu)
logits = dense(h, 10)
loss = mean(sparse_softmax_cross_entropy(logits, y))
metric accuracy = mean(in_top_k(logits, y, 1))
train {
  optimizer  = sgd(learning_rate: 0.05)
  batch_size = 32
  epochs     = 2
}
`;
const modelFile = join(ROOT, 'tiny16.dnn');
writeFileSync(modelFile, MODEL);

let dirs = 0;
/** An MNIST-layout IDX directory of 4×4 images: `train` training rows (the first 5,000 are validation), 333 test rows. */
function idxDir(train = 5_555): string {
  const dir = join(ROOT, `idx${dirs++}`);
  mkdirSync(dir);
  const images = (n: number, salt: number) => Uint8Array.from({ length: n * 16 }, (_, i) => ((i * 2654435761 + salt) >>> 24));
  const labels = (n: number, salt: number) => Uint8Array.from({ length: n }, (_, i) => ((i + salt) * 7) % 10);
  writeFileSync(join(dir, 'train-images-idx3-ubyte'), encodeIdxU8([train, 4, 4], images(train, 1)));
  writeFileSync(join(dir, 'train-labels-idx1-ubyte'), encodeIdxU8([train], labels(train, 1)));
  writeFileSync(join(dir, 't10k-images-idx3-ubyte'), encodeIdxU8([333, 4, 4], images(333, 2)));
  writeFileSync(join(dir, 't10k-labels-idx1-ubyte'), encodeIdxU8([333], labels(333, 2)));
  return dir;
}

async function session(budget?: number): Promise<Session> {
  const { artifact } = compileSource({ path: 'tiny16.dnn', text: MODEL }, { wasm: true });
  const s = await Session.create((await openWasmDevice(artifact)).device, artifact);
  if (budget !== undefined) s.dataBudget = budget;
  return s;
}

const streamed = (s: RowSplit) => ({ count: s.count, rows: [s.rows], labels: s.y });

async function withData(dir: string, budget: number, f: (s: Session, d: DiskDataset) => Promise<void>): Promise<void> {
  const d = openIdxRows(dir, 0)!;
  const s = await session(budget);
  try {
    s.setData('train', streamed(d.train));
    s.setData('val', streamed(d.val));
    await s.init(1);
    await f(s, d);
  } finally {
    s.destroy();
    d.close();
  }
}

describe('streamed data files', () => {
  it('a file truncated mid-epoch is DNN4060, not garbage rows', async () => {
    const dir = idxDir();
    await withData(dir, 4 * 32 * 16, async (s, d) => {
      const read = d.train.rows.read.bind(d.train.rows);
      let calls = 0;
      // The second chunk's read finds the file cut short (after the epoch's size check).
      (d.train.rows as { read: typeof read }).read = (rows, n, out) => {
        if (++calls === 2) truncateSync(join(dir, 'train-images-idx3-ubyte'), 2000);
        read(rows, n, out);
      };
      await expect(s.trainEpoch()).rejects.toMatchObject({ diagnostics: [{ code: 'DNN4060', message: expect.stringContaining('truncated') }] });
    });
  });

  it('a file that changed size between epochs is DNN4060', async () => {
    const dir = idxDir();
    await withData(dir, 4 * 32 * 16, async (s) => {
      await s.trainEpoch();
      appendFileSync(join(dir, 'train-images-idx3-ubyte'), new Uint8Array(16));
      await expect(s.trainEpoch()).rejects.toMatchObject({ diagnostics: [{ code: 'DNN4060', message: expect.stringContaining('changed size') }] });
      await expect(s.evaluate('val')).rejects.toMatchObject({ diagnostics: [{ code: 'DNN4060' }] });
    });
  });

  it('an IDX file whose header lies about its size, or holds no bytes, is refused where it is opened', () => {
    const dir = idxDir();
    appendFileSync(join(dir, 'train-images-idx3-ubyte'), new Uint8Array(3));
    expect(() => openIdxRows(dir, 0)).toThrow(/DNN4001|need \d+ bytes, the file has/);
    const f32 = idxDir();
    const bytes = encodeIdxU8([5_555, 4, 4], new Uint8Array(5_555 * 16));
    bytes[2] = 0x0d;
    writeFileSync(join(f32, 'train-images-idx3-ubyte'), bytes);
    expect(() => openIdxRows(f32, 0)).toThrow(/unsigned bytes/);
  });

  it('a small or gzip directory is left to the in-memory loader (undefined)', () => {
    const dir = idxDir();
    expect(openIdxRows(dir, 10 ** 9)).toBeUndefined();
    expect(openIdxRows(join(ROOT, 'nowhere'), 0)).toBeUndefined();
    expect(openIdxRows(dir, 0)).toBeDefined();
  });
});

describe('data budgets', () => {
  it('--data-budget: 0, negative, nonsense and absurd values are usage errors (DNN7006); suffixes are binary', () => {
    for (const bad of ['0', '-5', '-1M', 'abc', '1e9', '1.5M', '99999999999999', '', '12T']) {
      expect(() => byteSize('--data-budget')(bad), bad).toThrow(expect.objectContaining({ diagnostics: [expect.objectContaining({ code: 'DNN7006' })] }));
    }
    expect(byteSize('--data-budget')('64M')).toBe(64 * 2 ** 20);
    expect(byteSize('--data-budget')('2k')).toBe(2048);
    expect(byteSize('--data-budget')('1GiB')).toBe(2 ** 30);
    expect(byteSize('--data-budget')('4096')).toBe(4096);
  });

  it('a runtime budget of 0, negative or NaN is DNN6033; one under a batch is DNN4061; a huge one takes the binding limit', async () => {
    const d = { count: 100, features: new Uint8Array(1600), labels: new Int32Array(100) };
    for (const bad of [0, -1, NaN, 1.5]) {
      const s = await session(bad);
      expect(() => s.setData('train', d)).toThrow(expect.objectContaining({ diagnostics: [expect.objectContaining({ code: 'DNN6033' })] }));
      s.destroy();
    }
    const small = await session(32 * 16 - 1);
    expect(() => small.setData('train', d)).toThrow(expect.objectContaining({ diagnostics: [expect.objectContaining({ code: 'DNN4061', message: expect.stringContaining('less than one batch') })] }));
    small.destroy();
    const huge = await session(2 ** 52);
    const rows = { count: 100, rows: [{ count: 100, features: 16, encoding: 'u8' as const, read: () => {} }], labels: new Int32Array(100) };
    huge.setData('train', rows);
    expect(huge.isStreamed('train')).toBe(true);
    expect(huge.dataBytes('train')).toBeLessThan(10_000);
    huge.destroy();
  });

  it('a model that caches frozen layers cannot stream (DNN4061): its cache holds every example', async () => {
    const { artifact } = compileSource({ path: 'examples/deep-relu-cached.dnn', text: readFileSync('examples/deep-relu-cached.dnn', 'utf8') }, { resolveImport, wasm: true });
    const s = await Session.create((await openWasmDevice(artifact)).device, artifact);
    s.dataBudget = 200 * 784 * 4;
    const d = { count: 1000, features: new Uint8Array(1000 * 784), labels: new Int32Array(1000) };
    expect(() => s.setData('train', d)).toThrow(expect.objectContaining({ diagnostics: [expect.objectContaining({ code: 'DNN4061', message: expect.stringContaining('caches frozen layers') })] }));
    s.destroy();
  });

  it('rows that do not divide the batch: the remainder is dropped as in a whole upload; fewer rows than a batch is DNN4001', async () => {
    const dir = idxDir(5_000 + 3 * 32 + 17);
    await withData(dir, 2 * 32 * 16, async (s) => {
      expect((await s.trainEpoch()).steps).toBe(3);
      expect(Number.isFinite((await s.evaluate('val')).loss)).toBe(true);
    });
    const s = await session(1024);
    s.setData('train', { count: 20, rows: [memoryRows(new Uint8Array(320), 16)], labels: new Int32Array(20) });
    expect(s.isStreamed('train')).toBe(true);
    await s.init(1);
    await expect(s.trainEpoch()).rejects.toMatchObject({ diagnostics: [{ code: 'DNN4001' }] });
    s.destroy();
  });
});

describe('dnnc train --data-budget', () => {
  const cli = (args: string[]) => spawnSync(process.execPath, ['dist/src/cli/main.js', 'train', modelFile, ...args], { encoding: 'utf8', timeout: 120_000 });
  const lines = (out: string) => out.trim().split('\n').map((l) => JSON.parse(l) as Record<string, unknown>).map(({ seconds: _s, ms_per_step: _m, ...rest }) => rest);

  it('streams from disk with the same JSON lines as the whole upload; a bad budget exits 2', () => {
    const dir = idxDir();
    const whole = cli(['--data', dir, '--backend', 'wasm', '--json', '--data-budget', '1G']);
    const chunks = cli(['--data', dir, '--backend', 'wasm', '--json', '--data-budget', '3K']);
    expect(whole.status, whole.stderr).toBe(0);
    expect(chunks.status, chunks.stderr).toBe(0);
    expect(lines(chunks.stdout)).toEqual(lines(whole.stdout));
    const bad = cli(['--data', dir, '--backend', 'wasm', '--data-budget', '0']);
    expect(bad.status).toBe(2);
    expect(bad.stderr).toContain('DNN7006');
    const tiny = cli(['--data', dir, '--backend', 'wasm', '--data-budget', '100']);
    expect(tiny.status).toBe(1);
    expect(tiny.stderr).toContain('DNN4061');
  });
});

describe('.npz data read from disk (numpy.savez: stored entries)', () => {
  const npz = (name: string, x: Uint8Array | Float32Array, n: number, level: 0 | 6 = 0) => {
    const p = join(ROOT, name);
    const y = Int32Array.from({ length: n }, (_, i) => (i * 7) % 10);
    writeFileSync(p, zipSync({ 'x.npy': encodeNpy(x, [n, 4, 4]), 'y.npy': encodeNpy(y, [n]) }, { level }));
    return p;
  };
  const bytes = (n: number) => Uint8Array.from({ length: n * 16 }, (_, i) => (i * 2654435761) >>> 24);

  it('a stored .npz streams from disk with the same JSON lines as the in-memory load (split by --val-fraction and --seed)', () => {
    const file = npz('u8.npz', bytes(900), 900);
    const run = (budget: string) => spawnSync(process.execPath, ['dist/src/cli/main.js', 'train', modelFile, '--data', file, '--backend', 'wasm', '--json', '--seed', '7', '--data-budget', budget], { encoding: 'utf8', timeout: 120_000 });
    const [whole, chunks] = [run('1G'), run('2K')];
    expect(whole.status, whole.stderr).toBe(0);
    expect(chunks.status, chunks.stderr).toBe(0);
    const strip = (out: string) => out.replace(/"seconds":[0-9.e-]+/g, '');
    expect(strip(chunks.stdout)).toEqual(strip(whole.stdout));
    const d = openNpzRows(file, 0, { seed: 7, valFraction: 0.1 })!;
    expect([d.train.count, d.val.count, d.test.count]).toEqual([810, 90, 0]);
    d.close();
  });

  it('a deflated .npz (savez_compressed) or a small one is left to the in-memory loader; a bad value in a float32 row is DNN4051 when read', async () => {
    expect(openNpzRows(npz('z.npz', bytes(900), 900, 6), 0, {})).toBeUndefined();
    expect(openNpzRows(npz('small.npz', bytes(900), 900), 10 ** 9, {})).toBeUndefined();
    const x = new Float32Array(900 * 16).map((_, i) => (i % 17) / 17);
    x[650 * 16 + 3] = NaN;
    const d = openNpzRows(npz('nan.npz', x, 900), 0, { seed: 1 })!;
    const s = await session(4 * 32 * 64);
    try {
      s.setData('train', streamed(d.train));
      s.setData('val', streamed(d.val));
      await s.init(1);
      await expect(s.trainEpoch()).rejects.toMatchObject({ diagnostics: [{ code: 'DNN4051', message: expect.stringContaining('x row 650, column 3') }] });
    } finally {
      s.destroy();
      d.close();
    }
  });

  it('labels out of range, or y of the wrong length, are refused where the file is opened', () => {
    const p = join(ROOT, 'badlabels.npz');
    writeFileSync(p, zipSync({ 'x.npy': encodeNpy(bytes(100), [100, 16]), 'y.npy': encodeNpy(new Int32Array(99), [99]) }, { level: 0 }));
    expect(() => openNpzRows(p, 0, {})).toThrow(/DNN4054|one label per row/);
    writeFileSync(p, zipSync({ 'x.npy': encodeNpy(bytes(100), [100, 16]), 'y.npy': encodeNpy(new Int32Array(100).fill(12), [100]) }, { level: 0 }));
    expect(() => openNpzRows(p, 0, { classes: 10 })).toThrow(/outside the model's 10 classes/);
  });
});
