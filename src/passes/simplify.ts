// Algebraic simplification, constant folding and common-subexpression elimination in one walk.
// Each rule states its identity; a rule fires only when the result keeps the equation's type.
// Run after differentiate: it removes stop_gradient, which only autodiff needs to see.
import { evaluateEqn } from '../ir/evaluate.js';
import { OPS, type OpClass } from '../ir/ops/index.js';
import { eqn, type Eqn, type Program } from '../ir/program.js';
import { refTensor } from '../ir/reference.js';
import { shapeEq, type Var } from '../ir/types.js';

/** Classes whose output is constant-filled when every input is (evaluated at one element). */
const FOLDABLE: ReadonlySet<OpClass> = new Set(['map', 'remap']);

export function simplify(p: Program): Program {
  const subst = new Map<number, Var>();
  const constVal = new Map<number, number>();
  const seen = new Map<string, Var>();
  const eqns: Eqn[] = [];
  const at = (v: Var) => subst.get(v.id) ?? v;
  const isConst = (v: Var, c: number) => constVal.get(v.id) === c;
  const sameType = (a: Var, b: Var) => a.type.dtype === b.type.dtype && shapeEq(a.type.shape, b.type.shape);

  /** The value an equation reduces to, or null to keep it. */
  function rewrite(e: Eqn): Var | null {
    const [x, y] = e.inputs;
    const out = e.out;
    const keeps = (v: Var | undefined) => (v && sameType(v, out) ? v : null);
    switch (e.op) {
      case 'mul':
        if (isConst(y!, 1)) return keeps(x); // x*1 → x
        if (isConst(x!, 1)) return keeps(y); // 1*x → x
        break;
      case 'add':
        if (isConst(y!, 0)) return keeps(x); // x+0 → x
        if (isConst(x!, 0)) return keeps(y); // 0+x → x
        break;
      case 'sub':
        if (isConst(y!, 0)) return keeps(x); // x-0 → x
        break;
      case 'div':
        if (isConst(y!, 1)) return keeps(x); // x/1 → x
        break;
      case 'neg': {
        const inner = producer.get(x!.id);
        if (inner?.op === 'neg') return keeps(inner.inputs[0]); // -(-x) → x
        break;
      }
      case 'stop_gradient':
        return x!; // stop_gradient(x) → x once gradients exist
      case 'reshape':
      case 'broadcast_to':
        if (shapeEq(x!.type.shape, out.type.shape)) return x!; // reshape(x, shape(x)) → x
        break;
    }
    return null;
  }

  const producer = new Map<number, Eqn>();
  for (const e0 of p.eqns) {
    const e: Eqn = { ...e0, inputs: e0.inputs.map(at) };
    const r = rewrite(e);
    if (r) {
      subst.set(e.out.id, r);
      continue;
    }
    // Constant folding: a map or remap of constants is a constant (c1 ∘ c2 → c3, reshape(c) → c).
    let folded: Eqn = e;
    if (FOLDABLE.has(OPS[e.op].class) && e.inputs.every((v) => constVal.has(v.id))) {
      const scalarIns = e.inputs.map((v) => refTensor({ dtype: v.type.dtype, shape: [] }, [constVal.get(v.id)!]));
      const value = evaluateEqn({ ...e, out: { ...e.out, type: { ...e.out.type, shape: [] } } }, scalarIns).data[0]!;
      if (Number.isFinite(value)) folded = eqn('const', [], { value }, e.out);
    }
    // CSE: the same primitive on the same values with the same parameters is the same value.
    const key = `${folded.op}|${folded.inputs.map((v) => v.id).join(',')}|${JSON.stringify(folded.params)}|${folded.out.type.dtype}[${folded.out.type.shape.join(',')}]`;
    const prev = folded.op === 'random_uniform' && folded.inputs.length === 0 ? undefined : seen.get(key);
    if (prev) {
      subst.set(e.out.id, prev);
      continue;
    }
    seen.set(key, folded.out);
    if (folded.op === 'const') constVal.set(folded.out.id, folded.params.value);
    producer.set(folded.out.id, folded);
    eqns.push(folded);
  }
  const fix = <T extends { var: Var }>(xs: readonly T[]) => xs.map((x) => ({ ...x, var: at(x.var) }));
  return { ...p, eqns, outputs: fix(p.outputs), updates: fix(p.updates) };
}
