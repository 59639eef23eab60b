// The WebAssembly target: a device for Session that runs an artifact's kernels as the functions
// of its wasm module (artifact.wasm) on the CPU, one thread, in Node or a browser. It implements
// the part of GPUDevice that Session uses — buffers, queue writes, command encoders with
// dispatches and copies, read-back — so the same Session, state layout and checkpoints serve
// both targets. Every storage buffer lives in one WebAssembly.Memory (allocated in the order
// created: the artifact's buffers first, then uploaded data); a bind group is the list of its
// buffers' offsets, which are what a kernel function takes. Work runs synchronously at submit.
import { fail } from '../contract/diagnostics.js';
import type { Artifact } from '../contract/artifact.js';
import { decodeBase64, WASM_SCRATCH_BYTES, WASM_SCRATCH_GLOBAL } from '../contract/wasm.js';
import { validateArtifact } from './artifact.js';
import type { DeviceHandle } from './device.js';

/** WebGPU's constants, for hosts without WebGPU (the values are the specification's). */
const CONSTANTS = {
  GPUBufferUsage: { MAP_READ: 1, MAP_WRITE: 2, COPY_SRC: 4, COPY_DST: 8, INDEX: 16, VERTEX: 32, UNIFORM: 64, STORAGE: 128, INDIRECT: 256, QUERY_RESOLVE: 512 },
  GPUShaderStage: { VERTEX: 1, FRAGMENT: 2, COMPUTE: 4 },
  GPUMapMode: { READ: 1, WRITE: 2 },
};

/** Bytes after every buffer: a matmul tile's vector loads may read a few floats past a row. */
const SLACK = 64;
const PAGE = 65536;
const MAX_PAGES = 65536;

type Kernel = (...offsets: number[]) => void;

class Heap {
  readonly memory: WebAssembly.Memory;
  private top: number;
  private readonly free: { offset: number; size: number }[] = [];

  constructor(reserved: number) {
    this.memory = new WebAssembly.Memory({ initial: 16, maximum: MAX_PAGES });
    this.top = reserved;
  }

  alloc(bytes: number): number {
    const size = Math.ceil((bytes + SLACK) / 16) * 16;
    const hit = this.free.findIndex((b) => b.size >= size);
    if (hit >= 0) return this.free.splice(hit, 1)[0]!.offset;
    const offset = this.top;
    this.top += size;
    const pages = Math.ceil(this.top / PAGE);
    const have = this.memory.buffer.byteLength / PAGE;
    if (pages > MAX_PAGES) fail('DNN5030', `the wasm target's memory would exceed 4 GiB (${this.top} bytes)`);
    try {
      if (pages > have) this.memory.grow(pages - have);
    } catch {
      fail('DNN5030', `the wasm target could not grow its memory to ${pages * PAGE} bytes`);
    }
    return offset;
  }

  release(offset: number, bytes: number): void {
    this.free.push({ offset, size: Math.ceil((bytes + SLACK) / 16) * 16 });
  }

  bytes(offset: number, size: number): Uint8Array {
    return new Uint8Array(this.memory.buffer, offset, size);
  }
}

/** A buffer in the heap, or (MAP_READ staging) a plain host array. */
class WasmBuffer {
  private host: Uint8Array | null = null;
  readonly offset: number;
  private destroyed = false;

  constructor(
    private readonly heap: Heap,
    readonly size: number,
    usage: number,
  ) {
    if (usage & CONSTANTS.GPUBufferUsage.MAP_READ) {
      this.host = new Uint8Array(size);
      this.offset = -1;
    } else {
      this.offset = heap.alloc(size);
      this.view().fill(0);
    }
  }

  view(): Uint8Array {
    return this.host ?? this.heap.bytes(this.offset, this.size);
  }
  async mapAsync(): Promise<void> {}
  getMappedRange(): ArrayBuffer {
    return this.view().slice().buffer;
  }
  unmap(): void {}
  destroy(): void {
    if (this.destroyed || this.host) return;
    this.destroyed = true;
    this.heap.release(this.offset, this.size);
  }
}

interface Pipeline {
  readonly fn: Kernel;
  readonly params: readonly number[];
}

type Command = () => void;

/** The encoder records; submit runs the commands in order. */
class Encoder {
  readonly commands: Command[] = [];
  beginComputePass() {
    let pipeline: Pipeline | null = null;
    let group: WasmBuffer[] = [];
    return {
      setPipeline: (p: Pipeline) => (pipeline = p),
      setBindGroup: (_i: number, g: { buffers: WasmBuffer[] }) => (group = g.buffers),
      dispatchWorkgroups: () => {
        const p = pipeline!;
        const offsets = p.params.map((k) => group[k]!.offset);
        this.commands.push(() => p.fn(...offsets));
      },
      end: () => {},
    };
  }
  copyBufferToBuffer(src: WasmBuffer, srcOffset: number, dst: WasmBuffer, dstOffset: number, bytes: number): void {
    this.commands.push(() => dst.view().set(src.view().subarray(srcOffset, srcOffset + bytes), dstOffset));
  }
  finish(): Command[] {
    return this.commands;
  }
}

