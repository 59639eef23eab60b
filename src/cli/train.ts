// `dnnc train` and `dnnc eval`: compile, open the device, upload the data once, and run epochs.
import { compileSource } from '../compiler/compile.js';
import { fail } from '../contract/diagnostics.js';
import { DATASET_NAMES, loadDataset, type Dataset, type LoadDatasetOptions, type Split } from '../data/index.js';
import { openIdxRows, type DiskDataset, type RowSplit } from '../data/rows.js';
import { openNpzRows } from '../data/npzRows.js';
import type { DataSplit, Session } from '../runtime/session.js';
import { DEFAULT_DATA_BUDGET, type StreamedData } from '../runtime/stream.js';
import { Session as RuntimeSession } from '../runtime/session.js';
import { accuracyMetric, checkFiniteLoss, epochFinite, fit, trainingNotes, type FitEpoch, type FitResult } from '../runtime/fit.js';
import { backendLine, openBackend, type Backend } from './backend.js';
import { checkWritable, MAX_CHECKPOINT_BYTES, readFileOrFail, writeFileAtomic } from '../runtime/files.js';
import { planRestore, WEIGHTS_ONLY, type RestorePattern, type RestorePlan } from '../runtime/checkpoint.js';
import type { Artifact, KernelShapes } from '../contract/artifact.js';
import type { SettingFlags } from '../contract/trainSettings.js';
import { kernelShapesFor } from '../runtime/device.js';
import { readSource, resolveImport } from './source.js';
import { globToRegExp } from '../dsl/glob.js';
import { ProgressBar } from './progress.js';
import { RunLog, type EpochScalars } from './logs.js';
import { confusionReport, formatConfusion } from '../render/confusion.js';
import { guardOutputs } from '../runtime/outputs.js';
import { count } from './words.js';
import { readPredictInputs } from './predictInputs.js';
import { decodeSafetensors } from '../runtime/safetensors.js';
import { stoppable } from './stop.js';
import { ENTRY } from '../contract/protocol.js';
import { readArtifactInput } from './artifactInput.js';
import { isInferenceOnly, requireCheckpoint } from '../runtime/inference.js';

/** The flags that override train settings (--epochs, --digits, ...: src/contract/trainSettings.ts) and the rest of a session's options. */
export interface TrainOptions extends SettingFlags {
  file: string;
  seed: number;
  json: boolean;
  save?: string;
  /** --save writes the weights only (no optimizer state). */
  saveWeightsOnly?: boolean;
  checkpoint?: string;
  /** New values for the model's numeric definitions (`--set lr=0.001`). */
  overrides?: Record<string, number>;
  /** With `checkpoint`: restore only the state whose names match these patterns. */
  restore?: string[];
  /** auto (the default: WebGPU on a GPU, else wasm), webgpu or wasm. */
  backend?: Backend;
  /** Threads of the wasm target (default: the machine's cores). */
  threads?: number;
  /** The kernels' shapes on WebGPU (default: 'cpu' on a software adapter, else 'gpu'); implies WebGPU under auto. */
  kernelShapes?: KernelShapes;
  /** CSV data: the label column (default `label`). */
  labelColumn?: string;
  /** One CSV or .npz file: the share that becomes the validation split. */
  valFraction?: number;
  /** Write metrics.csv, TensorBoard events and curves.svg here after every epoch. */
  logDir?: string;
  /** Say which WebGPU backends are tried, and let Dawn's own warnings through. */
  verbose?: boolean;
  /** A compiled artifact (directory or bundle) to use instead of compiling `file` (dnnc predict --artifact). */
  artifact?: string;
  /** Device bytes one input of a split may take; larger splits stream in chunks (see src/runtime/stream.ts). */
  dataBudget?: number;
  /** Compile the confusion matrix's entry too (`eval --confusion`). */
  confusion?: boolean;
}

