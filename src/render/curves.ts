// Learning curves as SVG, for one run or several overlaid (the page's runs, `--log-dir`'s
// curves.svg): a panel per quantity (loss, then each metric), training solid and validation
// dashed, ticks and labels on both axes, the legend beside the panels (never over a line), and
// each run's best epoch marked.
import { esc, fmtTick, fmtValue, niceTicks } from './svg.js';

/** One epoch's scalars by name: `loss`, `accuracy`, `val_loss`, `val_accuracy`, ... */
export interface CurveEpoch {
  readonly epoch: number;
  readonly scalars: Readonly<Record<string, number>>;
}

export interface CurveRun {
  /** What tells this run from the others (`batch norm`, `lr 0.005`); may be '' for a single run. */
  readonly label: string;
  readonly epochs: readonly CurveEpoch[];
  /** The best epoch, when the trainer knows it (early stopping's); else found from `monitor`. */
  readonly best?: number;
}

export interface CurvesOptions {
  /** The quantities, a panel each (default: loss, then every other scalar but val_/test_ ones, seconds and lr_scale). */
  readonly quantities?: readonly string[];
  /**
   * The scalar whose best epoch is marked when a run gives none (early stopping's monitor):
   * highest for an accuracy (a name with `acc` in it), else lowest. Default `val_loss` (`loss`
   * without validation); null marks none.
   */
  readonly monitor?: string | null;
  /** One panel's size in pixels (default 360 × 260). */
  readonly width?: number;
  readonly height?: number;
  /** A title above the panels. */
  readonly title?: string;
}

/** The colours of runs, in order (the tableau palette). */
export const RUN_COLORS = ['#1f77b4', '#ff7f0e', '#2ca02c', '#d62728', '#9467bd', '#8c564b', '#e377c2', '#7f7f7f', '#bcbd22', '#17becf'];

const PAD = { left: 52, right: 14, top: 28, bottom: 40 };
const LEGEND_W = 190;

const SKIPPED = (n: string) => n.startsWith('val_') || n.startsWith('test_') || n === 'seconds' || n === 'lr_scale';

/** The quantities drawn by default: loss first, then the others in the order they appear. */
export function defaultQuantities(runs: readonly CurveRun[]): string[] {
  const names = [...new Set(runs.flatMap((r) => r.epochs.flatMap((e) => Object.keys(e.scalars))))].filter((n) => !SKIPPED(n));
  return [...names.filter((n) => n === 'loss'), ...names.filter((n) => n !== 'loss')];
}

/** Higher is better for an accuracy (a name containing `acc`), lower for the rest: early stopping's `mode: "auto"`, as Keras'. */
export const lowerIsBetter = (name: string): boolean => !/acc/.test(name);

/** The epoch where `monitor` was best (the first of equals, as early stopping keeps it); undefined without it. */
export function bestEpoch(epochs: readonly CurveEpoch[], monitor: string): number | undefined {
  let best: CurveEpoch | undefined;
  const lower = lowerIsBetter(monitor);
  for (const e of epochs) {
    const v = e.scalars[monitor];
    if (v === undefined || !Number.isFinite(v)) continue;
    const b = best?.scalars[monitor];
    if (b === undefined || (lower ? v < b : v > b)) best = e;
  }
  return best?.epoch;
}

/** The best epoch marked for a run: its own, else the monitor's (val_loss, else loss). */
function markedEpoch(run: CurveRun, monitor: string | null | undefined): number | undefined {
  if (run.best !== undefined) return run.best;
  if (monitor === null) return undefined;
  if (monitor !== undefined) return bestEpoch(run.epochs, monitor);
  return bestEpoch(run.epochs, 'val_loss') ?? bestEpoch(run.epochs, 'loss');
}

/** The learning curves of `runs` as a standalone SVG document. */
export function curvesSvg(runs: readonly CurveRun[], options: CurvesOptions = {}): string {
  const quantities = options.quantities ?? defaultQuantities(runs);
  const W = options.width ?? 360;
  const H = options.height ?? 260;
  const top = options.title ? 24 : 0;
  const panels = Math.max(1, quantities.length);
  const bests = runs.map((r) => markedEpoch(r, options.monitor));
  const legend = legendItems(runs, bests);
  const width = panels * W + legendWidth(legend);
  const height = Math.max(H, legend.length * 18 + PAD.top + 10) + top;
  return [
    `<svg xmlns="http://www.w3.org/2000/svg" width="${width}" height="${height}" viewBox="0 0 ${width} ${height}" font-family="Helvetica, Arial, sans-serif" font-size="11">`,
    `<rect width="100%" height="100%" fill="white"/>`,
    ...(options.title ? [`<text x="${width / 2}" y="18" text-anchor="middle" font-size="14" font-weight="bold">${esc(options.title)}</text>`] : []),
    ...quantities.map((q, i) => panel(q, runs, bests, { x: i * W, y: top, w: W, h: H })),
    legendBox(legend, panels * W + 8, top + PAD.top),
    `</svg>`,
    '',
  ].join('\n');
}

