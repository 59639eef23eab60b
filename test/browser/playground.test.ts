// The playground (`npm run playground`, examples/playground) as a learner uses it, in headless
// Chromium (Debian's package): a model typed into the editor with a misspelled keyword gets the
// diagnostic at its line (the CLI's message), fixing it clears it; a misspelled argument gets the
// CLI's "did you mean"; the layer graph shows the model; one epoch trains in the worker (the
// automatic backend: wasm, SwiftShader being a software adapter) to validation accuracy > 0.8 with
// its curves, a confusion matrix and a weights download; a shared link loads the model and a bad
// one is refused with a message. Skipped where Chromium is not installed. The README's picture
// is made by scripts/screenshots.mjs, not here.
import { spawn, spawnSync, type ChildProcess } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser, Page } from 'playwright-core';

const CHROMIUM = '/usr/bin/chromium';
const ARGS = [
  '--headless', '--no-sandbox', '--enable-unsafe-webgpu', '--enable-features=Vulkan', '--use-vulkan=swiftshader',
  '--use-webgpu-adapter=swiftshader', '--disable-background-networking', '--disable-component-update', '--disable-sync',
  '--no-first-run', '--disable-quic',
];

interface PlaygroundState {
  status: string;
  source: string;
  path: string;
  diagnostics: { code: string; message: string; notes: string[]; suggestions: string[]; line?: number; column?: number; text: string }[];
  epoch: number;
  valAccuracy: number;
  nodes: { kind: string; name: string; shape: (string | number)[]; trainable: number; nonTrainable: number; frozen: boolean }[];
  backend: string | null;
  backendReason: string;
  runs: { label: string; history: unknown[] }[];
  confusion: number[][] | null;
  confusionCountedOn: string | null;
  error: string | null;
  checks: number;
  checkMs: number;
  compileMs: number;
  compiles: number;
}

/** Starts `node examples/playground/serve.mjs` on a free port; resolves with the URL it prints. */
export function startPlayground(): Promise<{ child: ChildProcess; url: string }> {
  const child = spawn(process.execPath, ['examples/playground/serve.mjs'], { env: { ...process.env, PORT: '0' }, stdio: ['ignore', 'pipe', 'pipe'] });
  let out = '';
  let err = '';
  return new Promise((resolve, reject) => {
    child.stdout!.on('data', (d: Buffer) => {
      out += d.toString();
      const m = /http:\/\/localhost:\d+\//.exec(out);
      if (m) resolve({ child, url: m[0] });
    });
    child.stderr!.on('data', (d: Buffer) => (err += d.toString()));
    child.on('exit', (code) => reject(new Error(`the playground server exited with ${code}: ${err}`)));
  });
}

const state = (page: Page) => page.evaluate(() => (window as unknown as { playground: PlaygroundState }).playground);

/** What `dnnc check` prints for `text` (the CLI's diagnostic, for comparing with the page's). */
function cliCheck(text: string): string {
  const file = join(mkdtempSync(join(tmpdir(), 'dnnc-pg-')), 'typed.dnn');
  writeFileSync(file, text);
  const r = spawnSync(process.execPath, ['dist/src/cli/main.js', 'check', file], { encoding: 'utf8' });
  return r.stderr.replaceAll(file, 'typed.dnn');
}

/** Waits until the page has checked the editor's current text (state.source is it) and returns the state. */
async function checked(page: Page, text: string): Promise<PlaygroundState> {
  await page.waitForFunction((t) => {
    const p = (window as unknown as { playground: PlaygroundState }).playground;
    return p.source === t;
  }, text, { timeout: 20_000 });
  return state(page);
}

