// The command line's conventions, as a process: help and version, each command's own options,
// and every kind of argument mistake → a DNN7xxx usage error, exit 2, never a stack trace.
// None of these cases reaches the GPU.
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';

const CLI = 'dist/src/cli/main.js';
const M = 'examples/exercise8.dnn'; // has numeric definitions lr and units
const dnnc = (...args: string[]) => {
  const r = spawnSync(process.execPath, [CLI, ...args], { encoding: 'utf8', timeout: 60_000 });
  return { code: r.status, out: r.stdout, err: r.stderr };
};
const noStackTrace = (s: string) => expect(s).not.toMatch(/\n\s+at /);
const tmp = mkdtempSync(join(tmpdir(), 'dnnc-usage-'));
const aFile = join(tmp, 'a-file');
writeFileSync(aFile, 'not a directory');

describe('usage errors: exit 2, a DNN7xxx diagnostic, no stack trace', () => {
  it.each<[string, string[], string, RegExp]>([
    ['unknown option, with a suggestion', ['train', M, '--epoch', '3'], 'DNN7001', /unknown option '--epoch'\n\s+note: did you mean --epochs\?/],
    ['unknown option as --name=value', ['train', M, '--epoch=3'], 'DNN7001', /did you mean --epochs\?/],
    ['option of another command', ['check', M, '--save', 'x.safetensors'], 'DNN7001', /unknown option '--save'\n\s+note: --save is an option of: dnnc train/],
    ['option before the command', ['--epochs', '3', 'train', M], 'DNN7001', /--epochs is an option of: dnnc compile, dnnc train, dnnc search/],
    ['unknown command, with a suggestion', ['trian', M], 'DNN7002', /unknown command 'trian'\n\s+note: did you mean train\?/],
    ['missing value', ['train', M, '--epochs'], 'DNN7003', /'--epochs <n>' argument missing/],
    ['an option where a value belongs', ['train', M, '--save', '--json'], 'DNN7003', /--save needs a value, but the next argument is the option '--json'/],
    ['search without --space', ['search', M], 'DNN7003', /required option '--space <space>'/],
    ['missing model file', ['check'], 'DNN7004', /missing required argument 'model'/],
    ['too many arguments', ['check', M, M], 'DNN7005', /too many arguments for 'check'/],
    ['negative number', ['train', M, '--batch-size', '-1'], 'DNN7006', /--batch-size must be a positive integer, got '-1'/],
    ['zero', ['compile', M, '--epochs', '0', '--emit', 'plan'], 'DNN7006', /--epochs must be a positive integer, got '0'/],
    ['non-numeric number', ['predict', M, '--limit', 'ten'], 'DNN7006', /--limit must be a positive integer, got 'ten'/],
    ['fractional number', ['search', M, '--space', 'lr=log:1e-3:1e-1', '--trials', '2.5'], 'DNN7006', /--trials must be a positive integer/],
    ['negative seed', ['train', M, '--seed', '-3'], 'DNN7006', /--seed must be a non-negative integer, got '-3'/],
    ['eval on the training split', ['eval', M, '--split', 'train'], 'DNN7006', /argument 'train' is invalid\. Allowed choices are test, val\./],
    ['unknown --emit stage', ['compile', M, '--emit', 'asm'], 'DNN7006', /Allowed choices are ir, ir-grad, ir-opt, wgsl, plan/],
    ['bad --set', ['train', M, '--set', 'lr'], 'DNN7006', /--set takes NAME=NUMBER pairs separated by commas, got 'lr'/],
    ['non-finite --set', ['check', M, '--set', 'lr=Infinity'], 'DNN7006', /--set takes NAME=NUMBER pairs/],
    ['bad --digits', ['train', M, '--digits', '3-12'], 'DNN7006', /--digits takes digits like 0-4 or 1,3,5, got '3-12'/],
    ['bad --space', ['search', M, '--space', 'lr=normal:0:1'], 'DNN7006', /--space: 'lr=normal:0:1' is not NAME=log\|uniform\|int\|choice/],
  ])('%s', (_, args, code, message) => {
    const r = dnnc(...args);
    expect(r.code, r.err).toBe(2);
    expect(r.err).toContain(`error ${code}:`);
    expect(r.err).toMatch(message);
    expect(r.out).toBe('');
    noStackTrace(r.err);
  });

  it('dnnc with no command prints the help on stderr', () => {
    const r = dnnc();
    expect(r.code).toBe(2);
    expect(r.err).toContain('Usage: dnnc [options] [command]');
  });
});

