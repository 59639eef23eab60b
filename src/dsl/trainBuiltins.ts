// Built-ins used in `train { ... }`: optimizers and learning-rate schedules. Each optimizer's
// `learning_rate` takes a number (a constant rate) or a schedule.
import { momentum, sgd } from '../std/optimizers.js';
import type { Schedule } from '../std/schedules.js';
import type { Args, BuiltinDef } from './builtins.js';

const lr = { name: 'learning_rate', kind: 'schedule', default: 0.01 } as const;
const N = (a: Args, k: string) => a[k] as number;
const S = (a: Args) => a['learning_rate'] as Schedule;

export const TRAIN_BUILTINS: Readonly<Record<string, BuiltinDef>> = {
  sgd: {
    params: [lr],
    call: (_c, a) => ({ kind: 'optimizer', spec: sgd(), learningRate: S(a) }),
  },
  momentum: {
    params: [lr, { name: 'momentum', kind: 'number', default: 0.9 }, { name: 'nesterov', kind: 'bool', default: false }],
    call: (_c, a) => ({ kind: 'optimizer', spec: momentum(N(a, 'momentum'), a['nesterov'] as boolean), learningRate: S(a) }),
  },
};
