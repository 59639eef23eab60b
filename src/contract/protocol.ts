// The runtime's protocol: the entry points an artifact may have, what each one does, and the
// names of the buffers the compiler and the runtime share. The model driver builds entries by
// these names, the planner feeds and names buffers by them, the emitters number kernels in
// their order, and Session and fit run them and bind their buffers by them; no entry or buffer
// name is spelled anywhere else (test/unit/protocol.test.ts greps src/ for one).
import { COUNTERS } from './artifact.js';

/** Which split's uploaded data an entry reads: the training split, or whichever split is evaluated. */
export type DataSplit = 'train' | 'eval';

/** How an entry's batch is fed: shuffled training rows, or rows in order from a split. */
export interface Feed {
  /** 'train': rows in a fresh shuffled order every epoch (and augmented); 'eval': rows in order. */
  readonly mode: 'train' | 'eval';
  /** The dataset buffers read. */
  readonly split: DataSplit;
  /** In order: the counter of batches fed so far. */
  readonly counter: string;
  /** Whether the first feed kernel writes the batch weight (evaluation's partial last batch). */
  readonly weight: boolean;
}

export interface EntrySpec {
  readonly name: string;
  /** The library's mode while it is built: training (dropout, batch statistics) or inference. */
  readonly mode: 'train' | 'infer';
  /** How its batch comes from an uploaded split (its feed kernels run first), if it reads one. */
  readonly feed?: Feed;
  /** Whether it writes parameters. */
  readonly writesParams: boolean;
  /** Whether it may write frozen parameters: every split's frozen-layer cache is stale after it. */
  readonly invalidatesCache: boolean;
  readonly doc: string;
}

/**
 * Every entry point, in order: an artifact's buffers and kernels are numbered by the first entry
 * that uses them, in this order (a row's order is its position). An artifact has the entries its
 * model needs (the schema says which).
 */
export const ENTRIES = [
  { name: 'init', mode: 'train', writesParams: true, invalidatesCache: true, doc: 'every state value from the seed (which the runtime writes first)' },
  { name: 'begin_epoch', mode: 'train', writesParams: false, invalidatesCache: false, doc: 'the epoch counter up, the batch counter and the training accumulators to zero' },
  {
    name: 'train_step', mode: 'train', writesParams: true, invalidatesCache: false, doc: 'one batch of shuffled training rows: forward, gradients, the update (frozen parameters keep theirs)',
    feed: { mode: 'train', split: 'train', counter: COUNTERS.batch, weight: false },
  },
  { name: 'begin_eval', mode: 'infer', writesParams: false, invalidatesCache: false, doc: 'the evaluation batch counter and accumulators to zero' },
  {
    name: 'eval_step', mode: 'infer', writesParams: false, invalidatesCache: false, doc: "one batch of the evaluated split's rows in order: loss and metrics, weighted",
    feed: { mode: 'eval', split: 'eval', counter: COUNTERS.evalBatch, weight: true },
  },
  { name: 'predict', mode: 'infer', writesParams: false, invalidatesCache: false, doc: "the model's outputs for the batch the caller wrote into its inputs" },
  { name: 'restore_best', mode: 'infer', writesParams: true, invalidatesCache: true, doc: 'the best weights early stopping kept, back into the parameters' },
  { name: 'end_epoch', mode: 'infer', writesParams: false, invalidatesCache: false, doc: 'early stopping and reduce-on-plateau, decided from the validation accumulators' },
  { name: 'prune', mode: 'infer', writesParams: true, invalidatesCache: true, doc: 'small weights of the selected parameters to zero' },
  { name: 'begin_cache', mode: 'infer', writesParams: false, invalidatesCache: false, doc: "the cache builders' batch counter to zero" },
  {
    // The frozen layers' cache is built from the training rows in order.
    name: 'cache_build', mode: 'train', writesParams: false, invalidatesCache: false, doc: 'the frozen layers over a chunk of training rows, in order, into the cache the train step reads',
    feed: { mode: 'eval', split: 'train', counter: COUNTERS.cacheBatch, weight: false },
  },
  {
    // Evaluation's cache is built from the rows of the split being evaluated, in order.
    name: 'eval_cache_build', mode: 'infer', writesParams: false, invalidatesCache: false, doc: "the frozen layers over a chunk of the evaluated split's rows into the cache the eval step reads",
    feed: { mode: 'eval', split: 'eval', counter: COUNTERS.cacheBatch, weight: false },
  },
  {
    // Compiled only on request (`confusion: true`, dnnc eval --confusion); last, so that it numbers nothing of other artifacts.
    name: 'confusion_step', mode: 'infer', writesParams: false, invalidatesCache: false, doc: "one batch of the evaluated split's rows in order: the classifier's counts[true class, predicted class], summed into an accumulator begin_eval resets",
    feed: { mode: 'eval', split: 'eval', counter: COUNTERS.evalBatch, weight: true },
  },
] as const satisfies readonly EntrySpec[];

