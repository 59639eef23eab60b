// Optimizers: IR that turns (parameter, gradient) pairs into state updates, compiled and fused
// like the rest of the step. Slots are state named `<param>/<optimizer>/<slot>`; state shared by
// all parameters (Nadam's momentum schedule) is named `optimizer/<optimizer>/<name>`.
//
// Every update follows TensorFlow 1 (`tf.train.*Optimizer`, the chapter's API) or, for the
// optimizers TF1 does not have, Keras; each comment says which, and where the seed chapter's
// formula differs. `docs/optimizers.md` has the table of names and defaults.
import type { Builder } from '../ir/builder.js';
import type { Var } from '../ir/types.js';
import type { ProgramContext } from './context.js';
import { StdError } from './errors.js';
import { constantInit, zerosInit } from './initializers.js';

export interface ParamGrad {
  readonly name: string;
  readonly param: Var;
  readonly grad: Var;
}

export interface OptimizerSpec {
  readonly kind: string;
  readonly settings: Readonly<Record<string, number | boolean | string>>;
  /**
   * Emits the updates of every parameter (and slot). `learningRate` is an f32 scalar computed
   * on the GPU; `step` the u32 count of updates already applied (0 for the first).
   */
  apply(ctx: ProgramContext, params: readonly ParamGrad[], learningRate: Var, step: Var): void;
}

// ---- checks and helpers ---------------------------------------------------------------------

function check(ok: boolean, what: string, value: number): void {
  if (!ok) throw new StdError('DNN2009', `${what}, got ${value}`);
}
const inUnit = (kind: string, name: string, v: number) => check(v >= 0 && v < 1, `${kind}: ${name} must be in [0, 1)`, v);
const nonNegative = (kind: string, name: string, v: number) => check(v >= 0 && Number.isFinite(v), `${kind}: ${name} must be ≥ 0`, v);
/** ε keeps a denominator √v + ε away from 0 while v (starting at 0) is 0: it must be > 0. */
const positive = (kind: string, name: string, v: number) => check(v > 0 && Number.isFinite(v), `${kind}: ${name} must be positive`, v);

/** A per-parameter slot: `<param>/<optimizer>/<slot>`, of the parameter's type. */
function slot(ctx: ProgramContext, p: ParamGrad, kind: string, name: string, init = zerosInit): [string, Var] {
  const full = `${p.name}/${kind}/${name}`;
  return [full, ctx.state(full, p.param.type, 'slot', false, init)];
}

/** The step as an f32 `t = step + 1`, the 1-based iteration of bias corrections (Keras' `iterations + 1`). */
export function iteration(b: Builder, step: Var): Var {
  return b.add(b.cast(step, 'f32'), 1);
}

/**
 * base^x for a constant base > 0 as exp(x·ln base) with the logarithm taken on the host in
 * float64: more accurate in f32 than pow(base, x) once x is large (β2^t for t in the thousands).
 */
export function powConst(b: Builder, base: number, x: Var): Var {
  if (base === 1) return b.const(1, x.type.shape);
  if (base === 0) return b.select(b.eq(x, 0), 1, 0);
  if (!(base > 0)) throw new Error(`powConst: base ${base} must be non-negative`);
  return b.exp(b.mul(x, Math.log(base)));
}

/**
 * 1 − base^x for a constant base in (0, 1] and x ≥ 0, accurate in f32 when base^x is close to 1
 * (1 − β2^t at t = 1 is 0.001: computed as 1 − exp(…) it would keep only 4 significant digits).
 * With y = x·ln base: the Taylor series −y·(1 + y/2·(1 + y/3·(… (1 + y/9)))) while |y| < 0.1
 * (truncation below 1e-15, so the float64 reference stays exact too), else 1 − e^y.
 */
export function oneMinusPowConst(b: Builder, base: number, x: Var): Var {
  if (base === 1) return b.const(0, x.type.shape);
  if (base === 0) return b.select(b.eq(x, 0), 0, 1);
  const y = b.mul(x, Math.log(base));
  let series = b.add(b.div(y, 9), 1);
  for (let k = 8; k >= 2; k--) series = b.add(b.mul(b.div(y, k), series), 1);
  const small = b.neg(b.mul(y, series));
  return b.select(b.lt(b.abs(y), 0.1), small, b.sub(1, b.exp(y)));
}

// ---- SGD, momentum --------------------------------------------------------------------------

/** θ ← θ − η·g (tf.train.GradientDescentOptimizer). */
export function sgd(): OptimizerSpec {
  return {
    kind: 'sgd',
    settings: {},
    apply(ctx, params, lr) {
      const b = ctx.b;
      for (const p of params) ctx.update(p.name, b.sub(p.param, b.mul(p.grad, lr)));
    },
  };
}

