// Emits one fused kernel as a WebAssembly function, the same index-context scheme as the WGSL
// emitter: values are produced at an index (coordinates and/or a linear index), buffers are
// loaded with broadcasting, inlined equations become instructions into locals, a reduction
// becomes a loop, and a matmul becomes register-blocked SIMD tiles whose results feed the
// epilogue. The WGSL's parallel invocations become loops over the output.
import { exhaustive, type Eqn } from '../../ir/program.js';
import { normalizeAxes } from '../../ir/shape.js';
import { numel, shapeEq, type DType, type Shape, type Var } from '../../ir/types.js';
import type { KernelGroup } from '../../passes/fuse.js';
import { groupInputs } from '../../passes/fuse.js';
import { Body, keyOf, type Val } from './body.js';
import { OP, SAT, SIMD, type FunctionWriter } from './encoder.js';
import { alongLanes, canVectorize, splat, vectorExpr, vectorLoad } from './vector.js';
import { emitMatmul, MATMUL_EXTRA_PARAMS } from './matmul.js';
import { streamKey, uniform01, WasmModuleBuilder } from './module.js';
import { emitBinary, emitUnary } from './ops.js';
import { coordsOf as coordsIn, linearOf as linearIn, outerCoords, project as projectIn, reducedCoords, type IndexAlgebra, type IndexCtx } from '../kernel/indexing.js';
import { indexMapOf, isBinary, isCore, isIndexed, isReduce, isUnary, OPS, type IndexMap, type ReduceKind } from '../../ir/ops/index.js';

/** Where a value is wanted: coordinates and/or a linear index, as wasm locals or constants (../kernel/indexing.ts). */
export type Ctx = IndexCtx<Val>;

/** What the parts of the kernel emitter share. */
export interface KernelEmitter {
  readonly b: Body;
  readonly m: WasmModuleBuilder;
  /** The local holding a buffer's byte offset. */
  base(buffer: number): Val;
  coordsOf(c: Ctx): Val[];
  linearOf(c: Ctx): Val;
  value(v: Var, c: Ctx): Val;
  /** Stores `v` (of dtype `have`) into `buffer` at element `linear`. */
  store(buffer: number, linear: Val, v: Val, have: DType): void;
  /** Inside a matmul tile element: the core's value. */
  matmulValue: Val | null;
  /** Whether values are f32x4 lanes along the last axis (see vector.ts). */
  vector: boolean;
  /** Whether the kernel's members can run in lanes, at output shape `shape` (the core aside). */
  vectorizable(shape: Shape): boolean;
}

export interface WasmKernelInput {
  readonly groups: readonly KernelGroup[];
  readonly eqnOf: ReadonlyMap<number, Eqn>;
  readonly materialized: ReadonlySet<number>;
  readonly bufferOf: (v: Var) => number;
  readonly dtypeOfBuffer: (buffer: number) => DType;
  /** Roots read only inside the kernel, never stored (Fused.internal). */
  readonly internal?: ReadonlySet<number>;
}

export const wasmType = (t: DType) => (t === 'f32' ? 'f32' : 'i32') as 'f32' | 'i32';

