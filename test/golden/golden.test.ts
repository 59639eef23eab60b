// Golden dumps of every example at every stage: the IR as built, the train step right after
// differentiation, the optimized IR, the WGSL and the plan. A change to any of them is a
// deliberate act: review the diff, then update with `npx vitest run test/golden -u`.
// Every dumped program is also run through the verifier here, independently of the pipeline.
import { readdirSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { resolveImport } from '../../src/cli/source.js';
import { compileSource, EMITS } from '../../src/compiler/compile.js';
import { verifyProgram } from '../../src/ir/verify.js';

const examples = [
  ...readdirSync('examples').filter((f) => f.endsWith('.dnn')),
  ...readdirSync('examples/optimizers').filter((f) => f.endsWith('.dnn')).map((f) => `optimizers/${f}`),
].sort();

describe.each(examples)('%s', (file) => {
  const name = file.replace(/\.dnn$/, '');
  const c = compileSource({ path: `examples/${file}`, text: readFileSync(`examples/${file}`, 'utf8') }, { resolveImport });
  it.each(EMITS)('%s', async (stage) => {
    const ext = stage === 'wgsl' ? 'wgsl' : stage === 'plan' ? 'json' : 'ir';
    await expect(c.emit(stage)).toMatchFileSnapshot(`${name}/${stage}.${ext}`);
  });
  it.each(['ir', 'ir-grad', 'ir-opt'] as const)('%s is well formed', (stage) => {
    const types = new Map(c.model.state.map((s) => [s.name, s.type]));
    const programs = Object.values(c.programs(stage));
    expect(programs.length).toBeGreaterThan(0);
    for (const p of programs) expect(() => verifyProgram(p, types)).not.toThrow();
  });
});
