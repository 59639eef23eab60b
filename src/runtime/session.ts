// The runtime: loads an Artifact onto a GPUDevice and runs its entry points. Browser-safe (no
// Node imports). Pipelines and bind groups are made once; a training step is one command
// buffer of dispatches; data lives on the GPU; the only read-back in training is the small
// accumulator buffer at the end of an epoch.
import { fail } from '../contract/diagnostics.js';
import { CONFUSION, COUNTERS, EPOCH_FLAGS, type Artifact, type ArtifactBuffer, type Step } from '../contract/artifact.js';
import { encodeSafetensors, type NamedTensor } from './safetensors.js';
import { CHECKPOINT_FORMAT, isWeight, planRestore, WEIGHTS_ONLY, type RestoreOptions, type RestorePlan } from './checkpoint.js';
import { validateArtifact, type ArtifactSource } from './artifact.js';
import { openSession, type OpenOptions } from './open.js';
import type { BackendDecision } from './device.js';
import { fit, type FitOptions, type FitResult } from './fit.js';
import { predictArrays, type PredictFeatures } from './features.js';
import { DeviceWatch } from './watch.js';
import { at } from '../contract/schema.js';

/** One split of a dataset as the runtime takes it: features (bytes or floats) and labels. */
export interface DataSplit {
  readonly count: number;
  /**
   * count × features; Uint8Array means pixel bytes (value = byte/255). A list feeds the model's
   * feature inputs in the order they are declared (a siamese model's two images).
   */
  readonly features: Uint8Array | Float32Array | readonly (Uint8Array | Float32Array)[];
  readonly labels: Int32Array;
}

export interface EpochResult {
  /** Mean training loss over the epoch's batches. */
  readonly loss: number;
  readonly metrics: Record<string, number>;
  readonly steps: number;
  readonly seconds: number;
}

export interface EvalResult {
  readonly loss: number;
  readonly metrics: Record<string, number>;
  /** With `endOfEpoch`: whether early stopping says to stop now. */
  readonly stop?: boolean;
  /** With `endOfEpoch` and reduce-on-plateau: the factor applied to the learning rate. */
  readonly lrScale?: number;
}

export interface SessionStats {
  submits: number;
  dispatches: number;
  /** mapAsync calls: read-backs from the GPU. */
  readbacks: number;
}

type SplitName = 'train' | 'val' | 'test' | string;

interface UploadedSplit {
  count: number;
  /** dataset buffer name (`dataset:train:X`) → GPU buffer */
  buffers: Map<string, GPUBuffer>;
}

/** Submissions an epoch is cut into when its progress is reported. */
const PROGRESS_PARTS = 4;

type PreparedStep =
  | { readonly pipeline: GPUComputePipeline; readonly bindGroup: GPUBindGroup; readonly workgroups: readonly [number, number, number] }
  | { readonly copy: readonly [GPUBuffer, GPUBuffer, number] };

const STORAGE = () => GPUBufferUsage.STORAGE | GPUBufferUsage.COPY_SRC | GPUBufferUsage.COPY_DST;

export class Session {
  readonly stats: SessionStats = { submits: 0, dispatches: 0, readbacks: 0 };
  private readonly buffers: (GPUBuffer | null)[] = [];
  private readonly pipelines: GPUComputePipeline[] = [];
  private readonly layouts: GPUBindGroupLayout[] = [];
  private readonly splits = new Map<SplitName, UploadedSplit>();
  /** Bind groups per (entry, step, eval split). */
  private readonly bindGroups = new Map<string, GPUBindGroup>();
  /** Entry step ranges resolved for encoding (see prepared); dropped with the bind groups they hold. */
  private readonly preparedSteps = new Map<string, readonly PreparedStep[]>();
  private readonly byName = new Map<string, number>();
  private evalSplit: SplitName | null = null;
  /**
   * Splits whose frozen-layer cache matches the current weights and data: built once per split
   * per run; a write of state (checkpoint restore, init, prune) or a new upload invalidates it.
   */
  private readonly cached = new Set<SplitName>();
  private disposed = false;
  /** WebGPU's errors and device loss, checked where results come back (see watch.ts). */
  private readonly watch: DeviceWatch;

  /** Which backend runs the session and why, when Session.open chose it. */
  backend?: BackendDecision;

  private constructor(
    readonly device: GPUDevice,
    readonly artifact: Artifact,
  ) {
    this.watch = new DeviceWatch(device);
  }

  /**
   * One call to open a model, in Node (import from `dnnc/runtime/node`) and in browsers (also in
   * a Web Worker): loads the artifact (an object, bytes, or a URL — a path in Node), opens the
   * first of `backends` that works (default: WebGPU on a real GPU, the wasm target with no adapter
   * or a software one), creates and initializes the session, and restores `checkpoint`.
   * `session.backend` says which backend it got and why.
   */
  static async open(source: ArtifactSource, opts: OpenOptions = {}): Promise<Session> {
    const { session, decision } = await openSession((d, a, o) => Session.create(d, a, o), source, opts);
    session.backend = decision;
    return session;
  }

