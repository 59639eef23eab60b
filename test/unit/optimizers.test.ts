// Every optimizer's IR, run for several steps on the float64 reference evaluator, against an
// independent float64 transcription of TensorFlow's / Keras' update (written from their kernels,
// not from src/std), plus small fixtures checkable by hand and the DSL built-ins.
import { describe, expect, it } from 'vitest';
import { compileSource } from '../../src/compiler/compile.js';
import { DnnError } from '../../src/contract/diagnostics.js';
import { Builder } from '../../src/ir/builder.js';
import { evaluateProgram } from '../../src/ir/evaluate.js';
import type { Program } from '../../src/ir/program.js';
import { refTensor, type RefTensor } from '../../src/ir/reference.js';
import type { TensorType } from '../../src/ir/types.js';
import { ProgramContext, StateRegistry, scalar } from '../../src/std/context.js';
import { zerosInit } from '../../src/std/initializers.js';
import { adagrad, adam, ftrl, momentum, nadam, restrictTo, rmsprop, sgd, type OptimizerSpec } from '../../src/std/optimizers.js';
import { exponentialDecay, type Schedule } from '../../src/std/schedules.js';

const f = (...shape: number[]): TensorType => ({ dtype: 'f32', shape });

// ---- the harness: one update program, its slots' initial values, and a loop ---------------------

interface Harness {
  program: Program;
  /** Every state value: parameters, gradients, slots, the step counter. */
  state: Record<string, RefTensor>;
  names: string[];
}

/** Parameters `names[i]` of `shapes[i]` with gradients `grad/<name>`, the optimizer applied once. */
function harness(spec: OptimizerSpec, names: readonly string[], shapes: readonly number[][], lr: number | Schedule): Harness {
  const reg = new StateRegistry();
  const ctx = new ProgramContext('run', 'train', reg);
  const params = names.map((name, i) => ({
    name,
    param: ctx.state(name, f(...shapes[i]!), 'param', true, zerosInit),
    grad: ctx.state(`grad/${name}`, f(...shapes[i]!), 'slot', false, zerosInit),
  }));
  const step = ctx.state('step', scalar('u32'), 'counter', false, zerosInit);
  const rate = typeof lr === 'number' ? ctx.b.const(lr) : lr.build(ctx.b, step);
  spec.apply(ctx, params, rate, step);
  const p = ctx.finish();
  // Initial values of every state from its init function (the slots' zeros, ones, 0.1, ...).
  const b = new Builder();
  const seed = b.newVar(scalar('u32'));
  const init = [...reg.entries].map(([name, e]) => ({ name, var: e.init(b, e.spec.type, seed, 0) }));
  const initProg: Program = { name: 'init', inputs: [], state: [{ name: 'seed', var: seed }], eqns: b.eqns, outputs: init, updates: [] };
  const state = evaluateProgram(initProg, {}, { seed: refTensor(scalar('u32'), [0]) }).outputs;
  return { program: p, state, names: [...names] };
}

/** Runs `steps` updates; `grad(k, w)` gives each parameter's gradient from its current values. */
function run(h: Harness, w0: readonly number[][], steps: number, grad: (k: number, w: Float64Array[]) => number[][]): Float64Array[][] {
  const state = { ...h.state };
  h.names.forEach((n, i) => (state[n] = refTensor(state[n]!.type, w0[i]!)));
  const history: Float64Array[][] = [];
  for (let k = 0; k < steps; k++) {
    const w = h.names.map((n) => state[n]!.data);
    grad(k, w).forEach((g, i) => (state[`grad/${h.names[i]}`] = refTensor(state[`grad/${h.names[i]}`]!.type, g)));
    state['step'] = refTensor(scalar('u32'), [k]);
    const { updates } = evaluateProgram(h.program, {}, state);
    for (const [n, t] of Object.entries(updates)) state[n] = t;
    history.push(h.names.map((n) => Float64Array.from(state[n]!.data)));
  }
  return history;
}

// ---- independent references, one coordinate at a time (from TF's / Keras' kernels) ------------

/** (w, g, lr) → new w, for the k-th call (k = 0, 1, ...); keeps its own slots. */
type Ref = (w: number, g: number, lr: number) => number;
/** The step's shared scalars (β powers, Nadam's schedule) are advanced by `tick` once per step. */
interface RefOptimizer {
  coord(): Ref;
  tick?(): void;
}

