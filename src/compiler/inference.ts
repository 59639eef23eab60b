// The inference-only artifact (`dnnc compile --inference`): the predict entry and what it reads,
// nothing of training. Two passes of the pipeline: before lowering, every entry program but
// predict is dropped (so no kernel of training is fused, planned or emitted, for WGSL or wasm);
// after emitting, the buffer table is cut to the buffers predict binds (its parameters,
// batch-norm statistics, inputs, outputs and scratch: no optimizer slot, counter, accumulator or
// data set), renumbered in their order, and the artifact says it is inference-only. Predict's
// kernels are emitted from the same program by the same passes as in the full artifact, so it
// computes the same bits.
import { INFERENCE, type Artifact, type ArtifactBuffer, type Step } from '../contract/artifact.js';
import { DnnError } from '../contract/diagnostics.js';
import { BUFFER, ENTRY } from '../contract/protocol.js';
import type { Entries } from '../model/driver.js';

/** The one entry an inference-only artifact holds. */
export const PREDICT = ENTRY.predict;

/** Before lowering: the predict program alone (a model without outputs has nothing to predict). */
export function keepPredict(s: Entries): Entries {
  const predict = s.model.programs[PREDICT];
  if (!predict || !s.meta.outputs.length) {
    throw new DnnError([{
      code: 'DNN3001', severity: 'error',
      message: 'the model declares no `output`, so an inference-only artifact (--inference) would have nothing to predict',
      notes: ['add e.g. `output probabilities = softmax(logits)`'],
    }]);
  }
  return { ...s, model: { ...s.model, programs: { [PREDICT]: predict } } };
}

/** The buffers the steps bind or copy, in artifact order. */
function usedBuffers(entries: Readonly<Record<string, readonly Step[]>>): Set<number> {
  const used = new Set<number>();
  for (const steps of Object.values(entries)) {
    for (const s of steps) {
      if ('copy' in s) [s.copy.src, s.copy.dst].forEach((b) => used.add(b));
      else s.buffers.forEach((b) => used.add(b));
    }
  }
  return used;
}

/** The steps with every buffer index renumbered. */
function renumber(steps: readonly Step[], to: ReadonlyMap<number, number>): Step[] {
  const n = (b: number) => to.get(b)!;
  return steps.map((s) => ('copy' in s ? { copy: { ...s.copy, src: n(s.copy.src), dst: n(s.copy.dst) } } : { ...s, buffers: s.buffers.map(n) }));
}

/**
 * After emitting an artifact of the predict entry alone: only the buffers it uses, the inputs and
 * parameters among them, no metrics or accumulators, and `kind: 'inference'` (written after
 * `compiler`, so the artifact's head says what it is).
 */
export function inferenceOnly(a: Artifact): Artifact {
  const entries = { [PREDICT]: a.entries[PREDICT] ?? [] };
  const used = [...usedBuffers(entries)].sort((x, y) => x - y);
  const to = new Map(used.map((b, i) => [b, i]));
  const buffers: ArtifactBuffer[] = used.map((b) => a.buffers[b]!);
  const names = new Set(buffers.map((b) => b.name));
  const { format, version, model, compiler, ...rest } = a;
  return {
    format, version, model, compiler, kind: INFERENCE,
    ...rest,
    requirements: { ...a.requirements, maxStorageBufferBindingSize: Math.max(4, ...buffers.map((b) => b.bytes)) },
    inputs: a.inputs.filter((x) => names.has(BUFFER.input(x.name))),
    metrics: [],
    params: a.params.filter((p) => names.has(BUFFER.state(p))),
    buffers,
    entries: { [PREDICT]: renumber(entries[PREDICT], to) },
    accumulators: {},
  };
}
