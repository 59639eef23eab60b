import { describe, expect, it } from 'vitest';
import { DnnError } from '../../src/contract/diagnostics.js';
import { decodeSafetensors, encodeSafetensors } from '../../src/runtime/safetensors.js';

describe('safetensors', () => {
  const tensors = [
    { name: 'h1/dense/kernel', dtype: 'f32' as const, shape: [2, 3], data: Float32Array.from([1, 2, 3, 4, 5, 6.5]) },
    { name: 'counter/step', dtype: 'u32' as const, shape: [], data: Uint32Array.from([42]) },
  ];

  it('round-trips names, shapes, dtypes, values and metadata; data starts 8-byte aligned', () => {
    const bytes = encodeSafetensors(tensors, { model: 'm' });
    const headerLen = Number(new DataView(bytes.buffer).getBigUint64(0, true));
    expect((8 + headerLen) % 8).toBe(0);
    const { tensors: back, metadata } = decodeSafetensors(bytes);
    expect(metadata).toEqual({ model: 'm' });
    expect([...back.get('h1/dense/kernel')!.data]).toEqual([1, 2, 3, 4, 5, 6.5]);
    expect(back.get('h1/dense/kernel')!.shape).toEqual([2, 3]);
    expect(back.get('counter/step')!.dtype).toBe('u32');
  });

  it('reads from a view into a larger buffer (as Node file reads return)', () => {
    const bytes = encodeSafetensors(tensors);
    const pool = new Uint8Array(bytes.length + 13);
    pool.set(bytes, 13);
    const { tensors: back } = decodeSafetensors(pool.subarray(13));
    expect([...back.get('h1/dense/kernel')!.data]).toEqual([1, 2, 3, 4, 5, 6.5]);
  });

  it('rejects truncated or garbled files with DNN4010', () => {
    const bytes = encodeSafetensors(tensors);
    expect(() => decodeSafetensors(bytes.subarray(0, bytes.length - 4))).toThrow(DnnError);
    expect(() => decodeSafetensors(new Uint8Array([1, 2, 3]))).toThrow(/DNN4010/);
    const garbled = bytes.slice();
    garbled[9] = 0x7b + 1;
    expect(() => decodeSafetensors(garbled)).toThrow(DnnError);
  });
});
