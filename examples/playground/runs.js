// What the page computes about runs and data, kept apart from the DOM: a run's label (what
// changed since the previous run), the MNIST subset a model trains on (its digits, relabel and
// per_class settings, as the CLI applies them), and per-class accuracy from a confusion matrix.

/** A short label for a run: what changed in its source since `previous` (a run's { source, model }). */
export function runLabel(n, current, previous) {
  const name = current.model;
  if (!previous || previous.model !== current.model) return `#${n} ${name}`;
  const count = (lines) => lines.reduce((m, l) => m.set(l, (m.get(l) ?? 0) + 1), new Map());
  const diff = (a, b) => {
    const left = count(b);
    return a.filter((l) => (left.get(l) ?? 0) > 0 ? (left.set(l, left.get(l) - 1), false) : true);
  };
  const lines = (s) => s.split('\n').map((l) => l.trim().replace(/\s+/g, ' ')).filter((l) => l && !l.startsWith('#'));
  const now = lines(current.source), before = lines(previous.source);
  const added = diff(now, before), removed = diff(before, now);
  const short = (l) => (l.length > 48 ? l.slice(0, 47) + '…' : l);
  if (!added.length && !removed.length) return `#${n} ${name}, again`;
  if (added.length === 1 && removed.length === 1) return `#${n} ${short(added[0])} (was ${short(removed[0])})`;
  if (added.length && !removed.length) return `#${n} added ${short(added[0])}${added.length > 1 ? ` and ${added.length - 1} more` : ''}`;
  if (removed.length && !added.length) return `#${n} removed ${short(removed[0])}${removed.length > 1 ? ` and ${removed.length - 1} more` : ''}`;
  return `#${n} ${short(added[0])} (+${added.length} −${removed.length} lines)`;
}

/**
 * The training and validation splits for `artifact` from the page's digits: only the model's
 * `digits` (numbered from 0 with `relabel`), and at most `per_class` training examples a class.
 */
export function splitsFor(artifact, digits) {
  const keep = artifact.train.digits;
  const relabel = artifact.train.relabel === true;
  const perClass = artifact.train.perClass;
  const pick = (split, limit) => {
    const taken = new Map();
    const rows = [];
    for (let i = 0; i < split.count; i++) {
      const d = split.labels[i];
      const label = keep ? (relabel ? keep.indexOf(d) : keep.includes(d) ? d : -1) : d;
      if (label < 0) continue;
      if (limit !== undefined && (taken.get(label) ?? 0) >= limit) continue;
      taken.set(label, (taken.get(label) ?? 0) + 1);
      rows.push([i, label]);
    }
    const per = split.features.length / split.count;
    const features = new Uint8Array(rows.length * per);
    rows.forEach(([i], k) => features.set(split.features.subarray(i * per, (i + 1) * per), k * per));
    return { count: rows.length, features, labels: Int32Array.from(rows, ([, l]) => l) };
  };
  return { train: pick(digits.train, perClass), val: pick(digits.val, undefined) };
}

/** Each class's accuracy (recall) from a confusion matrix (rows: true class); NaN for a class with no examples. */
export function perClassAccuracy(matrix) {
  return matrix.map((row, c) => {
    const total = row.reduce((a, b) => a + b, 0);
    return total ? row[c] / total : NaN;
  });
}
