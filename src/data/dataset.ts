// In-memory datasets: flat feature matrices plus integer labels, split three ways.
// Pixels stay as bytes ('u8', value = byte/255) until they reach the GPU: a quarter of the
// memory of f32 and exactly the values the original files hold.

import { fail } from '../contract/diagnostics.js';

export type XEncoding = 'u8' | 'f32';

export interface Split {
  /** count × features values, row-major. */
  x: Uint8Array | Float32Array;
  xEncoding: XEncoding;
  /** count labels in [0, classes). */
  y: Int32Array;
  count: number;
  features: number;
  /** Further feature inputs of the same width and encoding (the second image of a pair). */
  more?: (Uint8Array | Float32Array)[];
}

export interface Dataset {
  name: string;
  train: Split;
  val: Split;
  test: Split;
  classes: number;
  features: number;
}

/** The value a feature stands for, whatever its encoding. */
export function featureValue(split: Split, index: number): number {
  return split.xEncoding === 'u8' ? split.x[index] / 255 : split.x[index];
}

/**
 * Checks shapes and values, so bad data is a DNN4001 diagnostic here rather than NaN losses or
 * out-of-bounds reads in a shader later. `what` names the split in messages.
 */
export function validateSplit(split: Split, shape: { features: number; classes: number }, what = 'split'): void {
  const { x, y, count, features } = split;
  if (!Number.isInteger(count) || count < 0) fail('DNN4001', `${what}: example count ${count} is not a non-negative integer`);
  if (features !== shape.features) {
    fail('DNN4001', `${what}: examples have ${features} features, expected ${shape.features}`);
  }
  if (x.length !== count * features) {
    fail('DNN4001', `${what}: feature array has ${x.length} values, expected ${count} × ${features} = ${count * features}`);
  }
  if (y.length !== count) fail('DNN4001', `${what}: ${y.length} labels for ${count} examples`);
  const encodingOk = split.xEncoding === 'u8' ? x instanceof Uint8Array : x instanceof Float32Array;
  if (!encodingOk) fail('DNN4001', `${what}: xEncoding '${split.xEncoding}' does not match a ${x.constructor.name}`);

  for (let i = 0; i < y.length; i++) {
    const label = y[i];
    // An Int32Array cannot hold 2.5, but data built in JS (JSON, a Float32Array cast to the
    // type) reaches here unchecked by the compiler.
    if (!Number.isInteger(label)) fail('DNN4001', `${what}: label at index ${i} is ${label}, not an integer`);
    if (label < 0 || label >= shape.classes) {
      fail('DNN4001', `${what}: label at index ${i} is ${label}, outside [0, ${shape.classes})`);
    }
  }
  if (x instanceof Float32Array) {
    for (let i = 0; i < x.length; i++) {
      if (!Number.isFinite(x[i])) {
        const example = Math.floor(i / Math.max(1, features));
        fail('DNN4001', `${what}: feature value at index ${i} (example ${example}) is ${x[i]}`, [
          'features must be finite numbers',
        ]);
      }
    }
  }
}

/** Validates all three splits of a dataset. */
export function validateDataset(d: Dataset): void {
  for (const part of ['train', 'val', 'test'] as const) {
    validateSplit(d[part], { features: d.features, classes: d.classes }, `${d.name} ${part}`);
  }
}

