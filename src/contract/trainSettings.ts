// The train block's settings, one row each (shaped like the DSL's BUILTINS): the elaborator checks
// a setting by its row's kind and reports the row's `check`, the model's `train` type and the
// artifact's copied fields derive from the rows, and the command line builds the flags that
// override a setting from the row's `flag`. A new setting is one row here plus its use.

/**
 * How a setting's value is checked and what it becomes. Config kinds name the DSL object they
 * take (clip_by_norm(...) makes a `clip`); `…s` kinds also take a list of them.
 */
export type TrainSettingKind =
  | 'positive-int' | 'optimizer' | 'patterns' | 'string' | 'digits' | 'bool' | 'regularizers'
  | 'clip' | 'max-norms' | 'early-stopping' | 'plateau' | 'prune' | 'augment';

/** A command-line flag that overrides the setting (`--epochs 3`). */
export interface TrainSettingFlag {
  /** Commander's spec, e.g. '--epochs <n>'; a flag without `<…>` is a switch. */
  readonly spec: string;
  readonly help: string;
  /** How the flag's text is read (a switch needs none). */
  readonly parse?: 'positive-int' | 'digits' | 'text';
}

export interface TrainSettingRow {
  readonly kind: TrainSettingKind;
  /** The name of the checked value in the model's `train` (and the artifact's, where copied). */
  readonly field: string;
  /**
   * The value when the block does not give one: a number, an empty list, another setting's value
   * (`{ of: 'batch_size' }`), or a library object the elaborator makes (`{ library: … }`, its
   * source text). Absent: the setting is optional.
   */
  readonly default?: number | readonly [] | { readonly of: string } | { readonly library: string };
  /** What a wrong value is told: "<name> <check>, got <the value>". */
  readonly check: string;
  /** What the setting does (for readers of the table and of the docs). */
  readonly doc: string;
  /** Copied as is into the artifact's `train` when set (a value that is not false, 0 or ''): settings the runtime reads. */
  readonly artifact?: true;
  readonly flag?: TrainSettingFlag;
}

const DATA_SETS = 'mnist|fashion-mnist|mnist-pairs|an IDX DIR|FILE.csv|FILE.npz|a DIR with train.csv or train.npz';

/** Every train setting, in the order `known settings` lists them. */
export const TRAIN_SETTINGS = {
  optimizer: {
    kind: 'optimizer', field: 'optimizer', default: { library: 'sgd(learning_rate: 0.01)' },
    check: 'must be an optimizer such as sgd(learning_rate: 0.01)', doc: 'the optimizer and its learning-rate schedule',
  },
  batch_size: {
    kind: 'positive-int', field: 'batchSize', default: 32, check: 'must be a positive integer', doc: 'examples per training step', artifact: true,
    flag: { spec: '--batch-size <n>', help: "examples per training step (default: the model's train block)", parse: 'positive-int' },
  },
  eval_batch_size: {
    kind: 'positive-int', field: 'evalBatchSize', default: { of: 'batch_size' }, check: 'must be a positive integer', artifact: true,
    doc: 'examples per evaluation step (default: batch_size)',
  },
  epochs: {
    kind: 'positive-int', field: 'epochs', default: 10, check: 'must be a positive integer', doc: 'epochs to train', artifact: true,
    flag: { spec: '--epochs <n>', help: "epochs to train (default: the model's train block)", parse: 'positive-int' },
  },
  frozen: {
    kind: 'patterns', field: 'frozen', default: [], check: 'takes parameter patterns as strings, e.g. ["hidden[12]/*"]',
    doc: 'trainable parameters matching any of these patterns are frozen',
  },
  clip: {
    kind: 'clip', field: 'clip', check: 'must be clip_by_value(min, max), clip_by_norm(n) or clip_by_global_norm(n)',
    doc: 'gradient clipping',
  },
  max_norm: {
    kind: 'max-norms', field: 'maxNorm', default: [], check: 'must be max_norm(threshold, axes, params)',
    doc: 'max-norm constraints on parameters, applied after each step',
  },
  regularizer: {
    kind: 'regularizers', field: 'regularizers', default: [], check: 'must be l1(...), l2(...) or l1_l2(...) (or a list of them)',
    doc: 'weight penalties added to the loss',
  },
  early_stopping: {
    kind: 'early-stopping', field: 'earlyStopping', check: 'must be early_stopping(monitor, patience, ...)',
    doc: 'stop when a validation metric stops improving',
  },
  reduce_lr_on_plateau: {
    kind: 'plateau', field: 'plateau', check: 'must be reduce_lr_on_plateau(monitor, factor, patience, ...)',
    doc: 'scale the learning rate down when a validation metric stops improving',
  },
  prune: {
    kind: 'prune', field: 'prune', check: 'must be prune(threshold, params, when)', doc: 'zero small weights after every epoch or once at the end',
  },
  data: {
    kind: 'string', field: 'data', artifact: true,
    check: 'must name a data set ("mnist", "fashion-mnist", "mnist-pairs") or a directory',
    doc: 'the data set the model trains on by default',
    flag: { spec: '--data <set>', help: `the data set: ${DATA_SETS} (default: the model's train block, else mnist)`, parse: 'text' },
  },
  digits: {
    kind: 'digits', field: 'digits', artifact: true, check: 'must be a list of MNIST digits such as [0, 1, 2, 3, 4]',
    doc: 'keep only these MNIST digits',
    flag: { spec: '--digits <digits>', help: 'keep only these MNIST digits, e.g. 0-4 or 1,3,5', parse: 'digits' },
  },
  relabel: {
    kind: 'bool', field: 'relabel', artifact: true, check: 'must be true or false',
    doc: 'number the selected digits 0..k-1 in the order listed (digits 5–9 become classes 0–4)',
    flag: { spec: '--relabel', help: 'number the --digits from 0 in the order given (--digits 5-9 --relabel: classes 0-4)' },
  },
  per_class: {
    kind: 'positive-int', field: 'perClass', check: 'must be a positive integer', artifact: true,
    doc: 'keep only the first N training examples of each class',
    flag: { spec: '--per-class <n>', help: 'keep only the first N training examples of each class', parse: 'positive-int' },
  },
  cache_frozen: {
    kind: 'bool', field: 'cacheFrozen', check: 'must be true or false',
    doc: 'compute the frozen layers once per example: true requires it, false turns it off, absent caches when it can',
  },
  augment: {
    kind: 'augment', field: 'augment', check: 'must be augment(shift: 2, rotate: 10, scale: 0.1)', artifact: true,
    doc: 'random transforms of the training images in the train step\'s feed',
  },
} as const satisfies Readonly<Record<string, TrainSettingRow>>;

