// `npm run bench [-- --json] [--kernel-shapes gpu|cpu] [--sizes WxB,...|full] [--backend webgpu|wasm] [models...]`:
// training-step speed of the examples on this machine's
// adapter. Per model: ms per step (wall time over whole epochs, after a warm-up epoch),
// dispatches and submissions per step, the GFLOP/s of the two largest matmuls of the train step
// (each dispatch repeated in one command buffer, timed to completion), compile time, and the GPU
// memory the artifact allocates against the minimum it could (see memoryOf). Kernels are shaped
// for the adapter as `dnnc train` shapes them, unless --kernel-shapes says otherwise. Then, when
// no model is named or --sizes is given, mnist-bn widened and batched (bench/sizes.ts: a short
// grid by default, `--sizes full` for widths 300/1,000/3,000 × batches 50…1,000, on --backend,
// by default the one `dnnc train --backend auto` picks: wasm on a software adapter).
import { readFileSync } from 'node:fs';
import { resolveImport } from '../src/cli/source.js';
import { compileSource } from '../src/compiler/compile.js';
import type { Artifact } from '../src/contract/artifact.js';
import { loadDataset } from '../src/data/index.js';
import { getSharedNodeDevice } from '../src/runtime/node.js';
import * as deviceModule from '../src/runtime/device.js';
import { Session } from '../src/runtime/session.js';

// This file is also copied into older checkouts to compare with them (`npm run bench:compare`,
// docs/performance.md), so it must build there: what newer trees added is looked up, not imported.
/** KernelShapes of src/contract/artifact.ts. */
type KernelShapes = 'gpu' | 'cpu';
/** isSoftwareAdapter of src/runtime/device.ts, where the tree has it (older trees shape kernels one way). */
const isSoftwareAdapter = (info: { device: string; description: string; architecture: string }): boolean =>
  'isSoftwareAdapter' in deviceModule ? (deviceModule.isSoftwareAdapter as (i: typeof info) => boolean)(info) : false;

export interface BenchRow {
  model: string;
  batch: number;
  msPerStep: number;
  /** CPU time of the process per step (llvmpipe's threads included): steadier than wall time on a shared machine. */
  cpuMsPerStep: number;
  dispatchesPerStep: number;
  submissionsPerStep: number;
  kernels: number;
  compileMs: number;
  /** The largest matmuls of the train step: kernel, FLOPs per run, ms per run, GFLOP/s. */
  matmuls: { kernel: string; flops: number; ms: number; gflops: number }[];
  memory: { allocatedBytes: number; minimumBytes: number; ratio: number };
  kernelShapes: KernelShapes;
}

/**
 * Allocated: every buffer of the artifact but the uploaded data. Minimum: the persistent state
 * (parameters, statistics, optimizer slots, counters) plus the largest set of values live at
 * once in the train step, each value living from the dispatch that writes it to its last read.
 */
export function memoryOf(a: Artifact): BenchRow['memory'] {
  const allocated = a.buffers.filter((b) => b.kind !== 'dataset').reduce((s, b) => s + b.bytes, 0);
  const state = a.buffers.filter((b) => b.kind === 'state').reduce((s, b) => s + b.bytes, 0);
  const intervals: { bytes: number; from: number; to: number }[] = [];
  const open = new Map<number, { bytes: number; from: number; to: number }>();
  (a.entries['train_step'] ?? []).forEach((step, k) => {
    const touched: [number, boolean][] = 'copy' in step
      ? [[step.copy.src, false], [step.copy.dst, true]]
      : step.buffers.map((b, i) => [b, a.kernels[step.dispatch]!.bindings[i] === 'read_write']);
    for (const [b, writes] of touched) {
      const info = a.buffers[b]!;
      if (info.kind === 'state' || info.kind === 'dataset') continue;
      const cur = open.get(b);
      if (cur) cur.to = k;
      if (writes && !cur) {
        const v = { bytes: info.bytes, from: k, to: k };
        open.set(b, v);
        intervals.push(v);
      }
    }
    // A buffer written here holds a new value from the next read on: close the old one first.
    for (const [b, writes] of touched) {
      if (!writes || a.buffers[b]!.kind === 'state' || a.buffers[b]!.kind === 'dataset') continue;
      const cur = open.get(b)!;
      if (cur.from !== k) {
        const v = { bytes: a.buffers[b]!.bytes, from: k, to: k };
        open.set(b, v);
        intervals.push(v);
      }
    }
  });
  let peak = 0;
  const n = a.entries['train_step']?.length ?? 0;
  for (let k = 0; k < n; k++) peak = Math.max(peak, intervals.filter((v) => v.from <= k && k <= v.to).reduce((s, v) => s + v.bytes, 0));
  const minimum = state + peak;
  return { allocatedBytes: allocated, minimumBytes: minimum, ratio: allocated / minimum };
}

