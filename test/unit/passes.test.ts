// The passes, one by one: simplification rules, dead code, fusion (by kernel counts), buffer
// planning, gradient pruning for frozen parameters and stop_gradient, and the verifier.
import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { compileSource } from '../../src/compiler/compile.js';
import { resolveImport } from '../../src/cli/source.js';
import { trainingNotes } from '../../src/runtime/fit.js';
import { Builder, IdSource } from '../../src/ir/builder.js';
import type { Program } from '../../src/ir/program.js';
import type { TensorType, Var } from '../../src/ir/types.js';
import { verifyProgram } from '../../src/ir/verify.js';
import { lowerModel } from '../../src/compiler/pipeline.js';
import { StdError } from '../../src/std/errors.js';
import { constantMatmul } from '../../src/passes/constantMatmul.js';
import { eliminateDeadCode } from '../../src/passes/eliminateDeadCode.js';
import { splitWideOps } from '../../src/passes/splitWideOps.js';
import { evaluateProgram } from '../../src/ir/evaluate.js';
import { randomTensor, rng } from '../helpers/ir.js';
import { fuse, LOOP_BUDGET, MAX_ROW_LOOP, SMALL_REDUCTION } from '../../src/passes/fuse.js';
import { simplify } from '../../src/passes/simplify.js';
import { matmulShape, matmulTile, matmulWorkgroupSize } from '../../src/codegen/kernel/shapes.js';
import * as act from '../../src/std/activations.js';
import { manyReductions, stateProgram } from '../helpers/ir.js';

const f = (...shape: number[]): TensorType => ({ dtype: 'f32', shape });
const kernels = (p: Program) => fuse(simplify(p), 8).groups.length;

describe('simplify', () => {
  it('applies x*1, x+0, -(-x) and folds constants', () => {
    const p = stateProgram([f(3)], (b, [x]) => b.neg(b.neg(b.add(b.mul(x!, b.add(b.const(0.5), b.const(0.5))), 0))));
    const s = eliminateDeadCode(simplify(p));
    expect(s.eqns.filter((e) => e.op !== 'const')).toEqual([]);
    expect(s.outputs[0]!.var).toBe(p.state[0]!.var);
  });

  it('shares common subexpressions', () => {
    const p = stateProgram([f(3)], (b, [x]) => b.add(b.exp(x!), b.exp(x!)));
    expect(simplify(p).eqns.filter((e) => e.op === 'exp')).toHaveLength(1);
  });
});

/** The program's output on random state, in float64. */
function outputOf(p: Program, seed = 3): number[] {
  const r = rng(seed);
  const state = Object.fromEntries(p.state.map((s) => [s.name, randomTensor(s.var.type, r, -2, 2)]));
  return [...evaluateProgram(p, {}, state).outputs['out']!.data];
}

describe('constantMatmul', () => {
  it.each([
    [false, false], [true, false], [false, true], [true, true],
  ])('a matmul with a constant-filled operand becomes a sum (transA %s, transB %s), with the same values', (transA, transB) => {
    const A = transA ? f(5, 3) : f(3, 5);
    const B = transB ? f(4, 5) : f(5, 4);
    const right = stateProgram([A], (b, [a]) => b.matmul(a!, b.const(0.25, B.shape), transA, transB));
    const left = stateProgram([B], (b, [x]) => b.matmul(b.const(-1.5, A.shape), x!, transA, transB));
    for (const p of [right, left]) {
      const q = eliminateDeadCode(constantMatmul(simplify(p)));
      expect(() => verifyProgram(q, new Map(q.state.map((s) => [s.name, s.var.type])))).not.toThrow();
      expect(q.eqns.some((e) => e.op === 'matmul')).toBe(false);
      outputOf(q).forEach((v, i) => expect(v).toBeCloseTo(outputOf(p)[i]!, 12));
    }
  });
});

describe('splitWideOps', () => {
  it('a concat of 20 inputs becomes a tree of concats of at most 7, with the same values', () => {
    const p = stateProgram(Array.from({ length: 20 }, (_, i) => f(2, 1 + (i % 3))), (b, xs) => b.concat(xs, 1));
    const q = splitWideOps(p, 8);
    expect(() => verifyProgram(q, new Map(q.state.map((s) => [s.name, s.var.type])))).not.toThrow();
    const concats = q.eqns.filter((e) => e.op === 'concat');
    expect(concats.length).toBeGreaterThan(1);
    for (const e of concats) expect(e.inputs.length).toBeLessThanOrEqual(7);
    expect(outputOf(q)).toEqual(outputOf(p));
    expect(fuse(q, 8).groups.length).toBeGreaterThan(0);
    expect(() => fuse(p, 8)).toThrow();
  });
});

