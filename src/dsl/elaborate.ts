// Elaboration: gives a parsed module its meaning. Checks every name, call, type and shape and
// reports all the mistakes it finds (as located diagnostics), then yields a ModelDefinition whose
// forward function rebuilds the network in each entry point's program context.
import { F32_MAX, fmtType, ShapeError, type Var } from '../ir/types.js';
import { ProgramContext, StateRegistry, type BuiltinCall } from '../std/context.js';
import { checkTensorSize, StdError } from '../std/errors.js';
import { NAMED_INITIALIZERS } from '../std/initializers.js';
import { constant } from '../std/schedules.js';
import type { ForwardResult, ModelDefinition } from '../std/model.js';
import type { ArtifactInput } from '../contract/artifact.js';
import { INFER_IMAGE } from './regimenBuiltins.js';
import { BAD, KIND_CHECKS, type CheckedValues, type KindCheck } from './trainSettings.js';
import {
  TRAIN_SETTING_NAMES, TRAIN_SETTINGS, trainSetting, type TrainSettingKind, type SettingFlags, type TrainSettingName, type TrainSettingRow, type TrainSettingsOf,
} from '../contract/trainSettings.js';
import type { Call, Expr, FnDecl, InputDecl, Item, LetStmt, Module, TrainBlock } from './ast.js';
import { BUILTINS, type BuiltinDef, type KindValue, type ParamKind, type ParamSpec } from './builtins.js';
import { DiagnosticBag, DnnError, type Diagnostic, type DiagnosticCode, type SourceFile, type Span } from '../contract/diagnostics.js';
import { isReservedName, own, RESERVED_WHY } from '../contract/names.js';
import { parseSource } from './parse.js';
import { describe, type Value } from './values.js';
import { globToRegExp } from './glob.js';
export { globToRegExp };

/** Command-line overrides of the train block (--epochs, --batch-size), and where imports come from. */
export interface ElaborateOptions extends Readonly<Pick<SettingFlags, 'epochs' | 'batchSize'>> {
  /**
   * Reads an imported file (`import "layers.dnn"`), resolved against the importing file; null
   * when it does not exist. Without it, imports are an error (e.g. in a browser with no files).
   */
  readonly resolveImport?: (path: string, from: SourceFile) => SourceFile | null;
  /**
   * New values for numeric definitions (`lr = 0.01`), e.g. from `--set lr=0.001` or a random
   * search. Numeric definitions are visible in the train block.
   */
  readonly overrides?: Readonly<Record<string, number>>;
}

export interface Elaborated {
  readonly def: ModelDefinition | null;
  readonly diagnostics: readonly Diagnostic[];
}

/**
 * The most operations (function and layer applications, tensor arithmetic) one model may make
 * once `repeat` and function calls are expanded. Calls multiply (`repeat(f, n, ...)`, functions
 * that call another twice, nested): without a bound a few lines could ask for billions of
 * layers, and every later stage's cost grows with this number.
 */
export const MAX_OPERATIONS = 20_000;
/** The largest `repeat` count; far more layers than any network in the book. */
export const MAX_REPEAT = 1000;

/** The checked train settings by field (the optimizer still with its schedule). */
type CheckedValuesByField = TrainSettingsOf<CheckedValues>;

/** A sentinel for "already reported": the expression's users stay quiet. (Not null, which an optional value could be.) */
const POISON: unique symbol = Symbol('poison');
type V = Value | typeof POISON;
type ArgValue = { name?: { name: string; span: Span }; value: V; span: Span };

class Env {
  constructor(
    private readonly vars: Map<string, Value>,
    readonly parent: Env | null,
  ) {}
  get(name: string): Value | undefined {
    return this.vars.get(name) ?? this.parent?.get(name);
  }
  set(name: string, v: Value): void {
    this.vars.set(name, v);
  }
  names(): string[] {
    return [...this.vars.keys(), ...(this.parent?.names() ?? [])].filter((n) => !n.startsWith('__'));
  }
}

export function elaborate(module: Module, opts: ElaborateOptions = {}): Elaborated {
  return new Elaborator(module, opts).run();
}

class Elaborator {
  private readonly bag = new DiagnosticBag();
  private readonly reported = new Set<string>();
  private readonly fns = new Map<string, FnDecl>();
  private readonly inputs: InputDecl[] = [];
  private readonly lets: LetStmt[] = [];
  private readonly metrics: { name: string; value: Expr; span: Span }[] = [];
  private readonly outputs: { name: string; value: Expr; span: Span }[] = [];
  private train: TrainBlock | null = null;
  private modelName: string | null = null;
  /** Where each train setting is written, for errors found only when the model is built. */
  private readonly trainSpans: Record<string, Span> = {};
  private readonly callStack: string[] = [];
  /** Numeric definitions, after overrides. */
  private readonly constants = new Env(new Map(), null);
  /** Paths of the files imported so far. */
  private readonly imported = new Set<string>();
  /** Definitions whose value had an error: uses of them stay quiet. */
  private readonly failed = new Set<string>();
  /** Inputs and the top-level definitions made so far: what function bodies see. */
  private globals = new Env(new Map(), null);
  /** Operations made by the current forward pass (see MAX_OPERATIONS). */
  private operations = 0;

  constructor(
    private readonly module: Module,
    private readonly opts: ElaborateOptions,
  ) {}

  private error(code: DiagnosticCode, message: string, span?: Span, notes?: string[]): typeof POISON {
    const key = `${code}|${span?.start}|${message}`;
    if (!this.reported.has(key)) {
      this.reported.add(key);
      this.bag.error(code, message, span, notes);
    }
    return POISON;
  }

