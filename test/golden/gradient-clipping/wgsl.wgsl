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

// ---- 001_const_hidden1_dense_bias.wgsl
@group(0) @binding(0) var<storage, read_write> s_hidden1_dense_bias: array<f32>;

@compute @workgroup_size(64)
fn main(@builtin(global_invocation_id) gid: vec3<u32>) {
  let i = gid.x;
  if (i >= 300u) { return; }
  s_hidden1_dense_bias[i] = 0.0;
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

// ---- 003_const_hidden2_dense_bias.wgsl
@group(0) @binding(0) var<storage, read_write> s_hidden2_dense_bias: array<f32>;

@compute @workgroup_size(64)
fn main(@builtin(global_invocation_id) gid: vec3<u32>) {
  let i = gid.x;
  if (i >= 100u) { return; }
  s_hidden2_dense_bias[i] = 0.0;
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

// ---- 011_select_hidden1.wgsl
@group(0) @binding(0) var<storage, read> tmp0: array<f32>;
@group(0) @binding(1) var<storage, read_write> tmp1: array<f32>;

@compute @workgroup_size(64)
fn main(@builtin(global_invocation_id) gid: vec3<u32>) {
  let i = gid.x;
  if (i >= 60000u) { return; }
  let v0 = tmp0[i];
  let c1 = (i / 300u);
  let c2 = (i % 300u);
  let v3 = min(v0, 0.0);
  let v4 = exp(v3);
  let v5 = (v4 - 1.0);
  let v6 = select(0.0, 1.0, v0 > 0.0);
  let v7 = select(v5, v0, v6 != 0.0);
  tmp1[i] = v7;
}

// ---- 012_matmul_hidden2_dense.wgsl
@group(0) @binding(0) var<storage, read> tmp1_v4: array<vec4<f32>>;
@group(0) @binding(1) var<storage, read> s_hidden2_dense_kernel_v4: array<vec4<f32>>;
@group(0) @binding(2) var<storage, read_write> tmp2: array<f32>;
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
    let av28 = tmp1_v4[ra20 + k];
    let av29 = tmp1_v4[ra21 + k];
    let av30 = tmp1_v4[ra22 + k];
    let av31 = tmp1_v4[ra23 + k];
    let av32 = tmp1_v4[ra24 + k];
    let av33 = tmp1_v4[ra25 + k];
    let av34 = tmp1_v4[ra26 + k];
    let av35 = tmp1_v4[ra27 + k];
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
    tmp2[l44] = v47;
  }
  {
    let j48 = j0 + 1u;
    let l49 = i0 * 100u + j48;
    let v50 = acc12.y;
    let v51 = s_hidden2_dense_bias[j48];
    let v52 = (v50 + v51);
    tmp2[l49] = v52;
  }
  {
    let j53 = j0 + 2u;
    let l54 = i0 * 100u + j53;
    let v55 = acc12.z;
    let v56 = s_hidden2_dense_bias[j53];
    let v57 = (v55 + v56);
    tmp2[l54] = v57;
  }
  {
    let j58 = j0 + 3u;
    let l59 = i0 * 100u + j58;
    let v60 = acc12.w;
    let v61 = s_hidden2_dense_bias[j58];
    let v62 = (v60 + v61);
    tmp2[l59] = v62;
  }
  {
    let i63 = i0 + 1u;
    let l64 = i63 * 100u + j0;
    let v65 = acc13.x;
    let v66 = s_hidden2_dense_bias[j0];
    let v67 = (v65 + v66);
    tmp2[l64] = v67;
  }
  {
    let i68 = i0 + 1u;
    let j69 = j0 + 1u;
    let l70 = i68 * 100u + j69;
    let v71 = acc13.y;
    let v72 = s_hidden2_dense_bias[j69];
    let v73 = (v71 + v72);
    tmp2[l70] = v73;
  }
  {
    let i74 = i0 + 1u;
    let j75 = j0 + 2u;
    let l76 = i74 * 100u + j75;
    let v77 = acc13.z;
    let v78 = s_hidden2_dense_bias[j75];
    let v79 = (v77 + v78);
    tmp2[l76] = v79;
  }
  {
    let i80 = i0 + 1u;
    let j81 = j0 + 3u;
    let l82 = i80 * 100u + j81;
    let v83 = acc13.w;
    let v84 = s_hidden2_dense_bias[j81];
    let v85 = (v83 + v84);
    tmp2[l82] = v85;
  }
  {
    let i86 = i0 + 2u;
    let l87 = i86 * 100u + j0;
    let v88 = acc14.x;
    let v89 = s_hidden2_dense_bias[j0];
    let v90 = (v88 + v89);
    tmp2[l87] = v90;
  }
  {
    let i91 = i0 + 2u;
    let j92 = j0 + 1u;
    let l93 = i91 * 100u + j92;
    let v94 = acc14.y;
    let v95 = s_hidden2_dense_bias[j92];
    let v96 = (v94 + v95);
    tmp2[l93] = v96;
  }
  {
    let i97 = i0 + 2u;
    let j98 = j0 + 2u;
    let l99 = i97 * 100u + j98;
    let v100 = acc14.z;
    let v101 = s_hidden2_dense_bias[j98];
    let v102 = (v100 + v101);
    tmp2[l99] = v102;
  }
  {
    let i103 = i0 + 2u;
    let j104 = j0 + 3u;
    let l105 = i103 * 100u + j104;
    let v106 = acc14.w;
    let v107 = s_hidden2_dense_bias[j104];
    let v108 = (v106 + v107);
    tmp2[l105] = v108;
  }
  {
    let i109 = i0 + 3u;
    let l110 = i109 * 100u + j0;
    let v111 = acc15.x;
    let v112 = s_hidden2_dense_bias[j0];
    let v113 = (v111 + v112);
    tmp2[l110] = v113;
  }
  {
    let i114 = i0 + 3u;
    let j115 = j0 + 1u;
    let l116 = i114 * 100u + j115;
    let v117 = acc15.y;
    let v118 = s_hidden2_dense_bias[j115];
    let v119 = (v117 + v118);
    tmp2[l116] = v119;
  }
  {
    let i120 = i0 + 3u;
    let j121 = j0 + 2u;
    let l122 = i120 * 100u + j121;
    let v123 = acc15.z;
    let v124 = s_hidden2_dense_bias[j121];
    let v125 = (v123 + v124);
    tmp2[l122] = v125;
  }
  {
    let i126 = i0 + 3u;
    let j127 = j0 + 3u;
    let l128 = i126 * 100u + j127;
    let v129 = acc15.w;
    let v130 = s_hidden2_dense_bias[j127];
    let v131 = (v129 + v130);
    tmp2[l128] = v131;
  }
  {
    let i132 = i0 + 4u;
    let l133 = i132 * 100u + j0;
    let v134 = acc16.x;
    let v135 = s_hidden2_dense_bias[j0];
    let v136 = (v134 + v135);
    tmp2[l133] = v136;
  }
  {
    let i137 = i0 + 4u;
    let j138 = j0 + 1u;
    let l139 = i137 * 100u + j138;
    let v140 = acc16.y;
    let v141 = s_hidden2_dense_bias[j138];
    let v142 = (v140 + v141);
    tmp2[l139] = v142;
  }
  {
    let i143 = i0 + 4u;
    let j144 = j0 + 2u;
    let l145 = i143 * 100u + j144;
    let v146 = acc16.z;
    let v147 = s_hidden2_dense_bias[j144];
    let v148 = (v146 + v147);
    tmp2[l145] = v148;
  }
  {
    let i149 = i0 + 4u;
    let j150 = j0 + 3u;
    let l151 = i149 * 100u + j150;
    let v152 = acc16.w;
    let v153 = s_hidden2_dense_bias[j150];
    let v154 = (v152 + v153);
    tmp2[l151] = v154;
  }
  {
    let i155 = i0 + 5u;
    let l156 = i155 * 100u + j0;
    let v157 = acc17.x;
    let v158 = s_hidden2_dense_bias[j0];
    let v159 = (v157 + v158);
    tmp2[l156] = v159;
  }
  {
    let i160 = i0 + 5u;
    let j161 = j0 + 1u;
    let l162 = i160 * 100u + j161;
    let v163 = acc17.y;
    let v164 = s_hidden2_dense_bias[j161];
    let v165 = (v163 + v164);
    tmp2[l162] = v165;
  }
  {
    let i166 = i0 + 5u;
    let j167 = j0 + 2u;
    let l168 = i166 * 100u + j167;
    let v169 = acc17.z;
    let v170 = s_hidden2_dense_bias[j167];
    let v171 = (v169 + v170);
    tmp2[l168] = v171;
  }
  {
    let i172 = i0 + 5u;
    let j173 = j0 + 3u;
    let l174 = i172 * 100u + j173;
    let v175 = acc17.w;
    let v176 = s_hidden2_dense_bias[j173];
    let v177 = (v175 + v176);
    tmp2[l174] = v177;
  }
  {
    let i178 = i0 + 6u;
    let l179 = i178 * 100u + j0;
    let v180 = acc18.x;
    let v181 = s_hidden2_dense_bias[j0];
    let v182 = (v180 + v181);
    tmp2[l179] = v182;
  }
  {
    let i183 = i0 + 6u;
    let j184 = j0 + 1u;
    let l185 = i183 * 100u + j184;
    let v186 = acc18.y;
    let v187 = s_hidden2_dense_bias[j184];
    let v188 = (v186 + v187);
    tmp2[l185] = v188;
  }
  {
    let i189 = i0 + 6u;
    let j190 = j0 + 2u;
    let l191 = i189 * 100u + j190;
    let v192 = acc18.z;
    let v193 = s_hidden2_dense_bias[j190];
    let v194 = (v192 + v193);
    tmp2[l191] = v194;
  }
  {
    let i195 = i0 + 6u;
    let j196 = j0 + 3u;
    let l197 = i195 * 100u + j196;
    let v198 = acc18.w;
    let v199 = s_hidden2_dense_bias[j196];
    let v200 = (v198 + v199);
    tmp2[l197] = v200;
  }
  {
    let i201 = i0 + 7u;
    let l202 = i201 * 100u + j0;
    let v203 = acc19.x;
    let v204 = s_hidden2_dense_bias[j0];
    let v205 = (v203 + v204);
    tmp2[l202] = v205;
  }
  {
    let i206 = i0 + 7u;
    let j207 = j0 + 1u;
    let l208 = i206 * 100u + j207;
    let v209 = acc19.y;
    let v210 = s_hidden2_dense_bias[j207];
    let v211 = (v209 + v210);
    tmp2[l208] = v211;
  }
  {
    let i212 = i0 + 7u;
    let j213 = j0 + 2u;
    let l214 = i212 * 100u + j213;
    let v215 = acc19.z;
    let v216 = s_hidden2_dense_bias[j213];
    let v217 = (v215 + v216);
    tmp2[l214] = v217;
  }
  {
    let i218 = i0 + 7u;
    let j219 = j0 + 3u;
    let l220 = i218 * 100u + j219;
    let v221 = acc19.w;
    let v222 = s_hidden2_dense_bias[j219];
    let v223 = (v221 + v222);
    tmp2[l220] = v223;
  }
}

// ---- 013_select_hidden2.wgsl
@group(0) @binding(0) var<storage, read> tmp2: array<f32>;
@group(0) @binding(1) var<storage, read_write> tmp3: array<f32>;

@compute @workgroup_size(64)
fn main(@builtin(global_invocation_id) gid: vec3<u32>) {
  let i = gid.x;
  if (i >= 20000u) { return; }
  let v0 = tmp2[i];
  let c1 = (i / 100u);
  let c2 = (i % 100u);
  let v3 = min(v0, 0.0);
  let v4 = exp(v3);
  let v5 = (v4 - 1.0);
  let v6 = select(0.0, 1.0, v0 > 0.0);
  let v7 = select(v5, v0, v6 != 0.0);
  tmp3[i] = v7;
}

// ---- 014_matmul_logits_dense.wgsl
@group(0) @binding(0) var<storage, read> tmp3: array<f32>;
@group(0) @binding(1) var<storage, read> s_logits_dense_kernel: array<f32>;
@group(0) @binding(2) var<storage, read_write> tmp4: array<f32>;
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
    acc12 = acc12 + tmp3[ra20 + k] * bv29;
    acc13 = acc13 + tmp3[ra21 + k] * bv29;
    acc14 = acc14 + tmp3[ra22 + k] * bv29;
    acc15 = acc15 + tmp3[ra23 + k] * bv29;
    acc16 = acc16 + tmp3[ra24 + k] * bv29;
    acc17 = acc17 + tmp3[ra25 + k] * bv29;
    acc18 = acc18 + tmp3[ra26 + k] * bv29;
    acc19 = acc19 + tmp3[ra27 + k] * bv29;
  }
  {
    let l30 = i0 * 10u + j0;
    let v31 = acc12.x;
    let v32 = s_logits_dense_bias[j0];
    let v33 = (v31 + v32);
    tmp4[l30] = v33;
  }
  if (j0 + 1u < 10u) {
    let j34 = j0 + 1u;
    let l35 = i0 * 10u + j34;
    let v36 = acc12.y;
    let v37 = s_logits_dense_bias[j34];
    let v38 = (v36 + v37);
    tmp4[l35] = v38;
  }
  if (j0 + 2u < 10u) {
    let j39 = j0 + 2u;
    let l40 = i0 * 10u + j39;
    let v41 = acc12.z;
    let v42 = s_logits_dense_bias[j39];
    let v43 = (v41 + v42);
    tmp4[l40] = v43;
  }
  if (j0 + 3u < 10u) {
    let j44 = j0 + 3u;
    let l45 = i0 * 10u + j44;
    let v46 = acc12.w;
    let v47 = s_logits_dense_bias[j44];
    let v48 = (v46 + v47);
    tmp4[l45] = v48;
  }
  {
    let i49 = i0 + 1u;
    let l50 = i49 * 10u + j0;
    let v51 = acc13.x;
    let v52 = s_logits_dense_bias[j0];
    let v53 = (v51 + v52);
    tmp4[l50] = v53;
  }
  if (j0 + 1u < 10u) {
    let i54 = i0 + 1u;
    let j55 = j0 + 1u;
    let l56 = i54 * 10u + j55;
    let v57 = acc13.y;
    let v58 = s_logits_dense_bias[j55];
    let v59 = (v57 + v58);
    tmp4[l56] = v59;
  }
  if (j0 + 2u < 10u) {
    let i60 = i0 + 1u;
    let j61 = j0 + 2u;
    let l62 = i60 * 10u + j61;
    let v63 = acc13.z;
    let v64 = s_logits_dense_bias[j61];
    let v65 = (v63 + v64);
    tmp4[l62] = v65;
  }
  if (j0 + 3u < 10u) {
    let i66 = i0 + 1u;
    let j67 = j0 + 3u;
    let l68 = i66 * 10u + j67;
    let v69 = acc13.w;
    let v70 = s_logits_dense_bias[j67];
    let v71 = (v69 + v70);
    tmp4[l68] = v71;
  }
  {
    let i72 = i0 + 2u;
    let l73 = i72 * 10u + j0;
    let v74 = acc14.x;
    let v75 = s_logits_dense_bias[j0];
    let v76 = (v74 + v75);
    tmp4[l73] = v76;
  }
  if (j0 + 1u < 10u) {
    let i77 = i0 + 2u;
    let j78 = j0 + 1u;
    let l79 = i77 * 10u + j78;
    let v80 = acc14.y;
    let v81 = s_logits_dense_bias[j78];
    let v82 = (v80 + v81);
    tmp4[l79] = v82;
  }
  if (j0 + 2u < 10u) {
    let i83 = i0 + 2u;
    let j84 = j0 + 2u;
    let l85 = i83 * 10u + j84;
    let v86 = acc14.z;
    let v87 = s_logits_dense_bias[j84];
    let v88 = (v86 + v87);
    tmp4[l85] = v88;
  }
  if (j0 + 3u < 10u) {
    let i89 = i0 + 2u;
    let j90 = j0 + 3u;
    let l91 = i89 * 10u + j90;
    let v92 = acc14.w;
    let v93 = s_logits_dense_bias[j90];
    let v94 = (v92 + v93);
    tmp4[l91] = v94;
  }
  {
    let i95 = i0 + 3u;
    let l96 = i95 * 10u + j0;
    let v97 = acc15.x;
    let v98 = s_logits_dense_bias[j0];
    let v99 = (v97 + v98);
    tmp4[l96] = v99;
  }
  if (j0 + 1u < 10u) {
    let i100 = i0 + 3u;
    let j101 = j0 + 1u;
    let l102 = i100 * 10u + j101;
    let v103 = acc15.y;
    let v104 = s_logits_dense_bias[j101];
    let v105 = (v103 + v104);
    tmp4[l102] = v105;
  }
  if (j0 + 2u < 10u) {
    let i106 = i0 + 3u;
    let j107 = j0 + 2u;
    let l108 = i106 * 10u + j107;
    let v109 = acc15.z;
    let v110 = s_logits_dense_bias[j107];
    let v111 = (v109 + v110);
    tmp4[l108] = v111;
  }
  if (j0 + 3u < 10u) {
    let i112 = i0 + 3u;
    let j113 = j0 + 3u;
    let l114 = i112 * 10u + j113;
    let v115 = acc15.w;
    let v116 = s_logits_dense_bias[j113];
    let v117 = (v115 + v116);
    tmp4[l114] = v117;
  }
  {
    let i118 = i0 + 4u;
    let l119 = i118 * 10u + j0;
    let v120 = acc16.x;
    let v121 = s_logits_dense_bias[j0];
    let v122 = (v120 + v121);
    tmp4[l119] = v122;
  }
  if (j0 + 1u < 10u) {
    let i123 = i0 + 4u;
    let j124 = j0 + 1u;
    let l125 = i123 * 10u + j124;
    let v126 = acc16.y;
    let v127 = s_logits_dense_bias[j124];
    let v128 = (v126 + v127);
    tmp4[l125] = v128;
  }
  if (j0 + 2u < 10u) {
    let i129 = i0 + 4u;
    let j130 = j0 + 2u;
    let l131 = i129 * 10u + j130;
    let v132 = acc16.z;
    let v133 = s_logits_dense_bias[j130];
    let v134 = (v132 + v133);
    tmp4[l131] = v134;
  }
  if (j0 + 3u < 10u) {
    let i135 = i0 + 4u;
    let j136 = j0 + 3u;
    let l137 = i135 * 10u + j136;
    let v138 = acc16.w;
    let v139 = s_logits_dense_bias[j136];
    let v140 = (v138 + v139);
    tmp4[l137] = v140;
  }
  {
    let i141 = i0 + 5u;
    let l142 = i141 * 10u + j0;
    let v143 = acc17.x;
    let v144 = s_logits_dense_bias[j0];
    let v145 = (v143 + v144);
    tmp4[l142] = v145;
  }
  if (j0 + 1u < 10u) {
    let i146 = i0 + 5u;
    let j147 = j0 + 1u;
    let l148 = i146 * 10u + j147;
    let v149 = acc17.y;
    let v150 = s_logits_dense_bias[j147];
    let v151 = (v149 + v150);
    tmp4[l148] = v151;
  }
  if (j0 + 2u < 10u) {
    let i152 = i0 + 5u;
    let j153 = j0 + 2u;
    let l154 = i152 * 10u + j153;
    let v155 = acc17.z;
    let v156 = s_logits_dense_bias[j153];
    let v157 = (v155 + v156);
    tmp4[l154] = v157;
  }
  if (j0 + 3u < 10u) {
    let i158 = i0 + 5u;
    let j159 = j0 + 3u;
    let l160 = i158 * 10u + j159;
    let v161 = acc17.w;
    let v162 = s_logits_dense_bias[j159];
    let v163 = (v161 + v162);
    tmp4[l160] = v163;
  }
  {
    let i164 = i0 + 6u;
    let l165 = i164 * 10u + j0;
    let v166 = acc18.x;
    let v167 = s_logits_dense_bias[j0];
    let v168 = (v166 + v167);
    tmp4[l165] = v168;
  }
  if (j0 + 1u < 10u) {
    let i169 = i0 + 6u;
    let j170 = j0 + 1u;
    let l171 = i169 * 10u + j170;
    let v172 = acc18.y;
    let v173 = s_logits_dense_bias[j170];
    let v174 = (v172 + v173);
    tmp4[l171] = v174;
  }
  if (j0 + 2u < 10u) {
    let i175 = i0 + 6u;
    let j176 = j0 + 2u;
    let l177 = i175 * 10u + j176;
    let v178 = acc18.z;
    let v179 = s_logits_dense_bias[j176];
    let v180 = (v178 + v179);
    tmp4[l177] = v180;
  }
  if (j0 + 3u < 10u) {
    let i181 = i0 + 6u;
    let j182 = j0 + 3u;
    let l183 = i181 * 10u + j182;
    let v184 = acc18.w;
    let v185 = s_logits_dense_bias[j182];
    let v186 = (v184 + v185);
    tmp4[l183] = v186;
  }
  {
    let i187 = i0 + 7u;
    let l188 = i187 * 10u + j0;
    let v189 = acc19.x;
    let v190 = s_logits_dense_bias[j0];
    let v191 = (v189 + v190);
    tmp4[l188] = v191;
  }
  if (j0 + 1u < 10u) {
    let i192 = i0 + 7u;
    let j193 = j0 + 1u;
    let l194 = i192 * 10u + j193;
    let v195 = acc19.y;
    let v196 = s_logits_dense_bias[j193];
    let v197 = (v195 + v196);
    tmp4[l194] = v197;
  }
  if (j0 + 2u < 10u) {
    let i198 = i0 + 7u;
    let j199 = j0 + 2u;
    let l200 = i198 * 10u + j199;
    let v201 = acc19.z;
    let v202 = s_logits_dense_bias[j199];
    let v203 = (v201 + v202);
    tmp4[l200] = v203;
  }
  if (j0 + 3u < 10u) {
    let i204 = i0 + 7u;
    let j205 = j0 + 3u;
    let l206 = i204 * 10u + j205;
    let v207 = acc19.w;
    let v208 = s_logits_dense_bias[j205];
    let v209 = (v207 + v208);
    tmp4[l206] = v209;
  }
}

// ---- 015_reduce_sum_logits_batch_norm_x4.wgsl
var<workgroup> wg_f32_0: array<f32, 64>;
var<workgroup> wg_f32_1: array<f32, 64>;
@group(0) @binding(0) var<storage, read> tmp4: array<f32>;
@group(0) @binding(1) var<storage, read_write> s_logits_batch_norm_moving_mean: array<f32>;
@group(0) @binding(2) var<storage, read_write> s_logits_batch_norm_moving_variance: array<f32>;
@group(0) @binding(3) var<storage, read_write> tmp5: array<f32>;
@group(0) @binding(4) var<storage, read_write> tmp6: array<f32>;

@compute @workgroup_size(64)
fn main(@builtin(workgroup_id) wid: vec3<u32>, @builtin(local_invocation_index) lane: u32) {
  let i = wid.x;
  var acc0: f32 = 0.0;
  for (var r1: u32 = lane; r1 < 200u; r1 = r1 + 64u) {
    let l2 = r1 * 10u + i;
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
    let l9 = r8 * 10u + i;
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
    tmp5[i] = v6;
    tmp6[i] = v15;
    s_logits_batch_norm_moving_mean[i] = v19;
    s_logits_batch_norm_moving_variance[i] = v23;
  }
}

// ---- 016_reduce_sum_loss_x2.wgsl
var<workgroup> wg_f32_0: array<f32, 64>;
var<workgroup> wg_f32_1: array<f32, 64>;
@group(0) @binding(0) var<storage, read> tmp4: array<f32>;
@group(0) @binding(1) var<storage, read> tmp5: array<f32>;
@group(0) @binding(2) var<storage, read> tmp6: array<f32>;
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
      let v7 = tmp4[l6];
      let v8 = tmp5[r5];
      let v9 = (v7 - v8);
      let v10 = tmp6[r5];
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
      let v21 = tmp4[l20];
      let v22 = tmp5[r19];
      let v23 = (v21 - v22);
      let v24 = tmp6[r19];
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
      let v39 = tmp4[l36];
      let v40 = tmp5[r35];
      let v41 = (v39 - v40);
      let v42 = tmp6[r35];
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
      let v58 = tmp4[l57];
      let v59 = tmp5[r56];
      let v60 = (v58 - v59);
      let v61 = tmp6[r56];
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
      let v74 = tmp4[l73];
      let v75 = tmp5[r72];
      let v76 = (v74 - v75);
      let v77 = tmp6[r72];
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
      let v90 = tmp4[l89];
      let v91 = tmp5[r88];
      let v92 = (v90 - v91);
      let v93 = tmp6[r88];
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
@group(0) @binding(1) var<storage, read> tmp4: array<f32>;
@group(0) @binding(2) var<storage, read> tmp5: array<f32>;
@group(0) @binding(3) var<storage, read> tmp6: array<f32>;
@group(0) @binding(4) var<storage, read> s_logits_batch_norm_gamma: array<f32>;
@group(0) @binding(5) var<storage, read> s_logits_batch_norm_beta: array<f32>;
@group(0) @binding(6) var<storage, read_write> tmp7: array<f32>;

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
    let v15 = tmp4[l14];
    let v16 = tmp5[r13];
    let v17 = (v15 - v16);
    let v18 = tmp6[r13];
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
    let v28 = tmp4[l27];
    let v29 = tmp5[r26];
    let v30 = (v28 - v29);
    let v31 = tmp6[r26];
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
  let v42 = tmp4[i];
  let v43 = tmp5[c1];
  let v44 = (v42 - v43);
  let v45 = tmp6[c1];
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
  tmp7[i] = v56;
}

// ---- 018_reduce_sum_logits_batch_norm_grad_x7.wgsl
var<workgroup> wg_f32_0: array<f32, 64>;
var<workgroup> wg_f32_1: array<f32, 64>;
var<workgroup> wg_f32_2: array<f32, 64>;
var<workgroup> wg_f32_3: array<f32, 64>;
var<workgroup> wg_f32_4: array<f32, 64>;
var<workgroup> wg_f32_5: array<f32, 64>;
@group(0) @binding(0) var<storage, read> tmp6: array<f32>;
@group(0) @binding(1) var<storage, read> tmp7: array<f32>;
@group(0) @binding(2) var<storage, read_write> s_logits_batch_norm_gamma: array<f32>;
@group(0) @binding(3) var<storage, read> tmp4: array<f32>;
@group(0) @binding(4) var<storage, read> tmp5: array<f32>;
@group(0) @binding(5) var<storage, read_write> tmp8: array<f32>;
@group(0) @binding(6) var<storage, read_write> s_logits_dense_bias: array<f32>;
@group(0) @binding(7) var<storage, read_write> s_logits_batch_norm_beta: array<f32>;

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
    let l8 = r7 * 10u + i;
    let v9 = tmp7[l8];
    let v10 = s_logits_batch_norm_gamma[i];
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
    let l27 = r26 * 10u + i;
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
    let l50 = q49 * 10u + i;
    let v51 = tmp7[l50];
    let v52 = s_logits_batch_norm_gamma[i];
    let v53 = (v51 * v52);
    let v54 = (v53 * v6);
    let v55 = tmp4[l50];
    let v56 = tmp5[i];
    let v57 = (v55 - v56);
    let v58 = (v47 * v57);
    let v59 = (v58 + v58);
    let v60 = (v54 + v59);
    let v61 = (v60 + v42);
    tmp8[l50] = v61;
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
  let v65 = max(red63, (-1.0));
  let v66 = min(v65, 1.0);
  let v67 = (v66 * 0.01);
  let v68 = (v64 - v67);
  let v69 = s_logits_batch_norm_gamma[i];
  let v70 = max(red23, (-1.0));
  let v71 = min(v70, 1.0);
  let v72 = (v71 * 0.01);
  let v73 = (v69 - v72);
  let v74 = s_logits_batch_norm_beta[i];
  let v75 = max(red24, (-1.0));
  let v76 = min(v75, 1.0);
  let v77 = (v76 * 0.01);
  let v78 = (v74 - v77);
  storageBarrier();
  if (lane == 0u) {
    s_logits_dense_bias[i] = v68;
    s_logits_batch_norm_gamma[i] = v73;
    s_logits_batch_norm_beta[i] = v78;
  }
}

