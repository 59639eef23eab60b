// The language's built-in functions: each declares its parameters (names, kinds, defaults) and
// calls the standard library. Argument checking is generic (elaborate.ts), so every built-in
// reports arity, unknown names and wrong kinds the same way.
import type { Var } from '../ir/types.js';
import * as act from '../std/activations.js';
import type { InitFn, ProgramContext } from '../std/context.js';
import type { Schedule } from '../std/schedules.js';
import { NAMED_INITIALIZERS } from '../std/initializers.js';
import { batchNorm, dense } from '../std/layers.js';
import { inTopK, reduceMax, reduceMean, reduceSum, sparseSoftmaxCrossEntropy } from '../std/losses.js';
import { TRAIN_BUILTINS } from './trainBuiltins.js';
import type { Value } from './values.js';

export type ParamKind = 'tensor' | 'int' | 'number' | 'bool' | 'string' | 'initializer' | 'activation' | 'axes' | 'schedule';

/** The JavaScript value each kind converts to. */
export interface KindValue {
  tensor: Var;
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
      { name: 'name', kind: 'string', default: null },
    ],
    call: (c, a) => {
      const y = dense(c, T(a, 'x'), {
        units: N(a, 'units'), useBias: a['use_bias'] as boolean,
        kernelInitializer: a['kernel_initializer'] as InitFn, biasInitializer: a['bias_initializer'] as InitFn,
        name: opt<'string'>(a, 'name'),
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
  stop_gradient: unary((c, v) => c.b.stopGradient(v)),
  float: unary((c, v) => c.b.cast(v, 'f32')),

  // ---- activations --------------------------------------------------------------------------
  relu: unary((c, v) => act.relu(c.b, v)),
  elu: { params: [x(), { name: 'alpha', kind: 'number', default: 1 }], call: (c, a) => t(act.elu(c.b, T(a, 'x'), N(a, 'alpha'))) },
  leaky_relu: { params: [x(), { name: 'alpha', kind: 'number', default: 0.2 }], call: (c, a) => t(act.leakyRelu(c.b, T(a, 'x'), N(a, 'alpha'))) },
  selu: unary((c, v) => act.selu(c.b, v)),
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
    call: (c, a) => t(sparseSoftmaxCrossEntropy(c.b, T(a, 'logits'), T(a, 'labels'))),
  },
  in_top_k: {
    params: [x('logits'), x('labels'), { name: 'k', kind: 'int', default: 1 }],
    call: (c, a) => t(inTopK(c.b, T(a, 'logits'), T(a, 'labels'), N(a, 'k'))),
  },

  // ---- optimizers, schedules and other train-block objects -----------------------------------
  ...TRAIN_BUILTINS,
};

export { NAMED_INITIALIZERS };
