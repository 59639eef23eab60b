// Data augmentation in the train step's feed kernel, checked pixel by pixel against a float64
// reference of the same transform (written here, independently of the WGSL): the same seed gives
// the same images, each epoch new ones, and evaluation never augments.
import { describe, expect, it } from 'vitest';
import { compileSource } from '../../src/compiler/compile.js';
import { COUNTERS, type Augment } from '../../src/contract/artifact.js';
import { AUGMENT_STREAM } from '../../src/codegen/wgsl/feed.js';
import { bitsToUniform, randomBits, streamKey } from '../../src/ir/random.js';
import { getSharedNodeDevice } from '../../src/runtime/node.js';
import { Session } from '../../src/runtime/session.js';

const H = 28;
const W = 28;
const N = 10;
const MODEL = (augment: string) => `
model m
input X: f32[batch, 784]
input y: i32[batch]
logits = dense(X, 10)
loss = mean(sparse_softmax_cross_entropy(logits, y))
train {
  batch_size = ${N}
  ${augment}
}`;

/** Output pixel p samples the source at R(-a) (p - c - d) / s + c, bilinearly, zero outside. */
function reference(src: Float64Array, g: Augment, seed: number, epoch: number, ex: number): Float64Array {
  const [h, w] = g.image;
  const key = streamKey(seed, AUGMENT_STREAM, epoch);
  const u = (k: number) => 2 * bitsToUniform(randomBits(key, ex * 4 + k)) - 1;
  const dx = u(0) * g.shift;
  const dy = u(1) * g.shift;
  const a = (u(2) * g.rotate * Math.PI) / 180;
  const s = 1 + u(3) * g.scale;
  const cx = (w - 1) / 2;
  const cy = (h - 1) / 2;
  const px = (x: number, y: number) => (x < 0 || y < 0 || x >= w || y >= h ? 0 : src[y * w + x]!);
  const out = new Float64Array(h * w);
  for (let r = 0; r < h; r++) {
    for (let c = 0; c < w; c++) {
      const X = c - cx - dx;
      const Y = r - cy - dy;
      const sx = (Math.cos(a) * X + Math.sin(a) * Y) / s + cx;
      const sy = (-Math.sin(a) * X + Math.cos(a) * Y) / s + cy;
      const x0 = Math.floor(sx);
      const y0 = Math.floor(sy);
      const fx = sx - x0;
      const fy = sy - y0;
      const top = px(x0, y0) * (1 - fx) + px(x0 + 1, y0) * fx;
      const bottom = px(x0, y0 + 1) * (1 - fx) + px(x0 + 1, y0 + 1) * fx;
      out[r * w + c] = top * (1 - fy) + bottom * fy;
    }
  }
  return out;
}

/** Smooth blobs (so that bilinear sampling matters) with a different position per example. */
function images(): Uint8Array {
  const x = new Uint8Array(N * H * W);
  for (let i = 0; i < N; i++) {
    for (let p = 0; p < H * W; p++) {
      const r = Math.floor(p / W) - 8 - i;
      const c = (p % W) - 10 - (i % 4);
      x[i * H * W + p] = Math.max(0, Math.round(255 * Math.exp(-(r * r + c * c) / 30) + ((p * 7 + i) % 13) - 6));
    }
  }
  return x;
}

async function session(augment: string): Promise<{ s: Session; g: Augment }> {
  const { artifact } = compileSource({ path: 'augment.dnn', text: MODEL(augment) });
  const h = await getSharedNodeDevice();
  return { s: await Session.create(h.device, artifact), g: artifact.train.augment! };
}

describe('data augmentation in the feed kernel', () => {
  const labels = Int32Array.from({ length: N }, (_, i) => i); // a row's label names its example

  it('matches a float64 reference of the same transform, for byte and float pixels', async () => {
    const { s, g } = await session('augment = augment(shift: 3, rotate: 20, scale: 0.2)');
    expect(g).toEqual({ shift: 3, rotate: 20, scale: 0.2, image: [28, 28] });
    const bytes = images();
    for (const features of [bytes, Float32Array.from(bytes, (v) => v / 255)]) {
      s.setData('train', { count: N, features, labels });
      await s.init(7);
      for (let epoch = 1; epoch <= 2; epoch++) {
        await s.run('begin_epoch');
        await s.run('train_step');
        expect((await s.readState(COUNTERS.epoch))[0]).toBe(epoch);
        const x = await s.readInput('X');
        const y = await s.readInput('y');
        let changed = 0;
        for (let r = 0; r < N; r++) {
          const ex = y[r]!;
          const src = Float64Array.from(bytes.subarray(ex * H * W, (ex + 1) * H * W), (v) => Math.fround(v / 255));
          const want = reference(src, g, 7, epoch, ex);
          for (let p = 0; p < H * W; p++) {
            expect(Math.abs(x[r * H * W + p]! - want[p]!), `epoch ${epoch}, example ${ex}, pixel ${p}`).toBeLessThan(2e-4);
            if (Math.abs(want[p]! - src[p]!) > 0.05) changed++;
          }
        }
        expect(changed).toBeGreaterThan(N * 20); // the transform is not the identity
      }
    }
    s.destroy();
  });

  it('gives the same images for the same seed and epoch, and never augments evaluation', async () => {
    const { s } = await session('augment = augment(shift: 2, rotate: 10)\n eval_batch_size = 10');
    const features = images();
    s.setData('train', { count: N, features, labels });
    s.setData('val', { count: N, features, labels });
    const firstBatch = async (seed: number) => {
      await s.init(seed);
      await s.run('begin_epoch');
      await s.run('train_step');
      return [...(await s.readInput('X'))];
    };
    const a = await firstBatch(3);
    expect(await firstBatch(3)).toEqual(a);
    expect(await firstBatch(4)).not.toEqual(a);
    await s.evaluate('val');
    const x = await s.readInput('X');
    const err = Math.max(...Array.from(features, (v, i) => Math.abs(x[i]! - v / 255)));
    expect(err).toBeLessThan(1e-6);
    s.destroy();
  });
});
