// The WebAssembly target in a real browser: headless Chromium (Debian's package) with WebGPU
// switched off and navigator.gpu removed loads the browser-safe runtime as plain ES modules from
// dist/, fetches an artifact compiled with the wasm target, opens openWasmDevice and trains. The
// first epoch's loss must equal the one the same artifact, data and seed give in Node on the wasm
// target: one artifact, the same numbers in both JavaScript engines. Skipped (and said so) where
// Chromium is not installed; .ci/run installs it.
import { existsSync, readFileSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { join, normalize } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Artifact } from '../../src/contract/artifact.js';
import { compileSource } from '../../src/compiler/compile.js';
import { loadMnist } from '../../src/data/mnist.js';
import { Session } from '../../src/runtime/session.js';
import { openWasmDevice } from '../../src/runtime/wasm.js';

const CHROMIUM = '/usr/bin/chromium';
// No WebGPU flags, and the GPU process off: the page must not need either.
const ARGS = ['--headless', '--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run', '--disable-quic'];
const MODEL = `
model embed
input X: f32[batch, 784]
input y: i32[batch]
hidden = dense(X, 64, activation: relu, kernel_initializer: "he_normal")
logits = dense(hidden, 10)
loss = mean(sparse_softmax_cross_entropy(logits, y))
metric accuracy = mean(in_top_k(logits, y, 1))
output probabilities = softmax(logits)
train {
  optimizer = adam(learning_rate: 0.002)
  batch_size = 100
}`;
const RUN = { train: 2000, val: 500, seed: 5, epochs: 2 };

interface Split {
  x: Uint8Array;
  y: Int32Array;
}
interface PageEpoch {
  loss: number;
  val_loss: number;
  val_accuracy: number;
}
interface PageResult {
  error?: string;
  hasGpu: boolean;
  adapter: { architecture: string; backend: string };
  epochs: PageEpoch[];
  probs: number[];
  seconds: number;
}

/** What the page does (test/browser/wasm.html), in Node: the reference losses. */
async function trainInNode(artifact: Artifact, train: Split, val: Split): Promise<PageEpoch[]> {
  const session = await Session.create((await openWasmDevice(artifact)).device, artifact);
  try {
    session.setData('train', { count: RUN.train, features: train.x, labels: train.y });
    session.setData('val', { count: RUN.val, features: val.x, labels: val.y });
    await session.init(RUN.seed);
    const epochs: PageEpoch[] = [];
    await session.fit({ epochs: RUN.epochs, onEpoch: (e) => void epochs.push({ loss: e.loss, val_loss: e.val.loss, val_accuracy: e.valAccuracy }) });
    return epochs;
  } finally {
    session.destroy();
  }
}

