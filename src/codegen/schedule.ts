// The schedule: after planBuffers, what each entry runs, in order — its feed kernels (each with
// the buffers it binds), its compute kernels (fused groups over the entry's planned buffers)
// and the copies the planner asked for. Both targets render this one list: the WGSL artifact
// (codegen/compile.ts) a kernel per step, shared between steps where equal, and the wasm
// module (codegen/wasm/target.ts) a function per artifact kernel; neither derives feeds,
// kernels or their order again.
import type { Augment, ModelMeta } from '../contract/artifact.js';
import { feedOf, type Feed } from '../contract/protocol.js';
import type { Eqn } from '../ir/program.js';
import type { Var } from '../ir/types.js';
import type { KernelGroup } from '../passes/fuse.js';
import type { BufferTable, FeedBinding, PlannedEntry } from '../passes/planBuffers.js';

/** What a feed kernel does: one batch of one input from an uploaded split. */
export interface FeedSpec {
  readonly mode: 'train' | 'eval';
  readonly batch: number;
  /** Elements per example (784 for an image, 1 for a label). */
  readonly features: number;
  readonly dtype: 'f32' | 'i32';
  /** Eval only: whether this kernel also writes the batch weight. */
  readonly writesWeight: boolean;
  /** Train only, f32 images: a random affine transform per example (see emitAugmentedCopy). */
  readonly augment?: Augment;
}

/** A feed kernel and the buffers it binds, in binding order (see emitFeed). */
export interface FeedStep {
  readonly kind: 'feed';
  readonly name: string;
  readonly spec: FeedSpec;
  readonly buffers: readonly number[];
}

/** A compute kernel: fused groups sharing one index space; the renderer binds the buffers its values live in. */
export interface ComputeStep {
  readonly kind: 'compute';
  readonly name: string;
  readonly groups: readonly KernelGroup[];
}

export interface CopyStep {
  readonly kind: 'copy';
  readonly copy: { readonly src: number; readonly dst: number; readonly bytes: number };
}

export type KernelStep = FeedStep | ComputeStep;
export type ScheduledStep = KernelStep | CopyStep;

/** One entry's steps, and what its compute kernels read. */
export interface ScheduledEntry {
  readonly entry: string;
  readonly steps: readonly ScheduledStep[];
  /** Each value's equation. */
  readonly eqnOf: ReadonlyMap<number, Eqn>;
  /** Values that live in buffers (inputs, state, stored group roots). */
  readonly materialized: ReadonlySet<number>;
  /** Group results read only inside their kernel (never stored). */
  readonly internal: ReadonlySet<number>;
  /** The buffer a materialized value lives in. */
  readonly bufferOf: (v: Var) => number;
}

export interface Schedule {
  /** The buffer table shared by every entry. */
  readonly table: BufferTable;
  /** In entry order (buffers and kernels are numbered by first use in this order). */
  readonly entries: readonly ScheduledEntry[];
}

/** The schedule of every planned entry, in the order planned. */
export function scheduleEntries(meta: ModelMeta, table: BufferTable, planned: ReadonlyMap<string, PlannedEntry>): Schedule {
  return { table, entries: [...planned].map(([entry, p]) => scheduleEntry(meta, entry, p)) };
}

function scheduleEntry(meta: ModelMeta, entry: string, { program, fused, feeds, plan }: PlannedEntry): ScheduledEntry {
  const feed = feedOf(entry);
  const steps: ScheduledStep[] = [
    ...(feed ? feeds.map((f) => feedStep(meta, feed, f)) : []),
    ...fused.kernels.map((groups): ComputeStep => ({ kind: 'compute', name: kernelName(groups), groups })),
    ...plan.copies.map((copy): CopyStep => ({ kind: 'copy', copy })),
  ];
  return {
    entry,
    steps,
    eqnOf: new Map(program.eqns.map((e) => [e.out.id, e])),
    materialized: fused.materialized,
    internal: fused.internal,
    bufferOf: (v) => plan.bufferOf.get(v.id)!,
  };
}

function feedStep(meta: ModelMeta, feed: Feed, f: FeedBinding): FeedStep {
  const batch = feed.mode === 'train' ? meta.train.batchSize : meta.train.evalBatchSize;
  const features = f.input.example.reduce((a, b) => a * b, 1);
  const augment = feed.mode === 'train' && f.input.role === 'features' ? meta.train.augment : undefined;
  return {
    kind: 'feed',
    name: `feed_${feed.mode}_${f.input.name.replace(/\W/g, '_').slice(0, MAX_HINT)}`,
    spec: { mode: feed.mode, batch, features, dtype: f.input.dtype, writesWeight: f.writesWeight, ...(augment ? { augment } : {}) },
    buffers: f.buffers,
  };
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