  run(): Elaborated {
    this.collect(this.module.items);
    this.evaluateConstants();
    const inputs = this.checkInputs();
    const checked = this.checkTrain();
    const train = checked && inputs ? this.checkAugment(checked, inputs) : checked;
    if (!this.lets.some((l) => l.name.name === 'loss')) {
      this.error('DNN3001', 'the model defines no `loss`', undefined, ['write e.g. `loss = mean(sparse_softmax_cross_entropy(logits, y))`']);
    }
    if (!inputs || !train || this.bag.hasErrors) return { def: null, diagnostics: this.bag.items };

    const def: ModelDefinition = {
      name: this.modelName ?? 'model',
      inputs: inputs.map((i) => i.artifact),
      forward: (ctx, vars) => this.forward(ctx, vars),
      train,
      spans: { model: this.lets.find((l) => l.name.name === 'loss')?.span, train: this.trainSpans },
    };
    // A dry run in training mode finds every name, type and shape error before any IR is kept.
    const dry = new ProgramContext('check', 'train', new StateRegistry());
    if (!this.inputsFit(inputs.map((i) => i.artifact), train)) return { def: null, diagnostics: this.bag.items };
    const vars = new Map(inputs.map((i) => [i.artifact.name, dry.input(i.artifact.name, { dtype: i.artifact.dtype, shape: [train.batchSize, ...i.artifact.example] })]));
    const result = this.forward(dry, vars);
    if (!result.loss && !this.bag.hasErrors) this.error('DNN3001', 'the loss could not be computed (please report this)', this.lets.find((l) => l.name.name === 'loss')?.span);
    // Record how many classes the labels index, so that out-of-range labels are caught on upload.
    const withClasses = def.inputs.map((i) => {
      const n = dry.labelClasses.get(vars.get(i.name)!.id);
      return n === undefined ? i : { ...i, classes: n };
    });
    return { def: this.bag.hasErrors ? null : { ...def, inputs: withClasses }, diagnostics: this.bag.items };
  }

  /** Whether a batch of every input fits one storage buffer (else DNN2011 at the batch size that does not). */
  private inputsFit(inputs: readonly ArtifactInput[], train: { batchSize: number; evalBatchSize: number }): boolean {
    for (const key of ['batch_size', 'eval_batch_size'] as const) {
      const batch = key === 'batch_size' ? train.batchSize : train.evalBatchSize;
      for (const i of inputs) {
        try {
          checkTensorSize({ dtype: i.dtype, shape: [batch, ...i.example] }, `a batch of ${batch} of input '${i.name}' is a tensor`);
        } catch (err) {
          if (!(err instanceof StdError)) throw err;
          this.error(err.code, err.message, this.trainSpans[key] ?? this.inputs.find((d) => d.name.name === i.name)?.name.span, [`use a smaller ${key}`]);
          return false;
        }
      }
    }
    return true;
  }

  /**
   * Numeric definitions (`lr = 0.01`, `units = 2 * 50`) are known before any program is built,
   * so the train block can use them and overrides can replace them.
   */
  private evaluateConstants(): void {
    const ctx = new ProgramContext('constants', 'train', new StateRegistry());
    const isConstant = (e: Expr): boolean =>
      e.kind === 'num' || (e.kind === 'unary' && isConstant(e.operand)) || (e.kind === 'binary' && isConstant(e.left) && isConstant(e.right)) ||
      (e.kind === 'ident' && this.constants.get(e.name) !== undefined);
    const overrides = this.opts.overrides ?? {};
    for (const l of this.lets) {
      if (!isConstant(l.value)) continue;
      const o = own(overrides, l.name.name);
      if (o !== undefined && !Number.isFinite(o)) this.error('DNN3002', `--set ${l.name.name}: ${o} is not a finite number`);
      const v = o !== undefined ? { kind: 'num' as const, value: o, isInt: Number.isInteger(o) } : this.expr(l.value, this.constants, ctx);
      if (v !== POISON && v.kind === 'num') this.constants.set(l.name.name, v);
    }
    for (const name of Object.keys(overrides)) {
      if (!this.constants.get(name)) {
        const numeric = this.lets.filter((l) => isConstant(l.value)).map((l) => l.name.name);
        this.error('DNN3002', `--set ${name}: the model has no numeric definition '${name}'`, undefined,
          [numeric.length ? `numeric definitions: ${numeric.join(', ')}` : 'define one, e.g. `lr = 0.01`, and use it']);
      }
    }
  }

  // ---- declarations -----------------------------------------------------------------------------
  private readonly seen = new Map<string, Span>();

  private collect(items: readonly Item[]): void {
    const seen = this.seen;
    // Metrics and outputs have names of their own (`metric accuracy` beside `accuracy = ...`).
    const declare = (name: string, span: Span, kind?: 'metric' | 'output') => {
      if (isReservedName(name)) {
        this.failed.add(name); // its uses stay quiet
        return this.error('DNN2014', `'${name}' cannot name ${kind === 'output' ? 'an output' : kind === 'metric' ? 'a metric' : 'anything in a model'}: ${RESERVED_WHY}`, span, ['choose another name']), false;
      }
      const taken = kind && REPORT_KEYS[kind](name);
      if (taken) return this.error('DNN2008', `'${name}' cannot name ${kind === 'output' ? 'an output' : 'a metric'}: ${taken}`, span, ['choose another name']), false;
      const key = kind ? `${kind} ${name}` : name;
      const prev = seen.get(key);
      if (prev) return this.error('DNN2008', `'${key}' is defined twice`, span, [`first defined at ${where(prev)}`]), false;
      seen.set(key, span);
      return true;
    };
    for (const item of items) {
      switch (item.kind) {
        case 'model':
          if (this.modelName) this.error('DNN2008', 'the model is named twice', item.span);
          this.modelName = item.name.name;
          break;
        case 'import':
          this.importFile(item.path.value, item.path.span);
          break;
        case 'input':
          if (declare(item.name.name, item.name.span)) this.inputs.push(item);
          break;
        case 'fn':
          if (own(BUILTINS, item.name.name)) this.error('DNN2008', `'${item.name.name}' is a built-in function and cannot be redefined`, item.name.span);
          else if (declare(item.name.name, item.name.span)) this.fns.set(item.name.name, item);
          break;
        case 'let':
          if (declare(item.name.name, item.name.span)) this.lets.push(item);
          break;
        case 'metric':
          if (item.name.name === 'loss') this.error('DNN2008', "'loss' is reported already; name the metric differently", item.name.span);
          else if (declare(item.name.name, item.name.span, 'metric')) this.metrics.push({ name: item.name.name, value: item.value, span: item.span });
          break;
        case 'output':
          if (declare(item.name.name, item.name.span, 'output')) this.outputs.push({ name: item.name.name, value: item.value, span: item.span });
          break;
        case 'train':
          if (this.train) this.error('DNN2008', 'there are two `train` blocks', item.span);
          this.train = item;
          break;
      }
    }
  }

