// Streamed splits: data larger than one storage binding, or than a chosen device-memory budget,
// trains in chunks. Each input of a streamed split has one device buffer of a chunk's rows; per
// chunk the host gathers the rows the device will read (from memory or from disk, see RowSource)
// and writes them through the queue, behind the work already submitted, so the next chunk is
// gathered while the current one trains. Browser-safe (no Node imports).
//
// The shuffle is the device's own, over the whole split: the training feed reads position
// p = batch · B + row of an epoch as example permute(p mod count, count, key), with key =
// stream_key(seed, SHUFFLE_STREAM, epoch) (a cycle-walked Feistel bijection; ../codegen/wgsl/
// feed.ts). A chunk of k batches covers positions [s, s + m), m = k · B; its buffer is handed to
// the feed as a split of m rows, so the feed reads position p from chunk row
// permute(p mod m, m, key) — and the host puts there example permute(p, N, key) of the whole
// split of N. Every batch holds exactly the rows, in the order, that a whole upload gives it:
// the same numbers, bit for bit (test/unit/stream.test.ts). Evaluation reads rows in order: a
// chunk holds consecutive rows and the eval batch counter restarts at 0 for each chunk.
import { fail } from '../contract/diagnostics.js';
import { BUFFER, ENTRY, SHUFFLE_STREAM } from '../contract/protocol.js';
import { COUNTERS, type Artifact, type ArtifactInput } from '../contract/artifact.js';

export { SHUFFLE_STREAM };

/** The chunk bytes per input of a streamed split when no budget is given (64 MiB). */
export const DEFAULT_DATA_BUDGET = 64 * 1024 * 1024;

/** Spare rows of a training chunk, for the rare chunk whose row count must grow by a few (see chunkCount). */
const SPARE_ROWS = 8;

/**
 * Rows of one feature input, read on demand: from memory (memoryRows) or from a file by row
 * (src/data/rows.ts). Values are as a whole upload holds them: u8 pixel bytes or f32 words.
 */
export interface RowSource {
  readonly count: number;
  /** Values per row. */
  readonly features: number;
  readonly encoding: 'u8' | 'f32';
  /** Called before every pass over the split (an epoch, an evaluation): fails if the source changed. */
  check?(): void;
  /** Copies row rows[i] to out at i · rowBytes, for i < n (rowBytes = features, or 4 · features for f32). */
  read(rows: Uint32Array, n: number, out: Uint8Array): void;
}

/** A split whose feature rows are read as it trains; labels stay in memory (4 bytes an example). */
export interface StreamedData {
  readonly count: number;
  readonly rows: readonly RowSource[];
  readonly labels: Int32Array;
}

/** Rows of an array in memory (a split over the budget or a binding is streamed from it). */
export function memoryRows(x: Uint8Array | Float32Array, features: number): RowSource {
  const bytes = new Uint8Array(x.buffer, x.byteOffset, x.byteLength);
  const rowBytes = x instanceof Uint8Array ? features : 4 * features;
  return {
    count: features ? x.length / features : 0, features, encoding: x instanceof Uint8Array ? 'u8' : 'f32',
    read(rows, n, out) {
      for (let i = 0; i < n; i++) out.set(bytes.subarray(rows[i]! * rowBytes, (rows[i]! + 1) * rowBytes), i * rowBytes);
    },
  };
}

// ---- the device's shuffle, on the host ---------------------------------------------------------
function lowbias32(x: number): number {
  x = (x ^ (x >>> 16)) >>> 0;
  x = Math.imul(x, 0x7feb352d) >>> 0;
  x = (x ^ (x >>> 15)) >>> 0;
  x = Math.imul(x, 0x846ca68b) >>> 0;
  return (x ^ (x >>> 16)) >>> 0;
}

/** stream_key of the kernels' random helpers. */
export function shuffleKey(seed: number, epoch: number): number {
  let k = lowbias32((seed ^ 0x9e3779b9) >>> 0);
  k = lowbias32((k ^ SHUFFLE_STREAM) >>> 0);
  return lowbias32((k ^ epoch) >>> 0);
}

