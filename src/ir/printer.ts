// A deterministic text form of a Program: values renumbered in order of definition, so that
// dumps are stable golden files and diffs read like code reviews. A dump is a program: the printer
// refuses a reference to a value the program does not define, so no golden file can freeze an
// ill-formed program.
import type { Eqn, Program } from './program.js';
import { fmtType, type Var } from './types.js';

function fmtParam(v: unknown): string {
  if (Array.isArray(v)) return `[${v.join(',')}]`;
  return String(v);
}

export function printProgram(p: Program): string {
  const names = new Map<number, string>();
  const name = (v: Var) => {
    const n = names.get(v.id);
    if (n === undefined) throw new Error(`printProgram: ${p.name} refers to value ${v.id}${v.hint ? ` (${v.hint})` : ''}, which it does not define`);
    return n;
  };
  const define = (v: Var) => {
    names.set(v.id, `%${names.size}`);
    return name(v);
  };
  const lines: string[] = [`program ${p.name} {`];
  for (const i of p.inputs) lines.push(`  input ${define(i.var)}: ${fmtType(i.var.type)} = ${i.name}`);
  for (const s of p.state) lines.push(`  state ${define(s.var)}: ${fmtType(s.var.type)} = ${s.name}`);
  for (const e of p.eqns) lines.push(`  ${printEqnWith(e, name, define)}`);
  for (const o of p.outputs) lines.push(`  output ${o.name} = ${name(o.var)}`);
  for (const u of p.updates) lines.push(`  update ${u.name} = ${name(u.var)}`);
  lines.push('}');
  return lines.join('\n') + '\n';
}

function printEqnWith(e: Eqn, name: (v: Var) => string, define: (v: Var) => string): string {
  const args = e.inputs.map(name);
  const params = Object.entries(e.params).map(([k, v]) => `${k}=${fmtParam(v)}`);
  const inner = [...args, ...params].join(', ');
  const hint = e.out.hint ? `  # ${e.out.hint}` : '';
  return `${define(e.out)}: ${fmtType(e.out.type)} = ${e.op}(${inner})${hint}`;
}