describe('checkBufferSizes', () => {
  it('a buffer over 128 MiB is DNN2011, not a device error', () => {
    const p = stateProgram([f(1)], (b, [x]) => b.add(b.broadcastTo(x!, [8192, 8192]), 1));
    const meta = { inputs: [], outputs: [], metrics: [], params: [], train: { batchSize: 1, evalBatchSize: 1, epochs: 1, optimizer: {} } };
    const model = { name: 'big', state: [{ name: 's0', type: f(1), role: 'param' as const, trainable: true }], programs: { run: p } };
    try {
      lowerModel(model, meta as never);
      expect.unreachable('lowerModel accepted a 256 MiB buffer');
    } catch (e) {
      expect(e).toBeInstanceOf(StdError);
      expect((e as StdError).code).toBe('DNN2011');
      expect((e as StdError).message).toContain('256.0 MiB');
    }
  });
});

describe('eliminateDeadCode', () => {
  it('drops what reaches no output or update', () => {
    const p = stateProgram([f(3)], (b, [x]) => {
      b.exp(x!); // dead
      return b.neg(x!);
    });
    expect(eliminateDeadCode(p).eqns.map((e) => e.op)).toEqual(['neg']);
  });
});

/** A program with several outputs (stateProgram has one). */
function multiOutput(types: TensorType[], body: (b: Builder, xs: Var[]) => Var[]): Program {
  const b = new Builder(new IdSource());
  const xs = types.map((t) => b.newVar(t));
  const outs = body(b, xs);
  return { name: 'm', inputs: [], state: xs.map((v, i) => ({ name: `s${i}`, var: v })), eqns: b.eqns, outputs: outs.map((v, i) => ({ name: `o${i}`, var: v })), updates: [] };
}

