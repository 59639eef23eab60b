// The training step as it grows (issue 21, item 2): mnist-bn (784-300-100-10) with its first
// hidden layer widened (300, 1,000, 3,000) at batches of 50 to 1,000, on WebGPU (this machine's
// adapter) or the wasm target. Per size: ms per step (wall, over a few steps after warm-up steps),
// the matmul FLOPs of one step (forward and backward: every matmul of the optimized train_step
// program, 2·m·n·k each) and what they come to per CPU-second of step, and every matmul dispatch
// timed alone (repeated in one submission) with its shape, CPU ms and GFLOP per CPU-second (CPU
// time: the process's, all threads; on a shared machine far steadier than wall time). `npm run bench` runs
// a short grid; `npm run bench -- --sizes full` the whole one (minutes on a software adapter).
import { readFileSync } from 'node:fs';
import { resolveImport } from '../src/cli/source.js';
import { compileSource } from '../src/compiler/compile.js';
import type { Artifact } from '../src/contract/artifact.js';
import { loadDataset, type Dataset } from '../src/data/index.js';
import { getSharedNodeDevice } from '../src/runtime/node.js';
import { kernelShapesFor } from '../src/runtime/device.js';
import { Session } from '../src/runtime/session.js';
import { openWasmDevice } from '../src/runtime/wasm.js';

export const WIDTHS = [300, 1000, 3000];
export const BATCHES = [50, 100, 200, 500, 1000];
/** The default run: the two wide layers at the model's own batch. */
export const SHORT: [number, number][] = [[1000, 200], [3000, 200]];

export interface MatmulTiming {
  kernel: string;
  /** m×k×n: the product's rows, the summed dimension, its columns. */
  shape: string;
  flops: number;
  ms: number;
  gflops: number;
}

export interface SizeRow {
  width: number;
  batch: number;
  backend: 'webgpu' | 'wasm';
  steps: number;
  msPerStep: number;
  /** The process's CPU time per step (all its threads: llvmpipe's too): steadier than wall time on a shared machine. */
  cpuMsPerStep: number;
  /** Every matmul of one train step, forward and backward. */
  matmulFlopsPerStep: number;
  /** matmulFlopsPerStep over the whole step's CPU time: what the step achieves per CPU-second. */
  stepGflops: number;
  /** Every matmul dispatch alone (CPU ms, GFLOP per CPU-second); their ms over the step's CPU ms is the matmuls' share. */
  matmuls: MatmulTiming[];
  matmulShare: number;
}

/** "1000x200,3000x50" or "full" → [width, batch] pairs (an error names what is wrong). */
export function parseSizes(text: string): [number, number][] {
  if (text === 'full') return WIDTHS.flatMap((w) => BATCHES.map((b): [number, number] => [w, b]));
  return text.split(',').map((part) => {
    const m = /^([0-9]{1,5})x([0-9]{1,5})$/.exec(part.trim());
    if (!m || Number(m[1]) < 1 || Number(m[2]) < 1) throw new Error(`--sizes takes WIDTHxBATCH,... or full, got '${part}'`);
    return [Number(m[1]), Number(m[2])];
  });
}

/** mnist-bn's source with the first hidden layer `width` wide. */
export function widened(width: number): string {
  const text = readFileSync('examples/mnist-bn.dnn', 'utf8');
  const out = text.replace('hidden1 = hidden(X, 300)', `hidden1 = hidden(X, ${width})`);
  if (out === text && width !== 300) throw new Error("examples/mnist-bn.dnn no longer has 'hidden1 = hidden(X, 300)'");
  return out;
}

type Eqn = { op: string; inputs: readonly { type: { shape: readonly number[] } }[]; out: { type: { shape: readonly number[] } }; params: unknown };

/** Each matmul of the program: FLOPs, m×k×n, and its operands' and result's bytes (to find its dispatch). */
export function matmulsOf(eqns: readonly Eqn[]) {
  const bytes = (x: { type: { shape: readonly number[] } }) => 4 * x.type.shape.reduce((p, d) => p * d, 1);
  return eqns.filter((e) => e.op === 'matmul').map((e) => {
    const [m, n] = e.out.type.shape as [number, number];
    const { transA } = e.params as { transA: boolean };
    const k = transA ? e.inputs[0]!.type.shape[0]! : e.inputs[0]!.type.shape[1]!;
    return { flops: 2 * m * n * k, shape: `${m}×${k}×${n}`, sizes: [bytes(e.inputs[0]!), bytes(e.inputs[1]!), bytes(e.out)], used: false };
  });
}

