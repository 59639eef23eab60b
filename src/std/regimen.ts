// The training regimen beyond the optimizer, as IR: gradient clipping, max-norm constraints,
// weight penalties selected by pattern, early stopping and reduce-on-plateau (decided on the
// GPU at the end of each epoch from the validation accumulators), and magnitude pruning.
import type { Builder } from '../ir/builder.js';
import type { Var } from '../ir/types.js';
import type { Regularizer } from './regularizers.js';

/**
 * Three different clippings, named so they cannot be confused (Keras' `clipnorm` is per tensor,
 * `global_clipnorm` over all; TF's clip_by_norm / clip_by_global_norm):
 *   value:        g ← clamp(g, min, max) componentwise
 *   norm:         g ← g·c / max(‖g‖, c), each tensor on its own
 *   global_norm:  g ← g·c / max(√Σ‖gᵢ‖², c), one factor for all (Pascanu et al. 2013)
 */
export type Clip =
  | { readonly kind: 'value'; readonly min: number; readonly max: number }
  | { readonly kind: 'norm'; readonly norm: number }
  | { readonly kind: 'global_norm'; readonly norm: number };

export function clipGradients(b: Builder, grads: ReadonlyMap<string, Var>, clip: Clip): Map<string, Var> {
  const out = new Map<string, Var>();
  if (clip.kind === 'value') {
    for (const [n, g] of grads) out.set(n, b.min(b.max(g, clip.min), clip.max));
    return out;
  }
  const sq = (g: Var) => b.reduceSum(b.mul(g, g));
  if (clip.kind === 'norm') {
    for (const [n, g] of grads) out.set(n, b.mul(g, b.div(clip.norm, b.max(b.sqrt(sq(g)), clip.norm))));
    return out;
  }
  const total = [...grads.values()].map(sq).reduce((a, s) => b.add(a, s));
  const factor = b.div(clip.norm, b.max(b.sqrt(total), clip.norm));
  for (const [n, g] of grads) out.set(n, b.mul(g, factor));
  return out;
}

/**
 * Max-norm (Srebro et al. 2005; Keras MaxNorm): after each update, w ← w·min(1, c/‖w‖) with the
 * norm taken over `axes` (Keras' default axis 0: for a dense kernel [in, out], each unit's
 * incoming weights). The chapter clips with axes=1 (each input's outgoing weights); both work.
 */
export interface MaxNorm {
  readonly threshold: number;
  readonly axes: readonly number[];
  readonly params: readonly RegExp[];
}

export function applyMaxNorm(b: Builder, w: Var, m: MaxNorm): Var {
  const axes = m.axes.map((a) => (a < 0 ? a + w.type.shape.length : a)).filter((a) => a < w.type.shape.length);
  const norm = b.sqrt(b.reduceSum(b.mul(w, w), axes.length ? axes : undefined, true));
  // ε keeps an all-zero row at zero instead of 0/0.
  return b.mul(w, b.min(b.div(m.threshold, b.add(norm, 1e-7)), 1));
}

export interface PatternRegularizer {
  readonly reg: Regularizer;
  readonly params: readonly RegExp[];
}

/** What an end-of-epoch rule watches: the validation loss or a metric, and which way is better. */
export interface Monitor {
  /** 'loss' or a metric name (without the `val_` prefix). */
  readonly metric: string;
  readonly mode: 'min' | 'max';
  readonly minDelta: number;
}

/** Stop when the monitored value has not improved for `patience` epochs; optionally restore the best weights. */
export interface EarlyStopping extends Monitor {
  /** Checks without improvement before stopping. */
  readonly patience: number;
  readonly restoreBest: boolean;
  /** Epochs between checks (the end-of-epoch rules run on every `interval`-th epoch). */
  readonly interval: number;
}

/** Multiply the learning rate by `factor` after `patience` epochs without improvement (Keras ReduceLROnPlateau). */
export interface Plateau extends Monitor {
  readonly factor: number;
  readonly patience: number;
  readonly cooldown: number;
  readonly minLr: number;
}

/** Zero the weights with |w| < threshold, after every epoch or once at the end. */
export interface Prune {
  readonly threshold: number;
  readonly params: readonly RegExp[];
  readonly when: 'epoch' | 'end';
}

export const prune = (b: Builder, w: Var, threshold: number): Var => b.select(b.lt(b.abs(w), threshold), 0, w);

/** 1 when `value` improves on `best` by more than min_delta in the monitor's direction. */
export function improved(b: Builder, value: Var, best: Var, m: Monitor): Var {
  return m.mode === 'min' ? b.lt(value, b.sub(best, m.minDelta)) : b.gt(value, b.add(best, m.minDelta));
}

export const matches = (name: string, patterns: readonly RegExp[]) => patterns.some((re) => re.test(name));
