// Emits the WGSL of one fused kernel. Values are produced at an index context (the output
// coordinates where they are needed): buffers are loaded with broadcasting, inlined equations
// become expressions, and a core (matmul or reduction) becomes a loop whose result feeds the
// epilogue. Every intermediate is let-bound, so shared subexpressions are computed once.
import { exhaustive, type Eqn } from '../../ir/program.js';
import { normalizeAxes } from '../../ir/shape.js';
import { numel, shapeEq, type DType, type Shape, type Var } from '../../ir/types.js';
import type { KernelGroup } from '../../passes/fuse.js';
import type { KernelShapes } from '../../contract/artifact.js';
import { coordsOf as coordsIn, linearOf as linearIn, outerCoords, project as projectIn, reducedCoords, type IndexAlgebra, type IndexCtx } from '../kernel/indexing.js';
import { matmulShape, WORKGROUP_SIZE, type MatmulFacts, type MatmulShape } from '../kernel/shapes.js';
import { literal, WgslBuilder } from './builder.js';
import { binaryWgsl, RANDOM_HELPERS, unaryWgsl } from './lowerings.js';
import { indexMapOf, isBinary, isIndexed, isReduce, isUnary, OPS, type IndexMap, type ReduceKind } from '../../ir/ops/index.js';

export { WORKGROUP_SIZE };

/** Where the kernel's logical index lies: per-dimension coordinates and/or a linear index (WGSL expressions). */
type Ctx = IndexCtx<string>;

export interface KernelBinding {
  /** Buffer slot in the plan. */
  readonly buffer: number;
  readonly access: 'read' | 'read_write';
}

export interface EmittedKernel {
  /** The WGSL, its storage bindings named after the buffers they hold (`s_hidden1_dense_kernel`). */
  readonly wgsl: string;
  /** The same WGSL with positional binding names (`b0`, `b1`): kernels equal but for names share it. */
  readonly canonical: string;
  readonly bindings: readonly KernelBinding[];
  readonly workgroups: readonly [number, number, number];
}

/** What the parts of the emitter share: the builder and the kernel's index and binding helpers. */
interface Emitter {
  readonly w: WgslBuilder;
  readonly u: (n: number) => string;
  /** The shared index scheme's arithmetic in WGSL (../kernel/indexing.ts). */
  readonly ix: IndexAlgebra<string>;
  bind(buffer: number, view?: 'scalar' | 'vec4'): string;
  coordsOf(c: Ctx): string[];
  linearOf(c: Ctx): string;
  value(v: Var, c: Ctx): string;
  /** The value `compute` gives for value `id` at context c, computed once per scope (where `value` looks for it). */
  memoAt(id: number, c: Ctx, compute: () => string): string;
  /** The equation of a value computed inside the kernel (undefined for one loaded from a buffer). */
  member(id: number): Eqn | undefined;
  /** Inside a matmul tile: the core's value at the element being emitted. */
  matmul(): string;
  setMatmul(v: string | null): void;
  /** A cooperative kernel's lanes (see Coop); null when each invocation computes one index alone. */
  readonly coop: Coop | null;
}

/**
 * A cooperative kernel (kernel shapes 'gpu'): one workgroup of LANES invocations per index of the
 * kernel, so a long reduction, or a row loop, is split over the lanes (lane l takes steps l,
 * l + LANES, …) and its partial results are combined by a tree in workgroup memory, in a fixed
 * order (the same bits every run). Everything else at the index is computed by every lane alike;
 * lane 0 stores it. On a GPU one invocation summing 200 rows alone is the step's slowest kernel
 * (docs/performance.md); on a CPU adapter the lanes would only add barriers.
 */
interface Coop {
  /** Nesting of loops whose steps differ per lane: a reduction inside one is summed by its lane alone. */
  depth: number;
  /** Workgroup arrays taken so far, per dtype (the pool of MAX_WG_ARRAYS is reused round-robin). */
  readonly taken: Map<DType, number>;
}

/** Invocations of a cooperative kernel's workgroup (a power of two: its combining tree halves it). */
const LANES = 64;
/** Reductions (and row loops) of at least this many steps are split over the lanes. */
const COOP_MIN_STEPS = 32;
/** Kernels over more indices than this keep one invocation per index: they fill a GPU as they are. */
const COOP_MAX_INDICES = 16384;
/** Workgroup arrays per kernel and dtype (LANES values each: 4 KiB of f32, a quarter of the least a device offers). */
const MAX_WG_ARRAYS = 16;
const MAX_GROUPS_X = 65535;

/** Splits `n` invocations into a grid that respects the per-dimension workgroup limit. */
export function dispatchFor(n: number, size = WORKGROUP_SIZE): { workgroups: [number, number, number]; rowStride: number } {
  const groups = Math.max(1, Math.ceil(n / size));
  const x = Math.min(groups, MAX_GROUPS_X);
  const y = Math.ceil(groups / x);
  return { workgroups: [x, y, 1], rowStride: x * size };
}

/**
 * One kernel: a fused group, or several over the same index space (horizontal fusion), each
 * writing its own root. All values are computed before any is stored, so a group may update in
 * place a buffer that another group of the kernel reads at the same index.
 */
