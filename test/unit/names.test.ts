// Names from the source never break what is built from them (issue 8): a kernel's file name
// stays short however long the value's name, and stays unique.
import { mkdtempSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { compileSource } from '../../src/compiler/compile.js';
import { readArtifactDir, writeArtifactDir } from '../../src/runtime/files.js';

describe('kernel names', () => {
  it('a 300-character name gives kernel names of at most 64 characters, unique, that write and read back as files', () => {
    const long = 'a'.repeat(300);
    const longer = 'a'.repeat(299) + 'b';
    const { artifact } = compileSource({
      path: 'long.dnn',
      text: `model m
input X: f32[batch, 4]
input y: i32[batch]
${long} = dense(X, 3, activation: relu)
${longer} = dense(${long}, 3)
loss = mean(sparse_softmax_cross_entropy(${longer}, y))
train {
  optimizer = sgd()
}`,
    });
    const names = artifact.kernels.map((k) => k.name);
    for (const n of names) expect(n.length).toBeLessThanOrEqual(64);
    expect(new Set(names).size).toBe(names.length);
    expect(names.some((n) => n.includes('aaaa'))).toBe(true);
    const dir = mkdtempSync(join(tmpdir(), 'dnnc-names-'));
    try {
      writeArtifactDir(join(dir, 'art'), artifact);
      expect(readdirSync(join(dir, 'art', 'kernels'))).toHaveLength(names.length);
      expect(readArtifactDir(join(dir, 'art')).kernels.map((k) => k.name)).toEqual(names);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});