describe('horizontal fusion', () => {
  it("independent groups of one shape share a kernel (a layer's γ and β gradients)", () => {
    const p = multiOutput([f(20, 6), f(20, 6)], (b, [g, xh]) => [b.reduceSum(b.mul(g!, xh!), [0]), b.reduceSum(g!, [0])]);
    const fused = fuse(simplify(p), 8);
    expect(fused.groups).toHaveLength(2);
    expect(fused.kernels).toHaveLength(1);
  });
  it('batch-norm statistics are one kernel: mean, variance reading the mean of its own column, both moving averages', () => {
    const b = new Builder(new IdSource());
    const [x, mm, mv] = [b.newVar(f(50, 4)), b.newVar(f(4)), b.newVar(f(4))];
    const mean = b.div(b.reduceSum(x, [0]), 50);
    const d = b.sub(x, mean);
    const variance = b.div(b.reduceSum(b.mul(d, d), [0]), 50);
    const p: Program = {
      name: 'bn', inputs: [{ name: 'x', var: x }], state: [{ name: 'mm', var: mm }, { name: 'mv', var: mv }], eqns: b.eqns,
      outputs: [{ name: 'mean', var: mean }, { name: 'variance', var: variance }],
      updates: [{ name: 'mm', var: b.add(b.mul(mm, 0.9), b.mul(mean, 0.1)) }, { name: 'mv', var: b.add(b.mul(mv, 0.9), b.mul(variance, 0.1)) }],
    };
    const fused = fuse(simplify(p), 8);
    expect(fused.groups).toHaveLength(4);
    expect(fused.kernels).toHaveLength(1);
  });
  it('a reduction reading another group’s result at other indices is not merged with it', () => {
    // Column sums of x·s[row] beside the row sums s: s is read along the reduced axis.
    const p = multiOutput([f(40, 40)], (b, [x]) => {
      const s = b.reduceSum(x!, [1]);
      return [s, b.reduceSum(b.mul(x!, b.reshape(s, [40, 1])), [0])];
    });
    expect(fuse(simplify(p), 8).kernels).toHaveLength(2);
  });
  it('kernels are not merged past the loop budget of one invocation (llvmpipe stops longer loops)', () => {
    const sums = (n: number) => multiOutput([f(n, n), f(n, n)], (b, [x, y]) => [b.reduceSum(x!), b.reduceSum(y!)]);
    expect(fuse(simplify(sums(100)), 8).kernels).toHaveLength(1); // 2 × 10 000 steps
    expect(2 * 200 * 200).toBeGreaterThan(LOOP_BUDGET);
    expect(fuse(simplify(sums(200)), 8).kernels).toHaveLength(2); // 2 × 40 000 steps
  });
  it('a reduction reading a sibling’s column result through a per-column term broadcast over the batch shares its kernel', () => {
    // Σ x·bcast(s/20): the broadcast and s/20 are read in column j's loop at column j only.
    const p = multiOutput([f(20, 6)], (b, [x]) => {
      const s = b.reduceSum(x!, [0]);
      const col = b.broadcastTo(b.reshape(b.div(s, 20), [1, 6]), [20, 6]);
      return [s, b.reduceSum(b.mul(x!, col), [0])];
    });
    const fused = fuse(simplify(p), 8);
    expect(fused.groups).toHaveLength(2);
    expect(fused.kernels).toHaveLength(1);
  });
  it('a term broadcast along the reduced axis is not a column term: reading the sibling there keeps the kernels apart', () => {
    // s has 20 entries (the row sums of a 20×20 x) broadcast along columns: read at the loop's row.
    const p = multiOutput([f(20, 20)], (b, [x]) => {
      const s = b.reduceSum(x!, [1]);
      const row = b.broadcastTo(b.reshape(s, [20, 1]), [20, 20]);
      return [s, b.reduceSum(b.mul(x!, row), [0])];
    });
    expect(fuse(simplify(p), 8).kernels).toHaveLength(2);
  });
  it('updates written in place bind one buffer with their state: three parameter updates share a kernel', () => {
    // Without in-place writes the three sums and six values would bind 10 buffers.
    const b = new Builder(new IdSource());
    const [g, h, k, m] = [b.newVar(f(20, 6)), b.newVar(f(20, 6)), b.newVar(f(20, 6)), b.newVar(f(20, 6))];
    const [a, c, d] = [b.newVar(f(6)), b.newVar(f(6)), b.newVar(f(6))];
    const step = (w: Var, grad: Var) => b.sub(w, b.mul(b.reduceSum(grad, [0]), 0.1));
    const updates = [step(a, g), step(c, b.mul(h, k)), step(d, m)];
    const p: Program = {
      name: 'sgd', inputs: [g, h, k, m].map((v, i) => ({ name: `in${i}`, var: v })), eqns: [...b.eqns], outputs: [],
      state: [a, c, d].map((v, i) => ({ name: `w${i}`, var: v })), updates: updates.map((v, i) => ({ name: `w${i}`, var: v })),
    };
    expect(fuse(simplify(p), 8).kernels).toHaveLength(1);
    // A later kernel's read of the old value forbids writing in place: the update's own buffer
    // counts. (A read at the same index would join the kernel, whose stores follow its loads.)
    const late = b.reduceSum(b.mul(a, 2));
    const q: Program = { ...p, eqns: [...b.eqns], outputs: [{ name: 'late', var: late }] };
    expect(fuse(simplify(q), 8).kernels).toHaveLength(2);
  });
  it('a group of another shape gets its own kernel; one reading another’s result at its own index shares it', () => {
    const p = multiOutput([f(20, 6)], (b, [x]) => {
      const s = b.reduceSum(x!, [0]);
      return [s, b.reduceSum(b.mul(x!, s), [0]), b.reduceSum(x!, [1])];
    });
    // s and Σ x·s (s[j] in column j's loop) share one kernel; the row sums have another shape.
    expect(fuse(simplify(p), 8).kernels).toHaveLength(2);
  });
});