/**
 * Momentum (Polyak 1964) as tf.train.MomentumOptimizer: v ← μ·v + g; θ ← θ − η·v.
 * Nesterov (Sutskever et al. 2013, TF's form): θ ← θ − η·(g + μ·v) with the new v.
 * The chapter writes m ← βm − ηg, θ ← θ + m, which is the same up to scaling v by −η when η is
 * constant (TF's form keeps the velocity independent of a changing learning rate). Its Nesterov
 * step evaluates the gradient at θ + βm; TF (and this) use the equivalent reparametrization that
 * needs only the gradient at θ.
 */
export function momentum(mu: number, nesterov: boolean): OptimizerSpec {
  inUnit('momentum', 'momentum', mu);
  return {
    kind: 'momentum',
    settings: { momentum: mu, nesterov },
    apply(ctx, params, lr) {
      const b = ctx.b;
      for (const p of params) {
        const slot = `${p.name}/momentum/velocity`;
        const v = ctx.state(slot, p.param.type, 'slot', false, zerosInit);
        const vNew = b.add(b.mul(v, mu), p.grad);
        ctx.update(slot, vNew);
        const step = nesterov ? b.add(p.grad, b.mul(vNew, mu)) : vNew;
        ctx.update(p.name, b.sub(p.param, b.mul(step, lr)));
      }
    },
  };
}

// ---- AdaGrad --------------------------------------------------------------------------------

export interface AdagradOptions {
  /** tf.train.AdagradOptimizer's default: 0.1. */
  readonly initialAccumulatorValue: number;
  /** Keras' default 1e-7; 0 is exactly tf.train.AdagradOptimizer (which has no epsilon). */
  readonly epsilon: number;
}

/**
 * AdaGrad (Duchi, Hazan & Singer 2011, JMLR 12):
 *   s ← s + g²;  θ ← θ − η·g / (√s + ε)
 * with s starting at `initial_accumulator_value` (0.1) as tf.train.AdagradOptimizer and ε
 * outside the root as Keras (TF1's kernel has no ε: pass epsilon 0 for it exactly).
 * The chapter starts s at 0 and puts ε inside the root, √(s + ε), with ε = 1e-10.
 */
export function adagrad(o: AdagradOptions): OptimizerSpec {
  check(o.initialAccumulatorValue > 0, 'adagrad: initial_accumulator_value must be positive', o.initialAccumulatorValue);
  nonNegative('adagrad', 'epsilon', o.epsilon);
  return {
    kind: 'adagrad',
    settings: { initial_accumulator_value: o.initialAccumulatorValue, epsilon: o.epsilon },
    apply(ctx, params, lr) {
      const b = ctx.b;
      for (const p of params) {
        const [name, s] = slot(ctx, p, 'adagrad', 'accumulator', constantInit(o.initialAccumulatorValue));
        const sNew = b.add(s, b.mul(p.grad, p.grad));
        ctx.update(name, sNew);
        const denom = o.epsilon === 0 ? b.sqrt(sNew) : b.add(b.sqrt(sNew), o.epsilon);
        ctx.update(p.name, b.sub(p.param, b.div(b.mul(p.grad, lr), denom)));
      }
    },
  };
}

// ---- RMSProp --------------------------------------------------------------------------------

export interface RmspropOptions {
  /** ρ, TF1's `decay` (0.9). */
  readonly decay: number;
  /** 0: no momentum slot. */
  readonly momentum: number;
  /** 1e-10 (TF1), inside the root as TF1 and Keras have it. */
  readonly epsilon: number;
  readonly centered: boolean;
}

/**
 * RMSProp (Tieleman & Hinton 2012, Coursera lecture 6.5) exactly as tf.train.RMSPropOptimizer:
 *   ms  ← ρ·ms + (1 − ρ)·g²                 ms starts at 1 (TF1 initializes it with ones)
 *   mg  ← ρ·mg + (1 − ρ)·g                  centered only; then ms − mg² replaces ms
 *   mom ← μ·mom + η·g / √(ms + ε)
 *   θ   ← θ − mom
 * With μ = 0 (the default) the mom slot is left out: θ ← θ − η·g/√(ms + ε), the same values.
 * Keras starts ms at 0 instead; the chapter's formula agrees with TF1 but its code passes
 * `epsilon=True` (that is ε = 1.0) and momentum 0.9 with learning rate 0.1.
 */
