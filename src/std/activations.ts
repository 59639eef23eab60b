// Activations as compositions of primitives (their gradients come from the primitives' VJPs).
import type { Builder } from '../ir/builder.js';
import type { Var } from '../ir/types.js';

/** max(x, 0); the gradient at 0 is 0, as in TensorFlow. */
export const relu = (b: Builder, x: Var): Var => b.select(b.gt(x, 0), x, 0);

export const leakyRelu = (b: Builder, x: Var, alpha = 0.2): Var => b.select(b.gt(x, 0), x, b.mul(x, alpha));

/**
 * ELU (Clevert et al. 2015): x for x > 0, α(eˣ − 1) otherwise. exp is taken of min(x, 0) so the
 * unused branch cannot overflow to ∞ and turn the gradient into NaN (0·∞).
 */
export const elu = (b: Builder, x: Var, alpha = 1): Var =>
  b.select(b.gt(x, 0), x, b.mul(b.sub(b.exp(b.min(x, 0)), 1), alpha));

/** SELU (Klambauer et al. 2017) with its published constants. */
export const SELU_ALPHA = 1.6732632423543772;
export const SELU_SCALE = 1.0507009873554805;
export const selu = (b: Builder, x: Var): Var => b.mul(elu(b, x, SELU_ALPHA), SELU_SCALE);

export const sigmoid = (b: Builder, x: Var): Var => b.div(1, b.add(b.exp(b.neg(x)), 1));

/** Softmax over the last axis; the max is subtracted for stability (no gradient needed through it). */
export function softmax(b: Builder, x: Var): Var {
  const e = b.exp(b.sub(x, b.stopGradient(b.reduceMax(x, [-1], true))));
  return b.div(e, b.reduceSum(e, [-1], true));
}

export function logSoftmax(b: Builder, x: Var): Var {
  const z = b.sub(x, b.stopGradient(b.reduceMax(x, [-1], true)));
  return b.sub(z, b.log(b.reduceSum(b.exp(z), [-1], true)));
}
