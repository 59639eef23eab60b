// Buffer planning: decides which buffer holds each materialized value of a fused program.
// Inputs, state and outputs have their own named buffers. A state update is written straight
// into the state buffer when nothing reads the old value afterwards; otherwise it goes to
// scratch and is copied at the end. Scratch is reused by lifetime (first use to last use),
// best fit by size, from a pool shared by all entry points (they never run concurrently).
import type { Eqn, ModelIR, Program } from '../ir/program.js';
import { BYTES_PER_ELEMENT, numel, shapeEq, type DType, type TensorType, type Var } from '../ir/types.js';
import { COUNTERS, WEIGHT_INPUT, type ArtifactBuffer, type ArtifactInput, type BufferKind, type ModelMeta } from '../contract/artifact.js';
import { BUFFER, feedOf } from '../contract/protocol.js';
import { groupInputs, readsOnlyElementwise, type Fused } from './fuse.js';

export class BufferTable {
  readonly buffers: ArtifactBuffer[] = [];
  private readonly byName = new Map<string, number>();
  private readonly freeTemps = new Set<number>();

  named(name: string, kind: BufferKind, type: TensorType, role?: string): number {
    const bytes = numel(type.shape) * BYTES_PER_ELEMENT;
    const hit = this.byName.get(name);
    if (hit !== undefined) {
      const b = this.buffers[hit]!;
      if (b.bytes < bytes) this.buffers[hit] = { ...b, bytes, shape: type.shape };
      return hit;
    }
    this.buffers.push({ name, kind, bytes, dtype: type.dtype, shape: type.shape, ...(role ? { role } : {}) });
    this.byName.set(name, this.buffers.length - 1);
    return this.buffers.length - 1;
  }

  dataset(name: string, dtype: DType): number {
    const hit = this.byName.get(name);
    if (hit !== undefined) return hit;
    this.buffers.push({ name, kind: 'dataset', bytes: 0, dtype });
    this.byName.set(name, this.buffers.length - 1);
    return this.buffers.length - 1;
  }

  index(name: string): number | undefined {
    return this.byName.get(name);
  }

  /** A scratch buffer of at least `bytes` (best fit among free ones, else a new one). */
  takeTemp(bytes: number): number {
    let best: number | undefined;
    for (const i of this.freeTemps) {
      const b = this.buffers[i]!.bytes;
      if (b >= bytes && (best === undefined || b < this.buffers[best]!.bytes)) best = i;
    }
    if (best !== undefined) {
      this.freeTemps.delete(best);
      return best;
    }
    this.buffers.push({ name: BUFFER.temp(this.buffers.filter((b) => b.kind === 'temp').length), kind: 'temp', bytes, dtype: 'f32' });
    return this.buffers.length - 1;
  }

  releaseTemp(i: number): void {
    if (this.buffers[i]!.kind === 'temp') this.freeTemps.add(i);
  }
}

export interface BufferPlan {
  readonly bufferOf: ReadonlyMap<number, number>;
  /** Copies to run after the kernels: update values not written in place, and outputs. */
  readonly copies: readonly { src: number; dst: number; bytes: number }[];
}

/** An entry's optimized program, its kernels, the buffers its feed kernels bind and its buffer plan. */
export interface PlannedEntry {
  readonly program: Program;
  readonly fused: Fused;
  readonly feeds: readonly FeedBinding[];
  readonly plan: BufferPlan;
}

/**
 * One buffer table for all entries (they never run at once): the state first, then entry by
 * entry (in the order given) its feed kernels' buffers and its kernels' buffers.
 */
