// The playground's pictures, from the shared renderer (src/render through dnnc/compiler, the
// same code as `dnnc graph` and curves.svg): the layer graph of a compilation, and the learning
// curves of every run overlaid (loss and accuracy panels, training solid, validation dashed, each
// run's best validation-accuracy epoch marked).
import { bestEpoch as bestOf, curvesSvg, graphSvg, layerGraph, RUN_COLORS } from 'dnnc/compiler';

export const COLOURS = RUN_COLORS;

/** The layer graph of a compilation: { nodes, svg }. */
export function graphOf(compilation) {
  const graph = layerGraph(compilation);
  return { nodes: graph.nodes, svg: graphSvg(graph) };
}

/** A run's epochs as the renderer takes them. */
const epochsOf = (run) => run.history.map((h) => ({
  epoch: h.epoch,
  scalars: Object.fromEntries(Object.entries({ loss: h.loss, accuracy: h.accuracy, val_loss: h.valLoss, val_accuracy: h.valAccuracy }).filter(([, v]) => Number.isFinite(v))),
}));

/** The runs' learning curves overlaid, as SVG text. runs: [{ label, history: [{ epoch, loss, accuracy, valLoss, valAccuracy }] }]. */
export function curvesOf(runs) {
  const quantities = runs.some((r) => r.history.some((h) => Number.isFinite(h.accuracy) || Number.isFinite(h.valAccuracy))) ? ['loss', 'accuracy'] : ['loss'];
  return curvesSvg(runs.map((r) => ({ label: r.label, epochs: epochsOf(r) })), { quantities, monitor: 'val_accuracy', width: 330, height: 240 });
}

/** The epoch of highest validation accuracy (the first of ties), as { epoch, valAccuracy }, or undefined. */
export function bestEpoch(history) {
  const epoch = bestOf(epochsOf({ history }), 'val_accuracy');
  return history.find((h) => h.epoch === epoch);
}
