// `dnnc search --plan trials.jsonl --run-line N`: runs one trial of a plan, as a scheduler's task
// does (N is JOB_COMPLETION_INDEX or SLURM_ARRAY_TASK_ID, or GNU parallel's {}). It runs the
// line's `dnnc train` argv (only ever `dnnc train`: the same program as this one) and writes the
// trial's result file: the plan's id, the trial, and every JSON line the training printed.
import { spawn } from 'node:child_process';
import { createHash } from 'node:crypto';
import { dirname } from 'node:path';
import { DnnError, fail } from '../contract/diagnostics.js';
import { ensureDirectory, writeFileAtomic } from '../runtime/files.js';
import { guardOutputs } from '../runtime/outputs.js';
import { cliEntry } from './entry.js';
import { readSource } from './source.js';
import { readPlan, type PlanLine } from './searchPlan.js';

/** What a result file is: its first field, so that another JSON file is never taken for one. */
export const RESULT_FORMAT = 'dnnc-search-result';
/** A training's JSON lines are a few per epoch; more than this is not a dnnc train run. */
const MAX_STDOUT_BYTES = 16 * 2 ** 20;
const STDERR_TAIL = 2000;

/** A trial's result file. */
export interface TrialResult {
  format: typeof RESULT_FORMAT;
  plan: string;
  trial: number;
  trials: number;
  set: Record<string, number>;
  metric: string | null;
  /** The training's exit status (null when a signal ended it), and the signal. */
  exit: number | null;
  signal: string | null;
  /** Every JSON line `dnnc train --json` printed: the compile event, one line per epoch, the test line. */
  events: unknown[];
  /** The end of what it printed on stderr (its diagnostic, when it failed). */
  stderr_tail: string;
}

/** Runs line `index` of the plan at `planPath`; returns the exit status (0: a result was written for a trial that ran to its end or diverged). */
export async function runLine(planPath: string, index: number): Promise<number> {
  const lines = readPlan(planPath);
  const line = lines[index] ?? fail('DNN7006', `--run-line ${index}: ${planPath} has lines 0 to ${lines.length - 1}`);
  // The model a scheduler's machine sees must be the one the plan was made from.
  const text = readSource(line.model).text;
  if (createHash('sha256').update(text).digest('hex') !== line.model_sha256) {
    fail('DNN6040', `${line.model} has changed since ${planPath} was written (plan ${line.plan})`, ['write the plan again, or restore the model it was made from']);
  }
  guardOutputs([{ path: line.result, what: 'the result' }, { path: line.checkpoint, what: '--save' }, { path: line.log_dir, what: '--log-dir', dir: true }]);
  ensureDirectory(dirname(line.result));
  const entry = cliEntry() ?? fail('DNN6033', '--run-line runs dnnc train as a child process, which needs the dnnc command line');
  process.stderr.write(`trial ${line.trial}/${line.trials} (plan ${line.plan}): ${line.command}\n`);
  const run = await runChild(process.execPath, [entry, ...line.argv.slice(1)]);
  const events = run.stdout.split('\n').filter((l) => l.trim() !== '').map(parseEvent);
  const result: TrialResult = {
    format: RESULT_FORMAT, plan: line.plan, trial: line.trial, trials: line.trials, set: line.set, metric: line.metric,
    exit: run.code, signal: run.signal, events, stderr_tail: run.stderrTail,
  };
  writeFileAtomic(line.result, JSON.stringify(result) + '\n');
  const done = run.code === 0 || diverged(result);
  process.stderr.write(`wrote ${line.result}${done ? '' : ` (the training failed: ${run.signal ?? `exit ${run.code}`})`}\n`);
  return done ? 0 : run.code ?? 1;
}

const parseEvent = (l: string): unknown => {
  try {
    return JSON.parse(l);
  } catch {
    return { event: 'unparsed', text: l.slice(0, 200) };
  }
};

/** Whether the result's training stopped because it diverged (an epoch line with a non-finite loss). */
export function diverged(r: Pick<TrialResult, 'events'>): boolean {
  return r.events.some((e) => {
    const x = e as Record<string, unknown>;
    return typeof x['epoch'] === 'number' && !('event' in x) && (typeof x['loss'] !== 'number' || typeof x['val_loss'] !== 'number');
  });
}

interface ChildRun {
  code: number | null;
  signal: string | null;
  stdout: string;
  stderrTail: string;
}

/** Runs the training; its stderr passes through (the scheduler's log), its stdout is kept (bounded). */
function runChild(node: string, args: string[]): Promise<ChildRun> {
  return new Promise((resolve, reject) => {
    const child = spawn(node, args, { stdio: ['ignore', 'pipe', 'pipe'] });
    const out: Buffer[] = [];
    let bytes = 0;
    let tail = '';
    let tooMuch = false;
    child.stdout.on('data', (b: Buffer) => {
      bytes += b.length;
      if (bytes > MAX_STDOUT_BYTES) {
        tooMuch = true;
        child.kill('SIGTERM');
      } else out.push(b);
    });
    child.stderr.on('data', (b: Buffer) => {
      process.stderr.write(b);
      tail = (tail + b.toString('utf8')).slice(-STDERR_TAIL);
    });
    // A scheduler cancelling the task stops the training too (it saves its epoch and exits).
    const forward = (sig: NodeJS.Signals) => () => child.kill(sig);
    const onTerm = forward('SIGTERM');
    const onInt = forward('SIGINT');
    process.on('SIGTERM', onTerm).on('SIGINT', onInt);
    child.on('error', (e) => reject(failure(`cannot start dnnc train: ${e.message}`)));
    child.on('close', (code, signal) => {
      process.off('SIGTERM', onTerm).off('SIGINT', onInt);
      if (tooMuch) reject(failure(`dnnc train printed more than ${MAX_STDOUT_BYTES} bytes on stdout: not a training's JSON lines`));
      else resolve({ code, signal, stdout: Buffer.concat(out).toString('utf8'), stderrTail: tail });
    });
  });
}

/** A DnnError (DNN6041) to reject with. */
function failure(message: string): DnnError {
  return new DnnError([{ code: 'DNN6041', severity: 'error', message }]);
}

export type { PlanLine };
