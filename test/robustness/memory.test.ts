// Memory bounded by the data, not by the file's shape (issue 18, item 3): each reader's budget in
// the README is measured here as the peak RSS of a child process (process.resourceUsage().maxRSS)
// that reads a hostile file, less that of a child reading a tiny one (Node and the modules). The
// files are made here: the compressed ones from deflate blocks of zeros, repeated (a few hundred
// KB that inflate to hundreds of MB, like the cases of the issue), so each case takes seconds.
// Runs the built modules (dist/, `npm run build`), as the CLI does.
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { constants, deflateRawSync } from 'node:zlib';
import { afterAll, describe, expect, it } from 'vitest';

const DIST = resolve('dist/src');
const ROOT = mkdtempSync(join(tmpdir(), 'dnnc-memory-'));
afterAll(() => rmSync(ROOT, { recursive: true, force: true }));
const MB = 2 ** 20;

/** Runs `body` (an ES module's code, with `arg` the file) in a child; its peak RSS in bytes and what it printed. */
function peak(body: string, arg: string): { rss: number; out: string } {
  const code = `${body}\nconsole.log('RSS=' + process.resourceUsage().maxRSS * 1024);`;
  const r = spawnSync(process.execPath, ['--input-type=module', '-e', code, arg], { encoding: 'utf8', timeout: 120_000 });
  const m = /RSS=(\d+)/.exec(r.stdout);
  if (!m) throw new Error(`the child failed: ${r.stderr}`);
  return { rss: Number(m[1]), out: r.stdout };
}
/** Peak RSS above a run of the same code on `tiny`. */
function above(body: string, file: string, tiny: string): { extra: number; out: string } {
  const base = peak(body, tiny);
  const run = peak(body, file);
  if (process.env['DNNC_MEMORY_REPORT']) console.log(`${file}: ${((run.rss - base.rss) / 2 ** 20).toFixed(1)} MiB above ${(base.rss / 2 ** 20).toFixed(1)} MiB`);
  return { extra: run.rss - base.rss, out: run.out };
}
const path = (name: string) => join(ROOT, name);

/** A raw deflate stream of `header` then `zeros` zero bytes, built from one flushed block of 1 MiB repeated. */
function deflatedZeros(header: Uint8Array, zeros: number): Buffer {
  const flush = { finishFlush: constants.Z_FULL_FLUSH };
  const block = deflateRawSync(Buffer.alloc(MB), flush);
  const parts = [deflateRawSync(header, flush), ...Array<Buffer>(Math.floor(zeros / MB)).fill(block), deflateRawSync(Buffer.alloc(zeros % MB), flush)];
  return Buffer.concat([...parts, Buffer.from([0x03, 0x00])]); // a final, empty block
}
/** A zip of deflated entries (CRCs left 0: dnnc does not check them, and nor did fflate's unzipSync). */
function zip(entries: { name: string; data: Buffer; size: number }[]): Buffer {
  const local: Buffer[] = [];
  const central: Buffer[] = [];
  let at = 0;
  for (const e of entries) {
    const name = Buffer.from(e.name);
    const h = Buffer.alloc(30);
    h.writeUInt32LE(0x04034b50, 0);
    h.writeUInt16LE(20, 4);
    h.writeUInt16LE(8, 8);
    h.writeUInt32LE(e.data.length, 18);
    h.writeUInt32LE(e.size, 22);
    h.writeUInt16LE(name.length, 26);
    const c = Buffer.alloc(46);
    c.writeUInt32LE(0x02014b50, 0);
    c.writeUInt16LE(20, 4);
    c.writeUInt16LE(20, 6);
    c.writeUInt16LE(8, 10);
    c.writeUInt32LE(e.data.length, 20);
    c.writeUInt32LE(e.size, 24);
    c.writeUInt16LE(name.length, 28);
    c.writeUInt32LE(at, 42);
    local.push(h, name, e.data);
    central.push(c, name);
    at += 30 + name.length + e.data.length;
  }
  const dir = Buffer.concat(central);
  const end = Buffer.alloc(22);
  end.writeUInt32LE(0x06054b50, 0);
  end.writeUInt16LE(entries.length, 8);
  end.writeUInt16LE(entries.length, 10);
  end.writeUInt32LE(dir.length, 12);
  end.writeUInt32LE(at, 16);
  return Buffer.concat([...local, dir, end]);
}
function npyHeader(descr: string, shape: readonly number[]): Uint8Array {
  let h = `{'descr': '${descr}', 'fortran_order': False, 'shape': (${shape.join(', ')}${shape.length === 1 ? ',' : ''}), }`;
  h += ' '.repeat((64 - ((10 + h.length + 1) % 64)) % 64) + '\n';
  const out = Buffer.alloc(10 + h.length);
  out.set([0x93, 0x4e, 0x55, 0x4d, 0x50, 0x59, 1, 0]);
  out.writeUInt16LE(h.length, 8);
  out.write(h, 10, 'latin1');
  return out;
}
/** An .npz entry of zeros: dtype, shape. */
function zerosEntry(name: string, descr: string, shape: readonly number[]): { name: string; data: Buffer; size: number } {
  const header = npyHeader(descr, shape);
  const bytes = shape.reduce((a, b) => a * b, 1) * Number(descr.slice(2));
  return { name, data: deflatedZeros(header, bytes), size: header.length + bytes };
}

