// ---- 000_add_hidden1_kernel.wgsl
@group(0) @binding(0) var<storage, read> s_rng_seed: array<u32>;
@group(0) @binding(1) var<storage, read_write> s_hidden1_kernel: array<f32>;

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
  let k1 = stream_key(0u, 3873642819u, v0);
  let v2 = uniform01(k1, i);
  let c3 = (i / 300u);
  let c4 = (i % 300u);
  let v5 = (v2 * 0.14879590519303285);
  let v6 = (v5 + (-0.07439795259651642));
  s_hidden1_kernel[i] = v6;
}

// ---- 001_const_hidden1_bias.wgsl
@group(0) @binding(0) var<storage, read_write> s_hidden1_bias: array<f32>;

@compute @workgroup_size(64)
fn main(@builtin(global_invocation_id) gid: vec3<u32>) {
  let i = gid.x;
  if (i >= 300u) { return; }
  s_hidden1_bias[i] = 0.0;
}

// ---- 002_add_outputs_kernel.wgsl
@group(0) @binding(0) var<storage, read> s_rng_seed: array<u32>;
@group(0) @binding(1) var<storage, read_write> s_outputs_kernel: array<f32>;

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
  if (i >= 3000u) { return; }
  let v0 = s_rng_seed[0u];
  let k1 = stream_key(0u, 3827078126u, v0);
  let v2 = uniform01(k1, i);
  let c3 = (i / 10u);
  let c4 = (i % 10u);
  let v5 = (v2 * 0.27824333745610097);
  let v6 = (v5 + (-0.13912166872805048));
  s_outputs_kernel[i] = v6;
}

// ---- 003_const_outputs_bias.wgsl
@group(0) @binding(0) var<storage, read_write> s_outputs_bias: array<f32>;

@compute @workgroup_size(64)
fn main(@builtin(global_invocation_id) gid: vec3<u32>) {
  let i = gid.x;
  if (i >= 10u) { return; }
  s_outputs_bias[i] = 0.0;
}

// ---- 004_const_counter_step_x2.wgsl
@group(0) @binding(0) var<storage, read_write> s_counter_step: array<u32>;
@group(0) @binding(1) var<storage, read_write> s_acc_train_loss: array<f32>;

@compute @workgroup_size(64)
fn main(@builtin(global_invocation_id) gid: vec3<u32>) {
  let i = gid.x;
  if (i >= 1u) { return; }
  s_counter_step[i] = 0u;
  s_acc_train_loss[i] = 0.0;
}

// ---- 005_add_x3.wgsl
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

// ---- 006_feed_train_X.wgsl
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

// ---- 007_feed_train_y.wgsl
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

// ---- 008_matmul_hidden1.wgsl
@group(0) @binding(0) var<storage, read> in_X_v4: array<vec4<f32>>;
@group(0) @binding(1) var<storage, read> s_hidden1_kernel_v4: array<vec4<f32>>;
@group(0) @binding(2) var<storage, read_write> tmp0: array<f32>;
@group(0) @binding(3) var<storage, read> s_hidden1_bias: array<f32>;

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
    let bv61 = s_hidden1_kernel_v4[(kq60 * 300u + j0) / 4u];
    let bv62 = s_hidden1_kernel_v4[(kq60 * 300u + j0) / 4u + 1u];
    let bv63 = s_hidden1_kernel_v4[(kq60 * 300u + j0) / 4u + 2u];
    let kq64 = k * 4u + 1u;
    let bv65 = s_hidden1_kernel_v4[(kq64 * 300u + j0) / 4u];
    let bv66 = s_hidden1_kernel_v4[(kq64 * 300u + j0) / 4u + 1u];
    let bv67 = s_hidden1_kernel_v4[(kq64 * 300u + j0) / 4u + 2u];
    let kq68 = k * 4u + 2u;
    let bv69 = s_hidden1_kernel_v4[(kq68 * 300u + j0) / 4u];
    let bv70 = s_hidden1_kernel_v4[(kq68 * 300u + j0) / 4u + 1u];
    let bv71 = s_hidden1_kernel_v4[(kq68 * 300u + j0) / 4u + 2u];
    let kq72 = k * 4u + 3u;
    let bv73 = s_hidden1_kernel_v4[(kq72 * 300u + j0) / 4u];
    let bv74 = s_hidden1_kernel_v4[(kq72 * 300u + j0) / 4u + 1u];
    let bv75 = s_hidden1_kernel_v4[(kq72 * 300u + j0) / 4u + 2u];
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
    let v78 = s_hidden1_bias[j0];
    let v79 = (v77 + v78);
    tmp0[l76] = v79;
  }
  {
    let j80 = j0 + 1u;
    let l81 = i0 * 300u + j80;
    let v82 = acc20.y;
    let v83 = s_hidden1_bias[j80];
    let v84 = (v82 + v83);
    tmp0[l81] = v84;
  }
  {
    let j85 = j0 + 2u;
    let l86 = i0 * 300u + j85;
    let v87 = acc20.z;
    let v88 = s_hidden1_bias[j85];
    let v89 = (v87 + v88);
    tmp0[l86] = v89;
  }
  {
    let j90 = j0 + 3u;
    let l91 = i0 * 300u + j90;
    let v92 = acc20.w;
    let v93 = s_hidden1_bias[j90];
    let v94 = (v92 + v93);
    tmp0[l91] = v94;
  }
  {
    let j95 = j0 + 4u;
    let l96 = i0 * 300u + j95;
    let v97 = acc21.x;
    let v98 = s_hidden1_bias[j95];
    let v99 = (v97 + v98);
    tmp0[l96] = v99;
  }
  {
    let j100 = j0 + 5u;
    let l101 = i0 * 300u + j100;
    let v102 = acc21.y;
    let v103 = s_hidden1_bias[j100];
    let v104 = (v102 + v103);
    tmp0[l101] = v104;
  }
  {
    let j105 = j0 + 6u;
    let l106 = i0 * 300u + j105;
    let v107 = acc21.z;
    let v108 = s_hidden1_bias[j105];
    let v109 = (v107 + v108);
    tmp0[l106] = v109;
  }
  {
    let j110 = j0 + 7u;
    let l111 = i0 * 300u + j110;
    let v112 = acc21.w;
    let v113 = s_hidden1_bias[j110];
    let v114 = (v112 + v113);
    tmp0[l111] = v114;
  }
  {
    let j115 = j0 + 8u;
    let l116 = i0 * 300u + j115;
    let v117 = acc22.x;
    let v118 = s_hidden1_bias[j115];
    let v119 = (v117 + v118);
    tmp0[l116] = v119;
  }
  {
    let j120 = j0 + 9u;
    let l121 = i0 * 300u + j120;
    let v122 = acc22.y;
    let v123 = s_hidden1_bias[j120];
    let v124 = (v122 + v123);
    tmp0[l121] = v124;
  }
  {
    let j125 = j0 + 10u;
    let l126 = i0 * 300u + j125;
    let v127 = acc22.z;
    let v128 = s_hidden1_bias[j125];
    let v129 = (v127 + v128);
    tmp0[l126] = v129;
  }
  {
    let j130 = j0 + 11u;
    let l131 = i0 * 300u + j130;
    let v132 = acc22.w;
    let v133 = s_hidden1_bias[j130];
    let v134 = (v132 + v133);
    tmp0[l131] = v134;
  }
  {
    let i135 = i0 + 1u;
    let l136 = i135 * 300u + j0;
    let v137 = acc23.x;
    let v138 = s_hidden1_bias[j0];
    let v139 = (v137 + v138);
    tmp0[l136] = v139;
  }
  {
    let i140 = i0 + 1u;
    let j141 = j0 + 1u;
    let l142 = i140 * 300u + j141;
    let v143 = acc23.y;
    let v144 = s_hidden1_bias[j141];
    let v145 = (v143 + v144);
    tmp0[l142] = v145;
  }
  {
    let i146 = i0 + 1u;
    let j147 = j0 + 2u;
    let l148 = i146 * 300u + j147;
    let v149 = acc23.z;
    let v150 = s_hidden1_bias[j147];
    let v151 = (v149 + v150);
    tmp0[l148] = v151;
  }
  {
    let i152 = i0 + 1u;
    let j153 = j0 + 3u;
    let l154 = i152 * 300u + j153;
    let v155 = acc23.w;
    let v156 = s_hidden1_bias[j153];
    let v157 = (v155 + v156);
    tmp0[l154] = v157;
  }
  {
    let i158 = i0 + 1u;
    let j159 = j0 + 4u;
    let l160 = i158 * 300u + j159;
    let v161 = acc24.x;
    let v162 = s_hidden1_bias[j159];
    let v163 = (v161 + v162);
    tmp0[l160] = v163;
  }
  {
    let i164 = i0 + 1u;
    let j165 = j0 + 5u;
    let l166 = i164 * 300u + j165;
    let v167 = acc24.y;
    let v168 = s_hidden1_bias[j165];
    let v169 = (v167 + v168);
    tmp0[l166] = v169;
  }
  {
    let i170 = i0 + 1u;
    let j171 = j0 + 6u;
    let l172 = i170 * 300u + j171;
    let v173 = acc24.z;
    let v174 = s_hidden1_bias[j171];
    let v175 = (v173 + v174);
    tmp0[l172] = v175;
  }
  {
    let i176 = i0 + 1u;
    let j177 = j0 + 7u;
    let l178 = i176 * 300u + j177;
    let v179 = acc24.w;
    let v180 = s_hidden1_bias[j177];
    let v181 = (v179 + v180);
    tmp0[l178] = v181;
  }
  {
    let i182 = i0 + 1u;
    let j183 = j0 + 8u;
    let l184 = i182 * 300u + j183;
    let v185 = acc25.x;
    let v186 = s_hidden1_bias[j183];
    let v187 = (v185 + v186);
    tmp0[l184] = v187;
  }
  {
    let i188 = i0 + 1u;
    let j189 = j0 + 9u;
    let l190 = i188 * 300u + j189;
    let v191 = acc25.y;
    let v192 = s_hidden1_bias[j189];
    let v193 = (v191 + v192);
    tmp0[l190] = v193;
  }
  {
    let i194 = i0 + 1u;
    let j195 = j0 + 10u;
    let l196 = i194 * 300u + j195;
    let v197 = acc25.z;
    let v198 = s_hidden1_bias[j195];
    let v199 = (v197 + v198);
    tmp0[l196] = v199;
  }
  {
    let i200 = i0 + 1u;
    let j201 = j0 + 11u;
    let l202 = i200 * 300u + j201;
    let v203 = acc25.w;
    let v204 = s_hidden1_bias[j201];
    let v205 = (v203 + v204);
    tmp0[l202] = v205;
  }
  {
    let i206 = i0 + 2u;
    let l207 = i206 * 300u + j0;
    let v208 = acc26.x;
    let v209 = s_hidden1_bias[j0];
    let v210 = (v208 + v209);
    tmp0[l207] = v210;
  }
  {
    let i211 = i0 + 2u;
    let j212 = j0 + 1u;
    let l213 = i211 * 300u + j212;
    let v214 = acc26.y;
    let v215 = s_hidden1_bias[j212];
    let v216 = (v214 + v215);
    tmp0[l213] = v216;
  }
  {
    let i217 = i0 + 2u;
    let j218 = j0 + 2u;
    let l219 = i217 * 300u + j218;
    let v220 = acc26.z;
    let v221 = s_hidden1_bias[j218];
    let v222 = (v220 + v221);
    tmp0[l219] = v222;
  }
  {
    let i223 = i0 + 2u;
    let j224 = j0 + 3u;
    let l225 = i223 * 300u + j224;
    let v226 = acc26.w;
    let v227 = s_hidden1_bias[j224];
    let v228 = (v226 + v227);
    tmp0[l225] = v228;
  }
  {
    let i229 = i0 + 2u;
    let j230 = j0 + 4u;
    let l231 = i229 * 300u + j230;
    let v232 = acc27.x;
    let v233 = s_hidden1_bias[j230];
    let v234 = (v232 + v233);
    tmp0[l231] = v234;
  }
  {
    let i235 = i0 + 2u;
    let j236 = j0 + 5u;
    let l237 = i235 * 300u + j236;
    let v238 = acc27.y;
    let v239 = s_hidden1_bias[j236];
    let v240 = (v238 + v239);
    tmp0[l237] = v240;
  }
  {
    let i241 = i0 + 2u;
    let j242 = j0 + 6u;
    let l243 = i241 * 300u + j242;
    let v244 = acc27.z;
    let v245 = s_hidden1_bias[j242];
    let v246 = (v244 + v245);
    tmp0[l243] = v246;
  }
  {
    let i247 = i0 + 2u;
    let j248 = j0 + 7u;
    let l249 = i247 * 300u + j248;
    let v250 = acc27.w;
    let v251 = s_hidden1_bias[j248];
    let v252 = (v250 + v251);
    tmp0[l249] = v252;
  }
  {
    let i253 = i0 + 2u;
    let j254 = j0 + 8u;
    let l255 = i253 * 300u + j254;
    let v256 = acc28.x;
    let v257 = s_hidden1_bias[j254];
    let v258 = (v256 + v257);
    tmp0[l255] = v258;
  }
  {
    let i259 = i0 + 2u;
    let j260 = j0 + 9u;
    let l261 = i259 * 300u + j260;
    let v262 = acc28.y;
    let v263 = s_hidden1_bias[j260];
    let v264 = (v262 + v263);
    tmp0[l261] = v264;
  }
  {
    let i265 = i0 + 2u;
    let j266 = j0 + 10u;
    let l267 = i265 * 300u + j266;
    let v268 = acc28.z;
    let v269 = s_hidden1_bias[j266];
    let v270 = (v268 + v269);
    tmp0[l267] = v270;
  }
  {
    let i271 = i0 + 2u;
    let j272 = j0 + 11u;
    let l273 = i271 * 300u + j272;
    let v274 = acc28.w;
    let v275 = s_hidden1_bias[j272];
    let v276 = (v274 + v275);
    tmp0[l273] = v276;
  }
  {
    let i277 = i0 + 3u;
    let l278 = i277 * 300u + j0;
    let v279 = acc29.x;
    let v280 = s_hidden1_bias[j0];
    let v281 = (v279 + v280);
    tmp0[l278] = v281;
  }
  {
    let i282 = i0 + 3u;
    let j283 = j0 + 1u;
    let l284 = i282 * 300u + j283;
    let v285 = acc29.y;
    let v286 = s_hidden1_bias[j283];
    let v287 = (v285 + v286);
    tmp0[l284] = v287;
  }
  {
    let i288 = i0 + 3u;
    let j289 = j0 + 2u;
    let l290 = i288 * 300u + j289;
    let v291 = acc29.z;
    let v292 = s_hidden1_bias[j289];
    let v293 = (v291 + v292);
    tmp0[l290] = v293;
  }
  {
    let i294 = i0 + 3u;
    let j295 = j0 + 3u;
    let l296 = i294 * 300u + j295;
    let v297 = acc29.w;
    let v298 = s_hidden1_bias[j295];
    let v299 = (v297 + v298);
    tmp0[l296] = v299;
  }
  {
    let i300 = i0 + 3u;
    let j301 = j0 + 4u;
    let l302 = i300 * 300u + j301;
    let v303 = acc30.x;
    let v304 = s_hidden1_bias[j301];
    let v305 = (v303 + v304);
    tmp0[l302] = v305;
  }
  {
    let i306 = i0 + 3u;
    let j307 = j0 + 5u;
    let l308 = i306 * 300u + j307;
    let v309 = acc30.y;
    let v310 = s_hidden1_bias[j307];
    let v311 = (v309 + v310);
    tmp0[l308] = v311;
  }
  {
    let i312 = i0 + 3u;
    let j313 = j0 + 6u;
    let l314 = i312 * 300u + j313;
    let v315 = acc30.z;
    let v316 = s_hidden1_bias[j313];
    let v317 = (v315 + v316);
    tmp0[l314] = v317;
  }
  {
    let i318 = i0 + 3u;
    let j319 = j0 + 7u;
    let l320 = i318 * 300u + j319;
    let v321 = acc30.w;
    let v322 = s_hidden1_bias[j319];
    let v323 = (v321 + v322);
    tmp0[l320] = v323;
  }
  {
    let i324 = i0 + 3u;
    let j325 = j0 + 8u;
    let l326 = i324 * 300u + j325;
    let v327 = acc31.x;
    let v328 = s_hidden1_bias[j325];
    let v329 = (v327 + v328);
    tmp0[l326] = v329;
  }
  {
    let i330 = i0 + 3u;
    let j331 = j0 + 9u;
    let l332 = i330 * 300u + j331;
    let v333 = acc31.y;
    let v334 = s_hidden1_bias[j331];
    let v335 = (v333 + v334);
    tmp0[l332] = v335;
  }
  {
    let i336 = i0 + 3u;
    let j337 = j0 + 10u;
    let l338 = i336 * 300u + j337;
    let v339 = acc31.z;
    let v340 = s_hidden1_bias[j337];
    let v341 = (v339 + v340);
    tmp0[l338] = v341;
  }
  {
    let i342 = i0 + 3u;
    let j343 = j0 + 11u;
    let l344 = i342 * 300u + j343;
    let v345 = acc31.w;
    let v346 = s_hidden1_bias[j343];
    let v347 = (v345 + v346);
    tmp0[l344] = v347;
  }
  {
    let i348 = i0 + 4u;
    let l349 = i348 * 300u + j0;
    let v350 = acc32.x;
    let v351 = s_hidden1_bias[j0];
    let v352 = (v350 + v351);
    tmp0[l349] = v352;
  }
  {
    let i353 = i0 + 4u;
    let j354 = j0 + 1u;
    let l355 = i353 * 300u + j354;
    let v356 = acc32.y;
    let v357 = s_hidden1_bias[j354];
    let v358 = (v356 + v357);
    tmp0[l355] = v358;
  }
  {
    let i359 = i0 + 4u;
    let j360 = j0 + 2u;
    let l361 = i359 * 300u + j360;
    let v362 = acc32.z;
    let v363 = s_hidden1_bias[j360];
    let v364 = (v362 + v363);
    tmp0[l361] = v364;
  }
  {
    let i365 = i0 + 4u;
    let j366 = j0 + 3u;
    let l367 = i365 * 300u + j366;
    let v368 = acc32.w;
    let v369 = s_hidden1_bias[j366];
    let v370 = (v368 + v369);
    tmp0[l367] = v370;
  }
  {
    let i371 = i0 + 4u;
    let j372 = j0 + 4u;
    let l373 = i371 * 300u + j372;
    let v374 = acc33.x;
    let v375 = s_hidden1_bias[j372];
    let v376 = (v374 + v375);
    tmp0[l373] = v376;
  }
  {
    let i377 = i0 + 4u;
    let j378 = j0 + 5u;
    let l379 = i377 * 300u + j378;
    let v380 = acc33.y;
    let v381 = s_hidden1_bias[j378];
    let v382 = (v380 + v381);
    tmp0[l379] = v382;
  }
  {
    let i383 = i0 + 4u;
    let j384 = j0 + 6u;
    let l385 = i383 * 300u + j384;
    let v386 = acc33.z;
    let v387 = s_hidden1_bias[j384];
    let v388 = (v386 + v387);
    tmp0[l385] = v388;
  }
  {
    let i389 = i0 + 4u;
    let j390 = j0 + 7u;
    let l391 = i389 * 300u + j390;
    let v392 = acc33.w;
    let v393 = s_hidden1_bias[j390];
    let v394 = (v392 + v393);
    tmp0[l391] = v394;
  }
  {
    let i395 = i0 + 4u;
    let j396 = j0 + 8u;
    let l397 = i395 * 300u + j396;
    let v398 = acc34.x;
    let v399 = s_hidden1_bias[j396];
    let v400 = (v398 + v399);
    tmp0[l397] = v400;
  }
  {
    let i401 = i0 + 4u;
    let j402 = j0 + 9u;
    let l403 = i401 * 300u + j402;
    let v404 = acc34.y;
    let v405 = s_hidden1_bias[j402];
    let v406 = (v404 + v405);
    tmp0[l403] = v406;
  }
  {
    let i407 = i0 + 4u;
    let j408 = j0 + 10u;
    let l409 = i407 * 300u + j408;
    let v410 = acc34.z;
    let v411 = s_hidden1_bias[j408];
    let v412 = (v410 + v411);
    tmp0[l409] = v412;
  }
  {
    let i413 = i0 + 4u;
    let j414 = j0 + 11u;
    let l415 = i413 * 300u + j414;
    let v416 = acc34.w;
    let v417 = s_hidden1_bias[j414];
    let v418 = (v416 + v417);
    tmp0[l415] = v418;
  }
  {
    let i419 = i0 + 5u;
    let l420 = i419 * 300u + j0;
    let v421 = acc35.x;
    let v422 = s_hidden1_bias[j0];
    let v423 = (v421 + v422);
    tmp0[l420] = v423;
  }
  {
    let i424 = i0 + 5u;
    let j425 = j0 + 1u;
    let l426 = i424 * 300u + j425;
    let v427 = acc35.y;
    let v428 = s_hidden1_bias[j425];
    let v429 = (v427 + v428);
    tmp0[l426] = v429;
  }
  {
    let i430 = i0 + 5u;
    let j431 = j0 + 2u;
    let l432 = i430 * 300u + j431;
    let v433 = acc35.z;
    let v434 = s_hidden1_bias[j431];
    let v435 = (v433 + v434);
    tmp0[l432] = v435;
  }
  {
    let i436 = i0 + 5u;
    let j437 = j0 + 3u;
    let l438 = i436 * 300u + j437;
    let v439 = acc35.w;
    let v440 = s_hidden1_bias[j437];
    let v441 = (v439 + v440);
    tmp0[l438] = v441;
  }
  {
    let i442 = i0 + 5u;
    let j443 = j0 + 4u;
    let l444 = i442 * 300u + j443;
    let v445 = acc36.x;
    let v446 = s_hidden1_bias[j443];
    let v447 = (v445 + v446);
    tmp0[l444] = v447;
  }
  {
    let i448 = i0 + 5u;
    let j449 = j0 + 5u;
    let l450 = i448 * 300u + j449;
    let v451 = acc36.y;
    let v452 = s_hidden1_bias[j449];
    let v453 = (v451 + v452);
    tmp0[l450] = v453;
  }
  {
    let i454 = i0 + 5u;
    let j455 = j0 + 6u;
    let l456 = i454 * 300u + j455;
    let v457 = acc36.z;
    let v458 = s_hidden1_bias[j455];
    let v459 = (v457 + v458);
    tmp0[l456] = v459;
  }
  {
    let i460 = i0 + 5u;
    let j461 = j0 + 7u;
    let l462 = i460 * 300u + j461;
    let v463 = acc36.w;
    let v464 = s_hidden1_bias[j461];
    let v465 = (v463 + v464);
    tmp0[l462] = v465;
  }
  {
    let i466 = i0 + 5u;
    let j467 = j0 + 8u;
    let l468 = i466 * 300u + j467;
    let v469 = acc37.x;
    let v470 = s_hidden1_bias[j467];
    let v471 = (v469 + v470);
    tmp0[l468] = v471;
  }
  {
    let i472 = i0 + 5u;
    let j473 = j0 + 9u;
    let l474 = i472 * 300u + j473;
    let v475 = acc37.y;
    let v476 = s_hidden1_bias[j473];
    let v477 = (v475 + v476);
    tmp0[l474] = v477;
  }
  {
    let i478 = i0 + 5u;
    let j479 = j0 + 10u;
    let l480 = i478 * 300u + j479;
    let v481 = acc37.z;
    let v482 = s_hidden1_bias[j479];
    let v483 = (v481 + v482);
    tmp0[l480] = v483;
  }
  {
    let i484 = i0 + 5u;
    let j485 = j0 + 11u;
    let l486 = i484 * 300u + j485;
    let v487 = acc37.w;
    let v488 = s_hidden1_bias[j485];
    let v489 = (v487 + v488);
    tmp0[l486] = v489;
  }
  {
    let i490 = i0 + 6u;
    let l491 = i490 * 300u + j0;
    let v492 = acc38.x;
    let v493 = s_hidden1_bias[j0];
    let v494 = (v492 + v493);
    tmp0[l491] = v494;
  }
  {
    let i495 = i0 + 6u;
    let j496 = j0 + 1u;
    let l497 = i495 * 300u + j496;
    let v498 = acc38.y;
    let v499 = s_hidden1_bias[j496];
    let v500 = (v498 + v499);
    tmp0[l497] = v500;
  }
  {
    let i501 = i0 + 6u;
    let j502 = j0 + 2u;
    let l503 = i501 * 300u + j502;
    let v504 = acc38.z;
    let v505 = s_hidden1_bias[j502];
    let v506 = (v504 + v505);
    tmp0[l503] = v506;
  }
  {
    let i507 = i0 + 6u;
    let j508 = j0 + 3u;
    let l509 = i507 * 300u + j508;
    let v510 = acc38.w;
    let v511 = s_hidden1_bias[j508];
    let v512 = (v510 + v511);
    tmp0[l509] = v512;
  }
  {
    let i513 = i0 + 6u;
    let j514 = j0 + 4u;
    let l515 = i513 * 300u + j514;
    let v516 = acc39.x;
    let v517 = s_hidden1_bias[j514];
    let v518 = (v516 + v517);
    tmp0[l515] = v518;
  }
  {
    let i519 = i0 + 6u;
    let j520 = j0 + 5u;
    let l521 = i519 * 300u + j520;
    let v522 = acc39.y;
    let v523 = s_hidden1_bias[j520];
    let v524 = (v522 + v523);
    tmp0[l521] = v524;
  }
  {
    let i525 = i0 + 6u;
    let j526 = j0 + 6u;
    let l527 = i525 * 300u + j526;
    let v528 = acc39.z;
    let v529 = s_hidden1_bias[j526];
    let v530 = (v528 + v529);
    tmp0[l527] = v530;
  }
  {
    let i531 = i0 + 6u;
    let j532 = j0 + 7u;
    let l533 = i531 * 300u + j532;
    let v534 = acc39.w;
    let v535 = s_hidden1_bias[j532];
    let v536 = (v534 + v535);
    tmp0[l533] = v536;
  }
  {
    let i537 = i0 + 6u;
    let j538 = j0 + 8u;
    let l539 = i537 * 300u + j538;
    let v540 = acc40.x;
    let v541 = s_hidden1_bias[j538];
    let v542 = (v540 + v541);
    tmp0[l539] = v542;
  }
  {
    let i543 = i0 + 6u;
    let j544 = j0 + 9u;
    let l545 = i543 * 300u + j544;
    let v546 = acc40.y;
    let v547 = s_hidden1_bias[j544];
    let v548 = (v546 + v547);
    tmp0[l545] = v548;
  }
  {
    let i549 = i0 + 6u;
    let j550 = j0 + 10u;
    let l551 = i549 * 300u + j550;
    let v552 = acc40.z;
    let v553 = s_hidden1_bias[j550];
    let v554 = (v552 + v553);
    tmp0[l551] = v554;
  }
  {
    let i555 = i0 + 6u;
    let j556 = j0 + 11u;
    let l557 = i555 * 300u + j556;
    let v558 = acc40.w;
    let v559 = s_hidden1_bias[j556];
    let v560 = (v558 + v559);
    tmp0[l557] = v560;
  }
  {
    let i561 = i0 + 7u;
    let l562 = i561 * 300u + j0;
    let v563 = acc41.x;
    let v564 = s_hidden1_bias[j0];
    let v565 = (v563 + v564);
    tmp0[l562] = v565;
  }
  {
    let i566 = i0 + 7u;
    let j567 = j0 + 1u;
    let l568 = i566 * 300u + j567;
    let v569 = acc41.y;
    let v570 = s_hidden1_bias[j567];
    let v571 = (v569 + v570);
    tmp0[l568] = v571;
  }
  {
    let i572 = i0 + 7u;
    let j573 = j0 + 2u;
    let l574 = i572 * 300u + j573;
    let v575 = acc41.z;
    let v576 = s_hidden1_bias[j573];
    let v577 = (v575 + v576);
    tmp0[l574] = v577;
  }
  {
    let i578 = i0 + 7u;
    let j579 = j0 + 3u;
    let l580 = i578 * 300u + j579;
    let v581 = acc41.w;
    let v582 = s_hidden1_bias[j579];
    let v583 = (v581 + v582);
    tmp0[l580] = v583;
  }
  {
    let i584 = i0 + 7u;
    let j585 = j0 + 4u;
    let l586 = i584 * 300u + j585;
    let v587 = acc42.x;
    let v588 = s_hidden1_bias[j585];
    let v589 = (v587 + v588);
    tmp0[l586] = v589;
  }
  {
    let i590 = i0 + 7u;
    let j591 = j0 + 5u;
    let l592 = i590 * 300u + j591;
    let v593 = acc42.y;
    let v594 = s_hidden1_bias[j591];
    let v595 = (v593 + v594);
    tmp0[l592] = v595;
  }
  {
    let i596 = i0 + 7u;
    let j597 = j0 + 6u;
    let l598 = i596 * 300u + j597;
    let v599 = acc42.z;
    let v600 = s_hidden1_bias[j597];
    let v601 = (v599 + v600);
    tmp0[l598] = v601;
  }
  {
    let i602 = i0 + 7u;
    let j603 = j0 + 7u;
    let l604 = i602 * 300u + j603;
    let v605 = acc42.w;
    let v606 = s_hidden1_bias[j603];
    let v607 = (v605 + v606);
    tmp0[l604] = v607;
  }
  {
    let i608 = i0 + 7u;
    let j609 = j0 + 8u;
    let l610 = i608 * 300u + j609;
    let v611 = acc43.x;
    let v612 = s_hidden1_bias[j609];
    let v613 = (v611 + v612);
    tmp0[l610] = v613;
  }
  {
    let i614 = i0 + 7u;
    let j615 = j0 + 9u;
    let l616 = i614 * 300u + j615;
    let v617 = acc43.y;
    let v618 = s_hidden1_bias[j615];
    let v619 = (v617 + v618);
    tmp0[l616] = v619;
  }
  {
    let i620 = i0 + 7u;
    let j621 = j0 + 10u;
    let l622 = i620 * 300u + j621;
    let v623 = acc43.z;
    let v624 = s_hidden1_bias[j621];
    let v625 = (v623 + v624);
    tmp0[l622] = v625;
  }
  {
    let i626 = i0 + 7u;
    let j627 = j0 + 11u;
    let l628 = i626 * 300u + j627;
    let v629 = acc43.w;
    let v630 = s_hidden1_bias[j627];
    let v631 = (v629 + v630);
    tmp0[l628] = v631;
  }
}

