// The training regimen on the device: frozen parameters stay bitwise equal, max-norm holds after
// training, early stopping stops and restores the best weights, reduce-on-plateau lowers the
// rate, and batch norm's inference output follows the moving statistics.
import { describe, expect, it } from 'vitest';
import { loadDataset } from '../../src/data/index.js';
import { sessionFor } from '../helpers/gpu.js';

const NET = (train: string, hidden = 'hidden1 = dense(X, 32, activation: relu, name: "hidden1")\nhidden2 = dense(hidden1, 16, activation: relu, name: "hidden2")') => `
model m
input X: f32[batch, 784]
input y: i32[batch]
${hidden}
logits = dense(hidden2, 10, name: "outputs")
loss = mean(sparse_softmax_cross_entropy(logits, y))
metric accuracy = mean(in_top_k(logits, y, 1))
train {
  batch_size = 100
  ${train}
}`;

describe('regimen on the device', () => {
  it('frozen parameters do not change at all; the others do', async () => {
    const s = await sessionFor(NET('optimizer = sgd(learning_rate: 0.1)\n frozen = ["hidden1/*"]'), { train: 1000 });
    const before = await s.readState('hidden1/kernel');
    const other = await s.readState('hidden2/kernel');
    await s.trainEpoch();
    expect([...(await s.readState('hidden1/kernel'))]).toEqual([...before]);
    expect([...(await s.readState('hidden2/kernel'))]).not.toEqual([...other]);
    s.destroy();
  });

  it('max-norm: after training every selected column norm is ≤ threshold + 1e-5', async () => {
    const s = await sessionFor(NET('optimizer = sgd(learning_rate: 0.5)\n max_norm = max_norm(threshold: 0.5, axes: 0, params: "hidden*/kernel")'), { train: 1000 });
    await s.trainEpoch();
    for (const [name, rows, cols] of [['hidden1/kernel', 784, 32], ['hidden2/kernel', 32, 16]] as const) {
      const w = await s.readState(name);
      for (let c = 0; c < cols; c++) {
        let sq = 0;
        for (let r = 0; r < rows; r++) sq += w[r * cols + c]! ** 2;
        expect(Math.sqrt(sq)).toBeLessThanOrEqual(0.5 + 1e-5);
      }
    }
    s.destroy();
  });

  it('early stopping stops on a plateau and restores the best weights', async () => {
    // min_delta 10 means no epoch after the first counts as an improvement: with patience 2 the
    // run stops after epoch 3, and the restored model is epoch 1's.
    const s = await sessionFor(NET('optimizer = sgd(learning_rate: 0.05)\n early_stopping = early_stopping(monitor: "val_loss", patience: 2, min_delta: 10)'), { train: 1000 });
    const losses: number[] = [];
    let stoppedAt = 0;
    for (let e = 1; e <= 6; e++) {
      await s.trainEpoch();
      const v = await s.evaluate('val', { endOfEpoch: true });
      losses.push(v.loss);
      if (v.stop) {
        stoppedAt = e;
        break;
      }
    }
    expect(stoppedAt).toBe(3);
    await s.run('restore_best');
    const restored = await s.evaluate('val');
    expect(restored.loss).toBeCloseTo(losses[0]!, 5);
    expect(losses[2]).not.toBeCloseTo(losses[0]!, 3);
    s.destroy();
  });

  it('reduce-on-plateau scales the learning rate by the factor after `patience` flat epochs', async () => {
    const s = await sessionFor(NET('optimizer = sgd(learning_rate: 0.05)\n reduce_lr_on_plateau = reduce_lr_on_plateau(factor: 0.5, patience: 1, min_delta: 10)'), { train: 500 });
    const scales: number[] = [];
    for (let e = 0; e < 3; e++) {
      await s.trainEpoch();
      scales.push((await s.evaluate('val', { endOfEpoch: true })).lrScale!);
    }
    // epoch 1 sets the best; epochs 2 and 3 do not improve by 10, each triggering a halving.
    expect(scales).toEqual([1, 0.5, 0.25]);
    s.destroy();
  });

  it('batch norm in inference mode computes (x − moving_mean)/√(moving_var + ε)·γ + β', async () => {
    const s = await sessionFor(`
model bn
input X: f32[batch, 784]
input y: i32[batch]
z = dense(X, 10, name: "d")
logits = batch_norm(z, momentum: 0.9, name: "bn")
loss = mean(sparse_softmax_cross_entropy(logits, y))
output z_out = z
output logits_out = logits
train { batch_size = 100  optimizer = sgd(learning_rate: 0.1) }`, { train: 1000 });
    await s.trainEpoch();
    const [mean, variance, gamma, beta] = await Promise.all(['bn/moving_mean', 'bn/moving_variance', 'bn/gamma', 'bn/beta'].map((n) => s.readState(n)));
    expect([...variance!].some((v) => v !== 1)).toBe(true); // the statistics did move
    const x = new Float32Array(5 * 784).map((_, i) => ((i * 37) % 255) / 255);
    const out = await s.predict(x, 5);
    for (let i = 0; i < 5 * 10; i++) {
      const c = i % 10;
      const want = ((out['z_out']![i]! - mean![c]!) / Math.sqrt(variance![c]! + 0.001)) * gamma![c]! + beta![c]!;
      expect(out['logits_out']![i]).toBeCloseTo(want, 4);
    }
    s.destroy();
  });
});