  /**
   * Builds every buffer and pipeline of `artifact` (from loadArtifact) on `device`. With `seed`,
   * also initializes the model (see init); without, call init before training. `onCompile`
   * hears each kernel's pipeline become ready (done of total): on a software adapter with a
   * cold shader cache this is the slow part, worth showing.
   */
  static async create(device: GPUDevice, artifact: Artifact, opts: { seed?: number; onCompile?: (done: number, total: number) => void } = {}): Promise<Session> {
    validateArtifact(artifact);
    checkRequirements(device, artifact);
    const s = new Session(device, artifact);
    try {
      s.watch.begin();
      artifact.buffers.forEach((b, i) => {
        s.byName.set(b.name, i);
        s.buffers.push(b.kind === 'dataset' ? null : device.createBuffer({ label: b.name, size: align4(Math.max(4, b.bytes)), usage: STORAGE() }));
      });
      await s.createPipelines(opts.onCompile);
      await s.watch.end();
    } catch (e) {
      s.dispose();
      return s.watch.failed(e);
    }
    if (opts.seed !== undefined) await s.init(opts.seed);
    return s;
  }

  private async createPipelines(onCompile?: (done: number, total: number) => void): Promise<void> {
    const { device, artifact } = this;
    const errors: string[] = [];
    let done = 0;
    onCompile?.(0, artifact.kernels.length);
    const made = await Promise.all(
      artifact.kernels.map(async (k, i) => {
        if (!k.wgsl) fail('DNN6002', `kernel ${k.name} has no WGSL source (load the artifact with loadArtifact)`);
        const module = device.createShaderModule({ label: k.name, code: k.wgsl });
        const info = await module.getCompilationInfo();
        const errs = info.messages.filter((m) => m.type === 'error');
        if (errs.length) errors.push(`${k.name}: ${errs.map((m) => `${m.lineNum}:${m.linePos} ${m.message}`).join('; ')}`);
        const layout = device.createBindGroupLayout({
          label: k.name,
          entries: k.bindings.map((access, binding) => ({
            binding,
            visibility: GPUShaderStage.COMPUTE,
            buffer: { type: access === 'read' ? 'read-only-storage' : 'storage' },
          })),
        });
        const pipeline = await device
          .createComputePipelineAsync({ label: k.name, layout: device.createPipelineLayout({ bindGroupLayouts: [layout] }), compute: { module, entryPoint: 'main' } })
          // A GPUPipelineError: the kernel's bindings do not match its WGSL, or the device refuses it.
          .catch((e: unknown) => fail('DNN5003', `${at('kernels', i)}: the pipeline of kernel ${k.name} could not be created: ${e instanceof Error ? e.message.split('\n')[0] : String(e)}`));
        onCompile?.(++done, artifact.kernels.length);
        return { layout, pipeline };
      }),
    ).catch((e: unknown) => {
      if (errors.length) fail('DNN5003', 'a generated kernel failed to compile', errors);
      throw e;
    });
    if (errors.length) fail('DNN5003', 'a generated kernel failed to compile', errors);
    for (const m of made) {
      this.layouts.push(m.layout);
      this.pipelines.push(m.pipeline);
    }
  }

  // ---- state ------------------------------------------------------------------------------------
  /** A disposed session's buffers are destroyed: using them would fail inside WebGPU, silently. */
  private live(): void {
    if (this.disposed) fail('DNN6032', 'this session was disposed; create a new one');
    this.watch.check();
  }

  private buffer(name: string): GPUBuffer {
    this.live();
    const i = this.byName.get(name);
    if (i === undefined || !this.buffers[i]) fail('DNN6033', `the artifact has no buffer '${name}'`);
    return this.buffers[i]!;
  }

  private bufferInfo(name: string): ArtifactBuffer {
    const i = this.byName.get(name);
    return i === undefined ? fail('DNN6033', `the artifact has no buffer '${name}'`) : this.artifact.buffers[i]!;
  }

  /** Writes a state value (e.g. restoring a checkpoint). */
  writeState(name: string, data: Float32Array | Int32Array | Uint32Array): void {
    const info = this.bufferInfo(`state:${name}`);
    if (data.byteLength !== info.bytes) fail('DNN4001', `state '${name}' holds ${info.bytes} bytes, got ${data.byteLength}`);
    this.cached.clear();
    this.device.queue.writeBuffer(this.buffer(`state:${name}`), 0, bufferSource(data));
  }

