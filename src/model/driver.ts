// The model driver: builds a model's entry programs from its definition, in steps the compiler's
// pipeline calls in order (src/compiler/pipeline.ts): the train step's forward pass, the frozen
// cut, differentiation, the training update, then every other entry point. Everything a training
// run needs is IR; the runtime only sequences it.
//
// The order in which the steps declare state is the order of the artifact's buffers, so it is
// part of the output: forward and training update of the train step first, then evaluation,
// prediction, bookkeeping, the end-of-epoch rules, pruning, the frozen cache and init.
import { COUNTERS, WEIGHT_INPUT, type ArtifactInput, type ModelMeta } from '../contract/artifact.js';
import type { ModelIR, Program } from '../ir/program.js';
import type { TensorType, Var } from '../ir/types.js';
import { findFrozenCut, readCutAsInputs } from '../passes/cacheFrozen.js';
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
  frozenCut(p: Program, batch: number): Var[] | null {
    const frozen = this.registry.specs.filter((x) => x.role === 'param' && matches(x.name, this.def.train.frozen)).map((x) => x.name);
    const features = this.def.inputs.filter((i) => i.role === 'features').map((i) => i.name);
    return findFrozenCut(p, batch, new Set(frozen), new Set(features));
  }

  /**
   * Step 2 (cache_frozen): the train step reads the frozen layers' output (the cut) as inputs
   * `cache/k`; the cache_build entry computes those rows from the features.
   */
  cutFrozen(): ModelIR {
    if (this.def.train.cacheFrozen) {
      const ctx = this.train;
      const fwd = ctx.finish();
      const cut = this.frozenCut(fwd, this.def.train.batchSize);
      if (!cut) {
        throw new StdError('DNN3002', 'cache_frozen: no frozen layer reads the inputs, so there is nothing to cache (freeze the lower layers, e.g. frozen = ["hidden[12]/*"])', 'cache_frozen');
      }
      const inputs = cut.map((v, k) => ({ name: `cache/${k}`, var: ctx.b.newVar(v.type, `cache/${k}`) }));
      ctx.replace(readCutAsInputs(fwd, cut, inputs));
      this.cache = cut.map((v) => v.type);
    }
    return this.snapshot([this.train]);
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
    const predict = buildPredict(this);
    this.predictOutputs = predict.outputs.map((o) => [o.name, o.var]);
    const [beginEpoch, beginEval] = buildBookkeeping(this);
    this.extra.push(...buildEndOfEpoch(this), ...buildPrune(this));
    if (this.cache.length) this.extra.push(...buildCache(this, this.cache.length));
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
