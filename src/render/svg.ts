// Small pieces the SVG and DOT renderers share: escaping, number formatting and axis ticks.

/** Text for an SVG or XML attribute or element. */
export const esc = (s: string): string =>
  s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');

/** A number as a tick label: short, without a trailing `.0` (0.25, 1.5, 300, 1e-4). */
export function fmtTick(v: number, step: number): string {
  if (v === 0) return '0';
  if (Math.abs(v) >= 1e5 || Math.abs(v) < 1e-3) return v.toExponential(1).replace('.0e', 'e');
  const decimals = Math.max(0, Math.min(6, -Math.floor(Math.log10(step) + 1e-9)));
  return v.toFixed(decimals);
}

/** A number as a value label: 3 significant digits (0.943, 12.5, 300). */
export const fmtValue = (v: number): string => (Number.isInteger(v) && Math.abs(v) < 1e6 ? String(v) : Number(v.toPrecision(3)).toString());

/** A count with thousands separators (235,500), as Keras' summary prints them. */
export const fmtCount = (n: number): string => n.toLocaleString('en-US');

/**
 * "Nice" ticks over [lo, hi]: steps of 1, 2 or 5 times a power of ten, about `target` of them;
 * the range is widened to the ticks at its ends. Integer-only (epochs) when `integer`.
 */
export function niceTicks(lo: number, hi: number, target = 5, integer = false): { ticks: number[]; lo: number; hi: number; step: number } {
  if (!Number.isFinite(lo) || !Number.isFinite(hi)) return { ticks: [0, 1], lo: 0, hi: 1, step: 1 };
  if (hi < lo) [lo, hi] = [hi, lo];
  if (hi === lo) {
    const pad = lo === 0 ? 1 : Math.abs(lo) * 0.1;
    [lo, hi] = [lo - pad, hi + pad];
  }
  const raw = (hi - lo) / Math.max(1, target);
  const mag = 10 ** Math.floor(Math.log10(raw));
  let step = [1, 2, 5, 10].map((m) => m * mag).find((s) => s >= raw) ?? 10 * mag;
  if (integer) step = Math.max(1, Math.round(step));
  const first = Math.floor(lo / step + 1e-9) * step;
  const last = Math.ceil(hi / step - 1e-9) * step;
  const ticks: number[] = [];
  for (let k = 0; first + k * step <= last + step * 1e-9 && k < 1000; k++) ticks.push(Number((first + k * step).toPrecision(12)));
  return { ticks, lo: first, hi: last, step };
}