export interface EpochLine {
  epoch: number;
  loss: number;
  val_loss: number;
  val_accuracy: number;
  seconds: number;
}

const toSplit = (s: Split | RowSplit): DataSplit | StreamedData =>
  'rows' in s ? { count: s.count, rows: [s.rows], labels: s.y } : { count: s.count, features: [s.x, ...(s.more ?? [])], labels: s.y };

/**
 * The data: an uncompressed IDX directory whose training images exceed the data budget is read
 * from disk as it trains (src/data/rows.ts); anything else is loaded into memory.
 */
function openData(opts: TrainOptions, compiled: Artifact): Dataset | DiskDataset {
  const spec = opts.data ?? compiled.train.data;
  const options = dataOptions(opts, compiled);
  const plain = options.digits === undefined && !options.remap && options.perClass === undefined;
  const threshold = opts.dataBudget ?? DEFAULT_DATA_BUDGET;
  const named = spec === undefined || !plain || (DATASET_NAMES as readonly string[]).includes(spec);
  const disk = named ? undefined : openIdxRows(spec, threshold) ?? openNpzRows(spec, threshold, { ...options, seed: options.splitSeed });
  return disk ?? loadDataset(spec, options);
}

function checkDataFits(a: Artifact, d: Dataset | DiskDataset): void {
  const features = a.inputs.find((i) => i.role === 'features')!;
  const per = features.example.reduce((x, y) => x * y, 1);
  if (per !== d.features) {
    fail('DNN4001', `the model's input ${features.name} takes ${per} features per example; the data set '${d.name}' has ${d.features}`);
  }
}

/** The phase before the first step: the backend chosen, and its kernels compiled (pipelines created, or the wasm module instantiated). */
export interface CompilePhase {
  backend: string;
  reason?: string;
  kernels: number;
  seconds: number;
}

export interface OpenSessionOptions {
  /** Load the data set (predict --input needs none). Default true. */
  withData?: boolean;
  /** Count the kernels compiled on a terminal. */
  showCompile?: boolean;
  /** Runs once every input is read (the command's output guard and probes), with the epochs the checkpoint has trained. */
  beforeDevice?: (trainedEpochs: number) => void;
}

/** The model's artifact and, from the same compilation, its other targets (an artifact read from disk is what it is). */
interface ModelArtifact {
  readonly artifact: Artifact;
  /** The same with the wasm target (built only if wasm runs). */
  readonly withWasm: () => Artifact;
  /** The same with the kernels shaped for another kind of adapter. */
  readonly shaped: (shapes: KernelShapes) => Artifact;
}

/** Compiles the model (or reads `--artifact`, an artifact compiled before: nothing is compiled then). */
function modelArtifact(opts: TrainOptions, backend: Backend): ModelArtifact {
  if (opts.artifact !== undefined) {
    const artifact = readArtifactInput(opts.artifact);
    return { artifact, withWasm: () => artifact, shaped: () => artifact };
  }
  // Compiled once; the other targets (the wasm fallback, software-adapter kernel shapes) are
  // emitted again from the same planned program.
  const compilation = compileSource(readSource(opts.file), {
    epochs: opts.epochs, batchSize: opts.batchSize, maxStorageBuffers: 8, resolveImport, overrides: opts.overrides, wasm: backend === 'wasm', confusion: opts.confusion,
  });
  return {
    artifact: compilation.artifact,
    withWasm: () => compilation.artifactWith({ wasm: true }),
    shaped: (kernelShapes) => compilation.artifactWith({ kernelShapes }),
  };
}

