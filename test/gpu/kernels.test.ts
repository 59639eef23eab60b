// Every primitive's kernels against the float64 reference, on the real WebGPU adapter and on the
// WebAssembly target; plus the fusion shapes the compiler forms (epilogues, prologues, broadcasts, remaps).
import { describe, expect, it } from 'vitest';
import { Builder, IdSource } from '../../src/ir/builder.js';
import { fuse } from '../../src/passes/fuse.js';
import { evaluateProgram } from '../../src/ir/evaluate.js';
import { OPS, type OpKind } from '../../src/ir/ops/index.js';
import type { TensorType, Var } from '../../src/ir/types.js';
import type { Program } from '../../src/ir/program.js';
import type { RefTensor } from '../../src/ir/reference.js';
import { simplify } from '../../src/passes/simplify.js';
import { manyReductions, randomTensor, rng, stateProgram } from '../helpers/ir.js';
import type { KernelShapes } from '../../src/contract/artifact.js';
import { BACKENDS, runOnDevice, type Backend } from '../helpers/gpu.js';

const f = (...shape: number[]): TensorType => ({ dtype: 'f32', shape });
const i32 = (...shape: number[]): TensorType => ({ dtype: 'i32', shape });
const u32 = (...shape: number[]): TensorType => ({ dtype: 'u32', shape });

interface Case {
  name: string;
  ops: OpKind[];
  types: TensorType[];
  range?: [number, number];
  body: (b: Builder, xs: Var[]) => Var;
  /** Relative tolerance (f32 transcendental functions are not correctly rounded). */
  tol?: number;
}

const un = (op: OpKind, range?: [number, number]): Case => ({
  name: op, ops: [op], types: [f(7, 13)], range, body: (b, [x]) => b.emit(op, [x!], {} as never),
});
const bin = (op: OpKind, range?: [number, number]): Case => ({
  name: op, ops: [op], types: [f(5, 1, 9), f(3, 9)], range, body: (b, [x, y]) => b.emit(op, [x!, y!], {} as never),
});

