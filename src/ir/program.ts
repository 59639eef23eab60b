import type { OpKind, OpParams } from './ops/params.js';
import type { NamedVar, StateSpec, Var } from './types.js';

export interface Eqn<K extends OpKind = OpKind> {
  readonly op: K;
  readonly inputs: readonly Var[];
  readonly params: OpParams[K];
  readonly out: Var;
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