function feistel(x: number, half: number, mask: number, key: number): number {
  let l = x >>> half;
  let r = (x & mask) >>> 0;
  for (let round = 0; round < 4; round++) {
    const t = (l ^ (lowbias32((r ^ key ^ Math.imul(round, 0x9e3779b9)) >>> 0) & mask)) >>> 0;
    l = r;
    r = t;
  }
  return ((l << half) | r) >>> 0;
}

/** permute(x, n, key) of the feed kernels, exactly (the cycle walk's bound and the final clamp included). */
export function permute(x: number, n: number, key: number): number {
  if (n <= 1) return 0;
  const half = Math.max(1, (31 - Math.clz32(n - 1) + 2) >>> 1);
  const mask = ((1 << half) - 1) >>> 0;
  let y = feistel(x, half, mask, key);
  for (let walk = 0; walk < 4096 && y >= n; walk++) y = feistel(y, half, mask, key);
  return Math.min(y, n - 1);
}

// ---- chunks ------------------------------------------------------------------------------------
/** The session side a stream drives (Session implements it with its private methods). */
export interface StreamHost {
  readonly device: GPUDevice;
  submit(entries: readonly [string, number][]): void;
  writeCounter(name: string, value: number): void;
  readCounters(names: readonly string[]): Promise<number[]>;
}

interface StreamInput {
  readonly name: string;
  readonly source: RowSource;
  readonly rowBytes: number;
  readonly data: GPUBuffer;
  readonly info: GPUBuffer;
  /** The host's gather buffer: one chunk's rows. */
  readonly gather: Uint8Array;
}

/** What the session keeps of a streamed split: its chunk buffers (bound like a whole split's) and the stream. */
export interface StreamedSplit {
  readonly buffers: Map<string, GPUBuffer>;
  readonly stream: SplitStream;
}

/** Whether a split of these inputs (bytes each on the device) must stream under `budget` (undefined: only over the binding limit). */
export function mustStream(bytes: readonly number[], limit: number, budget: number | undefined): boolean {
  return bytes.some((b) => b > limit || (budget !== undefined && b > budget));
}

/**
 * A split of arrays in memory as a streamed one, when it must stream (see mustStream): the arrays'
 * device bytes are those of a whole upload (bytes padded to words, f32 and labels 4 each).
 */
export function streamedFromArrays(data: { count: number; features: readonly (Uint8Array | Float32Array)[]; labels: Int32Array }, limit: number, budget: number | undefined): StreamedData | undefined {
  const bytes = [...data.features.map((x) => align4(x.byteLength)), data.labels.byteLength];
  if (!mustStream(bytes, limit, budget)) return undefined;
  const per = data.count ? data.features.map((x) => x.length / data.count) : data.features.map(() => 0);
  if (per.some((p) => !Number.isInteger(p))) return undefined; // the whole upload's checks name the mismatch
  return { count: data.count, rows: data.features.map((x, k) => memoryRows(x, per[k]!)), labels: data.labels };
}

/** Checks a data budget given to the runtime: a positive whole number of bytes. */
export function checkBudget(budget: number | undefined): void {
  if (budget !== undefined && !(Number.isSafeInteger(budget) && budget > 0)) fail('DNN6033', `the data budget must be a positive whole number of bytes, got ${String(budget)}`);
}

/**
 * Creates a streamed split's chunk buffers on `device`: chunks of whole batches (training: the
 * train batch; other splits: the eval batch), each input's chunk at most min(budget, binding
 * limit) bytes. A budget under one batch's rows is DNN4061.
 */
