// Frozen-layer caching (the chapter's "Caching the Frozen Layers"): the part of a training step
// that depends only on an example's features and on frozen parameters computes the same rows
// every epoch, so it can be computed once per training example and read back as if it were the
// input. This pass finds that part and the values where the rest of the step reads it (the cut),
// and rewrites a program to take the cut as inputs.
import type { Eqn, Program } from '../ir/program.js';
import { OPS } from '../ir/ops/index.js';
import type { NamedVar, Var } from '../ir/types.js';

type Kind = 'static' | 'rowed' | 'other';


/**
 * Classifies each value: `static` (constants and frozen state only), `rowed` (row i depends only
 * on row i of the cached inputs and on static values: a per-example function), or `other`.
 * Returns the rowed values that `other` equations, outputs or updates read, in program order —
 * or null when nothing worth caching (no matmul) lies before the cut.
 */
export function findFrozenCut(p: Program, batch: number, staticState: ReadonlySet<string>, rowedInputs: ReadonlySet<string>): Var[] | null {
  const kind = new Map<number, Kind>();
  for (const i of p.inputs) kind.set(i.var.id, rowedInputs.has(i.name) ? 'rowed' : 'other');
  const updated = new Set(p.updates.map((u) => u.name));
  for (const s of p.state) kind.set(s.var.id, staticState.has(s.name) && !updated.has(s.name) ? 'static' : 'other');
  const rowedLike = (v: Var, rank: number) => kind.get(v.id) === 'rowed' && v.type.shape.length === rank && v.type.shape[0] === batch;
  let matmuls = 0;
  for (const e of p.eqns) {
    const ks = e.inputs.map((v) => kind.get(v.id)!);
    const out = e.out.type.shape;
    let k: Kind = 'other';
    if (ks.includes('other')) k = 'other';
    else if (ks.every((x) => x === 'static')) k = OPS[e.op].class === 'generate' && e.inputs.length ? 'other' : 'static';
    else if (out[0] !== batch) k = 'other';
    else k = rowwise(e, ks, batch, rowedLike) ? 'rowed' : 'other';
    if (k === 'rowed' && OPS[e.op].class === 'matmul') matmuls++;
    kind.set(e.out.id, k);
  }
  if (matmuls === 0) return null;
  const cut = new Map<number, Var>();
  const consider = (v: Var) => {
    if (kind.get(v.id) === 'rowed') cut.set(v.id, v);
  };
  for (const e of p.eqns) if (kind.get(e.out.id) === 'other') e.inputs.forEach(consider);
  [...p.outputs, ...p.updates].forEach((o) => consider(o.var));
  // A cut that still needs a raw input saves nothing for that input; caching it is still right.
  const vars = [...cut.values()];
  return vars.length ? vars : null;
}

/**
 * Whether row i of e's output depends only on row i of its rowed operands (and on static values),
 * decided by the primitive's class; `out[0]` is the batch.
 */
function rowwise(e: Eqn, ks: readonly Kind[], batch: number, rowedLike: (v: Var, rank: number) => boolean): boolean {
  const out = e.out.type.shape;
  // Broadcasting keeps rows apart only when every rowed operand has the result's rank.
  const mapRule = (rank: number) => e.inputs.every((v, n) => ks[n] === 'static' || rowedLike(v, rank));
  const cls = OPS[e.op].class;
  switch (cls) {
    case 'map':
      return mapRule(out.length);
    case 'gather':
      return mapRule(out.length - 1);
    case 'generate':
      return false; // random numbers change every step
    case 'matmul':
      return !(e.params as { transA: boolean }).transA && ks[0] === 'rowed' && ks[1] === 'static';
    case 'reduce':
      return !(e.params as { axes: readonly number[] }).axes.some((a) => a === 0 || a === -out.length - 1);
    case 'remap':
    case 'assemble':
      switch (e.op) {
        case 'broadcast_to':
          return mapRule(out.length);
        case 'reshape':
          return e.inputs[0]!.type.shape[0] === batch;
        case 'concat':
          return (e.params as { axis: number }).axis !== 0 && ks.every((x) => x === 'rowed');
        case 'slice':
          return (e.params as { begin: readonly number[] }).begin[0] === 0;
        case 'pad':
          return (e.params as { before: readonly number[] }).before[0] === 0;
      }
      throw new Error(`cacheFrozen: no row rule for the remap primitive '${e.op}'`);
  }
}

/** The program reading `cut[k]` as input `names[k]` instead of computing it (the rest becomes dead code). */
export function readCutAsInputs(p: Program, cut: readonly Var[], inputs: readonly NamedVar[]): Program {
  const sub = new Map(cut.map((v, k) => [v.id, inputs[k]!.var]));
  const at = (v: Var) => sub.get(v.id) ?? v;
  const eqns: Eqn[] = p.eqns.map((e) => ({ ...e, inputs: e.inputs.map(at) }));
  const fix = <T extends NamedVar>(xs: readonly T[]) => xs.map((x) => ({ ...x, var: at(x.var) }));
  return { ...p, inputs: [...p.inputs, ...inputs], eqns, outputs: fix(p.outputs), updates: fix(p.updates) };
}
