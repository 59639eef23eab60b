// The browser demo (examples/browser, `npm run demo`) as a person uses it, in headless Chromium
// (Debian's package; WebGPU on SwiftShader): the page trains an epoch with its learning curve,
// a digit drawn with the mouse is classified, and the first epoch's loss equals the one the same
// bundle and seed give in Node (Dawn) — one artifact, the same numbers everywhere. Skipped (and
// said so) where Chromium is not installed. The screenshot lands in a temporary folder.
import { spawn, type ChildProcess } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser, Page } from 'playwright-core';
import { loadArtifact } from '../../src/runtime/files.js';
import { getSharedNodeDevice, Session } from '../../src/runtime/node.js';

const CHROMIUM = '/usr/bin/chromium';
const ARGS = [
  '--headless', '--no-sandbox', '--enable-unsafe-webgpu', '--enable-features=Vulkan', '--use-vulkan=swiftshader',
  '--use-webgpu-adapter=swiftshader', '--disable-background-networking', '--disable-component-update', '--disable-sync',
  '--no-first-run', '--disable-quic',
];

interface DemoState {
  status: string;
  backend: 'webgpu' | 'wasm' | null;
  epoch: number;
  valAccuracy: number;
  prediction: number | null;
  probabilities: number[] | null;
  history: { epoch: number; loss: number; valLoss: number; valAccuracy: number }[];
  error: string | null;
}

/** Starts `node examples/browser/serve.mjs` on a free port; resolves with the URL it prints. */
function startServer(): Promise<{ child: ChildProcess; url: string }> {
  const child = spawn(process.execPath, ['examples/browser/serve.mjs'], { env: { ...process.env, PORT: '0' }, stdio: ['ignore', 'pipe', 'pipe'] });
  let out = '';
  let err = '';
  return new Promise((resolve, reject) => {
    child.stdout!.on('data', (d: Buffer) => {
      out += d.toString();
      const m = /http:\/\/localhost:\d+\//.exec(out);
      if (m) resolve({ child, url: m[0] });
    });
    child.stderr!.on('data', (d: Buffer) => (err += d.toString()));
    child.on('exit', (code) => reject(new Error(`the demo server exited with ${code}: ${err}`)));
  });
}

/** Draws a polyline on the page's canvas with the mouse (points in canvas pixels, 280×280). */
async function draw(page: Page, points: readonly (readonly [number, number])[]): Promise<number> {
  await page.click('#clear');
  const box = (await page.locator('#pad').boundingBox())!;
  await page.mouse.move(box.x + points[0]![0], box.y + points[0]![1]);
  await page.mouse.down();
  for (const [x, y] of points.slice(1)) await page.mouse.move(box.x + x, box.y + y, { steps: 4 });
  await page.mouse.up();
  await page.waitForFunction(() => (window as unknown as { demo: DemoState }).demo.prediction !== null, undefined, { timeout: 60_000 });
  return (await state(page)).prediction!;
}

const state = (page: Page) => page.evaluate(() => (window as unknown as { demo: DemoState }).demo);

/** The first epoch's loss of the demo's bundle and data, trained in Node with the page's seed (on WebGPU, or on wasm). */
async function firstEpochLossInNode(seed: number, backend: 'webgpu' | 'wasm' = 'webgpu'): Promise<number> {
  const meta = JSON.parse(readFileSync('dist/demo/mnist.json', 'utf8')) as { train: number; val: number; pixels: number };
  const bytes = new Uint8Array(readFileSync('dist/demo/mnist.bin'));
  const total = meta.train + meta.val;
  const split = (start: number, count: number) => ({
    count,
    features: bytes.subarray(start * meta.pixels, (start + count) * meta.pixels),
    labels: Int32Array.from(bytes.subarray(total * meta.pixels + start, total * meta.pixels + start + count)),
  });
  const s = backend === 'webgpu'
    ? await Session.create((await getSharedNodeDevice()).device, await loadArtifact('dist/demo/digits.json'), { seed })
    : await Session.open('dist/demo/digits.json', { seed, backends: ['wasm'] });
  s.setData('train', split(0, meta.train));
  s.setData('val', split(meta.train, meta.val));
  const r = await s.fit({ epochs: 1 });
  s.dispose();
  return r.history[0]!.loss;
}

