// Reading a file that came from outside (a model's data, a checkpoint, an artifact) with a
// bounded cost: only regular files, opened without blocking (a FIFO would wait forever), never
// more than a limit. Here, below both the data loaders and the runtime, so both read the same way.
import * as fs from 'node:fs';
import { dirname } from 'node:path';
import { DnnError, fail } from './diagnostics.js';
import { noteInput } from './inputs.js';

const { O_RDONLY, O_NONBLOCK } = fs.constants;
const MAX_TEXT_FILE_BYTES = 256 * 2 ** 20;

/** The errno code of a Node error (undefined for anything else). */
export const errno = (e: unknown): string | undefined => (e as NodeJS.ErrnoException | undefined)?.code;

/** A file-system error in words a user acts on. */
export function ioReason(e: unknown, path: string): string {
  switch (errno(e)) {
    case 'ENOSPC': return 'no space left on the device';
    case 'EDQUOT': return 'disk quota exceeded';
    case 'EROFS': return 'the file system is read-only';
    case 'EACCES':
    case 'EPERM': return 'permission denied';
    case 'ENOENT': return `the directory ${dirname(path)} does not exist`;
    case 'ENOTDIR': return 'a component of the path is not a directory';
    case 'EISDIR': return `${path} is a directory`;
    case 'EIO': return 'an input/output error on the device';
    case 'EMFILE':
    case 'ENFILE': return `too many files are open (${errno(e)}): raise the limit, e.g. ulimit -n 4096`;
    default: return (e as Error).message;
  }
}

/**
 * Reads a whole regular file of at most `maxBytes`. A missing file, a directory, a device or a
 * pipe (which would block), an unreadable or oversized file each get a DnnError. The file is noted
 * as an input of the command (contract/inputs.ts), unless `input` is false: a command reading back
 * its own output (a resumed run's metrics.csv).
 */
export function readFileOrFail(path: string, what: string, maxBytes = MAX_TEXT_FILE_BYTES, input = true): Buffer {
  return withRegularFile(path, what, maxBytes, input, (fd, size) => {
    const buf = Buffer.allocUnsafe(size);
    let got = 0;
    for (let n = -1; got < size && n !== 0; got += n) n = fs.readSync(fd, buf, got, size - got, got);
    if (got !== size) fail('DNN6006', `${what} '${path}' changed while it was read (${got} of ${size} bytes)`);
    return buf;
  });
}

/**
 * Reads a regular file of at most `maxBytes` in chunks of `chunkBytes`, handing each to `onChunk`
 * (the same buffer every time: copy what must outlive the call), so a large file costs one chunk
 * of memory. The same checks as readFileOrFail.
 */
export function readFileChunks(path: string, what: string, maxBytes: number, onChunk: (chunk: Uint8Array) => void, chunkBytes = 2 ** 20): void {
  withRegularFile(path, what, maxBytes, true, (fd, size) => {
    const buf = Buffer.allocUnsafe(Math.max(1, Math.min(chunkBytes, size)));
    let got = 0;
    for (let n = -1; got < size && n !== 0; got += n) {
      n = fs.readSync(fd, buf, 0, Math.min(buf.length, size - got), got);
      if (n > 0) onChunk(buf.subarray(0, n));
    }
    if (got !== size) fail('DNN6006', `${what} '${path}' changed while it was read (${got} of ${size} bytes)`);
  });
}

/**
 * Opens `path` without blocking, checks it is a regular file of at most `maxBytes`, notes it as one
 * of the run's inputs (unless `input` is false: see noteInput), and runs `body` on it.
 */
function withRegularFile<T>(path: string, what: string, maxBytes: number, input: boolean, body: (fd: number, size: number) => T): T {
  let fd: number;
  try {
    fd = fs.openSync(path, O_RDONLY | O_NONBLOCK);
  } catch (e) {
    if (errno(e) === 'ENOENT' || errno(e) === 'ENOTDIR') fail('DNN6001', `${what} '${path}' does not exist`);
    return fail('DNN6006', `cannot read ${what} '${path}': ${ioReason(e, path)}`);
  }
  try {
    const st = fs.fstatSync(fd);
    if (st.isDirectory()) fail('DNN6005', `${what} '${path}' is a directory, not a file`);
    if (!st.isFile()) fail('DNN6005', `${what} '${path}' is not a regular file`);
    if (st.size > maxBytes) fail('DNN6006', `${what} '${path}' has ${st.size} bytes, more than the ${maxBytes} dnnc reads`);
    if (input) noteInput(path, what, st);
    return body(fd, st.size);
  } catch (e) {
    if (e instanceof DnnError || !errno(e)) throw e;
    return fail('DNN6006', `cannot read ${what} '${path}': ${ioReason(e, path)}`);
  } finally {
    fs.closeSync(fd);
  }
}
