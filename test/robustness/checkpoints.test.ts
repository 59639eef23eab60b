// Checkpoints are never lost and are read strictly (issue 8): bad files each get their own code and
// a message naming what is wrong; writes survive short writes, a full disk, read-only directories,
// planted symlinks and kill -9 at any moment.
import { spawn, spawnSync } from 'node:child_process';
import * as fs from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { compileSource } from '../../src/compiler/compile.js';
import { DnnError } from '../../src/contract/diagnostics.js';
import type { Artifact } from '../../src/contract/artifact.js';
import { planRestore, type RestoreOptions } from '../../src/runtime/checkpoint.js';
import { checkWritable, ensureDirectory, NODE_FILE_OPS, readFileOrFail, writeFileAtomic, type FileOps } from '../../src/runtime/files.js';
import { decodeSafetensors, encodeSafetensors, MAX_HEADER_BYTES, type NamedTensor } from '../../src/runtime/safetensors.js';

const TINY = `model tiny
input X: f32[batch, 4]
input y: i32[batch]
hidden = elu(batch_norm(dense(X, 3), momentum: 0.9))
logits = dense(hidden, 2)
loss = mean(sparse_softmax_cross_entropy(logits, y))
train {
  optimizer  = adam(learning_rate: 0.01)
  batch_size = 2
  epochs     = 1
}
`;
/** Every file and mount of this test lives under here, removed at the end. */
const ROOT = fs.mkdtempSync(join(tmpdir(), 'dnnc-ckpt-'));
afterAll(() => fs.rmSync(ROOT, { recursive: true, force: true }));
const tempDir = (name: string) => fs.mkdtempSync(join(ROOT, `${name}-`));

const artifact: Artifact = compileSource({ path: 'tiny.dnn', text: TINY }).artifact;
const KERNEL = 'hidden/dense/kernel';

/** Every saved state tensor of the tiny model, values 0.5 (counters 1). */
function stateTensors(): NamedTensor[] {
  return artifact.buffers
    .filter((b) => b.kind === 'state' && b.role !== 'accumulator')
    .map((b) => {
      const n = (b.shape ?? []).reduce((x, y) => x * y, 1);
      const data = b.dtype === 'f32' ? new Float32Array(n).fill(0.5) : b.dtype === 'i32' ? new Int32Array(n).fill(1) : new Uint32Array(n).fill(1);
      return { name: b.name.slice(6), dtype: b.dtype, shape: b.shape ?? [], data };
    });
}
const META = { format: 'dnnc', model: 'tiny' };
const checkpoint = (edit: (ts: NamedTensor[]) => NamedTensor[] = (ts) => ts, meta: Record<string, string> = META) => encodeSafetensors(edit(stateTensors()), meta);
const replace = (name: string, t: Partial<NamedTensor>) => (ts: NamedTensor[]) => ts.map((x) => (x.name === name ? { ...x, ...t } : x));

/** A file with this header text and `data` bytes after it. */
function raw(header: string, data: number | Uint8Array = 0): Uint8Array {
  const head = new TextEncoder().encode(header);
  const body = typeof data === 'number' ? new Uint8Array(data) : data;
  const out = new Uint8Array(8 + head.length + body.length);
  new DataView(out.buffer).setBigUint64(0, BigInt(head.length), true);
  out.set(head, 8);
  out.set(body, 8 + head.length);
  return out;
}
const one = (entry: unknown, data = 4) => raw(JSON.stringify({ w: entry }), data);
const f32 = (shape: unknown, offsets: unknown) => ({ dtype: 'F32', shape, data_offsets: offsets });

