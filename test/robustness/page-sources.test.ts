// What a web page hands `dnnc/compiler` is untrusted like a file: a source too large or not text,
// an import that is not a .dnn file, an imported file too large, a resolver that fails, more
// imports than a model needs (a chain or a fan). Each is a diagnostic at the import (or of the
// source), with bounded cost — never an exception out of compileSource or checkSource.
import { describe, expect, it } from 'vitest';
import { checkSource, compileSource, fetchImports, MAX_IMPORTED_FILES, MAX_SOURCE_CHARS } from '../../src/compiler/browser.js';
import { DnnError } from '../../src/contract/diagnostics.js';

const codes = (ds: readonly { code: string }[]) => ds.map((d) => d.code);
const main = (text: string) => ({ path: 'm.dnn', text });

describe('sources from a page', () => {
  it('a source larger than the limit is refused before it is lexed', () => {
    expect(codes(checkSource(main('x'.repeat(MAX_SOURCE_CHARS + 1))))).toEqual(['DNN6021']);
  });

  it('a source that is not { path, text } strings', () => {
    expect(codes(checkSource({ path: 'a.dnn', text: 42 } as never))).toEqual(['DNN6033']);
    expect(codes(checkSource(null as never))).toEqual(['DNN6033']);
    expect(compileSource(undefined as never).ok).toBe(false);
  });

  it('options a CLI flag would refuse: epochs, batch size, storage buffers, overrides', () => {
    const tiny = main('model m\n');
    for (const bad of [{ epochs: 0 }, { epochs: 1.5 }, { batchSize: -3 }, { batchSize: Infinity }, { maxStorageBuffers: 2 }, { overrides: { lr: '0.1' } }, null]) {
      expect(codes(checkSource(tiny, bad as never)), JSON.stringify(bad)).toEqual(['DNN6033']);
      expect(codes(checkSource(tiny, { ...(bad as object), quick: true })), JSON.stringify(bad)).toEqual(bad ? ['DNN6033'] : codes(checkSource(tiny, { quick: true })));
    }
    expect(codes(checkSource(tiny, { epochs: 2, batchSize: 8, maxStorageBuffers: 10, overrides: {} }))).not.toContain('DNN6033');
  });

  it('an import of a file that is not .dnn, at the import', () => {
    const [d] = checkSource(main('import "secret.txt"\n'), { resolveImport: () => 'x' });
    expect(d).toMatchObject({ code: 'DNN6022', start: { line: 1, column: 8 } });
  });

  it('an imported file too large, or not text, at the import', () => {
    const [big] = checkSource(main('\nimport "a.dnn"\n'), { resolveImport: { 'a.dnn': 'x'.repeat(MAX_SOURCE_CHARS + 1) } });
    expect(big).toMatchObject({ code: 'DNN6021', start: { line: 2, column: 8 } });
    const [odd] = checkSource(main('import "a.dnn"\n'), { resolveImport: () => 7 as never });
    expect(odd).toMatchObject({ code: 'DNN6033', start: { line: 1 } });
  });

  it("the page's resolver failing is a diagnostic at the import", () => {
    const [d] = checkSource(main('import "a.dnn"\n'), { resolveImport: () => { throw new TypeError('network down'); } });
    expect(d).toMatchObject({ code: 'DNN6006', message: 'cannot read the imported file "a.dnn": network down', start: { line: 1 } });
  });

  it('an endless chain of imports stops at the limit', () => {
    let calls = 0;
    const chain = (path: string) => (calls++, `import "${path.replace(/\d+/, (n) => String(Number(n) + 1))}"\n`);
    const ds = checkSource(main('import "f0.dnn"\n'), { resolveImport: chain });
    expect(codes(ds)).toContain('DNN1006');
    expect(calls).toBeLessThanOrEqual(MAX_IMPORTED_FILES);
  });

  it('an import cycle is read once', () => {
    const files = { 'a.dnn': 'import "b.dnn"\nfn f(x) = x\n', 'b.dnn': 'import "a.dnn"\nfn g(x) = x\n' };
    expect(codes(checkSource(main('import "a.dnn"\nmodel m\n'), { resolveImport: files }))).not.toContain('DNN1006');
  });
});

describe('fetchImports', () => {
  it('a fan of more imports than the limit rejects with DNN1006 after at most the limit of fetches', async () => {
    const text = Array.from({ length: MAX_IMPORTED_FILES + 5 }, (_, i) => `import "f${i}.dnn"`).join('\n');
    let fetches = 0;
    const done = fetchImports(main(text), async () => (fetches++, 'fn f(x) = x\n'));
    await expect(done).rejects.toBeInstanceOf(DnnError);
    await expect(done).rejects.toMatchObject({ diagnostics: [{ code: 'DNN1006' }] });
    expect(fetches).toBe(MAX_IMPORTED_FILES);
  });

  it('a cycle is fetched once per file; a file too large is kept for compiling to refuse, not parsed', async () => {
    const texts: Record<string, string> = { 'a.dnn': 'import "b.dnn"\n', 'b.dnn': 'import "a.dnn"\nimport "c.dnn"\n', 'c.dnn': 'x'.repeat(MAX_SOURCE_CHARS + 1) };
    const fetched: string[] = [];
    const imports = await fetchImports(main('import "a.dnn"\n'), async (p) => (fetched.push(p), texts[p] ?? null));
    expect(fetched.sort()).toEqual(['a.dnn', 'b.dnn', 'c.dnn']);
    expect(codes(checkSource(main('import "a.dnn"\n'), { resolveImport: imports }))).toContain('DNN6021');
  });
});