export function createStream(device: GPUDevice, artifact: Artifact, split: string, data: StreamedData, budget = DEFAULT_DATA_BUDGET): StreamedSplit {
  checkBudget(budget);
  if (artifact.inputs.some((i) => i.role === 'cache')) {
    fail('DNN4061', `${split}: a model that caches frozen layers needs each split whole on the device (the cache holds every example); this split is streamed`, ['give a larger --data-budget, or train without the cache']);
  }
  const train = split === 'train';
  const batch = train ? artifact.train.batchSize : artifact.train.evalBatchSize;
  const sources = streamSources(artifact, split, data);
  const widest = Math.max(...sources.map(({ source }) => rowBytesOf(source)));
  const capacity = Math.min(budget, device.limits.maxStorageBufferBindingSize, device.limits.maxBufferSize ?? Infinity);
  const batches = Math.floor(capacity / (widest * batch));
  if (batches < 1) {
    fail('DNN4061', `${split}: a data budget of ${capacity} bytes holds less than one batch (${batch} rows of ${widest} bytes = ${batch * widest} bytes)`, ['give --data-budget at least one batch\'s bytes']);
  }
  const rows = Math.min(batches * batch, Math.ceil(data.count / batch) * batch) + (train ? SPARE_ROWS : 0);
  const buffers = new Map<string, GPUBuffer>();
  const prefix = train ? 'train' : 'eval';
  const inputs = sources.map(({ input, source }): StreamInput => {
    const rowBytes = rowBytesOf(source);
    const size = align4(Math.max(4, rows * rowBytes));
    const usage = GPUBufferUsage.STORAGE | GPUBufferUsage.COPY_SRC | GPUBufferUsage.COPY_DST;
    const name = BUFFER.dataset(prefix, input.name);
    const made = { data: device.createBuffer({ label: `${split}:${input.name}`, size, usage }), info: device.createBuffer({ label: `${split}:${input.name}:info`, size: 16, usage }) };
    buffers.set(name, made.data);
    buffers.set(BUFFER.datasetInfo(prefix, input.name), made.info);
    return { name: input.name, source, rowBytes, ...made, gather: new Uint8Array(size) };
  });
  return { buffers, stream: new SplitStream(data.count, inputs, batch, batches) };
}

/** The feature inputs' row sources (in declared order) and the labels as rows, checked against the model. */
function streamSources(artifact: Artifact, split: string, data: StreamedData): { input: ArtifactInput; source: RowSource }[] {
  if (!Number.isSafeInteger(data.count) || data.count < 0) fail('DNN4001', `${split}: count must be a non-negative integer, got ${data.count}`);
  if (!(data.labels instanceof Int32Array)) fail('DNN4001', `${split}: labels must be an Int32Array`);
  const featureInputs = artifact.inputs.filter((i) => i.role === 'features');
  if (data.rows.length !== featureInputs.length) fail('DNN4001', `${split}: the model has ${featureInputs.length} feature inputs; the data has ${data.rows.length}`);
  return artifact.inputs.filter((i) => i.role !== 'cache').map((input) => {
    const per = input.example.reduce((a, b) => a * b, 1);
    if (input.role === 'labels') return { input, source: labelRows(split, data, input, per) };
    const source = data.rows[featureInputs.indexOf(input)]!;
    if (source.features !== per) fail('DNN4001', `${split}: the model's input ${input.name} has ${per} features per example, the data ${source.features}`);
    if (source.count !== data.count) fail('DNN4001', `${split}: input ${input.name} has ${source.count} rows for ${data.count} examples`);
    return { input, source };
  });
}

function labelRows(split: string, data: StreamedData, input: ArtifactInput, per: number): RowSource {
  if (data.labels.length !== data.count * per) fail('DNN4001', `${split}: ${data.labels.length} labels for ${data.count} examples`);
  if (input.classes !== undefined) {
    const bad = data.labels.findIndex((l) => !(l >= 0 && l < input.classes!));
    if (bad >= 0) fail('DNN4001', `${split}: label ${data.labels[bad]} of example ${bad} is outside the model's ${input.classes} classes [0, ${input.classes})`);
  }
  // i32 words: the same bytes as f32 rows of `per` values.
  return { ...memoryRows(new Float32Array(data.labels.buffer, data.labels.byteOffset, data.labels.length), per), encoding: 'f32' };
}

const rowBytesOf = (s: RowSource) => (s.encoding === 'u8' ? s.features : 4 * s.features);
const align4 = (n: number) => Math.ceil(n / 4) * 4;

/** One streamed split: plans its chunks and feeds them to the device, epoch by epoch or evaluation by evaluation. */
export class SplitStream {
  /** The chunk written to the device and not yet known to be done. */
  private pending: Promise<unknown>[] = [];

  constructor(
    readonly count: number,
    private readonly inputs: readonly StreamInput[],
    /** Rows per batch (the train or the eval batch). */
    readonly batch: number,
    /** Batches per chunk. */
    readonly chunkBatches: number,
  ) {}

  /** Device bytes of the chunk buffers. */
  get deviceBytes(): number {
    return this.inputs.reduce((s, i) => s + i.data.size, 0);
  }