describe.skipIf(!existsSync(CHROMIUM))('the playground in headless Chromium', () => {
  let server: ChildProcess | undefined;
  let url = '';
  let browser: Browser;

  beforeAll(async () => {
    ({ child: server, url } = await startPlayground());
    const { chromium } = await import('playwright-core');
    browser = await chromium.launch({ executablePath: CHROMIUM, args: ARGS });
  }, 120_000);

  afterAll(async () => {
    await browser?.close();
    server?.kill();
  });

  it('shows a typed mistake at its line as the CLI does, and trains the fixed model one epoch to > 0.8', async () => {
    const page = await browser.newPage({ viewport: { width: 1200, height: 900 } });
    const errors: string[] = [];
    page.on('pageerror', (e) => errors.push(e.message));
    await page.goto(url);
    await page.waitForFunction(() => ((window as unknown as { playground?: PlaygroundState }).playground?.compiles ?? 0) > 0, undefined, { timeout: 60_000 });

    // The menu: the examples that train on MNIST (found by compiling them), not the others.
    const menu = await page.locator('#examples option').evaluateAll((os) => os.map((o) => (o as HTMLOptionElement).value));
    expect(menu).toEqual(expect.arrayContaining(['exercise8.dnn', 'exercise8-bn.dnn', 'exercise8-dropout.dnn', 'mnist-bn.dnn', 'optimizers/adam.dnn']));
    for (const other of ['exercise10.dnn', 'own/tabular.dnn', 'mistakes/typo.dnn', 'lib/layers.dnn']) expect(menu).not.toContain(other);

    // The demo's model, typed with a misspelled keyword (`inptu` for `input`, on the line of y).
    const model = readFileSync('examples/browser/digits.dnn', 'utf8');
    const typo = model.replace('input y:', 'inptu y:');
    const line = typo.split('\n').findIndex((l) => l.startsWith('inptu')) + 1;
    await page.click('.cm-content');
    await page.keyboard.press('Control+A');
    await page.keyboard.press('Delete');
    await page.keyboard.insertText(typo);
    let s = await checked(page, typo);
    expect(s.diagnostics.map((d) => [d.code, d.line])).toEqual([['DNN1002', line]]);
    const typoCheckMs = s.checkMs;
    expect(s.diagnostics[0]!.text).toBe(cliCheck(typo).replace(/\n$/, '').replaceAll('typed.dnn', s.path));
    await page.waitForSelector('.cm-lintRange-error');
    expect(await page.locator('#train').isDisabled()).toBe(true);

    // Fixed by typing: select that line's first word (5 letters) and type the keyword.
    await page.keyboard.press('Control+Home');
    for (let i = 1; i < line; i++) await page.keyboard.press('ArrowDown');
    await page.keyboard.press('Home');
    for (let i = 0; i < 5; i++) await page.keyboard.press('Shift+ArrowRight');
    await page.keyboard.type('input');
    s = await checked(page, model);
    expect(s.diagnostics).toEqual([]);
    expect(typoCheckMs).toBeLessThan(200);
    console.log(`playground: diagnostics ${typoCheckMs.toFixed(0)} ms (the typo), ${s.checkMs.toFixed(0)} ms (the fixed model) after the 150 ms pause`);
    await page.waitForFunction(() => document.querySelectorAll('.cm-lintRange-error').length === 0);

    // A misspelled argument: the CLI's "did you mean", offered in the page too.
    const arg = model.replace('activation: relu', 'activaton: relu');
    await page.evaluate((t) => (window as unknown as { playground: { setSource(t: string): void } }).playground.setSource(t), arg);
    s = await checked(page, arg);
    expect(s.diagnostics.map((d) => [d.code, d.line, d.suggestions])).toEqual([['DNN2003', arg.split('\n').findIndex((l) => l.includes('activaton')) + 1, ['activation']]]);
    expect(s.diagnostics[0]!.text).toBe(cliCheck(arg).replace(/\n$/, '').replaceAll('typed.dnn', s.path));
    await page.evaluate((t) => (window as unknown as { playground: { setSource(t: string): void } }).playground.setSource(t), model);
    s = await checked(page, model);
    expect(s.diagnostics).toEqual([]);
    await page.waitForFunction(() => !(document.querySelector('#train') as HTMLButtonElement).disabled);
    s = await state(page);
    // The layer graph (the shared renderer's): the two dense layers with their shapes and weights.
    expect(s.nodes.filter((n) => n.kind === 'layer').map((n) => [n.name, n.shape, n.trainable, n.frozen])).toEqual([
      ['hidden/dense', ['batch', 64], 784 * 64 + 64, false],
      ['logits/dense', ['batch', 10], 64 * 10 + 10, false],
    ]);
    expect(await page.locator('#graph svg').count()).toBe(1);
    console.log(`playground: the full compile (graph, artifact) ${s.compileMs.toFixed(0)} ms`);

    const t0 = Date.now();
    await page.fill('#epochs', '1');
    await page.click('#train');
    await page.waitForFunction(() => (window as unknown as { playground: PlaygroundState }).playground.status !== 'training', undefined, { timeout: 120_000 });
    const seconds = (Date.now() - t0) / 1000;
    s = await state(page);
    expect(s.error).toBeNull();
    expect(s.epoch).toBe(1);
    expect(s.valAccuracy).toBeGreaterThan(0.8);
    // The confusion matrix counted on the device: every validation digit once, its diagonal the accuracy.
    expect(s.confusionCountedOn).toBe('device');
    expect(s.confusion).toHaveLength(10);
    expect(s.confusion!.flat().reduce((a, b) => a + b, 0)).toBeCloseTo(1000, 3);
    expect(s.confusion!.reduce((a, row, i) => a + row[i]!, 0) / 1000).toBeCloseTo(s.valAccuracy, 5);
    expect(await page.locator('#curves svg').count()).toBe(1);
    expect(await page.locator('#curves .best').count()).toBeGreaterThan(0);
    expect(await page.locator('#confusion svg .cell').count()).toBe(100);
    expect(await page.locator('#per-class').textContent()).toMatch(/^accuracy per class: 0: \d+\.\d %/);
    console.log(`playground: one epoch on ${s.backend} (${s.backendReason}) in ${seconds.toFixed(1)} s, validation accuracy ${s.valAccuracy.toFixed(3)}`);

    // Stop during a longer run: it ends after the epoch under way, and the run is kept.
    await page.fill('#epochs', '5');
    await page.click('#train');
    await page.waitForFunction(() => (window as unknown as { playground: PlaygroundState }).playground.epoch >= 1, undefined, { timeout: 60_000 });
    await page.click('#stop');
    await page.waitForFunction(() => (window as unknown as { playground: PlaygroundState }).playground.status !== 'training', undefined, { timeout: 60_000 });
    s = await state(page);
    expect(s.error).toBeNull();
    expect(s.epoch).toBeLessThan(5);
    expect(s.runs.map((r) => r.label)).toEqual(['#1 digits', '#2 digits, again']);
    expect(await page.locator('#status').textContent()).toMatch(/stopped/);

    const download = page.waitForEvent('download');
    await page.click('#download-weights');
    const file = await (await download).path();
    const bytes = readFileSync(file);
    const headerBytes = Number(bytes.readBigUInt64LE(0));
    expect(Object.keys(JSON.parse(bytes.subarray(8, 8 + headerBytes).toString('utf8')))).toEqual(expect.arrayContaining(['hidden/dense/kernel', 'logits/dense/bias']));
    expect(errors).toEqual([]);
  }, 240_000);

  it('loads a shared link, and refuses a bad one with a message', async () => {
    const page = await browser.newPage();
    const text = 'model shared\ninput X: f32[batch, 784]\n';
    const fragment = `model=${Buffer.from(text).toString('base64url')}`;
    await page.goto(`${url}#${fragment}`);
    await page.waitForFunction(() => ((window as unknown as { playground?: PlaygroundState }).playground?.checks ?? 0) > 0, undefined, { timeout: 60_000 });
    expect((await state(page)).source).toBe(text);
    const bad = await browser.newPage();
    await bad.goto(`${url}#model=${'A'.repeat(70_000)}`);
    await bad.waitForFunction(() => ((window as unknown as { playground?: PlaygroundState }).playground?.checks ?? 0) > 0, undefined, { timeout: 60_000 });
    expect(await bad.locator('#notice').textContent()).toMatch(/longer than/);
    expect((await state(bad)).path).toBe('exercise8.dnn');
  }, 120_000);
});
