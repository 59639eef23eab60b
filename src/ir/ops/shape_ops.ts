// broadcast_to and reshape: index remappings with no arithmetic.
import { mapBroadcast, refTensor } from '../reference.js';
import { broadcastShapes } from '../shape.js';
import { numel, shapeEq, ShapeError } from '../types.js';
import type { Indexed, OpDef } from './def.js';

export const broadcastToOp: OpDef<'broadcast_to'> & Indexed<'broadcast_to'> = {
  arity: 1,
  class: 'remap',
  index: () => ({ kind: 'broadcast' }),
  type([x], p) {
    if (!shapeEq(broadcastShapes(x!.shape, p.shape), p.shape)) {
      throw new ShapeError(`cannot broadcast [${x!.shape.join(',')}] to [${p.shape.join(',')}]`);
    }
    return { dtype: x!.dtype, shape: p.shape };
  },
  vjp: (b, e, g) => [b.unbroadcast(g, e.inputs[0]!.type.shape)],
  evaluate: (xs, _p, out) => mapBroadcast(xs, out, (x) => x),
};

export const reshapeOp: OpDef<'reshape'> & Indexed<'reshape'> = {
  arity: 1,
  class: 'remap',
  index: () => ({ kind: 'linear' }),
  type([x], p) {
    if (numel(x!.shape) !== numel(p.shape)) {
      throw new ShapeError(`cannot reshape [${x!.shape.join(',')}] to [${p.shape.join(',')}]`);
    }
    return { dtype: x!.dtype, shape: p.shape };
  },
  vjp: (b, e, g) => [b.reshape(g, e.inputs[0]!.type.shape)],
  evaluate: ([x], _p, out) => refTensor(out, x!.data),
};
