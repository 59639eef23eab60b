// The IR's core types. A Program is a straight-line list of single-output equations over
// typed values (SSA), with named data inputs, reads of persistent state, named outputs and
// state updates. Shapes are concrete: the DSL's symbolic batch dimension is bound per entry
// point (train_step, eval_step, ...) before the IR is built.

export type DType = 'f32' | 'i32' | 'u32';
export type Shape = readonly number[];

export interface TensorType {
  readonly dtype: DType;
  readonly shape: Shape;
}

export interface Var {
  readonly id: number;
  readonly type: TensorType;
  /** A readable hint for dumps (`h1/dense`); never used for identity. */
  readonly hint?: string;
}

export interface NamedVar {
  readonly name: string;
  readonly var: Var;
}

/** What a piece of persistent state is for; decides checkpointing and what the optimizer sees. */
export type StateRole = 'param' | 'statistic' | 'slot' | 'counter' | 'accumulator';

export interface StateSpec {
  /** Stable scoped path, e.g. `h1/dense/kernel`. */
  readonly name: string;
  readonly type: TensorType;
  readonly role: StateRole;
  readonly trainable: boolean;
}

export function numel(shape: Shape): number {
  let n = 1;
  for (const d of shape) n *= d;
  return n;
}

export function shapeEq(a: Shape, b: Shape): boolean {
  return a.length === b.length && a.every((d, i) => d === b[i]);
}

export function fmtType(t: TensorType): string {
  return `${t.dtype}[${t.shape.join(',')}]`;
}

export const BYTES_PER_ELEMENT = 4;
/** The largest finite f32. */
export const F32_MAX = 3.4028234663852886e38;

/** Thrown by type rules; the DSL layer turns it into a located diagnostic. */
export class ShapeError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'ShapeError';
  }
}
