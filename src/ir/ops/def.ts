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
  /** How the primitive reads its inputs: what fusion, folding and caching decide by. */
  readonly class: OpClass;
}

/**
 * Where an element of a data-moving primitive's output, at coordinates c, comes from: what
 * fusion, frozen caching and both emitters ask (OpDef.index) instead of naming primitives.
 */
export type IndexMap =
  /** x at c, NumPy-broadcast: its trailing coordinates, those of its size-1 axes 0 (broadcast_to). */
  | { readonly kind: 'broadcast' }
  /** x at the same row-major linear index (reshape). */
  | { readonly kind: 'linear' }
  /** x at c + offset (slice). */
  | { readonly kind: 'shift'; readonly offset: readonly number[] }
  /** x at c − before where before ≤ c < before + x's shape on every axis; 0 elsewhere (pad). */
  | { readonly kind: 'window'; readonly before: readonly number[] }
  /** Input k at c − starts[k] along `axis`, where c[axis] lies in its block (concat). */
  | { readonly kind: 'tiles'; readonly axis: number; readonly starts: readonly number[] }
  /** 1 where c's last coordinate equals x at the others, 0 elsewhere (one_hot). */
  | { readonly kind: 'onehot' };

/** The index function of a primitive that moves data (IndexedKind). */
export interface Indexed<K extends OpKind> {
  readonly index: (e: Eqn<K>) => IndexMap;
}

/**
 * What the passes need to know about a primitive (tinygrad's GroupOp beside its Ops). Every
 * definition must name one, so a new primitive cannot be left out of the passes' decisions.
 * - `map`: out[i] = f(x[i], y[i], ...) after NumPy broadcasting; fuses at its consumer's index.
 * - `remap`: out[i] = x[g(i)], every output element one of the input's (reshape, broadcast_to,
 *   slice); fuses, but not at its consumer's own index.
 * - `assemble`: blocks of several inputs or of padding side by side (concat, pad).
 * - `gather`: out[..., j] = f(x[...], j), one more axis than its input (one_hot).
 * - `generate`: out[i] from the index, the params and scalar inputs alone (const, random_uniform).
 * - `reduce`: sums or maxima over axes; may be a kernel's core.
 * - `matmul`: a contraction; always a kernel's core, its operands materialized.
 */
export type OpClass = 'map' | 'remap' | 'assemble' | 'gather' | 'generate' | 'reduce' | 'matmul';

/** Whether a primitive of this class can be the core of a kernel (the rest is its epilogue). */
export const isCore = (c: OpClass): boolean => c === 'reduce' || c === 'matmul';
