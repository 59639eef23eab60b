// The artifact's WebAssembly target: one module with a function per artifact kernel, emitted
// from the same fused, buffer-planned entries as the WGSL (kernel i of the artifact is the
// module's export `k<i>`, found by walking each entry's steps in the order emitArtifact made them).
import type { Artifact, ModelMeta, Step } from '../../contract/artifact.js';
import { encodeBase64, type ArtifactWasm } from '../../contract/wasm.js';
import type { Eqn } from '../../ir/program.js';
import type { BufferTable } from '../../passes/planBuffers.js';
import { feedBuffers, FEEDS, type PlannedEntry } from '../compile.js';
import { emitWasmKernel } from './emitKernel.js';
import { emitWasmFeed } from './feed.js';
import { WASM_IMPORTS, WasmModuleBuilder } from './module.js';

export function emitWasmTarget(a: Artifact, meta: ModelMeta, table: BufferTable, planned: ReadonlyMap<string, PlannedEntry>): ArtifactWasm {
  const m = new WasmModuleBuilder();
  const kernels: { params: number[]; parts?: number }[] = [];
  const done = new Set<number>();
  const order: number[] = [];
  for (const [entry, { program, fused, plan }] of planned) {
    const dispatches = a.entries[entry]!.filter((s): s is Extract<Step, { dispatch: number }> => 'dispatch' in s);
    const feeds = feedBuffers(table, meta, entry, program);
    if (dispatches.length !== feeds.length + fused.kernels.length) throw new Error(`${entry}: steps do not match its kernels`);
    const eqnOf = new Map<number, Eqn>(program.eqns.map((e) => [e.out.id, e]));
    dispatches.forEach((step, s) => {
      if (done.has(step.dispatch)) return;
      done.add(step.dispatch);
      order.push(step.dispatch);
      const name = `k${step.dispatch}`;
      if (s < feeds.length) {
        const feed = FEEDS[entry]!;
        const fb = feeds[s]!;
        const batch = feed.mode === 'train' ? meta.train.batchSize : meta.train.evalBatchSize;
        const augment = feed.mode === 'train' && fb.input.role === 'features' ? meta.train.augment : undefined;
        const features = fb.input.example.reduce((x, y) => x * y, 1);
        const params = emitWasmFeed(m, name, { mode: feed.mode, batch, features, dtype: fb.input.dtype, writesWeight: fb.writesWeight, ...(augment ? { augment } : {}) });
        kernels[step.dispatch] = { params: Array.from({ length: params }, (_, i) => i) };
        return;
      }
      const groups = fused.kernels[s - feeds.length]!;
      const buffers = emitWasmKernel(m, name, {
        groups, eqnOf, materialized: fused.materialized, internal: fused.internal,
        bufferOf: (v) => plan.bufferOf.get(v.id)!,
        dtypeOfBuffer: (b) => table.buffers[b]!.dtype,
      });
      const parts = m.parts.get(name);
      kernels[step.dispatch] = {
        params: buffers.map((buf) => {
          const at = step.buffers.indexOf(buf);
          if (at < 0) throw new Error(`kernel ${name} uses buffer ${buf}, which its step does not bind`);
          return at;
        }),
        ...(parts !== undefined ? { parts } : {}),
      };
    });
  }
  if (order.length !== a.kernels.length) throw new Error('some kernels are used by no entry');
  return { module: encodeBase64(m.encode()), kernels, scratchBytes: m.scratchBytes, imports: [...WASM_IMPORTS] };
}
