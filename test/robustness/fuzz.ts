// A seeded, grammar-aware fuzzer for the compiler's front to back path (no GPU). It starts from
// the example programs, mutates them at the level of tokens (so most cases still get past the
// lexer and the parser and reach elaboration, model building and code generation), and runs
// each case through `compileSource`. The contract under test: whatever the source, the compiler
// either succeeds or throws a DnnError; anything else is an internal error.

import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { resolveImport } from '../../src/cli/source.js';
import { compileSource } from '../../src/compiler/compile.js';
import { DnnError, formatDiagnostic, type SourceFile } from '../../src/contract/diagnostics.js';
import { tokenize } from '../../src/dsl/lexer.js';

export const EXAMPLES_DIR = fileURLToPath(new URL('../../examples', import.meta.url));

/** The example programs (with their real paths, so that their imports resolve). */
export function loadSeeds(dir = EXAMPLES_DIR): SourceFile[] {
  const seeds: SourceFile[] = [];
  for (const entry of readdirSync(dir, { withFileTypes: true }).sort((a, b) => a.name.localeCompare(b.name))) {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) seeds.push(...loadSeeds(path));
    else if (entry.name.endsWith('.dnn')) seeds.push({ path, text: readFileSync(path, 'utf8') });
  }
  return seeds;
}

// ---- A small seeded PRNG (mulberry32): the same seed gives the same cases everywhere ----------

export class Rng {
  private state: number;
  constructor(seed: number) {
    this.state = seed >>> 0;
  }
  next(): number {
    this.state = (this.state + 0x6d2b79f5) >>> 0;
    let t = this.state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  }
  int(n: number): number {
    return Math.floor(this.next() * n);
  }
  pick<T>(items: readonly T[]): T {
    return items[this.int(items.length)];
  }
}

// ---- Token-level view of a source ---------------------------------------------------------------

/** A source as tokens, each with the text that follows it (whitespace, comments). */
interface Piece {
  text: string;
  kind: 'num' | 'ident' | 'keyword' | 'str' | 'punct';
  after: string;
}

function pieces(file: SourceFile): { lead: string; items: Piece[] } {
  const { tokens } = tokenize(file);
  const items: Piece[] = tokens.map((tok, i) => {
    const end = (tok.endOffset ?? tok.startOffset) + 1;
    const next = tokens[i + 1]?.startOffset ?? file.text.length;
    const name = tok.tokenType.name;
    const kind: Piece['kind'] =
      name === 'NumberLiteral' ? 'num'
      : name === 'Identifier' ? 'ident'
      : name === 'StringLiteral' || name === 'UnterminatedString' ? 'str'
      : /^[A-Z][a-z]+$/.test(name) && /^[a-z]+$/.test(tok.image) ? 'keyword'
      : 'punct';
    return { text: tok.image, kind, after: file.text.slice(end, next) };
  });
  return { lead: file.text.slice(0, tokens[0]?.startOffset ?? file.text.length), items };
}

function join_(lead: string, items: readonly Piece[]): string {
  return lead + items.map((p) => p.text + p.after).join('');
}

// ---- Mutations ----------------------------------------------------------------------------------

/** Numbers that sit on an edge somewhere: zero, signs, overflow, underflow, 2^31, 2^32, huge dims. */
const EXTREME_NUMBERS = [
  '0', '-1', '1', '2', '0.5', '1e400', '1e-400', '1e308', '1e-45', '2147483647', '2147483648',
  '4294967295', '4294967296', '9007199254740993', '99999999999999999999', '100000000', '65536',
  '1e9', '0.0', '3.5', '-0', '1e-7', '123456789012', '00000001',
];
const KEYWORDS = ['model', 'import', 'input', 'fn', 'metric', 'output', 'train', 'true', 'false'];
const PUNCT = ['(', ')', '[', ']', '{', '}', ',', ':', '=', '+', '-', '*', '/'];
/** Odd characters: controls, an ANSI escape, bidi overrides, look-alikes, a NUL, an emoji. */
const ODD_TEXT = [
  '\x00', '\x1b[31m', '\x07', '\r', '\t', '\u202e', '\u2066', '\u200b', '\ufeff', '\u2212', '\u201c',
  '\ud83d\ude00', '\ud800', '@', ';', '$', '.', '"', '\\', '#', '\n', '\u00a0', 'é',
];

