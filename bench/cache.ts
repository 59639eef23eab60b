// `node dist/bench/cache.js [model.dnn ...] [--train N]`: what frozen-layer caching saves. Each
// model is compiled twice, with caching automatic (as written) and with `cache_frozen = false`,
// and both train on the same examples: seconds per epoch (after a warm-up epoch, which also
// builds the cache), seconds per validation pass, dispatches per train step, and what the
// compiler says it caches.
import { readFileSync } from 'node:fs';
import { resolveImport } from '../src/cli/source.js';
import { compileSource } from '../src/compiler/compile.js';
import { loadDataset } from '../src/data/index.js';
import { getSharedNodeDevice } from '../src/runtime/node.js';
import { trainingNotes } from '../src/runtime/fit.js';
import { Session } from '../src/runtime/session.js';

const args = process.argv.slice(2);
const at = args.indexOf('--train');
const limit = at >= 0 ? Number(args[at + 1]) : Infinity;
if (at >= 0 && !(Number.isInteger(limit) && limit > 0)) throw new Error('--train takes a positive integer');
const models = args.filter((a, i) => a.endsWith('.dnn') && (at < 0 || i !== at + 1));
const h = await getSharedNodeDevice();
console.log(`adapter: ${h.adapterInfo.description || h.adapterInfo.device} (${h.adapterInfo.backend})`);
console.log('model                            cache    s/epoch  s/eval  dispatches/step');
for (const file of models.length ? models : ['examples/deep-relu-frozen.dnn', 'examples/exercise9.dnn']) {
  const text = readFileSync(file, 'utf8').replace(/^\s*cache_frozen\s*=.*$/m, '');
  for (const [label, source] of [['auto', text], ['off', text.replace(/train\s*\{/, 'train {\n  cache_frozen = false')]] as const) {
    const { artifact } = compileSource({ path: file, text: source }, { resolveImport });
    const d = loadDataset(artifact.train.data, artifact.train.digits ? { digits: [...artifact.train.digits] } : {});
    const n = Math.min(limit, d.train.count);
    const s = await Session.create(h.device, artifact);
    s.setData('train', { count: n, features: [d.train.x, ...(d.train.more ?? [])].map((x) => x.subarray(0, n * d.train.features)), labels: d.train.y.subarray(0, n) });
    s.setData('val', { count: d.val.count, features: [d.val.x, ...(d.val.more ?? [])], labels: d.val.y });
    await s.init(1);
    await s.trainEpoch(); // warm-up: pipelines and the training cache
    await s.evaluate('val'); // warm-up: the validation cache
    let train = 0;
    let evaluation = 0;
    for (let e = 0; e < 2; e++) {
      train += (await s.trainEpoch()).seconds;
      const t0 = performance.now();
      await s.evaluate('val');
      evaluation += (performance.now() - t0) / 1000;
    }
    const dispatches = artifact.entries['train_step']!.filter((x) => 'dispatch' in x).length;
    console.log(`${file.padEnd(32)} ${label.padEnd(5)} ${(train / 2).toFixed(2).padStart(9)} ${(evaluation / 2).toFixed(2).padStart(7)} ${String(dispatches).padStart(16)}`);
    if (label === 'auto') for (const note of trainingNotes(artifact)) console.log(`  ${note}`);
    s.destroy();
  }
}
