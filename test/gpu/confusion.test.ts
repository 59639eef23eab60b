// The confusion matrix on the device: the confusionCounts kernels on WebGPU and on the wasm
// target against the float64 count (a tied row, a NaN row, a partial batch), and `confusion_step`
// over a whole split (a partial last batch) against the count of the predictions on the same rows.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { resolveImport } from '../../src/cli/source.js';
import { compileSource } from '../../src/compiler/compile.js';
import { loadDataset } from '../../src/data/index.js';
import { dataOptions } from '../../src/cli/train.js';
import { Session } from '../../src/runtime/session.js';
import { BACKENDS, deviceFor, runOnDevice } from '../helpers/gpu.js';
import { confusionCase, confusionProgram, confusionReference } from '../helpers/confusion.js';

const rowsOf = (data: ArrayLike<number>, k: number) => Array.from({ length: k }, (_, i) => Array.from(data).slice(i * k, (i + 1) * k));

describe.each(BACKENDS)('confusion counts on %s', (backend) => {
  it.each([[7, 4, 5], [64, 10, 37]])('batch %i, %i classes, %i valid rows: the float64 count', async (batch, classes, rows) => {
    const c = confusionCase(batch, classes, rows, 3);
    const got = (await runOnDevice(confusionProgram(batch, classes), c.state, 8, backend))['out']!;
    expect(rowsOf(got, classes)).toEqual(confusionReference(c.logits, c.labels, classes, rows));
  });

  it('confusion_step over a split with a partial last batch: the count of the predictions', async () => {
    // 4 features, 3 classes; an evaluation batch of 6 over the val split's rows leaves a partial batch.
    const file = { path: 'examples/own/tabular.dnn', text: readFileSync('examples/own/tabular.dnn', 'utf8').replace('output probabilities = softmax(logits)', 'output scores = logits') };
    const { artifact } = compileSource(file, { resolveImport, confusion: true, wasm: backend === 'wasm' });
    const data = loadDataset(artifact.train.data, dataOptions({}, artifact));
    const s = await Session.create(await deviceFor(backend, artifact), artifact);
    try {
      // The training rows as the split evaluated: two full evaluation batches and a partial one.
      const n = 2 * artifact.train.evalBatchSize + 3;
      const rows = { count: n, features: [data.train.x.subarray(0, n * 4)], labels: data.train.y.subarray(0, n) };
      s.setData('train', { count: data.train.count, features: [data.train.x], labels: data.train.y });
      s.setData('val', rows);
      await s.init(5);
      await s.trainEpoch();
      const matrix = await s.confusion('val');
      const { scores } = await s.predict(rows.features[0]!, n);
      expect(matrix).toEqual(confusionReference(scores!, rows.labels, 3));
      expect(matrix.flat().reduce((a, b) => a + b, 0)).toBe(n);
      // The diagonal is the accuracy evaluate() reports.
      const { metrics } = await s.evaluate('val');
      expect(matrix.reduce((k, row, i) => k + row[i]!, 0) / n).toBeCloseTo(metrics['accuracy']!, 6);
      // Counted afresh each time.
      expect(await s.confusion('val')).toEqual(matrix);
    } finally {
      s.destroy();
    }
  });
});
