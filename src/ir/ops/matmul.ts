import { refTensor } from '../reference.js';
import { fmtType, ShapeError } from '../types.js';
import type { OpDef } from './def.js';

/** C[m,n] = Σk op(A)[m,k]·op(B)[k,n]; transposes are flags so the VJP needs no transpose op. */
export const matmulOp: OpDef<'matmul'> = {
  arity: 2,
  class: 'matmul',
  type([a, b], p) {
    if (a!.shape.length !== 2 || b!.shape.length !== 2) {
      throw new ShapeError(`matmul expects rank-2 operands, got ${fmtType(a!)} and ${fmtType(b!)}`);
    }
    if (a!.dtype !== 'f32' || b!.dtype !== 'f32') throw new ShapeError('matmul expects f32 operands');
    const [m, k1] = p.transA ? [a!.shape[1]!, a!.shape[0]!] : [a!.shape[0]!, a!.shape[1]!];
    const [k2, n] = p.transB ? [b!.shape[1]!, b!.shape[0]!] : [b!.shape[0]!, b!.shape[1]!];
    if (k1 !== k2) {
      throw new ShapeError(`matmul inner dimensions differ: ${fmtType(a!)}${p.transA ? 'ᵀ' : ''} · ${fmtType(b!)}${p.transB ? 'ᵀ' : ''}`);
    }
    return { dtype: 'f32', shape: [m, n] };
  },
  // C = A·B: dA = g·Bᵀ, dB = Aᵀ·g; the transposed forms follow by transposing both sides.
  vjp: (b, e, g) => {
    const [x, y] = e.inputs as [typeof g, typeof g];
    const { transA: ta, transB: tb } = e.params;
    if (!ta && !tb) return [b.matmul(g, y, false, true), b.matmul(x, g, true, false)];
    if (ta && !tb) return [b.matmul(y, g, false, true), b.matmul(x, g, false, false)];
    if (!ta && tb) return [b.matmul(g, y, false, false), b.matmul(g, x, true, false)];
    return [b.matmul(y, g, true, true), b.matmul(g, x, true, true)];
  },
  evaluate: ([a, b], p, out) => {
    const [m, n] = out.shape as [number, number];
    const aCols = a!.type.shape[1]!;
    const bCols = b!.type.shape[1]!;
    const k = p.transA ? a!.type.shape[0]! : aCols;
    const r = refTensor(out);
    for (let i = 0; i < m; i++) {
      for (let j = 0; j < n; j++) {
        let s = 0;
        for (let t = 0; t < k; t++) {
          const av = p.transA ? a!.data[t * aCols + i]! : a!.data[i * aCols + t]!;
          const bv = p.transB ? b!.data[j * bCols + t]! : b!.data[t * bCols + j]!;
          s += av * bv;
        }
        r.data[i * n + j] = s;
      }
    }
    return r;
  },
};
