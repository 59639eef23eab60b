// The pass list is honest: each model-driver step takes the record the step before returned, so
// a step out of order does not type-check (the @ts-expect-error lines below are checked by
// `tsc -p tsconfig.test.json`, and the same snippets by the compiler API here), and a pass
// inserted among the driver's steps changes what the next step builds from.
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import ts from 'typescript';
import { describe, expect, it } from 'vitest';
import { compileSource } from '../../src/compiler/compile.js';
import { PassList } from '../../src/compiler/passList.js';
import { PASSES, type PipelineOptions } from '../../src/compiler/pipeline.js';
import { elaborate } from '../../src/dsl/elaborate.js';
import { parseSource } from '../../src/dsl/parse.js';
import { buildEntries, buildTrainForward, cutFrozen, differentiateTrainStep, elaborated, type Elaborated, type TrainForward } from '../../src/model/driver.js';
import type { ModelDefinition } from '../../src/std/model.js';

const TEXT = `
model m
input X: f32[batch, 5]
input y: i32[batch]
logits = dense(relu(dense(X, 6, name: "hidden")), 3, name: "out")
loss = mean(sparse_softmax_cross_entropy(logits, y))
train {
  batch_size = 4
  frozen = ["hidden/*"]
}`;

function definition(): ModelDefinition {
  const { def } = elaborate(parseSource({ path: 'm.dnn', text: TEXT }).module, {});
  if (!def) throw new Error('the test model does not elaborate');
  return def;
}

/** Never called: what tsc must reject (checked by `tsc -p tsconfig.test.json`). */
export function outOfOrder(forwardOnly: TrainForward): void {
  // @ts-expect-error differentiation needs the frozen cut's record, not the forward pass's
  differentiateTrainStep(forwardOnly);
  // @ts-expect-error buildEntries needs the gradients
  buildEntries(cutFrozen(forwardOnly));
  // @ts-expect-error a list whose second pass does not take what the first returns
  PassList.from<Elaborated, PipelineOptions>().then('buildTrainForward', buildTrainForward).then('buildEntries', buildEntries);
}

/** The TypeScript errors of each line of a snippet placed in this folder (so it imports as this file does). */
function typeErrors(lines: readonly string[]): string[][] {
  const here = dirname(fileURLToPath(import.meta.url));
  const file = join(here, '__pass_order_snippet.ts');
  const head = `import { PassList } from '../../src/compiler/passList.js';
import { buildEntries, buildTrainForward, cutFrozen, differentiateTrainStep, elaborated, type Elaborated } from '../../src/model/driver.js';
import type { ModelDefinition } from '../../src/std/model.js';
declare const def: ModelDefinition;
`;
  const text = head + lines.join('\n') + '\n';
  const options: ts.CompilerOptions = { strict: true, noEmit: true, module: ts.ModuleKind.NodeNext, moduleResolution: ts.ModuleResolutionKind.NodeNext, target: ts.ScriptTarget.ES2022, skipLibCheck: true, types: [] };
  const host = ts.createCompilerHost(options);
  const read = host.getSourceFile.bind(host);
  host.getSourceFile = (name, version, ...rest) => (name === file ? ts.createSourceFile(name, text, version) : read(name, version, ...rest));
  const program = ts.createProgram([file], options, host);
  const source = program.getSourceFile(file);
  const errors = lines.map((): string[] => []);
  const first = head.split('\n').length - 1;
  for (const d of ts.getPreEmitDiagnostics(program, source)) {
    const line = source && d.start !== undefined ? source.getLineAndCharacterOfPosition(d.start).line - first : -1;
    (errors[line] ?? errors[0]!).push(ts.flattenDiagnosticMessageText(d.messageText, '\n'));
  }
  return errors;
}

