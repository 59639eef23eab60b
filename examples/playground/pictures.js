// The playground's pictures: the layer graph and the learning curves, as SVG text.
// PLACEHOLDER until the shared renderer (branch `pictures`: layerGraph, graphSvg, curvesSvg) is
// merged; the page calls only graphOf and curvesOf, so swapping the renderer touches this file.

const esc = (s) => String(s).replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);
export const COLOURS = ['#3b6fd8', '#d8713b', '#2a9d5b', '#9b4dca', '#c23b5b', '#6b7a8f'];

/**
 * The layer graph of a compiled model: one node per scope holding parameters, in the artifact's
 * order, with its output width (the last axis of its kernel or bias), its parameter count, and
 * whether it is frozen (its parameters are state but not trained).
 */
export function graphOf(artifact) {
  const trainable = new Set(artifact.params);
  const scopes = new Map();
  const input = artifact.inputs.find((i) => i.role === 'features');
  const nodes = [{ name: input?.name ?? 'input', shape: ['batch', ...(input?.example ?? [])], params: 0, frozen: false, kind: 'input' }];
  for (const b of artifact.buffers) {
    if (b.kind !== 'state' || b.role !== 'param') continue;
    const name = b.name.slice('state:'.length);
    const scope = name.includes('/') ? name.slice(0, name.lastIndexOf('/')) : name;
    let node = scopes.get(scope);
    if (!node) {
      node = { name: scope, shape: ['batch'], params: 0, frozen: true, kind: 'layer' };
      scopes.set(scope, node);
      nodes.push(node);
    }
    const count = (b.shape ?? []).reduce((a, n) => a * n, 1);
    node.params += count;
    if (trainable.has(name)) node.frozen = false;
    const width = b.shape?.[b.shape.length - 1];
    if (width !== undefined) node.shape = ['batch', width];
  }
  return { nodes, svg: graphSvg(nodes) };
}

function graphSvg(nodes) {
  const W = 300, H = 44, GAP = 14;
  const height = nodes.length * (H + GAP) + 10;
  const boxes = nodes.map((n, i) => {
    const y = 5 + i * (H + GAP);
    const fill = n.kind === 'input' ? '#eef3fb' : n.frozen ? '#e6e6e6' : '#fff';
    const arrow = i > 0 ? `<line x1="${W / 2}" y1="${y - GAP}" x2="${W / 2}" y2="${y - 2}" stroke="#888" marker-end="url(#arrow)"/>` : '';
    const what = n.kind === 'input' ? 'input' : `${n.params.toLocaleString('en')} params${n.frozen ? ' · frozen ❄' : ''}`;
    return `${arrow}<g class="node${n.frozen ? ' frozen' : ''}"><rect x="10" y="${y}" width="${W - 20}" height="${H}" rx="6" fill="${fill}" stroke="${n.frozen ? '#888' : '#3b6fd8'}"${n.frozen ? ' stroke-dasharray="4 3"' : ''}/>` +
      `<text x="20" y="${y + 18}" font-size="13" font-weight="600">${esc(n.name)}</text>` +
      `<text x="${W - 20}" y="${y + 18}" font-size="12" text-anchor="end">[${esc(n.shape.join(', '))}]</text>` +
      `<text x="20" y="${y + 35}" font-size="11" fill="#555">${esc(what)}</text></g>`;
  });
  return `<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 ${W} ${height}" width="${W}" height="${height}" font-family="sans-serif">` +
    `<defs><marker id="arrow" viewBox="0 0 10 10" refX="9" refY="5" markerWidth="6" markerHeight="6" orient="auto"><path d="M0,0 L10,5 L0,10 z" fill="#888"/></marker></defs>${boxes.join('')}</svg>`;
}

/** Tick values for [0, max]: 4–6 round steps. */
function ticks(max) {
  const raw = max / 5;
  const mag = 10 ** Math.floor(Math.log10(raw));
  const step = [1, 2, 5, 10].map((m) => m * mag).find((s) => s >= raw) ?? raw;
  return Array.from({ length: Math.floor(max / step + 1e-9) + 1 }, (_, i) => +(i * step).toPrecision(6));
}

