// The front end's single entry point for "what is wrong with this file": every diagnostic the
// compiler can report without running anything. For now that is lexical and syntax errors;
// semantic checks (names, arity, types, shapes, train settings) will be added here, run on the
// module that parseSource returns.

import type { Diagnostic, SourceFile } from './diagnostics.js';
import { parseSource } from './parse.js';

export function checkFile(file: SourceFile): Diagnostic[] {
  return parseSource(file).diagnostics;
}
