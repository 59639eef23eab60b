// The layer graph as data, and its two pictures: SVG (the page and `dnnc graph -o model.svg`)
// and Graphviz DOT (`--format dot`). The data comes from the compiler (src/compiler/graph.ts:
// layerGraph); nothing here knows the compiler, so a page can draw a graph it got from a worker.
import { esc, fmtCount } from './svg.js';

/** What a node is: drawn with a colour and a shape of its own. */
export type GraphNodeKind = 'input' | 'layer' | 'activation' | 'regularization' | 'op' | 'loss' | 'metric' | 'output';

/** A dimension of an output shape: the batch axis is 'batch'. */
export type GraphDim = number | 'batch';

export interface GraphNode {
  /** Unique in the graph and stable across compiles of one source (`hidden1/dense`, `input/X`, `call/7`). */
  readonly id: string;
  readonly kind: GraphNodeKind;
  /** The built-in function (`dense`, `batch_norm`, `elu`, `mean`), or `input` for an input. */
  readonly op: string;
  /** What the node is called: a layer's path (`hidden1/dense`), an input, metric or output's name. */
  readonly name: string;
  /** The scope it was built in (`hidden1`, `hidden/drop_bn_elu2`); '' at the top level. */
  readonly scope: string;
  /** Its output's shape and element type. */
  readonly shape: readonly GraphDim[];
  readonly dtype: string;
  /** The weights it owns (`hidden1/dense/kernel`) and their sizes. */
  readonly weights: readonly string[];
  readonly trainable: number;
  readonly nonTrainable: number;
  /** Every weight it owns is frozen (the train block's `frozen`). */
  readonly frozen: boolean;
  /** The arguments given in the source, as text (`units: "300"`, `momentum: "0.9"`, `rate: "0.5"`, `activation: "elu"`). */
  readonly settings: Readonly<Record<string, string>>;
}

/** A value flowing from one node's output into another node. */
export interface GraphEdge {
  readonly from: string;
  readonly to: string;
}

export interface LayerGraph {
  readonly model: string;
  readonly nodes: readonly GraphNode[];
  readonly edges: readonly GraphEdge[];
  readonly trainable: number;
  readonly nonTrainable: number;
}

/** The lines of a node's box: what it is, its output shape, then its weights and settings. */
export function nodeLines(n: GraphNode): string[] {
  const lines = [nodeTitle(n), `${n.dtype}[${n.shape.join(', ')}]`];
  const params = n.trainable + n.nonTrainable;
  if (params > 0) lines.push(`${fmtCount(params)} params${n.frozen ? ' (frozen)' : n.nonTrainable > 0 ? `, ${fmtCount(n.nonTrainable)} non-trainable` : ''}`);
  const settings = Object.entries(n.settings).filter(([k]) => k !== 'name').map(([k, v]) => `${k} ${v}`);
  if (settings.length) lines.push(settings.join(', '));
  return lines;
}

/**
 * A node's first line: an input, the loss, a metric or an output by name and the function that
 * computes it (`metric accuracy = mean`); a layer by its path below its top-level scope (drawn as
 * a frame), with its function when the name does not end with it (`hidden1/dense` in `hidden1`
 * is `dense`; a layer named `out` is `out (dense)`).
 */
export function nodeTitle(n: GraphNode): string {
  if (n.kind === 'input') return `input ${n.name}`;
  if (n.kind === 'loss') return n.op === 'value' ? 'loss' : `loss = ${n.op}`;
  if (n.kind === 'metric' || n.kind === 'output') return n.op === 'value' ? `${n.kind} ${n.name}` : `${n.kind} ${n.name} = ${n.op}`;
  const top = n.scope.split('/')[0]!;
  const local = top && n.name.startsWith(top + '/') ? n.name.slice(top.length + 1) : n.name;
  return local.split('/').at(-1) === n.op ? local : `${local} (${n.op})`;
}

// ---- DOT ----------------------------------------------------------------------------------------

const FILL: Record<GraphNodeKind, string> = {
  input: '#e8f0fe', layer: '#ffffff', activation: '#fff4e0', regularization: '#f3e8fd', op: '#f5f5f5', loss: '#fde8e8', metric: '#e6f4ea', output: '#e6f4ea',
};
const FROZEN_FILL = '#dde3ea';

const dotString = (s: string) => `"${s.replace(/\\/g, '\\\\').replace(/"/g, '\\"').replace(/\n/g, '\\n')}"`;

