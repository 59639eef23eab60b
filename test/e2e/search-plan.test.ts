// Searches across machines (issue 21, item 3): `dnnc search --plan` writes the local search's
// trials as lines a batch scheduler runs; here they run two at a time, in the order GNU parallel
// -j2 starts them, each as its own `dnnc search --plan P --run-line N` process; `--collect` then
// prints what the sequential `dnnc search` prints, byte for byte, text and --json. The built CLI
// on the wasm backend, a 60-row CSV and a 2-epoch model: seconds.
import { spawn } from 'node:child_process';
import { copyFileSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';

const CLI = resolve('dist/src/cli/main.js');
const dir = mkdtempSync(join(tmpdir(), 'dnnc-search-plan-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

const MODEL = `model tiny
input X: f32[batch, 4]
input y: i32[batch]
lr = 0.01
units = 8
hidden = dense(X, units, activation: relu)
logits = dense(hidden, 3)
loss = mean(sparse_softmax_cross_entropy(logits, y))
metric accuracy = mean(in_top_k(logits, y, 1))
train {
  optimizer  = adam(learning_rate: lr)
  batch_size = 6
  epochs     = 3
}
`;

function dnnc(args: string[]): Promise<{ code: number | null; out: string; err: string }> {
  return new Promise((done) => {
    const p = spawn(process.execPath, [CLI, ...args], { cwd: dir });
    let out = '';
    let err = '';
    p.stdout.on('data', (b: Buffer) => (out += b.toString()));
    p.stderr.on('data', (b: Buffer) => (err += b.toString()));
    p.on('close', (code) => done({ code, out, err }));
  });
}

/** GNU parallel -j N: at most N jobs at once, the next started as soon as one ends. */
async function parallel<T>(jobs: (() => Promise<T>)[], n: number): Promise<T[]> {
  const results: T[] = [];
  let next = 0;
  let running = 0;
  let peak = 0;
  const worker = async () => {
    while (next < jobs.length) {
      const k = next++;
      peak = Math.max(peak, ++running);
      results[k] = await jobs[k]!();
      running--;
    }
  };
  await Promise.all(Array.from({ length: n }, worker));
  expect(peak).toBe(n);
  return results;
}

describe('dnnc search --plan / --run-line / --collect', () => {
  writeFileSync(join(dir, 'tiny.dnn'), MODEL);
  copyFileSync('examples/own/blobs.csv', join(dir, 'blobs.csv'));
  const search = ['search', 'tiny.dnn', '--data', 'blobs.csv', '--backend', 'wasm', '--space', 'lr=log:1e-3:1e-1; units=choice:4:8:16', '--trials', '5', '--seed', '7'];

  it('a plan run two at a time ranks its trials as the sequential search does', async () => {
    const plan = await dnnc([...search, '--plan', 'trials.jsonl']);
    expect(plan.err).toContain('wrote trials.jsonl: 5 trials');
    expect(plan.code).toBe(0);
    const lines = readFileSync(join(dir, 'trials.jsonl'), 'utf8').trim().split('\n').map((l) => JSON.parse(l) as Record<string, unknown>);
    expect(lines).toHaveLength(5);
    expect(new Set(lines.map((l) => l['plan'])).size).toBe(1);
    expect(new Set(lines.map((l) => l['result'])).size).toBe(5);
    expect(lines[0]!['argv']).toEqual(expect.arrayContaining(['dnnc', 'train', 'tiny.dnn', '--seed', '7', '--json']));

    const runs = await parallel(lines.map((_, n) => () => dnnc(['search', '--plan', 'trials.jsonl', '--run-line', String(n)])), 2);
    for (const r of runs) expect(r.code, r.err).toBe(0);

    const [collected, collectedJson, sequential, sequentialJson] = await Promise.all([
      dnnc(['search', '--collect', 'trials', '--plan', 'trials.jsonl']),
      dnnc(['search', '--collect', 'trials', '--json']),
      dnnc(search),
      dnnc([...search, '--json']),
    ]);
    expect(sequential.code).toBe(0);
    expect(collected.code).toBe(0);
    expect(sequential.err).toMatch(/^trial 1\/5 .*\n(.*\n){4}best: /);
    expect(collected.err).toBe(sequential.err);
    expect(collectedJson.out.trim().split('\n')).toHaveLength(5);
    expect(collectedJson.out).toBe(sequentialJson.out);
  });

  it('a trial run by hand with the line\'s command prints the epochs its result holds', async () => {
    const line = JSON.parse(readFileSync(join(dir, 'trials.jsonl'), 'utf8').split('\n')[2]!) as { argv: string[]; result: string };
    const r = await dnnc(line.argv.slice(1));
    expect(r.code).toBe(0);
    const epochs = (rows: string[]) => rows.map((l) => JSON.parse(l) as Record<string, unknown>).filter((e) => 'epoch' in e && !('event' in e)).map(({ seconds: _, ...e }) => e);
    const result = JSON.parse(readFileSync(join(dir, line.result), 'utf8')) as { events: Record<string, unknown>[] };
    expect(epochs(r.out.trim().split('\n'))).toEqual(epochs(result.events.map((e) => JSON.stringify(e))));
    expect(epochs(r.out.trim().split('\n'))).toHaveLength(3);
  });
});
