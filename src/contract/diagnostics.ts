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
  DNN1004: 'expression nested too deeply',
  DNN1005: 'too many errors',
  DNN1006: 'program too large',
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
  DNN2014: 'name reserved by JavaScript',
  DNN2015: 'constant is not a number (NaN)',
  DNN2030: 'invalid augmentation setting',
  DNN3001: 'missing declaration',
  DNN3002: 'invalid train setting',
  DNN3003: 'unknown train setting',
  DNN3030: 'augmentation needs image inputs',
  DNN3031: 'frozen layers cannot be cached',
  DNN4001: 'invalid data',
  DNN4002: 'compressed data larger than its header says',
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
  DNN4054: 'data arrays or columns missing or mismatched',
  DNN4055: 'data lacks a split (no training file, too few rows to split, no test split)',
  DNN4056: 'input file does not fit the model',
  DNN4057: 'unsupported input file',
  DNN4058: 'invalid PNG image',
  DNN4059: 'invalid epoch in checkpoint metadata',
  DNN4060: 'data file changed or truncated while training',
  DNN4061: 'data budget too small, or a streamed split the model cannot take',
  DNN5001: 'no WebGPU adapter',
  DNN5002: 'device limits too low',
  DNN5003: 'shader compilation failed',
  DNN5030: 'wasm target out of memory',
  DNN5031: 'wasm module does not load',
  DNN5032: 'artifact has no wasm target',
  DNN5033: 'no WebAssembly SIMD',
  DNN5034: 'invalid wasm thread count',
  DNN5004: 'training diverged',
  DNN5040: 'WebGPU reported an error while running the artifact',
  DNN5041: 'WebGPU device lost',
  DNN6001: 'file not found',
  DNN6002: 'invalid artifact',
  DNN6003: 'cannot write file',
  DNN6004: 'cannot write to this destination',
  DNN6005: 'not a regular file',
  DNN6006: 'cannot read file',
  DNN6008: 'too many open files',
  DNN6010: 'an output would replace an input (or another output)',
  DNN6020: 'not a regular file',
  DNN6021: 'source file too large',
  DNN6022: 'not a .dnn file',
  DNN6023: 'not a text file',
  DNN6030: 'unsupported artifact format version',
  DNN6031: 'artifact could not be loaded',
  DNN6032: 'session used after dispose',
  DNN6033: 'invalid argument to the runtime API',
  DNN6034: 'the artifact is inference-only',
  DNN6040: 'invalid search plan',
  DNN6041: 'invalid trial result',
  DNN6042: 'trial results missing, failed or from another plan',
  DNN7001: 'unknown option',
  DNN7002: 'unknown command',
  DNN7003: 'missing option value',
  DNN7004: 'missing argument',
  DNN7005: 'too many arguments',
  DNN7006: 'invalid option value',
} as const;

export type DiagnosticCode = keyof typeof DIAGNOSTICS;

/** Where each line of a file starts; computed once per file, so locating is O(log lines). */
const lineStartsCache = new WeakMap<SourceFile, number[]>();

function lineStarts(file: SourceFile): number[] {
  let starts = lineStartsCache.get(file);
  if (!starts) {
    const list = [0];
    const text = file.text;
    for (let i = text.indexOf('\n'); i !== -1; i = text.indexOf('\n', i + 1)) list.push(i + 1);
    starts = list;
    lineStartsCache.set(file, starts);
  }
  return starts;
}

export function lineCol(file: SourceFile, offset: number): { line: number; col: number } {
  const starts = lineStarts(file);
  const at = Math.max(0, Math.min(offset, file.text.length));
  let lo = 0;
  let hi = starts.length - 1;
  while (lo < hi) {
    const mid = (lo + hi + 1) >> 1;
    if (starts[mid] <= at) lo = mid;
    else hi = mid - 1;
  }
  return { line: lo + 1, col: offset - starts[lo] + 1 };
}

/** The text of a 1-based line, without its line break. */
function lineText(file: SourceFile, line: number): string {
  const starts = lineStarts(file);
  const start = starts[line - 1] ?? file.text.length;
  const end = line < starts.length ? starts[line] - 1 : file.text.length;
  return file.text.slice(start, end).replace(/\r$/, '');
}

/**
 * Characters that would act on a terminal rather than show: C0/C1 controls (ESC starts colour
 * and cursor sequences), DEL, bidirectional overrides and isolates (which reorder what is shown,
 * "Trojan Source"), zero-width characters, the BOM, and lone surrogates. Tabs are kept.
 */
