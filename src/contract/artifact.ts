// The artifact: what `dnnc compile` writes and the runtime loads without the compiler. A
// versioned, self-describing plan: buffers, kernels (WGSL), and for each entry point the list
// of steps (dispatches and copies) that one call performs.
import type { ArtifactWasm } from './wasm.js';
import type { ArtifactSettingsOf, TrainSettingKind } from './trainSettings.js';

export const ARTIFACT_FORMAT = 'dnnc-artifact';
export const ARTIFACT_VERSION = 1;

/** Names of the bookkeeping state every model has (created by src/model/build.ts). */
export const COUNTERS = {
  step: 'counter/step',
  epoch: 'counter/epoch',
  batch: 'counter/batch',
  evalBatch: 'counter/eval_batch',
  cacheBatch: 'counter/cache_batch',
  seed: 'rng/seed',
} as const;

/** End-of-epoch state the runtime reads with the validation metrics. */
export const EPOCH_FLAGS = {
  /** 1 when early stopping says to stop. */
  stop: 'early_stopping/stop',
  /** The factor reduce-on-plateau applies to the learning rate. */
  lrScale: 'schedule/lr_scale',
} as const;

/**
 * The confusion matrix, compiled on request (`confusion: true`; `dnnc eval --confusion`): an
 * entry like eval_step that sums counts[true class, predicted class] into an f32 [K, K]
 * accumulator (reset by begin_eval).
 */
export const CONFUSION = { entry: 'confusion_step', counts: 'acc/confusion/counts' } as const;

/** The eval step's input carrying the batch weight (written by the feed kernel). */
export const WEIGHT_INPUT = '__weight';

export type BufferKind =
  /** persistent model state: parameters, statistics, optimizer slots, counters, accumulators */
  | 'state'
  /** one batch of an input (X, y), filled by the feed kernels or by the embedding app */
  | 'input'
  /** an entry point's named result (predictions, loss) */
  | 'output'
  /** scratch, shared between entry points by the buffer planner */
  | 'temp'
  /** bound by the runtime to a dataset split it uploaded (size known only then) */
  | 'dataset';

export interface ArtifactBuffer {
  readonly name: string;
  readonly kind: BufferKind;
  /** 0 for dataset buffers */
  readonly bytes: number;
  readonly dtype: 'f32' | 'i32' | 'u32';
  readonly shape?: readonly number[];
  /** For state: param | statistic | slot | counter | accumulator; trainable params are listed in `params`. */
  readonly role?: string;
}

export interface ArtifactKernel {
  readonly name: string;
  /** Path of the .wgsl file relative to the artifact (on disk) — or the source inline. */
  readonly file?: string;
  wgsl?: string;
  readonly bindings: readonly ('read' | 'read_write')[];
}

export type Step =
  | { readonly dispatch: number; readonly buffers: readonly number[]; readonly workgroups: readonly [number, number, number] }
  | { readonly copy: { readonly src: number; readonly dst: number; readonly bytes: number } };

export interface ArtifactInput {
  readonly name: string;
  readonly dtype: 'f32' | 'i32';
  /** Shape of one example (the batch dimension removed). */
  readonly example: readonly number[];
  /**
   * 'features' or 'labels': which field of a dataset feeds it; 'cache': the frozen layers'
   * output, computed on the GPU by the cache_build entry from the training features.
   */
  readonly role: 'features' | 'labels' | 'cache';
  /** For labels used as class indices: the number of classes (labels must lie in [0, classes)). */
  readonly classes?: number;
}

/**
 * Random per-example affine transforms of the training images (the chapter's data augmentation):
 * a shift of up to `shift` pixels along each axis, a rotation of up to `rotate` degrees and a
 * scaling by a factor in [1 - scale, 1 + scale], about the image's center. Inference never augments.
 */
export interface Augment {
  readonly shift: number;
  readonly rotate: number;
  readonly scale: number;
  /** [height, width] of each feature input (its example is height × width values). */
  readonly image: readonly [number, number];
}

/** What is wrong with augmentation settings (from a model or an artifact file), or undefined. */
export function augmentProblem(a: Augment): string | undefined {
  const within = (v: unknown, lo: number, hi: number) => typeof v === 'number' && Number.isFinite(v) && v >= lo && v <= hi;
  if (!within(a.shift, 0, 100)) return `shift must be a number of pixels in [0, 100], got ${a.shift}`;
  if (!within(a.rotate, 0, 180)) return `rotate must be a number of degrees in [0, 180], got ${a.rotate}`;
  if (!within(a.scale, 0, 0.9)) return `scale must be in [0, 0.9] (images are scaled by 1 ± scale), got ${a.scale}`;
  if (a.shift === 0 && a.rotate === 0 && a.scale === 0) return 'augment needs a shift, rotate or scale above 0';
  const [h, w] = Array.isArray(a.image) ? a.image : [];
  if (a.image.length !== 2 || !Number.isInteger(h) || !Number.isInteger(w) || !within(h, 1, 4096) || !within(w, 1, 4096)) {
    return `image must be [height, width] in pixels (1 to 4096 each), got [${a.image}]`;
  }
  return undefined;
}

