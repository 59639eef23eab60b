// reduce_sum and reduce_max share their type rule and their reference loop.
import type { Builder } from '../builder.js';
import { refTensor, type RefTensor } from '../reference.js';
import { normalizeAxes, reducedShape, stridesOf } from '../shape.js';
import type { TensorType, Var } from '../types.js';
import type { OpDef } from './def.js';

type ReduceParams = { axes: readonly number[]; keepdims: boolean };

function reduceType([x]: readonly TensorType[], p: ReduceParams): TensorType {
  const axes = normalizeAxes(p.axes, x!.shape.length);
  return { dtype: x!.dtype, shape: reducedShape(x!.shape, axes, p.keepdims) };
}

function reduceRef(x: RefTensor, p: ReduceParams, out: TensorType, init: number, f: (a: number, v: number) => number): RefTensor {
  const shape = x.type.shape;
  const axes = new Set(normalizeAxes(p.axes, shape.length));
  const keptShape = reducedShape(shape, [...axes], true);
  const keptStrides = stridesOf(keptShape);
  const r = refTensor(out);
  r.data.fill(init);
  const inStrides = stridesOf(shape);
  for (let i = 0; i < x.data.length; i++) {
    let o = 0;
    for (let d = 0; d < shape.length; d++) {
      if (axes.has(d)) continue;
      o += (Math.floor(i / inStrides[d]!) % shape[d]!) * keptStrides[d]!;
    }
    r.data[o] = f(r.data[o]!, x.data[i]!);
  }
  return r;
}

/** g with the reduced axes restored as 1s, then broadcast to x's shape. */
export function expandReduced(b: Builder, g: Var, x: Var, p: ReduceParams): Var {
  const axes = normalizeAxes(p.axes, x.type.shape.length);
  return b.broadcastTo(b.reshape(g, reducedShape(x.type.shape, axes, true)), x.type.shape);
}

export const reduceSumOp: OpDef<'reduce_sum'> = {
  arity: 1,
  class: 'reduce',
  type: reduceType,
  vjp: (b, e, g) => [expandReduced(b, g, e.inputs[0]!, e.params)],
  evaluate: ([x], p, out) => reduceRef(x!, p, out, 0, (a, v) => a + v),
};

export const reduceMaxOp: OpDef<'reduce_max'> = {
  arity: 1,
  class: 'reduce',
  type: reduceType,
  // Ties share the gradient equally, as TensorFlow's Max gradient does.
  vjp: (b, e, g) => {
    const x = e.inputs[0]!;
    const mask = b.eq(x, expandReduced(b, e.out, x, e.params));
    const count = expandReduced(b, b.reduceSum(mask, e.params.axes, e.params.keepdims), x, e.params);
    return [b.div(b.mul(mask, expandReduced(b, g, x, e.params)), count)];
  },
  evaluate: ([x], p, out) => reduceRef(x!, p, out, -Infinity, Math.max),
};