interface Box {
  readonly x: number;
  readonly y: number;
  readonly w: number;
  readonly h: number;
}

interface Series {
  readonly run: number;
  readonly validation: boolean;
  readonly points: readonly (readonly [number, number])[];
}

function seriesOf(q: string, runs: readonly CurveRun[]): Series[] {
  return runs.flatMap((r, run) => [false, true].map((validation) => {
    const name = validation ? `val_${q}` : q;
    return { run, validation, points: r.epochs.filter((e) => Number.isFinite(e.scalars[name])).map((e) => [e.epoch, e.scalars[name]!] as const) };
  })).filter((s) => s.points.length > 0);
}

/** One quantity's panel: title, axes with ticks and labels, the curves, the best epochs. */
function panel(q: string, runs: readonly CurveRun[], bests: readonly (number | undefined)[], box: Box): string {
  const series = seriesOf(q, runs);
  const pts = series.flatMap((s) => s.points);
  const ex = niceTicks(Math.min(1, ...pts.map((p) => p[0])), Math.max(1, ...pts.map((p) => p[0])), 6, true);
  const vy = pts.length ? niceTicks(Math.min(...pts.map((p) => p[1])), Math.max(...pts.map((p) => p[1])), 5) : niceTicks(0, 1);
  const [px0, px1, py0, py1] = [box.x + PAD.left, box.x + box.w - PAD.right, box.y + box.h - PAD.bottom, box.y + PAD.top];
  const sx = (e: number) => px0 + ((e - ex.lo) / (ex.hi - ex.lo || 1)) * (px1 - px0);
  const sy = (v: number) => py0 - ((v - vy.lo) / (vy.hi - vy.lo || 1)) * (py0 - py1);
  const out = [`<g class="panel" data-quantity="${esc(q)}">`,
    `<text x="${(px0 + px1) / 2}" y="${box.y + 18}" text-anchor="middle" font-size="13">${esc(q)}</text>`];
  for (const t of vy.ticks) {
    out.push(`<line x1="${px0}" y1="${sy(t).toFixed(1)}" x2="${px1}" y2="${sy(t).toFixed(1)}" stroke="#eee"/>`,
      `<line x1="${px0 - 4}" y1="${sy(t).toFixed(1)}" x2="${px0}" y2="${sy(t).toFixed(1)}" stroke="black"/>`,
      `<text class="ytick" x="${px0 - 6}" y="${(sy(t) + 4).toFixed(1)}" text-anchor="end">${fmtTick(t, vy.step)}</text>`);
  }
  for (const t of ex.ticks) {
    out.push(`<line x1="${sx(t).toFixed(1)}" y1="${py0}" x2="${sx(t).toFixed(1)}" y2="${py0 + 4}" stroke="black"/>`,
      `<text class="xtick" x="${sx(t).toFixed(1)}" y="${py0 + 16}" text-anchor="middle">${t}</text>`);
  }
  out.push(`<line x1="${px0}" y1="${py0}" x2="${px1}" y2="${py0}" stroke="black"/>`, `<line x1="${px0}" y1="${py1}" x2="${px0}" y2="${py0}" stroke="black"/>`,
    `<text x="${(px0 + px1) / 2}" y="${py0 + 32}" text-anchor="middle">epoch</text>`,
    `<text transform="translate(${box.x + 12},${(py0 + py1) / 2}) rotate(-90)" text-anchor="middle">${esc(q)}</text>`);
  bests.forEach((b, run) => {
    if (b === undefined || b < ex.lo || b > ex.hi) return;
    out.push(`<line class="best" data-run="${run}" x1="${sx(b).toFixed(1)}" y1="${py1}" x2="${sx(b).toFixed(1)}" y2="${py0}" stroke="${color(run)}" stroke-width="1" stroke-dasharray="1,3"/>`);
  });
  const validated = new Set(series.filter((s) => s.validation).map((s) => s.run));
  for (const s of series) out.push(curve(s, sx, sy, s.validation || !validated.has(s.run) ? bests[s.run] : undefined));
  out.push(`</g>`);
  return out.join('\n');
}