  /**
   * Runs the resolver; a file it refuses (a device, not a .dnn file, too large) is reported at
   * the import statement, with the resolver's message. Undefined when refused.
   */
  private resolveAt(resolve: NonNullable<ElaborateOptions['resolveImport']>, path: string, span: Span): SourceFile | null | undefined {
    try {
      return resolve(path, span.file);
    } catch (e) {
      if (!(e instanceof DnnError)) throw e;
      for (const d of e.diagnostics) this.bag.items.push({ ...d, span: d.span ?? span });
      return undefined;
    }
  }

  /** Brings an imported file's functions (and its own imports) into this model. */
  private importFile(path: string, span: Span): void {
    const resolve = this.opts.resolveImport;
    if (!resolve) return void this.error('DNN6001', `cannot import "${path}": no file system here`, span);
    const file = this.resolveAt(resolve, path, span);
    if (file === undefined) return; // refused, and reported
    if (!file) return void this.error('DNN6001', `imported file "${path}" does not exist`, span);
    if (this.imported.has(file.path)) return; // imported already (or an import cycle): once is enough
    this.imported.add(file.path);
    const parsed = parseSource(file);
    for (const d of parsed.diagnostics) this.bag.items.push(d);
    for (const item of parsed.module.items) {
      if (item.kind === 'fn' || item.kind === 'import') this.collect([item]);
      else this.error('DNN3002', 'an imported file may only define functions (and import others)', item.span, [`imported from ${where(span)}`]);
    }
  }

  private checkInputs(): { artifact: ArtifactInput; decl: InputDecl }[] | null {
    const out: { artifact: ArtifactInput; decl: InputDecl }[] = [];
    let ok = true;
    for (const decl of this.inputs) {
      const dtype = decl.dtype.name;
      if (dtype !== 'f32' && dtype !== 'i32') {
        ok = false;
        this.error('DNN2006', `unknown element type '${dtype}'; inputs are f32 or i32`, decl.dtype.span);
        continue;
      }
      const [first, ...rest] = decl.dims;
      if (!first || first.kind !== 'ident') {
        ok = false;
        this.error('DNN2009', `the first dimension of input '${decl.name.name}' must be the symbolic batch size`, (first ?? decl.name).span, [
          `write e.g. ${dtype}[batch${decl.dims.slice(first ? 1 : 0).map((d) => `, ${d.kind === 'num' ? d.value : d.name}`).join('')}]`,
        ]);
        continue;
      }
      const example: number[] = [];
      for (const d of rest) {
        if (d.kind !== 'num' || !d.isInt || d.value < 1) {
          ok = false;
          this.error('DNN2009', 'only the first (batch) dimension may be symbolic; the others are positive integers', d.span);
        } else example.push(d.value);
      }
      const role = dtype === 'i32' && example.length === 0 ? 'labels' : 'features';
      out.push({ decl, artifact: { name: decl.name.name, dtype, example, role } });
    }
    if (!ok) return null;
    const features = out.filter((i) => i.artifact.role === 'features');
    const labels = out.filter((i) => i.artifact.role === 'labels');
    if (features.length < 1 || labels.length > 1) {
      this.error('DNN3001', `a model is fed one or more feature inputs and at most one label input from a dataset; this one declares ${features.length} feature and ${labels.length} label inputs`,
        (features[1] ?? labels[1] ?? out[0])?.decl.span);
      return null;
    }
    return out;
  }

  private checkTrain(): ModelDefinition['train'] | null {
    const settings = this.trainValues();
    const overrides: Partial<Record<TrainSettingName, number>> = { batch_size: this.opts.batchSize, epochs: this.opts.epochs };
    // The sizes every later check uses come first; a wrong one leaves no train settings.
    const sizes = TRAIN_SETTING_NAMES.filter((n) => typeof trainSetting(n).default === 'number');
    const out: Record<string, unknown> = {};
    let ok = true;
    for (const name of [...sizes, ...TRAIN_SETTING_NAMES.filter((n) => !sizes.includes(n))]) {
      const row = trainSetting(name);
      const override = overrides[name];
      const checked = override !== undefined ? override : this.checkSetting(name, settings.get(name));
      if (checked === BAD && typeof row.default === 'number') ok = false;
      const value = checked !== BAD && checked !== undefined ? checked : this.defaultOf(row, out);
      if (value !== undefined) out[row.field] = value;
      this.checkTrainRule(name, out as Partial<CheckedValuesByField>, settings);
    }
    if (!ok) return null;
    const { optimizer, ...rest } = out as unknown as CheckedValuesByField;
    return { ...rest, optimizer: optimizer.spec, learningRate: optimizer.learningRate } as ModelDefinition['train'];
  }

  /** The train block's settings as written (unknown and repeated keys reported). */
  private trainValues(): Map<string, { value: V; span: Span }> {
    const settings = new Map<string, { value: V; span: Span }>();
    const ctx = new ProgramContext('train', 'train', new StateRegistry());
    for (const s of this.train?.settings ?? []) {
      const key = s.key.name;
      if (!own(TRAIN_SETTINGS, key)) {
        this.error('DNN3003', `unknown train setting '${key}'`, s.key.span, [`known settings: ${TRAIN_SETTING_NAMES.join(', ')}`]);
        continue;
      }
      if (settings.has(key)) {
        this.error('DNN2008', `train setting '${key}' is given twice`, s.key.span);
        continue;
      }
      settings.set(key, { value: this.expr(s.value, this.constants, ctx), span: s.value.span });
      this.trainSpans[key] = s.key.span;
    }
    return settings;
  }