/** The device object Session drives (a GPUDevice in the parts Session uses). */
function makeDevice(heap: Heap, artifact: Artifact, exports: Record<string, unknown>): GPUDevice {
  const kernels = artifact.wasm!.kernels;
  const indexOf = new Map(artifact.kernels.map((k, i) => [k.name, i]));
  const pipeline = (label: string): Pipeline => {
    const i = indexOf.get(label);
    const fn = exports[`k${i}`];
    if (i === undefined || typeof fn !== 'function' || !kernels[i]) return fail('DNN5031', `the artifact's wasm module has no function for kernel ${label}`);
    return { fn: fn as Kernel, params: kernels[i]!.params };
  };
  const device = {
    limits: {
      maxStorageBuffersPerShaderStage: 1 << 16,
      maxComputeInvocationsPerWorkgroup: 1 << 16,
      maxStorageBufferBindingSize: 2 ** 31,
      maxBufferSize: 2 ** 31,
    },
    createBuffer: (d: { size: number; usage: number }) => new WasmBuffer(heap, d.size, d.usage),
    createShaderModule: () => ({ getCompilationInfo: async () => ({ messages: [] }) }),
    createBindGroupLayout: () => ({}),
    createPipelineLayout: () => ({}),
    createComputePipelineAsync: async (d: { label: string }) => pipeline(d.label),
    createComputePipeline: (d: { label: string }) => pipeline(d.label),
    createBindGroup: (d: { entries: { resource: { buffer: WasmBuffer } }[] }) => ({ buffers: d.entries.map((e) => e.resource.buffer) }),
    createCommandEncoder: () => new Encoder(),
    queue: {
      writeBuffer: (b: WasmBuffer, offset: number, data: ArrayBufferView) => {
        b.view().set(new Uint8Array(data.buffer, data.byteOffset, data.byteLength), offset);
      },
      submit: (commands: Command[][]) => {
        try {
          for (const list of commands) for (const c of list) c();
        } catch (e) {
          // A trap (an access outside memory): the artifact's kernels do not fit its buffers.
          if (!(e instanceof WebAssembly.RuntimeError)) throw e;
          fail('DNN5031', `a kernel of the artifact's wasm module trapped: ${e.message}`);
        }
      },
      onSubmittedWorkDone: async () => {},
    },
    destroy: () => {},
  };
  return device as unknown as GPUDevice;
}

/** Whether this host runs WebAssembly with 128-bit SIMD. */
export function wasmSimdSupported(): boolean {
  if (typeof WebAssembly !== 'object') return false;
  // (module (func (result v128) v128.const 0 ...))
  const probe = [0, 97, 115, 109, 1, 0, 0, 0, 1, 5, 1, 96, 0, 1, 123, 3, 2, 1, 0, 10, 22, 1, 20, 0, 253, 12, ...new Array<number>(16).fill(0), 11];
  return WebAssembly.validate(new Uint8Array(probe));
}

/** Buffers lie above `scratchBytes`: less than the module says it uses would put them under its scratch. */
function checkScratch(instance: WebAssembly.Instance, scratchBytes: number): void {
  const g = instance.exports[WASM_SCRATCH_GLOBAL];
  const need = g instanceof WebAssembly.Global ? Number(g.value) : WASM_SCRATCH_BYTES;
  if (scratchBytes < need) {
    fail('DNN6002', `the artifact is not a valid dnnc artifact: wasm.scratchBytes: is ${scratchBytes}, but its module uses ${need} bytes of scratch (its buffers would overlap it)`);
  }
}

/**
 * A device that runs `artifact` on the CPU through its wasm target, for Session.create. The
 * artifact must have been compiled with the wasm target (compileSource(..., { wasm: true })).
 */
export async function openWasmDevice(artifact: Artifact): Promise<DeviceHandle> {
  if (!artifact.wasm) fail('DNN5032', `the artifact of ${artifact.model} has no WebAssembly target`, ['compile it with the wasm target (dnnc runs .dnn sources with it when --backend wasm is given)']);
  if (!wasmSimdSupported()) fail('DNN5033', 'this JavaScript engine does not run WebAssembly SIMD (Node 16.4+, Chrome 91+, Firefox 89+, Safari 16.4+ do)');
  for (const [name, value] of Object.entries(CONSTANTS)) {
    if (!(name in globalThis)) Object.assign(globalThis, { [name]: value });
  }
  // The whole artifact, its wasm section included, is checked where it enters (names the bad field).
  const w = validateArtifact(artifact).wasm!;
  const heap = new Heap(w.scratchBytes);
  const env: Record<string, unknown> = { memory: heap.memory, exp: Math.exp, log: Math.log, tanh: Math.tanh, sin: Math.sin, cos: Math.cos, pow: Math.pow };
  let instance: WebAssembly.Instance;
  try {
    const module = await WebAssembly.compile(decodeBase64(w.module));
    instance = await WebAssembly.instantiate(module, { env: env as WebAssembly.ModuleImports });
  } catch (e) {
    return fail('DNN5031', `the artifact's wasm module does not load: ${e instanceof Error ? e.message : String(e)}`);
  }
  checkScratch(instance, w.scratchBytes);
  return {
    device: makeDevice(heap, artifact, instance.exports as Record<string, unknown>),
    adapterInfo: { vendor: 'dnnc', architecture: 'wasm32', device: 'cpu', description: 'WebAssembly SIMD on the CPU (one thread)', backend: 'wasm', featureLevel: 'core' },
    limits: {},
  };
}
