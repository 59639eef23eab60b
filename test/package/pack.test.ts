// The package as a user installs it: `npm pack` the built tree, install the tarball into a fresh
// project, run its `dnnc` binary, and type-check a TypeScript file against its four entry
// points. Needs npm, and the registry or npm's cache for the dependencies (~10 s when cached).
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
afterAll(() => rmSync(dir, { recursive: true, force: true })); // the installed project is ~200 MB

it('npm pack ships dist, examples, docs and LICENSE (no tests); the installed package runs, embeds and type-checks', () => {
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

  const app = join(dir, 'app');
  mkdirSync(app);
  writeFileSync(join(app, 'package.json'), JSON.stringify({ name: 'app', private: true, type: 'module' }));
  const install = sh('npm', ['install', '--no-audit', '--no-fund', '--prefer-offline', join(dir, filename), `@types/node@${pkg.devDependencies['@types/node']}`], app);
  expect(install.code, install.err).toBe(0);

  const version = sh('npx', ['--no-install', 'dnnc', '--version'], app);
  expect(version.code, version.err).toBe(0);
  expect(version.out.trim()).toBe(pkg.version);
  const check = sh('npx', ['--no-install', 'dnnc', 'check', 'node_modules/dnnc/examples/mnist-bn.dnn'], app);
  expect(check.code, check.err).toBe(0);
  expect(check.out).toContain('ok');

  // The embedding example, as a consumer runs it: a bundle compiled by the installed CLI, and the
  // program copied into the project so that `dnnc/runtime` resolves as in any app.
  const bundle = sh('npx', ['--no-install', 'dnnc', 'compile', 'node_modules/dnnc/examples/browser/digits.dnn', '--bundle', 'digits.json'], app);
  expect(bundle.code, bundle.err).toBe(0);
  copyFileSync(join(app, 'node_modules/dnnc/examples/embed-node.mjs'), join(app, 'embed-node.mjs'));
  const embed = sh(process.execPath, ['embed-node.mjs', 'digits.json', '--epochs', '1'], app);
  expect(embed.code, embed.err).toBe(0);
  const lines = embed.out.trim().split('\n').map((l) => JSON.parse(l) as Record<string, unknown>);
  expect(lines.length).toBeGreaterThan(1);

  // The README's blocks for a project that installed dnnc (its embedding section), as written:
  // the real npx, the package's own examples, and dnnc's API for the data.
  const readmeBlocks = documentedFiles(ROOT).flatMap((f) => blocksOf(ROOT, f));
  expect(runBlocks(readmeBlocks, 'package', { cwd: app }), 'README blocks run in the project').toBeGreaterThanOrEqual(2);

  writeFileSync(join(app, 'main.ts'), CONSUMER_TS);
  writeFileSync(join(app, 'tsconfig.json'), JSON.stringify({
    compilerOptions: { strict: true, module: 'nodenext', moduleResolution: 'nodenext', target: 'es2022', noEmit: true, skipLibCheck: false },
    files: ['main.ts'],
  }));
  // The repository's own TypeScript, run in the consumer: it resolves dnnc from app/node_modules.
  const tsc = sh(process.execPath, [join(ROOT, 'node_modules/typescript/bin/tsc'), '-p', 'tsconfig.json'], app);
  expect(tsc.code, tsc.out + tsc.err).toBe(0);
}, 300_000);