// ---- 009_select_hidden1.wgsl
@group(0) @binding(0) var<storage, read> tmp0: array<f32>;
@group(0) @binding(1) var<storage, read_write> tmp1: array<f32>;

@compute @workgroup_size(64)
fn main(@builtin(global_invocation_id) gid: vec3<u32>) {
  let i = gid.x;
  if (i >= 60000u) { return; }
  let c0 = (i / 300u);
  let c1 = (i % 300u);
  let v2 = tmp0[i];
  let v3 = select(0.0, 1.0, v2 > 0.0);
  let v4 = select(0.0, v2, v3 != 0.0);
  tmp1[i] = v4;
}

// ---- 010_matmul_outputs.wgsl
@group(0) @binding(0) var<storage, read> tmp1: array<f32>;
@group(0) @binding(1) var<storage, read> s_outputs_kernel: array<f32>;
@group(0) @binding(2) var<storage, read_write> tmp2: array<f32>;
@group(0) @binding(3) var<storage, read> s_outputs_bias: array<f32>;

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
  let ra20 = row0 * 300u;
  let ra21 = row1 * 300u;
  let ra22 = row2 * 300u;
  let ra23 = row3 * 300u;
  let ra24 = row4 * 300u;
  let ra25 = row5 * 300u;
  let ra26 = row6 * 300u;
  let ra27 = row7 * 300u;
  for (var k: u32 = 0u; k < 300u; k = k + 1u) {
    let rb28 = k * 10u;
    let bv29 = vec4<f32>(s_outputs_kernel[rb28 + col8], s_outputs_kernel[rb28 + col9], s_outputs_kernel[rb28 + col10], s_outputs_kernel[rb28 + col11]);
    acc12 = acc12 + tmp1[ra20 + k] * bv29;
    acc13 = acc13 + tmp1[ra21 + k] * bv29;
    acc14 = acc14 + tmp1[ra22 + k] * bv29;
    acc15 = acc15 + tmp1[ra23 + k] * bv29;
    acc16 = acc16 + tmp1[ra24 + k] * bv29;
    acc17 = acc17 + tmp1[ra25 + k] * bv29;
    acc18 = acc18 + tmp1[ra26 + k] * bv29;
    acc19 = acc19 + tmp1[ra27 + k] * bv29;
  }
  {
    let l30 = i0 * 10u + j0;
    let v31 = acc12.x;
    let v32 = s_outputs_bias[j0];
    let v33 = (v31 + v32);
    tmp2[l30] = v33;
  }
  if (j0 + 1u < 10u) {
    let j34 = j0 + 1u;
    let l35 = i0 * 10u + j34;
    let v36 = acc12.y;
    let v37 = s_outputs_bias[j34];
    let v38 = (v36 + v37);
    tmp2[l35] = v38;
  }
  if (j0 + 2u < 10u) {
    let j39 = j0 + 2u;
    let l40 = i0 * 10u + j39;
    let v41 = acc12.z;
    let v42 = s_outputs_bias[j39];
    let v43 = (v41 + v42);
    tmp2[l40] = v43;
  }
  if (j0 + 3u < 10u) {
    let j44 = j0 + 3u;
    let l45 = i0 * 10u + j44;
    let v46 = acc12.w;
    let v47 = s_outputs_bias[j44];
    let v48 = (v46 + v47);
    tmp2[l45] = v48;
  }
  {
    let i49 = i0 + 1u;
    let l50 = i49 * 10u + j0;
    let v51 = acc13.x;
    let v52 = s_outputs_bias[j0];
    let v53 = (v51 + v52);
    tmp2[l50] = v53;
  }
  if (j0 + 1u < 10u) {
    let i54 = i0 + 1u;
    let j55 = j0 + 1u;
    let l56 = i54 * 10u + j55;
    let v57 = acc13.y;
    let v58 = s_outputs_bias[j55];
    let v59 = (v57 + v58);
    tmp2[l56] = v59;
  }
  if (j0 + 2u < 10u) {
    let i60 = i0 + 1u;
    let j61 = j0 + 2u;
    let l62 = i60 * 10u + j61;
    let v63 = acc13.z;
    let v64 = s_outputs_bias[j61];
    let v65 = (v63 + v64);
    tmp2[l62] = v65;
  }
  if (j0 + 3u < 10u) {
    let i66 = i0 + 1u;
    let j67 = j0 + 3u;
    let l68 = i66 * 10u + j67;
    let v69 = acc13.w;
    let v70 = s_outputs_bias[j67];
    let v71 = (v69 + v70);
    tmp2[l68] = v71;
  }
  {
    let i72 = i0 + 2u;
    let l73 = i72 * 10u + j0;
    let v74 = acc14.x;
    let v75 = s_outputs_bias[j0];
    let v76 = (v74 + v75);
    tmp2[l73] = v76;
  }
  if (j0 + 1u < 10u) {
    let i77 = i0 + 2u;
    let j78 = j0 + 1u;
    let l79 = i77 * 10u + j78;
    let v80 = acc14.y;
    let v81 = s_outputs_bias[j78];
    let v82 = (v80 + v81);
    tmp2[l79] = v82;
  }
  if (j0 + 2u < 10u) {
    let i83 = i0 + 2u;
    let j84 = j0 + 2u;
    let l85 = i83 * 10u + j84;
    let v86 = acc14.z;
    let v87 = s_outputs_bias[j84];
    let v88 = (v86 + v87);
    tmp2[l85] = v88;
  }
  if (j0 + 3u < 10u) {
    let i89 = i0 + 2u;
    let j90 = j0 + 3u;
    let l91 = i89 * 10u + j90;
    let v92 = acc14.w;
    let v93 = s_outputs_bias[j90];
    let v94 = (v92 + v93);
    tmp2[l91] = v94;
  }
  {
    let i95 = i0 + 3u;
    let l96 = i95 * 10u + j0;
    let v97 = acc15.x;
    let v98 = s_outputs_bias[j0];
    let v99 = (v97 + v98);
    tmp2[l96] = v99;
  }
  if (j0 + 1u < 10u) {
    let i100 = i0 + 3u;
    let j101 = j0 + 1u;
    let l102 = i100 * 10u + j101;
    let v103 = acc15.y;
    let v104 = s_outputs_bias[j101];
    let v105 = (v103 + v104);
    tmp2[l102] = v105;
  }
  if (j0 + 2u < 10u) {
    let i106 = i0 + 3u;
    let j107 = j0 + 2u;
    let l108 = i106 * 10u + j107;
    let v109 = acc15.z;
    let v110 = s_outputs_bias[j107];
    let v111 = (v109 + v110);
    tmp2[l108] = v111;
  }
  if (j0 + 3u < 10u) {
    let i112 = i0 + 3u;
    let j113 = j0 + 3u;
    let l114 = i112 * 10u + j113;
    let v115 = acc15.w;
    let v116 = s_outputs_bias[j113];
    let v117 = (v115 + v116);
    tmp2[l114] = v117;
  }
  {
    let i118 = i0 + 4u;
    let l119 = i118 * 10u + j0;
    let v120 = acc16.x;
    let v121 = s_outputs_bias[j0];
    let v122 = (v120 + v121);
    tmp2[l119] = v122;
  }
  if (j0 + 1u < 10u) {
    let i123 = i0 + 4u;
    let j124 = j0 + 1u;
    let l125 = i123 * 10u + j124;
    let v126 = acc16.y;
    let v127 = s_outputs_bias[j124];
    let v128 = (v126 + v127);
    tmp2[l125] = v128;
  }
  if (j0 + 2u < 10u) {
    let i129 = i0 + 4u;
    let j130 = j0 + 2u;
    let l131 = i129 * 10u + j130;
    let v132 = acc16.z;
    let v133 = s_outputs_bias[j130];
    let v134 = (v132 + v133);
    tmp2[l131] = v134;
  }
  if (j0 + 3u < 10u) {
    let i135 = i0 + 4u;
    let j136 = j0 + 3u;
    let l137 = i135 * 10u + j136;
    let v138 = acc16.w;
    let v139 = s_outputs_bias[j136];
    let v140 = (v138 + v139);
    tmp2[l137] = v140;
  }
  {
    let i141 = i0 + 5u;
    let l142 = i141 * 10u + j0;
    let v143 = acc17.x;
    let v144 = s_outputs_bias[j0];
    let v145 = (v143 + v144);
    tmp2[l142] = v145;
  }
  if (j0 + 1u < 10u) {
    let i146 = i0 + 5u;
    let j147 = j0 + 1u;
    let l148 = i146 * 10u + j147;
    let v149 = acc17.y;
    let v150 = s_outputs_bias[j147];
    let v151 = (v149 + v150);
    tmp2[l148] = v151;
  }
  if (j0 + 2u < 10u) {
    let i152 = i0 + 5u;
    let j153 = j0 + 2u;
    let l154 = i152 * 10u + j153;
    let v155 = acc17.z;
    let v156 = s_outputs_bias[j153];
    let v157 = (v155 + v156);
    tmp2[l154] = v157;
  }
  if (j0 + 3u < 10u) {
    let i158 = i0 + 5u;
    let j159 = j0 + 3u;
    let l160 = i158 * 10u + j159;
    let v161 = acc17.w;
    let v162 = s_outputs_bias[j159];
    let v163 = (v161 + v162);
    tmp2[l160] = v163;
  }
  {
    let i164 = i0 + 6u;
    let l165 = i164 * 10u + j0;
    let v166 = acc18.x;
    let v167 = s_outputs_bias[j0];
    let v168 = (v166 + v167);
    tmp2[l165] = v168;
  }
  if (j0 + 1u < 10u) {
    let i169 = i0 + 6u;
    let j170 = j0 + 1u;
    let l171 = i169 * 10u + j170;
    let v172 = acc18.y;
    let v173 = s_outputs_bias[j170];
    let v174 = (v172 + v173);
    tmp2[l171] = v174;
  }
  if (j0 + 2u < 10u) {
    let i175 = i0 + 6u;
    let j176 = j0 + 2u;
    let l177 = i175 * 10u + j176;
    let v178 = acc18.z;
    let v179 = s_outputs_bias[j176];
    let v180 = (v178 + v179);
    tmp2[l177] = v180;
  }
  if (j0 + 3u < 10u) {
    let i181 = i0 + 6u;
    let j182 = j0 + 3u;
    let l183 = i181 * 10u + j182;
    let v184 = acc18.w;
    let v185 = s_outputs_bias[j182];
    let v186 = (v184 + v185);
    tmp2[l183] = v186;
  }
  {
    let i187 = i0 + 7u;
    let l188 = i187 * 10u + j0;
    let v189 = acc19.x;
    let v190 = s_outputs_bias[j0];
    let v191 = (v189 + v190);
    tmp2[l188] = v191;
  }
  if (j0 + 1u < 10u) {
    let i192 = i0 + 7u;
    let j193 = j0 + 1u;
    let l194 = i192 * 10u + j193;
    let v195 = acc19.y;
    let v196 = s_outputs_bias[j193];
    let v197 = (v195 + v196);
    tmp2[l194] = v197;
  }
  if (j0 + 2u < 10u) {
    let i198 = i0 + 7u;
    let j199 = j0 + 2u;
    let l200 = i198 * 10u + j199;
    let v201 = acc19.z;
    let v202 = s_outputs_bias[j199];
    let v203 = (v201 + v202);
    tmp2[l200] = v203;
  }
  if (j0 + 3u < 10u) {
    let i204 = i0 + 7u;
    let j205 = j0 + 3u;
    let l206 = i204 * 10u + j205;
    let v207 = acc19.w;
    let v208 = s_outputs_bias[j205];
    let v209 = (v207 + v208);
    tmp2[l206] = v209;
  }
}

