// The WebAssembly target: a device for Session that runs an artifact's kernels as the functions
// of its wasm module (artifact.wasm) on the CPU, in Node or a browser: on the main thread, with
// worker threads sharing the memory for the kernels that come in parts (wasmThreads.ts). It implements
// the part of GPUDevice that Session uses — buffers, queue writes, command encoders with
// dispatches and copies, read-back — so the same Session, state layout and checkpoints serve
// both targets. Every storage buffer lives in one WebAssembly.Memory (allocated in the order
// created: the artifact's buffers first, then uploaded data); a bind group is the list of its
// buffers' offsets, which are what a kernel function takes. Submitted work runs as a GPU's does,
// after submit returns, in order: in slices that yield to the event loop between them (see
// WorkQueue), so a host's signals, timers and I/O are served while a long epoch trains.
import { DnnError, fail } from '../contract/diagnostics.js';
import type { Artifact } from '../contract/artifact.js';
import { decodeBase64, MAX_WASM_THREADS, type ArtifactWasm, WASM_SCRATCH_BYTES, WASM_SCRATCH_GLOBAL } from '../contract/wasm.js';
import { validateArtifact } from './artifact.js';
import type { DeviceHandle } from './device.js';
import { hostCores, shareMemoryImport, threadsUnavailable, ThreadPool } from './wasmThreads.js';

/** WebGPU's constants, for hosts without WebGPU (the values are the specification's). */
const CONSTANTS = {
  GPUBufferUsage: { MAP_READ: 1, MAP_WRITE: 2, COPY_SRC: 4, COPY_DST: 8, INDEX: 16, VERTEX: 32, UNIFORM: 64, STORAGE: 128, INDIRECT: 256, QUERY_RESOLVE: 512 },
  GPUShaderStage: { VERTEX: 1, FRAGMENT: 2, COMPUTE: 4 },
  GPUMapMode: { READ: 1, WRITE: 2 },
};

/** Bytes after every buffer: a matmul tile's vector loads may read a few floats past a row. */
const SLACK = 64;
const PAGE = 65536;
const MAX_PAGES = 65536;

type Kernel = (...offsets: number[]) => void;

class Heap {
  readonly memory: WebAssembly.Memory;
  private top: number;
  private readonly free: { offset: number; size: number }[] = [];

  constructor(reserved: number, shared: boolean) {
    this.memory = new WebAssembly.Memory({ initial: 16, maximum: MAX_PAGES, shared });
    this.top = reserved;
  }

  alloc(bytes: number): number {
    const size = Math.ceil((bytes + SLACK) / 16) * 16;
    const hit = this.free.findIndex((b) => b.size >= size);
    if (hit >= 0) return this.free.splice(hit, 1)[0]!.offset;
    const offset = this.top;
    this.top += size;
    const pages = Math.ceil(this.top / PAGE);
    const have = this.memory.buffer.byteLength / PAGE;
    if (pages > MAX_PAGES) fail('DNN5030', `the wasm target's memory would exceed 4 GiB (${this.top} bytes)`);
    try {
      if (pages > have) this.memory.grow(pages - have);
    } catch {
      fail('DNN5030', `the wasm target could not grow its memory to ${pages * PAGE} bytes`);
    }
    return offset;
  }

  release(offset: number, bytes: number): void {
    this.free.push({ offset, size: Math.ceil((bytes + SLACK) / 16) * 16 });
  }

  bytes(offset: number, size: number): Uint8Array {
    return new Uint8Array(this.memory.buffer, offset, size);
  }
}

/**
 * Milliseconds of kernels run between two yields to the event loop: a Ctrl-C, a timer or a
 * write's error waits no longer than this (plus one kernel), and a yield, a few microseconds,
 * costs well under 1% of it.
 */
const SLICE_MS = 10;

/** Runs `f` on a later turn of the event loop (a macrotask: signals, I/O and timers come first). */
const nextTurn: (f: () => void) => void = typeof setImmediate === 'function' ? (f) => void setImmediate(f) : channelTurn();

