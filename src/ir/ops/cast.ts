import { mapBroadcast, roundTo } from '../reference.js';
import type { OpDef } from './def.js';

/** Numeric conversion; float→int truncates toward zero like WGSL. */
export const castOp: OpDef<'cast'> = {
  arity: 1,
  class: 'map',
  type: ([x], p) => ({ dtype: p.to, shape: x!.shape }),
  vjp: (_b, e, g) => [e.inputs[0]!.type.dtype === 'f32' && e.params.to === 'f32' ? g : null],
  evaluate: (xs, p, out) => mapBroadcast(xs, out, (x) => roundTo(p.to, x)),
};