// ---- 011_reduce_sum_base_loss_x6.wgsl
var<workgroup> wg_f32_0: array<f32, 64>;
var<workgroup> wg_f32_1: array<f32, 64>;
@group(0) @binding(0) var<storage, read> tmp2: array<f32>;
@group(0) @binding(1) var<storage, read> in_y: array<i32>;
@group(0) @binding(2) var<storage, read_write> s_acc_train_count: array<f32>;
@group(0) @binding(3) var<storage, read_write> s_acc_train_accuracy: array<f32>;
@group(0) @binding(4) var<storage, read_write> s_counter_step: array<u32>;
@group(0) @binding(5) var<storage, read_write> s_counter_batch: array<u32>;
@group(0) @binding(6) var<storage, read_write> tmp3: array<f32>;
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
      let v7 = tmp2[l6];
      acc4 = max(acc4, v7);
    }
    var acc8: f32 = 0.0;
    for (var r9: u32 = 0u; r9 < 10u; r9 = r9 + 1u) {
      let l10 = r2 * 10u + r9;
      let v11 = tmp2[l10];
      let v12 = (v11 - acc4);
      let v13 = exp(v12);
      acc8 = acc8 + v13;
    }
    let v14 = log(acc8);
    for (var r15: u32 = 0u; r15 < 10u; r15 = r15 + 1u) {
      let l16 = r2 * 10u + r15;
      let v17 = in_y[r2];
      let v18 = select(0.0, 1.0, i32(r15) == v17);
      let v19 = tmp2[l16];
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
      let v28 = tmp2[l27];
      let v29 = in_y[r2];
      let v30 = select(0.0, 1.0, i32(r26) == v29);
      let v31 = (v28 * v30);
      acc25 = acc25 + v31;
    }
    for (var r32: u32 = 0u; r32 < 10u; r32 = r32 + 1u) {
      let l33 = r2 * 10u + r32;
      let v34 = tmp2[l33];
      let v35 = select(0.0, 1.0, v34 > acc25);
      acc24 = acc24 + v35;
    }
    let v36 = select(0.0, 1.0, acc24 < 1.0);
    var acc37: f32 = 0.0;
    for (var r38: u32 = 0u; r38 < 10u; r38 = r38 + 1u) {
      let l39 = r2 * 10u + r38;
      let v40 = tmp2[l39];
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
  let v48 = (red47 / 200.0);
  let v49 = s_acc_train_count[i];
  let v50 = (v49 + 1.0);
  let v51 = s_acc_train_accuracy[i];
  let v52 = (v51 + v48);
  let v53 = s_counter_step[i];
  let v54 = (v53 + 1u);
  let v55 = s_counter_batch[i];
  let v56 = (v55 + 1u);
  storageBarrier();
  if (lane == 0u) {
    tmp3[i] = red46;
    out_accuracy[i] = v48;
    s_acc_train_count[i] = v50;
    s_acc_train_accuracy[i] = v52;
    s_counter_step[i] = v54;
    s_counter_batch[i] = v56;
  }
}

// ---- 012_reduce_sum_loss.wgsl
var<workgroup> wg_f32_0: array<f32, 64>;
@group(0) @binding(0) var<storage, read> s_hidden1_kernel: array<f32>;
@group(0) @binding(1) var<storage, read_write> tmp4: array<f32>;

@compute @workgroup_size(64)
fn main(@builtin(workgroup_id) wid: vec3<u32>, @builtin(local_invocation_index) lane: u32) {
  let i = wid.x;
  var acc0: f32 = 0.0;
  for (var r1: u32 = lane; r1 < 300u; r1 = r1 + 64u) {
    let l2 = i * 300u + r1;
    let v3 = s_hidden1_kernel[l2];
    let v4 = abs(v3);
    acc0 = acc0 + v4;
  }
  wg_f32_0[lane] = acc0;
  workgroupBarrier();
  for (var s5: u32 = 32u; s5 > 0u; s5 = s5 >> 1u) {
    if (lane < s5) {
      wg_f32_0[lane] = wg_f32_0[lane] + wg_f32_0[lane + s5];
    }
    workgroupBarrier();
  }
  let red6 = wg_f32_0[0];
  storageBarrier();
  if (lane == 0u) {
    tmp4[i] = red6;
  }
}

// ---- 013_reduce_sum_loss.wgsl
var<workgroup> wg_f32_0: array<f32, 64>;
@group(0) @binding(0) var<storage, read> tmp4: array<f32>;
@group(0) @binding(1) var<storage, read_write> tmp5: array<f32>;

@compute @workgroup_size(64)
fn main(@builtin(workgroup_id) wid: vec3<u32>, @builtin(local_invocation_index) lane: u32) {
  let i = wid.x;
  var acc0: f32 = 0.0;
  for (var r1: u32 = lane; r1 < 784u; r1 = r1 + 64u) {
    let v2 = tmp4[r1];
    acc0 = acc0 + v2;
  }
  wg_f32_0[lane] = acc0;
  workgroupBarrier();
  for (var s3: u32 = 32u; s3 > 0u; s3 = s3 >> 1u) {
    if (lane < s3) {
      wg_f32_0[lane] = wg_f32_0[lane] + wg_f32_0[lane + s3];
    }
    workgroupBarrier();
  }
  let red4 = wg_f32_0[0];
  storageBarrier();
  if (lane == 0u) {
    tmp5[i] = red4;
  }
}

// ---- 014_reduce_sum_loss_x2.wgsl
var<workgroup> wg_f32_0: array<f32, 64>;
@group(0) @binding(0) var<storage, read> tmp3: array<f32>;
@group(0) @binding(1) var<storage, read> tmp5: array<f32>;
@group(0) @binding(2) var<storage, read> s_outputs_kernel: array<f32>;
@group(0) @binding(3) var<storage, read_write> s_acc_train_loss: array<f32>;
@group(0) @binding(4) var<storage, read_write> out_loss: array<f32>;

@compute @workgroup_size(64)
fn main(@builtin(workgroup_id) wid: vec3<u32>, @builtin(local_invocation_index) lane: u32) {
  let i = wid.x;
  let v0 = tmp3[i];
  let v1 = (v0 / 200.0);
  let v2 = tmp5[i];
  var acc3: f32 = 0.0;
  for (var r4: u32 = lane; r4 < 3000u; r4 = r4 + 64u) {
    let c5 = (r4 / 10u);
    let c6 = (r4 % 10u);
    let l7 = c5 * 10u + c6;
    let v8 = s_outputs_kernel[l7];
    let v9 = abs(v8);
    acc3 = acc3 + v9;
  }
  wg_f32_0[lane] = acc3;
  workgroupBarrier();
  for (var s10: u32 = 32u; s10 > 0u; s10 = s10 >> 1u) {
    if (lane < s10) {
      wg_f32_0[lane] = wg_f32_0[lane] + wg_f32_0[lane + s10];
    }
    workgroupBarrier();
  }
  let red11 = wg_f32_0[0];
  let v12 = (v2 + red11);
  let v13 = (0.001 * v12);
  let v14 = (v1 + v13);
  let v15 = s_acc_train_loss[i];
  let v16 = (v15 + v14);
  storageBarrier();
  if (lane == 0u) {
    out_loss[i] = v14;
    s_acc_train_loss[i] = v16;
  }
}

// ---- 015_add_base_loss_grad.wgsl
@group(0) @binding(0) var<storage, read> in_y: array<i32>;
@group(0) @binding(1) var<storage, read> tmp2: array<f32>;
@group(0) @binding(2) var<storage, read_write> tmp6: array<f32>;

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
    let v15 = tmp2[l14];
    acc12 = max(acc12, v15);
  }
  for (var r16: u32 = 0u; r16 < 10u; r16 = r16 + 1u) {
    let l17 = c0 * 10u + r16;
    let v18 = tmp2[l17];
    let v19 = (v18 - acc12);
    let v20 = exp(v19);
    acc11 = acc11 + v20;
  }
  let v21 = (acc5 / acc11);
  let v22 = tmp2[i];
  let v23 = (v22 - acc12);
  let v24 = exp(v23);
  let v25 = (v21 * v24);
  let v26 = (v4 + v25);
  tmp6[i] = v26;
}

// ---- 016_matmul_hidden1_grad.wgsl
@group(0) @binding(0) var<storage, read> tmp6: array<f32>;
@group(0) @binding(1) var<storage, read> s_outputs_kernel: array<f32>;
@group(0) @binding(2) var<storage, read_write> tmp7: array<f32>;
@group(0) @binding(3) var<storage, read> tmp0: array<f32>;

@compute @workgroup_size(64)
fn main(@builtin(global_invocation_id) gid: vec3<u32>) {
  let t = gid.x;
  if (t >= 1875u) { return; }
  let i0 = (t / 75u) * 8u;
  let j0 = (t % 75u) * 4u;
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
    let bv32 = vec4<f32>(s_outputs_kernel[cb28 + k], s_outputs_kernel[cb29 + k], s_outputs_kernel[cb30 + k], s_outputs_kernel[cb31 + k]);
    acc12 = acc12 + tmp6[ra20 + k] * bv32;
    acc13 = acc13 + tmp6[ra21 + k] * bv32;
    acc14 = acc14 + tmp6[ra22 + k] * bv32;
    acc15 = acc15 + tmp6[ra23 + k] * bv32;
    acc16 = acc16 + tmp6[ra24 + k] * bv32;
    acc17 = acc17 + tmp6[ra25 + k] * bv32;
    acc18 = acc18 + tmp6[ra26 + k] * bv32;
    acc19 = acc19 + tmp6[ra27 + k] * bv32;
  }
  {
    let l33 = i0 * 300u + j0;
    let v34 = acc12.x;
    let v35 = tmp0[l33];
    let v36 = select(0.0, 1.0, v35 > 0.0);
    let v37 = select(0.0, v34, v36 != 0.0);
    tmp7[l33] = v37;
  }
  {
    let j38 = j0 + 1u;
    let l39 = i0 * 300u + j38;
    let v40 = acc12.y;
    let v41 = tmp0[l39];
    let v42 = select(0.0, 1.0, v41 > 0.0);
    let v43 = select(0.0, v40, v42 != 0.0);
    tmp7[l39] = v43;
  }
  {
    let j44 = j0 + 2u;
    let l45 = i0 * 300u + j44;
    let v46 = acc12.z;
    let v47 = tmp0[l45];
    let v48 = select(0.0, 1.0, v47 > 0.0);
    let v49 = select(0.0, v46, v48 != 0.0);
    tmp7[l45] = v49;
  }
  {
    let j50 = j0 + 3u;
    let l51 = i0 * 300u + j50;
    let v52 = acc12.w;
    let v53 = tmp0[l51];
    let v54 = select(0.0, 1.0, v53 > 0.0);
    let v55 = select(0.0, v52, v54 != 0.0);
    tmp7[l51] = v55;
  }
  {
    let i56 = i0 + 1u;
    let l57 = i56 * 300u + j0;
    let v58 = acc13.x;
    let v59 = tmp0[l57];
    let v60 = select(0.0, 1.0, v59 > 0.0);
    let v61 = select(0.0, v58, v60 != 0.0);
    tmp7[l57] = v61;
  }
  {
    let i62 = i0 + 1u;
    let j63 = j0 + 1u;
    let l64 = i62 * 300u + j63;
    let v65 = acc13.y;
    let v66 = tmp0[l64];
    let v67 = select(0.0, 1.0, v66 > 0.0);
    let v68 = select(0.0, v65, v67 != 0.0);
    tmp7[l64] = v68;
  }
  {
    let i69 = i0 + 1u;
    let j70 = j0 + 2u;
    let l71 = i69 * 300u + j70;
    let v72 = acc13.z;
    let v73 = tmp0[l71];
    let v74 = select(0.0, 1.0, v73 > 0.0);
    let v75 = select(0.0, v72, v74 != 0.0);
    tmp7[l71] = v75;
  }
  {
    let i76 = i0 + 1u;
    let j77 = j0 + 3u;
    let l78 = i76 * 300u + j77;
    let v79 = acc13.w;
    let v80 = tmp0[l78];
    let v81 = select(0.0, 1.0, v80 > 0.0);
    let v82 = select(0.0, v79, v81 != 0.0);
    tmp7[l78] = v82;
  }
  {
    let i83 = i0 + 2u;
    let l84 = i83 * 300u + j0;
    let v85 = acc14.x;
    let v86 = tmp0[l84];
    let v87 = select(0.0, 1.0, v86 > 0.0);
    let v88 = select(0.0, v85, v87 != 0.0);
    tmp7[l84] = v88;
  }
  {
    let i89 = i0 + 2u;
    let j90 = j0 + 1u;
    let l91 = i89 * 300u + j90;
    let v92 = acc14.y;
    let v93 = tmp0[l91];
    let v94 = select(0.0, 1.0, v93 > 0.0);
    let v95 = select(0.0, v92, v94 != 0.0);
    tmp7[l91] = v95;
  }
  {
    let i96 = i0 + 2u;
    let j97 = j0 + 2u;
    let l98 = i96 * 300u + j97;
    let v99 = acc14.z;
    let v100 = tmp0[l98];
    let v101 = select(0.0, 1.0, v100 > 0.0);
    let v102 = select(0.0, v99, v101 != 0.0);
    tmp7[l98] = v102;
  }
  {
    let i103 = i0 + 2u;
    let j104 = j0 + 3u;
    let l105 = i103 * 300u + j104;
    let v106 = acc14.w;
    let v107 = tmp0[l105];
    let v108 = select(0.0, 1.0, v107 > 0.0);
    let v109 = select(0.0, v106, v108 != 0.0);
    tmp7[l105] = v109;
  }
  {
    let i110 = i0 + 3u;
    let l111 = i110 * 300u + j0;
    let v112 = acc15.x;
    let v113 = tmp0[l111];
    let v114 = select(0.0, 1.0, v113 > 0.0);
    let v115 = select(0.0, v112, v114 != 0.0);
    tmp7[l111] = v115;
  }
  {
    let i116 = i0 + 3u;
    let j117 = j0 + 1u;
    let l118 = i116 * 300u + j117;
    let v119 = acc15.y;
    let v120 = tmp0[l118];
    let v121 = select(0.0, 1.0, v120 > 0.0);
    let v122 = select(0.0, v119, v121 != 0.0);
    tmp7[l118] = v122;
  }
  {
    let i123 = i0 + 3u;
    let j124 = j0 + 2u;
    let l125 = i123 * 300u + j124;
    let v126 = acc15.z;
    let v127 = tmp0[l125];
    let v128 = select(0.0, 1.0, v127 > 0.0);
    let v129 = select(0.0, v126, v128 != 0.0);
    tmp7[l125] = v129;
  }
  {
    let i130 = i0 + 3u;
    let j131 = j0 + 3u;
    let l132 = i130 * 300u + j131;
    let v133 = acc15.w;
    let v134 = tmp0[l132];
    let v135 = select(0.0, 1.0, v134 > 0.0);
    let v136 = select(0.0, v133, v135 != 0.0);
    tmp7[l132] = v136;
  }
  {
    let i137 = i0 + 4u;
    let l138 = i137 * 300u + j0;
    let v139 = acc16.x;
    let v140 = tmp0[l138];
    let v141 = select(0.0, 1.0, v140 > 0.0);
    let v142 = select(0.0, v139, v141 != 0.0);
    tmp7[l138] = v142;
  }
  {
    let i143 = i0 + 4u;
    let j144 = j0 + 1u;
    let l145 = i143 * 300u + j144;
    let v146 = acc16.y;
    let v147 = tmp0[l145];
    let v148 = select(0.0, 1.0, v147 > 0.0);
    let v149 = select(0.0, v146, v148 != 0.0);
    tmp7[l145] = v149;
  }
  {
    let i150 = i0 + 4u;
    let j151 = j0 + 2u;
    let l152 = i150 * 300u + j151;
    let v153 = acc16.z;
    let v154 = tmp0[l152];
    let v155 = select(0.0, 1.0, v154 > 0.0);
    let v156 = select(0.0, v153, v155 != 0.0);
    tmp7[l152] = v156;
  }
  {
    let i157 = i0 + 4u;
    let j158 = j0 + 3u;
    let l159 = i157 * 300u + j158;
    let v160 = acc16.w;
    let v161 = tmp0[l159];
    let v162 = select(0.0, 1.0, v161 > 0.0);
    let v163 = select(0.0, v160, v162 != 0.0);
    tmp7[l159] = v163;
  }
  {
    let i164 = i0 + 5u;
    let l165 = i164 * 300u + j0;
    let v166 = acc17.x;
    let v167 = tmp0[l165];
    let v168 = select(0.0, 1.0, v167 > 0.0);
    let v169 = select(0.0, v166, v168 != 0.0);
    tmp7[l165] = v169;
  }
  {
    let i170 = i0 + 5u;
    let j171 = j0 + 1u;
    let l172 = i170 * 300u + j171;
    let v173 = acc17.y;
    let v174 = tmp0[l172];
    let v175 = select(0.0, 1.0, v174 > 0.0);
    let v176 = select(0.0, v173, v175 != 0.0);
    tmp7[l172] = v176;
  }
  {
    let i177 = i0 + 5u;
    let j178 = j0 + 2u;
    let l179 = i177 * 300u + j178;
    let v180 = acc17.z;
    let v181 = tmp0[l179];
    let v182 = select(0.0, 1.0, v181 > 0.0);
    let v183 = select(0.0, v180, v182 != 0.0);
    tmp7[l179] = v183;
  }
  {
    let i184 = i0 + 5u;
    let j185 = j0 + 3u;
    let l186 = i184 * 300u + j185;
    let v187 = acc17.w;
    let v188 = tmp0[l186];
    let v189 = select(0.0, 1.0, v188 > 0.0);
    let v190 = select(0.0, v187, v189 != 0.0);
    tmp7[l186] = v190;
  }
  {
    let i191 = i0 + 6u;
    let l192 = i191 * 300u + j0;
    let v193 = acc18.x;
    let v194 = tmp0[l192];
    let v195 = select(0.0, 1.0, v194 > 0.0);
    let v196 = select(0.0, v193, v195 != 0.0);
    tmp7[l192] = v196;
  }
  {
    let i197 = i0 + 6u;
    let j198 = j0 + 1u;
    let l199 = i197 * 300u + j198;
    let v200 = acc18.y;
    let v201 = tmp0[l199];
    let v202 = select(0.0, 1.0, v201 > 0.0);
    let v203 = select(0.0, v200, v202 != 0.0);
    tmp7[l199] = v203;
  }
  {
    let i204 = i0 + 6u;
    let j205 = j0 + 2u;
    let l206 = i204 * 300u + j205;
    let v207 = acc18.z;
    let v208 = tmp0[l206];
    let v209 = select(0.0, 1.0, v208 > 0.0);
    let v210 = select(0.0, v207, v209 != 0.0);
    tmp7[l206] = v210;
  }
  {
    let i211 = i0 + 6u;
    let j212 = j0 + 3u;
    let l213 = i211 * 300u + j212;
    let v214 = acc18.w;
    let v215 = tmp0[l213];
    let v216 = select(0.0, 1.0, v215 > 0.0);
    let v217 = select(0.0, v214, v216 != 0.0);
    tmp7[l213] = v217;
  }
  {
    let i218 = i0 + 7u;
    let l219 = i218 * 300u + j0;
    let v220 = acc19.x;
    let v221 = tmp0[l219];
    let v222 = select(0.0, 1.0, v221 > 0.0);
    let v223 = select(0.0, v220, v222 != 0.0);
    tmp7[l219] = v223;
  }
  {
    let i224 = i0 + 7u;
    let j225 = j0 + 1u;
    let l226 = i224 * 300u + j225;
    let v227 = acc19.y;
    let v228 = tmp0[l226];
    let v229 = select(0.0, 1.0, v228 > 0.0);
    let v230 = select(0.0, v227, v229 != 0.0);
    tmp7[l226] = v230;
  }
  {
    let i231 = i0 + 7u;
    let j232 = j0 + 2u;
    let l233 = i231 * 300u + j232;
    let v234 = acc19.z;
    let v235 = tmp0[l233];
    let v236 = select(0.0, 1.0, v235 > 0.0);
    let v237 = select(0.0, v234, v236 != 0.0);
    tmp7[l233] = v237;
  }
  {
    let i238 = i0 + 7u;
    let j239 = j0 + 3u;
    let l240 = i238 * 300u + j239;
    let v241 = acc19.w;
    let v242 = tmp0[l240];
    let v243 = select(0.0, 1.0, v242 > 0.0);
    let v244 = select(0.0, v241, v243 != 0.0);
    tmp7[l240] = v244;
  }
}