/** Compiles, reads the checkpoint and the data, then opens the device and the session. */
export async function openSession(
  opts: TrainOptions, log: (s: string) => void, { withData = true, showCompile = false, beforeDevice }: OpenSessionOptions = {},
): Promise<{ session: Session; data: Dataset | DiskDataset | undefined; trainedEpochs: number; compile: CompilePhase }> {
  if (opts.restore && !opts.checkpoint) fail('DNN4016', '--restore needs --checkpoint, the file to restore from', ["e.g. --checkpoint pre.safetensors --restore 'hidden[12]/*'"]);
  // --kernel-shapes shapes WebGPU kernels: asking for them asks for WebGPU.
  const backend = opts.backend === undefined || opts.backend === 'auto' ? (opts.kernelShapes ? 'webgpu' : 'auto') : opts.backend;
  const model = modelArtifact(opts, backend);
  const compiled = model.artifact;
  // An inference-only artifact has no initializer: its weights all come from the checkpoint.
  requireCheckpoint(compiled, opts.checkpoint, 'give --checkpoint FILE');
  // The checkpoint is read and checked against the model before the data and the device open.
  const checkpoint = opts.checkpoint ? planCheckpoint(compiled, opts.checkpoint, opts.restore) : undefined;
  const restore = checkpoint?.plan;
  // predict --input needs no data set (it may not even be on this machine).
  const data = withData ? openData(opts, compiled) : undefined;
  if (data) checkDataFits(compiled, data);
  // A whole checkpoint continues its run's epoch numbering; a partial --restore, or weights
  // without their optimizer state, starts a new run.
  const trainedEpochs = checkpoint && !opts.restore && !checkpoint.weightsOnly ? checkpoint.epochs : 0;
  beforeDevice?.(trainedEpochs);
  const started = performance.now();
  const opened = await openBackend(backend, compiled, model.withWasm, { verbose: opts.verbose, threads: opts.threads });
  const h = opened.handle;
  // A software rasterizer runs matmuls fastest in large blocks and reductions one invocation per
  // output: the same model, its kernels reshaped (same buffers and steps; see KernelShapes).
  const shapes = opts.kernelShapes ?? kernelShapesFor(h.adapterInfo);
  const artifact = h.adapterInfo.backend !== 'wasm' && shapes === 'cpu' ? model.shaped('cpu') : opened.artifact;
  log(backendLine(opened));
  const bar = showCompile && process.stderr.isTTY ? new ProgressBar(process.stderr) : null;
  const session = await RuntimeSession.create(h.device, artifact, { onCompile: (done, total) => bar?.count(`compiling ${total} kernel${total === 1 ? '' : 's'}`, done, total) });
  bar?.clear();
  const compile: CompilePhase = {
    backend: opened.backend, ...(opened.reason !== undefined ? { reason: opened.reason } : {}),
    kernels: artifact.kernels.length, seconds: (performance.now() - started) / 1000,
  };
  // predict reads an inference-only artifact's rows from the data itself: nothing is uploaded.
  if (data && !isInferenceOnly(artifact)) {
    if (opts.dataBudget !== undefined) session.dataBudget = opts.dataBudget;
    session.setData('train', toSplit(data.train));
    session.setData('val', toSplit(data.val));
    // A user's data may have no test split (one file, or a directory without test.csv).
    if (data.test.count) session.setData('test', toSplit(data.test));
  }
  if (!isInferenceOnly(artifact)) await session.init(opts.seed);
  if (restore) log(`restored ${count(session.restore(restore).length, 'tensor')} from ${opts.checkpoint}${checkpoint.weightsOnly ? ' (weights only: the optimizer starts afresh)' : ''}`);
  return { session, data, trainedEpochs, compile };
}

