// `dnnc search --plan trials.jsonl`: the local search's trials written out, one JSON line each,
// for a batch scheduler (GNU parallel, a Slurm array, a Kubernetes Indexed Job) to run anywhere;
// `dnnc search --plan trials.jsonl --run-line N` runs line N (0-based, as JOB_COMPLETION_INDEX
// and SLURM_ARRAY_TASK_ID count) and writes its result file. Each line carries the exact
// `dnnc train` command of its trial (argv and a shell-quoted string), its settings and seed, its
// own output paths, and the plan's id: a hash of every line, so that a result can be traced to
// the plan that made it, and a plan edited by hand is refused.
import { createHash } from 'node:crypto';
import { join } from 'node:path';
import { checkSource, compileSource } from '../compiler/compile.js';
import { DnnError, fail } from '../contract/diagnostics.js';
import { readFileOrFail } from '../contract/read.js';
import { mulberry32 } from '../data/dataset.js';
import { accuracyMetric } from '../runtime/fit.js';
import { checkWritable, writeFileAtomic } from '../runtime/files.js';
import { guardOutputs } from '../runtime/outputs.js';
import { FLAG_SETTINGS, trainSetting, type SettingFlags } from '../contract/trainSettings.js';
import { readSource, resolveImport } from './source.js';
import { sample } from './space.js';
import type { SearchOptions } from './search.js';

/** One trial of a plan: a line of the plan file. */
export interface PlanLine {
  plan: string;
  /** 0-based: the line's index, what --run-line takes. */
  index: number;
  /** 1-based, as the local search numbers its trials. */
  trial: number;
  trials: number;
  seed: number;
  /** The sampled settings (the trial's --set is the search's own --set with these over it). */
  set: Record<string, number>;
  model: string;
  model_sha256: string;
  /** The accuracy-like metric the score reads, null when the score is the negated validation loss. */
  metric: string | null;
  checkpoint: string;
  log_dir: string;
  result: string;
  argv: string[];
  command: string;
}

/** Bounds on what a plan may hold (a plan is read whole, and every line is checked). */
export const MAX_PLAN_TRIALS = 100_000;
const MAX_PLAN_BYTES = 64 * 2 ** 20;
const MAX_ARGV = 200;
const MAX_TEXT = 4096;

/** `trial-007`: zero-padded to the widest trial number (at least three digits), so the names sort. */
export const trialDirName = (trial: number, trials: number) => `trial-${String(trial).padStart(Math.max(3, String(trials).length), '0')}`;