const cases: Case[] = [
  ...(['neg', 'exp', 'tanh', 'abs', 'sign', 'cos', 'sin', 'floor', 'is_finite'] as OpKind[]).map((op) => un(op, [-3, 3])),
  { ...un('exp', [-100, 88]), name: 'exp over its whole f32 range' },
  un('log', [0.1, 5]), un('sqrt', [0.1, 5]), un('rsqrt', [0.1, 5]),
  ...(['add', 'sub', 'mul', 'max', 'min', 'gt', 'ge', 'lt', 'le', 'eq', 'ne'] as OpKind[]).map((op) => bin(op)),
  bin('div', [0.5, 2]), bin('pow', [0.5, 2]),
  { name: 'eq/ne on equal values', ops: ['eq', 'ne'], types: [f(4, 4)], body: (b, [x]) => b.add(b.eq(x!, x!), b.ne(x!, b.floor(x!))) },
  { name: 'i32 arithmetic', ops: ['add', 'mul', 'sub'], types: [i32(6, 5), i32(5)], range: [-50, 50], body: (b, [x, y]) => b.cast(b.sub(b.mul(x!, y!), b.add(x!, 3)), 'f32') },
  { name: 'select', ops: ['select'], types: [f(4, 6), f(4, 6), f(6)], body: (b, [c, x, y]) => b.select(b.gt(c!, 0), x!, y!) },
  { name: 'cast f32→i32→f32', ops: ['cast'], types: [f(3, 8)], range: [-9, 9], body: (b, [x]) => b.cast(b.cast(x!, 'i32'), 'f32') },
  { name: 'stop_gradient', ops: ['stop_gradient'], types: [f(3, 4)], body: (b, [x]) => b.mul(b.stopGradient(x!), 2) },
  { name: 'const', ops: ['const'], types: [f(2, 3)], body: (b, [x]) => b.add(x!, b.const(-1.5, [2, 3])) },
  ...[[false, false], [true, false], [false, true], [true, true]].map(([ta, tb]): Case => ({
    name: `matmul ${ta ? 'Aᵀ' : 'A'}·${tb ? 'Bᵀ' : 'B'}`, ops: ['matmul'],
    types: [ta ? f(37, 19) : f(19, 37), tb ? f(23, 37) : f(37, 23)],
    body: (b, [x, y]) => b.matmul(x!, y!, ta, tb),
  })),
  // Dimensions divisible by 4 take the vec4 path (four k-steps per loop); the ones above do not.
  ...[[false, false], [true, false], [false, true], [true, true]].map(([ta, tb]): Case => ({
    name: `matmul vec4 ${ta ? 'Aᵀ' : 'A'}·${tb ? 'Bᵀ' : 'B'}`, ops: ['matmul'],
    types: [ta ? f(24, 8) : f(8, 24), tb ? f(12, 24) : f(24, 12)],
    body: (b, [x, y]) => b.add(b.matmul(x!, y!, ta, tb), 1),
  })),
  ...[false, true].map((ta): Case => ({
    name: `matmul 8-row tiles, scalar loads ${ta ? 'Aᵀ' : 'A'}`, ops: ['matmul'],
    types: [ta ? f(5, 16) : f(16, 5), f(5, 7)],
    body: (b, [x, y]) => b.matmul(x!, y!, ta, false),
  })),
  { name: 'matmul + bias + elu epilogue', ops: ['matmul'], types: [f(9, 17), f(17, 11), f(11)],
    body: (b, [x, w, c]) => { const z = b.add(b.matmul(x!, w!), c!); return b.select(b.gt(z, 0), z, b.sub(b.exp(b.min(z, 0)), 1)); } },
  // Last axes that are multiples of 4: the wasm target computes these maps in f32x4 lanes.
  { name: 'lanes: unary chain', ops: ['exp', 'rsqrt', 'sign', 'abs', 'neg', 'floor', 'sqrt'], types: [f(3, 8)], range: [-3, 3],
    body: (b, [x]) => b.add(b.add(b.exp(x!), b.rsqrt(b.add(b.abs(x!), 0.5))), b.add(b.mul(b.sign(x!), b.floor(b.neg(x!))), b.sqrt(b.abs(x!)))) },
  { name: 'lanes: exp over its whole range', ops: ['exp'], types: [f(4, 16)], range: [-100, 88], body: (b, [x]) => b.exp(x!) },
  { name: 'lanes: broadcasts, comparisons, select', ops: ['gt', 'ge', 'lt', 'le', 'eq', 'ne', 'select', 'max', 'min', 'div'], types: [f(3, 1, 8), f(5, 8), f(3, 5, 1)],
    body: (b, [x, y, z]) => b.add(b.select(b.gt(x!, y!), b.sub(x!, y!), b.mul(b.div(x!, 2), z!)),
      b.add(b.add(b.ge(x!, z!), b.lt(y!, z!)), b.add(b.le(x!, y!), b.mul(b.max(b.min(x!, z!), y!), b.add(b.eq(x!, x!), b.ne(y!, z!)))))) },
  { name: 'lanes: reduce_sum over rows, prologue and epilogue', ops: ['reduce_sum'], types: [f(7, 12), f(12)],
    body: (b, [x, g]) => b.mul(b.reduceSum(b.mul(x!, x!), [0]), g!) },
  { name: 'lanes: reduce_max over axes 0,1 keepdims', ops: ['reduce_max'], types: [f(3, 5, 8)], body: (b, [x]) => b.sub(x!, b.reduceMax(x!, [0, 1], true)) },
  // Past ~16k, a packed panel of B would not fit the wasm target's scratch: its unpacked tiles run.
  ...[[false, true], [true, true], [false, false]].map(([ta, tb]): Case => ({
    name: `matmul ${ta ? 'Aᵀ' : 'A'}·${tb ? 'Bᵀ' : 'B'}, k past the packing limit`, ops: ['matmul'],
    types: [ta ? f(16401, 5) : f(5, 16401), tb ? f(6, 16401) : f(16401, 6)],
    // Sums of 16k f32 products (|result| ~ 40) carry ~1e-4 relative error on either target.
    tol: 1e-3,
    body: (b, [x, y]) => b.matmul(x!, y!, ta, tb),
  })),
  { name: 'log-softmax over rows (row reductions computed once per row)', ops: ['reduce_max', 'reduce_sum'], types: [f(6, 9)], range: [-3, 3],
    body: (b, [x]) => { const z = b.sub(x!, b.reduceMax(x!, [1], true)); return b.sub(z, b.log(b.reduceSum(b.exp(z), [1], true))); } },
  { name: 'matmul + bias + elu epilogue in lanes', ops: ['matmul'], types: [f(9, 17), f(17, 12), f(12)],
    body: (b, [x, w, c]) => { const z = b.add(b.matmul(x!, w!), c!); return b.select(b.gt(z, 0), z, b.sub(b.exp(b.min(z, 0)), 1)); } },
  // 50 rows (a batch of 50): the vec4 path with the last block's rows clamped and not stored.
  { name: 'matmul with rows not a multiple of the block (vec4 path) + epilogue', ops: ['matmul'], types: [f(50, 16), f(16, 12), f(12)],
    body: (b, [x, w, c]) => b.max(b.add(b.matmul(x!, w!), c!), 0) },
  { name: 'matmul Bᵀ with a lanes epilogue', ops: ['matmul'], types: [f(6, 10), f(8, 10), f(6, 8)],
    body: (b, [x, w, g]) => b.mul(b.matmul(x!, w!, false, true), b.max(g!, 0)) },
  { name: 'reduce_sum axes 0,2', ops: ['reduce_sum'], types: [f(4, 5, 6)], body: (b, [x]) => b.reduceSum(x!, [0, 2]) },
  { name: 'reduce_sum keepdims + prologue', ops: ['reduce_sum'], types: [f(6, 7)], body: (b, [x]) => b.reduceSum(b.mul(x!, x!), [1], true) },
  { name: 'reduce_sum all / n epilogue', ops: ['reduce_sum'], types: [f(300)], body: (b, [x]) => b.div(b.reduceSum(x!), 300) },
  { name: 'reduce_max', ops: ['reduce_max'], types: [f(5, 8)], body: (b, [x]) => b.reduceMax(x!, [1]) },
  { name: 'reduce_max axis 0 keepdims', ops: ['reduce_max'], types: [f(5, 8)], body: (b, [x]) => b.sub(x!, b.reduceMax(x!, [0], true)) },
  // Small reductions are loops inside their consumer, nested in a larger one: a mean over rows of
  // a log-sum-exp over 10 classes (distinct loop counters, invariants hoisted out of loops).
  // Longer than a kernel's loop may run on llvmpipe (65535 iterations): split before fusion.
  { name: 'Σ|W| over a 784×300 kernel (235 200 terms)', ops: ['reduce_sum', 'abs'], types: [f(784, 300)], tol: 1e-4, body: (b, [x]) => b.reduceSum(b.abs(x!), [0, 1]) },
  { name: 'max over 100 003 values', ops: ['reduce_max'], types: [f(100003)], body: (b, [x]) => b.reduceMax(x!, [0]) },
  { name: 'nested small reductions: mean log-sum-exp', ops: ['reduce_sum', 'reduce_max'], types: [f(40, 10)], tol: 1e-4,
    body: (b, [x]) => {
      const m = b.reduceMax(x!, [1], true);
      const lse = b.add(b.log(b.reduceSum(b.exp(b.sub(x!, m)), [1], true)), m);
      return b.div(b.reduceSum(b.sub(lse, b.reduceSum(x!, [1], true))), 40);
    } },
  { name: 'broadcast_to', ops: ['broadcast_to'], types: [f(3, 1)], body: (b, [x]) => b.broadcastTo(x!, [2, 3, 4]) },
  { name: 'reshape', ops: ['reshape'], types: [f(4, 6)], body: (b, [x]) => b.mul(b.reshape(x!, [3, 8]), b.const(2, [8])) },
  { name: 'concat axis 1 with epilogue', ops: ['concat'], types: [f(5, 3), f(5, 4)], body: (b, [x, y]) => b.mul(b.concat([x!, b.exp(y!)], 1), 2) },
  { name: 'concat axis 0', ops: ['concat'], types: [f(2, 6), f(3, 6), f(1, 6)], body: (b, [x, y, z]) => b.concat([x!, y!, z!], 0) },
  { name: 'slice', ops: ['slice'], types: [f(6, 7)], body: (b, [x]) => b.slice(x!, [2, 1], [3, 5]) },
  { name: 'pad', ops: ['pad'], types: [f(3, 4)], body: (b, [x]) => b.add(b.pad(x!, [1, 2], [0, 1]), 1) },
  { name: 'one_hot', ops: ['one_hot'], types: [i32(9)], range: [-1, 7], body: (b, [y]) => b.oneHot(y!, 6) },
  { name: 'random_uniform bit-exact', ops: ['random_uniform'], types: [u32()], range: [0, 1000], tol: 0, body: (b, [k]) => b.randomUniform([17, 33], 5, 77, k!) },
];

