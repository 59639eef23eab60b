// The wasm target on worker threads computes the same bits as on one: mnist-bn (batch norm over
// the batch, ELU, softmax cross-entropy) trained for a few steps on 1, 2 and 3 threads gives the
// same loss at every epoch, the same validation numbers and the same checkpoint, byte for byte.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { compileSource } from '../../src/compiler/compile.js';
import { resolveImport } from '../../src/cli/source.js';
import { loadDataset } from '../../src/data/index.js';
import { dataOptions } from '../../src/cli/train.js';
import { Session } from '../../src/runtime/session.js';
import { openWasmDevice } from '../../src/runtime/wasm.js';
import { threadsUnavailable } from '../../src/runtime/wasmThreads.js';
import type { Artifact } from '../../src/contract/artifact.js';

const { artifact } = compileSource({ path: 'examples/mnist-bn.dnn', text: readFileSync('examples/mnist-bn.dnn', 'utf8') }, { resolveImport, wasm: true });

async function run(a: Artifact, threads: number): Promise<{ losses: number[]; val: number[]; checkpoint: Uint8Array; description: string }> {
  const handle = await openWasmDevice(a, { threads });
  const s = await Session.create(handle.device, a);
  try {
    const d = loadDataset(a.train.data, dataOptions({}, a));
    const split = (x: typeof d.train, n: number) => ({ count: n, features: [x.x.subarray(0, n * x.features)], labels: x.y.subarray(0, n) });
    s.setData('train', split(d.train, 800));
    s.setData('val', split(d.val, 400));
    await s.init(7);
    const losses: number[] = [];
    for (let e = 0; e < 2; e++) losses.push((await s.trainEpoch()).loss);
    const v = await s.evaluate('val');
    return { losses, val: [v.loss, ...Object.values(v.metrics)], checkpoint: await s.saveCheckpoint(), description: handle.adapterInfo.description };
  } finally {
    s.destroy();
    handle.device.destroy();
  }
}

describe('the wasm target on threads', () => {
  it('mnist-bn: the matmuls come in parts (what threads split)', () => {
    const parts = artifact.wasm!.kernels.filter((k) => k.parts !== undefined).map((k) => k.parts!);
    expect(parts.length).toBeGreaterThanOrEqual(5);
    expect(Math.max(...parts)).toBeGreaterThan(8);
  });

  it('1, 2 and 3 threads: the same losses, validation numbers and checkpoint bytes', async () => {
    const one = await run(artifact, 1);
    expect(one.description).toContain('one thread');
    expect(one.losses.every(Number.isFinite)).toBe(true);
    for (const threads of [2, 3]) {
      const r = await run(artifact, threads);
      expect(r.description).toContain(`${threads} threads`);
      expect(r.losses).toEqual(one.losses);
      expect(r.val).toEqual(one.val);
      expect(Buffer.from(r.checkpoint).equals(Buffer.from(one.checkpoint))).toBe(true);
    }
  }, 60_000);

  it('a model with nothing to split starts no workers, and says so', async () => {
    const single = { ...artifact, wasm: { ...artifact.wasm!, kernels: artifact.wasm!.kernels.map((k) => (k.parts ? { ...k, parts: 1 } : k)) } };
    const handle = await openWasmDevice(single, { threads: 2 });
    expect(handle.adapterInfo.description).toBe('WebAssembly SIMD on the CPU (one thread: no kernel of this model runs in parts)');
    handle.device.destroy();
  });

  it('a thread count that is not an integer from 1 to 64 is DNN5034', async () => {
    for (const threads of [0, -1, 1.5, 65, Number.NaN]) {
      await expect(openWasmDevice(artifact, { threads })).rejects.toMatchObject({ diagnostics: [{ code: 'DNN5034' }] });
    }
  });

  it('an artifact whose module imports its memory without a maximum runs on one thread, and says why', async () => {
    const bytes = Uint8Array.from(atob(artifact.wasm!.module), (c) => c.charCodeAt(0));
    // The memory import's limits as dnnc writes them: flag 1, min 1, max 65536 (LEB 80 80 04).
    const at = bytes.findIndex((_, i) => [0x02, 0x01, 0x01, 0x80, 0x80, 0x04].every((x, k) => bytes[i + k] === x));
    expect(at).toBeGreaterThan(0);
    // As modules were before threads: flag 0 (no maximum), min 1 written over four bytes (same length).
    const old = bytes.slice();
    old.set([0x00, 0x81, 0x80, 0x80, 0x00], at + 1);
    const a = { ...artifact, wasm: { ...artifact.wasm!, module: btoa(String.fromCharCode(...old)) } };
    const r = await run(a, 2);
    expect(r.description).toContain('one thread: the artifact was compiled before');
    const one = await run(artifact, 1);
    expect(r.losses).toEqual(one.losses);
  }, 60_000);
});

describe('where threads run', () => {
  const browser = { SharedArrayBuffer, Atomics, Worker: class {} };
  it('Node runs them; a browser page only when cross-origin isolated, else one thread and the reason', () => {
    expect(threadsUnavailable()).toBeNull();
    expect(threadsUnavailable({ ...browser, crossOriginIsolated: true })).toBeNull();
    expect(threadsUnavailable({ ...browser, crossOriginIsolated: false })).toMatch(/not cross-origin isolated/);
    expect(threadsUnavailable({ Atomics, Worker: class {} })).toMatch(/no SharedArrayBuffer/);
    expect(threadsUnavailable({ SharedArrayBuffer, Atomics, crossOriginIsolated: true })).toMatch(/no Web Workers/);
  });

  it('Session.open passes threads to the wasm device (0 is refused there)', async () => {
    for (const threads of [1, 2]) {
      const s = await Session.open(artifact, { backends: ['wasm'], threads });
      expect(s.backend?.backend).toBe('wasm');
      s.destroy();
      s.device.destroy();
    }
    await expect(Session.open(artifact, { backends: ['wasm'], threads: 0 })).rejects.toMatchObject({ diagnostics: [{ code: 'DNN5034' }] });
  });
});
