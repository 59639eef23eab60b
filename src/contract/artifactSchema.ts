// The artifact's schema: the shape of every field (./artifact.ts, ./wasm.ts), then the invariants
// between fields that the runtime relies on — every buffer's bytes are its shape's, every index
// names something, no binding writes a buffer it also reads through another binding, the entries,
// inputs, outputs and bookkeeping buffers the Session uses are there and fit the batch sizes.
// A violation is a SchemaError naming the field's path (`buffers[3].bytes`); the runtime's
// validateArtifact turns it into DNN6002. Linear in the artifact's size.
import { artifactKind, augmentProblem, COUNTERS, type Artifact, type ArtifactKind, type ArtifactBuffer, type ArtifactInput, type Augment, type Step } from './artifact.js';
import { BUFFER, ENTRIES, ENTRY, parseBufferName } from './protocol.js';
import { WASM_MAX_PARTS, WASM_MAX_SCRATCH_BYTES, WASM_SCRATCH_BYTES, type ArtifactWasm } from './wasm.js';
import { anyObject, at, bool, either, int, isPlainObject, list, num, object, oneOf, optional, record, schemaError, str, type Schema } from './schema.js';

/** Bytes per element of each buffer dtype. */
export const DTYPE_BYTES = { f32: 4, i32: 4, u32: 4 } as const;
/** The largest buffer an artifact may declare (what the wasm target binds; GPUs are checked at Session.create). */
export const MAX_BUFFER_BYTES = 2 ** 31;
/** The largest batch an artifact may declare. */
export const MAX_BATCH = 1 << 20;
/** Entries every full artifact has: Session.init, trainEpoch and evaluate run them. */
export const REQUIRED_ENTRIES = [ENTRY.init, ENTRY.begin_epoch, ENTRY.train_step, ENTRY.begin_eval, ENTRY.eval_step] as const;
/** The entries each kind of artifact must have (an inference-only artifact: predict, and nothing of training). */
export const REQUIRED_ENTRIES_OF: Readonly<Record<ArtifactKind, readonly string[]>> = { full: REQUIRED_ENTRIES, inference: [ENTRY.predict] };
/** Entries an inference-only artifact may hold: what Session.predict runs. */
export const INFERENCE_ENTRIES: readonly string[] = [ENTRY.predict];

const COUNT = int(0, 2 ** 31 - 1);
const NAME = str({ nonEmpty: true, max: 1024 });
const SIZE = int(1, 2 ** 32);

const triple = (item: Schema<number>): Schema<readonly [number, number, number]> =>
  (v, path) => list(item, { min: 3, max: 3 })(v, path) as unknown as readonly [number, number, number];

const augment: Schema<Augment> = (v, path) => {
  const problem = isPlainObject(v) && Array.isArray(v['image']) ? augmentProblem(v as unknown as Augment) : 'expected an object with an image shape';
  return problem ? schemaError(path, problem) : (v as unknown as Augment);
};

const buffer: Schema<ArtifactBuffer> = object({
  name: NAME,
  kind: oneOf('state', 'input', 'output', 'temp', 'dataset'),
  bytes: int(0, MAX_BUFFER_BYTES),
  dtype: oneOf('f32', 'i32', 'u32'),
  shape: optional(list(int(1, 2 ** 31), { max: 16 })),
  role: optional(str()),
});

const kernel = object({
  name: NAME,
  file: optional(str({ nonEmpty: true })),
  wgsl: optional(str({ max: 64 * 1024 * 1024 })),
  bindings: list(oneOf('read', 'read_write'), { min: 1, max: 1024 }),
});

const step: Schema<Step> = either(
  (v) => isPlainObject(v) && 'copy' in v,
  object({ copy: object({ src: COUNT, dst: COUNT, bytes: int(4, MAX_BUFFER_BYTES) }) }),
  object({ dispatch: COUNT, buffers: list(COUNT, { max: 1024 }), workgroups: triple(COUNT) }),
);

