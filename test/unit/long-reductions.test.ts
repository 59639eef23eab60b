// splitLongReductions: a reduction over more elements than a kernel's loop may run becomes
// shorter ones with the same value; the float64 reference agrees, and no loop stays too long.
import { describe, expect, it } from 'vitest';
import { evaluateProgram } from '../../src/ir/evaluate.js';
import type { Program } from '../../src/ir/program.js';
import { normalizeAxes } from '../../src/ir/shape.js';
import type { TensorType } from '../../src/ir/types.js';
import { verifyProgram } from '../../src/ir/verify.js';
import { splitLongReductions } from '../../src/passes/splitLongReductions.js';
import { randomTensor, rng, stateProgram } from '../helpers/ir.js';

const f32 = (...shape: number[]): TensorType => ({ dtype: 'f32', shape });

/** The longest loop a reduction of the program runs. */
function longestReduction(p: Program): number {
  let worst = 0;
  for (const e of p.eqns) {
    if (e.op !== 'reduce_sum' && e.op !== 'reduce_max') continue;
    const s = e.inputs[0]!.type.shape;
    const n = normalizeAxes((e.params as { axes: readonly number[] }).axes, s.length).reduce((m, a) => m * s[a]!, 1);
    worst = Math.max(worst, n);
  }
  return worst;
}

const cases: { name: string; type: TensorType; axes: number[]; keepdims: boolean; max?: boolean }[] = [
  { name: 'two axes, both short', type: f32(6, 5), axes: [0, 1], keepdims: false },
  { name: 'two axes kept', type: f32(6, 5, 2), axes: [0, 1], keepdims: true },
  { name: 'a long axis with a remainder', type: f32(3, 23), axes: [1], keepdims: false },
  { name: 'a long axis that divides', type: f32(49), axes: [0], keepdims: true },
  { name: 'a very long axis (two levels)', type: f32(200), axes: [-1], keepdims: false },
  { name: 'max over a long axis with a remainder', type: f32(2, 23), axes: [1], keepdims: false, max: true },
  { name: 'max over every axis', type: f32(4, 3, 5), axes: [0, 1, 2], keepdims: false, max: true },
];

describe('splitLongReductions', () => {
  it.each(cases)('$name', ({ type, axes, keepdims, max }) => {
    const p = stateProgram([type], (b, [x]) => (max ? b.reduceMax(x!, axes, keepdims) : b.reduceSum(x!, axes, keepdims)));
    const budget = 7;
    const q = splitLongReductions(p, budget);
    verifyProgram(q);
    expect(longestReduction(q)).toBeLessThanOrEqual(budget);
    const x = randomTensor(type, rng(3));
    const want = evaluateProgram(p, {}, { s0: x }).outputs['out']!;
    const got = evaluateProgram(q, {}, { s0: x }).outputs['out']!;
    expect(got.type).toEqual(want.type);
    want.data.forEach((w, i) => expect(got.data[i]).toBeCloseTo(w, 10));
  });

  it('leaves reductions within the budget alone', () => {
    const p = stateProgram([f32(6, 5)], (b, [x]) => b.reduceSum(x!, [0, 1]));
    expect(splitLongReductions(p, 30)).toBe(p);
  });
});
