// Every differentiable primitive: its VJP against float64 central differences in a random
// direction, on inputs from the primitive's valid range.
import { describe, expect, it } from 'vitest';
import type { Builder } from '../../src/ir/builder.js';
import { OPS, type OpKind } from '../../src/ir/ops/index.js';
import type { TensorType, Var } from '../../src/ir/types.js';
import { gradCheck, randomTensor, rng } from '../helpers/ir.js';

const f = (...shape: number[]): TensorType => ({ dtype: 'f32', shape });

interface Case {
  op: OpKind;
  types: TensorType[];
  range?: [number, number];
  body: (b: Builder, xs: Var[]) => Var;
  /** What finite differences should see instead (stop_gradient's gradient is not the function's). */
  numeric?: (b: Builder, xs: Var[]) => Var;
}

const un = (op: OpKind, range?: [number, number]): Case => ({
  op, types: [f(3, 4)], range, body: (b, [x]) => b.emit(op, [x!], {} as never),
});
const bin = (op: OpKind, range?: [number, number]): Case[] => [
  { op, types: [f(3, 4), f(3, 4)], range, body: (b, [x, y]) => b.emit(op, [x!, y!], {} as never) },
  // broadcast both ways: the unbroadcast path of the VJP
  { op, types: [f(2, 3, 4), f(4)], range, body: (b, [x, y]) => b.emit(op, [x!, y!], {} as never) },
  { op, types: [f(3, 1), f(1, 4)], range, body: (b, [x, y]) => b.emit(op, [x!, y!], {} as never) },
];

const cases: Case[] = [
  un('neg'), un('exp'), un('log', [0.5, 2]), un('sqrt', [0.5, 2]), un('rsqrt', [0.5, 2]),
  un('tanh'), un('abs', [0.1, 1]), un('cos'), un('sin'),
  ...bin('add'), ...bin('sub'), ...bin('mul'), ...bin('div', [0.5, 2]), ...bin('pow', [0.5, 2]),
  ...bin('max'), ...bin('min'),
  { op: 'select', types: [f(3, 4), f(3, 4), f(4)], body: (b, [c, x, y]) => b.select(b.gt(c!, 0), x!, y!) },
  { op: 'cast', types: [f(3, 4)], body: (b, [x]) => b.emit('cast', [x!], { to: 'f32' }) },
  { op: 'stop_gradient', types: [f(3, 4), f(3, 4)], body: (b, [x, y]) => b.add(b.stopGradient(x!), b.mul(x!, y!)),
    numeric: (b, [x, y]) => b.mul(x!, y!) },
  ...[[false, false], [true, false], [false, true], [true, true]].map(([ta, tb]): Case => ({
    op: 'matmul',
    types: [ta ? f(5, 3) : f(3, 5), tb ? f(4, 5) : f(5, 4)],
    body: (b, [x, y]) => b.matmul(x!, y!, ta, tb),
  })),
  { op: 'reduce_sum', types: [f(2, 3, 4)], body: (b, [x]) => b.reduceSum(x!, [0, 2]) },
  { op: 'reduce_sum', types: [f(2, 3, 4)], body: (b, [x]) => b.reduceSum(x!, [1], true) },
  { op: 'reduce_max', types: [f(3, 5)], body: (b, [x]) => b.reduceMax(x!, [1]) },
  { op: 'reduce_max', types: [f(3, 5)], body: (b, [x]) => b.reduceMax(x!, [0], true) },
  { op: 'broadcast_to', types: [f(3, 1)], body: (b, [x]) => b.broadcastTo(x!, [2, 3, 4]) },
  { op: 'reshape', types: [f(3, 4)], body: (b, [x]) => b.reshape(x!, [2, 6]) },
  { op: 'concat', types: [f(3, 2), f(3, 4), f(3, 1)], body: (b, [x, y, z]) => b.concat([x!, y!, z!], 1) },
  { op: 'concat', types: [f(2, 3), f(1, 3)], body: (b, [x, y]) => b.concat([x!, y!], 0) },
  { op: 'slice', types: [f(4, 5)], body: (b, [x]) => b.slice(x!, [1, 2], [2, 3]) },
  { op: 'pad', types: [f(2, 3)], body: (b, [x]) => b.pad(x!, [1, 0], [2, 3]) },
];

describe('VJPs agree with finite differences', () => {
  cases.forEach((c, n) => {
    it(`${c.op} ${c.types.map((t) => `[${t.shape}]`).join(' ')} #${n}`, () => {
      const r = rng(100 + n);
      const [lo, hi] = c.range ?? [-1, 1];
      const args = c.types.map((t) => randomTensor(t, r, lo, hi));
      const [analytic, numeric] = gradCheck(c.types, args, c.body, n + 1, 1e-6, c.numeric);
      expect(Math.abs(analytic - numeric)).toBeLessThan(1e-6 * Math.max(1, Math.abs(numeric)));
    });
  });

  it('covers every differentiable primitive', () => {
    const tested = new Set(cases.map((c) => c.op));
    const differentiable = (Object.keys(OPS) as OpKind[]).filter((k) => OPS[k].vjp !== null);
    expect(differentiable.filter((k) => !tested.has(k))).toEqual([]);
  });
});
