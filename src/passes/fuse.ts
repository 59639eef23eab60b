// Fusion: partitions a program's equations into kernels. Each kernel writes one value (its
// root) and computes everything inlined into it on the fly. General rules, no per-layer cases:
//   - an elementwise value whose users all lie in one kernel is computed inside that kernel
//     (elementwise chains, including shared subexpressions; prologues of reductions);
//   - a matmul or reduction whose users are elementwise ops over the same shape in one kernel
//     becomes that kernel's core, the elementwise ops its epilogue (bias + activation after matmul,
//     `sum/n` after a reduction);
//   - constants are folded into every kernel that reads them;
//   - a small elementwise kernel (≤ 3 full-size ops, no core) whose value several kernels read
//     is instead recomputed inside each of them: a few ALU ops are cheaper than a full write and
//     re-read of the tensor and a dispatch (the ELU masks, x − mean of batch norm, a one-hot,
//     batch norm backward's per-column term broadcast over the batch); broadcasts, reshapes and
//     slices only move the index a value is read at and do not count as ops;
//   - a reduction over a few elements (a row of class scores) is computed inside its consumer;
//   - kernels over the same index space share one dispatch, even when one reads another's
//     result, as long as it reads it at its own index (schedule, canJoin); the scheduler looks
//     ahead past unrelated groups for one that can join (a layer's bias update beside its batch
//     norm backward sums);
//   - an elementwise group over [rows…, ...shape] that reads a kernel's per-column results joins
//     it as a row loop: each invocation computes its column's results, then loops over the rows
//     of the column (batch norm's statistics and the normalization + activation using them; its
//     backward sums and the input gradient using them);
//   - a result read only inside its own kernel is never stored (Fused.internal).
//   - a matmul's operands are always materialized (inlining would recompute them per column);
//   - a kernel never binds more storage buffers than the device allows.
import type { Eqn, Program } from '../ir/program.js';
import { indexMap, isCore, isReduce, OPS, type ReduceKind } from '../ir/ops/index.js';
import { numel, shapeEq, type Shape, type Var } from '../ir/types.js';
import { normalizeAxes } from '../ir/shape.js';

export interface KernelGroup {
  /** The equation whose value the kernel writes. */
  readonly root: Eqn;
  /** Values computed inside the kernel (root included). */
  readonly members: Set<number>;
  /** The matmul or reduction at the heart of the kernel, if any. */
  core: Eqn | null;
  /** Members computed at the kernel's own output index (no broadcast, remap or reduction between). */
  readonly aligned: Set<number>;
}

export interface Fused {
  readonly program: Program;
  /** The fused groups in dependency order. */
  readonly groups: readonly KernelGroup[];
  /** The kernels: consecutive independent groups over the same index space share one dispatch. */
  readonly kernels: readonly (readonly KernelGroup[])[];
  /** Values that live in buffers: program inputs, state reads and group roots (but internal ones). */
  readonly materialized: ReadonlySet<number>;
  /** Roots computed in registers and never stored: every group reading them shares their kernel. */
  readonly internal: ReadonlySet<number>;
}

/** Reductions over at most this many elements are loops inside their consumer (see isCoreOp). */
export const SMALL_REDUCTION = 16;

/** A reduction over few elements (a softmax's row of classes). */
const isSmallReduction = (e: Eqn): boolean => isReduce(e) && extentOf(e) <= SMALL_REDUCTION;
/**
 * A matmul or reduction: the heart of a kernel, with elementwise work as its epilogue. A small
 * reduction is not: like an elementwise op, it is computed (as a short loop) inside whichever
 * kernel reads it, at each index read — the max, the sum of exponentials and the label's logit
 * of a softmax cross-entropy cost a few loads per element, not a dispatch and a round trip each.
 */
const isCoreOp = (e: Eqn) => isCore(OPS[e.op].class) && !isSmallReduction(e);
/** An elementwise map: computed at the index its consumer reads it at. */
const isMap = (e: Eqn) => OPS[e.op].class === 'map';
/**
 * A view of its whole input at another index (its index map: broadcast or reshape): storing the
 * input instead is never larger, and it is read at the same trailing coordinates or linear index.
 */
