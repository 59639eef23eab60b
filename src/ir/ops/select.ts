import { mapBroadcast } from '../reference.js';
import { broadcastShapes } from '../shape.js';
import { ShapeError } from '../types.js';
import type { OpDef } from './def.js';

/** select(c, a, b) = c != 0 ? a : b, with broadcasting over all three. */
export const selectOp: OpDef<'select'> = {
  arity: 3,
  class: 'map',
  type([c, a, b]) {
    if (c!.dtype !== 'f32') throw new ShapeError(`select's condition must be an f32 mask, got ${c!.dtype}`);
    if (a!.dtype !== b!.dtype) throw new ShapeError(`select's branches differ in dtype: ${a!.dtype} and ${b!.dtype}`);
    return { dtype: a!.dtype, shape: broadcastShapes(c!.shape, broadcastShapes(a!.shape, b!.shape)) };
  },
  vjp: (b, e, g) => {
    const [c, x, y] = e.inputs;
    const zero = b.zerosLike(g);
    return [null, b.unbroadcast(b.select(c!, g, zero), x!.type.shape), b.unbroadcast(b.select(c!, zero, g), y!.type.shape)];
  },
  evaluate: (xs, _p, out) => mapBroadcast(xs, out, (c, a, b) => (c !== 0 ? a : b)),
};
