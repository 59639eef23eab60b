// `dnnc graph` (issue 20, item 3): the layer graph as SVG or DOT, on stdout or into -o through the
// output guard and the atomic writer. Its hostile cases: a missing model, a bad --format, -o that
// is the model or one of its imports, a directory, a folder that does not exist, and a source
// error (file:line:col with a caret, exit 1, nothing written, an earlier file kept). The built CLI
// in real processes; no data, no device.
import { spawn } from 'node:child_process';
import { copyFileSync, existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';

const CLI = resolve('dist/src/cli/main.js');
const root = mkdtempSync(join(tmpdir(), 'dnnc-graph-'));
afterAll(() => rmSync(root, { recursive: true, force: true }));

interface Run {
  code: number | null;
  out: string;
  err: string;
}

let cases = 0;
/** A directory with model.dnn (examples/own/tabular.dnn), and `dnnc` run in it. */
function inCase() {
  const dir = join(root, String(cases++));
  mkdirSync(dir);
  copyFileSync('examples/own/tabular.dnn', join(dir, 'model.dnn'));
  const at = (f: string) => join(dir, f);
  const dnnc = (...args: string[]) =>
    new Promise<Run>((done, failed) => {
      const p = spawn(process.execPath, [CLI, 'graph', ...args], { cwd: dir, timeout: 60_000 });
      let out = '';
      let err = '';
      p.stdout.on('data', (b: Buffer) => (out += b.toString()));
      p.stderr.on('data', (b: Buffer) => (err += b.toString()));
      p.on('error', failed);
      p.on('close', (code) => done({ code, out, err }));
    });
  return { dir, at, dnnc };
}

const refusedWith = (r: Run, code: string, exit = 1) => {
  expect(r.err).toContain(`error ${code}:`);
  expect(r.code).toBe(exit);
  expect(r.err).not.toMatch(/\n\s+at .+:\d+:\d+/);
  expect(r.out).toBe('');
};

describe('dnnc graph', () => {
  it('prints the SVG without -o, writes SVG or DOT by the extension, --format over it', async () => {
    const { at, dnnc } = inCase();
    const printed = await dnnc('model.dnn');
    expect(printed.code).toBe(0);
    expect(printed.out).toMatch(/^<svg xmlns="http:\/\/www\.w3\.org\/2000\/svg"[^]*<\/svg>\n$/);
    expect(printed.out).toContain('data-id="input/X"');
    const svg = await dnnc('model.dnn', '-o', 'g.svg');
    expect(svg.out).toMatch(/^wrote g\.svg \(SVG: \d+ nodes, \d+ edges\)\n$/);
    expect(readFileSync(at('g.svg'), 'utf8')).toBe(printed.out);
    expect((await dnnc('model.dnn', '-o', 'g.dot')).code).toBe(0);
    expect(readFileSync(at('g.dot'), 'utf8')).toMatch(/^digraph "tabular" \{/);
    expect((await dnnc('model.dnn', '--format', 'dot', '-o', 'g2.svg')).code).toBe(0);
    expect(readFileSync(at('g2.svg'), 'utf8')).toMatch(/^digraph /);
    expect((await dnnc('model.dnn', '--format', 'dot')).out).toMatch(/^digraph /);
  });

  it('refuses a model that does not exist', async () => {
    const { dnnc } = inCase();
    refusedWith(await dnnc('nothing.dnn', '-o', 'g.svg'), 'DNN6001');
  });

  it('refuses a format it does not draw (a usage error, exit 2)', async () => {
    const { at, dnnc } = inCase();
    const r = await dnnc('model.dnn', '--format', 'png', '-o', 'g.png');
    refusedWith(r, 'DNN7006', 2);
    expect(existsSync(at('g.png'))).toBe(false);
  });

  it('never writes over the model or a file it imports', async () => {
    const { at, dnnc } = inCase();
    const model = readFileSync(at('model.dnn'));
    refusedWith(await dnnc('model.dnn', '-o', 'model.dnn'), 'DNN6010');
    refusedWith(await dnnc('model.dnn', '-o', './model.dnn', '--format', 'svg'), 'DNN6010');
    expect(readFileSync(at('model.dnn')).equals(model)).toBe(true);
    writeFileSync(at('lib.dnn'), 'fn twice(x) = x + x\n');
    writeFileSync(at('main.dnn'), readFileSync(at('model.dnn'), 'utf8').replace(/^model (\w+)/m, 'model $1\nimport "lib.dnn"'));
    refusedWith(await dnnc('main.dnn', '-o', 'lib.dnn'), 'DNN6010');
    expect(readFileSync(at('lib.dnn'), 'utf8')).toBe('fn twice(x) = x + x\n');
  });

  it('refuses a directory, and a folder that does not exist', async () => {
    const { at, dnnc } = inCase();
    mkdirSync(at('out'));
    refusedWith(await dnnc('model.dnn', '-o', 'out'), 'DNN6004');
    refusedWith(await dnnc('model.dnn', '-o', 'out/'), 'DNN6004');
    refusedWith(await dnnc('model.dnn', '-o', 'missing/g.svg'), 'DNN6004');
    expect(existsSync(at('missing'))).toBe(false);
  });

  it('reports a source error at its line and column with a caret, and keeps the earlier picture', async () => {
    const { at, dnnc } = inCase();
    writeFileSync(at('g.svg'), 'the earlier picture');
    const text = readFileSync(at('model.dnn'), 'utf8').replace(/\bdense\(/, 'dens(');
    writeFileSync(at('bad.dnn'), text);
    const r = await dnnc('bad.dnn', '-o', 'g.svg');
    refusedWith(r, 'DNN2001');
    const line = text.split('\n').findIndex((l) => l.includes('dens(')) + 1;
    const col = text.split('\n')[line - 1]!.indexOf('dens(') + 1;
    expect(r.err).toContain(`bad.dnn:${line}:${col}: error DNN2001:`);
    expect(r.err).toMatch(/\n\s*\|\s+\^~*\n/);
    expect(readFileSync(at('g.svg'), 'utf8')).toBe('the earlier picture');
  });
});