export function emitKernel(
  groups: readonly KernelGroup[],
  eqnOf: ReadonlyMap<number, Eqn>,
  bufferOf: (v: Var) => number,
  dtypeOfBuffer: (buffer: number) => DType,
  nameOfBuffer: (buffer: number) => string = (b) => `buf${b}`,
  internal: ReadonlySet<number> = new Set(),
  shapes: KernelShapes = 'gpu',
  often = true,
): EmittedKernel {
  const w = new WgslBuilder();
  const g = groups[0]!;
  const out = g.root.out;
  const outBuffer = bufferOf(out);
  const outBuffers = new Set(groups.map((x) => bufferOf(x.root.out)));
  const isMember = (id: number) => groups.some((x) => x.members.has(id));
  const bindingOf = new Map<string, number>(); // buffer (and view) → binding index
  const bindings: KernelBinding[] = [];
  /** vec4 views of read-only buffers (matmul operands); the same buffer may also be bound plainly. */
  const vec4Bindings = new Set<number>();
  const bind = (buffer: number, view: 'scalar' | 'vec4' = 'scalar'): string => {
    const key = `${buffer}:${view}`;
    let b = bindingOf.get(key);
    if (b === undefined) {
      b = bindings.length;
      bindingOf.set(key, b);
      bindings.push({ buffer, access: outBuffers.has(buffer) ? 'read_write' : 'read' });
      if (view === 'vec4') vec4Bindings.add(b);
    }
    return bindingRef(b);
  };
  // The output binding comes first in declaration order only if it is also read; collect reads
  // during emission, then declare.
  const u = (n: number) => `${n}u`;

  const ix = wgslIndex(w);
  const coordsOf = (c: Ctx): string[] => coordsIn(ix, c);
  const linearOf = (c: Ctx): string => linearIn(ix, c);
  /** The context of a value of `shape` that is broadcast into `c`. */
  const project = (c: Ctx, shape: Shape): Ctx => projectIn(ix, c, shape);

  /** The matmul core's value at the element being emitted (set per tile element). */
  let matmulValue: string | null = null;
  const coop = g.core?.op !== 'matmul' && shapes === 'gpu' && numel(out.type.shape) <= COOP_MAX_INDICES
    && longestLoop(groups, eqnOf, out.type.shape) >= COOP_MIN_STEPS ? { depth: 0, taken: new Map<DType, number>() } : null;
  const k: Emitter = {
    coop,
    w, u, ix, bind, coordsOf, linearOf,
    value: (v, c) => value(v, c),
    memoAt: (id, c, compute) => w.memo(`${id}@${linearOf(c)}`, compute),
    member: (id) => (isMember(id) ? eqnOf.get(id) : undefined),
    matmul: () => {
      if (!matmulValue) throw new Error('matmul outside its tile');
      return matmulValue;
    },
    setMatmul: (v) => (matmulValue = v),
  };

  /** The roots of the kernel's groups computed so far, at the kernel's own index (see sameIndex). */
  const computedRoots = new Map<number, string>();
  let ownCtx: Ctx | null = null;
  const value = (v: Var, c0: Ctx): string => {
    const c = project(c0, v.type.shape);
    const done = computedRoots.get(v.id);
    if (done !== undefined && ownCtx && sameIndex(c, ownCtx)) return done;
    if (!isMember(v.id)) {
      const e = eqnOf.get(v.id);
      if (e?.op === 'const') return literal(e.params.value, v.type.dtype);
      const b = bind(bufferOf(v));
      const raw = `${b}[${linearOf(c)}]`;
      return w.let(castFromBuffer(raw, dtypeOfBuffer(bufferOf(v)), v.type.dtype), 'v');
    }
    const e = eqnOf.get(v.id)!;
    return k.memoAt(v.id, c, () => w.let(expr(k, e, c), 'v'));
  };

  let workgroups: [number, number, number];
  let size = coop ? LANES : WORKGROUP_SIZE;
  if (g.core?.op === 'matmul') {
    if (groups.length !== 1) throw new Error('a matmul kernel has one group');
    const [a, b] = g.core.inputs as [Var, Var];
    const shape = matmulShape(matmulFacts(g.core, bufferOf(a) !== bufferOf(b) && bufferOf(a) !== outBuffer && bufferOf(b) !== outBuffer), shapes, often);
    workgroups = emitMatmulKernel(k, g.core, shape, out, bufferOf, outBuffer, dtypeOfBuffer);
    size = shape.workgroupSize;
  } else {
    const store = (x: KernelGroup, at: string, r: string) => {
      if (internal.has(x.root.out.id)) return; // read only inside this kernel: a register
      const ob = bind(bufferOf(x.root.out));
      w.stmt(`${ob}[${at}] = ${castToBuffer(r, x.root.out.type.dtype, dtypeOfBuffer(bufferOf(x.root.out)))};`);
    };
    ownCtx = { shape: out.type.shape, linear: 'i' };
    workgroups = emitIndexKernel(k, groups, ownCtx, computedRoots, store);
  }

  const params = coop ? '@builtin(workgroup_id) wid: vec3<u32>, @builtin(local_invocation_index) lane: u32' : undefined;
  return finishKernel(w, bindings, vec4Bindings, workgroups, size, dtypeOfBuffer, nameOfBuffer, params);
}

/**
 * The most steps of a loop the kernel runs at its own index: its longest reduction to its own
 * shape, or its row loops' rows (what a cooperative kernel splits over its lanes).
 */