// ---- 019_matmul_hidden2_grad.wgsl
@group(0) @binding(0) var<storage, read> tmp8: array<f32>;
@group(0) @binding(1) var<storage, read> s_logits_dense_kernel: array<f32>;
@group(0) @binding(2) var<storage, read_write> tmp9: array<f32>;
@group(0) @binding(3) var<storage, read> tmp2: array<f32>;

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
    acc12 = acc12 + tmp8[ra20 + k] * bv32;
    acc13 = acc13 + tmp8[ra21 + k] * bv32;
    acc14 = acc14 + tmp8[ra22 + k] * bv32;
    acc15 = acc15 + tmp8[ra23 + k] * bv32;
    acc16 = acc16 + tmp8[ra24 + k] * bv32;
    acc17 = acc17 + tmp8[ra25 + k] * bv32;
    acc18 = acc18 + tmp8[ra26 + k] * bv32;
    acc19 = acc19 + tmp8[ra27 + k] * bv32;
  }
  {
    let l33 = i0 * 100u + j0;
    let v34 = acc12.x;
    let v35 = tmp2[l33];
    let v36 = select(0.0, 1.0, v35 > 0.0);
    let v37 = select(0.0, v34, v36 != 0.0);
    let v38 = select(v34, 0.0, v36 != 0.0);
    let v39 = min(v35, 0.0);
    let v40 = exp(v39);
    let v41 = (v38 * v40);
    let v42 = select(0.0, 1.0, v35 <= 0.0);
    let v43 = (v41 * v42);
    let v44 = (v37 + v43);
    tmp9[l33] = v44;
  }
  {
    let j45 = j0 + 1u;
    let l46 = i0 * 100u + j45;
    let v47 = acc12.y;
    let v48 = tmp2[l46];
    let v49 = select(0.0, 1.0, v48 > 0.0);
    let v50 = select(0.0, v47, v49 != 0.0);
    let v51 = select(v47, 0.0, v49 != 0.0);
    let v52 = min(v48, 0.0);
    let v53 = exp(v52);
    let v54 = (v51 * v53);
    let v55 = select(0.0, 1.0, v48 <= 0.0);
    let v56 = (v54 * v55);
    let v57 = (v50 + v56);
    tmp9[l46] = v57;
  }
  {
    let j58 = j0 + 2u;
    let l59 = i0 * 100u + j58;
    let v60 = acc12.z;
    let v61 = tmp2[l59];
    let v62 = select(0.0, 1.0, v61 > 0.0);
    let v63 = select(0.0, v60, v62 != 0.0);
    let v64 = select(v60, 0.0, v62 != 0.0);
    let v65 = min(v61, 0.0);
    let v66 = exp(v65);
    let v67 = (v64 * v66);
    let v68 = select(0.0, 1.0, v61 <= 0.0);
    let v69 = (v67 * v68);
    let v70 = (v63 + v69);
    tmp9[l59] = v70;
  }
  {
    let j71 = j0 + 3u;
    let l72 = i0 * 100u + j71;
    let v73 = acc12.w;
    let v74 = tmp2[l72];
    let v75 = select(0.0, 1.0, v74 > 0.0);
    let v76 = select(0.0, v73, v75 != 0.0);
    let v77 = select(v73, 0.0, v75 != 0.0);
    let v78 = min(v74, 0.0);
    let v79 = exp(v78);
    let v80 = (v77 * v79);
    let v81 = select(0.0, 1.0, v74 <= 0.0);
    let v82 = (v80 * v81);
    let v83 = (v76 + v82);
    tmp9[l72] = v83;
  }
  {
    let i84 = i0 + 1u;
    let l85 = i84 * 100u + j0;
    let v86 = acc13.x;
    let v87 = tmp2[l85];
    let v88 = select(0.0, 1.0, v87 > 0.0);
    let v89 = select(0.0, v86, v88 != 0.0);
    let v90 = select(v86, 0.0, v88 != 0.0);
    let v91 = min(v87, 0.0);
    let v92 = exp(v91);
    let v93 = (v90 * v92);
    let v94 = select(0.0, 1.0, v87 <= 0.0);
    let v95 = (v93 * v94);
    let v96 = (v89 + v95);
    tmp9[l85] = v96;
  }
  {
    let i97 = i0 + 1u;
    let j98 = j0 + 1u;
    let l99 = i97 * 100u + j98;
    let v100 = acc13.y;
    let v101 = tmp2[l99];
    let v102 = select(0.0, 1.0, v101 > 0.0);
    let v103 = select(0.0, v100, v102 != 0.0);
    let v104 = select(v100, 0.0, v102 != 0.0);
    let v105 = min(v101, 0.0);
    let v106 = exp(v105);
    let v107 = (v104 * v106);
    let v108 = select(0.0, 1.0, v101 <= 0.0);
    let v109 = (v107 * v108);
    let v110 = (v103 + v109);
    tmp9[l99] = v110;
  }
  {
    let i111 = i0 + 1u;
    let j112 = j0 + 2u;
    let l113 = i111 * 100u + j112;
    let v114 = acc13.z;
    let v115 = tmp2[l113];
    let v116 = select(0.0, 1.0, v115 > 0.0);
    let v117 = select(0.0, v114, v116 != 0.0);
    let v118 = select(v114, 0.0, v116 != 0.0);
    let v119 = min(v115, 0.0);
    let v120 = exp(v119);
    let v121 = (v118 * v120);
    let v122 = select(0.0, 1.0, v115 <= 0.0);
    let v123 = (v121 * v122);
    let v124 = (v117 + v123);
    tmp9[l113] = v124;
  }
  {
    let i125 = i0 + 1u;
    let j126 = j0 + 3u;
    let l127 = i125 * 100u + j126;
    let v128 = acc13.w;
    let v129 = tmp2[l127];
    let v130 = select(0.0, 1.0, v129 > 0.0);
    let v131 = select(0.0, v128, v130 != 0.0);
    let v132 = select(v128, 0.0, v130 != 0.0);
    let v133 = min(v129, 0.0);
    let v134 = exp(v133);
    let v135 = (v132 * v134);
    let v136 = select(0.0, 1.0, v129 <= 0.0);
    let v137 = (v135 * v136);
    let v138 = (v131 + v137);
    tmp9[l127] = v138;
  }
  {
    let i139 = i0 + 2u;
    let l140 = i139 * 100u + j0;
    let v141 = acc14.x;
    let v142 = tmp2[l140];
    let v143 = select(0.0, 1.0, v142 > 0.0);
    let v144 = select(0.0, v141, v143 != 0.0);
    let v145 = select(v141, 0.0, v143 != 0.0);
    let v146 = min(v142, 0.0);
    let v147 = exp(v146);
    let v148 = (v145 * v147);
    let v149 = select(0.0, 1.0, v142 <= 0.0);
    let v150 = (v148 * v149);
    let v151 = (v144 + v150);
    tmp9[l140] = v151;
  }
  {
    let i152 = i0 + 2u;
    let j153 = j0 + 1u;
    let l154 = i152 * 100u + j153;
    let v155 = acc14.y;
    let v156 = tmp2[l154];
    let v157 = select(0.0, 1.0, v156 > 0.0);
    let v158 = select(0.0, v155, v157 != 0.0);
    let v159 = select(v155, 0.0, v157 != 0.0);
    let v160 = min(v156, 0.0);
    let v161 = exp(v160);
    let v162 = (v159 * v161);
    let v163 = select(0.0, 1.0, v156 <= 0.0);
    let v164 = (v162 * v163);
    let v165 = (v158 + v164);
    tmp9[l154] = v165;
  }
  {
    let i166 = i0 + 2u;
    let j167 = j0 + 2u;
    let l168 = i166 * 100u + j167;
    let v169 = acc14.z;
    let v170 = tmp2[l168];
    let v171 = select(0.0, 1.0, v170 > 0.0);
    let v172 = select(0.0, v169, v171 != 0.0);
    let v173 = select(v169, 0.0, v171 != 0.0);
    let v174 = min(v170, 0.0);
    let v175 = exp(v174);
    let v176 = (v173 * v175);
    let v177 = select(0.0, 1.0, v170 <= 0.0);
    let v178 = (v176 * v177);
    let v179 = (v172 + v178);
    tmp9[l168] = v179;
  }
  {
    let i180 = i0 + 2u;
    let j181 = j0 + 3u;
    let l182 = i180 * 100u + j181;
    let v183 = acc14.w;
    let v184 = tmp2[l182];
    let v185 = select(0.0, 1.0, v184 > 0.0);
    let v186 = select(0.0, v183, v185 != 0.0);
    let v187 = select(v183, 0.0, v185 != 0.0);
    let v188 = min(v184, 0.0);
    let v189 = exp(v188);
    let v190 = (v187 * v189);
    let v191 = select(0.0, 1.0, v184 <= 0.0);
    let v192 = (v190 * v191);
    let v193 = (v186 + v192);
    tmp9[l182] = v193;
  }
  {
    let i194 = i0 + 3u;
    let l195 = i194 * 100u + j0;
    let v196 = acc15.x;
    let v197 = tmp2[l195];
    let v198 = select(0.0, 1.0, v197 > 0.0);
    let v199 = select(0.0, v196, v198 != 0.0);
    let v200 = select(v196, 0.0, v198 != 0.0);
    let v201 = min(v197, 0.0);
    let v202 = exp(v201);
    let v203 = (v200 * v202);
    let v204 = select(0.0, 1.0, v197 <= 0.0);
    let v205 = (v203 * v204);
    let v206 = (v199 + v205);
    tmp9[l195] = v206;
  }
  {
    let i207 = i0 + 3u;
    let j208 = j0 + 1u;
    let l209 = i207 * 100u + j208;
    let v210 = acc15.y;
    let v211 = tmp2[l209];
    let v212 = select(0.0, 1.0, v211 > 0.0);
    let v213 = select(0.0, v210, v212 != 0.0);
    let v214 = select(v210, 0.0, v212 != 0.0);
    let v215 = min(v211, 0.0);
    let v216 = exp(v215);
    let v217 = (v214 * v216);
    let v218 = select(0.0, 1.0, v211 <= 0.0);
    let v219 = (v217 * v218);
    let v220 = (v213 + v219);
    tmp9[l209] = v220;
  }
  {
    let i221 = i0 + 3u;
    let j222 = j0 + 2u;
    let l223 = i221 * 100u + j222;
    let v224 = acc15.z;
    let v225 = tmp2[l223];
    let v226 = select(0.0, 1.0, v225 > 0.0);
    let v227 = select(0.0, v224, v226 != 0.0);
    let v228 = select(v224, 0.0, v226 != 0.0);
    let v229 = min(v225, 0.0);
    let v230 = exp(v229);
    let v231 = (v228 * v230);
    let v232 = select(0.0, 1.0, v225 <= 0.0);
    let v233 = (v231 * v232);
    let v234 = (v227 + v233);
    tmp9[l223] = v234;
  }
  {
    let i235 = i0 + 3u;
    let j236 = j0 + 3u;
    let l237 = i235 * 100u + j236;
    let v238 = acc15.w;
    let v239 = tmp2[l237];
    let v240 = select(0.0, 1.0, v239 > 0.0);
    let v241 = select(0.0, v238, v240 != 0.0);
    let v242 = select(v238, 0.0, v240 != 0.0);
    let v243 = min(v239, 0.0);
    let v244 = exp(v243);
    let v245 = (v242 * v244);
    let v246 = select(0.0, 1.0, v239 <= 0.0);
    let v247 = (v245 * v246);
    let v248 = (v241 + v247);
    tmp9[l237] = v248;
  }
  {
    let i249 = i0 + 4u;
    let l250 = i249 * 100u + j0;
    let v251 = acc16.x;
    let v252 = tmp2[l250];
    let v253 = select(0.0, 1.0, v252 > 0.0);
    let v254 = select(0.0, v251, v253 != 0.0);
    let v255 = select(v251, 0.0, v253 != 0.0);
    let v256 = min(v252, 0.0);
    let v257 = exp(v256);
    let v258 = (v255 * v257);
    let v259 = select(0.0, 1.0, v252 <= 0.0);
    let v260 = (v258 * v259);
    let v261 = (v254 + v260);
    tmp9[l250] = v261;
  }
  {
    let i262 = i0 + 4u;
    let j263 = j0 + 1u;
    let l264 = i262 * 100u + j263;
    let v265 = acc16.y;
    let v266 = tmp2[l264];
    let v267 = select(0.0, 1.0, v266 > 0.0);
    let v268 = select(0.0, v265, v267 != 0.0);
    let v269 = select(v265, 0.0, v267 != 0.0);
    let v270 = min(v266, 0.0);
    let v271 = exp(v270);
    let v272 = (v269 * v271);
    let v273 = select(0.0, 1.0, v266 <= 0.0);
    let v274 = (v272 * v273);
    let v275 = (v268 + v274);
    tmp9[l264] = v275;
  }
  {
    let i276 = i0 + 4u;
    let j277 = j0 + 2u;
    let l278 = i276 * 100u + j277;
    let v279 = acc16.z;
    let v280 = tmp2[l278];
    let v281 = select(0.0, 1.0, v280 > 0.0);
    let v282 = select(0.0, v279, v281 != 0.0);
    let v283 = select(v279, 0.0, v281 != 0.0);
    let v284 = min(v280, 0.0);
    let v285 = exp(v284);
    let v286 = (v283 * v285);
    let v287 = select(0.0, 1.0, v280 <= 0.0);
    let v288 = (v286 * v287);
    let v289 = (v282 + v288);
    tmp9[l278] = v289;
  }
  {
    let i290 = i0 + 4u;
    let j291 = j0 + 3u;
    let l292 = i290 * 100u + j291;
    let v293 = acc16.w;
    let v294 = tmp2[l292];
    let v295 = select(0.0, 1.0, v294 > 0.0);
    let v296 = select(0.0, v293, v295 != 0.0);
    let v297 = select(v293, 0.0, v295 != 0.0);
    let v298 = min(v294, 0.0);
    let v299 = exp(v298);
    let v300 = (v297 * v299);
    let v301 = select(0.0, 1.0, v294 <= 0.0);
    let v302 = (v300 * v301);
    let v303 = (v296 + v302);
    tmp9[l292] = v303;
  }
  {
    let i304 = i0 + 5u;
    let l305 = i304 * 100u + j0;
    let v306 = acc17.x;
    let v307 = tmp2[l305];
    let v308 = select(0.0, 1.0, v307 > 0.0);
    let v309 = select(0.0, v306, v308 != 0.0);
    let v310 = select(v306, 0.0, v308 != 0.0);
    let v311 = min(v307, 0.0);
    let v312 = exp(v311);
    let v313 = (v310 * v312);
    let v314 = select(0.0, 1.0, v307 <= 0.0);
    let v315 = (v313 * v314);
    let v316 = (v309 + v315);
    tmp9[l305] = v316;
  }
  {
    let i317 = i0 + 5u;
    let j318 = j0 + 1u;
    let l319 = i317 * 100u + j318;
    let v320 = acc17.y;
    let v321 = tmp2[l319];
    let v322 = select(0.0, 1.0, v321 > 0.0);
    let v323 = select(0.0, v320, v322 != 0.0);
    let v324 = select(v320, 0.0, v322 != 0.0);
    let v325 = min(v321, 0.0);
    let v326 = exp(v325);
    let v327 = (v324 * v326);
    let v328 = select(0.0, 1.0, v321 <= 0.0);
    let v329 = (v327 * v328);
    let v330 = (v323 + v329);
    tmp9[l319] = v330;
  }
  {
    let i331 = i0 + 5u;
    let j332 = j0 + 2u;
    let l333 = i331 * 100u + j332;
    let v334 = acc17.z;
    let v335 = tmp2[l333];
    let v336 = select(0.0, 1.0, v335 > 0.0);
    let v337 = select(0.0, v334, v336 != 0.0);
    let v338 = select(v334, 0.0, v336 != 0.0);
    let v339 = min(v335, 0.0);
    let v340 = exp(v339);
    let v341 = (v338 * v340);
    let v342 = select(0.0, 1.0, v335 <= 0.0);
    let v343 = (v341 * v342);
    let v344 = (v337 + v343);
    tmp9[l333] = v344;
  }
  {
    let i345 = i0 + 5u;
    let j346 = j0 + 3u;
    let l347 = i345 * 100u + j346;
    let v348 = acc17.w;
    let v349 = tmp2[l347];
    let v350 = select(0.0, 1.0, v349 > 0.0);
    let v351 = select(0.0, v348, v350 != 0.0);
    let v352 = select(v348, 0.0, v350 != 0.0);
    let v353 = min(v349, 0.0);
    let v354 = exp(v353);
    let v355 = (v352 * v354);
    let v356 = select(0.0, 1.0, v349 <= 0.0);
    let v357 = (v355 * v356);
    let v358 = (v351 + v357);
    tmp9[l347] = v358;
  }
  {
    let i359 = i0 + 6u;
    let l360 = i359 * 100u + j0;
    let v361 = acc18.x;
    let v362 = tmp2[l360];
    let v363 = select(0.0, 1.0, v362 > 0.0);
    let v364 = select(0.0, v361, v363 != 0.0);
    let v365 = select(v361, 0.0, v363 != 0.0);
    let v366 = min(v362, 0.0);
    let v367 = exp(v366);
    let v368 = (v365 * v367);
    let v369 = select(0.0, 1.0, v362 <= 0.0);
    let v370 = (v368 * v369);
    let v371 = (v364 + v370);
    tmp9[l360] = v371;
  }
  {
    let i372 = i0 + 6u;
    let j373 = j0 + 1u;
    let l374 = i372 * 100u + j373;
    let v375 = acc18.y;
    let v376 = tmp2[l374];
    let v377 = select(0.0, 1.0, v376 > 0.0);
    let v378 = select(0.0, v375, v377 != 0.0);
    let v379 = select(v375, 0.0, v377 != 0.0);
    let v380 = min(v376, 0.0);
    let v381 = exp(v380);
    let v382 = (v379 * v381);
    let v383 = select(0.0, 1.0, v376 <= 0.0);
    let v384 = (v382 * v383);
    let v385 = (v378 + v384);
    tmp9[l374] = v385;
  }
  {
    let i386 = i0 + 6u;
    let j387 = j0 + 2u;
    let l388 = i386 * 100u + j387;
    let v389 = acc18.z;
    let v390 = tmp2[l388];
    let v391 = select(0.0, 1.0, v390 > 0.0);
    let v392 = select(0.0, v389, v391 != 0.0);
    let v393 = select(v389, 0.0, v391 != 0.0);
    let v394 = min(v390, 0.0);
    let v395 = exp(v394);
    let v396 = (v393 * v395);
    let v397 = select(0.0, 1.0, v390 <= 0.0);
    let v398 = (v396 * v397);
    let v399 = (v392 + v398);
    tmp9[l388] = v399;
  }
  {
    let i400 = i0 + 6u;
    let j401 = j0 + 3u;
    let l402 = i400 * 100u + j401;
    let v403 = acc18.w;
    let v404 = tmp2[l402];
    let v405 = select(0.0, 1.0, v404 > 0.0);
    let v406 = select(0.0, v403, v405 != 0.0);
    let v407 = select(v403, 0.0, v405 != 0.0);
    let v408 = min(v404, 0.0);
    let v409 = exp(v408);
    let v410 = (v407 * v409);
    let v411 = select(0.0, 1.0, v404 <= 0.0);
    let v412 = (v410 * v411);
    let v413 = (v406 + v412);
    tmp9[l402] = v413;
  }
  {
    let i414 = i0 + 7u;
    let l415 = i414 * 100u + j0;
    let v416 = acc19.x;
    let v417 = tmp2[l415];
    let v418 = select(0.0, 1.0, v417 > 0.0);
    let v419 = select(0.0, v416, v418 != 0.0);
    let v420 = select(v416, 0.0, v418 != 0.0);
    let v421 = min(v417, 0.0);
    let v422 = exp(v421);
    let v423 = (v420 * v422);
    let v424 = select(0.0, 1.0, v417 <= 0.0);
    let v425 = (v423 * v424);
    let v426 = (v419 + v425);
    tmp9[l415] = v426;
  }
  {
    let i427 = i0 + 7u;
    let j428 = j0 + 1u;
    let l429 = i427 * 100u + j428;
    let v430 = acc19.y;
    let v431 = tmp2[l429];
    let v432 = select(0.0, 1.0, v431 > 0.0);
    let v433 = select(0.0, v430, v432 != 0.0);
    let v434 = select(v430, 0.0, v432 != 0.0);
    let v435 = min(v431, 0.0);
    let v436 = exp(v435);
    let v437 = (v434 * v436);
    let v438 = select(0.0, 1.0, v431 <= 0.0);
    let v439 = (v437 * v438);
    let v440 = (v433 + v439);
    tmp9[l429] = v440;
  }
  {
    let i441 = i0 + 7u;
    let j442 = j0 + 2u;
    let l443 = i441 * 100u + j442;
    let v444 = acc19.z;
    let v445 = tmp2[l443];
    let v446 = select(0.0, 1.0, v445 > 0.0);
    let v447 = select(0.0, v444, v446 != 0.0);
    let v448 = select(v444, 0.0, v446 != 0.0);
    let v449 = min(v445, 0.0);
    let v450 = exp(v449);
    let v451 = (v448 * v450);
    let v452 = select(0.0, 1.0, v445 <= 0.0);
    let v453 = (v451 * v452);
    let v454 = (v447 + v453);
    tmp9[l443] = v454;
  }
  {
    let i455 = i0 + 7u;
    let j456 = j0 + 3u;
    let l457 = i455 * 100u + j456;
    let v458 = acc19.w;
    let v459 = tmp2[l457];
    let v460 = select(0.0, 1.0, v459 > 0.0);
    let v461 = select(0.0, v458, v460 != 0.0);
    let v462 = select(v458, 0.0, v460 != 0.0);
    let v463 = min(v459, 0.0);
    let v464 = exp(v463);
    let v465 = (v462 * v464);
    let v466 = select(0.0, 1.0, v459 <= 0.0);
    let v467 = (v465 * v466);
    let v468 = (v461 + v467);
    tmp9[l457] = v468;
  }
}