const isWholeView = (e: Eqn) => {
  const kind = indexMap(e)?.kind;
  return kind === 'broadcast' || kind === 'linear';
};
/** Computed inside its consumer and, when cheap, recomputed in several (see recomputable). */
const isInlinable = (e: Eqn) => isMap(e) || isSmallReduction(e);

export function fuse(p: Program, maxBuffersPerKernel: number): Fused {
  const forced = new Set<number>();
  const duplicable = new Set<number>();
  const eqnOf = new Map(p.eqns.map((e) => [e.out.id, e]));
  const escaping = new Set([...p.outputs, ...p.updates].map((o) => o.var.id));
  const matmulOperands = new Set(p.eqns.filter((e) => OPS[e.op].class === 'matmul').flatMap((e) => e.inputs.map((v) => v.id)));
  for (let round = 0; ; round++) {
    const fused = partition(p, eqnOf, forced, duplicable, escaping);
    const over = fused.groups.find((g) => groupInputs(g, eqnOf, fused.materialized).length + 1 > maxBuffersPerKernel);
    if (over) {
      // Materialize an inlined input of the root and try again; each round shrinks the group.
      // The smallest first: a per-column vector costs a few hundred stores, a full tensor a
      // write and a re-read of every element (and often a dispatch of its own).
      const inlinedInputs = over.root.inputs.map((v) => throughRemaps(v.id, over, eqnOf)).filter((id) => over.members.has(id) && !forced.has(id));
      if (inlinedInputs.length === 0) {
        throw new Error(`kernel for ${over.root.op} needs more than ${maxBuffersPerKernel} storage buffers`);
      }
      const size = (id: number) => numel(eqnOf.get(id)!.out.type.shape);
      forced.add(inlinedInputs.reduce((a, b) => (size(b) < size(a) ? b : a)));
      continue;
    }
    // Small elementwise kernels read by several others are recomputed where they are read.
    const fresh = round < 4 ? fused.groups.filter((g) => recomputable(g, eqnOf, escaping, forced, matmulOperands) && !duplicable.has(g.root.out.id)) : [];
    if (fresh.length === 0) {
      const { kernels, internal } = schedule(fused, eqnOf, maxBuffersPerKernel, escaping);
      const materialized = new Set([...fused.materialized].filter((id) => !internal.has(id)));
      return { ...fused, materialized, kernels, internal };
    }
    for (const g of fresh) for (const id of g.members) duplicable.add(id);
  }
}

/**
 * The value to store in place of inlined value id: a broadcast or reshape is stored as its
 * (smaller) source, read through the remap where it was inlined — batch norm's per-column term
 * is written once per column, not once per element of the batch.
 */
function throughRemaps(id: number, g: KernelGroup, eqnOf: ReadonlyMap<number, Eqn>): number {
  let e = eqnOf.get(id);
  while (e && isWholeView(e) && g.members.has(e.out.id) && g.members.has(e.inputs[0]!.id)) {
    id = e.inputs[0]!.id;
    e = eqnOf.get(id);
  }
  return id;
}

/** Full-size ops a recomputed group may hold (smaller, broadcast ones are per-row or per-column). */
const MAX_RECOMPUTED_OPS = 3;
/** And ops in all. */
const MAX_RECOMPUTED_MEMBERS = 16;

function recomputable(
  g: KernelGroup,
  eqnOf: ReadonlyMap<number, Eqn>,
  escaping: ReadonlySet<number>,
  forced: ReadonlySet<number>,
  matmulOperands: ReadonlySet<number>,
): boolean {
  if (g.core || g.members.size > MAX_RECOMPUTED_MEMBERS) return false;
  if (escaping.has(g.root.out.id) || forced.has(g.root.out.id)) return false;
  const size = numel(g.root.out.type.shape);
  let fullSize = 0;
  for (const id of g.members) {
    const e = eqnOf.get(id)!;
    const cls = OPS[e.op].class;
    // A remap (broadcast, reshape, slice) only moves the index a value is read at: no ALU op.
    if (cls === 'remap') continue;
    if (!isInlinable(e) && cls !== 'gather') return false;
    if (numel(e.out.type.shape) === size) fullSize++;
  }
  return fullSize <= MAX_RECOMPUTED_OPS && !matmulOperands.has(g.root.out.id);
}

