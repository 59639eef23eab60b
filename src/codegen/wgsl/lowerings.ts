// The WGSL expression of each elementwise primitive, keyed by the IR's op kinds (the op's
// definition lives in src/ir/ops). Structural primitives (matmul, reductions, index remaps)
// are lowered by the kernel emitter itself.
import type { BinaryKind, UnaryKind } from '../../ir/ops/index.js';
import type { DType } from '../../ir/types.js';

export const unaryWgsl: { readonly [K in UnaryKind]: (x: string, t: DType) => string } = {
  neg: (x) => `(-${x})`,
  exp: (x) => `exp(${x})`,
  log: (x) => `log(${x})`,
  sqrt: (x) => `sqrt(${x})`,
  rsqrt: (x) => `inverseSqrt(${x})`,
  // Clamped: some drivers compute tanh as a ratio of exponentials that overflows to NaN.
  tanh: (x) => `tanh(clamp(${x}, -15.0, 15.0))`,
  abs: (x) => `abs(${x})`,
  sign: (x) => `sign(${x})`,
  cos: (x) => `cos(${x})`,
  sin: (x) => `sin(${x})`,
  floor: (x) => `floor(${x})`,
  // On the bits, not with comparisons: WGSL lets a compiler assume floats are never NaN or
  // infinite, so `abs(x) <= 3.4e38` may be folded to true; an all-ones exponent may not.
  is_finite: (x) => `select(0.0, 1.0, (bitcast<u32>(${x}) & 0x7f800000u) != 0x7f800000u)`,
};

const mask = (cond: string) => `select(0.0, 1.0, ${cond})`;

export const binaryWgsl: { readonly [K in BinaryKind]: (x: string, y: string, t: DType) => string } = {
  add: (x, y) => `(${x} + ${y})`,
  sub: (x, y) => `(${x} - ${y})`,
  mul: (x, y) => `(${x} * ${y})`,
  div: (x, y) => `(${x} / ${y})`,
  max: (x, y) => `max(${x}, ${y})`,
  min: (x, y) => `min(${x}, ${y})`,
  pow: (x, y) => `pow(${x}, ${y})`,
  gt: (x, y) => mask(`${x} > ${y}`),
  ge: (x, y) => mask(`${x} >= ${y}`),
  lt: (x, y) => mask(`${x} < ${y}`),
  le: (x, y) => mask(`${x} <= ${y}`),
  eq: (x, y) => mask(`${x} == ${y}`),
  ne: (x, y) => mask(`${x} != ${y}`),
};

/** lowbias32 and the key/bit mixing of src/ir/random.ts, bit for bit. */
export const RANDOM_HELPERS = `fn lowbias32(v: u32) -> u32 {
  var x = v;
  x = x ^ (x >> 16u);
  x = x * 0x7feb352du;
  x = x ^ (x >> 15u);
  x = x * 0x846ca68bu;
  return x ^ (x >> 16u);
}

fn stream_key(seed: u32, stream: u32, key: u32) -> u32 {
  var k = lowbias32(seed ^ 0x9e3779b9u);
  k = lowbias32(k ^ stream);
  return lowbias32(k ^ key);
}

fn uniform01(k: u32, index: u32) -> f32 {
  return f32(lowbias32(k ^ lowbias32(index)) >> 8u) * (1.0 / 16777216.0);
}`;