/**
 * Learning curves of several runs, overlaid: loss (left panel) and accuracy (right), training
 * solid and validation dashed, ticks on both axes, each run's best validation-accuracy epoch
 * marked with a ring. runs: [{ label, colour, history: [{ epoch, loss, accuracy, valLoss, valAccuracy }] }].
 */
export function curvesOf(runs, epochs) {
  const all = runs.flatMap((r) => r.history);
  const maxEpoch = Math.max(1, epochs, ...all.map((h) => h.epoch));
  const maxLoss = Math.max(0.1, ...all.flatMap((h) => [h.loss, h.valLoss]).filter(Number.isFinite));
  const panel = (x0, title, key, valKey, max) => curvePanel({ x0, title, key, valKey, max, maxEpoch, runs });
  const legend = runs.map((r, i) => `<g transform="translate(${10 + (i % 3) * 250},${232 + Math.floor(i / 3) * 16})"><line x1="0" y1="-4" x2="18" y2="-4" stroke="${r.colour}" stroke-width="2"/><text x="24" y="0" font-size="11">${esc(r.label)}</text></g>`).join('');
  const height = 240 + Math.ceil(runs.length / 3) * 16;
  return `<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 760 ${height}" width="760" height="${height}" font-family="sans-serif">` +
    panel(0, 'loss', 'loss', 'valLoss', maxLoss) + panel(380, 'accuracy', 'accuracy', 'valAccuracy', 1) +
    `<text x="10" y="${height - 4}" font-size="10" fill="#555">solid: training · dashed: validation · ring: best validation accuracy</text>${legend}</svg>`;
}

function curvePanel({ x0, title, key, valKey, max, maxEpoch, runs }) {
  const L = x0 + 45, R = x0 + 365, T = 24, B = 200;
  const x = (e) => L + ((R - L) * e) / maxEpoch;
  const y = (v) => B - ((B - T) * Math.min(v, max)) / max;
  const yTicks = ticks(max).map((v) => `<line x1="${L - 4}" y1="${y(v)}" x2="${R}" y2="${y(v)}" stroke="#eee"/><text x="${L - 6}" y="${y(v) + 4}" font-size="10" text-anchor="end">${v}</text>`).join('');
  const xTicks = ticks(maxEpoch).filter((e) => Number.isInteger(e)).map((e) => `<line x1="${x(e)}" y1="${B}" x2="${x(e)}" y2="${B + 4}" stroke="#999"/><text x="${x(e)}" y="${B + 16}" font-size="10" text-anchor="middle">${e}</text>`).join('');
  const line = (h, k, colour, dash) => {
    const pts = h.filter((p) => Number.isFinite(p[k])).map((p) => `${x(p.epoch).toFixed(1)},${y(p[k]).toFixed(1)}`);
    if (!pts.length) return '';
    const dots = pts.length === 1 ? `<circle cx="${pts[0].split(',')[0]}" cy="${pts[0].split(',')[1]}" r="3" fill="${colour}"/>` : '';
    return `<polyline class="${k}" fill="none" stroke="${colour}" stroke-width="2"${dash ? ' stroke-dasharray="5 4"' : ''} points="${pts.join(' ')}"/>${dots}`;
  };
  const lines = runs.map((r) => line(r.history, key, r.colour, false) + line(r.history, valKey, r.colour, true) + bestMark(r, valKey, x, y)).join('');
  return `<text x="${L}" y="14" font-size="12" font-weight="600">${title}</text>${yTicks}${xTicks}` +
    `<line x1="${L}" y1="${B}" x2="${R}" y2="${B}" stroke="#999"/><line x1="${L}" y1="${T}" x2="${L}" y2="${B}" stroke="#999"/>` +
    `<text x="${(L + R) / 2}" y="${B + 30}" font-size="10" text-anchor="middle">epoch</text>${lines}`;
}

function bestMark(run, valKey, x, y) {
  const best = bestEpoch(run.history);
  if (!best) return '';
  return `<circle class="best" cx="${x(best.epoch)}" cy="${y(best[valKey])}" r="6" fill="none" stroke="${run.colour}" stroke-width="1.5"/>`;
}

/** The epoch of highest validation accuracy (the first of ties), or undefined. */
export function bestEpoch(history) {
  let best;
  for (const h of history) if (Number.isFinite(h.valAccuracy) && (!best || h.valAccuracy > best.valAccuracy)) best = h;
  return best;
}
