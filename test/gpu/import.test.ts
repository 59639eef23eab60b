// Weights from other frameworks: a PyTorch-layout state dict (safetensors, Linear.weight [out, in],
// F64 and F32) and a Keras-like .npz ([in, out] kernels), imported through a weight map, then
// run by the runtime's predict on the device and compared with a float64 forward pass of the
// same weights.
import { describe, expect, it } from 'vitest';
import { resolveImport } from '../../src/cli/source.js';
import { readWeights } from '../../src/cli/import.js';
import { compileSource } from '../../src/compiler/compile.js';
import { planRestore } from '../../src/runtime/checkpoint.js';
import { importWeights, parseWeightMap } from '../../src/runtime/importWeights.js';
import { getSharedNodeDevice } from '../../src/runtime/node.js';
import { Session } from '../../src/runtime/session.js';
import { npzOf, safetensorsOf, values, type Foreign } from '../helpers/foreign.js';

const MODEL = `model tiny
input X: f32[batch, 6]
input y: i32[batch]
hidden = dense(X, 4, activation: elu, name: "hidden1")
logits = dense(hidden, 3, name: "outputs")
loss = mean(sparse_softmax_cross_entropy(logits, y))
output probabilities = softmax(logits)
`;

/** softmax(elu(x W1 + b1) W2 + b2) in float64; W as [in, out] row-major. */
function forward(x: number[], w1: number[], b1: number[], w2: number[], b2: number[]): number[] {
  const dense = (v: number[], w: number[], b: number[], n: number) =>
    b.map((bias, j) => v.reduce((s, vi, i) => s + vi * w[i * n + j]!, bias));
  const h = dense(x, w1, b1, 4).map((z) => (z > 0 ? z : Math.expm1(z)));
  const z = dense(h, w2, b2, 3);
  const m = Math.max(...z);
  const e = z.map((zi) => Math.exp(zi - m));
  const s = e.reduce((a, b) => a + b, 0);
  return e.map((ei) => ei / s);
}

/** [rows, cols] row-major → [cols, rows]. */
const transpose = (v: number[], rows: number, cols: number) => Array.from({ length: v.length }, (_, k) => v[(k % rows) * cols + Math.floor(k / rows)]!);

async function predictWith(checkpoint: Uint8Array, x: Float32Array, n: number): Promise<Float32Array> {
  const { artifact } = compileSource({ path: 'tiny.dnn', text: MODEL }, { resolveImport });
  const s = await Session.create((await getSharedNodeDevice()).device, artifact);
  try {
    await s.init(7);
    s.restore(planRestore(artifact, checkpoint, { what: 'imported' }));
    return (await s.predict(x, n))['probabilities']!;
  } finally {
    s.destroy();
  }
}

describe('dnnc import: weights from other frameworks', () => {
  const { artifact } = compileSource({ path: 'tiny.dnn', text: MODEL }, { resolveImport });
  // Kernels in dnnc's [in, out] layout; the PyTorch file holds their transposes.
  const w1 = values(24, 1), b1 = values(4, 2), w2 = values(12, 3), b2 = values(3, 4);
  const x = values(5 * 6, 5).map((v) => 2 * v);

  const check = async (checkpoint: Uint8Array) => {
    const got = await predictWith(checkpoint, Float32Array.from(x), 5);
    for (let i = 0; i < 5; i++) {
      const want = forward(x.slice(6 * i, 6 * i + 6), w1, b1, w2, b2);
      for (let j = 0; j < 3; j++) expect(Math.abs(got[3 * i + j]! - want[j]!)).toBeLessThan(1e-5);
    }
  };

  it('a PyTorch state dict (safetensors, [out, in] weights, F64 and F32) predicts as a float64 forward pass', async () => {
    const torch: Foreign[] = [
      { name: '0.weight', dtype: 'F64', shape: [4, 6], values: transpose(w1, 6, 4) },
      { name: '0.bias', dtype: 'F64', shape: [4], values: b1 },
      { name: '2.weight', dtype: 'F32', shape: [3, 4], values: transpose(w2, 4, 3) },
      { name: '2.bias', dtype: 'F32', shape: [3], values: b2 },
      { name: 'num_batches_tracked', dtype: 'I32', shape: [], values: [0] },
    ];
    const map = parseWeightMap({
      'hidden1/kernel': { from: '0.weight', transpose: true }, 'hidden1/bias': '0.bias',
      'outputs/kernel': { from: '2.weight', transpose: true }, 'outputs/bias': '2.bias',
    });
    const r = importWeights(artifact, readWeights(safetensorsOf(torch), 'model.safetensors'), map, { what: 'model.safetensors' });
    expect(r.notes).toEqual([
      'converted 2 F64 tensors to f32: 0.weight, 0.bias',
      '1 tensor of model.safetensors not in the map, left out: num_batches_tracked',
    ]);
    await check(r.checkpoint);
  });

  it('a Keras-like .npz ([in, out] kernels, float64 and float16) predicts the same', async () => {
    const keras: Foreign[] = [
      { name: 'dense/kernel:0', dtype: 'F64', shape: [6, 4], values: w1 },
      { name: 'dense/bias:0', dtype: 'F64', shape: [4], values: b1 },
      { name: 'dense_1/kernel:0', dtype: 'F16', shape: [4, 3], values: w2 },
      { name: 'dense_1/bias:0', dtype: 'F32', shape: [3], values: b2 },
    ];
    const map = parseWeightMap({
      'hidden1/kernel': 'dense/kernel:0', 'hidden1/bias': 'dense/bias:0', 'outputs/kernel': 'dense_1/kernel:0', 'outputs/bias': 'dense_1/bias:0',
    });
    const r = importWeights(artifact, readWeights(npzOf(keras), 'weights.npz'), map);
    expect(r.notes).toEqual(['converted 2 F64 tensors to f32: dense/kernel:0, dense/bias:0', 'converted 1 F16 tensor to f32: dense_1/kernel:0']);
    await check(r.checkpoint);
  });
});
