// `compile --inference`: for every example, the artifact holds the predict entry and what it reads
// (its kernels, for WGSL and wasm; the parameters and batch-norm statistics; its inputs and
// outputs) and nothing of training, is smaller than the full artifact, and its predict entry is
// the full artifact's (the same dispatches with the same workgroups and the same kinds of buffers).
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { compileSource } from '../../src/compiler/compile.js';
import { resolveImport } from '../../src/cli/source.js';
import type { Artifact, Step } from '../../src/contract/artifact.js';
import { validateArtifact } from '../../src/runtime/artifact.js';

const DIRS = ['examples', 'examples/optimizers', 'examples/own', 'examples/browser'];
const examples = DIRS.flatMap((d) => readdirSync(d).filter((f) => f.endsWith('.dnn')).map((f) => join(d, f))).sort();
/** Whether the example declares an `output` (what predict returns); the others have nothing to predict. */
const predicts = (path: string) => /^\s*output\s/m.test(readFileSync(path, 'utf8'));
const withOutputs = examples.filter(predicts);
const withoutOutputs = examples.filter((p) => !predicts(p));

const compile = (path: string, inference: boolean): Artifact =>
  compileSource({ path, text: readFileSync(path, 'utf8') }, { resolveImport, wasm: true, inference }).artifact;

/** A step as kinds of buffers and workgroups: what does not depend on buffer numbering. */
function shapeOf(a: Artifact, s: Step): string {
  if ('copy' in s) return `copy ${a.buffers[s.copy.src]!.name} -> ${a.buffers[s.copy.dst]!.name} ${s.copy.bytes}`;
  const names = s.buffers.map((b) => a.buffers[b]!).map((b) => (b.kind === 'temp' ? 'temp' : b.name));
  return `${a.kernels[s.dispatch]!.bindings.join(',')} [${names.join(' ')}] ${s.workgroups.join('x')}`;
}

/** WGSL with each storage binding's variable renamed after its binding number. */
function bindingsNumbered(wgsl: string): string {
  const names = [...wgsl.matchAll(/@binding\((\d+)\)\s*var<storage,[^>]*>\s*(\w+)/g)];
  expect(names.length).toBeGreaterThan(0);
  return names.reduce((text, [, j, name]) => text.replace(new RegExp(`\\b${name}\\b`, 'g'), `binding_${j}`), wgsl);
}

describe('an inference-only artifact of every example', () => {
  it('finds the examples', () => {
    expect(withOutputs.length).toBeGreaterThan(8);
    expect(withoutOutputs.length).toBeGreaterThan(8);
  });

  it.each(withOutputs)('%s: predict alone, nothing of training, smaller', (path) => {
    const full = compile(path, false);
    const inf = compile(path, true);
    expect(() => validateArtifact(structuredClone(inf))).not.toThrow();
    expect(full.kind).toBeUndefined();
    expect(inf.kind).toBe('inference');
    expect(Object.keys(inf.entries)).toEqual(['predict']);
    expect(inf.accumulators).toEqual({});
    // No feed (shuffle) kernel, no data set, no optimizer slot, counter or accumulator.
    expect(inf.kernels.filter((k) => k.name.includes('feed_'))).toEqual([]);
    expect(inf.buffers.filter((b) => b.kind === 'dataset')).toEqual([]);
    expect(inf.buffers.filter((b) => b.kind === 'state' && b.role !== 'param' && b.role !== 'statistic').map((b) => b.name)).toEqual([]);
    expect(inf.inputs.every((x) => x.role === 'features')).toBe(true);
    expect(inf.outputs).toEqual(full.outputs);
    // Every state buffer predict reads in the full artifact is here, with the same shape.
    const fullPredictState = new Set(full.entries['predict']!.flatMap((s) => ('copy' in s ? [] : s.buffers)).map((b) => full.buffers[b]!).filter((b) => b.kind === 'state'));
    expect(inf.buffers.filter((b) => b.kind === 'state')).toEqual([...fullPredictState].sort((a, b) => full.buffers.indexOf(a) - full.buffers.indexOf(b)));
    // The same steps as the full artifact's predict entry; the same number of kernels in both targets.
    expect(inf.entries['predict']!.map((s) => shapeOf(inf, s))).toEqual(full.entries['predict']!.map((s) => shapeOf(full, s)));
    // The same kernel code, but for the names of its bindings (a kernel shared with another entry
    // is named after its first user's buffers, and scratch is numbered in each artifact's own table).
    const code = (a: Artifact) => a.entries['predict']!.flatMap((s) => ('copy' in s ? [] : [bindingsNumbered(a.kernels[s.dispatch]!.wgsl!)]));
    expect(code(inf)).toEqual(code(full));
    expect(inf.kernels.length).toBeLessThan(full.kernels.length);
    expect(inf.wasm!.kernels.length).toBe(inf.kernels.length);
    expect(inf.wasm!.module.length).toBeLessThan(full.wasm!.module.length);
    expect(JSON.stringify(inf).length).toBeLessThan(JSON.stringify(full).length / 2);
  });

  it.each(withoutOutputs)('%s declares no output: nothing to predict, DNN3001', (path) => {
    expect(() => compile(path, true)).toThrow(expect.objectContaining({ diagnostics: [expect.objectContaining({ code: 'DNN3001' })] }));
  });
});
