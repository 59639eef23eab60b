// Every example compiles (the verifier runs after every pass) and trains one epoch on its
// default data on the device without NaN and better than chance. (The frozen examples start
// from random lower layers here; the chapter restores them from a pretrained checkpoint first:
// `dnnc train deep-relu.dnn --save pre.safetensors`, then `--checkpoint pre.safetensors`.)
import { readdirSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { sessionFor } from '../helpers/gpu.js';

const examples = readdirSync('examples').filter((f) => f.endsWith('.dnn')).sort();

describe('examples train one epoch on the device', () => {
  it.each(examples)('%s', async (file) => {
    const s = await sessionFor(readFileSync(`examples/${file}`, 'utf8'), { path: `examples/${file}` });
    const r = await s.trainEpoch();
    expect(Number.isFinite(r.loss)).toBe(true);
    const v = await s.evaluate('val');
    expect(Number.isFinite(v.loss)).toBe(true);
    for (const m of Object.values(v.metrics)) expect(m).toBeGreaterThan(0.11);
    s.destroy();
  });
});
