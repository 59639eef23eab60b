// Every optimizer's update and every schedule compiled to WGSL and run on the device, against
// the float64 reference evaluator of the same IR. All optimizers share one program (each on its
// own parameters), run for 3 steps with the device's outputs fed back as the next state.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { Builder } from '../../src/ir/builder.js';
import { evaluateProgram } from '../../src/ir/evaluate.js';
import type { Program } from '../../src/ir/program.js';
import { refTensor, type RefTensor } from '../../src/ir/reference.js';
import { ProgramContext, StateRegistry, scalar } from '../../src/std/context.js';
import { zerosInit } from '../../src/std/initializers.js';
import { adagrad, adam, ftrl, momentum, nadam, restrictTo, rmsprop, sgd, type OptimizerSpec } from '../../src/std/optimizers.js';
import {
  constant, cosineDecay, exponentialDecay, inverseTimeDecay, oneCycle, piecewiseConstant, powerDecay, type Schedule,
} from '../../src/std/schedules.js';
import { BACKENDS, runOnDevice, sessionFor } from '../helpers/gpu.js';
import { randomTensor, rng } from '../helpers/ir.js';

const SHAPE = [3, 5];
const OPTIMIZERS: [string, OptimizerSpec, number | Schedule][] = [
  ['sgd', sgd(), 0.1],
  ['momentum', momentum(0.9, false), 0.05],
  ['nesterov', momentum(0.9, true), 0.05],
  ['adagrad', adagrad({ initialAccumulatorValue: 0.1, epsilon: 1e-7 }), 0.1],
  ['rmsprop', rmsprop({ decay: 0.9, momentum: 0, epsilon: 1e-10, centered: false }), 0.01],
  ['rmsprop_centered', rmsprop({ decay: 0.8, momentum: 0.5, epsilon: 1e-6, centered: true }), 0.01],
  ['adam', adam({ beta1: 0.9, beta2: 0.999, epsilon: 1e-8, amsgrad: false }), exponentialDecay(0.01, 2, 0.5, false)],
  ['amsgrad', adam({ beta1: 0.8, beta2: 0.9, epsilon: 1e-7, amsgrad: true }), 0.05],
  ['adamw', adam({ beta1: 0.9, beta2: 0.999, epsilon: 1e-7, amsgrad: false, weightDecay: 0.1 }), 0.05],
  ['nadam', nadam({ beta1: 0.9, beta2: 0.999, epsilon: 1e-7, scheduleDecay: 0.004 }), 0.01],
  ['ftrl', ftrl({ learningRatePower: -0.5, initialAccumulatorValue: 0.1, l1: 0.01, l2: 0.02, l2Shrinkage: 0 }), 0.1],
  ['ftrl_pow', ftrl({ learningRatePower: -0.7, initialAccumulatorValue: 0.2, l1: 0.05, l2: 0.01, l2Shrinkage: 0.03 }), 0.2],
  ['ftrl_sparse', ftrl({ learningRatePower: -0.5, initialAccumulatorValue: 0.1, l1: 100, l2: 0, l2Shrinkage: 0 }), 0.5],
  ['restricted', restrictTo(sgd(), [/^restricted\/a$/], 'restricted/a'), 0.1],
];

/** One program: every optimizer on its parameters `<name>/w` (`restricted/a` and `/b`), new values as outputs. */
function build(): { program: Program; init: Record<string, RefTensor>; params: string[] } {
  const reg = new StateRegistry();
  const ctx = new ProgramContext('run', 'train', reg);
  const step = ctx.state('step', scalar('u32'), 'counter', false, zerosInit);
  const params: string[] = [];
  for (const [name, spec, lr] of OPTIMIZERS) {
    const names = name === 'restricted' ? ['restricted/a', 'restricted/b'] : [`${name}/w`];
    const pg = names.map((n) => {
      params.push(n);
      const type = { dtype: 'f32' as const, shape: SHAPE };
      return { name: n, param: ctx.state(n, type, 'param', true, zerosInit), grad: ctx.state(`grad/${n}`, type, 'slot', false, zerosInit) };
    });
    spec.apply(ctx, pg, typeof lr === 'number' ? ctx.b.const(lr) : lr.build(ctx.b, step), step);
  }
  const p = ctx.finish();
  const program: Program = { ...p, outputs: p.updates.map((u) => ({ name: u.name, var: u.var })), updates: [] };
  const b = new Builder();
  const seed = b.newVar(scalar('u32'));
  const inits = [...reg.entries].map(([name, e]) => ({ name, var: e.init(b, e.spec.type, seed, 0) }));
  const initProg: Program = { name: 'init', inputs: [], state: [{ name: 'seed', var: seed }], eqns: b.eqns, outputs: inits, updates: [] };
  const init = evaluateProgram(initProg, {}, { seed: refTensor(scalar('u32'), [0]) }).outputs;
  return { program, init, params };
}

