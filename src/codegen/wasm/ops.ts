// The wasm instructions of each elementwise primitive, keyed by the IR's op kinds (as
// ../wgsl/lowerings.ts is for WGSL). Comparisons give f32 0/1 masks; integer ops follow WGSL
// (wrapping arithmetic, x / 0 = x) so both targets agree with the reference.
import type { BinaryKind, UnaryKind } from '../../ir/ops/index.js';
import type { DType } from '../../ir/types.js';
import type { Val } from './body.js';
import { OP } from './encoder.js';
import { expF32, type WasmImport } from './module.js';
import type { KernelEmitter } from './emitKernel.js';
import { wasmType } from './emitKernel.js';

/**
 * How each unary primitive is computed on f32, for every unary kind: one instruction, a call to a
 * host function (module.ts's WASM_IMPORTS), or a sequence written out in emitUnary.
 */
const F32_UNARY: { readonly [K in UnaryKind]: number | 'host' | 'sequence' } = {
  neg: OP.f32_neg, abs: OP.f32_abs, sqrt: OP.f32_sqrt, floor: OP.f32_floor,
  log: 'host', tanh: 'host', sin: 'host', cos: 'host',
  exp: 'sequence', is_finite: 'sequence', rsqrt: 'sequence', sign: 'sequence',
};
/** Unary primitives computed by a host function (exp is a host import too, but computed in the module: expF32). */
const isImported = (op: UnaryKind): op is Exclude<UnaryKind & WasmImport, 'exp'> => F32_UNARY[op] === 'host';

export function emitUnary(em: KernelEmitter, op: UnaryKind, x: Val, t: DType): Val {
  const { b, m } = em;
  const f = b.f;
  if (t !== 'f32') {
    return b.tmp('i32', () => {
      if (op === 'neg') (f.i32(0), b.push(x), f.op(OP.i32_sub));
      else if (op === 'abs') (f.i32(0), b.push(x), f.op(OP.i32_sub), b.push(x), b.push(x), f.i32(0), f.op(OP.i32_lt_s), f.op(OP.select));
      else if (op === 'sign') (b.push(x), f.i32(0), f.op(OP.i32_gt_s), b.push(x), f.i32(0), f.op(OP.i32_lt_s), f.op(OP.i32_sub));
      else throw new Error(`no wasm lowering for ${op} on ${t}`);
    });
  }
  const code = F32_UNARY[op];
  return b.tmp('f32', () => {
    if (typeof code === 'number') {
      b.push(x);
      f.op(code);
    } else if (isImported(op)) {
      b.push(x);
      f.call(m.importIndex(op));
    } else if (op === 'exp') {
      b.push(x);
      f.call(expF32(m));
    } else if (op === 'is_finite') {
      // On the bits, as the WGSL: not all ones in the exponent.
      b.push(x);
      f.op(OP.i32_reinterpret_f32).i32(0x7f800000).op(OP.i32_and).i32(0x7f800000).op(OP.i32_ne).op(OP.f32_convert_i32_u);
    } else if (op === 'rsqrt') {
      f.f32(1);
      b.push(x);
      f.op(OP.f32_sqrt).op(OP.f32_div);
    } else if (op === 'sign') {
      b.push(x);
      f.f32(0).op(OP.f32_gt);
      b.push(x);
      f.f32(0).op(OP.f32_lt).op(OP.i32_sub).op(OP.f32_convert_i32_s);
    } else {
      throw new Error(`no wasm lowering for ${op}`);
    }
  });
}

/** The f32 instruction of each binary primitive, for every binary kind ('host': pow, a host function). */
const F32_BINARY: { readonly [K in BinaryKind]: number | 'host' } = {
  add: OP.f32_add, sub: OP.f32_sub, mul: OP.f32_mul, div: OP.f32_div, max: OP.f32_max, min: OP.f32_min, pow: 'host',
  gt: OP.f32_gt, ge: OP.f32_ge, lt: OP.f32_lt, le: OP.f32_le, eq: OP.f32_eq, ne: OP.f32_ne,
};
const I32_BINARY: { readonly [K in BinaryKind]?: number } = { add: OP.i32_add, sub: OP.i32_sub, mul: OP.i32_mul };
type CompareKind = 'gt' | 'ge' | 'lt' | 'le' | 'eq' | 'ne';
const isCompare = (op: BinaryKind): op is CompareKind => op in I32_COMPARE;
/** Signed and unsigned i32 comparison opcodes. */
const I32_COMPARE: { readonly [K in CompareKind]: [number, number] } = {
  gt: [OP.i32_gt_s, OP.i32_gt_u], ge: [OP.i32_ge_s, OP.i32_ge_u], lt: [OP.i32_lt_s, OP.i32_lt_u],
  le: [OP.i32_le_s, OP.i32_le_u], eq: [OP.i32_eq, OP.i32_eq], ne: [OP.i32_ne, OP.i32_ne],
};

/** x op y, with operands of dtype `t` (comparisons return f32 masks). */
export function emitBinary(em: KernelEmitter, op: BinaryKind, x: Val, y: Val, t: DType): Val {
  const { b, m } = em;
  const f = b.f;
  const compare = isCompare(op);
  const i32 = I32_BINARY[op];
  return b.tmp(compare ? 'f32' : wasmType(t), () => {
    if (t === 'f32') {
      b.push(x);
      b.push(y);
      const code = F32_BINARY[op];
      if (code === 'host') f.call(m.importIndex(op as BinaryKind & WasmImport));
      else f.op(code);
      if (compare) f.op(OP.f32_convert_i32_u);
      return;
    }
    const signed = t === 'i32' ? 0 : 1;
    if (isCompare(op)) {
      b.push(x);
      b.push(y);
      f.op(I32_COMPARE[op][signed]).op(OP.f32_convert_i32_u);
    } else if (i32 !== undefined) {
      b.push(x);
      b.push(y);
      f.op(i32);
    } else if (op === 'max' || op === 'min') {
      b.push(x);
      b.push(y);
      b.push(x);
      b.push(y);
      f.op(I32_COMPARE[op === 'max' ? 'gt' : 'lt']![signed]!).op(OP.select);
    } else if (op === 'div') {
      // WGSL: x / 0 = x and INT_MIN / -1 = INT_MIN; wasm traps on both, so divide by 1 there.
      b.push(x);
      b.push(x);
      f.i32(1);
      b.push(y);
      b.push(y);
      f.op(OP.i32_eqz);
      if (signed === 0) {
        b.push(x);
        f.i32(-0x80000000).op(OP.i32_eq);
        b.push(y);
        f.i32(-1).op(OP.i32_eq).op(OP.i32_and).op(OP.i32_or);
      }
      f.op(OP.select).op(signed ? OP.i32_div_u : OP.i32_div_s);
      b.push(y);
      f.op(OP.i32_eqz).op(OP.select);
    } else {
      throw new Error(`no wasm lowering for ${op} on ${t}`);
    }
  });
}
