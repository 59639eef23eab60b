// The training loop: the model's whole regimen, epoch by epoch, exactly as `dnnc train` runs it
// (the CLI calls this too, so embedders and the CLI share one implementation). Per epoch: train,
// prune (when the model prunes every epoch), evaluate the validation split with the end-of-epoch
// rules on the GPU (early stopping, reduce-on-plateau) every `interval` epochs, report, stop when
// early stopping says so (restoring the best weights if the model asks); after the last epoch,
// prune once when the model prunes at the end.
import { fail } from '../contract/diagnostics.js';
import type { Artifact } from '../contract/artifact.js';
import { ENTRY } from '../contract/protocol.js';
import type { EvalResult, Session } from './session.js';

export interface FitEpoch {
  /** 1-based. */
  readonly epoch: number;
  /** The number of epochs the run was asked for. */
  readonly epochs: number;
  /** Mean training loss and metrics over the epoch's batches. */
  readonly loss: number;
  readonly metrics: Record<string, number>;
  readonly steps: number;
  readonly seconds: number;
  /** The validation split's loss and metrics after the epoch (inference mode). */
  readonly val: { readonly loss: number; readonly metrics: Record<string, number> };
  /** The model's accuracy-like validation metric (see accuracyMetric), NaN when it has none. */
  readonly valAccuracy: number;
  /** Reduce-on-plateau's learning-rate factor after this epoch (1: unchanged), when the model has one. */
  readonly lrScale?: number;
  /** Early stopping says to stop after this epoch. */
  readonly stop: boolean;
}

export interface FitOptions {
  /** Default: the model's `epochs`. */
  epochs?: number;
  /** Called after each epoch's evaluation; return false (or a promise of it) to stop after this epoch. */
  onEpoch?: (e: FitEpoch) => void | boolean | Promise<void | boolean>;
  /** Called as the epoch's submitted steps complete. */
  onProgress?: (epoch: number, done: number, total: number) => void;
  /** Epochs already trained (a run resumed from a checkpoint): numbering continues after them, up to `epochs` in all. */
  initialEpoch?: number;
  /** The split evaluated after each epoch (default 'val'). */
  valSplit?: string;
}

export interface FitResult {
  readonly history: readonly FitEpoch[];
  /** Epochs completed. */
  readonly epochs: number;
  readonly stoppedEarly: boolean;
  /** Early stopping restored the best weights (the model's restore_best). */
  readonly restoredBest: boolean;
  /** onEpoch asked to stop: nothing ran after that epoch (no restore, no final prune). */
  readonly interrupted: boolean;
}

/** The accuracy-like metric reported as val_accuracy: one named accuracy, else the first. */
export function accuracyMetric(a: Artifact): string | undefined {
  return a.metrics.find((m) => m === 'accuracy') ?? a.metrics[0];
}

/**
 * What the model computes differently from a plain training run, one line each, for headers and
 * summaries: the frozen-layer cache (what it holds; where and why it stops early) and augmentation.
 */
export function trainingNotes(a: Artifact): string[] {
  const notes: string[] = [];
  const c = a.train.cache;
  if (c) {
    const stop = c.stop ? `; stops at ${c.stop}` : '';
    const evaluation = c.eval ? ', and for evaluation once per split' : '';
    if (c.layers.length) notes.push(`caching ${c.layers.join(', ')} (frozen: computed once per training run${evaluation})${stop}`);
    else if (c.eval) notes.push(`caching frozen layers for evaluation only (once per split); training does not: ${c.stop ?? 'nothing to cache'}`);
    else notes.push(`frozen layers not cached: ${c.stop ?? 'nothing to cache'}`);
  }
  const g = a.train.augment;
  if (g) {
    const parts = [g.shift && `shift ±${g.shift} px`, g.rotate && `rotate ±${g.rotate}°`, g.scale && `scale ±${g.scale}`].filter(Boolean);
    notes.push(`augmenting ${g.image[0]}×${g.image[1]} training images: ${parts.join(', ')}`);
  }
  return notes;
}