// ---- 017_matmul_hidden1_kernel_sgd.wgsl
@group(0) @binding(0) var<storage, read> in_X_v4: array<vec4<f32>>;
@group(0) @binding(1) var<storage, read> tmp7_v4: array<vec4<f32>>;
@group(0) @binding(2) var<storage, read_write> s_hidden1_kernel: array<f32>;

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
    let bv45 = tmp7_v4[(kq44 * 300u + j0) / 4u];
    let bv46 = tmp7_v4[(kq44 * 300u + j0) / 4u + 1u];
    let bv47 = tmp7_v4[(kq44 * 300u + j0) / 4u + 2u];
    let aq48 = in_X_v4[(kq44 * 784u + i0) / 4u + 0u];
    let aq49 = in_X_v4[(kq44 * 784u + i0) / 4u + 1u];
    let kq50 = k * 4u + 1u;
    let bv51 = tmp7_v4[(kq50 * 300u + j0) / 4u];
    let bv52 = tmp7_v4[(kq50 * 300u + j0) / 4u + 1u];
    let bv53 = tmp7_v4[(kq50 * 300u + j0) / 4u + 2u];
    let aq54 = in_X_v4[(kq50 * 784u + i0) / 4u + 0u];
    let aq55 = in_X_v4[(kq50 * 784u + i0) / 4u + 1u];
    let kq56 = k * 4u + 2u;
    let bv57 = tmp7_v4[(kq56 * 300u + j0) / 4u];
    let bv58 = tmp7_v4[(kq56 * 300u + j0) / 4u + 1u];
    let bv59 = tmp7_v4[(kq56 * 300u + j0) / 4u + 2u];
    let aq60 = in_X_v4[(kq56 * 784u + i0) / 4u + 0u];
    let aq61 = in_X_v4[(kq56 * 784u + i0) / 4u + 1u];
    let kq62 = k * 4u + 3u;
    let bv63 = tmp7_v4[(kq62 * 300u + j0) / 4u];
    let bv64 = tmp7_v4[(kq62 * 300u + j0) / 4u + 1u];
    let bv65 = tmp7_v4[(kq62 * 300u + j0) / 4u + 2u];
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
    let v69 = s_hidden1_kernel[l68];
    let v70 = sign(v69);
    let v71 = (0.001 * v70);
    let v72 = acc20.x;
    let v73 = (v71 + v72);
    let v74 = (v73 * 0.01);
    let v75 = (v69 - v74);
    s_hidden1_kernel[l68] = v75;
  }
  {
    let j76 = j0 + 1u;
    let l77 = i0 * 300u + j76;
    let v78 = s_hidden1_kernel[l77];
    let v79 = sign(v78);
    let v80 = (0.001 * v79);
    let v81 = acc20.y;
    let v82 = (v80 + v81);
    let v83 = (v82 * 0.01);
    let v84 = (v78 - v83);
    s_hidden1_kernel[l77] = v84;
  }
  {
    let j85 = j0 + 2u;
    let l86 = i0 * 300u + j85;
    let v87 = s_hidden1_kernel[l86];
    let v88 = sign(v87);
    let v89 = (0.001 * v88);
    let v90 = acc20.z;
    let v91 = (v89 + v90);
    let v92 = (v91 * 0.01);
    let v93 = (v87 - v92);
    s_hidden1_kernel[l86] = v93;
  }
  {
    let j94 = j0 + 3u;
    let l95 = i0 * 300u + j94;
    let v96 = s_hidden1_kernel[l95];
    let v97 = sign(v96);
    let v98 = (0.001 * v97);
    let v99 = acc20.w;
    let v100 = (v98 + v99);
    let v101 = (v100 * 0.01);
    let v102 = (v96 - v101);
    s_hidden1_kernel[l95] = v102;
  }
  {
    let j103 = j0 + 4u;
    let l104 = i0 * 300u + j103;
    let v105 = s_hidden1_kernel[l104];
    let v106 = sign(v105);
    let v107 = (0.001 * v106);
    let v108 = acc21.x;
    let v109 = (v107 + v108);
    let v110 = (v109 * 0.01);
    let v111 = (v105 - v110);
    s_hidden1_kernel[l104] = v111;
  }
  {
    let j112 = j0 + 5u;
    let l113 = i0 * 300u + j112;
    let v114 = s_hidden1_kernel[l113];
    let v115 = sign(v114);
    let v116 = (0.001 * v115);
    let v117 = acc21.y;
    let v118 = (v116 + v117);
    let v119 = (v118 * 0.01);
    let v120 = (v114 - v119);
    s_hidden1_kernel[l113] = v120;
  }
  {
    let j121 = j0 + 6u;
    let l122 = i0 * 300u + j121;
    let v123 = s_hidden1_kernel[l122];
    let v124 = sign(v123);
    let v125 = (0.001 * v124);
    let v126 = acc21.z;
    let v127 = (v125 + v126);
    let v128 = (v127 * 0.01);
    let v129 = (v123 - v128);
    s_hidden1_kernel[l122] = v129;
  }
  {
    let j130 = j0 + 7u;
    let l131 = i0 * 300u + j130;
    let v132 = s_hidden1_kernel[l131];
    let v133 = sign(v132);
    let v134 = (0.001 * v133);
    let v135 = acc21.w;
    let v136 = (v134 + v135);
    let v137 = (v136 * 0.01);
    let v138 = (v132 - v137);
    s_hidden1_kernel[l131] = v138;
  }
  {
    let j139 = j0 + 8u;
    let l140 = i0 * 300u + j139;
    let v141 = s_hidden1_kernel[l140];
    let v142 = sign(v141);
    let v143 = (0.001 * v142);
    let v144 = acc22.x;
    let v145 = (v143 + v144);
    let v146 = (v145 * 0.01);
    let v147 = (v141 - v146);
    s_hidden1_kernel[l140] = v147;
  }
  {
    let j148 = j0 + 9u;
    let l149 = i0 * 300u + j148;
    let v150 = s_hidden1_kernel[l149];
    let v151 = sign(v150);
    let v152 = (0.001 * v151);
    let v153 = acc22.y;
    let v154 = (v152 + v153);
    let v155 = (v154 * 0.01);
    let v156 = (v150 - v155);
    s_hidden1_kernel[l149] = v156;
  }
  {
    let j157 = j0 + 10u;
    let l158 = i0 * 300u + j157;
    let v159 = s_hidden1_kernel[l158];
    let v160 = sign(v159);
    let v161 = (0.001 * v160);
    let v162 = acc22.z;
    let v163 = (v161 + v162);
    let v164 = (v163 * 0.01);
    let v165 = (v159 - v164);
    s_hidden1_kernel[l158] = v165;
  }
  {
    let j166 = j0 + 11u;
    let l167 = i0 * 300u + j166;
    let v168 = s_hidden1_kernel[l167];
    let v169 = sign(v168);
    let v170 = (0.001 * v169);
    let v171 = acc22.w;
    let v172 = (v170 + v171);
    let v173 = (v172 * 0.01);
    let v174 = (v168 - v173);
    s_hidden1_kernel[l167] = v174;
  }
  {
    let i175 = i0 + 1u;
    let l176 = i175 * 300u + j0;
    let v177 = s_hidden1_kernel[l176];
    let v178 = sign(v177);
    let v179 = (0.001 * v178);
    let v180 = acc23.x;
    let v181 = (v179 + v180);
    let v182 = (v181 * 0.01);
    let v183 = (v177 - v182);
    s_hidden1_kernel[l176] = v183;
  }
  {
    let i184 = i0 + 1u;
    let j185 = j0 + 1u;
    let l186 = i184 * 300u + j185;
    let v187 = s_hidden1_kernel[l186];
    let v188 = sign(v187);
    let v189 = (0.001 * v188);
    let v190 = acc23.y;
    let v191 = (v189 + v190);
    let v192 = (v191 * 0.01);
    let v193 = (v187 - v192);
    s_hidden1_kernel[l186] = v193;
  }
  {
    let i194 = i0 + 1u;
    let j195 = j0 + 2u;
    let l196 = i194 * 300u + j195;
    let v197 = s_hidden1_kernel[l196];
    let v198 = sign(v197);
    let v199 = (0.001 * v198);
    let v200 = acc23.z;
    let v201 = (v199 + v200);
    let v202 = (v201 * 0.01);
    let v203 = (v197 - v202);
    s_hidden1_kernel[l196] = v203;
  }
  {
    let i204 = i0 + 1u;
    let j205 = j0 + 3u;
    let l206 = i204 * 300u + j205;
    let v207 = s_hidden1_kernel[l206];
    let v208 = sign(v207);
    let v209 = (0.001 * v208);
    let v210 = acc23.w;
    let v211 = (v209 + v210);
    let v212 = (v211 * 0.01);
    let v213 = (v207 - v212);
    s_hidden1_kernel[l206] = v213;
  }
  {
    let i214 = i0 + 1u;
    let j215 = j0 + 4u;
    let l216 = i214 * 300u + j215;
    let v217 = s_hidden1_kernel[l216];
    let v218 = sign(v217);
    let v219 = (0.001 * v218);
    let v220 = acc24.x;
    let v221 = (v219 + v220);
    let v222 = (v221 * 0.01);
    let v223 = (v217 - v222);
    s_hidden1_kernel[l216] = v223;
  }
  {
    let i224 = i0 + 1u;
    let j225 = j0 + 5u;
    let l226 = i224 * 300u + j225;
    let v227 = s_hidden1_kernel[l226];
    let v228 = sign(v227);
    let v229 = (0.001 * v228);
    let v230 = acc24.y;
    let v231 = (v229 + v230);
    let v232 = (v231 * 0.01);
    let v233 = (v227 - v232);
    s_hidden1_kernel[l226] = v233;
  }
  {
    let i234 = i0 + 1u;
    let j235 = j0 + 6u;
    let l236 = i234 * 300u + j235;
    let v237 = s_hidden1_kernel[l236];
    let v238 = sign(v237);
    let v239 = (0.001 * v238);
    let v240 = acc24.z;
    let v241 = (v239 + v240);
    let v242 = (v241 * 0.01);
    let v243 = (v237 - v242);
    s_hidden1_kernel[l236] = v243;
  }
  {
    let i244 = i0 + 1u;
    let j245 = j0 + 7u;
    let l246 = i244 * 300u + j245;
    let v247 = s_hidden1_kernel[l246];
    let v248 = sign(v247);
    let v249 = (0.001 * v248);
    let v250 = acc24.w;
    let v251 = (v249 + v250);
    let v252 = (v251 * 0.01);
    let v253 = (v247 - v252);
    s_hidden1_kernel[l246] = v253;
  }
  {
    let i254 = i0 + 1u;
    let j255 = j0 + 8u;
    let l256 = i254 * 300u + j255;
    let v257 = s_hidden1_kernel[l256];
    let v258 = sign(v257);
    let v259 = (0.001 * v258);
    let v260 = acc25.x;
    let v261 = (v259 + v260);
    let v262 = (v261 * 0.01);
    let v263 = (v257 - v262);
    s_hidden1_kernel[l256] = v263;
  }
  {
    let i264 = i0 + 1u;
    let j265 = j0 + 9u;
    let l266 = i264 * 300u + j265;
    let v267 = s_hidden1_kernel[l266];
    let v268 = sign(v267);
    let v269 = (0.001 * v268);
    let v270 = acc25.y;
    let v271 = (v269 + v270);
    let v272 = (v271 * 0.01);
    let v273 = (v267 - v272);
    s_hidden1_kernel[l266] = v273;
  }
  {
    let i274 = i0 + 1u;
    let j275 = j0 + 10u;
    let l276 = i274 * 300u + j275;
    let v277 = s_hidden1_kernel[l276];
    let v278 = sign(v277);
    let v279 = (0.001 * v278);
    let v280 = acc25.z;
    let v281 = (v279 + v280);
    let v282 = (v281 * 0.01);
    let v283 = (v277 - v282);
    s_hidden1_kernel[l276] = v283;
  }
  {
    let i284 = i0 + 1u;
    let j285 = j0 + 11u;
    let l286 = i284 * 300u + j285;
    let v287 = s_hidden1_kernel[l286];
    let v288 = sign(v287);
    let v289 = (0.001 * v288);
    let v290 = acc25.w;
    let v291 = (v289 + v290);
    let v292 = (v291 * 0.01);
    let v293 = (v287 - v292);
    s_hidden1_kernel[l286] = v293;
  }
  {
    let i294 = i0 + 2u;
    let l295 = i294 * 300u + j0;
    let v296 = s_hidden1_kernel[l295];
    let v297 = sign(v296);
    let v298 = (0.001 * v297);
    let v299 = acc26.x;
    let v300 = (v298 + v299);
    let v301 = (v300 * 0.01);
    let v302 = (v296 - v301);
    s_hidden1_kernel[l295] = v302;
  }
  {
    let i303 = i0 + 2u;
    let j304 = j0 + 1u;
    let l305 = i303 * 300u + j304;
    let v306 = s_hidden1_kernel[l305];
    let v307 = sign(v306);
    let v308 = (0.001 * v307);
    let v309 = acc26.y;
    let v310 = (v308 + v309);
    let v311 = (v310 * 0.01);
    let v312 = (v306 - v311);
    s_hidden1_kernel[l305] = v312;
  }
  {
    let i313 = i0 + 2u;
    let j314 = j0 + 2u;
    let l315 = i313 * 300u + j314;
    let v316 = s_hidden1_kernel[l315];
    let v317 = sign(v316);
    let v318 = (0.001 * v317);
    let v319 = acc26.z;
    let v320 = (v318 + v319);
    let v321 = (v320 * 0.01);
    let v322 = (v316 - v321);
    s_hidden1_kernel[l315] = v322;
  }
  {
    let i323 = i0 + 2u;
    let j324 = j0 + 3u;
    let l325 = i323 * 300u + j324;
    let v326 = s_hidden1_kernel[l325];
    let v327 = sign(v326);
    let v328 = (0.001 * v327);
    let v329 = acc26.w;
    let v330 = (v328 + v329);
    let v331 = (v330 * 0.01);
    let v332 = (v326 - v331);
    s_hidden1_kernel[l325] = v332;
  }
  {
    let i333 = i0 + 2u;
    let j334 = j0 + 4u;
    let l335 = i333 * 300u + j334;
    let v336 = s_hidden1_kernel[l335];
    let v337 = sign(v336);
    let v338 = (0.001 * v337);
    let v339 = acc27.x;
    let v340 = (v338 + v339);
    let v341 = (v340 * 0.01);
    let v342 = (v336 - v341);
    s_hidden1_kernel[l335] = v342;
  }
  {
    let i343 = i0 + 2u;
    let j344 = j0 + 5u;
    let l345 = i343 * 300u + j344;
    let v346 = s_hidden1_kernel[l345];
    let v347 = sign(v346);
    let v348 = (0.001 * v347);
    let v349 = acc27.y;
    let v350 = (v348 + v349);
    let v351 = (v350 * 0.01);
    let v352 = (v346 - v351);
    s_hidden1_kernel[l345] = v352;
  }
  {
    let i353 = i0 + 2u;
    let j354 = j0 + 6u;
    let l355 = i353 * 300u + j354;
    let v356 = s_hidden1_kernel[l355];
    let v357 = sign(v356);
    let v358 = (0.001 * v357);
    let v359 = acc27.z;
    let v360 = (v358 + v359);
    let v361 = (v360 * 0.01);
    let v362 = (v356 - v361);
    s_hidden1_kernel[l355] = v362;
  }
  {
    let i363 = i0 + 2u;
    let j364 = j0 + 7u;
    let l365 = i363 * 300u + j364;
    let v366 = s_hidden1_kernel[l365];
    let v367 = sign(v366);
    let v368 = (0.001 * v367);
    let v369 = acc27.w;
    let v370 = (v368 + v369);
    let v371 = (v370 * 0.01);
    let v372 = (v366 - v371);
    s_hidden1_kernel[l365] = v372;
  }
  {
    let i373 = i0 + 2u;
    let j374 = j0 + 8u;
    let l375 = i373 * 300u + j374;
    let v376 = s_hidden1_kernel[l375];
    let v377 = sign(v376);
    let v378 = (0.001 * v377);
    let v379 = acc28.x;
    let v380 = (v378 + v379);
    let v381 = (v380 * 0.01);
    let v382 = (v376 - v381);
    s_hidden1_kernel[l375] = v382;
  }
  {
    let i383 = i0 + 2u;
    let j384 = j0 + 9u;
    let l385 = i383 * 300u + j384;
    let v386 = s_hidden1_kernel[l385];
    let v387 = sign(v386);
    let v388 = (0.001 * v387);
    let v389 = acc28.y;
    let v390 = (v388 + v389);
    let v391 = (v390 * 0.01);
    let v392 = (v386 - v391);
    s_hidden1_kernel[l385] = v392;
  }
  {
    let i393 = i0 + 2u;
    let j394 = j0 + 10u;
    let l395 = i393 * 300u + j394;
    let v396 = s_hidden1_kernel[l395];
    let v397 = sign(v396);
    let v398 = (0.001 * v397);
    let v399 = acc28.z;
    let v400 = (v398 + v399);
    let v401 = (v400 * 0.01);
    let v402 = (v396 - v401);
    s_hidden1_kernel[l395] = v402;
  }
  {
    let i403 = i0 + 2u;
    let j404 = j0 + 11u;
    let l405 = i403 * 300u + j404;
    let v406 = s_hidden1_kernel[l405];
    let v407 = sign(v406);
    let v408 = (0.001 * v407);
    let v409 = acc28.w;
    let v410 = (v408 + v409);
    let v411 = (v410 * 0.01);
    let v412 = (v406 - v411);
    s_hidden1_kernel[l405] = v412;
  }
  {
    let i413 = i0 + 3u;
    let l414 = i413 * 300u + j0;
    let v415 = s_hidden1_kernel[l414];
    let v416 = sign(v415);
    let v417 = (0.001 * v416);
    let v418 = acc29.x;
    let v419 = (v417 + v418);
    let v420 = (v419 * 0.01);
    let v421 = (v415 - v420);
    s_hidden1_kernel[l414] = v421;
  }
  {
    let i422 = i0 + 3u;
    let j423 = j0 + 1u;
    let l424 = i422 * 300u + j423;
    let v425 = s_hidden1_kernel[l424];
    let v426 = sign(v425);
    let v427 = (0.001 * v426);
    let v428 = acc29.y;
    let v429 = (v427 + v428);
    let v430 = (v429 * 0.01);
    let v431 = (v425 - v430);
    s_hidden1_kernel[l424] = v431;
  }
  {
    let i432 = i0 + 3u;
    let j433 = j0 + 2u;
    let l434 = i432 * 300u + j433;
    let v435 = s_hidden1_kernel[l434];
    let v436 = sign(v435);
    let v437 = (0.001 * v436);
    let v438 = acc29.z;
    let v439 = (v437 + v438);
    let v440 = (v439 * 0.01);
    let v441 = (v435 - v440);
    s_hidden1_kernel[l434] = v441;
  }
  {
    let i442 = i0 + 3u;
    let j443 = j0 + 3u;
    let l444 = i442 * 300u + j443;
    let v445 = s_hidden1_kernel[l444];
    let v446 = sign(v445);
    let v447 = (0.001 * v446);
    let v448 = acc29.w;
    let v449 = (v447 + v448);
    let v450 = (v449 * 0.01);
    let v451 = (v445 - v450);
    s_hidden1_kernel[l444] = v451;
  }
  {
    let i452 = i0 + 3u;
    let j453 = j0 + 4u;
    let l454 = i452 * 300u + j453;
    let v455 = s_hidden1_kernel[l454];
    let v456 = sign(v455);
    let v457 = (0.001 * v456);
    let v458 = acc30.x;
    let v459 = (v457 + v458);
    let v460 = (v459 * 0.01);
    let v461 = (v455 - v460);
    s_hidden1_kernel[l454] = v461;
  }
  {
    let i462 = i0 + 3u;
    let j463 = j0 + 5u;
    let l464 = i462 * 300u + j463;
    let v465 = s_hidden1_kernel[l464];
    let v466 = sign(v465);
    let v467 = (0.001 * v466);
    let v468 = acc30.y;
    let v469 = (v467 + v468);
    let v470 = (v469 * 0.01);
    let v471 = (v465 - v470);
    s_hidden1_kernel[l464] = v471;
  }
  {
    let i472 = i0 + 3u;
    let j473 = j0 + 6u;
    let l474 = i472 * 300u + j473;
    let v475 = s_hidden1_kernel[l474];
    let v476 = sign(v475);
    let v477 = (0.001 * v476);
    let v478 = acc30.z;
    let v479 = (v477 + v478);
    let v480 = (v479 * 0.01);
    let v481 = (v475 - v480);
    s_hidden1_kernel[l474] = v481;
  }
  {
    let i482 = i0 + 3u;
    let j483 = j0 + 7u;
    let l484 = i482 * 300u + j483;
    let v485 = s_hidden1_kernel[l484];
    let v486 = sign(v485);
    let v487 = (0.001 * v486);
    let v488 = acc30.w;
    let v489 = (v487 + v488);
    let v490 = (v489 * 0.01);
    let v491 = (v485 - v490);
    s_hidden1_kernel[l484] = v491;
  }
  {
    let i492 = i0 + 3u;
    let j493 = j0 + 8u;
    let l494 = i492 * 300u + j493;
    let v495 = s_hidden1_kernel[l494];
    let v496 = sign(v495);
    let v497 = (0.001 * v496);
    let v498 = acc31.x;
    let v499 = (v497 + v498);
    let v500 = (v499 * 0.01);
    let v501 = (v495 - v500);
    s_hidden1_kernel[l494] = v501;
  }
  {
    let i502 = i0 + 3u;
    let j503 = j0 + 9u;
    let l504 = i502 * 300u + j503;
    let v505 = s_hidden1_kernel[l504];
    let v506 = sign(v505);
    let v507 = (0.001 * v506);
    let v508 = acc31.y;
    let v509 = (v507 + v508);
    let v510 = (v509 * 0.01);
    let v511 = (v505 - v510);
    s_hidden1_kernel[l504] = v511;
  }
  {
    let i512 = i0 + 3u;
    let j513 = j0 + 10u;
    let l514 = i512 * 300u + j513;
    let v515 = s_hidden1_kernel[l514];
    let v516 = sign(v515);
    let v517 = (0.001 * v516);
    let v518 = acc31.z;
    let v519 = (v517 + v518);
    let v520 = (v519 * 0.01);
    let v521 = (v515 - v520);
    s_hidden1_kernel[l514] = v521;
  }
  {
    let i522 = i0 + 3u;
    let j523 = j0 + 11u;
    let l524 = i522 * 300u + j523;
    let v525 = s_hidden1_kernel[l524];
    let v526 = sign(v525);
    let v527 = (0.001 * v526);
    let v528 = acc31.w;
    let v529 = (v527 + v528);
    let v530 = (v529 * 0.01);
    let v531 = (v525 - v530);
    s_hidden1_kernel[l524] = v531;
  }
  {
    let i532 = i0 + 4u;
    let l533 = i532 * 300u + j0;
    let v534 = s_hidden1_kernel[l533];
    let v535 = sign(v534);
    let v536 = (0.001 * v535);
    let v537 = acc32.x;
    let v538 = (v536 + v537);
    let v539 = (v538 * 0.01);
    let v540 = (v534 - v539);
    s_hidden1_kernel[l533] = v540;
  }
  {
    let i541 = i0 + 4u;
    let j542 = j0 + 1u;
    let l543 = i541 * 300u + j542;
    let v544 = s_hidden1_kernel[l543];
    let v545 = sign(v544);
    let v546 = (0.001 * v545);
    let v547 = acc32.y;
    let v548 = (v546 + v547);
    let v549 = (v548 * 0.01);
    let v550 = (v544 - v549);
    s_hidden1_kernel[l543] = v550;
  }
  {
    let i551 = i0 + 4u;
    let j552 = j0 + 2u;
    let l553 = i551 * 300u + j552;
    let v554 = s_hidden1_kernel[l553];
    let v555 = sign(v554);
    let v556 = (0.001 * v555);
    let v557 = acc32.z;
    let v558 = (v556 + v557);
    let v559 = (v558 * 0.01);
    let v560 = (v554 - v559);
    s_hidden1_kernel[l553] = v560;
  }
  {
    let i561 = i0 + 4u;
    let j562 = j0 + 3u;
    let l563 = i561 * 300u + j562;
    let v564 = s_hidden1_kernel[l563];
    let v565 = sign(v564);
    let v566 = (0.001 * v565);
    let v567 = acc32.w;
    let v568 = (v566 + v567);
    let v569 = (v568 * 0.01);
    let v570 = (v564 - v569);
    s_hidden1_kernel[l563] = v570;
  }
  {
    let i571 = i0 + 4u;
    let j572 = j0 + 4u;
    let l573 = i571 * 300u + j572;
    let v574 = s_hidden1_kernel[l573];
    let v575 = sign(v574);
    let v576 = (0.001 * v575);
    let v577 = acc33.x;
    let v578 = (v576 + v577);
    let v579 = (v578 * 0.01);
    let v580 = (v574 - v579);
    s_hidden1_kernel[l573] = v580;
  }
  {
    let i581 = i0 + 4u;
    let j582 = j0 + 5u;
    let l583 = i581 * 300u + j582;
    let v584 = s_hidden1_kernel[l583];
    let v585 = sign(v584);
    let v586 = (0.001 * v585);
    let v587 = acc33.y;
    let v588 = (v586 + v587);
    let v589 = (v588 * 0.01);
    let v590 = (v584 - v589);
    s_hidden1_kernel[l583] = v590;
  }
  {
    let i591 = i0 + 4u;
    let j592 = j0 + 6u;
    let l593 = i591 * 300u + j592;
    let v594 = s_hidden1_kernel[l593];
    let v595 = sign(v594);
    let v596 = (0.001 * v595);
    let v597 = acc33.z;
    let v598 = (v596 + v597);
    let v599 = (v598 * 0.01);
    let v600 = (v594 - v599);
    s_hidden1_kernel[l593] = v600;
  }
  {
    let i601 = i0 + 4u;
    let j602 = j0 + 7u;
    let l603 = i601 * 300u + j602;
    let v604 = s_hidden1_kernel[l603];
    let v605 = sign(v604);
    let v606 = (0.001 * v605);
    let v607 = acc33.w;
    let v608 = (v606 + v607);
    let v609 = (v608 * 0.01);
    let v610 = (v604 - v609);
    s_hidden1_kernel[l603] = v610;
  }
  {
    let i611 = i0 + 4u;
    let j612 = j0 + 8u;
    let l613 = i611 * 300u + j612;
    let v614 = s_hidden1_kernel[l613];
    let v615 = sign(v614);
    let v616 = (0.001 * v615);
    let v617 = acc34.x;
    let v618 = (v616 + v617);
    let v619 = (v618 * 0.01);
    let v620 = (v614 - v619);
    s_hidden1_kernel[l613] = v620;
  }
  {
    let i621 = i0 + 4u;
    let j622 = j0 + 9u;
    let l623 = i621 * 300u + j622;
    let v624 = s_hidden1_kernel[l623];
    let v625 = sign(v624);
    let v626 = (0.001 * v625);
    let v627 = acc34.y;
    let v628 = (v626 + v627);
    let v629 = (v628 * 0.01);
    let v630 = (v624 - v629);
    s_hidden1_kernel[l623] = v630;
  }
  {
    let i631 = i0 + 4u;
    let j632 = j0 + 10u;
    let l633 = i631 * 300u + j632;
    let v634 = s_hidden1_kernel[l633];
    let v635 = sign(v634);
    let v636 = (0.001 * v635);
    let v637 = acc34.z;
    let v638 = (v636 + v637);
    let v639 = (v638 * 0.01);
    let v640 = (v634 - v639);
    s_hidden1_kernel[l633] = v640;
  }
  {
    let i641 = i0 + 4u;
    let j642 = j0 + 11u;
    let l643 = i641 * 300u + j642;
    let v644 = s_hidden1_kernel[l643];
    let v645 = sign(v644);
    let v646 = (0.001 * v645);
    let v647 = acc34.w;
    let v648 = (v646 + v647);
    let v649 = (v648 * 0.01);
    let v650 = (v644 - v649);
    s_hidden1_kernel[l643] = v650;
  }
  {
    let i651 = i0 + 5u;
    let l652 = i651 * 300u + j0;
    let v653 = s_hidden1_kernel[l652];
    let v654 = sign(v653);
    let v655 = (0.001 * v654);
    let v656 = acc35.x;
    let v657 = (v655 + v656);
    let v658 = (v657 * 0.01);
    let v659 = (v653 - v658);
    s_hidden1_kernel[l652] = v659;
  }
  {
    let i660 = i0 + 5u;
    let j661 = j0 + 1u;
    let l662 = i660 * 300u + j661;
    let v663 = s_hidden1_kernel[l662];
    let v664 = sign(v663);
    let v665 = (0.001 * v664);
    let v666 = acc35.y;
    let v667 = (v665 + v666);
    let v668 = (v667 * 0.01);
    let v669 = (v663 - v668);
    s_hidden1_kernel[l662] = v669;
  }
  {
    let i670 = i0 + 5u;
    let j671 = j0 + 2u;
    let l672 = i670 * 300u + j671;
    let v673 = s_hidden1_kernel[l672];
    let v674 = sign(v673);
    let v675 = (0.001 * v674);
    let v676 = acc35.z;
    let v677 = (v675 + v676);
    let v678 = (v677 * 0.01);
    let v679 = (v673 - v678);
    s_hidden1_kernel[l672] = v679;
  }
  {
    let i680 = i0 + 5u;
    let j681 = j0 + 3u;
    let l682 = i680 * 300u + j681;
    let v683 = s_hidden1_kernel[l682];
    let v684 = sign(v683);
    let v685 = (0.001 * v684);
    let v686 = acc35.w;
    let v687 = (v685 + v686);
    let v688 = (v687 * 0.01);
    let v689 = (v683 - v688);
    s_hidden1_kernel[l682] = v689;
  }
  {
    let i690 = i0 + 5u;
    let j691 = j0 + 4u;
    let l692 = i690 * 300u + j691;
    let v693 = s_hidden1_kernel[l692];
    let v694 = sign(v693);
    let v695 = (0.001 * v694);
    let v696 = acc36.x;
    let v697 = (v695 + v696);
    let v698 = (v697 * 0.01);
    let v699 = (v693 - v698);
    s_hidden1_kernel[l692] = v699;
  }
  {
    let i700 = i0 + 5u;
    let j701 = j0 + 5u;
    let l702 = i700 * 300u + j701;
    let v703 = s_hidden1_kernel[l702];
    let v704 = sign(v703);
    let v705 = (0.001 * v704);
    let v706 = acc36.y;
    let v707 = (v705 + v706);
    let v708 = (v707 * 0.01);
    let v709 = (v703 - v708);
    s_hidden1_kernel[l702] = v709;
  }
  {
    let i710 = i0 + 5u;
    let j711 = j0 + 6u;
    let l712 = i710 * 300u + j711;
    let v713 = s_hidden1_kernel[l712];
    let v714 = sign(v713);
    let v715 = (0.001 * v714);
    let v716 = acc36.z;
    let v717 = (v715 + v716);
    let v718 = (v717 * 0.01);
    let v719 = (v713 - v718);
    s_hidden1_kernel[l712] = v719;
  }
  {
    let i720 = i0 + 5u;
    let j721 = j0 + 7u;
    let l722 = i720 * 300u + j721;
    let v723 = s_hidden1_kernel[l722];
    let v724 = sign(v723);
    let v725 = (0.001 * v724);
    let v726 = acc36.w;
    let v727 = (v725 + v726);
    let v728 = (v727 * 0.01);
    let v729 = (v723 - v728);
    s_hidden1_kernel[l722] = v729;
  }
  {
    let i730 = i0 + 5u;
    let j731 = j0 + 8u;
    let l732 = i730 * 300u + j731;
    let v733 = s_hidden1_kernel[l732];
    let v734 = sign(v733);
    let v735 = (0.001 * v734);
    let v736 = acc37.x;
    let v737 = (v735 + v736);
    let v738 = (v737 * 0.01);
    let v739 = (v733 - v738);
    s_hidden1_kernel[l732] = v739;
  }
  {
    let i740 = i0 + 5u;
    let j741 = j0 + 9u;
    let l742 = i740 * 300u + j741;
    let v743 = s_hidden1_kernel[l742];
    let v744 = sign(v743);
    let v745 = (0.001 * v744);
    let v746 = acc37.y;
    let v747 = (v745 + v746);
    let v748 = (v747 * 0.01);
    let v749 = (v743 - v748);
    s_hidden1_kernel[l742] = v749;
  }
  {
    let i750 = i0 + 5u;
    let j751 = j0 + 10u;
    let l752 = i750 * 300u + j751;
    let v753 = s_hidden1_kernel[l752];
    let v754 = sign(v753);
    let v755 = (0.001 * v754);
    let v756 = acc37.z;
    let v757 = (v755 + v756);
    let v758 = (v757 * 0.01);
    let v759 = (v753 - v758);
    s_hidden1_kernel[l752] = v759;
  }
  {
    let i760 = i0 + 5u;
    let j761 = j0 + 11u;
    let l762 = i760 * 300u + j761;
    let v763 = s_hidden1_kernel[l762];
    let v764 = sign(v763);
    let v765 = (0.001 * v764);
    let v766 = acc37.w;
    let v767 = (v765 + v766);
    let v768 = (v767 * 0.01);
    let v769 = (v763 - v768);
    s_hidden1_kernel[l762] = v769;
  }
  {
    let i770 = i0 + 6u;
    let l771 = i770 * 300u + j0;
    let v772 = s_hidden1_kernel[l771];
    let v773 = sign(v772);
    let v774 = (0.001 * v773);
    let v775 = acc38.x;
    let v776 = (v774 + v775);
    let v777 = (v776 * 0.01);
    let v778 = (v772 - v777);
    s_hidden1_kernel[l771] = v778;
  }
  {
    let i779 = i0 + 6u;
    let j780 = j0 + 1u;
    let l781 = i779 * 300u + j780;
    let v782 = s_hidden1_kernel[l781];
    let v783 = sign(v782);
    let v784 = (0.001 * v783);
    let v785 = acc38.y;
    let v786 = (v784 + v785);
    let v787 = (v786 * 0.01);
    let v788 = (v782 - v787);
    s_hidden1_kernel[l781] = v788;
  }
  {
    let i789 = i0 + 6u;
    let j790 = j0 + 2u;
    let l791 = i789 * 300u + j790;
    let v792 = s_hidden1_kernel[l791];
    let v793 = sign(v792);
    let v794 = (0.001 * v793);
    let v795 = acc38.z;
    let v796 = (v794 + v795);
    let v797 = (v796 * 0.01);
    let v798 = (v792 - v797);
    s_hidden1_kernel[l791] = v798;
  }
  {
    let i799 = i0 + 6u;
    let j800 = j0 + 3u;
    let l801 = i799 * 300u + j800;
    let v802 = s_hidden1_kernel[l801];
    let v803 = sign(v802);
    let v804 = (0.001 * v803);
    let v805 = acc38.w;
    let v806 = (v804 + v805);
    let v807 = (v806 * 0.01);
    let v808 = (v802 - v807);
    s_hidden1_kernel[l801] = v808;
  }
  {
    let i809 = i0 + 6u;
    let j810 = j0 + 4u;
    let l811 = i809 * 300u + j810;
    let v812 = s_hidden1_kernel[l811];
    let v813 = sign(v812);
    let v814 = (0.001 * v813);
    let v815 = acc39.x;
    let v816 = (v814 + v815);
    let v817 = (v816 * 0.01);
    let v818 = (v812 - v817);
    s_hidden1_kernel[l811] = v818;
  }
  {
    let i819 = i0 + 6u;
    let j820 = j0 + 5u;
    let l821 = i819 * 300u + j820;
    let v822 = s_hidden1_kernel[l821];
    let v823 = sign(v822);
    let v824 = (0.001 * v823);
    let v825 = acc39.y;
    let v826 = (v824 + v825);
    let v827 = (v826 * 0.01);
    let v828 = (v822 - v827);
    s_hidden1_kernel[l821] = v828;
  }
  {
    let i829 = i0 + 6u;
    let j830 = j0 + 6u;
    let l831 = i829 * 300u + j830;
    let v832 = s_hidden1_kernel[l831];
    let v833 = sign(v832);
    let v834 = (0.001 * v833);
    let v835 = acc39.z;
    let v836 = (v834 + v835);
    let v837 = (v836 * 0.01);
    let v838 = (v832 - v837);
    s_hidden1_kernel[l831] = v838;
  }
  {
    let i839 = i0 + 6u;
    let j840 = j0 + 7u;
    let l841 = i839 * 300u + j840;
    let v842 = s_hidden1_kernel[l841];
    let v843 = sign(v842);
    let v844 = (0.001 * v843);
    let v845 = acc39.w;
    let v846 = (v844 + v845);
    let v847 = (v846 * 0.01);
    let v848 = (v842 - v847);
    s_hidden1_kernel[l841] = v848;
  }
  {
    let i849 = i0 + 6u;
    let j850 = j0 + 8u;
    let l851 = i849 * 300u + j850;
    let v852 = s_hidden1_kernel[l851];
    let v853 = sign(v852);
    let v854 = (0.001 * v853);
    let v855 = acc40.x;
    let v856 = (v854 + v855);
    let v857 = (v856 * 0.01);
    let v858 = (v852 - v857);
    s_hidden1_kernel[l851] = v858;
  }
  {
    let i859 = i0 + 6u;
    let j860 = j0 + 9u;
    let l861 = i859 * 300u + j860;
    let v862 = s_hidden1_kernel[l861];
    let v863 = sign(v862);
    let v864 = (0.001 * v863);
    let v865 = acc40.y;
    let v866 = (v864 + v865);
    let v867 = (v866 * 0.01);
    let v868 = (v862 - v867);
    s_hidden1_kernel[l861] = v868;
  }
  {
    let i869 = i0 + 6u;
    let j870 = j0 + 10u;
    let l871 = i869 * 300u + j870;
    let v872 = s_hidden1_kernel[l871];
    let v873 = sign(v872);
    let v874 = (0.001 * v873);
    let v875 = acc40.z;
    let v876 = (v874 + v875);
    let v877 = (v876 * 0.01);
    let v878 = (v872 - v877);
    s_hidden1_kernel[l871] = v878;
  }
  {
    let i879 = i0 + 6u;
    let j880 = j0 + 11u;
    let l881 = i879 * 300u + j880;
    let v882 = s_hidden1_kernel[l881];
    let v883 = sign(v882);
    let v884 = (0.001 * v883);
    let v885 = acc40.w;
    let v886 = (v884 + v885);
    let v887 = (v886 * 0.01);
    let v888 = (v882 - v887);
    s_hidden1_kernel[l881] = v888;
  }
  {
    let i889 = i0 + 7u;
    let l890 = i889 * 300u + j0;
    let v891 = s_hidden1_kernel[l890];
    let v892 = sign(v891);
    let v893 = (0.001 * v892);
    let v894 = acc41.x;
    let v895 = (v893 + v894);
    let v896 = (v895 * 0.01);
    let v897 = (v891 - v896);
    s_hidden1_kernel[l890] = v897;
  }
  {
    let i898 = i0 + 7u;
    let j899 = j0 + 1u;
    let l900 = i898 * 300u + j899;
    let v901 = s_hidden1_kernel[l900];
    let v902 = sign(v901);
    let v903 = (0.001 * v902);
    let v904 = acc41.y;
    let v905 = (v903 + v904);
    let v906 = (v905 * 0.01);
    let v907 = (v901 - v906);
    s_hidden1_kernel[l900] = v907;
  }
  {
    let i908 = i0 + 7u;
    let j909 = j0 + 2u;
    let l910 = i908 * 300u + j909;
    let v911 = s_hidden1_kernel[l910];
    let v912 = sign(v911);
    let v913 = (0.001 * v912);
    let v914 = acc41.z;
    let v915 = (v913 + v914);
    let v916 = (v915 * 0.01);
    let v917 = (v911 - v916);
    s_hidden1_kernel[l910] = v917;
  }
  {
    let i918 = i0 + 7u;
    let j919 = j0 + 3u;
    let l920 = i918 * 300u + j919;
    let v921 = s_hidden1_kernel[l920];
    let v922 = sign(v921);
    let v923 = (0.001 * v922);
    let v924 = acc41.w;
    let v925 = (v923 + v924);
    let v926 = (v925 * 0.01);
    let v927 = (v921 - v926);
    s_hidden1_kernel[l920] = v927;
  }
  {
    let i928 = i0 + 7u;
    let j929 = j0 + 4u;
    let l930 = i928 * 300u + j929;
    let v931 = s_hidden1_kernel[l930];
    let v932 = sign(v931);
    let v933 = (0.001 * v932);
    let v934 = acc42.x;
    let v935 = (v933 + v934);
    let v936 = (v935 * 0.01);
    let v937 = (v931 - v936);
    s_hidden1_kernel[l930] = v937;
  }
  {
    let i938 = i0 + 7u;
    let j939 = j0 + 5u;
    let l940 = i938 * 300u + j939;
    let v941 = s_hidden1_kernel[l940];
    let v942 = sign(v941);
    let v943 = (0.001 * v942);
    let v944 = acc42.y;
    let v945 = (v943 + v944);
    let v946 = (v945 * 0.01);
    let v947 = (v941 - v946);
    s_hidden1_kernel[l940] = v947;
  }
  {
    let i948 = i0 + 7u;
    let j949 = j0 + 6u;
    let l950 = i948 * 300u + j949;
    let v951 = s_hidden1_kernel[l950];
    let v952 = sign(v951);
    let v953 = (0.001 * v952);
    let v954 = acc42.z;
    let v955 = (v953 + v954);
    let v956 = (v955 * 0.01);
    let v957 = (v951 - v956);
    s_hidden1_kernel[l950] = v957;
  }
  {
    let i958 = i0 + 7u;
    let j959 = j0 + 7u;
    let l960 = i958 * 300u + j959;
    let v961 = s_hidden1_kernel[l960];
    let v962 = sign(v961);
    let v963 = (0.001 * v962);
    let v964 = acc42.w;
    let v965 = (v963 + v964);
    let v966 = (v965 * 0.01);
    let v967 = (v961 - v966);
    s_hidden1_kernel[l960] = v967;
  }
  {
    let i968 = i0 + 7u;
    let j969 = j0 + 8u;
    let l970 = i968 * 300u + j969;
    let v971 = s_hidden1_kernel[l970];
    let v972 = sign(v971);
    let v973 = (0.001 * v972);
    let v974 = acc43.x;
    let v975 = (v973 + v974);
    let v976 = (v975 * 0.01);
    let v977 = (v971 - v976);
    s_hidden1_kernel[l970] = v977;
  }
  {
    let i978 = i0 + 7u;
    let j979 = j0 + 9u;
    let l980 = i978 * 300u + j979;
    let v981 = s_hidden1_kernel[l980];
    let v982 = sign(v981);
    let v983 = (0.001 * v982);
    let v984 = acc43.y;
    let v985 = (v983 + v984);
    let v986 = (v985 * 0.01);
    let v987 = (v981 - v986);
    s_hidden1_kernel[l980] = v987;
  }
  {
    let i988 = i0 + 7u;
    let j989 = j0 + 10u;
    let l990 = i988 * 300u + j989;
    let v991 = s_hidden1_kernel[l990];
    let v992 = sign(v991);
    let v993 = (0.001 * v992);
    let v994 = acc43.z;
    let v995 = (v993 + v994);
    let v996 = (v995 * 0.01);
    let v997 = (v991 - v996);
    s_hidden1_kernel[l990] = v997;
  }
  {
    let i998 = i0 + 7u;
    let j999 = j0 + 11u;
    let l1000 = i998 * 300u + j999;
    let v1001 = s_hidden1_kernel[l1000];
    let v1002 = sign(v1001);
    let v1003 = (0.001 * v1002);
    let v1004 = acc43.w;
    let v1005 = (v1003 + v1004);
    let v1006 = (v1005 * 0.01);
    let v1007 = (v1001 - v1006);
    s_hidden1_kernel[l1000] = v1007;
  }
}

