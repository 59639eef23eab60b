// A newcomer's first hour on the command line: their own CSV data, logs and curves, --json
// events, resuming, their own inputs to predict, and the model summary. Small data: fast.
import { spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { encodeNpy } from '../../src/data/npy.js';
import { decodeSafetensors, encodeSafetensors } from '../../src/runtime/safetensors.js';
import { readEvents } from '../helpers/tfevents-reader.js';

const CLI = 'dist/src/cli/main.js';
const dnnc = (...args: string[]) => {
  const r = spawnSync(process.execPath, [CLI, ...args], { encoding: 'utf8', timeout: 300_000 });
  return { code: r.status, out: r.stdout, err: r.stderr };
};
// Every line but train's first, the compile phase (tested in cli.test.ts).
const jsonLines = (out: string) => out.trim().split('\n').map((l) => JSON.parse(l) as Record<string, unknown>).filter((l) => l['event'] !== 'compile');
const dir = mkdtempSync(join(tmpdir(), 'dnnc-own-e2e-'));
const MODEL = 'examples/own/tabular.dnn';
const DATA = 'examples/own/blobs.csv';

describe('your own data, logs and resuming', () => {
  const ckpt = join(dir, 'tab.safetensors');
  const logs = join(dir, 'logs');

  it('trains on a CSV file with --log-dir: metrics.csv, TensorBoard events and curves.svg per epoch', () => {
    const r = dnnc('train', MODEL, '--data', DATA, '--epochs', '2', '--save', ckpt, '--log-dir', logs, '--json');
    expect(r.code, r.err).toBe(0);
    const lines = jsonLines(r.out);
    expect(lines.map((l) => l['epoch'])).toEqual([1, 2]);
    expect(lines.some((l) => l['event'] === 'test')).toBe(false); // one file: no test split
    const csv = readFileSync(join(logs, 'metrics.csv'), 'utf8').trim().split('\n');
    expect(csv[0]).toBe('epoch,loss,accuracy,val_loss,val_accuracy,seconds');
    expect(csv.slice(1).map((l) => l.split(',').map(Number))).toEqual(lines.map((l) => [l['epoch'], l['loss'], expect.any(Number), l['val_loss'], l['val_accuracy'], expect.any(Number)]));
    // Keras' layout: runs train/ and validation/, the same tags in both, so TensorBoard overlays them.
    const eventsOf = (run: string) => {
      const file = readdirSync(join(logs, run)).find((f) => f.startsWith('events.out.tfevents.'))!;
      return readEvents(readFileSync(join(logs, run, file)));
    };
    const [train, validation] = [eventsOf('train'), eventsOf('validation')];
    expect(train[0]!.version).toBe('brain.Event:2');
    expect(train.slice(1).map((e) => e.step)).toEqual([1, 2]);
    expect(validation.slice(1).map((e) => e.step)).toEqual([1, 2]);
    expect(train[2]!.scalars['epoch_loss']).toBeCloseTo(lines[1]!['loss'] as number, 5);
    expect(validation[2]!.scalars['epoch_loss']).toBeCloseTo(lines[1]!['val_loss'] as number, 5);
    expect(Object.keys(validation[2]!.scalars).sort()).toEqual(['epoch_accuracy', 'epoch_loss']);
    const svg = readFileSync(join(logs, 'curves.svg'), 'utf8');
    expect(svg).toMatch(/^<svg [\s\S]*<\/svg>\n$/);
    expect(svg.match(/<path /g)).toHaveLength(4); // loss and accuracy, training and validation
    expect(svg).toContain('best epoch');
  });

  it('a resumed run continues the epoch numbering; one that is done says so and exits 0', () => {
    const r = dnnc('train', MODEL, '--data', DATA, '--epochs', '3', '--checkpoint', ckpt, '--json');
    expect(r.code, r.err).toBe(0);
    expect(jsonLines(r.out).map((l) => l['epoch'])).toEqual([3]);
    const done = dnnc('train', MODEL, '--data', DATA, '--epochs', '2', '--checkpoint', ckpt);
    expect(done.code).toBe(0);
    expect(done.err).toContain('has already trained 2 epochs of 2: nothing to do');
    const { tensors, metadata } = decodeSafetensors(readFileSync(ckpt));
    const bad = join(dir, 'bad-epoch.safetensors');
    writeFileSync(bad, encodeSafetensors([...tensors.values()], { ...metadata, epoch: 'two' }));
    const r2 = dnnc('train', MODEL, '--data', DATA, '--checkpoint', bad);
    expect([r2.code, r2.err]).toEqual([1, expect.stringContaining("error DNN4059")]);
  });

  it('--json reports learning-rate changes, early stopping with the best epoch, and test metrics when there is a test split', () => {
    const model = join(dir, 'stop.dnn');
    writeFileSync(model, readFileSync(MODEL, 'utf8').replace('adam(learning_rate: 0.01)', 'sgd(learning_rate: 0.000000001)')
      .replace('epochs     = 5', 'epochs     = 5\n  early_stopping = early_stopping(monitor: "val_accuracy", patience: 1)\n  reduce_lr_on_plateau = reduce_lr_on_plateau(factor: 0.5, patience: 1, min_delta: 10)'));
    const set = join(dir, 'set');
    mkdirSync(set);
    const rows = readFileSync(DATA, 'utf8').trim().split('\n');
    writeFileSync(join(set, 'train.csv'), rows.slice(0, 41).join('\n'));
    writeFileSync(join(set, 'val.csv'), [rows[0], ...rows.slice(41, 51)].join('\n'));
    writeFileSync(join(set, 'test.csv'), [rows[0], ...rows.slice(51)].join('\n'));
    const r = dnnc('train', model, '--data', set, '--json');
    expect(r.code, r.err).toBe(0);
    const lines = jsonLines(r.out);
    expect(lines.find((l) => l['event'] === 'early_stopping')).toMatchObject({ epoch: 2, best_epoch: 1 });
    expect(lines.filter((l) => l['event'] === 'lr')).toEqual([{ event: 'lr', epoch: 1, lr_scale: 0.5 }, { event: 'lr', epoch: 2, lr_scale: 0.25 }]);
    expect(lines.at(-1)).toMatchObject({ event: 'test', test_loss: expect.any(Number), test_accuracy: expect.any(Number) });
  });

  it('a bad value in CSV data is reported with file, line and column', () => {
    const bad = join(dir, 'bad.csv');
    writeFileSync(bad, 'x1,x2,x3,x4,label\n1,2,3,4,0\n1,2,oops,4,1\n');
    const r = dnnc('train', MODEL, '--data', bad);
    expect(r.code).toBe(1);
    expect(r.err).toContain(`error DNN4051: ${bad}:3: column 'x3': 'oops' is not a number`);
  });
});

describe('predict --input and summary', () => {
  it('predicts for CSV rows, a .npy array, and refuses a PNG for a tabular model', () => {
    const ckpt = join(dir, 'p.safetensors');
    expect(dnnc('train', MODEL, '--epochs', '1', '--save', ckpt).code).toBe(0);
    const r = dnnc('predict', MODEL, '--checkpoint', ckpt, '--input', 'examples/own/rows.csv');
    expect(r.code, r.err).toBe(0);
    expect(r.out.trim().split('\n')).toHaveLength(3);
    expect(r.out).toMatch(/^0: {2}probabilities class \d: 0\.\d{3}, class \d: 0\.\d{3}, class \d: 0\.\d{3}\n/);
    const npy = join(dir, 'rows.npy');
    writeFileSync(npy, encodeNpy(new Float32Array([0.1, -0.2, 0.3, 0, 2.1, 1.8, 2.2, 1.9]), [2, 4]));
    const j = jsonLines(dnnc('predict', MODEL, '--checkpoint', ckpt, '--input', npy, '--json').out);
    expect(j).toHaveLength(2);
    const csv = jsonLines(dnnc('predict', MODEL, '--checkpoint', ckpt, '--input', 'examples/own/rows.csv', '--json').out);
    expect(j[1]!['probabilities']).toEqual(csv[1]!['probabilities']);
    expect((j[0]!['probabilities'] as number[]).reduce((a, b) => a + b, 0)).toBeCloseTo(1, 4);
    const noTest = dnnc('eval', MODEL, '--checkpoint', ckpt);
    expect([noTest.code, noTest.err]).toEqual([1, expect.stringContaining("error DNN4055: the data 'blobs.csv' has no test split")]);
    expect(dnnc('eval', MODEL, '--checkpoint', ckpt, '--split', 'val').code).toBe(0);
    const png = dnnc('predict', MODEL, '--checkpoint', ckpt, '--input', 'examples/own/digit7.png');
    expect([png.code, png.err]).toEqual([1, expect.stringContaining('error DNN4056')]);
  });

  it('predicts for a PNG with an MNIST model', () => {
    const r = dnnc('predict', 'examples/mnist-bn.dnn', '--input', 'examples/own/digit7.png', '--json');
    expect(r.code, r.err).toBe(0);
    expect(jsonLines(r.out)[0]!['probabilities']).toHaveLength(10);
  });

  it('summary: layers, shapes, counts, the training step and memory; --json', () => {
    const r = dnnc('summary', 'examples/mnist-bn.dnn');
    expect(r.code, r.err).toBe(0);
    expect(r.out).toMatch(/hidden1\/dense\s+\(batch, 300\)\s+235,500\s+0/);
    expect(r.out).toMatch(/hidden1\/batch_norm\s+\(batch, 300\)\s+600\s+600/);
    expect(r.out).toContain('Trainable params: 267,430');
    expect(r.out).toMatch(/Training step: \d+ dispatches of \d+ kernels/);
    const j = JSON.parse(dnnc('summary', 'examples/exercise9-cached.dnn', '--json').out);
    expect(j).toMatchObject({ trainable: 505, non_trainable: 118900, notes: [expect.stringContaining('caching hidden')] });
    expect(j.layers.at(-1)).toEqual({ layer: 'logits/dense', output: ['batch', 5], trainable: 505, non_trainable: 0 });
  });
});
