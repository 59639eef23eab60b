// `--backend wasm` on the command line, and the fall-back to it when no WebGPU adapter opens.
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadArtifact } from '../../src/runtime/artifact.js';
import { readArtifactDir } from '../../src/runtime/files.js';
import { Session } from '../../src/runtime/session.js';
import { openWasmDevice } from '../../src/runtime/wasm.js';

const CLI = 'dist/src/cli/main.js';
const dnnc = (args: string[], env: Record<string, string> = {}) => {
  const r = spawnSync(process.execPath, [CLI, ...args], { encoding: 'utf8', timeout: 300_000, env: { ...process.env, ...env } });
  return { code: r.status, out: r.stdout, err: r.stderr };
};

describe('dnnc --backend', () => {
  it('trains on wasm, and its checkpoint evaluates on WebGPU to the same loss', () => {
    const ckpt = join(mkdtempSync(join(tmpdir(), 'dnnc-wasm-')), 'elu.safetensors');
    const t = dnnc(['train', 'examples/elu.dnn', '--backend', 'wasm', '--epochs', '1', '--json', '--save', ckpt]);
    expect(t.code).toBe(0);
    const line = JSON.parse(t.out.trim().split('\n')[1]!) as { loss: number };
    expect(JSON.parse(t.out.trim().split('\n')[0]!)).toEqual({ event: 'compile', backend: 'wasm', kernels: expect.any(Number), seconds: expect.any(Number) });
    expect(Number.isFinite(line.loss)).toBe(true);
    const evalOn = (backend: string) => {
      const r = dnnc(['eval', 'examples/elu.dnn', '--checkpoint', ckpt, '--backend', backend, '--json']);
      expect(r.code).toBe(0);
      return JSON.parse(r.out.trim()) as { loss: number };
    };
    const [cpu, gpu] = [evalOn('wasm'), evalOn('webgpu')];
    expect(Math.abs(cpu.loss - gpu.loss) / gpu.loss).toBeLessThan(1e-4);
  });

  it('--save-weights-only writes the weights alone; eval reads them, and a run restored from them starts at epoch 1', () => {
    const dir = mkdtempSync(join(tmpdir(), 'dnnc-wasm-'));
    const [full, weights] = [join(dir, 'full.safetensors'), join(dir, 'w.safetensors')];
    expect(dnnc(['train', 'examples/elu.dnn', '--backend', 'wasm', '--epochs', '1', '--json', '--save', full]).code).toBe(0);
    expect(dnnc(['train', 'examples/elu.dnn', '--backend', 'wasm', '--epochs', '1', '--json', '--save', weights, '--save-weights-only']).code).toBe(0);
    const evalOf = (ckpt: string) => JSON.parse(dnnc(['eval', 'examples/elu.dnn', '--backend', 'wasm', '--checkpoint', ckpt, '--json']).out) as { loss: number };
    expect(evalOf(weights)).toEqual(evalOf(full));
    expect(readFileSync(weights).length).toBeLessThan(readFileSync(full).length);
    const resumed = dnnc(['train', 'examples/elu.dnn', '--backend', 'wasm', '--epochs', '1', '--checkpoint', weights]);
    expect(resumed.code, resumed.err).toBe(0);
    expect(resumed.err).toContain('(weights only: the optimizer starts afresh)');
    expect(resumed.err).toMatch(/epoch 1\/1 /);
  });

  it('refuses an unknown backend as a usage error', () => {
    const r = dnnc(['train', 'examples/elu.dnn', '--backend', 'cuda']);
    expect(r.code).toBe(2);
    expect(r.err).toContain('webgpu, wasm');
  });

  it('auto: no WebGPU adapter or a software one runs wasm and says why; a GPU runs WebGPU; --backend webgpu insists', () => {
    // DNNC_BACKEND=vulkan: no adapter where there is no Vulkan driver (as on this project's CI).
    const env = { DNNC_BACKEND: 'vulkan' };
    const strict = dnnc(['eval', 'examples/elu.dnn', '--backend', 'webgpu', '--json'], env);
    const auto = dnnc(['eval', 'examples/elu.dnn'], env);
    expect(auto.code, auto.err).toBe(0);
    if (strict.code !== 0) {
      expect(strict.err).toContain('DNN5001');
      expect(auto.err.split('auto: no WebGPU adapter (--backend webgpu to override)').length - 1).toBe(1);
    }
    // This machine's own adapter (llvmpipe on CI): a software renderer, so wasm, said once.
    const here = dnnc(['eval', 'examples/elu.dnn']);
    const gpu = dnnc(['eval', 'examples/elu.dnn', '--backend', 'webgpu']);
    const adapter = dnnc(['devices']);
    if (adapter.code === 0 && /^adapter:.*(llvmpipe|lavapipe|swiftshader)/im.test(adapter.out)) {
      expect(gpu.code, gpu.err).toBe(0);
      expect(here.err).toMatch(/device: WebAssembly SIMD on the CPU .*; auto: \S*(llvmpipe|lavapipe|swiftshader)\S* is a software renderer, slower than WebAssembly on this CPU \(--backend webgpu to override\)/i);
      expect(gpu.err).not.toContain('auto:');
    }
  });

  it('compile --wasm writes the target into the bundle and the plan, and an embedder runs it on the CPU', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'dnnc-wasm-'));
    const r = dnnc(['compile', 'examples/mnist-bn.dnn', '--wasm', '--bundle', join(dir, 'bn.json'), '-o', join(dir, 'out')]);
    expect(r.code).toBe(0);
    for (const artifact of [await loadArtifact(new Uint8Array(readFileSync(join(dir, 'bn.json')))), readArtifactDir(join(dir, 'out'))]) {
      expect(artifact.wasm?.kernels.length).toBe(artifact.kernels.length);
      const s = await Session.create((await openWasmDevice(artifact)).device, artifact, { seed: 1 });
      const p = await s.predict(new Float32Array(3 * 784).fill(0.5));
      expect(Object.values(p)[0]!.every((v) => Number.isFinite(v))).toBe(true);
      s.destroy();
    }
    // The wasm target is in every artifact unless --no-wasm leaves it out.
    expect(dnnc(['compile', 'examples/elu.dnn', '--bundle', join(dir, 'default.json')]).code).toBe(0);
    expect(JSON.parse(readFileSync(join(dir, 'default.json'), 'utf8'))).toHaveProperty('wasm');
    expect(dnnc(['compile', 'examples/elu.dnn', '--no-wasm', '--bundle', join(dir, 'plain.json')]).code).toBe(0);
    expect(JSON.parse(readFileSync(join(dir, 'plain.json'), 'utf8'))).not.toHaveProperty('wasm');
  });
});
