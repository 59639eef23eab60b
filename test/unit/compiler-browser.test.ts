// `dnnc/compiler` in a web page: no Node module is reachable from its entry (walked through
// src/), it bundles for the browser with esbuild (within a size bound, the one the docs quote),
// and the bundle itself compiles the examples and reports a mistake with its range.
import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { builtinModules } from 'node:module';
import { tmpdir } from 'node:os';
import { dirname, join, normalize } from 'node:path';
import { pathToFileURL } from 'node:url';
import { gzipSync } from 'node:zlib';
import { build } from 'esbuild';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import * as direct from '../../src/compiler/browser.js';

const ENTRY = 'src/compiler/browser.ts';
/** The bound on the minified+gzipped bundle (measured 100 KiB in 2026-12, README's "The compiler in the browser"); a jump past it is news. */
const MAX_GZIPPED_BYTES = 128 * 1024;

/** Packages that only work in Node (or that pull in a file system): never reachable from the entry. */
const NODE_ONLY = new Set(['webgpu', 'mnist', 'pngjs', 'fs', 'path', ...builtinModules]);

/** Every module reachable from a source file: the relative ones walked, the bare ones listed. */
export function reachable(entry: string): { files: string[]; packages: string[] } {
  const files = new Set<string>();
  const packages = new Set<string>();
  const visit = (file: string): void => {
    if (files.has(file)) return;
    files.add(file);
    for (const m of readFileSync(file, 'utf8').matchAll(/(?:^|\s)(?:from|import)\s*\(?\s*'([^']+)'/g)) {
      const spec = m[1]!;
      if (spec.startsWith('.')) visit(normalize(join(dirname(file), spec)).replace(/\.js$/, '.ts'));
      else packages.add(spec);
    }
  };
  visit(entry);
  return { files: [...files], packages: [...packages] };
}

const nodeOnly = (packages: readonly string[]) => packages.filter((p) => p.startsWith('node:') || NODE_ONLY.has(p.split('/')[0]!));

describe('the browser entry imports no Node module', () => {
  it('walks the whole compiler and finds no Node-only import', () => {
    const { files, packages } = reachable(ENTRY);
    expect(files).toContain('src/dsl/parse.ts');
    expect(files).toContain('src/codegen/wasm/target.ts');
    expect(nodeOnly(packages)).toEqual([]);
  });

  it('dnnc/render imports nothing at all (the page and the CLI draw with it)', () => {
    const { files, packages } = reachable('src/render/index.ts');
    expect(files).toContain('src/render/curves.ts');
    expect(packages).toEqual([]);
  });

  it('the walk sees a Node import (the CLI reads files)', () => {
    expect(nodeOnly(reachable('src/cli/source.ts').packages)).toEqual(['node:fs', 'node:path']);
  });
});

type Browser = typeof direct;
const dir = mkdtempSync(join(tmpdir(), 'dnnc-compiler-'));
let bundled: Browser;
let sizes: { minified: number; gzipped: number };

beforeAll(async () => {
  const result = await build({ entryPoints: [ENTRY], bundle: true, platform: 'browser', format: 'esm', minify: true, write: false, logLevel: 'silent' });
  const code = result.outputFiles[0]!.contents;
  sizes = { minified: code.length, gzipped: gzipSync(code).length };
  const file = join(dir, 'compiler.mjs');
  writeFileSync(file, code);
  bundled = (await import(pathToFileURL(file).href)) as Browser;
});
afterAll(() => rmSync(dir, { recursive: true, force: true }));

const example = (name: string) => ({ path: `examples/${name}`, text: readFileSync(`examples/${name}`, 'utf8') });

