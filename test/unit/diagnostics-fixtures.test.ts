// Every `test/fixtures/errors/<name>.dnn` is a program with mistakes. It states the diagnostics
// it must produce in comment lines `# expect: DNN1002 at 4:12` (1-based line:col; any number of
// them, anywhere in the file). The test checks that exactly that set of (code, line, col) is
// reported, and compares the rendered diagnostics with the checked-in `<name>.expected` (update
// with `npx vitest run -u` after reviewing the change).

import { readdirSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, test } from 'vitest';
import { resolveImport } from '../../src/cli/source.js';
import { checkSource as checkFile } from '../../src/compiler/compile.js';
import { DIAGNOSTICS, formatDiagnostic, lineCol, type SourceFile } from '../../src/contract/diagnostics.js';

const dir = fileURLToPath(new URL('../fixtures/errors/', import.meta.url));
const fixtures = readdirSync(dir)
  .filter((f) => f.endsWith('.dnn'))
  .sort();

const EXPECT = /#\s*expect:\s*(DNN\d{4})\s+at\s+(\d+):(\d+)/g;

function expectedSet(text: string): string[] {
  return [...text.matchAll(EXPECT)]
    .map(([, code, line, col]) => `${code} at ${line}:${col}`)
    .sort();
}

describe('error fixtures', () => {
  test('the fixture directory is not empty', () => {
    expect(fixtures.length).toBeGreaterThan(0);
  });

  test.each(fixtures)('%s', async (name) => {
    const text = readFileSync(dir + name, 'utf8');
    // A repository-relative path keeps the snapshots independent of where the checkout lives.
    const file: SourceFile = { path: `test/fixtures/errors/${name}`, text };
    const expected = expectedSet(text);
    expect(expected.length, 'a fixture must state at least one expected error').toBeGreaterThan(0);

    const diagnostics = checkFile(file, { resolveImport });
    const actual = diagnostics
      .map((d) => {
        const { line, col } = d.span ? lineCol(d.span.file, d.span.start) : { line: 0, col: 0 };
        return `${d.code} at ${line}:${col}`;
      })
      .sort();
    expect(actual).toEqual(expected);

    const rendered = diagnostics.map(formatDiagnostic).join('\n\n') + '\n';
    await expect(rendered).toMatchFileSnapshot(dir + name.replace(/\.dnn$/, '.expected'));
  });
});

describe('the catalogue', () => {
  const expected = readdirSync(dir).filter((f) => f.endsWith('.expected')).map((f) => readFileSync(dir + f, 'utf8')).join('\n');
  const testSources = (d: string): string[] =>
    readdirSync(d, { withFileTypes: true }).flatMap((e) => (e.isDirectory() ? testSources(`${d}/${e.name}`) : e.name.endsWith('.ts') ? [readFileSync(`${d}/${e.name}`, 'utf8')] : []));
  const tests = testSources(fileURLToPath(new URL('..', import.meta.url))).join('\n');

  // Source errors (DNN1xxx–DNN3xxx) have a fixture here; the others (data, device, files, usage)
  // are raised by a test that names their code.
  test.each(Object.keys(DIAGNOSTICS))('%s is exercised', (code) => {
    if (/^DNN[123]/.test(code)) expect(expected, `no fixture in test/fixtures/errors reports ${code}`).toContain(`error ${code}:`);
    else expect(tests, `no test names ${code}`).toContain(code);
  });
});
