// The entry points besides the train step, one small builder each: eval_step, predict, the epoch
// and evaluation bookkeeping, the end-of-epoch rules (early stopping, reduce-on-plateau) with
// restore_best, prune, the frozen-layer cache (begin_cache, cache_build) and init.
import { CONFUSION, COUNTERS, EPOCH_FLAGS, WEIGHT_INPUT } from '../contract/artifact.js';
import type { TensorType, Var } from '../ir/types.js';
import { scalar, streamOf, type ProgramContext } from '../std/context.js';
import { StdError } from '../std/errors.js';
import { constantInit, zerosInit } from '../std/initializers.js';
import { confusionCounts } from '../std/losses.js';
import { improved, prune, type Monitor, type Plateau } from '../std/regimen.js';
import { matches } from '../std/regimen.js';
import { acc, accumulator, context, counter, forward, frozenCut, type ModelParts } from './parts.js';

/** Loss and metrics of one evaluation batch, weighted (the last batch may be partial). */
export function buildEvalStep(m: ModelParts): ProgramContext {
  const ctx = context(m, 'eval_step', 'infer');
  let weight: Var | undefined;
  const ev = forward(m, ctx, m.def.train.evalBatchSize, (c) => (weight = c.input(WEIGHT_INPUT, scalar('f32'))));
  const b = ctx.b;
  b.hint = 'metrics';
  ctx.output('loss', ev.loss!);
  ctx.update(acc('eval', 'loss'), b.add(accumulator(ctx, acc('eval', 'loss')), b.mul(ev.loss!, weight!)));
  ctx.update(acc('eval', 'weight'), b.add(accumulator(ctx, acc('eval', 'weight')), weight!));
  for (const [name, v] of ev.metrics) {
    ctx.output(name, v);
    ctx.update(acc('eval', name), b.add(accumulator(ctx, acc('eval', name)), b.mul(v, weight!)));
  }
  ctx.update(COUNTERS.evalBatch, b.add(counter(ctx, COUNTERS.evalBatch), 1));
  return ctx;
}

/**
 * confusion_step, built on request (`confusion: true`): the classifier's counts[true, predicted]
 * of one evaluation batch (its valid rows: weight × batch), summed into CONFUSION.counts.
 */
export function buildConfusionStep(m: ModelParts): ProgramContext {
  const ctx = context(m, CONFUSION.entry, 'infer');
  let weight: Var | undefined;
  const batch = m.def.train.evalBatchSize;
  forward(m, ctx, batch, (c) => (weight = c.input(WEIGHT_INPUT, scalar('f32'))));
  const classifier = ctx.classifier;
  if (!classifier) {
    throw new StdError('DNN3001', 'a confusion matrix needs a classifier: the model has no sparse_softmax_cross_entropy(logits, labels) or in_top_k(logits, labels, k)');
  }
  const b = ctx.b;
  b.hint = 'confusion';
  const counts = confusionCounts(b, classifier.logits, classifier.labels, b.mul(weight!, batch));
  const total = ctx.state(CONFUSION.counts, counts.type, 'accumulator', false, zerosInit);
  ctx.update(CONFUSION.counts, b.add(total, counts));
  ctx.update(COUNTERS.evalBatch, b.add(counter(ctx, COUNTERS.evalBatch), 1));
  return ctx;
}

/** The model's declared outputs in inference mode. */
export function buildPredict(m: ModelParts): ProgramContext {
  const ctx = context(m, 'predict', 'infer');
  const pr = forward(m, ctx, m.def.train.evalBatchSize);
  for (const [name, v] of pr.outputs) ctx.output(name, v);
  return ctx;
}

/** begin_epoch and begin_eval: counters and accumulators back to zero. */
export function buildBookkeeping(m: ModelParts): [ProgramContext, ProgramContext] {
  const beginEpoch = context(m, 'begin_epoch', 'train');
  beginEpoch.update(COUNTERS.epoch, beginEpoch.b.add(counter(beginEpoch, COUNTERS.epoch), 1));
  beginEpoch.update(COUNTERS.batch, beginEpoch.b.const(0, [], 'u32'));
  const beginEval = context(m, 'begin_eval', 'infer');
  beginEval.update(COUNTERS.evalBatch, beginEval.b.const(0, [], 'u32'));
  for (const s of m.registry.specs) {
    if (s.role !== 'accumulator') continue;
    const ctx = s.name.startsWith('acc/train/') ? beginEpoch : beginEval;
    ctx.update(s.name, ctx.b.const(0, s.type.shape));
  }
  return [beginEpoch, beginEval];
}

