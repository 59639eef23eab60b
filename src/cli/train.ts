// `dnnc train` and `dnnc eval`: compile, open the device, upload the data once, and run epochs.
import { compileSource } from '../compiler/compile.js';
import { fail } from '../contract/diagnostics.js';
import { loadDataset, type Dataset, type LoadDatasetOptions, type Split } from '../data/index.js';
import type { DataSplit, Session } from '../runtime/session.js';
import { Session as RuntimeSession } from '../runtime/session.js';
import { accuracyMetric, checkFiniteLoss, epochFinite, fit, trainingNotes } from '../runtime/fit.js';
import { getSharedNodeDevice } from '../runtime/node.js';
import { checkWritable, MAX_CHECKPOINT_BYTES, readFileOrFail, writeFileAtomic } from '../runtime/files.js';
import { planRestore, type RestorePattern, type RestorePlan } from '../runtime/checkpoint.js';
import type { Artifact } from '../contract/artifact.js';
import { readSource, resolveImport } from './source.js';
import { globToRegExp } from '../dsl/glob.js';
import { ProgressBar } from './progress.js';

export interface TrainOptions {
  file: string;
  epochs?: number;
  batchSize?: number;
  data?: string;
  seed: number;
  json: boolean;
  save?: string;
  checkpoint?: string;
  /** New values for the model's numeric definitions (`--set lr=0.001`). */
  overrides?: Record<string, number>;
  /** With `checkpoint`: restore only the state whose names match these patterns. */
  restore?: string[];
  /** Keep only these MNIST digits (exercise 8 trains on 0–4). */
  digits?: number[];
  /** Number the digits 0..k-1 in the order listed (with `digits`, or the train block's). */
  relabel?: boolean;
  /** Keep only the first N training examples of each class. */
  perClass?: number;
}

export interface EpochLine {
  epoch: number;
  loss: number;
  val_loss: number;
  val_accuracy: number;
  seconds: number;
}

const toSplit = (s: Split): DataSplit => ({ count: s.count, features: [s.x, ...(s.more ?? [])], labels: s.y });

function checkDataFits(a: Artifact, d: Dataset): void {
  const features = a.inputs.find((i) => i.role === 'features')!;
  const per = features.example.reduce((x, y) => x * y, 1);
  if (per !== d.features) {
    fail('DNN4001', `the model's input ${features.name} takes ${per} features per example; the data set '${d.name}' has ${d.features}`);
  }
}

export async function openSession(opts: TrainOptions, log: (s: string) => void): Promise<{ session: Session; data: Dataset }> {
  if (opts.restore && !opts.checkpoint) fail('DNN4016', '--restore needs --checkpoint, the file to restore from', ["e.g. --checkpoint pre.safetensors --restore 'hidden[12]/*'"]);
  const { artifact } = compileSource(readSource(opts.file), {
    epochs: opts.epochs, batchSize: opts.batchSize, maxStorageBuffers: 8, resolveImport, overrides: opts.overrides,
  });
  // The checkpoint is read and checked against the model before the data and the device open.
  const restore = opts.checkpoint ? planCheckpoint(artifact, opts.checkpoint, opts.restore) : undefined;
  const data = loadDataset(opts.data ?? artifact.train.data, dataOptions(opts, artifact));
  checkDataFits(artifact, data);
  const h = await getSharedNodeDevice();
  log(`device: ${h.adapterInfo.description || h.adapterInfo.device} (${h.adapterInfo.backend}, ${h.adapterInfo.featureLevel})`);
  const session = await RuntimeSession.create(h.device, artifact);
  session.setData('train', toSplit(data.train));
  session.setData('val', toSplit(data.val));
  session.setData('test', toSplit(data.test));
  await session.init(opts.seed);
  if (restore) log(`restored ${session.restore(restore).length} tensors from ${opts.checkpoint}`);
  return { session, data };
}

