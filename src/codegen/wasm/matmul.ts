// A matmul kernel on the CPU: the output is computed in register tiles, each of TM rows × TN
// columns held in f32x4 accumulators across the whole k loop, so every loaded value feeds
// several multiply-adds. Tiles run column panel by column panel (the panel of B stays in
// cache while every row block of A streams past it). A tile's results go to a scratch area at
// the start of memory; the epilogue (bias, activation, an optimizer's update) then runs once per
// element reading them, and writes the output.
//   Before the tiles of a column panel run, that panel of B is copied into consecutive scratch
//   (packing: mnist-bn's large matmuls 8.9 → 7.6 CPU ms), so each k step reads one cache line;
//   a transposed B is transposed on the way (its dY·Wᵀ matmul 1.1 → 0.7 ms), so every layout
//   takes the first kind of tile below. Only where a panel would not fit the scratch (k past ~16k)
//   do the other kinds run, on B in place:
//   - B not transposed (B[k, j] contiguous in j): 4×16 tiles, B rows loaded as four f32x4, A
//     values splatted; the 16-column load may read up to 15 floats past a row (never stored; the
//     runtime pads every buffer).
//   - B transposed, A not (both contiguous in k): 4×4 tiles of dot products, four k at a time,
//     a scalar tail when k is not a multiple of 4.
//   - both transposed: 4×4 tiles of scalar accumulators.
// Rows and columns past the edge are clamped to the last one; their results are not stored.
import type { Eqn } from '../../ir/program.js';
import type { Var } from '../../ir/types.js';
import type { Val } from './body.js';
import { OP, SIMD } from './encoder.js';
import type { Ctx, KernelEmitter } from './emitKernel.js';
import { WASM_SCRATCH_BYTES } from './module.js';

interface Layout {
  readonly m: number;
  readonly n: number;
  readonly k: number;
  /** Byte strides of A along i and k, of B along k and j. */
  readonly sAi: number;
  readonly sAk: number;
  readonly sBk: number;
  readonly sBj: number;
}

/**
 * Rows × columns of a tile, per kind. jvec 4×16 (sixteen f32x4 accumulators), measured on
 * mnist-bn's large matmuls with packed panels: 4×16 ~6.8, 4×12 ~7.4, 4×8 ~8.2 CPU ms together
 * (without packing 4×12 ~8.3, 4×8 ~8.7, 2×16 ~9.2, 3×8 ~11). A tile row's load may read up to 15
 * floats (60 bytes) past B's last row: never stored, within the runtime's 64 bytes of slack.
 */
const TILE: Readonly<Record<'jvec' | 'kvec' | 'scalar', readonly [number, number]>> = {
  jvec: [4, 16],
  kvec: [4, 4],
  scalar: [4, 4],
};

/**
 * A matmul kernel's parameters after its buffers' offsets: the column panels it computes, [lo, hi)
 * of ceil(n / TN) (emitMatmul returns the count), and where its scratch starts. Panels are independent (each packs its own part
 * of B and computes each output element's sum in the same order), so threads may split them any
 * way and get the same bits; each thread passes scratch of its own.
 */
export const MATMUL_EXTRA_PARAMS = 3;

/** `lo`, `hi`, `scratch`: the locals of a matmul kernel's last three parameters (after `buffers` offsets). */
export interface MatmulRange {
  readonly lo: Val;
  readonly hi: Val;
  readonly scratch: Val;
}