/** The data options of the command line, falling back to the model's train block setting by setting. */
export function dataOptions(opts: Pick<TrainOptions, 'digits' | 'relabel' | 'perClass' | 'labelColumn' | 'valFraction'> & { seed?: number }, artifact: Artifact): LoadDatasetOptions {
  const digits = opts.digits ?? artifact.train.digits;
  const relabel = opts.relabel ?? artifact.train.relabel ?? false;
  if (relabel && !digits) fail('DNN3002', '--relabel numbers the selected digits from 0, but no digits are selected', ['add e.g. --digits 5-9']);
  const perClass = opts.perClass ?? artifact.train.perClass;
  const classes = artifact.inputs.find((i) => i.role === 'labels')?.classes;
  return {
    ...(digits ? { digits } : {}), ...(relabel ? { remap: true } : {}), ...(perClass !== undefined ? { perClass } : {}),
    ...(opts.labelColumn !== undefined ? { labelColumn: opts.labelColumn } : {}), ...(opts.valFraction !== undefined ? { valFraction: opts.valFraction } : {}),
    ...(classes !== undefined ? { classes } : {}), ...(opts.seed !== undefined ? { splitSeed: opts.seed } : {}),
  };
}

/** Reads `path` and decides what to restore from it: all of the model's state, or what `restore` names. */
export function planCheckpoint(artifact: Artifact, path: string, restore?: readonly string[]): { plan: RestorePlan; epochs: number; weightsOnly: boolean } {
  const patterns = restore?.map((text): RestorePattern => {
    const re = globToRegExp(text);
    return { text, matches: (name) => re.test(name) };
  });
  const decoded = decodeSafetensors(readFileOrFail(path, 'checkpoint', MAX_CHECKPOINT_BYTES), path);
  const plan = planRestore(artifact, decoded, { what: path, patterns });
  // dnnc train --save writes the epochs completed; checkpoints from elsewhere have none (0).
  const epoch = decoded.metadata['epoch'];
  if (epoch !== undefined && !/^[0-9]{1,9}$/.test(epoch)) fail('DNN4059', `${path}: the metadata's epoch '${epoch.slice(0, 20)}' is not a number of epochs`);
  return { plan, epochs: epoch === undefined ? 0 : Number(epoch), weightsOnly: decoded.metadata[WEIGHTS_ONLY] === 'true' };
}

