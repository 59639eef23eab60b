import type { OpDef } from './def.js';

/** The identity whose VJP is absent: autodiff never walks through it (that is the pruning). */
export const stopGradientOp: OpDef<'stop_gradient'> = {
  arity: 1,
  class: 'map',
  type: ([x]) => x!,
  vjp: null,
  evaluate: ([x]) => x!,
};
