// `npm run bench:wasm`: the training step on the WebAssembly target (CPU, one thread) beside the
// WebGPU target, in one run: ms per step over an epoch after a warm-up epoch, as wall time and as
// this process's CPU time (all its threads: llvmpipe's too), and the matmul kernels alone (their
// CPU ms per step and GFLOP/s). CPU time is the steadier measure on a shared machine. Models
// default to the batch-norm network; `--train N` bounds the examples per epoch (default 20000).
import { readFileSync } from 'node:fs';
import { resolveImport } from '../src/cli/source.js';
import { compileSource } from '../src/compiler/compile.js';
import { loadDataset } from '../src/data/index.js';
import { getSharedNodeDevice } from '../src/runtime/node.js';
import { kernelShapesFor } from '../src/runtime/device.js';
import { Session } from '../src/runtime/session.js';
import { openWasmDevice } from '../src/runtime/wasm.js';

const args = process.argv.slice(2);
const trainAt = args.indexOf('--train');
const limit = trainAt >= 0 ? Number(args.splice(trainAt, 2)[1]) : 20000;
const models = args.length ? args : ['examples/mnist-bn.dnn'];

console.log('model                    backend  wall ms/step  CPU ms/step  matmul CPU ms/step  matmul GFLOP/s');
for (const file of models) {
  const gpu = await getSharedNodeDevice();
  const c = compileSource({ path: file, text: readFileSync(file, 'utf8') }, { resolveImport, wasm: true, kernelShapes: kernelShapesFor(gpu.adapterInfo) });
  const { artifact } = c;
  const matmulFlops = c.programs('ir-opt')['train_step']!.eqns
    .filter((e) => e.op === 'matmul')
    .reduce((sum, e) => {
      const [a] = e.inputs;
      const k = (e.params as { transA: boolean }).transA ? a!.type.shape[0]! : a!.type.shape[1]!;
      return sum + 2 * e.out.type.shape[0]! * e.out.type.shape[1]! * k;
    }, 0);
  const d = loadDataset(artifact.train.data, artifact.train.digits ? { digits: [...artifact.train.digits] } : {});
  const count = Math.min(limit, d.train.count);
  for (const backend of ['wasm', 'webgpu'] as const) {
    const device = backend === 'wasm' ? (await openWasmDevice(artifact, { threads: 1 })).device : gpu.device;
    const s = await Session.create(device, artifact);
    s.setData('train', { count, features: [d.train.x, ...(d.train.more ?? [])].map((x) => x.subarray(0, count * d.train.features)), labels: d.train.y.subarray(0, count) });
    await s.init(1);
    await s.trainEpoch(); // warm-up: pipelines, tiering of the wasm code
    const cpu0 = process.cpuUsage();
    const r = await s.trainEpoch();
    const cpu = process.cpuUsage(cpu0);
    const steps = artifact.entries['train_step']!;
    const reps = 10;
    let matmulMs = 0;
    for (const [i, step] of steps.entries()) {
      if (!('dispatch' in step) || !artifact.kernels[step.dispatch]!.name.slice(4).startsWith('matmul')) continue;
      await s.runSteps('train_step', i, 1);
      const c0 = process.cpuUsage();
      await s.runSteps('train_step', i, reps);
      const c = process.cpuUsage(c0);
      matmulMs += (c.user + c.system) / 1000 / reps;
    }
    const ms = (1000 * r.seconds) / r.steps;
    const cpuMs = (cpu.user + cpu.system) / 1000 / r.steps;
    const gflops = matmulFlops / (matmulMs / 1000) / 1e9;
    const cols = [ms.toFixed(2).padStart(12), cpuMs.toFixed(2).padStart(11), matmulMs.toFixed(2).padStart(18), gflops.toFixed(1).padStart(14)];
    console.log(`${file.padEnd(24)} ${backend.padEnd(7)}  ${cols.join('  ')}`);
    s.destroy();
  }
}
