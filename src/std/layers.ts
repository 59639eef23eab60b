// Layers with parameters. Each creates its state under a scope path (`h1/dense/kernel`) so that
// every entry point (train, eval, predict) reads the same buffers.
import { fmtType, type Var } from '../ir/types.js';
import { streamOf, type InitFn, type ProgramContext } from './context.js';
import { MAX_UNITS, requireRank, StdError } from './errors.js';
import { constantInit, NAMED_INITIALIZERS, onesInit, zerosInit } from './initializers.js';
import { penalty, type Regularizer } from './regularizers.js';

export interface DenseOptions {
  units: number;
  useBias?: boolean;
  kernelInitializer?: InitFn;
  biasInitializer?: InitFn;
  /** Adds its penalty of the kernel to the loss. */
  kernelRegularizer?: Regularizer;
  name?: string;
}

/** y = x·W + b (tf.layers.dense; default initializers glorot_uniform and zeros, as in TF). */
export function dense(ctx: ProgramContext, x: Var, o: DenseOptions): Var {
  requireRank('dense', 2, x.type.shape, x.type.dtype);
  if (x.type.dtype !== 'f32') throw new StdError('DNN2006', `dense expects f32 input, got ${fmtType(x.type)}`);
  if (!Number.isInteger(o.units) || o.units < 1 || o.units > MAX_UNITS) {
    throw new StdError('DNN2009', `dense needs a positive integer number of units up to 2^24 (${MAX_UNITS}), got ${o.units}`);
  }
  const path = ctx.layerPath('dense', o.name);
  return ctx.withScope(path, () => {
    const b = ctx.b;
    const kernel = ctx.state(`${path}/kernel`, { dtype: 'f32', shape: [x.type.shape[1]!, o.units] }, 'param', true,
      o.kernelInitializer ?? NAMED_INITIALIZERS['glorot_uniform']!);
    if (o.kernelRegularizer) {
      const p = penalty(b, kernel, o.kernelRegularizer);
      if (p) ctx.penalties.push(p);
    }
    let y = b.matmul(x, kernel);
    if (o.useBias ?? true) {
      const bias = ctx.state(`${path}/bias`, { dtype: 'f32', shape: [o.units] }, 'param', true, o.biasInitializer ?? zerosInit);
      y = b.add(y, bias);
    }
    return y;
  });
}

export interface BatchNormOptions {
  momentum?: number;
  epsilon?: number;
  center?: boolean;
  scale?: boolean;
  name?: string;
}

/**
 * Batch normalization (Ioffe & Szegedy 2015) over every axis but the last. Training mode uses
 * the batch's mean and (biased) variance and updates the moving statistics as TensorFlow does:
 * moving ← moving·momentum + batch·(1 − momentum). Inference mode uses the moving statistics.
 * Defaults as tf.layers.batch_normalization: momentum 0.99, epsilon 0.001, center and scale on.
 */
export function batchNorm(ctx: ProgramContext, x: Var, o: BatchNormOptions): Var {
  if (x.type.dtype !== 'f32' || x.type.shape.length < 2) {
    throw new StdError('DNN2007', `batch_norm expects an f32 input of rank 2 or more, got ${fmtType(x.type)}`);
  }
  const momentum = o.momentum ?? 0.99;
  const eps = o.epsilon ?? 0.001;
  if (!(momentum >= 0 && momentum < 1)) throw new StdError('DNN2009', `batch_norm momentum must be in [0, 1), got ${momentum}`);
  if (!(eps > 0 && Number.isFinite(eps))) throw new StdError('DNN2009', `batch_norm epsilon must be positive, got ${eps}`);
  const path = ctx.layerPath('batch_norm', o.name);
  const b = ctx.b;
  return ctx.withScope(path, () => {
    const c = x.type.shape[x.type.shape.length - 1]!;
    const vec = { dtype: 'f32' as const, shape: [c] };
    const movingMean = ctx.state(`${path}/moving_mean`, vec, 'statistic', false, zerosInit);
    const movingVar = ctx.state(`${path}/moving_variance`, vec, 'statistic', false, onesInit);
    const axes = x.type.shape.slice(0, -1).map((_, i) => i);
    const n = axes.reduce((a, i) => a * x.type.shape[i]!, 1);
    let mean: Var;
    let variance: Var;
    if (ctx.mode === 'train') {
      mean = b.div(b.reduceSum(x, axes), n);
      const centered = b.sub(x, mean);
      variance = b.div(b.reduceSum(b.mul(centered, centered), axes), n);
      ctx.update(`${path}/moving_mean`, b.add(b.mul(movingMean, momentum), b.mul(mean, 1 - momentum)));
      ctx.update(`${path}/moving_variance`, b.add(b.mul(movingVar, momentum), b.mul(variance, 1 - momentum)));
    } else {
      mean = movingMean;
      variance = movingVar;
    }
    let y = b.mul(b.sub(x, mean), b.rsqrt(b.add(variance, eps)));
    if (o.scale ?? true) y = b.mul(y, ctx.state(`${path}/gamma`, vec, 'param', true, onesInit));
    if (o.center ?? true) y = b.add(y, ctx.state(`${path}/beta`, vec, 'param', true, zerosInit));
    return y;
  });
}

/**
 * Inverted dropout (Srivastava et al. 2014; as tf.layers.dropout): in training, each element is
 * kept with probability 1 − rate and scaled by 1/(1 − rate); in inference it is the identity.
 * The mask comes from the counter-based RNG keyed by (seed, step, layer), so it is new every
 * step, reproducible, and needs no state.
 */
export function dropout(ctx: ProgramContext, x: Var, rate: number, name?: string): Var {
  if (!(rate >= 0 && rate < 1)) throw new StdError('DNN2009', `dropout rate must be in [0, 1), got ${rate}`);
  const path = ctx.layerPath('dropout', name);
  if (ctx.mode !== 'train' || rate === 0) return x;
  const b = ctx.b;
  return ctx.withScope(path, () => {
    const u = b.randomUniform(x.type.shape, 0, streamOf(path), ctx.stepKey());
    return b.mul(b.mul(x, b.ge(u, rate)), 1 / (1 - rate));
  });
}

/**
 * Parametric ReLU (He et al. 2015): max(0, x) + α·min(0, x) with α learned, one per unit
 * (the last axis) or one shared scalar; α starts at 0.25 as in the paper.
 */
export function prelu(ctx: ProgramContext, x: Var, shared: boolean, alphaInit = 0.25, name?: string): Var {
  if (x.type.dtype !== 'f32') throw new StdError('DNN2006', `prelu expects f32 input, got ${fmtType(x.type)}`);
  const path = ctx.layerPath('prelu', name);
  return ctx.withScope(path, () => {
    const shape = shared ? [] : [x.type.shape[x.type.shape.length - 1]!];
    const alpha = ctx.state(`${path}/alpha`, { dtype: 'f32', shape }, 'param', true, constantInit(alphaInit));
    const b = ctx.b;
    return b.select(b.gt(x, 0), x, b.mul(x, alpha));
  });
}
