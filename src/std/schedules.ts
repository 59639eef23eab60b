// Learning-rate schedules: IR computed on the GPU from the step counter (the number of updates
// already applied, 0 for the first one — TF's `global_step` and Keras' `iterations` at the time
// the rate is read), so a changing rate costs no read-back or upload.
//
// Each schedule is elementwise in `step`: built on a u32 vector of steps it gives the rates of
// all of them at once (the tests use that). `docs/optimizers.md` lists them with their formulas.
import type { Builder } from '../ir/builder.js';
import { F32_MAX, type Var } from '../ir/types.js';
import { StdError } from './errors.js';
import { powConst } from './optimizers.js';

export interface Schedule {
  readonly kind: string;
  readonly settings: Readonly<Record<string, number | boolean | string | readonly number[]>>;
  /** The rate for the update about to be applied; `step` is a u32 scalar. */
  build(b: Builder, step: Var): Var;
}

function check(ok: boolean, what: string, value: number | string): void {
  if (!ok) throw new StdError('DNN2009', `${what}, got ${value}`);
}
/** The largest finite f32: a rate above it is Infinity on the GPU. */
const positive = (kind: string, name: string, v: number) => check(v > 0 && v <= F32_MAX, `${kind}: ${name} must be positive and finite in f32`, v);

const f32 = (b: Builder, step: Var) => b.cast(step, 'f32');

export function constant(rate: number): Schedule {
  check(rate > 0 && rate <= F32_MAX, 'a learning rate must be positive and finite in f32', rate);
  return { kind: 'constant', settings: { learning_rate: rate }, build: (b) => b.const(rate) };
}

/**
 * tf.train.piecewise_constant(step, boundaries, values): values[0] while step ≤ boundaries[0],
 * values[i] while boundaries[i−1] < step ≤ boundaries[i], values[n] once step > boundaries[n−1].
 * A step equal to a boundary still gets the earlier value. Built as nested selects, so each
 * value is exact (no sums of differences). The chapter describes it in words only.
 */
export function piecewiseConstant(boundaries: readonly number[], values: readonly number[]): Schedule {
  check(values.length === boundaries.length + 1, `piecewise_constant needs ${boundaries.length + 1} values for ${boundaries.length} boundaries`, values.length);
  boundaries.forEach((x, i) => {
    check(Number.isInteger(x) && x >= 0, 'piecewise_constant: boundaries must be non-negative integer steps', x);
    if (i > 0) check(x > boundaries[i - 1]!, 'piecewise_constant: boundaries must increase', x);
  });
  values.forEach((v) => positive('piecewise_constant', 'every value', v));
  return {
    kind: 'piecewise_constant',
    settings: { boundaries: [...boundaries], values: [...values] },
    build(b, step) {
      let r: Var = b.const(values[values.length - 1]!, step.type.shape);
      for (let i = boundaries.length - 1; i >= 0; i--) r = b.select(b.le(step, boundaries[i]!), values[i]!, r);
      return r;
    },
  };
}

/** t/steps, floored when `staircase`. */
function progress(b: Builder, step: Var, decaySteps: number, staircase: boolean): Var {
  const p = b.div(f32(b, step), decaySteps);
  return staircase ? b.floor(p) : p;
}

/**
 * tf.train.exponential_decay: η = η0·r^(t/s), with ⌊t/s⌋ when `staircase` (the rate drops by a
 * factor r every s steps). The chapter writes η(t) = η0^(−t/r): a power of the initial rate
 * rather than the initial rate times a decay factor (with η0 = 0.1 that would *grow* the rate to
 * 10 at t = r); its own code calls tf.train.exponential_decay(0.1, step, 10000, 0.1), that is
 * η = 0.1·0.1^(t/10000).
 */
export function exponentialDecay(initial: number, decaySteps: number, decayRate: number, staircase: boolean): Schedule {
  positive('exponential_decay', 'initial_learning_rate', initial);
  positive('exponential_decay', 'decay_steps', decaySteps);
  positive('exponential_decay', 'decay_rate', decayRate);
  return {
    kind: 'exponential_decay',
    settings: { initial_learning_rate: initial, decay_steps: decaySteps, decay_rate: decayRate, staircase },
    build: (b, step) => b.mul(powConst(b, decayRate, progress(b, step, decaySteps, staircase)), initial),
  };
}

/**
 * tf.train.inverse_time_decay: η = η0 / (1 + r·t/s), with ⌊t/s⌋ when `staircase`. This is the
 * chapter's power scheduling with c = 1 and its r = s/r here.
 */
export function inverseTimeDecay(initial: number, decaySteps: number, decayRate: number, staircase: boolean): Schedule {
  positive('inverse_time_decay', 'initial_learning_rate', initial);
  positive('inverse_time_decay', 'decay_steps', decaySteps);
  check(decayRate >= 0 && Number.isFinite(decayRate), 'inverse_time_decay: decay_rate must be ≥ 0', decayRate);
  return {
    kind: 'inverse_time_decay',
    settings: { initial_learning_rate: initial, decay_steps: decaySteps, decay_rate: decayRate, staircase },
    build: (b, step) => b.div(initial, b.add(b.mul(progress(b, step, decaySteps, staircase), decayRate), 1)),
  };
}

