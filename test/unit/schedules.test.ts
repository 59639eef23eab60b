// Every learning-rate schedule on the float64 reference evaluator, at chosen steps, against
// values computed by hand from TensorFlow's / Keras' / PyTorch's definitions: boundaries hit
// exactly, staircase jumps, the end of a warm-up, the turn of a one-cycle.
import { describe, expect, it } from 'vitest';
import { evaluateProgram } from '../../src/ir/evaluate.js';
import { refTensor } from '../../src/ir/reference.js';
import { StdError } from '../../src/std/errors.js';
import {
  constant, cosineDecay, exponentialDecay, inverseTimeDecay, oneCycle, piecewiseConstant, powerDecay, type Schedule,
} from '../../src/std/schedules.js';
import { stateProgram } from '../helpers/ir.js';

/** The schedule's rate at each step, all at once (schedules are elementwise in the step). */
function rates(s: Schedule, steps: readonly number[]): number[] {
  const type = { dtype: 'u32' as const, shape: [steps.length] };
  const p = stateProgram([type], (b, [step]) => b.broadcastTo(s.build(b, step!), [steps.length]));
  return Array.from(evaluateProgram(p, {}, { s0: refTensor(type, steps) }).outputs['out']!.data);
}

function expectRates(s: Schedule, table: readonly [number, number][], digits = 12): void {
  const got = rates(s, table.map(([t]) => t));
  table.forEach(([t, want], i) => {
    if (Math.abs(got[i]! - want) > 10 ** -digits * Math.max(1, Math.abs(want))) throw new Error(`${s.kind} at step ${t}: got ${got[i]}, want ${want}`);
  });
}

describe('learning-rate schedules at chosen steps', () => {
  it('constant', () => expectRates(constant(0.01), [[0, 0.01], [12345, 0.01]]));

  it('piecewise_constant: a step equal to a boundary keeps the earlier value (TF)', () => {
    const s = piecewiseConstant([1000, 2000], [0.01, 0.005, 0.001]);
    expectRates(s, [[0, 0.01], [999, 0.01], [1000, 0.01], [1001, 0.005], [2000, 0.005], [2001, 0.001], [1_000_000, 0.001]], 15);
    // Each value is exact, not a sum of differences.
    expect(rates(s, [1500])[0]).toBe(0.005);
  });

  it('exponential_decay: η0·r^(t/s), floored exponent with staircase', () => {
    // The chapter's own call: tf.train.exponential_decay(0.1, step, 10000, 0.1).
    expectRates(exponentialDecay(0.1, 10000, 0.1, false), [
      [0, 0.1], [5000, 0.1 * Math.sqrt(0.1)], [10000, 0.01], [20000, 0.001], [2500, 0.1 * 0.1 ** 0.25],
    ]);
    expectRates(exponentialDecay(0.1, 10000, 0.1, true), [[0, 0.1], [9999, 0.1], [10000, 0.01], [15000, 0.01], [29999, 0.001]]);
    expectRates(exponentialDecay(0.5, 4, 0.5, false), [[2, 0.5 / Math.SQRT2], [4, 0.25], [8, 0.125]]);
  });

  it('inverse_time_decay: η0/(1 + r·t/s)', () => {
    expectRates(inverseTimeDecay(0.1, 100, 0.5, false), [[0, 0.1], [50, 0.08], [100, 0.1 / 1.5], [300, 0.04]]);
    expectRates(inverseTimeDecay(0.1, 100, 0.5, true), [[50, 0.1], [99, 0.1], [100, 0.1 / 1.5], [199, 0.1 / 1.5], [200, 0.05]]);
  });

  it('power_decay: η0·(1 + t/r)^−c (the chapter\'s power scheduling)', () => {
    expectRates(powerDecay(0.1, 500, 1), [[0, 0.1], [500, 0.05], [1500, 0.025]]);
    expectRates(powerDecay(0.1, 500, 2), [[500, 0.025], [1000, 0.1 / 9]]);
    expectRates(powerDecay(0.1, 500, 0.5), [[1500, 0.05]]);
  });

  it('cosine_decay: half a cosine to α·η0, then flat', () => {
    expectRates(cosineDecay(1, 100, 0, 0), [[0, 1], [25, 0.5 + 0.5 * Math.SQRT1_2], [50, 0.5], [100, 0], [150, 0]]);
    expectRates(cosineDecay(2, 100, 0.1, 0), [[0, 2], [50, 1.1], [100, 0.2], [1000, 0.2]]);
  });

  it('cosine_decay with warm-up: linear from 0, the peak exactly at the end of the warm-up (Keras 3)', () => {
    expectRates(cosineDecay(1, 100, 0, 10), [[0, 0], [1, 0.1], [5, 0.5], [9, 0.9], [10, 1], [60, 0.5], [110, 0], [500, 0]]);
  });

  it('one_cycle: up from max/25 to max at pct_start·T − 1, down to max/25/1e4 at T − 1 (PyTorch OneCycleLR)', () => {
    // T = 200, pct_start 0.3: phase ends e1 = 59, e2 = 199; η0 = 0.04, η_min = 4e-6.
    const cos = oneCycle(1, 200, 25, 1e4, 0.3, 'cos');
    const half = (a: number, z: number, x: number) => z + ((a - z) / 2) * (1 + Math.cos(Math.PI * x));
    expectRates(cos, [
      [0, 0.04], [10, half(0.04, 1, 10 / 59)], [59, 1], [60, half(1, 4e-6, 1 / 140)], [129, (1 + 4e-6) / 2], [199, 4e-6], [5000, 4e-6],
    ]);
    const lin = oneCycle(1, 200, 25, 1e4, 0.3, 'linear');
    expectRates(lin, [[0, 0.04], [10, 0.04 + 0.96 * (10 / 59)], [59, 1], [129, (1 + 4e-6) / 2], [199, 4e-6]]);
  });

  it('rejects impossible settings with DNN2009', () => {
    const bad = [
      () => piecewiseConstant([10, 5], [1, 2, 3]),
      () => piecewiseConstant([10], [1]),
      () => exponentialDecay(0.1, 0, 0.5, false),
      () => cosineDecay(0.1, 100, 2, 0),
      () => oneCycle(0.1, 10, 25, 1e4, 0.05, 'cos'),
    ];
    for (const f of bad) expect(f).toThrow(StdError);
  });
});