export function emitMatmul(em: KernelEmitter, e: Eqn<'matmul'>, out: Var, bufA: number, bufB: number, bufOut: number, range: MatmulRange): number {
  const { b } = em;
  const [a] = e.inputs as [Var, Var];
  const { transA, transB } = e.params;
  const [m, n] = e.out.type.shape as [number, number];
  const k = transA ? a.type.shape[0]! : a.type.shape[1]!;
  const L: Layout = { m, n, k, sAi: transA ? 4 : k * 4, sAk: transA ? m * 4 : 4, sBk: transB ? 4 : n * 4, sBj: transB ? k * 4 : 4 };
  // Panels of B are packed (transposed on the way when B is) unless one would not fit the
  // scratch the runtime accepts (1 MiB); packed, every layout takes the jvec tiles.
  const pack = PANEL + k * TILE.jvec[1] * 4 <= 1 << 20;
  const kind = pack || !transB ? 'jvec' : !transA ? 'kvec' : 'scalar';
  const [TM, TN] = TILE[kind];
  if (TM * TN * 4 > WASM_SCRATCH_BYTES) throw new Error('matmul tile larger than the scratch area');
  if (pack) em.m.needScratch(PANEL + k * TN * 4);
  const scratch = range.scratch;
  const panel = b.add(scratch, { c: PANEL, t: 'i32' });
  panelLoop(em, b.mulc(range.lo, TN), b.mulc(range.hi, TN), TN, (j0) => {
    const bj = b.add(em.base(bufB), b.mulc(j0, 4));
    if (pack && !transB) packPanel(em, L, bj, TN / 4, panel);
    if (pack && transB) packTransposed(em, L, Array.from({ length: TN }, (_, c) => b.add(em.base(bufB), b.mulc(b.minc(b.add(j0, { c, t: 'i32' }), n - 1), L.sBj))), panel);
    const LB: Layout = pack ? { ...L, sBk: TN * 4 } : L;
    b.loop(0, m, TM, (i0) => {
      const rows = Array.from({ length: TM }, (_, r) => b.add(em.base(bufA), b.mulc(b.minc(b.add(i0, { c: r, t: 'i32' }), m - 1), L.sAi)));
      if (kind === 'jvec') jvecTile(em, LB, rows, pack ? panel : bj, m % TM === 0, TN / 4, scratch);
      else {
        const cols = Array.from({ length: TN }, (_, c) => b.add(em.base(bufB), b.mulc(b.minc(b.add(j0, { c, t: 'i32' }), n - 1), L.sBj)));
        if (kind === 'kvec') kvecTile(em, L, rows, cols, scratch);
        else scalarTile(em, L, rows, cols, scratch);
      }
      epilogue(em, out, bufOut, L, TM, TN, i0, j0, scratch);
    });
  });
  return Math.ceil(n / TN);
}

/** Where a packed panel of B starts in the scratch area (after the tile's results). */
const PANEL = 256;

/** for (j0 = from; j0 < to; j0 += step) body(j0), from and to i32 values (the kernel's lo·TN and hi·TN). */
function panelLoop(em: KernelEmitter, from: Val, to: Val, step: number, body: (j0: Val) => void): void {
  const { b } = em;
  const f = b.f;
  const j0 = b.variable('i32', () => b.push(from));
  f.begin('block').begin('loop');
  f.get(j0);
  b.push(to);
  f.op(OP.i32_ge_u).op(OP.br_if, 1);
  b.scoped(() => body({ l: j0, t: 'i32' }));
  f.get(j0).i32(step).op(OP.i32_add).set(j0);
  f.op(OP.br, 0).end().end();
}

/**
 * Copies the panel of B the tiles of one column block read (k rows of TN floats, each row of B
 * strided by n) into consecutive scratch, so the k loops stream it linearly from cache.
 */
function packPanel(em: KernelEmitter, L: Layout, bj: Val, vectors: number, panel: Val): void {
  const { b } = em;
  const f = b.f;
  const dst = b.variable('i32', () => b.push(panel));
  b.loop(0, L.k * L.sBk, L.sBk, (kb) => {
    const src = b.add(bj, kb);
    for (let v = 0; v < vectors; v++) {
      f.get(dst);
      b.push(src);
      f.v128Mem(SIMD.v128_load, v * 16).v128Mem(SIMD.v128_store, v * 16);
    }
    f.get(dst).i32(vectors * 16).op(OP.i32_add).set(dst);
  });
}

