// Threads for the wasm target: worker threads (Node's worker_threads, or Web Workers in a
// cross-origin isolated page) that each instantiate the artifact's module on the same shared
// WebAssembly.Memory and help the main thread run the kernels that come in parts (matmuls,
// split into column panels; see contract/wasm.ts). Only those run on several threads; every
// other kernel (the batch's reductions among them) runs on the main thread as before. A part is
// computed the same way whoever runs it, with scratch of the thread's own, so any number of
// threads gives the same bits.
//
// One job at a time, handed over through a small SharedArrayBuffer: the main thread writes the
// kernel, its arguments and its part count, then bumps the generation (and wakes sleepers);
// every thread, the main one included, claims parts one by one with a compare-and-swap on a
// 64-bit word holding (generation, next part), so a worker that wakes late, after the job ended
// and another began, never claims a part with the arguments of the wrong job; the main thread
// waits (spinning) until every part is done. Workers spin a little before they sleep in
// Atomics.wait: a training step's matmuls come a fraction of a millisecond apart.
import { fail } from '../contract/diagnostics.js';
import { MAX_WASM_THREADS } from '../contract/wasm.js';

/** The control words (Int32Array indices). */
const GEN = 0;
const KERNEL = 1;
const PARTS = 2;
const DONE = 3;
const ERROR = 4;
const STOP = 5;
const NARGS = 6;
const ARGS = 8;
const MAX_ARGS = 120;
/** Loads of a control word before a thread sleeps on it (some microseconds). */
const SPIN = 1 << 12;

/** What a worker needs (its first and only message). */
interface WorkerInit {
  module: WebAssembly.Module;
  memory: WebAssembly.Memory;
  ctrl: SharedArrayBuffer;
  next: SharedArrayBuffer;
  /** This thread's scratch offset. */
  scratch: number;
  /** Loads of the generation before sleeping. */
  spin: number;
}

interface Port {
  listen(h: (m: WorkerInit) => void): void;
  post(m: unknown): void;
}

/**
 * The worker's program, sent as text (so it needs no file of its own next to a bundle): it must
 * not refer to anything outside itself. Indices are the constants above, written out.
 */
function workerMain(port: Port): void {
  port.listen((init) => {
    const env = { memory: init.memory, exp: Math.exp, log: Math.log, tanh: Math.tanh, sin: Math.sin, cos: Math.cos, pow: Math.pow };
    WebAssembly.instantiate(init.module, { env }).then(
      (instance) => {
        port.post({ ready: true });
        serve(instance.exports as Record<string, (...a: number[]) => void>);
      },
      (e: unknown) => port.post({ error: e instanceof Error ? e.message : String(e) }),
    );
    function serve(exports: Record<string, (...a: number[]) => void>): void {
      const ctrl = new Int32Array(init.ctrl);
      const next = new BigInt64Array(init.next);
      let seen = Atomics.load(ctrl, 0);
      for (;;) {
        for (let spins = 0; Atomics.load(ctrl, 0) === seen; spins++) if (spins > init.spin) Atomics.wait(ctrl, 0, seen);
        const gen = Atomics.load(ctrl, 0);
        seen = gen;
        if (Atomics.load(ctrl, 5)) return;
        const fn = exports[`k${Atomics.load(ctrl, 1)}`];
        const parts = Atomics.load(ctrl, 2);
        const args: number[] = [];
        for (let i = 0, n = Atomics.load(ctrl, 6); i < n; i++) args.push(Atomics.load(ctrl, 8 + i));
        const tag = BigInt(gen) << 32n;
        for (;;) {
          const cur = Atomics.load(next, 0);
          const p = Number(cur & 0xffffffffn);
          if (cur - BigInt(p) !== tag || p >= parts) break;
          if (Atomics.compareExchange(next, 0, cur, cur + 1n) !== cur) continue;
          try {
            fn!(...args, p, p + 1, init.scratch);
          } catch {
            Atomics.store(ctrl, 4, 1);
          }
          if (Atomics.add(ctrl, 3, 1) + 1 === parts) Atomics.notify(ctrl, 3);
        }
      }
    }
  });
}

/** A worker, Node's or the browser's, as the pool uses it. */
interface WorkerLike {
  post(m: unknown): void;
  /** Resolves with the worker's first message. */
  first(): Promise<{ ready?: boolean; error?: string }>;
  /** Lets the process exit while the worker sleeps (Node). */
  unref(): void;
  terminate(): void;
}

/** What threads need of the host (globalThis, or a stand-in in tests). */
export interface ThreadHost {
  process?: { versions?: { node?: string } };
  SharedArrayBuffer?: unknown;
  Atomics?: unknown;
  crossOriginIsolated?: boolean;
  Worker?: unknown;
}