  /** One setting checked by its row's kind: its value, BAD (reported), or undefined when absent or poisoned. */
  private checkSetting(name: TrainSettingName, s: { value: V; span: Span } | undefined): unknown {
    if (!s) return undefined;
    if (s.value === POISON) return typeof trainSetting(name).default === 'number' ? BAD : undefined;
    const { kind, check } = trainSetting(name);
    const spec = KIND_CHECKS[kind] as KindCheck<TrainSettingKind>;
    const items = spec.many && s.value.kind === 'list' ? s.value.items : [s.value];
    const good: unknown[] = [];
    for (const it of items) {
      const v = spec.item(it);
      if (v === BAD) this.error('DNN3002', `${name} ${check}, got ${describe(it)}`, s.span);
      else good.push(v);
    }
    if (spec.many) return good;
    return good.length ? good[0] : BAD;
  }

  /** A row's default: a number, an empty list, another setting's value, or a library object. */
  private defaultOf(row: TrainSettingRow, out: Record<string, unknown>): unknown {
    const d = row.default;
    if (d === undefined || typeof d === 'number' || Array.isArray(d)) return d === undefined ? undefined : typeof d === 'number' ? d : [];
    if ('of' in d) return out[trainSetting(d.of as TrainSettingName).field];
    return (KIND_CHECKS[row.kind] as KindCheck<TrainSettingKind>).library?.();
  }

  /** The rules between settings, checked after the setting they are about: a monitored metric exists, relabel has digits, a cache has frozen layers. */
  private checkTrainRule(name: TrainSettingName, t: Partial<CheckedValuesByField>, settings: Map<string, { value: V; span: Span }>): void {
    const span = () => settings.get(name)!.span;
    const m = name === 'early_stopping' ? t.earlyStopping : name === 'reduce_lr_on_plateau' ? t.plateau : undefined;
    if (m && m.metric !== 'loss' && !this.metrics.some((x) => x.name === m.metric)) {
      this.error('DNN3002', `${name} monitors val_${m.metric}, but the model has no metric '${m.metric}'`, span(), [
        `monitor val_loss${this.metrics.map((x) => ` or val_${x.name}`).join('')}`,
      ]);
    }
    if (name === 'relabel' && t.relabel && !t.digits) this.error('DNN3002', 'relabel numbers the selected digits from 0, but no digits are selected', span(), ['add e.g. digits = [5, 6, 7, 8, 9]']);
    if (name === 'cache_frozen' && t.cacheFrozen && !t.frozen?.length) this.error('DNN3002', 'cache_frozen caches frozen layers, but none are frozen', span(), ['add e.g. frozen = ["hidden[12]/*"]']);
  }

  /**
   * Augmentation transforms images: every feature input must be f32 with height × width values
   * per example. Without `image:`, only 784-value inputs are taken as 28×28 (MNIST's); any
   * other size must say its shape, as it could be any image (or no image at all).
   */
  private checkAugment(train: ModelDefinition['train'], inputs: readonly { decl: InputDecl; artifact: ArtifactInput }[]): ModelDefinition['train'] | null {
    const a = train.augment;
    if (!a) return train;
    const span = this.trainSpans['augment'];
    const features = inputs.filter((i) => i.artifact.role === 'features');
    const size = (i: ArtifactInput) => i.example.reduce((x, y) => x * y, 1);
    let image = a.image;
    if (image === INFER_IMAGE) {
      const bad = features.find((i) => size(i.artifact) !== 784);
      if (bad) {
        this.error('DNN3030', `augment transforms images, but input ${bad.artifact.name} has ${size(bad.artifact)} values per example, not 784 (28×28)`, span, [
          `if ${bad.artifact.name} is an image, give its shape: augment(..., image: [height, width])`,
        ]);
        return null;
      }
      image = [28, 28];
    }
    for (const i of features) {
      if (i.artifact.dtype !== 'f32' || size(i.artifact) !== image[0] * image[1]) {
        this.error('DNN3030', `augment transforms ${image[0]}×${image[1]} images, but input ${i.artifact.name} is ${i.artifact.dtype} with ${size(i.artifact)} values per example`, span);
        return null;
      }
    }
    return { ...train, augment: { ...a, image } };
  }

  // ---- the network ------------------------------------------------------------------------------
  private forward(ctx: ProgramContext, inputs: ReadonlyMap<string, Var>): ForwardResult {
    this.operations = 0;
    const globals = new Env(new Map(), null);
    this.globals = globals;
    for (const [name, v] of inputs) globals.set(name, { kind: 'tensor', v });
    for (const l of this.lets) {
      const v = this.constants.get(l.name.name) ?? ctx.withScope(l.name.name, () => this.expr(l.value, globals, ctx));
      if (v !== POISON) globals.set(l.name.name, v);
      else this.failed.add(l.name.name);
    }
    const tensorOf = (name: string, what: string, span: Span, scalar: boolean): Var | undefined => {
      const v = globals.get(name);
      if (!v) return undefined;
      if (v.kind !== 'tensor' || v.v.type.dtype !== 'f32' || (scalar && v.v.type.shape.length !== 0)) {
        this.error('DNN2006', `${what} must be an f32 ${scalar ? 'scalar' : 'tensor'}, got ${describe(v)}`, span,
          scalar ? ['reduce it, e.g. with mean(...)'] : undefined);
        return undefined;
      }
      return v.v;
    };
    const lossDecl = this.lets.find((l) => l.name.name === 'loss');
    const loss = lossDecl ? tensorOf('loss', 'the loss', lossDecl.value.span, true) : undefined;
    const named = (decls: { name: string; value: Expr; span: Span }[], what: string, scalar: boolean) => {
      const out: [string, Var][] = [];
      for (const d of decls) {
        const v = ctx.withScope(d.name, () => this.expr(d.value, globals, ctx));
        if (v === POISON) continue;
        const key = `__${what}_${d.name}`;
        globals.set(key, v);
        const t = tensorOf(key, `${what} '${d.name}'`, d.value.span, scalar);
        if (t) out.push([d.name, t]);
      }
      return out;
    };
    const metrics = named(this.metrics, 'metric', true);
    const outputs = named(this.outputs, 'output', false);
    return { loss, metrics, outputs };
  }

