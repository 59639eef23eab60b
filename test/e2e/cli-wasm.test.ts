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
const FALLBACK = 'no WebGPU adapter found; running on the CPU with WebAssembly SIMD';

describe('dnnc --backend', () => {
  it('trains on wasm, and its checkpoint evaluates on WebGPU to the same loss', () => {
    const ckpt = join(mkdtempSync(join(tmpdir(), 'dnnc-wasm-')), 'elu.safetensors');
    const t = dnnc(['train', 'examples/elu.dnn', '--backend', 'wasm', '--epochs', '1', '--json', '--save', ckpt]);
    expect(t.code).toBe(0);
    const line = JSON.parse(t.out.trim().split('\n')[0]!) as { loss: number };
    expect(Number.isFinite(line.loss)).toBe(true);
    const evalOn = (backend: string) => {
      const r = dnnc(['eval', 'examples/elu.dnn', '--checkpoint', ckpt, '--backend', backend, '--json']);
      expect(r.code).toBe(0);
      return JSON.parse(r.out.trim()) as { loss: number };
    };
    const [cpu, gpu] = [evalOn('wasm'), evalOn('webgpu')];
    expect(Math.abs(cpu.loss - gpu.loss) / gpu.loss).toBeLessThan(1e-4);
  });

  it('refuses an unknown backend as a usage error', () => {
    const r = dnnc(['train', 'examples/elu.dnn', '--backend', 'cuda']);
    expect(r.code).toBe(2);
    expect(r.err).toContain('webgpu, wasm');
  });

  it('with no WebGPU adapter, says so once and runs on wasm (unless --backend webgpu)', () => {
    // DNNC_BACKEND=vulkan: no adapter where there is no Vulkan driver (as on this project's CI).
    const env = { DNNC_BACKEND: 'vulkan' };
    const strict = dnnc(['eval', 'examples/elu.dnn', '--backend', 'webgpu', '--json'], env);
    const auto = dnnc(['eval', 'examples/elu.dnn', '--json'], env);
    expect(auto.code).toBe(0);
    if (strict.code === 0) {
      expect(auto.err).not.toContain(FALLBACK); // a Vulkan adapter exists here: nothing to fall back from
    } else {
      expect(strict.err).toContain('DNN5001');
      expect(auto.err.split(FALLBACK).length - 1).toBe(1);
      expect(Number.isFinite((JSON.parse(auto.out.trim()) as { loss: number }).loss)).toBe(true);
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
    expect(dnnc(['compile', 'examples/elu.dnn', '--bundle', join(dir, 'plain.json')]).code).toBe(0);
    expect(JSON.parse(readFileSync(join(dir, 'plain.json'), 'utf8'))).not.toHaveProperty('wasm');
  });
});
