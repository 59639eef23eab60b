// The index functions of the primitives that move data: the index maps that fusion, frozen
// caching and both emitters read. Each map, read element by element, must give what the
// primitive's float64 reference gives; and exactly the remap, assemble and gather classes have one.
import { describe, expect, it } from 'vitest';
import { Builder } from '../../src/ir/builder.js';
import { evaluateEqn } from '../../src/ir/evaluate.js';
import { indexMapOf, INDEXED, isIndexed, OPS, type IndexMap, type OpKind } from '../../src/ir/ops/index.js';
import type { Eqn } from '../../src/ir/program.js';
import { refTensor, unravel, type RefTensor } from '../../src/ir/reference.js';
import { stridesOf } from '../../src/ir/shape.js';
import { numel, type DType, type Shape, type Var } from '../../src/ir/types.js';

const at = (x: RefTensor, c: readonly number[]) => x.data[c.reduce((a, v, d) => a + v * stridesOf(x.type.shape)[d]!, 0)]!;

/** Output element c of e, read from its inputs as its index map says (the emitters' reading). */
function readThrough(map: IndexMap, xs: readonly RefTensor[], outShape: Shape, c: readonly number[]): number {
  const x = xs[0]!;
  const xShape = x.type.shape;
  switch (map.kind) {
    case 'broadcast': {
      const off = outShape.length - xShape.length;
      return at(x, xShape.map((d, j) => (d === 1 ? 0 : c[j + off]!)));
    }
    case 'linear':
      return x.data[c.reduce((a, v, d) => a + v * stridesOf(outShape)[d]!, 0)]!;
    case 'shift':
      return at(x, c.map((v, d) => v + map.offset[d]!));
    case 'window': {
      const xc = c.map((v, d) => v - map.before[d]!);
      return xc.every((v, d) => v >= 0 && v < xShape[d]!) ? at(x, xc) : 0;
    }
    case 'tiles': {
      const k = map.starts.findIndex((s, n) => c[map.axis]! >= s && c[map.axis]! < s + xs[n]!.type.shape[map.axis]!);
      return at(xs[k]!, c.map((v, d) => (d === map.axis ? v - map.starts[k]! : v)));
    }
    case 'onehot':
      return at(x, c.slice(0, -1)) === c[c.length - 1] ? 1 : 0;
  }
}

/** The last equation `build` adds, with inputs of these shapes filled with distinct values. */
function case_(shapes: readonly Shape[], build: (b: Builder, xs: Var[]) => Var, dtype: DType = 'f32'): { e: Eqn; xs: RefTensor[] } {
  const b = new Builder();
  const vars = shapes.map((s) => b.newVar({ dtype, shape: s }));
  build(b, vars);
  const xs = vars.map((v, k) => refTensor(v.type, Array.from({ length: numel(v.type.shape) }, (_, i) => (dtype === 'i32' ? (i % 5) - 1 : 100 * k + i + 0.5))));
  return { e: b.eqns[b.eqns.length - 1]!, xs };
}

const CASES: readonly [string, () => { e: Eqn; xs: RefTensor[] }][] = [
  ['broadcast_to [3,1] → [2,3,4]', () => case_([[3, 1]], (b, [x]) => b.broadcastTo(x!, [2, 3, 4]))],
  ['reshape [2,6] → [3,4]', () => case_([[2, 6]], (b, [x]) => b.reshape(x!, [3, 4]))],
  ['slice [4,5] at [1,2] size [2,3]', () => case_([[4, 5]], (b, [x]) => b.slice(x!, [1, 2], [2, 3]))],
  ['pad [2,3] by [1,0] and [2,1]', () => case_([[2, 3]], (b, [x]) => b.pad(x!, [1, 0], [2, 1]))],
  ['concat of three along axis 1', () => case_([[2, 1], [2, 3], [2, 2]], (b, xs) => b.concat(xs, 1))],
  ['concat along axis -2', () => case_([[1, 3], [2, 3]], (b, xs) => b.concat(xs, -2))],
  ['one_hot of labels in and out of range', () => case_([[2, 3]], (b, [x]) => b.oneHot(x!, 3), 'i32')],
];

describe('index maps', () => {
  it.each(CASES)('%s reads what its reference computes', (_, make) => {
    const { e, xs } = make();
    expect(isIndexed(e)).toBe(true);
    if (!isIndexed(e)) return;
    const want = evaluateEqn(e, xs);
    const map = indexMapOf(e);
    const got = Array.from({ length: want.data.length }, (_, i) => readThrough(map, xs, e.out.type.shape, unravel(i, e.out.type.shape)));
    expect(got).toEqual([...want.data]);
  });

  it('the reading sees a wrong map', () => {
    const { e, xs } = CASES[2]![1]();
    const want = evaluateEqn(e, xs);
    const got = Array.from({ length: want.data.length }, (_, i) => readThrough({ kind: 'shift', offset: [0, 0] }, xs, e.out.type.shape, unravel(i, e.out.type.shape)));
    expect(got).not.toEqual([...want.data]);
  });

  it('exactly the primitives that move data have an index function', () => {
    const moves = (Object.keys(OPS) as OpKind[]).filter((k) => ['remap', 'assemble', 'gather'].includes(OPS[k].class));
    expect(Object.keys(INDEXED).sort()).toEqual(moves.sort());
    for (const k of moves) expect(OPS[k]).toBe(INDEXED[k as keyof typeof INDEXED]);
  });
});
