// Hostile data files (issue 18, items 3 and 4): .npz entries that lie about their size, arrays an
// import or a data set does not need, PNG bombs (plain and interlaced), strips, empty and
// truncated images, values beyond f32 on every input path, a weight map naming a parameter
// twice. Each file is made here, in a temporary directory; each case takes milliseconds.
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { deflateSync } from 'node:zlib';
import { zipSync } from 'fflate';
import { afterAll, describe, expect, it } from 'vitest';
import { readInputs } from '../../src/cli/inputs.js';
import { readWeightMap, readWeights } from '../../src/cli/import.js';
import { resolveImport } from '../../src/cli/source.js';
import { compileSource } from '../../src/compiler/compile.js';
import { DnnError } from '../../src/contract/diagnostics.js';
import { loadDataset, mulberry32 } from '../../src/data/index.js';
import { encodeNpy } from '../../src/data/npy.js';
import { importWeights } from '../../src/runtime/importWeights.js';

const ROOT = mkdtempSync(join(tmpdir(), 'dnnc-readers-'));
afterAll(() => rmSync(ROOT, { recursive: true, force: true }));
let n = 0;
const file = (name: string, bytes: string | Uint8Array) => {
  const p = join(ROOT, `${n++}-${name}`);
  writeFileSync(p, bytes);
  return p;
};
const messageOf = (f: () => unknown) => {
  try {
    f();
  } catch (e) {
    return (e as Error).message;
  }
  return 'no error';
};
const note = () => {};

/** The uncompressed size the central directory gives `name`, set to `size`. */
function patchDirectorySize(zip: Uint8Array, name: string, size: number): Uint8Array {
  const dv = new DataView(zip.buffer, zip.byteOffset, zip.byteLength);
  for (let at = 0; at + 46 < zip.length; at++) {
    if (dv.getUint32(at, true) !== 0x02014b50) continue;
    const len = dv.getUint16(at + 28, true);
    if (new TextDecoder().decode(zip.subarray(at + 46, at + 46 + len)) === name) {
      dv.setUint32(at + 24, size, true);
      return zip;
    }
  }
  throw new Error(`no entry ${name}`);
}

const x4 = encodeNpy(Float32Array.from([1, 2, 3, 4, 5, 6, 7, 8]), [4, 2]);
const y4 = encodeNpy(Int32Array.from([0, 1, 0, 1]), [4]);

