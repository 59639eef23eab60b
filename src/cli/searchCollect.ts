// `dnnc search --collect DIR`: the trials' result files (written by --run-line) ranked as the
// local search ranks its trials: the same score (search.ts's scoreEpochs), the same lines, the
// same best (the highest score, the earliest trial among equals). Every result is checked: its
// shape, its trial, its plan; trials with no result, or whose training failed, are named (exit 1).
import * as fs from 'node:fs';
import { join } from 'node:path';
import { fail } from '../contract/diagnostics.js';
import { readFileOrFail } from '../contract/read.js';
import { readPlan, MAX_PLAN_TRIALS } from './searchPlan.js';
import { diverged, RESULT_FORMAT, type TrialResult } from './searchRun.js';
import { reportBest, reportTrial, scoreEpochs, type ScoredEpoch, type TrialReport } from './search.js';

const MAX_RESULT_BYTES = 64 * 2 ** 20;
const TRIAL_DIR = /^trial-([0-9]{1,9})$/;

interface Found {
  path: string;
  result: TrialResult;
}

/** Ranks the results under `dir` (checked against the plan file `plan`, when given); returns the exit status. */
export function collect(dir: string, opts: { plan?: string; json: boolean }): number {
  const planLines = opts.plan !== undefined ? readPlan(opts.plan) : undefined;
  const found = readResults(dir);
  const planId = planLines?.[0]!.plan ?? found[0]?.result.plan;
  if (planId === undefined) fail('DNN6042', `${dir} holds no trial results (${dir}/trial-NNN/result.json)`, ['run the plan\'s lines first: dnnc search --plan FILE --run-line N']);
  const foreign = found.filter((f) => f.result.plan !== planId);
  if (foreign.length) {
    const from = planLines ? `the plan ${opts.plan} (${planId})` : `${found[0]!.path} (plan ${planId})`;
    fail('DNN6042', `${foreign[0]!.path} is a result of plan ${foreign[0]!.result.plan}, not of ${from}${foreign.length > 1 ? `; so are ${foreign.length - 1} more` : ''}`, ['give each plan its own --trial-dir, or delete the old results']);
  }
  const trials = planLines?.length ?? found[0]!.result.trials;
  const byTrial = new Map<number, Found>();
  for (const f of found) {
    if (f.result.trials !== trials || f.result.trial > trials) fail('DNN6041', `${f.path}: trial ${f.result.trial} of ${f.result.trials}, but the plan has ${trials} trials`);
    const twice = byTrial.get(f.result.trial);
    if (twice) fail('DNN6042', `${twice.path} and ${f.path} are both results of trial ${f.result.trial}`, ['delete the one that is not the trial\'s own']);
    byTrial.set(f.result.trial, f);
  }
  const reports: TrialReport[] = [];
  const failed: Found[] = [];
  for (const f of [...byTrial.values()].sort((a, b) => a.result.trial - b.result.trial)) {
    const epochs = epochsOf(f);
    if ((f.result.exit !== 0 && !diverged(f.result)) || !epochs.length) failed.push(f);
    else reports.push({ trial: f.result.trial, settings: f.result.set, ...scoreEpochs(epochs, f.result.metric) });
  }
  const metric = found[0]!.result.metric;
  for (const r of reports) reportTrial(r, trials, metric, opts.json);
  reportBest(reports, opts.json);
  const missing = Array.from({ length: trials }, (_, i) => i + 1).filter((t) => !byTrial.has(t));
  if (missing.length || failed.length) incomplete(dir, missing, failed, opts.plan);
  return 0;
}

/** Fails naming the trials with no result and those whose training failed, and how to run them again. */
function incomplete(dir: string, missing: number[], failed: Found[], plan: string | undefined): never {
  const list = (ts: number[]) => (ts.length > 12 ? `${ts.slice(0, 12).join(', ')}, … (${ts.length})` : ts.join(', '));
  const parts = [
    ...(missing.length ? [`${missing.length} trial${missing.length === 1 ? ' has' : 's have'} no result in ${dir} (trial ${list(missing)})`] : []),
    ...failed.map((f) => `trial ${f.result.trial} failed (${f.result.signal ?? `exit ${f.result.exit}`}${f.result.exit === 0 ? ', no epochs' : ''}): ${lastLine(f.result.stderr_tail)}`),
  ];
  const again = [...missing, ...failed.map((f) => f.result.trial)].sort((a, b) => a - b).map((t) => t - 1);
  return fail('DNN6042', parts.join('; '), [`run them again: dnnc search --plan ${plan ?? 'PLAN'} --run-line N for N in ${list(again)}`]);
}

