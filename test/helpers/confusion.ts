// The confusion matrix as a reader would count it, in plain float64 JavaScript (independent of
// the IR): rows true classes, columns predicted; the highest score predicts (ties split evenly),
// a row with a non-finite score counts nowhere, only the first `rows` rows count.
import type { TensorType } from '../../src/ir/types.js';
import type { Program } from '../../src/ir/program.js';
import { refTensor, type RefTensor } from '../../src/ir/reference.js';
import { confusionCounts } from '../../src/std/losses.js';
import { stateProgram } from './ir.js';

export function confusionReference(logits: ArrayLike<number>, labels: ArrayLike<number>, classes: number, rows = labels.length): number[][] {
  const m = Array.from({ length: classes }, () => new Array<number>(classes).fill(0));
  for (let i = 0; i < rows; i++) {
    const row = Array.from({ length: classes }, (_, k) => logits[i * classes + k]!);
    if (!row.every(Number.isFinite)) continue;
    const top = Math.max(...row);
    const tied = row.flatMap((v, k) => (v === top ? [k] : []));
    for (const k of tied) m[labels[i]!]![k]! += 1 / tied.length;
  }
  return m;
}

/** The confusion IR on state s0 (logits f32[batch, classes]), s1 (labels i32[batch]), s2 (valid rows, f32 scalar). */
export function confusionProgram(batch: number, classes: number): Program {
  const types: TensorType[] = [{ dtype: 'f32', shape: [batch, classes] }, { dtype: 'i32', shape: [batch] }, { dtype: 'f32', shape: [] }];
  return stateProgram(types, (b, [logits, labels, rows]) => confusionCounts(b, logits!, labels!, rows!));
}

/** A batch with a tie, a NaN row and repeated rows past `rows` (as evaluation's last batch). */
export function confusionCase(batch: number, classes: number, rows: number, seed = 1): { state: Record<string, RefTensor>; logits: number[]; labels: number[] } {
  let s = seed;
  const next = () => ((s = (s * 1103515245 + 12345) % 2 ** 31) / 2 ** 31);
  const logits = Array.from({ length: batch * classes }, () => Math.fround(next() * 4 - 2));
  const labels = Array.from({ length: batch }, () => Math.floor(next() * classes));
  // Row 1: classes 0 and 2 tied for the top; row 2: a NaN score.
  logits.splice(classes, classes, ...Array.from({ length: classes }, (_, k) => (k === 0 || k === 2 ? 3 : -1)));
  logits[2 * classes + 1] = NaN;
  // Past `rows`, the first rows again (the feed kernel's cyclic fill).
  for (let i = rows; i < batch; i++) {
    for (let k = 0; k < classes; k++) logits[i * classes + k] = logits[(i % rows) * classes + k]!;
    labels[i] = labels[i % rows]!;
  }
  const state = {
    s0: refTensor({ dtype: 'f32', shape: [batch, classes] }, logits),
    s1: refTensor({ dtype: 'i32', shape: [batch] }, labels),
    s2: refTensor({ dtype: 'f32', shape: [] }, [rows]),
  };
  return { state, logits, labels };
}
