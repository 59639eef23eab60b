#!/usr/bin/env node
// dnnc: check | compile | train | eval | devices. User mistakes print diagnostics (never a stack
// trace) and exit 1; internal errors exit 2 and ask for a report.
import { parseArgs } from 'node:util';
import { join } from 'node:path';
import { compileSource, emit, EMITS, type Emit } from '../compiler/compile.js';
import { checkSource as checkFile } from '../compiler/compile.js';
import { DnnError, fail, formatDiagnostic } from '../contract/diagnostics.js';
import { describeDevice } from '../runtime/device.js';
import { writeArtifactBundle, writeArtifactDir } from '../runtime/files.js';
import { getSharedNodeDevice } from '../runtime/node.js';
import { readSource, resolveImport } from './source.js';
import { search } from './search.js';
import { importCommand } from './import.js';
import { evaluate, predict, train } from './train.js';

const USAGE = `usage: dnnc <command> [options]

commands:
  check <model.dnn>                    report every error in a model (exit 1 if any)
  compile <model.dnn> [-o DIR]         write the artifact: DIR/plan.json and DIR/kernels/*.wgsl
          [--bundle FILE.json]          write it as one file instead, kernels inline
          [--emit ${EMITS.join('|')}]   print one stage's dump instead
  train <model.dnn>                    train on the GPU, a line per epoch
          [--epochs N] [--batch-size N] [--data mnist|fashion-mnist|mnist-pairs|DIR] [--seed N]
          [--digits 0-4]                 train on some MNIST digits only
          [--relabel]                    number those digits from 0 (--digits 5-9 --relabel: classes 0-4)
          [--per-class N]                keep the first N training examples of each class
          [--json] [--save CKPT.safetensors] [--checkpoint CKPT [--restore 'hidden[123]/*']]
  eval <model.dnn> --checkpoint CKPT   loss and metrics on a split [--split test|val] [--data ...] [--json]
  predict <model.dnn> --checkpoint CKPT  the model's outputs for examples of a split [--split test] [--limit 10] [--json]
  import <model.dnn> WEIGHTS --map MAP.json -o OUT.safetensors
                                       weights saved by PyTorch/Keras/NumPy (safetensors or .npz) into a
                                       dnnc checkpoint; MAP: {"dnnc/param": "source" | {"from": "source", "transpose": true}}
          [--partial]                    allow model parameters the map leaves out
  search <model.dnn> --space SPACE     random search over numeric definitions, e.g.
          --space "lr=log:1e-4:1e-1; units=int:50:300; batch=choice:20:50:100" [--trials 8] [--epochs N]
common: --set NAME=VALUE,...           override numeric definitions (\`lr = 0.01\`) of the model
  devices                              the WebGPU adapter dnnc would use, and its limits

environment: DNNC_BACKEND=default|vulkan|opengles picks the WebGPU backend.`;

function positiveInt(name: string, v: string | undefined): number | undefined {
  if (v === undefined) return undefined;
  const n = Number(v);
  if (!Number.isInteger(n) || n < 1) fail('DNN3002', `--${name} must be a positive integer, got '${v}'`);
  return n;
}

/** "lr=0.001,units=50" → overrides of numeric definitions. */
function parseSet(s: string): Record<string, number> {
  const out: Record<string, number> = {};
  for (const part of s.split(',').map((x) => x.trim()).filter(Boolean)) {
    const m = /^([A-Za-z_][A-Za-z0-9_]*)=(.+)$/.exec(part);
    if (!m || !Number.isFinite(Number(m[2]))) fail('DNN3002', `--set takes NAME=NUMBER pairs separated by commas, got '${part}'`);
    out[m[1]!] = Number(m[2]);
  }
  return out;
}

/** "0-4" or "0,1,2" → digits. */
function parseDigits(s: string): number[] {
  const m = /^(\d)-(\d)$/.exec(s);
  const ds = m ? Array.from({ length: Number(m[2]) - Number(m[1]) + 1 }, (_, i) => Number(m[1]) + i) : s.split(',').map(Number);
  if (!ds.length || ds.some((d) => !Number.isInteger(d) || d < 0 || d > 9)) fail('DNN3002', `--digits takes digits like 0-4 or 1,3,5, got '${s}'`);
  return ds;
}