/** The frozen-layer cache: the layers (scopes) computed once, and where and why caching stops early. */
export interface CacheReport {
  /** Scopes whose values are cached (empty: no cache). */
  readonly layers: readonly string[];
  /** Whether evaluation reads a cache of the evaluated split too. */
  readonly eval: boolean;
  /** Why caching stops before the first trainable layer, or why nothing is cached. */
  readonly stop?: string;
}

/**
 * Which adapters an artifact's kernels are shaped for. 'gpu' (the default): each matmul
 * invocation computes a small register block (at most 8×12 outputs), and a long reduction or
 * row loop is split over a workgroup's 64 lanes, combined by a tree in workgroup memory.
 * 'cpu': the large matmul blocks and small workgroups that software rasterizers (llvmpipe,
 * SwiftShader) run fastest, and one invocation per reduction output, summing in order. Matmuls
 * compute the same values either way; reductions of ≥ 32 steps round differently (each shape is
 * deterministic: the same bits every run), within f32 rounding of the float64 reference.
 */
export type KernelShapes = 'gpu' | 'cpu';

export interface Artifact {
  readonly format: typeof ARTIFACT_FORMAT;
  readonly version: number;
  readonly model: string;
  readonly compiler: string;
  readonly requirements: {
    readonly maxStorageBuffersPerShaderStage: number;
    readonly maxComputeInvocationsPerWorkgroup: number;
    readonly maxStorageBufferBindingSize: number;
  };
  readonly inputs: readonly ArtifactInput[];
  readonly outputs: readonly string[];
  readonly metrics: readonly string[];
  /** The settings rows of src/contract/trainSettings.ts copy (batch sizes, epochs, data, digits, ...), and what the driver makes of the others. */
  readonly train: ArtifactSettingsOf<ArtifactSettingValues> & {
    readonly optimizer: Readonly<Record<string, unknown>>;
    /** Present when the model stops early (the runtime reads `early_stopping/stop` each epoch). */
    readonly earlyStopping?: { readonly monitor: string; readonly patience: number; readonly restoreBest: boolean; readonly interval: number };
    /** When the `prune` entry runs: after every epoch or once after training. */
    readonly prune?: 'epoch' | 'end';
    /** What the frozen-layer cache holds, or why there is none (for summaries and logs). */
    readonly cache?: CacheReport;
  };
  /** State names of trainable parameters. */
  readonly params: readonly string[];
  readonly buffers: readonly ArtifactBuffer[];
  readonly kernels: readonly ArtifactKernel[];
  /**
   * init, begin_epoch, train_step, begin_eval, eval_step, predict. Each is self-contained: the
   * train and eval steps start with their feed kernels.
   */
  readonly entries: Readonly<Record<string, readonly Step[]>>;
  /** Buffer indices the runtime reads at the end of an epoch: accumulator name → buffer. */
  readonly accumulators: Readonly<Record<string, number>>;
  /** The WebAssembly target (CPU), when compiled with it (see ./wasm.ts). */
  readonly wasm?: ArtifactWasm;
}

/** The artifact's JSON as written to plan.json: kernel sources become references to .wgsl files. */
export function planOf(a: Artifact): Artifact {
  return { ...a, kernels: a.kernels.map((k) => ({ name: k.name, file: `kernels/${k.name}.wgsl`, bindings: k.bindings })) };
}

/** What a copied setting of each kind is in the artifact. */
export interface ArtifactSettingValues extends Record<TrainSettingKind, unknown> {
  'positive-int': number;
  string: string;
  digits: readonly number[];
  bool: boolean;
  augment: Augment;
}

/**
 * The artifact's train fields in the order artifacts have always been written, so that their
 * JSON stays byte for byte the same; a new setting's field comes after these, in table order.
 */
const TRAIN_FIELD_ORDER = ['batchSize', 'evalBatchSize', 'epochs', 'optimizer', 'earlyStopping', 'prune', 'data', 'digits', 'augment', 'cache', 'relabel', 'perClass'];

/** The artifact's train fields in their written order (see TRAIN_FIELD_ORDER). */
export function orderTrainFields(train: Artifact['train']): Artifact['train'] {
  const rank = (k: string) => (TRAIN_FIELD_ORDER.includes(k) ? TRAIN_FIELD_ORDER.indexOf(k) : TRAIN_FIELD_ORDER.length);
  return Object.fromEntries(Object.entries(train).sort(([a], [b]) => rank(a) - rank(b))) as Artifact['train'];
}

/** What the model driver tells code generation about a model: the artifact's descriptive fields. */
export type ModelMeta = Pick<Artifact, 'inputs' | 'outputs' | 'metrics' | 'train' | 'params'>;
