// The model driver: builds a model's entry programs from its definition in four steps, which the
// compiler's pipeline (src/compiler/pipeline.ts) lists in order: the train step's forward pass,
// the frozen cut, differentiation, then the training update and every other entry point. Each
// step takes the record the one before returned and returns its own (`Elaborated → TrainForward
// → Cut → Differentiated → Entries`), so a step run out of order does not type-check, and each
// reads the train step as the step before left it. Everything a training run needs is IR; the
// runtime only sequences it.
//
// The order in which the steps declare state is the order of the artifact's buffers, so it is
// part of the output: forward and training update of the train step first, then evaluation,
// prediction, bookkeeping, the end-of-epoch rules, pruning, the frozen cache and init.
import { orderTrainFields, type ArtifactInput, type CacheReport, type ModelMeta } from '../contract/artifact.js';
import { artifactSettings, type ArtifactSettingField } from '../contract/trainSettings.js';
import { Builder } from '../ir/builder.js';
import type { ModelIR, Program } from '../ir/program.js';
import type { TensorType } from '../ir/types.js';
import { readCutAsInputs } from '../passes/cacheFrozen.js';
import { differentiate } from '../passes/differentiate.js';
import { ProgramContext, StateRegistry } from '../std/context.js';
import { StdError } from '../std/errors.js';
import type { ForwardResult, ModelDefinition } from '../std/model.js';
import { buildBookkeeping, buildCache, buildConfusionStep, buildEndOfEpoch, buildEvalStep, buildInit, buildPredict, buildPrune } from './entries.js';
import { cachesFrozen, context, forward, frozenCut, GRAD_PREFIX, type ModelParts, type TrainResult } from './parts.js';
import { applyTrainingUpdate } from './update.js';

/** What every stage record holds: the model's programs as that stage left them (the verifier reads them). */
interface Stage {
  readonly model: ModelIR;
}

/** The elaborated model, before any program is built. */
export interface Elaborated extends Stage {
  readonly stage: 'elaborated';
  readonly def: ModelDefinition;
}

/** After buildTrainForward: the model's one program is the train step's forward pass and loss. */
export interface TrainForward extends Stage {
  readonly stage: 'trainForward';
  readonly parts: ModelParts;
  /** The train step's loss and metrics, as values of its program. */
  readonly forward: TrainResult;
}

/** After cutFrozen: the train step reads the frozen layers' output as inputs `cache/k`, if it can. */
export interface Cut extends Omit<TrainForward, 'stage'> {
  readonly stage: 'cut';
  /** Types of the frozen layers' outputs read from the cache (empty: no cache). */
  readonly cache: readonly TensorType[];
  /** What the cache holds or why there is none (absent: nothing frozen, or caching turned off). */
  readonly cacheReport: CacheReport | undefined;
}

/** After differentiate: the train step also outputs `grad/<param>` for each parameter that trains. */
export interface Differentiated extends Omit<Cut, 'stage'> {
  readonly stage: 'differentiated';
  /** The parameters that train: trainable, not frozen, and reached by the loss. */
  readonly trainable: readonly string[];
}

/** After buildEntries: every entry program, and the artifact's descriptive fields. Lowering starts here. */
export interface Entries extends Stage {
  readonly stage: 'entries';
  readonly meta: ModelMeta;
}

/** The record the model driver's steps start from. */
export function elaborated(def: ModelDefinition): Elaborated {
  return { stage: 'elaborated', def, model: { name: def.name, state: [], programs: {} } };
}

const TRAIN_STEP = 'train_step';

const snapshot = (m: ModelParts, programs: readonly Program[]): ModelIR => ({
  name: m.def.name,
  state: m.registry.specs,
  programs: Object.fromEntries(programs.map((p) => [p.name, p])),
});

/** The train step as the pass before left it (the record's model is the one place it is kept). */
function trainStep(s: Stage): Program {
  const p = s.model.programs[TRAIN_STEP];
  if (!p) throw new Error(`the model has no ${TRAIN_STEP} program: a pass before this step removed it`);
  return p;
}