/** Browsers have no setImmediate, and clamp nested setTimeout(0) to 4 ms: a message is a turn without the wait. */
function channelTurn(): (f: () => void) => void {
  if (typeof MessageChannel !== 'function') return (f) => void setTimeout(f, 0);
  const waiting: (() => void)[] = [];
  const channel = new MessageChannel();
  channel.port1.onmessage = () => waiting.shift()?.();
  return (f) => {
    waiting.push(f);
    channel.port2.postMessage(null);
  };
}

/**
 * Commands between two reads of the clock: about one read a millisecond, so a model of tiny
 * kernels (a few microseconds each) does not pay a clock read per kernel, and one of long kernels
 * still yields on time.
 */
function nextStride(stride: number, ms: number): number {
  if (ms < 0.5) return Math.min(stride * 2, 4096);
  return ms > 2 ? Math.max(1, stride >> 1) : stride;
}

/**
 * The device's queue. Submitted commands run in order after submit returns, SLICE_MS at a time,
 * each slice on a turn of the event loop of its own, so the host stays responsive however long
 * a submission is (a whole epoch, under --json); done() resolves once what was submitted before
 * it has run. A command that throws (a wasm trap) fails every wait from then on, as a lost
 * device would.
 */
class WorkQueue {
  /** The command buffers submitted, run in order: `lists[list][command]` is the next to run. */
  private lists: (readonly Command[])[] = [];
  private list = 0;
  private command = 0;
  /** Each wait resolves once every list before its `at` has run. */
  private waits: { at: number; resolve: () => void; reject: (e: unknown) => void }[] = [];
  private scheduled = false;
  /** Commands run between two reads of the clock (see nextStride). */
  private stride = 1;
  private error: { cause: unknown } | null = null;

  /** Nothing submitted is waiting to run. */
  get idle(): boolean {
    return this.list === this.lists.length;
  }

  submit(lists: readonly (readonly Command[])[]): void {
    if (this.error) return;
    for (const l of lists) if (l.length) this.lists.push(l);
    this.schedule();
  }

  /** Runs `command` now when nothing is pending, else in order after what is (queue.writeBuffer, destroy). */
  run(command: Command): void {
    if (this.idle) command();
    else this.lists.push([command]);
  }

  /** Resolves once the work submitted so far has run, never before the event loop's next turn. */
  done(): Promise<void> {
    if (this.error) return Promise.reject(this.error.cause);
    return new Promise((resolve, reject) => {
      this.waits.push({ at: this.lists.length, resolve, reject });
      this.schedule();
    });
  }

  private schedule(): void {
    if (this.scheduled) return;
    this.scheduled = true;
    nextTurn(() => this.slice());
  }

  private slice(): void {
    this.scheduled = false;
    const start = performance.now();
    try {
      for (let last = start, now = start; !this.idle && now - start < SLICE_MS; last = now) {
        this.runSome(this.stride);
        now = performance.now();
        this.stride = nextStride(this.stride, now - last);
      }
    } catch (e) {
      this.fail(e);
      return;
    }
    this.settle();
    if (!this.idle) this.schedule();
    else [this.lists, this.list] = [[], 0]; // every wait is settled: none refers to a position
  }

  /** Runs up to `n` commands, settling the waits of the lists it finishes. */
  private runSome(n: number): void {
    while (n > 0 && !this.idle) {
      const l = this.lists[this.list]!;
      const end = Math.min(l.length, this.command + n);
      n -= end - this.command;
      while (this.command < end) l[this.command++]!();
      if (this.command === l.length) [this.list, this.command] = [this.list + 1, 0];
      this.settle();
    }
  }

  private settle(): void {
    while (this.waits.length && this.waits[0]!.at <= this.list) this.waits.shift()!.resolve();
  }

  private fail(cause: unknown): void {
    // A trap (an access outside memory): the artifact's kernels do not fit its buffers.
    if (cause instanceof WebAssembly.RuntimeError) cause = new DnnError([{ code: 'DNN5031', severity: 'error', message: `a kernel of the artifact's wasm module trapped: ${cause.message}` }]);
    this.error = { cause };
    [this.lists, this.list, this.command] = [[], 0, 0];
    for (const w of this.waits.splice(0)) w.reject(cause);
  }
}

