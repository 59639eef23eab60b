import type { Builder } from '../builder.js';
import type { Eqn } from '../program.js';
import type { RefTensor } from '../reference.js';
import type { TensorType, Var } from '../types.js';
import type { OpKind, OpParams } from './params.js';

/** Everything the compiler knows about one primitive, in one place (its WGSL is keyed by kind). */
export interface OpDef<K extends OpKind> {
  /** Number of inputs; -1 for any number (concat). */
  readonly arity: number;
  /** The type rule: output type from input types; throws ShapeError on misuse. */
  type(inputs: readonly TensorType[], params: OpParams[K]): TensorType;
  /**
   * Reverse-mode rule: given the output cotangent g, build the input cotangents with b
   * (null = no gradient flows to that input). null for non-differentiable primitives.
   */
  readonly vjp: ((b: Builder, eqn: Eqn<K>, g: Var) => readonly (Var | null)[]) | null;
  /** Float64 reference evaluation. */
  evaluate(inputs: readonly RefTensor[], params: OpParams[K], out: TensorType): RefTensor;
  /** Elementwise ops can be fused into a neighbour's kernel; structural ones may not. */
  readonly elementwise: boolean;
}