describe('.npz data and weights', () => {
  it('refuses an entry whose directory size disagrees with its header, before inflating it', () => {
    const zip = patchDirectorySize(zipSync({ 'x.npy': x4, 'y.npy': y4 }), 'x.npy', x4.length + 4000);
    const m = messageOf(() => loadDataset(file('lying.npz', zip), { valFraction: 0.5 }));
    expect(m).toContain('DNN4020');
    expect(m).toContain(`its shape [4, 2] needs ${x4.length} bytes, the zip directory says ${x4.length + 4000}`);
  });

  it('stops inflating an entry at the size its directory and header give (a bomb behind a small header)', () => {
    // x's header says 4×2 f32; its deflate stream goes on for 64 MB more.
    const bomb = new Uint8Array(x4.length + 16 * 2 ** 20);
    bomb.set(x4);
    const zip = patchDirectorySize(zipSync({ 'x.npy': bomb, 'y.npy': y4 }), 'x.npy', x4.length);
    const t0 = performance.now();
    const m = messageOf(() => loadDataset(file('bomb.npz', zip), { valFraction: 0.5 }));
    expect(m).toContain(`inflates to more than the ${x4.length} bytes its directory says`);
    expect(performance.now() - t0).toBeLessThan(2000);
  });

  it('reads only x and y of a data file: a broken or huge third array is never inflated', () => {
    const junk = new Uint8Array(1000).fill(7);
    const zip = patchDirectorySize(zipSync({ 'x.npy': x4, 'y.npy': y4, 'junk.npy': junk }), 'junk.npy', 400 * 2 ** 20);
    const d = loadDataset(file('extra.npz', zip), { valFraction: 0.5 });
    expect(d.train.count + d.val.count).toBe(4);
  });

  it('keeps uint8 pixels as bytes and refuses float64 values beyond f32 with their row and column', () => {
    const px = zipSync({ 'x.npy': encodeNpy(Uint8Array.from([0, 255, 128, 1]), [2, 2]), 'y.npy': encodeNpy(Int32Array.from([0, 1]), [2]) });
    const d = loadDataset(file('px.npz', px), { valFraction: 0.5 });
    expect(d.train.x).toBeInstanceOf(Uint8Array);
    const f8 = new Float64Array([1, 2, 3, 1e300]);
    const big = zipSync({ 'x.npy': npy('<f8', '(2, 2)', f8), 'y.npy': encodeNpy(Int32Array.from([0, 1]), [2]) });
    const p = file('f8.npz', big);
    expect(messageOf(() => loadDataset(p, { valFraction: 0.5 }))).toContain(`DNN4051: ${p}: x row 1, column 1: 1e+300 is beyond the range of f32`);
  });

  it('predict --input: a .npy or CSV value beyond f32 is refused with its place (no NaN probabilities)', () => {
    const p = file('in.npy', npy('<f8', '(2, 2)', new Float64Array([1, 2, -1e300, 4])));
    expect(messageOf(() => readInputs(p, { example: [2], note }))).toContain(`DNN4051: ${p}: x row 1, column 0: -1e+300 is beyond the range of f32`);
    const c = file('in.csv', 'a,b\n1,2\n1e39,3\n');
    expect(messageOf(() => readInputs(c, { example: [2], note }))).toContain(`DNN4051: ${c}:3: column 'a': 1e39 is beyond the range of f32`);
  });

  it('refuses two arrays of one name', () => {
    const zip = zipSync({ 'x.npy': x4, 'y.npy': y4, 'z.npy': y4 });
    // Rename z.npy to x.npy in the directory and its local header.
    const twice = Buffer.from(zip).toString('latin1').replaceAll('z.npy', 'x.npy');
    expect(messageOf(() => loadDataset(file('twice.npz', Buffer.from(twice, 'latin1'))))).toContain("it holds two arrays named 'x'");
  });

  it('refuses an entry compressed otherwise than deflate or stored, and a truncated zip', () => {
    const zip = zipSync({ 'x.npy': x4, 'y.npy': y4 });
    const dv = new DataView(zip.buffer);
    for (let at = 0; at + 4 < zip.length; at++) if (dv.getUint32(at, true) === 0x02014b50) dv.setUint16(at + 10, 12, true); // bzip2
    expect(messageOf(() => loadDataset(file('bz.npz', zip), { valFraction: 0.5 }))).toContain('uses compression method 12');
    const cut = zipSync({ 'x.npy': x4, 'y.npy': y4 }).subarray(0, 200);
    expect(messageOf(() => loadDataset(file('cut.npz', cut)))).toContain('DNN4020');
  });
});

describe('dnnc import reads only what its map names', () => {
  const artifact = compileSource({ path: 'm.dnn', text: 'model m\ninput X: f32[batch, 2]\ninput y: i32[batch]\nlogits = dense(X, 2, name: "out")\nloss = mean(sparse_softmax_cross_entropy(logits, y))\n' }, { resolveImport }).artifact;
  const map = readWeightMap(file('map.json', '{"out/kernel": "k", "out/bias": "b"}'));

  it('an unused tensor that claims 400 MB (and would not inflate) costs nothing', () => {
    const zip = patchDirectorySize(zipSync({ 'k.npy': encodeNpy(Float32Array.from([1, 2, 3, 4]), [2, 2]), 'b.npy': encodeNpy(Float32Array.from([0, 0]), [2]), 'unused.npy': new Uint8Array(100) }), 'unused.npy', 400 * 2 ** 20);
    const r = importWeights(artifact, readWeights(zip, 'w.npz'), map, { what: 'w.npz' });
    expect(r.tensors.map((t) => t.name).sort()).toEqual(['out/bias', 'out/kernel']);
    expect(r.notes.join('\n')).toContain('1 tensor of w.npz not in the map, left out: unused');
  });

  it('refuses a map naming a parameter twice', () => {
    const p = file('twice.json', '{"out/kernel": "k",\n "out/bias": "b",\n "out/kernel": {"from": "k2"}}');
    expect(messageOf(() => readWeightMap(p))).toContain(`DNN4031: ${p}: 'out/kernel' is mapped twice`);
    // The same name inside a value, or escaped differently, is no repeat of a key.
    expect(readWeightMap(file('ok.json', '{"out/kernel": {"from": "out/kernel"}, "out/bias": "b"}')).size).toBe(2);
    expect(messageOf(() => readWeightMap(file('esc.json', '{"a\\u002fb": "x", "a/b": "y"}')))).toContain("'a/b' is mapped twice");
  });
});

