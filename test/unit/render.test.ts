// The pictures (src/render, `dnnc/render`): the layer graph computed from compiled examples
// (nodes, shapes, parameter counts against `dnnc summary`'s, frozen layers, dropout and batch
// norm settings, edges), drawn as SVG and DOT; learning curves with ticks on both axes, the
// legend outside the panels and the best epoch marked.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { summarize } from '../../src/cli/summary.js';
import { compileSource } from '../../src/compiler/compile.js';
import { layerGraph } from '../../src/compiler/graph.js';
import { bestEpoch, curvesSvg, graphDot, graphSvg, nodeTitle, type CurveRun, type LayerGraph } from '../../src/render/index.js';
import { niceTicks } from '../../src/render/svg.js';
import { wellFormed } from '../helpers/xml.js';

const imports = (p: string) => {
  try {
    return { path: p, text: readFileSync(p, 'utf8') };
  } catch {
    return null;
  }
};
const compiled = (name: string) => compileSource({ path: `examples/${name}`, text: readFileSync(`examples/${name}`, 'utf8') }, { resolveImport: (p, from) => imports(from.path.slice(0, from.path.lastIndexOf('/') + 1) + p) });
const node = (g: LayerGraph, id: string) => {
  const n = g.nodes.find((x) => x.id === id);
  if (!n) throw new Error(`no node ${id} in ${g.nodes.map((x) => x.id).join(', ')}`);
  return n;
};

describe('layerGraph', () => {
  const c = compiled('mnist-bn.dnn');
  const g = layerGraph(c);

  it('has the layers, their output shapes and the parameter counts `dnnc summary` gives', () => {
    expect(g.nodes.filter((n) => n.kind === 'layer').map((n) => n.id)).toEqual([
      'hidden1/dense', 'hidden1/batch_norm', 'hidden2/dense', 'hidden2/batch_norm', 'logits/dense', 'logits/batch_norm']);
    expect(node(g, 'hidden1/dense').shape).toEqual(['batch', 300]);
    expect(node(g, 'hidden1/dense').trainable).toBe(784 * 300 + 300);
    expect(node(g, 'hidden1/batch_norm')).toMatchObject({ trainable: 600, nonTrainable: 600, settings: { momentum: '0.9' } });
    const s = summarize(c);
    expect([g.trainable, g.nonTrainable]).toEqual([s.trainable, s.non_trainable]);
  });

  it('joins the calls in the order values flow, inputs, activations, loss, metric and output included', () => {
    const edges = g.edges.map((e) => `${e.from} → ${e.to}`);
    expect(edges).toContain('input/X → hidden1/dense');
    expect(edges).toContain('hidden1/batch_norm → hidden1/elu');
    expect(edges).toContain('hidden1/elu → hidden2/dense');
    expect(edges).toContain('input/y → loss/sparse_softmax_cross_entropy');
    expect(node(g, 'hidden1/elu').kind).toBe('activation');
    expect(node(g, 'loss/mean')).toMatchObject({ kind: 'loss', name: 'loss', shape: [] });
    expect(node(g, 'accuracy/mean')).toMatchObject({ kind: 'metric', name: 'accuracy' });
    expect(node(g, 'probabilities/softmax')).toMatchObject({ kind: 'output', name: 'probabilities', shape: ['batch', 10] });
    const ids = new Set(g.nodes.map((n) => n.id));
    expect(ids.size).toBe(g.nodes.length);
    for (const e of g.edges) expect(ids.has(e.from) && ids.has(e.to)).toBe(true);
  });

  it('marks frozen layers and folds a dense layer\'s activation into it', () => {
    const g9 = layerGraph(compiled('exercise9.dnn'));
    const hidden = g9.nodes.filter((n) => n.id.startsWith('hidden/'));
    expect(hidden.map((n) => [n.op, n.frozen, n.settings['activation']])).toEqual(Array(5).fill(['dense', true, 'elu']));
    expect(node(g9, 'logits/dense').frozen).toBe(false);
    expect(g9.trainable).toBe(100 * 5 + 5);
    expect(g9.edges.map((e) => `${e.from} → ${e.to}`)).toContain('hidden/he_elu1/dense → hidden/he_elu2/dense');
  });

  it('shows dropout (built in training mode) with its rate', () => {
    const g8 = layerGraph(compiled('exercise8-dropout.dnn'));
    const drop = g8.nodes.filter((n) => n.op === 'dropout');
    expect(drop).toHaveLength(5);
    expect(drop[0]).toMatchObject({ kind: 'layer', name: 'hidden/drop_bn_elu1/dropout', settings: { rate: '0.5' }, trainable: 0 });
    expect(nodeTitle(drop[0]!)).toBe('drop_bn_elu1/dropout');
  });
});

