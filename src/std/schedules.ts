// Learning-rate schedules: IR computed on the GPU from the step counter (the number of updates
// already applied, 0 for the first one), so a changing rate costs no read-back or upload.
import type { Builder } from '../ir/builder.js';
import type { Var } from '../ir/types.js';

export interface Schedule {
  readonly kind: string;
  readonly settings: Readonly<Record<string, number | boolean | readonly number[]>>;
  /** The rate for the update about to be applied; `step` is a u32 scalar. */
  build(b: Builder, step: Var): Var;
}

export function constant(rate: number): Schedule {
  return { kind: 'constant', settings: { learning_rate: rate }, build: (b) => b.const(rate) };
}
