// Losses, metrics and reductions.
import type { Builder } from '../ir/builder.js';
import { normalizeAxes } from '../ir/shape.js';
import { fmtType, shapeEq, type Var } from '../ir/types.js';
import { logSoftmax } from './activations.js';
import { StdError } from './errors.js';

function checkLabels(what: string, logits: Var, labels: Var): void {
  if (labels.type.dtype !== 'i32') throw new StdError('DNN2006', `${what} expects i32 labels, got ${fmtType(labels.type)}`);
  if (logits.type.shape.length < 1 || !shapeEq(logits.type.shape.slice(0, -1), labels.type.shape)) {
    throw new StdError('DNN2007', `${what}: logits ${fmtType(logits.type)} do not match labels ${fmtType(labels.type)} (logits need one more axis, the classes)`);
  }
}

/** −log softmax(logits)[label] per example (tf.nn.sparse_softmax_cross_entropy_with_logits). */
export function sparseSoftmaxCrossEntropy(b: Builder, logits: Var, labels: Var): Var {
  checkLabels('sparse_softmax_cross_entropy', logits, labels);
  const depth = logits.type.shape[logits.type.shape.length - 1]!;
  return b.neg(b.reduceSum(b.mul(b.oneHot(labels, depth), logSoftmax(b, logits)), [-1]));
}

/** 1 where the label's logit is among the k largest (strictly larger ones fewer than k), else 0. */
export function inTopK(b: Builder, logits: Var, labels: Var, k: number): Var {
  checkLabels('in_top_k', logits, labels);
  const depth = logits.type.shape[logits.type.shape.length - 1]!;
  const target = b.reduceSum(b.mul(logits, b.oneHot(labels, depth)), [-1], true);
  const above = b.reduceSum(b.gt(logits, target), [-1]);
  return b.lt(above, k);
}

function axesOf(x: Var, axis: number | readonly number[] | undefined): number[] {
  const all = x.type.shape.map((_, i) => i);
  if (axis === undefined) return all;
  try {
    return normalizeAxes(typeof axis === 'number' ? [axis] : axis, x.type.shape.length);
  } catch (e) {
    throw new StdError('DNN2009', (e as Error).message);
  }
}

export function reduceMean(b: Builder, x: Var, axis?: number | readonly number[], keepdims = false): Var {
  const axes = axesOf(x, axis);
  const n = axes.reduce((a, i) => a * x.type.shape[i]!, 1);
  return b.div(b.reduceSum(b.cast(x, 'f32'), axes, keepdims), n);
}

export const reduceSum = (b: Builder, x: Var, axis?: number | readonly number[], keepdims = false) =>
  b.reduceSum(x, axesOf(x, axis), keepdims);

export const reduceMax = (b: Builder, x: Var, axis?: number | readonly number[], keepdims = false) =>
  b.reduceMax(x, axesOf(x, axis), keepdims);
