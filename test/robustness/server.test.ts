// The demo server (examples/browser/serve.mjs, `npm run demo`) against clients that go away
// mid-download, as reloads and closed tabs do: 2,000 abandoned downloads of mnist.bin leave its
// open file descriptors flat and the server up (it leaked one each and died of EMFILE at ~1,000).
import { spawn, type ChildProcess } from 'node:child_process';
import { readdirSync } from 'node:fs';
import { connect } from 'node:net';
import { afterAll, describe, expect, it } from 'vitest';

const ABANDONED = 2000;
const AT_ONCE = 50;

let server: ChildProcess | undefined;
afterAll(() => {
  server?.kill('SIGKILL');
});

/** Starts the demo on a free loopback port; resolves with its port once it listens. */
async function startDemo(): Promise<number> {
  server = spawn(process.execPath, ['examples/browser/serve.mjs'], { env: { ...process.env, PORT: '0', HOST: '127.0.0.1' }, stdio: ['ignore', 'pipe', 'pipe'] });
  let err = '';
  server.stderr!.on('data', (d: Buffer) => (err += d.toString()));
  return await new Promise<number>((resolve, reject) => {
    server!.stdout!.on('data', (d: Buffer) => {
      const port = /localhost:(\d+)/.exec(d.toString())?.[1];
      if (port) resolve(Number(port));
    });
    server!.on('exit', (code) => reject(new Error(`the demo server exited (${code}): ${err}`)));
  });
}

/** GET `path`, read until some of the body has come, then drop the connection. */
function abandon(port: number, path: string): Promise<void> {
  return new Promise((resolve, reject) => {
    const socket = connect(port, '127.0.0.1', () => socket.write(`GET ${path} HTTP/1.1\r\nHost: 127.0.0.1\r\n\r\n`));
    let seen = 0;
    socket.on('data', (d: Buffer) => {
      seen += d.length;
      if (seen > 4096) {
        socket.destroy();
        resolve();
      }
    });
    socket.on('error', reject);
    socket.on('close', () => resolve());
  });
}

/** An ordinary GET's status line. */
function status(port: number, path: string): Promise<string> {
  return new Promise((resolve, reject) => {
    const socket = connect(port, '127.0.0.1', () => socket.write(`GET ${path} HTTP/1.1\r\nHost: 127.0.0.1\r\nConnection: close\r\n\r\n`));
    let text = '';
    socket.on('data', (d: Buffer) => (text += d.toString('latin1')));
    socket.on('end', () => resolve(text.split('\r\n')[0]!));
    socket.on('error', reject);
  });
}

const openFiles = (pid: number) => readdirSync(`/proc/${pid}/fd`).length;

async function settled(pid: number, bound: number): Promise<number> {
  const deadline = Date.now() + 5_000;
  let n = openFiles(pid);
  while (n > bound && Date.now() < deadline) {
    await new Promise((r) => setTimeout(r, 50));
    n = openFiles(pid);
  }
  return n;
}

describe.runIf(process.platform === 'linux')('the demo server', () => {
  it(`stays up with its open files flat after ${ABANDONED} abandoned downloads of mnist.bin`, async () => {
    const port = await startDemo();
    const pid = server!.pid!;
    expect(await status(port, '/data/mnist.bin')).toBe('HTTP/1.1 200 OK');
    await new Promise((r) => setTimeout(r, 200)); // that request's socket closes
    const before = openFiles(pid);
    const t0 = Date.now();
    for (let i = 0; i < ABANDONED; i += AT_ONCE) {
      await Promise.all(Array.from({ length: AT_ONCE }, () => abandon(port, '/data/mnist.bin')));
    }
    const seconds = (Date.now() - t0) / 1000;
    expect(server!.exitCode).toBe(null);
    expect(await settled(pid, before + 5)).toBeLessThanOrEqual(before + 5);
    expect(await status(port, '/index.html')).toBe('HTTP/1.1 200 OK');
    expect(seconds).toBeLessThan(60);
  }, 180_000);
});
