// `dnnc summary`: the model at a glance, like Keras' model.summary(). Layers are the scopes of
// the model's weights (`hidden1/dense/kernel` → layer `hidden1/dense`); a layer's output shape is
// that of the last value of the forward program (predict, else eval_step) computed in its scope
// (`hidden1`, activation included). Layers without weights (dropout, activations alone) are not
// rows. The plan adds the per-step work and the GPU memory its buffers take.
import type { Compilation } from '../compiler/compile.js';
import { trainingNotes } from '../runtime/fit.js';
import { numel } from '../ir/types.js';
import { count as counted } from './words.js';
import { ENTRY } from '../contract/protocol.js';

export interface SummaryLayer {
  layer: string;
  output: (number | 'batch')[] | null;
  trainable: number;
  non_trainable: number;
}

export interface ModelSummary {
  model: string;
  inputs: { name: string; shape: (number | 'batch')[] }[];
  layers: SummaryLayer[];
  trainable: number;
  non_trainable: number;
  train_step: { kernels: number; dispatches: number };
  gpu_bytes: Record<string, number>;
  notes: string[];
}


export function summarize(c: Compilation): ModelSummary {
  const a = c.artifact;
  const batch = a.train.batchSize;
  const withBatch = (shape: readonly number[]) => shape.map((d, i) => (i === 0 && d === batch ? 'batch' as const : d));
  const forward = c.model.programs[ENTRY.predict] ?? c.model.programs[ENTRY.eval_step];
  const layers = new Map<string, SummaryLayer>();
  // The plan's params are what the optimizer updates: frozen layers' weights are not among them.
  const trainable = new Set(a.params);
  for (const s of c.model.state) {
    if (s.role !== 'param' && s.role !== 'statistic') continue;
    const path = s.name.includes('/') ? s.name.slice(0, s.name.lastIndexOf('/')) : s.name;
    const row = layers.get(path) ?? { layer: path, output: null, trainable: 0, non_trainable: 0 };
    if (s.role === 'param' && trainable.has(s.name)) row.trainable += numel(s.type.shape);
    else row.non_trainable += numel(s.type.shape);
    layers.set(path, row);
  }
  for (const row of layers.values()) {
    // The scope the layer's activation shares: `hidden1/dense` → `hidden1`.
    const scope = row.layer.includes('/') ? row.layer.slice(0, row.layer.lastIndexOf('/')) : row.layer;
    const last = forward?.eqns.filter((e) => e.out.hint === scope || e.out.hint?.startsWith(scope + '/')).at(-1);
    row.output = last ? withBatch(last.out.type.shape) : null;
  }
  const step = a.entries[ENTRY.train_step] ?? [];
  const dispatches = step.filter((s) => 'dispatch' in s) as { dispatch: number }[];
  const gpu: Record<string, number> = {};
  for (const b of a.buffers) gpu[b.kind] = (gpu[b.kind] ?? 0) + b.bytes;
  const rows = [...layers.values()];
  return {
    model: a.model,
    inputs: a.inputs.filter((i) => i.role !== 'cache').map((i) => ({ name: i.name, shape: ['batch' as const, ...i.example] })),
    layers: rows,
    trainable: rows.reduce((n, r) => n + r.trainable, 0),
    non_trainable: rows.reduce((n, r) => n + r.non_trainable, 0),
    train_step: { kernels: new Set(dispatches.map((d) => d.dispatch)).size, dispatches: dispatches.length },
    gpu_bytes: gpu,
    notes: trainingNotes(a),
  };
}

export function formatSummary(s: ModelSummary): string {
  const shape = (x: (number | 'batch')[] | null) => (x ? `(${x.join(', ')})` : '-');
  const table = [['Layer', 'Output shape', 'Trainable', 'Non-trainable'], ...s.inputs.map((i) => [`${i.name} (input)`, shape(i.shape), '0', '0']),
    ...s.layers.map((l) => [l.layer, shape(l.output), count(l.trainable), count(l.non_trainable)])];
  const widths = table[0]!.map((_, k) => Math.max(...table.map((r) => r[k]!.length)));
  const line = (r: string[]) => r.map((cell, k) => (k >= 2 ? cell.padStart(widths[k]!) : cell.padEnd(widths[k]!))).join('   ').trimEnd();
  const rule = '─'.repeat(widths.reduce((a, b) => a + b + 3, -3));
  const bytes = Object.entries(s.gpu_bytes).filter(([k]) => k !== 'dataset').map(([k, v]) => `${k} ${mib(v)}`).join(', ');
  return [
    `Model: ${s.model}`, rule, line(table[0]!), rule, ...table.slice(1).map(line), rule,
    `Total params: ${count(s.trainable + s.non_trainable)}`,
    `Trainable params: ${count(s.trainable)}`,
    `Non-trainable params: ${count(s.non_trainable)} (frozen weights and batch-norm statistics)`,
    `Training step: ${counted(s.train_step.dispatches, 'dispatch', 'dispatches')} of ${counted(s.train_step.kernels, 'kernel')}`,
    `GPU memory (plan buffers, data sets not counted): ${mib(Object.entries(s.gpu_bytes).filter(([k]) => k !== 'dataset').reduce((n, [, v]) => n + v, 0))} (${bytes})`,
    ...s.notes,
    '',
  ].join('\n');
}

const count = (n: number) => n.toLocaleString('en-US');
const mib = (b: number) => (b >= 2 ** 20 ? `${(b / 2 ** 20).toFixed(2)} MiB` : `${(b / 1024).toFixed(1)} KiB`);