export function rmsprop(o: RmspropOptions): OptimizerSpec {
  inUnit('rmsprop', 'decay', o.decay);
  inUnit('rmsprop', 'momentum', o.momentum);
  positive('rmsprop', 'epsilon', o.epsilon);
  return {
    kind: 'rmsprop',
    settings: { decay: o.decay, momentum: o.momentum, epsilon: o.epsilon, centered: o.centered },
    apply(ctx, params, lr) {
      const b = ctx.b;
      const rho = o.decay;
      for (const p of params) {
        const g = p.grad;
        const [msName, ms] = slot(ctx, p, 'rmsprop', 'rms', constantInit(1));
        const msNew = b.add(b.mul(ms, rho), b.mul(b.mul(g, g), 1 - rho));
        ctx.update(msName, msNew);
        let denom = msNew;
        if (o.centered) {
          const [mgName, mg] = slot(ctx, p, 'rmsprop', 'mg');
          const mgNew = b.add(b.mul(mg, rho), b.mul(g, 1 - rho));
          ctx.update(mgName, mgNew);
          denom = b.sub(msNew, b.mul(mgNew, mgNew));
        }
        const delta = b.div(b.mul(g, lr), b.sqrt(b.add(denom, o.epsilon)));
        if (o.momentum === 0) {
          ctx.update(p.name, b.sub(p.param, delta));
        } else {
          const [momName, mom] = slot(ctx, p, 'rmsprop', 'momentum');
          const momNew = b.add(b.mul(mom, o.momentum), delta);
          ctx.update(momName, momNew);
          ctx.update(p.name, b.sub(p.param, momNew));
        }
      }
    },
  };
}

// ---- Adam, AdamW ----------------------------------------------------------------------------

export interface AdamOptions {
  readonly beta1: number;
  readonly beta2: number;
  readonly epsilon: number;
  /** Reddi, Kale & Kumar 2018 (ICLR), as Keras: the denominator uses max over time of v. */
  readonly amsgrad: boolean;
  /** AdamW only: the decoupled decay rate λ (θ ← θ − η·λ·θ). */
  readonly weightDecay?: number;
}

/**
 * Adam (Kingma & Ba 2015, arXiv:1412.6980) as tf.train.AdamOptimizer (and Keras), in the
 * paper's "efficient" form with ε̂ outside the root:
 *   t = step + 1;  η_t = η·√(1 − β2^t) / (1 − β1^t)
 *   m ← β1·m + (1 − β1)·g;  v ← β2·v + (1 − β2)·g²
 *   θ ← θ − η_t·m / (√v + ε̂)
 * AMSGrad (Keras' flag): v̂ ← max(v̂, v) and v̂ replaces v in the denominator.
 * Defaults β1 0.9, β2 0.999, ε̂ 1e-8 are TF1's (Keras uses ε̂ = 1e-7).
 * The chapter differs in three places: it corrects the bias with (1 − β)^−t instead of
 * 1/(1 − β^t) (which grows without bound instead of tending to 1), it puts ε inside the root
 * (√(s + ε)), and it quotes β2 = 0.99 and ε = 1e-10 where TF's defaults are 0.999 and 1e-8. Its
 * sign convention (m ← β1·m − (1 − β1)·g, θ ← θ + η·m̂/…) is the same update.
 *
 * AdamW (Loshchilov & Hutter 2019, "Decoupled Weight Decay Regularization", ICLR) as Keras'
 * AdamW (keras.optimizers.AdamW, Keras ≥ 2.11): the decay is applied to the weights first,
 * scaled by the learning rate, then the Adam step, θ ← θ − η·λ·θ − η_t·m/(√v + ε̂). (TF Addons'
 * AdamW differs: it subtracts λ·θ unscaled by η.)
 */
