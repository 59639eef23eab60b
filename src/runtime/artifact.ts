// Loading an artifact in any JavaScript environment (browser-safe: no Node module). An artifact
// comes as a URL (a bundle, or a plan.json whose kernel files are fetched next to it), as the
// bytes of a bundle, or as an object; every one is checked here, where it enters, so a damaged or
// foreign file is a DnnError naming what is wrong rather than a failure deep in WebGPU.
import { fail } from '../contract/diagnostics.js';
import { ARTIFACT_FORMAT, ARTIFACT_VERSION, type Artifact } from '../contract/artifact.js';
import { checkArtifact } from '../contract/artifactSchema.js';
import { SchemaError } from '../contract/schema.js';

/** What loadArtifact accepts. (The Node entry, `dnnc/runtime/node`, also takes a directory path.) */
export type ArtifactSource = string | URL | Uint8Array | ArrayBuffer | Artifact | Record<string, unknown>;

export interface LoadArtifactOptions {
  /** The fetch to use for URLs (default: globalThis.fetch). */
  fetch?: typeof globalThis.fetch;
  /** The most bytes read for the artifact or any one of its kernel files (default MAX_ARTIFACT_BYTES). */
  maxBytes?: number;
}

/** Artifacts are plans and kernel text: a few MiB at most. Bounds what a source may make us read. */
export const MAX_ARTIFACT_BYTES = 64 * 1024 * 1024;

/**
 * Loads and validates an artifact. A URL is fetched (a directory URL ending in `/` means its
 * plan.json); kernels that refer to files are fetched relative to it. Bytes and objects must carry
 * their kernels inline (a bundle: `dnnc compile model.dnn --bundle model.json`).
 */
export async function loadArtifact(source: ArtifactSource, opts: LoadArtifactOptions = {}): Promise<Artifact> {
  if (typeof source === 'string' || source instanceof URL) return loadFromUrl(source, opts);
  if (source instanceof Uint8Array || source instanceof ArrayBuffer) return parseArtifactBundle(source instanceof Uint8Array ? source : new Uint8Array(source), 'artifact bundle', opts.maxBytes);
  if (typeof source === 'object' && source !== null) return requireInlineKernels(validateArtifact(source, 'artifact'), 'artifact');
  return fail('DNN6031', `loadArtifact takes a URL, bytes or an artifact object, got ${source === null ? 'null' : typeof source}`);
}

/** Parses the bytes of a bundle (JSON with kernels inline). */
export function parseArtifactBundle(bytes: Uint8Array, where = 'artifact bundle', maxBytes = MAX_ARTIFACT_BYTES): Artifact {
  return requireInlineKernels(validateArtifact(parseJson(bytes, where, maxBytes), where), where);
}

/** The one-file form of an artifact: the plan with each kernel's WGSL inline. */
export function bundleOf(a: Artifact): string {
  return JSON.stringify({ ...a, kernels: a.kernels.map((k) => ({ name: k.name, bindings: k.bindings, wgsl: k.wgsl })) }) + '\n';
}

async function loadFromUrl(source: string | URL, opts: LoadArtifactOptions): Promise<Artifact> {
  const doFetch = opts.fetch ?? globalThis.fetch;
  if (typeof doFetch !== 'function') fail('DNN6031', 'this environment has no fetch; pass the artifact as bytes or an object');
  const base = typeof location !== 'undefined' ? location.href : undefined;
  let url: URL;
  try {
    url = new URL(String(source), base);
  } catch {
    return fail('DNN6031', `'${String(source)}' is not a URL (in Node, load files with loadArtifact from 'dnnc/runtime/node')`);
  }
  if (url.pathname.endsWith('/')) url = new URL('plan.json', url);
  const limit = opts.maxBytes ?? MAX_ARTIFACT_BYTES;
  // The plan and its kernel files together are bounded like one bundle: each fetch counts into one budget.
  const budget = { left: limit };
  const a = validateArtifact(parseJson(await fetchBytes(doFetch, url, budget, limit), url.href, limit), url.href);
  const kernels = await Promise.all(
    a.kernels.map(async (k) => {
      if (typeof k.wgsl === 'string') return k;
      const file = new URL(k.file ?? `kernels/${k.name}.wgsl`, url);
      return { ...k, wgsl: new TextDecoder().decode(await fetchBytes(doFetch, file, budget, limit)) };
    }),
  );
  return { ...a, kernels };
}