  /** One epoch's training steps (begin_epoch first), chunk by chunk, in the order of the epoch's shuffle. */
  async trainEpoch(host: StreamHost, steps: number, onDone?: (steps: number) => void): Promise<void> {
    for (const i of this.inputs) i.source.check?.();
    const [seed, epoch] = await host.readCounters([COUNTERS.seed, COUNTERS.epoch]);
    // begin_epoch increments the epoch counter: the feed keys this epoch's shuffle with the new value.
    const key = shuffleKey(seed!, (epoch! + 1) >>> 0);
    host.submit([[ENTRY.begin_epoch, 1]]);
    for (let first = 0; first < steps; first += this.chunkBatches) {
      const k = Math.min(this.chunkBatches, steps - first);
      const rows = this.trainRows(first * this.batch, k * this.batch, key);
      await this.upload(host, rows.order, rows.count);
      host.submit([[ENTRY.train_step, k]]);
      this.track(host, onDone && (() => onDone(first + k)));
    }
    await Promise.all(this.pending.splice(0));
  }

  /** The evaluation's steps (begin_eval first, then `end` if given), chunk by chunk in row order. */
  async evaluate(host: StreamHost, end: readonly [string, number][]): Promise<void> {
    for (const i of this.inputs) i.source.check?.();
    host.submit([[ENTRY.begin_eval, 1]]);
    const chunkRows = this.chunkBatches * this.batch;
    for (let start = 0; start < this.count; start += chunkRows) {
      const m = Math.min(chunkRows, this.count - start);
      await this.upload(host, Uint32Array.from({ length: m }, (_, i) => start + i), m);
      if (start > 0) host.writeCounter(COUNTERS.evalBatch, 0);
      host.submit([[ENTRY.eval_step, Math.ceil(m / this.batch)]]);
      this.track(host);
    }
    // The counter ends where a whole evaluation leaves it (it is saved with the state).
    if (this.count > chunkRows) host.writeCounter(COUNTERS.evalBatch, Math.ceil(this.count / this.batch));
    if (end.length) host.submit(end);
    await Promise.all(this.pending.splice(0));
  }

  /**
   * A training chunk of positions [s, s + m): chunk row permute(p mod c, c, key) holds example
   * permute(p, N, key). c is m unless the cycle walk's bound makes permute(·, m) collide on these
   * positions (never seen; checked), when the next count that does not is used.
   */
  private trainRows(s: number, m: number, key: number): { order: Uint32Array; count: number } {
    for (let c = m; c <= m + SPARE_ROWS; c++) {
      const order = new Uint32Array(c).fill(0xffffffff);
      let ok = true;
      for (let p = s; p < s + m && ok; p++) {
        const r = permute(p % c, c, key);
        ok = order[r] === 0xffffffff;
        order[r] = permute(p % this.count, this.count, key);
      }
      if (!ok) continue;
      // Rows no position reads (only when c > m) repeat a real one.
      const any = order.find((v) => v !== 0xffffffff)!;
      for (let r = 0; r < c; r++) if (order[r] === 0xffffffff) order[r] = any;
      return { order, count: c };
    }
    return fail('DNN5002', `the shuffle could not place a chunk of ${m} rows (positions ${s}…${s + m - 1})`);
  }

  /** Gathers the rows into each input's chunk and writes it (and its info) behind the work submitted. */
  private async upload(host: StreamHost, order: Uint32Array, count: number): Promise<void> {
    // The next chunk is gathered while the current one trains, and written once it is done: the
    // queue never holds a copy of a chunk (a write behind pending work would keep one).
    for (const i of this.inputs) i.source.read(order, count, i.gather);
    await Promise.all(this.pending.splice(0));
    for (const i of this.inputs) {
      const bytes = align4(count * i.rowBytes);
      host.device.queue.writeBuffer(i.data, 0, i.gather.subarray(0, bytes) as unknown as GPUAllowSharedBufferSource);
      host.device.queue.writeBuffer(i.info, 0, new Uint32Array([count, i.source.encoding === 'u8' ? 1 : 0, i.source.features, 0]));
    }
  }

  private track(host: StreamHost, then?: () => void): void {
    const done = host.device.queue.onSubmittedWorkDone();
    this.pending.push(then ? done.then(then) : done);
  }

}
