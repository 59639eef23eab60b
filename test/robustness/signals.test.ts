// Ctrl-C and a closed output during `dnnc train`, on a real child process, on both backends: the
// run finishes its epoch, saves a complete checkpoint and exits 130 (141 for the output), long
// before the epochs it was asked for; a second Ctrl-C quits at once. A dump whose reader goes
// away (`compile --emit wgsl | head -1`) still ends quietly with 0.
import { spawn, type ChildProcess } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, afterEach, describe, expect, it } from 'vitest';
import { resolveImport } from '../../src/cli/source.js';
import { compileSource } from '../../src/compiler/compile.js';
import { decodeSafetensors } from '../../src/runtime/safetensors.js';
import { openWasmDevice } from '../../src/runtime/wasm.js';

const CLI = 'dist/src/cli/main.js';
const EPOCHS = 300; // far more than any of these runs may train before it stops
const dir = mkdtempSync(join(tmpdir(), 'dnnc-signals-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

/** Three Gaussian blobs in four features, deterministic: `rows` examples. */
function blobs(rows: number): string {
  let seed = 12345;
  const rand = () => ((seed = (seed * 1103515245 + 12345) >>> 0) / 2 ** 32);
  const lines = ['a,b,c,d,label'];
  for (let i = 0; i < rows; i++) {
    const label = i % 3;
    lines.push([0, 1, 2, 3].map(() => (label + 2 * rand() - 1).toFixed(3)).join(',') + `,${label}`);
  }
  return lines.join('\n') + '\n';
}

// Epochs of ~50 ms (the small model) and of ~2 s on wasm (the wide one, for a Ctrl-C mid-epoch).
const SMALL = join(dir, 'small.csv');
const LARGE = join(dir, 'large.csv');
writeFileSync(SMALL, blobs(3000));
writeFileSync(LARGE, blobs(20000));
const WIDE = join(dir, 'wide.dnn');
writeFileSync(WIDE, `model wide
input X: f32[batch, 4]
input y: i32[batch]
h1 = dense(X, 256, activation: relu)
h2 = dense(h1, 256, activation: relu)
logits = dense(h2, 3)
loss = mean(sparse_softmax_cross_entropy(logits, y))
train {
  optimizer  = adam(learning_rate: 0.001)
  batch_size = 8
  epochs     = ${EPOCHS}
}
`);

interface Run {
  readonly child: ChildProcess;
  readonly lines: string[];
  readonly stderr: () => string;
  readonly exit: Promise<{ code: number | null; signal: string | null; at: number }>;
}

const running: ChildProcess[] = [];
afterEach(() => {
  for (const c of running.splice(0)) if (c.exitCode === null && c.signalCode === null) c.kill('SIGKILL');
});

function dnnc(args: string[]): Run {
  const child = spawn(process.execPath, [CLI, ...args], { stdio: ['ignore', 'pipe', 'pipe'] });
  running.push(child);
  const lines: string[] = [];
  let out = '';
  let err = '';
  child.stdout!.setEncoding('utf8').on('data', (d: string) => {
    out += d;
    const parts = out.split('\n');
    out = parts.pop()!;
    // train's first line, the compile phase, is not an epoch (cli.test.ts checks it).
    lines.push(...parts.filter((l) => !l.startsWith('{"event":"compile"')));
  });
  child.stdout!.on('error', () => {}); // destroyed on purpose by the pipe tests
  child.stderr!.setEncoding('utf8').on('data', (d: string) => (err += d));
  const exit = new Promise<{ code: number | null; signal: string | null; at: number }>((resolve) => child.on('exit', (code, signal) => resolve({ code, signal, at: Date.now() })));
  return { child, lines, stderr: () => err, exit };
}

/** Waits (polling) until `ready()`, failing after `ms`. */
async function until(ready: () => boolean, ms: number, what: string): Promise<void> {
  const deadline = Date.now() + ms;
  while (!ready()) {
    if (Date.now() > deadline) throw new Error(`timed out after ${ms} ms waiting for ${what}`);
    await new Promise((r) => setTimeout(r, 10));
  }
}

/** The checkpoint decodes whole, and says how many epochs it holds. */
function savedEpochs(path: string): number {
  const { tensors, metadata } = decodeSafetensors(new Uint8Array(readFileSync(path)), path);
  expect(tensors.size).toBeGreaterThan(0);
  return Number(metadata['epoch']);
}

/** The epoch lines among the --json events. */
const epochsIn = (r: Run) => r.lines.map((l) => JSON.parse(l) as Record<string, unknown>).filter((e) => 'loss' in e && !('event' in e)).length;

describe('Ctrl-C during dnnc train', () => {
  it.each([
    ['wasm', LARGE],
    ['webgpu', SMALL],
  ])('on %s: finishes the epoch, saves a complete checkpoint and exits 130, long before the last epoch', async (backend, data) => {
    const save = join(dir, `${backend}.safetensors`);
    const r = dnnc(['train', 'examples/own/tabular.dnn', '--data', data, '--backend', backend, '--epochs', String(EPOCHS), '--json', '--save', save]);
    await until(() => r.lines.length >= 1, 60_000, 'the first epoch');
    r.child.kill('SIGINT');
    const { code } = await r.exit;
    expect(code, r.stderr()).toBe(130);
    expect(r.stderr()).toContain('interrupted: stopping after this epoch');
    const trained = epochsIn(r);
    expect(trained).toBeLessThan(5);
    expect(savedEpochs(save)).toBe(trained);
    expect(r.stderr()).toContain(`saved ${save} (epoch ${trained})`);
  }, 90_000);

  it('a second Ctrl-C quits at once, mid-epoch, keeping the last saved epoch', async () => {
    const save = join(dir, 'twice.safetensors');
    const r = dnnc(['train', WIDE, '--data', LARGE, '--backend', 'wasm', '--json', '--save', save]);
    await until(() => r.lines.length >= 1, 60_000, 'the first epoch');
    const epochSeconds = (JSON.parse(r.lines[0]!) as { seconds: number }).seconds;
    // Into epoch 2 (its first slices): the first Ctrl-C is seen within the epoch, not at its end.
    await new Promise((res) => setTimeout(res, 300));
    r.child.kill('SIGINT');
    await until(() => r.stderr().includes('interrupted: stopping'), 2_000, 'the first Ctrl-C to be seen mid-epoch');
    const sent = Date.now();
    r.child.kill('SIGINT');
    const { code, at } = await r.exit;
    expect(code).toBe(130);
    expect(r.lines).toHaveLength(1);
    expect(savedEpochs(save)).toBe(1);
    expect(at - sent).toBeLessThan(Math.max(1000, (epochSeconds * 1000) / 2));
  }, 90_000);
});

describe('a closed standard output', () => {
  it.each(['wasm', 'webgpu'])('during dnnc train --json on %s: stops after the epoch, saves, exits 141 (never 0)', async (backend) => {
    const save = join(dir, `pipe-${backend}.safetensors`);
    const r = dnnc(['train', 'examples/own/tabular.dnn', '--data', backend === 'wasm' ? LARGE : SMALL, '--backend', backend, '--epochs', String(EPOCHS), '--json', '--save', save]);
    await until(() => r.lines.length >= 1, 60_000, 'the first epoch');
    r.child.stdout!.destroy(); // as `| head -1` does
    const { code } = await r.exit;
    expect(code, r.stderr()).toBe(141);
    expect(r.stderr()).toContain('the output was closed: stopping after this epoch');
    const saved = savedEpochs(save);
    expect(saved).toBeGreaterThanOrEqual(1);
    expect(saved).toBeLessThan(5);
  }, 90_000);

  it('during a dump (compile --emit wgsl): ends quietly with 0', async () => {
    const r = dnnc(['compile', 'examples/mnist-bn.dnn', '--emit', 'wgsl']);
    await until(() => r.lines.length >= 1, 60_000, 'the first line');
    r.child.stdout!.destroy();
    const { code } = await r.exit;
    expect(code).toBe(0);
    expect(r.stderr()).toBe('');
  }, 90_000);
});

describe('the wasm device', () => {
  it('runs a long submission in slices that let timers (and signals) in, keeping the queue order of writes', async () => {
    const model = 'examples/own/tabular.dnn';
    const { artifact } = compileSource({ path: model, text: readFileSync(model, 'utf8') }, { resolveImport, wasm: true });
    const { device } = await openWasmDevice(artifact);
    const MB4 = 4 << 20;
    const usage = GPUBufferUsage.STORAGE | GPUBufferUsage.COPY_SRC | GPUBufferUsage.COPY_DST;
    const [a, b] = [device.createBuffer({ size: MB4, usage }), device.createBuffer({ size: MB4, usage })];
    device.queue.writeBuffer(a, 0, new Float32Array([1]));
    let ticks = 0;
    const timer = setInterval(() => ticks++, 1);
    const t0 = performance.now();
    const enc = device.createCommandEncoder();
    for (let i = 0; i < 1500; i++) enc.copyBufferToBuffer(a, 0, b, 0, MB4); // 6 GB of copies: 100s of ms
    device.queue.submit([enc.finish()]);
    // Queued behind the copies, as on a GPU: b gets the 1, not the 2.
    device.queue.writeBuffer(a, 0, new Float32Array([2]));
    await device.queue.onSubmittedWorkDone();
    const ms = performance.now() - t0;
    clearInterval(timer);
    const read = async (buf: GPUBuffer) => {
      const staging = device.createBuffer({ size: 4, usage: GPUBufferUsage.MAP_READ | GPUBufferUsage.COPY_DST });
      const e = device.createCommandEncoder();
      e.copyBufferToBuffer(buf, 0, staging, 0, 4);
      device.queue.submit([e.finish()]);
      await staging.mapAsync(GPUMapMode.READ);
      return new Float32Array(staging.getMappedRange())[0];
    };
    expect([await read(b), await read(a)]).toEqual([1, 2]);
    // A turn of the event loop every ~10 ms slice: the 1 ms timer fires on them.
    expect(ms).toBeGreaterThan(20);
    expect(ticks).toBeGreaterThan(1);
  });
});
