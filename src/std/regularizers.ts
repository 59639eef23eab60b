// Weight penalties added to the loss, as Keras defines them: l1·Σ|w| + l2·Σw² (no ½ factor; TF's
// tf.nn.l2_loss has one — use l2/2 to match code written with it).
import type { Builder } from '../ir/builder.js';
import type { Var } from '../ir/types.js';

export interface Regularizer {
  readonly l1: number;
  readonly l2: number;
}

export function penalty(b: Builder, w: Var, r: Regularizer): Var | null {
  const terms: Var[] = [];
  if (r.l1) terms.push(b.mul(b.reduceSum(b.abs(w)), r.l1));
  if (r.l2) terms.push(b.mul(b.reduceSum(b.mul(w, w)), r.l2));
  return terms.length ? terms.reduce((a, t) => b.add(a, t)) : null;
}