export function adam(o: AdamOptions): OptimizerSpec {
  const kind = o.weightDecay === undefined ? 'adam' : 'adamw';
  inUnit(kind, 'beta1', o.beta1);
  inUnit(kind, 'beta2', o.beta2);
  positive(kind, 'epsilon', o.epsilon);
  if (o.weightDecay !== undefined) nonNegative(kind, 'weight_decay', o.weightDecay);
  return {
    kind,
    settings: {
      beta1: o.beta1, beta2: o.beta2, epsilon: o.epsilon, amsgrad: o.amsgrad,
      ...(o.weightDecay === undefined ? {} : { weight_decay: o.weightDecay }),
    },
    apply(ctx, params, lr, step) {
      const b = ctx.b;
      if (!params.length) return;
      const t = iteration(b, step);
      const lrT = b.div(b.mul(lr, b.sqrt(oneMinusPowConst(b, o.beta2, t))), oneMinusPowConst(b, o.beta1, t));
      for (const p of params) {
        const g = p.grad;
        const [mName, m] = slot(ctx, p, kind, 'm');
        const [vName, v] = slot(ctx, p, kind, 'v');
        const mNew = b.add(b.mul(m, o.beta1), b.mul(g, 1 - o.beta1));
        const vNew = b.add(b.mul(v, o.beta2), b.mul(b.mul(g, g), 1 - o.beta2));
        ctx.update(mName, mNew);
        ctx.update(vName, vNew);
        let vDen = vNew;
        if (o.amsgrad) {
          const [hName, vHat] = slot(ctx, p, kind, 'vhat');
          vDen = b.max(vHat, vNew);
          ctx.update(hName, vDen);
        }
        const theta = o.weightDecay ? b.sub(p.param, b.mul(p.param, b.mul(lr, o.weightDecay))) : p.param;
        ctx.update(p.name, b.sub(theta, b.div(b.mul(mNew, lrT), b.add(b.sqrt(vDen), o.epsilon))));
      }
    },
  };
}

// ---- Nadam ----------------------------------------------------------------------------------

export interface NadamOptions {
  readonly beta1: number;
  readonly beta2: number;
  readonly epsilon: number;
  /** ψ in μ_t = β1·(1 − ½·0.96^(ψ·t)); 0.004 as Dozat and Keras 2, 1 gives Keras 3's schedule. */
  readonly scheduleDecay: number;
}

/**
 * Nadam (Dozat 2016, "Incorporating Nesterov Momentum into Adam", ICLR workshop) as Keras 2's
 * tf.keras.optimizers.Nadam (TF 2.0–2.10, now tf.keras.optimizers.legacy.Nadam), with the
 * momentum schedule μ_t = β1·(1 − ½·0.96^(ψ·t)) and the running product Π μ kept as state
 * (`optimizer/nadam/m_schedule`, starting at 1):
 *   t = step + 1;  P_t = P_{t−1}·μ_t;  P_{t+1} = P_t·μ_{t+1}
 *   m ← β1·m + (1 − β1)·g;  v ← β2·v + (1 − β2)·g²
 *   m̄ = (1 − μ_t)·g/(1 − P_t) + μ_{t+1}·m/(1 − P_{t+1});  v̂ = v/(1 − β2^t)
 *   θ ← θ − η·m̄/(√v̂ + ε)
 * Keras 3's Nadam is the same with 0.96^t (ψ = 1). The chapter only mentions Nadam in passing.
 */
export function nadam(o: NadamOptions): OptimizerSpec {
  inUnit('nadam', 'beta1', o.beta1);
  inUnit('nadam', 'beta2', o.beta2);
  positive('nadam', 'epsilon', o.epsilon);
  nonNegative('nadam', 'schedule_decay', o.scheduleDecay);
  return {
    kind: 'nadam',
    settings: { beta1: o.beta1, beta2: o.beta2, epsilon: o.epsilon, schedule_decay: o.scheduleDecay },
    apply(ctx, params, lr, step) {
      const b = ctx.b;
      if (!params.length) return;
      const t = iteration(b, step);
      const mu = (x: Var) => b.mul(b.sub(1, b.mul(powConst(b, 0.96, b.mul(x, o.scheduleDecay)), 0.5)), o.beta1);
      const muT = mu(t);
      const muNext = mu(b.add(t, 1));
      const sName = 'optimizer/nadam/m_schedule';
      const sched = ctx.state(sName, { dtype: 'f32', shape: [] }, 'slot', false, constantInit(1));
      const schedNew = b.mul(sched, muT);
      const schedNext = b.mul(schedNew, muNext);
      ctx.update(sName, schedNew);
      const vCorr = oneMinusPowConst(b, o.beta2, t);
      for (const p of params) {
        const g = p.grad;
        const [mName, m] = slot(ctx, p, 'nadam', 'm');
        const [vName, v] = slot(ctx, p, 'nadam', 'v');
        const mNew = b.add(b.mul(m, o.beta1), b.mul(g, 1 - o.beta1));
        const vNew = b.add(b.mul(v, o.beta2), b.mul(b.mul(g, g), 1 - o.beta2));
        ctx.update(mName, mNew);
        ctx.update(vName, vNew);
        const mBar = b.add(
          b.div(b.mul(g, b.sub(1, muT)), b.sub(1, schedNew)),
          b.div(b.mul(mNew, muNext), b.sub(1, schedNext)),
        );
        const denom = b.add(b.sqrt(b.div(vNew, vCorr)), o.epsilon);
        ctx.update(p.name, b.sub(p.param, b.div(b.mul(mBar, lr), denom)));
      }
    },
  };
}

