// Per-kernel timing of one entry point: each dispatch of the entry is submitted alone, many
// times, and timed to completion. Software GPUs have no timestamp queries in compatibility
// mode, so this measures wall time per dispatch, including Dawn's per-submit overhead.
import { readFileSync } from 'node:fs';
import { compileSource } from '../src/compiler/compile.js';
import { loadDataset } from '../src/data/index.js';
import { getSharedNodeDevice } from '../src/runtime/node.js';
import { kernelShapesFor } from '../src/runtime/device.js';
import { Session } from '../src/runtime/session.js';

export async function profileEntry(file: string, entry = 'train_step', repeats = 10): Promise<{ name: string; ms: number }[]> {
  const h = await getSharedNodeDevice();
  const { artifact } = compileSource({ path: file, text: readFileSync(file, 'utf8') }, { maxStorageBuffers: 8, kernelShapes: kernelShapesFor(h.adapterInfo) });
  const s = await Session.create(h.device, artifact);
  const d = loadDataset('mnist');
  s.setData('train', { count: d.train.count, features: d.train.x, labels: d.train.y });
  await s.init(1);
  const steps = artifact.entries[entry]!;
  const rows: { name: string; ms: number }[] = [];
  for (let k = 0; k < steps.length; k++) {
    const step = steps[k]!;
    const name = 'dispatch' in step ? artifact.kernels[step.dispatch]!.name : `copy ${step.copy.bytes}B`;
    await s.runSteps(entry, k, 1); // warm
    const t0 = performance.now();
    await s.runSteps(entry, k, repeats);
    rows.push({ name, ms: (performance.now() - t0) / repeats });
  }
  return rows;
}

if (process.argv[1]?.endsWith('profile.js')) {
  const rows = await profileEntry(process.argv[2] ?? 'examples/mnist-bn.dnn', process.argv[3] ?? 'train_step');
  const total = rows.reduce((a, r) => a + r.ms, 0);
  for (const r of [...rows].sort((a, b) => b.ms - a.ms)) console.log(`${r.ms.toFixed(2).padStart(8)} ms  ${((100 * r.ms) / total).toFixed(1).padStart(5)}%  ${r.name}`);
  console.log(`${total.toFixed(1)} ms in ${rows.length} steps`);
}
