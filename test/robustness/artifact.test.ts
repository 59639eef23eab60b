// The runtime trusts nothing in an artifact: a real compiled artifact is corrupted field by field,
// and each corruption is refused where the artifact enters (loadArtifact, parseArtifactBundle,
// Session.create, openWasmDevice) with DNN6002 naming the field's path — never a TypeError,
// RangeError or a wasm RuntimeError, never training on overlapping memory. Then what only a device
// can tell: workgroup counts past its limits (DNN5002, before any work), a WebGPU validation error
// during an epoch (DNN5040: a failed epoch, not a loss of 0) and a lost device (DNN5041).
import { describe, expect, it } from 'vitest';
import { compileSource } from '../../src/compiler/compile.js';
import { planOf, type Artifact } from '../../src/contract/artifact.js';
import { DnnError } from '../../src/contract/diagnostics.js';
import { bundleOf, loadArtifact, parseArtifactBundle, validateArtifact } from '../../src/runtime/artifact.js';
import { getSharedNodeDevice, openNodeDevice } from '../../src/runtime/node.js';
import { Session } from '../../src/runtime/session.js';
import { openWasmDevice } from '../../src/runtime/wasm.js';

const MODEL = (features: number) => `
model tiny
input X: f32[batch, ${features}]
input y: i32[batch]
hidden = dense(X, 8, activation: relu, name: "hidden")
logits = dense(hidden, 3, name: "outputs")
loss = mean(sparse_softmax_cross_entropy(logits, y))
metric accuracy = mean(in_top_k(logits, y, 1))
output probabilities = softmax(logits)
train {
  batch_size = 10
  eval_batch_size = 7
  epochs = 1
  optimizer = sgd(learning_rate: 0.05)
}`;

const compiled = compileSource({ path: 'tiny.dnn', text: MODEL(64) }, { wasm: true }).artifact;

type Json = any;
const copy = (): Json => JSON.parse(bundleOf(compiled));
const bufferIndex = (a: Json, name: string): number => a.buffers.findIndex((b: { name: string }) => b.name === name);
/** The first dispatch of an entry with a read_write binding and another of the same dtype: [step, written binding, other binding]. */
function writingStep(a: Json, entry: string): [number, number, number] {
  for (const [k, s] of (a.entries[entry] as Json[]).entries()) {
    if (!('dispatch' in s)) continue;
    const w = (a.kernels[s.dispatch].bindings as string[]).indexOf('read_write');
    const dtype = (j: number) => a.buffers[s.buffers[j]].dtype;
    const o = (s.buffers as number[]).findIndex((_, j) => j !== w && dtype(j) === dtype(w));
    if (w >= 0 && o >= 0) return [k, w, o];
  }
  throw new Error(`no writing dispatch in ${entry}`);
}
const firstCopy = (a: Json, entry: string): number => (a.entries[entry] as Json[]).findIndex((s) => 'copy' in s);

