#!/usr/bin/env node
// `npm run demo`: builds the browser demo's files, then serves the demo on
// http://localhost:$PORT (default 8080; loopback only unless HOST says otherwise).
//
// The build step writes into dist/demo/: digits.json, the model compiled into a one-file bundle
// (`dnnc compile examples/browser/digits.dnn --bundle`), and mnist.bin + mnist.json, a subset of
// the `mnist` package's digits as bytes. The server is scripts/static-server.mjs (shared with the
// playground): GET and HEAD only, a fixed set of folders, no directory listings, bounded
// requests. PORT=0 picks a free port; the URL is printed on stdout.
import { spawnSync } from 'node:child_process';
import { mkdirSync } from 'node:fs';
import { dirname, join, resolve, sep } from 'node:path';
import { fileURLToPath } from 'node:url';
import { buildMnistSubset, portFromEnv, serveStatic, textOf } from '../../scripts/static-server.mjs';

const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '..', '..');
const OUT = join(ROOT, 'dist', 'demo');
/** URL prefix → folder it serves (the runtime's modules keep their relative imports). */
const ROUTES = [
  ['/data/', OUT],
  ['/dist/src/runtime/', join(ROOT, 'dist', 'src', 'runtime')],
  ['/dist/src/contract/', join(ROOT, 'dist', 'src', 'contract')],
  ['/', join(ROOT, 'examples', 'browser')],
];
const EXAMPLES = join(ROOT, 'examples', 'browser');

/** Compiles the model into a bundle with the CLI (so the demo loads exactly what `--bundle` writes). */
function buildModel() {
  const cli = join(ROOT, 'dist', 'src', 'cli', 'main.js');
  const r = spawnSync(process.execPath, [cli, 'compile', join(ROOT, 'examples', 'browser', 'digits.dnn'), '--bundle', join(OUT, 'digits.json')], { encoding: 'utf8' });
  if (r.status !== 0) throw new Error(`compiling the demo model failed (run npm run build first?):\n${r.stderr || r.error}`);
}

// A module worker sees no import map: the page's scripts get 'dnnc/runtime' resolved here, as an
// app's bundler would (the examples' scripts are a few kB).
const rewrite = (file) =>
  file.startsWith(EXAMPLES + sep) && file.endsWith('.js') ? textOf(file).replaceAll("from 'dnnc/runtime'", "from '/dist/src/runtime/index.js'") : undefined;

const port = portFromEnv('demo');
try {
  mkdirSync(OUT, { recursive: true });
  buildModel();
  buildMnistSubset(OUT);
} catch (e) {
  process.stderr.write(`demo: ${e.message}\n`);
  process.exit(1);
}
serveStatic({ name: 'demo', routes: ROUTES, port, host: process.env.HOST || '127.0.0.1', rewrite });
