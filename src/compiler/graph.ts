// The layer graph of a compiled model, as data (src/render/graph.ts draws it): the network built
// once more, in training mode, into a program of its own, with the front end's record of every
// built-in call that gave a tensor. A call is a node (a layer with the weights it declared, an
// activation, an operation); an edge joins two calls when a value flows from one to the other,
// through any arithmetic between them. The loss, metrics and outputs name the calls that compute
// them. Frozen layers are those whose weights the optimizer does not update.
import type { Eqn } from '../ir/program.js';
import { numel, type Var } from '../ir/types.js';
import type { GraphDim, GraphEdge, GraphNode, GraphNodeKind, LayerGraph } from '../render/graph.js';
import { ProgramContext, StateRegistry, type BuiltinCall } from '../std/context.js';
import type { ModelDefinition } from '../std/model.js';
import type { Compilation } from './compile.js';

/** Built-ins drawn as activations; the others without weights (but dropout) are operations. */
const ACTIVATIONS = new Set(['relu', 'elu', 'leaky_relu', 'selu', 'prelu', 'sigmoid', 'tanh', 'softmax', 'log_softmax', 'softplus', 'swish', 'gelu']);
const LAYERS = new Set(['dense', 'batch_norm', 'dropout', 'conv2d', 'embedding']);

/** The layer graph of a compiled model: its trainable weights are the artifact's (frozen ones are not). */
export function layerGraph(c: Compilation): LayerGraph {
  return layerGraphOf(c.definition, new Set(c.artifact.params));
}

/** The layer graph of an elaborated model; `trainable`: the weights the optimizer updates. */
export function layerGraphOf(def: ModelDefinition, trainable: ReadonlySet<string>): LayerGraph {
  const registry = new StateRegistry();
  const ctx = new ProgramContext('graph', 'train', registry);
  const batch = def.train.batchSize;
  const inputs = new Map(def.inputs.map((i) => [i.name, ctx.input(i.name, { dtype: i.dtype, shape: [batch, ...i.example] })] as const));
  const result = ctx.withScope('', () => def.forward(ctx, inputs));
  const builder = new GraphBuilder(ctx.finish().eqns, batch);
  for (const [name, v] of inputs) builder.add({ id: `input/${name}`, kind: 'input', op: 'input', name, scope: '' }, v, []);
  for (const call of ctx.calls) builder.addCall(call, (name) => registry.entries.get(name)?.spec, trainable);
  if (result.loss) builder.terminal('loss', 'loss', result.loss);
  for (const [name, v] of result.metrics) builder.terminal('metric', name, v);
  for (const [name, v] of result.outputs) builder.terminal('output', name, v);
  const nodes = builder.nodes;
  return {
    model: def.name, nodes, edges: builder.edges,
    trainable: nodes.reduce((n, x) => n + x.trainable, 0), nonTrainable: nodes.reduce((n, x) => n + x.nonTrainable, 0),
  };
}

type NodeHead = Pick<GraphNode, 'id' | 'kind' | 'op' | 'name' | 'scope'>;
type Weights = Pick<GraphNode, 'weights' | 'trainable' | 'nonTrainable' | 'frozen' | 'settings'>;
type StateLookup = (name: string) => { readonly role: string; readonly type: { readonly shape: readonly number[] } } | undefined;

class GraphBuilder {
  readonly nodes: GraphNode[] = [];
  readonly edges: GraphEdge[] = [];
  /** The node that computed each value (by id). */
  private readonly producer = new Map<number, GraphNode>();
  private readonly eqnOf = new Map<number, Eqn>();
  private readonly ids = new Set<string>();

  constructor(eqns: readonly Eqn[], private readonly batch: number) {
    for (const e of eqns) this.eqnOf.set(e.out.id, e);
  }

