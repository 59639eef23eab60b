// Assembles a model's entry points from its forward definition: init, begin_epoch, train_step
// (forward, gradients by the differentiate pass, optimizer, accumulators, counters), begin_eval,
// eval_step and predict. Everything a training run needs is IR; the runtime only sequences it.
import { COUNTERS, WEIGHT_INPUT, type CompileMeta } from '../codegen/compile.js';
import { lowbias32 } from '../ir/random.js';
import type { ModelIR, Program } from '../ir/program.js';
import type { Var } from '../ir/types.js';
import { differentiate } from '../passes/differentiate.js';
import type { ArtifactInput } from '../runtime/artifact.js';
import { ProgramContext, StateRegistry, scalar, type Mode } from './context.js';
import { zerosInit } from './initializers.js';
import type { OptimizerSpec } from './optimizers.js';
import type { Schedule } from './schedules.js';

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
  };
}

export interface BuiltModel {
  readonly ir: ModelIR;
  readonly meta: CompileMeta;
  /** The train step right after differentiation, before the optimizer (for dumps). */
  readonly differentiated: Program;
}

const acc = (split: 'train' | 'eval', name: string) => `acc/${split}/${name}`;

/** A stable per-name random stream: adding a layer does not change the others' initial values. */
function streamOf(name: string): number {
  let h = 0x811c9dc5;
  for (let i = 0; i < name.length; i++) h = lowbias32((h ^ name.charCodeAt(i)) >>> 0);
  return h;
}

export function buildModel(def: ModelDefinition): BuiltModel {
  const registry = new StateRegistry();
  const counter = (ctx: ProgramContext, name: string) => ctx.state(name, scalar('u32'), 'counter', false, zerosInit);
  const accumulator = (ctx: ProgramContext, name: string) => ctx.state(name, scalar('f32'), 'accumulator', false, zerosInit);

  const forward = (ctx: ProgramContext, batch: number, extra?: (ctx: ProgramContext) => void) => {
    const inputs = new Map<string, Var>();
    for (const i of def.inputs) inputs.set(i.name, ctx.input(i.name, { dtype: i.dtype, shape: [batch, ...i.example] }));
    extra?.(ctx);
    return ctx.withScope('', () => def.forward(ctx, inputs));
  };
  const newCtx = (name: string, mode: Mode) => new ProgramContext(name, mode, registry);

  // ---- train_step -------------------------------------------------------------------------------
  const train = newCtx('train_step', 'train');
  const tr = forward(train, def.train.batchSize);
  if (!tr.loss) throw new Error('buildModel: the model defines no loss');
  train.output('loss', tr.loss);
  const candidates = registry.specs
    .filter((s) => s.role === 'param' && s.trainable && !def.train.frozen.some((re) => re.test(s.name)))
    .map((s) => s.name);
  const { program: differentiated, grads } = differentiate(train.finish(), 'loss', candidates, registry.ids);
  // Parameters the loss does not reach (behind stop_gradient) train no more than frozen ones.
  const trainable = candidates.filter((n) => grads.has(n));
  train.b.eqns.splice(0, train.b.eqns.length, ...differentiated.eqns);
  {
    const b = train.b;
    const reads = new Map(differentiated.state.map((s) => [s.name, s.var]));
    b.hint = 'optimizer';
    const step = counter(train, COUNTERS.step);
    def.train.optimizer.apply(
      train,
      trainable.map((name) => ({ name, param: reads.get(name)!, grad: grads.get(name)! })),
      def.train.learningRate.build(b, step),
      step,
    );
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

  // ---- init: every state value from the seed (which the runtime writes first) ---------------
  const init = newCtx('init', 'train');
  const seed = counter(init, COUNTERS.seed);
  for (const [name, entry] of registry.entries) {
    if (name === COUNTERS.seed) continue;
    init.b.hint = name;
    init.update(name, entry.init(init.b, entry.spec.type, seed, streamOf(name)));
  }

  const programs = Object.fromEntries(
    [init, beginEpoch, train, beginEval, evalCtx, ...(pr.outputs.length ? [predict] : [])].map((c) => [c.name, c.finish()]),
  );
  return {
    ir: { name: def.name, state: registry.specs, programs },
    differentiated: { ...differentiated, outputs: [...differentiated.outputs, ...[...grads].map(([n, v]) => ({ name: `grad/${n}`, var: v }))] },
    meta: {
      inputs: def.inputs,
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
      },
    },
  };
}
