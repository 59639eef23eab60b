import { describe, expect, it } from 'vitest';
import { parseSpace, sample } from '../../src/cli/search.js';
import { compileSource } from '../../src/compiler/compile.js';
import { mulberry32 } from '../../src/data/dataset.js';
import { DnnError } from '../../src/contract/diagnostics.js';

describe('random search', () => {
  it('parses a space and samples inside it', () => {
    const space = parseSpace('lr=log:1e-4:1e-1; units=int:50:300; batch=choice:20:50:100; p=uniform:0.2:0.6');
    const rnd = mulberry32(3);
    for (let i = 0; i < 200; i++) {
      const s = sample(space, rnd);
      expect(s['lr']).toBeGreaterThanOrEqual(1e-4 * 0.999);
      expect(s['lr']).toBeLessThanOrEqual(1e-1 * 1.001);
      expect(Number.isInteger(s['units'])).toBe(true);
      expect(s['units']).toBeGreaterThanOrEqual(50);
      expect(s['units']).toBeLessThanOrEqual(300);
      expect([20, 50, 100]).toContain(s['batch']);
      expect(s['p']).toBeGreaterThanOrEqual(0.2);
      expect(s['p']).toBeLessThanOrEqual(0.6);
    }
  });

  it('rejects a malformed space', () => {
    expect(() => parseSpace('lr=log:0:1')).toThrow(DnnError);
    expect(() => parseSpace('lr=normal:0:1')).toThrow(DnnError);
  });
});

describe('numeric definitions', () => {
  const src = `
model m
input X: f32[batch, 8]
input y: i32[batch]
units = 6
lr = 0.5 / 10
bs = 2 * 2
logits = dense(relu(dense(X, units)), 3)
loss = mean(sparse_softmax_cross_entropy(logits, y))
train { optimizer = sgd(learning_rate: lr)  batch_size = bs }`;
  const compile = (overrides?: Record<string, number>) => compileSource({ path: 'm.dnn', text: src }, { overrides });

  it('are visible in the train block and can be overridden', () => {
    const a = compile();
    expect(a.artifact.train.batchSize).toBe(4);
    expect((a.artifact.train.optimizer['learning_rate'] as { learning_rate: number }).learning_rate).toBeCloseTo(0.05);
    const b = compile({ units: 9, lr: 0.2, bs: 8 });
    expect(b.artifact.train.batchSize).toBe(8);
    expect((b.artifact.train.optimizer['learning_rate'] as { learning_rate: number }).learning_rate).toBe(0.2);
    expect(b.artifact.buffers.find((x) => x.name === 'state:logits/dense/kernel')!.shape).toEqual([8, 9]);
  });

  it('an override of an unknown name is an error', () => {
    expect(() => compile({ lrr: 1 })).toThrow(/no numeric definition 'lrr'/);
  });
});

describe('search plans', () => {
  it('a shell-quoted command is its argv again under sh', async () => {
    const { shellQuote } = await import('../../src/cli/searchPlan.js');
    const { spawnSync } = await import('node:child_process');
    const argv = ['dnnc', 'train', 'my model.dnn', "it's", '$HOME', 'a;b', '--set', 'lr=1e-05,units=8', '*', ''];
    const r = spawnSync('sh', ['-c', `printf '%s\\n' ${shellQuote(argv.slice(0, -1))}`], { encoding: 'utf8' });
    expect(r.stdout.split('\n').slice(0, -1)).toEqual(argv.slice(0, -1));
    expect(shellQuote(['a', 'b=c'])).toBe('a b=c');
  });

  it('a trial scores its best epoch before any divergence, the earliest best trial wins', async () => {
    const { scoreEpochs } = await import('../../src/cli/search.js');
    const e = (loss: number | null, val_loss: number | null, val_metric: number | null) => ({ loss, val_loss, val_metric });
    expect(scoreEpochs([e(1, 1, 0.5), e(1, 0.9, 0.7), e(1, 0.8, 0.6)], 'accuracy')).toEqual({ score: 0.7, valLoss: 0.9, diverged: false });
    expect(scoreEpochs([e(1, 1, 0.5), e(null, 0.9, 0.9), e(1, 0.8, 0.95)], 'accuracy')).toEqual({ score: 0.5, valLoss: 1, diverged: false });
    expect(scoreEpochs([e(1, 2, null), e(1, 0.5, null)], null)).toEqual({ score: -0.5, valLoss: 0.5, diverged: false });
    expect(scoreEpochs([e(1, null, 0.9)], 'accuracy').diverged).toBe(true);
  });
});
