// Device acquisition that works on any WebGPU implementation (browser, Deno, dawn.node).
// Browser-safe on purpose: no Node module and no 'webgpu' import here; the Node provider
// (node.ts) creates the GPU object and hands it in.

import type { KernelShapes } from '../contract/artifact.js';
import { fail } from '../contract/diagnostics.js';

/** Every numeric limit name WebGPU defines (minus the nominal-typing brand). */
export type LimitName = Exclude<keyof GPUSupportedLimits, '__brand'>;

/**
 * Limits the generated programs lean on. Adapters offer more than the spec defaults, but
 * requestDevice only grants the defaults unless asked, and compatibility-mode defaults are
 * small (e.g. 4 storage buffers per stage, 128 invocations per workgroup), so we ask for the
 * adapter's own maximum of each.
 */
export const KEY_LIMITS: readonly LimitName[] = [
  'maxStorageBuffersPerShaderStage',
  'maxComputeInvocationsPerWorkgroup',
  'maxComputeWorkgroupSizeX',
  'maxStorageBufferBindingSize',
  'maxBufferSize',
  'maxComputeWorkgroupsPerDimension',
  'maxComputeWorkgroupStorageSize',
  'maxBindGroups',
];

export type FeatureLevel = 'core' | 'compatibility';

export interface AdapterSummary {
  vendor: string;
  architecture: string;
  device: string;
  description: string;
  /** Which backend the provider asked for ('opengles', 'vulkan', 'default', 'browser', ...). */
  backend: string;
  featureLevel: string;
  /** Present (true) when the adapter says it is a fallback adapter, which runs on the CPU. */
  isFallbackAdapter?: true;
}

/**
 * Whether an adapter runs shaders on the CPU (Mesa's llvmpipe and lavapipe, SwiftShader, WARP):
 * there, every storage load is a loop over SIMD lanes, matmul kernels want much larger
 * register blocks than a GPU, and a reduction split over a workgroup only adds barriers (see
 * KernelShapes in src/contract/artifact.ts).
 */
export function isSoftwareAdapter(info: Pick<AdapterSummary, 'device' | 'description' | 'architecture' | 'isFallbackAdapter'>): boolean {
  if (info.isFallbackAdapter === true) return true;
  return /llvmpipe|lavapipe|swiftshader|softpipe|\bwarp\b|software/i.test(`${info.device} ${info.description} ${info.architecture}`);
}

/** The kernel shapes for an adapter, as `dnnc train` picks them: 'cpu' on a software adapter, else 'gpu'. */
export function kernelShapesFor(info: Parameters<typeof isSoftwareAdapter>[0]): KernelShapes {
  return isSoftwareAdapter(info) ? 'cpu' : 'gpu';
}

/** Where a model runs: WebGPU, or the WebAssembly target on the CPU. */
export type BackendName = 'webgpu' | 'wasm';

export interface BackendDecision {
  backend: BackendName;
  /** Why, in a few words a person can read ("no WebGPU adapter", "llvmpipe is a software renderer"). */
  reason: string;
  /** What runs it, where Session.open knows (the wasm target: "WebAssembly SIMD on the CPU (2 threads)", or one thread and why). */
  device?: string;
}

/**
 * The rule for choosing a backend when nobody chose one: a real GPU runs WebGPU; a software
 * adapter (a CPU pretending to be a GPU) or none runs the WebAssembly target, which computes the
 * same numbers on the same CPU several times faster and starts in a second instead of compiling
 * megabytes of shaders. Shared by the CLI, `Session.open` and the demo.
 */
export function chooseBackend(info: Parameters<typeof isSoftwareAdapter>[0] | null): BackendDecision {
  if (!info) return { backend: 'wasm', reason: 'no WebGPU adapter' };
  const name = info.device || info.description || 'the adapter';
  if (isSoftwareAdapter(info)) return { backend: 'wasm', reason: `${name} is a software renderer, slower than WebAssembly on this CPU` };
  return { backend: 'webgpu', reason: `${name} is a GPU` };
}