  private expr(e: Expr, env: Env, ctx: ProgramContext): V {
    switch (e.kind) {
      case 'num':
        return { kind: 'num', value: e.value, isInt: e.isInt };
      case 'str':
        return { kind: 'str', value: e.value };
      case 'bool':
        return { kind: 'bool', value: e.value };
      case 'list': {
        const items = e.items.map((i) => this.expr(i, env, ctx));
        return items.some((i) => i === POISON) ? POISON : { kind: 'list', items: items as Value[] };
      }
      case 'ident': {
        const v = env.get(e.name);
        if (v) return v;
        if (this.fns.has(e.name)) return { kind: 'fn', decl: this.fns.get(e.name)! };
        if (own(BUILTINS, e.name)) return { kind: 'builtin', name: e.name };
        return this.unknown(e.name, e.span, env);
      }
      case 'unary': {
        const x = this.expr(e.operand, env, ctx);
        if (x === POISON) return POISON;
        if (x.kind === 'num') return { kind: 'num', value: -x.value, isInt: x.isInt };
        if (x.kind === 'tensor') return this.overBudget(e.span) ? POISON : { kind: 'tensor', v: ctx.b.neg(x.v) };
        return this.error('DNN2006', `cannot negate ${describe(x)}`, e.span);
      }
      case 'binary':
        return this.binary(e.op, this.expr(e.left, env, ctx), this.expr(e.right, env, ctx), e.span, ctx);
      case 'call':
        return this.call(e, env, ctx);
    }
  }

  private unknown(name: string, span: Span, env: Env): typeof POISON {
    if (this.failed.has(name)) return POISON; // its definition was already reported
    const later = this.lets.find((l) => l.name.name === name);
    if (later) return this.error('DNN2001', `'${name}' is used before its definition`, span, [`defined at ${where(later.name.span)}`]);
    const candidates = [...env.names(), ...this.inputs.map((i) => i.name.name), ...this.fns.keys(), ...Object.keys(BUILTINS)];
    const near = closest(name, candidates);
    return this.error('DNN2001', `unknown name '${name}'`, span, near ? [`did you mean '${near}'?`] : undefined);
  }

  private binary(op: '+' | '-' | '*' | '/', l: V, r: V, span: Span, ctx: ProgramContext): V {
    if (l === POISON || r === POISON) return POISON;
    if (l.kind === 'num' && r.kind === 'num') {
      const value = op === '+' ? l.value + r.value : op === '-' ? l.value - r.value : op === '*' ? l.value * r.value : l.value / r.value;
      // 0/0, ∞-∞, 0·∞: WGSL has no NaN constant, and a NaN spreads to everything it touches.
      if (Number.isNaN(value)) return this.error('DNN2015', `'${span.file.text.slice(span.start, span.end)}' is not a number (NaN)`, span, [NAN_NOTE]);
      return { kind: 'num', value, isInt: l.isInt && r.isInt && op !== '/' };
    }
    const verb = { '+': 'add', '-': 'subtract', '*': 'multiply', '/': 'divide' }[op];
    if ((l.kind !== 'tensor' && l.kind !== 'num') || (r.kind !== 'tensor' && r.kind !== 'num')) {
      return this.error('DNN2006', `cannot ${verb} ${describe(l)} and ${describe(r)}`, span);
    }
    const dl = l.kind === 'tensor' ? l.v.type.dtype : null;
    const dr = r.kind === 'tensor' ? r.v.type.dtype : null;
    if (dl && dr && dl !== dr) return this.error('DNN2006', `cannot ${verb} ${describe(l)} and ${describe(r)}: their element types differ`, span, ['convert with float(...)']);
    const intTensor = (dl ?? dr) !== 'f32';
    const num = l.kind === 'num' ? l : r.kind === 'num' ? r : null;
    if (intTensor && num && !Number.isInteger(num.value)) return this.error('DNN2006', `cannot ${verb} an i32 tensor and the number ${num.value}`, span, ['convert with float(...)']);
    if (intTensor && num && Math.abs(num.value) > I32_MAX) return this.error('DNN2006', `cannot ${verb} an i32 tensor and the number ${num.value}: it is beyond the range of i32`, span);
    const a = l.kind === 'tensor' ? l.v : f32Constant(l.value);
    const b = r.kind === 'tensor' ? r.v : f32Constant(r.value);
    const kind = ({ '+': 'add', '-': 'sub', '*': 'mul', '/': 'div' } as const)[op];
    if (this.overBudget(span)) return POISON;
    try {
      return { kind: 'tensor', v: ctx.b.binary(kind, a, b) };
    } catch (err) {
      if (err instanceof ShapeError) {
        const show = (x: Value) => (x.kind === 'tensor' ? fmtType(x.v.type) : describe(x));
        return this.error('DNN2007', `cannot ${verb} ${show(l)} and ${show(r)}: the shapes do not broadcast`, span);
      }
      throw err;
    }
  }

