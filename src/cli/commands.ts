// What each command does, given its validated options (program.ts parses and checks them).
// Each returns the process's exit status.
import { join } from 'node:path';
import { checkSource, compileSource, emit, type Emit } from '../compiler/compile.js';
import type { KernelShapes } from '../contract/artifact.js';
import { DnnError, fail } from '../contract/diagnostics.js';
import { isArtifactPath, refuseInferenceArtifact } from './artifactInput.js';
import { FLAG_SETTINGS, trainSetting, type SettingFlags } from '../contract/trainSettings.js';
import { describeDevice } from '../runtime/device.js';
import { checkArtifactDir, checkWritable, writeArtifactBundle, writeArtifactDir, writeFileAtomic } from '../runtime/files.js';
import { layerGraph } from '../compiler/graph.js';
import { graphDot, graphSvg } from '../render/graph.js';
import { guardOutputs, type OutputTarget } from '../runtime/outputs.js';
import { openWebGpu, type Backend } from './backend.js';
import { importCommand } from './import.js';
import { count } from './words.js';
import { formatSummary, summarize } from './summary.js';
import { readSource, resolveImport } from './source.js';
import { search as runSearch, type Dimension } from './search.js';
import { checkSearchMode } from './searchMode.js';
import * as training from './train.js';

type Overrides = Record<string, number>;

export interface CheckOptions {
  set?: Overrides;
}

export interface CompileOptions extends CheckOptions, Pick<SettingFlags, 'epochs' | 'batchSize'> {
  out?: string;
  bundle?: string;
  emit?: Emit;
  wasm?: boolean;
  kernelShapes?: KernelShapes;
  inference?: boolean;
}

/** The options of the commands that open a session on the device (a command without --epochs or --batch-size leaves them unset). */
interface SessionCliOptions extends CheckOptions, SettingFlags {
  labelColumn?: string;
  valFraction?: number;
  seed: number;
  json?: boolean;
  checkpoint?: string;
  backend?: Backend;
  threads?: number;
  kernelShapes?: KernelShapes;
  verbose?: boolean;
  dataBudget?: number;
}

export interface TrainCliOptions extends SessionCliOptions {
  save?: string;
  saveWeightsOnly?: boolean;
  logDir?: string;
  restore?: string[];
}

export interface EvalCliOptions extends SessionCliOptions {
  split: string;
  confusion?: boolean;
}

/** The artifact predict runs: --artifact, or an artifact (directory or bundle) given as the model; undefined: compile the model. */
function predictArtifact(file: string | undefined, artifact: string | undefined): string | undefined {
  if (file !== undefined && artifact !== undefined) fail('DNN7005', 'dnnc predict takes a model or --artifact, not both', [`dnnc predict --artifact ${artifact} --checkpoint FILE`]);
  if (file === undefined && artifact === undefined) fail('DNN7004', "dnnc predict needs the model's .dnn file, or --artifact DIR (an artifact compiled before)");
  return artifact ?? (isArtifactPath(file!) ? file : undefined);
}

export interface PredictCliOptions extends EvalCliOptions {
  /** A compiled artifact (directory or bundle) instead of the model. */
  artifact?: string;
  limit: number;
  /** One per feature input (in order, or NAME=FILE), or one .npz holding them all. */
  input?: string[];
  invert?: boolean;
  top: number;
}

export interface SearchCliOptions extends SessionCliOptions {
  space?: Dimension[];
  trials: number;
  plan?: string;
  trialDir?: string;
  runLine?: number;
  collect?: string;
}

export function check(file: string, o: CheckOptions): number {
  const diags = checkSource(readSource(file), { resolveImport, overrides: o.set });
  if (diags.length) throw new DnnError(diags);
  process.stdout.write(`${file}: ok\n`);
  return 0;
}

export interface SummaryCliOptions extends CheckOptions {
  batchSize?: number;
  json?: boolean;
}

export function summary(file: string, o: SummaryCliOptions): number {
  const s = summarize(compileSource(readSource(file), { resolveImport, batchSize: o.batchSize, overrides: o.set }));
  process.stdout.write(o.json ? JSON.stringify(s) + '\n' : formatSummary(s));
  return 0;
}

export interface GraphCliOptions extends CheckOptions {
  out?: string;
  format?: 'dot' | 'svg';
  batchSize?: number;
}

/** The format `dnnc graph` writes: --format, else by -o's extension (.dot, .gv), else SVG. */
export const graphFormat = (o: GraphCliOptions): 'dot' | 'svg' => o.format ?? (o.out !== undefined && /\.(dot|gv)$/i.test(o.out) ? 'dot' : 'svg');

export function graph(file: string, o: GraphCliOptions): number {
  const c = compileSource(readSource(file), { resolveImport, batchSize: o.batchSize, overrides: o.set });
  const g = layerGraph(c);
  const format = graphFormat(o);
  const text = format === 'dot' ? graphDot(g) : graphSvg(g);
  if (o.out === undefined) {
    process.stdout.write(text);
    return 0;
  }
  guardOutputs([{ path: o.out, what: '-o' }]);
  checkWritable(o.out, '-o');
  writeFileAtomic(o.out, text);
  process.stdout.write(`wrote ${o.out} (${format === 'dot' ? 'DOT' : 'SVG'}: ${count(g.nodes.length, 'node')}, ${count(g.edges.length, 'edge')})\n`);
  return 0;
}

