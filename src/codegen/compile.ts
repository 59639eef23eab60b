// From a model's IR to an Artifact: each entry point is optimized, fused, planned and emitted;
// feed kernels are prepended to the train and eval steps; identical kernels are shared.
import type { Eqn, ModelIR, Program } from '../ir/program.js';
import type { TensorType } from '../ir/types.js';
import { fuse } from '../passes/fuse.js';
import { optimize } from '../compiler/pipeline.js';
import { BufferTable, planBuffers } from '../passes/planBuffers.js';
import {
  ARTIFACT_FORMAT, ARTIFACT_VERSION, COUNTERS, WEIGHT_INPUT, type Artifact, type ArtifactInput, type ArtifactKernel, type Step,
} from '../contract/artifact.js';
import { emitKernel, WORKGROUP_SIZE } from './wgsl/emitKernel.js';
import { emitFeed } from './wgsl/feed.js';

export const COMPILER_VERSION = 'dnnc 0.1.0';


export interface CompileMeta {
  readonly inputs: readonly ArtifactInput[];
  readonly outputs: readonly string[];
  readonly metrics: readonly string[];
  readonly train: Artifact['train'];
  readonly params: readonly string[];
  /** Storage buffers one kernel may bind (the device's limit; 8 is WebGPU's default). */
  readonly maxStorageBuffers?: number;
}

export const ENTRY_ORDER = ['init', 'begin_epoch', 'train_step', 'begin_eval', 'eval_step', 'predict'] as const;

/** How an entry's batch is fed: shuffled training rows, or rows in order from a split. */
interface Feed {
  readonly mode: 'train' | 'eval';
  /** The dataset buffers read: the training split, or whichever split is being evaluated. */
  readonly split: 'train' | 'eval';
  /** In order: the counter of batches fed so far. */
  readonly counter: string;
  /** Whether the first feed kernel writes the batch weight (evaluation's partial last batch). */
  readonly weight: boolean;
}

const FEEDS: Readonly<Record<string, Feed>> = {
  train_step: { mode: 'train', split: 'train', counter: COUNTERS.batch, weight: false },
  eval_step: { mode: 'eval', split: 'eval', counter: COUNTERS.evalBatch, weight: true },
  // The frozen layers' cache is built from the training rows in order.
  cache_build: { mode: 'eval', split: 'train', counter: COUNTERS.cacheBatch, weight: false },
};

/** Names of the inputs a program actually reads (dead ones need no feed). */
function readInputs(p: Program): Set<string> {
  const used = new Set<number>([...p.outputs, ...p.updates].map((o) => o.var.id));
  for (const e of p.eqns) for (const v of e.inputs) used.add(v.id);
  return new Set(p.inputs.filter((i) => used.has(i.var.id)).map((i) => i.name));
}

export interface CompiledModel {
  readonly artifact: Artifact;
  /** The optimized IR of each entry point (for dumps and golden tests). */
  readonly optimized: Readonly<Record<string, Program>>;
}

