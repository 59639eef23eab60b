// Training in a Web Worker, so the page stays responsive: the worker opens the model with
// Session.open (WebGPU on a real GPU, the wasm target on the CPU otherwise — both work inside a
// worker), trains when asked and answers predictions. The page talks to it with messages:
//
//   const worker = new Worker(new URL('./worker.js', import.meta.url), { type: 'module' });
//   worker.postMessage({ type: 'open', artifact: '/digits.json', seed: 42 });
//   worker.postMessage({ type: 'train', train, val, epochs: 2 });   // splits as Session.setData takes them
//   worker.postMessage({ type: 'predict', x, count: 1 });
//   worker.postMessage({ type: 'init', seed: 42 });                  // fresh weights
//   worker.onmessage = ({ data }) => …  // 'opened', 'progress', 'epoch', 'trained', 'predicted',
//                                       // 'initialized' or 'error'; one answer per request, in order
//
// `dnnc/runtime` is the package's browser-safe entry: a bundler resolves it (test/browser/wasm.test.ts
// serves this file with the specifier pointing at dist/).
import { DnnError, Session } from 'dnnc/runtime';

let session = null;

const handlers = {
  async open({ artifact, seed, backends }) {
    session?.destroy();
    session = await Session.open(new URL(artifact, self.location.href), { seed, ...(backends ? { backends } : {}) });
    return { type: 'opened', backend: session.backend, model: session.artifact.model };
  },
  async train({ train, val, epochs }) {
    const s = opened();
    s.setData('train', train);
    s.setData('val', val);
    const r = await s.fit({
      epochs,
      onProgress: (epoch, done, total) => postMessage({ type: 'progress', epoch, done, total }),
      onEpoch: (e) => postMessage({ type: 'epoch', epoch: e.epoch, loss: e.loss, val_loss: e.val.loss, val_accuracy: e.valAccuracy, seconds: e.seconds }),
    });
    return { type: 'trained', epochs: r.epochs, stoppedEarly: r.stoppedEarly };
  },
  async init({ seed }) {
    await opened().init(seed);
    return { type: 'initialized' };
  },
  async predict({ x, count }) {
    return { type: 'predicted', outputs: await opened().predict(x, count) };
  },
};

function opened() {
  if (!session) throw new Error("send { type: 'open' } first");
  return session;
}

// One message at a time, in order: a session runs one entry at a time.
let queue = Promise.resolve();
self.onmessage = ({ data }) => {
  queue = queue.then(async () => {
    const handler = handlers[data?.type];
    try {
      if (!handler) throw new Error(`unknown message type '${data?.type}'`);
      postMessage(await handler(data));
    } catch (e) {
      postMessage({ type: 'error', message: e instanceof DnnError ? e.message : String(e?.stack ?? e) });
    }
  });
};
