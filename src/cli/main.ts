#!/usr/bin/env node
// dnnc's entry point. Exit status: 0 success; 1 a mistake in a model, data or file (printed as
// diagnostics); 2 a command-line usage error (DNN7xxx); 130 interrupted; 141 a training run whose
// output was closed; 70 an internal error, which asks for a report. Nothing a user can type
// should reach the last one.
import { readFileSync } from 'node:fs';
import { CommanderError } from 'commander';
import { DnnError, formatDiagnostic, type Diagnostic } from '../contract/diagnostics.js';
import { protectInputs } from '../contract/inputs.js';
import { usageDiagnostic } from './args.js';
import { buildProgram, commandsWithOption } from './program.js';
import { stopOnClosedOutput } from './stop.js';
import { outOfFiles } from './limits.js';
import { setCliEntry } from './entry.js';

const EXIT_MODEL_ERROR = 1;
const EXIT_USAGE = 2;
const EXIT_INTERNAL = 70; // sysexits' EX_SOFTWARE

// `dnnc compile m.dnn --emit wgsl | head -1`: the reader is gone, so the output is not wanted
// any more; stop quietly as other command-line tools do. A training run instead stops after its
// epoch, saves, and exits 141: it did not finish, and its checkpoint is what is left of it.
process.stdout.on('error', (e: NodeJS.ErrnoException) => {
  if (e.code === 'EPIPE' && stopOnClosedOutput()) return;
  if (e.code === 'EPIPE') process.exit(0);
  process.stderr.write(`dnnc: cannot write the output: ${e.message}\n`);
  process.exit(EXIT_MODEL_ERROR);
});
process.stderr.on('error', () => {}); // nowhere left to report anything
// Behind each command's output guard: no file this process read is ever replaced by one it writes.
protectInputs();

function version(): string {
  // dist/src/cli/main.js → the package's own package.json, in a clone and when installed.
  const pkg = JSON.parse(readFileSync(new URL('../../../package.json', import.meta.url), 'utf8')) as { version: string };
  return pkg.version;
}

/** Runs the command line; returns the exit status. */
async function main(argv: string[]): Promise<number> {
  const status = { code: 0 };
  const program = buildProgram(version(), status);
  try {
    await program.parseAsync(argv, { from: 'user' });
    return status.code;
  } catch (err) {
    if (!(err instanceof CommanderError)) throw err;
    // Help and version "exit" with 0; `dnnc` alone prints help to stderr and is a usage error.
    if (err.exitCode === 0) return 0;
    if (err.code === 'commander.help') return EXIT_USAGE;
    throw new DnnError([usageDiagnostic(err, usageNotes(err, argv))]);
  }
}

/** Where an unknown option belongs, and where to read about the command's options. */
function usageNotes(err: CommanderError, argv: string[]): string[] {
  const notes: string[] = [];
  const flag = /unknown option '([^']+)'/.exec(err.message)?.[1];
  if (flag) {
    const owners = commandsWithOption(buildProgram('', { code: 0 }), flag);
    if (owners.length) notes.push(`${flag.replace(/=.*$/, '')} is an option of: ${owners.map((c) => `dnnc ${c}`).join(', ')}`);
  }
  const known = ['check', 'compile', 'train', 'eval', 'predict', 'search', 'import', 'devices'];
  const command = argv.find((a) => known.includes(a));
  notes.push(`run 'dnnc ${command ? `${command} ` : ''}--help' for ${command ? 'its' : 'the commands and their'} options`);
  return notes;
}

function report(diagnostics: readonly Diagnostic[]): void {
  process.stderr.write(diagnostics.map(formatDiagnostic).join('\n\n') + '\n');
}

setCliEntry(process.argv[1]);
main(process.argv.slice(2)).then(
  (code) => {
    process.exitCode = code;
  },
  (err: unknown) => {
    const known = err instanceof DnnError ? err : outOfFiles(err);
    if (known) {
      report(known.diagnostics);
      const usage = known.diagnostics.every((d) => d.code.startsWith('DNN7'));
      process.exitCode = usage ? EXIT_USAGE : EXIT_MODEL_ERROR;
    } else {
      process.stderr.write(`dnnc: internal error: ${err instanceof Error ? err.message : String(err)}\n`);
      if (process.env['DNNC_DEBUG']) process.stderr.write(`${(err as Error).stack}\n`);
      else process.stderr.write('(set DNNC_DEBUG=1 for the stack trace, and please report it)\n');
      process.exitCode = EXIT_INTERNAL;
    }
  },
);
