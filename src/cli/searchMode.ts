// Which of its four things `dnnc search` does, from the options given: the local search, a plan
// (--plan with a model), one line of a plan (--run-line), or a ranking (--collect). Options that
// mean nothing to the chosen one are usage errors, not silently ignored.
import { fail } from '../contract/diagnostics.js';

export type SearchMode = 'search' | 'plan' | 'run-line' | 'collect';

/** What each mode takes besides the options every mode takes. */
const ONLY: Record<'run-line' | 'collect', readonly string[]> = {
  'run-line': ['--run-line', '--plan'],
  collect: ['--collect', '--plan', '--json'],
};

export function checkSearchMode(file: string | undefined, o: { space?: unknown; plan?: string; trialDir?: string; runLine?: number; collect?: string }, given: readonly string[]): SearchMode {
  if (o.runLine !== undefined && o.collect !== undefined) fail('DNN7006', '--run-line runs a trial and --collect ranks them: give one of them');
  const mode = o.collect !== undefined ? 'collect' : o.runLine !== undefined ? 'run-line' : undefined;
  if (mode) {
    if (file !== undefined) fail('DNN7005', `${mode === 'collect' ? '--collect' : '--run-line'} takes no model: the plan names it (got '${file}')`);
    const stray = given.filter((g) => !ONLY[mode].includes(g));
    if (stray.length) fail('DNN7006', `${stray.join(', ')} cannot be given with --${mode}: ${mode === 'collect' ? 'it ranks the results as they are' : 'the plan line holds the whole command'}`);
    if (mode === 'run-line' && o.plan === undefined) fail('DNN7003', "--run-line needs --plan <file>, the plan whose line it runs");
    return mode;
  }
  if (file === undefined) fail('DNN7004', "missing required argument 'model'", ['or: dnnc search --plan FILE --run-line N, dnnc search --collect DIR']);
  if (o.space === undefined) fail('DNN7003', "required option '--space <space>' not specified");
  if (o.trialDir !== undefined && o.plan === undefined) fail('DNN7006', '--trial-dir names where the trials of a --plan write: give --plan too');
  return o.plan !== undefined ? 'plan' : 'search';
}