function longestLoop(groups: readonly KernelGroup[], eqnOf: ReadonlyMap<number, Eqn>, own: Shape): number {
  let most = 0;
  for (const x of groups) {
    const shape = x.root.out.type.shape;
    if (!shapeEq(shape, own)) most = Math.max(most, numel(shape) / Math.max(1, numel(own)));
    for (const id of x.members) {
      const e = eqnOf.get(id)!;
      if (isReduce(e) && shapeEq(e.out.type.shape, own) && x.aligned.has(id)) {
        most = Math.max(most, numel(e.inputs[0]!.type.shape) / Math.max(1, numel(own)));
      }
    }
  }
  return most;
}

/**
 * A kernel of one invocation per index of `own.shape`, each computing every group's value there.
 * A later group may read an earlier one's root at this index: it gets the register. A group over
 * [rows…, ...shape] loops over the rows of the invocation's own column, storing as it goes.
 */
function emitIndexKernel(
  em: Emitter,
  groups: readonly KernelGroup[],
  own: Ctx,
  computedRoots: Map<number, string>,
  store: (x: KernelGroup, at: string, r: string) => void,
): [number, number, number] {
  const { w, u } = em;
  const n = numel(own.shape);
  const d = em.coop ? { workgroups: [n, 1, 1] as [number, number, number], rowStride: n } : dispatchFor(n);
  if (em.coop) w.stmt('let i = wid.x;'); // one workgroup per index, exactly n of them
  else {
    w.stmt(d.workgroups[1] > 1 ? `let i = gid.x + gid.y * ${u(d.rowStride)};` : 'let i = gid.x;');
    w.stmt(`if (i >= ${u(n)}) { return; }`);
  }
  fuseReductionLoops(em, groups, own);
  const results = groups.map((x) => {
    if (!shapeEq(x.root.out.type.shape, own.shape)) {
      emitRowLoop(em, x, own, store, groups.slice(groups.indexOf(x) + 1));
      return null;
    }
    const r = em.value(x.root.out, own);
    computedRoots.set(x.root.out.id, r);
    return r;
  });
  const storeAll = () => groups.forEach((x, k) => results[k] !== null && store(x, 'i', results[k]!));
  if (em.coop) {
    // Every lane has read what it needs (a buffer updated in place is read by all) before lane 0 writes.
    w.stmt('storageBarrier();');
    w.block('if (lane == 0u)', storeAll);
  } else storeAll();
  return d.workgroups;
}

/**
 * A row group inside a kernel over `own.shape`: the invocation loops over the rows of its own
 * column, computing and storing the group's value at each (row, column). Values of the kernel's
 * shape read there (the column's statistics) are the invocation's registers.
 */
function emitRowLoop(em: Emitter, x: KernelGroup, own: Ctx, store: (x: KernelGroup, at: string, r: string) => void, later: readonly KernelGroup[]): void {
  const { w, u, coordsOf } = em;
  const shape = x.root.out.type.shape;
  const rowShape = shape.slice(0, shape.length - own.shape.length);
  const cols = numel(own.shape);
  const ownCoords = coordsOf(own); // bound before the loop: the rows' contexts reuse them
  // The column's own terms (batch norm's 1/σ, γ, β) are computed once, before the loop.
  for (const id of x.members) {
    const e = em.member(id)!;
    if (OPS[e.op].class === 'map' && shapeEq(e.out.type.shape, own.shape)) em.value(e.out, own);
  }
  // Sums (or maxima) of the row loop's own values over the rows, wanted later in the kernel (a
  // bias gradient, Σ over the batch of the input gradient): accumulated as the rows are stored.
  const sums = later.flatMap((g) => [...g.members].filter((id) => g.aligned.has(id)).map((id) => em.member(id)!)).filter(isReduce)
    .filter((e) => e.inputs[0]!.id === x.root.out.id && shapeEq(e.out.type.shape, own.shape)
      && !e.params.keepdims && normalizeAxes(e.params.axes, shape.length).every((a, k) => a === k)
      && e.params.axes.length === rowShape.length);
  const coop = em.coop !== null; // row loops sit at the kernel's top level
  const accs = sums.map((e) => accumulator(w, e));
  const q = w.fresh('q');
  // Split over the lanes: none may still read (a column's rows, in place) what another overwrites.
  if (coop) w.stmt('storageBarrier();');
  if (em.coop) em.coop.depth++;
  const head = coop
    ? `for (var ${q}: u32 = lane; ${q} < ${u(numel(rowShape))}; ${q} = ${q} + ${u(LANES)})`
    : `for (var ${q}: u32 = 0u; ${q} < ${u(numel(rowShape))}; ${q} = ${q} + 1u)`;
  w.block(head, () => {
    const rows = coordsOf({ shape: rowShape, linear: q });
    const at = w.let(`${q} * ${u(cols)} + i`, 'l');
    const ctx: Ctx = { shape, coords: [...rows, ...ownCoords], linear: at };
    const r = em.value(x.root.out, ctx);
    store(x, at, r);
    sums.forEach((e, k) => accumulate(w, e, accs[k]!, r));
  });
  if (em.coop) em.coop.depth--;
  const totals = coop ? combineLanes(em, sums, accs) : accs;
  sums.forEach((e, k) => em.memoAt(e.out.id, own, () => totals[k]!));
}