type Mutation = (rng: Rng, items: Piece[], vocabulary: readonly string[]) => void;

const at = (rng: Rng, items: readonly Piece[]) => rng.int(Math.max(1, items.length));
const piece = (text: string, kind: Piece['kind'] = 'punct'): Piece => ({ text, kind, after: ' ' });
/** A piece for any token text (its kind matters only to later mutations). */
const tokenPiece = (text: string): Piece =>
  piece(text, /^\d/.test(text) ? 'num' : KEYWORDS.includes(text) ? 'keyword' : /^\w/.test(text) ? 'ident' : 'punct');

function indexOfKind(rng: Rng, items: readonly Piece[], kind: Piece['kind']): number {
  const candidates = items.flatMap((p, i) => (p.kind === kind ? [i] : []));
  return candidates.length ? rng.pick(candidates) : -1;
}

const MUTATIONS: Record<string, Mutation> = {
  drop: (rng, items) => void items.splice(at(rng, items), 1),
  duplicate: (rng, items) => {
    const i = at(rng, items);
    if (items[i]) items.splice(i, 0, { ...items[i] });
  },
  swapAdjacent: (rng, items) => {
    const i = at(rng, items);
    if (i + 1 < items.length) [items[i].text, items[i + 1].text] = [items[i + 1].text, items[i].text];
  },
  swapAny: (rng, items) => {
    const i = at(rng, items);
    const j = at(rng, items);
    if (items[i] && items[j]) [items[i], items[j]] = [{ ...items[j], after: items[i].after }, { ...items[i], after: items[j].after }];
  },
  extremeNumber: (rng, items) => {
    const i = indexOfKind(rng, items, 'num');
    if (i >= 0) items[i] = { ...items[i], text: rng.pick(EXTREME_NUMBERS) };
  },
  otherIdentifier: (rng, items, vocabulary) => {
    const i = indexOfKind(rng, items, 'ident');
    if (i >= 0) items[i] = { ...items[i], text: rng.next() < 0.2 ? rng.pick(KEYWORDS) : rng.pick(vocabulary) };
  },
  otherString: (rng, items, vocabulary) => {
    const i = indexOfKind(rng, items, 'str');
    const choices = ['""', '"*"', '"../x"', '"/etc/passwd"', '"/dev/zero"', '"lib/layers.dnn"', `"${rng.pick(vocabulary)}"`, '"a\\"b"'];
    if (i >= 0) items[i] = { ...items[i], text: rng.pick(choices) };
  },
  insertToken: (rng, items, vocabulary) => {
    const text = rng.next() < 0.5 ? rng.pick(PUNCT) : rng.next() < 0.5 ? rng.pick(vocabulary) : rng.pick(EXTREME_NUMBERS);
    items.splice(at(rng, items), 0, tokenPiece(text));
  },
  insertOddText: (rng, items) => {
    const i = at(rng, items);
    if (items[i]) items[i] = { ...items[i], text: items[i].text + rng.pick(ODD_TEXT) };
  },
  deepenParens: (rng, items) => {
    const i = rng.next() < 0.5 ? indexOfKind(rng, items, 'ident') : indexOfKind(rng, items, 'num');
    const n = 1 + rng.int(rng.next() < 0.1 ? 400 : 40);
    if (i >= 0) items[i] = { ...items[i], text: '('.repeat(n) + items[i].text + ')'.repeat(n) };
  },
  deepenCalls: (rng, items, vocabulary) => {
    const i = indexOfKind(rng, items, 'ident');
    const n = 1 + rng.int(rng.next() < 0.1 ? 300 : 20);
    const f = rng.pick(['relu', 'abs', 'square', 'stop_gradient', 'tanh', rng.pick(vocabulary)]);
    if (i >= 0) items[i] = { ...items[i], text: `${f}(`.repeat(n) + items[i].text + ')'.repeat(n) };
  },
  longChain: (rng, items) => {
    const i = indexOfKind(rng, items, 'ident');
    const n = 2 + rng.int(rng.next() < 0.1 ? 3000 : 60);
    const op = rng.pick([' + ', ' * ', ' - ', ' / ']);
    if (i >= 0) items[i] = { ...items[i], text: Array.from({ length: n }, () => items[i].text).join(op) };
  },
  negations: (rng, items) => {
    const i = indexOfKind(rng, items, 'ident');
    if (i >= 0) items[i] = { ...items[i], text: '-'.repeat(1 + rng.int(300)) + items[i].text };
  },
  dropLineBreaks: (rng, items) => {
    const i = at(rng, items);
    if (items[i]) items[i] = { ...items[i], after: items[i].after.replace(/\n/g, ' ') };
  },
  randomBytes: (rng, items) => {
    const i = at(rng, items);
    const bytes = Array.from({ length: 1 + rng.int(12) }, () => String.fromCharCode(rng.int(256))).join('');
    if (items[i]) items[i] = { ...items[i], after: items[i].after + bytes };
  },
};

