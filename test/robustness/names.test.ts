// Names cannot escape (issue 18): a user's name that every JavaScript object already has
// (`__proto__`, `constructor`, `toString`, ...) is refused where it enters — at its place in the
// source, or as a usage error of --set / --space — and never resolves to a JavaScript built-in:
// `metric __proto__`, `output __proto__`, `--set __proto__=5` and `--space '__proto__=...'` once
// vanished silently, and `toString(X)` or `dense(X, constructor)` crashed as internal errors.
import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { parseSet } from '../../src/cli/args.js';
import { resolveImport } from '../../src/cli/source.js';
import { parseSpace, sample } from '../../src/cli/space.js';
import { checkSource } from '../../src/compiler/compile.js';
import { DnnError, lineCol, type Diagnostic } from '../../src/contract/diagnostics.js';
import { RESERVED_NAMES } from '../../src/contract/names.js';
import { mulberry32 } from '../../src/data/dataset.js';

const model = (body: string) => `model m
input X: f32[batch, 4]
input y: i32[batch]
${body}
loss = mean(sparse_softmax_cross_entropy(logits, y))
train {
  optimizer = sgd()
  batch_size = 2
}
`;

/** code at line:col of each diagnostic (a thrown non-DnnError fails the test: no internal errors). */
function check(text: string, overrides?: Record<string, number>): string[] {
  return checkSource({ path: 'm.dnn', text }, { resolveImport, overrides }).map((d: Diagnostic) => {
    const at = d.span ? lineCol(d.span.file, d.span.start) : undefined;
    return at ? `${d.code} at ${at.line}:${at.col}` : d.code;
  });
}

function usageCode(f: () => unknown): string {
  try {
    f();
  } catch (e) {
    if (e instanceof DnnError) return e.diagnostics[0]!.code;
    throw e;
  }
  return 'no error';
}

describe('names in a model', () => {
  it('the reserved names are every property Object.prototype has, and prototype', () => {
    for (const n of Object.getOwnPropertyNames(Object.prototype)) expect(RESERVED_NAMES.has(n), n).toBe(true);
    expect(RESERVED_NAMES.has('prototype')).toBe(true);
  });

  it.each([...RESERVED_NAMES])('%s is refused at its place as a metric, an output, an input and a definition', (name) => {
    expect(check(model(`logits = dense(X, 3)\nmetric ${name} = mean(in_top_k(logits, y, 1))`))).toEqual(['DNN2014 at 5:8']);
    expect(check(model(`logits = dense(X, 3)\noutput ${name} = softmax(logits)`))).toEqual(['DNN2014 at 5:8']);
    expect(check(model(`logits = dense(X, 3)\n${name} = 3`))).toEqual(['DNN2014 at 5:1']);
    expect(check(`model m\ninput ${name}: f32[batch, 4]\n${model('logits = dense(X, 3)').split('\n').slice(1).join('\n')}`)).toEqual(['DNN2014 at 2:7']);
  });

  it.each([
    ['a call', 'logits = toString(X)', ['DNN2001 at 4:10']],
    ['a value', 'logits = __proto__', ['DNN2001 at 4:10']],
    ['a number', 'logits = dense(X, constructor)', ['DNN2001 at 4:19']],
    ['an activation by value', 'logits = dense(X, 3, activation: valueOf)', ['DNN2001 at 4:34']],
    ['an activation by name', 'logits = dense(X, 3, activation: "hasOwnProperty")', ['DNN2006 at 4:22']],
    ['an initializer', 'logits = dense(X, 3, kernel_initializer: "toString")', ['DNN2009 at 4:22']],
    ['a named argument', 'logits = dense(X, 3, __proto__: 1)', ['DNN2003 at 4:22']],
  ])('a use of a reserved name as %s is an ordinary error, not a JavaScript built-in', (_, body, want) => {
    expect(check(model(body))).toEqual(want);
  });

  it.each([
    ['metric', 'val_accuracy'], ['metric', 'test_acc'], ['metric', 'seconds'], ['metric', 'epoch'], ['metric', 'lr_scale'], ['metric', 'split'],
    ['output', 'index'], ['output', 'label'], ['output', 'p_argmax'],
  ])('a %s named %s, a key the reports already use beside it, is refused at its name', (kind, name) => {
    const value = kind === 'metric' ? 'mean(in_top_k(logits, y, 1))' : 'softmax(logits)';
    expect(check(model(`logits = dense(X, 3)\n${kind} ${name} = ${value}`))).toEqual([`DNN2008 at 5:${kind.length + 2}`]);
  });

  it('a function parameter of such a name is local, and works', () => {
    expect(check(model('fn f(x, constructor) = dense(x, constructor)\nlogits = f(X, constructor: 3)'))).toEqual([]);
  });

  it('overrides keyed by a reserved name (own keys, as JSON.parse makes them) are reported, not dropped', () => {
    const text = model('units = 3\nlogits = dense(X, units)');
    expect(check(text, JSON.parse('{"__proto__": 5}') as Record<string, number>)).toEqual(['DNN3002']);
    expect(check(text, { constructor: 5 })).toEqual(['DNN3002']);
    // An override the model does not name is not taken from Object.prototype either.
    expect(check(model('constructor_units = 3\nlogits = dense(X, constructor_units)'), {})).toEqual([]);
  });
});

