// The compiler for a web page (`dnnc/compiler`): source text in, an artifact or diagnostics as
// data out, never a throw for a user's mistake. Nothing here (nor below it) imports a Node
// module: imported `.dnn` files come from the page (a map of path → text, or `fetchImports`
// beforehand), not from a file system. test/unit/compiler-browser.test.ts bundles this entry for
// the browser and runs the bundle.
import type { Artifact } from '../contract/artifact.js';
import { DnnError, formatDiagnostic, lineCol, type Diagnostic, type DiagnosticCode, type Severity, type SourceFile } from '../contract/diagnostics.js';
import { parseSource } from '../dsl/parse.js';
import { allTokens, Keyword } from '../dsl/lexer.js';
import { BUILTINS } from '../dsl/builtins.js';
import { TRAIN_SETTING_NAMES } from '../contract/trainSettings.js';
import { checkModel, compileSource as compileOrThrow, type Compilation, type CompileOptions } from './compile.js';

export { formatDiagnostic, type Diagnostic, type SourceFile };
// The pictures: the layer graph of a compilation as data, and the renderers (also `dnnc/render`).
export { layerGraph } from './graph.js';
export * from '../render/index.js';
export type { Artifact, Compilation };

/** The largest source (or imported file) compiled here, in characters: as the CLI's 1 MiB. */
export const MAX_SOURCE_CHARS = 1024 * 1024;
/** The most files one model may import (directly or through others). */
export const MAX_IMPORTED_FILES = 64;

/**
 * Imported files: a map from path (resolved against the importing file's folder, as
 * `resolveImportPath` does) to text, or a function returning the text (or null: no such file).
 */
export type ImportSource = Readonly<Record<string, string>> | ImportResolver;
export type ImportResolver = (path: string, from: SourceFile) => string | null;

export interface BrowserCompileOptions extends Omit<CompileOptions, 'resolveImport'> {
  /** Where `import "x.dnn"` finds its text; without it a model that imports gets a DNN6001 at the import. */
  readonly resolveImport?: ImportSource;
}

/** A place in a source: 1-based line and column (UTF-16 code units, as editors count), 0-based offset. */
export interface Position {
  readonly line: number;
  readonly column: number;
  readonly offset: number;
}

/** A diagnostic as data: what an editor underlines (file, start, end) and what it says. */
export interface SourceDiagnostic {
  readonly code: DiagnosticCode;
  readonly severity: Severity;
  readonly message: string;
  readonly notes: readonly string[];
  /** The names of the notes' "did you mean 'x'?", for a quick fix. */
  readonly suggestions: readonly string[];
  /** The file the range is in (an imported file's resolved path for a mistake there); absent when none. */
  readonly file?: string;
  /** The range [start, end) to underline; absent for a diagnostic without a location. */
  readonly start?: Position;
  readonly end?: Position;
  /** The diagnostic as the CLI prints it: `file:line:col: error DNNxxxx: ...`, the line, a caret. */
  readonly text: string;
}

export type CompileResult =
  | { readonly ok: true; readonly artifact: Artifact; readonly compilation: Compilation; readonly diagnostics: readonly [] }
  | { readonly ok: false; readonly diagnostics: readonly SourceDiagnostic[] };

export interface BrowserCheckOptions extends BrowserCompileOptions {
  /**
   * Stop once the model is built and differentiated, before its kernels (checkModel): every
   * diagnostic but the few the lowering finds, in about a tenth of the time; for each keystroke.
   */
  readonly quick?: boolean;
}

/** Compiles a source: the artifact, or every diagnostic found (a mistake never throws). */
export function compileSource(file: SourceFile, options: BrowserCompileOptions = {}): CompileResult {
  try {
    const compilation = compileOrThrow(checkedFile(file), { ...checkedOptions(options), resolveImport: resolverOf(options.resolveImport) });
    return { ok: true, artifact: compilation.artifact, compilation, diagnostics: [] };
  } catch (e) {
    return { ok: false, diagnostics: diagnosticsOf(e) };
  }
}

