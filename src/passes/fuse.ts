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
//     result, as long as it reads it at its own index (mergeSiblings).
//   - a matmul's operands are always materialized (inlining would recompute them per column);
//   - a kernel never binds more storage buffers than the device allows.
import type { Eqn, Program } from '../ir/program.js';
import { isCore, OPS } from '../ir/ops/index.js';
import { numel, shapeEq, type Var } from '../ir/types.js';

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
  /** Values that live in buffers: program inputs, state reads and group roots. */
  readonly materialized: ReadonlySet<number>;
}

/** Reductions over at most this many elements are loops inside their consumer (see isCoreOp). */
export const SMALL_REDUCTION = 16;

/** A reduction over few elements (a softmax's row of classes). */
const isSmallReduction = (e: Eqn): boolean => OPS[e.op].class === 'reduce' && extentOf(e) <= SMALL_REDUCTION;
/**
 * A matmul or reduction: the heart of a kernel, with elementwise work as its epilogue. A small
 * reduction is not: like an elementwise op, it is computed (as a short loop) inside whichever
 * kernel reads it, at each index read — the max, the sum of exponentials and the label's logit
 * of a softmax cross-entropy cost a few loads per element, not a dispatch and a round trip each.
 */
const isCoreOp = (e: Eqn) => isCore(OPS[e.op].class) && !isSmallReduction(e);
/** An elementwise map: computed at the index its consumer reads it at. */
const isMap = (e: Eqn) => OPS[e.op].class === 'map';
/** Computed inside its consumer and, when cheap, recomputed in several (see recomputable). */
const isInlinable = (e: Eqn) => isMap(e) || isSmallReduction(e);

