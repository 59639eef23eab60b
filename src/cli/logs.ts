// `train --log-dir DIR`: after every epoch, DIR/metrics.csv (one row per epoch), TensorBoard event
// files of the same scalars, and DIR/curves.svg (the learning curves, drawn by src/render, the
// playground's renderer) are rewritten whole, each atomically, so an interrupted run leaves
// complete files of the epochs it finished. The events follow Keras' TensorBoard callback: two
// runs, DIR/train and DIR/validation, with the same tags (`epoch_loss`, `epoch_accuracy`, ...), so
// TensorBoard draws training and validation of each quantity in one chart. The directory and each
// file are checked before training (open); a write failing later is a warning, never the end of
// the run. A resumed run keeps the earlier epochs of metrics.csv and curves.svg (like Keras'
// CSVLogger(append=True)) and writes its own event files beside the earlier ones, which
// TensorBoard reads as one run each.
import { existsSync } from 'node:fs';
import { hostname } from 'node:os';
import { join } from 'node:path';
import { DnnError, fail } from '../contract/diagnostics.js';
import { curvesSvg } from '../render/curves.js';
import { checkWritable, ensureDirectory, readFileOrFail, writeFileAtomic } from '../runtime/files.js';
import type { OutputTarget } from '../runtime/outputs.js';
import { encodeEvent, eventFileName, tfRecord } from './tfevents.js';

/** One epoch's scalars, by name (loss, accuracy, val_loss, val_accuracy, ...). */
export type EpochScalars = Record<string, number>;

/** The metrics.csv a resumed run reads back: far larger than any run's. */
const MAX_METRICS_BYTES = 64 * 2 ** 20;

/** TensorBoard's runs under --log-dir, as Keras names them. */
export const TENSORBOARD_RUNS = ['train', 'validation'] as const;
export type TensorBoardRun = (typeof TENSORBOARD_RUNS)[number];

/**
 * An epoch's scalars as Keras' TensorBoard callback writes them: `val_accuracy` is `epoch_accuracy`
 * in the validation run, `loss` `epoch_loss` in the train run (with `seconds` and `lr_scale`).
 */
export function tensorBoardScalars(scalars: EpochScalars): Record<TensorBoardRun, EpochScalars> {
  const runs: Record<TensorBoardRun, EpochScalars> = { train: {}, validation: {} };
  for (const [name, v] of Object.entries(scalars)) {
    if (name.startsWith('test_')) continue;
    const validation = name.startsWith('val_');
    runs[validation ? 'validation' : 'train'][`epoch_${validation ? name.slice(4) : name}`] = v;
  }
  return runs;
}

export class RunLog {
  /** A resumed run's earlier epochs, from metrics.csv (no wall time: they are not in the event files). */
  private earlier: { epoch: number; scalars: EpochScalars }[] = [];
  private readonly rows: { epoch: number; wallTime: number; scalars: EpochScalars }[] = [];
  private readonly events: Record<TensorBoardRun, string>;
  private readonly start = Date.now() / 1000;
  private warned = false;
  /** The scalar whose best epoch curves.svg marks (early stopping's monitor); default val_loss. */
  monitor: string | undefined;

  constructor(private readonly dir: string, private readonly warn: (s: string) => void) {
    const name = eventFileName(this.start, hostname());
    this.events = { train: join(dir, 'train', name), validation: join(dir, 'validation', name) };
  }

  /** The files it writes, for the output guard. */
  targets(): OutputTarget[] {
    return [join(this.dir, 'metrics.csv'), join(this.dir, 'curves.svg'), ...Object.values(this.events)].map((path) => ({ path, what: '--log-dir' }));
  }

