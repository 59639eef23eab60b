// The whole path from an elaborated model to an artifact, as one list of named passes. Each pass
// takes the compilation's state and returns the next; the verifier runs on every program after
// every pass, and the stages that `--emit` dumps are recorded as they go by.
import { planOf, type Artifact, type KernelShapes, type ModelMeta } from '../contract/artifact.js';
import { bufferNames, emitArtifact, entryOrder, feedBuffers, type PlannedEntry } from '../codegen/compile.js';
import { emitWasmTarget } from '../codegen/wasm/target.js';
import { printProgram } from '../ir/printer.js';
import type { ModelIR, Program } from '../ir/program.js';
import { verifyModel } from '../ir/verify.js';
import { ModelDriver } from '../model/driver.js';
import { eliminateDeadCode } from '../passes/eliminateDeadCode.js';
import { fuse, type Fused } from '../passes/fuse.js';
import { BufferTable, planBuffers } from '../passes/planBuffers.js';
import { constantMatmul } from '../passes/constantMatmul.js';
import { simplify } from '../passes/simplify.js';
import { splitLongReductions } from '../passes/splitLongReductions.js';
import { splitWideOps } from '../passes/splitWideOps.js';
import { checkTensorSize, MAX_TENSOR_BYTES } from '../std/errors.js';
import type { ModelDefinition } from '../std/model.js';

export interface PipelineOptions {
  /** Storage buffers one kernel may bind (the device's limit; 8 is WebGPU's default). */
  readonly maxStorageBuffers?: number;
  /** Also emit the WebAssembly target (the artifact's `wasm`: kernels as CPU functions). */
  readonly wasm?: boolean;
  /** The adapters the kernels are shaped for (default 'gpu'; see KernelShapes). */
  readonly kernelShapes?: KernelShapes;
}

/** What the passes hand each other. */
interface State {
  /** Builds the entry programs (absent when lowering a hand-made ModelIR). */
  readonly driver?: ModelDriver;
  readonly options: PipelineOptions;
  /** The artifact's descriptive fields, known once every entry is built. */
  readonly meta?: ModelMeta;
  /** Every entry program as the last pass left it. */
  readonly model: ModelIR;
  readonly fused?: ReadonlyMap<string, Fused>;
  readonly table?: BufferTable;
  readonly planned?: ReadonlyMap<string, PlannedEntry>;
  readonly artifact?: Artifact;
}

type Pass = (s: State) => State;

/** Applies a program-to-program pass to every entry. */
const eachProgram = (f: (p: Program) => Program): Pass => (s) => ({
  ...s,
  model: { ...s.model, programs: Object.fromEntries(Object.entries(s.model.programs).map(([k, p]) => [k, f(p)])) },
});

/** The passes, in order. */
export const PASSES: readonly { readonly name: string; readonly run: Pass }[] = [
  { name: 'buildTrainForward', run: (s) => ({ ...s, model: s.driver!.trainForward() }) },
  { name: 'cutFrozen', run: (s) => ({ ...s, model: s.driver!.cutFrozen() }) },
  { name: 'differentiate', run: (s) => ({ ...s, model: s.driver!.differentiate() }) },
  { name: 'buildEntries', run: (s) => ({ ...s, model: s.driver!.buildEntries(), meta: s.driver!.meta() }) },
  { name: 'simplify', run: eachProgram(simplify) },
  { name: 'constantMatmul', run: eachProgram(constantMatmul) },
  { name: 'eliminateDeadCode', run: eachProgram(eliminateDeadCode) },
  { name: 'splitWideOps', run: (s) => eachProgram((p) => splitWideOps(p, s.options.maxStorageBuffers ?? 8))(s) },
  { name: 'splitLongReductions', run: eachProgram((p) => splitLongReductions(p)) },
  { name: 'fuse', run: fuseKernels },
  { name: 'planBuffers', run: planAllBuffers },
  { name: 'checkBufferSizes', run: checkBufferSizes },
  { name: 'emit', run: (s) => ({ ...s, artifact: emitArtifact(s.model, s.meta!, s.table!, s.planned!, s.options.kernelShapes) }) },
  { name: 'emitWasm', run: (s) => (s.options.wasm ? { ...s, artifact: { ...s.artifact!, wasm: emitWasmTarget(s.artifact!, s.meta!, s.table!, s.planned!) } } : s) },
];

