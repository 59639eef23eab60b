// `dnnc search`: random search over a model's numeric definitions (the chapter's advice for
// tuning hyperparameters; Bergstra & Bengio 2012). Each trial compiles the model with sampled
// values, trains a few epochs on the device, and is scored on the validation split.
import { mulberry32 } from '../data/dataset.js';
import { openSession, type TrainOptions } from './train.js';
import { sample, type Dimension } from './space.js';

export { parseSpace, sample, type Dimension } from './space.js';

export async function search(opts: TrainOptions & { trials: number; space: readonly Dimension[] }): Promise<void> {
  const space = opts.space;
  const rnd = mulberry32(opts.seed);
  const log = (s: string) => process.stderr.write(s + '\n');
  let best: { score: number; settings: Record<string, number> } | null = null;
  for (let trial = 1; trial <= opts.trials; trial++) {
    const settings = sample(space, rnd);
    const { session, compile } = await openSession({ ...opts, overrides: { ...opts.overrides, ...settings } }, () => {});
    const metric = session.artifact.metrics.find((m) => m === 'accuracy') ?? session.artifact.metrics[0];
    let score = -Infinity;
    let valLoss = NaN;
    for (let e = 0; e < session.artifact.train.epochs; e++) {
      const r = await session.trainEpoch();
      if (!Number.isFinite(r.loss)) break; // diverged: keep its best score so far
      const v = await session.evaluate('val');
      if (!Number.isFinite(v.loss)) break; // diverged (its metrics mean nothing)
      // Higher is better: the accuracy-like metric, or the negated loss when there is none.
      const s = metric ? v.metrics[metric]! : -v.loss;
      if (s > score) [score, valLoss] = [s, v.loss];
    }
    session.destroy();
    // The wasm device is this trial's own (its worker threads stop); a WebGPU one is the process's.
    if (compile.backend === 'wasm') session.device.destroy();
    const diverged = score === -Infinity;
    const line = { trial, ...settings, [metric ? `val_${metric}` : 'neg_val_loss']: diverged ? null : score, val_loss: diverged ? null : valLoss };
    if (opts.json) process.stdout.write(JSON.stringify(line) + '\n');
    else log(`trial ${trial}/${opts.trials}  ${Object.entries(settings).map(([k, v]) => `${k}=${v}`).join(' ')}  →  ${diverged ? 'diverged' : `${metric ? `val_${metric}` : '−val_loss'} ${score.toFixed(4)}`}`);
    if (!best || score > best.score) best = { score, settings };
  }
  if (best && !opts.json) {
    log(`best: ${best.score.toFixed(4)} with --set ${Object.entries(best.settings).map(([k, v]) => `${k}=${v}`).join(',')}`);
  }
}
