// The embedding API (docs/runtime.md): loadArtifact from every kind of source, with the artifact
// checked where it enters; Session.fit applying the model's whole regimen (the loop `dnnc train`
// runs too); typed errors for misuse; checkpoints through bytes and files.
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { describe, expect, it } from 'vitest';
import { compileSource } from '../../src/compiler/compile.js';
import { ARTIFACT_VERSION, planOf, type Artifact } from '../../src/contract/artifact.js';
import { DnnError } from '../../src/contract/diagnostics.js';
import { bundleOf, loadArtifact as loadAnywhere } from '../../src/runtime/artifact.js';
import { loadArtifact, loadCheckpointFile, saveCheckpointFile, writeArtifactBundle, writeArtifactDir } from '../../src/runtime/files.js';
import { getSharedNodeDevice } from '../../src/runtime/node.js';
import { Session } from '../../src/runtime/session.js';
import { sessionFor } from '../helpers/gpu.js';

const NET = (train: string) => `
model m
input X: f32[batch, 784]
input y: i32[batch]
hidden = dense(X, 32, activation: relu, name: "hidden")
logits = dense(hidden, 10, name: "outputs")
loss = mean(sparse_softmax_cross_entropy(logits, y))
metric accuracy = mean(in_top_k(logits, y, 1))
output probabilities = softmax(logits)
train {
  batch_size = 100
  optimizer = sgd(learning_rate: 0.05)
  ${train}
}`;

/** The DnnError code a call throws (sync or async). */
async function codeOf(f: () => unknown): Promise<string> {
  try {
    await f();
  } catch (e) {
    if (e instanceof DnnError) return e.diagnostics[0]!.code;
    throw e;
  }
  throw new Error('expected a DnnError');
}

const kernelsOf = (a: Artifact) => a.kernels.map((k) => [k.name, k.wgsl]);