/** end_epoch (and restore_best): early stopping and reduce-on-plateau, decided on the GPU. */
export function buildEndOfEpoch(m: ModelParts): ProgramContext[] {
  const { earlyStopping: es, plateau: pl } = m.def.train;
  if (!es && !pl) return [];
  const end = context(m, 'end_epoch', 'infer');
  const out: ProgramContext[] = [];
  if (es) {
    const b = end.b;
    b.hint = 'early_stopping';
    const value = monitored(m, end, es, 'early_stopping');
    const best = monitorState(end, 'early_stopping/best', worst(es));
    const wait = monitorState(end, 'early_stopping/wait', 0);
    const imp = improved(b, value, best, es);
    const newWait = b.select(imp, 0, b.add(wait, 1));
    end.update('early_stopping/best', b.select(imp, value, best));
    end.update('early_stopping/wait', newWait);
    end.update(EPOCH_FLAGS.stop, b.ge(newWait, es.patience));
    monitorState(end, EPOCH_FLAGS.stop, 0);
    if (es.restoreBest) out.push(keepBestWeights(m, end, imp));
  }
  if (pl) reduceOnPlateau(m, end, pl);
  out.push(end);
  return out;
}

const worst = (mo: Monitor) => (mo.mode === 'min' ? Infinity : -Infinity);
const monitorState = (ctx: ProgramContext, name: string, init: number) => ctx.state(name, scalar('f32'), 'counter', false, constantInit(init));

/** The validation average a rule watches. */
function monitored(m: ModelParts, ctx: ProgramContext, mo: Monitor, setting: string): Var {
  const name = acc('eval', mo.metric);
  if (!m.registry.entries.has(name)) throw new StdError('DNN3002', `${setting} monitors '${mo.metric}', which is not a metric of this model`, setting);
  const f32 = scalar('f32');
  return ctx.b.div(ctx.state(name, f32, 'accumulator', false, zerosInit), ctx.state(acc('eval', 'weight'), f32, 'accumulator', false, zerosInit));
}

/** The best weights stay on the GPU: copied (selected) at the end of an epoch, restored by restore_best. */
function keepBestWeights(m: ModelParts, end: ProgramContext, imp: Var): ProgramContext {
  const restore = context(m, 'restore_best', 'infer');
  for (const spec of m.registry.specs.filter((x) => x.role === 'param' || x.role === 'statistic')) {
    const entry = m.registry.entries.get(spec.name)!;
    const cur = end.state(spec.name, spec.type, spec.role, spec.trainable, entry.init);
    const keep = end.state(`best/${spec.name}`, spec.type, 'slot', false, entry.init);
    end.update(`best/${spec.name}`, end.b.select(imp, cur, keep));
    restore.state(spec.name, spec.type, spec.role, spec.trainable, entry.init);
    restore.update(spec.name, restore.state(`best/${spec.name}`, spec.type, 'slot', false, entry.init));
  }
  return restore;
}

/**
 * Keras ReduceLROnPlateau: a cooldown after each reduction, then `patience` epochs of no
 * improvement reduce the rate by `factor`, not below min_lr.
 */
