// Bench only (issue 21, item 2): the networks of `npm run bench -- --sizes` (mnist-bn,
// 784-W-100-10 with batch norm and ELU, softmax cross-entropy, plain SGD 0.01; W = the first
// hidden layer's width) trained in tfjs and in jax-js beside dnnc, in one run, on the same
// adapter: ms per training step (wall, after warm-up steps, the last step's loss read back) and
// CPU ms per step (this process, all threads). dnnc is this repository's build (run
// `npm run build` in the repository first); tfjs and jax-js are this folder's own dependencies
// (`cd bench/peers && npm install`), never dnnc's.
//
//   node peers.mjs [--sizes 300x200,1000x200] [--steps 3] [--backend webgpu|wasm] [--libraries dnnc,tfjs,jax-js]
//
// --backend webgpu (the default): navigator.gpu is Dawn from the repository's `webgpu` package,
// on the backend dnnc's runtime picks (here OpenGL ES on llvmpipe, feature level
// 'compatibility'); each library that cannot use it is reported as such and run on its wasm
// backend instead (said in the output). --backend wasm: every library on WebAssembly.
import { createRequire } from 'node:module';

const args = process.argv.slice(2);
const flag = (name, dflt) => {
  const i = args.indexOf(name);
  return i < 0 ? dflt : args[i + 1];
};
const sizes = flag('--sizes', '300x200,1000x200').split(',').map((s) => s.split('x').map(Number));
const steps = Number(flag('--steps', '3'));
const want = flag('--backend', 'webgpu');
const only = flag('--libraries', 'dnnc,tfjs,jax-js').split(',');
if (sizes.some(([w, b]) => !(w > 0 && b > 0)) || !(steps > 0) || !['webgpu', 'wasm'].includes(want)) {
  console.error('usage: node peers.mjs [--sizes WxB,...] [--steps N] [--backend webgpu|wasm]');
  process.exit(2);
}

const repo = new URL('../../', import.meta.url);
const requireRepo = createRequire(new URL('package.json', repo));
const requireHere = createRequire(import.meta.url);

/** navigator.gpu for the libraries: Dawn as dnnc opens it (OpenGL ES off-screen on this machine). */
async function installNavigatorGpu() {
  const { create, globals } = await import(requireRepo.resolve('webgpu'));
  Object.assign(globalThis, globals);
  process.env.EGL_PLATFORM ??= 'surfaceless';
  const tries = [[[], 'core'], [['backend=vulkan'], 'core'], [['backend=opengles'], 'compatibility']];
  for (const [flags, featureLevel] of tries) {
    const gpu = create(flags);
    const adapter = await gpu.requestAdapter({ featureLevel });
    if (!adapter) continue;
    const info = adapter.info;
    // The libraries ask for an adapter without a feature level: they get this one.
    const nav = { requestAdapter: (o = {}) => gpu.requestAdapter({ ...o, featureLevel }), getPreferredCanvasFormat: () => 'rgba8unorm', wgslLanguageFeatures: gpu.wgslLanguageFeatures };
    Object.defineProperty(globalThis, 'navigator', { value: { userAgent: `Node.js/${process.version}`, ...(globalThis.navigator ?? {}), gpu: nav }, configurable: true, writable: true });
    return `${info.description || info.device} (${flags[0] ?? 'default'}, ${featureLevel})`;
  }
  return null;
}

/** Random MNIST-shaped batches (speed does not depend on the values): x in [0,1), labels 0-9. */
function batchData(batch, seed) {
  let s = seed >>> 0;
  const rnd = () => ((s = (s * 1664525 + 1013904223) >>> 0) / 2 ** 32);
  const x = Float32Array.from({ length: batch * 784 }, rnd);
  const y = Int32Array.from({ length: batch }, () => Math.floor(rnd() * 10));
  return { x, y };
}

const glorot = (fanIn, fanOut, seed) => {
  let s = seed >>> 0;
  const lim = Math.sqrt(6 / (fanIn + fanOut));
  return Float32Array.from({ length: fanIn * fanOut }, () => (((s = (s * 1664525 + 1013904223) >>> 0) / 2 ** 32) * 2 - 1) * lim);
};

