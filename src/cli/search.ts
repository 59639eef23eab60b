// `dnnc search`: random search over a model's numeric definitions (the chapter's advice for
// tuning hyperparameters; Bergstra & Bengio 2012). Each trial compiles the model with sampled
// values, trains a few epochs on the device, and is scored on the validation split.
import { fail } from '../contract/diagnostics.js';
import { mulberry32 } from '../data/dataset.js';
import { openSession, type TrainOptions } from './train.js';

export type Dimension =
  | { readonly name: string; readonly kind: 'log' | 'uniform'; readonly lo: number; readonly hi: number }
  | { readonly name: string; readonly kind: 'int'; readonly lo: number; readonly hi: number }
  | { readonly name: string; readonly kind: 'choice'; readonly values: readonly number[] };

/** "lr=log:1e-4:1e-1; units=int:50:300; batch=choice:20:50:100; p=uniform:0.2:0.6" */
export function parseSpace(text: string): Dimension[] {
  return text.split(';').map((s) => s.trim()).filter(Boolean).map((part) => {
    const m = /^([A-Za-z_][A-Za-z0-9_]*)\s*=\s*(log|uniform|int|choice):(.+)$/.exec(part);
    if (!m) fail('DNN3002', `--space: '${part}' is not NAME=log|uniform|int|choice:...`, ['e.g. --space "lr=log:1e-4:1e-1; units=int:50:300; batch=choice:20:50:100"']);
    const [, name, kind, rest] = m as unknown as [string, string, Dimension['kind'], string];
    const nums = rest.split(':').map(Number);
    if (nums.some((x) => !Number.isFinite(x))) fail('DNN3002', `--space ${name}: '${rest}' are not numbers`);
    if (kind === 'choice') return { name, kind, values: nums };
    const [lo, hi] = nums as [number, number];
    if (nums.length !== 2 || !(lo < hi) || (kind === 'log' && lo <= 0)) fail('DNN3002', `--space ${name}: ${kind} needs low:high with 0 ${kind === 'log' ? '<' : '≤'} low < high`);
    return { name, kind, lo, hi };
  });
}

export function sample(space: readonly Dimension[], rnd: () => number): Record<string, number> {
  const out: Record<string, number> = {};
  for (const d of space) {
    const u = rnd();
    if (d.kind === 'choice') out[d.name] = d.values[Math.floor(u * d.values.length)]!;
    else if (d.kind === 'int') out[d.name] = Math.floor(d.lo + u * (d.hi - d.lo + 1));
    else if (d.kind === 'log') out[d.name] = Number(Math.exp(Math.log(d.lo) + u * (Math.log(d.hi) - Math.log(d.lo))).toPrecision(3));
    else out[d.name] = Number((d.lo + u * (d.hi - d.lo)).toPrecision(3));
  }
  return out;
}

export async function search(opts: TrainOptions & { trials: number; space: string }): Promise<void> {
  const space = parseSpace(opts.space);
  if (!space.length) fail('DNN3002', 'dnnc search needs --space, e.g. --space "lr=log:1e-4:1e-1"');
  const rnd = mulberry32(opts.seed);
  const log = (s: string) => process.stderr.write(s + '\n');
  let best: { score: number; settings: Record<string, number> } | null = null;
  for (let trial = 1; trial <= opts.trials; trial++) {
    const settings = sample(space, rnd);
    const { session } = await openSession({ ...opts, overrides: { ...opts.overrides, ...settings } }, () => {});
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