// ---- FTRL-Proximal --------------------------------------------------------------------------

export interface FtrlOptions {
  /** p ≤ 0; −0.5 (the default) is the paper's per-coordinate rate η/√n. */
  readonly learningRatePower: number;
  readonly initialAccumulatorValue: number;
  readonly l1: number;
  readonly l2: number;
  /** TF's l2_shrinkage_regularization_strength: an L2 penalty folded into the gradient only. */
  readonly l2Shrinkage: number;
}

/**
 * FTRL-Proximal (McMahan et al. 2013, "Ad Click Prediction: a View from the Trenches", KDD,
 * Algorithm 1) exactly as tf.train.FtrlOptimizer (the ApplyFtrlV2 kernel):
 *   g̃ = g + 2·λ_shrink·θ
 *   n' = n + g²
 *   z ← z + g̃ − (n'^(−p) − n^(−p))/η · θ
 *   θ ← (sign(z)·λ1 − z) / (n'^(−p)/η + 2·λ2)   if |z| > λ1,   else exactly 0
 *   n ← n'
 * with n (`accum`) starting at `initial_accumulator_value` (0.1) and z (`linear`) at 0.
 * p = −0.5 uses √ as TF does. Strong λ1 gives exact zeros: the point of FTRL for sparse models.
 * The chapter names FTRL (attributing Dual Averaging to Nesterov) but gives no formula.
 */
export function ftrl(o: FtrlOptions): OptimizerSpec {
  check(o.learningRatePower <= 0, 'ftrl: learning_rate_power must be ≤ 0', o.learningRatePower);
  nonNegative('ftrl', 'initial_accumulator_value', o.initialAccumulatorValue);
  nonNegative('ftrl', 'l1_regularization_strength', o.l1);
  nonNegative('ftrl', 'l2_regularization_strength', o.l2);
  nonNegative('ftrl', 'l2_shrinkage_regularization_strength', o.l2Shrinkage);
  const powN = (b: Builder, n: Var): Var => {
    const e = -o.learningRatePower;
    if (e === 0) return b.const(1, n.type.shape);
    if (e === 0.5) return b.sqrt(n);
    if (e === 1) return n;
    return b.pow(n, e);
  };
  return {
    kind: 'ftrl',
    settings: {
      learning_rate_power: o.learningRatePower, initial_accumulator_value: o.initialAccumulatorValue,
      l1_regularization_strength: o.l1, l2_regularization_strength: o.l2, l2_shrinkage_regularization_strength: o.l2Shrinkage,
    },
    apply(ctx, params, lr) {
      const b = ctx.b;
      for (const p of params) {
        const g = p.grad;
        const w = p.param;
        const [nName, n] = slot(ctx, p, 'ftrl', 'accum', constantInit(o.initialAccumulatorValue));
        const [zName, z] = slot(ctx, p, 'ftrl', 'linear');
        const gShrunk = o.l2Shrinkage ? b.add(g, b.mul(w, 2 * o.l2Shrinkage)) : g;
        const nNew = b.add(n, b.mul(g, g));
        const powNew = powN(b, nNew);
        const sigma = b.div(b.sub(powNew, powN(b, n)), lr);
        const zNew = b.add(z, b.sub(gShrunk, b.mul(sigma, w)));
        const quadratic = o.l2 ? b.add(b.div(powNew, lr), 2 * o.l2) : b.div(powNew, lr);
        const pre = b.div(b.sub(b.mul(b.sign(zNew), o.l1), zNew), quadratic);
        ctx.update(nName, nNew);
        ctx.update(zName, zNew);
        ctx.update(p.name, b.select(b.gt(b.abs(zNew), o.l1), pre, 0));
      }
    },
  };
}

// ---- var_list -------------------------------------------------------------------------------

/**
 * The chapter's `minimize(loss, var_list=...)`: only parameters whose path matches one of
 * `patterns` are updated by `inner`; the others keep their values (their gradients, unused,
 * are removed by dead-code elimination). `describe` is recorded in the settings (`params`).
 */
export function restrictTo(inner: OptimizerSpec, patterns: readonly RegExp[], describe: string): OptimizerSpec {
  return {
    kind: inner.kind,
    settings: { ...inner.settings, params: describe },
    apply(ctx, params, lr, step) {
      inner.apply(ctx, params.filter((p) => patterns.some((re) => re.test(p.name))), lr, step);
    },
  };
}