/** Distinct buffers a group reads, plus the one it writes. */
export function groupInputs(g: KernelGroup, eqnOf: ReadonlyMap<number, Eqn>, materialized: ReadonlySet<number>): number[] {
  const seen = new Set<number>();
  const expanded = new Set<number>(); // a shared subexpression is walked once, not once per path
  const order: number[] = [];
  const visit = (id: number) => {
    if (g.members.has(id)) {
      if (expanded.has(id)) return;
      expanded.add(id);
      for (const v of eqnOf.get(id)!.inputs) visit(v.id);
    } else if (materialized.has(id) && !seen.has(id)) {
      seen.add(id);
      order.push(id);
    }
  };
  visit(g.root.out.id);
  return order;
}

/**
 * Loop steps one invocation of a kernel may run. Mesa's llvmpipe stops any loop after 65535
 * iterations, counted across the loops of an invocation: a kernel of longer serial loops would
 * silently compute a partial sum (and skip the loops after it). Fusion never builds one; a single
 * reduction longer than that is the emitter's to split.
 */
export const LOOP_BUDGET = 65535;

/**
 * How deep one kernel's expression may nest: a longer chain of elementwise ops (1,000 `+ 1` in a
 * repeat) is stored every MAX_DEPTH ops, so neither code generation's recursion nor the shader
 * compiler meets an unbounded expression.
 */
export const MAX_DEPTH = 128;

/** The reduced extent of a reduction: the product of its input's reduced dimensions. */
export function extentOf(e: Eqn<ReduceKind>): number {
  const shape = e.inputs[0]!.type.shape;
  return normalizeAxes(e.params.axes, shape.length).reduce((p, a) => p * shape[a]!, 1);
}

/**
 * An upper estimate of the loop steps of a group's invocation (with `extra` joined): its core
 * reduction's extent times one plus the extents of the small reductions inlined, each computed
 * once per step of the core's loop (values invariant in an inner loop are hoisted out of it).
 */
function loopBound(g: KernelGroup, extra?: Eqn): number {
  const core = g.core ?? (extra && isCoreOp(extra) ? extra : null);
  const coreSteps = core && isReduce(core) ? extentOf(core) : 1;
  let inner = innerSteps.get(g) ?? 0;
  if (extra && extra !== core && isReduce(extra)) inner += extentOf(extra);
  return coreSteps * (1 + inner);
}

/** Per group, the extents of the small reductions inlined into it (kept as members join). */
const innerSteps = new WeakMap<KernelGroup, number>();

function partition(p: Program, eqnOf: ReadonlyMap<number, Eqn>, forced: ReadonlySet<number>, duplicable: ReadonlySet<number>, escaping: ReadonlySet<number>): Fused {
  const users = new Map<number, Eqn[]>();
  for (const e of p.eqns) for (const v of e.inputs) (users.get(v.id) ?? users.set(v.id, []).get(v.id)!).push(e);

  const materialized = new Set<number>([...p.inputs, ...p.state].map((n) => n.var.id));
  /** The kernels computing each value: one, or several for a recomputed value. */
  const groupsOf = new Map<number, KernelGroup[]>();
  const groups: KernelGroup[] = [];
  /** Depth of each inlined value in its kernel's expression tree (roots 0). */
  const depth = new Map<number, number>();
  const join = (g: KernelGroup, v: number, isAligned: boolean) => {
    const e = eqnOf.get(v)!;
    if (isReduce(e) && g.core !== e) innerSteps.set(g, (innerSteps.get(g) ?? 0) + extentOf(e));
    if (isAligned) g.aligned.add(v);
    g.members.add(v);
    groupsOf.set(v, [...(groupsOf.get(v) ?? []), g]);
  };

  for (let i = p.eqns.length - 1; i >= 0; i--) {
    const e = p.eqns[i]!;
    const v = e.out;
    const mustStore = escaping.has(v.id) || forced.has(v.id);
    if (e.op === 'const' && !mustStore) continue; // inlined as a literal wherever it is read
    // v may live inside a kernel only if every user is in that same kernel (then it is computed
    // there, once per index it is read at); a matmul operand is always stored.
    const userEqns = [...new Set(users.get(v.id) ?? [])];
    const userGroups = new Set(userEqns.flatMap((u) => groupsOf.get(u.out.id) ?? []));
    const alignedIn = (g: KernelGroup) =>
      userEqns.every((u) => !groupsOf.get(u.out.id)!.includes(g) || (g.aligned.has(u.out.id) && isMap(u) && shapeEq(v.type.shape, u.out.type.shape)));
    let joined = false;
    // How deep v would sit in its kernel's expression (the root is 0).
    const d = 1 + Math.max(0, ...userEqns.map((u) => depth.get(u.out.id) ?? 0));
    if (!mustStore && d <= MAX_DEPTH && userEqns.length && userEqns.every((u) => OPS[u.op].class !== 'matmul')) {
      if (userGroups.size === 1) {
        const g = [...userGroups][0]!;
        const allAligned = alignedIn(g);
        if (isCoreOp(e)) {
          // A core feeds the epilogue at the kernel's own index; one core per kernel.
          joined = !g.core && allAligned && loopBound(g, e) <= LOOP_BUDGET;
          if (joined) g.core = e;
        } else {
          joined = loopBound(g, e) <= LOOP_BUDGET;
        }
        if (joined) {
          depth.set(v.id, d);
          join(g, v.id, allAligned);
        }
      } else if (duplicable.has(v.id) && !isCoreOp(e) && [...userGroups].every((g) => loopBound(g, e) <= LOOP_BUDGET)) {
        joined = true;
        depth.set(v.id, d);
        for (const g of userGroups) join(g, v.id, alignedIn(g));
      }
    }
    if (!joined) {
      const ng: KernelGroup = { root: e, members: new Set([v.id]), core: isCoreOp(e) ? e : null, aligned: new Set([v.id]) };
      groups.push(ng);
      groupsOf.set(v.id, [ng]);
      materialized.add(v.id);
    }
  }
  groups.reverse();
  return { program: p, groups, kernels: groups.map((g) => [g]), materialized, internal: new Set() };
}