// ---- 018_reduce_sum_hidden1_bias_sgd.wgsl
var<workgroup> wg_f32_0: array<f32, 64>;
@group(0) @binding(0) var<storage, read_write> s_hidden1_bias: array<f32>;
@group(0) @binding(1) var<storage, read> tmp7: array<f32>;

@compute @workgroup_size(64)
fn main(@builtin(workgroup_id) wid: vec3<u32>, @builtin(local_invocation_index) lane: u32) {
  let i = wid.x;
  let v0 = s_hidden1_bias[i];
  var acc1: f32 = 0.0;
  for (var r2: u32 = lane; r2 < 200u; r2 = r2 + 64u) {
    let l3 = r2 * 300u + i;
    let v4 = tmp7[l3];
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
  let v7 = (red6 * 0.01);
  let v8 = (v0 - v7);
  storageBarrier();
  if (lane == 0u) {
    s_hidden1_bias[i] = v8;
  }
}

// ---- 019_matmul_outputs_kernel_sgd.wgsl
@group(0) @binding(0) var<storage, read> tmp1: array<f32>;
@group(0) @binding(1) var<storage, read> tmp6: array<f32>;
@group(0) @binding(2) var<storage, read_write> s_outputs_kernel: array<f32>;

@compute @workgroup_size(64)
fn main(@builtin(global_invocation_id) gid: vec3<u32>) {
  let t = gid.x;
  if (t >= 225u) { return; }
  let i0 = (t / 3u) * 4u;
  let j0 = (t % 3u) * 4u;
  let row0 = min(i0 + 0u, 299u);
  let row1 = min(i0 + 1u, 299u);
  let row2 = min(i0 + 2u, 299u);
  let row3 = min(i0 + 3u, 299u);
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
    let bv13 = vec4<f32>(tmp6[rb12 + col4], tmp6[rb12 + col5], tmp6[rb12 + col6], tmp6[rb12 + col7]);
    let rk14 = k * 300u;
    acc8 = acc8 + tmp1[rk14 + row0] * bv13;
    acc9 = acc9 + tmp1[rk14 + row1] * bv13;
    acc10 = acc10 + tmp1[rk14 + row2] * bv13;
    acc11 = acc11 + tmp1[rk14 + row3] * bv13;
  }
  {
    let l15 = i0 * 10u + j0;
    let v16 = s_outputs_kernel[l15];
    let v17 = sign(v16);
    let v18 = (0.001 * v17);
    let v19 = acc8.x;
    let v20 = (v18 + v19);
    let v21 = (v20 * 0.01);
    let v22 = (v16 - v21);
    s_outputs_kernel[l15] = v22;
  }
  if (j0 + 1u < 10u) {
    let j23 = j0 + 1u;
    let l24 = i0 * 10u + j23;
    let v25 = s_outputs_kernel[l24];
    let v26 = sign(v25);
    let v27 = (0.001 * v26);
    let v28 = acc8.y;
    let v29 = (v27 + v28);
    let v30 = (v29 * 0.01);
    let v31 = (v25 - v30);
    s_outputs_kernel[l24] = v31;
  }
  if (j0 + 2u < 10u) {
    let j32 = j0 + 2u;
    let l33 = i0 * 10u + j32;
    let v34 = s_outputs_kernel[l33];
    let v35 = sign(v34);
    let v36 = (0.001 * v35);
    let v37 = acc8.z;
    let v38 = (v36 + v37);
    let v39 = (v38 * 0.01);
    let v40 = (v34 - v39);
    s_outputs_kernel[l33] = v40;
  }
  if (j0 + 3u < 10u) {
    let j41 = j0 + 3u;
    let l42 = i0 * 10u + j41;
    let v43 = s_outputs_kernel[l42];
    let v44 = sign(v43);
    let v45 = (0.001 * v44);
    let v46 = acc8.w;
    let v47 = (v45 + v46);
    let v48 = (v47 * 0.01);
    let v49 = (v43 - v48);
    s_outputs_kernel[l42] = v49;
  }
  {
    let i50 = i0 + 1u;
    let l51 = i50 * 10u + j0;
    let v52 = s_outputs_kernel[l51];
    let v53 = sign(v52);
    let v54 = (0.001 * v53);
    let v55 = acc9.x;
    let v56 = (v54 + v55);
    let v57 = (v56 * 0.01);
    let v58 = (v52 - v57);
    s_outputs_kernel[l51] = v58;
  }
  if (j0 + 1u < 10u) {
    let i59 = i0 + 1u;
    let j60 = j0 + 1u;
    let l61 = i59 * 10u + j60;
    let v62 = s_outputs_kernel[l61];
    let v63 = sign(v62);
    let v64 = (0.001 * v63);
    let v65 = acc9.y;
    let v66 = (v64 + v65);
    let v67 = (v66 * 0.01);
    let v68 = (v62 - v67);
    s_outputs_kernel[l61] = v68;
  }
  if (j0 + 2u < 10u) {
    let i69 = i0 + 1u;
    let j70 = j0 + 2u;
    let l71 = i69 * 10u + j70;
    let v72 = s_outputs_kernel[l71];
    let v73 = sign(v72);
    let v74 = (0.001 * v73);
    let v75 = acc9.z;
    let v76 = (v74 + v75);
    let v77 = (v76 * 0.01);
    let v78 = (v72 - v77);
    s_outputs_kernel[l71] = v78;
  }
  if (j0 + 3u < 10u) {
    let i79 = i0 + 1u;
    let j80 = j0 + 3u;
    let l81 = i79 * 10u + j80;
    let v82 = s_outputs_kernel[l81];
    let v83 = sign(v82);
    let v84 = (0.001 * v83);
    let v85 = acc9.w;
    let v86 = (v84 + v85);
    let v87 = (v86 * 0.01);
    let v88 = (v82 - v87);
    s_outputs_kernel[l81] = v88;
  }
  {
    let i89 = i0 + 2u;
    let l90 = i89 * 10u + j0;
    let v91 = s_outputs_kernel[l90];
    let v92 = sign(v91);
    let v93 = (0.001 * v92);
    let v94 = acc10.x;
    let v95 = (v93 + v94);
    let v96 = (v95 * 0.01);
    let v97 = (v91 - v96);
    s_outputs_kernel[l90] = v97;
  }
  if (j0 + 1u < 10u) {
    let i98 = i0 + 2u;
    let j99 = j0 + 1u;
    let l100 = i98 * 10u + j99;
    let v101 = s_outputs_kernel[l100];
    let v102 = sign(v101);
    let v103 = (0.001 * v102);
    let v104 = acc10.y;
    let v105 = (v103 + v104);
    let v106 = (v105 * 0.01);
    let v107 = (v101 - v106);
    s_outputs_kernel[l100] = v107;
  }
  if (j0 + 2u < 10u) {
    let i108 = i0 + 2u;
    let j109 = j0 + 2u;
    let l110 = i108 * 10u + j109;
    let v111 = s_outputs_kernel[l110];
    let v112 = sign(v111);
    let v113 = (0.001 * v112);
    let v114 = acc10.z;
    let v115 = (v113 + v114);
    let v116 = (v115 * 0.01);
    let v117 = (v111 - v116);
    s_outputs_kernel[l110] = v117;
  }
  if (j0 + 3u < 10u) {
    let i118 = i0 + 2u;
    let j119 = j0 + 3u;
    let l120 = i118 * 10u + j119;
    let v121 = s_outputs_kernel[l120];
    let v122 = sign(v121);
    let v123 = (0.001 * v122);
    let v124 = acc10.w;
    let v125 = (v123 + v124);
    let v126 = (v125 * 0.01);
    let v127 = (v121 - v126);
    s_outputs_kernel[l120] = v127;
  }
  {
    let i128 = i0 + 3u;
    let l129 = i128 * 10u + j0;
    let v130 = s_outputs_kernel[l129];
    let v131 = sign(v130);
    let v132 = (0.001 * v131);
    let v133 = acc11.x;
    let v134 = (v132 + v133);
    let v135 = (v134 * 0.01);
    let v136 = (v130 - v135);
    s_outputs_kernel[l129] = v136;
  }
  if (j0 + 1u < 10u) {
    let i137 = i0 + 3u;
    let j138 = j0 + 1u;
    let l139 = i137 * 10u + j138;
    let v140 = s_outputs_kernel[l139];
    let v141 = sign(v140);
    let v142 = (0.001 * v141);
    let v143 = acc11.y;
    let v144 = (v142 + v143);
    let v145 = (v144 * 0.01);
    let v146 = (v140 - v145);
    s_outputs_kernel[l139] = v146;
  }
  if (j0 + 2u < 10u) {
    let i147 = i0 + 3u;
    let j148 = j0 + 2u;
    let l149 = i147 * 10u + j148;
    let v150 = s_outputs_kernel[l149];
    let v151 = sign(v150);
    let v152 = (0.001 * v151);
    let v153 = acc11.z;
    let v154 = (v152 + v153);
    let v155 = (v154 * 0.01);
    let v156 = (v150 - v155);
    s_outputs_kernel[l149] = v156;
  }
  if (j0 + 3u < 10u) {
    let i157 = i0 + 3u;
    let j158 = j0 + 3u;
    let l159 = i157 * 10u + j158;
    let v160 = s_outputs_kernel[l159];
    let v161 = sign(v160);
    let v162 = (0.001 * v161);
    let v163 = acc11.w;
    let v164 = (v162 + v163);
    let v165 = (v164 * 0.01);
    let v166 = (v160 - v165);
    s_outputs_kernel[l159] = v166;
  }
}