describe('loadArtifact', () => {
  const { artifact } = compileSource({ path: 'm.dnn', text: NET('') });
  const dir = mkdtempSync(join(tmpdir(), 'dnnc-load-'));
  writeArtifactDir(join(dir, 'art'), artifact);
  writeArtifactBundle(join(dir, 'bundle.json'), artifact);

  it('reads the same artifact from a bundle file, a directory, its plan.json, a file URL, bytes and an object', async () => {
    const want = kernelsOf(artifact);
    const bundleBytes = new Uint8Array(readFileSync(join(dir, 'bundle.json')));
    const sources = [join(dir, 'bundle.json'), join(dir, 'art'), join(dir, 'art', 'plan.json'), pathToFileURL(join(dir, 'bundle.json')), bundleBytes, JSON.parse(bundleOf(artifact))];
    for (const s of sources) expect(kernelsOf(await loadArtifact(s))).toEqual(want);
    expect(kernelsOf(await loadAnywhere(bundleBytes.buffer.slice(bundleBytes.byteOffset, bundleBytes.byteOffset + bundleBytes.length)))).toEqual(want);
  });

  it('fetches a bundle, and a plan.json with its kernel files, by URL', async () => {
    const server = createServer((req, res) => {
      const path = (req.url ?? '/').split('?')[0]!;
      try {
        res.end(readFileSync(join(dir, path.startsWith('/art/') ? path : '/bundle.json')));
      } catch {
        res.statusCode = 404;
        res.end();
      }
    });
    await new Promise<void>((r) => server.listen(0, '127.0.0.1', r));
    const base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
    try {
      for (const url of [`${base}/bundle.json`, `${base}/art/`, `${base}/art/plan.json`]) expect(kernelsOf(await loadAnywhere(url))).toEqual(kernelsOf(artifact));
      expect(await codeOf(() => loadAnywhere(`${base}/art/missing/`))).toBe('DNN6031');
    } finally {
      server.close();
    }
  });

  it('refuses another format version with DNN6030, naming both versions', async () => {
    const other = { ...JSON.parse(bundleOf(artifact)), version: ARTIFACT_VERSION + 1 };
    writeFileSync(join(dir, 'v2.json'), JSON.stringify(other));
    await expect(loadArtifact(join(dir, 'v2.json'))).rejects.toThrow(`artifact format version ${ARTIFACT_VERSION + 1}; this runtime reads version ${ARTIFACT_VERSION}`);
    expect(await codeOf(() => loadArtifact(join(dir, 'v2.json')))).toBe('DNN6030');
    expect(await codeOf(() => loadAnywhere(other))).toBe('DNN6030');
  });

  it('rejects what is not a complete, consistent artifact (DNN6002), bad sources (DNN6031) and missing files (DNN6001)', async () => {
    const bundle = () => JSON.parse(bundleOf(artifact)) as Record<string, unknown> & { entries: Record<string, unknown[]> };
    const outOfRange = bundle();
    outOfRange.entries['train_step'] = [{ dispatch: 0, buffers: [10_000], workgroups: [1, 1, 1] }];
    const cases: [unknown, string][] = [
      [{ format: 'something-else', version: 1 }, 'DNN6002'],
      [JSON.parse(JSON.stringify(planOf(artifact))), 'DNN6002'], // kernels by file name, not inline
      [outOfRange, 'DNN6002'],
      [{ ...bundle(), buffers: 'no' }, 'DNN6002'],
      [{ ...bundle(), train: { ...artifact.train, augment: { shift: 2, rotate: 500, scale: 0, image: [28, 28] } } }, 'DNN6002'],
      [{ ...bundle(), train: { ...artifact.train, augment: { shift: 2 } } }, 'DNN6002'],
      [{ ...bundle(), train: { ...artifact.train, cache: { layers: 'hidden1', eval: true } } }, 'DNN6002'],
      [new TextEncoder().encode('{"format": "dnnc-artifact", '), 'DNN6002'],
      [42, 'DNN6031'],
    ];
    for (const [source, code] of cases) expect(await codeOf(() => loadAnywhere(source as Uint8Array)), JSON.stringify(source).slice(0, 60)).toBe(code);
    expect(await codeOf(() => loadAnywhere('http://127.0.0.1:9/x.json', { fetch: async () => new Response('', { status: 404 }) }))).toBe('DNN6031');
    expect(await codeOf(() => loadArtifact(join(dir, 'nothing-here.json')))).toBe('DNN6001');
    // Reading is bounded even when the server sends no length: the stream is counted as it comes.
    const endless = () => new Response(new ReadableStream({ pull: (c) => c.enqueue(new Uint8Array(512).fill(32)) }));
    await expect(loadAnywhere('http://127.0.0.1:9/big.json', { fetch: async () => endless(), maxBytes: 4096 })).rejects.toThrow('larger than 4096 bytes');
    expect(await codeOf(() => loadAnywhere(new Uint8Array(5000), { maxBytes: 4096 }))).toBe('DNN6031');
    const escaping = JSON.parse(JSON.stringify(planOf(artifact))) as { kernels: { file: string }[] };
    escaping.kernels[0]!.file = '../../etc/passwd';
    writeFileSync(join(dir, 'art', 'plan.json'), JSON.stringify(escaping));
    expect(await codeOf(() => loadArtifact(join(dir, 'art')))).toBe('DNN6002');
  });

  it('Session.create checks the artifact too: a plan without its kernels is DNN6002, not a WebGPU failure', async () => {
    const { device } = await getSharedNodeDevice();
    expect(await codeOf(() => Session.create(device, planOf(artifact)))).toBe('DNN6002');
  });
});

