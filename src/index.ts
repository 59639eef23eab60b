// dnnc as a library: compile `.dnn` sources to artifacts, check them, dump stages; and the
// runtime to train them (see also `dnnc/runtime` for the browser-safe part alone).
// The declarations use GPUDevice & co.: consumers get the WebGPU types with them (preserve: kept in .d.ts).
/// <reference types="@webgpu/types" preserve="true" />
export { compileSource, emit, EMITS, type Compilation, type CompileOptions, type Emit } from './compiler/compile.js';
export { checkSource, checkSource as checkFile, compileDefinition } from './compiler/compile.js';
export { DnnError, formatDiagnostic, type Diagnostic, type SourceFile } from './contract/diagnostics.js';
export { loadDataset, type Dataset } from './data/index.js';
export * from './runtime/index.js';
export { openNodeDevice, getSharedNodeDevice, closeNodeDevice } from './runtime/node.js';
export { readArtifactDir, writeArtifactDir, writeArtifactBundle, loadArtifact, saveCheckpointFile, loadCheckpointFile } from './runtime/files.js';
