// `npm run bench`: training-step speed of the examples on this machine's adapter. For each
// model: ms per step (wall time over whole epochs, after a warm-up epoch), dispatches per step,
// kernels, and the GPU memory the artifact allocates (without the uploaded data).
import { readFileSync } from 'node:fs';
import { resolveImport } from '../src/cli/source.js';
import { compileSource } from '../src/compiler/compile.js';
import { loadDataset } from '../src/data/index.js';
import { getSharedNodeDevice } from '../src/runtime/node.js';
import { Session } from '../src/runtime/session.js';

const models = process.argv.slice(2).length ? process.argv.slice(2) : ['examples/mnist-bn.dnn', 'examples/dropout.dnn', 'examples/exercise8.dnn'];
const h = await getSharedNodeDevice();
console.log(`adapter: ${h.adapterInfo.description || h.adapterInfo.device} (${h.adapterInfo.backend}, ${h.adapterInfo.featureLevel})`);
console.log('model                          batch  ms/step  dispatches/step  kernels  GPU MiB');
for (const file of models) {
  const { artifact } = compileSource({ path: file, text: readFileSync(file, 'utf8') }, { resolveImport });
  const d = loadDataset(artifact.train.data, artifact.train.digits ? { digits: [...artifact.train.digits] } : {});
  const s = await Session.create(h.device, artifact);
  s.setData('train', { count: d.train.count, features: [d.train.x, ...(d.train.more ?? [])], labels: d.train.y });
  await s.init(1);
  await s.trainEpoch(); // warm-up: pipelines, caches
  let seconds = 0;
  let steps = 0;
  for (let e = 0; e < 2; e++) {
    const r = await s.trainEpoch();
    seconds += r.seconds;
    steps += r.steps;
  }
  const dispatches = artifact.entries['train_step']!.filter((x) => 'dispatch' in x).length;
  const mib = artifact.buffers.reduce((a, b) => a + b.bytes, 0) / 2 ** 20;
  console.log(
    `${file.padEnd(30)} ${String(artifact.train.batchSize).padStart(5)}  ${((1000 * seconds) / steps).toFixed(1).padStart(7)}  ${String(dispatches).padStart(15)}  ${String(artifact.kernels.length).padStart(7)}  ${mib.toFixed(1).padStart(7)}`,
  );
  s.destroy();
}