// Matmuls large enough for the blocks of software adapters (KernelShapes 'cpu': 8×20 here, the
// blocks of every matmul but the train step's large ones, whose 20×20 and 28×20 blocks
// test/gpu/training.test.ts trains with; the cases above keep the GPU blocks, being too small to
// leave 48 invocations).
const cpuBlockCases: Case[] = [
  { name: 'matmul A·B + bias + ELU, 8×20 blocks', ops: ['matmul'], types: [f(200, 64), f(64, 300), f(300)], tol: 1e-4,
    body: (b, [x, w, c]) => { const z = b.add(b.matmul(x!, w!), c!); return b.select(b.gt(z, 0), z, b.sub(b.exp(b.min(z, 0)), 1)); } },
  { name: 'matmul Aᵀ·B (a weight gradient), 8×20 blocks', ops: ['matmul'], types: [f(40, 112), f(40, 300)], tol: 1e-4, body: (b, [x, g]) => b.matmul(x!, g!, true, false) },
  { name: 'matmul A·Bᵀ (an input gradient), 8×20 blocks', ops: ['matmul'], types: [f(200, 100), f(300, 100)], tol: 1e-4, body: (b, [g, w]) => b.matmul(g!, w!, false, true) },
  // 30 rows: no software block divides them, so 4×12 blocks whose last rows lie past the end
  // (the epilogue's loop over the block skips them).
  { name: 'matmul A·B + bias + ELU, rows past the last block', ops: ['matmul'], types: [f(30, 64), f(64, 300), f(300)], tol: 1e-4,
    body: (b, [x, w, c]) => { const z = b.add(b.matmul(x!, w!), c!); return b.select(b.gt(z, 0), z, b.sub(b.exp(b.min(z, 0)), 1)); } },
];