describe('the pass list', () => {
  it('is one list of named passes, the model driver first', () => {
    expect([...PASSES.build.names, ...PASSES.lower.names, ...PASSES.emit.names]).toEqual([
      'buildTrainForward', 'cutFrozen', 'differentiate', 'buildEntries', 'keepPredict',
      'simplify', 'constantMatmul', 'eliminateDeadCode', 'splitWideOps', 'splitLongReductions', 'fuse', 'planBuffers', 'checkBufferSizes', 'schedule',
      'emit', 'emitWasm', 'inferenceOnly',
    ]);
  });

  it('rejects a driver step out of order at compile time, and accepts the steps in order', () => {
    const [inOrder, skipped, swapped] = typeErrors([
      'buildEntries(differentiateTrainStep(cutFrozen(buildTrainForward(elaborated(def)))));',
      'buildEntries(cutFrozen(buildTrainForward(elaborated(def))));',
      `PassList.from<Elaborated, object>().then('a', buildTrainForward).then('b', differentiateTrainStep);`,
    ]);
    expect(inOrder).toEqual([]);
    expect(skipped?.join('\n')).toMatch(/not assignable to parameter of type 'Differentiated'/);
    expect(swapped?.join('\n')).toMatch(/'Cut'/);
  }, 60_000);

  it('runs the steps by hand to the same entries as the pipeline', () => {
    const def = definition();
    const byHand = buildEntries(differentiateTrainStep(cutFrozen(buildTrainForward(elaborated(def)))));
    const listed = PASSES.build.run(elaborated(def), {});
    expect(byHand).toEqual(listed);
    expect(compileSource({ path: 'm.dnn', text: TEXT }).model).toEqual(listed.model);
  });

  it('a pass inserted among the driver steps is what the next step builds on', () => {
    // An extra output on the train step after its forward pass: the old driver kept its own copy
    // of the train step and dropped such a change; now it reaches the built entries.
    const tagLoss = (s: TrainForward): TrainForward => {
      const train = s.model.programs['train_step'];
      const loss = train?.outputs.find((o) => o.name === 'loss');
      if (!train || !loss) throw new Error('no train step with a loss');
      const tagged = { ...train, outputs: [...train.outputs, { name: 'tagged', var: loss.var }] };
      return { ...s, model: { ...s.model, programs: { train_step: tagged } } };
    };
    const list = PassList.from<Elaborated, PipelineOptions>()
      .then('buildTrainForward', buildTrainForward)
      .then('tagLoss', tagLoss)
      .then('cutFrozen', cutFrozen)
      .then('differentiate', differentiateTrainStep)
      .then('buildEntries', buildEntries);
    const seen: string[] = [];
    const entries = list.run(elaborated(definition()), {}, (pass) => seen.push(pass));
    expect(seen).toEqual(['buildTrainForward', 'tagLoss', 'cutFrozen', 'differentiate', 'buildEntries']);
    expect(entries.model.programs['train_step']?.outputs.map((o) => o.name)).toContain('tagged');
    expect(PASSES.build.run(elaborated(definition()), {}).model.programs['train_step']?.outputs.map((o) => o.name)).not.toContain('tagged');
  });

  it('verifies the program a pass returns', () => {
    const broken = (s: TrainForward): TrainForward => {
      const programs = Object.fromEntries(Object.entries(s.model.programs).map(([k, p]) => [k, { ...p, eqns: p.eqns.slice(1) }]));
      return { ...s, model: { ...s.model, programs } };
    };
    const list = PassList.from<Elaborated, PipelineOptions>().then('buildTrainForward', buildTrainForward).then('broken', broken);
    expect(() => list.run(elaborated(definition()), {})).toThrow(/before its definition|is undefined/);
  });

  it('a step whose program an inserted pass removed says so', () => {
    const dropAll = (s: TrainForward): TrainForward => ({ ...s, model: { ...s.model, programs: {} } });
    const list = PassList.from<Elaborated, PipelineOptions>().then('buildTrainForward', buildTrainForward).then('dropAll', dropAll).then('cutFrozen', cutFrozen);
    expect(() => list.run(elaborated(definition()), {})).toThrow(/no train_step program/);
  });
});
