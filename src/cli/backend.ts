// Which target runs a model: WebGPU or WebAssembly SIMD on the CPU. `--backend auto` (the
// default) follows the runtime's rule (chooseBackend): a real GPU runs WebGPU; a software adapter
// (llvmpipe, SwiftShader, WARP, a fallback adapter) or none runs the wasm target, which computes
// the same numbers faster there and starts in a second. `--backend webgpu|wasm` overrides it.
import type { Artifact } from '../contract/artifact.js';
import { DnnError } from '../contract/diagnostics.js';
import { spawnSync } from 'node:child_process';
import { fstatSync } from 'node:fs';
import { chooseBackend, type AdapterSummary, type BackendDecision, type BackendName, type DeviceHandle } from '../runtime/device.js';
import { closeNodeDevice, getSharedNodeDevice, WEBGPU_NOT_INSTALLED, webGpuInstalled } from '../runtime/node.js';
import { openWasmDevice } from '../runtime/wasm.js';
import { cliEntry } from './entry.js';

export const BACKENDS = ['auto', 'webgpu', 'wasm'] as const;
export type Backend = (typeof BACKENDS)[number];

let autoChoice: BackendDecision | undefined;

/** The shared WebGPU device; Dawn's start-up warnings and each backend tried only with --verbose. */
export function openWebGpu(verbose = false): Promise<DeviceHandle> {
  return getSharedNodeDevice({ verbose, quiet: !verbose });
}

export interface OpenedBackend {
  handle: DeviceHandle;
  artifact: Artifact;
  backend: BackendName;
  /** Why `auto` chose it; undefined when the user named the backend. */
  reason?: string;
}

/**
 * Opens the device of the chosen backend for `artifact`, building the artifact's wasm target
 * with `withWasm` when wasm runs and the artifact lacks one (so it is compiled only when used).
 */
export async function openBackend(choice: Backend | undefined, artifact: Artifact, withWasm: () => Artifact, { verbose = false, threads }: { verbose?: boolean; threads?: number } = {}): Promise<OpenedBackend> {
  const wasm = async (reason?: string): Promise<OpenedBackend> => {
    const a = artifact.wasm ? artifact : withWasm();
    return { handle: await openWasmDevice(a, threads === undefined ? {} : { threads }), artifact: a, backend: 'wasm', ...(reason !== undefined ? { reason } : {}) };
  };
  if (choice === 'wasm') return wasm();
  if (choice === 'webgpu') return { handle: await openWebGpu(verbose), artifact, backend: 'webgpu' };
  // Decided once per process (a search opens a session per trial).
  if (autoChoice?.backend === 'wasm') return wasm(autoChoice.reason);
  // Without the optional `webgpu` package, as without an adapter (`--backend webgpu` says to install it).
  if (!(await webGpuInstalled())) {
    autoChoice = { backend: 'wasm', reason: `${WEBGPU_NOT_INSTALLED} (npm install webgpu to use a GPU)` };
    return wasm(autoChoice.reason);
  }
  // Where Dawn's start-up warnings cannot be hidden in this process (stderr a file or a socket),
  // a child that discards them tells the adapter first: a software one or none is never opened here.
  const probed = verbose || stderrCanBeQuieted() ? undefined : probeAdapter();
  const before = probed === undefined ? undefined : chooseBackend(probed);
  if (before?.backend === 'wasm') {
    autoChoice = before;
    return wasm(before.reason);
  }
  let handle: DeviceHandle | null;
  try {
    handle = await openWebGpu(verbose);
  } catch (e) {
    if (!(e instanceof DnnError && e.diagnostics.some((d) => d.code === 'DNN5001'))) throw e;
    handle = null;
  }
  const decision = chooseBackend(handle?.adapterInfo ?? null);
  autoChoice = decision;
  if (decision.backend === 'webgpu') return { handle: handle!, artifact, backend: 'webgpu', reason: decision.reason };
  // A software adapter's device is not used: release it (and its driver threads) now.
  if (handle) await closeNodeDevice();
  return wasm(decision.reason);
}

/** The line that says which backend runs and why: "backend: wasm (…); --backend webgpu to override". */
export function backendLine(opened: OpenedBackend): string {
  const info = opened.handle.adapterInfo;
  const what = `${info.description || info.device} (${info.backend}, ${info.featureLevel})`;
  if (opened.reason === undefined) return `device: ${what}`;
  const other = opened.backend === 'wasm' ? 'webgpu' : 'wasm';
  return `device: ${what}; auto: ${opened.reason} (--backend ${other} to override)`;
}

/** Whether fd 2 is a terminal or a pipe, which src/runtime/quietStderr.ts can silence for a moment. */
function stderrCanBeQuieted(): boolean {
  try {
    const st = fstatSync(2);
    return st.isCharacterDevice() || st.isFIFO();
  } catch {
    return false;
  }
}

/**
 * The adapter as `dnnc devices --json` reports it, from a child process whose stderr is discarded
 * (null: it found none); undefined when the child could not tell (then this process looks itself).
 */
function probeAdapter(): AdapterSummary | null | undefined {
  const main = cliEntry();
  if (main === undefined) return undefined;
  const r = spawnSync(process.execPath, [main, 'devices', '--json'], { stdio: ['ignore', 'pipe', 'ignore'], encoding: 'utf8', timeout: 60_000 });
  if (r.status === 1 && r.error === undefined) return null; // DNN5001: no adapter
  if (r.status !== 0) return undefined;
  try {
    return (JSON.parse(r.stdout) as { adapter: AdapterSummary }).adapter;
  } catch {
    return undefined;
  }
}
