// The verifier runs after every pass: SSA (each value defined once, before use), every
// equation's type agrees with its type rule, outputs and updates are defined, and updates
// keep the state's type.
import { OPS, type OpDef, type OpKind } from './ops/index.js';
import type { Eqn, ModelIR, Program } from './program.js';
import { fmtType, shapeEq, type TensorType } from './types.js';

export class VerifyError extends Error {
  constructor(program: string, message: string) {
    super(`IR verification failed in ${program}: ${message}`);
    this.name = 'VerifyError';
  }
}

/** The output type e's rule gives for its inputs' types. */
function typeOf<K extends OpKind>(e: Eqn<K>): TensorType {
  const def: OpDef<K> = OPS[e.op];
  return def.type(e.inputs.map((v) => v.type), e.params);
}

const sameType = (a: TensorType, b: TensorType) => a.dtype === b.dtype && shapeEq(a.shape, b.shape);

export function verifyProgram(p: Program, stateTypes?: ReadonlyMap<string, TensorType>): void {
  const fail = (m: string): never => {
    throw new VerifyError(p.name, m);
  };
  const defined = new Set<number>();
  const define = (id: number, what: string) => {
    if (defined.has(id)) fail(`value ${id} (${what}) is defined twice`);
    defined.add(id);
  };
  for (const i of p.inputs) define(i.var.id, `input ${i.name}`);
  for (const s of p.state) {
    define(s.var.id, `state ${s.name}`);
    const t = stateTypes?.get(s.name);
    if (stateTypes && !t) fail(`reads unknown state '${s.name}'`);
    if (t && !sameType(t, s.var.type)) fail(`state '${s.name}' is ${fmtType(t)} but read as ${fmtType(s.var.type)}`);
  }
  p.eqns.forEach((e, n) => {
    for (const v of e.inputs) if (!defined.has(v.id)) fail(`equation ${n} (${e.op}) uses value ${v.id} before its definition`);
    if (e.op !== 'const') {
      const t = typeOf(e);
      if (!sameType(t, e.out.type)) fail(`equation ${n} (${e.op}) has type ${fmtType(e.out.type)}, its rule gives ${fmtType(t)}`);
    }
    define(e.out.id, `equation ${n}`);
  });
  for (const o of p.outputs) if (!defined.has(o.var.id)) fail(`output '${o.name}' is undefined`);
  const updated = new Set<string>();
  for (const u of p.updates) {
    if (!defined.has(u.var.id)) fail(`update of '${u.name}' is undefined`);
    if (updated.has(u.name)) fail(`'${u.name}' is updated twice`);
    updated.add(u.name);
    const t = stateTypes?.get(u.name);
    if (stateTypes && !t) fail(`updates unknown state '${u.name}'`);
    if (t && !sameType(t, u.var.type)) fail(`update of '${u.name}' is ${fmtType(u.var.type)}, the state is ${fmtType(t)}`);
  }
}

export function verifyModel(m: ModelIR): void {
  const types = new Map(m.state.map((s) => [s.name, s.type]));
  for (const p of Object.values(m.programs)) verifyProgram(p, types);
}
