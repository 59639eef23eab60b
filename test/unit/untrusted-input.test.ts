// Sources are untrusted input: files that are not .dnn sources, oversized or binary files,
// garbage, terminal control characters and pathological nesting all get a clear diagnostic,
// at a cost that grows linearly with the file, never a hang, a stack overflow or an echo of a
// file that was never meant to be read.

import { execFileSync } from 'node:child_process';
import { mkdtempSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { MAX_SOURCE_BYTES, readSource, resolveImport } from '../../src/cli/source.js';
import { compileSource } from '../../src/compiler/compile.js';
import {
  capDiagnostics,
  DnnError,
  formatDiagnostic,
  lineCol,
  MAX_DIAGNOSTICS,
  type Diagnostic,
  type DiagnosticCode,
  type SourceFile,
} from '../../src/contract/diagnostics.js';
import { checkSource as checkFile } from '../../src/compiler/compile.js';
import { MAX_OPERATIONS, MAX_REPEAT } from '../../src/dsl/elaborate.js';
import { parseSource } from '../../src/dsl/parse.js';
import { MAX_EXPRESSION_DEPTH, MAX_NESTING } from '../../src/dsl/parser.js';
import { Rng } from '../robustness/fuzz.js';

const dir = mkdtempSync(join(tmpdir(), 'dnnc-untrusted-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

function thrown(fn: () => unknown): DnnError {
  try {
    fn();
  } catch (e) {
    if (e instanceof DnnError) return e;
    throw e;
  }
  throw new Error('expected a DnnError');
}

const codes = (ds: readonly Diagnostic[]) => ds.map((d) => d.code);
const file = (text: string, path = 'test.dnn'): SourceFile => ({ path, text });

/** A complete, valid model whose loss is `expr` (over a [batch, 4] input `x`). */
const model = (expr: string, extra = '') => `model m
input X: f32[batch, 4]
input y: i32[batch]
x = relu(dense(X, 4))
${extra}
loss = mean(${expr})
train {
  optimizer = sgd(learning_rate: 0.1)
  batch_size = 2
  epochs = 1
}
`;

describe('reading sources', () => {
  const secret = join(dir, 'secret.txt');
  writeFileSync(secret, 'root:SECRET-HASH:19000:0:99999:7:::\n');
  const importer = (what: string) => {
    const path = join(dir, `imports-${Math.random().toString(36).slice(2)}.dnn`);
    writeFileSync(path, `model m\nimport "${what}"\n`);
    return readSource(path);
  };

  it('imports only .dnn files, and never shows the content of another file (DNN6022)', () => {
    const diags = checkFile(importer(secret), { resolveImport });
    expect(codes(diags)).toContain('DNN6022');
    const shown = diags.map(formatDiagnostic).join('\n');
    expect(shown).not.toContain('SECRET');
    // A link named like a .dnn file does not get around it.
    const link = join(dir, 'innocent.dnn');
    symlinkSync(secret, link);
    const viaLink = checkFile(importer(link), { resolveImport });
    expect(codes(viaLink)).toContain('DNN6022');
    expect(viaLink.map(formatDiagnostic).join('\n')).not.toContain('SECRET');
  });

  it('refuses devices and FIFOs at once, as the file and as an import (DNN6020)', () => {
    expect(codes(thrown(() => readSource('/dev/zero')).diagnostics)).toEqual(['DNN6020']);
    // The model file itself must be a .dnn file too: its content is never echoed.
    const notDnn = thrown(() => readSource(secret));
    expect(codes(notDnn.diagnostics)).toEqual(['DNN6022']);
    expect(notDnn.message).not.toContain('SECRET');
    const fifo = join(dir, 'pipe.dnn');
    execFileSync('mkfifo', [fifo]);
    // Nobody writes to the FIFO: opening it for reading would block forever.
    expect(thrown(() => readSource(fifo)).message).toMatch(/DNN6020.*pipe/);
    const diags = checkFile(importer(fifo), { resolveImport });
    const d = diags.find((x) => x.code === 'DNN6020');
    expect(d?.span).toBeDefined(); // located at the import
    expect(codes(thrown(() => readSource(dir)).diagnostics)).toEqual(['DNN6020']);
  });

  it(`refuses a source over MAX_SOURCE_BYTES (${MAX_SOURCE_BYTES}) (DNN6021)`, () => {
    const big = join(dir, 'big.dnn');
    writeFileSync(big, '#'.repeat(MAX_SOURCE_BYTES) + '\n');
    expect(thrown(() => readSource(big)).message).toMatch(/DNN6021.*larger than 1048576 bytes/);
    const justFits = join(dir, 'fits.dnn');
    writeFileSync(justFits, '#'.repeat(MAX_SOURCE_BYTES - 1) + '\n');
    expect(readSource(justFits).text.length).toBe(MAX_SOURCE_BYTES);
  });

  it('refuses a binary file without quoting it (DNN6023)', () => {
    const bin = join(dir, 'model.dnn');
    writeFileSync(bin, Buffer.from([0x6d, 0x6f, 0x00, 0x01, 0xff, 0x53, 0x45, 0x43]));
    const e = thrown(() => readSource(bin));
    expect(codes(e.diagnostics)).toEqual(['DNN6023']);
    const invalidUtf8 = join(dir, 'latin1.dnn');
    writeFileSync(invalidUtf8, Buffer.from('model caf\xe9\n', 'latin1'));
    expect(thrown(() => readSource(invalidUtf8)).message).toMatch(/DNN6023.*UTF-8/);
  });
});

describe('diagnostics on garbage', () => {
  /** About 1 MB of random tokens and characters (under the size limit). */
  function garbage(seed: number, size: number): string {
    const rng = new Rng(seed);
    const parts = ['x', 'dense', '(', ')', '[', ']', '{', '}', '=', '+', ',', ':', '1e400', '"s', 'train', 'input', '@', ';', '\n', ' ', '\x1b', '\u202e'];
    let out = '';
    while (out.length < size) out += rng.pick(parts) + (rng.next() < 0.3 ? ' ' : '');
    return out;
  }

  it(`reports at most ${MAX_DIAGNOSTICS} errors, then how many more (DNN1005)`, () => {
    const diags = checkFile(file(garbage(1, 1_000_000)));
    expect(diags.length).toBe(MAX_DIAGNOSTICS + 1);
    const last = diags[diags.length - 1];
    expect(last.code).toBe('DNN1005');
    expect(last.message).toMatch(/too many errors: at least \d+ more not shown/);
    // Rendering stays small too: long lines are cut to a window around the caret.
    expect(diags.map(formatDiagnostic).join('\n').length).toBeLessThan(100_000);
  });

  it('caps errors found after parsing too (one per statement)', () => {
    const text = Array.from({ length: 300 }, (_, i) => `v${i} = nowhere${i}`).join('\n');
    const e = thrown(() => compileSource(file(model('x', text))));
    expect(e.diagnostics.length).toBe(MAX_DIAGNOSTICS + 1);
    expect(e.diagnostics[MAX_DIAGNOSTICS].message).toMatch(/too many errors: \d+ more not shown/);
    expect(capDiagnostics(e.diagnostics)).toEqual(e.diagnostics); // capping twice changes nothing
  });

  it('locates offsets by line and column without rescanning the file', () => {
    const f = file('ab\ncd\r\n\nefg');
    expect([0, 2, 3, 5, 7, 8, 10, 11].map((o) => lineCol(f, o))).toEqual([
      { line: 1, col: 1 }, { line: 1, col: 3 }, { line: 2, col: 1 }, { line: 2, col: 3 },
      { line: 3, col: 1 }, { line: 4, col: 1 }, { line: 4, col: 3 }, { line: 4, col: 4 },
    ]);
  });
});

describe('echoed source lines', () => {
  it('escapes control characters, ANSI escapes and bidi overrides, keeping the caret aligned', () => {
    const text = 'x = "\x1b[31m\u202e" + @\n';
    const diags = checkFile(file(text));
    const bad = diags.find((d) => d.code === 'DNN1001')!;
    const out = formatDiagnostic(bad);
    expect(out).not.toMatch(/[\x00-\x08\x0b-\x1f\x7f\u202a-\u202e\u2066-\u2069]/);
    const [, , source, caret] = out.split('\n');
    expect(source).toBe('1 | x = "\\x1b[31m\\u{202e}" + @');
    expect(source.indexOf('@')).toBe(caret.indexOf('^'));
  });

  it('escapes them in messages too (a string shown in "found ...")', () => {
    const out = checkFile(file('model "\x1b]0;pwned\x07"\n')).map(formatDiagnostic).join('\n');
    expect(out).toContain('\\x1b]0;pwned\\x07');
    expect(out).not.toMatch(/[\x07\x1b]/);
  });
});

describe('nesting limits (DNN1004) instead of a stack overflow', () => {
  const diagnosticsOf = (source: string) => thrown(() => compileSource(file(source))).diagnostics;

  it.each([
    ['300 nested parentheses', `${'('.repeat(300)}x${')'.repeat(300)}`],
    ['300 nested calls', `${'relu('.repeat(300)}x${')'.repeat(300)}`],
    ['300 nested lists', `${'['.repeat(300)}x${']'.repeat(300)}`],
    ['5,000 negations', `${'-'.repeat(5000)}x`],
    ['a sum of 5,000 terms', Array(5000).fill('x').join(' + ')],
  ])('%s', (_, expr) => {
    const diags = diagnosticsOf(model(expr));
    expect(codes(diags)).toEqual(['DNN1004']);
    const shown = formatDiagnostic(diags[0]);
    expect(shown).toMatch(/^test\.dnn:6:\d+: error DNN1004: expression (nested )?too deep/);
    expect(shown).toContain('^');
  });

  it(`compiles nesting up to the limits (${MAX_NESTING} levels, depth ${MAX_EXPRESSION_DEPTH})`, () => {
    expect(() => compileSource(file(model(`${'('.repeat(MAX_NESTING - 2)}x${')'.repeat(MAX_NESTING - 2)}`)))).not.toThrow();
    const sum = Array(MAX_EXPRESSION_DEPTH - 5).fill('x').join(' + ');
    expect(() => compileSource(file(model(sum)))).not.toThrow();
  });

  it('keeps parsing after a statement nested too deeply', () => {
    const diags = parseSource(file(`a = ${'('.repeat(200)}1${')'.repeat(200)}\nb = )\n`)).diagnostics;
    expect(codes(diags)).toEqual(['DNN1004', 'DNN1002']);
  });
});

describe('size limits on elaboration', () => {
  const codesOf = (source: string): DiagnosticCode[] => codes(thrown(() => compileSource(file(source))).diagnostics);

  it(`refuses repeat counts over MAX_REPEAT (${MAX_REPEAT})`, () => {
    expect(codesOf(model('repeat(relu, 1e308, x)'))).toEqual(['DNN2009']);
  });

  it(`refuses programs making more than MAX_OPERATIONS (${MAX_OPERATIONS}) operations (DNN1006)`, () => {
    // Each function calls the previous one twice: 2^30 applications from 30 short lines.
    const fns = ['fn f0(v) = relu(v)', ...Array.from({ length: 30 }, (_, i) => `fn f${i + 1}(v) = f${i}(f${i}(v))`)];
    expect(codesOf(model('f30(x)', fns.join('\n')))).toEqual(['DNN1006']);
  });
});
