// `train --log-dir DIR`: after every epoch, DIR/metrics.csv (one row per epoch), a TensorBoard
// event file of the same scalars, and DIR/curves.svg (the learning curves) are rewritten whole,
// each atomically, so an interrupted run leaves complete files of the epochs it finished.
import { hostname } from 'node:os';
import { join } from 'node:path';
import { ensureDirectory, writeFileAtomic } from '../runtime/files.js';
import { encodeEvent, eventFileName, tfRecord } from './tfevents.js';

/** One epoch's scalars, by name (loss, accuracy, val_loss, val_accuracy, ...). */
export type EpochScalars = Record<string, number>;

export class RunLog {
  private readonly rows: { epoch: number; wallTime: number; scalars: EpochScalars }[] = [];
  private readonly events: string;
  private readonly start = Date.now() / 1000;

  constructor(private readonly dir: string) {
    ensureDirectory(dir);
    this.events = join(dir, eventFileName(this.start, hostname()));
  }

  add(epoch: number, scalars: EpochScalars): void {
    this.rows.push({ epoch, wallTime: Date.now() / 1000, scalars });
    writeFileAtomic(join(this.dir, 'metrics.csv'), this.csv());
    writeFileAtomic(this.events, this.eventFile());
    writeFileAtomic(join(this.dir, 'curves.svg'), curvesSvg(this.rows));
  }

  private names(): string[] {
    return [...new Set(this.rows.flatMap((r) => Object.keys(r.scalars)))];
  }

  private csv(): string {
    const names = this.names();
    const lines = [['epoch', ...names].join(',')];
    for (const r of this.rows) lines.push([r.epoch, ...names.map((n) => (n in r.scalars ? String(r.scalars[n]) : ''))].join(','));
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
