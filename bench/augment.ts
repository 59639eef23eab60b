// `node dist/bench/augment.js [model.dnn] [--per-class N] [--epochs N]`: the effect of data
// augmentation on little data. Trains the model as written and with its `augment` setting
// removed, on the first N training examples of each class (default 100), and prints the best and
// final validation accuracy of each.
import { readFileSync } from 'node:fs';
import { resolveImport } from '../src/cli/source.js';
import { compileSource } from '../src/compiler/compile.js';
import { loadDataset } from '../src/data/index.js';
import { getSharedNodeDevice } from '../src/runtime/node.js';
import { Session } from '../src/runtime/session.js';

const args = process.argv.slice(2);
const flag = (name: string, dflt: number) => {
  const i = args.indexOf(name);
  const v = i >= 0 ? Number(args[i + 1]) : dflt;
  if (!Number.isInteger(v) || v < 1) throw new Error(`${name} takes a positive integer`);
  return v;
};
const file = args.find((a, i) => a.endsWith('.dnn') && !args[i - 1]?.startsWith('--')) ?? 'examples/augment.dnn';
const perClass = flag('--per-class', 100);
const text = readFileSync(file, 'utf8');
if (!/^\s*augment\s*=.*$/m.test(text)) throw new Error(`${file} has no augment setting`);
const h = await getSharedNodeDevice();

async function run(label: string, source: string): Promise<void> {
  const { artifact } = compileSource({ path: file, text: source }, { resolveImport });
  const epochs = flag('--epochs', artifact.train.epochs);
  const d = loadDataset(artifact.train.data);
  const per = d.train.features;
  const taken = new Map<number, number>();
  const rows: number[] = [];
  for (let i = 0; i < d.train.count; i++) {
    const c = d.train.y[i]!;
    if ((taken.get(c) ?? 0) < perClass) (taken.set(c, (taken.get(c) ?? 0) + 1), rows.push(i));
  }
  const x = d.train.x instanceof Uint8Array ? new Uint8Array(rows.length * per) : new Float32Array(rows.length * per);
  rows.forEach((r, k) => x.set(d.train.x.subarray(r * per, (r + 1) * per), k * per));
  const s = await Session.create(h.device, artifact);
  s.setData('train', { count: rows.length, features: x, labels: Int32Array.from(rows, (r) => d.train.y[r]!) });
  s.setData('val', { count: d.val.count, features: d.val.x, labels: d.val.y });
  await s.init(1);
  const r = await s.fit({ epochs });
  const acc = r.history.map((e) => e.valAccuracy);
  const seconds = r.history.reduce((a, e) => a + e.seconds, 0);
  console.log(`${label.padEnd(22)} ${String(rows.length).padStart(6)}  ${epochs}  best ${Math.max(...acc).toFixed(4)}  final ${acc.at(-1)!.toFixed(4)}  ${(seconds / epochs).toFixed(2)} s/epoch`);
  s.destroy();
}

console.log(`adapter: ${h.adapterInfo.description || h.adapterInfo.device}; ${file}, ${perClass} training examples per class`);
console.log('run                    examples  epochs  val_accuracy');
await run('with augmentation', text);
await run('without augmentation', text.replace(/^\s*augment\s*=.*$/m, ''));
