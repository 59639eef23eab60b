// The feed kernels of ../wgsl/feed.ts as wasm functions, computing the same batches: training
// rows in the order of the same Feistel permutation (per epoch, keyed by the seed), evaluation
// rows in order with the partial last batch's weight, and the same augmentation transforms.
// One loop over the batch's rows: the permutation is computed once per row, and rows of f32 or
// i32 words are copied with memory.copy.
import type { Augment } from '../../contract/artifact.js';
import type { FeedSpec } from '../schedule.js';
import { AUGMENT_STREAM, SHUFFLE_STREAM } from '../wgsl/feed.js';
import { Body, type Val } from './body.js';
import { OP, type FunctionWriter } from './encoder.js';
import { lowbias32, streamKey, uniform01, WasmModuleBuilder } from './module.js';

/** Emits a feed kernel; its parameters are the WGSL kernel's bindings, in order. */
export function emitWasmFeed(m: WasmModuleBuilder, exportName: string, spec: FeedSpec): number {
  const params = spec.mode === 'train' ? 6 : spec.writesWeight ? 5 : 4;
  m.kernel(exportName, params, (f) => {
    const b = new Body(f);
    const [data, info] = [0, 1];
    const out = spec.mode === 'train' ? 5 : 3;
    const word = (param: number, offset = 0) => b.tmp('i32', () => f.get(param).mem(OP.i32_load, offset));
    const count = word(info, 0);
    const encoding = word(info, 4);
    const features = word(info, 8);
    let exOf: (row: Val) => Val;
    let akey: Val | null = null;
    if (spec.mode === 'train') {
      const key = b.tmp('i32', () => (f.get(4).mem(OP.i32_load).i32(SHUFFLE_STREAM).get(2).mem(OP.i32_load), f.call(streamKey(m))));
      if (spec.augment && spec.dtype === 'f32') {
        akey = b.tmp('i32', () => (f.get(4).mem(OP.i32_load).i32(AUGMENT_STREAM).get(2).mem(OP.i32_load), f.call(streamKey(m))));
      }
      const first = b.tmp('i32', () => f.get(3).mem(OP.i32_load).i32(spec.batch).op(OP.i32_mul));
      const perm = permute(m);
      exOf = (row) => b.tmp('i32', () => {
        b.push(b.add(first, row));
        b.push(count);
        f.op(OP.i32_rem_u);
        b.push(count);
        b.push(key);
        f.call(perm);
      });
    } else {
      const base = b.tmp('i32', () => f.get(2).mem(OP.i32_load).i32(spec.batch).op(OP.i32_mul));
      // rem = min(count - min(base, count), batch)
      const left = b.tmp('i32', () => (b.push(count), b.push(base), b.push(count), b.push(base), b.push(count), f.op(OP.i32_lt_u).op(OP.select).op(OP.i32_sub)));
      const rem = b.minc(left, spec.batch);
      if (spec.writesWeight) {
        f.get(4);
        b.push(rem);
        f.op(OP.f32_convert_i32_u).f32(spec.batch).op(OP.f32_div).mem(OP.f32_store);
      }
      const div = b.tmp('i32', () => (b.push(rem), f.i32(1), b.push(rem), f.i32(1), f.op(OP.i32_gt_u).op(OP.select)));
      exOf = (row) => b.tmp('i32', () => (b.push(base), b.push(row), b.push(div), f.op(OP.i32_rem_u).op(OP.i32_add)));
    }
    b.loop(0, spec.batch, 1, (row) => {
      // The example (clamped to the split), and its first element.
      const ex = exOf(row);
      const last = b.tmp('i32', () => (b.push(count), f.i32(1).op(OP.i32_sub)));
      const exc = b.tmp('i32', () => (b.push(ex), b.push(last), b.push(ex), b.push(last), f.op(OP.i32_lt_u).op(OP.select)));
      const e0 = b.tmp('i32', () => (b.push(exc), b.push(features), f.op(OP.i32_mul)));
      const o0 = b.tmp('i32', () => (f.get(out), b.push(row), f.i32(spec.features * 4).op(OP.i32_mul).op(OP.i32_add)));
      if (akey) augmentRow(m, b, spec.augment!, { data, encoding, akey, exc, e0, o0, features: spec.features });
      else copyRow(b, spec, data, encoding, e0, o0);
    });
  });
  return params;
}

