// Builds the playground into dist/playground/ (what `npm run playground` serves): the page and
// its worker bundled by esbuild for the browser (CodeMirror, the compiler and the runtime from
// src/ through 'dnnc/compiler' and 'dnnc/runtime', as an app would import them; nothing from a
// CDN, the page works offline), its HTML and CSS, examples.json (the examples that train on MNIST,
// found by compiling every examples/**/*.dnn, and the .dnn files they may import) and the demo's
// MNIST subset. usage: node examples/playground/bundle.mjs (after npm run build)
import { copyFileSync, mkdirSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { dirname, join, relative, resolve, sep } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { build } from 'esbuild';
import { buildMnistSubset, writeAtomic } from '../../scripts/static-server.mjs';

const HERE = dirname(fileURLToPath(import.meta.url));
const ROOT = resolve(HERE, '..', '..');
export const OUT = join(ROOT, 'dist', 'playground');
const EXAMPLES = join(ROOT, 'examples');
const ENTRIES = { 'dnnc/compiler': 'src/compiler/browser.ts', 'dnnc/runtime': 'src/runtime/index.ts' };

/** Every .dnn file under examples/, as [path relative to examples/ with '/', text]. */
function dnnFiles(dir = EXAMPLES) {
  return readdirSync(dir, { withFileTypes: true }).flatMap((d) => {
    const path = join(dir, d.name);
    if (d.isDirectory()) return dnnFiles(path);
    return d.isFile() && d.name.endsWith('.dnn') ? [[relative(EXAMPLES, path).split(sep).join('/'), readFileSync(path, 'utf8')]] : [];
  });
}

/** Whether a compiled model trains on MNIST digits: the default data (or "mnist"), one 784-value image input, class labels. */
export function trainsOnMnist(artifact) {
  const features = artifact.inputs.filter((i) => i.role === 'features');
  const labels = artifact.inputs.filter((i) => i.role === 'labels');
  const size = features[0]?.example.reduce((a, n) => a * n, 1);
  return (artifact.train.data === undefined || artifact.train.data === 'mnist') && features.length === 1 && size === 784 && labels.length === 1 && labels[0].classes >= 2;
}

/** The examples menu: every example that compiles and trains on MNIST, by path; and every .dnn file by path, for imports. */
export async function examplesList() {
  const { compileSource } = await import(pathToFileURL(join(ROOT, 'dist', 'src', 'compiler', 'browser.js')).href);
  const files = dnnFiles().sort(([a], [b]) => (a.includes('/') - b.includes('/')) || a.localeCompare(b));
  const lib = Object.fromEntries(files);
  const examples = files.filter(([path, text]) => {
    const r = compileSource({ path, text }, { resolveImport: lib });
    return r.ok && trainsOnMnist(r.artifact);
  }).map(([path, text]) => ({ path, text }));
  return { examples, lib };
}

/** Resolves 'dnnc/compiler' and 'dnnc/runtime' to their TypeScript sources. */
const dnncEntries = {
  name: 'dnnc-entries',
  setup(b) {
    b.onResolve({ filter: /^dnnc\/(compiler|runtime)$/ }, (args) => ({ path: join(ROOT, ENTRIES[args.path]) }));
  },
};

export async function buildPlayground() {
  rmSync(OUT, { recursive: true, force: true });
  mkdirSync(join(OUT, 'data'), { recursive: true });
  await build({
    entryPoints: [join(HERE, 'page.js'), join(HERE, 'worker.js')],
    outdir: OUT,
    bundle: true,
    format: 'esm',
    platform: 'browser',
    target: 'es2022',
    minify: true,
    sourcemap: 'linked',
    plugins: [dnncEntries],
    logLevel: 'warning',
  });
  for (const f of ['index.html', 'style.css']) copyFileSync(join(HERE, f), join(OUT, f));
  writeAtomic(join(OUT, 'examples.json'), JSON.stringify(await examplesList()));
  buildMnistSubset(join(OUT, 'data'));
}

if (process.argv[1] && resolve(process.argv[1]) === fileURLToPath(import.meta.url)) await buildPlayground();
