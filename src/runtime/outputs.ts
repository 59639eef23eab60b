// The output guard: every command that writes files calls guardOutputs with all its targets once
// its inputs are read (the model and its imports parsed, the data, checkpoint, map or weights
// loaded) and before it trains, converts or writes anything. A target that is one of the files
// the command read (contract/inputs.ts records each read) — the same device and inode, or the same
// real path, whatever links or `./` spell it — or that is another of its targets, is refused
// (DNN6010), and nothing is written.
import { sep } from 'node:path';
import { fail } from '../contract/diagnostics.js';
import { inputNamed, inputsRead, realPath, type InputFile } from '../contract/inputs.js';

export interface OutputTarget {
  /** The path as the user gave it. */
  path: string;
  /** The option that names it, for the message: '--save', '-o', '--log-dir'. */
  what: string;
  /** A directory written (and replaced) as a whole: no input may lie inside it. */
  dir?: boolean;
}

/** Refuses, before any work, targets that would replace an input or each other. */
export function guardOutputs(targets: readonly OutputTarget[]): void {
  const inputs = inputsRead();
  const resolved = targets.map((t) => ({ ...t, real: realPath(t.path) }));
  resolved.forEach((t, k) => {
    const hit = inputNamed(t.path) ?? (t.dir ? inputs.find((i) => inside(i.real, t.real)) : undefined);
    if (hit) refuse(t, hit);
    for (const u of resolved.slice(0, k)) {
      if (t.real === u.real || (u.dir && inside(t.real, u.real)) || (t.dir && inside(u.real, t.real))) {
        fail('DNN6010', `${t.what} ${t.path} and ${u.what} ${u.path} name the same ${t.dir || u.dir ? 'place' : 'file'}: one would replace the other`, ['give each output its own path']);
      }
    }
  });
}

function refuse(t: OutputTarget & { real: string }, input: InputFile): never {
  const where = t.dir && input.real !== t.real ? `${t.what} ${t.path} holds the ${input.what} '${input.path}'` : `${t.what} ${t.path} is the ${input.what} '${input.path}'`;
  return fail('DNN6010', `${where} that this command reads: writing it would replace its input`, [`name another ${t.dir ? 'directory' : 'file'} for ${t.what}`]);
}

/** Whether real path `p` lies inside (or is) directory `dir`. */
const inside = (p: string, dir: string): boolean => p === dir || p.startsWith(dir.endsWith(sep) ? dir : dir + sep);
