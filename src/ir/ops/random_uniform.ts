import { bitsToUniform, randomBits, streamKey } from '../random.js';
import { refTensor } from '../reference.js';
import { ShapeError } from '../types.js';
import type { OpDef } from './def.js';

/** Uniform [0,1) from (seed, stream, key, index); the key input is a u32 scalar (e.g. the step). */
export const randomUniformOp: OpDef<'random_uniform'> = {
  arity: 1,
  class: 'generate',
  type([key], p) {
    if (key!.dtype !== 'u32' || key!.shape.length !== 0) throw new ShapeError('random_uniform needs a u32 scalar key');
    return { dtype: 'f32', shape: p.shape };
  },
  vjp: null,
  evaluate: ([key], p, out) => {
    const r = refTensor(out);
    const k = streamKey(p.seed, p.stream, key!.data[0]!);
    for (let i = 0; i < r.data.length; i++) r.data[i] = bitsToUniform(randomBits(k, i));
    return r;
  },
};
