import { ShapeError, type Shape } from './types.js';

/** NumPy broadcasting of two shapes (trailing dimensions aligned; 1 stretches). */
export function broadcastShapes(a: Shape, b: Shape): number[] {
  const n = Math.max(a.length, b.length);
  const out: number[] = [];
  for (let i = 0; i < n; i++) {
    const da = a[a.length - n + i] ?? 1;
    const db = b[b.length - n + i] ?? 1;
    if (da !== db && da !== 1 && db !== 1) {
      throw new ShapeError(`cannot broadcast [${a.join(',')}] with [${b.join(',')}]`);
    }
    out.push(da === 1 ? db : da);
  }
  return out;
}

export function stridesOf(shape: Shape): number[] {
  const s = new Array<number>(shape.length);
  let acc = 1;
  for (let i = shape.length - 1; i >= 0; i--) {
    s[i] = acc;
    acc *= shape[i]!;
  }
  return s;
}

/**
 * For an input of shape `from` broadcast to `to`: the input's stride for each output dimension
 * (0 where the input is stretched or absent). Shared by the reference evaluator and the codegen.
 */
export function broadcastStrides(from: Shape, to: Shape): number[] {
  const inStrides = stridesOf(from);
  const off = to.length - from.length;
  return to.map((d, i) => {
    const j = i - off;
    if (j < 0) return 0;
    return from[j] === 1 && d !== 1 ? 0 : inStrides[j]!;
  });
}

/** Normalizes possibly negative axes against a rank, rejecting duplicates and out-of-range. */
export function normalizeAxes(axes: readonly number[], rank: number): number[] {
  const out = axes.map((a) => (a < 0 ? a + rank : a));
  for (const a of out) {
    if (a < 0 || a >= rank) throw new ShapeError(`axis ${a} is out of range for rank ${rank}`);
  }
  if (new Set(out).size !== out.length) throw new ShapeError(`repeated axis in [${axes.join(',')}]`);
  return out.sort((x, y) => x - y);
}

export function reducedShape(shape: Shape, axes: readonly number[], keepdims: boolean): number[] {
  const ax = new Set(axes);
  const out: number[] = [];
  shape.forEach((d, i) => {
    if (!ax.has(i)) out.push(d);
    else if (keepdims) out.push(1);
  });
  return out;
}
