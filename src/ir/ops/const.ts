import { refTensor } from '../reference.js';
import type { OpDef } from './def.js';

/** A scalar filled over `out`'s shape (the shape is carried by the output type). */
export const constOp: OpDef<'const'> = {
  arity: 0,
  class: 'generate',
  type() {
    throw new Error('const has no type rule: the builder gives its type');
  },
  vjp: null,
  evaluate: (_xs, p, out) => {
    const t = refTensor(out);
    t.data.fill(p.value);
    return t;
  },
};