describe('row loops and scheduling', () => {
  it('a layer of batch norm in training mode is one kernel: statistics, moving averages, normalization + ELU', () => {
    const b = new Builder(new IdSource());
    const [z, mm] = [b.newVar(f(50, 4)), b.newVar(f(4))];
    const mean = b.div(b.reduceSum(z, [0]), 50);
    const d = b.sub(z, mean);
    const inv = b.rsqrt(b.add(b.div(b.reduceSum(b.mul(d, d), [0]), 50), 0.001));
    const y = b.mul(d, inv);
    const h = b.select(b.gt(y, 0), y, b.sub(b.exp(b.min(y, 0)), 1));
    const p: Program = { name: 'bn', inputs: [{ name: 'z', var: z }], state: [{ name: 'mm', var: mm }], eqns: b.eqns, outputs: [{ name: 'h', var: h }], updates: [{ name: 'mm', var: b.add(b.mul(mm, 0.9), b.mul(mean, 0.1)) }] };
    const fused = fuse(simplify(p), 8);
    expect(fused.kernels).toHaveLength(1);
    expect(fused.kernels[0]!.map((g) => g.root.out.type.shape)).toContainEqual([50, 4]);
    // The statistics are read only inside the kernel: registers, not buffers.
    expect(fused.internal.size).toBeGreaterThan(0);
  });
  it('a row group reading the column results at other columns (a softmax across them) keeps its own kernel', () => {
    const p = multiOutput([f(50, 4)], (b, [z]) => {
      const mean = b.div(b.reduceSum(z!, [0]), 50);
      const e = b.exp(b.sub(z!, mean));
      return [mean, b.div(e, b.reduceSum(e, [1], true))];
    });
    expect(fuse(simplify(p), 8).kernels).toHaveLength(2);
  });
  it('a row loop longer than MAX_ROW_LOOP rows keeps its own kernel (its work is serial per invocation)', () => {
    const norm = (rows: number) => multiOutput([f(rows, 2)], (b, [z]) => [b.sub(z!, b.div(b.reduceSum(z!, [0]), rows))]);
    expect(fuse(simplify(norm(MAX_ROW_LOOP)), 8).kernels).toHaveLength(1);
    expect(fuse(simplify(norm(MAX_ROW_LOOP + 1)), 8).kernels).toHaveLength(2);
  });
  it('the scheduler moves a ready group ahead to join a kernel, but not ahead of a read of the state it updates', () => {
    // s = Σ_rows x; then an unrelated kernel; then w ← w − Σ_rows x·s (the shape of s, reads s at its index).
    const b = new Builder(new IdSource());
    const [x, y, w] = [b.newVar(f(20, 6)), b.newVar(f(9, 9)), b.newVar(f(6))];
    const s = b.reduceSum(x, [0]);
    const other = b.reduceSum(y, [0]);
    const upd = b.sub(w, b.reduceSum(b.mul(x, s), [0]));
    const mk = (outputs: Program['outputs']): Program => ({ name: 'h', inputs: [x, y].map((v, i) => ({ name: `in${i}`, var: v })), state: [{ name: 'w', var: w }], eqns: b.eqns, outputs, updates: [{ name: 'w', var: upd }] });
    expect(fuse(simplify(mk([{ name: 's', var: s }, { name: 'other', var: other }])), 8).kernels).toHaveLength(2);
    // A group between them that reads the old w pins the update after it.
    const late = b.reduceSum(b.mul(y, b.reduceSum(w)));
    expect(fuse(simplify(mk([{ name: 's', var: s }, { name: 'late', var: late }])), 8).kernels).toHaveLength(3);
  });
  it("the chapter's batch-norm network trains in 19 dispatches per step (57 before issue 11's fusion rules)", () => {
    const c = compileSource({ path: 'examples/mnist-bn.dnn', text: readFileSync('examples/mnist-bn.dnn', 'utf8') }, { resolveImport });
    expect(c.artifact.entries['train_step']!.filter((s) => 'dispatch' in s)).toHaveLength(19);
  });
});

describe('matmul blocks', () => {
  it('GPU blocks: the largest up to 8×12 that leaves 2,048 invocations, else 4×4; software-adapter blocks grow rows and columns together while 48 invocations remain', () => {
    expect(matmulTile(784, 300, true)).toEqual({ TM: 8, TN: 12 }); // 2,450 invocations
    expect(matmulTile(200, 784, true)).toEqual({ TM: 8, TN: 8 }); // 784 is no multiple of 12
    expect(matmulTile(200, 300, true)).toEqual({ TM: 4, TN: 4 }); // 8×12 would be 625
    expect(matmulTile(784, 300, false)).toEqual({ TM: 8, TN: 4 }); // scalar loads: four columns
    expect(matmulTile(50, 300, true)).toEqual({ TM: 4, TN: 4 });
    expect(matmulTile(784, 300, true, 'cpu')).toEqual({ TM: 28, TN: 20 });
    expect(matmulTile(200, 300, true, 'cpu')).toEqual({ TM: 20, TN: 20 });
    expect(matmulTile(112, 300, true, 'cpu')).toEqual({ TM: 28, TN: 20 });
    // 20×100 in 20×20 blocks would be 5 invocations: the largest GPU block, however few invocations.
    expect(matmulTile(20, 100, true, 'cpu')).toEqual({ TM: 4, TN: 4 });
    expect(matmulTile(8, 24, true, 'cpu')).toEqual({ TM: 8, TN: 12 }); // no software block leaves 48 invocations
    expect(matmulTile(8, 24, true, 'gpu')).toEqual({ TM: 4, TN: 4 });
    // Not a large train-step matmul, on a software adapter: cheap to compile, at most 8 rows.
    expect(matmulTile(200, 300, true, 'cpu', false)).toEqual({ TM: 8, TN: 20 });
    expect(matmulTile(784, 300, true, 'cpu', false)).toEqual({ TM: 8, TN: 20 });
    expect(matmulTile(300, 100, true, 'cpu', false)).toEqual({ TM: 4, TN: 20 });
    const facts = { m: 200, n: 300, kdim: 784, transA: false, transB: false, distinct: true };
    expect(matmulShape(facts, 'cpu')).toMatchObject({ TM: 20, TN: 20 }); // 47 M multiply-adds, every step
    expect(matmulShape(facts, 'cpu', false)).toMatchObject({ TM: 8, TN: 20 }); // the evaluation's
    expect(matmulShape({ ...facts, n: 100, kdim: 300 }, 'cpu')).toMatchObject({ TM: 8, TN: 20 }); // 6 M
    expect(matmulShape(facts, 'gpu', false)).toEqual(matmulShape(facts, 'gpu'));
    expect(matmulWorkgroupSize('cpu')).toBe(16);
    expect(matmulWorkgroupSize('gpu')).toBe(64);
  });
});