export function compile(file: string, o: CompileOptions): number {
  const c = compileSource(readSource(file), { resolveImport, epochs: o.epochs, batchSize: o.batchSize, overrides: o.set, wasm: o.emit === undefined && o.wasm !== false, kernelShapes: o.kernelShapes ?? 'gpu', inference: o.inference === true });
  if (o.emit) {
    process.stdout.write(emit(c, o.emit));
    return 0;
  }
  // Every target is checked (against the model and its imports, and each other) before the first is written.
  const out = o.out ?? (o.bundle === undefined ? 'out' : undefined);
  const targets: OutputTarget[] = [];
  if (o.bundle !== undefined) targets.push({ path: o.bundle, what: '--bundle' });
  if (out !== undefined) targets.push({ path: out, what: '-o', dir: true });
  guardOutputs(targets);
  if (o.bundle !== undefined) checkWritable(o.bundle, '--bundle');
  if (out !== undefined) checkArtifactDir(out);
  if (o.bundle !== undefined) {
    writeArtifactBundle(o.bundle, c.artifact);
    process.stdout.write(`wrote ${o.bundle} (${count(c.artifact.kernels.length, 'kernel')} inline)\n`);
  }
  if (out !== undefined) {
    writeArtifactDir(out, c.artifact);
    process.stdout.write(`wrote ${join(out, 'plan.json')} and ${count(c.artifact.kernels.length, 'kernel')}\n`);
  }
  return 0;
}

/** The options train.ts takes, from any session command's. */
function sessionOptions(file: string, o: SessionCliOptions): training.TrainOptions {
  const settings = Object.fromEntries(FLAG_SETTINGS.map((n) => [trainSetting(n).field, o[trainSetting(n).field as keyof SettingFlags]])) as SettingFlags;
  return {
    file, ...settings, labelColumn: o.labelColumn, valFraction: o.valFraction,
    seed: o.seed, json: o.json ?? false,
    checkpoint: o.checkpoint, overrides: o.set, backend: o.backend, threads: o.threads, kernelShapes: o.kernelShapes, verbose: o.verbose,
    ...(o.dataBudget !== undefined ? { dataBudget: o.dataBudget } : {}),
  };
}

export async function train(file: string, o: TrainCliOptions): Promise<number> {
  refuseInferenceArtifact(file, 'train');
  return await training.train({ ...sessionOptions(file, o), save: o.save, saveWeightsOnly: o.saveWeightsOnly, logDir: o.logDir, restore: o.restore });
}

export async function evaluate(file: string, o: EvalCliOptions): Promise<number> {
  refuseInferenceArtifact(file, 'eval');
  await training.evaluate({ ...sessionOptions(file, o), split: o.split, confusion: o.confusion });
  return 0;
}

export async function predict(file: string | undefined, o: PredictCliOptions): Promise<number> {
  const artifact = predictArtifact(file, o.artifact);
  await training.predict({ ...sessionOptions(file ?? artifact!, o), ...(artifact !== undefined ? { artifact } : {}), split: o.split, limit: o.limit, input: o.input, invert: o.invert, top: o.top });
  return 0;
}

/** `dnnc search`: the local search, a plan (--plan), one line of a plan (--run-line), or a ranking (--collect). `given`: the options on the command line. */
export async function search(file: string | undefined, o: SearchCliOptions, given: readonly string[] = []): Promise<number> {
  const mode = checkSearchMode(file, o, given);
  if (file !== undefined) refuseInferenceArtifact(file, 'search');
  if (mode === 'collect') return (await import('./searchCollect.js')).collect(o.collect!, { plan: o.plan, json: o.json ?? false });
  if (mode === 'run-line') return await (await import('./searchRun.js')).runLine(o.plan!, o.runLine!);
  const opts = { ...sessionOptions(file!, o), space: o.space!, trials: o.trials };
  if (mode === 'plan') (await import('./searchPlan.js')).writePlan(opts, o.plan!, o.trialDir ?? o.plan!.replace(/\.jsonl?$/, '') + (/\.jsonl?$/.test(o.plan!) ? '' : '.trials'));
  else await runSearch(opts);
  return 0;
}

export interface ImportCliOptions extends CheckOptions {
  map: string;
  out: string;
  partial?: boolean;
}

export function importWeights(file: string, weights: string, o: ImportCliOptions): number {
  importCommand({ file, weights, map: o.map, out: o.out, partial: o.partial ?? false, overrides: o.set }, (s) => process.stderr.write(`${s}\n`));
  return 0;
}

export async function devices(o: { json?: boolean; verbose?: boolean }): Promise<number> {
  const h = await openWebGpu(o.verbose);
  process.stdout.write(o.json ? JSON.stringify({ adapter: h.adapterInfo, limits: h.limits }) + '\n' : describeDevice(h) + '\n');
  return 0;
}