/** The graph in Graphviz's language: scopes as nested clusters, frozen layers grey and dashed. */
export function graphDot(g: LayerGraph): string {
  const out = [`digraph ${dotString(g.model)} {`, '  rankdir=TB;', '  node [shape=box, style="rounded,filled", fontname="Helvetica", fontsize=10];',
    '  edge [arrowsize=0.7];', `  label=${dotString(`${g.model}: ${fmtCount(g.trainable + g.nonTrainable)} params (${fmtCount(g.trainable)} trainable)`)};`, '  labelloc=t;'];
  const tree = scopeTree(g.nodes);
  const emit = (scope: ScopeTree, indent: string) => {
    for (const n of scope.nodes) {
      const style = n.frozen ? ', style="rounded,filled,dashed"' : '';
      out.push(`${indent}${dotString(n.id)} [label=${dotString(nodeLines(n).join('\n'))}, fillcolor=${dotString(n.frozen ? FROZEN_FILL : FILL[n.kind])}${style}];`);
    }
    for (const child of scope.children) {
      out.push(`${indent}subgraph ${dotString(`cluster_${child.path}`)} {`, `${indent}  label=${dotString(child.path)}; style="rounded,dashed"; color="#999999";`);
      emit(child, indent + '  ');
      out.push(`${indent}}`);
    }
  };
  emit(tree, '  ');
  for (const e of g.edges) out.push(`  ${dotString(e.from)} -> ${dotString(e.to)};`);
  out.push('}', '');
  return out.join('\n');
}

interface ScopeTree {
  readonly path: string;
  readonly nodes: GraphNode[];
  readonly children: ScopeTree[];
}

/** The nodes by scope, scopes nested by their paths (`hidden` holds `hidden/drop_bn_elu1`). */
export function scopeTree(nodes: readonly GraphNode[]): ScopeTree {
  const root: ScopeTree = { path: '', nodes: [], children: [] };
  const byPath = new Map<string, ScopeTree>([['', root]]);
  const scope = (path: string): ScopeTree => {
    const hit = byPath.get(path);
    if (hit) return hit;
    const parent = scope(path.includes('/') ? path.slice(0, path.lastIndexOf('/')) : '');
    const made: ScopeTree = { path, nodes: [], children: [] };
    parent.children.push(made);
    byPath.set(path, made);
    return made;
  };
  for (const n of nodes) scope(n.scope).nodes.push(n);
  return root;
}

// ---- SVG ----------------------------------------------------------------------------------------

export interface GraphSvgOptions {
  /** Width of a node's box in pixels (default 210). */
  readonly nodeWidth?: number;
}

interface Placed {
  readonly node: GraphNode;
  readonly lines: string[];
  x: number;
  y: number;
  readonly w: number;
  readonly h: number;
}

const LINE = 14;
/** About the width of a character at 11 px, to wrap a long line of settings. */
const CHAR_W = 6.2;
const GAP_X = 24;
const GAP_Y = 34;
const MARGIN = 20;

/**
 * The graph as a standalone SVG: nodes top to bottom in the order values flow (each a box with
 * its name, output shape, parameter count and settings; frozen ones grey and dashed), edges as
 * arrows, each top-level scope a dashed frame with its name. Every node carries `data-id`.
 */
export function graphSvg(g: LayerGraph, options: GraphSvgOptions = {}): string {
  const w = options.nodeWidth ?? 210;
  const placed = layout(g, w);
  const width = Math.max(w + 2 * MARGIN, ...[...placed.values()].map((p) => p.x + p.w + MARGIN));
  const height = Math.max(...[...placed.values()].map((p) => p.y + p.h + MARGIN), 60);
  const title = `${g.model}: ${fmtCount(g.trainable + g.nonTrainable)} params (${fmtCount(g.trainable)} trainable)`;
  return [
    `<svg xmlns="http://www.w3.org/2000/svg" width="${width}" height="${height}" viewBox="0 0 ${width} ${height}" font-family="Helvetica, Arial, sans-serif" font-size="11">`,
    `<title>${esc(title)}</title>`,
    `<defs><marker id="arrow" viewBox="0 0 10 10" refX="10" refY="5" markerWidth="7" markerHeight="7" orient="auto-start-reverse"><path d="M0,0 L10,5 L0,10 z" fill="#555"/></marker></defs>`,
    `<rect width="100%" height="100%" fill="white"/>`,
    `<text x="${MARGIN}" y="22" font-size="13" font-weight="bold">${esc(title)}</text>`,
    ...scopeFrames(g, placed),
    ...g.edges.flatMap((e) => edgePath(placed.get(e.from), placed.get(e.to))),
    ...[...placed.values()].map(nodeBox),
    `</svg>`,
    '',
  ].join('\n');
}

