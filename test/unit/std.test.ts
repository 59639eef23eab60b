// The standard library's compositions: gradients by finite differences, batch-norm semantics,
// and the statistics of the initializers (on the float64 reference).
import { describe, expect, it } from 'vitest';
import { Builder, IdSource } from '../../src/ir/builder.js';
import { evaluateProgram } from '../../src/ir/evaluate.js';
import { refTensor } from '../../src/ir/reference.js';
import type { TensorType, Var } from '../../src/ir/types.js';
import * as act from '../../src/std/activations.js';
import { ProgramContext, StateRegistry } from '../../src/std/context.js';
import { NAMED_INITIALIZERS, varianceScaling } from '../../src/std/initializers.js';
import { batchNorm } from '../../src/std/layers.js';
import { compileSource } from '../../src/compiler/compile.js';
import { binaryAccuracy, inTopK, reduceMean, sparseSoftmaxCrossEntropy } from '../../src/std/losses.js';
import { gradCheck, randomTensor, rng } from '../helpers/ir.js';

const f = (...shape: number[]): TensorType => ({ dtype: 'f32', shape });

describe('composite gradients agree with finite differences', () => {
  const cases: [string, TensorType[], (b: Builder, xs: Var[]) => Var][] = [
    ['relu', [f(4, 5)], (b, [x]) => act.relu(b, x!)],
    ['leaky_relu', [f(4, 5)], (b, [x]) => act.leakyRelu(b, x!, 0.1)],
    ['elu', [f(4, 5)], (b, [x]) => act.elu(b, x!, 1.3)],
    ['selu', [f(4, 5)], (b, [x]) => act.selu(b, x!)],
    ['sigmoid', [f(4, 5)], (b, [x]) => act.sigmoid(b, x!)],
    ['softmax', [f(4, 5)], (b, [x]) => act.softmax(b, x!)],
    ['log_softmax', [f(4, 5)], (b, [x]) => act.logSoftmax(b, x!)],
    ['mean', [f(4, 5)], (b, [x]) => reduceMean(b, x!, 1)],
  ];
  it.each(cases)('%s', (_name, types, body) => {
    const r = rng(7);
    const args = types.map((t) => randomTensor(t, r, -2, 2));
    const [a, n] = gradCheck(types, args, body, 3);
    expect(Math.abs(a - n)).toBeLessThan(1e-6 * Math.max(1, Math.abs(n)));
  });

  it('sparse softmax cross-entropy (labels are i32 and get no gradient)', () => {
    const types = [f(6, 4), { dtype: 'i32' as const, shape: [6] }];
    const r = rng(8);
    const args = [randomTensor(types[0]!, r, -2, 2), refTensor(types[1]!, [0, 3, 1, 2, 3, 0])];
    const [a, n] = gradCheck(types, args, (b, [x, y]) => sparseSoftmaxCrossEntropy(b, x!, y!), 4);
    expect(Math.abs(a - n)).toBeLessThan(1e-6 * Math.max(1, Math.abs(n)));
  });

  it('batch norm in training mode (through the batch statistics)', () => {
    const types = [f(8, 3)];
    const r = rng(9);
    const [a, n] = gradCheck(types, [randomTensor(types[0]!, r, -2, 2)], (b, [x]) => {
      // The moving-statistics updates read state the test program lacks; they are dead code
      // for the output and gradCheck drops them.
      const ctx = new ProgramContext('t', 'train', new StateRegistry(), b);
      const y = batchNorm(ctx, x!, { momentum: 0.9, center: false, scale: false });
      return b.mul(y, y);
    }, 5);
    expect(Math.abs(a - n)).toBeLessThan(1e-5 * Math.max(1, Math.abs(n)));
  });
});

describe('parametric ReLU', () => {
  it('learns α, one per unit or one shared', () => {
    for (const [shared, shape] of [[false, [4]], [true, []]] as const) {
      const c = compileSource({ path: 'p.dnn', text: `
model p
input X: f32[batch, 6]
input y: i32[batch]
logits = dense(prelu(dense(X, 4), shared: ${shared}), 3)
loss = mean(sparse_softmax_cross_entropy(logits, y))
train { batch_size = 2 }` });
      expect(c.artifact.params).toContain('logits/prelu/alpha');
      expect(c.artifact.buffers.find((b) => b.name === 'state:logits/prelu/alpha')!.shape).toEqual(shape);
      expect(c.programs('ir-opt')['train_step']!.updates.map((u) => u.name)).toContain('logits/prelu/alpha');
    }
  });
});