/** Emits the kernel into `m`; returns its buffers in parameter order. */
export function emitWasmKernel(m: WasmModuleBuilder, exportName: string, k: WasmKernelInput): number[] {
  const { groups, eqnOf, bufferOf, dtypeOfBuffer } = k;
  const buffers = kernelBuffers(k);
  const matmul = groups[0]!.core?.op === 'matmul';
  m.kernel(exportName, buffers.length + (matmul ? MATMUL_EXTRA_PARAMS : 0), (f) => {
    const b = new Body(f);
    const isMember = (id: number) => groups.some((x) => x.members.has(id));
    const g0 = groups[0]!;
    const em: KernelEmitter = {
      b, m, matmulValue: null, vector: false,
      vectorizable: (shape) => canVectorize(groups.flatMap((x) => [...x.members]), eqnOf, isMember, shape, g0.core?.op === 'matmul' ? g0.core.out.id : undefined),
      base: (buffer) => ({ l: buffers.indexOf(buffer), t: 'i32' }),
      coordsOf: (c) => coordsOf(b, c),
      linearOf: (c) => linearOf(b, c),
      value: (v, c0) => {
        const c = project(b, c0, v.type.shape);
        if (!isMember(v.id)) {
          const e = eqnOf.get(v.id);
          if (e?.op === 'const') {
            const k: Val = { c: e.params.value, t: wasmType(v.type.dtype) };
            return em.vector ? b.memo(`splat${k.c}`, () => splat(em, k)) : k;
          }
          const buf = bufferOf(v);
          const lin = linearOf(b, c);
          if (em.vector) return b.memo(`vld${buf}@${keyOf(lin)}`, () => vectorLoad(em, () => address(em, buf, lin), alongLanes(v)));
          return b.memo(`ld${buf}@${keyOf(lin)}`, () => load(em, buf, lin, dtypeOfBuffer(buf), v.type.dtype));
        }
        const e = eqnOf.get(v.id)!;
        const lin = linearOf(b, c);
        if (em.vector && !isCore(OPS[e.op].class)) return b.memo(`${v.id}@${keyOf(lin)}`, () => vectorExpr(em, e, (k) => em.value(e.inputs[k]!, c)));
        return b.memo(`${v.id}@${keyOf(lin)}`, () => expr(em, e, c));
      },
      store: (buffer, linear, v, have) => store(em, buffer, linear, v, have, dtypeOfBuffer(buffer)),
    };
    const g = groups[0]!;
    if (g.core?.op === 'matmul') {
      if (groups.length !== 1) throw new Error('a matmul kernel has one group');
      const [lo, hi, scratch] = [0, 1, 2].map((i): Val => ({ l: buffers.length + i, t: 'i32' })) as [Val, Val, Val];
      m.parts.set(exportName, emitMatmul(em, g.core, g.root.out, bufferOf(g.core.inputs[0]!), bufferOf(g.core.inputs[1]!), bufferOf(g.root.out), { lo, hi, scratch }));
      return;
    }
    const out = g.root.out;
    const internal = k.internal ?? new Set<number>();
    const stored = groups.filter((x) => !internal.has(x.root.out.id));
    em.vector = em.vectorizable(out.type.shape) && stored.every((x) => dtypeOfBuffer(bufferOf(x.root.out)) === 'f32');
    // Reductions along the last axis (softmax's max and sum over a row) are the same for every
    // element of a row: computed once per row, before the loop over it, in equation order (the
    // memo then finds them at every element: 019_add_loss_grad of mnist-bn 0.78 → 0.07 ms).
    const rowShape = [...out.type.shape.slice(0, -1), 1];
    const perRow = [...eqnOf.values()].filter((e) => isMember(e.out.id) && isReduce(e) && shapeEq(e.out.type.shape, rowShape));
    const hoist = em.vector || perRow.length === 0 ? undefined : (c: Ctx) => perRow.forEach((e) => em.value(e.out, c));
    eachIndex(b, out.type.shape, em.vector ? 4 : 1, (ctx) => {
      // As in the WGSL: a group over [rows…, ...shape] loops over the rows of this column.
      const results = groups.map((x) => (shapeEq(x.root.out.type.shape, out.type.shape) ? em.value(x.root.out, ctx) : rowLoop(em, x, ctx, k, internal)));
      groups.forEach((x, n) => results[n] && !internal.has(x.root.out.id) && em.store(bufferOf(x.root.out), ctx.linear!, results[n]!, x.root.out.type.dtype));
    }, hoist);
  });
  return buffers;
}

/**
 * Runs `body` at every index of `shape` in row-major order, as nested loops: the coordinates are
 * loop counters and the linear index a running count, so no index is divided.
 */
function eachIndex(b: Body, shape: Shape, step: number, body: (c: Ctx) => void, beforeLastAxis?: (c: Ctx) => void): void {
  const f = b.f;
  const lin = b.variable('i32', () => f.i32(0));
  const coords: Val[] = [];
  const nest = (k: number): void => {
    if (k === shape.length) {
      // With one axis longer than 1, its counter is the linear index: the same local, so a value
      // memoized at this index is found again where another context projects onto it.
      const only = shape.filter((d) => d !== 1).length === 1 ? coords[shape.findIndex((d) => d !== 1)]! : null;
      body({ shape, coords: [...coords], linear: only ?? { l: lin, t: 'i32' } });
      f.get(lin).i32(step).op(OP.i32_add).set(lin);
      return;
    }
    if (shape[k] === 1) {
      coords[k] = { c: 0, t: 'i32' };
      return nest(k + 1);
    }
    if (k === shape.length - 1 && k > 0) beforeLastAxis?.({ shape, coords: [...coords, { c: 0, t: 'i32' }] });
    b.loop(0, shape[k]!, k === shape.length - 1 ? step : 1, (c) => {
      coords[k] = c;
      nest(k + 1);
    });
  };
  b.scoped(() => nest(0));
}

