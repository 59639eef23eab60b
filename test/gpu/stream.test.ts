// Streamed splits on WebGPU (src/runtime/stream.ts): chunks of a few batches train a tiny model
// to the same loss and checkpoint bytes as the whole upload, on the adapter (llvmpipe here).
import { describe, expect, it } from 'vitest';
import { compileSource } from '../../src/compiler/compile.js';
import { getSharedNodeDevice } from '../../src/runtime/node.js';
import { Session } from '../../src/runtime/session.js';
import { TINY, tinyData } from '../helpers/stream.js';

async function run(budget?: number) {
  const { artifact } = compileSource({ path: 'tiny.dnn', text: TINY }, {});
  const s = await Session.create((await getSharedNodeDevice()).device, artifact);
  if (budget !== undefined) s.dataBudget = budget;
  try {
    s.setData('train', tinyData(211));
    s.setData('val', tinyData(37));
    await s.init(9);
    const r = await s.trainEpoch();
    const v = await s.evaluate('val');
    return { out: [r.loss, r.steps, v.loss, v.metrics['accuracy']], streamed: s.isStreamed('train'), checkpoint: Buffer.from(await s.saveCheckpoint()) };
  } finally {
    s.destroy();
  }
}

describe('streamed splits on WebGPU', () => {
  it('chunks of 2 batches: the same numbers, bit for bit, as the whole upload', async () => {
    const whole = await run();
    const chunks = await run(2 * 16 * 20);
    expect([whole.streamed, chunks.streamed]).toEqual([false, true]);
    expect(chunks.out).toEqual(whole.out);
    expect(chunks.checkpoint.equals(whole.checkpoint)).toBe(true);
  });
});
