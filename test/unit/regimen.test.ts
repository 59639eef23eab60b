// Clipping, max-norm, dropout and pruning on the float64 reference.
import { describe, expect, it } from 'vitest';
import { compileSource } from '../../src/compiler/compile.js';
import { Builder, IdSource } from '../../src/ir/builder.js';
import { evaluateProgram } from '../../src/ir/evaluate.js';
import type { Program } from '../../src/ir/program.js';
import { refTensor, type RefTensor } from '../../src/ir/reference.js';
import type { TensorType, Var } from '../../src/ir/types.js';
import { ProgramContext, StateRegistry } from '../../src/std/context.js';
import { dropout } from '../../src/std/layers.js';
import { applyMaxNorm, clipGradients } from '../../src/std/regimen.js';
import { randomTensor, rng } from '../helpers/ir.js';

const f = (...shape: number[]): TensorType => ({ dtype: 'f32', shape });
const norm = (xs: ArrayLike<number>) => Math.sqrt(Array.from(xs).reduce((a, v) => a + v * v, 0));

function run(types: TensorType[], args: RefTensor[], body: (b: Builder, xs: Var[]) => Var[]): Float64Array[] {
  const b = new Builder(new IdSource());
  const xs = types.map((t) => b.newVar(t));
  const outs = body(b, xs);
  const p: Program = { name: 't', inputs: xs.map((v, i) => ({ name: `x${i}`, var: v })), state: [], eqns: b.eqns, outputs: outs.map((v, i) => ({ name: `o${i}`, var: v })), updates: [] };
  const r = evaluateProgram(p, Object.fromEntries(args.map((a, i) => [`x${i}`, a])), {});
  return outs.map((_, i) => r.outputs[`o${i}`]!.data);
}

describe('gradient clipping', () => {
  const r = rng(1);
  const types = [f(4, 5), f(7)];
  const args = [randomTensor(types[0]!, r, -3, 3), randomTensor(types[1]!, r, -3, 3)];
  const clip = (c: Parameters<typeof clipGradients>[2]) => run(types, args, (b, [g1, g2]) => [...clipGradients(b, new Map([['a', g1!], ['b', g2!]]), c).values()]);

  it('by global norm: the global norm is at most the threshold and the direction is kept', () => {
    const [c1, c2] = clip({ kind: 'global_norm', norm: 2 });
    const global = Math.hypot(norm(c1!), norm(c2!));
    expect(global).toBeLessThanOrEqual(2 + 1e-9);
    const scale = c1![0]! / args[0]!.data[0]!;
    c1!.forEach((v, i) => expect(v).toBeCloseTo(args[0]!.data[i]! * scale, 12));
    c2!.forEach((v, i) => expect(v).toBeCloseTo(args[1]!.data[i]! * scale, 12));
  });

  it('by norm: each tensor on its own', () => {
    const [c1, c2] = clip({ kind: 'norm', norm: 1 });
    expect(norm(c1!)).toBeCloseTo(1, 9);
    expect(norm(c2!)).toBeCloseTo(1, 9);
  });

  it('by value: every component within bounds, the rest unchanged', () => {
    const [c1] = clip({ kind: 'value', min: -1, max: 0.5 });
    c1!.forEach((v, i) => expect(v).toBe(Math.min(0.5, Math.max(-1, args[0]!.data[i]!))));
  });
});

describe('max-norm', () => {
  it.each([[0], [1]])('axis %i: every norm along it is at most the threshold; small ones are untouched', (axis) => {
    const r = rng(2);
    const w = randomTensor(f(6, 4), r, -1, 1);
    w.data[0] = 0.01; // keep one column/row small
    const [out] = run([f(6, 4)], [w], (b, [x]) => [applyMaxNorm(b, x!, { threshold: 0.8, axes: [axis], params: [] })]);
    const lines = axis === 0 ? 4 : 6;
    for (let k = 0; k < lines; k++) {
      const idx = axis === 0 ? Array.from({ length: 6 }, (_, i) => i * 4 + k) : Array.from({ length: 4 }, (_, j) => k * 4 + j);
      const before = norm(idx.map((i) => w.data[i]!));
      const after = norm(idx.map((i) => out![i]!));
      expect(after).toBeLessThanOrEqual(0.8 + 1e-6);
      if (before <= 0.8) expect(after).toBeCloseTo(before, 5);
    }
  });
});

describe('dropout', () => {
  function mask(mode: 'train' | 'infer', seed: number, step: number, rate = 0.3) {
    const reg = new StateRegistry();
    const ctx = new ProgramContext('p', mode, reg);
    const x = ctx.input('x', f(200, 250));
    ctx.output('y', dropout(ctx, x, rate));
    const p = ctx.finish();
    const ones = refTensor(f(200, 250), new Array(50000).fill(1));
    const u32 = (v: number) => refTensor({ dtype: 'u32', shape: [] }, [v]);
    return evaluateProgram(p, { x: ones }, { 'counter/step': u32(step), 'rng/seed': u32(seed) }).outputs['y']!.data;
  }

  it('zeros a fraction within 1% of the rate and scales the rest by 1/(1 − rate)', () => {
    const y = mask('train', 3, 0);
    const zeros = y.filter((v) => v === 0).length / y.length;
    expect(Math.abs(zeros - 0.3)).toBeLessThan(0.01);
    expect(y.filter((v) => v !== 0).every((v) => Math.abs(v - 1 / 0.7) < 1e-12)).toBe(true);
  });

  it('is the identity in inference mode', () => {
    expect(mask('infer', 3, 0).every((v) => v === 1)).toBe(true);
  });

  it('gives the same mask for the same seed and step, another for another step or seed', () => {
    expect(mask('train', 3, 5)).toEqual(mask('train', 3, 5));
    expect(mask('train', 3, 6)).not.toEqual(mask('train', 3, 5));
    expect(mask('train', 4, 5)).not.toEqual(mask('train', 3, 5));
  });
});

describe('the train block', () => {
  const src = (train: string) => `
model m
input X: f32[batch, 8]
input y: i32[batch]
hidden1 = dense(X, 6, activation: relu)
logits = dense(hidden1, 3)
loss = mean(sparse_softmax_cross_entropy(logits, y))
metric accuracy = mean(in_top_k(logits, y, 1))
train {
  batch_size = 4
  ${train}
}`;
  const compile = (train: string) => compileSource({ path: 'm.dnn', text: src(train) });

  it('adds pattern regularizers to the loss of train and eval steps', () => {
    const plain = compile('').programs('ir-opt')['eval_step']!;
    const reg = compile('regularizer = l2(0.01, params: "*/kernel")').programs('ir-opt')['eval_step']!;
    expect(reg.eqns.length).toBeGreaterThan(plain.eqns.length);
  });

  it('early stopping and reduce-on-plateau compile an end_epoch entry; restore_best copies the best weights', () => {
    const c = compile('early_stopping = early_stopping(monitor: "val_accuracy", patience: 2)\n reduce_lr_on_plateau = reduce_lr_on_plateau(factor: 0.5, patience: 1)');
    expect(Object.keys(c.artifact.entries)).toEqual(expect.arrayContaining(['end_epoch', 'restore_best']));
    expect(c.artifact.train.earlyStopping).toEqual({ monitor: 'accuracy', patience: 2, restoreBest: true, interval: 1 });
    expect(c.artifact.buffers.some((b) => b.name === 'state:best/hidden1/dense/kernel')).toBe(true);
  });

  it('reports a monitor that names no metric', () => {
    expect(() => compile('early_stopping = early_stopping(monitor: "val_auc")')).toThrow(/no metric 'auc'/);
  });
});
