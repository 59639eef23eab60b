// The demo page: the dnnc runtime (`dnnc/runtime`, mapped to dist/ by the page's import map) on
// navigator.gpu, or on the CPU (WebAssembly) where that is faster or there is no WebGPU. It loads the bundled model and the MNIST subset that `npm run demo` built, trains
// with a live learning curve, and classifies what you draw. State for tests lives in window.demo.
import { DnnError, Session } from 'dnnc/runtime';
import { argmax, SIZE, toMnist } from './draw.js';

const $ = (id) => document.getElementById(id);
const demo = (window.demo = { status: 'loading', backend: null, epoch: 0, valAccuracy: NaN, prediction: null, probabilities: null, history: [], error: null });
const seed = Number(new URLSearchParams(location.search).get('seed') ?? 42);

function say(text, isError = false) {
  $('status').textContent = text;
  $('status').className = isError ? 'error' : '';
}

function failed(e) {
  demo.status = 'error';
  demo.error = e instanceof DnnError ? e.message : String(e?.stack ?? e);
  say(demo.error, true);
}

/** The bytes `npm run demo` wrote: train pixels, val pixels, then their labels (one byte each). */
async function loadDigits() {
  const meta = await (await fetch('/data/mnist.json')).json();
  const bytes = new Uint8Array(await (await fetch('/data/mnist.bin')).arrayBuffer());
  const total = meta.train + meta.val;
  if (bytes.length !== total * (meta.pixels + 1)) throw new Error('mnist.bin does not match mnist.json: rerun npm run demo');
  const split = (start, count) => ({
    count,
    features: bytes.subarray(start * meta.pixels, (start + count) * meta.pixels),
    labels: Int32Array.from(bytes.subarray(total * meta.pixels + start, total * meta.pixels + start + count)),
  });
  return { train: split(0, meta.train), val: split(meta.train, meta.val) };
}

// ---- the learning curve: plain SVG ---------------------------------------------------------------
function drawChart(history, epochs) {
  const W = 420, H = 220, L = 40, R = 10, T = 30, B = 30;
  const maxLoss = Math.max(0.5, ...history.flatMap((h) => [h.loss, h.valLoss]));
  const x = (e) => L + ((W - L - R) * e) / Math.max(1, epochs);
  const y = (v) => T + (H - T - B) * (1 - v / maxLoss);
  const line = (key, colour) => `<polyline fill="none" stroke="${colour}" stroke-width="2" points="${history.map((h) => `${x(h.epoch)},${y(h[key])}`).join(' ')}"/>` +
    history.map((h) => `<circle cx="${x(h.epoch)}" cy="${y(h[key])}" r="3" fill="${colour}"/>`).join('');
  const ticks = Array.from({ length: epochs + 1 }, (_, e) => `<text x="${x(e)}" y="${H - B + 15}" font-size="11" text-anchor="middle">${e}</text>`).join('');
  $('chart').innerHTML = `
    <line x1="${L}" y1="${H - B}" x2="${W - R}" y2="${H - B}" stroke="#999"/><line x1="${L}" y1="${T}" x2="${L}" y2="${H - B}" stroke="#999"/>
    <text x="${L - 5}" y="${T + 4}" font-size="11" text-anchor="end">${maxLoss.toFixed(2)}</text>
    <text x="${L - 5}" y="${H - B}" font-size="11" text-anchor="end">0</text>${ticks}
    <text x="${(W + L) / 2}" y="${H - 2}" font-size="11" text-anchor="middle">epoch</text>
    ${line('loss', '#3b6fd8')}${line('valLoss', '#d8713b')}
    <text x="${L}" y="14" font-size="12" fill="#3b6fd8">— training loss</text>
    <text x="${L + 130}" y="14" font-size="12" fill="#d8713b">— validation loss</text>`;
}

function addEpochRow(e) {
  const row = document.createElement('tr');
  row.innerHTML = [e.epoch, e.loss.toFixed(4), e.val.loss.toFixed(4), (100 * e.valAccuracy).toFixed(1) + ' %', e.seconds.toFixed(1)].map((v) => `<td>${v}</td>`).join('');
  $('epochs-table').querySelector('tbody').append(row);
}

// ---- drawing -----------------------------------------------------------------------------------
function setUpPad(onStroke) {
  const pad = $('pad');
  const ctx = pad.getContext('2d', { willReadFrequently: true });
  const clear = () => {
    ctx.fillStyle = '#000';
    ctx.fillRect(0, 0, pad.width, pad.height);
  };
  clear();
  let last = null;
  const at = (ev) => {
    const r = pad.getBoundingClientRect();
    return { x: ((ev.clientX - r.left) * pad.width) / r.width, y: ((ev.clientY - r.top) * pad.height) / r.height };
  };
  const stroke = (p) => {
    ctx.strokeStyle = '#fff';
    ctx.lineWidth = 24;
    ctx.lineCap = ctx.lineJoin = 'round';
    ctx.beginPath();
    ctx.moveTo(last.x, last.y);
    ctx.lineTo(p.x, p.y);
    ctx.stroke();
    last = p;
  };
  pad.addEventListener('pointerdown', (ev) => {
    pad.setPointerCapture?.(ev.pointerId);
    last = at(ev);
    stroke(last);
  });
  pad.addEventListener('pointermove', (ev) => last && stroke(at(ev)));
  const end = () => {
    if (!last) return;
    last = null;
    onStroke();
  };
  pad.addEventListener('pointerup', end);
  pad.addEventListener('pointercancel', end);
  $('clear').addEventListener('click', () => {
    clear();
    demo.prediction = null;
    demo.probabilities = null;
    $('prediction').textContent = '';
    $('probabilities').innerHTML = '';
    $('seen').getContext('2d').clearRect(0, 0, SIZE, SIZE);
  });
  /** The drawing as 784 MNIST-like intensities, or null when empty. */
  return () => {
    const { data, width, height } = ctx.getImageData(0, 0, pad.width, pad.height);
    const gray = new Float32Array(width * height);
    for (let i = 0; i < gray.length; i++) gray[i] = data[i * 4] / 255;
    return toMnist(gray, width, height);
  };
}