const refs = {
  sgd: (): RefOptimizer => ({ coord: () => (w, g, lr) => w - lr * g }),
  // tf.train.MomentumOptimizer: accum = accum·μ + g; var -= lr·accum, or lr·(g + μ·accum).
  momentum: (mu: number, nesterov: boolean): RefOptimizer => ({
    coord: () => {
      let accum = 0;
      return (w, g, lr) => {
        accum = accum * mu + g;
        return nesterov ? w - lr * (g + mu * accum) : w - lr * accum;
      };
    },
  }),
  // Keras Adagrad: accum starts at 0.1; var -= lr·g/(√accum + ε).
  adagrad: (init: number, eps: number): RefOptimizer => ({
    coord: () => {
      let accum = init;
      return (w, g, lr) => {
        accum += g * g;
        return w - (lr * g) / (Math.sqrt(accum) + eps);
      };
    },
  }),
  // TF1 ApplyRMSProp / ApplyCenteredRMSProp: ms starts at 1.
  rmsprop: (rho: number, mu: number, eps: number, centered: boolean): RefOptimizer => ({
    coord: () => {
      let ms = 1;
      let mg = 0;
      let mom = 0;
      return (w, g, lr) => {
        ms += (g * g - ms) * (1 - rho);
        let denom = ms + eps;
        if (centered) {
          mg += (g - mg) * (1 - rho);
          denom = ms - mg * mg + eps;
        }
        mom = mom * mu + (lr * g) / Math.sqrt(denom);
        return w - mom;
      };
    },
  }),
  // TF1 AdamOptimizer: β powers kept as running products; Keras' amsgrad and AdamW's decay.
  adam: (b1: number, b2: number, eps: number, amsgrad: boolean, wd = 0): RefOptimizer => {
    const pw = { b1: 1, b2: 1 };
    return {
      tick: () => {
        pw.b1 *= b1;
        pw.b2 *= b2;
      },
      coord: () => {
        let m = 0;
        let v = 0;
        let vhat = 0;
        return (w, g, lr) => {
          const lrT = (lr * Math.sqrt(1 - pw.b2)) / (1 - pw.b1);
          w = w - w * wd * lr;
          m += (g - m) * (1 - b1);
          v += (g * g - v) * (1 - b2);
          vhat = Math.max(vhat, v);
          return w - (lrT * m) / (Math.sqrt(amsgrad ? vhat : v) + eps);
        };
      },
    };
  },
  // tf.keras (2.x) optimizer_v2/nadam.py.
  nadam: (b1: number, b2: number, eps: number, decay: number): RefOptimizer => {
    const s = { t: 0, mSchedule: 1, mT: 0, mT1: 0, new: 0, next: 0 };
    return {
      tick: () => {
        s.t += 1;
        s.mT = b1 * (1 - 0.5 * Math.pow(0.96, decay * s.t));
        s.mT1 = b1 * (1 - 0.5 * Math.pow(0.96, decay * (s.t + 1)));
        s.mSchedule *= s.mT;
        s.new = s.mSchedule;
        s.next = s.mSchedule * s.mT1;
      },
      coord: () => {
        let m = 0;
        let v = 0;
        return (w, g, lr) => {
          const gPrime = g / (1 - s.new);
          m = b1 * m + (1 - b1) * g;
          const mPrime = m / (1 - s.next);
          v = b2 * v + (1 - b2) * g * g;
          const vPrime = v / (1 - Math.pow(b2, s.t));
          const mBar = (1 - s.mT) * gPrime + s.mT1 * mPrime;
          return w - (lr * mBar) / (Math.sqrt(vPrime) + eps);
        };
      },
    };
  },
  // TF ApplyFtrlV2 (training_ops.cc).
  ftrl: (power: number, init: number, l1: number, l2: number, shrink: number): RefOptimizer => ({
    coord: () => {
      let accum = init;
      let linear = 0;
      return (w, g, lr) => {
        const gs = g + 2 * shrink * w;
        const newAccum = accum + g * g;
        linear += gs - ((Math.pow(newAccum, -power) - Math.pow(accum, -power)) / lr) * w;
        const quadratic = Math.pow(newAccum, -power) / lr + 2 * l2;
        accum = newAccum;
        return Math.abs(linear) > l1 ? (Math.sign(linear) * l1 - linear) / quadratic : 0;
      };
    },
  }),
};

