// The WebAssembly target of an artifact (optional; present when compiled with the wasm target):
// one module whose exported function `k<i>` runs kernel i of the artifact on the CPU. A kernel
// function takes the byte offsets, in the module's one linear memory, of the buffers it uses;
// `params[j]` says which of the step's buffers (an index into the step's `buffers`) is its j-th
// parameter. Memory below `scratchBytes` is the kernels' scratch; buffers lie above it.
// A kernel with `parts` (a matmul) takes three more i32 parameters after its buffers: the range
// [lo, hi) of its parts to compute (any split of [0, parts) gives the same bits: each output
// element is computed by one part, the same way) and the byte offset of the scratch it uses, so
// threads sharing the memory each run some parts with scratch of their own (runtime/wasmThreads.ts).

/**
 * Bytes at the start of memory the kernels use as scratch (a matmul tile's results before its
 * epilogue), at least: the runtime allocates buffers after `scratchBytes`, which is never less.
 */
export const WASM_SCRATCH_BYTES = 1024;
/** The most threads the runtime runs a wasm target on (each worker instantiates the module). */
export const MAX_WASM_THREADS = 64;
/** The most parts a kernel may have. */
export const WASM_MAX_PARTS = 1 << 20;
/**
 * The module imports its memory with this maximum (4 GiB, flag 1 in the limits): a runtime that
 * shares the memory between threads flips the flag to shared (3) without moving a byte.
 */
export const WASM_MEMORY_MAX_PAGES = 65536;
/** The most scratch a module may ask for. */
export const WASM_MAX_SCRATCH_BYTES = 1 << 20;
/**
 * The module exports its own scratch size as an immutable i32 global of this name; the runtime
 * refuses an artifact whose `scratchBytes` is smaller (its buffers would overlap the scratch).
 */
export const WASM_SCRATCH_GLOBAL = 'scratch_bytes';
/** The host functions a module may import from "env" (with `memory`): the host's `Math` functions of these names. */
export const WASM_HOST_IMPORTS = ['exp', 'log', 'tanh', 'sin', 'cos', 'pow'] as const satisfies readonly (keyof Math)[];

export interface ArtifactWasm {
  /** The module's bytes, base64. */
  readonly module: string;
  /** Per artifact kernel (same index): the step buffer each parameter takes. */
  readonly kernels: readonly { readonly params: readonly number[]; readonly parts?: number }[];
  readonly scratchBytes: number;
  /** Functions the module imports from the host's Math (module "env"), with `memory`. */
  readonly imports: readonly string[];
}

export function encodeBase64(bytes: Uint8Array): string {
  let s = '';
  for (let i = 0; i < bytes.length; i += 0x8000) s += String.fromCharCode(...bytes.subarray(i, i + 0x8000));
  return btoa(s);
}

export function decodeBase64(text: string): Uint8Array<ArrayBuffer> {
  const s = atob(text);
  const out = new Uint8Array(s.length);
  for (let i = 0; i < s.length; i++) out[i] = s.charCodeAt(i);
  return out;
}