/** mulberry32: a tiny seeded PRNG, so shuffles are identical on every machine and run. */
export function mulberry32(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** A permutation of 0..n-1 by Fisher–Yates with mulberry32(seed). */
export function seededPermutation(n: number, seed: number): Uint32Array {
  const rand = mulberry32(seed);
  const p = new Uint32Array(n);
  for (let i = 0; i < n; i++) p[i] = i;
  for (let i = n - 1; i > 0; i--) {
    const j = Math.floor(rand() * (i + 1));
    const t = p[i];
    p[i] = p[j];
    p[j] = t;
  }
  return p;
}

/**
 * Shuffles `items` with `seed` and cuts consecutive pieces of the given sizes
 * (their sum must not exceed items.length; leftovers are dropped).
 */
export function shuffleSplit<T>(items: readonly T[], sizes: readonly number[], seed: number): T[][] {
  const total = sizes.reduce((s, n) => s + n, 0);
  if (total > items.length) fail('DNN4001', `cannot split ${items.length} examples into ${sizes.join(' + ')}`);
  const perm = seededPermutation(items.length, seed);
  const out: T[][] = [];
  let at = 0;
  for (const size of sizes) {
    out.push(Array.from(perm.subarray(at, at + size), (i) => items[i]));
    at += size;
  }
  return out;
}

/**
 * Split sizes for `n` examples by fractions (e.g. 0.8/0.1/0.1); rounding error goes to the
 * last piece so the sizes always sum to n.
 */
export function proportionalSizes(n: number, fractions: readonly number[]): number[] {
  const sizes = fractions.map((f) => Math.round(n * f));
  sizes[sizes.length - 1] = n - sizes.slice(0, -1).reduce((s, k) => s + k, 0);
  return sizes;
}

/** Copies the chosen rows of a row-major source into a new split. */
export function gatherSplit(
  x: Uint8Array | Float32Array,
  y: Int32Array,
  features: number,
  rows: ArrayLike<number>,
): Split {
  const count = rows.length;
  const outX = x instanceof Uint8Array ? new Uint8Array(count * features) : new Float32Array(count * features);
  const outY = new Int32Array(count);
  for (let r = 0; r < count; r++) {
    const src = rows[r];
    outX.set(x.subarray(src * features, (src + 1) * features), r * features);
    outY[r] = y[src];
  }
  return { x: outX, xEncoding: x instanceof Uint8Array ? 'u8' : 'f32', y: outY, count, features };
}

/**
 * Reorders a split's rows in place so that row i becomes the old row perm[i] (as gatherSplit
 * with perm would, without a second copy of the data); perm is used up (overwritten).
 */
export function permuteRows(split: Pick<Split, 'x' | 'y' | 'features'>, perm: Uint32Array): void {
  const { x, y, features: f } = split;
  const DONE = 0xffffffff;
  const saved = x.slice(0, f);
  for (let start = 0; start < perm.length; start++) {
    if (perm[start] === DONE) continue;
    // Follow the cycle through start: each place takes the row perm names; start's own row, saved, closes it.
    saved.set(x.subarray(start * f, (start + 1) * f));
    const savedLabel = y[start]!;
    for (let i = start; ;) {
      const src = perm[i]!;
      perm[i] = DONE;
      if (src === start) {
        x.set(saved, i * f);
        y[i] = savedLabel;
        break;
      }
      if (f > 16) x.copyWithin(i * f, src * f, (src + 1) * f);
      else for (let k = 0; k < f; k++) x[i * f + k] = x[src * f + k]!; // a call per short row costs more than its copy
      y[i] = y[src]!;
      i = src;
    }
  }
}

/** Consecutive rows [start, end) as a split sharing no memory with the source. */
export function sliceSplit(
  x: Uint8Array | Float32Array,
  y: Int32Array,
  features: number,
  start: number,
  end: number,
): Split {
  return {
    x: x.slice(start * features, end * features),
    xEncoding: x instanceof Uint8Array ? 'u8' : 'f32',
    y: y.slice(start, end),
    count: end - start,
    features,
  };
}

/**
 * The first `perClass` examples of each class, in the split's order (the loaders shuffle with a
 * fixed seed, so the subset is the same on every run). The kept rows stay in that order. A class
 * with fewer examples is DNN4030: "100 per class" should mean 100 per class.
 */
export function limitPerClass(split: Split, perClass: number, classes: number, what = 'train split'): Split {
  if (!Number.isInteger(perClass) || perClass < 1) fail('DNN4030', `examples per class must be a positive integer, got ${perClass}`);
  const taken = new Int32Array(classes);
  const rows: number[] = [];
  for (let i = 0; i < split.count; i++) {
    const c = split.y[i]!;
    if (taken[c]! < perClass) {
      taken[c]!++;
      rows.push(i);
    }
  }
  const present = Array.from(taken.keys()).filter((c) => taken[c]! > 0);
  const short = present.filter((c) => taken[c]! < perClass);
  if (short.length) {
    fail('DNN4030', `${what}: ${perClass} examples per class asked for, but class ${short[0]} has only ${taken[short[0]!]}`, [
      `classes present: ${present.map((c) => `${c} (${taken[c]})`).join(', ')}`,
    ]);
  }
  const out = gatherSplit(split.x, split.y, split.features, rows);
  return split.more ? { ...out, more: split.more.map((m) => gatherSplit(m, split.y, split.features, rows).x) } : out;
}
