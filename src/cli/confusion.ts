// `dnnc eval --confusion`: the confusion matrix the device counted (Session.confusion), with each
// class's precision (of the rows predicted as it, how many are it), recall (of its rows, how many
// were predicted as it) and support (its rows), as a table or as JSON fields.

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
