// Random programs of the shapes batch norm and its gradients take — column statistics, values
// broadcast back over the rows, row sums, elementwise chains, dense layers, in-place state updates — compiled
// by the whole pipeline (row loops, look-ahead scheduling, kernel-internal results, shared
// reduction loops) and run on the device, compared with the float64 reference on both targets.
// The test also checks that the rules under test were exercised (fusion, row loops, results
// kept in registers), not bypassed.
import { describe, expect, it } from 'vitest';
import { Builder, IdSource } from '../../src/ir/builder.js';
import { evaluateProgram } from '../../src/ir/evaluate.js';
import type { Program } from '../../src/ir/program.js';
import type { RefTensor } from '../../src/ir/reference.js';
import type { TensorType, Var } from '../../src/ir/types.js';
import { fuse } from '../../src/passes/fuse.js';
import { simplify } from '../../src/passes/simplify.js';
import { BACKENDS, runOnDevice } from '../helpers/gpu.js';
import { randomTensor, rng } from '../helpers/ir.js';

const f = (...shape: number[]): TensorType => ({ dtype: 'f32', shape });
const PROGRAMS = 40;

/** A random program over x [R, C] and per-column state vectors, with 1–3 outputs and 0–2 updates. */
function randomProgram(seed: number): { p: Program; state: Record<string, RefTensor> } {
  const r = rng(seed);
  const pick = <T>(xs: readonly T[]): T => xs[Math.floor(r() * xs.length)]!;
  const R = pick([12, 40, 64]);
  const C = pick([3, 8, 20]);
  const b = new Builder(new IdSource());
  const x = b.newVar(f(R, C));
  const vs = [b.newVar(f(C)), b.newVar(f(C)), b.newVar(f(C))];
  const w = b.newVar(f(C, C));
  const full: Var[] = [x];
  const cols: Var[] = [...vs];
  const col = (v: Var) => (r() < 0.5 ? v : b.broadcastTo(b.reshape(v, [1, C]), [R, C]));
  for (let k = 0; k < 10; k++) {
    switch (pick(['colsum', 'colmax', 'center', 'map', 'map', 'scale', 'rowsum', 'gate', 'dense'] as const)) {
      case 'colsum': cols.push(b.div(b.reduceSum(b.mul(pick(full), b.tanh(pick(full))), [0]), R)); break;
      case 'colmax': cols.push(b.reduceMax(pick(full), [0])); break;
      case 'center': full.push(b.sub(pick(full), col(pick(cols)))); break;
      case 'map': full.push(b.add(b.mul(pick(full), 0.5), b.tanh(pick(full)))); break;
      case 'scale': { const c = pick(cols); full.push(b.mul(pick(full), col(b.rsqrt(b.add(b.mul(c, c), 1))))); break; }
      case 'rowsum': full.push(b.sub(pick(full), b.div(b.reduceSum(pick(full), [1], true), C))); break;
      case 'dense': full.push(b.add(b.matmul(pick(full), w), pick(cols))); break;
      case 'gate': { const y = pick(full); full.push(b.select(b.gt(y, 0), y, b.sub(b.exp(b.min(y, 0)), 1))); break; }
    }
  }
  const outputs = [full[full.length - 1]!, ...(r() < 0.7 ? [cols[cols.length - 1]!] : []), ...(r() < 0.5 ? [pick(full)] : [])]
    .map((v, i) => ({ name: `o${i}`, var: v }));
  const updates = vs.slice(0, Math.floor(r() * 3)).map((v, i) => ({ name: `v${i}`, var: b.sub(v, b.mul(b.reduceSum(pick(full), [0]), 0.01)) }));
  const p: Program = {
    name: `random${seed}`, inputs: [], eqns: b.eqns, outputs, updates,
    state: [{ name: 'x', var: x }, { name: 'w', var: w }, ...vs.map((v, i) => ({ name: `v${i}`, var: v }))],
  };
  const state: Record<string, RefTensor> = { x: randomTensor(f(R, C), r, -2, 2), w: randomTensor(f(C, C), r, -0.5, 0.5) };
  vs.forEach((_, i) => (state[`v${i}`] = randomTensor(f(C), r, -1, 1)));
  for (const t of Object.values(state)) t.data.set(Float32Array.from(t.data));
  return { p, state };
}

describe.each(BACKENDS)('%s: random batch-norm-shaped programs agree with the float64 reference', (backend) => {
  it(`${PROGRAMS} programs`, async () => {
    let fusedSomewhere = 0;
    let rowLoops = 0;
    let internal = 0;
    for (let seed = 1; seed <= PROGRAMS; seed++) {
      const { p, state } = randomProgram(seed);
      const fused = fuse(simplify(p), 8);
      if (fused.kernels.length < fused.groups.length) fusedSomewhere++;
      if (fused.kernels.some((k) => k.some((g) => g.root.out.type.shape.length !== k[0]!.root.out.type.shape.length))) rowLoops++;
      if (fused.internal.size) internal++;
      const ref = evaluateProgram(p, {}, state);
      const want: Record<string, ArrayLike<number>> = Object.fromEntries(Object.entries(ref.outputs).map(([k, t]) => [k, t.data]));
      for (const [k, t] of Object.entries(ref.updates)) want[`state:${k}`] = t.data;
      const got = await runOnDevice(p, state, 8, backend);
      for (const [k, w] of Object.entries(want)) {
        let worst = 0;
        Array.from(w).forEach((v, i) => {
          const g = got[k]![i]!;
          if (!Number.isFinite(v)) expect(Object.is(g, v) || (Number.isNaN(g) && Number.isNaN(v)), `program ${seed}, ${k}[${i}]`).toBe(true);
          else worst = Math.max(worst, Math.abs(g - v) / Math.max(1, Math.abs(v)));
        });
        expect(worst, `program ${seed}, ${k}`).toBeLessThanOrEqual(1e-4);
      }
    }
    expect(fusedSomewhere).toBeGreaterThan(PROGRAMS / 2);
    console.log(`${backend}: ${fusedSomewhere} of ${PROGRAMS} programs fused, ${rowLoops} with row loops, ${internal} with results kept in registers`);
    expect(rowLoops).toBeGreaterThan(PROGRAMS / 6);
    expect(internal).toBeGreaterThan(0);
  });
});
