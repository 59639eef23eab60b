// The front end's single entry point for "what is wrong with this file": every diagnostic the
// compiler can report without running anything — lexical, syntax, and then (when the file
// parses) names, arity, types, shapes and train settings.

import { capDiagnostics, type Diagnostic, type SourceFile } from '../contract/diagnostics.js';
import { elaborate, type ElaborateOptions } from './elaborate.js';
import { parseSource } from './parse.js';

export function checkFile(file: SourceFile, opts: ElaborateOptions = {}): Diagnostic[] {
  const parsed = parseSource(file);
  if (parsed.diagnostics.length) return parsed.diagnostics;
  return capDiagnostics(elaborate(parsed.module, opts).diagnostics);
}
