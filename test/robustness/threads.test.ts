// --threads (the wasm target's worker threads) is validated where it enters: anything but an
// integer from 1 to 64 is a usage error (exit 2, DNN7006) on every command that takes it, never a
// stack trace; a run on threads exits by itself (the workers keep no process alive), gives the
// numbers of one thread, and stops cleanly on Ctrl-C.
import { spawn, spawnSync } from 'node:child_process';
import { describe, expect, it } from 'vitest';

const CLI = 'dist/src/cli/main.js';
const dnnc = (args: string[], timeout = 120_000) => spawnSync(process.execPath, [CLI, ...args], { encoding: 'utf8', timeout });

describe('--threads', () => {
  it.each([['0'], ['-1'], ['1.5'], ['65'], ['0x2'], [''], ['99999999999999999999']])("'%s' is a usage error (exit 2, DNN7006)", (value) => {
    for (const command of ['train', 'eval', 'predict', 'search']) {
      const extra = command === 'search' ? ['--space', 'lr=log:1e-4:1e-1'] : [];
      const r = dnnc([command, 'examples/mnist-bn.dnn', ...extra, '--threads', value]);
      expect(r.status, `${command}: ${r.stderr}`).toBe(2);
      expect(r.stderr).toContain('DNN7006');
      expect(r.stderr).toContain('--threads');
      expect(r.stderr).not.toMatch(/\n\s+at /);
    }
  }, 120_000);

  it('train --epochs 1 --threads 2 exits by itself with the numbers of --threads 1', () => {
    const runs = ['1', '2'].map((t) => dnnc(['train', 'examples/mnist-bn.dnn', '--backend', 'wasm', '--epochs', '1', '--threads', t, '--json'], 60_000));
    for (const r of runs) expect(r.status, r.stderr).toBe(0);
    const numbers = (out: string) => out.split('\n').filter((l) => l.startsWith('{') && !l.includes('"event"')).map((l) => { const { seconds: _s, ms_per_step: _m, ...rest } = JSON.parse(l) as Record<string, unknown>; return rest; });
    expect(numbers(runs[1]!.stdout).length).toBeGreaterThan(0);
    expect(numbers(runs[1]!.stdout)).toEqual(numbers(runs[0]!.stdout));
    const text = dnnc(['train', 'examples/mnist-bn.dnn', '--backend', 'wasm', '--epochs', '1', '--threads', '2'], 60_000);
    expect(text.status, text.stderr).toBe(0);
    expect(text.stdout + text.stderr).toMatch(/device: WebAssembly SIMD on the CPU \(2 threads\)/);
  }, 120_000);

  it('Ctrl-C on 2 threads stops after the epoch and exits 130', async () => {
    const child = spawn(process.execPath, [CLI, 'train', 'examples/mnist-bn.dnn', '--backend', 'wasm', '--epochs', '300', '--threads', '2', '--json'], { stdio: ['ignore', 'pipe', 'pipe'] });
    let out = '';
    let err = '';
    child.stdout.setEncoding('utf8').on('data', (d: string) => (out += d));
    child.stderr.setEncoding('utf8').on('data', (d: string) => (err += d));
    const exit = new Promise<number | null>((resolve) => child.on('exit', (code) => resolve(code)));
    try {
      const deadline = Date.now() + 60_000;
      while (!/"loss"/.test(out.split('\n').filter((l) => !l.includes('"event"')).join('\n'))) {
        if (Date.now() > deadline) throw new Error(`no epoch in 60 s: ${err}`);
        await new Promise((r) => setTimeout(r, 20));
      }
      child.kill('SIGINT');
      expect(await exit, err).toBe(130);
      expect(err).toContain('interrupted');
    } finally {
      if (child.exitCode === null) child.kill('SIGKILL');
    }
  }, 90_000);
});