describe('kernel shapes: cooperative reductions', () => {
  /** The WGSL of each kernel of p, lowered for the given kernel shapes. */
  const wgslOf = (p: Program, kernelShapes: 'gpu' | 'cpu') => {
    const { artifact } = lowerModel(
      { name: 't', state: p.state.map((s) => ({ name: s.name, type: s.var.type, role: 'param', trainable: true })), programs: { run: p } },
      { inputs: [], outputs: [], metrics: [], params: [], train: { batchSize: 1, evalBatchSize: 1, epochs: 1, optimizer: {} } } as never,
      { maxStorageBuffers: 8, kernelShapes },
    );
    return artifact.entries['run']!.flatMap((s) => ('dispatch' in s ? [{ wgsl: artifact.kernels[s.dispatch]!.wgsl ?? '', workgroups: s.workgroups }] : []));
  };
  const coop = (wgsl: string) => wgsl.includes('@builtin(workgroup_id)') && wgsl.includes('var<workgroup>');
  const columnStats = (rows: number) => stateProgram([f(rows, 30)], (b, [x]) => {
    const mean = b.div(b.reduceSum(x!, [0]), rows);
    const d = b.sub(x!, mean);
    return b.add(b.mul(d, b.rsqrt(b.add(b.div(b.reduceSum(b.mul(d, d), [0]), rows), 1e-3))), 1);
  });

  it("'gpu': a column's statistics over 200 rows and its row loop run on a workgroup per column", () => {
    const [k] = wgslOf(columnStats(200), 'gpu');
    expect(coop(k!.wgsl)).toBe(true);
    expect(k!.workgroups).toEqual([30, 1, 1]);
    expect(k!.wgsl).toMatch(/for \(var q\d+: u32 = lane; q\d+ < 200u; q\d+ = q\d+ \+ 64u\)/);
  });
  it("'cpu', or reductions shorter than 32 steps: one invocation per output, summing in order", () => {
    const [cpu] = wgslOf(columnStats(200), 'cpu');
    expect(coop(cpu!.wgsl)).toBe(false);
    expect(cpu!.workgroups).toEqual([1, 1, 1]);
    expect(coop(wgslOf(columnStats(20), 'gpu')[0]!.wgsl)).toBe(false);
  });
  it("'gpu': the mnist-bn step's batch-norm kernels and loss are cooperative, its matmuls are not", () => {
    const file = { path: 'examples/mnist-bn.dnn', text: readFileSync('examples/mnist-bn.dnn', 'utf8') };
    const names = (shapes: 'gpu' | 'cpu') => {
      const a = compileSource(file, { resolveImport, kernelShapes: shapes }).artifact;
      return a.entries['train_step']!.flatMap((s) => ('dispatch' in s && coop(a.kernels[s.dispatch]!.wgsl ?? '') ? [a.kernels[s.dispatch]!.name] : []));
    };
    const gpu = names('gpu');
    expect(gpu.filter((n) => /batch_norm/.test(n))).toHaveLength(6);
    expect(gpu.some((n) => /loss/.test(n))).toBe(true);
    expect(gpu.some((n) => /matmul/.test(n))).toBe(false);
    expect(names('cpu')).toEqual([]);
  });
  it('more reductions than workgroup arrays: the arrays are reused, behind a barrier', () => {
    const [k, ...rest] = wgslOf(manyReductions(), 'gpu');
    expect(rest).toEqual([]);
    expect(coop(k!.wgsl)).toBe(true);
    expect(k!.wgsl.match(/^var<workgroup>/gm)).toHaveLength(16);
    // 20 totals: 16 arrays; the last total read, a barrier, then the first array is written again.
    expect(k!.wgsl).toMatch(/let red\d+ = wg_f32_15\[0\];\n\s*workgroupBarrier\(\);\n\s*wg_f32_0\[lane\] = /);
  });
});

