// The embedding example as a user runs it: `dnnc compile --bundle` writes the one-file artifact,
// and examples/embed-node.mjs (importing `dnnc/runtime`, `dnnc/runtime/node` and the data loader
// from `dnnc`, resolved through package.json's exports: the package refers to itself) trains,
// evaluates and predicts. The README's embedding section runs in test/e2e/readme.test.ts (a
// clone) and test/package/pack.test.ts (a project that installed the tarball).
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readdirSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';

const run = (args: string[]) => {
  const r = spawnSync(process.execPath, args, { encoding: 'utf8', timeout: 300_000 });
  return { code: r.status, out: r.stdout, err: r.stderr };
};

describe('embedding in Node', () => {
  const dir = mkdtempSync(join(tmpdir(), 'dnnc-embed-'));
  const bundle = join(dir, 'digits.json');

  it('dnnc compile --bundle writes one JSON file with every kernel inline', () => {
    const r = run(['dist/src/cli/main.js', 'compile', 'examples/browser/digits.dnn', '--bundle', bundle]);
    expect(r.code).toBe(0);
    expect(r.out).toMatch(/wrote .*digits\.json \(\d+ kernels inline\)/);
    const a = JSON.parse(readFileSync(bundle, 'utf8')) as { format: string; kernels: { wgsl?: string; file?: string }[] };
    expect(a.format).toBe('dnnc-artifact');
    expect(a.kernels.length).toBeGreaterThan(0);
    for (const k of a.kernels) {
      expect(k.wgsl).toContain('fn main');
      expect(k.file).toBeUndefined();
    }
  });

  it('--bundle naming a directory or an unwritable place is DNN6004, exit 1, and leaves nothing behind', () => {
    for (const target of [dir, join(dir, 'digits.json', 'inside.json')]) {
      const r = run(['dist/src/cli/main.js', 'compile', 'examples/browser/digits.dnn', '--bundle', target]);
      expect(r.code).toBe(1);
      expect(r.err).toContain('DNN6004');
      expect(r.err).not.toMatch(/\n\s+at .+:\d+:\d+/);
    }
    expect(readdirSync(dir).filter((f) => f.includes('tmp'))).toEqual([]);
  });

  it('examples/embed-node.mjs loads the bundle, trains, evaluates, predicts and round-trips a checkpoint', () => {
    const ckpt = join(dir, 'digits.safetensors');
    const r = run(['examples/embed-node.mjs', bundle, '--epochs', '2', '--save', ckpt]);
    expect(r.err).not.toMatch(/\n\s+at .+:\d+:\d+/);
    expect(r.code).toBe(0);
    const lines = r.out.trim().split('\n').map((l) => JSON.parse(l) as Record<string, unknown>);
    const epochs = lines.filter((l) => 'epoch' in l) as { epoch: number; loss: number; val_accuracy: number }[];
    expect(epochs.map((e) => e.epoch)).toEqual([1, 2]);
    expect(epochs[1]!.loss).toBeLessThan(epochs[0]!.loss);
    expect(epochs[1]!.val_accuracy).toBeGreaterThan(0.8);
    const summary = lines.find((l) => 'test_loss' in l) as { epochs: number; test_metrics: { accuracy: number } };
    expect(summary.epochs).toBe(2);
    expect(summary.test_metrics.accuracy).toBeGreaterThan(0.75);
    const p = lines.find((l) => 'predictions' in l) as { predictions: number[]; labels: number[] };
    expect(p.predictions).toHaveLength(10);
    expect(p.predictions.filter((d, i) => d === p.labels[i]).length).toBeGreaterThanOrEqual(6);
    expect(lines.find((l) => 'checkpoint_bytes' in l)).toMatchObject({ restored_predictions_match: true });
    expect(lines.find((l) => 'saved' in l)).toMatchObject({ saved: ckpt });
  });

  it('a missing artifact is a one-line DNN6001 error, exit 1', () => {
    const r = run(['examples/embed-node.mjs', join(dir, 'none.json')]);
    expect(r.code).toBe(1);
    expect(r.err).toContain('DNN6001');
    expect(r.err).not.toMatch(/\n\s+at .+:\d+:\d+/);
  });
});