/** A buffer in the heap, or (MAP_READ staging) a plain host array. */
class WasmBuffer {
  private host: Uint8Array | null = null;
  readonly offset: number;
  private destroyed = false;

  constructor(
    private readonly heap: Heap,
    private readonly queue: WorkQueue,
    readonly size: number,
    usage: number,
  ) {
    if (usage & CONSTANTS.GPUBufferUsage.MAP_READ) {
      this.host = new Uint8Array(size);
      this.offset = -1;
    } else {
      this.offset = heap.alloc(size);
      this.view().fill(0);
    }
  }

  view(): Uint8Array {
    return this.host ?? this.heap.bytes(this.offset, this.size);
  }
  /** Ready once the work submitted before it (the copy into this buffer) has run. */
  mapAsync(): Promise<void> {
    return this.queue.done();
  }
  getMappedRange(): ArrayBuffer {
    return this.view().slice().buffer;
  }
  unmap(): void {}
  destroy(): void {
    if (this.destroyed || this.host) return;
    this.destroyed = true;
    // Work already submitted may still use the memory: it is freed in the queue's order.
    this.queue.run(() => this.heap.release(this.offset, this.size));
  }
}

interface Pipeline {
  readonly fn: Kernel;
  readonly params: readonly number[];
  /** The kernel's export index. */
  readonly index: number;
  /** A kernel in parts (it takes lo, hi and scratch after its buffers): how many. */
  readonly parts?: number;
  /** The threads that share its parts, if any. */
  readonly pool: ThreadPool | null;
}

type Command = () => void;

interface BindGroup {
  readonly buffers: readonly WasmBuffer[];
  /** Each pipeline's call on these buffers, made once (see dispatchOf). */
  readonly dispatches: Map<Pipeline, Command>;
}

/**
 * A kernel's call on a bind group's buffers, made on first use: an epoch encodes the same few
 * dozen dispatches thousands of times, and a closure each would be garbage to collect (half the
 * time of a model of tiny kernels), the more so as the work now outlives the encoding by a turn.
 */
function dispatchOf(p: Pipeline, g: BindGroup): Command {
  let call = g.dispatches.get(p);
  if (!call) {
    const offsets = p.params.map((k) => g.buffers[k]!.offset);
    const { fn, parts, pool, index } = p;
    if (parts === undefined) call = () => fn(...offsets);
    else if (pool && parts > 1 && offsets.length <= ThreadPool.MAX_ARGS) call = () => pool.run(index, fn, offsets, parts);
    else call = () => fn(...offsets, 0, parts, 0);
    g.dispatches.set(p, call);
  }
  return call;
}

/** The encoder records; submit queues the commands, to run in order. */
class Encoder {
  readonly commands: Command[] = [];
  beginComputePass() {
    let pipeline: Pipeline | null = null;
    let group: BindGroup | null = null;
    return {
      setPipeline: (p: Pipeline) => (pipeline = p),
      setBindGroup: (_i: number, g: BindGroup) => (group = g),
      dispatchWorkgroups: () => this.commands.push(dispatchOf(pipeline!, group!)),
      end: () => {},
    };
  }
  copyBufferToBuffer(src: WasmBuffer, srcOffset: number, dst: WasmBuffer, dstOffset: number, bytes: number): void {
    this.commands.push(() => dst.view().set(src.view().subarray(srcOffset, srcOffset + bytes), dstOffset));
  }
  finish(): Command[] {
    return this.commands;
  }
}

