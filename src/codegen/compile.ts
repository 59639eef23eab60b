// Code generation: the schedule (codegen/schedule.ts) rendered as an Artifact. Each scheduled
// step becomes one artifact step: a feed or compute kernel as WGSL (identical kernels shared
// between steps and entries), a copy as a copy.
import {
  ARTIFACT_FORMAT, ARTIFACT_VERSION,
  type Artifact, type ArtifactKernel, type KernelShapes, type ModelMeta, type Step,
} from '../contract/artifact.js';
import { BUFFER, ENTRY, parseBufferName } from '../contract/protocol.js';
import type { ModelIR } from '../ir/program.js';
import type { BufferTable } from '../passes/planBuffers.js';
import type { ComputeStep, FeedSpec, KernelStep, Schedule, ScheduledEntry } from './schedule.js';
import { emitKernel, WORKGROUP_SIZE } from './wgsl/emitKernel.js';
import { emitFeed } from './wgsl/feed.js';

export const COMPILER_VERSION = 'dnnc 0.1.0';

export type DispatchStep = Extract<Step, { dispatch: number }>;

/** The artifact, and the step each scheduled kernel became (its kernel number and bindings, which the wasm target follows). */
export interface RenderedArtifact {
  readonly artifact: Artifact;
  readonly dispatchOf: ReadonlyMap<KernelStep, DispatchStep>;
}

/** A WGSL kernel as rendered: its source, bindings' access, and the key equal kernels share. */
interface WgslKernel {
  readonly wgsl: string;
  readonly access: readonly ('read' | 'read_write')[];
  readonly buffers: readonly number[];
  readonly workgroups: readonly [number, number, number];
  readonly key: string;
}

/** The artifact: WGSL for every kernel, and each entry's list of steps. */
export function emitArtifact(model: ModelIR, meta: ModelMeta, schedule: Schedule, shapes: KernelShapes = 'gpu'): RenderedArtifact {
  const { table } = schedule;
  const kernels: ArtifactKernel[] = [];
  const kernelIndex = new Map<string, number>();
  /** Kernels equal but for their bindings' names are one kernel, named after its first user. */
  const addKernel = (name: string, k: WgslKernel): number => {
    const hit = kernelIndex.get(k.key);
    if (hit !== undefined) return hit;
    kernels.push({ name: `${String(kernels.length).padStart(3, '0')}_${name}`, wgsl: k.wgsl, bindings: k.access });
    kernelIndex.set(k.key, kernels.length - 1);
    return kernels.length - 1;
  };

  const dispatchOf = new Map<KernelStep, DispatchStep>();
  const entries: Record<string, Step[]> = {};
  for (const e of schedule.entries) {
    entries[e.entry] = e.steps.map((step): Step => {
      if (step.kind === 'copy') return { copy: step.copy };
      const k = step.kind === 'feed' ? feedKernel(step.spec, step.buffers) : computeKernel(e, step, table, shapes);
      const d: DispatchStep = { dispatch: addKernel(step.name, k), buffers: [...k.buffers], workgroups: k.workgroups };
      dispatchOf.set(step, d);
      return d;
    });
  }

  const accumulators: Record<string, number> = {};
  for (const s of model.state) if (s.role === 'accumulator') accumulators[s.name] = table.index(BUFFER.state(s.name))!;
  const artifact: Artifact = {
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
  return { artifact, dispatchOf };
}

function feedKernel(spec: FeedSpec, buffers: readonly number[]): WgslKernel {
  const k = emitFeed(spec);
  return { wgsl: k.wgsl, access: k.bindings, buffers, workgroups: k.workgroups, key: k.wgsl };
}

/**
 * A compute step's kernel. Only the train step's kernels run at every step: the others (the
 * evaluation's, prediction's) are shaped to compile fast (see matmulTile).
 */
function computeKernel(e: ScheduledEntry, step: ComputeStep, table: BufferTable, shapes: KernelShapes): WgslKernel {
  const often = e.entry === ENTRY.train_step;
  const k = emitKernel(step.groups, e.eqnOf, e.bufferOf, (b) => table.buffers[b]!.dtype, (b) => bindingName(table.buffers[b]!.name), e.internal, shapes, often);
  return { wgsl: k.wgsl, access: k.bindings.map((b) => b.access), buffers: k.bindings.map((b) => b.buffer), workgroups: k.workgroups, key: k.canonical };
}

/** A binding's name in WGSL, from its buffer's: `s_hidden1_dense_kernel`, `in_X`, `out_probabilities`, `tmp3`. */
function bindingName(buffer: string): string {
  const b = parseBufferName(buffer);
  const words = (name: string) => name.replaceAll(':', '_');
  switch (b?.kind) {
    case 'state':
      return `s_${words(b.name)}`;
    case 'input':
      return `in_${words(b.name)}`;
    case 'output':
      return `out_${words(b.name)}`;
    case 'temp':
      return `tmp${b.index}`;
    default:
      return buffer;
  }
}