// ---- 020_matmul_hidden1_grad.wgsl
@group(0) @binding(0) var<storage, read> tmp9_v4: array<vec4<f32>>;
@group(0) @binding(1) var<storage, read> s_hidden2_dense_kernel_v4: array<vec4<f32>>;
@group(0) @binding(2) var<storage, read_write> tmp10: array<f32>;
@group(0) @binding(3) var<storage, read> tmp0: array<f32>;

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
    let av64 = tmp9_v4[ra44 + k];
    let av65 = tmp9_v4[ra45 + k];
    let av66 = tmp9_v4[ra46 + k];
    let av67 = tmp9_v4[ra47 + k];
    let av68 = tmp9_v4[ra48 + k];
    let av69 = tmp9_v4[ra49 + k];
    let av70 = tmp9_v4[ra50 + k];
    let av71 = tmp9_v4[ra51 + k];
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
    let v103 = select(0.0, 1.0, v102 > 0.0);
    let v104 = select(0.0, v101, v103 != 0.0);
    let v105 = select(v101, 0.0, v103 != 0.0);
    let v106 = min(v102, 0.0);
    let v107 = exp(v106);
    let v108 = (v105 * v107);
    let v109 = select(0.0, 1.0, v102 <= 0.0);
    let v110 = (v108 * v109);
    let v111 = (v104 + v110);
    tmp10[l100] = v111;
  }
  {
    let j112 = j0 + 1u;
    let l113 = i0 * 300u + j112;
    let v114 = acc20.y;
    let v115 = tmp0[l113];
    let v116 = select(0.0, 1.0, v115 > 0.0);
    let v117 = select(0.0, v114, v116 != 0.0);
    let v118 = select(v114, 0.0, v116 != 0.0);
    let v119 = min(v115, 0.0);
    let v120 = exp(v119);
    let v121 = (v118 * v120);
    let v122 = select(0.0, 1.0, v115 <= 0.0);
    let v123 = (v121 * v122);
    let v124 = (v117 + v123);
    tmp10[l113] = v124;
  }
  {
    let j125 = j0 + 2u;
    let l126 = i0 * 300u + j125;
    let v127 = acc20.z;
    let v128 = tmp0[l126];
    let v129 = select(0.0, 1.0, v128 > 0.0);
    let v130 = select(0.0, v127, v129 != 0.0);
    let v131 = select(v127, 0.0, v129 != 0.0);
    let v132 = min(v128, 0.0);
    let v133 = exp(v132);
    let v134 = (v131 * v133);
    let v135 = select(0.0, 1.0, v128 <= 0.0);
    let v136 = (v134 * v135);
    let v137 = (v130 + v136);
    tmp10[l126] = v137;
  }
  {
    let j138 = j0 + 3u;
    let l139 = i0 * 300u + j138;
    let v140 = acc20.w;
    let v141 = tmp0[l139];
    let v142 = select(0.0, 1.0, v141 > 0.0);
    let v143 = select(0.0, v140, v142 != 0.0);
    let v144 = select(v140, 0.0, v142 != 0.0);
    let v145 = min(v141, 0.0);
    let v146 = exp(v145);
    let v147 = (v144 * v146);
    let v148 = select(0.0, 1.0, v141 <= 0.0);
    let v149 = (v147 * v148);
    let v150 = (v143 + v149);
    tmp10[l139] = v150;
  }
  {
    let j151 = j0 + 4u;
    let l152 = i0 * 300u + j151;
    let v153 = acc21.x;
    let v154 = tmp0[l152];
    let v155 = select(0.0, 1.0, v154 > 0.0);
    let v156 = select(0.0, v153, v155 != 0.0);
    let v157 = select(v153, 0.0, v155 != 0.0);
    let v158 = min(v154, 0.0);
    let v159 = exp(v158);
    let v160 = (v157 * v159);
    let v161 = select(0.0, 1.0, v154 <= 0.0);
    let v162 = (v160 * v161);
    let v163 = (v156 + v162);
    tmp10[l152] = v163;
  }
  {
    let j164 = j0 + 5u;
    let l165 = i0 * 300u + j164;
    let v166 = acc21.y;
    let v167 = tmp0[l165];
    let v168 = select(0.0, 1.0, v167 > 0.0);
    let v169 = select(0.0, v166, v168 != 0.0);
    let v170 = select(v166, 0.0, v168 != 0.0);
    let v171 = min(v167, 0.0);
    let v172 = exp(v171);
    let v173 = (v170 * v172);
    let v174 = select(0.0, 1.0, v167 <= 0.0);
    let v175 = (v173 * v174);
    let v176 = (v169 + v175);
    tmp10[l165] = v176;
  }
  {
    let j177 = j0 + 6u;
    let l178 = i0 * 300u + j177;
    let v179 = acc21.z;
    let v180 = tmp0[l178];
    let v181 = select(0.0, 1.0, v180 > 0.0);
    let v182 = select(0.0, v179, v181 != 0.0);
    let v183 = select(v179, 0.0, v181 != 0.0);
    let v184 = min(v180, 0.0);
    let v185 = exp(v184);
    let v186 = (v183 * v185);
    let v187 = select(0.0, 1.0, v180 <= 0.0);
    let v188 = (v186 * v187);
    let v189 = (v182 + v188);
    tmp10[l178] = v189;
  }
  {
    let j190 = j0 + 7u;
    let l191 = i0 * 300u + j190;
    let v192 = acc21.w;
    let v193 = tmp0[l191];
    let v194 = select(0.0, 1.0, v193 > 0.0);
    let v195 = select(0.0, v192, v194 != 0.0);
    let v196 = select(v192, 0.0, v194 != 0.0);
    let v197 = min(v193, 0.0);
    let v198 = exp(v197);
    let v199 = (v196 * v198);
    let v200 = select(0.0, 1.0, v193 <= 0.0);
    let v201 = (v199 * v200);
    let v202 = (v195 + v201);
    tmp10[l191] = v202;
  }
  {
    let j203 = j0 + 8u;
    let l204 = i0 * 300u + j203;
    let v205 = acc22.x;
    let v206 = tmp0[l204];
    let v207 = select(0.0, 1.0, v206 > 0.0);
    let v208 = select(0.0, v205, v207 != 0.0);
    let v209 = select(v205, 0.0, v207 != 0.0);
    let v210 = min(v206, 0.0);
    let v211 = exp(v210);
    let v212 = (v209 * v211);
    let v213 = select(0.0, 1.0, v206 <= 0.0);
    let v214 = (v212 * v213);
    let v215 = (v208 + v214);
    tmp10[l204] = v215;
  }
  {
    let j216 = j0 + 9u;
    let l217 = i0 * 300u + j216;
    let v218 = acc22.y;
    let v219 = tmp0[l217];
    let v220 = select(0.0, 1.0, v219 > 0.0);
    let v221 = select(0.0, v218, v220 != 0.0);
    let v222 = select(v218, 0.0, v220 != 0.0);
    let v223 = min(v219, 0.0);
    let v224 = exp(v223);
    let v225 = (v222 * v224);
    let v226 = select(0.0, 1.0, v219 <= 0.0);
    let v227 = (v225 * v226);
    let v228 = (v221 + v227);
    tmp10[l217] = v228;
  }
  {
    let j229 = j0 + 10u;
    let l230 = i0 * 300u + j229;
    let v231 = acc22.z;
    let v232 = tmp0[l230];
    let v233 = select(0.0, 1.0, v232 > 0.0);
    let v234 = select(0.0, v231, v233 != 0.0);
    let v235 = select(v231, 0.0, v233 != 0.0);
    let v236 = min(v232, 0.0);
    let v237 = exp(v236);
    let v238 = (v235 * v237);
    let v239 = select(0.0, 1.0, v232 <= 0.0);
    let v240 = (v238 * v239);
    let v241 = (v234 + v240);
    tmp10[l230] = v241;
  }
  {
    let j242 = j0 + 11u;
    let l243 = i0 * 300u + j242;
    let v244 = acc22.w;
    let v245 = tmp0[l243];
    let v246 = select(0.0, 1.0, v245 > 0.0);
    let v247 = select(0.0, v244, v246 != 0.0);
    let v248 = select(v244, 0.0, v246 != 0.0);
    let v249 = min(v245, 0.0);
    let v250 = exp(v249);
    let v251 = (v248 * v250);
    let v252 = select(0.0, 1.0, v245 <= 0.0);
    let v253 = (v251 * v252);
    let v254 = (v247 + v253);
    tmp10[l243] = v254;
  }
  {
    let i255 = i0 + 1u;
    let l256 = i255 * 300u + j0;
    let v257 = acc23.x;
    let v258 = tmp0[l256];
    let v259 = select(0.0, 1.0, v258 > 0.0);
    let v260 = select(0.0, v257, v259 != 0.0);
    let v261 = select(v257, 0.0, v259 != 0.0);
    let v262 = min(v258, 0.0);
    let v263 = exp(v262);
    let v264 = (v261 * v263);
    let v265 = select(0.0, 1.0, v258 <= 0.0);
    let v266 = (v264 * v265);
    let v267 = (v260 + v266);
    tmp10[l256] = v267;
  }
  {
    let i268 = i0 + 1u;
    let j269 = j0 + 1u;
    let l270 = i268 * 300u + j269;
    let v271 = acc23.y;
    let v272 = tmp0[l270];
    let v273 = select(0.0, 1.0, v272 > 0.0);
    let v274 = select(0.0, v271, v273 != 0.0);
    let v275 = select(v271, 0.0, v273 != 0.0);
    let v276 = min(v272, 0.0);
    let v277 = exp(v276);
    let v278 = (v275 * v277);
    let v279 = select(0.0, 1.0, v272 <= 0.0);
    let v280 = (v278 * v279);
    let v281 = (v274 + v280);
    tmp10[l270] = v281;
  }
  {
    let i282 = i0 + 1u;
    let j283 = j0 + 2u;
    let l284 = i282 * 300u + j283;
    let v285 = acc23.z;
    let v286 = tmp0[l284];
    let v287 = select(0.0, 1.0, v286 > 0.0);
    let v288 = select(0.0, v285, v287 != 0.0);
    let v289 = select(v285, 0.0, v287 != 0.0);
    let v290 = min(v286, 0.0);
    let v291 = exp(v290);
    let v292 = (v289 * v291);
    let v293 = select(0.0, 1.0, v286 <= 0.0);
    let v294 = (v292 * v293);
    let v295 = (v288 + v294);
    tmp10[l284] = v295;
  }
  {
    let i296 = i0 + 1u;
    let j297 = j0 + 3u;
    let l298 = i296 * 300u + j297;
    let v299 = acc23.w;
    let v300 = tmp0[l298];
    let v301 = select(0.0, 1.0, v300 > 0.0);
    let v302 = select(0.0, v299, v301 != 0.0);
    let v303 = select(v299, 0.0, v301 != 0.0);
    let v304 = min(v300, 0.0);
    let v305 = exp(v304);
    let v306 = (v303 * v305);
    let v307 = select(0.0, 1.0, v300 <= 0.0);
    let v308 = (v306 * v307);
    let v309 = (v302 + v308);
    tmp10[l298] = v309;
  }
  {
    let i310 = i0 + 1u;
    let j311 = j0 + 4u;
    let l312 = i310 * 300u + j311;
    let v313 = acc24.x;
    let v314 = tmp0[l312];
    let v315 = select(0.0, 1.0, v314 > 0.0);
    let v316 = select(0.0, v313, v315 != 0.0);
    let v317 = select(v313, 0.0, v315 != 0.0);
    let v318 = min(v314, 0.0);
    let v319 = exp(v318);
    let v320 = (v317 * v319);
    let v321 = select(0.0, 1.0, v314 <= 0.0);
    let v322 = (v320 * v321);
    let v323 = (v316 + v322);
    tmp10[l312] = v323;
  }
  {
    let i324 = i0 + 1u;
    let j325 = j0 + 5u;
    let l326 = i324 * 300u + j325;
    let v327 = acc24.y;
    let v328 = tmp0[l326];
    let v329 = select(0.0, 1.0, v328 > 0.0);
    let v330 = select(0.0, v327, v329 != 0.0);
    let v331 = select(v327, 0.0, v329 != 0.0);
    let v332 = min(v328, 0.0);
    let v333 = exp(v332);
    let v334 = (v331 * v333);
    let v335 = select(0.0, 1.0, v328 <= 0.0);
    let v336 = (v334 * v335);
    let v337 = (v330 + v336);
    tmp10[l326] = v337;
  }
  {
    let i338 = i0 + 1u;
    let j339 = j0 + 6u;
    let l340 = i338 * 300u + j339;
    let v341 = acc24.z;
    let v342 = tmp0[l340];
    let v343 = select(0.0, 1.0, v342 > 0.0);
    let v344 = select(0.0, v341, v343 != 0.0);
    let v345 = select(v341, 0.0, v343 != 0.0);
    let v346 = min(v342, 0.0);
    let v347 = exp(v346);
    let v348 = (v345 * v347);
    let v349 = select(0.0, 1.0, v342 <= 0.0);
    let v350 = (v348 * v349);
    let v351 = (v344 + v350);
    tmp10[l340] = v351;
  }
  {
    let i352 = i0 + 1u;
    let j353 = j0 + 7u;
    let l354 = i352 * 300u + j353;
    let v355 = acc24.w;
    let v356 = tmp0[l354];
    let v357 = select(0.0, 1.0, v356 > 0.0);
    let v358 = select(0.0, v355, v357 != 0.0);
    let v359 = select(v355, 0.0, v357 != 0.0);
    let v360 = min(v356, 0.0);
    let v361 = exp(v360);
    let v362 = (v359 * v361);
    let v363 = select(0.0, 1.0, v356 <= 0.0);
    let v364 = (v362 * v363);
    let v365 = (v358 + v364);
    tmp10[l354] = v365;
  }
  {
    let i366 = i0 + 1u;
    let j367 = j0 + 8u;
    let l368 = i366 * 300u + j367;
    let v369 = acc25.x;
    let v370 = tmp0[l368];
    let v371 = select(0.0, 1.0, v370 > 0.0);
    let v372 = select(0.0, v369, v371 != 0.0);
    let v373 = select(v369, 0.0, v371 != 0.0);
    let v374 = min(v370, 0.0);
    let v375 = exp(v374);
    let v376 = (v373 * v375);
    let v377 = select(0.0, 1.0, v370 <= 0.0);
    let v378 = (v376 * v377);
    let v379 = (v372 + v378);
    tmp10[l368] = v379;
  }
  {
    let i380 = i0 + 1u;
    let j381 = j0 + 9u;
    let l382 = i380 * 300u + j381;
    let v383 = acc25.y;
    let v384 = tmp0[l382];
    let v385 = select(0.0, 1.0, v384 > 0.0);
    let v386 = select(0.0, v383, v385 != 0.0);
    let v387 = select(v383, 0.0, v385 != 0.0);
    let v388 = min(v384, 0.0);
    let v389 = exp(v388);
    let v390 = (v387 * v389);
    let v391 = select(0.0, 1.0, v384 <= 0.0);
    let v392 = (v390 * v391);
    let v393 = (v386 + v392);
    tmp10[l382] = v393;
  }
  {
    let i394 = i0 + 1u;
    let j395 = j0 + 10u;
    let l396 = i394 * 300u + j395;
    let v397 = acc25.z;
    let v398 = tmp0[l396];
    let v399 = select(0.0, 1.0, v398 > 0.0);
    let v400 = select(0.0, v397, v399 != 0.0);
    let v401 = select(v397, 0.0, v399 != 0.0);
    let v402 = min(v398, 0.0);
    let v403 = exp(v402);
    let v404 = (v401 * v403);
    let v405 = select(0.0, 1.0, v398 <= 0.0);
    let v406 = (v404 * v405);
    let v407 = (v400 + v406);
    tmp10[l396] = v407;
  }
  {
    let i408 = i0 + 1u;
    let j409 = j0 + 11u;
    let l410 = i408 * 300u + j409;
    let v411 = acc25.w;
    let v412 = tmp0[l410];
    let v413 = select(0.0, 1.0, v412 > 0.0);
    let v414 = select(0.0, v411, v413 != 0.0);
    let v415 = select(v411, 0.0, v413 != 0.0);
    let v416 = min(v412, 0.0);
    let v417 = exp(v416);
    let v418 = (v415 * v417);
    let v419 = select(0.0, 1.0, v412 <= 0.0);
    let v420 = (v418 * v419);
    let v421 = (v414 + v420);
    tmp10[l410] = v421;
  }
  {
    let i422 = i0 + 2u;
    let l423 = i422 * 300u + j0;
    let v424 = acc26.x;
    let v425 = tmp0[l423];
    let v426 = select(0.0, 1.0, v425 > 0.0);
    let v427 = select(0.0, v424, v426 != 0.0);
    let v428 = select(v424, 0.0, v426 != 0.0);
    let v429 = min(v425, 0.0);
    let v430 = exp(v429);
    let v431 = (v428 * v430);
    let v432 = select(0.0, 1.0, v425 <= 0.0);
    let v433 = (v431 * v432);
    let v434 = (v427 + v433);
    tmp10[l423] = v434;
  }
  {
    let i435 = i0 + 2u;
    let j436 = j0 + 1u;
    let l437 = i435 * 300u + j436;
    let v438 = acc26.y;
    let v439 = tmp0[l437];
    let v440 = select(0.0, 1.0, v439 > 0.0);
    let v441 = select(0.0, v438, v440 != 0.0);
    let v442 = select(v438, 0.0, v440 != 0.0);
    let v443 = min(v439, 0.0);
    let v444 = exp(v443);
    let v445 = (v442 * v444);
    let v446 = select(0.0, 1.0, v439 <= 0.0);
    let v447 = (v445 * v446);
    let v448 = (v441 + v447);
    tmp10[l437] = v448;
  }
  {
    let i449 = i0 + 2u;
    let j450 = j0 + 2u;
    let l451 = i449 * 300u + j450;
    let v452 = acc26.z;
    let v453 = tmp0[l451];
    let v454 = select(0.0, 1.0, v453 > 0.0);
    let v455 = select(0.0, v452, v454 != 0.0);
    let v456 = select(v452, 0.0, v454 != 0.0);
    let v457 = min(v453, 0.0);
    let v458 = exp(v457);
    let v459 = (v456 * v458);
    let v460 = select(0.0, 1.0, v453 <= 0.0);
    let v461 = (v459 * v460);
    let v462 = (v455 + v461);
    tmp10[l451] = v462;
  }
  {
    let i463 = i0 + 2u;
    let j464 = j0 + 3u;
    let l465 = i463 * 300u + j464;
    let v466 = acc26.w;
    let v467 = tmp0[l465];
    let v468 = select(0.0, 1.0, v467 > 0.0);
    let v469 = select(0.0, v466, v468 != 0.0);
    let v470 = select(v466, 0.0, v468 != 0.0);
    let v471 = min(v467, 0.0);
    let v472 = exp(v471);
    let v473 = (v470 * v472);
    let v474 = select(0.0, 1.0, v467 <= 0.0);
    let v475 = (v473 * v474);
    let v476 = (v469 + v475);
    tmp10[l465] = v476;
  }
  {
    let i477 = i0 + 2u;
    let j478 = j0 + 4u;
    let l479 = i477 * 300u + j478;
    let v480 = acc27.x;
    let v481 = tmp0[l479];
    let v482 = select(0.0, 1.0, v481 > 0.0);
    let v483 = select(0.0, v480, v482 != 0.0);
    let v484 = select(v480, 0.0, v482 != 0.0);
    let v485 = min(v481, 0.0);
    let v486 = exp(v485);
    let v487 = (v484 * v486);
    let v488 = select(0.0, 1.0, v481 <= 0.0);
    let v489 = (v487 * v488);
    let v490 = (v483 + v489);
    tmp10[l479] = v490;
  }
  {
    let i491 = i0 + 2u;
    let j492 = j0 + 5u;
    let l493 = i491 * 300u + j492;
    let v494 = acc27.y;
    let v495 = tmp0[l493];
    let v496 = select(0.0, 1.0, v495 > 0.0);
    let v497 = select(0.0, v494, v496 != 0.0);
    let v498 = select(v494, 0.0, v496 != 0.0);
    let v499 = min(v495, 0.0);
    let v500 = exp(v499);
    let v501 = (v498 * v500);
    let v502 = select(0.0, 1.0, v495 <= 0.0);
    let v503 = (v501 * v502);
    let v504 = (v497 + v503);
    tmp10[l493] = v504;
  }
  {
    let i505 = i0 + 2u;
    let j506 = j0 + 6u;
    let l507 = i505 * 300u + j506;
    let v508 = acc27.z;
    let v509 = tmp0[l507];
    let v510 = select(0.0, 1.0, v509 > 0.0);
    let v511 = select(0.0, v508, v510 != 0.0);
    let v512 = select(v508, 0.0, v510 != 0.0);
    let v513 = min(v509, 0.0);
    let v514 = exp(v513);
    let v515 = (v512 * v514);
    let v516 = select(0.0, 1.0, v509 <= 0.0);
    let v517 = (v515 * v516);
    let v518 = (v511 + v517);
    tmp10[l507] = v518;
  }
  {
    let i519 = i0 + 2u;
    let j520 = j0 + 7u;
    let l521 = i519 * 300u + j520;
    let v522 = acc27.w;
    let v523 = tmp0[l521];
    let v524 = select(0.0, 1.0, v523 > 0.0);
    let v525 = select(0.0, v522, v524 != 0.0);
    let v526 = select(v522, 0.0, v524 != 0.0);
    let v527 = min(v523, 0.0);
    let v528 = exp(v527);
    let v529 = (v526 * v528);
    let v530 = select(0.0, 1.0, v523 <= 0.0);
    let v531 = (v529 * v530);
    let v532 = (v525 + v531);
    tmp10[l521] = v532;
  }
  {
    let i533 = i0 + 2u;
    let j534 = j0 + 8u;
    let l535 = i533 * 300u + j534;
    let v536 = acc28.x;
    let v537 = tmp0[l535];
    let v538 = select(0.0, 1.0, v537 > 0.0);
    let v539 = select(0.0, v536, v538 != 0.0);
    let v540 = select(v536, 0.0, v538 != 0.0);
    let v541 = min(v537, 0.0);
    let v542 = exp(v541);
    let v543 = (v540 * v542);
    let v544 = select(0.0, 1.0, v537 <= 0.0);
    let v545 = (v543 * v544);
    let v546 = (v539 + v545);
    tmp10[l535] = v546;
  }
  {
    let i547 = i0 + 2u;
    let j548 = j0 + 9u;
    let l549 = i547 * 300u + j548;
    let v550 = acc28.y;
    let v551 = tmp0[l549];
    let v552 = select(0.0, 1.0, v551 > 0.0);
    let v553 = select(0.0, v550, v552 != 0.0);
    let v554 = select(v550, 0.0, v552 != 0.0);
    let v555 = min(v551, 0.0);
    let v556 = exp(v555);
    let v557 = (v554 * v556);
    let v558 = select(0.0, 1.0, v551 <= 0.0);
    let v559 = (v557 * v558);
    let v560 = (v553 + v559);
    tmp10[l549] = v560;
  }
  {
    let i561 = i0 + 2u;
    let j562 = j0 + 10u;
    let l563 = i561 * 300u + j562;
    let v564 = acc28.z;
    let v565 = tmp0[l563];
    let v566 = select(0.0, 1.0, v565 > 0.0);
    let v567 = select(0.0, v564, v566 != 0.0);
    let v568 = select(v564, 0.0, v566 != 0.0);
    let v569 = min(v565, 0.0);
    let v570 = exp(v569);
    let v571 = (v568 * v570);
    let v572 = select(0.0, 1.0, v565 <= 0.0);
    let v573 = (v571 * v572);
    let v574 = (v567 + v573);
    tmp10[l563] = v574;
  }
  {
    let i575 = i0 + 2u;
    let j576 = j0 + 11u;
    let l577 = i575 * 300u + j576;
    let v578 = acc28.w;
    let v579 = tmp0[l577];
    let v580 = select(0.0, 1.0, v579 > 0.0);
    let v581 = select(0.0, v578, v580 != 0.0);
    let v582 = select(v578, 0.0, v580 != 0.0);
    let v583 = min(v579, 0.0);
    let v584 = exp(v583);
    let v585 = (v582 * v584);
    let v586 = select(0.0, 1.0, v579 <= 0.0);
    let v587 = (v585 * v586);
    let v588 = (v581 + v587);
    tmp10[l577] = v588;
  }
  {
    let i589 = i0 + 3u;
    let l590 = i589 * 300u + j0;
    let v591 = acc29.x;
    let v592 = tmp0[l590];
    let v593 = select(0.0, 1.0, v592 > 0.0);
    let v594 = select(0.0, v591, v593 != 0.0);
    let v595 = select(v591, 0.0, v593 != 0.0);
    let v596 = min(v592, 0.0);
    let v597 = exp(v596);
    let v598 = (v595 * v597);
    let v599 = select(0.0, 1.0, v592 <= 0.0);
    let v600 = (v598 * v599);
    let v601 = (v594 + v600);
    tmp10[l590] = v601;
  }
  {
    let i602 = i0 + 3u;
    let j603 = j0 + 1u;
    let l604 = i602 * 300u + j603;
    let v605 = acc29.y;
    let v606 = tmp0[l604];
    let v607 = select(0.0, 1.0, v606 > 0.0);
    let v608 = select(0.0, v605, v607 != 0.0);
    let v609 = select(v605, 0.0, v607 != 0.0);
    let v610 = min(v606, 0.0);
    let v611 = exp(v610);
    let v612 = (v609 * v611);
    let v613 = select(0.0, 1.0, v606 <= 0.0);
    let v614 = (v612 * v613);
    let v615 = (v608 + v614);
    tmp10[l604] = v615;
  }
  {
    let i616 = i0 + 3u;
    let j617 = j0 + 2u;
    let l618 = i616 * 300u + j617;
    let v619 = acc29.z;
    let v620 = tmp0[l618];
    let v621 = select(0.0, 1.0, v620 > 0.0);
    let v622 = select(0.0, v619, v621 != 0.0);
    let v623 = select(v619, 0.0, v621 != 0.0);
    let v624 = min(v620, 0.0);
    let v625 = exp(v624);
    let v626 = (v623 * v625);
    let v627 = select(0.0, 1.0, v620 <= 0.0);
    let v628 = (v626 * v627);
    let v629 = (v622 + v628);
    tmp10[l618] = v629;
  }
  {
    let i630 = i0 + 3u;
    let j631 = j0 + 3u;
    let l632 = i630 * 300u + j631;
    let v633 = acc29.w;
    let v634 = tmp0[l632];
    let v635 = select(0.0, 1.0, v634 > 0.0);
    let v636 = select(0.0, v633, v635 != 0.0);
    let v637 = select(v633, 0.0, v635 != 0.0);
    let v638 = min(v634, 0.0);
    let v639 = exp(v638);
    let v640 = (v637 * v639);
    let v641 = select(0.0, 1.0, v634 <= 0.0);
    let v642 = (v640 * v641);
    let v643 = (v636 + v642);
    tmp10[l632] = v643;
  }
  {
    let i644 = i0 + 3u;
    let j645 = j0 + 4u;
    let l646 = i644 * 300u + j645;
    let v647 = acc30.x;
    let v648 = tmp0[l646];
    let v649 = select(0.0, 1.0, v648 > 0.0);
    let v650 = select(0.0, v647, v649 != 0.0);
    let v651 = select(v647, 0.0, v649 != 0.0);
    let v652 = min(v648, 0.0);
    let v653 = exp(v652);
    let v654 = (v651 * v653);
    let v655 = select(0.0, 1.0, v648 <= 0.0);
    let v656 = (v654 * v655);
    let v657 = (v650 + v656);
    tmp10[l646] = v657;
  }
  {
    let i658 = i0 + 3u;
    let j659 = j0 + 5u;
    let l660 = i658 * 300u + j659;
    let v661 = acc30.y;
    let v662 = tmp0[l660];
    let v663 = select(0.0, 1.0, v662 > 0.0);
    let v664 = select(0.0, v661, v663 != 0.0);
    let v665 = select(v661, 0.0, v663 != 0.0);
    let v666 = min(v662, 0.0);
    let v667 = exp(v666);
    let v668 = (v665 * v667);
    let v669 = select(0.0, 1.0, v662 <= 0.0);
    let v670 = (v668 * v669);
    let v671 = (v664 + v670);
    tmp10[l660] = v671;
  }
  {
    let i672 = i0 + 3u;
    let j673 = j0 + 6u;
    let l674 = i672 * 300u + j673;
    let v675 = acc30.z;
    let v676 = tmp0[l674];
    let v677 = select(0.0, 1.0, v676 > 0.0);
    let v678 = select(0.0, v675, v677 != 0.0);
    let v679 = select(v675, 0.0, v677 != 0.0);
    let v680 = min(v676, 0.0);
    let v681 = exp(v680);
    let v682 = (v679 * v681);
    let v683 = select(0.0, 1.0, v676 <= 0.0);
    let v684 = (v682 * v683);
    let v685 = (v678 + v684);
    tmp10[l674] = v685;
  }
  {
    let i686 = i0 + 3u;
    let j687 = j0 + 7u;
    let l688 = i686 * 300u + j687;
    let v689 = acc30.w;
    let v690 = tmp0[l688];
    let v691 = select(0.0, 1.0, v690 > 0.0);
    let v692 = select(0.0, v689, v691 != 0.0);
    let v693 = select(v689, 0.0, v691 != 0.0);
    let v694 = min(v690, 0.0);
    let v695 = exp(v694);
    let v696 = (v693 * v695);
    let v697 = select(0.0, 1.0, v690 <= 0.0);
    let v698 = (v696 * v697);
    let v699 = (v692 + v698);
    tmp10[l688] = v699;
  }
  {
    let i700 = i0 + 3u;
    let j701 = j0 + 8u;
    let l702 = i700 * 300u + j701;
    let v703 = acc31.x;
    let v704 = tmp0[l702];
    let v705 = select(0.0, 1.0, v704 > 0.0);
    let v706 = select(0.0, v703, v705 != 0.0);
    let v707 = select(v703, 0.0, v705 != 0.0);
    let v708 = min(v704, 0.0);
    let v709 = exp(v708);
    let v710 = (v707 * v709);
    let v711 = select(0.0, 1.0, v704 <= 0.0);
    let v712 = (v710 * v711);
    let v713 = (v706 + v712);
    tmp10[l702] = v713;
  }
  {
    let i714 = i0 + 3u;
    let j715 = j0 + 9u;
    let l716 = i714 * 300u + j715;
    let v717 = acc31.y;
    let v718 = tmp0[l716];
    let v719 = select(0.0, 1.0, v718 > 0.0);
    let v720 = select(0.0, v717, v719 != 0.0);
    let v721 = select(v717, 0.0, v719 != 0.0);
    let v722 = min(v718, 0.0);
    let v723 = exp(v722);
    let v724 = (v721 * v723);
    let v725 = select(0.0, 1.0, v718 <= 0.0);
    let v726 = (v724 * v725);
    let v727 = (v720 + v726);
    tmp10[l716] = v727;
  }
  {
    let i728 = i0 + 3u;
    let j729 = j0 + 10u;
    let l730 = i728 * 300u + j729;
    let v731 = acc31.z;
    let v732 = tmp0[l730];
    let v733 = select(0.0, 1.0, v732 > 0.0);
    let v734 = select(0.0, v731, v733 != 0.0);
    let v735 = select(v731, 0.0, v733 != 0.0);
    let v736 = min(v732, 0.0);
    let v737 = exp(v736);
    let v738 = (v735 * v737);
    let v739 = select(0.0, 1.0, v732 <= 0.0);
    let v740 = (v738 * v739);
    let v741 = (v734 + v740);
    tmp10[l730] = v741;
  }
  {
    let i742 = i0 + 3u;
    let j743 = j0 + 11u;
    let l744 = i742 * 300u + j743;
    let v745 = acc31.w;
    let v746 = tmp0[l744];
    let v747 = select(0.0, 1.0, v746 > 0.0);
    let v748 = select(0.0, v745, v747 != 0.0);
    let v749 = select(v745, 0.0, v747 != 0.0);
    let v750 = min(v746, 0.0);
    let v751 = exp(v750);
    let v752 = (v749 * v751);
    let v753 = select(0.0, 1.0, v746 <= 0.0);
    let v754 = (v752 * v753);
    let v755 = (v748 + v754);
    tmp10[l744] = v755;
  }
  {
    let i756 = i0 + 4u;
    let l757 = i756 * 300u + j0;
    let v758 = acc32.x;
    let v759 = tmp0[l757];
    let v760 = select(0.0, 1.0, v759 > 0.0);
    let v761 = select(0.0, v758, v760 != 0.0);
    let v762 = select(v758, 0.0, v760 != 0.0);
    let v763 = min(v759, 0.0);
    let v764 = exp(v763);
    let v765 = (v762 * v764);
    let v766 = select(0.0, 1.0, v759 <= 0.0);
    let v767 = (v765 * v766);
    let v768 = (v761 + v767);
    tmp10[l757] = v768;
  }
  {
    let i769 = i0 + 4u;
    let j770 = j0 + 1u;
    let l771 = i769 * 300u + j770;
    let v772 = acc32.y;
    let v773 = tmp0[l771];
    let v774 = select(0.0, 1.0, v773 > 0.0);
    let v775 = select(0.0, v772, v774 != 0.0);
    let v776 = select(v772, 0.0, v774 != 0.0);
    let v777 = min(v773, 0.0);
    let v778 = exp(v777);
    let v779 = (v776 * v778);
    let v780 = select(0.0, 1.0, v773 <= 0.0);
    let v781 = (v779 * v780);
    let v782 = (v775 + v781);
    tmp10[l771] = v782;
  }
  {
    let i783 = i0 + 4u;
    let j784 = j0 + 2u;
    let l785 = i783 * 300u + j784;
    let v786 = acc32.z;
    let v787 = tmp0[l785];
    let v788 = select(0.0, 1.0, v787 > 0.0);
    let v789 = select(0.0, v786, v788 != 0.0);
    let v790 = select(v786, 0.0, v788 != 0.0);
    let v791 = min(v787, 0.0);
    let v792 = exp(v791);
    let v793 = (v790 * v792);
    let v794 = select(0.0, 1.0, v787 <= 0.0);
    let v795 = (v793 * v794);
    let v796 = (v789 + v795);
    tmp10[l785] = v796;
  }
  {
    let i797 = i0 + 4u;
    let j798 = j0 + 3u;
    let l799 = i797 * 300u + j798;
    let v800 = acc32.w;
    let v801 = tmp0[l799];
    let v802 = select(0.0, 1.0, v801 > 0.0);
    let v803 = select(0.0, v800, v802 != 0.0);
    let v804 = select(v800, 0.0, v802 != 0.0);
    let v805 = min(v801, 0.0);
    let v806 = exp(v805);
    let v807 = (v804 * v806);
    let v808 = select(0.0, 1.0, v801 <= 0.0);
    let v809 = (v807 * v808);
    let v810 = (v803 + v809);
    tmp10[l799] = v810;
  }
  {
    let i811 = i0 + 4u;
    let j812 = j0 + 4u;
    let l813 = i811 * 300u + j812;
    let v814 = acc33.x;
    let v815 = tmp0[l813];
    let v816 = select(0.0, 1.0, v815 > 0.0);
    let v817 = select(0.0, v814, v816 != 0.0);
    let v818 = select(v814, 0.0, v816 != 0.0);
    let v819 = min(v815, 0.0);
    let v820 = exp(v819);
    let v821 = (v818 * v820);
    let v822 = select(0.0, 1.0, v815 <= 0.0);
    let v823 = (v821 * v822);
    let v824 = (v817 + v823);
    tmp10[l813] = v824;
  }
  {
    let i825 = i0 + 4u;
    let j826 = j0 + 5u;
    let l827 = i825 * 300u + j826;
    let v828 = acc33.y;
    let v829 = tmp0[l827];
    let v830 = select(0.0, 1.0, v829 > 0.0);
    let v831 = select(0.0, v828, v830 != 0.0);
    let v832 = select(v828, 0.0, v830 != 0.0);
    let v833 = min(v829, 0.0);
    let v834 = exp(v833);
    let v835 = (v832 * v834);
    let v836 = select(0.0, 1.0, v829 <= 0.0);
    let v837 = (v835 * v836);
    let v838 = (v831 + v837);
    tmp10[l827] = v838;
  }
  {
    let i839 = i0 + 4u;
    let j840 = j0 + 6u;
    let l841 = i839 * 300u + j840;
    let v842 = acc33.z;
    let v843 = tmp0[l841];
    let v844 = select(0.0, 1.0, v843 > 0.0);
    let v845 = select(0.0, v842, v844 != 0.0);
    let v846 = select(v842, 0.0, v844 != 0.0);
    let v847 = min(v843, 0.0);
    let v848 = exp(v847);
    let v849 = (v846 * v848);
    let v850 = select(0.0, 1.0, v843 <= 0.0);
    let v851 = (v849 * v850);
    let v852 = (v845 + v851);
    tmp10[l841] = v852;
  }
  {
    let i853 = i0 + 4u;
    let j854 = j0 + 7u;
    let l855 = i853 * 300u + j854;
    let v856 = acc33.w;
    let v857 = tmp0[l855];
    let v858 = select(0.0, 1.0, v857 > 0.0);
    let v859 = select(0.0, v856, v858 != 0.0);
    let v860 = select(v856, 0.0, v858 != 0.0);
    let v861 = min(v857, 0.0);
    let v862 = exp(v861);
    let v863 = (v860 * v862);
    let v864 = select(0.0, 1.0, v857 <= 0.0);
    let v865 = (v863 * v864);
    let v866 = (v859 + v865);
    tmp10[l855] = v866;
  }
  {
    let i867 = i0 + 4u;
    let j868 = j0 + 8u;
    let l869 = i867 * 300u + j868;
    let v870 = acc34.x;
    let v871 = tmp0[l869];
    let v872 = select(0.0, 1.0, v871 > 0.0);
    let v873 = select(0.0, v870, v872 != 0.0);
    let v874 = select(v870, 0.0, v872 != 0.0);
    let v875 = min(v871, 0.0);
    let v876 = exp(v875);
    let v877 = (v874 * v876);
    let v878 = select(0.0, 1.0, v871 <= 0.0);
    let v879 = (v877 * v878);
    let v880 = (v873 + v879);
    tmp10[l869] = v880;
  }
  {
    let i881 = i0 + 4u;
    let j882 = j0 + 9u;
    let l883 = i881 * 300u + j882;
    let v884 = acc34.y;
    let v885 = tmp0[l883];
    let v886 = select(0.0, 1.0, v885 > 0.0);
    let v887 = select(0.0, v884, v886 != 0.0);
    let v888 = select(v884, 0.0, v886 != 0.0);
    let v889 = min(v885, 0.0);
    let v890 = exp(v889);
    let v891 = (v888 * v890);
    let v892 = select(0.0, 1.0, v885 <= 0.0);
    let v893 = (v891 * v892);
    let v894 = (v887 + v893);
    tmp10[l883] = v894;
  }
  {
    let i895 = i0 + 4u;
    let j896 = j0 + 10u;
    let l897 = i895 * 300u + j896;
    let v898 = acc34.z;
    let v899 = tmp0[l897];
    let v900 = select(0.0, 1.0, v899 > 0.0);
    let v901 = select(0.0, v898, v900 != 0.0);
    let v902 = select(v898, 0.0, v900 != 0.0);
    let v903 = min(v899, 0.0);
    let v904 = exp(v903);
    let v905 = (v902 * v904);
    let v906 = select(0.0, 1.0, v899 <= 0.0);
    let v907 = (v905 * v906);
    let v908 = (v901 + v907);
    tmp10[l897] = v908;
  }
  {
    let i909 = i0 + 4u;
    let j910 = j0 + 11u;
    let l911 = i909 * 300u + j910;
    let v912 = acc34.w;
    let v913 = tmp0[l911];
    let v914 = select(0.0, 1.0, v913 > 0.0);
    let v915 = select(0.0, v912, v914 != 0.0);
    let v916 = select(v912, 0.0, v914 != 0.0);
    let v917 = min(v913, 0.0);
    let v918 = exp(v917);
    let v919 = (v916 * v918);
    let v920 = select(0.0, 1.0, v913 <= 0.0);
    let v921 = (v919 * v920);
    let v922 = (v915 + v921);
    tmp10[l911] = v922;
  }
  {
    let i923 = i0 + 5u;
    let l924 = i923 * 300u + j0;
    let v925 = acc35.x;
    let v926 = tmp0[l924];
    let v927 = select(0.0, 1.0, v926 > 0.0);
    let v928 = select(0.0, v925, v927 != 0.0);
    let v929 = select(v925, 0.0, v927 != 0.0);
    let v930 = min(v926, 0.0);
    let v931 = exp(v930);
    let v932 = (v929 * v931);
    let v933 = select(0.0, 1.0, v926 <= 0.0);
    let v934 = (v932 * v933);
    let v935 = (v928 + v934);
    tmp10[l924] = v935;
  }
  {
    let i936 = i0 + 5u;
    let j937 = j0 + 1u;
    let l938 = i936 * 300u + j937;
    let v939 = acc35.y;
    let v940 = tmp0[l938];
    let v941 = select(0.0, 1.0, v940 > 0.0);
    let v942 = select(0.0, v939, v941 != 0.0);
    let v943 = select(v939, 0.0, v941 != 0.0);
    let v944 = min(v940, 0.0);
    let v945 = exp(v944);
    let v946 = (v943 * v945);
    let v947 = select(0.0, 1.0, v940 <= 0.0);
    let v948 = (v946 * v947);
    let v949 = (v942 + v948);
    tmp10[l938] = v949;
  }
  {
    let i950 = i0 + 5u;
    let j951 = j0 + 2u;
    let l952 = i950 * 300u + j951;
    let v953 = acc35.z;
    let v954 = tmp0[l952];
    let v955 = select(0.0, 1.0, v954 > 0.0);
    let v956 = select(0.0, v953, v955 != 0.0);
    let v957 = select(v953, 0.0, v955 != 0.0);
    let v958 = min(v954, 0.0);
    let v959 = exp(v958);
    let v960 = (v957 * v959);
    let v961 = select(0.0, 1.0, v954 <= 0.0);
    let v962 = (v960 * v961);
    let v963 = (v956 + v962);
    tmp10[l952] = v963;
  }
  {
    let i964 = i0 + 5u;
    let j965 = j0 + 3u;
    let l966 = i964 * 300u + j965;
    let v967 = acc35.w;
    let v968 = tmp0[l966];
    let v969 = select(0.0, 1.0, v968 > 0.0);
    let v970 = select(0.0, v967, v969 != 0.0);
    let v971 = select(v967, 0.0, v969 != 0.0);
    let v972 = min(v968, 0.0);
    let v973 = exp(v972);
    let v974 = (v971 * v973);
    let v975 = select(0.0, 1.0, v968 <= 0.0);
    let v976 = (v974 * v975);
    let v977 = (v970 + v976);
    tmp10[l966] = v977;
  }
  {
    let i978 = i0 + 5u;
    let j979 = j0 + 4u;
    let l980 = i978 * 300u + j979;
    let v981 = acc36.x;
    let v982 = tmp0[l980];
    let v983 = select(0.0, 1.0, v982 > 0.0);
    let v984 = select(0.0, v981, v983 != 0.0);
    let v985 = select(v981, 0.0, v983 != 0.0);
    let v986 = min(v982, 0.0);
    let v987 = exp(v986);
    let v988 = (v985 * v987);
    let v989 = select(0.0, 1.0, v982 <= 0.0);
    let v990 = (v988 * v989);
    let v991 = (v984 + v990);
    tmp10[l980] = v991;
  }
  {
    let i992 = i0 + 5u;
    let j993 = j0 + 5u;
    let l994 = i992 * 300u + j993;
    let v995 = acc36.y;
    let v996 = tmp0[l994];
    let v997 = select(0.0, 1.0, v996 > 0.0);
    let v998 = select(0.0, v995, v997 != 0.0);
    let v999 = select(v995, 0.0, v997 != 0.0);
    let v1000 = min(v996, 0.0);
    let v1001 = exp(v1000);
    let v1002 = (v999 * v1001);
    let v1003 = select(0.0, 1.0, v996 <= 0.0);
    let v1004 = (v1002 * v1003);
    let v1005 = (v998 + v1004);
    tmp10[l994] = v1005;
  }
  {
    let i1006 = i0 + 5u;
    let j1007 = j0 + 6u;
    let l1008 = i1006 * 300u + j1007;
    let v1009 = acc36.z;
    let v1010 = tmp0[l1008];
    let v1011 = select(0.0, 1.0, v1010 > 0.0);
    let v1012 = select(0.0, v1009, v1011 != 0.0);
    let v1013 = select(v1009, 0.0, v1011 != 0.0);
    let v1014 = min(v1010, 0.0);
    let v1015 = exp(v1014);
    let v1016 = (v1013 * v1015);
    let v1017 = select(0.0, 1.0, v1010 <= 0.0);
    let v1018 = (v1016 * v1017);
    let v1019 = (v1012 + v1018);
    tmp10[l1008] = v1019;
  }
  {
    let i1020 = i0 + 5u;
    let j1021 = j0 + 7u;
    let l1022 = i1020 * 300u + j1021;
    let v1023 = acc36.w;
    let v1024 = tmp0[l1022];
    let v1025 = select(0.0, 1.0, v1024 > 0.0);
    let v1026 = select(0.0, v1023, v1025 != 0.0);
    let v1027 = select(v1023, 0.0, v1025 != 0.0);
    let v1028 = min(v1024, 0.0);
    let v1029 = exp(v1028);
    let v1030 = (v1027 * v1029);
    let v1031 = select(0.0, 1.0, v1024 <= 0.0);
    let v1032 = (v1030 * v1031);
    let v1033 = (v1026 + v1032);
    tmp10[l1022] = v1033;
  }
  {
    let i1034 = i0 + 5u;
    let j1035 = j0 + 8u;
    let l1036 = i1034 * 300u + j1035;
    let v1037 = acc37.x;
    let v1038 = tmp0[l1036];
    let v1039 = select(0.0, 1.0, v1038 > 0.0);
    let v1040 = select(0.0, v1037, v1039 != 0.0);
    let v1041 = select(v1037, 0.0, v1039 != 0.0);
    let v1042 = min(v1038, 0.0);
    let v1043 = exp(v1042);
    let v1044 = (v1041 * v1043);
    let v1045 = select(0.0, 1.0, v1038 <= 0.0);
    let v1046 = (v1044 * v1045);
    let v1047 = (v1040 + v1046);
    tmp10[l1036] = v1047;
  }
  {
    let i1048 = i0 + 5u;
    let j1049 = j0 + 9u;
    let l1050 = i1048 * 300u + j1049;
    let v1051 = acc37.y;
    let v1052 = tmp0[l1050];
    let v1053 = select(0.0, 1.0, v1052 > 0.0);
    let v1054 = select(0.0, v1051, v1053 != 0.0);
    let v1055 = select(v1051, 0.0, v1053 != 0.0);
    let v1056 = min(v1052, 0.0);
    let v1057 = exp(v1056);
    let v1058 = (v1055 * v1057);
    let v1059 = select(0.0, 1.0, v1052 <= 0.0);
    let v1060 = (v1058 * v1059);
    let v1061 = (v1054 + v1060);
    tmp10[l1050] = v1061;
  }
  {
    let i1062 = i0 + 5u;
    let j1063 = j0 + 10u;
    let l1064 = i1062 * 300u + j1063;
    let v1065 = acc37.z;
    let v1066 = tmp0[l1064];
    let v1067 = select(0.0, 1.0, v1066 > 0.0);
    let v1068 = select(0.0, v1065, v1067 != 0.0);
    let v1069 = select(v1065, 0.0, v1067 != 0.0);
    let v1070 = min(v1066, 0.0);
    let v1071 = exp(v1070);
    let v1072 = (v1069 * v1071);
    let v1073 = select(0.0, 1.0, v1066 <= 0.0);
    let v1074 = (v1072 * v1073);
    let v1075 = (v1068 + v1074);
    tmp10[l1064] = v1075;
  }
  {
    let i1076 = i0 + 5u;
    let j1077 = j0 + 11u;
    let l1078 = i1076 * 300u + j1077;
    let v1079 = acc37.w;
    let v1080 = tmp0[l1078];
    let v1081 = select(0.0, 1.0, v1080 > 0.0);
    let v1082 = select(0.0, v1079, v1081 != 0.0);
    let v1083 = select(v1079, 0.0, v1081 != 0.0);
    let v1084 = min(v1080, 0.0);
    let v1085 = exp(v1084);
    let v1086 = (v1083 * v1085);
    let v1087 = select(0.0, 1.0, v1080 <= 0.0);
    let v1088 = (v1086 * v1087);
    let v1089 = (v1082 + v1088);
    tmp10[l1078] = v1089;
  }
  {
    let i1090 = i0 + 6u;
    let l1091 = i1090 * 300u + j0;
    let v1092 = acc38.x;
    let v1093 = tmp0[l1091];
    let v1094 = select(0.0, 1.0, v1093 > 0.0);
    let v1095 = select(0.0, v1092, v1094 != 0.0);
    let v1096 = select(v1092, 0.0, v1094 != 0.0);
    let v1097 = min(v1093, 0.0);
    let v1098 = exp(v1097);
    let v1099 = (v1096 * v1098);
    let v1100 = select(0.0, 1.0, v1093 <= 0.0);
    let v1101 = (v1099 * v1100);
    let v1102 = (v1095 + v1101);
    tmp10[l1091] = v1102;
  }
  {
    let i1103 = i0 + 6u;
    let j1104 = j0 + 1u;
    let l1105 = i1103 * 300u + j1104;
    let v1106 = acc38.y;
    let v1107 = tmp0[l1105];
    let v1108 = select(0.0, 1.0, v1107 > 0.0);
    let v1109 = select(0.0, v1106, v1108 != 0.0);
    let v1110 = select(v1106, 0.0, v1108 != 0.0);
    let v1111 = min(v1107, 0.0);
    let v1112 = exp(v1111);
    let v1113 = (v1110 * v1112);
    let v1114 = select(0.0, 1.0, v1107 <= 0.0);
    let v1115 = (v1113 * v1114);
    let v1116 = (v1109 + v1115);
    tmp10[l1105] = v1116;
  }
  {
    let i1117 = i0 + 6u;
    let j1118 = j0 + 2u;
    let l1119 = i1117 * 300u + j1118;
    let v1120 = acc38.z;
    let v1121 = tmp0[l1119];
    let v1122 = select(0.0, 1.0, v1121 > 0.0);
    let v1123 = select(0.0, v1120, v1122 != 0.0);
    let v1124 = select(v1120, 0.0, v1122 != 0.0);
    let v1125 = min(v1121, 0.0);
    let v1126 = exp(v1125);
    let v1127 = (v1124 * v1126);
    let v1128 = select(0.0, 1.0, v1121 <= 0.0);
    let v1129 = (v1127 * v1128);
    let v1130 = (v1123 + v1129);
    tmp10[l1119] = v1130;
  }
  {
    let i1131 = i0 + 6u;
    let j1132 = j0 + 3u;
    let l1133 = i1131 * 300u + j1132;
    let v1134 = acc38.w;
    let v1135 = tmp0[l1133];
    let v1136 = select(0.0, 1.0, v1135 > 0.0);
    let v1137 = select(0.0, v1134, v1136 != 0.0);
    let v1138 = select(v1134, 0.0, v1136 != 0.0);
    let v1139 = min(v1135, 0.0);
    let v1140 = exp(v1139);
    let v1141 = (v1138 * v1140);
    let v1142 = select(0.0, 1.0, v1135 <= 0.0);
    let v1143 = (v1141 * v1142);
    let v1144 = (v1137 + v1143);
    tmp10[l1133] = v1144;
  }
  {
    let i1145 = i0 + 6u;
    let j1146 = j0 + 4u;
    let l1147 = i1145 * 300u + j1146;
    let v1148 = acc39.x;
    let v1149 = tmp0[l1147];
    let v1150 = select(0.0, 1.0, v1149 > 0.0);
    let v1151 = select(0.0, v1148, v1150 != 0.0);
    let v1152 = select(v1148, 0.0, v1150 != 0.0);
    let v1153 = min(v1149, 0.0);
    let v1154 = exp(v1153);
    let v1155 = (v1152 * v1154);
    let v1156 = select(0.0, 1.0, v1149 <= 0.0);
    let v1157 = (v1155 * v1156);
    let v1158 = (v1151 + v1157);
    tmp10[l1147] = v1158;
  }
  {
    let i1159 = i0 + 6u;
    let j1160 = j0 + 5u;
    let l1161 = i1159 * 300u + j1160;
    let v1162 = acc39.y;
    let v1163 = tmp0[l1161];
    let v1164 = select(0.0, 1.0, v1163 > 0.0);
    let v1165 = select(0.0, v1162, v1164 != 0.0);
    let v1166 = select(v1162, 0.0, v1164 != 0.0);
    let v1167 = min(v1163, 0.0);
    let v1168 = exp(v1167);
    let v1169 = (v1166 * v1168);
    let v1170 = select(0.0, 1.0, v1163 <= 0.0);
    let v1171 = (v1169 * v1170);
    let v1172 = (v1165 + v1171);
    tmp10[l1161] = v1172;
  }
  {
    let i1173 = i0 + 6u;
    let j1174 = j0 + 6u;
    let l1175 = i1173 * 300u + j1174;
    let v1176 = acc39.z;
    let v1177 = tmp0[l1175];
    let v1178 = select(0.0, 1.0, v1177 > 0.0);
    let v1179 = select(0.0, v1176, v1178 != 0.0);
    let v1180 = select(v1176, 0.0, v1178 != 0.0);
    let v1181 = min(v1177, 0.0);
    let v1182 = exp(v1181);
    let v1183 = (v1180 * v1182);
    let v1184 = select(0.0, 1.0, v1177 <= 0.0);
    let v1185 = (v1183 * v1184);
    let v1186 = (v1179 + v1185);
    tmp10[l1175] = v1186;
  }
  {
    let i1187 = i0 + 6u;
    let j1188 = j0 + 7u;
    let l1189 = i1187 * 300u + j1188;
    let v1190 = acc39.w;
    let v1191 = tmp0[l1189];
    let v1192 = select(0.0, 1.0, v1191 > 0.0);
    let v1193 = select(0.0, v1190, v1192 != 0.0);
    let v1194 = select(v1190, 0.0, v1192 != 0.0);
    let v1195 = min(v1191, 0.0);
    let v1196 = exp(v1195);
    let v1197 = (v1194 * v1196);
    let v1198 = select(0.0, 1.0, v1191 <= 0.0);
    let v1199 = (v1197 * v1198);
    let v1200 = (v1193 + v1199);
    tmp10[l1189] = v1200;
  }
  {
    let i1201 = i0 + 6u;
    let j1202 = j0 + 8u;
    let l1203 = i1201 * 300u + j1202;
    let v1204 = acc40.x;
    let v1205 = tmp0[l1203];
    let v1206 = select(0.0, 1.0, v1205 > 0.0);
    let v1207 = select(0.0, v1204, v1206 != 0.0);
    let v1208 = select(v1204, 0.0, v1206 != 0.0);
    let v1209 = min(v1205, 0.0);
    let v1210 = exp(v1209);
    let v1211 = (v1208 * v1210);
    let v1212 = select(0.0, 1.0, v1205 <= 0.0);
    let v1213 = (v1211 * v1212);
    let v1214 = (v1207 + v1213);
    tmp10[l1203] = v1214;
  }
  {
    let i1215 = i0 + 6u;
    let j1216 = j0 + 9u;
    let l1217 = i1215 * 300u + j1216;
    let v1218 = acc40.y;
    let v1219 = tmp0[l1217];
    let v1220 = select(0.0, 1.0, v1219 > 0.0);
    let v1221 = select(0.0, v1218, v1220 != 0.0);
    let v1222 = select(v1218, 0.0, v1220 != 0.0);
    let v1223 = min(v1219, 0.0);
    let v1224 = exp(v1223);
    let v1225 = (v1222 * v1224);
    let v1226 = select(0.0, 1.0, v1219 <= 0.0);
    let v1227 = (v1225 * v1226);
    let v1228 = (v1221 + v1227);
    tmp10[l1217] = v1228;
  }
  {
    let i1229 = i0 + 6u;
    let j1230 = j0 + 10u;
    let l1231 = i1229 * 300u + j1230;
    let v1232 = acc40.z;
    let v1233 = tmp0[l1231];
    let v1234 = select(0.0, 1.0, v1233 > 0.0);
    let v1235 = select(0.0, v1232, v1234 != 0.0);
    let v1236 = select(v1232, 0.0, v1234 != 0.0);
    let v1237 = min(v1233, 0.0);
    let v1238 = exp(v1237);
    let v1239 = (v1236 * v1238);
    let v1240 = select(0.0, 1.0, v1233 <= 0.0);
    let v1241 = (v1239 * v1240);
    let v1242 = (v1235 + v1241);
    tmp10[l1231] = v1242;
  }
  {
    let i1243 = i0 + 6u;
    let j1244 = j0 + 11u;
    let l1245 = i1243 * 300u + j1244;
    let v1246 = acc40.w;
    let v1247 = tmp0[l1245];
    let v1248 = select(0.0, 1.0, v1247 > 0.0);
    let v1249 = select(0.0, v1246, v1248 != 0.0);
    let v1250 = select(v1246, 0.0, v1248 != 0.0);
    let v1251 = min(v1247, 0.0);
    let v1252 = exp(v1251);
    let v1253 = (v1250 * v1252);
    let v1254 = select(0.0, 1.0, v1247 <= 0.0);
    let v1255 = (v1253 * v1254);
    let v1256 = (v1249 + v1255);
    tmp10[l1245] = v1256;
  }
  {
    let i1257 = i0 + 7u;
    let l1258 = i1257 * 300u + j0;
    let v1259 = acc41.x;
    let v1260 = tmp0[l1258];
    let v1261 = select(0.0, 1.0, v1260 > 0.0);
    let v1262 = select(0.0, v1259, v1261 != 0.0);
    let v1263 = select(v1259, 0.0, v1261 != 0.0);
    let v1264 = min(v1260, 0.0);
    let v1265 = exp(v1264);
    let v1266 = (v1263 * v1265);
    let v1267 = select(0.0, 1.0, v1260 <= 0.0);
    let v1268 = (v1266 * v1267);
    let v1269 = (v1262 + v1268);
    tmp10[l1258] = v1269;
  }
  {
    let i1270 = i0 + 7u;
    let j1271 = j0 + 1u;
    let l1272 = i1270 * 300u + j1271;
    let v1273 = acc41.y;
    let v1274 = tmp0[l1272];
    let v1275 = select(0.0, 1.0, v1274 > 0.0);
    let v1276 = select(0.0, v1273, v1275 != 0.0);
    let v1277 = select(v1273, 0.0, v1275 != 0.0);
    let v1278 = min(v1274, 0.0);
    let v1279 = exp(v1278);
    let v1280 = (v1277 * v1279);
    let v1281 = select(0.0, 1.0, v1274 <= 0.0);
    let v1282 = (v1280 * v1281);
    let v1283 = (v1276 + v1282);
    tmp10[l1272] = v1283;
  }
  {
    let i1284 = i0 + 7u;
    let j1285 = j0 + 2u;
    let l1286 = i1284 * 300u + j1285;
    let v1287 = acc41.z;
    let v1288 = tmp0[l1286];
    let v1289 = select(0.0, 1.0, v1288 > 0.0);
    let v1290 = select(0.0, v1287, v1289 != 0.0);
    let v1291 = select(v1287, 0.0, v1289 != 0.0);
    let v1292 = min(v1288, 0.0);
    let v1293 = exp(v1292);
    let v1294 = (v1291 * v1293);
    let v1295 = select(0.0, 1.0, v1288 <= 0.0);
    let v1296 = (v1294 * v1295);
    let v1297 = (v1290 + v1296);
    tmp10[l1286] = v1297;
  }
  {
    let i1298 = i0 + 7u;
    let j1299 = j0 + 3u;
    let l1300 = i1298 * 300u + j1299;
    let v1301 = acc41.w;
    let v1302 = tmp0[l1300];
    let v1303 = select(0.0, 1.0, v1302 > 0.0);
    let v1304 = select(0.0, v1301, v1303 != 0.0);
    let v1305 = select(v1301, 0.0, v1303 != 0.0);
    let v1306 = min(v1302, 0.0);
    let v1307 = exp(v1306);
    let v1308 = (v1305 * v1307);
    let v1309 = select(0.0, 1.0, v1302 <= 0.0);
    let v1310 = (v1308 * v1309);
    let v1311 = (v1304 + v1310);
    tmp10[l1300] = v1311;
  }
  {
    let i1312 = i0 + 7u;
    let j1313 = j0 + 4u;
    let l1314 = i1312 * 300u + j1313;
    let v1315 = acc42.x;
    let v1316 = tmp0[l1314];
    let v1317 = select(0.0, 1.0, v1316 > 0.0);
    let v1318 = select(0.0, v1315, v1317 != 0.0);
    let v1319 = select(v1315, 0.0, v1317 != 0.0);
    let v1320 = min(v1316, 0.0);
    let v1321 = exp(v1320);
    let v1322 = (v1319 * v1321);
    let v1323 = select(0.0, 1.0, v1316 <= 0.0);
    let v1324 = (v1322 * v1323);
    let v1325 = (v1318 + v1324);
    tmp10[l1314] = v1325;
  }
  {
    let i1326 = i0 + 7u;
    let j1327 = j0 + 5u;
    let l1328 = i1326 * 300u + j1327;
    let v1329 = acc42.y;
    let v1330 = tmp0[l1328];
    let v1331 = select(0.0, 1.0, v1330 > 0.0);
    let v1332 = select(0.0, v1329, v1331 != 0.0);
    let v1333 = select(v1329, 0.0, v1331 != 0.0);
    let v1334 = min(v1330, 0.0);
    let v1335 = exp(v1334);
    let v1336 = (v1333 * v1335);
    let v1337 = select(0.0, 1.0, v1330 <= 0.0);
    let v1338 = (v1336 * v1337);
    let v1339 = (v1332 + v1338);
    tmp10[l1328] = v1339;
  }
  {
    let i1340 = i0 + 7u;
    let j1341 = j0 + 6u;
    let l1342 = i1340 * 300u + j1341;
    let v1343 = acc42.z;
    let v1344 = tmp0[l1342];
    let v1345 = select(0.0, 1.0, v1344 > 0.0);
    let v1346 = select(0.0, v1343, v1345 != 0.0);
    let v1347 = select(v1343, 0.0, v1345 != 0.0);
    let v1348 = min(v1344, 0.0);
    let v1349 = exp(v1348);
    let v1350 = (v1347 * v1349);
    let v1351 = select(0.0, 1.0, v1344 <= 0.0);
    let v1352 = (v1350 * v1351);
    let v1353 = (v1346 + v1352);
    tmp10[l1342] = v1353;
  }
  {
    let i1354 = i0 + 7u;
    let j1355 = j0 + 7u;
    let l1356 = i1354 * 300u + j1355;
    let v1357 = acc42.w;
    let v1358 = tmp0[l1356];
    let v1359 = select(0.0, 1.0, v1358 > 0.0);
    let v1360 = select(0.0, v1357, v1359 != 0.0);
    let v1361 = select(v1357, 0.0, v1359 != 0.0);
    let v1362 = min(v1358, 0.0);
    let v1363 = exp(v1362);
    let v1364 = (v1361 * v1363);
    let v1365 = select(0.0, 1.0, v1358 <= 0.0);
    let v1366 = (v1364 * v1365);
    let v1367 = (v1360 + v1366);
    tmp10[l1356] = v1367;
  }
  {
    let i1368 = i0 + 7u;
    let j1369 = j0 + 8u;
    let l1370 = i1368 * 300u + j1369;
    let v1371 = acc43.x;
    let v1372 = tmp0[l1370];
    let v1373 = select(0.0, 1.0, v1372 > 0.0);
    let v1374 = select(0.0, v1371, v1373 != 0.0);
    let v1375 = select(v1371, 0.0, v1373 != 0.0);
    let v1376 = min(v1372, 0.0);
    let v1377 = exp(v1376);
    let v1378 = (v1375 * v1377);
    let v1379 = select(0.0, 1.0, v1372 <= 0.0);
    let v1380 = (v1378 * v1379);
    let v1381 = (v1374 + v1380);
    tmp10[l1370] = v1381;
  }
  {
    let i1382 = i0 + 7u;
    let j1383 = j0 + 9u;
    let l1384 = i1382 * 300u + j1383;
    let v1385 = acc43.y;
    let v1386 = tmp0[l1384];
    let v1387 = select(0.0, 1.0, v1386 > 0.0);
    let v1388 = select(0.0, v1385, v1387 != 0.0);
    let v1389 = select(v1385, 0.0, v1387 != 0.0);
    let v1390 = min(v1386, 0.0);
    let v1391 = exp(v1390);
    let v1392 = (v1389 * v1391);
    let v1393 = select(0.0, 1.0, v1386 <= 0.0);
    let v1394 = (v1392 * v1393);
    let v1395 = (v1388 + v1394);
    tmp10[l1384] = v1395;
  }
  {
    let i1396 = i0 + 7u;
    let j1397 = j0 + 10u;
    let l1398 = i1396 * 300u + j1397;
    let v1399 = acc43.z;
    let v1400 = tmp0[l1398];
    let v1401 = select(0.0, 1.0, v1400 > 0.0);
    let v1402 = select(0.0, v1399, v1401 != 0.0);
    let v1403 = select(v1399, 0.0, v1401 != 0.0);
    let v1404 = min(v1400, 0.0);
    let v1405 = exp(v1404);
    let v1406 = (v1403 * v1405);
    let v1407 = select(0.0, 1.0, v1400 <= 0.0);
    let v1408 = (v1406 * v1407);
    let v1409 = (v1402 + v1408);
    tmp10[l1398] = v1409;
  }
  {
    let i1410 = i0 + 7u;
    let j1411 = j0 + 11u;
    let l1412 = i1410 * 300u + j1411;
    let v1413 = acc43.w;
    let v1414 = tmp0[l1412];
    let v1415 = select(0.0, 1.0, v1414 > 0.0);
    let v1416 = select(0.0, v1413, v1415 != 0.0);
    let v1417 = select(v1413, 0.0, v1415 != 0.0);
    let v1418 = min(v1414, 0.0);
    let v1419 = exp(v1418);
    let v1420 = (v1417 * v1419);
    let v1421 = select(0.0, 1.0, v1414 <= 0.0);
    let v1422 = (v1420 * v1421);
    let v1423 = (v1416 + v1422);
    tmp10[l1412] = v1423;
  }
}