/** [what, mutation, the path the message must name]. The mutation may return the path it computed. */
const MUTATIONS: [string, (a: Json) => string | void, string][] = [
  ['a buffer smaller than its shape', (a) => void (a.buffers[0].bytes -= 4), 'buffers[0].bytes'],
  ['a buffer larger than its shape', (a) => void (a.buffers[0].bytes += 4), 'buffers[0].bytes'],
  ['a buffer of 2^40 bytes', (a) => void (a.buffers[0].bytes = 2 ** 40), 'buffers[0].bytes'],
  ['a null buffer', (a) => void (a.buffers[0] = null), 'buffers[0]'],
  ['an unknown dtype', (a) => void (a.buffers[0].dtype = 'f64'), 'buffers[0].dtype'],
  ['a state buffer without its shape', (a) => void delete a.buffers[0].shape, 'buffers[0].shape'],
  ['a shape with a zero', (a) => void (a.buffers[0].shape = [0, 8]), 'buffers[0].shape[0]'],
  ['two buffers of one name', (a) => void (a.buffers[1].name = a.buffers[0].name), 'buffers[1]'],
  ['an empty temp buffer', (a) => { const i = a.buffers.findIndex((b: Json) => b.kind === 'temp'); a.buffers[i].bytes = 0; return `buffers[${i}].bytes`; }, ''],
  ['a sized dataset buffer', (a) => { const i = bufferIndex(a, 'dataset:train:X'); a.buffers[i].bytes = 400; return `buffers[${i}].bytes`; }, ''],
  ['a dataset buffer of no input', (a) => { const i = bufferIndex(a, 'dataset:train:X'); a.buffers[i].name = 'dataset:train:Z'; return `buffers[${i}].name`; }, ''],
  ['null kernels', (a) => void (a.kernels = null), 'kernels'],
  ['a kernel without bindings', (a) => void (a.kernels[0].bindings = []), 'kernels[0].bindings'],
  ['an unknown binding access', (a) => void (a.kernels[0].bindings[0] = 'write'), 'kernels[0].bindings[0]'],
  ['a kernel file outside the artifact', (a) => void (a.kernels[0].file = '../../etc/passwd'), 'kernels[0].file'],
  ['a kernel file on another server', (a) => void (a.kernels[0].file = 'https://elsewhere.example/k.wgsl'), 'kernels[0].file'],
  ['a kernel name that climbs out of kernels/', (a) => void (a.kernels[0].name = '../../secret'), 'kernels[0].name'],
  ['a binding whose access is not the WGSL\'s', (a) => { const k = a.kernels.findIndex((x: Json) => x.bindings[0] === 'read'); a.kernels[k].bindings[0] = 'read_write'; return `kernels[${k}].bindings[0]`; }, ''],
  ['a kernel listing more bindings than its WGSL declares', (a) => { a.kernels[0].bindings.push('read'); a.entries.init[0].buffers.push(0); return 'kernels[0].wgsl'; }, ''],
  ['a dispatch binding an i32 buffer where its kernel reads f32', (a) => { const [k, w] = writingStep(a, 'predict'); a.entries.predict[k].buffers[w] = bufferIndex(a, 'input:y'); return `entries.predict[${k}].buffers[${w}]`; }, ''],
  ['two kernels of one name', (a) => void (a.kernels[1].name = a.kernels[0].name), 'kernels[1]'],
  ['a kernel binding more than the requirements say', (a) => void (a.requirements.maxStorageBuffersPerShaderStage = 1), 'kernels[0].bindings'],
  ['null requirements', (a) => void (a.requirements = null), 'requirements'],
  ['a dispatch of no kernel', (a) => void (a.entries.train_step[0].dispatch = 999), 'entries.train_step[0].dispatch'],
  ['a dispatch of no buffer', (a) => void (a.entries.train_step[0].buffers[0] = 9999), 'entries.train_step[0].buffers[0]'],
  ['a dispatch binding too few buffers', (a) => void a.entries.train_step[0].buffers.pop(), 'entries.train_step[0].buffers'],
  ['two workgroup counts', (a) => void (a.entries.train_step[0].workgroups = [1, 1]), 'entries.train_step[0].workgroups'],
  ['a negative workgroup count', (a) => void (a.entries.train_step[0].workgroups[0] = -1), 'entries.train_step[0].workgroups[0]'],
  ['a written buffer bound twice', (a) => { const [k, w, o] = writingStep(a, 'train_step'); a.entries.train_step[k].buffers[o] = a.entries.train_step[k].buffers[w]; return `entries.train_step[${k}].buffers[${Math.max(w, o)}]`; }, ''],
  ['a dataset buffer bound for writing', (a) => { const [k, w] = writingStep(a, 'train_step'); a.entries.train_step[k].buffers[w] = bufferIndex(a, 'dataset:eval:X'); return `entries.train_step[${k}].buffers[${w}]`; }, ''],
  ['the training step reading the evaluated split', (a) => { const k = a.entries.train_step.findIndex((s: Json) => s.buffers?.includes(bufferIndex(a, 'dataset:train:X'))); const j = a.entries.train_step[k].buffers.indexOf(bufferIndex(a, 'dataset:train:X')); a.entries.train_step[k].buffers[j] = bufferIndex(a, 'dataset:eval:X'); return `entries.train_step[${k}].buffers[${j}]`; }, ''],
  ['a copy past its buffers', (a) => { const k = firstCopy(a, 'init'); a.entries.init[k].copy.bytes = 4096; return `entries.init[${k}].copy.bytes`; }, ''],
  ['a copy onto itself', (a) => { const k = firstCopy(a, 'init'); a.entries.init[k].copy.dst = a.entries.init[k].copy.src; return `entries.init[${k}].copy.dst`; }, ''],
  ['a copy of a dataset buffer', (a) => { const k = firstCopy(a, 'init'); a.entries.init[k].copy.src = bufferIndex(a, 'dataset:train:X'); return `entries.init[${k}].copy`; }, ''],
  ['a null step', (a) => void (a.entries.init[0] = null), 'entries.init[0]'],
  ['null entries', (a) => void (a.entries = null), 'entries'],
  ['no train_step entry', (a) => void delete a.entries.train_step, 'entries.train_step'],
  ['no predict entry for the outputs', (a) => void delete a.entries.predict, 'entries.predict'],
  ['pruning without a prune entry', (a) => void (a.train.prune = 'epoch'), 'entries.prune'],
  ['no loss accumulator', (a) => void delete a.accumulators['acc/train/loss'], 'accumulators["acc/train/loss"]'],
  ['an accumulator of no buffer', (a) => void (a.accumulators['acc/eval/loss'] = 9999), 'accumulators["acc/eval/loss"]'],
  ['an accumulator on an i32 input', (a) => void (a.accumulators['acc/eval/loss'] = bufferIndex(a, 'input:y')), 'accumulators["acc/eval/loss"]'],
  ['no seed buffer', (a) => void (a.buffers[bufferIndex(a, 'state:rng/seed')].name = 'state:rng/other'), 'buffers'],
  ['null inputs', (a) => void (a.inputs = null), 'inputs'],
  ['a null input', (a) => void (a.inputs[0] = null), 'inputs[0]'],
  ['an input example with a zero', (a) => void (a.inputs[0].example = [0]), 'inputs[0].example[0]'],
  ['an unknown input role', (a) => void (a.inputs[0].role = 'weights'), 'inputs[0].role'],
  ['no features input', (a) => void (a.inputs[0].role = 'labels'), 'inputs'],
  ['an input larger than its buffer', (a) => void (a.inputs[0].example = [65]), 'train.batchSize'],
  ['an output of no buffer', (a) => void (a.outputs[0] = 'logits'), 'outputs[0]'],
  ['a null output name', (a) => void (a.outputs[0] = null), 'outputs[0]'],
  ['two metrics of one name', (a) => void a.metrics.push(a.metrics[0]), 'metrics[1]'],
  ['a parameter of no buffer', (a) => void (a.params[0] = 'nowhere/kernel'), 'params[0]'],
  ['an evaluation batch of 10^9', (a) => void (a.train.evalBatchSize = 1e9), 'train.evalBatchSize'],
  ['an evaluation batch past the input buffers', (a) => void (a.train.evalBatchSize = 20), 'train.evalBatchSize'],
  ['an evaluation batch the outputs do not hold', (a) => void (a.train.evalBatchSize = 5), 'outputs[0]'],
  ['a batch of 0', (a) => void (a.train.batchSize = 0), 'train.batchSize'],
  ['null train settings', (a) => void (a.train = null), 'train'],
  ['fractional epochs', (a) => void (a.train.epochs = 1.5), 'train.epochs'],
  ['a negative patience', (a) => void (a.train.earlyStopping = { monitor: 'val_loss', patience: -1, restoreBest: false, interval: 1 }), 'train.earlyStopping.patience'],
  ['a null model name', (a) => void (a.model = null), 'model'],
  ['no wasm scratch', (a) => void (a.wasm.scratchBytes = 0), 'wasm.scratchBytes'],
  ['wasm kernels missing', (a) => void (a.wasm.kernels = []), 'wasm.kernels'],
  ['a wasm parameter of no binding', (a) => void (a.wasm.kernels[0].params[0] = 99), 'wasm.kernels[0].params[0]'],
  ['a wasm kernel taking one binding twice', (a) => { const i = a.kernels.findIndex((k: Json) => k.bindings.length > 1); a.wasm.kernels[i].params[1] = a.wasm.kernels[i].params[0]; return `wasm.kernels[${i}].params`; }, ''],
  ['a wasm module that is not base64', (a) => void (a.wasm.module = 'not base64!'), 'wasm.module'],
];

