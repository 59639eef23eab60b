// The float64 reference interpreter: runs a Program on RefTensors. Tests compare every GPU
// kernel, every gradient and every optimizer against it.
import { OPS, type OpDef, type OpKind } from './ops/index.js';
import type { Eqn, Program } from './program.js';
import { roundTo, type RefTensor } from './reference.js';
import type { Var } from './types.js';

export interface EvalResult {
  outputs: Record<string, RefTensor>;
  updates: Record<string, RefTensor>;
}

export function evaluateEqn<K extends OpKind>(e: Eqn<K>, inputs: readonly RefTensor[]): RefTensor {
  const def: OpDef<K> = OPS[e.op];
  const r = def.evaluate(inputs, e.params, e.out.type);
  if (e.out.type.dtype !== 'f32') r.data.forEach((v, i) => (r.data[i] = roundTo(e.out.type.dtype, v)));
  return r;
}

export function evaluateProgram(
  p: Program,
  inputs: Readonly<Record<string, RefTensor>>,
  state: Readonly<Record<string, RefTensor>>,
): EvalResult {
  const env = new Map<number, RefTensor>();
  const bind = (name: string, v: Var, src: Readonly<Record<string, RefTensor>>, what: string) => {
    const t = src[name];
    if (!t) throw new Error(`reference evaluation of ${p.name}: missing ${what} '${name}'`);
    env.set(v.id, t);
  };
  for (const i of p.inputs) bind(i.name, i.var, inputs, 'input');
  for (const s of p.state) bind(s.name, s.var, state, 'state');
  for (const e of p.eqns) {
    env.set(e.out.id, evaluateEqn(e, e.inputs.map((v) => env.get(v.id)!)));
  }
  const get = (v: Var) => env.get(v.id)!;
  return {
    outputs: Object.fromEntries(p.outputs.map((o) => [o.name, get(o.var)])),
    updates: Object.fromEntries(p.updates.map((u) => [u.name, get(u.var)])),
  };
}
