// The runtime end to end on the device: training reads nothing back within an epoch, the
// GPU shuffle visits every example once per epoch, evaluation weights a partial last batch,
// checkpoints round-trip, and a real model learns.
import { readFileSync } from 'node:fs';
import { beforeAll, describe, expect, it } from 'vitest';
import { compileSource } from '../../src/compiler/compile.js';
import { loadMnist } from '../../src/data/mnist.js';
import { getSharedNodeDevice } from '../../src/runtime/node.js';
import { Session, type DataSplit } from '../../src/runtime/session.js';

const SMALL = (batch: number, evalBatch: number) => `
model small
input X: f32[batch, 784]
input y: i32[batch]
h = relu(dense(X, 32))
logits = dense(h, 10)
loss = mean(sparse_softmax_cross_entropy(logits, y))
metric accuracy = mean(in_top_k(logits, y, 1))
output probabilities = softmax(logits)
train {
  optimizer = sgd(learning_rate: 0.1)
  batch_size = ${batch}
  eval_batch_size = ${evalBatch}
  epochs = 1
}`;

const mnist = loadMnist();
const split = (s: typeof mnist.train, n = s.count): DataSplit => ({
  count: n, features: s.x.subarray(0, n * 784), labels: s.y.subarray(0, n),
});

async function session(text: string): Promise<Session> {
  const { artifact } = compileSource({ path: 'small.dnn', text });
  const h = await getSharedNodeDevice();
  return Session.create(h.device, artifact);
}

describe('training on the device', () => {
  let s: Session;
  beforeAll(async () => {
    s = await session(SMALL(100, 300));
    s.setData('train', split(mnist.train, 2000));
    s.setData('val', split(mnist.val));
    await s.init(3);
  });

  it('reads nothing back during an epoch: one read-back, at its end', async () => {
    const before = { ...s.stats };
    const r = await s.trainEpoch();
    expect(r.steps).toBe(20);
    expect(s.stats.readbacks - before.readbacks).toBe(1);
    // The whole epoch is one command buffer (begin_epoch and its 20 steps), plus the read-back.
    expect(s.stats.submits - before.submits).toBe(2);
    expect(s.stats.dispatches - before.dispatches).toBe(20 * s.artifact.entries['train_step']!.filter((x) => 'dispatch' in x).length + s.artifact.entries['begin_epoch']!.filter((x) => 'dispatch' in x).length);
    expect(Number.isFinite(r.loss)).toBe(true);
  });

  it('reports progress from 0 as the epoch starts (a progress bar times the whole epoch), rising to every step', async () => {
    const calls: [number, number][] = [];
    await s.trainEpoch((done, total) => calls.push([done, total]));
    expect(calls[0]).toEqual([0, 20]);
    expect(calls[calls.length - 1]).toEqual([20, 20]);
    calls.slice(1).forEach(([done], k) => expect(done).toBeGreaterThan(calls[k]![0]));
  });

  it('evaluation weights the partial last batch exactly', async () => {
    // 1000 examples in batches of 300: the last batch holds 100, repeated 3 times, weight 1/3.
    const ev = await s.evaluate('val');
    const probs = (await s.predict(Float32Array.from(mnist.val.x, (v) => v / 255), mnist.val.count))['probabilities']!;
    let correct = 0;
    for (let i = 0; i < mnist.val.count; i++) {
      const row = probs.subarray(i * 10, i * 10 + 10);
      const label = mnist.val.y[i]!;
      if (row.every((p, k) => k === label || p <= row[label]!)) correct++;
    }
    expect(ev.metrics['accuracy']).toBeCloseTo(correct / mnist.val.count, 5);
  });

  it('a checkpoint restores the same predictions in a fresh session', async () => {
    const bytes = await s.saveCheckpoint();
    const x = Float32Array.from(mnist.test.x.subarray(0, 20 * 784), (v) => v / 255);
    const want = (await s.predict(x, 20))['probabilities']!;
    const t = await session(SMALL(100, 300));
    await t.init(99);
    const restored = t.loadCheckpoint(bytes);
    expect(restored).toContain('h/dense/kernel');
    const got = (await t.predict(x, 20))['probabilities']!;
    expect([...got]).toEqual([...want]);
    t.destroy();
  });
});

describe('data encodings', () => {
  it('float features train exactly like the same pixels given as bytes', async () => {
    const run = async (asFloat: boolean) => {
      const s = await session(SMALL(100, 300));
      const n = 500;
      const bytes = mnist.train.x.subarray(0, n * 784);
      s.setData('train', { count: n, features: asFloat ? Float32Array.from(bytes, (v) => v / 255) : bytes, labels: mnist.train.y.subarray(0, n) });
      await s.init(11);
      const r = await s.trainEpoch();
      s.destroy();
      return r.loss;
    };
    expect(await run(true)).toBeCloseTo(await run(false), 6);
  });
});

