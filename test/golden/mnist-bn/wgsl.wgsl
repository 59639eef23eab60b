// ---- 000_add_hidden1_dense_kernel.wgsl
@group(0) @binding(0) var<storage, read> s_rng_seed: array<u32>;
@group(0) @binding(1) var<storage, read_write> s_hidden1_dense_kernel: array<f32>;

fn lowbias32(v: u32) -> u32 {
  var x = v;
  x = x ^ (x >> 16u);
  x = x * 0x7feb352du;
  x = x ^ (x >> 15u);
  x = x * 0x846ca68bu;
  return x ^ (x >> 16u);
}

fn stream_key(seed: u32, stream: u32, key: u32) -> u32 {
  var k = lowbias32(seed ^ 0x9e3779b9u);
  k = lowbias32(k ^ stream);
  return lowbias32(k ^ key);
}

fn uniform01(k: u32, index: u32) -> f32 {
  return f32(lowbias32(k ^ lowbias32(index)) >> 8u) * (1.0 / 16777216.0);
}

@compute @workgroup_size(64)
fn main(@builtin(global_invocation_id) gid: vec3<u32>) {
  let i = gid.x;
  if (i >= 235200u) { return; }
  let v0 = s_rng_seed[0u];
  let k1 = stream_key(0u, 3615406128u, v0);
  let v2 = uniform01(k1, i);
  let c3 = (i / 300u);
  let c4 = (i % 300u);
  let v5 = (v2 * 0.14879590519303285);
  let v6 = (v5 + (-0.07439795259651642));
  s_hidden1_dense_kernel[i] = v6;
}

// ---- 001_const_hidden1_dense_bias_x2.wgsl
@group(0) @binding(0) var<storage, read_write> s_hidden1_dense_bias: array<f32>;
@group(0) @binding(1) var<storage, read_write> s_hidden1_batch_norm_moving_variance: array<f32>;

@compute @workgroup_size(64)
fn main(@builtin(global_invocation_id) gid: vec3<u32>) {
  let i = gid.x;
  if (i >= 300u) { return; }
  s_hidden1_dense_bias[i] = 0.0;
  s_hidden1_batch_norm_moving_variance[i] = 1.0;
}

// ---- 002_add_hidden2_dense_kernel.wgsl
@group(0) @binding(0) var<storage, read> s_rng_seed: array<u32>;
@group(0) @binding(1) var<storage, read_write> s_hidden2_dense_kernel: array<f32>;

fn lowbias32(v: u32) -> u32 {
  var x = v;
  x = x ^ (x >> 16u);
  x = x * 0x7feb352du;
  x = x ^ (x >> 15u);
  x = x * 0x846ca68bu;
  return x ^ (x >> 16u);
}

fn stream_key(seed: u32, stream: u32, key: u32) -> u32 {
  var k = lowbias32(seed ^ 0x9e3779b9u);
  k = lowbias32(k ^ stream);
  return lowbias32(k ^ key);
}

fn uniform01(k: u32, index: u32) -> f32 {
  return f32(lowbias32(k ^ lowbias32(index)) >> 8u) * (1.0 / 16777216.0);
}

@compute @workgroup_size(64)
fn main(@builtin(global_invocation_id) gid: vec3<u32>) {
  let i = gid.x;
  if (i >= 30000u) { return; }
  let v0 = s_rng_seed[0u];
  let k1 = stream_key(0u, 1202735807u, v0);
  let v2 = uniform01(k1, i);
  let c3 = (i / 100u);
  let c4 = (i % 100u);
  let v5 = (v2 * 0.2449489742783178);
  let v6 = (v5 + (-0.1224744871391589));
  s_hidden2_dense_kernel[i] = v6;
}

// ---- 003_const_hidden2_dense_bias_x2.wgsl
@group(0) @binding(0) var<storage, read_write> s_hidden2_dense_bias: array<f32>;
@group(0) @binding(1) var<storage, read_write> s_hidden2_batch_norm_moving_variance: array<f32>;

@compute @workgroup_size(64)
fn main(@builtin(global_invocation_id) gid: vec3<u32>) {
  let i = gid.x;
  if (i >= 100u) { return; }
  s_hidden2_dense_bias[i] = 0.0;
  s_hidden2_batch_norm_moving_variance[i] = 1.0;
}

// ---- 004_add_logits_dense_kernel.wgsl
@group(0) @binding(0) var<storage, read> s_rng_seed: array<u32>;
@group(0) @binding(1) var<storage, read_write> s_logits_dense_kernel: array<f32>;

fn lowbias32(v: u32) -> u32 {
  var x = v;
  x = x ^ (x >> 16u);
  x = x * 0x7feb352du;
  x = x ^ (x >> 15u);
  x = x * 0x846ca68bu;
  return x ^ (x >> 16u);
}

fn stream_key(seed: u32, stream: u32, key: u32) -> u32 {
  var k = lowbias32(seed ^ 0x9e3779b9u);
  k = lowbias32(k ^ stream);
  return lowbias32(k ^ key);
}

fn uniform01(k: u32, index: u32) -> f32 {
  return f32(lowbias32(k ^ lowbias32(index)) >> 8u) * (1.0 / 16777216.0);
}

@compute @workgroup_size(64)
fn main(@builtin(global_invocation_id) gid: vec3<u32>) {
  let i = gid.x;
  if (i >= 1000u) { return; }
  let v0 = s_rng_seed[0u];
  let k1 = stream_key(0u, 3422943445u, v0);
  let v2 = uniform01(k1, i);
  let c3 = (i / 10u);
  let c4 = (i % 10u);
  let v5 = (v2 * 0.46709936649691375);
  let v6 = (v5 + (-0.23354968324845687));
  s_logits_dense_kernel[i] = v6;
}

// ---- 005_const_logits_dense_bias_x2.wgsl
@group(0) @binding(0) var<storage, read_write> s_logits_dense_bias: array<f32>;
@group(0) @binding(1) var<storage, read_write> s_logits_batch_norm_moving_variance: array<f32>;

@compute @workgroup_size(64)
fn main(@builtin(global_invocation_id) gid: vec3<u32>) {
  let i = gid.x;
  if (i >= 10u) { return; }
  s_logits_dense_bias[i] = 0.0;
  s_logits_batch_norm_moving_variance[i] = 1.0;
}

// ---- 006_const_counter_step_x2.wgsl
@group(0) @binding(0) var<storage, read_write> s_counter_step: array<u32>;
@group(0) @binding(1) var<storage, read_write> s_acc_train_loss: array<f32>;

@compute @workgroup_size(64)
fn main(@builtin(global_invocation_id) gid: vec3<u32>) {
  let i = gid.x;
  if (i >= 1u) { return; }
  s_counter_step[i] = 0u;
  s_acc_train_loss[i] = 0.0;
}

// ---- 007_add_x3.wgsl
@group(0) @binding(0) var<storage, read_write> s_counter_epoch: array<u32>;
@group(0) @binding(1) var<storage, read_write> s_counter_batch: array<u32>;
@group(0) @binding(2) var<storage, read_write> s_acc_train_loss: array<f32>;

@compute @workgroup_size(64)
fn main(@builtin(global_invocation_id) gid: vec3<u32>) {
  let i = gid.x;
  if (i >= 1u) { return; }
  let v0 = s_counter_epoch[i];
  let v1 = (v0 + 1u);
  s_counter_epoch[i] = v1;
  s_counter_batch[i] = 0u;
  s_acc_train_loss[i] = 0.0;
}

// ---- 008_feed_train_X.wgsl
@group(0) @binding(0) var<storage, read> data: array<u32>;
@group(0) @binding(1) var<storage, read> info: array<u32>;
@group(0) @binding(2) var<storage, read> epoch: array<u32>;
@group(0) @binding(3) var<storage, read> batch: array<u32>;
@group(0) @binding(4) var<storage, read> seed: array<u32>;
@group(0) @binding(5) var<storage, read_write> out: array<f32>;

fn lowbias32(v: u32) -> u32 {
  var x = v;
  x = x ^ (x >> 16u);
  x = x * 0x7feb352du;
  x = x ^ (x >> 15u);
  x = x * 0x846ca68bu;
  return x ^ (x >> 16u);
}

fn stream_key(seed: u32, stream: u32, key: u32) -> u32 {
  var k = lowbias32(seed ^ 0x9e3779b9u);
  k = lowbias32(k ^ stream);
  return lowbias32(k ^ key);
}

fn uniform01(k: u32, index: u32) -> f32 {
  return f32(lowbias32(k ^ lowbias32(index)) >> 8u) * (1.0 / 16777216.0);
}
fn feistel(x: u32, half: u32, mask: u32, key: u32) -> u32 {
  var l = x >> half;
  var r = x & mask;
  for (var round = 0u; round < 4u; round = round + 1u) {
    let t = l ^ (lowbias32(r ^ key ^ (round * 0x9e3779b9u)) & mask);
    l = r;
    r = t;
  }
  return (l << half) | r;
}

fn permute(x: u32, n: u32, key: u32) -> u32 {
  if (n <= 1u) { return 0u; }
  let half = max(1u, (firstLeadingBit(n - 1u) + 2u) / 2u);
  let mask = (1u << half) - 1u;
  var y = feistel(x, half, mask, key);
  for (var walk = 0u; walk < 4096u && y >= n; walk = walk + 1u) {
    y = feistel(y, half, mask, key);
  }
  return min(y, n - 1u);
}

@compute @workgroup_size(64)
fn main(@builtin(global_invocation_id) gid: vec3<u32>) {
  let i = gid.x;
  if (i >= 9800u) { return; }
  let count = info[0];
  let features = info[2];
  let row = i / 49u;
  let f = (i % 49u) * 16u;
  let o = row * 784u + f;
  let pos = batch[0] * 200u + row;
  let key = stream_key(seed[0], 1397249350u, epoch[0]);
  let ex = permute(pos % count, count, key);
  let e = min(ex, count - 1u) * features + f;
  if (info[1] == 1u) {
    let word0 = data[e / 4u];
    out[o + 0u] = f32((word0 >> 0u) & 0xffu) / 255.0;
    out[o + 1u] = f32((word0 >> 8u) & 0xffu) / 255.0;
    out[o + 2u] = f32((word0 >> 16u) & 0xffu) / 255.0;
    out[o + 3u] = f32((word0 >> 24u) & 0xffu) / 255.0;
    let word1 = data[e / 4u + 1u];
    out[o + 4u] = f32((word1 >> 0u) & 0xffu) / 255.0;
    out[o + 5u] = f32((word1 >> 8u) & 0xffu) / 255.0;
    out[o + 6u] = f32((word1 >> 16u) & 0xffu) / 255.0;
    out[o + 7u] = f32((word1 >> 24u) & 0xffu) / 255.0;
    let word2 = data[e / 4u + 2u];
    out[o + 8u] = f32((word2 >> 0u) & 0xffu) / 255.0;
    out[o + 9u] = f32((word2 >> 8u) & 0xffu) / 255.0;
    out[o + 10u] = f32((word2 >> 16u) & 0xffu) / 255.0;
    out[o + 11u] = f32((word2 >> 24u) & 0xffu) / 255.0;
    let word3 = data[e / 4u + 3u];
    out[o + 12u] = f32((word3 >> 0u) & 0xffu) / 255.0;
    out[o + 13u] = f32((word3 >> 8u) & 0xffu) / 255.0;
    out[o + 14u] = f32((word3 >> 16u) & 0xffu) / 255.0;
    out[o + 15u] = f32((word3 >> 24u) & 0xffu) / 255.0;
  }
  else {
    out[o + 0u] = bitcast<f32>(data[e + 0u]);
    out[o + 1u] = bitcast<f32>(data[e + 1u]);
    out[o + 2u] = bitcast<f32>(data[e + 2u]);
    out[o + 3u] = bitcast<f32>(data[e + 3u]);
    out[o + 4u] = bitcast<f32>(data[e + 4u]);
    out[o + 5u] = bitcast<f32>(data[e + 5u]);
    out[o + 6u] = bitcast<f32>(data[e + 6u]);
    out[o + 7u] = bitcast<f32>(data[e + 7u]);
    out[o + 8u] = bitcast<f32>(data[e + 8u]);
    out[o + 9u] = bitcast<f32>(data[e + 9u]);
    out[o + 10u] = bitcast<f32>(data[e + 10u]);
    out[o + 11u] = bitcast<f32>(data[e + 11u]);
    out[o + 12u] = bitcast<f32>(data[e + 12u]);
    out[o + 13u] = bitcast<f32>(data[e + 13u]);
    out[o + 14u] = bitcast<f32>(data[e + 14u]);
    out[o + 15u] = bitcast<f32>(data[e + 15u]);
  }
}

// ---- 009_feed_train_y.wgsl
@group(0) @binding(0) var<storage, read> data: array<u32>;
@group(0) @binding(1) var<storage, read> info: array<u32>;
@group(0) @binding(2) var<storage, read> epoch: array<u32>;
@group(0) @binding(3) var<storage, read> batch: array<u32>;
@group(0) @binding(4) var<storage, read> seed: array<u32>;
@group(0) @binding(5) var<storage, read_write> out: array<i32>;

fn lowbias32(v: u32) -> u32 {
  var x = v;
  x = x ^ (x >> 16u);
  x = x * 0x7feb352du;
  x = x ^ (x >> 15u);
  x = x * 0x846ca68bu;
  return x ^ (x >> 16u);
}

fn stream_key(seed: u32, stream: u32, key: u32) -> u32 {
  var k = lowbias32(seed ^ 0x9e3779b9u);
  k = lowbias32(k ^ stream);
  return lowbias32(k ^ key);
}

fn uniform01(k: u32, index: u32) -> f32 {
  return f32(lowbias32(k ^ lowbias32(index)) >> 8u) * (1.0 / 16777216.0);
}
fn feistel(x: u32, half: u32, mask: u32, key: u32) -> u32 {
  var l = x >> half;
  var r = x & mask;
  for (var round = 0u; round < 4u; round = round + 1u) {
    let t = l ^ (lowbias32(r ^ key ^ (round * 0x9e3779b9u)) & mask);
    l = r;
    r = t;
  }
  return (l << half) | r;
}

fn permute(x: u32, n: u32, key: u32) -> u32 {
  if (n <= 1u) { return 0u; }
  let half = max(1u, (firstLeadingBit(n - 1u) + 2u) / 2u);
  let mask = (1u << half) - 1u;
  var y = feistel(x, half, mask, key);
  for (var walk = 0u; walk < 4096u && y >= n; walk = walk + 1u) {
    y = feistel(y, half, mask, key);
  }
  return min(y, n - 1u);
}

@compute @workgroup_size(64)
fn main(@builtin(global_invocation_id) gid: vec3<u32>) {
  let i = gid.x;
  if (i >= 200u) { return; }
  let count = info[0];
  let features = info[2];
  let row = i / 1u;
  let f = (i % 1u) * 1u;
  let o = row * 1u + f;
  let pos = batch[0] * 200u + row;
  let key = stream_key(seed[0], 1397249350u, epoch[0]);
  let ex = permute(pos % count, count, key);
  let e = min(ex, count - 1u) * features + f;
  out[o + 0u] = bitcast<i32>(data[e + 0u]);
}

// ---- 010_matmul_hidden1_dense.wgsl
@group(0) @binding(0) var<storage, read> in_X_v4: array<vec4<f32>>;
@group(0) @binding(1) var<storage, read> s_hidden1_dense_kernel_v4: array<vec4<f32>>;
@group(0) @binding(2) var<storage, read_write> tmp0: array<f32>;
@group(0) @binding(3) var<storage, read> s_hidden1_dense_bias: array<f32>;

@compute @workgroup_size(64)
fn main(@builtin(global_invocation_id) gid: vec3<u32>) {
  let t = gid.x;
  if (t >= 625u) { return; }
  let i0 = (t / 25u) * 8u;
  let j0 = (t % 25u) * 12u;
  let row0 = min(i0 + 0u, 199u);
  let row1 = min(i0 + 1u, 199u);
  let row2 = min(i0 + 2u, 199u);
  let row3 = min(i0 + 3u, 199u);
  let row4 = min(i0 + 4u, 199u);
  let row5 = min(i0 + 5u, 199u);
  let row6 = min(i0 + 6u, 199u);
  let row7 = min(i0 + 7u, 199u);
  let col8 = min(j0 + 0u, 299u);
  let col9 = min(j0 + 1u, 299u);
  let col10 = min(j0 + 2u, 299u);
  let col11 = min(j0 + 3u, 299u);
  let col12 = min(j0 + 4u, 299u);
  let col13 = min(j0 + 5u, 299u);
  let col14 = min(j0 + 6u, 299u);
  let col15 = min(j0 + 7u, 299u);
  let col16 = min(j0 + 8u, 299u);
  let col17 = min(j0 + 9u, 299u);
  let col18 = min(j0 + 10u, 299u);
  let col19 = min(j0 + 11u, 299u);
  var acc20: vec4<f32> = vec4<f32>(0.0);
  var acc21: vec4<f32> = vec4<f32>(0.0);
  var acc22: vec4<f32> = vec4<f32>(0.0);
  var acc23: vec4<f32> = vec4<f32>(0.0);
  var acc24: vec4<f32> = vec4<f32>(0.0);
  var acc25: vec4<f32> = vec4<f32>(0.0);
  var acc26: vec4<f32> = vec4<f32>(0.0);
  var acc27: vec4<f32> = vec4<f32>(0.0);
  var acc28: vec4<f32> = vec4<f32>(0.0);
  var acc29: vec4<f32> = vec4<f32>(0.0);
  var acc30: vec4<f32> = vec4<f32>(0.0);
  var acc31: vec4<f32> = vec4<f32>(0.0);
  var acc32: vec4<f32> = vec4<f32>(0.0);
  var acc33: vec4<f32> = vec4<f32>(0.0);
  var acc34: vec4<f32> = vec4<f32>(0.0);
  var acc35: vec4<f32> = vec4<f32>(0.0);
  var acc36: vec4<f32> = vec4<f32>(0.0);
  var acc37: vec4<f32> = vec4<f32>(0.0);
  var acc38: vec4<f32> = vec4<f32>(0.0);
  var acc39: vec4<f32> = vec4<f32>(0.0);
  var acc40: vec4<f32> = vec4<f32>(0.0);
  var acc41: vec4<f32> = vec4<f32>(0.0);
  var acc42: vec4<f32> = vec4<f32>(0.0);
  var acc43: vec4<f32> = vec4<f32>(0.0);
  let ra44 = row0 * 196u;
  let ra45 = row1 * 196u;
  let ra46 = row2 * 196u;
  let ra47 = row3 * 196u;
  let ra48 = row4 * 196u;
  let ra49 = row5 * 196u;
  let ra50 = row6 * 196u;
  let ra51 = row7 * 196u;
  for (var k: u32 = 0u; k < 196u; k = k + 1u) {
    let av52 = in_X_v4[ra44 + k];
    let av53 = in_X_v4[ra45 + k];
    let av54 = in_X_v4[ra46 + k];
    let av55 = in_X_v4[ra47 + k];
    let av56 = in_X_v4[ra48 + k];
    let av57 = in_X_v4[ra49 + k];
    let av58 = in_X_v4[ra50 + k];
    let av59 = in_X_v4[ra51 + k];
    let kq60 = k * 4u + 0u;
    let bv61 = s_hidden1_dense_kernel_v4[(kq60 * 300u + j0) / 4u];
    let bv62 = s_hidden1_dense_kernel_v4[(kq60 * 300u + j0) / 4u + 1u];
    let bv63 = s_hidden1_dense_kernel_v4[(kq60 * 300u + j0) / 4u + 2u];
    let kq64 = k * 4u + 1u;
    let bv65 = s_hidden1_dense_kernel_v4[(kq64 * 300u + j0) / 4u];
    let bv66 = s_hidden1_dense_kernel_v4[(kq64 * 300u + j0) / 4u + 1u];
    let bv67 = s_hidden1_dense_kernel_v4[(kq64 * 300u + j0) / 4u + 2u];
    let kq68 = k * 4u + 2u;
    let bv69 = s_hidden1_dense_kernel_v4[(kq68 * 300u + j0) / 4u];
    let bv70 = s_hidden1_dense_kernel_v4[(kq68 * 300u + j0) / 4u + 1u];
    let bv71 = s_hidden1_dense_kernel_v4[(kq68 * 300u + j0) / 4u + 2u];
    let kq72 = k * 4u + 3u;
    let bv73 = s_hidden1_dense_kernel_v4[(kq72 * 300u + j0) / 4u];
    let bv74 = s_hidden1_dense_kernel_v4[(kq72 * 300u + j0) / 4u + 1u];
    let bv75 = s_hidden1_dense_kernel_v4[(kq72 * 300u + j0) / 4u + 2u];
    acc20 = acc20 + av52.x * bv61;
    acc20 = acc20 + av52.y * bv65;
    acc20 = acc20 + av52.z * bv69;
    acc20 = acc20 + av52.w * bv73;
    acc21 = acc21 + av52.x * bv62;
    acc21 = acc21 + av52.y * bv66;
    acc21 = acc21 + av52.z * bv70;
    acc21 = acc21 + av52.w * bv74;
    acc22 = acc22 + av52.x * bv63;
    acc22 = acc22 + av52.y * bv67;
    acc22 = acc22 + av52.z * bv71;
    acc22 = acc22 + av52.w * bv75;
    acc23 = acc23 + av53.x * bv61;
    acc23 = acc23 + av53.y * bv65;
    acc23 = acc23 + av53.z * bv69;
    acc23 = acc23 + av53.w * bv73;
    acc24 = acc24 + av53.x * bv62;
    acc24 = acc24 + av53.y * bv66;
    acc24 = acc24 + av53.z * bv70;
    acc24 = acc24 + av53.w * bv74;
    acc25 = acc25 + av53.x * bv63;
    acc25 = acc25 + av53.y * bv67;
    acc25 = acc25 + av53.z * bv71;
    acc25 = acc25 + av53.w * bv75;
    acc26 = acc26 + av54.x * bv61;
    acc26 = acc26 + av54.y * bv65;
    acc26 = acc26 + av54.z * bv69;
    acc26 = acc26 + av54.w * bv73;
    acc27 = acc27 + av54.x * bv62;
    acc27 = acc27 + av54.y * bv66;
    acc27 = acc27 + av54.z * bv70;
    acc27 = acc27 + av54.w * bv74;
    acc28 = acc28 + av54.x * bv63;
    acc28 = acc28 + av54.y * bv67;
    acc28 = acc28 + av54.z * bv71;
    acc28 = acc28 + av54.w * bv75;
    acc29 = acc29 + av55.x * bv61;
    acc29 = acc29 + av55.y * bv65;
    acc29 = acc29 + av55.z * bv69;
    acc29 = acc29 + av55.w * bv73;
    acc30 = acc30 + av55.x * bv62;
    acc30 = acc30 + av55.y * bv66;
    acc30 = acc30 + av55.z * bv70;
    acc30 = acc30 + av55.w * bv74;
    acc31 = acc31 + av55.x * bv63;
    acc31 = acc31 + av55.y * bv67;
    acc31 = acc31 + av55.z * bv71;
    acc31 = acc31 + av55.w * bv75;
    acc32 = acc32 + av56.x * bv61;
    acc32 = acc32 + av56.y * bv65;
    acc32 = acc32 + av56.z * bv69;
    acc32 = acc32 + av56.w * bv73;
    acc33 = acc33 + av56.x * bv62;
    acc33 = acc33 + av56.y * bv66;
    acc33 = acc33 + av56.z * bv70;
    acc33 = acc33 + av56.w * bv74;
    acc34 = acc34 + av56.x * bv63;
    acc34 = acc34 + av56.y * bv67;
    acc34 = acc34 + av56.z * bv71;
    acc34 = acc34 + av56.w * bv75;
    acc35 = acc35 + av57.x * bv61;
    acc35 = acc35 + av57.y * bv65;
    acc35 = acc35 + av57.z * bv69;
    acc35 = acc35 + av57.w * bv73;
    acc36 = acc36 + av57.x * bv62;
    acc36 = acc36 + av57.y * bv66;
    acc36 = acc36 + av57.z * bv70;
    acc36 = acc36 + av57.w * bv74;
    acc37 = acc37 + av57.x * bv63;
    acc37 = acc37 + av57.y * bv67;
    acc37 = acc37 + av57.z * bv71;
    acc37 = acc37 + av57.w * bv75;
    acc38 = acc38 + av58.x * bv61;
    acc38 = acc38 + av58.y * bv65;
    acc38 = acc38 + av58.z * bv69;
    acc38 = acc38 + av58.w * bv73;
    acc39 = acc39 + av58.x * bv62;
    acc39 = acc39 + av58.y * bv66;
    acc39 = acc39 + av58.z * bv70;
    acc39 = acc39 + av58.w * bv74;
    acc40 = acc40 + av58.x * bv63;
    acc40 = acc40 + av58.y * bv67;
    acc40 = acc40 + av58.z * bv71;
    acc40 = acc40 + av58.w * bv75;
    acc41 = acc41 + av59.x * bv61;
    acc41 = acc41 + av59.y * bv65;
    acc41 = acc41 + av59.z * bv69;
    acc41 = acc41 + av59.w * bv73;
    acc42 = acc42 + av59.x * bv62;
    acc42 = acc42 + av59.y * bv66;
    acc42 = acc42 + av59.z * bv70;
    acc42 = acc42 + av59.w * bv74;
    acc43 = acc43 + av59.x * bv63;
    acc43 = acc43 + av59.y * bv67;
    acc43 = acc43 + av59.z * bv71;
    acc43 = acc43 + av59.w * bv75;
  }
  {
    let l76 = i0 * 300u + j0;
    let v77 = acc20.x;
    let v78 = s_hidden1_dense_bias[j0];
    let v79 = (v77 + v78);
    tmp0[l76] = v79;
  }
  {
    let j80 = j0 + 1u;
    let l81 = i0 * 300u + j80;
    let v82 = acc20.y;
    let v83 = s_hidden1_dense_bias[j80];
    let v84 = (v82 + v83);
    tmp0[l81] = v84;
  }
  {
    let j85 = j0 + 2u;
    let l86 = i0 * 300u + j85;
    let v87 = acc20.z;
    let v88 = s_hidden1_dense_bias[j85];
    let v89 = (v87 + v88);
    tmp0[l86] = v89;
  }
  {
    let j90 = j0 + 3u;
    let l91 = i0 * 300u + j90;
    let v92 = acc20.w;
    let v93 = s_hidden1_dense_bias[j90];
    let v94 = (v92 + v93);
    tmp0[l91] = v94;
  }
  {
    let j95 = j0 + 4u;
    let l96 = i0 * 300u + j95;
    let v97 = acc21.x;
    let v98 = s_hidden1_dense_bias[j95];
    let v99 = (v97 + v98);
    tmp0[l96] = v99;
  }
  {
    let j100 = j0 + 5u;
    let l101 = i0 * 300u + j100;
    let v102 = acc21.y;
    let v103 = s_hidden1_dense_bias[j100];
    let v104 = (v102 + v103);
    tmp0[l101] = v104;
  }
  {
    let j105 = j0 + 6u;
    let l106 = i0 * 300u + j105;
    let v107 = acc21.z;
    let v108 = s_hidden1_dense_bias[j105];
    let v109 = (v107 + v108);
    tmp0[l106] = v109;
  }
  {
    let j110 = j0 + 7u;
    let l111 = i0 * 300u + j110;
    let v112 = acc21.w;
    let v113 = s_hidden1_dense_bias[j110];
    let v114 = (v112 + v113);
    tmp0[l111] = v114;
  }
  {
    let j115 = j0 + 8u;
    let l116 = i0 * 300u + j115;
    let v117 = acc22.x;
    let v118 = s_hidden1_dense_bias[j115];
    let v119 = (v117 + v118);
    tmp0[l116] = v119;
  }
  {
    let j120 = j0 + 9u;
    let l121 = i0 * 300u + j120;
    let v122 = acc22.y;
    let v123 = s_hidden1_dense_bias[j120];
    let v124 = (v122 + v123);
    tmp0[l121] = v124;
  }
  {
    let j125 = j0 + 10u;
    let l126 = i0 * 300u + j125;
    let v127 = acc22.z;
    let v128 = s_hidden1_dense_bias[j125];
    let v129 = (v127 + v128);
    tmp0[l126] = v129;
  }
  {
    let j130 = j0 + 11u;
    let l131 = i0 * 300u + j130;
    let v132 = acc22.w;
    let v133 = s_hidden1_dense_bias[j130];
    let v134 = (v132 + v133);
    tmp0[l131] = v134;
  }
  {
    let i135 = i0 + 1u;
    let l136 = i135 * 300u + j0;
    let v137 = acc23.x;
    let v138 = s_hidden1_dense_bias[j0];
    let v139 = (v137 + v138);
    tmp0[l136] = v139;
  }
  {
    let i140 = i0 + 1u;
    let j141 = j0 + 1u;
    let l142 = i140 * 300u + j141;
    let v143 = acc23.y;
    let v144 = s_hidden1_dense_bias[j141];
    let v145 = (v143 + v144);
    tmp0[l142] = v145;
  }
  {
    let i146 = i0 + 1u;
    let j147 = j0 + 2u;
    let l148 = i146 * 300u + j147;
    let v149 = acc23.z;
    let v150 = s_hidden1_dense_bias[j147];
    let v151 = (v149 + v150);
    tmp0[l148] = v151;
  }
  {
    let i152 = i0 + 1u;
    let j153 = j0 + 3u;
    let l154 = i152 * 300u + j153;
    let v155 = acc23.w;
    let v156 = s_hidden1_dense_bias[j153];
    let v157 = (v155 + v156);
    tmp0[l154] = v157;
  }
  {
    let i158 = i0 + 1u;
    let j159 = j0 + 4u;
    let l160 = i158 * 300u + j159;
    let v161 = acc24.x;
    let v162 = s_hidden1_dense_bias[j159];
    let v163 = (v161 + v162);
    tmp0[l160] = v163;
  }
  {
    let i164 = i0 + 1u;
    let j165 = j0 + 5u;
    let l166 = i164 * 300u + j165;
    let v167 = acc24.y;
    let v168 = s_hidden1_dense_bias[j165];
    let v169 = (v167 + v168);
    tmp0[l166] = v169;
  }
  {
    let i170 = i0 + 1u;
    let j171 = j0 + 6u;
    let l172 = i170 * 300u + j171;
    let v173 = acc24.z;
    let v174 = s_hidden1_dense_bias[j171];
    let v175 = (v173 + v174);
    tmp0[l172] = v175;
  }
  {
    let i176 = i0 + 1u;
    let j177 = j0 + 7u;
    let l178 = i176 * 300u + j177;
    let v179 = acc24.w;
    let v180 = s_hidden1_dense_bias[j177];
    let v181 = (v179 + v180);
    tmp0[l178] = v181;
  }
  {
    let i182 = i0 + 1u;
    let j183 = j0 + 8u;
    let l184 = i182 * 300u + j183;
    let v185 = acc25.x;
    let v186 = s_hidden1_dense_bias[j183];
    let v187 = (v185 + v186);
    tmp0[l184] = v187;
  }
  {
    let i188 = i0 + 1u;
    let j189 = j0 + 9u;
    let l190 = i188 * 300u + j189;
    let v191 = acc25.y;
    let v192 = s_hidden1_dense_bias[j189];
    let v193 = (v191 + v192);
    tmp0[l190] = v193;
  }
  {
    let i194 = i0 + 1u;
    let j195 = j0 + 10u;
    let l196 = i194 * 300u + j195;
    let v197 = acc25.z;
    let v198 = s_hidden1_dense_bias[j195];
    let v199 = (v197 + v198);
    tmp0[l196] = v199;
  }
  {
    let i200 = i0 + 1u;
    let j201 = j0 + 11u;
    let l202 = i200 * 300u + j201;
    let v203 = acc25.w;
    let v204 = s_hidden1_dense_bias[j201];
    let v205 = (v203 + v204);
    tmp0[l202] = v205;
  }
  {
    let i206 = i0 + 2u;
    let l207 = i206 * 300u + j0;
    let v208 = acc26.x;
    let v209 = s_hidden1_dense_bias[j0];
    let v210 = (v208 + v209);
    tmp0[l207] = v210;
  }
  {
    let i211 = i0 + 2u;
    let j212 = j0 + 1u;
    let l213 = i211 * 300u + j212;
    let v214 = acc26.y;
    let v215 = s_hidden1_dense_bias[j212];
    let v216 = (v214 + v215);
    tmp0[l213] = v216;
  }
  {
    let i217 = i0 + 2u;
    let j218 = j0 + 2u;
    let l219 = i217 * 300u + j218;
    let v220 = acc26.z;
    let v221 = s_hidden1_dense_bias[j218];
    let v222 = (v220 + v221);
    tmp0[l219] = v222;
  }
  {
    let i223 = i0 + 2u;
    let j224 = j0 + 3u;
    let l225 = i223 * 300u + j224;
    let v226 = acc26.w;
    let v227 = s_hidden1_dense_bias[j224];
    let v228 = (v226 + v227);
    tmp0[l225] = v228;
  }
  {
    let i229 = i0 + 2u;
    let j230 = j0 + 4u;
    let l231 = i229 * 300u + j230;
    let v232 = acc27.x;
    let v233 = s_hidden1_dense_bias[j230];
    let v234 = (v232 + v233);
    tmp0[l231] = v234;
  }
  {
    let i235 = i0 + 2u;
    let j236 = j0 + 5u;
    let l237 = i235 * 300u + j236;
    let v238 = acc27.y;
    let v239 = s_hidden1_dense_bias[j236];
    let v240 = (v238 + v239);
    tmp0[l237] = v240;
  }
  {
    let i241 = i0 + 2u;
    let j242 = j0 + 6u;
    let l243 = i241 * 300u + j242;
    let v244 = acc27.z;
    let v245 = s_hidden1_dense_bias[j242];
    let v246 = (v244 + v245);
    tmp0[l243] = v246;
  }
  {
    let i247 = i0 + 2u;
    let j248 = j0 + 7u;
    let l249 = i247 * 300u + j248;
    let v250 = acc27.w;
    let v251 = s_hidden1_dense_bias[j248];
    let v252 = (v250 + v251);
    tmp0[l249] = v252;
  }
  {
    let i253 = i0 + 2u;
    let j254 = j0 + 8u;
    let l255 = i253 * 300u + j254;
    let v256 = acc28.x;
    let v257 = s_hidden1_dense_bias[j254];
    let v258 = (v256 + v257);
    tmp0[l255] = v258;
  }
  {
    let i259 = i0 + 2u;
    let j260 = j0 + 9u;
    let l261 = i259 * 300u + j260;
    let v262 = acc28.y;
    let v263 = s_hidden1_dense_bias[j260];
    let v264 = (v262 + v263);
    tmp0[l261] = v264;
  }
  {
    let i265 = i0 + 2u;
    let j266 = j0 + 10u;
    let l267 = i265 * 300u + j266;
    let v268 = acc28.z;
    let v269 = s_hidden1_dense_bias[j266];
    let v270 = (v268 + v269);
    tmp0[l267] = v270;
  }
  {
    let i271 = i0 + 2u;
    let j272 = j0 + 11u;
    let l273 = i271 * 300u + j272;
    let v274 = acc28.w;
    let v275 = s_hidden1_dense_bias[j272];
    let v276 = (v274 + v275);
    tmp0[l273] = v276;
  }
  {
    let i277 = i0 + 3u;
    let l278 = i277 * 300u + j0;
    let v279 = acc29.x;
    let v280 = s_hidden1_dense_bias[j0];
    let v281 = (v279 + v280);
    tmp0[l278] = v281;
  }
  {
    let i282 = i0 + 3u;
    let j283 = j0 + 1u;
    let l284 = i282 * 300u + j283;
    let v285 = acc29.y;
    let v286 = s_hidden1_dense_bias[j283];
    let v287 = (v285 + v286);
    tmp0[l284] = v287;
  }
  {
    let i288 = i0 + 3u;
    let j289 = j0 + 2u;
    let l290 = i288 * 300u + j289;
    let v291 = acc29.z;
    let v292 = s_hidden1_dense_bias[j289];
    let v293 = (v291 + v292);
    tmp0[l290] = v293;
  }
  {
    let i294 = i0 + 3u;
    let j295 = j0 + 3u;
    let l296 = i294 * 300u + j295;
    let v297 = acc29.w;
    let v298 = s_hidden1_dense_bias[j295];
    let v299 = (v297 + v298);
    tmp0[l296] = v299;
  }
  {
    let i300 = i0 + 3u;
    let j301 = j0 + 4u;
    let l302 = i300 * 300u + j301;
    let v303 = acc30.x;
    let v304 = s_hidden1_dense_bias[j301];
    let v305 = (v303 + v304);
    tmp0[l302] = v305;
  }
  {
    let i306 = i0 + 3u;
    let j307 = j0 + 5u;
    let l308 = i306 * 300u + j307;
    let v309 = acc30.y;
    let v310 = s_hidden1_dense_bias[j307];
    let v311 = (v309 + v310);
    tmp0[l308] = v311;
  }
  {
    let i312 = i0 + 3u;
    let j313 = j0 + 6u;
    let l314 = i312 * 300u + j313;
    let v315 = acc30.z;
    let v316 = s_hidden1_dense_bias[j313];
    let v317 = (v315 + v316);
    tmp0[l314] = v317;
  }
  {
    let i318 = i0 + 3u;
    let j319 = j0 + 7u;
    let l320 = i318 * 300u + j319;
    let v321 = acc30.w;
    let v322 = s_hidden1_dense_bias[j319];
    let v323 = (v321 + v322);
    tmp0[l320] = v323;
  }
  {
    let i324 = i0 + 3u;
    let j325 = j0 + 8u;
    let l326 = i324 * 300u + j325;
    let v327 = acc31.x;
    let v328 = s_hidden1_dense_bias[j325];
    let v329 = (v327 + v328);
    tmp0[l326] = v329;
  }
  {
    let i330 = i0 + 3u;
    let j331 = j0 + 9u;
    let l332 = i330 * 300u + j331;
    let v333 = acc31.y;
    let v334 = s_hidden1_dense_bias[j331];
    let v335 = (v333 + v334);
    tmp0[l332] = v335;
  }
  {
    let i336 = i0 + 3u;
    let j337 = j0 + 10u;
    let l338 = i336 * 300u + j337;
    let v339 = acc31.z;
    let v340 = s_hidden1_dense_bias[j337];
    let v341 = (v339 + v340);
    tmp0[l338] = v341;
  }
  {
    let i342 = i0 + 3u;
    let j343 = j0 + 11u;
    let l344 = i342 * 300u + j343;
    let v345 = acc31.w;
    let v346 = s_hidden1_dense_bias[j343];
    let v347 = (v345 + v346);
    tmp0[l344] = v347;
  }
  {
    let i348 = i0 + 4u;
    let l349 = i348 * 300u + j0;
    let v350 = acc32.x;
    let v351 = s_hidden1_dense_bias[j0];
    let v352 = (v350 + v351);
    tmp0[l349] = v352;
  }
  {
    let i353 = i0 + 4u;
    let j354 = j0 + 1u;
    let l355 = i353 * 300u + j354;
    let v356 = acc32.y;
    let v357 = s_hidden1_dense_bias[j354];
    let v358 = (v356 + v357);
    tmp0[l355] = v358;
  }
  {
    let i359 = i0 + 4u;
    let j360 = j0 + 2u;
    let l361 = i359 * 300u + j360;
    let v362 = acc32.z;
    let v363 = s_hidden1_dense_bias[j360];
    let v364 = (v362 + v363);
    tmp0[l361] = v364;
  }
  {
    let i365 = i0 + 4u;
    let j366 = j0 + 3u;
    let l367 = i365 * 300u + j366;
    let v368 = acc32.w;
    let v369 = s_hidden1_dense_bias[j366];
    let v370 = (v368 + v369);
    tmp0[l367] = v370;
  }
  {
    let i371 = i0 + 4u;
    let j372 = j0 + 4u;
    let l373 = i371 * 300u + j372;
    let v374 = acc33.x;
    let v375 = s_hidden1_dense_bias[j372];
    let v376 = (v374 + v375);
    tmp0[l373] = v376;
  }
  {
    let i377 = i0 + 4u;
    let j378 = j0 + 5u;
    let l379 = i377 * 300u + j378;
    let v380 = acc33.y;
    let v381 = s_hidden1_dense_bias[j378];
    let v382 = (v380 + v381);
    tmp0[l379] = v382;
  }
  {
    let i383 = i0 + 4u;
    let j384 = j0 + 6u;
    let l385 = i383 * 300u + j384;
    let v386 = acc33.z;
    let v387 = s_hidden1_dense_bias[j384];
    let v388 = (v386 + v387);
    tmp0[l385] = v388;
  }
  {
    let i389 = i0 + 4u;
    let j390 = j0 + 7u;
    let l391 = i389 * 300u + j390;
    let v392 = acc33.w;
    let v393 = s_hidden1_dense_bias[j390];
    let v394 = (v392 + v393);
    tmp0[l391] = v394;
  }
  {
    let i395 = i0 + 4u;
    let j396 = j0 + 8u;
    let l397 = i395 * 300u + j396;
    let v398 = acc34.x;
    let v399 = s_hidden1_dense_bias[j396];
    let v400 = (v398 + v399);
    tmp0[l397] = v400;
  }
  {
    let i401 = i0 + 4u;
    let j402 = j0 + 9u;
    let l403 = i401 * 300u + j402;
    let v404 = acc34.y;
    let v405 = s_hidden1_dense_bias[j402];
    let v406 = (v404 + v405);
    tmp0[l403] = v406;
  }
  {
    let i407 = i0 + 4u;
    let j408 = j0 + 10u;
    let l409 = i407 * 300u + j408;
    let v410 = acc34.z;
    let v411 = s_hidden1_dense_bias[j408];
    let v412 = (v410 + v411);
    tmp0[l409] = v412;
  }
  {
    let i413 = i0 + 4u;
    let j414 = j0 + 11u;
    let l415 = i413 * 300u + j414;
    let v416 = acc34.w;
    let v417 = s_hidden1_dense_bias[j414];
    let v418 = (v416 + v417);
    tmp0[l415] = v418;
  }
  {
    let i419 = i0 + 5u;
    let l420 = i419 * 300u + j0;
    let v421 = acc35.x;
    let v422 = s_hidden1_dense_bias[j0];
    let v423 = (v421 + v422);
    tmp0[l420] = v423;
  }
  {
    let i424 = i0 + 5u;
    let j425 = j0 + 1u;
    let l426 = i424 * 300u + j425;
    let v427 = acc35.y;
    let v428 = s_hidden1_dense_bias[j425];
    let v429 = (v427 + v428);
    tmp0[l426] = v429;
  }
  {
    let i430 = i0 + 5u;
    let j431 = j0 + 2u;
    let l432 = i430 * 300u + j431;
    let v433 = acc35.z;
    let v434 = s_hidden1_dense_bias[j431];
    let v435 = (v433 + v434);
    tmp0[l432] = v435;
  }
  {
    let i436 = i0 + 5u;
    let j437 = j0 + 3u;
    let l438 = i436 * 300u + j437;
    let v439 = acc35.w;
    let v440 = s_hidden1_dense_bias[j437];
    let v441 = (v439 + v440);
    tmp0[l438] = v441;
  }
  {
    let i442 = i0 + 5u;
    let j443 = j0 + 4u;
    let l444 = i442 * 300u + j443;
    let v445 = acc36.x;
    let v446 = s_hidden1_dense_bias[j443];
    let v447 = (v445 + v446);
    tmp0[l444] = v447;
  }
  {
    let i448 = i0 + 5u;
    let j449 = j0 + 5u;
    let l450 = i448 * 300u + j449;
    let v451 = acc36.y;
    let v452 = s_hidden1_dense_bias[j449];
    let v453 = (v451 + v452);
    tmp0[l450] = v453;
  }
  {
    let i454 = i0 + 5u;
    let j455 = j0 + 6u;
    let l456 = i454 * 300u + j455;
    let v457 = acc36.z;
    let v458 = s_hidden1_dense_bias[j455];
    let v459 = (v457 + v458);
    tmp0[l456] = v459;
  }
  {
    let i460 = i0 + 5u;
    let j461 = j0 + 7u;
    let l462 = i460 * 300u + j461;
    let v463 = acc36.w;
    let v464 = s_hidden1_dense_bias[j461];
    let v465 = (v463 + v464);
    tmp0[l462] = v465;
  }
  {
    let i466 = i0 + 5u;
    let j467 = j0 + 8u;
    let l468 = i466 * 300u + j467;
    let v469 = acc37.x;
    let v470 = s_hidden1_dense_bias[j467];
    let v471 = (v469 + v470);
    tmp0[l468] = v471;
  }
  {
    let i472 = i0 + 5u;
    let j473 = j0 + 9u;
    let l474 = i472 * 300u + j473;
    let v475 = acc37.y;
    let v476 = s_hidden1_dense_bias[j473];
    let v477 = (v475 + v476);
    tmp0[l474] = v477;
  }
  {
    let i478 = i0 + 5u;
    let j479 = j0 + 10u;
    let l480 = i478 * 300u + j479;
    let v481 = acc37.z;
    let v482 = s_hidden1_dense_bias[j479];
    let v483 = (v481 + v482);
    tmp0[l480] = v483;
  }
  {
    let i484 = i0 + 5u;
    let j485 = j0 + 11u;
    let l486 = i484 * 300u + j485;
    let v487 = acc37.w;
    let v488 = s_hidden1_dense_bias[j485];
    let v489 = (v487 + v488);
    tmp0[l486] = v489;
  }
  {
    let i490 = i0 + 6u;
    let l491 = i490 * 300u + j0;
    let v492 = acc38.x;
    let v493 = s_hidden1_dense_bias[j0];
    let v494 = (v492 + v493);
    tmp0[l491] = v494;
  }
  {
    let i495 = i0 + 6u;
    let j496 = j0 + 1u;
    let l497 = i495 * 300u + j496;
    let v498 = acc38.y;
    let v499 = s_hidden1_dense_bias[j496];
    let v500 = (v498 + v499);
    tmp0[l497] = v500;
  }
  {
    let i501 = i0 + 6u;
    let j502 = j0 + 2u;
    let l503 = i501 * 300u + j502;
    let v504 = acc38.z;
    let v505 = s_hidden1_dense_bias[j502];
    let v506 = (v504 + v505);
    tmp0[l503] = v506;
  }
  {
    let i507 = i0 + 6u;
    let j508 = j0 + 3u;
    let l509 = i507 * 300u + j508;
    let v510 = acc38.w;
    let v511 = s_hidden1_dense_bias[j508];
    let v512 = (v510 + v511);
    tmp0[l509] = v512;
  }
  {
    let i513 = i0 + 6u;
    let j514 = j0 + 4u;
    let l515 = i513 * 300u + j514;
    let v516 = acc39.x;
    let v517 = s_hidden1_dense_bias[j514];
    let v518 = (v516 + v517);
    tmp0[l515] = v518;
  }
  {
    let i519 = i0 + 6u;
    let j520 = j0 + 5u;
    let l521 = i519 * 300u + j520;
    let v522 = acc39.y;
    let v523 = s_hidden1_dense_bias[j520];
    let v524 = (v522 + v523);
    tmp0[l521] = v524;
  }
  {
    let i525 = i0 + 6u;
    let j526 = j0 + 6u;
    let l527 = i525 * 300u + j526;
    let v528 = acc39.z;
    let v529 = s_hidden1_dense_bias[j526];
    let v530 = (v528 + v529);
    tmp0[l527] = v530;
  }
  {
    let i531 = i0 + 6u;
    let j532 = j0 + 7u;
    let l533 = i531 * 300u + j532;
    let v534 = acc39.w;
    let v535 = s_hidden1_dense_bias[j532];
    let v536 = (v534 + v535);
    tmp0[l533] = v536;
  }
  {
    let i537 = i0 + 6u;
    let j538 = j0 + 8u;
    let l539 = i537 * 300u + j538;
    let v540 = acc40.x;
    let v541 = s_hidden1_dense_bias[j538];
    let v542 = (v540 + v541);
    tmp0[l539] = v542;
  }
  {
    let i543 = i0 + 6u;
    let j544 = j0 + 9u;
    let l545 = i543 * 300u + j544;
    let v546 = acc40.y;
    let v547 = s_hidden1_dense_bias[j544];
    let v548 = (v546 + v547);
    tmp0[l545] = v548;
  }
  {
    let i549 = i0 + 6u;
    let j550 = j0 + 10u;
    let l551 = i549 * 300u + j550;
    let v552 = acc40.z;
    let v553 = s_hidden1_dense_bias[j550];
    let v554 = (v552 + v553);
    tmp0[l551] = v554;
  }
  {
    let i555 = i0 + 6u;
    let j556 = j0 + 11u;
    let l557 = i555 * 300u + j556;
    let v558 = acc40.w;
    let v559 = s_hidden1_dense_bias[j556];
    let v560 = (v558 + v559);
    tmp0[l557] = v560;
  }
  {
    let i561 = i0 + 7u;
    let l562 = i561 * 300u + j0;
    let v563 = acc41.x;
    let v564 = s_hidden1_dense_bias[j0];
    let v565 = (v563 + v564);
    tmp0[l562] = v565;
  }
  {
    let i566 = i0 + 7u;
    let j567 = j0 + 1u;
    let l568 = i566 * 300u + j567;
    let v569 = acc41.y;
    let v570 = s_hidden1_dense_bias[j567];
    let v571 = (v569 + v570);
    tmp0[l568] = v571;
  }
  {
    let i572 = i0 + 7u;
    let j573 = j0 + 2u;
    let l574 = i572 * 300u + j573;
    let v575 = acc41.z;
    let v576 = s_hidden1_dense_bias[j573];
    let v577 = (v575 + v576);
    tmp0[l574] = v577;
  }
  {
    let i578 = i0 + 7u;
    let j579 = j0 + 3u;
    let l580 = i578 * 300u + j579;
    let v581 = acc41.w;
    let v582 = s_hidden1_dense_bias[j579];
    let v583 = (v581 + v582);
    tmp0[l580] = v583;
  }
  {
    let i584 = i0 + 7u;
    let j585 = j0 + 4u;
    let l586 = i584 * 300u + j585;
    let v587 = acc42.x;
    let v588 = s_hidden1_dense_bias[j585];
    let v589 = (v587 + v588);
    tmp0[l586] = v589;
  }
  {
    let i590 = i0 + 7u;
    let j591 = j0 + 5u;
    let l592 = i590 * 300u + j591;
    let v593 = acc42.y;
    let v594 = s_hidden1_dense_bias[j591];
    let v595 = (v593 + v594);
    tmp0[l592] = v595;
  }
  {
    let i596 = i0 + 7u;
    let j597 = j0 + 6u;
    let l598 = i596 * 300u + j597;
    let v599 = acc42.z;
    let v600 = s_hidden1_dense_bias[j597];
    let v601 = (v599 + v600);
    tmp0[l598] = v601;
  }
  {
    let i602 = i0 + 7u;
    let j603 = j0 + 7u;
    let l604 = i602 * 300u + j603;
    let v605 = acc42.w;
    let v606 = s_hidden1_dense_bias[j603];
    let v607 = (v605 + v606);
    tmp0[l604] = v607;
  }
  {
    let i608 = i0 + 7u;
    let j609 = j0 + 8u;
    let l610 = i608 * 300u + j609;
    let v611 = acc43.x;
    let v612 = s_hidden1_dense_bias[j609];
    let v613 = (v611 + v612);
    tmp0[l610] = v613;
  }
  {
    let i614 = i0 + 7u;
    let j615 = j0 + 9u;
    let l616 = i614 * 300u + j615;
    let v617 = acc43.y;
    let v618 = s_hidden1_dense_bias[j615];
    let v619 = (v617 + v618);
    tmp0[l616] = v619;
  }
  {
    let i620 = i0 + 7u;
    let j621 = j0 + 10u;
    let l622 = i620 * 300u + j621;
    let v623 = acc43.z;
    let v624 = s_hidden1_dense_bias[j621];
    let v625 = (v623 + v624);
    tmp0[l622] = v625;
  }
  {
    let i626 = i0 + 7u;
    let j627 = j0 + 11u;
    let l628 = i626 * 300u + j627;
    let v629 = acc43.w;
    let v630 = s_hidden1_dense_bias[j627];
    let v631 = (v629 + v630);
    tmp0[l628] = v631;
  }
}

// ---- 011_reduce_sum_hidden1_batch_norm_x5.wgsl
var<workgroup> wg_f32_0: array<f32, 64>;
var<workgroup> wg_f32_1: array<f32, 64>;
@group(0) @binding(0) var<storage, read> tmp0: array<f32>;
@group(0) @binding(1) var<storage, read_write> s_hidden1_batch_norm_moving_mean: array<f32>;
@group(0) @binding(2) var<storage, read_write> s_hidden1_batch_norm_moving_variance: array<f32>;
@group(0) @binding(3) var<storage, read> s_hidden1_batch_norm_gamma: array<f32>;
@group(0) @binding(4) var<storage, read> s_hidden1_batch_norm_beta: array<f32>;
@group(0) @binding(5) var<storage, read_write> tmp3: array<f32>;
@group(0) @binding(6) var<storage, read_write> tmp1: array<f32>;
@group(0) @binding(7) var<storage, read_write> tmp2: array<f32>;

@compute @workgroup_size(64)
fn main(@builtin(workgroup_id) wid: vec3<u32>, @builtin(local_invocation_index) lane: u32) {
  let i = wid.x;
  var acc0: f32 = 0.0;
  for (var r1: u32 = lane; r1 < 200u; r1 = r1 + 64u) {
    let l2 = r1 * 300u + i;
    let v3 = tmp0[l2];
    acc0 = acc0 + v3;
  }
  wg_f32_0[lane] = acc0;
  workgroupBarrier();
  for (var s4: u32 = 32u; s4 > 0u; s4 = s4 >> 1u) {
    if (lane < s4) {
      wg_f32_0[lane] = wg_f32_0[lane] + wg_f32_0[lane + s4];
    }
    workgroupBarrier();
  }
  let red5 = wg_f32_0[0];
  let v6 = (red5 / 200.0);
  var acc7: f32 = 0.0;
  for (var r8: u32 = lane; r8 < 200u; r8 = r8 + 64u) {
    let l9 = r8 * 300u + i;
    let v10 = tmp0[l9];
    let v11 = (v10 - v6);
    let v12 = (v11 * v11);
    acc7 = acc7 + v12;
  }
  wg_f32_1[lane] = acc7;
  workgroupBarrier();
  for (var s13: u32 = 32u; s13 > 0u; s13 = s13 >> 1u) {
    if (lane < s13) {
      wg_f32_1[lane] = wg_f32_1[lane] + wg_f32_1[lane + s13];
    }
    workgroupBarrier();
  }
  let red14 = wg_f32_1[0];
  let v15 = (red14 / 200.0);
  let v16 = s_hidden1_batch_norm_moving_mean[i];
  let v17 = (v16 * 0.9);
  let v18 = (v6 * 0.09999999999999998);
  let v19 = (v17 + v18);
  let v20 = s_hidden1_batch_norm_moving_variance[i];
  let v21 = (v20 * 0.9);
  let v22 = (v15 * 0.09999999999999998);
  let v23 = (v21 + v22);
  let v24 = (v15 + 0.001);
  let v25 = inverseSqrt(v24);
  storageBarrier();
  for (var q26: u32 = lane; q26 < 200u; q26 = q26 + 64u) {
    let l27 = q26 * 300u + i;
    let v28 = tmp0[l27];
    let v29 = (v28 - v6);
    let v30 = (v29 * v25);
    let v31 = s_hidden1_batch_norm_gamma[i];
    let v32 = (v30 * v31);
    let v33 = s_hidden1_batch_norm_beta[i];
    let v34 = (v32 + v33);
    let v35 = min(v34, 0.0);
    let v36 = exp(v35);
    let v37 = (v36 - 1.0);
    let v38 = select(0.0, 1.0, v34 > 0.0);
    let v39 = select(v37, v34, v38 != 0.0);
    tmp3[l27] = v39;
  }
  storageBarrier();
  if (lane == 0u) {
    tmp1[i] = v6;
    tmp2[i] = v15;
    s_hidden1_batch_norm_moving_mean[i] = v19;
    s_hidden1_batch_norm_moving_variance[i] = v23;
  }
}

// ---- 012_matmul_hidden2_dense.wgsl
@group(0) @binding(0) var<storage, read> tmp3_v4: array<vec4<f32>>;
@group(0) @binding(1) var<storage, read> s_hidden2_dense_kernel_v4: array<vec4<f32>>;
@group(0) @binding(2) var<storage, read_write> tmp4: array<f32>;
@group(0) @binding(3) var<storage, read> s_hidden2_dense_bias: array<f32>;

@compute @workgroup_size(64)
fn main(@builtin(global_invocation_id) gid: vec3<u32>) {
  let t = gid.x;
  if (t >= 625u) { return; }
  let i0 = (t / 25u) * 8u;
  let j0 = (t % 25u) * 4u;
  let row0 = min(i0 + 0u, 199u);
  let row1 = min(i0 + 1u, 199u);
  let row2 = min(i0 + 2u, 199u);
  let row3 = min(i0 + 3u, 199u);
  let row4 = min(i0 + 4u, 199u);
  let row5 = min(i0 + 5u, 199u);
  let row6 = min(i0 + 6u, 199u);
  let row7 = min(i0 + 7u, 199u);
  let col8 = min(j0 + 0u, 99u);
  let col9 = min(j0 + 1u, 99u);
  let col10 = min(j0 + 2u, 99u);
  let col11 = min(j0 + 3u, 99u);
  var acc12: vec4<f32> = vec4<f32>(0.0);
  var acc13: vec4<f32> = vec4<f32>(0.0);
  var acc14: vec4<f32> = vec4<f32>(0.0);
  var acc15: vec4<f32> = vec4<f32>(0.0);
  var acc16: vec4<f32> = vec4<f32>(0.0);
  var acc17: vec4<f32> = vec4<f32>(0.0);
  var acc18: vec4<f32> = vec4<f32>(0.0);
  var acc19: vec4<f32> = vec4<f32>(0.0);
  let ra20 = row0 * 75u;
  let ra21 = row1 * 75u;
  let ra22 = row2 * 75u;
  let ra23 = row3 * 75u;
  let ra24 = row4 * 75u;
  let ra25 = row5 * 75u;
  let ra26 = row6 * 75u;
  let ra27 = row7 * 75u;
  for (var k: u32 = 0u; k < 75u; k = k + 1u) {
    let av28 = tmp3_v4[ra20 + k];
    let av29 = tmp3_v4[ra21 + k];
    let av30 = tmp3_v4[ra22 + k];
    let av31 = tmp3_v4[ra23 + k];
    let av32 = tmp3_v4[ra24 + k];
    let av33 = tmp3_v4[ra25 + k];
    let av34 = tmp3_v4[ra26 + k];
    let av35 = tmp3_v4[ra27 + k];
    let kq36 = k * 4u + 0u;
    let bv37 = s_hidden2_dense_kernel_v4[(kq36 * 100u + j0) / 4u];
    let kq38 = k * 4u + 1u;
    let bv39 = s_hidden2_dense_kernel_v4[(kq38 * 100u + j0) / 4u];
    let kq40 = k * 4u + 2u;
    let bv41 = s_hidden2_dense_kernel_v4[(kq40 * 100u + j0) / 4u];
    let kq42 = k * 4u + 3u;
    let bv43 = s_hidden2_dense_kernel_v4[(kq42 * 100u + j0) / 4u];
    acc12 = acc12 + av28.x * bv37;
    acc12 = acc12 + av28.y * bv39;
    acc12 = acc12 + av28.z * bv41;
    acc12 = acc12 + av28.w * bv43;
    acc13 = acc13 + av29.x * bv37;
    acc13 = acc13 + av29.y * bv39;
    acc13 = acc13 + av29.z * bv41;
    acc13 = acc13 + av29.w * bv43;
    acc14 = acc14 + av30.x * bv37;
    acc14 = acc14 + av30.y * bv39;
    acc14 = acc14 + av30.z * bv41;
    acc14 = acc14 + av30.w * bv43;
    acc15 = acc15 + av31.x * bv37;
    acc15 = acc15 + av31.y * bv39;
    acc15 = acc15 + av31.z * bv41;
    acc15 = acc15 + av31.w * bv43;
    acc16 = acc16 + av32.x * bv37;
    acc16 = acc16 + av32.y * bv39;
    acc16 = acc16 + av32.z * bv41;
    acc16 = acc16 + av32.w * bv43;
    acc17 = acc17 + av33.x * bv37;
    acc17 = acc17 + av33.y * bv39;
    acc17 = acc17 + av33.z * bv41;
    acc17 = acc17 + av33.w * bv43;
    acc18 = acc18 + av34.x * bv37;
    acc18 = acc18 + av34.y * bv39;
    acc18 = acc18 + av34.z * bv41;
    acc18 = acc18 + av34.w * bv43;
    acc19 = acc19 + av35.x * bv37;
    acc19 = acc19 + av35.y * bv39;
    acc19 = acc19 + av35.z * bv41;
    acc19 = acc19 + av35.w * bv43;
  }
  {
    let l44 = i0 * 100u + j0;
    let v45 = acc12.x;
    let v46 = s_hidden2_dense_bias[j0];
    let v47 = (v45 + v46);
    tmp4[l44] = v47;
  }
  {
    let j48 = j0 + 1u;
    let l49 = i0 * 100u + j48;
    let v50 = acc12.y;
    let v51 = s_hidden2_dense_bias[j48];
    let v52 = (v50 + v51);
    tmp4[l49] = v52;
  }
  {
    let j53 = j0 + 2u;
    let l54 = i0 * 100u + j53;
    let v55 = acc12.z;
    let v56 = s_hidden2_dense_bias[j53];
    let v57 = (v55 + v56);
    tmp4[l54] = v57;
  }
  {
    let j58 = j0 + 3u;
    let l59 = i0 * 100u + j58;
    let v60 = acc12.w;
    let v61 = s_hidden2_dense_bias[j58];
    let v62 = (v60 + v61);
    tmp4[l59] = v62;
  }
  {
    let i63 = i0 + 1u;
    let l64 = i63 * 100u + j0;
    let v65 = acc13.x;
    let v66 = s_hidden2_dense_bias[j0];
    let v67 = (v65 + v66);
    tmp4[l64] = v67;
  }
  {
    let i68 = i0 + 1u;
    let j69 = j0 + 1u;
    let l70 = i68 * 100u + j69;
    let v71 = acc13.y;
    let v72 = s_hidden2_dense_bias[j69];
    let v73 = (v71 + v72);
    tmp4[l70] = v73;
  }
  {
    let i74 = i0 + 1u;
    let j75 = j0 + 2u;
    let l76 = i74 * 100u + j75;
    let v77 = acc13.z;
    let v78 = s_hidden2_dense_bias[j75];
    let v79 = (v77 + v78);
    tmp4[l76] = v79;
  }
  {
    let i80 = i0 + 1u;
    let j81 = j0 + 3u;
    let l82 = i80 * 100u + j81;
    let v83 = acc13.w;
    let v84 = s_hidden2_dense_bias[j81];
    let v85 = (v83 + v84);
    tmp4[l82] = v85;
  }
  {
    let i86 = i0 + 2u;
    let l87 = i86 * 100u + j0;
    let v88 = acc14.x;
    let v89 = s_hidden2_dense_bias[j0];
    let v90 = (v88 + v89);
    tmp4[l87] = v90;
  }
  {
    let i91 = i0 + 2u;
    let j92 = j0 + 1u;
    let l93 = i91 * 100u + j92;
    let v94 = acc14.y;
    let v95 = s_hidden2_dense_bias[j92];
    let v96 = (v94 + v95);
    tmp4[l93] = v96;
  }
  {
    let i97 = i0 + 2u;
    let j98 = j0 + 2u;
    let l99 = i97 * 100u + j98;
    let v100 = acc14.z;
    let v101 = s_hidden2_dense_bias[j98];
    let v102 = (v100 + v101);
    tmp4[l99] = v102;
  }
  {
    let i103 = i0 + 2u;
    let j104 = j0 + 3u;
    let l105 = i103 * 100u + j104;
    let v106 = acc14.w;
    let v107 = s_hidden2_dense_bias[j104];
    let v108 = (v106 + v107);
    tmp4[l105] = v108;
  }
  {
    let i109 = i0 + 3u;
    let l110 = i109 * 100u + j0;
    let v111 = acc15.x;
    let v112 = s_hidden2_dense_bias[j0];
    let v113 = (v111 + v112);
    tmp4[l110] = v113;
  }
  {
    let i114 = i0 + 3u;
    let j115 = j0 + 1u;
    let l116 = i114 * 100u + j115;
    let v117 = acc15.y;
    let v118 = s_hidden2_dense_bias[j115];
    let v119 = (v117 + v118);
    tmp4[l116] = v119;
  }
  {
    let i120 = i0 + 3u;
    let j121 = j0 + 2u;
    let l122 = i120 * 100u + j121;
    let v123 = acc15.z;
    let v124 = s_hidden2_dense_bias[j121];
    let v125 = (v123 + v124);
    tmp4[l122] = v125;
  }
  {
    let i126 = i0 + 3u;
    let j127 = j0 + 3u;
    let l128 = i126 * 100u + j127;
    let v129 = acc15.w;
    let v130 = s_hidden2_dense_bias[j127];
    let v131 = (v129 + v130);
    tmp4[l128] = v131;
  }
  {
    let i132 = i0 + 4u;
    let l133 = i132 * 100u + j0;
    let v134 = acc16.x;
    let v135 = s_hidden2_dense_bias[j0];
    let v136 = (v134 + v135);
    tmp4[l133] = v136;
  }
  {
    let i137 = i0 + 4u;
    let j138 = j0 + 1u;
    let l139 = i137 * 100u + j138;
    let v140 = acc16.y;
    let v141 = s_hidden2_dense_bias[j138];
    let v142 = (v140 + v141);
    tmp4[l139] = v142;
  }
  {
    let i143 = i0 + 4u;
    let j144 = j0 + 2u;
    let l145 = i143 * 100u + j144;
    let v146 = acc16.z;
    let v147 = s_hidden2_dense_bias[j144];
    let v148 = (v146 + v147);
    tmp4[l145] = v148;
  }
  {
    let i149 = i0 + 4u;
    let j150 = j0 + 3u;
    let l151 = i149 * 100u + j150;
    let v152 = acc16.w;
    let v153 = s_hidden2_dense_bias[j150];
    let v154 = (v152 + v153);
    tmp4[l151] = v154;
  }
  {
    let i155 = i0 + 5u;
    let l156 = i155 * 100u + j0;
    let v157 = acc17.x;
    let v158 = s_hidden2_dense_bias[j0];
    let v159 = (v157 + v158);
    tmp4[l156] = v159;
  }
  {
    let i160 = i0 + 5u;
    let j161 = j0 + 1u;
    let l162 = i160 * 100u + j161;
    let v163 = acc17.y;
    let v164 = s_hidden2_dense_bias[j161];
    let v165 = (v163 + v164);
    tmp4[l162] = v165;
  }
  {
    let i166 = i0 + 5u;
    let j167 = j0 + 2u;
    let l168 = i166 * 100u + j167;
    let v169 = acc17.z;
    let v170 = s_hidden2_dense_bias[j167];
    let v171 = (v169 + v170);
    tmp4[l168] = v171;
  }
  {
    let i172 = i0 + 5u;
    let j173 = j0 + 3u;
    let l174 = i172 * 100u + j173;
    let v175 = acc17.w;
    let v176 = s_hidden2_dense_bias[j173];
    let v177 = (v175 + v176);
    tmp4[l174] = v177;
  }
  {
    let i178 = i0 + 6u;
    let l179 = i178 * 100u + j0;
    let v180 = acc18.x;
    let v181 = s_hidden2_dense_bias[j0];
    let v182 = (v180 + v181);
    tmp4[l179] = v182;
  }
  {
    let i183 = i0 + 6u;
    let j184 = j0 + 1u;
    let l185 = i183 * 100u + j184;
    let v186 = acc18.y;
    let v187 = s_hidden2_dense_bias[j184];
    let v188 = (v186 + v187);
    tmp4[l185] = v188;
  }
  {
    let i189 = i0 + 6u;
    let j190 = j0 + 2u;
    let l191 = i189 * 100u + j190;
    let v192 = acc18.z;
    let v193 = s_hidden2_dense_bias[j190];
    let v194 = (v192 + v193);
    tmp4[l191] = v194;
  }
  {
    let i195 = i0 + 6u;
    let j196 = j0 + 3u;
    let l197 = i195 * 100u + j196;
    let v198 = acc18.w;
    let v199 = s_hidden2_dense_bias[j196];
    let v200 = (v198 + v199);
    tmp4[l197] = v200;
  }
  {
    let i201 = i0 + 7u;
    let l202 = i201 * 100u + j0;
    let v203 = acc19.x;
    let v204 = s_hidden2_dense_bias[j0];
    let v205 = (v203 + v204);
    tmp4[l202] = v205;
  }
  {
    let i206 = i0 + 7u;
    let j207 = j0 + 1u;
    let l208 = i206 * 100u + j207;
    let v209 = acc19.y;
    let v210 = s_hidden2_dense_bias[j207];
    let v211 = (v209 + v210);
    tmp4[l208] = v211;
  }
  {
    let i212 = i0 + 7u;
    let j213 = j0 + 2u;
    let l214 = i212 * 100u + j213;
    let v215 = acc19.z;
    let v216 = s_hidden2_dense_bias[j213];
    let v217 = (v215 + v216);
    tmp4[l214] = v217;
  }
  {
    let i218 = i0 + 7u;
    let j219 = j0 + 3u;
    let l220 = i218 * 100u + j219;
    let v221 = acc19.w;
    let v222 = s_hidden2_dense_bias[j219];
    let v223 = (v221 + v222);
    tmp4[l220] = v223;
  }
}

// ---- 013_reduce_sum_hidden2_batch_norm_x5.wgsl
var<workgroup> wg_f32_0: array<f32, 64>;
var<workgroup> wg_f32_1: array<f32, 64>;
@group(0) @binding(0) var<storage, read> tmp4: array<f32>;
@group(0) @binding(1) var<storage, read_write> s_hidden2_batch_norm_moving_mean: array<f32>;
@group(0) @binding(2) var<storage, read_write> s_hidden2_batch_norm_moving_variance: array<f32>;
@group(0) @binding(3) var<storage, read> s_hidden2_batch_norm_gamma: array<f32>;
@group(0) @binding(4) var<storage, read> s_hidden2_batch_norm_beta: array<f32>;
@group(0) @binding(5) var<storage, read_write> tmp7: array<f32>;
@group(0) @binding(6) var<storage, read_write> tmp5: array<f32>;
@group(0) @binding(7) var<storage, read_write> tmp6: array<f32>;

@compute @workgroup_size(64)
fn main(@builtin(workgroup_id) wid: vec3<u32>, @builtin(local_invocation_index) lane: u32) {
  let i = wid.x;
  var acc0: f32 = 0.0;
  for (var r1: u32 = lane; r1 < 200u; r1 = r1 + 64u) {
    let l2 = r1 * 100u + i;
    let v3 = tmp4[l2];
    acc0 = acc0 + v3;
  }
  wg_f32_0[lane] = acc0;
  workgroupBarrier();
  for (var s4: u32 = 32u; s4 > 0u; s4 = s4 >> 1u) {
    if (lane < s4) {
      wg_f32_0[lane] = wg_f32_0[lane] + wg_f32_0[lane + s4];
    }
    workgroupBarrier();
  }
  let red5 = wg_f32_0[0];
  let v6 = (red5 / 200.0);
  var acc7: f32 = 0.0;
  for (var r8: u32 = lane; r8 < 200u; r8 = r8 + 64u) {
    let l9 = r8 * 100u + i;
    let v10 = tmp4[l9];
    let v11 = (v10 - v6);
    let v12 = (v11 * v11);
    acc7 = acc7 + v12;
  }
  wg_f32_1[lane] = acc7;
  workgroupBarrier();
  for (var s13: u32 = 32u; s13 > 0u; s13 = s13 >> 1u) {
    if (lane < s13) {
      wg_f32_1[lane] = wg_f32_1[lane] + wg_f32_1[lane + s13];
    }
    workgroupBarrier();
  }
  let red14 = wg_f32_1[0];
  let v15 = (red14 / 200.0);
  let v16 = s_hidden2_batch_norm_moving_mean[i];
  let v17 = (v16 * 0.9);
  let v18 = (v6 * 0.09999999999999998);
  let v19 = (v17 + v18);
  let v20 = s_hidden2_batch_norm_moving_variance[i];
  let v21 = (v20 * 0.9);
  let v22 = (v15 * 0.09999999999999998);
  let v23 = (v21 + v22);
  let v24 = (v15 + 0.001);
  let v25 = inverseSqrt(v24);
  storageBarrier();
  for (var q26: u32 = lane; q26 < 200u; q26 = q26 + 64u) {
    let l27 = q26 * 100u + i;
    let v28 = tmp4[l27];
    let v29 = (v28 - v6);
    let v30 = (v29 * v25);
    let v31 = s_hidden2_batch_norm_gamma[i];
    let v32 = (v30 * v31);
    let v33 = s_hidden2_batch_norm_beta[i];
    let v34 = (v32 + v33);
    let v35 = min(v34, 0.0);
    let v36 = exp(v35);
    let v37 = (v36 - 1.0);
    let v38 = select(0.0, 1.0, v34 > 0.0);
    let v39 = select(v37, v34, v38 != 0.0);
    tmp7[l27] = v39;
  }
  storageBarrier();
  if (lane == 0u) {
    tmp5[i] = v6;
    tmp6[i] = v15;
    s_hidden2_batch_norm_moving_mean[i] = v19;
    s_hidden2_batch_norm_moving_variance[i] = v23;
  }
}

// ---- 014_matmul_logits_dense.wgsl
@group(0) @binding(0) var<storage, read> tmp7: array<f32>;
@group(0) @binding(1) var<storage, read> s_logits_dense_kernel: array<f32>;
@group(0) @binding(2) var<storage, read_write> tmp8: array<f32>;
@group(0) @binding(3) var<storage, read> s_logits_dense_bias: array<f32>;

@compute @workgroup_size(64)
fn main(@builtin(global_invocation_id) gid: vec3<u32>) {
  let t = gid.x;
  if (t >= 75u) { return; }
  let i0 = (t / 3u) * 8u;
  let j0 = (t % 3u) * 4u;
  let row0 = min(i0 + 0u, 199u);
  let row1 = min(i0 + 1u, 199u);
  let row2 = min(i0 + 2u, 199u);
  let row3 = min(i0 + 3u, 199u);
  let row4 = min(i0 + 4u, 199u);
  let row5 = min(i0 + 5u, 199u);
  let row6 = min(i0 + 6u, 199u);
  let row7 = min(i0 + 7u, 199u);
  let col8 = min(j0 + 0u, 9u);
  let col9 = min(j0 + 1u, 9u);
  let col10 = min(j0 + 2u, 9u);
  let col11 = min(j0 + 3u, 9u);
  var acc12: vec4<f32> = vec4<f32>(0.0);
  var acc13: vec4<f32> = vec4<f32>(0.0);
  var acc14: vec4<f32> = vec4<f32>(0.0);
  var acc15: vec4<f32> = vec4<f32>(0.0);
  var acc16: vec4<f32> = vec4<f32>(0.0);
  var acc17: vec4<f32> = vec4<f32>(0.0);
  var acc18: vec4<f32> = vec4<f32>(0.0);
  var acc19: vec4<f32> = vec4<f32>(0.0);
  let ra20 = row0 * 100u;
  let ra21 = row1 * 100u;
  let ra22 = row2 * 100u;
  let ra23 = row3 * 100u;
  let ra24 = row4 * 100u;
  let ra25 = row5 * 100u;
  let ra26 = row6 * 100u;
  let ra27 = row7 * 100u;
  for (var k: u32 = 0u; k < 100u; k = k + 1u) {
    let rb28 = k * 10u;
    let bv29 = vec4<f32>(s_logits_dense_kernel[rb28 + col8], s_logits_dense_kernel[rb28 + col9], s_logits_dense_kernel[rb28 + col10], s_logits_dense_kernel[rb28 + col11]);
    acc12 = acc12 + tmp7[ra20 + k] * bv29;
    acc13 = acc13 + tmp7[ra21 + k] * bv29;
    acc14 = acc14 + tmp7[ra22 + k] * bv29;
    acc15 = acc15 + tmp7[ra23 + k] * bv29;
    acc16 = acc16 + tmp7[ra24 + k] * bv29;
    acc17 = acc17 + tmp7[ra25 + k] * bv29;
    acc18 = acc18 + tmp7[ra26 + k] * bv29;
    acc19 = acc19 + tmp7[ra27 + k] * bv29;
  }
  {
    let l30 = i0 * 10u + j0;
    let v31 = acc12.x;
    let v32 = s_logits_dense_bias[j0];
    let v33 = (v31 + v32);
    tmp8[l30] = v33;
  }
  if (j0 + 1u < 10u) {
    let j34 = j0 + 1u;
    let l35 = i0 * 10u + j34;
    let v36 = acc12.y;
    let v37 = s_logits_dense_bias[j34];
    let v38 = (v36 + v37);
    tmp8[l35] = v38;
  }
  if (j0 + 2u < 10u) {
    let j39 = j0 + 2u;
    let l40 = i0 * 10u + j39;
    let v41 = acc12.z;
    let v42 = s_logits_dense_bias[j39];
    let v43 = (v41 + v42);
    tmp8[l40] = v43;
  }
  if (j0 + 3u < 10u) {
    let j44 = j0 + 3u;
    let l45 = i0 * 10u + j44;
    let v46 = acc12.w;
    let v47 = s_logits_dense_bias[j44];
    let v48 = (v46 + v47);
    tmp8[l45] = v48;
  }
  {
    let i49 = i0 + 1u;
    let l50 = i49 * 10u + j0;
    let v51 = acc13.x;
    let v52 = s_logits_dense_bias[j0];
    let v53 = (v51 + v52);
    tmp8[l50] = v53;
  }
  if (j0 + 1u < 10u) {
    let i54 = i0 + 1u;
    let j55 = j0 + 1u;
    let l56 = i54 * 10u + j55;
    let v57 = acc13.y;
    let v58 = s_logits_dense_bias[j55];
    let v59 = (v57 + v58);
    tmp8[l56] = v59;
  }
  if (j0 + 2u < 10u) {
    let i60 = i0 + 1u;
    let j61 = j0 + 2u;
    let l62 = i60 * 10u + j61;
    let v63 = acc13.z;
    let v64 = s_logits_dense_bias[j61];
    let v65 = (v63 + v64);
    tmp8[l62] = v65;
  }
  if (j0 + 3u < 10u) {
    let i66 = i0 + 1u;
    let j67 = j0 + 3u;
    let l68 = i66 * 10u + j67;
    let v69 = acc13.w;
    let v70 = s_logits_dense_bias[j67];
    let v71 = (v69 + v70);
    tmp8[l68] = v71;
  }
  {
    let i72 = i0 + 2u;
    let l73 = i72 * 10u + j0;
    let v74 = acc14.x;
    let v75 = s_logits_dense_bias[j0];
    let v76 = (v74 + v75);
    tmp8[l73] = v76;
  }
  if (j0 + 1u < 10u) {
    let i77 = i0 + 2u;
    let j78 = j0 + 1u;
    let l79 = i77 * 10u + j78;
    let v80 = acc14.y;
    let v81 = s_logits_dense_bias[j78];
    let v82 = (v80 + v81);
    tmp8[l79] = v82;
  }
  if (j0 + 2u < 10u) {
    let i83 = i0 + 2u;
    let j84 = j0 + 2u;
    let l85 = i83 * 10u + j84;
    let v86 = acc14.z;
    let v87 = s_logits_dense_bias[j84];
    let v88 = (v86 + v87);
    tmp8[l85] = v88;
  }
  if (j0 + 3u < 10u) {
    let i89 = i0 + 2u;
    let j90 = j0 + 3u;
    let l91 = i89 * 10u + j90;
    let v92 = acc14.w;
    let v93 = s_logits_dense_bias[j90];
    let v94 = (v92 + v93);
    tmp8[l91] = v94;
  }
  {
    let i95 = i0 + 3u;
    let l96 = i95 * 10u + j0;
    let v97 = acc15.x;
    let v98 = s_logits_dense_bias[j0];
    let v99 = (v97 + v98);
    tmp8[l96] = v99;
  }
  if (j0 + 1u < 10u) {
    let i100 = i0 + 3u;
    let j101 = j0 + 1u;
    let l102 = i100 * 10u + j101;
    let v103 = acc15.y;
    let v104 = s_logits_dense_bias[j101];
    let v105 = (v103 + v104);
    tmp8[l102] = v105;
  }
  if (j0 + 2u < 10u) {
    let i106 = i0 + 3u;
    let j107 = j0 + 2u;
    let l108 = i106 * 10u + j107;
    let v109 = acc15.z;
    let v110 = s_logits_dense_bias[j107];
    let v111 = (v109 + v110);
    tmp8[l108] = v111;
  }
  if (j0 + 3u < 10u) {
    let i112 = i0 + 3u;
    let j113 = j0 + 3u;
    let l114 = i112 * 10u + j113;
    let v115 = acc15.w;
    let v116 = s_logits_dense_bias[j113];
    let v117 = (v115 + v116);
    tmp8[l114] = v117;
  }
  {
    let i118 = i0 + 4u;
    let l119 = i118 * 10u + j0;
    let v120 = acc16.x;
    let v121 = s_logits_dense_bias[j0];
    let v122 = (v120 + v121);
    tmp8[l119] = v122;
  }
  if (j0 + 1u < 10u) {
    let i123 = i0 + 4u;
    let j124 = j0 + 1u;
    let l125 = i123 * 10u + j124;
    let v126 = acc16.y;
    let v127 = s_logits_dense_bias[j124];
    let v128 = (v126 + v127);
    tmp8[l125] = v128;
  }
  if (j0 + 2u < 10u) {
    let i129 = i0 + 4u;
    let j130 = j0 + 2u;
    let l131 = i129 * 10u + j130;
    let v132 = acc16.z;
    let v133 = s_logits_dense_bias[j130];
    let v134 = (v132 + v133);
    tmp8[l131] = v134;
  }
  if (j0 + 3u < 10u) {
    let i135 = i0 + 4u;
    let j136 = j0 + 3u;
    let l137 = i135 * 10u + j136;
    let v138 = acc16.w;
    let v139 = s_logits_dense_bias[j136];
    let v140 = (v138 + v139);
    tmp8[l137] = v140;
  }
  {
    let i141 = i0 + 5u;
    let l142 = i141 * 10u + j0;
    let v143 = acc17.x;
    let v144 = s_logits_dense_bias[j0];
    let v145 = (v143 + v144);
    tmp8[l142] = v145;
  }
  if (j0 + 1u < 10u) {
    let i146 = i0 + 5u;
    let j147 = j0 + 1u;
    let l148 = i146 * 10u + j147;
    let v149 = acc17.y;
    let v150 = s_logits_dense_bias[j147];
    let v151 = (v149 + v150);
    tmp8[l148] = v151;
  }
  if (j0 + 2u < 10u) {
    let i152 = i0 + 5u;
    let j153 = j0 + 2u;
    let l154 = i152 * 10u + j153;
    let v155 = acc17.z;
    let v156 = s_logits_dense_bias[j153];
    let v157 = (v155 + v156);
    tmp8[l154] = v157;
  }
  if (j0 + 3u < 10u) {
    let i158 = i0 + 5u;
    let j159 = j0 + 3u;
    let l160 = i158 * 10u + j159;
    let v161 = acc17.w;
    let v162 = s_logits_dense_bias[j159];
    let v163 = (v161 + v162);
    tmp8[l160] = v163;
  }
  {
    let i164 = i0 + 6u;
    let l165 = i164 * 10u + j0;
    let v166 = acc18.x;
    let v167 = s_logits_dense_bias[j0];
    let v168 = (v166 + v167);
    tmp8[l165] = v168;
  }
  if (j0 + 1u < 10u) {
    let i169 = i0 + 6u;
    let j170 = j0 + 1u;
    let l171 = i169 * 10u + j170;
    let v172 = acc18.y;
    let v173 = s_logits_dense_bias[j170];
    let v174 = (v172 + v173);
    tmp8[l171] = v174;
  }
  if (j0 + 2u < 10u) {
    let i175 = i0 + 6u;
    let j176 = j0 + 2u;
    let l177 = i175 * 10u + j176;
    let v178 = acc18.z;
    let v179 = s_logits_dense_bias[j176];
    let v180 = (v178 + v179);
    tmp8[l177] = v180;
  }
  if (j0 + 3u < 10u) {
    let i181 = i0 + 6u;
    let j182 = j0 + 3u;
    let l183 = i181 * 10u + j182;
    let v184 = acc18.w;
    let v185 = s_logits_dense_bias[j182];
    let v186 = (v184 + v185);
    tmp8[l183] = v186;
  }
  {
    let i187 = i0 + 7u;
    let l188 = i187 * 10u + j0;
    let v189 = acc19.x;
    let v190 = s_logits_dense_bias[j0];
    let v191 = (v189 + v190);
    tmp8[l188] = v191;
  }
  if (j0 + 1u < 10u) {
    let i192 = i0 + 7u;
    let j193 = j0 + 1u;
    let l194 = i192 * 10u + j193;
    let v195 = acc19.y;
    let v196 = s_logits_dense_bias[j193];
    let v197 = (v195 + v196);
    tmp8[l194] = v197;
  }
  if (j0 + 2u < 10u) {
    let i198 = i0 + 7u;
    let j199 = j0 + 2u;
    let l200 = i198 * 10u + j199;
    let v201 = acc19.z;
    let v202 = s_logits_dense_bias[j199];
    let v203 = (v201 + v202);
    tmp8[l200] = v203;
  }
  if (j0 + 3u < 10u) {
    let i204 = i0 + 7u;
    let j205 = j0 + 3u;
    let l206 = i204 * 10u + j205;
    let v207 = acc19.w;
    let v208 = s_logits_dense_bias[j205];
    let v209 = (v207 + v208);
    tmp8[l206] = v209;
  }
}

// ---- 015_reduce_sum_logits_batch_norm_x4.wgsl
var<workgroup> wg_f32_0: array<f32, 64>;
var<workgroup> wg_f32_1: array<f32, 64>;
@group(0) @binding(0) var<storage, read> tmp8: array<f32>;
@group(0) @binding(1) var<storage, read_write> s_logits_batch_norm_moving_mean: array<f32>;
@group(0) @binding(2) var<storage, read_write> s_logits_batch_norm_moving_variance: array<f32>;
@group(0) @binding(3) var<storage, read_write> tmp9: array<f32>;
@group(0) @binding(4) var<storage, read_write> tmp10: array<f32>;

@compute @workgroup_size(64)
fn main(@builtin(workgroup_id) wid: vec3<u32>, @builtin(local_invocation_index) lane: u32) {
  let i = wid.x;
  var acc0: f32 = 0.0;
  for (var r1: u32 = lane; r1 < 200u; r1 = r1 + 64u) {
    let l2 = r1 * 10u + i;
    let v3 = tmp8[l2];
    acc0 = acc0 + v3;
  }
  wg_f32_0[lane] = acc0;
  workgroupBarrier();
  for (var s4: u32 = 32u; s4 > 0u; s4 = s4 >> 1u) {
    if (lane < s4) {
      wg_f32_0[lane] = wg_f32_0[lane] + wg_f32_0[lane + s4];
    }
    workgroupBarrier();
  }
  let red5 = wg_f32_0[0];
  let v6 = (red5 / 200.0);
  var acc7: f32 = 0.0;
  for (var r8: u32 = lane; r8 < 200u; r8 = r8 + 64u) {
    let l9 = r8 * 10u + i;
    let v10 = tmp8[l9];
    let v11 = (v10 - v6);
    let v12 = (v11 * v11);
    acc7 = acc7 + v12;
  }
  wg_f32_1[lane] = acc7;
  workgroupBarrier();
  for (var s13: u32 = 32u; s13 > 0u; s13 = s13 >> 1u) {
    if (lane < s13) {
      wg_f32_1[lane] = wg_f32_1[lane] + wg_f32_1[lane + s13];
    }
    workgroupBarrier();
  }
  let red14 = wg_f32_1[0];
  let v15 = (red14 / 200.0);
  let v16 = s_logits_batch_norm_moving_mean[i];
  let v17 = (v16 * 0.9);
  let v18 = (v6 * 0.09999999999999998);
  let v19 = (v17 + v18);
  let v20 = s_logits_batch_norm_moving_variance[i];
  let v21 = (v20 * 0.9);
  let v22 = (v15 * 0.09999999999999998);
  let v23 = (v21 + v22);
  storageBarrier();
  if (lane == 0u) {
    tmp9[i] = v6;
    tmp10[i] = v15;
    s_logits_batch_norm_moving_mean[i] = v19;
    s_logits_batch_norm_moving_variance[i] = v23;
  }
}

// ---- 016_reduce_sum_loss_x2.wgsl
var<workgroup> wg_f32_0: array<f32, 64>;
var<workgroup> wg_f32_1: array<f32, 64>;
@group(0) @binding(0) var<storage, read> tmp8: array<f32>;
@group(0) @binding(1) var<storage, read> tmp9: array<f32>;
@group(0) @binding(2) var<storage, read> tmp10: array<f32>;
@group(0) @binding(3) var<storage, read> s_logits_batch_norm_gamma: array<f32>;
@group(0) @binding(4) var<storage, read> s_logits_batch_norm_beta: array<f32>;
@group(0) @binding(5) var<storage, read> in_y: array<i32>;
@group(0) @binding(6) var<storage, read_write> out_loss: array<f32>;
@group(0) @binding(7) var<storage, read_write> out_accuracy: array<f32>;

@compute @workgroup_size(64)
fn main(@builtin(workgroup_id) wid: vec3<u32>, @builtin(local_invocation_index) lane: u32) {
  let i = wid.x;
  var acc0: f32 = 0.0;
  var acc1: f32 = 0.0;
  for (var r2: u32 = lane; r2 < 200u; r2 = r2 + 64u) {
    var acc3: f32 = 0.0;
    var acc4: f32 = -3.4028234663852886e38;
    for (var r5: u32 = 0u; r5 < 10u; r5 = r5 + 1u) {
      let l6 = r2 * 10u + r5;
      let v7 = tmp8[l6];
      let v8 = tmp9[r5];
      let v9 = (v7 - v8);
      let v10 = tmp10[r5];
      let v11 = (v10 + 0.001);
      let v12 = inverseSqrt(v11);
      let v13 = (v9 * v12);
      let v14 = s_logits_batch_norm_gamma[r5];
      let v15 = (v13 * v14);
      let v16 = s_logits_batch_norm_beta[r5];
      let v17 = (v15 + v16);
      acc4 = max(acc4, v17);
    }
    var acc18: f32 = 0.0;
    for (var r19: u32 = 0u; r19 < 10u; r19 = r19 + 1u) {
      let l20 = r2 * 10u + r19;
      let v21 = tmp8[l20];
      let v22 = tmp9[r19];
      let v23 = (v21 - v22);
      let v24 = tmp10[r19];
      let v25 = (v24 + 0.001);
      let v26 = inverseSqrt(v25);
      let v27 = (v23 * v26);
      let v28 = s_logits_batch_norm_gamma[r19];
      let v29 = (v27 * v28);
      let v30 = s_logits_batch_norm_beta[r19];
      let v31 = (v29 + v30);
      let v32 = (v31 - acc4);
      let v33 = exp(v32);
      acc18 = acc18 + v33;
    }
    let v34 = log(acc18);
    for (var r35: u32 = 0u; r35 < 10u; r35 = r35 + 1u) {
      let l36 = r2 * 10u + r35;
      let v37 = in_y[r2];
      let v38 = select(0.0, 1.0, i32(r35) == v37);
      let v39 = tmp8[l36];
      let v40 = tmp9[r35];
      let v41 = (v39 - v40);
      let v42 = tmp10[r35];
      let v43 = (v42 + 0.001);
      let v44 = inverseSqrt(v43);
      let v45 = (v41 * v44);
      let v46 = s_logits_batch_norm_gamma[r35];
      let v47 = (v45 * v46);
      let v48 = s_logits_batch_norm_beta[r35];
      let v49 = (v47 + v48);
      let v50 = (v49 - acc4);
      let v51 = (v50 - v34);
      let v52 = (v38 * v51);
      acc3 = acc3 + v52;
    }
    let v53 = (-acc3);
    acc0 = acc0 + v53;
    var acc54: f32 = 0.0;
    var acc55: f32 = 0.0;
    for (var r56: u32 = 0u; r56 < 10u; r56 = r56 + 1u) {
      let l57 = r2 * 10u + r56;
      let v58 = tmp8[l57];
      let v59 = tmp9[r56];
      let v60 = (v58 - v59);
      let v61 = tmp10[r56];
      let v62 = (v61 + 0.001);
      let v63 = inverseSqrt(v62);
      let v64 = (v60 * v63);
      let v65 = s_logits_batch_norm_gamma[r56];
      let v66 = (v64 * v65);
      let v67 = s_logits_batch_norm_beta[r56];
      let v68 = (v66 + v67);
      let v69 = in_y[r2];
      let v70 = select(0.0, 1.0, i32(r56) == v69);
      let v71 = (v68 * v70);
      acc55 = acc55 + v71;
    }
    for (var r72: u32 = 0u; r72 < 10u; r72 = r72 + 1u) {
      let l73 = r2 * 10u + r72;
      let v74 = tmp8[l73];
      let v75 = tmp9[r72];
      let v76 = (v74 - v75);
      let v77 = tmp10[r72];
      let v78 = (v77 + 0.001);
      let v79 = inverseSqrt(v78);
      let v80 = (v76 * v79);
      let v81 = s_logits_batch_norm_gamma[r72];
      let v82 = (v80 * v81);
      let v83 = s_logits_batch_norm_beta[r72];
      let v84 = (v82 + v83);
      let v85 = select(0.0, 1.0, v84 > acc55);
      acc54 = acc54 + v85;
    }
    let v86 = select(0.0, 1.0, acc54 < 1.0);
    var acc87: f32 = 0.0;
    for (var r88: u32 = 0u; r88 < 10u; r88 = r88 + 1u) {
      let l89 = r2 * 10u + r88;
      let v90 = tmp8[l89];
      let v91 = tmp9[r88];
      let v92 = (v90 - v91);
      let v93 = tmp10[r88];
      let v94 = (v93 + 0.001);
      let v95 = inverseSqrt(v94);
      let v96 = (v92 * v95);
      let v97 = s_logits_batch_norm_gamma[r88];
      let v98 = (v96 * v97);
      let v99 = s_logits_batch_norm_beta[r88];
      let v100 = (v98 + v99);
      let v101 = select(0.0, 1.0, (bitcast<u32>(v100) & 0x7f800000u) != 0x7f800000u);
      let v102 = (1.0 - v101);
      acc87 = acc87 + v102;
    }
    let v103 = select(0.0, 1.0, acc87 == 0.0);
    let v104 = (v86 * v103);
    acc1 = acc1 + v104;
  }
  wg_f32_0[lane] = acc0;
  wg_f32_1[lane] = acc1;
  workgroupBarrier();
  for (var s105: u32 = 32u; s105 > 0u; s105 = s105 >> 1u) {
    if (lane < s105) {
      wg_f32_0[lane] = wg_f32_0[lane] + wg_f32_0[lane + s105];
      wg_f32_1[lane] = wg_f32_1[lane] + wg_f32_1[lane + s105];
    }
    workgroupBarrier();
  }
  let red106 = wg_f32_0[0];
  let red107 = wg_f32_1[0];
  let v108 = (red106 / 200.0);
  let v109 = (red107 / 200.0);
  storageBarrier();
  if (lane == 0u) {
    out_loss[i] = v108;
    out_accuracy[i] = v109;
  }
}

// ---- 017_add_loss_grad.wgsl
@group(0) @binding(0) var<storage, read> in_y: array<i32>;
@group(0) @binding(1) var<storage, read> tmp8: array<f32>;
@group(0) @binding(2) var<storage, read> tmp9: array<f32>;
@group(0) @binding(3) var<storage, read> tmp10: array<f32>;
@group(0) @binding(4) var<storage, read> s_logits_batch_norm_gamma: array<f32>;
@group(0) @binding(5) var<storage, read> s_logits_batch_norm_beta: array<f32>;
@group(0) @binding(6) var<storage, read_write> tmp11: array<f32>;

@compute @workgroup_size(64)
fn main(@builtin(global_invocation_id) gid: vec3<u32>) {
  let i = gid.x;
  if (i >= 2000u) { return; }
  let c0 = (i / 10u);
  let c1 = (i % 10u);
  let v2 = in_y[c0];
  let v3 = select(0.0, 1.0, i32(c1) == v2);
  let v4 = ((-0.005) * v3);
  var acc5: f32 = 0.0;
  for (var r6: u32 = 0u; r6 < 10u; r6 = r6 + 1u) {
    let l7 = c0 * 10u + r6;
    let v8 = select(0.0, 1.0, i32(r6) == v2);
    let v9 = ((-0.005) * v8);
    let v10 = (-v9);
    acc5 = acc5 + v10;
  }
  var acc11: f32 = 0.0;
  var acc12: f32 = -3.4028234663852886e38;
  for (var r13: u32 = 0u; r13 < 10u; r13 = r13 + 1u) {
    let l14 = c0 * 10u + r13;
    let v15 = tmp8[l14];
    let v16 = tmp9[r13];
    let v17 = (v15 - v16);
    let v18 = tmp10[r13];
    let v19 = (v18 + 0.001);
    let v20 = inverseSqrt(v19);
    let v21 = (v17 * v20);
    let v22 = s_logits_batch_norm_gamma[r13];
    let v23 = (v21 * v22);
    let v24 = s_logits_batch_norm_beta[r13];
    let v25 = (v23 + v24);
    acc12 = max(acc12, v25);
  }
  for (var r26: u32 = 0u; r26 < 10u; r26 = r26 + 1u) {
    let l27 = c0 * 10u + r26;
    let v28 = tmp8[l27];
    let v29 = tmp9[r26];
    let v30 = (v28 - v29);
    let v31 = tmp10[r26];
    let v32 = (v31 + 0.001);
    let v33 = inverseSqrt(v32);
    let v34 = (v30 * v33);
    let v35 = s_logits_batch_norm_gamma[r26];
    let v36 = (v34 * v35);
    let v37 = s_logits_batch_norm_beta[r26];
    let v38 = (v36 + v37);
    let v39 = (v38 - acc12);
    let v40 = exp(v39);
    acc11 = acc11 + v40;
  }
  let v41 = (acc5 / acc11);
  let v42 = tmp8[i];
  let v43 = tmp9[c1];
  let v44 = (v42 - v43);
  let v45 = tmp10[c1];
  let v46 = (v45 + 0.001);
  let v47 = inverseSqrt(v46);
  let v48 = (v44 * v47);
  let v49 = s_logits_batch_norm_gamma[c1];
  let v50 = (v48 * v49);
  let v51 = s_logits_batch_norm_beta[c1];
  let v52 = (v50 + v51);
  let v53 = (v52 - acc12);
  let v54 = exp(v53);
  let v55 = (v41 * v54);
  let v56 = (v4 + v55);
  tmp11[i] = v56;
}

// ---- 018_reduce_sum_logits_batch_norm_grad_x7.wgsl
var<workgroup> wg_f32_0: array<f32, 64>;
var<workgroup> wg_f32_1: array<f32, 64>;
var<workgroup> wg_f32_2: array<f32, 64>;
var<workgroup> wg_f32_3: array<f32, 64>;
var<workgroup> wg_f32_4: array<f32, 64>;
var<workgroup> wg_f32_5: array<f32, 64>;
@group(0) @binding(0) var<storage, read> tmp10: array<f32>;
@group(0) @binding(1) var<storage, read> tmp11: array<f32>;
@group(0) @binding(2) var<storage, read_write> s_logits_batch_norm_gamma: array<f32>;
@group(0) @binding(3) var<storage, read> tmp8: array<f32>;
@group(0) @binding(4) var<storage, read> tmp9: array<f32>;
@group(0) @binding(5) var<storage, read_write> tmp12: array<f32>;
@group(0) @binding(6) var<storage, read_write> s_logits_dense_bias: array<f32>;
@group(0) @binding(7) var<storage, read_write> s_logits_batch_norm_beta: array<f32>;

@compute @workgroup_size(64)
fn main(@builtin(workgroup_id) wid: vec3<u32>, @builtin(local_invocation_index) lane: u32) {
  let i = wid.x;
  var acc0: f32 = 0.0;
  var acc1: f32 = 0.0;
  var acc2: f32 = 0.0;
  var acc3: f32 = 0.0;
  let v4 = tmp10[i];
  let v5 = (v4 + 0.001);
  let v6 = inverseSqrt(v5);
  for (var r7: u32 = lane; r7 < 200u; r7 = r7 + 64u) {
    let l8 = r7 * 10u + i;
    let v9 = tmp11[l8];
    let v10 = s_logits_batch_norm_gamma[i];
    let v11 = (v9 * v10);
    let v12 = tmp8[l8];
    let v13 = tmp9[i];
    let v14 = (v12 - v13);
    let v15 = (v11 * v14);
    acc0 = acc0 + v15;
    let v16 = (v11 * v6);
    let v17 = (-v16);
    acc1 = acc1 + v17;
    let v18 = (v14 * v6);
    let v19 = (v9 * v18);
    acc2 = acc2 + v19;
    acc3 = acc3 + v9;
  }
  wg_f32_0[lane] = acc0;
  wg_f32_1[lane] = acc1;
  wg_f32_2[lane] = acc2;
  wg_f32_3[lane] = acc3;
  workgroupBarrier();
  for (var s20: u32 = 32u; s20 > 0u; s20 = s20 >> 1u) {
    if (lane < s20) {
      wg_f32_0[lane] = wg_f32_0[lane] + wg_f32_0[lane + s20];
      wg_f32_1[lane] = wg_f32_1[lane] + wg_f32_1[lane + s20];
      wg_f32_2[lane] = wg_f32_2[lane] + wg_f32_2[lane + s20];
      wg_f32_3[lane] = wg_f32_3[lane] + wg_f32_3[lane + s20];
    }
    workgroupBarrier();
  }
  let red21 = wg_f32_0[0];
  let red22 = wg_f32_1[0];
  let red23 = wg_f32_2[0];
  let red24 = wg_f32_3[0];
  var acc25: f32 = 0.0;
  for (var r26: u32 = lane; r26 < 200u; r26 = r26 + 64u) {
    let l27 = r26 * 10u + i;
    let v28 = (v6 * v6);
    let v29 = (v28 * v6);
    let v30 = (v29 * (-0.5));
    let v31 = (red21 * v30);
    let v32 = (v31 / 200.0);
    let v33 = tmp8[l27];
    let v34 = tmp9[i];
    let v35 = (v33 - v34);
    let v36 = (v32 * v35);
    let v37 = (v36 + v36);
    let v38 = (-v37);
    acc25 = acc25 + v38;
  }
  wg_f32_4[lane] = acc25;
  workgroupBarrier();
  for (var s39: u32 = 32u; s39 > 0u; s39 = s39 >> 1u) {
    if (lane < s39) {
      wg_f32_4[lane] = wg_f32_4[lane] + wg_f32_4[lane + s39];
    }
    workgroupBarrier();
  }
  let red40 = wg_f32_4[0];
  let v41 = (red22 + red40);
  let v42 = (v41 / 200.0);
  let v43 = (v6 * v6);
  let v44 = (v43 * v6);
  let v45 = (v44 * (-0.5));
  let v46 = (red21 * v45);
  let v47 = (v46 / 200.0);
  var acc48: f32 = 0.0;
  storageBarrier();
  for (var q49: u32 = lane; q49 < 200u; q49 = q49 + 64u) {
    let l50 = q49 * 10u + i;
    let v51 = tmp11[l50];
    let v52 = s_logits_batch_norm_gamma[i];
    let v53 = (v51 * v52);
    let v54 = (v53 * v6);
    let v55 = tmp8[l50];
    let v56 = tmp9[i];
    let v57 = (v55 - v56);
    let v58 = (v47 * v57);
    let v59 = (v58 + v58);
    let v60 = (v54 + v59);
    let v61 = (v60 + v42);
    tmp12[l50] = v61;
    acc48 = acc48 + v61;
  }
  wg_f32_5[lane] = acc48;
  workgroupBarrier();
  for (var s62: u32 = 32u; s62 > 0u; s62 = s62 >> 1u) {
    if (lane < s62) {
      wg_f32_5[lane] = wg_f32_5[lane] + wg_f32_5[lane + s62];
    }
    workgroupBarrier();
  }
  let red63 = wg_f32_5[0];
  let v64 = s_logits_dense_bias[i];
  let v65 = (red63 * 0.01);
  let v66 = (v64 - v65);
  let v67 = s_logits_batch_norm_gamma[i];
  let v68 = (red23 * 0.01);
  let v69 = (v67 - v68);
  let v70 = s_logits_batch_norm_beta[i];
  let v71 = (red24 * 0.01);
  let v72 = (v70 - v71);
  storageBarrier();
  if (lane == 0u) {
    s_logits_dense_bias[i] = v66;
    s_logits_batch_norm_gamma[i] = v69;
    s_logits_batch_norm_beta[i] = v72;
  }
}

// ---- 019_matmul_hidden2_grad.wgsl
@group(0) @binding(0) var<storage, read> tmp12: array<f32>;
@group(0) @binding(1) var<storage, read> s_logits_dense_kernel: array<f32>;
@group(0) @binding(2) var<storage, read_write> tmp13: array<f32>;
@group(0) @binding(3) var<storage, read> tmp4: array<f32>;
@group(0) @binding(4) var<storage, read> tmp5: array<f32>;
@group(0) @binding(5) var<storage, read> tmp6: array<f32>;
@group(0) @binding(6) var<storage, read> s_hidden2_batch_norm_gamma: array<f32>;
@group(0) @binding(7) var<storage, read> s_hidden2_batch_norm_beta: array<f32>;

@compute @workgroup_size(64)
fn main(@builtin(global_invocation_id) gid: vec3<u32>) {
  let t = gid.x;
  if (t >= 625u) { return; }
  let i0 = (t / 25u) * 8u;
  let j0 = (t % 25u) * 4u;
  let row0 = min(i0 + 0u, 199u);
  let row1 = min(i0 + 1u, 199u);
  let row2 = min(i0 + 2u, 199u);
  let row3 = min(i0 + 3u, 199u);
  let row4 = min(i0 + 4u, 199u);
  let row5 = min(i0 + 5u, 199u);
  let row6 = min(i0 + 6u, 199u);
  let row7 = min(i0 + 7u, 199u);
  let col8 = min(j0 + 0u, 99u);
  let col9 = min(j0 + 1u, 99u);
  let col10 = min(j0 + 2u, 99u);
  let col11 = min(j0 + 3u, 99u);
  var acc12: vec4<f32> = vec4<f32>(0.0);
  var acc13: vec4<f32> = vec4<f32>(0.0);
  var acc14: vec4<f32> = vec4<f32>(0.0);
  var acc15: vec4<f32> = vec4<f32>(0.0);
  var acc16: vec4<f32> = vec4<f32>(0.0);
  var acc17: vec4<f32> = vec4<f32>(0.0);
  var acc18: vec4<f32> = vec4<f32>(0.0);
  var acc19: vec4<f32> = vec4<f32>(0.0);
  let ra20 = row0 * 10u;
  let ra21 = row1 * 10u;
  let ra22 = row2 * 10u;
  let ra23 = row3 * 10u;
  let ra24 = row4 * 10u;
  let ra25 = row5 * 10u;
  let ra26 = row6 * 10u;
  let ra27 = row7 * 10u;
  let cb28 = col8 * 10u;
  let cb29 = col9 * 10u;
  let cb30 = col10 * 10u;
  let cb31 = col11 * 10u;
  for (var k: u32 = 0u; k < 10u; k = k + 1u) {
    let bv32 = vec4<f32>(s_logits_dense_kernel[cb28 + k], s_logits_dense_kernel[cb29 + k], s_logits_dense_kernel[cb30 + k], s_logits_dense_kernel[cb31 + k]);
    acc12 = acc12 + tmp12[ra20 + k] * bv32;
    acc13 = acc13 + tmp12[ra21 + k] * bv32;
    acc14 = acc14 + tmp12[ra22 + k] * bv32;
    acc15 = acc15 + tmp12[ra23 + k] * bv32;
    acc16 = acc16 + tmp12[ra24 + k] * bv32;
    acc17 = acc17 + tmp12[ra25 + k] * bv32;
    acc18 = acc18 + tmp12[ra26 + k] * bv32;
    acc19 = acc19 + tmp12[ra27 + k] * bv32;
  }
  {
    let l33 = i0 * 100u + j0;
    let v34 = acc12.x;
    let v35 = tmp4[l33];
    let v36 = tmp5[j0];
    let v37 = (v35 - v36);
    let v38 = tmp6[j0];
    let v39 = (v38 + 0.001);
    let v40 = inverseSqrt(v39);
    let v41 = (v37 * v40);
    let v42 = s_hidden2_batch_norm_gamma[j0];
    let v43 = (v41 * v42);
    let v44 = s_hidden2_batch_norm_beta[j0];
    let v45 = (v43 + v44);
    let v46 = select(0.0, 1.0, v45 > 0.0);
    let v47 = select(0.0, v34, v46 != 0.0);
    let v48 = select(v34, 0.0, v46 != 0.0);
    let v49 = min(v45, 0.0);
    let v50 = exp(v49);
    let v51 = (v48 * v50);
    let v52 = select(0.0, 1.0, v45 <= 0.0);
    let v53 = (v51 * v52);
    let v54 = (v47 + v53);
    tmp13[l33] = v54;
  }
  {
    let j55 = j0 + 1u;
    let l56 = i0 * 100u + j55;
    let v57 = acc12.y;
    let v58 = tmp4[l56];
    let v59 = tmp5[j55];
    let v60 = (v58 - v59);
    let v61 = tmp6[j55];
    let v62 = (v61 + 0.001);
    let v63 = inverseSqrt(v62);
    let v64 = (v60 * v63);
    let v65 = s_hidden2_batch_norm_gamma[j55];
    let v66 = (v64 * v65);
    let v67 = s_hidden2_batch_norm_beta[j55];
    let v68 = (v66 + v67);
    let v69 = select(0.0, 1.0, v68 > 0.0);
    let v70 = select(0.0, v57, v69 != 0.0);
    let v71 = select(v57, 0.0, v69 != 0.0);
    let v72 = min(v68, 0.0);
    let v73 = exp(v72);
    let v74 = (v71 * v73);
    let v75 = select(0.0, 1.0, v68 <= 0.0);
    let v76 = (v74 * v75);
    let v77 = (v70 + v76);
    tmp13[l56] = v77;
  }
  {
    let j78 = j0 + 2u;
    let l79 = i0 * 100u + j78;
    let v80 = acc12.z;
    let v81 = tmp4[l79];
    let v82 = tmp5[j78];
    let v83 = (v81 - v82);
    let v84 = tmp6[j78];
    let v85 = (v84 + 0.001);
    let v86 = inverseSqrt(v85);
    let v87 = (v83 * v86);
    let v88 = s_hidden2_batch_norm_gamma[j78];
    let v89 = (v87 * v88);
    let v90 = s_hidden2_batch_norm_beta[j78];
    let v91 = (v89 + v90);
    let v92 = select(0.0, 1.0, v91 > 0.0);
    let v93 = select(0.0, v80, v92 != 0.0);
    let v94 = select(v80, 0.0, v92 != 0.0);
    let v95 = min(v91, 0.0);
    let v96 = exp(v95);
    let v97 = (v94 * v96);
    let v98 = select(0.0, 1.0, v91 <= 0.0);
    let v99 = (v97 * v98);
    let v100 = (v93 + v99);
    tmp13[l79] = v100;
  }
  {
    let j101 = j0 + 3u;
    let l102 = i0 * 100u + j101;
    let v103 = acc12.w;
    let v104 = tmp4[l102];
    let v105 = tmp5[j101];
    let v106 = (v104 - v105);
    let v107 = tmp6[j101];
    let v108 = (v107 + 0.001);
    let v109 = inverseSqrt(v108);
    let v110 = (v106 * v109);
    let v111 = s_hidden2_batch_norm_gamma[j101];
    let v112 = (v110 * v111);
    let v113 = s_hidden2_batch_norm_beta[j101];
    let v114 = (v112 + v113);
    let v115 = select(0.0, 1.0, v114 > 0.0);
    let v116 = select(0.0, v103, v115 != 0.0);
    let v117 = select(v103, 0.0, v115 != 0.0);
    let v118 = min(v114, 0.0);
    let v119 = exp(v118);
    let v120 = (v117 * v119);
    let v121 = select(0.0, 1.0, v114 <= 0.0);
    let v122 = (v120 * v121);
    let v123 = (v116 + v122);
    tmp13[l102] = v123;
  }
  {
    let i124 = i0 + 1u;
    let l125 = i124 * 100u + j0;
    let v126 = acc13.x;
    let v127 = tmp4[l125];
    let v128 = tmp5[j0];
    let v129 = (v127 - v128);
    let v130 = tmp6[j0];
    let v131 = (v130 + 0.001);
    let v132 = inverseSqrt(v131);
    let v133 = (v129 * v132);
    let v134 = s_hidden2_batch_norm_gamma[j0];
    let v135 = (v133 * v134);
    let v136 = s_hidden2_batch_norm_beta[j0];
    let v137 = (v135 + v136);
    let v138 = select(0.0, 1.0, v137 > 0.0);
    let v139 = select(0.0, v126, v138 != 0.0);
    let v140 = select(v126, 0.0, v138 != 0.0);
    let v141 = min(v137, 0.0);
    let v142 = exp(v141);
    let v143 = (v140 * v142);
    let v144 = select(0.0, 1.0, v137 <= 0.0);
    let v145 = (v143 * v144);
    let v146 = (v139 + v145);
    tmp13[l125] = v146;
  }
  {
    let i147 = i0 + 1u;
    let j148 = j0 + 1u;
    let l149 = i147 * 100u + j148;
    let v150 = acc13.y;
    let v151 = tmp4[l149];
    let v152 = tmp5[j148];
    let v153 = (v151 - v152);
    let v154 = tmp6[j148];
    let v155 = (v154 + 0.001);
    let v156 = inverseSqrt(v155);
    let v157 = (v153 * v156);
    let v158 = s_hidden2_batch_norm_gamma[j148];
    let v159 = (v157 * v158);
    let v160 = s_hidden2_batch_norm_beta[j148];
    let v161 = (v159 + v160);
    let v162 = select(0.0, 1.0, v161 > 0.0);
    let v163 = select(0.0, v150, v162 != 0.0);
    let v164 = select(v150, 0.0, v162 != 0.0);
    let v165 = min(v161, 0.0);
    let v166 = exp(v165);
    let v167 = (v164 * v166);
    let v168 = select(0.0, 1.0, v161 <= 0.0);
    let v169 = (v167 * v168);
    let v170 = (v163 + v169);
    tmp13[l149] = v170;
  }
  {
    let i171 = i0 + 1u;
    let j172 = j0 + 2u;
    let l173 = i171 * 100u + j172;
    let v174 = acc13.z;
    let v175 = tmp4[l173];
    let v176 = tmp5[j172];
    let v177 = (v175 - v176);
    let v178 = tmp6[j172];
    let v179 = (v178 + 0.001);
    let v180 = inverseSqrt(v179);
    let v181 = (v177 * v180);
    let v182 = s_hidden2_batch_norm_gamma[j172];
    let v183 = (v181 * v182);
    let v184 = s_hidden2_batch_norm_beta[j172];
    let v185 = (v183 + v184);
    let v186 = select(0.0, 1.0, v185 > 0.0);
    let v187 = select(0.0, v174, v186 != 0.0);
    let v188 = select(v174, 0.0, v186 != 0.0);
    let v189 = min(v185, 0.0);
    let v190 = exp(v189);
    let v191 = (v188 * v190);
    let v192 = select(0.0, 1.0, v185 <= 0.0);
    let v193 = (v191 * v192);
    let v194 = (v187 + v193);
    tmp13[l173] = v194;
  }
  {
    let i195 = i0 + 1u;
    let j196 = j0 + 3u;
    let l197 = i195 * 100u + j196;
    let v198 = acc13.w;
    let v199 = tmp4[l197];
    let v200 = tmp5[j196];
    let v201 = (v199 - v200);
    let v202 = tmp6[j196];
    let v203 = (v202 + 0.001);
    let v204 = inverseSqrt(v203);
    let v205 = (v201 * v204);
    let v206 = s_hidden2_batch_norm_gamma[j196];
    let v207 = (v205 * v206);
    let v208 = s_hidden2_batch_norm_beta[j196];
    let v209 = (v207 + v208);
    let v210 = select(0.0, 1.0, v209 > 0.0);
    let v211 = select(0.0, v198, v210 != 0.0);
    let v212 = select(v198, 0.0, v210 != 0.0);
    let v213 = min(v209, 0.0);
    let v214 = exp(v213);
    let v215 = (v212 * v214);
    let v216 = select(0.0, 1.0, v209 <= 0.0);
    let v217 = (v215 * v216);
    let v218 = (v211 + v217);
    tmp13[l197] = v218;
  }
  {
    let i219 = i0 + 2u;
    let l220 = i219 * 100u + j0;
    let v221 = acc14.x;
    let v222 = tmp4[l220];
    let v223 = tmp5[j0];
    let v224 = (v222 - v223);
    let v225 = tmp6[j0];
    let v226 = (v225 + 0.001);
    let v227 = inverseSqrt(v226);
    let v228 = (v224 * v227);
    let v229 = s_hidden2_batch_norm_gamma[j0];
    let v230 = (v228 * v229);
    let v231 = s_hidden2_batch_norm_beta[j0];
    let v232 = (v230 + v231);
    let v233 = select(0.0, 1.0, v232 > 0.0);
    let v234 = select(0.0, v221, v233 != 0.0);
    let v235 = select(v221, 0.0, v233 != 0.0);
    let v236 = min(v232, 0.0);
    let v237 = exp(v236);
    let v238 = (v235 * v237);
    let v239 = select(0.0, 1.0, v232 <= 0.0);
    let v240 = (v238 * v239);
    let v241 = (v234 + v240);
    tmp13[l220] = v241;
  }
  {
    let i242 = i0 + 2u;
    let j243 = j0 + 1u;
    let l244 = i242 * 100u + j243;
    let v245 = acc14.y;
    let v246 = tmp4[l244];
    let v247 = tmp5[j243];
    let v248 = (v246 - v247);
    let v249 = tmp6[j243];
    let v250 = (v249 + 0.001);
    let v251 = inverseSqrt(v250);
    let v252 = (v248 * v251);
    let v253 = s_hidden2_batch_norm_gamma[j243];
    let v254 = (v252 * v253);
    let v255 = s_hidden2_batch_norm_beta[j243];
    let v256 = (v254 + v255);
    let v257 = select(0.0, 1.0, v256 > 0.0);
    let v258 = select(0.0, v245, v257 != 0.0);
    let v259 = select(v245, 0.0, v257 != 0.0);
    let v260 = min(v256, 0.0);
    let v261 = exp(v260);
    let v262 = (v259 * v261);
    let v263 = select(0.0, 1.0, v256 <= 0.0);
    let v264 = (v262 * v263);
    let v265 = (v258 + v264);
    tmp13[l244] = v265;
  }
  {
    let i266 = i0 + 2u;
    let j267 = j0 + 2u;
    let l268 = i266 * 100u + j267;
    let v269 = acc14.z;
    let v270 = tmp4[l268];
    let v271 = tmp5[j267];
    let v272 = (v270 - v271);
    let v273 = tmp6[j267];
    let v274 = (v273 + 0.001);
    let v275 = inverseSqrt(v274);
    let v276 = (v272 * v275);
    let v277 = s_hidden2_batch_norm_gamma[j267];
    let v278 = (v276 * v277);
    let v279 = s_hidden2_batch_norm_beta[j267];
    let v280 = (v278 + v279);
    let v281 = select(0.0, 1.0, v280 > 0.0);
    let v282 = select(0.0, v269, v281 != 0.0);
    let v283 = select(v269, 0.0, v281 != 0.0);
    let v284 = min(v280, 0.0);
    let v285 = exp(v284);
    let v286 = (v283 * v285);
    let v287 = select(0.0, 1.0, v280 <= 0.0);
    let v288 = (v286 * v287);
    let v289 = (v282 + v288);
    tmp13[l268] = v289;
  }
  {
    let i290 = i0 + 2u;
    let j291 = j0 + 3u;
    let l292 = i290 * 100u + j291;
    let v293 = acc14.w;
    let v294 = tmp4[l292];
    let v295 = tmp5[j291];
    let v296 = (v294 - v295);
    let v297 = tmp6[j291];
    let v298 = (v297 + 0.001);
    let v299 = inverseSqrt(v298);
    let v300 = (v296 * v299);
    let v301 = s_hidden2_batch_norm_gamma[j291];
    let v302 = (v300 * v301);
    let v303 = s_hidden2_batch_norm_beta[j291];
    let v304 = (v302 + v303);
    let v305 = select(0.0, 1.0, v304 > 0.0);
    let v306 = select(0.0, v293, v305 != 0.0);
    let v307 = select(v293, 0.0, v305 != 0.0);
    let v308 = min(v304, 0.0);
    let v309 = exp(v308);
    let v310 = (v307 * v309);
    let v311 = select(0.0, 1.0, v304 <= 0.0);
    let v312 = (v310 * v311);
    let v313 = (v306 + v312);
    tmp13[l292] = v313;
  }
  {
    let i314 = i0 + 3u;
    let l315 = i314 * 100u + j0;
    let v316 = acc15.x;
    let v317 = tmp4[l315];
    let v318 = tmp5[j0];
    let v319 = (v317 - v318);
    let v320 = tmp6[j0];
    let v321 = (v320 + 0.001);
    let v322 = inverseSqrt(v321);
    let v323 = (v319 * v322);
    let v324 = s_hidden2_batch_norm_gamma[j0];
    let v325 = (v323 * v324);
    let v326 = s_hidden2_batch_norm_beta[j0];
    let v327 = (v325 + v326);
    let v328 = select(0.0, 1.0, v327 > 0.0);
    let v329 = select(0.0, v316, v328 != 0.0);
    let v330 = select(v316, 0.0, v328 != 0.0);
    let v331 = min(v327, 0.0);
    let v332 = exp(v331);
    let v333 = (v330 * v332);
    let v334 = select(0.0, 1.0, v327 <= 0.0);
    let v335 = (v333 * v334);
    let v336 = (v329 + v335);
    tmp13[l315] = v336;
  }
  {
    let i337 = i0 + 3u;
    let j338 = j0 + 1u;
    let l339 = i337 * 100u + j338;
    let v340 = acc15.y;
    let v341 = tmp4[l339];
    let v342 = tmp5[j338];
    let v343 = (v341 - v342);
    let v344 = tmp6[j338];
    let v345 = (v344 + 0.001);
    let v346 = inverseSqrt(v345);
    let v347 = (v343 * v346);
    let v348 = s_hidden2_batch_norm_gamma[j338];
    let v349 = (v347 * v348);
    let v350 = s_hidden2_batch_norm_beta[j338];
    let v351 = (v349 + v350);
    let v352 = select(0.0, 1.0, v351 > 0.0);
    let v353 = select(0.0, v340, v352 != 0.0);
    let v354 = select(v340, 0.0, v352 != 0.0);
    let v355 = min(v351, 0.0);
    let v356 = exp(v355);
    let v357 = (v354 * v356);
    let v358 = select(0.0, 1.0, v351 <= 0.0);
    let v359 = (v357 * v358);
    let v360 = (v353 + v359);
    tmp13[l339] = v360;
  }
  {
    let i361 = i0 + 3u;
    let j362 = j0 + 2u;
    let l363 = i361 * 100u + j362;
    let v364 = acc15.z;
    let v365 = tmp4[l363];
    let v366 = tmp5[j362];
    let v367 = (v365 - v366);
    let v368 = tmp6[j362];
    let v369 = (v368 + 0.001);
    let v370 = inverseSqrt(v369);
    let v371 = (v367 * v370);
    let v372 = s_hidden2_batch_norm_gamma[j362];
    let v373 = (v371 * v372);
    let v374 = s_hidden2_batch_norm_beta[j362];
    let v375 = (v373 + v374);
    let v376 = select(0.0, 1.0, v375 > 0.0);
    let v377 = select(0.0, v364, v376 != 0.0);
    let v378 = select(v364, 0.0, v376 != 0.0);
    let v379 = min(v375, 0.0);
    let v380 = exp(v379);
    let v381 = (v378 * v380);
    let v382 = select(0.0, 1.0, v375 <= 0.0);
    let v383 = (v381 * v382);
    let v384 = (v377 + v383);
    tmp13[l363] = v384;
  }
  {
    let i385 = i0 + 3u;
    let j386 = j0 + 3u;
    let l387 = i385 * 100u + j386;
    let v388 = acc15.w;
    let v389 = tmp4[l387];
    let v390 = tmp5[j386];
    let v391 = (v389 - v390);
    let v392 = tmp6[j386];
    let v393 = (v392 + 0.001);
    let v394 = inverseSqrt(v393);
    let v395 = (v391 * v394);
    let v396 = s_hidden2_batch_norm_gamma[j386];
    let v397 = (v395 * v396);
    let v398 = s_hidden2_batch_norm_beta[j386];
    let v399 = (v397 + v398);
    let v400 = select(0.0, 1.0, v399 > 0.0);
    let v401 = select(0.0, v388, v400 != 0.0);
    let v402 = select(v388, 0.0, v400 != 0.0);
    let v403 = min(v399, 0.0);
    let v404 = exp(v403);
    let v405 = (v402 * v404);
    let v406 = select(0.0, 1.0, v399 <= 0.0);
    let v407 = (v405 * v406);
    let v408 = (v401 + v407);
    tmp13[l387] = v408;
  }
  {
    let i409 = i0 + 4u;
    let l410 = i409 * 100u + j0;
    let v411 = acc16.x;
    let v412 = tmp4[l410];
    let v413 = tmp5[j0];
    let v414 = (v412 - v413);
    let v415 = tmp6[j0];
    let v416 = (v415 + 0.001);
    let v417 = inverseSqrt(v416);
    let v418 = (v414 * v417);
    let v419 = s_hidden2_batch_norm_gamma[j0];
    let v420 = (v418 * v419);
    let v421 = s_hidden2_batch_norm_beta[j0];
    let v422 = (v420 + v421);
    let v423 = select(0.0, 1.0, v422 > 0.0);
    let v424 = select(0.0, v411, v423 != 0.0);
    let v425 = select(v411, 0.0, v423 != 0.0);
    let v426 = min(v422, 0.0);
    let v427 = exp(v426);
    let v428 = (v425 * v427);
    let v429 = select(0.0, 1.0, v422 <= 0.0);
    let v430 = (v428 * v429);
    let v431 = (v424 + v430);
    tmp13[l410] = v431;
  }
  {
    let i432 = i0 + 4u;
    let j433 = j0 + 1u;
    let l434 = i432 * 100u + j433;
    let v435 = acc16.y;
    let v436 = tmp4[l434];
    let v437 = tmp5[j433];
    let v438 = (v436 - v437);
    let v439 = tmp6[j433];
    let v440 = (v439 + 0.001);
    let v441 = inverseSqrt(v440);
    let v442 = (v438 * v441);
    let v443 = s_hidden2_batch_norm_gamma[j433];
    let v444 = (v442 * v443);
    let v445 = s_hidden2_batch_norm_beta[j433];
    let v446 = (v444 + v445);
    let v447 = select(0.0, 1.0, v446 > 0.0);
    let v448 = select(0.0, v435, v447 != 0.0);
    let v449 = select(v435, 0.0, v447 != 0.0);
    let v450 = min(v446, 0.0);
    let v451 = exp(v450);
    let v452 = (v449 * v451);
    let v453 = select(0.0, 1.0, v446 <= 0.0);
    let v454 = (v452 * v453);
    let v455 = (v448 + v454);
    tmp13[l434] = v455;
  }
  {
    let i456 = i0 + 4u;
    let j457 = j0 + 2u;
    let l458 = i456 * 100u + j457;
    let v459 = acc16.z;
    let v460 = tmp4[l458];
    let v461 = tmp5[j457];
    let v462 = (v460 - v461);
    let v463 = tmp6[j457];
    let v464 = (v463 + 0.001);
    let v465 = inverseSqrt(v464);
    let v466 = (v462 * v465);
    let v467 = s_hidden2_batch_norm_gamma[j457];
    let v468 = (v466 * v467);
    let v469 = s_hidden2_batch_norm_beta[j457];
    let v470 = (v468 + v469);
    let v471 = select(0.0, 1.0, v470 > 0.0);
    let v472 = select(0.0, v459, v471 != 0.0);
    let v473 = select(v459, 0.0, v471 != 0.0);
    let v474 = min(v470, 0.0);
    let v475 = exp(v474);
    let v476 = (v473 * v475);
    let v477 = select(0.0, 1.0, v470 <= 0.0);
    let v478 = (v476 * v477);
    let v479 = (v472 + v478);
    tmp13[l458] = v479;
  }
  {
    let i480 = i0 + 4u;
    let j481 = j0 + 3u;
    let l482 = i480 * 100u + j481;
    let v483 = acc16.w;
    let v484 = tmp4[l482];
    let v485 = tmp5[j481];
    let v486 = (v484 - v485);
    let v487 = tmp6[j481];
    let v488 = (v487 + 0.001);
    let v489 = inverseSqrt(v488);
    let v490 = (v486 * v489);
    let v491 = s_hidden2_batch_norm_gamma[j481];
    let v492 = (v490 * v491);
    let v493 = s_hidden2_batch_norm_beta[j481];
    let v494 = (v492 + v493);
    let v495 = select(0.0, 1.0, v494 > 0.0);
    let v496 = select(0.0, v483, v495 != 0.0);
    let v497 = select(v483, 0.0, v495 != 0.0);
    let v498 = min(v494, 0.0);
    let v499 = exp(v498);
    let v500 = (v497 * v499);
    let v501 = select(0.0, 1.0, v494 <= 0.0);
    let v502 = (v500 * v501);
    let v503 = (v496 + v502);
    tmp13[l482] = v503;
  }
  {
    let i504 = i0 + 5u;
    let l505 = i504 * 100u + j0;
    let v506 = acc17.x;
    let v507 = tmp4[l505];
    let v508 = tmp5[j0];
    let v509 = (v507 - v508);
    let v510 = tmp6[j0];
    let v511 = (v510 + 0.001);
    let v512 = inverseSqrt(v511);
    let v513 = (v509 * v512);
    let v514 = s_hidden2_batch_norm_gamma[j0];
    let v515 = (v513 * v514);
    let v516 = s_hidden2_batch_norm_beta[j0];
    let v517 = (v515 + v516);
    let v518 = select(0.0, 1.0, v517 > 0.0);
    let v519 = select(0.0, v506, v518 != 0.0);
    let v520 = select(v506, 0.0, v518 != 0.0);
    let v521 = min(v517, 0.0);
    let v522 = exp(v521);
    let v523 = (v520 * v522);
    let v524 = select(0.0, 1.0, v517 <= 0.0);
    let v525 = (v523 * v524);
    let v526 = (v519 + v525);
    tmp13[l505] = v526;
  }
  {
    let i527 = i0 + 5u;
    let j528 = j0 + 1u;
    let l529 = i527 * 100u + j528;
    let v530 = acc17.y;
    let v531 = tmp4[l529];
    let v532 = tmp5[j528];
    let v533 = (v531 - v532);
    let v534 = tmp6[j528];
    let v535 = (v534 + 0.001);
    let v536 = inverseSqrt(v535);
    let v537 = (v533 * v536);
    let v538 = s_hidden2_batch_norm_gamma[j528];
    let v539 = (v537 * v538);
    let v540 = s_hidden2_batch_norm_beta[j528];
    let v541 = (v539 + v540);
    let v542 = select(0.0, 1.0, v541 > 0.0);
    let v543 = select(0.0, v530, v542 != 0.0);
    let v544 = select(v530, 0.0, v542 != 0.0);
    let v545 = min(v541, 0.0);
    let v546 = exp(v545);
    let v547 = (v544 * v546);
    let v548 = select(0.0, 1.0, v541 <= 0.0);
    let v549 = (v547 * v548);
    let v550 = (v543 + v549);
    tmp13[l529] = v550;
  }
  {
    let i551 = i0 + 5u;
    let j552 = j0 + 2u;
    let l553 = i551 * 100u + j552;
    let v554 = acc17.z;
    let v555 = tmp4[l553];
    let v556 = tmp5[j552];
    let v557 = (v555 - v556);
    let v558 = tmp6[j552];
    let v559 = (v558 + 0.001);
    let v560 = inverseSqrt(v559);
    let v561 = (v557 * v560);
    let v562 = s_hidden2_batch_norm_gamma[j552];
    let v563 = (v561 * v562);
    let v564 = s_hidden2_batch_norm_beta[j552];
    let v565 = (v563 + v564);
    let v566 = select(0.0, 1.0, v565 > 0.0);
    let v567 = select(0.0, v554, v566 != 0.0);
    let v568 = select(v554, 0.0, v566 != 0.0);
    let v569 = min(v565, 0.0);
    let v570 = exp(v569);
    let v571 = (v568 * v570);
    let v572 = select(0.0, 1.0, v565 <= 0.0);
    let v573 = (v571 * v572);
    let v574 = (v567 + v573);
    tmp13[l553] = v574;
  }
  {
    let i575 = i0 + 5u;
    let j576 = j0 + 3u;
    let l577 = i575 * 100u + j576;
    let v578 = acc17.w;
    let v579 = tmp4[l577];
    let v580 = tmp5[j576];
    let v581 = (v579 - v580);
    let v582 = tmp6[j576];
    let v583 = (v582 + 0.001);
    let v584 = inverseSqrt(v583);
    let v585 = (v581 * v584);
    let v586 = s_hidden2_batch_norm_gamma[j576];
    let v587 = (v585 * v586);
    let v588 = s_hidden2_batch_norm_beta[j576];
    let v589 = (v587 + v588);
    let v590 = select(0.0, 1.0, v589 > 0.0);
    let v591 = select(0.0, v578, v590 != 0.0);
    let v592 = select(v578, 0.0, v590 != 0.0);
    let v593 = min(v589, 0.0);
    let v594 = exp(v593);
    let v595 = (v592 * v594);
    let v596 = select(0.0, 1.0, v589 <= 0.0);
    let v597 = (v595 * v596);
    let v598 = (v591 + v597);
    tmp13[l577] = v598;
  }
  {
    let i599 = i0 + 6u;
    let l600 = i599 * 100u + j0;
    let v601 = acc18.x;
    let v602 = tmp4[l600];
    let v603 = tmp5[j0];
    let v604 = (v602 - v603);
    let v605 = tmp6[j0];
    let v606 = (v605 + 0.001);
    let v607 = inverseSqrt(v606);
    let v608 = (v604 * v607);
    let v609 = s_hidden2_batch_norm_gamma[j0];
    let v610 = (v608 * v609);
    let v611 = s_hidden2_batch_norm_beta[j0];
    let v612 = (v610 + v611);
    let v613 = select(0.0, 1.0, v612 > 0.0);
    let v614 = select(0.0, v601, v613 != 0.0);
    let v615 = select(v601, 0.0, v613 != 0.0);
    let v616 = min(v612, 0.0);
    let v617 = exp(v616);
    let v618 = (v615 * v617);
    let v619 = select(0.0, 1.0, v612 <= 0.0);
    let v620 = (v618 * v619);
    let v621 = (v614 + v620);
    tmp13[l600] = v621;
  }
  {
    let i622 = i0 + 6u;
    let j623 = j0 + 1u;
    let l624 = i622 * 100u + j623;
    let v625 = acc18.y;
    let v626 = tmp4[l624];
    let v627 = tmp5[j623];
    let v628 = (v626 - v627);
    let v629 = tmp6[j623];
    let v630 = (v629 + 0.001);
    let v631 = inverseSqrt(v630);
    let v632 = (v628 * v631);
    let v633 = s_hidden2_batch_norm_gamma[j623];
    let v634 = (v632 * v633);
    let v635 = s_hidden2_batch_norm_beta[j623];
    let v636 = (v634 + v635);
    let v637 = select(0.0, 1.0, v636 > 0.0);
    let v638 = select(0.0, v625, v637 != 0.0);
    let v639 = select(v625, 0.0, v637 != 0.0);
    let v640 = min(v636, 0.0);
    let v641 = exp(v640);
    let v642 = (v639 * v641);
    let v643 = select(0.0, 1.0, v636 <= 0.0);
    let v644 = (v642 * v643);
    let v645 = (v638 + v644);
    tmp13[l624] = v645;
  }
  {
    let i646 = i0 + 6u;
    let j647 = j0 + 2u;
    let l648 = i646 * 100u + j647;
    let v649 = acc18.z;
    let v650 = tmp4[l648];
    let v651 = tmp5[j647];
    let v652 = (v650 - v651);
    let v653 = tmp6[j647];
    let v654 = (v653 + 0.001);
    let v655 = inverseSqrt(v654);
    let v656 = (v652 * v655);
    let v657 = s_hidden2_batch_norm_gamma[j647];
    let v658 = (v656 * v657);
    let v659 = s_hidden2_batch_norm_beta[j647];
    let v660 = (v658 + v659);
    let v661 = select(0.0, 1.0, v660 > 0.0);
    let v662 = select(0.0, v649, v661 != 0.0);
    let v663 = select(v649, 0.0, v661 != 0.0);
    let v664 = min(v660, 0.0);
    let v665 = exp(v664);
    let v666 = (v663 * v665);
    let v667 = select(0.0, 1.0, v660 <= 0.0);
    let v668 = (v666 * v667);
    let v669 = (v662 + v668);
    tmp13[l648] = v669;
  }
  {
    let i670 = i0 + 6u;
    let j671 = j0 + 3u;
    let l672 = i670 * 100u + j671;
    let v673 = acc18.w;
    let v674 = tmp4[l672];
    let v675 = tmp5[j671];
    let v676 = (v674 - v675);
    let v677 = tmp6[j671];
    let v678 = (v677 + 0.001);
    let v679 = inverseSqrt(v678);
    let v680 = (v676 * v679);
    let v681 = s_hidden2_batch_norm_gamma[j671];
    let v682 = (v680 * v681);
    let v683 = s_hidden2_batch_norm_beta[j671];
    let v684 = (v682 + v683);
    let v685 = select(0.0, 1.0, v684 > 0.0);
    let v686 = select(0.0, v673, v685 != 0.0);
    let v687 = select(v673, 0.0, v685 != 0.0);
    let v688 = min(v684, 0.0);
    let v689 = exp(v688);
    let v690 = (v687 * v689);
    let v691 = select(0.0, 1.0, v684 <= 0.0);
    let v692 = (v690 * v691);
    let v693 = (v686 + v692);
    tmp13[l672] = v693;
  }
  {
    let i694 = i0 + 7u;
    let l695 = i694 * 100u + j0;
    let v696 = acc19.x;
    let v697 = tmp4[l695];
    let v698 = tmp5[j0];
    let v699 = (v697 - v698);
    let v700 = tmp6[j0];
    let v701 = (v700 + 0.001);
    let v702 = inverseSqrt(v701);
    let v703 = (v699 * v702);
    let v704 = s_hidden2_batch_norm_gamma[j0];
    let v705 = (v703 * v704);
    let v706 = s_hidden2_batch_norm_beta[j0];
    let v707 = (v705 + v706);
    let v708 = select(0.0, 1.0, v707 > 0.0);
    let v709 = select(0.0, v696, v708 != 0.0);
    let v710 = select(v696, 0.0, v708 != 0.0);
    let v711 = min(v707, 0.0);
    let v712 = exp(v711);
    let v713 = (v710 * v712);
    let v714 = select(0.0, 1.0, v707 <= 0.0);
    let v715 = (v713 * v714);
    let v716 = (v709 + v715);
    tmp13[l695] = v716;
  }
  {
    let i717 = i0 + 7u;
    let j718 = j0 + 1u;
    let l719 = i717 * 100u + j718;
    let v720 = acc19.y;
    let v721 = tmp4[l719];
    let v722 = tmp5[j718];
    let v723 = (v721 - v722);
    let v724 = tmp6[j718];
    let v725 = (v724 + 0.001);
    let v726 = inverseSqrt(v725);
    let v727 = (v723 * v726);
    let v728 = s_hidden2_batch_norm_gamma[j718];
    let v729 = (v727 * v728);
    let v730 = s_hidden2_batch_norm_beta[j718];
    let v731 = (v729 + v730);
    let v732 = select(0.0, 1.0, v731 > 0.0);
    let v733 = select(0.0, v720, v732 != 0.0);
    let v734 = select(v720, 0.0, v732 != 0.0);
    let v735 = min(v731, 0.0);
    let v736 = exp(v735);
    let v737 = (v734 * v736);
    let v738 = select(0.0, 1.0, v731 <= 0.0);
    let v739 = (v737 * v738);
    let v740 = (v733 + v739);
    tmp13[l719] = v740;
  }
  {
    let i741 = i0 + 7u;
    let j742 = j0 + 2u;
    let l743 = i741 * 100u + j742;
    let v744 = acc19.z;
    let v745 = tmp4[l743];
    let v746 = tmp5[j742];
    let v747 = (v745 - v746);
    let v748 = tmp6[j742];
    let v749 = (v748 + 0.001);
    let v750 = inverseSqrt(v749);
    let v751 = (v747 * v750);
    let v752 = s_hidden2_batch_norm_gamma[j742];
    let v753 = (v751 * v752);
    let v754 = s_hidden2_batch_norm_beta[j742];
    let v755 = (v753 + v754);
    let v756 = select(0.0, 1.0, v755 > 0.0);
    let v757 = select(0.0, v744, v756 != 0.0);
    let v758 = select(v744, 0.0, v756 != 0.0);
    let v759 = min(v755, 0.0);
    let v760 = exp(v759);
    let v761 = (v758 * v760);
    let v762 = select(0.0, 1.0, v755 <= 0.0);
    let v763 = (v761 * v762);
    let v764 = (v757 + v763);
    tmp13[l743] = v764;
  }
  {
    let i765 = i0 + 7u;
    let j766 = j0 + 3u;
    let l767 = i765 * 100u + j766;
    let v768 = acc19.w;
    let v769 = tmp4[l767];
    let v770 = tmp5[j766];
    let v771 = (v769 - v770);
    let v772 = tmp6[j766];
    let v773 = (v772 + 0.001);
    let v774 = inverseSqrt(v773);
    let v775 = (v771 * v774);
    let v776 = s_hidden2_batch_norm_gamma[j766];
    let v777 = (v775 * v776);
    let v778 = s_hidden2_batch_norm_beta[j766];
    let v779 = (v777 + v778);
    let v780 = select(0.0, 1.0, v779 > 0.0);
    let v781 = select(0.0, v768, v780 != 0.0);
    let v782 = select(v768, 0.0, v780 != 0.0);
    let v783 = min(v779, 0.0);
    let v784 = exp(v783);
    let v785 = (v782 * v784);
    let v786 = select(0.0, 1.0, v779 <= 0.0);
    let v787 = (v785 * v786);
    let v788 = (v781 + v787);
    tmp13[l767] = v788;
  }
}

// ---- 020_reduce_sum_hidden2_batch_norm_grad_x7.wgsl
var<workgroup> wg_f32_0: array<f32, 64>;
var<workgroup> wg_f32_1: array<f32, 64>;
var<workgroup> wg_f32_2: array<f32, 64>;
var<workgroup> wg_f32_3: array<f32, 64>;
var<workgroup> wg_f32_4: array<f32, 64>;
var<workgroup> wg_f32_5: array<f32, 64>;
@group(0) @binding(0) var<storage, read> tmp6: array<f32>;
@group(0) @binding(1) var<storage, read> tmp13: array<f32>;
@group(0) @binding(2) var<storage, read_write> s_hidden2_batch_norm_gamma: array<f32>;
@group(0) @binding(3) var<storage, read> tmp4: array<f32>;
@group(0) @binding(4) var<storage, read> tmp5: array<f32>;
@group(0) @binding(5) var<storage, read_write> tmp14: array<f32>;
@group(0) @binding(6) var<storage, read_write> s_hidden2_dense_bias: array<f32>;
@group(0) @binding(7) var<storage, read_write> s_hidden2_batch_norm_beta: array<f32>;

@compute @workgroup_size(64)
fn main(@builtin(workgroup_id) wid: vec3<u32>, @builtin(local_invocation_index) lane: u32) {
  let i = wid.x;
  var acc0: f32 = 0.0;
  var acc1: f32 = 0.0;
  var acc2: f32 = 0.0;
  var acc3: f32 = 0.0;
  let v4 = tmp6[i];
  let v5 = (v4 + 0.001);
  let v6 = inverseSqrt(v5);
  for (var r7: u32 = lane; r7 < 200u; r7 = r7 + 64u) {
    let l8 = r7 * 100u + i;
    let v9 = tmp13[l8];
    let v10 = s_hidden2_batch_norm_gamma[i];
    let v11 = (v9 * v10);
    let v12 = tmp4[l8];
    let v13 = tmp5[i];
    let v14 = (v12 - v13);
    let v15 = (v11 * v14);
    acc0 = acc0 + v15;
    let v16 = (v11 * v6);
    let v17 = (-v16);
    acc1 = acc1 + v17;
    let v18 = (v14 * v6);
    let v19 = (v9 * v18);
    acc2 = acc2 + v19;
    acc3 = acc3 + v9;
  }
  wg_f32_0[lane] = acc0;
  wg_f32_1[lane] = acc1;
  wg_f32_2[lane] = acc2;
  wg_f32_3[lane] = acc3;
  workgroupBarrier();
  for (var s20: u32 = 32u; s20 > 0u; s20 = s20 >> 1u) {
    if (lane < s20) {
      wg_f32_0[lane] = wg_f32_0[lane] + wg_f32_0[lane + s20];
      wg_f32_1[lane] = wg_f32_1[lane] + wg_f32_1[lane + s20];
      wg_f32_2[lane] = wg_f32_2[lane] + wg_f32_2[lane + s20];
      wg_f32_3[lane] = wg_f32_3[lane] + wg_f32_3[lane + s20];
    }
    workgroupBarrier();
  }
  let red21 = wg_f32_0[0];
  let red22 = wg_f32_1[0];
  let red23 = wg_f32_2[0];
  let red24 = wg_f32_3[0];
  var acc25: f32 = 0.0;
  for (var r26: u32 = lane; r26 < 200u; r26 = r26 + 64u) {
    let l27 = r26 * 100u + i;
    let v28 = (v6 * v6);
    let v29 = (v28 * v6);
    let v30 = (v29 * (-0.5));
    let v31 = (red21 * v30);
    let v32 = (v31 / 200.0);
    let v33 = tmp4[l27];
    let v34 = tmp5[i];
    let v35 = (v33 - v34);
    let v36 = (v32 * v35);
    let v37 = (v36 + v36);
    let v38 = (-v37);
    acc25 = acc25 + v38;
  }
  wg_f32_4[lane] = acc25;
  workgroupBarrier();
  for (var s39: u32 = 32u; s39 > 0u; s39 = s39 >> 1u) {
    if (lane < s39) {
      wg_f32_4[lane] = wg_f32_4[lane] + wg_f32_4[lane + s39];
    }
    workgroupBarrier();
  }
  let red40 = wg_f32_4[0];
  let v41 = (red22 + red40);
  let v42 = (v41 / 200.0);
  let v43 = (v6 * v6);
  let v44 = (v43 * v6);
  let v45 = (v44 * (-0.5));
  let v46 = (red21 * v45);
  let v47 = (v46 / 200.0);
  var acc48: f32 = 0.0;
  storageBarrier();
  for (var q49: u32 = lane; q49 < 200u; q49 = q49 + 64u) {
    let l50 = q49 * 100u + i;
    let v51 = tmp13[l50];
    let v52 = s_hidden2_batch_norm_gamma[i];
    let v53 = (v51 * v52);
    let v54 = (v53 * v6);
    let v55 = tmp4[l50];
    let v56 = tmp5[i];
    let v57 = (v55 - v56);
    let v58 = (v47 * v57);
    let v59 = (v58 + v58);
    let v60 = (v54 + v59);
    let v61 = (v60 + v42);
    tmp14[l50] = v61;
    acc48 = acc48 + v61;
  }
  wg_f32_5[lane] = acc48;
  workgroupBarrier();
  for (var s62: u32 = 32u; s62 > 0u; s62 = s62 >> 1u) {
    if (lane < s62) {
      wg_f32_5[lane] = wg_f32_5[lane] + wg_f32_5[lane + s62];
    }
    workgroupBarrier();
  }
  let red63 = wg_f32_5[0];
  let v64 = s_hidden2_dense_bias[i];
  let v65 = (red63 * 0.01);
  let v66 = (v64 - v65);
  let v67 = s_hidden2_batch_norm_gamma[i];
  let v68 = (red23 * 0.01);
  let v69 = (v67 - v68);
  let v70 = s_hidden2_batch_norm_beta[i];
  let v71 = (red24 * 0.01);
  let v72 = (v70 - v71);
  storageBarrier();
  if (lane == 0u) {
    s_hidden2_dense_bias[i] = v66;
    s_hidden2_batch_norm_gamma[i] = v69;
    s_hidden2_batch_norm_beta[i] = v72;
  }
}

// ---- 021_matmul_hidden1_grad.wgsl
@group(0) @binding(0) var<storage, read> tmp14_v4: array<vec4<f32>>;
@group(0) @binding(1) var<storage, read> s_hidden2_dense_kernel_v4: array<vec4<f32>>;
@group(0) @binding(2) var<storage, read_write> tmp15: array<f32>;
@group(0) @binding(3) var<storage, read> tmp0: array<f32>;
@group(0) @binding(4) var<storage, read> tmp1: array<f32>;
@group(0) @binding(5) var<storage, read> tmp2: array<f32>;
@group(0) @binding(6) var<storage, read> s_hidden1_batch_norm_gamma: array<f32>;
@group(0) @binding(7) var<storage, read> s_hidden1_batch_norm_beta: array<f32>;

@compute @workgroup_size(64)
fn main(@builtin(global_invocation_id) gid: vec3<u32>) {
  let t = gid.x;
  if (t >= 625u) { return; }
  let i0 = (t / 25u) * 8u;
  let j0 = (t % 25u) * 12u;
  let row0 = min(i0 + 0u, 199u);
  let row1 = min(i0 + 1u, 199u);
  let row2 = min(i0 + 2u, 199u);
  let row3 = min(i0 + 3u, 199u);
  let row4 = min(i0 + 4u, 199u);
  let row5 = min(i0 + 5u, 199u);
  let row6 = min(i0 + 6u, 199u);
  let row7 = min(i0 + 7u, 199u);
  let col8 = min(j0 + 0u, 299u);
  let col9 = min(j0 + 1u, 299u);
  let col10 = min(j0 + 2u, 299u);
  let col11 = min(j0 + 3u, 299u);
  let col12 = min(j0 + 4u, 299u);
  let col13 = min(j0 + 5u, 299u);
  let col14 = min(j0 + 6u, 299u);
  let col15 = min(j0 + 7u, 299u);
  let col16 = min(j0 + 8u, 299u);
  let col17 = min(j0 + 9u, 299u);
  let col18 = min(j0 + 10u, 299u);
  let col19 = min(j0 + 11u, 299u);
  var acc20: vec4<f32> = vec4<f32>(0.0);
  var acc21: vec4<f32> = vec4<f32>(0.0);
  var acc22: vec4<f32> = vec4<f32>(0.0);
  var acc23: vec4<f32> = vec4<f32>(0.0);
  var acc24: vec4<f32> = vec4<f32>(0.0);
  var acc25: vec4<f32> = vec4<f32>(0.0);
  var acc26: vec4<f32> = vec4<f32>(0.0);
  var acc27: vec4<f32> = vec4<f32>(0.0);
  var acc28: vec4<f32> = vec4<f32>(0.0);
  var acc29: vec4<f32> = vec4<f32>(0.0);
  var acc30: vec4<f32> = vec4<f32>(0.0);
  var acc31: vec4<f32> = vec4<f32>(0.0);
  var acc32: vec4<f32> = vec4<f32>(0.0);
  var acc33: vec4<f32> = vec4<f32>(0.0);
  var acc34: vec4<f32> = vec4<f32>(0.0);
  var acc35: vec4<f32> = vec4<f32>(0.0);
  var acc36: vec4<f32> = vec4<f32>(0.0);
  var acc37: vec4<f32> = vec4<f32>(0.0);
  var acc38: vec4<f32> = vec4<f32>(0.0);
  var acc39: vec4<f32> = vec4<f32>(0.0);
  var acc40: vec4<f32> = vec4<f32>(0.0);
  var acc41: vec4<f32> = vec4<f32>(0.0);
  var acc42: vec4<f32> = vec4<f32>(0.0);
  var acc43: vec4<f32> = vec4<f32>(0.0);
  let ra44 = row0 * 25u;
  let ra45 = row1 * 25u;
  let ra46 = row2 * 25u;
  let ra47 = row3 * 25u;
  let ra48 = row4 * 25u;
  let ra49 = row5 * 25u;
  let ra50 = row6 * 25u;
  let ra51 = row7 * 25u;
  let cb52 = col8 * 25u;
  let cb53 = col9 * 25u;
  let cb54 = col10 * 25u;
  let cb55 = col11 * 25u;
  let cb56 = col12 * 25u;
  let cb57 = col13 * 25u;
  let cb58 = col14 * 25u;
  let cb59 = col15 * 25u;
  let cb60 = col16 * 25u;
  let cb61 = col17 * 25u;
  let cb62 = col18 * 25u;
  let cb63 = col19 * 25u;
  for (var k: u32 = 0u; k < 25u; k = k + 1u) {
    let av64 = tmp14_v4[ra44 + k];
    let av65 = tmp14_v4[ra45 + k];
    let av66 = tmp14_v4[ra46 + k];
    let av67 = tmp14_v4[ra47 + k];
    let av68 = tmp14_v4[ra48 + k];
    let av69 = tmp14_v4[ra49 + k];
    let av70 = tmp14_v4[ra50 + k];
    let av71 = tmp14_v4[ra51 + k];
    let bc72 = s_hidden2_dense_kernel_v4[cb52 + k];
    let bc73 = s_hidden2_dense_kernel_v4[cb53 + k];
    let bc74 = s_hidden2_dense_kernel_v4[cb54 + k];
    let bc75 = s_hidden2_dense_kernel_v4[cb55 + k];
    let bc76 = s_hidden2_dense_kernel_v4[cb56 + k];
    let bc77 = s_hidden2_dense_kernel_v4[cb57 + k];
    let bc78 = s_hidden2_dense_kernel_v4[cb58 + k];
    let bc79 = s_hidden2_dense_kernel_v4[cb59 + k];
    let bc80 = s_hidden2_dense_kernel_v4[cb60 + k];
    let bc81 = s_hidden2_dense_kernel_v4[cb61 + k];
    let bc82 = s_hidden2_dense_kernel_v4[cb62 + k];
    let bc83 = s_hidden2_dense_kernel_v4[cb63 + k];
    let kq84 = k * 4u + 0u;
    let bv85 = vec4<f32>(bc72.x, bc73.x, bc74.x, bc75.x);
    let bv86 = vec4<f32>(bc76.x, bc77.x, bc78.x, bc79.x);
    let bv87 = vec4<f32>(bc80.x, bc81.x, bc82.x, bc83.x);
    let kq88 = k * 4u + 1u;
    let bv89 = vec4<f32>(bc72.y, bc73.y, bc74.y, bc75.y);
    let bv90 = vec4<f32>(bc76.y, bc77.y, bc78.y, bc79.y);
    let bv91 = vec4<f32>(bc80.y, bc81.y, bc82.y, bc83.y);
    let kq92 = k * 4u + 2u;
    let bv93 = vec4<f32>(bc72.z, bc73.z, bc74.z, bc75.z);
    let bv94 = vec4<f32>(bc76.z, bc77.z, bc78.z, bc79.z);
    let bv95 = vec4<f32>(bc80.z, bc81.z, bc82.z, bc83.z);
    let kq96 = k * 4u + 3u;
    let bv97 = vec4<f32>(bc72.w, bc73.w, bc74.w, bc75.w);
    let bv98 = vec4<f32>(bc76.w, bc77.w, bc78.w, bc79.w);
    let bv99 = vec4<f32>(bc80.w, bc81.w, bc82.w, bc83.w);
    acc20 = acc20 + av64.x * bv85;
    acc20 = acc20 + av64.y * bv89;
    acc20 = acc20 + av64.z * bv93;
    acc20 = acc20 + av64.w * bv97;
    acc21 = acc21 + av64.x * bv86;
    acc21 = acc21 + av64.y * bv90;
    acc21 = acc21 + av64.z * bv94;
    acc21 = acc21 + av64.w * bv98;
    acc22 = acc22 + av64.x * bv87;
    acc22 = acc22 + av64.y * bv91;
    acc22 = acc22 + av64.z * bv95;
    acc22 = acc22 + av64.w * bv99;
    acc23 = acc23 + av65.x * bv85;
    acc23 = acc23 + av65.y * bv89;
    acc23 = acc23 + av65.z * bv93;
    acc23 = acc23 + av65.w * bv97;
    acc24 = acc24 + av65.x * bv86;
    acc24 = acc24 + av65.y * bv90;
    acc24 = acc24 + av65.z * bv94;
    acc24 = acc24 + av65.w * bv98;
    acc25 = acc25 + av65.x * bv87;
    acc25 = acc25 + av65.y * bv91;
    acc25 = acc25 + av65.z * bv95;
    acc25 = acc25 + av65.w * bv99;
    acc26 = acc26 + av66.x * bv85;
    acc26 = acc26 + av66.y * bv89;
    acc26 = acc26 + av66.z * bv93;
    acc26 = acc26 + av66.w * bv97;
    acc27 = acc27 + av66.x * bv86;
    acc27 = acc27 + av66.y * bv90;
    acc27 = acc27 + av66.z * bv94;
    acc27 = acc27 + av66.w * bv98;
    acc28 = acc28 + av66.x * bv87;
    acc28 = acc28 + av66.y * bv91;
    acc28 = acc28 + av66.z * bv95;
    acc28 = acc28 + av66.w * bv99;
    acc29 = acc29 + av67.x * bv85;
    acc29 = acc29 + av67.y * bv89;
    acc29 = acc29 + av67.z * bv93;
    acc29 = acc29 + av67.w * bv97;
    acc30 = acc30 + av67.x * bv86;
    acc30 = acc30 + av67.y * bv90;
    acc30 = acc30 + av67.z * bv94;
    acc30 = acc30 + av67.w * bv98;
    acc31 = acc31 + av67.x * bv87;
    acc31 = acc31 + av67.y * bv91;
    acc31 = acc31 + av67.z * bv95;
    acc31 = acc31 + av67.w * bv99;
    acc32 = acc32 + av68.x * bv85;
    acc32 = acc32 + av68.y * bv89;
    acc32 = acc32 + av68.z * bv93;
    acc32 = acc32 + av68.w * bv97;
    acc33 = acc33 + av68.x * bv86;
    acc33 = acc33 + av68.y * bv90;
    acc33 = acc33 + av68.z * bv94;
    acc33 = acc33 + av68.w * bv98;
    acc34 = acc34 + av68.x * bv87;
    acc34 = acc34 + av68.y * bv91;
    acc34 = acc34 + av68.z * bv95;
    acc34 = acc34 + av68.w * bv99;
    acc35 = acc35 + av69.x * bv85;
    acc35 = acc35 + av69.y * bv89;
    acc35 = acc35 + av69.z * bv93;
    acc35 = acc35 + av69.w * bv97;
    acc36 = acc36 + av69.x * bv86;
    acc36 = acc36 + av69.y * bv90;
    acc36 = acc36 + av69.z * bv94;
    acc36 = acc36 + av69.w * bv98;
    acc37 = acc37 + av69.x * bv87;
    acc37 = acc37 + av69.y * bv91;
    acc37 = acc37 + av69.z * bv95;
    acc37 = acc37 + av69.w * bv99;
    acc38 = acc38 + av70.x * bv85;
    acc38 = acc38 + av70.y * bv89;
    acc38 = acc38 + av70.z * bv93;
    acc38 = acc38 + av70.w * bv97;
    acc39 = acc39 + av70.x * bv86;
    acc39 = acc39 + av70.y * bv90;
    acc39 = acc39 + av70.z * bv94;
    acc39 = acc39 + av70.w * bv98;
    acc40 = acc40 + av70.x * bv87;
    acc40 = acc40 + av70.y * bv91;
    acc40 = acc40 + av70.z * bv95;
    acc40 = acc40 + av70.w * bv99;
    acc41 = acc41 + av71.x * bv85;
    acc41 = acc41 + av71.y * bv89;
    acc41 = acc41 + av71.z * bv93;
    acc41 = acc41 + av71.w * bv97;
    acc42 = acc42 + av71.x * bv86;
    acc42 = acc42 + av71.y * bv90;
    acc42 = acc42 + av71.z * bv94;
    acc42 = acc42 + av71.w * bv98;
    acc43 = acc43 + av71.x * bv87;
    acc43 = acc43 + av71.y * bv91;
    acc43 = acc43 + av71.z * bv95;
    acc43 = acc43 + av71.w * bv99;
  }
  {
    let l100 = i0 * 300u + j0;
    let v101 = acc20.x;
    let v102 = tmp0[l100];
    let v103 = tmp1[j0];
    let v104 = (v102 - v103);
    let v105 = tmp2[j0];
    let v106 = (v105 + 0.001);
    let v107 = inverseSqrt(v106);
    let v108 = (v104 * v107);
    let v109 = s_hidden1_batch_norm_gamma[j0];
    let v110 = (v108 * v109);
    let v111 = s_hidden1_batch_norm_beta[j0];
    let v112 = (v110 + v111);
    let v113 = select(0.0, 1.0, v112 > 0.0);
    let v114 = select(0.0, v101, v113 != 0.0);
    let v115 = select(v101, 0.0, v113 != 0.0);
    let v116 = min(v112, 0.0);
    let v117 = exp(v116);
    let v118 = (v115 * v117);
    let v119 = select(0.0, 1.0, v112 <= 0.0);
    let v120 = (v118 * v119);
    let v121 = (v114 + v120);
    tmp15[l100] = v121;
  }
  {
    let j122 = j0 + 1u;
    let l123 = i0 * 300u + j122;
    let v124 = acc20.y;
    let v125 = tmp0[l123];
    let v126 = tmp1[j122];
    let v127 = (v125 - v126);
    let v128 = tmp2[j122];
    let v129 = (v128 + 0.001);
    let v130 = inverseSqrt(v129);
    let v131 = (v127 * v130);
    let v132 = s_hidden1_batch_norm_gamma[j122];
    let v133 = (v131 * v132);
    let v134 = s_hidden1_batch_norm_beta[j122];
    let v135 = (v133 + v134);
    let v136 = select(0.0, 1.0, v135 > 0.0);
    let v137 = select(0.0, v124, v136 != 0.0);
    let v138 = select(v124, 0.0, v136 != 0.0);
    let v139 = min(v135, 0.0);
    let v140 = exp(v139);
    let v141 = (v138 * v140);
    let v142 = select(0.0, 1.0, v135 <= 0.0);
    let v143 = (v141 * v142);
    let v144 = (v137 + v143);
    tmp15[l123] = v144;
  }
  {
    let j145 = j0 + 2u;
    let l146 = i0 * 300u + j145;
    let v147 = acc20.z;
    let v148 = tmp0[l146];
    let v149 = tmp1[j145];
    let v150 = (v148 - v149);
    let v151 = tmp2[j145];
    let v152 = (v151 + 0.001);
    let v153 = inverseSqrt(v152);
    let v154 = (v150 * v153);
    let v155 = s_hidden1_batch_norm_gamma[j145];
    let v156 = (v154 * v155);
    let v157 = s_hidden1_batch_norm_beta[j145];
    let v158 = (v156 + v157);
    let v159 = select(0.0, 1.0, v158 > 0.0);
    let v160 = select(0.0, v147, v159 != 0.0);
    let v161 = select(v147, 0.0, v159 != 0.0);
    let v162 = min(v158, 0.0);
    let v163 = exp(v162);
    let v164 = (v161 * v163);
    let v165 = select(0.0, 1.0, v158 <= 0.0);
    let v166 = (v164 * v165);
    let v167 = (v160 + v166);
    tmp15[l146] = v167;
  }
  {
    let j168 = j0 + 3u;
    let l169 = i0 * 300u + j168;
    let v170 = acc20.w;
    let v171 = tmp0[l169];
    let v172 = tmp1[j168];
    let v173 = (v171 - v172);
    let v174 = tmp2[j168];
    let v175 = (v174 + 0.001);
    let v176 = inverseSqrt(v175);
    let v177 = (v173 * v176);
    let v178 = s_hidden1_batch_norm_gamma[j168];
    let v179 = (v177 * v178);
    let v180 = s_hidden1_batch_norm_beta[j168];
    let v181 = (v179 + v180);
    let v182 = select(0.0, 1.0, v181 > 0.0);
    let v183 = select(0.0, v170, v182 != 0.0);
    let v184 = select(v170, 0.0, v182 != 0.0);
    let v185 = min(v181, 0.0);
    let v186 = exp(v185);
    let v187 = (v184 * v186);
    let v188 = select(0.0, 1.0, v181 <= 0.0);
    let v189 = (v187 * v188);
    let v190 = (v183 + v189);
    tmp15[l169] = v190;
  }
  {
    let j191 = j0 + 4u;
    let l192 = i0 * 300u + j191;
    let v193 = acc21.x;
    let v194 = tmp0[l192];
    let v195 = tmp1[j191];
    let v196 = (v194 - v195);
    let v197 = tmp2[j191];
    let v198 = (v197 + 0.001);
    let v199 = inverseSqrt(v198);
    let v200 = (v196 * v199);
    let v201 = s_hidden1_batch_norm_gamma[j191];
    let v202 = (v200 * v201);
    let v203 = s_hidden1_batch_norm_beta[j191];
    let v204 = (v202 + v203);
    let v205 = select(0.0, 1.0, v204 > 0.0);
    let v206 = select(0.0, v193, v205 != 0.0);
    let v207 = select(v193, 0.0, v205 != 0.0);
    let v208 = min(v204, 0.0);
    let v209 = exp(v208);
    let v210 = (v207 * v209);
    let v211 = select(0.0, 1.0, v204 <= 0.0);
    let v212 = (v210 * v211);
    let v213 = (v206 + v212);
    tmp15[l192] = v213;
  }
  {
    let j214 = j0 + 5u;
    let l215 = i0 * 300u + j214;
    let v216 = acc21.y;
    let v217 = tmp0[l215];
    let v218 = tmp1[j214];
    let v219 = (v217 - v218);
    let v220 = tmp2[j214];
    let v221 = (v220 + 0.001);
    let v222 = inverseSqrt(v221);
    let v223 = (v219 * v222);
    let v224 = s_hidden1_batch_norm_gamma[j214];
    let v225 = (v223 * v224);
    let v226 = s_hidden1_batch_norm_beta[j214];
    let v227 = (v225 + v226);
    let v228 = select(0.0, 1.0, v227 > 0.0);
    let v229 = select(0.0, v216, v228 != 0.0);
    let v230 = select(v216, 0.0, v228 != 0.0);
    let v231 = min(v227, 0.0);
    let v232 = exp(v231);
    let v233 = (v230 * v232);
    let v234 = select(0.0, 1.0, v227 <= 0.0);
    let v235 = (v233 * v234);
    let v236 = (v229 + v235);
    tmp15[l215] = v236;
  }
  {
    let j237 = j0 + 6u;
    let l238 = i0 * 300u + j237;
    let v239 = acc21.z;
    let v240 = tmp0[l238];
    let v241 = tmp1[j237];
    let v242 = (v240 - v241);
    let v243 = tmp2[j237];
    let v244 = (v243 + 0.001);
    let v245 = inverseSqrt(v244);
    let v246 = (v242 * v245);
    let v247 = s_hidden1_batch_norm_gamma[j237];
    let v248 = (v246 * v247);
    let v249 = s_hidden1_batch_norm_beta[j237];
    let v250 = (v248 + v249);
    let v251 = select(0.0, 1.0, v250 > 0.0);
    let v252 = select(0.0, v239, v251 != 0.0);
    let v253 = select(v239, 0.0, v251 != 0.0);
    let v254 = min(v250, 0.0);
    let v255 = exp(v254);
    let v256 = (v253 * v255);
    let v257 = select(0.0, 1.0, v250 <= 0.0);
    let v258 = (v256 * v257);
    let v259 = (v252 + v258);
    tmp15[l238] = v259;
  }
  {
    let j260 = j0 + 7u;
    let l261 = i0 * 300u + j260;
    let v262 = acc21.w;
    let v263 = tmp0[l261];
    let v264 = tmp1[j260];
    let v265 = (v263 - v264);
    let v266 = tmp2[j260];
    let v267 = (v266 + 0.001);
    let v268 = inverseSqrt(v267);
    let v269 = (v265 * v268);
    let v270 = s_hidden1_batch_norm_gamma[j260];
    let v271 = (v269 * v270);
    let v272 = s_hidden1_batch_norm_beta[j260];
    let v273 = (v271 + v272);
    let v274 = select(0.0, 1.0, v273 > 0.0);
    let v275 = select(0.0, v262, v274 != 0.0);
    let v276 = select(v262, 0.0, v274 != 0.0);
    let v277 = min(v273, 0.0);
    let v278 = exp(v277);
    let v279 = (v276 * v278);
    let v280 = select(0.0, 1.0, v273 <= 0.0);
    let v281 = (v279 * v280);
    let v282 = (v275 + v281);
    tmp15[l261] = v282;
  }
  {
    let j283 = j0 + 8u;
    let l284 = i0 * 300u + j283;
    let v285 = acc22.x;
    let v286 = tmp0[l284];
    let v287 = tmp1[j283];
    let v288 = (v286 - v287);
    let v289 = tmp2[j283];
    let v290 = (v289 + 0.001);
    let v291 = inverseSqrt(v290);
    let v292 = (v288 * v291);
    let v293 = s_hidden1_batch_norm_gamma[j283];
    let v294 = (v292 * v293);
    let v295 = s_hidden1_batch_norm_beta[j283];
    let v296 = (v294 + v295);
    let v297 = select(0.0, 1.0, v296 > 0.0);
    let v298 = select(0.0, v285, v297 != 0.0);
    let v299 = select(v285, 0.0, v297 != 0.0);
    let v300 = min(v296, 0.0);
    let v301 = exp(v300);
    let v302 = (v299 * v301);
    let v303 = select(0.0, 1.0, v296 <= 0.0);
    let v304 = (v302 * v303);
    let v305 = (v298 + v304);
    tmp15[l284] = v305;
  }
  {
    let j306 = j0 + 9u;
    let l307 = i0 * 300u + j306;
    let v308 = acc22.y;
    let v309 = tmp0[l307];
    let v310 = tmp1[j306];
    let v311 = (v309 - v310);
    let v312 = tmp2[j306];
    let v313 = (v312 + 0.001);
    let v314 = inverseSqrt(v313);
    let v315 = (v311 * v314);
    let v316 = s_hidden1_batch_norm_gamma[j306];
    let v317 = (v315 * v316);
    let v318 = s_hidden1_batch_norm_beta[j306];
    let v319 = (v317 + v318);
    let v320 = select(0.0, 1.0, v319 > 0.0);
    let v321 = select(0.0, v308, v320 != 0.0);
    let v322 = select(v308, 0.0, v320 != 0.0);
    let v323 = min(v319, 0.0);
    let v324 = exp(v323);
    let v325 = (v322 * v324);
    let v326 = select(0.0, 1.0, v319 <= 0.0);
    let v327 = (v325 * v326);
    let v328 = (v321 + v327);
    tmp15[l307] = v328;
  }
  {
    let j329 = j0 + 10u;
    let l330 = i0 * 300u + j329;
    let v331 = acc22.z;
    let v332 = tmp0[l330];
    let v333 = tmp1[j329];
    let v334 = (v332 - v333);
    let v335 = tmp2[j329];
    let v336 = (v335 + 0.001);
    let v337 = inverseSqrt(v336);
    let v338 = (v334 * v337);
    let v339 = s_hidden1_batch_norm_gamma[j329];
    let v340 = (v338 * v339);
    let v341 = s_hidden1_batch_norm_beta[j329];
    let v342 = (v340 + v341);
    let v343 = select(0.0, 1.0, v342 > 0.0);
    let v344 = select(0.0, v331, v343 != 0.0);
    let v345 = select(v331, 0.0, v343 != 0.0);
    let v346 = min(v342, 0.0);
    let v347 = exp(v346);
    let v348 = (v345 * v347);
    let v349 = select(0.0, 1.0, v342 <= 0.0);
    let v350 = (v348 * v349);
    let v351 = (v344 + v350);
    tmp15[l330] = v351;
  }
  {
    let j352 = j0 + 11u;
    let l353 = i0 * 300u + j352;
    let v354 = acc22.w;
    let v355 = tmp0[l353];
    let v356 = tmp1[j352];
    let v357 = (v355 - v356);
    let v358 = tmp2[j352];
    let v359 = (v358 + 0.001);
    let v360 = inverseSqrt(v359);
    let v361 = (v357 * v360);
    let v362 = s_hidden1_batch_norm_gamma[j352];
    let v363 = (v361 * v362);
    let v364 = s_hidden1_batch_norm_beta[j352];
    let v365 = (v363 + v364);
    let v366 = select(0.0, 1.0, v365 > 0.0);
    let v367 = select(0.0, v354, v366 != 0.0);
    let v368 = select(v354, 0.0, v366 != 0.0);
    let v369 = min(v365, 0.0);
    let v370 = exp(v369);
    let v371 = (v368 * v370);
    let v372 = select(0.0, 1.0, v365 <= 0.0);
    let v373 = (v371 * v372);
    let v374 = (v367 + v373);
    tmp15[l353] = v374;
  }
  {
    let i375 = i0 + 1u;
    let l376 = i375 * 300u + j0;
    let v377 = acc23.x;
    let v378 = tmp0[l376];
    let v379 = tmp1[j0];
    let v380 = (v378 - v379);
    let v381 = tmp2[j0];
    let v382 = (v381 + 0.001);
    let v383 = inverseSqrt(v382);
    let v384 = (v380 * v383);
    let v385 = s_hidden1_batch_norm_gamma[j0];
    let v386 = (v384 * v385);
    let v387 = s_hidden1_batch_norm_beta[j0];
    let v388 = (v386 + v387);
    let v389 = select(0.0, 1.0, v388 > 0.0);
    let v390 = select(0.0, v377, v389 != 0.0);
    let v391 = select(v377, 0.0, v389 != 0.0);
    let v392 = min(v388, 0.0);
    let v393 = exp(v392);
    let v394 = (v391 * v393);
    let v395 = select(0.0, 1.0, v388 <= 0.0);
    let v396 = (v394 * v395);
    let v397 = (v390 + v396);
    tmp15[l376] = v397;
  }
  {
    let i398 = i0 + 1u;
    let j399 = j0 + 1u;
    let l400 = i398 * 300u + j399;
    let v401 = acc23.y;
    let v402 = tmp0[l400];
    let v403 = tmp1[j399];
    let v404 = (v402 - v403);
    let v405 = tmp2[j399];
    let v406 = (v405 + 0.001);
    let v407 = inverseSqrt(v406);
    let v408 = (v404 * v407);
    let v409 = s_hidden1_batch_norm_gamma[j399];
    let v410 = (v408 * v409);
    let v411 = s_hidden1_batch_norm_beta[j399];
    let v412 = (v410 + v411);
    let v413 = select(0.0, 1.0, v412 > 0.0);
    let v414 = select(0.0, v401, v413 != 0.0);
    let v415 = select(v401, 0.0, v413 != 0.0);
    let v416 = min(v412, 0.0);
    let v417 = exp(v416);
    let v418 = (v415 * v417);
    let v419 = select(0.0, 1.0, v412 <= 0.0);
    let v420 = (v418 * v419);
    let v421 = (v414 + v420);
    tmp15[l400] = v421;
  }
  {
    let i422 = i0 + 1u;
    let j423 = j0 + 2u;
    let l424 = i422 * 300u + j423;
    let v425 = acc23.z;
    let v426 = tmp0[l424];
    let v427 = tmp1[j423];
    let v428 = (v426 - v427);
    let v429 = tmp2[j423];
    let v430 = (v429 + 0.001);
    let v431 = inverseSqrt(v430);
    let v432 = (v428 * v431);
    let v433 = s_hidden1_batch_norm_gamma[j423];
    let v434 = (v432 * v433);
    let v435 = s_hidden1_batch_norm_beta[j423];
    let v436 = (v434 + v435);
    let v437 = select(0.0, 1.0, v436 > 0.0);
    let v438 = select(0.0, v425, v437 != 0.0);
    let v439 = select(v425, 0.0, v437 != 0.0);
    let v440 = min(v436, 0.0);
    let v441 = exp(v440);
    let v442 = (v439 * v441);
    let v443 = select(0.0, 1.0, v436 <= 0.0);
    let v444 = (v442 * v443);
    let v445 = (v438 + v444);
    tmp15[l424] = v445;
  }
  {
    let i446 = i0 + 1u;
    let j447 = j0 + 3u;
    let l448 = i446 * 300u + j447;
    let v449 = acc23.w;
    let v450 = tmp0[l448];
    let v451 = tmp1[j447];
    let v452 = (v450 - v451);
    let v453 = tmp2[j447];
    let v454 = (v453 + 0.001);
    let v455 = inverseSqrt(v454);
    let v456 = (v452 * v455);
    let v457 = s_hidden1_batch_norm_gamma[j447];
    let v458 = (v456 * v457);
    let v459 = s_hidden1_batch_norm_beta[j447];
    let v460 = (v458 + v459);
    let v461 = select(0.0, 1.0, v460 > 0.0);
    let v462 = select(0.0, v449, v461 != 0.0);
    let v463 = select(v449, 0.0, v461 != 0.0);
    let v464 = min(v460, 0.0);
    let v465 = exp(v464);
    let v466 = (v463 * v465);
    let v467 = select(0.0, 1.0, v460 <= 0.0);
    let v468 = (v466 * v467);
    let v469 = (v462 + v468);
    tmp15[l448] = v469;
  }
  {
    let i470 = i0 + 1u;
    let j471 = j0 + 4u;
    let l472 = i470 * 300u + j471;
    let v473 = acc24.x;
    let v474 = tmp0[l472];
    let v475 = tmp1[j471];
    let v476 = (v474 - v475);
    let v477 = tmp2[j471];
    let v478 = (v477 + 0.001);
    let v479 = inverseSqrt(v478);
    let v480 = (v476 * v479);
    let v481 = s_hidden1_batch_norm_gamma[j471];
    let v482 = (v480 * v481);
    let v483 = s_hidden1_batch_norm_beta[j471];
    let v484 = (v482 + v483);
    let v485 = select(0.0, 1.0, v484 > 0.0);
    let v486 = select(0.0, v473, v485 != 0.0);
    let v487 = select(v473, 0.0, v485 != 0.0);
    let v488 = min(v484, 0.0);
    let v489 = exp(v488);
    let v490 = (v487 * v489);
    let v491 = select(0.0, 1.0, v484 <= 0.0);
    let v492 = (v490 * v491);
    let v493 = (v486 + v492);
    tmp15[l472] = v493;
  }
  {
    let i494 = i0 + 1u;
    let j495 = j0 + 5u;
    let l496 = i494 * 300u + j495;
    let v497 = acc24.y;
    let v498 = tmp0[l496];
    let v499 = tmp1[j495];
    let v500 = (v498 - v499);
    let v501 = tmp2[j495];
    let v502 = (v501 + 0.001);
    let v503 = inverseSqrt(v502);
    let v504 = (v500 * v503);
    let v505 = s_hidden1_batch_norm_gamma[j495];
    let v506 = (v504 * v505);
    let v507 = s_hidden1_batch_norm_beta[j495];
    let v508 = (v506 + v507);
    let v509 = select(0.0, 1.0, v508 > 0.0);
    let v510 = select(0.0, v497, v509 != 0.0);
    let v511 = select(v497, 0.0, v509 != 0.0);
    let v512 = min(v508, 0.0);
    let v513 = exp(v512);
    let v514 = (v511 * v513);
    let v515 = select(0.0, 1.0, v508 <= 0.0);
    let v516 = (v514 * v515);
    let v517 = (v510 + v516);
    tmp15[l496] = v517;
  }
  {
    let i518 = i0 + 1u;
    let j519 = j0 + 6u;
    let l520 = i518 * 300u + j519;
    let v521 = acc24.z;
    let v522 = tmp0[l520];
    let v523 = tmp1[j519];
    let v524 = (v522 - v523);
    let v525 = tmp2[j519];
    let v526 = (v525 + 0.001);
    let v527 = inverseSqrt(v526);
    let v528 = (v524 * v527);
    let v529 = s_hidden1_batch_norm_gamma[j519];
    let v530 = (v528 * v529);
    let v531 = s_hidden1_batch_norm_beta[j519];
    let v532 = (v530 + v531);
    let v533 = select(0.0, 1.0, v532 > 0.0);
    let v534 = select(0.0, v521, v533 != 0.0);
    let v535 = select(v521, 0.0, v533 != 0.0);
    let v536 = min(v532, 0.0);
    let v537 = exp(v536);
    let v538 = (v535 * v537);
    let v539 = select(0.0, 1.0, v532 <= 0.0);
    let v540 = (v538 * v539);
    let v541 = (v534 + v540);
    tmp15[l520] = v541;
  }
  {
    let i542 = i0 + 1u;
    let j543 = j0 + 7u;
    let l544 = i542 * 300u + j543;
    let v545 = acc24.w;
    let v546 = tmp0[l544];
    let v547 = tmp1[j543];
    let v548 = (v546 - v547);
    let v549 = tmp2[j543];
    let v550 = (v549 + 0.001);
    let v551 = inverseSqrt(v550);
    let v552 = (v548 * v551);
    let v553 = s_hidden1_batch_norm_gamma[j543];
    let v554 = (v552 * v553);
    let v555 = s_hidden1_batch_norm_beta[j543];
    let v556 = (v554 + v555);
    let v557 = select(0.0, 1.0, v556 > 0.0);
    let v558 = select(0.0, v545, v557 != 0.0);
    let v559 = select(v545, 0.0, v557 != 0.0);
    let v560 = min(v556, 0.0);
    let v561 = exp(v560);
    let v562 = (v559 * v561);
    let v563 = select(0.0, 1.0, v556 <= 0.0);
    let v564 = (v562 * v563);
    let v565 = (v558 + v564);
    tmp15[l544] = v565;
  }
  {
    let i566 = i0 + 1u;
    let j567 = j0 + 8u;
    let l568 = i566 * 300u + j567;
    let v569 = acc25.x;
    let v570 = tmp0[l568];
    let v571 = tmp1[j567];
    let v572 = (v570 - v571);
    let v573 = tmp2[j567];
    let v574 = (v573 + 0.001);
    let v575 = inverseSqrt(v574);
    let v576 = (v572 * v575);
    let v577 = s_hidden1_batch_norm_gamma[j567];
    let v578 = (v576 * v577);
    let v579 = s_hidden1_batch_norm_beta[j567];
    let v580 = (v578 + v579);
    let v581 = select(0.0, 1.0, v580 > 0.0);
    let v582 = select(0.0, v569, v581 != 0.0);
    let v583 = select(v569, 0.0, v581 != 0.0);
    let v584 = min(v580, 0.0);
    let v585 = exp(v584);
    let v586 = (v583 * v585);
    let v587 = select(0.0, 1.0, v580 <= 0.0);
    let v588 = (v586 * v587);
    let v589 = (v582 + v588);
    tmp15[l568] = v589;
  }
  {
    let i590 = i0 + 1u;
    let j591 = j0 + 9u;
    let l592 = i590 * 300u + j591;
    let v593 = acc25.y;
    let v594 = tmp0[l592];
    let v595 = tmp1[j591];
    let v596 = (v594 - v595);
    let v597 = tmp2[j591];
    let v598 = (v597 + 0.001);
    let v599 = inverseSqrt(v598);
    let v600 = (v596 * v599);
    let v601 = s_hidden1_batch_norm_gamma[j591];
    let v602 = (v600 * v601);
    let v603 = s_hidden1_batch_norm_beta[j591];
    let v604 = (v602 + v603);
    let v605 = select(0.0, 1.0, v604 > 0.0);
    let v606 = select(0.0, v593, v605 != 0.0);
    let v607 = select(v593, 0.0, v605 != 0.0);
    let v608 = min(v604, 0.0);
    let v609 = exp(v608);
    let v610 = (v607 * v609);
    let v611 = select(0.0, 1.0, v604 <= 0.0);
    let v612 = (v610 * v611);
    let v613 = (v606 + v612);
    tmp15[l592] = v613;
  }
  {
    let i614 = i0 + 1u;
    let j615 = j0 + 10u;
    let l616 = i614 * 300u + j615;
    let v617 = acc25.z;
    let v618 = tmp0[l616];
    let v619 = tmp1[j615];
    let v620 = (v618 - v619);
    let v621 = tmp2[j615];
    let v622 = (v621 + 0.001);
    let v623 = inverseSqrt(v622);
    let v624 = (v620 * v623);
    let v625 = s_hidden1_batch_norm_gamma[j615];
    let v626 = (v624 * v625);
    let v627 = s_hidden1_batch_norm_beta[j615];
    let v628 = (v626 + v627);
    let v629 = select(0.0, 1.0, v628 > 0.0);
    let v630 = select(0.0, v617, v629 != 0.0);
    let v631 = select(v617, 0.0, v629 != 0.0);
    let v632 = min(v628, 0.0);
    let v633 = exp(v632);
    let v634 = (v631 * v633);
    let v635 = select(0.0, 1.0, v628 <= 0.0);
    let v636 = (v634 * v635);
    let v637 = (v630 + v636);
    tmp15[l616] = v637;
  }
  {
    let i638 = i0 + 1u;
    let j639 = j0 + 11u;
    let l640 = i638 * 300u + j639;
    let v641 = acc25.w;
    let v642 = tmp0[l640];
    let v643 = tmp1[j639];
    let v644 = (v642 - v643);
    let v645 = tmp2[j639];
    let v646 = (v645 + 0.001);
    let v647 = inverseSqrt(v646);
    let v648 = (v644 * v647);
    let v649 = s_hidden1_batch_norm_gamma[j639];
    let v650 = (v648 * v649);
    let v651 = s_hidden1_batch_norm_beta[j639];
    let v652 = (v650 + v651);
    let v653 = select(0.0, 1.0, v652 > 0.0);
    let v654 = select(0.0, v641, v653 != 0.0);
    let v655 = select(v641, 0.0, v653 != 0.0);
    let v656 = min(v652, 0.0);
    let v657 = exp(v656);
    let v658 = (v655 * v657);
    let v659 = select(0.0, 1.0, v652 <= 0.0);
    let v660 = (v658 * v659);
    let v661 = (v654 + v660);
    tmp15[l640] = v661;
  }
  {
    let i662 = i0 + 2u;
    let l663 = i662 * 300u + j0;
    let v664 = acc26.x;
    let v665 = tmp0[l663];
    let v666 = tmp1[j0];
    let v667 = (v665 - v666);
    let v668 = tmp2[j0];
    let v669 = (v668 + 0.001);
    let v670 = inverseSqrt(v669);
    let v671 = (v667 * v670);
    let v672 = s_hidden1_batch_norm_gamma[j0];
    let v673 = (v671 * v672);
    let v674 = s_hidden1_batch_norm_beta[j0];
    let v675 = (v673 + v674);
    let v676 = select(0.0, 1.0, v675 > 0.0);
    let v677 = select(0.0, v664, v676 != 0.0);
    let v678 = select(v664, 0.0, v676 != 0.0);
    let v679 = min(v675, 0.0);
    let v680 = exp(v679);
    let v681 = (v678 * v680);
    let v682 = select(0.0, 1.0, v675 <= 0.0);
    let v683 = (v681 * v682);
    let v684 = (v677 + v683);
    tmp15[l663] = v684;
  }
  {
    let i685 = i0 + 2u;
    let j686 = j0 + 1u;
    let l687 = i685 * 300u + j686;
    let v688 = acc26.y;
    let v689 = tmp0[l687];
    let v690 = tmp1[j686];
    let v691 = (v689 - v690);
    let v692 = tmp2[j686];
    let v693 = (v692 + 0.001);
    let v694 = inverseSqrt(v693);
    let v695 = (v691 * v694);
    let v696 = s_hidden1_batch_norm_gamma[j686];
    let v697 = (v695 * v696);
    let v698 = s_hidden1_batch_norm_beta[j686];
    let v699 = (v697 + v698);
    let v700 = select(0.0, 1.0, v699 > 0.0);
    let v701 = select(0.0, v688, v700 != 0.0);
    let v702 = select(v688, 0.0, v700 != 0.0);
    let v703 = min(v699, 0.0);
    let v704 = exp(v703);
    let v705 = (v702 * v704);
    let v706 = select(0.0, 1.0, v699 <= 0.0);
    let v707 = (v705 * v706);
    let v708 = (v701 + v707);
    tmp15[l687] = v708;
  }
  {
    let i709 = i0 + 2u;
    let j710 = j0 + 2u;
    let l711 = i709 * 300u + j710;
    let v712 = acc26.z;
    let v713 = tmp0[l711];
    let v714 = tmp1[j710];
    let v715 = (v713 - v714);
    let v716 = tmp2[j710];
    let v717 = (v716 + 0.001);
    let v718 = inverseSqrt(v717);
    let v719 = (v715 * v718);
    let v720 = s_hidden1_batch_norm_gamma[j710];
    let v721 = (v719 * v720);
    let v722 = s_hidden1_batch_norm_beta[j710];
    let v723 = (v721 + v722);
    let v724 = select(0.0, 1.0, v723 > 0.0);
    let v725 = select(0.0, v712, v724 != 0.0);
    let v726 = select(v712, 0.0, v724 != 0.0);
    let v727 = min(v723, 0.0);
    let v728 = exp(v727);
    let v729 = (v726 * v728);
    let v730 = select(0.0, 1.0, v723 <= 0.0);
    let v731 = (v729 * v730);
    let v732 = (v725 + v731);
    tmp15[l711] = v732;
  }
  {
    let i733 = i0 + 2u;
    let j734 = j0 + 3u;
    let l735 = i733 * 300u + j734;
    let v736 = acc26.w;
    let v737 = tmp0[l735];
    let v738 = tmp1[j734];
    let v739 = (v737 - v738);
    let v740 = tmp2[j734];
    let v741 = (v740 + 0.001);
    let v742 = inverseSqrt(v741);
    let v743 = (v739 * v742);
    let v744 = s_hidden1_batch_norm_gamma[j734];
    let v745 = (v743 * v744);
    let v746 = s_hidden1_batch_norm_beta[j734];
    let v747 = (v745 + v746);
    let v748 = select(0.0, 1.0, v747 > 0.0);
    let v749 = select(0.0, v736, v748 != 0.0);
    let v750 = select(v736, 0.0, v748 != 0.0);
    let v751 = min(v747, 0.0);
    let v752 = exp(v751);
    let v753 = (v750 * v752);
    let v754 = select(0.0, 1.0, v747 <= 0.0);
    let v755 = (v753 * v754);
    let v756 = (v749 + v755);
    tmp15[l735] = v756;
  }
  {
    let i757 = i0 + 2u;
    let j758 = j0 + 4u;
    let l759 = i757 * 300u + j758;
    let v760 = acc27.x;
    let v761 = tmp0[l759];
    let v762 = tmp1[j758];
    let v763 = (v761 - v762);
    let v764 = tmp2[j758];
    let v765 = (v764 + 0.001);
    let v766 = inverseSqrt(v765);
    let v767 = (v763 * v766);
    let v768 = s_hidden1_batch_norm_gamma[j758];
    let v769 = (v767 * v768);
    let v770 = s_hidden1_batch_norm_beta[j758];
    let v771 = (v769 + v770);
    let v772 = select(0.0, 1.0, v771 > 0.0);
    let v773 = select(0.0, v760, v772 != 0.0);
    let v774 = select(v760, 0.0, v772 != 0.0);
    let v775 = min(v771, 0.0);
    let v776 = exp(v775);
    let v777 = (v774 * v776);
    let v778 = select(0.0, 1.0, v771 <= 0.0);
    let v779 = (v777 * v778);
    let v780 = (v773 + v779);
    tmp15[l759] = v780;
  }
  {
    let i781 = i0 + 2u;
    let j782 = j0 + 5u;
    let l783 = i781 * 300u + j782;
    let v784 = acc27.y;
    let v785 = tmp0[l783];
    let v786 = tmp1[j782];
    let v787 = (v785 - v786);
    let v788 = tmp2[j782];
    let v789 = (v788 + 0.001);
    let v790 = inverseSqrt(v789);
    let v791 = (v787 * v790);
    let v792 = s_hidden1_batch_norm_gamma[j782];
    let v793 = (v791 * v792);
    let v794 = s_hidden1_batch_norm_beta[j782];
    let v795 = (v793 + v794);
    let v796 = select(0.0, 1.0, v795 > 0.0);
    let v797 = select(0.0, v784, v796 != 0.0);
    let v798 = select(v784, 0.0, v796 != 0.0);
    let v799 = min(v795, 0.0);
    let v800 = exp(v799);
    let v801 = (v798 * v800);
    let v802 = select(0.0, 1.0, v795 <= 0.0);
    let v803 = (v801 * v802);
    let v804 = (v797 + v803);
    tmp15[l783] = v804;
  }
  {
    let i805 = i0 + 2u;
    let j806 = j0 + 6u;
    let l807 = i805 * 300u + j806;
    let v808 = acc27.z;
    let v809 = tmp0[l807];
    let v810 = tmp1[j806];
    let v811 = (v809 - v810);
    let v812 = tmp2[j806];
    let v813 = (v812 + 0.001);
    let v814 = inverseSqrt(v813);
    let v815 = (v811 * v814);
    let v816 = s_hidden1_batch_norm_gamma[j806];
    let v817 = (v815 * v816);
    let v818 = s_hidden1_batch_norm_beta[j806];
    let v819 = (v817 + v818);
    let v820 = select(0.0, 1.0, v819 > 0.0);
    let v821 = select(0.0, v808, v820 != 0.0);
    let v822 = select(v808, 0.0, v820 != 0.0);
    let v823 = min(v819, 0.0);
    let v824 = exp(v823);
    let v825 = (v822 * v824);
    let v826 = select(0.0, 1.0, v819 <= 0.0);
    let v827 = (v825 * v826);
    let v828 = (v821 + v827);
    tmp15[l807] = v828;
  }
  {
    let i829 = i0 + 2u;
    let j830 = j0 + 7u;
    let l831 = i829 * 300u + j830;
    let v832 = acc27.w;
    let v833 = tmp0[l831];
    let v834 = tmp1[j830];
    let v835 = (v833 - v834);
    let v836 = tmp2[j830];
    let v837 = (v836 + 0.001);
    let v838 = inverseSqrt(v837);
    let v839 = (v835 * v838);
    let v840 = s_hidden1_batch_norm_gamma[j830];
    let v841 = (v839 * v840);
    let v842 = s_hidden1_batch_norm_beta[j830];
    let v843 = (v841 + v842);
    let v844 = select(0.0, 1.0, v843 > 0.0);
    let v845 = select(0.0, v832, v844 != 0.0);
    let v846 = select(v832, 0.0, v844 != 0.0);
    let v847 = min(v843, 0.0);
    let v848 = exp(v847);
    let v849 = (v846 * v848);
    let v850 = select(0.0, 1.0, v843 <= 0.0);
    let v851 = (v849 * v850);
    let v852 = (v845 + v851);
    tmp15[l831] = v852;
  }
  {
    let i853 = i0 + 2u;
    let j854 = j0 + 8u;
    let l855 = i853 * 300u + j854;
    let v856 = acc28.x;
    let v857 = tmp0[l855];
    let v858 = tmp1[j854];
    let v859 = (v857 - v858);
    let v860 = tmp2[j854];
    let v861 = (v860 + 0.001);
    let v862 = inverseSqrt(v861);
    let v863 = (v859 * v862);
    let v864 = s_hidden1_batch_norm_gamma[j854];
    let v865 = (v863 * v864);
    let v866 = s_hidden1_batch_norm_beta[j854];
    let v867 = (v865 + v866);
    let v868 = select(0.0, 1.0, v867 > 0.0);
    let v869 = select(0.0, v856, v868 != 0.0);
    let v870 = select(v856, 0.0, v868 != 0.0);
    let v871 = min(v867, 0.0);
    let v872 = exp(v871);
    let v873 = (v870 * v872);
    let v874 = select(0.0, 1.0, v867 <= 0.0);
    let v875 = (v873 * v874);
    let v876 = (v869 + v875);
    tmp15[l855] = v876;
  }
  {
    let i877 = i0 + 2u;
    let j878 = j0 + 9u;
    let l879 = i877 * 300u + j878;
    let v880 = acc28.y;
    let v881 = tmp0[l879];
    let v882 = tmp1[j878];
    let v883 = (v881 - v882);
    let v884 = tmp2[j878];
    let v885 = (v884 + 0.001);
    let v886 = inverseSqrt(v885);
    let v887 = (v883 * v886);
    let v888 = s_hidden1_batch_norm_gamma[j878];
    let v889 = (v887 * v888);
    let v890 = s_hidden1_batch_norm_beta[j878];
    let v891 = (v889 + v890);
    let v892 = select(0.0, 1.0, v891 > 0.0);
    let v893 = select(0.0, v880, v892 != 0.0);
    let v894 = select(v880, 0.0, v892 != 0.0);
    let v895 = min(v891, 0.0);
    let v896 = exp(v895);
    let v897 = (v894 * v896);
    let v898 = select(0.0, 1.0, v891 <= 0.0);
    let v899 = (v897 * v898);
    let v900 = (v893 + v899);
    tmp15[l879] = v900;
  }
  {
    let i901 = i0 + 2u;
    let j902 = j0 + 10u;
    let l903 = i901 * 300u + j902;
    let v904 = acc28.z;
    let v905 = tmp0[l903];
    let v906 = tmp1[j902];
    let v907 = (v905 - v906);
    let v908 = tmp2[j902];
    let v909 = (v908 + 0.001);
    let v910 = inverseSqrt(v909);
    let v911 = (v907 * v910);
    let v912 = s_hidden1_batch_norm_gamma[j902];
    let v913 = (v911 * v912);
    let v914 = s_hidden1_batch_norm_beta[j902];
    let v915 = (v913 + v914);
    let v916 = select(0.0, 1.0, v915 > 0.0);
    let v917 = select(0.0, v904, v916 != 0.0);
    let v918 = select(v904, 0.0, v916 != 0.0);
    let v919 = min(v915, 0.0);
    let v920 = exp(v919);
    let v921 = (v918 * v920);
    let v922 = select(0.0, 1.0, v915 <= 0.0);
    let v923 = (v921 * v922);
    let v924 = (v917 + v923);
    tmp15[l903] = v924;
  }
  {
    let i925 = i0 + 2u;
    let j926 = j0 + 11u;
    let l927 = i925 * 300u + j926;
    let v928 = acc28.w;
    let v929 = tmp0[l927];
    let v930 = tmp1[j926];
    let v931 = (v929 - v930);
    let v932 = tmp2[j926];
    let v933 = (v932 + 0.001);
    let v934 = inverseSqrt(v933);
    let v935 = (v931 * v934);
    let v936 = s_hidden1_batch_norm_gamma[j926];
    let v937 = (v935 * v936);
    let v938 = s_hidden1_batch_norm_beta[j926];
    let v939 = (v937 + v938);
    let v940 = select(0.0, 1.0, v939 > 0.0);
    let v941 = select(0.0, v928, v940 != 0.0);
    let v942 = select(v928, 0.0, v940 != 0.0);
    let v943 = min(v939, 0.0);
    let v944 = exp(v943);
    let v945 = (v942 * v944);
    let v946 = select(0.0, 1.0, v939 <= 0.0);
    let v947 = (v945 * v946);
    let v948 = (v941 + v947);
    tmp15[l927] = v948;
  }
  {
    let i949 = i0 + 3u;
    let l950 = i949 * 300u + j0;
    let v951 = acc29.x;
    let v952 = tmp0[l950];
    let v953 = tmp1[j0];
    let v954 = (v952 - v953);
    let v955 = tmp2[j0];
    let v956 = (v955 + 0.001);
    let v957 = inverseSqrt(v956);
    let v958 = (v954 * v957);
    let v959 = s_hidden1_batch_norm_gamma[j0];
    let v960 = (v958 * v959);
    let v961 = s_hidden1_batch_norm_beta[j0];
    let v962 = (v960 + v961);
    let v963 = select(0.0, 1.0, v962 > 0.0);
    let v964 = select(0.0, v951, v963 != 0.0);
    let v965 = select(v951, 0.0, v963 != 0.0);
    let v966 = min(v962, 0.0);
    let v967 = exp(v966);
    let v968 = (v965 * v967);
    let v969 = select(0.0, 1.0, v962 <= 0.0);
    let v970 = (v968 * v969);
    let v971 = (v964 + v970);
    tmp15[l950] = v971;
  }
  {
    let i972 = i0 + 3u;
    let j973 = j0 + 1u;
    let l974 = i972 * 300u + j973;
    let v975 = acc29.y;
    let v976 = tmp0[l974];
    let v977 = tmp1[j973];
    let v978 = (v976 - v977);
    let v979 = tmp2[j973];
    let v980 = (v979 + 0.001);
    let v981 = inverseSqrt(v980);
    let v982 = (v978 * v981);
    let v983 = s_hidden1_batch_norm_gamma[j973];
    let v984 = (v982 * v983);
    let v985 = s_hidden1_batch_norm_beta[j973];
    let v986 = (v984 + v985);
    let v987 = select(0.0, 1.0, v986 > 0.0);
    let v988 = select(0.0, v975, v987 != 0.0);
    let v989 = select(v975, 0.0, v987 != 0.0);
    let v990 = min(v986, 0.0);
    let v991 = exp(v990);
    let v992 = (v989 * v991);
    let v993 = select(0.0, 1.0, v986 <= 0.0);
    let v994 = (v992 * v993);
    let v995 = (v988 + v994);
    tmp15[l974] = v995;
  }
  {
    let i996 = i0 + 3u;
    let j997 = j0 + 2u;
    let l998 = i996 * 300u + j997;
    let v999 = acc29.z;
    let v1000 = tmp0[l998];
    let v1001 = tmp1[j997];
    let v1002 = (v1000 - v1001);
    let v1003 = tmp2[j997];
    let v1004 = (v1003 + 0.001);
    let v1005 = inverseSqrt(v1004);
    let v1006 = (v1002 * v1005);
    let v1007 = s_hidden1_batch_norm_gamma[j997];
    let v1008 = (v1006 * v1007);
    let v1009 = s_hidden1_batch_norm_beta[j997];
    let v1010 = (v1008 + v1009);
    let v1011 = select(0.0, 1.0, v1010 > 0.0);
    let v1012 = select(0.0, v999, v1011 != 0.0);
    let v1013 = select(v999, 0.0, v1011 != 0.0);
    let v1014 = min(v1010, 0.0);
    let v1015 = exp(v1014);
    let v1016 = (v1013 * v1015);
    let v1017 = select(0.0, 1.0, v1010 <= 0.0);
    let v1018 = (v1016 * v1017);
    let v1019 = (v1012 + v1018);
    tmp15[l998] = v1019;
  }
  {
    let i1020 = i0 + 3u;
    let j1021 = j0 + 3u;
    let l1022 = i1020 * 300u + j1021;
    let v1023 = acc29.w;
    let v1024 = tmp0[l1022];
    let v1025 = tmp1[j1021];
    let v1026 = (v1024 - v1025);
    let v1027 = tmp2[j1021];
    let v1028 = (v1027 + 0.001);
    let v1029 = inverseSqrt(v1028);
    let v1030 = (v1026 * v1029);
    let v1031 = s_hidden1_batch_norm_gamma[j1021];
    let v1032 = (v1030 * v1031);
    let v1033 = s_hidden1_batch_norm_beta[j1021];
    let v1034 = (v1032 + v1033);
    let v1035 = select(0.0, 1.0, v1034 > 0.0);
    let v1036 = select(0.0, v1023, v1035 != 0.0);
    let v1037 = select(v1023, 0.0, v1035 != 0.0);
    let v1038 = min(v1034, 0.0);
    let v1039 = exp(v1038);
    let v1040 = (v1037 * v1039);
    let v1041 = select(0.0, 1.0, v1034 <= 0.0);
    let v1042 = (v1040 * v1041);
    let v1043 = (v1036 + v1042);
    tmp15[l1022] = v1043;
  }
  {
    let i1044 = i0 + 3u;
    let j1045 = j0 + 4u;
    let l1046 = i1044 * 300u + j1045;
    let v1047 = acc30.x;
    let v1048 = tmp0[l1046];
    let v1049 = tmp1[j1045];
    let v1050 = (v1048 - v1049);
    let v1051 = tmp2[j1045];
    let v1052 = (v1051 + 0.001);
    let v1053 = inverseSqrt(v1052);
    let v1054 = (v1050 * v1053);
    let v1055 = s_hidden1_batch_norm_gamma[j1045];
    let v1056 = (v1054 * v1055);
    let v1057 = s_hidden1_batch_norm_beta[j1045];
    let v1058 = (v1056 + v1057);
    let v1059 = select(0.0, 1.0, v1058 > 0.0);
    let v1060 = select(0.0, v1047, v1059 != 0.0);
    let v1061 = select(v1047, 0.0, v1059 != 0.0);
    let v1062 = min(v1058, 0.0);
    let v1063 = exp(v1062);
    let v1064 = (v1061 * v1063);
    let v1065 = select(0.0, 1.0, v1058 <= 0.0);
    let v1066 = (v1064 * v1065);
    let v1067 = (v1060 + v1066);
    tmp15[l1046] = v1067;
  }
  {
    let i1068 = i0 + 3u;
    let j1069 = j0 + 5u;
    let l1070 = i1068 * 300u + j1069;
    let v1071 = acc30.y;
    let v1072 = tmp0[l1070];
    let v1073 = tmp1[j1069];
    let v1074 = (v1072 - v1073);
    let v1075 = tmp2[j1069];
    let v1076 = (v1075 + 0.001);
    let v1077 = inverseSqrt(v1076);
    let v1078 = (v1074 * v1077);
    let v1079 = s_hidden1_batch_norm_gamma[j1069];
    let v1080 = (v1078 * v1079);
    let v1081 = s_hidden1_batch_norm_beta[j1069];
    let v1082 = (v1080 + v1081);
    let v1083 = select(0.0, 1.0, v1082 > 0.0);
    let v1084 = select(0.0, v1071, v1083 != 0.0);
    let v1085 = select(v1071, 0.0, v1083 != 0.0);
    let v1086 = min(v1082, 0.0);
    let v1087 = exp(v1086);
    let v1088 = (v1085 * v1087);
    let v1089 = select(0.0, 1.0, v1082 <= 0.0);
    let v1090 = (v1088 * v1089);
    let v1091 = (v1084 + v1090);
    tmp15[l1070] = v1091;
  }
  {
    let i1092 = i0 + 3u;
    let j1093 = j0 + 6u;
    let l1094 = i1092 * 300u + j1093;
    let v1095 = acc30.z;
    let v1096 = tmp0[l1094];
    let v1097 = tmp1[j1093];
    let v1098 = (v1096 - v1097);
    let v1099 = tmp2[j1093];
    let v1100 = (v1099 + 0.001);
    let v1101 = inverseSqrt(v1100);
    let v1102 = (v1098 * v1101);
    let v1103 = s_hidden1_batch_norm_gamma[j1093];
    let v1104 = (v1102 * v1103);
    let v1105 = s_hidden1_batch_norm_beta[j1093];
    let v1106 = (v1104 + v1105);
    let v1107 = select(0.0, 1.0, v1106 > 0.0);
    let v1108 = select(0.0, v1095, v1107 != 0.0);
    let v1109 = select(v1095, 0.0, v1107 != 0.0);
    let v1110 = min(v1106, 0.0);
    let v1111 = exp(v1110);
    let v1112 = (v1109 * v1111);
    let v1113 = select(0.0, 1.0, v1106 <= 0.0);
    let v1114 = (v1112 * v1113);
    let v1115 = (v1108 + v1114);
    tmp15[l1094] = v1115;
  }
  {
    let i1116 = i0 + 3u;
    let j1117 = j0 + 7u;
    let l1118 = i1116 * 300u + j1117;
    let v1119 = acc30.w;
    let v1120 = tmp0[l1118];
    let v1121 = tmp1[j1117];
    let v1122 = (v1120 - v1121);
    let v1123 = tmp2[j1117];
    let v1124 = (v1123 + 0.001);
    let v1125 = inverseSqrt(v1124);
    let v1126 = (v1122 * v1125);
    let v1127 = s_hidden1_batch_norm_gamma[j1117];
    let v1128 = (v1126 * v1127);
    let v1129 = s_hidden1_batch_norm_beta[j1117];
    let v1130 = (v1128 + v1129);
    let v1131 = select(0.0, 1.0, v1130 > 0.0);
    let v1132 = select(0.0, v1119, v1131 != 0.0);
    let v1133 = select(v1119, 0.0, v1131 != 0.0);
    let v1134 = min(v1130, 0.0);
    let v1135 = exp(v1134);
    let v1136 = (v1133 * v1135);
    let v1137 = select(0.0, 1.0, v1130 <= 0.0);
    let v1138 = (v1136 * v1137);
    let v1139 = (v1132 + v1138);
    tmp15[l1118] = v1139;
  }
  {
    let i1140 = i0 + 3u;
    let j1141 = j0 + 8u;
    let l1142 = i1140 * 300u + j1141;
    let v1143 = acc31.x;
    let v1144 = tmp0[l1142];
    let v1145 = tmp1[j1141];
    let v1146 = (v1144 - v1145);
    let v1147 = tmp2[j1141];
    let v1148 = (v1147 + 0.001);
    let v1149 = inverseSqrt(v1148);
    let v1150 = (v1146 * v1149);
    let v1151 = s_hidden1_batch_norm_gamma[j1141];
    let v1152 = (v1150 * v1151);
    let v1153 = s_hidden1_batch_norm_beta[j1141];
    let v1154 = (v1152 + v1153);
    let v1155 = select(0.0, 1.0, v1154 > 0.0);
    let v1156 = select(0.0, v1143, v1155 != 0.0);
    let v1157 = select(v1143, 0.0, v1155 != 0.0);
    let v1158 = min(v1154, 0.0);
    let v1159 = exp(v1158);
    let v1160 = (v1157 * v1159);
    let v1161 = select(0.0, 1.0, v1154 <= 0.0);
    let v1162 = (v1160 * v1161);
    let v1163 = (v1156 + v1162);
    tmp15[l1142] = v1163;
  }
  {
    let i1164 = i0 + 3u;
    let j1165 = j0 + 9u;
    let l1166 = i1164 * 300u + j1165;
    let v1167 = acc31.y;
    let v1168 = tmp0[l1166];
    let v1169 = tmp1[j1165];
    let v1170 = (v1168 - v1169);
    let v1171 = tmp2[j1165];
    let v1172 = (v1171 + 0.001);
    let v1173 = inverseSqrt(v1172);
    let v1174 = (v1170 * v1173);
    let v1175 = s_hidden1_batch_norm_gamma[j1165];
    let v1176 = (v1174 * v1175);
    let v1177 = s_hidden1_batch_norm_beta[j1165];
    let v1178 = (v1176 + v1177);
    let v1179 = select(0.0, 1.0, v1178 > 0.0);
    let v1180 = select(0.0, v1167, v1179 != 0.0);
    let v1181 = select(v1167, 0.0, v1179 != 0.0);
    let v1182 = min(v1178, 0.0);
    let v1183 = exp(v1182);
    let v1184 = (v1181 * v1183);
    let v1185 = select(0.0, 1.0, v1178 <= 0.0);
    let v1186 = (v1184 * v1185);
    let v1187 = (v1180 + v1186);
    tmp15[l1166] = v1187;
  }
  {
    let i1188 = i0 + 3u;
    let j1189 = j0 + 10u;
    let l1190 = i1188 * 300u + j1189;
    let v1191 = acc31.z;
    let v1192 = tmp0[l1190];
    let v1193 = tmp1[j1189];
    let v1194 = (v1192 - v1193);
    let v1195 = tmp2[j1189];
    let v1196 = (v1195 + 0.001);
    let v1197 = inverseSqrt(v1196);
    let v1198 = (v1194 * v1197);
    let v1199 = s_hidden1_batch_norm_gamma[j1189];
    let v1200 = (v1198 * v1199);
    let v1201 = s_hidden1_batch_norm_beta[j1189];
    let v1202 = (v1200 + v1201);
    let v1203 = select(0.0, 1.0, v1202 > 0.0);
    let v1204 = select(0.0, v1191, v1203 != 0.0);
    let v1205 = select(v1191, 0.0, v1203 != 0.0);
    let v1206 = min(v1202, 0.0);
    let v1207 = exp(v1206);
    let v1208 = (v1205 * v1207);
    let v1209 = select(0.0, 1.0, v1202 <= 0.0);
    let v1210 = (v1208 * v1209);
    let v1211 = (v1204 + v1210);
    tmp15[l1190] = v1211;
  }
  {
    let i1212 = i0 + 3u;
    let j1213 = j0 + 11u;
    let l1214 = i1212 * 300u + j1213;
    let v1215 = acc31.w;
    let v1216 = tmp0[l1214];
    let v1217 = tmp1[j1213];
    let v1218 = (v1216 - v1217);
    let v1219 = tmp2[j1213];
    let v1220 = (v1219 + 0.001);
    let v1221 = inverseSqrt(v1220);
    let v1222 = (v1218 * v1221);
    let v1223 = s_hidden1_batch_norm_gamma[j1213];
    let v1224 = (v1222 * v1223);
    let v1225 = s_hidden1_batch_norm_beta[j1213];
    let v1226 = (v1224 + v1225);
    let v1227 = select(0.0, 1.0, v1226 > 0.0);
    let v1228 = select(0.0, v1215, v1227 != 0.0);
    let v1229 = select(v1215, 0.0, v1227 != 0.0);
    let v1230 = min(v1226, 0.0);
    let v1231 = exp(v1230);
    let v1232 = (v1229 * v1231);
    let v1233 = select(0.0, 1.0, v1226 <= 0.0);
    let v1234 = (v1232 * v1233);
    let v1235 = (v1228 + v1234);
    tmp15[l1214] = v1235;
  }
  {
    let i1236 = i0 + 4u;
    let l1237 = i1236 * 300u + j0;
    let v1238 = acc32.x;
    let v1239 = tmp0[l1237];
    let v1240 = tmp1[j0];
    let v1241 = (v1239 - v1240);
    let v1242 = tmp2[j0];
    let v1243 = (v1242 + 0.001);
    let v1244 = inverseSqrt(v1243);
    let v1245 = (v1241 * v1244);
    let v1246 = s_hidden1_batch_norm_gamma[j0];
    let v1247 = (v1245 * v1246);
    let v1248 = s_hidden1_batch_norm_beta[j0];
    let v1249 = (v1247 + v1248);
    let v1250 = select(0.0, 1.0, v1249 > 0.0);
    let v1251 = select(0.0, v1238, v1250 != 0.0);
    let v1252 = select(v1238, 0.0, v1250 != 0.0);
    let v1253 = min(v1249, 0.0);
    let v1254 = exp(v1253);
    let v1255 = (v1252 * v1254);
    let v1256 = select(0.0, 1.0, v1249 <= 0.0);
    let v1257 = (v1255 * v1256);
    let v1258 = (v1251 + v1257);
    tmp15[l1237] = v1258;
  }
  {
    let i1259 = i0 + 4u;
    let j1260 = j0 + 1u;
    let l1261 = i1259 * 300u + j1260;
    let v1262 = acc32.y;
    let v1263 = tmp0[l1261];
    let v1264 = tmp1[j1260];
    let v1265 = (v1263 - v1264);
    let v1266 = tmp2[j1260];
    let v1267 = (v1266 + 0.001);
    let v1268 = inverseSqrt(v1267);
    let v1269 = (v1265 * v1268);
    let v1270 = s_hidden1_batch_norm_gamma[j1260];
    let v1271 = (v1269 * v1270);
    let v1272 = s_hidden1_batch_norm_beta[j1260];
    let v1273 = (v1271 + v1272);
    let v1274 = select(0.0, 1.0, v1273 > 0.0);
    let v1275 = select(0.0, v1262, v1274 != 0.0);
    let v1276 = select(v1262, 0.0, v1274 != 0.0);
    let v1277 = min(v1273, 0.0);
    let v1278 = exp(v1277);
    let v1279 = (v1276 * v1278);
    let v1280 = select(0.0, 1.0, v1273 <= 0.0);
    let v1281 = (v1279 * v1280);
    let v1282 = (v1275 + v1281);
    tmp15[l1261] = v1282;
  }
  {
    let i1283 = i0 + 4u;
    let j1284 = j0 + 2u;
    let l1285 = i1283 * 300u + j1284;
    let v1286 = acc32.z;
    let v1287 = tmp0[l1285];
    let v1288 = tmp1[j1284];
    let v1289 = (v1287 - v1288);
    let v1290 = tmp2[j1284];
    let v1291 = (v1290 + 0.001);
    let v1292 = inverseSqrt(v1291);
    let v1293 = (v1289 * v1292);
    let v1294 = s_hidden1_batch_norm_gamma[j1284];
    let v1295 = (v1293 * v1294);
    let v1296 = s_hidden1_batch_norm_beta[j1284];
    let v1297 = (v1295 + v1296);
    let v1298 = select(0.0, 1.0, v1297 > 0.0);
    let v1299 = select(0.0, v1286, v1298 != 0.0);
    let v1300 = select(v1286, 0.0, v1298 != 0.0);
    let v1301 = min(v1297, 0.0);
    let v1302 = exp(v1301);
    let v1303 = (v1300 * v1302);
    let v1304 = select(0.0, 1.0, v1297 <= 0.0);
    let v1305 = (v1303 * v1304);
    let v1306 = (v1299 + v1305);
    tmp15[l1285] = v1306;
  }
  {
    let i1307 = i0 + 4u;
    let j1308 = j0 + 3u;
    let l1309 = i1307 * 300u + j1308;
    let v1310 = acc32.w;
    let v1311 = tmp0[l1309];
    let v1312 = tmp1[j1308];
    let v1313 = (v1311 - v1312);
    let v1314 = tmp2[j1308];
    let v1315 = (v1314 + 0.001);
    let v1316 = inverseSqrt(v1315);
    let v1317 = (v1313 * v1316);
    let v1318 = s_hidden1_batch_norm_gamma[j1308];
    let v1319 = (v1317 * v1318);
    let v1320 = s_hidden1_batch_norm_beta[j1308];
    let v1321 = (v1319 + v1320);
    let v1322 = select(0.0, 1.0, v1321 > 0.0);
    let v1323 = select(0.0, v1310, v1322 != 0.0);
    let v1324 = select(v1310, 0.0, v1322 != 0.0);
    let v1325 = min(v1321, 0.0);
    let v1326 = exp(v1325);
    let v1327 = (v1324 * v1326);
    let v1328 = select(0.0, 1.0, v1321 <= 0.0);
    let v1329 = (v1327 * v1328);
    let v1330 = (v1323 + v1329);
    tmp15[l1309] = v1330;
  }
  {
    let i1331 = i0 + 4u;
    let j1332 = j0 + 4u;
    let l1333 = i1331 * 300u + j1332;
    let v1334 = acc33.x;
    let v1335 = tmp0[l1333];
    let v1336 = tmp1[j1332];
    let v1337 = (v1335 - v1336);
    let v1338 = tmp2[j1332];
    let v1339 = (v1338 + 0.001);
    let v1340 = inverseSqrt(v1339);
    let v1341 = (v1337 * v1340);
    let v1342 = s_hidden1_batch_norm_gamma[j1332];
    let v1343 = (v1341 * v1342);
    let v1344 = s_hidden1_batch_norm_beta[j1332];
    let v1345 = (v1343 + v1344);
    let v1346 = select(0.0, 1.0, v1345 > 0.0);
    let v1347 = select(0.0, v1334, v1346 != 0.0);
    let v1348 = select(v1334, 0.0, v1346 != 0.0);
    let v1349 = min(v1345, 0.0);
    let v1350 = exp(v1349);
    let v1351 = (v1348 * v1350);
    let v1352 = select(0.0, 1.0, v1345 <= 0.0);
    let v1353 = (v1351 * v1352);
    let v1354 = (v1347 + v1353);
    tmp15[l1333] = v1354;
  }
  {
    let i1355 = i0 + 4u;
    let j1356 = j0 + 5u;
    let l1357 = i1355 * 300u + j1356;
    let v1358 = acc33.y;
    let v1359 = tmp0[l1357];
    let v1360 = tmp1[j1356];
    let v1361 = (v1359 - v1360);
    let v1362 = tmp2[j1356];
    let v1363 = (v1362 + 0.001);
    let v1364 = inverseSqrt(v1363);
    let v1365 = (v1361 * v1364);
    let v1366 = s_hidden1_batch_norm_gamma[j1356];
    let v1367 = (v1365 * v1366);
    let v1368 = s_hidden1_batch_norm_beta[j1356];
    let v1369 = (v1367 + v1368);
    let v1370 = select(0.0, 1.0, v1369 > 0.0);
    let v1371 = select(0.0, v1358, v1370 != 0.0);
    let v1372 = select(v1358, 0.0, v1370 != 0.0);
    let v1373 = min(v1369, 0.0);
    let v1374 = exp(v1373);
    let v1375 = (v1372 * v1374);
    let v1376 = select(0.0, 1.0, v1369 <= 0.0);
    let v1377 = (v1375 * v1376);
    let v1378 = (v1371 + v1377);
    tmp15[l1357] = v1378;
  }
  {
    let i1379 = i0 + 4u;
    let j1380 = j0 + 6u;
    let l1381 = i1379 * 300u + j1380;
    let v1382 = acc33.z;
    let v1383 = tmp0[l1381];
    let v1384 = tmp1[j1380];
    let v1385 = (v1383 - v1384);
    let v1386 = tmp2[j1380];
    let v1387 = (v1386 + 0.001);
    let v1388 = inverseSqrt(v1387);
    let v1389 = (v1385 * v1388);
    let v1390 = s_hidden1_batch_norm_gamma[j1380];
    let v1391 = (v1389 * v1390);
    let v1392 = s_hidden1_batch_norm_beta[j1380];
    let v1393 = (v1391 + v1392);
    let v1394 = select(0.0, 1.0, v1393 > 0.0);
    let v1395 = select(0.0, v1382, v1394 != 0.0);
    let v1396 = select(v1382, 0.0, v1394 != 0.0);
    let v1397 = min(v1393, 0.0);
    let v1398 = exp(v1397);
    let v1399 = (v1396 * v1398);
    let v1400 = select(0.0, 1.0, v1393 <= 0.0);
    let v1401 = (v1399 * v1400);
    let v1402 = (v1395 + v1401);
    tmp15[l1381] = v1402;
  }
  {
    let i1403 = i0 + 4u;
    let j1404 = j0 + 7u;
    let l1405 = i1403 * 300u + j1404;
    let v1406 = acc33.w;
    let v1407 = tmp0[l1405];
    let v1408 = tmp1[j1404];
    let v1409 = (v1407 - v1408);
    let v1410 = tmp2[j1404];
    let v1411 = (v1410 + 0.001);
    let v1412 = inverseSqrt(v1411);
    let v1413 = (v1409 * v1412);
    let v1414 = s_hidden1_batch_norm_gamma[j1404];
    let v1415 = (v1413 * v1414);
    let v1416 = s_hidden1_batch_norm_beta[j1404];
    let v1417 = (v1415 + v1416);
    let v1418 = select(0.0, 1.0, v1417 > 0.0);
    let v1419 = select(0.0, v1406, v1418 != 0.0);
    let v1420 = select(v1406, 0.0, v1418 != 0.0);
    let v1421 = min(v1417, 0.0);
    let v1422 = exp(v1421);
    let v1423 = (v1420 * v1422);
    let v1424 = select(0.0, 1.0, v1417 <= 0.0);
    let v1425 = (v1423 * v1424);
    let v1426 = (v1419 + v1425);
    tmp15[l1405] = v1426;
  }
  {
    let i1427 = i0 + 4u;
    let j1428 = j0 + 8u;
    let l1429 = i1427 * 300u + j1428;
    let v1430 = acc34.x;
    let v1431 = tmp0[l1429];
    let v1432 = tmp1[j1428];
    let v1433 = (v1431 - v1432);
    let v1434 = tmp2[j1428];
    let v1435 = (v1434 + 0.001);
    let v1436 = inverseSqrt(v1435);
    let v1437 = (v1433 * v1436);
    let v1438 = s_hidden1_batch_norm_gamma[j1428];
    let v1439 = (v1437 * v1438);
    let v1440 = s_hidden1_batch_norm_beta[j1428];
    let v1441 = (v1439 + v1440);
    let v1442 = select(0.0, 1.0, v1441 > 0.0);
    let v1443 = select(0.0, v1430, v1442 != 0.0);
    let v1444 = select(v1430, 0.0, v1442 != 0.0);
    let v1445 = min(v1441, 0.0);
    let v1446 = exp(v1445);
    let v1447 = (v1444 * v1446);
    let v1448 = select(0.0, 1.0, v1441 <= 0.0);
    let v1449 = (v1447 * v1448);
    let v1450 = (v1443 + v1449);
    tmp15[l1429] = v1450;
  }
  {
    let i1451 = i0 + 4u;
    let j1452 = j0 + 9u;
    let l1453 = i1451 * 300u + j1452;
    let v1454 = acc34.y;
    let v1455 = tmp0[l1453];
    let v1456 = tmp1[j1452];
    let v1457 = (v1455 - v1456);
    let v1458 = tmp2[j1452];
    let v1459 = (v1458 + 0.001);
    let v1460 = inverseSqrt(v1459);
    let v1461 = (v1457 * v1460);
    let v1462 = s_hidden1_batch_norm_gamma[j1452];
    let v1463 = (v1461 * v1462);
    let v1464 = s_hidden1_batch_norm_beta[j1452];
    let v1465 = (v1463 + v1464);
    let v1466 = select(0.0, 1.0, v1465 > 0.0);
    let v1467 = select(0.0, v1454, v1466 != 0.0);
    let v1468 = select(v1454, 0.0, v1466 != 0.0);
    let v1469 = min(v1465, 0.0);
    let v1470 = exp(v1469);
    let v1471 = (v1468 * v1470);
    let v1472 = select(0.0, 1.0, v1465 <= 0.0);
    let v1473 = (v1471 * v1472);
    let v1474 = (v1467 + v1473);
    tmp15[l1453] = v1474;
  }
  {
    let i1475 = i0 + 4u;
    let j1476 = j0 + 10u;
    let l1477 = i1475 * 300u + j1476;
    let v1478 = acc34.z;
    let v1479 = tmp0[l1477];
    let v1480 = tmp1[j1476];
    let v1481 = (v1479 - v1480);
    let v1482 = tmp2[j1476];
    let v1483 = (v1482 + 0.001);
    let v1484 = inverseSqrt(v1483);
    let v1485 = (v1481 * v1484);
    let v1486 = s_hidden1_batch_norm_gamma[j1476];
    let v1487 = (v1485 * v1486);
    let v1488 = s_hidden1_batch_norm_beta[j1476];
    let v1489 = (v1487 + v1488);
    let v1490 = select(0.0, 1.0, v1489 > 0.0);
    let v1491 = select(0.0, v1478, v1490 != 0.0);
    let v1492 = select(v1478, 0.0, v1490 != 0.0);
    let v1493 = min(v1489, 0.0);
    let v1494 = exp(v1493);
    let v1495 = (v1492 * v1494);
    let v1496 = select(0.0, 1.0, v1489 <= 0.0);
    let v1497 = (v1495 * v1496);
    let v1498 = (v1491 + v1497);
    tmp15[l1477] = v1498;
  }
  {
    let i1499 = i0 + 4u;
    let j1500 = j0 + 11u;
    let l1501 = i1499 * 300u + j1500;
    let v1502 = acc34.w;
    let v1503 = tmp0[l1501];
    let v1504 = tmp1[j1500];
    let v1505 = (v1503 - v1504);
    let v1506 = tmp2[j1500];
    let v1507 = (v1506 + 0.001);
    let v1508 = inverseSqrt(v1507);
    let v1509 = (v1505 * v1508);
    let v1510 = s_hidden1_batch_norm_gamma[j1500];
    let v1511 = (v1509 * v1510);
    let v1512 = s_hidden1_batch_norm_beta[j1500];
    let v1513 = (v1511 + v1512);
    let v1514 = select(0.0, 1.0, v1513 > 0.0);
    let v1515 = select(0.0, v1502, v1514 != 0.0);
    let v1516 = select(v1502, 0.0, v1514 != 0.0);
    let v1517 = min(v1513, 0.0);
    let v1518 = exp(v1517);
    let v1519 = (v1516 * v1518);
    let v1520 = select(0.0, 1.0, v1513 <= 0.0);
    let v1521 = (v1519 * v1520);
    let v1522 = (v1515 + v1521);
    tmp15[l1501] = v1522;
  }
  {
    let i1523 = i0 + 5u;
    let l1524 = i1523 * 300u + j0;
    let v1525 = acc35.x;
    let v1526 = tmp0[l1524];
    let v1527 = tmp1[j0];
    let v1528 = (v1526 - v1527);
    let v1529 = tmp2[j0];
    let v1530 = (v1529 + 0.001);
    let v1531 = inverseSqrt(v1530);
    let v1532 = (v1528 * v1531);
    let v1533 = s_hidden1_batch_norm_gamma[j0];
    let v1534 = (v1532 * v1533);
    let v1535 = s_hidden1_batch_norm_beta[j0];
    let v1536 = (v1534 + v1535);
    let v1537 = select(0.0, 1.0, v1536 > 0.0);
    let v1538 = select(0.0, v1525, v1537 != 0.0);
    let v1539 = select(v1525, 0.0, v1537 != 0.0);
    let v1540 = min(v1536, 0.0);
    let v1541 = exp(v1540);
    let v1542 = (v1539 * v1541);
    let v1543 = select(0.0, 1.0, v1536 <= 0.0);
    let v1544 = (v1542 * v1543);
    let v1545 = (v1538 + v1544);
    tmp15[l1524] = v1545;
  }
  {
    let i1546 = i0 + 5u;
    let j1547 = j0 + 1u;
    let l1548 = i1546 * 300u + j1547;
    let v1549 = acc35.y;
    let v1550 = tmp0[l1548];
    let v1551 = tmp1[j1547];
    let v1552 = (v1550 - v1551);
    let v1553 = tmp2[j1547];
    let v1554 = (v1553 + 0.001);
    let v1555 = inverseSqrt(v1554);
    let v1556 = (v1552 * v1555);
    let v1557 = s_hidden1_batch_norm_gamma[j1547];
    let v1558 = (v1556 * v1557);
    let v1559 = s_hidden1_batch_norm_beta[j1547];
    let v1560 = (v1558 + v1559);
    let v1561 = select(0.0, 1.0, v1560 > 0.0);
    let v1562 = select(0.0, v1549, v1561 != 0.0);
    let v1563 = select(v1549, 0.0, v1561 != 0.0);
    let v1564 = min(v1560, 0.0);
    let v1565 = exp(v1564);
    let v1566 = (v1563 * v1565);
    let v1567 = select(0.0, 1.0, v1560 <= 0.0);
    let v1568 = (v1566 * v1567);
    let v1569 = (v1562 + v1568);
    tmp15[l1548] = v1569;
  }
  {
    let i1570 = i0 + 5u;
    let j1571 = j0 + 2u;
    let l1572 = i1570 * 300u + j1571;
    let v1573 = acc35.z;
    let v1574 = tmp0[l1572];
    let v1575 = tmp1[j1571];
    let v1576 = (v1574 - v1575);
    let v1577 = tmp2[j1571];
    let v1578 = (v1577 + 0.001);
    let v1579 = inverseSqrt(v1578);
    let v1580 = (v1576 * v1579);
    let v1581 = s_hidden1_batch_norm_gamma[j1571];
    let v1582 = (v1580 * v1581);
    let v1583 = s_hidden1_batch_norm_beta[j1571];
    let v1584 = (v1582 + v1583);
    let v1585 = select(0.0, 1.0, v1584 > 0.0);
    let v1586 = select(0.0, v1573, v1585 != 0.0);
    let v1587 = select(v1573, 0.0, v1585 != 0.0);
    let v1588 = min(v1584, 0.0);
    let v1589 = exp(v1588);
    let v1590 = (v1587 * v1589);
    let v1591 = select(0.0, 1.0, v1584 <= 0.0);
    let v1592 = (v1590 * v1591);
    let v1593 = (v1586 + v1592);
    tmp15[l1572] = v1593;
  }
  {
    let i1594 = i0 + 5u;
    let j1595 = j0 + 3u;
    let l1596 = i1594 * 300u + j1595;
    let v1597 = acc35.w;
    let v1598 = tmp0[l1596];
    let v1599 = tmp1[j1595];
    let v1600 = (v1598 - v1599);
    let v1601 = tmp2[j1595];
    let v1602 = (v1601 + 0.001);
    let v1603 = inverseSqrt(v1602);
    let v1604 = (v1600 * v1603);
    let v1605 = s_hidden1_batch_norm_gamma[j1595];
    let v1606 = (v1604 * v1605);
    let v1607 = s_hidden1_batch_norm_beta[j1595];
    let v1608 = (v1606 + v1607);
    let v1609 = select(0.0, 1.0, v1608 > 0.0);
    let v1610 = select(0.0, v1597, v1609 != 0.0);
    let v1611 = select(v1597, 0.0, v1609 != 0.0);
    let v1612 = min(v1608, 0.0);
    let v1613 = exp(v1612);
    let v1614 = (v1611 * v1613);
    let v1615 = select(0.0, 1.0, v1608 <= 0.0);
    let v1616 = (v1614 * v1615);
    let v1617 = (v1610 + v1616);
    tmp15[l1596] = v1617;
  }
  {
    let i1618 = i0 + 5u;
    let j1619 = j0 + 4u;
    let l1620 = i1618 * 300u + j1619;
    let v1621 = acc36.x;
    let v1622 = tmp0[l1620];
    let v1623 = tmp1[j1619];
    let v1624 = (v1622 - v1623);
    let v1625 = tmp2[j1619];
    let v1626 = (v1625 + 0.001);
    let v1627 = inverseSqrt(v1626);
    let v1628 = (v1624 * v1627);
    let v1629 = s_hidden1_batch_norm_gamma[j1619];
    let v1630 = (v1628 * v1629);
    let v1631 = s_hidden1_batch_norm_beta[j1619];
    let v1632 = (v1630 + v1631);
    let v1633 = select(0.0, 1.0, v1632 > 0.0);
    let v1634 = select(0.0, v1621, v1633 != 0.0);
    let v1635 = select(v1621, 0.0, v1633 != 0.0);
    let v1636 = min(v1632, 0.0);
    let v1637 = exp(v1636);
    let v1638 = (v1635 * v1637);
    let v1639 = select(0.0, 1.0, v1632 <= 0.0);
    let v1640 = (v1638 * v1639);
    let v1641 = (v1634 + v1640);
    tmp15[l1620] = v1641;
  }
  {
    let i1642 = i0 + 5u;
    let j1643 = j0 + 5u;
    let l1644 = i1642 * 300u + j1643;
    let v1645 = acc36.y;
    let v1646 = tmp0[l1644];
    let v1647 = tmp1[j1643];
    let v1648 = (v1646 - v1647);
    let v1649 = tmp2[j1643];
    let v1650 = (v1649 + 0.001);
    let v1651 = inverseSqrt(v1650);
    let v1652 = (v1648 * v1651);
    let v1653 = s_hidden1_batch_norm_gamma[j1643];
    let v1654 = (v1652 * v1653);
    let v1655 = s_hidden1_batch_norm_beta[j1643];
    let v1656 = (v1654 + v1655);
    let v1657 = select(0.0, 1.0, v1656 > 0.0);
    let v1658 = select(0.0, v1645, v1657 != 0.0);
    let v1659 = select(v1645, 0.0, v1657 != 0.0);
    let v1660 = min(v1656, 0.0);
    let v1661 = exp(v1660);
    let v1662 = (v1659 * v1661);
    let v1663 = select(0.0, 1.0, v1656 <= 0.0);
    let v1664 = (v1662 * v1663);
    let v1665 = (v1658 + v1664);
    tmp15[l1644] = v1665;
  }
  {
    let i1666 = i0 + 5u;
    let j1667 = j0 + 6u;
    let l1668 = i1666 * 300u + j1667;
    let v1669 = acc36.z;
    let v1670 = tmp0[l1668];
    let v1671 = tmp1[j1667];
    let v1672 = (v1670 - v1671);
    let v1673 = tmp2[j1667];
    let v1674 = (v1673 + 0.001);
    let v1675 = inverseSqrt(v1674);
    let v1676 = (v1672 * v1675);
    let v1677 = s_hidden1_batch_norm_gamma[j1667];
    let v1678 = (v1676 * v1677);
    let v1679 = s_hidden1_batch_norm_beta[j1667];
    let v1680 = (v1678 + v1679);
    let v1681 = select(0.0, 1.0, v1680 > 0.0);
    let v1682 = select(0.0, v1669, v1681 != 0.0);
    let v1683 = select(v1669, 0.0, v1681 != 0.0);
    let v1684 = min(v1680, 0.0);
    let v1685 = exp(v1684);
    let v1686 = (v1683 * v1685);
    let v1687 = select(0.0, 1.0, v1680 <= 0.0);
    let v1688 = (v1686 * v1687);
    let v1689 = (v1682 + v1688);
    tmp15[l1668] = v1689;
  }
  {
    let i1690 = i0 + 5u;
    let j1691 = j0 + 7u;
    let l1692 = i1690 * 300u + j1691;
    let v1693 = acc36.w;
    let v1694 = tmp0[l1692];
    let v1695 = tmp1[j1691];
    let v1696 = (v1694 - v1695);
    let v1697 = tmp2[j1691];
    let v1698 = (v1697 + 0.001);
    let v1699 = inverseSqrt(v1698);
    let v1700 = (v1696 * v1699);
    let v1701 = s_hidden1_batch_norm_gamma[j1691];
    let v1702 = (v1700 * v1701);
    let v1703 = s_hidden1_batch_norm_beta[j1691];
    let v1704 = (v1702 + v1703);
    let v1705 = select(0.0, 1.0, v1704 > 0.0);
    let v1706 = select(0.0, v1693, v1705 != 0.0);
    let v1707 = select(v1693, 0.0, v1705 != 0.0);
    let v1708 = min(v1704, 0.0);
    let v1709 = exp(v1708);
    let v1710 = (v1707 * v1709);
    let v1711 = select(0.0, 1.0, v1704 <= 0.0);
    let v1712 = (v1710 * v1711);
    let v1713 = (v1706 + v1712);
    tmp15[l1692] = v1713;
  }
  {
    let i1714 = i0 + 5u;
    let j1715 = j0 + 8u;
    let l1716 = i1714 * 300u + j1715;
    let v1717 = acc37.x;
    let v1718 = tmp0[l1716];
    let v1719 = tmp1[j1715];
    let v1720 = (v1718 - v1719);
    let v1721 = tmp2[j1715];
    let v1722 = (v1721 + 0.001);
    let v1723 = inverseSqrt(v1722);
    let v1724 = (v1720 * v1723);
    let v1725 = s_hidden1_batch_norm_gamma[j1715];
    let v1726 = (v1724 * v1725);
    let v1727 = s_hidden1_batch_norm_beta[j1715];
    let v1728 = (v1726 + v1727);
    let v1729 = select(0.0, 1.0, v1728 > 0.0);
    let v1730 = select(0.0, v1717, v1729 != 0.0);
    let v1731 = select(v1717, 0.0, v1729 != 0.0);
    let v1732 = min(v1728, 0.0);
    let v1733 = exp(v1732);
    let v1734 = (v1731 * v1733);
    let v1735 = select(0.0, 1.0, v1728 <= 0.0);
    let v1736 = (v1734 * v1735);
    let v1737 = (v1730 + v1736);
    tmp15[l1716] = v1737;
  }
  {
    let i1738 = i0 + 5u;
    let j1739 = j0 + 9u;
    let l1740 = i1738 * 300u + j1739;
    let v1741 = acc37.y;
    let v1742 = tmp0[l1740];
    let v1743 = tmp1[j1739];
    let v1744 = (v1742 - v1743);
    let v1745 = tmp2[j1739];
    let v1746 = (v1745 + 0.001);
    let v1747 = inverseSqrt(v1746);
    let v1748 = (v1744 * v1747);
    let v1749 = s_hidden1_batch_norm_gamma[j1739];
    let v1750 = (v1748 * v1749);
    let v1751 = s_hidden1_batch_norm_beta[j1739];
    let v1752 = (v1750 + v1751);
    let v1753 = select(0.0, 1.0, v1752 > 0.0);
    let v1754 = select(0.0, v1741, v1753 != 0.0);
    let v1755 = select(v1741, 0.0, v1753 != 0.0);
    let v1756 = min(v1752, 0.0);
    let v1757 = exp(v1756);
    let v1758 = (v1755 * v1757);
    let v1759 = select(0.0, 1.0, v1752 <= 0.0);
    let v1760 = (v1758 * v1759);
    let v1761 = (v1754 + v1760);
    tmp15[l1740] = v1761;
  }
  {
    let i1762 = i0 + 5u;
    let j1763 = j0 + 10u;
    let l1764 = i1762 * 300u + j1763;
    let v1765 = acc37.z;
    let v1766 = tmp0[l1764];
    let v1767 = tmp1[j1763];
    let v1768 = (v1766 - v1767);
    let v1769 = tmp2[j1763];
    let v1770 = (v1769 + 0.001);
    let v1771 = inverseSqrt(v1770);
    let v1772 = (v1768 * v1771);
    let v1773 = s_hidden1_batch_norm_gamma[j1763];
    let v1774 = (v1772 * v1773);
    let v1775 = s_hidden1_batch_norm_beta[j1763];
    let v1776 = (v1774 + v1775);
    let v1777 = select(0.0, 1.0, v1776 > 0.0);
    let v1778 = select(0.0, v1765, v1777 != 0.0);
    let v1779 = select(v1765, 0.0, v1777 != 0.0);
    let v1780 = min(v1776, 0.0);
    let v1781 = exp(v1780);
    let v1782 = (v1779 * v1781);
    let v1783 = select(0.0, 1.0, v1776 <= 0.0);
    let v1784 = (v1782 * v1783);
    let v1785 = (v1778 + v1784);
    tmp15[l1764] = v1785;
  }
  {
    let i1786 = i0 + 5u;
    let j1787 = j0 + 11u;
    let l1788 = i1786 * 300u + j1787;
    let v1789 = acc37.w;
    let v1790 = tmp0[l1788];
    let v1791 = tmp1[j1787];
    let v1792 = (v1790 - v1791);
    let v1793 = tmp2[j1787];
    let v1794 = (v1793 + 0.001);
    let v1795 = inverseSqrt(v1794);
    let v1796 = (v1792 * v1795);
    let v1797 = s_hidden1_batch_norm_gamma[j1787];
    let v1798 = (v1796 * v1797);
    let v1799 = s_hidden1_batch_norm_beta[j1787];
    let v1800 = (v1798 + v1799);
    let v1801 = select(0.0, 1.0, v1800 > 0.0);
    let v1802 = select(0.0, v1789, v1801 != 0.0);
    let v1803 = select(v1789, 0.0, v1801 != 0.0);
    let v1804 = min(v1800, 0.0);
    let v1805 = exp(v1804);
    let v1806 = (v1803 * v1805);
    let v1807 = select(0.0, 1.0, v1800 <= 0.0);
    let v1808 = (v1806 * v1807);
    let v1809 = (v1802 + v1808);
    tmp15[l1788] = v1809;
  }
  {
    let i1810 = i0 + 6u;
    let l1811 = i1810 * 300u + j0;
    let v1812 = acc38.x;
    let v1813 = tmp0[l1811];
    let v1814 = tmp1[j0];
    let v1815 = (v1813 - v1814);
    let v1816 = tmp2[j0];
    let v1817 = (v1816 + 0.001);
    let v1818 = inverseSqrt(v1817);
    let v1819 = (v1815 * v1818);
    let v1820 = s_hidden1_batch_norm_gamma[j0];
    let v1821 = (v1819 * v1820);
    let v1822 = s_hidden1_batch_norm_beta[j0];
    let v1823 = (v1821 + v1822);
    let v1824 = select(0.0, 1.0, v1823 > 0.0);
    let v1825 = select(0.0, v1812, v1824 != 0.0);
    let v1826 = select(v1812, 0.0, v1824 != 0.0);
    let v1827 = min(v1823, 0.0);
    let v1828 = exp(v1827);
    let v1829 = (v1826 * v1828);
    let v1830 = select(0.0, 1.0, v1823 <= 0.0);
    let v1831 = (v1829 * v1830);
    let v1832 = (v1825 + v1831);
    tmp15[l1811] = v1832;
  }
  {
    let i1833 = i0 + 6u;
    let j1834 = j0 + 1u;
    let l1835 = i1833 * 300u + j1834;
    let v1836 = acc38.y;
    let v1837 = tmp0[l1835];
    let v1838 = tmp1[j1834];
    let v1839 = (v1837 - v1838);
    let v1840 = tmp2[j1834];
    let v1841 = (v1840 + 0.001);
    let v1842 = inverseSqrt(v1841);
    let v1843 = (v1839 * v1842);
    let v1844 = s_hidden1_batch_norm_gamma[j1834];
    let v1845 = (v1843 * v1844);
    let v1846 = s_hidden1_batch_norm_beta[j1834];
    let v1847 = (v1845 + v1846);
    let v1848 = select(0.0, 1.0, v1847 > 0.0);
    let v1849 = select(0.0, v1836, v1848 != 0.0);
    let v1850 = select(v1836, 0.0, v1848 != 0.0);
    let v1851 = min(v1847, 0.0);
    let v1852 = exp(v1851);
    let v1853 = (v1850 * v1852);
    let v1854 = select(0.0, 1.0, v1847 <= 0.0);
    let v1855 = (v1853 * v1854);
    let v1856 = (v1849 + v1855);
    tmp15[l1835] = v1856;
  }
  {
    let i1857 = i0 + 6u;
    let j1858 = j0 + 2u;
    let l1859 = i1857 * 300u + j1858;
    let v1860 = acc38.z;
    let v1861 = tmp0[l1859];
    let v1862 = tmp1[j1858];
    let v1863 = (v1861 - v1862);
    let v1864 = tmp2[j1858];
    let v1865 = (v1864 + 0.001);
    let v1866 = inverseSqrt(v1865);
    let v1867 = (v1863 * v1866);
    let v1868 = s_hidden1_batch_norm_gamma[j1858];
    let v1869 = (v1867 * v1868);
    let v1870 = s_hidden1_batch_norm_beta[j1858];
    let v1871 = (v1869 + v1870);
    let v1872 = select(0.0, 1.0, v1871 > 0.0);
    let v1873 = select(0.0, v1860, v1872 != 0.0);
    let v1874 = select(v1860, 0.0, v1872 != 0.0);
    let v1875 = min(v1871, 0.0);
    let v1876 = exp(v1875);
    let v1877 = (v1874 * v1876);
    let v1878 = select(0.0, 1.0, v1871 <= 0.0);
    let v1879 = (v1877 * v1878);
    let v1880 = (v1873 + v1879);
    tmp15[l1859] = v1880;
  }
  {
    let i1881 = i0 + 6u;
    let j1882 = j0 + 3u;
    let l1883 = i1881 * 300u + j1882;
    let v1884 = acc38.w;
    let v1885 = tmp0[l1883];
    let v1886 = tmp1[j1882];
    let v1887 = (v1885 - v1886);
    let v1888 = tmp2[j1882];
    let v1889 = (v1888 + 0.001);
    let v1890 = inverseSqrt(v1889);
    let v1891 = (v1887 * v1890);
    let v1892 = s_hidden1_batch_norm_gamma[j1882];
    let v1893 = (v1891 * v1892);
    let v1894 = s_hidden1_batch_norm_beta[j1882];
    let v1895 = (v1893 + v1894);
    let v1896 = select(0.0, 1.0, v1895 > 0.0);
    let v1897 = select(0.0, v1884, v1896 != 0.0);
    let v1898 = select(v1884, 0.0, v1896 != 0.0);
    let v1899 = min(v1895, 0.0);
    let v1900 = exp(v1899);
    let v1901 = (v1898 * v1900);
    let v1902 = select(0.0, 1.0, v1895 <= 0.0);
    let v1903 = (v1901 * v1902);
    let v1904 = (v1897 + v1903);
    tmp15[l1883] = v1904;
  }
  {
    let i1905 = i0 + 6u;
    let j1906 = j0 + 4u;
    let l1907 = i1905 * 300u + j1906;
    let v1908 = acc39.x;
    let v1909 = tmp0[l1907];
    let v1910 = tmp1[j1906];
    let v1911 = (v1909 - v1910);
    let v1912 = tmp2[j1906];
    let v1913 = (v1912 + 0.001);
    let v1914 = inverseSqrt(v1913);
    let v1915 = (v1911 * v1914);
    let v1916 = s_hidden1_batch_norm_gamma[j1906];
    let v1917 = (v1915 * v1916);
    let v1918 = s_hidden1_batch_norm_beta[j1906];
    let v1919 = (v1917 + v1918);
    let v1920 = select(0.0, 1.0, v1919 > 0.0);
    let v1921 = select(0.0, v1908, v1920 != 0.0);
    let v1922 = select(v1908, 0.0, v1920 != 0.0);
    let v1923 = min(v1919, 0.0);
    let v1924 = exp(v1923);
    let v1925 = (v1922 * v1924);
    let v1926 = select(0.0, 1.0, v1919 <= 0.0);
    let v1927 = (v1925 * v1926);
    let v1928 = (v1921 + v1927);
    tmp15[l1907] = v1928;
  }
  {
    let i1929 = i0 + 6u;
    let j1930 = j0 + 5u;
    let l1931 = i1929 * 300u + j1930;
    let v1932 = acc39.y;
    let v1933 = tmp0[l1931];
    let v1934 = tmp1[j1930];
    let v1935 = (v1933 - v1934);
    let v1936 = tmp2[j1930];
    let v1937 = (v1936 + 0.001);
    let v1938 = inverseSqrt(v1937);
    let v1939 = (v1935 * v1938);
    let v1940 = s_hidden1_batch_norm_gamma[j1930];
    let v1941 = (v1939 * v1940);
    let v1942 = s_hidden1_batch_norm_beta[j1930];
    let v1943 = (v1941 + v1942);
    let v1944 = select(0.0, 1.0, v1943 > 0.0);
    let v1945 = select(0.0, v1932, v1944 != 0.0);
    let v1946 = select(v1932, 0.0, v1944 != 0.0);
    let v1947 = min(v1943, 0.0);
    let v1948 = exp(v1947);
    let v1949 = (v1946 * v1948);
    let v1950 = select(0.0, 1.0, v1943 <= 0.0);
    let v1951 = (v1949 * v1950);
    let v1952 = (v1945 + v1951);
    tmp15[l1931] = v1952;
  }
  {
    let i1953 = i0 + 6u;
    let j1954 = j0 + 6u;
    let l1955 = i1953 * 300u + j1954;
    let v1956 = acc39.z;
    let v1957 = tmp0[l1955];
    let v1958 = tmp1[j1954];
    let v1959 = (v1957 - v1958);
    let v1960 = tmp2[j1954];
    let v1961 = (v1960 + 0.001);
    let v1962 = inverseSqrt(v1961);
    let v1963 = (v1959 * v1962);
    let v1964 = s_hidden1_batch_norm_gamma[j1954];
    let v1965 = (v1963 * v1964);
    let v1966 = s_hidden1_batch_norm_beta[j1954];
    let v1967 = (v1965 + v1966);
    let v1968 = select(0.0, 1.0, v1967 > 0.0);
    let v1969 = select(0.0, v1956, v1968 != 0.0);
    let v1970 = select(v1956, 0.0, v1968 != 0.0);
    let v1971 = min(v1967, 0.0);
    let v1972 = exp(v1971);
    let v1973 = (v1970 * v1972);
    let v1974 = select(0.0, 1.0, v1967 <= 0.0);
    let v1975 = (v1973 * v1974);
    let v1976 = (v1969 + v1975);
    tmp15[l1955] = v1976;
  }
  {
    let i1977 = i0 + 6u;
    let j1978 = j0 + 7u;
    let l1979 = i1977 * 300u + j1978;
    let v1980 = acc39.w;
    let v1981 = tmp0[l1979];
    let v1982 = tmp1[j1978];
    let v1983 = (v1981 - v1982);
    let v1984 = tmp2[j1978];
    let v1985 = (v1984 + 0.001);
    let v1986 = inverseSqrt(v1985);
    let v1987 = (v1983 * v1986);
    let v1988 = s_hidden1_batch_norm_gamma[j1978];
    let v1989 = (v1987 * v1988);
    let v1990 = s_hidden1_batch_norm_beta[j1978];
    let v1991 = (v1989 + v1990);
    let v1992 = select(0.0, 1.0, v1991 > 0.0);
    let v1993 = select(0.0, v1980, v1992 != 0.0);
    let v1994 = select(v1980, 0.0, v1992 != 0.0);
    let v1995 = min(v1991, 0.0);
    let v1996 = exp(v1995);
    let v1997 = (v1994 * v1996);
    let v1998 = select(0.0, 1.0, v1991 <= 0.0);
    let v1999 = (v1997 * v1998);
    let v2000 = (v1993 + v1999);
    tmp15[l1979] = v2000;
  }
  {
    let i2001 = i0 + 6u;
    let j2002 = j0 + 8u;
    let l2003 = i2001 * 300u + j2002;
    let v2004 = acc40.x;
    let v2005 = tmp0[l2003];
    let v2006 = tmp1[j2002];
    let v2007 = (v2005 - v2006);
    let v2008 = tmp2[j2002];
    let v2009 = (v2008 + 0.001);
    let v2010 = inverseSqrt(v2009);
    let v2011 = (v2007 * v2010);
    let v2012 = s_hidden1_batch_norm_gamma[j2002];
    let v2013 = (v2011 * v2012);
    let v2014 = s_hidden1_batch_norm_beta[j2002];
    let v2015 = (v2013 + v2014);
    let v2016 = select(0.0, 1.0, v2015 > 0.0);
    let v2017 = select(0.0, v2004, v2016 != 0.0);
    let v2018 = select(v2004, 0.0, v2016 != 0.0);
    let v2019 = min(v2015, 0.0);
    let v2020 = exp(v2019);
    let v2021 = (v2018 * v2020);
    let v2022 = select(0.0, 1.0, v2015 <= 0.0);
    let v2023 = (v2021 * v2022);
    let v2024 = (v2017 + v2023);
    tmp15[l2003] = v2024;
  }
  {
    let i2025 = i0 + 6u;
    let j2026 = j0 + 9u;
    let l2027 = i2025 * 300u + j2026;
    let v2028 = acc40.y;
    let v2029 = tmp0[l2027];
    let v2030 = tmp1[j2026];
    let v2031 = (v2029 - v2030);
    let v2032 = tmp2[j2026];
    let v2033 = (v2032 + 0.001);
    let v2034 = inverseSqrt(v2033);
    let v2035 = (v2031 * v2034);
    let v2036 = s_hidden1_batch_norm_gamma[j2026];
    let v2037 = (v2035 * v2036);
    let v2038 = s_hidden1_batch_norm_beta[j2026];
    let v2039 = (v2037 + v2038);
    let v2040 = select(0.0, 1.0, v2039 > 0.0);
    let v2041 = select(0.0, v2028, v2040 != 0.0);
    let v2042 = select(v2028, 0.0, v2040 != 0.0);
    let v2043 = min(v2039, 0.0);
    let v2044 = exp(v2043);
    let v2045 = (v2042 * v2044);
    let v2046 = select(0.0, 1.0, v2039 <= 0.0);
    let v2047 = (v2045 * v2046);
    let v2048 = (v2041 + v2047);
    tmp15[l2027] = v2048;
  }
  {
    let i2049 = i0 + 6u;
    let j2050 = j0 + 10u;
    let l2051 = i2049 * 300u + j2050;
    let v2052 = acc40.z;
    let v2053 = tmp0[l2051];
    let v2054 = tmp1[j2050];
    let v2055 = (v2053 - v2054);
    let v2056 = tmp2[j2050];
    let v2057 = (v2056 + 0.001);
    let v2058 = inverseSqrt(v2057);
    let v2059 = (v2055 * v2058);
    let v2060 = s_hidden1_batch_norm_gamma[j2050];
    let v2061 = (v2059 * v2060);
    let v2062 = s_hidden1_batch_norm_beta[j2050];
    let v2063 = (v2061 + v2062);
    let v2064 = select(0.0, 1.0, v2063 > 0.0);
    let v2065 = select(0.0, v2052, v2064 != 0.0);
    let v2066 = select(v2052, 0.0, v2064 != 0.0);
    let v2067 = min(v2063, 0.0);
    let v2068 = exp(v2067);
    let v2069 = (v2066 * v2068);
    let v2070 = select(0.0, 1.0, v2063 <= 0.0);
    let v2071 = (v2069 * v2070);
    let v2072 = (v2065 + v2071);
    tmp15[l2051] = v2072;
  }
  {
    let i2073 = i0 + 6u;
    let j2074 = j0 + 11u;
    let l2075 = i2073 * 300u + j2074;
    let v2076 = acc40.w;
    let v2077 = tmp0[l2075];
    let v2078 = tmp1[j2074];
    let v2079 = (v2077 - v2078);
    let v2080 = tmp2[j2074];
    let v2081 = (v2080 + 0.001);
    let v2082 = inverseSqrt(v2081);
    let v2083 = (v2079 * v2082);
    let v2084 = s_hidden1_batch_norm_gamma[j2074];
    let v2085 = (v2083 * v2084);
    let v2086 = s_hidden1_batch_norm_beta[j2074];
    let v2087 = (v2085 + v2086);
    let v2088 = select(0.0, 1.0, v2087 > 0.0);
    let v2089 = select(0.0, v2076, v2088 != 0.0);
    let v2090 = select(v2076, 0.0, v2088 != 0.0);
    let v2091 = min(v2087, 0.0);
    let v2092 = exp(v2091);
    let v2093 = (v2090 * v2092);
    let v2094 = select(0.0, 1.0, v2087 <= 0.0);
    let v2095 = (v2093 * v2094);
    let v2096 = (v2089 + v2095);
    tmp15[l2075] = v2096;
  }
  {
    let i2097 = i0 + 7u;
    let l2098 = i2097 * 300u + j0;
    let v2099 = acc41.x;
    let v2100 = tmp0[l2098];
    let v2101 = tmp1[j0];
    let v2102 = (v2100 - v2101);
    let v2103 = tmp2[j0];
    let v2104 = (v2103 + 0.001);
    let v2105 = inverseSqrt(v2104);
    let v2106 = (v2102 * v2105);
    let v2107 = s_hidden1_batch_norm_gamma[j0];
    let v2108 = (v2106 * v2107);
    let v2109 = s_hidden1_batch_norm_beta[j0];
    let v2110 = (v2108 + v2109);
    let v2111 = select(0.0, 1.0, v2110 > 0.0);
    let v2112 = select(0.0, v2099, v2111 != 0.0);
    let v2113 = select(v2099, 0.0, v2111 != 0.0);
    let v2114 = min(v2110, 0.0);
    let v2115 = exp(v2114);
    let v2116 = (v2113 * v2115);
    let v2117 = select(0.0, 1.0, v2110 <= 0.0);
    let v2118 = (v2116 * v2117);
    let v2119 = (v2112 + v2118);
    tmp15[l2098] = v2119;
  }
  {
    let i2120 = i0 + 7u;
    let j2121 = j0 + 1u;
    let l2122 = i2120 * 300u + j2121;
    let v2123 = acc41.y;
    let v2124 = tmp0[l2122];
    let v2125 = tmp1[j2121];
    let v2126 = (v2124 - v2125);
    let v2127 = tmp2[j2121];
    let v2128 = (v2127 + 0.001);
    let v2129 = inverseSqrt(v2128);
    let v2130 = (v2126 * v2129);
    let v2131 = s_hidden1_batch_norm_gamma[j2121];
    let v2132 = (v2130 * v2131);
    let v2133 = s_hidden1_batch_norm_beta[j2121];
    let v2134 = (v2132 + v2133);
    let v2135 = select(0.0, 1.0, v2134 > 0.0);
    let v2136 = select(0.0, v2123, v2135 != 0.0);
    let v2137 = select(v2123, 0.0, v2135 != 0.0);
    let v2138 = min(v2134, 0.0);
    let v2139 = exp(v2138);
    let v2140 = (v2137 * v2139);
    let v2141 = select(0.0, 1.0, v2134 <= 0.0);
    let v2142 = (v2140 * v2141);
    let v2143 = (v2136 + v2142);
    tmp15[l2122] = v2143;
  }
  {
    let i2144 = i0 + 7u;
    let j2145 = j0 + 2u;
    let l2146 = i2144 * 300u + j2145;
    let v2147 = acc41.z;
    let v2148 = tmp0[l2146];
    let v2149 = tmp1[j2145];
    let v2150 = (v2148 - v2149);
    let v2151 = tmp2[j2145];
    let v2152 = (v2151 + 0.001);
    let v2153 = inverseSqrt(v2152);
    let v2154 = (v2150 * v2153);
    let v2155 = s_hidden1_batch_norm_gamma[j2145];
    let v2156 = (v2154 * v2155);
    let v2157 = s_hidden1_batch_norm_beta[j2145];
    let v2158 = (v2156 + v2157);
    let v2159 = select(0.0, 1.0, v2158 > 0.0);
    let v2160 = select(0.0, v2147, v2159 != 0.0);
    let v2161 = select(v2147, 0.0, v2159 != 0.0);
    let v2162 = min(v2158, 0.0);
    let v2163 = exp(v2162);
    let v2164 = (v2161 * v2163);
    let v2165 = select(0.0, 1.0, v2158 <= 0.0);
    let v2166 = (v2164 * v2165);
    let v2167 = (v2160 + v2166);
    tmp15[l2146] = v2167;
  }
  {
    let i2168 = i0 + 7u;
    let j2169 = j0 + 3u;
    let l2170 = i2168 * 300u + j2169;
    let v2171 = acc41.w;
    let v2172 = tmp0[l2170];
    let v2173 = tmp1[j2169];
    let v2174 = (v2172 - v2173);
    let v2175 = tmp2[j2169];
    let v2176 = (v2175 + 0.001);
    let v2177 = inverseSqrt(v2176);
    let v2178 = (v2174 * v2177);
    let v2179 = s_hidden1_batch_norm_gamma[j2169];
    let v2180 = (v2178 * v2179);
    let v2181 = s_hidden1_batch_norm_beta[j2169];
    let v2182 = (v2180 + v2181);
    let v2183 = select(0.0, 1.0, v2182 > 0.0);
    let v2184 = select(0.0, v2171, v2183 != 0.0);
    let v2185 = select(v2171, 0.0, v2183 != 0.0);
    let v2186 = min(v2182, 0.0);
    let v2187 = exp(v2186);
    let v2188 = (v2185 * v2187);
    let v2189 = select(0.0, 1.0, v2182 <= 0.0);
    let v2190 = (v2188 * v2189);
    let v2191 = (v2184 + v2190);
    tmp15[l2170] = v2191;
  }
  {
    let i2192 = i0 + 7u;
    let j2193 = j0 + 4u;
    let l2194 = i2192 * 300u + j2193;
    let v2195 = acc42.x;
    let v2196 = tmp0[l2194];
    let v2197 = tmp1[j2193];
    let v2198 = (v2196 - v2197);
    let v2199 = tmp2[j2193];
    let v2200 = (v2199 + 0.001);
    let v2201 = inverseSqrt(v2200);
    let v2202 = (v2198 * v2201);
    let v2203 = s_hidden1_batch_norm_gamma[j2193];
    let v2204 = (v2202 * v2203);
    let v2205 = s_hidden1_batch_norm_beta[j2193];
    let v2206 = (v2204 + v2205);
    let v2207 = select(0.0, 1.0, v2206 > 0.0);
    let v2208 = select(0.0, v2195, v2207 != 0.0);
    let v2209 = select(v2195, 0.0, v2207 != 0.0);
    let v2210 = min(v2206, 0.0);
    let v2211 = exp(v2210);
    let v2212 = (v2209 * v2211);
    let v2213 = select(0.0, 1.0, v2206 <= 0.0);
    let v2214 = (v2212 * v2213);
    let v2215 = (v2208 + v2214);
    tmp15[l2194] = v2215;
  }
  {
    let i2216 = i0 + 7u;
    let j2217 = j0 + 5u;
    let l2218 = i2216 * 300u + j2217;
    let v2219 = acc42.y;
    let v2220 = tmp0[l2218];
    let v2221 = tmp1[j2217];
    let v2222 = (v2220 - v2221);
    let v2223 = tmp2[j2217];
    let v2224 = (v2223 + 0.001);
    let v2225 = inverseSqrt(v2224);
    let v2226 = (v2222 * v2225);
    let v2227 = s_hidden1_batch_norm_gamma[j2217];
    let v2228 = (v2226 * v2227);
    let v2229 = s_hidden1_batch_norm_beta[j2217];
    let v2230 = (v2228 + v2229);
    let v2231 = select(0.0, 1.0, v2230 > 0.0);
    let v2232 = select(0.0, v2219, v2231 != 0.0);
    let v2233 = select(v2219, 0.0, v2231 != 0.0);
    let v2234 = min(v2230, 0.0);
    let v2235 = exp(v2234);
    let v2236 = (v2233 * v2235);
    let v2237 = select(0.0, 1.0, v2230 <= 0.0);
    let v2238 = (v2236 * v2237);
    let v2239 = (v2232 + v2238);
    tmp15[l2218] = v2239;
  }
  {
    let i2240 = i0 + 7u;
    let j2241 = j0 + 6u;
    let l2242 = i2240 * 300u + j2241;
    let v2243 = acc42.z;
    let v2244 = tmp0[l2242];
    let v2245 = tmp1[j2241];
    let v2246 = (v2244 - v2245);
    let v2247 = tmp2[j2241];
    let v2248 = (v2247 + 0.001);
    let v2249 = inverseSqrt(v2248);
    let v2250 = (v2246 * v2249);
    let v2251 = s_hidden1_batch_norm_gamma[j2241];
    let v2252 = (v2250 * v2251);
    let v2253 = s_hidden1_batch_norm_beta[j2241];
    let v2254 = (v2252 + v2253);
    let v2255 = select(0.0, 1.0, v2254 > 0.0);
    let v2256 = select(0.0, v2243, v2255 != 0.0);
    let v2257 = select(v2243, 0.0, v2255 != 0.0);
    let v2258 = min(v2254, 0.0);
    let v2259 = exp(v2258);
    let v2260 = (v2257 * v2259);
    let v2261 = select(0.0, 1.0, v2254 <= 0.0);
    let v2262 = (v2260 * v2261);
    let v2263 = (v2256 + v2262);
    tmp15[l2242] = v2263;
  }
  {
    let i2264 = i0 + 7u;
    let j2265 = j0 + 7u;
    let l2266 = i2264 * 300u + j2265;
    let v2267 = acc42.w;
    let v2268 = tmp0[l2266];
    let v2269 = tmp1[j2265];
    let v2270 = (v2268 - v2269);
    let v2271 = tmp2[j2265];
    let v2272 = (v2271 + 0.001);
    let v2273 = inverseSqrt(v2272);
    let v2274 = (v2270 * v2273);
    let v2275 = s_hidden1_batch_norm_gamma[j2265];
    let v2276 = (v2274 * v2275);
    let v2277 = s_hidden1_batch_norm_beta[j2265];
    let v2278 = (v2276 + v2277);
    let v2279 = select(0.0, 1.0, v2278 > 0.0);
    let v2280 = select(0.0, v2267, v2279 != 0.0);
    let v2281 = select(v2267, 0.0, v2279 != 0.0);
    let v2282 = min(v2278, 0.0);
    let v2283 = exp(v2282);
    let v2284 = (v2281 * v2283);
    let v2285 = select(0.0, 1.0, v2278 <= 0.0);
    let v2286 = (v2284 * v2285);
    let v2287 = (v2280 + v2286);
    tmp15[l2266] = v2287;
  }
  {
    let i2288 = i0 + 7u;
    let j2289 = j0 + 8u;
    let l2290 = i2288 * 300u + j2289;
    let v2291 = acc43.x;
    let v2292 = tmp0[l2290];
    let v2293 = tmp1[j2289];
    let v2294 = (v2292 - v2293);
    let v2295 = tmp2[j2289];
    let v2296 = (v2295 + 0.001);
    let v2297 = inverseSqrt(v2296);
    let v2298 = (v2294 * v2297);
    let v2299 = s_hidden1_batch_norm_gamma[j2289];
    let v2300 = (v2298 * v2299);
    let v2301 = s_hidden1_batch_norm_beta[j2289];
    let v2302 = (v2300 + v2301);
    let v2303 = select(0.0, 1.0, v2302 > 0.0);
    let v2304 = select(0.0, v2291, v2303 != 0.0);
    let v2305 = select(v2291, 0.0, v2303 != 0.0);
    let v2306 = min(v2302, 0.0);
    let v2307 = exp(v2306);
    let v2308 = (v2305 * v2307);
    let v2309 = select(0.0, 1.0, v2302 <= 0.0);
    let v2310 = (v2308 * v2309);
    let v2311 = (v2304 + v2310);
    tmp15[l2290] = v2311;
  }
  {
    let i2312 = i0 + 7u;
    let j2313 = j0 + 9u;
    let l2314 = i2312 * 300u + j2313;
    let v2315 = acc43.y;
    let v2316 = tmp0[l2314];
    let v2317 = tmp1[j2313];
    let v2318 = (v2316 - v2317);
    let v2319 = tmp2[j2313];
    let v2320 = (v2319 + 0.001);
    let v2321 = inverseSqrt(v2320);
    let v2322 = (v2318 * v2321);
    let v2323 = s_hidden1_batch_norm_gamma[j2313];
    let v2324 = (v2322 * v2323);
    let v2325 = s_hidden1_batch_norm_beta[j2313];
    let v2326 = (v2324 + v2325);
    let v2327 = select(0.0, 1.0, v2326 > 0.0);
    let v2328 = select(0.0, v2315, v2327 != 0.0);
    let v2329 = select(v2315, 0.0, v2327 != 0.0);
    let v2330 = min(v2326, 0.0);
    let v2331 = exp(v2330);
    let v2332 = (v2329 * v2331);
    let v2333 = select(0.0, 1.0, v2326 <= 0.0);
    let v2334 = (v2332 * v2333);
    let v2335 = (v2328 + v2334);
    tmp15[l2314] = v2335;
  }
  {
    let i2336 = i0 + 7u;
    let j2337 = j0 + 10u;
    let l2338 = i2336 * 300u + j2337;
    let v2339 = acc43.z;
    let v2340 = tmp0[l2338];
    let v2341 = tmp1[j2337];
    let v2342 = (v2340 - v2341);
    let v2343 = tmp2[j2337];
    let v2344 = (v2343 + 0.001);
    let v2345 = inverseSqrt(v2344);
    let v2346 = (v2342 * v2345);
    let v2347 = s_hidden1_batch_norm_gamma[j2337];
    let v2348 = (v2346 * v2347);
    let v2349 = s_hidden1_batch_norm_beta[j2337];
    let v2350 = (v2348 + v2349);
    let v2351 = select(0.0, 1.0, v2350 > 0.0);
    let v2352 = select(0.0, v2339, v2351 != 0.0);
    let v2353 = select(v2339, 0.0, v2351 != 0.0);
    let v2354 = min(v2350, 0.0);
    let v2355 = exp(v2354);
    let v2356 = (v2353 * v2355);
    let v2357 = select(0.0, 1.0, v2350 <= 0.0);
    let v2358 = (v2356 * v2357);
    let v2359 = (v2352 + v2358);
    tmp15[l2338] = v2359;
  }
  {
    let i2360 = i0 + 7u;
    let j2361 = j0 + 11u;
    let l2362 = i2360 * 300u + j2361;
    let v2363 = acc43.w;
    let v2364 = tmp0[l2362];
    let v2365 = tmp1[j2361];
    let v2366 = (v2364 - v2365);
    let v2367 = tmp2[j2361];
    let v2368 = (v2367 + 0.001);
    let v2369 = inverseSqrt(v2368);
    let v2370 = (v2366 * v2369);
    let v2371 = s_hidden1_batch_norm_gamma[j2361];
    let v2372 = (v2370 * v2371);
    let v2373 = s_hidden1_batch_norm_beta[j2361];
    let v2374 = (v2372 + v2373);
    let v2375 = select(0.0, 1.0, v2374 > 0.0);
    let v2376 = select(0.0, v2363, v2375 != 0.0);
    let v2377 = select(v2363, 0.0, v2375 != 0.0);
    let v2378 = min(v2374, 0.0);
    let v2379 = exp(v2378);
    let v2380 = (v2377 * v2379);
    let v2381 = select(0.0, 1.0, v2374 <= 0.0);
    let v2382 = (v2380 * v2381);
    let v2383 = (v2376 + v2382);
    tmp15[l2362] = v2383;
  }
}

// ---- 022_reduce_sum_hidden1_batch_norm_grad_x7.wgsl
var<workgroup> wg_f32_0: array<f32, 64>;
var<workgroup> wg_f32_1: array<f32, 64>;
var<workgroup> wg_f32_2: array<f32, 64>;
var<workgroup> wg_f32_3: array<f32, 64>;
var<workgroup> wg_f32_4: array<f32, 64>;
var<workgroup> wg_f32_5: array<f32, 64>;
@group(0) @binding(0) var<storage, read> tmp2: array<f32>;
@group(0) @binding(1) var<storage, read> tmp15: array<f32>;
@group(0) @binding(2) var<storage, read_write> s_hidden1_batch_norm_gamma: array<f32>;
@group(0) @binding(3) var<storage, read> tmp0: array<f32>;
@group(0) @binding(4) var<storage, read> tmp1: array<f32>;
@group(0) @binding(5) var<storage, read_write> tmp16: array<f32>;
@group(0) @binding(6) var<storage, read_write> s_hidden1_dense_bias: array<f32>;
@group(0) @binding(7) var<storage, read_write> s_hidden1_batch_norm_beta: array<f32>;

@compute @workgroup_size(64)
fn main(@builtin(workgroup_id) wid: vec3<u32>, @builtin(local_invocation_index) lane: u32) {
  let i = wid.x;
  var acc0: f32 = 0.0;
  var acc1: f32 = 0.0;
  var acc2: f32 = 0.0;
  var acc3: f32 = 0.0;
  let v4 = tmp2[i];
  let v5 = (v4 + 0.001);
  let v6 = inverseSqrt(v5);
  for (var r7: u32 = lane; r7 < 200u; r7 = r7 + 64u) {
    let l8 = r7 * 300u + i;
    let v9 = tmp15[l8];
    let v10 = s_hidden1_batch_norm_gamma[i];
    let v11 = (v9 * v10);
    let v12 = tmp0[l8];
    let v13 = tmp1[i];
    let v14 = (v12 - v13);
    let v15 = (v11 * v14);
    acc0 = acc0 + v15;
    let v16 = (v11 * v6);
    let v17 = (-v16);
    acc1 = acc1 + v17;
    let v18 = (v14 * v6);
    let v19 = (v9 * v18);
    acc2 = acc2 + v19;
    acc3 = acc3 + v9;
  }
  wg_f32_0[lane] = acc0;
  wg_f32_1[lane] = acc1;
  wg_f32_2[lane] = acc2;
  wg_f32_3[lane] = acc3;
  workgroupBarrier();
  for (var s20: u32 = 32u; s20 > 0u; s20 = s20 >> 1u) {
    if (lane < s20) {
      wg_f32_0[lane] = wg_f32_0[lane] + wg_f32_0[lane + s20];
      wg_f32_1[lane] = wg_f32_1[lane] + wg_f32_1[lane + s20];
      wg_f32_2[lane] = wg_f32_2[lane] + wg_f32_2[lane + s20];
      wg_f32_3[lane] = wg_f32_3[lane] + wg_f32_3[lane + s20];
    }
    workgroupBarrier();
  }
  let red21 = wg_f32_0[0];
  let red22 = wg_f32_1[0];
  let red23 = wg_f32_2[0];
  let red24 = wg_f32_3[0];
  var acc25: f32 = 0.0;
  for (var r26: u32 = lane; r26 < 200u; r26 = r26 + 64u) {
    let l27 = r26 * 300u + i;
    let v28 = (v6 * v6);
    let v29 = (v28 * v6);
    let v30 = (v29 * (-0.5));
    let v31 = (red21 * v30);
    let v32 = (v31 / 200.0);
    let v33 = tmp0[l27];
    let v34 = tmp1[i];
    let v35 = (v33 - v34);
    let v36 = (v32 * v35);
    let v37 = (v36 + v36);
    let v38 = (-v37);
    acc25 = acc25 + v38;
  }
  wg_f32_4[lane] = acc25;
  workgroupBarrier();
  for (var s39: u32 = 32u; s39 > 0u; s39 = s39 >> 1u) {
    if (lane < s39) {
      wg_f32_4[lane] = wg_f32_4[lane] + wg_f32_4[lane + s39];
    }
    workgroupBarrier();
  }
  let red40 = wg_f32_4[0];
  let v41 = (red22 + red40);
  let v42 = (v41 / 200.0);
  let v43 = (v6 * v6);
  let v44 = (v43 * v6);
  let v45 = (v44 * (-0.5));
  let v46 = (red21 * v45);
  let v47 = (v46 / 200.0);
  var acc48: f32 = 0.0;
  storageBarrier();
  for (var q49: u32 = lane; q49 < 200u; q49 = q49 + 64u) {
    let l50 = q49 * 300u + i;
    let v51 = tmp15[l50];
    let v52 = s_hidden1_batch_norm_gamma[i];
    let v53 = (v51 * v52);
    let v54 = (v53 * v6);
    let v55 = tmp0[l50];
    let v56 = tmp1[i];
    let v57 = (v55 - v56);
    let v58 = (v47 * v57);
    let v59 = (v58 + v58);
    let v60 = (v54 + v59);
    let v61 = (v60 + v42);
    tmp16[l50] = v61;
    acc48 = acc48 + v61;
  }
  wg_f32_5[lane] = acc48;
  workgroupBarrier();
  for (var s62: u32 = 32u; s62 > 0u; s62 = s62 >> 1u) {
    if (lane < s62) {
      wg_f32_5[lane] = wg_f32_5[lane] + wg_f32_5[lane + s62];
    }
    workgroupBarrier();
  }
  let red63 = wg_f32_5[0];
  let v64 = s_hidden1_dense_bias[i];
  let v65 = (red63 * 0.01);
  let v66 = (v64 - v65);
  let v67 = s_hidden1_batch_norm_gamma[i];
  let v68 = (red23 * 0.01);
  let v69 = (v67 - v68);
  let v70 = s_hidden1_batch_norm_beta[i];
  let v71 = (red24 * 0.01);
  let v72 = (v70 - v71);
  storageBarrier();
  if (lane == 0u) {
    s_hidden1_dense_bias[i] = v66;
    s_hidden1_batch_norm_gamma[i] = v69;
    s_hidden1_batch_norm_beta[i] = v72;
  }
}

// ---- 023_matmul_hidden1_dense_kernel_sgd.wgsl
@group(0) @binding(0) var<storage, read> in_X_v4: array<vec4<f32>>;
@group(0) @binding(1) var<storage, read> tmp16_v4: array<vec4<f32>>;
@group(0) @binding(2) var<storage, read_write> s_hidden1_dense_kernel: array<f32>;

@compute @workgroup_size(64)
fn main(@builtin(global_invocation_id) gid: vec3<u32>) {
  let t = gid.x;
  if (t >= 2450u) { return; }
  let i0 = (t / 25u) * 8u;
  let j0 = (t % 25u) * 12u;
  let row0 = min(i0 + 0u, 783u);
  let row1 = min(i0 + 1u, 783u);
  let row2 = min(i0 + 2u, 783u);
  let row3 = min(i0 + 3u, 783u);
  let row4 = min(i0 + 4u, 783u);
  let row5 = min(i0 + 5u, 783u);
  let row6 = min(i0 + 6u, 783u);
  let row7 = min(i0 + 7u, 783u);
  let col8 = min(j0 + 0u, 299u);
  let col9 = min(j0 + 1u, 299u);
  let col10 = min(j0 + 2u, 299u);
  let col11 = min(j0 + 3u, 299u);
  let col12 = min(j0 + 4u, 299u);
  let col13 = min(j0 + 5u, 299u);
  let col14 = min(j0 + 6u, 299u);
  let col15 = min(j0 + 7u, 299u);
  let col16 = min(j0 + 8u, 299u);
  let col17 = min(j0 + 9u, 299u);
  let col18 = min(j0 + 10u, 299u);
  let col19 = min(j0 + 11u, 299u);
  var acc20: vec4<f32> = vec4<f32>(0.0);
  var acc21: vec4<f32> = vec4<f32>(0.0);
  var acc22: vec4<f32> = vec4<f32>(0.0);
  var acc23: vec4<f32> = vec4<f32>(0.0);
  var acc24: vec4<f32> = vec4<f32>(0.0);
  var acc25: vec4<f32> = vec4<f32>(0.0);
  var acc26: vec4<f32> = vec4<f32>(0.0);
  var acc27: vec4<f32> = vec4<f32>(0.0);
  var acc28: vec4<f32> = vec4<f32>(0.0);
  var acc29: vec4<f32> = vec4<f32>(0.0);
  var acc30: vec4<f32> = vec4<f32>(0.0);
  var acc31: vec4<f32> = vec4<f32>(0.0);
  var acc32: vec4<f32> = vec4<f32>(0.0);
  var acc33: vec4<f32> = vec4<f32>(0.0);
  var acc34: vec4<f32> = vec4<f32>(0.0);
  var acc35: vec4<f32> = vec4<f32>(0.0);
  var acc36: vec4<f32> = vec4<f32>(0.0);
  var acc37: vec4<f32> = vec4<f32>(0.0);
  var acc38: vec4<f32> = vec4<f32>(0.0);
  var acc39: vec4<f32> = vec4<f32>(0.0);
  var acc40: vec4<f32> = vec4<f32>(0.0);
  var acc41: vec4<f32> = vec4<f32>(0.0);
  var acc42: vec4<f32> = vec4<f32>(0.0);
  var acc43: vec4<f32> = vec4<f32>(0.0);
  for (var k: u32 = 0u; k < 50u; k = k + 1u) {
    let kq44 = k * 4u + 0u;
    let bv45 = tmp16_v4[(kq44 * 300u + j0) / 4u];
    let bv46 = tmp16_v4[(kq44 * 300u + j0) / 4u + 1u];
    let bv47 = tmp16_v4[(kq44 * 300u + j0) / 4u + 2u];
    let aq48 = in_X_v4[(kq44 * 784u + i0) / 4u + 0u];
    let aq49 = in_X_v4[(kq44 * 784u + i0) / 4u + 1u];
    let kq50 = k * 4u + 1u;
    let bv51 = tmp16_v4[(kq50 * 300u + j0) / 4u];
    let bv52 = tmp16_v4[(kq50 * 300u + j0) / 4u + 1u];
    let bv53 = tmp16_v4[(kq50 * 300u + j0) / 4u + 2u];
    let aq54 = in_X_v4[(kq50 * 784u + i0) / 4u + 0u];
    let aq55 = in_X_v4[(kq50 * 784u + i0) / 4u + 1u];
    let kq56 = k * 4u + 2u;
    let bv57 = tmp16_v4[(kq56 * 300u + j0) / 4u];
    let bv58 = tmp16_v4[(kq56 * 300u + j0) / 4u + 1u];
    let bv59 = tmp16_v4[(kq56 * 300u + j0) / 4u + 2u];
    let aq60 = in_X_v4[(kq56 * 784u + i0) / 4u + 0u];
    let aq61 = in_X_v4[(kq56 * 784u + i0) / 4u + 1u];
    let kq62 = k * 4u + 3u;
    let bv63 = tmp16_v4[(kq62 * 300u + j0) / 4u];
    let bv64 = tmp16_v4[(kq62 * 300u + j0) / 4u + 1u];
    let bv65 = tmp16_v4[(kq62 * 300u + j0) / 4u + 2u];
    let aq66 = in_X_v4[(kq62 * 784u + i0) / 4u + 0u];
    let aq67 = in_X_v4[(kq62 * 784u + i0) / 4u + 1u];
    acc20 = acc20 + aq48.x * bv45;
    acc20 = acc20 + aq54.x * bv51;
    acc20 = acc20 + aq60.x * bv57;
    acc20 = acc20 + aq66.x * bv63;
    acc21 = acc21 + aq48.x * bv46;
    acc21 = acc21 + aq54.x * bv52;
    acc21 = acc21 + aq60.x * bv58;
    acc21 = acc21 + aq66.x * bv64;
    acc22 = acc22 + aq48.x * bv47;
    acc22 = acc22 + aq54.x * bv53;
    acc22 = acc22 + aq60.x * bv59;
    acc22 = acc22 + aq66.x * bv65;
    acc23 = acc23 + aq48.y * bv45;
    acc23 = acc23 + aq54.y * bv51;
    acc23 = acc23 + aq60.y * bv57;
    acc23 = acc23 + aq66.y * bv63;
    acc24 = acc24 + aq48.y * bv46;
    acc24 = acc24 + aq54.y * bv52;
    acc24 = acc24 + aq60.y * bv58;
    acc24 = acc24 + aq66.y * bv64;
    acc25 = acc25 + aq48.y * bv47;
    acc25 = acc25 + aq54.y * bv53;
    acc25 = acc25 + aq60.y * bv59;
    acc25 = acc25 + aq66.y * bv65;
    acc26 = acc26 + aq48.z * bv45;
    acc26 = acc26 + aq54.z * bv51;
    acc26 = acc26 + aq60.z * bv57;
    acc26 = acc26 + aq66.z * bv63;
    acc27 = acc27 + aq48.z * bv46;
    acc27 = acc27 + aq54.z * bv52;
    acc27 = acc27 + aq60.z * bv58;
    acc27 = acc27 + aq66.z * bv64;
    acc28 = acc28 + aq48.z * bv47;
    acc28 = acc28 + aq54.z * bv53;
    acc28 = acc28 + aq60.z * bv59;
    acc28 = acc28 + aq66.z * bv65;
    acc29 = acc29 + aq48.w * bv45;
    acc29 = acc29 + aq54.w * bv51;
    acc29 = acc29 + aq60.w * bv57;
    acc29 = acc29 + aq66.w * bv63;
    acc30 = acc30 + aq48.w * bv46;
    acc30 = acc30 + aq54.w * bv52;
    acc30 = acc30 + aq60.w * bv58;
    acc30 = acc30 + aq66.w * bv64;
    acc31 = acc31 + aq48.w * bv47;
    acc31 = acc31 + aq54.w * bv53;
    acc31 = acc31 + aq60.w * bv59;
    acc31 = acc31 + aq66.w * bv65;
    acc32 = acc32 + aq49.x * bv45;
    acc32 = acc32 + aq55.x * bv51;
    acc32 = acc32 + aq61.x * bv57;
    acc32 = acc32 + aq67.x * bv63;
    acc33 = acc33 + aq49.x * bv46;
    acc33 = acc33 + aq55.x * bv52;
    acc33 = acc33 + aq61.x * bv58;
    acc33 = acc33 + aq67.x * bv64;
    acc34 = acc34 + aq49.x * bv47;
    acc34 = acc34 + aq55.x * bv53;
    acc34 = acc34 + aq61.x * bv59;
    acc34 = acc34 + aq67.x * bv65;
    acc35 = acc35 + aq49.y * bv45;
    acc35 = acc35 + aq55.y * bv51;
    acc35 = acc35 + aq61.y * bv57;
    acc35 = acc35 + aq67.y * bv63;
    acc36 = acc36 + aq49.y * bv46;
    acc36 = acc36 + aq55.y * bv52;
    acc36 = acc36 + aq61.y * bv58;
    acc36 = acc36 + aq67.y * bv64;
    acc37 = acc37 + aq49.y * bv47;
    acc37 = acc37 + aq55.y * bv53;
    acc37 = acc37 + aq61.y * bv59;
    acc37 = acc37 + aq67.y * bv65;
    acc38 = acc38 + aq49.z * bv45;
    acc38 = acc38 + aq55.z * bv51;
    acc38 = acc38 + aq61.z * bv57;
    acc38 = acc38 + aq67.z * bv63;
    acc39 = acc39 + aq49.z * bv46;
    acc39 = acc39 + aq55.z * bv52;
    acc39 = acc39 + aq61.z * bv58;
    acc39 = acc39 + aq67.z * bv64;
    acc40 = acc40 + aq49.z * bv47;
    acc40 = acc40 + aq55.z * bv53;
    acc40 = acc40 + aq61.z * bv59;
    acc40 = acc40 + aq67.z * bv65;
    acc41 = acc41 + aq49.w * bv45;
    acc41 = acc41 + aq55.w * bv51;
    acc41 = acc41 + aq61.w * bv57;
    acc41 = acc41 + aq67.w * bv63;
    acc42 = acc42 + aq49.w * bv46;
    acc42 = acc42 + aq55.w * bv52;
    acc42 = acc42 + aq61.w * bv58;
    acc42 = acc42 + aq67.w * bv64;
    acc43 = acc43 + aq49.w * bv47;
    acc43 = acc43 + aq55.w * bv53;
    acc43 = acc43 + aq61.w * bv59;
    acc43 = acc43 + aq67.w * bv65;
  }
  {
    let l68 = i0 * 300u + j0;
    let v69 = s_hidden1_dense_kernel[l68];
    let v70 = acc20.x;
    let v71 = (v70 * 0.01);
    let v72 = (v69 - v71);
    s_hidden1_dense_kernel[l68] = v72;
  }
  {
    let j73 = j0 + 1u;
    let l74 = i0 * 300u + j73;
    let v75 = s_hidden1_dense_kernel[l74];
    let v76 = acc20.y;
    let v77 = (v76 * 0.01);
    let v78 = (v75 - v77);
    s_hidden1_dense_kernel[l74] = v78;
  }
  {
    let j79 = j0 + 2u;
    let l80 = i0 * 300u + j79;
    let v81 = s_hidden1_dense_kernel[l80];
    let v82 = acc20.z;
    let v83 = (v82 * 0.01);
    let v84 = (v81 - v83);
    s_hidden1_dense_kernel[l80] = v84;
  }
  {
    let j85 = j0 + 3u;
    let l86 = i0 * 300u + j85;
    let v87 = s_hidden1_dense_kernel[l86];
    let v88 = acc20.w;
    let v89 = (v88 * 0.01);
    let v90 = (v87 - v89);
    s_hidden1_dense_kernel[l86] = v90;
  }
  {
    let j91 = j0 + 4u;
    let l92 = i0 * 300u + j91;
    let v93 = s_hidden1_dense_kernel[l92];
    let v94 = acc21.x;
    let v95 = (v94 * 0.01);
    let v96 = (v93 - v95);
    s_hidden1_dense_kernel[l92] = v96;
  }
  {
    let j97 = j0 + 5u;
    let l98 = i0 * 300u + j97;
    let v99 = s_hidden1_dense_kernel[l98];
    let v100 = acc21.y;
    let v101 = (v100 * 0.01);
    let v102 = (v99 - v101);
    s_hidden1_dense_kernel[l98] = v102;
  }
  {
    let j103 = j0 + 6u;
    let l104 = i0 * 300u + j103;
    let v105 = s_hidden1_dense_kernel[l104];
    let v106 = acc21.z;
    let v107 = (v106 * 0.01);
    let v108 = (v105 - v107);
    s_hidden1_dense_kernel[l104] = v108;
  }
  {
    let j109 = j0 + 7u;
    let l110 = i0 * 300u + j109;
    let v111 = s_hidden1_dense_kernel[l110];
    let v112 = acc21.w;
    let v113 = (v112 * 0.01);
    let v114 = (v111 - v113);
    s_hidden1_dense_kernel[l110] = v114;
  }
  {
    let j115 = j0 + 8u;
    let l116 = i0 * 300u + j115;
    let v117 = s_hidden1_dense_kernel[l116];
    let v118 = acc22.x;
    let v119 = (v118 * 0.01);
    let v120 = (v117 - v119);
    s_hidden1_dense_kernel[l116] = v120;
  }
  {
    let j121 = j0 + 9u;
    let l122 = i0 * 300u + j121;
    let v123 = s_hidden1_dense_kernel[l122];
    let v124 = acc22.y;
    let v125 = (v124 * 0.01);
    let v126 = (v123 - v125);
    s_hidden1_dense_kernel[l122] = v126;
  }
  {
    let j127 = j0 + 10u;
    let l128 = i0 * 300u + j127;
    let v129 = s_hidden1_dense_kernel[l128];
    let v130 = acc22.z;
    let v131 = (v130 * 0.01);
    let v132 = (v129 - v131);
    s_hidden1_dense_kernel[l128] = v132;
  }
  {
    let j133 = j0 + 11u;
    let l134 = i0 * 300u + j133;
    let v135 = s_hidden1_dense_kernel[l134];
    let v136 = acc22.w;
    let v137 = (v136 * 0.01);
    let v138 = (v135 - v137);
    s_hidden1_dense_kernel[l134] = v138;
  }
  {
    let i139 = i0 + 1u;
    let l140 = i139 * 300u + j0;
    let v141 = s_hidden1_dense_kernel[l140];
    let v142 = acc23.x;
    let v143 = (v142 * 0.01);
    let v144 = (v141 - v143);
    s_hidden1_dense_kernel[l140] = v144;
  }
  {
    let i145 = i0 + 1u;
    let j146 = j0 + 1u;
    let l147 = i145 * 300u + j146;
    let v148 = s_hidden1_dense_kernel[l147];
    let v149 = acc23.y;
    let v150 = (v149 * 0.01);
    let v151 = (v148 - v150);
    s_hidden1_dense_kernel[l147] = v151;
  }
  {
    let i152 = i0 + 1u;
    let j153 = j0 + 2u;
    let l154 = i152 * 300u + j153;
    let v155 = s_hidden1_dense_kernel[l154];
    let v156 = acc23.z;
    let v157 = (v156 * 0.01);
    let v158 = (v155 - v157);
    s_hidden1_dense_kernel[l154] = v158;
  }
  {
    let i159 = i0 + 1u;
    let j160 = j0 + 3u;
    let l161 = i159 * 300u + j160;
    let v162 = s_hidden1_dense_kernel[l161];
    let v163 = acc23.w;
    let v164 = (v163 * 0.01);
    let v165 = (v162 - v164);
    s_hidden1_dense_kernel[l161] = v165;
  }
  {
    let i166 = i0 + 1u;
    let j167 = j0 + 4u;
    let l168 = i166 * 300u + j167;
    let v169 = s_hidden1_dense_kernel[l168];
    let v170 = acc24.x;
    let v171 = (v170 * 0.01);
    let v172 = (v169 - v171);
    s_hidden1_dense_kernel[l168] = v172;
  }
  {
    let i173 = i0 + 1u;
    let j174 = j0 + 5u;
    let l175 = i173 * 300u + j174;
    let v176 = s_hidden1_dense_kernel[l175];
    let v177 = acc24.y;
    let v178 = (v177 * 0.01);
    let v179 = (v176 - v178);
    s_hidden1_dense_kernel[l175] = v179;
  }
  {
    let i180 = i0 + 1u;
    let j181 = j0 + 6u;
    let l182 = i180 * 300u + j181;
    let v183 = s_hidden1_dense_kernel[l182];
    let v184 = acc24.z;
    let v185 = (v184 * 0.01);
    let v186 = (v183 - v185);
    s_hidden1_dense_kernel[l182] = v186;
  }
  {
    let i187 = i0 + 1u;
    let j188 = j0 + 7u;
    let l189 = i187 * 300u + j188;
    let v190 = s_hidden1_dense_kernel[l189];
    let v191 = acc24.w;
    let v192 = (v191 * 0.01);
    let v193 = (v190 - v192);
    s_hidden1_dense_kernel[l189] = v193;
  }
  {
    let i194 = i0 + 1u;
    let j195 = j0 + 8u;
    let l196 = i194 * 300u + j195;
    let v197 = s_hidden1_dense_kernel[l196];
    let v198 = acc25.x;
    let v199 = (v198 * 0.01);
    let v200 = (v197 - v199);
    s_hidden1_dense_kernel[l196] = v200;
  }
  {
    let i201 = i0 + 1u;
    let j202 = j0 + 9u;
    let l203 = i201 * 300u + j202;
    let v204 = s_hidden1_dense_kernel[l203];
    let v205 = acc25.y;
    let v206 = (v205 * 0.01);
    let v207 = (v204 - v206);
    s_hidden1_dense_kernel[l203] = v207;
  }
  {
    let i208 = i0 + 1u;
    let j209 = j0 + 10u;
    let l210 = i208 * 300u + j209;
    let v211 = s_hidden1_dense_kernel[l210];
    let v212 = acc25.z;
    let v213 = (v212 * 0.01);
    let v214 = (v211 - v213);
    s_hidden1_dense_kernel[l210] = v214;
  }
  {
    let i215 = i0 + 1u;
    let j216 = j0 + 11u;
    let l217 = i215 * 300u + j216;
    let v218 = s_hidden1_dense_kernel[l217];
    let v219 = acc25.w;
    let v220 = (v219 * 0.01);
    let v221 = (v218 - v220);
    s_hidden1_dense_kernel[l217] = v221;
  }
  {
    let i222 = i0 + 2u;
    let l223 = i222 * 300u + j0;
    let v224 = s_hidden1_dense_kernel[l223];
    let v225 = acc26.x;
    let v226 = (v225 * 0.01);
    let v227 = (v224 - v226);
    s_hidden1_dense_kernel[l223] = v227;
  }
  {
    let i228 = i0 + 2u;
    let j229 = j0 + 1u;
    let l230 = i228 * 300u + j229;
    let v231 = s_hidden1_dense_kernel[l230];
    let v232 = acc26.y;
    let v233 = (v232 * 0.01);
    let v234 = (v231 - v233);
    s_hidden1_dense_kernel[l230] = v234;
  }
  {
    let i235 = i0 + 2u;
    let j236 = j0 + 2u;
    let l237 = i235 * 300u + j236;
    let v238 = s_hidden1_dense_kernel[l237];
    let v239 = acc26.z;
    let v240 = (v239 * 0.01);
    let v241 = (v238 - v240);
    s_hidden1_dense_kernel[l237] = v241;
  }
  {
    let i242 = i0 + 2u;
    let j243 = j0 + 3u;
    let l244 = i242 * 300u + j243;
    let v245 = s_hidden1_dense_kernel[l244];
    let v246 = acc26.w;
    let v247 = (v246 * 0.01);
    let v248 = (v245 - v247);
    s_hidden1_dense_kernel[l244] = v248;
  }
  {
    let i249 = i0 + 2u;
    let j250 = j0 + 4u;
    let l251 = i249 * 300u + j250;
    let v252 = s_hidden1_dense_kernel[l251];
    let v253 = acc27.x;
    let v254 = (v253 * 0.01);
    let v255 = (v252 - v254);
    s_hidden1_dense_kernel[l251] = v255;
  }
  {
    let i256 = i0 + 2u;
    let j257 = j0 + 5u;
    let l258 = i256 * 300u + j257;
    let v259 = s_hidden1_dense_kernel[l258];
    let v260 = acc27.y;
    let v261 = (v260 * 0.01);
    let v262 = (v259 - v261);
    s_hidden1_dense_kernel[l258] = v262;
  }
  {
    let i263 = i0 + 2u;
    let j264 = j0 + 6u;
    let l265 = i263 * 300u + j264;
    let v266 = s_hidden1_dense_kernel[l265];
    let v267 = acc27.z;
    let v268 = (v267 * 0.01);
    let v269 = (v266 - v268);
    s_hidden1_dense_kernel[l265] = v269;
  }
  {
    let i270 = i0 + 2u;
    let j271 = j0 + 7u;
    let l272 = i270 * 300u + j271;
    let v273 = s_hidden1_dense_kernel[l272];
    let v274 = acc27.w;
    let v275 = (v274 * 0.01);
    let v276 = (v273 - v275);
    s_hidden1_dense_kernel[l272] = v276;
  }
  {
    let i277 = i0 + 2u;
    let j278 = j0 + 8u;
    let l279 = i277 * 300u + j278;
    let v280 = s_hidden1_dense_kernel[l279];
    let v281 = acc28.x;
    let v282 = (v281 * 0.01);
    let v283 = (v280 - v282);
    s_hidden1_dense_kernel[l279] = v283;
  }
  {
    let i284 = i0 + 2u;
    let j285 = j0 + 9u;
    let l286 = i284 * 300u + j285;
    let v287 = s_hidden1_dense_kernel[l286];
    let v288 = acc28.y;
    let v289 = (v288 * 0.01);
    let v290 = (v287 - v289);
    s_hidden1_dense_kernel[l286] = v290;
  }
  {
    let i291 = i0 + 2u;
    let j292 = j0 + 10u;
    let l293 = i291 * 300u + j292;
    let v294 = s_hidden1_dense_kernel[l293];
    let v295 = acc28.z;
    let v296 = (v295 * 0.01);
    let v297 = (v294 - v296);
    s_hidden1_dense_kernel[l293] = v297;
  }
  {
    let i298 = i0 + 2u;
    let j299 = j0 + 11u;
    let l300 = i298 * 300u + j299;
    let v301 = s_hidden1_dense_kernel[l300];
    let v302 = acc28.w;
    let v303 = (v302 * 0.01);
    let v304 = (v301 - v303);
    s_hidden1_dense_kernel[l300] = v304;
  }
  {
    let i305 = i0 + 3u;
    let l306 = i305 * 300u + j0;
    let v307 = s_hidden1_dense_kernel[l306];
    let v308 = acc29.x;
    let v309 = (v308 * 0.01);
    let v310 = (v307 - v309);
    s_hidden1_dense_kernel[l306] = v310;
  }
  {
    let i311 = i0 + 3u;
    let j312 = j0 + 1u;
    let l313 = i311 * 300u + j312;
    let v314 = s_hidden1_dense_kernel[l313];
    let v315 = acc29.y;
    let v316 = (v315 * 0.01);
    let v317 = (v314 - v316);
    s_hidden1_dense_kernel[l313] = v317;
  }
  {
    let i318 = i0 + 3u;
    let j319 = j0 + 2u;
    let l320 = i318 * 300u + j319;
    let v321 = s_hidden1_dense_kernel[l320];
    let v322 = acc29.z;
    let v323 = (v322 * 0.01);
    let v324 = (v321 - v323);
    s_hidden1_dense_kernel[l320] = v324;
  }
  {
    let i325 = i0 + 3u;
    let j326 = j0 + 3u;
    let l327 = i325 * 300u + j326;
    let v328 = s_hidden1_dense_kernel[l327];
    let v329 = acc29.w;
    let v330 = (v329 * 0.01);
    let v331 = (v328 - v330);
    s_hidden1_dense_kernel[l327] = v331;
  }
  {
    let i332 = i0 + 3u;
    let j333 = j0 + 4u;
    let l334 = i332 * 300u + j333;
    let v335 = s_hidden1_dense_kernel[l334];
    let v336 = acc30.x;
    let v337 = (v336 * 0.01);
    let v338 = (v335 - v337);
    s_hidden1_dense_kernel[l334] = v338;
  }
  {
    let i339 = i0 + 3u;
    let j340 = j0 + 5u;
    let l341 = i339 * 300u + j340;
    let v342 = s_hidden1_dense_kernel[l341];
    let v343 = acc30.y;
    let v344 = (v343 * 0.01);
    let v345 = (v342 - v344);
    s_hidden1_dense_kernel[l341] = v345;
  }
  {
    let i346 = i0 + 3u;
    let j347 = j0 + 6u;
    let l348 = i346 * 300u + j347;
    let v349 = s_hidden1_dense_kernel[l348];
    let v350 = acc30.z;
    let v351 = (v350 * 0.01);
    let v352 = (v349 - v351);
    s_hidden1_dense_kernel[l348] = v352;
  }
  {
    let i353 = i0 + 3u;
    let j354 = j0 + 7u;
    let l355 = i353 * 300u + j354;
    let v356 = s_hidden1_dense_kernel[l355];
    let v357 = acc30.w;
    let v358 = (v357 * 0.01);
    let v359 = (v356 - v358);
    s_hidden1_dense_kernel[l355] = v359;
  }
  {
    let i360 = i0 + 3u;
    let j361 = j0 + 8u;
    let l362 = i360 * 300u + j361;
    let v363 = s_hidden1_dense_kernel[l362];
    let v364 = acc31.x;
    let v365 = (v364 * 0.01);
    let v366 = (v363 - v365);
    s_hidden1_dense_kernel[l362] = v366;
  }
  {
    let i367 = i0 + 3u;
    let j368 = j0 + 9u;
    let l369 = i367 * 300u + j368;
    let v370 = s_hidden1_dense_kernel[l369];
    let v371 = acc31.y;
    let v372 = (v371 * 0.01);
    let v373 = (v370 - v372);
    s_hidden1_dense_kernel[l369] = v373;
  }
  {
    let i374 = i0 + 3u;
    let j375 = j0 + 10u;
    let l376 = i374 * 300u + j375;
    let v377 = s_hidden1_dense_kernel[l376];
    let v378 = acc31.z;
    let v379 = (v378 * 0.01);
    let v380 = (v377 - v379);
    s_hidden1_dense_kernel[l376] = v380;
  }
  {
    let i381 = i0 + 3u;
    let j382 = j0 + 11u;
    let l383 = i381 * 300u + j382;
    let v384 = s_hidden1_dense_kernel[l383];
    let v385 = acc31.w;
    let v386 = (v385 * 0.01);
    let v387 = (v384 - v386);
    s_hidden1_dense_kernel[l383] = v387;
  }
  {
    let i388 = i0 + 4u;
    let l389 = i388 * 300u + j0;
    let v390 = s_hidden1_dense_kernel[l389];
    let v391 = acc32.x;
    let v392 = (v391 * 0.01);
    let v393 = (v390 - v392);
    s_hidden1_dense_kernel[l389] = v393;
  }
  {
    let i394 = i0 + 4u;
    let j395 = j0 + 1u;
    let l396 = i394 * 300u + j395;
    let v397 = s_hidden1_dense_kernel[l396];
    let v398 = acc32.y;
    let v399 = (v398 * 0.01);
    let v400 = (v397 - v399);
    s_hidden1_dense_kernel[l396] = v400;
  }
  {
    let i401 = i0 + 4u;
    let j402 = j0 + 2u;
    let l403 = i401 * 300u + j402;
    let v404 = s_hidden1_dense_kernel[l403];
    let v405 = acc32.z;
    let v406 = (v405 * 0.01);
    let v407 = (v404 - v406);
    s_hidden1_dense_kernel[l403] = v407;
  }
  {
    let i408 = i0 + 4u;
    let j409 = j0 + 3u;
    let l410 = i408 * 300u + j409;
    let v411 = s_hidden1_dense_kernel[l410];
    let v412 = acc32.w;
    let v413 = (v412 * 0.01);
    let v414 = (v411 - v413);
    s_hidden1_dense_kernel[l410] = v414;
  }
  {
    let i415 = i0 + 4u;
    let j416 = j0 + 4u;
    let l417 = i415 * 300u + j416;
    let v418 = s_hidden1_dense_kernel[l417];
    let v419 = acc33.x;
    let v420 = (v419 * 0.01);
    let v421 = (v418 - v420);
    s_hidden1_dense_kernel[l417] = v421;
  }
  {
    let i422 = i0 + 4u;
    let j423 = j0 + 5u;
    let l424 = i422 * 300u + j423;
    let v425 = s_hidden1_dense_kernel[l424];
    let v426 = acc33.y;
    let v427 = (v426 * 0.01);
    let v428 = (v425 - v427);
    s_hidden1_dense_kernel[l424] = v428;
  }
  {
    let i429 = i0 + 4u;
    let j430 = j0 + 6u;
    let l431 = i429 * 300u + j430;
    let v432 = s_hidden1_dense_kernel[l431];
    let v433 = acc33.z;
    let v434 = (v433 * 0.01);
    let v435 = (v432 - v434);
    s_hidden1_dense_kernel[l431] = v435;
  }
  {
    let i436 = i0 + 4u;
    let j437 = j0 + 7u;
    let l438 = i436 * 300u + j437;
    let v439 = s_hidden1_dense_kernel[l438];
    let v440 = acc33.w;
    let v441 = (v440 * 0.01);
    let v442 = (v439 - v441);
    s_hidden1_dense_kernel[l438] = v442;
  }
  {
    let i443 = i0 + 4u;
    let j444 = j0 + 8u;
    let l445 = i443 * 300u + j444;
    let v446 = s_hidden1_dense_kernel[l445];
    let v447 = acc34.x;
    let v448 = (v447 * 0.01);
    let v449 = (v446 - v448);
    s_hidden1_dense_kernel[l445] = v449;
  }
  {
    let i450 = i0 + 4u;
    let j451 = j0 + 9u;
    let l452 = i450 * 300u + j451;
    let v453 = s_hidden1_dense_kernel[l452];
    let v454 = acc34.y;
    let v455 = (v454 * 0.01);
    let v456 = (v453 - v455);
    s_hidden1_dense_kernel[l452] = v456;
  }
  {
    let i457 = i0 + 4u;
    let j458 = j0 + 10u;
    let l459 = i457 * 300u + j458;
    let v460 = s_hidden1_dense_kernel[l459];
    let v461 = acc34.z;
    let v462 = (v461 * 0.01);
    let v463 = (v460 - v462);
    s_hidden1_dense_kernel[l459] = v463;
  }
  {
    let i464 = i0 + 4u;
    let j465 = j0 + 11u;
    let l466 = i464 * 300u + j465;
    let v467 = s_hidden1_dense_kernel[l466];
    let v468 = acc34.w;
    let v469 = (v468 * 0.01);
    let v470 = (v467 - v469);
    s_hidden1_dense_kernel[l466] = v470;
  }
  {
    let i471 = i0 + 5u;
    let l472 = i471 * 300u + j0;
    let v473 = s_hidden1_dense_kernel[l472];
    let v474 = acc35.x;
    let v475 = (v474 * 0.01);
    let v476 = (v473 - v475);
    s_hidden1_dense_kernel[l472] = v476;
  }
  {
    let i477 = i0 + 5u;
    let j478 = j0 + 1u;
    let l479 = i477 * 300u + j478;
    let v480 = s_hidden1_dense_kernel[l479];
    let v481 = acc35.y;
    let v482 = (v481 * 0.01);
    let v483 = (v480 - v482);
    s_hidden1_dense_kernel[l479] = v483;
  }
  {
    let i484 = i0 + 5u;
    let j485 = j0 + 2u;
    let l486 = i484 * 300u + j485;
    let v487 = s_hidden1_dense_kernel[l486];
    let v488 = acc35.z;
    let v489 = (v488 * 0.01);
    let v490 = (v487 - v489);
    s_hidden1_dense_kernel[l486] = v490;
  }
  {
    let i491 = i0 + 5u;
    let j492 = j0 + 3u;
    let l493 = i491 * 300u + j492;
    let v494 = s_hidden1_dense_kernel[l493];
    let v495 = acc35.w;
    let v496 = (v495 * 0.01);
    let v497 = (v494 - v496);
    s_hidden1_dense_kernel[l493] = v497;
  }
  {
    let i498 = i0 + 5u;
    let j499 = j0 + 4u;
    let l500 = i498 * 300u + j499;
    let v501 = s_hidden1_dense_kernel[l500];
    let v502 = acc36.x;
    let v503 = (v502 * 0.01);
    let v504 = (v501 - v503);
    s_hidden1_dense_kernel[l500] = v504;
  }
  {
    let i505 = i0 + 5u;
    let j506 = j0 + 5u;
    let l507 = i505 * 300u + j506;
    let v508 = s_hidden1_dense_kernel[l507];
    let v509 = acc36.y;
    let v510 = (v509 * 0.01);
    let v511 = (v508 - v510);
    s_hidden1_dense_kernel[l507] = v511;
  }
  {
    let i512 = i0 + 5u;
    let j513 = j0 + 6u;
    let l514 = i512 * 300u + j513;
    let v515 = s_hidden1_dense_kernel[l514];
    let v516 = acc36.z;
    let v517 = (v516 * 0.01);
    let v518 = (v515 - v517);
    s_hidden1_dense_kernel[l514] = v518;
  }
  {
    let i519 = i0 + 5u;
    let j520 = j0 + 7u;
    let l521 = i519 * 300u + j520;
    let v522 = s_hidden1_dense_kernel[l521];
    let v523 = acc36.w;
    let v524 = (v523 * 0.01);
    let v525 = (v522 - v524);
    s_hidden1_dense_kernel[l521] = v525;
  }
  {
    let i526 = i0 + 5u;
    let j527 = j0 + 8u;
    let l528 = i526 * 300u + j527;
    let v529 = s_hidden1_dense_kernel[l528];
    let v530 = acc37.x;
    let v531 = (v530 * 0.01);
    let v532 = (v529 - v531);
    s_hidden1_dense_kernel[l528] = v532;
  }
  {
    let i533 = i0 + 5u;
    let j534 = j0 + 9u;
    let l535 = i533 * 300u + j534;
    let v536 = s_hidden1_dense_kernel[l535];
    let v537 = acc37.y;
    let v538 = (v537 * 0.01);
    let v539 = (v536 - v538);
    s_hidden1_dense_kernel[l535] = v539;
  }
  {
    let i540 = i0 + 5u;
    let j541 = j0 + 10u;
    let l542 = i540 * 300u + j541;
    let v543 = s_hidden1_dense_kernel[l542];
    let v544 = acc37.z;
    let v545 = (v544 * 0.01);
    let v546 = (v543 - v545);
    s_hidden1_dense_kernel[l542] = v546;
  }
  {
    let i547 = i0 + 5u;
    let j548 = j0 + 11u;
    let l549 = i547 * 300u + j548;
    let v550 = s_hidden1_dense_kernel[l549];
    let v551 = acc37.w;
    let v552 = (v551 * 0.01);
    let v553 = (v550 - v552);
    s_hidden1_dense_kernel[l549] = v553;
  }
  {
    let i554 = i0 + 6u;
    let l555 = i554 * 300u + j0;
    let v556 = s_hidden1_dense_kernel[l555];
    let v557 = acc38.x;
    let v558 = (v557 * 0.01);
    let v559 = (v556 - v558);
    s_hidden1_dense_kernel[l555] = v559;
  }
  {
    let i560 = i0 + 6u;
    let j561 = j0 + 1u;
    let l562 = i560 * 300u + j561;
    let v563 = s_hidden1_dense_kernel[l562];
    let v564 = acc38.y;
    let v565 = (v564 * 0.01);
    let v566 = (v563 - v565);
    s_hidden1_dense_kernel[l562] = v566;
  }
  {
    let i567 = i0 + 6u;
    let j568 = j0 + 2u;
    let l569 = i567 * 300u + j568;
    let v570 = s_hidden1_dense_kernel[l569];
    let v571 = acc38.z;
    let v572 = (v571 * 0.01);
    let v573 = (v570 - v572);
    s_hidden1_dense_kernel[l569] = v573;
  }
  {
    let i574 = i0 + 6u;
    let j575 = j0 + 3u;
    let l576 = i574 * 300u + j575;
    let v577 = s_hidden1_dense_kernel[l576];
    let v578 = acc38.w;
    let v579 = (v578 * 0.01);
    let v580 = (v577 - v579);
    s_hidden1_dense_kernel[l576] = v580;
  }
  {
    let i581 = i0 + 6u;
    let j582 = j0 + 4u;
    let l583 = i581 * 300u + j582;
    let v584 = s_hidden1_dense_kernel[l583];
    let v585 = acc39.x;
    let v586 = (v585 * 0.01);
    let v587 = (v584 - v586);
    s_hidden1_dense_kernel[l583] = v587;
  }
  {
    let i588 = i0 + 6u;
    let j589 = j0 + 5u;
    let l590 = i588 * 300u + j589;
    let v591 = s_hidden1_dense_kernel[l590];
    let v592 = acc39.y;
    let v593 = (v592 * 0.01);
    let v594 = (v591 - v593);
    s_hidden1_dense_kernel[l590] = v594;
  }
  {
    let i595 = i0 + 6u;
    let j596 = j0 + 6u;
    let l597 = i595 * 300u + j596;
    let v598 = s_hidden1_dense_kernel[l597];
    let v599 = acc39.z;
    let v600 = (v599 * 0.01);
    let v601 = (v598 - v600);
    s_hidden1_dense_kernel[l597] = v601;
  }
  {
    let i602 = i0 + 6u;
    let j603 = j0 + 7u;
    let l604 = i602 * 300u + j603;
    let v605 = s_hidden1_dense_kernel[l604];
    let v606 = acc39.w;
    let v607 = (v606 * 0.01);
    let v608 = (v605 - v607);
    s_hidden1_dense_kernel[l604] = v608;
  }
  {
    let i609 = i0 + 6u;
    let j610 = j0 + 8u;
    let l611 = i609 * 300u + j610;
    let v612 = s_hidden1_dense_kernel[l611];
    let v613 = acc40.x;
    let v614 = (v613 * 0.01);
    let v615 = (v612 - v614);
    s_hidden1_dense_kernel[l611] = v615;
  }
  {
    let i616 = i0 + 6u;
    let j617 = j0 + 9u;
    let l618 = i616 * 300u + j617;
    let v619 = s_hidden1_dense_kernel[l618];
    let v620 = acc40.y;
    let v621 = (v620 * 0.01);
    let v622 = (v619 - v621);
    s_hidden1_dense_kernel[l618] = v622;
  }
  {
    let i623 = i0 + 6u;
    let j624 = j0 + 10u;
    let l625 = i623 * 300u + j624;
    let v626 = s_hidden1_dense_kernel[l625];
    let v627 = acc40.z;
    let v628 = (v627 * 0.01);
    let v629 = (v626 - v628);
    s_hidden1_dense_kernel[l625] = v629;
  }
  {
    let i630 = i0 + 6u;
    let j631 = j0 + 11u;
    let l632 = i630 * 300u + j631;
    let v633 = s_hidden1_dense_kernel[l632];
    let v634 = acc40.w;
    let v635 = (v634 * 0.01);
    let v636 = (v633 - v635);
    s_hidden1_dense_kernel[l632] = v636;
  }
  {
    let i637 = i0 + 7u;
    let l638 = i637 * 300u + j0;
    let v639 = s_hidden1_dense_kernel[l638];
    let v640 = acc41.x;
    let v641 = (v640 * 0.01);
    let v642 = (v639 - v641);
    s_hidden1_dense_kernel[l638] = v642;
  }
  {
    let i643 = i0 + 7u;
    let j644 = j0 + 1u;
    let l645 = i643 * 300u + j644;
    let v646 = s_hidden1_dense_kernel[l645];
    let v647 = acc41.y;
    let v648 = (v647 * 0.01);
    let v649 = (v646 - v648);
    s_hidden1_dense_kernel[l645] = v649;
  }
  {
    let i650 = i0 + 7u;
    let j651 = j0 + 2u;
    let l652 = i650 * 300u + j651;
    let v653 = s_hidden1_dense_kernel[l652];
    let v654 = acc41.z;
    let v655 = (v654 * 0.01);
    let v656 = (v653 - v655);
    s_hidden1_dense_kernel[l652] = v656;
  }
  {
    let i657 = i0 + 7u;
    let j658 = j0 + 3u;
    let l659 = i657 * 300u + j658;
    let v660 = s_hidden1_dense_kernel[l659];
    let v661 = acc41.w;
    let v662 = (v661 * 0.01);
    let v663 = (v660 - v662);
    s_hidden1_dense_kernel[l659] = v663;
  }
  {
    let i664 = i0 + 7u;
    let j665 = j0 + 4u;
    let l666 = i664 * 300u + j665;
    let v667 = s_hidden1_dense_kernel[l666];
    let v668 = acc42.x;
    let v669 = (v668 * 0.01);
    let v670 = (v667 - v669);
    s_hidden1_dense_kernel[l666] = v670;
  }
  {
    let i671 = i0 + 7u;
    let j672 = j0 + 5u;
    let l673 = i671 * 300u + j672;
    let v674 = s_hidden1_dense_kernel[l673];
    let v675 = acc42.y;
    let v676 = (v675 * 0.01);
    let v677 = (v674 - v676);
    s_hidden1_dense_kernel[l673] = v677;
  }
  {
    let i678 = i0 + 7u;
    let j679 = j0 + 6u;
    let l680 = i678 * 300u + j679;
    let v681 = s_hidden1_dense_kernel[l680];
    let v682 = acc42.z;
    let v683 = (v682 * 0.01);
    let v684 = (v681 - v683);
    s_hidden1_dense_kernel[l680] = v684;
  }
  {
    let i685 = i0 + 7u;
    let j686 = j0 + 7u;
    let l687 = i685 * 300u + j686;
    let v688 = s_hidden1_dense_kernel[l687];
    let v689 = acc42.w;
    let v690 = (v689 * 0.01);
    let v691 = (v688 - v690);
    s_hidden1_dense_kernel[l687] = v691;
  }
  {
    let i692 = i0 + 7u;
    let j693 = j0 + 8u;
    let l694 = i692 * 300u + j693;
    let v695 = s_hidden1_dense_kernel[l694];
    let v696 = acc43.x;
    let v697 = (v696 * 0.01);
    let v698 = (v695 - v697);
    s_hidden1_dense_kernel[l694] = v698;
  }
  {
    let i699 = i0 + 7u;
    let j700 = j0 + 9u;
    let l701 = i699 * 300u + j700;
    let v702 = s_hidden1_dense_kernel[l701];
    let v703 = acc43.y;
    let v704 = (v703 * 0.01);
    let v705 = (v702 - v704);
    s_hidden1_dense_kernel[l701] = v705;
  }
  {
    let i706 = i0 + 7u;
    let j707 = j0 + 10u;
    let l708 = i706 * 300u + j707;
    let v709 = s_hidden1_dense_kernel[l708];
    let v710 = acc43.z;
    let v711 = (v710 * 0.01);
    let v712 = (v709 - v711);
    s_hidden1_dense_kernel[l708] = v712;
  }
  {
    let i713 = i0 + 7u;
    let j714 = j0 + 11u;
    let l715 = i713 * 300u + j714;
    let v716 = s_hidden1_dense_kernel[l715];
    let v717 = acc43.w;
    let v718 = (v717 * 0.01);
    let v719 = (v716 - v718);
    s_hidden1_dense_kernel[l715] = v719;
  }
}

// ---- 024_matmul_hidden2_dense_kernel_sgd.wgsl
@group(0) @binding(0) var<storage, read> tmp3_v4: array<vec4<f32>>;
@group(0) @binding(1) var<storage, read> tmp14_v4: array<vec4<f32>>;
@group(0) @binding(2) var<storage, read_write> s_hidden2_dense_kernel: array<f32>;

@compute @workgroup_size(64)
fn main(@builtin(global_invocation_id) gid: vec3<u32>) {
  let t = gid.x;
  if (t >= 1875u) { return; }
  let i0 = (t / 25u) * 4u;
  let j0 = (t % 25u) * 4u;
  let row0 = min(i0 + 0u, 299u);
  let row1 = min(i0 + 1u, 299u);
  let row2 = min(i0 + 2u, 299u);
  let row3 = min(i0 + 3u, 299u);
  let col4 = min(j0 + 0u, 99u);
  let col5 = min(j0 + 1u, 99u);
  let col6 = min(j0 + 2u, 99u);
  let col7 = min(j0 + 3u, 99u);
  var acc8: vec4<f32> = vec4<f32>(0.0);
  var acc9: vec4<f32> = vec4<f32>(0.0);
  var acc10: vec4<f32> = vec4<f32>(0.0);
  var acc11: vec4<f32> = vec4<f32>(0.0);
  for (var k: u32 = 0u; k < 50u; k = k + 1u) {
    let kq12 = k * 4u + 0u;
    let bv13 = tmp14_v4[(kq12 * 100u + j0) / 4u];
    let aq14 = tmp3_v4[(kq12 * 300u + i0) / 4u + 0u];
    let kq15 = k * 4u + 1u;
    let bv16 = tmp14_v4[(kq15 * 100u + j0) / 4u];
    let aq17 = tmp3_v4[(kq15 * 300u + i0) / 4u + 0u];
    let kq18 = k * 4u + 2u;
    let bv19 = tmp14_v4[(kq18 * 100u + j0) / 4u];
    let aq20 = tmp3_v4[(kq18 * 300u + i0) / 4u + 0u];
    let kq21 = k * 4u + 3u;
    let bv22 = tmp14_v4[(kq21 * 100u + j0) / 4u];
    let aq23 = tmp3_v4[(kq21 * 300u + i0) / 4u + 0u];
    acc8 = acc8 + aq14.x * bv13;
    acc8 = acc8 + aq17.x * bv16;
    acc8 = acc8 + aq20.x * bv19;
    acc8 = acc8 + aq23.x * bv22;
    acc9 = acc9 + aq14.y * bv13;
    acc9 = acc9 + aq17.y * bv16;
    acc9 = acc9 + aq20.y * bv19;
    acc9 = acc9 + aq23.y * bv22;
    acc10 = acc10 + aq14.z * bv13;
    acc10 = acc10 + aq17.z * bv16;
    acc10 = acc10 + aq20.z * bv19;
    acc10 = acc10 + aq23.z * bv22;
    acc11 = acc11 + aq14.w * bv13;
    acc11 = acc11 + aq17.w * bv16;
    acc11 = acc11 + aq20.w * bv19;
    acc11 = acc11 + aq23.w * bv22;
  }
  {
    let l24 = i0 * 100u + j0;
    let v25 = s_hidden2_dense_kernel[l24];
    let v26 = acc8.x;
    let v27 = (v26 * 0.01);
    let v28 = (v25 - v27);
    s_hidden2_dense_kernel[l24] = v28;
  }
  {
    let j29 = j0 + 1u;
    let l30 = i0 * 100u + j29;
    let v31 = s_hidden2_dense_kernel[l30];
    let v32 = acc8.y;
    let v33 = (v32 * 0.01);
    let v34 = (v31 - v33);
    s_hidden2_dense_kernel[l30] = v34;
  }
  {
    let j35 = j0 + 2u;
    let l36 = i0 * 100u + j35;
    let v37 = s_hidden2_dense_kernel[l36];
    let v38 = acc8.z;
    let v39 = (v38 * 0.01);
    let v40 = (v37 - v39);
    s_hidden2_dense_kernel[l36] = v40;
  }
  {
    let j41 = j0 + 3u;
    let l42 = i0 * 100u + j41;
    let v43 = s_hidden2_dense_kernel[l42];
    let v44 = acc8.w;
    let v45 = (v44 * 0.01);
    let v46 = (v43 - v45);
    s_hidden2_dense_kernel[l42] = v46;
  }
  {
    let i47 = i0 + 1u;
    let l48 = i47 * 100u + j0;
    let v49 = s_hidden2_dense_kernel[l48];
    let v50 = acc9.x;
    let v51 = (v50 * 0.01);
    let v52 = (v49 - v51);
    s_hidden2_dense_kernel[l48] = v52;
  }
  {
    let i53 = i0 + 1u;
    let j54 = j0 + 1u;
    let l55 = i53 * 100u + j54;
    let v56 = s_hidden2_dense_kernel[l55];
    let v57 = acc9.y;
    let v58 = (v57 * 0.01);
    let v59 = (v56 - v58);
    s_hidden2_dense_kernel[l55] = v59;
  }
  {
    let i60 = i0 + 1u;
    let j61 = j0 + 2u;
    let l62 = i60 * 100u + j61;
    let v63 = s_hidden2_dense_kernel[l62];
    let v64 = acc9.z;
    let v65 = (v64 * 0.01);
    let v66 = (v63 - v65);
    s_hidden2_dense_kernel[l62] = v66;
  }
  {
    let i67 = i0 + 1u;
    let j68 = j0 + 3u;
    let l69 = i67 * 100u + j68;
    let v70 = s_hidden2_dense_kernel[l69];
    let v71 = acc9.w;
    let v72 = (v71 * 0.01);
    let v73 = (v70 - v72);
    s_hidden2_dense_kernel[l69] = v73;
  }
  {
    let i74 = i0 + 2u;
    let l75 = i74 * 100u + j0;
    let v76 = s_hidden2_dense_kernel[l75];
    let v77 = acc10.x;
    let v78 = (v77 * 0.01);
    let v79 = (v76 - v78);
    s_hidden2_dense_kernel[l75] = v79;
  }
  {
    let i80 = i0 + 2u;
    let j81 = j0 + 1u;
    let l82 = i80 * 100u + j81;
    let v83 = s_hidden2_dense_kernel[l82];
    let v84 = acc10.y;
    let v85 = (v84 * 0.01);
    let v86 = (v83 - v85);
    s_hidden2_dense_kernel[l82] = v86;
  }
  {
    let i87 = i0 + 2u;
    let j88 = j0 + 2u;
    let l89 = i87 * 100u + j88;
    let v90 = s_hidden2_dense_kernel[l89];
    let v91 = acc10.z;
    let v92 = (v91 * 0.01);
    let v93 = (v90 - v92);
    s_hidden2_dense_kernel[l89] = v93;
  }
  {
    let i94 = i0 + 2u;
    let j95 = j0 + 3u;
    let l96 = i94 * 100u + j95;
    let v97 = s_hidden2_dense_kernel[l96];
    let v98 = acc10.w;
    let v99 = (v98 * 0.01);
    let v100 = (v97 - v99);
    s_hidden2_dense_kernel[l96] = v100;
  }
  {
    let i101 = i0 + 3u;
    let l102 = i101 * 100u + j0;
    let v103 = s_hidden2_dense_kernel[l102];
    let v104 = acc11.x;
    let v105 = (v104 * 0.01);
    let v106 = (v103 - v105);
    s_hidden2_dense_kernel[l102] = v106;
  }
  {
    let i107 = i0 + 3u;
    let j108 = j0 + 1u;
    let l109 = i107 * 100u + j108;
    let v110 = s_hidden2_dense_kernel[l109];
    let v111 = acc11.y;
    let v112 = (v111 * 0.01);
    let v113 = (v110 - v112);
    s_hidden2_dense_kernel[l109] = v113;
  }
  {
    let i114 = i0 + 3u;
    let j115 = j0 + 2u;
    let l116 = i114 * 100u + j115;
    let v117 = s_hidden2_dense_kernel[l116];
    let v118 = acc11.z;
    let v119 = (v118 * 0.01);
    let v120 = (v117 - v119);
    s_hidden2_dense_kernel[l116] = v120;
  }
  {
    let i121 = i0 + 3u;
    let j122 = j0 + 3u;
    let l123 = i121 * 100u + j122;
    let v124 = s_hidden2_dense_kernel[l123];
    let v125 = acc11.w;
    let v126 = (v125 * 0.01);
    let v127 = (v124 - v126);
    s_hidden2_dense_kernel[l123] = v127;
  }
}

// ---- 025_matmul_logits_dense_kernel_sgd.wgsl
@group(0) @binding(0) var<storage, read> tmp7: array<f32>;
@group(0) @binding(1) var<storage, read> tmp12: array<f32>;
@group(0) @binding(2) var<storage, read_write> s_logits_dense_kernel: array<f32>;

@compute @workgroup_size(64)
fn main(@builtin(global_invocation_id) gid: vec3<u32>) {
  let t = gid.x;
  if (t >= 75u) { return; }
  let i0 = (t / 3u) * 4u;
  let j0 = (t % 3u) * 4u;
  let row0 = min(i0 + 0u, 99u);
  let row1 = min(i0 + 1u, 99u);
  let row2 = min(i0 + 2u, 99u);
  let row3 = min(i0 + 3u, 99u);
  let col4 = min(j0 + 0u, 9u);
  let col5 = min(j0 + 1u, 9u);
  let col6 = min(j0 + 2u, 9u);
  let col7 = min(j0 + 3u, 9u);
  var acc8: vec4<f32> = vec4<f32>(0.0);
  var acc9: vec4<f32> = vec4<f32>(0.0);
  var acc10: vec4<f32> = vec4<f32>(0.0);
  var acc11: vec4<f32> = vec4<f32>(0.0);
  for (var k: u32 = 0u; k < 200u; k = k + 1u) {
    let rb12 = k * 10u;
    let bv13 = vec4<f32>(tmp12[rb12 + col4], tmp12[rb12 + col5], tmp12[rb12 + col6], tmp12[rb12 + col7]);
    let rk14 = k * 100u;
    acc8 = acc8 + tmp7[rk14 + row0] * bv13;
    acc9 = acc9 + tmp7[rk14 + row1] * bv13;
    acc10 = acc10 + tmp7[rk14 + row2] * bv13;
    acc11 = acc11 + tmp7[rk14 + row3] * bv13;
  }
  {
    let l15 = i0 * 10u + j0;
    let v16 = s_logits_dense_kernel[l15];
    let v17 = acc8.x;
    let v18 = (v17 * 0.01);
    let v19 = (v16 - v18);
    s_logits_dense_kernel[l15] = v19;
  }
  if (j0 + 1u < 10u) {
    let j20 = j0 + 1u;
    let l21 = i0 * 10u + j20;
    let v22 = s_logits_dense_kernel[l21];
    let v23 = acc8.y;
    let v24 = (v23 * 0.01);
    let v25 = (v22 - v24);
    s_logits_dense_kernel[l21] = v25;
  }
  if (j0 + 2u < 10u) {
    let j26 = j0 + 2u;
    let l27 = i0 * 10u + j26;
    let v28 = s_logits_dense_kernel[l27];
    let v29 = acc8.z;
    let v30 = (v29 * 0.01);
    let v31 = (v28 - v30);
    s_logits_dense_kernel[l27] = v31;
  }
  if (j0 + 3u < 10u) {
    let j32 = j0 + 3u;
    let l33 = i0 * 10u + j32;
    let v34 = s_logits_dense_kernel[l33];
    let v35 = acc8.w;
    let v36 = (v35 * 0.01);
    let v37 = (v34 - v36);
    s_logits_dense_kernel[l33] = v37;
  }
  {
    let i38 = i0 + 1u;
    let l39 = i38 * 10u + j0;
    let v40 = s_logits_dense_kernel[l39];
    let v41 = acc9.x;
    let v42 = (v41 * 0.01);
    let v43 = (v40 - v42);
    s_logits_dense_kernel[l39] = v43;
  }
  if (j0 + 1u < 10u) {
    let i44 = i0 + 1u;
    let j45 = j0 + 1u;
    let l46 = i44 * 10u + j45;
    let v47 = s_logits_dense_kernel[l46];
    let v48 = acc9.y;
    let v49 = (v48 * 0.01);
    let v50 = (v47 - v49);
    s_logits_dense_kernel[l46] = v50;
  }
  if (j0 + 2u < 10u) {
    let i51 = i0 + 1u;
    let j52 = j0 + 2u;
    let l53 = i51 * 10u + j52;
    let v54 = s_logits_dense_kernel[l53];
    let v55 = acc9.z;
    let v56 = (v55 * 0.01);
    let v57 = (v54 - v56);
    s_logits_dense_kernel[l53] = v57;
  }
  if (j0 + 3u < 10u) {
    let i58 = i0 + 1u;
    let j59 = j0 + 3u;
    let l60 = i58 * 10u + j59;
    let v61 = s_logits_dense_kernel[l60];
    let v62 = acc9.w;
    let v63 = (v62 * 0.01);
    let v64 = (v61 - v63);
    s_logits_dense_kernel[l60] = v64;
  }
  {
    let i65 = i0 + 2u;
    let l66 = i65 * 10u + j0;
    let v67 = s_logits_dense_kernel[l66];
    let v68 = acc10.x;
    let v69 = (v68 * 0.01);
    let v70 = (v67 - v69);
    s_logits_dense_kernel[l66] = v70;
  }
  if (j0 + 1u < 10u) {
    let i71 = i0 + 2u;
    let j72 = j0 + 1u;
    let l73 = i71 * 10u + j72;
    let v74 = s_logits_dense_kernel[l73];
    let v75 = acc10.y;
    let v76 = (v75 * 0.01);
    let v77 = (v74 - v76);
    s_logits_dense_kernel[l73] = v77;
  }
  if (j0 + 2u < 10u) {
    let i78 = i0 + 2u;
    let j79 = j0 + 2u;
    let l80 = i78 * 10u + j79;
    let v81 = s_logits_dense_kernel[l80];
    let v82 = acc10.z;
    let v83 = (v82 * 0.01);
    let v84 = (v81 - v83);
    s_logits_dense_kernel[l80] = v84;
  }
  if (j0 + 3u < 10u) {
    let i85 = i0 + 2u;
    let j86 = j0 + 3u;
    let l87 = i85 * 10u + j86;
    let v88 = s_logits_dense_kernel[l87];
    let v89 = acc10.w;
    let v90 = (v89 * 0.01);
    let v91 = (v88 - v90);
    s_logits_dense_kernel[l87] = v91;
  }
  {
    let i92 = i0 + 3u;
    let l93 = i92 * 10u + j0;
    let v94 = s_logits_dense_kernel[l93];
    let v95 = acc11.x;
    let v96 = (v95 * 0.01);
    let v97 = (v94 - v96);
    s_logits_dense_kernel[l93] = v97;
  }
  if (j0 + 1u < 10u) {
    let i98 = i0 + 3u;
    let j99 = j0 + 1u;
    let l100 = i98 * 10u + j99;
    let v101 = s_logits_dense_kernel[l100];
    let v102 = acc11.y;
    let v103 = (v102 * 0.01);
    let v104 = (v101 - v103);
    s_logits_dense_kernel[l100] = v104;
  }
  if (j0 + 2u < 10u) {
    let i105 = i0 + 3u;
    let j106 = j0 + 2u;
    let l107 = i105 * 10u + j106;
    let v108 = s_logits_dense_kernel[l107];
    let v109 = acc11.z;
    let v110 = (v109 * 0.01);
    let v111 = (v108 - v110);
    s_logits_dense_kernel[l107] = v111;
  }
  if (j0 + 3u < 10u) {
    let i112 = i0 + 3u;
    let j113 = j0 + 3u;
    let l114 = i112 * 10u + j113;
    let v115 = s_logits_dense_kernel[l114];
    let v116 = acc11.w;
    let v117 = (v116 * 0.01);
    let v118 = (v115 - v117);
    s_logits_dense_kernel[l114] = v118;
  }
}

// ---- 026_add_metrics_x5.wgsl
@group(0) @binding(0) var<storage, read_write> s_acc_train_loss: array<f32>;
@group(0) @binding(1) var<storage, read> out_loss: array<f32>;
@group(0) @binding(2) var<storage, read_write> s_acc_train_count: array<f32>;
@group(0) @binding(3) var<storage, read_write> s_acc_train_accuracy: array<f32>;
@group(0) @binding(4) var<storage, read> out_accuracy: array<f32>;
@group(0) @binding(5) var<storage, read_write> s_counter_step: array<u32>;
@group(0) @binding(6) var<storage, read_write> s_counter_batch: array<u32>;

@compute @workgroup_size(64)
fn main(@builtin(global_invocation_id) gid: vec3<u32>) {
  let i = gid.x;
  if (i >= 1u) { return; }
  let v0 = s_acc_train_loss[i];
  let v1 = out_loss[i];
  let v2 = (v0 + v1);
  let v3 = s_acc_train_count[i];
  let v4 = (v3 + 1.0);
  let v5 = s_acc_train_accuracy[i];
  let v6 = out_accuracy[i];
  let v7 = (v5 + v6);
  let v8 = s_counter_step[i];
  let v9 = (v8 + 1u);
  let v10 = s_counter_batch[i];
  let v11 = (v10 + 1u);
  s_acc_train_loss[i] = v2;
  s_acc_train_count[i] = v4;
  s_acc_train_accuracy[i] = v7;
  s_counter_step[i] = v9;
  s_counter_batch[i] = v11;
}

// ---- 027_feed_eval_X.wgsl
@group(0) @binding(0) var<storage, read> data: array<u32>;
@group(0) @binding(1) var<storage, read> info: array<u32>;
@group(0) @binding(2) var<storage, read> eval_batch: array<u32>;
@group(0) @binding(3) var<storage, read_write> out: array<f32>;
@group(0) @binding(4) var<storage, read_write> weight: array<f32>;

@compute @workgroup_size(64)
fn main(@builtin(global_invocation_id) gid: vec3<u32>) {
  let i = gid.x;
  if (i >= 9800u) { return; }
  let count = info[0];
  let features = info[2];
  let row = i / 49u;
  let f = (i % 49u) * 16u;
  let o = row * 784u + f;
  let base = eval_batch[0] * 200u;
  let rem = min(count - min(base, count), 200u);
  let ex = base + row % max(rem, 1u);
  if (i == 0u) {
    weight[0] = f32(rem) / 200.0;
  }
  let e = min(ex, count - 1u) * features + f;
  if (info[1] == 1u) {
    let word0 = data[e / 4u];
    out[o + 0u] = f32((word0 >> 0u) & 0xffu) / 255.0;
    out[o + 1u] = f32((word0 >> 8u) & 0xffu) / 255.0;
    out[o + 2u] = f32((word0 >> 16u) & 0xffu) / 255.0;
    out[o + 3u] = f32((word0 >> 24u) & 0xffu) / 255.0;
    let word1 = data[e / 4u + 1u];
    out[o + 4u] = f32((word1 >> 0u) & 0xffu) / 255.0;
    out[o + 5u] = f32((word1 >> 8u) & 0xffu) / 255.0;
    out[o + 6u] = f32((word1 >> 16u) & 0xffu) / 255.0;
    out[o + 7u] = f32((word1 >> 24u) & 0xffu) / 255.0;
    let word2 = data[e / 4u + 2u];
    out[o + 8u] = f32((word2 >> 0u) & 0xffu) / 255.0;
    out[o + 9u] = f32((word2 >> 8u) & 0xffu) / 255.0;
    out[o + 10u] = f32((word2 >> 16u) & 0xffu) / 255.0;
    out[o + 11u] = f32((word2 >> 24u) & 0xffu) / 255.0;
    let word3 = data[e / 4u + 3u];
    out[o + 12u] = f32((word3 >> 0u) & 0xffu) / 255.0;
    out[o + 13u] = f32((word3 >> 8u) & 0xffu) / 255.0;
    out[o + 14u] = f32((word3 >> 16u) & 0xffu) / 255.0;
    out[o + 15u] = f32((word3 >> 24u) & 0xffu) / 255.0;
  }
  else {
    out[o + 0u] = bitcast<f32>(data[e + 0u]);
    out[o + 1u] = bitcast<f32>(data[e + 1u]);
    out[o + 2u] = bitcast<f32>(data[e + 2u]);
    out[o + 3u] = bitcast<f32>(data[e + 3u]);
    out[o + 4u] = bitcast<f32>(data[e + 4u]);
    out[o + 5u] = bitcast<f32>(data[e + 5u]);
    out[o + 6u] = bitcast<f32>(data[e + 6u]);
    out[o + 7u] = bitcast<f32>(data[e + 7u]);
    out[o + 8u] = bitcast<f32>(data[e + 8u]);
    out[o + 9u] = bitcast<f32>(data[e + 9u]);
    out[o + 10u] = bitcast<f32>(data[e + 10u]);
    out[o + 11u] = bitcast<f32>(data[e + 11u]);
    out[o + 12u] = bitcast<f32>(data[e + 12u]);
    out[o + 13u] = bitcast<f32>(data[e + 13u]);
    out[o + 14u] = bitcast<f32>(data[e + 14u]);
    out[o + 15u] = bitcast<f32>(data[e + 15u]);
  }
}

// ---- 028_feed_eval_y.wgsl
@group(0) @binding(0) var<storage, read> data: array<u32>;
@group(0) @binding(1) var<storage, read> info: array<u32>;
@group(0) @binding(2) var<storage, read> eval_batch: array<u32>;
@group(0) @binding(3) var<storage, read_write> out: array<i32>;

@compute @workgroup_size(64)
fn main(@builtin(global_invocation_id) gid: vec3<u32>) {
  let i = gid.x;
  if (i >= 200u) { return; }
  let count = info[0];
  let features = info[2];
  let row = i / 1u;
  let f = (i % 1u) * 1u;
  let o = row * 1u + f;
  let base = eval_batch[0] * 200u;
  let rem = min(count - min(base, count), 200u);
  let ex = base + row % max(rem, 1u);
  let e = min(ex, count - 1u) * features + f;
  out[o + 0u] = bitcast<i32>(data[e + 0u]);
}

// ---- 029_matmul_hidden1.wgsl
@group(0) @binding(0) var<storage, read> in_X_v4: array<vec4<f32>>;
@group(0) @binding(1) var<storage, read> s_hidden1_dense_kernel_v4: array<vec4<f32>>;
@group(0) @binding(2) var<storage, read_write> tmp15: array<f32>;
@group(0) @binding(3) var<storage, read> s_hidden1_dense_bias: array<f32>;
@group(0) @binding(4) var<storage, read> s_hidden1_batch_norm_moving_mean: array<f32>;
@group(0) @binding(5) var<storage, read> s_hidden1_batch_norm_moving_variance: array<f32>;
@group(0) @binding(6) var<storage, read> s_hidden1_batch_norm_gamma: array<f32>;
@group(0) @binding(7) var<storage, read> s_hidden1_batch_norm_beta: array<f32>;

@compute @workgroup_size(64)
fn main(@builtin(global_invocation_id) gid: vec3<u32>) {
  let t = gid.x;
  if (t >= 625u) { return; }
  let i0 = (t / 25u) * 8u;
  let j0 = (t % 25u) * 12u;
  let row0 = min(i0 + 0u, 199u);
  let row1 = min(i0 + 1u, 199u);
  let row2 = min(i0 + 2u, 199u);
  let row3 = min(i0 + 3u, 199u);
  let row4 = min(i0 + 4u, 199u);
  let row5 = min(i0 + 5u, 199u);
  let row6 = min(i0 + 6u, 199u);
  let row7 = min(i0 + 7u, 199u);
  let col8 = min(j0 + 0u, 299u);
  let col9 = min(j0 + 1u, 299u);
  let col10 = min(j0 + 2u, 299u);
  let col11 = min(j0 + 3u, 299u);
  let col12 = min(j0 + 4u, 299u);
  let col13 = min(j0 + 5u, 299u);
  let col14 = min(j0 + 6u, 299u);
  let col15 = min(j0 + 7u, 299u);
  let col16 = min(j0 + 8u, 299u);
  let col17 = min(j0 + 9u, 299u);
  let col18 = min(j0 + 10u, 299u);
  let col19 = min(j0 + 11u, 299u);
  var acc20: vec4<f32> = vec4<f32>(0.0);
  var acc21: vec4<f32> = vec4<f32>(0.0);
  var acc22: vec4<f32> = vec4<f32>(0.0);
  var acc23: vec4<f32> = vec4<f32>(0.0);
  var acc24: vec4<f32> = vec4<f32>(0.0);
  var acc25: vec4<f32> = vec4<f32>(0.0);
  var acc26: vec4<f32> = vec4<f32>(0.0);
  var acc27: vec4<f32> = vec4<f32>(0.0);
  var acc28: vec4<f32> = vec4<f32>(0.0);
  var acc29: vec4<f32> = vec4<f32>(0.0);
  var acc30: vec4<f32> = vec4<f32>(0.0);
  var acc31: vec4<f32> = vec4<f32>(0.0);
  var acc32: vec4<f32> = vec4<f32>(0.0);
  var acc33: vec4<f32> = vec4<f32>(0.0);
  var acc34: vec4<f32> = vec4<f32>(0.0);
  var acc35: vec4<f32> = vec4<f32>(0.0);
  var acc36: vec4<f32> = vec4<f32>(0.0);
  var acc37: vec4<f32> = vec4<f32>(0.0);
  var acc38: vec4<f32> = vec4<f32>(0.0);
  var acc39: vec4<f32> = vec4<f32>(0.0);
  var acc40: vec4<f32> = vec4<f32>(0.0);
  var acc41: vec4<f32> = vec4<f32>(0.0);
  var acc42: vec4<f32> = vec4<f32>(0.0);
  var acc43: vec4<f32> = vec4<f32>(0.0);
  let ra44 = row0 * 196u;
  let ra45 = row1 * 196u;
  let ra46 = row2 * 196u;
  let ra47 = row3 * 196u;
  let ra48 = row4 * 196u;
  let ra49 = row5 * 196u;
  let ra50 = row6 * 196u;
  let ra51 = row7 * 196u;
  for (var k: u32 = 0u; k < 196u; k = k + 1u) {
    let av52 = in_X_v4[ra44 + k];
    let av53 = in_X_v4[ra45 + k];
    let av54 = in_X_v4[ra46 + k];
    let av55 = in_X_v4[ra47 + k];
    let av56 = in_X_v4[ra48 + k];
    let av57 = in_X_v4[ra49 + k];
    let av58 = in_X_v4[ra50 + k];
    let av59 = in_X_v4[ra51 + k];
    let kq60 = k * 4u + 0u;
    let bv61 = s_hidden1_dense_kernel_v4[(kq60 * 300u + j0) / 4u];
    let bv62 = s_hidden1_dense_kernel_v4[(kq60 * 300u + j0) / 4u + 1u];
    let bv63 = s_hidden1_dense_kernel_v4[(kq60 * 300u + j0) / 4u + 2u];
    let kq64 = k * 4u + 1u;
    let bv65 = s_hidden1_dense_kernel_v4[(kq64 * 300u + j0) / 4u];
    let bv66 = s_hidden1_dense_kernel_v4[(kq64 * 300u + j0) / 4u + 1u];
    let bv67 = s_hidden1_dense_kernel_v4[(kq64 * 300u + j0) / 4u + 2u];
    let kq68 = k * 4u + 2u;
    let bv69 = s_hidden1_dense_kernel_v4[(kq68 * 300u + j0) / 4u];
    let bv70 = s_hidden1_dense_kernel_v4[(kq68 * 300u + j0) / 4u + 1u];
    let bv71 = s_hidden1_dense_kernel_v4[(kq68 * 300u + j0) / 4u + 2u];
    let kq72 = k * 4u + 3u;
    let bv73 = s_hidden1_dense_kernel_v4[(kq72 * 300u + j0) / 4u];
    let bv74 = s_hidden1_dense_kernel_v4[(kq72 * 300u + j0) / 4u + 1u];
    let bv75 = s_hidden1_dense_kernel_v4[(kq72 * 300u + j0) / 4u + 2u];
    acc20 = acc20 + av52.x * bv61;
    acc20 = acc20 + av52.y * bv65;
    acc20 = acc20 + av52.z * bv69;
    acc20 = acc20 + av52.w * bv73;
    acc21 = acc21 + av52.x * bv62;
    acc21 = acc21 + av52.y * bv66;
    acc21 = acc21 + av52.z * bv70;
    acc21 = acc21 + av52.w * bv74;
    acc22 = acc22 + av52.x * bv63;
    acc22 = acc22 + av52.y * bv67;
    acc22 = acc22 + av52.z * bv71;
    acc22 = acc22 + av52.w * bv75;
    acc23 = acc23 + av53.x * bv61;
    acc23 = acc23 + av53.y * bv65;
    acc23 = acc23 + av53.z * bv69;
    acc23 = acc23 + av53.w * bv73;
    acc24 = acc24 + av53.x * bv62;
    acc24 = acc24 + av53.y * bv66;
    acc24 = acc24 + av53.z * bv70;
    acc24 = acc24 + av53.w * bv74;
    acc25 = acc25 + av53.x * bv63;
    acc25 = acc25 + av53.y * bv67;
    acc25 = acc25 + av53.z * bv71;
    acc25 = acc25 + av53.w * bv75;
    acc26 = acc26 + av54.x * bv61;
    acc26 = acc26 + av54.y * bv65;
    acc26 = acc26 + av54.z * bv69;
    acc26 = acc26 + av54.w * bv73;
    acc27 = acc27 + av54.x * bv62;
    acc27 = acc27 + av54.y * bv66;
    acc27 = acc27 + av54.z * bv70;
    acc27 = acc27 + av54.w * bv74;
    acc28 = acc28 + av54.x * bv63;
    acc28 = acc28 + av54.y * bv67;
    acc28 = acc28 + av54.z * bv71;
    acc28 = acc28 + av54.w * bv75;
    acc29 = acc29 + av55.x * bv61;
    acc29 = acc29 + av55.y * bv65;
    acc29 = acc29 + av55.z * bv69;
    acc29 = acc29 + av55.w * bv73;
    acc30 = acc30 + av55.x * bv62;
    acc30 = acc30 + av55.y * bv66;
    acc30 = acc30 + av55.z * bv70;
    acc30 = acc30 + av55.w * bv74;
    acc31 = acc31 + av55.x * bv63;
    acc31 = acc31 + av55.y * bv67;
    acc31 = acc31 + av55.z * bv71;
    acc31 = acc31 + av55.w * bv75;
    acc32 = acc32 + av56.x * bv61;
    acc32 = acc32 + av56.y * bv65;
    acc32 = acc32 + av56.z * bv69;
    acc32 = acc32 + av56.w * bv73;
    acc33 = acc33 + av56.x * bv62;
    acc33 = acc33 + av56.y * bv66;
    acc33 = acc33 + av56.z * bv70;
    acc33 = acc33 + av56.w * bv74;
    acc34 = acc34 + av56.x * bv63;
    acc34 = acc34 + av56.y * bv67;
    acc34 = acc34 + av56.z * bv71;
    acc34 = acc34 + av56.w * bv75;
    acc35 = acc35 + av57.x * bv61;
    acc35 = acc35 + av57.y * bv65;
    acc35 = acc35 + av57.z * bv69;
    acc35 = acc35 + av57.w * bv73;
    acc36 = acc36 + av57.x * bv62;
    acc36 = acc36 + av57.y * bv66;
    acc36 = acc36 + av57.z * bv70;
    acc36 = acc36 + av57.w * bv74;
    acc37 = acc37 + av57.x * bv63;
    acc37 = acc37 + av57.y * bv67;
    acc37 = acc37 + av57.z * bv71;
    acc37 = acc37 + av57.w * bv75;
    acc38 = acc38 + av58.x * bv61;
    acc38 = acc38 + av58.y * bv65;
    acc38 = acc38 + av58.z * bv69;
    acc38 = acc38 + av58.w * bv73;
    acc39 = acc39 + av58.x * bv62;
    acc39 = acc39 + av58.y * bv66;
    acc39 = acc39 + av58.z * bv70;
    acc39 = acc39 + av58.w * bv74;
    acc40 = acc40 + av58.x * bv63;
    acc40 = acc40 + av58.y * bv67;
    acc40 = acc40 + av58.z * bv71;
    acc40 = acc40 + av58.w * bv75;
    acc41 = acc41 + av59.x * bv61;
    acc41 = acc41 + av59.y * bv65;
    acc41 = acc41 + av59.z * bv69;
    acc41 = acc41 + av59.w * bv73;
    acc42 = acc42 + av59.x * bv62;
    acc42 = acc42 + av59.y * bv66;
    acc42 = acc42 + av59.z * bv70;
    acc42 = acc42 + av59.w * bv74;
    acc43 = acc43 + av59.x * bv63;
    acc43 = acc43 + av59.y * bv67;
    acc43 = acc43 + av59.z * bv71;
    acc43 = acc43 + av59.w * bv75;
  }
  {
    let l76 = i0 * 300u + j0;
    let v77 = acc20.x;
    let v78 = s_hidden1_dense_bias[j0];
    let v79 = (v77 + v78);
    let v80 = s_hidden1_batch_norm_moving_mean[j0];
    let v81 = (v79 - v80);
    let v82 = s_hidden1_batch_norm_moving_variance[j0];
    let v83 = (v82 + 0.001);
    let v84 = inverseSqrt(v83);
    let v85 = (v81 * v84);
    let v86 = s_hidden1_batch_norm_gamma[j0];
    let v87 = (v85 * v86);
    let v88 = s_hidden1_batch_norm_beta[j0];
    let v89 = (v87 + v88);
    let v90 = min(v89, 0.0);
    let v91 = exp(v90);
    let v92 = (v91 - 1.0);
    let v93 = select(0.0, 1.0, v89 > 0.0);
    let v94 = select(v92, v89, v93 != 0.0);
    tmp15[l76] = v94;
  }
  {
    let j95 = j0 + 1u;
    let l96 = i0 * 300u + j95;
    let v97 = acc20.y;
    let v98 = s_hidden1_dense_bias[j95];
    let v99 = (v97 + v98);
    let v100 = s_hidden1_batch_norm_moving_mean[j95];
    let v101 = (v99 - v100);
    let v102 = s_hidden1_batch_norm_moving_variance[j95];
    let v103 = (v102 + 0.001);
    let v104 = inverseSqrt(v103);
    let v105 = (v101 * v104);
    let v106 = s_hidden1_batch_norm_gamma[j95];
    let v107 = (v105 * v106);
    let v108 = s_hidden1_batch_norm_beta[j95];
    let v109 = (v107 + v108);
    let v110 = min(v109, 0.0);
    let v111 = exp(v110);
    let v112 = (v111 - 1.0);
    let v113 = select(0.0, 1.0, v109 > 0.0);
    let v114 = select(v112, v109, v113 != 0.0);
    tmp15[l96] = v114;
  }
  {
    let j115 = j0 + 2u;
    let l116 = i0 * 300u + j115;
    let v117 = acc20.z;
    let v118 = s_hidden1_dense_bias[j115];
    let v119 = (v117 + v118);
    let v120 = s_hidden1_batch_norm_moving_mean[j115];
    let v121 = (v119 - v120);
    let v122 = s_hidden1_batch_norm_moving_variance[j115];
    let v123 = (v122 + 0.001);
    let v124 = inverseSqrt(v123);
    let v125 = (v121 * v124);
    let v126 = s_hidden1_batch_norm_gamma[j115];
    let v127 = (v125 * v126);
    let v128 = s_hidden1_batch_norm_beta[j115];
    let v129 = (v127 + v128);
    let v130 = min(v129, 0.0);
    let v131 = exp(v130);
    let v132 = (v131 - 1.0);
    let v133 = select(0.0, 1.0, v129 > 0.0);
    let v134 = select(v132, v129, v133 != 0.0);
    tmp15[l116] = v134;
  }
  {
    let j135 = j0 + 3u;
    let l136 = i0 * 300u + j135;
    let v137 = acc20.w;
    let v138 = s_hidden1_dense_bias[j135];
    let v139 = (v137 + v138);
    let v140 = s_hidden1_batch_norm_moving_mean[j135];
    let v141 = (v139 - v140);
    let v142 = s_hidden1_batch_norm_moving_variance[j135];
    let v143 = (v142 + 0.001);
    let v144 = inverseSqrt(v143);
    let v145 = (v141 * v144);
    let v146 = s_hidden1_batch_norm_gamma[j135];
    let v147 = (v145 * v146);
    let v148 = s_hidden1_batch_norm_beta[j135];
    let v149 = (v147 + v148);
    let v150 = min(v149, 0.0);
    let v151 = exp(v150);
    let v152 = (v151 - 1.0);
    let v153 = select(0.0, 1.0, v149 > 0.0);
    let v154 = select(v152, v149, v153 != 0.0);
    tmp15[l136] = v154;
  }
  {
    let j155 = j0 + 4u;
    let l156 = i0 * 300u + j155;
    let v157 = acc21.x;
    let v158 = s_hidden1_dense_bias[j155];
    let v159 = (v157 + v158);
    let v160 = s_hidden1_batch_norm_moving_mean[j155];
    let v161 = (v159 - v160);
    let v162 = s_hidden1_batch_norm_moving_variance[j155];
    let v163 = (v162 + 0.001);
    let v164 = inverseSqrt(v163);
    let v165 = (v161 * v164);
    let v166 = s_hidden1_batch_norm_gamma[j155];
    let v167 = (v165 * v166);
    let v168 = s_hidden1_batch_norm_beta[j155];
    let v169 = (v167 + v168);
    let v170 = min(v169, 0.0);
    let v171 = exp(v170);
    let v172 = (v171 - 1.0);
    let v173 = select(0.0, 1.0, v169 > 0.0);
    let v174 = select(v172, v169, v173 != 0.0);
    tmp15[l156] = v174;
  }
  {
    let j175 = j0 + 5u;
    let l176 = i0 * 300u + j175;
    let v177 = acc21.y;
    let v178 = s_hidden1_dense_bias[j175];
    let v179 = (v177 + v178);
    let v180 = s_hidden1_batch_norm_moving_mean[j175];
    let v181 = (v179 - v180);
    let v182 = s_hidden1_batch_norm_moving_variance[j175];
    let v183 = (v182 + 0.001);
    let v184 = inverseSqrt(v183);
    let v185 = (v181 * v184);
    let v186 = s_hidden1_batch_norm_gamma[j175];
    let v187 = (v185 * v186);
    let v188 = s_hidden1_batch_norm_beta[j175];
    let v189 = (v187 + v188);
    let v190 = min(v189, 0.0);
    let v191 = exp(v190);
    let v192 = (v191 - 1.0);
    let v193 = select(0.0, 1.0, v189 > 0.0);
    let v194 = select(v192, v189, v193 != 0.0);
    tmp15[l176] = v194;
  }
  {
    let j195 = j0 + 6u;
    let l196 = i0 * 300u + j195;
    let v197 = acc21.z;
    let v198 = s_hidden1_dense_bias[j195];
    let v199 = (v197 + v198);
    let v200 = s_hidden1_batch_norm_moving_mean[j195];
    let v201 = (v199 - v200);
    let v202 = s_hidden1_batch_norm_moving_variance[j195];
    let v203 = (v202 + 0.001);
    let v204 = inverseSqrt(v203);
    let v205 = (v201 * v204);
    let v206 = s_hidden1_batch_norm_gamma[j195];
    let v207 = (v205 * v206);
    let v208 = s_hidden1_batch_norm_beta[j195];
    let v209 = (v207 + v208);
    let v210 = min(v209, 0.0);
    let v211 = exp(v210);
    let v212 = (v211 - 1.0);
    let v213 = select(0.0, 1.0, v209 > 0.0);
    let v214 = select(v212, v209, v213 != 0.0);
    tmp15[l196] = v214;
  }
  {
    let j215 = j0 + 7u;
    let l216 = i0 * 300u + j215;
    let v217 = acc21.w;
    let v218 = s_hidden1_dense_bias[j215];
    let v219 = (v217 + v218);
    let v220 = s_hidden1_batch_norm_moving_mean[j215];
    let v221 = (v219 - v220);
    let v222 = s_hidden1_batch_norm_moving_variance[j215];
    let v223 = (v222 + 0.001);
    let v224 = inverseSqrt(v223);
    let v225 = (v221 * v224);
    let v226 = s_hidden1_batch_norm_gamma[j215];
    let v227 = (v225 * v226);
    let v228 = s_hidden1_batch_norm_beta[j215];
    let v229 = (v227 + v228);
    let v230 = min(v229, 0.0);
    let v231 = exp(v230);
    let v232 = (v231 - 1.0);
    let v233 = select(0.0, 1.0, v229 > 0.0);
    let v234 = select(v232, v229, v233 != 0.0);
    tmp15[l216] = v234;
  }
  {
    let j235 = j0 + 8u;
    let l236 = i0 * 300u + j235;
    let v237 = acc22.x;
    let v238 = s_hidden1_dense_bias[j235];
    let v239 = (v237 + v238);
    let v240 = s_hidden1_batch_norm_moving_mean[j235];
    let v241 = (v239 - v240);
    let v242 = s_hidden1_batch_norm_moving_variance[j235];
    let v243 = (v242 + 0.001);
    let v244 = inverseSqrt(v243);
    let v245 = (v241 * v244);
    let v246 = s_hidden1_batch_norm_gamma[j235];
    let v247 = (v245 * v246);
    let v248 = s_hidden1_batch_norm_beta[j235];
    let v249 = (v247 + v248);
    let v250 = min(v249, 0.0);
    let v251 = exp(v250);
    let v252 = (v251 - 1.0);
    let v253 = select(0.0, 1.0, v249 > 0.0);
    let v254 = select(v252, v249, v253 != 0.0);
    tmp15[l236] = v254;
  }
  {
    let j255 = j0 + 9u;
    let l256 = i0 * 300u + j255;
    let v257 = acc22.y;
    let v258 = s_hidden1_dense_bias[j255];
    let v259 = (v257 + v258);
    let v260 = s_hidden1_batch_norm_moving_mean[j255];
    let v261 = (v259 - v260);
    let v262 = s_hidden1_batch_norm_moving_variance[j255];
    let v263 = (v262 + 0.001);
    let v264 = inverseSqrt(v263);
    let v265 = (v261 * v264);
    let v266 = s_hidden1_batch_norm_gamma[j255];
    let v267 = (v265 * v266);
    let v268 = s_hidden1_batch_norm_beta[j255];
    let v269 = (v267 + v268);
    let v270 = min(v269, 0.0);
    let v271 = exp(v270);
    let v272 = (v271 - 1.0);
    let v273 = select(0.0, 1.0, v269 > 0.0);
    let v274 = select(v272, v269, v273 != 0.0);
    tmp15[l256] = v274;
  }
  {
    let j275 = j0 + 10u;
    let l276 = i0 * 300u + j275;
    let v277 = acc22.z;
    let v278 = s_hidden1_dense_bias[j275];
    let v279 = (v277 + v278);
    let v280 = s_hidden1_batch_norm_moving_mean[j275];
    let v281 = (v279 - v280);
    let v282 = s_hidden1_batch_norm_moving_variance[j275];
    let v283 = (v282 + 0.001);
    let v284 = inverseSqrt(v283);
    let v285 = (v281 * v284);
    let v286 = s_hidden1_batch_norm_gamma[j275];
    let v287 = (v285 * v286);
    let v288 = s_hidden1_batch_norm_beta[j275];
    let v289 = (v287 + v288);
    let v290 = min(v289, 0.0);
    let v291 = exp(v290);
    let v292 = (v291 - 1.0);
    let v293 = select(0.0, 1.0, v289 > 0.0);
    let v294 = select(v292, v289, v293 != 0.0);
    tmp15[l276] = v294;
  }
  {
    let j295 = j0 + 11u;
    let l296 = i0 * 300u + j295;
    let v297 = acc22.w;
    let v298 = s_hidden1_dense_bias[j295];
    let v299 = (v297 + v298);
    let v300 = s_hidden1_batch_norm_moving_mean[j295];
    let v301 = (v299 - v300);
    let v302 = s_hidden1_batch_norm_moving_variance[j295];
    let v303 = (v302 + 0.001);
    let v304 = inverseSqrt(v303);
    let v305 = (v301 * v304);
    let v306 = s_hidden1_batch_norm_gamma[j295];
    let v307 = (v305 * v306);
    let v308 = s_hidden1_batch_norm_beta[j295];
    let v309 = (v307 + v308);
    let v310 = min(v309, 0.0);
    let v311 = exp(v310);
    let v312 = (v311 - 1.0);
    let v313 = select(0.0, 1.0, v309 > 0.0);
    let v314 = select(v312, v309, v313 != 0.0);
    tmp15[l296] = v314;
  }
  {
    let i315 = i0 + 1u;
    let l316 = i315 * 300u + j0;
    let v317 = acc23.x;
    let v318 = s_hidden1_dense_bias[j0];
    let v319 = (v317 + v318);
    let v320 = s_hidden1_batch_norm_moving_mean[j0];
    let v321 = (v319 - v320);
    let v322 = s_hidden1_batch_norm_moving_variance[j0];
    let v323 = (v322 + 0.001);
    let v324 = inverseSqrt(v323);
    let v325 = (v321 * v324);
    let v326 = s_hidden1_batch_norm_gamma[j0];
    let v327 = (v325 * v326);
    let v328 = s_hidden1_batch_norm_beta[j0];
    let v329 = (v327 + v328);
    let v330 = min(v329, 0.0);
    let v331 = exp(v330);
    let v332 = (v331 - 1.0);
    let v333 = select(0.0, 1.0, v329 > 0.0);
    let v334 = select(v332, v329, v333 != 0.0);
    tmp15[l316] = v334;
  }
  {
    let i335 = i0 + 1u;
    let j336 = j0 + 1u;
    let l337 = i335 * 300u + j336;
    let v338 = acc23.y;
    let v339 = s_hidden1_dense_bias[j336];
    let v340 = (v338 + v339);
    let v341 = s_hidden1_batch_norm_moving_mean[j336];
    let v342 = (v340 - v341);
    let v343 = s_hidden1_batch_norm_moving_variance[j336];
    let v344 = (v343 + 0.001);
    let v345 = inverseSqrt(v344);
    let v346 = (v342 * v345);
    let v347 = s_hidden1_batch_norm_gamma[j336];
    let v348 = (v346 * v347);
    let v349 = s_hidden1_batch_norm_beta[j336];
    let v350 = (v348 + v349);
    let v351 = min(v350, 0.0);
    let v352 = exp(v351);
    let v353 = (v352 - 1.0);
    let v354 = select(0.0, 1.0, v350 > 0.0);
    let v355 = select(v353, v350, v354 != 0.0);
    tmp15[l337] = v355;
  }
  {
    let i356 = i0 + 1u;
    let j357 = j0 + 2u;
    let l358 = i356 * 300u + j357;
    let v359 = acc23.z;
    let v360 = s_hidden1_dense_bias[j357];
    let v361 = (v359 + v360);
    let v362 = s_hidden1_batch_norm_moving_mean[j357];
    let v363 = (v361 - v362);
    let v364 = s_hidden1_batch_norm_moving_variance[j357];
    let v365 = (v364 + 0.001);
    let v366 = inverseSqrt(v365);
    let v367 = (v363 * v366);
    let v368 = s_hidden1_batch_norm_gamma[j357];
    let v369 = (v367 * v368);
    let v370 = s_hidden1_batch_norm_beta[j357];
    let v371 = (v369 + v370);
    let v372 = min(v371, 0.0);
    let v373 = exp(v372);
    let v374 = (v373 - 1.0);
    let v375 = select(0.0, 1.0, v371 > 0.0);
    let v376 = select(v374, v371, v375 != 0.0);
    tmp15[l358] = v376;
  }
  {
    let i377 = i0 + 1u;
    let j378 = j0 + 3u;
    let l379 = i377 * 300u + j378;
    let v380 = acc23.w;
    let v381 = s_hidden1_dense_bias[j378];
    let v382 = (v380 + v381);
    let v383 = s_hidden1_batch_norm_moving_mean[j378];
    let v384 = (v382 - v383);
    let v385 = s_hidden1_batch_norm_moving_variance[j378];
    let v386 = (v385 + 0.001);
    let v387 = inverseSqrt(v386);
    let v388 = (v384 * v387);
    let v389 = s_hidden1_batch_norm_gamma[j378];
    let v390 = (v388 * v389);
    let v391 = s_hidden1_batch_norm_beta[j378];
    let v392 = (v390 + v391);
    let v393 = min(v392, 0.0);
    let v394 = exp(v393);
    let v395 = (v394 - 1.0);
    let v396 = select(0.0, 1.0, v392 > 0.0);
    let v397 = select(v395, v392, v396 != 0.0);
    tmp15[l379] = v397;
  }
  {
    let i398 = i0 + 1u;
    let j399 = j0 + 4u;
    let l400 = i398 * 300u + j399;
    let v401 = acc24.x;
    let v402 = s_hidden1_dense_bias[j399];
    let v403 = (v401 + v402);
    let v404 = s_hidden1_batch_norm_moving_mean[j399];
    let v405 = (v403 - v404);
    let v406 = s_hidden1_batch_norm_moving_variance[j399];
    let v407 = (v406 + 0.001);
    let v408 = inverseSqrt(v407);
    let v409 = (v405 * v408);
    let v410 = s_hidden1_batch_norm_gamma[j399];
    let v411 = (v409 * v410);
    let v412 = s_hidden1_batch_norm_beta[j399];
    let v413 = (v411 + v412);
    let v414 = min(v413, 0.0);
    let v415 = exp(v414);
    let v416 = (v415 - 1.0);
    let v417 = select(0.0, 1.0, v413 > 0.0);
    let v418 = select(v416, v413, v417 != 0.0);
    tmp15[l400] = v418;
  }
  {
    let i419 = i0 + 1u;
    let j420 = j0 + 5u;
    let l421 = i419 * 300u + j420;
    let v422 = acc24.y;
    let v423 = s_hidden1_dense_bias[j420];
    let v424 = (v422 + v423);
    let v425 = s_hidden1_batch_norm_moving_mean[j420];
    let v426 = (v424 - v425);
    let v427 = s_hidden1_batch_norm_moving_variance[j420];
    let v428 = (v427 + 0.001);
    let v429 = inverseSqrt(v428);
    let v430 = (v426 * v429);
    let v431 = s_hidden1_batch_norm_gamma[j420];
    let v432 = (v430 * v431);
    let v433 = s_hidden1_batch_norm_beta[j420];
    let v434 = (v432 + v433);
    let v435 = min(v434, 0.0);
    let v436 = exp(v435);
    let v437 = (v436 - 1.0);
    let v438 = select(0.0, 1.0, v434 > 0.0);
    let v439 = select(v437, v434, v438 != 0.0);
    tmp15[l421] = v439;
  }
  {
    let i440 = i0 + 1u;
    let j441 = j0 + 6u;
    let l442 = i440 * 300u + j441;
    let v443 = acc24.z;
    let v444 = s_hidden1_dense_bias[j441];
    let v445 = (v443 + v444);
    let v446 = s_hidden1_batch_norm_moving_mean[j441];
    let v447 = (v445 - v446);
    let v448 = s_hidden1_batch_norm_moving_variance[j441];
    let v449 = (v448 + 0.001);
    let v450 = inverseSqrt(v449);
    let v451 = (v447 * v450);
    let v452 = s_hidden1_batch_norm_gamma[j441];
    let v453 = (v451 * v452);
    let v454 = s_hidden1_batch_norm_beta[j441];
    let v455 = (v453 + v454);
    let v456 = min(v455, 0.0);
    let v457 = exp(v456);
    let v458 = (v457 - 1.0);
    let v459 = select(0.0, 1.0, v455 > 0.0);
    let v460 = select(v458, v455, v459 != 0.0);
    tmp15[l442] = v460;
  }
  {
    let i461 = i0 + 1u;
    let j462 = j0 + 7u;
    let l463 = i461 * 300u + j462;
    let v464 = acc24.w;
    let v465 = s_hidden1_dense_bias[j462];
    let v466 = (v464 + v465);
    let v467 = s_hidden1_batch_norm_moving_mean[j462];
    let v468 = (v466 - v467);
    let v469 = s_hidden1_batch_norm_moving_variance[j462];
    let v470 = (v469 + 0.001);
    let v471 = inverseSqrt(v470);
    let v472 = (v468 * v471);
    let v473 = s_hidden1_batch_norm_gamma[j462];
    let v474 = (v472 * v473);
    let v475 = s_hidden1_batch_norm_beta[j462];
    let v476 = (v474 + v475);
    let v477 = min(v476, 0.0);
    let v478 = exp(v477);
    let v479 = (v478 - 1.0);
    let v480 = select(0.0, 1.0, v476 > 0.0);
    let v481 = select(v479, v476, v480 != 0.0);
    tmp15[l463] = v481;
  }
  {
    let i482 = i0 + 1u;
    let j483 = j0 + 8u;
    let l484 = i482 * 300u + j483;
    let v485 = acc25.x;
    let v486 = s_hidden1_dense_bias[j483];
    let v487 = (v485 + v486);
    let v488 = s_hidden1_batch_norm_moving_mean[j483];
    let v489 = (v487 - v488);
    let v490 = s_hidden1_batch_norm_moving_variance[j483];
    let v491 = (v490 + 0.001);
    let v492 = inverseSqrt(v491);
    let v493 = (v489 * v492);
    let v494 = s_hidden1_batch_norm_gamma[j483];
    let v495 = (v493 * v494);
    let v496 = s_hidden1_batch_norm_beta[j483];
    let v497 = (v495 + v496);
    let v498 = min(v497, 0.0);
    let v499 = exp(v498);
    let v500 = (v499 - 1.0);
    let v501 = select(0.0, 1.0, v497 > 0.0);
    let v502 = select(v500, v497, v501 != 0.0);
    tmp15[l484] = v502;
  }
  {
    let i503 = i0 + 1u;
    let j504 = j0 + 9u;
    let l505 = i503 * 300u + j504;
    let v506 = acc25.y;
    let v507 = s_hidden1_dense_bias[j504];
    let v508 = (v506 + v507);
    let v509 = s_hidden1_batch_norm_moving_mean[j504];
    let v510 = (v508 - v509);
    let v511 = s_hidden1_batch_norm_moving_variance[j504];
    let v512 = (v511 + 0.001);
    let v513 = inverseSqrt(v512);
    let v514 = (v510 * v513);
    let v515 = s_hidden1_batch_norm_gamma[j504];
    let v516 = (v514 * v515);
    let v517 = s_hidden1_batch_norm_beta[j504];
    let v518 = (v516 + v517);
    let v519 = min(v518, 0.0);
    let v520 = exp(v519);
    let v521 = (v520 - 1.0);
    let v522 = select(0.0, 1.0, v518 > 0.0);
    let v523 = select(v521, v518, v522 != 0.0);
    tmp15[l505] = v523;
  }
  {
    let i524 = i0 + 1u;
    let j525 = j0 + 10u;
    let l526 = i524 * 300u + j525;
    let v527 = acc25.z;
    let v528 = s_hidden1_dense_bias[j525];
    let v529 = (v527 + v528);
    let v530 = s_hidden1_batch_norm_moving_mean[j525];
    let v531 = (v529 - v530);
    let v532 = s_hidden1_batch_norm_moving_variance[j525];
    let v533 = (v532 + 0.001);
    let v534 = inverseSqrt(v533);
    let v535 = (v531 * v534);
    let v536 = s_hidden1_batch_norm_gamma[j525];
    let v537 = (v535 * v536);
    let v538 = s_hidden1_batch_norm_beta[j525];
    let v539 = (v537 + v538);
    let v540 = min(v539, 0.0);
    let v541 = exp(v540);
    let v542 = (v541 - 1.0);
    let v543 = select(0.0, 1.0, v539 > 0.0);
    let v544 = select(v542, v539, v543 != 0.0);
    tmp15[l526] = v544;
  }
  {
    let i545 = i0 + 1u;
    let j546 = j0 + 11u;
    let l547 = i545 * 300u + j546;
    let v548 = acc25.w;
    let v549 = s_hidden1_dense_bias[j546];
    let v550 = (v548 + v549);
    let v551 = s_hidden1_batch_norm_moving_mean[j546];
    let v552 = (v550 - v551);
    let v553 = s_hidden1_batch_norm_moving_variance[j546];
    let v554 = (v553 + 0.001);
    let v555 = inverseSqrt(v554);
    let v556 = (v552 * v555);
    let v557 = s_hidden1_batch_norm_gamma[j546];
    let v558 = (v556 * v557);
    let v559 = s_hidden1_batch_norm_beta[j546];
    let v560 = (v558 + v559);
    let v561 = min(v560, 0.0);
    let v562 = exp(v561);
    let v563 = (v562 - 1.0);
    let v564 = select(0.0, 1.0, v560 > 0.0);
    let v565 = select(v563, v560, v564 != 0.0);
    tmp15[l547] = v565;
  }
  {
    let i566 = i0 + 2u;
    let l567 = i566 * 300u + j0;
    let v568 = acc26.x;
    let v569 = s_hidden1_dense_bias[j0];
    let v570 = (v568 + v569);
    let v571 = s_hidden1_batch_norm_moving_mean[j0];
    let v572 = (v570 - v571);
    let v573 = s_hidden1_batch_norm_moving_variance[j0];
    let v574 = (v573 + 0.001);
    let v575 = inverseSqrt(v574);
    let v576 = (v572 * v575);
    let v577 = s_hidden1_batch_norm_gamma[j0];
    let v578 = (v576 * v577);
    let v579 = s_hidden1_batch_norm_beta[j0];
    let v580 = (v578 + v579);
    let v581 = min(v580, 0.0);
    let v582 = exp(v581);
    let v583 = (v582 - 1.0);
    let v584 = select(0.0, 1.0, v580 > 0.0);
    let v585 = select(v583, v580, v584 != 0.0);
    tmp15[l567] = v585;
  }
  {
    let i586 = i0 + 2u;
    let j587 = j0 + 1u;
    let l588 = i586 * 300u + j587;
    let v589 = acc26.y;
    let v590 = s_hidden1_dense_bias[j587];
    let v591 = (v589 + v590);
    let v592 = s_hidden1_batch_norm_moving_mean[j587];
    let v593 = (v591 - v592);
    let v594 = s_hidden1_batch_norm_moving_variance[j587];
    let v595 = (v594 + 0.001);
    let v596 = inverseSqrt(v595);
    let v597 = (v593 * v596);
    let v598 = s_hidden1_batch_norm_gamma[j587];
    let v599 = (v597 * v598);
    let v600 = s_hidden1_batch_norm_beta[j587];
    let v601 = (v599 + v600);
    let v602 = min(v601, 0.0);
    let v603 = exp(v602);
    let v604 = (v603 - 1.0);
    let v605 = select(0.0, 1.0, v601 > 0.0);
    let v606 = select(v604, v601, v605 != 0.0);
    tmp15[l588] = v606;
  }
  {
    let i607 = i0 + 2u;
    let j608 = j0 + 2u;
    let l609 = i607 * 300u + j608;
    let v610 = acc26.z;
    let v611 = s_hidden1_dense_bias[j608];
    let v612 = (v610 + v611);
    let v613 = s_hidden1_batch_norm_moving_mean[j608];
    let v614 = (v612 - v613);
    let v615 = s_hidden1_batch_norm_moving_variance[j608];
    let v616 = (v615 + 0.001);
    let v617 = inverseSqrt(v616);
    let v618 = (v614 * v617);
    let v619 = s_hidden1_batch_norm_gamma[j608];
    let v620 = (v618 * v619);
    let v621 = s_hidden1_batch_norm_beta[j608];
    let v622 = (v620 + v621);
    let v623 = min(v622, 0.0);
    let v624 = exp(v623);
    let v625 = (v624 - 1.0);
    let v626 = select(0.0, 1.0, v622 > 0.0);
    let v627 = select(v625, v622, v626 != 0.0);
    tmp15[l609] = v627;
  }
  {
    let i628 = i0 + 2u;
    let j629 = j0 + 3u;
    let l630 = i628 * 300u + j629;
    let v631 = acc26.w;
    let v632 = s_hidden1_dense_bias[j629];
    let v633 = (v631 + v632);
    let v634 = s_hidden1_batch_norm_moving_mean[j629];
    let v635 = (v633 - v634);
    let v636 = s_hidden1_batch_norm_moving_variance[j629];
    let v637 = (v636 + 0.001);
    let v638 = inverseSqrt(v637);
    let v639 = (v635 * v638);
    let v640 = s_hidden1_batch_norm_gamma[j629];
    let v641 = (v639 * v640);
    let v642 = s_hidden1_batch_norm_beta[j629];
    let v643 = (v641 + v642);
    let v644 = min(v643, 0.0);
    let v645 = exp(v644);
    let v646 = (v645 - 1.0);
    let v647 = select(0.0, 1.0, v643 > 0.0);
    let v648 = select(v646, v643, v647 != 0.0);
    tmp15[l630] = v648;
  }
  {
    let i649 = i0 + 2u;
    let j650 = j0 + 4u;
    let l651 = i649 * 300u + j650;
    let v652 = acc27.x;
    let v653 = s_hidden1_dense_bias[j650];
    let v654 = (v652 + v653);
    let v655 = s_hidden1_batch_norm_moving_mean[j650];
    let v656 = (v654 - v655);
    let v657 = s_hidden1_batch_norm_moving_variance[j650];
    let v658 = (v657 + 0.001);
    let v659 = inverseSqrt(v658);
    let v660 = (v656 * v659);
    let v661 = s_hidden1_batch_norm_gamma[j650];
    let v662 = (v660 * v661);
    let v663 = s_hidden1_batch_norm_beta[j650];
    let v664 = (v662 + v663);
    let v665 = min(v664, 0.0);
    let v666 = exp(v665);
    let v667 = (v666 - 1.0);
    let v668 = select(0.0, 1.0, v664 > 0.0);
    let v669 = select(v667, v664, v668 != 0.0);
    tmp15[l651] = v669;
  }
  {
    let i670 = i0 + 2u;
    let j671 = j0 + 5u;
    let l672 = i670 * 300u + j671;
    let v673 = acc27.y;
    let v674 = s_hidden1_dense_bias[j671];
    let v675 = (v673 + v674);
    let v676 = s_hidden1_batch_norm_moving_mean[j671];
    let v677 = (v675 - v676);
    let v678 = s_hidden1_batch_norm_moving_variance[j671];
    let v679 = (v678 + 0.001);
    let v680 = inverseSqrt(v679);
    let v681 = (v677 * v680);
    let v682 = s_hidden1_batch_norm_gamma[j671];
    let v683 = (v681 * v682);
    let v684 = s_hidden1_batch_norm_beta[j671];
    let v685 = (v683 + v684);
    let v686 = min(v685, 0.0);
    let v687 = exp(v686);
    let v688 = (v687 - 1.0);
    let v689 = select(0.0, 1.0, v685 > 0.0);
    let v690 = select(v688, v685, v689 != 0.0);
    tmp15[l672] = v690;
  }
  {
    let i691 = i0 + 2u;
    let j692 = j0 + 6u;
    let l693 = i691 * 300u + j692;
    let v694 = acc27.z;
    let v695 = s_hidden1_dense_bias[j692];
    let v696 = (v694 + v695);
    let v697 = s_hidden1_batch_norm_moving_mean[j692];
    let v698 = (v696 - v697);
    let v699 = s_hidden1_batch_norm_moving_variance[j692];
    let v700 = (v699 + 0.001);
    let v701 = inverseSqrt(v700);
    let v702 = (v698 * v701);
    let v703 = s_hidden1_batch_norm_gamma[j692];
    let v704 = (v702 * v703);
    let v705 = s_hidden1_batch_norm_beta[j692];
    let v706 = (v704 + v705);
    let v707 = min(v706, 0.0);
    let v708 = exp(v707);
    let v709 = (v708 - 1.0);
    let v710 = select(0.0, 1.0, v706 > 0.0);
    let v711 = select(v709, v706, v710 != 0.0);
    tmp15[l693] = v711;
  }
  {
    let i712 = i0 + 2u;
    let j713 = j0 + 7u;
    let l714 = i712 * 300u + j713;
    let v715 = acc27.w;
    let v716 = s_hidden1_dense_bias[j713];
    let v717 = (v715 + v716);
    let v718 = s_hidden1_batch_norm_moving_mean[j713];
    let v719 = (v717 - v718);
    let v720 = s_hidden1_batch_norm_moving_variance[j713];
    let v721 = (v720 + 0.001);
    let v722 = inverseSqrt(v721);
    let v723 = (v719 * v722);
    let v724 = s_hidden1_batch_norm_gamma[j713];
    let v725 = (v723 * v724);
    let v726 = s_hidden1_batch_norm_beta[j713];
    let v727 = (v725 + v726);
    let v728 = min(v727, 0.0);
    let v729 = exp(v728);
    let v730 = (v729 - 1.0);
    let v731 = select(0.0, 1.0, v727 > 0.0);
    let v732 = select(v730, v727, v731 != 0.0);
    tmp15[l714] = v732;
  }
  {
    let i733 = i0 + 2u;
    let j734 = j0 + 8u;
    let l735 = i733 * 300u + j734;
    let v736 = acc28.x;
    let v737 = s_hidden1_dense_bias[j734];
    let v738 = (v736 + v737);
    let v739 = s_hidden1_batch_norm_moving_mean[j734];
    let v740 = (v738 - v739);
    let v741 = s_hidden1_batch_norm_moving_variance[j734];
    let v742 = (v741 + 0.001);
    let v743 = inverseSqrt(v742);
    let v744 = (v740 * v743);
    let v745 = s_hidden1_batch_norm_gamma[j734];
    let v746 = (v744 * v745);
    let v747 = s_hidden1_batch_norm_beta[j734];
    let v748 = (v746 + v747);
    let v749 = min(v748, 0.0);
    let v750 = exp(v749);
    let v751 = (v750 - 1.0);
    let v752 = select(0.0, 1.0, v748 > 0.0);
    let v753 = select(v751, v748, v752 != 0.0);
    tmp15[l735] = v753;
  }
  {
    let i754 = i0 + 2u;
    let j755 = j0 + 9u;
    let l756 = i754 * 300u + j755;
    let v757 = acc28.y;
    let v758 = s_hidden1_dense_bias[j755];
    let v759 = (v757 + v758);
    let v760 = s_hidden1_batch_norm_moving_mean[j755];
    let v761 = (v759 - v760);
    let v762 = s_hidden1_batch_norm_moving_variance[j755];
    let v763 = (v762 + 0.001);
    let v764 = inverseSqrt(v763);
    let v765 = (v761 * v764);
    let v766 = s_hidden1_batch_norm_gamma[j755];
    let v767 = (v765 * v766);
    let v768 = s_hidden1_batch_norm_beta[j755];
    let v769 = (v767 + v768);
    let v770 = min(v769, 0.0);
    let v771 = exp(v770);
    let v772 = (v771 - 1.0);
    let v773 = select(0.0, 1.0, v769 > 0.0);
    let v774 = select(v772, v769, v773 != 0.0);
    tmp15[l756] = v774;
  }
  {
    let i775 = i0 + 2u;
    let j776 = j0 + 10u;
    let l777 = i775 * 300u + j776;
    let v778 = acc28.z;
    let v779 = s_hidden1_dense_bias[j776];
    let v780 = (v778 + v779);
    let v781 = s_hidden1_batch_norm_moving_mean[j776];
    let v782 = (v780 - v781);
    let v783 = s_hidden1_batch_norm_moving_variance[j776];
    let v784 = (v783 + 0.001);
    let v785 = inverseSqrt(v784);
    let v786 = (v782 * v785);
    let v787 = s_hidden1_batch_norm_gamma[j776];
    let v788 = (v786 * v787);
    let v789 = s_hidden1_batch_norm_beta[j776];
    let v790 = (v788 + v789);
    let v791 = min(v790, 0.0);
    let v792 = exp(v791);
    let v793 = (v792 - 1.0);
    let v794 = select(0.0, 1.0, v790 > 0.0);
    let v795 = select(v793, v790, v794 != 0.0);
    tmp15[l777] = v795;
  }
  {
    let i796 = i0 + 2u;
    let j797 = j0 + 11u;
    let l798 = i796 * 300u + j797;
    let v799 = acc28.w;
    let v800 = s_hidden1_dense_bias[j797];
    let v801 = (v799 + v800);
    let v802 = s_hidden1_batch_norm_moving_mean[j797];
    let v803 = (v801 - v802);
    let v804 = s_hidden1_batch_norm_moving_variance[j797];
    let v805 = (v804 + 0.001);
    let v806 = inverseSqrt(v805);
    let v807 = (v803 * v806);
    let v808 = s_hidden1_batch_norm_gamma[j797];
    let v809 = (v807 * v808);
    let v810 = s_hidden1_batch_norm_beta[j797];
    let v811 = (v809 + v810);
    let v812 = min(v811, 0.0);
    let v813 = exp(v812);
    let v814 = (v813 - 1.0);
    let v815 = select(0.0, 1.0, v811 > 0.0);
    let v816 = select(v814, v811, v815 != 0.0);
    tmp15[l798] = v816;
  }
  {
    let i817 = i0 + 3u;
    let l818 = i817 * 300u + j0;
    let v819 = acc29.x;
    let v820 = s_hidden1_dense_bias[j0];
    let v821 = (v819 + v820);
    let v822 = s_hidden1_batch_norm_moving_mean[j0];
    let v823 = (v821 - v822);
    let v824 = s_hidden1_batch_norm_moving_variance[j0];
    let v825 = (v824 + 0.001);
    let v826 = inverseSqrt(v825);
    let v827 = (v823 * v826);
    let v828 = s_hidden1_batch_norm_gamma[j0];
    let v829 = (v827 * v828);
    let v830 = s_hidden1_batch_norm_beta[j0];
    let v831 = (v829 + v830);
    let v832 = min(v831, 0.0);
    let v833 = exp(v832);
    let v834 = (v833 - 1.0);
    let v835 = select(0.0, 1.0, v831 > 0.0);
    let v836 = select(v834, v831, v835 != 0.0);
    tmp15[l818] = v836;
  }
  {
    let i837 = i0 + 3u;
    let j838 = j0 + 1u;
    let l839 = i837 * 300u + j838;
    let v840 = acc29.y;
    let v841 = s_hidden1_dense_bias[j838];
    let v842 = (v840 + v841);
    let v843 = s_hidden1_batch_norm_moving_mean[j838];
    let v844 = (v842 - v843);
    let v845 = s_hidden1_batch_norm_moving_variance[j838];
    let v846 = (v845 + 0.001);
    let v847 = inverseSqrt(v846);
    let v848 = (v844 * v847);
    let v849 = s_hidden1_batch_norm_gamma[j838];
    let v850 = (v848 * v849);
    let v851 = s_hidden1_batch_norm_beta[j838];
    let v852 = (v850 + v851);
    let v853 = min(v852, 0.0);
    let v854 = exp(v853);
    let v855 = (v854 - 1.0);
    let v856 = select(0.0, 1.0, v852 > 0.0);
    let v857 = select(v855, v852, v856 != 0.0);
    tmp15[l839] = v857;
  }
  {
    let i858 = i0 + 3u;
    let j859 = j0 + 2u;
    let l860 = i858 * 300u + j859;
    let v861 = acc29.z;
    let v862 = s_hidden1_dense_bias[j859];
    let v863 = (v861 + v862);
    let v864 = s_hidden1_batch_norm_moving_mean[j859];
    let v865 = (v863 - v864);
    let v866 = s_hidden1_batch_norm_moving_variance[j859];
    let v867 = (v866 + 0.001);
    let v868 = inverseSqrt(v867);
    let v869 = (v865 * v868);
    let v870 = s_hidden1_batch_norm_gamma[j859];
    let v871 = (v869 * v870);
    let v872 = s_hidden1_batch_norm_beta[j859];
    let v873 = (v871 + v872);
    let v874 = min(v873, 0.0);
    let v875 = exp(v874);
    let v876 = (v875 - 1.0);
    let v877 = select(0.0, 1.0, v873 > 0.0);
    let v878 = select(v876, v873, v877 != 0.0);
    tmp15[l860] = v878;
  }
  {
    let i879 = i0 + 3u;
    let j880 = j0 + 3u;
    let l881 = i879 * 300u + j880;
    let v882 = acc29.w;
    let v883 = s_hidden1_dense_bias[j880];
    let v884 = (v882 + v883);
    let v885 = s_hidden1_batch_norm_moving_mean[j880];
    let v886 = (v884 - v885);
    let v887 = s_hidden1_batch_norm_moving_variance[j880];
    let v888 = (v887 + 0.001);
    let v889 = inverseSqrt(v888);
    let v890 = (v886 * v889);
    let v891 = s_hidden1_batch_norm_gamma[j880];
    let v892 = (v890 * v891);
    let v893 = s_hidden1_batch_norm_beta[j880];
    let v894 = (v892 + v893);
    let v895 = min(v894, 0.0);
    let v896 = exp(v895);
    let v897 = (v896 - 1.0);
    let v898 = select(0.0, 1.0, v894 > 0.0);
    let v899 = select(v897, v894, v898 != 0.0);
    tmp15[l881] = v899;
  }
  {
    let i900 = i0 + 3u;
    let j901 = j0 + 4u;
    let l902 = i900 * 300u + j901;
    let v903 = acc30.x;
    let v904 = s_hidden1_dense_bias[j901];
    let v905 = (v903 + v904);
    let v906 = s_hidden1_batch_norm_moving_mean[j901];
    let v907 = (v905 - v906);
    let v908 = s_hidden1_batch_norm_moving_variance[j901];
    let v909 = (v908 + 0.001);
    let v910 = inverseSqrt(v909);
    let v911 = (v907 * v910);
    let v912 = s_hidden1_batch_norm_gamma[j901];
    let v913 = (v911 * v912);
    let v914 = s_hidden1_batch_norm_beta[j901];
    let v915 = (v913 + v914);
    let v916 = min(v915, 0.0);
    let v917 = exp(v916);
    let v918 = (v917 - 1.0);
    let v919 = select(0.0, 1.0, v915 > 0.0);
    let v920 = select(v918, v915, v919 != 0.0);
    tmp15[l902] = v920;
  }
  {
    let i921 = i0 + 3u;
    let j922 = j0 + 5u;
    let l923 = i921 * 300u + j922;
    let v924 = acc30.y;
    let v925 = s_hidden1_dense_bias[j922];
    let v926 = (v924 + v925);
    let v927 = s_hidden1_batch_norm_moving_mean[j922];
    let v928 = (v926 - v927);
    let v929 = s_hidden1_batch_norm_moving_variance[j922];
    let v930 = (v929 + 0.001);
    let v931 = inverseSqrt(v930);
    let v932 = (v928 * v931);
    let v933 = s_hidden1_batch_norm_gamma[j922];
    let v934 = (v932 * v933);
    let v935 = s_hidden1_batch_norm_beta[j922];
    let v936 = (v934 + v935);
    let v937 = min(v936, 0.0);
    let v938 = exp(v937);
    let v939 = (v938 - 1.0);
    let v940 = select(0.0, 1.0, v936 > 0.0);
    let v941 = select(v939, v936, v940 != 0.0);
    tmp15[l923] = v941;
  }
  {
    let i942 = i0 + 3u;
    let j943 = j0 + 6u;
    let l944 = i942 * 300u + j943;
    let v945 = acc30.z;
    let v946 = s_hidden1_dense_bias[j943];
    let v947 = (v945 + v946);
    let v948 = s_hidden1_batch_norm_moving_mean[j943];
    let v949 = (v947 - v948);
    let v950 = s_hidden1_batch_norm_moving_variance[j943];
    let v951 = (v950 + 0.001);
    let v952 = inverseSqrt(v951);
    let v953 = (v949 * v952);
    let v954 = s_hidden1_batch_norm_gamma[j943];
    let v955 = (v953 * v954);
    let v956 = s_hidden1_batch_norm_beta[j943];
    let v957 = (v955 + v956);
    let v958 = min(v957, 0.0);
    let v959 = exp(v958);
    let v960 = (v959 - 1.0);
    let v961 = select(0.0, 1.0, v957 > 0.0);
    let v962 = select(v960, v957, v961 != 0.0);
    tmp15[l944] = v962;
  }
  {
    let i963 = i0 + 3u;
    let j964 = j0 + 7u;
    let l965 = i963 * 300u + j964;
    let v966 = acc30.w;
    let v967 = s_hidden1_dense_bias[j964];
    let v968 = (v966 + v967);
    let v969 = s_hidden1_batch_norm_moving_mean[j964];
    let v970 = (v968 - v969);
    let v971 = s_hidden1_batch_norm_moving_variance[j964];
    let v972 = (v971 + 0.001);
    let v973 = inverseSqrt(v972);
    let v974 = (v970 * v973);
    let v975 = s_hidden1_batch_norm_gamma[j964];
    let v976 = (v974 * v975);
    let v977 = s_hidden1_batch_norm_beta[j964];
    let v978 = (v976 + v977);
    let v979 = min(v978, 0.0);
    let v980 = exp(v979);
    let v981 = (v980 - 1.0);
    let v982 = select(0.0, 1.0, v978 > 0.0);
    let v983 = select(v981, v978, v982 != 0.0);
    tmp15[l965] = v983;
  }
  {
    let i984 = i0 + 3u;
    let j985 = j0 + 8u;
    let l986 = i984 * 300u + j985;
    let v987 = acc31.x;
    let v988 = s_hidden1_dense_bias[j985];
    let v989 = (v987 + v988);
    let v990 = s_hidden1_batch_norm_moving_mean[j985];
    let v991 = (v989 - v990);
    let v992 = s_hidden1_batch_norm_moving_variance[j985];
    let v993 = (v992 + 0.001);
    let v994 = inverseSqrt(v993);
    let v995 = (v991 * v994);
    let v996 = s_hidden1_batch_norm_gamma[j985];
    let v997 = (v995 * v996);
    let v998 = s_hidden1_batch_norm_beta[j985];
    let v999 = (v997 + v998);
    let v1000 = min(v999, 0.0);
    let v1001 = exp(v1000);
    let v1002 = (v1001 - 1.0);
    let v1003 = select(0.0, 1.0, v999 > 0.0);
    let v1004 = select(v1002, v999, v1003 != 0.0);
    tmp15[l986] = v1004;
  }
  {
    let i1005 = i0 + 3u;
    let j1006 = j0 + 9u;
    let l1007 = i1005 * 300u + j1006;
    let v1008 = acc31.y;
    let v1009 = s_hidden1_dense_bias[j1006];
    let v1010 = (v1008 + v1009);
    let v1011 = s_hidden1_batch_norm_moving_mean[j1006];
    let v1012 = (v1010 - v1011);
    let v1013 = s_hidden1_batch_norm_moving_variance[j1006];
    let v1014 = (v1013 + 0.001);
    let v1015 = inverseSqrt(v1014);
    let v1016 = (v1012 * v1015);
    let v1017 = s_hidden1_batch_norm_gamma[j1006];
    let v1018 = (v1016 * v1017);
    let v1019 = s_hidden1_batch_norm_beta[j1006];
    let v1020 = (v1018 + v1019);
    let v1021 = min(v1020, 0.0);
    let v1022 = exp(v1021);
    let v1023 = (v1022 - 1.0);
    let v1024 = select(0.0, 1.0, v1020 > 0.0);
    let v1025 = select(v1023, v1020, v1024 != 0.0);
    tmp15[l1007] = v1025;
  }
  {
    let i1026 = i0 + 3u;
    let j1027 = j0 + 10u;
    let l1028 = i1026 * 300u + j1027;
    let v1029 = acc31.z;
    let v1030 = s_hidden1_dense_bias[j1027];
    let v1031 = (v1029 + v1030);
    let v1032 = s_hidden1_batch_norm_moving_mean[j1027];
    let v1033 = (v1031 - v1032);
    let v1034 = s_hidden1_batch_norm_moving_variance[j1027];
    let v1035 = (v1034 + 0.001);
    let v1036 = inverseSqrt(v1035);
    let v1037 = (v1033 * v1036);
    let v1038 = s_hidden1_batch_norm_gamma[j1027];
    let v1039 = (v1037 * v1038);
    let v1040 = s_hidden1_batch_norm_beta[j1027];
    let v1041 = (v1039 + v1040);
    let v1042 = min(v1041, 0.0);
    let v1043 = exp(v1042);
    let v1044 = (v1043 - 1.0);
    let v1045 = select(0.0, 1.0, v1041 > 0.0);
    let v1046 = select(v1044, v1041, v1045 != 0.0);
    tmp15[l1028] = v1046;
  }
  {
    let i1047 = i0 + 3u;
    let j1048 = j0 + 11u;
    let l1049 = i1047 * 300u + j1048;
    let v1050 = acc31.w;
    let v1051 = s_hidden1_dense_bias[j1048];
    let v1052 = (v1050 + v1051);
    let v1053 = s_hidden1_batch_norm_moving_mean[j1048];
    let v1054 = (v1052 - v1053);
    let v1055 = s_hidden1_batch_norm_moving_variance[j1048];
    let v1056 = (v1055 + 0.001);
    let v1057 = inverseSqrt(v1056);
    let v1058 = (v1054 * v1057);
    let v1059 = s_hidden1_batch_norm_gamma[j1048];
    let v1060 = (v1058 * v1059);
    let v1061 = s_hidden1_batch_norm_beta[j1048];
    let v1062 = (v1060 + v1061);
    let v1063 = min(v1062, 0.0);
    let v1064 = exp(v1063);
    let v1065 = (v1064 - 1.0);
    let v1066 = select(0.0, 1.0, v1062 > 0.0);
    let v1067 = select(v1065, v1062, v1066 != 0.0);
    tmp15[l1049] = v1067;
  }
  {
    let i1068 = i0 + 4u;
    let l1069 = i1068 * 300u + j0;
    let v1070 = acc32.x;
    let v1071 = s_hidden1_dense_bias[j0];
    let v1072 = (v1070 + v1071);
    let v1073 = s_hidden1_batch_norm_moving_mean[j0];
    let v1074 = (v1072 - v1073);
    let v1075 = s_hidden1_batch_norm_moving_variance[j0];
    let v1076 = (v1075 + 0.001);
    let v1077 = inverseSqrt(v1076);
    let v1078 = (v1074 * v1077);
    let v1079 = s_hidden1_batch_norm_gamma[j0];
    let v1080 = (v1078 * v1079);
    let v1081 = s_hidden1_batch_norm_beta[j0];
    let v1082 = (v1080 + v1081);
    let v1083 = min(v1082, 0.0);
    let v1084 = exp(v1083);
    let v1085 = (v1084 - 1.0);
    let v1086 = select(0.0, 1.0, v1082 > 0.0);
    let v1087 = select(v1085, v1082, v1086 != 0.0);
    tmp15[l1069] = v1087;
  }
  {
    let i1088 = i0 + 4u;
    let j1089 = j0 + 1u;
    let l1090 = i1088 * 300u + j1089;
    let v1091 = acc32.y;
    let v1092 = s_hidden1_dense_bias[j1089];
    let v1093 = (v1091 + v1092);
    let v1094 = s_hidden1_batch_norm_moving_mean[j1089];
    let v1095 = (v1093 - v1094);
    let v1096 = s_hidden1_batch_norm_moving_variance[j1089];
    let v1097 = (v1096 + 0.001);
    let v1098 = inverseSqrt(v1097);
    let v1099 = (v1095 * v1098);
    let v1100 = s_hidden1_batch_norm_gamma[j1089];
    let v1101 = (v1099 * v1100);
    let v1102 = s_hidden1_batch_norm_beta[j1089];
    let v1103 = (v1101 + v1102);
    let v1104 = min(v1103, 0.0);
    let v1105 = exp(v1104);
    let v1106 = (v1105 - 1.0);
    let v1107 = select(0.0, 1.0, v1103 > 0.0);
    let v1108 = select(v1106, v1103, v1107 != 0.0);
    tmp15[l1090] = v1108;
  }
  {
    let i1109 = i0 + 4u;
    let j1110 = j0 + 2u;
    let l1111 = i1109 * 300u + j1110;
    let v1112 = acc32.z;
    let v1113 = s_hidden1_dense_bias[j1110];
    let v1114 = (v1112 + v1113);
    let v1115 = s_hidden1_batch_norm_moving_mean[j1110];
    let v1116 = (v1114 - v1115);
    let v1117 = s_hidden1_batch_norm_moving_variance[j1110];
    let v1118 = (v1117 + 0.001);
    let v1119 = inverseSqrt(v1118);
    let v1120 = (v1116 * v1119);
    let v1121 = s_hidden1_batch_norm_gamma[j1110];
    let v1122 = (v1120 * v1121);
    let v1123 = s_hidden1_batch_norm_beta[j1110];
    let v1124 = (v1122 + v1123);
    let v1125 = min(v1124, 0.0);
    let v1126 = exp(v1125);
    let v1127 = (v1126 - 1.0);
    let v1128 = select(0.0, 1.0, v1124 > 0.0);
    let v1129 = select(v1127, v1124, v1128 != 0.0);
    tmp15[l1111] = v1129;
  }
  {
    let i1130 = i0 + 4u;
    let j1131 = j0 + 3u;
    let l1132 = i1130 * 300u + j1131;
    let v1133 = acc32.w;
    let v1134 = s_hidden1_dense_bias[j1131];
    let v1135 = (v1133 + v1134);
    let v1136 = s_hidden1_batch_norm_moving_mean[j1131];
    let v1137 = (v1135 - v1136);
    let v1138 = s_hidden1_batch_norm_moving_variance[j1131];
    let v1139 = (v1138 + 0.001);
    let v1140 = inverseSqrt(v1139);
    let v1141 = (v1137 * v1140);
    let v1142 = s_hidden1_batch_norm_gamma[j1131];
    let v1143 = (v1141 * v1142);
    let v1144 = s_hidden1_batch_norm_beta[j1131];
    let v1145 = (v1143 + v1144);
    let v1146 = min(v1145, 0.0);
    let v1147 = exp(v1146);
    let v1148 = (v1147 - 1.0);
    let v1149 = select(0.0, 1.0, v1145 > 0.0);
    let v1150 = select(v1148, v1145, v1149 != 0.0);
    tmp15[l1132] = v1150;
  }
  {
    let i1151 = i0 + 4u;
    let j1152 = j0 + 4u;
    let l1153 = i1151 * 300u + j1152;
    let v1154 = acc33.x;
    let v1155 = s_hidden1_dense_bias[j1152];
    let v1156 = (v1154 + v1155);
    let v1157 = s_hidden1_batch_norm_moving_mean[j1152];
    let v1158 = (v1156 - v1157);
    let v1159 = s_hidden1_batch_norm_moving_variance[j1152];
    let v1160 = (v1159 + 0.001);
    let v1161 = inverseSqrt(v1160);
    let v1162 = (v1158 * v1161);
    let v1163 = s_hidden1_batch_norm_gamma[j1152];
    let v1164 = (v1162 * v1163);
    let v1165 = s_hidden1_batch_norm_beta[j1152];
    let v1166 = (v1164 + v1165);
    let v1167 = min(v1166, 0.0);
    let v1168 = exp(v1167);
    let v1169 = (v1168 - 1.0);
    let v1170 = select(0.0, 1.0, v1166 > 0.0);
    let v1171 = select(v1169, v1166, v1170 != 0.0);
    tmp15[l1153] = v1171;
  }
  {
    let i1172 = i0 + 4u;
    let j1173 = j0 + 5u;
    let l1174 = i1172 * 300u + j1173;
    let v1175 = acc33.y;
    let v1176 = s_hidden1_dense_bias[j1173];
    let v1177 = (v1175 + v1176);
    let v1178 = s_hidden1_batch_norm_moving_mean[j1173];
    let v1179 = (v1177 - v1178);
    let v1180 = s_hidden1_batch_norm_moving_variance[j1173];
    let v1181 = (v1180 + 0.001);
    let v1182 = inverseSqrt(v1181);
    let v1183 = (v1179 * v1182);
    let v1184 = s_hidden1_batch_norm_gamma[j1173];
    let v1185 = (v1183 * v1184);
    let v1186 = s_hidden1_batch_norm_beta[j1173];
    let v1187 = (v1185 + v1186);
    let v1188 = min(v1187, 0.0);
    let v1189 = exp(v1188);
    let v1190 = (v1189 - 1.0);
    let v1191 = select(0.0, 1.0, v1187 > 0.0);
    let v1192 = select(v1190, v1187, v1191 != 0.0);
    tmp15[l1174] = v1192;
  }
  {
    let i1193 = i0 + 4u;
    let j1194 = j0 + 6u;
    let l1195 = i1193 * 300u + j1194;
    let v1196 = acc33.z;
    let v1197 = s_hidden1_dense_bias[j1194];
    let v1198 = (v1196 + v1197);
    let v1199 = s_hidden1_batch_norm_moving_mean[j1194];
    let v1200 = (v1198 - v1199);
    let v1201 = s_hidden1_batch_norm_moving_variance[j1194];
    let v1202 = (v1201 + 0.001);
    let v1203 = inverseSqrt(v1202);
    let v1204 = (v1200 * v1203);
    let v1205 = s_hidden1_batch_norm_gamma[j1194];
    let v1206 = (v1204 * v1205);
    let v1207 = s_hidden1_batch_norm_beta[j1194];
    let v1208 = (v1206 + v1207);
    let v1209 = min(v1208, 0.0);
    let v1210 = exp(v1209);
    let v1211 = (v1210 - 1.0);
    let v1212 = select(0.0, 1.0, v1208 > 0.0);
    let v1213 = select(v1211, v1208, v1212 != 0.0);
    tmp15[l1195] = v1213;
  }
  {
    let i1214 = i0 + 4u;
    let j1215 = j0 + 7u;
    let l1216 = i1214 * 300u + j1215;
    let v1217 = acc33.w;
    let v1218 = s_hidden1_dense_bias[j1215];
    let v1219 = (v1217 + v1218);
    let v1220 = s_hidden1_batch_norm_moving_mean[j1215];
    let v1221 = (v1219 - v1220);
    let v1222 = s_hidden1_batch_norm_moving_variance[j1215];
    let v1223 = (v1222 + 0.001);
    let v1224 = inverseSqrt(v1223);
    let v1225 = (v1221 * v1224);
    let v1226 = s_hidden1_batch_norm_gamma[j1215];
    let v1227 = (v1225 * v1226);
    let v1228 = s_hidden1_batch_norm_beta[j1215];
    let v1229 = (v1227 + v1228);
    let v1230 = min(v1229, 0.0);
    let v1231 = exp(v1230);
    let v1232 = (v1231 - 1.0);
    let v1233 = select(0.0, 1.0, v1229 > 0.0);
    let v1234 = select(v1232, v1229, v1233 != 0.0);
    tmp15[l1216] = v1234;
  }
  {
    let i1235 = i0 + 4u;
    let j1236 = j0 + 8u;
    let l1237 = i1235 * 300u + j1236;
    let v1238 = acc34.x;
    let v1239 = s_hidden1_dense_bias[j1236];
    let v1240 = (v1238 + v1239);
    let v1241 = s_hidden1_batch_norm_moving_mean[j1236];
    let v1242 = (v1240 - v1241);
    let v1243 = s_hidden1_batch_norm_moving_variance[j1236];
    let v1244 = (v1243 + 0.001);
    let v1245 = inverseSqrt(v1244);
    let v1246 = (v1242 * v1245);
    let v1247 = s_hidden1_batch_norm_gamma[j1236];
    let v1248 = (v1246 * v1247);
    let v1249 = s_hidden1_batch_norm_beta[j1236];
    let v1250 = (v1248 + v1249);
    let v1251 = min(v1250, 0.0);
    let v1252 = exp(v1251);
    let v1253 = (v1252 - 1.0);
    let v1254 = select(0.0, 1.0, v1250 > 0.0);
    let v1255 = select(v1253, v1250, v1254 != 0.0);
    tmp15[l1237] = v1255;
  }
  {
    let i1256 = i0 + 4u;
    let j1257 = j0 + 9u;
    let l1258 = i1256 * 300u + j1257;
    let v1259 = acc34.y;
    let v1260 = s_hidden1_dense_bias[j1257];
    let v1261 = (v1259 + v1260);
    let v1262 = s_hidden1_batch_norm_moving_mean[j1257];
    let v1263 = (v1261 - v1262);
    let v1264 = s_hidden1_batch_norm_moving_variance[j1257];
    let v1265 = (v1264 + 0.001);
    let v1266 = inverseSqrt(v1265);
    let v1267 = (v1263 * v1266);
    let v1268 = s_hidden1_batch_norm_gamma[j1257];
    let v1269 = (v1267 * v1268);
    let v1270 = s_hidden1_batch_norm_beta[j1257];
    let v1271 = (v1269 + v1270);
    let v1272 = min(v1271, 0.0);
    let v1273 = exp(v1272);
    let v1274 = (v1273 - 1.0);
    let v1275 = select(0.0, 1.0, v1271 > 0.0);
    let v1276 = select(v1274, v1271, v1275 != 0.0);
    tmp15[l1258] = v1276;
  }
  {
    let i1277 = i0 + 4u;
    let j1278 = j0 + 10u;
    let l1279 = i1277 * 300u + j1278;
    let v1280 = acc34.z;
    let v1281 = s_hidden1_dense_bias[j1278];
    let v1282 = (v1280 + v1281);
    let v1283 = s_hidden1_batch_norm_moving_mean[j1278];
    let v1284 = (v1282 - v1283);
    let v1285 = s_hidden1_batch_norm_moving_variance[j1278];
    let v1286 = (v1285 + 0.001);
    let v1287 = inverseSqrt(v1286);
    let v1288 = (v1284 * v1287);
    let v1289 = s_hidden1_batch_norm_gamma[j1278];
    let v1290 = (v1288 * v1289);
    let v1291 = s_hidden1_batch_norm_beta[j1278];
    let v1292 = (v1290 + v1291);
    let v1293 = min(v1292, 0.0);
    let v1294 = exp(v1293);
    let v1295 = (v1294 - 1.0);
    let v1296 = select(0.0, 1.0, v1292 > 0.0);
    let v1297 = select(v1295, v1292, v1296 != 0.0);
    tmp15[l1279] = v1297;
  }
  {
    let i1298 = i0 + 4u;
    let j1299 = j0 + 11u;
    let l1300 = i1298 * 300u + j1299;
    let v1301 = acc34.w;
    let v1302 = s_hidden1_dense_bias[j1299];
    let v1303 = (v1301 + v1302);
    let v1304 = s_hidden1_batch_norm_moving_mean[j1299];
    let v1305 = (v1303 - v1304);
    let v1306 = s_hidden1_batch_norm_moving_variance[j1299];
    let v1307 = (v1306 + 0.001);
    let v1308 = inverseSqrt(v1307);
    let v1309 = (v1305 * v1308);
    let v1310 = s_hidden1_batch_norm_gamma[j1299];
    let v1311 = (v1309 * v1310);
    let v1312 = s_hidden1_batch_norm_beta[j1299];
    let v1313 = (v1311 + v1312);
    let v1314 = min(v1313, 0.0);
    let v1315 = exp(v1314);
    let v1316 = (v1315 - 1.0);
    let v1317 = select(0.0, 1.0, v1313 > 0.0);
    let v1318 = select(v1316, v1313, v1317 != 0.0);
    tmp15[l1300] = v1318;
  }
  {
    let i1319 = i0 + 5u;
    let l1320 = i1319 * 300u + j0;
    let v1321 = acc35.x;
    let v1322 = s_hidden1_dense_bias[j0];
    let v1323 = (v1321 + v1322);
    let v1324 = s_hidden1_batch_norm_moving_mean[j0];
    let v1325 = (v1323 - v1324);
    let v1326 = s_hidden1_batch_norm_moving_variance[j0];
    let v1327 = (v1326 + 0.001);
    let v1328 = inverseSqrt(v1327);
    let v1329 = (v1325 * v1328);
    let v1330 = s_hidden1_batch_norm_gamma[j0];
    let v1331 = (v1329 * v1330);
    let v1332 = s_hidden1_batch_norm_beta[j0];
    let v1333 = (v1331 + v1332);
    let v1334 = min(v1333, 0.0);
    let v1335 = exp(v1334);
    let v1336 = (v1335 - 1.0);
    let v1337 = select(0.0, 1.0, v1333 > 0.0);
    let v1338 = select(v1336, v1333, v1337 != 0.0);
    tmp15[l1320] = v1338;
  }
  {
    let i1339 = i0 + 5u;
    let j1340 = j0 + 1u;
    let l1341 = i1339 * 300u + j1340;
    let v1342 = acc35.y;
    let v1343 = s_hidden1_dense_bias[j1340];
    let v1344 = (v1342 + v1343);
    let v1345 = s_hidden1_batch_norm_moving_mean[j1340];
    let v1346 = (v1344 - v1345);
    let v1347 = s_hidden1_batch_norm_moving_variance[j1340];
    let v1348 = (v1347 + 0.001);
    let v1349 = inverseSqrt(v1348);
    let v1350 = (v1346 * v1349);
    let v1351 = s_hidden1_batch_norm_gamma[j1340];
    let v1352 = (v1350 * v1351);
    let v1353 = s_hidden1_batch_norm_beta[j1340];
    let v1354 = (v1352 + v1353);
    let v1355 = min(v1354, 0.0);
    let v1356 = exp(v1355);
    let v1357 = (v1356 - 1.0);
    let v1358 = select(0.0, 1.0, v1354 > 0.0);
    let v1359 = select(v1357, v1354, v1358 != 0.0);
    tmp15[l1341] = v1359;
  }
  {
    let i1360 = i0 + 5u;
    let j1361 = j0 + 2u;
    let l1362 = i1360 * 300u + j1361;
    let v1363 = acc35.z;
    let v1364 = s_hidden1_dense_bias[j1361];
    let v1365 = (v1363 + v1364);
    let v1366 = s_hidden1_batch_norm_moving_mean[j1361];
    let v1367 = (v1365 - v1366);
    let v1368 = s_hidden1_batch_norm_moving_variance[j1361];
    let v1369 = (v1368 + 0.001);
    let v1370 = inverseSqrt(v1369);
    let v1371 = (v1367 * v1370);
    let v1372 = s_hidden1_batch_norm_gamma[j1361];
    let v1373 = (v1371 * v1372);
    let v1374 = s_hidden1_batch_norm_beta[j1361];
    let v1375 = (v1373 + v1374);
    let v1376 = min(v1375, 0.0);
    let v1377 = exp(v1376);
    let v1378 = (v1377 - 1.0);
    let v1379 = select(0.0, 1.0, v1375 > 0.0);
    let v1380 = select(v1378, v1375, v1379 != 0.0);
    tmp15[l1362] = v1380;
  }
  {
    let i1381 = i0 + 5u;
    let j1382 = j0 + 3u;
    let l1383 = i1381 * 300u + j1382;
    let v1384 = acc35.w;
    let v1385 = s_hidden1_dense_bias[j1382];
    let v1386 = (v1384 + v1385);
    let v1387 = s_hidden1_batch_norm_moving_mean[j1382];
    let v1388 = (v1386 - v1387);
    let v1389 = s_hidden1_batch_norm_moving_variance[j1382];
    let v1390 = (v1389 + 0.001);
    let v1391 = inverseSqrt(v1390);
    let v1392 = (v1388 * v1391);
    let v1393 = s_hidden1_batch_norm_gamma[j1382];
    let v1394 = (v1392 * v1393);
    let v1395 = s_hidden1_batch_norm_beta[j1382];
    let v1396 = (v1394 + v1395);
    let v1397 = min(v1396, 0.0);
    let v1398 = exp(v1397);
    let v1399 = (v1398 - 1.0);
    let v1400 = select(0.0, 1.0, v1396 > 0.0);
    let v1401 = select(v1399, v1396, v1400 != 0.0);
    tmp15[l1383] = v1401;
  }
  {
    let i1402 = i0 + 5u;
    let j1403 = j0 + 4u;
    let l1404 = i1402 * 300u + j1403;
    let v1405 = acc36.x;
    let v1406 = s_hidden1_dense_bias[j1403];
    let v1407 = (v1405 + v1406);
    let v1408 = s_hidden1_batch_norm_moving_mean[j1403];
    let v1409 = (v1407 - v1408);
    let v1410 = s_hidden1_batch_norm_moving_variance[j1403];
    let v1411 = (v1410 + 0.001);
    let v1412 = inverseSqrt(v1411);
    let v1413 = (v1409 * v1412);
    let v1414 = s_hidden1_batch_norm_gamma[j1403];
    let v1415 = (v1413 * v1414);
    let v1416 = s_hidden1_batch_norm_beta[j1403];
    let v1417 = (v1415 + v1416);
    let v1418 = min(v1417, 0.0);
    let v1419 = exp(v1418);
    let v1420 = (v1419 - 1.0);
    let v1421 = select(0.0, 1.0, v1417 > 0.0);
    let v1422 = select(v1420, v1417, v1421 != 0.0);
    tmp15[l1404] = v1422;
  }
  {
    let i1423 = i0 + 5u;
    let j1424 = j0 + 5u;
    let l1425 = i1423 * 300u + j1424;
    let v1426 = acc36.y;
    let v1427 = s_hidden1_dense_bias[j1424];
    let v1428 = (v1426 + v1427);
    let v1429 = s_hidden1_batch_norm_moving_mean[j1424];
    let v1430 = (v1428 - v1429);
    let v1431 = s_hidden1_batch_norm_moving_variance[j1424];
    let v1432 = (v1431 + 0.001);
    let v1433 = inverseSqrt(v1432);
    let v1434 = (v1430 * v1433);
    let v1435 = s_hidden1_batch_norm_gamma[j1424];
    let v1436 = (v1434 * v1435);
    let v1437 = s_hidden1_batch_norm_beta[j1424];
    let v1438 = (v1436 + v1437);
    let v1439 = min(v1438, 0.0);
    let v1440 = exp(v1439);
    let v1441 = (v1440 - 1.0);
    let v1442 = select(0.0, 1.0, v1438 > 0.0);
    let v1443 = select(v1441, v1438, v1442 != 0.0);
    tmp15[l1425] = v1443;
  }
  {
    let i1444 = i0 + 5u;
    let j1445 = j0 + 6u;
    let l1446 = i1444 * 300u + j1445;
    let v1447 = acc36.z;
    let v1448 = s_hidden1_dense_bias[j1445];
    let v1449 = (v1447 + v1448);
    let v1450 = s_hidden1_batch_norm_moving_mean[j1445];
    let v1451 = (v1449 - v1450);
    let v1452 = s_hidden1_batch_norm_moving_variance[j1445];
    let v1453 = (v1452 + 0.001);
    let v1454 = inverseSqrt(v1453);
    let v1455 = (v1451 * v1454);
    let v1456 = s_hidden1_batch_norm_gamma[j1445];
    let v1457 = (v1455 * v1456);
    let v1458 = s_hidden1_batch_norm_beta[j1445];
    let v1459 = (v1457 + v1458);
    let v1460 = min(v1459, 0.0);
    let v1461 = exp(v1460);
    let v1462 = (v1461 - 1.0);
    let v1463 = select(0.0, 1.0, v1459 > 0.0);
    let v1464 = select(v1462, v1459, v1463 != 0.0);
    tmp15[l1446] = v1464;
  }
  {
    let i1465 = i0 + 5u;
    let j1466 = j0 + 7u;
    let l1467 = i1465 * 300u + j1466;
    let v1468 = acc36.w;
    let v1469 = s_hidden1_dense_bias[j1466];
    let v1470 = (v1468 + v1469);
    let v1471 = s_hidden1_batch_norm_moving_mean[j1466];
    let v1472 = (v1470 - v1471);
    let v1473 = s_hidden1_batch_norm_moving_variance[j1466];
    let v1474 = (v1473 + 0.001);
    let v1475 = inverseSqrt(v1474);
    let v1476 = (v1472 * v1475);
    let v1477 = s_hidden1_batch_norm_gamma[j1466];
    let v1478 = (v1476 * v1477);
    let v1479 = s_hidden1_batch_norm_beta[j1466];
    let v1480 = (v1478 + v1479);
    let v1481 = min(v1480, 0.0);
    let v1482 = exp(v1481);
    let v1483 = (v1482 - 1.0);
    let v1484 = select(0.0, 1.0, v1480 > 0.0);
    let v1485 = select(v1483, v1480, v1484 != 0.0);
    tmp15[l1467] = v1485;
  }
  {
    let i1486 = i0 + 5u;
    let j1487 = j0 + 8u;
    let l1488 = i1486 * 300u + j1487;
    let v1489 = acc37.x;
    let v1490 = s_hidden1_dense_bias[j1487];
    let v1491 = (v1489 + v1490);
    let v1492 = s_hidden1_batch_norm_moving_mean[j1487];
    let v1493 = (v1491 - v1492);
    let v1494 = s_hidden1_batch_norm_moving_variance[j1487];
    let v1495 = (v1494 + 0.001);
    let v1496 = inverseSqrt(v1495);
    let v1497 = (v1493 * v1496);
    let v1498 = s_hidden1_batch_norm_gamma[j1487];
    let v1499 = (v1497 * v1498);
    let v1500 = s_hidden1_batch_norm_beta[j1487];
    let v1501 = (v1499 + v1500);
    let v1502 = min(v1501, 0.0);
    let v1503 = exp(v1502);
    let v1504 = (v1503 - 1.0);
    let v1505 = select(0.0, 1.0, v1501 > 0.0);
    let v1506 = select(v1504, v1501, v1505 != 0.0);
    tmp15[l1488] = v1506;
  }
  {
    let i1507 = i0 + 5u;
    let j1508 = j0 + 9u;
    let l1509 = i1507 * 300u + j1508;
    let v1510 = acc37.y;
    let v1511 = s_hidden1_dense_bias[j1508];
    let v1512 = (v1510 + v1511);
    let v1513 = s_hidden1_batch_norm_moving_mean[j1508];
    let v1514 = (v1512 - v1513);
    let v1515 = s_hidden1_batch_norm_moving_variance[j1508];
    let v1516 = (v1515 + 0.001);
    let v1517 = inverseSqrt(v1516);
    let v1518 = (v1514 * v1517);
    let v1519 = s_hidden1_batch_norm_gamma[j1508];
    let v1520 = (v1518 * v1519);
    let v1521 = s_hidden1_batch_norm_beta[j1508];
    let v1522 = (v1520 + v1521);
    let v1523 = min(v1522, 0.0);
    let v1524 = exp(v1523);
    let v1525 = (v1524 - 1.0);
    let v1526 = select(0.0, 1.0, v1522 > 0.0);
    let v1527 = select(v1525, v1522, v1526 != 0.0);
    tmp15[l1509] = v1527;
  }
  {
    let i1528 = i0 + 5u;
    let j1529 = j0 + 10u;
    let l1530 = i1528 * 300u + j1529;
    let v1531 = acc37.z;
    let v1532 = s_hidden1_dense_bias[j1529];
    let v1533 = (v1531 + v1532);
    let v1534 = s_hidden1_batch_norm_moving_mean[j1529];
    let v1535 = (v1533 - v1534);
    let v1536 = s_hidden1_batch_norm_moving_variance[j1529];
    let v1537 = (v1536 + 0.001);
    let v1538 = inverseSqrt(v1537);
    let v1539 = (v1535 * v1538);
    let v1540 = s_hidden1_batch_norm_gamma[j1529];
    let v1541 = (v1539 * v1540);
    let v1542 = s_hidden1_batch_norm_beta[j1529];
    let v1543 = (v1541 + v1542);
    let v1544 = min(v1543, 0.0);
    let v1545 = exp(v1544);
    let v1546 = (v1545 - 1.0);
    let v1547 = select(0.0, 1.0, v1543 > 0.0);
    let v1548 = select(v1546, v1543, v1547 != 0.0);
    tmp15[l1530] = v1548;
  }
  {
    let i1549 = i0 + 5u;
    let j1550 = j0 + 11u;
    let l1551 = i1549 * 300u + j1550;
    let v1552 = acc37.w;
    let v1553 = s_hidden1_dense_bias[j1550];
    let v1554 = (v1552 + v1553);
    let v1555 = s_hidden1_batch_norm_moving_mean[j1550];
    let v1556 = (v1554 - v1555);
    let v1557 = s_hidden1_batch_norm_moving_variance[j1550];
    let v1558 = (v1557 + 0.001);
    let v1559 = inverseSqrt(v1558);
    let v1560 = (v1556 * v1559);
    let v1561 = s_hidden1_batch_norm_gamma[j1550];
    let v1562 = (v1560 * v1561);
    let v1563 = s_hidden1_batch_norm_beta[j1550];
    let v1564 = (v1562 + v1563);
    let v1565 = min(v1564, 0.0);
    let v1566 = exp(v1565);
    let v1567 = (v1566 - 1.0);
    let v1568 = select(0.0, 1.0, v1564 > 0.0);
    let v1569 = select(v1567, v1564, v1568 != 0.0);
    tmp15[l1551] = v1569;
  }
  {
    let i1570 = i0 + 6u;
    let l1571 = i1570 * 300u + j0;
    let v1572 = acc38.x;
    let v1573 = s_hidden1_dense_bias[j0];
    let v1574 = (v1572 + v1573);
    let v1575 = s_hidden1_batch_norm_moving_mean[j0];
    let v1576 = (v1574 - v1575);
    let v1577 = s_hidden1_batch_norm_moving_variance[j0];
    let v1578 = (v1577 + 0.001);
    let v1579 = inverseSqrt(v1578);
    let v1580 = (v1576 * v1579);
    let v1581 = s_hidden1_batch_norm_gamma[j0];
    let v1582 = (v1580 * v1581);
    let v1583 = s_hidden1_batch_norm_beta[j0];
    let v1584 = (v1582 + v1583);
    let v1585 = min(v1584, 0.0);
    let v1586 = exp(v1585);
    let v1587 = (v1586 - 1.0);
    let v1588 = select(0.0, 1.0, v1584 > 0.0);
    let v1589 = select(v1587, v1584, v1588 != 0.0);
    tmp15[l1571] = v1589;
  }
  {
    let i1590 = i0 + 6u;
    let j1591 = j0 + 1u;
    let l1592 = i1590 * 300u + j1591;
    let v1593 = acc38.y;
    let v1594 = s_hidden1_dense_bias[j1591];
    let v1595 = (v1593 + v1594);
    let v1596 = s_hidden1_batch_norm_moving_mean[j1591];
    let v1597 = (v1595 - v1596);
    let v1598 = s_hidden1_batch_norm_moving_variance[j1591];
    let v1599 = (v1598 + 0.001);
    let v1600 = inverseSqrt(v1599);
    let v1601 = (v1597 * v1600);
    let v1602 = s_hidden1_batch_norm_gamma[j1591];
    let v1603 = (v1601 * v1602);
    let v1604 = s_hidden1_batch_norm_beta[j1591];
    let v1605 = (v1603 + v1604);
    let v1606 = min(v1605, 0.0);
    let v1607 = exp(v1606);
    let v1608 = (v1607 - 1.0);
    let v1609 = select(0.0, 1.0, v1605 > 0.0);
    let v1610 = select(v1608, v1605, v1609 != 0.0);
    tmp15[l1592] = v1610;
  }
  {
    let i1611 = i0 + 6u;
    let j1612 = j0 + 2u;
    let l1613 = i1611 * 300u + j1612;
    let v1614 = acc38.z;
    let v1615 = s_hidden1_dense_bias[j1612];
    let v1616 = (v1614 + v1615);
    let v1617 = s_hidden1_batch_norm_moving_mean[j1612];
    let v1618 = (v1616 - v1617);
    let v1619 = s_hidden1_batch_norm_moving_variance[j1612];
    let v1620 = (v1619 + 0.001);
    let v1621 = inverseSqrt(v1620);
    let v1622 = (v1618 * v1621);
    let v1623 = s_hidden1_batch_norm_gamma[j1612];
    let v1624 = (v1622 * v1623);
    let v1625 = s_hidden1_batch_norm_beta[j1612];
    let v1626 = (v1624 + v1625);
    let v1627 = min(v1626, 0.0);
    let v1628 = exp(v1627);
    let v1629 = (v1628 - 1.0);
    let v1630 = select(0.0, 1.0, v1626 > 0.0);
    let v1631 = select(v1629, v1626, v1630 != 0.0);
    tmp15[l1613] = v1631;
  }
  {
    let i1632 = i0 + 6u;
    let j1633 = j0 + 3u;
    let l1634 = i1632 * 300u + j1633;
    let v1635 = acc38.w;
    let v1636 = s_hidden1_dense_bias[j1633];
    let v1637 = (v1635 + v1636);
    let v1638 = s_hidden1_batch_norm_moving_mean[j1633];
    let v1639 = (v1637 - v1638);
    let v1640 = s_hidden1_batch_norm_moving_variance[j1633];
    let v1641 = (v1640 + 0.001);
    let v1642 = inverseSqrt(v1641);
    let v1643 = (v1639 * v1642);
    let v1644 = s_hidden1_batch_norm_gamma[j1633];
    let v1645 = (v1643 * v1644);
    let v1646 = s_hidden1_batch_norm_beta[j1633];
    let v1647 = (v1645 + v1646);
    let v1648 = min(v1647, 0.0);
    let v1649 = exp(v1648);
    let v1650 = (v1649 - 1.0);
    let v1651 = select(0.0, 1.0, v1647 > 0.0);
    let v1652 = select(v1650, v1647, v1651 != 0.0);
    tmp15[l1634] = v1652;
  }
  {
    let i1653 = i0 + 6u;
    let j1654 = j0 + 4u;
    let l1655 = i1653 * 300u + j1654;
    let v1656 = acc39.x;
    let v1657 = s_hidden1_dense_bias[j1654];
    let v1658 = (v1656 + v1657);
    let v1659 = s_hidden1_batch_norm_moving_mean[j1654];
    let v1660 = (v1658 - v1659);
    let v1661 = s_hidden1_batch_norm_moving_variance[j1654];
    let v1662 = (v1661 + 0.001);
    let v1663 = inverseSqrt(v1662);
    let v1664 = (v1660 * v1663);
    let v1665 = s_hidden1_batch_norm_gamma[j1654];
    let v1666 = (v1664 * v1665);
    let v1667 = s_hidden1_batch_norm_beta[j1654];
    let v1668 = (v1666 + v1667);
    let v1669 = min(v1668, 0.0);
    let v1670 = exp(v1669);
    let v1671 = (v1670 - 1.0);
    let v1672 = select(0.0, 1.0, v1668 > 0.0);
    let v1673 = select(v1671, v1668, v1672 != 0.0);
    tmp15[l1655] = v1673;
  }
  {
    let i1674 = i0 + 6u;
    let j1675 = j0 + 5u;
    let l1676 = i1674 * 300u + j1675;
    let v1677 = acc39.y;
    let v1678 = s_hidden1_dense_bias[j1675];
    let v1679 = (v1677 + v1678);
    let v1680 = s_hidden1_batch_norm_moving_mean[j1675];
    let v1681 = (v1679 - v1680);
    let v1682 = s_hidden1_batch_norm_moving_variance[j1675];
    let v1683 = (v1682 + 0.001);
    let v1684 = inverseSqrt(v1683);
    let v1685 = (v1681 * v1684);
    let v1686 = s_hidden1_batch_norm_gamma[j1675];
    let v1687 = (v1685 * v1686);
    let v1688 = s_hidden1_batch_norm_beta[j1675];
    let v1689 = (v1687 + v1688);
    let v1690 = min(v1689, 0.0);
    let v1691 = exp(v1690);
    let v1692 = (v1691 - 1.0);
    let v1693 = select(0.0, 1.0, v1689 > 0.0);
    let v1694 = select(v1692, v1689, v1693 != 0.0);
    tmp15[l1676] = v1694;
  }
  {
    let i1695 = i0 + 6u;
    let j1696 = j0 + 6u;
    let l1697 = i1695 * 300u + j1696;
    let v1698 = acc39.z;
    let v1699 = s_hidden1_dense_bias[j1696];
    let v1700 = (v1698 + v1699);
    let v1701 = s_hidden1_batch_norm_moving_mean[j1696];
    let v1702 = (v1700 - v1701);
    let v1703 = s_hidden1_batch_norm_moving_variance[j1696];
    let v1704 = (v1703 + 0.001);
    let v1705 = inverseSqrt(v1704);
    let v1706 = (v1702 * v1705);
    let v1707 = s_hidden1_batch_norm_gamma[j1696];
    let v1708 = (v1706 * v1707);
    let v1709 = s_hidden1_batch_norm_beta[j1696];
    let v1710 = (v1708 + v1709);
    let v1711 = min(v1710, 0.0);
    let v1712 = exp(v1711);
    let v1713 = (v1712 - 1.0);
    let v1714 = select(0.0, 1.0, v1710 > 0.0);
    let v1715 = select(v1713, v1710, v1714 != 0.0);
    tmp15[l1697] = v1715;
  }
  {
    let i1716 = i0 + 6u;
    let j1717 = j0 + 7u;
    let l1718 = i1716 * 300u + j1717;
    let v1719 = acc39.w;
    let v1720 = s_hidden1_dense_bias[j1717];
    let v1721 = (v1719 + v1720);
    let v1722 = s_hidden1_batch_norm_moving_mean[j1717];
    let v1723 = (v1721 - v1722);
    let v1724 = s_hidden1_batch_norm_moving_variance[j1717];
    let v1725 = (v1724 + 0.001);
    let v1726 = inverseSqrt(v1725);
    let v1727 = (v1723 * v1726);
    let v1728 = s_hidden1_batch_norm_gamma[j1717];
    let v1729 = (v1727 * v1728);
    let v1730 = s_hidden1_batch_norm_beta[j1717];
    let v1731 = (v1729 + v1730);
    let v1732 = min(v1731, 0.0);
    let v1733 = exp(v1732);
    let v1734 = (v1733 - 1.0);
    let v1735 = select(0.0, 1.0, v1731 > 0.0);
    let v1736 = select(v1734, v1731, v1735 != 0.0);
    tmp15[l1718] = v1736;
  }
  {
    let i1737 = i0 + 6u;
    let j1738 = j0 + 8u;
    let l1739 = i1737 * 300u + j1738;
    let v1740 = acc40.x;
    let v1741 = s_hidden1_dense_bias[j1738];
    let v1742 = (v1740 + v1741);
    let v1743 = s_hidden1_batch_norm_moving_mean[j1738];
    let v1744 = (v1742 - v1743);
    let v1745 = s_hidden1_batch_norm_moving_variance[j1738];
    let v1746 = (v1745 + 0.001);
    let v1747 = inverseSqrt(v1746);
    let v1748 = (v1744 * v1747);
    let v1749 = s_hidden1_batch_norm_gamma[j1738];
    let v1750 = (v1748 * v1749);
    let v1751 = s_hidden1_batch_norm_beta[j1738];
    let v1752 = (v1750 + v1751);
    let v1753 = min(v1752, 0.0);
    let v1754 = exp(v1753);
    let v1755 = (v1754 - 1.0);
    let v1756 = select(0.0, 1.0, v1752 > 0.0);
    let v1757 = select(v1755, v1752, v1756 != 0.0);
    tmp15[l1739] = v1757;
  }
  {
    let i1758 = i0 + 6u;
    let j1759 = j0 + 9u;
    let l1760 = i1758 * 300u + j1759;
    let v1761 = acc40.y;
    let v1762 = s_hidden1_dense_bias[j1759];
    let v1763 = (v1761 + v1762);
    let v1764 = s_hidden1_batch_norm_moving_mean[j1759];
    let v1765 = (v1763 - v1764);
    let v1766 = s_hidden1_batch_norm_moving_variance[j1759];
    let v1767 = (v1766 + 0.001);
    let v1768 = inverseSqrt(v1767);
    let v1769 = (v1765 * v1768);
    let v1770 = s_hidden1_batch_norm_gamma[j1759];
    let v1771 = (v1769 * v1770);
    let v1772 = s_hidden1_batch_norm_beta[j1759];
    let v1773 = (v1771 + v1772);
    let v1774 = min(v1773, 0.0);
    let v1775 = exp(v1774);
    let v1776 = (v1775 - 1.0);
    let v1777 = select(0.0, 1.0, v1773 > 0.0);
    let v1778 = select(v1776, v1773, v1777 != 0.0);
    tmp15[l1760] = v1778;
  }
  {
    let i1779 = i0 + 6u;
    let j1780 = j0 + 10u;
    let l1781 = i1779 * 300u + j1780;
    let v1782 = acc40.z;
    let v1783 = s_hidden1_dense_bias[j1780];
    let v1784 = (v1782 + v1783);
    let v1785 = s_hidden1_batch_norm_moving_mean[j1780];
    let v1786 = (v1784 - v1785);
    let v1787 = s_hidden1_batch_norm_moving_variance[j1780];
    let v1788 = (v1787 + 0.001);
    let v1789 = inverseSqrt(v1788);
    let v1790 = (v1786 * v1789);
    let v1791 = s_hidden1_batch_norm_gamma[j1780];
    let v1792 = (v1790 * v1791);
    let v1793 = s_hidden1_batch_norm_beta[j1780];
    let v1794 = (v1792 + v1793);
    let v1795 = min(v1794, 0.0);
    let v1796 = exp(v1795);
    let v1797 = (v1796 - 1.0);
    let v1798 = select(0.0, 1.0, v1794 > 0.0);
    let v1799 = select(v1797, v1794, v1798 != 0.0);
    tmp15[l1781] = v1799;
  }
  {
    let i1800 = i0 + 6u;
    let j1801 = j0 + 11u;
    let l1802 = i1800 * 300u + j1801;
    let v1803 = acc40.w;
    let v1804 = s_hidden1_dense_bias[j1801];
    let v1805 = (v1803 + v1804);
    let v1806 = s_hidden1_batch_norm_moving_mean[j1801];
    let v1807 = (v1805 - v1806);
    let v1808 = s_hidden1_batch_norm_moving_variance[j1801];
    let v1809 = (v1808 + 0.001);
    let v1810 = inverseSqrt(v1809);
    let v1811 = (v1807 * v1810);
    let v1812 = s_hidden1_batch_norm_gamma[j1801];
    let v1813 = (v1811 * v1812);
    let v1814 = s_hidden1_batch_norm_beta[j1801];
    let v1815 = (v1813 + v1814);
    let v1816 = min(v1815, 0.0);
    let v1817 = exp(v1816);
    let v1818 = (v1817 - 1.0);
    let v1819 = select(0.0, 1.0, v1815 > 0.0);
    let v1820 = select(v1818, v1815, v1819 != 0.0);
    tmp15[l1802] = v1820;
  }
  {
    let i1821 = i0 + 7u;
    let l1822 = i1821 * 300u + j0;
    let v1823 = acc41.x;
    let v1824 = s_hidden1_dense_bias[j0];
    let v1825 = (v1823 + v1824);
    let v1826 = s_hidden1_batch_norm_moving_mean[j0];
    let v1827 = (v1825 - v1826);
    let v1828 = s_hidden1_batch_norm_moving_variance[j0];
    let v1829 = (v1828 + 0.001);
    let v1830 = inverseSqrt(v1829);
    let v1831 = (v1827 * v1830);
    let v1832 = s_hidden1_batch_norm_gamma[j0];
    let v1833 = (v1831 * v1832);
    let v1834 = s_hidden1_batch_norm_beta[j0];
    let v1835 = (v1833 + v1834);
    let v1836 = min(v1835, 0.0);
    let v1837 = exp(v1836);
    let v1838 = (v1837 - 1.0);
    let v1839 = select(0.0, 1.0, v1835 > 0.0);
    let v1840 = select(v1838, v1835, v1839 != 0.0);
    tmp15[l1822] = v1840;
  }
  {
    let i1841 = i0 + 7u;
    let j1842 = j0 + 1u;
    let l1843 = i1841 * 300u + j1842;
    let v1844 = acc41.y;
    let v1845 = s_hidden1_dense_bias[j1842];
    let v1846 = (v1844 + v1845);
    let v1847 = s_hidden1_batch_norm_moving_mean[j1842];
    let v1848 = (v1846 - v1847);
    let v1849 = s_hidden1_batch_norm_moving_variance[j1842];
    let v1850 = (v1849 + 0.001);
    let v1851 = inverseSqrt(v1850);
    let v1852 = (v1848 * v1851);
    let v1853 = s_hidden1_batch_norm_gamma[j1842];
    let v1854 = (v1852 * v1853);
    let v1855 = s_hidden1_batch_norm_beta[j1842];
    let v1856 = (v1854 + v1855);
    let v1857 = min(v1856, 0.0);
    let v1858 = exp(v1857);
    let v1859 = (v1858 - 1.0);
    let v1860 = select(0.0, 1.0, v1856 > 0.0);
    let v1861 = select(v1859, v1856, v1860 != 0.0);
    tmp15[l1843] = v1861;
  }
  {
    let i1862 = i0 + 7u;
    let j1863 = j0 + 2u;
    let l1864 = i1862 * 300u + j1863;
    let v1865 = acc41.z;
    let v1866 = s_hidden1_dense_bias[j1863];
    let v1867 = (v1865 + v1866);
    let v1868 = s_hidden1_batch_norm_moving_mean[j1863];
    let v1869 = (v1867 - v1868);
    let v1870 = s_hidden1_batch_norm_moving_variance[j1863];
    let v1871 = (v1870 + 0.001);
    let v1872 = inverseSqrt(v1871);
    let v1873 = (v1869 * v1872);
    let v1874 = s_hidden1_batch_norm_gamma[j1863];
    let v1875 = (v1873 * v1874);
    let v1876 = s_hidden1_batch_norm_beta[j1863];
    let v1877 = (v1875 + v1876);
    let v1878 = min(v1877, 0.0);
    let v1879 = exp(v1878);
    let v1880 = (v1879 - 1.0);
    let v1881 = select(0.0, 1.0, v1877 > 0.0);
    let v1882 = select(v1880, v1877, v1881 != 0.0);
    tmp15[l1864] = v1882;
  }
  {
    let i1883 = i0 + 7u;
    let j1884 = j0 + 3u;
    let l1885 = i1883 * 300u + j1884;
    let v1886 = acc41.w;
    let v1887 = s_hidden1_dense_bias[j1884];
    let v1888 = (v1886 + v1887);
    let v1889 = s_hidden1_batch_norm_moving_mean[j1884];
    let v1890 = (v1888 - v1889);
    let v1891 = s_hidden1_batch_norm_moving_variance[j1884];
    let v1892 = (v1891 + 0.001);
    let v1893 = inverseSqrt(v1892);
    let v1894 = (v1890 * v1893);
    let v1895 = s_hidden1_batch_norm_gamma[j1884];
    let v1896 = (v1894 * v1895);
    let v1897 = s_hidden1_batch_norm_beta[j1884];
    let v1898 = (v1896 + v1897);
    let v1899 = min(v1898, 0.0);
    let v1900 = exp(v1899);
    let v1901 = (v1900 - 1.0);
    let v1902 = select(0.0, 1.0, v1898 > 0.0);
    let v1903 = select(v1901, v1898, v1902 != 0.0);
    tmp15[l1885] = v1903;
  }
  {
    let i1904 = i0 + 7u;
    let j1905 = j0 + 4u;
    let l1906 = i1904 * 300u + j1905;
    let v1907 = acc42.x;
    let v1908 = s_hidden1_dense_bias[j1905];
    let v1909 = (v1907 + v1908);
    let v1910 = s_hidden1_batch_norm_moving_mean[j1905];
    let v1911 = (v1909 - v1910);
    let v1912 = s_hidden1_batch_norm_moving_variance[j1905];
    let v1913 = (v1912 + 0.001);
    let v1914 = inverseSqrt(v1913);
    let v1915 = (v1911 * v1914);
    let v1916 = s_hidden1_batch_norm_gamma[j1905];
    let v1917 = (v1915 * v1916);
    let v1918 = s_hidden1_batch_norm_beta[j1905];
    let v1919 = (v1917 + v1918);
    let v1920 = min(v1919, 0.0);
    let v1921 = exp(v1920);
    let v1922 = (v1921 - 1.0);
    let v1923 = select(0.0, 1.0, v1919 > 0.0);
    let v1924 = select(v1922, v1919, v1923 != 0.0);
    tmp15[l1906] = v1924;
  }
  {
    let i1925 = i0 + 7u;
    let j1926 = j0 + 5u;
    let l1927 = i1925 * 300u + j1926;
    let v1928 = acc42.y;
    let v1929 = s_hidden1_dense_bias[j1926];
    let v1930 = (v1928 + v1929);
    let v1931 = s_hidden1_batch_norm_moving_mean[j1926];
    let v1932 = (v1930 - v1931);
    let v1933 = s_hidden1_batch_norm_moving_variance[j1926];
    let v1934 = (v1933 + 0.001);
    let v1935 = inverseSqrt(v1934);
    let v1936 = (v1932 * v1935);
    let v1937 = s_hidden1_batch_norm_gamma[j1926];
    let v1938 = (v1936 * v1937);
    let v1939 = s_hidden1_batch_norm_beta[j1926];
    let v1940 = (v1938 + v1939);
    let v1941 = min(v1940, 0.0);
    let v1942 = exp(v1941);
    let v1943 = (v1942 - 1.0);
    let v1944 = select(0.0, 1.0, v1940 > 0.0);
    let v1945 = select(v1943, v1940, v1944 != 0.0);
    tmp15[l1927] = v1945;
  }
  {
    let i1946 = i0 + 7u;
    let j1947 = j0 + 6u;
    let l1948 = i1946 * 300u + j1947;
    let v1949 = acc42.z;
    let v1950 = s_hidden1_dense_bias[j1947];
    let v1951 = (v1949 + v1950);
    let v1952 = s_hidden1_batch_norm_moving_mean[j1947];
    let v1953 = (v1951 - v1952);
    let v1954 = s_hidden1_batch_norm_moving_variance[j1947];
    let v1955 = (v1954 + 0.001);
    let v1956 = inverseSqrt(v1955);
    let v1957 = (v1953 * v1956);
    let v1958 = s_hidden1_batch_norm_gamma[j1947];
    let v1959 = (v1957 * v1958);
    let v1960 = s_hidden1_batch_norm_beta[j1947];
    let v1961 = (v1959 + v1960);
    let v1962 = min(v1961, 0.0);
    let v1963 = exp(v1962);
    let v1964 = (v1963 - 1.0);
    let v1965 = select(0.0, 1.0, v1961 > 0.0);
    let v1966 = select(v1964, v1961, v1965 != 0.0);
    tmp15[l1948] = v1966;
  }
  {
    let i1967 = i0 + 7u;
    let j1968 = j0 + 7u;
    let l1969 = i1967 * 300u + j1968;
    let v1970 = acc42.w;
    let v1971 = s_hidden1_dense_bias[j1968];
    let v1972 = (v1970 + v1971);
    let v1973 = s_hidden1_batch_norm_moving_mean[j1968];
    let v1974 = (v1972 - v1973);
    let v1975 = s_hidden1_batch_norm_moving_variance[j1968];
    let v1976 = (v1975 + 0.001);
    let v1977 = inverseSqrt(v1976);
    let v1978 = (v1974 * v1977);
    let v1979 = s_hidden1_batch_norm_gamma[j1968];
    let v1980 = (v1978 * v1979);
    let v1981 = s_hidden1_batch_norm_beta[j1968];
    let v1982 = (v1980 + v1981);
    let v1983 = min(v1982, 0.0);
    let v1984 = exp(v1983);
    let v1985 = (v1984 - 1.0);
    let v1986 = select(0.0, 1.0, v1982 > 0.0);
    let v1987 = select(v1985, v1982, v1986 != 0.0);
    tmp15[l1969] = v1987;
  }
  {
    let i1988 = i0 + 7u;
    let j1989 = j0 + 8u;
    let l1990 = i1988 * 300u + j1989;
    let v1991 = acc43.x;
    let v1992 = s_hidden1_dense_bias[j1989];
    let v1993 = (v1991 + v1992);
    let v1994 = s_hidden1_batch_norm_moving_mean[j1989];
    let v1995 = (v1993 - v1994);
    let v1996 = s_hidden1_batch_norm_moving_variance[j1989];
    let v1997 = (v1996 + 0.001);
    let v1998 = inverseSqrt(v1997);
    let v1999 = (v1995 * v1998);
    let v2000 = s_hidden1_batch_norm_gamma[j1989];
    let v2001 = (v1999 * v2000);
    let v2002 = s_hidden1_batch_norm_beta[j1989];
    let v2003 = (v2001 + v2002);
    let v2004 = min(v2003, 0.0);
    let v2005 = exp(v2004);
    let v2006 = (v2005 - 1.0);
    let v2007 = select(0.0, 1.0, v2003 > 0.0);
    let v2008 = select(v2006, v2003, v2007 != 0.0);
    tmp15[l1990] = v2008;
  }
  {
    let i2009 = i0 + 7u;
    let j2010 = j0 + 9u;
    let l2011 = i2009 * 300u + j2010;
    let v2012 = acc43.y;
    let v2013 = s_hidden1_dense_bias[j2010];
    let v2014 = (v2012 + v2013);
    let v2015 = s_hidden1_batch_norm_moving_mean[j2010];
    let v2016 = (v2014 - v2015);
    let v2017 = s_hidden1_batch_norm_moving_variance[j2010];
    let v2018 = (v2017 + 0.001);
    let v2019 = inverseSqrt(v2018);
    let v2020 = (v2016 * v2019);
    let v2021 = s_hidden1_batch_norm_gamma[j2010];
    let v2022 = (v2020 * v2021);
    let v2023 = s_hidden1_batch_norm_beta[j2010];
    let v2024 = (v2022 + v2023);
    let v2025 = min(v2024, 0.0);
    let v2026 = exp(v2025);
    let v2027 = (v2026 - 1.0);
    let v2028 = select(0.0, 1.0, v2024 > 0.0);
    let v2029 = select(v2027, v2024, v2028 != 0.0);
    tmp15[l2011] = v2029;
  }
  {
    let i2030 = i0 + 7u;
    let j2031 = j0 + 10u;
    let l2032 = i2030 * 300u + j2031;
    let v2033 = acc43.z;
    let v2034 = s_hidden1_dense_bias[j2031];
    let v2035 = (v2033 + v2034);
    let v2036 = s_hidden1_batch_norm_moving_mean[j2031];
    let v2037 = (v2035 - v2036);
    let v2038 = s_hidden1_batch_norm_moving_variance[j2031];
    let v2039 = (v2038 + 0.001);
    let v2040 = inverseSqrt(v2039);
    let v2041 = (v2037 * v2040);
    let v2042 = s_hidden1_batch_norm_gamma[j2031];
    let v2043 = (v2041 * v2042);
    let v2044 = s_hidden1_batch_norm_beta[j2031];
    let v2045 = (v2043 + v2044);
    let v2046 = min(v2045, 0.0);
    let v2047 = exp(v2046);
    let v2048 = (v2047 - 1.0);
    let v2049 = select(0.0, 1.0, v2045 > 0.0);
    let v2050 = select(v2048, v2045, v2049 != 0.0);
    tmp15[l2032] = v2050;
  }
  {
    let i2051 = i0 + 7u;
    let j2052 = j0 + 11u;
    let l2053 = i2051 * 300u + j2052;
    let v2054 = acc43.w;
    let v2055 = s_hidden1_dense_bias[j2052];
    let v2056 = (v2054 + v2055);
    let v2057 = s_hidden1_batch_norm_moving_mean[j2052];
    let v2058 = (v2056 - v2057);
    let v2059 = s_hidden1_batch_norm_moving_variance[j2052];
    let v2060 = (v2059 + 0.001);
    let v2061 = inverseSqrt(v2060);
    let v2062 = (v2058 * v2061);
    let v2063 = s_hidden1_batch_norm_gamma[j2052];
    let v2064 = (v2062 * v2063);
    let v2065 = s_hidden1_batch_norm_beta[j2052];
    let v2066 = (v2064 + v2065);
    let v2067 = min(v2066, 0.0);
    let v2068 = exp(v2067);
    let v2069 = (v2068 - 1.0);
    let v2070 = select(0.0, 1.0, v2066 > 0.0);
    let v2071 = select(v2069, v2066, v2070 != 0.0);
    tmp15[l2053] = v2071;
  }
}

// ---- 030_matmul_hidden2.wgsl
@group(0) @binding(0) var<storage, read> tmp15_v4: array<vec4<f32>>;
@group(0) @binding(1) var<storage, read> s_hidden2_dense_kernel_v4: array<vec4<f32>>;
@group(0) @binding(2) var<storage, read_write> tmp13: array<f32>;
@group(0) @binding(3) var<storage, read> s_hidden2_dense_bias: array<f32>;
@group(0) @binding(4) var<storage, read> s_hidden2_batch_norm_moving_mean: array<f32>;
@group(0) @binding(5) var<storage, read> s_hidden2_batch_norm_moving_variance: array<f32>;
@group(0) @binding(6) var<storage, read> s_hidden2_batch_norm_gamma: array<f32>;
@group(0) @binding(7) var<storage, read> s_hidden2_batch_norm_beta: array<f32>;

@compute @workgroup_size(64)
fn main(@builtin(global_invocation_id) gid: vec3<u32>) {
  let t = gid.x;
  if (t >= 625u) { return; }
  let i0 = (t / 25u) * 8u;
  let j0 = (t % 25u) * 4u;
  let row0 = min(i0 + 0u, 199u);
  let row1 = min(i0 + 1u, 199u);
  let row2 = min(i0 + 2u, 199u);
  let row3 = min(i0 + 3u, 199u);
  let row4 = min(i0 + 4u, 199u);
  let row5 = min(i0 + 5u, 199u);
  let row6 = min(i0 + 6u, 199u);
  let row7 = min(i0 + 7u, 199u);
  let col8 = min(j0 + 0u, 99u);
  let col9 = min(j0 + 1u, 99u);
  let col10 = min(j0 + 2u, 99u);
  let col11 = min(j0 + 3u, 99u);
  var acc12: vec4<f32> = vec4<f32>(0.0);
  var acc13: vec4<f32> = vec4<f32>(0.0);
  var acc14: vec4<f32> = vec4<f32>(0.0);
  var acc15: vec4<f32> = vec4<f32>(0.0);
  var acc16: vec4<f32> = vec4<f32>(0.0);
  var acc17: vec4<f32> = vec4<f32>(0.0);
  var acc18: vec4<f32> = vec4<f32>(0.0);
  var acc19: vec4<f32> = vec4<f32>(0.0);
  let ra20 = row0 * 75u;
  let ra21 = row1 * 75u;
  let ra22 = row2 * 75u;
  let ra23 = row3 * 75u;
  let ra24 = row4 * 75u;
  let ra25 = row5 * 75u;
  let ra26 = row6 * 75u;
  let ra27 = row7 * 75u;
  for (var k: u32 = 0u; k < 75u; k = k + 1u) {
    let av28 = tmp15_v4[ra20 + k];
    let av29 = tmp15_v4[ra21 + k];
    let av30 = tmp15_v4[ra22 + k];
    let av31 = tmp15_v4[ra23 + k];
    let av32 = tmp15_v4[ra24 + k];
    let av33 = tmp15_v4[ra25 + k];
    let av34 = tmp15_v4[ra26 + k];
    let av35 = tmp15_v4[ra27 + k];
    let kq36 = k * 4u + 0u;
    let bv37 = s_hidden2_dense_kernel_v4[(kq36 * 100u + j0) / 4u];
    let kq38 = k * 4u + 1u;
    let bv39 = s_hidden2_dense_kernel_v4[(kq38 * 100u + j0) / 4u];
    let kq40 = k * 4u + 2u;
    let bv41 = s_hidden2_dense_kernel_v4[(kq40 * 100u + j0) / 4u];
    let kq42 = k * 4u + 3u;
    let bv43 = s_hidden2_dense_kernel_v4[(kq42 * 100u + j0) / 4u];
    acc12 = acc12 + av28.x * bv37;
    acc12 = acc12 + av28.y * bv39;
    acc12 = acc12 + av28.z * bv41;
    acc12 = acc12 + av28.w * bv43;
    acc13 = acc13 + av29.x * bv37;
    acc13 = acc13 + av29.y * bv39;
    acc13 = acc13 + av29.z * bv41;
    acc13 = acc13 + av29.w * bv43;
    acc14 = acc14 + av30.x * bv37;
    acc14 = acc14 + av30.y * bv39;
    acc14 = acc14 + av30.z * bv41;
    acc14 = acc14 + av30.w * bv43;
    acc15 = acc15 + av31.x * bv37;
    acc15 = acc15 + av31.y * bv39;
    acc15 = acc15 + av31.z * bv41;
    acc15 = acc15 + av31.w * bv43;
    acc16 = acc16 + av32.x * bv37;
    acc16 = acc16 + av32.y * bv39;
    acc16 = acc16 + av32.z * bv41;
    acc16 = acc16 + av32.w * bv43;
    acc17 = acc17 + av33.x * bv37;
    acc17 = acc17 + av33.y * bv39;
    acc17 = acc17 + av33.z * bv41;
    acc17 = acc17 + av33.w * bv43;
    acc18 = acc18 + av34.x * bv37;
    acc18 = acc18 + av34.y * bv39;
    acc18 = acc18 + av34.z * bv41;
    acc18 = acc18 + av34.w * bv43;
    acc19 = acc19 + av35.x * bv37;
    acc19 = acc19 + av35.y * bv39;
    acc19 = acc19 + av35.z * bv41;
    acc19 = acc19 + av35.w * bv43;
  }
  {
    let l44 = i0 * 100u + j0;
    let v45 = acc12.x;
    let v46 = s_hidden2_dense_bias[j0];
    let v47 = (v45 + v46);
    let v48 = s_hidden2_batch_norm_moving_mean[j0];
    let v49 = (v47 - v48);
    let v50 = s_hidden2_batch_norm_moving_variance[j0];
    let v51 = (v50 + 0.001);
    let v52 = inverseSqrt(v51);
    let v53 = (v49 * v52);
    let v54 = s_hidden2_batch_norm_gamma[j0];
    let v55 = (v53 * v54);
    let v56 = s_hidden2_batch_norm_beta[j0];
    let v57 = (v55 + v56);
    let v58 = min(v57, 0.0);
    let v59 = exp(v58);
    let v60 = (v59 - 1.0);
    let v61 = select(0.0, 1.0, v57 > 0.0);
    let v62 = select(v60, v57, v61 != 0.0);
    tmp13[l44] = v62;
  }
  {
    let j63 = j0 + 1u;
    let l64 = i0 * 100u + j63;
    let v65 = acc12.y;
    let v66 = s_hidden2_dense_bias[j63];
    let v67 = (v65 + v66);
    let v68 = s_hidden2_batch_norm_moving_mean[j63];
    let v69 = (v67 - v68);
    let v70 = s_hidden2_batch_norm_moving_variance[j63];
    let v71 = (v70 + 0.001);
    let v72 = inverseSqrt(v71);
    let v73 = (v69 * v72);
    let v74 = s_hidden2_batch_norm_gamma[j63];
    let v75 = (v73 * v74);
    let v76 = s_hidden2_batch_norm_beta[j63];
    let v77 = (v75 + v76);
    let v78 = min(v77, 0.0);
    let v79 = exp(v78);
    let v80 = (v79 - 1.0);
    let v81 = select(0.0, 1.0, v77 > 0.0);
    let v82 = select(v80, v77, v81 != 0.0);
    tmp13[l64] = v82;
  }
  {
    let j83 = j0 + 2u;
    let l84 = i0 * 100u + j83;
    let v85 = acc12.z;
    let v86 = s_hidden2_dense_bias[j83];
    let v87 = (v85 + v86);
    let v88 = s_hidden2_batch_norm_moving_mean[j83];
    let v89 = (v87 - v88);
    let v90 = s_hidden2_batch_norm_moving_variance[j83];
    let v91 = (v90 + 0.001);
    let v92 = inverseSqrt(v91);
    let v93 = (v89 * v92);
    let v94 = s_hidden2_batch_norm_gamma[j83];
    let v95 = (v93 * v94);
    let v96 = s_hidden2_batch_norm_beta[j83];
    let v97 = (v95 + v96);
    let v98 = min(v97, 0.0);
    let v99 = exp(v98);
    let v100 = (v99 - 1.0);
    let v101 = select(0.0, 1.0, v97 > 0.0);
    let v102 = select(v100, v97, v101 != 0.0);
    tmp13[l84] = v102;
  }
  {
    let j103 = j0 + 3u;
    let l104 = i0 * 100u + j103;
    let v105 = acc12.w;
    let v106 = s_hidden2_dense_bias[j103];
    let v107 = (v105 + v106);
    let v108 = s_hidden2_batch_norm_moving_mean[j103];
    let v109 = (v107 - v108);
    let v110 = s_hidden2_batch_norm_moving_variance[j103];
    let v111 = (v110 + 0.001);
    let v112 = inverseSqrt(v111);
    let v113 = (v109 * v112);
    let v114 = s_hidden2_batch_norm_gamma[j103];
    let v115 = (v113 * v114);
    let v116 = s_hidden2_batch_norm_beta[j103];
    let v117 = (v115 + v116);
    let v118 = min(v117, 0.0);
    let v119 = exp(v118);
    let v120 = (v119 - 1.0);
    let v121 = select(0.0, 1.0, v117 > 0.0);
    let v122 = select(v120, v117, v121 != 0.0);
    tmp13[l104] = v122;
  }
  {
    let i123 = i0 + 1u;
    let l124 = i123 * 100u + j0;
    let v125 = acc13.x;
    let v126 = s_hidden2_dense_bias[j0];
    let v127 = (v125 + v126);
    let v128 = s_hidden2_batch_norm_moving_mean[j0];
    let v129 = (v127 - v128);
    let v130 = s_hidden2_batch_norm_moving_variance[j0];
    let v131 = (v130 + 0.001);
    let v132 = inverseSqrt(v131);
    let v133 = (v129 * v132);
    let v134 = s_hidden2_batch_norm_gamma[j0];
    let v135 = (v133 * v134);
    let v136 = s_hidden2_batch_norm_beta[j0];
    let v137 = (v135 + v136);
    let v138 = min(v137, 0.0);
    let v139 = exp(v138);
    let v140 = (v139 - 1.0);
    let v141 = select(0.0, 1.0, v137 > 0.0);
    let v142 = select(v140, v137, v141 != 0.0);
    tmp13[l124] = v142;
  }
  {
    let i143 = i0 + 1u;
    let j144 = j0 + 1u;
    let l145 = i143 * 100u + j144;
    let v146 = acc13.y;
    let v147 = s_hidden2_dense_bias[j144];
    let v148 = (v146 + v147);
    let v149 = s_hidden2_batch_norm_moving_mean[j144];
    let v150 = (v148 - v149);
    let v151 = s_hidden2_batch_norm_moving_variance[j144];
    let v152 = (v151 + 0.001);
    let v153 = inverseSqrt(v152);
    let v154 = (v150 * v153);
    let v155 = s_hidden2_batch_norm_gamma[j144];
    let v156 = (v154 * v155);
    let v157 = s_hidden2_batch_norm_beta[j144];
    let v158 = (v156 + v157);
    let v159 = min(v158, 0.0);
    let v160 = exp(v159);
    let v161 = (v160 - 1.0);
    let v162 = select(0.0, 1.0, v158 > 0.0);
    let v163 = select(v161, v158, v162 != 0.0);
    tmp13[l145] = v163;
  }
  {
    let i164 = i0 + 1u;
    let j165 = j0 + 2u;
    let l166 = i164 * 100u + j165;
    let v167 = acc13.z;
    let v168 = s_hidden2_dense_bias[j165];
    let v169 = (v167 + v168);
    let v170 = s_hidden2_batch_norm_moving_mean[j165];
    let v171 = (v169 - v170);
    let v172 = s_hidden2_batch_norm_moving_variance[j165];
    let v173 = (v172 + 0.001);
    let v174 = inverseSqrt(v173);
    let v175 = (v171 * v174);
    let v176 = s_hidden2_batch_norm_gamma[j165];
    let v177 = (v175 * v176);
    let v178 = s_hidden2_batch_norm_beta[j165];
    let v179 = (v177 + v178);
    let v180 = min(v179, 0.0);
    let v181 = exp(v180);
    let v182 = (v181 - 1.0);
    let v183 = select(0.0, 1.0, v179 > 0.0);
    let v184 = select(v182, v179, v183 != 0.0);
    tmp13[l166] = v184;
  }
  {
    let i185 = i0 + 1u;
    let j186 = j0 + 3u;
    let l187 = i185 * 100u + j186;
    let v188 = acc13.w;
    let v189 = s_hidden2_dense_bias[j186];
    let v190 = (v188 + v189);
    let v191 = s_hidden2_batch_norm_moving_mean[j186];
    let v192 = (v190 - v191);
    let v193 = s_hidden2_batch_norm_moving_variance[j186];
    let v194 = (v193 + 0.001);
    let v195 = inverseSqrt(v194);
    let v196 = (v192 * v195);
    let v197 = s_hidden2_batch_norm_gamma[j186];
    let v198 = (v196 * v197);
    let v199 = s_hidden2_batch_norm_beta[j186];
    let v200 = (v198 + v199);
    let v201 = min(v200, 0.0);
    let v202 = exp(v201);
    let v203 = (v202 - 1.0);
    let v204 = select(0.0, 1.0, v200 > 0.0);
    let v205 = select(v203, v200, v204 != 0.0);
    tmp13[l187] = v205;
  }
  {
    let i206 = i0 + 2u;
    let l207 = i206 * 100u + j0;
    let v208 = acc14.x;
    let v209 = s_hidden2_dense_bias[j0];
    let v210 = (v208 + v209);
    let v211 = s_hidden2_batch_norm_moving_mean[j0];
    let v212 = (v210 - v211);
    let v213 = s_hidden2_batch_norm_moving_variance[j0];
    let v214 = (v213 + 0.001);
    let v215 = inverseSqrt(v214);
    let v216 = (v212 * v215);
    let v217 = s_hidden2_batch_norm_gamma[j0];
    let v218 = (v216 * v217);
    let v219 = s_hidden2_batch_norm_beta[j0];
    let v220 = (v218 + v219);
    let v221 = min(v220, 0.0);
    let v222 = exp(v221);
    let v223 = (v222 - 1.0);
    let v224 = select(0.0, 1.0, v220 > 0.0);
    let v225 = select(v223, v220, v224 != 0.0);
    tmp13[l207] = v225;
  }
  {
    let i226 = i0 + 2u;
    let j227 = j0 + 1u;
    let l228 = i226 * 100u + j227;
    let v229 = acc14.y;
    let v230 = s_hidden2_dense_bias[j227];
    let v231 = (v229 + v230);
    let v232 = s_hidden2_batch_norm_moving_mean[j227];
    let v233 = (v231 - v232);
    let v234 = s_hidden2_batch_norm_moving_variance[j227];
    let v235 = (v234 + 0.001);
    let v236 = inverseSqrt(v235);
    let v237 = (v233 * v236);
    let v238 = s_hidden2_batch_norm_gamma[j227];
    let v239 = (v237 * v238);
    let v240 = s_hidden2_batch_norm_beta[j227];
    let v241 = (v239 + v240);
    let v242 = min(v241, 0.0);
    let v243 = exp(v242);
    let v244 = (v243 - 1.0);
    let v245 = select(0.0, 1.0, v241 > 0.0);
    let v246 = select(v244, v241, v245 != 0.0);
    tmp13[l228] = v246;
  }
  {
    let i247 = i0 + 2u;
    let j248 = j0 + 2u;
    let l249 = i247 * 100u + j248;
    let v250 = acc14.z;
    let v251 = s_hidden2_dense_bias[j248];
    let v252 = (v250 + v251);
    let v253 = s_hidden2_batch_norm_moving_mean[j248];
    let v254 = (v252 - v253);
    let v255 = s_hidden2_batch_norm_moving_variance[j248];
    let v256 = (v255 + 0.001);
    let v257 = inverseSqrt(v256);
    let v258 = (v254 * v257);
    let v259 = s_hidden2_batch_norm_gamma[j248];
    let v260 = (v258 * v259);
    let v261 = s_hidden2_batch_norm_beta[j248];
    let v262 = (v260 + v261);
    let v263 = min(v262, 0.0);
    let v264 = exp(v263);
    let v265 = (v264 - 1.0);
    let v266 = select(0.0, 1.0, v262 > 0.0);
    let v267 = select(v265, v262, v266 != 0.0);
    tmp13[l249] = v267;
  }
  {
    let i268 = i0 + 2u;
    let j269 = j0 + 3u;
    let l270 = i268 * 100u + j269;
    let v271 = acc14.w;
    let v272 = s_hidden2_dense_bias[j269];
    let v273 = (v271 + v272);
    let v274 = s_hidden2_batch_norm_moving_mean[j269];
    let v275 = (v273 - v274);
    let v276 = s_hidden2_batch_norm_moving_variance[j269];
    let v277 = (v276 + 0.001);
    let v278 = inverseSqrt(v277);
    let v279 = (v275 * v278);
    let v280 = s_hidden2_batch_norm_gamma[j269];
    let v281 = (v279 * v280);
    let v282 = s_hidden2_batch_norm_beta[j269];
    let v283 = (v281 + v282);
    let v284 = min(v283, 0.0);
    let v285 = exp(v284);
    let v286 = (v285 - 1.0);
    let v287 = select(0.0, 1.0, v283 > 0.0);
    let v288 = select(v286, v283, v287 != 0.0);
    tmp13[l270] = v288;
  }
  {
    let i289 = i0 + 3u;
    let l290 = i289 * 100u + j0;
    let v291 = acc15.x;
    let v292 = s_hidden2_dense_bias[j0];
    let v293 = (v291 + v292);
    let v294 = s_hidden2_batch_norm_moving_mean[j0];
    let v295 = (v293 - v294);
    let v296 = s_hidden2_batch_norm_moving_variance[j0];
    let v297 = (v296 + 0.001);
    let v298 = inverseSqrt(v297);
    let v299 = (v295 * v298);
    let v300 = s_hidden2_batch_norm_gamma[j0];
    let v301 = (v299 * v300);
    let v302 = s_hidden2_batch_norm_beta[j0];
    let v303 = (v301 + v302);
    let v304 = min(v303, 0.0);
    let v305 = exp(v304);
    let v306 = (v305 - 1.0);
    let v307 = select(0.0, 1.0, v303 > 0.0);
    let v308 = select(v306, v303, v307 != 0.0);
    tmp13[l290] = v308;
  }
  {
    let i309 = i0 + 3u;
    let j310 = j0 + 1u;
    let l311 = i309 * 100u + j310;
    let v312 = acc15.y;
    let v313 = s_hidden2_dense_bias[j310];
    let v314 = (v312 + v313);
    let v315 = s_hidden2_batch_norm_moving_mean[j310];
    let v316 = (v314 - v315);
    let v317 = s_hidden2_batch_norm_moving_variance[j310];
    let v318 = (v317 + 0.001);
    let v319 = inverseSqrt(v318);
    let v320 = (v316 * v319);
    let v321 = s_hidden2_batch_norm_gamma[j310];
    let v322 = (v320 * v321);
    let v323 = s_hidden2_batch_norm_beta[j310];
    let v324 = (v322 + v323);
    let v325 = min(v324, 0.0);
    let v326 = exp(v325);
    let v327 = (v326 - 1.0);
    let v328 = select(0.0, 1.0, v324 > 0.0);
    let v329 = select(v327, v324, v328 != 0.0);
    tmp13[l311] = v329;
  }
  {
    let i330 = i0 + 3u;
    let j331 = j0 + 2u;
    let l332 = i330 * 100u + j331;
    let v333 = acc15.z;
    let v334 = s_hidden2_dense_bias[j331];
    let v335 = (v333 + v334);
    let v336 = s_hidden2_batch_norm_moving_mean[j331];
    let v337 = (v335 - v336);
    let v338 = s_hidden2_batch_norm_moving_variance[j331];
    let v339 = (v338 + 0.001);
    let v340 = inverseSqrt(v339);
    let v341 = (v337 * v340);
    let v342 = s_hidden2_batch_norm_gamma[j331];
    let v343 = (v341 * v342);
    let v344 = s_hidden2_batch_norm_beta[j331];
    let v345 = (v343 + v344);
    let v346 = min(v345, 0.0);
    let v347 = exp(v346);
    let v348 = (v347 - 1.0);
    let v349 = select(0.0, 1.0, v345 > 0.0);
    let v350 = select(v348, v345, v349 != 0.0);
    tmp13[l332] = v350;
  }
  {
    let i351 = i0 + 3u;
    let j352 = j0 + 3u;
    let l353 = i351 * 100u + j352;
    let v354 = acc15.w;
    let v355 = s_hidden2_dense_bias[j352];
    let v356 = (v354 + v355);
    let v357 = s_hidden2_batch_norm_moving_mean[j352];
    let v358 = (v356 - v357);
    let v359 = s_hidden2_batch_norm_moving_variance[j352];
    let v360 = (v359 + 0.001);
    let v361 = inverseSqrt(v360);
    let v362 = (v358 * v361);
    let v363 = s_hidden2_batch_norm_gamma[j352];
    let v364 = (v362 * v363);
    let v365 = s_hidden2_batch_norm_beta[j352];
    let v366 = (v364 + v365);
    let v367 = min(v366, 0.0);
    let v368 = exp(v367);
    let v369 = (v368 - 1.0);
    let v370 = select(0.0, 1.0, v366 > 0.0);
    let v371 = select(v369, v366, v370 != 0.0);
    tmp13[l353] = v371;
  }
  {
    let i372 = i0 + 4u;
    let l373 = i372 * 100u + j0;
    let v374 = acc16.x;
    let v375 = s_hidden2_dense_bias[j0];
    let v376 = (v374 + v375);
    let v377 = s_hidden2_batch_norm_moving_mean[j0];
    let v378 = (v376 - v377);
    let v379 = s_hidden2_batch_norm_moving_variance[j0];
    let v380 = (v379 + 0.001);
    let v381 = inverseSqrt(v380);
    let v382 = (v378 * v381);
    let v383 = s_hidden2_batch_norm_gamma[j0];
    let v384 = (v382 * v383);
    let v385 = s_hidden2_batch_norm_beta[j0];
    let v386 = (v384 + v385);
    let v387 = min(v386, 0.0);
    let v388 = exp(v387);
    let v389 = (v388 - 1.0);
    let v390 = select(0.0, 1.0, v386 > 0.0);
    let v391 = select(v389, v386, v390 != 0.0);
    tmp13[l373] = v391;
  }
  {
    let i392 = i0 + 4u;
    let j393 = j0 + 1u;
    let l394 = i392 * 100u + j393;
    let v395 = acc16.y;
    let v396 = s_hidden2_dense_bias[j393];
    let v397 = (v395 + v396);
    let v398 = s_hidden2_batch_norm_moving_mean[j393];
    let v399 = (v397 - v398);
    let v400 = s_hidden2_batch_norm_moving_variance[j393];
    let v401 = (v400 + 0.001);
    let v402 = inverseSqrt(v401);
    let v403 = (v399 * v402);
    let v404 = s_hidden2_batch_norm_gamma[j393];
    let v405 = (v403 * v404);
    let v406 = s_hidden2_batch_norm_beta[j393];
    let v407 = (v405 + v406);
    let v408 = min(v407, 0.0);
    let v409 = exp(v408);
    let v410 = (v409 - 1.0);
    let v411 = select(0.0, 1.0, v407 > 0.0);
    let v412 = select(v410, v407, v411 != 0.0);
    tmp13[l394] = v412;
  }
  {
    let i413 = i0 + 4u;
    let j414 = j0 + 2u;
    let l415 = i413 * 100u + j414;
    let v416 = acc16.z;
    let v417 = s_hidden2_dense_bias[j414];
    let v418 = (v416 + v417);
    let v419 = s_hidden2_batch_norm_moving_mean[j414];
    let v420 = (v418 - v419);
    let v421 = s_hidden2_batch_norm_moving_variance[j414];
    let v422 = (v421 + 0.001);
    let v423 = inverseSqrt(v422);
    let v424 = (v420 * v423);
    let v425 = s_hidden2_batch_norm_gamma[j414];
    let v426 = (v424 * v425);
    let v427 = s_hidden2_batch_norm_beta[j414];
    let v428 = (v426 + v427);
    let v429 = min(v428, 0.0);
    let v430 = exp(v429);
    let v431 = (v430 - 1.0);
    let v432 = select(0.0, 1.0, v428 > 0.0);
    let v433 = select(v431, v428, v432 != 0.0);
    tmp13[l415] = v433;
  }
  {
    let i434 = i0 + 4u;
    let j435 = j0 + 3u;
    let l436 = i434 * 100u + j435;
    let v437 = acc16.w;
    let v438 = s_hidden2_dense_bias[j435];
    let v439 = (v437 + v438);
    let v440 = s_hidden2_batch_norm_moving_mean[j435];
    let v441 = (v439 - v440);
    let v442 = s_hidden2_batch_norm_moving_variance[j435];
    let v443 = (v442 + 0.001);
    let v444 = inverseSqrt(v443);
    let v445 = (v441 * v444);
    let v446 = s_hidden2_batch_norm_gamma[j435];
    let v447 = (v445 * v446);
    let v448 = s_hidden2_batch_norm_beta[j435];
    let v449 = (v447 + v448);
    let v450 = min(v449, 0.0);
    let v451 = exp(v450);
    let v452 = (v451 - 1.0);
    let v453 = select(0.0, 1.0, v449 > 0.0);
    let v454 = select(v452, v449, v453 != 0.0);
    tmp13[l436] = v454;
  }
  {
    let i455 = i0 + 5u;
    let l456 = i455 * 100u + j0;
    let v457 = acc17.x;
    let v458 = s_hidden2_dense_bias[j0];
    let v459 = (v457 + v458);
    let v460 = s_hidden2_batch_norm_moving_mean[j0];
    let v461 = (v459 - v460);
    let v462 = s_hidden2_batch_norm_moving_variance[j0];
    let v463 = (v462 + 0.001);
    let v464 = inverseSqrt(v463);
    let v465 = (v461 * v464);
    let v466 = s_hidden2_batch_norm_gamma[j0];
    let v467 = (v465 * v466);
    let v468 = s_hidden2_batch_norm_beta[j0];
    let v469 = (v467 + v468);
    let v470 = min(v469, 0.0);
    let v471 = exp(v470);
    let v472 = (v471 - 1.0);
    let v473 = select(0.0, 1.0, v469 > 0.0);
    let v474 = select(v472, v469, v473 != 0.0);
    tmp13[l456] = v474;
  }
  {
    let i475 = i0 + 5u;
    let j476 = j0 + 1u;
    let l477 = i475 * 100u + j476;
    let v478 = acc17.y;
    let v479 = s_hidden2_dense_bias[j476];
    let v480 = (v478 + v479);
    let v481 = s_hidden2_batch_norm_moving_mean[j476];
    let v482 = (v480 - v481);
    let v483 = s_hidden2_batch_norm_moving_variance[j476];
    let v484 = (v483 + 0.001);
    let v485 = inverseSqrt(v484);
    let v486 = (v482 * v485);
    let v487 = s_hidden2_batch_norm_gamma[j476];
    let v488 = (v486 * v487);
    let v489 = s_hidden2_batch_norm_beta[j476];
    let v490 = (v488 + v489);
    let v491 = min(v490, 0.0);
    let v492 = exp(v491);
    let v493 = (v492 - 1.0);
    let v494 = select(0.0, 1.0, v490 > 0.0);
    let v495 = select(v493, v490, v494 != 0.0);
    tmp13[l477] = v495;
  }
  {
    let i496 = i0 + 5u;
    let j497 = j0 + 2u;
    let l498 = i496 * 100u + j497;
    let v499 = acc17.z;
    let v500 = s_hidden2_dense_bias[j497];
    let v501 = (v499 + v500);
    let v502 = s_hidden2_batch_norm_moving_mean[j497];
    let v503 = (v501 - v502);
    let v504 = s_hidden2_batch_norm_moving_variance[j497];
    let v505 = (v504 + 0.001);
    let v506 = inverseSqrt(v505);
    let v507 = (v503 * v506);
    let v508 = s_hidden2_batch_norm_gamma[j497];
    let v509 = (v507 * v508);
    let v510 = s_hidden2_batch_norm_beta[j497];
    let v511 = (v509 + v510);
    let v512 = min(v511, 0.0);
    let v513 = exp(v512);
    let v514 = (v513 - 1.0);
    let v515 = select(0.0, 1.0, v511 > 0.0);
    let v516 = select(v514, v511, v515 != 0.0);
    tmp13[l498] = v516;
  }
  {
    let i517 = i0 + 5u;
    let j518 = j0 + 3u;
    let l519 = i517 * 100u + j518;
    let v520 = acc17.w;
    let v521 = s_hidden2_dense_bias[j518];
    let v522 = (v520 + v521);
    let v523 = s_hidden2_batch_norm_moving_mean[j518];
    let v524 = (v522 - v523);
    let v525 = s_hidden2_batch_norm_moving_variance[j518];
    let v526 = (v525 + 0.001);
    let v527 = inverseSqrt(v526);
    let v528 = (v524 * v527);
    let v529 = s_hidden2_batch_norm_gamma[j518];
    let v530 = (v528 * v529);
    let v531 = s_hidden2_batch_norm_beta[j518];
    let v532 = (v530 + v531);
    let v533 = min(v532, 0.0);
    let v534 = exp(v533);
    let v535 = (v534 - 1.0);
    let v536 = select(0.0, 1.0, v532 > 0.0);
    let v537 = select(v535, v532, v536 != 0.0);
    tmp13[l519] = v537;
  }
  {
    let i538 = i0 + 6u;
    let l539 = i538 * 100u + j0;
    let v540 = acc18.x;
    let v541 = s_hidden2_dense_bias[j0];
    let v542 = (v540 + v541);
    let v543 = s_hidden2_batch_norm_moving_mean[j0];
    let v544 = (v542 - v543);
    let v545 = s_hidden2_batch_norm_moving_variance[j0];
    let v546 = (v545 + 0.001);
    let v547 = inverseSqrt(v546);
    let v548 = (v544 * v547);
    let v549 = s_hidden2_batch_norm_gamma[j0];
    let v550 = (v548 * v549);
    let v551 = s_hidden2_batch_norm_beta[j0];
    let v552 = (v550 + v551);
    let v553 = min(v552, 0.0);
    let v554 = exp(v553);
    let v555 = (v554 - 1.0);
    let v556 = select(0.0, 1.0, v552 > 0.0);
    let v557 = select(v555, v552, v556 != 0.0);
    tmp13[l539] = v557;
  }
  {
    let i558 = i0 + 6u;
    let j559 = j0 + 1u;
    let l560 = i558 * 100u + j559;
    let v561 = acc18.y;
    let v562 = s_hidden2_dense_bias[j559];
    let v563 = (v561 + v562);
    let v564 = s_hidden2_batch_norm_moving_mean[j559];
    let v565 = (v563 - v564);
    let v566 = s_hidden2_batch_norm_moving_variance[j559];
    let v567 = (v566 + 0.001);
    let v568 = inverseSqrt(v567);
    let v569 = (v565 * v568);
    let v570 = s_hidden2_batch_norm_gamma[j559];
    let v571 = (v569 * v570);
    let v572 = s_hidden2_batch_norm_beta[j559];
    let v573 = (v571 + v572);
    let v574 = min(v573, 0.0);
    let v575 = exp(v574);
    let v576 = (v575 - 1.0);
    let v577 = select(0.0, 1.0, v573 > 0.0);
    let v578 = select(v576, v573, v577 != 0.0);
    tmp13[l560] = v578;
  }
  {
    let i579 = i0 + 6u;
    let j580 = j0 + 2u;
    let l581 = i579 * 100u + j580;
    let v582 = acc18.z;
    let v583 = s_hidden2_dense_bias[j580];
    let v584 = (v582 + v583);
    let v585 = s_hidden2_batch_norm_moving_mean[j580];
    let v586 = (v584 - v585);
    let v587 = s_hidden2_batch_norm_moving_variance[j580];
    let v588 = (v587 + 0.001);
    let v589 = inverseSqrt(v588);
    let v590 = (v586 * v589);
    let v591 = s_hidden2_batch_norm_gamma[j580];
    let v592 = (v590 * v591);
    let v593 = s_hidden2_batch_norm_beta[j580];
    let v594 = (v592 + v593);
    let v595 = min(v594, 0.0);
    let v596 = exp(v595);
    let v597 = (v596 - 1.0);
    let v598 = select(0.0, 1.0, v594 > 0.0);
    let v599 = select(v597, v594, v598 != 0.0);
    tmp13[l581] = v599;
  }
  {
    let i600 = i0 + 6u;
    let j601 = j0 + 3u;
    let l602 = i600 * 100u + j601;
    let v603 = acc18.w;
    let v604 = s_hidden2_dense_bias[j601];
    let v605 = (v603 + v604);
    let v606 = s_hidden2_batch_norm_moving_mean[j601];
    let v607 = (v605 - v606);
    let v608 = s_hidden2_batch_norm_moving_variance[j601];
    let v609 = (v608 + 0.001);
    let v610 = inverseSqrt(v609);
    let v611 = (v607 * v610);
    let v612 = s_hidden2_batch_norm_gamma[j601];
    let v613 = (v611 * v612);
    let v614 = s_hidden2_batch_norm_beta[j601];
    let v615 = (v613 + v614);
    let v616 = min(v615, 0.0);
    let v617 = exp(v616);
    let v618 = (v617 - 1.0);
    let v619 = select(0.0, 1.0, v615 > 0.0);
    let v620 = select(v618, v615, v619 != 0.0);
    tmp13[l602] = v620;
  }
  {
    let i621 = i0 + 7u;
    let l622 = i621 * 100u + j0;
    let v623 = acc19.x;
    let v624 = s_hidden2_dense_bias[j0];
    let v625 = (v623 + v624);
    let v626 = s_hidden2_batch_norm_moving_mean[j0];
    let v627 = (v625 - v626);
    let v628 = s_hidden2_batch_norm_moving_variance[j0];
    let v629 = (v628 + 0.001);
    let v630 = inverseSqrt(v629);
    let v631 = (v627 * v630);
    let v632 = s_hidden2_batch_norm_gamma[j0];
    let v633 = (v631 * v632);
    let v634 = s_hidden2_batch_norm_beta[j0];
    let v635 = (v633 + v634);
    let v636 = min(v635, 0.0);
    let v637 = exp(v636);
    let v638 = (v637 - 1.0);
    let v639 = select(0.0, 1.0, v635 > 0.0);
    let v640 = select(v638, v635, v639 != 0.0);
    tmp13[l622] = v640;
  }
  {
    let i641 = i0 + 7u;
    let j642 = j0 + 1u;
    let l643 = i641 * 100u + j642;
    let v644 = acc19.y;
    let v645 = s_hidden2_dense_bias[j642];
    let v646 = (v644 + v645);
    let v647 = s_hidden2_batch_norm_moving_mean[j642];
    let v648 = (v646 - v647);
    let v649 = s_hidden2_batch_norm_moving_variance[j642];
    let v650 = (v649 + 0.001);
    let v651 = inverseSqrt(v650);
    let v652 = (v648 * v651);
    let v653 = s_hidden2_batch_norm_gamma[j642];
    let v654 = (v652 * v653);
    let v655 = s_hidden2_batch_norm_beta[j642];
    let v656 = (v654 + v655);
    let v657 = min(v656, 0.0);
    let v658 = exp(v657);
    let v659 = (v658 - 1.0);
    let v660 = select(0.0, 1.0, v656 > 0.0);
    let v661 = select(v659, v656, v660 != 0.0);
    tmp13[l643] = v661;
  }
  {
    let i662 = i0 + 7u;
    let j663 = j0 + 2u;
    let l664 = i662 * 100u + j663;
    let v665 = acc19.z;
    let v666 = s_hidden2_dense_bias[j663];
    let v667 = (v665 + v666);
    let v668 = s_hidden2_batch_norm_moving_mean[j663];
    let v669 = (v667 - v668);
    let v670 = s_hidden2_batch_norm_moving_variance[j663];
    let v671 = (v670 + 0.001);
    let v672 = inverseSqrt(v671);
    let v673 = (v669 * v672);
    let v674 = s_hidden2_batch_norm_gamma[j663];
    let v675 = (v673 * v674);
    let v676 = s_hidden2_batch_norm_beta[j663];
    let v677 = (v675 + v676);
    let v678 = min(v677, 0.0);
    let v679 = exp(v678);
    let v680 = (v679 - 1.0);
    let v681 = select(0.0, 1.0, v677 > 0.0);
    let v682 = select(v680, v677, v681 != 0.0);
    tmp13[l664] = v682;
  }
  {
    let i683 = i0 + 7u;
    let j684 = j0 + 3u;
    let l685 = i683 * 100u + j684;
    let v686 = acc19.w;
    let v687 = s_hidden2_dense_bias[j684];
    let v688 = (v686 + v687);
    let v689 = s_hidden2_batch_norm_moving_mean[j684];
    let v690 = (v688 - v689);
    let v691 = s_hidden2_batch_norm_moving_variance[j684];
    let v692 = (v691 + 0.001);
    let v693 = inverseSqrt(v692);
    let v694 = (v690 * v693);
    let v695 = s_hidden2_batch_norm_gamma[j684];
    let v696 = (v694 * v695);
    let v697 = s_hidden2_batch_norm_beta[j684];
    let v698 = (v696 + v697);
    let v699 = min(v698, 0.0);
    let v700 = exp(v699);
    let v701 = (v700 - 1.0);
    let v702 = select(0.0, 1.0, v698 > 0.0);
    let v703 = select(v701, v698, v702 != 0.0);
    tmp13[l685] = v703;
  }
}

// ---- 031_matmul_logits_batch_norm.wgsl
@group(0) @binding(0) var<storage, read> tmp13: array<f32>;
@group(0) @binding(1) var<storage, read> s_logits_dense_kernel: array<f32>;
@group(0) @binding(2) var<storage, read_write> tmp11: array<f32>;
@group(0) @binding(3) var<storage, read> s_logits_dense_bias: array<f32>;
@group(0) @binding(4) var<storage, read> s_logits_batch_norm_moving_mean: array<f32>;
@group(0) @binding(5) var<storage, read> s_logits_batch_norm_moving_variance: array<f32>;
@group(0) @binding(6) var<storage, read> s_logits_batch_norm_gamma: array<f32>;
@group(0) @binding(7) var<storage, read> s_logits_batch_norm_beta: array<f32>;

@compute @workgroup_size(64)
fn main(@builtin(global_invocation_id) gid: vec3<u32>) {
  let t = gid.x;
  if (t >= 75u) { return; }
  let i0 = (t / 3u) * 8u;
  let j0 = (t % 3u) * 4u;
  let row0 = min(i0 + 0u, 199u);
  let row1 = min(i0 + 1u, 199u);
  let row2 = min(i0 + 2u, 199u);
  let row3 = min(i0 + 3u, 199u);
  let row4 = min(i0 + 4u, 199u);
  let row5 = min(i0 + 5u, 199u);
  let row6 = min(i0 + 6u, 199u);
  let row7 = min(i0 + 7u, 199u);
  let col8 = min(j0 + 0u, 9u);
  let col9 = min(j0 + 1u, 9u);
  let col10 = min(j0 + 2u, 9u);
  let col11 = min(j0 + 3u, 9u);
  var acc12: vec4<f32> = vec4<f32>(0.0);
  var acc13: vec4<f32> = vec4<f32>(0.0);
  var acc14: vec4<f32> = vec4<f32>(0.0);
  var acc15: vec4<f32> = vec4<f32>(0.0);
  var acc16: vec4<f32> = vec4<f32>(0.0);
  var acc17: vec4<f32> = vec4<f32>(0.0);
  var acc18: vec4<f32> = vec4<f32>(0.0);
  var acc19: vec4<f32> = vec4<f32>(0.0);
  let ra20 = row0 * 100u;
  let ra21 = row1 * 100u;
  let ra22 = row2 * 100u;
  let ra23 = row3 * 100u;
  let ra24 = row4 * 100u;
  let ra25 = row5 * 100u;
  let ra26 = row6 * 100u;
  let ra27 = row7 * 100u;
  for (var k: u32 = 0u; k < 100u; k = k + 1u) {
    let rb28 = k * 10u;
    let bv29 = vec4<f32>(s_logits_dense_kernel[rb28 + col8], s_logits_dense_kernel[rb28 + col9], s_logits_dense_kernel[rb28 + col10], s_logits_dense_kernel[rb28 + col11]);
    acc12 = acc12 + tmp13[ra20 + k] * bv29;
    acc13 = acc13 + tmp13[ra21 + k] * bv29;
    acc14 = acc14 + tmp13[ra22 + k] * bv29;
    acc15 = acc15 + tmp13[ra23 + k] * bv29;
    acc16 = acc16 + tmp13[ra24 + k] * bv29;
    acc17 = acc17 + tmp13[ra25 + k] * bv29;
    acc18 = acc18 + tmp13[ra26 + k] * bv29;
    acc19 = acc19 + tmp13[ra27 + k] * bv29;
  }
  {
    let l30 = i0 * 10u + j0;
    let v31 = acc12.x;
    let v32 = s_logits_dense_bias[j0];
    let v33 = (v31 + v32);
    let v34 = s_logits_batch_norm_moving_mean[j0];
    let v35 = (v33 - v34);
    let v36 = s_logits_batch_norm_moving_variance[j0];
    let v37 = (v36 + 0.001);
    let v38 = inverseSqrt(v37);
    let v39 = (v35 * v38);
    let v40 = s_logits_batch_norm_gamma[j0];
    let v41 = (v39 * v40);
    let v42 = s_logits_batch_norm_beta[j0];
    let v43 = (v41 + v42);
    tmp11[l30] = v43;
  }
  if (j0 + 1u < 10u) {
    let j44 = j0 + 1u;
    let l45 = i0 * 10u + j44;
    let v46 = acc12.y;
    let v47 = s_logits_dense_bias[j44];
    let v48 = (v46 + v47);
    let v49 = s_logits_batch_norm_moving_mean[j44];
    let v50 = (v48 - v49);
    let v51 = s_logits_batch_norm_moving_variance[j44];
    let v52 = (v51 + 0.001);
    let v53 = inverseSqrt(v52);
    let v54 = (v50 * v53);
    let v55 = s_logits_batch_norm_gamma[j44];
    let v56 = (v54 * v55);
    let v57 = s_logits_batch_norm_beta[j44];
    let v58 = (v56 + v57);
    tmp11[l45] = v58;
  }
  if (j0 + 2u < 10u) {
    let j59 = j0 + 2u;
    let l60 = i0 * 10u + j59;
    let v61 = acc12.z;
    let v62 = s_logits_dense_bias[j59];
    let v63 = (v61 + v62);
    let v64 = s_logits_batch_norm_moving_mean[j59];
    let v65 = (v63 - v64);
    let v66 = s_logits_batch_norm_moving_variance[j59];
    let v67 = (v66 + 0.001);
    let v68 = inverseSqrt(v67);
    let v69 = (v65 * v68);
    let v70 = s_logits_batch_norm_gamma[j59];
    let v71 = (v69 * v70);
    let v72 = s_logits_batch_norm_beta[j59];
    let v73 = (v71 + v72);
    tmp11[l60] = v73;
  }
  if (j0 + 3u < 10u) {
    let j74 = j0 + 3u;
    let l75 = i0 * 10u + j74;
    let v76 = acc12.w;
    let v77 = s_logits_dense_bias[j74];
    let v78 = (v76 + v77);
    let v79 = s_logits_batch_norm_moving_mean[j74];
    let v80 = (v78 - v79);
    let v81 = s_logits_batch_norm_moving_variance[j74];
    let v82 = (v81 + 0.001);
    let v83 = inverseSqrt(v82);
    let v84 = (v80 * v83);
    let v85 = s_logits_batch_norm_gamma[j74];
    let v86 = (v84 * v85);
    let v87 = s_logits_batch_norm_beta[j74];
    let v88 = (v86 + v87);
    tmp11[l75] = v88;
  }
  {
    let i89 = i0 + 1u;
    let l90 = i89 * 10u + j0;
    let v91 = acc13.x;
    let v92 = s_logits_dense_bias[j0];
    let v93 = (v91 + v92);
    let v94 = s_logits_batch_norm_moving_mean[j0];
    let v95 = (v93 - v94);
    let v96 = s_logits_batch_norm_moving_variance[j0];
    let v97 = (v96 + 0.001);
    let v98 = inverseSqrt(v97);
    let v99 = (v95 * v98);
    let v100 = s_logits_batch_norm_gamma[j0];
    let v101 = (v99 * v100);
    let v102 = s_logits_batch_norm_beta[j0];
    let v103 = (v101 + v102);
    tmp11[l90] = v103;
  }
  if (j0 + 1u < 10u) {
    let i104 = i0 + 1u;
    let j105 = j0 + 1u;
    let l106 = i104 * 10u + j105;
    let v107 = acc13.y;
    let v108 = s_logits_dense_bias[j105];
    let v109 = (v107 + v108);
    let v110 = s_logits_batch_norm_moving_mean[j105];
    let v111 = (v109 - v110);
    let v112 = s_logits_batch_norm_moving_variance[j105];
    let v113 = (v112 + 0.001);
    let v114 = inverseSqrt(v113);
    let v115 = (v111 * v114);
    let v116 = s_logits_batch_norm_gamma[j105];
    let v117 = (v115 * v116);
    let v118 = s_logits_batch_norm_beta[j105];
    let v119 = (v117 + v118);
    tmp11[l106] = v119;
  }
  if (j0 + 2u < 10u) {
    let i120 = i0 + 1u;
    let j121 = j0 + 2u;
    let l122 = i120 * 10u + j121;
    let v123 = acc13.z;
    let v124 = s_logits_dense_bias[j121];
    let v125 = (v123 + v124);
    let v126 = s_logits_batch_norm_moving_mean[j121];
    let v127 = (v125 - v126);
    let v128 = s_logits_batch_norm_moving_variance[j121];
    let v129 = (v128 + 0.001);
    let v130 = inverseSqrt(v129);
    let v131 = (v127 * v130);
    let v132 = s_logits_batch_norm_gamma[j121];
    let v133 = (v131 * v132);
    let v134 = s_logits_batch_norm_beta[j121];
    let v135 = (v133 + v134);
    tmp11[l122] = v135;
  }
  if (j0 + 3u < 10u) {
    let i136 = i0 + 1u;
    let j137 = j0 + 3u;
    let l138 = i136 * 10u + j137;
    let v139 = acc13.w;
    let v140 = s_logits_dense_bias[j137];
    let v141 = (v139 + v140);
    let v142 = s_logits_batch_norm_moving_mean[j137];
    let v143 = (v141 - v142);
    let v144 = s_logits_batch_norm_moving_variance[j137];
    let v145 = (v144 + 0.001);
    let v146 = inverseSqrt(v145);
    let v147 = (v143 * v146);
    let v148 = s_logits_batch_norm_gamma[j137];
    let v149 = (v147 * v148);
    let v150 = s_logits_batch_norm_beta[j137];
    let v151 = (v149 + v150);
    tmp11[l138] = v151;
  }
  {
    let i152 = i0 + 2u;
    let l153 = i152 * 10u + j0;
    let v154 = acc14.x;
    let v155 = s_logits_dense_bias[j0];
    let v156 = (v154 + v155);
    let v157 = s_logits_batch_norm_moving_mean[j0];
    let v158 = (v156 - v157);
    let v159 = s_logits_batch_norm_moving_variance[j0];
    let v160 = (v159 + 0.001);
    let v161 = inverseSqrt(v160);
    let v162 = (v158 * v161);
    let v163 = s_logits_batch_norm_gamma[j0];
    let v164 = (v162 * v163);
    let v165 = s_logits_batch_norm_beta[j0];
    let v166 = (v164 + v165);
    tmp11[l153] = v166;
  }
  if (j0 + 1u < 10u) {
    let i167 = i0 + 2u;
    let j168 = j0 + 1u;
    let l169 = i167 * 10u + j168;
    let v170 = acc14.y;
    let v171 = s_logits_dense_bias[j168];
    let v172 = (v170 + v171);
    let v173 = s_logits_batch_norm_moving_mean[j168];
    let v174 = (v172 - v173);
    let v175 = s_logits_batch_norm_moving_variance[j168];
    let v176 = (v175 + 0.001);
    let v177 = inverseSqrt(v176);
    let v178 = (v174 * v177);
    let v179 = s_logits_batch_norm_gamma[j168];
    let v180 = (v178 * v179);
    let v181 = s_logits_batch_norm_beta[j168];
    let v182 = (v180 + v181);
    tmp11[l169] = v182;
  }
  if (j0 + 2u < 10u) {
    let i183 = i0 + 2u;
    let j184 = j0 + 2u;
    let l185 = i183 * 10u + j184;
    let v186 = acc14.z;
    let v187 = s_logits_dense_bias[j184];
    let v188 = (v186 + v187);
    let v189 = s_logits_batch_norm_moving_mean[j184];
    let v190 = (v188 - v189);
    let v191 = s_logits_batch_norm_moving_variance[j184];
    let v192 = (v191 + 0.001);
    let v193 = inverseSqrt(v192);
    let v194 = (v190 * v193);
    let v195 = s_logits_batch_norm_gamma[j184];
    let v196 = (v194 * v195);
    let v197 = s_logits_batch_norm_beta[j184];
    let v198 = (v196 + v197);
    tmp11[l185] = v198;
  }
  if (j0 + 3u < 10u) {
    let i199 = i0 + 2u;
    let j200 = j0 + 3u;
    let l201 = i199 * 10u + j200;
    let v202 = acc14.w;
    let v203 = s_logits_dense_bias[j200];
    let v204 = (v202 + v203);
    let v205 = s_logits_batch_norm_moving_mean[j200];
    let v206 = (v204 - v205);
    let v207 = s_logits_batch_norm_moving_variance[j200];
    let v208 = (v207 + 0.001);
    let v209 = inverseSqrt(v208);
    let v210 = (v206 * v209);
    let v211 = s_logits_batch_norm_gamma[j200];
    let v212 = (v210 * v211);
    let v213 = s_logits_batch_norm_beta[j200];
    let v214 = (v212 + v213);
    tmp11[l201] = v214;
  }
  {
    let i215 = i0 + 3u;
    let l216 = i215 * 10u + j0;
    let v217 = acc15.x;
    let v218 = s_logits_dense_bias[j0];
    let v219 = (v217 + v218);
    let v220 = s_logits_batch_norm_moving_mean[j0];
    let v221 = (v219 - v220);
    let v222 = s_logits_batch_norm_moving_variance[j0];
    let v223 = (v222 + 0.001);
    let v224 = inverseSqrt(v223);
    let v225 = (v221 * v224);
    let v226 = s_logits_batch_norm_gamma[j0];
    let v227 = (v225 * v226);
    let v228 = s_logits_batch_norm_beta[j0];
    let v229 = (v227 + v228);
    tmp11[l216] = v229;
  }
  if (j0 + 1u < 10u) {
    let i230 = i0 + 3u;
    let j231 = j0 + 1u;
    let l232 = i230 * 10u + j231;
    let v233 = acc15.y;
    let v234 = s_logits_dense_bias[j231];
    let v235 = (v233 + v234);
    let v236 = s_logits_batch_norm_moving_mean[j231];
    let v237 = (v235 - v236);
    let v238 = s_logits_batch_norm_moving_variance[j231];
    let v239 = (v238 + 0.001);
    let v240 = inverseSqrt(v239);
    let v241 = (v237 * v240);
    let v242 = s_logits_batch_norm_gamma[j231];
    let v243 = (v241 * v242);
    let v244 = s_logits_batch_norm_beta[j231];
    let v245 = (v243 + v244);
    tmp11[l232] = v245;
  }
  if (j0 + 2u < 10u) {
    let i246 = i0 + 3u;
    let j247 = j0 + 2u;
    let l248 = i246 * 10u + j247;
    let v249 = acc15.z;
    let v250 = s_logits_dense_bias[j247];
    let v251 = (v249 + v250);
    let v252 = s_logits_batch_norm_moving_mean[j247];
    let v253 = (v251 - v252);
    let v254 = s_logits_batch_norm_moving_variance[j247];
    let v255 = (v254 + 0.001);
    let v256 = inverseSqrt(v255);
    let v257 = (v253 * v256);
    let v258 = s_logits_batch_norm_gamma[j247];
    let v259 = (v257 * v258);
    let v260 = s_logits_batch_norm_beta[j247];
    let v261 = (v259 + v260);
    tmp11[l248] = v261;
  }
  if (j0 + 3u < 10u) {
    let i262 = i0 + 3u;
    let j263 = j0 + 3u;
    let l264 = i262 * 10u + j263;
    let v265 = acc15.w;
    let v266 = s_logits_dense_bias[j263];
    let v267 = (v265 + v266);
    let v268 = s_logits_batch_norm_moving_mean[j263];
    let v269 = (v267 - v268);
    let v270 = s_logits_batch_norm_moving_variance[j263];
    let v271 = (v270 + 0.001);
    let v272 = inverseSqrt(v271);
    let v273 = (v269 * v272);
    let v274 = s_logits_batch_norm_gamma[j263];
    let v275 = (v273 * v274);
    let v276 = s_logits_batch_norm_beta[j263];
    let v277 = (v275 + v276);
    tmp11[l264] = v277;
  }
  {
    let i278 = i0 + 4u;
    let l279 = i278 * 10u + j0;
    let v280 = acc16.x;
    let v281 = s_logits_dense_bias[j0];
    let v282 = (v280 + v281);
    let v283 = s_logits_batch_norm_moving_mean[j0];
    let v284 = (v282 - v283);
    let v285 = s_logits_batch_norm_moving_variance[j0];
    let v286 = (v285 + 0.001);
    let v287 = inverseSqrt(v286);
    let v288 = (v284 * v287);
    let v289 = s_logits_batch_norm_gamma[j0];
    let v290 = (v288 * v289);
    let v291 = s_logits_batch_norm_beta[j0];
    let v292 = (v290 + v291);
    tmp11[l279] = v292;
  }
  if (j0 + 1u < 10u) {
    let i293 = i0 + 4u;
    let j294 = j0 + 1u;
    let l295 = i293 * 10u + j294;
    let v296 = acc16.y;
    let v297 = s_logits_dense_bias[j294];
    let v298 = (v296 + v297);
    let v299 = s_logits_batch_norm_moving_mean[j294];
    let v300 = (v298 - v299);
    let v301 = s_logits_batch_norm_moving_variance[j294];
    let v302 = (v301 + 0.001);
    let v303 = inverseSqrt(v302);
    let v304 = (v300 * v303);
    let v305 = s_logits_batch_norm_gamma[j294];
    let v306 = (v304 * v305);
    let v307 = s_logits_batch_norm_beta[j294];
    let v308 = (v306 + v307);
    tmp11[l295] = v308;
  }
  if (j0 + 2u < 10u) {
    let i309 = i0 + 4u;
    let j310 = j0 + 2u;
    let l311 = i309 * 10u + j310;
    let v312 = acc16.z;
    let v313 = s_logits_dense_bias[j310];
    let v314 = (v312 + v313);
    let v315 = s_logits_batch_norm_moving_mean[j310];
    let v316 = (v314 - v315);
    let v317 = s_logits_batch_norm_moving_variance[j310];
    let v318 = (v317 + 0.001);
    let v319 = inverseSqrt(v318);
    let v320 = (v316 * v319);
    let v321 = s_logits_batch_norm_gamma[j310];
    let v322 = (v320 * v321);
    let v323 = s_logits_batch_norm_beta[j310];
    let v324 = (v322 + v323);
    tmp11[l311] = v324;
  }
  if (j0 + 3u < 10u) {
    let i325 = i0 + 4u;
    let j326 = j0 + 3u;
    let l327 = i325 * 10u + j326;
    let v328 = acc16.w;
    let v329 = s_logits_dense_bias[j326];
    let v330 = (v328 + v329);
    let v331 = s_logits_batch_norm_moving_mean[j326];
    let v332 = (v330 - v331);
    let v333 = s_logits_batch_norm_moving_variance[j326];
    let v334 = (v333 + 0.001);
    let v335 = inverseSqrt(v334);
    let v336 = (v332 * v335);
    let v337 = s_logits_batch_norm_gamma[j326];
    let v338 = (v336 * v337);
    let v339 = s_logits_batch_norm_beta[j326];
    let v340 = (v338 + v339);
    tmp11[l327] = v340;
  }
  {
    let i341 = i0 + 5u;
    let l342 = i341 * 10u + j0;
    let v343 = acc17.x;
    let v344 = s_logits_dense_bias[j0];
    let v345 = (v343 + v344);
    let v346 = s_logits_batch_norm_moving_mean[j0];
    let v347 = (v345 - v346);
    let v348 = s_logits_batch_norm_moving_variance[j0];
    let v349 = (v348 + 0.001);
    let v350 = inverseSqrt(v349);
    let v351 = (v347 * v350);
    let v352 = s_logits_batch_norm_gamma[j0];
    let v353 = (v351 * v352);
    let v354 = s_logits_batch_norm_beta[j0];
    let v355 = (v353 + v354);
    tmp11[l342] = v355;
  }
  if (j0 + 1u < 10u) {
    let i356 = i0 + 5u;
    let j357 = j0 + 1u;
    let l358 = i356 * 10u + j357;
    let v359 = acc17.y;
    let v360 = s_logits_dense_bias[j357];
    let v361 = (v359 + v360);
    let v362 = s_logits_batch_norm_moving_mean[j357];
    let v363 = (v361 - v362);
    let v364 = s_logits_batch_norm_moving_variance[j357];
    let v365 = (v364 + 0.001);
    let v366 = inverseSqrt(v365);
    let v367 = (v363 * v366);
    let v368 = s_logits_batch_norm_gamma[j357];
    let v369 = (v367 * v368);
    let v370 = s_logits_batch_norm_beta[j357];
    let v371 = (v369 + v370);
    tmp11[l358] = v371;
  }
  if (j0 + 2u < 10u) {
    let i372 = i0 + 5u;
    let j373 = j0 + 2u;
    let l374 = i372 * 10u + j373;
    let v375 = acc17.z;
    let v376 = s_logits_dense_bias[j373];
    let v377 = (v375 + v376);
    let v378 = s_logits_batch_norm_moving_mean[j373];
    let v379 = (v377 - v378);
    let v380 = s_logits_batch_norm_moving_variance[j373];
    let v381 = (v380 + 0.001);
    let v382 = inverseSqrt(v381);
    let v383 = (v379 * v382);
    let v384 = s_logits_batch_norm_gamma[j373];
    let v385 = (v383 * v384);
    let v386 = s_logits_batch_norm_beta[j373];
    let v387 = (v385 + v386);
    tmp11[l374] = v387;
  }
  if (j0 + 3u < 10u) {
    let i388 = i0 + 5u;
    let j389 = j0 + 3u;
    let l390 = i388 * 10u + j389;
    let v391 = acc17.w;
    let v392 = s_logits_dense_bias[j389];
    let v393 = (v391 + v392);
    let v394 = s_logits_batch_norm_moving_mean[j389];
    let v395 = (v393 - v394);
    let v396 = s_logits_batch_norm_moving_variance[j389];
    let v397 = (v396 + 0.001);
    let v398 = inverseSqrt(v397);
    let v399 = (v395 * v398);
    let v400 = s_logits_batch_norm_gamma[j389];
    let v401 = (v399 * v400);
    let v402 = s_logits_batch_norm_beta[j389];
    let v403 = (v401 + v402);
    tmp11[l390] = v403;
  }
  {
    let i404 = i0 + 6u;
    let l405 = i404 * 10u + j0;
    let v406 = acc18.x;
    let v407 = s_logits_dense_bias[j0];
    let v408 = (v406 + v407);
    let v409 = s_logits_batch_norm_moving_mean[j0];
    let v410 = (v408 - v409);
    let v411 = s_logits_batch_norm_moving_variance[j0];
    let v412 = (v411 + 0.001);
    let v413 = inverseSqrt(v412);
    let v414 = (v410 * v413);
    let v415 = s_logits_batch_norm_gamma[j0];
    let v416 = (v414 * v415);
    let v417 = s_logits_batch_norm_beta[j0];
    let v418 = (v416 + v417);
    tmp11[l405] = v418;
  }
  if (j0 + 1u < 10u) {
    let i419 = i0 + 6u;
    let j420 = j0 + 1u;
    let l421 = i419 * 10u + j420;
    let v422 = acc18.y;
    let v423 = s_logits_dense_bias[j420];
    let v424 = (v422 + v423);
    let v425 = s_logits_batch_norm_moving_mean[j420];
    let v426 = (v424 - v425);
    let v427 = s_logits_batch_norm_moving_variance[j420];
    let v428 = (v427 + 0.001);
    let v429 = inverseSqrt(v428);
    let v430 = (v426 * v429);
    let v431 = s_logits_batch_norm_gamma[j420];
    let v432 = (v430 * v431);
    let v433 = s_logits_batch_norm_beta[j420];
    let v434 = (v432 + v433);
    tmp11[l421] = v434;
  }
  if (j0 + 2u < 10u) {
    let i435 = i0 + 6u;
    let j436 = j0 + 2u;
    let l437 = i435 * 10u + j436;
    let v438 = acc18.z;
    let v439 = s_logits_dense_bias[j436];
    let v440 = (v438 + v439);
    let v441 = s_logits_batch_norm_moving_mean[j436];
    let v442 = (v440 - v441);
    let v443 = s_logits_batch_norm_moving_variance[j436];
    let v444 = (v443 + 0.001);
    let v445 = inverseSqrt(v444);
    let v446 = (v442 * v445);
    let v447 = s_logits_batch_norm_gamma[j436];
    let v448 = (v446 * v447);
    let v449 = s_logits_batch_norm_beta[j436];
    let v450 = (v448 + v449);
    tmp11[l437] = v450;
  }
  if (j0 + 3u < 10u) {
    let i451 = i0 + 6u;
    let j452 = j0 + 3u;
    let l453 = i451 * 10u + j452;
    let v454 = acc18.w;
    let v455 = s_logits_dense_bias[j452];
    let v456 = (v454 + v455);
    let v457 = s_logits_batch_norm_moving_mean[j452];
    let v458 = (v456 - v457);
    let v459 = s_logits_batch_norm_moving_variance[j452];
    let v460 = (v459 + 0.001);
    let v461 = inverseSqrt(v460);
    let v462 = (v458 * v461);
    let v463 = s_logits_batch_norm_gamma[j452];
    let v464 = (v462 * v463);
    let v465 = s_logits_batch_norm_beta[j452];
    let v466 = (v464 + v465);
    tmp11[l453] = v466;
  }
  {
    let i467 = i0 + 7u;
    let l468 = i467 * 10u + j0;
    let v469 = acc19.x;
    let v470 = s_logits_dense_bias[j0];
    let v471 = (v469 + v470);
    let v472 = s_logits_batch_norm_moving_mean[j0];
    let v473 = (v471 - v472);
    let v474 = s_logits_batch_norm_moving_variance[j0];
    let v475 = (v474 + 0.001);
    let v476 = inverseSqrt(v475);
    let v477 = (v473 * v476);
    let v478 = s_logits_batch_norm_gamma[j0];
    let v479 = (v477 * v478);
    let v480 = s_logits_batch_norm_beta[j0];
    let v481 = (v479 + v480);
    tmp11[l468] = v481;
  }
  if (j0 + 1u < 10u) {
    let i482 = i0 + 7u;
    let j483 = j0 + 1u;
    let l484 = i482 * 10u + j483;
    let v485 = acc19.y;
    let v486 = s_logits_dense_bias[j483];
    let v487 = (v485 + v486);
    let v488 = s_logits_batch_norm_moving_mean[j483];
    let v489 = (v487 - v488);
    let v490 = s_logits_batch_norm_moving_variance[j483];
    let v491 = (v490 + 0.001);
    let v492 = inverseSqrt(v491);
    let v493 = (v489 * v492);
    let v494 = s_logits_batch_norm_gamma[j483];
    let v495 = (v493 * v494);
    let v496 = s_logits_batch_norm_beta[j483];
    let v497 = (v495 + v496);
    tmp11[l484] = v497;
  }
  if (j0 + 2u < 10u) {
    let i498 = i0 + 7u;
    let j499 = j0 + 2u;
    let l500 = i498 * 10u + j499;
    let v501 = acc19.z;
    let v502 = s_logits_dense_bias[j499];
    let v503 = (v501 + v502);
    let v504 = s_logits_batch_norm_moving_mean[j499];
    let v505 = (v503 - v504);
    let v506 = s_logits_batch_norm_moving_variance[j499];
    let v507 = (v506 + 0.001);
    let v508 = inverseSqrt(v507);
    let v509 = (v505 * v508);
    let v510 = s_logits_batch_norm_gamma[j499];
    let v511 = (v509 * v510);
    let v512 = s_logits_batch_norm_beta[j499];
    let v513 = (v511 + v512);
    tmp11[l500] = v513;
  }
  if (j0 + 3u < 10u) {
    let i514 = i0 + 7u;
    let j515 = j0 + 3u;
    let l516 = i514 * 10u + j515;
    let v517 = acc19.w;
    let v518 = s_logits_dense_bias[j515];
    let v519 = (v517 + v518);
    let v520 = s_logits_batch_norm_moving_mean[j515];
    let v521 = (v519 - v520);
    let v522 = s_logits_batch_norm_moving_variance[j515];
    let v523 = (v522 + 0.001);
    let v524 = inverseSqrt(v523);
    let v525 = (v521 * v524);
    let v526 = s_logits_batch_norm_gamma[j515];
    let v527 = (v525 * v526);
    let v528 = s_logits_batch_norm_beta[j515];
    let v529 = (v527 + v528);
    tmp11[l516] = v529;
  }
}

// ---- 032_reduce_sum_loss_x5.wgsl
var<workgroup> wg_f32_0: array<f32, 64>;
var<workgroup> wg_f32_1: array<f32, 64>;
@group(0) @binding(0) var<storage, read> tmp11: array<f32>;
@group(0) @binding(1) var<storage, read> in_y: array<i32>;
@group(0) @binding(2) var<storage, read_write> s_acc_eval_loss: array<f32>;
@group(0) @binding(3) var<storage, read> in_weight: array<f32>;
@group(0) @binding(4) var<storage, read_write> s_acc_eval_weight: array<f32>;
@group(0) @binding(5) var<storage, read_write> s_acc_eval_accuracy: array<f32>;
@group(0) @binding(6) var<storage, read_write> out_loss: array<f32>;
@group(0) @binding(7) var<storage, read_write> out_accuracy: array<f32>;

@compute @workgroup_size(64)
fn main(@builtin(workgroup_id) wid: vec3<u32>, @builtin(local_invocation_index) lane: u32) {
  let i = wid.x;
  var acc0: f32 = 0.0;
  var acc1: f32 = 0.0;
  for (var r2: u32 = lane; r2 < 200u; r2 = r2 + 64u) {
    var acc3: f32 = 0.0;
    var acc4: f32 = -3.4028234663852886e38;
    for (var r5: u32 = 0u; r5 < 10u; r5 = r5 + 1u) {
      let l6 = r2 * 10u + r5;
      let v7 = tmp11[l6];
      acc4 = max(acc4, v7);
    }
    var acc8: f32 = 0.0;
    for (var r9: u32 = 0u; r9 < 10u; r9 = r9 + 1u) {
      let l10 = r2 * 10u + r9;
      let v11 = tmp11[l10];
      let v12 = (v11 - acc4);
      let v13 = exp(v12);
      acc8 = acc8 + v13;
    }
    let v14 = log(acc8);
    for (var r15: u32 = 0u; r15 < 10u; r15 = r15 + 1u) {
      let l16 = r2 * 10u + r15;
      let v17 = in_y[r2];
      let v18 = select(0.0, 1.0, i32(r15) == v17);
      let v19 = tmp11[l16];
      let v20 = (v19 - acc4);
      let v21 = (v20 - v14);
      let v22 = (v18 * v21);
      acc3 = acc3 + v22;
    }
    let v23 = (-acc3);
    acc0 = acc0 + v23;
    var acc24: f32 = 0.0;
    var acc25: f32 = 0.0;
    for (var r26: u32 = 0u; r26 < 10u; r26 = r26 + 1u) {
      let l27 = r2 * 10u + r26;
      let v28 = tmp11[l27];
      let v29 = in_y[r2];
      let v30 = select(0.0, 1.0, i32(r26) == v29);
      let v31 = (v28 * v30);
      acc25 = acc25 + v31;
    }
    for (var r32: u32 = 0u; r32 < 10u; r32 = r32 + 1u) {
      let l33 = r2 * 10u + r32;
      let v34 = tmp11[l33];
      let v35 = select(0.0, 1.0, v34 > acc25);
      acc24 = acc24 + v35;
    }
    let v36 = select(0.0, 1.0, acc24 < 1.0);
    var acc37: f32 = 0.0;
    for (var r38: u32 = 0u; r38 < 10u; r38 = r38 + 1u) {
      let l39 = r2 * 10u + r38;
      let v40 = tmp11[l39];
      let v41 = select(0.0, 1.0, (bitcast<u32>(v40) & 0x7f800000u) != 0x7f800000u);
      let v42 = (1.0 - v41);
      acc37 = acc37 + v42;
    }
    let v43 = select(0.0, 1.0, acc37 == 0.0);
    let v44 = (v36 * v43);
    acc1 = acc1 + v44;
  }
  wg_f32_0[lane] = acc0;
  wg_f32_1[lane] = acc1;
  workgroupBarrier();
  for (var s45: u32 = 32u; s45 > 0u; s45 = s45 >> 1u) {
    if (lane < s45) {
      wg_f32_0[lane] = wg_f32_0[lane] + wg_f32_0[lane + s45];
      wg_f32_1[lane] = wg_f32_1[lane] + wg_f32_1[lane + s45];
    }
    workgroupBarrier();
  }
  let red46 = wg_f32_0[0];
  let red47 = wg_f32_1[0];
  let v48 = (red46 / 200.0);
  let v49 = (red47 / 200.0);
  let v50 = s_acc_eval_loss[i];
  let v51 = in_weight[i];
  let v52 = (v48 * v51);
  let v53 = (v50 + v52);
  let v54 = s_acc_eval_weight[i];
  let v55 = (v54 + v51);
  let v56 = s_acc_eval_accuracy[i];
  let v57 = (v49 * v51);
  let v58 = (v56 + v57);
  storageBarrier();
  if (lane == 0u) {
    out_loss[i] = v48;
    out_accuracy[i] = v49;
    s_acc_eval_loss[i] = v53;
    s_acc_eval_weight[i] = v55;
    s_acc_eval_accuracy[i] = v58;
  }
}

// ---- 033_add_metrics.wgsl
@group(0) @binding(0) var<storage, read_write> s_counter_eval_batch: array<u32>;

@compute @workgroup_size(64)
fn main(@builtin(global_invocation_id) gid: vec3<u32>) {
  let i = gid.x;
  if (i >= 1u) { return; }
  let v0 = s_counter_eval_batch[i];
  let v1 = (v0 + 1u);
  s_counter_eval_batch[i] = v1;
}

// ---- 034_matmul_logits_dense.wgsl
@group(0) @binding(0) var<storage, read> tmp4: array<f32>;
@group(0) @binding(1) var<storage, read> s_logits_dense_kernel: array<f32>;
@group(0) @binding(2) var<storage, read_write> tmp8: array<f32>;

@compute @workgroup_size(64)
fn main(@builtin(global_invocation_id) gid: vec3<u32>) {
  let t = gid.x;
  if (t >= 75u) { return; }
  let i0 = (t / 3u) * 8u;
  let j0 = (t % 3u) * 4u;
  let row0 = min(i0 + 0u, 199u);
  let row1 = min(i0 + 1u, 199u);
  let row2 = min(i0 + 2u, 199u);
  let row3 = min(i0 + 3u, 199u);
  let row4 = min(i0 + 4u, 199u);
  let row5 = min(i0 + 5u, 199u);
  let row6 = min(i0 + 6u, 199u);
  let row7 = min(i0 + 7u, 199u);
  let col8 = min(j0 + 0u, 9u);
  let col9 = min(j0 + 1u, 9u);
  let col10 = min(j0 + 2u, 9u);
  let col11 = min(j0 + 3u, 9u);
  var acc12: vec4<f32> = vec4<f32>(0.0);
  var acc13: vec4<f32> = vec4<f32>(0.0);
  var acc14: vec4<f32> = vec4<f32>(0.0);
  var acc15: vec4<f32> = vec4<f32>(0.0);
  var acc16: vec4<f32> = vec4<f32>(0.0);
  var acc17: vec4<f32> = vec4<f32>(0.0);
  var acc18: vec4<f32> = vec4<f32>(0.0);
  var acc19: vec4<f32> = vec4<f32>(0.0);
  let ra20 = row0 * 100u;
  let ra21 = row1 * 100u;
  let ra22 = row2 * 100u;
  let ra23 = row3 * 100u;
  let ra24 = row4 * 100u;
  let ra25 = row5 * 100u;
  let ra26 = row6 * 100u;
  let ra27 = row7 * 100u;
  for (var k: u32 = 0u; k < 100u; k = k + 1u) {
    let rb28 = k * 10u;
    let bv29 = vec4<f32>(s_logits_dense_kernel[rb28 + col8], s_logits_dense_kernel[rb28 + col9], s_logits_dense_kernel[rb28 + col10], s_logits_dense_kernel[rb28 + col11]);
    acc12 = acc12 + tmp4[ra20 + k] * bv29;
    acc13 = acc13 + tmp4[ra21 + k] * bv29;
    acc14 = acc14 + tmp4[ra22 + k] * bv29;
    acc15 = acc15 + tmp4[ra23 + k] * bv29;
    acc16 = acc16 + tmp4[ra24 + k] * bv29;
    acc17 = acc17 + tmp4[ra25 + k] * bv29;
    acc18 = acc18 + tmp4[ra26 + k] * bv29;
    acc19 = acc19 + tmp4[ra27 + k] * bv29;
  }
  {
    let l30 = i0 * 10u + j0;
    let v31 = acc12.x;
    tmp8[l30] = v31;
  }
  if (j0 + 1u < 10u) {
    let j32 = j0 + 1u;
    let l33 = i0 * 10u + j32;
    let v34 = acc12.y;
    tmp8[l33] = v34;
  }
  if (j0 + 2u < 10u) {
    let j35 = j0 + 2u;
    let l36 = i0 * 10u + j35;
    let v37 = acc12.z;
    tmp8[l36] = v37;
  }
  if (j0 + 3u < 10u) {
    let j38 = j0 + 3u;
    let l39 = i0 * 10u + j38;
    let v40 = acc12.w;
    tmp8[l39] = v40;
  }
  {
    let i41 = i0 + 1u;
    let l42 = i41 * 10u + j0;
    let v43 = acc13.x;
    tmp8[l42] = v43;
  }
  if (j0 + 1u < 10u) {
    let i44 = i0 + 1u;
    let j45 = j0 + 1u;
    let l46 = i44 * 10u + j45;
    let v47 = acc13.y;
    tmp8[l46] = v47;
  }
  if (j0 + 2u < 10u) {
    let i48 = i0 + 1u;
    let j49 = j0 + 2u;
    let l50 = i48 * 10u + j49;
    let v51 = acc13.z;
    tmp8[l50] = v51;
  }
  if (j0 + 3u < 10u) {
    let i52 = i0 + 1u;
    let j53 = j0 + 3u;
    let l54 = i52 * 10u + j53;
    let v55 = acc13.w;
    tmp8[l54] = v55;
  }
  {
    let i56 = i0 + 2u;
    let l57 = i56 * 10u + j0;
    let v58 = acc14.x;
    tmp8[l57] = v58;
  }
  if (j0 + 1u < 10u) {
    let i59 = i0 + 2u;
    let j60 = j0 + 1u;
    let l61 = i59 * 10u + j60;
    let v62 = acc14.y;
    tmp8[l61] = v62;
  }
  if (j0 + 2u < 10u) {
    let i63 = i0 + 2u;
    let j64 = j0 + 2u;
    let l65 = i63 * 10u + j64;
    let v66 = acc14.z;
    tmp8[l65] = v66;
  }
  if (j0 + 3u < 10u) {
    let i67 = i0 + 2u;
    let j68 = j0 + 3u;
    let l69 = i67 * 10u + j68;
    let v70 = acc14.w;
    tmp8[l69] = v70;
  }
  {
    let i71 = i0 + 3u;
    let l72 = i71 * 10u + j0;
    let v73 = acc15.x;
    tmp8[l72] = v73;
  }
  if (j0 + 1u < 10u) {
    let i74 = i0 + 3u;
    let j75 = j0 + 1u;
    let l76 = i74 * 10u + j75;
    let v77 = acc15.y;
    tmp8[l76] = v77;
  }
  if (j0 + 2u < 10u) {
    let i78 = i0 + 3u;
    let j79 = j0 + 2u;
    let l80 = i78 * 10u + j79;
    let v81 = acc15.z;
    tmp8[l80] = v81;
  }
  if (j0 + 3u < 10u) {
    let i82 = i0 + 3u;
    let j83 = j0 + 3u;
    let l84 = i82 * 10u + j83;
    let v85 = acc15.w;
    tmp8[l84] = v85;
  }
  {
    let i86 = i0 + 4u;
    let l87 = i86 * 10u + j0;
    let v88 = acc16.x;
    tmp8[l87] = v88;
  }
  if (j0 + 1u < 10u) {
    let i89 = i0 + 4u;
    let j90 = j0 + 1u;
    let l91 = i89 * 10u + j90;
    let v92 = acc16.y;
    tmp8[l91] = v92;
  }
  if (j0 + 2u < 10u) {
    let i93 = i0 + 4u;
    let j94 = j0 + 2u;
    let l95 = i93 * 10u + j94;
    let v96 = acc16.z;
    tmp8[l95] = v96;
  }
  if (j0 + 3u < 10u) {
    let i97 = i0 + 4u;
    let j98 = j0 + 3u;
    let l99 = i97 * 10u + j98;
    let v100 = acc16.w;
    tmp8[l99] = v100;
  }
  {
    let i101 = i0 + 5u;
    let l102 = i101 * 10u + j0;
    let v103 = acc17.x;
    tmp8[l102] = v103;
  }
  if (j0 + 1u < 10u) {
    let i104 = i0 + 5u;
    let j105 = j0 + 1u;
    let l106 = i104 * 10u + j105;
    let v107 = acc17.y;
    tmp8[l106] = v107;
  }
  if (j0 + 2u < 10u) {
    let i108 = i0 + 5u;
    let j109 = j0 + 2u;
    let l110 = i108 * 10u + j109;
    let v111 = acc17.z;
    tmp8[l110] = v111;
  }
  if (j0 + 3u < 10u) {
    let i112 = i0 + 5u;
    let j113 = j0 + 3u;
    let l114 = i112 * 10u + j113;
    let v115 = acc17.w;
    tmp8[l114] = v115;
  }
  {
    let i116 = i0 + 6u;
    let l117 = i116 * 10u + j0;
    let v118 = acc18.x;
    tmp8[l117] = v118;
  }
  if (j0 + 1u < 10u) {
    let i119 = i0 + 6u;
    let j120 = j0 + 1u;
    let l121 = i119 * 10u + j120;
    let v122 = acc18.y;
    tmp8[l121] = v122;
  }
  if (j0 + 2u < 10u) {
    let i123 = i0 + 6u;
    let j124 = j0 + 2u;
    let l125 = i123 * 10u + j124;
    let v126 = acc18.z;
    tmp8[l125] = v126;
  }
  if (j0 + 3u < 10u) {
    let i127 = i0 + 6u;
    let j128 = j0 + 3u;
    let l129 = i127 * 10u + j128;
    let v130 = acc18.w;
    tmp8[l129] = v130;
  }
  {
    let i131 = i0 + 7u;
    let l132 = i131 * 10u + j0;
    let v133 = acc19.x;
    tmp8[l132] = v133;
  }
  if (j0 + 1u < 10u) {
    let i134 = i0 + 7u;
    let j135 = j0 + 1u;
    let l136 = i134 * 10u + j135;
    let v137 = acc19.y;
    tmp8[l136] = v137;
  }
  if (j0 + 2u < 10u) {
    let i138 = i0 + 7u;
    let j139 = j0 + 2u;
    let l140 = i138 * 10u + j139;
    let v141 = acc19.z;
    tmp8[l140] = v141;
  }
  if (j0 + 3u < 10u) {
    let i142 = i0 + 7u;
    let j143 = j0 + 3u;
    let l144 = i142 * 10u + j143;
    let v145 = acc19.w;
    tmp8[l144] = v145;
  }
}

// ---- 035_div_probabilities.wgsl
@group(0) @binding(0) var<storage, read> tmp8: array<f32>;
@group(0) @binding(1) var<storage, read> s_logits_dense_bias: array<f32>;
@group(0) @binding(2) var<storage, read> s_logits_batch_norm_moving_mean: array<f32>;
@group(0) @binding(3) var<storage, read> s_logits_batch_norm_moving_variance: array<f32>;
@group(0) @binding(4) var<storage, read> s_logits_batch_norm_gamma: array<f32>;
@group(0) @binding(5) var<storage, read> s_logits_batch_norm_beta: array<f32>;
@group(0) @binding(6) var<storage, read_write> out_probabilities: array<f32>;

@compute @workgroup_size(64)
fn main(@builtin(global_invocation_id) gid: vec3<u32>) {
  let i = gid.x;
  if (i >= 2000u) { return; }
  let v0 = tmp8[i];
  let c1 = (i / 10u);
  let c2 = (i % 10u);
  let v3 = s_logits_dense_bias[c2];
  let v4 = (v0 + v3);
  let v5 = s_logits_batch_norm_moving_mean[c2];
  let v6 = (v4 - v5);
  let v7 = s_logits_batch_norm_moving_variance[c2];
  let v8 = (v7 + 0.001);
  let v9 = inverseSqrt(v8);
  let v10 = (v6 * v9);
  let v11 = s_logits_batch_norm_gamma[c2];
  let v12 = (v10 * v11);
  let v13 = s_logits_batch_norm_beta[c2];
  let v14 = (v12 + v13);
  var acc15: f32 = -3.4028234663852886e38;
  for (var r16: u32 = 0u; r16 < 10u; r16 = r16 + 1u) {
    let l17 = c1 * 10u + r16;
    let v18 = tmp8[l17];
    let v19 = s_logits_dense_bias[r16];
    let v20 = (v18 + v19);
    let v21 = s_logits_batch_norm_moving_mean[r16];
    let v22 = (v20 - v21);
    let v23 = s_logits_batch_norm_moving_variance[r16];
    let v24 = (v23 + 0.001);
    let v25 = inverseSqrt(v24);
    let v26 = (v22 * v25);
    let v27 = s_logits_batch_norm_gamma[r16];
    let v28 = (v26 * v27);
    let v29 = s_logits_batch_norm_beta[r16];
    let v30 = (v28 + v29);
    acc15 = max(acc15, v30);
  }
  let v31 = (v14 - acc15);
  let v32 = exp(v31);
  var acc33: f32 = 0.0;
  for (var r34: u32 = 0u; r34 < 10u; r34 = r34 + 1u) {
    let l35 = c1 * 10u + r34;
    let v36 = tmp8[l35];
    let v37 = s_logits_dense_bias[r34];
    let v38 = (v36 + v37);
    let v39 = s_logits_batch_norm_moving_mean[r34];
    let v40 = (v38 - v39);
    let v41 = s_logits_batch_norm_moving_variance[r34];
    let v42 = (v41 + 0.001);
    let v43 = inverseSqrt(v42);
    let v44 = (v40 * v43);
    let v45 = s_logits_batch_norm_gamma[r34];
    let v46 = (v44 * v45);
    let v47 = s_logits_batch_norm_beta[r34];
    let v48 = (v46 + v47);
    let v49 = (v48 - acc15);
    let v50 = exp(v49);
    acc33 = acc33 + v50;
  }
  let v51 = (v32 / acc33);
  out_probabilities[i] = v51;
}
