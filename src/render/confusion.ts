// The confusion matrix the device counted (Session.confusion), with each class's precision (of
// the rows predicted as it, how many are it), recall (of its rows, how many were predicted as it)
// and support (its rows): as data (`dnnc eval --confusion --json`), as a text table (`dnnc eval
// --confusion`) and as an SVG heat map (the playground).
import { esc } from './svg.js';

export interface ConfusionReport {
  /** Rows: true classes; columns: predicted classes. */
  readonly confusion: number[][];
  /** Per class; null where no row was predicted as the class (precision) or none is of it (recall). */
  readonly precision: (number | null)[];
  readonly recall: (number | null)[];
  readonly support: number[];
}

export function confusionReport(matrix: number[][]): ConfusionReport {
  const k = matrix.length;
  const support = matrix.map((row) => row.reduce((a, b) => a + b, 0));
  const predicted = Array.from({ length: k }, (_, j) => matrix.reduce((a, row) => a + row[j]!, 0));
  const ratio = (n: number, d: number) => (d > 0 ? n / d : null);
  return {
    confusion: matrix,
    precision: matrix.map((row, i) => ratio(row[i]!, predicted[i]!)),
    recall: matrix.map((row, i) => ratio(row[i]!, support[i]!)),
    support,
  };
}

/** A count as printed: an integer, or two decimals where a tied row was split between classes. */
const cell = (n: number) => (Number.isInteger(n) ? String(n) : n.toFixed(2));
const share = (v: number | null) => (v === null ? '-' : v.toFixed(4));

/** The matrix (rows true, columns predicted), then precision, recall and support per class. */
export function formatConfusion(r: ConfusionReport): string {
  const k = r.confusion.length;
  const classes = Array.from({ length: k }, (_, i) => String(i));
  const width = Math.max(4, ...r.confusion.flat().map((n) => cell(n).length), ...classes.map((c) => c.length));
  const pad = (s: string) => s.padStart(width);
  const label = 'true\\pred';
  const lines = [
    `confusion matrix (rows: true class, columns: predicted class; ${cell(r.support.reduce((a, b) => a + b, 0))} examples):`,
    [label, ...classes.map(pad)].join('  '),
    ...r.confusion.map((row, i) => [classes[i]!.padStart(label.length), ...row.map((n) => pad(cell(n)))].join('  ')),
    '',
    ['class', 'precision', 'recall', 'support'].join('  '),
    ...classes.map((c, i) => [c.padStart(5), share(r.precision[i]!).padStart(9), share(r.recall[i]!).padStart(6), cell(r.support[i]!).padStart(7)].join('  ')),
  ];
  return lines.join('\n') + '\n';
}

export interface ConfusionSvgOptions {
  /** The classes' names (default 0, 1, ...). */
  readonly labels?: readonly string[];
  /** A cell's size in pixels (default 36). */
  readonly cell?: number;
}

/**
 * The matrix as an SVG heat map: a row per true class, a column per predicted class, each cell
 * shaded by its share of the row (so a class with few examples reads as well as a large one) and
 * labelled with its count; then each row's recall and each column's precision.
 */
export function confusionSvg(r: ConfusionReport, options: ConfusionSvgOptions = {}): string {
  const k = r.confusion.length;
  const size = options.cell ?? 36;
  const names = Array.from({ length: k }, (_, i) => options.labels?.[i] ?? String(i));
  const [left, top] = [70, 50];
  const [width, height] = [left + (k + 1) * size + 20, top + (k + 1) * size + 30];
  const out = [
    `<svg xmlns="http://www.w3.org/2000/svg" width="${width}" height="${height}" viewBox="0 0 ${width} ${height}" font-family="Helvetica, Arial, sans-serif" font-size="11">`,
    `<rect width="100%" height="100%" fill="white"/>`,
    `<text x="${left + (k * size) / 2}" y="16" text-anchor="middle" font-size="12">predicted class</text>`,
    `<text transform="translate(14,${top + (k * size) / 2}) rotate(-90)" text-anchor="middle" font-size="12">true class</text>`,
    `<text x="${left + k * size + size / 2}" y="${top - 8}" text-anchor="middle" fill="#555">recall</text>`,
    `<text x="${left - 8}" y="${top + k * size + size / 2 + 4}" text-anchor="end" fill="#555">precision</text>`,
  ];
  names.forEach((n, i) => out.push(
    `<text x="${left + i * size + size / 2}" y="${top - 8}" text-anchor="middle">${esc(n)}</text>`,
    `<text x="${left - 8}" y="${top + i * size + size / 2 + 4}" text-anchor="end">${esc(n)}</text>`,
    `<text x="${left + k * size + size / 2}" y="${top + i * size + size / 2 + 4}" text-anchor="middle" fill="#555">${shareShort(r.recall[i]!)}</text>`,
    `<text x="${left + i * size + size / 2}" y="${top + k * size + size / 2 + 4}" text-anchor="middle" fill="#555">${shareShort(r.precision[i]!)}</text>`));
  r.confusion.forEach((row, i) => row.forEach((n, j) => {
    const share = r.support[i]! > 0 ? n / r.support[i]! : 0;
    const fill = i === j ? `rgba(31,119,180,${(0.1 + 0.9 * share).toFixed(3)})` : `rgba(214,39,40,${(share > 0 ? 0.1 + 0.9 * share : 0).toFixed(3)})`;
    out.push(`<g class="cell" data-true="${i}" data-predicted="${j}"><rect x="${left + j * size}" y="${top + i * size}" width="${size}" height="${size}" fill="${fill}" stroke="#ddd"/>`,
      `<text x="${left + j * size + size / 2}" y="${top + i * size + size / 2 + 4}" text-anchor="middle"${share > 0.6 ? ' fill="white"' : ''}>${cell(n)}</text></g>`);
  }));
  out.push(`</svg>`, '');
  return out.join('\n');
}

const shareShort = (v: number | null) => (v === null ? '-' : v.toFixed(2));
