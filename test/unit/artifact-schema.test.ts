// Every example's real artifact (with its wasm target, and its kernels in both shapes) passes the artifact schema and its
// invariants (src/contract/artifactSchema.ts), as written to disk and read back: the checks the
// runtime makes where an artifact enters refuse nothing dnnc compiles. GPU-free.
import { readdirSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { resolveImport } from '../../src/cli/source.js';
import { compileSource } from '../../src/compiler/compile.js';
import { bundleOf, parseArtifactBundle, validateArtifact } from '../../src/runtime/artifact.js';
import { at, int, list, object, optional, SchemaError, str } from '../../src/contract/schema.js';

// Every model in examples/ (lib/ holds functions to import, mistakes/ a model that does not compile).
const examples = ['.', 'optimizers', 'browser', 'own']
  .flatMap((dir) => readdirSync(`examples/${dir}`).filter((f) => f.endsWith('.dnn')).map((f) => (dir === '.' ? f : `${dir}/${f}`)))
  .sort();

describe('every example compiles to an artifact the runtime accepts', () => {
  it.each(examples)('%s', (file) => {
    const c = compileSource({ path: `examples/${file}`, text: readFileSync(`examples/${file}`, 'utf8') }, { resolveImport, wasm: true });
    const { artifact } = c;
    expect(validateArtifact(artifact)).toBe(artifact);
    // The kernels shaped for software adapters declare their bindings the same way.
    expect(() => validateArtifact(c.artifactWith({ kernelShapes: 'cpu', wasm: false }))).not.toThrow();
    expect(parseArtifactBundle(new TextEncoder().encode(bundleOf(artifact))).buffers).toEqual(artifact.buffers);
  });
});

describe('the schema kit', () => {
  const s = object({ name: str({ nonEmpty: true }), sizes: list(int(1, 10)), note: optional(str()) });
  const pathOf = (v: unknown): string => {
    try {
      s(v, '');
    } catch (e) {
      if (e instanceof SchemaError) return e.path;
      throw e;
    }
    return 'accepted';
  };

  it('names the path of the first wrong field', () => {
    expect(pathOf({ name: 'a', sizes: [1, 2] })).toBe('accepted');
    expect(pathOf({ name: 'a', sizes: [1, 11] })).toBe('sizes[1]');
    expect(pathOf({ name: '', sizes: [] })).toBe('name');
    expect(pathOf({ name: 'a', sizes: [], note: 3 })).toBe('note');
    expect(pathOf(null)).toBe('');
    expect(pathOf({ name: 'a', sizes: null })).toBe('sizes');
  });

  it('spells keys as JavaScript would', () => {
    expect(at('entries', 'init')).toBe('entries.init');
    expect(at('accumulators', 'acc/train/loss')).toBe('accumulators["acc/train/loss"]');
    expect(at('buffers', 3)).toBe('buffers[3]');
  });
});
