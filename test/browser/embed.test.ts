// The runtime embedded in a real browser: headless Chromium (Debian's package) runs WebGPU on
// SwiftShader, loads the browser-safe runtime as plain ES modules from dist/, fetches an
// artifact as JSON and trains on the GPU. Skipped (and said so) where Chromium is not installed;
// .ci/run installs it.
import { existsSync, readFileSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { join, normalize } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { compileSource } from '../../src/compiler/compile.js';
import { loadMnist } from '../../src/data/mnist.js';

const CHROMIUM = '/usr/bin/chromium';
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

describe.skipIf(!existsSync(CHROMIUM))('the runtime in headless Chromium (WebGPU on SwiftShader)', () => {
  let server: Server;
  let url = '';

  beforeAll(async () => {
    const { artifact } = compileSource({ path: 'embed.dnn', text: MODEL });
    const d = loadMnist();
    const n = { train: 2000, val: 500 };
    const files: Record<string, Uint8Array | string> = {
      '/artifact.json': JSON.stringify(artifact),
      '/data.json': JSON.stringify(n),
      '/train-x.bin': d.train.x.subarray(0, n.train * 784) as Uint8Array,
      '/train-y.bin': new Uint8Array(d.train.y.slice(0, n.train).buffer),
      '/val-x.bin': d.val.x.subarray(0, n.val * 784) as Uint8Array,
      '/val-y.bin': new Uint8Array(d.val.y.slice(0, n.val).buffer),
      '/': readFileSync('test/browser/embed.html', 'utf8'),
    };
    server = createServer((req, res) => {
      const path = (req.url ?? '/').split('?')[0]!;
      const body = files[path] ?? (path.startsWith('/dist/') && existsSync(join('.', normalize(path))) ? readFileSync(join('.', normalize(path))) : undefined);
      if (body === undefined) {
        res.statusCode = 404;
        res.end();
        return;
      }
      res.setHeader('content-type', path.endsWith('.js') ? 'text/javascript' : path === '/' ? 'text/html' : 'application/octet-stream');
      res.end(body);
    });
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    // localhost, not 127.0.0.1: WebGPU needs a secure context, and localhost is one.
    url = `http://localhost:${(server.address() as AddressInfo).port}/`;
  });

  afterAll(() => new Promise<void>((resolve) => (server ? server.close(() => resolve()) : resolve())));

  it('trains a model from a fetched artifact, with one read-back per epoch and evaluation', async () => {
    const { chromium } = await import('playwright-core');
    const browser = await chromium.launch({
      executablePath: CHROMIUM,
      args: [
        '--headless', '--no-sandbox', '--enable-unsafe-webgpu', '--enable-features=Vulkan', '--use-vulkan=swiftshader',
        '--use-webgpu-adapter=swiftshader', '--disable-background-networking', '--disable-component-update', '--disable-sync',
        '--no-first-run', '--disable-quic',
      ],
    });
    try {
      const page = await browser.newPage();
      await page.goto(url);
      await page.waitForFunction(() => (window as unknown as { __result?: unknown }).__result !== undefined, undefined, { timeout: 240_000 });
      const r = (await page.evaluate(() => (window as unknown as { __result: unknown }).__result)) as {
        error?: string;
        adapter: { architecture: string };
        epochs: { loss: number; val_loss: number; val_accuracy: number }[];
        stats: { readbacks: number };
        probs: number[];
      };
      expect(r.error).toBeUndefined();
      expect(r.epochs).toHaveLength(2);
      for (const e of r.epochs) expect(Number.isFinite(e.loss)).toBe(true);
      expect(r.epochs[1]!.loss).toBeLessThan(r.epochs[0]!.loss);
      expect(r.epochs[1]!.val_accuracy).toBeGreaterThan(0.8);
      // two epochs and two evaluations read back once each; predict reads its outputs once
      expect(r.stats.readbacks).toBe(5);
      expect(r.probs.slice(0, 10).reduce((a, b) => a + b, 0)).toBeCloseTo(1, 4);
    } finally {
      await browser.close();
    }
  }, 300_000);
});
