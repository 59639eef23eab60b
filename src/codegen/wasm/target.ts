// The artifact's WebAssembly target: one module with a function per artifact kernel, rendered
// from the same schedule as the WGSL (codegen/schedule.ts). The WGSL artifact numbers the
// kernels and orders each kernel's bindings; each scheduled kernel's rendered step says which
// (its dispatch and buffers), so kernel i of the artifact is the module's export `k<i>`, emitted
// once, at its first step, with its parameters in the step's binding order.
import { encodeBase64, type ArtifactWasm } from '../../contract/wasm.js';
import type { DispatchStep } from '../compile.js';
import type { ComputeStep, KernelStep, Schedule, ScheduledEntry } from '../schedule.js';
import { emitWasmKernel } from './emitKernel.js';
import { emitWasmFeed } from './feed.js';
import { WASM_IMPORTS, WasmModuleBuilder } from './module.js';

export function emitWasmTarget(schedule: Schedule, dispatchOf: ReadonlyMap<KernelStep, DispatchStep>, kernelCount: number): ArtifactWasm {
  const m = new WasmModuleBuilder();
  const kernels: { params: number[]; parts?: number }[] = [];
  const done = new Set<number>();
  for (const e of schedule.entries) {
    for (const step of e.steps) {
      if (step.kind === 'copy') continue;
      const d = dispatchOf.get(step);
      if (!d) throw new Error(`${e.entry}: the kernel ${step.name} was not rendered`);
      if (done.has(d.dispatch)) continue;
      done.add(d.dispatch);
      const name = `k${d.dispatch}`;
      kernels[d.dispatch] = step.kind === 'feed'
        ? { params: Array.from({ length: emitWasmFeed(m, name, step.spec) }, (_, i) => i) }
        : computeParams(m, name, schedule, e, step, d);
    }
  }
  if (done.size !== kernelCount) throw new Error('some kernels are used by no entry');
  return { module: encodeBase64(m.encode()), kernels, scratchBytes: m.scratchBytes, imports: [...WASM_IMPORTS] };
}

/** Emits a compute kernel; its parameters are its buffers' positions among the step's bindings (and its parts, where the threads split it). */
function computeParams(m: WasmModuleBuilder, name: string, schedule: Schedule, e: ScheduledEntry, step: ComputeStep, d: DispatchStep): { params: number[]; parts?: number } {
  const buffers = emitWasmKernel(m, name, {
    groups: step.groups, eqnOf: e.eqnOf, materialized: e.materialized, internal: e.internal,
    bufferOf: e.bufferOf,
    dtypeOfBuffer: (b) => schedule.table.buffers[b]!.dtype,
  });
  const params = buffers.map((buf) => {
    const at = d.buffers.indexOf(buf);
    if (at < 0) throw new Error(`kernel ${name} uses buffer ${buf}, which its step does not bind`);
    return at;
  });
  const parts = m.parts.get(name);
  return { params, ...(parts !== undefined ? { parts } : {}) };
}