// ---- 020_reduce_sum_outputs_bias_sgd.wgsl
var<workgroup> wg_f32_0: array<f32, 64>;
@group(0) @binding(0) var<storage, read_write> s_outputs_bias: array<f32>;
@group(0) @binding(1) var<storage, read> tmp6: array<f32>;

@compute @workgroup_size(64)
fn main(@builtin(workgroup_id) wid: vec3<u32>, @builtin(local_invocation_index) lane: u32) {
  let i = wid.x;
  let v0 = s_outputs_bias[i];
  var acc1: f32 = 0.0;
  for (var r2: u32 = lane; r2 < 200u; r2 = r2 + 64u) {
    let l3 = r2 * 10u + i;
    let v4 = tmp6[l3];
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
  let v7 = (red6 * 0.01);
  let v8 = (v0 - v7);
  storageBarrier();
  if (lane == 0u) {
    s_outputs_bias[i] = v8;
  }
}

// ---- 021_feed_eval_X.wgsl
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

// ---- 022_feed_eval_y.wgsl
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

// ---- 023_matmul_hidden1.wgsl
@group(0) @binding(0) var<storage, read> in_X_v4: array<vec4<f32>>;
@group(0) @binding(1) var<storage, read> s_hidden1_kernel_v4: array<vec4<f32>>;
@group(0) @binding(2) var<storage, read_write> tmp0: array<f32>;
@group(0) @binding(3) var<storage, read> s_hidden1_bias: array<f32>;

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
    let bv61 = s_hidden1_kernel_v4[(kq60 * 300u + j0) / 4u];
    let bv62 = s_hidden1_kernel_v4[(kq60 * 300u + j0) / 4u + 1u];
    let bv63 = s_hidden1_kernel_v4[(kq60 * 300u + j0) / 4u + 2u];
    let kq64 = k * 4u + 1u;
    let bv65 = s_hidden1_kernel_v4[(kq64 * 300u + j0) / 4u];
    let bv66 = s_hidden1_kernel_v4[(kq64 * 300u + j0) / 4u + 1u];
    let bv67 = s_hidden1_kernel_v4[(kq64 * 300u + j0) / 4u + 2u];
    let kq68 = k * 4u + 2u;
    let bv69 = s_hidden1_kernel_v4[(kq68 * 300u + j0) / 4u];
    let bv70 = s_hidden1_kernel_v4[(kq68 * 300u + j0) / 4u + 1u];
    let bv71 = s_hidden1_kernel_v4[(kq68 * 300u + j0) / 4u + 2u];
    let kq72 = k * 4u + 3u;
    let bv73 = s_hidden1_kernel_v4[(kq72 * 300u + j0) / 4u];
    let bv74 = s_hidden1_kernel_v4[(kq72 * 300u + j0) / 4u + 1u];
    let bv75 = s_hidden1_kernel_v4[(kq72 * 300u + j0) / 4u + 2u];
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
    let v78 = s_hidden1_bias[j0];
    let v79 = (v77 + v78);
    let v80 = select(0.0, 1.0, v79 > 0.0);
    let v81 = select(0.0, v79, v80 != 0.0);
    tmp0[l76] = v81;
  }
  {
    let j82 = j0 + 1u;
    let l83 = i0 * 300u + j82;
    let v84 = acc20.y;
    let v85 = s_hidden1_bias[j82];
    let v86 = (v84 + v85);
    let v87 = select(0.0, 1.0, v86 > 0.0);
    let v88 = select(0.0, v86, v87 != 0.0);
    tmp0[l83] = v88;
  }
  {
    let j89 = j0 + 2u;
    let l90 = i0 * 300u + j89;
    let v91 = acc20.z;
    let v92 = s_hidden1_bias[j89];
    let v93 = (v91 + v92);
    let v94 = select(0.0, 1.0, v93 > 0.0);
    let v95 = select(0.0, v93, v94 != 0.0);
    tmp0[l90] = v95;
  }
  {
    let j96 = j0 + 3u;
    let l97 = i0 * 300u + j96;
    let v98 = acc20.w;
    let v99 = s_hidden1_bias[j96];
    let v100 = (v98 + v99);
    let v101 = select(0.0, 1.0, v100 > 0.0);
    let v102 = select(0.0, v100, v101 != 0.0);
    tmp0[l97] = v102;
  }
  {
    let j103 = j0 + 4u;
    let l104 = i0 * 300u + j103;
    let v105 = acc21.x;
    let v106 = s_hidden1_bias[j103];
    let v107 = (v105 + v106);
    let v108 = select(0.0, 1.0, v107 > 0.0);
    let v109 = select(0.0, v107, v108 != 0.0);
    tmp0[l104] = v109;
  }
  {
    let j110 = j0 + 5u;
    let l111 = i0 * 300u + j110;
    let v112 = acc21.y;
    let v113 = s_hidden1_bias[j110];
    let v114 = (v112 + v113);
    let v115 = select(0.0, 1.0, v114 > 0.0);
    let v116 = select(0.0, v114, v115 != 0.0);
    tmp0[l111] = v116;
  }
  {
    let j117 = j0 + 6u;
    let l118 = i0 * 300u + j117;
    let v119 = acc21.z;
    let v120 = s_hidden1_bias[j117];
    let v121 = (v119 + v120);
    let v122 = select(0.0, 1.0, v121 > 0.0);
    let v123 = select(0.0, v121, v122 != 0.0);
    tmp0[l118] = v123;
  }
  {
    let j124 = j0 + 7u;
    let l125 = i0 * 300u + j124;
    let v126 = acc21.w;
    let v127 = s_hidden1_bias[j124];
    let v128 = (v126 + v127);
    let v129 = select(0.0, 1.0, v128 > 0.0);
    let v130 = select(0.0, v128, v129 != 0.0);
    tmp0[l125] = v130;
  }
  {
    let j131 = j0 + 8u;
    let l132 = i0 * 300u + j131;
    let v133 = acc22.x;
    let v134 = s_hidden1_bias[j131];
    let v135 = (v133 + v134);
    let v136 = select(0.0, 1.0, v135 > 0.0);
    let v137 = select(0.0, v135, v136 != 0.0);
    tmp0[l132] = v137;
  }
  {
    let j138 = j0 + 9u;
    let l139 = i0 * 300u + j138;
    let v140 = acc22.y;
    let v141 = s_hidden1_bias[j138];
    let v142 = (v140 + v141);
    let v143 = select(0.0, 1.0, v142 > 0.0);
    let v144 = select(0.0, v142, v143 != 0.0);
    tmp0[l139] = v144;
  }
  {
    let j145 = j0 + 10u;
    let l146 = i0 * 300u + j145;
    let v147 = acc22.z;
    let v148 = s_hidden1_bias[j145];
    let v149 = (v147 + v148);
    let v150 = select(0.0, 1.0, v149 > 0.0);
    let v151 = select(0.0, v149, v150 != 0.0);
    tmp0[l146] = v151;
  }
  {
    let j152 = j0 + 11u;
    let l153 = i0 * 300u + j152;
    let v154 = acc22.w;
    let v155 = s_hidden1_bias[j152];
    let v156 = (v154 + v155);
    let v157 = select(0.0, 1.0, v156 > 0.0);
    let v158 = select(0.0, v156, v157 != 0.0);
    tmp0[l153] = v158;
  }
  {
    let i159 = i0 + 1u;
    let l160 = i159 * 300u + j0;
    let v161 = acc23.x;
    let v162 = s_hidden1_bias[j0];
    let v163 = (v161 + v162);
    let v164 = select(0.0, 1.0, v163 > 0.0);
    let v165 = select(0.0, v163, v164 != 0.0);
    tmp0[l160] = v165;
  }
  {
    let i166 = i0 + 1u;
    let j167 = j0 + 1u;
    let l168 = i166 * 300u + j167;
    let v169 = acc23.y;
    let v170 = s_hidden1_bias[j167];
    let v171 = (v169 + v170);
    let v172 = select(0.0, 1.0, v171 > 0.0);
    let v173 = select(0.0, v171, v172 != 0.0);
    tmp0[l168] = v173;
  }
  {
    let i174 = i0 + 1u;
    let j175 = j0 + 2u;
    let l176 = i174 * 300u + j175;
    let v177 = acc23.z;
    let v178 = s_hidden1_bias[j175];
    let v179 = (v177 + v178);
    let v180 = select(0.0, 1.0, v179 > 0.0);
    let v181 = select(0.0, v179, v180 != 0.0);
    tmp0[l176] = v181;
  }
  {
    let i182 = i0 + 1u;
    let j183 = j0 + 3u;
    let l184 = i182 * 300u + j183;
    let v185 = acc23.w;
    let v186 = s_hidden1_bias[j183];
    let v187 = (v185 + v186);
    let v188 = select(0.0, 1.0, v187 > 0.0);
    let v189 = select(0.0, v187, v188 != 0.0);
    tmp0[l184] = v189;
  }
  {
    let i190 = i0 + 1u;
    let j191 = j0 + 4u;
    let l192 = i190 * 300u + j191;
    let v193 = acc24.x;
    let v194 = s_hidden1_bias[j191];
    let v195 = (v193 + v194);
    let v196 = select(0.0, 1.0, v195 > 0.0);
    let v197 = select(0.0, v195, v196 != 0.0);
    tmp0[l192] = v197;
  }
  {
    let i198 = i0 + 1u;
    let j199 = j0 + 5u;
    let l200 = i198 * 300u + j199;
    let v201 = acc24.y;
    let v202 = s_hidden1_bias[j199];
    let v203 = (v201 + v202);
    let v204 = select(0.0, 1.0, v203 > 0.0);
    let v205 = select(0.0, v203, v204 != 0.0);
    tmp0[l200] = v205;
  }
  {
    let i206 = i0 + 1u;
    let j207 = j0 + 6u;
    let l208 = i206 * 300u + j207;
    let v209 = acc24.z;
    let v210 = s_hidden1_bias[j207];
    let v211 = (v209 + v210);
    let v212 = select(0.0, 1.0, v211 > 0.0);
    let v213 = select(0.0, v211, v212 != 0.0);
    tmp0[l208] = v213;
  }
  {
    let i214 = i0 + 1u;
    let j215 = j0 + 7u;
    let l216 = i214 * 300u + j215;
    let v217 = acc24.w;
    let v218 = s_hidden1_bias[j215];
    let v219 = (v217 + v218);
    let v220 = select(0.0, 1.0, v219 > 0.0);
    let v221 = select(0.0, v219, v220 != 0.0);
    tmp0[l216] = v221;
  }
  {
    let i222 = i0 + 1u;
    let j223 = j0 + 8u;
    let l224 = i222 * 300u + j223;
    let v225 = acc25.x;
    let v226 = s_hidden1_bias[j223];
    let v227 = (v225 + v226);
    let v228 = select(0.0, 1.0, v227 > 0.0);
    let v229 = select(0.0, v227, v228 != 0.0);
    tmp0[l224] = v229;
  }
  {
    let i230 = i0 + 1u;
    let j231 = j0 + 9u;
    let l232 = i230 * 300u + j231;
    let v233 = acc25.y;
    let v234 = s_hidden1_bias[j231];
    let v235 = (v233 + v234);
    let v236 = select(0.0, 1.0, v235 > 0.0);
    let v237 = select(0.0, v235, v236 != 0.0);
    tmp0[l232] = v237;
  }
  {
    let i238 = i0 + 1u;
    let j239 = j0 + 10u;
    let l240 = i238 * 300u + j239;
    let v241 = acc25.z;
    let v242 = s_hidden1_bias[j239];
    let v243 = (v241 + v242);
    let v244 = select(0.0, 1.0, v243 > 0.0);
    let v245 = select(0.0, v243, v244 != 0.0);
    tmp0[l240] = v245;
  }
  {
    let i246 = i0 + 1u;
    let j247 = j0 + 11u;
    let l248 = i246 * 300u + j247;
    let v249 = acc25.w;
    let v250 = s_hidden1_bias[j247];
    let v251 = (v249 + v250);
    let v252 = select(0.0, 1.0, v251 > 0.0);
    let v253 = select(0.0, v251, v252 != 0.0);
    tmp0[l248] = v253;
  }
  {
    let i254 = i0 + 2u;
    let l255 = i254 * 300u + j0;
    let v256 = acc26.x;
    let v257 = s_hidden1_bias[j0];
    let v258 = (v256 + v257);
    let v259 = select(0.0, 1.0, v258 > 0.0);
    let v260 = select(0.0, v258, v259 != 0.0);
    tmp0[l255] = v260;
  }
  {
    let i261 = i0 + 2u;
    let j262 = j0 + 1u;
    let l263 = i261 * 300u + j262;
    let v264 = acc26.y;
    let v265 = s_hidden1_bias[j262];
    let v266 = (v264 + v265);
    let v267 = select(0.0, 1.0, v266 > 0.0);
    let v268 = select(0.0, v266, v267 != 0.0);
    tmp0[l263] = v268;
  }
  {
    let i269 = i0 + 2u;
    let j270 = j0 + 2u;
    let l271 = i269 * 300u + j270;
    let v272 = acc26.z;
    let v273 = s_hidden1_bias[j270];
    let v274 = (v272 + v273);
    let v275 = select(0.0, 1.0, v274 > 0.0);
    let v276 = select(0.0, v274, v275 != 0.0);
    tmp0[l271] = v276;
  }
  {
    let i277 = i0 + 2u;
    let j278 = j0 + 3u;
    let l279 = i277 * 300u + j278;
    let v280 = acc26.w;
    let v281 = s_hidden1_bias[j278];
    let v282 = (v280 + v281);
    let v283 = select(0.0, 1.0, v282 > 0.0);
    let v284 = select(0.0, v282, v283 != 0.0);
    tmp0[l279] = v284;
  }
  {
    let i285 = i0 + 2u;
    let j286 = j0 + 4u;
    let l287 = i285 * 300u + j286;
    let v288 = acc27.x;
    let v289 = s_hidden1_bias[j286];
    let v290 = (v288 + v289);
    let v291 = select(0.0, 1.0, v290 > 0.0);
    let v292 = select(0.0, v290, v291 != 0.0);
    tmp0[l287] = v292;
  }
  {
    let i293 = i0 + 2u;
    let j294 = j0 + 5u;
    let l295 = i293 * 300u + j294;
    let v296 = acc27.y;
    let v297 = s_hidden1_bias[j294];
    let v298 = (v296 + v297);
    let v299 = select(0.0, 1.0, v298 > 0.0);
    let v300 = select(0.0, v298, v299 != 0.0);
    tmp0[l295] = v300;
  }
  {
    let i301 = i0 + 2u;
    let j302 = j0 + 6u;
    let l303 = i301 * 300u + j302;
    let v304 = acc27.z;
    let v305 = s_hidden1_bias[j302];
    let v306 = (v304 + v305);
    let v307 = select(0.0, 1.0, v306 > 0.0);
    let v308 = select(0.0, v306, v307 != 0.0);
    tmp0[l303] = v308;
  }
  {
    let i309 = i0 + 2u;
    let j310 = j0 + 7u;
    let l311 = i309 * 300u + j310;
    let v312 = acc27.w;
    let v313 = s_hidden1_bias[j310];
    let v314 = (v312 + v313);
    let v315 = select(0.0, 1.0, v314 > 0.0);
    let v316 = select(0.0, v314, v315 != 0.0);
    tmp0[l311] = v316;
  }
  {
    let i317 = i0 + 2u;
    let j318 = j0 + 8u;
    let l319 = i317 * 300u + j318;
    let v320 = acc28.x;
    let v321 = s_hidden1_bias[j318];
    let v322 = (v320 + v321);
    let v323 = select(0.0, 1.0, v322 > 0.0);
    let v324 = select(0.0, v322, v323 != 0.0);
    tmp0[l319] = v324;
  }
  {
    let i325 = i0 + 2u;
    let j326 = j0 + 9u;
    let l327 = i325 * 300u + j326;
    let v328 = acc28.y;
    let v329 = s_hidden1_bias[j326];
    let v330 = (v328 + v329);
    let v331 = select(0.0, 1.0, v330 > 0.0);
    let v332 = select(0.0, v330, v331 != 0.0);
    tmp0[l327] = v332;
  }
  {
    let i333 = i0 + 2u;
    let j334 = j0 + 10u;
    let l335 = i333 * 300u + j334;
    let v336 = acc28.z;
    let v337 = s_hidden1_bias[j334];
    let v338 = (v336 + v337);
    let v339 = select(0.0, 1.0, v338 > 0.0);
    let v340 = select(0.0, v338, v339 != 0.0);
    tmp0[l335] = v340;
  }
  {
    let i341 = i0 + 2u;
    let j342 = j0 + 11u;
    let l343 = i341 * 300u + j342;
    let v344 = acc28.w;
    let v345 = s_hidden1_bias[j342];
    let v346 = (v344 + v345);
    let v347 = select(0.0, 1.0, v346 > 0.0);
    let v348 = select(0.0, v346, v347 != 0.0);
    tmp0[l343] = v348;
  }
  {
    let i349 = i0 + 3u;
    let l350 = i349 * 300u + j0;
    let v351 = acc29.x;
    let v352 = s_hidden1_bias[j0];
    let v353 = (v351 + v352);
    let v354 = select(0.0, 1.0, v353 > 0.0);
    let v355 = select(0.0, v353, v354 != 0.0);
    tmp0[l350] = v355;
  }
  {
    let i356 = i0 + 3u;
    let j357 = j0 + 1u;
    let l358 = i356 * 300u + j357;
    let v359 = acc29.y;
    let v360 = s_hidden1_bias[j357];
    let v361 = (v359 + v360);
    let v362 = select(0.0, 1.0, v361 > 0.0);
    let v363 = select(0.0, v361, v362 != 0.0);
    tmp0[l358] = v363;
  }
  {
    let i364 = i0 + 3u;
    let j365 = j0 + 2u;
    let l366 = i364 * 300u + j365;
    let v367 = acc29.z;
    let v368 = s_hidden1_bias[j365];
    let v369 = (v367 + v368);
    let v370 = select(0.0, 1.0, v369 > 0.0);
    let v371 = select(0.0, v369, v370 != 0.0);
    tmp0[l366] = v371;
  }
  {
    let i372 = i0 + 3u;
    let j373 = j0 + 3u;
    let l374 = i372 * 300u + j373;
    let v375 = acc29.w;
    let v376 = s_hidden1_bias[j373];
    let v377 = (v375 + v376);
    let v378 = select(0.0, 1.0, v377 > 0.0);
    let v379 = select(0.0, v377, v378 != 0.0);
    tmp0[l374] = v379;
  }
  {
    let i380 = i0 + 3u;
    let j381 = j0 + 4u;
    let l382 = i380 * 300u + j381;
    let v383 = acc30.x;
    let v384 = s_hidden1_bias[j381];
    let v385 = (v383 + v384);
    let v386 = select(0.0, 1.0, v385 > 0.0);
    let v387 = select(0.0, v385, v386 != 0.0);
    tmp0[l382] = v387;
  }
  {
    let i388 = i0 + 3u;
    let j389 = j0 + 5u;
    let l390 = i388 * 300u + j389;
    let v391 = acc30.y;
    let v392 = s_hidden1_bias[j389];
    let v393 = (v391 + v392);
    let v394 = select(0.0, 1.0, v393 > 0.0);
    let v395 = select(0.0, v393, v394 != 0.0);
    tmp0[l390] = v395;
  }
  {
    let i396 = i0 + 3u;
    let j397 = j0 + 6u;
    let l398 = i396 * 300u + j397;
    let v399 = acc30.z;
    let v400 = s_hidden1_bias[j397];
    let v401 = (v399 + v400);
    let v402 = select(0.0, 1.0, v401 > 0.0);
    let v403 = select(0.0, v401, v402 != 0.0);
    tmp0[l398] = v403;
  }
  {
    let i404 = i0 + 3u;
    let j405 = j0 + 7u;
    let l406 = i404 * 300u + j405;
    let v407 = acc30.w;
    let v408 = s_hidden1_bias[j405];
    let v409 = (v407 + v408);
    let v410 = select(0.0, 1.0, v409 > 0.0);
    let v411 = select(0.0, v409, v410 != 0.0);
    tmp0[l406] = v411;
  }
  {
    let i412 = i0 + 3u;
    let j413 = j0 + 8u;
    let l414 = i412 * 300u + j413;
    let v415 = acc31.x;
    let v416 = s_hidden1_bias[j413];
    let v417 = (v415 + v416);
    let v418 = select(0.0, 1.0, v417 > 0.0);
    let v419 = select(0.0, v417, v418 != 0.0);
    tmp0[l414] = v419;
  }
  {
    let i420 = i0 + 3u;
    let j421 = j0 + 9u;
    let l422 = i420 * 300u + j421;
    let v423 = acc31.y;
    let v424 = s_hidden1_bias[j421];
    let v425 = (v423 + v424);
    let v426 = select(0.0, 1.0, v425 > 0.0);
    let v427 = select(0.0, v425, v426 != 0.0);
    tmp0[l422] = v427;
  }
  {
    let i428 = i0 + 3u;
    let j429 = j0 + 10u;
    let l430 = i428 * 300u + j429;
    let v431 = acc31.z;
    let v432 = s_hidden1_bias[j429];
    let v433 = (v431 + v432);
    let v434 = select(0.0, 1.0, v433 > 0.0);
    let v435 = select(0.0, v433, v434 != 0.0);
    tmp0[l430] = v435;
  }
  {
    let i436 = i0 + 3u;
    let j437 = j0 + 11u;
    let l438 = i436 * 300u + j437;
    let v439 = acc31.w;
    let v440 = s_hidden1_bias[j437];
    let v441 = (v439 + v440);
    let v442 = select(0.0, 1.0, v441 > 0.0);
    let v443 = select(0.0, v441, v442 != 0.0);
    tmp0[l438] = v443;
  }
  {
    let i444 = i0 + 4u;
    let l445 = i444 * 300u + j0;
    let v446 = acc32.x;
    let v447 = s_hidden1_bias[j0];
    let v448 = (v446 + v447);
    let v449 = select(0.0, 1.0, v448 > 0.0);
    let v450 = select(0.0, v448, v449 != 0.0);
    tmp0[l445] = v450;
  }
  {
    let i451 = i0 + 4u;
    let j452 = j0 + 1u;
    let l453 = i451 * 300u + j452;
    let v454 = acc32.y;
    let v455 = s_hidden1_bias[j452];
    let v456 = (v454 + v455);
    let v457 = select(0.0, 1.0, v456 > 0.0);
    let v458 = select(0.0, v456, v457 != 0.0);
    tmp0[l453] = v458;
  }
  {
    let i459 = i0 + 4u;
    let j460 = j0 + 2u;
    let l461 = i459 * 300u + j460;
    let v462 = acc32.z;
    let v463 = s_hidden1_bias[j460];
    let v464 = (v462 + v463);
    let v465 = select(0.0, 1.0, v464 > 0.0);
    let v466 = select(0.0, v464, v465 != 0.0);
    tmp0[l461] = v466;
  }
  {
    let i467 = i0 + 4u;
    let j468 = j0 + 3u;
    let l469 = i467 * 300u + j468;
    let v470 = acc32.w;
    let v471 = s_hidden1_bias[j468];
    let v472 = (v470 + v471);
    let v473 = select(0.0, 1.0, v472 > 0.0);
    let v474 = select(0.0, v472, v473 != 0.0);
    tmp0[l469] = v474;
  }
  {
    let i475 = i0 + 4u;
    let j476 = j0 + 4u;
    let l477 = i475 * 300u + j476;
    let v478 = acc33.x;
    let v479 = s_hidden1_bias[j476];
    let v480 = (v478 + v479);
    let v481 = select(0.0, 1.0, v480 > 0.0);
    let v482 = select(0.0, v480, v481 != 0.0);
    tmp0[l477] = v482;
  }
  {
    let i483 = i0 + 4u;
    let j484 = j0 + 5u;
    let l485 = i483 * 300u + j484;
    let v486 = acc33.y;
    let v487 = s_hidden1_bias[j484];
    let v488 = (v486 + v487);
    let v489 = select(0.0, 1.0, v488 > 0.0);
    let v490 = select(0.0, v488, v489 != 0.0);
    tmp0[l485] = v490;
  }
  {
    let i491 = i0 + 4u;
    let j492 = j0 + 6u;
    let l493 = i491 * 300u + j492;
    let v494 = acc33.z;
    let v495 = s_hidden1_bias[j492];
    let v496 = (v494 + v495);
    let v497 = select(0.0, 1.0, v496 > 0.0);
    let v498 = select(0.0, v496, v497 != 0.0);
    tmp0[l493] = v498;
  }
  {
    let i499 = i0 + 4u;
    let j500 = j0 + 7u;
    let l501 = i499 * 300u + j500;
    let v502 = acc33.w;
    let v503 = s_hidden1_bias[j500];
    let v504 = (v502 + v503);
    let v505 = select(0.0, 1.0, v504 > 0.0);
    let v506 = select(0.0, v504, v505 != 0.0);
    tmp0[l501] = v506;
  }
  {
    let i507 = i0 + 4u;
    let j508 = j0 + 8u;
    let l509 = i507 * 300u + j508;
    let v510 = acc34.x;
    let v511 = s_hidden1_bias[j508];
    let v512 = (v510 + v511);
    let v513 = select(0.0, 1.0, v512 > 0.0);
    let v514 = select(0.0, v512, v513 != 0.0);
    tmp0[l509] = v514;
  }
  {
    let i515 = i0 + 4u;
    let j516 = j0 + 9u;
    let l517 = i515 * 300u + j516;
    let v518 = acc34.y;
    let v519 = s_hidden1_bias[j516];
    let v520 = (v518 + v519);
    let v521 = select(0.0, 1.0, v520 > 0.0);
    let v522 = select(0.0, v520, v521 != 0.0);
    tmp0[l517] = v522;
  }
  {
    let i523 = i0 + 4u;
    let j524 = j0 + 10u;
    let l525 = i523 * 300u + j524;
    let v526 = acc34.z;
    let v527 = s_hidden1_bias[j524];
    let v528 = (v526 + v527);
    let v529 = select(0.0, 1.0, v528 > 0.0);
    let v530 = select(0.0, v528, v529 != 0.0);
    tmp0[l525] = v530;
  }
  {
    let i531 = i0 + 4u;
    let j532 = j0 + 11u;
    let l533 = i531 * 300u + j532;
    let v534 = acc34.w;
    let v535 = s_hidden1_bias[j532];
    let v536 = (v534 + v535);
    let v537 = select(0.0, 1.0, v536 > 0.0);
    let v538 = select(0.0, v536, v537 != 0.0);
    tmp0[l533] = v538;
  }
  {
    let i539 = i0 + 5u;
    let l540 = i539 * 300u + j0;
    let v541 = acc35.x;
    let v542 = s_hidden1_bias[j0];
    let v543 = (v541 + v542);
    let v544 = select(0.0, 1.0, v543 > 0.0);
    let v545 = select(0.0, v543, v544 != 0.0);
    tmp0[l540] = v545;
  }
  {
    let i546 = i0 + 5u;
    let j547 = j0 + 1u;
    let l548 = i546 * 300u + j547;
    let v549 = acc35.y;
    let v550 = s_hidden1_bias[j547];
    let v551 = (v549 + v550);
    let v552 = select(0.0, 1.0, v551 > 0.0);
    let v553 = select(0.0, v551, v552 != 0.0);
    tmp0[l548] = v553;
  }
  {
    let i554 = i0 + 5u;
    let j555 = j0 + 2u;
    let l556 = i554 * 300u + j555;
    let v557 = acc35.z;
    let v558 = s_hidden1_bias[j555];
    let v559 = (v557 + v558);
    let v560 = select(0.0, 1.0, v559 > 0.0);
    let v561 = select(0.0, v559, v560 != 0.0);
    tmp0[l556] = v561;
  }
  {
    let i562 = i0 + 5u;
    let j563 = j0 + 3u;
    let l564 = i562 * 300u + j563;
    let v565 = acc35.w;
    let v566 = s_hidden1_bias[j563];
    let v567 = (v565 + v566);
    let v568 = select(0.0, 1.0, v567 > 0.0);
    let v569 = select(0.0, v567, v568 != 0.0);
    tmp0[l564] = v569;
  }
  {
    let i570 = i0 + 5u;
    let j571 = j0 + 4u;
    let l572 = i570 * 300u + j571;
    let v573 = acc36.x;
    let v574 = s_hidden1_bias[j571];
    let v575 = (v573 + v574);
    let v576 = select(0.0, 1.0, v575 > 0.0);
    let v577 = select(0.0, v575, v576 != 0.0);
    tmp0[l572] = v577;
  }
  {
    let i578 = i0 + 5u;
    let j579 = j0 + 5u;
    let l580 = i578 * 300u + j579;
    let v581 = acc36.y;
    let v582 = s_hidden1_bias[j579];
    let v583 = (v581 + v582);
    let v584 = select(0.0, 1.0, v583 > 0.0);
    let v585 = select(0.0, v583, v584 != 0.0);
    tmp0[l580] = v585;
  }
  {
    let i586 = i0 + 5u;
    let j587 = j0 + 6u;
    let l588 = i586 * 300u + j587;
    let v589 = acc36.z;
    let v590 = s_hidden1_bias[j587];
    let v591 = (v589 + v590);
    let v592 = select(0.0, 1.0, v591 > 0.0);
    let v593 = select(0.0, v591, v592 != 0.0);
    tmp0[l588] = v593;
  }
  {
    let i594 = i0 + 5u;
    let j595 = j0 + 7u;
    let l596 = i594 * 300u + j595;
    let v597 = acc36.w;
    let v598 = s_hidden1_bias[j595];
    let v599 = (v597 + v598);
    let v600 = select(0.0, 1.0, v599 > 0.0);
    let v601 = select(0.0, v599, v600 != 0.0);
    tmp0[l596] = v601;
  }
  {
    let i602 = i0 + 5u;
    let j603 = j0 + 8u;
    let l604 = i602 * 300u + j603;
    let v605 = acc37.x;
    let v606 = s_hidden1_bias[j603];
    let v607 = (v605 + v606);
    let v608 = select(0.0, 1.0, v607 > 0.0);
    let v609 = select(0.0, v607, v608 != 0.0);
    tmp0[l604] = v609;
  }
  {
    let i610 = i0 + 5u;
    let j611 = j0 + 9u;
    let l612 = i610 * 300u + j611;
    let v613 = acc37.y;
    let v614 = s_hidden1_bias[j611];
    let v615 = (v613 + v614);
    let v616 = select(0.0, 1.0, v615 > 0.0);
    let v617 = select(0.0, v615, v616 != 0.0);
    tmp0[l612] = v617;
  }
  {
    let i618 = i0 + 5u;
    let j619 = j0 + 10u;
    let l620 = i618 * 300u + j619;
    let v621 = acc37.z;
    let v622 = s_hidden1_bias[j619];
    let v623 = (v621 + v622);
    let v624 = select(0.0, 1.0, v623 > 0.0);
    let v625 = select(0.0, v623, v624 != 0.0);
    tmp0[l620] = v625;
  }
  {
    let i626 = i0 + 5u;
    let j627 = j0 + 11u;
    let l628 = i626 * 300u + j627;
    let v629 = acc37.w;
    let v630 = s_hidden1_bias[j627];
    let v631 = (v629 + v630);
    let v632 = select(0.0, 1.0, v631 > 0.0);
    let v633 = select(0.0, v631, v632 != 0.0);
    tmp0[l628] = v633;
  }
  {
    let i634 = i0 + 6u;
    let l635 = i634 * 300u + j0;
    let v636 = acc38.x;
    let v637 = s_hidden1_bias[j0];
    let v638 = (v636 + v637);
    let v639 = select(0.0, 1.0, v638 > 0.0);
    let v640 = select(0.0, v638, v639 != 0.0);
    tmp0[l635] = v640;
  }
  {
    let i641 = i0 + 6u;
    let j642 = j0 + 1u;
    let l643 = i641 * 300u + j642;
    let v644 = acc38.y;
    let v645 = s_hidden1_bias[j642];
    let v646 = (v644 + v645);
    let v647 = select(0.0, 1.0, v646 > 0.0);
    let v648 = select(0.0, v646, v647 != 0.0);
    tmp0[l643] = v648;
  }
  {
    let i649 = i0 + 6u;
    let j650 = j0 + 2u;
    let l651 = i649 * 300u + j650;
    let v652 = acc38.z;
    let v653 = s_hidden1_bias[j650];
    let v654 = (v652 + v653);
    let v655 = select(0.0, 1.0, v654 > 0.0);
    let v656 = select(0.0, v654, v655 != 0.0);
    tmp0[l651] = v656;
  }
  {
    let i657 = i0 + 6u;
    let j658 = j0 + 3u;
    let l659 = i657 * 300u + j658;
    let v660 = acc38.w;
    let v661 = s_hidden1_bias[j658];
    let v662 = (v660 + v661);
    let v663 = select(0.0, 1.0, v662 > 0.0);
    let v664 = select(0.0, v662, v663 != 0.0);
    tmp0[l659] = v664;
  }
  {
    let i665 = i0 + 6u;
    let j666 = j0 + 4u;
    let l667 = i665 * 300u + j666;
    let v668 = acc39.x;
    let v669 = s_hidden1_bias[j666];
    let v670 = (v668 + v669);
    let v671 = select(0.0, 1.0, v670 > 0.0);
    let v672 = select(0.0, v670, v671 != 0.0);
    tmp0[l667] = v672;
  }
  {
    let i673 = i0 + 6u;
    let j674 = j0 + 5u;
    let l675 = i673 * 300u + j674;
    let v676 = acc39.y;
    let v677 = s_hidden1_bias[j674];
    let v678 = (v676 + v677);
    let v679 = select(0.0, 1.0, v678 > 0.0);
    let v680 = select(0.0, v678, v679 != 0.0);
    tmp0[l675] = v680;
  }
  {
    let i681 = i0 + 6u;
    let j682 = j0 + 6u;
    let l683 = i681 * 300u + j682;
    let v684 = acc39.z;
    let v685 = s_hidden1_bias[j682];
    let v686 = (v684 + v685);
    let v687 = select(0.0, 1.0, v686 > 0.0);
    let v688 = select(0.0, v686, v687 != 0.0);
    tmp0[l683] = v688;
  }
  {
    let i689 = i0 + 6u;
    let j690 = j0 + 7u;
    let l691 = i689 * 300u + j690;
    let v692 = acc39.w;
    let v693 = s_hidden1_bias[j690];
    let v694 = (v692 + v693);
    let v695 = select(0.0, 1.0, v694 > 0.0);
    let v696 = select(0.0, v694, v695 != 0.0);
    tmp0[l691] = v696;
  }
  {
    let i697 = i0 + 6u;
    let j698 = j0 + 8u;
    let l699 = i697 * 300u + j698;
    let v700 = acc40.x;
    let v701 = s_hidden1_bias[j698];
    let v702 = (v700 + v701);
    let v703 = select(0.0, 1.0, v702 > 0.0);
    let v704 = select(0.0, v702, v703 != 0.0);
    tmp0[l699] = v704;
  }
  {
    let i705 = i0 + 6u;
    let j706 = j0 + 9u;
    let l707 = i705 * 300u + j706;
    let v708 = acc40.y;
    let v709 = s_hidden1_bias[j706];
    let v710 = (v708 + v709);
    let v711 = select(0.0, 1.0, v710 > 0.0);
    let v712 = select(0.0, v710, v711 != 0.0);
    tmp0[l707] = v712;
  }
  {
    let i713 = i0 + 6u;
    let j714 = j0 + 10u;
    let l715 = i713 * 300u + j714;
    let v716 = acc40.z;
    let v717 = s_hidden1_bias[j714];
    let v718 = (v716 + v717);
    let v719 = select(0.0, 1.0, v718 > 0.0);
    let v720 = select(0.0, v718, v719 != 0.0);
    tmp0[l715] = v720;
  }
  {
    let i721 = i0 + 6u;
    let j722 = j0 + 11u;
    let l723 = i721 * 300u + j722;
    let v724 = acc40.w;
    let v725 = s_hidden1_bias[j722];
    let v726 = (v724 + v725);
    let v727 = select(0.0, 1.0, v726 > 0.0);
    let v728 = select(0.0, v726, v727 != 0.0);
    tmp0[l723] = v728;
  }
  {
    let i729 = i0 + 7u;
    let l730 = i729 * 300u + j0;
    let v731 = acc41.x;
    let v732 = s_hidden1_bias[j0];
    let v733 = (v731 + v732);
    let v734 = select(0.0, 1.0, v733 > 0.0);
    let v735 = select(0.0, v733, v734 != 0.0);
    tmp0[l730] = v735;
  }
  {
    let i736 = i0 + 7u;
    let j737 = j0 + 1u;
    let l738 = i736 * 300u + j737;
    let v739 = acc41.y;
    let v740 = s_hidden1_bias[j737];
    let v741 = (v739 + v740);
    let v742 = select(0.0, 1.0, v741 > 0.0);
    let v743 = select(0.0, v741, v742 != 0.0);
    tmp0[l738] = v743;
  }
  {
    let i744 = i0 + 7u;
    let j745 = j0 + 2u;
    let l746 = i744 * 300u + j745;
    let v747 = acc41.z;
    let v748 = s_hidden1_bias[j745];
    let v749 = (v747 + v748);
    let v750 = select(0.0, 1.0, v749 > 0.0);
    let v751 = select(0.0, v749, v750 != 0.0);
    tmp0[l746] = v751;
  }
  {
    let i752 = i0 + 7u;
    let j753 = j0 + 3u;
    let l754 = i752 * 300u + j753;
    let v755 = acc41.w;
    let v756 = s_hidden1_bias[j753];
    let v757 = (v755 + v756);
    let v758 = select(0.0, 1.0, v757 > 0.0);
    let v759 = select(0.0, v757, v758 != 0.0);
    tmp0[l754] = v759;
  }
  {
    let i760 = i0 + 7u;
    let j761 = j0 + 4u;
    let l762 = i760 * 300u + j761;
    let v763 = acc42.x;
    let v764 = s_hidden1_bias[j761];
    let v765 = (v763 + v764);
    let v766 = select(0.0, 1.0, v765 > 0.0);
    let v767 = select(0.0, v765, v766 != 0.0);
    tmp0[l762] = v767;
  }
  {
    let i768 = i0 + 7u;
    let j769 = j0 + 5u;
    let l770 = i768 * 300u + j769;
    let v771 = acc42.y;
    let v772 = s_hidden1_bias[j769];
    let v773 = (v771 + v772);
    let v774 = select(0.0, 1.0, v773 > 0.0);
    let v775 = select(0.0, v773, v774 != 0.0);
    tmp0[l770] = v775;
  }
  {
    let i776 = i0 + 7u;
    let j777 = j0 + 6u;
    let l778 = i776 * 300u + j777;
    let v779 = acc42.z;
    let v780 = s_hidden1_bias[j777];
    let v781 = (v779 + v780);
    let v782 = select(0.0, 1.0, v781 > 0.0);
    let v783 = select(0.0, v781, v782 != 0.0);
    tmp0[l778] = v783;
  }
  {
    let i784 = i0 + 7u;
    let j785 = j0 + 7u;
    let l786 = i784 * 300u + j785;
    let v787 = acc42.w;
    let v788 = s_hidden1_bias[j785];
    let v789 = (v787 + v788);
    let v790 = select(0.0, 1.0, v789 > 0.0);
    let v791 = select(0.0, v789, v790 != 0.0);
    tmp0[l786] = v791;
  }
  {
    let i792 = i0 + 7u;
    let j793 = j0 + 8u;
    let l794 = i792 * 300u + j793;
    let v795 = acc43.x;
    let v796 = s_hidden1_bias[j793];
    let v797 = (v795 + v796);
    let v798 = select(0.0, 1.0, v797 > 0.0);
    let v799 = select(0.0, v797, v798 != 0.0);
    tmp0[l794] = v799;
  }
  {
    let i800 = i0 + 7u;
    let j801 = j0 + 9u;
    let l802 = i800 * 300u + j801;
    let v803 = acc43.y;
    let v804 = s_hidden1_bias[j801];
    let v805 = (v803 + v804);
    let v806 = select(0.0, 1.0, v805 > 0.0);
    let v807 = select(0.0, v805, v806 != 0.0);
    tmp0[l802] = v807;
  }
  {
    let i808 = i0 + 7u;
    let j809 = j0 + 10u;
    let l810 = i808 * 300u + j809;
    let v811 = acc43.z;
    let v812 = s_hidden1_bias[j809];
    let v813 = (v811 + v812);
    let v814 = select(0.0, 1.0, v813 > 0.0);
    let v815 = select(0.0, v813, v814 != 0.0);
    tmp0[l810] = v815;
  }
  {
    let i816 = i0 + 7u;
    let j817 = j0 + 11u;
    let l818 = i816 * 300u + j817;
    let v819 = acc43.w;
    let v820 = s_hidden1_bias[j817];
    let v821 = (v819 + v820);
    let v822 = select(0.0, 1.0, v821 > 0.0);
    let v823 = select(0.0, v821, v822 != 0.0);
    tmp0[l818] = v823;
  }
}

