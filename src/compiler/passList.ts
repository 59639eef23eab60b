// A typed list of passes. Each pass takes the stage record the pass before it returned (and the
// compilation's options) and returns its own, so a pass listed where its input does not exist
// yet fails to type-check. Running a list verifies every program after every pass.
import type { ModelIR } from '../ir/program.js';
import { verifyModel } from '../ir/verify.js';

/** What every stage record holds: the model's programs as that stage left them. */
export interface Staged {
  readonly model: ModelIR;
}

/** One pass: a stage record to the next. */
export type Pass<A, B, O> = (s: A, options: O) => B;

/** Told each pass's name and result as a list runs (the `--emit` dumps are taken this way). */
export type Observer = (pass: string, s: Staged) => void;

/** Passes from stage A to stage B under options O. */
export class PassList<A extends Staged, B extends Staged, O> {
  private constructor(
    /** The passes' names, in order. */
    readonly names: readonly string[],
    private readonly go: (s: A, options: O, seen: Observer) => B,
  ) {}

  /** No passes yet: a list that starts (and ends) at stage A. */
  static from<A extends Staged, O>(): PassList<A, A, O> {
    return new PassList<A, A, O>([], (s) => s);
  }

  /** This list, then one more pass, which takes what this list returns. */
  then<C extends Staged>(name: string, pass: Pass<B, C, O>): PassList<A, C, O> {
    return new PassList<A, C, O>([...this.names, name], (s, options, seen) => {
      const next = pass(this.go(s, options, seen), options);
      verifyModel(next.model);
      seen(name, next);
      return next;
    });
  }

  /** Runs every pass on `start` (verified first) and returns the last one's record. */
  run(start: A, options: O, seen: Observer = () => {}): B {
    verifyModel(start.model);
    return this.go(start, options, seen);
  }
}
