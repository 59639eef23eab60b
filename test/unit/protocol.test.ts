// The runtime's protocol (src/contract/protocol.ts) is the one place entry and buffer names are
// spelled: this test reads every string, template and regex literal of src/ but that file and
// fails on an entry name or a buffer name's prefix (`state:`, `input:`, `output:`, `dataset:`,
// `temp${n}`), and checks the table's own invariants.
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import ts from 'typescript';
import { describe, expect, it } from 'vitest';
import { BUFFER, ENTRIES, ENTRY, entrySpec, feedOf, inEntryOrder, parseBufferName, stateNameOf } from '../../src/contract/protocol.js';

const PROTOCOL = 'src/contract/protocol.ts';
const ENTRY_NAMES: ReadonlySet<string> = new Set(ENTRIES.map((e) => e.name));
/** A kind's prefix with no space after it: `state:x`, `output:${entry}`; not prose such as 'input: a list'. */
const BUFFER_PREFIX = /\b(state|input|output|dataset):(?!\s)/;

/** The same words used for something else than an entry (a file, the literal, why). */
const OTHER_USES: readonly (readonly [string, string, string])[] = [
  ['src/dsl/regimenBuiltins.ts', 'restore_best', "early_stopping's parameter"],
  ['src/dsl/regimenBuiltins.ts', 'prune', 'the config type prune(...) makes'],
  ['src/dsl/trainSettings.ts', 'prune', 'the train setting of that config type'],
  ['src/cli/program.ts', 'predict', 'the dnnc command'],
  ['src/cli/main.ts', 'predict', 'the dnnc command'],
  ['src/contract/artifact.ts', 'prune', "the artifact's train field"],
  ['src/contract/trainSettings.ts', 'prune', 'the train setting, its kind and field'],
];

/** Every literal of a source that spells an entry name or a buffer name: `line: text`. */
export function protocolLiterals(file: string, text: string): string[] {
  const source = ts.createSourceFile(file, text, ts.ScriptTarget.Latest, true);
  const found: string[] = [];
  const report = (node: ts.Node, what: string) => found.push(`${source.getLineAndCharacterOfPosition(node.getStart()).line + 1}: ${what}`);
  const visit = (node: ts.Node): void => {
    if (ts.isStringLiteral(node) || ts.isNoSubstitutionTemplateLiteral(node)) {
      if (ENTRY_NAMES.has(node.text) || BUFFER_PREFIX.test(node.text)) report(node, node.text);
    } else if (ts.isTemplateExpression(node)) {
      const pieces = [node.head.text, ...node.templateSpans.map((s) => s.literal.text)];
      if (pieces.some((p) => BUFFER_PREFIX.test(p)) || node.head.text === 'temp') report(node, node.getText());
    } else if (ts.isRegularExpressionLiteral(node) && BUFFER_PREFIX.test(node.text)) {
      report(node, node.text);
    }
    ts.forEachChild(node, visit);
  };
  visit(source);
  return found;
}

function sources(dir: string): string[] {
  return readdirSync(dir).flatMap((f) => {
    const p = join(dir, f);
    return statSync(p).isDirectory() ? sources(p) : p.endsWith('.ts') ? [p] : [];
  });
}

