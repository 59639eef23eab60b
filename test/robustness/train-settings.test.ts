// The train block's keys are looked up in an object table (TRAIN_SETTINGS): a key that names an
// Object.prototype member is an unknown setting like any other, never a row.
import { describe, expect, it } from 'vitest';
import { checkSource } from '../../src/compiler/compile.js';

const model = (key: string) => ({
  path: 'm.dnn',
  text: `model m\ninput X: f32[batch, 4]\ninput y: i32[batch]\nlogits = dense(X, 3)\nloss = mean(sparse_softmax_cross_entropy(logits, y))\ntrain {\n  ${key} = 3\n}\n`,
});

describe('train-block keys that name prototype members', () => {
  it.each(['constructor', 'toString', 'hasOwnProperty', '__proto__', 'valueOf'])('%s is an unknown train setting', (key) => {
    const diags = checkSource(model(key));
    expect(diags.map((d) => `${d.code} ${d.message}`)).toEqual([`DNN3003 unknown train setting '${key}'`]);
  });
});