/** How far ahead of the next group in order the scheduler looks for one to join the last kernel. */
const LOOKAHEAD = 24;
/** Rows a row loop (see canJoin) may run per invocation: its work is serial in the invocation. */
export const MAX_ROW_LOOP = 4096;

/**
 * Scheduling and horizontal fusion. Groups are placed in dependency order; before a group starts
 * a kernel of its own, the scheduler looks ahead for a ready group that can join the last kernel
 * (see canJoin), so work that reads the same data at the same index shares a dispatch even when
 * other groups lie between them in program order (a layer's bias, γ and β updates beside its
 * batch-norm backward sums). A group is not moved ahead of a group reading the old value of the
 * state it updates (its update could then not be written in place).
 */
function schedule(f: Omit<Fused, 'kernels' | 'internal'>, eqnOf: ReadonlyMap<number, Eqn>, maxBuffers: number, escaping: ReadonlySet<number>): { kernels: KernelGroup[][]; internal: Set<number> } {
  const p = f.program;
  const inputsOf = new Map(f.groups.map((g) => [g, groupInputs(g, eqnOf, f.materialized)] as const));
  const producer = new Map(f.groups.map((g) => [g.root.out.id, g] as const));
  const readers = new Map<number, KernelGroup[]>();
  for (const g of f.groups) for (const id of inputsOf.get(g)!) (readers.get(id) ?? readers.set(id, []).get(id)!).push(g);
  const stateVarOf = new Map(p.state.map((s) => [s.name, s.var]));
  /** The old state value of each update root (root id → the state's var). */
  const oldOf = new Map<number, Var>();
  const updateCount = new Map<number, number>();
  for (const o of [...p.outputs, ...p.updates]) updateCount.set(o.var.id, (updateCount.get(o.var.id) ?? 0) + 1);
  for (const u of p.updates) {
    const old = stateVarOf.get(u.name);
    if (old && old.id !== u.var.id && updateCount.get(u.var.id) === 1) oldOf.set(u.var.id, old);
  }
  const placed = new Set<KernelGroup>();
  const ctx: JoinContext = { eqnOf, inputsOf, readers, oldOf, escaping, placed, maxBuffers };
  const rest = [...f.groups];
  const kernels: KernelGroup[][] = [];
  const ready = (g: KernelGroup) => inputsOf.get(g)!.every((id) => !producer.has(id) || placed.has(producer.get(id)!));
  const hoistable = (g: KernelGroup, skipped: readonly KernelGroup[]) => {
    const old = oldOf.get(g.root.out.id);
    return !old || skipped.every((x) => !inputsOf.get(x)!.includes(old.id));
  };
  while (rest.length) {
    const last = kernels[kernels.length - 1];
    let pick = -1;
    for (let i = 0; last && pick < 0 && i < Math.min(rest.length, LOOKAHEAD); i++) {
      const g = rest[i]!;
      if ((i === 0 || (ready(g) && hoistable(g, rest.slice(0, i)))) && canJoin(last, g, ctx)) pick = i;
    }
    const g = rest.splice(Math.max(pick, 0), 1)[0]!;
    if (pick >= 0) last!.push(g);
    else kernels.push([g]);
    placed.add(g);
  }
  // Roots every reader of which shares their kernel live in registers only.
  const internal = new Set<number>();
  for (const k of kernels) for (const g of k) if (isInternal(g.root.out.id, k, ctx)) internal.add(g.root.out.id);
  return { kernels, internal };
}

