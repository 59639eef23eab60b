// The pages' static server (scripts/static-server.mjs, behind `npm run playground` and `npm run
// demo`) against hostile requests: path traversal (plain, percent-encoded, backslashes, NUL, a
// symlink inside the served folder pointing out of it), request targets and headers too long,
// methods other than GET/HEAD, undecodable paths; and both servers' bad PORT values (a message
// and exit 2, before anything is built). The server runs here in-process on a temporary folder.
import { spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import type { Server } from 'node:http';
import { connect } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';

interface StaticServer {
  serveStatic(o: { name: string; routes: [string, string][]; port: number; host: string }): Server;
  MAX_URL: number;
}

/** Sends raw request bytes; resolves with the status line and body. */
function raw(port: number, request: string): Promise<{ status: string; body: string; head: string }> {
  return new Promise((resolve, reject) => {
    const socket = connect(port, '127.0.0.1', () => socket.write(request));
    let text = '';
    socket.on('data', (d: Buffer) => (text += d.toString('latin1')));
    socket.on('end', () => {
      const [head = '', body = ''] = text.split('\r\n\r\n');
      resolve({ status: head.split('\r\n')[0]!, head, body });
    });
    socket.on('error', reject);
  });
}

const get = (port: number, target: string, method = 'GET', extra = '') =>
  raw(port, `${method} ${target} HTTP/1.1\r\nHost: 127.0.0.1\r\nConnection: close\r\n${extra}\r\n`);

describe('the pages static server against hostile requests', () => {
  let server: Server;
  let port = 0;
  let root = '';
  let mod: StaticServer;

  beforeAll(async () => {
    root = mkdtempSync(join(tmpdir(), 'dnnc-static-'));
    const served = join(root, 'site');
    mkdirSync(join(served, 'data'), { recursive: true });
    writeFileSync(join(served, 'index.html'), '<p>page</p>');
    writeFileSync(join(served, 'data', 'x.json'), '{}');
    writeFileSync(join(root, 'secret.txt'), 'SECRET');
    symlinkSync(join(root, 'secret.txt'), join(served, 'link.txt'));
    // @ts-expect-error: a plain ES module without types
    mod = (await import('../../scripts/static-server.mjs')) as StaticServer;
    server = mod.serveStatic({ name: 'test', routes: [['/', served]], port: 0, host: '127.0.0.1' });
    await new Promise<void>((r) => server.on('listening', () => r()));
    port = (server.address() as { port: number }).port;
  });

  afterAll(() => {
    server?.close();
    rmSync(root, { recursive: true, force: true });
  });

  it('serves its files, GET and HEAD', async () => {
    expect((await get(port, '/')).body).toContain('<p>page</p>');
    expect((await get(port, '/data/x.json')).status).toBe('HTTP/1.1 200 OK');
    const head = await get(port, '/index.html', 'HEAD');
    expect(head.status).toBe('HTTP/1.1 200 OK');
    expect(head.body).toBe('');
  });

  it.each([
    '/../secret.txt', '/%2e%2e/secret.txt', '/%2E%2E%2Fsecret.txt', '/data/../../secret.txt', '/data/%2e%2e/%2e%2e/secret.txt',
    '/..%5csecret.txt', '/link.txt', '/data/', '/data', '/nothing.html', '//secret.txt', '/index.html%00.txt',
  ])('never serves what lies outside its folder, nor a folder: %s', async (target) => {
    const r = await get(port, target);
    expect(r.status).toMatch(/^HTTP\/1\.1 40[04] /);
    expect(r.body).not.toContain('SECRET');
  });

  it('refuses an undecodable path with 400', async () => {
    expect((await get(port, '/%E0%A4%A')).status).toBe('HTTP/1.1 400 Bad Request');
    expect((await get(port, '/%')).status).toBe('HTTP/1.1 400 Bad Request');
  });

  it('refuses a request target longer than MAX_URL with 414, and huge headers with 431', async () => {
    expect((await get(port, '/' + 'a'.repeat(mod.MAX_URL))).status).toBe('HTTP/1.1 414 URI Too Long');
    expect((await get(port, '/?' + 'q'.repeat(100_000))).status).toMatch(/^HTTP\/1\.1 (414|431) /);
    expect((await get(port, '/', 'GET', `X-Big: ${'b'.repeat(64 * 1024)}\r\n`)).status).toMatch(/^HTTP\/1\.1 431 /);
    expect((await get(port, '/')).status).toBe('HTTP/1.1 200 OK'); // still up
  });

  it.each(['POST', 'PUT', 'DELETE', 'PATCH', 'OPTIONS', 'TRACE'])('refuses %s with 405 and says what is allowed', async (method) => {
    const r = await raw(port, `${method} /index.html HTTP/1.1\r\nHost: 127.0.0.1\r\nConnection: close\r\nContent-Length: 4\r\n\r\nbody`);
    expect(r.status).toBe('HTTP/1.1 405 Method Not Allowed');
    expect(r.head.toLowerCase()).toContain('allow: get, head');
  });

  it('answers garbage with 400 and stays up', async () => {
    expect((await raw(port, 'NOT HTTP AT ALL\r\n\r\n')).status).toBe('HTTP/1.1 400 Bad Request');
    expect((await get(port, 'http://evil.example/index.html')).status).toMatch(/^HTTP\/1\.1 400 /);
    expect((await get(port, '/')).status).toBe('HTTP/1.1 200 OK');
  });
});

describe('a bad PORT', () => {
  it.each(['abc', '70000', '-1', '8080x', ' 80', '1e3', '0x50'])("stops the playground and the demo with a message and exit 2: PORT='%s'", (value) => {
    for (const [script, name] of [['examples/playground/serve.mjs', 'playground'], ['examples/browser/serve.mjs', 'demo']]) {
      const r = spawnSync(process.execPath, [script!], { env: { ...process.env, PORT: value }, encoding: 'utf8', timeout: 30_000 });
      expect(r.status).toBe(2);
      expect(r.stderr).toBe(`${name}: PORT must be a port number from 0 to 65535, got '${value}'\n`);
    }
  });
});