const color = (run: number) => RUN_COLORS[run % RUN_COLORS.length]!;

/** A series' line; `best`: mark its point at that epoch (the validation curve's, else training's). */
function curve(s: Series, sx: (e: number) => number, sy: (v: number) => number, best: number | undefined): string {
  const d = s.points.map(([e, v], k) => `${k ? 'L' : 'M'}${sx(e).toFixed(1)},${sy(v).toFixed(1)}`).join(' ');
  const attrs = `fill="none" stroke="${color(s.run)}" stroke-width="2"${s.validation ? ' stroke-dasharray="6,4"' : ''}`;
  const out = [`<path class="curve${s.validation ? ' validation' : ' training'}" data-run="${s.run}" d="${d}" ${attrs}/>`];
  const at = s.points.find(([e]) => e === best);
  if (at) {
    out.push(`<circle class="best-point" data-run="${s.run}" cx="${sx(at[0]).toFixed(1)}" cy="${sy(at[1]).toFixed(1)}" r="${s.validation ? 4 : 3}" fill="${s.validation ? 'white' : color(s.run)}" stroke="${color(s.run)}" stroke-width="2"><title>${esc(`epoch ${at[0]}: ${fmtValue(at[1])}`)}</title></circle>`);
  }
  return out.join('\n');
}

interface LegendItem {
  readonly text: string;
  readonly color: string;
  readonly style: 'solid' | 'dashed' | 'best' | 'run';
}

/** One run: its training, validation and best epoch in its colour. Several: the line styles once, then a colour per run. */
function legendItems(runs: readonly CurveRun[], bests: readonly (number | undefined)[]): LegendItem[] {
  if (runs.length === 1) {
    const [name, best] = [runs[0]!.label ? `${runs[0]!.label}: ` : '', bests[0]];
    return [{ text: `${name}training`, color: color(0), style: 'solid' }, { text: `${name}validation`, color: color(0), style: 'dashed' },
      ...(best === undefined ? [] : [{ text: `best epoch ${best}`, color: color(0), style: 'best' as const }])];
  }
  const grey = '#555';
  return [{ text: 'training', color: grey, style: 'solid' }, { text: 'validation', color: grey, style: 'dashed' }, { text: 'best epoch', color: grey, style: 'best' },
    ...runs.map((r, i): LegendItem => ({ text: `${r.label || `run ${i + 1}`}${bests[i] === undefined ? '' : ` (best ${bests[i]})`}`, color: color(i), style: 'run' }))];
}

/** The legend's width: its longest text at ~6.2 px a character of 11 px Helvetica, beside its 34 px key, at least LEGEND_W (a long run label is not cut off). */
function legendWidth(items: readonly LegendItem[]): number {
  return Math.max(LEGEND_W, Math.ceil(8 + 34 + 6.2 * Math.max(0, ...items.map((it) => it.text.length)) + 8));
}

/** The legend right of the panels: it never covers a curve. */
function legendBox(items: readonly LegendItem[], x: number, y: number): string {
  const out = [`<g class="legend">`];
  items.forEach((it, i) => {
    const ly = y + i * 18;
    if (it.style === 'best') {
      out.push(`<line x1="${x + 14}" y1="${ly - 8}" x2="${x + 14}" y2="${ly + 4}" stroke="${it.color}" stroke-dasharray="1,3"/>`,
        `<circle cx="${x + 14}" cy="${ly - 2}" r="3.5" fill="white" stroke="${it.color}" stroke-width="2"/>`);
    } else if (it.style === 'run') {
      out.push(`<rect x="${x + 4}" y="${ly - 9}" width="20" height="10" rx="2" fill="${it.color}"/>`);
    } else {
      out.push(`<line x1="${x}" y1="${ly - 3}" x2="${x + 28}" y2="${ly - 3}" stroke="${it.color}" stroke-width="2"${it.style === 'dashed' ? ' stroke-dasharray="6,4"' : ''}/>`);
    }
    out.push(`<text x="${x + 34}" y="${ly + 1}">${esc(it.text)}</text>`);
  });
  out.push(`</g>`);
  return out.join('\n');
}