describe('graphSvg and graphDot', () => {
  const g = layerGraph(compiled('exercise9.dnn'));

  it('draws every node once, with its title, shape and parameter count, frozen ones dashed', () => {
    const svg = graphSvg(g);
    expect(svg.startsWith('<svg xmlns="http://www.w3.org/2000/svg"')).toBe(true);
    expect(wellFormed(svg)).toBe(true);
    for (const n of g.nodes) expect(svg.split(`data-id="${n.id}"`)).toHaveLength(2);
    expect(svg).toContain('78,500 params (frozen)');
    expect(svg.match(/class="node layer frozen"/g)).toHaveLength(5);
    expect(svg.match(/marker-end=/g)).toHaveLength(g.edges.length);
    expect(svg).toContain('data-scope="hidden"');
    expect(nodeTitle(node(g, 'hidden/he_elu2/dense'))).toBe('he_elu2/dense');
  });

  it('escapes names in SVG and quotes them in DOT', () => {
    const evil: LayerGraph = { ...g, model: 'a"<b>&', nodes: g.nodes.map((n, i) => (i === 0 ? { ...n, name: '<x> "y"' } : n)) };
    expect(graphSvg(evil)).not.toMatch(/<b>|<x>/);
    expect(wellFormed(graphSvg(evil))).toBe(true);
    expect(wellFormed(curvesSvg([{ ...run('<b>"&', [[1, 1, 0.5, 0.5]]) }, run('x', [[1, 1, 0.5, 0.5]])], { title: '</svg>' }))).toBe(true);
    expect(graphDot(evil)).toContain('digraph "a\\"<b>&"');
    expect(graphDot(evil)).toContain('input <x> \\"y\\"');
  });

  it('writes DOT with scope clusters and every edge', () => {
    const dot = graphDot(g);
    expect(dot).toContain('subgraph "cluster_hidden" {');
    expect(dot).toContain('subgraph "cluster_hidden/he_elu1" {');
    expect(dot.match(/ -> /g)).toHaveLength(g.edges.length);
    expect(dot).toContain('style="rounded,filled,dashed"');
  });
});

const run = (label: string, values: [number, number, number, number][], best?: number): CurveRun => ({
  label, best, epochs: values.map(([loss, val_loss, accuracy, val_accuracy], i) => ({ epoch: i + 1, scalars: { loss, val_loss, accuracy, val_accuracy, seconds: 1 } })),
});