interface JoinContext {
  readonly eqnOf: ReadonlyMap<number, Eqn>;
  readonly inputsOf: ReadonlyMap<KernelGroup, readonly number[]>;
  readonly readers: ReadonlyMap<number, readonly KernelGroup[]>;
  readonly oldOf: ReadonlyMap<number, Var>;
  readonly escaping: ReadonlySet<number>;
  readonly placed: ReadonlySet<KernelGroup>;
  readonly maxBuffers: number;
}

/** A root neither escaping nor read outside kernel k: computed in a register, never stored. */
function isInternal(id: number, k: readonly KernelGroup[], c: JoinContext): boolean {
  return !c.escaping.has(id) && (c.readers.get(id) ?? []).every((r) => k.includes(r));
}

/**
 * Whether group g may join kernel k (its groups share one dispatch; the kernel's index space is
 * the shape of its first group). Two ways:
 *   - g has the kernel's shape and reads the kernel's results only at its own index (the
 *     invocation computing them has them in a register);
 *   - g is elementwise over [rows…, ...shape] and reads the kernel's results only through a
 *     broadcast over the rows: each invocation then loops over the rows of its own column after
 *     computing the column's results (batch norm's statistics and the normalization that uses
 *     them, its backward sums and the gradient that uses them).
 * The bindings (roots read only inside the kernel are not stored) and the loop budget must fit,
 * and updates written in place stay safe: every read of the old state in the kernel is at the
 * invocation's own index (all stores of column results come after all loads).
 */
function canJoin(k: readonly KernelGroup[], g: KernelGroup, c: JoinContext): boolean {
  const isMatmul = (x: KernelGroup) => x.core?.op === 'matmul';
  if (isMatmul(g) || isMatmul(k[0]!)) return false;
  const shape = k[0]!.root.out.type.shape;
  const gShape = g.root.out.type.shape;
  const roots = new Set(k.map((x) => x.root.out.id));
  if (shapeEq(shape, gShape)) {
    if (!readsOnlyAtOwnIndex(g, roots, c.eqnOf)) return false;
  } else {
    const rows = rowsOf(gShape, shape);
    if (rows === 0 || g.core || rows > MAX_ROW_LOOP || !readsAtOwnColumn(g, roots, shape, c.eqnOf)) return false;
  }
  const candidate = [...k, g];
  // A row loop's steps count once per row.
  const steps = candidate.reduce((a, x) => a + loopBound(x) * Math.max(1, rowsOf(x.root.out.type.shape, shape)), 0);
  return steps <= LOOP_BUDGET && bindingsFit(candidate, shape, c);
}

/**
 * Whether the buffers kernel `k` binds fit the limit: roots read outside the kernel, every input
 * but the roots read only inside it, and one buffer per update — its state's when written in
 * place (the old state is read only at the invocation's own index inside the kernel, by groups
 * of the kernel's shape, and by no group placed after the kernel; planBuffers decides the same).
 */
function bindingsFit(k: readonly KernelGroup[], shape: Shape, c: JoinContext): boolean {
  const buffers = new Set<number>();
  const roots = new Set(k.map((x) => x.root.out.id));
  for (const g of k) {
    const id = g.root.out.id;
    const old = c.oldOf.get(id);
    const inPlace = old !== undefined && shapeEq(g.root.out.type.shape, shape)
      && (c.readers.get(old.id) ?? []).every((r) => (k.includes(r) ? readsOnlyElementwise(r, old, c.eqnOf) : c.placed.has(r)));
    if (inPlace) buffers.add(old.id);
    else if (!isInternal(id, k, c)) buffers.add(id);
    for (const x of c.inputsOf.get(g)!) if (!roots.has(x) || !isInternal(x, k, c)) buffers.add(x);
  }
  return buffers.size <= c.maxBuffers;
}

