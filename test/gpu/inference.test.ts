// The inference-only artifact on WebGPU (tiny: one small model, a few rows): restored from a
// weights-only checkpoint of the full artifact, predict gives the full artifact's bits on the same
// device, and training is refused (DNN6034).
import { describe, expect, it } from 'vitest';
import { compileSource } from '../../src/compiler/compile.js';
import type { Artifact } from '../../src/contract/artifact.js';
import { DnnError } from '../../src/contract/diagnostics.js';
import { Session } from '../../src/runtime/node.js';

const NET = `model m
input X: f32[batch, 12]
input y: i32[batch]
hidden = dense(X, 8, activation: relu, name: "hidden")
norm = batch_norm(hidden, momentum: 0.9, name: "bn")
logits = dense(norm, 3, name: "out")
loss = mean(sparse_softmax_cross_entropy(logits, y))
output probabilities = softmax(logits)
train {
  batch_size = 4
  optimizer = sgd(learning_rate: 0.1)
}
`;
const compile = (inference: boolean): Artifact => compileSource({ path: 'm.dnn', text: NET }, { inference }).artifact;
const bits = (x: Float32Array) => Array.from(new Uint32Array(x.buffer, x.byteOffset, x.length));

describe('an inference-only artifact on WebGPU', () => {
  it('predicts the full artifact bits from a weights-only checkpoint; train is DNN6034', async () => {
    const trainer = await Session.open(compile(false), { backends: ['webgpu'], seed: 4 });
    expect(trainer.backend?.backend).toBe('webgpu');
    const n = 6;
    const x = Float32Array.from({ length: 8 * 12 }, (_, i) => Math.sin(i * 0.7));
    // Two steps move the weights and the batch-norm moving statistics.
    trainer.setData('train', { count: 8, features: x, labels: Int32Array.from({ length: 8 }, (_, i) => i % 3) });
    await trainer.trainEpoch();
    expect(Array.from(await trainer.readState('bn/moving_mean')).some((v) => v !== 0)).toBe(true);
    const weights = await trainer.saveCheckpoint({}, { weightsOnly: true });
    const rows = x.subarray(0, n * 12);
    const expected = (await trainer.predict(rows, n))['probabilities']!;
    trainer.destroy();
    const s = await Session.open(compile(true), { checkpoint: weights, backends: ['webgpu'] });
    expect(s.backend?.backend).toBe('webgpu');
    expect(bits((await s.predict(rows, n))['probabilities']!)).toEqual(bits(expected));
    await expect(s.trainEpoch()).rejects.toSatisfy((e) => e instanceof DnnError && e.diagnostics[0]!.code === 'DNN6034');
    s.destroy();
  });
});
