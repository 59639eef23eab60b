// Matmuls with a constant-filled operand. Simplification folds a gradient that does not depend on
// the data into a constant (the loss `mean(dense(X, 10))` has ∂loss/∂y = 1/n everywhere), and
// the kernel's matmul would then read a matrix that no buffer holds. Multiplying by a matrix
// filled with c is a sum times c:
//   op(A)·C = c · (row sums of op(A)) broadcast over the columns
//   C·op(B) = c · (column sums of op(B)) broadcast over the rows
// which needs no matrix at all and is cheaper than a matmul.
import { builderFor, IdSource } from '../ir/builder.js';
import { eqn, type Program } from '../ir/program.js';
import type { Var } from '../ir/types.js';

export function constantMatmul(p: Program): Program {
  const producer = new Map(p.eqns.map((e) => [e.out.id, e]));
  const constantOf = (v: Var): number | undefined => {
    const e = producer.get(v.id);
    return e?.op === 'const' ? e.params.value : undefined;
  };
  if (!p.eqns.some((e) => e.op === 'matmul' && e.inputs.some((v) => constantOf(v) !== undefined))) return p;
  const ids = IdSource.after(p);
  const b = builderFor([], ids);
  for (const e of p.eqns) {
    if (e.op !== 'matmul') {
      b.eqns.push(e);
      continue;
    }
    const [x, y] = e.inputs as [Var, Var];
    const { transA, transB } = e.params;
    const [m, n] = e.out.type.shape as [number, number];
    const cy = constantOf(y);
    const cx = constantOf(x);
    let sums: Var;
    if (cy !== undefined) {
      // Row i of op(A) summed: A is [m, k], or [k, m] when transposed.
      sums = b.mul(b.reshape(b.reduceSum(x, [transA ? 0 : 1]), [m, 1]), cy);
    } else if (cx !== undefined) {
      // Column j of op(B) summed: B is [k, n], or [n, k] when transposed.
      sums = b.mul(b.reshape(b.reduceSum(y, [transB ? 1 : 0]), [1, n]), cx);
    } else {
      b.eqns.push(e);
      continue;
    }
    b.eqns.push(eqn('broadcast_to', [sums], { shape: [m, n] }, e.out));
  }
  return { ...p, eqns: b.eqns };
}