const input: Schema<ArtifactInput> = object({
  name: NAME,
  dtype: oneOf('f32', 'i32'),
  example: list(int(1, 2 ** 28), { max: 8 }),
  role: oneOf('features', 'labels', 'cache'),
  classes: optional(int(1, 2 ** 24)),
});

const BASE64 = /^[A-Za-z0-9+/]*={0,2}$/;
const wasm: Schema<ArtifactWasm> = object({
  module: (v, path) => (typeof v === 'string' && v.length % 4 === 0 && BASE64.test(v) ? v : schemaError(path, 'expected the module as base64 text')),
  kernels: list(object({ params: list(COUNT, { max: 1024 }), parts: optional(int(1, WASM_MAX_PARTS)) })),
  scratchBytes: int(WASM_SCRATCH_BYTES, WASM_MAX_SCRATCH_BYTES),
  imports: list(str()),
});

const train = object({
  batchSize: int(1, MAX_BATCH),
  evalBatchSize: int(1, MAX_BATCH),
  epochs: int(1, 1_000_000),
  optimizer: anyObject,
  earlyStopping: optional(object({ monitor: NAME, patience: int(0, 1_000_000), restoreBest: bool, interval: int(1, 1_000_000) })),
  prune: optional(oneOf('epoch', 'end')),
  data: optional(str()),
  digits: optional(list(int(0, 9), { max: 10 })),
  augment: optional(augment),
  cache: optional(object({ layers: list(str()), eval: bool, stop: optional(str()) })),
  relabel: optional(bool),
  perClass: optional(int(1, 2 ** 31 - 1)),
});

/** Every field's shape (format and version are checked before, by the loader). */
export const artifactShape: Schema<Artifact> = object({
  format: oneOf('dnnc-artifact'),
  version: num(0, Number.MAX_SAFE_INTEGER),
  model: str(),
  compiler: str(),
  kind: optional(oneOf('full', 'inference')),
  requirements: object({ maxStorageBuffersPerShaderStage: SIZE, maxComputeInvocationsPerWorkgroup: SIZE, maxStorageBufferBindingSize: SIZE }),
  inputs: list(input, { max: 256 }),
  outputs: list(NAME, { max: 256 }),
  metrics: list(NAME, { max: 256 }),
  train,
  params: list(NAME),
  buffers: list(buffer),
  kernels: list(kernel),
  entries: record(list(step)),
  accumulators: record(COUNT),
  wasm: optional(wasm),
});

/** Checks the shape and the invariants; returns the artifact typed (the same object). */
export function checkArtifact(value: unknown): Artifact {
  const a = artifactShape(value, '');
  new Invariants(a).check();
  return a;
}

/** The entries that read each split's uploaded data (the runtime binds the split by the buffer's name). */
const DATASET_ENTRIES: Readonly<Record<string, readonly string[]>> = Object.fromEntries(
  (['train', 'eval'] as const).map((split) => [split, ENTRIES.filter((e) => 'feed' in e && e.feed.split === split).map((e) => e.name)]),
);
/** A storage binding as the WGSL emitter writes it: `@group(0) @binding(j) var<storage, access> name: array<T>` (T or vecN<T>). */
const WGSL_BINDING = /@binding\((\d+)\)\s*var<storage,\s*(read|read_write)>\s*\w+\s*:\s*array<(?:vec[234]<)?(f32|i32|u32)\b/g;
const SAFE_NAME = /^[\w.-]+$/;
const RELATIVE_FILE = /^[\w.-]+(\/[\w.-]+)*$/;

const product = (xs: readonly number[]) => xs.reduce((p, x) => p * x, 1);

/** The invariants between fields, each check naming the path of the field that breaks it. */
class Invariants {
  private readonly byName = new Map<string, number>();
  /** Per kernel with its WGSL inline: each binding's element type as the WGSL declares it. */
  private readonly declared: (readonly string[] | undefined)[] = [];

