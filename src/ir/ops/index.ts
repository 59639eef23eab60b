// The primitive registry. Its type makes a missing definition a compile error.
import { binaryOps } from './binary.js';
import { castOp } from './cast.js';
import { concatOp, padOp, sliceOp } from './concat.js';
import { constOp } from './const.js';
import type { Indexed, IndexMap, OpDef } from './def.js';
import { matmulOp } from './matmul.js';
import { oneHotOp } from './one_hot.js';
import type { BinaryKind, IndexedKind, OpKind, ReduceKind, UnaryKind } from './params.js';
import type { Eqn } from '../program.js';
import { randomUniformOp } from './random_uniform.js';
import { reduceMaxOp, reduceSumOp } from './reduce.js';
import { selectOp } from './select.js';
import { broadcastToOp, reshapeOp } from './shape_ops.js';
import { stopGradientOp } from './stop_gradient.js';
import { unaryOps } from './unary.js';

export const OPS: { readonly [K in OpKind]: OpDef<K> } = {
  ...unaryOps,
  ...binaryOps,
  const: constOp,
  cast: castOp,
  select: selectOp,
  stop_gradient: stopGradientOp,
  matmul: matmulOp,
  reduce_sum: reduceSumOp,
  reduce_max: reduceMaxOp,
  broadcast_to: broadcastToOp,
  reshape: reshapeOp,
  concat: concatOp,
  slice: sliceOp,
  pad: padOp,
  one_hot: oneHotOp,
  random_uniform: randomUniformOp,
};

/**
 * The definitions of the primitives that move data, with their index functions: a kind of
 * IndexedKind without one is a compile error (a unit test checks that these are exactly the
 * remap, assemble and gather classes).
 */
export const INDEXED: { readonly [K in IndexedKind]: OpDef<K> & Indexed<K> } = {
  broadcast_to: broadcastToOp,
  reshape: reshapeOp,
  slice: sliceOp,
  concat: concatOp,
  pad: padOp,
  one_hot: oneHotOp,
};

/** Whether e moves data (remap, assemble, gather): its op has an index function. */
export const isIndexed = (e: Eqn): e is Eqn<IndexedKind> => e.op in INDEXED;

/** Where each element of e's output comes from (see IndexMap). */
export function indexMapOf<K extends IndexedKind>(e: Eqn<K>): IndexMap {
  const def: Indexed<K> = INDEXED[e.op];
  return def.index(e);
}

/** e's index map, or null for a primitive that computes rather than moves (map, reduce, ...). */
export const indexMap = (e: Eqn): IndexMap | null => (isIndexed(e) ? indexMapOf(e) : null);

/** Whether e is an elementwise unary primitive (one row of ops/unary.ts). */
export const isUnary = (e: Eqn): e is Eqn<UnaryKind> => e.op in unaryOps;
/** Whether e is an elementwise binary primitive (one row of ops/binary.ts). */
export const isBinary = (e: Eqn): e is Eqn<BinaryKind> => e.op in binaryOps;
/** Whether e is a reduction (its params are the axes and keepdims). */
export const isReduce = (e: Eqn): e is Eqn<ReduceKind> => e.op === 'reduce_sum' || e.op === 'reduce_max';

export type { OpKind, OpParams, UnaryKind, BinaryKind, ReduceKind, IndexedKind } from './params.js';
export type { IndexMap, OpClass, OpDef } from './def.js';
export { isCore } from './def.js';
