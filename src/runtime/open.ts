// One call to open a model: load the artifact, pick a backend (or try the caller's in order),
// open its device, build the session, initialize it, and restore a checkpoint. Browser-safe: the
// platform's WebGPU, artifact loader and byte reader are the browser's unless a platform module
// (`dnnc/runtime/node`) registers its own.
import { DnnError, fail } from '../contract/diagnostics.js';
import type { Artifact } from '../contract/artifact.js';
import { loadArtifact as loadArtifactAnywhere, type ArtifactSource } from './artifact.js';
import { chooseBackend, openDevice, type BackendDecision, type BackendName, type DeviceHandle } from './device.js';
import { openWasmDevice, wasmSimdSupported, type WasmDeviceOptions } from './wasm.js';
import type { Session } from './session.js';
import type { RestoreOptions } from './checkpoint.js';
import { isInferenceOnly, requireCheckpoint } from './inference.js';

/** What differs between Node and browsers; `dnnc/runtime/node` registers Node's. */
export interface Platform {
  /**
   * A WebGPU device, or null when there is no adapter. A plain Error (not a DnnError) is a
   * one-line reason the automatic rule gives for running wasm (Node: `webgpu` not installed).
   */
  webgpu(): Promise<DeviceHandle | null>;
  loadArtifact(source: ArtifactSource): Promise<Artifact>;
  /** The bytes of a checkpoint named by a URL (or, in Node, a path). */
  readBytes(source: string | URL): Promise<Uint8Array>;
}

const browser: Platform = {
  async webgpu() {
    const gpu = (globalThis as { navigator?: { gpu?: GPU } }).navigator?.gpu;
    return gpu ? openDevice(gpu, { featureLevel: 'core', backend: 'browser' }) : null;
  },
  loadArtifact: (source) => loadArtifactAnywhere(source),
  readBytes: (source) => fetchBytes(source),
};

/** The bytes at a URL, or DNN6001 with the reason. */
export async function fetchBytes(source: string | URL): Promise<Uint8Array> {
  const r = await fetch(source).catch((e: unknown) => fail('DNN6001', `cannot fetch ${String(source)}: ${e instanceof Error ? e.message : String(e)}`));
  if (!r.ok) fail('DNN6001', `cannot fetch ${String(source)}: HTTP ${r.status}`);
  return new Uint8Array(await r.arrayBuffer());
}

let platform: Platform = browser;

/** Replaces the browser's platform (called by `dnnc/runtime/node` when it is imported). */
export function registerPlatform(p: Platform): void {
  platform = p;
}

export interface OpenOptions {
  /**
   * Backends to try, in order: the first that opens is used. Without it, the automatic rule
   * (chooseBackend): WebGPU on a real GPU, the wasm target with no adapter or a software one.
   */
  backends?: readonly BackendName[];
  /** A checkpoint to restore after initializing: its bytes, or a URL (a path in Node). */
  checkpoint?: Uint8Array | ArrayBuffer | string | URL;
  /** Options of the restore (e.g. only some tensors). */
  restore?: RestoreOptions;
  /** The initialization seed (default 1). */
  seed?: number;
  /**
   * Threads of the wasm target (default: the host's cores). In a browser more than one runs only
   * in a cross-origin isolated page (else one, and the device's description says why); the
   * numbers are the same for any count.
   */
  threads?: number;
  /** Hears each kernel's pipeline become ready (see Session.create). */
  onCompile?: (done: number, total: number) => void;
}

export interface Opened {
  handle: DeviceHandle;
  decision: BackendDecision;
}

/** The platform's WebGPU device (or none) and the automatic rule's decision on it. */
async function autoWebGpu(): Promise<{ handle: DeviceHandle | null; decision: BackendDecision }> {
  let why: string | undefined; // a platform's own reason for no WebGPU (Node: `webgpu` not installed)
  const handle = await platform.webgpu().catch((e: unknown) => {
    if (e instanceof Error && !(e instanceof DnnError)) why = e.message;
    return null;
  });
  const decision = chooseBackend(handle?.adapterInfo ?? null);
  return { handle, decision: why === undefined ? decision : { ...decision, reason: why } };
}

