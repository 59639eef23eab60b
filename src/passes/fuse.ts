// Fusion: partitions a program's equations into kernels. Each kernel writes one value (its
// root) and computes everything inlined into it on the fly. General rules, no per-layer cases:
//   - an elementwise value whose users all lie in one kernel is computed inside that kernel
//     (elementwise chains, including shared subexpressions; prologues of reductions);
//   - a matmul or reduction whose users are elementwise ops over the same shape in one kernel
//     becomes that kernel's core, the elementwise ops its epilogue (bias + activation after matmul,
//     `sum/n` after a reduction);
//   - constants are folded into every kernel that reads them;
//   - a matmul's operands are always materialized (inlining would recompute them per column);
//   - a kernel never binds more storage buffers than the device allows.
import type { Eqn, Program } from '../ir/program.js';
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
  readonly groups: readonly KernelGroup[];
  /** Values that live in buffers: program inputs, state reads and group roots. */
  readonly materialized: ReadonlySet<number>;
}

const CORES = new Set(['matmul', 'reduce_sum', 'reduce_max']);
const ALIGNED_MAPS = new Set([
  'neg', 'exp', 'log', 'sqrt', 'rsqrt', 'tanh', 'abs', 'sign', 'cos', 'sin', 'floor',
  'add', 'sub', 'mul', 'div', 'max', 'min', 'pow', 'gt', 'ge', 'lt', 'le', 'eq', 'ne',
  'select', 'cast', 'stop_gradient',
]);

export function fuse(p: Program, maxBuffersPerKernel: number): Fused {
  const forced = new Set<number>();
  const eqnOf = new Map(p.eqns.map((e) => [e.out.id, e]));
  for (;;) {
    const fused = partition(p, forced);
    const over = fused.groups.find((g) => groupInputs(g, eqnOf, fused.materialized).length + 1 > maxBuffersPerKernel);
    if (!over) return fused;
    // Materialize the inlined inputs of the root and try again; each round shrinks the group.
    const inlinedInputs = over.root.inputs.filter((v) => over.members.has(v.id) && !forced.has(v.id));
    if (inlinedInputs.length === 0) {
      throw new Error(`kernel for ${over.root.op} needs more than ${maxBuffersPerKernel} storage buffers`);
    }
    for (const v of inlinedInputs) forced.add(v.id);
  }
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

function partition(p: Program, forced: ReadonlySet<number>): Fused {
  const users = new Map<number, Eqn[]>();
  for (const e of p.eqns) for (const v of e.inputs) users.set(v.id, [...(users.get(v.id) ?? []), e]);
  const escaping = new Set([...p.outputs, ...p.updates].map((o) => o.var.id));

  const materialized = new Set<number>([...p.inputs, ...p.state].map((n) => n.var.id));
  const groupOf = new Map<number, KernelGroup>();
  /** Whether a member value is computed at its kernel's output index. */
  const aligned = new Map<number, boolean>();
  const groups: KernelGroup[] = [];

  for (let i = p.eqns.length - 1; i >= 0; i--) {
    const e = p.eqns[i]!;
    const v = e.out;
    const us = users.get(v.id) ?? [];
    const mustStore = escaping.has(v.id) || forced.has(v.id);
    if (e.op === 'const' && !mustStore) continue; // inlined as a literal wherever it is read
    // v may live inside a kernel only if every user is in that same kernel (then it is computed
    // there, once per index it is read at); a matmul operand is always stored.
    const userEqns = [...new Set(us)];
    const g = userEqns.length && !mustStore ? groupOf.get(userEqns[0]!.out.id) : undefined;
    let joined = false;
    if (g && userEqns.every((u) => groupOf.get(u.out.id) === g && u.op !== 'matmul')) {
      const allAligned = userEqns.every(
        (u) => aligned.get(u.out.id) === true && ALIGNED_MAPS.has(u.op) && shapeEq(v.type.shape, u.out.type.shape),
      );
      if (CORES.has(e.op)) {
        // A core feeds the epilogue at the kernel's own index; one core per kernel.
        joined = !g.core && allAligned;
        if (joined) g.core = e;
      } else {
        joined = true;
      }
      if (joined) {
        aligned.set(v.id, allAligned);
        if (allAligned) g.aligned.add(v.id);
        g.members.add(v.id);
        groupOf.set(v.id, g);
      }
    }
    if (!joined) {
      const ng: KernelGroup = { root: e, members: new Set([v.id]), core: CORES.has(e.op) ? e : null, aligned: new Set([v.id]) };
      groups.push(ng);
      groupOf.set(v.id, ng);
      aligned.set(v.id, true);
      materialized.add(v.id);
    }
  }
  groups.reverse();
  return { program: p, groups, materialized };
}