/** The device object Session drives (a GPUDevice in the parts Session uses). */
function makeDevice(heap: Heap, artifact: Artifact, exports: Record<string, unknown>, pool: ThreadPool | null): GPUDevice {
  const work = new WorkQueue();
  const kernels = artifact.wasm!.kernels;
  const indexOf = new Map(artifact.kernels.map((k, i) => [k.name, i]));
  const pipeline = (label: string): Pipeline => {
    const i = indexOf.get(label);
    const fn = exports[`k${i}`];
    if (i === undefined || typeof fn !== 'function' || !kernels[i]) return fail('DNN5031', `the artifact's wasm module has no function for kernel ${label}`);
    const parts = kernels[i]!.parts;
    if (parts !== undefined && (fn as Kernel).length !== kernels[i]!.params.length + 3) return fail('DNN5031', `the artifact's wasm function for kernel ${label} does not take a part range`);
    return { fn: fn as Kernel, params: kernels[i]!.params, index: i, pool, ...(parts !== undefined ? { parts } : {}) };
  };
  const device = {
    limits: {
      maxStorageBuffersPerShaderStage: 1 << 16,
      maxComputeInvocationsPerWorkgroup: 1 << 16,
      maxStorageBufferBindingSize: 2 ** 31,
      maxBufferSize: 2 ** 31,
    },
    createBuffer: (d: { size: number; usage: number }) => new WasmBuffer(heap, work, d.size, d.usage),
    createShaderModule: () => ({ getCompilationInfo: async () => ({ messages: [] }) }),
    createBindGroupLayout: () => ({}),
    createPipelineLayout: () => ({}),
    createComputePipelineAsync: async (d: { label: string }) => pipeline(d.label),
    createComputePipeline: (d: { label: string }) => pipeline(d.label),
    createBindGroup: (d: { entries: { resource: { buffer: WasmBuffer } }[] }): BindGroup => ({ buffers: d.entries.map((e) => e.resource.buffer), dispatches: new Map() }),
    createCommandEncoder: () => new Encoder(),
    queue: {
      // WebGPU copies the data at the call: a write queued behind pending work keeps a copy.
      writeBuffer: (b: WasmBuffer, offset: number, data: ArrayBufferView) => {
        const bytes = new Uint8Array(data.buffer, data.byteOffset, data.byteLength);
        const source = work.idle ? bytes : bytes.slice();
        work.run(() => b.view().set(source, offset));
      },
      submit: (commands: Command[][]) => work.submit(commands),
      onSubmittedWorkDone: () => work.done(),
    },
    destroy: () => pool?.close(),
  };
  return device as unknown as GPUDevice;
}

/** Whether this host runs WebAssembly with 128-bit SIMD. */
export function wasmSimdSupported(): boolean {
  if (typeof WebAssembly !== 'object') return false;
  // (module (func (result v128) v128.const 0 ...))
  const probe = [0, 97, 115, 109, 1, 0, 0, 0, 1, 5, 1, 96, 0, 1, 123, 3, 2, 1, 0, 10, 22, 1, 20, 0, 253, 12, ...new Array<number>(16).fill(0), 11];
  return WebAssembly.validate(new Uint8Array(probe));
}

/** Buffers lie above `scratchBytes`: less than the module says it uses would put them under its scratch. */
function checkScratch(instance: WebAssembly.Instance, scratchBytes: number): void {
  const g = instance.exports[WASM_SCRATCH_GLOBAL];
  const need = g instanceof WebAssembly.Global ? Number(g.value) : WASM_SCRATCH_BYTES;
  if (scratchBytes < need) {
    fail('DNN6002', `the artifact is not a valid dnnc artifact: wasm.scratchBytes: is ${scratchBytes}, but its module uses ${need} bytes of scratch (its buffers would overlap it)`);
  }
}

/** Closes the pools of devices collected without destroy() (where the host has FinalizationRegistry). */
const dropped = typeof FinalizationRegistry === 'function' ? new FinalizationRegistry<ThreadPool>((pool) => pool.close()) : undefined;

export interface WasmDeviceOptions {
  /**
   * Threads that run the kernels (default: the host's cores, at most MAX_WASM_THREADS). More than
   * one needs SharedArrayBuffer: in a browser, a cross-origin isolated page; elsewhere one thread
   * runs, and the device's description says why. The numbers are the same for any count.
   */
  threads?: number;
}