/** Serves the page, the artifact, the data and dist/ on localhost; resolves with the server. */
async function serve(files: Record<string, Uint8Array | string>): Promise<Server> {
  const server = createServer((req, res) => {
    const path = (req.url ?? '/').split('?')[0]!;
    const local = join('.', normalize(path));
    const body = files[path] ?? (path.startsWith('/dist/') && existsSync(local) ? readFileSync(local) : undefined);
    if (body === undefined) {
      res.statusCode = 404;
      res.end();
      return;
    }
    res.setHeader('content-type', path.endsWith('.js') ? 'text/javascript' : path === '/' || path === '/worker' ? 'text/html' : 'application/octet-stream');
    res.end(body);
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  return server;
}

describe.skipIf(!existsSync(CHROMIUM))('the wasm target in headless Chromium (no WebGPU)', () => {
  let server: Server | undefined;
  let url = '';
  let artifact: Artifact;
  let train: Split;
  let val: Split;

  beforeAll(async () => {
    artifact = compileSource({ path: 'embed.dnn', text: MODEL }, { wasm: true }).artifact;
    const d = loadMnist();
    // The bundled MNIST subset is bytes (pixels 0..255); the page fetches them as such.
    train = { x: d.train.x.subarray(0, RUN.train * 784) as Uint8Array, y: d.train.y.slice(0, RUN.train) };
    val = { x: d.val.x.subarray(0, RUN.val * 784) as Uint8Array, y: d.val.y.slice(0, RUN.val) };
    server = await serve({
      '/artifact.json': JSON.stringify(artifact),
      '/data.json': JSON.stringify(RUN),
      '/train-x.bin': train.x,
      '/train-y.bin': new Uint8Array(train.y.buffer),
      '/val-x.bin': val.x,
      '/val-y.bin': new Uint8Array(val.y.buffer),
      '/': readFileSync('test/browser/wasm.html', 'utf8'),
      '/worker': readFileSync('test/browser/worker.html', 'utf8'),
      // The example as an app's bundler would resolve it: the package's browser entry is dist/'s.
      '/worker.js': readFileSync('examples/browser/worker.js', 'utf8').replace("from 'dnnc/runtime'", "from '/dist/src/runtime/index.js'"),
    });
    url = `http://localhost:${(server.address() as AddressInfo).port}/`;
  });

  afterAll(() => new Promise<void>((resolve) => (server ? server.close(() => resolve()) : resolve())));

  it('trains a fetched wasm artifact with openWasmDevice, with the losses Node gives', async () => {
    const { chromium } = await import('playwright-core');
    const browser = await chromium.launch({ executablePath: CHROMIUM, args: ARGS });
    let r: PageResult;
    try {
      const page = await browser.newPage();
      // A browser without WebGPU: navigator.gpu is gone before the page's scripts run.
      await page.addInitScript(() => void delete (Navigator.prototype as unknown as { gpu?: unknown }).gpu);
      await page.goto(url);
      await page.waitForFunction(() => (window as unknown as { __result?: unknown }).__result !== undefined, undefined, { timeout: 240_000 });
      r = (await page.evaluate(() => (window as unknown as { __result: unknown }).__result)) as PageResult;
    } finally {
      await browser.close();
    }
    expect(r.error).toBeUndefined();
    expect(r.hasGpu).toBe(false);
    expect(r.adapter.backend).toBe('wasm');
    expect(r.epochs).toHaveLength(RUN.epochs);
    expect(r.epochs[1]!.loss).toBeLessThan(r.epochs[0]!.loss);
    expect(r.epochs[1]!.val_accuracy).toBeGreaterThan(0.8);
    expect(r.probs.slice(0, 10).reduce((a, b) => a + b, 0)).toBeCloseTo(1, 4);
    const node = await trainInNode(artifact, train, val);
    const rel = (a: number, b: number) => Math.abs(a - b) / Math.abs(b);
    console.log(`wasm in Chromium vs Node: ${JSON.stringify({ chromium: r.epochs, node, chromiumSeconds: r.seconds })}`);
    expect(rel(r.epochs[0]!.loss, node[0]!.loss)).toBeLessThan(1e-5);
    expect(rel(r.epochs[0]!.val_loss, node[0]!.val_loss)).toBeLessThan(1e-5);
  }, 300_000);

  it('Session.open in a Web Worker (examples/browser/worker.js): trains on wasm without WebGPU, the page stays responsive, the same losses as Node', async () => {
    const { chromium } = await import('playwright-core');
    const browser = await chromium.launch({ executablePath: CHROMIUM, args: ARGS });
    let r: PageResult & { backend: { backend: string; reason: string }; responsive: number };
    try {
      const page = await browser.newPage();
      await page.addInitScript(() => void delete (Navigator.prototype as unknown as { gpu?: unknown }).gpu);
      await page.goto(`${url}worker`);
      await page.waitForFunction(() => (window as unknown as { __result?: unknown }).__result !== undefined, undefined, { timeout: 240_000 });
      r = (await page.evaluate(() => (window as unknown as { __result: unknown }).__result)) as typeof r;
    } finally {
      await browser.close();
    }
    expect(r.error).toBeUndefined();
    // The test page is not cross-origin isolated: one thread, and the device says why.
    expect(r.backend).toEqual({ backend: 'wasm', reason: 'no WebGPU adapter', device: expect.stringMatching(/^WebAssembly SIMD on the CPU \(one thread: .*cross-origin isolated/) as unknown });
    expect(r.epochs).toHaveLength(RUN.epochs);
    expect(r.epochs[1]!.val_accuracy).toBeGreaterThan(0.8);
    expect(r.probs.slice(0, 10).reduce((a, b) => a + b, 0)).toBeCloseTo(1, 4);
    // The page's timer kept running while the worker trained (a blocked page would tick ~never).
    expect(r.responsive).toBeGreaterThan(0.5);
    const node = await trainInNode(artifact, train, val);
    expect(Math.abs(r.epochs[0]!.loss - node[0]!.loss) / node[0]!.loss).toBeLessThan(1e-5);
  }, 300_000);
});
