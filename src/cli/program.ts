// The command line's grammar: each command with its own options, their defaults and help, on
// commander (help, version, "did you mean", per-command options). What the commands do is in
// commands.ts. Values are validated here, as they enter (args.ts); paths are checked by the
// file layer (src/runtime/files.ts) before any long work: --save and --checkpoint before the
// data and the device, -o and --bundle before anything is written.
import { Command, Option } from 'commander';
import type { Emit } from '../compiler/compile.js';
import { parseSpace } from './space.js';
import { byteSize, fraction, nonNegativeInt, threadCount, parseDigits, parsePatterns, parseSet, positiveInt, text } from './args.js';
import type * as Commands from './commands.js';
import { FLAG_SETTINGS, trainSetting, type SettingFlags, type TrainSettingFlag, type TrainSettingName } from '../contract/trainSettings.js';

// The commands load the compiler and the runtime only when they run, so that help, version
// and usage errors answer at once.
const run = () => import('./commands.js');

/** compile.ts's EMITS, without loading the compiler; the assertion keeps the two lists equal. */
const STAGES = ['ir', 'ir-grad', 'ir-opt', 'wgsl', 'plan'] as const satisfies readonly Emit[];
const allStages: [Exclude<Emit, (typeof STAGES)[number]>] extends [never] ? true : false = true;
void allStages;

const FLAG_PARSERS = {
  'positive-int': positiveInt,
  digits: () => parseDigits,
  text,
} satisfies Record<NonNullable<TrainSettingFlag['parse']>, (flag: string) => (value: string) => unknown>;

/** A flag that overrides a train setting, from the setting's row (src/contract/trainSettings.ts). */
function settingOption(name: TrainSettingName): () => Option {
  const { spec, help, parse } = trainSetting(name).flag!;
  return () => {
    const o = new Option(spec, help);
    return parse ? o.argParser(FLAG_PARSERS[parse](spec.split(' ')[0]!) as (value: string) => unknown) : o;
  };
}

/** The flags that override a train setting (--epochs, --batch-size, --digits, ...), by the setting's field. */
const settingOptions = Object.fromEntries(
  FLAG_SETTINGS.map((n) => [trainSetting(n).field, settingOption(n)]),
) as Record<keyof SettingFlags, () => Option>;

/** Options shared by several commands; each command adds the ones that mean something to it. */
const opt = {
  ...settingOptions,
  set: () => new Option('--set <NAME=VALUE,...>', 'override numeric definitions of the model (`lr = 0.01`), e.g. lr=0.005,units=50').argParser(parseSet),
  seed: () => new Option('--seed <n>', 'seed of initialization, shuffling and dropout').argParser(nonNegativeInt('--seed')).default(42),
  json: () => new Option('--json', 'print JSON lines on stdout instead of text'),
  checkpoint: (what: string) => new Option('--checkpoint <file>', what).argParser(text('--checkpoint')),
  backend: () => new Option('--backend <backend>', 'where to run: auto (WebGPU on a GPU; wasm with no adapter or a software one such as llvmpipe, where the CPU runs wasm faster), webgpu, or wasm (WebAssembly SIMD on the CPU)').choices(['auto', 'webgpu', 'wasm']).default('auto'),
  threads: () => new Option('--threads <n>', "threads that run the wasm target (default: the machine's cores); the numbers are the same for any count").argParser(threadCount),
  labelColumn: () => new Option('--label-column <name>', "CSV data: the column holding the class index (default: label)").argParser(text('--label-column')),
  valFraction: () => new Option('--val-fraction <f>', 'one CSV or .npz file (or no val file): the share of its rows, shuffled with --seed, held out for validation (default: 0.1)').argParser(fraction('--val-fraction')),
  kernelShapes: () => new Option('--kernel-shapes <kind>', 'shape the kernels for a GPU or for a software rasterizer such as llvmpipe (default: by the adapter; the numbers differ by f32 rounding)').choices(['gpu', 'cpu']),
  dataBudget: () => new Option('--data-budget <bytes>', 'device memory one input of a split may take (e.g. 64M); a larger split streams through it in chunks, in the same shuffled order, and an uncompressed IDX directory or stored .npz larger than it is read from disk as it trains (default: 64M for streaming; splits in memory stream only past the device\'s binding limit)').argParser(byteSize('--data-budget')),
  verbose: () => new Option('--verbose', 'say which WebGPU backends are tried, and show the warnings Dawn itself prints while it looks for an adapter'),
};

