// The whole path from an elaborated model to an artifact, as one list of named passes (PASSES):
// the model driver's steps, the target-independent lowering, the emitters. Each pass takes the
// stage record the pass before it returned (Elaborated → TrainForward → Cut → Differentiated →
// Entries → … → Kernels → Planned → Emitted) and returns its own, so a pass listed out of order
// does not type-check. The verifier runs on every program after every pass, and the stages that
// `--emit` dumps are recorded as they go by.
import { planOf, type Artifact, type KernelShapes, type ModelMeta } from '../contract/artifact.js';
import { bufferNames, emitArtifact, entryOrder, feedBuffers, type PlannedEntry } from '../codegen/compile.js';
import { emitWasmTarget } from '../codegen/wasm/target.js';
import { printProgram } from '../ir/printer.js';
import type { ModelIR, Program } from '../ir/program.js';
import { buildEntries, buildTrainForward, cutFrozen, differentiateTrainStep, elaborated, type Elaborated, type Entries, type EntryOptions } from '../model/driver.js';
import { eliminateDeadCode } from '../passes/eliminateDeadCode.js';
import { fuse, type Fused } from '../passes/fuse.js';
import { BufferTable, planBuffers } from '../passes/planBuffers.js';
import { constantMatmul } from '../passes/constantMatmul.js';
import { simplify } from '../passes/simplify.js';
import { splitLongReductions } from '../passes/splitLongReductions.js';
import { splitWideOps } from '../passes/splitWideOps.js';
import { checkTensorSize, MAX_TENSOR_BYTES } from '../std/errors.js';
import type { ModelDefinition } from '../std/model.js';
import { PassList, type Observer, type Staged } from './passList.js';

export interface PipelineOptions extends EntryOptions {
  /** Storage buffers one kernel may bind (the device's limit; 8 is WebGPU's default). */
  readonly maxStorageBuffers?: number;
  /** Also emit the WebAssembly target (the artifact's `wasm`: kernels as CPU functions). */
  readonly wasm?: boolean;
  /** The adapters the kernels are shaped for (default 'gpu'; see KernelShapes). */
  readonly kernelShapes?: KernelShapes;
}

/** After fuse: each entry's equations grouped into kernels. */
export interface Kernels extends Omit<Entries, 'stage'> {
  readonly stage: 'kernels';
  readonly fused: ReadonlyMap<string, Fused>;
}

/** After planBuffers: one buffer table for all entries, and each entry's kernels with their buffers. */
export interface Planned extends Omit<Entries, 'stage'> {
  readonly stage: 'planned';
  readonly table: BufferTable;
  readonly planned: ReadonlyMap<string, PlannedEntry>;
}

/** After emit: the artifact. */
export interface Emitted extends Omit<Planned, 'stage'> {
  readonly stage: 'emitted';
  readonly artifact: Artifact;
}

const passes = <A extends Staged>() => PassList.from<A, PipelineOptions>();

/** Applies a program-to-program pass to every entry. */
const eachProgram = (f: (p: Program) => Program) => (s: Entries): Entries => ({
  ...s,
  model: { ...s.model, programs: Object.fromEntries(Object.entries(s.model.programs).map(([k, p]) => [k, f(p)])) },
});

const maxBuffers = (o: PipelineOptions) => o.maxStorageBuffers ?? 8;

/** The passes, in order: the model driver's steps, the target-independent lowering, the emitters. */
export const PASSES = {
  build: passes<Elaborated>()
    .then('buildTrainForward', buildTrainForward)
    .then('cutFrozen', cutFrozen)
    .then('differentiate', differentiateTrainStep)
    .then('buildEntries', buildEntries),
  /** Also run alone, on entry programs written by hand (lowerModel). */
  lower: passes<Entries>()
    .then('simplify', eachProgram(simplify))
    .then('constantMatmul', eachProgram(constantMatmul))
    .then('eliminateDeadCode', eachProgram(eliminateDeadCode))
    .then('splitWideOps', (s, o) => eachProgram((p) => splitWideOps(p, maxBuffers(o)))(s))
    .then('splitLongReductions', eachProgram((p) => splitLongReductions(p)))
    .then('fuse', fuseKernels)
    .then('planBuffers', planAllBuffers)
    .then('checkBufferSizes', checkBufferSizes),
  /** Also rerun alone with other emission options (Compiled.emitWith). */
  emit: passes<Planned>()
    .then('emit', emit)
    .then('emitWasm', emitWasm),
} as const;

function fuseKernels(s: Entries, o: PipelineOptions): Kernels {
  return { ...s, stage: 'kernels', fused: new Map(entryOrder(s.model).map((e) => [e, fuse(programOf(s.model, e), maxBuffers(o))])) };
}

