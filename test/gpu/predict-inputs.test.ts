// Session.predict feeds every feature input on WebGPU as on wasm: a tiny two-input model (two
// towers, concatenated) predicts the same on both targets, and swapping its inputs changes the
// answer. (test/robustness/predict.test.ts checks exercise 10 against the float64 reference on wasm.)
import { describe, expect, it } from 'vitest';
import { compileSource } from '../../src/compiler/compile.js';
import { getSharedNodeDevice } from '../../src/runtime/node.js';
import { Session } from '../../src/runtime/session.js';
import { openWasmDevice } from '../../src/runtime/wasm.js';

const TWO = `model two
input A: f32[batch, 3]
input B: f32[batch, 2]
input y: i32[batch]
logits = dense(concat([dense(A, 4, activation: elu), dense(B, 4, activation: elu)], axis: 1), 2)
output p = softmax(logits)
loss = mean(sparse_softmax_cross_entropy(logits, y))
train {
  optimizer = sgd()
  batch_size = 4
}
`;

describe('Session.predict with two feature inputs on WebGPU', () => {
  it('gives what the wasm target gives, from both inputs', async () => {
    const { artifact } = compileSource({ path: 'two.dnn', text: TWO }, { wasm: true });
    const gpu = await Session.create((await getSharedNodeDevice()).device, artifact, { seed: 5 });
    const cpu = await Session.create((await openWasmDevice(artifact)).device, artifact, { seed: 5 });
    try {
      const a = Float32Array.from({ length: 6 * 3 }, (_, i) => Math.sin(i));
      const b = Float32Array.from({ length: 6 * 2 }, (_, i) => Math.cos(i));
      const got = (await gpu.predict({ A: a, B: b }))['p']!;
      const want = (await cpu.predict([a, b]))['p']!;
      expect(got.length).toBe(12);
      for (let i = 0; i < 12; i++) expect(Math.abs(got[i]! - want[i]!)).toBeLessThan(1e-5);
      const otherB = (await gpu.predict([a, b.map((v) => -v)]))['p']!;
      expect(Array.from(otherB)).not.toEqual(Array.from(got));
    } finally {
      gpu.destroy();
      cpu.destroy();
    }
  });
});