/** Times `step()` (which returns something whose read-back waits for the work): warm-up, then `steps` steps. */
async function time(step, readBack) {
  for (let i = 0; i < 2; i++) await readBack(step());
  const cpu0 = process.cpuUsage();
  const t0 = performance.now();
  let last;
  for (let i = 0; i < steps; i++) last = step();
  const loss = await readBack(last);
  const cpu = process.cpuUsage(cpu0);
  return { ms: (performance.now() - t0) / steps, cpuMs: (cpu.user + cpu.system) / 1000 / steps, loss };
}

// ---- tfjs -----------------------------------------------------------------------------------
async function tfjs(width, batch, gpuOk) {
  // The CommonJS builds: tfjs's ES modules import files without extensions, which Node refuses.
  // The union package, not tfjs-core alone: it registers the gradients.
  const tf = requireHere('@tensorflow/tfjs');
  requireHere('@tensorflow/tfjs-backend-wasm');
  let backend = null;
  let note = '';
  if (want === 'webgpu' && gpuOk) {
    requireHere('@tensorflow/tfjs-backend-webgpu');
    try {
      if (await tf.setBackend('webgpu')) backend = 'webgpu';
    } catch (e) {
      note = `webgpu failed: ${String(e.message ?? e).split('\n')[0]}`;
    }
    if (!backend) note ||= 'webgpu backend did not initialize';
  }
  if (!backend) {
    if (await tf.setBackend('wasm').catch(() => false)) backend = 'wasm';
    else {
      await tf.setBackend('cpu');
      backend = 'cpu';
    }
  }
  await tf.ready();
  const dims = [[784, width], [width, 100], [100, 10]];
  const v = dims.map(([i, o], k) => ({
    w: tf.variable(tf.tensor2d(glorot(i, o, 11 + k), [i, o])), b: tf.variable(tf.zeros([o])),
    gamma: tf.variable(tf.ones([o])), beta: tf.variable(tf.zeros([o])),
    mean: tf.variable(tf.zeros([o]), false), variance: tf.variable(tf.ones([o]), false),
  }));
  const trainable = v.flatMap((l) => [l.w, l.b, l.gamma, l.beta]);
  const opt = tf.train.sgd(0.01);
  const { x, y } = batchData(batch, 5);
  const xs = tf.tensor2d(x, [batch, 784]);
  const ys = tf.oneHot(tf.tensor1d(y, 'int32'), 10);
  const step = () => {
    const stats = [];
    const loss = opt.minimize(() => {
      let h = xs;
      v.forEach((l, k) => {
        const z = tf.add(tf.matMul(h, l.w), l.b);
        const { mean, variance } = tf.moments(z, 0);
        stats.push([tf.keep(mean), tf.keep(variance)]);
        const n = tf.batchNorm(z, mean, variance, l.beta, l.gamma, 1e-3);
        h = k < 2 ? tf.elu(n) : n;
      });
      return tf.losses.softmaxCrossEntropy(ys, h);
    }, true, trainable);
    tf.tidy(() => v.forEach((l, k) => {
      l.mean.assign(tf.add(tf.mul(l.mean, 0.9), tf.mul(stats[k][0], 0.1)));
      l.variance.assign(tf.add(tf.mul(l.variance, 0.9), tf.mul(stats[k][1], 0.1)));
    }));
    stats.flat().forEach((t) => t.dispose());
    return loss;
  };
  const r = await time(step, async (loss) => {
    const d = await loss.data();
    loss.dispose();
    return d[0];
  });
  trainable.forEach((t) => t.dispose());
  return { ...r, backend, note };
}