  async readState(name: string): Promise<Float32Array | Int32Array | Uint32Array> {
    const info = this.bufferInfo(`state:${name}`);
    const bytes = await this.readBuffers([this.buffer(`state:${name}`)], [info.bytes]);
    return typed(info.dtype, bytes[0]!);
  }

  /** State names by role, in artifact order. */
  stateNames(role?: string): string[] {
    return this.artifact.buffers.filter((b) => b.kind === 'state' && (!role || b.role === role)).map((b) => b.name.slice(6));
  }

  /**
   * The model's persistent state as safetensors: parameters, batch-norm statistics, optimizer
   * slots and counters, named by their scoped paths (accumulators are per-epoch scratch). With
   * `weightsOnly`, only what prediction needs (parameters and batch-norm statistics; about a
   * third of the bytes with Adam's two slots), marked `weights_only` in the metadata: it loads
   * for prediction and evaluation, and a run restored from it starts its optimizer afresh.
   */
  async saveCheckpoint(metadata: Record<string, string> = {}, opts: { weightsOnly?: boolean } = {}): Promise<Uint8Array> {
    const names = this.artifact.buffers.filter((b) => b.kind === 'state' && (opts.weightsOnly ? isWeight(b) : b.role !== 'accumulator'));
    if (opts.weightsOnly) metadata = { ...metadata, [WEIGHTS_ONLY]: 'true' };
    const bytes = await this.readBuffers(names.map((b) => this.buffer(b.name)), names.map((b) => b.bytes));
    const tensors: NamedTensor[] = names.map((b, i) => ({ name: b.name.slice(6), dtype: b.dtype, shape: b.shape ?? [], data: typed(b.dtype, bytes[i]!) }));
    return encodeSafetensors(tensors, { ...metadata, format: CHECKPOINT_FORMAT, model: this.artifact.model });
  }

  /**
   * Restores the model's state from a checkpoint: all of it, or with `patterns` only the state
   * they match (the chapter's partial restore of `hidden[123]`); returns the names restored.
   * Everything is checked (see planRestore) before the first buffer is written.
   */
  loadCheckpoint(bytes: Uint8Array, opts: RestoreOptions = {}): string[] {
    return this.restore(planRestore(this.artifact, bytes, opts));
  }

  /** Writes a checked restore plan (planRestore, made before the device was opened). */
  restore(plan: RestorePlan): string[] {
    this.live();
    this.cached.clear();
    for (const t of plan.tensors) this.writeState(t.name, t.data);
    return plan.tensors.map((t) => t.name);
  }

