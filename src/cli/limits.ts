// Limits of the machine that reach the command line as errors of no particular command: they get
// a diagnostic that says which limit and how to raise it, never "internal error" (exit 70).
import { closeSync, openSync } from 'node:fs';
import { DnnError } from '../contract/diagnostics.js';

const isFileLimit = (e: unknown) => ['EMFILE', 'ENFILE'].includes((e as NodeJS.ErrnoException | undefined)?.code ?? '');

/**
 * A limit of the machine, not a bug: the process has run out of file descriptors (`ulimit -n`).
 * An import that failed for it says "module not found", so the limit is probed, not only read
 * from the error's code.
 */
export function outOfFiles(err: unknown): DnnError | null {
  let probe: unknown = null;
  try {
    closeSync(openSync(process.execPath, 'r'));
  } catch (e) {
    probe = e;
  }
  if (!isFileLimit(err) && !isFileLimit(probe)) return null;
  const detail = err instanceof Error ? err.message : String(err);
  return new DnnError([{ code: 'DNN6008', severity: 'error', message: `too many files are open for dnnc to go on: ${detail}`, notes: ['raise the limit of open files of this shell, e.g. ulimit -n 4096'] }]);
}
