// Code generation: from fused, buffer-planned entry programs to an Artifact. Each entry's steps
// are its feed kernels (train and eval steps), its compute kernels and the copies the planner
// asked for; identical kernels are shared between entries.
import {
  ARTIFACT_FORMAT, ARTIFACT_VERSION,
  type Artifact, type ArtifactKernel, type KernelShapes, type ModelMeta, type Step,
} from '../contract/artifact.js';
import { BUFFER, feedOf, parseBufferName } from '../contract/protocol.js';
import type { Eqn, ModelIR } from '../ir/program.js';
import type { KernelGroup } from '../passes/fuse.js';
import type { BufferTable, PlannedEntry } from '../passes/planBuffers.js';
import { emitKernel, WORKGROUP_SIZE } from './wgsl/emitKernel.js';
import { emitFeed } from './wgsl/feed.js';

export const COMPILER_VERSION = 'dnnc 0.1.0';

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
  for (const [entry, { program, fused, feeds, plan }] of planned) {
    const steps: Step[] = [];
    const feed = feedOf(entry);
    for (const f of feeds) {
      const batch = feed!.mode === 'train' ? meta.train.batchSize : meta.train.evalBatchSize;
      const features = f.input.example.reduce((a, b) => a * b, 1);
      const augment = feed!.mode === 'train' && f.input.role === 'features' ? meta.train.augment : undefined;
      const k = emitFeed({ mode: feed!.mode, batch, features, dtype: f.input.dtype, writesWeight: f.writesWeight, ...(augment ? { augment } : {}) });
      const kernel = addKernel(`feed_${feed!.mode}_${f.input.name.replace(/\W/g, '_').slice(0, MAX_HINT)}`, k.wgsl, k.bindings);
      steps.push({ dispatch: kernel, buffers: [...f.buffers], workgroups: k.workgroups });
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
  for (const s of model.state) if (s.role === 'accumulator') accumulators[s.name] = table.index(BUFFER.state(s.name))!;
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
