// The path of the running `dnnc` command (its bin), set by main.ts when the command line runs.
// A child of the same command (backend.ts's adapter probe) is started from it; code that runs
// in-process elsewhere (tests, embedders calling train()) has none, and starts no child.
let entry: string | undefined;

export function setCliEntry(path: string | undefined): void {
  entry = path;
}

export function cliEntry(): string | undefined {
  return entry;
}