/** A row group at every row of column `own`, stored as it goes (see the WGSL's emitRowLoop). */
function rowLoop(em: KernelEmitter, x: KernelGroup, own: Ctx, k: WasmKernelInput, internal: ReadonlySet<number>): null {
  const { eqnOf, bufferOf } = k;
  const { b } = em;
  const shape = x.root.out.type.shape;
  const rowShape = shape.slice(0, shape.length - own.shape.length);
  const ownCoords = em.coordsOf(own);
  const ownLinear = em.linearOf(own);
  const cols = numel(own.shape);
  // The column's own terms (batch norm's 1/σ, γ, β) are computed once, before the loop.
  for (const id of x.members) {
    const e = eqnOf.get(id)!;
    if (OPS[e.op].class === 'map' && shapeEq(e.out.type.shape, own.shape)) em.value(e.out, own);
  }
  b.loop(0, numel(rowShape), 1, (q) => {
    const rows = em.coordsOf({ shape: rowShape, linear: q });
    const at = b.add(b.mulc(q, cols), ownLinear);
    const r = em.value(x.root.out, { shape, coords: [...rows, ...ownCoords], linear: at });
    if (!internal.has(x.root.out.id)) em.store(bufferOf(x.root.out), at, r, x.root.out.type.dtype);
  });
  return null;
}

/** The distinct buffers a kernel reads or writes, outputs first. */
function kernelBuffers(k: WasmKernelInput): number[] {
  const eqnOf = k.eqnOf as Map<number, Eqn>;
  const vars = new Map<number, Var>();
  for (const e of eqnOf.values()) {
    vars.set(e.out.id, e.out);
    for (const v of e.inputs) vars.set(v.id, v);
  }
  // A constant is written as a literal even where it is also stored (as the WGSL does): no buffer.
  const inputs = k.groups.flatMap((g) => groupInputs(g, k.eqnOf, k.materialized)).filter((id) => k.eqnOf.get(id)?.op !== 'const');
  const ids = [...k.groups.map((g) => g.root.out.id).filter((id) => !k.internal?.has(id)), ...inputs];
  return [...new Set(ids.map((id) => k.bufferOf(vars.get(id)!)))];
}

/** The index arithmetic in wasm: i32 locals, constants folded (Body's helpers). */
function wasmIndex(b: Body): IndexAlgebra<Val> {
  const zero: Val = { c: 0, t: 'i32' };
  return {
    zero,
    coordinate: (lin, stride, dim) => {
      const q = b.divc(lin, stride);
      return dim === null ? q : b.remc(q, dim);
    },
    linear: (terms) => terms.reduce<Val>((acc, [x, s]) => b.add(acc, b.mulc(x, s)), zero),
  };
}

function coordsOf(b: Body, c: Ctx): Val[] {
  return coordsIn(wasmIndex(b), c);
}

function linearOf(b: Body, c: Ctx): Val {
  return linearIn(wasmIndex(b), c);
}

/** The context of a value of `shape` broadcast into `c`. */
function project(b: Body, c: Ctx, shape: Shape): Ctx {
  return projectIn(wasmIndex(b), c, shape);
}

/** Pushes the byte address of element `linear` of a buffer. */
function address(em: KernelEmitter, buffer: number, linear: Val): void {
  const { b } = em;
  b.push(em.base(buffer));
  if ('c' in linear) {
    b.f.i32(linear.c * 4);
  } else {
    b.push(linear);
    b.f.i32(2).op(OP.i32_shl);
  }
  b.f.op(OP.i32_add);
}

