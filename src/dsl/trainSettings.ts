// How the elaborator checks a train setting, by its row's kind (src/contract/trainSettings.ts):
// what each kind accepts and becomes. A wrong value (or list item) is reported with the row's
// `check`; the cross-setting rules (relabel needs digits, ...) stay in the elaborator.
import type { TrainSettingKind } from '../contract/trainSettings.js';
import type { TrainSettingValues } from '../std/model.js';
import { sgd } from '../std/optimizers.js';
import { constant } from '../std/schedules.js';
import type { Schedule } from '../std/schedules.js';
import { globToRegExp } from './glob.js';
import type { Value } from './values.js';

/** What an item check returns for a value it does not accept. */
export const BAD: unique symbol = Symbol('bad');

/** The optimizer setting keeps its schedule until the elaborator splits it off. */
export type CheckedValues = Omit<TrainSettingValues, 'optimizer'> & { optimizer: { spec: TrainSettingValues['optimizer']; learningRate: Schedule } };

export interface KindCheck<K extends TrainSettingKind> {
  /** A list value is checked item by item (each bad item reported), and the good ones kept. */
  readonly many?: true;
  /** The value (or one list item, for `many`) as checked, or BAD. */
  item(v: Value): (K extends keyof ManyItem ? ManyItem[K] : CheckedValues[K]) | typeof BAD;
  /** The value of a `{ library: … }` default. */
  library?(): CheckedValues[K];
}

interface ManyItem {
  patterns: RegExp;
  regularizers: TrainSettingValues['regularizers'][number];
  'max-norms': TrainSettingValues['max-norms'][number];
}

/** A DSL config object of `type` (e.g. clip_by_norm(...) makes a 'clip'). */
const config = <T>(type: string) => (v: Value): T | typeof BAD => (v.kind === 'config' && v.type === type ? (v.value as T) : BAD);

const isDigit = (v: Value) => v.kind === 'num' && Number.isInteger(v.value) && v.value >= 0 && v.value <= 9;

export const KIND_CHECKS: { readonly [K in TrainSettingKind]: KindCheck<K> } = {
  'positive-int': { item: (v) => (v.kind === 'num' && Number.isInteger(v.value) && v.value >= 1 ? v.value : BAD) },
  optimizer: {
    item: (v) => (v.kind === 'optimizer' ? { spec: v.spec, learningRate: v.learningRate } : BAD),
    library: () => ({ spec: sgd(), learningRate: constant(0.01) }),
  },
  patterns: { many: true, item: (v) => (v.kind === 'str' ? globToRegExp(v.value) : BAD) },
  string: { item: (v) => (v.kind === 'str' ? v.value : BAD) },
  digits: {
    item: (v) => {
      const items = v.kind === 'list' ? v.items : [v];
      return items.every(isDigit) ? items.map((i) => (i as { value: number }).value) : BAD;
    },
  },
  bool: { item: (v) => (v.kind === 'bool' ? v.value : BAD) },
  regularizers: { many: true, item: (v) => (v.kind === 'regularizer' ? { reg: v.reg, params: v.params.map(globToRegExp) } : BAD) },
  clip: { item: config('clip') },
  'max-norms': { many: true, item: config('max_norm') },
  'early-stopping': { item: config('early_stopping') },
  plateau: { item: config('plateau') },
  prune: { item: config('prune') },
  augment: { item: config('augment') },
};
