// Drops equations whose values reach no output and no state update. The IR has no side
// effects besides updates, so liveness is the whole story.
import type { Program } from '../ir/program.js';

export function eliminateDeadCode(p: Program): Program {
  const live = new Set<number>([...p.outputs, ...p.updates].map((o) => o.var.id));
  const kept = [];
  for (let i = p.eqns.length - 1; i >= 0; i--) {
    const e = p.eqns[i]!;
    if (!live.has(e.out.id)) continue;
    kept.push(e);
    for (const v of e.inputs) live.add(v.id);
  }
  kept.reverse();
  return {
    ...p,
    eqns: kept,
    inputs: p.inputs, // inputs stay: they are the program's interface even when unused
    state: p.state.filter((s) => live.has(s.var.id) || p.updates.some((u) => u.name === s.name)),
  };
}
