// The state of building one entry point from the model's definition: the IR builder, the mode
// (training or inference), the scope stack that names parameters, and the model-wide registry
// of state, which every entry point shares so that `h1/dense/kernel` is one buffer.
import { Builder, builderFor, IdSource } from '../ir/builder.js';
import { lowbias32 } from '../ir/random.js';
import { COUNTERS } from '../contract/artifact.js';
import type { Program } from '../ir/program.js';
import { checkTensorSize, StdError } from './errors.js';
import { shapeEq, type DType, type NamedVar, type Shape, type StateRole, type StateSpec, type TensorType, type Var } from '../ir/types.js';

export type Mode = 'train' | 'infer';

/** Builds a state value's initial contents in the init program. */
export type InitFn = (b: Builder, type: TensorType, seed: Var, stream: number) => Var;

export interface StateEntry {
  readonly spec: StateSpec;
  readonly init: InitFn;
}

/** Model-wide: all state, in order of creation, and a source of unique value ids. */
export class StateRegistry {
  readonly entries = new Map<string, StateEntry>();
  readonly ids = new IdSource();

  declare(name: string, type: TensorType, role: StateRole, trainable: boolean, init: InitFn): StateSpec {
    const prev = this.entries.get(name);
    if (prev) {
      if (!shapeEq(prev.spec.type.shape, type.shape) || prev.spec.type.dtype !== type.dtype) {
        throw new Error(`state '${name}' declared twice with different types`);
      }
      return prev.spec;
    }
    const spec: StateSpec = { name, type, role, trainable };
    this.entries.set(name, { spec, init });
    return spec;
  }

  get specs(): StateSpec[] {
    return [...this.entries.values()].map((e) => e.spec);
  }
}

/**
 * One call of a built-in function that gave a tensor (`dense`, `elu`, `mean`), as the front end
 * reports it: what the layer graph (src/compiler/graph.ts) draws. Recording costs a small object
 * per call; nothing in the compilation reads it.
 */
export interface BuiltinCall {
  readonly fn: string;
  /** The scope the call was made in (`hidden1`, `hidden/drop_bn_elu2`); '' at the top. */
  readonly scope: string;
  /** Its tensor arguments and its result. */
  readonly inputs: readonly Var[];
  readonly output: Var;
  /** The state first declared during the call (a layer's weights, in a fresh registry). */
  readonly states: readonly string[];
  /** The arguments given explicitly that are numbers, strings, booleans or named functions, as text. */
  readonly settings: Readonly<Record<string, string>>;
}

/** One entry point under construction. */
export class ProgramContext {
  readonly b: Builder;
  private readonly stateReads = new Map<string, Var>();
  private readonly stateOrder: NamedVar[] = [];
  readonly inputs: NamedVar[] = [];
  readonly outputs: NamedVar[] = [];
  readonly updates: NamedVar[] = [];
  /** Number of classes each integer-label value is used with (by sparse cross-entropy, in_top_k). */
  readonly labelClasses = new Map<number, number>();
  /** Regularization terms added to the loss (from layers' kernel_regularizer arguments). */
  readonly penalties: Var[] = [];
  /** The first classifier's scores and integer labels (sparse cross-entropy, in_top_k): what a confusion matrix counts. */
  classifier: { readonly logits: Var; readonly labels: Var } | undefined;
  /** The built-in calls that gave tensors, in the order they finished (inner calls first). */
  readonly calls: BuiltinCall[] = [];
  private readonly scopes: { name: string; used: Map<string, number> }[] = [{ name: '', used: new Map() }];
  /** Every layer path given out in this program (named or generated). */
  private readonly layerPaths = new Set<string>();

  constructor(
    readonly name: string,
    readonly mode: Mode,
    readonly registry: StateRegistry,
    /** Build into an existing builder (tests compose library calls into their own programs). */
    builder?: Builder,
  ) {
    this.b = builder ?? new Builder(registry.ids);
  }

  input(name: string, type: TensorType): Var {
    const v = this.b.newVar(type, name);
    this.inputs.push({ name, var: v });
    return v;
  }

  /** Reads state (declaring it on first use model-wide). */
  state(name: string, type: TensorType, role: StateRole, trainable: boolean, init: InitFn): Var {
    const hit = this.stateReads.get(name);
    if (hit) return hit;
    checkTensorSize(type, `the state '${name}' is a tensor`);
    this.registry.declare(name, type, role, trainable, init);
    const v = this.b.newVar(type, name);
    this.stateReads.set(name, v);
    this.stateOrder.push({ name, var: v });
    return v;
  }

  /** Replaces the value an update writes (e.g. a max-norm constraint applied after the optimizer). */
  mapUpdate(name: string, f: (v: Var) => Var): void {
    const i = this.updates.findIndex((u) => u.name === name);
    if (i >= 0) this.updates[i] = { name, var: f(this.updates[i]!.var) };
  }

  update(name: string, value: Var): void {
    if (this.updates.some((u) => u.name === name)) throw new Error(`state '${name}' updated twice in ${this.name}`);
    this.updates.push({ name, var: value });
  }

