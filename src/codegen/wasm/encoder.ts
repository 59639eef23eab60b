// A small typed encoder of WebAssembly binary modules: LEB128 integers, the sections dnnc needs
// (type, import, function, export, code) and a function-body writer with the opcodes the kernel
// emitter uses, including the 0xFD prefix of 128-bit SIMD and 0xFC of saturating truncation.
// Written by hand rather than generated through text (wat) because no wat assembler is a
// dependency, and the binary format is small: the emitter needs ~80 opcodes.

import { WASM_MEMORY_MAX_PAGES } from '../../contract/wasm.js';

export type ValType = 'i32' | 'f32' | 'v128';
const VALTYPE: Readonly<Record<ValType, number>> = { i32: 0x7f, f32: 0x7d, v128: 0x7b };

export function uleb(n: number, out: number[] = []): number[] {
  if (!Number.isInteger(n) || n < 0) throw new Error(`uleb of ${n}`);
  do {
    let byte = n & 0x7f;
    n = Math.floor(n / 128);
    if (n !== 0) byte |= 0x80;
    out.push(byte);
  } while (n !== 0);
  return out;
}

export function sleb(n: number, out: number[] = []): number[] {
  n |= 0;
  for (;;) {
    const byte = n & 0x7f;
    n >>= 7;
    if ((n === 0 && (byte & 0x40) === 0) || (n === -1 && (byte & 0x40) !== 0)) {
      out.push(byte);
      return out;
    }
    out.push(byte | 0x80);
  }
}

const utf8 = (s: string): number[] => [...new TextEncoder().encode(s)];
const vec = (items: number[][]): number[] => [...uleb(items.length), ...items.flat()];
const section = (id: number, body: number[]): number[] => [id, ...uleb(body.length), ...body];

/** Scalar and SIMD opcodes (SIMD ones are written after the 0xFD prefix as a LEB128 index). */
export const OP = {
  unreachable: 0x00, block: 0x02, loop: 0x03, if: 0x04, else: 0x05, end: 0x0b, br: 0x0c, br_if: 0x0d, return: 0x0f,
  call: 0x10, drop: 0x1a, select: 0x1b,
  local_get: 0x20, local_set: 0x21, local_tee: 0x22,
  i32_load: 0x28, f32_load: 0x2a, i32_store: 0x36, f32_store: 0x38,
  i32_const: 0x41, f32_const: 0x43,
  i32_eqz: 0x45, i32_eq: 0x46, i32_ne: 0x47, i32_lt_s: 0x48, i32_lt_u: 0x49, i32_gt_s: 0x4a, i32_gt_u: 0x4b,
  i32_le_s: 0x4c, i32_le_u: 0x4d, i32_ge_s: 0x4e, i32_ge_u: 0x4f,
  f32_eq: 0x5b, f32_ne: 0x5c, f32_lt: 0x5d, f32_gt: 0x5e, f32_le: 0x5f, f32_ge: 0x60,
  i32_clz: 0x67, i32_add: 0x6a, i32_sub: 0x6b, i32_mul: 0x6c, i32_div_s: 0x6d, i32_div_u: 0x6e, i32_rem_s: 0x6f, i32_rem_u: 0x70,
  i32_and: 0x71, i32_or: 0x72, i32_xor: 0x73, i32_shl: 0x74, i32_shr_s: 0x75, i32_shr_u: 0x76,
  f32_abs: 0x8b, f32_neg: 0x8c, f32_ceil: 0x8d, f32_floor: 0x8e, f32_sqrt: 0x91,
  f32_add: 0x92, f32_sub: 0x93, f32_mul: 0x94, f32_div: 0x95, f32_min: 0x96, f32_max: 0x97,
  f32_convert_i32_s: 0xb2, f32_convert_i32_u: 0xb3, i32_reinterpret_f32: 0xbc, f32_reinterpret_i32: 0xbe,
} as const;

/** 0xFC-prefixed: saturating float-to-int truncation (WGSL's i32(f) saturates too). */
export const SAT = { i32_trunc_sat_f32_s: 0, i32_trunc_sat_f32_u: 1 } as const;

export const SIMD = {
  v128_load: 0x00, v128_store: 0x0b, f32x4_splat: 0x13, f32x4_extract_lane: 0x1f,
  f32x4_add: 0xe4, f32x4_sub: 0xe5, f32x4_mul: 0xe6, f32x4_div: 0xe7, f32x4_min: 0xe8, f32x4_max: 0xe9,
} as const;

/** The body of one function: locals declared as they are needed, instructions appended. */
export class FunctionWriter {
  readonly code: number[] = [];
  private readonly locals: ValType[] = [];

  constructor(readonly params: readonly ValType[]) {}

  local(t: ValType): number {
    this.locals.push(t);
    return this.params.length + this.locals.length - 1;
  }

