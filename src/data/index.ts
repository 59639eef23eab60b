// `--data` dispatch: a named data set or a directory of IDX files.

import { existsSync, statSync } from 'node:fs';
import { fail } from '../contract/diagnostics.js';
import { limitPerClass, validateDataset, type Dataset } from './dataset.js';
import { loadFashionMnist, loadIdxDirectory } from './fashion.js';
import { loadMnist, type MnistOptions } from './mnist.js';
import { loadMnistPairs } from './pairs.js';
import { isTabular, loadTabular, type TabularOptions } from './tabular.js';

export type { Dataset, Split, XEncoding } from './dataset.js';
export { validateSplit, validateDataset, featureValue, mulberry32, seededPermutation, shuffleSplit, limitPerClass } from './dataset.js';
export { loadMnist, type MnistOptions } from './mnist.js';
export { loadFashionMnist, loadIdxDirectory, FASHION_MNIST_DIR } from './fashion.js';
export { readIdxFile, parseIdx, type IdxArray } from './idx.js';
export { loadTabular, isTabular, parseLabel, parseNumber, npyFeatures, MAX_CSV_BYTES, MAX_NPZ_BYTES, type TabularOptions } from './tabular.js';

/**
 * Options: digit selection, relabelling and seed apply to the bundled MNIST set; `perClass`
 * keeps the first N training examples of each class (of any data set; validation and test keep
 * all of theirs, so the scores stay comparable).
 */
export interface LoadDatasetOptions extends MnistOptions, Omit<TabularOptions, 'seed'> {
  perClass?: number;
  /** The seed of the split of one CSV or .npz file into training and validation (the run's --seed). */
  splitSeed?: number;
}

export const DATASET_NAMES = ['mnist', 'fashion-mnist', 'mnist-pairs'] as const;

/**
 * 'mnist' (the default), 'fashion-mnist', or a path to a directory holding
 * {train,t10k}-{images-idx3,labels-idx1}-ubyte[.gz].
 */
export function loadDataset(spec: string | undefined, opts: LoadDatasetOptions = {}): Dataset {
  const name = spec ?? 'mnist';
  let data: Dataset;
  if (name === 'mnist') {
    data = loadMnist(opts);
  } else {
    if (opts.digits !== undefined || opts.remap) {
      fail('DNN4001', `digit selection only applies to the mnist data set, not '${name}'`);
    }
    if (name === 'fashion-mnist') data = loadFashionMnist();
    else if (name === 'mnist-pairs') data = loadMnistPairs();
    else if (isTabular(name)) data = loadTabular(name, { ...opts, seed: opts.splitSeed });
    else if (existsSync(name) && statSync(name).isDirectory()) data = loadIdxDirectory(name);
    else {
      return fail('DNN6001', `unknown data set or directory '${name}'`, [
        `accepted values: ${DATASET_NAMES.join(', ')}, or a directory containing train-images-idx3-ubyte, train-labels-idx1-ubyte, t10k-images-idx3-ubyte and t10k-labels-idx1-ubyte (each optionally .gz)`,
        'or your own data: a .csv or .npz file, or a directory with train.csv (optionally val.csv, test.csv) or train.npz (arrays x and y)',
      ]);
    }
  }
  validateDataset(data);
  if (opts.perClass !== undefined) data = { ...data, train: limitPerClass(data.train, opts.perClass, data.classes, `${data.name} train`) };
  return data;
}
