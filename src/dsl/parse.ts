// Source text to AST: lexing (lexer.ts) then parsing (parser.ts). Never throws for a user
// mistake; the diagnostics of both phases come back together, in source order.

import type { Module } from './ast.js';
import { capDiagnostics, lineCol, type Diagnostic, type SourceFile } from '../contract/diagnostics.js';
import { tokenize } from './lexer.js';
import { DnnParser } from './parser.js';

export interface ParsedSource {
  /** Partial when there are errors: statements with a syntax error are left out. */
  module: Module;
  /** At most MAX_DIAGNOSTICS errors, then a DNN1005 saying how many more there were. */
  diagnostics: Diagnostic[];
}

// Building a chevrotain parser analyses the whole grammar, so one instance is made lazily and
// reused (parsing is synchronous, so it is never shared by two parses at once).
let parser: DnnParser | undefined;

export function parseSource(file: SourceFile): ParsedSource {
  const lexed = tokenize(file);
  parser ??= new DnnParser();
  const parsed = parser.parse(file, lexed.tokens);
  // Stable sort: at equal offsets a lexical error comes before a syntax error.
  const diagnostics = [
    ...lexed.diagnostics,
    ...withoutEchoes(file, lexed.diagnostics, parsed.diagnostics),
  ].sort((a, b) => (a.span?.start ?? 0) - (b.span?.start ?? 0));
  return { module: parsed.module, diagnostics: capDiagnostics(diagnostics, parsed.stoppedEarly) };
}

/**
 * The lexer drops a character that is not part of the language, which usually leaves the rest
 * of its line ungrammatical (`x = a @ b` reads as `x = a b`). A syntax error later on the same
 * line is most likely that echo, so only the unexpected character is reported.
 */
function withoutEchoes(
  file: SourceFile,
  lexical: readonly Diagnostic[],
  syntax: readonly Diagnostic[],
): Diagnostic[] {
  // The first unexpected character of each line; linear, however many errors there are.
  const firstBad = new Map<number, number>();
  for (const d of lexical) {
    if (d.code !== 'DNN1001' || !d.span) continue;
    const line = lineCol(file, d.span.start).line;
    firstBad.set(line, Math.min(firstBad.get(line) ?? Infinity, d.span.start));
  }
  if (firstBad.size === 0) return [...syntax];
  return syntax.filter((d) => {
    const start = d.span?.start;
    if (start === undefined) return true;
    const bad = firstBad.get(lineCol(file, start).line);
    return bad === undefined || bad > start;
  });
}
