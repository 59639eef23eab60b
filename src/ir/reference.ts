// The float64 reference: every primitive's `evaluate` works on these, and GPU kernels are
// tested against them. Integers are held exactly in doubles.
import { broadcastStrides, stridesOf } from './shape.js';
import { numel, type Shape, type TensorType } from './types.js';

export interface RefTensor {
  readonly type: TensorType;
  readonly data: Float64Array;
}

export function refTensor(type: TensorType, data?: ArrayLike<number>): RefTensor {
  const n = numel(type.shape);
  const d = new Float64Array(n);
  if (data) {
    if (data.length !== n) throw new Error(`reference tensor needs ${n} values, got ${data.length}`);
    d.set(data);
  }
  return { type, data: d };
}

/** Elementwise map over the broadcast of the inputs to `out`'s shape. */
export function mapBroadcast(
  inputs: readonly RefTensor[],
  out: TensorType,
  f: (...xs: number[]) => number,
): RefTensor {
  const n = numel(out.shape);
  const res = new Float64Array(n);
  const outStrides = stridesOf(out.shape);
  const maps = inputs.map((t) => broadcastStrides(t.type.shape, out.shape));
  const xs = new Array<number>(inputs.length);
  for (let i = 0; i < n; i++) {
    for (let k = 0; k < inputs.length; k++) {
      let idx = 0;
      let rem = i;
      const bs = maps[k]!;
      for (let d = 0; d < out.shape.length; d++) {
        const c = Math.floor(rem / outStrides[d]!);
        rem -= c * outStrides[d]!;
        idx += c * bs[d]!;
      }
      xs[k] = inputs[k]!.data[idx]!;
    }
    res[i] = f(...xs);
  }
  return { type: out, data: res };
}

/** Rounds like the GPU's storage type, so that int ops wrap and casts truncate alike. */
export function roundTo(dtype: TensorType['dtype'], v: number): number {
  if (dtype === 'f32') return v;
  if (dtype === 'i32') return Math.trunc(v) | 0;
  return Math.trunc(v) >>> 0;
}

export function unravel(i: number, shape: Shape): number[] {
  const st = stridesOf(shape);
  return st.map((s, d) => Math.floor(i / s) % shape[d]!);
}
