// Reverse-mode autodiff as an IR pass: appends the gradient equations of `loss` with respect to
// the chosen state values to the program. Only equations on a path from a differentiated value
// to the loss are walked; stop_gradient and other rule-less primitives end the walk, and state
// that is not asked for (frozen parameters) is never a source, so no gradient work is emitted
// for it.
import { builderFor, IdSource, type Builder } from '../ir/builder.js';
import { OPS, type OpDef, type OpKind } from '../ir/ops/index.js';
import type { Eqn, Program } from '../ir/program.js';
import { fmtType, type Var } from '../ir/types.js';

export interface Differentiated {
  program: Program;
  /**
   * Gradient value per state name the loss depends on. A name the loss does not reach (through
   * stop_gradient, or not at all) has no entry: it is effectively frozen.
   */
  grads: Map<string, Var>;
}

/** The input cotangents of e given its output's g; null for a primitive without a VJP. */
function vjpOf<K extends OpKind>(b: Builder, e: Eqn<K>, g: Var): readonly (Var | null)[] | null {
  const def: OpDef<K> = OPS[e.op];
  return def.vjp ? def.vjp(b, e, g) : null;
}

export function differentiate(p: Program, lossName: string, wrt: readonly string[], ids = IdSource.after(p)): Differentiated {
  const loss = p.outputs.find((o) => o.name === lossName)?.var;
  if (!loss) throw new Error(`differentiate: ${p.name} has no output '${lossName}'`);
  if (loss.type.shape.length !== 0 || loss.type.dtype !== 'f32') {
    throw new Error(`differentiate: the loss must be an f32 scalar, got ${fmtType(loss.type)}`);
  }
  const sources = wrt.map((name) => {
    const s = p.state.find((x) => x.name === name);
    if (!s) throw new Error(`differentiate: ${p.name} does not read state '${name}'`);
    return s;
  });

  // Values that depend on a source through differentiable equations.
  const varied = new Set(sources.map((s) => s.var.id));
  for (const e of p.eqns) {
    if (OPS[e.op].vjp && e.inputs.some((v) => varied.has(v.id))) varied.add(e.out.id);
  }
  // Of those, the ones the loss depends on.
  const useful = new Set<number>([loss.id]);
  for (let i = p.eqns.length - 1; i >= 0; i--) {
    const e = p.eqns[i]!;
    if (useful.has(e.out.id)) for (const v of e.inputs) if (varied.has(v.id)) useful.add(v.id);
  }

  const b = builderFor(p.eqns, ids);
  const cot = new Map<number, Var>();
  const accumulate = (v: Var, g: Var) => {
    const prev = cot.get(v.id);
    cot.set(v.id, prev ? b.add(prev, g) : g);
  };
  b.hint = 'grad';
  cot.set(loss.id, b.const(1));
  for (let i = p.eqns.length - 1; i >= 0; i--) {
    const e = p.eqns[i]!;
    const g = cot.get(e.out.id);
    if (!g || !varied.has(e.out.id)) continue;
    if (!OPS[e.op].vjp) continue;
    // Backward equations keep the forward value's name: `hidden1/dense/grad`.
    b.hint = e.out.hint ? `${e.out.hint}/grad` : 'grad';
    const gs = vjpOf(b, e, g)!;
    e.inputs.forEach((v, k) => {
      const gk = gs[k];
      if (gk && useful.has(v.id)) accumulate(v, gk);
    });
  }
  const grads = new Map<string, Var>();
  const names = new Map<number, string>();
  for (const s of sources) {
    const g = cot.get(s.var.id);
    if (!g) continue;
    grads.set(s.name, g);
    names.set(g.id, `${s.name}/grad`);
  }
  // A parameter's gradient is named after it: `hidden1/dense/kernel/grad`.
  const eqns = b.eqns.map((e) => (names.has(e.out.id) ? { ...e, out: { ...e.out, hint: names.get(e.out.id) } } : e));
  return { program: { ...p, eqns }, grads };
}