describe.each(BACKENDS)('%s kernels agree with the float64 reference', (backend) => {
  const blockCases = backend === 'webgpu' ? cpuBlockCases.map((c) => ({ ...c, blocks: 'cpu' as const })) : [];
  [...cases.map((c) => ({ ...c, blocks: 'gpu' as const })), ...blockCases].forEach((c, n) => {
    it(`${c.name}${c.blocks === 'cpu' ? ' (software-adapter blocks)' : ''}`, async () => {
      const r = rng(500 + n);
      const [lo, hi] = c.range ?? [-1, 1];
      const args = c.types.map((t) => randomTensor(t, r, lo, hi));
      // Quantize to f32 first so that both sides see the same inputs.
      for (const a of args) if (a.type.dtype === 'f32') a.data.set(Float32Array.from(a.data));
      const p = stateProgram(c.types, c.body);
      const state = Object.fromEntries(args.map((a, i) => [`s${i}`, a]));
      const want = evaluateProgram(p, {}, state).outputs['out']!.data;
      const got = (await runOnDevice(p, state, 8, backend, c.blocks))['out']!;
      const tol = c.tol ?? 2e-5;
      expect(got.length).toBe(want.length);
      let worst = 0;
      want.forEach((w, k) => (worst = Math.max(worst, Math.abs(got[k]! - w) / Math.max(1, Math.abs(w)))));
      expect(worst).toBeLessThanOrEqual(tol);
    });
  });

  it('covers every primitive', () => {
    const tested = new Set(cases.flatMap((c) => c.ops));
    expect((Object.keys(OPS) as OpKind[]).filter((k) => !tested.has(k))).toEqual([]);
  });

  it('a kernel with several outputs (horizontal fusion) computes each as the reference', async () => {
    const b = new Builder(new IdSource());
    const g = b.newVar(f(30, 7));
    const xh = b.newVar(f(30, 7));
    const outs = [b.reduceSum(b.mul(g, xh), [0]), b.reduceSum(g, [0]), b.reduceMax(xh, [0])];
    const p = { name: 'm', inputs: [], state: [{ name: 's0', var: g }, { name: 's1', var: xh }], eqns: b.eqns, outputs: outs.map((v, i) => ({ name: `o${i}`, var: v })), updates: [] };
    expect(fuse(p, 8).kernels).toHaveLength(1);
    const r = rng(77);
    const state = { s0: randomTensor(f(30, 7), r), s1: randomTensor(f(30, 7), r) };
    for (const t of Object.values(state)) t.data.set(Float32Array.from(t.data));
    const want = evaluateProgram(p, {}, state).outputs;
    const got = await runOnDevice(p, state, 8, backend);
    for (const k of ['o0', 'o1', 'o2']) want[k]!.data.forEach((w, i) => expect(got[k]![i]).toBeCloseTo(w, 5));
  });

  it('a kernel whose later group reads an earlier one at its own index (batch-norm mean, then variance)', async () => {
    const b = new Builder(new IdSource());
    const x = b.newVar(f(60, 7));
    const mean = b.div(b.reduceSum(x, [0]), 60);
    const d = b.sub(x, mean);
    const outs = [mean, b.div(b.reduceSum(b.mul(d, d), [0]), 60)];
    const p = { name: 'm', inputs: [], state: [{ name: 's0', var: x }], eqns: b.eqns, outputs: outs.map((v, i) => ({ name: `o${i}`, var: v })), updates: [] };
    expect(fuse(p, 8).kernels).toHaveLength(1);
    const state = { s0: randomTensor(f(60, 7), rng(78), 2, 4) };
    state.s0.data.set(Float32Array.from(state.s0.data));
    const want = evaluateProgram(p, {}, state).outputs;
    const got = await runOnDevice(p, state);
    for (const k of ['o0', 'o1']) want[k]!.data.forEach((w, i) => expect(got[k]![i]).toBeCloseTo(w, 5));
  });

  // Batch norm in training mode, both directions, as the train step computes it: per column,
  // its statistics and then a loop over the rows of the column (row loop), in one kernel.
  // 8 columns: the wasm target runs these kernels in f32x4 lanes across columns; 7: scalar.
  // 'gpu' kernel shapes split the 60 rows over a workgroup's lanes; 'cpu' shapes sum them in order.
  const shapes = backend === 'wasm' ? (['gpu'] as const) : (['gpu', 'cpu'] as const);
  describe.each(shapes)('kernel shapes %s', (kernelShapes) => {
    it.each([7, 8])('batch norm forward in one kernel: statistics, moving averages in place, normalization + ELU in a row loop (%i columns)', async (C) => {
      const { p, state } = batchNormForward(C);
      expect(fuse(simplify(p), 8).kernels).toHaveLength(1);
      await expectAgrees(p, state, backend, kernelShapes);
    });
    it.each([7, 8])('batch norm backward in one kernel: column sums (in registers), the input gradient in a row loop, bias/γ/β updates reading it (%i columns)', async (C) => {
      const { p, state, sums } = batchNormBackward(C);
      const fused = fuse(simplify(p), 8);
      expect(fused.kernels).toHaveLength(1);
      for (const id of sums) expect(fused.internal.has(id)).toBe(true);
      await expectAgrees(p, state, backend, kernelShapes);
    });
    it('20 sums and maxima in one loop (more than a workgroup\'s arrays: some reused)', async () => {
      const p = manyReductions();
      await expectAgrees(p, { s0: randomTensor(p.state[0]!.var.type, rng(93), -3, 3) }, backend, kernelShapes);
    });
    it('a cross-entropy to one scalar over 300 rows: each row\'s max and sum of exponentials inside the batch sum', async () => {
      const p = stateProgram([f(300, 10), f(300, 10)], (b, [z, y]) => {
        const m = b.reduceMax(z!, [1], true);
        const lse = b.add(b.log(b.reduceSum(b.exp(b.sub(z!, m)), [1], true)), m);
        return b.div(b.reduceSum(b.mul(y!, b.sub(lse, z!))), 300);
      });
      const r = rng(94);
      await expectAgrees(p, { s0: randomTensor(f(300, 10), r, -4, 4), s1: randomTensor(f(300, 10), r, 0, 1) }, backend, kernelShapes);
    });
  });
});