  constructor(private readonly a: Artifact) {}

  check(): void {
    this.names();
    this.a.buffers.forEach((b, i) => this.buffer(b, i));
    this.kernels();
    for (const [name, steps] of Object.entries(this.a.entries)) steps.forEach((s, k) => this.step(s, name, at(at('entries', name), k)));
    if (this.a.wasm) this.wasm(this.a.wasm);
    // A model has inputs. Without any, the artifact is a bare program (kernel tests and tools run
    // its entries by name); Session's model methods refuse it (no data to take, no entries).
    if (this.a.inputs.length === 0) return;
    if (artifactKind(this.a) === 'inference') return this.inference();
    this.entries();
    this.accumulators();
    this.inputs();
    this.outputs();
    this.a.params.forEach((p, i) => this.stateBuffer(BUFFER.state(p), at('params', i)));
    this.stateBuffer(BUFFER.state(COUNTERS.seed), 'buffers');
  }

  /**
   * An inference-only artifact: the predict entry and nothing of training (no other entry, no
   * accumulator, no dataset buffer, no labels or cache input), the outputs it returns, and a
   * state buffer for every parameter.
   */
  private inference(): void {
    const { a } = this;
    if (!a.outputs.length) schemaError('outputs', 'is empty; an inference-only artifact predicts its outputs');
    for (const e of REQUIRED_ENTRIES_OF.inference) if (!Object.hasOwn(a.entries, e)) schemaError(at('entries', e), 'is missing; the runtime runs it');
    for (const e of Object.keys(a.entries)) if (!INFERENCE_ENTRIES.includes(e)) schemaError(at('entries', e), 'is an entry of training; an inference-only artifact holds the predict entry only');
    const acc = Object.keys(a.accumulators)[0];
    if (acc !== undefined) schemaError(at('accumulators', acc), 'is an accumulator of training; an inference-only artifact has none');
    a.buffers.forEach((b, i) => {
      if (b.kind === 'dataset') schemaError(at(at('buffers', i), 'name'), `${b.name} is uploaded data; an inference-only artifact reads no data set`);
    });
    this.inputs();
    this.outputs();
    this.a.params.forEach((p, i) => this.stateBuffer(BUFFER.state(p), at('params', i)));
  }

  private unique(names: readonly string[], path: string): void {
    const seen = new Map<string, number>();
    names.forEach((n, i) => {
      const j = seen.get(n);
      if (j !== undefined) schemaError(at(path, i), `repeats the name ${JSON.stringify(n)} of ${at(path, j)}`);
      seen.set(n, i);
    });
  }

  private names(): void {
    const { a } = this;
    this.unique(a.buffers.map((b) => b.name), 'buffers');
    a.buffers.forEach((b, i) => this.byName.set(b.name, i));
    this.unique(a.kernels.map((k) => k.name), 'kernels');
    this.unique(a.inputs.map((x) => x.name), 'inputs');
    this.unique(a.outputs as string[], 'outputs');
    this.unique(a.metrics as string[], 'metrics');
  }

  private buffer(b: ArtifactBuffer, i: number): void {
    const path = at('buffers', i);
    if (b.kind === 'dataset') return this.datasetBuffer(b, path);
    if (b.shape === undefined) {
      if (b.kind !== 'temp') schemaError(at(path, 'shape'), `a ${b.kind} buffer needs its shape`);
      if (b.bytes < 4 || b.bytes % 4 !== 0) schemaError(at(path, 'bytes'), `a temp buffer holds a positive multiple of 4 bytes, got ${b.bytes}`);
      return;
    }
    const need = product(b.shape) * DTYPE_BYTES[b.dtype];
    if (b.bytes !== need) schemaError(at(path, 'bytes'), `is ${b.bytes}, but its shape [${b.shape.join(', ')}] of ${b.dtype} holds ${need} bytes`);
  }

