// The inference-only artifact on the wasm target: opened with a whole or a weights-only
// checkpoint, it predicts the same bits as the full artifact that trained the weights (batch
// norm's moving statistics included); everything of training is refused with DNN6034.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { compileSource } from '../../src/compiler/compile.js';
import { resolveImport } from '../../src/cli/source.js';
import { dataOptions } from '../../src/cli/train.js';
import type { Artifact } from '../../src/contract/artifact.js';
import { loadDataset } from '../../src/data/index.js';
import { Session } from '../../src/runtime/node.js';
import { openWasmDevice } from '../../src/runtime/wasm.js';

const PATH = 'examples/mnist-bn.dnn';
const compile = (inference: boolean): Artifact => compileSource({ path: PATH, text: readFileSync(PATH, 'utf8') }, { resolveImport, wasm: true, inference }).artifact;
const bits = (x: Float32Array) => Array.from(new Uint32Array(x.buffer, x.byteOffset, x.length));
const codeOf = (p: Promise<unknown>) => p.then(() => 'no error', (e: { diagnostics?: { code: string }[] }) => e.diagnostics?.[0]?.code ?? String(e));

describe('an inference-only artifact on wasm', () => {
  it('predicts bit for bit as the full artifact, from a whole or a weights-only checkpoint; training is DNN6034', async () => {
    const full = compile(false);
    const inf = compile(true);
    const d = loadDataset(full.train.data, dataOptions({}, full));
    const trainer = await Session.create((await openWasmDevice(full)).device, full);
    // Two steps of training move the weights and batch norm's moving statistics off their initial values.
    trainer.setData('train', { count: 400, features: d.train.x.subarray(0, 400 * d.train.features), labels: d.train.y.subarray(0, 400) });
    await trainer.init(3);
    await trainer.trainEpoch();
    expect(Array.from(await trainer.readState('hidden1/batch_norm/moving_mean')).some((v) => v !== 0)).toBe(true);
    const whole = await trainer.saveCheckpoint();
    const weights = await trainer.saveCheckpoint({}, { weightsOnly: true });
    // More rows than one evaluation batch, and a last partial batch.
    const n = full.train.evalBatchSize + 7;
    const x = d.test.x.subarray(0, n * d.test.features);
    const expected = (await trainer.predict(x, n))['probabilities']!;
    trainer.destroy();
    for (const checkpoint of [whole, weights]) {
      const s = await Session.open(inf, { checkpoint, backends: ['wasm'] });
      expect(s.backend?.backend).toBe('wasm');
      const got = (await s.predict(x, n))['probabilities']!;
      expect(got.length).toBe(expected.length);
      expect(bits(got)).toEqual(bits(expected));
      expect(await codeOf(s.trainEpoch())).toBe('DNN6034');
      expect(await codeOf(s.evaluate('val'))).toBe('DNN6034');
      expect(await codeOf(s.fit({ epochs: 1 }))).toBe('DNN6034');
      expect(await codeOf(s.init(1))).toBe('DNN6034');
      expect(await codeOf((async () => s.setData('train', { count: 1, features: x.subarray(0, 784), labels: new Int32Array(1) }))())).toBe('DNN6034');
      s.destroy();
    }
  });
});