/** Declares the bindings and names them: after the buffers (wgsl) and by position (canonical). */
function finishKernel(
  w: WgslBuilder,
  bindings: readonly KernelBinding[],
  vec4Bindings: ReadonlySet<number>,
  workgroups: [number, number, number],
  workgroupSize: number,
  dtypeOfBuffer: (buffer: number) => DType,
  nameOfBuffer: (buffer: number) => string,
  params?: string,
): EmittedKernel {
  bindings.forEach((bd, k) => {
    const ty = vec4Bindings.has(k) ? 'vec4<f32>' : dtypeOfBuffer(bd.buffer);
    const access = bd.access === 'read' ? 'read' : 'read_write';
    w.declare(`@group(0) @binding(${k}) var<storage, ${access}> ${bindingRef(k)}: array<${ty}>;`);
  });
  const text = w.finish(workgroupSize, params);
  const names = bindingNames(bindings.map((bd, k) => nameOfBuffer(bd.buffer) + (vec4Bindings.has(k) ? '_v4' : '')));
  return {
    wgsl: text.replace(BINDING_REF, (_, k: string) => names[Number(k)]!),
    canonical: text.replace(BINDING_REF, (_, k: string) => `b${k}`),
    bindings,
    workgroups,
  };
}

/**
 * Whether context c is the kernel's own index: the same context, or the same coordinates (a
 * value broadcast into a reduction's loop, projected back). Only coordinates already made are
 * compared: making them here could bind them inside a block they must outlive.
 */
function sameIndex(c: Ctx, own: Ctx): boolean {
  if (c === own) return true;
  if (!shapeEq(c.shape, own.shape)) return false;
  if (c.linear !== undefined && c.linear === own.linear) return true;
  return c.coords !== undefined && own.coords !== undefined && c.coords.every((x, k) => x === own.coords![k]);
}

/** Binding k while the kernel is built; named once every binding is known. */
const bindingRef = (k: number) => `\u0001${k}\u0001`;
const BINDING_REF = /\u0001(\d+)\u0001/g;

/**
 * WGSL identifiers for the bindings: the buffers' names (`state:hidden1/dense/kernel` →
 * `s_hidden1_dense_kernel`), kept short, made unique within the kernel, never clashing with the
 * kernel's own names (which have no underscore after one letter).
 */
function bindingNames(raw: readonly string[]): string[] {
  const used = new Set<string>();
  return raw.map((r, k) => {
    let name = r.replace(/[^A-Za-z0-9]+/g, '_').replace(/^_+|_+$/g, '');
    if (name.length > 48) name = name.slice(0, 40).replace(/_+$/, '') + `_${k}`;
    if (!/^[A-Za-z]/.test(name)) name = `b_${name}`;
    if (used.has(name)) name = `${name}_${k}`;
    used.add(name);
    return name;
  });
}

/** The WGSL expression of an inlined equation at index context c. */
function expr(em: Emitter, e: Eqn, c: Ctx): string {
  const { w, u, value, linearOf } = em;
  const t = e.out.type.dtype;
  const arg = (k: number) => value(e.inputs[k]!, c);
  if (isIndexed(e)) return moved(em, e, indexMapOf(e), c);
  switch (e.op) {
    case 'const':
      return literal(e.params.value, t);
    case 'cast':
      return `${t}(${arg(0)})`;
    case 'select':
      return `select(${arg(2)}, ${arg(1)}, ${arg(0)} != 0.0)`;
    case 'stop_gradient':
      return arg(0);
    case 'random_uniform': {
      w.helper('random', RANDOM_HELPERS);
      const p = e.params;
      const key = value(e.inputs[0]!, { shape: [], coords: [] });
      const k = w.let(`stream_key(${u(p.seed >>> 0)}, ${u(p.stream >>> 0)}, ${key})`, 'k');
      return `uniform01(${k}, ${linearOf(c)})`;
    }
    case 'matmul':
      return em.matmul();
    case 'reduce_sum':
    case 'reduce_max':
      return reduce(em, e, c);
    default: {
      if (isUnary(e)) return unaryWgsl[e.op](arg(0), t);
      if (isBinary(e)) return binaryWgsl[e.op](arg(0), arg(1), t);
      return exhaustive(e);
    }
  }
}

