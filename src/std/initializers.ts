// Initializers, generated on the GPU from the counter-based RNG (src/ir/random.ts): the init
// program computes every parameter from the run's seed, so nothing is uploaded.
//
// Variance scaling (Keras `VarianceScaling`, TF's `variance_scaling_initializer`):
//   std = sqrt(scale / n), n = fan_in | fan_out | (fan_in + fan_out)/2.
//   glorot (Glorot & Bengio 2010): scale 1, fan_avg.      he (He et al. 2015): scale 2, fan_in.
//   lecun (LeCun et al. 1998): scale 1, fan_in.
// Where the seed chapter differs:
//  - its He formula uses fan_avg (σ = √2·√(2/(n_in+n_out))); He et al. and Keras' he_normal use
//    fan_in. Ours: he_normal = (2, fan_in); the chapter's form is `variance_scaling(2, fan_avg)`.
//  - its code calls `tf.variance_scaling_initializer()` "he_init", but that core TF1 function
//    defaults to scale 1 (LeCun); He is `tf.contrib.layers.variance_scaling_initializer()`
//    (factor 2, FAN_IN, truncated normal). Our `variance_scaling` default is the latter, He.
import type { Builder } from '../ir/builder.js';
import type { TensorType, Var } from '../ir/types.js';
import type { InitFn } from './context.js';

export type FanMode = 'fan_in' | 'fan_out' | 'fan_avg';
export type Distribution = 'uniform' | 'normal' | 'truncated_normal';

/** fan_in / fan_out of a dense kernel [in, out] (and of a vector: both its length). */
export function fans(shape: readonly number[]): { fanIn: number; fanOut: number } {
  if (shape.length === 0) return { fanIn: 1, fanOut: 1 };
  if (shape.length === 1) return { fanIn: shape[0]!, fanOut: shape[0]! };
  const receptive = shape.slice(0, -2).reduce((a, d) => a * d, 1);
  return { fanIn: shape[shape.length - 2]! * receptive, fanOut: shape[shape.length - 1]! * receptive };
}

export const constantInit = (value: number): InitFn => (b, t) => b.const(value, t.shape, t.dtype);
export const zerosInit = constantInit(0);
export const onesInit = constantInit(1);

/** Uniform in [lo, hi). */
export const uniformInit = (lo: number, hi: number): InitFn => (b, t, seed, stream) =>
  b.add(b.mul(b.randomUniform(t.shape, 0, stream, seed), hi - lo), lo);

/** N(0, 1) by Box–Muller from two independent uniform streams. */
export function standardNormal(b: Builder, t: TensorType, seed: Var, stream: number): Var {
  const u1 = b.randomUniform(t.shape, 1, stream, seed);
  const u2 = b.randomUniform(t.shape, 2, stream, seed);
  // 1-u1 ∈ (0, 1], so the log is finite.
  const radius = b.sqrt(b.mul(b.log(b.sub(1, u1)), -2));
  return b.mul(radius, b.cos(b.mul(u2, 2 * Math.PI)));
}

/**
 * N(0,1) truncated to [-2, 2] (TensorFlow's truncated_normal), by the inverse CDF: a uniform
 * mapped into [Φ(-2), Φ(2)] and through Φ⁻¹, so no rejection loop is needed.
 */
export function truncatedNormal(b: Builder, t: TensorType, seed: Var, stream: number): Var {
  const lo = 0.022750131948179195; // Φ(-2)
  const u = b.add(b.mul(b.randomUniform(t.shape, 3, stream, seed), 1 - 2 * lo), lo);
  return b.mul(erfinv(b, b.sub(b.mul(u, 2), 1)), Math.SQRT2);
}

/** erf⁻¹ by Giles' single-precision approximation ("Approximating the erfinv function", 2010). */
function erfinv(b: Builder, x: Var): Var {
  const w = b.neg(b.log(b.mul(b.sub(1, x), b.add(1, x))));
  const poly = (z: Var, cs: number[]) => cs.slice(1).reduce<Var>((acc, c) => b.add(b.mul(acc, z), c), b.const(cs[0]!)); // Horner
  const central = poly(b.sub(w, 2.5), [
    2.81022636e-8, 3.43273939e-7, -3.5233877e-6, -4.39150654e-6, 0.00021858087, -0.00125372503,
    -0.00417768164, 0.246640727, 1.50140941,
  ]);
  const tail = poly(b.sub(b.sqrt(w), 3), [
    -0.000200214257, 0.000100950558, 0.00134934322, -0.00367342844, 0.00573950773, -0.0076224613,
    0.00943887047, 1.00167406, 2.83297682,
  ]);
  return b.mul(b.select(b.lt(w, 5), central, tail), x);
}

export function varianceScaling(scale: number, mode: FanMode, distribution: Distribution): InitFn {
  return (b, t, seed, stream) => {
    const { fanIn, fanOut } = fans(t.shape);
    const n = mode === 'fan_in' ? fanIn : mode === 'fan_out' ? fanOut : (fanIn + fanOut) / 2;
    const variance = scale / Math.max(1, n);
    if (distribution === 'uniform') {
      const limit = Math.sqrt(3 * variance);
      return uniformInit(-limit, limit)(b, t, seed, stream);
    }
    if (distribution === 'normal') return b.mul(standardNormal(b, t, seed, stream), Math.sqrt(variance));
    // Keras divides by the std of N(0,1) truncated to [-2, 2] so the variance is as asked.
    return b.mul(truncatedNormal(b, t, seed, stream), Math.sqrt(variance) / 0.87962566103423978);
  };
}

/** The named initializers the language offers (arguments-free forms). */
export const NAMED_INITIALIZERS: Readonly<Record<string, InitFn>> = {
  zeros: zerosInit,
  ones: onesInit,
  glorot_uniform: varianceScaling(1, 'fan_avg', 'uniform'),
  glorot_normal: varianceScaling(1, 'fan_avg', 'truncated_normal'),
  xavier_uniform: varianceScaling(1, 'fan_avg', 'uniform'),
  xavier_normal: varianceScaling(1, 'fan_avg', 'truncated_normal'),
  he_normal: varianceScaling(2, 'fan_in', 'truncated_normal'),
  he_uniform: varianceScaling(2, 'fan_in', 'uniform'),
  lecun_normal: varianceScaling(1, 'fan_in', 'truncated_normal'),
  lecun_uniform: varianceScaling(1, 'fan_in', 'uniform'),
  /** `tf.contrib.layers.variance_scaling_initializer()`'s defaults (factor 2, fan_in, truncated normal): He. */
  variance_scaling: varianceScaling(2, 'fan_in', 'truncated_normal'),
};