function copyRow(b: Body, spec: FeedSpec, data: number, encoding: Val, e0: Val, o0: Val): void {
  const f = b.f;
  const words = () => {
    // memory.copy(dst, src, bytes)
    b.push(o0);
    f.get(data);
    b.push(e0);
    f.i32(2).op(OP.i32_shl).op(OP.i32_add).i32(spec.features * 4).op(0xfc, 10, 0, 0);
  };
  if (spec.dtype === 'i32') return words();
  b.push(encoding);
  f.i32(1).op(OP.i32_eq).begin('if');
  b.scoped(() => {
    const src = b.tmp('i32', () => (f.get(data), b.push(e0), f.op(OP.i32_add)));
    b.loop(0, spec.features, 1, (k) => {
      b.push(o0);
      b.push(k);
      f.i32(2).op(OP.i32_shl).op(OP.i32_add);
      b.push(src);
      b.push(k);
      f.op(OP.i32_add).mem(0x2d, 0, 0); // i32.load8_u
      f.op(OP.f32_convert_i32_u).f32(255).op(OP.f32_div).mem(OP.f32_store);
    });
  });
  f.op(OP.else);
  b.scoped(words);
  f.end();
}

/** permute(x, n, key) of the WGSL feed: a cycle-walked 4-round Feistel bijection of [0, n). */
function permute(m: WasmModuleBuilder): number {
  const lb = lowbias32(m);
  const feistel = m.helper('feistel', ['i32', 'i32', 'i32', 'i32'], ['i32'], (f) => {
    const b = new Body(f);
    const [x, half, mask, key] = [0, 1, 2, 3];
    const l = b.variable('i32', () => f.get(x).get(half).op(OP.i32_shr_u));
    const r = b.variable('i32', () => f.get(x).get(mask).op(OP.i32_and));
    b.loop(0, 4, 1, (round) => {
      const t = b.tmp('i32', () => {
        f.get(l).get(r).get(key).op(OP.i32_xor);
        b.push(round);
        f.i32(0x9e3779b9 | 0).op(OP.i32_mul).op(OP.i32_xor).call(lb).get(mask).op(OP.i32_and).op(OP.i32_xor);
      });
      f.get(r).set(l);
      b.push(t);
      f.set(r);
    });
    f.get(l).get(half).op(OP.i32_shl).get(r).op(OP.i32_or);
  });
  return m.helper('permute', ['i32', 'i32', 'i32'], ['i32'], (f: FunctionWriter) => {
    const b = new Body(f);
    const [x, n, key] = [0, 1, 2];
    f.get(n).i32(1).op(OP.i32_le_u).begin('if').i32(0).op(OP.return).end();
    // half = max(1, (firstLeadingBit(n - 1) + 2) / 2), firstLeadingBit(v) = 31 - clz(v)
    const h = b.tmp('i32', () => f.i32(33).get(n).i32(1).op(OP.i32_sub).op(OP.i32_clz).op(OP.i32_sub).i32(1).op(OP.i32_shr_u));
    const half = b.tmp('i32', () => (b.push(h), f.i32(1), b.push(h), f.i32(1), f.op(OP.i32_gt_u).op(OP.select)));
    const mask = b.tmp('i32', () => (f.i32(1), b.push(half), f.op(OP.i32_shl).i32(1).op(OP.i32_sub)));
    const args = () => (b.push(half), b.push(mask), f.get(key), f.call(feistel));
    const y = b.variable('i32', () => (f.get(x), args()));
    const walk = b.variable('i32', () => f.i32(0));
    f.begin('block').begin('loop');
    f.get(walk).i32(4096).op(OP.i32_ge_u).op(OP.br_if, 1);
    f.get(y).get(n).op(OP.i32_lt_u).op(OP.br_if, 1);
    f.get(y);
    args();
    f.set(y).get(walk).i32(1).op(OP.i32_add).set(walk).op(OP.br, 0).end().end();
    // min(y, n - 1)
    f.get(y).get(n).i32(1).op(OP.i32_sub).get(y).get(n).i32(1).op(OP.i32_sub).op(OP.i32_lt_u).op(OP.select);
  });
}

interface AugRow {
  readonly data: number;
  readonly encoding: Val;
  readonly akey: Val;
  readonly exc: Val;
  readonly e0: Val;
  readonly o0: Val;
  readonly features: number;
}

