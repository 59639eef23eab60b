// Data options of exercise 9 (relabelled digits, N examples per class) and the checks of
// `dnnc import` (weight maps, source files), without a GPU.
import { describe, expect, it } from 'vitest';
import { dataOptions } from '../../src/cli/train.js';
import { readWeights } from '../../src/cli/import.js';
import { resolveImport } from '../../src/cli/source.js';
import { compileSource } from '../../src/compiler/compile.js';
import { DnnError, type DiagnosticCode } from '../../src/contract/diagnostics.js';
import { limitPerClass } from '../../src/data/dataset.js';
import { loadDataset } from '../../src/data/index.js';
import { decodeSafetensors } from '../../src/runtime/safetensors.js';
import { importWeights, parseWeightMap, type SourceTensor } from '../../src/runtime/importWeights.js';
import { npzOf, safetensorsOf, values } from '../helpers/foreign.js';

function expectCode(fn: () => unknown, code: DiagnosticCode, ...fragments: string[]): void {
  let err: unknown;
  try {
    fn();
  } catch (e) {
    err = e;
  }
  expect(err).toBeInstanceOf(DnnError);
  const d = (err as DnnError).diagnostics[0]!;
  expect(d.code).toBe(code);
  for (const f of fragments) expect([d.message, ...(d.notes ?? [])].join('\n')).toContain(f);
}

const compile = (text: string) => compileSource({ path: 'm.dnn', text }, { resolveImport }).artifact;

describe('exercise 9 data: relabel and per_class', () => {
  it('keeps the first N training examples of each class in split order; val and test keep all', () => {
    const all = loadDataset('mnist', { digits: [5, 6, 7, 8, 9], remap: true });
    const few = loadDataset('mnist', { digits: [5, 6, 7, 8, 9], remap: true, perClass: 100 });
    expect(few.classes).toBe(5);
    expect(few.train.count).toBe(500);
    for (let c = 0; c < 5; c++) expect(few.train.y.filter((y) => y === c).length).toBe(100);
    expect(few.val.count).toBe(all.val.count);
    // The first 100 of each class, in order: the kept rows are a subsequence of the full split.
    const firstOf = (c: number) => all.train.y.indexOf(c);
    const row = (s: typeof all.train, i: number) => Buffer.from(s.x.subarray(i * 784, (i + 1) * 784));
    const k = few.train.y.indexOf(3);
    expect(row(few.train, k).equals(row(all.train, firstOf(3)))).toBe(true);
    expect(Buffer.from(loadDataset('mnist', { digits: [5, 6, 7, 8, 9], remap: true, perClass: 100 }).train.x).equals(Buffer.from(few.train.x))).toBe(true);
  });

  it('refuses more examples per class than a class has (DNN4030)', () => {
    const split = { x: new Float32Array(3), xEncoding: 'f32' as const, y: Int32Array.from([0, 1, 0]), count: 3, features: 1 };
    expect(Array.from(limitPerClass(split, 1, 2).y)).toEqual([0, 1]);
    expectCode(() => limitPerClass(split, 2, 2, 'tiny'), 'DNN4030', 'class 1 has only 1', '0 (2), 1 (1)');
    expectCode(() => limitPerClass(split, 0, 2), 'DNN4030', 'positive integer');
  });

  it('the train block sets digits, relabel and per_class; the command line overrides each', () => {
    const a = compile(`model m
input X: f32[batch, 784]
input y: i32[batch]
logits = dense(X, 5)
loss = mean(sparse_softmax_cross_entropy(logits, y))
train {
  digits = [5, 6, 7, 8, 9]
  relabel = true
  per_class = 100
}`);
    expect(a.train).toMatchObject({ digits: [5, 6, 7, 8, 9], relabel: true, perClass: 100 });
    expect(dataOptions({}, a)).toEqual({ digits: [5, 6, 7, 8, 9], remap: true, perClass: 100, classes: 5 });
    expect(dataOptions({ digits: [0, 1], perClass: 7 }, a)).toEqual({ digits: [0, 1], remap: true, perClass: 7, classes: 5 });
    const plain = compile('model m\ninput X: f32[batch, 784]\ninput y: i32[batch]\nlogits = dense(X, 5)\nloss = mean(sparse_softmax_cross_entropy(logits, y))\n');
    expectCode(() => dataOptions({ relabel: true }, plain), 'DNN3002', '--digits 5-9');
  });
});

const TINY = `model tiny
input X: f32[batch, 3]
input y: i32[batch]
hidden = dense(X, 2, name: "hidden1")
logits = dense(hidden, 2, name: "outputs")
loss = mean(sparse_softmax_cross_entropy(logits, y))
`;

