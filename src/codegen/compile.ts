// Code generation: from fused, buffer-planned entry programs to an Artifact. Each entry's steps
// are its feed kernels (train and eval steps), its compute kernels and the copies the planner
// asked for; identical kernels are shared between entries.
import {
  ARTIFACT_FORMAT, ARTIFACT_VERSION, COUNTERS, WEIGHT_INPUT,
  type Artifact, type ArtifactInput, type ArtifactKernel, type KernelShapes, type ModelMeta, type Step,
} from '../contract/artifact.js';
import type { Eqn, ModelIR, Program } from '../ir/program.js';
import type { TensorType } from '../ir/types.js';
import type { Fused, KernelGroup } from '../passes/fuse.js';
import type { BufferPlan, BufferTable } from '../passes/planBuffers.js';
import { emitKernel, WORKGROUP_SIZE } from './wgsl/emitKernel.js';
import { emitFeed } from './wgsl/feed.js';

export const COMPILER_VERSION = 'dnnc 0.1.0';

/** Entry points in the order they are compiled (buffers and kernels are numbered in this order). */
export const ENTRY_ORDER = ['init', 'begin_epoch', 'train_step', 'begin_eval', 'eval_step', 'predict'] as const;

export function entryOrder(m: ModelIR): string[] {
  const known = ENTRY_ORDER as readonly string[];
  return [...ENTRY_ORDER.filter((e) => m.programs[e]), ...Object.keys(m.programs).filter((e) => !known.includes(e))];
}

/** How an entry's batch is fed: shuffled training rows, or rows in order from a split. */
export interface Feed {
  readonly mode: 'train' | 'eval';
  /** The dataset buffers read: the training split, or whichever split is being evaluated. */
  readonly split: 'train' | 'eval';
  /** In order: the counter of batches fed so far. */
  readonly counter: string;
  /** Whether the first feed kernel writes the batch weight (evaluation's partial last batch). */
  readonly weight: boolean;
}

export const FEEDS: Readonly<Record<string, Feed>> = {
  train_step: { mode: 'train', split: 'train', counter: COUNTERS.batch, weight: false },
  eval_step: { mode: 'eval', split: 'eval', counter: COUNTERS.evalBatch, weight: true },
  // The confusion matrix (compiled on request) reads the evaluated split as eval_step does.
  confusion_step: { mode: 'eval', split: 'eval', counter: COUNTERS.evalBatch, weight: true },
  // The frozen layers' cache is built from the training rows in order.
  cache_build: { mode: 'eval', split: 'train', counter: COUNTERS.cacheBatch, weight: false },
  // Evaluation's cache is built from the rows of the split being evaluated, in order.
  eval_cache_build: { mode: 'eval', split: 'eval', counter: COUNTERS.cacheBatch, weight: false },
};

/** Names of the inputs a program actually reads (dead ones need no feed). */
function readInputs(p: Program): Set<string> {
  const used = new Set<number>([...p.outputs, ...p.updates].map((o) => o.var.id));
  for (const e of p.eqns) for (const v of e.inputs) used.add(v.id);
  return new Set(p.inputs.filter((i) => used.has(i.var.id)).map((i) => i.name));
}

/** How the buffer planner names an entry's inputs, state and outputs in the shared table. */
export function bufferNames(table: BufferTable, program: string) {
  return {
    input: (name: string, t: TensorType) => table.named(`input:${name}`, 'input', t),
    state: (name: string) => {
      const i = table.index(`state:${name}`);
      if (i === undefined) throw new Error(`${program} refers to undeclared state '${name}'`);
      return i;
    },
    output: (name: string, t: TensorType) => table.named(`output:${program}:${name}`, 'output', t),
  };
}

interface FeedBinding {
  readonly input: ArtifactInput;
  readonly writesWeight: boolean;
  readonly buffers: number[];
}

/** The dataset inputs an entry's feed kernels fill, with their buffers (allocated in the table on first use). */
export function feedBuffers(table: BufferTable, meta: ModelMeta, entry: string, p: Program): FeedBinding[] {
  const feed = FEEDS[entry];
  if (!feed) return [];
  const read = readInputs(p);
  const batch = feed.mode === 'train' ? meta.train.batchSize : meta.train.evalBatchSize;
  const state = bufferNames(table, 'feed').state;
  return meta.inputs.filter((input) => read.has(input.name)).map((input, n) => {
    const writesWeight = feed.weight && n === 0;
    const buffers = [
      table.dataset(`dataset:${feed.split}:${input.name}`, 'u32'),
      table.dataset(`dataset:${feed.split}:${input.name}:info`, 'u32'),
      ...(feed.mode === 'train' ? [state(COUNTERS.epoch), state(COUNTERS.batch), state(COUNTERS.seed)] : [state(feed.counter)]),
      table.named(`input:${input.name}`, 'input', { dtype: input.dtype, shape: [batch, ...input.example] }),
      ...(writesWeight ? [table.named(`input:${WEIGHT_INPUT}`, 'input', { dtype: 'f32', shape: [] })] : []),
    ];
    return { input, writesWeight, buffers };
  });
}