// ---- 024_reduce_sum_base_loss_x5.wgsl
var<workgroup> wg_f32_0: array<f32, 64>;
var<workgroup> wg_f32_1: array<f32, 64>;
@group(0) @binding(0) var<storage, read> tmp2: array<f32>;
@group(0) @binding(1) var<storage, read> in_y: array<i32>;
@group(0) @binding(2) var<storage, read_write> s_acc_eval_weight: array<f32>;
@group(0) @binding(3) var<storage, read> in_weight: array<f32>;
@group(0) @binding(4) var<storage, read_write> s_acc_eval_accuracy: array<f32>;
@group(0) @binding(5) var<storage, read_write> s_counter_eval_batch: array<u32>;
@group(0) @binding(6) var<storage, read_write> tmp3: array<f32>;
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
      let v7 = tmp2[l6];
      acc4 = max(acc4, v7);
    }
    var acc8: f32 = 0.0;
    for (var r9: u32 = 0u; r9 < 10u; r9 = r9 + 1u) {
      let l10 = r2 * 10u + r9;
      let v11 = tmp2[l10];
      let v12 = (v11 - acc4);
      let v13 = exp(v12);
      acc8 = acc8 + v13;
    }
    let v14 = log(acc8);
    for (var r15: u32 = 0u; r15 < 10u; r15 = r15 + 1u) {
      let l16 = r2 * 10u + r15;
      let v17 = in_y[r2];
      let v18 = select(0.0, 1.0, i32(r15) == v17);
      let v19 = tmp2[l16];
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
      let v28 = tmp2[l27];
      let v29 = in_y[r2];
      let v30 = select(0.0, 1.0, i32(r26) == v29);
      let v31 = (v28 * v30);
      acc25 = acc25 + v31;
    }
    for (var r32: u32 = 0u; r32 < 10u; r32 = r32 + 1u) {
      let l33 = r2 * 10u + r32;
      let v34 = tmp2[l33];
      let v35 = select(0.0, 1.0, v34 > acc25);
      acc24 = acc24 + v35;
    }
    let v36 = select(0.0, 1.0, acc24 < 1.0);
    var acc37: f32 = 0.0;
    for (var r38: u32 = 0u; r38 < 10u; r38 = r38 + 1u) {
      let l39 = r2 * 10u + r38;
      let v40 = tmp2[l39];
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
  let v48 = (red47 / 200.0);
  let v49 = s_acc_eval_weight[i];
  let v50 = in_weight[i];
  let v51 = (v49 + v50);
  let v52 = s_acc_eval_accuracy[i];
  let v53 = (v48 * v50);
  let v54 = (v52 + v53);
  let v55 = s_counter_eval_batch[i];
  let v56 = (v55 + 1u);
  storageBarrier();
  if (lane == 0u) {
    tmp3[i] = red46;
    out_accuracy[i] = v48;
    s_acc_eval_weight[i] = v51;
    s_acc_eval_accuracy[i] = v54;
    s_counter_eval_batch[i] = v56;
  }
}

