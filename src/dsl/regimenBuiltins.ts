// Built-ins of the train block beyond the optimizer: gradient clipping, max-norm, early
// stopping, reduce-on-plateau and pruning. Each returns a `config` value that the train block
// checks by key; patterns select parameters by scoped name (`hidden[12]/*`).
import { globToRegExp } from './glob.js';
import type { Args, BuiltinDef } from './builtins.js';
import { StdError } from '../std/errors.js';
import type { Monitor } from '../std/regimen.js';
import { augmentProblem, type Augment } from '../contract/artifact.js';

/** `augment(...)` without `image:`: the train block infers 28×28 for 784-value inputs. */
export const INFER_IMAGE: readonly [number, number] = [0, 0];

const N = (a: Args, k: string) => a[k] as number;
const patterns = (a: Args, k = 'params') => (a[k] as string[]).map(globToRegExp);

/** "val_loss" → loss, "val_accuracy" → accuracy; Keras' "auto" mode: max for accuracies. */
function monitor(a: Args): Monitor {
  const m = a['monitor'] as string;
  if (!m.startsWith('val_')) throw new StdError('DNN2009', `monitor must name a validation quantity such as "val_loss" or "val_accuracy", got "${m}"`);
  const metric = m.slice(4);
  const mode = a['mode'] as string;
  if (!['auto', 'min', 'max'].includes(mode)) throw new StdError('DNN2009', `mode must be "auto", "min" or "max", got "${mode}"`);
  const resolved = mode === 'auto' ? (/acc/.test(metric) ? 'max' : 'min') : (mode as 'min' | 'max');
  return { metric, mode: resolved, minDelta: Math.abs(N(a, 'min_delta')) };
}

const monitorParams = (minDelta: number) => [
  { name: 'monitor', kind: 'string', default: 'val_loss' },
  { name: 'min_delta', kind: 'number', default: minDelta },
  { name: 'mode', kind: 'string', default: 'auto' },
] as const;

const positive = (what: string, v: number) => {
  if (!(v > 0)) throw new StdError('DNN2009', `${what} must be positive, got ${v}`);
  return v;
};

export const REGIMEN_BUILTINS: Readonly<Record<string, BuiltinDef>> = {
  // Data augmentation; `image: [h, w]` may be left out for 784-value inputs (28×28, MNIST's),
  // which the train block checks against the model's inputs (marked by image [0, 0] until then).
  augment: {
    params: [
      { name: 'shift', kind: 'number', default: 0 }, { name: 'rotate', kind: 'number', default: 0 },
      { name: 'scale', kind: 'number', default: 0 }, { name: 'image', kind: 'numbers', default: null },
    ],
    call: (_c, a) => {
      const image = (a['image'] as number[] | undefined) ?? null;
      const value: Augment = { shift: N(a, 'shift'), rotate: N(a, 'rotate'), scale: N(a, 'scale'), image: (image ?? [1, 1]) as [number, number] };
      const problem = augmentProblem(value);
      if (problem) throw new StdError('DNN2030', `augment: ${problem}`);
      return { kind: 'config', type: 'augment', value: { ...value, image: image ?? INFER_IMAGE } };
    },
  },

  clip_by_value: {
    params: [{ name: 'min', kind: 'number' }, { name: 'max', kind: 'number' }],
    call: (_c, a) => {
      if (!(N(a, 'min') < N(a, 'max'))) throw new StdError('DNN2009', `clip_by_value needs min < max, got ${N(a, 'min')} and ${N(a, 'max')}`);
      return { kind: 'config', type: 'clip', value: { kind: 'value', min: N(a, 'min'), max: N(a, 'max') } };
    },
  },
  clip_by_norm: {
    params: [{ name: 'norm', kind: 'number' }],
    call: (_c, a) => ({ kind: 'config', type: 'clip', value: { kind: 'norm', norm: positive('norm', N(a, 'norm')) } }),
  },
  clip_by_global_norm: {
    params: [{ name: 'norm', kind: 'number' }],
    call: (_c, a) => ({ kind: 'config', type: 'clip', value: { kind: 'global_norm', norm: positive('norm', N(a, 'norm')) } }),
  },
  max_norm: {
    params: [
      { name: 'threshold', kind: 'number', default: 1 }, { name: 'axes', kind: 'axes', default: 0 },
      { name: 'params', kind: 'patterns', default: '*/kernel' },
    ],
    call: (_c, a) => ({
      kind: 'config', type: 'max_norm',
      value: { threshold: positive('threshold', N(a, 'threshold')), axes: a['axes'] as number[], params: patterns(a) },
    }),
  },
  early_stopping: {
    params: [
      ...monitorParams(0), { name: 'patience', kind: 'int', default: 5 }, { name: 'restore_best', kind: 'bool', default: true },
      { name: 'interval', kind: 'int', default: 1 },
    ],
    call: (_c, a) => ({
      kind: 'config', type: 'early_stopping',
      value: { ...monitor(a), patience: N(a, 'patience'), restoreBest: a['restore_best'] as boolean, interval: positive('interval', N(a, 'interval')) },
    }),
  },
  reduce_lr_on_plateau: {
    params: [
      ...monitorParams(1e-4), { name: 'factor', kind: 'number', default: 0.1 }, { name: 'patience', kind: 'int', default: 10 },
      { name: 'cooldown', kind: 'int', default: 0 }, { name: 'min_lr', kind: 'number', default: 0 },
    ],
    call: (_c, a) => {
      if (!(N(a, 'factor') > 0 && N(a, 'factor') < 1)) throw new StdError('DNN2009', `factor must be in (0, 1), got ${N(a, 'factor')}`);
      return {
        kind: 'config', type: 'plateau',
        value: { ...monitor(a), factor: N(a, 'factor'), patience: N(a, 'patience'), cooldown: N(a, 'cooldown'), minLr: N(a, 'min_lr') },
      };
    },
  },
  prune: {
    params: [{ name: 'threshold', kind: 'number' }, { name: 'params', kind: 'patterns', default: '*/kernel' }, { name: 'when', kind: 'string', default: 'end' }],
    call: (_c, a) => {
      const when = a['when'] as string;
      if (when !== 'end' && when !== 'epoch') throw new StdError('DNN2009', `when must be "end" or "epoch", got "${when}"`);
      return { kind: 'config', type: 'prune', value: { threshold: positive('threshold', N(a, 'threshold')), params: patterns(a), when } };
    },
  },
};