/** POSIX shell quoting: plain words as they are, anything else in single quotes. */
export function shellQuote(argv: readonly string[]): string {
  return argv.map((a) => (/^[A-Za-z0-9_\/.,=:+@%-]+$/.test(a) ? a : `'${a.replace(/'/g, `'\\''`)}'`)).join(' ');
}

/** The train-setting flags the search was given (--epochs 3, --digits 0,1, --relabel), as arguments again. */
function settingFlags(opts: SettingFlags): string[] {
  const out: string[] = [];
  for (const name of FLAG_SETTINGS) {
    const row = trainSetting(name);
    const value = (opts as Record<string, unknown>)[row.field];
    if (value === undefined || value === false) continue;
    const flag = row.flag!.spec.split(' ')[0]!;
    if (value === true) out.push(flag);
    else out.push(flag, Array.isArray(value) ? value.join(',') : String(value));
  }
  return out;
}

/** The `dnnc train` argv of one trial: the search's own options, the trial's --set and seed, its outputs. */
function trainArgv(opts: SearchOptions, set: Record<string, number>, paths: { checkpoint: string; log_dir: string }): string[] {
  const overrides = { ...opts.overrides, ...set };
  return [
    'dnnc', 'train', opts.file, ...settingFlags(opts),
    ...(opts.labelColumn !== undefined ? ['--label-column', opts.labelColumn] : []),
    ...(opts.valFraction !== undefined ? ['--val-fraction', String(opts.valFraction)] : []),
    ...(opts.backend !== undefined ? ['--backend', opts.backend] : []),
    ...(opts.kernelShapes !== undefined ? ['--kernel-shapes', opts.kernelShapes] : []),
    '--seed', String(opts.seed),
    '--set', Object.entries(overrides).map(([k, v]) => `${k}=${v}`).join(','),
    '--save', paths.checkpoint, '--log-dir', paths.log_dir, '--json',
  ];
}

/** The plan's id: a hash of every line's content but the id and the command (which is the argv quoted). */
function planId(lines: readonly Omit<PlanLine, 'plan' | 'command'>[]): string {
  const h = createHash('sha256');
  for (const l of lines) {
    h.update(JSON.stringify([l.index, l.trial, l.trials, l.seed, l.set, l.model, l.model_sha256, l.metric, l.checkpoint, l.log_dir, l.result, l.argv]));
    h.update('\n');
  }
  return h.digest('hex').slice(0, 16);
}

const sha256 = (text: string) => createHash('sha256').update(text).digest('hex');

/** The plan: the same trials, in the same order, with the same settings as the local search samples. */
export function buildPlan(opts: SearchOptions, trialDir: string): PlanLine[] {
  if (opts.trials > MAX_PLAN_TRIALS) fail('DNN7006', `--trials ${opts.trials}: a plan holds at most ${MAX_PLAN_TRIALS} trials`);
  const source = readSource(opts.file);
  const rnd = mulberry32(opts.seed);
  const lines: Omit<PlanLine, 'plan' | 'command'>[] = [];
  let metric: string | null | undefined;
  for (let trial = 1; trial <= opts.trials; trial++) {
    const set = sample(opts.space, rnd);
    const overrides = { ...opts.overrides, ...set };
    // Every trial's settings are checked now, not when a scheduler runs it; the first is compiled for its metric.
    if (metric === undefined) metric = accuracyMetric(compileSource(source, { resolveImport, epochs: opts.epochs, batchSize: opts.batchSize, overrides, wasm: false }).artifact) ?? null;
    else {
      const diags = checkSource(source, { resolveImport, overrides });
      if (diags.length) throw new DnnError(diags);
    }
    const dir = join(trialDir, trialDirName(trial, opts.trials));
    const paths = { checkpoint: join(dir, 'checkpoint.safetensors'), log_dir: join(dir, 'logs'), result: join(dir, 'result.json') };
    lines.push({
      index: trial - 1, trial, trials: opts.trials, seed: opts.seed, set, model: opts.file, model_sha256: sha256(source.text), metric,
      ...paths, argv: trainArgv(opts, set, paths),
    });
  }
  const plan = planId(lines);
  return lines.map((l) => ({ plan, ...l, command: shellQuote(l.argv) }));
}

/** `dnnc search … --plan FILE`: writes the plan (whole or not at all) and says how to run it. */
export function writePlan(opts: SearchOptions, path: string, trialDir: string): void {
  const lines = buildPlan(opts, trialDir);
  guardOutputs([{ path, what: '--plan' }, { path: trialDir, what: '--trial-dir', dir: true }]);
  checkWritable(path, '--plan');
  writeFileAtomic(path, lines.map((l) => JSON.stringify(l)).join('\n') + '\n');
  const last = lines.length - 1;
  process.stderr.write(`wrote ${path}: ${lines.length} trial${lines.length === 1 ? '' : 's'} (plan ${lines[0]!.plan}), results under ${trialDir}\n`);
  process.stderr.write(`run each with: dnnc search --plan ${shellQuote([path])} --run-line N   (N = 0…${last})\n`);
  process.stderr.write(`then rank them: dnnc search --collect ${shellQuote([trialDir])} --plan ${shellQuote([path])}\n`);
}

/** A plan file, read whole (bounded) and checked line by line: its shape, its order, its id. */
export function readPlan(path: string): PlanLine[] {
  const text = readFileOrFail(path, 'plan', MAX_PLAN_BYTES).toString('utf8');
  const rows = text.split('\n').filter((l, i, all) => l.trim() !== '' || i < all.length - 1);
  const bad = (line: number, why: string): never => fail('DNN6040', `${path}:${line}: ${why}`, ['write the plan again with dnnc search … --plan']);
  if (!rows.length || rows.every((r) => r.trim() === '')) fail('DNN6040', `${path} holds no trials`);
  if (rows.length > MAX_PLAN_TRIALS) fail('DNN6040', `${path} holds more than ${MAX_PLAN_TRIALS} lines`);
  // Every line is JSON before any is checked against its place (a blank line is named as such).
  const parsed = rows.map((row, i): unknown => {
    try {
      return JSON.parse(row);
    } catch {
      return bad(i + 1, row.trim() === '' ? 'a blank line' : 'not a JSON line');
    }
  });
  const lines = parsed.map((v, i) => {
    const why = planLineProblem(v, i, rows.length);
    return why ? bad(i + 1, why) : (v as PlanLine);
  });
  const id = planId(lines);
  const other = lines.find((l) => l.plan !== id);
  if (other) bad(other.index + 1, `the plan id ${JSON.stringify(other.plan).slice(0, 40)} does not match its lines (${id}): the plan was edited, or mixes two plans`);
  return lines;
}

const isObj = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null && !Array.isArray(v);
const isText = (v: unknown): v is string => typeof v === 'string' && v.length > 0 && v.length <= MAX_TEXT;
const isCount = (v: unknown, lo: number, hi: number): v is number => Number.isSafeInteger(v) && (v as number) >= lo && (v as number) <= hi;

/** What is wrong with a plan line (line `i` of `n`), or null. */
function planLineProblem(v: unknown, i: number, n: number): string | null {
  if (!isObj(v)) return 'not a JSON object';
  if (typeof v['plan'] !== 'string' || !/^[0-9a-f]{16}$/.test(v['plan'])) return 'no plan id';
  if (v['index'] !== i || v['trial'] !== i + 1 || v['trials'] !== n) return `line ${i + 1} of ${n} says it is trial ${JSON.stringify(v['trial'])} of ${JSON.stringify(v['trials'])} (index ${JSON.stringify(v['index'])}): lines missing, added or reordered`;
  if (!isCount(v['seed'], 0, 2 ** 31 - 1)) return 'no seed';
  if (!isObj(v['set']) || !Object.values(v['set']).every((x) => typeof x === 'number' && Number.isFinite(x))) return "'set' is not an object of numbers";
  for (const k of ['model', 'model_sha256', 'checkpoint', 'log_dir', 'result', 'command'] as const) if (!isText(v[k])) return `no '${k}'`;
  if (v['metric'] !== null && !isText(v['metric'])) return "'metric' is neither a name nor null";
  const argv = v['argv'];
  if (!Array.isArray(argv) || argv.length > MAX_ARGV || !argv.every(isText) || argv[0] !== 'dnnc' || argv[1] !== 'train') return "'argv' is not a dnnc train command";
  if (v['command'] !== shellQuote(argv as string[])) return "'command' is not 'argv' quoted";
  return null;
}