export type EntryName = (typeof ENTRIES)[number]['name'];

/** Each entry's name, typed: `ENTRY.train_step` is 'train_step'. */
export const ENTRY = Object.fromEntries(ENTRIES.map((e) => [e.name, e.name])) as { readonly [K in EntryName]: K };

const BY_NAME: ReadonlyMap<string, EntrySpec> = new Map(ENTRIES.map((e) => [e.name, e]));

/** The row of an entry point, or undefined for a name the protocol does not know (a hand-written program). */
export function entrySpec(name: string): EntrySpec | undefined {
  return BY_NAME.get(name);
}

/** The library's mode an entry is built in. */
export function entryMode(entry: EntryName): EntrySpec['mode'] {
  return BY_NAME.get(entry)!.mode;
}

/** An entry's feed, if it reads a split. */
export function feedOf(entry: string): Feed | undefined {
  return BY_NAME.get(entry)?.feed;
}

/** Entry names in protocol order, then any other names in the order given. */
export function inEntryOrder(names: Iterable<string>): string[] {
  const all = [...names];
  const known = ENTRIES.map((e) => e.name as string).filter((n) => all.includes(n));
  return [...known, ...all.filter((n) => !BY_NAME.has(n))];
}

/** The prefixes of the artifact's buffer names, by buffer kind (`state:…`, `temp3`). */
const STATE = 'state:';
const INPUT = 'input:';
const OUTPUT = 'output:';
const DATASET = 'dataset:';
const TEMP = 'temp';
const INFO = ':info';

/**
 * The artifact's buffer names. State `state:<name>`; an entry's input batch `input:<name>` (one
 * buffer per input name, shared by the entries); an entry's output `output:<entry>:<name>`; a
 * split's uploaded rows `dataset:<train|eval>:<input>` and their header `…:info`; scratch `temp<n>`.
 */
export const BUFFER = {
  state: (name: string) => STATE + name,
  input: (name: string) => INPUT + name,
  output: (entry: string, name: string) => `${OUTPUT}${entry}:${name}`,
  dataset: (split: DataSplit, input: string) => `${DATASET}${split}:${input}`,
  datasetInfo: (split: DataSplit, input: string) => `${DATASET}${split}:${input}${INFO}`,
  temp: (n: number) => TEMP + n,
} as const;

/** A buffer name taken apart (see BUFFER). */
export type BufferName =
  | { readonly kind: 'state' | 'input'; readonly name: string }
  | { readonly kind: 'output'; readonly entry: string; readonly name: string }
  | { readonly kind: 'dataset'; readonly split: DataSplit; readonly input: string; readonly info: boolean }
  | { readonly kind: 'temp'; readonly index: number };

/** What a buffer name says, or undefined for a name BUFFER does not make. */
export function parseBufferName(buffer: string): BufferName | undefined {
  if (buffer.startsWith(STATE)) return { kind: 'state', name: buffer.slice(STATE.length) };
  if (buffer.startsWith(INPUT)) return { kind: 'input', name: buffer.slice(INPUT.length) };
  if (buffer.startsWith(OUTPUT)) {
    const rest = buffer.slice(OUTPUT.length);
    const colon = rest.indexOf(':');
    return colon < 0 ? undefined : { kind: 'output', entry: rest.slice(0, colon), name: rest.slice(colon + 1) };
  }
  const d = DATASET_NAME.exec(buffer);
  if (d) return { kind: 'dataset', split: d[1] as DataSplit, input: d[2]!, info: d[3] !== undefined };
  const t = TEMP_NAME.exec(buffer);
  return t ? { kind: 'temp', index: Number(t[1]) } : undefined;
}

const DATASET_NAME = /^dataset:(train|eval):(.+?)(:info)?$/;
const TEMP_NAME = /^temp(\d+)$/;

/** The state name a state buffer holds (`state:hidden1/dense/kernel` → `hidden1/dense/kernel`). */
export function stateNameOf(buffer: string): string {
  const b = parseBufferName(buffer);
  if (b?.kind !== 'state') throw new Error(`'${buffer}' is not a state buffer's name`);
  return b.name;
}

/** The random streams the device's feeds key per epoch with stream_key(seed, stream, epoch): the batch shuffle ("SHUF") and data augmentation ("AUGM"). The runtime's streamed splits compute the same shuffle on the host. */
export const SHUFFLE_STREAM = 0x5348_5546;
export const AUGMENT_STREAM = 0x4155_474d;
