// The Node provider: finds a working dawn.node backend on this machine and opens a device.
//
// Measured on Debian 12 without a GPU: the default and Vulkan backends give null adapters
// (no libvulkan.so.1; with mesa-vulkan-drivers, Mesa 22.3's lavapipe lacks a feature Dawn
// needs), while OpenGL ES through EGL with EGL_PLATFORM=surfaceless gives a working llvmpipe
// adapter in compatibility mode. Hence the order: default, Vulkan, OpenGL ES.
//
// Process exit: a Node process that opened a device (even one held in this module's cache)
// exits normally once its work is done, without destroy(); closeNodeDevice() is for releasing
// the device early (e.g. in a test's afterAll) or before opening one on another backend.
// The declarations use GPUDevice & co.: consumers get the WebGPU types with them (preserve: kept in .d.ts).
/// <reference types="@webgpu/types" preserve="true" />

import { existsSync } from 'node:fs';
import { execFileSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { DnnError, fail } from '../contract/diagnostics.js';
import { fetchBytes, registerPlatform } from './open.js';
import { loadArtifact as loadArtifactFromFiles, MAX_CHECKPOINT_BYTES, readFileOrFail } from './files.js';
import { withNativeStderrDiscarded } from './quietStderr.js';
import { openDevice, type DeviceHandle, type FeatureLevel, type LimitName } from './device.js';

export type NodeBackend = 'auto' | 'default' | 'vulkan' | 'opengles';
type ConcreteBackend = Exclude<NodeBackend, 'auto'>;

export interface NodeDeviceOptions {
  /** 'auto' (the default) tries default, vulkan, opengles; DNNC_BACKEND overrides 'auto'. */
  backend?: NodeBackend;
  /** Print each attempt to stderr. */
  verbose?: boolean;
  /**
   * Discard the warnings Dawn prints from native code while it looks for adapters (on OpenGL ES:
   * two lines about maxDynamic*BuffersPerPipelineLayout). For command-line programs: fd 2 is
   * briefly pointed at /dev/null, which a process opening files on other threads must not do
   * (src/runtime/quietStderr.ts). dnnc's CLI sets it unless --verbose.
   */
  quiet?: boolean;
  required?: Partial<Record<LimitName, number>>;
}

const BACKENDS: readonly ConcreteBackend[] = ['default', 'vulkan', 'opengles'];

/** OpenGL ES (what llvmpipe offers) only reaches compatibility mode. */
const FEATURE_LEVELS: Record<ConcreteBackend, readonly FeatureLevel[]> = {
  default: ['core'],
  vulkan: ['core', 'compatibility'],
  opengles: ['compatibility'],
};

const INSTALL_NOTES: readonly string[] = [
  'on Debian/Ubuntu, install a software renderer with: apt-get install -y libegl1 libegl-mesa0 libgles2 mesa-vulkan-drivers',
  'or install the driver for your GPU (Vulkan on Linux; Metal and D3D12 work out of the box on macOS and Windows)',
  'choose a backend explicitly with DNNC_BACKEND=default|vulkan|opengles (comma-separated to give an order)',
];

/**
 * `webgpu` (Dawn, ~130 MB of builds) is an optional peer dependency: an app that runs models on
 * the wasm target or in a browser does not install it. So it is imported on first use, and a
 * missing package is DNN5001 (as "no adapter": callers that fall back to wasm still do) with the
 * command that installs it, never ERR_MODULE_NOT_FOUND when dnnc is imported.
 */
type Dawn = typeof import('webgpu');
let dawn: Promise<Dawn | null> | undefined;

/** The `webgpu` module, or null when the package is not installed (other load errors throw). */
function loadDawn(): Promise<Dawn | null> {
  dawn ??= import('webgpu').catch((e: unknown) => {
    dawn = undefined;
    if (isMissingPackage(e, 'webgpu')) return null;
    throw e;
  });
  return dawn;
}

/** Whether `e` says that `name` itself (not something inside it) could not be found. */
function isMissingPackage(e: unknown, name: string): boolean {
  const err = e as { code?: unknown; message?: unknown } | null;
  if (err?.code !== 'ERR_MODULE_NOT_FOUND' && err?.code !== 'MODULE_NOT_FOUND') return false;
  return typeof err.message === 'string' && (err.message.includes(`'${name}'`) || err.message.includes(`"${name}"`));
}

export const WEBGPU_NOT_INSTALLED = "the npm package 'webgpu' (Dawn, WebGPU for Node) is not installed";

/** Whether `webgpu` can be imported here (the CLI's `--backend auto` falls back to wasm if not). */
export async function webGpuInstalled(): Promise<boolean> {
  return (await loadDawn()) !== null;
}

async function requireDawn(): Promise<Dawn> {
  const mod = await loadDawn();
  if (mod) return mod;
  return fail('DNN5001', `no WebGPU in Node: ${WEBGPU_NOT_INSTALLED}`, [
    'install it in your project with: npm install webgpu',
    'or run the model on the CPU: --backend wasm (Session.open: backends: [\'wasm\'])',
  ]);
}

/**
 * dawn.node's constants (GPUBufferUsage, GPUMapMode, ...) must be globals for WebGPU code.
 * Async since `webgpu` became an optional peer dependency, imported on first use (DNN5001 when
 * it is not installed); openNodeDevice() calls it.
 */
export async function installWebGpuGlobals(): Promise<void> {
  const { globals } = await requireDawn();
  Object.assign(globalThis, globals);
}

/** Opens a fresh device; most callers want getSharedNodeDevice(). DNN5001 without `webgpu`. */
export async function openNodeDevice(opts: NodeDeviceOptions = {}): Promise<DeviceHandle> {
  const { create, globals } = await requireDawn();
  Object.assign(globalThis, globals);
  const { order, explicit } = backendOrder(opts.backend);
  const say = (msg: string): void => {
    if (opts.verbose) process.stderr.write(`dnnc: ${msg}\n`);
  };
  const tried: string[] = [];

  for (const backend of order) {
    // Without libvulkan.so.1 the Vulkan-based attempts cannot succeed and only make Dawn print
    // warnings, so 'auto' skips them. (On Linux the default backend is Vulkan too.)
    if (!explicit && process.platform === 'linux' && backend !== 'opengles' && !hasLibVulkan()) {
      say(`skipping ${backend}: libvulkan.so.1 not found`);
      tried.push(`${backend}: skipped, libvulkan.so.1 not found`);
      continue;
    }
    // One instance per backend: Dawn prints its adapter-discovery warnings once per instance.
    const gpu = createInstance(create, backend);
    const probe = opts.quiet ? quietAdapterRequests(gpu) : gpu;
    for (const featureLevel of FEATURE_LEVELS[backend]) {
      say(`trying backend ${backend} (${featureLevel})`);
      const handle = await openDevice(probe, { featureLevel, backend, required: opts.required });
      if (handle) {
        instances.set(handle.device, gpu);
        say(`using ${handle.adapterInfo.description || handle.adapterInfo.device} via ${backend}`);
        return handle;
      }
      tried.push(`${backend} (${featureLevel}): no adapter`);
    }
  }
  const chosen = explicit ? [`only these backends were tried because ${opts.backend && opts.backend !== 'auto' ? 'the backend option' : 'DNNC_BACKEND'} chose them`] : [];
  return fail('DNN5001', 'no WebGPU adapter found', [`tried: ${tried.join('; ')}`, ...chosen, ...INSTALL_NOTES]);
}

/**
 * Each device keeps the object create() returned alive for as long as the device object itself
 * lives, even after destroy(). Measured with webgpu 0.6.2: if that object is garbage-collected
 * while a device made from it is still reachable, the process later segfaults or aborts
 * ("The futex facility returned an unexpected error code"). Never delete from this map.
 */
const instances = new WeakMap<GPUDevice, GPU>();

/** `gpu`, its requestAdapter() run with Dawn's native warnings discarded (the call prints them synchronously). */
function quietAdapterRequests(gpu: GPU): GPU {
  return new Proxy(gpu, {
    get(target, key) {
      if (key === 'requestAdapter') return (o?: GPURequestAdapterOptions) => withNativeStderrDiscarded(() => target.requestAdapter(o));
      const value: unknown = Reflect.get(target, key, target);
      return typeof value === 'function' ? (value as (...a: unknown[]) => unknown).bind(target) : value;
    },
  });
}

function createInstance(create: Dawn['create'], backend: ConcreteBackend): GPU {
  if (backend === 'default') return create([]);
  if (backend === 'opengles' && process.env.EGL_PLATFORM === undefined) {
    // Without a display server EGL must be told to render off-screen; the variable is read
    // when Dawn initialises EGL, so it must be set before the instance is created.
    process.env.EGL_PLATFORM = 'surfaceless';
  }
  return create([`backend=${backend}`]);
}

/** The backends to try, in order; `explicit` when the user chose them (so none is skipped). */
function backendOrder(requested: NodeBackend | undefined): { order: readonly ConcreteBackend[]; explicit: boolean } {
  if (requested !== undefined && requested !== 'auto') return { order: [requested], explicit: true };
  const env = process.env.DNNC_BACKEND?.trim();
  if (env === undefined || env === '' || env === 'auto') return { order: BACKENDS, explicit: false };
  const names = env.split(',').map((s) => s.trim()).filter((s) => s !== '');
  for (const n of names) {
    if (!(BACKENDS as readonly string[]).includes(n)) {
      fail('DNN5001', `DNNC_BACKEND names an unknown backend '${n}'`, [
        `accepted values: auto, ${BACKENDS.join(', ')} (comma-separated for an order)`,
      ]);
    }
  }
  return { order: names as ConcreteBackend[], explicit: true };
}

let vulkanPresent: boolean | undefined;

/** Looks for the Vulkan loader the way the dynamic linker would, without loading it. */
function hasLibVulkan(): boolean {
  if (vulkanPresent !== undefined) return vulkanPresent;
  const dirs = [
    '/lib/x86_64-linux-gnu', '/usr/lib/x86_64-linux-gnu', '/lib/aarch64-linux-gnu', '/usr/lib/aarch64-linux-gnu',
    '/lib64', '/usr/lib64', '/lib', '/usr/lib', '/usr/local/lib',
    ...(process.env.LD_LIBRARY_PATH ?? '').split(':').filter((d) => d !== ''),
  ];
  vulkanPresent = dirs.some((d) => existsSync(`${d}/libvulkan.so.1`)) || ldconfigLists('libvulkan.so.1');
  return vulkanPresent;
}

function ldconfigLists(lib: string): boolean {
  for (const cmd of ['ldconfig', '/sbin/ldconfig']) {
    try {
      return execFileSync(cmd, ['-p'], { encoding: 'utf8', stdio: ['ignore', 'pipe', 'ignore'] }).includes(lib);
    } catch {
      // not on PATH or not runnable: try the next spelling
    }
  }
  return false;
}

let shared: Promise<DeviceHandle> | undefined;

/**
 * One device per process, opened on first use, so test files and the CLI share it instead of
 * each holding their own device, pipelines and buffers. `opts` only matter on the call that
 * opens it. A failed open is not cached, and a lost device is forgotten.
 */
export function getSharedNodeDevice(opts: NodeDeviceOptions = {}): Promise<DeviceHandle> {
  if (!shared) {
    const opening = openNodeDevice(opts);
    shared = opening;
    opening.then(
      (h) => {
        // Forget a device the driver lost, so the next caller opens a fresh one.
        void h.device.lost.then(() => {
          if (shared === opening) shared = undefined;
        });
      },
      () => {
        if (shared === opening) shared = undefined;
      },
    );
  }
  return shared;
}

/**
 * Destroys the shared device (if any) so the next getSharedNodeDevice() opens a fresh one.
 * Not needed for a clean exit: a process holding the shared device exits normally (measured).
 * Safe to call twice. The dawn instance stays alive until the device object is collected.
 */
export async function closeNodeDevice(): Promise<void> {
  const opening = shared;
  shared = undefined;
  if (!opening) return;
  const handle = await opening.catch(() => undefined);
  handle?.device.destroy();
}

// The Node entry (`dnnc/runtime/node`) also carries the file helpers: artifacts from paths, and
// checkpoints written atomically.
export { loadArtifact, readArtifactDir, saveCheckpointFile, loadCheckpointFile } from './files.js';
// Session.open from here opens Node's adapter and reads paths (the platform below).
export { Session } from './session.js';

registerPlatform({
  async webgpu() {
    // Not installed: thrown (one line), so Session.open says why WebGPU was skipped.
    if (!(await webGpuInstalled())) throw new Error(`${WEBGPU_NOT_INSTALLED} (npm install webgpu)`);
    try {
      return await getSharedNodeDevice({ quiet: true }); // Dawn's start-up warnings are not the app's
    } catch (e) {
      if (e instanceof DnnError && e.diagnostics.some((d) => d.code === 'DNN5001')) return null;
      throw e;
    }
  },
  loadArtifact: (source) => loadArtifactFromFiles(source),
  async readBytes(source) {
    const url = typeof source === 'string' && /^[a-z][a-z0-9+.-]+:/i.test(source) ? new URL(source) : source;
    if (url instanceof URL && url.protocol !== 'file:') return fetchBytes(url);
    return readFileOrFail(url instanceof URL ? fileURLToPath(url) : url, 'checkpoint', MAX_CHECKPOINT_BYTES);
  },
});

