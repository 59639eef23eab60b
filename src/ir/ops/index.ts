// The primitive registry. Its type makes a missing definition a compile error.
import { binaryOps } from './binary.js';
import { castOp } from './cast.js';
import { concatOp, padOp, sliceOp } from './concat.js';
import { constOp } from './const.js';
import type { OpDef } from './def.js';
import { matmulOp } from './matmul.js';
import { oneHotOp } from './one_hot.js';
import type { OpKind } from './params.js';
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

export type { OpKind, OpParams, UnaryKind, BinaryKind } from './params.js';
export type { OpClass, OpDef } from './def.js';
export { isCore } from './def.js';