/** Fetches `url`, counting its bytes into `budget` (shared by the fetches of one artifact); `limit` is the whole budget, for messages. */
async function fetchBytes(doFetch: typeof globalThis.fetch, url: URL, budget: { left: number }, limit: number): Promise<Uint8Array> {
  let res: Response;
  try {
    res = await doFetch(url);
  } catch (e) {
    return fail('DNN6031', `could not fetch ${url.href}: ${e instanceof Error ? e.message : String(e)}`);
  }
  if (!res.ok) fail('DNN6031', `could not fetch ${url.href}: HTTP ${res.status} ${res.statusText}`.trim());
  const tooLarge = (): never => fail('DNN6031', `${url.href} is larger than ${limit} bytes, the most an artifact (its plan and kernel files together) may be`);
  if (Number(res.headers.get('content-length') ?? 0) > budget.left) tooLarge();
  if (!res.body) {
    const bytes = new Uint8Array(await res.arrayBuffer());
    budget.left -= bytes.length;
    return budget.left < 0 ? tooLarge() : bytes;
  }
  // Read the stream with a running count, so a server that sends no length cannot make us buffer more.
  const reader = res.body.getReader();
  const parts: Uint8Array[] = [];
  let total = 0;
  for (;;) {
    const { done, value } = await reader.read();
    if (done) break;
    total += value.length;
    budget.left -= value.length;
    if (budget.left < 0) {
      await reader.cancel();
      tooLarge();
    }
    parts.push(value);
  }
  const out = new Uint8Array(total);
  let at = 0;
  for (const p of parts) {
    out.set(p, at);
    at += p.length;
  }
  return out;
}

function parseJson(bytes: Uint8Array, where: string, limit: number): unknown {
  if (bytes.length > limit) fail('DNN6031', `${where} is ${bytes.length} bytes; an artifact is at most ${limit}`);
  try {
    return JSON.parse(new TextDecoder().decode(bytes));
  } catch (e) {
    return fail('DNN6002', `${where} is not valid JSON: ${e instanceof Error ? e.message : String(e)}`);
  }
}

function requireInlineKernels(a: Artifact, where: string): Artifact {
  const missing = a.kernels.find((k) => typeof k.wgsl !== 'string');
  if (missing) {
    fail('DNN6002', `${where}: kernel ${missing.name} has no WGSL source inline`, [
      'a plan.json refers to kernels/*.wgsl files: load it by URL or directory path, or compile a bundle with `dnnc compile model.dnn --bundle model.json`',
    ]);
  }
  return a;
}

const isObject = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null && !Array.isArray(v);

/**
 * Checks an artifact's format and version, then every field and the invariants between them
 * (src/contract/artifactSchema.ts), in time linear in its size. Returns it typed (the same
 * object); throws DNN6030 for another version, DNN6002 naming the first wrong field's path.
 */
export function validateArtifact(value: unknown, where = 'artifact'): Artifact {
  if (!isObject(value) || value['format'] !== ARTIFACT_FORMAT) return fail('DNN6002', `${where} is not a dnnc artifact (its "format" is not "${ARTIFACT_FORMAT}")`);
  if (value['version'] !== ARTIFACT_VERSION) {
    fail('DNN6030', `${where} has artifact format version ${JSON.stringify(value['version'])}; this runtime reads version ${ARTIFACT_VERSION}`, [
      'recompile the model with the dnnc that matches this runtime (docs/artifact.md describes the versions)',
    ]);
  }
  try {
    return checkArtifact(value);
  } catch (e) {
    if (!(e instanceof SchemaError)) throw e;
    return fail('DNN6002', `${where} is not a valid dnnc artifact: ${e.message}`);
  }
}
