// Runs one IR program on the real WebGPU device and returns its outputs, for comparing kernels
// with the float64 reference.
import { resolveImport } from '../../src/cli/source.js';
import { dataOptions } from '../../src/cli/train.js';
import { compileSource } from '../../src/compiler/compile.js';
import { lowerModel } from '../../src/compiler/pipeline.js';
import { loadDataset } from '../../src/data/index.js';
import type { Program } from '../../src/ir/program.js';
import type { RefTensor } from '../../src/ir/reference.js';
import { getSharedNodeDevice } from '../../src/runtime/node.js';
import { Session } from '../../src/runtime/session.js';
import { openWasmDevice } from '../../src/runtime/wasm.js';
import type { Artifact, KernelShapes } from '../../src/contract/artifact.js';

/** The targets a program can run on: WebGPU (the adapter) or WebAssembly on the CPU. */
export type Backend = 'webgpu' | 'wasm';
export const BACKENDS: readonly Backend[] = ['webgpu', 'wasm'];

/** The device of a backend for an artifact (the wasm one is made for the artifact). */
export async function deviceFor(backend: Backend, artifact: Artifact): Promise<GPUDevice> {
  return backend === 'wasm' ? (await openWasmDevice(artifact)).device : (await getSharedNodeDevice()).device;
}

export async function runOnDevice(p: Program, state: Record<string, RefTensor>, maxStorageBuffers = 8, backend: Backend = 'webgpu', kernelShapes: KernelShapes = 'gpu'): Promise<Record<string, Float64Array>> {
  const { artifact } = lowerModel(
    { name: 'test', state: p.state.map((s) => ({ name: s.name, type: s.var.type, role: 'param', trainable: true })), programs: { run: p } },
    { inputs: [], outputs: [], metrics: [], params: [], train: { batchSize: 1, evalBatchSize: 1, epochs: 1, optimizer: {} } },
    { maxStorageBuffers, wasm: backend === 'wasm', kernelShapes },
  );
  const s = await Session.create(await deviceFor(backend, artifact), artifact);
  try {
    for (const st of p.state) {
      const t = state[st.name]!;
      const arr = t.type.dtype === 'f32' ? Float32Array.from(t.data) : t.type.dtype === 'i32' ? Int32Array.from(t.data) : Uint32Array.from(t.data);
      s.writeState(st.name, arr);
    }
    await s.run('run');
    const out: Record<string, Float64Array> = {};
    for (const o of p.outputs) out[o.name] = Float64Array.from(await s.readOutput('run', o.name));
    // State updated by the program, under `state:<name>`.
    for (const u of p.updates) out[`state:${u.name}`] = Float64Array.from(await s.readState(u.name));
    return out;
  } finally {
    s.destroy();
  }
}

/** A session for a model source, with the default data (or a prefix of it) uploaded. */
export async function sessionFor(text: string, opts: { train?: number; seed?: number; path?: string; backend?: Backend } = {}): Promise<Session> {
  const { artifact } = compileSource({ path: opts.path ?? 'model.dnn', text }, { resolveImport, wasm: opts.backend === 'wasm' });
  const d = loadDataset(artifact.train.data, dataOptions({}, artifact));
  const s = await Session.create(await deviceFor(opts.backend ?? 'webgpu', artifact), artifact);
  const split = (x: typeof d.train, n = x.count) => ({
    count: n,
    features: [x.x, ...(x.more ?? [])].map((a) => a.subarray(0, n * x.features)),
    labels: x.y.subarray(0, n),
  });
  s.setData('train', split(d.train, Math.min(opts.train ?? d.train.count, d.train.count)));
  s.setData('val', split(d.val));
  s.setData('test', split(d.test));
  await s.init(opts.seed ?? 1);
  return s;
}
