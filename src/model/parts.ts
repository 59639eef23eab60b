// What every step of the model driver and every entry builder reads: the model's definition and
// the model-wide state declared so far (its registry, which also gives out value ids). The
// helpers build the network into a program and find where its frozen layers end.
import { entryMode, type EntryName } from '../contract/protocol.js';
import type { Program } from '../ir/program.js';
import type { Var } from '../ir/types.js';
import { findFrozenCut, type FrozenCut } from '../passes/cacheFrozen.js';
import { ProgramContext, scalar, type StateRegistry } from '../std/context.js';
import { zerosInit } from '../std/initializers.js';
import type { ForwardResult, ModelDefinition } from '../std/model.js';
import { matches } from '../std/regimen.js';
import { penalty } from '../std/regularizers.js';

export interface ModelParts {
  readonly def: ModelDefinition;
  /** Every state value declared so far, in order (the artifact's buffer order); the steps add to it. */
  readonly registry: StateRegistry;
}

/** The train step's forward result: it has a loss (buildTrainForward checks). */
export type TrainResult = ForwardResult & { readonly loss: Var };

/** Accumulator state names: `acc/train/loss`, `acc/eval/accuracy`, ... */
export const acc = (split: 'train' | 'eval', name: string) => `acc/${split}/${name}`;

/** The gradient outputs the differentiate step adds to the train step: `grad/<param>`. */
export const GRAD_PREFIX = 'grad/';

/** A new entry program of the model, built in its entry's mode (the protocol's table). */
export function entryContext(m: ModelParts, entry: EntryName): ProgramContext {
  return new ProgramContext(entry, entryMode(entry), m.registry);
}

export function counter(ctx: ProgramContext, name: string): Var {
  return ctx.state(name, scalar('u32'), 'counter', false, zerosInit);
}

export function accumulator(ctx: ProgramContext, name: string): Var {
  return ctx.state(name, scalar('f32'), 'accumulator', false, zerosInit);
}

/** The network in `ctx` at this batch size, with the weight penalties joined to the loss. */
export function forward(m: ModelParts, ctx: ProgramContext, batch: number, extra?: (ctx: ProgramContext) => void): ForwardResult {
  const def = m.def;
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
    for (const [name, entry] of m.registry.entries) {
      if (entry.spec.role !== 'param' || !matches(name, pr.params)) continue;
      const w = ctx.state(name, entry.spec.type, entry.spec.role, entry.spec.trainable, entry.init);
      const t = penalty(b, w, pr.reg);
      if (t) terms.push(t);
    }
  }
  return terms.length ? { ...r, loss: terms.reduce((a, t) => b.add(a, t), r.loss) } : r;
}

/** Whether frozen layers are cached: some are frozen and `cache_frozen` is not false. */
export function cachesFrozen(m: ModelParts): boolean {
  const t = m.def.train;
  return t.cacheFrozen === true || (t.cacheFrozen === undefined && t.frozen.length > 0);
}

/** Where the frozen layers' per-example output is read in a program built with this batch size. */
export function frozenCut(m: ModelParts, p: Program, batch: number): FrozenCut {
  const frozen = m.registry.specs.filter((x) => x.role === 'param' && matches(x.name, m.def.train.frozen)).map((x) => x.name);
  const features = m.def.inputs.filter((i) => i.role === 'features').map((i) => i.name);
  return findFrozenCut(p, batch, new Set(frozen), new Set(features));
}
