// The language's built-in functions: each declares its parameters (names, kinds, defaults) and
// calls the standard library. Argument checking is generic (elaborate.ts), so every built-in
// reports arity, unknown names and wrong kinds the same way.
import type { Var } from '../ir/types.js';
import * as act from '../std/activations.js';
import type { InitFn, ProgramContext } from '../std/context.js';
import type { Schedule } from '../std/schedules.js';
import type { Regularizer } from '../std/regularizers.js';
import { NAMED_INITIALIZERS } from '../std/initializers.js';
import { batchNorm, dense, dropout, prelu } from '../std/layers.js';
import {
  binaryAccuracy, inTopK, meanSquaredError, reduceMax, reduceMean, reduceSum, sigmoidCrossEntropy, softmaxCrossEntropy,
  sparseSoftmaxCrossEntropy,
} from '../std/losses.js';
import { varianceScaling, constantInit, type Distribution, type FanMode } from '../std/initializers.js';
import { MAX_UNITS, StdError } from '../std/errors.js';
import { REGIMEN_BUILTINS } from './regimenBuiltins.js';
import { TRAIN_BUILTINS } from './trainBuiltins.js';
import type { Value } from './values.js';

export type ParamKind =
  | 'tensor' | 'tensors' | 'int' | 'number' | 'numbers' | 'bool' | 'string' | 'initializer' | 'activation' | 'axes'
  | 'schedule' | 'regularizer' | 'patterns';

/** The JavaScript value each kind converts to. */
export interface KindValue {
  tensor: Var;
  /** A list of tensors, e.g. concat's. */
  tensors: Var[];
  /** A number or a list of numbers. */
  numbers: number[];
  regularizer: Regularizer;
  /** Parameter-name patterns: a string or a list of strings. */
  patterns: string[];
  int: number;
  number: number;
  bool: boolean;
  string: string;
  initializer: InitFn;
  activation: (x: Var) => Var;
  axes: number[];
  /** A number is a constant rate. */
  schedule: Schedule;
}

export interface ParamSpec {
  readonly name: string;
  readonly kind: ParamKind;
  /** Absent: required. `null`: optional with no value. */
  readonly default?: number | boolean | string | null;
}

export type Args = { readonly [name: string]: KindValue[ParamKind] | undefined };

export interface BuiltinDef {
  readonly params: readonly ParamSpec[];
  /** Library objects (optimizers) need no program; everything else builds IR in ctx. */
  call(ctx: ProgramContext, a: Args): Value;
}

const t = (v: Var): Value => ({ kind: 'tensor', v });
const x = (name = 'x'): ParamSpec => ({ name, kind: 'tensor' });
const T = (a: Args, k: string) => a[k] as Var;
const N = (a: Args, k: string) => a[k] as number;
const opt = <K extends ParamKind>(a: Args, k: string) => a[k] as KindValue[K] | undefined;

/** Remembers how many classes a label tensor indexes, so the runtime can reject labels out of range; the first pair is the model's classifier. */
function noteClasses(c: ProgramContext, logits: Var, labels: Var): Var {
  const depth = logits.type.shape[logits.type.shape.length - 1];
  if (depth !== undefined) c.labelClasses.set(labels.id, depth);
  c.classifier ??= { logits, labels };
  return labels;
}

const PARAMS: ParamSpec = { name: 'params', kind: 'patterns', default: '*/kernel' };
const reg = (a: Args, l1: number, l2: number): Value => {
  if (l1 < 0 || l2 < 0) throw new StdError('DNN2009', `regularization strengths must be non-negative, got l1 ${l1}, l2 ${l2}`);
  return { kind: 'regularizer', reg: { l1, l2 }, params: a['params'] as string[] };
};
const unary = (f: (ctx: ProgramContext, v: Var) => Var): BuiltinDef => ({ params: [x()], call: (c, a) => t(f(c, T(a, 'x'))) });
const reduction = (f: typeof reduceSum): BuiltinDef => ({
  params: [x(), { name: 'axis', kind: 'axes', default: null }, { name: 'keepdims', kind: 'bool', default: false }],
  call: (c, a) => t(f(c.b, T(a, 'x'), opt<'axes'>(a, 'axis'), a['keepdims'] as boolean)),
});