export function planEntries(model: ModelIR, meta: ModelMeta, fused: ReadonlyMap<string, Fused>): { table: BufferTable; planned: ReadonlyMap<string, PlannedEntry> } {
  const table = new BufferTable();
  for (const st of model.state) table.named(BUFFER.state(st.name), 'state', st.type, st.role);
  const planned = new Map<string, PlannedEntry>();
  for (const [entry, f] of fused) {
    const program = model.programs[entry];
    if (!program) throw new Error(`the model has no entry program '${entry}'`);
    const feeds = feedBuffers(table, meta, entry, program);
    planned.set(entry, { program, fused: f, feeds, plan: planBuffers(f, table, bufferNames(table, entry)) });
  }
  return { table, planned };
}

/** How the buffer planner names an entry's inputs, state and outputs in the shared table. */
export function bufferNames(table: BufferTable, program: string): BufferNames {
  return {
    input: (name: string, t: TensorType) => table.named(BUFFER.input(name), 'input', t),
    state: (name: string) => {
      const i = table.index(BUFFER.state(name));
      if (i === undefined) throw new Error(`${program} refers to undeclared state '${name}'`);
      return i;
    },
    output: (name: string, t: TensorType) => table.named(BUFFER.output(program, name), 'output', t),
  };
}

export interface BufferNames {
  input(name: string, t: TensorType): number;
  state(name: string): number;
  output(name: string, t: TensorType): number;
}

/** A dataset input an entry's feed kernel fills, with the buffers that kernel binds (in binding order). */
export interface FeedBinding {
  readonly input: ArtifactInput;
  readonly writesWeight: boolean;
  readonly buffers: readonly number[];
}

/** The dataset inputs an entry's feed kernels fill (the entry's protocol row says how), with their buffers, allocated in the table on first use. */
export function feedBuffers(table: BufferTable, meta: ModelMeta, entry: string, p: Program): FeedBinding[] {
  const feed = feedOf(entry);
  if (!feed) return [];
  const read = readInputs(p);
  const batch = feed.mode === 'train' ? meta.train.batchSize : meta.train.evalBatchSize;
  const state = bufferNames(table, 'feed').state;
  return meta.inputs.filter((input) => read.has(input.name)).map((input, n) => {
    const writesWeight = feed.weight && n === 0;
    const buffers = [
      table.dataset(BUFFER.dataset(feed.split, input.name), 'u32'),
      table.dataset(BUFFER.datasetInfo(feed.split, input.name), 'u32'),
      ...(feed.mode === 'train' ? [state(COUNTERS.epoch), state(COUNTERS.batch), state(COUNTERS.seed)] : [state(feed.counter)]),
      table.named(BUFFER.input(input.name), 'input', { dtype: input.dtype, shape: [batch, ...input.example] }),
      ...(writesWeight ? [table.named(BUFFER.input(WEIGHT_INPUT), 'input', { dtype: 'f32', shape: [] })] : []),
    ];
    return { input, writesWeight, buffers };
  });
}

/** Names of the inputs a program actually reads (dead ones need no feed). */
function readInputs(p: Program): Set<string> {
  const used = new Set<number>([...p.outputs, ...p.updates].map((o) => o.var.id));
  for (const e of p.eqns) for (const v of e.inputs) used.add(v.id);
  return new Set(p.inputs.filter((i) => used.has(i.var.id)).map((i) => i.name));
}