/** Layers by longest path from the inputs (an input sits just above its first reader), ordered by their predecessors' places. */
function layout(g: LayerGraph, w: number): Map<string, Placed> {
  const preds = new Map<string, string[]>(g.nodes.map((n) => [n.id, []]));
  const succs = new Map<string, string[]>(g.nodes.map((n) => [n.id, []]));
  for (const e of g.edges) {
    preds.get(e.to)?.push(e.from);
    succs.get(e.from)?.push(e.to);
  }
  const rank = new Map<string, number>();
  // The nodes are in the order they were built, so every predecessor comes first.
  for (const n of g.nodes) rank.set(n.id, Math.max(-1, ...preds.get(n.id)!.map((p) => rank.get(p) ?? 0)) + 1);
  for (const n of [...g.nodes].reverse()) {
    const after = succs.get(n.id)!.map((s) => rank.get(s)!);
    if (preds.get(n.id)!.length === 0 && after.length) rank.set(n.id, Math.max(0, Math.min(...after) - 1));
  }
  const rows: Placed[][] = [];
  for (const n of g.nodes) {
    const lines = wrap(nodeLines(n), Math.floor((w - 12) / CHAR_W));
    (rows[rank.get(n.id)!] ??= []).push({ node: n, lines, x: 0, y: 0, w, h: lines.length * LINE + 10 });
  }
  const placed = new Map<string, Placed>();
  let y = 40;
  for (const row of rows.filter((r) => r !== undefined)) {
    const centre = (p: Placed) => {
      const xs = preds.get(p.node.id)!.flatMap((q) => (placed.has(q) ? [placed.get(q)!.x] : []));
      return xs.length ? xs.reduce((a, b) => a + b, 0) / xs.length : Number.POSITIVE_INFINITY;
    };
    row.sort((a, b) => centre(a) - centre(b));
    row.forEach((p, i) => {
      p.x = MARGIN + i * (w + GAP_X);
      p.y = y;
      placed.set(p.node.id, p);
    });
    y += Math.max(...row.map((p) => p.h)) + GAP_Y;
  }
  return placed;
}

/** Lines no longer than `chars`, broken after commas where they can be. */
export function wrap(lines: readonly string[], chars: number): string[] {
  return lines.flatMap((line) => {
    const out: string[] = [];
    let cur = '';
    for (const part of line.split(/(?<=, )/)) {
      if (cur && (cur + part).trimEnd().length > chars) {
        out.push(cur.trimEnd());
        cur = '';
      }
      cur += part;
    }
    out.push(cur.trimEnd());
    return out;
  });
}

function nodeBox(p: Placed): string {
  const n = p.node;
  const fill = n.frozen ? FROZEN_FILL : FILL[n.kind];
  const dash = n.frozen ? ' stroke-dasharray="4,3"' : '';
  const text = p.lines.map((l, i) =>
    `<text x="${p.x + p.w / 2}" y="${p.y + 17 + i * LINE}" text-anchor="middle"${i === 0 ? ' font-weight="bold"' : ' fill="#333"'}>${esc(l)}</text>`);
  return [`<g class="node ${n.kind}${n.frozen ? ' frozen' : ''}" data-id="${esc(n.id)}">`,
    `<rect x="${p.x}" y="${p.y}" width="${p.w}" height="${p.h}" rx="6" fill="${fill}" stroke="#555"${dash}/>`, ...text, `</g>`].join('\n');
}

function edgePath(a: Placed | undefined, b: Placed | undefined): string[] {
  if (!a || !b) return [];
  const [x1, y1, x2, y2] = [a.x + a.w / 2, a.y + a.h, b.x + b.w / 2, b.y];
  const bend = Math.max(12, (y2 - y1) / 2);
  return [`<path d="M${x1},${y1} C${x1},${y1 + bend} ${x2},${y2 - bend} ${x2},${y2}" fill="none" stroke="#555" marker-end="url(#arrow)"/>`];
}

/** A dashed frame around each top-level scope's nodes, when it holds no other node. */
function scopeFrames(g: LayerGraph, placed: Map<string, Placed>): string[] {
  const out: string[] = [];
  const top = (s: string) => s.split('/')[0]!;
  for (const scope of new Set(g.nodes.map((n) => top(n.scope)).filter((s) => s !== ''))) {
    const inside = [...placed.values()].filter((p) => top(p.node.scope) === scope);
    const [x0, y0] = [Math.min(...inside.map((p) => p.x)) - 8, Math.min(...inside.map((p) => p.y)) - 16];
    const [x1, y1] = [Math.max(...inside.map((p) => p.x + p.w)) + 8, Math.max(...inside.map((p) => p.y + p.h)) + 6];
    const overlaps = [...placed.values()].some((p) => top(p.node.scope) !== scope && p.x < x1 && p.x + p.w > x0 && p.y < y1 && p.y + p.h > y0);
    if (overlaps) continue;
    out.push(`<g class="scope" data-scope="${esc(scope)}"><rect x="${x0}" y="${y0}" width="${x1 - x0}" height="${y1 - y0}" rx="8" fill="none" stroke="#999" stroke-dasharray="5,4"/>`,
      `<text x="${x0 + 6}" y="${y0 + 12}" fill="#666" font-style="italic">${esc(scope)}</text></g>`);
  }
  return out;
}
