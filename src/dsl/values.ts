// The values of the language at compile time: tensors (IR values), numbers, strings, booleans,
// lists, functions (user-defined or built in), and library objects (optimizers, initializers).
import type { Var } from '../ir/types.js';
import { fmtType } from '../ir/types.js';
import type { InitFn } from '../std/context.js';
import type { OptimizerSpec } from '../std/optimizers.js';
import type { Schedule } from '../std/schedules.js';
import type { Regularizer } from '../std/regularizers.js';
import type { FnDecl } from './ast.js';

export type Value =
  | { readonly kind: 'tensor'; readonly v: Var }
  | { readonly kind: 'num'; readonly value: number; readonly isInt: boolean }
  | { readonly kind: 'str'; readonly value: string }
  | { readonly kind: 'bool'; readonly value: boolean }
  | { readonly kind: 'list'; readonly items: readonly Value[] }
  | { readonly kind: 'fn'; readonly decl: FnDecl }
  | { readonly kind: 'builtin'; readonly name: string }
  | { readonly kind: 'optimizer'; readonly spec: OptimizerSpec; readonly learningRate: Schedule }
  | { readonly kind: 'schedule'; readonly schedule: Schedule }
  | { readonly kind: 'regularizer'; readonly reg: Regularizer; readonly params: readonly string[] }
  /** A train-block object: clip, max_norm, early_stopping, plateau, prune. */
  | { readonly kind: 'config'; readonly type: string; readonly value: unknown }
  | { readonly kind: 'initializer'; readonly name: string; readonly init: InitFn };

export function describe(v: Value): string {
  switch (v.kind) {
    case 'tensor':
      return `a tensor ${fmtType(v.v.type)}`;
    case 'num':
      return v.isInt ? `the integer ${v.value}` : `the number ${v.value}`;
    case 'str':
      return `the string "${v.value}"`;
    case 'bool':
      return `the boolean ${v.value}`;
    case 'list':
      return `a list of ${v.items.length}`;
    case 'fn':
      return `the function '${v.decl.name.name}'`;
    case 'builtin':
      return `the built-in function '${v.name}'`;
    case 'optimizer':
      return `an optimizer (${v.spec.kind})`;
    case 'initializer':
      return `the initializer ${v.name}`;
    case 'schedule':
      return `a learning-rate schedule (${v.schedule.kind})`;
    case 'config':
      return `a ${v.type.replace('_', ' ')} setting`;
    case 'regularizer':
      return `a regularizer (l1 ${v.reg.l1}, l2 ${v.reg.l2})`;
  }
}