function runRef(r: RefOptimizer, w0: readonly number[][], steps: number, grad: (k: number, w: Float64Array[]) => number[][], lr: (k: number) => number): Float64Array[][] {
  const coords = w0.map((w) => w.map(() => r.coord()));
  const w = w0.map((x) => Float64Array.from(x));
  const history: Float64Array[][] = [];
  for (let k = 0; k < steps; k++) {
    const g = grad(k, w);
    r.tick?.();
    w.forEach((x, i) => x.forEach((v, j) => (x[j] = coords[i]![j]!(v, g[i]![j]!, lr(k)))));
    history.push(w.map((x) => Float64Array.from(x)));
  }
  return history;
}

// ---- the comparison -------------------------------------------------------------------------------

const W0 = [[0.5, -1.25, 2, 0.01, -0.3, 1.5], [0.8, -0.6]];
const SHAPES = [[2, 3], [2]];
const TARGET = [[1, 1, -1, 0, 0.5, 2], [-0.4, 0.25]];
/** The gradient of ½Σ a·(w − c)²: it depends on where the optimizer has moved the weights. */
const quadraticGrad = (_k: number, w: Float64Array[]) => w.map((x, i) => Array.from(x, (v, j) => (1 + j) * (v - TARGET[i]![j]!)));

interface Case {
  name: string;
  spec: OptimizerSpec;
  ref: () => RefOptimizer;
  lr: number;
}

const cases: Case[] = [
  { name: 'sgd', spec: sgd(), ref: refs.sgd, lr: 0.1 },
  { name: 'momentum', spec: momentum(0.9, false), ref: () => refs.momentum(0.9, false), lr: 0.05 },
  { name: 'nesterov', spec: momentum(0.9, true), ref: () => refs.momentum(0.9, true), lr: 0.05 },
  { name: 'adagrad', spec: adagrad({ initialAccumulatorValue: 0.1, epsilon: 1e-7 }), ref: () => refs.adagrad(0.1, 1e-7), lr: 0.1 },
  { name: 'adagrad (TF1, ε = 0)', spec: adagrad({ initialAccumulatorValue: 0.1, epsilon: 0 }), ref: () => refs.adagrad(0.1, 0), lr: 0.1 },
  { name: 'rmsprop', spec: rmsprop({ decay: 0.9, momentum: 0, epsilon: 1e-10, centered: false }), ref: () => refs.rmsprop(0.9, 0, 1e-10, false), lr: 0.01 },
  { name: 'rmsprop momentum centered', spec: rmsprop({ decay: 0.8, momentum: 0.5, epsilon: 1e-6, centered: true }), ref: () => refs.rmsprop(0.8, 0.5, 1e-6, true), lr: 0.01 },
  { name: 'adam', spec: adam({ beta1: 0.9, beta2: 0.999, epsilon: 1e-8, amsgrad: false }), ref: () => refs.adam(0.9, 0.999, 1e-8, false), lr: 0.01 },
  { name: 'adam amsgrad', spec: adam({ beta1: 0.8, beta2: 0.9, epsilon: 1e-7, amsgrad: true }), ref: () => refs.adam(0.8, 0.9, 1e-7, true), lr: 0.05 },
  { name: 'adamw', spec: adam({ beta1: 0.9, beta2: 0.999, epsilon: 1e-7, amsgrad: false, weightDecay: 0.1 }), ref: () => refs.adam(0.9, 0.999, 1e-7, false, 0.1), lr: 0.05 },
  { name: 'nadam', spec: nadam({ beta1: 0.9, beta2: 0.999, epsilon: 1e-7, scheduleDecay: 0.004 }), ref: () => refs.nadam(0.9, 0.999, 1e-7, 0.004), lr: 0.01 },
  { name: 'nadam (Keras 3 schedule)', spec: nadam({ beta1: 0.9, beta2: 0.99, epsilon: 1e-7, scheduleDecay: 1 }), ref: () => refs.nadam(0.9, 0.99, 1e-7, 1), lr: 0.01 },
  {
    name: 'ftrl', spec: ftrl({ learningRatePower: -0.5, initialAccumulatorValue: 0.1, l1: 0.01, l2: 0.02, l2Shrinkage: 0 }),
    ref: () => refs.ftrl(-0.5, 0.1, 0.01, 0.02, 0), lr: 0.1,
  },
  {
    name: 'ftrl power −0.7, shrinkage', spec: ftrl({ learningRatePower: -0.7, initialAccumulatorValue: 0.2, l1: 0.05, l2: 0.01, l2Shrinkage: 0.03 }),
    ref: () => refs.ftrl(-0.7, 0.2, 0.05, 0.01, 0.03), lr: 0.2,
  },
];