/** Step 1: the train step's forward pass and loss. */
export function buildTrainForward(s: Elaborated): TrainForward {
  const parts: ModelParts = { def: s.def, registry: new StateRegistry() };
  const ctx = context(parts, TRAIN_STEP, 'train');
  const { loss, ...rest } = forward(parts, ctx, s.def.train.batchSize);
  if (!loss) throw new StdError('DNN3001', 'the model defines no loss');
  ctx.output('loss', loss);
  return { stage: 'trainForward', parts, forward: { ...rest, loss }, model: snapshot(parts, [ctx.finish()]) };
}

/**
 * Step 2 (frozen-layer caching: automatic, `cache_frozen = true` requires it, `false` turns it
 * off): the train step reads the frozen layers' output (the cut) as inputs `cache/k`; the
 * cache_build entry computes those rows from the features. Augmented inputs change every
 * epoch, so nothing computed from them can be stored.
 */
export function cutFrozen(s: TrainForward): Cut {
  const t = s.parts.def.train;
  const uncut = (cacheReport?: CacheReport): Cut => ({ ...s, stage: 'cut', cache: [], cacheReport });
  if (!cachesFrozen(s.parts)) return uncut();
  if (t.augment) {
    if (t.cacheFrozen) throw new StdError('DNN3031', 'cache_frozen: augment transforms the inputs every epoch, so the frozen layers\' output changes too and cannot be cached', 'cache_frozen');
    return uncut({ layers: [], eval: false, stop: 'augment transforms the inputs every epoch' });
  }
  const forwardOnly = trainStep(s);
  const { cut, layers, stop } = frozenCut(s.parts, forwardOnly, t.batchSize);
  const why = stop ? `; caching stops at ${stop}` : '';
  if (!cut) {
    if (t.cacheFrozen) {
      throw new StdError('DNN3002', `cache_frozen: no frozen layer reads the inputs, so there is nothing to cache (freeze the lower layers, e.g. frozen = ["hidden[12]/*"])${why}`, 'cache_frozen');
    }
    return uncut({ layers: [], eval: false, stop: stop ?? 'no frozen layer reads the inputs' });
  }
  const b = new Builder(s.parts.registry.ids);
  const train = readCutAsInputs(forwardOnly, cut, cut.map((v, k) => ({ name: `cache/${k}`, var: b.newVar(v.type, `cache/${k}`) })));
  const cacheReport = { layers, eval: false, ...(stop ? { stop } : {}) };
  return { ...s, stage: 'cut', cache: cut.map((v) => v.type), cacheReport, model: snapshot(s.parts, [train]) };
}

/** Step 3: reverse-mode gradients of the loss; the train step gains outputs `grad/<param>`. */
export function differentiateTrainStep(s: Cut): Differentiated {
  const { def, registry } = s.parts;
  const candidates = registry.specs
    .filter((x) => x.role === 'param' && x.trainable && !def.train.frozen.some((re) => re.test(x.name)))
    .map((x) => x.name);
  const { program, grads } = differentiate(trainStep(s), 'loss', candidates, registry.ids);
  // Parameters the loss does not reach (behind stop_gradient) train no more than frozen ones;
  // the gradients come in the candidates' order.
  const outputs = [...grads].map(([name, g]) => ({ name: GRAD_PREFIX + name, var: g }));
  const train = { ...program, outputs: [...program.outputs, ...outputs] };
  return { ...s, stage: 'differentiated', trainable: [...grads.keys()], model: snapshot(s.parts, [train]) };
}

/** What the model driver builds beyond the entries every model has. */
export interface EntryOptions {
  /** The confusion_step entry (`dnnc eval --confusion`); off, the artifact is as without it. */
  readonly confusion?: boolean;
}

