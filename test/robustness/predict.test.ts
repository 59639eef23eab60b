// Session.predict feeds every feature input: a two-input model (exercise 10's pairs) predicts what
// the float64 reference computes from both arrays, and a call that does not give one array per
// input is refused (it once wrote only the first and scored an input never set). On the wasm
// target, to stay fast.
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { zipSync } from 'fflate';
import { afterAll, describe, expect, it } from 'vitest';
import { readPredictInputs } from '../../src/cli/predictInputs.js';
import { resolveImport } from '../../src/cli/source.js';
import { compileSource } from '../../src/compiler/compile.js';
import { DnnError } from '../../src/contract/diagnostics.js';
import { encodeNpy } from '../../src/data/npy.js';
import { evaluateProgram } from '../../src/ir/evaluate.js';
import type { RefTensor } from '../../src/ir/reference.js';
import { openWasmDevice } from '../../src/runtime/wasm.js';
import { Session } from '../../src/runtime/session.js';

async function sessionOf(path: string) {
  const c = compileSource({ path, text: readFileSync(path, 'utf8') }, { resolveImport, wasm: true });
  const s = await Session.create((await openWasmDevice(c.artifact)).device, c.artifact, { seed: 7 });
  return { s, c };
}

/** n examples of `per` values in [0, 1), different per seed. */
const rows = (n: number, per: number, seed: number) => Float32Array.from({ length: n * per }, (_, i) => ((i * 7919 + seed * 104729) % 1000) / 1000);

async function codeOf(f: () => Promise<unknown>): Promise<string> {
  try {
    await f();
  } catch (e) {
    if (e instanceof DnnError) return e.diagnostics[0]!.code;
    throw e;
  }
  return 'no error';
}

describe('Session.predict with several feature inputs', async () => {
  const { s, c } = await sessionOf('examples/exercise10.dnn');
  const [a, b] = [rows(3, 784, 1), rows(3, 784, 2)];

  it('a list and a record by name give the float64 reference of both inputs', async () => {
    const program = c.programs('ir-opt')['predict']!;
    const batch = c.artifact.train.evalBatchSize;
    const fed: Record<string, Float32Array> = { XA: a, XB: b };
    // Every input the program declares (its unused label input too), the fed ones zero-padded to a batch.
    const inputs: Record<string, RefTensor> = {};
    for (const i of program.inputs) {
      const data = new Float64Array(i.var.type.shape.reduce((p, q) => p * q, 1));
      if (fed[i.name]) data.set(fed[i.name]!);
      inputs[i.name] = { type: i.var.type, data };
    }
    expect(program.inputs.find((i) => i.name === 'XB')!.var.type.shape).toEqual([batch, 784]);
    const state: Record<string, RefTensor> = {};
    for (const st of program.state) state[st.name] = { type: st.var.type, data: Float64Array.from(await s.readState(st.name)) };
    const want = evaluateProgram(program, inputs, state).outputs['same_digit']!.data.subarray(0, 3);
    const got = (await s.predict([a, b]))['same_digit']!;
    expect(got.length).toBe(3);
    for (let i = 0; i < 3; i++) expect(Math.abs(got[i]! - want[i]!)).toBeLessThan(1e-5);
    expect((await s.predict({ XB: b, XA: a }, 3))['same_digit']).toEqual(got);
    // The second input is read: swapping the pair changes the answer.
    const swapped = (await s.predict([b, a]))['same_digit']!;
    expect(Array.from(swapped)).not.toEqual(Array.from(got));
  });

  it('pixel bytes on either input are byte/255', async () => {
    const bytes = Uint8Array.from({ length: 2 * 784 }, (_, i) => (i * 31) % 256);
    const floats = Float32Array.from(bytes, (v) => v / 255);
    expect((await s.predict({ XA: bytes, XB: a.subarray(0, 2 * 784) }))['same_digit']).toEqual((await s.predict([floats, a.subarray(0, 2 * 784)]))['same_digit']);
  });

  it.each([
    ['one array for two inputs', () => s.predict(a)],
    ['a list of one', () => s.predict([a])],
    ['a list of three', () => s.predict([a, b, b])],
    ['a record missing an input', () => s.predict({ XA: a })],
    ['a record with an unknown name', () => s.predict({ XA: a, XB: b, XC: b })],
    ['a record keyed __proto__', () => s.predict({ XA: a, ['__proto__']: b } as Record<string, Float32Array>)],
    ['a record with XB inherited, not its own', () => s.predict(Object.assign(Object.create({ XB: b }) as Record<string, Float32Array>, { XA: a }))],
    ['inputs of different counts', () => s.predict([a, rows(2, 784, 3)])],
    ['a count the arrays do not hold', () => s.predict([a, b], 4)],
    ['a Float64Array', () => s.predict([a, new Float64Array(3 * 784) as unknown as Float32Array])],
    ['null', () => s.predict(null as unknown as Float32Array)],
    ['an empty array', () => s.predict([new Float32Array(0), new Float32Array(0)])],
  ])('refuses %s (DNN4001)', async (_, call) => {
    expect(await codeOf(call)).toBe('DNN4001');
  });
});