/** The number of rows of a group of shape `s` looping inside a kernel over `shape` (0 if it is not [rows…, ...shape]). */
function rowsOf(s: Shape, shape: Shape): number {
  if (s.length <= shape.length || !shapeEq(s.slice(s.length - shape.length), shape)) return 0;
  const n = numel(s.slice(0, s.length - shape.length));
  return n > 1 ? n : 0;
}

/**
 * Whether row group g reads the kernel's results `roots` only at its own column: from members
 * computed at g's own index (elementwise ops of g's shape), or from per-column members (of the
 * kernel's shape, elementwise, read only by such members: batch norm's 1/σ), which are computed
 * at the invocation's own column; a root of g's shape (an earlier row loop's) only at g's own
 * index. And at least one such read of a root of the kernel's shape, the reason to share it.
 */
function readsAtOwnColumn(g: KernelGroup, roots: ReadonlySet<number>, shape: Shape, eqnOf: ReadonlyMap<number, Eqn>): boolean {
  const gShape = g.root.out.type.shape;
  const atOwn = new Set([...g.members].filter((id) => {
    const e = eqnOf.get(id)!;
    return g.aligned.has(id) && (isMap(e) || indexMap(e)?.kind === 'broadcast') && shapeEq(e.out.type.shape, gShape);
  }));
  /** A shape of one column's values: the kernel's, after axes of size 1. */
  const columnLike = (s: Shape) => s.length >= shape.length && shapeEq(s.slice(s.length - shape.length), shape) && numel(s) === numel(shape);
  const perColumn = feedersOf(g, atOwn, (e) => columnLike(e.out.type.shape) && (isMap(e) || (indexMap(e)?.kind === 'linear' && columnLike(e.inputs[0]!.type.shape))), eqnOf);
  let any = false;
  for (const id of g.members) {
    const read = eqnOf.get(id)!.inputs.filter((v) => roots.has(v.id));
    if (read.length === 0) continue;
    const ok = atOwn.has(id) ? read.every((v) => shapeEq(v.type.shape, shape) || shapeEq(v.type.shape, gShape)) : perColumn.has(id) && read.every((v) => shapeEq(v.type.shape, shape));
    if (!ok) return false;
    if (read.some((v) => shapeEq(v.type.shape, shape))) any = true;
  }
  return any;
}

/**
 * Whether group g reads v only at its own index, so that writing the group's result over v in
 * place is unobservable: from elementwise members at the group's index (v of the group's shape,
 * or of its trailing shape in a row loop, read at the invocation's own column), or, in a
 * reduction over leading axes of the group's shape, inside the reduction's loop at the
 * invocation's own column. Shared by fusion and the buffer planner.
 */
export function readsOnlyElementwise(g: KernelGroup, v: Var, eqnOf: ReadonlyMap<number, Eqn>): boolean {
  if (g.core?.inputs.some((x) => x.id === v.id)) return false;
  const rootShape = g.root.out.type.shape;
  const vs = v.type.shape;
  const suffix = vs.length <= rootShape.length && shapeEq(rootShape.slice(rootShape.length - vs.length), vs);
  const column = shapeEq(vs, rootShape) ? new Set([...reductionCone(g, eqnOf)]) : new Set<number>();
  for (const id of columnFeeders(g, column, eqnOf)) column.add(id);
  for (const id of g.members) {
    const e = eqnOf.get(id)!;
    if (!e.inputs.some((x) => x.id === v.id)) continue;
    if (column.has(id) && isMap(e)) continue;
    if (!g.aligned.has(id) || !isMap(e) || !suffix || !shapeEq(e.out.type.shape, rootShape)) return false;
  }
  return true;
}

/**
 * Whether group g reads the values `roots` (of its kernel's output shape) only at the kernel's
 * own index: from an elementwise member computed at that index, or from an elementwise member
 * of the input of g's core when the core is a reduction over leading axes (its input's trailing
 * axes are then the output's, and broadcasting lines a root up with them).
 */