describe('emitting again', () => {
  it('an artifact emitted again with other options equals one compiled with them (dnnc train compiles once)', () => {
    const file = { path: 'examples/mnist-bn.dnn', text: readFileSync('examples/mnist-bn.dnn', 'utf8') };
    const c = compileSource(file, { resolveImport });
    expect(c.artifactWith({ kernelShapes: 'cpu' })).toEqual(compileSource(file, { resolveImport, kernelShapes: 'cpu' }).artifact);
    expect(c.artifactWith({ wasm: true })).toEqual(compileSource(file, { resolveImport, wasm: true }).artifact);
    expect(c.artifactWith({})).toEqual(c.artifact);
  });
});

describe('fusion (kernel counts)', () => {
  it('an elementwise chain is one kernel', () => {
    expect(kernels(stateProgram([f(8, 8), f(8)], (b, [x, y]) => b.tanh(b.mul(b.add(b.exp(x!), y!), 3))))).toBe(1);
  });
  it('dense + bias + ELU is one kernel (matmul core, elementwise epilogue)', () => {
    expect(kernels(stateProgram([f(4, 6), f(6, 5), f(5)], (b, [x, w, c]) => act.elu(b, b.add(b.matmul(x!, w!), c!))))).toBe(1);
  });
  it('a mean of squares is one kernel (reduction with prologue and epilogue)', () => {
    expect(kernels(stateProgram([f(50, 4)], (b, [x]) => b.div(b.reduceSum(b.mul(x!, x!), [0]), 50)))).toBe(1);
  });
  it('softmax over a wide row is three kernels: max, sum of exponentials, normalization (the exponentials are recomputed, not stored)', () => {
    expect(kernels(stateProgram([f(6, 100)], (b, [x]) => act.softmax(b, x!)))).toBe(3);
  });
  it('softmax over a few classes is one kernel: its row reductions are loops inside the normalization', () => {
    expect(kernels(stateProgram([f(6, SMALL_REDUCTION)], (b, [x]) => act.softmax(b, x!)))).toBe(1);
    expect(kernels(stateProgram([f(6, SMALL_REDUCTION + 1)], (b, [x]) => act.softmax(b, x!)))).toBe(3);
  });
  it('a cheap value read by two kernels is recomputed in both; an expensive one is stored', () => {
    const cheap = stateProgram([f(40, 40)], (b, [x]) => {
      const y = b.exp(x!); // one op over a stored input
      return b.add(b.reduceSum(y, [0], true), b.reduceSum(y, [1], true));
    });
    expect(kernels(cheap)).toBe(3); // two reductions and the add; exp is in both reductions
    const chain = stateProgram([f(40, 40)], (b, [x]) => {
      const y = b.tanh(b.exp(b.sin(b.cos(x!)))); // four ops: worth storing
      return b.add(b.reduceSum(y, [0], true), b.reduceSum(y, [1], true));
    });
    expect(kernels(chain)).toBe(4);
  });
  it('broadcasts do not count as ops of a recomputed value (batch norm backward’s per-column terms)', () => {
    // (x − bcast(m))·bcast(r): two ops and two broadcasts, recomputed in both reductions.
    const p = stateProgram([f(40, 30), f(30), f(30)], (b, [x, m, r]) => {
      const bc = (v: Var) => b.broadcastTo(b.reshape(v, [1, 30]), [40, 30]);
      const y = b.mul(b.sub(x!, bc(m!)), bc(r!));
      return b.add(b.reduceSum(y, [0], true), b.reduceSum(y, [1], true));
    });
    expect(kernels(p)).toBe(3);
  });
  it('over the binding limit, the smallest inlined input is stored (a column vector, not its broadcast)', () => {
    // Nine stored inputs: the root's inlined column term (5 vectors) is the one to store.
    const p = stateProgram([f(10, 6), f(10, 6), f(10, 6), f(6), f(6), f(6), f(6), f(6)], (b, [x, y, z, a, c, d, e, g]) => {
      const col = b.add(b.add(b.add(a!, c!), b.add(d!, e!)), g!);
      const full = b.add(b.mul(x!, y!), z!);
      return b.add(full, b.broadcastTo(b.reshape(col, [1, 6]), [10, 6]));
    });
    const fused = fuse(simplify(p), 8);
    expect(fused.groups).toHaveLength(2);
    expect(fused.groups.map((g) => g.root.out.type.shape)).toEqual([[6], [10, 6]]);
  });
  it("matmul operands are stored, not recomputed per column", () => {
    expect(kernels(stateProgram([f(4, 6), f(6, 5)], (b, [x, w]) => b.matmul(b.exp(x!), w!)))).toBe(2);
  });
});

