import { existsSync, readFileSync, statSync } from 'node:fs';
import { dirname, isAbsolute, join } from 'node:path';
import { fail, type SourceFile } from '../contract/diagnostics.js';

/** Reads a .dnn file, or fails with DNN6001 naming it. */
export function readSource(path: string): SourceFile {
  if (!existsSync(path)) fail('DNN6001', `file '${path}' does not exist`);
  if (statSync(path).isDirectory()) fail('DNN6001', `'${path}' is a directory, not a .dnn file`);
  return { path, text: readFileSync(path, 'utf8') };
}

/** Resolves `import "x.dnn"` against the importing file's directory. */
export function resolveImport(path: string, from: SourceFile): SourceFile | null {
  const full = isAbsolute(path) ? path : join(dirname(from.path), path);
  if (!existsSync(full) || statSync(full).isDirectory()) return null;
  return { path: full, text: readFileSync(full, 'utf8') };
}
