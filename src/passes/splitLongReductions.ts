// Splitting long reductions: a reduction is a loop in its kernel, and some adapters stop a loop
// after 65535 iterations (Mesa's llvmpipe does, silently: Σ|W| over a 784×300 kernel summed only
// its first 65535 terms). A reduction over more elements than LOOP_BUDGET becomes a chain of
// shorter ones with the same value (up to the order of a float sum):
//   reduce(x, [a, b]) → reduce(reduce(x, [b]), [a])           one axis at a time, last first;
//   reduce(x[n], [a]), n > budget → reduce(reduce(x[:p·q] as [p, q], q), p) ⊕ reduce(x[p·q:])
// where ⊕ is + for a sum and max for a maximum.
import { Builder, IdSource } from '../ir/builder.js';
import { isReduce, type ReduceKind } from '../ir/ops/index.js';
import { eqn, type Eqn, type Program } from '../ir/program.js';
import { normalizeAxes } from '../ir/shape.js';
import type { Var } from '../ir/types.js';
import { extentOf, LOOP_BUDGET } from './fuse.js';

type Kind = ReduceKind;

export function splitLongReductions(p: Program, budget = LOOP_BUDGET): Program {
  const long = (e: Eqn): e is Eqn<ReduceKind> => isReduce(e) && extentOf(e) > budget;
  if (!p.eqns.some(long)) return p;
  const b = new Builder(IdSource.after(p));
  for (const e of p.eqns) {
    if (!long(e)) {
      b.eqns.push(e);
      continue;
    }
    b.hint = e.out.hint;
    const { axes } = e.params;
    const x = e.inputs[0]!;
    let y = x;
    for (const a of [...normalizeAxes(axes, x.type.shape.length)].sort((i, j) => j - i)) {
      y = y.type.shape[a]! <= budget ? reduce(b, e.op, y, a) : reduceLongAxis(b, e.op, y, a, budget);
    }
    // Axes are kept until the last step, which defines the original value (keepdims or not),
    // so every reader keeps reading it.
    b.eqns.push(eqn('reshape', [y], { shape: e.out.type.shape }, e.out));
  }
  return { ...p, eqns: b.eqns };
}

/** One axis, kept (size 1). */
const reduce = (b: Builder, kind: Kind, x: Var, axis: number) => (kind === 'reduce_sum' ? b.reduceSum(x, [axis], true) : b.reduceMax(x, [axis], true));

/** One axis longer than the budget: a [p, q] block reduced in two steps, and the remainder. */
function reduceLongAxis(b: Builder, kind: Kind, x: Var, axis: number, budget: number): Var {
  const shape = x.type.shape;
  const n = shape[axis]!;
  const q = Math.min(budget, Math.ceil(Math.sqrt(n)));
  const p = Math.floor(n / q);
  const begin = shape.map(() => 0);
  const head = b.slice(x, begin, shape.map((d, i) => (i === axis ? p * q : d)));
  const blocks = b.reshape(head, [...shape.slice(0, axis), p, q, ...shape.slice(axis + 1)]);
  const partial = reduce(b, kind, blocks, axis + 1);
  const whole = p > budget ? reduceLongAxis(b, kind, partial, axis, budget) : reduce(b, kind, partial, axis);
  let r = b.reshape(whole, shape.map((d, i) => (i === axis ? 1 : d)));
  if (p * q < n) {
    const tail = reduce(b, kind, b.slice(x, shape.map((_, i) => (i === axis ? p * q : 0)), shape.map((d, i) => (i === axis ? n - p * q : d))), axis);
    r = kind === 'reduce_sum' ? b.add(r, tail) : b.max(r, tail);
  }
  return r;
}