/** A value that moves data, at index context c: its inputs read where its index map says. */
function moved(em: Emitter, e: Eqn, map: IndexMap, c: Ctx): string {
  const { w, u, value, coordsOf, linearOf } = em;
  const t = e.out.type.dtype;
  const x = e.inputs[0]!;
  /** Coordinate v moved by a constant. */
  const plus = (v: string, k: number) => (k > 0 ? `(${v} + ${u(k)})` : k < 0 ? `(${v} - ${u(-k)})` : v);
  switch (map.kind) {
    case 'broadcast':
      return value(x, c);
    case 'linear': {
      const lin = linearOf(c);
      return value(x, { shape: x.type.shape, linear: lin });
    }
    case 'shift':
      return value(x, { shape: x.type.shape, coords: coordsOf(c).map((v, d) => plus(v, map.offset[d]!)) });
    case 'tiles': {
      const cs = coordsOf(c);
      const { axis } = map;
      const res = w.var(literal(0, t), t, 'cat');
      e.inputs.forEach((xk, k) => {
        const lo = map.starts[k]!;
        const at = cs.map((v, d) => (d === axis ? plus(v, -lo) : v));
        w.block(`if (${lo ? `${cs[axis]} >= ${u(lo)} && ` : ''}${cs[axis]} < ${u(lo + xk.type.shape[axis]!)})`, () => {
          w.stmt(`${res} = ${value(xk, { shape: xk.type.shape, coords: at })};`);
        });
      });
      return res;
    }
    case 'window': {
      const { before } = map;
      const cs = coordsOf(c);
      const inside = cs.map((v, d) => [before[d] ? `${v} >= ${u(before[d]!)}` : '', `${v} < ${u(before[d]! + x.type.shape[d]!)}`]).flat().filter(Boolean);
      const res = w.var(literal(0, t), t, 'pad');
      const at = cs.map((v, d) => plus(v, -before[d]!));
      w.block(`if (${inside.length ? inside.join(' && ') : 'true'})`, () => {
        w.stmt(`${res} = ${value(x, { shape: x.type.shape, coords: at })};`);
      });
      return res;
    }
    case 'onehot': {
      const cs = coordsOf(c);
      const label = value(x, { shape: x.type.shape, coords: cs.slice(0, -1) });
      return `select(0.0, 1.0, i32(${cs[cs.length - 1]!}) == ${label})`;
    }
    default:
      return exhaustive(map);
  }
}

/** A reduction's loop, accumulating into a var; returns the var. */
function reduce(em: Emitter, e: Eqn<ReduceKind>, c: Ctx): string {
  return reduceTogether(em, [e], c)[0]!;
}

/**
 * One loop for several reductions over the same axes of inputs of the same shape (independent of
 * one another), one accumulator each: their loads at each step are shared (batch norm's
 * backward sums all read the upstream gradient's column). Each sums in the same order as alone.
 */
function reduceTogether(em: Emitter, es: readonly Eqn<ReduceKind>[], c: Ctx): string[] {
  const { w, u, value, coordsOf } = em;
  const first = es[0]!;
  const x0 = first.inputs[0]!;
  const p = first.params;
  const axes = normalizeAxes(p.axes, x0.type.shape.length);
  const total = numel(axes.map((a) => x0.type.shape[a]!));
  const outCoords = coordsOf(c);
  const accs = es.map((e) => accumulator(w, e));
  // The coordinate of each axis of x that is not reduced: the output's.
  const outer = outerCoords(x0.type.shape, axes, p.keepdims, outCoords);
  for (const e of es) hoistInvariants(em, e.inputs[0]!, axes, outer);
  // Split over a cooperative kernel's lanes, unless it sits in a loop whose steps differ per lane.
  const coop = em.coop !== null && em.coop.depth === 0 && total >= COOP_MIN_STEPS;
  // Its own counter: the loop may sit inside another reduction's (a row's sum inside a batch's).
  const r = w.fresh('r');
  const head = coop
    ? `for (var ${r}: u32 = lane; ${r} < ${u(total)}; ${r} = ${r} + ${u(LANES)})`
    : `for (var ${r}: u32 = 0u; ${r} < ${u(total)}; ${r} = ${r} + 1u)`;
  if (em.coop) em.coop.depth++;
  w.block(head, () => {
    const coords = reducedCoords(em.ix, x0.type.shape, axes, r, outer);
    es.forEach((e, k) => accumulate(w, e, accs[k]!, value(e.inputs[0]!, { shape: x0.type.shape, coords })));
  });
  if (em.coop) em.coop.depth--;
  return coop ? combineLanes(em, es, accs) : accs;
}

/**
 * A cooperative kernel's lanes combine their partial results (accs, one per reduction of es):
 * each lane writes its own to a workgroup array, then a tree halves the active lanes until lane
 * 0 holds the whole; every lane reads it. Control flow around the barriers is uniform (it
 * depends on the workgroup only), as WGSL requires.
 */
function combineLanes(em: Emitter, es: readonly Eqn[], accs: readonly string[]): string[] {
  const { w, u } = em;
  const coop = em.coop!;
  const totals: string[] = [];
  for (let lo = 0; lo < es.length; lo += MAX_WG_ARRAYS) {
    const part = es.slice(lo, lo + MAX_WG_ARRAYS);
    let reused = false;
    const arrays = part.map((e) => {
      const t = e.out.type.dtype;
      const k = coop.taken.get(t) ?? 0;
      coop.taken.set(t, k + 1);
      const name = `wg_${t}_${k % MAX_WG_ARRAYS}`;
      if (k < MAX_WG_ARRAYS) w.declare(`var<workgroup> ${name}: array<${t}, ${LANES}>;`);
      else reused = true;
      return name;
    });
    // An array used before: every lane has read its last total before any overwrites it.
    if (reused) w.stmt('workgroupBarrier();');
    arrays.forEach((a, k) => w.stmt(`${a}[lane] = ${accs[lo + k]};`));
    w.stmt('workgroupBarrier();');
    const s = w.fresh('s');
    w.block(`for (var ${s}: u32 = ${u(LANES / 2)}; ${s} > 0u; ${s} = ${s} >> 1u)`, () => {
      w.block(`if (lane < ${s})`, () => arrays.forEach((a, k) => accumulate(w, part[k]!, `${a}[lane]`, `${a}[lane + ${s}]`)));
      w.stmt('workgroupBarrier();');
    });
    totals.push(...arrays.map((a) => {
      const r = w.fresh('red'); // not w.let: a reused array's text names another total
      w.stmt(`let ${r} = ${a}[0];`);
      return r;
    }));
  }
  return totals;
}