/** Runs p on the device and compares its outputs and state updates with the float64 reference. */
async function expectAgrees(p: Program, state: Record<string, RefTensor>, backend: Backend, kernelShapes: KernelShapes = 'gpu', tol = 2e-5): Promise<void> {
  for (const t of Object.values(state)) if (t.type.dtype === 'f32') t.data.set(Float32Array.from(t.data));
  const ref = evaluateProgram(p, {}, state);
  const want: Record<string, ArrayLike<number>> = Object.fromEntries(Object.entries(ref.outputs).map(([k, t]) => [k, t.data]));
  for (const [k, t] of Object.entries(ref.updates)) want[`state:${k}`] = t.data;
  const got = await runOnDevice(p, state, 8, backend, kernelShapes);
  for (const [k, w] of Object.entries(want)) {
    let worst = 0;
    Array.from(w).forEach((x, i) => (worst = Math.max(worst, Math.abs(got[k]![i]! - x) / Math.max(1, Math.abs(x)))));
    expect(worst, k).toBeLessThanOrEqual(tol);
  }
}

const R = 60;

/** z [R,C] → batch statistics, moving averages (updated), ELU(γ·ẑ + β). */
function batchNormForward(C: number): { p: Program; state: Record<string, RefTensor> } {
  const b = new Builder(new IdSource());
  const [z, gamma, beta, mm, mv] = [b.newVar(f(R, C)), b.newVar(f(C)), b.newVar(f(C)), b.newVar(f(C)), b.newVar(f(C))];
  const mean = b.div(b.reduceSum(z, [0]), R);
  const d = b.sub(z, mean);
  const variance = b.div(b.reduceSum(b.mul(d, d), [0]), R);
  const y = b.add(b.mul(b.mul(d, b.rsqrt(b.add(variance, 0.001))), gamma), beta);
  const h = b.select(b.gt(y, 0), y, b.sub(b.exp(b.min(y, 0)), 1));
  const names = ['z', 'gamma', 'beta', 'mm', 'mv'];
  const p: Program = {
    name: 'bn', inputs: [], eqns: b.eqns,
    state: [z, gamma, beta, mm, mv].map((v, i) => ({ name: names[i]!, var: v })),
    outputs: [{ name: 'h', var: h }, { name: 'mean', var: mean }, { name: 'variance', var: variance }],
    updates: [{ name: 'mm', var: b.add(b.mul(mm, 0.9), b.mul(mean, 0.1)) }, { name: 'mv', var: b.add(b.mul(mv, 0.9), b.mul(variance, 0.1)) }],
  };
  const r = rng(91);
  const state = { z: randomTensor(f(R, C), r, 1, 3), gamma: randomTensor(f(C), r, 0.5, 1.5), beta: randomTensor(f(C), r), mm: randomTensor(f(C), r), mv: randomTensor(f(C), r, 0.5, 1) };
  return { p, state };
}