describe('Session.fit applies the model regimen as dnnc train does', () => {
  it('early stopping stops, restores the best weights, and reports it', async () => {
    // min_delta 10: no epoch after the first improves, so patience 2 stops after epoch 3.
    const s = await sessionFor(NET('early_stopping = early_stopping(monitor: "val_loss", patience: 2, min_delta: 10)'), { train: 1000 });
    const seen: number[] = [];
    const r = await s.fit({ epochs: 6, onEpoch: (e) => void seen.push(e.epoch) });
    expect(seen).toEqual([1, 2, 3]);
    expect(r).toMatchObject({ epochs: 3, stoppedEarly: true, restoredBest: true, interrupted: false });
    expect(r.history.map((e) => e.stop)).toEqual([false, false, true]);
    expect((await s.evaluate('val')).loss).toBeCloseTo(r.history[0]!.val.loss, 5);
    s.dispose();
  });

  it('reduce-on-plateau reports its learning-rate factor each epoch', async () => {
    const s = await sessionFor(NET('reduce_lr_on_plateau = reduce_lr_on_plateau(factor: 0.5, patience: 1, min_delta: 10)'), { train: 500 });
    const r = await s.fit({ epochs: 3 });
    expect(r.history.map((e) => e.lrScale)).toEqual([1, 0.5, 0.25]);
    s.dispose();
  });

  it.each(['end', 'epoch'])('prune (when: %s) runs: every pruned weight is 0 or at least the threshold', async (when) => {
    const s = await sessionFor(NET(`prune = prune(threshold: 0.02, params: "hidden/kernel", when: "${when}")`), { train: 500 });
    let zerosAfterFirst = -1;
    await s.fit({
      epochs: 2,
      onEpoch: async (e) => {
        if (e.epoch === 1) zerosAfterFirst = (await s.readState('hidden/kernel')).filter((v) => v === 0).length;
      },
    });
    const w = await s.readState('hidden/kernel');
    expect(w.filter((v) => v === 0).length).toBeGreaterThan(100);
    expect(w.every((v) => v === 0 || Math.abs(v) >= 0.02)).toBe(true);
    // 'epoch' prunes after every epoch; 'end' only once, after the last.
    if (when === 'epoch') expect(zerosAfterFirst).toBeGreaterThan(100);
    else expect(zerosAfterFirst).toBeLessThan(10);
    s.dispose();
  });

  it('onEpoch returning false stops after that epoch; epochs defaults to the model', async () => {
    const s = await sessionFor(NET('epochs = 2'), { train: 300 });
    expect(await s.fit({ onEpoch: () => false })).toMatchObject({ epochs: 1, interrupted: true });
    expect((await s.fit()).history.map((e) => e.epoch)).toEqual([1, 2]);
    s.dispose();
  });

  it('misuse is a typed error: bad epochs or seed (DNN6033), a disposed session (DNN6032)', async () => {
    const s = await sessionFor(NET(''), { train: 300 });
    expect(await codeOf(() => s.fit({ epochs: 0 }))).toBe('DNN6033');
    await expect(s.fit({ epochs: 1, valSplit: 'holdout' })).rejects.toThrow("fit needs 'holdout' data");
    expect(await codeOf(() => s.init(-1))).toBe('DNN6033');
    expect(await codeOf(() => s.setData('val', { count: 1, features: new Float32Array(784), labels: [0] as unknown as Int32Array }))).toBe('DNN4001');
    s.dispose();
    expect(await codeOf(() => s.fit({ epochs: 1 }))).toBe('DNN6032');
    expect(await codeOf(() => s.predict(new Float32Array(784)))).toBe('DNN6032');
  });

  it('checkpoints: bytes and files restore a session that predicts the same', async () => {
    const a = await sessionFor(NET(''), { train: 500, seed: 3 });
    await a.fit({ epochs: 1 });
    const b = await sessionFor(NET(''), { train: 500, seed: 4 });
    const x = Uint8Array.from({ length: 3 * 784 }, (_, i) => (i * 29) % 256);
    const want = (await a.predict(x)).probabilities!;
    expect((await b.predict(x)).probabilities).not.toEqual(want);
    const path = join(mkdtempSync(join(tmpdir(), 'dnnc-ckpt-')), 'm.safetensors');
    await saveCheckpointFile(a, path);
    expect(loadCheckpointFile(b, path).length).toBeGreaterThan(4);
    expect((await b.predict(x)).probabilities).toEqual(want);
    b.loadCheckpoint(await a.saveCheckpoint());
    expect((await b.predict(x, 3)).probabilities).toEqual(want);
    a.dispose();
    b.dispose();
  });
});
