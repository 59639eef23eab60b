// Kernels stay loops, not unrolled text, for either adapter kind (issue 17 item 7, issue 19
// item 2): no kernel of any example is over 64 KB of WGSL with either kernel shape, and the
// artifact shaped for software adapters is at most twice the GPU-shaped one. A software adapter
// compiles every line it is given (1.7 MB of WGSL for mnist-bn took minutes to compile cold).
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { resolveImport } from '../../src/cli/source.js';
import { compileSource } from '../../src/compiler/compile.js';
import type { Artifact } from '../../src/contract/artifact.js';

const MAX_KERNEL_BYTES = 64 * 1024;
/** Folders of examples that are not models: a library imported by others, deliberate mistakes. */
const NOT_MODELS = new Set(['lib', 'mistakes']);

function examples(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((d) => {
    if (d.isDirectory()) return NOT_MODELS.has(d.name) ? [] : examples(join(dir, d.name));
    return d.name.endsWith('.dnn') ? [join(dir, d.name)] : [];
  });
}

/** A kernel's WGSL in bytes (a compiled artifact holds the source inline). */
const size = (k: Artifact['kernels'][number]) => Buffer.byteLength(k.wgsl ?? '');
const bytes = (a: Artifact) => a.kernels.reduce((n, k) => n + size(k), 0);
/** Each kernel over the limit, as "name: N bytes". */
const oversized = (a: Artifact) => a.kernels.filter((k) => size(k) > MAX_KERNEL_BYTES).map((k) => `${k.name}: ${size(k)} bytes`);

describe('kernel size', () => {
  const files = examples('examples').sort();

  it('finds the examples, in subfolders too', () => {
    expect(files).toContain(join('examples', 'mnist-bn.dnn'));
    expect(files).toContain(join('examples', 'own', 'tabular.dnn'));
    expect(files).toContain(join('examples', 'browser', 'digits.dnn'));
  });

  it.each(files)('%s: no kernel over 64 KB of WGSL, either shape; cpu shapes at most 2x gpu', (path) => {
    const c = compileSource({ path, text: readFileSync(path, 'utf8') }, { resolveImport });
    const gpu = c.artifactWith({ kernelShapes: 'gpu' });
    const cpu = c.artifactWith({ kernelShapes: 'cpu' });
    expect(gpu.kernels.every((k) => size(k) > 0)).toBe(true);
    expect(oversized(gpu)).toEqual([]);
    expect(oversized(cpu)).toEqual([]);
    expect(bytes(cpu)).toBeLessThanOrEqual(2 * bytes(gpu));
  });

  it('the measure sees a kernel over the limit', () => {
    const big = { kernels: [{ name: 'k', wgsl: 'x'.repeat(MAX_KERNEL_BYTES + 1) }] } as unknown as Artifact;
    expect(oversized(big)).toEqual([`k: ${MAX_KERNEL_BYTES + 1} bytes`]);
  });
});