/**
 * The chapter's power scheduling: η = η0·(1 + t/r)^(−c) (c = 1 by default; c = 1 is
 * inverse_time_decay with decay_rate 1). The chapter calls it an "exponential function"; it is a
 * power of t, which is why it drops more slowly than exponential scheduling.
 */
export function powerDecay(initial: number, decaySteps: number, power: number): Schedule {
  positive('power_decay', 'initial_learning_rate', initial);
  positive('power_decay', 'decay_steps', decaySteps);
  check(power >= 0 && Number.isFinite(power), 'power_decay: power must be ≥ 0', power);
  return {
    kind: 'power_decay',
    settings: { initial_learning_rate: initial, decay_steps: decaySteps, power },
    build(b, step) {
      const base = b.add(b.div(f32(b, step), decaySteps), 1);
      if (power === 1) return b.div(initial, base);
      return b.mul(b.exp(b.mul(b.log(base), -power)), initial);
    },
  };
}

/**
 * tf.train.cosine_decay (Loshchilov & Hutter 2017, SGDR without restarts) with a linear warm-up
 * as Keras 3's CosineDecay(initial_learning_rate=0, warmup_target=η0, warmup_steps=w):
 *   t < w:   η = η0·t/w                                  (0 for the very first update)
 *   t ≥ w:   u = min(t − w, s);  η = η0·((1 − α)·½(1 + cos(π·u/s)) + α)
 * With w = 0 this is tf.train.cosine_decay(η0, t, s, α). Not in the chapter.
 */
export function cosineDecay(initial: number, decaySteps: number, alpha: number, warmupSteps: number): Schedule {
  positive('cosine_decay', 'initial_learning_rate', initial);
  positive('cosine_decay', 'decay_steps', decaySteps);
  check(alpha >= 0 && alpha <= 1, 'cosine_decay: alpha must be in [0, 1]', alpha);
  check(Number.isInteger(warmupSteps) && warmupSteps >= 0, 'cosine_decay: warmup_steps must be a non-negative integer', warmupSteps);
  return {
    kind: 'cosine_decay',
    settings: { initial_learning_rate: initial, decay_steps: decaySteps, alpha, warmup_steps: warmupSteps },
    build(b, step) {
      const t = f32(b, step);
      const u = b.min(b.max(b.sub(t, warmupSteps), 0), decaySteps);
      const cosine = b.mul(b.add(b.cos(b.mul(u, Math.PI / decaySteps)), 1), 0.5);
      const decayed = b.mul(b.add(b.mul(cosine, 1 - alpha), alpha), initial);
      if (warmupSteps === 0) return decayed;
      return b.select(b.lt(t, warmupSteps), b.mul(t, initial / warmupSteps), decayed);
    },
  };
}

export type Anneal = 'cos' | 'linear';

/**
 * The 1cycle policy (Smith 2018, arXiv:1803.09820) exactly as PyTorch's OneCycleLR
 * (three_phase=False), with η_max = max_rate, η_0 = η_max/start_div (div_factor) and
 * η_min = η_0/final_div (final_div_factor); the phases end at steps e1 = pct_start·T − 1 and
 * e2 = T − 1:
 *   t ≤ e1:  η = anneal(η_0, η_max, t/e1)
 *   t > e1:  η = anneal(η_max, η_min, (min(t, e2) − e1)/(e2 − e1))
 * anneal 'cos': b + (a − b)/2·(1 + cos(π·x));  'linear': a + (b − a)·x. PyTorch stops with an
 * error past T steps; here the rate stays at η_min. (fastai's fit_one_cycle is the same with
 * pct_start 0.25 and div_final 1e5; momentum cycling is not done.) Not in the chapter.
 */
export function oneCycle(maxRate: number, totalSteps: number, startDiv: number, finalDiv: number, pctStart: number, anneal: Anneal): Schedule {
  positive('one_cycle', 'max_rate', maxRate);
  check(Number.isInteger(totalSteps) && totalSteps >= 2, 'one_cycle: total_steps must be an integer ≥ 2', totalSteps);
  positive('one_cycle', 'start_div', startDiv);
  positive('one_cycle', 'final_div', finalDiv);
  const e1 = pctStart * totalSteps - 1;
  const e2 = totalSteps - 1;
  check(pctStart > 0 && pctStart < 1 && e1 > 0 && e1 < e2, 'one_cycle: pct_start·total_steps must lie strictly between 1 and total_steps', pctStart);
  check(anneal === 'cos' || anneal === 'linear', 'one_cycle: anneal_strategy must be "cos" or "linear"', `"${anneal}"`);
  const initial = maxRate / startDiv;
  const min = initial / finalDiv;
  return {
    kind: 'one_cycle',
    settings: { max_rate: maxRate, total_steps: totalSteps, start_div: startDiv, final_div: finalDiv, pct_start: pctStart, anneal_strategy: anneal },
    build(b, step) {
      const t = b.min(f32(b, step), e2);
      const ann = (a: number, z: number, x: Var): Var =>
        anneal === 'cos'
          ? b.add(b.mul(b.add(b.cos(b.mul(x, Math.PI)), 1), (a - z) / 2), z)
          : b.add(b.mul(x, z - a), a);
      const up = ann(initial, maxRate, b.div(t, e1));
      const down = ann(maxRate, min, b.div(b.sub(t, e1), e2 - e1));
      return b.select(b.le(t, e1), up, down);
    },
  };
}
