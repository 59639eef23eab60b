// A tiny model and data that are a pure function of the row, for the streamed-split tests.

export const TINY = `model tiny
input X: f32[batch, 20]
input y: i32[batch]
h = dense(X, 12, activation: relu)
logits = dense(h, 3)
loss = mean(sparse_softmax_cross_entropy(logits, y))
metric accuracy = mean(in_top_k(logits, y, 1))
train {
  optimizer  = adam(learning_rate: 0.01)
  batch_size = 16
  epochs     = 2
}
`;

/** n rows of 20 features (bytes or floats) and labels in [0, 3), a pure function of the row. */
export function tinyData(n: number, bytes = true): { count: number; features: Uint8Array | Float32Array; labels: Int32Array } {
  const x = bytes ? new Uint8Array(n * 20) : new Float32Array(n * 20);
  for (let i = 0; i < x.length; i++) x[i] = bytes ? (i * 2654435761) >>> 24 : ((i * 2654435761) >>> 16) / 65536 - 0.5;
  return { count: n, features: x, labels: Int32Array.from({ length: n }, (_, i) => (i * 7 + (i >> 3)) % 3) };
}
