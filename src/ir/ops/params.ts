import type { DType, Shape } from '../types.js';

/** Elementwise unary primitives: one row each in ops/unary.ts. */
export type UnaryKind =
  | 'neg' | 'exp' | 'log' | 'sqrt' | 'rsqrt' | 'tanh' | 'abs' | 'sign' | 'cos' | 'sin' | 'floor' | 'is_finite';

/** Elementwise binary primitives with NumPy broadcasting: one row each in ops/binary.ts. */
export type BinaryKind =
  | 'add' | 'sub' | 'mul' | 'div' | 'max' | 'min' | 'pow'
  | 'gt' | 'ge' | 'lt' | 'le' | 'eq' | 'ne';

/** The reductions: one row each in ops/reduce.ts, alike but for their accumulation. */
export type ReduceKind = 'reduce_sum' | 'reduce_max';

/**
 * The primitives that only move data (classes remap, assemble and gather): each has an index
 * function (its definition's `index`) saying where an output element comes from.
 */
export type IndexedKind = 'broadcast_to' | 'reshape' | 'slice' | 'concat' | 'pad' | 'one_hot';

type Empty = Record<string, never>;

/** Every primitive and its compile-time parameters. The registry is typed over these keys. */
export type OpParams = { [K in UnaryKind]: Empty } & { [K in BinaryKind]: Empty } & {
  /** A scalar filled over the output shape. */
  const: { value: number };
  cast: { to: DType };
  /** select(c, a, b) = c != 0 ? a : b, broadcasting all three. */
  select: Empty;
  stop_gradient: Empty;
  /** C = op(A)·op(B), op transposes when the flag is set. Rank 2. */
  matmul: { transA: boolean; transB: boolean };
  reduce_sum: { axes: readonly number[]; keepdims: boolean };
  reduce_max: { axes: readonly number[]; keepdims: boolean };
  broadcast_to: { shape: Shape };
  reshape: { shape: Shape };
  /** Joins tensors of one rank along `axis` (all other dimensions equal). Variadic. */
  concat: { axis: number };
  /** The block of `size` starting at `begin`. */
  slice: { begin: readonly number[]; size: readonly number[] };
  /** Zeros added before and after each dimension (the VJP of slice). */
  pad: { before: readonly number[]; after: readonly number[] };
  /** i32 labels → f32 one-hot rows of `depth`; out-of-range labels give a zero row. */
  one_hot: { depth: number };
  /**
   * Counter-based uniform [0, 1) numbers: a hash of (seed, stream, key input, element index).
   * The same (seed, stream, key) always gives the same tensor, on every device.
   */
  random_uniform: { shape: Shape; seed: number; stream: number };
};

export type OpKind = keyof OpParams;