  // ---- calls ----------------------------------------------------------------------------------------
  private call(e: Call, env: Env, ctx: ProgramContext): V {
    const name = e.callee.name;
    const shadowed = env.get(name) !== undefined || this.fns.has(name);
    if (!shadowed && name === 'repeat') return this.repeat(e, env, ctx);
    if (!shadowed && name === 'scope') return this.scope(e, env, ctx);
    const target = env.get(name) ?? (this.fns.has(name) ? { kind: 'fn' as const, decl: this.fns.get(name)! } : own(BUILTINS, name) ? { kind: 'builtin' as const, name } : undefined);
    if (!target) return this.unknown(name, e.callee.span, env);
    const args = e.args.map((a): ArgValue => ({ name: a.name, value: this.expr(a.value, env, ctx), span: a.span }));
    return this.apply(target, args, e, ctx);
  }

  /**
   * `repeat(f, n, x, named: args...)` = f(f(...f(x, args)...)) n times, each application in its
   * own scope `<name>1` ... `<name>n` (name: the function's, or `name: "..."`), like the
   * chapter's hidden1..hidden5.
   */
  private repeat(e: Call, env: Env, ctx: ProgramContext): V {
    const positional = e.args.filter((a) => !a.name);
    const named = e.args.filter((a) => a.name && a.name.name !== 'name');
    const nameArg = e.args.find((a) => a.name?.name === 'name');
    if (positional.length !== 3) {
      return this.error('DNN2002', `repeat takes a function, a count and an input (then named arguments for the function), got ${positional.length} positional arguments`, e.span);
    }
    const [fArg, nArg, xArg] = positional as [typeof positional[0], typeof positional[0], typeof positional[0]];
    const f = this.expr(fArg!.value, env, ctx);
    const n = this.expr(nArg!.value, env, ctx);
    let x = this.expr(xArg!.value, env, ctx);
    const prefix = nameArg ? this.expr(nameArg.value, env, ctx) : undefined;
    if (f === POISON || n === POISON || x === POISON || prefix === POISON) return POISON;
    if (f.kind !== 'fn' && f.kind !== 'builtin') return this.error('DNN2006', `repeat's first argument must be a function, got ${describe(f)}`, fArg!.span);
    if (n.kind !== 'num' || !Number.isInteger(n.value) || n.value < 1) return this.error('DNN2009', `repeat's count must be a positive integer, got ${describe(n)}`, nArg!.span);
    if (n.value > MAX_REPEAT) return this.error('DNN2009', `repeat's count must be at most ${MAX_REPEAT}, got ${n.value}`, nArg!.span);
    if (prefix && prefix.kind !== 'str') return this.error('DNN2006', `repeat's name must be a string, got ${describe(prefix)}`, nameArg!.span);
    const base = prefix?.kind === 'str' ? prefix.value : f.kind === 'fn' ? f.decl.name.name : f.name;
    const extra = named.map((a): ArgValue => ({ name: a.name, value: this.expr(a.value, env, ctx), span: a.span }));
    for (let i = 1; i <= n.value && x !== POISON; i++) {
      const input: Value = x;
      x = ctx.withScope(ctx.scopePath ? `${ctx.scopePath}/${base}${i}` : `${base}${i}`, () =>
        this.apply(f, [{ value: input, span: xArg!.span }, ...extra], e, ctx),
      );
    }
    return x;
  }

  /** `scope("name", expr)`: the parameters made by expr live under `<current scope>/name/`. */
  private scope(e: Call, env: Env, ctx: ProgramContext): V {
    if (e.args.length !== 2 || e.args.some((a) => a.name)) return this.error('DNN2002', 'scope takes a name and an expression: scope("encoder", dense(x, 100))', e.span);
    const n = this.expr(e.args[0]!.value, env, ctx);
    if (n === POISON) return POISON;
    if (n.kind !== 'str' || !/^[A-Za-z_][A-Za-z0-9_]*$/.test(n.value)) return this.error('DNN2009', `a scope name is an identifier-like string, got ${describe(n)}`, e.args[0]!.span);
    return ctx.withScope(ctx.scopePath ? `${ctx.scopePath}/${n.value}` : n.value, () => this.expr(e.args[1]!.value, env, ctx));
  }

  /** Counts one operation; past MAX_OPERATIONS, reports DNN1006 (once) and says so. */
  private overBudget(span: Span): boolean {
    if (++this.operations <= MAX_OPERATIONS) return false;
    if (this.operations === MAX_OPERATIONS + 1) {
      this.error('DNN1006', `the model is too large: more than ${MAX_OPERATIONS} operations (layers, function calls, arithmetic)`, span, [
        'repeat counts and functions that call others several times multiply',
      ]);
    }
    return true;
  }

  private apply(target: Value, args: { name?: { name: string; span: Span }; value: V; span: Span }[], site: Call, ctx: ProgramContext): V {
    if (this.overBudget(site.span)) return POISON;
    if (target.kind === 'fn') return this.applyFn(target.decl, args, site, ctx);
    if (target.kind === 'builtin') return this.applyBuiltin(target.name, own(BUILTINS, target.name)!, args, site, ctx);
    return this.error('DNN2006', `'${site.callee.name}' is ${describe(target)}, not a function`, site.callee.span);
  }

  /** Matches arguments to parameters; reports arity and naming mistakes. */
  private bind<P extends { name: string }>(
    fname: string,
    params: readonly P[],
    args: { name?: { name: string; span: Span }; value: V; span: Span }[],
    site: Call,
  ): Map<string, V> | null {
    const bound = new Map<string, V>();
    let ok = true;
    args.forEach((a, i) => {
      if (!a.name) {
        const p = params[i];
        if (!p) {
          ok = false;
          this.error('DNN2002', `${fname} takes ${params.length} argument${params.length === 1 ? '' : 's'}, got ${args.length}`, a.span);
          return;
        }
        bound.set(p.name, a.value);
        return;
      }
      const p = params.find((q) => q.name === a.name!.name);
      if (!p) {
        ok = false;
        const near = closest(a.name.name, params.map((q) => q.name));
        this.error('DNN2003', `${fname} has no parameter '${a.name.name}'`, a.name.span, [
          near ? `did you mean '${near}'?` : `its parameters: ${params.map((q) => q.name).join(', ')}`,
        ]);
        return;
      }
      if (bound.has(p.name)) {
        ok = false;
        this.error('DNN2004', `argument '${p.name}' of ${fname} is given twice`, a.span);
        return;
      }
      bound.set(p.name, a.value);
    });
    return ok ? bound : null;
  }