// ---- 021_matmul_hidden1_dense_kernel_sgd.wgsl
@group(0) @binding(0) var<storage, read> in_X_v4: array<vec4<f32>>;
@group(0) @binding(1) var<storage, read> tmp10_v4: array<vec4<f32>>;
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
    let bv45 = tmp10_v4[(kq44 * 300u + j0) / 4u];
    let bv46 = tmp10_v4[(kq44 * 300u + j0) / 4u + 1u];
    let bv47 = tmp10_v4[(kq44 * 300u + j0) / 4u + 2u];
    let aq48 = in_X_v4[(kq44 * 784u + i0) / 4u + 0u];
    let aq49 = in_X_v4[(kq44 * 784u + i0) / 4u + 1u];
    let kq50 = k * 4u + 1u;
    let bv51 = tmp10_v4[(kq50 * 300u + j0) / 4u];
    let bv52 = tmp10_v4[(kq50 * 300u + j0) / 4u + 1u];
    let bv53 = tmp10_v4[(kq50 * 300u + j0) / 4u + 2u];
    let aq54 = in_X_v4[(kq50 * 784u + i0) / 4u + 0u];
    let aq55 = in_X_v4[(kq50 * 784u + i0) / 4u + 1u];
    let kq56 = k * 4u + 2u;
    let bv57 = tmp10_v4[(kq56 * 300u + j0) / 4u];
    let bv58 = tmp10_v4[(kq56 * 300u + j0) / 4u + 1u];
    let bv59 = tmp10_v4[(kq56 * 300u + j0) / 4u + 2u];
    let aq60 = in_X_v4[(kq56 * 784u + i0) / 4u + 0u];
    let aq61 = in_X_v4[(kq56 * 784u + i0) / 4u + 1u];
    let kq62 = k * 4u + 3u;
    let bv63 = tmp10_v4[(kq62 * 300u + j0) / 4u];
    let bv64 = tmp10_v4[(kq62 * 300u + j0) / 4u + 1u];
    let bv65 = tmp10_v4[(kq62 * 300u + j0) / 4u + 2u];
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
    let v71 = max(v70, (-1.0));
    let v72 = min(v71, 1.0);
    let v73 = (v72 * 0.01);
    let v74 = (v69 - v73);
    s_hidden1_dense_kernel[l68] = v74;
  }
  {
    let j75 = j0 + 1u;
    let l76 = i0 * 300u + j75;
    let v77 = s_hidden1_dense_kernel[l76];
    let v78 = acc20.y;
    let v79 = max(v78, (-1.0));
    let v80 = min(v79, 1.0);
    let v81 = (v80 * 0.01);
    let v82 = (v77 - v81);
    s_hidden1_dense_kernel[l76] = v82;
  }
  {
    let j83 = j0 + 2u;
    let l84 = i0 * 300u + j83;
    let v85 = s_hidden1_dense_kernel[l84];
    let v86 = acc20.z;
    let v87 = max(v86, (-1.0));
    let v88 = min(v87, 1.0);
    let v89 = (v88 * 0.01);
    let v90 = (v85 - v89);
    s_hidden1_dense_kernel[l84] = v90;
  }
  {
    let j91 = j0 + 3u;
    let l92 = i0 * 300u + j91;
    let v93 = s_hidden1_dense_kernel[l92];
    let v94 = acc20.w;
    let v95 = max(v94, (-1.0));
    let v96 = min(v95, 1.0);
    let v97 = (v96 * 0.01);
    let v98 = (v93 - v97);
    s_hidden1_dense_kernel[l92] = v98;
  }
  {
    let j99 = j0 + 4u;
    let l100 = i0 * 300u + j99;
    let v101 = s_hidden1_dense_kernel[l100];
    let v102 = acc21.x;
    let v103 = max(v102, (-1.0));
    let v104 = min(v103, 1.0);
    let v105 = (v104 * 0.01);
    let v106 = (v101 - v105);
    s_hidden1_dense_kernel[l100] = v106;
  }
  {
    let j107 = j0 + 5u;
    let l108 = i0 * 300u + j107;
    let v109 = s_hidden1_dense_kernel[l108];
    let v110 = acc21.y;
    let v111 = max(v110, (-1.0));
    let v112 = min(v111, 1.0);
    let v113 = (v112 * 0.01);
    let v114 = (v109 - v113);
    s_hidden1_dense_kernel[l108] = v114;
  }
  {
    let j115 = j0 + 6u;
    let l116 = i0 * 300u + j115;
    let v117 = s_hidden1_dense_kernel[l116];
    let v118 = acc21.z;
    let v119 = max(v118, (-1.0));
    let v120 = min(v119, 1.0);
    let v121 = (v120 * 0.01);
    let v122 = (v117 - v121);
    s_hidden1_dense_kernel[l116] = v122;
  }
  {
    let j123 = j0 + 7u;
    let l124 = i0 * 300u + j123;
    let v125 = s_hidden1_dense_kernel[l124];
    let v126 = acc21.w;
    let v127 = max(v126, (-1.0));
    let v128 = min(v127, 1.0);
    let v129 = (v128 * 0.01);
    let v130 = (v125 - v129);
    s_hidden1_dense_kernel[l124] = v130;
  }
  {
    let j131 = j0 + 8u;
    let l132 = i0 * 300u + j131;
    let v133 = s_hidden1_dense_kernel[l132];
    let v134 = acc22.x;
    let v135 = max(v134, (-1.0));
    let v136 = min(v135, 1.0);
    let v137 = (v136 * 0.01);
    let v138 = (v133 - v137);
    s_hidden1_dense_kernel[l132] = v138;
  }
  {
    let j139 = j0 + 9u;
    let l140 = i0 * 300u + j139;
    let v141 = s_hidden1_dense_kernel[l140];
    let v142 = acc22.y;
    let v143 = max(v142, (-1.0));
    let v144 = min(v143, 1.0);
    let v145 = (v144 * 0.01);
    let v146 = (v141 - v145);
    s_hidden1_dense_kernel[l140] = v146;
  }
  {
    let j147 = j0 + 10u;
    let l148 = i0 * 300u + j147;
    let v149 = s_hidden1_dense_kernel[l148];
    let v150 = acc22.z;
    let v151 = max(v150, (-1.0));
    let v152 = min(v151, 1.0);
    let v153 = (v152 * 0.01);
    let v154 = (v149 - v153);
    s_hidden1_dense_kernel[l148] = v154;
  }
  {
    let j155 = j0 + 11u;
    let l156 = i0 * 300u + j155;
    let v157 = s_hidden1_dense_kernel[l156];
    let v158 = acc22.w;
    let v159 = max(v158, (-1.0));
    let v160 = min(v159, 1.0);
    let v161 = (v160 * 0.01);
    let v162 = (v157 - v161);
    s_hidden1_dense_kernel[l156] = v162;
  }
  {
    let i163 = i0 + 1u;
    let l164 = i163 * 300u + j0;
    let v165 = s_hidden1_dense_kernel[l164];
    let v166 = acc23.x;
    let v167 = max(v166, (-1.0));
    let v168 = min(v167, 1.0);
    let v169 = (v168 * 0.01);
    let v170 = (v165 - v169);
    s_hidden1_dense_kernel[l164] = v170;
  }
  {
    let i171 = i0 + 1u;
    let j172 = j0 + 1u;
    let l173 = i171 * 300u + j172;
    let v174 = s_hidden1_dense_kernel[l173];
    let v175 = acc23.y;
    let v176 = max(v175, (-1.0));
    let v177 = min(v176, 1.0);
    let v178 = (v177 * 0.01);
    let v179 = (v174 - v178);
    s_hidden1_dense_kernel[l173] = v179;
  }
  {
    let i180 = i0 + 1u;
    let j181 = j0 + 2u;
    let l182 = i180 * 300u + j181;
    let v183 = s_hidden1_dense_kernel[l182];
    let v184 = acc23.z;
    let v185 = max(v184, (-1.0));
    let v186 = min(v185, 1.0);
    let v187 = (v186 * 0.01);
    let v188 = (v183 - v187);
    s_hidden1_dense_kernel[l182] = v188;
  }
  {
    let i189 = i0 + 1u;
    let j190 = j0 + 3u;
    let l191 = i189 * 300u + j190;
    let v192 = s_hidden1_dense_kernel[l191];
    let v193 = acc23.w;
    let v194 = max(v193, (-1.0));
    let v195 = min(v194, 1.0);
    let v196 = (v195 * 0.01);
    let v197 = (v192 - v196);
    s_hidden1_dense_kernel[l191] = v197;
  }
  {
    let i198 = i0 + 1u;
    let j199 = j0 + 4u;
    let l200 = i198 * 300u + j199;
    let v201 = s_hidden1_dense_kernel[l200];
    let v202 = acc24.x;
    let v203 = max(v202, (-1.0));
    let v204 = min(v203, 1.0);
    let v205 = (v204 * 0.01);
    let v206 = (v201 - v205);
    s_hidden1_dense_kernel[l200] = v206;
  }
  {
    let i207 = i0 + 1u;
    let j208 = j0 + 5u;
    let l209 = i207 * 300u + j208;
    let v210 = s_hidden1_dense_kernel[l209];
    let v211 = acc24.y;
    let v212 = max(v211, (-1.0));
    let v213 = min(v212, 1.0);
    let v214 = (v213 * 0.01);
    let v215 = (v210 - v214);
    s_hidden1_dense_kernel[l209] = v215;
  }
  {
    let i216 = i0 + 1u;
    let j217 = j0 + 6u;
    let l218 = i216 * 300u + j217;
    let v219 = s_hidden1_dense_kernel[l218];
    let v220 = acc24.z;
    let v221 = max(v220, (-1.0));
    let v222 = min(v221, 1.0);
    let v223 = (v222 * 0.01);
    let v224 = (v219 - v223);
    s_hidden1_dense_kernel[l218] = v224;
  }
  {
    let i225 = i0 + 1u;
    let j226 = j0 + 7u;
    let l227 = i225 * 300u + j226;
    let v228 = s_hidden1_dense_kernel[l227];
    let v229 = acc24.w;
    let v230 = max(v229, (-1.0));
    let v231 = min(v230, 1.0);
    let v232 = (v231 * 0.01);
    let v233 = (v228 - v232);
    s_hidden1_dense_kernel[l227] = v233;
  }
  {
    let i234 = i0 + 1u;
    let j235 = j0 + 8u;
    let l236 = i234 * 300u + j235;
    let v237 = s_hidden1_dense_kernel[l236];
    let v238 = acc25.x;
    let v239 = max(v238, (-1.0));
    let v240 = min(v239, 1.0);
    let v241 = (v240 * 0.01);
    let v242 = (v237 - v241);
    s_hidden1_dense_kernel[l236] = v242;
  }
  {
    let i243 = i0 + 1u;
    let j244 = j0 + 9u;
    let l245 = i243 * 300u + j244;
    let v246 = s_hidden1_dense_kernel[l245];
    let v247 = acc25.y;
    let v248 = max(v247, (-1.0));
    let v249 = min(v248, 1.0);
    let v250 = (v249 * 0.01);
    let v251 = (v246 - v250);
    s_hidden1_dense_kernel[l245] = v251;
  }
  {
    let i252 = i0 + 1u;
    let j253 = j0 + 10u;
    let l254 = i252 * 300u + j253;
    let v255 = s_hidden1_dense_kernel[l254];
    let v256 = acc25.z;
    let v257 = max(v256, (-1.0));
    let v258 = min(v257, 1.0);
    let v259 = (v258 * 0.01);
    let v260 = (v255 - v259);
    s_hidden1_dense_kernel[l254] = v260;
  }
  {
    let i261 = i0 + 1u;
    let j262 = j0 + 11u;
    let l263 = i261 * 300u + j262;
    let v264 = s_hidden1_dense_kernel[l263];
    let v265 = acc25.w;
    let v266 = max(v265, (-1.0));
    let v267 = min(v266, 1.0);
    let v268 = (v267 * 0.01);
    let v269 = (v264 - v268);
    s_hidden1_dense_kernel[l263] = v269;
  }
  {
    let i270 = i0 + 2u;
    let l271 = i270 * 300u + j0;
    let v272 = s_hidden1_dense_kernel[l271];
    let v273 = acc26.x;
    let v274 = max(v273, (-1.0));
    let v275 = min(v274, 1.0);
    let v276 = (v275 * 0.01);
    let v277 = (v272 - v276);
    s_hidden1_dense_kernel[l271] = v277;
  }
  {
    let i278 = i0 + 2u;
    let j279 = j0 + 1u;
    let l280 = i278 * 300u + j279;
    let v281 = s_hidden1_dense_kernel[l280];
    let v282 = acc26.y;
    let v283 = max(v282, (-1.0));
    let v284 = min(v283, 1.0);
    let v285 = (v284 * 0.01);
    let v286 = (v281 - v285);
    s_hidden1_dense_kernel[l280] = v286;
  }
  {
    let i287 = i0 + 2u;
    let j288 = j0 + 2u;
    let l289 = i287 * 300u + j288;
    let v290 = s_hidden1_dense_kernel[l289];
    let v291 = acc26.z;
    let v292 = max(v291, (-1.0));
    let v293 = min(v292, 1.0);
    let v294 = (v293 * 0.01);
    let v295 = (v290 - v294);
    s_hidden1_dense_kernel[l289] = v295;
  }
  {
    let i296 = i0 + 2u;
    let j297 = j0 + 3u;
    let l298 = i296 * 300u + j297;
    let v299 = s_hidden1_dense_kernel[l298];
    let v300 = acc26.w;
    let v301 = max(v300, (-1.0));
    let v302 = min(v301, 1.0);
    let v303 = (v302 * 0.01);
    let v304 = (v299 - v303);
    s_hidden1_dense_kernel[l298] = v304;
  }
  {
    let i305 = i0 + 2u;
    let j306 = j0 + 4u;
    let l307 = i305 * 300u + j306;
    let v308 = s_hidden1_dense_kernel[l307];
    let v309 = acc27.x;
    let v310 = max(v309, (-1.0));
    let v311 = min(v310, 1.0);
    let v312 = (v311 * 0.01);
    let v313 = (v308 - v312);
    s_hidden1_dense_kernel[l307] = v313;
  }
  {
    let i314 = i0 + 2u;
    let j315 = j0 + 5u;
    let l316 = i314 * 300u + j315;
    let v317 = s_hidden1_dense_kernel[l316];
    let v318 = acc27.y;
    let v319 = max(v318, (-1.0));
    let v320 = min(v319, 1.0);
    let v321 = (v320 * 0.01);
    let v322 = (v317 - v321);
    s_hidden1_dense_kernel[l316] = v322;
  }
  {
    let i323 = i0 + 2u;
    let j324 = j0 + 6u;
    let l325 = i323 * 300u + j324;
    let v326 = s_hidden1_dense_kernel[l325];
    let v327 = acc27.z;
    let v328 = max(v327, (-1.0));
    let v329 = min(v328, 1.0);
    let v330 = (v329 * 0.01);
    let v331 = (v326 - v330);
    s_hidden1_dense_kernel[l325] = v331;
  }
  {
    let i332 = i0 + 2u;
    let j333 = j0 + 7u;
    let l334 = i332 * 300u + j333;
    let v335 = s_hidden1_dense_kernel[l334];
    let v336 = acc27.w;
    let v337 = max(v336, (-1.0));
    let v338 = min(v337, 1.0);
    let v339 = (v338 * 0.01);
    let v340 = (v335 - v339);
    s_hidden1_dense_kernel[l334] = v340;
  }
  {
    let i341 = i0 + 2u;
    let j342 = j0 + 8u;
    let l343 = i341 * 300u + j342;
    let v344 = s_hidden1_dense_kernel[l343];
    let v345 = acc28.x;
    let v346 = max(v345, (-1.0));
    let v347 = min(v346, 1.0);
    let v348 = (v347 * 0.01);
    let v349 = (v344 - v348);
    s_hidden1_dense_kernel[l343] = v349;
  }
  {
    let i350 = i0 + 2u;
    let j351 = j0 + 9u;
    let l352 = i350 * 300u + j351;
    let v353 = s_hidden1_dense_kernel[l352];
    let v354 = acc28.y;
    let v355 = max(v354, (-1.0));
    let v356 = min(v355, 1.0);
    let v357 = (v356 * 0.01);
    let v358 = (v353 - v357);
    s_hidden1_dense_kernel[l352] = v358;
  }
  {
    let i359 = i0 + 2u;
    let j360 = j0 + 10u;
    let l361 = i359 * 300u + j360;
    let v362 = s_hidden1_dense_kernel[l361];
    let v363 = acc28.z;
    let v364 = max(v363, (-1.0));
    let v365 = min(v364, 1.0);
    let v366 = (v365 * 0.01);
    let v367 = (v362 - v366);
    s_hidden1_dense_kernel[l361] = v367;
  }
  {
    let i368 = i0 + 2u;
    let j369 = j0 + 11u;
    let l370 = i368 * 300u + j369;
    let v371 = s_hidden1_dense_kernel[l370];
    let v372 = acc28.w;
    let v373 = max(v372, (-1.0));
    let v374 = min(v373, 1.0);
    let v375 = (v374 * 0.01);
    let v376 = (v371 - v375);
    s_hidden1_dense_kernel[l370] = v376;
  }
  {
    let i377 = i0 + 3u;
    let l378 = i377 * 300u + j0;
    let v379 = s_hidden1_dense_kernel[l378];
    let v380 = acc29.x;
    let v381 = max(v380, (-1.0));
    let v382 = min(v381, 1.0);
    let v383 = (v382 * 0.01);
    let v384 = (v379 - v383);
    s_hidden1_dense_kernel[l378] = v384;
  }
  {
    let i385 = i0 + 3u;
    let j386 = j0 + 1u;
    let l387 = i385 * 300u + j386;
    let v388 = s_hidden1_dense_kernel[l387];
    let v389 = acc29.y;
    let v390 = max(v389, (-1.0));
    let v391 = min(v390, 1.0);
    let v392 = (v391 * 0.01);
    let v393 = (v388 - v392);
    s_hidden1_dense_kernel[l387] = v393;
  }
  {
    let i394 = i0 + 3u;
    let j395 = j0 + 2u;
    let l396 = i394 * 300u + j395;
    let v397 = s_hidden1_dense_kernel[l396];
    let v398 = acc29.z;
    let v399 = max(v398, (-1.0));
    let v400 = min(v399, 1.0);
    let v401 = (v400 * 0.01);
    let v402 = (v397 - v401);
    s_hidden1_dense_kernel[l396] = v402;
  }
  {
    let i403 = i0 + 3u;
    let j404 = j0 + 3u;
    let l405 = i403 * 300u + j404;
    let v406 = s_hidden1_dense_kernel[l405];
    let v407 = acc29.w;
    let v408 = max(v407, (-1.0));
    let v409 = min(v408, 1.0);
    let v410 = (v409 * 0.01);
    let v411 = (v406 - v410);
    s_hidden1_dense_kernel[l405] = v411;
  }
  {
    let i412 = i0 + 3u;
    let j413 = j0 + 4u;
    let l414 = i412 * 300u + j413;
    let v415 = s_hidden1_dense_kernel[l414];
    let v416 = acc30.x;
    let v417 = max(v416, (-1.0));
    let v418 = min(v417, 1.0);
    let v419 = (v418 * 0.01);
    let v420 = (v415 - v419);
    s_hidden1_dense_kernel[l414] = v420;
  }
  {
    let i421 = i0 + 3u;
    let j422 = j0 + 5u;
    let l423 = i421 * 300u + j422;
    let v424 = s_hidden1_dense_kernel[l423];
    let v425 = acc30.y;
    let v426 = max(v425, (-1.0));
    let v427 = min(v426, 1.0);
    let v428 = (v427 * 0.01);
    let v429 = (v424 - v428);
    s_hidden1_dense_kernel[l423] = v429;
  }
  {
    let i430 = i0 + 3u;
    let j431 = j0 + 6u;
    let l432 = i430 * 300u + j431;
    let v433 = s_hidden1_dense_kernel[l432];
    let v434 = acc30.z;
    let v435 = max(v434, (-1.0));
    let v436 = min(v435, 1.0);
    let v437 = (v436 * 0.01);
    let v438 = (v433 - v437);
    s_hidden1_dense_kernel[l432] = v438;
  }
  {
    let i439 = i0 + 3u;
    let j440 = j0 + 7u;
    let l441 = i439 * 300u + j440;
    let v442 = s_hidden1_dense_kernel[l441];
    let v443 = acc30.w;
    let v444 = max(v443, (-1.0));
    let v445 = min(v444, 1.0);
    let v446 = (v445 * 0.01);
    let v447 = (v442 - v446);
    s_hidden1_dense_kernel[l441] = v447;
  }
  {
    let i448 = i0 + 3u;
    let j449 = j0 + 8u;
    let l450 = i448 * 300u + j449;
    let v451 = s_hidden1_dense_kernel[l450];
    let v452 = acc31.x;
    let v453 = max(v452, (-1.0));
    let v454 = min(v453, 1.0);
    let v455 = (v454 * 0.01);
    let v456 = (v451 - v455);
    s_hidden1_dense_kernel[l450] = v456;
  }
  {
    let i457 = i0 + 3u;
    let j458 = j0 + 9u;
    let l459 = i457 * 300u + j458;
    let v460 = s_hidden1_dense_kernel[l459];
    let v461 = acc31.y;
    let v462 = max(v461, (-1.0));
    let v463 = min(v462, 1.0);
    let v464 = (v463 * 0.01);
    let v465 = (v460 - v464);
    s_hidden1_dense_kernel[l459] = v465;
  }
  {
    let i466 = i0 + 3u;
    let j467 = j0 + 10u;
    let l468 = i466 * 300u + j467;
    let v469 = s_hidden1_dense_kernel[l468];
    let v470 = acc31.z;
    let v471 = max(v470, (-1.0));
    let v472 = min(v471, 1.0);
    let v473 = (v472 * 0.01);
    let v474 = (v469 - v473);
    s_hidden1_dense_kernel[l468] = v474;
  }
  {
    let i475 = i0 + 3u;
    let j476 = j0 + 11u;
    let l477 = i475 * 300u + j476;
    let v478 = s_hidden1_dense_kernel[l477];
    let v479 = acc31.w;
    let v480 = max(v479, (-1.0));
    let v481 = min(v480, 1.0);
    let v482 = (v481 * 0.01);
    let v483 = (v478 - v482);
    s_hidden1_dense_kernel[l477] = v483;
  }
  {
    let i484 = i0 + 4u;
    let l485 = i484 * 300u + j0;
    let v486 = s_hidden1_dense_kernel[l485];
    let v487 = acc32.x;
    let v488 = max(v487, (-1.0));
    let v489 = min(v488, 1.0);
    let v490 = (v489 * 0.01);
    let v491 = (v486 - v490);
    s_hidden1_dense_kernel[l485] = v491;
  }
  {
    let i492 = i0 + 4u;
    let j493 = j0 + 1u;
    let l494 = i492 * 300u + j493;
    let v495 = s_hidden1_dense_kernel[l494];
    let v496 = acc32.y;
    let v497 = max(v496, (-1.0));
    let v498 = min(v497, 1.0);
    let v499 = (v498 * 0.01);
    let v500 = (v495 - v499);
    s_hidden1_dense_kernel[l494] = v500;
  }
  {
    let i501 = i0 + 4u;
    let j502 = j0 + 2u;
    let l503 = i501 * 300u + j502;
    let v504 = s_hidden1_dense_kernel[l503];
    let v505 = acc32.z;
    let v506 = max(v505, (-1.0));
    let v507 = min(v506, 1.0);
    let v508 = (v507 * 0.01);
    let v509 = (v504 - v508);
    s_hidden1_dense_kernel[l503] = v509;
  }
  {
    let i510 = i0 + 4u;
    let j511 = j0 + 3u;
    let l512 = i510 * 300u + j511;
    let v513 = s_hidden1_dense_kernel[l512];
    let v514 = acc32.w;
    let v515 = max(v514, (-1.0));
    let v516 = min(v515, 1.0);
    let v517 = (v516 * 0.01);
    let v518 = (v513 - v517);
    s_hidden1_dense_kernel[l512] = v518;
  }
  {
    let i519 = i0 + 4u;
    let j520 = j0 + 4u;
    let l521 = i519 * 300u + j520;
    let v522 = s_hidden1_dense_kernel[l521];
    let v523 = acc33.x;
    let v524 = max(v523, (-1.0));
    let v525 = min(v524, 1.0);
    let v526 = (v525 * 0.01);
    let v527 = (v522 - v526);
    s_hidden1_dense_kernel[l521] = v527;
  }
  {
    let i528 = i0 + 4u;
    let j529 = j0 + 5u;
    let l530 = i528 * 300u + j529;
    let v531 = s_hidden1_dense_kernel[l530];
    let v532 = acc33.y;
    let v533 = max(v532, (-1.0));
    let v534 = min(v533, 1.0);
    let v535 = (v534 * 0.01);
    let v536 = (v531 - v535);
    s_hidden1_dense_kernel[l530] = v536;
  }
  {
    let i537 = i0 + 4u;
    let j538 = j0 + 6u;
    let l539 = i537 * 300u + j538;
    let v540 = s_hidden1_dense_kernel[l539];
    let v541 = acc33.z;
    let v542 = max(v541, (-1.0));
    let v543 = min(v542, 1.0);
    let v544 = (v543 * 0.01);
    let v545 = (v540 - v544);
    s_hidden1_dense_kernel[l539] = v545;
  }
  {
    let i546 = i0 + 4u;
    let j547 = j0 + 7u;
    let l548 = i546 * 300u + j547;
    let v549 = s_hidden1_dense_kernel[l548];
    let v550 = acc33.w;
    let v551 = max(v550, (-1.0));
    let v552 = min(v551, 1.0);
    let v553 = (v552 * 0.01);
    let v554 = (v549 - v553);
    s_hidden1_dense_kernel[l548] = v554;
  }
  {
    let i555 = i0 + 4u;
    let j556 = j0 + 8u;
    let l557 = i555 * 300u + j556;
    let v558 = s_hidden1_dense_kernel[l557];
    let v559 = acc34.x;
    let v560 = max(v559, (-1.0));
    let v561 = min(v560, 1.0);
    let v562 = (v561 * 0.01);
    let v563 = (v558 - v562);
    s_hidden1_dense_kernel[l557] = v563;
  }
  {
    let i564 = i0 + 4u;
    let j565 = j0 + 9u;
    let l566 = i564 * 300u + j565;
    let v567 = s_hidden1_dense_kernel[l566];
    let v568 = acc34.y;
    let v569 = max(v568, (-1.0));
    let v570 = min(v569, 1.0);
    let v571 = (v570 * 0.01);
    let v572 = (v567 - v571);
    s_hidden1_dense_kernel[l566] = v572;
  }
  {
    let i573 = i0 + 4u;
    let j574 = j0 + 10u;
    let l575 = i573 * 300u + j574;
    let v576 = s_hidden1_dense_kernel[l575];
    let v577 = acc34.z;
    let v578 = max(v577, (-1.0));
    let v579 = min(v578, 1.0);
    let v580 = (v579 * 0.01);
    let v581 = (v576 - v580);
    s_hidden1_dense_kernel[l575] = v581;
  }
  {
    let i582 = i0 + 4u;
    let j583 = j0 + 11u;
    let l584 = i582 * 300u + j583;
    let v585 = s_hidden1_dense_kernel[l584];
    let v586 = acc34.w;
    let v587 = max(v586, (-1.0));
    let v588 = min(v587, 1.0);
    let v589 = (v588 * 0.01);
    let v590 = (v585 - v589);
    s_hidden1_dense_kernel[l584] = v590;
  }
  {
    let i591 = i0 + 5u;
    let l592 = i591 * 300u + j0;
    let v593 = s_hidden1_dense_kernel[l592];
    let v594 = acc35.x;
    let v595 = max(v594, (-1.0));
    let v596 = min(v595, 1.0);
    let v597 = (v596 * 0.01);
    let v598 = (v593 - v597);
    s_hidden1_dense_kernel[l592] = v598;
  }
  {
    let i599 = i0 + 5u;
    let j600 = j0 + 1u;
    let l601 = i599 * 300u + j600;
    let v602 = s_hidden1_dense_kernel[l601];
    let v603 = acc35.y;
    let v604 = max(v603, (-1.0));
    let v605 = min(v604, 1.0);
    let v606 = (v605 * 0.01);
    let v607 = (v602 - v606);
    s_hidden1_dense_kernel[l601] = v607;
  }
  {
    let i608 = i0 + 5u;
    let j609 = j0 + 2u;
    let l610 = i608 * 300u + j609;
    let v611 = s_hidden1_dense_kernel[l610];
    let v612 = acc35.z;
    let v613 = max(v612, (-1.0));
    let v614 = min(v613, 1.0);
    let v615 = (v614 * 0.01);
    let v616 = (v611 - v615);
    s_hidden1_dense_kernel[l610] = v616;
  }
  {
    let i617 = i0 + 5u;
    let j618 = j0 + 3u;
    let l619 = i617 * 300u + j618;
    let v620 = s_hidden1_dense_kernel[l619];
    let v621 = acc35.w;
    let v622 = max(v621, (-1.0));
    let v623 = min(v622, 1.0);
    let v624 = (v623 * 0.01);
    let v625 = (v620 - v624);
    s_hidden1_dense_kernel[l619] = v625;
  }
  {
    let i626 = i0 + 5u;
    let j627 = j0 + 4u;
    let l628 = i626 * 300u + j627;
    let v629 = s_hidden1_dense_kernel[l628];
    let v630 = acc36.x;
    let v631 = max(v630, (-1.0));
    let v632 = min(v631, 1.0);
    let v633 = (v632 * 0.01);
    let v634 = (v629 - v633);
    s_hidden1_dense_kernel[l628] = v634;
  }
  {
    let i635 = i0 + 5u;
    let j636 = j0 + 5u;
    let l637 = i635 * 300u + j636;
    let v638 = s_hidden1_dense_kernel[l637];
    let v639 = acc36.y;
    let v640 = max(v639, (-1.0));
    let v641 = min(v640, 1.0);
    let v642 = (v641 * 0.01);
    let v643 = (v638 - v642);
    s_hidden1_dense_kernel[l637] = v643;
  }
  {
    let i644 = i0 + 5u;
    let j645 = j0 + 6u;
    let l646 = i644 * 300u + j645;
    let v647 = s_hidden1_dense_kernel[l646];
    let v648 = acc36.z;
    let v649 = max(v648, (-1.0));
    let v650 = min(v649, 1.0);
    let v651 = (v650 * 0.01);
    let v652 = (v647 - v651);
    s_hidden1_dense_kernel[l646] = v652;
  }
  {
    let i653 = i0 + 5u;
    let j654 = j0 + 7u;
    let l655 = i653 * 300u + j654;
    let v656 = s_hidden1_dense_kernel[l655];
    let v657 = acc36.w;
    let v658 = max(v657, (-1.0));
    let v659 = min(v658, 1.0);
    let v660 = (v659 * 0.01);
    let v661 = (v656 - v660);
    s_hidden1_dense_kernel[l655] = v661;
  }
  {
    let i662 = i0 + 5u;
    let j663 = j0 + 8u;
    let l664 = i662 * 300u + j663;
    let v665 = s_hidden1_dense_kernel[l664];
    let v666 = acc37.x;
    let v667 = max(v666, (-1.0));
    let v668 = min(v667, 1.0);
    let v669 = (v668 * 0.01);
    let v670 = (v665 - v669);
    s_hidden1_dense_kernel[l664] = v670;
  }
  {
    let i671 = i0 + 5u;
    let j672 = j0 + 9u;
    let l673 = i671 * 300u + j672;
    let v674 = s_hidden1_dense_kernel[l673];
    let v675 = acc37.y;
    let v676 = max(v675, (-1.0));
    let v677 = min(v676, 1.0);
    let v678 = (v677 * 0.01);
    let v679 = (v674 - v678);
    s_hidden1_dense_kernel[l673] = v679;
  }
  {
    let i680 = i0 + 5u;
    let j681 = j0 + 10u;
    let l682 = i680 * 300u + j681;
    let v683 = s_hidden1_dense_kernel[l682];
    let v684 = acc37.z;
    let v685 = max(v684, (-1.0));
    let v686 = min(v685, 1.0);
    let v687 = (v686 * 0.01);
    let v688 = (v683 - v687);
    s_hidden1_dense_kernel[l682] = v688;
  }
  {
    let i689 = i0 + 5u;
    let j690 = j0 + 11u;
    let l691 = i689 * 300u + j690;
    let v692 = s_hidden1_dense_kernel[l691];
    let v693 = acc37.w;
    let v694 = max(v693, (-1.0));
    let v695 = min(v694, 1.0);
    let v696 = (v695 * 0.01);
    let v697 = (v692 - v696);
    s_hidden1_dense_kernel[l691] = v697;
  }
  {
    let i698 = i0 + 6u;
    let l699 = i698 * 300u + j0;
    let v700 = s_hidden1_dense_kernel[l699];
    let v701 = acc38.x;
    let v702 = max(v701, (-1.0));
    let v703 = min(v702, 1.0);
    let v704 = (v703 * 0.01);
    let v705 = (v700 - v704);
    s_hidden1_dense_kernel[l699] = v705;
  }
  {
    let i706 = i0 + 6u;
    let j707 = j0 + 1u;
    let l708 = i706 * 300u + j707;
    let v709 = s_hidden1_dense_kernel[l708];
    let v710 = acc38.y;
    let v711 = max(v710, (-1.0));
    let v712 = min(v711, 1.0);
    let v713 = (v712 * 0.01);
    let v714 = (v709 - v713);
    s_hidden1_dense_kernel[l708] = v714;
  }
  {
    let i715 = i0 + 6u;
    let j716 = j0 + 2u;
    let l717 = i715 * 300u + j716;
    let v718 = s_hidden1_dense_kernel[l717];
    let v719 = acc38.z;
    let v720 = max(v719, (-1.0));
    let v721 = min(v720, 1.0);
    let v722 = (v721 * 0.01);
    let v723 = (v718 - v722);
    s_hidden1_dense_kernel[l717] = v723;
  }
  {
    let i724 = i0 + 6u;
    let j725 = j0 + 3u;
    let l726 = i724 * 300u + j725;
    let v727 = s_hidden1_dense_kernel[l726];
    let v728 = acc38.w;
    let v729 = max(v728, (-1.0));
    let v730 = min(v729, 1.0);
    let v731 = (v730 * 0.01);
    let v732 = (v727 - v731);
    s_hidden1_dense_kernel[l726] = v732;
  }
  {
    let i733 = i0 + 6u;
    let j734 = j0 + 4u;
    let l735 = i733 * 300u + j734;
    let v736 = s_hidden1_dense_kernel[l735];
    let v737 = acc39.x;
    let v738 = max(v737, (-1.0));
    let v739 = min(v738, 1.0);
    let v740 = (v739 * 0.01);
    let v741 = (v736 - v740);
    s_hidden1_dense_kernel[l735] = v741;
  }
  {
    let i742 = i0 + 6u;
    let j743 = j0 + 5u;
    let l744 = i742 * 300u + j743;
    let v745 = s_hidden1_dense_kernel[l744];
    let v746 = acc39.y;
    let v747 = max(v746, (-1.0));
    let v748 = min(v747, 1.0);
    let v749 = (v748 * 0.01);
    let v750 = (v745 - v749);
    s_hidden1_dense_kernel[l744] = v750;
  }
  {
    let i751 = i0 + 6u;
    let j752 = j0 + 6u;
    let l753 = i751 * 300u + j752;
    let v754 = s_hidden1_dense_kernel[l753];
    let v755 = acc39.z;
    let v756 = max(v755, (-1.0));
    let v757 = min(v756, 1.0);
    let v758 = (v757 * 0.01);
    let v759 = (v754 - v758);
    s_hidden1_dense_kernel[l753] = v759;
  }
  {
    let i760 = i0 + 6u;
    let j761 = j0 + 7u;
    let l762 = i760 * 300u + j761;
    let v763 = s_hidden1_dense_kernel[l762];
    let v764 = acc39.w;
    let v765 = max(v764, (-1.0));
    let v766 = min(v765, 1.0);
    let v767 = (v766 * 0.01);
    let v768 = (v763 - v767);
    s_hidden1_dense_kernel[l762] = v768;
  }
  {
    let i769 = i0 + 6u;
    let j770 = j0 + 8u;
    let l771 = i769 * 300u + j770;
    let v772 = s_hidden1_dense_kernel[l771];
    let v773 = acc40.x;
    let v774 = max(v773, (-1.0));
    let v775 = min(v774, 1.0);
    let v776 = (v775 * 0.01);
    let v777 = (v772 - v776);
    s_hidden1_dense_kernel[l771] = v777;
  }
  {
    let i778 = i0 + 6u;
    let j779 = j0 + 9u;
    let l780 = i778 * 300u + j779;
    let v781 = s_hidden1_dense_kernel[l780];
    let v782 = acc40.y;
    let v783 = max(v782, (-1.0));
    let v784 = min(v783, 1.0);
    let v785 = (v784 * 0.01);
    let v786 = (v781 - v785);
    s_hidden1_dense_kernel[l780] = v786;
  }
  {
    let i787 = i0 + 6u;
    let j788 = j0 + 10u;
    let l789 = i787 * 300u + j788;
    let v790 = s_hidden1_dense_kernel[l789];
    let v791 = acc40.z;
    let v792 = max(v791, (-1.0));
    let v793 = min(v792, 1.0);
    let v794 = (v793 * 0.01);
    let v795 = (v790 - v794);
    s_hidden1_dense_kernel[l789] = v795;
  }
  {
    let i796 = i0 + 6u;
    let j797 = j0 + 11u;
    let l798 = i796 * 300u + j797;
    let v799 = s_hidden1_dense_kernel[l798];
    let v800 = acc40.w;
    let v801 = max(v800, (-1.0));
    let v802 = min(v801, 1.0);
    let v803 = (v802 * 0.01);
    let v804 = (v799 - v803);
    s_hidden1_dense_kernel[l798] = v804;
  }
  {
    let i805 = i0 + 7u;
    let l806 = i805 * 300u + j0;
    let v807 = s_hidden1_dense_kernel[l806];
    let v808 = acc41.x;
    let v809 = max(v808, (-1.0));
    let v810 = min(v809, 1.0);
    let v811 = (v810 * 0.01);
    let v812 = (v807 - v811);
    s_hidden1_dense_kernel[l806] = v812;
  }
  {
    let i813 = i0 + 7u;
    let j814 = j0 + 1u;
    let l815 = i813 * 300u + j814;
    let v816 = s_hidden1_dense_kernel[l815];
    let v817 = acc41.y;
    let v818 = max(v817, (-1.0));
    let v819 = min(v818, 1.0);
    let v820 = (v819 * 0.01);
    let v821 = (v816 - v820);
    s_hidden1_dense_kernel[l815] = v821;
  }
  {
    let i822 = i0 + 7u;
    let j823 = j0 + 2u;
    let l824 = i822 * 300u + j823;
    let v825 = s_hidden1_dense_kernel[l824];
    let v826 = acc41.z;
    let v827 = max(v826, (-1.0));
    let v828 = min(v827, 1.0);
    let v829 = (v828 * 0.01);
    let v830 = (v825 - v829);
    s_hidden1_dense_kernel[l824] = v830;
  }
  {
    let i831 = i0 + 7u;
    let j832 = j0 + 3u;
    let l833 = i831 * 300u + j832;
    let v834 = s_hidden1_dense_kernel[l833];
    let v835 = acc41.w;
    let v836 = max(v835, (-1.0));
    let v837 = min(v836, 1.0);
    let v838 = (v837 * 0.01);
    let v839 = (v834 - v838);
    s_hidden1_dense_kernel[l833] = v839;
  }
  {
    let i840 = i0 + 7u;
    let j841 = j0 + 4u;
    let l842 = i840 * 300u + j841;
    let v843 = s_hidden1_dense_kernel[l842];
    let v844 = acc42.x;
    let v845 = max(v844, (-1.0));
    let v846 = min(v845, 1.0);
    let v847 = (v846 * 0.01);
    let v848 = (v843 - v847);
    s_hidden1_dense_kernel[l842] = v848;
  }
  {
    let i849 = i0 + 7u;
    let j850 = j0 + 5u;
    let l851 = i849 * 300u + j850;
    let v852 = s_hidden1_dense_kernel[l851];
    let v853 = acc42.y;
    let v854 = max(v853, (-1.0));
    let v855 = min(v854, 1.0);
    let v856 = (v855 * 0.01);
    let v857 = (v852 - v856);
    s_hidden1_dense_kernel[l851] = v857;
  }
  {
    let i858 = i0 + 7u;
    let j859 = j0 + 6u;
    let l860 = i858 * 300u + j859;
    let v861 = s_hidden1_dense_kernel[l860];
    let v862 = acc42.z;
    let v863 = max(v862, (-1.0));
    let v864 = min(v863, 1.0);
    let v865 = (v864 * 0.01);
    let v866 = (v861 - v865);
    s_hidden1_dense_kernel[l860] = v866;
  }
  {
    let i867 = i0 + 7u;
    let j868 = j0 + 7u;
    let l869 = i867 * 300u + j868;
    let v870 = s_hidden1_dense_kernel[l869];
    let v871 = acc42.w;
    let v872 = max(v871, (-1.0));
    let v873 = min(v872, 1.0);
    let v874 = (v873 * 0.01);
    let v875 = (v870 - v874);
    s_hidden1_dense_kernel[l869] = v875;
  }
  {
    let i876 = i0 + 7u;
    let j877 = j0 + 8u;
    let l878 = i876 * 300u + j877;
    let v879 = s_hidden1_dense_kernel[l878];
    let v880 = acc43.x;
    let v881 = max(v880, (-1.0));
    let v882 = min(v881, 1.0);
    let v883 = (v882 * 0.01);
    let v884 = (v879 - v883);
    s_hidden1_dense_kernel[l878] = v884;
  }
  {
    let i885 = i0 + 7u;
    let j886 = j0 + 9u;
    let l887 = i885 * 300u + j886;
    let v888 = s_hidden1_dense_kernel[l887];
    let v889 = acc43.y;
    let v890 = max(v889, (-1.0));
    let v891 = min(v890, 1.0);
    let v892 = (v891 * 0.01);
    let v893 = (v888 - v892);
    s_hidden1_dense_kernel[l887] = v893;
  }
  {
    let i894 = i0 + 7u;
    let j895 = j0 + 10u;
    let l896 = i894 * 300u + j895;
    let v897 = s_hidden1_dense_kernel[l896];
    let v898 = acc43.z;
    let v899 = max(v898, (-1.0));
    let v900 = min(v899, 1.0);
    let v901 = (v900 * 0.01);
    let v902 = (v897 - v901);
    s_hidden1_dense_kernel[l896] = v902;
  }
  {
    let i903 = i0 + 7u;
    let j904 = j0 + 11u;
    let l905 = i903 * 300u + j904;
    let v906 = s_hidden1_dense_kernel[l905];
    let v907 = acc43.w;
    let v908 = max(v907, (-1.0));
    let v909 = min(v908, 1.0);
    let v910 = (v909 * 0.01);
    let v911 = (v906 - v910);
    s_hidden1_dense_kernel[l905] = v911;
  }
}