function load(em: KernelEmitter, buffer: number, linear: Val, stored: DType, want: DType): Val {
  return em.b.tmp(wasmType(want), () => {
    address(em, buffer, linear);
    const f = em.b.f;
    f.mem(stored === 'f32' ? OP.f32_load : OP.i32_load);
    if ((stored === 'f32') !== (want === 'f32')) f.op(want === 'f32' ? OP.f32_reinterpret_i32 : OP.i32_reinterpret_f32);
  });
}

function store(em: KernelEmitter, buffer: number, linear: Val, v: Val, have: DType, stored: DType): void {
  const f = em.b.f;
  address(em, buffer, linear);
  em.b.push(v);
  if (v.t === 'v128') return void f.v128Mem(SIMD.v128_store);
  if ((stored === 'f32') !== (have === 'f32')) f.op(stored === 'f32' ? OP.f32_reinterpret_i32 : OP.i32_reinterpret_f32);
  f.mem(stored === 'f32' ? OP.f32_store : OP.i32_store);
}

/** An inlined equation's value at index context c. */
function expr(em: KernelEmitter, e: Eqn, c: Ctx): Val {
  const { b } = em;
  const t = e.out.type.dtype;
  const arg = (k: number) => em.value(e.inputs[k]!, c);
  if (isIndexed(e)) return moved(em, e, indexMapOf(e), c);
  switch (e.op) {
    case 'const':
      return { c: e.params.value, t: wasmType(t) };
    case 'cast':
      return cast(b, arg(0), e.inputs[0]!.type.dtype, t);
    case 'select': {
      const [cond, x, y] = [arg(0), arg(1), arg(2)];
      return b.tmp(wasmType(t), () => {
        b.push(x);
        b.push(y);
        b.push(cond);
        b.f.f32(0).op(OP.f32_ne).op(OP.select);
      });
    }
    case 'stop_gradient':
      return arg(0);
    case 'random_uniform': {
      const p = e.params;
      const key = em.value(e.inputs[0]!, { shape: [], coords: [] });
      const k = b.memo(`rk${p.seed}:${p.stream}:${keyOf(key)}`, () =>
        b.tmp('i32', () => {
          b.f.i32(p.seed | 0).i32(p.stream | 0);
          b.push(key);
          b.f.call(streamKey(em.m));
        }));
      const lin = em.linearOf(c);
      return b.tmp('f32', () => (b.push(k), b.push(lin), b.f.call(uniform01(em.m))));
    }
    case 'matmul':
      if (!em.matmulValue) throw new Error('matmul outside its tile');
      return em.matmulValue;
    case 'reduce_sum':
    case 'reduce_max':
      return reduce(em, e, c);
    default: {
      if (isUnary(e)) return emitUnary(em, e.op, arg(0), t);
      if (isBinary(e)) return emitBinary(em, e.op, arg(0), arg(1), e.inputs[0]!.type.dtype);
      return exhaustive(e);
    }
  }
}

function cast(b: Body, x: Val, from: DType, to: DType): Val {
  if (from === to || (from !== 'f32' && to !== 'f32')) return { ...x, t: wasmType(to) } as Val;
  return b.tmp(wasmType(to), () => {
    b.push(x);
    if (to === 'f32') b.f.op(from === 'i32' ? OP.f32_convert_i32_s : OP.f32_convert_i32_u);
    else b.f.sat(to === 'i32' ? SAT.i32_trunc_sat_f32_s : SAT.i32_trunc_sat_f32_u);
  });
}

/** A value that moves data, at index context c: its inputs read where its index map says. */
function moved(em: KernelEmitter, e: Eqn, map: IndexMap, c: Ctx): Val {
  const { b } = em;
  const x = e.inputs[0]!;
  switch (map.kind) {
    case 'broadcast':
      return em.value(x, c);
    case 'linear':
      return em.value(x, { shape: x.type.shape, linear: em.linearOf(c) });
    case 'shift': {
      const at = em.coordsOf(c).map((v, d) => b.add(v, { c: map.offset[d] ?? 0, t: 'i32' }));
      return em.value(x, { shape: x.type.shape, coords: at });
    }
    case 'tiles':
      return tiles(em, e, map, c);
    case 'window':
      return windowed(em, e, map, c);
    case 'onehot': {
      const cs = em.coordsOf(c);
      const label = em.value(x, { shape: x.type.shape, coords: cs.slice(0, -1) });
      return b.tmp('f32', () => {
        b.push(cs[cs.length - 1]!);
        b.push(label);
        b.f.op(OP.i32_eq).op(OP.f32_convert_i32_u);
      });
    }
    default:
      return exhaustive(map);
  }
}

