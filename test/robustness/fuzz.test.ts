// The compiler must answer any source with a result or DnnErrors: no internal error, no hang,
// no runaway memory. A seeded fuzzer (fuzz.ts) mutates the examples and compiles each case in
// process (no GPU). CI runs DEFAULT_CASES cases; a longer run:
//
//   DNNC_FUZZ_CASES=100000 npx vitest run test/robustness/fuzz.test.ts     (or: npm run fuzz)
//
// DNNC_FUZZ_SEED picks another sequence of cases (the default is fixed, so CI is reproducible);
// DNNC_FUZZ_TRACE=file writes each case there before running it (to find a case that hangs).
// A failure prints the case (seed, index, mutations) and a shrunk source that still fails.

import { writeFileSync } from 'node:fs';
import { describe, expect, test } from 'vitest';
import { loadSeeds, makeCase, minimize, runCase, vocabularyOf, type FuzzCase, type Outcome } from './fuzz.js';

const DEFAULT_CASES = 3000;
const CASES = Number(process.env.DNNC_FUZZ_CASES ?? DEFAULT_CASES);
const RUN_SEED = Number(process.env.DNNC_FUZZ_SEED ?? 20260101);
/** A case that takes longer than this is a hang in the making (typical cases take milliseconds). */
const CASE_TIME_LIMIT_MS = Number(process.env.DNNC_FUZZ_CASE_MS ?? 2000);
/** Heap a single case may leave behind (garbage included): far above what a real model needs. */
const CASE_HEAP_LIMIT_BYTES = 512 * 1024 * 1024;
/** If set, each case is written there before it runs (so a hanging case can be found). */
const TRACE_FILE = process.env.DNNC_FUZZ_TRACE;

/**
 * Known failures deep in the compiler (src/codegen, src/passes), found by this fuzzer and
 * reported to the owners of that code (an internal error in codegen for `mean(x + x)`, found
 * the same way, is already fixed). Each entry either recognises the internal error it
 * causes (`signature`) or, for a hang, the sources that trigger it (`source`, checked before
 * compiling, so the run does not stall). THIS LIST IS MEANT TO BE EMPTIED: delete an entry when
 * its bug is fixed, and the fuzzer checks that class again.
 */
const KNOWN_ISSUES: readonly { name: string; reproducer: string; signature?: RegExp; source?: (text: string) => boolean }[] = [
  // Empty: nested elementwise calls once took time exponential in their depth (fuse walked a
  // shared subexpression once per path); fixed, with the cases no longer skipped.
];

interface Failure {
  c: FuzzCase;
  why: string;
  signature: string;
}

describe('robustness: fuzzing the compiler front to back', () => {
  // A case that hangs outright is caught by this test's timeout; DNNC_FUZZ_TRACE then names it.
  test(`${CASES} mutated examples give a result or DnnErrors, in bounded time and memory`, { timeout: 60_000 + CASES * 50 }, () => {
    const seeds = loadSeeds();
    const vocabulary = vocabularyOf(seeds);
    expect(seeds.length).toBeGreaterThan(10);

    const failures: Failure[] = [];
    const tally = { ok: 0, diagnostics: 0, known: new Map<string, number>() };
    const started = performance.now();
    for (let i = 0; i < CASES; i++) {
      const c = makeCase(RUN_SEED, i, seeds, vocabulary);
      const hang = KNOWN_ISSUES.find((k) => k.source?.(c.file.text));
      if (hang) {
        tally.known.set(hang.name, (tally.known.get(hang.name) ?? 0) + 1);
        continue;
      }
      // For long runs: the case in progress, to find one that hangs.
      if (TRACE_FILE) writeFileSync(TRACE_FILE, `case ${i} (seed ${RUN_SEED}): ${c.mutations.join(', ')}\n${c.file.text}`);
      const heapBefore = process.memoryUsage().heapUsed;
      const t = performance.now();
      const outcome = runCase(c.file);
      const ms = performance.now() - t;
      const heapGrowth = process.memoryUsage().heapUsed - heapBefore;

      const known = outcome.kind === 'internal' && KNOWN_ISSUES.find((k) => k.signature?.test(outcome.signature));
      if (known) tally.known.set(known.name, (tally.known.get(known.name) ?? 0) + 1);
      else if (outcome.kind === 'internal') failures.push({ c, why: describeError(outcome), signature: outcome.signature });
      else tally[outcome.kind]++;
      if (ms > CASE_TIME_LIMIT_MS) failures.push({ c, why: `took ${ms.toFixed(0)} ms (limit ${CASE_TIME_LIMIT_MS})`, signature: 'slow' });
      if (heapGrowth > CASE_HEAP_LIMIT_BYTES) failures.push({ c, why: `grew the heap by ${(heapGrowth / 2 ** 20).toFixed(0)} MiB`, signature: 'memory' });
    }
    const seconds = (performance.now() - started) / 1000;
    console.log(
      `fuzz: ${CASES} cases (seed ${RUN_SEED}) in ${seconds.toFixed(1)} s, ${(CASES / seconds).toFixed(0)} cases/s: ` +
        `${tally.ok} compiled, ${tally.diagnostics} DnnErrors, ${failures.length} failures` +
        [...tally.known].map(([name, n]) => `\n  known issue (${n} cases): ${name}`).join(''),
    );
    // Most cases should get past the parser, or the fuzzer is only testing syntax errors.
    expect(tally.ok).toBeGreaterThan(0);
    if (failures.length > 0) throw new Error(report(failures));
  });
});

function describeError(outcome: Extract<Outcome, { kind: 'internal' }>): string {
  const e = outcome.error;
  return e instanceof Error ? (e.stack ?? e.message).split('\n').slice(0, 6).join('\n') : String(e);
}

/** One entry per distinct failure, with the case shrunk to a small source that still fails. */
function report(failures: readonly Failure[]): string {
  const bySignature = new Map<string, Failure[]>();
  for (const f of failures) bySignature.set(f.signature, [...(bySignature.get(f.signature) ?? []), f]);
  const entries = [...bySignature.values()].map((group) => {
    const { c, why, signature } = group[0];
    const stillFails = (file: typeof c.file) => {
      const t = performance.now();
      const o = runCase(file);
      if (signature === 'slow') return performance.now() - t > CASE_TIME_LIMIT_MS;
      return o.kind === 'internal' && o.signature === signature;
    };
    const small = signature === 'memory' ? c.file : minimize(c.file, stillFails, signature === 'slow' ? 20 : 400);
    return [
      `---- ${group.length} case(s): ${why}`,
      `case ${c.index} (DNNC_FUZZ_SEED=${RUN_SEED}), from ${c.seed}, mutations: ${c.mutations.join(', ')}`,
      'shrunk source:',
      small.text,
    ].join('\n');
  });
  return `${failures.length} fuzz case(s) failed:\n${entries.join('\n\n')}`;
}