export type TrainSettingName = keyof typeof TRAIN_SETTINGS;
type Rows = typeof TRAIN_SETTINGS;

/** The names in table order. */
export const TRAIN_SETTING_NAMES = Object.keys(TRAIN_SETTINGS) as TrainSettingName[];

/** A row by name, typed as a row (for code that reads any row). */
export const trainSetting = (name: TrainSettingName): TrainSettingRow => TRAIN_SETTINGS[name];

/**
 * The checked settings, given what each kind's value is (the std layer supplies the library
 * types): a setting with a default is always present, the others only when given.
 */
export type TrainSettingsOf<V extends Record<TrainSettingKind, unknown>> = {
  readonly [N in TrainSettingName as Rows[N] extends { default: unknown } ? Rows[N]['field'] : never]: V[Rows[N]['kind']];
} & {
  readonly [N in TrainSettingName as Rows[N] extends { default: unknown } ? never : Rows[N]['field']]?: V[Rows[N]['kind']];
};

/** The fields a row copies into the artifact. */
export type ArtifactSettingField = { [N in TrainSettingName]: Rows[N] extends { artifact: true } ? Rows[N]['field'] : never }[TrainSettingName];

/** The command-line flags that override a setting, by the setting's field. */
export type FlagField = { [N in TrainSettingName]: Rows[N] extends { flag: unknown } ? Rows[N]['field'] : never }[TrainSettingName];

/** The settings a row copies into the artifact's `train`, typed by what each kind is there. */
export type ArtifactSettingsOf<V extends Record<TrainSettingKind, unknown>> = Pick<TrainSettingsOf<V>, ArtifactSettingField>;

/** The settings rows mark `artifact` that are set (not absent, false, 0 or ''), copied from a model's checked settings. */
export function artifactSettings(train: Readonly<Record<string, unknown>>): Record<string, unknown> {
  const out: Record<string, unknown> = {};
  for (const name of TRAIN_SETTING_NAMES) {
    const row = trainSetting(name);
    if (row.artifact && train[row.field]) out[row.field] = train[row.field];
  }
  return out;
}

type FlagRows = { [N in TrainSettingName as Rows[N] extends { flag: unknown } ? Rows[N]['field'] : never]: Rows[N] };
type FlagValue<R> = R extends { flag: { parse: 'positive-int' } } ? number : R extends { flag: { parse: 'digits' } } ? number[] : R extends { flag: { parse: 'text' } } ? string : boolean;

/** The values of the flags that override a setting, by the setting's field (commander's name for the flag). */
export type SettingFlags = { [F in keyof FlagRows]?: FlagValue<FlagRows[F]> };

/** The settings a command-line flag overrides. */
export const FLAG_SETTINGS = TRAIN_SETTING_NAMES.filter((n) => trainSetting(n).flag);