describe('Session.predict with one feature input', async () => {
  const { s } = await sessionOf('examples/own/tabular.dnn');
  const x = rows(5, 4, 1);

  it('takes its array alone, in a list, or by name, and gives the same rows', async () => {
    const alone = (await s.predict(x))['probabilities']!;
    expect(alone.length).toBe(15);
    expect((await s.predict([x]))['probabilities']).toEqual(alone);
    expect((await s.predict({ X: x }, 5))['probabilities']).toEqual(alone);
    expect((await s.predict(x.subarray(4), 4))['probabilities']).toEqual(alone.subarray(3));
  });

  it('refuses a partial example', async () => {
    expect(await codeOf(() => s.predict(x.subarray(1)))).toBe('DNN4001');
    expect(await codeOf(() => s.predict(new Float32Array(3)))).toBe('DNN4001');
  });
});

describe('dnnc predict --input for a model with several feature inputs', async () => {
  const { s, c } = await sessionOf('examples/exercise10.dnn');
  const features = c.artifact.inputs.filter((i) => i.role === 'features');
  const dir = mkdtempSync(join(tmpdir(), 'dnnc-predict-'));
  afterAll(() => rmSync(dir, { recursive: true, force: true }));
  const [a, b] = [rows(2, 784, 1), rows(2, 784, 2)];
  const file = (name: string, bytes: Uint8Array) => (writeFileSync(join(dir, name), bytes), join(dir, name));
  const [fa, fb, fone] = [file('a.npy', encodeNpy(a, [2, 784])), file('b.npy', encodeNpy(b, [2, 784])), file('one.npy', encodeNpy(b.subarray(0, 784), [784]))];
  const pair = file('pair.npz', zipSync({ 'XA.npy': encodeNpy(a, [2, 784]), 'XB.npy': encodeNpy(b, [2, 784]) }));
  const noXB = file('nob.npz', zipSync({ 'XA.npy': encodeNpy(a, [2, 784]), 'y.npy': encodeNpy(b, [2, 784]) }));
  const read = (specs: string[]) => readPredictInputs(specs, features, { note: () => {} });
  const codeOfSync = (f: () => unknown) => codeOf(async () => f());

  it('files in order, by name in any order, and one .npz feed the same arrays', () => {
    const want = read([fa, fb]);
    expect(want.count).toBe(2);
    expect(want.xs).toEqual([a, b]);
    expect(read([`XB=${fb}`, `XA=${fa}`])).toEqual(want);
    expect(read([pair])).toEqual(want);
  });

  it.each([
    ['one file for two inputs', [fa], 'DNN7006'],
    ['three files', [fa, fb, fb], 'DNN7006'],
    ['names for some files only', [`XA=${fa}`, fb], 'DNN7006'],
    ['a name the model does not have', [`XA=${fa}`, `XC=${fb}`], 'DNN7006'],
    ['a name given twice', [`XA=${fa}`, `XA=${fb}`], 'DNN7006'],
    ['a name of a label input', [`XA=${fa}`, `y=${fb}`], 'DNN7006'],
    ['a name of an Object.prototype key', [`XA=${fa}`, `__proto__=${fb}`], 'DNN7006'],
    ['an .npz beside another file', [pair, fa], 'DNN7006'],
    ['an .npz without an array for XB', [noXB], 'DNN4056'],
    ['inputs of different counts', [fa, fone], 'DNN4056'],
  ])('refuses %s', async (_, specs, code) => {
    expect(await codeOfSync(() => read(specs))).toBe(code);
  });

  it('prints what Session.predict computes for the pair (files named in another order)', async () => {
    const ckpt = file('w.safetensors', await s.saveCheckpoint());
    const want = Array.from((await s.predict([a, b]))['same_digit']!, (v) => Math.round(v * 1e6) / 1e6);
    const inputs = ['--input', `XB=${fb}`, '--input', `XA=${fa}`];
    const r = spawnSync(process.execPath, ['dist/src/cli/main.js', 'predict', 'examples/exercise10.dnn', '--backend', 'wasm', '--checkpoint', ckpt, '--json', ...inputs], { encoding: 'utf8', timeout: 60_000 });
    expect(r.stderr).toBe('');
    expect(r.status).toBe(0);
    const got = r.stdout.trim().split('\n').map((l) => (JSON.parse(l) as { same_digit: number[] }).same_digit[0]);
    expect(got).toEqual(want);
  });
});
