// `dnnc search`: random search over a model's numeric definitions (the chapter's advice for
// tuning hyperparameters; Bergstra & Bengio 2012). Each trial compiles the model with sampled
// values, trains on the device as `dnnc train` does (the runtime's fit: the model's early
// stopping, reduce-on-plateau and pruning), and is scored on the validation split after each
// epoch. `--plan` writes the trials out for a batch scheduler instead (searchPlan.ts), and
// `--collect` ranks their results (searchCollect.ts) with the same score and the same report.
import { DnnError } from '../contract/diagnostics.js';
import { mulberry32 } from '../data/dataset.js';
import { accuracyMetric, fit } from '../runtime/fit.js';
import { openSession, type TrainOptions } from './train.js';
import { sample, type Dimension } from './space.js';

export { parseSpace, sample, type Dimension } from './space.js';

export type SearchOptions = TrainOptions & { trials: number; space: readonly Dimension[] };

/** One epoch as the score sees it: null (JSON's NaN) or a number for each loss and the metric. */
export interface ScoredEpoch {
  loss: number | null;
  val_loss: number | null;
  /** The accuracy-like validation metric (accuracyMetric), null when the model has none. */
  val_metric: number | null;
}

/** A trial's outcome: its best validation score and the validation loss at that epoch, or diverged. */
export interface TrialScore {
  score: number;
  valLoss: number;
  diverged: boolean;
}

/** A trial as reported: its number, its sampled settings, its score. */
export interface TrialReport extends TrialScore {
  trial: number;
  settings: Record<string, number>;
}

const finite = (x: number | null): x is number => x !== null && Number.isFinite(x);

/**
 * The score of a trial from its epochs, in order: higher is better, the accuracy-like metric when
 * the model has one (`metric`), else the negated validation loss; the best epoch counts. The first
 * epoch whose training or validation loss is not finite ends it (the run diverged; its metrics mean
 * nothing): the trial keeps its best score before that, and is 'diverged' when it had none.
 */
export function scoreEpochs(epochs: readonly ScoredEpoch[], metric: string | null): TrialScore {
  let score = -Infinity;
  let valLoss = NaN;
  for (const e of epochs) {
    if (!finite(e.loss) || !finite(e.val_loss)) break;
    const s = metric ? e.val_metric : -e.val_loss;
    if (finite(s) && s > score) [score, valLoss] = [s, e.val_loss];
  }
  return { score, valLoss, diverged: score === -Infinity };
}

/** The name of the score's column: val_accuracy (the metric's name) or neg_val_loss. */
export const scoreName = (metric: string | null): string => (metric ? `val_${metric}` : 'neg_val_loss');

const settingsText = (s: Record<string, number>, sep: string) => Object.entries(s).map(([k, v]) => `${k}=${v}`).join(sep);

/** Prints one trial: a JSON line on stdout (--json), else a line on stderr. */
export function reportTrial(r: TrialReport, trials: number, metric: string | null, json: boolean): void {
  if (json) {
    const line = { trial: r.trial, ...r.settings, [scoreName(metric)]: r.diverged ? null : r.score, val_loss: r.diverged ? null : r.valLoss };
    process.stdout.write(JSON.stringify(line) + '\n');
  } else {
    const score = r.diverged ? 'diverged' : `${metric ? `val_${metric}` : '−val_loss'} ${r.score.toFixed(4)}`;
    process.stderr.write(`trial ${r.trial}/${trials}  ${settingsText(r.settings, ' ')}  →  ${score}\n`);
  }
}

/** The best trial: the highest score, the earliest trial among equals; a line on stderr (not with --json). */
export function reportBest(reports: readonly TrialReport[], json: boolean): void {
  let best: TrialReport | null = null;
  for (const r of reports) if (!best || r.score > best.score) best = r;
  if (best && !json) process.stderr.write(`best: ${best.score.toFixed(4)} with --set ${settingsText(best.settings, ',')}\n`);
}

/** The local search: each trial in turn on this machine. */
export async function search(opts: SearchOptions): Promise<void> {
  const rnd = mulberry32(opts.seed);
  const reports: TrialReport[] = [];
  for (let trial = 1; trial <= opts.trials; trial++) {
    const settings = sample(opts.space, rnd);
    const { session, compile } = await openSession({ ...opts, overrides: { ...opts.overrides, ...settings } }, () => {});
    const metric = accuracyMetric(session.artifact) ?? null;
    const epochs: ScoredEpoch[] = [];
    try {
      await fit(session, { onEpoch: (e) => void epochs.push({ loss: e.loss, val_loss: e.val.loss, val_metric: metric ? e.valAccuracy : null }) });
    } catch (e) {
      // fit stops a diverged run (DNN5004) after reporting its epoch: scored as it stands.
      if (!(e instanceof DnnError && e.diagnostics.some((d) => d.code === 'DNN5004'))) throw e;
    } finally {
      session.destroy();
      // The wasm device is this trial's own (its worker threads stop); a WebGPU one is the process's.
      if (compile.backend === 'wasm') session.device.destroy();
    }
    const report = { trial, settings, ...scoreEpochs(epochs, metric) };
    reports.push(report);
    reportTrial(report, opts.trials, metric, opts.json);
  }
  reportBest(reports, opts.json);
}