// ---- PNG -------------------------------------------------------------------------------------

const CRC = Array.from({ length: 256 }, (_, k) => {
  let c = k;
  for (let i = 0; i < 8; i++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
  return c >>> 0;
});
function crc32(bytes: Uint8Array): number {
  let c = 0xffffffff;
  for (const b of bytes) c = CRC[(c ^ b) & 0xff]! ^ (c >>> 8);
  return (c ^ 0xffffffff) >>> 0;
}
function chunk(type: string, data: Uint8Array): Buffer {
  const out = Buffer.alloc(12 + data.length);
  out.writeUInt32BE(data.length, 0);
  out.write(type, 4, 'latin1');
  out.set(data, 8);
  out.writeUInt32BE(crc32(out.subarray(4, 8 + data.length)), 8 + data.length);
  return out;
}
/** A gray 8-bit PNG of `w`×`h` whose IDAT holds `raw` (the filtered scanlines), deflated. */
function png(w: number, h: number, raw: Uint8Array, interlace = 0): Buffer {
  const ihdr = Buffer.alloc(13);
  ihdr.writeUInt32BE(w, 0);
  ihdr.writeUInt32BE(h, 4);
  ihdr.set([8, 0, 0, 0, interlace], 8);
  return Buffer.concat([Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]), chunk('IHDR', ihdr), chunk('IDAT', deflateSync(raw)), chunk('IEND', new Uint8Array(0))]);
}
/** Adam7's scanlines of a gray image given by pixel(x, y): filter byte 0, then the pass's pixels. */
function adam7(w: number, h: number, pixel: (x: number, y: number) => number): Uint8Array {
  const out: number[] = [];
  for (const [x0, y0, dx, dy] of [[0, 0, 8, 8], [4, 0, 8, 8], [0, 4, 4, 8], [2, 0, 4, 4], [0, 2, 2, 4], [1, 0, 2, 2], [0, 1, 1, 2]] as const) {
    if (x0 >= w || y0 >= h) continue;
    for (let y = y0; y < h; y += dy) {
      out.push(0);
      for (let x = x0; x < w; x += dx) out.push(pixel(x, y));
    }
  }
  return Uint8Array.from(out);
}
const plain = (w: number, h: number, pixel: (x: number, y: number) => number) =>
  Uint8Array.from({ length: h * (w + 1) }, (_, i) => (i % (w + 1) === 0 ? 0 : pixel((i % (w + 1)) - 1, Math.floor(i / (w + 1)))));