/** The threads asked for, checked (a positive integer ≤ MAX_WASM_THREADS), or the host's cores. */
async function threadsWanted(threads: number | undefined): Promise<number> {
  if (threads === undefined) return hostCores();
  if (!Number.isInteger(threads) || threads < 1 || threads > MAX_WASM_THREADS) {
    fail('DNN5034', `threads must be an integer from 1 to ${MAX_WASM_THREADS}, got ${String(threads)}`);
  }
  return threads;
}

/** The module (made to share its memory when threads run), and why threads do not run, if they don't. */
function moduleBytes(bytes: Uint8Array<ArrayBuffer>, threads: number, w: ArtifactWasm): { bytes: Uint8Array<ArrayBuffer>; shared: boolean; why?: string } {
  if (threads === 1) return { bytes, shared: false };
  // Workers cost a start-up and memory: none for a model with nothing to split.
  if (!w.kernels.some((k) => (k.parts ?? 0) > 1)) return { bytes, shared: false, why: 'no kernel of this model runs in parts' };
  const why = threadsUnavailable();
  if (why) return { bytes, shared: false, why };
  const shared = shareMemoryImport(bytes);
  return shared ? { bytes: shared, shared: true } : { bytes, shared: false, why: 'the artifact was compiled before the wasm target ran threads (compile it again)' };
}

/**
 * A device that runs `artifact` on the CPU through its wasm target, for Session.create. The
 * artifact must have been compiled with the wasm target (compileSource(..., { wasm: true })).
 * Its worker threads stop when the device is destroyed (and never keep a Node process alive).
 */
export async function openWasmDevice(artifact: Artifact, options: WasmDeviceOptions = {}): Promise<DeviceHandle> {
  if (!artifact.wasm) fail('DNN5032', `the artifact of ${artifact.model} has no WebAssembly target`, ['compile it with the wasm target (dnnc runs .dnn sources with it when --backend wasm is given)']);
  if (!wasmSimdSupported()) fail('DNN5033', 'this JavaScript engine does not run WebAssembly SIMD (Node 16.4+, Chrome 91+, Firefox 89+, Safari 16.4+ do)');
  const wanted = await threadsWanted(options.threads);
  for (const [name, value] of Object.entries(CONSTANTS)) {
    if (!(name in globalThis)) Object.assign(globalThis, { [name]: value });
  }
  // The whole artifact, its wasm section included, is checked where it enters (names the bad field).
  const w = validateArtifact(artifact).wasm!;
  const m = moduleBytes(decodeBase64(w.module), wanted, w);
  const threads = m.shared ? wanted : 1;
  const heap = new Heap(w.scratchBytes * threads, m.shared);
  const env: Record<string, unknown> = { memory: heap.memory, exp: Math.exp, log: Math.log, tanh: Math.tanh, sin: Math.sin, cos: Math.cos, pow: Math.pow };
  let instance: WebAssembly.Instance;
  let module: WebAssembly.Module;
  try {
    module = await WebAssembly.compile(m.bytes);
    instance = await WebAssembly.instantiate(module, { env: env as WebAssembly.ModuleImports });
  } catch (e) {
    return fail('DNN5031', `the artifact's wasm module does not load: ${e instanceof Error ? e.message : String(e)}`);
  }
  checkScratch(instance, w.scratchBytes);
  const pool = threads > 1 ? await ThreadPool.start(module, heap.memory, threads, w.scratchBytes) : null;
  const how = threads > 1 ? `${threads} threads` : m.why ? `one thread: ${m.why}` : 'one thread';
  const device = makeDevice(heap, artifact, instance.exports as Record<string, unknown>, pool);
  // A device dropped without destroy() still stops its workers once it is collected.
  if (pool) dropped?.register(device, pool);
  return {
    device,
    adapterInfo: { vendor: 'dnnc', architecture: 'wasm32', device: 'cpu', description: `WebAssembly SIMD on the CPU (${how})`, backend: 'wasm', featureLevel: 'core' },
    limits: {},
  };
}