describe('batch norm', () => {
  function build(mode: 'train' | 'infer') {
    const reg = new StateRegistry();
    const ctx = new ProgramContext('p', mode, reg);
    const x = ctx.input('x', f(50, 3));
    ctx.output('y', batchNorm(ctx, x, { momentum: 0.9, epsilon: 1e-3 }));
    return { p: ctx.finish(), reg };
  }
  const r = rng(3);
  const x = randomTensor(f(50, 3), r, 1, 5);
  const state = {
    'batch_norm/moving_mean': refTensor(f(3), [0.5, -1, 2]),
    'batch_norm/moving_variance': refTensor(f(3), [2, 0.5, 1]),
    'batch_norm/gamma': refTensor(f(3), [1.5, 1, 0.5]),
    'batch_norm/beta': refTensor(f(3), [0, 1, -1]),
  };

  it('training mode normalizes with the batch statistics and updates the moving ones as TF does', () => {
    const { p } = build('train');
    const res = evaluateProgram(p, { x }, state);
    for (let c = 0; c < 3; c++) {
      const col = Array.from({ length: 50 }, (_, i) => x.data[i * 3 + c]!);
      const mean = col.reduce((a, v) => a + v, 0) / 50;
      const variance = col.reduce((a, v) => a + (v - mean) ** 2, 0) / 50;
      const y0 = ((col[0]! - mean) / Math.sqrt(variance + 1e-3)) * state['batch_norm/gamma'].data[c]! + state['batch_norm/beta'].data[c]!;
      expect(res.outputs['y']!.data[c]).toBeCloseTo(y0, 10);
      // moving = moving·momentum + batch·(1 − momentum)
      expect(res.updates['batch_norm/moving_mean']!.data[c]).toBeCloseTo(state['batch_norm/moving_mean'].data[c]! * 0.9 + mean * 0.1, 10);
      expect(res.updates['batch_norm/moving_variance']!.data[c]).toBeCloseTo(state['batch_norm/moving_variance'].data[c]! * 0.9 + variance * 0.1, 10);
    }
  });

  it('inference mode uses the moving statistics and updates nothing', () => {
    const { p } = build('infer');
    const res = evaluateProgram(p, { x }, state);
    expect(p.updates).toEqual([]);
    const c = 1;
    const want = ((x.data[c]! - state['batch_norm/moving_mean'].data[c]!) / Math.sqrt(state['batch_norm/moving_variance'].data[c]! + 1e-3)) * 1 + 1;
    expect(res.outputs['y']!.data[c]).toBeCloseTo(want, 10);
  });
});

describe('in_top_k', () => {
  it('counts a label as correct when fewer than k logits are strictly larger', () => {
    const b = new Builder(new IdSource());
    const logits = b.newVar(f(3, 4));
    const labels = b.newVar({ dtype: 'i32', shape: [3] });
    const out = inTopK(b, logits, labels, 2);
    const p = { name: 't', inputs: [{ name: 'l', var: logits }, { name: 'y', var: labels }], state: [], eqns: b.eqns, outputs: [{ name: 'o', var: out }], updates: [] };
    const res = evaluateProgram(p, {
      l: refTensor(f(3, 4), [1, 5, 3, 2, /**/ 4, 3, 2, 1, /**/ 0, 0, 9, 8]),
      y: refTensor({ dtype: 'i32', shape: [3] }, [2, 3, 3]),
    }, {});
    expect([...res.outputs['o']!.data]).toEqual([1, 0, 1]);
  });

  it('never counts a row with a NaN or infinite logit as correct (float64 reference)', () => {
    const b = new Builder(new IdSource());
    const logits = b.newVar(f(5, 3));
    const labels = b.newVar({ dtype: 'i32', shape: [5] });
    const top1 = inTopK(b, logits, labels, 1);
    const top3 = inTopK(b, logits, labels, 3);
    const p = {
      name: 't', inputs: [{ name: 'l', var: logits }, { name: 'y', var: labels }], state: [], eqns: b.eqns,
      outputs: [{ name: 'top1', var: top1 }, { name: 'top3', var: top3 }], updates: [],
    };
    const res = evaluateProgram(p, {
      // all NaN; NaN elsewhere; the label's logit NaN; the label's logit +Infinity; finite
      l: refTensor(f(5, 3), [NaN, NaN, NaN, /**/ 1, NaN, 0, /**/ 0, NaN, 0, /**/ Infinity, 1, 2, /**/ 3, 1, 2]),
      y: refTensor({ dtype: 'i32', shape: [5] }, [0, 0, 1, 0, 0]),
    }, {});
    expect([...res.outputs['top1']!.data]).toEqual([0, 0, 0, 0, 1]);
    expect([...res.outputs['top3']!.data]).toEqual([0, 0, 0, 0, 1]);
  });
});

