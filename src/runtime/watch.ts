// What WebGPU reports asynchronously, turned into DnnErrors where a result would come back: an
// error scope pair (validation, out-of-memory) is opened before the first submission of an
// operation and closed when its results are read back (one pair per epoch, not per step); errors
// outside any scope (`uncapturederror`) and a lost device (`device.lost`) are remembered and fail
// the next operation. A device without these (the wasm target's) is watched for nothing.
import { DnnError, fail } from '../contract/diagnostics.js';

const HINT = ['the artifact does not fit this device or was damaged; recompile it with dnnc, and report it if it persists'];

export class DeviceWatch {
  private lost: GPUDeviceLostInfo | null = null;
  private readonly lostSignal: Promise<unknown>;
  private uncaptured: GPUError | null = null;
  private open = false;
  private readonly scoped: boolean;
  private readonly onError = (ev: Event) => {
    this.uncaptured ??= (ev as GPUUncapturedErrorEvent).error;
  };

  constructor(private readonly device: GPUDevice) {
    this.scoped = typeof device.pushErrorScope === 'function' && typeof device.popErrorScope === 'function';
    this.lostSignal = device.lost instanceof Promise ? device.lost.then((info) => (this.lost = info)) : new Promise(() => {});
    if (typeof device.addEventListener === 'function') device.addEventListener('uncapturederror', this.onError);
  }

  /** Stops listening (the device is the caller's and may outlive the session). */
  detach(): void {
    if (typeof this.device.removeEventListener === 'function') this.device.removeEventListener('uncapturederror', this.onError);
  }

  /** Fails if the device is lost or reported an error outside our scopes. */
  check(): void {
    if (this.lost) fail('DNN5041', `the WebGPU device was lost (${this.lost.reason || 'unknown reason'}${this.lost.message ? `: ${this.lost.message}` : ''})`, ['nothing computed since can be trusted: open a new device and session, and restore a checkpoint']);
    const e = this.uncaptured;
    if (e) {
      this.uncaptured = null;
      fail('DNN5040', `WebGPU reported ${errorKind(e)}: ${firstLine(e.message)}`, HINT);
    }
  }

  /** Before work is encoded: opens the scopes unless open. Cheap when open (every submission calls it). */
  begin(): void {
    if (this.open) return;
    this.check();
    if (!this.scoped) return;
    this.device.pushErrorScope('out-of-memory');
    this.device.pushErrorScope('validation');
    this.open = true;
  }

  /** After the work's results are in: closes the scopes and fails with what they caught. */
  async end(): Promise<void> {
    const caught = await this.close();
    if (caught) fail('DNN5040', `WebGPU reported ${errorKind(caught)}: ${firstLine(caught.message)}`, HINT);
    this.check();
  }

  /** A WebGPU call rejected (a read-back): the scopes' error, a lost device, or the rejection itself, as a DnnError. */
  async failed(e: unknown): Promise<never> {
    const caught = await this.close();
    if (e instanceof DnnError) throw e;
    // A lost device rejects pending read-backs before `lost` resolves: give it a turn.
    await Promise.race([this.lostSignal, new Promise((r) => setTimeout(r, 0))]);
    this.check();
    const why = caught ? `${errorKind(caught)}: ${firstLine(caught.message)}` : `an error: ${e instanceof Error ? e.message || e.name : String(e)}`;
    return fail('DNN5040', `WebGPU reported ${why}`, HINT);
  }

  private async close(): Promise<GPUError | null> {
    if (!this.open) return null;
    this.open = false;
    const pop = () => this.device.popErrorScope().catch(() => null);
    const [validation, memory] = await Promise.all([pop(), pop()]);
    return validation ?? memory;
  }
}

// By constructor name: the GPU*Error classes are globals only where the provider installed them.
function errorKind(error: GPUError): string {
  const name = error.constructor.name;
  if (name === 'GPUValidationError') return 'a validation error';
  if (name === 'GPUOutOfMemoryError') return 'an out-of-memory error';
  return 'an error';
}

const firstLine = (s: string) => s.split('\n')[0]!.trim();