// ---- 022_reduce_sum_hidden1_dense_bias_sgd.wgsl
var<workgroup> wg_f32_0: array<f32, 64>;
@group(0) @binding(0) var<storage, read_write> s_hidden1_dense_bias: array<f32>;
@group(0) @binding(1) var<storage, read> tmp10: array<f32>;

@compute @workgroup_size(64)
fn main(@builtin(workgroup_id) wid: vec3<u32>, @builtin(local_invocation_index) lane: u32) {
  let i = wid.x;
  let v0 = s_hidden1_dense_bias[i];
  var acc1: f32 = 0.0;
  for (var r2: u32 = lane; r2 < 200u; r2 = r2 + 64u) {
    let l3 = r2 * 300u + i;
    let v4 = tmp10[l3];
    acc1 = acc1 + v4;
  }
  wg_f32_0[lane] = acc1;
  workgroupBarrier();
  for (var s5: u32 = 32u; s5 > 0u; s5 = s5 >> 1u) {
    if (lane < s5) {
      wg_f32_0[lane] = wg_f32_0[lane] + wg_f32_0[lane + s5];
    }
    workgroupBarrier();
  }
  let red6 = wg_f32_0[0];
  let v7 = max(red6, (-1.0));
  let v8 = min(v7, 1.0);
  let v9 = (v8 * 0.01);
  let v10 = (v0 - v9);
  storageBarrier();
  if (lane == 0u) {
    s_hidden1_dense_bias[i] = v10;
  }
}