describe('--set and --space names', () => {
  it.each(['__proto__', 'constructor', 'prototype', 'toString', 'hasOwnProperty'])('--set %s=5 and --space %s=... are usage errors', (name) => {
    expect(usageCode(() => parseSet(`${name}=5`))).toBe('DNN7006');
    expect(usageCode(() => parseSet(`lr=0.1,${name}=5`))).toBe('DNN7006');
    expect(usageCode(() => parseSpace(`${name}=int:1:3`))).toBe('DNN7006');
    expect(usageCode(() => parseSpace(`lr=log:1e-3:1e-1; ${name}=choice:1:2`))).toBe('DNN7006');
  });

  it('a name set or sampled twice is refused (one of the two would be dropped)', () => {
    expect(usageCode(() => parseSet('lr=0.1,lr=0.2'))).toBe('DNN7006');
    expect(usageCode(() => parseSpace('lr=log:1e-3:1e-1; lr=uniform:0.1:0.2'))).toBe('DNN7006');
    expect(parseSet('lr=0.1,units=50')).toEqual({ lr: 0.1, units: 50 });
  });

  it.each(['units=int:1.5:2.5', 'units=int:1:2.5', 'units=int:0.5:3', 'units=int::5', 'units=int:1e400:2'])('%s is refused: int needs integer bounds', (space) => {
    expect(usageCode(() => parseSpace(space))).toBe('DNN7006');
  });

  it('int:1:3 samples each of 1, 2, 3 and nothing else', () => {
    const space = parseSpace('units=int:1:3');
    const rnd = mulberry32(1);
    const seen = new Set<number>();
    for (let i = 0; i < 300; i++) seen.add(sample(space, rnd)['units']!);
    expect([...seen].sort()).toEqual([1, 2, 3]);
  });
});

describe('dnnc check', () => {
  const dir = mkdtempSync(join(tmpdir(), 'dnnc-names-'));
  afterAll(() => rmSync(dir, { recursive: true, force: true }));
  const dnnc = (...args: string[]) => spawnSync(process.execPath, ['dist/src/cli/main.js', ...args], { encoding: 'utf8', timeout: 60_000 });

  it('exits 1 at a metric named __proto__, and 2 for --set __proto__=5', () => {
    const file = join(dir, 'm.dnn');
    writeFileSync(file, model('logits = dense(X, 3)\nmetric __proto__ = mean(in_top_k(logits, y, 1))'));
    const bad = dnnc('check', file);
    expect([bad.status, bad.stderr]).toEqual([1, expect.stringContaining(`${file}:5:8: error DNN2014: '__proto__' cannot name a metric`)]);
    writeFileSync(file, model('units = 3\nlogits = dense(X, units)'));
    const set = dnnc('check', file, '--set', '__proto__=5');
    expect([set.status, set.stderr]).toEqual([2, expect.stringContaining("error DNN7006: --set __proto__: '__proto__' cannot be the name of a definition")]);
  });
});