  /**
   * Before training: creates the directories and checks that each file can be written there. A
   * run resumed after epoch `resumedAfter` keeps metrics.csv's rows up to that epoch.
   */
  open(resumedAfter: number): void {
    ensureDirectory(this.dir);
    // The directory itself takes files before the runs' folders are made in it.
    for (const file of ['metrics.csv', 'curves.svg']) checkWritable(join(this.dir, file), '--log-dir');
    for (const run of TENSORBOARD_RUNS) {
      ensureDirectory(join(this.dir, run));
      // A second run in the same second on the same host: its own event file, never the first's.
      const first = this.events[run];
      for (let n = 1; existsSync(this.events[run]); n++) this.events[run] = `${first}.${n}`;
      checkWritable(this.events[run], '--log-dir');
    }
    if (resumedAfter > 0) this.earlier = readMetrics(join(this.dir, 'metrics.csv')).filter((r) => r.epoch <= resumedAfter);
  }

  /** Writes the epoch's row; a failure is reported once, as a warning, and the next epoch tries again. */
  add(epoch: number, scalars: EpochScalars): void {
    this.rows.push({ epoch, wallTime: Date.now() / 1000, scalars });
    try {
      writeFileAtomic(join(this.dir, 'metrics.csv'), this.csv());
      for (const run of TENSORBOARD_RUNS) writeFileAtomic(this.events[run], this.eventFile(run));
      writeFileAtomic(join(this.dir, 'curves.svg'), curvesSvg([{ label: '', epochs: this.all() }], { monitor: this.monitor }));
    } catch (e) {
      if (!(e instanceof DnnError)) throw e;
      if (!this.warned) this.warn(`dnnc: warning: --log-dir: ${e.diagnostics[0]?.message ?? e.message}; training goes on (the logs are retried each epoch)`);
      this.warned = true;
    }
  }

  private all(): { epoch: number; scalars: EpochScalars }[] {
    return [...this.earlier, ...this.rows];
  }

  private csv(): string {
    const rows = this.all();
    const names = [...new Set(rows.flatMap((r) => Object.keys(r.scalars)))];
    const lines = [['epoch', ...names].join(',')];
    for (const r of rows) lines.push([r.epoch, ...names.map((n) => (n in r.scalars ? String(r.scalars[n]) : ''))].join(','));
    return lines.join('\n') + '\n';
  }

  private eventFile(run: TensorBoardRun): Uint8Array {
    const records = [tfRecord(encodeEvent(this.start, 0)), ...this.rows.map((r) => tfRecord(encodeEvent(r.wallTime, r.epoch, tensorBoardScalars(r.scalars)[run])))];
    const out = new Uint8Array(records.reduce((n, r) => n + r.length, 0));
    let at = 0;
    for (const r of records) {
      out.set(r, at);
      at += r.length;
    }
    return out;
  }
}

/** The rows of a metrics.csv this class wrote; anything else is refused (not replaced). */
function readMetrics(file: string): { epoch: number; scalars: EpochScalars }[] {
  if (!existsSync(file)) return [];
  const bad = (why: string): never => fail('DNN6004', `--log-dir: ${file} is not a metrics.csv that dnnc wrote (${why}), so the resumed run cannot append to it`, ['move it away, or name another --log-dir']);
  const [head = '', ...lines] = readFileOrFail(file, 'metrics.csv', MAX_METRICS_BYTES, false).toString('utf8').split('\n').filter((l) => l !== '');
  const names = head.split(',');
  if (names[0] !== 'epoch') bad("its header does not start with 'epoch'");
  return lines.map((line, i) => {
    const cells = line.split(',');
    if (cells.length !== names.length || !/^[0-9]{1,9}$/.test(cells[0]!)) bad(`line ${i + 2}`);
    const scalars: EpochScalars = {};
    cells.forEach((c, k) => {
      if (k === 0 || c === '') return;
      if (Number.isNaN(Number(c)) && c !== 'NaN') bad(`line ${i + 2}: '${c.slice(0, 20)}'`);
      scalars[names[k]!] = Number(c);
    });
    return { epoch: Number(cells[0]), scalars };
  });
}
