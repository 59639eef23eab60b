// Assembles a model's entry points from its forward definition: init, begin_epoch, train_step
// (forward, gradients by the differentiate pass, optimizer, accumulators, counters), begin_eval,
// eval_step and predict. Everything a training run needs is IR; the runtime only sequences it.
import type { CompileMeta } from '../codegen/compile.js';
import { COUNTERS, EPOCH_FLAGS, WEIGHT_INPUT, type ArtifactInput } from '../contract/artifact.js';
import type { ModelIR, Program } from '../ir/program.js';
import type { Var } from '../ir/types.js';
import { differentiate } from '../passes/differentiate.js';
import { ProgramContext, StateRegistry, scalar, streamOf, type Mode } from '../std/context.js';
import { zerosInit } from '../std/initializers.js';
import type { OptimizerSpec } from '../std/optimizers.js';
import type { Schedule } from '../std/schedules.js';
import {
  applyMaxNorm, clipGradients, improved, matches, prune, type Clip, type EarlyStopping, type MaxNorm, type Monitor,
  type PatternRegularizer, type Plateau, type Prune,
} from '../std/regimen.js';
import { penalty } from '../std/regularizers.js';
import { StdError } from '../std/errors.js';
import { findFrozenCut, readCutAsInputs } from '../passes/cacheFrozen.js';
import { constantInit } from '../std/initializers.js';

export interface ForwardResult {
  readonly loss?: Var;
  readonly metrics: readonly [string, Var][];
  readonly outputs: readonly [string, Var][];
}

export interface ModelDefinition {
  readonly name: string;
  readonly inputs: readonly ArtifactInput[];
  /** Builds the network in `ctx` (called once per entry point, in its mode and batch size). */
  forward(ctx: ProgramContext, inputs: ReadonlyMap<string, Var>): ForwardResult;
  readonly train: {
    readonly batchSize: number;
    readonly evalBatchSize: number;
    readonly epochs: number;
    readonly learningRate: Schedule;
    readonly optimizer: OptimizerSpec;
    /** Trainable parameters matching any of these are frozen. */
    readonly frozen: readonly RegExp[];
    readonly clip?: Clip;
    readonly maxNorm?: readonly MaxNorm[];
    readonly regularizers?: readonly PatternRegularizer[];
    readonly earlyStopping?: EarlyStopping;
    readonly plateau?: Plateau;
    readonly prune?: Prune;
    /** Compute the frozen layers once per training example instead of every step. */
    readonly cacheFrozen?: boolean;
    /** The data set the model trains on by default (the command line may override). */
    readonly data?: string;
    readonly digits?: readonly number[];
  };
}

export interface BuiltModel {
  readonly ir: ModelIR;
  readonly meta: CompileMeta;
  /** The train step right after differentiation, before the optimizer (for dumps). */
  readonly differentiated: Program;
}

const acc = (split: 'train' | 'eval', name: string) => `acc/${split}/${name}`;
const LR_SCALE = EPOCH_FLAGS.lrScale;


