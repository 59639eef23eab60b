// The browser-safe runtime: what an app embeds to run a compiled artifact on any GPUDevice
// (navigator.gpu in a browser; use `dnnc/runtime/node` for Node's adapter search and files).
// docs/runtime.md documents every export.
// The declarations use GPUDevice & co.: consumers get the WebGPU types with them (preserve: kept in .d.ts).
/// <reference types="@webgpu/types" preserve="true" />
export { Session, type DataSplit, type EpochResult, type EvalResult, type SessionStats } from './session.js';
export { fit, accuracyMetric, type FitEpoch, type FitOptions, type FitResult } from './fit.js';
export { type FeatureArray, type PredictFeatures } from './features.js';
export { loadArtifact, parseArtifactBundle, validateArtifact, bundleOf, MAX_ARTIFACT_BYTES, type ArtifactSource, type LoadArtifactOptions } from './artifact.js';
export { openWasmDevice, wasmSimdSupported } from './wasm.js';
export { DEFAULT_DATA_BUDGET, memoryRows, type RowSource, type StreamedData } from './stream.js';
export { registerPlatform, type OpenOptions, type Platform } from './open.js';
export { isInferenceOnly } from './inference.js';
export { openDevice, describeDevice, attachDeviceLogging, isSoftwareAdapter, kernelShapesFor, chooseBackend, type BackendDecision, type BackendName, type DeviceHandle, type OpenDeviceOptions } from './device.js';
export { ARTIFACT_FORMAT, ARTIFACT_VERSION, planOf, type Artifact, type ArtifactKind, type ArtifactBuffer, type KernelShapes, type ArtifactInput, type ArtifactKernel, type Step } from '../contract/artifact.js';
export { encodeSafetensors, decodeSafetensors, type DecodedSafetensors, type NamedTensor } from './safetensors.js';
export { planRestore, CHECKPOINT_FORMAT, type RestoreOptions, type RestorePattern, type RestorePlan } from './checkpoint.js';
export { DnnError, formatDiagnostic, type Diagnostic, type DiagnosticCode } from '../contract/diagnostics.js';
export { decodeForeignSafetensors, type ForeignTensor, type ForeignDtype } from './safetensors.js';
export { importWeights, parseWeightMap, type SourceTensor, type MapEntry, type WeightMap, type ImportOptions, type ImportResult } from './importWeights.js';