/** A reduction's accumulator, at its identity (0 for a sum, the lowest float for a maximum). */
function accumulator(w: WgslBuilder, e: Eqn): string {
  const t = e.out.type.dtype;
  return w.var(e.op === 'reduce_max' ? literal(-Infinity, t) : literal(0, t), t);
}

/** One step of a reduction: its accumulator takes in value v. */
function accumulate(w: WgslBuilder, e: Eqn, acc: string, v: string): void {
  w.stmt(e.op === 'reduce_max' ? `${acc} = max(${acc}, ${v});` : `${acc} = ${acc} + ${v};`);
}

/**
 * Before a kernel's values are computed at its own index: its reductions there that share a
 * loop (same axes, inputs of one shape) and do not depend on each other are computed in one
 * loop, in waves (those reading only earlier waves' results next); the results are memoized
 * where the kernel's expressions will look for them.
 */
function fuseReductionLoops(em: Emitter, groups: readonly KernelGroup[], own: Ctx): void {
  const key = (e: Eqn<ReduceKind>) => `${e.inputs[0]!.type.shape.join('x')}|${e.params.axes.join(',')}|${e.params.keepdims}`;
  const candidates = groups
    .filter((x) => shapeEq(x.root.out.type.shape, own.shape))
    .flatMap((x) => [...x.members].filter((id) => x.aligned.has(id)).map((id) => em.member(id)!))
    .filter(isReduce)
    .filter((e) => shapeEq(e.out.type.shape, own.shape));
  const ids = new Set(candidates.map((e) => e.out.id));
  /** The candidate reductions each one's input reads, through the kernel's inlined values. */
  const deps = new Map(candidates.map((e) => {
    const found = new Set<number>();
    const seen = new Set<number>();
    const visit = (id: number) => {
      if (seen.has(id)) return;
      seen.add(id);
      if (ids.has(id) && id !== e.out.id) found.add(id); // another candidate: not looked into
      else for (const v of em.member(id)?.inputs ?? []) visit(v.id);
    };
    visit(e.inputs[0]!.id);
    return [e.out.id, found] as const;
  }));
  const done = new Set<number>();
  for (let wave = [...new Set(candidates)]; wave.length; ) {
    const ready = wave.filter((e) => [...deps.get(e.out.id)!].every((d) => done.has(d)));
    if (ready.length === 0) return;
    const byLoop = new Map<string, Eqn<ReduceKind>[]>();
    for (const e of ready) (byLoop.get(key(e)) ?? byLoop.set(key(e), []).get(key(e))!).push(e);
    for (const es of byLoop.values()) {
      if (es.length < 2) continue; // alone: computed where it is needed, as before
      const accs = reduceTogether(em, es, own);
      es.forEach((e, k) => em.memoAt(e.out.id, own, () => accs[k]!));
    }
    for (const e of ready) done.add(e.out.id);
    wave = wave.filter((e) => !done.has(e.out.id));
  }
}

/**
 * Computes, before a reduction's loop, the inlined values the loop reads that do not vary along
 * the reduced axes (a softmax row's max inside its sum of exponentials, batch norm's 1/σ inside
 * a gradient's sum): they are memoized at the coordinates the loop will ask for, so the loop
 * finds them instead of recomputing them at every step (for nested small reductions, at every
 * step of every level). Walks down from x through elementwise ops of x's shape.
 */
function hoistInvariants(em: Emitter, x: Var, axes: readonly number[], outer: readonly (string | null)[]): void {
  const shape = x.type.shape;
  const seen = new Set<number>();
  const visit = (v: Var) => {
    const e = em.member(v.id);
    if (!e || seen.has(v.id) || OPS[e.op].class !== 'map' || !shapeEq(e.out.type.shape, shape)) return;
    seen.add(v.id);
    for (const input of e.inputs) {
      const off = shape.length - input.type.shape.length;
      const invariant = axes.every((a) => a < off || input.type.shape[a - off] === 1);
      if (!invariant) {
        visit(input);
        continue;
      }
      if (!em.member(input.id)) continue; // a load: cheap, and made at the coordinates it needs
      const coords = input.type.shape.map((d, j) => (d === 1 ? '0u' : outer[j + off]!));
      em.value(input, { shape: input.type.shape, coords });
    }
  };
  visit(x);
}

/** The facts of a matmul core its kernel's shape is decided from (see ../kernel/shapes.ts). */
function matmulFacts(e: Eqn<'matmul'>, distinct: boolean): MatmulFacts {
  const [a] = e.inputs as [Var, Var];
  const { transA, transB } = e.params;
  const [m, n] = e.out.type.shape as [number, number];
  return { m, n, kdim: transA ? a.type.shape[0]! : a.type.shape[1]!, transA, transB, distinct };
}

/**
 * A matmul kernel of the shape s: each invocation computes a TM×TN block of outputs in
 * registers (one vec4 accumulator per row and four columns), so each loaded A and B value feeds
 * several multiply-adds; then the epilogue runs for each element of the block.
 */