function fuseKernels(s: State): State {
  const max = s.options.maxStorageBuffers ?? 8;
  return { ...s, fused: new Map(entryOrder(s.model).map((e) => [e, fuse(s.model.programs[e]!, max)])) };
}

/** One buffer table for all entries (they never run at once); each entry's feed inputs first. */
function planAllBuffers(s: State): State {
  const table = new BufferTable();
  const meta = s.meta!;
  for (const st of s.model.state) table.named(`state:${st.name}`, 'state', st.type, st.role);
  const planned = new Map<string, PlannedEntry>();
  for (const entry of entryOrder(s.model)) {
    const program = s.model.programs[entry]!;
    feedBuffers(table, meta, entry, program);
    const fused = s.fused!.get(entry)!;
    planned.set(entry, { program, fused, plan: planBuffers(fused, table, bufferNames(table, entry)) });
  }
  return { ...s, table, planned };
}

/** Every buffer fits one storage-buffer binding (the layers check their own tensors; this catches the rest). */
function checkBufferSizes(s: State): State {
  for (const b of s.table!.buffers) {
    if (b.bytes > MAX_TENSOR_BYTES) checkTensorSize({ dtype: b.dtype, shape: b.shape ?? [b.bytes / 4] }, `the buffer '${b.name}' holds a tensor`);
  }
  return s;
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
  /** The model after each pass that `--emit` dumps (by pass name). */
  readonly stages: ReadonlyMap<string, ModelIR>;
  /** The artifact again with other emission options (matmul blocks, the wasm target): only the emitting passes rerun. */
  emitWith(options: EmitOptions): Artifact;
}

/** The options that only the emitting passes read. */
export type EmitOptions = Pick<PipelineOptions, 'kernelShapes' | 'wasm'>;
/** The passes that turn planned entries into the artifact (everything before them is target-independent). */
const EMITTING = new Set(['emit', 'emitWasm']);

export function runPipeline(def: ModelDefinition, options: PipelineOptions = {}): Compiled {
  return run(PASSES, { driver: new ModelDriver(def), options, model: { name: def.name, state: [], programs: {} } });
}

/** The passes after the model driver's, on entry programs written by hand (kernel tests). */
export function lowerModel(model: ModelIR, meta: ModelMeta, options: PipelineOptions = {}): Compiled {
  const first = PASSES.findIndex((p) => p.name === 'simplify');
  return run(PASSES.slice(first), { options, model, meta });
}

function run(passes: typeof PASSES, start: State): Compiled {
  let s = start;
  verifyModel(s.model);
  const keep = new Set(Object.values(DUMP_AFTER));
  const stages = new Map<string, ModelIR>();
  /** The state the emitting passes start from. */
  let planned: State | undefined;
  for (const pass of passes) {
    if (EMITTING.has(pass.name)) planned ??= s;
    s = pass.run(s);
    verifyModel(s.model);
    if (keep.has(pass.name)) stages.set(pass.name, s.model);
  }
  const emitting = passes.filter((p) => EMITTING.has(p.name));
  const from = planned ?? s;
  const emitWith = (o: EmitOptions) => emitting.reduce((x, p) => p.run(x), { ...from, options: { ...from.options, ...o } }).artifact!;
  return { artifact: s.artifact!, meta: s.meta!, stages, emitWith };
}

/** The programs of one dumped stage, in entry order (the train step alone for `ir-grad`). */
export function stagePrograms(c: Compiled, what: Exclude<Emit, 'wgsl' | 'plan'>): Program[] {
  const m = c.stages.get(DUMP_AFTER[what])!;
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
