// The rest of the train step once the gradients exist: clipping, the learning-rate schedule (and
// reduce-on-plateau's factor), the optimizer, max-norm constraints, the training accumulators and
// the step counters. Each equation is named after the parameter or quantity it serves.
import { COUNTERS, EPOCH_FLAGS } from '../contract/artifact.js';
import type { Var } from '../ir/types.js';
import { scalar, type ProgramContext } from '../std/context.js';
import { constantInit } from '../std/initializers.js';
import { applyMaxNorm, clipGradients, matches } from '../std/regimen.js';
import { acc, accumulator, counter, type ModelParts, type TrainResult } from './parts.js';

export function applyTrainingUpdate(
  m: ModelParts,
  train: ProgramContext,
  forward: TrainResult,
  trainable: readonly string[],
  grads: ReadonlyMap<string, Var>,
): void {
  const t = m.def.train;
  const b = train.b;
  const reads = new Map(train.finish().state.map((s) => [s.name, s.var]));
  b.hint = 'optimizer';
  const start = b.eqns.length;
  const step = counter(train, COUNTERS.step);
  let used = new Map(trainable.map((name) => [name, grads.get(name)!]));
  if (t.clip) used = clipGradients(b, used, t.clip);
  let lr = t.learningRate.build(b, step);
  // Reduce-on-plateau scales the scheduled rate by a factor its end-of-epoch rule maintains.
  if (t.plateau) lr = b.mul(lr, train.state(EPOCH_FLAGS.lrScale, scalar('f32'), 'counter', false, constantInit(1)));
  t.optimizer.apply(train, trainable.map((name) => ({ name, param: reads.get(name)!, grad: used.get(name)! })), lr, step);
  for (const mn of t.maxNorm ?? []) {
    b.hint = 'max_norm';
    for (const name of trainable) if (matches(name, mn.params)) train.mapUpdate(name, (w) => applyMaxNorm(b, w, mn));
  }
  nameAfterParams(train, start, trainable, t.optimizer.kind);
  b.hint = 'metrics';
  const loss = forward.loss;
  train.update(acc('train', 'loss'), b.add(accumulator(train, acc('train', 'loss')), loss));
  train.update(acc('train', 'count'), b.add(accumulator(train, acc('train', 'count')), 1));
  for (const [name, v] of forward.metrics) {
    train.output(name, v);
    train.update(acc('train', name), b.add(accumulator(train, acc('train', name)), v));
  }
  train.update(COUNTERS.step, b.add(step, 1));
  train.update(COUNTERS.batch, b.add(counter(train, COUNTERS.batch), 1));
}

/**
 * Names each equation from `start` on after the one parameter whose update (or slot update) it
 * serves: `hidden1/dense/kernel/adam`, `hidden1/dense/kernel/max_norm`. Equations shared by
 * several parameters (the learning rate, a global norm) keep their names.
 */
function nameAfterParams(train: ProgramContext, start: number, params: readonly string[], optimizer: string): void {
  const eqns = train.b.eqns;
  const index = new Map<number, number>();
  for (let i = start; i < eqns.length; i++) index.set(eqns[i]!.out.id, i);
  const owner = new Map<number, string | null>();
  for (const name of params) {
    const roots = train.updates.filter((u) => u.name === name || u.name.startsWith(`${name}/`)).map((u) => u.var);
    const seen = new Set<number>();
    const stack = [...roots];
    while (stack.length) {
      const v = stack.pop()!;
      const i = index.get(v.id);
      if (i === undefined || seen.has(i)) continue;
      seen.add(i);
      owner.set(i, owner.has(i) && owner.get(i) !== name ? null : name);
      stack.push(...eqns[i]!.inputs);
    }
  }
  for (const [i, name] of owner) {
    if (name === null) continue;
    const e = eqns[i]!;
    const what = e.out.hint === 'optimizer' || e.out.hint === undefined ? optimizer : e.out.hint;
    eqns[i] = { ...e, out: { ...e.out, hint: `${name}/${what}` } };
  }
}