// ---- 025_reduce_sum_loss_x2.wgsl
var<workgroup> wg_f32_0: array<f32, 64>;
@group(0) @binding(0) var<storage, read> tmp3: array<f32>;
@group(0) @binding(1) var<storage, read> tmp5: array<f32>;
@group(0) @binding(2) var<storage, read> s_outputs_kernel: array<f32>;
@group(0) @binding(3) var<storage, read_write> s_acc_eval_loss: array<f32>;
@group(0) @binding(4) var<storage, read> in_weight: array<f32>;
@group(0) @binding(5) var<storage, read_write> out_loss: array<f32>;

@compute @workgroup_size(64)
fn main(@builtin(workgroup_id) wid: vec3<u32>, @builtin(local_invocation_index) lane: u32) {
  let i = wid.x;
  let v0 = tmp3[i];
  let v1 = (v0 / 200.0);
  let v2 = tmp5[i];
  var acc3: f32 = 0.0;
  for (var r4: u32 = lane; r4 < 3000u; r4 = r4 + 64u) {
    let c5 = (r4 / 10u);
    let c6 = (r4 % 10u);
    let l7 = c5 * 10u + c6;
    let v8 = s_outputs_kernel[l7];
    let v9 = abs(v8);
    acc3 = acc3 + v9;
  }
  wg_f32_0[lane] = acc3;
  workgroupBarrier();
  for (var s10: u32 = 32u; s10 > 0u; s10 = s10 >> 1u) {
    if (lane < s10) {
      wg_f32_0[lane] = wg_f32_0[lane] + wg_f32_0[lane + s10];
    }
    workgroupBarrier();
  }
  let red11 = wg_f32_0[0];
  let v12 = (v2 + red11);
  let v13 = (0.001 * v12);
  let v14 = (v1 + v13);
  let v15 = s_acc_eval_loss[i];
  let v16 = in_weight[i];
  let v17 = (v14 * v16);
  let v18 = (v15 + v17);
  storageBarrier();
  if (lane == 0u) {
    out_loss[i] = v14;
    s_acc_eval_loss[i] = v18;
  }
}