/** Opens the device of the first backend in `backends` that works for `artifact`, or by the automatic rule. */
export async function openBackendFor(artifact: Artifact, backends?: readonly BackendName[], wasmOptions: WasmDeviceOptions = {}): Promise<Opened> {
  const wasm = async (reason: string): Promise<Opened> => {
    const handle = await openWasmDevice(artifact, wasmOptions);
    return { handle, decision: { backend: 'wasm', reason, device: handle.adapterInfo.description } };
  };
  const wasmProblem = (): string | undefined =>
    !artifact.wasm ? 'the artifact carries no wasm target (compiled with --no-wasm)' : !wasmSimdSupported() ? 'this engine has no WebAssembly SIMD' : undefined;
  if (backends === undefined) {
    const { handle, decision } = await autoWebGpu();
    if (decision.backend === 'webgpu' || wasmProblem() !== undefined) {
      if (handle) return { handle, decision: decision.backend === 'webgpu' ? decision : { backend: 'webgpu', reason: `${decision.reason}, but ${wasmProblem()}` } };
      fail('DNN5001', 'no backend can run this model', [`webgpu: ${decision.reason}`, `wasm: ${wasmProblem()}`]);
    }
    // The WebGPU device stays the platform's (Node shares one per process): not destroyed here.
    return wasm(decision.reason);
  }
  if (!backends.length) fail('DNN5001', 'Session.open was given no backends to try', ["e.g. backends: ['webgpu', 'wasm']"]);
  const tried: string[] = [];
  for (const name of backends) {
    if (name === 'wasm') {
      const problem = wasmProblem();
      if (problem === undefined) return wasm(tried.length ? `tried first: ${tried.join('; ')}` : 'the first backend asked for');
      tried.push(`wasm: ${problem}`);
    } else if (name === 'webgpu') {
      let problem = 'no adapter';
      const handle = await platform.webgpu().catch((e: unknown) => ((problem = e instanceof Error ? e.message : String(e)), null));
      if (handle) return { handle, decision: { backend: 'webgpu', reason: tried.length ? `tried first: ${tried.join('; ')}` : 'the first backend asked for' } };
      tried.push(`webgpu: ${problem}`);
    } else {
      fail('DNN5001', `unknown backend '${String(name)}'`, ["backends are 'webgpu' and 'wasm'"]);
    }
  }
  return fail('DNN5001', 'none of the backends asked for could run this model', tried);
}

/** Session.open's body (session.ts delegates here to keep the class free of platform code). */
export async function openSession(
  create: (device: GPUDevice, artifact: Artifact, opts: { seed?: number; onCompile?: (done: number, total: number) => void }) => Promise<Session>,
  source: ArtifactSource,
  opts: OpenOptions,
): Promise<{ session: Session; decision: BackendDecision; restored: string[] }> {
  const artifact = await platform.loadArtifact(source);
  requireCheckpoint(artifact, opts.checkpoint);
  const checkpoint = opts.checkpoint === undefined ? undefined
    : opts.checkpoint instanceof Uint8Array ? opts.checkpoint
    : opts.checkpoint instanceof ArrayBuffer ? new Uint8Array(opts.checkpoint)
    : await platform.readBytes(opts.checkpoint);
  const { handle, decision } = await openBackendFor(artifact, opts.backends, opts.threads === undefined ? {} : { threads: opts.threads });
  // An inference-only artifact has no init entry: its weights all come from the checkpoint.
  const seed = isInferenceOnly(artifact) ? {} : { seed: opts.seed ?? 1 };
  const session = await create(handle.device, artifact, { ...seed, ...(opts.onCompile ? { onCompile: opts.onCompile } : {}) });
  const restored = checkpoint ? session.loadCheckpoint(checkpoint, { what: typeof opts.checkpoint === 'string' ? opts.checkpoint : 'checkpoint', ...opts.restore }) : [];
  return { session, decision, restored };
}