const UNSAFE = /[\u0000-\u0008\u000a-\u001f\u007f-\u009f\u061c\u200b-\u200f\u2028-\u202e\u2060-\u2069\ufeff]|[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/g;

function escapeChar(ch: string): string {
  const cp = ch.charCodeAt(0);
  return cp <= 0xff ? `\\x${cp.toString(16).padStart(2, '0')}` : `\\u{${cp.toString(16)}}`;
}

/** Text from a file or a user, made safe to print on a terminal: unsafe characters escaped. */
export function printableText(text: string): string {
  return text.replace(UNSAFE, escapeChar);
}

/** How many source characters of a line around the caret are shown; the rest is elided. */
const SHOWN_LINE_CHARS = 160;

/**
 * The source line as shown (escaped, and cut to a window around the span on very long lines)
 * and the caret line under it, aligned with what is shown.
 */
function sourceAndCaret(src: string, col: number, width: number): { shown: string; caret: string } {
  let from = 0;
  let to = src.length;
  if (src.length > SHOWN_LINE_CHARS) {
    from = Math.max(0, Math.min(col - 1 - SHOWN_LINE_CHARS / 4, src.length - SHOWN_LINE_CHARS));
    to = Math.min(src.length, from + SHOWN_LINE_CHARS);
  }
  const lead = from > 0 ? '...' : '';
  const before = lead + printableText(src.slice(from, col - 1));
  const marked = printableText(src.slice(col - 1, Math.min(to, col - 1 + width)));
  const shown = before + marked + printableText(src.slice(Math.min(to, col - 1 + width), to)) + (to < src.length ? '...' : '');
  // Tabs stay tabs under tabs, so the caret lines up however wide the terminal draws them.
  const pad = before.replace(/[^\t]/g, ' ');
  const caret = pad + '^' + '~'.repeat(Math.max(0, [...marked].length - 1));
  return { shown, caret };
}

/** `file:line:col: error DNN2001: message`, the source line, and a caret under the span. */
export function formatDiagnostic(d: Diagnostic): string {
  const head = `${d.severity} ${d.code}: ${printableText(d.message)}`;
  const notes = (d.notes ?? []).map((n) => `  note: ${printableText(n)}`);
  if (!d.span) return [head, ...notes].join('\n');
  const { file, start, end } = d.span;
  const { line, col } = lineCol(file, start);
  const src = lineText(file, line);
  const width = Math.max(1, Math.min(end, start + src.length - (col - 1)) - start);
  const gutter = String(line).length;
  const { shown, caret } = sourceAndCaret(src, col, width);
  return [
    `${printableText(file.path)}:${line}:${col}: ${head}`,
    `${' '.repeat(gutter)} |`,
    `${line} | ${shown}`,
    `${' '.repeat(gutter)} | ${caret}`,
    ...notes,
  ].join('\n');
}

/** At most this many errors are reported for one file; more is noise and costs time. */
export const MAX_DIAGNOSTICS = 50;

/**
 * The first MAX_DIAGNOSTICS diagnostics and, when there were more, a last one saying how many
 * were left out (`atLeast`: the count is a lower bound because checking stopped early).
 */
export function capDiagnostics(diagnostics: readonly Diagnostic[], atLeast = false): Diagnostic[] {
  // A list capped already (by the parser) keeps its DNN1005 and is not capped twice.
  const real = diagnostics.filter((d) => d.code !== 'DNN1005');
  if (real.length <= MAX_DIAGNOSTICS) return [...diagnostics];
  const hidden = real.length - MAX_DIAGNOSTICS;
  const more = atLeast ? `at least ${hidden}` : `${hidden}`;
  return [
    ...real.slice(0, MAX_DIAGNOSTICS),
    {
      code: 'DNN1005',
      severity: 'error',
      message: `too many errors: ${more} more not shown`,
      notes: [`only the first ${MAX_DIAGNOSTICS} errors are reported; fix them and check again`],
    },
  ];
}

/** A user-caused failure carrying one or more diagnostics. The CLI prints them and exits 1. */
export class DnnError extends Error {
  readonly diagnostics: readonly Diagnostic[];
  constructor(all: readonly Diagnostic[]) {
    const diagnostics = capDiagnostics(all);
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
