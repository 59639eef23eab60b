// From a model's IR to an Artifact: each entry point is optimized, fused, planned and emitted;
// feed kernels are prepended to the train and eval steps; identical kernels are shared.
import type { Eqn, ModelIR, Program } from '../ir/program.js';
import type { TensorType } from '../ir/types.js';
import { fuse } from '../passes/fuse.js';
import { optimize } from '../passes/pipeline.js';
import { BufferTable, planBuffers } from '../passes/planBuffers.js';
import {
  ARTIFACT_FORMAT, ARTIFACT_VERSION, COUNTERS, WEIGHT_INPUT, type Artifact, type ArtifactInput, type ArtifactKernel, type Step,
} from '../runtime/artifact.js';
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
    if (entry === 'train_step' || entry === 'eval_step') steps.push(...feedSteps(entry === 'train_step' ? 'train' : 'eval'));
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

  function feedSteps(mode: 'train' | 'eval'): Step[] {
    const batch = mode === 'train' ? meta.train.batchSize : meta.train.evalBatchSize;
    return meta.inputs.map((input, n) => {
      const features = input.example.reduce((a, b) => a * b, 1);
      const writesWeight = mode === 'eval' && n === 0;
      const f = emitFeed({ mode, batch, features, dtype: input.dtype, writesWeight });
      const split = mode === 'train' ? 'train' : 'eval';
      const buffers = [
        table.dataset(`dataset:${split}:${input.name}`, 'u32'),
        table.dataset(`dataset:${split}:${input.name}:info`, 'u32'),
        ...(mode === 'train'
          ? [names('feed').state(COUNTERS.epoch), names('feed').state(COUNTERS.batch), names('feed').state(COUNTERS.seed)]
          : [names('feed').state(COUNTERS.evalBatch)]),
        table.named(`input:${input.name}`, 'input', { dtype: input.dtype, shape: [batch, ...input.example] }),
        ...(writesWeight ? [table.named(`input:${WEIGHT_INPUT}`, 'input', { dtype: 'f32', shape: [] })] : []),
      ];
      const kernel = addKernel(`feed_${mode}_${input.name}`, f.wgsl, f.bindings);
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