const MODEL = (extra: string) => `
model m
input X: f32[batch, 20]
input y: i32[batch]
hidden1 = relu(dense(X, 16))
hidden2 = relu(dense(${extra.includes('stop') ? 'stop_gradient(hidden1)' : 'hidden1'}, 16))
logits = dense(hidden2, 3)
loss = mean(sparse_softmax_cross_entropy(logits, y))
train {
  batch_size = 8
  ${extra.includes('frozen') ? 'frozen = ["hidden1/*"]' : ''}
  ${extra.includes('frozen') ? 'cache_frozen = false' : ''}
}
`;

describe('gradient pruning', () => {
  const compile = (extra: string) => compileSource({ path: 'm.dnn', text: MODEL(extra) });
  const trainUpdates = (c: ReturnType<typeof compile>) => c.programs('ir-opt')['train_step']!.updates.map((u) => u.name);
  const dwKernels = (c: ReturnType<typeof compile>) => {
    // dW1 = Xᵀ·g is the only matmul reading the input X transposed.
    const a = c.artifact;
    const x = a.buffers.findIndex((b) => b.name === 'input:X');
    return a.entries['train_step']!.filter((s) => 'dispatch' in s && s.buffers.includes(x) && /matmul/.test(a.kernels[s.dispatch]!.name)).length;
  };

  it('trains every parameter by default', () => {
    const c = compile('');
    expect(c.artifact.params).toContain('hidden1/dense/kernel');
    expect(trainUpdates(c)).toContain('hidden1/dense/kernel');
    expect(dwKernels(c)).toBe(2); // forward X·W1 and backward Xᵀ·g
  });

  // Without the frozen-layer cache (which would drop the forward matmul too).
  it.each(['frozen', 'stop'])('%s: no update and no gradient kernel for hidden1', (how) => {
    const c = compile(how);
    expect(c.artifact.params).not.toContain('hidden1/dense/kernel');
    expect(trainUpdates(c)).not.toContain('hidden1/dense/kernel');
    expect(trainUpdates(c)).not.toContain('hidden1/dense/bias');
    expect(dwKernels(c)).toBe(1); // the forward matmul only
  });
});

describe('buffer planning', () => {
  it('writes SGD updates in place (no copies in the train step)', () => {
    const c = compileSource({ path: 'm.dnn', text: MODEL('') });
    expect(c.artifact.entries['train_step']!.filter((s) => 'copy' in s)).toEqual([]);
  });

  it('reuses scratch buffers across kernels', () => {
    const c = compileSource({ path: 'm.dnn', text: MODEL('') });
    const temps = c.artifact.buffers.filter((b) => b.kind === 'temp').length;
    const stores = c.artifact.entries['train_step']!.filter((s) => 'dispatch' in s).length;
    expect(temps).toBeLessThan(stores / 2);
  });
});

describe('verifier', () => {
  it('rejects a value used before its definition and a wrong type', () => {
    const b = new Builder(new IdSource());
    const x = b.newVar(f(3));
    const y = b.exp(x);
    const z = b.neg(y);
    const good: Program = { name: 'p', inputs: [{ name: 'x', var: x }], state: [], eqns: b.eqns, outputs: [{ name: 'z', var: z }], updates: [] };
    expect(() => verifyProgram(good)).not.toThrow();
    expect(() => verifyProgram({ ...good, eqns: [...good.eqns].reverse() })).toThrow(/before its definition/);
    const bad: Var = { id: 99, type: f(4) };
    expect(() => verifyProgram({ ...good, eqns: [{ ...good.eqns[0]!, out: bad }] , outputs: [{ name: 'z', var: bad }] })).toThrow(/its rule gives/);
  });
});