function expectClose(got: Float64Array[][], want: Float64Array[][], rel = 1e-12): void {
  expect(got.length).toBe(want.length);
  got.forEach((step, k) =>
    step.forEach((x, i) =>
      x.forEach((v, j) => {
        const w = want[k]![i]![j]!;
        if (Math.abs(v - w) > rel * Math.max(1, Math.abs(w))) {
          throw new Error(`step ${k + 1}, parameter ${i}[${j}]: got ${v}, want ${w}`);
        }
      }),
    ),
  );
}

describe('optimizers against independent float64 transcriptions of TF/Keras, 5 steps', () => {
  for (const c of cases) {
    it(c.name, () => {
      const h = harness(c.spec, ['a/kernel', 'a/bias'], SHAPES, c.lr);
      const got = run(h, W0, 5, quadraticGrad);
      const want = runRef(c.ref(), W0, 5, quadraticGrad, () => c.lr);
      expectClose(got, want);
      // The weights moved (the comparison is not between two copies of W0).
      expect(Math.abs(got[4]![0]![0]! - W0[0]![0]!)).toBeGreaterThan(1e-4);
    });
  }

  it('a scheduled learning rate reaches the optimizer step by step (adam + exponential_decay)', () => {
    const sched = exponentialDecay(0.05, 2, 0.5, false);
    const h = harness(adam({ beta1: 0.9, beta2: 0.999, epsilon: 1e-8, amsgrad: false }), ['w'], [[6]], sched);
    const got = run(h, [W0[0]!], 5, (k, w) => quadraticGrad(k, [w[0]!]));
    const want = runRef(refs.adam(0.9, 0.999, 1e-8, false), [W0[0]!], 5, (k, w) => quadraticGrad(k, [w[0]!]), (k) => 0.05 * Math.pow(0.5, k / 2));
    expectClose(got, want);
  });
});

describe('hand-checkable fixtures', () => {
  const fixed = (gs: number[][]) => (k: number) => [gs[k]!];

  it('momentum and Nesterov, two steps (lr 0.1, μ 0.9, g = 1 then 2)', () => {
    const m = run(harness(momentum(0.9, false), ['w'], [[1]], 0.1), [[1]], 2, fixed([[1], [2]]));
    // v = 1, w = 1 − 0.1·1 = 0.9;  v = 0.9·1 + 2 = 2.9, w = 0.9 − 0.29 = 0.61
    expect(m[0]![0]![0]).toBeCloseTo(0.9, 14);
    expect(m[1]![0]![0]).toBeCloseTo(0.61, 14);
    const n = run(harness(momentum(0.9, true), ['w'], [[1]], 0.1), [[1]], 2, fixed([[1], [2]]));
    // v = 1, w = 1 − 0.1·(1 + 0.9) = 0.81;  v = 2.9, w = 0.81 − 0.1·(2 + 2.61) = 0.349
    expect(n[0]![0]![0]).toBeCloseTo(0.81, 14);
    expect(n[1]![0]![0]).toBeCloseTo(0.349, 14);
  });

  it("Adam's first step moves every weight by ≈ lr·sign(g), whatever the gradient's size", () => {
    const g = [3, -0.5, 0.01, -200];
    const h = harness(adam({ beta1: 0.9, beta2: 0.999, epsilon: 1e-8, amsgrad: false }), ['w'], [[4]], 0.001);
    const [w1] = run(h, [[0, 0, 0, 0]], 1, fixed([g]));
    // m = 0.1·g, v = 0.001·g², η_t = η·√0.001/0.1: Δ = −η·g/(|g| + ε/√0.001)
    w1![0]!.forEach((v, i) => expect(v).toBeCloseTo(-0.001 * Math.sign(g[i]!), 7));
  });

  it("AdaGrad's first step: s = 0.1 + g², Δ = −η·g/(√s + 1e-7)", () => {
    const h = harness(adagrad({ initialAccumulatorValue: 0.1, epsilon: 1e-7 }), ['w'], [[1]], 0.1);
    const [w1] = run(h, [[1]], 1, fixed([[0.3]]));
    // 1 − 0.03/(√0.19 + 1e-7) = 1 − 0.03/0.43588999 = 0.9311752956
    expect(w1![0]![0]).toBeCloseTo(0.9311752956283015, 14);
  });

  it('RMSProp starts its mean square at 1 as TF1 does: the first step is ≈ SGD for small gradients', () => {
    const h = harness(rmsprop({ decay: 0.9, momentum: 0, epsilon: 1e-10, centered: false }), ['w'], [[1]], 0.1);
    const [w1] = run(h, [[1]], 1, fixed([[0.01]]));
    // ms = 0.9 + 0.1·1e-4 = 0.90001; Δ = −0.1·0.01/√0.90001
    expect(w1![0]![0]).toBeCloseTo(1 - 0.001 / Math.sqrt(0.90001), 12);
  });

  it('FTRL with a strong l1 gives exact zeros, and a weak one does not', () => {
    const spec = (l1: number) => ftrl({ learningRatePower: -0.5, initialAccumulatorValue: 0.1, l1, l2: 0, l2Shrinkage: 0 });
    const strong = run(harness(spec(100), ['w'], [[6]], 0.5), [W0[0]!], 5, (k, w) => quadraticGrad(k, [w[0]!]));
    for (const step of strong) expect(Array.from(step[0]!)).toEqual([0, 0, 0, 0, 0, 0]);
    const weak = run(harness(spec(0.001), ['w'], [[6]], 0.5), [W0[0]!], 5, (k, w) => quadraticGrad(k, [w[0]!]));
    expect(weak[4]![0]!.every((v) => v !== 0)).toBe(true);
    // First step by hand, w0 = 0.5, g = 1·(0.5 − 1) = −0.5, l1 = 0.001:
    // n' = 0.35, z = −0.5 − (√0.35 − √0.1)/0.5·0.5 = −0.5 − 0.27537..., w = (−0.001 − z)/(√0.35/0.5)
    const z = -0.5 - (Math.sqrt(0.35) - Math.sqrt(0.1));
    expect(weak[0]![0]![0]).toBeCloseTo((-0.001 - z) / (Math.sqrt(0.35) / 0.5), 14);
  });

  it('AdamW decays the weights by η·λ·θ even with a zero gradient', () => {
    const h = harness(adam({ beta1: 0.9, beta2: 0.999, epsilon: 1e-7, amsgrad: false, weightDecay: 0.5 }), ['w'], [[2]], 0.1);
    const [w1] = run(h, [[2, -4]], 1, fixed([[0, 0]]));
    expect(Array.from(w1![0]!)).toEqual([2 * 0.95, -4 * 0.95]);
  });
});