/** The data options of the command line, falling back to the model's train block setting by setting. */
export function dataOptions(opts: Pick<TrainOptions, 'digits' | 'relabel' | 'perClass'>, artifact: Artifact): LoadDatasetOptions {
  const digits = opts.digits ?? artifact.train.digits;
  const relabel = opts.relabel ?? artifact.train.relabel ?? false;
  if (relabel && !digits) fail('DNN3002', '--relabel numbers the selected digits from 0, but no digits are selected', ['add e.g. --digits 5-9']);
  const perClass = opts.perClass ?? artifact.train.perClass;
  return { ...(digits ? { digits } : {}), ...(relabel ? { remap: true } : {}), ...(perClass !== undefined ? { perClass } : {}) };
}

/** Reads `path` and decides what to restore from it: all of the model's state, or what `restore` names. */
export function planCheckpoint(artifact: Artifact, path: string, restore?: readonly string[]): RestorePlan {
  const patterns = restore?.map((text): RestorePattern => {
    const re = globToRegExp(text);
    return { text, matches: (name) => re.test(name) };
  });
  return planRestore(artifact, readFileOrFail(path, 'checkpoint', MAX_CHECKPOINT_BYTES), { what: path, patterns });
}

/** Trains; returns the exit status (130 when interrupted by Ctrl-C). */
export async function train(opts: TrainOptions): Promise<number> {
  const log = (s: string) => process.stderr.write(s + '\n');
  // Found out now, not after the whole run: a --save that cannot be written.
  if (opts.save) checkWritable(opts.save, '--save');
  const { session, data } = await openSession(opts, opts.json ? () => {} : log);
  const a = session.artifact;
  const acc = accuracyMetric(a);
  const epochs = a.train.epochs;
  if (!opts.json) {
    log(`model ${a.model}: ${a.params.length} trainable tensors, data ${data.name} (${data.train.count}/${data.val.count}/${data.test.count}), batch ${a.train.batchSize}, ${epochs} epochs`);
    for (const note of trainingNotes(a)) log(note);
  }
  const bar = !opts.json && process.stderr.isTTY ? new ProgressBar(process.stderr) : null;
  const stopping = a.train.earlyStopping;
  // With --save, the checkpoint is rewritten (atomically) after every epoch, so an interrupted
  // run keeps its last completed epoch; Ctrl-C waits for no more than the current epoch's end.
  const save = async (epoch: number) => {
    if (opts.save) writeFileAtomic(opts.save, await session.saveCheckpoint({ epoch: String(epoch), seed: String(opts.seed) }));
  };
  let interrupted = false;
  const onSigint = () => {
    if (interrupted) process.exit(130);
    interrupted = true;
    log('\ninterrupted: stopping after this epoch (Ctrl-C again to quit now)');
  };
  process.on('SIGINT', onSigint);
  // Removed however the run ends (a divergence throws DNN5004).
  try {
    // The regimen (early stopping, reduce-on-plateau, pruning) is the runtime's fit, shared with
    // embedders; the CLI adds the output, the per-epoch checkpoint and Ctrl-C.
    const result = await fit(session, {
      epochs,
      onProgress: (epoch, done, total) => bar?.update(`epoch ${epoch}/${epochs}`, done, total),
      onEpoch: async (e) => {
        bar?.clear();
        const line: EpochLine = { epoch: e.epoch, loss: e.loss, val_loss: e.val.loss, val_accuracy: e.valAccuracy, seconds: round(e.seconds, 3) };
        if (opts.json) process.stdout.write(JSON.stringify(line) + '\n');
        else log(`epoch ${String(e.epoch).padStart(String(epochs).length)}/${epochs}  loss ${fmt(e.loss)}  val_loss ${fmt(e.val.loss)}  val_${acc ?? 'accuracy'} ${fmt(line.val_accuracy)}  ${e.seconds.toFixed(1)}s`);
        // fit reports the divergence; a non-finite model is never saved over the last good checkpoint.
        if (!epochFinite(e)) return;
        if (e.lrScale !== undefined && e.lrScale !== 1 && !opts.json) log(`  learning rate scaled by ${e.lrScale.toPrecision(3)} (reduce on plateau)`);
        if (interrupted) return false;
        if (e.epoch < epochs && !e.stop) await save(e.epoch);
      },
    });
    const done = result.epochs;
    if (result.interrupted) {
      await save(done);
      if (opts.save) log(`saved ${opts.save} (epoch ${done})`);
      return 130;
    }
    if (result.stoppedEarly && !opts.json) {
      log(`early stopping: val_${stopping?.monitor ?? 'loss'} has not improved for ${stopping?.patience} checks`);
      if (result.restoredBest) log('restored the best weights');
    }
    const stepSeconds = result.history.reduce((t, e) => t + e.seconds, 0);
    const steps = result.history.reduce((t, e) => t + e.steps, 0);
    const t = await session.evaluate('test');
    checkFiniteLoss(t.loss, 'test');
    const perStep = session.artifact.entries['train_step']!.filter((s) => 'dispatch' in s).length;
    if (!opts.json) {
      log(`test_loss ${fmt(t.loss)}  test_${acc ?? 'accuracy'} ${fmt(acc ? t.metrics[acc]! : NaN)}  (${(1000 * stepSeconds / Math.max(1, steps)).toFixed(1)} ms/step, ${perStep} dispatches/step)`);
    }
    if (opts.save) {
      await save(done);
      if (!opts.json) log(`saved ${opts.save}`);
    }
    return 0;
  } finally {
    process.off('SIGINT', onSigint);
  }
}