// ---- 023_matmul_hidden2_dense_kernel_sgd.wgsl
@group(0) @binding(0) var<storage, read> tmp1_v4: array<vec4<f32>>;
@group(0) @binding(1) var<storage, read> tmp9_v4: array<vec4<f32>>;
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
    let bv13 = tmp9_v4[(kq12 * 100u + j0) / 4u];
    let aq14 = tmp1_v4[(kq12 * 300u + i0) / 4u + 0u];
    let kq15 = k * 4u + 1u;
    let bv16 = tmp9_v4[(kq15 * 100u + j0) / 4u];
    let aq17 = tmp1_v4[(kq15 * 300u + i0) / 4u + 0u];
    let kq18 = k * 4u + 2u;
    let bv19 = tmp9_v4[(kq18 * 100u + j0) / 4u];
    let aq20 = tmp1_v4[(kq18 * 300u + i0) / 4u + 0u];
    let kq21 = k * 4u + 3u;
    let bv22 = tmp9_v4[(kq21 * 100u + j0) / 4u];
    let aq23 = tmp1_v4[(kq21 * 300u + i0) / 4u + 0u];
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
    let v27 = max(v26, (-1.0));
    let v28 = min(v27, 1.0);
    let v29 = (v28 * 0.01);
    let v30 = (v25 - v29);
    s_hidden2_dense_kernel[l24] = v30;
  }
  {
    let j31 = j0 + 1u;
    let l32 = i0 * 100u + j31;
    let v33 = s_hidden2_dense_kernel[l32];
    let v34 = acc8.y;
    let v35 = max(v34, (-1.0));
    let v36 = min(v35, 1.0);
    let v37 = (v36 * 0.01);
    let v38 = (v33 - v37);
    s_hidden2_dense_kernel[l32] = v38;
  }
  {
    let j39 = j0 + 2u;
    let l40 = i0 * 100u + j39;
    let v41 = s_hidden2_dense_kernel[l40];
    let v42 = acc8.z;
    let v43 = max(v42, (-1.0));
    let v44 = min(v43, 1.0);
    let v45 = (v44 * 0.01);
    let v46 = (v41 - v45);
    s_hidden2_dense_kernel[l40] = v46;
  }
  {
    let j47 = j0 + 3u;
    let l48 = i0 * 100u + j47;
    let v49 = s_hidden2_dense_kernel[l48];
    let v50 = acc8.w;
    let v51 = max(v50, (-1.0));
    let v52 = min(v51, 1.0);
    let v53 = (v52 * 0.01);
    let v54 = (v49 - v53);
    s_hidden2_dense_kernel[l48] = v54;
  }
  {
    let i55 = i0 + 1u;
    let l56 = i55 * 100u + j0;
    let v57 = s_hidden2_dense_kernel[l56];
    let v58 = acc9.x;
    let v59 = max(v58, (-1.0));
    let v60 = min(v59, 1.0);
    let v61 = (v60 * 0.01);
    let v62 = (v57 - v61);
    s_hidden2_dense_kernel[l56] = v62;
  }
  {
    let i63 = i0 + 1u;
    let j64 = j0 + 1u;
    let l65 = i63 * 100u + j64;
    let v66 = s_hidden2_dense_kernel[l65];
    let v67 = acc9.y;
    let v68 = max(v67, (-1.0));
    let v69 = min(v68, 1.0);
    let v70 = (v69 * 0.01);
    let v71 = (v66 - v70);
    s_hidden2_dense_kernel[l65] = v71;
  }
  {
    let i72 = i0 + 1u;
    let j73 = j0 + 2u;
    let l74 = i72 * 100u + j73;
    let v75 = s_hidden2_dense_kernel[l74];
    let v76 = acc9.z;
    let v77 = max(v76, (-1.0));
    let v78 = min(v77, 1.0);
    let v79 = (v78 * 0.01);
    let v80 = (v75 - v79);
    s_hidden2_dense_kernel[l74] = v80;
  }
  {
    let i81 = i0 + 1u;
    let j82 = j0 + 3u;
    let l83 = i81 * 100u + j82;
    let v84 = s_hidden2_dense_kernel[l83];
    let v85 = acc9.w;
    let v86 = max(v85, (-1.0));
    let v87 = min(v86, 1.0);
    let v88 = (v87 * 0.01);
    let v89 = (v84 - v88);
    s_hidden2_dense_kernel[l83] = v89;
  }
  {
    let i90 = i0 + 2u;
    let l91 = i90 * 100u + j0;
    let v92 = s_hidden2_dense_kernel[l91];
    let v93 = acc10.x;
    let v94 = max(v93, (-1.0));
    let v95 = min(v94, 1.0);
    let v96 = (v95 * 0.01);
    let v97 = (v92 - v96);
    s_hidden2_dense_kernel[l91] = v97;
  }
  {
    let i98 = i0 + 2u;
    let j99 = j0 + 1u;
    let l100 = i98 * 100u + j99;
    let v101 = s_hidden2_dense_kernel[l100];
    let v102 = acc10.y;
    let v103 = max(v102, (-1.0));
    let v104 = min(v103, 1.0);
    let v105 = (v104 * 0.01);
    let v106 = (v101 - v105);
    s_hidden2_dense_kernel[l100] = v106;
  }
  {
    let i107 = i0 + 2u;
    let j108 = j0 + 2u;
    let l109 = i107 * 100u + j108;
    let v110 = s_hidden2_dense_kernel[l109];
    let v111 = acc10.z;
    let v112 = max(v111, (-1.0));
    let v113 = min(v112, 1.0);
    let v114 = (v113 * 0.01);
    let v115 = (v110 - v114);
    s_hidden2_dense_kernel[l109] = v115;
  }
  {
    let i116 = i0 + 2u;
    let j117 = j0 + 3u;
    let l118 = i116 * 100u + j117;
    let v119 = s_hidden2_dense_kernel[l118];
    let v120 = acc10.w;
    let v121 = max(v120, (-1.0));
    let v122 = min(v121, 1.0);
    let v123 = (v122 * 0.01);
    let v124 = (v119 - v123);
    s_hidden2_dense_kernel[l118] = v124;
  }
  {
    let i125 = i0 + 3u;
    let l126 = i125 * 100u + j0;
    let v127 = s_hidden2_dense_kernel[l126];
    let v128 = acc11.x;
    let v129 = max(v128, (-1.0));
    let v130 = min(v129, 1.0);
    let v131 = (v130 * 0.01);
    let v132 = (v127 - v131);
    s_hidden2_dense_kernel[l126] = v132;
  }
  {
    let i133 = i0 + 3u;
    let j134 = j0 + 1u;
    let l135 = i133 * 100u + j134;
    let v136 = s_hidden2_dense_kernel[l135];
    let v137 = acc11.y;
    let v138 = max(v137, (-1.0));
    let v139 = min(v138, 1.0);
    let v140 = (v139 * 0.01);
    let v141 = (v136 - v140);
    s_hidden2_dense_kernel[l135] = v141;
  }
  {
    let i142 = i0 + 3u;
    let j143 = j0 + 2u;
    let l144 = i142 * 100u + j143;
    let v145 = s_hidden2_dense_kernel[l144];
    let v146 = acc11.z;
    let v147 = max(v146, (-1.0));
    let v148 = min(v147, 1.0);
    let v149 = (v148 * 0.01);
    let v150 = (v145 - v149);
    s_hidden2_dense_kernel[l144] = v150;
  }
  {
    let i151 = i0 + 3u;
    let j152 = j0 + 3u;
    let l153 = i151 * 100u + j152;
    let v154 = s_hidden2_dense_kernel[l153];
    let v155 = acc11.w;
    let v156 = max(v155, (-1.0));
    let v157 = min(v156, 1.0);
    let v158 = (v157 * 0.01);
    let v159 = (v154 - v158);
    s_hidden2_dense_kernel[l153] = v159;
  }
}

// ---- 024_reduce_sum_hidden2_dense_bias_sgd.wgsl
var<workgroup> wg_f32_0: array<f32, 64>;
@group(0) @binding(0) var<storage, read_write> s_hidden2_dense_bias: array<f32>;
@group(0) @binding(1) var<storage, read> tmp9: array<f32>;

@compute @workgroup_size(64)
fn main(@builtin(workgroup_id) wid: vec3<u32>, @builtin(local_invocation_index) lane: u32) {
  let i = wid.x;
  let v0 = s_hidden2_dense_bias[i];
  var acc1: f32 = 0.0;
  for (var r2: u32 = lane; r2 < 200u; r2 = r2 + 64u) {
    let l3 = r2 * 100u + i;
    let v4 = tmp9[l3];
    acc1 = acc1 + v4;
  }
  wg_f32_0[lane] = acc1;
  workgroupBarrier();
  for (var s5: u32 = 32u; s5 > 0u; s5 = s5 >> 1u) {
    if (lane < s5) {
      wg_f32_0[lane] = wg_f32_0[lane] + wg_f32_0[lane + s5];
    }
    workgroupBarrier();
  }
  let red6 = wg_f32_0[0];
  let v7 = max(red6, (-1.0));
  let v8 = min(v7, 1.0);
  let v9 = (v8 * 0.01);
  let v10 = (v0 - v9);
  storageBarrier();
  if (lane == 0u) {
    s_hidden2_dense_bias[i] = v10;
  }
}