async function benchModel(file: string, kernelShapes: KernelShapes): Promise<BenchRow> {
  const h = await getSharedNodeDevice();
  const t0 = performance.now();
  const options = { resolveImport, kernelShapes }; // not a literal: older trees' options lack kernelShapes
  const c = compileSource({ path: file, text: readFileSync(file, 'utf8') }, options);
  const compileMs = performance.now() - t0;
  const { artifact } = c;
  const d = loadDataset(artifact.train.data, artifact.train.digits ? { digits: [...artifact.train.digits] } : {});
  const s = await Session.create(h.device, artifact);
  s.setData('train', { count: d.train.count, features: [d.train.x, ...(d.train.more ?? [])], labels: d.train.y });
  await s.init(1);
  await s.trainEpoch(); // warm-up: pipelines, caches
  let seconds = 0;
  let steps = 0;
  const before = s.stats.submits;
  const cpu0 = process.cpuUsage();
  for (let e = 0; e < 2; e++) {
    const r = await s.trainEpoch();
    seconds += r.seconds;
    steps += r.steps;
  }
  const cpu = process.cpuUsage(cpu0);
  // An epoch's read-back of its accumulators is one submission of its own.
  const submissions = (s.stats.submits - before) / steps;
  const matmuls = await timeMatmuls(s, c.programs('ir-opt')['train_step']!.eqns as readonly MatmulEqn[], artifact);
  s.destroy();
  const trainSteps = artifact.entries['train_step']!;
  return {
    model: file, batch: artifact.train.batchSize, msPerStep: (1000 * seconds) / steps, cpuMsPerStep: (cpu.user + cpu.system) / 1000 / steps,
    dispatchesPerStep: trainSteps.filter((x) => 'dispatch' in x).length, submissionsPerStep: submissions,
    kernels: artifact.kernels.length, compileMs, matmuls, memory: memoryOf(artifact), kernelShapes,
  };
}

type MatmulEqn = { op: string; inputs: readonly { type: { shape: readonly number[] } }[]; out: { type: { shape: readonly number[] } }; params: unknown };

/**
 * Times the two largest matmuls of the train step. A kernel with a matmul core is matched to
 * the matmul of the optimized program whose operands and result have the sizes of buffers it
 * binds (the result may be written straight into a parameter by a fused update).
 */
async function timeMatmuls(s: Session, eqns: readonly MatmulEqn[], a: Artifact) {
  const bytes = (x: { type: { shape: readonly number[] } }) => 4 * x.type.shape.reduce((p, d) => p * d, 1);
  const matmuls = eqns.filter((e) => e.op === 'matmul').map((e) => {
    const [m, n] = e.out.type.shape as [number, number];
    const { transA } = e.params as { transA: boolean };
    const kdim = transA ? e.inputs[0]!.type.shape[0]! : e.inputs[0]!.type.shape[1]!;
    return { flops: 2 * m * n * kdim, sizes: [bytes(e.inputs[0]!), bytes(e.inputs[1]!), bytes(e.out)], used: false };
  });
  const steps = a.entries['train_step']!;
  const found: { k: number; flops: number }[] = [];
  steps.forEach((x, k) => {
    if (!('dispatch' in x) || !/_matmul_/.test(a.kernels[x.dispatch]!.name)) return;
    const bound = x.buffers.map((b) => a.buffers[b]!.bytes);
    const m = matmuls.find((c) => !c.used && c.sizes.every((z) => bound.includes(z)));
    if (!m) return;
    m.used = true;
    found.push({ k, flops: m.flops });
  });
  const largest = found.sort((x, y) => y.flops - x.flops).slice(0, 2);
  const out: BenchRow['matmuls'] = [];
  for (const { k, flops } of largest) {
    const repeats = 20;
    await s.runSteps('train_step', k, 2); // warm
    const t0 = performance.now();
    await s.runSteps('train_step', k, repeats);
    const ms = (performance.now() - t0) / repeats;
    const step = steps[k]!;
    out.push({ kernel: 'dispatch' in step ? a.kernels[step.dispatch]!.name : '', flops, ms, gflops: flops / ms / 1e6 });
  }
  return out;
}

