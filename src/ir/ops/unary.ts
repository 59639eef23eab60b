// The elementwise unary primitives, one row each: reference function and VJP side by side.
// d/dx is written in terms of the input x, the output y and the cotangent g.
import type { Builder } from '../builder.js';
import { mapBroadcast } from '../reference.js';
import { F32_MAX, ShapeError, type Var } from '../types.js';
import type { OpDef } from './def.js';
import type { UnaryKind } from './params.js';

interface UnaryRow {
  ref: (x: number) => number;
  /** null: the derivative is zero almost everywhere (sign, floor). */
  vjp: ((b: Builder, x: Var, y: Var, g: Var) => Var) | null;
  floatOnly: boolean;
}

/** The largest finite f32. */

const rows: { [K in UnaryKind]: UnaryRow } = {
  neg: { ref: (x) => -x, vjp: (b, _x, _y, g) => b.neg(g), floatOnly: false },
  exp: { ref: Math.exp, vjp: (b, _x, y, g) => b.mul(g, y), floatOnly: true },
  log: { ref: Math.log, vjp: (b, x, _y, g) => b.div(g, x), floatOnly: true },
  sqrt: { ref: Math.sqrt, vjp: (b, _x, y, g) => b.div(g, b.mul(y, 2)), floatOnly: true },
  // d/dx x^-1/2 = -1/2 · x^-3/2 = -1/2 · y³
  rsqrt: { ref: (x) => 1 / Math.sqrt(x), vjp: (b, _x, y, g) => b.mul(g, b.mul(b.mul(b.mul(y, y), y), -0.5)), floatOnly: true },
  tanh: { ref: Math.tanh, vjp: (b, _x, y, g) => b.mul(g, b.sub(1, b.mul(y, y))), floatOnly: true },
  abs: { ref: Math.abs, vjp: (b, x, _y, g) => b.mul(g, b.sign(x)), floatOnly: false },
  sign: { ref: Math.sign, vjp: null, floatOnly: false },
  cos: { ref: Math.cos, vjp: (b, x, _y, g) => b.neg(b.mul(g, b.sin(x))), floatOnly: true },
  sin: { ref: Math.sin, vjp: (b, x, _y, g) => b.mul(g, b.cos(x)), floatOnly: true },
  floor: { ref: Math.floor, vjp: null, floatOnly: true },
  // 1 for a finite f32, 0 for NaN and ±Infinity (a float64 beyond the f32 range is infinite in f32).
  is_finite: { ref: (x) => (Math.abs(x) <= F32_MAX ? 1 : 0), vjp: null, floatOnly: true },
};

function unaryDef(kind: UnaryKind): OpDef<UnaryKind> {
  const row = rows[kind];
  return {
    arity: 1,
    class: 'map',
    type([x]) {
      if (row.floatOnly && x!.dtype !== 'f32') throw new ShapeError(`${kind} expects f32, got ${x!.dtype}`);
      return x!;
    },
    vjp: row.vjp ? (b, e, g) => [row.vjp!(b, e.inputs[0]!, e.out, g)] : null,
    evaluate: (xs, _p, out) => mapBroadcast(xs, out, row.ref),
  };
}

export const unaryOps = Object.fromEntries(
  (Object.keys(rows) as UnaryKind[]).map((k) => [k, unaryDef(k)]),
) as { [K in UnaryKind]: OpDef<K> };
