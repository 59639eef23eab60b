// The demo page. The model runs in a Web Worker (worker.js: the dnnc runtime's Session.open, on
// WebGPU on a real GPU, else on the CPU through WebAssembly), so the page never waits for it. It
// loads the bundled model and the MNIST subset that `npm run demo` built, trains with a live
// learning curve, and classifies what you draw. State for tests lives in window.demo.

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
  demo.error = e instanceof Error ? e.message : String(e);
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
/**
 * The session lives in a Web Worker (worker.js beside this file): training never blocks the page.
 * `ask` sends one request and resolves with its answer (the worker answers in order);
 * 'progress' and 'epoch' messages go to `onNote` while a request runs.
 */
function startWorker(onNote) {
  const worker = new Worker(new URL('./worker.js', import.meta.url), { type: 'module' });
  const pending = [];
  worker.onmessage = ({ data }) => {
    if (data.type === 'progress' || data.type === 'epoch') return onNote(data);
    const p = pending.shift();
    if (data.type === 'error') p.reject(new Error(data.message));
    else p.resolve(data);
  };
  worker.onerror = (e) => {
    e.preventDefault();
    for (const p of pending.splice(0)) p.reject(new Error(`the worker failed: ${e.message}`));
  };
  return (message) => new Promise((resolve, reject) => {
    pending.push({ resolve, reject });
    worker.postMessage(message);
  });
}

async function main() {
  // Session.open (in the worker) picks the backend as `dnnc train` does: WebGPU on a real GPU,
  // the model's WebAssembly target on the CPU with no WebGPU or only a software adapter
  // (SwiftShader, WARP). ?backend=webgpu or ?backend=wasm insists on one.
  const asked = new URLSearchParams(location.search).get('backend');
  const backends = asked === 'webgpu' || asked === 'wasm' ? [asked] : undefined;
  let onNote = () => {};
  const ask = startWorker((note) => onNote(note));
  say('loading the model and digits…');
  const [opened, digits] = await Promise.all([ask({ type: 'open', artifact: '/data/digits.json', seed, ...(backends ? { backends } : {}) }), loadDigits()]);
  demo.backend = opened.backend.backend;
  // The wasm device says its threads: "WebAssembly SIMD on the CPU (2 threads)", or one thread and why.
  const device = opened.backend.device;
  const threads = device ? `, ${device.slice(device.indexOf('(') + 1, -1)}` : '';
  const where = opened.backend.backend === 'webgpu' ? `WebGPU (${opened.backend.reason})` : `WebAssembly on the CPU (${opened.backend.reason})${threads}`;

  const readDrawing = setUpPad(() => predictDrawing().catch(failed));
  async function predictDrawing() {
    const x = readDrawing();
    if (!x) return;
    showDigit(x);
    const p = (await ask({ type: 'predict', x, count: 1 })).outputs.probabilities;
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
    onNote = (n) => {
      if (n.type === 'progress') return say(`training: epoch ${start + n.epoch}/${start + epochs}, step ${n.done}/${n.total}`);
      const entry = { epoch: start + n.epoch, loss: n.loss, val: { loss: n.val_loss }, valAccuracy: n.val_accuracy, seconds: n.seconds };
      demo.history.push({ epoch: entry.epoch, loss: n.loss, valLoss: n.val_loss, valAccuracy: n.val_accuracy });
      drawChart(demo.history, start + epochs);
      addEpochRow(entry);
      demo.epoch = entry.epoch;
      demo.valAccuracy = n.val_accuracy;
    };
    // The worker's copy of the digits: the page keeps its own for the next run.
    ask({ type: 'train', train: digits.train, val: digits.val, epochs })
      .then(async (r) => {
        say(`trained ${demo.epoch} epoch${demo.epoch === 1 ? '' : 's'}: validation accuracy ${(100 * demo.valAccuracy).toFixed(1)} %${r.stoppedEarly ? ' (stopped early)' : ''}. Draw a digit!`);
        await predictDrawing();
        ready();
      })
      .catch(failed);
  });
  $('reset').addEventListener('click', () => ask({ type: 'init', seed }).then(() => {
    Object.assign(demo, { epoch: 0, valAccuracy: NaN, history: [] });
    $('epochs-table').querySelector('tbody').innerHTML = '';
    drawChart([], 1);
    say('weights reset: train again');
  }).catch(failed));

  drawChart([], Number($('epochs').value));
  say(`ready: ${digits.train.count} training and ${digits.val.count} validation digits, model ${opened.model}, on ${where}. Press Train.`);
  ready();
}

main().catch(failed);
