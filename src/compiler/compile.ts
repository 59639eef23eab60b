// The compiler driver: source → AST → elaborated model → IR (with gradients) → optimized IR →
// kernels and plan. Each stage's output can be dumped (`--emit`), which the golden tests use.
import { compileModel, type CompiledModel } from '../codegen/compile.js';
import { DnnError, type SourceFile } from '../contract/diagnostics.js';
import { elaborate, type ElaborateOptions } from '../dsl/elaborate.js';
import { parseSource } from '../dsl/parse.js';
import { printProgram } from '../ir/printer.js';
import { verifyModel } from '../ir/verify.js';
import { buildModel, type BuiltModel } from '../model/build.js';
import { StdError } from '../std/errors.js';
import { planOf, type Artifact } from '../contract/artifact.js';

export interface CompileOptions extends ElaborateOptions {
  /** Storage buffers a kernel may bind; the default is WebGPU's guaranteed 8. */
  readonly maxStorageBuffers?: number;
}

export interface Compilation {
  readonly built: BuiltModel;
  readonly compiled: CompiledModel;
  readonly artifact: Artifact;
}

/** Compiles a source file or throws a DnnError carrying every diagnostic found. */
export function compileSource(file: SourceFile, opts: CompileOptions = {}): Compilation {
  const parsed = parseSource(file);
  if (parsed.diagnostics.length) throw new DnnError(parsed.diagnostics);
  const { def, diagnostics } = elaborate(parsed.module, opts);
  if (!def || diagnostics.length) throw new DnnError(diagnostics);
  let built: BuiltModel;
  try {
    built = buildModel(def);
  } catch (e) {
    if (e instanceof StdError) throw new DnnError([{ code: e.code, severity: 'error', message: e.message }]);
    throw e;
  }
  verifyModel(built.ir);
  const compiled = compileModel(built.ir, { ...built.meta, maxStorageBuffers: opts.maxStorageBuffers });
  return { built, compiled, artifact: compiled.artifact };
}

export const EMITS = ['ir', 'ir-grad', 'ir-opt', 'wgsl', 'plan'] as const;
export type Emit = (typeof EMITS)[number];

/** The text of one stage's dump. */
export function emit(c: Compilation, what: Emit): string {
  switch (what) {
    case 'ir':
      return Object.values(c.built.ir.programs).map(printProgram).join('\n');
    case 'ir-grad':
      return printProgram(c.built.differentiated);
    case 'ir-opt':
      return Object.values(c.compiled.optimized).map(printProgram).join('\n');
    case 'wgsl':
      return c.artifact.kernels.map((k) => `// ---- ${k.name}.wgsl\n${k.wgsl}`).join('\n');
    case 'plan':
      return JSON.stringify(planOf(c.artifact), null, 2) + '\n';
  }
}
