// Built-ins used in `train { ... }`: optimizers and learning-rate schedules. Each optimizer's
// `learning_rate` takes a number (a constant rate) or a schedule, and `params` (the chapter's
// `var_list`) restricts it to the parameters matching a pattern or a list of patterns. Names and
// defaults follow TensorFlow 1 (`tf.train.*`) where it has the optimizer, Keras otherwise;
// docs/optimizers.md has the table.
import { adagrad, adam, ftrl, momentum, nadam, restrictTo, rmsprop, sgd, type OptimizerSpec } from '../std/optimizers.js';
import {
  cosineDecay, exponentialDecay, inverseTimeDecay, oneCycle, piecewiseConstant, powerDecay, type Anneal, type Schedule,
} from '../std/schedules.js';
import type { Args, BuiltinDef, ParamSpec } from './builtins.js';
import { globToRegExp } from './glob.js';
import type { Value } from './values.js';

const lr = (dflt: number): ParamSpec => ({ name: 'learning_rate', kind: 'schedule', default: dflt });
const num = (name: string, dflt?: number): ParamSpec => (dflt === undefined ? { name, kind: 'number' } : { name, kind: 'number', default: dflt });
const bool = (name: string, dflt: boolean): ParamSpec => ({ name, kind: 'bool', default: dflt });
/** `params: "hidden[34]/*"` or `params: ["hidden3/*", "outputs/*"]`: only matching parameters. */
const paramsSpec: ParamSpec = { name: 'params', kind: 'patterns', default: null };
const N = (a: Args, k: string) => a[k] as number;
const B = (a: Args, k: string) => a[k] as boolean;
const S = (a: Args) => a['learning_rate'] as Schedule;

/** An optimizer built-in: its own parameters between `learning_rate` and `params`. */
function optimizer(lrDefault: number, own: readonly ParamSpec[], make: (a: Args) => OptimizerSpec): BuiltinDef {
  return {
    params: [lr(lrDefault), ...own, paramsSpec],
    call: (_c, a): Value => {
      const spec = make(a);
      const globs = a['params'] as string[] | undefined;
      if (globs === undefined) return { kind: 'optimizer', spec, learningRate: S(a) };
      return { kind: 'optimizer', spec: restrictTo(spec, globs.map(globToRegExp), globs.join(', ')), learningRate: S(a) };
    },
  };
}

const schedule = (params: readonly ParamSpec[], make: (a: Args) => Schedule): BuiltinDef => ({
  params,
  call: (_c, a): Value => ({ kind: 'schedule', schedule: make(a) }),
});
const initial = num('initial_learning_rate');

export const TRAIN_BUILTINS: Readonly<Record<string, BuiltinDef>> = {
  // ---- optimizers ---------------------------------------------------------------------------
  sgd: optimizer(0.01, [], () => sgd()),
  momentum: optimizer(0.01, [num('momentum', 0.9), bool('nesterov', false)], (a) => momentum(N(a, 'momentum'), B(a, 'nesterov'))),
  adagrad: optimizer(0.001, [num('initial_accumulator_value', 0.1), num('epsilon', 1e-7)], (a) =>
    adagrad({ initialAccumulatorValue: N(a, 'initial_accumulator_value'), epsilon: N(a, 'epsilon') })),
  rmsprop: optimizer(0.001, [num('decay', 0.9), num('momentum', 0), num('epsilon', 1e-10), bool('centered', false)], (a) =>
    rmsprop({ decay: N(a, 'decay'), momentum: N(a, 'momentum'), epsilon: N(a, 'epsilon'), centered: B(a, 'centered') })),
  adam: optimizer(0.001, [num('beta1', 0.9), num('beta2', 0.999), num('epsilon', 1e-8), bool('amsgrad', false)], (a) =>
    adam({ beta1: N(a, 'beta1'), beta2: N(a, 'beta2'), epsilon: N(a, 'epsilon'), amsgrad: B(a, 'amsgrad') })),
  adamw: optimizer(0.001, [num('weight_decay', 0.004), num('beta1', 0.9), num('beta2', 0.999), num('epsilon', 1e-7), bool('amsgrad', false)], (a) =>
    adam({ beta1: N(a, 'beta1'), beta2: N(a, 'beta2'), epsilon: N(a, 'epsilon'), amsgrad: B(a, 'amsgrad'), weightDecay: N(a, 'weight_decay') })),
  nadam: optimizer(0.001, [num('beta1', 0.9), num('beta2', 0.999), num('epsilon', 1e-7), num('schedule_decay', 0.004)], (a) =>
    nadam({ beta1: N(a, 'beta1'), beta2: N(a, 'beta2'), epsilon: N(a, 'epsilon'), scheduleDecay: N(a, 'schedule_decay') })),
  ftrl: optimizer(
    0.001,
    [
      num('learning_rate_power', -0.5), num('initial_accumulator_value', 0.1),
      num('l1_regularization_strength', 0), num('l2_regularization_strength', 0), num('l2_shrinkage_regularization_strength', 0),
    ],
    (a) => ftrl({
      learningRatePower: N(a, 'learning_rate_power'), initialAccumulatorValue: N(a, 'initial_accumulator_value'),
      l1: N(a, 'l1_regularization_strength'), l2: N(a, 'l2_regularization_strength'), l2Shrinkage: N(a, 'l2_shrinkage_regularization_strength'),
    }),
  ),

  // ---- learning-rate schedules -------------------------------------------------------------
  piecewise_constant: schedule([{ name: 'boundaries', kind: 'numbers' }, { name: 'values', kind: 'numbers' }], (a) =>
    piecewiseConstant(a['boundaries'] as number[], a['values'] as number[])),
  exponential_decay: schedule([initial, num('decay_steps'), num('decay_rate'), bool('staircase', false)], (a) =>
    exponentialDecay(N(a, 'initial_learning_rate'), N(a, 'decay_steps'), N(a, 'decay_rate'), B(a, 'staircase'))),
  inverse_time_decay: schedule([initial, num('decay_steps'), num('decay_rate'), bool('staircase', false)], (a) =>
    inverseTimeDecay(N(a, 'initial_learning_rate'), N(a, 'decay_steps'), N(a, 'decay_rate'), B(a, 'staircase'))),
  power_decay: schedule([initial, num('decay_steps'), num('power', 1)], (a) =>
    powerDecay(N(a, 'initial_learning_rate'), N(a, 'decay_steps'), N(a, 'power'))),
  cosine_decay: schedule([initial, num('decay_steps'), num('alpha', 0), { name: 'warmup_steps', kind: 'int', default: 0 }], (a) =>
    cosineDecay(N(a, 'initial_learning_rate'), N(a, 'decay_steps'), N(a, 'alpha'), N(a, 'warmup_steps'))),
  one_cycle: schedule(
    [
      num('max_rate'), { name: 'total_steps', kind: 'int' }, num('start_div', 25), num('final_div', 1e4), num('pct_start', 0.3),
      { name: 'anneal_strategy', kind: 'string', default: 'cos' },
    ],
    (a) => oneCycle(N(a, 'max_rate'), N(a, 'total_steps'), N(a, 'start_div'), N(a, 'final_div'), N(a, 'pct_start'), a['anneal_strategy'] as Anneal),
  ),
};