  /**
   * A fresh u32 key per training step and run seed, for random numbers that change every step
   * (dropout masks). Wrapping arithmetic: key = step + seed·0x9E3779B1.
   */
  stepKey(): Var {
    const zero: InitFn = (b, t) => b.const(0, t.shape, t.dtype);
    const step = this.state(COUNTERS.step, scalar('u32'), 'counter', false, zero);
    const seed = this.state(COUNTERS.seed, scalar('u32'), 'counter', false, zero);
    return this.b.add(step, this.b.mul(seed, 0x9e3779b1));
  }

  output(name: string, value: Var): void {
    this.outputs.push({ name, var: value });
  }

  // ---- scopes -------------------------------------------------------------------------------
  /** The full path of a new layer in the current scope: `h1/dense`, then `h1/dense_1`, ... */
  uniqueScope(base: string): string {
    const top = this.scopes[this.scopes.length - 1]!;
    for (;;) {
      const n = top.used.get(base) ?? 0;
      top.used.set(base, n + 1);
      const local = n === 0 ? base : `${base}_${n}`;
      const path = top.name ? `${top.name}/${local}` : local;
      // A layer the user named this way already owns the path: take the next number.
      if (this.layerPaths.has(path)) continue;
      this.layerPaths.add(path);
      return path;
    }
  }

  /**
   * The path of a layer's state: its `name:` when given (checked, and not used by another layer
   * of this program: two layers of one name would silently share weights), else a fresh scope.
   */
  layerPath(base: string, name: string | undefined): string {
    if (name === undefined) return this.uniqueScope(base);
    checkLayerName(name);
    if (this.layerPaths.has(name)) {
      throw new StdError('DNN2013', `a layer named "${name}" already exists: two layers of one name would share their weights`);
    }
    this.layerPaths.add(name);
    return name;
  }

  withScope<T>(path: string, body: () => T): T {
    this.scopes.push({ name: path, used: new Map() });
    const prevHint = this.b.hint;
    this.b.hint = path || undefined;
    try {
      return body();
    } finally {
      this.scopes.pop();
      this.b.hint = prevHint;
    }
  }

  get scopePath(): string {
    return this.scopes[this.scopes.length - 1]!.name;
  }

  /** Removes and returns the outputs whose names satisfy `pick` (a later step consumes them). */
  takeOutputs(pick: (name: string) => boolean): NamedVar[] {
    const taken = this.outputs.filter((o) => pick(o.name));
    const kept = this.outputs.filter((o) => !pick(o.name));
    setAll(this.outputs, kept);
    return taken;
  }

  /**
   * A context that goes on building a finished program (e.g. one a pass rewrote): its
   * equations, inputs, outputs and updates are kept, and reading state it already reads gives
   * the same value.
   */
  static continuing(p: Program, mode: Mode, registry: StateRegistry): ProgramContext {
    const ctx = new ProgramContext(p.name, mode, registry, builderFor(p.eqns, registry.ids));
    ctx.inputs.push(...p.inputs);
    ctx.outputs.push(...p.outputs);
    ctx.updates.push(...p.updates);
    for (const s of p.state) {
      ctx.stateReads.set(s.name, s.var);
      ctx.stateOrder.push(s);
    }
    return ctx;
  }

  /** The program built so far: a snapshot that later building does not change. */
  finish(): Program {
    return {
      name: this.name,
      inputs: [...this.inputs],
      state: [...this.stateOrder],
      eqns: [...this.b.eqns],
      outputs: [...this.outputs],
      updates: [...this.updates],
    };
  }
}

/** Makes `xs` hold `ys` (without spreading: programs can have more equations than a call has arguments). */
function setAll<T>(xs: T[], ys: readonly T[]): void {
  xs.length = 0;
  for (const y of ys) xs.push(y);
}

/** The most characters of a layer's name. */
export const MAX_LAYER_NAME = 64;

/**
 * A layer's `name:` becomes the prefix of its state's names (`hidden/kernel`), which patterns
 * (`frozen`, `params`, `--restore`) match and checkpoints store: it must be a plain word.
 */
function checkLayerName(name: string): void {
  const bad = (why: string): never => {
    throw new StdError('DNN2012', `invalid layer name ${JSON.stringify(name)}: ${why}`);
  };
  if (name.length === 0) bad('it is empty');
  if (name.length > MAX_LAYER_NAME) bad(`it has ${name.length} characters, more than ${MAX_LAYER_NAME}`);
  const c = /[/*?[\]\s\p{Cc}]/u.exec(name);
  if (c) bad(`it contains ${JSON.stringify(c[0])} (names may not contain /, *, ?, [, ], spaces or control characters)`);
}

/** A stable per-name random stream: adding a layer does not change the others' random numbers. */
export function streamOf(name: string): number {
  let h = 0x811c9dc5;
  for (let i = 0; i < name.length; i++) h = lowbias32((h ^ name.charCodeAt(i)) >>> 0);
  return h;
}

export const scalar = (dtype: DType = 'f32'): TensorType => ({ dtype, shape: [] });
export const tensorType = (shape: Shape, dtype: DType = 'f32'): TensorType => ({ dtype, shape });