export async function fit(session: Session, opts: FitOptions = {}): Promise<FitResult> {
  const a = session.artifact;
  const epochs = opts.epochs ?? a.train.epochs;
  if (!Number.isInteger(epochs) || epochs < 1) fail('DNN6033', `fit: epochs must be a positive integer, got ${String(epochs)}`);
  const valSplit = opts.valSplit ?? 'val';
  // Checked before training, not after the first epoch's work.
  for (const split of ['train', valSplit]) {
    if (!session.hasData(split)) fail('DNN4001', `fit needs '${split}' data: call setData('${split}', ...) first`, split === valSplit ? ['fit evaluates this split after every epoch (early stopping and reduce-on-plateau watch it)'] : []);
  }
  const stopping = a.train.earlyStopping;
  const acc = accuracyMetric(a);
  const history: FitEpoch[] = [];
  for (let epoch = (opts.initialEpoch ?? 0) + 1; epoch <= epochs; epoch++) {
    const r = await session.trainEpoch((done, total) => opts.onProgress?.(epoch, done, total));
    if (a.train.prune === 'epoch') await session.run(ENTRY.prune);
    // The end-of-epoch rules (early stopping, reduce-on-plateau) run every `interval` epochs.
    const v: EvalResult = await session.evaluate(valSplit, { endOfEpoch: epoch % (stopping?.interval ?? 1) === 0 });
    const e: FitEpoch = {
      epoch, epochs, loss: r.loss, metrics: r.metrics, steps: r.steps, seconds: r.seconds,
      val: { loss: v.loss, metrics: v.metrics }, valAccuracy: acc ? v.metrics[acc]! : NaN,
      ...(v.lrScale !== undefined ? { lrScale: v.lrScale } : {}), stop: v.stop === true,
    };
    history.push(e);
    const goOn = await opts.onEpoch?.(e);
    checkFinite(e, valSplit);
    if (goOn === false) return { history, epochs: epoch, stoppedEarly: false, restoredBest: false, interrupted: true };
    if (e.stop) {
      if (stopping?.restoreBest) await session.run(ENTRY.restore_best);
      return await finish(session, { history, epochs: epoch, stoppedEarly: true, restoredBest: stopping?.restoreBest === true, interrupted: false });
    }
  }
  return await finish(session, { history, epochs, stoppedEarly: false, restoredBest: false, interrupted: false });
}

/** True when the epoch's training and validation losses are both finite (the run has not diverged). */
export function epochFinite(e: FitEpoch): boolean {
  return Number.isFinite(e.loss) && Number.isFinite(e.val.loss);
}

/** Stops the run (DNN5004) when a loss is NaN or infinite: nothing after it means anything. */
function checkFinite(e: FitEpoch, valSplit: string): void {
  if (!Number.isFinite(e.loss)) fail('DNN5004', `training diverged: the training loss is ${e.loss} in epoch ${e.epoch}`, DIVERGED_HINT);
  if (!Number.isFinite(e.val.loss)) fail('DNN5004', `training diverged: the ${valSplit} loss is ${e.val.loss} after epoch ${e.epoch}`, DIVERGED_HINT);
}

/** Stops with DNN5004 when a final evaluation's loss is not finite (the model diverged). */
export function checkFiniteLoss(loss: number, split: string): void {
  if (!Number.isFinite(loss)) fail('DNN5004', `training diverged: the ${split} loss is ${loss}`, DIVERGED_HINT);
}

const DIVERGED_HINT = ['try a smaller learning rate, or gradient clipping (clip = clip_by_global_norm(5))'];

async function finish(session: Session, r: FitResult): Promise<FitResult> {
  if (session.artifact.train.prune === 'end') await session.run(ENTRY.prune);
  return r;
}
