// `npm run bench:threads [-- --rounds 5 --python PATH]`: the mnist-bn training step on the CPU,
// side by side in one run — dnnc's wasm target on 1 and 2 threads, PyTorch (bench/pytorch_mnist_bn.py,
// the same network) on 1 and 2 threads — each measurement a process of its own, the four
// interleaved round after round (rotated, so none always runs first), and the median of each.
// Prints the load average before and after: on a shared machine, compare only numbers of one run.
// A child mode (`--one T`) is the dnnc measurement: one warm-up epoch of 40 steps, then three timed;
// PyTorch's: one warm-up epoch, then two timed.
import { execFileSync } from 'node:child_process';
import { loadavg } from 'node:os';
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { resolveImport } from '../src/cli/source.js';
import { compileSource } from '../src/compiler/compile.js';
import { loadDataset } from '../src/data/index.js';
import { Session } from '../src/runtime/session.js';
import { openWasmDevice } from '../src/runtime/wasm.js';

const args = process.argv.slice(2);
const flag = (name: string, fallback: string) => (args.includes(name) ? args[args.indexOf(name) + 1]! : fallback);

async function one(threads: number): Promise<void> {
  const file = 'examples/mnist-bn.dnn';
  const { artifact } = compileSource({ path: file, text: readFileSync(file, 'utf8') }, { resolveImport, wasm: true });
  const d = loadDataset(artifact.train.data, {});
  const count = 8000;
  const handle = await openWasmDevice(artifact, { threads });
  const s = await Session.create(handle.device, artifact);
  s.setData('train', { count, features: [d.train.x.subarray(0, count * d.train.features)], labels: d.train.y.subarray(0, count) });
  await s.init(1);
  await s.trainEpoch(); // warm-up: the wasm code's tiering, the workers' start
  let [seconds, steps] = [0, 0];
  for (let e = 0; e < 3; e++) {
    const r = await s.trainEpoch();
    [seconds, steps] = [seconds + r.seconds, steps + r.steps];
  }
  console.log(JSON.stringify({ threads, ms_per_step: Math.round((1e6 * seconds) / steps) / 1000, device: handle.adapterInfo.description }));
  s.destroy();
  handle.device.destroy();
}

function measure(kind: 'dnnc' | 'pytorch', threads: number, python: string): number {
  const out = kind === 'dnnc'
    ? execFileSync(process.execPath, [fileURLToPath(import.meta.url), '--one', String(threads)], { encoding: 'utf8' })
    : execFileSync(python, ['bench/pytorch_mnist_bn.py', '--threads', String(threads), '--epochs', '2'], { encoding: 'utf8' });
  return (JSON.parse(out.trim().split('\n').pop()!) as { ms_per_step: number }).ms_per_step;
}

const median = (xs: number[]) => {
  const s = [...xs].sort((a, b) => a - b);
  const h = s.length >> 1;
  return s.length % 2 ? s[h]! : (s[h - 1]! + s[h]!) / 2;
};

async function main(): Promise<void> {
  if (args.includes('--one')) return one(Number(flag('--one', '1')));
  const rounds = Number(flag('--rounds', '5'));
  const python = flag('--python', 'python3');
  const runs = [['dnnc', 1], ['dnnc', 2], ['pytorch', 1], ['pytorch', 2]] as const;
  const times = runs.map(() => [] as number[]);
  const load = () => loadavg().map((x) => x.toFixed(2)).join(' ');
  console.log(`load average before: ${load()}`);
  for (let r = 0; r < rounds; r++) {
    for (let k = 0; k < runs.length; k++) {
      const i = (k + r) % runs.length;
      const [kind, threads] = runs[i]!;
      times[i]!.push(measure(kind, threads, python));
    }
    console.log(`round ${r + 1}: ${runs.map(([kind, t], i) => `${kind}×${t} ${times[i]!.at(-1)!.toFixed(2)}`).join('  ')}`);
  }
  console.log(`load average after: ${load()}`);
  console.log('ms/step, median of rounds:');
  runs.forEach(([kind, t], i) => console.log(`  ${`${kind}, ${t} thread${t > 1 ? 's' : ''}`.padEnd(20)} ${median(times[i]!).toFixed(2)}  (${times[i]!.map((x) => x.toFixed(1)).join(', ')})`));
}

await main();