  add(head: NodeHead, out: Var, from: readonly Var[], weights?: Weights): GraphNode {
    const node: GraphNode = {
      ...head, id: this.unique(head.id), shape: this.dims(out), dtype: out.type.dtype,
      weights: [], trainable: 0, nonTrainable: 0, frozen: false, settings: {}, ...weights,
    };
    for (const source of new Set(from.flatMap((v) => this.sources(v)))) this.edges.push({ from: source.id, to: node.id });
    this.nodes.push(node);
    this.producer.set(out.id, node);
    return node;
  }

  addCall(call: BuiltinCall, state: StateLookup, trainable: ReadonlySet<string>): void {
    const weights = call.states.filter((s) => state(s)?.role === 'param' || state(s)?.role === 'statistic');
    const path = weights.length ? weights[0]!.slice(0, weights[0]!.lastIndexOf('/')) : call.settings['name'];
    const kind: GraphNodeKind = weights.length || LAYERS.has(call.fn) ? 'layer' : ACTIVATIONS.has(call.fn) ? 'activation' : 'op';
    const id = path ?? (call.scope ? `${call.scope}/${call.fn}` : call.fn);
    const size = (s: string) => numel(state(s)!.type.shape);
    const isTrainable = (s: string) => state(s)?.role === 'param' && trainable.has(s);
    const params = weights.filter((s) => state(s)?.role === 'param');
    this.dropInner(call.output);
    this.add({ id, kind, op: call.fn, name: path ?? call.fn, scope: call.scope }, call.output, call.inputs, {
      weights,
      trainable: weights.filter(isTrainable).reduce((n, s) => n + size(s), 0),
      nonTrainable: weights.filter((s) => !isTrainable(s)).reduce((n, s) => n + size(s), 0),
      frozen: params.length > 0 && !params.some(isTrainable),
      settings: call.settings,
    });
  }

  /**
   * A call made inside another that gives the outer call's result (dense's `activation: elu`) is
   * part of the outer node (its `activation` setting): its node and edges go.
   */
  private dropInner(out: Var): void {
    const inner = this.producer.get(out.id);
    if (!inner || inner.kind === 'input') return;
    this.nodes.splice(this.nodes.indexOf(inner), 1);
    for (let i = this.edges.length - 1; i >= 0; i--) if (this.edges[i]!.to === inner.id || this.edges[i]!.from === inner.id) this.edges.splice(i, 1);
    this.producer.delete(out.id);
    this.ids.delete(inner.id);
  }

  /** The loss, a metric or an output: the call that computed it takes its name, else a node of its own. */
  terminal(kind: 'loss' | 'metric' | 'output', name: string, v: Var): void {
    const made = this.producer.get(v.id);
    const i = made ? this.nodes.indexOf(made) : -1;
    if (made && i >= 0 && made.kind !== 'input' && made.kind !== 'loss' && made.kind !== 'metric' && made.kind !== 'output') {
      this.nodes[i] = { ...made, kind, name };
      this.producer.set(v.id, this.nodes[i]!);
      return;
    }
    this.add({ id: kind === 'loss' ? 'loss' : `${kind}/${name}`, kind, op: 'value', name, scope: '' }, v, [v]);
  }

  /** The nodes a value comes from: its producer, else those of the equations that computed it. */
  private sources(v: Var, seen = new Set<number>()): GraphNode[] {
    const made = this.producer.get(v.id);
    if (made) return [this.current(made)];
    if (seen.has(v.id)) return [];
    seen.add(v.id);
    return this.eqnOf.get(v.id)?.inputs.flatMap((x) => this.sources(x, seen)) ?? [];
  }

  /** A node as it is now (a terminal may have renamed it). */
  private current(n: GraphNode): GraphNode {
    return this.nodes.find((m) => m.id === n.id) ?? n;
  }

  private unique(id: string): string {
    let out = id;
    for (let k = 1; this.ids.has(out); k++) out = `${id}_${k}`;
    this.ids.add(out);
    return out;
  }

  private dims(v: Var): GraphDim[] {
    return v.type.shape.map((d, i) => (i === 0 && d === this.batch ? 'batch' : d));
  }
}