function showDigit(x) {
  const img = new ImageData(SIZE, SIZE);
  for (let i = 0; i < SIZE * SIZE; i++) {
    const v = Math.round(x[i] * 255);
    img.data.set([v, v, v, 255], i * 4);
  }
  $('seen').getContext('2d').putImageData(img, 0, 0);
}

function showProbabilities(p) {
  const best = argmax(p);
  $('prediction').textContent = `${best}`;
  $('probabilities').innerHTML = Array.from(p, (v, d) =>
    `<div class="bar${d === best ? ' best' : ''}"><b>${d}</b><span class="fill" style="width:${(200 * v).toFixed(1)}px"></span>${(100 * v).toFixed(1)} %</div>`).join('');
}

// ---- the app -----------------------------------------------------------------------------------
async function main() {
  // Session.open picks the backend as `dnnc train` does: WebGPU on a real GPU, the model's
  // WebAssembly target on the CPU with no WebGPU or only a software adapter (SwiftShader, WARP).
  // ?backend=webgpu or ?backend=wasm insists on one.
  const asked = new URLSearchParams(location.search).get('backend');
  const backends = asked === 'webgpu' || asked === 'wasm' ? [asked] : undefined;
  say('loading the model and digits…');
  const [session, digits] = await Promise.all([Session.open('/data/digits.json', { seed, ...(backends ? { backends } : {}) }), loadDigits()]);
  const artifact = session.artifact;
  demo.backend = session.backend.backend;
  const where = session.backend.backend === 'webgpu'
    ? `WebGPU (${session.backend.reason})`
    : `WebAssembly on the CPU (${session.backend.reason})`;
  session.setData('train', digits.train);
  session.setData('val', digits.val);

  // The GPU work of training and predicting must not interleave: one queue of jobs.
  let busy = Promise.resolve();
  const exclusive = (job) => (busy = busy.then(job, job));
  const readDrawing = setUpPad(() => exclusive(predictDrawing).catch(failed));
  async function predictDrawing() {
    const x = readDrawing();
    if (!x) return;
    showDigit(x);
    const p = (await session.predict(x, 1)).probabilities;
    showProbabilities(p);
    demo.probabilities = Array.from(p);
    demo.prediction = argmax(p);
  }

  const ready = () => {
    demo.status = 'ready';
    $('train').disabled = $('reset').disabled = false;
  };
  $('train').addEventListener('click', () => {
    const epochs = Number($('epochs').value);
    if (!Number.isInteger(epochs) || epochs < 1 || epochs > 50) return say('epochs: a whole number from 1 to 50', true);
    $('train').disabled = $('reset').disabled = true;
    demo.status = 'training';
    const start = demo.epoch;
    exclusive(async () => {
      const r = await session.fit({
        epochs,
        onProgress: (e, done, total) => say(`training: epoch ${start + e}/${start + epochs}, step ${done}/${total}`),
        onEpoch: async (e) => {
          const entry = { ...e, epoch: start + e.epoch };
          demo.history.push({ epoch: entry.epoch, loss: e.loss, valLoss: e.val.loss, valAccuracy: e.valAccuracy });
          drawChart(demo.history, start + epochs);
          addEpochRow(entry);
          demo.epoch = entry.epoch;
          demo.valAccuracy = e.valAccuracy;
          await predictDrawing(); // the session is idle between epochs
        },
      });
      say(`trained ${demo.epoch} epoch${demo.epoch === 1 ? '' : 's'}: validation accuracy ${(100 * demo.valAccuracy).toFixed(1)} %${r.stoppedEarly ? ' (stopped early)' : ''}. Draw a digit!`);
      ready();
    }).catch(failed);
  });
  $('reset').addEventListener('click', () => exclusive(async () => {
    await session.init(seed);
    Object.assign(demo, { epoch: 0, valAccuracy: NaN, history: [] });
    $('epochs-table').querySelector('tbody').innerHTML = '';
    drawChart([], 1);
    say('weights reset: train again');
  }).catch(failed));

  drawChart([], Number($('epochs').value));
  say(`ready: ${digits.train.count} training and ${digits.val.count} validation digits, model ${artifact.model}, on ${where}. Press Train.`);
  ready();
}

main().catch(failed);
