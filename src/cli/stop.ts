// Stopping a training run between epochs, whatever the backend: on Ctrl-C, or when the reader of
// its output has gone (`dnnc train --json | head -1`). The run finishes the epoch, saves its
// checkpoint (--save) and exits with the reason's status, never 0; a second Ctrl-C quits at once.
// Outside a run, Ctrl-C is Node's default and a closed output ends a dump quietly (main.ts).
// Both reach the run only when it yields to the event loop: the WebGPU queue does between
// submissions, the wasm device between slices of its work (runtime/wasm.ts).

export const EXIT_INTERRUPTED = 130; // 128 + SIGINT, as a shell reports a process Ctrl-C ended
export const EXIT_OUTPUT_CLOSED = 141; // 128 + SIGPIPE, as a shell reports `yes | head -1`'s yes

export interface StopReason {
  readonly code: number;
  readonly message: string;
}

const INTERRUPTED: StopReason = { code: EXIT_INTERRUPTED, message: 'interrupted: stopping after this epoch (Ctrl-C again to quit now)' };
const OUTPUT_CLOSED: StopReason = { code: EXIT_OUTPUT_CLOSED, message: 'dnnc: the output was closed: stopping after this epoch' };

/** The run that stops on request, while one is running. */
let running: ((reason: StopReason) => void) | null = null;

/** Asks the running training run to stop because its standard output was closed; false when none runs. */
export function stopOnClosedOutput(): boolean {
  running?.(OUTPUT_CLOSED);
  return running !== null;
}

export interface Stoppable {
  /** Why the run was asked to stop, or null. */
  readonly reason: () => StopReason | null;
  /** Lets a Ctrl-C or a write's error that came with the epoch's output arrive, then says whether to stop. */
  readonly shouldStop: () => Promise<boolean>;
  /** Restores Node's Ctrl-C and the quiet end of a closed output. */
  readonly dispose: () => void;
}

/** Routes Ctrl-C and a closed output to the run until dispose(); `log` says what happens. */
export function stoppable(log: (line: string) => void): Stoppable {
  let reason: StopReason | null = null;
  const stop = (r: StopReason) => {
    reason = r;
    log(`\n${r.message}`);
  };
  // A second Ctrl-C quits now; a first one after the output closed is still the first.
  const onSigint = () => (reason === INTERRUPTED ? process.exit(EXIT_INTERRUPTED) : stop(INTERRUPTED));
  const onClosedOutput = (r: StopReason) => {
    if (!reason) stop(r);
  };
  process.on('SIGINT', onSigint);
  running = onClosedOutput;
  return {
    reason: () => reason,
    shouldStop: async () => {
      await new Promise<void>((resolve) => setImmediate(resolve));
      return reason !== null;
    },
    dispose: () => {
      process.off('SIGINT', onSigint);
      running = null;
    },
  };
}
