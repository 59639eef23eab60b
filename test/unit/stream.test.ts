// Streamed splits (src/runtime/stream.ts) give the same numbers as whole uploads: a tiny model
// on the wasm target, trained with the data whole and with chunks of a few batches, ends with
// the same losses, evaluations and checkpoint bytes, bit for bit.
import { describe, expect, it } from 'vitest';
import { compileSource } from '../../src/compiler/compile.js';
import { SHUFFLE_STREAM as FEED_STREAM } from '../../src/codegen/wgsl/feed.js';
import { streamKey } from '../../src/ir/random.js';
import { Session } from '../../src/runtime/session.js';
import { memoryRows, permute, shuffleKey, SHUFFLE_STREAM } from '../../src/runtime/stream.js';
import { openWasmDevice } from '../../src/runtime/wasm.js';
import { TINY, tinyData } from '../helpers/stream.js';

export async function tinySession(budget?: number): Promise<Session> {
  const { artifact } = compileSource({ path: 'tiny.dnn', text: TINY }, { wasm: true });
  const s = await Session.create((await openWasmDevice(artifact)).device, artifact);
  if (budget !== undefined) s.dataBudget = budget;
  return s;
}

async function run(budget: number | undefined, bytes: boolean) {
  const s = await tinySession(budget);
  try {
    s.setData('train', tinyData(1003, bytes));
    s.setData('val', tinyData(101, bytes));
    await s.init(5);
    const out: number[] = [];
    for (let e = 0; e < 2; e++) {
      const r = await s.trainEpoch();
      const v = await s.evaluate('val', { endOfEpoch: true });
      out.push(r.loss, r.metrics['accuracy']!, v.loss, v.metrics['accuracy']!, r.steps);
    }
    return { out, checkpoint: await s.saveCheckpoint(), streamed: s.isStreamed('train') && s.isStreamed('val'), bytes: s.dataBytes('train') };
  } finally {
    s.destroy();
  }
}

describe('streamed splits', () => {
  it('the host shuffle is the feed kernels\' (same stream id, same key, a bijection)', () => {
    expect(SHUFFLE_STREAM).toBe(FEED_STREAM);
    for (const [seed, epoch] of [[0, 1], [42, 3], [0xffffffff, 77]]) expect(shuffleKey(seed!, epoch!)).toBe(streamKey(seed!, FEED_STREAM, epoch!));
    for (const n of [1, 2, 3, 16, 17, 1003, 4096, 100_000]) {
      const seen = new Uint8Array(n);
      for (let p = 0; p < n; p++) seen[permute(p, n, 12345)]++;
      expect(seen.every((c) => c === 1)).toBe(true);
    }
  });

  it.each([[true], [false]])('chunks of a few batches train bit for bit as the whole upload (u8 features: %s)', async (bytes) => {
    const rowBytes = bytes ? 20 : 80;
    const whole = await run(undefined, bytes);
    // 3 training batches a chunk (1003 rows: 62 steps, 20 chunks, the last of 2 batches; 15 rows dropped).
    const streamed = await run(3 * 16 * rowBytes + 5, bytes);
    expect(whole.streamed).toBe(false);
    expect(streamed.streamed).toBe(true);
    expect(streamed.bytes).toBeLessThan(whole.bytes);
    expect(streamed.out).toEqual(whole.out);
    expect(Buffer.from(streamed.checkpoint).equals(Buffer.from(whole.checkpoint))).toBe(true);
    // And a different chunk size (7 batches) too.
    expect((await run(7 * 16 * rowBytes, bytes)).out).toEqual(whole.out);
  });

  it('a chunk holding the whole split streams the same numbers', async () => {
    const whole = await run(undefined, true);
    const s = await tinySession(10 ** 9);
    try {
      const d = tinyData(1003);
      s.setData('train', { count: d.count, rows: [memoryRows(d.features, 20)], labels: d.labels });
      s.setData('val', tinyData(101));
      await s.init(5);
      const r = await s.trainEpoch();
      expect(r.loss).toBe(whole.out[0]);
    } finally {
      s.destroy();
    }
  });
});