/** Trains; returns the exit status (130 when interrupted by Ctrl-C, 141 when its output was closed). */
export async function train(opts: TrainOptions): Promise<number> {
  const log = (s: string) => process.stderr.write(s + '\n');
  // Found out now, not after the whole run: a --save that cannot be written.
  if (opts.save) checkWritable(opts.save, '--save');
  const runLog = opts.logDir !== undefined ? new RunLog(opts.logDir, log) : null;
  // Once the model, checkpoint and data are read: no output may be one of them, nor another
  // output; then the log directory is made and probed, all before the device opens.
  const outputs = (resumedAfter: number) => {
    guardOutputs([...(opts.save ? [{ path: opts.save, what: '--save' }] : []), ...(runLog?.targets() ?? [])]);
    runLog?.open(resumedAfter);
  };
  const { session, data: loaded, trainedEpochs, compile } = await openSession(opts, opts.json ? () => {} : log, { showCompile: !opts.json, beforeDevice: outputs });
  if (opts.json) process.stdout.write(JSON.stringify({ event: 'compile', ...compile, seconds: round(compile.seconds, 3) }) + '\n');
  else log(`compiled ${count(compile.kernels, 'kernel')} in ${compile.seconds.toFixed(1)} s (not counted in ms/step)`);
  const data = loaded!;
  const a = session.artifact;
  const acc = accuracyMetric(a);
  const epochs = a.train.epochs;
  if (runLog && a.train.earlyStopping) runLog.monitor = `val_${a.train.earlyStopping.monitor}`;
  // --epochs is the total, like Keras' initial_epoch: a resumed run trains the epochs left.
  if (trainedEpochs >= epochs) {
    log(`${opts.checkpoint} has already trained ${count(trainedEpochs, 'epoch')} of ${epochs}: nothing to do (raise --epochs to train on)`);
    return 0;
  }
  if (trainedEpochs) log(`resuming after epoch ${trainedEpochs}`);
  let lastLoss: number | undefined;
  let lrScale = 1;
  if (!opts.json) {
    log(`model ${a.model}: ${count(a.params.length, 'trainable tensor')}, data ${data.name} (${data.train.count}/${data.val.count}/${data.test.count}), batch ${a.train.batchSize}, ${count(epochs, 'epoch')}`);
    for (const note of trainingNotes(a)) log(note);
    const streamed = ['train', 'val', 'test'].filter((s) => session.isStreamed(s));
    if (streamed.length) log(`streaming ${streamed.map((s) => `${s} (${mib(session.dataBytes(s))} on the device)`).join(', ')} in chunks, in the epoch's shuffled order`);
  }
  const bar = !opts.json && process.stderr.isTTY ? new ProgressBar(process.stderr) : null;
  // With --save, the checkpoint is rewritten (atomically) after every epoch, so an interrupted
  // run keeps its last completed epoch; Ctrl-C waits for no more than the current epoch's end.
  const save = async (epoch: number) => {
    if (opts.save) writeFileAtomic(opts.save, await session.saveCheckpoint({ epoch: String(epoch), seed: String(opts.seed) }, { weightsOnly: opts.saveWeightsOnly === true }));
  };
  // Ctrl-C or a closed output: finish the epoch, save, exit 130 or 141.
  const stop = stoppable(log);
  // Each epoch's checkpoint is written before its log rows, so a log that cannot be written never
  // costs a checkpoint; the last epoch's checkpoint is written after fit returns, its row then.
  let unlogged: [number, EpochScalars] | undefined;
  // Disposed however the run ends (a divergence throws DNN5004).
  try {
    // The regimen (early stopping, reduce-on-plateau, pruning) is the runtime's fit, shared with
    // embedders; the CLI adds the output, the per-epoch checkpoint, the logs and Ctrl-C.
    const result = await fit(session, {
      epochs, initialEpoch: trainedEpochs,
      onProgress: (epoch, done, total) => bar?.update(`epoch ${epoch}/${epochs}`, done, total, lastLoss),
      onEpoch: async (e) => {
        bar?.clear();
        const line: EpochLine = { epoch: e.epoch, loss: e.loss, val_loss: e.val.loss, val_accuracy: e.valAccuracy, seconds: round(e.seconds, 3) };
        if (opts.json) process.stdout.write(JSON.stringify(line) + '\n');
        else log(`epoch ${String(e.epoch).padStart(String(epochs).length)}/${epochs}  loss ${fmt(e.loss)}  val_loss ${fmt(e.val.loss)}  val_${acc ?? 'accuracy'} ${fmt(line.val_accuracy)}  ${e.seconds.toFixed(1)}s`);
        lastLoss = e.loss;
        // fit reports the divergence; a non-finite model is never saved over the last good checkpoint.
        if (!epochFinite(e)) return void runLog?.add(e.epoch, epochScalars(e));
        // Reported when reduce-on-plateau changes the factor, not every epoch it stays.
        if (e.lrScale !== undefined && e.lrScale !== lrScale) {
          lrScale = e.lrScale;
          if (opts.json) process.stdout.write(JSON.stringify({ event: 'lr', epoch: e.epoch, lr_scale: e.lrScale }) + '\n');
          else log(`  learning rate scaled by ${e.lrScale.toPrecision(3)} (reduce on plateau)`);
        }
        const stopping = await stop.shouldStop();
        if (stopping || e.epoch >= epochs || e.stop) {
          unlogged = [e.epoch, epochScalars(e)];
          return stopping ? false : undefined;
        }
        await save(e.epoch);
        runLog?.add(e.epoch, epochScalars(e));
      },
    });
    if (result.interrupted) {
      await save(result.epochs);
      if (opts.save) log(`saved ${opts.save} (epoch ${result.epochs})`);
      return stop.reason()!.code;
    }
    await reportEnd(session, result, opts, log);
    if (opts.save) {
      await save(result.epochs);
      if (!opts.json) log(`saved ${opts.save}`);
    }
    // Trained to the end, but the test line may have been lost with the output.
    return stop.reason()?.code ?? 0;
  } finally {
    if (unlogged) runLog?.add(...unlogged);
    stop.dispose();
  }
}

