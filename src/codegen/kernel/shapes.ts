// A kernel's shape parameters as data, decided once per kernel from the kernel's sizes and the
// adapters the artifact is shaped for (KernelShapes), before any text is written: the matmul's
// register block (TM×TN), its loads (vec4 or scalar), the steps of k per loop iteration, the
// workgroup size, and how the epilogue covers the block. A renderer (../wgsl) turns the record
// into code; it decides nothing of the shape itself.
import type { KernelShapes } from '../../contract/artifact.js';

/** Invocations per workgroup of an index kernel (one invocation per output index). */
export const WORKGROUP_SIZE = 64;
/** Output rows and columns per matmul invocation, the smallest block. */
const TILE = 4;

/** The facts of one matmul core that its shape depends on. */
export interface MatmulFacts {
  /** Rows and columns of the result, and the length of the summed axis. */
  readonly m: number;
  readonly n: number;
  readonly kdim: number;
  readonly transA: boolean;
  readonly transB: boolean;
  /** Whether A, B and the output are three different buffers (vec4 views need it). */
  readonly distinct: boolean;
}

/** How one matmul kernel is shaped. */
export interface MatmulShape extends MatmulFacts {
  /** The register block: output rows × columns per invocation. */
  readonly TM: number;
  readonly TN: number;
  /** Whether A and B are read as vec4 (four steps of k per iteration of the k loop), else one scalar per step. */
  readonly vectorized: boolean;
  /** Steps of k per iteration of the k loop (the loop's fixed inner unroll). */
  readonly kUnroll: number;
  /** Blocks along the columns, and in all (one invocation each). */
  readonly tilesN: number;
  readonly tiles: number;
  readonly workgroupSize: number;
  /**
   * How the epilogue covers the block's TM·TN elements: 'unrolled', one copy of its code per
   * element (what a GPU's compiler keeps in registers), or 'loop', one copy in a loop over the
   * block (its accumulators copied to an array first). Either computes the same values.
   */
  readonly epilogue: 'unrolled' | 'loop';
}

/**
 * The whole shape of a matmul kernel for the adapters `shapes` (see matmulTile). `often`: whether
 * the kernel runs at every training step (train_step's), else rarely (evaluation, prediction).
 */
export function matmulShape(f: MatmulFacts, shapes: KernelShapes, often = true): MatmulShape {
  const { m, n, kdim, transA, transB, distinct } = f;
  // Four steps of k at a time with vec4 loads where the layout allows it: each loaded vector
  // then feeds four multiply-adds instead of one (4× fewer loads, the bottleneck on CPUs).
  const vecA = transA ? m % 4 === 0 : kdim % 4 === 0;
  const vecB = transB ? kdim % 4 === 0 : n % 4 === 0;
  const vec4 = kdim % 4 === 0 && vecA && vecB && distinct;
  // Large blocks only where they pay for their compile: every step, and a large product.
  const { TM, TN } = matmulTile(m, n, vec4, shapes, often && m * n * kdim >= LARGE_MATMUL);
  // Rows past the last (m not a multiple of TM) read a clamped row of A and are not stored, so
  // A·B keeps the vec4 path for any batch (50); Aᵀ's vec4 loads take TM rows at once.
  const vectorized = vec4 && (transA ? m % TM === 0 : true) && n % TN === 0;
  const tilesN = Math.ceil(n / TN);
  return {
    ...f, TM, TN, vectorized, kUnroll: vectorized ? 4 : 1, tilesN, tiles: Math.ceil(m / TM) * tilesN,
    workgroupSize: matmulWorkgroupSize(shapes),
    // A software adapter compiles every copy of the epilogue (a fused optimizer update, a batch
    // norm's gradient) for every element of its large blocks: 560 copies made the mnist-bn
    // artifact 1.7 MB of WGSL and its first epoch minutes of shader compiling.
    epilogue: shapes === 'cpu' ? 'loop' : 'unrolled',
  };
}

