// Counter-based random numbers shared bit-for-bit by the reference evaluator and the WGSL
// kernels: a value is a pure function of (seed, stream, key, element index), so masks can be
// regenerated instead of stored and every run with a seed is reproducible.
// The mixer is Chris Wellons' "lowbias32" (a bijective 32-bit hash with very low bias).

export function lowbias32(x: number): number {
  x = (x ^ (x >>> 16)) >>> 0;
  x = Math.imul(x, 0x7feb352d) >>> 0;
  x = (x ^ (x >>> 15)) >>> 0;
  x = Math.imul(x, 0x846ca68b) >>> 0;
  return (x ^ (x >>> 16)) >>> 0;
}

/** The per-tensor key: mixes the seed, the stream (one per random op) and the runtime key. */
export function streamKey(seed: number, stream: number, key: number): number {
  let k = lowbias32((seed ^ 0x9e3779b9) >>> 0);
  k = lowbias32((k ^ stream) >>> 0);
  return lowbias32((k ^ key) >>> 0);
}

export function randomBits(k: number, index: number): number {
  return lowbias32((k ^ lowbias32(index >>> 0)) >>> 0);
}

/** 24 random bits scaled to [0, 1): exact in f32, so GPU and reference agree bit for bit. */
export function bitsToUniform(bits: number): number {
  return (bits >>> 8) * (1 / 16777216);
}
