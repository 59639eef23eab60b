// Optimizers: IR that turns (parameter, gradient) pairs into state updates, compiled and fused
// like the rest of the step. Slots are state named `<param>/<optimizer>/<slot>`.
import type { Var } from '../ir/types.js';
import type { ProgramContext } from './context.js';
import { zerosInit } from './initializers.js';

export interface ParamGrad {
  readonly name: string;
  readonly param: Var;
  readonly grad: Var;
}

export interface OptimizerSpec {
  readonly kind: string;
  readonly settings: Readonly<Record<string, number | boolean>>;
  /**
   * Emits the updates of every parameter (and slot). `learningRate` is an f32 scalar computed
   * on the GPU; `step` the u32 count of updates already applied (0 for the first).
   */
  apply(ctx: ProgramContext, params: readonly ParamGrad[], learningRate: Var, step: Var): void;
}

/** θ ← θ − η·g */
export function sgd(): OptimizerSpec {
  return {
    kind: 'sgd',
    settings: {},
    apply(ctx, params, lr) {
      const b = ctx.b;
      for (const p of params) ctx.update(p.name, b.sub(p.param, b.mul(p.grad, lr)));
    },
  };
}

/**
 * Momentum (Polyak 1964) as tf.train.MomentumOptimizer: v ← μ·v + g; θ ← θ − η·v.
 * Nesterov (Sutskever et al. 2013, TF's form): θ ← θ − η·(g + μ·v) with the new v.
 * The chapter writes m ← βm − ηg, θ ← θ + m, which is the same up to scaling v by −η when η is
 * constant (TF's form keeps the velocity independent of a changing learning rate).
 */
export function momentum(mu: number, nesterov: boolean): OptimizerSpec {
  return {
    kind: 'momentum',
    settings: { momentum: mu, nesterov },
    apply(ctx, params, lr) {
      const b = ctx.b;
      for (const p of params) {
        const slot = `${p.name}/momentum/velocity`;
        const v = ctx.state(slot, p.param.type, 'slot', false, zerosInit);
        const vNew = b.add(b.mul(v, mu), p.grad);
        ctx.update(slot, vNew);
        const step = nesterov ? b.add(p.grad, b.mul(vNew, mu)) : vNew;
        ctx.update(p.name, b.sub(p.param, b.mul(step, lr)));
      }
    },
  };
}