function expectFailure(f: () => unknown, code: string, ...parts: (string | RegExp)[]): void {
  let err: unknown;
  try {
    f();
  } catch (e) {
    err = e;
  }
  expect(err, 'expected a DnnError').toBeInstanceOf(DnnError);
  const d = (err as DnnError).diagnostics[0]!;
  const text = [d.message, ...(d.notes ?? [])].join('\n');
  expect(d.code, text).toBe(code);
  for (const p of parts) expect(text).toMatch(typeof p === 'string' ? new RegExp(p.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')) : p);
}

describe('decodeSafetensors rejects every malformed file before allocating (DNN4010)', () => {
  const good = checkpoint();
  const withLength = (bytes: Uint8Array, n: bigint) => {
    const b = bytes.slice();
    new DataView(b.buffer).setBigUint64(0, n, true);
    return b;
  };
  const cases: [string, () => Uint8Array, ...(string | RegExp)[]][] = [
    ['shorter than 8 bytes', () => new Uint8Array([1, 2, 3]), 'fewer than the 8'],
    ['truncated in the header', () => good.subarray(0, 40), 'only 32 follow', 'truncated'],
    ['truncated in the data', () => good.subarray(0, good.length - 4), 'outside the data section', 'truncated'],
    ['header length beyond the file', () => withLength(good, 2n ** 40n), `header length is ${2 ** 40} bytes`],
    ['header length of 2^64-1', () => withLength(good, 2n ** 64n - 1n), 'header length is 18446744073709551615'],
    ['header not UTF-8', () => raw('{"ab": 1}').map((b, i) => (i === 10 ? 0xff : b)), 'not UTF-8'],
    ['header not JSON', () => raw('{not json'), 'not JSON'],
    ['header an array', () => raw('[]'), 'an array, not a JSON object'],
    ['header null', () => raw('null'), 'null, not a JSON object'],
    ['header a number', () => raw('42'), 'a number, not a JSON object'],
    ['entry null', () => raw('{"w": null}'), "tensor 'w'", 'null, not an object'],
    ['shape null', () => one(f32(null, [0, 4])), "tensor 'w'", 'shape null'],
    ['shape negative', () => one(f32([-1], [0, 4])), 'shape [-1]'],
    ['shape fractional', () => one(f32([0.5, 8], [0, 4])), 'shape [0.5,8]'],
    ['shape of strings', () => one(f32(['1'], [0, 4])), 'shape ["1"]'],
    ['shape beyond safe integers', () => one(f32([2 ** 53], [0, 4])), `shape [${2 ** 53}]`],
    ['shape huge (product)', () => one(f32([1e6, 1e6, 1e6], [0, 4])), 'more data than the file holds'],
    ['dtype missing', () => one({ shape: [1], data_offsets: [0, 4] }), "tensor 'w' has no 'dtype'"],
    ['dtype unknown', () => one({ ...f32([1], [0, 4]), dtype: 'F33' }), 'unknown dtype "F33"'],
    ['dtype constructor', () => one({ ...f32([1], [0, 4]), dtype: 'constructor' }), 'unknown dtype "constructor"'],
    ['dtype __proto__', () => one({ ...f32([1], [0, 4]), dtype: '__proto__' }), 'unknown dtype "__proto__"'],
    ['dtype not a string', () => one({ ...f32([1], [0, 4]), dtype: 7 }), 'unknown dtype 7'],
    ['dtype F16 (valid safetensors, not dnnc state)', () => one({ ...f32([2], [0, 4]), dtype: 'F16' }), 'dtype F16', 'only F32, I32 and U32'],
    ['tensor named __proto__', () => raw('{"__proto__": {"dtype":"F32","shape":[1],"data_offsets":[0,4]}}', 4), "tensor '__proto__' has a reserved name"],
    ['fields only under __proto__ (inherited, not own)', () => raw('{"w": {"__proto__": {"dtype":"F32","shape":[1],"data_offsets":[0,4]}}}', 4), "tensor 'w' has no 'dtype'"],
    ['data_offsets missing', () => one({ dtype: 'F32', shape: [1] }), "has no 'data_offsets'"],
    ['data_offsets null', () => one(f32([1], null)), 'data_offsets null'],
    ['data_offsets negative', () => one(f32([1], [-4, 0])), 'data_offsets [-4,0]'],
    ['data_offsets of three', () => one(f32([1], [0, 4, 8])), 'data_offsets [0,4,8]'],
    ['data_offsets reversed', () => one(f32([1], [4, 0]), 8), 'data_offsets [4, 0] outside'],
    ['data_offsets out of range', () => one(f32([1], [4, 8])), 'data_offsets [4, 8] outside the data section of 4 bytes'],
    ['wrong byte count', () => one(f32([3], [0, 8]), 16), 'shape [3] needs 12 bytes', 'span 8'],
    ['overlapping', () => raw(JSON.stringify({ a: f32([2], [0, 8]), b: f32([2], [4, 12]) }), 12), "tensors 'a' and 'b' overlap"],
    ['a gap', () => raw(JSON.stringify({ a: f32([1], [0, 4]), b: f32([1], [8, 12]) }), 12), 'bytes 4–8', 'a gap before \'b\''],
    ['not covering the data (trailing bytes)', () => one(f32([1], [0, 4]), 8), 'cover 4 bytes but the data section has 8'],
    ['__metadata__ an array', () => raw('{"__metadata__": []}'), '__metadata__ is an array'],
    ['__metadata__ with a number', () => raw('{"__metadata__": {"epoch": 3}}'), "__metadata__ entry 'epoch' is a number"],
  ];
  it.each(cases)('%s', (_name, bytes, ...parts) => {
    expectFailure(() => decodeSafetensors(bytes(), 'bad.safetensors'), 'DNN4010', 'bad.safetensors is not a valid safetensors file', ...parts);
  });

  it('caps the header at 100 MB even when the file is larger', () => {
    const big = new Uint8Array(MAX_HEADER_BYTES + 16);
    new DataView(big.buffer).setBigUint64(0, BigInt(MAX_HEADER_BYTES + 1), true);
    expectFailure(() => decodeSafetensors(big), 'DNN4010', `exceeds the limit of ${MAX_HEADER_BYTES} bytes`);
  });

  it('still reads what it writes: zero-size tensors, scalars, metadata with odd keys', () => {
    const bytes = encodeSafetensors(
      [
        { name: 'empty', dtype: 'f32', shape: [0, 5], data: new Float32Array(0) },
        { name: 's', dtype: 'i32', shape: [], data: Int32Array.of(-3) },
      ],
      JSON.parse('{"__proto__": "x", "constructor": "y"}') as Record<string, string>,
    );
    const { tensors, metadata } = decodeSafetensors(bytes);
    expect(tensors.get('empty')!.shape).toEqual([0, 5]);
    expect([...tensors.get('s')!.data]).toEqual([-3]);
    expect(Object.getPrototypeOf(metadata)).toBe(Object.prototype);
    expect(Object.hasOwn(metadata, '__proto__') && metadata['__proto__']).toBe('x');
  });
});

describe('planRestore checks a checkpoint against the model', () => {
  const plan = (bytes: Uint8Array, opts: RestoreOptions = {}) => planRestore(artifact, bytes, { what: 'run.safetensors', ...opts });
  const glob = (...texts: string[]) => ({ patterns: texts.map((text) => ({ text, matches: (n: string) => new RegExp(`^${text.replace(/\*/g, '.*')}$`).test(n) })) });

  it('restores all of its own state, never accumulators', () => {
    const names = plan(checkpoint()).tensors.map((t) => t.name);
    expect(names).toContain(KERNEL);
    expect(names).toContain('hidden/batch_norm/moving_mean');
    expect(names).toContain('hidden/dense/kernel/adam/m');
    expect(names.some((n) => n.startsWith('acc/'))).toBe(false);
  });

  it('loads checkpoints without dnnc metadata, and without optimizer slots (older or foreign files)', () => {
    const weightsOnly = (ts: NamedTensor[]) => ts.filter((t) => !t.name.includes('/adam/'));
    expect(plan(checkpoint(weightsOnly, {})).tensors).toHaveLength(weightsOnly(stateTensors()).length);
  });

  const cases: [string, () => Uint8Array, RestoreOptions, string, ...string[]][] = [
    ['a transposed kernel (same size)', () => checkpoint(replace(KERNEL, { shape: [3, 4] })), {}, 'DNN4011', `'${KERNEL}' is f32[3,4] but model's '${KERNEL}' is f32[4,3]`],
    ['a kernel of another size', () => checkpoint(replace(KERNEL, { shape: [4, 5], data: new Float32Array(20) })), {}, 'DNN4011', 'f32[4,5]', 'f32[4,3]'],
    ['a kernel stored as i32', () => checkpoint(replace(KERNEL, { dtype: 'i32', data: new Int32Array(12) })), {}, 'DNN4011', 'i32[4,3]'],
    ['a missing kernel', () => checkpoint((ts) => ts.filter((t) => t.name !== KERNEL)), {}, 'DNN4012', `lacks 1 tensor that model tiny needs: ${KERNEL}`],
    ['a missing batch-norm statistic', () => checkpoint((ts) => ts.filter((t) => !t.name.endsWith('moving_variance'))), {}, 'DNN4012', 'hidden/batch_norm/moving_variance'],
    ['no tensors at all', () => checkpoint(() => []), {}, 'DNN4012', 'lacks 8 tensors', 'and 3 more', 'has 0 tensors'],
    ["another model's checkpoint", () => checkpoint(undefined, { format: 'dnnc', model: 'deep_relu' }), {}, 'DNN4013', "saved by model 'deep_relu', not by 'tiny'", '--restore'],
    ['NaN weights', () => checkpoint(replace(KERNEL, { data: new Float32Array(12).fill(NaN) })), {}, 'DNN4014', `'${KERNEL}' holds 12 non-finite values`],
    ['an infinite statistic', () => checkpoint(replace('hidden/batch_norm/moving_mean', { data: Float32Array.of(0, Infinity, 0) })), {}, 'DNN4014', 'holds 1 non-finite value'],
    ['a --restore pattern matching nothing', () => checkpoint(), glob('hidden/*', 'nothing/*'), 'DNN4015', "--restore 'nothing/*' matches no tensor"],
    ['a --restore pattern matching only tensors the model lacks', () => checkpoint((ts) => [...ts, { name: 'extra/w', dtype: 'f32', shape: [1], data: Float32Array.of(1) }]), glob('extra/*'), 'DNN4015', 'it matches extra/w, which model tiny does not have'],
    ['--restore without patterns', () => checkpoint(), glob(), 'DNN4015', 'names no pattern'],
    ['a partial restore lacking a weight it names', () => checkpoint((ts) => ts.filter((t) => t.name !== 'hidden/dense/bias')), glob('hidden/dense/*'), 'DNN4012', 'hidden/dense/bias', 'the --restore patterns match'],
  ];
  it.each(cases)('refuses %s', (_name, bytes, opts, code, ...parts) => {
    expectFailure(() => plan(bytes(), opts), code, ...parts);
  });

  it("a partial restore takes another model's tensors that it names, and only those", () => {
    const other = checkpoint(undefined, { format: 'dnnc', model: 'pretrained' });
    const names = plan(other, glob('hidden/dense/*')).tensors.map((t) => t.name);
    expect(names.sort()).toEqual(['hidden/dense/bias', 'hidden/dense/bias/adam/m', 'hidden/dense/bias/adam/v', KERNEL, `${KERNEL}/adam/m`, `${KERNEL}/adam/v`].sort());
  });
});

describe('file reading', () => {
  const dir = tempDir('read');
  it('refuses a directory, a missing file, a pipe and an oversized file with their own codes', () => {
    expectFailure(() => readFileOrFail(dir, 'checkpoint'), 'DNN6005', 'is a directory, not a file');
    expectFailure(() => readFileOrFail(join(dir, 'none.safetensors'), 'checkpoint'), 'DNN6001', 'does not exist');
    const big = join(dir, 'big');
    fs.writeFileSync(big, new Uint8Array(100));
    expectFailure(() => readFileOrFail(big, 'checkpoint', 99), 'DNN6006', 'has 100 bytes, more than the 99');
    expect(readFileOrFail(big, 'checkpoint', 100).length).toBe(100);
    const fifo = join(dir, 'fifo');
    if (spawnSync('mkfifo', [fifo]).status === 0) expectFailure(() => readFileOrFail(fifo, 'checkpoint'), 'DNN6005', 'not a regular file');
  });

  it('compile -o onto a file is a user error', () => {
    const file = join(dir, 'plain');
    fs.writeFileSync(file, 'x');
    expectFailure(() => ensureDirectory(join(file, 'kernels')), 'DNN6004', 'is a file');
  });
});

const tempsIn = (dir: string) => fs.readdirSync(dir).filter((n) => n.includes('dnnc-tmp') || n.includes('.tmp-'));

describe('writeFileAtomic never loses or corrupts the previous file', () => {
  const dir = tempDir('write');
  const target = join(dir, 'model.safetensors');
  const OLD = new Uint8Array(1000).fill(1);
  const NEW = new Uint8Array(300_000).fill(2);
  const fault = (code: string) => Object.assign(new Error(`${code}: injected`), { code });
  const reset = () => {
    writeFileAtomic(target, OLD);
    expect(tempsIn(dir)).toEqual([]);
  };
  const intact = () => {
    expect(fs.readFileSync(target).equals(Buffer.from(OLD))).toBe(true);
    expect(tempsIn(dir)).toEqual([]);
  };

  it('loops over short writes and writes every byte', () => {
    reset();
    let calls = 0;
    const stingy: FileOps = { ...NODE_FILE_OPS, writeSync: (fd, b, off, len) => (calls++, fs.writeSync(fd, b, off, Math.min(len, 7777))) };
    writeFileAtomic(target, NEW, stingy);
    expect(calls).toBeGreaterThan(30);
    expect(fs.readFileSync(target).equals(Buffer.from(NEW))).toBe(true);
    expect(tempsIn(dir)).toEqual([]);
  });

  const faults: [string, Partial<FileOps>, string][] = [
    ['a write that stops short (0 bytes written)', { writeSync: (fd, b, off, len) => (off > 100_000 ? 0 : fs.writeSync(fd, b, off, Math.min(len, 50_000))) }, 'only 150000 of 300000 bytes'],
    ['a full disk (ENOSPC)', { writeSync: (fd, b, off, len) => { if (off > 0) throw fault('ENOSPC'); return fs.writeSync(fd, b, off, Math.min(len, 4096)); } }, 'no space left on the device'],
    ['a failing fsync (EIO)', { fsyncSync: () => { throw fault('EIO'); } }, 'input/output error'],
    ['a failing rename', { renameSync: () => { throw fault('EACCES'); } }, 'permission denied'],
    ['a read-only directory (EROFS)', { openSync: () => { throw fault('EROFS'); } }, 'read-only'],
  ];
  it.each(faults)('%s: DNN6003, previous file intact, no temporary file left', (_name, ops, why) => {
    reset();
    expectFailure(() => writeFileAtomic(target, NEW, { ...NODE_FILE_OPS, ...ops }), 'DNN6003', `cannot write ${target}: `, why, 'was not changed');
    intact();
  });

  it('never follows a symlink planted at a temporary name, even one it would pick', () => {
    reset();
    const victim = join(dir, 'victim');
    fs.writeFileSync(victim, 'precious');
    // The names an older dnnc used, and whatever the next open is about to create (a race won).
    fs.symlinkSync(victim, `${target}.tmp-${process.pid}`);
    let planted = 0;
    const racing: FileOps = {
      ...NODE_FILE_OPS,
      openSync: (path, flags, mode) => {
        if (path.includes('dnnc-tmp') && planted++ < 2) fs.symlinkSync(victim, path);
        return fs.openSync(path, flags, mode);
      },
    };
    writeFileAtomic(target, NEW, racing);
    expect(planted).toBe(3);
    expect(fs.readFileSync(victim, 'utf8')).toBe('precious');
    expect(fs.readFileSync(target).equals(Buffer.from(NEW))).toBe(true);
    for (const n of tempsIn(dir)) {
      expect(fs.lstatSync(join(dir, n)).isSymbolicLink()).toBe(true); // only the planted links remain
      fs.unlinkSync(join(dir, n));
    }
  });

  it('removes temporary files of dead writers and old ones, and keeps live writers, links and strangers', () => {
    reset();
    const dead = spawnSync(process.execPath, ['-e', '0']).pid!;
    const alive = process.ppid;
    const make = (name: string) => (fs.writeFileSync(join(dir, name), 'x'), name);
    const gone = [make(`.model.safetensors.dnnc-tmp-${dead}-0123456789abcdef`), make(`model.safetensors.tmp-${dead}`)];
    const old = make(`.model.safetensors.dnnc-tmp-${alive}-fedcba9876543210`);
    fs.utimesSync(join(dir, old), new Date(Date.now() - 2 * 3600_000), new Date(Date.now() - 2 * 3600_000));
    gone.push(old);
    const kept = [make(`.model.safetensors.dnnc-tmp-${alive}-00000000ffffffff`), make(`.other.dnnc-tmp-${dead}-0123456789abcdef`), make(`model.safetensors.tmp-${dead}.bak`)];
    fs.symlinkSync(join(dir, 'victim2'), join(dir, `.model.safetensors.dnnc-tmp-${dead}-aaaaaaaaaaaaaaaa`));
    kept.push(`.model.safetensors.dnnc-tmp-${dead}-aaaaaaaaaaaaaaaa`);
    writeFileAtomic(target, OLD);
    const left = fs.readdirSync(dir);
    for (const n of gone) expect(left).not.toContain(n);
    for (const n of kept) expect(left).toContain(n);
    for (const n of kept) fs.unlinkSync(join(dir, n));
  });

  it('keeps the permissions of the file it replaces', () => {
    reset();
    fs.chmodSync(target, 0o600);
    writeFileAtomic(target, NEW);
    expect(fs.statSync(target).mode & 0o777).toBe(0o600);
  });
});

describe('checkWritable: --save is checked before training', () => {
  const dir = tempDir('save');
  it.each([
    ['a directory', dir, 'it is a directory'],
    ['a missing directory', join(dir, 'no/such/dir/m.safetensors'), 'does not exist'],
    ['a trailing slash', `${dir}/`, 'expected a file name'],
    ['a file used as a directory', join(dir, 'f', 'm.safetensors'), 'not a directory'],
  ])('refuses %s with DNN6004', (_name, path, why) => {
    fs.writeFileSync(join(dir, 'f'), 'x');
    expectFailure(() => checkWritable(path), 'DNN6004', why);
  });

  it('refuses a read-only directory (injected, as root ignores permissions) and leaves no probe behind', () => {
    const ro: FileOps = { ...NODE_FILE_OPS, openSync: () => { throw Object.assign(new Error('EROFS'), { code: 'EROFS' }); } };
    expectFailure(() => checkWritable(join(dir, 'm.safetensors'), '--save', ro), 'DNN6004', 'read-only');
    checkWritable(join(dir, 'm.safetensors'));
    expect(tempsIn(dir)).toEqual([]);
  });
});

/** Real full and read-only file systems: small tmpfs mounts, where this runs as root. */
describe('on real small and read-only file systems', () => {
  const base = tempDir('mnt');
  const small = join(base, 'small');
  const ro = join(base, 'ro');
  const mounted: string[] = [];
  const mount = (dir: string, opts: string) => {
    fs.mkdirSync(dir);
    if (spawnSync('mount', ['-t', 'tmpfs', '-o', opts, 'tmpfs', dir]).status === 0) mounted.push(dir);
  };
  beforeAll(() => {
    if (process.getuid?.() !== 0) return;
    mount(small, 'size=64k');
    mount(ro, 'size=64k');
    if (mounted.includes(ro)) {
      fs.writeFileSync(join(ro, 'm.safetensors'), 'old');
      spawnSync('mount', ['-o', 'remount,ro', ro]);
    }
  });
  afterAll(() => {
    for (const d of mounted) spawnSync('umount', [d]);
  });

  it('a full disk: DNN6003, the previous checkpoint intact, no temporary file', (ctx) => {
    if (!mounted.includes(small)) return ctx.skip();
    const target = join(small, 'm.safetensors');
    writeFileAtomic(target, new Uint8Array(8000).fill(1));
    expectFailure(() => writeFileAtomic(target, new Uint8Array(200_000).fill(2)), 'DNN6003', 'no space left');
    expect(fs.readFileSync(target).equals(Buffer.alloc(8000, 1))).toBe(true);
    expect(tempsIn(small)).toEqual([]);
  });

  it('a read-only file system: --save refused up front, writes refused, the old file kept', (ctx) => {
    if (!mounted.includes(ro)) return ctx.skip();
    const target = join(ro, 'm.safetensors');
    expectFailure(() => checkWritable(target), 'DNN6004', 'read-only');
    expectFailure(() => writeFileAtomic(target, new Uint8Array(10)), 'DNN6003', 'read-only');
    expect(fs.readFileSync(target, 'utf8')).toBe('old');
  });
});

describe('kill -9 during saves', () => {
  const lib = resolve('dist/src/runtime');
  it('every file left at the destination decodes and is one complete version', async () => {
    expect(fs.existsSync(join(lib, 'files.js')), 'build dist first (npm run build)').toBe(true);
    const dir = tempDir('kill');
    const dest = join(dir, 'run.safetensors');
    const script = join(dir, 'saver.mjs');
    // Saves versions 1, 2, 3… of a 2 MB checkpoint, forever; each tensor value is its version.
    fs.writeFileSync(script, `
      import { writeFileAtomic } from ${JSON.stringify(join(lib, 'files.js'))};
      import { encodeSafetensors } from ${JSON.stringify(join(lib, 'safetensors.js'))};
      const n = 1 << 19;
      for (let v = Number(process.argv[2]); ; v++) {
        const data = new Float32Array(n).fill(v);
        writeFileAtomic(process.argv[3], encodeSafetensors([{ name: 'w', dtype: 'f32', shape: [n], data }], { version: String(v) }));
        process.stdout.write(v + '\\n');
      }`);
    let version = 1;
    let leftovers = 0;
    for (let round = 0; round < 20; round++) {
      const child = spawn(process.execPath, [script, String(version), dest]);
      let out = '';
      let err = '';
      child.stderr.on('data', (d: Buffer) => (err += d));
      const closed = new Promise((r) => child.on('close', r));
      // Killed once its first save is done, at a random moment of the saves that follow.
      await Promise.race([new Promise<void>((resolve) => child.stdout.on('data', (d: Buffer) => ((out += d), resolve()))), closed]);
      expect(out, err).not.toBe('');
      await new Promise((r) => setTimeout(r, Math.random() * 60));
      child.kill('SIGKILL');
      await closed;
      const printed = out.trim().split('\n').map(Number);
      const { tensors, metadata } = decodeSafetensors(fs.readFileSync(dest), dest);
      const v = Number(metadata['version']);
      expect(v).toBeGreaterThanOrEqual(printed.at(-1)!);
      expect(v).toBeLessThanOrEqual(printed.at(-1)! + 1);
      const w = tensors.get('w')!.data;
      expect(w.length).toBe(1 << 19);
      expect(w.every((x) => x === v)).toBe(true);
      leftovers += tempsIn(dir).length;
      version = v + 1;
    }
    // The next save clears what the killed writers left.
    writeFileAtomic(dest, encodeSafetensors([]));
    expect(tempsIn(dir)).toEqual([]);
    console.log(`kill -9 loop: 20 kills, ${version - 1} versions saved, ${leftovers} temporary files seen after kills`);
  });
});

describe('dnnc command line (built CLI)', () => {
  const CLI = 'dist/src/cli/main.js';
  const dir = tempDir('cli');
  const model = join(dir, 'tiny.dnn');
  fs.writeFileSync(model, TINY);
  const write = (name: string, bytes: Uint8Array) => (fs.writeFileSync(join(dir, name), bytes), join(dir, name));
  const dnnc = (...args: string[]) => {
    const r = spawnSync(process.execPath, [CLI, ...args], { encoding: 'utf8', timeout: 60_000 });
    return { code: r.status, err: r.stderr };
  };
  it.each([
    ['a garbled checkpoint', () => ['eval', model, '--checkpoint', write('bad.safetensors', raw('[1,2]'))], 'DNN4010', 'not a valid safetensors file'],
    ["another model's checkpoint", () => ['eval', model, '--checkpoint', write('other.safetensors', checkpoint(undefined, { format: 'dnnc', model: 'mnist_bn' }))], 'DNN4013', "saved by model 'mnist_bn'"],
    ['a checkpoint lacking the kernel', () => ['predict', model, '--checkpoint', write('nok.safetensors', checkpoint((ts) => ts.filter((t) => t.name !== KERNEL)))], 'DNN4012', KERNEL],
    ['a directory as checkpoint', () => ['eval', model, '--checkpoint', dir], 'DNN6005', 'is a directory'],
    ['a missing checkpoint', () => ['eval', model, '--checkpoint', join(dir, 'none')], 'DNN6001', 'does not exist'],
    ['--restore without --checkpoint', () => ['train', model, '--restore', 'hidden/*'], 'DNN4016', '--restore needs --checkpoint'],
    ['--save into a missing directory', () => ['train', model, '--save', join(dir, 'no/such/m.safetensors')], 'DNN6004', 'does not exist'],
    ['--save onto a directory', () => ['train', model, '--save', dir], 'DNN6004', 'it is a directory'],
    ['compile -o onto a file', () => ['compile', model, '-o', write('a.file', raw('x'))], 'DNN6004', 'it is a file, not a directory'],
    // The model itself is an input: outputs.test.ts has the guard's cases.
    ['compile -o onto the model', () => ['compile', model, '-o', model], 'DNN6010', 'is the model source'],
  ])('%s: exit 1 with its code and message, no stack trace', (_name, args, code, message) => {
    const r = dnnc(...args());
    expect(r.code, r.err).toBe(1);
    expect(r.err).toContain(`error ${code}:`);
    expect(r.err).toContain(message);
    expect(r.err).not.toMatch(/\n\s+at .+:\d+:\d+|internal error/);
  });
});