const isNode = (g: ThreadHost = globalThis as ThreadHost): boolean => typeof g.process === 'object' && typeof g.process.versions?.node === 'string';

/** Why this host cannot run threads (null when it can): in a browser, SharedArrayBuffer needs a cross-origin isolated page. */
export function threadsUnavailable(g: ThreadHost = globalThis as ThreadHost): string | null {
  if (typeof g.SharedArrayBuffer !== 'function' || typeof g.Atomics !== 'object') return 'this host has no SharedArrayBuffer (in a browser: the page is not cross-origin isolated; serve it with COOP/COEP headers)';
  if (isNode(g)) return null;
  if (g.crossOriginIsolated !== true) return 'the page is not cross-origin isolated (serve it with COOP/COEP headers)';
  if (typeof g.Worker !== 'function') return 'this host has no Web Workers';
  return null;
}

/**
 * Node's built-in modules, imported only when running in Node. The name is computed so that a
 * bundler building an app's page (esbuild, Vite, webpack) does not try to resolve it: the runtime
 * must bundle for the browser as it is.
 */
const nodeBuiltin = <T>(name: 'os' | 'worker_threads'): Promise<T> => import(['node', name].join(':')) as Promise<T>;

/** The host's number of cores (1 when it does not say). */
export async function hostCores(): Promise<number> {
  const hinted = (globalThis as { navigator?: { hardwareConcurrency?: number } }).navigator?.hardwareConcurrency;
  if (typeof hinted === 'number' && hinted >= 1) return Math.min(Math.floor(hinted), MAX_WASM_THREADS);
  if (!isNode()) return 1;
  const os = await nodeBuiltin<typeof import('node:os')>('os');
  return Math.max(1, Math.min(os.availableParallelism(), MAX_WASM_THREADS));
}

async function spawn(): Promise<WorkerLike> {
  const main = workerMain.toString();
  if (isNode()) {
    const { Worker: NodeWorker } = await nodeBuiltin<typeof import('node:worker_threads')>('worker_threads');
    const code = `const { parentPort } = require('node:worker_threads');\n(${main})({ listen: (h) => parentPort.on('message', h), post: (m) => parentPort.postMessage(m) });`;
    const w = new NodeWorker(code, { eval: true });
    return {
      post: (m) => w.postMessage(m),
      first: () => new Promise((resolve) => {
        w.once('message', resolve);
        w.once('error', (e: Error) => resolve({ error: e.message }));
      }),
      unref: () => w.unref(),
      terminate: () => void w.terminate(),
    };
  }
  const code = `(${main})({ listen: (h) => { self.onmessage = (e) => h(e.data); }, post: (m) => self.postMessage(m) });`;
  const url = URL.createObjectURL(new Blob([code], { type: 'text/javascript' }));
  const w = new Worker(url);
  URL.revokeObjectURL(url);
  return {
    post: (m) => w.postMessage(m),
    first: () => new Promise((resolve) => {
      w.onmessage = (e: MessageEvent) => resolve(e.data as { ready?: boolean; error?: string });
      w.onerror = (e: ErrorEvent) => resolve({ error: e.message });
    }),
    unref: () => {},
    terminate: () => w.terminate(),
  };
}

/**
 * The module's bytes with its memory import made shared (the limits' flag 1 → 3), or null when
 * the module does not import its memory with a maximum (an artifact older than threads).
 */
export function shareMemoryImport(bytes: Uint8Array): Uint8Array<ArrayBuffer> | null {
  const r = { at: 8 };
  const uleb = (): number => {
    let n = 0;
    for (let shift = 0; shift < 35; shift += 7) {
      const b = bytes[r.at++];
      if (b === undefined) return -1;
      n += (b & 0x7f) * 2 ** shift;
      if (!(b & 0x80)) return n;
    }
    return -1;
  };
  while (r.at < bytes.length) {
    const id = bytes[r.at++];
    const size = uleb();
    if (size < 0) return null;
    const end = r.at + size;
    if (id !== 2) {
      r.at = end;
      continue;
    }
    for (let count = uleb(); count > 0 && r.at < end; count--) {
      for (let s = 0; s < 2; s++) {
        const length = uleb(); // the module's and the field's names
        r.at += Math.max(0, length);
      }
      const kind = bytes[r.at++];
      if (kind === 2) {
        if (bytes[r.at] !== 0x01) return null;
        const out = new Uint8Array(bytes);
        out[r.at] = 0x03;
        return out;
      }
      if (kind !== 0) return null;
      uleb();
    }
    return null;
  }
  return null;
}

