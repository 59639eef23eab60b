// A one-line progress bar for terminals (redrawn in place on stderr).
export class ProgressBar {
  private shown = false;
  constructor(private readonly out: NodeJS.WriteStream) {}

  update(label: string, done: number, total: number): void {
    const width = 30;
    const filled = Math.round((width * done) / Math.max(1, total));
    this.out.write(`\r${label} [${'#'.repeat(filled)}${'.'.repeat(width - filled)}] ${done}/${total} steps`);
    this.shown = true;
  }

  clear(): void {
    if (this.shown) this.out.write('\r\x1b[2K');
    this.shown = false;
  }
}
