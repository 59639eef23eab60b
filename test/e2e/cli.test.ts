// The command line as a user meets it: built CLI, real processes, real files.
import { spawn, spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readdirSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { readArtifactDir } from '../../src/runtime/files.js';
import { decodeSafetensors } from '../../src/runtime/safetensors.js';
import { getSharedNodeDevice } from '../../src/runtime/node.js';
import { Session } from '../../src/runtime/session.js';
import { loadMnist } from '../../src/data/mnist.js';
import { writeFileSync } from 'node:fs';
import { safetensorsOf, values } from '../helpers/foreign.js';

const CLI = 'dist/src/cli/main.js';
const dnnc = (...args: string[]) => {
  const r = spawnSync(process.execPath, [CLI, ...args], { encoding: 'utf8', timeout: 300_000 });
  return { code: r.status, out: r.stdout, err: r.stderr };
};
const noStackTrace = (s: string) => expect(s).not.toMatch(/\n\s+at .+:\d+:\d+/);

describe('dnnc', () => {
  it('is built (npm test builds before testing)', () => {
    expect(existsSync(CLI)).toBe(true);
  });

  it('check: ok for a good model, every error with file:line:col and a caret for a bad one', () => {
    expect(dnnc('check', 'examples/mnist-bn.dnn')).toMatchObject({ code: 0 });
    const r = dnnc('check', 'test/fixtures/errors/type-error.dnn');
    expect(r.code).toBe(1);
    expect(r.err).toContain('test/fixtures/errors/type-error.dnn:5:14: error DNN2006:');
    expect(r.err).toContain('test/fixtures/errors/type-error.dnn:7:13: error DNN2006:');
    expect(r.err).toMatch(/\n\s+\|\s+\^/);
    noStackTrace(r.err);
  });

  // Usage errors (exit 2) have their own table in cli-usage.test.ts.
  it.each([
    [['train', 'missing.dnn'], 'DNN6001', 1],
    [['train', 'examples/mnist-bn.dnn', '--data', '/nonexistent'], 'DNN6001', 1],
    [['train', 'examples/mnist-bn.dnn', '--epochs', 'zero'], 'DNN7006', 2],
    [['compile', 'examples/mnist-bn.dnn', '--emit', 'asm'], 'DNN7006', 2],
    // A device would be read forever; it is refused before it is opened.
    [['check', '/dev/zero'], 'DNN6020', 1],
    [['compile', '/dev/urandom'], 'DNN6020', 1],
    // A directory that cannot be made (Node's recursive mkdir loops forever under /proc).
    [['compile', 'examples/mnist-bn.dnn', '-o', '/proc/dnnc-out'], 'DNN6003', 1],
    [['train', 'examples/mnist-bn.dnn', '--log-dir', '/proc/dnnc-logs', '--epochs', '1'], 'DNN6003', 1],
  ])('%j fails with %s (exit %i) and no stack trace', (args, code, exit) => {
    const r = dnnc(...args);
    expect(r.code).toBe(exit);
    expect(r.err).toContain(code);
    noStackTrace(r.err);
  });

  it('devices: names the adapter and its limits', () => {
    const r = dnnc('devices');
    expect(r.code).toBe(0);
    expect(r.out).toMatch(/backend:\s+\w+/);
    expect(r.out).toContain('maxStorageBuffersPerShaderStage');
  });

  it('compile writes an artifact that the runtime loads and trains without the compiler', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'dnnc-'));
    const r = dnnc('compile', 'examples/mnist-bn.dnn', '-o', dir);
    expect(r.code).toBe(0);
    expect(readdirSync(join(dir, 'kernels')).every((f) => f.endsWith('.wgsl'))).toBe(true);
    const artifact = readArtifactDir(dir);
    const h = await getSharedNodeDevice();
    const s = await Session.create(h.device, artifact);
    const d = loadMnist();
    s.setData('train', { count: 400, features: d.train.x.subarray(0, 400 * 784), labels: d.train.y.subarray(0, 400) });
    await s.init(1);
    const e = await s.trainEpoch();
    expect(e.steps).toBe(2);
    expect(Number.isFinite(e.loss)).toBe(true);
    s.destroy();
  });

  it('train --json prints exactly one JSON object per epoch, then the test event; --save and eval --checkpoint round-trip', () => {
    const dir = mkdtempSync(join(tmpdir(), 'dnnc-'));
    const ckpt = join(dir, 'model.safetensors');
    const r = dnnc('train', 'examples/mnist-bn.dnn', '--epochs', '2', '--json', '--seed', '7', '--save', ckpt);
    expect(r.code, r.err).toBe(0);
    const all = r.out.trim().split('\n').map((l) => JSON.parse(l) as Record<string, number>);
    expect(all).toHaveLength(4);
    // First the compile phase: which backend, why, how many kernels, how long (not in ms/step).
    expect(Object.keys(all[0]!).sort()).toEqual(['backend', 'event', 'kernels', 'reason', 'seconds']);
    expect(all[0]).toMatchObject({ event: 'compile', kernels: expect.any(Number), seconds: expect.any(Number) });
    expect(Object.keys(all[3]!).sort()).toEqual(['event', 'test_accuracy', 'test_loss']);
    const lines = all.slice(1, 3);
    lines.forEach((l, i) => {
      expect(Object.keys(l).sort()).toEqual(['epoch', 'loss', 'seconds', 'val_accuracy', 'val_loss']);
      expect(l['epoch']).toBe(i + 1);
      expect(l['val_accuracy']).toBeGreaterThan(0.5);
    });
    const ev = dnnc('eval', 'examples/mnist-bn.dnn', '--checkpoint', ckpt, '--split', 'val', '--json');
    expect(ev.code, ev.err).toBe(0);
    const v = JSON.parse(ev.out) as Record<string, number>;
    expect(v['accuracy']).toBeCloseTo(lines[1]!['val_accuracy']!, 4);
    expect(v['loss']).toBeCloseTo(lines[1]!['val_loss']!, 3);
    const pr = dnnc('predict', 'examples/mnist-bn.dnn', '--checkpoint', ckpt, '--limit', '3', '--json');
    expect(pr.code, pr.err).toBe(0);
    const rows = pr.out.trim().split('\n').map((l) => JSON.parse(l) as { index: number; probabilities: number[]; probabilities_argmax: number });
    expect(rows.map((r) => r.index)).toEqual([0, 1, 2]);
    for (const r of rows) {
      expect(r.probabilities).toHaveLength(10);
      expect(r.probabilities.reduce((a, b) => a + b, 0)).toBeCloseTo(1, 4);
      expect(r.probabilities_argmax).toBe(r.probabilities.indexOf(Math.max(...r.probabilities)));
    }
  });

  it('train --kernel-shapes: either shape trains the same model to f32 rounding, and a checkpoint moves between them', () => {
    const dir = mkdtempSync(join(tmpdir(), 'dnnc-'));
    const ckpt = join(dir, 'gpu.safetensors');
    const run = (shapes: string, ...more: string[]) => {
      const r = dnnc('train', 'examples/mnist-bn.dnn', '--epochs', '1', '--json', '--seed', '3', '--kernel-shapes', shapes, ...more);
      expect(r.code, r.err).toBe(0);
      const [compile, epoch] = r.out.trim().split('\n').map((l) => JSON.parse(l) as Record<string, unknown>);
      expect(compile).toMatchObject({ event: 'compile', backend: 'webgpu' }); // --kernel-shapes asks for WebGPU
      return epoch as Record<string, number>;
    };
    const [gpu, cpu] = [run('gpu', '--save', ckpt), run('cpu')];
    expect(Math.abs(gpu['loss']! - cpu['loss']!) / cpu['loss']!).toBeLessThan(1e-4);
    expect(gpu['val_accuracy']).toBeCloseTo(cpu['val_accuracy']!, 2);
    const ev = dnnc('eval', 'examples/mnist-bn.dnn', '--checkpoint', ckpt, '--split', 'val', '--json', '--kernel-shapes', 'cpu');
    expect(ev.code, ev.err).toBe(0);
    expect((JSON.parse(ev.out) as Record<string, number>)['loss']).toBeCloseTo(gpu['val_loss']!, 4);
    const bad = dnnc('train', 'examples/mnist-bn.dnn', '--kernel-shapes', 'fast');
    expect(bad.code).toBe(2);
    expect(bad.err).toMatch(/DNN7006.*--kernel-shapes/);
  });

  it('Ctrl-C stops after the current epoch and keeps the checkpoint of the last one', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'dnnc-'));
    const ckpt = join(dir, 'run.safetensors');
    const child = spawn(process.execPath, [CLI, 'train', 'examples/mnist-bn.dnn', '--epochs', '50', '--json', '--save', ckpt]);
    let out = '';
    let signalled = false;
    child.stdout.on('data', (d: Buffer) => {
      out += d.toString();
      if (!signalled && out.includes('"epoch":1')) {
        signalled = true;
        child.kill('SIGINT');
      }
    });
    const code = await new Promise<number | null>((resolve) => child.on('close', resolve));
    expect(code).toBe(130);
    const epochs = out.trim().split('\n').map((l) => JSON.parse(l) as { epoch?: number }).filter((l) => l.epoch !== undefined);
    expect(epochs.length).toBeGreaterThanOrEqual(1);
    expect(epochs.length).toBeLessThan(50);
    const ev = dnnc('eval', 'examples/mnist-bn.dnn', '--checkpoint', ckpt, '--split', 'val', '--json');
    expect(ev.code, ev.err).toBe(0);
    expect((JSON.parse(ev.out) as { accuracy: number }).accuracy).toBeCloseTo((epochs.at(-1) as unknown as { val_accuracy: number }).val_accuracy, 4);
  });

  it("transfer learning as the chapter does it: restore hidden[12] from a pretrained run, freeze them, train the rest", () => {
    const dir = mkdtempSync(join(tmpdir(), 'dnnc-'));
    const pre = join(dir, 'pre.safetensors');
    const post = join(dir, 'post.safetensors');
    expect(dnnc('train', 'examples/deep-relu.dnn', '--epochs', '1', '--json', '--save', pre).code).toBe(0);
    const r = dnnc('train', 'examples/deep-relu-frozen.dnn', '--epochs', '1', '--json', '--checkpoint', pre, '--restore', 'hidden[12]/*', '--save', post);
    expect(r.code, r.err).toBe(0);
    const a = decodeSafetensors(readFileSync(pre)).tensors;
    const b = decodeSafetensors(readFileSync(post)).tensors;
    for (const name of ['hidden1/kernel', 'hidden2/bias']) expect([...b.get(name)!.data]).toEqual([...a.get(name)!.data]);
    expect([...b.get('hidden3/kernel')!.data]).not.toEqual([...a.get('hidden3/kernel')!.data]);
    const none = dnnc('train', 'examples/deep-relu-frozen.dnn', '--epochs', '1', '--checkpoint', pre, '--restore', 'nothing/*');
    expect(none.code).toBe(1);
    expect(none.err).toContain('DNN4015');
  });

  it('import: a PyTorch state dict becomes a checkpoint that eval, predict and train load; --relabel and --per-class shape the data', () => {
    const dir = mkdtempSync(join(tmpdir(), 'dnnc-import-'));
    const model = join(dir, 'tiny.dnn');
    writeFileSync(model, 'model tiny\ninput X: f32[batch, 784]\ninput y: i32[batch]\nh = dense(X, 8, activation: elu, name: "hidden1")\n'
      + 'logits = dense(h, 5, name: "outputs")\nloss = mean(sparse_softmax_cross_entropy(logits, y))\nmetric accuracy = mean(in_top_k(logits, y, 1))\n'
      + 'output probabilities = softmax(logits)\ntrain {\n  digits = [5, 6, 7, 8, 9]\n  relabel = true\n  epochs = 1\n}\n');
    writeFileSync(join(dir, 'torch.safetensors'), safetensorsOf([
      { name: '0.weight', dtype: 'F64', shape: [8, 784], values: values(8 * 784, 1).map((v) => v / 10) },
      { name: '0.bias', dtype: 'F32', shape: [8], values: values(8, 2) },
      { name: '2.weight', dtype: 'F32', shape: [5, 8], values: values(40, 3) },
      { name: '2.bias', dtype: 'F32', shape: [5], values: values(5, 4) },
    ]));
    const map = { 'hidden1/kernel': { from: '0.weight', transpose: true }, 'hidden1/bias': '0.bias', 'outputs/kernel': { from: '2.weight', transpose: true } };
    writeFileSync(join(dir, 'map.json'), JSON.stringify(map));
    const out = join(dir, 'out.safetensors');
    const missing = dnnc('import', model, join(dir, 'torch.safetensors'), '--map', join(dir, 'map.json'), '-o', out);
    expect(missing.code).toBe(1);
    expect(missing.err).toContain('DNN4034');
    expect(existsSync(out)).toBe(false);
    writeFileSync(join(dir, 'map.json'), JSON.stringify({ ...map, 'outputs/bias': '2.bias' }));
    const r = dnnc('import', model, join(dir, 'torch.safetensors'), '--map', join(dir, 'map.json'), '-o', out);
    expect(r.code).toBe(0);
    expect(r.err).toContain('converted 1 F64 tensor to f32: 0.weight');
    expect(decodeSafetensors(readFileSync(out)).metadata).toMatchObject({ format: 'dnnc', model: 'tiny' });
    expect(dnnc('eval', model, '--checkpoint', out, '--json').code).toBe(0);
    const p = dnnc('predict', model, '--checkpoint', out, '--limit', '2', '--json');
    expect(p.code).toBe(0);
    for (const line of p.out.trim().split('\n')) expect((JSON.parse(line) as { label: number }).label).toBeLessThan(5);
    const t = dnnc('train', model, '--checkpoint', out, '--per-class', '30');
    expect(t.code).toBe(0);
    expect(t.err).toContain('data mnist[5,6,7,8,9] (150/');
    const tooMany = dnnc('train', model, '--per-class', '5000');
    expect(tooMany.code).toBe(1);
    expect(tooMany.err).toContain('DNN4030');
    noStackTrace(tooMany.err);
  });

  it('search: one JSON line per trial with the sampled settings and their validation score', () => {
    const r = dnnc('search', 'examples/exercise8.dnn', '--space', 'lr=log:1e-3:2e-2; units=choice:50:100', '--trials', '2', '--epochs', '1', '--json');
    expect(r.code, r.err).toBe(0);
    const rows = r.out.trim().split('\n').map((l) => JSON.parse(l) as { trial: number; lr: number; units: number; val_accuracy: number });
    expect(rows.map((x) => x.trial)).toEqual([1, 2]);
    for (const x of rows) {
      expect(x.lr).toBeGreaterThanOrEqual(1e-3 * 0.999);
      expect(x.lr).toBeLessThanOrEqual(2e-2 * 1.001);
      expect([50, 100]).toContain(x.units);
      expect(x.val_accuracy).toBeGreaterThan(0.8);
    }
  });
});