  // ---- data ------------------------------------------------------------------------------------
  /** Uploads a split once; training and evaluation then read it on the GPU. */
  setData(split: SplitName, data: DataSplit): void {
    this.live();
    if (!Number.isInteger(data.count) || data.count < 0) fail('DNN4001', `${split}: count must be a non-negative integer, got ${data.count}`);
    if (!(data.labels instanceof Int32Array)) fail('DNN4001', `${split}: labels must be an Int32Array`);
    const prefix = split === 'train' ? 'train' : 'eval';
    const buffers = new Map<string, GPUBuffer>();
    const featureArrays = Array.isArray(data.features) ? data.features : [data.features as Uint8Array | Float32Array];
    const featureInputs = this.artifact.inputs.filter((i) => i.role === 'features');
    if (featureArrays.length !== featureInputs.length) {
      fail('DNN4001', `${split}: the model has ${featureInputs.length} feature inputs (${featureInputs.map((i) => i.name).join(', ')}); the data has ${featureArrays.length}`);
    }
    for (const input of this.artifact.inputs) {
      const features = input.example.reduce((a, b) => a * b, 1);
      if (input.role === 'cache') {
        // Filled on the GPU by cache_build (`cache/k`, training split) or eval_cache_build
        // (`eval_cache/k`, each evaluated split): f32 rows of the frozen layers.
        if ((split === 'train') === input.name.startsWith('eval_cache/')) continue;
        const bytes = data.count * features * 4;
        const limit = this.device.limits.maxStorageBufferBindingSize;
        if (bytes > limit) fail('DNN5002', `the frozen layers' cache needs ${bytes} bytes on the GPU; this device binds at most ${limit}`);
        const cacheBuf = this.device.createBuffer({ label: `${split}:${input.name}`, size: Math.max(4, bytes), usage: STORAGE() });
        const info = this.device.createBuffer({ label: `${split}:${input.name}:info`, size: 16, usage: STORAGE() });
        this.device.queue.writeBuffer(info, 0, new Uint32Array([data.count, 0, features, 0]));
        buffers.set(`dataset:${prefix}:${input.name}`, cacheBuf);
        buffers.set(`dataset:${prefix}:${input.name}:info`, info);
        continue;
      }
      let words: Uint32Array;
      let encoding = 0;
      if (input.role === 'labels') {
        if (data.labels.length !== data.count * features) fail('DNN4001', `${split}: ${data.labels.length} labels for ${data.count} examples`);
        if (input.classes !== undefined) {
          const bad = data.labels.findIndex((l) => !(l >= 0 && l < input.classes!));
          if (bad >= 0) fail('DNN4001', `${split}: label ${data.labels[bad]} of example ${bad} is outside the model's ${input.classes} classes [0, ${input.classes})`);
        }
        words = new Uint32Array(data.labels.buffer, data.labels.byteOffset, data.labels.length);
      } else {
        const x = featureArrays[featureInputs.indexOf(input)]!;
        if (!(x instanceof Uint8Array || x instanceof Float32Array)) fail('DNN4001', `${split}: features must be a Uint8Array (pixel bytes) or a Float32Array`);
        if (x.length !== data.count * features) {
          fail('DNN4001', `${split}: the model's input ${input.name} has ${features} features per example, the data ${x.length / Math.max(1, data.count)}`);
        }
        if (x instanceof Uint8Array) {
          encoding = 1;
          const padded = new Uint8Array(align4(x.length));
          padded.set(x);
          words = new Uint32Array(padded.buffer);
        } else {
          words = new Uint32Array(x.buffer, x.byteOffset, x.length);
        }
      }
      const limit = this.device.limits.maxStorageBufferBindingSize;
      if (words.byteLength > limit) {
        fail('DNN5002', `${split}: input ${input.name} needs ${words.byteLength} bytes on the GPU; this device binds at most ${limit}`);
      }
      const dataBuf = this.device.createBuffer({ label: `${split}:${input.name}`, size: Math.max(4, words.byteLength), usage: STORAGE() });
      this.device.queue.writeBuffer(dataBuf, 0, bufferSource(words));
      const info = this.device.createBuffer({ label: `${split}:${input.name}:info`, size: 16, usage: STORAGE() });
      this.device.queue.writeBuffer(info, 0, new Uint32Array([data.count, encoding, features, 0]));
      buffers.set(`dataset:${prefix}:${input.name}`, dataBuf);
      buffers.set(`dataset:${prefix}:${input.name}:info`, info);
    }
    const old = this.splits.get(split);
    if (old) for (const b of old.buffers.values()) b.destroy();
    this.cached.delete(split);
    this.splits.set(split, { count: data.count, buffers });
    for (const key of [...this.bindGroups.keys()]) if (key.endsWith(`|${split}`)) this.bindGroups.delete(key);
    this.preparedSteps.clear();
  }

  /** Whether a split has been uploaded. */
  hasData(split: SplitName): boolean {
    return this.splits.has(split);
  }

  // ---- entry points -----------------------------------------------------------------------------
  /** Initializes every parameter, statistic, slot and counter on the GPU from `seed`. */
  async init(seed: number): Promise<void> {
    if (!Number.isInteger(seed) || seed < 0 || seed > 0xffffffff) fail('DNN6033', `the seed must be an integer in [0, 2^32), got ${seed}`);
    this.cached.clear();
    this.device.queue.writeBuffer(this.buffer(`state:${COUNTERS.seed}`), 0, new Uint32Array([seed >>> 0]));
    this.submit([['init', 1]]);
    await this.settle();
  }

  /** Steps per epoch: the remainder batch is dropped, as the chapter's shuffle_batch does. */
  stepsPerEpoch(): number {
    this.live();
    const train = this.splits.get('train');
    if (!train) fail('DNN4001', 'no training data: call setData("train", ...) first');
    return Math.floor(train.count / this.artifact.train.batchSize);
  }

  /**
   * One epoch of training. `onProgress` is called with 0 as the epoch starts, then as submitted
   * work completes (it does not read GPU memory), so a caller timing the epoch starts its clock
   * at the start. Metrics are read back once, at the end.
   */
  async trainEpoch(onProgress?: (step: number, total: number) => void): Promise<EpochResult> {
    const t0 = nowSeconds();
    const steps = this.stepsPerEpoch();
    if (this.artifact.entries['cache_build'] && !this.cached.has('train')) await this.buildCache();
    if (steps === 0) fail('DNN4001', `the training split has fewer examples than one batch (${this.artifact.train.batchSize})`);
    // The whole epoch is one command buffer (begin_epoch, then every step) unless progress is
    // asked for, when it is cut into a few; nothing waits between them, and the steps are
    // encoded from a list prepared once, so a step costs no JavaScript beyond its dispatches.
    const parts = onProgress ? Math.min(steps, PROGRESS_PARTS) : 1;
    onProgress?.(0, steps);
    let inFlight: Promise<unknown> = Promise.resolve();
    for (let p = 0, s = 0; p < parts; p++) {
      const n = Math.floor((steps * (p + 1)) / parts) - s;
      this.submit(p === 0 ? [['begin_epoch', 1], ['train_step', n]] : [['train_step', n]]);
      s += n;
      const done = s;
      if (onProgress) inFlight = this.device.queue.onSubmittedWorkDone().then(() => onProgress(done, steps));
    }
    await inFlight;
    const acc = await this.readAccumulators('train');
    const count = acc['count'] || 1;
    return { loss: acc['loss']! / count, metrics: this.metricsOf(acc, count), steps, seconds: nowSeconds() - t0 };
  }