function emitMatmulKernel(
  em: Emitter,
  e: Eqn<'matmul'>,
  s: MatmulShape,
  out: Var,
  bufferOf: (v: Var) => number,
  outBuffer: number,
  dtypeOfBuffer: (buffer: number) => DType,
): [number, number, number] {
  const { w, u } = em;
  const { m, n, TM, TN, tiles, tilesN } = s;
  const { workgroups, rowStride } = dispatchFor(tiles, s.workgroupSize);
  w.stmt(workgroups[1] > 1 ? `let t = gid.x + gid.y * ${u(rowStride)};` : 'let t = gid.x;');
  w.stmt(`if (t >= ${u(tiles)}) { return; }`);
  w.stmt(`let i0 = (t / ${u(tilesN)}) * ${u(TM)};`);
  w.stmt(`let j0 = (t % ${u(tilesN)}) * ${u(TN)};`);
  // Rows/columns past the edge read a clamped (valid) index; their results are never stored.
  const rows = Array.from({ length: TM }, (_, r) => w.let(`min(i0 + ${u(r)}, ${u(m - 1)})`, 'row'));
  const cols = Array.from({ length: TN }, (_, c) => w.let(`min(j0 + ${u(c)}, ${u(n - 1)})`, 'col'));
  /** accs[y][g]: row y, columns 4g..4g+3 of the block. */
  const accs = rows.map(() => Array.from({ length: TN / 4 }, () => w.var('vec4<f32>(0.0)', 'vec4<f32>')));
  const [a, b] = e.inputs as [Var, Var];
  if (s.vectorized) matmulLoopVec4(em, s, bufferOf(a), bufferOf(b), rows, cols, accs);
  else matmulLoopScalar(em, s, bufferOf(a), bufferOf(b), rows, cols, accs);
  const ob = em.bind(outBuffer);
  const epilogue = s.epilogue === 'loop' ? matmulEpilogueLoop : matmulEpilogueUnrolled;
  epilogue(em, s, accs, (ctx) => {
    const result = em.value(out, ctx);
    w.stmt(`${ob}[${em.linearOf(ctx)}] = ${castToBuffer(result, out.type.dtype, dtypeOfBuffer(outBuffer))};`);
  });
  em.setMatmul(null);
  return workgroups;
}

/** The k loop on the vec4 path: s.kUnroll (4) steps of k per iteration, one vec4 load per row of A and per four columns of B. */
function matmulLoopVec4(em: Emitter, s: MatmulShape, bufA: number, bufB: number, rows: readonly string[], cols: readonly string[], accs: readonly string[][]): void {
  const { w, u, bind } = em;
  const { m, n, kdim, transA, transB, TM, TN } = s;
  const groupsN = TN / 4;
  const a4 = bind(bufA, 'vec4');
  const b4 = bind(bufB, 'vec4');
  const aRow = transA ? [] : rows.map((r) => w.let(`${r} * ${u(kdim / 4)}`, 'ra'));
  const bCol = transB ? cols.map((c) => w.let(`${c} * ${u(kdim / 4)}`, 'cb')) : [];
  w.block(`for (var k: u32 = 0u; k < ${u(kdim / 4)}; k = k + 1u)`, () => {
    // A[row, 4k..4k+3] per row, or A[4k+q, i0..i0+3] per q (transposed).
    const aRows = transA ? [] : aRow.map((ra) => w.let(`${a4}[${ra} + k]`, 'av'));
    const bCols = transB ? bCol.map((cb) => w.let(`${b4}[${cb} + k]`, 'bc')) : [];
    /** bv[q][g]: B[4k+q, columns 4g..4g+3 of the block]; aq[q][g]: A[4k+q, rows 4g..4g+3] (transposed A). */
    const bv: string[][] = [];
    const aq: string[][] = [];
    for (let q = 0; q < s.kUnroll; q++) {
      const kq = w.let(`k * 4u + ${u(q)}`, 'kq');
      bv.push(Array.from({ length: groupsN }, (_, g) =>
        transB
          ? w.let(`vec4<f32>(${bCols.slice(4 * g, 4 * g + 4).map((c) => `${c}.${'xyzw'[q]}`).join(', ')})`, 'bv')
          : w.let(`${b4}[(${kq} * ${u(n)} + j0) / 4u${g ? ` + ${u(g)}` : ''}]`, 'bv'),
      ));
      // Transposed A: four consecutive rows share one vec4 at each k.
      aq.push(transA ? Array.from({ length: TM / 4 }, (_, g) => w.let(`${a4}[(${kq} * ${u(m)} + i0) / 4u + ${u(g)}]`, 'aq')) : []);
    }
    // Each accumulator takes its four steps of k in a row (same order of summation as one
    // step at a time): on a CPU it is loaded and stored once for four multiply-adds when the
    // block's accumulators do not fit in registers.
    const aOf = (y: number, q: number) => (transA ? `${aq[q]![y >> 2]}.${'xyzw'[y & 3]}` : `${aRows[y]}.${'xyzw'[q]}`);
    rows.forEach((_, y) => accs[y]!.forEach((acc, g) => {
      for (let q = 0; q < s.kUnroll; q++) w.stmt(`${acc} = ${acc} + ${aOf(y, q)} * ${bv[q]![g]};`);
    }));
  });
}

