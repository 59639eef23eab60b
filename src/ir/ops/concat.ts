// concat, slice and pad: index remaps between blocks of a tensor. Each one's VJP is another:
// concat ↔ slice, slice ↔ pad.
import { refTensor } from '../reference.js';
import { stridesOf } from '../shape.js';
import { fmtType, numel, ShapeError, type Shape } from '../types.js';
import { unravel } from '../reference.js';
import type { Indexed, OpDef } from './def.js';

function normAxis(axis: number, rank: number): number {
  const a = axis < 0 ? axis + rank : axis;
  if (a < 0 || a >= rank) throw new ShapeError(`axis ${axis} is out of range for rank ${rank}`);
  return a;
}

export const concatOp: OpDef<'concat'> & Indexed<'concat'> = {
  arity: -1,
  class: 'assemble',
  index: (e) => {
    const axis = normAxis(e.params.axis, e.out.type.shape.length);
    let start = 0;
    return { kind: 'tiles', axis, starts: e.inputs.map((x) => (start += x.type.shape[axis]!) - x.type.shape[axis]!) };
  },
  type(xs, p) {
    if (xs.length === 0) throw new ShapeError('concat needs at least one tensor');
    const first = xs[0]!;
    const axis = normAxis(p.axis, first.shape.length);
    let total = 0;
    for (const x of xs) {
      const same = x.dtype === first.dtype && x.shape.length === first.shape.length && x.shape.every((d, i) => i === axis || d === first.shape[i]);
      if (!same) throw new ShapeError(`concat along axis ${p.axis} needs matching shapes, got ${xs.map(fmtType).join(' and ')}`);
      total += x.shape[axis]!;
    }
    return { dtype: first.dtype, shape: first.shape.map((d, i) => (i === axis ? total : d)) };
  },
  vjp: (b, e, g) => {
    const axis = normAxis(e.params.axis, g.type.shape.length);
    let offset = 0;
    return e.inputs.map((x) => {
      const begin = g.type.shape.map((_, i) => (i === axis ? offset : 0));
      offset += x.type.shape[axis]!;
      return b.slice(g, begin, x.type.shape);
    });
  },
  evaluate: (xs, p, out) => {
    const r = refTensor(out);
    const axis = normAxis(p.axis, out.shape.length);
    const st = stridesOf(out.shape);
    let offset = 0;
    for (const x of xs) {
      for (let i = 0; i < x.data.length; i++) {
        const c = unravel(i, x.type.shape);
        c[axis]! += offset;
        r.data[c.reduce((a, v, d) => a + v * st[d]!, 0)] = x.data[i]!;
      }
      offset += x.type.shape[axis]!;
    }
    return r;
  },
};

function checkBlock(shape: Shape, begin: readonly number[], size: readonly number[], what: string): void {
  if (begin.length !== shape.length || size.length !== shape.length) throw new ShapeError(`${what} needs one begin and size per dimension`);
  shape.forEach((d, i) => {
    if (begin[i]! < 0 || size[i]! < 0 || begin[i]! + size[i]! > d) {
      throw new ShapeError(`${what} [${begin}]+[${size}] does not fit in [${shape.join(',')}]`);
    }
  });
}

export const sliceOp: OpDef<'slice'> & Indexed<'slice'> = {
  arity: 1,
  class: 'remap',
  index: (e) => ({ kind: 'shift', offset: e.params.begin }),
  type([x], p) {
    checkBlock(x!.shape, p.begin, p.size, 'slice');
    return { dtype: x!.dtype, shape: p.size };
  },
  vjp: (b, e, g) => {
    const shape = e.inputs[0]!.type.shape;
    return [b.pad(g, e.params.begin, shape.map((d, i) => d - e.params.begin[i]! - e.params.size[i]!))];
  },
  evaluate: ([x], p, out) => {
    const r = refTensor(out);
    const st = stridesOf(x!.type.shape);
    for (let i = 0; i < numel(out.shape); i++) {
      const c = unravel(i, out.shape);
      r.data[i] = x!.data[c.reduce((a, v, d) => a + (v + p.begin[d]!) * st[d]!, 0)]!;
    }
    return r;
  },
};

export const padOp: OpDef<'pad'> & Indexed<'pad'> = {
  arity: 1,
  class: 'assemble',
  index: (e) => ({ kind: 'window', before: e.params.before }),
  type([x], p) {
    if (p.before.length !== x!.shape.length || p.after.length !== x!.shape.length || [...p.before, ...p.after].some((v) => v < 0)) {
      throw new ShapeError(`pad needs non-negative before/after per dimension of [${x!.shape.join(',')}]`);
    }
    return { dtype: x!.dtype, shape: x!.shape.map((d, i) => d + p.before[i]! + p.after[i]!) };
  },
  vjp: (b, e, g) => [b.slice(g, e.params.before, e.inputs[0]!.type.shape)],
  evaluate: ([x], p, out) => {
    const r = refTensor(out);
    const st = stridesOf(out.shape);
    for (let i = 0; i < x!.data.length; i++) {
      const c = unravel(i, x!.type.shape);
      r.data[c.reduce((a, v, d) => a + (v + p.before[d]!) * st[d]!, 0)] = x!.data[i]!;
    }
    return r;
  },
};