let mnist: Dataset | undefined;

export async function benchSize(width: number, batch: number, backend: 'webgpu' | 'wasm', steps: number): Promise<SizeRow> {
  // The WebGPU device is opened only for WebGPU (kernels shaped for its adapter as dnnc train shapes them).
  const gpu = backend === 'webgpu' ? await getSharedNodeDevice() : undefined;
  const kernelShapes = gpu ? kernelShapesFor(gpu.adapterInfo) : 'cpu';
  const c = compileSource({ path: 'examples/mnist-bn.dnn', text: widened(width) }, { resolveImport, batchSize: batch, wasm: backend === 'wasm', kernelShapes });
  const a = c.artifact;
  mnist ??= loadDataset(a.train.data);
  const d = mnist;
  const count = Math.min(d.train.count, batch * steps);
  const device = gpu ? gpu.device : (await openWasmDevice(a)).device;
  const s = await Session.create(device, a);
  s.setData('train', { count, features: [d.train.x.subarray(0, count * d.train.features)], labels: d.train.y.subarray(0, count) });
  await s.init(1);
  await s.trainEpoch(); // warm-up: pipelines, the wasm code's tiers
  const cpu0 = process.cpuUsage();
  const r = await s.trainEpoch();
  const cpu = process.cpuUsage(cpu0);
  const msPerStep = (1000 * r.seconds) / r.steps;
  const cpuMsPerStep = (cpu.user + cpu.system) / 1000 / r.steps;
  const mm = matmulsOf(c.programs('ir-opt')['train_step']!.eqns as readonly Eqn[]);
  const matmulFlopsPerStep = mm.reduce((t, m) => t + m.flops, 0);
  const matmuls = await timeEachMatmul(s, a, mm);
  s.destroy();
  return {
    width, batch, backend, steps: r.steps, msPerStep, cpuMsPerStep, matmulFlopsPerStep, stepGflops: matmulFlopsPerStep / cpuMsPerStep / 1e6,
    matmuls, matmulShare: matmuls.reduce((t, m) => t + m.ms, 0) / cpuMsPerStep,
  };
}

/** Every matmul dispatch of the train step, matched to its matmul by the bytes of the buffers it binds, run alone. */
async function timeEachMatmul(s: Session, a: Artifact, mm: ReturnType<typeof matmulsOf>): Promise<MatmulTiming[]> {
  const out: MatmulTiming[] = [];
  const steps = a.entries['train_step']!;
  for (const [k, x] of steps.entries()) {
    if (!('dispatch' in x) || !/matmul/.test(a.kernels[x.dispatch]!.name)) continue;
    const bound = x.buffers.map((b) => a.buffers[b]!.bytes);
    const m = mm.find((c) => !c.used && c.sizes.every((z) => bound.includes(z)));
    if (!m) continue;
    m.used = true;
    // Repeated in one submission (as step.ts times its matmuls): 3 runs to warm and estimate,
    // then enough for ~100 ms (at least 3), so that short kernels are not timed as overhead.
    let t0 = performance.now();
    await s.runSteps('train_step', k, 3);
    const reps = Math.max(3, Math.min(1000, Math.round(100 / ((performance.now() - t0) / 3))));
    const c0 = process.cpuUsage();
    await s.runSteps('train_step', k, reps);
    const c = process.cpuUsage(c0);
    const ms = (c.user + c.system) / 1000 / reps;
    out.push({ kernel: a.kernels[x.dispatch]!.name, shape: m.shape, flops: m.flops, ms, gflops: m.flops / ms / 1e6 });
  }
  return out;
}

export const SIZE_HEADER = 'width  batch  backend  steps  ms/step  CPU ms/step  matmul GFLOP/step  step GFLOP/s  matmul share  per matmul (m×k×n: GFLOP/s)';

/** One size's line under SIZE_HEADER. */
export function formatSizeRow(r: SizeRow): string {
  const per = r.matmuls.map((m) => `${m.shape}: ${m.gflops.toFixed(1)}`).join(', ');
  return `${String(r.width).padStart(5)}  ${String(r.batch).padStart(5)}  ${r.backend.padEnd(7)}  ${String(r.steps).padStart(5)}  ${r.msPerStep.toFixed(1).padStart(7)}  ${r.cpuMsPerStep.toFixed(1).padStart(11)}  ${(r.matmulFlopsPerStep / 1e9).toFixed(3).padStart(17)}  ${r.stepGflops.toFixed(2).padStart(12)}  ${(100 * r.matmulShare).toFixed(0).padStart(11)}%  ${per}`;
}