/** The DnnError a call throws (sync or async); fails the test on any other outcome. */
async function dnnError(f: () => unknown): Promise<DnnError> {
  try {
    await f();
  } catch (e) {
    if (e instanceof DnnError) return e;
    throw new Error(`expected a DnnError, got ${String(e)}`);
  }
  throw new Error('expected a DnnError, but it was accepted');
}

describe('a corrupted artifact is refused where it enters, naming the field (DNN6002)', () => {
  it('the artifact as compiled is accepted', () => {
    expect(validateArtifact(copy())).toBeTruthy();
  });

  it.each(MUTATIONS)('%s', async (_what, mutate, path) => {
    const a = copy();
    const want = mutate(a) ?? path;
    expect(want).not.toBe('');
    for (const enter of [() => validateArtifact(a), () => parseArtifactBundle(new TextEncoder().encode(JSON.stringify(a))), () => loadArtifact(a)]) {
      const e = await dnnError(enter);
      expect(e.diagnostics[0]!.code).toBe('DNN6002');
      expect(e.message).toContain(`: ${want}: `);
    }
  });
});

describe('sizes are bounded where the artifact enters', () => {
  it('a plan fetched by URL and its kernel files count into one budget (each file under it, together over)', async () => {
    const files = new Map<string, string>([['plan.json', JSON.stringify(planOf(compiled))], ...compiled.kernels.map((k) => [`kernels/${k.name}.wgsl`, k.wgsl!] as [string, string])]);
    const total = [...files.values()].reduce((n, t) => n + t.length, 0);
    const largest = Math.max(...[...files.values()].map((t) => t.length));
    const fetch = async (url: URL | RequestInfo) => new Response(files.get(new URL(String(url)).pathname.slice('/art/'.length)) ?? null, { status: files.has(new URL(String(url)).pathname.slice('/art/'.length)) ? 200 : 404 });
    const load = (maxBytes: number) => loadArtifact('http://127.0.0.1:9/art/', { fetch: fetch as typeof globalThis.fetch, maxBytes });
    expect((await load(total)).kernels.map((k) => k.wgsl)).toEqual(compiled.kernels.map((k) => k.wgsl));
    expect(largest).toBeLessThan(total - 1);
    const e = await dnnError(() => load(total - 1));
    expect(e.diagnostics[0]!.code).toBe('DNN6031');
  });
});

