// Valid models that once ended in internal errors (issue 8): a concat of more layers than a
// kernel may bind storage buffers, and a loss linear in a layer. Each trains on the device in
// agreement with the float64 reference.
import { describe, expect, it } from 'vitest';
import { compileSource } from '../../src/compiler/compile.js';
import { builderFor, IdSource } from '../../src/ir/builder.js';
import { evaluateProgram } from '../../src/ir/evaluate.js';
import type { Program } from '../../src/ir/program.js';
import { refTensor, type RefTensor } from '../../src/ir/reference.js';
import type { Var } from '../../src/ir/types.js';
import { differentiate } from '../../src/passes/differentiate.js';
import { ProgramContext, StateRegistry } from '../../src/std/context.js';
import { zerosInit } from '../../src/std/initializers.js';
import { dense } from '../../src/std/layers.js';
import { reduceMean, sparseSoftmaxCrossEntropy } from '../../src/std/losses.js';
import { runOnDevice, sessionFor } from '../helpers/gpu.js';
import { fit } from '../../src/runtime/fit.js';
import { randomTensor, rng } from '../helpers/ir.js';

const LAYERS = 20;
const BATCH = 4;

/** One SGD step of `loss(X, y)` as a program: the new value of every parameter and the loss as outputs. */
function sgdStep(body: (ctx: ProgramContext, x: Var, y: Var) => Var): { program: Program; params: string[] } {
  const reg = new StateRegistry();
  const ctx = new ProgramContext('run', 'train', reg);
  const x = ctx.state('X', { dtype: 'f32', shape: [BATCH, 3] }, 'slot', false, zerosInit);
  const y = ctx.state('y', { dtype: 'i32', shape: [BATCH] }, 'slot', false, zerosInit);
  ctx.output('loss', body(ctx, x, y));
  const params = reg.specs.filter((s) => s.role === 'param').map((s) => s.name);
  const p = ctx.finish();
  const ids = IdSource.after(p);
  const d = differentiate(p, 'loss', params, ids);
  const b = builderFor(d.program.eqns, ids);
  const read = new Map(p.state.map((s) => [s.name, s.var]));
  const outputs = params.map((n) => ({ name: n, var: b.sub(read.get(n)!, b.mul(d.grads.get(n)!, 0.5)) }));
  return { program: { ...d.program, eqns: b.eqns, outputs: [...outputs, { name: 'loss', var: p.outputs[0]!.var }] }, params };
}

/** Three steps on the device (its outputs fed back as the next state) against float64; the worst relative error. */
async function trainAgainstReference(program: Program, params: readonly string[], seed: number): Promise<{ err: number; losses: number[] }> {
  const r = rng(seed);
  const state: Record<string, RefTensor> = {};
  for (const s of program.state) {
    state[s.name] = s.var.type.dtype === 'i32'
      ? refTensor(s.var.type, Array.from({ length: BATCH }, (_, i) => i % 3))
      : randomTensor(s.var.type, r, -1, 1);
  }
  let err = 0;
  const losses: number[] = [];
  for (let k = 0; k < 3; k++) {
    const want = evaluateProgram(program, {}, state).outputs;
    const got = await runOnDevice(program, state, 8);
    for (const o of program.outputs) {
      want[o.name]!.data.forEach((w, j) => (err = Math.max(err, Math.abs(got[o.name]![j]! - w) / Math.max(Math.abs(w), 1e-2))));
    }
    losses.push(got['loss']![0]!);
    for (const n of params) state[n] = refTensor(want[n]!.type, got[n]!);
  }
  return { err, losses };
}

describe('a concat of more layers than a kernel may bind', () => {
  const wide = (ctx: ProgramContext, x: Var, y: Var) => {
    const hs = Array.from({ length: LAYERS }, (_, i) => dense(ctx, x, { units: 2, name: `h${i}` }));
    const logits = dense(ctx, ctx.b.concat(hs, -1), { units: 3, name: 'out' });
    return reduceMean(ctx.b, sparseSoftmaxCrossEntropy(ctx.b, logits, y));
  };

  it(`concat of ${LAYERS} dense layers compiles with 8 storage buffers per kernel and trains like the float64 reference`, async () => {
    const { program, params } = sgdStep(wide);
    const { err, losses } = await trainAgainstReference(program, params, 5);
    expect(err).toBeLessThanOrEqual(1e-4);
    expect(losses[2]!).toBeLessThan(losses[0]!);
  });

  it('the model from source compiles with every kernel within 8 bindings', () => {
    const src = `model wide
input X: f32[batch, 3]
input y: i32[batch]
${Array.from({ length: LAYERS }, (_, i) => `h${i} = dense(X, 2)`).join('\n')}
logits = dense(concat([${Array.from({ length: LAYERS }, (_, i) => `h${i}`).join(', ')}]), 3)
loss = mean(sparse_softmax_cross_entropy(logits, y))
train {
  batch_size = 4
}`;
    const { artifact } = compileSource({ path: 'wide.dnn', text: src }, { maxStorageBuffers: 8 });
    expect(Math.max(...artifact.kernels.map((k) => k.bindings.length))).toBeLessThanOrEqual(8);
    expect(artifact.kernels.filter((k) => k.name.includes('concat')).length).toBeGreaterThan(1);
  });
});

describe('a loss linear in a layer', () => {
  it('mean(dense(X, 10)): its constant gradient trains like the float64 reference', async () => {
    const { program, params } = sgdStep((ctx, x) => reduceMean(ctx.b, dense(ctx, x, { units: 10, name: 'h' })));
    const { err, losses } = await trainAgainstReference(program, params, 9);
    expect(err).toBeLessThanOrEqual(1e-4);
    expect(losses[2]!).toBeLessThan(losses[0]!);
  });

  it('the model from source trains an epoch on MNIST data (its loss falls without bound, as it should)', async () => {
    const s = await sessionFor(`model linear
input X: f32[batch, 784]
input y: i32[batch]
loss = mean(dense(X, 10))
train {
  optimizer  = sgd(learning_rate: 0.01)
  batch_size = 50
}`, { train: 200 });
    try {
      const r = await fit(s, { epochs: 2 });
      expect(r.history[1]!.loss).toBeLessThan(r.history[0]!.loss);
    } finally {
      s.destroy();
    }
  });
});

describe('long names', () => {
  it('a 300-character layer name compiles on the device and trains', async () => {
    const long = 'h'.repeat(300);
    const s = await sessionFor(`model m
input X: f32[batch, 784]
input y: i32[batch]
${long} = dense(X, 10, activation: relu)
loss = mean(sparse_softmax_cross_entropy(dense(${long}, 10), y))
train {
  batch_size = 50
}`, { train: 100 });
    try {
      const r = await fit(s, { epochs: 1 });
      expect(Number.isFinite(r.history[0]!.loss)).toBe(true);
    } finally {
      s.destroy();
    }
  });
});
