import type { DiagnosticCode } from '../contract/diagnostics.js';
import { BYTES_PER_ELEMENT, fmtType, numel, type TensorType } from '../ir/types.js';

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

/**
 * The most bytes one tensor may have: WebGPU's default maxStorageBufferBindingSize (128 MiB),
 * which every device offers. A larger tensor would fail inside the device, far from its cause.
 */
export const MAX_TENSOR_BYTES = 128 * 1024 * 1024;

/** The most units (or classes) of one layer: beyond 2^24, f32 cannot count them exactly. */
export const MAX_UNITS = 2 ** 24;

/** Throws DNN2011 when a tensor of this type would not fit one storage buffer. */
export function checkTensorSize(type: TensorType, what: string): void {
  const bytes = numel(type.shape) * BYTES_PER_ELEMENT;
  if (bytes > MAX_TENSOR_BYTES) {
    throw new StdError('DNN2011', `${what} of ${fmtType(type)}: ${mib(bytes)}, more than the ${mib(MAX_TENSOR_BYTES)} a storage buffer may hold`);
  }
}

const mib = (bytes: number) => `${(bytes / 2 ** 20).toFixed(bytes < 2 ** 30 ? 1 : 0)} MiB`;
