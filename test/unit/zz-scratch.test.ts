import { it } from 'vitest';
import { readFileSync } from 'node:fs';
import { compileSource } from '../../src/compiler/compile.js';
import { DnnError, formatDiagnostic } from '../../src/contract/diagnostics.js';
it('x', () => {
  for (const f of (process.env.FILES ?? '').split(',')) {
    try {
      const c = compileSource({ path: f, text: readFileSync(f, 'utf8') }, { maxStorageBuffers: 8 });
      console.log(f + ': OK ' + c.artifact.kernels.map((k) => k.name).join(' ').slice(0, 2500));
    } catch (e) {
      console.log(f + ': ' + (e instanceof DnnError ? e.diagnostics.map(formatDiagnostic).join('\n') : (e as Error).stack?.slice(0, 800)));
    }
  }
});