export interface DeviceHandle {
  device: GPUDevice;
  adapterInfo: AdapterSummary;
  /** The limits the device was actually granted, by name. */
  limits: Record<string, number>;
  /** What the adapter offered (equal to `limits` for KEY_LIMITS); optional for hand-made handles. */
  adapterLimits?: Record<string, number>;
}

export interface OpenDeviceOptions {
  featureLevel?: FeatureLevel;
  /** Label for reports only; the GPU object already embodies the backend choice. */
  backend?: string;
  /** Minimum limits the caller needs; fewer on the adapter is DNN5002. */
  required?: Partial<Record<LimitName, number>>;
  /** Where lost-device and uncaptured-error messages go; null silences them. */
  log?: ((message: string) => void) | null;
}

/**
 * Requests an adapter and a device with the adapter's best key limits.
 * Returns null when this GPU object offers no adapter (the caller tries another backend);
 * throws DNN5002 when an adapter exists but cannot satisfy `required`.
 */
export async function openDevice(gpu: GPU, options: OpenDeviceOptions = {}): Promise<DeviceHandle | null> {
  const featureLevel = options.featureLevel ?? 'core';
  const adapter = await gpu.requestAdapter({ featureLevel, powerPreference: 'high-performance' });
  if (!adapter) return null;

  const info = readAdapterInfo(adapter);
  const required = options.required ?? {};
  checkRequired(adapter.limits, required, info);

  const requiredLimits: Record<string, number> = {};
  for (const name of new Set<LimitName>([...KEY_LIMITS, ...(Object.keys(required) as LimitName[])])) {
    const offered = adapter.limits[name];
    if (typeof offered === 'number') requiredLimits[name] = offered;
  }
  // A compatibility adapter on real hardware may also support core; asking for the feature
  // upgrades the device, which lifts compatibility-only validation rules.
  const requiredFeatures: GPUFeatureName[] = [];
  const core = adapter.features.has('core-features-and-limits');
  if (featureLevel === 'compatibility' && core) requiredFeatures.push('core-features-and-limits');

  let device: GPUDevice;
  try {
    device = await adapter.requestDevice({ requiredLimits, requiredFeatures, label: 'dnnc' });
  } catch (e) {
    fail('DNN5001', `the WebGPU adapter '${adapterName(info)}' refused to create a device`, [
      `reason: ${e instanceof Error ? e.message : String(e)}`,
    ]);
  }

  const log = options.log === undefined ? defaultLog : options.log;
  if (log) attachDeviceLogging(device, log);
  return {
    device,
    adapterInfo: {
      ...info,
      backend: options.backend ?? 'unknown',
      featureLevel: featureLevel === 'core' || core ? 'core' : 'compatibility',
    },
    limits: readLimits(device.limits),
    adapterLimits: readLimits(adapter.limits),
  };
}

function defaultLog(message: string): void {
  console.error(message);
}

/**
 * Reports a lost device (except a deliberate destroy()) and errors no error scope caught.
 * Uncaptured errors mean dnnc generated invalid WebGPU calls, i.e. a compiler bug, so they
 * must be visible even though nothing awaits them. (dawn.node also prints them itself.)
 */
export function attachDeviceLogging(device: GPUDevice, log: (message: string) => void): void {
  void device.lost.then((info) => {
    if (info.reason !== 'destroyed') log(`dnnc: WebGPU device lost (${info.reason}): ${info.message}`);
  });
  device.onuncapturederror = (event: GPUUncapturedErrorEvent) => {
    log(`dnnc: uncaptured WebGPU ${errorKind(event.error)}: ${event.error.message}`);
  };
}

// By constructor name: the GPU*Error classes are globals only where the provider installed them.
function errorKind(error: GPUError): string {
  const name = error.constructor.name;
  if (name === 'GPUValidationError') return 'validation error';
  if (name === 'GPUOutOfMemoryError') return 'out-of-memory error';
  return 'error';
}

