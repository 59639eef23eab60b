// A model as the front end hands it to the model driver: its inputs, a function that builds the
// network in any program context, and the train block's settings. The DSL's elaborator makes
// one; tests and embedders may write one by hand.
import type { ArtifactInput, Augment } from '../contract/artifact.js';
import type { Span } from '../contract/diagnostics.js';
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
  readonly train: {
    readonly batchSize: number;
    readonly evalBatchSize: number;
    readonly epochs: number;
    readonly learningRate: Schedule;
    readonly optimizer: OptimizerSpec;
    /** Trainable parameters matching any of these are frozen. */
    readonly frozen: readonly RegExp[];
    readonly clip?: Clip;
    readonly maxNorm?: readonly MaxNorm[];
    readonly regularizers?: readonly PatternRegularizer[];
    readonly earlyStopping?: EarlyStopping;
    readonly plateau?: Plateau;
    readonly prune?: Prune;
    /**
     * Compute the frozen layers once per example instead of every step: true requires it, false
     * turns it off, absent caches whenever the frozen prefix is a per-example function.
     */
    readonly cacheFrozen?: boolean;
    /** Random transforms of the training images in the train step's feed. */
    readonly augment?: Augment;
    /** The data set the model trains on by default (the command line may override). */
    readonly data?: string;
    readonly digits?: readonly number[];
    /** Number the selected digits 0..k-1 in the order listed (digits 5–9 become classes 0–4). */
    readonly relabel?: boolean;
    /** Keep only the first N training examples of each class. */
    readonly perClass?: number;
  };
}