describe('GPU shuffling', () => {
  it('visits every example once per epoch, in a new order each epoch, reproducibly', async () => {
    const s = await session(SMALL(10, 10));
    const n = 50;
    // Labels carry the example's index, so the fed batch reveals the permutation.
    const labels = Int32Array.from({ length: n }, (_, i) => i % 10);
    const features = new Uint8Array(n * 784);
    for (let i = 0; i < n; i++) features[i * 784] = i; // the first pixel holds the index
    s.setData('train', { count: n, features, labels });
    const order = async (seed: number, epochs: number) => {
      await s.init(seed);
      const seen: number[][] = [];
      for (let e = 0; e < epochs; e++) {
        await s.run('begin_epoch');
        const epoch: number[] = [];
        for (let b = 0; b < n / 10; b++) {
          await s.run('train_step');
          const x = await s.readInput('X');
          for (let r = 0; r < 10; r++) epoch.push(Math.round(x[r * 784]! * 255));
        }
        seen.push(epoch);
      }
      return seen;
    };
    const [e1, e2] = await order(5, 2);
    expect([...e1!].sort((a, b) => a - b)).toEqual(Array.from({ length: n }, (_, i) => i));
    expect([...e2!].sort((a, b) => a - b)).toEqual(Array.from({ length: n }, (_, i) => i));
    expect(e1).not.toEqual(e2);
    expect(e1).not.toEqual(Array.from({ length: n }, (_, i) => i));
    expect((await order(5, 1))[0]).toEqual(e1);
    expect((await order(6, 1))[0]).not.toEqual(e1);
    s.destroy();
  });
});

describe('examples/mnist-bn.dnn', () => {
  it('learns: validation accuracy ≥ 0.80 after 3 epochs on the default data', async () => {
    const { artifact } = compileSource({ path: 'examples/mnist-bn.dnn', text: readFileSync('examples/mnist-bn.dnn', 'utf8') }, { epochs: 3 });
    const h = await getSharedNodeDevice();
    const s = await Session.create(h.device, artifact);
    s.setData('train', split(mnist.train));
    s.setData('val', split(mnist.val));
    await s.init(42);
    let acc = 0;
    let first = Infinity;
    for (let e = 0; e < 3; e++) {
      const r = await s.trainEpoch();
      if (e === 0) first = r.loss;
      acc = (await s.evaluate('val')).metrics['accuracy']!;
      expect(Number.isFinite(r.loss)).toBe(true);
      if (e === 2) expect(r.loss).toBeLessThan(first);
    }
    expect(acc).toBeGreaterThanOrEqual(0.8);
    s.destroy();
  });
});

describe('kernel shapes', () => {
  // The batch-norm network with its kernels shaped for GPUs (reductions split over workgroups,
  // combined by a tree) and for CPU adapters (each output summed in order): each shape trains
  // bit for bit the same twice, and the two agree to f32 rounding, not bit for bit.
  const text = readFileSync('examples/mnist-bn.dnn', 'utf8');
  const train = async (kernelShapes: 'gpu' | 'cpu') => {
    const { artifact } = compileSource({ path: 'examples/mnist-bn.dnn', text }, { kernelShapes });
    const cooperative = artifact.kernels.filter((k) => k.wgsl?.includes('@builtin(workgroup_id)')).length;
    const s = await Session.create((await getSharedNodeDevice()).device, artifact);
    try {
      s.setData('train', split(mnist.train, 800));
      await s.init(7);
      const { loss } = await s.trainEpoch();
      return { loss, cooperative, kernel: await s.readState('hidden1/dense/kernel'), gamma: await s.readState('hidden1/batch_norm/gamma') };
    } finally {
      s.destroy();
    }
  };

  it("'gpu' (cooperative reductions) and 'cpu' shapes each train reproducibly, and agree with each other", async () => {
    const [g1, g2, c1] = [await train('gpu'), await train('gpu'), await train('cpu')];
    expect(g1.cooperative).toBeGreaterThan(0);
    expect(c1.cooperative).toBe(0);
    expect(g2.loss).toBe(g1.loss);
    expect(Buffer.from(g2.kernel.buffer).equals(Buffer.from(g1.kernel.buffer))).toBe(true);
    expect(Buffer.from(g2.gamma.buffer).equals(Buffer.from(g1.gamma.buffer))).toBe(true);
    expect(Math.abs(c1.loss - g1.loss) / g1.loss).toBeLessThan(1e-4);
    let worst = 0;
    g1.gamma.forEach((x, i) => (worst = Math.max(worst, Math.abs(x - c1.gamma[i]!))));
    expect(worst).toBeLessThan(1e-4);
  });
});
