// Fashion-MNIST (from Debian's dataset-fashion-mnist) and any directory holding the four
// MNIST-format IDX files. Split as in the chapter: validation = the first 5,000 training
// images, train = the remaining 55,000, test = the 10,000 t10k images.

import { existsSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { fail } from '../contract/diagnostics.js';
import { sliceSplit, type Dataset, type Split } from './dataset.js';
import { readIdxFile, type IdxArray } from './idx.js';

/** Where `apt-get install dataset-fashion-mnist` puts the files (Debian 12). */
export const FASHION_MNIST_DIR = '/usr/share/datasets/fashion-mnist';

const FILES = {
  trainImages: 'train-images-idx3-ubyte',
  trainLabels: 'train-labels-idx1-ubyte',
  testImages: 't10k-images-idx3-ubyte',
  testLabels: 't10k-labels-idx1-ubyte',
} as const;

/** Size of the validation split taken from the start of the training file. */
export const IDX_VAL_COUNT = 5000;

export function loadFashionMnist(dir: string = FASHION_MNIST_DIR): Dataset {
  if (!existsSync(join(dir, `${FILES.trainImages}.gz`)) && !existsSync(join(dir, FILES.trainImages))) {
    fail('DNN6001', `Fashion-MNIST not found in ${dir}`, ['install it with: apt-get install -y dataset-fashion-mnist']);
  }
  return loadIdxDirectory(dir, 'fashion-mnist');
}

/**
 * Loads train-images-idx3-ubyte, train-labels-idx1-ubyte, t10k-images-idx3-ubyte and
 * t10k-labels-idx1-ubyte (each optionally .gz) from `dir`.
 */
export function loadIdxDirectory(dir: string, name: string = dir): Dataset {
  if (!existsSync(dir) || !statSync(dir).isDirectory()) fail('DNN6001', `data directory not found: ${dir}`);
  const read = (base: string): { file: string; idx: IdxArray } => {
    const file = [join(dir, base), join(dir, `${base}.gz`)].find((f) => existsSync(f));
    if (!file) {
      fail('DNN6001', `${base}[.gz] not found in ${dir}`, [
        `a data directory needs ${Object.values(FILES).join(', ')} (each optionally .gz)`,
      ]);
    }
    return { file, idx: readIdxFile(file) };
  };

  const train = pair(read(FILES.trainImages), read(FILES.trainLabels));
  const test = pair(read(FILES.testImages), read(FILES.testLabels));
  if (train.features !== test.features) {
    fail('DNN4001', `${dir}: training images have ${train.features} pixels, test images ${test.features}`);
  }
  if (train.count <= IDX_VAL_COUNT) {
    fail('DNN4001', `${dir}: ${train.count} training images; at least ${IDX_VAL_COUNT + 1} are needed (the first ${IDX_VAL_COUNT} become the validation split)`);
  }
  let maxLabel = 0;
  for (const s of [train, test]) for (const v of s.y) maxLabel = Math.max(maxLabel, v);

  return {
    name,
    train: sliceSplit(train.x, train.y, train.features, IDX_VAL_COUNT, train.count),
    val: sliceSplit(train.x, train.y, train.features, 0, IDX_VAL_COUNT),
    test,
    // MNIST-style data has 10 classes; a directory with more labels is taken at its word.
    classes: Math.max(10, maxLabel + 1),
    features: train.features,
  };
}

/** Checks that an images file and a labels file belong together and returns them as a split. */
function pair(images: { file: string; idx: IdxArray }, labels: { file: string; idx: IdxArray }): Split {
  const im = images.idx;
  const lb = labels.idx;
  if (im.dtype !== 'u8' || im.dims.length < 2) {
    fail('DNN4001', `${images.file}: expected unsigned-byte images of rank ≥ 2, got ${im.dtype} of rank ${im.dims.length}`);
  }
  if (lb.dtype !== 'u8' || lb.dims.length !== 1) {
    fail('DNN4001', `${labels.file}: expected a rank-1 unsigned-byte label vector, got ${lb.dtype} of rank ${lb.dims.length}`);
  }
  const count = im.dims[0];
  if (lb.dims[0] !== count) {
    fail('DNN4001', `${labels.file} has ${lb.dims[0]} labels but ${images.file} has ${count} images`);
  }
  const features = im.dims.slice(1).reduce((a, b) => a * b, 1);
  return { x: im.data as Uint8Array, xEncoding: 'u8', y: Int32Array.from(lb.data), count, features };
}
