// Hashes what the compiler emits for every example (examples/**/*.dnn), for checking that a
// refactor of code generation changes no byte: per example and kernel shapes ('gpu', 'cpu'),
// the artifact's kernels (names, WGSL, bindings), entries (steps) and buffers, and the wasm
// target (module bytes, kernel parameters, scratch size), and the whole artifact. Run after `npm run build`:
//   node scripts/artifact-hashes.mjs > before.txt   (then again after the change, and diff)
// --sizes adds each shape's total WGSL bytes and its largest kernel.
import { createHash } from 'node:crypto';
import { readdirSync } from 'node:fs';
import { join, relative } from 'node:path';
import { compileSource } from '../dist/src/compiler/compile.js';
import { readSource, resolveImport } from '../dist/src/cli/source.js';

const root = new URL('..', import.meta.url).pathname;
const files = (dir) => readdirSync(dir, { withFileTypes: true }).flatMap((d) => (d.isDirectory() ? files(join(dir, d.name)) : d.name.endsWith('.dnn') ? [join(dir, d.name)] : []));
const hash = (v) => createHash('sha256').update(typeof v === 'string' ? v : JSON.stringify(v)).digest('hex').slice(0, 16);

const sizes = process.argv.includes('--sizes');
const all = createHash('sha256');
for (const file of files(join(root, 'examples')).sort()) {
  const name = relative(root, file);
  let line;
  try {
    const c = compileSource(readSource(file), { resolveImport, wasm: true, kernelShapes: 'gpu' });
    line = ['gpu', 'cpu'].map((shapes) => {
      const a = shapes === 'gpu' ? c.artifact : c.artifactWith({ kernelShapes: shapes, wasm: true });
      const wgsl = hash({ kernels: a.kernels, entries: a.entries, buffers: a.buffers, accumulators: a.accumulators, requirements: a.requirements });
      const wasm = hash({ module: a.wasm.module, kernels: a.wasm.kernels, scratch: a.wasm.scratchBytes, imports: a.wasm.imports });
      const big = a.kernels.reduce((m, k) => (k.wgsl.length > m.wgsl.length ? k : m), a.kernels[0]);
      const size = sizes ? `, ${a.kernels.reduce((n, k) => n + k.wgsl.length, 0)} B WGSL, largest ${big.wgsl.length} B ${big.name}` : '';
      return `${shapes} wgsl ${wgsl} wasm ${wasm} all ${hash(a)} (${a.kernels.length} kernels, ${Buffer.from(a.wasm.module, 'base64').length} B module${size})`;
    }).join('  ');
  } catch (e) {
    line = `error ${hash(String(e?.message ?? e))}`;
  }
  all.update(`${name} ${line}\n`);
  console.log(`${name}  ${line}`);
}
console.log(`all ${all.digest('hex').slice(0, 16)}`);