/** A command on one .dnn file. */
function command(parent: Command, spec: string, summary: string): Command {
  return parent.command(spec).description(summary).argument('<model>', 'the .dnn file');
}

function addModelCommands(program: Command, status: { code: number }): void {
  command(program, 'check', 'report every error in a model (exit 1 if there is any)')
    .addOption(opt.set())
    .action(async (file: string, o: Commands.CheckOptions) => void (status.code = (await run()).check(file, o)));
  command(program, 'compile', 'write the artifact (DIR/plan.json and DIR/kernels/*.wgsl), or print one stage')
    .addOption(new Option('-o, --out <dir>', 'the artifact directory (default: out, unless --bundle is given)').argParser(text('-o')))
    .addOption(new Option('--bundle <file>', 'write the artifact as one JSON file instead, kernels inline').argParser(text('--bundle')))
    .addOption(new Option('--emit <stage>', 'print this stage instead of writing the artifact').choices(STAGES))
    .addOption(new Option('--no-wasm', "leave out the WebAssembly target (the artifact's wasm field, which runs the model on a CPU; Session.open falls back to it)"))
    .addOption(new Option('--wasm', 'include the WebAssembly target (the default)').hideHelp())
    .addOption(new Option('--inference', 'an inference-only artifact: the predict entry and what it reads (parameters, batch-norm statistics), nothing of training; load its weights from a checkpoint'))
    .addOption(new Option('--kernel-shapes <kind>', "shape the kernels (matmul blocks, reductions) for GPUs or for software rasterizers such as llvmpipe and SwiftShader (dnnc train picks by adapter)").choices(['gpu', 'cpu']).default('gpu'))
    .addOption(opt.epochs()).addOption(opt.batchSize()).addOption(opt.set())
    .action(async (file: string, o: Commands.CompileOptions) => void (status.code = (await run()).compile(file, o)));
  command(program, 'summary', "the model's layers, output shapes and parameter counts, and the work and GPU memory of a training step")
    .addOption(opt.batchSize()).addOption(opt.json()).addOption(opt.set())
    .action(async (file: string, o: Commands.SummaryCliOptions) => void (status.code = (await run()).summary(file, o)));
  command(program, 'graph', "draw the model's layer graph (layers and scopes, output shapes, parameter counts, frozen layers) as SVG or Graphviz DOT")
    .addOption(new Option('-o, --out <file>', 'the file to write (default: print it)').argParser(text('-o')))
    .addOption(new Option('--format <format>', 'svg or dot (default: by the extension of -o, .dot or .gv for DOT, else svg)').choices(['svg', 'dot']))
    .addOption(opt.batchSize()).addOption(opt.set())
    .action(async (file: string, o: Commands.GraphCliOptions) => void (status.code = (await run()).graph(file, o)));
  command(program, 'train', 'train (on WebGPU or on the CPU; see --backend), a line per epoch')
    .addOption(opt.epochs()).addOption(opt.batchSize()).addOption(opt.data()).addOption(opt.labelColumn()).addOption(opt.valFraction()).addOption(opt.digits()).addOption(opt.relabel())
    .addOption(opt.perClass()).addOption(opt.seed()).addOption(opt.backend()).addOption(opt.threads()).addOption(opt.kernelShapes())
    .addOption(opt.json()).addOption(opt.verbose()).addOption(opt.dataBudget())
    .addOption(new Option('--save <file>', 'write a safetensors checkpoint after every epoch').argParser(text('--save')))
    .addOption(new Option('--save-weights-only', 'with --save: only the weights and batch-norm statistics (for prediction; about a third of the bytes under Adam), not the optimizer state needed to resume'))
    .addOption(new Option('--log-dir <dir>', 'after every epoch, write DIR/metrics.csv, TensorBoard events and DIR/curves.svg').argParser(text('--log-dir')))
    .addOption(opt.checkpoint('start from this safetensors checkpoint'))
    .addOption(new Option('--restore <patterns>', "with --checkpoint: restore only the state matching these patterns, e.g. 'hidden[12]/*'").argParser(parsePatterns))
    .addOption(opt.set())
    .action(async (file: string, o: Commands.TrainCliOptions) => void (status.code = await (await run()).train(file, o)));
  command(program, 'eval', "loss and metrics of a checkpoint on a split")
    .addOption(opt.checkpoint('the safetensors checkpoint to evaluate'))
    .addOption(new Option('--split <split>', 'the split to evaluate').choices(['test', 'val']).default('test'))
    .addOption(opt.data()).addOption(opt.labelColumn()).addOption(opt.valFraction()).addOption(opt.digits()).addOption(opt.relabel()).addOption(opt.seed()).addOption(opt.backend()).addOption(opt.threads()).addOption(opt.kernelShapes()).addOption(opt.json()).addOption(opt.set())
    .addOption(new Option('--confusion', 'also the confusion matrix (counted on the device) and each class\'s precision, recall and support'))
    .addOption(opt.verbose()).addOption(opt.dataBudget())
    .action(async (file: string, o: Commands.EvalCliOptions) => void (status.code = await (await run()).evaluate(file, o)));
  program.command('predict').description("the model's outputs for your own examples (--input), or for the first examples of a split")
    .argument('[model]', 'the .dnn file (or an artifact directory or bundle; see --artifact)')
    .addOption(new Option('--artifact <dir>', 'predict with this compiled artifact (a directory or a bundle, e.g. from compile --inference) instead of compiling a model').argParser(text('--artifact')))
    .addOption(opt.checkpoint('the safetensors checkpoint to predict with'))
    .addOption(new Option('--split <split>', 'the split to read examples from').choices(['train', 'val', 'test']).default('test'))
    .addOption(new Option('--limit <n>', 'how many examples').argParser(positiveInt('--limit')).default(10))
    .addOption(new Option('--input <file>', "predict for your own examples instead: a PNG image, a CSV file of rows (a header row), or a .npy array; a model with several feature inputs takes one --input per input, in the model's order or as NAME=FILE, or one .npz holding an array per input name")
      .argParser((v: string, prev: string[] | undefined) => [...(prev ?? []), text('--input')(v)]))
    .addOption(new Option('--invert', 'with a PNG --input: invert gray values (a dark digit on white, for models trained on MNIST\'s white on black)'))
    .addOption(new Option('--top <k>', 'how many of the top classes to print').argParser(positiveInt('--top')).default(3))
    .addOption(opt.data()).addOption(opt.labelColumn()).addOption(opt.valFraction()).addOption(opt.digits()).addOption(opt.relabel()).addOption(opt.seed()).addOption(opt.backend()).addOption(opt.threads()).addOption(opt.kernelShapes()).addOption(opt.json()).addOption(opt.set())
    .addOption(opt.verbose())
    .action(async (file: string | undefined, o: Commands.PredictCliOptions) => void (status.code = await (await run()).predict(file, o)));
  program.command('search').description("random search over the model's numeric definitions, scored on the validation split; or a plan of its trials for a batch scheduler (--plan), one trial of a plan (--run-line), their ranking (--collect)")
    .argument('[model]', 'the .dnn file (not with --run-line or --collect)')
    .addOption(new Option('--space <space>', 'what to sample, e.g. "lr=log:1e-4:1e-1; units=int:50:300; batch=choice:20:50:100" (required with a model)')
      .argParser((v) => parseSpace(text('--space')(v))))
    .addOption(new Option('--trials <n>', 'how many settings to train').argParser(positiveInt('--trials')).default(8))
    .addOption(opt.epochs()).addOption(opt.batchSize()).addOption(opt.data()).addOption(opt.labelColumn()).addOption(opt.valFraction()).addOption(opt.digits()).addOption(opt.relabel())
    .addOption(opt.perClass()).addOption(opt.seed()).addOption(opt.backend()).addOption(opt.threads()).addOption(opt.kernelShapes()).addOption(opt.json()).addOption(opt.set()).addOption(opt.verbose())
    .addOption(new Option('--plan <file>', "with a model: write the trials to this JSON-lines file (one `dnnc train` command each) instead of training them; with --run-line or --collect: the plan to read").argParser(text('--plan')))
    .addOption(new Option('--trial-dir <dir>', "with --plan and a model: where the trials' checkpoints, logs and results go (default: the plan's name without .jsonl)").argParser(text('--trial-dir')))
    .addOption(new Option('--run-line <n>', "run line N of --plan (0-based: $JOB_COMPLETION_INDEX, $SLURM_ARRAY_TASK_ID) and write its result").argParser(nonNegativeInt('--run-line')))
    .addOption(new Option('--collect <dir>', "rank the results under this --trial-dir as the search ranks its trials").argParser(text('--collect')))
    .action(async (file: string | undefined, o: Commands.SearchCliOptions, cmd: Command) => {
      const given = cmd.options.filter((x) => cmd.getOptionValueSource(x.attributeName()) === 'cli').map((x) => x.long!);
      status.code = await (await run()).search(file, o, given);
    });
  command(program, 'import', 'turn weights saved by PyTorch, Keras or NumPy (safetensors, .npz) into a dnnc checkpoint')
    .argument('<weights>', 'the safetensors or .npz file')
    .addOption(new Option('--map <file>', 'JSON: each model parameter path → a source tensor name, or {"from": NAME, "transpose": true}').argParser(text('--map')).makeOptionMandatory())
    .addOption(new Option('-o, --out <file>', 'the checkpoint to write').argParser(text('-o')).makeOptionMandatory())
    .addOption(new Option('--partial', 'allow model parameters the map leaves out (restore them with --restore)'))
    .addOption(opt.set())
    .action(async (file: string, weights: string, o: Commands.ImportCliOptions) => void (status.code = (await run()).importWeights(file, weights, o)));
}

