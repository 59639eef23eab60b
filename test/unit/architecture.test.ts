// The source folders form a stack (docs/architecture.md): each imports only from folders below
// it, so there is no cycle between folders, and the runtime that apps embed imports nothing of
// the compiler but the artifact contract and the shared error type. Equations are typed by
// their op: no `params as` cast and no string-keyed op table comes back.
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { dirname, join, normalize, relative } from 'node:path';
import { describe, expect, it } from 'vitest';
import { OPS } from '../../src/ir/ops/index.js';

/** Bottom to top; folders on one level may not import each other. */
export const LAYERS: readonly (readonly string[])[] = [
  ['contract'],
  ['ir'],
  ['std', 'passes', 'data', 'runtime', 'render'],
  ['dsl'],
  ['model', 'codegen'],
  ['compiler'],
  ['cli'],
  ['index.ts'],
];

const levelOf = (folder: string) => LAYERS.findIndex((l) => l.includes(folder));

function sources(dir: string): string[] {
  return readdirSync(dir).flatMap((f) => {
    const p = join(dir, f);
    return statSync(p).isDirectory() ? sources(p) : p.endsWith('.ts') ? [p] : [];
  });
}

/** Every relative import in src as [importing folder, imported folder, file]. */
function folderImports(): [string, string, string][] {
  const out: [string, string, string][] = [];
  for (const file of sources('src')) {
    const from = relative('src', file).split('/')[0]!;
    for (const m of readFileSync(file, 'utf8').matchAll(/(?:from|import)\s*\(?\s*'(\.[^']+)'/g)) {
      const target = relative('src', normalize(join(dirname(file), m[1]!)));
      out.push([from, target.split('/')[0]!.replace(/\.js$/, '.ts'), file]);
    }
  }
  return out;
}

/** Imports that go up the stack or sideways between folders of one level. */
const upward = (imports: readonly [string, string, string][]) => imports.filter(([a, b]) => a !== b && levelOf(b) >= levelOf(a));

describe('the layers of src/', () => {
  it('every folder of src has a layer', () => {
    for (const f of readdirSync('src')) expect(levelOf(f), `src/${f} is in no layer of LAYERS`).toBeGreaterThanOrEqual(0);
  });

  it('imports only go down the stack', () => {
    const up = upward(folderImports());
    expect(up.map(([a, b, f]) => `${f}: ${a} → ${b}`)).toEqual([]);
  });

  it('the runtime imports only the artifact contract and the error type', () => {
    const bad = folderImports().filter(([a, b]) => a === 'runtime' && b !== 'runtime' && b !== 'contract');
    expect(bad.map(([, b, f]) => `${f} → ${b}`)).toEqual([]);
  });

  it('the check sees an import up the stack and one sideways', () => {
    expect(upward([['model', 'compiler', 'x.ts'], ['std', 'passes', 'y.ts'], ['compiler', 'model', 'z.ts']]).map(([, , f]) => f)).toEqual(['x.ts', 'y.ts']);
  });
});

/** The primitives' names (OpKind), read from the registry. */
const OP_NAMES: ReadonlySet<string> = new Set(Object.keys(OPS));

/** `params as` casts: an equation's params are typed by its op (Eqn is a union over OpKind). */
export const paramsCasts = (text: string): string[] => [...text.matchAll(/\bparams\s+as\b[^;\n]*/g)].map((m) => m[0]);

/**
 * String-keyed op tables: a `Record<string, …>` object literal, a `Set` or an array of strings
 * whose entries are all op names (two or more). Tables over the primitives are typed over
 * OpKind (`{ [K in UnaryKind]: … }`), so a missing or misspelled kind is a compile error.
 */
export function stringOpTables(text: string): string[] {
  const out: string[] = [];
  const allOps = (names: readonly string[]) => names.length >= 2 && names.every((n) => OP_NAMES.has(n));
  for (const m of text.matchAll(/Record<string,[^=;]*=\s*\{([\s\S]*?)\};/g)) {
    const keys = [...m[1]!.matchAll(/(?:^|[,{\s])'?(\w+)'?\s*:/g)].map((k) => k[1]!);
    if (allOps(keys)) out.push(m[0].split('\n')[0]!);
  }
  for (const m of text.matchAll(/(?:new Set(?:<string>)?\(|=)\s*\[([^\]]*)\]/g)) {
    const items = m[1]!.split(',').map((s) => s.trim()).filter(Boolean);
    // The statement it is in names a kind type (`Set<OpKind>`, `satisfies readonly UnaryKind[]`), or
    // the host's Math functions (the wasm target's imports, named like the primitives): typed.
    const statement = text.slice(text.lastIndexOf('\n', m.index!) + 1, text.indexOf(';', m.index!));
    if (items.every((s) => /^'\w+'$/.test(s)) && allOps(items.map((s) => s.slice(1, -1))) && !/[A-Z]\w*Kind\b|keyof Math\b/.test(statement)) out.push(m[0]);
  }
  return out;
}

describe('equations typed by their op', () => {
  it('no `params as` cast in src/', () => {
    expect(sources('src').flatMap((f) => paramsCasts(readFileSync(f, 'utf8')).map((c) => `${f}: ${c}`))).toEqual([]);
  });

  it('no string-keyed op table in src/', () => {
    expect(sources('src').flatMap((f) => stringOpTables(readFileSync(f, 'utf8')).map((c) => `${f}: ${c}`))).toEqual([]);
  });

  it('the checks see a cast and string-keyed tables', () => {
    expect(paramsCasts('const { axis } = e.params as { axis: number };')).toHaveLength(1);
    expect(stringOpTables("const T: Readonly<Record<string, number>> = { neg: 1, abs: 2 };")).toHaveLength(1);
    expect(stringOpTables("const T: Record<string, number> = {\n  add: 1,\n  'sub': 2,\n};")).toHaveLength(1);
    expect(stringOpTables("const PASS = new Set(['stop_gradient', 'select']);")).toHaveLength(1);
    expect(stringOpTables("const IMPORTED = ['log', 'tanh'] as const;")).toHaveLength(1);
    // Not op tables: typed over the kinds, or keyed by other names.
    expect(stringOpTables("const PASS: ReadonlySet<OpKind> = new Set<OpKind>(['stop_gradient', 'select']);")).toEqual([]);
    expect(stringOpTables("const IMPORTED = ['log', 'tanh'] as const satisfies readonly UnaryKind[];")).toEqual([]);
    expect(stringOpTables("const B: Record<string, number> = { relu: 1, exp: 2 };")).toEqual([]);
    expect(stringOpTables("const HOST = ['exp', 'log'] as const satisfies readonly (keyof Math)[];")).toEqual([]);
  });
});
