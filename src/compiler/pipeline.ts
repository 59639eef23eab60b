// The optimization pipeline: the list of passes, in order, with the verifier after each.
import type { Program } from '../ir/program.js';
import type { TensorType } from '../ir/types.js';
import { verifyProgram } from '../ir/verify.js';
import { eliminateDeadCode } from '../passes/eliminateDeadCode.js';
import { simplify } from '../passes/simplify.js';

export const PASSES: readonly { name: string; run: (p: Program) => Program }[] = [
  { name: 'simplify', run: simplify },
  { name: 'eliminateDeadCode', run: eliminateDeadCode },
];

export function optimize(p: Program, stateTypes?: ReadonlyMap<string, TensorType>): Program {
  let cur = p;
  verifyProgram(cur, stateTypes);
  for (const pass of PASSES) {
    cur = pass.run(cur);
    verifyProgram(cur, stateTypes);
  }
  return cur;
}
