// The train-settings table (src/contract/trainSettings.ts) is the one place a setting is declared:
// every row says how a wrong value is told and what the setting does, the elaborator reports each
// row's check, the flags are named as commander names them, and the artifact keeps its order.
import { Option } from 'commander';
import { describe, expect, it } from 'vitest';
import { checkSource, compileSource } from '../../src/compiler/compile.js';
import { orderTrainFields, type Artifact } from '../../src/contract/artifact.js';
import { validateArtifact } from '../../src/runtime/artifact.js';
import {
  artifactSettings, FLAG_SETTINGS, TRAIN_SETTING_NAMES, TRAIN_SETTINGS, trainSetting, type TrainSettingRow,
} from '../../src/contract/trainSettings.js';

// A row without a check or a doc does not compile (tsconfig.test.json type-checks this file).
// @ts-expect-error a row needs a check
const noCheck: TrainSettingRow = { kind: 'bool', field: 'x', doc: 'what it does' };
// @ts-expect-error a row needs a doc
const noDoc: TrainSettingRow = { kind: 'bool', field: 'x', check: 'must be true or false' };

/** What is missing from each row of a table: an empty check or doc (a row built with a cast). */
function rowProblems(rows: Readonly<Record<string, TrainSettingRow>>): string[] {
  return Object.entries(rows).flatMap(([name, r]) => [
    ...(typeof r.check === 'string' && r.check.trim() ? [] : [`${name}: no check`]),
    ...(typeof r.doc === 'string' && r.doc.trim() ? [] : [`${name}: no doc`]),
  ]);
}

const MODEL = (block: string) => ({
  path: 'm.dnn',
  text: `model m\ninput X: f32[batch, 4]\ninput y: i32[batch]\nlogits = dense(X, 3)\nloss = mean(sparse_softmax_cross_entropy(logits, y))\ntrain {\n${block}\n}\n`,
});

describe('the train-settings table', () => {
  it('every row has a check and a doc', () => {
    expect(rowProblems(TRAIN_SETTINGS)).toEqual([]);
    // The check can fail: rows made without them (past the type checker) are found.
    expect(rowProblems({ a: noCheck, b: noDoc, c: { ...noDoc, check: ' ', doc: 'd' } })).toEqual(['a: no check', 'b: no doc', 'c: no check']);
  });

  it('fields are distinct, and each flag sets the field commander names it by', () => {
    const fields = TRAIN_SETTING_NAMES.map((n) => trainSetting(n).field);
    expect(new Set(fields).size).toBe(fields.length);
    expect(FLAG_SETTINGS.length).toBeGreaterThan(0);
    for (const n of FLAG_SETTINGS) expect(new Option(trainSetting(n).flag!.spec).attributeName(), n).toBe(trainSetting(n).field);
  });

  it.each(TRAIN_SETTING_NAMES)('a wrong %s is reported with its row\'s check', (name) => {
    const { kind, check } = trainSetting(name);
    const wrong = kind === 'string' || kind === 'patterns' ? '1.5' : '"x"';
    const diags = checkSource(MODEL(`  ${name} = ${wrong}`));
    expect(diags.map((d) => `${d.code} ${d.message}`)).toContain(`DNN3002 ${name} ${check}, got ${wrong === '1.5' ? 'the number 1.5' : 'the string "x"'}`);
  });

  it('an unknown setting lists the rows in table order', () => {
    const [d] = checkSource(MODEL('  epohcs = 3'));
    expect(d?.notes).toEqual([`known settings: ${Object.keys(TRAIN_SETTINGS).join(', ')}`]);
  });

  it('the artifact copies the rows marked artifact that are set, in its fixed order, a new field last', () => {
    const a = compileSource(MODEL('  epochs = 3\n  per_class = 5\n  digits = [0, 1, 2]\n  relabel = true')).artifact;
    expect(Object.keys(a.train)).toEqual(['batchSize', 'evalBatchSize', 'epochs', 'optimizer', 'digits', 'relabel', 'perClass']);
    expect(a.train).toMatchObject({ batchSize: 32, evalBatchSize: 32, epochs: 3, digits: [0, 1, 2], relabel: true, perClass: 5 });
    expect(artifactSettings({ relabel: false, data: '', batchSize: 8, frozen: [/x/] })).toEqual({ batchSize: 8 });
    const shuffled = { later: 1, perClass: 2, optimizer: {}, batchSize: 4 } as unknown as Artifact['train'];
    expect(Object.keys(orderTrainFields(shuffled))).toEqual(['batchSize', 'optimizer', 'perClass', 'later']);
  });

  it('the artifact schema checks every field a row copies', () => {
    const a = compileSource(MODEL('  epochs = 3')).artifact;
    expect(() => validateArtifact(a)).not.toThrow();
    const copied = TRAIN_SETTING_NAMES.filter((n) => trainSetting(n).artifact).map((n) => trainSetting(n).field);
    expect(copied).toContain('perClass');
    for (const field of copied) {
      expect(() => validateArtifact({ ...a, train: { ...a.train, [field]: { not: 'a setting' } } }), field).toThrow();
    }
  });
});