describe('PNG inputs', () => {
  const pixel = (x: number, y: number) => (x * 7 + y * 13) % 256;
  const mnist = { example: [28, 28], note };

  it('reads plain and interlaced images to the same pixels', () => {
    const a = readInputs(file('plain.png', png(28, 28, plain(28, 28, pixel))), mnist);
    const b = readInputs(file('adam7.png', png(28, 28, adam7(28, 28, pixel), 1)), mnist);
    expect(Array.from(a.x)).toEqual(Array.from({ length: 784 }, (_, i) => Math.fround(pixel(i % 28, Math.floor(i / 28)) / 255)));
    expect(b.x).toEqual(a.x);
    // Sizes that leave some Adam7 passes empty.
    for (const [w, h] of [[1, 1], [3, 2], [5, 9]] as const) {
      const c = readInputs(file('small.png', png(w, h, adam7(w, h, pixel), 1)), { example: [h, w], note });
      expect(Array.from(c.x)).toEqual(Array.from({ length: w * h }, (_, i) => Math.fround(pixel(i % w, Math.floor(i / w)) / 255)));
    }
  });

  it.each([
    ['a bomb', () => png(64, 64, new Uint8Array(8 * 2 ** 20)), 'its image data inflates to more than the 4160 bytes a 64×64 image holds'],
    ['an interlaced bomb', () => png(1024, 1024, new Uint8Array(4 * 2 ** 20), 1), 'inflates to more than the'],
    ['a 1×16,777,216 strip', () => png(1, 16_777_216, new Uint8Array(10)), 'is 1×16777216 pixels; dnnc reads at most 4096 on each side'],
    ['an empty 0×28 image', () => png(0, 28, new Uint8Array(0)), 'is an empty image (0×28 pixels)'],
    ['a short image', () => png(28, 28, plain(28, 20, pixel)), 'is truncated: its image data inflates to 580 of the 812 bytes'],
    ['a truncated file', () => png(28, 28, plain(28, 28, pixel)).subarray(0, 60), 'is truncated'],
    ['no image data', () => Buffer.concat([png(2, 2, plain(2, 2, pixel)).subarray(0, 33), chunk('IEND', new Uint8Array(0))]), 'has no image data'],
  ])('refuses %s (DNN4058) at once', (_, make, why) => {
    const p = file('bad.png', make());
    const t0 = performance.now();
    const m = messageOf(() => readInputs(p, mnist));
    expect(m).toContain(`DNN4058: ${p} `);
    expect(m).toContain(why);
    expect(performance.now() - t0).toBeLessThan(3000);
  });
});

/** A .npy of raw little-endian bytes with the given descr and shape. */
function npy(descr: string, shape: string, data: Float64Array): Uint8Array {
  let header = `{'descr': '${descr}', 'fortran_order': False, 'shape': ${shape}, }`;
  header += ' '.repeat((64 - ((10 + header.length + 1) % 64)) % 64) + '\n';
  const out = new Uint8Array(10 + header.length + data.byteLength);
  out.set([0x93, 0x4e, 0x55, 0x4d, 0x50, 0x59, 1, 0]);
  new DataView(out.buffer).setUint16(8, header.length, true);
  out.set(new TextEncoder().encode(header), 10);
  out.set(new Uint8Array(data.buffer), 10 + header.length);
  return out;
}

describe('mutated files: a DnnError or data, never another exception', () => {
  /** `count` copies of `bytes`, each with a few bytes changed, cut or repeated (seeded). */
  function* mutants(bytes: Uint8Array, count: number, seed: number): Generator<Uint8Array> {
    const rand = mulberry32(seed);
    const at = () => Math.floor(rand() * bytes.length);
    for (let k = 0; k < count; k++) {
      const b = Uint8Array.from(bytes);
      for (let j = 0; j < 1 + (k % 4); j++) b[at()] = Math.floor(rand() * 256);
      if (k % 5 === 0) yield b.subarray(0, at());
      else if (k % 7 === 0) yield Buffer.concat([b.subarray(0, at()), b.subarray(at())]);
      else yield b;
    }
  }
  const survive = (read: (p: string) => unknown, bytes: Uint8Array, name: string, seed: number) => {
    let refused = 0;
    for (const m of mutants(bytes, 150, seed)) {
      const p = file(name, m);
      try {
        read(p);
      } catch (e) {
        if (!(e instanceof DnnError)) throw new Error(`${p}: ${(e as Error).stack}`);
        refused++;
      }
    }
    expect(refused).toBeGreaterThan(0);
  };

  it('CSV data', () => survive((p) => loadDataset(p, { valFraction: 0.5 }), Buffer.from('a,"b",label\n1.5,2,0\n"3",4e1,1\n5,6,1\n7,8,0\n'), 'm.csv', 1));
  it('.npz data', () => survive((p) => loadDataset(p, { valFraction: 0.5 }), zipSync({ 'x.npy': x4, 'y.npy': y4 }), 'm.npz', 2));
  it('.npz data, deflated', () => survive((p) => loadDataset(p, { valFraction: 0.5 }), zipSync({ 'x.npy': x4, 'y.npy': y4 }, { level: 9 }), 'm.npz', 3));
  it('PNG inputs', () => survive((p) => readInputs(p, { example: [28, 28], note }), png(28, 28, adam7(28, 28, (x, y) => x ^ y), 1), 'm.png', 4));
});