  /** Dataset buffers are bound by Session.setData: `dataset:<train|eval>:<input>[:info]`. */
  private datasetBuffer(b: ArtifactBuffer, path: string): void {
    if (b.bytes !== 0 || b.shape !== undefined) schemaError(at(path, 'bytes'), `a dataset buffer is sized by the runtime: its bytes are 0 and it has no shape, got ${b.bytes}`);
    const parsed = parseBufferName(b.name);
    const m = parsed?.kind === 'dataset' ? parsed : undefined;
    const inputName = m?.input ?? '';
    const onTrain = m?.split === 'train';
    const kind = this.a.inputs.find((x) => x.name === inputName);
    // The training split uploads features, labels and `cache/k`; an evaluated split features, labels and `eval_cache/k`.
    const fits = kind && (kind.role !== 'cache' || onTrain === !inputName.startsWith('eval_cache/'));
    if (!m || !fits) schemaError(at(path, 'name'), `${JSON.stringify(b.name)} names no input the runtime uploads (${BUFFER.dataset('train', '<input>')} or ${BUFFER.dataset('eval', '<input>')})`);
  }

  private kernels(): void {
    const most = this.a.requirements.maxStorageBuffersPerShaderStage;
    this.a.kernels.forEach((k, i) => {
      const path = at('kernels', i);
      // Kernel files are fetched relative to the plan (by URL too): a plain relative path, never `..`, `/…` or `http:…`.
      if (!SAFE_NAME.test(k.name)) schemaError(at(path, 'name'), `a kernel name is letters, digits, _ . and - (it names its file), got ${JSON.stringify(k.name)}`);
      if (k.file !== undefined && (!RELATIVE_FILE.test(k.file) || k.file.split('/').includes('..'))) schemaError(at(path, 'file'), `names a file outside the artifact: ${JSON.stringify(k.file)}`);
      if (k.bindings.length > most) schemaError(at(path, 'bindings'), `binds ${k.bindings.length} buffers; requirements.maxStorageBuffersPerShaderStage is ${most}`);
      this.declared.push(k.wgsl === undefined ? undefined : this.wgslBindings(k.wgsl, k.bindings, path));
    });
  }

  /** The WGSL's storage bindings must be the kernel's: the same count, each with its access. Returns their element types. */
  private wgslBindings(wgsl: string, bindings: readonly string[], path: string): string[] {
    const types: string[] = [];
    for (const m of wgsl.matchAll(WGSL_BINDING)) {
      const [j, access, type] = [Number(m[1]), m[2]!, m[3]!];
      if (j >= bindings.length || types[j] !== undefined) schemaError(at(path, 'wgsl'), `declares @binding(${j}); the kernel lists ${bindings.length} bindings`);
      if (access !== bindings[j]) schemaError(at(at(path, 'bindings'), j), `is "${bindings[j]}", but the WGSL declares it ${access}`);
      types[j] = type;
    }
    const missing = bindings.findIndex((_, j) => types[j] === undefined);
    if (missing >= 0) schemaError(at(path, 'wgsl'), `declares no storage buffer at @binding(${missing})`);
    return types;
  }

  private bufferAt(index: number, path: string): ArtifactBuffer {
    return this.a.buffers[index] ?? schemaError(path, `names buffer ${index}; the artifact has ${this.a.buffers.length}`);
  }

