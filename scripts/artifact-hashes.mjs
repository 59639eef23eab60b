// Compiles every example (examples/**/*.dnn) with both kernel shapes and the wasm target, and
// prints one line per example and shape: the hash of each kernel's WGSL and of the wasm module,
// and the sizes (total WGSL, largest kernel). Run after `npm run build`; diff two runs' output to
// check that a refactoring of the emitters leaves every artifact byte-identical.
//   node scripts/artifact-hashes.mjs [--sizes] > before.txt
import { createHash } from 'node:crypto';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { resolveImport } from '../dist/src/cli/source.js';
import { compileSource } from '../dist/src/compiler/compile.js';

const sizes = process.argv.includes('--sizes');
const walk = (dir) => readdirSync(dir, { withFileTypes: true }).flatMap((d) =>
  d.isDirectory() ? walk(join(dir, d.name)) : d.name.endsWith('.dnn') ? [join(dir, d.name)] : []);
const hash = (s) => createHash('sha256').update(s).digest('hex').slice(0, 16);
for (const path of walk('examples').sort()) {
  let c;
  try {
    c = compileSource({ path, text: readFileSync(path, 'utf8') }, { resolveImport, wasm: true });
  } catch (e) {
    console.log(`${path} does not compile: ${String(e.message).split('\n')[0]}`);
    continue;
  }
  for (const shapes of ['gpu', 'cpu']) {
    const a = c.artifactWith({ kernelShapes: shapes, wasm: true });
    const total = a.kernels.reduce((n, k) => n + k.wgsl.length, 0);
    const big = a.kernels.reduce((m, k) => (k.wgsl.length > m.wgsl.length ? k : m), a.kernels[0]);
    const wgsl = hash(a.kernels.map((k) => `${k.name}\n${k.wgsl}`).join('\n'));
    const wasm = hash(JSON.stringify(a.wasm ?? null));
    console.log(`${path} ${shapes} wgsl=${wgsl} wasm=${wasm}` + (sizes ? ` total=${total} largest=${big.wgsl.length} ${big.name}` : ''));
  }
}