describe.skipIf(!existsSync(CHROMIUM))('the browser demo in headless Chromium (WebGPU on SwiftShader)', () => {
  let server: ChildProcess | undefined;
  let url = '';
  let browser: Browser;

  beforeAll(async () => {
    ({ child: server, url } = await startServer());
    const { chromium } = await import('playwright-core');
    browser = await chromium.launch({ executablePath: CHROMIUM, args: ARGS });
  });

  afterAll(async () => {
    await browser?.close();
    server?.kill();
  });

  it('trains with a learning curve, classifies drawn digits, and matches Node epoch for epoch', async () => {
    const page = await browser.newPage();
    const errors: string[] = [];
    page.on('pageerror', (e) => errors.push(e.message));
    await page.goto(`${url}?seed=7&backend=webgpu`);
    await page.waitForFunction(() => (window as unknown as { demo?: DemoState }).demo?.status !== 'loading', undefined, { timeout: 120_000 });
    expect((await state(page)).status).toBe('ready');
    await page.fill('#epochs', '1');
    await page.click('#train');
    await page.waitForFunction(() => (window as unknown as { demo: DemoState }).demo.status !== 'training', undefined, { timeout: 240_000 });
    const s = await state(page);
    expect(s.error).toBeNull();
    expect(s.backend).toBe('webgpu');
    expect(s.epoch).toBe(1);
    expect(s.valAccuracy).toBeGreaterThan(0.8);
    expect(await page.locator('#chart polyline').count()).toBe(2);
    expect(await page.locator('#epochs-table tbody tr').count()).toBe(1);

    // A vertical stroke, an ellipse and a seven, drawn with the mouse as a person would.
    expect(await draw(page, [[140, 40], [140, 240]])).toBe(1);
    const ellipse = Array.from({ length: 25 }, (_, i) => [140 + 60 * Math.sin((Math.PI * i) / 12), 140 - 90 * Math.cos((Math.PI * i) / 12)] as const);
    expect(await draw(page, ellipse)).toBe(0);
    expect(await draw(page, [[80, 60], [200, 60], [170, 120], [140, 180], [120, 240]])).toBe(7);
    const p = (await state(page)).probabilities!;
    expect(p).toHaveLength(10);
    expect(p.reduce((a, b) => a + b, 0)).toBeCloseTo(1, 4);
    expect(await page.locator('#prediction').textContent()).toBe('7');

    const shot = join(mkdtempSync(join(tmpdir(), 'dnnc-demo-')), 'demo.png');
    await page.screenshot({ path: shot, fullPage: true });
    console.log(`demo screenshot: ${shot}`);

    // One artifact, one seed: Chromium (SwiftShader) and Node (Dawn) agree on the first epoch.
    const node = await firstEpochLossInNode(7);
    expect(Math.abs(s.history[0]!.loss - node) / Math.abs(node)).toBeLessThan(1e-4);
    expect(errors).toEqual([]);
  }, 300_000);

  it('without ?backend, picks wasm over SwiftShader (a software adapter) and says why', async () => {
    const page = await browser.newPage();
    await page.goto(url);
    await page.waitForFunction(() => (window as unknown as { demo?: DemoState }).demo?.status !== 'loading', undefined, { timeout: 120_000 });
    expect(await state(page)).toMatchObject({ status: 'ready', backend: 'wasm' });
    expect(await page.locator('#status').textContent()).toMatch(/on WebAssembly on the CPU \(.*(swiftshader|software renderer).*\)/i);
  }, 180_000);

  it('trains on the CPU (wasm) in a browser without WebGPU, to the loss Node gives on wasm', async () => {
    const page = await browser.newPage();
    const errors: string[] = [];
    page.on('pageerror', (e) => errors.push(e.message));
    await page.addInitScript(() => {
      delete (Navigator.prototype as { gpu?: unknown }).gpu;
    });
    await page.goto(`${url}?seed=7`);
    await page.waitForFunction(() => (window as unknown as { demo?: DemoState }).demo?.status !== 'loading', undefined, { timeout: 120_000 });
    expect(await state(page)).toMatchObject({ status: 'ready', backend: 'wasm' });
    // The model runs in a worker, whose navigator this test cannot strip: it finds no adapter, or SwiftShader's.
    expect(await page.locator('#status').textContent()).toMatch(/on WebAssembly on the CPU \((no WebGPU adapter|.*software renderer.*)\)/);
    // The demo server sends COOP/COEP: the page is cross-origin isolated, so wasm gets its threads.
    expect(await page.locator('#status').textContent()).not.toMatch(/one thread:/);
    await page.fill('#epochs', '1');
    await page.click('#train');
    await page.waitForFunction(() => (window as unknown as { demo: DemoState }).demo.status !== 'training', undefined, { timeout: 240_000 });
    const s = await state(page);
    expect(s.error).toBeNull();
    expect(s.valAccuracy).toBeGreaterThan(0.8);
    expect(await draw(page, [[140, 40], [140, 240]])).toBe(1);
    const node = await firstEpochLossInNode(7, 'wasm');
    expect(Math.abs(s.history[0]!.loss - node) / Math.abs(node)).toBeLessThan(1e-6);
    expect(errors).toEqual([]);
  }, 300_000);
});
