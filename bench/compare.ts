// `npm run bench:compare -- <baseline-dir> [--rounds N] [model]`: this tree's training step
// against another build of dnnc, measured in one run on the same machine and adapter. The two
// benches (`dist/bench/step.js --json` of each tree) run alternately, N rounds (default 5), each
// in its own process, and the medians are compared: on a shared machine, only interleaved runs
// see the same load. The baseline is a checkout built with `npx tsc` whose bench/step.ts prints
// the same JSON (copy this tree's bench/step.ts into it before building an older commit).
import { execFileSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { join, resolve } from 'node:path';
import type { BenchRow } from './step.js';

interface Side {
  readonly name: string;
  readonly dir: string;
  readonly rows: BenchRow[];
}

const median = (xs: readonly number[]) => {
  const s = [...xs].sort((a, b) => a - b);
  const m = s.length >> 1;
  return s.length % 2 ? s[m]! : (s[m - 1]! + s[m]!) / 2;
};

function runBench(dir: string, model: string): { adapter: string; row: BenchRow } {
  const out = execFileSync(process.execPath, [join(dir, 'dist/bench/step.js'), '--json', resolve(model)], { cwd: dir, encoding: 'utf8', stdio: ['ignore', 'pipe', 'ignore'] });
  const json = JSON.parse(out.slice(out.indexOf('{'))) as { adapter: string; rows: BenchRow[] };
  return { adapter: json.adapter, row: json.rows[0]! };
}

function usage(message: string): never {
  process.stderr.write(`${message}\nusage: node dist/bench/compare.js <baseline-dir> [--rounds N] [model.dnn]\n`);
  process.exit(2);
}

if (process.argv[1]?.endsWith('compare.js')) {
  const args = process.argv.slice(2);
  const at = args.indexOf('--rounds');
  const rounds = at >= 0 ? Number(args[at + 1]) : 5;
  if (!Number.isInteger(rounds) || rounds < 1 || rounds > 50) usage('--rounds takes a whole number from 1 to 50');
  const rest = args.filter((_, k) => at < 0 || (k !== at && k !== at + 1));
  const [baseline, model = 'examples/mnist-bn.dnn'] = rest;
  if (!baseline) usage('name the baseline checkout');
  if (!existsSync(join(baseline, 'dist/bench/step.js'))) usage(`${baseline}: no dist/bench/step.js (build it with npx tsc, after copying this tree's bench/step.ts into it)`);
  const sides: Side[] = [
    { name: 'baseline', dir: resolve(baseline), rows: [] },
    { name: 'this tree', dir: process.cwd(), rows: [] },
  ];
  let adapter = '';
  for (let r = 1; r <= rounds; r++) {
    for (const side of sides) {
      const got = runBench(side.dir, model);
      adapter = got.adapter;
      side.rows.push(got.row);
      console.log(`round ${r} ${side.name.padEnd(9)} ${got.row.msPerStep.toFixed(1).padStart(6)} ms/step  ${got.row.cpuMsPerStep.toFixed(1).padStart(6)} CPU ms/step  ${got.row.dispatchesPerStep} dispatches  ${got.row.matmuls.map((m) => m.gflops.toFixed(1)).join(', ')} GFLOP/s`);
    }
  }
  const [base, mine] = sides as [Side, Side];
  const wall = sides.map((s) => median(s.rows.map((x) => x.msPerStep)));
  const cpu = sides.map((s) => median(s.rows.map((x) => x.cpuMsPerStep)));
  console.log(`adapter: ${adapter}; ${model}, ${rounds} interleaved rounds, medians`);
  console.log(`wall ms/step: baseline ${wall[0]!.toFixed(1)}, this tree ${wall[1]!.toFixed(1)}: ${(wall[0]! / wall[1]!).toFixed(2)}× faster`);
  console.log(`CPU ms/step:  baseline ${cpu[0]!.toFixed(1)}, this tree ${cpu[1]!.toFixed(1)}: ${(cpu[0]! / cpu[1]!).toFixed(2)}× less`);
  console.log(`dispatches/step: baseline ${base.rows[0]!.dispatchesPerStep}, this tree ${mine.rows[0]!.dispatchesPerStep}`);
}
