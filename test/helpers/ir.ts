// Shared helpers for IR-level tests: seeded data, programs from a builder closure, and a
// finite-difference gradient check in a random direction (as JAX's check_grads does).
import { mulberry32 } from '../../src/data/dataset.js';
import { Builder, IdSource } from '../../src/ir/builder.js';
import { evaluateProgram } from '../../src/ir/evaluate.js';
import type { Program } from '../../src/ir/program.js';
import { refTensor, type RefTensor } from '../../src/ir/reference.js';
import { numel, type TensorType, type Var } from '../../src/ir/types.js';
import { differentiate } from '../../src/passes/differentiate.js';
import { eliminateDeadCode } from '../../src/passes/eliminateDeadCode.js';

/** A seeded uniform [0, 1) generator (the data loaders' mulberry32). */
export const rng = mulberry32;

export function randomTensor(type: TensorType, r: () => number, lo = -1, hi = 1): RefTensor {
  const n = numel(type.shape);
  const t = refTensor(type);
  for (let i = 0; i < n; i++) {
    t.data[i] = type.dtype === 'f32' ? lo + (hi - lo) * r() : Math.floor(lo + (hi - lo) * r());
  }
  return t;
}

/** A program reading each argument as state `s0, s1, ...` and producing output `out`. */
/**
 * Σ over 20 column sums and maxima of one [100, 4] input: one kernel whose 20 reductions share a
 * loop (more than a cooperative kernel's 16 workgroup arrays, so some are reused).
 */
export function manyReductions(): Program {
  return stateProgram([{ dtype: 'f32', shape: [100, 4] }], (b, [x]) => Array.from({ length: 20 }, (_, k) =>
    k % 2 ? b.reduceMax(b.sub(x!, k), [0]) : b.reduceSum(b.mul(x!, k + 1), [0])).reduce((a, r) => b.add(a, r)));
}

export function stateProgram(types: readonly TensorType[], body: (b: Builder, xs: Var[]) => Var): Program {
  const ids = new IdSource();
  const b = new Builder(ids);
  const xs = types.map((t) => b.newVar(t));
  const out = body(b, xs);
  return {
    name: 'test',
    inputs: [],
    state: xs.map((v, i) => ({ name: `s${i}`, var: v })),
    eqns: b.eqns,
    outputs: [{ name: 'out', var: out }],
    updates: [],
  };
}

/**
 * Checks the VJP of `body` at `args` against central differences of the float64 reference,
 * contracting the output with a random cotangent and perturbing the f32 inputs in a random
 * direction. Returns [analytic, numeric] directional derivatives.
 */
export function gradCheck(
  types: readonly TensorType[],
  args: readonly RefTensor[],
  body: (b: Builder, xs: Var[]) => Var,
  seed = 1,
  eps = 1e-6,
  /** The function whose finite differences are expected (default: body itself). */
  numericBody = body,
): [number, number] {
  const r = rng(seed);
  const fwd = stateProgram(types, body);
  const outType = fwd.outputs[0]!.var.type;
  const cot = randomTensor(outType, r);
  // loss = Σ out·cot, so ∂loss/∂x is exactly the VJP of the cotangent.
  const lossProg = stateProgram([...types, outType], (b, xs) => {
    const y = body(b, xs.slice(0, types.length));
    return b.reduceSum(b.mul(y, xs[types.length]!));
  });
  const lossP: Program = eliminateDeadCode({ ...lossProg, outputs: [{ name: 'loss', var: lossProg.outputs[0]!.var }] });
  const numProg = stateProgram([...types, outType], (b, xs) =>
    b.reduceSum(b.mul(numericBody(b, xs.slice(0, types.length)), xs[types.length]!)),
  );
  const numP: Program = eliminateDeadCode({ ...numProg, outputs: [{ name: 'loss', var: numProg.outputs[0]!.var }] });
  const diffNames = types.map((t, i) => (t.dtype === 'f32' ? `s${i}` : null)).filter((x): x is string => x !== null);
  const { program, grads } = differentiate(lossP, 'loss', diffNames);
  // A state the loss does not reach has no gradient entry: its derivative is zero.
  const reached = diffNames.filter((n) => grads.has(n));
  const withGrads: Program = eliminateDeadCode({ ...program, outputs: reached.map((n) => ({ name: n, var: grads.get(n)! })) });
  const state = (xs: readonly RefTensor[]) => Object.fromEntries([...xs, cot].map((t, i) => [`s${i}`, t]));
  const g = evaluateProgram(withGrads, {}, state(args)).outputs;
  const dirs = args.map((a) => randomTensor(a.type, r));
  let analytic = 0;
  for (const n of reached) {
    const i = Number(n.slice(1));
    g[n]!.data.forEach((v, k) => (analytic += v * dirs[i]!.data[k]!));
  }
  const lossAt = (sign: number) => {
    const moved = args.map((a, i) =>
      a.type.dtype === 'f32' ? refTensor(a.type, a.data.map((v, k) => v + sign * eps * dirs[i]!.data[k]!)) : a,
    );
    return evaluateProgram(numP, {}, state(moved)).outputs['loss']!.data[0]!;
  };
  const numeric = (lossAt(1) - lossAt(-1)) / (2 * eps);
  return [analytic, numeric];
}
