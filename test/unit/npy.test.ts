// .npy/.npz reading: what numpy.save and numpy.savez write, and strict refusal of the rest.
import { zipSync } from 'fflate';
import { describe, expect, it } from 'vitest';
import { DnnError } from '../../src/contract/diagnostics.js';
import { decodeNpy, decodeNpz, encodeNpy, halfToFloat, npyToFloat32, npyToFloat64 } from '../../src/data/npy.js';

function npyWith(header: string, body: Uint8Array): Uint8Array {
  const h = new TextEncoder().encode(header);
  const out = new Uint8Array(10 + h.length + body.length);
  out.set([0x93, 0x4e, 0x55, 0x4d, 0x50, 0x59, 1, 0]);
  new DataView(out.buffer).setUint16(8, h.length, true);
  out.set(h, 10);
  out.set(body, 10 + h.length);
  return out;
}

const code = (f: () => unknown): string => {
  try {
    f();
  } catch (e) {
    if (e instanceof DnnError) return `${e.diagnostics[0]!.code}: ${e.diagnostics[0]!.message}`;
    throw e;
  }
  return 'ok';
};

describe('npy', () => {
  it('round-trips f32, i32 and u8 arrays', () => {
    const a = decodeNpy(encodeNpy(Float32Array.from([1.5, -2, 3e-3, 4, 5, 6]), [2, 3]), 'a');
    expect(a).toMatchObject({ dtype: 'f4', shape: [2, 3] });
    expect([...npyToFloat64(a)]).toEqual([...Float32Array.from([1.5, -2, 3e-3, 4, 5, 6])]);
    const b = decodeNpy(encodeNpy(Int32Array.from([7, -8]), [2]), 'b');
    expect(b).toMatchObject({ dtype: 'i4', shape: [2] });
    expect(npyToFloat64(b)).toEqual(Float64Array.from([7, -8]));
    expect(decodeNpy(encodeNpy(Uint8Array.from([0, 255]), [2]), 'c').at(1)).toBe(255);
  });

  it('reads float64, float16 and int64 as numpy writes them', () => {
    const f8 = new Float64Array([0.1, 2]);
    expect([...npyToFloat64(decodeNpy(npyWith("{'descr': '<f8', 'fortran_order': False, 'shape': (2,), }\n", new Uint8Array(f8.buffer)), 'd'))]).toEqual([0.1, 2]);
    const i8 = new BigInt64Array([3n, -4n]);
    expect([...npyToFloat64(decodeNpy(npyWith("{'descr': '<i8', 'fortran_order': False, 'shape': (2,), }\n", new Uint8Array(i8.buffer)), 'e'))]).toEqual([3, -4]);
    expect([halfToFloat(0x3c00), halfToFloat(0xc000), halfToFloat(0x7c00), halfToFloat(0x0001)]).toEqual([1, -2, Infinity, 2 ** -24]);
  });

  it('converts to f32 without a copy for aligned float32 data, checking every value in f32', () => {
    const bytes = encodeNpy(Float32Array.from([1, 2, 3, 4]), [2, 2]);
    const f = npyToFloat32(decodeNpy(bytes, 'a'), 'a');
    expect([Array.from(f), f.buffer === bytes.buffer]).toEqual([[1, 2, 3, 4], true]);
    const f8 = new Float64Array([1, 3.5e38, 2]);
    const d = decodeNpy(npyWith("{'descr': '<f8', 'fortran_order': False, 'shape': (3,), }\n", new Uint8Array(f8.buffer)), 'd');
    expect(code(() => npyToFloat32(d, 'd.npy'))).toBe('DNN4051: d.npy: element 1: 3.5e+38 is beyond the range of f32 (±3.4028e+38)');
    const h = decodeNpy(npyWith("{'descr': '<f2', 'fortran_order': False, 'shape': (2,), }\n", Uint8Array.from([0x00, 0x3c, 0x00, 0x7c])), 'h');
    expect(code(() => npyToFloat32(h, 'h.npy'))).toBe('DNN4051: h.npy: element 1: Infinity is not a finite number');
  });

  it.each([
    ['no magic', new Uint8Array(20), 'magic'],
    ['big-endian', npyWith("{'descr': '>f4', 'fortran_order': False, 'shape': (1,), }\n", new Uint8Array(4)), 'big-endian'],
    ['Fortran order', npyWith("{'descr': '<f4', 'fortran_order': True, 'shape': (1,), }\n", new Uint8Array(4)), 'Fortran'],
    ['object dtype', npyWith("{'descr': '|O', 'fortran_order': False, 'shape': (1,), }\n", new Uint8Array(8)), 'not the dict'],
    ['complex dtype', npyWith("{'descr': '<c8', 'fortran_order': False, 'shape': (1,), }\n", new Uint8Array(8)), 'not supported'],
    ['short data', npyWith("{'descr': '<f4', 'fortran_order': False, 'shape': (3,), }\n", new Uint8Array(8)), 'needs 12 bytes'],
    ['negative shape', npyWith("{'descr': '<f4', 'fortran_order': False, 'shape': (-1,), }\n", new Uint8Array(0)), 'non-negative'],
    ['huge shape', npyWith("{'descr': '<f4', 'fortran_order': False, 'shape': (100000, 100000), }\n", new Uint8Array(0)), 'more than'],
    ['header length past the end', Uint8Array.from([0x93, 0x4e, 0x55, 0x4d, 0x50, 0x59, 1, 0, 0xff, 0x7f]), 'out of range'],
  ])('refuses %s', (_, bytes, why) => {
    const r = code(() => decodeNpy(bytes, 'x.npy'));
    expect(r).toMatch(/^DNN4020: x.npy is not a valid .npy file/);
    expect(r).toContain(why);
  });
});

describe('npz', () => {
  it('reads every array of a zip, deflated or stored', () => {
    const z = zipSync({ 'w.npy': encodeNpy(Float32Array.from([1, 2]), [2]), 'b.npy': [encodeNpy(Int32Array.from([3]), [1]), { level: 0 }], 'readme.txt': new Uint8Array(3) });
    const m = decodeNpz(z, 'weights.npz');
    expect([...m.keys()].sort()).toEqual(['b', 'w']);
    expect([...npyToFloat64(m.get('w')!.read())]).toEqual([1, 2]);
    expect([...npyToFloat64(m.get('b')!.read())]).toEqual([3]);
  });

  it('refuses what is not a zip, and a zip without arrays', () => {
    expect(code(() => decodeNpz(new Uint8Array(30), 'a.npz'))).toMatch(/^DNN4020: a.npz is not a valid .npz file/);
    expect(code(() => decodeNpz(zipSync({ 'x.txt': new Uint8Array(1) }), 'b.npz'))).toBe('DNN4020: b.npz holds no .npy arrays');
  });
});