// ---- 025_matmul_logits_dense_kernel_sgd.wgsl
@group(0) @binding(0) var<storage, read> tmp3: array<f32>;
@group(0) @binding(1) var<storage, read> tmp8: array<f32>;
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
    let bv13 = vec4<f32>(tmp8[rb12 + col4], tmp8[rb12 + col5], tmp8[rb12 + col6], tmp8[rb12 + col7]);
    let rk14 = k * 100u;
    acc8 = acc8 + tmp3[rk14 + row0] * bv13;
    acc9 = acc9 + tmp3[rk14 + row1] * bv13;
    acc10 = acc10 + tmp3[rk14 + row2] * bv13;
    acc11 = acc11 + tmp3[rk14 + row3] * bv13;
  }
  {
    let l15 = i0 * 10u + j0;
    let v16 = s_logits_dense_kernel[l15];
    let v17 = acc8.x;
    let v18 = max(v17, (-1.0));
    let v19 = min(v18, 1.0);
    let v20 = (v19 * 0.01);
    let v21 = (v16 - v20);
    s_logits_dense_kernel[l15] = v21;
  }
  if (j0 + 1u < 10u) {
    let j22 = j0 + 1u;
    let l23 = i0 * 10u + j22;
    let v24 = s_logits_dense_kernel[l23];
    let v25 = acc8.y;
    let v26 = max(v25, (-1.0));
    let v27 = min(v26, 1.0);
    let v28 = (v27 * 0.01);
    let v29 = (v24 - v28);
    s_logits_dense_kernel[l23] = v29;
  }
  if (j0 + 2u < 10u) {
    let j30 = j0 + 2u;
    let l31 = i0 * 10u + j30;
    let v32 = s_logits_dense_kernel[l31];
    let v33 = acc8.z;
    let v34 = max(v33, (-1.0));
    let v35 = min(v34, 1.0);
    let v36 = (v35 * 0.01);
    let v37 = (v32 - v36);
    s_logits_dense_kernel[l31] = v37;
  }
  if (j0 + 3u < 10u) {
    let j38 = j0 + 3u;
    let l39 = i0 * 10u + j38;
    let v40 = s_logits_dense_kernel[l39];
    let v41 = acc8.w;
    let v42 = max(v41, (-1.0));
    let v43 = min(v42, 1.0);
    let v44 = (v43 * 0.01);
    let v45 = (v40 - v44);
    s_logits_dense_kernel[l39] = v45;
  }
  {
    let i46 = i0 + 1u;
    let l47 = i46 * 10u + j0;
    let v48 = s_logits_dense_kernel[l47];
    let v49 = acc9.x;
    let v50 = max(v49, (-1.0));
    let v51 = min(v50, 1.0);
    let v52 = (v51 * 0.01);
    let v53 = (v48 - v52);
    s_logits_dense_kernel[l47] = v53;
  }
  if (j0 + 1u < 10u) {
    let i54 = i0 + 1u;
    let j55 = j0 + 1u;
    let l56 = i54 * 10u + j55;
    let v57 = s_logits_dense_kernel[l56];
    let v58 = acc9.y;
    let v59 = max(v58, (-1.0));
    let v60 = min(v59, 1.0);
    let v61 = (v60 * 0.01);
    let v62 = (v57 - v61);
    s_logits_dense_kernel[l56] = v62;
  }
  if (j0 + 2u < 10u) {
    let i63 = i0 + 1u;
    let j64 = j0 + 2u;
    let l65 = i63 * 10u + j64;
    let v66 = s_logits_dense_kernel[l65];
    let v67 = acc9.z;
    let v68 = max(v67, (-1.0));
    let v69 = min(v68, 1.0);
    let v70 = (v69 * 0.01);
    let v71 = (v66 - v70);
    s_logits_dense_kernel[l65] = v71;
  }
  if (j0 + 3u < 10u) {
    let i72 = i0 + 1u;
    let j73 = j0 + 3u;
    let l74 = i72 * 10u + j73;
    let v75 = s_logits_dense_kernel[l74];
    let v76 = acc9.w;
    let v77 = max(v76, (-1.0));
    let v78 = min(v77, 1.0);
    let v79 = (v78 * 0.01);
    let v80 = (v75 - v79);
    s_logits_dense_kernel[l74] = v80;
  }
  {
    let i81 = i0 + 2u;
    let l82 = i81 * 10u + j0;
    let v83 = s_logits_dense_kernel[l82];
    let v84 = acc10.x;
    let v85 = max(v84, (-1.0));
    let v86 = min(v85, 1.0);
    let v87 = (v86 * 0.01);
    let v88 = (v83 - v87);
    s_logits_dense_kernel[l82] = v88;
  }
  if (j0 + 1u < 10u) {
    let i89 = i0 + 2u;
    let j90 = j0 + 1u;
    let l91 = i89 * 10u + j90;
    let v92 = s_logits_dense_kernel[l91];
    let v93 = acc10.y;
    let v94 = max(v93, (-1.0));
    let v95 = min(v94, 1.0);
    let v96 = (v95 * 0.01);
    let v97 = (v92 - v96);
    s_logits_dense_kernel[l91] = v97;
  }
  if (j0 + 2u < 10u) {
    let i98 = i0 + 2u;
    let j99 = j0 + 2u;
    let l100 = i98 * 10u + j99;
    let v101 = s_logits_dense_kernel[l100];
    let v102 = acc10.z;
    let v103 = max(v102, (-1.0));
    let v104 = min(v103, 1.0);
    let v105 = (v104 * 0.01);
    let v106 = (v101 - v105);
    s_logits_dense_kernel[l100] = v106;
  }
  if (j0 + 3u < 10u) {
    let i107 = i0 + 2u;
    let j108 = j0 + 3u;
    let l109 = i107 * 10u + j108;
    let v110 = s_logits_dense_kernel[l109];
    let v111 = acc10.w;
    let v112 = max(v111, (-1.0));
    let v113 = min(v112, 1.0);
    let v114 = (v113 * 0.01);
    let v115 = (v110 - v114);
    s_logits_dense_kernel[l109] = v115;
  }
  {
    let i116 = i0 + 3u;
    let l117 = i116 * 10u + j0;
    let v118 = s_logits_dense_kernel[l117];
    let v119 = acc11.x;
    let v120 = max(v119, (-1.0));
    let v121 = min(v120, 1.0);
    let v122 = (v121 * 0.01);
    let v123 = (v118 - v122);
    s_logits_dense_kernel[l117] = v123;
  }
  if (j0 + 1u < 10u) {
    let i124 = i0 + 3u;
    let j125 = j0 + 1u;
    let l126 = i124 * 10u + j125;
    let v127 = s_logits_dense_kernel[l126];
    let v128 = acc11.y;
    let v129 = max(v128, (-1.0));
    let v130 = min(v129, 1.0);
    let v131 = (v130 * 0.01);
    let v132 = (v127 - v131);
    s_logits_dense_kernel[l126] = v132;
  }
  if (j0 + 2u < 10u) {
    let i133 = i0 + 3u;
    let j134 = j0 + 2u;
    let l135 = i133 * 10u + j134;
    let v136 = s_logits_dense_kernel[l135];
    let v137 = acc11.z;
    let v138 = max(v137, (-1.0));
    let v139 = min(v138, 1.0);
    let v140 = (v139 * 0.01);
    let v141 = (v136 - v140);
    s_logits_dense_kernel[l135] = v141;
  }
  if (j0 + 3u < 10u) {
    let i142 = i0 + 3u;
    let j143 = j0 + 3u;
    let l144 = i142 * 10u + j143;
    let v145 = s_logits_dense_kernel[l144];
    let v146 = acc11.w;
    let v147 = max(v146, (-1.0));
    let v148 = min(v147, 1.0);
    let v149 = (v148 * 0.01);
    let v150 = (v145 - v149);
    s_logits_dense_kernel[l144] = v150;
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
    let v80 = min(v79, 0.0);
    let v81 = exp(v80);
    let v82 = (v81 - 1.0);
    let v83 = select(0.0, 1.0, v79 > 0.0);
    let v84 = select(v82, v79, v83 != 0.0);
    tmp0[l76] = v84;
  }
  {
    let j85 = j0 + 1u;
    let l86 = i0 * 300u + j85;
    let v87 = acc20.y;
    let v88 = s_hidden1_dense_bias[j85];
    let v89 = (v87 + v88);
    let v90 = min(v89, 0.0);
    let v91 = exp(v90);
    let v92 = (v91 - 1.0);
    let v93 = select(0.0, 1.0, v89 > 0.0);
    let v94 = select(v92, v89, v93 != 0.0);
    tmp0[l86] = v94;
  }
  {
    let j95 = j0 + 2u;
    let l96 = i0 * 300u + j95;
    let v97 = acc20.z;
    let v98 = s_hidden1_dense_bias[j95];
    let v99 = (v97 + v98);
    let v100 = min(v99, 0.0);
    let v101 = exp(v100);
    let v102 = (v101 - 1.0);
    let v103 = select(0.0, 1.0, v99 > 0.0);
    let v104 = select(v102, v99, v103 != 0.0);
    tmp0[l96] = v104;
  }
  {
    let j105 = j0 + 3u;
    let l106 = i0 * 300u + j105;
    let v107 = acc20.w;
    let v108 = s_hidden1_dense_bias[j105];
    let v109 = (v107 + v108);
    let v110 = min(v109, 0.0);
    let v111 = exp(v110);
    let v112 = (v111 - 1.0);
    let v113 = select(0.0, 1.0, v109 > 0.0);
    let v114 = select(v112, v109, v113 != 0.0);
    tmp0[l106] = v114;
  }
  {
    let j115 = j0 + 4u;
    let l116 = i0 * 300u + j115;
    let v117 = acc21.x;
    let v118 = s_hidden1_dense_bias[j115];
    let v119 = (v117 + v118);
    let v120 = min(v119, 0.0);
    let v121 = exp(v120);
    let v122 = (v121 - 1.0);
    let v123 = select(0.0, 1.0, v119 > 0.0);
    let v124 = select(v122, v119, v123 != 0.0);
    tmp0[l116] = v124;
  }
  {
    let j125 = j0 + 5u;
    let l126 = i0 * 300u + j125;
    let v127 = acc21.y;
    let v128 = s_hidden1_dense_bias[j125];
    let v129 = (v127 + v128);
    let v130 = min(v129, 0.0);
    let v131 = exp(v130);
    let v132 = (v131 - 1.0);
    let v133 = select(0.0, 1.0, v129 > 0.0);
    let v134 = select(v132, v129, v133 != 0.0);
    tmp0[l126] = v134;
  }
  {
    let j135 = j0 + 6u;
    let l136 = i0 * 300u + j135;
    let v137 = acc21.z;
    let v138 = s_hidden1_dense_bias[j135];
    let v139 = (v137 + v138);
    let v140 = min(v139, 0.0);
    let v141 = exp(v140);
    let v142 = (v141 - 1.0);
    let v143 = select(0.0, 1.0, v139 > 0.0);
    let v144 = select(v142, v139, v143 != 0.0);
    tmp0[l136] = v144;
  }
  {
    let j145 = j0 + 7u;
    let l146 = i0 * 300u + j145;
    let v147 = acc21.w;
    let v148 = s_hidden1_dense_bias[j145];
    let v149 = (v147 + v148);
    let v150 = min(v149, 0.0);
    let v151 = exp(v150);
    let v152 = (v151 - 1.0);
    let v153 = select(0.0, 1.0, v149 > 0.0);
    let v154 = select(v152, v149, v153 != 0.0);
    tmp0[l146] = v154;
  }
  {
    let j155 = j0 + 8u;
    let l156 = i0 * 300u + j155;
    let v157 = acc22.x;
    let v158 = s_hidden1_dense_bias[j155];
    let v159 = (v157 + v158);
    let v160 = min(v159, 0.0);
    let v161 = exp(v160);
    let v162 = (v161 - 1.0);
    let v163 = select(0.0, 1.0, v159 > 0.0);
    let v164 = select(v162, v159, v163 != 0.0);
    tmp0[l156] = v164;
  }
  {
    let j165 = j0 + 9u;
    let l166 = i0 * 300u + j165;
    let v167 = acc22.y;
    let v168 = s_hidden1_dense_bias[j165];
    let v169 = (v167 + v168);
    let v170 = min(v169, 0.0);
    let v171 = exp(v170);
    let v172 = (v171 - 1.0);
    let v173 = select(0.0, 1.0, v169 > 0.0);
    let v174 = select(v172, v169, v173 != 0.0);
    tmp0[l166] = v174;
  }
  {
    let j175 = j0 + 10u;
    let l176 = i0 * 300u + j175;
    let v177 = acc22.z;
    let v178 = s_hidden1_dense_bias[j175];
    let v179 = (v177 + v178);
    let v180 = min(v179, 0.0);
    let v181 = exp(v180);
    let v182 = (v181 - 1.0);
    let v183 = select(0.0, 1.0, v179 > 0.0);
    let v184 = select(v182, v179, v183 != 0.0);
    tmp0[l176] = v184;
  }
  {
    let j185 = j0 + 11u;
    let l186 = i0 * 300u + j185;
    let v187 = acc22.w;
    let v188 = s_hidden1_dense_bias[j185];
    let v189 = (v187 + v188);
    let v190 = min(v189, 0.0);
    let v191 = exp(v190);
    let v192 = (v191 - 1.0);
    let v193 = select(0.0, 1.0, v189 > 0.0);
    let v194 = select(v192, v189, v193 != 0.0);
    tmp0[l186] = v194;
  }
  {
    let i195 = i0 + 1u;
    let l196 = i195 * 300u + j0;
    let v197 = acc23.x;
    let v198 = s_hidden1_dense_bias[j0];
    let v199 = (v197 + v198);
    let v200 = min(v199, 0.0);
    let v201 = exp(v200);
    let v202 = (v201 - 1.0);
    let v203 = select(0.0, 1.0, v199 > 0.0);
    let v204 = select(v202, v199, v203 != 0.0);
    tmp0[l196] = v204;
  }
  {
    let i205 = i0 + 1u;
    let j206 = j0 + 1u;
    let l207 = i205 * 300u + j206;
    let v208 = acc23.y;
    let v209 = s_hidden1_dense_bias[j206];
    let v210 = (v208 + v209);
    let v211 = min(v210, 0.0);
    let v212 = exp(v211);
    let v213 = (v212 - 1.0);
    let v214 = select(0.0, 1.0, v210 > 0.0);
    let v215 = select(v213, v210, v214 != 0.0);
    tmp0[l207] = v215;
  }
  {
    let i216 = i0 + 1u;
    let j217 = j0 + 2u;
    let l218 = i216 * 300u + j217;
    let v219 = acc23.z;
    let v220 = s_hidden1_dense_bias[j217];
    let v221 = (v219 + v220);
    let v222 = min(v221, 0.0);
    let v223 = exp(v222);
    let v224 = (v223 - 1.0);
    let v225 = select(0.0, 1.0, v221 > 0.0);
    let v226 = select(v224, v221, v225 != 0.0);
    tmp0[l218] = v226;
  }
  {
    let i227 = i0 + 1u;
    let j228 = j0 + 3u;
    let l229 = i227 * 300u + j228;
    let v230 = acc23.w;
    let v231 = s_hidden1_dense_bias[j228];
    let v232 = (v230 + v231);
    let v233 = min(v232, 0.0);
    let v234 = exp(v233);
    let v235 = (v234 - 1.0);
    let v236 = select(0.0, 1.0, v232 > 0.0);
    let v237 = select(v235, v232, v236 != 0.0);
    tmp0[l229] = v237;
  }
  {
    let i238 = i0 + 1u;
    let j239 = j0 + 4u;
    let l240 = i238 * 300u + j239;
    let v241 = acc24.x;
    let v242 = s_hidden1_dense_bias[j239];
    let v243 = (v241 + v242);
    let v244 = min(v243, 0.0);
    let v245 = exp(v244);
    let v246 = (v245 - 1.0);
    let v247 = select(0.0, 1.0, v243 > 0.0);
    let v248 = select(v246, v243, v247 != 0.0);
    tmp0[l240] = v248;
  }
  {
    let i249 = i0 + 1u;
    let j250 = j0 + 5u;
    let l251 = i249 * 300u + j250;
    let v252 = acc24.y;
    let v253 = s_hidden1_dense_bias[j250];
    let v254 = (v252 + v253);
    let v255 = min(v254, 0.0);
    let v256 = exp(v255);
    let v257 = (v256 - 1.0);
    let v258 = select(0.0, 1.0, v254 > 0.0);
    let v259 = select(v257, v254, v258 != 0.0);
    tmp0[l251] = v259;
  }
  {
    let i260 = i0 + 1u;
    let j261 = j0 + 6u;
    let l262 = i260 * 300u + j261;
    let v263 = acc24.z;
    let v264 = s_hidden1_dense_bias[j261];
    let v265 = (v263 + v264);
    let v266 = min(v265, 0.0);
    let v267 = exp(v266);
    let v268 = (v267 - 1.0);
    let v269 = select(0.0, 1.0, v265 > 0.0);
    let v270 = select(v268, v265, v269 != 0.0);
    tmp0[l262] = v270;
  }
  {
    let i271 = i0 + 1u;
    let j272 = j0 + 7u;
    let l273 = i271 * 300u + j272;
    let v274 = acc24.w;
    let v275 = s_hidden1_dense_bias[j272];
    let v276 = (v274 + v275);
    let v277 = min(v276, 0.0);
    let v278 = exp(v277);
    let v279 = (v278 - 1.0);
    let v280 = select(0.0, 1.0, v276 > 0.0);
    let v281 = select(v279, v276, v280 != 0.0);
    tmp0[l273] = v281;
  }
  {
    let i282 = i0 + 1u;
    let j283 = j0 + 8u;
    let l284 = i282 * 300u + j283;
    let v285 = acc25.x;
    let v286 = s_hidden1_dense_bias[j283];
    let v287 = (v285 + v286);
    let v288 = min(v287, 0.0);
    let v289 = exp(v288);
    let v290 = (v289 - 1.0);
    let v291 = select(0.0, 1.0, v287 > 0.0);
    let v292 = select(v290, v287, v291 != 0.0);
    tmp0[l284] = v292;
  }
  {
    let i293 = i0 + 1u;
    let j294 = j0 + 9u;
    let l295 = i293 * 300u + j294;
    let v296 = acc25.y;
    let v297 = s_hidden1_dense_bias[j294];
    let v298 = (v296 + v297);
    let v299 = min(v298, 0.0);
    let v300 = exp(v299);
    let v301 = (v300 - 1.0);
    let v302 = select(0.0, 1.0, v298 > 0.0);
    let v303 = select(v301, v298, v302 != 0.0);
    tmp0[l295] = v303;
  }
  {
    let i304 = i0 + 1u;
    let j305 = j0 + 10u;
    let l306 = i304 * 300u + j305;
    let v307 = acc25.z;
    let v308 = s_hidden1_dense_bias[j305];
    let v309 = (v307 + v308);
    let v310 = min(v309, 0.0);
    let v311 = exp(v310);
    let v312 = (v311 - 1.0);
    let v313 = select(0.0, 1.0, v309 > 0.0);
    let v314 = select(v312, v309, v313 != 0.0);
    tmp0[l306] = v314;
  }
  {
    let i315 = i0 + 1u;
    let j316 = j0 + 11u;
    let l317 = i315 * 300u + j316;
    let v318 = acc25.w;
    let v319 = s_hidden1_dense_bias[j316];
    let v320 = (v318 + v319);
    let v321 = min(v320, 0.0);
    let v322 = exp(v321);
    let v323 = (v322 - 1.0);
    let v324 = select(0.0, 1.0, v320 > 0.0);
    let v325 = select(v323, v320, v324 != 0.0);
    tmp0[l317] = v325;
  }
  {
    let i326 = i0 + 2u;
    let l327 = i326 * 300u + j0;
    let v328 = acc26.x;
    let v329 = s_hidden1_dense_bias[j0];
    let v330 = (v328 + v329);
    let v331 = min(v330, 0.0);
    let v332 = exp(v331);
    let v333 = (v332 - 1.0);
    let v334 = select(0.0, 1.0, v330 > 0.0);
    let v335 = select(v333, v330, v334 != 0.0);
    tmp0[l327] = v335;
  }
  {
    let i336 = i0 + 2u;
    let j337 = j0 + 1u;
    let l338 = i336 * 300u + j337;
    let v339 = acc26.y;
    let v340 = s_hidden1_dense_bias[j337];
    let v341 = (v339 + v340);
    let v342 = min(v341, 0.0);
    let v343 = exp(v342);
    let v344 = (v343 - 1.0);
    let v345 = select(0.0, 1.0, v341 > 0.0);
    let v346 = select(v344, v341, v345 != 0.0);
    tmp0[l338] = v346;
  }
  {
    let i347 = i0 + 2u;
    let j348 = j0 + 2u;
    let l349 = i347 * 300u + j348;
    let v350 = acc26.z;
    let v351 = s_hidden1_dense_bias[j348];
    let v352 = (v350 + v351);
    let v353 = min(v352, 0.0);
    let v354 = exp(v353);
    let v355 = (v354 - 1.0);
    let v356 = select(0.0, 1.0, v352 > 0.0);
    let v357 = select(v355, v352, v356 != 0.0);
    tmp0[l349] = v357;
  }
  {
    let i358 = i0 + 2u;
    let j359 = j0 + 3u;
    let l360 = i358 * 300u + j359;
    let v361 = acc26.w;
    let v362 = s_hidden1_dense_bias[j359];
    let v363 = (v361 + v362);
    let v364 = min(v363, 0.0);
    let v365 = exp(v364);
    let v366 = (v365 - 1.0);
    let v367 = select(0.0, 1.0, v363 > 0.0);
    let v368 = select(v366, v363, v367 != 0.0);
    tmp0[l360] = v368;
  }
  {
    let i369 = i0 + 2u;
    let j370 = j0 + 4u;
    let l371 = i369 * 300u + j370;
    let v372 = acc27.x;
    let v373 = s_hidden1_dense_bias[j370];
    let v374 = (v372 + v373);
    let v375 = min(v374, 0.0);
    let v376 = exp(v375);
    let v377 = (v376 - 1.0);
    let v378 = select(0.0, 1.0, v374 > 0.0);
    let v379 = select(v377, v374, v378 != 0.0);
    tmp0[l371] = v379;
  }
  {
    let i380 = i0 + 2u;
    let j381 = j0 + 5u;
    let l382 = i380 * 300u + j381;
    let v383 = acc27.y;
    let v384 = s_hidden1_dense_bias[j381];
    let v385 = (v383 + v384);
    let v386 = min(v385, 0.0);
    let v387 = exp(v386);
    let v388 = (v387 - 1.0);
    let v389 = select(0.0, 1.0, v385 > 0.0);
    let v390 = select(v388, v385, v389 != 0.0);
    tmp0[l382] = v390;
  }
  {
    let i391 = i0 + 2u;
    let j392 = j0 + 6u;
    let l393 = i391 * 300u + j392;
    let v394 = acc27.z;
    let v395 = s_hidden1_dense_bias[j392];
    let v396 = (v394 + v395);
    let v397 = min(v396, 0.0);
    let v398 = exp(v397);
    let v399 = (v398 - 1.0);
    let v400 = select(0.0, 1.0, v396 > 0.0);
    let v401 = select(v399, v396, v400 != 0.0);
    tmp0[l393] = v401;
  }
  {
    let i402 = i0 + 2u;
    let j403 = j0 + 7u;
    let l404 = i402 * 300u + j403;
    let v405 = acc27.w;
    let v406 = s_hidden1_dense_bias[j403];
    let v407 = (v405 + v406);
    let v408 = min(v407, 0.0);
    let v409 = exp(v408);
    let v410 = (v409 - 1.0);
    let v411 = select(0.0, 1.0, v407 > 0.0);
    let v412 = select(v410, v407, v411 != 0.0);
    tmp0[l404] = v412;
  }
  {
    let i413 = i0 + 2u;
    let j414 = j0 + 8u;
    let l415 = i413 * 300u + j414;
    let v416 = acc28.x;
    let v417 = s_hidden1_dense_bias[j414];
    let v418 = (v416 + v417);
    let v419 = min(v418, 0.0);
    let v420 = exp(v419);
    let v421 = (v420 - 1.0);
    let v422 = select(0.0, 1.0, v418 > 0.0);
    let v423 = select(v421, v418, v422 != 0.0);
    tmp0[l415] = v423;
  }
  {
    let i424 = i0 + 2u;
    let j425 = j0 + 9u;
    let l426 = i424 * 300u + j425;
    let v427 = acc28.y;
    let v428 = s_hidden1_dense_bias[j425];
    let v429 = (v427 + v428);
    let v430 = min(v429, 0.0);
    let v431 = exp(v430);
    let v432 = (v431 - 1.0);
    let v433 = select(0.0, 1.0, v429 > 0.0);
    let v434 = select(v432, v429, v433 != 0.0);
    tmp0[l426] = v434;
  }
  {
    let i435 = i0 + 2u;
    let j436 = j0 + 10u;
    let l437 = i435 * 300u + j436;
    let v438 = acc28.z;
    let v439 = s_hidden1_dense_bias[j436];
    let v440 = (v438 + v439);
    let v441 = min(v440, 0.0);
    let v442 = exp(v441);
    let v443 = (v442 - 1.0);
    let v444 = select(0.0, 1.0, v440 > 0.0);
    let v445 = select(v443, v440, v444 != 0.0);
    tmp0[l437] = v445;
  }
  {
    let i446 = i0 + 2u;
    let j447 = j0 + 11u;
    let l448 = i446 * 300u + j447;
    let v449 = acc28.w;
    let v450 = s_hidden1_dense_bias[j447];
    let v451 = (v449 + v450);
    let v452 = min(v451, 0.0);
    let v453 = exp(v452);
    let v454 = (v453 - 1.0);
    let v455 = select(0.0, 1.0, v451 > 0.0);
    let v456 = select(v454, v451, v455 != 0.0);
    tmp0[l448] = v456;
  }
  {
    let i457 = i0 + 3u;
    let l458 = i457 * 300u + j0;
    let v459 = acc29.x;
    let v460 = s_hidden1_dense_bias[j0];
    let v461 = (v459 + v460);
    let v462 = min(v461, 0.0);
    let v463 = exp(v462);
    let v464 = (v463 - 1.0);
    let v465 = select(0.0, 1.0, v461 > 0.0);
    let v466 = select(v464, v461, v465 != 0.0);
    tmp0[l458] = v466;
  }
  {
    let i467 = i0 + 3u;
    let j468 = j0 + 1u;
    let l469 = i467 * 300u + j468;
    let v470 = acc29.y;
    let v471 = s_hidden1_dense_bias[j468];
    let v472 = (v470 + v471);
    let v473 = min(v472, 0.0);
    let v474 = exp(v473);
    let v475 = (v474 - 1.0);
    let v476 = select(0.0, 1.0, v472 > 0.0);
    let v477 = select(v475, v472, v476 != 0.0);
    tmp0[l469] = v477;
  }
  {
    let i478 = i0 + 3u;
    let j479 = j0 + 2u;
    let l480 = i478 * 300u + j479;
    let v481 = acc29.z;
    let v482 = s_hidden1_dense_bias[j479];
    let v483 = (v481 + v482);
    let v484 = min(v483, 0.0);
    let v485 = exp(v484);
    let v486 = (v485 - 1.0);
    let v487 = select(0.0, 1.0, v483 > 0.0);
    let v488 = select(v486, v483, v487 != 0.0);
    tmp0[l480] = v488;
  }
  {
    let i489 = i0 + 3u;
    let j490 = j0 + 3u;
    let l491 = i489 * 300u + j490;
    let v492 = acc29.w;
    let v493 = s_hidden1_dense_bias[j490];
    let v494 = (v492 + v493);
    let v495 = min(v494, 0.0);
    let v496 = exp(v495);
    let v497 = (v496 - 1.0);
    let v498 = select(0.0, 1.0, v494 > 0.0);
    let v499 = select(v497, v494, v498 != 0.0);
    tmp0[l491] = v499;
  }
  {
    let i500 = i0 + 3u;
    let j501 = j0 + 4u;
    let l502 = i500 * 300u + j501;
    let v503 = acc30.x;
    let v504 = s_hidden1_dense_bias[j501];
    let v505 = (v503 + v504);
    let v506 = min(v505, 0.0);
    let v507 = exp(v506);
    let v508 = (v507 - 1.0);
    let v509 = select(0.0, 1.0, v505 > 0.0);
    let v510 = select(v508, v505, v509 != 0.0);
    tmp0[l502] = v510;
  }
  {
    let i511 = i0 + 3u;
    let j512 = j0 + 5u;
    let l513 = i511 * 300u + j512;
    let v514 = acc30.y;
    let v515 = s_hidden1_dense_bias[j512];
    let v516 = (v514 + v515);
    let v517 = min(v516, 0.0);
    let v518 = exp(v517);
    let v519 = (v518 - 1.0);
    let v520 = select(0.0, 1.0, v516 > 0.0);
    let v521 = select(v519, v516, v520 != 0.0);
    tmp0[l513] = v521;
  }
  {
    let i522 = i0 + 3u;
    let j523 = j0 + 6u;
    let l524 = i522 * 300u + j523;
    let v525 = acc30.z;
    let v526 = s_hidden1_dense_bias[j523];
    let v527 = (v525 + v526);
    let v528 = min(v527, 0.0);
    let v529 = exp(v528);
    let v530 = (v529 - 1.0);
    let v531 = select(0.0, 1.0, v527 > 0.0);
    let v532 = select(v530, v527, v531 != 0.0);
    tmp0[l524] = v532;
  }
  {
    let i533 = i0 + 3u;
    let j534 = j0 + 7u;
    let l535 = i533 * 300u + j534;
    let v536 = acc30.w;
    let v537 = s_hidden1_dense_bias[j534];
    let v538 = (v536 + v537);
    let v539 = min(v538, 0.0);
    let v540 = exp(v539);
    let v541 = (v540 - 1.0);
    let v542 = select(0.0, 1.0, v538 > 0.0);
    let v543 = select(v541, v538, v542 != 0.0);
    tmp0[l535] = v543;
  }
  {
    let i544 = i0 + 3u;
    let j545 = j0 + 8u;
    let l546 = i544 * 300u + j545;
    let v547 = acc31.x;
    let v548 = s_hidden1_dense_bias[j545];
    let v549 = (v547 + v548);
    let v550 = min(v549, 0.0);
    let v551 = exp(v550);
    let v552 = (v551 - 1.0);
    let v553 = select(0.0, 1.0, v549 > 0.0);
    let v554 = select(v552, v549, v553 != 0.0);
    tmp0[l546] = v554;
  }
  {
    let i555 = i0 + 3u;
    let j556 = j0 + 9u;
    let l557 = i555 * 300u + j556;
    let v558 = acc31.y;
    let v559 = s_hidden1_dense_bias[j556];
    let v560 = (v558 + v559);
    let v561 = min(v560, 0.0);
    let v562 = exp(v561);
    let v563 = (v562 - 1.0);
    let v564 = select(0.0, 1.0, v560 > 0.0);
    let v565 = select(v563, v560, v564 != 0.0);
    tmp0[l557] = v565;
  }
  {
    let i566 = i0 + 3u;
    let j567 = j0 + 10u;
    let l568 = i566 * 300u + j567;
    let v569 = acc31.z;
    let v570 = s_hidden1_dense_bias[j567];
    let v571 = (v569 + v570);
    let v572 = min(v571, 0.0);
    let v573 = exp(v572);
    let v574 = (v573 - 1.0);
    let v575 = select(0.0, 1.0, v571 > 0.0);
    let v576 = select(v574, v571, v575 != 0.0);
    tmp0[l568] = v576;
  }
  {
    let i577 = i0 + 3u;
    let j578 = j0 + 11u;
    let l579 = i577 * 300u + j578;
    let v580 = acc31.w;
    let v581 = s_hidden1_dense_bias[j578];
    let v582 = (v580 + v581);
    let v583 = min(v582, 0.0);
    let v584 = exp(v583);
    let v585 = (v584 - 1.0);
    let v586 = select(0.0, 1.0, v582 > 0.0);
    let v587 = select(v585, v582, v586 != 0.0);
    tmp0[l579] = v587;
  }
  {
    let i588 = i0 + 4u;
    let l589 = i588 * 300u + j0;
    let v590 = acc32.x;
    let v591 = s_hidden1_dense_bias[j0];
    let v592 = (v590 + v591);
    let v593 = min(v592, 0.0);
    let v594 = exp(v593);
    let v595 = (v594 - 1.0);
    let v596 = select(0.0, 1.0, v592 > 0.0);
    let v597 = select(v595, v592, v596 != 0.0);
    tmp0[l589] = v597;
  }
  {
    let i598 = i0 + 4u;
    let j599 = j0 + 1u;
    let l600 = i598 * 300u + j599;
    let v601 = acc32.y;
    let v602 = s_hidden1_dense_bias[j599];
    let v603 = (v601 + v602);
    let v604 = min(v603, 0.0);
    let v605 = exp(v604);
    let v606 = (v605 - 1.0);
    let v607 = select(0.0, 1.0, v603 > 0.0);
    let v608 = select(v606, v603, v607 != 0.0);
    tmp0[l600] = v608;
  }
  {
    let i609 = i0 + 4u;
    let j610 = j0 + 2u;
    let l611 = i609 * 300u + j610;
    let v612 = acc32.z;
    let v613 = s_hidden1_dense_bias[j610];
    let v614 = (v612 + v613);
    let v615 = min(v614, 0.0);
    let v616 = exp(v615);
    let v617 = (v616 - 1.0);
    let v618 = select(0.0, 1.0, v614 > 0.0);
    let v619 = select(v617, v614, v618 != 0.0);
    tmp0[l611] = v619;
  }
  {
    let i620 = i0 + 4u;
    let j621 = j0 + 3u;
    let l622 = i620 * 300u + j621;
    let v623 = acc32.w;
    let v624 = s_hidden1_dense_bias[j621];
    let v625 = (v623 + v624);
    let v626 = min(v625, 0.0);
    let v627 = exp(v626);
    let v628 = (v627 - 1.0);
    let v629 = select(0.0, 1.0, v625 > 0.0);
    let v630 = select(v628, v625, v629 != 0.0);
    tmp0[l622] = v630;
  }
  {
    let i631 = i0 + 4u;
    let j632 = j0 + 4u;
    let l633 = i631 * 300u + j632;
    let v634 = acc33.x;
    let v635 = s_hidden1_dense_bias[j632];
    let v636 = (v634 + v635);
    let v637 = min(v636, 0.0);
    let v638 = exp(v637);
    let v639 = (v638 - 1.0);
    let v640 = select(0.0, 1.0, v636 > 0.0);
    let v641 = select(v639, v636, v640 != 0.0);
    tmp0[l633] = v641;
  }
  {
    let i642 = i0 + 4u;
    let j643 = j0 + 5u;
    let l644 = i642 * 300u + j643;
    let v645 = acc33.y;
    let v646 = s_hidden1_dense_bias[j643];
    let v647 = (v645 + v646);
    let v648 = min(v647, 0.0);
    let v649 = exp(v648);
    let v650 = (v649 - 1.0);
    let v651 = select(0.0, 1.0, v647 > 0.0);
    let v652 = select(v650, v647, v651 != 0.0);
    tmp0[l644] = v652;
  }
  {
    let i653 = i0 + 4u;
    let j654 = j0 + 6u;
    let l655 = i653 * 300u + j654;
    let v656 = acc33.z;
    let v657 = s_hidden1_dense_bias[j654];
    let v658 = (v656 + v657);
    let v659 = min(v658, 0.0);
    let v660 = exp(v659);
    let v661 = (v660 - 1.0);
    let v662 = select(0.0, 1.0, v658 > 0.0);
    let v663 = select(v661, v658, v662 != 0.0);
    tmp0[l655] = v663;
  }
  {
    let i664 = i0 + 4u;
    let j665 = j0 + 7u;
    let l666 = i664 * 300u + j665;
    let v667 = acc33.w;
    let v668 = s_hidden1_dense_bias[j665];
    let v669 = (v667 + v668);
    let v670 = min(v669, 0.0);
    let v671 = exp(v670);
    let v672 = (v671 - 1.0);
    let v673 = select(0.0, 1.0, v669 > 0.0);
    let v674 = select(v672, v669, v673 != 0.0);
    tmp0[l666] = v674;
  }
  {
    let i675 = i0 + 4u;
    let j676 = j0 + 8u;
    let l677 = i675 * 300u + j676;
    let v678 = acc34.x;
    let v679 = s_hidden1_dense_bias[j676];
    let v680 = (v678 + v679);
    let v681 = min(v680, 0.0);
    let v682 = exp(v681);
    let v683 = (v682 - 1.0);
    let v684 = select(0.0, 1.0, v680 > 0.0);
    let v685 = select(v683, v680, v684 != 0.0);
    tmp0[l677] = v685;
  }
  {
    let i686 = i0 + 4u;
    let j687 = j0 + 9u;
    let l688 = i686 * 300u + j687;
    let v689 = acc34.y;
    let v690 = s_hidden1_dense_bias[j687];
    let v691 = (v689 + v690);
    let v692 = min(v691, 0.0);
    let v693 = exp(v692);
    let v694 = (v693 - 1.0);
    let v695 = select(0.0, 1.0, v691 > 0.0);
    let v696 = select(v694, v691, v695 != 0.0);
    tmp0[l688] = v696;
  }
  {
    let i697 = i0 + 4u;
    let j698 = j0 + 10u;
    let l699 = i697 * 300u + j698;
    let v700 = acc34.z;
    let v701 = s_hidden1_dense_bias[j698];
    let v702 = (v700 + v701);
    let v703 = min(v702, 0.0);
    let v704 = exp(v703);
    let v705 = (v704 - 1.0);
    let v706 = select(0.0, 1.0, v702 > 0.0);
    let v707 = select(v705, v702, v706 != 0.0);
    tmp0[l699] = v707;
  }
  {
    let i708 = i0 + 4u;
    let j709 = j0 + 11u;
    let l710 = i708 * 300u + j709;
    let v711 = acc34.w;
    let v712 = s_hidden1_dense_bias[j709];
    let v713 = (v711 + v712);
    let v714 = min(v713, 0.0);
    let v715 = exp(v714);
    let v716 = (v715 - 1.0);
    let v717 = select(0.0, 1.0, v713 > 0.0);
    let v718 = select(v716, v713, v717 != 0.0);
    tmp0[l710] = v718;
  }
  {
    let i719 = i0 + 5u;
    let l720 = i719 * 300u + j0;
    let v721 = acc35.x;
    let v722 = s_hidden1_dense_bias[j0];
    let v723 = (v721 + v722);
    let v724 = min(v723, 0.0);
    let v725 = exp(v724);
    let v726 = (v725 - 1.0);
    let v727 = select(0.0, 1.0, v723 > 0.0);
    let v728 = select(v726, v723, v727 != 0.0);
    tmp0[l720] = v728;
  }
  {
    let i729 = i0 + 5u;
    let j730 = j0 + 1u;
    let l731 = i729 * 300u + j730;
    let v732 = acc35.y;
    let v733 = s_hidden1_dense_bias[j730];
    let v734 = (v732 + v733);
    let v735 = min(v734, 0.0);
    let v736 = exp(v735);
    let v737 = (v736 - 1.0);
    let v738 = select(0.0, 1.0, v734 > 0.0);
    let v739 = select(v737, v734, v738 != 0.0);
    tmp0[l731] = v739;
  }
  {
    let i740 = i0 + 5u;
    let j741 = j0 + 2u;
    let l742 = i740 * 300u + j741;
    let v743 = acc35.z;
    let v744 = s_hidden1_dense_bias[j741];
    let v745 = (v743 + v744);
    let v746 = min(v745, 0.0);
    let v747 = exp(v746);
    let v748 = (v747 - 1.0);
    let v749 = select(0.0, 1.0, v745 > 0.0);
    let v750 = select(v748, v745, v749 != 0.0);
    tmp0[l742] = v750;
  }
  {
    let i751 = i0 + 5u;
    let j752 = j0 + 3u;
    let l753 = i751 * 300u + j752;
    let v754 = acc35.w;
    let v755 = s_hidden1_dense_bias[j752];
    let v756 = (v754 + v755);
    let v757 = min(v756, 0.0);
    let v758 = exp(v757);
    let v759 = (v758 - 1.0);
    let v760 = select(0.0, 1.0, v756 > 0.0);
    let v761 = select(v759, v756, v760 != 0.0);
    tmp0[l753] = v761;
  }
  {
    let i762 = i0 + 5u;
    let j763 = j0 + 4u;
    let l764 = i762 * 300u + j763;
    let v765 = acc36.x;
    let v766 = s_hidden1_dense_bias[j763];
    let v767 = (v765 + v766);
    let v768 = min(v767, 0.0);
    let v769 = exp(v768);
    let v770 = (v769 - 1.0);
    let v771 = select(0.0, 1.0, v767 > 0.0);
    let v772 = select(v770, v767, v771 != 0.0);
    tmp0[l764] = v772;
  }
  {
    let i773 = i0 + 5u;
    let j774 = j0 + 5u;
    let l775 = i773 * 300u + j774;
    let v776 = acc36.y;
    let v777 = s_hidden1_dense_bias[j774];
    let v778 = (v776 + v777);
    let v779 = min(v778, 0.0);
    let v780 = exp(v779);
    let v781 = (v780 - 1.0);
    let v782 = select(0.0, 1.0, v778 > 0.0);
    let v783 = select(v781, v778, v782 != 0.0);
    tmp0[l775] = v783;
  }
  {
    let i784 = i0 + 5u;
    let j785 = j0 + 6u;
    let l786 = i784 * 300u + j785;
    let v787 = acc36.z;
    let v788 = s_hidden1_dense_bias[j785];
    let v789 = (v787 + v788);
    let v790 = min(v789, 0.0);
    let v791 = exp(v790);
    let v792 = (v791 - 1.0);
    let v793 = select(0.0, 1.0, v789 > 0.0);
    let v794 = select(v792, v789, v793 != 0.0);
    tmp0[l786] = v794;
  }
  {
    let i795 = i0 + 5u;
    let j796 = j0 + 7u;
    let l797 = i795 * 300u + j796;
    let v798 = acc36.w;
    let v799 = s_hidden1_dense_bias[j796];
    let v800 = (v798 + v799);
    let v801 = min(v800, 0.0);
    let v802 = exp(v801);
    let v803 = (v802 - 1.0);
    let v804 = select(0.0, 1.0, v800 > 0.0);
    let v805 = select(v803, v800, v804 != 0.0);
    tmp0[l797] = v805;
  }
  {
    let i806 = i0 + 5u;
    let j807 = j0 + 8u;
    let l808 = i806 * 300u + j807;
    let v809 = acc37.x;
    let v810 = s_hidden1_dense_bias[j807];
    let v811 = (v809 + v810);
    let v812 = min(v811, 0.0);
    let v813 = exp(v812);
    let v814 = (v813 - 1.0);
    let v815 = select(0.0, 1.0, v811 > 0.0);
    let v816 = select(v814, v811, v815 != 0.0);
    tmp0[l808] = v816;
  }
  {
    let i817 = i0 + 5u;
    let j818 = j0 + 9u;
    let l819 = i817 * 300u + j818;
    let v820 = acc37.y;
    let v821 = s_hidden1_dense_bias[j818];
    let v822 = (v820 + v821);
    let v823 = min(v822, 0.0);
    let v824 = exp(v823);
    let v825 = (v824 - 1.0);
    let v826 = select(0.0, 1.0, v822 > 0.0);
    let v827 = select(v825, v822, v826 != 0.0);
    tmp0[l819] = v827;
  }
  {
    let i828 = i0 + 5u;
    let j829 = j0 + 10u;
    let l830 = i828 * 300u + j829;
    let v831 = acc37.z;
    let v832 = s_hidden1_dense_bias[j829];
    let v833 = (v831 + v832);
    let v834 = min(v833, 0.0);
    let v835 = exp(v834);
    let v836 = (v835 - 1.0);
    let v837 = select(0.0, 1.0, v833 > 0.0);
    let v838 = select(v836, v833, v837 != 0.0);
    tmp0[l830] = v838;
  }
  {
    let i839 = i0 + 5u;
    let j840 = j0 + 11u;
    let l841 = i839 * 300u + j840;
    let v842 = acc37.w;
    let v843 = s_hidden1_dense_bias[j840];
    let v844 = (v842 + v843);
    let v845 = min(v844, 0.0);
    let v846 = exp(v845);
    let v847 = (v846 - 1.0);
    let v848 = select(0.0, 1.0, v844 > 0.0);
    let v849 = select(v847, v844, v848 != 0.0);
    tmp0[l841] = v849;
  }
  {
    let i850 = i0 + 6u;
    let l851 = i850 * 300u + j0;
    let v852 = acc38.x;
    let v853 = s_hidden1_dense_bias[j0];
    let v854 = (v852 + v853);
    let v855 = min(v854, 0.0);
    let v856 = exp(v855);
    let v857 = (v856 - 1.0);
    let v858 = select(0.0, 1.0, v854 > 0.0);
    let v859 = select(v857, v854, v858 != 0.0);
    tmp0[l851] = v859;
  }
  {
    let i860 = i0 + 6u;
    let j861 = j0 + 1u;
    let l862 = i860 * 300u + j861;
    let v863 = acc38.y;
    let v864 = s_hidden1_dense_bias[j861];
    let v865 = (v863 + v864);
    let v866 = min(v865, 0.0);
    let v867 = exp(v866);
    let v868 = (v867 - 1.0);
    let v869 = select(0.0, 1.0, v865 > 0.0);
    let v870 = select(v868, v865, v869 != 0.0);
    tmp0[l862] = v870;
  }
  {
    let i871 = i0 + 6u;
    let j872 = j0 + 2u;
    let l873 = i871 * 300u + j872;
    let v874 = acc38.z;
    let v875 = s_hidden1_dense_bias[j872];
    let v876 = (v874 + v875);
    let v877 = min(v876, 0.0);
    let v878 = exp(v877);
    let v879 = (v878 - 1.0);
    let v880 = select(0.0, 1.0, v876 > 0.0);
    let v881 = select(v879, v876, v880 != 0.0);
    tmp0[l873] = v881;
  }
  {
    let i882 = i0 + 6u;
    let j883 = j0 + 3u;
    let l884 = i882 * 300u + j883;
    let v885 = acc38.w;
    let v886 = s_hidden1_dense_bias[j883];
    let v887 = (v885 + v886);
    let v888 = min(v887, 0.0);
    let v889 = exp(v888);
    let v890 = (v889 - 1.0);
    let v891 = select(0.0, 1.0, v887 > 0.0);
    let v892 = select(v890, v887, v891 != 0.0);
    tmp0[l884] = v892;
  }
  {
    let i893 = i0 + 6u;
    let j894 = j0 + 4u;
    let l895 = i893 * 300u + j894;
    let v896 = acc39.x;
    let v897 = s_hidden1_dense_bias[j894];
    let v898 = (v896 + v897);
    let v899 = min(v898, 0.0);
    let v900 = exp(v899);
    let v901 = (v900 - 1.0);
    let v902 = select(0.0, 1.0, v898 > 0.0);
    let v903 = select(v901, v898, v902 != 0.0);
    tmp0[l895] = v903;
  }
  {
    let i904 = i0 + 6u;
    let j905 = j0 + 5u;
    let l906 = i904 * 300u + j905;
    let v907 = acc39.y;
    let v908 = s_hidden1_dense_bias[j905];
    let v909 = (v907 + v908);
    let v910 = min(v909, 0.0);
    let v911 = exp(v910);
    let v912 = (v911 - 1.0);
    let v913 = select(0.0, 1.0, v909 > 0.0);
    let v914 = select(v912, v909, v913 != 0.0);
    tmp0[l906] = v914;
  }
  {
    let i915 = i0 + 6u;
    let j916 = j0 + 6u;
    let l917 = i915 * 300u + j916;
    let v918 = acc39.z;
    let v919 = s_hidden1_dense_bias[j916];
    let v920 = (v918 + v919);
    let v921 = min(v920, 0.0);
    let v922 = exp(v921);
    let v923 = (v922 - 1.0);
    let v924 = select(0.0, 1.0, v920 > 0.0);
    let v925 = select(v923, v920, v924 != 0.0);
    tmp0[l917] = v925;
  }
  {
    let i926 = i0 + 6u;
    let j927 = j0 + 7u;
    let l928 = i926 * 300u + j927;
    let v929 = acc39.w;
    let v930 = s_hidden1_dense_bias[j927];
    let v931 = (v929 + v930);
    let v932 = min(v931, 0.0);
    let v933 = exp(v932);
    let v934 = (v933 - 1.0);
    let v935 = select(0.0, 1.0, v931 > 0.0);
    let v936 = select(v934, v931, v935 != 0.0);
    tmp0[l928] = v936;
  }
  {
    let i937 = i0 + 6u;
    let j938 = j0 + 8u;
    let l939 = i937 * 300u + j938;
    let v940 = acc40.x;
    let v941 = s_hidden1_dense_bias[j938];
    let v942 = (v940 + v941);
    let v943 = min(v942, 0.0);
    let v944 = exp(v943);
    let v945 = (v944 - 1.0);
    let v946 = select(0.0, 1.0, v942 > 0.0);
    let v947 = select(v945, v942, v946 != 0.0);
    tmp0[l939] = v947;
  }
  {
    let i948 = i0 + 6u;
    let j949 = j0 + 9u;
    let l950 = i948 * 300u + j949;
    let v951 = acc40.y;
    let v952 = s_hidden1_dense_bias[j949];
    let v953 = (v951 + v952);
    let v954 = min(v953, 0.0);
    let v955 = exp(v954);
    let v956 = (v955 - 1.0);
    let v957 = select(0.0, 1.0, v953 > 0.0);
    let v958 = select(v956, v953, v957 != 0.0);
    tmp0[l950] = v958;
  }
  {
    let i959 = i0 + 6u;
    let j960 = j0 + 10u;
    let l961 = i959 * 300u + j960;
    let v962 = acc40.z;
    let v963 = s_hidden1_dense_bias[j960];
    let v964 = (v962 + v963);
    let v965 = min(v964, 0.0);
    let v966 = exp(v965);
    let v967 = (v966 - 1.0);
    let v968 = select(0.0, 1.0, v964 > 0.0);
    let v969 = select(v967, v964, v968 != 0.0);
    tmp0[l961] = v969;
  }
  {
    let i970 = i0 + 6u;
    let j971 = j0 + 11u;
    let l972 = i970 * 300u + j971;
    let v973 = acc40.w;
    let v974 = s_hidden1_dense_bias[j971];
    let v975 = (v973 + v974);
    let v976 = min(v975, 0.0);
    let v977 = exp(v976);
    let v978 = (v977 - 1.0);
    let v979 = select(0.0, 1.0, v975 > 0.0);
    let v980 = select(v978, v975, v979 != 0.0);
    tmp0[l972] = v980;
  }
  {
    let i981 = i0 + 7u;
    let l982 = i981 * 300u + j0;
    let v983 = acc41.x;
    let v984 = s_hidden1_dense_bias[j0];
    let v985 = (v983 + v984);
    let v986 = min(v985, 0.0);
    let v987 = exp(v986);
    let v988 = (v987 - 1.0);
    let v989 = select(0.0, 1.0, v985 > 0.0);
    let v990 = select(v988, v985, v989 != 0.0);
    tmp0[l982] = v990;
  }
  {
    let i991 = i0 + 7u;
    let j992 = j0 + 1u;
    let l993 = i991 * 300u + j992;
    let v994 = acc41.y;
    let v995 = s_hidden1_dense_bias[j992];
    let v996 = (v994 + v995);
    let v997 = min(v996, 0.0);
    let v998 = exp(v997);
    let v999 = (v998 - 1.0);
    let v1000 = select(0.0, 1.0, v996 > 0.0);
    let v1001 = select(v999, v996, v1000 != 0.0);
    tmp0[l993] = v1001;
  }
  {
    let i1002 = i0 + 7u;
    let j1003 = j0 + 2u;
    let l1004 = i1002 * 300u + j1003;
    let v1005 = acc41.z;
    let v1006 = s_hidden1_dense_bias[j1003];
    let v1007 = (v1005 + v1006);
    let v1008 = min(v1007, 0.0);
    let v1009 = exp(v1008);
    let v1010 = (v1009 - 1.0);
    let v1011 = select(0.0, 1.0, v1007 > 0.0);
    let v1012 = select(v1010, v1007, v1011 != 0.0);
    tmp0[l1004] = v1012;
  }
  {
    let i1013 = i0 + 7u;
    let j1014 = j0 + 3u;
    let l1015 = i1013 * 300u + j1014;
    let v1016 = acc41.w;
    let v1017 = s_hidden1_dense_bias[j1014];
    let v1018 = (v1016 + v1017);
    let v1019 = min(v1018, 0.0);
    let v1020 = exp(v1019);
    let v1021 = (v1020 - 1.0);
    let v1022 = select(0.0, 1.0, v1018 > 0.0);
    let v1023 = select(v1021, v1018, v1022 != 0.0);
    tmp0[l1015] = v1023;
  }
  {
    let i1024 = i0 + 7u;
    let j1025 = j0 + 4u;
    let l1026 = i1024 * 300u + j1025;
    let v1027 = acc42.x;
    let v1028 = s_hidden1_dense_bias[j1025];
    let v1029 = (v1027 + v1028);
    let v1030 = min(v1029, 0.0);
    let v1031 = exp(v1030);
    let v1032 = (v1031 - 1.0);
    let v1033 = select(0.0, 1.0, v1029 > 0.0);
    let v1034 = select(v1032, v1029, v1033 != 0.0);
    tmp0[l1026] = v1034;
  }
  {
    let i1035 = i0 + 7u;
    let j1036 = j0 + 5u;
    let l1037 = i1035 * 300u + j1036;
    let v1038 = acc42.y;
    let v1039 = s_hidden1_dense_bias[j1036];
    let v1040 = (v1038 + v1039);
    let v1041 = min(v1040, 0.0);
    let v1042 = exp(v1041);
    let v1043 = (v1042 - 1.0);
    let v1044 = select(0.0, 1.0, v1040 > 0.0);
    let v1045 = select(v1043, v1040, v1044 != 0.0);
    tmp0[l1037] = v1045;
  }
  {
    let i1046 = i0 + 7u;
    let j1047 = j0 + 6u;
    let l1048 = i1046 * 300u + j1047;
    let v1049 = acc42.z;
    let v1050 = s_hidden1_dense_bias[j1047];
    let v1051 = (v1049 + v1050);
    let v1052 = min(v1051, 0.0);
    let v1053 = exp(v1052);
    let v1054 = (v1053 - 1.0);
    let v1055 = select(0.0, 1.0, v1051 > 0.0);
    let v1056 = select(v1054, v1051, v1055 != 0.0);
    tmp0[l1048] = v1056;
  }
  {
    let i1057 = i0 + 7u;
    let j1058 = j0 + 7u;
    let l1059 = i1057 * 300u + j1058;
    let v1060 = acc42.w;
    let v1061 = s_hidden1_dense_bias[j1058];
    let v1062 = (v1060 + v1061);
    let v1063 = min(v1062, 0.0);
    let v1064 = exp(v1063);
    let v1065 = (v1064 - 1.0);
    let v1066 = select(0.0, 1.0, v1062 > 0.0);
    let v1067 = select(v1065, v1062, v1066 != 0.0);
    tmp0[l1059] = v1067;
  }
  {
    let i1068 = i0 + 7u;
    let j1069 = j0 + 8u;
    let l1070 = i1068 * 300u + j1069;
    let v1071 = acc43.x;
    let v1072 = s_hidden1_dense_bias[j1069];
    let v1073 = (v1071 + v1072);
    let v1074 = min(v1073, 0.0);
    let v1075 = exp(v1074);
    let v1076 = (v1075 - 1.0);
    let v1077 = select(0.0, 1.0, v1073 > 0.0);
    let v1078 = select(v1076, v1073, v1077 != 0.0);
    tmp0[l1070] = v1078;
  }
  {
    let i1079 = i0 + 7u;
    let j1080 = j0 + 9u;
    let l1081 = i1079 * 300u + j1080;
    let v1082 = acc43.y;
    let v1083 = s_hidden1_dense_bias[j1080];
    let v1084 = (v1082 + v1083);
    let v1085 = min(v1084, 0.0);
    let v1086 = exp(v1085);
    let v1087 = (v1086 - 1.0);
    let v1088 = select(0.0, 1.0, v1084 > 0.0);
    let v1089 = select(v1087, v1084, v1088 != 0.0);
    tmp0[l1081] = v1089;
  }
  {
    let i1090 = i0 + 7u;
    let j1091 = j0 + 10u;
    let l1092 = i1090 * 300u + j1091;
    let v1093 = acc43.z;
    let v1094 = s_hidden1_dense_bias[j1091];
    let v1095 = (v1093 + v1094);
    let v1096 = min(v1095, 0.0);
    let v1097 = exp(v1096);
    let v1098 = (v1097 - 1.0);
    let v1099 = select(0.0, 1.0, v1095 > 0.0);
    let v1100 = select(v1098, v1095, v1099 != 0.0);
    tmp0[l1092] = v1100;
  }
  {
    let i1101 = i0 + 7u;
    let j1102 = j0 + 11u;
    let l1103 = i1101 * 300u + j1102;
    let v1104 = acc43.w;
    let v1105 = s_hidden1_dense_bias[j1102];
    let v1106 = (v1104 + v1105);
    let v1107 = min(v1106, 0.0);
    let v1108 = exp(v1107);
    let v1109 = (v1108 - 1.0);
    let v1110 = select(0.0, 1.0, v1106 > 0.0);
    let v1111 = select(v1109, v1106, v1110 != 0.0);
    tmp0[l1103] = v1111;
  }
}