const lastLine = (s: string) => s.trim().split('\n').filter((l) => /error|DNN/.test(l)).pop()?.slice(0, 300) ?? s.trim().split('\n').pop()?.slice(0, 300) ?? '';

/** Every DIR/trial-N/result.json, read (bounded) and checked. */
function readResults(dir: string): Found[] {
  let st: fs.Stats;
  try {
    st = fs.statSync(dir);
  } catch {
    return fail('DNN6001', `--collect: '${dir}' does not exist`);
  }
  if (!st.isDirectory()) fail('DNN6020', `--collect: '${dir}' is not a directory`, ['give the --trial-dir of the plan (its results are DIR/trial-NNN/result.json)']);
  const names = fs.readdirSync(dir).filter((n) => TRIAL_DIR.test(n));
  if (names.length > MAX_PLAN_TRIALS) fail('DNN6042', `${dir} holds more than ${MAX_PLAN_TRIALS} trial directories`);
  const found: Found[] = [];
  for (const name of names.sort()) {
    const path = join(dir, name, 'result.json');
    if (!fs.existsSync(path)) continue;
    const result = parseResult(path, readFileOrFail(path, 'trial result', MAX_RESULT_BYTES).toString('utf8'));
    if (result.trial !== Number(TRIAL_DIR.exec(name)![1])) fail('DNN6041', `${path} is the result of trial ${result.trial}, not of ${name}`, ['a result copied from another trial\'s directory?']);
    found.push({ path, result });
  }
  return found;
}

const isObj = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null && !Array.isArray(v);
const isCount = (v: unknown, lo: number): v is number => Number.isSafeInteger(v) && (v as number) >= lo && (v as number) <= MAX_PLAN_TRIALS;

/** A result file's JSON, checked field by field. */
export function parseResult(path: string, text: string): TrialResult {
  let v: unknown;
  try {
    v = JSON.parse(text);
  } catch {
    return fail('DNN6041', `${path} is not JSON (a result written by dnnc search --run-line is one JSON object)`);
  }
  const bad = (why: string): never => fail('DNN6041', `${path}: ${why}`, ['run its trial again: dnnc search --plan PLAN --run-line N']);
  if (!isObj(v) || v['format'] !== RESULT_FORMAT) return bad(`not a dnnc search result (no "format": "${RESULT_FORMAT}")`);
  if (typeof v['plan'] !== 'string' || !/^[0-9a-f]{16}$/.test(v['plan'])) bad('no plan id');
  if (!isCount(v['trials'], 1) || !isCount(v['trial'], 1)) bad('no trial number');
  if (!isObj(v['set']) || !Object.values(v['set']).every((x) => typeof x === 'number' && Number.isFinite(x))) bad("'set' is not an object of numbers");
  if (v['metric'] !== null && typeof v['metric'] !== 'string') bad("'metric' is neither a name nor null");
  if (v['exit'] !== null && !Number.isSafeInteger(v['exit'])) bad("'exit' is not an exit status");
  if (v['signal'] !== null && typeof v['signal'] !== 'string') bad("'signal' is not a signal name");
  if (!Array.isArray(v['events'])) bad("'events' is not a list");
  if (typeof v['stderr_tail'] !== 'string') bad("'stderr_tail' is not text");
  return v as unknown as TrialResult;
}

/** The epoch lines of a result, in order, each checked (numbers, or null for NaN). */
function epochsOf(f: Found): ScoredEpoch[] {
  const num = (x: unknown) => x === null || typeof x === 'number';
  const out: ScoredEpoch[] = [];
  for (const e of f.result.events) {
    if (!isObj(e) || 'event' in e || !('epoch' in e)) continue;
    if (e['epoch'] !== out.length + 1 || !num(e['loss']) || !num(e['val_loss']) || !num(e['val_accuracy'] ?? null)) {
      fail('DNN6041', `${f.path}: an epoch line is malformed: ${JSON.stringify(e).slice(0, 120)}`);
    }
    out.push({ loss: e['loss'] as number | null, val_loss: e['val_loss'] as number | null, val_metric: f.result.metric ? (e['val_accuracy'] as number | null) : null });
  }
  return out;
}