/**
 * The block of outputs one matmul invocation computes, TM rows × TN columns, for the adapters
 * the artifact is shaped for (KernelShapes). TN > 4 only on the vec4 path, where columns come
 * four to a load.
 *   - 'gpu': at most 8×12 (a GPU keeps the accumulators in registers; larger blocks would spill
 *     and leave too few invocations), eight rows only when they divide evenly: the largest such
 *     block that still leaves GPU_MIN_INVOCATIONS invocations, else 4×4. Measured on an NVIDIA
 *     H200 (docs/performance.md): the 200×300 forward matmul in 4×4 blocks (3,750 invocations)
 *     instead of 8×12 (625) made the mnist-bn step ~15% faster.
 *   - 'cpu' (llvmpipe, SwiftShader): every storage load is a loop over the SIMD lanes, a scalar
 *     load per lane and component, and costs far more than a multiply-add, so on the vec4 path
 *     the block that feeds the most multiply-adds per load (TM·TN for TM + TN loads per step
 *     of k) wins, among those that divide the result and still leave MATMUL_MIN_INVOCATIONS
 *     invocations to spread over the threads and lanes; else the largest 'gpu' block. Measured on
 *     llvmpipe (docs/performance.md): 28×20 and 20×20 beat 8×12 by ~30% on the 784×300
 *     matmuls; 20×12 or 8×20 keep little of the gain; 20×20 for a 20×100 result (5
 *     invocations) is slower than 4×4.
 *     Those blocks are only for the large matmuls of every training step (`often`): llvmpipe
 *     compiles a kernel in a time that grows faster than its block (cold, the 200×300×784
 *     forward matmul: 8×12 0.6 s, 8×20 1.6 s, 12×12 1.5 s, 20×20 7 s; 784×300 in 28×20 15 s;
 *     docs/performance.md). Any other matmul (the evaluation's, prediction's, a small one of
 *     the train step) gets the same rule with at most RARE_ROWS rows (8×20 for 200×300), which
 *     compiles 5× faster and, measured, runs about as fast.
 */
export function matmulTile(m: number, n: number, vec4: boolean, shapes: KernelShapes = 'gpu', often = true): { TM: number; TN: number } {
  let best: { TM: number; TN: number } | undefined;
  const perLoad = (t: { TM: number; TN: number }) => (t.TM * t.TN) / (t.TM + t.TN);
  for (const TM of vec4 && shapes === 'cpu' ? (often ? CPU_ROWS : CPU_ROWS.filter((r) => r <= RARE_ROWS)) : []) {
    for (const TN of CPU_COLUMNS) {
      if (m % TM || n % TN || (m / TM) * (n / TN) < MATMUL_MIN_INVOCATIONS) continue;
      if (!best || perLoad({ TM, TN }) > perLoad(best)) best = { TM, TN };
    }
  }
  if (best) return best;
  // The largest block of at most 8×12 that leaves `least` invocations (4×4 if none does).
  const least = shapes === 'gpu' ? GPU_MIN_INVOCATIONS : 0;
  const rows = m % 8 === 0 ? [8, TILE] : [TILE];
  const cols = vec4 ? [...GPU_COLUMNS.filter((c) => n % c === 0), TILE] : [TILE];
  const blocks = rows.flatMap((TM) => cols.map((TN) => ({ TM, TN }))).sort((x, y) => y.TM * y.TN - x.TM * x.TN);
  return blocks.find((t) => Math.ceil(m / t.TM) * Math.ceil(n / t.TN) >= least) ?? { TM: TILE, TN: TILE };
}
/** Invocations a GPU matmul keeps at least, when 4×4 blocks allow it (a GPU hides latency with many). */
const GPU_MIN_INVOCATIONS = 2048;
/** Column counts tried for a vec4 matmul's block on a GPU, widest first. */
const GPU_COLUMNS = [12, 8, 4];
/** Row and column counts tried for a vec4 matmul's block on a CPU adapter, widest first (multiples of 4). */
const CPU_ROWS = [28, 24, 20, 16, 12, 8, 4];
const CPU_COLUMNS = [20, 16, 12, 8, 4];
/** At most this many rows in a cheap-to-compile block on a CPU adapter (see matmulTile). */
const RARE_ROWS = 8;
/**
 * Multiply-adds (m·n·k) from which a train-step matmul gets the large blocks on a CPU adapter
 * (mnist-bn: the two 784×300 ones, 47 M each; the 300×100 ones, 6 M, compile 5–9× faster in
 * 8×20 or 4×20 blocks and run as fast).
 */
const LARGE_MATMUL = 2 ** 25;
/** Three 16-wide workgroups: 200×100 in 20×20 blocks (50 invocations) still gains. */
const MATMUL_MIN_INVOCATIONS = 48;

/**
 * Invocations per matmul workgroup. llvmpipe runs each workgroup on one thread, eight
 * invocations at a time, so with its large blocks a 64-wide group would leave a few workgroups
 * to share unevenly among the threads (200×300 in 20×20 blocks: 150 invocations, three 64-wide
 * workgroups for two threads): 16 there. A GPU wants whole warps: 64.
 */
export function matmulWorkgroupSize(shapes: KernelShapes): number {
  return shapes === 'cpu' ? 16 : WORKGROUP_SIZE;
}