/**
 * The program. Commander calls `exit` on help, version and usage errors; `exitOverride` makes
 * those exceptions instead, which main() turns into exit codes (0 for help and version, 2 for
 * mistakes) and diagnostics. `status.code` is what a command that ran wants to exit with.
 */
export function buildProgram(version: string, status: { code: number }): Command {
  const program = new Command('dnnc')
    .description('A compiler from small neural-network definitions (.dnn) to WebGPU compute shaders that train on the GPU')
    .version(version, '-v, --version', 'print the version')
    .helpOption('-h, --help', 'print help (also: dnnc <command> --help, dnnc help <command>)')
    .addHelpText('after', '\nenvironment: DNNC_BACKEND=default|vulkan|opengles picks the WebGPU backend; DNNC_DEBUG=1 shows stack traces of internal errors.');
  addModelCommands(program, status);
  program.command('devices').description('the WebGPU adapter dnnc would use, and its limits')
    .addOption(opt.json()).addOption(opt.verbose())
    .action(async (o: { json: boolean; verbose?: boolean }) => void (status.code = await (await run()).devices(o)));
  for (const c of program.commands) c.helpOption('-h, --help', 'print this help');
  for (const c of [program, ...program.commands]) {
    c.exitOverride().configureOutput({ outputError: () => {} }).showSuggestionAfterError(true);
  }
  return program;
}

/** The commands that take an option, for "--save is an option of: train" after a misplaced one. */
export function commandsWithOption(program: Command, flag: string): string[] {
  const name = flag.replace(/=.*$/, '');
  return program.commands.filter((c) => c.options.some((o) => o.long === name || o.short === name)).map((c) => c.name());
}
