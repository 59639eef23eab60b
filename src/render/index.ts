// The pictures dnnc draws, shared by the command line and the playground page (`dnnc/render`):
// the layer graph (data from the compiler's layerGraph) as SVG or DOT, and learning curves as
// SVG. Pure functions of data to text; no Node module, no DOM.
export { graphDot, graphSvg, nodeLines, nodeTitle, type GraphDim, type GraphEdge, type GraphNode, type GraphNodeKind, type GraphSvgOptions, type LayerGraph } from './graph.js';
export { bestEpoch, curvesSvg, defaultQuantities, lowerIsBetter, RUN_COLORS, type CurveEpoch, type CurveRun, type CurvesOptions } from './curves.js';
export { confusionReport, confusionSvg, formatConfusion, type ConfusionReport, type ConfusionSvgOptions } from './confusion.js';