  private step(s: Step, entry: string, path: string): void {
    if ('copy' in s) return this.copy(s.copy, at(path, 'copy'));
    const k = this.a.kernels[s.dispatch] ?? schemaError(at(path, 'dispatch'), `names kernel ${s.dispatch}; the artifact has ${this.a.kernels.length}`);
    if (s.buffers.length !== k.bindings.length) schemaError(at(path, 'buffers'), `binds ${s.buffers.length} buffers; kernel ${k.name} has ${k.bindings.length} bindings`);
    const seen = new Map<number, number>();
    let split: string | undefined;
    s.buffers.forEach((index, j) => {
      const p = at(at(path, 'buffers'), j);
      const b = this.bufferAt(index, p);
      const writes = k.bindings[j] === 'read_write';
      const other = seen.get(index);
      // WebGPU refuses a writable binding aliased with another; the wasm target would run it on overlapping memory.
      if (other !== undefined && (writes || k.bindings[other] === 'read_write')) schemaError(p, `binds ${b.name} a second time (also at binding ${other}) and one of them writes it`);
      seen.set(index, j);
      if (b.kind === 'dataset') {
        if (writes) schemaError(p, `binds the dataset buffer ${b.name} for writing; uploaded data is read-only`);
        const parsed = parseBufferName(b.name);
        const from = parsed?.kind === 'dataset' ? parsed.split : '';
        if (split !== undefined && from !== split) schemaError(p, `binds ${b.name} with a dataset buffer of the ${split} split; one dispatch reads one split`);
        if (!DATASET_ENTRIES[from]?.includes(entry)) schemaError(p, `binds ${b.name} in entry ${entry}; the ${from} split is read by ${DATASET_ENTRIES[from]?.join(' and ')} only`);
        split = from;
      }
      const type = this.declared[s.dispatch]?.[j];
      if (type !== undefined && type !== b.dtype) schemaError(p, `binds ${b.name} (${b.dtype}) where kernel ${k.name} reads ${type}`);
    });
  }

  private copy(c: { src: number; dst: number; bytes: number }, path: string): void {
    const src = this.bufferAt(c.src, at(path, 'src'));
    const dst = this.bufferAt(c.dst, at(path, 'dst'));
    if (src.kind === 'dataset' || dst.kind === 'dataset') schemaError(path, 'copies a dataset buffer (they are bound by the runtime)');
    if (c.src === c.dst) schemaError(at(path, 'dst'), 'is the copy\'s source');
    if (c.bytes % 4 !== 0 || c.bytes > Math.min(src.bytes, dst.bytes)) {
      schemaError(at(path, 'bytes'), `is ${c.bytes}; a copy moves a multiple of 4 bytes within both buffers (${src.name}: ${src.bytes}, ${dst.name}: ${dst.bytes})`);
    }
  }

  private entries(): void {
    const { a } = this;
    const need: string[] = [...REQUIRED_ENTRIES];
    if (a.train.prune) need.push(ENTRY.prune);
    if (a.train.earlyStopping?.restoreBest) need.push(ENTRY.restore_best);
    if (a.outputs.length) need.push(ENTRY.predict);
    const caches = a.inputs.filter((x) => x.role === 'cache');
    if (caches.length) need.push(ENTRY.begin_cache);
    if (caches.some((x) => !x.name.startsWith('eval_cache/'))) need.push(ENTRY.cache_build);
    if (caches.some((x) => x.name.startsWith('eval_cache/'))) need.push(ENTRY.eval_cache_build);
    for (const e of need) if (!Object.hasOwn(a.entries, e)) schemaError(at('entries', e), 'is missing; the runtime runs it');
  }

  private accumulators(): void {
    const { a } = this;
    const need = ['acc/train/loss', 'acc/train/count', 'acc/eval/loss', 'acc/eval/weight', ...a.metrics.flatMap((m) => [`acc/train/${m}`, `acc/eval/${m}`])];
    for (const n of need) if (!Object.hasOwn(a.accumulators, n)) schemaError(at('accumulators', n), 'is missing; the runtime reads it after every epoch');
    for (const [n, index] of Object.entries(a.accumulators)) {
      const path = at('accumulators', n);
      const b = this.bufferAt(index, path);
      if (b.kind !== 'state' || b.dtype !== 'f32' || b.bytes < 4) schemaError(path, `names ${b.name}; an accumulator is an f32 state buffer`);
    }
  }