  /**
   * Loss and metrics over a whole split, in inference mode. With `endOfEpoch` (validation after
   * an epoch) the model's end-of-epoch rules run on the GPU too (early stopping,
   * reduce-on-plateau), and their flags come back in the same read.
   */
  async evaluate(split: SplitName = 'val', opts: { endOfEpoch?: boolean } = {}): Promise<EvalResult> {
    this.live();
    const data = this.splits.get(split);
    if (!data) fail('DNN4001', `no '${split}' data: call setData("${split}", ...) first`);
    if (this.artifact.entries['eval_cache_build'] && !this.cached.has(split)) await this.buildCache(split);
    this.evalSplit = split;
    const batches = Math.ceil(data.count / this.artifact.train.evalBatchSize);
    const end = opts.endOfEpoch && this.artifact.entries['end_epoch'] ? [['end_epoch', 1] as [string, number]] : [];
    this.submit([['begin_eval', 1], ['eval_step', batches], ...end]);
    const flags = end.length ? Object.values(EPOCH_FLAGS).filter((n) => this.byName.has(`state:${n}`)) : [];
    const acc = await this.readAccumulators('eval', flags);
    const w = acc['weight'] || 1;
    return {
      loss: acc['loss']! / w,
      metrics: this.metricsOf(acc, w),
      ...(EPOCH_FLAGS.stop in acc ? { stop: acc[EPOCH_FLAGS.stop] !== 0 } : {}),
      ...(EPOCH_FLAGS.lrScale in acc ? { lrScale: acc[EPOCH_FLAGS.lrScale] } : {}),
    };
  }

  /**
   * The classifier's confusion matrix over a whole split, counted on the device (the artifact
   * compiled with `confusion: true`): rows are true classes, columns predicted ones.
   */
  async confusion(split: SplitName = 'val'): Promise<number[][]> {
    this.live();
    if (!this.artifact.entries[CONFUSION.entry]) fail('DNN6033', 'this artifact has no confusion matrix: compile it with { confusion: true } (dnnc eval --confusion does)');
    const data = this.splits.get(split);
    if (!data) fail('DNN4001', `no '${split}' data: call setData("${split}", ...) first`);
    this.evalSplit = split;
    this.submit([['begin_eval', 1], [CONFUSION.entry, Math.ceil(data.count / this.artifact.train.evalBatchSize)]]);
    const counts = new Float32Array((await this.readBuffers([this.buffer(`state:${CONFUSION.counts}`)], [this.bufferInfo(`state:${CONFUSION.counts}`).bytes]))[0]!);
    const k = Math.round(Math.sqrt(counts.length));
    return Array.from({ length: k }, (_, i) => Array.from(counts.subarray(i * k, (i + 1) * k)));
  }

  /**
   * Trains for `epochs` (default: the model's) applying the model's whole regimen, as `dnnc train`
   * does: early stopping (with restore-best), reduce-on-plateau, pruning. Needs 'train' and 'val' data.
   */
  async fit(opts: FitOptions = {}): Promise<FitResult> {
    this.live();
    return fit(this, opts);
  }

  /**
   * Runs the predict entry on `count` examples (default: as many as the features hold); returns
   * each declared output, row-major. `features` holds one array per feature input: a list in the
   * order the model declares them, or a record by input name; a model with one feature input also
   * takes its array alone. Uint8Array features are pixel bytes (value = byte/255).
   */
  async predict(features: PredictFeatures, count?: number): Promise<Record<string, Float32Array>> {
    this.live();
    if (!this.artifact.entries['predict']) fail('DNN3001', 'the model declares no `output`, so it has nothing to predict');
    const fed = predictArrays(this.artifact.inputs.filter((i) => i.role === 'features'), features, count);
    const batch = this.artifact.train.evalBatchSize;
    const outs = this.artifact.outputs.map((name) => ({ name, info: this.bufferInfo(`output:predict:${name}`) }));
    const rowSize = (bytes: number) => bytes / 4 / batch;
    const results = outs.map((o) => new Float32Array(fed.count * rowSize(o.info.bytes)));
    for (let start = 0; start < fed.count; start += batch) {
      const n = Math.min(batch, fed.count - start);
      for (const { input, per, x } of fed.arrays) {
        const chunk = new Float32Array(batch * per);
        const rows = x.subarray(start * per, (start + n) * per);
        if (rows instanceof Uint8Array) chunk.set(Float32Array.from(rows, (v) => v / 255));
        else chunk.set(rows);
        this.device.queue.writeBuffer(this.buffer(`input:${input.name}`), 0, chunk);
      }
      this.submit([['predict', 1]]);
      const bytes = await this.readBuffers(outs.map((o) => this.buffer(`output:predict:${o.name}`)), outs.map((o) => o.info.bytes));
      outs.forEach((o, k) => {
        const row = rowSize(o.info.bytes);
        results[k]!.set(new Float32Array(bytes[k]!).subarray(0, n * row), start * row);
      });
    }
    // Own properties whatever the names (an output named `__proto__` must not set the prototype).
    return Object.fromEntries(outs.map((o, k) => [o.name, results[k]!]));
  }

