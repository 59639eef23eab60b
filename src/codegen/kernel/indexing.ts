// The index scheme both renderers (../wgsl, ../wasm) share. A value is produced at an index
// context: per-dimension coordinates and/or a linear (row-major) index, each derived from the
// other when first asked for. A value broadcast into a context is read at the context's trailing
// coordinates (project); a reduction's loop counter becomes the coordinates of the reduced axes
// (reducedCoords). The renderer supplies the arithmetic on its own index expressions (E: WGSL
// text, or a wasm local or constant) through IndexAlgebra; the scheme decides which terms exist.
import { stridesOf } from '../../ir/shape.js';
import { shapeEq, type Shape } from '../../ir/types.js';

/** Where a value is wanted: its shape, and its coordinates and/or linear index there. */
export interface IndexCtx<E> {
  readonly shape: Shape;
  coords?: E[];
  linear?: E;
}

/** The index arithmetic of a renderer, over its own expressions E. */
export interface IndexAlgebra<E> {
  /** Coordinate 0 (the coordinate along an axis of length 1). */
  readonly zero: E;
  /**
   * The coordinate of linear index `lin` along an axis of stride `stride` and length `dim`:
   * lin / stride, then % dim unless the axis is the outermost (dim null).
   */
  coordinate(lin: E, stride: number, dim: number | null): E;
  /** Σ coordinate·stride over the terms given (the axes longer than 1), zero when there are none. */
  linear(terms: readonly (readonly [E, number])[]): E;
}

/** The coordinates of context c (made from its linear index the first time). */
export function coordsOf<E>(ix: IndexAlgebra<E>, c: IndexCtx<E>): E[] {
  if (c.coords) return c.coords;
  const st = stridesOf(c.shape);
  const lin = c.linear!;
  c.coords = c.shape.map((d, k) => (d === 1 ? ix.zero : ix.coordinate(lin, st[k]!, k === 0 ? null : d)));
  return c.coords;
}

/** The linear index of context c (made from its coordinates the first time). */
export function linearOf<E>(ix: IndexAlgebra<E>, c: IndexCtx<E>): E {
  if (c.linear) return c.linear;
  const st = stridesOf(c.shape);
  const cs = coordsOf(ix, c);
  c.linear = ix.linear(cs.flatMap((x, k) => (c.shape[k] === 1 ? [] : [[x, st[k]!] as const])));
  return c.linear;
}

/** The context of a value of `shape` that is broadcast into `c` (its trailing axes, 0 where it has length 1). */
export function project<E>(ix: IndexAlgebra<E>, c: IndexCtx<E>, shape: Shape): IndexCtx<E> {
  if (shapeEq(c.shape, shape)) return c;
  const cs = coordsOf(ix, c);
  const off = c.shape.length - shape.length;
  return { shape, coords: shape.map((d, j) => (d === 1 ? ix.zero : cs[j + off]!)) };
}

/**
 * The coordinates of a reduction's input of `shape` at output coordinates `outCoords`: the
 * output's along the axes kept (null along the reduced ones; `keepdims`: the output has them too).
 */
export function outerCoords<E>(shape: Shape, axes: readonly number[], keepdims: boolean, outCoords: readonly E[]): (E | null)[] {
  let o = 0;
  return shape.map((_, k) => (axes.includes(k) ? null : keepdims ? outCoords[k]! : outCoords[o++]!));
}

/** The input coordinates at step `r` of a reduction's loop over the reduced axes (row-major), the others from `outer`. */
export function reducedCoords<E>(ix: IndexAlgebra<E>, shape: Shape, axes: readonly number[], r: E, outer: readonly (E | null)[]): E[] {
  const rstrides = stridesOf(axes.map((a) => shape[a]!));
  return shape.map((d, k) => {
    const ai = axes.indexOf(k);
    if (ai < 0) return outer[k]!;
    return d === 1 ? ix.zero : ix.coordinate(r, rstrides[ai]!, ai === 0 ? null : d);
  });
}