/** Every diagnostic for a source, from lexing to the artifact (or to the built model: `quick`); empty: it compiles. */
export function checkSource(file: SourceFile, options: BrowserCheckOptions = {}): SourceDiagnostic[] {
  if (!options?.quick) return [...compileSource(file, options).diagnostics];
  try {
    return checkModel(checkedFile(file), { ...checkedOptions(options), resolveImport: resolverOf(options.resolveImport) }).map(toSourceDiagnostic);
  } catch (e) {
    return diagnosticsOf(e);
  }
}

/** A user's mistake as diagnostics; anything else is a bug in dnnc, and thrown on. */
function diagnosticsOf(e: unknown): SourceDiagnostic[] {
  if (e instanceof DnnError) return e.diagnostics.map(toSourceDiagnostic);
  throw e;
}

/** A diagnostic with its range as lines and columns, its suggestions and its printed text. */
export function toSourceDiagnostic(d: Diagnostic): SourceDiagnostic {
  const notes = d.notes ?? [];
  const suggestions = notes.flatMap((n) => /^did you mean '([^']*)'/.exec(n)?.[1] ?? []);
  const base = { code: d.code, severity: d.severity, message: d.message, notes, suggestions, text: formatDiagnostic(d) };
  if (!d.span) return base;
  const { file, start, end } = d.span;
  return { ...base, file: file.path, start: positionAt(file, start), end: positionAt(file, Math.max(start, end)) };
}

function positionAt(file: SourceFile, offset: number): Position {
  const { line, col } = lineCol(file, offset);
  return { line, column: col, offset };
}

/** A source from the page, checked where it enters: a path and text of bounded size. */
function checkedFile(file: SourceFile, what = 'the source'): SourceFile {
  if (typeof file?.path !== 'string' || typeof file.text !== 'string') {
    throw new DnnError([{ code: 'DNN6033', severity: 'error', message: `${what} must be { path: string, text: string }` }]);
  }
  if (file.text.length > MAX_SOURCE_CHARS) {
    throw new DnnError([{ code: 'DNN6021', severity: 'error', message: `'${file.path}' is larger than ${MAX_SOURCE_CHARS} characters, the limit for a .dnn source` }]);
  }
  return { path: file.path, text: file.text };
}

/** The numeric options from the page, checked as the CLI checks its flags (`--epochs` and the rest). */
function checkedOptions<O extends BrowserCompileOptions>(options: O): O {
  const bad = (message: string) => refuse('DNN6033', message);
  const positiveInt = (v: unknown) => v === undefined || (Number.isSafeInteger(v) && (v as number) >= 1);
  if (typeof options !== 'object' || options === null) bad('the options must be an object');
  if (!positiveInt(options.epochs)) bad(`epochs must be a positive integer, got ${String(options.epochs)}`);
  if (!positiveInt(options.batchSize)) bad(`batchSize must be a positive integer, got ${String(options.batchSize)}`);
  // WebGPU guarantees every adapter 8 storage buffers per stage: fewer is no device's limit.
  const buffers = options.maxStorageBuffers;
  if (buffers !== undefined && !(positiveInt(buffers) && buffers >= 8)) bad(`maxStorageBuffers must be an integer of at least 8, got ${String(buffers)}`);
  if (options.confusion !== undefined && typeof options.confusion !== 'boolean') bad(`confusion must be true or false, got ${String(options.confusion)}`);
  const overrides = options.overrides;
  if (overrides !== undefined && (typeof overrides !== 'object' || overrides === null || Object.values(overrides).some((v) => typeof v !== 'number'))) {
    bad('overrides must map names to numbers');
  }
  return options;
}

/** `import "x"` from `from`: the path relative to the importing file's folder, normalized. */
export function resolveImportPath(path: string, from: SourceFile): string {
  const dir = from.path.includes('/') ? from.path.slice(0, from.path.lastIndexOf('/') + 1) : '';
  const parts: string[] = [];
  for (const part of (path.startsWith('/') ? path : dir + path).split('/')) {
    if (part === '.' || (part === '' && parts.length > 0)) continue;
    if (part === '..' && parts.length > 0 && parts[parts.length - 1] !== '..' && parts[parts.length - 1] !== '') parts.pop();
    else parts.push(part);
  }
  return parts.join('/');
}