/** One buffer table for all entries (they never run at once); each entry's feed inputs first. */
function planAllBuffers(s: Kernels): Planned {
  const table = new BufferTable();
  for (const st of s.model.state) table.named(`state:${st.name}`, 'state', st.type, st.role);
  const planned = new Map<string, PlannedEntry>();
  for (const [entry, fused] of s.fused) {
    const program = programOf(s.model, entry);
    feedBuffers(table, s.meta, entry, program);
    planned.set(entry, { program, fused, plan: planBuffers(fused, table, bufferNames(table, entry)) });
  }
  return { stage: 'planned', model: s.model, meta: s.meta, table, planned };
}

/** Every buffer fits one storage-buffer binding (the layers check their own tensors; this catches the rest). */
function checkBufferSizes(s: Planned): Planned {
  for (const b of s.table.buffers) {
    if (b.bytes > MAX_TENSOR_BYTES) checkTensorSize({ dtype: b.dtype, shape: b.shape ?? [b.bytes / 4] }, `the buffer '${b.name}' holds a tensor`);
  }
  return s;
}

function emit(s: Planned, o: PipelineOptions): Emitted {
  return { ...s, stage: 'emitted', artifact: emitArtifact(s.model, s.meta, s.table, s.planned, o.kernelShapes) };
}

/** The WebAssembly target, when asked for: the same kernels as CPU functions. */
function emitWasm(s: Emitted, o: PipelineOptions): Emitted {
  return o.wasm ? { ...s, artifact: { ...s.artifact, wasm: emitWasmTarget(s.artifact, s.meta, s.table, s.planned) } } : s;
}

function programOf(model: ModelIR, entry: string): Program {
  const p = model.programs[entry];
  if (!p) throw new Error(`the model has no entry program '${entry}'`);
  return p;
}

/** The dumps of `--emit`, each taken after the pass named. */
export const EMITS = ['ir', 'ir-grad', 'ir-opt', 'wgsl', 'plan'] as const;
export type Emit = (typeof EMITS)[number];
const DUMP_AFTER: Readonly<Record<Emit, string>> = {
  'ir-grad': 'differentiate',
  ir: 'buildEntries',
  'ir-opt': 'eliminateDeadCode',
  wgsl: 'emit',
  plan: 'emit',
};

export interface Compiled {
  readonly artifact: Artifact;
  readonly meta: ModelMeta;
  /** The entry programs as built, before the lowering passes. */
  readonly model: ModelIR;
  /** The model after each pass that `--emit` dumps (by pass name). */
  readonly stages: ReadonlyMap<string, ModelIR>;
  /** The artifact again with other emission options (matmul blocks, the wasm target): only the emitting passes rerun. */
  emitWith(options: EmitOptions): Artifact;
}

/** The options that only the emitting passes read. */
export type EmitOptions = Pick<PipelineOptions, 'kernelShapes' | 'wasm'>;

/** The model driver's passes alone (forward, frozen cut, gradient, entries): a model built but not lowered to kernels. */
export function buildModel(def: ModelDefinition, options: PipelineOptions = {}): Entries {
  return PASSES.build.run(elaborated(def), options);
}

export function runPipeline(def: ModelDefinition, options: PipelineOptions = {}): Compiled {
  const stages = new Map<string, ModelIR>();
  return lower(PASSES.build.run(elaborated(def), options, keepDumped(stages)), options, stages);
}

/** The passes after the model driver's, on entry programs written by hand (kernel tests). */
export function lowerModel(model: ModelIR, meta: ModelMeta, options: PipelineOptions = {}): Compiled {
  return lower({ stage: 'entries', model, meta }, options, new Map());
}

function lower(entries: Entries, options: PipelineOptions, stages: Map<string, ModelIR>): Compiled {
  const planned = PASSES.lower.run(entries, options, keepDumped(stages));
  const { artifact } = PASSES.emit.run(planned, options, keepDumped(stages));
  const emitWith = (o: EmitOptions) => PASSES.emit.run(planned, { ...options, ...o }).artifact;
  return { artifact, meta: entries.meta, model: entries.model, stages, emitWith };
}

/** Keeps the model after each pass that a dump is taken after. */
function keepDumped(stages: Map<string, ModelIR>): Observer {
  const dumped = new Set(Object.values(DUMP_AFTER));
  return (pass, s) => {
    if (dumped.has(pass)) stages.set(pass, s.model);
  };
}

/** The programs of one dumped stage, in entry order (the train step alone for `ir-grad`). */
export function stagePrograms(c: Compiled, what: Exclude<Emit, 'wgsl' | 'plan'>): Program[] {
  const m = c.stages.get(DUMP_AFTER[what]);
  if (!m) throw new Error(`no '${what}' stage: this compilation started after the pass '${DUMP_AFTER[what]}'`);
  return Object.values(m.programs);
}

/** The text of one stage's dump. */
export function dump(c: Compiled, what: Emit): string {
  switch (what) {
    case 'wgsl':
      return c.artifact.kernels.map((k) => `// ---- ${k.name}.wgsl\n${k.wgsl}`).join('\n');
    case 'plan':
      return JSON.stringify(planOf(c.artifact), null, 2) + '\n';
    default:
      return stagePrograms(c, what).map(printProgram).join('\n');
  }
}