function readsOnlyAtOwnIndex(g: KernelGroup, roots: ReadonlySet<number>, eqnOf: ReadonlyMap<number, Eqn>): boolean {
  const outShape = g.root.out.type.shape;
  const cone = reductionCone(g, eqnOf);
  const feeders = columnFeeders(g, cone, eqnOf);
  for (const id of g.members) {
    const e = eqnOf.get(id)!;
    if (!e.inputs.some((v) => roots.has(v.id))) continue;
    if (feeders.has(id)) continue;
    // A reduction over leading axes reads its input at the invocation's own column (a row
    // loop's result, summed over the rows of the column).
    if (e === g.core && isLeadingReduction(g)) continue;
    if (!isMap(e)) return false;
    const atOwn = g.aligned.has(id) && shapeEq(e.out.type.shape, outShape);
    if (!atOwn && !cone.has(id)) return false;
  }
  return true;
}

/** Whether g's core is a reduction over leading axes keeping no dimensions, at g's own index. */
function isLeadingReduction(g: KernelGroup): boolean {
  const core = g.core;
  if (!core || !isReduce(core) || !g.aligned.has(core.out.id)) return false;
  const { axes, keepdims } = core.params;
  const rank = core.inputs[0]!.type.shape.length;
  const norm = [...new Set(axes.map((a) => (a < 0 ? a + rank : a)))].sort((a, b) => a - b);
  return !keepdims && norm.every((a, k) => a === k);
}

/**
 * Members of g that feed only its reduction cone (or each other) and are read there at indices
 * whose trailing axes are the kernel's own index: elementwise ops, broadcasts and reshapes of a
 * shape ending in the output's (batch norm's per-column terms broadcast over the batch). A value
 * of the output's shape read through them is read at the kernel's own index.
 */
function columnFeeders(g: KernelGroup, cone: ReadonlySet<number>, eqnOf: ReadonlyMap<number, Eqn>): Set<number> {
  const ok = new Set<number>();
  if (cone.size === 0) return ok;
  const outShape = g.root.out.type.shape;
  const endsWithOut = (s: readonly number[]) => s.length >= outShape.length && shapeEq(s.slice(s.length - outShape.length), outShape);
  const fits = (e: Eqn) =>
    endsWithOut(e.out.type.shape) && (isMap(e) || (isWholeView(e) && endsWithOut(e.inputs[0]!.type.shape)));
  return feedersOf(g, cone, fits, eqnOf);
}

/**
 * The members of g (outside `seed`) that `fits` and whose users inside g are all in `seed` or
 * in the result: the values that only feed the seed, grown to a fixed point.
 */
function feedersOf(g: KernelGroup, seed: ReadonlySet<number>, fits: (e: Eqn) => boolean, eqnOf: ReadonlyMap<number, Eqn>): Set<number> {
  const users = new Map<number, Eqn[]>();
  for (const id of g.members) for (const v of eqnOf.get(id)!.inputs) (users.get(v.id) ?? users.set(v.id, []).get(v.id)!).push(eqnOf.get(id)!);
  const ok = new Set<number>();
  for (let grew = true; grew; ) {
    grew = false;
    for (const id of g.members) {
      if (ok.has(id) || seed.has(id) || !fits(eqnOf.get(id)!)) continue;
      const us = users.get(id) ?? [];
      if (us.length && us.every((u) => seed.has(u.out.id) || ok.has(u.out.id))) {
        ok.add(id);
        grew = true;
      }
    }
  }
  return ok;
}

/**
 * The members of g computed inside its reduction's loop at the loop's index (elementwise ops of
 * the reduced input's shape, up from the reduced input), when the reduction keeps no dimensions
 * and sums over leading axes; empty otherwise.
 */
function reductionCone(g: KernelGroup, eqnOf: ReadonlyMap<number, Eqn>): Set<number> {
  const cone = new Set<number>();
  const core = g.core;
  if (!core || !isLeadingReduction(g)) return cone;
  const inShape = core.inputs[0]!.type.shape;
  const visit = (id: number) => {
    const e = eqnOf.get(id);
    if (!e || !g.members.has(id) || cone.has(id) || !isMap(e) || !shapeEq(e.out.type.shape, inShape)) return;
    cone.add(id);
    for (const v of e.inputs) visit(v.id);
  };
  visit(core.inputs[0]!.id);
  return cone;
}
