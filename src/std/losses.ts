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

/**
 * 1 where every element along the last axis is finite. Counted explicitly: a NaN logit compares
 * false with everything, so without it a row of NaNs would have no larger logit and count as a hit.
 */
function rowFinite(b: Builder, x: Var): Var {
  return b.eq(b.reduceSum(b.sub(1, b.isFinite(x)), [-1]), 0);
}

/**
 * 1 where the label's logit is among the k largest (strictly larger ones fewer than k), else 0.
 * A row with a non-finite logit is never a hit.
 */
export function inTopK(b: Builder, logits: Var, labels: Var, k: number): Var {
  checkLabels('in_top_k', logits, labels);
  if (!Number.isInteger(k) || k < 1) throw new StdError('DNN2009', `in_top_k: k must be a positive integer, got ${k}`);
  const depth = logits.type.shape[logits.type.shape.length - 1]!;
  const target = b.reduceSum(b.mul(logits, b.oneHot(labels, depth)), [-1], true);
  const above = b.reduceSum(b.gt(logits, target), [-1]);
  return b.mul(b.lt(above, k), rowFinite(b, logits));
}

/**
 * A batch's confusion counts: f32[K, K], counts[i, j] = the rows of true class i predicted j (the
 * highest score; a row whose highest score is tied is split evenly between the tied classes, and
 * a row with a non-finite score counts nowhere). Only the first `rows` rows count (an f32 scalar:
 * evaluation's last, partial batch repeats rows to fill the batch). One matmul of the masked
 * one-hot labels, transposed, with the predictions.
 */
export function confusionCounts(b: Builder, logits: Var, labels: Var, rows: Var): Var {
  checkLabels('confusion', logits, labels);
  if (logits.type.shape.length !== 2) throw new StdError('DNN2007', `a confusion matrix needs logits of shape [batch, classes], got ${fmtType(logits.type)}`);
  const [batch, classes] = logits.type.shape as [number, number];
  const top = b.ge(logits, b.reduceMax(logits, [-1], true));
  const share = b.div(b.reshape(rowFinite(b, logits), [batch, 1]), b.max(b.reduceSum(top, [-1], true), 1));
  const counted = b.lt(b.add(rowIndex(b, batch), 0.5), rows);
  const truth = b.mul(b.oneHot(labels, classes), b.reshape(counted, [batch, 1]));
  return b.matmul(truth, b.mul(top, share), true, false);
}

/** [0, 1, ..., n−1] as f32, by doubling (the IR has no iota): ⌈log₂ n⌉ concatenations. */
function rowIndex(b: Builder, n: number): Var {
  let x = b.const(0, [1]);
  for (let len = 1; len < n; len *= 2) x = b.concat([x, b.add(x, len)], 0);
  return x.type.shape[0] === n ? x : b.slice(x, [0], [n]);
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

/** −Σ labels·log softmax(logits) over the last axis, for one-hot (or soft) f32 labels. */
export function softmaxCrossEntropy(b: Builder, logits: Var, labels: Var): Var {
  if (labels.type.dtype !== 'f32' || !shapeEq(labels.type.shape, logits.type.shape)) {
    throw new StdError('DNN2007', `softmax_cross_entropy needs f32 labels shaped like the logits ${fmtType(logits.type)}, got ${fmtType(labels.type)}`);
  }
  return b.neg(b.reduceSum(b.mul(labels, logSoftmax(b, logits)), [-1]));
}

/**
 * Elementwise sigmoid cross-entropy from logits, in TensorFlow's stable form:
 * max(x, 0) − x·z + log(1 + e^(−|x|)).
 */
export function sigmoidCrossEntropy(b: Builder, logits: Var, labels: Var): Var {
  const z = matchSingleOutput(b, logits, b.cast(labels, 'f32'));
  try {
    return b.add(b.sub(b.max(logits, 0), b.mul(logits, z)), b.log(b.add(b.exp(b.neg(b.abs(logits))), 1)));
  } catch {
    throw new StdError('DNN2007', `sigmoid_cross_entropy: logits ${fmtType(logits.type)} and labels ${fmtType(labels.type)} do not broadcast`);
  }
}

/** Mean of squared differences over every element (tf.losses.mean_squared_error). */
export function meanSquaredError(b: Builder, predictions: Var, targets: Var): Var {
  const d = b.sub(predictions, b.cast(targets, 'f32'));
  return reduceMean(b, b.mul(d, d));
}

/** 1 where (prediction > threshold) equals the 0/1 label and the prediction is finite, else 0. */
export function binaryAccuracy(b: Builder, predictions: Var, labels: Var, threshold = 0.5): Var {
  // A non-finite prediction is never right (NaN > threshold is false, which would match label 0).
  const hit = b.eq(b.gt(predictions, threshold), matchSingleOutput(b, predictions, b.cast(labels, 'f32')));
  return b.mul(hit, b.isFinite(predictions));
}

/** Labels [batch] against a single-output layer [batch, 1]: give them the trailing 1 (not a [batch, batch] broadcast). */
function matchSingleOutput(b: Builder, out: Var, labels: Var): Var {
  const o = out.type.shape;
  if (o.length >= 1 && o[o.length - 1] === 1 && labels.type.shape.length === o.length - 1) return b.reshape(labels, [...labels.type.shape, 1]);
  return labels;
}