describe('curvesSvg', () => {
  const one = run('', [[1.2, 1.3, 0.5, 0.45], [0.7, 0.8, 0.7, 0.66], [0.4, 0.6, 0.8, 0.74], [0.3, 0.65, 0.86, 0.72]]);

  it('has a panel per quantity, ticks on both axes, validation dashed', () => {
    const svg = curvesSvg([one]);
    expect(svg.match(/data-quantity="([^"]+)"/g)).toEqual(['data-quantity="loss"', 'data-quantity="accuracy"']);
    expect(svg.match(/class="xtick"/g)!.length).toBeGreaterThanOrEqual(2 * 3);
    expect(svg.match(/class="ytick"/g)!.length).toBeGreaterThanOrEqual(2 * 3);
    expect(svg).toMatch(/class="curve validation"[^>]*stroke-dasharray/);
    expect(svg).not.toMatch(/class="curve training"[^>]*stroke-dasharray/);
  });

  it('widens the legend for a long run label instead of cutting it off', () => {
    const label = '#2 lr = 0.002 (was lr = 0.01), units = 300 (was units = 100)';
    const short = curvesSvg([one, { ...one, label: 'b' }]);
    const long = curvesSvg([one, { ...one, label }]);
    const width = (svg: string) => Number(/<svg[^>]* width="(\d+(?:\.\d+)?)"/.exec(svg)![1]);
    const textX = Number(new RegExp(`<text x="([\\d.]+)"[^>]*>${label.replace(/[()]/g, '\\$&')}`).exec(long)![1]);
    expect(width(long)).toBeGreaterThan(width(short));
    expect(width(long) - textX).toBeGreaterThanOrEqual(6 * (label.length + ' (best 4)'.length));
  });

  it('marks the best epoch (lowest val_loss by default), and the legend lies right of every panel', () => {
    const svg = curvesSvg([one]);
    expect(svg).toContain('best epoch 3');
    expect(svg.match(/class="best" data-run="0"/g)).toHaveLength(2);
    const legendX = Math.min(...[...svg.split('<g class="legend">')[1]!.matchAll(/ x1?="([\d.]+)"/g)].map((m) => Number(m[1])));
    const plotX = Math.max(...[...svg.split('<g class="legend">')[0]!.matchAll(/<path [^>]*d="([^"]+)"/g)].flatMap((m) => [...m[1]!.matchAll(/[ML]([\d.]+),/g)].map((p) => Number(p[1]))));
    expect(legendX).toBeGreaterThan(plotX);
  });

  it('overlays several runs, each its colour and label, with their own best epochs', () => {
    const other = run('batch norm', [[1.0, 1.1, 0.6, 0.55], [0.5, 0.5, 0.8, 0.8]], 2);
    const svg = curvesSvg([one, other], { monitor: 'val_accuracy' });
    expect(svg).toContain('run 1 (best 3)');
    expect(svg).toContain('batch norm (best 2)');
    expect(svg.match(/class="curve [a-z]+" data-run="1"/g)).toHaveLength(4);
  });

  it('finds the best epoch as early stopping does', () => {
    expect(bestEpoch(one.epochs, 'val_accuracy')).toBe(3);
    expect(bestEpoch(one.epochs, 'loss')).toBe(4);
    expect(bestEpoch([{ epoch: 1, scalars: { val_loss: 0.5 } }, { epoch: 2, scalars: { val_loss: 0.5 } }], 'val_loss')).toBe(1);
    expect(bestEpoch(one.epochs, 'nothing')).toBeUndefined();
  });

  it('draws nothing wrong for an empty or a one-epoch run (no NaN)', () => {
    expect(curvesSvg([])).not.toContain('NaN');
    expect(curvesSvg([run('x', [[1, 1, 0.5, 0.5]])])).not.toContain('NaN');
    expect(curvesSvg([run('x', [[NaN, Infinity, 0.5, 0.5]])])).not.toContain('NaN');
  });
});

describe('niceTicks', () => {
  it('steps of 1, 2 or 5 times a power of ten covering the range', () => {
    expect(niceTicks(0.13, 0.92, 5)).toMatchObject({ ticks: [0, 0.2, 0.4, 0.6, 0.8, 1], step: 0.2 });
    expect(niceTicks(1, 30, 6, true).ticks).toEqual([0, 5, 10, 15, 20, 25, 30]);
    expect(niceTicks(2, 2).ticks.length).toBeGreaterThan(1);
  });
});
