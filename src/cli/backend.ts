// Which target runs a model: WebGPU (a GPU, or Mesa's software renderer) or WebAssembly SIMD on
// the CPU. `--backend` chooses; without it dnnc uses WebGPU when an adapter opens and otherwise
// says so (once per process) and runs on the CPU.
import type { Artifact } from '../contract/artifact.js';
import { DnnError } from '../contract/diagnostics.js';
import type { DeviceHandle } from '../runtime/device.js';
import { getSharedNodeDevice } from '../runtime/node.js';
import { openWasmDevice } from '../runtime/wasm.js';

export const BACKENDS = ['webgpu', 'wasm'] as const;
export type Backend = (typeof BACKENDS)[number];

let saidFallback = false;

/** The shared WebGPU device; Dawn's start-up warnings and each backend tried only with --verbose. */
export function openWebGpu(verbose = false): Promise<DeviceHandle> {
  return getSharedNodeDevice({ verbose, quiet: !verbose });
}

/**
 * Opens the device of the chosen backend for `artifact`. With no choice and no WebGPU adapter,
 * falls back to wasm, building the artifact's wasm target with `withWasm` if it lacks one.
 */
export async function openBackend(
  choice: Backend | undefined,
  artifact: Artifact,
  withWasm: () => Artifact,
  { verbose = false, warn = (m: string) => void process.stderr.write(m + '\n') }: { verbose?: boolean; warn?: (message: string) => void } = {},
): Promise<{ handle: DeviceHandle; artifact: Artifact }> {
  const wasm = async () => {
    const a = artifact.wasm ? artifact : withWasm();
    return { handle: await openWasmDevice(a), artifact: a };
  };
  if (choice === 'wasm') return wasm();
  try {
    return { handle: await openWebGpu(verbose), artifact };
  } catch (e) {
    const noAdapter = e instanceof DnnError && e.diagnostics.some((d) => d.code === 'DNN5001');
    if (choice === 'webgpu' || !noAdapter) throw e;
    if (!saidFallback) warn('dnnc: no WebGPU adapter found; running on the CPU with WebAssembly SIMD (--backend wasm)');
    saidFallback = true;
    return wasm();
  }
}
