import { refTensor } from '../reference.js';
import { ShapeError } from '../types.js';
import type { Indexed, OpDef } from './def.js';

/** i32 labels [..] → f32 [.., depth]; a label outside [0, depth) gives a zero row (as TF). */
export const oneHotOp: OpDef<'one_hot'> & Indexed<'one_hot'> = {
  arity: 1,
  class: 'gather',
  index: () => ({ kind: 'onehot' }),
  type([x], p) {
    if (x!.dtype !== 'i32') throw new ShapeError(`one_hot expects i32 labels, got ${x!.dtype}`);
    return { dtype: 'f32', shape: [...x!.shape, p.depth] };
  },
  vjp: null,
  evaluate: ([x], p, out) => {
    const r = refTensor(out);
    x!.data.forEach((v, i) => {
      if (v >= 0 && v < p.depth) r.data[i * p.depth + v] = 1;
    });
    return r;
  },
};
