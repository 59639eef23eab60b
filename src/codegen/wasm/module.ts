// One WebAssembly module per artifact: every kernel is an exported function `k<i>` (i: its index
// in the artifact's kernels) taking the byte offsets of its buffers in the one linear memory;
// helpers (the random mixer, the Feistel permutation) are shared functions; transcendental
// functions (exp, log, tanh, sin, cos, pow) are imported from the host's Math.
import type { OpKind } from '../../ir/ops/index.js';
import { WASM_HOST_IMPORTS, WASM_SCRATCH_BYTES, WASM_SCRATCH_GLOBAL } from '../../contract/wasm.js';
import { encodeModule, FunctionWriter, OP, type FuncType, type ValType } from './encoder.js';

/** Imported from the host (module "env"), in this order: they are function indices 0..5; each is the primitive of its name. */
export const WASM_IMPORTS = WASM_HOST_IMPORTS satisfies readonly OpKind[];
export type WasmImport = (typeof WASM_IMPORTS)[number];

/** The least scratch a module has (see the contract); the module exports what it uses as a global. */
export { WASM_SCRATCH_BYTES } from '../../contract/wasm.js';

interface Func {
  type: FuncType;
  body: FunctionWriter;
  export?: string;
}

export class WasmModuleBuilder {
  private readonly funcs: Func[] = [];
  private readonly helpers = new Map<string, number>();
  /**
   * Kernels that take a part range and their scratch after their buffers (lo, hi, scratch; see
   * matmul.ts): export name → how many parts. Threads may run any split of [0, parts).
   */
  readonly parts = new Map<string, number>();
  /** Bytes of scratch the kernels use (at least WASM_SCRATCH_BYTES). */
  scratchBytes = WASM_SCRATCH_BYTES;

  needScratch(bytes: number): void {
    this.scratchBytes = Math.max(this.scratchBytes, Math.ceil(bytes / 1024) * 1024);
  }

  importIndex(name: WasmImport): number {
    return WASM_IMPORTS.indexOf(name);
  }

  /** A shared helper function, built once on first use; returns its function index. */
  helper(name: string, params: ValType[], results: ValType[], build: (f: FunctionWriter) => void): number {
    const hit = this.helpers.get(name);
    if (hit !== undefined) return hit;
    const f = new FunctionWriter(params);
    const index = WASM_IMPORTS.length + this.funcs.length;
    this.funcs.push({ type: { params, results }, body: f });
    this.helpers.set(name, index);
    build(f);
    return index;
  }

  /** An exported kernel taking `params` i32 buffer offsets. */
  kernel(exportName: string, params: number, build: (f: FunctionWriter) => void): void {
    const types: ValType[] = Array.from({ length: params }, () => 'i32');
    const f = new FunctionWriter(types);
    this.funcs.push({ type: { params: types, results: [] }, body: f, export: exportName });
    build(f);
  }

  encode(): Uint8Array<ArrayBuffer> {
    const unary: FuncType = { params: ['f32'], results: ['f32'] };
    return encodeModule({
      imports: WASM_IMPORTS.map((name) => ({ name, type: name === 'pow' ? { params: ['f32', 'f32'], results: ['f32'] } : unary })),
      memoryPages: 1,
      functions: this.funcs,
      globals: [{ name: WASM_SCRATCH_GLOBAL, value: this.scratchBytes }],
    });
  }
}

/** lowbias32 of src/ir/random.ts, bit for bit. */
export function lowbias32(m: WasmModuleBuilder): number {
  return m.helper('lowbias32', ['i32'], ['i32'], (f) => {
    const step = (shift: number, mul?: number) => {
      f.get(0).get(0).i32(shift).op(OP.i32_shr_u).op(OP.i32_xor);
      if (mul !== undefined) f.i32(mul).op(OP.i32_mul);
      f.set(0);
    };
    step(16, 0x7feb352d);
    step(15, 0x846ca68b | 0);
    step(16);
    f.get(0);
  });
}

/** streamKey(seed, stream, key) of src/ir/random.ts. */
export function streamKey(m: WasmModuleBuilder): number {
  const lb = lowbias32(m);
  return m.helper('stream_key', ['i32', 'i32', 'i32'], ['i32'], (f) => {
    f.get(0).i32(0x9e3779b9 | 0).op(OP.i32_xor).call(lb);
    f.get(1).op(OP.i32_xor).call(lb);
    f.get(2).op(OP.i32_xor).call(lb);
  });
}

/** uniform01(k, index): 24 random bits scaled to [0, 1). */
export function uniform01(m: WasmModuleBuilder): number {
  const lb = lowbias32(m);
  return m.helper('uniform01', ['i32', 'i32'], ['f32'], (f) => {
    f.get(0).get(1).call(lb).op(OP.i32_xor).call(lb).i32(8).op(OP.i32_shr_u).op(OP.f32_convert_i32_u);
    f.f32(1 / 16777216).op(OP.f32_mul);
  });
}

/**
 * exp(x) in f32 without a call to the host (a call out of wasm costs more than the arithmetic):
 * x = n·ln2 + r with |r| ≤ ln2/2 (Cody–Waite: ln2 in two parts), e^r by its Taylor polynomial to
 * degree 7 (error < 1e-7 relative), times 2^n in two halves so that no exponent overflows early.
 * Below −103 the result underflows to 0, above 88.8 it overflows to ∞, NaN stays NaN.
 */
export function expF32(m: WasmModuleBuilder): number {
  return m.helper('exp', ['f32'], ['f32'], (f) => {
    const [x, n, r, ni, h] = [0, f.local('f32'), f.local('f32'), f.local('i32'), f.local('i32')];
    f.get(x).f32(-103).op(OP.f32_max).f32(88.8).op(OP.f32_min).set(x);
    f.get(x).f32(Math.LOG2E).op(OP.f32_mul).op(0x90).set(n); // f32.nearest
    f.get(x).get(n).f32(0.693145751953125).op(OP.f32_mul).op(OP.f32_sub).get(n).f32(1.428606765330187e-6).op(OP.f32_mul).op(OP.f32_sub).set(r);
    const coefficients = [1 / 5040, 1 / 720, 1 / 120, 1 / 24, 1 / 6, 1 / 2, 1, 1];
    f.f32(coefficients[0]!);
    for (const c of coefficients.slice(1)) f.get(r).op(OP.f32_mul).f32(c).op(OP.f32_add);
    f.get(n).sat(0).tee(ni).i32(1).op(OP.i32_shr_s).set(h);
    f.get(h).i32(127).op(OP.i32_add).i32(23).op(OP.i32_shl).op(OP.f32_reinterpret_i32).op(OP.f32_mul);
    f.get(ni).get(h).op(OP.i32_sub).i32(127).op(OP.i32_add).i32(23).op(OP.i32_shl).op(OP.f32_reinterpret_i32).op(OP.f32_mul);
  });
}
