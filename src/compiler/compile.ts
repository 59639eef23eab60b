// The compiler driver: source → AST → elaborated model → the pipeline of passes
// (src/compiler/pipeline.ts) → artifact. `checkSource` runs the same path and returns what went
// wrong as located diagnostics; every stage `--emit` dumps comes from the same run.
import type { Artifact, ModelMeta } from '../contract/artifact.js';
import { capDiagnostics, DnnError, type Diagnostic, type SourceFile } from '../contract/diagnostics.js';
import { elaborate, type ElaborateOptions } from '../dsl/elaborate.js';
import { parseSource } from '../dsl/parse.js';
import type { ModelIR, Program } from '../ir/program.js';
import { StdError } from '../std/errors.js';
import type { ModelDefinition } from '../std/model.js';
import { buildModel, dump, EMITS, runPipeline, stagePrograms, type Compiled, type Emit, type EmitOptions, type PipelineOptions } from './pipeline.js';

export { EMITS, type Emit };

export interface CompileOptions extends ElaborateOptions, PipelineOptions {}

export interface Compilation {
  readonly artifact: Artifact;
  readonly meta: ModelMeta;
  /** The model's entry programs as built (before optimization): its state and programs. */
  readonly model: ModelIR;
  /** The elaborated model the programs were built from (layerGraph builds its network again). */
  readonly definition: ModelDefinition;
  /** One dumped stage's programs by entry name (`ir-grad`: the train step right after differentiation). */
  programs(stage: Exclude<Emit, 'wgsl' | 'plan'>): Readonly<Record<string, Program>>;
  /** The text of one stage's dump. */
  emit(stage: Emit): string;
  /** The same model emitted with other options (matmul blocks, the wasm target), without recompiling it. */
  artifactWith(options: EmitOptions): Artifact;
}

/** Compiles a source file or throws a DnnError carrying every diagnostic found. */
export function compileSource(file: SourceFile, opts: CompileOptions = {}): Compilation {
  const parsed = parseSource(file);
  if (parsed.diagnostics.length) throw new DnnError(parsed.diagnostics);
  const { def, diagnostics } = elaborate(parsed.module, opts);
  if (!def || diagnostics.length) throw new DnnError(diagnostics);
  return compileDefinition(def, opts);
}

/** Runs `f` on an elaborated model; library misuse found while building it becomes a located diagnostic. */
function locatingMisuse<T>(def: ModelDefinition, f: () => T): T {
  try {
    return f();
  } catch (e) {
    if (!(e instanceof StdError)) throw e;
    const span = (e.setting && def.spans?.train[e.setting]) || def.spans?.model;
    throw new DnnError([{ code: e.code, severity: 'error', message: e.message, ...(span ? { span } : {}) }]);
  }
}

/** Runs the pipeline on an elaborated model. */
export function compileDefinition(def: ModelDefinition, opts: PipelineOptions = {}): Compilation {
  const c: Compiled = locatingMisuse(def, () => runPipeline(def, opts));
  const programsOf = (stage: Exclude<Emit, 'wgsl' | 'plan'>) => Object.fromEntries(stagePrograms(c, stage).map((p) => [p.name, p]));
  return {
    artifact: c.artifact,
    meta: c.meta,
    model: c.model,
    definition: def,
    programs: programsOf,
    emit: (stage) => dump(c, stage),
    artifactWith: (options) => c.emitWith(options),
  };
}

/** Every diagnostic for a source file, from lexing to the artifact (empty: it compiles). */
export function checkSource(file: SourceFile, opts: CompileOptions = {}): Diagnostic[] {
  try {
    compileSource(file, opts);
    return [];
  } catch (e) {
    if (e instanceof DnnError) return [...e.diagnostics];
    throw e;
  }
}

/**
 * The diagnostics found up to the built model (parsing, elaboration, the model driver's passes),
 * without lowering it to kernels: all but the few the lowering finds (a buffer past a binding's
 * size), in a tenth of the time — for checking as one types.
 */
export function checkModel(file: SourceFile, opts: CompileOptions = {}): Diagnostic[] {
  try {
    const parsed = parseSource(file);
    if (parsed.diagnostics.length) return parsed.diagnostics;
    const { def, diagnostics } = elaborate(parsed.module, opts);
    if (!def || diagnostics.length) return capDiagnostics(diagnostics);
    locatingMisuse(def, () => buildModel(def, opts));
    return [];
  } catch (e) {
    if (e instanceof DnnError) return [...e.diagnostics];
    throw e;
  }
}

/** The text of one stage's dump. */
export function emit(c: Compilation, what: Emit): string {
  return c.emit(what);
}