  /**
   * Computes the frozen layers' output for every example of a split, in chunks of the evaluation
   * batch, into the cache its step reads (all on the GPU: one pass, no read-back): the training
   * split's for the train step (cache_build), any other's for evaluation (eval_cache_build).
   * Runs before the first epoch or evaluation, and again after anything that may change frozen
   * weights or the split's data. Prediction on the caller's arrays recomputes the frozen layers:
   * each row is seen once, so a cache would cost as much as it saves.
   */
  async buildCache(split: SplitName = 'train'): Promise<void> {
    this.live();
    const data = this.splits.get(split);
    if (!data) fail('DNN4001', `no '${split}' data: call setData("${split}", ...) first`);
    const isTrain = split === 'train';
    const entry = isTrain ? 'cache_build' : 'eval_cache_build';
    const steps = this.artifact.entries[entry];
    if (!steps) return;
    const chunk = this.artifact.train.evalBatchSize;
    const caches = this.artifact.inputs.filter((i) => i.role === 'cache' && i.name.startsWith('eval_cache/') !== isTrain);
    if (!isTrain) this.evalSplit = split;
    this.submit([['begin_cache', 1]]);
    for (let start = 0; start < data.count; start += chunk) {
      const rows = Math.min(chunk, data.count - start);
      const enc = this.device.createCommandEncoder();
      this.encodeRepeated(enc, this.prepared(entry, steps, 0, steps.length), 1);
      for (const c of caches) {
        const rowBytes = c.example.reduce((a, b) => a * b, 1) * 4;
        const dst = data.buffers.get(`dataset:${isTrain ? 'train' : 'eval'}:${c.name}`)!;
        enc.copyBufferToBuffer(this.buffer(`output:${entry}:${c.name}`), 0, dst, start * rowBytes, rows * rowBytes);
      }
      this.device.queue.submit([enc.finish()]);
      this.stats.submits++;
    }
    await this.settle();
    this.cached.add(split);
  }

  /** Runs any entry point once (tests and tools; training uses the methods above). */
  async run(entry: string): Promise<void> {
    // These entries write parameters, frozen ones included: every cache is stale after them.
    if (['init', 'prune', 'restore_best'].includes(entry)) this.cached.clear();
    this.submit([[entry, 1]]);
    await this.settle();
  }

  /** Runs one step of an entry point `times` times in one command buffer (for profiling). */
  async runSteps(entry: string, index: number, times: number): Promise<void> {
    this.live();
    const steps = this.entrySteps(entry);
    this.watch.begin();
    const enc = this.device.createCommandEncoder();
    this.encodeRepeated(enc, this.prepared(entry, steps, index, index + 1), times);
    this.device.queue.submit([enc.finish()]);
    this.stats.submits++;
    await this.settle();
  }

  /** An entry's steps by name (own entries only: `constructor` is no entry). */
  private entrySteps(entry: string): readonly Step[] {
    return Object.hasOwn(this.artifact.entries, entry) ? this.artifact.entries[entry]! : fail('DNN6033', `the artifact has no entry '${entry}'`);
  }

  /** Waits for the submitted work, then fails if WebGPU reported an error for it (closes the error scopes). */
  private async settle(): Promise<void> {
    await this.device.queue.onSubmittedWorkDone();
    await this.watch.end();
  }

  /** Reads the batch currently in an input buffer (tests and debugging). */
  async readInput(name: string): Promise<Float32Array | Int32Array | Uint32Array> {
    const info = this.bufferInfo(`input:${name}`);
    const [bytes] = await this.readBuffers([this.buffer(`input:${name}`)], [info.bytes]);
    return typed(info.dtype, bytes!);
  }

  /** Reads an entry point's named output. */
  async readOutput(entry: string, name: string): Promise<Float32Array | Int32Array | Uint32Array> {
    const info = this.bufferInfo(`output:${entry}:${name}`);
    const [bytes] = await this.readBuffers([this.buffer(`output:${entry}:${name}`)], [info.bytes]);
    return typed(info.dtype, bytes!);
  }