function reduceOnPlateau(m: ModelParts, end: ProgramContext, pl: Plateau): void {
  const b = end.b;
  b.hint = 'reduce_lr_on_plateau';
  const value = monitored(m, end, pl, 'reduce_lr_on_plateau');
  const best = monitorState(end, 'plateau/best', worst(pl));
  const wait = monitorState(end, 'plateau/wait', 0);
  const cooldown = monitorState(end, 'plateau/cooldown', 0);
  const scale = monitorState(end, EPOCH_FLAGS.lrScale, 1);
  const inCooldown = b.gt(cooldown, 0);
  const cd1 = b.select(inCooldown, b.sub(cooldown, 1), cooldown);
  const wait1 = b.select(inCooldown, 0, wait);
  const imp = improved(b, value, best, pl);
  const stillCooling = b.gt(cd1, 0);
  const waitInc = b.add(wait1, 1);
  const trigger = b.mul(b.mul(b.sub(1, imp), b.sub(1, stillCooling)), b.ge(waitInc, pl.patience));
  const lrNow = b.mul(m.def.train.learningRate.build(b, counter(end, COUNTERS.step)), scale);
  const reduced = b.div(b.max(b.mul(lrNow, pl.factor), pl.minLr), b.div(lrNow, scale));
  end.update('plateau/best', b.select(imp, value, best));
  end.update('plateau/wait', b.select(trigger, 0, b.select(imp, 0, b.select(stillCooling, wait1, waitInc))));
  end.update('plateau/cooldown', b.select(trigger, pl.cooldown, cd1));
  end.update(EPOCH_FLAGS.lrScale, b.select(b.mul(trigger, b.gt(lrNow, pl.minLr)), reduced, scale));
}

/** prune: small weights of the selected parameters become zero. */
export function buildPrune(m: ModelParts): ProgramContext[] {
  const rule = m.def.train.prune;
  if (!rule) return [];
  const ctx = context(m, 'prune', 'infer');
  for (const spec of m.registry.specs) {
    if (spec.role !== 'param' || !matches(spec.name, rule.params)) continue;
    const w = ctx.state(spec.name, spec.type, spec.role, spec.trainable, m.registry.entries.get(spec.name)!.init);
    ctx.update(spec.name, prune(ctx.b, w, rule.threshold));
  }
  return [ctx];
}

/**
 * begin_cache, and the cache builders: cache_build (training mode: the frozen layers over one
 * evaluation-sized chunk of training rows, in order) and eval_cache_build (inference mode, over
 * a chunk of the split being evaluated). Each must cut where its user (train or eval step) does.
 */
export function buildCache(m: ModelParts, train: readonly TensorType[], evaluation: readonly TensorType[]): ProgramContext[] {
  if (!train.length && !evaluation.length) return [];
  const begin = context(m, 'begin_cache', 'infer');
  begin.update(COUNTERS.cacheBatch, begin.b.const(0, [], 'u32'));
  const builders = [
    ...(train.length ? [cacheBuilder(m, 'cache_build', 'train', 'cache', train)] : []),
    ...(evaluation.length ? [cacheBuilder(m, 'eval_cache_build', 'infer', 'eval_cache', evaluation)] : []),
  ];
  return [begin, ...builders];
}

function cacheBuilder(m: ModelParts, name: string, mode: 'train' | 'infer', prefix: string, types: readonly TensorType[]): ProgramContext {
  const build = context(m, name, mode);
  forward(m, build, m.def.train.evalBatchSize);
  const { cut } = frozenCut(m, build.finish(), m.def.train.evalBatchSize);
  const same = cut && cut.length === types.length && cut.every((v, k) => v.type.shape.slice(1).join() === types[k]!.shape.slice(1).join());
  if (!cut || !same) throw new StdError('DNN3002', 'cache_frozen: the frozen layers differ between the training and evaluation batch sizes', 'cache_frozen');
  build.updates.length = 0; // no batch-norm statistics move while caching
  build.takeOutputs(() => true);
  cut.forEach((v, k) => build.output(`${prefix}/${k}`, v));
  build.update(COUNTERS.cacheBatch, build.b.add(counter(build, COUNTERS.cacheBatch), 1));
  return build;
}

/** init: every state value from the seed (which the runtime writes first). */
export function buildInit(m: ModelParts): ProgramContext {
  const init = context(m, 'init', 'train');
  const seed = counter(init, COUNTERS.seed);
  for (const [name, entry] of m.registry.entries) {
    if (name === COUNTERS.seed) continue;
    init.b.hint = name;
    init.update(name, entry.init(init.b, entry.spec.type, seed, streamOf(name)));
  }
  return init;
}