export async function evaluate(opts: TrainOptions & { split: string }): Promise<void> {
  if (!opts.checkpoint) process.stderr.write('dnnc: warning: no --checkpoint given; evaluating freshly initialized weights\n');
  const { session } = await openSession(opts, opts.json ? () => {} : (s) => process.stderr.write(s + '\n'));
  const r = await session.evaluate(opts.split);
  const out = { split: opts.split, loss: r.loss, ...r.metrics };
  if (opts.json) process.stdout.write(JSON.stringify(out) + '\n');
  else process.stdout.write(`${opts.split}: loss ${fmt(r.loss)}  ${Object.entries(r.metrics).map(([k, v]) => `${k} ${fmt(v)}`).join('  ')}\n`);
}

const fmt = (x: number) => (Number.isFinite(x) ? x.toFixed(4) : String(x));
const round = (x: number, d: number) => Math.round(x * 10 ** d) / 10 ** d;

/** `dnnc predict`: the model's declared outputs for the first examples of a split. */
export async function predict(opts: TrainOptions & { split: string; limit: number }): Promise<void> {
  if (!opts.checkpoint) process.stderr.write('dnnc: warning: no --checkpoint given; predicting with freshly initialized weights\n');
  const { session, data } = await openSession(opts, () => {});
  const a = session.artifact;
  if (!a.outputs.length) fail('DNN3001', 'the model declares no `output`, so it has nothing to predict', ['add e.g. `output probabilities = softmax(logits)`']);
  if (a.inputs.filter((i) => i.role === 'features').length !== 1) fail('DNN3002', 'dnnc predict feeds models with one feature input');
  const split = opts.split === 'train' ? data.train : opts.split === 'val' ? data.val : opts.split === 'test' ? data.test : fail('DNN3002', `--split takes train, val or test, got '${opts.split}'`);
  const n = Math.min(opts.limit, split.count);
  const per = data.features;
  const x = split.xEncoding === 'u8' ? Float32Array.from(split.x.subarray(0, n * per), (v) => v / 255) : Float32Array.from(split.x.subarray(0, n * per));
  const out = await session.predict(x, n);
  for (let i = 0; i < n; i++) {
    const row: Record<string, unknown> = { index: i, label: split.y[i] };
    for (const name of a.outputs) {
      const v = out[name]!;
      const w = v.length / n;
      const values = Array.from(v.subarray(i * w, (i + 1) * w), (z) => Math.round(z * 1e6) / 1e6);
      row[name] = values;
      if (w > 1) row[`${name}_argmax`] = values.indexOf(Math.max(...values));
    }
    process.stdout.write(opts.json ? JSON.stringify(row) + '\n' : `${Object.entries(row).map(([k, v]) => `${k} ${Array.isArray(v) ? v.map((z) => z.toFixed(3)).join(',') : v}`).join('  ')}\n`);
  }
}