  // ---- encoding -----------------------------------------------------------------------------
  /** Encodes entries (each repeated n times) into one command buffer and submits it. */
  private submit(entries: readonly [string, number][]): void {
    this.live();
    this.watch.begin();
    const enc = this.device.createCommandEncoder();
    for (const [entry, times] of entries) {
      const steps = this.entrySteps(entry);
      if (times > 0) this.encodeRepeated(enc, this.prepared(entry, steps, 0, steps.length), times);
    }
    this.device.queue.submit([enc.finish()]);
    this.stats.submits++;
  }

  /**
   * An entry's steps resolved once into pipelines, bind groups and buffers (per evaluation split,
   * since bind groups name the split's data): encoding a step is then only its WebGPU calls.
   */
  private prepared(entry: string, steps: readonly Step[], from: number, to: number): readonly PreparedStep[] {
    const key = `${entry}|${from}|${to}|${this.evalSplit ?? ''}`;
    const list = this.preparedSteps.get(key);
    if (list) return list;
    const made: PreparedStep[] = [];
    for (let k = from; k < to; k++) {
      const step = steps[k]!;
      if ('copy' in step) made.push({ copy: [this.gpuBuffer(step.copy.src), this.gpuBuffer(step.copy.dst), step.copy.bytes] });
      else made.push({ pipeline: this.pipelines[step.dispatch]!, bindGroup: this.bindGroup(entry, k, step), workgroups: step.workgroups });
    }
    this.preparedSteps.set(key, made);
    return made;
  }

  /** Encodes a prepared list `times` times; consecutive dispatches share one compute pass, a copy ends it. */
  private encodeRepeated(enc: GPUCommandEncoder, list: readonly PreparedStep[], times: number): void {
    let pass: GPUComputePassEncoder | null = null;
    let dispatches = 0;
    for (let t = 0; t < times; t++) {
      for (const step of list) {
        if ('copy' in step) {
          pass?.end();
          pass = null;
          enc.copyBufferToBuffer(step.copy[0], 0, step.copy[1], 0, step.copy[2]);
          continue;
        }
        pass ??= enc.beginComputePass();
        pass.setPipeline(step.pipeline);
        pass.setBindGroup(0, step.bindGroup);
        pass.dispatchWorkgroups(step.workgroups[0], step.workgroups[1], step.workgroups[2]);
        dispatches++;
      }
    }
    (pass as GPUComputePassEncoder | null)?.end();
    this.stats.dispatches += dispatches;
  }

  private gpuBuffer(i: number): GPUBuffer {
    const b = this.buffers[i];
    if (!b) throw new Error(`buffer ${this.artifact.buffers[i]!.name} is bound by the runtime, not copyable`);
    return b;
  }

  private bindGroup(entry: string, k: number, step: Extract<Step, { dispatch: number }>): GPUBindGroup {
    const dataset = step.buffers.map((i) => this.artifact.buffers[i]!).find((b) => b.kind === 'dataset');
    const usesData = dataset !== undefined;
    // `dataset:train:*` buffers are the training split's; `dataset:eval:*` the split being evaluated.
    const split = !dataset ? '' : dataset.name.startsWith('dataset:train:') ? 'train' : this.evalSplit ?? 'val';
    const key = `${entry}|${k}|${split}`;
    let bg = this.bindGroups.get(key);
    if (bg) return bg;
    const data = usesData ? this.splits.get(split) : undefined;
    if (usesData && !data) fail('DNN4001', `no '${split}' data uploaded`);
    bg = this.device.createBindGroup({
      layout: this.layouts[step.dispatch]!,
      entries: step.buffers.map((i, binding) => {
        const info = this.artifact.buffers[i]!;
        const buffer = info.kind === 'dataset' ? data!.buffers.get(info.name)! : this.buffers[i]!;
        return { binding, resource: { buffer } };
      }),
    });
    this.bindGroups.set(key, bg);
    return bg;
  }

  /** Each metric's sum over `weight`, as own properties whatever the metric's name. */
  private metricsOf(acc: Record<string, number>, weight: number): Record<string, number> {
    return Object.fromEntries(this.artifact.metrics.map((m) => [m, (Object.hasOwn(acc, m) ? acc[m]! : NaN) / weight]));
  }

  /** One read-back: the split's accumulators (by short name) and any extra f32 state scalars (by full name). */
  private async readAccumulators(split: 'train' | 'eval', extra: readonly string[] = []): Promise<Record<string, number>> {
    const names = Object.keys(this.artifact.accumulators).filter((n) => n.startsWith(`acc/${split}/`));
    const bufs = [...names.map((n) => this.gpuBuffer(this.artifact.accumulators[n]!)), ...extra.map((n) => this.buffer(`state:${n}`))];
    const bytes = await this.readBuffers(bufs, bufs.map(() => 4));
    const keys = [...names.map((n) => n.slice(`acc/${split}/`.length)), ...extra];
    return Object.fromEntries(keys.map((k, i) => [k, new Float32Array(bytes[i]!)[0]!]));
  }