/** Step 4: the optimizer, constraints and metrics consume the gradients; then every other entry. */
export function buildEntries(s: Differentiated, options: EntryOptions = {}): Entries {
  const m = s.parts;
  const train = ProgramContext.continuing(trainStep(s), 'train', m.registry);
  const grads = train.takeOutputs((name) => name.startsWith(GRAD_PREFIX));
  applyTrainingUpdate(m, train, s.forward, s.trainable, new Map(grads.map((g) => [g.name.slice(GRAD_PREFIX.length), g.var])));
  const evaluation = cutEval(m, buildEvalStep(m).finish(), s.cacheReport);
  // Before the bookkeeping: begin_eval resets its counts with the other evaluation accumulators.
  const confusion = options.confusion ? [buildConfusionStep(m)] : [];
  const predict = buildPredict(m);
  const [beginEpoch, beginEval] = buildBookkeeping(m);
  const extra = [...buildEndOfEpoch(m), ...buildPrune(m), ...buildCache(m, s.cache, evaluation.cache)];
  const init = buildInit(m);
  const programs = [
    ...[init, beginEpoch, train, beginEval].map((c) => c.finish()),
    evaluation.program,
    ...(predict.outputs.length ? [predict.finish()] : []),
    ...extra.map((c) => c.finish()),
    ...confusion.map((c) => c.finish()),
  ];
  const facts = { cache: s.cache, evalCache: evaluation.cache, cacheReport: evaluation.cacheReport, trainable: s.trainable };
  return { stage: 'entries', model: snapshot(m, programs), meta: metaOf(m.def, s.forward, predict.outputs.map((o) => o.name), facts) };
}

interface EvalCut {
  readonly program: Program;
  /** Types of the frozen layers' outputs that evaluation reads from its split's cache (empty: none). */
  readonly cache: readonly TensorType[];
  readonly cacheReport: CacheReport | undefined;
}

/**
 * Evaluation reads the frozen layers' output of the evaluated split from a cache of its own
 * (`eval_cache/k`, built once per split by eval_cache_build). Inference mode has no dropout and
 * uses moving statistics, so this cut may reach further than training's (never augmented).
 */
function cutEval(m: ModelParts, p: Program, cacheReport: CacheReport | undefined): EvalCut {
  const uncut: EvalCut = { program: p, cache: [], cacheReport };
  if (!cachesFrozen(m)) return uncut;
  const { cut } = frozenCut(m, p, m.def.train.evalBatchSize);
  if (!cut) return uncut;
  const b = new Builder(m.registry.ids);
  const inputs = cut.map((v, k) => ({ name: `eval_cache/${k}`, var: b.newVar(v.type, `eval_cache/${k}`) }));
  return { program: readCutAsInputs(p, cut, inputs), cache: cut.map((v) => v.type), cacheReport: { ...(cacheReport ?? { layers: [] }), eval: true } };
}

/** What the steps found out that the artifact describes. */
interface Facts {
  readonly cache: readonly TensorType[];
  readonly evalCache: readonly TensorType[];
  readonly cacheReport: CacheReport | undefined;
  readonly trainable: readonly string[];
}

/** The artifact's descriptive fields. */
function metaOf(def: ModelDefinition, tr: ForwardResult, outputs: readonly string[], f: Facts): ModelMeta {
  const t = def.train;
  const es = t.earlyStopping;
  return {
    inputs: [
      ...def.inputs,
      ...f.cache.map((ty, k): ArtifactInput => ({ name: `cache/${k}`, dtype: 'f32', example: ty.shape.slice(1), role: 'cache' })),
      ...f.evalCache.map((ty, k): ArtifactInput => ({ name: `eval_cache/${k}`, dtype: 'f32', example: ty.shape.slice(1), role: 'cache' })),
    ],
    outputs: [...outputs],
    metrics: tr.metrics.map(([n]) => n),
    train: orderTrainFields({
      ...(artifactSettings(t) as Pick<ModelMeta['train'], ArtifactSettingField>),
      optimizer: { kind: t.optimizer.kind, ...t.optimizer.settings, learning_rate: { kind: t.learningRate.kind, ...t.learningRate.settings } },
      ...(es ? { earlyStopping: { monitor: es.metric, patience: es.patience, restoreBest: es.restoreBest, interval: es.interval } } : {}),
      ...(t.prune ? { prune: t.prune.when } : {}),
      ...(f.cacheReport ? { cache: f.cacheReport } : {}),
    }),
    params: [...f.trainable],
  };
}