/** Every leaf path of a JSON value (kernel sources and the module left out: text, not structure). */
function leaves(v: Json, path: (string | number)[] = [], out: (string | number)[][] = []): (string | number)[][] {
  if (v !== null && typeof v === 'object') {
    for (const [k, x] of Object.entries(v)) if (k !== 'wgsl' && k !== 'module') leaves(x, [...path, Array.isArray(v) ? Number(k) : k], out);
    if (Object.keys(v).length === 0) out.push(path);
  } else out.push(path);
  return out;
}
const REPLACEMENTS: unknown[] = [null, undefined, -1, 0, 1, 3, 1.5, 1e9, 2 ** 53, 'x', '', true, [], {}, NaN];

/** A seeded generator (mulberry32): the same mutations every run. */
function random(seed: number): () => number {
  return () => {
    seed = (seed + 0x6d2b79f5) | 0;
    let t = Math.imul(seed ^ (seed >>> 15), 1 | seed);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

describe('random corruptions: refused with a DnnError, or harmless (no device for the first, wasm for the second)', () => {
  const paths = leaves(copy());
  const rand = random(18);
  const mutations = Array.from({ length: 1000 }, () => [paths[Math.floor(rand() * paths.length)]!, REPLACEMENTS[Math.floor(rand() * REPLACEMENTS.length)]] as const);
  const apply = (path: readonly (string | number)[], value: unknown): Json => {
    const a = copy();
    let o = a;
    for (const k of path.slice(0, -1)) o = o[k];
    o[path[path.length - 1]!] = value;
    return a;
  };
  const accepted: Json[] = [];

  it('validateArtifact throws only DnnErrors', () => {
    for (const [path, value] of mutations) {
      const a = apply(path, value);
      try {
        validateArtifact(a);
        accepted.push(a);
      } catch (e) {
        if (!(e instanceof DnnError)) throw new Error(`${path.join('.')} = ${String(value)}: ${String(e)}`);
      }
    }
    // Most corruptions are caught; those accepted change only what the runtime reads as information or what is still valid.
    expect(accepted.length).toBeLessThan(mutations.length / 2);
  });

  it('what it accepts runs on the wasm target without anything but DnnErrors', async () => {
    const data = { count: 20, features: new Float32Array(20 * 64).map((_, i) => (i % 7) / 7), labels: Int32Array.from({ length: 20 }, (_, i) => i % 3) };
    for (const a of accepted.slice(0, 60)) {
      try {
        const s = await Session.create((await openWasmDevice(a)).device, a, { seed: 1 });
        s.setData('train', data);
        s.setData('val', data);
        await s.fit({ epochs: 1 });
        if (a.outputs.length) await s.predict(data.features, 20);
        s.dispose();
      } catch (e) {
        if (!(e instanceof DnnError)) throw new Error(`${JSON.stringify(a).length}: ${String(e)}`);
      }
    }
  });
});

describe('the wasm target (no GPU)', () => {
  it('a buffer smaller than its shape never reaches memory: openWasmDevice and Session.create refuse it', async () => {
    const a = copy();
    a.buffers[0].bytes -= 4;
    expect((await dnnError(() => openWasmDevice(a))).message).toContain('buffers[0].bytes');
    const { device } = await openWasmDevice(compiled);
    expect((await dnnError(() => Session.create(device, a))).message).toContain('buffers[0].bytes');
  });

  it('a scratch smaller than its module uses is refused (buffers would lie on it)', async () => {
    expect(compiled.wasm!.scratchBytes).toBeGreaterThan(1024);
    const a = copy();
    a.wasm.scratchBytes = 1024;
    const e = await dnnError(() => openWasmDevice(a));
    expect(e.diagnostics[0]!.code).toBe('DNN6002');
    expect(e.message).toContain(`wasm.scratchBytes: is 1024, but its module uses ${compiled.wasm!.scratchBytes} bytes`);
  });

  it('the intact artifact trains an epoch; a kernel trap is DNN5031; unknown names are DNN6033', async () => {
    const { device } = await openWasmDevice(compiled);
    const s = await Session.create(device, compiled, { seed: 1 });
    const n = 20;
    s.setData('train', { count: n, features: new Float32Array(n * 64).map((_, i) => (i % 7) / 7), labels: Int32Array.from({ length: n }, (_, i) => i % 3) });
    const r = await s.trainEpoch();
    expect(Number.isFinite(r.loss) && r.loss > 0).toBe(true);
    expect((await dnnError(() => s.readState('no/such'))).diagnostics[0]!.code).toBe('DNN6033');
    for (const entry of ['no_such_entry', 'constructor', '__proto__']) expect((await dnnError(() => s.run(entry))).diagnostics[0]!.code).toBe('DNN6033');
    const trap = () => {
      throw new WebAssembly.RuntimeError('memory access out of bounds');
    };
    // The queue runs submitted work after submit returns (in slices): the trap fails the wait, as a lost device would.
    const trapped = async () => {
      device.queue.submit([[trap] as unknown as GPUCommandBuffer]);
      await device.queue.onSubmittedWorkDone();
    };
    expect((await dnnError(trapped)).diagnostics[0]!.code).toBe('DNN5031');
    s.dispose();
  });
});

describe('WebGPU: what only the device can tell', () => {
  const small = compileSource({ path: 'tiny.dnn', text: MODEL(6) }).artifact;
  const data = (n: number) => ({ count: n, features: new Float32Array(n * 6).map((_, i) => (i % 5) / 5), labels: Int32Array.from({ length: n }, (_, i) => i % 3) });
  const dispatchOf = (a: Artifact, entry: string) => a.entries[entry]!.findIndex((s) => 'dispatch' in s);

  it('workgroup counts past the device limit are DNN5002 at Session.create, naming the step', async () => {
    const { device } = await getSharedNodeDevice();
    const a = JSON.parse(bundleOf(small)) as Json;
    const k = dispatchOf(small, 'train_step');
    a.entries.train_step[k].workgroups = [device.limits.maxComputeWorkgroupsPerDimension + 1, 1, 1];
    const e = await dnnError(() => Session.create(device, a));
    expect(e.diagnostics[0]!.code).toBe('DNN5002');
    expect(e.message).toContain(`entries.train_step[${k}].workgroups[0]`);
  });

  it('a buffer past what the device binds is DNN5002 at Session.create, naming it, before anything is allocated', async () => {
    const { device } = await getSharedNodeDevice();
    const a = JSON.parse(bundleOf(small)) as Json;
    const i = a.buffers.findIndex((b: { kind: string }) => b.kind === 'temp');
    a.buffers[i].bytes = Math.min(device.limits.maxStorageBufferBindingSize, device.limits.maxBufferSize) + 4;
    const e = await dnnError(() => Session.create(device, a));
    expect(e.diagnostics[0]!.code).toBe('DNN5002');
    expect(e.message).toContain(`buffers[${i}].bytes`);
  });

  it('a kernel the device cannot make a pipeline of is DNN5003 at Session.create, not a GPUPipelineError', async () => {
    const { device } = await getSharedNodeDevice();
    const a = JSON.parse(bundleOf(small)) as Json;
    const k = a.kernels.findIndex((x: { wgsl: string }) => /@workgroup_size\(\d+\)/.test(x.wgsl));
    a.kernels[k].wgsl = a.kernels[k].wgsl.replace(/@workgroup_size\(\d+\)/, `@workgroup_size(${device.limits.maxComputeInvocationsPerWorkgroup * 2})`);
    const e = await dnnError(() => Session.create(device, a));
    expect(e.diagnostics[0]!.code).toBe('DNN5003');
    expect(e.message).toContain(`kernels[${k}]: the pipeline of kernel ${a.kernels[k].name} could not be created`);
  });

  it('a validation error during an epoch fails the epoch (DNN5040); a lost device fails the next call (DNN5041)', async () => {
    const { device } = await openNodeDevice();
    const a = JSON.parse(bundleOf(small)) as Artifact;
    const s = await Session.create(device, a, { seed: 1 });
    s.setData('train', data(20));
    // Past Session.create's check: the dispatch is invalid only when encoded.
    const step = a.entries['train_step']![dispatchOf(a, 'train_step')] as unknown as { workgroups: number[] };
    step.workgroups = [device.limits.maxComputeWorkgroupsPerDimension + 1, 1, 1];
    const e = await dnnError(() => s.trainEpoch());
    expect(e.diagnostics[0]!.code).toBe('DNN5040');
    expect(e.message).toContain('validation error');
    device.destroy();
    expect((await dnnError(() => s.readState('hidden/kernel'))).diagnostics[0]!.code).toBe('DNN5041');
  });
});
