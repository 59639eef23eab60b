// Diagnostics: numbered, located, rendered like a compiler (`file:line:col: error DNNxxxx: msg`,
// then the source line and a caret). Every mistake a user can make ends here, never in a stack
// trace. Codes come from the catalogue below so that tests and docs can name them.

export interface SourceFile {
  readonly path: string;
  readonly text: string;
}

/** A half-open character range [start, end) in a source file. */
export interface Span {
  readonly file: SourceFile;
  readonly start: number;
  readonly end: number;
}

export type Severity = 'error' | 'warning';

export interface Diagnostic {
  readonly code: DiagnosticCode;
  readonly severity: Severity;
  readonly message: string;
  readonly span?: Span;
  /** Extra lines printed under the caret ("note: ..."). */
  readonly notes?: readonly string[];
}

/**
 * The catalogue. 1xxx: lexing and syntax. 2xxx: names, arity, types and shapes.
 * 3xxx: the train block and model-level rules. 4xxx: data. 5xxx: device and runtime. 6xxx: files.
 * 7xxx: the command line (usage errors: the CLI exits 2 for these, 1 for the others).
 */
export const DIAGNOSTICS = {
  DNN1001: 'unexpected character',
  DNN1002: 'syntax error',
  DNN1003: 'unterminated string',
  DNN2001: 'unknown name',
  DNN2002: 'wrong number of arguments',
  DNN2003: 'unknown named argument',
  DNN2004: 'argument given twice',
  DNN2005: 'missing argument',
  DNN2006: 'type error',
  DNN2007: 'shape mismatch',
  DNN2008: 'name defined twice',
  DNN2009: 'invalid argument value',
  DNN2010: 'recursion is not allowed',
  DNN2011: 'tensor too large for a storage buffer',
  DNN2012: 'invalid layer name',
  DNN2013: 'layer name used twice',
  DNN2030: 'invalid augmentation setting',
  DNN3001: 'missing declaration',
  DNN3002: 'invalid train setting',
  DNN3003: 'unknown train setting',
  DNN3030: 'augmentation needs image inputs',
  DNN3031: 'frozen layers cannot be cached',
  DNN4001: 'invalid data',
  DNN4010: 'invalid safetensors file',
  DNN4011: 'checkpoint tensor does not fit the model',
  DNN4012: 'checkpoint lacks tensors the model needs',
  DNN4013: 'checkpoint of another model',
  DNN4014: 'checkpoint holds non-finite weights',
  DNN4015: '--restore pattern matches nothing',
  DNN4016: '--restore without --checkpoint',
  DNN4020: 'invalid NumPy file',
  DNN4030: 'too few examples per class',
  DNN4031: 'invalid weight map',
  DNN4032: 'weight map names a tensor the source lacks',
  DNN4033: 'imported tensor does not fit the model',
  DNN4034: 'model parameters left out of the weight map',
  DNN4035: 'unsupported tensor type in imported weights',
  DNN4036: 'weight map names a parameter the model lacks',
  DNN4050: 'malformed CSV file',
  DNN4051: 'a feature value is not a finite number',
  DNN4052: 'invalid label',
  DNN4053: 'CSV header lacks the label column',
  DNN4054: 'NumPy data arrays missing or mismatched',
  DNN4055: 'data lacks a split (no training file, too few rows to split, no test split)',
  DNN4056: 'input file does not fit the model',
  DNN4057: 'unsupported input file',
  DNN4058: 'invalid PNG image',
  DNN4059: 'invalid epoch in checkpoint metadata',
  DNN5001: 'no WebGPU adapter',
  DNN5002: 'device limits too low',
  DNN5003: 'shader compilation failed',
  DNN5004: 'training diverged',
  DNN6001: 'file not found',
  DNN6002: 'invalid artifact',
  DNN6003: 'cannot write file',
  DNN6004: 'cannot write to this destination',
  DNN6005: 'not a regular file',
  DNN6006: 'cannot read file',
  DNN6030: 'unsupported artifact format version',
  DNN6031: 'artifact could not be loaded',
  DNN6032: 'session used after dispose',
  DNN6033: 'invalid argument to the runtime API',
  DNN7001: 'unknown option',
  DNN7002: 'unknown command',
  DNN7003: 'missing option value',
  DNN7004: 'missing argument',
  DNN7005: 'too many arguments',
  DNN7006: 'invalid option value',
} as const;

export type DiagnosticCode = keyof typeof DIAGNOSTICS;

export function lineCol(file: SourceFile, offset: number): { line: number; col: number } {
  let line = 1;
  let lineStart = 0;
  const end = Math.min(offset, file.text.length);
  for (let i = 0; i < end; i++) {
    if (file.text.charCodeAt(i) === 10) {
      line++;
      lineStart = i + 1;
    }
  }
  return { line, col: offset - lineStart + 1 };
}

/** `file:line:col: error DNN2001: message`, the source line, and a caret under the span. */
export function formatDiagnostic(d: Diagnostic): string {
  const head = `${d.severity} ${d.code}: ${d.message}`;
  const notes = (d.notes ?? []).map((n) => `  note: ${n}`);
  if (!d.span) return [head, ...notes].join('\n');
  const { file, start, end } = d.span;
  const { line, col } = lineCol(file, start);
  const lines = file.text.split('\n');
  const src = (lines[line - 1] ?? '').replace(/\r$/, '');
  const width = Math.max(1, Math.min(end, start + src.length - (col - 1)) - start);
  const gutter = String(line).length;
  const caretLine = ' '.repeat(col - 1) + '^' + '~'.repeat(Math.max(0, width - 1));
  return [
    `${file.path}:${line}:${col}: ${head}`,
    `${' '.repeat(gutter)} |`,
    `${line} | ${src}`,
    `${' '.repeat(gutter)} | ${caretLine}`,
    ...notes,
  ].join('\n');
}

/** A user-caused failure carrying one or more diagnostics. The CLI prints them and exits 1. */
export class DnnError extends Error {
  readonly diagnostics: readonly Diagnostic[];
  constructor(diagnostics: readonly Diagnostic[]) {
    super(diagnostics.map(formatDiagnostic).join('\n\n'));
    this.name = 'DnnError';
    this.diagnostics = diagnostics;
  }
}

/** Shorthand for an error without a source location (data, device, files). */
export function fail(code: DiagnosticCode, message: string, notes?: readonly string[]): never {
  throw new DnnError([{ code, severity: 'error', message, notes }]);
}

/** Collects diagnostics so that a pass can report several mistakes at once. */
export class DiagnosticBag {
  readonly items: Diagnostic[] = [];
  error(code: DiagnosticCode, message: string, span?: Span, notes?: readonly string[]): void {
    this.items.push({ code, severity: 'error', message, span, notes });
  }
  get hasErrors(): boolean {
    return this.items.some((d) => d.severity === 'error');
  }
  /** Throws a DnnError if any error was collected. */
  check(): void {
    if (this.hasErrors) throw new DnnError(this.items);
  }
}