/** Workers that run parts of kernels with the main thread (see the file's comment). */
export class ThreadPool {
  private readonly ctrl: Int32Array<SharedArrayBuffer>;
  private readonly next: BigInt64Array<SharedArrayBuffer>;
  /** The most buffers a kernel run on the pool may take (a kernel with more runs on the main thread). */
  static readonly MAX_ARGS = MAX_ARGS;
  private gen = 0;
  private closed = false;
  /** Whether this thread may block in Atomics.wait (a browser's main thread may not). */
  private readonly canWait: boolean;

  private constructor(private readonly workers: WorkerLike[], ctrl: SharedArrayBuffer, next: SharedArrayBuffer) {
    this.ctrl = new Int32Array(ctrl);
    this.next = new BigInt64Array(next);
    try {
      Atomics.wait(this.ctrl, STOP, 1, 0); // 'not-equal' at once, or a TypeError where waits are not allowed
      this.canWait = true;
    } catch {
      this.canWait = false;
    }
  }

  /** Starts `threads - 1` workers on `module` and `memory`; worker t's scratch starts at t·scratchBytes. */
  static async start(module: WebAssembly.Module, memory: WebAssembly.Memory, threads: number, scratchBytes: number): Promise<ThreadPool> {
    const ctrl = new SharedArrayBuffer((ARGS + MAX_ARGS) * 4);
    const next = new SharedArrayBuffer(8);
    const workers: WorkerLike[] = [];
    const pool = new ThreadPool(workers, ctrl, next);
    try {
      for (let t = 1; t < threads; t++) workers.push(await spawn());
      const answers = workers.map((w) => w.first());
      workers.forEach((w, i) => w.post({ module, memory, ctrl, next, scratch: (i + 1) * scratchBytes, spin: SPIN } satisfies WorkerInit));
      for (const a of await Promise.all(answers)) {
        if (!a.ready) fail('DNN5031', `a worker thread could not load the artifact's wasm module: ${a.error ?? 'no answer'}`);
      }
    } catch (e) {
      pool.close();
      throw e;
    }
    for (const w of workers) w.unref();
    return pool;
  }

  get threads(): number {
    return this.workers.length + 1;
  }

  /**
   * Runs parts [0, parts) of kernel `k<index>` on `args` (its buffers' offsets), the main thread
   * calling `fn` with scratch 0 for the parts it claims; returns once every part has run.
   */
  run(index: number, fn: (...a: number[]) => void, args: readonly number[], parts: number): void {
    const { ctrl, next } = this;
    if (this.closed || args.length > MAX_ARGS) throw new Error('thread pool closed, or a kernel with too many buffers');
    Atomics.store(ctrl, DONE, 0);
    this.gen = (this.gen + 1) & 0x7fffffff;
    const tag = BigInt(this.gen) << 32n;
    Atomics.store(next, 0, tag);
    Atomics.store(ctrl, KERNEL, index);
    Atomics.store(ctrl, PARTS, parts);
    Atomics.store(ctrl, NARGS, args.length);
    args.forEach((a, i) => Atomics.store(ctrl, ARGS + i, a));
    Atomics.store(ctrl, GEN, this.gen);
    Atomics.notify(ctrl, GEN);
    for (;;) {
      const cur = Atomics.load(next, 0);
      const p = Number(cur & 0xffffffffn);
      if (p >= parts) break;
      if (Atomics.compareExchange(next, 0, cur, cur + 1n) !== cur) continue;
      fn(...args, p, p + 1, 0);
      Atomics.add(ctrl, DONE, 1);
    }
    // The last parts are the workers': spin briefly, then sleep where this thread may (Node's
    // main thread, a worker; not a page's main thread) — on a loaded machine a spinning main
    // thread takes the core from the very worker it waits for.
    for (let spins = 0, done = Atomics.load(ctrl, DONE); done < parts; done = Atomics.load(ctrl, DONE)) {
      if (++spins > SPIN && this.canWait) Atomics.wait(ctrl, DONE, done, 1);
    }
    if (Atomics.load(ctrl, ERROR)) throw new WebAssembly.RuntimeError(`a kernel trapped in a worker thread (k${index})`);
  }

  /** Stops and terminates the workers (idempotent). */
  close(): void {
    if (this.closed) return;
    this.closed = true;
    Atomics.store(this.ctrl, STOP, 1);
    Atomics.store(this.ctrl, GEN, (this.gen + 1) & 0x7fffffff);
    Atomics.notify(this.ctrl, GEN);
    for (const w of this.workers) w.terminate();
  }
}
