// The model driver: builds a model's entry programs from its definition, in steps the compiler's
// pipeline calls in order (src/compiler/pipeline.ts): the train step's forward pass, the frozen
// cut, differentiation, the training update, then every other entry point. Everything a training
// run needs is IR; the runtime only sequences it.
//
// The order in which the steps declare state is the order of the artifact's buffers, so it is
// part of the output: forward and training update of the train step first, then evaluation,
// prediction, bookkeeping, the end-of-epoch rules, pruning, the frozen cache and init.
import { COUNTERS, WEIGHT_INPUT, type ArtifactInput, type CacheReport, type ModelMeta } from '../contract/artifact.js';
import type { ModelIR, Program } from '../ir/program.js';
import type { TensorType, Var } from '../ir/types.js';
import { findFrozenCut, readCutAsInputs, type FrozenCut } from '../passes/cacheFrozen.js';
import { differentiate } from '../passes/differentiate.js';
import { ProgramContext, StateRegistry, scalar, type Mode } from '../std/context.js';
import { StdError } from '../std/errors.js';
import { zerosInit } from '../std/initializers.js';
import type { ForwardResult, ModelDefinition } from '../std/model.js';
import { matches } from '../std/regimen.js';
import { penalty } from '../std/regularizers.js';
import { buildBookkeeping, buildCache, buildEndOfEpoch, buildEvalStep, buildInit, buildPredict, buildPrune } from './entries.js';
import { applyTrainingUpdate } from './update.js';

/** Accumulator state names: `acc/train/loss`, `acc/eval/accuracy`, ... */
export const acc = (split: 'train' | 'eval', name: string) => `acc/${split}/${name}`;

/** The gradient outputs the differentiate step adds to the train step: `grad/<param>`. */
export const GRAD_PREFIX = 'grad/';

export class ModelDriver {
  readonly registry = new StateRegistry();
  private readonly train: ProgramContext;
  private trainResult: ForwardResult | null = null;
  /** Types of the frozen layers' outputs read from the cache (empty: no cache). */
  private cache: TensorType[] = [];
  /** Types of the frozen layers' outputs that evaluation reads from its split's cache. */
  private evalCache: TensorType[] = [];
  /** What the cache holds or why there is none (absent: nothing frozen, or caching turned off). */
  private cacheReport: CacheReport | undefined;
  private trainable: string[] = [];
  private predictOutputs: readonly [string, Var][] = [];
  private readonly extra: ProgramContext[] = [];
  private readonly programs: ProgramContext[] = [];

  constructor(readonly def: ModelDefinition) {
    this.train = this.context('train_step', 'train');
  }

  context(name: string, mode: Mode): ProgramContext {
    return new ProgramContext(name, mode, this.registry);
  }

  counter(ctx: ProgramContext, name: string): Var {
    return ctx.state(name, scalar('u32'), 'counter', false, zerosInit);
  }

  accumulator(ctx: ProgramContext, name: string): Var {
    return ctx.state(name, scalar('f32'), 'accumulator', false, zerosInit);
  }

