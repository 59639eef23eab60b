// Device acquisition on whatever this machine offers (llvmpipe via OpenGL ES on the CI box).
import { describe, expect, it } from 'vitest';
import { DnnError } from '../../src/contract/diagnostics.js';
import { describeDevice, KEY_LIMITS, openDevice } from '../../src/runtime/device.js';
import { getSharedNodeDevice, openNodeDevice } from '../../src/runtime/node.js';

describe('node device', () => {
  it('opens a device and grants the key limits at the adapter maximum', async () => {
    const h = await getSharedNodeDevice();
    expect(h.device).toBeDefined();
    for (const name of KEY_LIMITS) {
      expect(h.limits[name], name).toBe(h.device.limits[name]);
      expect(h.limits[name], name).toBe(h.adapterLimits?.[name]);
      expect(h.limits[name], name).toBeGreaterThan(0);
    }
    // Compatibility mode would default these to 4 and 128; we asked for the adapter's values.
    expect(h.limits.maxStorageBuffersPerShaderStage).toBeGreaterThanOrEqual(8);
    expect(h.limits.maxComputeInvocationsPerWorkgroup).toBeGreaterThanOrEqual(256);
    expect(['core', 'compatibility']).toContain(h.adapterInfo.featureLevel);
    const text = describeDevice(h);
    expect(text).toContain(`backend:       ${h.adapterInfo.backend}`);
    expect(text).toContain('maxStorageBuffersPerShaderStage');
  });

  it('is shared per process', async () => {
    expect(await getSharedNodeDevice()).toBe(await getSharedNodeDevice());
  });

  it('runs a compute shader that adds two arrays', async () => {
    const { device } = await getSharedNodeDevice();
    const n = 1000;
    const a = Float32Array.from({ length: n }, (_, i) => i);
    const b = Float32Array.from({ length: n }, (_, i) => 0.5 * i + 1);
    const storage = (data: Float32Array): GPUBuffer => {
      const buf = device.createBuffer({ size: data.byteLength, usage: GPUBufferUsage.STORAGE, mappedAtCreation: true });
      new Float32Array(buf.getMappedRange()).set(data);
      buf.unmap();
      return buf;
    };
    const bufA = storage(a);
    const bufB = storage(b);
    const out = device.createBuffer({ size: n * 4, usage: GPUBufferUsage.STORAGE | GPUBufferUsage.COPY_SRC });
    const read = device.createBuffer({ size: n * 4, usage: GPUBufferUsage.MAP_READ | GPUBufferUsage.COPY_DST });
    const module = device.createShaderModule({
      code: `
@group(0) @binding(0) var<storage, read> a: array<f32>;
@group(0) @binding(1) var<storage, read> b: array<f32>;
@group(0) @binding(2) var<storage, read_write> c: array<f32>;
@compute @workgroup_size(64)
fn main(@builtin(global_invocation_id) id: vec3u) {
  if (id.x < arrayLength(&c)) { c[id.x] = a[id.x] + b[id.x]; }
}`,
    });
    const pipeline = device.createComputePipeline({ layout: 'auto', compute: { module, entryPoint: 'main' } });
    const bind = device.createBindGroup({
      layout: pipeline.getBindGroupLayout(0),
      entries: [bufA, bufB, out].map((buffer, binding) => ({ binding, resource: { buffer } })),
    });
    const enc = device.createCommandEncoder();
    const pass = enc.beginComputePass();
    pass.setPipeline(pipeline);
    pass.setBindGroup(0, bind);
    pass.dispatchWorkgroups(Math.ceil(n / 64));
    pass.end();
    enc.copyBufferToBuffer(out, 0, read, 0, n * 4);
    device.queue.submit([enc.finish()]);
    await read.mapAsync(GPUMapMode.READ);
    const got = new Float32Array(read.getMappedRange().slice(0));
    read.unmap();
    for (const buf of [bufA, bufB, out, read]) buf.destroy();
    expect(Array.from(got)).toEqual(Array.from(a, (x, i) => x + b[i]));
  });

  it('reports WGSL errors through getCompilationInfo', async () => {
    const { device } = await getSharedNodeDevice();
    // An error scope keeps the expected validation error from reaching the uncaptured-error log.
    device.pushErrorScope('validation');
    const bad = device.createShaderModule({ code: 'fn main( {\n}' });
    const info = await bad.getCompilationInfo();
    const scoped = await device.popErrorScope();
    const errors = info.messages.filter((m) => m.type === 'error');
    expect(errors.length).toBeGreaterThan(0);
    expect(errors[0].lineNum).toBe(1);
    expect(scoped).not.toBeNull();

    const good = device.createShaderModule({ code: '@compute @workgroup_size(1) fn main() {}' });
    expect((await good.getCompilationInfo()).messages.filter((m) => m.type === 'error')).toEqual([]);
  });

  it('fails with DNN5002 when a required limit exceeds the adapter', async () => {
    // A stub GPU whose adapter offers less than required: checks the message without a second device.
    const limits = { maxStorageBuffersPerShaderStage: 4 } as unknown as GPUSupportedLimits;
    const adapter = {
      limits,
      features: new Set<string>(),
      info: { vendor: 'stub', architecture: '', device: '', description: 'tiny adapter' },
      requestDevice: () => Promise.reject(new Error('must not be reached')),
    } as unknown as GPUAdapter;
    const gpu = { requestAdapter: () => Promise.resolve(adapter) } as unknown as GPU;
    const err = await openDevice(gpu, { required: { maxStorageBuffersPerShaderStage: 10 } }).catch((e: unknown) => e);
    expect(err).toBeInstanceOf(DnnError);
    const d = (err as DnnError).diagnostics[0];
    expect(d.code).toBe('DNN5002');
    expect(d.message).toContain('maxStorageBuffersPerShaderStage');
    expect(d.message).toContain('required 10');
    expect(d.message).toContain('offers 4');
  });

  it('returns null when the GPU object has no adapter', async () => {
    const gpu = { requestAdapter: () => Promise.resolve(null) } as unknown as GPU;
    expect(await openDevice(gpu, {})).toBeNull();
  });

  it('fails with DNN5001 and install advice when the chosen backend has no adapter', async () => {
    // Vulkan: absent on the CI box (no libvulkan / lavapipe too old), present on GPU machines.
    const result = await openNodeDevice({ backend: 'vulkan' }).catch((e: unknown) => e);
    if (result instanceof DnnError) {
      expect(result.diagnostics[0].code).toBe('DNN5001');
      expect(result.message).toContain('apt-get install -y libegl1 libegl-mesa0 libgles2 mesa-vulkan-drivers');
    } else {
      expect((result as { adapterInfo: { backend: string } }).adapterInfo.backend).toBe('vulkan');
      (result as { device: GPUDevice }).device.destroy();
    }
  });

  it('rejects an unknown DNNC_BACKEND', async () => {
    const saved = process.env.DNNC_BACKEND;
    process.env.DNNC_BACKEND = 'metal-please';
    try {
      const err = await openNodeDevice().catch((e: unknown) => e);
      expect(err).toBeInstanceOf(DnnError);
      expect((err as DnnError).message).toContain("unknown backend 'metal-please'");
    } finally {
      if (saved === undefined) delete process.env.DNNC_BACKEND;
      else process.env.DNNC_BACKEND = saved;
    }
  });
});