  /** A buffer the runtime finds by name; `path` is where the name comes from. */
  private named(name: string, path: string, kind: ArtifactBuffer['kind']): ArtifactBuffer {
    const i = this.byName.get(name);
    const b = i === undefined ? undefined : this.a.buffers[i]!;
    if (!b || b.kind !== kind) return schemaError(path, `needs the ${kind} buffer ${JSON.stringify(name)}, which the artifact lacks`);
    return b;
  }

  private stateBuffer(name: string, path: string): void {
    if (this.named(name, path, 'state').bytes < 4) schemaError(path, `${name} holds no value`);
  }

  /** Feature and label inputs hold a batch of either size (predict writes an evaluation batch); caches an evaluation batch. */
  private inputs(): void {
    const { a } = this;
    if (!a.inputs.some((x) => x.role === 'features')) schemaError('inputs', 'has no features input');
    const inference = artifactKind(a) === 'inference';
    // predict writes an evaluation batch; only a full artifact's feeds write training batches.
    const rows = inference ? a.train.evalBatchSize : Math.max(a.train.batchSize, a.train.evalBatchSize);
    a.inputs.forEach((x, i) => {
      const path = at('inputs', i);
      if (inference && x.role !== 'features') schemaError(at(path, 'role'), `is ${x.role}; an inference-only artifact's inputs are the features predict reads`);
      const per = product(x.example) * 4;
      if (x.role === 'cache') {
        if (!/^(eval_)?cache\//.test(x.name)) schemaError(at(path, 'name'), `a cache input is named cache/<k> or eval_cache/<k>, got ${JSON.stringify(x.name)}`);
        const entry = x.name.startsWith('eval_cache/') ? ENTRY.eval_cache_build : ENTRY.cache_build;
        const b = this.named(BUFFER.output(entry, x.name), path, 'output');
        if (b.bytes < a.train.evalBatchSize * per) schemaError('train.evalBatchSize', `is ${a.train.evalBatchSize}, but ${b.name} holds ${Math.floor(b.bytes / per)} rows`);
        return;
      }
      const b = this.named(BUFFER.input(x.name), path, 'input');
      if (b.bytes < rows * per) {
        const field = inference || a.train.evalBatchSize > a.train.batchSize ? 'train.evalBatchSize' : 'train.batchSize';
        schemaError(field, `is ${rows}, but ${b.name} holds ${Math.floor(b.bytes / per)} examples of ${per / 4} values`);
      }
    });
  }

  /** predict returns an evaluation batch of rows per output. */
  private outputs(): void {
    const { a } = this;
    a.outputs.forEach((o, i) => {
      const b = this.named(BUFFER.output(ENTRY.predict, o), at('outputs', i), 'output');
      if (b.dtype !== 'f32' || b.bytes % (4 * a.train.evalBatchSize) !== 0) {
        schemaError(at('outputs', i), `${b.name} (${b.bytes} bytes of ${b.dtype}) is not f32 rows for an evaluation batch of ${a.train.evalBatchSize}`);
      }
    });
  }

  private wasm(w: ArtifactWasm): void {
    const { kernels } = this.a;
    if (w.kernels.length !== kernels.length) schemaError('wasm.kernels', `lists ${w.kernels.length} kernels; the artifact has ${kernels.length}`);
    w.kernels.forEach((k, i) => {
      const n = kernels[i]!.bindings.length;
      const path = at(at('wasm.kernels', i), 'params');
      k.params.forEach((p, j) => {
        if (p >= n) schemaError(at(path, j), `is ${p}; kernel ${kernels[i]!.name} has ${n} bindings`);
      });
      // A binding passed twice would have the kernel use one buffer as two (a binding it does not use is passed not at all).
      if (new Set(k.params).size !== k.params.length) schemaError(path, `must name each of kernel ${kernels[i]!.name}'s bindings at most once, got [${k.params.join(', ')}]`);
    });
    if (w.scratchBytes % 16 !== 0) schemaError('wasm.scratchBytes', `is ${w.scratchBytes}; a multiple of 16`);
  }
}
