// What an inference-only artifact (`dnnc compile --inference`) refuses: everything of training.
// It holds the predict entry alone, so the session's training calls fail here, at once and with
// one code (DNN6034), instead of later on an entry or buffer the artifact lacks.
import { artifactKind, type Artifact } from '../contract/artifact.js';
import { fail } from '../contract/diagnostics.js';

/** Whether the artifact holds the predict entry alone. */
export const isInferenceOnly = (a: Pick<Artifact, 'kind'>): boolean => artifactKind(a) === 'inference';

/** Fails with DNN6034 when `a` is inference-only: `what` (init, train, evaluate, ...) needs a full artifact. */
export function requireTraining(a: Artifact, what: string): void {
  if (!isInferenceOnly(a)) return;
  fail('DNN6034', `${what} needs the training entries, but the artifact of model ${a.model} is inference-only (compiled with --inference): it can only predict`, [
    'load its weights from a checkpoint (Session.open(artifact, { checkpoint }) or loadCheckpoint) and call predict',
    'to train or evaluate, compile the model without --inference',
  ]);
}

/** An inference-only artifact has no init entry: its weights come from a checkpoint, which Session.open therefore needs. */
export function requireCheckpoint(a: Artifact, checkpoint: unknown, how = 'Session.open(artifact, { checkpoint })'): void {
  if (!isInferenceOnly(a) || checkpoint !== undefined) return;
  fail('DNN6034', `the artifact of model ${a.model} is inference-only (compiled with --inference): it holds no initializer, so its weights must come from a checkpoint`, [
    `${how}, a whole or a weights-only checkpoint`,
  ]);
}