export const BUILTINS: Readonly<Record<string, BuiltinDef>> = {
  // ---- layers -----------------------------------------------------------------------------------
  dense: {
    params: [
      x(), { name: 'units', kind: 'int' }, { name: 'activation', kind: 'activation', default: null },
      { name: 'use_bias', kind: 'bool', default: true },
      { name: 'kernel_initializer', kind: 'initializer', default: 'glorot_uniform' },
      { name: 'bias_initializer', kind: 'initializer', default: 'zeros' },
      { name: 'kernel_regularizer', kind: 'regularizer', default: null },
      { name: 'name', kind: 'string', default: null },
    ],
    call: (c, a) => {
      const y = dense(c, T(a, 'x'), {
        units: N(a, 'units'), useBias: a['use_bias'] as boolean,
        kernelInitializer: a['kernel_initializer'] as InitFn, biasInitializer: a['bias_initializer'] as InitFn,
        kernelRegularizer: opt<'regularizer'>(a, 'kernel_regularizer'), name: opt<'string'>(a, 'name'),
      });
      const f = opt<'activation'>(a, 'activation');
      return t(f ? f(y) : y);
    },
  },
  batch_norm: {
    params: [
      x(), { name: 'momentum', kind: 'number', default: 0.99 }, { name: 'epsilon', kind: 'number', default: 0.001 },
      { name: 'center', kind: 'bool', default: true }, { name: 'scale', kind: 'bool', default: true },
      { name: 'name', kind: 'string', default: null },
    ],
    call: (c, a) => t(batchNorm(c, T(a, 'x'), {
      momentum: N(a, 'momentum'), epsilon: N(a, 'epsilon'), center: a['center'] as boolean, scale: a['scale'] as boolean,
      name: opt<'string'>(a, 'name'),
    })),
  },
  dropout: {
    params: [x(), { name: 'rate', kind: 'number', default: 0.5 }, { name: 'name', kind: 'string', default: null }],
    call: (c, a) => t(dropout(c, T(a, 'x'), N(a, 'rate'), opt<'string'>(a, 'name'))),
  },
  concat: {
    params: [{ name: 'xs', kind: 'tensors' }, { name: 'axis', kind: 'int', default: -1 }],
    call: (c, a) => {
      const xs = a['xs'] as Var[];
      try {
        return t(c.b.concat(xs, N(a, 'axis')));
      } catch (e) {
        throw new StdError('DNN2007', (e as Error).message);
      }
    },
  },
  stop_gradient: unary((c, v) => c.b.stopGradient(v)),
  /** An existing parameter by its scoped name, e.g. param("hidden1/kernel") for a hand-written penalty. */
  param: {
    params: [{ name: 'name', kind: 'string' }],
    call: (c, a) => {
      const name = a['name'] as string;
      const entry = c.registry.entries.get(name);
      if (!entry || entry.spec.role !== 'param') {
        const known = [...c.registry.entries.values()].filter((e) => e.spec.role === 'param').map((e) => e.spec.name);
        throw new StdError('DNN2001', `no parameter named "${name}" (yet)${known.length ? `; parameters so far: ${known.join(', ')}` : ''}`);
      }
      return t(c.state(name, entry.spec.type, entry.spec.role, entry.spec.trainable, entry.init));
    },
  },
  float: unary((c, v) => c.b.cast(v, 'f32')),

  // ---- activations --------------------------------------------------------------------------
  relu: unary((c, v) => act.relu(c.b, v)),
  elu: { params: [x(), { name: 'alpha', kind: 'number', default: 1 }], call: (c, a) => t(act.elu(c.b, T(a, 'x'), N(a, 'alpha'))) },
  leaky_relu: { params: [x(), { name: 'alpha', kind: 'number', default: 0.2 }], call: (c, a) => t(act.leakyRelu(c.b, T(a, 'x'), N(a, 'alpha'))) },
  selu: unary((c, v) => act.selu(c.b, v)),
  prelu: {
    params: [x(), { name: 'shared', kind: 'bool', default: false }, { name: 'alpha', kind: 'number', default: 0.25 }, { name: 'name', kind: 'string', default: null }],
    call: (c, a) => t(prelu(c, T(a, 'x'), a['shared'] as boolean, N(a, 'alpha'), opt<'string'>(a, 'name'))),
  },
  logistic: unary((c, v) => act.sigmoid(c.b, v)),
  tanh: unary((c, v) => c.b.tanh(v)),
  sigmoid: unary((c, v) => act.sigmoid(c.b, v)),
  softmax: unary((c, v) => act.softmax(c.b, v)),
  log_softmax: unary((c, v) => act.logSoftmax(c.b, v)),

  // ---- arithmetic -----------------------------------------------------------------------------
  abs: unary((c, v) => c.b.abs(v)),
  square: unary((c, v) => c.b.mul(v, v)),
  exp: unary((c, v) => c.b.exp(v)),
  log: unary((c, v) => c.b.log(v)),
  sqrt: unary((c, v) => c.b.sqrt(v)),
  maximum: { params: [x('a'), x('b')], call: (c, a) => t(c.b.max(T(a, 'a'), T(a, 'b'))) },
  minimum: { params: [x('a'), x('b')], call: (c, a) => t(c.b.min(T(a, 'a'), T(a, 'b'))) },
  mean: reduction(reduceMean),
  sum: reduction(reduceSum),
  max: reduction(reduceMax),

  // ---- losses and metrics -------------------------------------------------------------------
  sparse_softmax_cross_entropy: {
    params: [x('logits'), x('labels')],
    call: (c, a) => t(sparseSoftmaxCrossEntropy(c.b, T(a, 'logits'), noteClasses(c, T(a, 'logits'), T(a, 'labels')))),
  },
  softmax_cross_entropy: {
    params: [x('logits'), x('labels')],
    call: (c, a) => t(softmaxCrossEntropy(c.b, T(a, 'logits'), T(a, 'labels'))),
  },
  sigmoid_cross_entropy: {
    params: [x('logits'), x('labels')],
    call: (c, a) => t(sigmoidCrossEntropy(c.b, T(a, 'logits'), T(a, 'labels'))),
  },
  mean_squared_error: {
    params: [x('predictions'), x('targets')],
    call: (c, a) => t(meanSquaredError(c.b, T(a, 'predictions'), T(a, 'targets'))),
  },
  binary_accuracy: {
    params: [x('predictions'), x('labels'), { name: 'threshold', kind: 'number', default: 0.5 }],
    call: (c, a) => t(binaryAccuracy(c.b, T(a, 'predictions'), T(a, 'labels'), N(a, 'threshold'))),
  },
  one_hot: {
    params: [x('labels'), { name: 'depth', kind: 'int' }],
    call: (c, a) => {
      const labels = T(a, 'labels');
      if (labels.type.dtype !== 'i32') throw new StdError('DNN2006', `one_hot expects i32 labels, got ${labels.type.dtype}`);
      const depth = N(a, 'depth');
      if (depth < 1 || depth > MAX_UNITS) throw new StdError('DNN2009', `one_hot needs a depth from 1 to 2^24 (${MAX_UNITS}), got ${depth}`);
      return t(c.b.oneHot(labels, depth));
    },
  },
  accuracy: {
    params: [x('logits'), x('labels')],
    call: (c, a) => t(reduceMean(c.b, inTopK(c.b, T(a, 'logits'), T(a, 'labels'), 1))),
  },
  in_top_k: {
    params: [x('logits'), x('labels'), { name: 'k', kind: 'int', default: 1 }],
    call: (c, a) => t(inTopK(c.b, T(a, 'logits'), noteClasses(c, T(a, 'logits'), T(a, 'labels')), N(a, 'k'))),
  },

  // ---- initializers and regularizers (arguments of dense) ------------------------------------------
  constant: {
    params: [{ name: 'value', kind: 'number' }],
    call: (_c, a) => ({ kind: 'initializer', name: `constant(${N(a, 'value')})`, init: constantInit(N(a, 'value')) }),
  },
  variance_scaling: {
    params: [
      { name: 'scale', kind: 'number', default: 1 }, { name: 'mode', kind: 'string', default: 'fan_in' },
      { name: 'distribution', kind: 'string', default: 'truncated_normal' },
    ],
    call: (_c, a) => {
      const mode = a['mode'] as string;
      const dist = a['distribution'] as string;
      if (!['fan_in', 'fan_out', 'fan_avg'].includes(mode)) throw new StdError('DNN2009', `mode must be "fan_in", "fan_out" or "fan_avg", got "${mode}"`);
      if (!['normal', 'truncated_normal', 'uniform'].includes(dist)) throw new StdError('DNN2009', `distribution must be "normal", "truncated_normal" or "uniform", got "${dist}"`);
      return { kind: 'initializer', name: `variance_scaling(${N(a, 'scale')}, ${mode}, ${dist})`, init: varianceScaling(N(a, 'scale'), mode as FanMode, dist as Distribution) };
    },
  },
  // `params` selects parameters when used in the train block (`regularizer = l1(0.001, params: "hidden*/kernel")`).
  l1: { params: [{ name: 'l1', kind: 'number', default: 0.01 }, PARAMS], call: (_c, a) => reg(a, N(a, 'l1'), 0) },
  l2: { params: [{ name: 'l2', kind: 'number', default: 0.01 }, PARAMS], call: (_c, a) => reg(a, 0, N(a, 'l2')) },
  l1_l2: {
    params: [{ name: 'l1', kind: 'number', default: 0.01 }, { name: 'l2', kind: 'number', default: 0.01 }, PARAMS],
    call: (_c, a) => reg(a, N(a, 'l1'), N(a, 'l2')),
  },

  // ---- optimizers, schedules and other train-block objects -----------------------------------
  ...TRAIN_BUILTINS,
  ...REGIMEN_BUILTINS,
};

export { NAMED_INITIALIZERS };