  private applyFn(decl: FnDecl, args: { name?: { name: string; span: Span }; value: V; span: Span }[], site: Call, ctx: ProgramContext): V {
    const fname = decl.name.name;
    if (this.callStack.includes(fname)) return this.error('DNN2010', `'${fname}' calls itself; functions may not recurse`, site.span);
    const bound = this.bind(fname, decl.params.map((p) => ({ name: p.name.name, decl: p })), args, site);
    if (!bound) return POISON;
    const local = new Map<string, Value>();
    let poisoned = false;
    for (const p of decl.params) {
      let v = bound.get(p.name.name);
      if (v === undefined) {
        if (!p.default) {
          this.error('DNN2005', `missing argument '${p.name.name}' in call to ${fname}`, site.span, [`${fname} is defined at ${where(decl.name.span)}`]);
          poisoned = true;
          continue;
        }
        v = this.expr(p.default, this.globals, ctx);
      }
      if (v === POISON) poisoned = true;
      else local.set(p.name.name, v);
    }
    if (poisoned) return POISON;
    this.callStack.push(fname);
    try {
      return this.expr(decl.body, new Env(local, this.globals), ctx);
    } finally {
      this.callStack.pop();
    }
  }

  private applyBuiltin(fname: string, def: BuiltinDef, args: { name?: { name: string; span: Span }; value: V; span: Span }[], site: Call, ctx: ProgramContext): V {
    const bound = this.bind(fname, def.params, args, site);
    if (!bound) return POISON;
    const converted: Record<string, KindValue[ParamKind] | undefined> = {};
    let ok = true;
    for (const p of def.params) {
      const v = bound.get(p.name);
      if (v === POISON) {
        ok = false;
        continue;
      }
      if (v === undefined) {
        if (p.default === undefined) {
          ok = false;
          this.error('DNN2005', `missing argument '${p.name}' in call to ${fname}`, site.span);
          continue;
        }
        converted[p.name] = p.default === null ? undefined : this.convert(fname, p, defaultValue(p), site.span, ctx) ?? undefined;
        continue;
      }
      const argSpan = args.find((a) => a.value === v)?.span ?? site.span;
      const c = this.convert(fname, p, v, argSpan, ctx);
      if (c === null) ok = false;
      else converted[p.name] = c;
    }
    if (!ok) return POISON;
    try {
      const declared = ctx.registry.entries.size;
      const out = def.call(ctx, converted);
      if (out.kind === 'tensor') checkTensorSize(out.v.type, `${fname} gives a tensor`);
      if (out.kind === 'tensor') ctx.calls.push(builtinCall(fname, def, bound, converted, out.v, declared, ctx));
      return out;
    } catch (err) {
      if (err instanceof StdError) return this.error(err.code, err.message, site.span);
      if (err instanceof ShapeError) return this.error('DNN2007', `${fname}: ${err.message}`, site.span);
      throw err;
    }
  }

  private convert(fname: string, p: ParamSpec, v: Value, span: Span, ctx: ProgramContext): KindValue[ParamKind] | null {
    const bad = (want: string): null => {
      this.error('DNN2006', `argument '${p.name}' of ${fname} must be ${want}, got ${describe(v)}`, span);
      return null;
    };
    // A setting (a rate, a size) of Infinity or NaN (1e400, 0/0) is a mistake, never a choice.
    if (p.kind !== 'tensor' && p.kind !== 'tensors' && !finiteNumbers(v)) {
      this.error('DNN2009', `argument '${p.name}' of ${fname} must be finite, got ${describe(v)}`, span);
      return null;
    }
    switch (p.kind) {
      case 'tensor':
        if (v.kind === 'tensor') return v.v;
        if (v.kind === 'num') return ctx.b.const(f32Constant(v.value));
        return bad('a tensor');
      case 'int':
        return v.kind === 'num' && Number.isInteger(v.value) ? v.value : bad('an integer');
      case 'number':
        return v.kind === 'num' ? v.value : bad('a number');
      case 'bool':
        return v.kind === 'bool' ? v.value : bad('true or false');
      case 'string':
        return v.kind === 'str' ? v.value : bad('a string');
      case 'initializer': {
        if (v.kind === 'initializer') return v.init;
        if (v.kind === 'str') {
          const init = own(NAMED_INITIALIZERS, v.value);
          if (init) return init;
          return (this.error('DNN2009', `unknown initializer "${v.value}"`, span, [`known initializers: ${Object.keys(NAMED_INITIALIZERS).join(', ')}`]), null);
        }
        return bad('an initializer name such as "he_normal"');
      }
      case 'activation': {
        const fnValue: Value | undefined = v.kind === 'str' ? (own(BUILTINS, v.value) ? { kind: 'builtin', name: v.value } : undefined) : v;
        if (!fnValue || (fnValue.kind !== 'builtin' && fnValue.kind !== 'fn')) return bad('an activation function such as elu');
        return (x: Var) => {
          const fake: Call = { kind: 'call', callee: { kind: 'ident', name: p.name, span }, args: [], span };
          const r = this.apply(fnValue, [{ value: { kind: 'tensor', v: x }, span }], fake, ctx);
          if (r === POISON || r.kind !== 'tensor') {
            if (r !== POISON) this.error('DNN2006', `the activation must return a tensor, got ${describe(r)}`, span);
            return x;
          }
          return r.v;
        };
      }
      case 'tensors': {
        const items = v.kind === 'list' ? v.items : [v];
        const out: Var[] = [];
        for (const it of items) {
          if (it.kind !== 'tensor') return bad('a list of tensors');
          out.push(it.v);
        }
        return out;
      }
      case 'numbers': {
        const items = v.kind === 'list' ? v.items : [v];
        if (!items.every((i) => i.kind === 'num')) return bad('a number or a list of numbers');
        return items.map((i) => (i as { value: number }).value);
      }
      case 'regularizer':
        return v.kind === 'regularizer' ? v.reg : bad('a regularizer such as l1(0.001) or l2(0.01)');
      case 'patterns': {
        const items = v.kind === 'list' ? v.items : [v];
        if (!items.every((i) => i.kind === 'str')) return bad('a parameter pattern such as "hidden*/kernel", or a list of them');
        return items.map((i) => (i as { value: string }).value);
      }
      case 'schedule':
        if (v.kind === 'schedule') return v.schedule;
        if (v.kind === 'num') {
          try {
            return constant(v.value);
          } catch (err) {
            if (err instanceof StdError) return (this.error(err.code, err.message, span), null);
            throw err;
          }
        }
        return bad('a learning rate: a number or a schedule such as exponential_decay(...)');
      case 'axes': {
        if (v.kind === 'num' && Number.isInteger(v.value)) return [v.value];
        if (v.kind === 'list' && v.items.every((i) => i.kind === 'num' && Number.isInteger(i.value))) {
          return v.items.map((i) => (i as { value: number }).value);
        }
        return bad('an axis or a list of axes');
      }
    }
  }
}

