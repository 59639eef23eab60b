// A NaN or infinite constant is never an internal error (issue 18): `0.0 / 0.0` folded to a NaN
// was exit 70 "a NaN constant cannot be written in WGSL". Now a NaN constant is DNN2015 at its
// expression (WGSL has no NaN constant, and a NaN spreads to everything), and an infinite one
// (`-1.0 / 0.0` as the padding of a max, 1e400, 1e39 beyond f32) is the largest f32 of its sign on
// every target and in the reference, so WebGPU, wasm and float64 agree.
import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { resolveImport } from '../../src/cli/source.js';
import { checkSource, compileSource } from '../../src/compiler/compile.js';
import { DnnError, lineCol } from '../../src/contract/diagnostics.js';
import { evaluateProgram } from '../../src/ir/evaluate.js';
import type { RefTensor } from '../../src/ir/reference.js';
import { F32_MAX } from '../../src/ir/types.js';
import { Session } from '../../src/runtime/session.js';
import { openWasmDevice } from '../../src/runtime/wasm.js';

const model = (body: string) => `model m
input X: f32[batch, 4]
input y: i32[batch]
${body}
output p = logits
loss = mean(sparse_softmax_cross_entropy(logits, y))
train {
  optimizer = sgd()
  batch_size = 4
}
`;

const check = (text: string, overrides?: Record<string, number>) =>
  checkSource({ path: 'm.dnn', text }, { resolveImport, overrides }).map((d) => {
    const at = d.span ? lineCol(d.span.file, d.span.start) : undefined;
    return at ? `${d.code} at ${at.line}:${at.col}` : d.code;
  });

describe('a NaN constant is DNN2015 at its expression', () => {
  it.each([
    ['0/0 in a definition', 'z = 0.0 / 0.0\nlogits = dense(X, 3) + z', 'DNN2015 at 4:5'],
    ['0/0 beside a tensor', 'logits = dense(X, 3) + 0.0 / 0.0', 'DNN2015 at 4:24'],
    ['∞ - ∞', 'logits = dense(X, 3) * (1.0 / 0.0 - 1.0 / 0.0)', 'DNN2015 at 4:24'],
    ['0 · 1e400', 'logits = dense(X, 3) - 0.0 * 1e400', 'DNN2015 at 4:24'],
    ['0/0 as an argument', 'logits = maximum(dense(X, 3), 0.0 / 0.0)', 'DNN2015 at 4:31'],
  ])('%s', (_, body, want) => {
    expect(check(model(body))[0]).toBe(want);
  });

  it('compile refuses it as a DnnError (never a plain Error, exit 70)', () => {
    expect(() => compileSource({ path: 'm.dnn', text: model('logits = dense(X, 3) + 0.0 / 0.0') }, { resolveImport, wasm: true })).toThrow(DnnError);
  });

  it('an override that is not finite (through the API) is DNN3002, and a huge number beside an i32 tensor DNN2006', () => {
    expect(check(model('c = 1.0\nlogits = dense(X, 3) * c'), { c: NaN })).toContain('DNN3002');
    expect(check(model('k = y * 1e300\nlogits = dense(X, 3)'))).toContain('DNN2006 at 4:5');
  });

  const dir = mkdtempSync(join(tmpdir(), 'dnnc-const-'));
  afterAll(() => rmSync(dir, { recursive: true, force: true }));
  it('dnnc check exits 1 with the location and caret', () => {
    const file = join(dir, 'nan.dnn');
    writeFileSync(file, model('logits = dense(X, 3) + 0.0 / 0.0'));
    const r = spawnSync(process.execPath, ['dist/src/cli/main.js', 'check', file], { encoding: 'utf8', timeout: 60_000 });
    expect(r.status).toBe(1);
    expect(r.stderr).toContain(`${file}:4:24: error DNN2015: '0.0 / 0.0' is not a number (NaN)`);
    expect(r.stderr).toContain('^~~~~~~~~');
  });
});

describe('an infinite constant is the largest f32 of its sign', () => {
  const text = model('pad = -1.0 / 0.0\nlogits = maximum(dense(X, 3), pad) + minimum(dense(X, 3, name: "b"), 1e400) - 1e39 * 0.5');

  it('compiles for WebGPU and wasm: the WGSL holds ±3.4028234663852886e+38, no inf or NaN', () => {
    const c = compileSource({ path: 'm.dnn', text }, { resolveImport, wasm: true });
    const wgsl = c.artifact.kernels.map((k) => k.wgsl ?? '').join('\n');
    expect(wgsl).toMatch(/max\(\w+, \(-3\.4028234663852886e\+38\)\)/);
    expect(wgsl).toMatch(/min\(\w+, 3\.4028234663852886e\+38\)/);
    expect(wgsl).not.toMatch(/\W(inf|nan)\W|e\+39|e\+400/i);
    expect(c.artifact.wasm).toBeDefined();
  });

  it('predicts on wasm what the float64 reference computes', async () => {
    const c = compileSource({ path: 'm.dnn', text }, { resolveImport, wasm: true });
    const s = await Session.create((await openWasmDevice(c.artifact)).device, c.artifact, { seed: 3 });
    try {
      const x = Float32Array.from({ length: 4 * 4 }, (_, i) => Math.sin(i));
      const got = (await s.predict(x))['p']!;
      const program = c.programs('ir-opt')['predict']!;
      const consts = program.eqns.filter((e) => e.op === 'const').map((e) => (e.params as { value: number }).value);
      expect(consts.every((v) => Math.abs(v) <= F32_MAX)).toBe(true);
      const state: Record<string, RefTensor> = {};
      for (const st of program.state) state[st.name] = { type: st.var.type, data: Float64Array.from(await s.readState(st.name)) };
      const inputs: Record<string, RefTensor> = {};
      for (const i of program.inputs) inputs[i.name] = { type: i.var.type, data: i.name === 'X' ? Float64Array.from(x) : new Float64Array(i.var.type.shape.reduce((p, q) => p * q, 1)) };
      const want = evaluateProgram(program, inputs, state).outputs['p']!.data;
      expect(got.length).toBe(12);
      for (let i = 0; i < 12; i++) {
        expect(Number.isFinite(got[i])).toBe(true);
        expect(Math.abs(got[i]! - want[i]!)).toBeLessThanOrEqual(1e-5 * Math.abs(want[i]!));
      }
    } finally {
      s.destroy();
    }
  });
});
