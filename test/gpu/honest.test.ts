// Honest numbers (issue 8): non-finite outputs are never counted as correct, divergence stops
// the run (DNN5004) without saving the diverged model over a good checkpoint, and a kernel the
// device rejects is a diagnostic (DNN5003).
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { train } from '../../src/cli/train.js';
import { compileSource } from '../../src/compiler/compile.js';
import { DnnError } from '../../src/contract/diagnostics.js';
import { encodeIdxU8 } from '../../src/data/idx.js';
import { IDX_VAL_COUNT } from '../../src/data/fashion.js';
import { Builder } from '../../src/ir/builder.js';
import { evaluateProgram } from '../../src/ir/evaluate.js';
import type { Program } from '../../src/ir/program.js';
import { refTensor } from '../../src/ir/reference.js';
import { fit } from '../../src/runtime/fit.js';
import { runOnDevice } from '../helpers/gpu.js';
import { getSharedNodeDevice } from '../../src/runtime/node.js';
import { decodeSafetensors } from '../../src/runtime/safetensors.js';
import { Session, type DataSplit } from '../../src/runtime/session.js';

const ROOT = mkdtempSync(join(tmpdir(), 'dnnc-honest-'));
afterAll(() => rmSync(ROOT, { recursive: true, force: true }));

const model = (optimizer: string, extra = '') => `
model tiny
input X: f32[batch, 4]
input y: i32[batch]
logits = dense(X, 3)
loss = mean(sparse_softmax_cross_entropy(logits, y))
metric accuracy = accuracy(logits, y)
metric in_top_3 = mean(in_top_k(logits, y, 3))
train {
  optimizer  = ${optimizer}
  batch_size = 4
  epochs     = 1
  ${extra}
}`;

/** n examples of 4 features, label = i mod 3; `poison` gives feature values (NaN) to every example. */
function split(n: number, poison?: number): DataSplit {
  const x = Float32Array.from({ length: n * 4 }, (_, i) => poison ?? ((i * 7) % 11) / 11);
  return { count: n, features: x, labels: Int32Array.from({ length: n }, (_, i) => i % 3) };
}

async function session(text: string): Promise<Session> {
  const { artifact } = compileSource({ path: 'tiny.dnn', text });
  const h = await getSharedNodeDevice();
  return await Session.create(h.device, artifact);
}

/** The DnnError a promise rejects with. */
async function rejection(p: Promise<unknown>): Promise<DnnError> {
  try {
    await p;
  } catch (e) {
    expect(e).toBeInstanceOf(DnnError);
    return e as DnnError;
  }
  throw new Error('expected a DnnError');
}

describe('metrics on the GPU', () => {
  it('is_finite, the test metrics use, is 0 for NaN and ±Infinity on the device as in float64', async () => {
    const b = new Builder();
    const x = b.newVar({ dtype: 'f32', shape: [7] });
    const p: Program = { name: 'run', inputs: [], state: [{ name: 'x', var: x }], eqns: b.eqns, outputs: [{ name: 'out', var: b.isFinite(x) }], updates: [] };
    const state = { x: refTensor(x.type, [NaN, Infinity, -Infinity, 0, -3.4e38, 1e-40, 2.5]) };
    const got = await runOnDevice(p, state);
    expect([...got['out']!]).toEqual([0, 0, 0, 1, 1, 1, 1]);
    expect([...evaluateProgram(p, {}, state).outputs['out']!.data]).toEqual([0, 0, 0, 1, 1, 1, 1]);
  });

  it('a model whose logits are NaN gets accuracy 0 (and in_top_k with k = all classes 0), not 1', async () => {
    const s = await session(model('sgd(learning_rate: 0.1)'));
    try {
      s.setData('val', split(12, NaN));
      await s.init(1);
      const r = await s.evaluate('val');
      expect(Number.isNaN(r.loss)).toBe(true);
      expect(r.metrics['accuracy']).toBe(0);
      expect(r.metrics['in_top_3']).toBe(0);
      // The same model on finite data: every example is within the top 3 of 3 classes.
      s.setData('val', split(12));
      expect((await s.evaluate('val')).metrics['in_top_3']).toBe(1);
    } finally {
      s.destroy();
    }
  });
});

describe('divergence', () => {
  it('DNN5004: fit stops with a clear message when a learning rate of 1e30 makes the losses non-finite', async () => {
    // A regression: its gradient grows with the weights, so they overflow within a few steps.
    const s = await session(`
model regression
input X: f32[batch, 4]
input y: i32[batch]
loss = mean_squared_error(dense(X, 1), float(y))
train {
  optimizer  = sgd(learning_rate: 1e30)
  batch_size = 4
}`);
    try {
      s.setData('train', split(64));
      s.setData('val', split(12));
      await s.init(1);
      const err = await rejection(fit(s, { epochs: 1 }));
      expect(err.diagnostics[0]!.code).toBe('DNN5004');
      expect(err.message).toMatch(/training diverged: the (training|val) loss is (NaN|-?Infinity)/);
    } finally {
      s.destroy();
    }
  });

  it('DNN5004 from dnnc train: exit with the diagnostic and keep the last good per-epoch checkpoint', async () => {
    const dir = mkdtempSync(join(ROOT, 'idx-'));
    // 4-pixel images: the first IDX_VAL_COUNT become the validation split, 8 more train (2 steps per epoch).
    const n = IDX_VAL_COUNT + 8;
    const pixels = Uint8Array.from({ length: n * 4 }, (_, i) => (i * 37) % 256);
    const labels = Uint8Array.from({ length: n }, (_, i) => i % 3);
    writeFileSync(join(dir, 'train-images-idx3-ubyte'), encodeIdxU8([n, 2, 2], pixels));
    writeFileSync(join(dir, 'train-labels-idx1-ubyte'), encodeIdxU8([n], labels));
    writeFileSync(join(dir, 't10k-images-idx3-ubyte'), encodeIdxU8([4, 2, 2], pixels.subarray(0, 16)));
    writeFileSync(join(dir, 't10k-labels-idx1-ubyte'), encodeIdxU8([4], labels.subarray(0, 4)));
    // A good first epoch (steps 0 and 1), then a rate that overflows every weight.
    const file = join(dir, 'diverge.dnn');
    writeFileSync(file, model('sgd(learning_rate: piecewise_constant([1], [0.01, 3e38]))', `data = "${dir}"`).replace('epochs     = 1', 'epochs     = 4'));
    const ckpt = join(dir, 'run.safetensors');
    const err = await rejection(train({ file, seed: 1, json: true, save: ckpt }));
    expect(err.diagnostics[0]!.code).toBe('DNN5004');
    const saved = decodeSafetensors(readFileSync(ckpt));
    expect(saved.metadata['epoch']).toBe('1');
    for (const [name, t] of saved.tensors) {
      if (t.data instanceof Float32Array) expect(t.data.every(Number.isFinite), name).toBe(true);
    }
  });
});

describe('shader compilation', () => {
  it('DNN5003: Session.create with an artifact whose kernel is not valid WGSL', async () => {
    const { artifact } = compileSource({ path: 'tiny.dnn', text: model('sgd()') });
    const bad = { ...artifact, kernels: artifact.kernels.map((k, i) => (i === 0 ? { ...k, wgsl: `${k.wgsl}\nfn broken( {` } : k)) };
    const h = await getSharedNodeDevice();
    const err = await rejection(Session.create(h.device, bad));
    expect(err.diagnostics[0]!.code).toBe('DNN5003');
    expect(err.message).toContain('failed to compile');
  });
});