/** False when `v` is, or lists, a NaN or infinite number. */
/**
 * Names the reports already use beside metrics (train and eval --json, metrics.csv, TensorBoard:
 * `val_accuracy` is the validation accuracy) and outputs (predict --json): a metric or output of
 * such a name would overwrite, or be overwritten by, the report's own key. The reason, if taken.
 */
const REPORT_KEYS: Record<'metric' | 'output', (name: string) => string | undefined> = {
  metric: (n) =>
    /^(val|test)_/.test(n) ? `the reports name the validation and test values of each metric ${n.split('_')[0]}_<metric>`
      : ['epoch', 'seconds', 'lr_scale', 'split', 'event'].includes(n) ? `the reports of each epoch and evaluation use the key '${n}'` : undefined,
  output: (n) =>
    n.endsWith('_argmax') ? "predict --json reports each output's largest class as <output>_argmax"
      : ['index', 'label'].includes(n) ? `predict --json reports each example's ${n} under that key` : undefined,
};

const NAN_NOTE = 'a NaN makes every value it touches NaN, and WebGPU cannot write one as a constant';
const I32_MAX = 2 ** 31 - 1;

/**
 * A number as an f32 constant of the network. Beyond the f32 range (1.0 / 0.0, -1e39) it is the
 * largest f32 of its sign: WGSL has no infinite constants and lets a GPU assume that no infinity
 * occurs, so every target (and the reference) computes with ±3.4028235e38 — still below or above
 * every finite f32, as the padding of a max or a min wants.
 */
const f32Constant = (x: number): number => Math.max(-F32_MAX, Math.min(F32_MAX, x));

function finiteNumbers(v: Value): boolean {
  if (v.kind === 'num') return Number.isFinite(v.value);
  if (v.kind === 'list') return v.items.every(finiteNumbers);
  return true;
}

function defaultValue(p: ParamSpec): Value {
  const d = p.default!;
  if (typeof d === 'number') return { kind: 'num', value: d, isInt: Number.isInteger(d) };
  if (typeof d === 'boolean') return { kind: 'bool', value: d };
  return { kind: 'str', value: d };
}

function where(span: Span): string {
  const text = span.file.text.slice(0, span.start);
  const line = text.split('\n').length;
  const col = span.start - text.lastIndexOf('\n');
  return `${span.file.path}:${line}:${col}`;
}

/** The candidate within edit distance 2 (or a third of the name), if any. */
function closest(name: string, candidates: readonly string[]): string | undefined {
  let best: string | undefined;
  let bestD = Math.max(2, Math.floor(name.length / 3)) + 1;
  for (const c of new Set(candidates)) {
    const d = editDistance(name, c);
    if (d < bestD) {
      bestD = d;
      best = c;
    }
  }
  return best;
}

function editDistance(a: string, b: string): number {
  const dp = Array.from({ length: b.length + 1 }, (_, j) => j);
  for (let i = 1; i <= a.length; i++) {
    let prev = dp[0]!;
    dp[0] = i;
    for (let j = 1; j <= b.length; j++) {
      const tmp = dp[j]!;
      dp[j] = Math.min(dp[j]! + 1, dp[j - 1]! + 1, prev + (a[i - 1] === b[j - 1] ? 0 : 1));
      prev = tmp;
    }
  }
  return dp[b.length]!;
}


/** A built-in call that gave a tensor, for the layer graph: its tensor arguments, new state and settings. */
function builtinCall(fn: string, def: BuiltinDef, bound: ReadonlyMap<string, V>, converted: Readonly<Record<string, unknown>>, output: Var, declared: number, ctx: ProgramContext): BuiltinCall {
  const inputs = def.params.flatMap((p) => {
    const v = converted[p.name];
    return p.kind === 'tensor' && v ? [v as Var] : p.kind === 'tensors' && Array.isArray(v) ? (v as Var[]) : [];
  });
  const settings: Record<string, string> = {};
  for (const [name, v] of bound) {
    const text = v === POISON ? undefined : settingText(v);
    if (text !== undefined) settings[name] = text;
  }
  return { fn, scope: ctx.scopePath, inputs, output, states: [...ctx.registry.entries.keys()].slice(declared), settings };
}

function settingText(v: Value): string | undefined {
  switch (v.kind) {
    case 'num': return String(v.value);
    case 'str': return v.value;
    case 'bool': return String(v.value);
    case 'builtin': return v.name;
    case 'fn': return v.decl.name.name;
    case 'initializer': return v.name;
    case 'list': return v.items.every((i) => i.kind === 'num') ? `[${v.items.map(settingText).join(', ')}]` : undefined;
    default: return undefined;
  }
}