  /** Copies buffers into one staging buffer and maps it once. */
  private async readBuffers(bufs: readonly GPUBuffer[], sizes: readonly number[]): Promise<ArrayBuffer[]> {
    this.live();
    const offsets: number[] = [];
    let total = 0;
    for (const s of sizes) {
      offsets.push(total);
      total += align4(s);
    }
    this.watch.begin();
    const staging = this.device.createBuffer({ size: Math.max(4, total), usage: GPUBufferUsage.MAP_READ | GPUBufferUsage.COPY_DST });
    const enc = this.device.createCommandEncoder();
    bufs.forEach((b, i) => enc.copyBufferToBuffer(b, 0, staging, offsets[i]!, align4(sizes[i]!)));
    this.device.queue.submit([enc.finish()]);
    this.stats.submits++;
    this.stats.readbacks++;
    try {
      await staging.mapAsync(GPUMapMode.READ);
    } catch (e) {
      staging.destroy();
      return this.watch.failed(e);
    }
    const all = staging.getMappedRange().slice(0);
    staging.unmap();
    staging.destroy();
    // The results are in: the work that made them must have run without a WebGPU error.
    await this.watch.end();
    return offsets.map((o, i) => all.slice(o, o + sizes[i]!));
  }

  /** Frees the session's GPU buffers (the device stays open: it is the caller's). */
  dispose(): void {
    this.disposed = true;
    this.watch.detach();
    for (const b of this.buffers) b?.destroy();
    for (const s of this.splits.values()) for (const b of s.buffers.values()) b.destroy();
    this.splits.clear();
    this.bindGroups.clear();
    this.preparedSteps.clear();
  }

  /** The same as dispose (the older name). */
  destroy(): void {
    this.dispose();
  }
}

function checkRequirements(device: GPUDevice, a: Artifact): void {
  const req = a.requirements;
  const have = device.limits;
  const check = (name: keyof typeof req & keyof GPUSupportedLimits) => {
    if (have[name] < req[name]) fail('DNN5002', `this artifact needs ${name} ≥ ${req[name]}; the device offers ${have[name]}`);
  };
  check('maxStorageBuffersPerShaderStage');
  check('maxComputeInvocationsPerWorkgroup');
  check('maxStorageBufferBindingSize');
  checkDeviceLimits(device.limits, a);
}

/** Every buffer, binding and workgroup count within what this device allows (a limit it does not report is no limit). */
function checkDeviceLimits(limits: GPUSupportedLimits, a: Artifact): void {
  const most = (name: 'maxStorageBufferBindingSize' | 'maxBufferSize' | 'maxComputeWorkgroupsPerDimension' | 'maxStorageBuffersPerShaderStage') =>
    typeof limits[name] === 'number' ? limits[name] : Infinity;
  const binding = Math.min(most('maxStorageBufferBindingSize'), most('maxBufferSize'));
  a.buffers.forEach((b, i) => {
    if (b.bytes > binding) fail('DNN5002', `${at(at('buffers', i), 'bytes')}: ${b.name} needs ${b.bytes} bytes; this device binds at most ${binding}`);
  });
  const bindings = most('maxStorageBuffersPerShaderStage');
  a.kernels.forEach((k, i) => {
    if (k.bindings.length > bindings) fail('DNN5002', `${at(at('kernels', i), 'bindings')}: kernel ${k.name} binds ${k.bindings.length} buffers; this device allows ${bindings}`);
  });
  const groups = most('maxComputeWorkgroupsPerDimension');
  for (const [entry, steps] of Object.entries(a.entries)) {
    steps.forEach((s, k) => {
      if (!('dispatch' in s)) return;
      const d = s.workgroups.findIndex((n) => n > groups);
      if (d >= 0) fail('DNN5002', `${at(at(at(at('entries', entry), k), 'workgroups'), d)}: ${s.workgroups[d]} workgroups; this device runs at most ${groups} per dimension`);
    });
  }
}

function typed(dtype: string, bytes: ArrayBuffer): Float32Array | Int32Array | Uint32Array {
  return dtype === 'f32' ? new Float32Array(bytes) : dtype === 'i32' ? new Int32Array(bytes) : new Uint32Array(bytes);
}

const align4 = (n: number) => Math.ceil(n / 4) * 4;
/** Typed arrays over any ArrayBufferLike are accepted by writeBuffer; TS's DOM types are narrower. */
const bufferSource = (v: ArrayBufferView) => v as unknown as GPUAllowSharedBufferSource;
const nowSeconds = () => (globalThis.performance?.now() ?? Date.now()) / 1000;