/** `adapter.info` fields are prototype getters in dawn.node (spread would copy nothing). */
function readAdapterInfo(adapter: GPUAdapter): Omit<AdapterSummary, 'backend' | 'featureLevel'> {
  const i = adapter.info;
  // `isFallbackAdapter` is newer than some implementations' GPUAdapterInfo: absent means no.
  const fallback = (i as { isFallbackAdapter?: boolean }).isFallbackAdapter === true;
  return { vendor: i.vendor, architecture: i.architecture, device: i.device, description: i.description, ...(fallback ? { isFallbackAdapter: true as const } : {}) };
}

/** Limits are prototype getters too; for-in sees them, and KEY_LIMITS covers any that hide. */
function readLimits(limits: GPUSupportedLimits): Record<string, number> {
  const out: Record<string, number> = {};
  const bag = limits as unknown as Record<string, unknown>;
  for (const name of KEY_LIMITS) out[name] = limits[name] as number;
  for (const name in limits) {
    const v = bag[name];
    if (typeof v === 'number') out[name] = v;
  }
  return out;
}

/** "min…" limits are alignments (smaller is better); all others are maxima. */
function checkRequired(
  offered: GPUSupportedLimits,
  required: Partial<Record<LimitName, number>>,
  info: Omit<AdapterSummary, 'backend' | 'featureLevel'>,
): void {
  for (const [name, need] of Object.entries(required) as [LimitName, number | undefined][]) {
    if (need === undefined) continue;
    const has = offered[name];
    if (typeof has !== 'number') {
      fail('DNN5002', `the WebGPU adapter does not report the limit ${name} (required ${need})`, [
        `adapter: ${adapterName(info)}`,
      ]);
    }
    const ok = name.startsWith('min') ? has <= need : has >= need;
    if (!ok) {
      fail('DNN5002', `device limit ${name} is too low: required ${need}, the adapter offers ${has}`, [
        `adapter: ${adapterName(info)}`,
        'use a smaller model or batch size, or run on a GPU with larger limits',
      ]);
    }
  }
}

/** e.g. "llvmpipe-llvm-15-0-6-256-bits- (OpenGL version OpenGL ES 3.2 Mesa 22.3.6)". */
function adapterName(info: { vendor: string; device: string; description: string }): string {
  const head = [info.vendor, info.device].filter((s) => s !== '').join(' ');
  if (head === '') return info.description || '(unnamed adapter)';
  return info.description === '' ? head : `${head} (${info.description})`;
}

/** The human text `dnnc devices` prints. */
export function describeDevice(h: DeviceHandle): string {
  const a = h.adapterInfo;
  const or = (s: string): string => (s === '' ? '(not reported)' : s);
  const lines = [
    `adapter:       ${adapterName(a)}`,
    `vendor:        ${or(a.vendor)}`,
    `architecture:  ${or(a.architecture)}`,
    `device:        ${or(a.device)}`,
    `description:   ${or(a.description)}`,
    `backend:       ${a.backend}`,
    `feature level: ${a.featureLevel}`,
    'limits:',
  ];
  const width = Math.max(...KEY_LIMITS.map((n) => n.length));
  for (const name of KEY_LIMITS) {
    const v = h.limits[name];
    lines.push(`  ${name.padEnd(width)}  ${v === undefined ? '?' : formatLimit(name, v)}`);
  }
  return lines.join('\n');
}

function formatLimit(name: string, v: number): string {
  if (/Size$/.test(name) && v >= 1024 * 1024 && v % (1024 * 1024) === 0) return `${v} (${v / (1024 * 1024)} MiB)`;
  if (/Size$/.test(name) && v >= 1024 && v % 1024 === 0) return `${v} (${v / 1024} KiB)`;
  return String(v);
}
