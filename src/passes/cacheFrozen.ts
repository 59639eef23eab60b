// Frozen-layer caching (the chapter's "Caching the Frozen Layers"): the part of a training step
// that depends only on an example's features and on frozen parameters computes the same rows
// every epoch, so it can be computed once per training example and read back as if it were the
// input. This pass finds that part and the values where the rest of the step reads it (the cut),
// and rewrites a program to take the cut as inputs.
import { exhaustive, type Eqn, type Program } from '../ir/program.js';
import { indexMapOf, isIndexed, isReduce, OPS, type IndexMap } from '../ir/ops/index.js';
import type { NamedVar, Var } from '../ir/types.js';

type Kind = 'static' | 'rowed' | 'other';

/** The frozen cut of a program: where the rest reads the cached values, what they cover, and why they stop early. */
export interface FrozenCut {
  /** The rowed values that `other` equations, outputs or updates read, in program order (null: nothing worth caching). */
  readonly cut: Var[] | null;
  /** Top-level scopes of the frozen parameters that the cached values read (`hidden1`, `hidden2`). */
  readonly layers: string[];
  /** Why a per-example value stops before a trainable layer reads it: `hidden3/bn: ...` (absent: it does not). */
  readonly stop?: string;
}

/** Why a non-per-example value is one, for values that are not simply trainable (null: trainable or a label). */
type Cause = string | null;

/**
 * Classifies each value: `static` (constants and frozen state only), `rowed` (row i depends only
 * on row i of the cached inputs and on static values: a per-example function), or `other`.
 * An `other` value computed from a rowed one for a reason other than a trainable parameter
 * (random numbers, batch statistics) is where caching stops early; the first is reported.
 */
export function findFrozenCut(p: Program, batch: number, staticState: ReadonlySet<string>, rowedInputs: ReadonlySet<string>): FrozenCut {
  const kind = new Map<number, Kind>();
  const cause = new Map<number, Cause>();
  for (const i of p.inputs) kind.set(i.var.id, rowedInputs.has(i.name) ? 'rowed' : 'other');
  const updated = new Set(p.updates.map((u) => u.name));
  for (const s of p.state) kind.set(s.var.id, staticState.has(s.name) && !updated.has(s.name) ? 'static' : 'other');
  // The layers cached are named after the frozen parameters that per-example values read.
  const stateName = new Map(p.state.filter((s) => kind.get(s.var.id) === 'static').map((s) => [s.var.id, s.name]));
  const rowedLike = (v: Var, rank: number) => kind.get(v.id) === 'rowed' && v.type.shape.length === rank && v.type.shape[0] === batch;
  let matmuls = 0;
  let stop: string | undefined;
  const layers = new Set<string>();
  for (const e of p.eqns) {
    const ks = e.inputs.map((v) => kind.get(v.id)!);
    const out = e.out.type.shape;
    const where = e.out.hint ?? e.op;
    let k: Kind = 'other';
    let why: Cause = null;
    if (OPS[e.op].class === 'generate') {
      k = ks.every((x) => x === 'static') && !e.inputs.length ? 'static' : 'other';
      if (k === 'other') why = `${where}: draws random numbers (${e.op}) that change every step`;
    } else if (ks.includes('other')) {
      why = e.inputs.map((v) => cause.get(v.id) ?? null).find((c) => c !== null) ?? null;
    } else if (ks.every((x) => x === 'static')) k = 'static';
    else if (out[0] === batch && rowwise(e, ks, batch, rowedLike)) k = 'rowed';
    else why = `${where}: ${mixes(e)}`;
    if (k === 'rowed') {
      if (OPS[e.op].class === 'matmul') matmuls++;
      for (const v of e.inputs) if (stateName.has(v.id)) layers.add(stateName.get(v.id)!.split('/')[0]!);
    }
    if (k === 'other' && why !== null && stop === undefined && ks.includes('rowed')) stop = why;
    kind.set(e.out.id, k);
    cause.set(e.out.id, why);
  }
  if (matmuls === 0) return { cut: null, layers: [], ...(stop ? { stop } : {}) };
  const cut = new Map<number, Var>();
  const consider = (v: Var) => {
    if (kind.get(v.id) === 'rowed') cut.set(v.id, v);
  };
  for (const e of p.eqns) if (kind.get(e.out.id) === 'other') e.inputs.forEach(consider);
  [...p.outputs, ...p.updates].forEach((o) => consider(o.var));
  // A cut that still needs a raw input saves nothing for that input; caching it is still right.
  const vars = [...cut.values()];
  return { cut: vars.length ? vars : null, layers: [...layers], ...(stop ? { stop } : {}) };
}

/** Why an equation's rows are not per-example functions of its operands' rows. */
function mixes(e: Eqn): string {
  if (OPS[e.op].class === 'reduce') {
    return 'it reduces over the batch (batch norm in training mode normalizes with the statistics of the batch), so an example\'s values depend on the other examples of its batch';
  }
  return `${e.op} mixes the examples of a batch`;
}

/**
 * Whether row i of e's output depends only on row i of its rowed operands (and on static values),
 * decided by the primitive's class, or for one that moves data by its index map; `out[0]` is the batch.
 */
function rowwise(e: Eqn, ks: readonly Kind[], batch: number, rowedLike: (v: Var, rank: number) => boolean): boolean {
  const out = e.out.type.shape;
  // Broadcasting keeps rows apart only when every rowed operand has the result's rank.
  const mapRule = (rank: number) => e.inputs.every((v, n) => ks[n] === 'static' || rowedLike(v, rank));
  if (isIndexed(e)) return keepsRows(indexMapOf(e), e, ks, batch, mapRule);
  const cls = OPS[e.op].class;
  switch (cls) {
    case 'map':
      return mapRule(out.length);
    case 'generate':
      return false; // random numbers change every step
    case 'matmul':
      return e.op === 'matmul' && !e.params.transA && ks[0] === 'rowed' && ks[1] === 'static';
    case 'reduce':
      return isReduce(e) && !e.params.axes.some((a) => a === 0 || a === -out.length - 1);
    case 'remap':
    case 'assemble':
    case 'gather':
      throw new Error(`cacheFrozen: ${e.op} moves data but has no index function`);
    default:
      return exhaustive(cls);
  }
}

/** Whether row i of a data-moving primitive's output reads only row i of its rowed inputs: by its index map. */
function keepsRows(map: IndexMap, e: Eqn, ks: readonly Kind[], batch: number, mapRule: (rank: number) => boolean): boolean {
  const out = e.out.type.shape;
  switch (map.kind) {
    case 'broadcast':
      return mapRule(out.length);
    case 'linear':
      return e.inputs[0]!.type.shape[0] === batch;
    case 'shift':
      return map.offset[0] === 0;
    case 'window':
      return map.before[0] === 0;
    case 'tiles':
      return map.axis !== 0 && ks.every((x) => x === 'rowed');
    case 'onehot':
      return mapRule(out.length - 1); // the labels' rows
    default:
      return exhaustive(map);
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
