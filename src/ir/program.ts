import type { OpKind, OpParams } from './ops/params.js';
import type { NamedVar, StateSpec, Var } from './types.js';

/** One primitive's equation: `params` are that primitive's own (OpParams[K]). */
interface EqnOf<K extends OpKind> {
  readonly op: K;
  readonly inputs: readonly Var[];
  readonly params: OpParams[K];
  readonly out: Var;
}

/**
 * An equation: a discriminated union over the op kinds, so `switch (e.op)` narrows `e.params`
 * to that primitive's parameters, and a switch that misses a kind fails to compile where its
 * default is `never` (see exhaustive). `Eqn<'matmul'>` is a matmul's equation alone.
 */
export type Eqn<K extends OpKind = OpKind> = { [P in K]: EqnOf<P> }[K];

/**
 * An equation of kind K, typed both as Eqn<K> and as an Eqn: TypeScript does not widen Eqn<K>
 * to the union while K is a type parameter (Builder.emit), though every Eqn<K> is one of its
 * members — the one cast on equations, here.
 */
export function eqn<K extends OpKind>(op: K, inputs: readonly Var[], params: OpParams[K], out: Var): Eqn<K> & Eqn {
  const e: Eqn<K> = { op, inputs, params, out };
  return e as Eqn<K> & Eqn;
}

/** The default of a switch that must name every case (of `e.op`, of an op class): a missed one is a type error here. */
export function exhaustive(x: never): never {
  const seen: unknown = x;
  throw new Error(`unhandled case ${typeof seen === 'object' && seen !== null && 'op' in seen ? String(seen.op) : String(seen)}`);
}

/**
 * One entry point (train_step, eval_step, predict, init, ...). State reads see the values from
 * before the program ran; `updates` are written when it ends (the codegen may write in place
 * when that is unobservable).
 */
export interface Program {
  readonly name: string;
  readonly inputs: readonly NamedVar[];
  readonly state: readonly NamedVar[];
  readonly eqns: readonly Eqn[];
  readonly outputs: readonly NamedVar[];
  readonly updates: readonly NamedVar[];
}

/** A whole compiled model: its persistent state and its entry points. */
export interface ModelIR {
  readonly name: string;
  readonly state: readonly StateSpec[];
  readonly programs: Readonly<Record<string, Program>>;
}