/** The k loop with scalar loads: one step of k per iteration. */
function matmulLoopScalar(em: Emitter, s: MatmulShape, bufA: number, bufB: number, rows: readonly string[], cols: readonly string[], accs: readonly string[][]): void {
  const { w, u, bind } = em;
  const { m, n, kdim, transA, transB, TN } = s;
  const ab = bind(bufA);
  const bb = bind(bufB);
  const aRow = transA ? [] : rows.map((r) => w.let(`${r} * ${u(kdim)}`, 'ra'));
  const bCol = transB ? cols.map((c) => w.let(`${c} * ${u(kdim)}`, 'cb')) : [];
  w.block(`for (var k: u32 = 0u; k < ${u(kdim)}; k = k + 1u)`, () => {
    const bRow = transB ? null : w.let(`k * ${u(n)}`, 'rb');
    const bv = Array.from({ length: TN / 4 }, (_, g) =>
      w.let(`vec4<f32>(${cols.slice(4 * g, 4 * g + 4).map((c, x) => (transB ? `${bb}[${bCol[4 * g + x]} + k]` : `${bb}[${bRow} + ${c}]`)).join(', ')})`, 'bv'),
    );
    const aRowK = transA ? w.let(`k * ${u(m)}`, 'rk') : null;
    const aOf = (y: number) => (transA ? `${ab}[${aRowK} + ${rows[y]}]` : `${ab}[${aRow[y]} + k]`);
    rows.forEach((_, y) => bv.forEach((b, g) => w.stmt(`${accs[y]![g]} = ${accs[y]![g]} + ${aOf(y)} * ${b};`)));
  });
}

/** The epilogue once per element of the block, each in its own block (its lets do not leak into the next element's). */
function matmulEpilogueUnrolled(em: Emitter, s: MatmulShape, accs: readonly string[][], element: (ctx: Ctx) => void): void {
  const { w, u } = em;
  const { m, n, TM, TN } = s;
  for (let y = 0; y < TM; y++) {
    for (let x = 0; x < TN; x++) {
      const guards = [
        ...(y && m % TM ? [`i0 + ${u(y)} < ${u(m)}`] : []),
        ...(x && n % TN ? [`j0 + ${u(x)} < ${u(n)}`] : []),
      ];
      w.block(guards.length ? `if (${guards.join(' && ')})` : '', () => {
        em.setMatmul(`${accs[y]![x >> 2]}.${'xyzw'[x & 3]}`);
        element({ shape: [m, n], coords: [y ? w.let(`i0 + ${u(y)}`, 'i') : 'i0', x ? w.let(`j0 + ${u(x)}`, 'j') : 'j0'] });
      });
    }
  }
}

/**
 * The epilogue once, in a loop over the block's rows and columns: the accumulators are copied
 * to an array the loop indexes (the k loop keeps them as variables of their own, as unrolled).
 */
function matmulEpilogueLoop(em: Emitter, s: MatmulShape, accs: readonly string[][], element: (ctx: Ctx) => void): void {
  const { w, u } = em;
  const { m, n, TM, TN } = s;
  const type = `array<vec4<f32>, ${TM * (TN / 4)}>`;
  const block = w.var(`${type}(${accs.flat().join(', ')})`, type, 'blk');
  const y = w.fresh('y');
  const x = w.fresh('x');
  w.block(`for (var ${y}: u32 = 0u; ${y} < ${u(TM)}; ${y} = ${y} + 1u)`, () => {
    w.block(`for (var ${x}: u32 = 0u; ${x} < ${u(TN)}; ${x} = ${x} + 1u)`, () => {
      const i = w.let(`i0 + ${y}`, 'i');
      const j = w.let(`j0 + ${x}`, 'j');
      const guards = [...(m % TM ? [`${i} < ${u(m)}`] : []), ...(n % TN ? [`${j} < ${u(n)}`] : [])];
      const body = () => {
        em.setMatmul(w.let(`${block}[${y} * ${u(TN / 4)} + ${x} / 4u][${x} % 4u]`, 'mm'));
        element({ shape: [m, n], coords: [i, j] });
      };
      if (guards.length) w.block(`if (${guards.join(' && ')})`, body);
      else body();
    });
  });
}

/** The index arithmetic in WGSL: u32 expressions, each new term let-bound once. */
function wgslIndex(w: WgslBuilder): IndexAlgebra<string> {
  const u = (n: number) => `${n}u`;
  return {
    zero: '0u',
    coordinate: (lin, stride, dim) => {
      const q = stride === 1 ? lin : `(${lin} / ${u(stride)})`;
      return w.let(dim === null ? q : `(${q} % ${u(dim)})`, 'c');
    },
    linear: (terms) => (terms.length ? w.let(terms.map(([x, s]) => (s === 1 ? x : `${x} * ${u(s)}`)).join(' + '), 'l') : '0u'),
  };
}

/** Buffers hold their value's dtype; these exist for buffers shared across dtypes. */
function castFromBuffer(raw: string, stored: DType, want: DType): string {
  return stored === want ? raw : `bitcast<${want}>(${raw})`;
}
function castToBuffer(v: string, have: DType, stored: DType): string {
  return stored === have ? v : `bitcast<${stored}>(${v})`;
}
