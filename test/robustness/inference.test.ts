// Hostile inputs around the inference-only artifact (compile --inference): a full artifact with
// entries cut out by hand, a tampered `kind`, training entries or data smuggled into an inference
// artifact, an inference artifact given to training (runtime and CLI), and checkpoints that lack
// a parameter predict reads. Each is refused with its code, never run. A tiny model on the wasm
// target, to stay fast.
import { spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { compileSource } from '../../src/compiler/compile.js';
import type { Artifact } from '../../src/contract/artifact.js';
import { DnnError } from '../../src/contract/diagnostics.js';
import { encodeNpy } from '../../src/data/npy.js';
import { bundleOf, validateArtifact } from '../../src/runtime/artifact.js';
import { writeArtifactDir } from '../../src/runtime/files.js';
import { Session } from '../../src/runtime/node.js';
import { decodeSafetensors, encodeSafetensors } from '../../src/runtime/safetensors.js';

const NET = `model m
input X: f32[batch, 6]
input y: i32[batch]
hidden = dense(X, 5, activation: relu, name: "hidden")
logits = dense(hidden, 3, name: "out")
loss = mean(sparse_softmax_cross_entropy(logits, y))
metric accuracy = mean(in_top_k(logits, y, 1))
output probabilities = softmax(logits)
train {
  batch_size = 4
  optimizer = adam(learning_rate: 0.01)
}
`;
const compile = (inference: boolean): Artifact => compileSource({ path: 'm.dnn', text: NET }, { wasm: true, inference }).artifact;
const full = compile(false);
const inf = compile(true);
/** A fresh, mutable copy (validateArtifact and the session may fill in fields). */
const copy = (a: Artifact): Artifact & Record<string, unknown> => structuredClone(a) as Artifact & Record<string, unknown>;
const x = Float32Array.from({ length: 3 * 6 }, (_, i) => Math.cos(i));

function problem(f: () => unknown): string {
  try {
    f();
  } catch (e) {
    if (e instanceof DnnError) return e.diagnostics.map((d) => `${d.code}: ${d.message}`).join('\n');
    throw e;
  }
  return 'no error';
}

async function codeOf(p: Promise<unknown>): Promise<string> {
  try {
    await p;
  } catch (e) {
    if (e instanceof DnnError) return `${e.diagnostics[0]!.code}: ${e.diagnostics[0]!.message}`;
    throw e;
  }
  return 'no error';
}

/** The checkpoint of a full session trained... by nothing: initialized from a seed (weights differ from zero). */
async function checkpoints(): Promise<{ whole: Uint8Array; weights: Uint8Array; expected: Float32Array }> {
  const s = await Session.open(full, { backends: ['wasm'], seed: 9 });
  const r = { whole: await s.saveCheckpoint(), weights: await s.saveCheckpoint({}, { weightsOnly: true }), expected: (await s.predict(x, 3))['probabilities']! };
  s.destroy();
  return r;
}

describe('the artifact schema by kind', () => {
  it('a full artifact with an entry removed by hand is refused (DNN6002 naming the entry)', () => {
    for (const entry of ['train_step', 'init', 'eval_step', 'predict']) {
      const a = copy(full);
      delete (a.entries as Record<string, unknown>)[entry];
      expect(problem(() => validateArtifact(a))).toMatch(new RegExp(`DNN6002: .*entries\\.${entry}: is missing`));
    }
  });

  it("a full artifact cut down to predict by hand, without the kind, is still a full one missing its entries", () => {
    const a = copy(full);
    (a as { entries: unknown }).entries = { predict: full.entries['predict'] };
    expect(problem(() => validateArtifact(a))).toMatch(/DNN6002: .*entries\.init: is missing/);
  });

  it('a tampered kind: unknown, removed, or claimed by a full artifact', () => {
    expect(problem(() => validateArtifact({ ...copy(inf), kind: 'predict-only' }))).toMatch(/DNN6002: .*kind: expected one of "full", "inference"/);
    expect(problem(() => validateArtifact({ ...copy(inf), kind: 1 }))).toMatch(/DNN6002: .*kind/);
    const { kind: _, ...unmarked } = copy(inf);
    expect(problem(() => validateArtifact(unmarked))).toMatch(/DNN6002: .*entries\.init: is missing/);
    expect(problem(() => validateArtifact({ ...copy(inf), kind: 'full' }))).toMatch(/DNN6002: .*entries\.init: is missing/);
    // A full artifact claiming to be inference-only still holds training: refused, not half-loaded.
    expect(problem(() => validateArtifact({ ...copy(full), kind: 'inference' }))).toMatch(/DNN6002: .*entries\.init: is an entry of training/);
  });

  it('training smuggled into an inference artifact: an entry, an accumulator, a data set, a labels input, no outputs', () => {
    const withEntry = copy(inf);
    (withEntry as { entries: unknown }).entries = { ...inf.entries, train_step: inf.entries['predict'] };
    expect(problem(() => validateArtifact(withEntry))).toMatch(/DNN6002: .*entries\.train_step: is an entry of training/);
    const withAcc = { ...copy(inf), accumulators: { 'acc/train/loss': 0 } };
    expect(problem(() => validateArtifact(withAcc))).toMatch(/DNN6002: .*accumulators\["acc\/train\/loss"\]/);
    const withData = { ...copy(inf), buffers: [...inf.buffers, { name: 'dataset:train:X', kind: 'dataset', bytes: 0, dtype: 'u32' }] };
    expect(problem(() => validateArtifact(withData))).toMatch(/DNN6002: .*dataset:train:X is uploaded data/);
    const withLabels = { ...copy(inf), inputs: [...inf.inputs, full.inputs.find((i) => i.role === 'labels')!] };
    expect(problem(() => validateArtifact(withLabels))).toMatch(/DNN6002: .*inputs\[1\]\.role: is labels/);
    expect(problem(() => validateArtifact({ ...copy(inf), outputs: [] }))).toMatch(/DNN6002: .*outputs: is empty/);
    const noParam = { ...copy(inf), params: [...inf.params, 'hidden/missing'] };
    expect(problem(() => validateArtifact(noParam))).toMatch(/DNN6002: .*state:hidden\/missing/);
    // The genuine one passes.
    expect(problem(() => validateArtifact(copy(inf)))).toBe('no error');
  });
});

describe('the runtime and the command line given an inference artifact', async () => {
  const { whole, weights, expected } = await checkpoints();
  const dir = mkdtempSync(join(tmpdir(), 'dnnc-inference-'));
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  it('opens with a whole or weights-only checkpoint and predicts the full bits; without a checkpoint, or training, is DNN6034', async () => {
    for (const checkpoint of [whole, weights]) {
      const s = await Session.open(copy(inf), { checkpoint, backends: ['wasm'] });
      expect(Array.from((await s.predict(x, 3))['probabilities']!)).toEqual(Array.from(expected));
      expect(await codeOf(s.fit())).toMatch(/^DNN6034: Session.fit needs the training entries/);
      expect(await codeOf(s.evaluate('test'))).toMatch(/^DNN6034: Session.evaluate/);
      s.destroy();
    }
    expect(await codeOf(Session.open(copy(inf), { backends: ['wasm'] }))).toMatch(/^DNN6034: .*weights must come from a checkpoint/);
  });

  it('a checkpoint missing a parameter predict reads is DNN4012 before anything runs; a wrong shape DNN4011', async () => {
    const { tensors, metadata } = decodeSafetensors(weights);
    const kernel = inf.params.find((p) => p.startsWith('out/') && p.endsWith('kernel'))!;
    expect(tensors.has(kernel)).toBe(true);
    const without = encodeSafetensors([...tensors.values()].filter((t) => t.name !== kernel), metadata);
    expect(await codeOf(Session.open(copy(inf), { checkpoint: without, backends: ['wasm'] }))).toMatch(new RegExp(`^DNN4012: .*lacks 1 tensor .*${kernel}`));
    const bias = tensors.get(inf.params.find((p) => p.startsWith('hidden/') && p.endsWith('bias'))!)!;
    const reshaped = encodeSafetensors([...tensors.values()].map((t) => (t === bias ? { ...t, shape: [1, 5] } : t)), metadata);
    expect(await codeOf(Session.open(copy(inf), { checkpoint: reshaped, backends: ['wasm'] }))).toMatch(/^DNN4011: /);
  });

  it('dnnc train, eval and search refuse the artifact directory (exit 1, DNN6034); predict --artifact needs --checkpoint and then agrees with the model', () => {
    const out = join(dir, 'inf');
    writeArtifactDir(out, inf);
    writeFileSync(join(dir, 'inf.json'), bundleOf(inf));
    writeFileSync(join(dir, 'm.dnn'), NET);
    writeFileSync(join(dir, 'whole.safetensors'), whole);
    writeFileSync(join(dir, 'weights.safetensors'), weights);
    writeFileSync(join(dir, 'x.npy'), encodeNpy(x, [3, 6]));
    const cli = (...args: string[]) => spawnSync(process.execPath, ['dist/src/cli/main.js', ...args], { encoding: 'utf8', timeout: 60_000 });
    for (const [command, target] of [['train', out], ['eval', out], ['train', join(dir, 'inf.json')], ['search', out]] as const) {
      const r = cli(command, target, ...(command === 'search' ? ['--space', 'lr=log:1e-3:1e-1'] : []));
      expect(r.status, r.stderr).toBe(1);
      expect(r.stderr).toMatch(/error DNN6034: .*is an inference-only artifact/);
    }
    const none = cli('predict', '--artifact', out, '--input', join(dir, 'x.npy'), '--backend', 'wasm');
    expect(none.status).toBe(1);
    expect(none.stderr).toMatch(/error DNN6034: .*inference-only[\s\S]*give --checkpoint FILE/);
    const want = cli('predict', join(dir, 'm.dnn'), '--checkpoint', join(dir, 'whole.safetensors'), '--input', join(dir, 'x.npy'), '--backend', 'wasm', '--json');
    expect(want.status, want.stderr).toBe(0);
    expect(want.stdout.trim().split('\n')).toHaveLength(3);
    for (const artifact of [out, join(dir, 'inf.json')]) {
      const got = cli('predict', '--artifact', artifact, '--checkpoint', join(dir, 'weights.safetensors'), '--input', join(dir, 'x.npy'), '--backend', 'wasm', '--json');
      expect(got.status, got.stderr).toBe(0);
      expect(got.stdout).toBe(want.stdout);
    }
    // --artifact given what is no artifact: each refused with its code, exit 1.
    mkdirSync(join(dir, 'empty'));
    for (const [bad, code] of [[join(dir, 'nope'), 'DNN6001'], [join(dir, 'empty'), 'DNN6001'], [join(dir, 'm.dnn'), 'DNN6002'], [join(dir, 'x.npy'), 'DNN6002'], ['/dev/zero', 'DNN6005']] as const) {
      const r = cli('predict', '--artifact', bad, '--checkpoint', join(dir, 'weights.safetensors'), '--input', join(dir, 'x.npy'), '--backend', 'wasm');
      expect(r.status, `${bad}: ${r.stderr}`).toBe(1);
      expect(r.stderr).toMatch(new RegExp(`^error ${code}: `));
    }
    const both = cli('predict', join(dir, 'm.dnn'), '--artifact', out);
    expect(both.status).toBe(2);
    expect(both.stderr).toMatch(/DNN7005/);
  });
});