// ---- 030_matmul_hidden2.wgsl
@group(0) @binding(0) var<storage, read> tmp0_v4: array<vec4<f32>>;
@group(0) @binding(1) var<storage, read> s_hidden2_dense_kernel_v4: array<vec4<f32>>;
@group(0) @binding(2) var<storage, read_write> tmp2: array<f32>;
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
    let av28 = tmp0_v4[ra20 + k];
    let av29 = tmp0_v4[ra21 + k];
    let av30 = tmp0_v4[ra22 + k];
    let av31 = tmp0_v4[ra23 + k];
    let av32 = tmp0_v4[ra24 + k];
    let av33 = tmp0_v4[ra25 + k];
    let av34 = tmp0_v4[ra26 + k];
    let av35 = tmp0_v4[ra27 + k];
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
    let v48 = min(v47, 0.0);
    let v49 = exp(v48);
    let v50 = (v49 - 1.0);
    let v51 = select(0.0, 1.0, v47 > 0.0);
    let v52 = select(v50, v47, v51 != 0.0);
    tmp2[l44] = v52;
  }
  {
    let j53 = j0 + 1u;
    let l54 = i0 * 100u + j53;
    let v55 = acc12.y;
    let v56 = s_hidden2_dense_bias[j53];
    let v57 = (v55 + v56);
    let v58 = min(v57, 0.0);
    let v59 = exp(v58);
    let v60 = (v59 - 1.0);
    let v61 = select(0.0, 1.0, v57 > 0.0);
    let v62 = select(v60, v57, v61 != 0.0);
    tmp2[l54] = v62;
  }
  {
    let j63 = j0 + 2u;
    let l64 = i0 * 100u + j63;
    let v65 = acc12.z;
    let v66 = s_hidden2_dense_bias[j63];
    let v67 = (v65 + v66);
    let v68 = min(v67, 0.0);
    let v69 = exp(v68);
    let v70 = (v69 - 1.0);
    let v71 = select(0.0, 1.0, v67 > 0.0);
    let v72 = select(v70, v67, v71 != 0.0);
    tmp2[l64] = v72;
  }
  {
    let j73 = j0 + 3u;
    let l74 = i0 * 100u + j73;
    let v75 = acc12.w;
    let v76 = s_hidden2_dense_bias[j73];
    let v77 = (v75 + v76);
    let v78 = min(v77, 0.0);
    let v79 = exp(v78);
    let v80 = (v79 - 1.0);
    let v81 = select(0.0, 1.0, v77 > 0.0);
    let v82 = select(v80, v77, v81 != 0.0);
    tmp2[l74] = v82;
  }
  {
    let i83 = i0 + 1u;
    let l84 = i83 * 100u + j0;
    let v85 = acc13.x;
    let v86 = s_hidden2_dense_bias[j0];
    let v87 = (v85 + v86);
    let v88 = min(v87, 0.0);
    let v89 = exp(v88);
    let v90 = (v89 - 1.0);
    let v91 = select(0.0, 1.0, v87 > 0.0);
    let v92 = select(v90, v87, v91 != 0.0);
    tmp2[l84] = v92;
  }
  {
    let i93 = i0 + 1u;
    let j94 = j0 + 1u;
    let l95 = i93 * 100u + j94;
    let v96 = acc13.y;
    let v97 = s_hidden2_dense_bias[j94];
    let v98 = (v96 + v97);
    let v99 = min(v98, 0.0);
    let v100 = exp(v99);
    let v101 = (v100 - 1.0);
    let v102 = select(0.0, 1.0, v98 > 0.0);
    let v103 = select(v101, v98, v102 != 0.0);
    tmp2[l95] = v103;
  }
  {
    let i104 = i0 + 1u;
    let j105 = j0 + 2u;
    let l106 = i104 * 100u + j105;
    let v107 = acc13.z;
    let v108 = s_hidden2_dense_bias[j105];
    let v109 = (v107 + v108);
    let v110 = min(v109, 0.0);
    let v111 = exp(v110);
    let v112 = (v111 - 1.0);
    let v113 = select(0.0, 1.0, v109 > 0.0);
    let v114 = select(v112, v109, v113 != 0.0);
    tmp2[l106] = v114;
  }
  {
    let i115 = i0 + 1u;
    let j116 = j0 + 3u;
    let l117 = i115 * 100u + j116;
    let v118 = acc13.w;
    let v119 = s_hidden2_dense_bias[j116];
    let v120 = (v118 + v119);
    let v121 = min(v120, 0.0);
    let v122 = exp(v121);
    let v123 = (v122 - 1.0);
    let v124 = select(0.0, 1.0, v120 > 0.0);
    let v125 = select(v123, v120, v124 != 0.0);
    tmp2[l117] = v125;
  }
  {
    let i126 = i0 + 2u;
    let l127 = i126 * 100u + j0;
    let v128 = acc14.x;
    let v129 = s_hidden2_dense_bias[j0];
    let v130 = (v128 + v129);
    let v131 = min(v130, 0.0);
    let v132 = exp(v131);
    let v133 = (v132 - 1.0);
    let v134 = select(0.0, 1.0, v130 > 0.0);
    let v135 = select(v133, v130, v134 != 0.0);
    tmp2[l127] = v135;
  }
  {
    let i136 = i0 + 2u;
    let j137 = j0 + 1u;
    let l138 = i136 * 100u + j137;
    let v139 = acc14.y;
    let v140 = s_hidden2_dense_bias[j137];
    let v141 = (v139 + v140);
    let v142 = min(v141, 0.0);
    let v143 = exp(v142);
    let v144 = (v143 - 1.0);
    let v145 = select(0.0, 1.0, v141 > 0.0);
    let v146 = select(v144, v141, v145 != 0.0);
    tmp2[l138] = v146;
  }
  {
    let i147 = i0 + 2u;
    let j148 = j0 + 2u;
    let l149 = i147 * 100u + j148;
    let v150 = acc14.z;
    let v151 = s_hidden2_dense_bias[j148];
    let v152 = (v150 + v151);
    let v153 = min(v152, 0.0);
    let v154 = exp(v153);
    let v155 = (v154 - 1.0);
    let v156 = select(0.0, 1.0, v152 > 0.0);
    let v157 = select(v155, v152, v156 != 0.0);
    tmp2[l149] = v157;
  }
  {
    let i158 = i0 + 2u;
    let j159 = j0 + 3u;
    let l160 = i158 * 100u + j159;
    let v161 = acc14.w;
    let v162 = s_hidden2_dense_bias[j159];
    let v163 = (v161 + v162);
    let v164 = min(v163, 0.0);
    let v165 = exp(v164);
    let v166 = (v165 - 1.0);
    let v167 = select(0.0, 1.0, v163 > 0.0);
    let v168 = select(v166, v163, v167 != 0.0);
    tmp2[l160] = v168;
  }
  {
    let i169 = i0 + 3u;
    let l170 = i169 * 100u + j0;
    let v171 = acc15.x;
    let v172 = s_hidden2_dense_bias[j0];
    let v173 = (v171 + v172);
    let v174 = min(v173, 0.0);
    let v175 = exp(v174);
    let v176 = (v175 - 1.0);
    let v177 = select(0.0, 1.0, v173 > 0.0);
    let v178 = select(v176, v173, v177 != 0.0);
    tmp2[l170] = v178;
  }
  {
    let i179 = i0 + 3u;
    let j180 = j0 + 1u;
    let l181 = i179 * 100u + j180;
    let v182 = acc15.y;
    let v183 = s_hidden2_dense_bias[j180];
    let v184 = (v182 + v183);
    let v185 = min(v184, 0.0);
    let v186 = exp(v185);
    let v187 = (v186 - 1.0);
    let v188 = select(0.0, 1.0, v184 > 0.0);
    let v189 = select(v187, v184, v188 != 0.0);
    tmp2[l181] = v189;
  }
  {
    let i190 = i0 + 3u;
    let j191 = j0 + 2u;
    let l192 = i190 * 100u + j191;
    let v193 = acc15.z;
    let v194 = s_hidden2_dense_bias[j191];
    let v195 = (v193 + v194);
    let v196 = min(v195, 0.0);
    let v197 = exp(v196);
    let v198 = (v197 - 1.0);
    let v199 = select(0.0, 1.0, v195 > 0.0);
    let v200 = select(v198, v195, v199 != 0.0);
    tmp2[l192] = v200;
  }
  {
    let i201 = i0 + 3u;
    let j202 = j0 + 3u;
    let l203 = i201 * 100u + j202;
    let v204 = acc15.w;
    let v205 = s_hidden2_dense_bias[j202];
    let v206 = (v204 + v205);
    let v207 = min(v206, 0.0);
    let v208 = exp(v207);
    let v209 = (v208 - 1.0);
    let v210 = select(0.0, 1.0, v206 > 0.0);
    let v211 = select(v209, v206, v210 != 0.0);
    tmp2[l203] = v211;
  }
  {
    let i212 = i0 + 4u;
    let l213 = i212 * 100u + j0;
    let v214 = acc16.x;
    let v215 = s_hidden2_dense_bias[j0];
    let v216 = (v214 + v215);
    let v217 = min(v216, 0.0);
    let v218 = exp(v217);
    let v219 = (v218 - 1.0);
    let v220 = select(0.0, 1.0, v216 > 0.0);
    let v221 = select(v219, v216, v220 != 0.0);
    tmp2[l213] = v221;
  }
  {
    let i222 = i0 + 4u;
    let j223 = j0 + 1u;
    let l224 = i222 * 100u + j223;
    let v225 = acc16.y;
    let v226 = s_hidden2_dense_bias[j223];
    let v227 = (v225 + v226);
    let v228 = min(v227, 0.0);
    let v229 = exp(v228);
    let v230 = (v229 - 1.0);
    let v231 = select(0.0, 1.0, v227 > 0.0);
    let v232 = select(v230, v227, v231 != 0.0);
    tmp2[l224] = v232;
  }
  {
    let i233 = i0 + 4u;
    let j234 = j0 + 2u;
    let l235 = i233 * 100u + j234;
    let v236 = acc16.z;
    let v237 = s_hidden2_dense_bias[j234];
    let v238 = (v236 + v237);
    let v239 = min(v238, 0.0);
    let v240 = exp(v239);
    let v241 = (v240 - 1.0);
    let v242 = select(0.0, 1.0, v238 > 0.0);
    let v243 = select(v241, v238, v242 != 0.0);
    tmp2[l235] = v243;
  }
  {
    let i244 = i0 + 4u;
    let j245 = j0 + 3u;
    let l246 = i244 * 100u + j245;
    let v247 = acc16.w;
    let v248 = s_hidden2_dense_bias[j245];
    let v249 = (v247 + v248);
    let v250 = min(v249, 0.0);
    let v251 = exp(v250);
    let v252 = (v251 - 1.0);
    let v253 = select(0.0, 1.0, v249 > 0.0);
    let v254 = select(v252, v249, v253 != 0.0);
    tmp2[l246] = v254;
  }
  {
    let i255 = i0 + 5u;
    let l256 = i255 * 100u + j0;
    let v257 = acc17.x;
    let v258 = s_hidden2_dense_bias[j0];
    let v259 = (v257 + v258);
    let v260 = min(v259, 0.0);
    let v261 = exp(v260);
    let v262 = (v261 - 1.0);
    let v263 = select(0.0, 1.0, v259 > 0.0);
    let v264 = select(v262, v259, v263 != 0.0);
    tmp2[l256] = v264;
  }
  {
    let i265 = i0 + 5u;
    let j266 = j0 + 1u;
    let l267 = i265 * 100u + j266;
    let v268 = acc17.y;
    let v269 = s_hidden2_dense_bias[j266];
    let v270 = (v268 + v269);
    let v271 = min(v270, 0.0);
    let v272 = exp(v271);
    let v273 = (v272 - 1.0);
    let v274 = select(0.0, 1.0, v270 > 0.0);
    let v275 = select(v273, v270, v274 != 0.0);
    tmp2[l267] = v275;
  }
  {
    let i276 = i0 + 5u;
    let j277 = j0 + 2u;
    let l278 = i276 * 100u + j277;
    let v279 = acc17.z;
    let v280 = s_hidden2_dense_bias[j277];
    let v281 = (v279 + v280);
    let v282 = min(v281, 0.0);
    let v283 = exp(v282);
    let v284 = (v283 - 1.0);
    let v285 = select(0.0, 1.0, v281 > 0.0);
    let v286 = select(v284, v281, v285 != 0.0);
    tmp2[l278] = v286;
  }
  {
    let i287 = i0 + 5u;
    let j288 = j0 + 3u;
    let l289 = i287 * 100u + j288;
    let v290 = acc17.w;
    let v291 = s_hidden2_dense_bias[j288];
    let v292 = (v290 + v291);
    let v293 = min(v292, 0.0);
    let v294 = exp(v293);
    let v295 = (v294 - 1.0);
    let v296 = select(0.0, 1.0, v292 > 0.0);
    let v297 = select(v295, v292, v296 != 0.0);
    tmp2[l289] = v297;
  }
  {
    let i298 = i0 + 6u;
    let l299 = i298 * 100u + j0;
    let v300 = acc18.x;
    let v301 = s_hidden2_dense_bias[j0];
    let v302 = (v300 + v301);
    let v303 = min(v302, 0.0);
    let v304 = exp(v303);
    let v305 = (v304 - 1.0);
    let v306 = select(0.0, 1.0, v302 > 0.0);
    let v307 = select(v305, v302, v306 != 0.0);
    tmp2[l299] = v307;
  }
  {
    let i308 = i0 + 6u;
    let j309 = j0 + 1u;
    let l310 = i308 * 100u + j309;
    let v311 = acc18.y;
    let v312 = s_hidden2_dense_bias[j309];
    let v313 = (v311 + v312);
    let v314 = min(v313, 0.0);
    let v315 = exp(v314);
    let v316 = (v315 - 1.0);
    let v317 = select(0.0, 1.0, v313 > 0.0);
    let v318 = select(v316, v313, v317 != 0.0);
    tmp2[l310] = v318;
  }
  {
    let i319 = i0 + 6u;
    let j320 = j0 + 2u;
    let l321 = i319 * 100u + j320;
    let v322 = acc18.z;
    let v323 = s_hidden2_dense_bias[j320];
    let v324 = (v322 + v323);
    let v325 = min(v324, 0.0);
    let v326 = exp(v325);
    let v327 = (v326 - 1.0);
    let v328 = select(0.0, 1.0, v324 > 0.0);
    let v329 = select(v327, v324, v328 != 0.0);
    tmp2[l321] = v329;
  }
  {
    let i330 = i0 + 6u;
    let j331 = j0 + 3u;
    let l332 = i330 * 100u + j331;
    let v333 = acc18.w;
    let v334 = s_hidden2_dense_bias[j331];
    let v335 = (v333 + v334);
    let v336 = min(v335, 0.0);
    let v337 = exp(v336);
    let v338 = (v337 - 1.0);
    let v339 = select(0.0, 1.0, v335 > 0.0);
    let v340 = select(v338, v335, v339 != 0.0);
    tmp2[l332] = v340;
  }
  {
    let i341 = i0 + 7u;
    let l342 = i341 * 100u + j0;
    let v343 = acc19.x;
    let v344 = s_hidden2_dense_bias[j0];
    let v345 = (v343 + v344);
    let v346 = min(v345, 0.0);
    let v347 = exp(v346);
    let v348 = (v347 - 1.0);
    let v349 = select(0.0, 1.0, v345 > 0.0);
    let v350 = select(v348, v345, v349 != 0.0);
    tmp2[l342] = v350;
  }
  {
    let i351 = i0 + 7u;
    let j352 = j0 + 1u;
    let l353 = i351 * 100u + j352;
    let v354 = acc19.y;
    let v355 = s_hidden2_dense_bias[j352];
    let v356 = (v354 + v355);
    let v357 = min(v356, 0.0);
    let v358 = exp(v357);
    let v359 = (v358 - 1.0);
    let v360 = select(0.0, 1.0, v356 > 0.0);
    let v361 = select(v359, v356, v360 != 0.0);
    tmp2[l353] = v361;
  }
  {
    let i362 = i0 + 7u;
    let j363 = j0 + 2u;
    let l364 = i362 * 100u + j363;
    let v365 = acc19.z;
    let v366 = s_hidden2_dense_bias[j363];
    let v367 = (v365 + v366);
    let v368 = min(v367, 0.0);
    let v369 = exp(v368);
    let v370 = (v369 - 1.0);
    let v371 = select(0.0, 1.0, v367 > 0.0);
    let v372 = select(v370, v367, v371 != 0.0);
    tmp2[l364] = v372;
  }
  {
    let i373 = i0 + 7u;
    let j374 = j0 + 3u;
    let l375 = i373 * 100u + j374;
    let v376 = acc19.w;
    let v377 = s_hidden2_dense_bias[j374];
    let v378 = (v376 + v377);
    let v379 = min(v378, 0.0);
    let v380 = exp(v379);
    let v381 = (v380 - 1.0);
    let v382 = select(0.0, 1.0, v378 > 0.0);
    let v383 = select(v381, v378, v382 != 0.0);
    tmp2[l375] = v383;
  }
}

// ---- 031_matmul_logits_batch_norm.wgsl
@group(0) @binding(0) var<storage, read> tmp2: array<f32>;
@group(0) @binding(1) var<storage, read> s_logits_dense_kernel: array<f32>;
@group(0) @binding(2) var<storage, read_write> tmp7: array<f32>;
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
    acc12 = acc12 + tmp2[ra20 + k] * bv29;
    acc13 = acc13 + tmp2[ra21 + k] * bv29;
    acc14 = acc14 + tmp2[ra22 + k] * bv29;
    acc15 = acc15 + tmp2[ra23 + k] * bv29;
    acc16 = acc16 + tmp2[ra24 + k] * bv29;
    acc17 = acc17 + tmp2[ra25 + k] * bv29;
    acc18 = acc18 + tmp2[ra26 + k] * bv29;
    acc19 = acc19 + tmp2[ra27 + k] * bv29;
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
    tmp7[l30] = v43;
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
    tmp7[l45] = v58;
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
    tmp7[l60] = v73;
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
    tmp7[l75] = v88;
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
    tmp7[l90] = v103;
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
    tmp7[l106] = v119;
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
    tmp7[l122] = v135;
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
    tmp7[l138] = v151;
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
    tmp7[l153] = v166;
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
    tmp7[l169] = v182;
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
    tmp7[l185] = v198;
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
    tmp7[l201] = v214;
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
    tmp7[l216] = v229;
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
    tmp7[l232] = v245;
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
    tmp7[l248] = v261;
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
    tmp7[l264] = v277;
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
    tmp7[l279] = v292;
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
    tmp7[l295] = v308;
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
    tmp7[l311] = v324;
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
    tmp7[l327] = v340;
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
    tmp7[l342] = v355;
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
    tmp7[l358] = v371;
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
    tmp7[l374] = v387;
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
    tmp7[l390] = v403;
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
    tmp7[l405] = v418;
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
    tmp7[l421] = v434;
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
    tmp7[l437] = v450;
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
    tmp7[l453] = v466;
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
    tmp7[l468] = v481;
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
    tmp7[l484] = v497;
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
    tmp7[l500] = v513;
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
    tmp7[l516] = v529;
  }
}

// ---- 032_reduce_sum_loss_x5.wgsl
var<workgroup> wg_f32_0: array<f32, 64>;
var<workgroup> wg_f32_1: array<f32, 64>;
@group(0) @binding(0) var<storage, read> tmp7: array<f32>;
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
      let v7 = tmp7[l6];
      acc4 = max(acc4, v7);
    }
    var acc8: f32 = 0.0;
    for (var r9: u32 = 0u; r9 < 10u; r9 = r9 + 1u) {
      let l10 = r2 * 10u + r9;
      let v11 = tmp7[l10];
      let v12 = (v11 - acc4);
      let v13 = exp(v12);
      acc8 = acc8 + v13;
    }
    let v14 = log(acc8);
    for (var r15: u32 = 0u; r15 < 10u; r15 = r15 + 1u) {
      let l16 = r2 * 10u + r15;
      let v17 = in_y[r2];
      let v18 = select(0.0, 1.0, i32(r15) == v17);
      let v19 = tmp7[l16];
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
      let v28 = tmp7[l27];
      let v29 = in_y[r2];
      let v30 = select(0.0, 1.0, i32(r26) == v29);
      let v31 = (v28 * v30);
      acc25 = acc25 + v31;
    }
    for (var r32: u32 = 0u; r32 < 10u; r32 = r32 + 1u) {
      let l33 = r2 * 10u + r32;
      let v34 = tmp7[l33];
      let v35 = select(0.0, 1.0, v34 > acc25);
      acc24 = acc24 + v35;
    }
    let v36 = select(0.0, 1.0, acc24 < 1.0);
    var acc37: f32 = 0.0;
    for (var r38: u32 = 0u; r38 < 10u; r38 = r38 + 1u) {
      let l39 = r2 * 10u + r38;
      let v40 = tmp7[l39];
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
