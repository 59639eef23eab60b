// The playground's trainer, in a Web Worker so that the page stays responsive: it opens the
// artifact the page compiled with Session.open (WebGPU on a real GPU, else the wasm target),
// trains it epoch by epoch, reports each epoch, and after a run counts the confusion matrix of
// the validation split on the device (Session.confusion), or from the model's predictions when the
// artifact has no confusion_step entry. Control messages (pause, resume, stop) are
// answered between epochs: fit runs one epoch's work at a time.
//
//   → { type: 'train', id, artifact, seed, backends?, train, val, epochs }
//   ← { type: 'opened', id, backend, reason } · { type: 'progress', id, epoch, done, total }
//     { type: 'epoch', id, ... } · { type: 'trained', id, confusion, ... } · { type: 'error', id, message }
//   → { type: 'pause' } · { type: 'resume' } · { type: 'stop' }
//   → { type: 'weights', id } ← { type: 'weights', id, bytes } (safetensors of the last run)
import { DnnError, Session } from 'dnnc/runtime';

let session = null;
let paused = null; // { promise, resolve } while paused
let stopping = false;

/**
 * Waits while paused; false when asked to stop. First a task's turn: training on the wasm target
 * yields only to microtasks, so a control message waiting in the queue is read here.
 */
async function goOn() {
  await new Promise((r) => setTimeout(r, 0));
  if (paused) await paused.promise;
  return !stopping;
}

function pause() {
  if (paused) return;
  let resolve;
  const promise = new Promise((r) => (resolve = r));
  paused = { promise, resolve };
}

function resume() {
  paused?.resolve();
  paused = null;
}

async function train({ id, artifact, seed, backends, train: trainSplit, val, epochs }) {
  session?.dispose();
  session = null;
  stopping = false;
  resume();
  const opened = await Session.open(artifact, { seed, ...(backends ? { backends } : {}) });
  session = opened;
  postMessage({ type: 'opened', id, backend: session.backend?.backend, reason: session.backend?.reason ?? '' });
  session.setData('train', trainSplit);
  session.setData('val', val);
  const r = await session.fit({
    epochs,
    onProgress: (epoch, done, total) => postMessage({ type: 'progress', id, epoch, done, total }),
    onEpoch: async (e) => {
      postMessage({ type: 'epoch', id, epoch: e.epoch, loss: e.loss, accuracy: e.metrics?.accuracy ?? NaN, valLoss: e.val.loss, valAccuracy: e.valAccuracy, seconds: e.seconds });
      return goOn();
    },
  });
  const confusion = await confusionOf(session, val);
  const countedOn = session.artifact.entries.confusion_step ? 'device' : 'predictions';
  postMessage({ type: 'trained', id, epochs: r.epochs, stoppedEarly: r.stoppedEarly, interrupted: r.interrupted, restoredBest: r.restoredBest, confusion, countedOn });
}

/**
 * The validation split's confusion matrix (rows: true class, columns: predicted): on the device,
 * else from the model's first output when it has one probability (or logit) per class; else null.
 */
async function confusionOf(s, val) {
  // Counted on the device when the page compiled the model with its confusion_step entry.
  if (s.artifact.entries.confusion_step) return s.confusion('val');
  const labels = s.artifact.inputs.find((i) => i.role === 'labels');
  const classes = labels?.classes;
  if (!s.artifact.entries.predict || !classes || classes < 2) return null;
  const outputs = await s.predict(val.features, val.count);
  const out = outputs[s.artifact.outputs[0]];
  if (!out || out.length !== val.count * classes) return null;
  const matrix = Array.from({ length: classes }, () => new Array(classes).fill(0));
  for (let i = 0; i < val.count; i++) {
    let best = 0;
    for (let c = 1; c < classes; c++) if (out[i * classes + c] > out[i * classes + best]) best = c;
    const truth = val.labels[i];
    if (truth >= 0 && truth < classes) matrix[truth][best]++;
  }
  return matrix;
}

async function weights({ id }) {
  if (!session) throw new Error('train a model first');
  const bytes = await session.saveCheckpoint({ source: 'dnnc playground' });
  postMessage({ type: 'weights', id, bytes }, [bytes.buffer]);
}

const controls = { pause, resume, stop: () => ((stopping = true), resume()) };
const requests = { train, weights };

// Requests one at a time, in order (a session runs one entry at a time); controls at once.
let queue = Promise.resolve();
self.onmessage = ({ data }) => {
  const control = controls[data?.type];
  if (control) return control();
  queue = queue.then(async () => {
    try {
      const handler = requests[data?.type];
      if (!handler) throw new Error(`unknown message type '${data?.type}'`);
      await handler(data);
    } catch (e) {
      postMessage({ type: 'error', id: data?.id, message: e instanceof DnnError ? e.message : String(e?.message ?? e) });
    }
  });
};
