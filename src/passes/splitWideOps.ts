// Splitting wide operations: a kernel binds each input it reads and the output it writes, and a
// device lets a kernel bind only so many storage buffers (8 by default). A concat of more inputs
// than that could never be one kernel, so it becomes a tree of concats, each of at most
// `maxBuffers − 1` inputs (concatenation is associative along one axis, so the values are equal).
// Fusion may still inline an inner concat into its parent; when that binds too many buffers it
// materializes the inner one, which this tree makes always possible.
import { IdSource } from '../ir/builder.js';
import { eqn, type Eqn, type Program } from '../ir/program.js';
import type { Var } from '../ir/types.js';

export function splitWideOps(p: Program, maxBuffers: number): Program {
  const width = Math.max(2, maxBuffers - 1);
  if (!p.eqns.some((e) => e.op === 'concat' && e.inputs.length > width)) return p;
  const ids = IdSource.after(p);
  const eqns: Eqn[] = [];
  for (const e of p.eqns) {
    if (e.op !== 'concat' || e.inputs.length <= width) {
      eqns.push(e);
      continue;
    }
    const axis = e.params.axis;
    let level: readonly Var[] = e.inputs;
    // Group the inputs by `width` until one concat of at most `width` parts remains.
    while (level.length > width) {
      const next: Var[] = [];
      for (let i = 0; i < level.length; i += width) {
        const part = level.slice(i, i + width);
        next.push(part.length === 1 ? part[0]! : concatOf(eqns, ids, part, axis, e.out));
      }
      level = next;
    }
    eqns.push({ ...e, inputs: level });
  }
  return { ...p, eqns };
}

/** Appends `concat(parts, axis)` and returns its value. */
function concatOf(eqns: Eqn[], ids: IdSource, parts: readonly Var[], axis: number, whole: Var): Var {
  const rank = whole.type.shape.length;
  const a = axis < 0 ? axis + rank : axis;
  const size = parts.reduce((n, v) => n + v.type.shape[a]!, 0);
  const out: Var = {
    id: ids.fresh(),
    type: { dtype: whole.type.dtype, shape: whole.type.shape.map((d, i) => (i === a ? size : d)) },
    ...(whole.hint ? { hint: whole.hint } : {}),
  };
  eqns.push(eqn('concat', parts, { axis }, out));
  return out;
}