describe.runIf(existsSync(join(DIST, 'data/index.js')))('peak memory of each reader, in a child process', () => {
  const LOAD = `import { loadDataset } from '${DIST}/data/index.js';\nconst d = loadDataset(process.argv[1], { classes: 10 });\nconsole.log('rows=' + (d.train.count + d.val.count));`;

  it('CSV: 2 M short rows load within 3× their f32 size (csv-parse: an object per record)', () => {
    const rows = 2_000_000;
    const lines = Array.from({ length: rows / 1000 }, (_, k) => Array.from({ length: 1000 }, (_, i) => `${(k + i) % 10}.5,${i % 7}.25,${i % 3}`).join('\n'));
    writeFileSync(path('short.csv'), `a,b,label\n${lines.join('\n')}\n`);
    writeFileSync(path('tiny.csv'), `a,b,label\n${'1,2,0\n'.repeat(20)}`);
    const f32 = rows * 3 * 4;
    const { extra, out } = above(LOAD, path('short.csv'), path('tiny.csv'));
    expect(out).toContain(`rows=${rows}`);
    expect(extra).toBeLessThan(3 * f32);
  });

  it('.npz: 100,000 blank uint8 images (a 100 KB file) cost their bytes, not 8 per value', () => {
    const n = 100_000;
    writeFileSync(path('blank.npz'), zip([zerosEntry('x.npy', '|u1', [n, 28, 28]), zerosEntry('y.npy', '<i8', [n])]));
    writeFileSync(path('tiny.npz'), zip([zerosEntry('x.npy', '|u1', [20, 28, 28]), zerosEntry('y.npy', '<i8', [20])]));
    const { extra, out } = above(LOAD, path('blank.npz'), path('tiny.npz'));
    expect(out).toContain(`rows=${n}`);
    // x as bytes and y as i32: 1.5× their size at most (a float64 copy alone would be 8×).
    expect(extra).toBeLessThan(1.5 * (n * 784 + n * 4));
  });

  it('import: an unused 400 MB tensor costs nothing', () => {
    const big = zip([zerosEntry('k.npy', '<f4', [2, 2]), zerosEntry('b.npy', '<f4', [2]), zerosEntry('unused.npy', '<f4', [400, MB / 4])]);
    const tiny = zip([zerosEntry('k.npy', '<f4', [2, 2]), zerosEntry('b.npy', '<f4', [2])]);
    writeFileSync(path('w.npz'), big);
    writeFileSync(path('w-tiny.npz'), tiny);
    expect(big.length).toBeLessThan(MB);
    const IMPORT = `import { readFileSync } from 'node:fs';
import { readWeights } from '${DIST}/cli/import.js';
import { compileSource } from '${DIST}/compiler/compile.js';
import { importWeights, parseWeightMap } from '${DIST}/runtime/importWeights.js';
const { artifact } = compileSource({ path: 'm.dnn', text: 'model m\\ninput X: f32[batch, 2]\\ninput y: i32[batch]\\nlogits = dense(X, 2, name: "out")\\nloss = mean(sparse_softmax_cross_entropy(logits, y))\\n' });
const r = importWeights(artifact, readWeights(readFileSync(process.argv[1]), 'w'), parseWeightMap({ 'out/kernel': 'k', 'out/bias': 'b' }));
console.log('tensors=' + r.tensors.length);`;
    const { extra, out } = above(IMPORT, path('w.npz'), path('w-tiny.npz'));
    expect(out).toContain('tensors=2');
    expect(extra).toBeLessThan(16 * MB);
  });

  it('PNG: an interlaced 4096×4096 image whose data inflates to 512 MB is refused within its declared size', () => {
    const ihdr = Buffer.from([0, 0, 0x10, 0, 0, 0, 0x10, 0, 8, 0, 0, 0, 1]);
    const stream = Buffer.concat([Buffer.from([0x78, 0x01]), deflatedZeros(new Uint8Array(0), 512 * MB)]);
    // CRCs left 0: the file is refused before pngjs would check them.
    const chunk = (type: string, data: Buffer) => {
      const c = Buffer.alloc(12 + data.length);
      c.writeUInt32BE(data.length, 0);
      c.write(type, 4, 'latin1');
      data.copy(c, 8);
      return c;
    };
    writeFileSync(path('bomb.png'), Buffer.concat([Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]), chunk('IHDR', ihdr), chunk('IDAT', stream), chunk('IEND', Buffer.alloc(0))]));
    writeFileSync(path('tiny.png'), Buffer.alloc(8));
    const READ = `import { readInputs } from '${DIST}/cli/inputs.js';
try { readInputs(process.argv[1], { example: [28, 28], note: () => {} }); } catch (e) { console.log(String(e.message).split('\\n')[0]); }`;
    const t0 = performance.now();
    const { extra, out } = above(READ, path('bomb.png'), path('tiny.png'));
    expect(out).toContain('DNN4058');
    expect(out).toContain('inflates to more than the 16784896 bytes a 4096×4096 image holds');
    // The declared image inflates to 16 MB: the cap, not the stream, sets the cost.
    expect(extra).toBeLessThan(64 * MB);
    expect(performance.now() - t0).toBeLessThan(20_000);
  });
});