  /** The network in `ctx` at this batch size, with the weight penalties joined to the loss. */
  forward(ctx: ProgramContext, batch: number, extra?: (ctx: ProgramContext) => void): ForwardResult {
    const def = this.def;
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
      for (const [name, entry] of this.registry.entries) {
        if (entry.spec.role !== 'param' || !matches(name, pr.params)) continue;
        const w = ctx.state(name, entry.spec.type, entry.spec.role, entry.spec.trainable, entry.init);
        const t = penalty(b, w, pr.reg);
        if (t) terms.push(t);
      }
    }
    return terms.length ? { ...r, loss: terms.reduce((a, t) => b.add(a, t), r.loss) } : r;
  }

  /** Step 1: the train step's forward pass and loss. */
  trainForward(): ModelIR {
    const tr = this.forward(this.train, this.def.train.batchSize);
    if (!tr.loss) throw new StdError('DNN3001', 'the model defines no loss');
    this.train.output('loss', tr.loss);
    this.trainResult = tr;
    return this.snapshot([this.train]);
  }

  /** Where the frozen layers' per-example output is read in a program built with this batch size. */
  frozenCut(p: Program, batch: number): FrozenCut {
    const frozen = this.registry.specs.filter((x) => x.role === 'param' && matches(x.name, this.def.train.frozen)).map((x) => x.name);
    const features = this.def.inputs.filter((i) => i.role === 'features').map((i) => i.name);
    return findFrozenCut(p, batch, new Set(frozen), new Set(features));
  }

  /**
   * Step 2 (frozen-layer caching: automatic, `cache_frozen = true` requires it, `false` turns it
   * off): the train step reads the frozen layers' output (the cut) as inputs `cache/k`; the
   * cache_build entry computes those rows from the features. Augmented inputs change every
   * epoch, so nothing computed from them can be stored.
   */
  cutFrozen(): ModelIR {
    const t = this.def.train;
    if (!this.cachesFrozen()) return this.snapshot([this.train]);
    if (t.augment) {
      if (t.cacheFrozen) throw new StdError('DNN3031', 'cache_frozen: augment transforms the inputs every epoch, so the frozen layers\' output changes too and cannot be cached', 'cache_frozen');
      this.cacheReport = { layers: [], eval: false, stop: 'augment transforms the inputs every epoch' };
      return this.snapshot([this.train]);
    }
    const ctx = this.train;
    const fwd = ctx.finish();
    const { cut, layers, stop } = this.frozenCut(fwd, t.batchSize);
    const why = stop ? `; caching stops at ${stop}` : '';
    if (!cut) {
      if (t.cacheFrozen) {
        throw new StdError('DNN3002', `cache_frozen: no frozen layer reads the inputs, so there is nothing to cache (freeze the lower layers, e.g. frozen = ["hidden[12]/*"])${why}`, 'cache_frozen');
      }
      this.cacheReport = { layers: [], eval: false, stop: stop ?? 'no frozen layer reads the inputs' };
      return this.snapshot([this.train]);
    }
    const inputs = cut.map((v, k) => ({ name: `cache/${k}`, var: ctx.b.newVar(v.type, `cache/${k}`) }));
    ctx.replace(readCutAsInputs(fwd, cut, inputs));
    this.cache = cut.map((v) => v.type);
    this.cacheReport = { layers, eval: false, ...(stop ? { stop } : {}) };
    return this.snapshot([this.train]);
  }

  /** Whether frozen layers are cached: some are frozen and `cache_frozen` is not false. */
  private cachesFrozen(): boolean {
    const t = this.def.train;
    return t.cacheFrozen === true || (t.cacheFrozen === undefined && t.frozen.length > 0);
  }

  /**
   * Evaluation reads the frozen layers' output of the evaluated split from a cache of its own
   * (`eval_cache/k`, built once per split by eval_cache_build). Inference mode has no dropout and
   * uses moving statistics, so this cut may reach further than training's (never augmented).
   */
  private cutEval(ctx: ProgramContext): void {
    if (!this.cachesFrozen()) return;
    const p = ctx.finish();
    const { cut } = this.frozenCut(p, this.def.train.evalBatchSize);
    if (!cut) return;
    const inputs = cut.map((v, k) => ({ name: `eval_cache/${k}`, var: ctx.b.newVar(v.type, `eval_cache/${k}`) }));
    ctx.replace(readCutAsInputs(p, cut, inputs));
    this.evalCache = cut.map((v) => v.type);
    this.cacheReport = { ...(this.cacheReport ?? { layers: [] }), eval: true };
  }

  /** Step 3: reverse-mode gradients of the loss; the train step gains outputs `grad/<param>`. */
  differentiate(): ModelIR {
    const candidates = this.registry.specs
      .filter((s) => s.role === 'param' && s.trainable && !this.def.train.frozen.some((re) => re.test(s.name)))
      .map((s) => s.name);
    const { program, grads } = differentiate(this.train.finish(), 'loss', candidates, this.registry.ids);
    // Parameters the loss does not reach (behind stop_gradient) train no more than frozen ones.
    this.trainable = candidates.filter((n) => grads.has(n));
    this.train.replace(program);
    for (const name of this.trainable) this.train.output(GRAD_PREFIX + name, grads.get(name)!);
    return this.snapshot([this.train]);
  }

  /** Step 4: the optimizer, constraints and metrics consume the gradients; then every other entry. */
  buildEntries(): ModelIR {
    const grads = this.train.takeOutputs((name) => name.startsWith(GRAD_PREFIX));
    const gradOf = new Map(grads.map((g) => [g.name.slice(GRAD_PREFIX.length), g.var]));
    applyTrainingUpdate(this, this.train, this.trainResult!, this.trainable, gradOf);
    const evalStep = buildEvalStep(this);
    this.cutEval(evalStep);
    const predict = buildPredict(this);
    this.predictOutputs = predict.outputs.map((o) => [o.name, o.var]);
    const [beginEpoch, beginEval] = buildBookkeeping(this);
    this.extra.push(...buildEndOfEpoch(this), ...buildPrune(this));
    this.extra.push(...buildCache(this, this.cache, this.evalCache));
    const init = buildInit(this);
    this.programs.push(init, beginEpoch, this.train, beginEval, evalStep, ...(predict.outputs.length ? [predict] : []), ...this.extra);
    return this.snapshot(this.programs);
  }

  /** The artifact's descriptive fields. */
  meta(): ModelMeta {
    const def = this.def;
    const t = def.train;
    const es = t.earlyStopping;
    return {
      inputs: [
        ...def.inputs,
        ...this.cache.map((ty, k): ArtifactInput => ({ name: `cache/${k}`, dtype: 'f32', example: ty.shape.slice(1), role: 'cache' })),
        ...this.evalCache.map((ty, k): ArtifactInput => ({ name: `eval_cache/${k}`, dtype: 'f32', example: ty.shape.slice(1), role: 'cache' })),
      ],
      outputs: this.predictOutputs.map(([n]) => n),
      metrics: (this.trainResult?.metrics ?? []).map(([n]) => n),
      train: {
        batchSize: t.batchSize,
        evalBatchSize: t.evalBatchSize,
        epochs: t.epochs,
        optimizer: { kind: t.optimizer.kind, ...t.optimizer.settings, learning_rate: { kind: t.learningRate.kind, ...t.learningRate.settings } },
        ...(es ? { earlyStopping: { monitor: es.metric, patience: es.patience, restoreBest: es.restoreBest, interval: es.interval } } : {}),
        ...(t.prune ? { prune: t.prune.when } : {}),
        ...(t.data ? { data: t.data } : {}),
        ...(t.digits ? { digits: t.digits } : {}),
        ...(t.augment ? { augment: t.augment } : {}),
        ...(this.cacheReport ? { cache: this.cacheReport } : {}),
        ...(t.relabel ? { relabel: true } : {}),
        ...(t.perClass !== undefined ? { perClass: t.perClass } : {}),
      },
      params: this.trainable,
    };
  }

  private snapshot(ctxs: readonly ProgramContext[]): ModelIR {
    return { name: this.def.name, state: this.registry.specs, programs: Object.fromEntries(ctxs.map((c) => [c.name, c.finish()])) };
  }
}

export { COUNTERS, WEIGHT_INPUT };