// ---- jax-js ---------------------------------------------------------------------------------
async function jaxjs(width, batch, gpuOk) {
  // jax-js looks at navigator (Node 20 has none).
  if (typeof globalThis.navigator === 'undefined') Object.defineProperty(globalThis, 'navigator', { value: { hardwareConcurrency: 1, userAgent: `Node.js/${process.version}` }, configurable: true, writable: true });
  const jax = await import('@jax-js/jax');
  const { numpy: np, grad, jit, init, defaultDevice } = jax;
  const devices = (await init()) ?? [];
  let backend = 'wasm';
  let note = '';
  if (want === 'webgpu') {
    if (gpuOk && devices.includes('webgpu')) backend = 'webgpu';
    else note = `no webgpu device in jax-js (init() found: ${devices.join(', ')})`;
  }
  defaultDevice(backend);
  const dims = [[784, width], [width, 100], [100, 10]];
  const params = dims.map(([i, o], k) => ({ w: np.array(glorot(i, o, 11 + k)).reshape([i, o]), b: np.zeros([o]), gamma: np.ones([o]), beta: np.zeros([o]) }));
  const { x, y } = batchData(batch, 5);
  const xs = np.array(x).reshape([batch, 784]);
  const onehot = new Float32Array(batch * 10);
  y.forEach((c, i) => (onehot[i * 10 + c] = 1));
  const ys = np.array(onehot).reshape([batch, 10]);
  // Batch norm on the batch's statistics, ELU, softmax cross-entropy; references counted as
  // jax-js wants (.ref for every use but the last).
  const bn = (z, gamma, beta) => {
    const mu = np.mean(z.ref, 0);
    const c = z.sub(mu);
    const variance = np.mean(c.ref.mul(c.ref), 0);
    return c.mul(np.reciprocal(np.sqrt(variance.add(1e-3)))).mul(gamma).add(beta);
  };
  const elu = (z) => np.where(z.ref.greater(0), z.ref, np.exp(z).sub(1));
  const lossFn = (p, xb, yb) => {
    let h = xb;
    p.forEach((l, k) => {
      const n = bn(np.matmul(h, l.w).add(l.b), l.gamma, l.beta);
      h = k < 2 ? elu(n) : n;
    });
    const m = np.max(h.ref, 1, { keepdims: true });
    const s = h.sub(m);
    const logZ = np.log(np.sum(np.exp(s.ref), 1, { keepdims: true }));
    return np.mean(np.sum(yb.mul(s.sub(logZ)), 1)).mul(-1);
  };
  const update = jit((p, xb, yb) => {
    const g = grad(lossFn)(jax.tree.ref(p), xb, yb);
    return jax.tree.map((w, gw) => w.sub(gw.mul(0.01)), p, g);
  });
  let p = params;
  const step = () => {
    p = update(p, xs.ref, ys.ref);
    return p[2].b;
  };
  const r = await time(step, async (b) => (await b.ref.data())[0]);
  return { ...r, backend, note };
}

// ---- dnnc -----------------------------------------------------------------------------------
async function dnnc(width, batch) {
  const { benchSize } = await import(new URL('dist/bench/sizes.js', repo).href);
  process.chdir(new URL('.', repo).pathname); // its examples/ and data/ are the repository's
  const r = await benchSize(width, batch, want, steps);
  return { ms: r.msPerStep, cpuMs: r.cpuMsPerStep, backend: want, note: '' };
}

const adapter = want === 'webgpu' ? await installNavigatorGpu() : null;
console.log(`peers beside dnnc, ${steps} timed steps after warm-up; adapter: ${adapter ?? (want === 'webgpu' ? 'none found' : 'none (wasm)')}`);
console.log('width  batch  library  backend  ms/step  CPU ms/step  note');
for (const [width, batch] of sizes) {
  for (const [name, run] of [['dnnc', () => dnnc(width, batch)], ['tfjs', () => tfjs(width, batch, adapter !== null)], ['jax-js', () => jaxjs(width, batch, adapter !== null)]]) {
    if (!only.includes(name)) continue;
    let line;
    try {
      const r = await run();
      line = `${r.backend.padEnd(7)}  ${r.ms.toFixed(1).padStart(7)}  ${r.cpuMs.toFixed(1).padStart(11)}  ${r.note}`;
    } catch (e) {
      line = `failed: ${String(e?.message ?? e).split('\n')[0].slice(0, 160)}`;
    }
    console.log(`${String(width).padStart(5)}  ${String(batch).padStart(5)}  ${name.padEnd(7)}  ${line}`);
  }
}
process.exit(0);