describe('dnnc import checks', () => {
  const artifact = compile(TINY);
  const src = (dtype: string, shape: number[], v = values(shape.reduce((a, b) => a * b, 1), 9)): SourceTensor => ({ dtype, shape, values: Float64Array.from(v) });
  const torch = new Map<string, SourceTensor>([
    ['0.weight', src('F32', [2, 3])], ['0.bias', src('F32', [2])], ['1.weight', src('F32', [2, 2])], ['1.bias', src('F32', [2])],
    ['steps', src('I64', [])],
  ]);
  const full = { 'hidden1/kernel': { from: '0.weight', transpose: true }, 'hidden1/bias': '0.bias', 'outputs/kernel': { from: '1.weight', transpose: true }, 'outputs/bias': '1.bias' };

  it('writes a dnnc checkpoint (format and model metadata) that transposes [out, in] weights', () => {
    const r = importWeights(artifact, torch, parseWeightMap(full));
    const { tensors, metadata } = decodeSafetensors(r.checkpoint);
    expect(metadata).toMatchObject({ format: 'dnnc', model: 'tiny' });
    const w = torch.get('0.weight')!.values;
    expect([...tensors.get('hidden1/kernel')!.data]).toEqual([w[0], w[3], w[1], w[4], w[2], w[5]].map(Math.fround));
    expect(r.notes).toEqual(['1 tensor of weights not in the map, left out: steps']);
  });

  it('rejects malformed maps (DNN4031)', () => {
    expectCode(() => parseWeightMap([]), 'DNN4031', 'JSON object');
    expectCode(() => parseWeightMap({}), 'DNN4031', 'maps no parameter');
    expectCode(() => parseWeightMap({ a: 3 }), 'DNN4031', "'a' maps to 3");
    expectCode(() => parseWeightMap({ a: { from: 'x', tranpose: true } }), 'DNN4031', "unknown key 'tranpose'");
    expectCode(() => parseWeightMap({ a: { transpose: true } }), 'DNN4031', '"from"');
    expectCode(() => parseWeightMap({ a: { from: 'x', transpose: 'yes' } }), 'DNN4031', 'true or false');
    expectCode(() => importWeights(artifact, torch, parseWeightMap({ ...full, 'hidden1/bias': { from: '0.bias', transpose: true } })), 'DNN4031', 'shape [2]');
  });

  it('names what is missing or does not fit (DNN4032, DNN4033, DNN4034, DNN4036)', () => {
    expectCode(() => importWeights(artifact, torch, parseWeightMap({ ...full, 'outputs/bias': '2.bias' })), 'DNN4032', "'2.bias'", '0.weight');
    expectCode(() => importWeights(artifact, torch, parseWeightMap({ ...full, 'hidden1/kernel': '0.weight' })), 'DNN4033', '[2,3]', '[3,2]', '"transpose": true');
    expectCode(() => importWeights(artifact, torch, parseWeightMap({ ...full, 'hidden1/kernel': { from: '1.weight', transpose: true } })), 'DNN4033', '[2,2]');
    expectCode(() => importWeights(artifact, torch, parseWeightMap({ ...full, 'hidden2/kernel': '0.bias' })), 'DNN4036', "'hidden2/kernel'", 'hidden1/kernel');
    const { 'outputs/bias': _, ...part } = full;
    expectCode(() => importWeights(artifact, torch, parseWeightMap(part)), 'DNN4034', 'outputs/bias', '--partial');
    const r = importWeights(artifact, torch, parseWeightMap(part), { partial: true });
    expect(r.tensors.map((t) => t.name)).toEqual(['hidden1/kernel', 'hidden1/bias', 'outputs/kernel']);
    expect(r.notes.at(-1)).toContain('--partial: 1 parameter not imported: outputs/bias');
  });

  it('refuses integer sources and values beyond f32 (DNN4035, DNN4014)', () => {
    expectCode(() => importWeights(artifact, torch, parseWeightMap({ ...full, 'outputs/bias': 'steps' })), 'DNN4035', "'steps'", 'I64');
    const big = new Map(torch).set('1.bias', src('F64', [2], [1e300, 0]));
    expectCode(() => importWeights(artifact, big, parseWeightMap(full)), 'DNN4014', 'beyond the range of f32');
  });

  it('reads safetensors of F64 and F16 and .npz files, recognizing the format by its bytes', () => {
    const st = readWeights(safetensorsOf([
      { name: 'a', dtype: 'F64', shape: [2], values: [0.1, -2] },
      { name: 'h', dtype: 'F16', shape: [2], values: [0.5, -1.25] },
    ]), 'w.safetensors');
    expect([...st.get('a')!.values]).toEqual([0.1, -2]);
    expect([...st.get('h')!.values]).toEqual([0.5, -1.25]);
    const npz = readWeights(npzOf([{ name: 'dense/kernel:0', dtype: 'F64', shape: [1, 2], values: [0.25, 3] }]), 'w.npz');
    expect(npz.get('dense/kernel:0')).toMatchObject({ dtype: 'F64', shape: [1, 2] });
    expectCode(() => readWeights(new Uint8Array(4), 'junk.bin'), 'DNN4010', 'junk.bin');
  });
});