describe('var_list: an optimizer restricted to matching parameters', () => {
  it('updates only the matching parameters and declares slots only for them', () => {
    const spec = restrictTo(adam({ beta1: 0.9, beta2: 0.999, epsilon: 1e-8, amsgrad: false }), [/^hidden[34]\/.*$/], 'hidden[34]/*');
    const h = harness(spec, ['hidden1/kernel', 'hidden3/kernel', 'hidden4/bias'], [[2], [2], [2]], 0.01);
    expect(h.program.updates.map((u) => u.name).filter((n) => !n.includes('/adam/'))).toEqual(['hidden3/kernel', 'hidden4/bias']);
    expect(Object.keys(h.state).filter((n) => n.startsWith('hidden1/'))).toEqual(['hidden1/kernel']);
    expect(spec.settings['params']).toBe('hidden[34]/*');
  });
});

// ---- the DSL built-ins ------------------------------------------------------------------------------

const MODEL = (optimizer: string) => `
model m
input X: f32[batch, 4]
input y: i32[batch]
hidden1 = dense(X, 5, activation: relu)
hidden2 = dense(hidden1, 3)
loss = mean(sparse_softmax_cross_entropy(hidden2, y))
train {
  optimizer = ${optimizer}
  batch_size = 8
}`;

const compile = (optimizer: string) => compileSource({ path: 'm.dnn', text: MODEL(optimizer) });
const errorsOf = (optimizer: string): string[] => {
  try {
    compile(optimizer);
    return [];
  } catch (e) {
    if (!(e instanceof DnnError)) throw e;
    return e.diagnostics.map((d) => `${d.code}: ${d.message}`);
  }
};

