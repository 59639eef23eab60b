// The rule that picks a backend when the user did not: WebGPU on a GPU, wasm on a software adapter or none.
import { readFileSync } from 'node:fs';
import { afterAll, describe, expect, it } from 'vitest';
import { compileSource } from '../../src/compiler/compile.js';
import { DnnError } from '../../src/contract/diagnostics.js';
import { chooseBackend } from '../../src/runtime/device.js';
import { openBackendFor, registerPlatform, type Platform } from '../../src/runtime/open.js';

const adapter = (device: string, description = '', more: { isFallbackAdapter?: true; architecture?: string } = {}) => ({ device, description, architecture: '', ...more });

describe('chooseBackend', () => {
  it('runs wasm without an adapter', () => {
    expect(chooseBackend(null)).toEqual({ backend: 'wasm', reason: 'no WebGPU adapter' });
  });

  it.each([
    adapter('llvmpipe-llvm-15-0-6-256-bits-', 'OpenGL version OpenGL ES 3.2 Mesa 22.3.6'),
    adapter('llvmpipe (LLVM 19.1.7, 256 bits)', 'Mesa 25.0'),
    adapter('lavapipe'),
    adapter('SwiftShader Device (Subzero)'),
    adapter('Microsoft Basic Render Driver', 'WARP'),
    adapter('', '', { isFallbackAdapter: true }),
  ])('runs wasm on the software adapter %o, and says so', (info) => {
    const d = chooseBackend(info);
    expect(d.backend).toBe('wasm');
    expect(d.reason).toMatch(/is a software renderer, slower than WebAssembly on this CPU$/);
  });

  it.each([
    adapter('NVIDIA H200', 'NVIDIA: 580.159.04 580.159.4.0'),
    adapter('Apple M2'),
    adapter('AMD Radeon RX 7900 XTX'),
    adapter('', 'Intel(R) UHD Graphics 630'),
  ])('runs WebGPU on the GPU %o', (info) => {
    expect(chooseBackend(info)).toEqual({ backend: 'webgpu', reason: expect.stringMatching(/ is a GPU$/) });
  });
});

describe("Session.open's automatic rule when the platform has no WebGPU", () => {
  const file = 'examples/own/tabular.dnn';
  const artifact = compileSource({ path: file, text: readFileSync(file, 'utf8') }, { wasm: true }).artifact;
  const platform = (webgpu: Platform['webgpu']): Platform => ({ webgpu, loadArtifact: () => Promise.reject(new Error('unused')), readBytes: () => Promise.reject(new Error('unused')) });
  afterAll(() => registerPlatform(platform(() => Promise.resolve(null))));

  it("gives the platform's own reason (Node without the `webgpu` package) and runs wasm", async () => {
    registerPlatform(platform(() => Promise.reject(new Error("the npm package 'webgpu' is not installed"))));
    const { decision } = await openBackendFor(artifact);
    expect(decision).toEqual({ backend: 'wasm', reason: "the npm package 'webgpu' is not installed", device: expect.stringMatching(/^WebAssembly SIMD on the CPU/) as unknown });
  });

  it("says 'no WebGPU adapter' for none, and for a DnnError (a diagnostic is not a one-line reason)", async () => {
    for (const webgpu of [() => Promise.resolve(null), () => Promise.reject(new DnnError([{ code: 'DNN5002', severity: 'error', message: 'limits' }]))]) {
      registerPlatform(platform(webgpu));
      expect((await openBackendFor(artifact)).decision).toMatchObject({ backend: 'wasm', reason: 'no WebGPU adapter' });
    }
  });
});
