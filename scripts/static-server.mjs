// The static server of the browser pages (`npm run demo`, `npm run playground`), and the MNIST
// subset they train on. GET and HEAD only (else 405 with Allow), a fixed set of folders (a file
// must lie inside its folder after symlinks are followed), no directory listings, request targets
// of at most MAX_URL characters (else 414), undecodable paths 400, headers within 10 s and
// requests within 30 s, at most MAX_CONNECTIONS sockets at once. test/robustness/server.test.ts
// and test/robustness/playground-server.test.ts attack it.
import { createReadStream, readFileSync, realpathSync, renameSync, statSync, writeFileSync } from 'node:fs';
import { createServer } from 'node:http';
import { createRequire } from 'node:module';
import { extname, join, resolve, sep } from 'node:path';
import { pipeline } from 'node:stream';

export const PIXELS = 28 * 28;
/** Enough digits for > 0.8 validation accuracy after one epoch, few enough for a software GPU. */
export const SIZES = { train: 4000, val: 1000 };
/** The longest request target served (a page's URL with its query; the fragment never reaches a server). */
export const MAX_URL = 2048;
export const MAX_CONNECTIONS = 256;

const TYPES = {
  '.html': 'text/html; charset=utf-8', '.js': 'text/javascript; charset=utf-8', '.mjs': 'text/javascript; charset=utf-8',
  '.json': 'application/json', '.css': 'text/css', '.svg': 'image/svg+xml', '.map': 'application/json', '.png': 'image/png',
};

/** $PORT as a port number (default 8080; 0 picks a free one), or a clear message and exit 2. */
export function portFromEnv(name) {
  const text = process.env.PORT;
  if (text === undefined || text === '') return 8080;
  const port = /^\d{1,5}$/.test(text) ? Number(text) : NaN;
  if (!Number.isInteger(port) || port > 65535) {
    process.stderr.write(`${name}: PORT must be a port number from 0 to 65535, got '${text}'\n`);
    process.exit(2);
  }
  return port;
}

export function writeAtomic(path, data) {
  const tmp = `${path}.tmp-${process.pid}`;
  writeFileSync(tmp, data);
  renameSync(tmp, path);
}

/**
 * A balanced, deterministic subset of the `mnist` package (example i is digit i % 10), written to
 * OUT/mnist.bin as bytes: the training pixels, then the validation pixels, then all labels (one
 * byte each); OUT/mnist.json says the sizes.
 */
export function buildMnistSubset(out) {
  const digits = createRequire(import.meta.url)('mnist');
  const total = SIZES.train + SIZES.val;
  const bytes = new Uint8Array(total * PIXELS + total);
  for (let i = 0; i < total; i++) {
    const d = i % 10;
    const pixels = digits[d].get(Math.floor(i / 10));
    // The package stores byte/255 rounded to 3 decimals; rounding ×255 recovers the bytes.
    for (let p = 0; p < PIXELS; p++) bytes[i * PIXELS + p] = Math.round(pixels[p] * 255);
    bytes[total * PIXELS + i] = d;
  }
  writeAtomic(join(out, 'mnist.bin'), bytes);
  writeAtomic(join(out, 'mnist.json'), JSON.stringify({ ...SIZES, pixels: PIXELS, layout: 'train pixels, val pixels, train labels, val labels (u8)' }) + '\n');
}

/** A request path's file inside one of `routes`' folders ([URL prefix, folder]), null if none, 'bad' if undecodable. */
export function fileFor(routes, urlPath) {
  let path;
  try {
    path = decodeURIComponent(urlPath.split('?')[0]);
  } catch {
    return 'bad';
  }
  if (path.includes('\0')) return 'bad';
  if (path === '/') path = '/index.html';
  for (const [prefix, dir] of routes) {
    if (!path.startsWith(prefix)) continue;
    const file = resolve(dir, '.' + path.slice(prefix.length - 1));
    if (!file.startsWith(dir + sep)) return null;
    try {
      // Inside the folder after symlinks too (a link in it must not serve the rest of the disk).
      const real = realpathSync(file);
      return real.startsWith(realpathSync(dir) + sep) && statSync(real).isFile() ? real : null;
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
 * instead of crashing the server. `rewrite(file)` may return a small file's text to send instead.
 */
function send(name, file, res, rewrite) {
  const text = rewrite?.(file);
  if (text !== undefined) {
    res.end(text);
    return;
  }
  pipeline(createReadStream(file), res, (err) => {
    if (err && err.code !== 'ERR_STREAM_PREMATURE_CLOSE') process.stderr.write(`${name}: ${file}: ${err.message}\n`);
  });
}

/**
 * Cross-origin isolation (every resource is this server's own): a page gets SharedArrayBuffer, so
 * the runtime's wasm target trains on worker threads, one per core (without it: one thread).
 */
const ISOLATED = { 'cross-origin-opener-policy': 'same-origin', 'cross-origin-embedder-policy': 'require-corp' };

function refuse(res, status, text, headers = {}) {
  res.writeHead(status, { 'content-type': 'text/plain', ...headers });
  res.end(text + '\n');
}

/** The request's answer: a file, or a refusal with its status. */
function handle(name, routes, rewrite, req, res) {
  const url = req.url ?? '/';
  if (req.method !== 'GET' && req.method !== 'HEAD') return refuse(res, 405, 'method not allowed', { allow: 'GET, HEAD' });
  if (url.length > MAX_URL) return refuse(res, 414, `request target longer than ${MAX_URL} characters`);
  if (!url.startsWith('/')) return refuse(res, 400, 'bad request target');
  const file = fileFor(routes, url);
  if (file === 'bad') return refuse(res, 400, 'bad path');
  if (!file) return refuse(res, 404, 'not found');
  res.writeHead(200, { 'content-type': TYPES[extname(file)] ?? 'application/octet-stream', 'cache-control': 'no-store', 'x-content-type-options': 'nosniff', ...ISOLATED });
  if (req.method === 'HEAD') res.end();
  else send(name, file, res, rewrite);
}

/**
 * Serves `routes` on host:port and prints `NAME: http://localhost:PORT/` once listening. "localhost",
 * not the address: WebGPU needs a secure context, and http://localhost is one.
 */
export function serveStatic({ name, routes, port, host, rewrite }) {
  const server = createServer({ requestTimeout: 30_000, headersTimeout: 10_000, maxHeaderSize: 16 * 1024 }, (req, res) => handle(name, routes, rewrite, req, res));
  server.maxConnections = MAX_CONNECTIONS;
  server.on('clientError', (err, socket) => {
    if (!socket.writable) return socket.destroy();
    const status = err.code === 'HPE_HEADER_OVERFLOW' ? '431 Request Header Fields Too Large' : err.code === 'ERR_HTTP_REQUEST_TIMEOUT' ? '408 Request Timeout' : '400 Bad Request';
    socket.end(`HTTP/1.1 ${status}\r\nConnection: close\r\nContent-Length: 0\r\n\r\n`);
  });
  server.on('error', (e) => {
    process.stderr.write(`${name}: cannot listen on ${host}:${port}: ${e.message}\n`);
    process.exit(1);
  });
  server.listen(port, host, () => process.stdout.write(`dnnc ${name}: http://localhost:${server.address().port}/\n`));
  return server;
}

/** A small text file's contents (for `rewrite`). */
export const textOf = (file) => readFileSync(file, 'utf8');
