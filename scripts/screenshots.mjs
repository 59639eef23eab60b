#!/usr/bin/env node
// Makes the README's pictures, docs/images/playground.png, demo.png and curves.png, with Debian's
// Chromium (headless; WebGPU on SwiftShader) driven by playwright-core:
//   - the playground (`npm run playground`): exercise8.dnn trained 3 epochs, its learning rate
//     changed in the editor and trained again (two runs overlaid), the confusion matrix;
//   - the browser demo (`npm run demo`) after 3 epochs of training, with a 7 drawn by the mouse;
//   - curves.svg from `dnnc train examples/exercise8-bn.dnn --epochs 8 --backend wasm --log-dir DIR`.
// Each is reduced to 32 colours with pngquant when it is installed (apt-get install pngquant), to
// keep the repository small (~20 KB each). Takes a minute or two on a 2-core machine.
// usage: npm run build && node scripts/screenshots.mjs [playground|demo|curves]   (needs /usr/bin/chromium)
import { spawn, spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, renameSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';

const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const OUT = join(ROOT, 'docs', 'images');
const CHROMIUM = '/usr/bin/chromium';
const ARGS = ['--headless', '--no-sandbox', '--enable-unsafe-webgpu', '--enable-features=Vulkan', '--use-vulkan=swiftshader', '--use-webgpu-adapter=swiftshader', '--no-first-run'];

function startServer(script = 'examples/browser/serve.mjs') {
  const child = spawn(process.execPath, [join(ROOT, script)], { env: { ...process.env, PORT: '0' }, stdio: ['ignore', 'pipe', 'inherit'] });
  let out = '';
  return new Promise((res, rej) => {
    child.stdout.on('data', (d) => {
      out += d;
      const m = /http:\/\/localhost:\d+\//.exec(out);
      if (m) res({ child, url: m[0] });
    });
    child.on('exit', (code) => rej(new Error(`the demo server exited with ${code}`)));
  });
}

/** Writes `shot` to docs/images/NAME as a small PNG. */
function keep(shot, name) {
  mkdirSync(OUT, { recursive: true });
  const target = join(OUT, name);
  const small = spawnSync('pngquant', ['32', '--speed', '1', '--force', '--output', target, shot]);
  if (small.status !== 0) renameSync(shot, target);
  console.log(`${target}: ${(statSync(target).size / 1024).toFixed(0)} KB`);
}

async function demo(browser, tmp) {
  const { child, url } = await startServer();
  try {
    const page = await browser.newPage({ viewport: { width: 960, height: 640 } });
    await page.goto(`${url}?seed=7`);
    const demoState = () => page.evaluate(() => window.demo);
    await page.waitForFunction(() => window.demo?.status !== 'loading', undefined, { timeout: 300_000 });
    await page.fill('#epochs', '3');
    await page.click('#train');
    await page.waitForFunction(() => window.demo.status !== 'training', undefined, { timeout: 900_000 });
    const box = await page.locator('#pad').boundingBox();
    const seven = [[80, 60], [200, 60], [170, 120], [140, 180], [120, 240]];
    await page.mouse.move(box.x + seven[0][0], box.y + seven[0][1]);
    await page.mouse.down();
    for (const [x, y] of seven.slice(1)) await page.mouse.move(box.x + x, box.y + y, { steps: 4 });
    await page.mouse.up();
    await page.waitForFunction(() => window.demo.prediction !== null, undefined, { timeout: 60_000 });
    console.log('demo:', JSON.stringify({ ...(await demoState()), probabilities: undefined }));
    const shot = join(tmp, 'demo.png');
    await page.screenshot({ path: shot, fullPage: true });
    keep(shot, 'demo.png');
  } finally {
    child.kill();
  }
}

async function playground(browser, tmp) {
  const { child, url } = await startServer('examples/playground/serve.mjs');
  try {
    const page = await browser.newPage({ viewport: { width: 1280, height: 900 } });
    await page.goto(url);
    const ready = () => page.waitForFunction(() => window.playground?.compiles > 0 && !document.querySelector('#train').disabled, undefined, { timeout: 120_000 });
    const train = async () => {
      await page.fill('#epochs', '3');
      await page.click('#train');
      await page.waitForFunction(() => window.playground.status !== 'training', undefined, { timeout: 900_000 });
    };
    await ready();
    await train();
    const source = await page.evaluate(() => window.playground.source);
    await page.evaluate((t) => window.playground.setSource(t), source.replace('lr    = 0.01', 'lr    = 0.002'));
    await page.waitForFunction(() => window.playground.source.includes('0.002'), undefined, { timeout: 60_000 });
    await ready();
    await train();
    const s = await page.evaluate(() => window.playground);
    console.log('playground:', JSON.stringify({ backend: s.backend, runs: s.runs.map((r) => r.label), valAccuracy: s.valAccuracy, error: s.error }));
    const shot = join(tmp, 'playground.png');
    await page.screenshot({ path: shot, fullPage: true });
    keep(shot, 'playground.png');
  } finally {
    child.kill();
  }
}

async function curves(browser, tmp) {
  const logs = join(tmp, 'logs');
  const cli = join(ROOT, 'dist/src/cli/main.js');
  const r = spawnSync(process.execPath, [cli, 'train', join(ROOT, 'examples/exercise8-bn.dnn'), '--epochs', '8', '--backend', 'wasm', '--log-dir', logs], { stdio: 'inherit' });
  if (r.status !== 0) throw new Error(`dnnc train exited with ${r.status}`);
  const page = await browser.newPage({ viewport: { width: 800, height: 300 } });
  await page.goto(pathToFileURL(join(logs, 'curves.svg')).href);
  const shot = join(tmp, 'curves.png');
  await page.locator('svg').screenshot({ path: shot });
  keep(shot, 'curves.png');
}

if (!existsSync(CHROMIUM)) {
  console.error(`screenshots: ${CHROMIUM} not found (apt-get install chromium)`);
  process.exit(1);
}
const { chromium } = await import('playwright-core');
const browser = await chromium.launch({ executablePath: CHROMIUM, args: ARGS });
const tmp = mkdtempSync(join(tmpdir(), 'dnnc-shots-'));
try {
  const which = process.argv.slice(2);
  if (!which.length || which.includes('playground')) await playground(browser, tmp);
  if (!which.length || which.includes('curves')) await curves(browser, tmp);
  if (!which.length || which.includes('demo')) await demo(browser, tmp);
} finally {
  await browser.close();
  rmSync(tmp, { recursive: true, force: true });
}
