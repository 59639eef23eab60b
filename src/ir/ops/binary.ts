// The elementwise binary primitives with NumPy broadcasting, one row each. Comparisons return
// f32 0/1 masks (the IR has no bool type) and carry no gradient. Broadcast cotangents are summed
// back to each input's shape in one place: Builder.unbroadcast.
import type { Builder } from '../builder.js';
import { mapBroadcast, roundTo } from '../reference.js';
import { broadcastShapes } from '../shape.js';
import { ShapeError, type Var } from '../types.js';
import type { OpDef } from './def.js';
import type { BinaryKind } from './params.js';

type Partials = (b: Builder, x: Var, y: Var, out: Var, g: Var) => [Var | null, Var | null];

interface BinaryRow {
  ref: (x: number, y: number) => number;
  /** Cotangents before unbroadcasting; null: not differentiable. */
  vjp: Partials | null;
  compare: boolean;
}

const cmp = (f: (x: number, y: number) => boolean): BinaryRow => ({
  ref: (x, y) => (f(x, y) ? 1 : 0),
  vjp: null,
  compare: true,
});

const rows: { [K in BinaryKind]: BinaryRow } = {
  add: { ref: (x, y) => x + y, vjp: (_b, _x, _y, _o, g) => [g, g], compare: false },
  sub: { ref: (x, y) => x - y, vjp: (b, _x, _y, _o, g) => [g, b.neg(g)], compare: false },
  mul: { ref: (x, y) => x * y, vjp: (b, x, y, _o, g) => [b.mul(g, y), b.mul(g, x)], compare: false },
  // d(x/y) = g/y, -g·x/y² = -g·out/y
  div: { ref: (x, y) => x / y, vjp: (b, _x, y, o, g) => [b.div(g, y), b.neg(b.div(b.mul(g, o), y))], compare: false },
  // Ties send the gradient to x, as TensorFlow's Maximum/Minimum gradients do.
  max: {
    ref: Math.max,
    vjp: (b, x, y, _o, g) => { const m = b.ge(x, y); return [b.mul(g, m), b.mul(g, b.sub(1, m))]; },
    compare: false,
  },
  min: {
    ref: Math.min,
    vjp: (b, x, y, _o, g) => { const m = b.le(x, y); return [b.mul(g, m), b.mul(g, b.sub(1, m))]; },
    compare: false,
  },
  // d(x^y) = g·y·x^(y-1), g·log(x)·x^y
  pow: {
    ref: Math.pow,
    vjp: (b, x, y, o, g) => [b.mul(g, b.mul(y, b.pow(x, b.sub(y, 1)))), b.mul(g, b.mul(b.log(x), o))],
    compare: false,
  },
  gt: cmp((x, y) => x > y),
  ge: cmp((x, y) => x >= y),
  lt: cmp((x, y) => x < y),
  le: cmp((x, y) => x <= y),
  eq: cmp((x, y) => x === y),
  ne: cmp((x, y) => x !== y),
};

function binaryDef(kind: BinaryKind): OpDef<BinaryKind> {
  const row = rows[kind];
  return {
    arity: 2,
    class: 'map',
    type([x, y]) {
      if (x!.dtype !== y!.dtype) throw new ShapeError(`${kind} needs operands of one dtype, got ${x!.dtype} and ${y!.dtype}`);
      if (kind === 'pow' && x!.dtype !== 'f32') throw new ShapeError(`pow expects f32, got ${x!.dtype}`);
      return { dtype: row.compare ? 'f32' : x!.dtype, shape: broadcastShapes(x!.shape, y!.shape) };
    },
    vjp: row.vjp
      ? (b, e, g) => {
          const [x, y] = e.inputs as [Var, Var];
          const [gx, gy] = row.vjp!(b, x, y, e.out, g);
          return [gx && b.unbroadcast(gx, x.type.shape), gy && b.unbroadcast(gy, y.type.shape)];
        }
      : null,
    evaluate: (xs, _p, out) => {
      // Integer products wrap modulo 2³² like the GPU's (a double product would lose bits).
      const f = kind === 'mul' && out.dtype !== 'f32' ? (x: number, y: number) => Math.imul(x, y) : row.ref;
      const r = mapBroadcast(xs, out, f);
      if (out.dtype !== 'f32') r.data.forEach((v, i) => (r.data[i] = roundTo(out.dtype, v)));
      return r;
    },
  };
}

export const binaryOps = Object.fromEntries(
  (Object.keys(rows) as BinaryKind[]).map((k) => [k, binaryDef(k)]),
) as { [K in BinaryKind]: OpDef<K> };