async function main(argv: string[]): Promise<number> {
  const [command, ...rest] = argv;
  if (!command || command === '--help' || command === '-h' || command === 'help') {
    process.stdout.write(USAGE + '\n');
    return command ? 0 : 1;
  }
  if (command === '--version') {
    process.stdout.write('dnnc 0.1.0\n');
    return 0;
  }
  const { values, positionals } = parseArgs({
    args: rest,
    allowPositionals: true,
    options: {
      out: { type: 'string', short: 'o' },
      bundle: { type: 'string' },
      emit: { type: 'string' },
      epochs: { type: 'string' },
      'batch-size': { type: 'string' },
      data: { type: 'string' },
      seed: { type: 'string' },
      json: { type: 'boolean', default: false },
      save: { type: 'string' },
      checkpoint: { type: 'string' },
      split: { type: 'string' },
      digits: { type: 'string' },
      relabel: { type: 'boolean' },
      map: { type: 'string' },
      partial: { type: 'boolean', default: false },
      'per-class': { type: 'string' },
      limit: { type: 'string' },
      restore: { type: 'string' },
      set: { type: 'string' },
      trials: { type: 'string' },
      space: { type: 'string' },
    },
  });
  const file = positionals[0];
  const needFile = () => file ?? fail('DNN6001', `dnnc ${command} needs a .dnn file`);
  switch (command) {
    case 'check': {
      const diags = checkFile(readSource(needFile()), { resolveImport });
      if (diags.length) throw new DnnError(diags);
      process.stdout.write(`${file}: ok\n`);
      return 0;
    }
    case 'compile': {
      const c = compileSource(readSource(needFile()), {
        resolveImport,
        epochs: positiveInt('epochs', values.epochs), batchSize: positiveInt('batch-size', values['batch-size']),
      });
      if (values.emit) {
        if (!(EMITS as readonly string[]).includes(values.emit)) fail('DNN3002', `--emit takes one of ${EMITS.join(', ')}`);
        process.stdout.write(emit(c, values.emit as Emit));
        return 0;
      }
      if (values.bundle !== undefined) {
        writeArtifactBundle(values.bundle, c.artifact);
        process.stdout.write(`wrote ${values.bundle} (${c.artifact.kernels.length} kernels inline)\n`);
        if (values.out === undefined) return 0;
      }
      const out = values.out ?? 'out';
      writeArtifactDir(out, c.artifact);
      process.stdout.write(`wrote ${join(out, 'plan.json')} and ${c.artifact.kernels.length} kernels\n`);
      return 0;
    }
    case 'train':
    case 'eval':
    case 'predict':
    case 'search': {
      const seed = values.seed === undefined ? 42 : Number(values.seed);
      if (!Number.isInteger(seed) || seed < 0) fail('DNN3002', `--seed must be a non-negative integer, got '${values.seed}'`);
      const opts = {
        file: needFile(), epochs: positiveInt('epochs', values.epochs), batchSize: positiveInt('batch-size', values['batch-size']),
        data: values.data, seed, json: values.json ?? false, save: values.save, checkpoint: values.checkpoint,
        digits: values.digits === undefined ? undefined : parseDigits(values.digits),
        relabel: values.relabel, perClass: positiveInt('per-class', values['per-class']),
        restore: values.restore?.split(',').map((p) => p.trim()).filter(Boolean),
        overrides: values.set === undefined ? undefined : parseSet(values.set),
      };
      if (command === 'train') return await train(opts);
      if (command === 'search') {
        await search({ ...opts, trials: positiveInt('trials', values.trials) ?? 8, space: values.space ?? '' });
        return 0;
      }
      if (command === 'predict') await predict({ ...opts, split: values.split ?? 'test', limit: positiveInt('limit', values.limit) ?? 10 });
      else await evaluate({ ...opts, split: values.split ?? 'test' });
      return 0;
    }
    case 'import': {
      const weights = positionals[1] ?? fail('DNN6001', 'dnnc import needs a model and a weights file: dnnc import model.dnn WEIGHTS --map MAP.json -o OUT.safetensors');
      if (values.map === undefined) fail('DNN6001', 'dnnc import needs --map MAP.json: which source tensor each model parameter comes from');
      if (values.out === undefined) fail('DNN6001', 'dnnc import needs -o OUT.safetensors, the checkpoint to write');
      importCommand({
        file: needFile(), weights, map: values.map!, out: values.out!, partial: values.partial ?? false,
        overrides: values.set === undefined ? undefined : parseSet(values.set),
      }, (s) => process.stderr.write(s + '\n'));
      return 0;
    }
    case 'devices': {
      const h = await getSharedNodeDevice();
      process.stdout.write(values.json ? JSON.stringify({ adapter: h.adapterInfo, limits: h.limits }) + '\n' : describeDevice(h) + '\n');
      return 0;
    }
    default:
      process.stderr.write(`dnnc: unknown command '${command}'\n\n${USAGE}\n`);
      return 1;
  }
}

main(process.argv.slice(2)).then(
  (code) => {
    process.exitCode = code;
  },
  (err: unknown) => {
    if (err instanceof DnnError) {
      process.stderr.write(err.diagnostics.map(formatDiagnostic).join('\n\n') + '\n');
      process.exitCode = 1;
    } else if (err instanceof Error && (err as { code?: string }).code === 'ERR_PARSE_ARGS_UNKNOWN_OPTION') {
      process.stderr.write(`dnnc: ${err.message}\n\n${USAGE}\n`);
      process.exitCode = 1;
    } else {
      process.stderr.write(`dnnc: internal error: ${err instanceof Error ? err.message : String(err)}\n`);
      if (process.env['DNNC_DEBUG']) process.stderr.write(`${(err as Error).stack}\n`);
      else process.stderr.write('(set DNNC_DEBUG=1 for the stack trace, and please report it)\n');
      process.exitCode = 2;
    }
  },
);