export function planBuffers(f: Fused, table: BufferTable, names: BufferNames): BufferPlan {
  const p = f.program;
  const eqnOf = new Map<number, Eqn>(p.eqns.map((e) => [e.out.id, e]));
  const bufferOf = new Map<number, number>();
  for (const i of p.inputs) bufferOf.set(i.var.id, names.input(i.name, i.var.type));
  for (const s of p.state) bufferOf.set(s.var.id, names.state(s.name));

  // Per kernel: the buffers it reads (its groups' inputs) and the values it writes (their roots).
  const reads = f.kernels.map((gs) => [...new Set(gs.flatMap((g) => groupInputs(g, eqnOf, f.materialized)))]);
  const stateVarOf = new Map(p.state.map((s) => [s.name, s.var]));
  const rootIndex = new Map(f.kernels.flatMap((gs, k) => gs.map((g) => [g.root.out.id, k] as const)));

  // Where each root value goes when it is not scratch.
  const fixed = new Map<number, number>();
  const copies: { src: number; dst: number; bytes: number }[] = [];
  const pendingCopies: { value: Var; dst: number }[] = [];
  for (const o of p.outputs) {
    const dst = names.output(o.name, o.var.type);
    if (rootIndex.has(o.var.id) && !fixed.has(o.var.id)) fixed.set(o.var.id, dst);
    else pendingCopies.push({ value: o.var, dst });
  }
  for (const u of p.updates) {
    const dst = names.state(u.name);
    const k = rootIndex.get(u.var.id);
    const old = stateVarOf.get(u.name);
    if (old && old.id === u.var.id) continue; // unchanged
    if (k !== undefined && !fixed.has(u.var.id) && (!old || inPlaceSafe(f, k, u.var, old, reads, eqnOf))) fixed.set(u.var.id, dst);
    else pendingCopies.push({ value: u.var, dst });
  }

  // Lifetimes of scratch: last kernel that reads each value, and values needed by copies.
  const lastUse = new Map<number, number>();
  reads.forEach((ids, k) => ids.forEach((id) => lastUse.set(id, k)));
  for (const c of pendingCopies) lastUse.set(c.value.id, f.kernels.length);

  f.kernels.forEach((gs, k) => {
    // Outputs first, then free the inputs: a kernel never writes a buffer it reads.
    const stored = gs.filter((g) => !f.internal.has(g.root.out.id));
    for (const g of stored) {
      const v = g.root.out;
      bufferOf.set(v.id, fixed.get(v.id) ?? table.takeTemp(numel(v.type.shape) * BYTES_PER_ELEMENT));
    }
    for (const id of reads[k]!) if (lastUse.get(id) === k && !fixed.has(id)) table.releaseTemp(bufferOf.get(id)!);
    for (const g of stored) {
      const v = g.root.out;
      if (!lastUse.has(v.id) && !fixed.has(v.id)) table.releaseTemp(bufferOf.get(v.id)!);
    }
  });
  for (const c of pendingCopies) {
    const src = bufferOf.get(c.value.id);
    if (src === undefined) {
      // A constant escaping as an output or update: materialize it via a tiny scratch kernel is
      // overkill; constants are folded by the std library before they reach here.
      throw new Error(`value ${c.value.id} escapes without a buffer (a bare constant?)`);
    }
    if (src !== c.dst) copies.push({ src, dst: c.dst, bytes: numel(c.value.type.shape) * BYTES_PER_ELEMENT });
  }
  for (const c of pendingCopies) {
    const src = bufferOf.get(c.value.id)!;
    if (!fixed.has(c.value.id)) table.releaseTemp(src);
  }
  return { bufferOf, copies };
}

/**
 * Writing update `root`'s value (computed in kernel k) into its state buffer is unobservable when
 * no later kernel reads the old state, and the writing kernel itself reads it only at each
 * invocation's own index (every group of the kernel: they share the index space, and all loads of
 * a column's results precede their stores). A row loop stores as it goes: its update is written
 * in place only if no other group of its kernel reads the old state.
 */
function inPlaceSafe(f: Fused, k: number, root: Var, old: Var, reads: readonly number[][], eqnOf: ReadonlyMap<number, Eqn>): boolean {
  for (let j = k + 1; j < f.kernels.length; j++) if (reads[j]!.includes(old.id)) return false;
  if (!reads[k]!.includes(old.id)) return true;
  const gs = f.kernels[k]!;
  const own = gs.find((g) => g.root.out.id === root.id)!;
  if (!shapeEq(own.root.out.type.shape, gs[0]!.root.out.type.shape)) {
    return gs.every((g) => g === own || !groupInputs(g, eqnOf, f.materialized).includes(old.id)) && readsOnlyElementwise(own, old, eqnOf);
  }
  return gs.every((g) => readsOnlyElementwise(g, old, eqnOf));
}