/** After the last epoch: early stopping (a line, or an event with the best epoch), then the test split's scores when there is one. */
async function reportEnd(session: Session, result: FitResult, opts: TrainOptions, log: (s: string) => void): Promise<void> {
  const stopping = session.artifact.train.earlyStopping;
  const acc = accuracyMetric(session.artifact);
  if (result.stoppedEarly) {
    // The run stops when the monitor has not improved for `patience` checks, one every
    // `interval` epochs: the best epoch is that many epochs back (the GPU's rule, whatever the
    // monitor's direction and min_delta).
    const best = result.epochs - (stopping?.patience ?? 0) * (stopping?.interval ?? 1);
    if (opts.json) process.stdout.write(JSON.stringify({ event: 'early_stopping', epoch: result.epochs, best_epoch: best, restored_best: result.restoredBest }) + '\n');
    else {
      log(`early stopping: val_${stopping?.monitor ?? 'loss'} has not improved for ${count(stopping?.patience ?? 0, 'check')} (best: epoch ${best})`);
      if (result.restoredBest) log('restored the best weights');
    }
  }
  // A driver may finish compiling kernels on their first use (Mesa does): the first epoch is
  // warm-up whenever a later one exists to measure the steady step.
  const steady = result.history.length > 1 ? result.history.slice(1) : result.history;
  const stepSeconds = steady.reduce((t, e) => t + e.seconds, 0);
  const steps = steady.reduce((t, e) => t + e.steps, 0);
  const perStep = session.artifact.entries[ENTRY.train_step]!.filter((s) => 'dispatch' in s).length;
  const which = result.history.length > 1 ? ' after epoch 1' : '';
  const timing = `(${(1000 * stepSeconds / Math.max(1, steps)).toFixed(1)} ms/step${which}, ${perStep} dispatches/step)`;
  // A user's own data may have no test split: then there is no test score to report.
  if (!session.hasData('test')) {
    if (!opts.json) log(`no test split ${timing}`);
    return;
  }
  const t = await session.evaluate('test');
  checkFiniteLoss(t.loss, 'test');
  if (opts.json) process.stdout.write(JSON.stringify({ event: 'test', test_loss: t.loss, ...prefixed('test_', t.metrics) }) + '\n');
  else log(`test_loss ${fmt(t.loss)}  test_${acc ?? 'accuracy'} ${fmt(acc ? t.metrics[acc]! : NaN)}  ${timing}`);
}

export async function evaluate(opts: TrainOptions & { split: string }): Promise<void> {
  if (!opts.checkpoint) process.stderr.write('dnnc: warning: no --checkpoint given; evaluating freshly initialized weights\n');
  const { session, data } = await openSession(opts, opts.json ? () => {} : (s) => process.stderr.write(s + '\n'));
  if (!session.hasData(opts.split)) fail('DNN4055', `the data '${data!.name}' has no ${opts.split} split`, ['one CSV or .npz file is split into train and val only; put a test.csv (or test.npz) beside train.csv in a directory']);
  const r = await session.evaluate(opts.split);
  const confusion = opts.confusion ? confusionReport(await session.confusion(opts.split)) : undefined;
  const out = { split: opts.split, loss: r.loss, ...r.metrics, ...confusion };
  if (opts.json) process.stdout.write(JSON.stringify(out) + '\n');
  else process.stdout.write(`${opts.split}: loss ${fmt(r.loss)}  ${Object.entries(r.metrics).map(([k, v]) => `${k} ${fmt(v)}`).join('  ')}\n${confusion ? formatConfusion(confusion) : ''}`);
}

