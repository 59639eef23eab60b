// Pairs of MNIST digits for the chapter's exercise 10 (a siamese network learns whether two
// images show the same digit): each example is (image a, image b, 1 if same digit else 0),
// half of them same-digit, drawn with a fixed seed within each split so splits stay disjoint.
import { mulberry32, type Dataset, type Split } from './dataset.js';
import { loadMnist, MNIST_FEATURES } from './mnist.js';

function pairSplit(s: Split, seed: number): Split {
  const rnd = mulberry32(seed);
  const byDigit = new Map<number, number[]>();
  for (let i = 0; i < s.count; i++) byDigit.set(s.y[i]!, [...(byDigit.get(s.y[i]!) ?? []), i]);
  const digits = [...byDigit.keys()];
  const a = new Uint8Array(s.count * MNIST_FEATURES);
  const b = new Uint8Array(s.count * MNIST_FEATURES);
  const y = new Int32Array(s.count);
  const src = s.x as Uint8Array;
  for (let i = 0; i < s.count; i++) {
    const same = rnd() < 0.5;
    const da = s.y[i]!;
    let db = da;
    if (!same) while (db === da) db = digits[Math.floor(rnd() * digits.length)]!;
    const pool = byDigit.get(db)!;
    const j = pool[Math.floor(rnd() * pool.length)]!;
    a.set(src.subarray(i * MNIST_FEATURES, (i + 1) * MNIST_FEATURES), i * MNIST_FEATURES);
    b.set(src.subarray(j * MNIST_FEATURES, (j + 1) * MNIST_FEATURES), i * MNIST_FEATURES);
    y[i] = same ? 1 : 0;
  }
  return { x: a, xEncoding: 'u8', y, count: s.count, features: MNIST_FEATURES, more: [b] };
}

export function loadMnistPairs(seed = 7): Dataset {
  const d = loadMnist();
  return {
    name: 'mnist-pairs',
    train: pairSplit(d.train, seed),
    val: pairSplit(d.val, seed + 1),
    test: pairSplit(d.test, seed + 2),
    classes: 2,
    features: MNIST_FEATURES,
  };
}