type Resolver = NonNullable<CompileOptions['resolveImport']>;

/**
 * The elaborator's resolver over what the page gave, for one compilation: at most
 * MAX_IMPORTED_FILES files; a refusal (or the page's resolver failing) is reported at the import.
 */
function resolverOf(source: ImportSource | undefined): Resolver {
  const resolvedPaths = new Set<string>();
  return (path, from) => {
    if (!source) refuse('DNN6001', `cannot import "${path}": no resolveImport was given (the page supplies imported files)`);
    if (!path.endsWith('.dnn')) refuse('DNN6022', `cannot import "${path}": only .dnn files can be imported`);
    const resolved = resolveImportPath(path, from);
    resolvedPaths.add(resolved);
    if (resolvedPaths.size > MAX_IMPORTED_FILES) refuse('DNN1006', `cannot import "${path}": a model may import at most ${MAX_IMPORTED_FILES} files`);
    const text = typeof source === 'function' ? callResolver(source, resolved, from) : Object.hasOwn(source, resolved) ? source[resolved] : null;
    if (text === null || text === undefined) return null;
    return checkedFile({ path: resolved, text }, `the imported file "${path}"`);
  };
}

/** The page's resolver; its own failure becomes a DNN6006 at the import, not an exception. */
function callResolver(resolve: ImportResolver, path: string, from: SourceFile): string | null {
  try {
    return resolve(path, from);
  } catch (e) {
    if (e instanceof DnnError) throw e;
    return refuse('DNN6006', `cannot read the imported file "${path}": ${e instanceof Error ? e.message : String(e)}`);
  }
}

function refuse(code: DiagnosticCode, message: string): never {
  throw new DnnError([{ code, severity: 'error', message }]);
}

/**
 * Fetches every file a source imports (and what those import), for `resolveImport`: a map of
 * resolved path → text. `fetchText` returns null for a file that does not exist; compiling then
 * reports it at its import. More than MAX_IMPORTED_FILES files: rejects with a DnnError (DNN1006).
 */
export async function fetchImports(file: SourceFile, fetchText: (path: string) => Promise<string | null>): Promise<Record<string, string>> {
  const texts: Record<string, string> = {};
  const pending: SourceFile[] = [checkedFile(file)];
  for (let fetched = 0; pending.length > 0; ) {
    const from = pending.pop()!;
    for (const item of parseSource(from).module.items) {
      if (item.kind !== 'import' || !item.path.value.endsWith('.dnn')) continue;
      const path = resolveImportPath(item.path.value, from);
      if (Object.hasOwn(texts, path)) continue;
      if (++fetched > MAX_IMPORTED_FILES) refuse('DNN1006', `'${file.path}' imports more than ${MAX_IMPORTED_FILES} files`);
      const text = await fetchText(path);
      if (typeof text !== 'string') continue; // compiling reports it at the import
      texts[path] = text;
      if (text.length <= MAX_SOURCE_CHARS) pending.push({ path, text }); // else compiling reports it
    }
  }
  return texts;
}

/** The language's words, for an editor's highlighting. */
export interface LanguageWords {
  /** The lexer's keywords (model, import, input, fn, metric, output, train, true, false). */
  readonly keywords: readonly string[];
  /** The built-in functions (layers, activations, losses, optimizers, schedules, ...) and `repeat`. */
  readonly builtins: readonly string[];
  /** The settings a train block takes (optimizer, batch_size, epochs, ...). */
  readonly settings: readonly string[];
}

/** The words read from the lexer's tokens, the built-ins' table and the train settings' table. */
export function languageWords(): LanguageWords {
  const keywords = allTokens.filter((t) => t.CATEGORIES?.includes(Keyword) && typeof t.PATTERN === 'string').map((t) => t.PATTERN as string);
  // `repeat` is the elaborator's one special form (a call that is no built-in function).
  return { keywords, builtins: [...Object.keys(BUILTINS), 'repeat'], settings: [...TRAIN_SETTING_NAMES] };
}
