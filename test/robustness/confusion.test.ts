// `dnnc eval --confusion` (issue 20, item 3): the confusion matrix counted on the device, with
// each class's precision, recall and support, as text and in --json; and its hostile cases: a
// value given to the flag (a usage error), a model with no classifier (located, exit 1), a split
// the data lacks. The built CLI on the wasm backend and the 60-row blobs.csv: seconds.
import { spawn } from 'node:child_process';
import { copyFileSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { confusionReport, confusionSvg, formatConfusion } from '../../src/render/confusion.js';
import { wellFormed } from '../helpers/xml.js';

const CLI = resolve('dist/src/cli/main.js');
const dir = mkdtempSync(join(tmpdir(), 'dnnc-confusion-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

const dnnc = (...args: string[]) =>
  new Promise<{ code: number | null; out: string; err: string }>((done, failed) => {
    const p = spawn(process.execPath, [CLI, ...args], { cwd: dir, timeout: 120_000 });
    let [out, err] = ['', ''];
    p.stdout.on('data', (b: Buffer) => (out += b.toString()));
    p.stderr.on('data', (b: Buffer) => (err += b.toString()));
    p.on('error', failed);
    p.on('close', (code) => done({ code, out, err }));
  });
const evaluate = (...args: string[]) => dnnc('eval', 'model.dnn', '--data', 'd.csv', '--backend', 'wasm', '--split', 'val', ...args);

beforeAll(async () => {
  mkdirSync(dir, { recursive: true });
  copyFileSync('examples/own/tabular.dnn', join(dir, 'model.dnn'));
  copyFileSync('examples/own/blobs.csv', join(dir, 'd.csv'));
  expect((await dnnc('train', 'model.dnn', '--data', 'd.csv', '--backend', 'wasm', '--epochs', '2', '--save', 'm.safetensors')).code).toBe(0);
});

describe('dnnc eval --confusion', () => {
  it('prints the matrix and per-class precision and recall; --json has them, consistent with accuracy', async () => {
    const [text, json] = await Promise.all([evaluate('--checkpoint', 'm.safetensors', '--confusion'), evaluate('--checkpoint', 'm.safetensors', '--confusion', '--json')]);
    expect([text.code, json.code]).toEqual([0, 0]);
    const r = JSON.parse(json.out) as { accuracy: number; confusion: number[][]; precision: (number | null)[]; recall: (number | null)[]; support: number[] };
    expect(r.confusion).toHaveLength(3);
    const total = r.support.reduce((a, b) => a + b, 0);
    expect(total).toBe(6); // blobs.csv's 60 rows, a tenth held out
    expect(r.confusion.reduce((n, row, i) => n + row[i]!, 0) / total).toBeCloseTo(r.accuracy, 6);
    expect(r.recall.length).toBe(3);
    expect(text.out).toContain('confusion matrix (rows: true class, columns: predicted class; 6 examples):');
    expect(text.out).toMatch(/^class {2}precision {2}recall {2}support$/m);
    expect(text.out).toContain(formatConfusion(confusionReport(r.confusion)));
  });

  it('without the flag, eval is as before (no matrix)', async () => {
    const r = await evaluate('--checkpoint', 'm.safetensors', '--json');
    expect(r.code).toBe(0);
    expect(Object.keys(JSON.parse(r.out) as object).sort()).toEqual(['accuracy', 'loss', 'split']);
  });

  it('refuses a value given to the flag (usage error, exit 2)', async () => {
    const r = await evaluate('--confusion=yes');
    expect([r.code, r.out]).toEqual([2, '']);
    expect(r.err).toContain('error DNN7001:');
  });

  it('refuses a model without a classifier, at its source', async () => {
    writeFileSync(join(dir, 'r.dnn'), 'model r\ninput X: f32[batch, 4]\ninput y: i32[batch]\nloss = mean(dense(X, 1) * dense(X, 1))\ntrain {\n  optimizer = sgd(learning_rate: 0.1)\n  batch_size = 2\n  epochs = 1\n}\n');
    const r = await dnnc('eval', 'r.dnn', '--data', 'd.csv', '--backend', 'wasm', '--split', 'val', '--confusion');
    expect([r.code, r.out]).toEqual([1, '']);
    expect(r.err).toMatch(/r\.dnn:\d+:\d+: error DNN3001: a confusion matrix needs a classifier/);
    expect(r.err).not.toMatch(/\n\s+at .+:\d+:\d+/);
  });

  it('refuses a split the data lacks', async () => {
    const r = await dnnc('eval', 'model.dnn', '--data', 'd.csv', '--backend', 'wasm', '--split', 'test', '--confusion');
    expect([r.code, r.out]).toEqual([1, '']);
    expect(r.err).toContain('error DNN4055:');
  });
});

describe('confusionReport', () => {
  it('precision over columns, recall over rows, null where nothing to divide by', () => {
    expect(confusionReport([[2, 1, 0], [0, 3, 0], [0.5, 0.5, 0]])).toEqual({
      confusion: [[2, 1, 0], [0, 3, 0], [0.5, 0.5, 0]], precision: [2 / 2.5, 3 / 4.5, null], recall: [2 / 3, 1, 0], support: [3, 3, 1],
    });
    expect(formatConfusion(confusionReport([[1, 0], [0.5, 0.5]]))).toContain('0.50');
  });

  it('draws a heat map: a cell per pair with its count, names escaped', () => {
    const svg = confusionSvg(confusionReport([[5, 1], [0, 4]]), { labels: ['<cat>', 'dog'] });
    expect(wellFormed(svg)).toBe(true);
    expect(svg.match(/class="cell"/g)).toHaveLength(4);
    expect(svg).toMatch(/data-true="0" data-predicted="1">[^]*?>1<\/text>/);
    expect(svg).toContain('&lt;cat&gt;');
  });
});