/** One row of the augmented copy: the same draws and bilinear sampling as the WGSL. */
function augmentRow(m: WasmModuleBuilder, b: Body, a: Augment, r: AugRow): void {
  const f = b.f;
  const [h, width] = a.image;
  const u01 = uniform01(m);
  const draw = (k: number, scale: number) =>
    b.tmp('f32', () => {
      b.push(r.akey);
      b.push(r.exc);
      f.i32(2).op(OP.i32_shl).i32(k).op(OP.i32_add).call(u01);
      f.f32(2).op(OP.f32_mul).f32(1).op(OP.f32_sub).f32(scale).op(OP.f32_mul);
    });
  const dx = draw(0, a.shift);
  const dy = draw(1, a.shift);
  const angle = b.tmp('f32', () => (b.push(draw(2, a.rotate)), f.f32(Math.PI / 180).op(OP.f32_mul)));
  const inv = b.tmp('f32', () => (f.f32(1).f32(1), b.push(draw(3, a.scale)), f.op(OP.f32_add).op(OP.f32_div)));
  const ca = b.tmp('f32', () => (b.push(angle), f.call(m.importIndex('cos')), b.push(inv), f.op(OP.f32_mul)));
  const sa = b.tmp('f32', () => (b.push(angle), f.call(m.importIndex('sin')), b.push(inv), f.op(OP.f32_mul)));
  const sample = augSample(m, width, h);
  const cx = (width - 1) / 2;
  const cy = (h - 1) / 2;
  b.loop(0, r.features, 1, (p) => {
    const x = b.tmp('f32', () => (b.push(b.remc(p, width)), f.op(OP.f32_convert_i32_u).f32(cx).op(OP.f32_sub), b.push(dx), f.op(OP.f32_sub)));
    const y = b.tmp('f32', () => (b.push(b.divc(p, width)), f.op(OP.f32_convert_i32_u).f32(cy).op(OP.f32_sub), b.push(dy), f.op(OP.f32_sub)));
    b.push(r.o0);
    b.push(p);
    f.i32(2).op(OP.i32_shl).op(OP.i32_add);
    f.get(r.data);
    b.push(r.encoding);
    b.push(r.e0);
    b.push(ca); b.push(x); f.op(OP.f32_mul); b.push(sa); b.push(y); f.op(OP.f32_mul).op(OP.f32_add).f32(cx).op(OP.f32_add);
    b.push(sa); b.push(x); f.op(OP.f32_mul).op(OP.f32_neg); b.push(ca); b.push(y); f.op(OP.f32_mul).op(OP.f32_add).f32(cy).op(OP.f32_add);
    f.call(sample).mem(OP.f32_store);
  });
}

/** aug_sample(data, encoding, base, sx, sy): bilinear, zero outside the image. */
function augSample(m: WasmModuleBuilder, width: number, h: number): number {
  const pixel = m.helper(`aug_pixel_${width}x${h}`, ['i32', 'i32', 'i32', 'i32', 'i32'], ['f32'], (f) => {
    const [data, enc, base, x, y] = [0, 1, 2, 3, 4];
    // Outside (x, y unsigned ≥ the size also catches negatives): 0.
    f.get(x).i32(width).op(OP.i32_ge_u).get(y).i32(h).op(OP.i32_ge_u).op(OP.i32_or);
    f.begin('if').f32(0).op(OP.return).end();
    const e = f.local('i32');
    f.get(base).get(y).i32(width).op(OP.i32_mul).op(OP.i32_add).get(x).op(OP.i32_add).set(e);
    f.get(enc).i32(1).op(OP.i32_eq).begin('if');
    f.get(data).get(e).op(OP.i32_add).mem(0x2d, 0, 0).op(OP.f32_convert_i32_u).f32(255).op(OP.f32_div).op(OP.return);
    f.end();
    f.get(data).get(e).i32(2).op(OP.i32_shl).op(OP.i32_add).mem(OP.f32_load);
  });
  return m.helper(`aug_sample_${width}x${h}`, ['i32', 'i32', 'i32', 'f32', 'f32'], ['f32'], (f) => {
    const b = new Body(f);
    const [data, enc, base, sx, sy] = [0, 1, 2, 3, 4];
    const clamp = (v: number, hi: number) => b.tmp('f32', () => f.get(v).f32(-2).op(OP.f32_max).f32(hi).op(OP.f32_min));
    const cxv = clamp(sx, width + 1);
    const cyv = clamp(sy, h + 1);
    const x0 = b.tmp('f32', () => (b.push(cxv), f.op(OP.f32_floor)));
    const y0 = b.tmp('f32', () => (b.push(cyv), f.op(OP.f32_floor)));
    const fx = b.tmp('f32', () => (b.push(cxv), b.push(x0), f.op(OP.f32_sub)));
    const fy = b.tmp('f32', () => (b.push(cyv), b.push(y0), f.op(OP.f32_sub)));
    const ix = b.tmp('i32', () => (b.push(x0), f.sat(0)));
    const iy = b.tmp('i32', () => (b.push(y0), f.sat(0)));
    const px = (dx: number, dy: number) =>
      b.tmp('f32', () => (f.get(data).get(enc).get(base), b.push(ix), f.i32(dx).op(OP.i32_add), b.push(iy), f.i32(dy).op(OP.i32_add), f.call(pixel)));
    // mix(a, b, t) = a · (1 − t) + b · t, as WGSL defines it.
    const mix = (a: Val, c: Val, t: Val) =>
      b.tmp('f32', () => (b.push(a), f.f32(1), b.push(t), f.op(OP.f32_sub).op(OP.f32_mul), b.push(c), b.push(t), f.op(OP.f32_mul).op(OP.f32_add)));
    const top = mix(px(0, 0), px(1, 0), fx);
    const bottom = mix(px(0, 1), px(1, 1), fx);
    b.push(mix(top, bottom, fy));
  });
}