export function compileModel(m: ModelIR, meta: CompileMeta): CompiledModel {
  const maxBuffers = meta.maxStorageBuffers ?? 8;
  const table = new BufferTable();
  const stateTypes = new Map(m.state.map((s) => [s.name, s.type]));
  for (const s of m.state) table.named(`state:${s.name}`, 'state', s.type, s.role);

  const kernels: ArtifactKernel[] = [];
  const kernelIndex = new Map<string, number>();
  const addKernel = (name: string, wgsl: string, bindings: readonly ('read' | 'read_write')[]): number => {
    const key = wgsl;
    const hit = kernelIndex.get(key);
    if (hit !== undefined) return hit;
    kernels.push({ name: `${String(kernels.length).padStart(3, '0')}_${name}`, wgsl, bindings });
    kernelIndex.set(key, kernels.length - 1);
    return kernels.length - 1;
  };

  const names = (program: string) => ({
    input: (name: string, t: TensorType) => table.named(`input:${name}`, 'input', t),
    state: (name: string) => {
      const i = table.index(`state:${name}`);
      if (i === undefined) throw new Error(`${program} refers to undeclared state '${name}'`);
      return i;
    },
    output: (name: string, t: TensorType) => table.named(`output:${program}:${name}`, 'output', t),
  });

  const optimized: Record<string, Program> = {};
  const entries: Record<string, Step[]> = {};
  const order = [...ENTRY_ORDER.filter((e) => m.programs[e]), ...Object.keys(m.programs).filter((e) => !(ENTRY_ORDER as readonly string[]).includes(e))];
  for (const entry of order) {
    const p = m.programs[entry]!;
    const opt = optimize(p, stateTypes);
    optimized[entry] = opt;
    const steps: Step[] = [];
    const feed = FEEDS[entry];
    if (feed) steps.push(...feedSteps(feed, readInputs(opt)));
    const fused = fuse(opt, maxBuffers);
    const plan = planBuffers(fused, table, names(entry));
    const eqnOf = new Map<number, Eqn>(opt.eqns.map((e) => [e.out.id, e]));
    for (const gs of fused.kernels) {
      const k = emitKernel(gs, eqnOf, (v) => plan.bufferOf.get(v.id)!, (b) => table.buffers[b]!.dtype);
      const g = gs[0]!;
      const name = `${g.core?.op ?? g.root.op}${g.root.out.hint ? '_' + g.root.out.hint.replace(/[^A-Za-z0-9]+/g, '_') : ''}${gs.length > 1 ? `_x${gs.length}` : ''}`;
      const kernel = addKernel(name, k.wgsl, k.bindings.map((b) => b.access));
      steps.push({ dispatch: kernel, buffers: k.bindings.map((b) => b.buffer), workgroups: k.workgroups });
    }
    for (const c of plan.copies) steps.push({ copy: c });
    entries[entry] = steps;
  }

  /** The feed kernels of an entry: one per dataset input the program reads. */
  function feedSteps(feed: Feed, read: ReadonlySet<string>): Step[] {
    const batch = feed.mode === 'train' ? meta.train.batchSize : meta.train.evalBatchSize;
    return meta.inputs.filter((input) => read.has(input.name)).map((input, n) => {
      const features = input.example.reduce((a, b) => a * b, 1);
      const writesWeight = feed.weight && n === 0;
      const f = emitFeed({ mode: feed.mode, batch, features, dtype: input.dtype, writesWeight });
      const state = names('feed').state;
      const buffers = [
        table.dataset(`dataset:${feed.split}:${input.name}`, 'u32'),
        table.dataset(`dataset:${feed.split}:${input.name}:info`, 'u32'),
        ...(feed.mode === 'train' ? [state(COUNTERS.epoch), state(COUNTERS.batch), state(COUNTERS.seed)] : [state(feed.counter)]),
        table.named(`input:${input.name}`, 'input', { dtype: input.dtype, shape: [batch, ...input.example] }),
        ...(writesWeight ? [table.named(`input:${WEIGHT_INPUT}`, 'input', { dtype: 'f32', shape: [] })] : []),
      ];
      const kernel = addKernel(`feed_${feed.mode}_${input.name.replace(/\W/g, '_')}`, f.wgsl, f.bindings);
      return { dispatch: kernel, buffers, workgroups: f.workgroups };
    });
  }

  const accumulators: Record<string, number> = {};
  for (const s of m.state) if (s.role === 'accumulator') accumulators[s.name] = table.index(`state:${s.name}`)!;

  const artifact: Artifact = {
    format: ARTIFACT_FORMAT,
    version: ARTIFACT_VERSION,
    model: m.name,
    compiler: COMPILER_VERSION,
    requirements: {
      maxStorageBuffersPerShaderStage: Math.max(1, ...kernels.map((k) => k.bindings.length)),
      maxComputeInvocationsPerWorkgroup: WORKGROUP_SIZE,
      maxStorageBufferBindingSize: Math.max(4, ...table.buffers.map((b) => b.bytes)),
    },
    inputs: meta.inputs,
    outputs: meta.outputs,
    metrics: meta.metrics,
    train: meta.train,
    params: meta.params,
    buffers: table.buffers,
    kernels,
    entries,
    accumulators,
  };
  return { artifact, optimized };
}
