// Every example compiles to the WebAssembly target and trains a short epoch on it as on the
// WebGPU target (augmentation, frozen-layer caches, two-input models, every optimizer included).
import { readdirSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { resolveImport } from '../../src/cli/source.js';
import { compileSource } from '../../src/compiler/compile.js';
import { evaluateProgram } from '../../src/ir/evaluate.js';
import type { RefTensor } from '../../src/ir/reference.js';
import { sessionFor } from '../helpers/gpu.js';

/**
 * Also checked against the float64 reference: the ℓ1 examples, whose loss sums |W| over the whole
 * 784×300 kernel (the WebGPU target once lost most of that sum; this check found it).
 */
const REFERENCE_CHECKED = ['l1-loss.dnn', 'l1-regularizer.dnn'];

const examples = [
  ...readdirSync('examples').filter((f) => f.endsWith('.dnn')),
  ...readdirSync('examples/optimizers').filter((f) => f.endsWith('.dnn')).map((f) => `optimizers/${f}`),
].sort();

/**
 * Relative tolerance between the two targets' mean losses after a 400-example epoch. WGSL lets a
 * GPU evaluate exp, log, sqrt and division within a few ULPs and contract a·b + c into one fma, and
 * training amplifies those differences step by step: on llvmpipe every example stays under 1e-4;
 * on an NVIDIA H200 (Vulkan) Adam reached 1.8e-4. A wrong kernel moves the loss by percents.
 */
const LOSS_RTOL = 1e-3;

describe('examples on the wasm target: the same losses as on WebGPU', () => {
  it.each(examples)('%s', async (file) => {
    const text = readFileSync(`examples/${file}`, 'utf8');
    const opts = { path: `examples/${file}`, train: 400, seed: 5 };
    const cpu = await sessionFor(text, { ...opts, backend: 'wasm' });
    const gpu = await sessionFor(text, opts);
    try {
      const [a, b] = [await cpu.trainEpoch(), await gpu.trainEpoch()];
      expect(Number.isFinite(a.loss)).toBe(true);
      expect(Math.abs(a.loss - b.loss) / Math.max(1e-6, Math.abs(b.loss))).toBeLessThan(LOSS_RTOL);
      const [va, vb] = [await cpu.evaluate('val'), await gpu.evaluate('val')];
      expect(Math.abs(va.loss - vb.loss) / Math.max(1e-6, Math.abs(vb.loss))).toBeLessThan(LOSS_RTOL);
    } finally {
      cpu.destroy();
      gpu.destroy();
    }
  });

  it.each(REFERENCE_CHECKED)('%s: one train step on wasm updates the loss accumulator as the float64 reference does', async (file) => {
    const text = readFileSync(`examples/${file}`, 'utf8');
    const s = await sessionFor(text, { path: `examples/${file}`, train: 400, seed: 5, backend: 'wasm' });
    try {
      const program = compileSource({ path: `examples/${file}`, text }, { resolveImport }).programs('ir-opt')['train_step']!;
      await s.run('begin_epoch');
      const ref = (data: ArrayLike<number>, type: RefTensor['type']): RefTensor => ({ type, data: Float64Array.from(data) });
      const state: Record<string, RefTensor> = {};
      for (const st of program.state) state[st.name] = ref(await s.readState(st.name), st.var.type);
      await s.run('train_step');
      const inputs: Record<string, RefTensor> = {};
      for (const i of program.inputs) inputs[i.name] = ref(await s.readInput(i.name), i.var.type);
      const want = evaluateProgram(program, inputs, state).updates['acc/train/loss']!.data[0]!;
      const got = (await s.readState('acc/train/loss'))[0]!;
      expect(Math.abs(got - want) / Math.abs(want)).toBeLessThan(1e-4);
    } finally {
      s.destroy();
    }
  });
});
