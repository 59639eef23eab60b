// Session.open: one call from an artifact (object, bytes, path or URL) to a ready session on the
// backend the automatic rule picks, or on the first of the caller's list that works.
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { describe, expect, it } from 'vitest';
import { compileSource } from '../../src/compiler/compile.js';
import type { Artifact } from '../../src/contract/artifact.js';
import { DnnError } from '../../src/contract/diagnostics.js';
import { bundleOf } from '../../src/runtime/artifact.js';
import { chooseBackend, isSoftwareAdapter } from '../../src/runtime/device.js';
import { getSharedNodeDevice, Session } from '../../src/runtime/node.js';

const NET = `
model m
input X: f32[batch, 20]
input y: i32[batch]
hidden = dense(X, 16, activation: relu, name: "hidden")
logits = dense(hidden, 3, name: "outputs")
loss = mean(sparse_softmax_cross_entropy(logits, y))
output probabilities = softmax(logits)
train {
  batch_size = 8
  optimizer = sgd(learning_rate: 0.05)
}`;

const compiled = (wasm: boolean): Artifact => compileSource({ path: 'm.dnn', text: NET }, { wasm }).artifact;
const x = Float32Array.from({ length: 4 * 20 }, (_, i) => Math.sin(i));

async function codeOf(f: () => Promise<unknown>): Promise<string> {
  try {
    await f();
  } catch (e) {
    if (e instanceof DnnError) return e.diagnostics.map((d) => `${d.code}: ${d.message} ${d.notes?.join(' ') ?? ''}`).join('\n');
    throw e;
  }
  return 'no error';
}

describe('Session.open', () => {
  it('picks the backend by the automatic rule and says why; an explicit list is tried in order', async () => {
    const artifact = compiled(true);
    const auto = await Session.open(artifact);
    const adapter = await getSharedNodeDevice().then((h) => h.adapterInfo, () => null);
    expect(auto.backend).toMatchObject(chooseBackend(adapter));
    if (adapter && isSoftwareAdapter(adapter)) expect(auto.backend?.backend).toBe('wasm');
    const wasm = await Session.open(artifact, { backends: ['wasm', 'webgpu'] });
    expect(wasm.backend?.backend).toBe('wasm');
    const [a, b] = [await auto.predict(x, 4), await wasm.predict(x, 4)];
    expect(Array.from(a['probabilities']!)).toEqual(Array.from(b['probabilities']!)); // same seed, same backend or f32-equal
    auto.destroy();
    wasm.destroy();
  });

  it('opens a bundle path, a file: URL and bytes, restores a checkpoint, and WebGPU agrees with wasm', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'dnnc-open-'));
    const bundle = join(dir, 'm.json');
    writeFileSync(bundle, bundleOf(compiled(true)));
    const first = await Session.open(bundle, { backends: ['wasm'], seed: 5 });
    const ckpt = join(dir, 'm.safetensors');
    const bytes = await first.saveCheckpoint();
    writeFileSync(ckpt, bytes);
    const want = Array.from((await first.predict(x, 4))['probabilities']!);
    const fromPath = await Session.open(pathToFileURL(bundle), { backends: ['wasm'], checkpoint: ckpt });
    expect(Array.from((await fromPath.predict(x, 4))['probabilities']!)).toEqual(want);
    const gpu = await Session.open(bundle, { backends: ['webgpu', 'wasm'], checkpoint: bytes }).catch(() => null);
    if (gpu?.backend?.backend === 'webgpu') {
      const got = (await gpu.predict(x, 4))['probabilities']!;
      got.forEach((v, i) => expect(Math.abs(v - want[i]!)).toBeLessThan(1e-5));
      gpu.destroy();
    }
    first.destroy();
    fromPath.destroy();
  });

  it('saves weights only (no optimizer slots or counters), which load for prediction and predict the same', async () => {
    const adam = compileSource({ path: 'a.dnn', text: NET.replace('sgd(learning_rate: 0.05)', 'adam(learning_rate: 0.01)') }, { wasm: true }).artifact;
    const s = await Session.open(adam, { backends: ['wasm'], seed: 3 });
    const split = { count: 16, features: Float32Array.from({ length: 16 * 20 }, (_, i) => Math.cos(i)), labels: Int32Array.from({ length: 16 }, (_, i) => i % 3) };
    s.setData('train', split);
    s.setData('val', split);
    await s.fit({ epochs: 1 });
    const [full, weights] = [await s.saveCheckpoint(), await s.saveCheckpoint({ epoch: '1' }, { weightsOnly: true })];
    const { decodeSafetensors } = await import('../../src/runtime/safetensors.js');
    const w = decodeSafetensors(weights);
    expect([...w.tensors.keys()].sort()).toEqual(['hidden/bias', 'hidden/kernel', 'outputs/bias', 'outputs/kernel']);
    expect(w.metadata).toMatchObject({ weights_only: 'true', epoch: '1' });
    expect(weights.length).toBeLessThan(full.length / 2.5); // Adam keeps two slots per weight
    const fresh = await Session.open(adam, { backends: ['wasm'], seed: 99, checkpoint: weights });
    expect(Array.from((await fresh.predict(x, 4))['probabilities']!)).toEqual(Array.from((await s.predict(x, 4))['probabilities']!));
    s.destroy();
    fresh.destroy();
  });

  it('refuses what it cannot open with a DnnError that says why', async () => {
    const plain = compiled(false);
    expect(await codeOf(() => Session.open(plain, { backends: ['wasm'] }))).toMatch(/^DNN5001: none of the backends .* wasm: the artifact carries no wasm target/);
    expect(await codeOf(() => Session.open(plain, { backends: [] }))).toMatch(/^DNN5001: Session.open was given no backends/);
    expect(await codeOf(() => Session.open(plain, { backends: ['cuda' as 'wasm'] }))).toMatch(/^DNN5001: unknown backend 'cuda'/);
    expect(await codeOf(() => Session.open(compiled(true), { checkpoint: '/nonexistent/m.safetensors' }))).toMatch(/^DNN6001/);
    expect(await codeOf(() => Session.open('/nonexistent/m.json'))).toMatch(/^DNN6001/);
    expect(await codeOf(() => Session.open(compiled(true), { checkpoint: new Uint8Array([1, 2, 3]) }))).toMatch(/^DNN4010: checkpoint is not a valid safetensors file/);
  });
});
