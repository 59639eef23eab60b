// Does this machine offer a WebGPU adapter? Prints the chosen adapter like `dnnc devices`.
// Exit status: 0 adapter found, 3 none (DNN5001), 1 anything else (e.g. not built yet).
// Used by scripts/setup.sh, which must not depend on the CLI being complete.
// usage: node scripts/probe-adapter.mjs [--verbose]

let runtime;
try {
  runtime = await import('../dist/src/runtime/node.js');
} catch (e) {
  console.error(`probe-adapter: cannot load dist/src/runtime/node.js (run npm run build first): ${e.message}`);
  process.exit(1);
}
const { describeDevice } = await import('../dist/src/runtime/device.js');

try {
  const verbose = process.argv.includes('--verbose');
  // Dawn's native start-up warnings only with --verbose, as in the CLI.
  const handle = await runtime.openNodeDevice({ verbose, quiet: !verbose });
  console.log(describeDevice(handle));
  handle.device.destroy();
} catch (e) {
  console.error(e instanceof Error ? e.message : String(e));
  const none = e?.diagnostics?.some((d) => d.code === 'DNN5001');
  process.exit(none ? 3 : 1);
}