  op(...bytes: number[]): this {
    this.code.push(...bytes);
    return this;
  }
  get(l: number): this {
    return this.op(OP.local_get, ...uleb(l));
  }
  set(l: number): this {
    return this.op(OP.local_set, ...uleb(l));
  }
  tee(l: number): this {
    return this.op(OP.local_tee, ...uleb(l));
  }
  i32(n: number): this {
    return this.op(OP.i32_const, ...sleb(n));
  }
  f32(x: number): this {
    const b = new Uint8Array(new Float32Array([x]).buffer);
    return this.op(OP.f32_const, ...b);
  }
  /** A load or store with its alignment (log2 bytes) and constant offset. */
  mem(opcode: number, offset = 0, align = 2): this {
    return this.op(opcode, ...uleb(align), ...uleb(offset));
  }
  simd(opcode: number, ...imm: number[]): this {
    return this.op(0xfd, ...uleb(opcode), ...imm);
  }
  v128Mem(opcode: number, offset = 0): this {
    return this.simd(opcode, ...uleb(4), ...uleb(offset));
  }
  sat(opcode: number): this {
    return this.op(0xfc, ...uleb(opcode));
  }
  call(fn: number): this {
    return this.op(OP.call, ...uleb(fn));
  }
  /** block / loop / if with no result. */
  begin(kind: 'block' | 'loop' | 'if'): this {
    return this.op(OP[kind], 0x40);
  }
  end(): this {
    return this.op(OP.end);
  }

  /** The encoded body: locals grouped in runs of one type, then the code and `end`. */
  encode(): number[] {
    const runs: [number, ValType][] = [];
    for (const t of this.locals) {
      const last = runs[runs.length - 1];
      if (last && last[1] === t) last[0]++;
      else runs.push([1, t]);
    }
    const body = [...vec(runs.map(([n, t]) => [...uleb(n), VALTYPE[t]])), ...this.code, OP.end];
    return [...uleb(body.length), ...body];
  }
}

export interface FuncType {
  readonly params: readonly ValType[];
  readonly results: readonly ValType[];
}

export interface ModuleSpec {
  /** Imported functions (module "env"): they take the first function indices. */
  readonly imports: readonly { readonly name: string; readonly type: FuncType }[];
  /** The memory, imported as env.memory (the runtime owns and grows it). */
  readonly memoryPages: number;
  readonly functions: readonly { readonly type: FuncType; readonly body: FunctionWriter; readonly export?: string }[];
  /** Exported immutable i32 globals: facts the module states about itself (its scratch size). */
  readonly globals?: readonly { readonly name: string; readonly value: number }[];
}

/** The module's bytes: types deduplicated, memory imported, exported functions named. */
export function encodeModule(spec: ModuleSpec): Uint8Array<ArrayBuffer> {
  const types: FuncType[] = [];
  const keyOf = (t: FuncType) => `${t.params.join(',')}>${t.results.join(',')}`;
  const typeIndex = (t: FuncType): number => {
    const k = types.findIndex((x) => keyOf(x) === keyOf(t));
    if (k >= 0) return k;
    types.push(t);
    return types.length - 1;
  };
  const importEntries = spec.imports.map((im) => [...name('env'), ...name(im.name), 0x00, ...uleb(typeIndex(im.type))]);
  // Limits with a maximum (flag 1): a runtime that runs threads flips the flag to shared (3), a
  // change of one byte (see WASM_MEMORY_MAX_PAGES).
  importEntries.push([...name('env'), ...name('memory'), 0x02, 0x01, ...uleb(spec.memoryPages), ...uleb(WASM_MEMORY_MAX_PAGES)]);
  const funcTypes = spec.functions.map((f) => uleb(typeIndex(f.type)));
  const exports = spec.functions
    .map((f, i) => (f.export ? [...name(f.export), 0x00, ...uleb(spec.imports.length + i)] : null))
    .filter((e): e is number[] => e !== null);
  const globals = spec.globals ?? [];
  globals.forEach((g, i) => exports.push([...name(g.name), 0x03, ...uleb(i)]));
  // i32, immutable, initialized by `i32.const value; end`.
  const globalSection = globals.map((g) => [0x7f, 0x00, 0x41, ...sleb(g.value), 0x0b]);
  const typeSection = types.map((t) => [0x60, ...vec(t.params.map((p) => [VALTYPE[p]])), ...vec(t.results.map((r) => [VALTYPE[r]]))]);
  return new Uint8Array([
    0x00, 0x61, 0x73, 0x6d, 0x01, 0x00, 0x00, 0x00,
    ...section(1, vec(typeSection)),
    ...section(2, vec(importEntries)),
    ...section(3, vec(funcTypes)),
    ...(globals.length ? section(6, vec(globalSection)) : []),
    ...section(7, vec(exports)),
    ...section(10, vec(spec.functions.map((f) => f.body.encode()))),
  ]);
}

function name(s: string): number[] {
  const b = utf8(s);
  return [...uleb(b.length), ...b];
}
