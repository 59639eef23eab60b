// Feed kernels: copy one batch of an input from a dataset that lives on the GPU. Training
// batches follow a fresh permutation every epoch: a 4-round Feistel network over the next
// power-of-four domain, cycle-walked into [0, count) — a bijection computed per index, so no
// permutation buffer and no sort. Evaluation batches are sequential; the last partial batch
// repeats its rows cyclically and carries a weight rem/batch for the accumulators.
import type { Augment } from '../../contract/artifact.js';
import type { FeedSpec } from '../schedule.js';
import { dispatchFor, WORKGROUP_SIZE } from './emitKernel.js';
import { RANDOM_HELPERS } from './lowerings.js';
import { WgslBuilder } from './builder.js';

import { AUGMENT_STREAM, SHUFFLE_STREAM } from '../../contract/protocol.js';

/** The shuffle's and the augmentation's stream ids (src/contract/protocol.ts; the runtime's streamed splits use the first too). */
export { AUGMENT_STREAM, SHUFFLE_STREAM };
export const FEISTEL_HELPERS = `fn feistel(x: u32, half: u32, mask: u32, key: u32) -> u32 {
  var l = x >> half;
  var r = x & mask;
  for (var round = 0u; round < 4u; round = round + 1u) {
    let t = l ^ (lowbias32(r ^ key ^ (round * 0x9e3779b9u)) & mask);
    l = r;
    r = t;
  }
  return (l << half) | r;
}

fn permute(x: u32, n: u32, key: u32) -> u32 {
  if (n <= 1u) { return 0u; }
  let half = max(1u, (firstLeadingBit(n - 1u) + 2u) / 2u);
  let mask = (1u << half) - 1u;
  var y = feistel(x, half, mask, key);
  for (var walk = 0u; walk < 4096u && y >= n; walk = walk + 1u) {
    y = feistel(y, half, mask, key);
  }
  return min(y, n - 1u);
}`;

/**
 * Bindings, train: 0 dataset words, 1 info [count, encoding (0 f32 | 1 u8), features], 2 epoch,
 * 3 batch within the epoch, 4 seed, 5 output. Eval: 0 words, 1 info, 2 eval batch, 3 output,
 * 4 weight (only on the kernel that writes it).
 */
export function emitFeed(spec: FeedSpec): { wgsl: string; workgroups: [number, number, number]; bindings: ('read' | 'read_write')[] } {
  const w = new WgslBuilder();
  // Several features per invocation when rows hold whole words: the permutation is computed
  // once per 16 (or 4) values, and four pixel bytes come from one word (an MNIST batch: 1.3 →
  // 0.5 ms on llvmpipe with 16, the shuffle's Feistel rounds being most of the kernel's work).
  const per = spec.features % 16 === 0 && !spec.augment ? 16 : spec.features % 4 === 0 ? 4 : 1;
  const chunks = spec.features / per;
  const n = spec.batch * chunks;
  const { workgroups, rowStride } = dispatchFor(n);
  const decl = (access: 'read' | 'read_write', name: string, ty: string) => {
    w.declare(`@group(0) @binding(${bindings.length}) var<storage, ${access}> ${name}: array<${ty}>;`);
    bindings.push(access);
  };
  const bindings: ('read' | 'read_write')[] = [];
  decl('read', 'data', 'u32');
  decl('read', 'info', 'u32');
  if (spec.mode === 'train') {
    decl('read', 'epoch', 'u32');
    decl('read', 'batch', 'u32');
    decl('read', 'seed', 'u32');
  } else {
    decl('read', 'eval_batch', 'u32');
  }
  decl('read_write', 'out', spec.dtype);
  if (spec.mode === 'eval' && spec.writesWeight) decl('read_write', 'weight', 'f32');
  if (spec.mode === 'train') w.helper('random', RANDOM_HELPERS);
  w.stmt(workgroups[1] > 1 ? `let i = gid.x + gid.y * ${rowStride}u;` : 'let i = gid.x;');
  w.stmt(`if (i >= ${n}u) { return; }`);
  w.stmt('let count = info[0];');
  w.stmt('let features = info[2];');
  w.stmt(`let row = i / ${chunks}u;`);
  w.stmt(`let f = (i % ${chunks}u) * ${per}u;`);
  w.stmt(`let o = row * ${spec.features}u + f;`);
  if (spec.mode === 'train') {
    w.helper('feistel', FEISTEL_HELPERS);
    w.stmt(`let pos = batch[0] * ${spec.batch}u + row;`);
    w.stmt(`let key = stream_key(seed[0], ${SHUFFLE_STREAM}u, epoch[0]);`);
    w.stmt('let ex = permute(pos % count, count, key);');
  } else {
    w.stmt(`let base = eval_batch[0] * ${spec.batch}u;`);
    w.stmt(`let rem = min(count - min(base, count), ${spec.batch}u);`);
    w.stmt('let ex = base + row % max(rem, 1u);');
    if (spec.writesWeight) {
      w.block('if (i == 0u)', () => w.stmt(`weight[0] = f32(rem) / ${spec.batch}.0;`));
    }
  }
  w.stmt('let e = min(ex, count - 1u) * features + f;');
  const q = Array.from({ length: per }, (_, k) => k);
  if (spec.augment && spec.mode === 'train' && spec.dtype === 'f32') {
    emitAugmentedCopy(w, spec.augment, q);
    return { wgsl: w.finish(WORKGROUP_SIZE), workgroups, bindings };
  }
  if (spec.dtype === 'i32') {
    for (const k of q) w.stmt(`out[o + ${k}u] = bitcast<i32>(data[e + ${k}u]);`);
  } else {
    w.block('if (info[1] == 1u)', () => {
      if (per % 4 === 0) {
        // e is a multiple of 4 here (whole-word rows), so each four bytes share one word.
        for (let j = 0; j < per / 4; j++) {
          const word = w.let(`data[e / 4u${j ? ` + ${j}u` : ''}]`, 'word');
          for (const k of q.slice(0, 4)) w.stmt(`out[o + ${4 * j + k}u] = f32((${word} >> ${8 * k}u) & 0xffu) / 255.0;`);
        }
      } else {
        w.stmt('out[o] = f32((data[e / 4u] >> ((e % 4u) * 8u)) & 0xffu) / 255.0;');
      }
    });
    w.block('else', () => {
      for (const k of q) w.stmt(`out[o + ${k}u] = bitcast<f32>(data[e + ${k}u]);`);
    });
  }
  return { wgsl: w.finish(WORKGROUP_SIZE), workgroups, bindings };
}


