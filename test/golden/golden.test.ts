// Golden dumps of every example at every stage: the IR as elaborated, the train step right
// after differentiation, the optimized IR, the WGSL and the plan. A change to any of them is a
// deliberate act: review the diff, then update with `npx vitest run test/golden -u`.
import { readdirSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { resolveImport } from '../../src/cli/source.js';
import { compileSource, emit, EMITS } from '../../src/compiler/compile.js';

const examples = readdirSync('examples').filter((f) => f.endsWith('.dnn')).sort();

describe.each(examples)('%s', (file) => {
  const name = file.replace(/\.dnn$/, '');
  const c = compileSource({ path: `examples/${file}`, text: readFileSync(`examples/${file}`, 'utf8') }, { resolveImport });
  it.each(EMITS)('%s', async (stage) => {
    const ext = stage === 'wgsl' ? 'wgsl' : stage === 'plan' ? 'json' : 'ir';
    await expect(emit(c, stage)).toMatchFileSnapshot(`${name}/${stage}.${ext}`);
  });
});