export function fuse(p: Program, maxBuffersPerKernel: number): Fused {
  const forced = new Set<number>();
  const duplicable = new Set<number>();
  const eqnOf = new Map(p.eqns.map((e) => [e.out.id, e]));
  const escaping = new Set([...p.outputs, ...p.updates].map((o) => o.var.id));
  const matmulOperands = new Set(p.eqns.filter((e) => OPS[e.op].class === 'matmul').flatMap((e) => e.inputs.map((v) => v.id)));
  for (let round = 0; ; round++) {
    const fused = partition(p, forced, duplicable, escaping);
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
    if (fresh.length === 0) return { ...fused, kernels: mergeSiblings(fused, eqnOf, maxBuffersPerKernel) };
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
  while (e && OPS[e.op].class === 'remap' && e.op !== 'slice' && g.members.has(e.out.id) && g.members.has(e.inputs[0]!.id)) {
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

/** The reduced extent of a reduction. */
function extentOf(e: Eqn): number {
  const shape = e.inputs[0]!.type.shape;
  const { axes } = e.params as { axes: readonly number[] };
  return [...new Set(axes.map((a) => (a < 0 ? a + shape.length : a)))].reduce((p, a) => p * shape[a]!, 1);
}

/**
 * An upper estimate of the loop steps of a group's invocation (with `extra` joined): its core
 * reduction's extent times one plus the extents of the small reductions inlined, each computed
 * once per step of the core's loop (values invariant in an inner loop are hoisted out of it).
 */
function loopBound(g: KernelGroup, _eqnOf: ReadonlyMap<number, Eqn>, extra?: Eqn): number {
  const core = g.core ?? (extra && isCoreOp(extra) ? extra : null);
  const coreSteps = core && OPS[core.op].class === 'reduce' ? extentOf(core) : 1;
  let inner = innerSteps.get(g) ?? 0;
  if (extra && extra !== core && OPS[extra.op].class === 'reduce') inner += extentOf(extra);
  return coreSteps * (1 + inner);
}

/** Per group, the extents of the small reductions inlined into it (kept as members join). */
const innerSteps = new WeakMap<KernelGroup, number>();

function partition(p: Program, forced: ReadonlySet<number>, duplicable: ReadonlySet<number>, escaping: ReadonlySet<number>): Fused {
  const eqnOf = new Map(p.eqns.map((e) => [e.out.id, e]));
  const users = new Map<number, Eqn[]>();
  for (const e of p.eqns) for (const v of e.inputs) (users.get(v.id) ?? users.set(v.id, []).get(v.id)!).push(e);

  const materialized = new Set<number>([...p.inputs, ...p.state].map((n) => n.var.id));
  /** The kernels computing each value: one, or several for a recomputed value. */
  const groupsOf = new Map<number, KernelGroup[]>();
  /** Whether a value is computed at its kernel's output index (false when recomputed in several). */
  const aligned = new Map<number, boolean>();
  const groups: KernelGroup[] = [];
  /** Depth of each inlined value in its kernel's expression tree (roots 0). */
  const depth = new Map<number, number>();
  const join = (g: KernelGroup, v: number, isAligned: boolean) => {
    const e = eqnOf.get(v)!;
    if (OPS[e.op].class === 'reduce' && g.core !== e) innerSteps.set(g, (innerSteps.get(g) ?? 0) + extentOf(e));
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
      userEqns.every((u) => !groupsOf.get(u.out.id)!.includes(g) || (aligned.get(u.out.id) === true && isMap(u) && shapeEq(v.type.shape, u.out.type.shape)));
    let joined = false;
    // How deep v would sit in its kernel's expression (the root is 0).
    const d = 1 + Math.max(0, ...userEqns.map((u) => depth.get(u.out.id) ?? 0));
    if (!mustStore && d <= MAX_DEPTH && userEqns.length && userEqns.every((u) => OPS[u.op].class !== 'matmul')) {
      if (userGroups.size === 1) {
        const g = [...userGroups][0]!;
        const allAligned = alignedIn(g);
        if (isCoreOp(e)) {
          // A core feeds the epilogue at the kernel's own index; one core per kernel.
          joined = !g.core && allAligned && loopBound(g, eqnOf, e) <= LOOP_BUDGET;
          if (joined) g.core = e;
        } else {
          joined = loopBound(g, eqnOf, e) <= LOOP_BUDGET;
        }
        if (joined) {
          aligned.set(v.id, allAligned);
          depth.set(v.id, d);
          join(g, v.id, allAligned);
        }
      } else if (duplicable.has(v.id) && !isCoreOp(e) && [...userGroups].every((g) => loopBound(g, eqnOf, e) <= LOOP_BUDGET)) {
        joined = true;
        aligned.set(v.id, false);
        depth.set(v.id, d);
        for (const g of userGroups) join(g, v.id, alignedIn(g));
      }
    }
    if (!joined) {
      const ng: KernelGroup = { root: e, members: new Set([v.id]), core: isCoreOp(e) ? e : null, aligned: new Set([v.id]) };
      groups.push(ng);
      groupsOf.set(v.id, [ng]);
      aligned.set(v.id, true);
      materialized.add(v.id);
    }
  }
  groups.reverse();
  return { program: p, groups, kernels: groups.map((g) => [g]), materialized };
}

/**
 * Horizontal fusion: a group joins the kernel before it when both compute the same output shape
 * without a matmul and the bindings still fit — the scalar bookkeeping of a step, a layer's γ
 * and β gradients, or a bias update beside another. It may read what that kernel's groups
 * compute, provided it reads each such value only at the kernel's own index (the invocation
 * computing it has it in a register): batch norm's mean, variance and both moving-statistic
 * updates become one kernel, the variance's reduction reading the mean of its own column.
 */
function mergeSiblings(f: Fused, eqnOf: ReadonlyMap<number, Eqn>, maxBuffers: number): KernelGroup[][] {
  const kernels: KernelGroup[][] = [];
  const isMatmul = (g: KernelGroup) => g.core?.op === 'matmul';
  const inPlace = inPlaceUpdates(f, eqnOf);
  /** The buffer a group's result goes to: its state's, for an update written in place. */
  const outOf = (x: KernelGroup) => inPlace.get(x.root.out.id) ?? x.root.out.id;
  for (const g of f.groups) {
    const last = kernels[kernels.length - 1];
    const inputs = groupInputs(g, eqnOf, f.materialized);
    if (last && !isMatmul(g) && !isMatmul(last[0]!) && shapeEq(last[0]!.root.out.type.shape, g.root.out.type.shape)) {
      const roots = new Set(last.map((x) => x.root.out.id));
      const buffers = new Set([...last.flatMap((x) => [outOf(x), ...groupInputs(x, eqnOf, f.materialized)]), outOf(g), ...inputs]);
      const steps = [...last, g].reduce((a, x) => a + loopBound(x, eqnOf), 0);
      if (readsOnlyAtOwnIndex(g, roots, eqnOf) && buffers.size <= maxBuffers && steps <= LOOP_BUDGET) {
        last.push(g);
        continue;
      }
    }
    kernels.push([g]);
  }
  return kernels;
}

/**
 * The state updates certain to be written straight into their state's buffer whichever kernel
 * computes them (root id → the state's id), so that a kernel binds one buffer for both: the
 * update is a group's root, neither an output nor another update, no later group reads the old
 * state, and every group that might share its kernel (the run of groups of its shape before
 * it) reads it elementwise at its own index: planBuffers' inPlaceSafe then holds however
 * mergeSiblings groups them.
 */
function inPlaceUpdates(f: Fused, eqnOf: ReadonlyMap<number, Eqn>): Map<number, number> {
  const p = f.program;
  const result = new Map<number, number>();
  const stateVarOf = new Map(p.state.map((s) => [s.name, s.var]));
  const count = new Map<number, number>();
  for (const o of [...p.outputs, ...p.updates]) count.set(o.var.id, (count.get(o.var.id) ?? 0) + 1);
  const at = new Map(f.groups.map((g, k) => [g.root.out.id, k]));
  for (const u of p.updates) {
    const old = stateVarOf.get(u.name);
    const k = at.get(u.var.id);
    if (!old || old.id === u.var.id || k === undefined || count.get(u.var.id) !== 1) continue;
    // The groups that may share the update's kernel: the run of its shape, without a matmul.
    const shape = f.groups[k]!.root.out.type.shape;
    let first = k;
    while (first > 0 && f.groups[first - 1]!.core?.op !== 'matmul' && shapeEq(f.groups[first - 1]!.root.out.type.shape, shape)) first--;
    const safe = f.groups.every((g, j) => {
      if (j < first || !groupInputs(g, eqnOf, f.materialized).includes(old.id)) return true;
      return j <= k && readsOnlyElementwise(g, old, eqnOf);
    });
    if (safe) result.set(u.var.id, old.id);
  }
  return result;
}

/**
 * Whether group g reads v only in elementwise maps at its own index (so writing the group's result
 * over v in place is unobservable); shared by fusion and the buffer planner.
 */
export function readsOnlyElementwise(g: KernelGroup, v: Var, eqnOf: ReadonlyMap<number, Eqn>): boolean {
  if (g.core?.inputs.some((x) => x.id === v.id)) return false;
  const rootShape = g.root.out.type.shape;
  for (const id of g.members) {
    const e = eqnOf.get(id)!;
    if (!e.inputs.some((x) => x.id === v.id)) continue;
    if (!g.aligned.has(id) || !isMap(e) || !shapeEq(v.type.shape, rootShape) || !shapeEq(e.out.type.shape, rootShape)) return false;
  }
  return true;
}

/**
 * Whether group g reads the values `roots` (of its kernel's output shape) only at the kernel's
 * own index: from an elementwise member computed at that index, or from an elementwise member
 * of the input of g's core when the core is a reduction over leading axes (its input's trailing
 * axes are then the output's, and broadcasting lines a root up with them).
 */
export function readsOnlyAtOwnIndex(g: KernelGroup, roots: ReadonlySet<number>, eqnOf: ReadonlyMap<number, Eqn>): boolean {
  const outShape = g.root.out.type.shape;
  const cone = reductionCone(g, eqnOf);
  const feeders = columnFeeders(g, cone, eqnOf);
  for (const id of g.members) {
    const e = eqnOf.get(id)!;
    if (!e.inputs.some((v) => roots.has(v.id))) continue;
    if (feeders.has(id)) continue;
    if (!isMap(e)) return false;
    const atOwn = g.aligned.has(id) && shapeEq(e.out.type.shape, outShape);
    if (!atOwn && !cone.has(id)) return false;
  }
  return true;
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
  const users = new Map<number, Eqn[]>();
  for (const id of g.members) for (const v of eqnOf.get(id)!.inputs) (users.get(v.id) ?? users.set(v.id, []).get(v.id)!).push(eqnOf.get(id)!);
  const fits = (e: Eqn) =>
    endsWithOut(e.out.type.shape) && (isMap(e) || ((e.op === 'broadcast_to' || e.op === 'reshape') && endsWithOut(e.inputs[0]!.type.shape)));
  let grew = true;
  while (grew) {
    grew = false;
    for (const id of g.members) {
      const e = eqnOf.get(id)!;
      if (ok.has(id) || cone.has(id) || !fits(e)) continue;
      const us = users.get(id) ?? [];
      if (us.length && us.every((u) => cone.has(u.out.id) || ok.has(u.out.id))) {
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
  if (!core || OPS[core.op].class !== 'reduce' || !g.aligned.has(core.out.id)) return cone;
  const { axes, keepdims } = core.params as { axes: readonly number[]; keepdims: boolean };
  const inShape = core.inputs[0]!.type.shape;
  const norm = [...new Set(axes.map((a) => (a < 0 ? a + inShape.length : a)))].sort((a, b) => a - b);
  if (keepdims || norm.some((a, k) => a !== k)) return cone;
  const visit = (id: number) => {
    const e = eqnOf.get(id);
    if (!e || !g.members.has(id) || cone.has(id) || !isMap(e) || !shapeEq(e.out.type.shape, inShape)) return;
    cone.add(id);
    for (const v of e.inputs) visit(v.id);
  };
  visit(core.inputs[0]!.id);
  return cone;
}