/** What the emitter needs of one entry: its optimized program, its kernels and its buffer plan. */
export interface PlannedEntry {
  readonly program: Program;
  readonly fused: Fused;
  readonly plan: BufferPlan;
}

/** The artifact: WGSL for every kernel, and each entry's list of steps. */
export function emitArtifact(model: ModelIR, meta: ModelMeta, table: BufferTable, planned: ReadonlyMap<string, PlannedEntry>, shapes: KernelShapes = 'gpu'): Artifact {
  const kernels: ArtifactKernel[] = [];
  const kernelIndex = new Map<string, number>();
  /** Kernels equal but for their bindings' names are one kernel, named after its first user. */
  const addKernel = (name: string, wgsl: string, bindings: readonly ('read' | 'read_write')[], key = wgsl): number => {
    const hit = kernelIndex.get(key);
    if (hit !== undefined) return hit;
    kernels.push({ name: `${String(kernels.length).padStart(3, '0')}_${name}`, wgsl, bindings });
    kernelIndex.set(key, kernels.length - 1);
    return kernels.length - 1;
  };

  const entries: Record<string, Step[]> = {};
  for (const [entry, { program, fused, plan }] of planned) {
    const steps: Step[] = [];
    const feed = FEEDS[entry];
    for (const f of feedBuffers(table, meta, entry, program)) {
      const batch = feed!.mode === 'train' ? meta.train.batchSize : meta.train.evalBatchSize;
      const features = f.input.example.reduce((a, b) => a * b, 1);
      const augment = feed!.mode === 'train' && f.input.role === 'features' ? meta.train.augment : undefined;
      const k = emitFeed({ mode: feed!.mode, batch, features, dtype: f.input.dtype, writesWeight: f.writesWeight, ...(augment ? { augment } : {}) });
      const kernel = addKernel(`feed_${feed!.mode}_${f.input.name.replace(/\W/g, '_').slice(0, MAX_HINT)}`, k.wgsl, k.bindings);
      steps.push({ dispatch: kernel, buffers: f.buffers, workgroups: k.workgroups });
    }
    const eqnOf = new Map<number, Eqn>(program.eqns.map((e) => [e.out.id, e]));
    for (const gs of fused.kernels) {
      const k = emitKernel(gs, eqnOf, (v) => plan.bufferOf.get(v.id)!, (b) => table.buffers[b]!.dtype, (b) => bindingName(table.buffers[b]!.name), fused.internal, shapes);
      const kernel = addKernel(kernelName(gs), k.wgsl, k.bindings.map((b) => b.access), k.canonical);
      steps.push({ dispatch: kernel, buffers: k.bindings.map((b) => b.buffer), workgroups: k.workgroups });
    }
    for (const c of plan.copies) steps.push({ copy: c });
    entries[entry] = steps;
  }

  const accumulators: Record<string, number> = {};
  for (const s of model.state) if (s.role === 'accumulator') accumulators[s.name] = table.index(`state:${s.name}`)!;
  return {
    format: ARTIFACT_FORMAT,
    version: ARTIFACT_VERSION,
    model: model.name,
    compiler: COMPILER_VERSION,
    requirements: {
      maxStorageBuffersPerShaderStage: Math.max(1, ...kernels.map((k) => k.bindings.length)),
      maxComputeInvocationsPerWorkgroup: WORKGROUP_SIZE,
      maxStorageBufferBindingSize: Math.max(4, ...table.buffers.map((b) => b.bytes)),
    },
    ...meta,
    buffers: table.buffers,
    kernels,
    entries,
    accumulators,
  };
}

/** A binding's name in WGSL, from its buffer's: `s_hidden1_dense_kernel`, `in_X`, `out_probabilities`, `tmp3`. */
function bindingName(buffer: string): string {
  const [kind, ...rest] = buffer.split(':');
  switch (kind) {
    case 'state':
      return `s_${rest.join('_')}`;
    case 'input':
      return `in_${rest.join('_')}`;
    case 'output':
      return `out_${rest.slice(1).join('_')}`;
    default:
      return buffer.replace(/^temp/, 'tmp');
  }
}

/** The most characters of an input's name in its feed kernel's name. */
const MAX_HINT = 48;
/** The most characters of a kernel's name after its numeric prefix: file names stay short (the prefix keeps them unique). */
const MAX_NAME = 60;

/** A kernel's name: its core (or root) primitive, the model name of the value it writes, and how many values it writes. */
function kernelName(gs: readonly KernelGroup[]): string {
  const g = gs[0]!;
  const op = g.core?.op ?? g.root.op;
  const count = gs.length > 1 ? `_x${gs.length}` : '';
  const hint = g.root.out.hint ? '_' + g.root.out.hint.replace(/[^A-Za-z0-9]+/g, '_') : '';
  return `${op}${hint.slice(0, Math.max(0, MAX_NAME - op.length - count.length))}${count}`;
}