/** packPanel for Bᵀ (B[j, k] contiguous in k): element by element, columns past n clamped to the last. */
function packTransposed(em: KernelEmitter, L: Layout, cols: Val[], panel: Val): void {
  const { b } = em;
  const f = b.f;
  const dst = b.variable('i32', () => b.push(panel));
  b.loop(0, L.k * 4, 4, (kb) => {
    cols.forEach((col, c) => {
      f.get(dst);
      b.push(col);
      b.push(kb);
      f.op(OP.i32_add).mem(OP.f32_load).mem(OP.f32_store, c * 4);
    });
    f.get(dst).i32(cols.length * 4).op(OP.i32_add).set(dst);
  });
}

/** Pushes a f32x4 of zeros. */
const zero4 = (em: KernelEmitter) => em.b.f.f32(0).simd(SIMD.f32x4_splat);

/** k steps per pass of the jvec loop: their loads use constant offsets from two pointers. */
const UNROLL = 2;

/**
 * rows: each row's first A element; with `uniform` (no clamped rows) row r is row 0 + r·sAi, so
 * every A load is one pointer plus a constant offset, as every B load is.
 */
function jvecTile(em: KernelEmitter, L: Layout, rows: Val[], bj: Val, uniform: boolean, vectors: number, scratch: Val): void {
  const { b } = em;
  const f = b.f;
  const lanes = Array.from({ length: vectors }, (_, v) => v);
  const acc = rows.map(() => lanes.map(() => b.variable('v128', () => zero4(em))));
  const pb = b.variable('i32', () => b.push(bj));
  const pa = b.variable('i32', () => (uniform ? b.push(rows[0]!) : f.i32(0)));
  const bv = lanes.map(() => f.local('v128'));
  const s = f.local('v128');
  const kStep = (u: number) => {
    bv.forEach((l, v) => f.get(pb).v128Mem(SIMD.v128_load, u * L.sBk + v * 16).set(l));
    rows.forEach((row, r) => {
      if (uniform) f.get(pa).mem(OP.f32_load, r * L.sAi + u * L.sAk);
      else (b.push(row), f.get(pa).op(OP.i32_add).mem(OP.f32_load, u * L.sAk));
      f.simd(SIMD.f32x4_splat).set(s);
      bv.forEach((l, v) => f.get(acc[r]![v]!).get(s).get(l).simd(SIMD.f32x4_mul).simd(SIMD.f32x4_add).set(acc[r]![v]!));
    });
  };
  const whole = L.k - (L.k % UNROLL);
  if (whole > 0) {
    const end = b.tmp('i32', () => (b.push(bj), f.i32(whole * L.sBk).op(OP.i32_add)));
    f.begin('block').begin('loop');
    f.get(pb);
    b.push(end);
    f.op(OP.i32_ge_u).op(OP.br_if, 1);
    for (let u = 0; u < UNROLL; u++) kStep(u);
    f.get(pb).i32(UNROLL * L.sBk).op(OP.i32_add).set(pb);
    f.get(pa).i32(UNROLL * L.sAk).op(OP.i32_add).set(pa);
    f.op(OP.br, 0).end().end();
  }
  for (let u = 0; u < L.k % UNROLL; u++) kStep(u);
  acc.forEach((vs, r) => vs.forEach((l, v) => (b.push(scratch), f.get(l).v128Mem(SIMD.v128_store, (r * vectors + v) * 16))));
}

function kvecTile(em: KernelEmitter, L: Layout, rows: Val[], cols: Val[], scratch: Val): void {
  const { b } = em;
  const f = b.f;
  const k4 = L.k - (L.k % 4);
  const acc = rows.map(() => cols.map(() => b.variable('v128', () => zero4(em))));
  const av = rows.map(() => f.local('v128'));
  const bv = cols.map(() => f.local('v128'));
  if (k4 > 0) {
    b.loop(0, k4 * 4, 16, (kk) => {
      const loadTo = (base: Val, l: number) => (b.push(base), b.push(kk), f.op(OP.i32_add).v128Mem(SIMD.v128_load).set(l));
      rows.forEach((row, r) => loadTo(row, av[r]!));
      cols.forEach((col, c) => loadTo(col, bv[c]!));
      acc.forEach((cs, r) => cs.forEach((l, c) => f.get(l).get(av[r]!).get(bv[c]!).simd(SIMD.f32x4_mul).simd(SIMD.f32x4_add).set(l)));
    });
  }
  const sums = acc.map((cs) =>
    cs.map((l) =>
      b.variable('f32', () => {
        f.get(l).simd(SIMD.f32x4_extract_lane, 0);
        for (let q = 1; q < 4; q++) f.get(l).simd(SIMD.f32x4_extract_lane, q).op(OP.f32_add);
      }),
    ),
  );
  if (L.k % 4) scalarLoop(em, rows, cols, sums, k4 * 4, L.k * 4, 4, 4);
  storeSums(em, sums, cols.length, scratch);
}