const f32 = (t: RefTensor): RefTensor => refTensor(t.type, Float32Array.from(t.data));

describe.each(BACKENDS)('optimizers on %s agree with the float64 reference (3 steps)', (backend) => {
  it('every optimizer, to f32 tolerance', async () => {
    const { program, init, params } = build();
    const r = rng(77);
    const state: Record<string, RefTensor> = {};
    for (const [n, t] of Object.entries(init)) state[n] = f32(t);
    for (const n of params) state[n] = f32(randomTensor(state[n]!.type, r, -2, 2));
    const target = randomTensor(state[params[0]!]!.type, r, -1, 1);
    let worst = { err: 0, what: '' };
    for (let k = 0; k < 3; k++) {
      state['step'] = refTensor(scalar('u32'), [k]);
      // The gradient of ½Σ a_j·(w − c)² at the current weights.
      for (const n of params) state[`grad/${n}`] = f32(refTensor(state[n]!.type, state[n]!.data.map((w, j) => (1 + (j % 4)) * (w - target.data[j]!))));
      const want = evaluateProgram(program, {}, state).outputs;
      const got = await runOnDevice(program, state, 8, backend);
      for (const o of program.outputs) {
        const g = got[o.name]!;
        want[o.name]!.data.forEach((w, j) => {
          // Relative, except below 0.01 where a value is the difference of O(1) terms (FTRL's
          // (sign(z)·l1 − z), its n'^0.7 − n^0.7) and f32 leaves it an absolute error of ~1e-7.
          const err = Math.abs(g[j]! - w) / Math.max(Math.abs(w), 1e-2);
          if (err > worst.err) worst = { err, what: `step ${k + 1}: ${o.name}[${j}] = ${g[j]} on the device, ${w} in float64` };
        });
        state[o.name] = refTensor(want[o.name]!.type, g);
      }
    }
    expect(worst.err, worst.what).toBeLessThanOrEqual(1e-5);
    // FTRL with a strong l1: exact zeros on the device too.
    expect(Array.from(state['ftrl_sparse/w']!.data).every((v) => v === 0)).toBe(true);
    // A restricted optimizer leaves the other parameter alone (it has no update at all).
    expect(program.outputs.map((o) => o.name)).not.toContain('restricted/b');
  });
});

describe.each(BACKENDS)('schedules on %s', (backend) => {
  it('every schedule at 24 steps at once, to f32 tolerance', async () => {
    const schedules: Schedule[] = [
      constant(0.01),
      piecewiseConstant([5, 100], [0.1, 0.01, 0.001]),
      exponentialDecay(0.1, 50, 0.1, false),
      exponentialDecay(0.1, 50, 0.1, true),
      inverseTimeDecay(0.1, 30, 0.5, true),
      powerDecay(0.1, 40, 1),
      powerDecay(0.1, 40, 0.7),
      cosineDecay(0.1, 150, 0.1, 20),
      oneCycle(0.1, 200, 25, 1e4, 0.3, 'cos'),
      oneCycle(0.1, 200, 25, 1e4, 0.3, 'linear'),
    ];
    const steps = [0, 1, 2, 4, 5, 6, 10, 19, 20, 21, 49, 50, 51, 59, 60, 99, 100, 101, 129, 170, 199, 200, 1000, 123456];
    const type = { dtype: 'u32' as const, shape: [steps.length] };
    const b = new Builder();
    const s = b.newVar(type);
    const outputs = schedules.map((sc, i) => ({ name: `${i}_${sc.kind}`, var: b.broadcastTo(sc.build(b, s), [steps.length]) }));
    const p: Program = { name: 'run', inputs: [], state: [{ name: 'steps', var: s }], eqns: b.eqns, outputs, updates: [] };
    const state = { steps: refTensor(type, steps) };
    const want = evaluateProgram(p, {}, state).outputs;
    const got = await runOnDevice(p, state, 8, backend);
    for (const o of outputs) {
      want[o.name]!.data.forEach((w, j) => {
        expect(Math.abs(got[o.name]![j]! - w), `${o.name} at step ${steps[j]}: ${got[o.name]![j]} vs ${w}`).toBeLessThanOrEqual(1e-5 * Math.max(Math.abs(w), 1e-3));
      });
    }
  });
});

describe('FTRL with a strong l1 term', () => {
  it('leaves at least half of the first layer exactly zero at validation accuracy ≥ 0.85', async () => {
    const s = await sessionFor(readFileSync('examples/optimizers/ftrl-sparse.dnn', 'utf8'), { seed: 42 });
    for (let e = 0; e < 2; e++) await s.trainEpoch();
    const acc = (await s.evaluate('val')).metrics['accuracy']!;
    const w = await s.readState('hidden1/dense/kernel');
    const zeros = w.filter((v) => v === 0).length / w.length;
    expect(zeros).toBeGreaterThanOrEqual(0.5);
    expect(acc).toBeGreaterThanOrEqual(0.85);
    s.destroy();
  });
});