const f32 = (x: number) => (Number.isInteger(x) ? `${x}.0` : `${x}`);

/**
 * Data augmentation: output pixel p of example `ex` is the source image sampled (bilinearly, zero
 * outside) at the inverse of a random affine map: q = R(-a) (p - c - d) / s + c, where c is the
 * image's center, d a shift in [-shift, shift]² pixels, a an angle in [-rotate, rotate] degrees and
 * s a scale in [1 - scale, 1 + scale]. The four draws come from the counter-based generator keyed
 * by (seed, epoch) and indexed by the example, so a seed gives the same images on every run.
 */
function emitAugmentedCopy(w: WgslBuilder, a: Augment, q: readonly number[]): void {
  const [h, width] = a.image;
  w.helper('augment', `fn aug_pixel(base: u32, x: i32, y: i32) -> f32 {
  if (x < 0 || y < 0 || x >= ${width} || y >= ${h}) { return 0.0; }
  let e = base + u32(y * ${width} + x);
  if (info[1] == 1u) { return f32((data[e / 4u] >> ((e % 4u) * 8u)) & 0xffu) / 255.0; }
  return bitcast<f32>(data[e]);
}

fn aug_sample(base: u32, sx: f32, sy: f32) -> f32 {
  let x0 = floor(clamp(sx, -2.0, ${f32(width + 1)}));
  let y0 = floor(clamp(sy, -2.0, ${f32(h + 1)}));
  let fx = clamp(sx, -2.0, ${f32(width + 1)}) - x0;
  let fy = clamp(sy, -2.0, ${f32(h + 1)}) - y0;
  let ix = i32(x0);
  let iy = i32(y0);
  let top = mix(aug_pixel(base, ix, iy), aug_pixel(base, ix + 1, iy), fx);
  let bottom = mix(aug_pixel(base, ix, iy + 1), aug_pixel(base, ix + 1, iy + 1), fx);
  return mix(top, bottom, fy);
}`);
  w.stmt(`let akey = stream_key(seed[0], ${AUGMENT_STREAM}u, epoch[0]);`);
  w.stmt('let draw = min(ex, count - 1u) * 4u;');
  w.stmt(`let dx = (2.0 * uniform01(akey, draw) - 1.0) * ${f32(a.shift)};`);
  w.stmt(`let dy = (2.0 * uniform01(akey, draw + 1u) - 1.0) * ${f32(a.shift)};`);
  w.stmt(`let angle = (2.0 * uniform01(akey, draw + 2u) - 1.0) * ${f32(a.rotate)} * ${Math.PI / 180};`);
  w.stmt(`let inv = 1.0 / (1.0 + (2.0 * uniform01(akey, draw + 3u) - 1.0) * ${f32(a.scale)});`);
  w.stmt('let ca = cos(angle) * inv;');
  w.stmt('let sa = sin(angle) * inv;');
  w.stmt('let base = min(ex, count - 1u) * features;');
  for (const k of q) {
    w.stmt(`let p${k} = f + ${k}u;`);
    w.stmt(`let x${k} = f32(p${k} % ${width}u) - ${f32((width - 1) / 2)} - dx;`);
    w.stmt(`let y${k} = f32(p${k} / ${width}u) - ${f32((h - 1) / 2)} - dy;`);
    w.stmt(`out[o + ${k}u] = aug_sample(base, ca * x${k} + sa * y${k} + ${f32((width - 1) / 2)}, -sa * x${k} + ca * y${k} + ${f32((h - 1) / 2)});`);
  }
}
