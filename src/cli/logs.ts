// `train --log-dir DIR`: after every epoch, DIR/metrics.csv (one row per epoch), a TensorBoard
// event file of the same scalars, and DIR/curves.svg (the learning curves) are rewritten whole,
// each atomically, so an interrupted run leaves complete files of the epochs it finished. The
// directory and each file are checked before training (open); a write failing later is a warning,
// never the end of the run. A resumed run keeps the earlier epochs of metrics.csv and curves.svg
// (like Keras' CSVLogger(append=True)) and writes its own event file beside the earlier ones,
// which TensorBoard reads as one run.
import { existsSync } from 'node:fs';
import { hostname } from 'node:os';
import { join } from 'node:path';
import { DnnError, fail } from '../contract/diagnostics.js';
import { checkWritable, ensureDirectory, readFileOrFail, writeFileAtomic } from '../runtime/files.js';
import type { OutputTarget } from '../runtime/outputs.js';
import { encodeEvent, eventFileName, tfRecord } from './tfevents.js';

/** One epoch's scalars, by name (loss, accuracy, val_loss, val_accuracy, ...). */
export type EpochScalars = Record<string, number>;

/** The metrics.csv a resumed run reads back: far larger than any run's. */
const MAX_METRICS_BYTES = 64 * 2 ** 20;

export class RunLog {
  /** A resumed run's earlier epochs, from metrics.csv (no wall time: they are not in the event file). */
  private earlier: { epoch: number; scalars: EpochScalars }[] = [];
  private readonly rows: { epoch: number; wallTime: number; scalars: EpochScalars }[] = [];
  private events: string;
  private readonly start = Date.now() / 1000;
  private warned = false;

  constructor(private readonly dir: string, private readonly warn: (s: string) => void) {
    this.events = join(dir, eventFileName(this.start, hostname()));
  }

  /** The files it writes, for the output guard. */
  targets(): OutputTarget[] {
    return [join(this.dir, 'metrics.csv'), join(this.dir, 'curves.svg'), this.events].map((path) => ({ path, what: '--log-dir' }));
  }

  /**
   * Before training: creates the directory and checks that each file can be written there. A run
   * resumed after epoch `resumedAfter` keeps metrics.csv's rows up to that epoch.
   */
  open(resumedAfter: number): void {
    ensureDirectory(this.dir);
    // A second run in the same second on the same host: its own event file, never the first's.
    for (let n = 1; existsSync(this.events); n++) this.events = join(this.dir, `${eventFileName(this.start, hostname())}.${n}`);
    for (const t of this.targets()) checkWritable(t.path, '--log-dir');
    if (resumedAfter > 0) this.earlier = readMetrics(join(this.dir, 'metrics.csv')).filter((r) => r.epoch <= resumedAfter);
  }

  /** Writes the epoch's row; a failure is reported once, as a warning, and the next epoch tries again. */
  add(epoch: number, scalars: EpochScalars): void {
    this.rows.push({ epoch, wallTime: Date.now() / 1000, scalars });
    try {
      writeFileAtomic(join(this.dir, 'metrics.csv'), this.csv());
      writeFileAtomic(this.events, this.eventFile());
      writeFileAtomic(join(this.dir, 'curves.svg'), curvesSvg(this.all()));
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

  private eventFile(): Uint8Array {
    const records = [tfRecord(encodeEvent(this.start, 0)), ...this.rows.map((r) => tfRecord(encodeEvent(r.wallTime, r.epoch, r.scalars)))];
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

const COLORS = ['#1f77b4', '#ff7f0e', '#2ca02c', '#d62728', '#9467bd', '#8c564b'];
const esc = (s: string) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');

/**
 * The learning curves as plain SVG: one panel per quantity (loss, then each metric), training
 * solid and validation dashed, against the epoch.
 */
export function curvesSvg(rows: readonly { epoch: number; scalars: EpochScalars }[]): string {
  const names = [...new Set(rows.flatMap((r) => Object.keys(r.scalars)))];
  const quantities = names.filter((n) => !n.startsWith('val_') && !n.startsWith('test_') && n !== 'seconds' && n !== 'lr_scale');
  const W = 420, H = 260, pad = 45;
  const panels = quantities.map((q, i) => panel(q, rows, i * W, W, H, pad));
  return [
    `<?xml version="1.0" encoding="UTF-8"?>`,
    `<svg xmlns="http://www.w3.org/2000/svg" width="${Math.max(1, quantities.length) * W}" height="${H}" viewBox="0 0 ${Math.max(1, quantities.length) * W} ${H}" font-family="sans-serif" font-size="11">`,
    `<rect width="100%" height="100%" fill="white"/>`,
    ...panels,
    `</svg>`,
    '',
  ].join('\n');
}

function panel(q: string, rows: readonly { epoch: number; scalars: EpochScalars }[], x0: number, W: number, H: number, pad: number): string {
  const series = [q, `val_${q}`].map((n) => ({ n, pts: rows.filter((r) => Number.isFinite(r.scalars[n])).map((r) => [r.epoch, r.scalars[n]!] as const) }));
  const all = series.flatMap((s) => s.pts);
  const [e0, e1] = [Math.min(...all.map((p) => p[0])), Math.max(...all.map((p) => p[0]))];
  const [v0, v1] = [Math.min(...all.map((p) => p[1])), Math.max(...all.map((p) => p[1]))];
  const sx = (e: number) => x0 + pad + ((e - e0) / Math.max(1, e1 - e0)) * (W - 2 * pad);
  const sy = (v: number) => H - pad - ((v - v0) / (v1 - v0 || 1)) * (H - 2 * pad);
  const out = [
    `<g>`,
    `<text x="${x0 + W / 2}" y="16" text-anchor="middle" font-size="13">${esc(q)}</text>`,
    `<line x1="${x0 + pad}" y1="${H - pad}" x2="${x0 + W - pad}" y2="${H - pad}" stroke="black"/>`,
    `<line x1="${x0 + pad}" y1="${pad}" x2="${x0 + pad}" y2="${H - pad}" stroke="black"/>`,
  ];
  if (all.length) {
    out.push(`<text x="${x0 + pad - 4}" y="${sy(v1)}" text-anchor="end">${fmt(v1)}</text>`, `<text x="${x0 + pad - 4}" y="${sy(v0)}" text-anchor="end">${fmt(v0)}</text>`);
    out.push(`<text x="${sx(e0)}" y="${H - pad + 14}" text-anchor="middle">${e0}</text>`, `<text x="${sx(e1)}" y="${H - pad + 14}" text-anchor="middle">${e1}</text>`);
    out.push(`<text x="${x0 + W / 2}" y="${H - 8}" text-anchor="middle">epoch</text>`);
  }
  series.forEach((s, i) => {
    if (!s.pts.length) return;
    const d = s.pts.map(([e, v], k) => `${k ? 'L' : 'M'}${sx(e).toFixed(1)},${sy(v).toFixed(1)}`).join(' ');
    out.push(`<path d="${d}" fill="none" stroke="${COLORS[i]}" stroke-width="2"${i ? ' stroke-dasharray="5,3"' : ''}/>`);
    out.push(`<text x="${x0 + W - pad}" y="${pad + 12 * i}" text-anchor="end" fill="${COLORS[i]}">${esc(s.n)}</text>`);
  });
  out.push(`</g>`);
  return out.join('\n');
}

const fmt = (v: number) => (Math.abs(v) >= 100 || v === 0 ? v.toFixed(0) : v.toPrecision(3));
