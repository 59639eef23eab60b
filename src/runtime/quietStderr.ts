// Dawn's native warnings, kept off the user's terminal. While it discovers adapters, Dawn prints
// from C++ straight to file descriptor 2 (on Mesa's OpenGL ES: "Warning:
// maxDynamicUniformBuffersPerPipelineLayout artificially reduced from 90 to 16 to fit dynamic
// offset allocation limit." and the same for storage buffers), with no flag, toggle or limit
// request that turns them off, so JavaScript's process.stderr never sees them. Measured with
// webgpu 0.6.2: they are printed synchronously inside GPU.requestAdapter().
//
// So for that one synchronous call, fd 2 is pointed at /dev/null and then back. Node has no
// dup2: fd 2 is reopened through /proc/self/fd, which makes a new open file description. That
// writes to the same place only for a terminal or a pipe (no file offset to share), so anything
// else — a file (`2>log`, `>log 2>&1` would lose the shared offset), a socket, a platform
// without /proc — is left alone and the warnings show. Closing fd 2 gives its number to the
// next open(); the process must not open files on other threads meanwhile, so this is for
// command-line programs (dnnc's CLI), not for a library's host process, and any surprise leaves
// fd 2 as it was or reports it.
import { closeSync, constants, fstatSync, openSync } from 'node:fs';

const STDERR = 2;

/** Runs `fn` (synchronous) with native writes to fd 2 discarded, where that is safe; see above. */
export function withNativeStderrDiscarded<T>(fn: () => T): T {
  const saved = process.platform === 'linux' ? openWriter(STDERR) : null;
  if (saved === null) return fn();
  let swapped = false;
  try {
    closeSync(STDERR);
    const nul = openSync('/dev/null', 'w');
    swapped = nul === STDERR;
    if (!swapped) closeSync(nul); // fd 2 was taken meanwhile (see above); nothing to undo
    return fn();
  } finally {
    if (swapped) restoreStderr(saved);
    closeSync(saved);
  }
}

/**
 * A new descriptor for what `fd` writes to, if that is a terminal or a pipe with a reader, else
 * null. Opening a pipe with no reader would wait for one, so a pipe is probed without waiting
 * first; O_NOCTTY keeps a terminal from becoming the process's controlling terminal.
 */
function openWriter(fd: number): number | null {
  const path = `/proc/self/fd/${fd}`;
  const flags = constants.O_WRONLY | constants.O_NOCTTY;
  try {
    const st = fstatSync(fd);
    if (st.isFIFO()) closeSync(openSync(path, flags | constants.O_NONBLOCK));
    else if (!st.isCharacterDevice()) return null;
    return openSync(path, flags);
  } catch {
    return null;
  }
}

/** Points fd 2 (now /dev/null) back at `saved`'s terminal or pipe, if it can still be reopened. */
function restoreStderr(saved: number): void {
  const back = openWriter(saved);
  if (back === null) return; // the pipe's reader left: nobody reads stderr, /dev/null stays
  closeSync(STDERR);
  const again = openSync(`/proc/self/fd/${back}`, constants.O_WRONLY | constants.O_NOCTTY);
  closeSync(back);
  if (again !== STDERR) closeSync(again);
}