export const MUTATION_NAMES = Object.keys(MUTATIONS);

/** Every identifier and string of the seeds: names that mean something somewhere. */
export function vocabularyOf(seeds: readonly SourceFile[]): string[] {
  const words = new Set<string>();
  for (const seed of seeds) for (const p of pieces(seed).items) if (p.kind === 'ident') words.add(p.text);
  return [...words].sort();
}

export interface FuzzCase {
  index: number;
  seed: string;
  mutations: string[];
  file: SourceFile;
}

/** Case `index` of the run seeded with `runSeed`: a seed program with 1–4 mutations. */
export function makeCase(runSeed: number, index: number, seeds: readonly SourceFile[], vocabulary: readonly string[]): FuzzCase {
  const rng = new Rng((runSeed * 1_000_003 + index) >>> 0);
  const seed = rng.pick(seeds);
  const { lead, items } = pieces(seed);
  const applied: string[] = [];
  // Often a single mutation, so that many cases still compile and reach the later stages.
  for (let n = rng.next() < 0.5 ? 1 : 1 + rng.int(4); n > 0; n--) {
    const name = rng.pick(MUTATION_NAMES);
    MUTATIONS[name](rng, items, vocabulary);
    applied.push(name);
  }
  // The case keeps the seed's path, so that `import "lib/layers.dnn"` still resolves.
  return { index, seed: seed.path, mutations: applied, file: { path: seed.path, text: join_(lead, items) } };
}

// ---- Running a case -------------------------------------------------------------------------------

export type Outcome =
  | { kind: 'ok' }
  | { kind: 'diagnostics'; codes: string[] }
  | { kind: 'internal'; error: unknown; signature: string };

/** Compiles a case; a DnnError is an answer, anything else an internal error. */
export function runCase(file: SourceFile): Outcome {
  try {
    compileSource(file, { resolveImport });
    return { kind: 'ok' };
  } catch (e) {
    if (e instanceof DnnError) {
      // Rendering must not fail either (it runs on every diagnostic the CLI prints).
      for (const d of e.diagnostics) formatDiagnostic(d);
      return { kind: 'diagnostics', codes: e.diagnostics.map((d) => d.code) };
    }
    return { kind: 'internal', error: e, signature: signatureOf(e) };
  }
}

/** What identifies a class of internal error: its type, message shape and innermost src frame. */
export function signatureOf(e: unknown): string {
  if (!(e instanceof Error)) return `non-Error: ${String(e)}`;
  const message = e.message.split('\n')[0].replace(/\d+/g, 'N').replace(/'[^']*'/g, "'…'").slice(0, 120);
  const frame = (e.stack ?? '').split('\n').find((l) => l.includes('/src/')) ?? '';
  const where = /\/(src\/[^:)]+)/.exec(frame)?.[1] ?? 'unknown';
  return `${e.name}: ${message} @ ${where}`;
}

/**
 * Shrinks a failing source by deleting tokens, then whole lines, while `stillFails` holds; a
 * bounded number of tries so that a report never takes long.
 */
export function minimize(file: SourceFile, stillFails: (f: SourceFile) => boolean, maxTries = 400): SourceFile {
  let current = file;
  let tries = 0;
  for (const unit of ['line', 'token'] as const) {
    let i = 0;
    for (;;) {
      const parts = unit === 'line' ? current.text.split('\n') : splitTokens(current);
      if (i >= parts.length || tries >= maxTries) break;
      const candidate = { path: current.path, text: [...parts.slice(0, i), ...parts.slice(i + 1)].join(unit === 'line' ? '\n' : '') };
      tries++;
      if (stillFails(candidate)) current = candidate;
      else i++;
    }
  }
  return current;
}

function splitTokens(file: SourceFile): string[] {
  const { lead, items } = pieces(file);
  return [lead, ...items.map((p) => p.text + p.after)];
}
