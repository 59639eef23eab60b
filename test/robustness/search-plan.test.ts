// Hostile inputs to `dnnc search --plan`, `--run-line` and `--collect` (issue 21, item 3): plans
// and results that are malformed, edited, reordered, duplicated, from another plan, or missing;
// a model changed since its plan; outputs that would replace an input; options that do not go
// together. Each is refused with its own diagnostic and exit status, never a stack trace, and
// nothing good is replaced. The built CLI in real processes, on the wasm target and a 60-row CSV.
import { spawnSync } from 'node:child_process';
import { cpSync, existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';

const CLI = resolve('dist/src/cli/main.js');
const root = mkdtempSync(join(tmpdir(), 'dnnc-search-hostile-'));
afterAll(() => rmSync(root, { recursive: true, force: true }));

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
  optimizer  = sgd(learning_rate: lr)
  batch_size = 6
  epochs     = 2
}
`;
const SEARCH = ['search', 'tiny.dnn', '--data', 'blobs.csv', '--backend', 'wasm', '--space', 'lr=choice:0.01:0.1:1e30; units=choice:4:8', '--trials', '3', '--seed', '3'];

const dnnc = (cwd: string, ...args: string[]) => {
  const r = spawnSync(process.execPath, [CLI, ...args], { cwd, encoding: 'utf8', timeout: 120_000 });
  expect(r.stderr).not.toMatch(/\n\s+at .+:\d+:\d+|internal error/);
  return { code: r.status, out: r.stdout, err: r.stderr };
};

/** The plan of 3 trials (one diverges), every line run: each case starts from a copy. */
const base = join(root, 'base');
let cases = 0;
function inCase() {
  const dir = join(root, String(cases++));
  cpSync(base, dir, { recursive: true });
  const at = (f: string) => join(dir, f);
  const planLines = () => readFileSync(at('p.jsonl'), 'utf8').trim().split('\n');
  const result = (t: number) => JSON.parse(readFileSync(at(`p/trial-00${t}/result.json`), 'utf8')) as Record<string, unknown>;
  return { dir, at, planLines, result, run: (...args: string[]) => dnnc(dir, ...args) };
}

beforeAll(() => {
  mkdirSync(base);
  writeFileSync(join(base, 'tiny.dnn'), MODEL);
  cpSync('examples/own/blobs.csv', join(base, 'blobs.csv'));
  expect(dnnc(base, ...SEARCH, '--plan', 'p.jsonl').code).toBe(0);
  for (const n of [0, 1, 2]) expect(dnnc(base, 'search', '--plan', 'p.jsonl', '--run-line', String(n)).code).toBe(0);
}, 120_000);

describe('dnnc search --plan', () => {
  it('a diverged trial is a result, ranked as the local search ranks it', () => {
    const c = inCase();
    const collected = c.run('search', '--collect', 'p');
    expect(collected.code).toBe(0);
    expect(collected.err).toMatch(/→ {2}diverged/);
    expect(collected.err).toBe(c.run(...SEARCH).err);
  });

  it('refuses a plan or a trial directory that would replace the model', () => {
    const c = inCase();
    const before = readFileSync(c.at('tiny.dnn'), 'utf8');
    const r = c.run(...SEARCH, '--plan', 'tiny.dnn');
    expect([r.code, r.err]).toEqual([1, expect.stringContaining('DNN6010')]);
    expect(readFileSync(c.at('tiny.dnn'), 'utf8')).toBe(before);
    const d = c.run(...SEARCH, '--plan', 'q.jsonl', '--trial-dir', '.');
    expect([d.code, d.err]).toEqual([1, expect.stringContaining('DNN6010')]);
    expect(existsSync(c.at('q.jsonl'))).toBe(false);
  });

  it('a plan into a missing directory is refused; a plan over an old one replaces it whole', () => {
    const c = inCase();
    expect(c.run(...SEARCH, '--plan', 'no/such/p.jsonl')).toMatchObject({ code: 1, err: expect.stringMatching(/DNN600[34]/) });
    const old = c.planLines();
    expect(c.run(...SEARCH.slice(0, -1), '4', '--plan', 'p.jsonl').code).toBe(0);
    expect(c.planLines()).not.toEqual(old);
    expect(c.planLines()).toHaveLength(3);
    expect(readdirSync(c.dir).filter((f) => f.includes('dnnc-tmp'))).toEqual([]);
  });

  it('a bad setting is found when the plan is written, not when a scheduler runs it', () => {
    const c = inCase();
    const r = c.run('search', 'tiny.dnn', '--space', 'nosuch=choice:1:2', '--plan', 'q.jsonl');
    expect(r.code).toBe(1);
    expect(r.err).toContain("no numeric definition 'nosuch'");
    expect(existsSync(c.at('q.jsonl'))).toBe(false);
  });

  it.each([
    [['search', '--plan', 'p.jsonl', '--run-line', '3'], 'DNN7006', /has lines 0 to 2/],
    [['search', '--plan', 'p.jsonl', '--run-line', '-1'], 'DNN7006', /non-negative integer/],
    [['search', '--plan', 'p.jsonl', '--run-line', ''], 'DNN7006', /non-negative integer/],
    [['search', '--run-line', '0'], 'DNN7003', /needs --plan/],
    [['search', 'tiny.dnn', '--plan', 'p.jsonl', '--run-line', '0'], 'DNN7005', /takes no model/],
    [['search', '--plan', 'p.jsonl', '--run-line', '0', '--epochs', '9'], 'DNN7006', /--epochs cannot be given with --run-line/],
    [['search', '--collect', 'p', '--set', 'lr=1'], 'DNN7006', /--set cannot be given with --collect/],
    [['search', '--collect', 'p', '--run-line', '0', '--plan', 'p.jsonl'], 'DNN7006', /give one of them/],
    [['search', 'tiny.dnn', '--space', 'lr=log:1e-3:1e-1', '--trial-dir', 'x'], 'DNN7006', /give --plan too/],
    [['search'], 'DNN7004', /missing required argument 'model'/],
  ])('usage: %j → %s (exit 2)', (args, code, message) => {
    const r = dnnc(base, ...args);
    expect(r.code).toBe(2);
    expect(r.err).toContain(code);
    expect(r.err).toMatch(message);
  });
});

describe('dnnc search --run-line on a damaged plan', () => {
  const edit = (lines: string[], n: number, f: (l: Record<string, unknown>) => void) => {
    const l = JSON.parse(lines[n]!) as Record<string, unknown>;
    f(l);
    lines[n] = JSON.stringify(l);
    return lines.join('\n') + '\n';
  };
  it.each([
    ['an edited setting', (ls: string[]) => edit(ls, 1, (l) => void ((l['set'] as Record<string, number>)['lr'] = 5)), /does not match its lines/],
    ['an edited command', (ls: string[]) => edit(ls, 1, (l) => void ((l['argv'] as string[])[1] = 'compile')), /'argv' is not a dnnc train command/],
    ['a command that is not its argv', (ls: string[]) => edit(ls, 1, (l) => void (l['command'] = 'rm -rf /')), /'command' is not 'argv' quoted/],
    ['reordered lines', (ls: string[]) => [ls[1], ls[0], ls[2]].join('\n'), /lines missing, added or reordered/],
    ['a line missing', (ls: string[]) => [ls[0], ls[2]].join('\n'), /lines missing, added or reordered/],
    ['a line that is not JSON', (ls: string[]) => [ls[0], '{"plan":', ls[2]].join('\n'), /:2: not a JSON line/],
    ['a blank line inside', (ls: string[]) => [ls[0], '', ls[1], ls[2]].join('\n'), /:2: a blank line/],
    ['no lines', () => '\n', /holds no trials/],
    ['a JSON array', () => '[1,2]\n', /not a JSON object/],
  ])('%s is refused (DNN6040) and nothing runs', (_, damage, message) => {
    const c = inCase();
    writeFileSync(c.at('p.jsonl'), damage(c.planLines()));
    rmSync(c.at('p/trial-002'), { recursive: true });
    const r = c.run('search', '--plan', 'p.jsonl', '--run-line', '1');
    expect(r.code).toBe(1);
    expect(r.err).toContain('DNN6040');
    expect(r.err).toMatch(message);
    expect(existsSync(c.at('p/trial-002'))).toBe(false);
  });

  it('a plan that is a directory, a device or missing is refused', () => {
    const c = inCase();
    expect(c.run('search', '--plan', 'p', '--run-line', '0')).toMatchObject({ code: 1, err: expect.stringMatching(/DNN60(05|20)/) });
    expect(c.run('search', '--plan', '/dev/zero', '--run-line', '0')).toMatchObject({ code: 1, err: expect.stringMatching(/DNN60(05|20)/) });
    expect(c.run('search', '--plan', 'none.jsonl', '--run-line', '0')).toMatchObject({ code: 1, err: expect.stringContaining('DNN6001') });
  });

  it('a model changed since the plan was written is refused, and the old result stays', () => {
    const c = inCase();
    const before = readFileSync(c.at('p/trial-002/result.json'));
    writeFileSync(c.at('tiny.dnn'), MODEL.replace('units = 8', 'units = 9'));
    const r = c.run('search', '--plan', 'p.jsonl', '--run-line', '1');
    expect(r.code).toBe(1);
    expect(r.err).toMatch(/DNN6040.*tiny.dnn has changed since p.jsonl was written/);
    expect(readFileSync(c.at('p/trial-002/result.json'))).toEqual(before);
  });
});

describe('dnnc search --collect on damaged results', () => {
  const put = (c: ReturnType<typeof inCase>, t: number, v: unknown) => writeFileSync(c.at(`p/trial-00${t}/result.json`), typeof v === 'string' ? v : JSON.stringify(v));
  it.each([
    ['a result that is not JSON', (c: ReturnType<typeof inCase>) => put(c, 2, '{"format"'), 'DNN6041', /trial-002\/result.json is not JSON/],
    ['another JSON file', (c: ReturnType<typeof inCase>) => put(c, 2, { hello: 1 }), 'DNN6041', /not a dnnc search result/],
    ['a result with no plan id', (c: ReturnType<typeof inCase>) => put(c, 2, { ...c.result(2), plan: 'x' }), 'DNN6041', /no plan id/],
    ['a malformed epoch line', (c: ReturnType<typeof inCase>) => put(c, 2, { ...c.result(2), events: [{ epoch: 1, loss: 'low', val_loss: 1 }] }), 'DNN6041', /an epoch line is malformed/],
    ['epochs out of order', (c: ReturnType<typeof inCase>) => put(c, 2, { ...c.result(2), events: [...(c.result(2)['events'] as unknown[])].reverse() }), 'DNN6041', /an epoch line is malformed/],
    ['a result copied into another trial\'s directory', (c: ReturnType<typeof inCase>) => put(c, 2, c.result(3)), 'DNN6041', /is the result of trial 3, not of trial-002/],
    ['a trial beyond the plan', (c: ReturnType<typeof inCase>) => (mkdirSync(c.at('p/trial-004')), put(c, 4, { ...c.result(3), trial: 4 })), 'DNN6041', /trial 4 of 3, but the plan has 3 trials/],
    ['two results of one trial', (c: ReturnType<typeof inCase>) => cpSync(c.at('p/trial-002'), c.at('p/trial-02'), { recursive: true }), 'DNN6042', /are both results of trial 2/],
    ['a result of another plan', (c: ReturnType<typeof inCase>) => put(c, 2, { ...c.result(2), plan: '0123456789abcdef' }), 'DNN6042', /is a result of plan 0123456789abcdef/],
    ['no results at all', (c: ReturnType<typeof inCase>) => ['1', '2', '3'].forEach((t) => rmSync(c.at(`p/trial-00${t}`), { recursive: true })), 'DNN6042', /holds no trial results/],
  ])('%s is refused', (_, damage, code, message) => {
    const c = inCase();
    damage(c);
    const r = c.run('search', '--collect', 'p');
    expect(r.code).toBe(1);
    expect(r.err).toContain(code);
    expect(r.err).toMatch(message);
  });

  it('results of an older plan in the directory are refused against the new plan', () => {
    const c = inCase();
    expect(c.run(...SEARCH.slice(0, -1), '4', '--plan', 'p.jsonl').code).toBe(0);
    const r = c.run('search', '--collect', 'p', '--plan', 'p.jsonl');
    expect(r.code).toBe(1);
    expect(r.err).toMatch(/DNN6042.*not of the plan p.jsonl/);
  });

  it('missing and failed trials are named with the lines to run again, after the ranking of the rest', () => {
    const c = inCase();
    rmSync(c.at('p/trial-001/result.json'));
    writeFileSync(c.at('p/trial-003/result.json'), JSON.stringify({ ...c.result(3), exit: 70, events: [], stderr_tail: 'error DNN5041: the device was lost\n' }));
    const r = c.run('search', '--collect', 'p', '--plan', 'p.jsonl');
    expect(r.code).toBe(1);
    expect(r.err).toMatch(/^trial 2\/3 .*\nbest: /);
    expect(r.err).toMatch(/DNN6042.*1 trial has no result in p \(trial 1\); trial 3 failed \(exit 70\): error DNN5041: the device was lost/);
    expect(r.err).toContain('--run-line N for N in 0, 2');
  });

  it('--collect on a missing directory or a file is refused', () => {
    const c = inCase();
    expect(c.run('search', '--collect', 'nothing')).toMatchObject({ code: 1, err: expect.stringContaining('DNN6001') });
    expect(c.run('search', '--collect', 'p.jsonl')).toMatchObject({ code: 1, err: expect.stringContaining('DNN6020') });
  });
});