describe('the protocol is spelled in src/contract/protocol.ts only', () => {
  it('no entry or buffer name is a literal anywhere else in src/', () => {
    const found: string[] = [];
    for (const file of sources('src').filter((f) => f !== PROTOCOL)) {
      const allowed = new Set(OTHER_USES.filter(([f]) => f === file).map(([, word]) => word));
      for (const hit of protocolLiterals(file, readFileSync(file, 'utf8'))) {
        if (!allowed.has(hit.slice(hit.indexOf(': ') + 2))) found.push(`${file}:${hit}`);
      }
    }
    expect(found).toEqual([]);
  });

  it('finds each way of spelling one (the check can fail)', () => {
    const text = [
      "session.run('prune');",
      'const e = `train_step`;',
      'a.entries["eval_cache_build"];',
      'buffer(`state:${name}`);',
      "b.name.startsWith('dataset:train:');",
      'buffer(`output:${entry}:${name}`);',
      'const t = `temp${n}`;',
      'const m = /^dataset:(train|eval):/;',
      '// a comment naming train_step or `state:x` is no literal',
      "const fine = ['training', 'state', 'inputs', 'tmp', 'the output: a list'];",
    ].join('\n');
    expect(protocolLiterals('x.ts', text).map((h) => Number(h.split(':')[0]))).toEqual([1, 2, 3, 4, 5, 6, 7, 8]);
  });

  it('each allowed other use is still there', () => {
    for (const [file, word] of OTHER_USES) {
      expect(protocolLiterals(file, readFileSync(file, 'utf8')).some((h) => h.endsWith(`: ${word}`)), `${file}: '${word}'`).toBe(true);
    }
  });
});

describe('the table of entries', () => {
  it('names each entry once; ENTRY spells them', () => {
    expect(ENTRY_NAMES.size).toBe(ENTRIES.length);
    for (const e of ENTRIES) expect(ENTRY[e.name]).toBe(e.name);
  });

  it('an entry that invalidates the frozen cache writes parameters', () => {
    for (const e of ENTRIES) if (e.invalidatesCache) expect(e.writesParams, e.name).toBe(true);
    expect(ENTRIES.filter((e) => e.invalidatesCache).map((e) => e.name)).toEqual(['init', 'restore_best', 'prune']);
  });

  it('feeds: the train step shuffles the training split; evaluation weighs its last batch; caches read rows in order', () => {
    expect(feedOf(ENTRY.train_step)).toMatchObject({ mode: 'train', split: 'train', weight: false });
    expect(feedOf(ENTRY.eval_step)).toMatchObject({ mode: 'eval', split: 'eval', weight: true });
    expect(feedOf(ENTRY.cache_build)).toMatchObject({ mode: 'eval', split: 'train' });
    expect(feedOf(ENTRY.eval_cache_build)).toMatchObject({ mode: 'eval', split: 'eval' });
    expect(feedOf(ENTRY.confusion_step)).toMatchObject({ mode: 'eval', split: 'eval', weight: true });
    expect(ENTRIES.filter((e) => 'feed' in e).length).toBe(5);
    expect(entrySpec('constructor')).toBeUndefined();
  });

  it('orders entries by the table, unknown names after them as given', () => {
    expect(inEntryOrder(['main', 'prune', 'predict', 'init', 'other'])).toEqual(['init', 'predict', 'prune', 'main', 'other']);
  });
});

describe('buffer names', () => {
  it('are taken apart as they are built', () => {
    expect(parseBufferName(BUFFER.state('hidden1/dense/kernel'))).toEqual({ kind: 'state', name: 'hidden1/dense/kernel' });
    expect(parseBufferName(BUFFER.input('X'))).toEqual({ kind: 'input', name: 'X' });
    expect(parseBufferName(BUFFER.output(ENTRY.predict, 'probabilities'))).toEqual({ kind: 'output', entry: 'predict', name: 'probabilities' });
    expect(parseBufferName(BUFFER.dataset('train', 'cache/0'))).toEqual({ kind: 'dataset', split: 'train', input: 'cache/0', info: false });
    expect(parseBufferName(BUFFER.datasetInfo('eval', 'X'))).toEqual({ kind: 'dataset', split: 'eval', input: 'X', info: true });
    expect(parseBufferName(BUFFER.temp(3))).toEqual({ kind: 'temp', index: 3 });
    expect(parseBufferName('dataset:val:X')).toBeUndefined();
    expect(stateNameOf(BUFFER.state('counter/step'))).toBe('counter/step');
    expect(() => stateNameOf(BUFFER.input('X'))).toThrow(/not a state buffer/);
  });
});