if (process.argv[1]?.endsWith('step.js')) {
  const args = process.argv.slice(2);
  const json = args.includes('--json');
  const at = args.findIndex((x) => x === '--kernel-shapes');
  const shapes = at >= 0 ? (args[at + 1] as KernelShapes | undefined) : undefined;
  if (at >= 0 && shapes !== 'gpu' && shapes !== 'cpu') {
    console.error(`bench: --kernel-shapes takes gpu or cpu, not ${shapes === undefined ? 'nothing' : `'${shapes}'`}`);
    process.exit(2);
  }
  // --sizes and --backend (the grid of bench/sizes.ts), taken out before the model names.
  const taken = (flag: string): string | undefined => {
    const i = args.indexOf(flag);
    return i < 0 ? undefined : args.splice(i, 2)[1] ?? '';
  };
  const sizesArg = taken('--sizes');
  const backendArg = taken('--backend');
  if (backendArg !== undefined && backendArg !== 'webgpu' && backendArg !== 'wasm') {
    console.error(`bench: --backend takes webgpu or wasm, not '${backendArg}'`);
    process.exit(2);
  }
  const at2 = args.findIndex((x) => x === '--kernel-shapes');
  const files = args.filter((x, k) => x !== '--json' && (at2 < 0 || (k !== at2 && k !== at2 + 1)));
  const models = files.length ? files : sizesArg !== undefined ? [] : ['examples/mnist-bn.dnn', 'examples/dropout.dnn', 'examples/exercise8.dnn'];
  // Not opened for a wasm-only grid (Dawn's adapter search prints warnings, and takes time).
  const h = models.length || backendArg !== 'wasm' ? await getSharedNodeDevice() : undefined;
  // The grid's backend, unless given: as `dnnc train --backend auto` picks (wasm on a software adapter).
  const gridBackend: 'webgpu' | 'wasm' = backendArg ?? (h && isSoftwareAdapter(h.adapterInfo) ? 'wasm' : 'webgpu');
  const adapter = h ? `${h.adapterInfo.description || h.adapterInfo.device} (${h.adapterInfo.backend}, ${h.adapterInfo.featureLevel})` : 'none opened';
  const rows: BenchRow[] = [];
  // As `dnnc train` does unless told: kernels shaped for the adapter (see KernelShapes).
  const kernelShapes = shapes ?? (h && isSoftwareAdapter(h.adapterInfo) ? 'cpu' : 'gpu');
  if (!json && models.length) console.log(`adapter: ${adapter}, kernels shaped for '${kernelShapes}'\nmodel                          batch  ms/step  cpu ms/step  disp/step  subm/step  compile ms  GPU KiB / min  matmul GFLOP/s`);
  for (const file of models) {
    const r = await benchModel(file, kernelShapes);
    rows.push(r);
    if (json) continue;
    const mem = `${(r.memory.allocatedBytes / 1024).toFixed(0)}/${(r.memory.minimumBytes / 1024).toFixed(0)} (${r.memory.ratio.toFixed(2)}×)`;
    console.log(
      `${file.padEnd(30)} ${String(r.batch).padStart(5)}  ${r.msPerStep.toFixed(r.msPerStep < 10 ? 2 : 1).padStart(7)}  ${r.cpuMsPerStep.toFixed(r.cpuMsPerStep < 10 ? 2 : 1).padStart(11)}  ${String(r.dispatchesPerStep).padStart(9)}  ${r.submissionsPerStep.toFixed(3).padStart(9)}  ${r.compileMs.toFixed(0).padStart(10)}  ${mem.padStart(13)}  ${r.matmuls.map((m) => m.gflops.toFixed(1)).join(', ')}`,
    );
  }
  // The grid lives in its own file, loaded by a computed name: this file is also built in older
  // trees (bench:compare), which have no sizes.ts and never ask for the grid (they name a model).
  let sizes: unknown[] = [];
  if (sizesArg !== undefined || !files.length) {
    const grid = (await import(['.', 'sizes.js'].join('/'))) as typeof import('./sizes.js');
    const pairs = sizesArg !== undefined ? grid.parseSizes(sizesArg) : grid.SHORT;
    if (!json) console.log(`\nmnist-bn, first hidden layer widened, on ${gridBackend}${gridBackend === 'webgpu' ? ` (${adapter})` : ' (this CPU, one thread)'}:`);
    for (const [w, b] of pairs) {
      const r = await grid.benchSize(w, b, gridBackend, 3);
      sizes.push(r);
      if (!json) console.log(`${sizes.length === 1 ? `${grid.SIZE_HEADER}\n` : ''}${grid.formatSizeRow(r)}`);
    }
  }
  if (json) console.log(JSON.stringify({ adapter, rows, ...(sizes.length ? { sizes } : {}) }, null, 2));
}
