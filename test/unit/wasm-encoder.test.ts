// The wasm binary encoder: LEB128 as the specification's examples give it, and modules that the
// engine validates and runs (scalar, SIMD and saturating-truncation opcodes).
import { describe, expect, it } from 'vitest';
import { encodeModule, FunctionWriter, OP, SAT, sleb, SIMD, uleb } from '../../src/codegen/wasm/encoder.js';

describe('wasm encoder', () => {
  it('writes LEB128', () => {
    expect(uleb(0)).toEqual([0]);
    expect(uleb(624485)).toEqual([0xe5, 0x8e, 0x26]);
    expect(uleb(2 ** 32 - 1)).toEqual([0xff, 0xff, 0xff, 0xff, 0x0f]);
    expect(sleb(-123456)).toEqual([0xc0, 0xbb, 0x78]);
    expect(sleb(-1)).toEqual([0x7f]);
    expect(sleb(64)).toEqual([0xc0, 0x00]);
    expect(() => uleb(-1)).toThrow();
  });

  it('builds a module the engine validates and runs: f32x4 sums, saturating casts, loops', async () => {
    // sum4(p): the four lanes of f32x4 load(p) + load(p + 16), as an i32 saturated.
    const f = new FunctionWriter(['i32']);
    const v = f.local('v128');
    f.get(0).v128Mem(SIMD.v128_load).get(0).v128Mem(SIMD.v128_load, 16).simd(SIMD.f32x4_add).set(v);
    f.get(v).simd(SIMD.f32x4_extract_lane, 0);
    for (let q = 1; q < 4; q++) f.get(v).simd(SIMD.f32x4_extract_lane, q).op(OP.f32_add);
    f.sat(SAT.i32_trunc_sat_f32_s);
    const bytes = encodeModule({ imports: [], memoryPages: 1, functions: [{ type: { params: ['i32'], results: ['i32'] }, body: f, export: 'sum4' }] });
    expect(WebAssembly.validate(bytes)).toBe(true);
    // The module imports a memory with a maximum (so threads can share it).
    const memory = new WebAssembly.Memory({ initial: 1, maximum: 65536 });
    const { instance } = await WebAssembly.instantiate(bytes, { env: { memory } });
    new Float32Array(memory.buffer, 64, 8).set([1, 2, 3, 4, 10, 20, 30, 40.5]);
    expect((instance.exports['sum4'] as (p: number) => number)(64)).toBe(110);
    new Float32Array(memory.buffer, 64, 8).set([1e10, 1e10, 1e10, 1e10, 0, 0, 0, 0]);
    expect((instance.exports['sum4'] as (p: number) => number)(64)).toBe(2147483647);
  });
});
