// The WebAssembly target trains as the WebGPU one does: the same examples, seed and data give the
// same losses (within float tolerance), and a checkpoint saved on one target restores on the other.
import { readFileSync } from 'node:fs';
import { describe, expect, it, vi } from 'vitest';
import { compileSource } from '../../src/compiler/compile.js';
import { resolveImport } from '../../src/cli/source.js';
import { Session } from '../../src/runtime/session.js';
import { openWasmDevice } from '../../src/runtime/wasm.js';
import { sessionFor } from '../helpers/gpu.js';

const relClose = (a: number, b: number) => Math.abs(a - b) / Math.max(1e-6, Math.abs(b));

describe('the wasm target trains like the WebGPU target', () => {
  it.each(['mnist-bn.dnn', 'elu.dnn', 'dropout.dnn'])('%s: two short epochs, the same losses', async (file) => {
    const text = readFileSync(`examples/${file}`, 'utf8');
    const opts = { path: `examples/${file}`, train: 1000, seed: 7 };
    const gpu = await sessionFor(text, opts);
    const cpu = await sessionFor(text, { ...opts, backend: 'wasm' });
    try {
      for (let e = 0; e < 2; e++) {
        const [a, b] = [await cpu.trainEpoch(), await gpu.trainEpoch()];
        expect(a.steps).toBe(b.steps);
        expect(relClose(a.loss, b.loss)).toBeLessThan(1e-4);
      }
      const [va, vb] = [await cpu.evaluate('val'), await gpu.evaluate('val')];
      expect(relClose(va.loss, vb.loss)).toBeLessThan(1e-4);
    } finally {
      gpu.destroy();
      cpu.destroy();
    }
  });

  it('a checkpoint saved on wasm restores on WebGPU (same state layout), and predictions agree', async () => {
    const text = readFileSync('examples/mnist-bn.dnn', 'utf8');
    const cpu = await sessionFor(text, { path: 'examples/mnist-bn.dnn', train: 600, seed: 3, backend: 'wasm' });
    const gpu = await sessionFor(text, { path: 'examples/mnist-bn.dnn', train: 600, seed: 11 });
    try {
      await cpu.trainEpoch();
      gpu.loadCheckpoint(await cpu.saveCheckpoint());
      const x = new Float32Array(5 * 784).map((_, i) => ((i * 37) % 255) / 255);
      const [pa, pb] = [await cpu.predict(x), await gpu.predict(x)];
      pa['probabilities']!.forEach((v, i) => expect(Math.abs(v - pb['probabilities']![i]!)).toBeLessThan(1e-5));
    } finally {
      gpu.destroy();
      cpu.destroy();
    }
  });

  it('an artifact without the wasm target is refused with DNN5032', async () => {
    const { artifact } = compileSource({ path: 'examples/elu.dnn', text: readFileSync('examples/elu.dnn', 'utf8') }, { resolveImport });
    await expect(openWasmDevice(artifact)).rejects.toMatchObject({ diagnostics: [{ code: 'DNN5032' }] });
    const { artifact: withWasm } = compileSource({ path: 'examples/elu.dnn', text: readFileSync('examples/elu.dnn', 'utf8') }, { resolveImport, wasm: true });
    const broken = { ...withWasm, wasm: { ...withWasm.wasm!, module: btoa('not a module') } };
    await expect(openWasmDevice(broken)).rejects.toMatchObject({ diagnostics: [{ code: 'DNN5031' }] });
    const badParams = { ...withWasm, wasm: { ...withWasm.wasm!, kernels: withWasm.wasm!.kernels.map(() => ({ params: [99] })) } };
    await expect(openWasmDevice(badParams)).rejects.toMatchObject({ diagnostics: [{ code: 'DNN6002' }] });
    const s = await Session.create((await openWasmDevice(withWasm)).device, withWasm);
    s.destroy();
  });

  it('a host without wasm SIMD is DNN5033; memory past 4 GiB is DNN5030', async () => {
    const { artifact } = compileSource({ path: 'examples/elu.dnn', text: readFileSync('examples/elu.dnn', 'utf8') }, { resolveImport, wasm: true });
    const spy = vi.spyOn(WebAssembly, 'validate').mockReturnValue(false);
    try {
      await expect(openWasmDevice(artifact)).rejects.toMatchObject({ diagnostics: [{ code: 'DNN5033' }] });
    } finally {
      spy.mockRestore();
    }
    const { device } = await openWasmDevice(artifact);
    expect(() => device.createBuffer({ size: 5 * 2 ** 30, usage: GPUBufferUsage.STORAGE })).toThrow(expect.objectContaining({ diagnostics: [expect.objectContaining({ code: 'DNN5030' })] }));
  });
});
