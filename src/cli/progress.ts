// A one-line progress bar for terminals (redrawn in place on stderr), like tqdm or Keras: steps
// done of the total, the rate of completed steps, the time left at that rate, and the loss of
// the last finished epoch (the loss is read back once per epoch, never per step).
export class ProgressBar {
  private shown = false;
  private started = 0;
  private lastDone = Infinity;
  constructor(private readonly out: NodeJS.WriteStream, private readonly now: () => number = () => performance.now()) {}

  update(label: string, done: number, total: number, lastLoss?: number): void {
    if (done < this.lastDone) this.started = this.now(); // a new epoch
    this.lastDone = done;
    const width = 30;
    const filled = Math.round((width * done) / Math.max(1, total));
    const seconds = (this.now() - this.started) / 1000;
    const rate = done > 0 && seconds > 0 ? done / seconds : NaN;
    const eta = Number.isFinite(rate) ? ` ${clock((total - done) / rate)} left, ${rate >= 10 ? rate.toFixed(0) : rate.toFixed(1)} steps/s` : '';
    const loss = lastLoss !== undefined && Number.isFinite(lastLoss) ? `  loss ${lastLoss.toFixed(4)} (last epoch)` : '';
    this.out.write(`\r\x1b[2K${label} [${'#'.repeat(filled)}${'.'.repeat(width - filled)}] ${done}/${total} steps ${clock(seconds)}${eta}${loss}`);
    this.shown = true;
  }

  /** A phase without a rate: "compiling 19 kernels [######......] 7/19 0:03". */
  count(label: string, done: number, total: number): void {
    if (!this.shown) this.started = this.now();
    const width = 30;
    const filled = Math.round((width * done) / Math.max(1, total));
    this.out.write(`\r\x1b[2K${label} [${'#'.repeat(filled)}${'.'.repeat(width - filled)}] ${done}/${total} ${clock((this.now() - this.started) / 1000)}`);
    this.shown = true;
  }

  clear(): void {
    if (this.shown) this.out.write('\r\x1b[2K');
    this.shown = false;
  }
}

/** 75 → "1:15", 3700 → "1:01:40". */
export function clock(seconds: number): string {
  const s = Math.max(0, Math.round(seconds));
  const [h, m, r] = [Math.floor(s / 3600), Math.floor((s % 3600) / 60), s % 60];
  const two = (n: number) => String(n).padStart(2, '0');
  return h ? `${h}:${two(m)}:${two(r)}` : `${m}:${two(r)}`;
}
