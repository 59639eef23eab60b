// Reading `.dnn` sources from disk. A source path comes from outside (the command line, or an
// `import` in a file someone sent you), so it is treated as untrusted: only regular files are
// opened (a FIFO or /dev/zero would block or never end), at most MAX_SOURCE_BYTES are read,
// imports must name `.dnn` files, and a file that is not text is refused without echoing it.

import { closeSync, constants, fstatSync, openSync, readSync, realpathSync, statSync, type Stats } from 'node:fs';
import { dirname, extname, isAbsolute, join } from 'node:path';
import { fail, type SourceFile } from '../contract/diagnostics.js';
import { noteInput } from '../contract/inputs.js';

/** The largest source file dnnc reads (1 MiB); the biggest real model is a few kilobytes. */
export const MAX_SOURCE_BYTES = 1024 * 1024;

/** Reads the top-level .dnn file, or fails with a DNN60xx diagnostic naming it. */
export function readSource(path: string): SourceFile {
  const stats = statOrNull(path);
  if (!stats) fail('DNN6001', `file '${path}' does not exist`);
  if (stats.isDirectory()) fail('DNN6020', `'${path}' is a directory, not a .dnn file`);
  // As for imports: another file's content would be echoed line by line in syntax errors.
  if (stats.isFile() && (extname(path) !== '.dnn' || extname(realpathOr(path)) !== '.dnn')) {
    fail('DNN6022', `'${path}' is not a .dnn file; dnnc reads models from .dnn files only (its content is not shown)`);
  }
  return { path, text: readBoundedText(path, stats) };
}

/**
 * Resolves `import "x.dnn"` against the importing file's directory. Null when the file does not
 * exist; a DnnError (without a location; the caller adds the import's) when it exists but may
 * not be imported. The content of a refused file never appears in a message.
 */
export function resolveImport(path: string, from: SourceFile): SourceFile | null {
  const full = isAbsolute(path) ? path : join(dirname(from.path), path);
  const stats = statOrNull(full);
  if (!stats) return null;
  // The real path too: a link named `x.dnn` pointing at /etc/passwd is not a .dnn file.
  if (extname(full) !== '.dnn' || extname(realpathOr(full)) !== '.dnn') {
    fail('DNN6022', `cannot import "${path}": only .dnn files can be imported`);
  }
  if (stats.isDirectory()) fail('DNN6020', `cannot import "${path}": it is a directory, not a .dnn file`);
  return { path: full, text: readBoundedText(full, stats) };
}

function statOrNull(path: string): Stats | null {
  try {
    return statSync(path);
  } catch (e) {
    const code = (e as NodeJS.ErrnoException).code;
    if (code === 'ENOENT' || code === 'ENOTDIR') return null;
    return fail('DNN6001', `cannot read '${path}': ${errnoText(e)}`);
  }
}

function realpathOr(path: string): string {
  try {
    return realpathSync(path);
  } catch {
    return path;
  }
}

/**
 * Reads a regular file of at most MAX_SOURCE_BYTES as UTF-8 text. The file is checked before it
 * is opened (a FIFO would block `open`), opened non-blocking and checked again (it may have been
 * swapped in between), and never read past the limit, whatever its size claims.
 */
function readBoundedText(path: string, before: Stats): string {
  refuseUnlessRegular(path, before);
  refuseIfTooLarge(path, before.size);
  let fd: number;
  try {
    fd = openSync(path, constants.O_RDONLY | (constants.O_NONBLOCK ?? 0));
  } catch (e) {
    return fail('DNN6001', `cannot read '${path}': ${errnoText(e)}`);
  }
  try {
    const stats = fstatSync(fd);
    refuseUnlessRegular(path, stats);
    noteInput(path, 'model source', stats);
    const bytes = readAtMost(fd, MAX_SOURCE_BYTES + 1);
    refuseIfTooLarge(path, bytes.length);
    return decodeText(path, bytes);
  } finally {
    closeSync(fd);
  }
}

function refuseUnlessRegular(path: string, stats: Stats): void {
  if (stats.isFile()) return;
  const what = stats.isDirectory()
    ? 'a directory'
    : stats.isFIFO()
      ? 'a pipe (FIFO)'
      : stats.isCharacterDevice() || stats.isBlockDevice()
        ? 'a device'
        : stats.isSocket()
          ? 'a socket'
          : 'not a regular file';
  fail('DNN6020', `'${path}' is ${what}, not a .dnn file`, ['dnnc reads sources from regular files only']);
}

function refuseIfTooLarge(path: string, size: number): void {
  if (size <= MAX_SOURCE_BYTES) return;
  fail('DNN6021', `'${path}' is larger than ${MAX_SOURCE_BYTES} bytes, the limit for a .dnn source`, [
    'a .dnn file describes a model; data belongs in separate files',
  ]);
}

function readAtMost(fd: number, limit: number): Buffer {
  const buf = Buffer.alloc(Math.min(limit, 64 * 1024));
  const chunks: Buffer[] = [];
  let total = 0;
  while (total < limit) {
    const n = readSync(fd, buf, 0, Math.min(buf.length, limit - total), null);
    if (n === 0) break;
    chunks.push(Buffer.from(buf.subarray(0, n)));
    total += n;
  }
  return Buffer.concat(chunks, total);
}

/** Decodes UTF-8, refusing binary content (NUL bytes, invalid UTF-8) without quoting it. */
function decodeText(path: string, bytes: Buffer): string {
  const binary = (why: string): never =>
    fail('DNN6023', `'${path}' is not a text file (${why}); a .dnn source is UTF-8 text`);
  if (bytes.includes(0)) binary('it contains NUL bytes');
  try {
    return new TextDecoder('utf-8', { fatal: true }).decode(bytes);
  } catch {
    return binary('it is not valid UTF-8');
  }
}

function errnoText(e: unknown): string {
  const err = e as NodeJS.ErrnoException;
  return err.code ? `${err.code}` : String(err.message ?? e);
}
