// A model as the front end hands it to the model driver: its inputs, a function that builds the
// network in any program context, and the train block's settings. The DSL's elaborator makes
// one; tests and embedders may write one by hand.
import type { ArtifactInput, Augment } from '../contract/artifact.js';
import type { Span } from '../contract/diagnostics.js';
import type { TrainSettingsOf } from '../contract/trainSettings.js';
import type { Var } from '../ir/types.js';
import type { ProgramContext } from './context.js';
import type { OptimizerSpec } from './optimizers.js';
import type { Clip, EarlyStopping, MaxNorm, PatternRegularizer, Plateau, Prune } from './regimen.js';
import type { Schedule } from './schedules.js';

export interface ForwardResult {
  readonly loss?: Var;
  readonly metrics: readonly [string, Var][];
  readonly outputs: readonly [string, Var][];
}

export interface ModelDefinition {
  readonly name: string;
  readonly inputs: readonly ArtifactInput[];
  /** Where the model's parts are written, for errors found while building it (absent: no source). */
  readonly spans?: { readonly model?: Span; readonly train: Readonly<Record<string, Span>> };
  /** Builds the network in `ctx` (called once per entry point, in its mode and batch size). */
  forward(ctx: ProgramContext, inputs: ReadonlyMap<string, Var>): ForwardResult;
  /** The train block's settings (src/contract/trainSettings.ts), checked, and the optimizer's schedule. */
  readonly train: TrainSettings;
}

/** What each kind of train setting is once checked. */
export interface TrainSettingValues {
  'positive-int': number;
  optimizer: OptimizerSpec;
  /** Trainable parameters matching any of these. */
  patterns: readonly RegExp[];
  string: string;
  digits: readonly number[];
  bool: boolean;
  regularizers: readonly PatternRegularizer[];
  clip: Clip;
  'max-norms': readonly MaxNorm[];
  'early-stopping': EarlyStopping;
  plateau: Plateau;
  prune: Prune;
  augment: Augment;
}

export type TrainSettings = TrainSettingsOf<TrainSettingValues> & { readonly learningRate: Schedule };
