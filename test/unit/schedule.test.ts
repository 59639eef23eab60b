// The schedule (src/codegen/schedule.ts) is the one list both targets render: each entry's feed
// kernels, compute kernels and copies, in order. The WGSL artifact's steps are its steps one for
// one, and the wasm target emits each artifact kernel from the scheduled step that became it.
import { describe, expect, it } from 'vitest';
import { emitWasmTarget } from '../../src/codegen/wasm/target.js';
import { BUFFER, ENTRY, feedOf, parseBufferName } from '../../src/contract/protocol.js';
import { PASSES } from '../../src/compiler/pipeline.js';
import { elaborate } from '../../src/dsl/elaborate.js';
import { parseSource } from '../../src/dsl/parse.js';
import { elaborated } from '../../src/model/driver.js';

// Frozen lower layers: the train and eval steps read caches, which cache_build and
// eval_cache_build fill from the rows in order: four fed entries.
const TEXT = `
model m
input X: f32[batch, 5]
input y: i32[batch]
logits = dense(relu(dense(X, 6, name: "hidden")), 3, name: "out")
loss = mean(sparse_softmax_cross_entropy(logits, y))
metric accuracy = mean(in_top_k(logits, y, 1))
train {
  batch_size = 4
  eval_batch_size = 3
  frozen = ["hidden/*"]
}`;

function compiled() {
  const { def } = elaborate(parseSource({ path: 'm.dnn', text: TEXT }).module, {});
  if (!def) throw new Error('the test model does not elaborate');
  const scheduled = PASSES.lower.run(PASSES.build.run(elaborated(def), {}), {});
  return { scheduled, emitted: PASSES.emit.run(scheduled, { wasm: true }) };
}

describe('the schedule', () => {
  const { scheduled, emitted } = compiled();
  const { schedule } = scheduled;
  const { artifact, dispatchOf } = emitted;

  it('lists the entries in the protocol order, each with its feed kernels first', () => {
    expect(schedule.entries.map((e) => e.entry)).toEqual(Object.keys(artifact.entries));
    for (const e of schedule.entries) {
      const kinds = e.steps.map((s) => s.kind);
      const feeds = kinds.filter((k) => k === 'feed').length;
      expect(kinds.slice(0, feeds).every((k) => k === 'feed'), e.entry).toBe(true);
      expect(kinds.slice(feeds).includes('feed'), e.entry).toBe(false);
      expect(feeds > 0, e.entry).toBe(feedOf(e.entry) !== undefined);
    }
    expect(schedule.entries.filter((e) => e.steps.some((s) => s.kind === 'feed')).map((e) => e.entry))
      .toEqual([ENTRY.train_step, ENTRY.eval_step, ENTRY.cache_build, ENTRY.eval_cache_build]);
  });

  it("binds each feed kernel to its entry's split, counter and input buffer", () => {
    const names = (bs: readonly number[]) => bs.map((b) => schedule.table.buffers[b]!.name);
    const cacheBuild = schedule.entries.find((e) => e.entry === ENTRY.cache_build)!;
    const feed = cacheBuild.steps[0]!;
    if (feed.kind !== 'feed') throw new Error('cache_build starts with no feed kernel');
    expect(names(feed.buffers)).toEqual([
      BUFFER.dataset('train', 'X'), BUFFER.datasetInfo('train', 'X'), BUFFER.state('counter/cache_batch'), BUFFER.input('X'),
    ]);
    expect(feed.spec).toMatchObject({ mode: 'eval', batch: 3, features: 5, dtype: 'f32', writesWeight: false });
    const evalStep = schedule.entries.find((e) => e.entry === ENTRY.eval_step)!;
    const weighted = evalStep.steps.filter((s) => s.kind === 'feed').map((s) => s.kind === 'feed' && s.spec.writesWeight);
    expect(weighted).toEqual([true, false]); // the cache, then the labels: the first writes the weight
  });

  it('is rendered one step for one into the artifact', () => {
    for (const e of schedule.entries) {
      const steps = artifact.entries[e.entry]!;
      expect(steps.length, e.entry).toBe(e.steps.length);
      e.steps.forEach((s, k) => {
        if (s.kind === 'copy') expect(steps[k]).toEqual({ copy: s.copy });
        else expect(steps[k], `${e.entry} step ${k}`).toBe(dispatchOf.get(s));
      });
    }
    const feeds = schedule.entries.flatMap((e) => e.steps.filter((s) => s.kind === 'feed'));
    for (const f of feeds) expect(dispatchOf.get(f)!.buffers).toEqual(f.buffers);
    expect(artifact.buffers.every((b) => parseBufferName(b.name) !== undefined)).toBe(true);
  });

  it('gives the wasm target each kernel once, from the step that became it', () => {
    const wasm = artifact.wasm!;
    expect(wasm.kernels.length).toBe(artifact.kernels.length);
    artifact.kernels.forEach((k, i) => {
      const params = wasm.kernels[i]!.params;
      expect(params.every((p) => p >= 0 && p < k.bindings.length), k.name).toBe(true);
    });
    // Without the rendered steps it has nothing to follow: it says which kernel, rather than guessing by position.
    expect(() => emitWasmTarget(schedule, new Map(), artifact.kernels.length)).toThrow(/was not rendered/);
    expect(() => emitWasmTarget(schedule, dispatchOf, artifact.kernels.length + 1)).toThrow(/used by no entry/);
  });
});
