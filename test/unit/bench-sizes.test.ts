// bench/sizes.ts counts the matmul FLOPs of mnist-bn's train step from the optimized program: the
// forward products, the input gradients of the two upper layers (the data needs none) and the
// weight gradients of all three, 2·m·k·n each; checked against that count by hand.
import { describe, expect, it } from 'vitest';
import { matmulsOf, parseSizes, widened } from '../../bench/sizes.js';
import { compileSource } from '../../src/compiler/compile.js';
import { resolveImport } from '../../src/cli/source.js';

describe('bench sizes', () => {
  it.each([[300, 50], [1000, 200]])('width %i, batch %i: the matmul FLOPs of a step', (w, b) => {
    const c = compileSource({ path: 'examples/mnist-bn.dnn', text: widened(w) }, { resolveImport, batchSize: b, kernelShapes: 'cpu' });
    const mm = matmulsOf(c.programs('ir-opt')['train_step']!.eqns as Parameters<typeof matmulsOf>[0]);
    const forward = 2 * b * (784 * w + w * 100 + 100 * 10);
    const inputGrads = 2 * b * (w * 100 + 100 * 10);
    const weightGrads = forward;
    expect(mm.reduce((t, m) => t + m.flops, 0)).toBe(forward + inputGrads + weightGrads);
    expect(mm.map((m) => m.shape)).toContain(`${b}×784×${w}`);
    expect(mm.map((m) => m.shape)).toContain(`784×${b}×${w}`);
  });

  it('parses --sizes', () => {
    expect(parseSizes('1000x200,3000x50')).toEqual([[1000, 200], [3000, 50]]);
    expect(parseSizes('full')).toHaveLength(15);
    expect(() => parseSizes('1000')).toThrow(/WIDTHxBATCH/);
    expect(() => parseSizes('0x5')).toThrow(/WIDTHxBATCH/);
  });
});