export function buildModel(def: ModelDefinition): BuiltModel {
  const registry = new StateRegistry();
  const counter = (ctx: ProgramContext, name: string) => ctx.state(name, scalar('u32'), 'counter', false, zerosInit);
  const accumulator = (ctx: ProgramContext, name: string) => ctx.state(name, scalar('f32'), 'accumulator', false, zerosInit);

  const forward = (ctx: ProgramContext, batch: number, extra?: (ctx: ProgramContext) => void): ForwardResult => {
    const inputs = new Map<string, Var>();
    for (const i of def.inputs) inputs.set(i.name, ctx.input(i.name, { dtype: i.dtype, shape: [batch, ...i.example] }));
    extra?.(ctx);
    const r = ctx.withScope('', () => def.forward(ctx, inputs));
    if (!r.loss) return r;
    // Weight penalties join the loss (in every mode, as Keras reports them): the layers' own
    // kernel_regularizer terms and the train block's pattern-selected ones.
    const b = ctx.b;
    b.hint = 'regularization';
    const terms = [...ctx.penalties];
    for (const pr of def.train.regularizers ?? []) {
      for (const [name, entry] of registry.entries) {
        if (entry.spec.role !== 'param' || !matches(name, pr.params)) continue;
        const w = ctx.state(name, entry.spec.type, entry.spec.role, entry.spec.trainable, entry.init);
        const t = penalty(b, w, pr.reg);
        if (t) terms.push(t);
      }
    }
    return terms.length ? { ...r, loss: terms.reduce((a, t) => b.add(a, t), r.loss) } : r;
  };
  const newCtx = (name: string, mode: Mode) => new ProgramContext(name, mode, registry);

  /** Where the frozen layers' per-example output is read in a program built with this batch size. */
  const frozenCut = (p: Program, batch: number) =>
    findFrozenCut(
      p,
      batch,
      new Set(registry.specs.filter((x) => x.role === 'param' && matches(x.name, def.train.frozen)).map((x) => x.name)),
      new Set(def.inputs.filter((i) => i.role === 'features').map((i) => i.name)),
    );
  /**
   * Rewrites the train step to read the frozen layers' output (the cut) as inputs `cache/k`, and
   * returns the cut's types; the cache_build entry computes those rows from the features.
   */
  const cacheFrozenLayers = (ctx: ProgramContext) => {
    const fwd = ctx.finish();
    const cut = frozenCut(fwd, def.train.batchSize);
    if (!cut) throw new StdError('DNN3002', 'cache_frozen: no frozen layer reads the inputs, so there is nothing to cache (freeze the lower layers, e.g. frozen = ["hidden[12]/*"])');
    const inputs = cut.map((v, k) => ({ name: `cache/${k}`, var: ctx.b.newVar(v.type, `cache/${k}`) }));
    const rewritten = readCutAsInputs(fwd, cut, inputs);
    ctx.b.eqns.splice(0, ctx.b.eqns.length, ...rewritten.eqns);
    ctx.inputs.push(...inputs);
    ctx.outputs.splice(0, ctx.outputs.length, ...rewritten.outputs);
    ctx.updates.splice(0, ctx.updates.length, ...rewritten.updates);
    return cut.map((v) => v.type);
  };

  // ---- train_step -------------------------------------------------------------------------------
  const train = newCtx('train_step', 'train');
  const tr = forward(train, def.train.batchSize);
  if (!tr.loss) throw new Error('buildModel: the model defines no loss');
  train.output('loss', tr.loss);
  const candidates = registry.specs
    .filter((s) => s.role === 'param' && s.trainable && !def.train.frozen.some((re) => re.test(s.name)))
    .map((s) => s.name);
  const cache = def.train.cacheFrozen ? cacheFrozenLayers(train) : [];
  const { program: differentiated, grads } = differentiate(train.finish(), 'loss', candidates, registry.ids);
  // Parameters the loss does not reach (behind stop_gradient) train no more than frozen ones.
  const trainable = candidates.filter((n) => grads.has(n));
  train.b.eqns.splice(0, train.b.eqns.length, ...differentiated.eqns);
  {
    const b = train.b;
    const reads = new Map(differentiated.state.map((s) => [s.name, s.var]));
    b.hint = 'optimizer';
    const step = counter(train, COUNTERS.step);
    let used = new Map(trainable.map((name) => [name, grads.get(name)!]));
    if (def.train.clip) used = clipGradients(b, used, def.train.clip);
    let lr = def.train.learningRate.build(b, step);
    // Reduce-on-plateau scales the scheduled rate by a factor its end-of-epoch rule maintains.
    if (def.train.plateau) lr = b.mul(lr, train.state(LR_SCALE, scalar('f32'), 'counter', false, constantInit(1)));
    def.train.optimizer.apply(train, trainable.map((name) => ({ name, param: reads.get(name)!, grad: used.get(name)! })), lr, step);
    for (const m of def.train.maxNorm ?? []) {
      b.hint = 'max_norm';
      for (const name of trainable) if (matches(name, m.params)) train.mapUpdate(name, (w) => applyMaxNorm(b, w, m));
    }
    b.hint = 'metrics';
    train.update(acc('train', 'loss'), b.add(accumulator(train, acc('train', 'loss')), tr.loss));
    train.update(acc('train', 'count'), b.add(accumulator(train, acc('train', 'count')), 1));
    for (const [name, m] of tr.metrics) {
      train.output(name, m);
      train.update(acc('train', name), b.add(accumulator(train, acc('train', name)), m));
    }
    train.update(COUNTERS.step, b.add(step, 1));
    train.update(COUNTERS.batch, b.add(counter(train, COUNTERS.batch), 1));
  }

  // ---- eval_step ------------------------------------------------------------------------------
  const evalCtx = newCtx('eval_step', 'infer');
  let weight: Var | undefined;
  const ev = forward(evalCtx, def.train.evalBatchSize, (c) => (weight = c.input(WEIGHT_INPUT, scalar('f32'))));
  {
    const b = evalCtx.b;
    b.hint = 'metrics';
    evalCtx.output('loss', ev.loss!);
    evalCtx.update(acc('eval', 'loss'), b.add(accumulator(evalCtx, acc('eval', 'loss')), b.mul(ev.loss!, weight!)));
    evalCtx.update(acc('eval', 'weight'), b.add(accumulator(evalCtx, acc('eval', 'weight')), weight!));
    for (const [name, m] of ev.metrics) {
      evalCtx.output(name, m);
      evalCtx.update(acc('eval', name), b.add(accumulator(evalCtx, acc('eval', name)), b.mul(m, weight!)));
    }
    evalCtx.update(COUNTERS.evalBatch, b.add(counter(evalCtx, COUNTERS.evalBatch), 1));
  }

  // ---- predict ----------------------------------------------------------------------------------
  const predict = newCtx('predict', 'infer');
  const pr = forward(predict, def.train.evalBatchSize);
  for (const [name, v] of pr.outputs) predict.output(name, v);

  // ---- bookkeeping: epochs and evaluation passes ------------------------------------------------
  const beginEpoch = newCtx('begin_epoch', 'train');
  beginEpoch.update(COUNTERS.epoch, beginEpoch.b.add(counter(beginEpoch, COUNTERS.epoch), 1));
  beginEpoch.update(COUNTERS.batch, beginEpoch.b.const(0, [], 'u32'));
  const beginEval = newCtx('begin_eval', 'infer');
  beginEval.update(COUNTERS.evalBatch, beginEval.b.const(0, [], 'u32'));
  for (const s of registry.specs) {
    if (s.role !== 'accumulator') continue;
    const ctx = s.name.startsWith('acc/train/') ? beginEpoch : beginEval;
    ctx.update(s.name, ctx.b.const(0));
  }

  // ---- end of epoch: early stopping and reduce-on-plateau, decided on the GPU ------------------
  const extra: ProgramContext[] = [];
  const es = def.train.earlyStopping;
  const pl = def.train.plateau;
  if (es || pl) {
    const end = newCtx('end_epoch', 'infer');
    const b = end.b;
    const watched = (m: Monitor) => {
      const name = acc('eval', m.metric);
      if (!registry.entries.has(name)) throw new Error(`monitor '${m.metric}' is not a metric of this model`);
      return b.div(end.state(name, scalar('f32'), 'accumulator', false, zerosInit), end.state(acc('eval', 'weight'), scalar('f32'), 'accumulator', false, zerosInit));
    };
    const monitorState = (name: string, init: number) => end.state(name, scalar('f32'), 'counter', false, constantInit(init));
    const worst = (m: Monitor) => (m.mode === 'min' ? Infinity : -Infinity);
    if (es) {
      b.hint = 'early_stopping';
      const value = watched(es);
      const best = monitorState('early_stopping/best', worst(es));
      const wait = monitorState('early_stopping/wait', 0);
      const imp = improved(b, value, best, es);
      const newWait = b.select(imp, 0, b.add(wait, 1));
      end.update('early_stopping/best', b.select(imp, value, best));
      end.update('early_stopping/wait', newWait);
      end.update(EPOCH_FLAGS.stop, b.ge(newWait, es.patience));
      monitorState(EPOCH_FLAGS.stop, 0);
      if (es.restoreBest) {
        // The best weights stay on the GPU: copied (selected) here, restored by restore_best.
        const restore = newCtx('restore_best', 'infer');
        for (const spec of registry.specs.filter((x) => x.role === 'param' || x.role === 'statistic')) {
          const entry = registry.entries.get(spec.name)!;
          const cur = end.state(spec.name, spec.type, spec.role, spec.trainable, entry.init);
          const keep = end.state(`best/${spec.name}`, spec.type, 'slot', false, entry.init);
          end.update(`best/${spec.name}`, b.select(imp, cur, keep));
          restore.state(spec.name, spec.type, spec.role, spec.trainable, entry.init);
          restore.update(spec.name, restore.state(`best/${spec.name}`, spec.type, 'slot', false, entry.init));
        }
        extra.push(restore);
      }
    }
    if (pl) {
      // Keras ReduceLROnPlateau: a cooldown after each reduction, then `patience` epochs of no
      // improvement reduce the rate by `factor`, not below min_lr.
      b.hint = 'reduce_lr_on_plateau';
      const value = watched(pl);
      const best = monitorState('plateau/best', worst(pl));
      const wait = monitorState('plateau/wait', 0);
      const cooldown = monitorState('plateau/cooldown', 0);
      const scale = monitorState(LR_SCALE, 1);
      const inCooldown = b.gt(cooldown, 0);
      const cd1 = b.select(inCooldown, b.sub(cooldown, 1), cooldown);
      const wait1 = b.select(inCooldown, 0, wait);
      const imp = improved(b, value, best, pl);
      const stillCooling = b.gt(cd1, 0);
      const waitInc = b.add(wait1, 1);
      const trigger = b.mul(b.mul(b.sub(1, imp), b.sub(1, stillCooling)), b.ge(waitInc, pl.patience));
      const lrNow = b.mul(def.train.learningRate.build(b, counter(end, COUNTERS.step)), scale);
      const reduced = b.div(b.max(b.mul(lrNow, pl.factor), pl.minLr), b.div(lrNow, scale));
      end.update('plateau/best', b.select(imp, value, best));
      end.update('plateau/wait', b.select(trigger, 0, b.select(imp, 0, b.select(stillCooling, wait1, waitInc))));
      end.update('plateau/cooldown', b.select(trigger, pl.cooldown, cd1));
      end.update(LR_SCALE, b.select(b.mul(trigger, b.gt(lrNow, pl.minLr)), reduced, scale));
    }
    extra.push(end);
  }
  if (def.train.prune) {
    const pruneCtx = newCtx('prune', 'infer');
    for (const spec of registry.specs) {
      if (spec.role !== 'param' || !matches(spec.name, def.train.prune.params)) continue;
      const w = pruneCtx.state(spec.name, spec.type, spec.role, spec.trainable, registry.entries.get(spec.name)!.init);
      pruneCtx.update(spec.name, prune(pruneCtx.b, w, def.train.prune.threshold));
    }
    extra.push(pruneCtx);
  }

  if (cache.length) {
    // cache_build: the frozen layers over one evaluation-sized chunk of training rows, in order.
    const build = newCtx('cache_build', 'train');
    forward(build, def.train.evalBatchSize);
    const cut = frozenCut(build.finish(), def.train.evalBatchSize);
    if (!cut || cut.length !== cache.length) throw new Error('cache_build: the frozen layers differ between batch sizes');
    build.updates.splice(0, build.updates.length); // no batch-norm statistics move while caching
    build.outputs.splice(0, build.outputs.length, ...cut.map((v, k) => ({ name: `cache/${k}`, var: v })));
    build.update(COUNTERS.cacheBatch, build.b.add(counter(build, COUNTERS.cacheBatch), 1));
    const begin = newCtx('begin_cache', 'infer');
    begin.update(COUNTERS.cacheBatch, begin.b.const(0, [], 'u32'));
    extra.push(begin, build);
  }

  // ---- init: every state value from the seed (which the runtime writes first) ---------------
  const init = newCtx('init', 'train');
  const seed = counter(init, COUNTERS.seed);
  for (const [name, entry] of registry.entries) {
    if (name === COUNTERS.seed) continue;
    init.b.hint = name;
    init.update(name, entry.init(init.b, entry.spec.type, seed, streamOf(name)));
  }

  const programs = Object.fromEntries(
    [init, beginEpoch, train, beginEval, evalCtx, ...(pr.outputs.length ? [predict] : []), ...extra].map((c) => [c.name, c.finish()]),
  );
  return {
    ir: { name: def.name, state: registry.specs, programs },
    differentiated: { ...differentiated, outputs: [...differentiated.outputs, ...[...grads].map(([n, v]) => ({ name: `grad/${n}`, var: v }))] },
    meta: {
      inputs: [
        ...def.inputs,
        ...cache.map((t, k): ArtifactInput => ({ name: `cache/${k}`, dtype: 'f32', example: t.shape.slice(1), role: 'cache' })),
      ],
      outputs: pr.outputs.map(([n]) => n),
      metrics: tr.metrics.map(([n]) => n),
      params: trainable,
      train: {
        batchSize: def.train.batchSize,
        evalBatchSize: def.train.evalBatchSize,
        epochs: def.train.epochs,
        optimizer: {
          kind: def.train.optimizer.kind, ...def.train.optimizer.settings,
          learning_rate: { kind: def.train.learningRate.kind, ...def.train.learningRate.settings },
        },
        ...(es ? { earlyStopping: { monitor: es.metric, patience: es.patience, restoreBest: es.restoreBest, interval: es.interval } } : {}),
        ...(def.train.prune ? { prune: def.train.prune.when } : {}),
        ...(def.train.data ? { data: def.train.data } : {}),
        ...(def.train.digits ? { digits: def.train.digits } : {}),
      },
    },
  };
}
