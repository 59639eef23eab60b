// Long and deeply shared elementwise chains: fusion bounds a kernel's expression depth (a chain
// longer than MAX_DEPTH is stored in steps) and walks a shared subexpression once, so they compile.
import { describe, expect, it } from 'vitest';
import { compileSource } from '../../src/compiler/compile.js';
import { fuse, MAX_DEPTH } from '../../src/passes/fuse.js';

const model = (body: string) => ({
  path: 'm.dnn',
  text: `model m\ninput X: f32[batch, 784]\ninput y: i32[batch]\n${body}\ntrain { epochs = 1 }\n`,
});

describe('fusion of long chains', () => {
  it('a chain of 300 tanh compiles, stored every MAX_DEPTH ops', () => {
    const c = compileSource(model('fn f(v) = tanh(v)\nh = dense(X, 10)\nloss = mean(repeat(f, 300, h))'));
    const groups = fuse(c.programs('ir-opt')['eval_step']!, 8).groups;
    expect(groups.filter((g) => g.root.op === 'tanh').length).toBeGreaterThanOrEqual(Math.floor(300 / MAX_DEPTH));
    expect(Math.max(...groups.map((g) => g.members.size))).toBeLessThanOrEqual(MAX_DEPTH + 1);
  });

  it('40 nested relus (each reads its input twice) compile', () => {
    const c = compileSource(model(`h = dense(X, 10)\nloss = mean(${'relu('.repeat(40)}h${')'.repeat(40)})`));
    expect(c.artifact.kernels.length).toBeGreaterThan(0);
  });
});