/** The epoch's scalars for --log-dir: loss and metrics, training and validation, and the learning-rate factor. */
function epochScalars(e: FitEpoch): Record<string, number> {
  return { loss: e.loss, ...e.metrics, val_loss: e.val.loss, ...prefixed('val_', e.val.metrics), ...(e.lrScale !== undefined ? { lr_scale: e.lrScale } : {}), seconds: e.seconds };
}

const mib = (bytes: number) => `${(bytes / 2 ** 20).toFixed(1)} MiB`;
const prefixed = (p: string, m: Record<string, number>) => Object.fromEntries(Object.entries(m).map(([k, v]) => [p + k, v]));
const fmt = (x: number) => (Number.isFinite(x) ? x.toFixed(4) : String(x));
const round = (x: number, d: number) => Math.round(x * 10 ** d) / 10 ** d;

/** `dnnc predict`: the model's declared outputs for the first examples of a split, or for the rows of `--input`. */
export async function predict(opts: TrainOptions & { split: string; limit: number; input?: readonly string[]; invert?: boolean; top: number }): Promise<void> {
  if (!opts.checkpoint && opts.artifact === undefined) process.stderr.write('dnnc: warning: no --checkpoint given; predicting with freshly initialized weights\n');
  const { session, data } = await openSession(opts, () => {}, { withData: opts.input === undefined });
  const a = session.artifact;
  if (!a.outputs.length) fail('DNN3001', 'the model declares no `output`, so it has nothing to predict', ['add e.g. `output probabilities = softmax(logits)`']);
  const featureInputs = a.inputs.filter((i) => i.role === 'features');
  let rows: { xs: readonly (Float32Array | Uint8Array)[]; count: number; labels?: ArrayLike<number> };
  if (opts.input !== undefined) {
    rows = readPredictInputs(opts.input, featureInputs, { labelColumn: opts.labelColumn, invert: opts.invert, note: (s) => process.stderr.write(`dnnc: note: ${s}\n`) });
  } else {
    const split = opts.split === 'train' ? data!.train : opts.split === 'val' ? data!.val : opts.split === 'test' ? data!.test : fail('DNN3002', `--split takes train, val or test, got '${opts.split}'`);
    const n = Math.min(opts.limit, split.count);
    // Every feature input's rows (a pair's second image too); pixel bytes stay bytes.
    rows = { xs: 'rows' in split ? [firstRows(split, n)] : [split.x, ...(split.more ?? [])].map((x) => x.subarray(0, n * split.features)), count: n, labels: split.y };
  }
  const out = await session.predict(rows.xs, rows.count);
  for (let i = 0; i < rows.count; i++) {
    const row: Record<string, unknown> = { index: i, ...(rows.labels ? { label: rows.labels[i] } : {}) };
    const text = [`${i}${rows.labels ? ` (label ${rows.labels[i]})` : ''}:`];
    for (const name of a.outputs) {
      const v = out[name]!;
      const w = v.length / rows.count;
      const values = Array.from(v.subarray(i * w, (i + 1) * w), (z) => Math.round(z * 1e6) / 1e6);
      row[name] = values;
      if (w > 1) row[`${name}_argmax`] = values.indexOf(Math.max(...values));
      text.push(w > 1 ? `${name} ${topClasses(values, opts.top)}` : `${name} ${values[0]}`);
    }
    process.stdout.write(opts.json ? JSON.stringify(row) + '\n' : text.join('  ') + '\n');
  }
}

/** The first n rows of a split read from disk. */
function firstRows(split: RowSplit, n: number): Uint8Array {
  const out = new Uint8Array(n * split.features);
  split.rows.read(Uint32Array.from({ length: n }, (_, i) => i), n, out);
  return out;
}

/** "class 7: 0.912, class 2: 0.051, class 1: 0.020": the k largest outputs. */
function topClasses(values: readonly number[], k: number): string {
  return values.map((v, c) => [c, v] as const).sort((p, q) => q[1] - p[1]).slice(0, k).map(([c, v]) => `class ${c}: ${v.toFixed(3)}`).join(', ');
}