describe('help and version', () => {
  const commands: [string, string[]][] = [
    ['check', ['--set']],
    ['compile', ['-o, --out <dir>', '--bundle <file>', '--emit <stage>', '--epochs <n>', '--batch-size <n>', '--set']],
    ['train', ['--epochs <n>', '--batch-size <n>', '--data <set>', '--digits', '(default: 42)', '--json', '--save <file>', '--checkpoint <file>', '--restore', '--set']],
    ['eval', ['--checkpoint <file>', '(choices: "test", "val", default: "test")', '--data', '--json', '--set']],
    ['predict', ['--checkpoint <file>', '--split', '(default: 10)', '--json', '--set']],
    ['search', ['--space <space>', '--trials <n>', '(default: 8)', '--epochs <n>', '--json', '--set']],
    ['devices', ['--json', '--verbose']],
  ];

  it.each(commands)('dnnc %s --help: exit 0, its options with defaults', (command, options) => {
    const r = dnnc(command, '--help');
    expect(r.code, r.err).toBe(0);
    expect(r.out).toContain(`Usage: dnnc ${command} [options]`);
    const text = r.out.replace(/\s+/g, ' '); // commander wraps descriptions to the terminal's width
    for (const o of options) expect(text).toContain(o);
    expect(dnnc('help', command).out).toBe(r.out);
  });

  it('--help lists the commands; --version is package.json\'s', () => {
    const help = dnnc('--help');
    expect(help.code).toBe(0);
    for (const [c] of commands) expect(help.out).toMatch(new RegExp(`^  ${c} `, 'm'));
    const version = dnnc('--version');
    expect(version.code).toBe(0);
    expect(version.out.trim()).toBe((JSON.parse(readFileSync('package.json', 'utf8')) as { version: string }).version);
  });
});

describe('the rest of the conventions', () => {
  // Paths are the file layer's to check (src/runtime/files.ts); the CLI hands them over before
  // any long work, and they are file errors, exit 1.
  it.each<[string, string[], string, RegExp]>([
    ['compile -o onto a file', ['compile', M, '-o', aFile], 'DNN6004', /is a file/],
    ['compile -o under a file', ['compile', M, '-o', join(aFile, 'out')], 'DNN6004', /is a file/],
    ['--save into a missing directory', ['train', M, '--save', join(tmp, 'no/such/dir/x.safetensors')], 'DNN6004', /does not exist/],
    ['--save onto a directory', ['train', M, '--save', tmp], 'DNN6004', /it is a directory/],
    ['a missing checkpoint', ['eval', M, '--checkpoint', join(tmp, 'missing.safetensors')], 'DNN6001', /checkpoint '.*missing\.safetensors' does not exist/],
    ['a directory as checkpoint', ['predict', M, '--checkpoint', tmp], 'DNN6005', /is a directory/],
    ['--restore without --checkpoint', ['train', M, '--restore', 'hidden[12]/*'], 'DNN4016', /--restore needs --checkpoint/],
  ])('%s: %s, exit 1, before the device is opened', (_, args, code, message) => {
    const r = dnnc(...args);
    expect(r.code, r.err).toBe(1);
    expect(r.err).toContain(`error ${code}:`);
    expect(r.err).toMatch(message);
    expect(r.err).not.toContain('device:');
    noStackTrace(r.err);
  });

  it('a closed stdout pipe (| head -1) ends quietly with exit 0', () => {
    // mnist-bn's WGSL is far more than a pipe buffer, so the writer meets EPIPE.
    const r = spawnSync('bash', ['-c', `set -o pipefail; "${process.execPath}" ${CLI} compile examples/mnist-bn.dnn --emit wgsl | head -1`], { encoding: 'utf8' });
    expect(r.status, r.stderr).toBe(0);
    expect(r.stdout.trim().split('\n')).toHaveLength(1);
    expect(r.stderr).toBe('');
  });

  it('--set reaches check and compile (a model error, exit 1, names the definitions)', () => {
    for (const args of [['check', M], ['compile', M, '--emit', 'plan']]) {
      const r = dnnc(...args, '--set', 'nosuch=1');
      expect(r.code, r.err).toBe(1);
      expect(r.err).toContain("DNN3002: --set nosuch: the model has no numeric definition 'nosuch'");
      noStackTrace(r.err);
    }
    const plan = JSON.parse(dnnc('compile', M, '--set', 'units=20', '--emit', 'plan').out) as { buffers: { name: string; shape: number[] }[] };
    expect(plan.buffers.find((b) => b.name === 'state:hidden/he_elu1/dense/kernel')?.shape).toEqual([784, 20]);
  });
});
