// SIMD for elementwise work: a map kernel (or a matmul's epilogue, or a reduction that keeps the
// last axis, with its prologue and epilogue) whose values all run along the output's last axis is
// computed four elements at a time in f32x4 lanes. A value whose last
// axis is the output's is loaded as a vector; one broadcast along it (last axis 1, or a scalar)
// is loaded once and splatted. Kernels with anything else (integers, remaps, other reductions,
// random numbers, log/tanh/sin/cos/pow, which are host calls) stay scalar.
import { indexMap, type OpKind } from '../../ir/ops/index.js';
import type { Eqn } from '../../ir/program.js';
import type { Shape, Var } from '../../ir/types.js';
import type { Val } from './body.js';
import { OP, SIMD } from './encoder.js';
import type { KernelEmitter } from './emitKernel.js';
import type { WasmModuleBuilder } from './module.js';

/** SIMD opcodes beyond the encoder's basic set (numbers from the SIMD specification). */
const V = {
  f32x4_eq: 0x41, f32x4_ne: 0x42, f32x4_lt: 0x43, f32x4_gt: 0x44, f32x4_le: 0x45, f32x4_ge: 0x46,
  v128_and: 0x4e, v128_bitselect: 0x52, f32x4_floor: 0x68, f32x4_nearest: 0x6a,
  i32x4_shl: 0xab, i32x4_shr_s: 0xac, i32x4_add: 0xae, i32x4_sub: 0xb1,
  f32x4_abs: 0xe0, f32x4_neg: 0xe1, f32x4_sqrt: 0xe3, i32x4_trunc_sat_f32x4_s: 0xf8, i32x4_splat: 0x11,
} as const;

/**
 * How each primitive runs in f32x4 lanes, for every op kind: one lane instruction on one operand
 * (unary) or two (binary), a comparison (its mask made a 0/1 float), a sequence written out in
 * vectorExpr, or not in lanes (null: host calls, integers, remaps, matmul; a broadcast and a
 * reduction that keeps the last axis are recognized by their index map and axes instead).
 */
type InLanes = { readonly unary: number } | { readonly binary: number } | { readonly compare: number } | 'sequence' | null;
const LANES: { readonly [K in OpKind]: InLanes } = {
  neg: { unary: V.f32x4_neg }, abs: { unary: V.f32x4_abs }, sqrt: { unary: V.f32x4_sqrt }, floor: { unary: V.f32x4_floor },
  exp: 'sequence', rsqrt: 'sequence', sign: 'sequence', log: null, tanh: null, cos: null, sin: null, is_finite: null,
  add: { binary: SIMD.f32x4_add }, sub: { binary: SIMD.f32x4_sub }, mul: { binary: SIMD.f32x4_mul }, div: { binary: SIMD.f32x4_div },
  min: { binary: SIMD.f32x4_min }, max: { binary: SIMD.f32x4_max }, pow: null,
  gt: { compare: V.f32x4_gt }, ge: { compare: V.f32x4_ge }, lt: { compare: V.f32x4_lt }, le: { compare: V.f32x4_le },
  eq: { compare: V.f32x4_eq }, ne: { compare: V.f32x4_ne },
  const: 'sequence', select: 'sequence', stop_gradient: 'sequence', cast: null, random_uniform: null, matmul: null,
  reduce_sum: null, reduce_max: null, broadcast_to: null, reshape: null, slice: null, concat: null, pad: null, one_hot: null,
};
/** A broadcast reads its input at the lanes' own trailing coordinates: the same lanes. */
const isBroadcast = (e: Eqn) => indexMap(e)?.kind === 'broadcast';

const lastOf = (s: Shape) => (s.length ? s[s.length - 1]! : 1);

/**
 * Whether the values computed in a kernel (members, read at output shape `shape`) can all run in
 * f32x4 lanes along the last axis.
 */
export function canVectorize(members: Iterable<number>, eqnOf: ReadonlyMap<number, Eqn>, isMember: (id: number) => boolean, shape: Shape, skip?: number): boolean {
  const lanes = lastOf(shape);
  if (shape.length === 0 || lanes % 4 !== 0) return false;
  for (const id of members) {
    if (id === skip) continue;
    const e = eqnOf.get(id)!;
    if (e.out.type.dtype !== 'f32' || lastOf(e.out.type.shape) !== lanes) return false;
    if (LANES[e.op] === null && !isBroadcast(e) && !reducesAcross(e)) return false;
    for (const x of e.inputs) {
      if (x.type.dtype !== 'f32') return false;
      if (isMember(x.id) && x.id !== skip && lastOf(x.type.shape) !== lanes) return false;
    }
  }
  return true;
}

/** A reduction that keeps the last axis: its lanes are four independent sums (or maxima). */
function reducesAcross(e: Eqn): boolean {
  if (e.op !== 'reduce_sum' && e.op !== 'reduce_max') return false;
  const x = e.inputs[0]!;
  const rank = x.type.shape.length;
  const axes = e.params.axes.map((a) => (a < 0 ? a + rank : a));
  return rank > 0 && !axes.includes(rank - 1) && lastOf(x.type.shape) === lastOf(e.out.type.shape);
}