/** Each input in its block along the map's axis (concat). */
function tiles(em: KernelEmitter, e: Eqn, map: Extract<IndexMap, { kind: 'tiles' }>, c: Ctx): Val {
  const { b } = em;
  const f: FunctionWriter = b.f;
  const cs = em.coordsOf(c);
  const { axis } = map;
  const t = wasmType(e.out.type.dtype);
  const res = b.variable(t, () => (t === 'f32' ? f.f32(0) : f.i32(0)));
  for (const [k, x] of e.inputs.entries()) {
    const from = map.starts[k]!;
    const hi = from + x.type.shape[axis]!;
    b.when(
      () => {
        b.push(cs[axis]!);
        f.i32(from).op(OP.i32_ge_u);
        b.push(cs[axis]!);
        f.i32(hi).op(OP.i32_lt_u).op(OP.i32_and);
      },
      () => {
        const at = cs.map((v, d) => (d === axis ? b.add(v, { c: -from, t: 'i32' }) : v));
        b.push(em.value(x, { shape: x.type.shape, coords: at }));
        f.set(res);
      },
    );
  }
  return { l: res, t };
}

/** The input inside the window, 0 outside (pad). */
function windowed(em: KernelEmitter, e: Eqn, map: Extract<IndexMap, { kind: 'window' }>, c: Ctx): Val {
  const { b } = em;
  const f = b.f;
  const { before } = map;
  const x = e.inputs[0]!;
  const cs = em.coordsOf(c);
  const t = wasmType(e.out.type.dtype);
  const res = b.variable(t, () => (t === 'f32' ? f.f32(0) : f.i32(0)));
  b.when(
    () => {
      f.i32(1);
      cs.forEach((v, d) => {
        b.push(v);
        f.i32(before[d]!).op(OP.i32_ge_u).op(OP.i32_and);
        b.push(v);
        f.i32(before[d]! + x.type.shape[d]!).op(OP.i32_lt_u).op(OP.i32_and);
      });
    },
    () => {
      const at = cs.map((v, d) => b.add(v, { c: -before[d]!, t: 'i32' }));
      b.push(em.value(x, { shape: x.type.shape, coords: at }));
      f.set(res);
    },
  );
  return { l: res, t };
}

/** A reduction's loop, accumulating into a local. */
function reduce(em: KernelEmitter, e: Eqn<ReduceKind>, c: Ctx): Val {
  const { b } = em;
  const f = b.f;
  const x = e.inputs[0]!;
  const p = e.params;
  const axes = normalizeAxes(p.axes, x.type.shape.length);
  const rshape = axes.map((a) => x.type.shape[a]!);
  const outCoords = em.coordsOf(c);
  const outer = outerCoords(x.type.shape, axes, p.keepdims, outCoords);
  const isMax = e.op === 'reduce_max';
  // In lanes (see vector.ts): four outputs along the last axis, which is never reduced then.
  const t = em.vector ? 'v128' : wasmType(e.out.type.dtype);
  const acc = b.variable(t, () => {
    if (t === 'i32') f.i32(isMax ? -0x80000000 : 0);
    else f.f32(isMax ? -Infinity : 0);
    if (t === 'v128') f.simd(SIMD.f32x4_splat);
  });
  b.loop(0, numel(rshape), 1, (r) => {
    const coords = reducedCoords(wasmIndex(b), x.type.shape, axes, r, outer);
    const xv = em.value(x, { shape: x.type.shape, coords });
    const sum: Val = { l: acc, t };
    if (t === 'v128') {
      f.get(acc);
      b.push(xv);
      f.simd(isMax ? SIMD.f32x4_max : SIMD.f32x4_add).set(acc);
      return;
    }
    b.push(isMax ? emitBinary(em, 'max', sum, xv, e.out.type.dtype) : emitBinary(em, 'add', sum, xv, e.out.type.dtype));
    f.set(acc);
  });
  return { l: acc, t };
}
