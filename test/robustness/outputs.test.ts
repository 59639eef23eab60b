// Outputs never replace inputs (issue 18, items 1 and 2): every file a command writes (train
// --save and --log-dir, compile -o and --bundle, import -o) is checked, once the inputs are read
// and before anything is written or trained, against every file the command read and against its
// other outputs (DNN6010); an artifact directory is written whole; --log-dir is probed before
// training, a log failure mid-run is a warning, and a resumed run appends to its logs. The built
// CLI in real processes, on the wasm backend and the 60-row blobs.csv: no GPU, seconds per case.
import { spawn } from 'node:child_process';
import { chmodSync, copyFileSync, existsSync, linkSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { forgetInputs, noteInput, realPath } from '../../src/contract/inputs.js';
import { readFileOrFail } from '../../src/contract/read.js';
import { guardOutputs } from '../../src/runtime/outputs.js';
import { decodeSafetensors } from '../../src/runtime/safetensors.js';
import { safetensorsOf, values } from '../helpers/foreign.js';

const CLI = resolve('dist/src/cli/main.js');
const root = mkdtempSync(join(tmpdir(), 'dnnc-outputs-'));
afterAll(() => rmSync(root, { recursive: true, force: true }));

interface Run {
  code: number | null;
  out: string;
  err: string;
}

/**
 * A case's directory, holding model.dnn (the tabular example) and its data d.csv, and the
 * commands run in it (relative paths are the case's). Each case has its own, so they run at once.
 */
let cases = 0;
function inCase() {
  const dir = join(root, String(cases++));
  mkdirSync(dir);
  copyFileSync('examples/own/tabular.dnn', join(dir, 'model.dnn'));
  copyFileSync('examples/own/blobs.csv', join(dir, 'd.csv'));
  const at = (f: string) => join(dir, f);
  const bytes = (f: string) => readFileSync(at(f));
  const dnnc = (args: string[], node: string[] = []) =>
    new Promise<Run>((done, failed) => {
      const p = spawn(process.execPath, [...node, CLI, ...args], { cwd: dir, timeout: 120_000 });
      let out = '';
      let err = '';
      p.stdout.on('data', (b: Buffer) => (out += b.toString()));
      p.stderr.on('data', (b: Buffer) => (err += b.toString()));
      p.on('error', failed);
      p.on('close', (code) => done({ code, out, err }));
    });
  const train = (...args: string[]) => dnnc(['train', 'model.dnn', '--backend', 'wasm', '--data', 'd.csv', '--epochs', '1', ...args]);
  /** Runs the command, then expects the exit code and message code, and each input byte-identical. */
  const refused = async (run: () => Promise<Run>, code: string, inputs: string[], exit = 1): Promise<string> => {
    const before = inputs.map(bytes);
    const r = await run();
    expect(r.err).toContain(`error ${code}:`);
    expect(r.code).toBe(exit);
    expect(r.err).not.toMatch(/\n\s+at .+:\d+:\d+/);
    // Refused before any work: no device opened, no epoch trained.
    expect(r.err).not.toMatch(/^(device: |epoch \d)/m);
    inputs.forEach((f, i) => expect(bytes(f).equals(before[i]!), `${f} changed`).toBe(true));
    return r.err;
  };
  return { dir, at, bytes, dnnc, train, refused };
}

/** The tabular model's four parameters as a foreign weights file, and a map onto them. */
function weightsAndMap(at: (f: string) => string): void {
  const t = (name: string, shape: number[], seed: number) => ({ name, dtype: 'F32' as const, shape, values: values(shape.reduce((a, b) => a * b, 1), seed) });
  writeFileSync(at('w.safetensors'), safetensorsOf([t('w0', [4, 16], 1), t('b0', [16], 2), t('w1', [16, 3], 3), t('b1', [3], 4)]));
  writeFileSync(at('MAP.json'), JSON.stringify({ 'hidden/dense/kernel': 'w0', 'hidden/dense/bias': 'b0', 'logits/dense/kernel': 'w1', 'logits/dense/bias': 'b1' }));
}

const firstColumn = (text: string) => text.trim().split('\n').map((l) => l.split(',')[0]);

describe('guardOutputs (in process)', () => {
  const code = (f: () => void) => {
    try {
      f();
      return 'ok';
    } catch (e) {
      return (e as { diagnostics?: { code: string }[] }).diagnostics?.[0]?.code ?? String(e);
    }
  };

  it('resolves paths as the kernel does: through links, `..` after a link, files not yet there', () => {
    forgetInputs();
    const c = inCase();
    // Not path.join, which would drop `lb/..` before the kernel sees it.
    const raw = (f: string) => `${c.dir}/${f}`;
    mkdirSync(c.at('a/b'), { recursive: true });
    symlinkSync('a/b', c.at('lb'));
    writeFileSync(c.at('a/in.csv'), 'x\n1\n');
    readFileOrFail(c.at('a/in.csv'), 'CSV file');
    // lb/.. is a, not the case's directory: the kernel follows the link before the `..`.
    expect(realPath(raw('lb/../in.csv'))).toBe(realPath(c.at('a/in.csv')));
    expect(realPath(c.at('lb/new/x.json'))).toBe(join(realPath(c.at('a/b')), 'new', 'x.json'));
    expect(code(() => guardOutputs([{ path: raw('lb/../in.csv'), what: '--save' }]))).toBe('DNN6010');
    expect(code(() => guardOutputs([{ path: c.at('in.csv'), what: '--save' }]))).toBe('ok');
    // A directory output holding an input, and two outputs of which one is inside the other.
    expect(code(() => guardOutputs([{ path: raw('lb/..'), what: '-o', dir: true }]))).toBe('DNN6010');
    expect(code(() => guardOutputs([{ path: c.at('o'), what: '-o', dir: true }, { path: raw('lb/../../o/k.json'), what: '--bundle' }]))).toBe('DNN6010');
    expect(code(() => guardOutputs([{ path: c.at('o'), what: '-o', dir: true }, { path: c.at('o.json'), what: '--bundle' }]))).toBe('ok');
    // Reading one's own output back is no input (a resumed run's metrics.csv).
    readFileOrFail(c.at('d.csv'), 'metrics.csv', 1e6, false);
    expect(code(() => guardOutputs([{ path: c.at('d.csv'), what: '--log-dir' }]))).toBe('ok');
    noteInput(c.at('d.csv'), 'CSV file');
    expect(code(() => guardOutputs([{ path: c.at('d.csv'), what: '--log-dir' }]))).toBe('DNN6010');
    forgetInputs();
  });
});

// Each case has its own directory and takes a few seconds, nearly all of it node starting dnnc.
describe.concurrent('an output that names an input is refused before any work (DNN6010)', () => {
  it('train --save the model, by its name or as ./model.dnn', async () => {
    const c = inCase();
    await c.refused(() => c.train('--save', 'model.dnn'), 'DNN6010', ['model.dnn', 'd.csv']);
    const err = await c.refused(() => c.train('--save', './model.dnn'), 'DNN6010', ['model.dnn']);
    expect(err).toContain("--save ./model.dnn is the model source 'model.dnn'");
  });

  it('train --save the data file: by name, through a symbolic link, a hard link, a path through ..', async () => {
    const c = inCase();
    symlinkSync('d.csv', c.at('link.csv'));
    linkSync(c.at('d.csv'), c.at('hard.csv'));
    mkdirSync(c.at('sub'));
    const errs = await Promise.all(['d.csv', 'link.csv', 'hard.csv', `${c.dir}/sub/../d.csv`].map((save) => c.refused(() => c.train('--save', save), 'DNN6010', ['d.csv'])));
    expect(errs[1]).toContain("--save link.csv is the CSV file 'd.csv'");
  });

  it('train --save a file the model imports', async () => {
    const c = inCase();
    writeFileSync(c.at('lib.dnn'), 'fn twice(x) = x + x\n');
    writeFileSync(c.at('model.dnn'), `import "lib.dnn"\n${readFileSync(c.at('model.dnn'), 'utf8')}`);
    await c.refused(() => c.train('--save', 'lib.dnn'), 'DNN6010', ['lib.dnn', 'model.dnn']);
  });

  it('train --log-dir over the data, and --save over a log file', async () => {
    const c = inCase();
    mkdirSync(c.at('logs'));
    mkdirSync(c.at('logs2'));
    copyFileSync(c.at('d.csv'), c.at('logs/metrics.csv'));
    await Promise.all([
      c.refused(() => c.train('--data', 'logs/metrics.csv', '--log-dir', 'logs'), 'DNN6010', ['logs/metrics.csv']),
      c.refused(() => c.train('--save', 'logs2/metrics.csv', '--log-dir', 'logs2'), 'DNN6010', []),
    ]);
    expect(readdirSync(c.at('logs2'))).toEqual([]);
  });

  it('import -o the model, the map, the weights (also spelled otherwise); a new file is written', async () => {
    const c = inCase();
    weightsAndMap(c.at);
    const inputs = ['model.dnn', 'MAP.json', 'w.safetensors'];
    const imp = (map: string, out: string) => c.dnnc(['import', 'model.dnn', 'w.safetensors', '--map', map, '-o', out]);
    const runs = [...inputs.map((out) => () => imp('MAP.json', out)), () => imp('./MAP.json', c.at('MAP.json'))];
    await Promise.all(runs.map((run) => c.refused(run, 'DNN6010', inputs)));
    const ok = await imp('MAP.json', 'ck.safetensors');
    expect([ok.code, ok.err]).toEqual([0, expect.stringContaining('wrote ck.safetensors')]);
  });

  it('compile --bundle the model; --bundle X -o X, or a bundle inside -o, before anything is written; -o a directory holding the model', async () => {
    const c = inCase();
    const [, , , err] = await Promise.all([
      c.refused(() => c.dnnc(['compile', 'model.dnn', '--bundle', 'model.dnn']), 'DNN6010', ['model.dnn']),
      c.refused(() => c.dnnc(['compile', 'model.dnn', '--bundle', 'same', '-o', 'same']), 'DNN6010', ['model.dnn']),
      c.refused(() => c.dnnc(['compile', 'model.dnn', '--bundle', 'art/b.json', '-o', 'art']), 'DNN6010', ['model.dnn']),
      c.refused(() => c.dnnc(['compile', 'model.dnn', '-o', '.']), 'DNN6010', ['model.dnn', 'd.csv']),
    ]);
    expect(err).toContain('-o . holds the model source');
    expect(readdirSync(c.dir).sort()).toEqual(['d.csv', 'model.dnn']);
  });
});

describe.concurrent('compile -o DIR writes the artifact whole', () => {
  const kernels = (dir: string) => readdirSync(join(dir, 'kernels')).sort();
  const planKernels = (dir: string) => (JSON.parse(readFileSync(join(dir, 'plan.json'), 'utf8')) as { kernels: { name: string }[] }).kernels.map((k) => `${k.name}.wgsl`).sort();

  it("a directory of a bigger plan, through a link, holds exactly the new plan's kernels after; no temporary is left, nor a killed compile's", async () => {
    const c = inCase();
    copyFileSync('examples/mnist-bn.dnn', c.at('big.dnn'));
    expect((await c.dnnc(['compile', 'big.dnn', '-o', 'art'])).code).toBe(0);
    const big = kernels(c.at('art')).length;
    symlinkSync('art', c.at('link'));
    const stale = c.at('.art.dnnc-tmp-4194304-0123456789abcdef'); // pid 2^22: never alive
    mkdirSync(join(stale, 'kernels'), { recursive: true });
    writeFileSync(join(stale, 'kernels', 'k.wgsl'), '');
    writeFileSync(join(stale, 'plan.json'), '{}');
    expect((await c.dnnc(['compile', 'model.dnn', '-o', 'link'])).code).toBe(0);
    // The directory the link names is replaced; the link stays.
    expect(kernels(c.at('art'))).toEqual(planKernels(c.at('art')));
    expect(kernels(c.at('art')).length).toBeLessThan(big);
    expect(readdirSync(c.dir).sort()).toEqual(['art', 'big.dnn', 'd.csv', 'link', 'model.dnn']);
  });

  it('an empty directory takes it; a directory holding other files, or a file, is refused and left as it was', async () => {
    const c = inCase();
    mkdirSync(c.at('empty'));
    mkdirSync(c.at('mine'));
    writeFileSync(c.at('mine/notes.txt'), 'keep me');
    expect((await c.dnnc(['compile', 'model.dnn', '-o', 'empty'])).code).toBe(0);
    expect(kernels(c.at('empty'))).toEqual(planKernels(c.at('empty')));
    writeFileSync(c.at('empty/kernels/mine.txt'), 'keep me');
    const [err] = await Promise.all([
      c.refused(() => c.dnnc(['compile', 'model.dnn', '-o', 'mine']), 'DNN6004', ['mine/notes.txt']),
      c.refused(() => c.dnnc(['compile', 'model.dnn', '-o', 'empty']), 'DNN6004', ['empty/kernels/mine.txt', 'empty/plan.json']),
      c.refused(() => c.dnnc(['compile', 'model.dnn', '-o', 'd.csv']), 'DNN6004', ['d.csv']),
    ]);
    expect(err).toContain("holds 'notes.txt'");
    expect(readdirSync(c.at('mine'))).toEqual(['notes.txt']);
  });

});

describe.concurrent('--log-dir never costs a checkpoint', () => {
  it('an unwritable log directory, metrics.csv being a directory, a log directory that is a file: refused before training, nothing saved', async () => {
    const c = inCase();
    mkdirSync(c.at('logs/metrics.csv'), { recursive: true });
    writeFileSync(c.at('file'), 'x');
    mkdirSync(c.at('logs2'));
    writeFileSync(c.at('logs2/validation'), 'not a folder');
    const errs = await Promise.all([
      c.refused(() => c.train('--save', 'a.safetensors', '--log-dir', '/proc/self'), 'DNN6004', ['d.csv']),
      c.refused(() => c.train('--save', 'a.safetensors', '--log-dir', 'logs'), 'DNN6004', []),
      c.refused(() => c.train('--save', 'a.safetensors', '--log-dir', 'file'), 'DNN6004', ['file']),
      // TensorBoard's validation run where a file is: refused, the file kept.
      c.refused(() => c.train('--save', 'a.safetensors', '--log-dir', 'logs2'), 'DNN6004', ['logs2/validation']),
    ]);
    expect(errs[1]).toContain('metrics.csv: it is a directory');
    expect(errs[3]).toContain('logs2/validation');
    expect(existsSync(c.at('a.safetensors'))).toBe(false);
  });

  it.skipIf(process.getuid?.() === 0)('a read-only log directory (chmod 555) is refused before training', async () => {
    const c = inCase();
    mkdirSync(c.at('ro'));
    chmodSync(c.at('ro'), 0o555);
    await c.refused(() => c.train('--save', 'a.safetensors', '--log-dir', 'ro'), 'DNN6004', ['d.csv']);
    expect(existsSync(c.at('a.safetensors'))).toBe(false);
  });

  it('a log write failing mid-run is one warning: every epoch is still saved, the checkpoint before its log rows', async () => {
    const c = inCase();
    // Renames onto metrics.csv fail from the second on (a disk filling up); every rename's target is printed.
    writeFileSync(c.at('faulty.cjs'), `
      const fs = require('node:fs'); const { syncBuiltinESMExports } = require('node:module');
      const rename = fs.renameSync; let n = 0;
      fs.renameSync = (from, to) => {
        process.stderr.write('RENAME ' + require('node:path').basename(String(to)) + '\\n');
        if (String(to).endsWith('metrics.csv') && ++n > 1) throw Object.assign(new Error('ENOSPC'), { code: 'ENOSPC' });
        return rename(from, to);
      };
      syncBuiltinESMExports();`);
    const r = await c.dnnc(['train', 'model.dnn', '--backend', 'wasm', '--data', 'd.csv', '--epochs', '3', '--save', 'a.safetensors', '--log-dir', 'logs'], ['--require', c.at('faulty.cjs')]);
    expect([r.code, r.err]).toEqual([0, expect.stringContaining('epoch 3/3')]);
    expect(r.err.match(/warning: --log-dir/g)).toHaveLength(1);
    expect(r.err).toContain('no space left');
    expect(decodeSafetensors(c.bytes('a.safetensors'), 'a').metadata['epoch']).toBe('3');
    expect(firstColumn(c.bytes('logs/metrics.csv').toString())).toEqual(['epoch', '1']);
    const renames = r.err.split('\n').filter((l) => /^RENAME (a\.safetensors|metrics\.csv)$/.test(l)).map((l) => l.slice(7));
    expect(renames).toEqual(['a.safetensors', 'metrics.csv', 'a.safetensors', 'metrics.csv', 'a.safetensors', 'metrics.csv']);
  });

  it('a resumed run appends: the earlier epochs stay in metrics.csv and curves.svg, and a second event file is added to each TensorBoard run', async () => {
    const c = inCase();
    expect((await c.train('--epochs', '2', '--save', 'a.safetensors', '--log-dir', 'logs')).code).toBe(0);
    const first = c.bytes('logs/metrics.csv').toString();
    const eventFiles = (run: string) => readdirSync(c.at(`logs/${run}`)).filter((f) => f.includes('tfevents'));
    const events = eventFiles('train');
    expect(eventFiles('validation')).toEqual(events);
    mkdirSync(c.at('foreign'));
    writeFileSync(c.at('foreign/metrics.csv'), 'name,score\nme,1\n');
    await Promise.all([
      // The checkpoint restored is an input too: the resumed run saves to a new file.
      c.refused(() => c.train('--checkpoint', 'a.safetensors', '--save', 'a.safetensors', '--epochs', '4'), 'DNN6010', ['a.safetensors']),
      // A metrics.csv that dnnc did not write is not appended to, nor replaced.
      c.refused(() => c.train('--checkpoint', 'a.safetensors', '--epochs', '4', '--log-dir', 'foreign'), 'DNN6004', ['foreign/metrics.csv']),
    ]);
    expect((await c.train('--epochs', '4', '--checkpoint', 'a.safetensors', '--save', 'b.safetensors', '--log-dir', 'logs')).code).toBe(0);
    const after = c.bytes('logs/metrics.csv').toString();
    expect(after.startsWith(first)).toBe(true);
    expect(firstColumn(after)).toEqual(['epoch', '1', '2', '3', '4']);
    expect(decodeSafetensors(c.bytes('b.safetensors'), 'b').metadata['epoch']).toBe('4');
    // The loss panel's training curve: one point per epoch, 1 to 4.
    expect(c.bytes('logs/curves.svg').toString().match(/<path class="curve training"[^>]* d="([^"]*)"/)![1]!.split(' ')).toHaveLength(4);
    const now = eventFiles('train');
    expect(now).toHaveLength(2);
    expect(now).toEqual(expect.arrayContaining(events));
    expect(eventFiles('validation')).toEqual(now);
    // A fresh run (no checkpoint) starts its logs anew.
    expect((await c.train('--epochs', '1', '--log-dir', 'logs')).code).toBe(0);
    expect(firstColumn(c.bytes('logs/metrics.csv').toString())).toEqual(['epoch', '1']);
  });

});