describe('frozen-layer caching', () => {
  const cached = (setting: string, hidden?: string) => NET(`optimizer = sgd(learning_rate: 0.1)\n frozen = ["hidden1/*"]\n ${setting}`, hidden);
  const close = (a: { loss: number; metrics: Record<string, number> }, b: typeof a) => {
    expect(a.loss).toBeCloseTo(b.loss, 5);
    expect(a.metrics['accuracy']).toBeCloseTo(b.metrics['accuracy']!, 5);
  };

  it('trains and evaluates exactly as without the cache, and rebuilds it when weights or data change', async () => {
    const plain = await sessionFor(cached('cache_frozen = false'), { train: 1000 });
    const fast = await sessionFor(cached(''), { train: 1000 }); // automatic
    expect(fast.artifact.entries['cache_build']).toBeDefined();
    expect(fast.artifact.entries['eval_cache_build']).toBeDefined();
    expect(plain.artifact.entries['cache_build']).toBeUndefined();
    const dispatches = (s: typeof plain, entry: string) => s.artifact.entries[entry]!.filter((x) => 'dispatch' in x).length;
    expect(dispatches(fast, 'train_step')).toBeLessThan(dispatches(plain, 'train_step'));
    expect(dispatches(fast, 'eval_step')).toBeLessThan(dispatches(plain, 'eval_step'));
    // Neither step reads the raw images any more.
    for (const [entry, buffer] of [['train_step', 'dataset:train:X'], ['eval_step', 'dataset:eval:X']] as const) {
      const x = fast.artifact.buffers.findIndex((b) => b.name === buffer);
      expect(fast.artifact.entries[entry]!.some((st) => 'dispatch' in st && st.buffers.includes(x))).toBe(false);
    }
    for (let e = 0; e < 2; e++) {
      close(await fast.trainEpoch(), await plain.trainEpoch());
      close(await fast.evaluate('val'), await plain.evaluate('val'));
      close(await fast.evaluate('test'), await plain.evaluate('test')); // each split its own cache
    }
    // New frozen weights (a restored checkpoint) must invalidate every cache.
    const other = await sessionFor(cached('cache_frozen = false'), { train: 1000, seed: 9 });
    const ckpt = await other.saveCheckpoint();
    plain.loadCheckpoint(ckpt);
    fast.loadCheckpoint(ckpt);
    close(await fast.evaluate('val'), await plain.evaluate('val'));
    close(await fast.trainEpoch(), await plain.trainEpoch());
    // So must new data for a split.
    const t = loadDataset(fast.artifact.train.data).test;
    const fresh = { count: 300, features: t.x.subarray(300 * t.features, 600 * t.features), labels: t.y.subarray(300, 600) };
    fast.setData('val', fresh);
    plain.setData('val', fresh);
    close(await fast.evaluate('val'), await plain.evaluate('val'));
    for (const s of [plain, fast, other]) s.destroy();
  });

  it('caches up to a training-mode batch norm (batch statistics), evaluation up to it too (its moving statistics change while training)', async () => {
    const hidden = 'hidden1 = dense(X, 32, activation: relu, name: "hidden1")\nhidden2 = dense(batch_norm(hidden1, name: "bn"), 16, activation: relu, name: "hidden2")';
    const plain = await sessionFor(cached('cache_frozen = false', hidden), { train: 500 });
    const fast = await sessionFor(cached('', hidden), { train: 500 });
    expect(fast.artifact.train.cache?.stop).toMatch(/^bn: it reduces over the batch/);
    for (let e = 0; e < 2; e++) {
      close(await fast.trainEpoch(), await plain.trainEpoch());
      close(await fast.evaluate('val'), await plain.evaluate('val'));
    }
    for (const s of [plain, fast]) s.destroy();
  });
});