describe('binary_accuracy', () => {
  it('never counts a NaN or infinite prediction as correct (float64 reference)', () => {
    const b = new Builder(new IdSource());
    const pred = b.newVar(f(5, 1));
    const labels = b.newVar({ dtype: 'i32', shape: [5] });
    const out = binaryAccuracy(b, pred, labels);
    const p = { name: 't', inputs: [{ name: 'p', var: pred }, { name: 'y', var: labels }], state: [], eqns: b.eqns, outputs: [{ name: 'o', var: out }], updates: [] };
    const res = evaluateProgram(p, {
      p: refTensor(f(5, 1), [NaN, NaN, Infinity, 0.9, 0.1]),
      y: refTensor({ dtype: 'i32', shape: [5] }, [0, 1, 1, 1, 0]),
    }, {});
    expect([...res.outputs['o']!.data]).toEqual([0, 0, 0, 1, 1]);
  });
});

describe('initializers', () => {
  function sample(name: string, shape: number[], init = NAMED_INITIALIZERS[name]!) {
    const b = new Builder(new IdSource());
    const seed = b.newVar({ dtype: 'u32', shape: [] });
    const v = init(b, f(...shape), seed, 12345);
    const p = { name, inputs: [{ name: 'seed', var: seed }], state: [], eqns: b.eqns, outputs: [{ name: 'w', var: v }], updates: [] };
    return [...evaluateProgram(p, { seed: refTensor({ dtype: 'u32', shape: [] }, [7]) }, {}).outputs['w']!.data];
  }
  const stats = (xs: number[]) => {
    const m = xs.reduce((a, v) => a + v, 0) / xs.length;
    return { mean: m, std: Math.sqrt(xs.reduce((a, v) => a + (v - m) ** 2, 0) / xs.length), max: Math.max(...xs.map(Math.abs)) };
  };

  it('he_normal: truncated normal with std √(2/fan_in) (He et al. 2015; Keras)', () => {
    const s = stats(sample('he_normal', [400, 100]));
    expect(Math.abs(s.mean)).toBeLessThan(0.003);
    expect(s.std / Math.sqrt(2 / 400)).toBeGreaterThan(0.97);
    expect(s.std / Math.sqrt(2 / 400)).toBeLessThan(1.03);
    expect(s.max).toBeLessThanOrEqual((2 * Math.sqrt(2 / 400)) / 0.8796256610342398 + 1e-9);
  });

  it('glorot_uniform: uniform in ±√(6/(fan_in+fan_out))', () => {
    const xs = sample('glorot_uniform', [300, 100]);
    const limit = Math.sqrt(6 / 400);
    const s = stats(xs);
    expect(s.max).toBeLessThan(limit);
    expect(s.std / (limit / Math.sqrt(3))).toBeGreaterThan(0.97);
    expect(s.std / (limit / Math.sqrt(3))).toBeLessThan(1.03);
  });

  it("the chapter's He form is variance_scaling(2, fan_avg)", () => {
    const s = stats(sample('x', [300, 100], varianceScaling(2, 'fan_avg', 'normal')));
    expect(s.std / Math.sqrt(2 / 200)).toBeGreaterThan(0.97);
    expect(s.std / Math.sqrt(2 / 200)).toBeLessThan(1.03);
  });

  it('the same seed gives the same values; another stream differs', () => {
    expect(sample('he_uniform', [10, 10])).toEqual(sample('he_uniform', [10, 10]));
    const other = sample('x', [10, 10], (b, t, seed) => NAMED_INITIALIZERS['he_uniform']!(b, t, seed, 999));
    expect(other).not.toEqual(sample('he_uniform', [10, 10]));
  });
});
