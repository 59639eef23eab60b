import type { DiagnosticCode } from '../contract/diagnostics.js';

/**
 * A misuse of a library function; the elaborator adds the call's source location. Raised while a
 * model is built, `setting` names the train-block setting at fault, whose location the compiler
 * driver then gives.
 */
export class StdError extends Error {
  constructor(
    readonly code: DiagnosticCode,
    message: string,
    readonly setting?: string,
  ) {
    super(message);
    this.name = 'StdError';
  }
}

export function requireRank(what: string, rank: number, shape: readonly number[], dtype: string): void {
  if (shape.length !== rank) {
    throw new StdError('DNN2007', `${what} expects a rank-${rank} input, got ${dtype}[${shape.join(',')}]`);
  }
}
