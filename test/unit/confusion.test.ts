// The confusion matrix's IR (src/std/losses.ts: confusionCounts) on the float64 reference
// interpreter against a plain count, with a tied row, a NaN row and a partial batch; and the
// entry it becomes: compiled only on request, so every other artifact is as before.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { compileSource } from '../../src/compiler/compile.js';
import { CONFUSION } from '../../src/contract/artifact.js';
import { evaluateProgram } from '../../src/ir/evaluate.js';
import { confusionCase, confusionProgram, confusionReference } from '../helpers/confusion.js';

const rowsOf = (data: ArrayLike<number>, k: number) => Array.from({ length: k }, (_, i) => Array.from(data).slice(i * k, (i + 1) * k));

describe('confusionCounts on the float64 reference', () => {
  it.each([[6, 3, 6], [7, 4, 5], [13, 5, 4]])('batch %i, %i classes, %i valid rows: the plain count', (batch, classes, rows) => {
    const c = confusionCase(batch, classes, rows);
    const got = evaluateProgram(confusionProgram(batch, classes), {}, c.state).outputs['out']!;
    expect(got.type.shape).toEqual([classes, classes]);
    const want = confusionReference(c.logits, c.labels, classes, rows);
    expect(rowsOf(got.data, classes)).toEqual(want);
    // Every valid row counts once, but the NaN row.
    expect(Array.from(got.data).reduce((a, b) => a + b, 0)).toBeCloseTo(rows - 1, 12);
  });

  it('splits a tied row between the tied classes', () => {
    const c = confusionCase(4, 3, 4);
    const got = rowsOf(evaluateProgram(confusionProgram(4, 3), {}, c.state).outputs['out']!.data, 3);
    const label = c.labels[1]!;
    expect(got[label]![0]! - confusionReference(c.logits, c.labels, 3, 1)[label]![0]!).toBeGreaterThanOrEqual(0.5);
  });
});

describe('the confusion_step entry', () => {
  const file = { path: 'examples/own/tabular.dnn', text: readFileSync('examples/own/tabular.dnn', 'utf8') };

  it('is compiled only on request, and then counts into a K×K accumulator reset by begin_eval', () => {
    const plain = compileSource(file).artifact;
    const asked = compileSource(file, { confusion: true }).artifact;
    expect(plain.entries[CONFUSION.entry]).toBeUndefined();
    expect(plain.buffers.some((b) => b.name === `state:${CONFUSION.counts}`)).toBe(false);
    expect(asked.entries[CONFUSION.entry]!.length).toBeGreaterThan(0);
    expect(asked.buffers.find((b) => b.name === `state:${CONFUSION.counts}`)).toMatchObject({ bytes: 3 * 3 * 4, role: 'accumulator' });
    // Everything the plain artifact has is there unchanged: the same kernels for its entries.
    for (const [name, steps] of Object.entries(plain.entries)) {
      if (name === 'init' || name === 'begin_eval') continue;
      expect(steps.map((s) => ('dispatch' in s ? plain.kernels[s.dispatch]!.wgsl : 'copy'))).toEqual(asked.entries[name]!.map((s) => ('dispatch' in s ? asked.kernels[s.dispatch]!.wgsl : 'copy')));
    }
  });

  it('needs a classifier', () => {
    const text = 'model r\ninput X: f32[batch, 2]\ninput y: f32[batch, 1]\nloss = mean((dense(X, 1) - y) * (dense(X, 1) - y))\ntrain {\n  optimizer = sgd(learning_rate: 0.1)\n  batch_size = 2\n  epochs = 1\n}\n';
    expect(() => compileSource({ path: 'r.dnn', text })).not.toThrow();
    expect(() => compileSource({ path: 'r.dnn', text }, { confusion: true })).toThrow(/DNN3001|needs a classifier/);
  });
});