/**
 * The backward of y = γ·(z − μ)/σ + β for an upstream gradient g, written as differentiation
 * leaves it (column sums broadcast back over the rows), with SGD updates of the bias (the sum of
 * the input gradient), γ and β, all in place.
 */
function batchNormBackward(C: number): { p: Program; state: Record<string, RefTensor>; sums: number[] } {
  const b = new Builder(new IdSource());
  const [g, z, mean, variance, gamma, beta, bias] = [b.newVar(f(R, C)), b.newVar(f(R, C)), b.newVar(f(C)), b.newVar(f(C)), b.newVar(f(C)), b.newVar(f(C)), b.newVar(f(C))];
  const inv = b.rsqrt(b.add(variance, 0.001));
  const d = b.sub(z, mean);
  const gy = b.mul(g, gamma);
  const sumG = b.reduceSum(gy, [0]);
  const sumGD = b.reduceSum(b.mul(gy, d), [0]);
  const col = (v: Var) => b.broadcastTo(b.reshape(v, [1, C]), [R, C]);
  const dvar = b.mul(sumGD, b.mul(b.mul(b.mul(inv, inv), inv), -0.5));
  const dz = b.add(b.add(b.mul(gy, inv), b.mul(col(b.div(dvar, R)), b.mul(d, 2))), col(b.div(b.neg(b.mul(sumG, inv)), R)));
  const names = ['g', 'z', 'mean', 'variance', 'gamma', 'beta', 'bias'];
  const p: Program = {
    name: 'bn_grad', inputs: [], eqns: b.eqns,
    state: [g, z, mean, variance, gamma, beta, bias].map((v, i) => ({ name: names[i]!, var: v })),
    outputs: [{ name: 'dz', var: dz }],
    updates: [
      { name: 'bias', var: b.sub(bias, b.mul(b.reduceSum(dz, [0]), 0.01)) },
      { name: 'gamma', var: b.sub(gamma, b.mul(b.reduceSum(b.mul(g, b.mul(d, inv)), [0]), 0.01)) },
      { name: 'beta', var: b.sub(beta, b.mul(b.reduceSum(g, [0]), 0.01)) },
    ],
  };
  const r = rng(92);
  const state = {
    g: randomTensor(f(R, C), r), z: randomTensor(f(R, C), r, 1, 3), mean: randomTensor(f(C), r, 1.5, 2.5), variance: randomTensor(f(C), r, 0.2, 0.6),
    gamma: randomTensor(f(C), r, 0.5, 1.5), beta: randomTensor(f(C), r), bias: randomTensor(f(C), r),
  };
  return { p, state, sums: [sumG.id, sumGD.id] };
}

describe.each(BACKENDS)('%s kernels agree with the float64 reference (binding limit)', (backend) => {
  it('splits a kernel that would bind more buffers than allowed', async () => {
    const types = Array.from({ length: 6 }, () => f(8));
    const p = stateProgram(types, (b, xs) => xs.slice(1).reduce((acc, x) => b.mul(b.add(acc, x), 0.5), xs[0]!));
    const r = rng(9);
    const state = Object.fromEntries(types.map((t, i) => [`s${i}`, randomTensor(t, r)]));
    const want = evaluateProgram(p, {}, state).outputs['out']!.data;
    const got = (await runOnDevice(p, state, 4, backend))['out']!;
    want.forEach((w, k) => expect(got[k]).toBeCloseTo(w, 5));
  });
});
