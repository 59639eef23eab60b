// Fusion: partitions a program's equations into kernels. Each kernel writes one value (its
// root) and computes everything inlined into it on the fly. General rules, no per-layer cases:
//   - an elementwise value whose users all lie in one kernel is computed inside that kernel
//     (elementwise chains, including shared subexpressions; prologues of reductions);
//   - a matmul or reduction whose users are elementwise ops over the same shape in one kernel
//     becomes that kernel's core, the elementwise ops its epilogue (bias + activation after matmul,
//     `sum/n` after a reduction);
//   - constants are folded into every kernel that reads them;
//   - a small elementwise kernel (≤ 3 ops, no core) whose value several kernels read is instead
//     recomputed inside each of them: a few ALU ops are cheaper than a full write and re-read of
//     the tensor and a dispatch (the ELU masks, x − mean of batch norm);
//   - a matmul's operands are always materialized (inlining would recompute them per column);
//   - a kernel never binds more storage buffers than the device allows.
import type { Eqn, Program } from '../ir/program.js';
import { isCore, OPS } from '../ir/ops/index.js';
import { shapeEq } from '../ir/types.js';

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

/** A matmul or reduction: the heart of a kernel, with elementwise work as its epilogue. */
const isCoreOp = (e: Eqn) => isCore(OPS[e.op].class);
/** An elementwise map: computed at the index its consumer reads it at. */
const isMap = (e: Eqn) => OPS[e.op].class === 'map';

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
      // Materialize the inlined inputs of the root and try again; each round shrinks the group.
      const inlinedInputs = over.root.inputs.filter((v) => over.members.has(v.id) && !forced.has(v.id));
      if (inlinedInputs.length === 0) {
        throw new Error(`kernel for ${over.root.op} needs more than ${maxBuffersPerKernel} storage buffers`);
      }
      for (const v of inlinedInputs) forced.add(v.id);
      continue;
    }
    // Small elementwise kernels read by several others are recomputed where they are read.
    const fresh = round < 4 ? fused.groups.filter((g) => recomputable(g, eqnOf, escaping, forced, matmulOperands) && !duplicable.has(g.root.out.id)) : [];
    if (fresh.length === 0) return { ...fused, kernels: mergeSiblings(fused, eqnOf, maxBuffersPerKernel) };
    for (const g of fresh) for (const id of g.members) duplicable.add(id);
  }
}

const MAX_RECOMPUTED_OPS = 3;

function recomputable(
  g: KernelGroup,
  eqnOf: ReadonlyMap<number, Eqn>,
  escaping: ReadonlySet<number>,
  forced: ReadonlySet<number>,
  matmulOperands: ReadonlySet<number>,
): boolean {
  if (g.core || g.members.size > MAX_RECOMPUTED_OPS) return false;
  if (escaping.has(g.root.out.id) || forced.has(g.root.out.id)) return false;
  for (const id of g.members) if (!isMap(eqnOf.get(id)!)) return false;
  return !matmulOperands.has(g.root.out.id);
}

/** Distinct buffers a group reads, plus the one it writes. */
export function groupInputs(g: KernelGroup, eqnOf: ReadonlyMap<number, Eqn>, materialized: ReadonlySet<number>): number[] {
  const seen = new Set<number>();
  const order: number[] = [];
  const visit = (id: number) => {
    if (g.members.has(id)) {
      for (const v of eqnOf.get(id)!.inputs) visit(v.id);
    } else if (materialized.has(id) && !seen.has(id)) {
      seen.add(id);
      order.push(id);
    }
  };
  visit(g.root.out.id);
  return order;
}

function partition(p: Program, forced: ReadonlySet<number>, duplicable: ReadonlySet<number>, escaping: ReadonlySet<number>): Fused {
  const users = new Map<number, Eqn[]>();
  for (const e of p.eqns) for (const v of e.inputs) (users.get(v.id) ?? users.set(v.id, []).get(v.id)!).push(e);

  const materialized = new Set<number>([...p.inputs, ...p.state].map((n) => n.var.id));
  /** The kernels computing each value: one, or several for a recomputed value. */
  const groupsOf = new Map<number, KernelGroup[]>();
  /** Whether a value is computed at its kernel's output index (false when recomputed in several). */
  const aligned = new Map<number, boolean>();
  const groups: KernelGroup[] = [];
  const join = (g: KernelGroup, v: number, isAligned: boolean) => {
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
    if (!mustStore && userEqns.length && userEqns.every((u) => OPS[u.op].class !== 'matmul')) {
      if (userGroups.size === 1) {
        const g = [...userGroups][0]!;
        const allAligned = alignedIn(g);
        if (isCoreOp(e)) {
          // A core feeds the epilogue at the kernel's own index; one core per kernel.
          joined = !g.core && allAligned;
          if (joined) g.core = e;
        } else {
          joined = true;
        }
        if (joined) {
          aligned.set(v.id, allAligned);
          join(g, v.id, allAligned);
        }
      } else if (duplicable.has(v.id) && !isCoreOp(e)) {
        joined = true;
        aligned.set(v.id, false);
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
 * without a matmul, it reads none of that kernel's results, and the bindings still fit — the
 * scalar bookkeeping of a step, a layer's γ and β gradients, or a bias update beside another.
 */
function mergeSiblings(f: Fused, eqnOf: ReadonlyMap<number, Eqn>, maxBuffers: number): KernelGroup[][] {
  const kernels: KernelGroup[][] = [];
  const isMatmul = (g: KernelGroup) => g.core?.op === 'matmul';
  for (const g of f.groups) {
    const last = kernels[kernels.length - 1];
    const inputs = groupInputs(g, eqnOf, f.materialized);
    if (last && !isMatmul(g) && !isMatmul(last[0]!) && shapeEq(last[0]!.root.out.type.shape, g.root.out.type.shape)) {
      const roots = new Set(last.map((x) => x.root.out.id));
      const buffers = new Set([...last.flatMap((x) => groupInputs(x, eqnOf, f.materialized)), ...inputs]);
      if (!inputs.some((id) => roots.has(id)) && buffers.size + last.length + 1 <= maxBuffers) {
        last.push(g);
        continue;
      }
    }
    kernels.push([g]);
  }
  return kernels;
}
