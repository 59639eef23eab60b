// The source folders form a stack (docs/architecture.md): each imports only from folders below
// it, so there is no cycle between folders, and the runtime that apps embed imports nothing of
// the compiler but the artifact contract and the shared error type.
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { dirname, join, normalize, relative } from 'node:path';
import { describe, expect, it } from 'vitest';

/** Bottom to top; folders on one level may not import each other. */
export const LAYERS: readonly (readonly string[])[] = [
  ['contract'],
  ['ir'],
  ['std', 'passes', 'data', 'runtime'],
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