describe('the browser bundle', () => {
  it('bundles for the browser within the size bound', () => {
    console.log(`dnnc/compiler for the browser: ${sizes.minified} bytes minified, ${sizes.gzipped} gzipped`);
    expect(sizes.gzipped).toBeLessThan(MAX_GZIPPED_BYTES);
  });

  it("README's sizes are the measured ones (within 10%)", () => {
    const readme = readFileSync('README.md', 'utf8');
    const quoted = /about (\d+) KB minified and gzipped\s+\((\d+) KB minified/.exec(readme);
    expect(quoted, 'README quotes the bundle size').not.toBeNull();
    expect(Math.abs(Number(quoted![1]) * 1000 - sizes.gzipped) / sizes.gzipped).toBeLessThan(0.1);
    expect(Math.abs(Number(quoted![2]) * 1000 - sizes.minified) / sizes.minified).toBeLessThan(0.1);
  });

  it('esbuild refuses a Node import for the browser (so the bundle above proves something)', async () => {
    const build_ = build({ stdin: { contents: "import { readFileSync } from 'node:fs'; console.log(readFileSync);" }, bundle: true, platform: 'browser', write: false, logLevel: 'silent' });
    await expect(build_).rejects.toThrow(/node:fs/);
  });

  it('dnnc/runtime bundles for the browser too (its Node-only paths, worker threads and core count, are imported by a computed name)', async () => {
    const result = await build({ entryPoints: ['src/runtime/index.ts'], bundle: true, platform: 'browser', format: 'esm', minify: true, write: false, logLevel: 'silent' });
    const code = new TextDecoder().decode(result.outputFiles[0]!.contents);
    expect(code).not.toMatch(/from\s*["']node:/);
  });

  it('compiles examples/mnist-bn.dnn to the artifact the library makes', () => {
    const r = bundled.compileSource(example('mnist-bn.dnn'), { wasm: true });
    expect(r.diagnostics).toEqual([]);
    if (!r.ok) throw new Error('did not compile');
    const lib = direct.compileSource(example('mnist-bn.dnn'), { wasm: true });
    expect(lib.ok && JSON.stringify(r.artifact) === JSON.stringify(lib.artifact)).toBe(true);
    expect(r.artifact.kernels.length).toBeGreaterThan(3);
  });

  it("draws the compiled model's layer graph as the library does", () => {
    const r = bundled.compileSource(example('mnist-bn.dnn'));
    if (!r.ok) throw new Error('did not compile');
    const g = bundled.layerGraph(r.compilation);
    expect(g.nodes.map((n) => n.id)).toContain('hidden2/batch_norm');
    const lib = direct.compileSource(example('mnist-bn.dnn'));
    expect(lib.ok && bundled.graphSvg(g) === direct.graphSvg(direct.layerGraph(lib.compilation))).toBe(true);
  });

  it('reports a misspelled argument with its range, suggestion and the CLI text', () => {
    const file = example('mistakes/typo.dnn');
    const [d, ...rest] = bundled.checkSource(file);
    expect(rest).toEqual([]);
    const line = file.text.split('\n').findIndex((l) => l.includes('momentun')) + 1;
    const column = file.text.split('\n')[line - 1]!.indexOf('momentun') + 1;
    expect(d).toMatchObject({ code: 'DNN2003', severity: 'error', file: file.path, suggestions: ['momentum'] });
    expect(d!.start).toEqual({ line, column, offset: file.text.indexOf('momentun') });
    expect(d!.end).toEqual({ line, column: column + 'momentun'.length, offset: file.text.indexOf('momentun') + 'momentun'.length });
    expect(d!.text).toContain(`examples/mistakes/typo.dnn:${line}:${column}: error DNN2003:`);
    expect(d!.text).toContain('^~~~~~~~');
    expect(bundled.formatDiagnostic).toBeTypeOf('function');
  });

  it('an import without a resolver is a diagnostic at the import', () => {
    const file = example('exercise8.dnn');
    const [d] = bundled.checkSource(file);
    const line = file.text.split('\n').findIndex((l) => l.startsWith('import')) + 1;
    expect(d).toMatchObject({ code: 'DNN6001', file: file.path, start: { line, column: 8 } });
    expect(d!.message).toContain('no resolveImport');
  });

  it('imports come from a map of path → text, or are fetched beforehand', async () => {
    const file = example('exercise8.dnn');
    const layers = readFileSync('examples/lib/layers.dnn', 'utf8');
    expect(bundled.compileSource(file, { resolveImport: { 'examples/lib/layers.dnn': layers } }).ok).toBe(true);
    const fetched: string[] = [];
    const imports = await bundled.fetchImports(file, async (path) => (fetched.push(path), path === 'examples/lib/layers.dnn' ? layers : null));
    expect(fetched).toEqual(['examples/lib/layers.dnn']);
    expect(bundled.compileSource(file, { resolveImport: imports }).ok).toBe(true);
    const [missing] = bundled.checkSource(file, { resolveImport: {} });
    expect(missing).toMatchObject({ code: 'DNN6001', message: 'imported file "lib/layers.dnn" does not exist', start: { line: 5 } });
  });

  it('a mistake in an imported file is located in that file', () => {
    const file = { path: 'm/model.dnn', text: readFileSync('examples/exercise8.dnn', 'utf8') };
    const [d] = bundled.checkSource(file, { resolveImport: (path) => (path === 'm/lib/layers.dnn' ? 'fn f(x) = x\nfn g(x) = x @ x\n' : null) });
    expect(d).toMatchObject({ code: 'DNN1001', file: 'm/lib/layers.dnn', start: { line: 2, column: 13 } });
  });

  it('refuses what the page must not hand it: a source too large, not text, a non-.dnn import', () => {
    const big = bundled.checkSource({ path: 'big.dnn', text: 'x'.repeat(bundled.MAX_SOURCE_CHARS + 1) });
    expect(big.map((d) => d.code)).toEqual(['DNN6021']);
    expect(bundled.checkSource({ path: 'a.dnn', text: 42 } as never).map((d) => d.code)).toEqual(['DNN6033']);
    const [d] = bundled.checkSource({ path: 'a.dnn', text: 'import "secret.txt"\n' }, { resolveImport: () => 'x' });
    expect(d).toMatchObject({ code: 'DNN6022', start: { line: 1, column: 8 } });
  });
});

describe('resolveImportPath', () => {
  it('resolves against the importing file folder, normalized', () => {
    expect(direct.resolveImportPath('lib/a.dnn', { path: 'examples/m.dnn', text: '' })).toBe('examples/lib/a.dnn');
    expect(direct.resolveImportPath('./a.dnn', { path: 'm.dnn', text: '' })).toBe('a.dnn');
    expect(direct.resolveImportPath('../x/a.dnn', { path: 'e/f/m.dnn', text: '' })).toBe('e/x/a.dnn');
    expect(direct.resolveImportPath('../../a.dnn', { path: 'e/m.dnn', text: '' })).toBe('../a.dnn');
    expect(direct.resolveImportPath('/lib/a.dnn', { path: 'e/m.dnn', text: '' })).toBe('/lib/a.dnn');
  });
});

/** The error fixtures whose mistakes only lowering finds: the quick check passes them. */
const LOWERING_ONLY: readonly string[] = [];

describe('checkSource with quick (for each keystroke)', () => {
  const fixtures = readdirSync('test/fixtures/errors').filter((f) => f.endsWith('.dnn')).sort();
  /** The fixtures' imports, read as a page's resolver would hand them over. */
  const fromDisk = (path: string) => (existsSync(path) ? readFileSync(path, 'utf8') : null);
  const located = (ds: readonly direct.SourceDiagnostic[]) => ds.map((d) => `${d.code} ${d.file}:${d.start?.line}:${d.start?.column}-${d.end?.line}:${d.end?.column}`);

  it('finds what the full check finds in every error fixture', () => {
    expect(fixtures.length).toBeGreaterThan(40);
    const differ = fixtures.filter((name) => {
      const file = { path: `test/fixtures/errors/${name}`, text: readFileSync(`test/fixtures/errors/${name}`, 'utf8') };
      const full = located(direct.checkSource(file, { resolveImport: fromDisk }));
      return JSON.stringify(located(direct.checkSource(file, { resolveImport: fromDisk, quick: true }))) !== JSON.stringify(full);
    });
    expect(differ).toEqual(LOWERING_ONLY);
  });

  it('passes a model that compiles, and reports in the bundle too', () => {
    expect(direct.checkSource(example('mnist-bn.dnn'), { quick: true })).toEqual([]);
    expect(bundled.checkSource(example('mistakes/typo.dnn'), { quick: true }).map((d) => d.code)).toEqual(['DNN2003']);
  });
});