describe('frozen-layer caching (findFrozenCut)', () => {
  const model = (hidden: string) => `
model m
input X: f32[batch, 20]
input y: i32[batch]
hidden1 = ${hidden}
logits = dense(hidden1, 3, name: "outputs")
loss = mean(sparse_softmax_cross_entropy(logits, y))
train {
  batch_size = 4
  frozen = ["hidden1/*"]
  cache_frozen = true
}`;
  const cacheInputs = (hidden: string) => compileSource({ path: 'm.dnn', text: model(hidden) }).artifact.inputs.filter((i) => i.role === 'cache');

  it('caches the whole frozen layer when it is a per-example function, for training and evaluation', () => {
    expect(cacheInputs('dense(X, 6, activation: relu, name: "hidden1")')).toEqual([
      { name: 'cache/0', dtype: 'f32', example: [6], role: 'cache' },
      { name: 'eval_cache/0', dtype: 'f32', example: [6], role: 'cache' },
    ]);
  });

  it('stops before batch norm in training mode (it mixes the rows of a batch), and says so', () => {
    // The cut is the frozen matmul's output: batch statistics must be recomputed every step.
    const c = compileSource({ path: 'm.dnn', text: model('relu(batch_norm(dense(X, 6, name: "hidden1"), name: "bn"))') });
    expect(c.artifact.inputs.filter((i) => i.name.startsWith('cache/')).map((i) => i.example)).toEqual([[6]]);
    expect(c.programs('ir-opt')['train_step']!.updates.map((u) => u.name)).toContain('bn/moving_mean');
    expect(c.artifact.train.cache).toEqual({ layers: ['hidden1'], eval: true, stop: expect.stringMatching(/^bn: it reduces over the batch \(batch norm in training mode/) });
    expect(trainingNotes(c.artifact)[0]).toMatch(/^caching hidden1 \(frozen: .*\); stops at bn: /);
  });

  it('caches automatically unless cache_frozen = false, and only what is frozen', () => {
    const text = (setting: string) => model('dense(X, 6, activation: relu, name: "hidden1")').replace('cache_frozen = true', setting);
    const roles = (setting: string) => compileSource({ path: 'm.dnn', text: text(setting) }).artifact.inputs.map((i) => i.name);
    expect(roles('')).toEqual(['X', 'y', 'cache/0', 'eval_cache/0']);
    expect(roles('cache_frozen = false')).toEqual(['X', 'y']);
    expect(roles('').length).toBe(roles('cache_frozen = true').length);
    const unfrozen = compileSource({ path: 'm.dnn', text: text('').replace('frozen = ["hidden1/*"]', '') }).artifact;
    expect(unfrozen.inputs.map((i) => i.name)).toEqual(['X', 'y']);
    expect(unfrozen.train.cache).toBeUndefined();
  });

  it('reports why a dropout after the frozen layers stops training\'s cache but not evaluation\'s', () => {
    const c = compileSource({ path: 'm.dnn', text: model('dropout(dense(X, 6, activation: relu, name: "hidden1"), rate: 0.5)').replace('cache_frozen = true', '') });
    expect(c.artifact.train.cache?.stop).toMatch(/dropout.*random numbers/);
    // Inference has no dropout: evaluation caches the whole frozen layer.
    expect(c.artifact.inputs.map((i) => i.name)).toEqual(['X', 'y', 'cache/0', 'eval_cache/0']);
  });

  it('does not cache training from augmented inputs (they change every epoch), but caches evaluation (never augmented)', () => {
    const text = model('dense(X, 6, activation: relu, name: "hidden1")')
      .replace('cache_frozen = true', 'augment = augment(shift: 1, image: [4, 5])');
    const a = compileSource({ path: 'm.dnn', text }).artifact;
    expect(a.inputs.map((i) => i.name)).toEqual(['X', 'y', 'eval_cache/0']);
    expect(a.train.cache).toEqual({ layers: [], eval: true, stop: 'augment transforms the inputs every epoch' });
    expect(trainingNotes(a)).toEqual([
      'caching frozen layers for evaluation only (once per split); training does not: augment transforms the inputs every epoch',
      'augmenting 4×5 training images: shift ±1 px',
    ]);
  });

  it('reports a model whose frozen layers do not start at the inputs', () => {
    expect(() => cacheInputs('dense(dropout(X, rate: 0.2), 6, name: "hidden1")')).toThrow(/nothing to cache/);
  });
});