describe('DSL built-ins', () => {
  it.each([
    ['adagrad(learning_rate: 0.05)', { kind: 'adagrad', initial_accumulator_value: 0.1, epsilon: 1e-7 }],
    ['rmsprop(learning_rate: 0.001, decay: 0.95, momentum: 0.5, centered: true)', { kind: 'rmsprop', decay: 0.95, momentum: 0.5, epsilon: 1e-10, centered: true }],
    ['adam()', { kind: 'adam', beta1: 0.9, beta2: 0.999, epsilon: 1e-8, amsgrad: false, learning_rate: { kind: 'constant', learning_rate: 0.001 } }],
    ['adamw(weight_decay: 0.01, amsgrad: true)', { kind: 'adamw', weight_decay: 0.01, epsilon: 1e-7, amsgrad: true }],
    ['nadam(learning_rate: 0.002)', { kind: 'nadam', beta1: 0.9, beta2: 0.999, epsilon: 1e-7, schedule_decay: 0.004 }],
    [
      'ftrl(learning_rate: 0.1, l1_regularization_strength: 0.01, l2_regularization_strength: 0.001)',
      { kind: 'ftrl', learning_rate_power: -0.5, initial_accumulator_value: 0.1, l1_regularization_strength: 0.01, l2_regularization_strength: 0.001 },
    ],
    [
      'momentum(learning_rate: exponential_decay(0.1, 10000, 0.1), momentum: 0.9)',
      { kind: 'momentum', learning_rate: { kind: 'exponential_decay', initial_learning_rate: 0.1, decay_steps: 10000, decay_rate: 0.1, staircase: false } },
    ],
    ['sgd(learning_rate: power_decay(0.1, decay_steps: 500))', { kind: 'sgd', learning_rate: { kind: 'power_decay', power: 1 } }],
    ['sgd(learning_rate: inverse_time_decay(0.1, 100, 0.5, staircase: true))', { learning_rate: { kind: 'inverse_time_decay', staircase: true } }],
    ['adam(learning_rate: cosine_decay(0.001, 1000, warmup_steps: 100))', { learning_rate: { kind: 'cosine_decay', alpha: 0, warmup_steps: 100 } }],
    [
      'momentum(learning_rate: piecewise_constant(boundaries: [1000, 2000], values: [0.01, 0.005, 0.001]))',
      { learning_rate: { kind: 'piecewise_constant', boundaries: [1000, 2000], values: [0.01, 0.005, 0.001] } },
    ],
    ['sgd(learning_rate: one_cycle(0.1, 400))', { learning_rate: { kind: 'one_cycle', start_div: 25, final_div: 1e4, pct_start: 0.3, anneal_strategy: 'cos' } }],
  ])('%s', (src, want) => {
    expect(compile(src).meta.train.optimizer).toMatchObject(want);
  });

  it('params: restricts the optimizer (the chapter\'s var_list), to a pattern or a list of them', () => {
    const slotsOf = (src: string) => compile(src).model.state.filter((s) => s.role === 'slot').map((s) => s.name);
    expect(slotsOf('adam(params: "hidden2/*")')).toEqual(['hidden2/dense/kernel/adam/m', 'hidden2/dense/kernel/adam/v', 'hidden2/dense/bias/adam/m', 'hidden2/dense/bias/adam/v']);
    const c = compile('momentum(params: ["hidden1/dense/kernel", "hidden2/dense/bias"])');
    expect(c.model.state.filter((s) => s.role === 'slot').map((s) => s.name)).toEqual(['hidden1/dense/kernel/momentum/velocity', 'hidden2/dense/bias/momentum/velocity']);
    expect(c.meta.train.optimizer).toMatchObject({ params: 'hidden1/dense/kernel, hidden2/dense/bias' });
    const updated = c.model.programs['train_step']!.updates.map((u) => u.name).filter((n) => n.startsWith('hidden') && !n.includes('/momentum/'));
    expect(updated).toEqual(['hidden1/dense/kernel', 'hidden2/dense/bias']);
  });

  it('reports bad hyperparameters at the call', () => {
    expect(errorsOf('adam(beta1: 1.5)')).toEqual(['DNN2009: adam: beta1 must be in [0, 1), got 1.5']);
    expect(errorsOf('ftrl(learning_rate_power: 0.5)')).toEqual(['DNN2009: ftrl: learning_rate_power must be ≤ 0, got 0.5']);
    expect(errorsOf('sgd(learning_rate: one_cycle(0.1, 100, anneal_strategy: "cosine"))')).toEqual(['DNN2009: one_cycle: anneal_strategy must be "cos" or "linear", got "cosine"']);
    expect(errorsOf('sgd(learning_rate: piecewise_constant([10], [0.1]))')).toEqual([
      'DNN2009: piecewise_constant needs 2 values for 1 boundaries, got 1',
    ]);
    expect(errorsOf('adam(beta_1: 0.9)')[0]).toMatch(/^DNN2003: adam has no parameter 'beta_1'/);
  });
});