function scalarTile(em: KernelEmitter, L: Layout, rows: Val[], cols: Val[], scratch: Val): void {
  const { b } = em;
  const sums = rows.map(() => cols.map(() => b.variable('f32', () => b.f.f32(0))));
  scalarLoop(em, rows, cols, sums, 0, L.k * L.sBk, L.sBk, L.sAk);
  storeSums(em, sums, cols.length, scratch);
}

/** sums[r][c] += A[row r, k] · B[k, col c] for kb in [from, to) step sBk (A advancing by sAk). */
function scalarLoop(em: KernelEmitter, rows: Val[], cols: Val[], sums: number[][], from: number, to: number, sBk: number, sAk: number): void {
  const { b } = em;
  const f = b.f;
  const ka = b.variable('i32', () => f.i32(from === 0 ? 0 : (from / sBk) * sAk));
  const av = rows.map(() => f.local('f32'));
  b.loop(from, to, sBk, (kb) => {
    rows.forEach((row, r) => (b.push(row), f.get(ka).op(OP.i32_add).mem(OP.f32_load).set(av[r]!)));
    cols.forEach((col, c) => {
      const bl = f.local('f32');
      b.push(col);
      b.push(kb);
      f.op(OP.i32_add).mem(OP.f32_load).set(bl);
      rows.forEach((_, r) => f.get(sums[r]![c]!).get(av[r]!).get(bl).op(OP.f32_mul).op(OP.f32_add).set(sums[r]![c]!));
    });
    f.get(ka).i32(sAk).op(OP.i32_add).set(ka);
  });
}

function storeSums(em: KernelEmitter, sums: number[][], tn: number, scratch: Val): void {
  const f = em.b.f;
  sums.forEach((cs, r) => cs.forEach((l, c) => (em.b.push(scratch), f.get(l).mem(OP.f32_store, (r * tn + c) * 4))));
}

/**
 * Runs the kernel's epilogue for each element of the tile inside the matrix: four columns at a
 * time in f32x4 lanes when the row length allows it and the epilogue is all lane-wise maps.
 */
function epilogue(em: KernelEmitter, out: Var, bufOut: number, L: Layout, tm: number, tn: number, i0: Val, j0: Val, scratch: Val): void {
  const { b } = em;
  const f = b.f;
  const lanes = L.n % 4 === 0 && em.vectorizable([L.m, L.n]) && out.type.dtype === 'f32';
  b.loop(0, tm, 1, (r) => {
    const i = b.add(i0, r);
    b.when(() => (b.push(i), f.i32(L.m).op(OP.i32_lt_u)), () => {
      b.loop(0, tn, lanes ? 4 : 1, (c) => {
        const j = b.add(j0, c);
        b.when(() => (b.push(j), f.i32(L.n).op(OP.i32_lt_u)), () => {
          em.vector = lanes;
          em.matmulValue = b.tmp(lanes ? 'v128' : 'f32', () => {
            b.push(b.add(scratch, b.add(b.mulc(r, tn * 4), b.mulc(c, 4))));
            if (lanes) f.v128Mem(SIMD.v128_load);
            else f.mem(OP.f32_load);
          });
          const ctx: Ctx = { shape: [L.m, L.n], coords: [i, j] };
          const result = em.value(out, ctx);
          em.store(bufOut, em.linearOf(ctx), result, out.type.dtype);
          em.matmulValue = null;
          em.vector = false;
        });
      });
    });
  });
}
