// Starting the command line on a machine with few file descriptors: the package's bin is a bundle
// (scripts/bundle.mjs), so `ulimit -n 256` (macOS's default) is plenty, where ~700 module files
// made `dnnc check` exit 70 with EMFILE; below what the bundle needs, the limit is said as one
// (DNN6008, or the file it could not read), never "internal error".
import { spawnSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';

const pkg = JSON.parse(readFileSync('package.json', 'utf8')) as { version: string; bin: Record<string, string> };
const BIN = pkg.bin['dnnc']!;

const withLimit = (limit: number, command: string) =>
  spawnSync('bash', ['-c', `ulimit -n ${limit} && ${command}`], { encoding: 'utf8', timeout: 60_000 });

describe('start-up under a low limit of open files', () => {
  it('the bin is the bundle: dnnc check and --version run under ulimit -n 256', () => {
    expect(readFileSync(BIN, 'utf8')).toMatch(/^#!\/usr\/bin\/env node\n/);
    const check = withLimit(256, `node ${BIN} check examples/mnist-bn.dnn`);
    expect([check.status, check.stderr]).toEqual([0, '']);
    expect(check.stdout).toBe('examples/mnist-bn.dnn: ok\n');
    const version = withLimit(256, `node ${BIN} --version`);
    expect([version.status, version.stdout.trim()]).toEqual([0, pkg.version]);
  });

  it('at no limit does dnnc report an internal error: it runs, or says which limit to raise', () => {
    // Node itself needs ~18 descriptors: below that it cannot load any program (not dnnc's to say).
    for (let limit = 18; limit <= 22; limit++) {
      const r = withLimit(limit, `node ${BIN} check examples/mnist-bn.dnn`);
      expect(r.stderr, `ulimit -n ${limit}`).not.toContain('internal error');
      expect(r.status, `ulimit -n ${limit}`).not.toBe(70);
      if (r.status === 0) expect(r.stdout).toBe('examples/mnist-bn.dnn: ok\n');
      else if (r.stderr.startsWith('error DNN')) expect(r.stderr).toMatch(/too many files are open/);
    }
  });

  it('outOfFiles: an error of EMFILE, or any error while no descriptor is left (a failed import says "not found"), is DNN6008', () => {
    // A child that uses up its descriptors, then asks: the probe sees the limit.
    const script = `
      import { openSync } from 'node:fs';
      import { outOfFiles } from './dist/src/cli/limits.js';
      const emfile = Object.assign(new Error('EMFILE: too many open files'), { code: 'EMFILE' });
      const before = [outOfFiles(emfile)?.diagnostics[0].code, outOfFiles(new Error('other')) === null];
      try { for (;;) openSync('/dev/null', 'r'); } catch {}
      const after = outOfFiles(new Error("Cannot find module './bundle/commands.js'"));
      console.log(JSON.stringify({ before, after: after?.diagnostics[0] }));
    `;
    const r = withLimit(64, `node --input-type=module -e "${script.replace(/"/g, '\\"')}"`);
    expect(r.status, r.stderr).toBe(0);
    const { before, after } = JSON.parse(r.stdout) as { before: unknown[]; after: { code: string; message: string; notes: string[] } };
    expect(before).toEqual(['DNN6008', true]);
    expect(after.code).toBe('DNN6008');
    expect(after.message).toContain("Cannot find module './bundle/commands.js'");
    expect(after.notes.join()).toContain('ulimit -n');
  });
});