/** Whether a (non-member) value is read along the lanes (else: one element, splatted). */
export const alongLanes = (v: Var): boolean => lastOf(v.type.shape) !== 1;

export function splat(em: KernelEmitter, x: Val): Val {
  return em.b.tmp('v128', () => (em.b.push(x), em.b.f.simd(SIMD.f32x4_splat)));
}

/** An inlined equation's four lanes; its inputs come from `arg`. */
export function vectorExpr(em: KernelEmitter, e: Eqn, arg: (k: number) => Val): Val {
  const { b } = em;
  const f = b.f;
  if (isBroadcast(e)) return arg(0);
  switch (e.op) {
    case 'stop_gradient':
      return arg(0);
    case 'const':
      return splat(em, { c: e.params.value, t: 'f32' });
    case 'select': {
      const [c, x, y] = [arg(0), arg(1), arg(2)];
      return b.tmp('v128', () => {
        b.push(x);
        b.push(y);
        b.push(c);
        f.f32(0).simd(SIMD.f32x4_splat).simd(V.f32x4_ne).simd(V.v128_bitselect);
      });
    }
    case 'exp':
      return b.tmp('v128', () => (b.push(arg(0)), f.call(expF32x4(em.m))));
    case 'rsqrt':
      return b.tmp('v128', () => (f.f32(1).simd(SIMD.f32x4_splat), b.push(arg(0)), f.simd(V.f32x4_sqrt).simd(SIMD.f32x4_div)));
    case 'sign': {
      // (x > 0) − (x < 0): masks are −1 (all ones) as integers, so it is (x < 0) − (x > 0) as i32x4, converted.
      const x = arg(0);
      return b.tmp('v128', () => {
        b.push(x);
        f.f32(0).simd(SIMD.f32x4_splat).simd(V.f32x4_lt);
        b.push(x);
        f.f32(0).simd(SIMD.f32x4_splat).simd(V.f32x4_gt).simd(V.i32x4_sub).simd(0xfa); // f32x4.convert_i32x4_s
      });
    }
    default:
      break;
  }
  const how = LANES[e.op];
  if (how === null || how === 'sequence') throw new Error(`no f32x4 lowering for ${e.op}`);
  if ('unary' in how) return b.tmp('v128', () => (b.push(arg(0)), f.simd(how.unary)));
  const [x, y] = [arg(0), arg(1)];
  return b.tmp('v128', () => {
    b.push(x);
    b.push(y);
    if ('binary' in how) return void f.simd(how.binary);
    // A comparison's mask (all ones or zeros) and 1.0: the f32 0/1 mask of the IR.
    f.simd(how.compare).f32(1).simd(SIMD.f32x4_splat).simd(V.v128_and);
  });
}

/** exp on four lanes: the scalar expF32's steps (see module.ts) in SIMD. */
export function expF32x4(m: WasmModuleBuilder): number {
  return m.helper('exp4', ['v128'], ['v128'], (f) => {
    const [x, n, r, ni, h] = [0, f.local('v128'), f.local('v128'), f.local('v128'), f.local('v128')];
    const k = (c: number) => f.f32(c).simd(SIMD.f32x4_splat);
    f.get(x);
    k(-103);
    f.simd(SIMD.f32x4_max);
    k(88.8);
    f.simd(SIMD.f32x4_min).set(x);
    f.get(x);
    k(Math.LOG2E);
    f.simd(SIMD.f32x4_mul).simd(V.f32x4_nearest).set(n);
    f.get(x).get(n);
    k(0.693145751953125);
    f.simd(SIMD.f32x4_mul).simd(SIMD.f32x4_sub).get(n);
    k(1.428606765330187e-6);
    f.simd(SIMD.f32x4_mul).simd(SIMD.f32x4_sub).set(r);
    const coefficients = [1 / 5040, 1 / 720, 1 / 120, 1 / 24, 1 / 6, 1 / 2, 1, 1];
    k(coefficients[0]!);
    for (const c of coefficients.slice(1)) {
      f.get(r).simd(SIMD.f32x4_mul);
      k(c);
      f.simd(SIMD.f32x4_add);
    }
    f.get(n).simd(V.i32x4_trunc_sat_f32x4_s).set(ni);
    f.get(ni).i32(1).simd(V.i32x4_shr_s).set(h);
    const pow2 = (v: () => void) => {
      v();
      f.i32(127).simd(V.i32x4_splat).simd(V.i32x4_add).i32(23).simd(V.i32x4_shl).simd(SIMD.f32x4_mul);
    };
    pow2(() => f.get(h));
    pow2(() => f.get(ni).get(h).simd(V.i32x4_sub));
  });
}

/** A read of a non-member value: four consecutive elements, or one splatted. */
export function vectorLoad(em: KernelEmitter, address: () => void, lanes: boolean): Val {
  return em.b.tmp('v128', () => {
    address();
    if (lanes) em.b.f.v128Mem(SIMD.v128_load);
    else em.b.f.mem(OP.f32_load).simd(SIMD.f32x4_splat);
  });
}
