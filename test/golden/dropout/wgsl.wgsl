// ---- 000_const_counter_step_x2.wgsl
@group(0) @binding(0) var<storage, read_write> s_counter_step: array<u32>;
@group(0) @binding(1) var<storage, read_write> s_acc_train_loss: array<f32>;

@compute @workgroup_size(64)
fn main(@builtin(global_invocation_id) gid: vec3<u32>) {
  let i = gid.x;
  if (i >= 1u) { return; }
  s_counter_step[i] = 0u;
  s_acc_train_loss[i] = 0.0;
}

// ---- 001_add_hidden1_dense_kernel_x2.wgsl
@group(0) @binding(0) var<storage, read> s_rng_seed: array<u32>;
@group(0) @binding(1) var<storage, read_write> s_hidden1_dense_kernel: array<f32>;
@group(0) @binding(2) var<storage, read_write> s_hidden1_dense_kernel_momentum_velocity: array<f32>;

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
  s_hidden1_dense_kernel_momentum_velocity[i] = 0.0;
}

// ---- 002_const_hidden1_dense_bias.wgsl
@group(0) @binding(0) var<storage, read_write> s_hidden1_dense_bias: array<f32>;

@compute @workgroup_size(64)
fn main(@builtin(global_invocation_id) gid: vec3<u32>) {
  let i = gid.x;
  if (i >= 300u) { return; }
  s_hidden1_dense_bias[i] = 0.0;
}

// ---- 003_add_hidden2_dense_kernel_x2.wgsl
@group(0) @binding(0) var<storage, read> s_rng_seed: array<u32>;
@group(0) @binding(1) var<storage, read_write> s_hidden2_dense_kernel: array<f32>;
@group(0) @binding(2) var<storage, read_write> s_hidden2_dense_kernel_momentum_velocity: array<f32>;

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
  s_hidden2_dense_kernel_momentum_velocity[i] = 0.0;
}

// ---- 004_const_hidden2_dense_bias.wgsl
@group(0) @binding(0) var<storage, read_write> s_hidden2_dense_bias: array<f32>;

@compute @workgroup_size(64)
fn main(@builtin(global_invocation_id) gid: vec3<u32>) {
  let i = gid.x;
  if (i >= 100u) { return; }
  s_hidden2_dense_bias[i] = 0.0;
}

// ---- 005_add_logits_dense_kernel_x2.wgsl
@group(0) @binding(0) var<storage, read> s_rng_seed: array<u32>;
@group(0) @binding(1) var<storage, read_write> s_logits_dense_kernel: array<f32>;
@group(0) @binding(2) var<storage, read_write> s_logits_dense_kernel_momentum_velocity: array<f32>;

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
  s_logits_dense_kernel_momentum_velocity[i] = 0.0;
}

// ---- 006_const_logits_dense_bias.wgsl
@group(0) @binding(0) var<storage, read_write> s_logits_dense_bias: array<f32>;

@compute @workgroup_size(64)
fn main(@builtin(global_invocation_id) gid: vec3<u32>) {
  let i = gid.x;
  if (i >= 10u) { return; }
  s_logits_dense_bias[i] = 0.0;
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
  if (i >= 2450u) { return; }
  let count = info[0];
  let features = info[2];
  let row = i / 49u;
  let f = (i % 49u) * 16u;
  let o = row * 784u + f;
  let pos = batch[0] * 50u + row;
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
  if (i >= 50u) { return; }
  let count = info[0];
  let features = info[2];
  let row = i / 1u;
  let f = (i % 1u) * 1u;
  let o = row * 1u + f;
  let pos = batch[0] * 50u + row;
  let key = stream_key(seed[0], 1397249350u, epoch[0]);
  let ex = permute(pos % count, count, key);
  let e = min(ex, count - 1u) * features + f;
  out[o + 0u] = bitcast<i32>(data[e + 0u]);
}

// ---- 010_mul_X_drop_dropout.wgsl
@group(0) @binding(0) var<storage, read> in_X: array<f32>;
@group(0) @binding(1) var<storage, read> s_counter_step: array<u32>;
@group(0) @binding(2) var<storage, read> s_rng_seed: array<u32>;
@group(0) @binding(3) var<storage, read_write> tmp0: array<f32>;

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
  if (i >= 39200u) { return; }
  let v0 = in_X[i];
  let v1 = s_counter_step[0u];
  let v2 = s_rng_seed[0u];
  let v3 = (v2 * 2654435761u);
  let v4 = (v1 + v3);
  let k5 = stream_key(0u, 1937557668u, v4);
  let v6 = uniform01(k5, i);
  let c7 = (i / 784u);
  let c8 = (i % 784u);
  let v9 = select(0.0, 1.0, v6 >= 0.5);
  let v10 = (v0 * v9);
  let v11 = (v10 * 2.0);
  tmp0[i] = v11;
}

// ---- 011_matmul_hidden1_dense.wgsl
@group(0) @binding(0) var<storage, read> tmp0_v4: array<vec4<f32>>;
@group(0) @binding(1) var<storage, read> s_hidden1_dense_kernel_v4: array<vec4<f32>>;
@group(0) @binding(2) var<storage, read_write> tmp1: array<f32>;
@group(0) @binding(3) var<storage, read> s_hidden1_dense_bias: array<f32>;

@compute @workgroup_size(64)
fn main(@builtin(global_invocation_id) gid: vec3<u32>) {
  let t = gid.x;
  if (t >= 975u) { return; }
  let i0 = (t / 75u) * 4u;
  let j0 = (t % 75u) * 4u;
  let row0 = min(i0 + 0u, 49u);
  let row1 = min(i0 + 1u, 49u);
  let row2 = min(i0 + 2u, 49u);
  let row3 = min(i0 + 3u, 49u);
  let col4 = min(j0 + 0u, 299u);
  let col5 = min(j0 + 1u, 299u);
  let col6 = min(j0 + 2u, 299u);
  let col7 = min(j0 + 3u, 299u);
  var acc8: vec4<f32> = vec4<f32>(0.0);
  var acc9: vec4<f32> = vec4<f32>(0.0);
  var acc10: vec4<f32> = vec4<f32>(0.0);
  var acc11: vec4<f32> = vec4<f32>(0.0);
  let ra12 = row0 * 196u;
  let ra13 = row1 * 196u;
  let ra14 = row2 * 196u;
  let ra15 = row3 * 196u;
  for (var k: u32 = 0u; k < 196u; k = k + 1u) {
    let av16 = tmp0_v4[ra12 + k];
    let av17 = tmp0_v4[ra13 + k];
    let av18 = tmp0_v4[ra14 + k];
    let av19 = tmp0_v4[ra15 + k];
    let kq20 = k * 4u + 0u;
    let bv21 = s_hidden1_dense_kernel_v4[(kq20 * 300u + j0) / 4u];
    let kq22 = k * 4u + 1u;
    let bv23 = s_hidden1_dense_kernel_v4[(kq22 * 300u + j0) / 4u];
    let kq24 = k * 4u + 2u;
    let bv25 = s_hidden1_dense_kernel_v4[(kq24 * 300u + j0) / 4u];
    let kq26 = k * 4u + 3u;
    let bv27 = s_hidden1_dense_kernel_v4[(kq26 * 300u + j0) / 4u];
    acc8 = acc8 + av16.x * bv21;
    acc8 = acc8 + av16.y * bv23;
    acc8 = acc8 + av16.z * bv25;
    acc8 = acc8 + av16.w * bv27;
    acc9 = acc9 + av17.x * bv21;
    acc9 = acc9 + av17.y * bv23;
    acc9 = acc9 + av17.z * bv25;
    acc9 = acc9 + av17.w * bv27;
    acc10 = acc10 + av18.x * bv21;
    acc10 = acc10 + av18.y * bv23;
    acc10 = acc10 + av18.z * bv25;
    acc10 = acc10 + av18.w * bv27;
    acc11 = acc11 + av19.x * bv21;
    acc11 = acc11 + av19.y * bv23;
    acc11 = acc11 + av19.z * bv25;
    acc11 = acc11 + av19.w * bv27;
  }
  {
    let l28 = i0 * 300u + j0;
    let v29 = acc8.x;
    let v30 = s_hidden1_dense_bias[j0];
    let v31 = (v29 + v30);
    tmp1[l28] = v31;
  }
  {
    let j32 = j0 + 1u;
    let l33 = i0 * 300u + j32;
    let v34 = acc8.y;
    let v35 = s_hidden1_dense_bias[j32];
    let v36 = (v34 + v35);
    tmp1[l33] = v36;
  }
  {
    let j37 = j0 + 2u;
    let l38 = i0 * 300u + j37;
    let v39 = acc8.z;
    let v40 = s_hidden1_dense_bias[j37];
    let v41 = (v39 + v40);
    tmp1[l38] = v41;
  }
  {
    let j42 = j0 + 3u;
    let l43 = i0 * 300u + j42;
    let v44 = acc8.w;
    let v45 = s_hidden1_dense_bias[j42];
    let v46 = (v44 + v45);
    tmp1[l43] = v46;
  }
  if (i0 + 1u < 50u) {
    let i47 = i0 + 1u;
    let l48 = i47 * 300u + j0;
    let v49 = acc9.x;
    let v50 = s_hidden1_dense_bias[j0];
    let v51 = (v49 + v50);
    tmp1[l48] = v51;
  }
  if (i0 + 1u < 50u) {
    let i52 = i0 + 1u;
    let j53 = j0 + 1u;
    let l54 = i52 * 300u + j53;
    let v55 = acc9.y;
    let v56 = s_hidden1_dense_bias[j53];
    let v57 = (v55 + v56);
    tmp1[l54] = v57;
  }
  if (i0 + 1u < 50u) {
    let i58 = i0 + 1u;
    let j59 = j0 + 2u;
    let l60 = i58 * 300u + j59;
    let v61 = acc9.z;
    let v62 = s_hidden1_dense_bias[j59];
    let v63 = (v61 + v62);
    tmp1[l60] = v63;
  }
  if (i0 + 1u < 50u) {
    let i64 = i0 + 1u;
    let j65 = j0 + 3u;
    let l66 = i64 * 300u + j65;
    let v67 = acc9.w;
    let v68 = s_hidden1_dense_bias[j65];
    let v69 = (v67 + v68);
    tmp1[l66] = v69;
  }
  if (i0 + 2u < 50u) {
    let i70 = i0 + 2u;
    let l71 = i70 * 300u + j0;
    let v72 = acc10.x;
    let v73 = s_hidden1_dense_bias[j0];
    let v74 = (v72 + v73);
    tmp1[l71] = v74;
  }
  if (i0 + 2u < 50u) {
    let i75 = i0 + 2u;
    let j76 = j0 + 1u;
    let l77 = i75 * 300u + j76;
    let v78 = acc10.y;
    let v79 = s_hidden1_dense_bias[j76];
    let v80 = (v78 + v79);
    tmp1[l77] = v80;
  }
  if (i0 + 2u < 50u) {
    let i81 = i0 + 2u;
    let j82 = j0 + 2u;
    let l83 = i81 * 300u + j82;
    let v84 = acc10.z;
    let v85 = s_hidden1_dense_bias[j82];
    let v86 = (v84 + v85);
    tmp1[l83] = v86;
  }
  if (i0 + 2u < 50u) {
    let i87 = i0 + 2u;
    let j88 = j0 + 3u;
    let l89 = i87 * 300u + j88;
    let v90 = acc10.w;
    let v91 = s_hidden1_dense_bias[j88];
    let v92 = (v90 + v91);
    tmp1[l89] = v92;
  }
  if (i0 + 3u < 50u) {
    let i93 = i0 + 3u;
    let l94 = i93 * 300u + j0;
    let v95 = acc11.x;
    let v96 = s_hidden1_dense_bias[j0];
    let v97 = (v95 + v96);
    tmp1[l94] = v97;
  }
  if (i0 + 3u < 50u) {
    let i98 = i0 + 3u;
    let j99 = j0 + 1u;
    let l100 = i98 * 300u + j99;
    let v101 = acc11.y;
    let v102 = s_hidden1_dense_bias[j99];
    let v103 = (v101 + v102);
    tmp1[l100] = v103;
  }
  if (i0 + 3u < 50u) {
    let i104 = i0 + 3u;
    let j105 = j0 + 2u;
    let l106 = i104 * 300u + j105;
    let v107 = acc11.z;
    let v108 = s_hidden1_dense_bias[j105];
    let v109 = (v107 + v108);
    tmp1[l106] = v109;
  }
  if (i0 + 3u < 50u) {
    let i110 = i0 + 3u;
    let j111 = j0 + 3u;
    let l112 = i110 * 300u + j111;
    let v113 = acc11.w;
    let v114 = s_hidden1_dense_bias[j111];
    let v115 = (v113 + v114);
    tmp1[l112] = v115;
  }
}

// ---- 012_ge_hidden1_dropout_x2.wgsl
@group(0) @binding(0) var<storage, read> s_counter_step: array<u32>;
@group(0) @binding(1) var<storage, read> s_rng_seed: array<u32>;
@group(0) @binding(2) var<storage, read> tmp1: array<f32>;
@group(0) @binding(3) var<storage, read_write> tmp2: array<f32>;
@group(0) @binding(4) var<storage, read_write> tmp3: array<f32>;

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
  if (i >= 15000u) { return; }
  let v0 = s_counter_step[0u];
  let v1 = s_rng_seed[0u];
  let v2 = (v1 * 2654435761u);
  let v3 = (v0 + v2);
  let k4 = stream_key(0u, 70204078u, v3);
  let v5 = uniform01(k4, i);
  let c6 = (i / 300u);
  let c7 = (i % 300u);
  let v8 = select(0.0, 1.0, v5 >= 0.5);
  let v9 = tmp1[i];
  let v10 = select(0.0, 1.0, v9 > 0.0);
  let v11 = select(0.0, v9, v10 != 0.0);
  let v12 = (v11 * v8);
  let v13 = (v12 * 2.0);
  tmp2[i] = v8;
  tmp3[i] = v13;
}

// ---- 013_matmul_hidden2_dense.wgsl
@group(0) @binding(0) var<storage, read> tmp3_v4: array<vec4<f32>>;
@group(0) @binding(1) var<storage, read> s_hidden2_dense_kernel_v4: array<vec4<f32>>;
@group(0) @binding(2) var<storage, read_write> tmp4: array<f32>;
@group(0) @binding(3) var<storage, read> s_hidden2_dense_bias: array<f32>;

@compute @workgroup_size(64)
fn main(@builtin(global_invocation_id) gid: vec3<u32>) {
  let t = gid.x;
  if (t >= 325u) { return; }
  let i0 = (t / 25u) * 4u;
  let j0 = (t % 25u) * 4u;
  let row0 = min(i0 + 0u, 49u);
  let row1 = min(i0 + 1u, 49u);
  let row2 = min(i0 + 2u, 49u);
  let row3 = min(i0 + 3u, 49u);
  let col4 = min(j0 + 0u, 99u);
  let col5 = min(j0 + 1u, 99u);
  let col6 = min(j0 + 2u, 99u);
  let col7 = min(j0 + 3u, 99u);
  var acc8: vec4<f32> = vec4<f32>(0.0);
  var acc9: vec4<f32> = vec4<f32>(0.0);
  var acc10: vec4<f32> = vec4<f32>(0.0);
  var acc11: vec4<f32> = vec4<f32>(0.0);
  let ra12 = row0 * 75u;
  let ra13 = row1 * 75u;
  let ra14 = row2 * 75u;
  let ra15 = row3 * 75u;
  for (var k: u32 = 0u; k < 75u; k = k + 1u) {
    let av16 = tmp3_v4[ra12 + k];
    let av17 = tmp3_v4[ra13 + k];
    let av18 = tmp3_v4[ra14 + k];
    let av19 = tmp3_v4[ra15 + k];
    let kq20 = k * 4u + 0u;
    let bv21 = s_hidden2_dense_kernel_v4[(kq20 * 100u + j0) / 4u];
    let kq22 = k * 4u + 1u;
    let bv23 = s_hidden2_dense_kernel_v4[(kq22 * 100u + j0) / 4u];
    let kq24 = k * 4u + 2u;
    let bv25 = s_hidden2_dense_kernel_v4[(kq24 * 100u + j0) / 4u];
    let kq26 = k * 4u + 3u;
    let bv27 = s_hidden2_dense_kernel_v4[(kq26 * 100u + j0) / 4u];
    acc8 = acc8 + av16.x * bv21;
    acc8 = acc8 + av16.y * bv23;
    acc8 = acc8 + av16.z * bv25;
    acc8 = acc8 + av16.w * bv27;
    acc9 = acc9 + av17.x * bv21;
    acc9 = acc9 + av17.y * bv23;
    acc9 = acc9 + av17.z * bv25;
    acc9 = acc9 + av17.w * bv27;
    acc10 = acc10 + av18.x * bv21;
    acc10 = acc10 + av18.y * bv23;
    acc10 = acc10 + av18.z * bv25;
    acc10 = acc10 + av18.w * bv27;
    acc11 = acc11 + av19.x * bv21;
    acc11 = acc11 + av19.y * bv23;
    acc11 = acc11 + av19.z * bv25;
    acc11 = acc11 + av19.w * bv27;
  }
  {
    let l28 = i0 * 100u + j0;
    let v29 = acc8.x;
    let v30 = s_hidden2_dense_bias[j0];
    let v31 = (v29 + v30);
    tmp4[l28] = v31;
  }
  {
    let j32 = j0 + 1u;
    let l33 = i0 * 100u + j32;
    let v34 = acc8.y;
    let v35 = s_hidden2_dense_bias[j32];
    let v36 = (v34 + v35);
    tmp4[l33] = v36;
  }
  {
    let j37 = j0 + 2u;
    let l38 = i0 * 100u + j37;
    let v39 = acc8.z;
    let v40 = s_hidden2_dense_bias[j37];
    let v41 = (v39 + v40);
    tmp4[l38] = v41;
  }
  {
    let j42 = j0 + 3u;
    let l43 = i0 * 100u + j42;
    let v44 = acc8.w;
    let v45 = s_hidden2_dense_bias[j42];
    let v46 = (v44 + v45);
    tmp4[l43] = v46;
  }
  if (i0 + 1u < 50u) {
    let i47 = i0 + 1u;
    let l48 = i47 * 100u + j0;
    let v49 = acc9.x;
    let v50 = s_hidden2_dense_bias[j0];
    let v51 = (v49 + v50);
    tmp4[l48] = v51;
  }
  if (i0 + 1u < 50u) {
    let i52 = i0 + 1u;
    let j53 = j0 + 1u;
    let l54 = i52 * 100u + j53;
    let v55 = acc9.y;
    let v56 = s_hidden2_dense_bias[j53];
    let v57 = (v55 + v56);
    tmp4[l54] = v57;
  }
  if (i0 + 1u < 50u) {
    let i58 = i0 + 1u;
    let j59 = j0 + 2u;
    let l60 = i58 * 100u + j59;
    let v61 = acc9.z;
    let v62 = s_hidden2_dense_bias[j59];
    let v63 = (v61 + v62);
    tmp4[l60] = v63;
  }
  if (i0 + 1u < 50u) {
    let i64 = i0 + 1u;
    let j65 = j0 + 3u;
    let l66 = i64 * 100u + j65;
    let v67 = acc9.w;
    let v68 = s_hidden2_dense_bias[j65];
    let v69 = (v67 + v68);
    tmp4[l66] = v69;
  }
  if (i0 + 2u < 50u) {
    let i70 = i0 + 2u;
    let l71 = i70 * 100u + j0;
    let v72 = acc10.x;
    let v73 = s_hidden2_dense_bias[j0];
    let v74 = (v72 + v73);
    tmp4[l71] = v74;
  }
  if (i0 + 2u < 50u) {
    let i75 = i0 + 2u;
    let j76 = j0 + 1u;
    let l77 = i75 * 100u + j76;
    let v78 = acc10.y;
    let v79 = s_hidden2_dense_bias[j76];
    let v80 = (v78 + v79);
    tmp4[l77] = v80;
  }
  if (i0 + 2u < 50u) {
    let i81 = i0 + 2u;
    let j82 = j0 + 2u;
    let l83 = i81 * 100u + j82;
    let v84 = acc10.z;
    let v85 = s_hidden2_dense_bias[j82];
    let v86 = (v84 + v85);
    tmp4[l83] = v86;
  }
  if (i0 + 2u < 50u) {
    let i87 = i0 + 2u;
    let j88 = j0 + 3u;
    let l89 = i87 * 100u + j88;
    let v90 = acc10.w;
    let v91 = s_hidden2_dense_bias[j88];
    let v92 = (v90 + v91);
    tmp4[l89] = v92;
  }
  if (i0 + 3u < 50u) {
    let i93 = i0 + 3u;
    let l94 = i93 * 100u + j0;
    let v95 = acc11.x;
    let v96 = s_hidden2_dense_bias[j0];
    let v97 = (v95 + v96);
    tmp4[l94] = v97;
  }
  if (i0 + 3u < 50u) {
    let i98 = i0 + 3u;
    let j99 = j0 + 1u;
    let l100 = i98 * 100u + j99;
    let v101 = acc11.y;
    let v102 = s_hidden2_dense_bias[j99];
    let v103 = (v101 + v102);
    tmp4[l100] = v103;
  }
  if (i0 + 3u < 50u) {
    let i104 = i0 + 3u;
    let j105 = j0 + 2u;
    let l106 = i104 * 100u + j105;
    let v107 = acc11.z;
    let v108 = s_hidden2_dense_bias[j105];
    let v109 = (v107 + v108);
    tmp4[l106] = v109;
  }
  if (i0 + 3u < 50u) {
    let i110 = i0 + 3u;
    let j111 = j0 + 3u;
    let l112 = i110 * 100u + j111;
    let v113 = acc11.w;
    let v114 = s_hidden2_dense_bias[j111];
    let v115 = (v113 + v114);
    tmp4[l112] = v115;
  }
}

// ---- 014_ge_hidden2_dropout_x2.wgsl
@group(0) @binding(0) var<storage, read> s_counter_step: array<u32>;
@group(0) @binding(1) var<storage, read> s_rng_seed: array<u32>;
@group(0) @binding(2) var<storage, read> tmp4: array<f32>;
@group(0) @binding(3) var<storage, read_write> tmp5: array<f32>;
@group(0) @binding(4) var<storage, read_write> tmp6: array<f32>;

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
  if (i >= 5000u) { return; }
  let v0 = s_counter_step[0u];
  let v1 = s_rng_seed[0u];
  let v2 = (v1 * 2654435761u);
  let v3 = (v0 + v2);
  let k4 = stream_key(0u, 1899184857u, v3);
  let v5 = uniform01(k4, i);
  let c6 = (i / 100u);
  let c7 = (i % 100u);
  let v8 = select(0.0, 1.0, v5 >= 0.5);
  let v9 = tmp4[i];
  let v10 = select(0.0, 1.0, v9 > 0.0);
  let v11 = select(0.0, v9, v10 != 0.0);
  let v12 = (v11 * v8);
  let v13 = (v12 * 2.0);
  tmp5[i] = v8;
  tmp6[i] = v13;
}

// ---- 015_matmul_logits_dense.wgsl
@group(0) @binding(0) var<storage, read> tmp6: array<f32>;
@group(0) @binding(1) var<storage, read> s_logits_dense_kernel: array<f32>;
@group(0) @binding(2) var<storage, read_write> tmp7: array<f32>;
@group(0) @binding(3) var<storage, read> s_logits_dense_bias: array<f32>;

@compute @workgroup_size(64)
fn main(@builtin(global_invocation_id) gid: vec3<u32>) {
  let t = gid.x;
  if (t >= 39u) { return; }
  let i0 = (t / 3u) * 4u;
  let j0 = (t % 3u) * 4u;
  let row0 = min(i0 + 0u, 49u);
  let row1 = min(i0 + 1u, 49u);
  let row2 = min(i0 + 2u, 49u);
  let row3 = min(i0 + 3u, 49u);
  let col4 = min(j0 + 0u, 9u);
  let col5 = min(j0 + 1u, 9u);
  let col6 = min(j0 + 2u, 9u);
  let col7 = min(j0 + 3u, 9u);
  var acc8: vec4<f32> = vec4<f32>(0.0);
  var acc9: vec4<f32> = vec4<f32>(0.0);
  var acc10: vec4<f32> = vec4<f32>(0.0);
  var acc11: vec4<f32> = vec4<f32>(0.0);
  let ra12 = row0 * 100u;
  let ra13 = row1 * 100u;
  let ra14 = row2 * 100u;
  let ra15 = row3 * 100u;
  for (var k: u32 = 0u; k < 100u; k = k + 1u) {
    let rb16 = k * 10u;
    let bv17 = vec4<f32>(s_logits_dense_kernel[rb16 + col4], s_logits_dense_kernel[rb16 + col5], s_logits_dense_kernel[rb16 + col6], s_logits_dense_kernel[rb16 + col7]);
    acc8 = acc8 + tmp6[ra12 + k] * bv17;
    acc9 = acc9 + tmp6[ra13 + k] * bv17;
    acc10 = acc10 + tmp6[ra14 + k] * bv17;
    acc11 = acc11 + tmp6[ra15 + k] * bv17;
  }
  {
    let l18 = i0 * 10u + j0;
    let v19 = acc8.x;
    let v20 = s_logits_dense_bias[j0];
    let v21 = (v19 + v20);
    tmp7[l18] = v21;
  }
  if (j0 + 1u < 10u) {
    let j22 = j0 + 1u;
    let l23 = i0 * 10u + j22;
    let v24 = acc8.y;
    let v25 = s_logits_dense_bias[j22];
    let v26 = (v24 + v25);
    tmp7[l23] = v26;
  }
  if (j0 + 2u < 10u) {
    let j27 = j0 + 2u;
    let l28 = i0 * 10u + j27;
    let v29 = acc8.z;
    let v30 = s_logits_dense_bias[j27];
    let v31 = (v29 + v30);
    tmp7[l28] = v31;
  }
  if (j0 + 3u < 10u) {
    let j32 = j0 + 3u;
    let l33 = i0 * 10u + j32;
    let v34 = acc8.w;
    let v35 = s_logits_dense_bias[j32];
    let v36 = (v34 + v35);
    tmp7[l33] = v36;
  }
  if (i0 + 1u < 50u) {
    let i37 = i0 + 1u;
    let l38 = i37 * 10u + j0;
    let v39 = acc9.x;
    let v40 = s_logits_dense_bias[j0];
    let v41 = (v39 + v40);
    tmp7[l38] = v41;
  }
  if (i0 + 1u < 50u && j0 + 1u < 10u) {
    let i42 = i0 + 1u;
    let j43 = j0 + 1u;
    let l44 = i42 * 10u + j43;
    let v45 = acc9.y;
    let v46 = s_logits_dense_bias[j43];
    let v47 = (v45 + v46);
    tmp7[l44] = v47;
  }
  if (i0 + 1u < 50u && j0 + 2u < 10u) {
    let i48 = i0 + 1u;
    let j49 = j0 + 2u;
    let l50 = i48 * 10u + j49;
    let v51 = acc9.z;
    let v52 = s_logits_dense_bias[j49];
    let v53 = (v51 + v52);
    tmp7[l50] = v53;
  }
  if (i0 + 1u < 50u && j0 + 3u < 10u) {
    let i54 = i0 + 1u;
    let j55 = j0 + 3u;
    let l56 = i54 * 10u + j55;
    let v57 = acc9.w;
    let v58 = s_logits_dense_bias[j55];
    let v59 = (v57 + v58);
    tmp7[l56] = v59;
  }
  if (i0 + 2u < 50u) {
    let i60 = i0 + 2u;
    let l61 = i60 * 10u + j0;
    let v62 = acc10.x;
    let v63 = s_logits_dense_bias[j0];
    let v64 = (v62 + v63);
    tmp7[l61] = v64;
  }
  if (i0 + 2u < 50u && j0 + 1u < 10u) {
    let i65 = i0 + 2u;
    let j66 = j0 + 1u;
    let l67 = i65 * 10u + j66;
    let v68 = acc10.y;
    let v69 = s_logits_dense_bias[j66];
    let v70 = (v68 + v69);
    tmp7[l67] = v70;
  }
  if (i0 + 2u < 50u && j0 + 2u < 10u) {
    let i71 = i0 + 2u;
    let j72 = j0 + 2u;
    let l73 = i71 * 10u + j72;
    let v74 = acc10.z;
    let v75 = s_logits_dense_bias[j72];
    let v76 = (v74 + v75);
    tmp7[l73] = v76;
  }
  if (i0 + 2u < 50u && j0 + 3u < 10u) {
    let i77 = i0 + 2u;
    let j78 = j0 + 3u;
    let l79 = i77 * 10u + j78;
    let v80 = acc10.w;
    let v81 = s_logits_dense_bias[j78];
    let v82 = (v80 + v81);
    tmp7[l79] = v82;
  }
  if (i0 + 3u < 50u) {
    let i83 = i0 + 3u;
    let l84 = i83 * 10u + j0;
    let v85 = acc11.x;
    let v86 = s_logits_dense_bias[j0];
    let v87 = (v85 + v86);
    tmp7[l84] = v87;
  }
  if (i0 + 3u < 50u && j0 + 1u < 10u) {
    let i88 = i0 + 3u;
    let j89 = j0 + 1u;
    let l90 = i88 * 10u + j89;
    let v91 = acc11.y;
    let v92 = s_logits_dense_bias[j89];
    let v93 = (v91 + v92);
    tmp7[l90] = v93;
  }
  if (i0 + 3u < 50u && j0 + 2u < 10u) {
    let i94 = i0 + 3u;
    let j95 = j0 + 2u;
    let l96 = i94 * 10u + j95;
    let v97 = acc11.z;
    let v98 = s_logits_dense_bias[j95];
    let v99 = (v97 + v98);
    tmp7[l96] = v99;
  }
  if (i0 + 3u < 50u && j0 + 3u < 10u) {
    let i100 = i0 + 3u;
    let j101 = j0 + 3u;
    let l102 = i100 * 10u + j101;
    let v103 = acc11.w;
    let v104 = s_logits_dense_bias[j101];
    let v105 = (v103 + v104);
    tmp7[l102] = v105;
  }
}

// ---- 016_reduce_sum_loss_x6.wgsl
var<workgroup> wg_f32_0: array<f32, 64>;
var<workgroup> wg_f32_1: array<f32, 64>;
@group(0) @binding(0) var<storage, read> tmp7: array<f32>;
@group(0) @binding(1) var<storage, read> in_y: array<i32>;
@group(0) @binding(2) var<storage, read_write> s_acc_train_loss: array<f32>;
@group(0) @binding(3) var<storage, read_write> s_acc_train_count: array<f32>;
@group(0) @binding(4) var<storage, read_write> s_acc_train_accuracy: array<f32>;
@group(0) @binding(5) var<storage, read_write> s_counter_step: array<u32>;
@group(0) @binding(6) var<storage, read_write> out_loss: array<f32>;
@group(0) @binding(7) var<storage, read_write> out_accuracy: array<f32>;

@compute @workgroup_size(64)
fn main(@builtin(workgroup_id) wid: vec3<u32>, @builtin(local_invocation_index) lane: u32) {
  let i = wid.x;
  var acc0: f32 = 0.0;
  var acc1: f32 = 0.0;
  for (var r2: u32 = lane; r2 < 50u; r2 = r2 + 64u) {
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
  let v48 = (red46 / 50.0);
  let v49 = (red47 / 50.0);
  let v50 = s_acc_train_loss[i];
  let v51 = (v50 + v48);
  let v52 = s_acc_train_count[i];
  let v53 = (v52 + 1.0);
  let v54 = s_acc_train_accuracy[i];
  let v55 = (v54 + v49);
  let v56 = s_counter_step[i];
  let v57 = (v56 + 1u);
  storageBarrier();
  if (lane == 0u) {
    out_loss[i] = v48;
    out_accuracy[i] = v49;
    s_acc_train_loss[i] = v51;
    s_acc_train_count[i] = v53;
    s_acc_train_accuracy[i] = v55;
    s_counter_step[i] = v57;
  }
}

// ---- 017_add_loss_grad.wgsl
@group(0) @binding(0) var<storage, read> in_y: array<i32>;
@group(0) @binding(1) var<storage, read> tmp7: array<f32>;
@group(0) @binding(2) var<storage, read_write> tmp8: array<f32>;

@compute @workgroup_size(64)
fn main(@builtin(global_invocation_id) gid: vec3<u32>) {
  let i = gid.x;
  if (i >= 500u) { return; }
  let c0 = (i / 10u);
  let c1 = (i % 10u);
  let v2 = in_y[c0];
  let v3 = select(0.0, 1.0, i32(c1) == v2);
  let v4 = ((-0.02) * v3);
  var acc5: f32 = 0.0;
  for (var r6: u32 = 0u; r6 < 10u; r6 = r6 + 1u) {
    let l7 = c0 * 10u + r6;
    let v8 = select(0.0, 1.0, i32(r6) == v2);
    let v9 = ((-0.02) * v8);
    let v10 = (-v9);
    acc5 = acc5 + v10;
  }
  var acc11: f32 = 0.0;
  var acc12: f32 = -3.4028234663852886e38;
  for (var r13: u32 = 0u; r13 < 10u; r13 = r13 + 1u) {
    let l14 = c0 * 10u + r13;
    let v15 = tmp7[l14];
    acc12 = max(acc12, v15);
  }
  for (var r16: u32 = 0u; r16 < 10u; r16 = r16 + 1u) {
    let l17 = c0 * 10u + r16;
    let v18 = tmp7[l17];
    let v19 = (v18 - acc12);
    let v20 = exp(v19);
    acc11 = acc11 + v20;
  }
  let v21 = (acc5 / acc11);
  let v22 = tmp7[i];
  let v23 = (v22 - acc12);
  let v24 = exp(v23);
  let v25 = (v21 * v24);
  let v26 = (v4 + v25);
  tmp8[i] = v26;
}

// ---- 018_matmul_hidden2_grad.wgsl
@group(0) @binding(0) var<storage, read> tmp8: array<f32>;
@group(0) @binding(1) var<storage, read> s_logits_dense_kernel: array<f32>;
@group(0) @binding(2) var<storage, read_write> tmp9: array<f32>;
@group(0) @binding(3) var<storage, read> tmp5: array<f32>;
@group(0) @binding(4) var<storage, read> tmp4: array<f32>;

@compute @workgroup_size(64)
fn main(@builtin(global_invocation_id) gid: vec3<u32>) {
  let t = gid.x;
  if (t >= 325u) { return; }
  let i0 = (t / 25u) * 4u;
  let j0 = (t % 25u) * 4u;
  let row0 = min(i0 + 0u, 49u);
  let row1 = min(i0 + 1u, 49u);
  let row2 = min(i0 + 2u, 49u);
  let row3 = min(i0 + 3u, 49u);
  let col4 = min(j0 + 0u, 99u);
  let col5 = min(j0 + 1u, 99u);
  let col6 = min(j0 + 2u, 99u);
  let col7 = min(j0 + 3u, 99u);
  var acc8: vec4<f32> = vec4<f32>(0.0);
  var acc9: vec4<f32> = vec4<f32>(0.0);
  var acc10: vec4<f32> = vec4<f32>(0.0);
  var acc11: vec4<f32> = vec4<f32>(0.0);
  let ra12 = row0 * 10u;
  let ra13 = row1 * 10u;
  let ra14 = row2 * 10u;
  let ra15 = row3 * 10u;
  let cb16 = col4 * 10u;
  let cb17 = col5 * 10u;
  let cb18 = col6 * 10u;
  let cb19 = col7 * 10u;
  for (var k: u32 = 0u; k < 10u; k = k + 1u) {
    let bv20 = vec4<f32>(s_logits_dense_kernel[cb16 + k], s_logits_dense_kernel[cb17 + k], s_logits_dense_kernel[cb18 + k], s_logits_dense_kernel[cb19 + k]);
    acc8 = acc8 + tmp8[ra12 + k] * bv20;
    acc9 = acc9 + tmp8[ra13 + k] * bv20;
    acc10 = acc10 + tmp8[ra14 + k] * bv20;
    acc11 = acc11 + tmp8[ra15 + k] * bv20;
  }
  {
    let l21 = i0 * 100u + j0;
    let v22 = acc8.x;
    let v23 = (v22 * 2.0);
    let v24 = tmp5[l21];
    let v25 = (v23 * v24);
    let v26 = tmp4[l21];
    let v27 = select(0.0, 1.0, v26 > 0.0);
    let v28 = select(0.0, v25, v27 != 0.0);
    tmp9[l21] = v28;
  }
  {
    let j29 = j0 + 1u;
    let l30 = i0 * 100u + j29;
    let v31 = acc8.y;
    let v32 = (v31 * 2.0);
    let v33 = tmp5[l30];
    let v34 = (v32 * v33);
    let v35 = tmp4[l30];
    let v36 = select(0.0, 1.0, v35 > 0.0);
    let v37 = select(0.0, v34, v36 != 0.0);
    tmp9[l30] = v37;
  }
  {
    let j38 = j0 + 2u;
    let l39 = i0 * 100u + j38;
    let v40 = acc8.z;
    let v41 = (v40 * 2.0);
    let v42 = tmp5[l39];
    let v43 = (v41 * v42);
    let v44 = tmp4[l39];
    let v45 = select(0.0, 1.0, v44 > 0.0);
    let v46 = select(0.0, v43, v45 != 0.0);
    tmp9[l39] = v46;
  }
  {
    let j47 = j0 + 3u;
    let l48 = i0 * 100u + j47;
    let v49 = acc8.w;
    let v50 = (v49 * 2.0);
    let v51 = tmp5[l48];
    let v52 = (v50 * v51);
    let v53 = tmp4[l48];
    let v54 = select(0.0, 1.0, v53 > 0.0);
    let v55 = select(0.0, v52, v54 != 0.0);
    tmp9[l48] = v55;
  }
  if (i0 + 1u < 50u) {
    let i56 = i0 + 1u;
    let l57 = i56 * 100u + j0;
    let v58 = acc9.x;
    let v59 = (v58 * 2.0);
    let v60 = tmp5[l57];
    let v61 = (v59 * v60);
    let v62 = tmp4[l57];
    let v63 = select(0.0, 1.0, v62 > 0.0);
    let v64 = select(0.0, v61, v63 != 0.0);
    tmp9[l57] = v64;
  }
  if (i0 + 1u < 50u) {
    let i65 = i0 + 1u;
    let j66 = j0 + 1u;
    let l67 = i65 * 100u + j66;
    let v68 = acc9.y;
    let v69 = (v68 * 2.0);
    let v70 = tmp5[l67];
    let v71 = (v69 * v70);
    let v72 = tmp4[l67];
    let v73 = select(0.0, 1.0, v72 > 0.0);
    let v74 = select(0.0, v71, v73 != 0.0);
    tmp9[l67] = v74;
  }
  if (i0 + 1u < 50u) {
    let i75 = i0 + 1u;
    let j76 = j0 + 2u;
    let l77 = i75 * 100u + j76;
    let v78 = acc9.z;
    let v79 = (v78 * 2.0);
    let v80 = tmp5[l77];
    let v81 = (v79 * v80);
    let v82 = tmp4[l77];
    let v83 = select(0.0, 1.0, v82 > 0.0);
    let v84 = select(0.0, v81, v83 != 0.0);
    tmp9[l77] = v84;
  }
  if (i0 + 1u < 50u) {
    let i85 = i0 + 1u;
    let j86 = j0 + 3u;
    let l87 = i85 * 100u + j86;
    let v88 = acc9.w;
    let v89 = (v88 * 2.0);
    let v90 = tmp5[l87];
    let v91 = (v89 * v90);
    let v92 = tmp4[l87];
    let v93 = select(0.0, 1.0, v92 > 0.0);
    let v94 = select(0.0, v91, v93 != 0.0);
    tmp9[l87] = v94;
  }
  if (i0 + 2u < 50u) {
    let i95 = i0 + 2u;
    let l96 = i95 * 100u + j0;
    let v97 = acc10.x;
    let v98 = (v97 * 2.0);
    let v99 = tmp5[l96];
    let v100 = (v98 * v99);
    let v101 = tmp4[l96];
    let v102 = select(0.0, 1.0, v101 > 0.0);
    let v103 = select(0.0, v100, v102 != 0.0);
    tmp9[l96] = v103;
  }
  if (i0 + 2u < 50u) {
    let i104 = i0 + 2u;
    let j105 = j0 + 1u;
    let l106 = i104 * 100u + j105;
    let v107 = acc10.y;
    let v108 = (v107 * 2.0);
    let v109 = tmp5[l106];
    let v110 = (v108 * v109);
    let v111 = tmp4[l106];
    let v112 = select(0.0, 1.0, v111 > 0.0);
    let v113 = select(0.0, v110, v112 != 0.0);
    tmp9[l106] = v113;
  }
  if (i0 + 2u < 50u) {
    let i114 = i0 + 2u;
    let j115 = j0 + 2u;
    let l116 = i114 * 100u + j115;
    let v117 = acc10.z;
    let v118 = (v117 * 2.0);
    let v119 = tmp5[l116];
    let v120 = (v118 * v119);
    let v121 = tmp4[l116];
    let v122 = select(0.0, 1.0, v121 > 0.0);
    let v123 = select(0.0, v120, v122 != 0.0);
    tmp9[l116] = v123;
  }
  if (i0 + 2u < 50u) {
    let i124 = i0 + 2u;
    let j125 = j0 + 3u;
    let l126 = i124 * 100u + j125;
    let v127 = acc10.w;
    let v128 = (v127 * 2.0);
    let v129 = tmp5[l126];
    let v130 = (v128 * v129);
    let v131 = tmp4[l126];
    let v132 = select(0.0, 1.0, v131 > 0.0);
    let v133 = select(0.0, v130, v132 != 0.0);
    tmp9[l126] = v133;
  }
  if (i0 + 3u < 50u) {
    let i134 = i0 + 3u;
    let l135 = i134 * 100u + j0;
    let v136 = acc11.x;
    let v137 = (v136 * 2.0);
    let v138 = tmp5[l135];
    let v139 = (v137 * v138);
    let v140 = tmp4[l135];
    let v141 = select(0.0, 1.0, v140 > 0.0);
    let v142 = select(0.0, v139, v141 != 0.0);
    tmp9[l135] = v142;
  }
  if (i0 + 3u < 50u) {
    let i143 = i0 + 3u;
    let j144 = j0 + 1u;
    let l145 = i143 * 100u + j144;
    let v146 = acc11.y;
    let v147 = (v146 * 2.0);
    let v148 = tmp5[l145];
    let v149 = (v147 * v148);
    let v150 = tmp4[l145];
    let v151 = select(0.0, 1.0, v150 > 0.0);
    let v152 = select(0.0, v149, v151 != 0.0);
    tmp9[l145] = v152;
  }
  if (i0 + 3u < 50u) {
    let i153 = i0 + 3u;
    let j154 = j0 + 2u;
    let l155 = i153 * 100u + j154;
    let v156 = acc11.z;
    let v157 = (v156 * 2.0);
    let v158 = tmp5[l155];
    let v159 = (v157 * v158);
    let v160 = tmp4[l155];
    let v161 = select(0.0, 1.0, v160 > 0.0);
    let v162 = select(0.0, v159, v161 != 0.0);
    tmp9[l155] = v162;
  }
  if (i0 + 3u < 50u) {
    let i163 = i0 + 3u;
    let j164 = j0 + 3u;
    let l165 = i163 * 100u + j164;
    let v166 = acc11.w;
    let v167 = (v166 * 2.0);
    let v168 = tmp5[l165];
    let v169 = (v167 * v168);
    let v170 = tmp4[l165];
    let v171 = select(0.0, 1.0, v170 > 0.0);
    let v172 = select(0.0, v169, v171 != 0.0);
    tmp9[l165] = v172;
  }
}

// ---- 019_matmul_hidden1_grad.wgsl
@group(0) @binding(0) var<storage, read> tmp9_v4: array<vec4<f32>>;
@group(0) @binding(1) var<storage, read> s_hidden2_dense_kernel_v4: array<vec4<f32>>;
@group(0) @binding(2) var<storage, read_write> tmp10: array<f32>;
@group(0) @binding(3) var<storage, read> tmp2: array<f32>;
@group(0) @binding(4) var<storage, read> tmp1: array<f32>;

@compute @workgroup_size(64)
fn main(@builtin(global_invocation_id) gid: vec3<u32>) {
  let t = gid.x;
  if (t >= 975u) { return; }
  let i0 = (t / 75u) * 4u;
  let j0 = (t % 75u) * 4u;
  let row0 = min(i0 + 0u, 49u);
  let row1 = min(i0 + 1u, 49u);
  let row2 = min(i0 + 2u, 49u);
  let row3 = min(i0 + 3u, 49u);
  let col4 = min(j0 + 0u, 299u);
  let col5 = min(j0 + 1u, 299u);
  let col6 = min(j0 + 2u, 299u);
  let col7 = min(j0 + 3u, 299u);
  var acc8: vec4<f32> = vec4<f32>(0.0);
  var acc9: vec4<f32> = vec4<f32>(0.0);
  var acc10: vec4<f32> = vec4<f32>(0.0);
  var acc11: vec4<f32> = vec4<f32>(0.0);
  let ra12 = row0 * 25u;
  let ra13 = row1 * 25u;
  let ra14 = row2 * 25u;
  let ra15 = row3 * 25u;
  let cb16 = col4 * 25u;
  let cb17 = col5 * 25u;
  let cb18 = col6 * 25u;
  let cb19 = col7 * 25u;
  for (var k: u32 = 0u; k < 25u; k = k + 1u) {
    let av20 = tmp9_v4[ra12 + k];
    let av21 = tmp9_v4[ra13 + k];
    let av22 = tmp9_v4[ra14 + k];
    let av23 = tmp9_v4[ra15 + k];
    let bc24 = s_hidden2_dense_kernel_v4[cb16 + k];
    let bc25 = s_hidden2_dense_kernel_v4[cb17 + k];
    let bc26 = s_hidden2_dense_kernel_v4[cb18 + k];
    let bc27 = s_hidden2_dense_kernel_v4[cb19 + k];
    let kq28 = k * 4u + 0u;
    let bv29 = vec4<f32>(bc24.x, bc25.x, bc26.x, bc27.x);
    let kq30 = k * 4u + 1u;
    let bv31 = vec4<f32>(bc24.y, bc25.y, bc26.y, bc27.y);
    let kq32 = k * 4u + 2u;
    let bv33 = vec4<f32>(bc24.z, bc25.z, bc26.z, bc27.z);
    let kq34 = k * 4u + 3u;
    let bv35 = vec4<f32>(bc24.w, bc25.w, bc26.w, bc27.w);
    acc8 = acc8 + av20.x * bv29;
    acc8 = acc8 + av20.y * bv31;
    acc8 = acc8 + av20.z * bv33;
    acc8 = acc8 + av20.w * bv35;
    acc9 = acc9 + av21.x * bv29;
    acc9 = acc9 + av21.y * bv31;
    acc9 = acc9 + av21.z * bv33;
    acc9 = acc9 + av21.w * bv35;
    acc10 = acc10 + av22.x * bv29;
    acc10 = acc10 + av22.y * bv31;
    acc10 = acc10 + av22.z * bv33;
    acc10 = acc10 + av22.w * bv35;
    acc11 = acc11 + av23.x * bv29;
    acc11 = acc11 + av23.y * bv31;
    acc11 = acc11 + av23.z * bv33;
    acc11 = acc11 + av23.w * bv35;
  }
  {
    let l36 = i0 * 300u + j0;
    let v37 = acc8.x;
    let v38 = (v37 * 2.0);
    let v39 = tmp2[l36];
    let v40 = (v38 * v39);
    let v41 = tmp1[l36];
    let v42 = select(0.0, 1.0, v41 > 0.0);
    let v43 = select(0.0, v40, v42 != 0.0);
    tmp10[l36] = v43;
  }
  {
    let j44 = j0 + 1u;
    let l45 = i0 * 300u + j44;
    let v46 = acc8.y;
    let v47 = (v46 * 2.0);
    let v48 = tmp2[l45];
    let v49 = (v47 * v48);
    let v50 = tmp1[l45];
    let v51 = select(0.0, 1.0, v50 > 0.0);
    let v52 = select(0.0, v49, v51 != 0.0);
    tmp10[l45] = v52;
  }
  {
    let j53 = j0 + 2u;
    let l54 = i0 * 300u + j53;
    let v55 = acc8.z;
    let v56 = (v55 * 2.0);
    let v57 = tmp2[l54];
    let v58 = (v56 * v57);
    let v59 = tmp1[l54];
    let v60 = select(0.0, 1.0, v59 > 0.0);
    let v61 = select(0.0, v58, v60 != 0.0);
    tmp10[l54] = v61;
  }
  {
    let j62 = j0 + 3u;
    let l63 = i0 * 300u + j62;
    let v64 = acc8.w;
    let v65 = (v64 * 2.0);
    let v66 = tmp2[l63];
    let v67 = (v65 * v66);
    let v68 = tmp1[l63];
    let v69 = select(0.0, 1.0, v68 > 0.0);
    let v70 = select(0.0, v67, v69 != 0.0);
    tmp10[l63] = v70;
  }
  if (i0 + 1u < 50u) {
    let i71 = i0 + 1u;
    let l72 = i71 * 300u + j0;
    let v73 = acc9.x;
    let v74 = (v73 * 2.0);
    let v75 = tmp2[l72];
    let v76 = (v74 * v75);
    let v77 = tmp1[l72];
    let v78 = select(0.0, 1.0, v77 > 0.0);
    let v79 = select(0.0, v76, v78 != 0.0);
    tmp10[l72] = v79;
  }
  if (i0 + 1u < 50u) {
    let i80 = i0 + 1u;
    let j81 = j0 + 1u;
    let l82 = i80 * 300u + j81;
    let v83 = acc9.y;
    let v84 = (v83 * 2.0);
    let v85 = tmp2[l82];
    let v86 = (v84 * v85);
    let v87 = tmp1[l82];
    let v88 = select(0.0, 1.0, v87 > 0.0);
    let v89 = select(0.0, v86, v88 != 0.0);
    tmp10[l82] = v89;
  }
  if (i0 + 1u < 50u) {
    let i90 = i0 + 1u;
    let j91 = j0 + 2u;
    let l92 = i90 * 300u + j91;
    let v93 = acc9.z;
    let v94 = (v93 * 2.0);
    let v95 = tmp2[l92];
    let v96 = (v94 * v95);
    let v97 = tmp1[l92];
    let v98 = select(0.0, 1.0, v97 > 0.0);
    let v99 = select(0.0, v96, v98 != 0.0);
    tmp10[l92] = v99;
  }
  if (i0 + 1u < 50u) {
    let i100 = i0 + 1u;
    let j101 = j0 + 3u;
    let l102 = i100 * 300u + j101;
    let v103 = acc9.w;
    let v104 = (v103 * 2.0);
    let v105 = tmp2[l102];
    let v106 = (v104 * v105);
    let v107 = tmp1[l102];
    let v108 = select(0.0, 1.0, v107 > 0.0);
    let v109 = select(0.0, v106, v108 != 0.0);
    tmp10[l102] = v109;
  }
  if (i0 + 2u < 50u) {
    let i110 = i0 + 2u;
    let l111 = i110 * 300u + j0;
    let v112 = acc10.x;
    let v113 = (v112 * 2.0);
    let v114 = tmp2[l111];
    let v115 = (v113 * v114);
    let v116 = tmp1[l111];
    let v117 = select(0.0, 1.0, v116 > 0.0);
    let v118 = select(0.0, v115, v117 != 0.0);
    tmp10[l111] = v118;
  }
  if (i0 + 2u < 50u) {
    let i119 = i0 + 2u;
    let j120 = j0 + 1u;
    let l121 = i119 * 300u + j120;
    let v122 = acc10.y;
    let v123 = (v122 * 2.0);
    let v124 = tmp2[l121];
    let v125 = (v123 * v124);
    let v126 = tmp1[l121];
    let v127 = select(0.0, 1.0, v126 > 0.0);
    let v128 = select(0.0, v125, v127 != 0.0);
    tmp10[l121] = v128;
  }
  if (i0 + 2u < 50u) {
    let i129 = i0 + 2u;
    let j130 = j0 + 2u;
    let l131 = i129 * 300u + j130;
    let v132 = acc10.z;
    let v133 = (v132 * 2.0);
    let v134 = tmp2[l131];
    let v135 = (v133 * v134);
    let v136 = tmp1[l131];
    let v137 = select(0.0, 1.0, v136 > 0.0);
    let v138 = select(0.0, v135, v137 != 0.0);
    tmp10[l131] = v138;
  }
  if (i0 + 2u < 50u) {
    let i139 = i0 + 2u;
    let j140 = j0 + 3u;
    let l141 = i139 * 300u + j140;
    let v142 = acc10.w;
    let v143 = (v142 * 2.0);
    let v144 = tmp2[l141];
    let v145 = (v143 * v144);
    let v146 = tmp1[l141];
    let v147 = select(0.0, 1.0, v146 > 0.0);
    let v148 = select(0.0, v145, v147 != 0.0);
    tmp10[l141] = v148;
  }
  if (i0 + 3u < 50u) {
    let i149 = i0 + 3u;
    let l150 = i149 * 300u + j0;
    let v151 = acc11.x;
    let v152 = (v151 * 2.0);
    let v153 = tmp2[l150];
    let v154 = (v152 * v153);
    let v155 = tmp1[l150];
    let v156 = select(0.0, 1.0, v155 > 0.0);
    let v157 = select(0.0, v154, v156 != 0.0);
    tmp10[l150] = v157;
  }
  if (i0 + 3u < 50u) {
    let i158 = i0 + 3u;
    let j159 = j0 + 1u;
    let l160 = i158 * 300u + j159;
    let v161 = acc11.y;
    let v162 = (v161 * 2.0);
    let v163 = tmp2[l160];
    let v164 = (v162 * v163);
    let v165 = tmp1[l160];
    let v166 = select(0.0, 1.0, v165 > 0.0);
    let v167 = select(0.0, v164, v166 != 0.0);
    tmp10[l160] = v167;
  }
  if (i0 + 3u < 50u) {
    let i168 = i0 + 3u;
    let j169 = j0 + 2u;
    let l170 = i168 * 300u + j169;
    let v171 = acc11.z;
    let v172 = (v171 * 2.0);
    let v173 = tmp2[l170];
    let v174 = (v172 * v173);
    let v175 = tmp1[l170];
    let v176 = select(0.0, 1.0, v175 > 0.0);
    let v177 = select(0.0, v174, v176 != 0.0);
    tmp10[l170] = v177;
  }
  if (i0 + 3u < 50u) {
    let i178 = i0 + 3u;
    let j179 = j0 + 3u;
    let l180 = i178 * 300u + j179;
    let v181 = acc11.w;
    let v182 = (v181 * 2.0);
    let v183 = tmp2[l180];
    let v184 = (v182 * v183);
    let v185 = tmp1[l180];
    let v186 = select(0.0, 1.0, v185 > 0.0);
    let v187 = select(0.0, v184, v186 != 0.0);
    tmp10[l180] = v187;
  }
}

// ---- 020_matmul_hidden1_dense_kernel_momentum.wgsl
@group(0) @binding(0) var<storage, read> tmp0: array<f32>;
@group(0) @binding(1) var<storage, read> tmp10: array<f32>;
@group(0) @binding(2) var<storage, read_write> s_hidden1_dense_kernel_momentum_velocity: array<f32>;

@compute @workgroup_size(64)
fn main(@builtin(global_invocation_id) gid: vec3<u32>) {
  let t = gid.x;
  if (t >= 7350u) { return; }
  let i0 = (t / 75u) * 8u;
  let j0 = (t % 75u) * 4u;
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
  var acc12: vec4<f32> = vec4<f32>(0.0);
  var acc13: vec4<f32> = vec4<f32>(0.0);
  var acc14: vec4<f32> = vec4<f32>(0.0);
  var acc15: vec4<f32> = vec4<f32>(0.0);
  var acc16: vec4<f32> = vec4<f32>(0.0);
  var acc17: vec4<f32> = vec4<f32>(0.0);
  var acc18: vec4<f32> = vec4<f32>(0.0);
  var acc19: vec4<f32> = vec4<f32>(0.0);
  for (var k: u32 = 0u; k < 50u; k = k + 1u) {
    let rb20 = k * 300u;
    let bv21 = vec4<f32>(tmp10[rb20 + col8], tmp10[rb20 + col9], tmp10[rb20 + col10], tmp10[rb20 + col11]);
    let rk22 = k * 784u;
    acc12 = acc12 + tmp0[rk22 + row0] * bv21;
    acc13 = acc13 + tmp0[rk22 + row1] * bv21;
    acc14 = acc14 + tmp0[rk22 + row2] * bv21;
    acc15 = acc15 + tmp0[rk22 + row3] * bv21;
    acc16 = acc16 + tmp0[rk22 + row4] * bv21;
    acc17 = acc17 + tmp0[rk22 + row5] * bv21;
    acc18 = acc18 + tmp0[rk22 + row6] * bv21;
    acc19 = acc19 + tmp0[rk22 + row7] * bv21;
  }
  {
    let l23 = i0 * 300u + j0;
    let v24 = s_hidden1_dense_kernel_momentum_velocity[l23];
    let v25 = (v24 * 0.9);
    let v26 = acc12.x;
    let v27 = (v25 + v26);
    s_hidden1_dense_kernel_momentum_velocity[l23] = v27;
  }
  {
    let j28 = j0 + 1u;
    let l29 = i0 * 300u + j28;
    let v30 = s_hidden1_dense_kernel_momentum_velocity[l29];
    let v31 = (v30 * 0.9);
    let v32 = acc12.y;
    let v33 = (v31 + v32);
    s_hidden1_dense_kernel_momentum_velocity[l29] = v33;
  }
  {
    let j34 = j0 + 2u;
    let l35 = i0 * 300u + j34;
    let v36 = s_hidden1_dense_kernel_momentum_velocity[l35];
    let v37 = (v36 * 0.9);
    let v38 = acc12.z;
    let v39 = (v37 + v38);
    s_hidden1_dense_kernel_momentum_velocity[l35] = v39;
  }
  {
    let j40 = j0 + 3u;
    let l41 = i0 * 300u + j40;
    let v42 = s_hidden1_dense_kernel_momentum_velocity[l41];
    let v43 = (v42 * 0.9);
    let v44 = acc12.w;
    let v45 = (v43 + v44);
    s_hidden1_dense_kernel_momentum_velocity[l41] = v45;
  }
  {
    let i46 = i0 + 1u;
    let l47 = i46 * 300u + j0;
    let v48 = s_hidden1_dense_kernel_momentum_velocity[l47];
    let v49 = (v48 * 0.9);
    let v50 = acc13.x;
    let v51 = (v49 + v50);
    s_hidden1_dense_kernel_momentum_velocity[l47] = v51;
  }
  {
    let i52 = i0 + 1u;
    let j53 = j0 + 1u;
    let l54 = i52 * 300u + j53;
    let v55 = s_hidden1_dense_kernel_momentum_velocity[l54];
    let v56 = (v55 * 0.9);
    let v57 = acc13.y;
    let v58 = (v56 + v57);
    s_hidden1_dense_kernel_momentum_velocity[l54] = v58;
  }
  {
    let i59 = i0 + 1u;
    let j60 = j0 + 2u;
    let l61 = i59 * 300u + j60;
    let v62 = s_hidden1_dense_kernel_momentum_velocity[l61];
    let v63 = (v62 * 0.9);
    let v64 = acc13.z;
    let v65 = (v63 + v64);
    s_hidden1_dense_kernel_momentum_velocity[l61] = v65;
  }
  {
    let i66 = i0 + 1u;
    let j67 = j0 + 3u;
    let l68 = i66 * 300u + j67;
    let v69 = s_hidden1_dense_kernel_momentum_velocity[l68];
    let v70 = (v69 * 0.9);
    let v71 = acc13.w;
    let v72 = (v70 + v71);
    s_hidden1_dense_kernel_momentum_velocity[l68] = v72;
  }
  {
    let i73 = i0 + 2u;
    let l74 = i73 * 300u + j0;
    let v75 = s_hidden1_dense_kernel_momentum_velocity[l74];
    let v76 = (v75 * 0.9);
    let v77 = acc14.x;
    let v78 = (v76 + v77);
    s_hidden1_dense_kernel_momentum_velocity[l74] = v78;
  }
  {
    let i79 = i0 + 2u;
    let j80 = j0 + 1u;
    let l81 = i79 * 300u + j80;
    let v82 = s_hidden1_dense_kernel_momentum_velocity[l81];
    let v83 = (v82 * 0.9);
    let v84 = acc14.y;
    let v85 = (v83 + v84);
    s_hidden1_dense_kernel_momentum_velocity[l81] = v85;
  }
  {
    let i86 = i0 + 2u;
    let j87 = j0 + 2u;
    let l88 = i86 * 300u + j87;
    let v89 = s_hidden1_dense_kernel_momentum_velocity[l88];
    let v90 = (v89 * 0.9);
    let v91 = acc14.z;
    let v92 = (v90 + v91);
    s_hidden1_dense_kernel_momentum_velocity[l88] = v92;
  }
  {
    let i93 = i0 + 2u;
    let j94 = j0 + 3u;
    let l95 = i93 * 300u + j94;
    let v96 = s_hidden1_dense_kernel_momentum_velocity[l95];
    let v97 = (v96 * 0.9);
    let v98 = acc14.w;
    let v99 = (v97 + v98);
    s_hidden1_dense_kernel_momentum_velocity[l95] = v99;
  }
  {
    let i100 = i0 + 3u;
    let l101 = i100 * 300u + j0;
    let v102 = s_hidden1_dense_kernel_momentum_velocity[l101];
    let v103 = (v102 * 0.9);
    let v104 = acc15.x;
    let v105 = (v103 + v104);
    s_hidden1_dense_kernel_momentum_velocity[l101] = v105;
  }
  {
    let i106 = i0 + 3u;
    let j107 = j0 + 1u;
    let l108 = i106 * 300u + j107;
    let v109 = s_hidden1_dense_kernel_momentum_velocity[l108];
    let v110 = (v109 * 0.9);
    let v111 = acc15.y;
    let v112 = (v110 + v111);
    s_hidden1_dense_kernel_momentum_velocity[l108] = v112;
  }
  {
    let i113 = i0 + 3u;
    let j114 = j0 + 2u;
    let l115 = i113 * 300u + j114;
    let v116 = s_hidden1_dense_kernel_momentum_velocity[l115];
    let v117 = (v116 * 0.9);
    let v118 = acc15.z;
    let v119 = (v117 + v118);
    s_hidden1_dense_kernel_momentum_velocity[l115] = v119;
  }
  {
    let i120 = i0 + 3u;
    let j121 = j0 + 3u;
    let l122 = i120 * 300u + j121;
    let v123 = s_hidden1_dense_kernel_momentum_velocity[l122];
    let v124 = (v123 * 0.9);
    let v125 = acc15.w;
    let v126 = (v124 + v125);
    s_hidden1_dense_kernel_momentum_velocity[l122] = v126;
  }
  {
    let i127 = i0 + 4u;
    let l128 = i127 * 300u + j0;
    let v129 = s_hidden1_dense_kernel_momentum_velocity[l128];
    let v130 = (v129 * 0.9);
    let v131 = acc16.x;
    let v132 = (v130 + v131);
    s_hidden1_dense_kernel_momentum_velocity[l128] = v132;
  }
  {
    let i133 = i0 + 4u;
    let j134 = j0 + 1u;
    let l135 = i133 * 300u + j134;
    let v136 = s_hidden1_dense_kernel_momentum_velocity[l135];
    let v137 = (v136 * 0.9);
    let v138 = acc16.y;
    let v139 = (v137 + v138);
    s_hidden1_dense_kernel_momentum_velocity[l135] = v139;
  }
  {
    let i140 = i0 + 4u;
    let j141 = j0 + 2u;
    let l142 = i140 * 300u + j141;
    let v143 = s_hidden1_dense_kernel_momentum_velocity[l142];
    let v144 = (v143 * 0.9);
    let v145 = acc16.z;
    let v146 = (v144 + v145);
    s_hidden1_dense_kernel_momentum_velocity[l142] = v146;
  }
  {
    let i147 = i0 + 4u;
    let j148 = j0 + 3u;
    let l149 = i147 * 300u + j148;
    let v150 = s_hidden1_dense_kernel_momentum_velocity[l149];
    let v151 = (v150 * 0.9);
    let v152 = acc16.w;
    let v153 = (v151 + v152);
    s_hidden1_dense_kernel_momentum_velocity[l149] = v153;
  }
  {
    let i154 = i0 + 5u;
    let l155 = i154 * 300u + j0;
    let v156 = s_hidden1_dense_kernel_momentum_velocity[l155];
    let v157 = (v156 * 0.9);
    let v158 = acc17.x;
    let v159 = (v157 + v158);
    s_hidden1_dense_kernel_momentum_velocity[l155] = v159;
  }
  {
    let i160 = i0 + 5u;
    let j161 = j0 + 1u;
    let l162 = i160 * 300u + j161;
    let v163 = s_hidden1_dense_kernel_momentum_velocity[l162];
    let v164 = (v163 * 0.9);
    let v165 = acc17.y;
    let v166 = (v164 + v165);
    s_hidden1_dense_kernel_momentum_velocity[l162] = v166;
  }
  {
    let i167 = i0 + 5u;
    let j168 = j0 + 2u;
    let l169 = i167 * 300u + j168;
    let v170 = s_hidden1_dense_kernel_momentum_velocity[l169];
    let v171 = (v170 * 0.9);
    let v172 = acc17.z;
    let v173 = (v171 + v172);
    s_hidden1_dense_kernel_momentum_velocity[l169] = v173;
  }
  {
    let i174 = i0 + 5u;
    let j175 = j0 + 3u;
    let l176 = i174 * 300u + j175;
    let v177 = s_hidden1_dense_kernel_momentum_velocity[l176];
    let v178 = (v177 * 0.9);
    let v179 = acc17.w;
    let v180 = (v178 + v179);
    s_hidden1_dense_kernel_momentum_velocity[l176] = v180;
  }
  {
    let i181 = i0 + 6u;
    let l182 = i181 * 300u + j0;
    let v183 = s_hidden1_dense_kernel_momentum_velocity[l182];
    let v184 = (v183 * 0.9);
    let v185 = acc18.x;
    let v186 = (v184 + v185);
    s_hidden1_dense_kernel_momentum_velocity[l182] = v186;
  }
  {
    let i187 = i0 + 6u;
    let j188 = j0 + 1u;
    let l189 = i187 * 300u + j188;
    let v190 = s_hidden1_dense_kernel_momentum_velocity[l189];
    let v191 = (v190 * 0.9);
    let v192 = acc18.y;
    let v193 = (v191 + v192);
    s_hidden1_dense_kernel_momentum_velocity[l189] = v193;
  }
  {
    let i194 = i0 + 6u;
    let j195 = j0 + 2u;
    let l196 = i194 * 300u + j195;
    let v197 = s_hidden1_dense_kernel_momentum_velocity[l196];
    let v198 = (v197 * 0.9);
    let v199 = acc18.z;
    let v200 = (v198 + v199);
    s_hidden1_dense_kernel_momentum_velocity[l196] = v200;
  }
  {
    let i201 = i0 + 6u;
    let j202 = j0 + 3u;
    let l203 = i201 * 300u + j202;
    let v204 = s_hidden1_dense_kernel_momentum_velocity[l203];
    let v205 = (v204 * 0.9);
    let v206 = acc18.w;
    let v207 = (v205 + v206);
    s_hidden1_dense_kernel_momentum_velocity[l203] = v207;
  }
  {
    let i208 = i0 + 7u;
    let l209 = i208 * 300u + j0;
    let v210 = s_hidden1_dense_kernel_momentum_velocity[l209];
    let v211 = (v210 * 0.9);
    let v212 = acc19.x;
    let v213 = (v211 + v212);
    s_hidden1_dense_kernel_momentum_velocity[l209] = v213;
  }
  {
    let i214 = i0 + 7u;
    let j215 = j0 + 1u;
    let l216 = i214 * 300u + j215;
    let v217 = s_hidden1_dense_kernel_momentum_velocity[l216];
    let v218 = (v217 * 0.9);
    let v219 = acc19.y;
    let v220 = (v218 + v219);
    s_hidden1_dense_kernel_momentum_velocity[l216] = v220;
  }
  {
    let i221 = i0 + 7u;
    let j222 = j0 + 2u;
    let l223 = i221 * 300u + j222;
    let v224 = s_hidden1_dense_kernel_momentum_velocity[l223];
    let v225 = (v224 * 0.9);
    let v226 = acc19.z;
    let v227 = (v225 + v226);
    s_hidden1_dense_kernel_momentum_velocity[l223] = v227;
  }
  {
    let i228 = i0 + 7u;
    let j229 = j0 + 3u;
    let l230 = i228 * 300u + j229;
    let v231 = s_hidden1_dense_kernel_momentum_velocity[l230];
    let v232 = (v231 * 0.9);
    let v233 = acc19.w;
    let v234 = (v232 + v233);
    s_hidden1_dense_kernel_momentum_velocity[l230] = v234;
  }
}

// ---- 021_sub_hidden1_dense_kernel_momentum.wgsl
@group(0) @binding(0) var<storage, read_write> s_hidden1_dense_kernel: array<f32>;
@group(0) @binding(1) var<storage, read> s_hidden1_dense_kernel_momentum_velocity: array<f32>;

@compute @workgroup_size(64)
fn main(@builtin(global_invocation_id) gid: vec3<u32>) {
  let i = gid.x;
  if (i >= 235200u) { return; }
  let v0 = s_hidden1_dense_kernel[i];
  let v1 = s_hidden1_dense_kernel_momentum_velocity[i];
  let c2 = (i / 300u);
  let c3 = (i % 300u);
  let v4 = (v1 * 0.01);
  let v5 = (v0 - v4);
  s_hidden1_dense_kernel[i] = v5;
}

// ---- 022_reduce_sum_hidden1_dense_bias_momentum_x2.wgsl
var<workgroup> wg_f32_0: array<f32, 64>;
@group(0) @binding(0) var<storage, read_write> s_hidden1_dense_bias_momentum_velocity: array<f32>;
@group(0) @binding(1) var<storage, read> tmp10: array<f32>;
@group(0) @binding(2) var<storage, read_write> s_hidden1_dense_bias: array<f32>;

@compute @workgroup_size(64)
fn main(@builtin(workgroup_id) wid: vec3<u32>, @builtin(local_invocation_index) lane: u32) {
  let i = wid.x;
  let v0 = s_hidden1_dense_bias_momentum_velocity[i];
  let v1 = (v0 * 0.9);
  var acc2: f32 = 0.0;
  for (var r3: u32 = lane; r3 < 50u; r3 = r3 + 64u) {
    let l4 = r3 * 300u + i;
    let v5 = tmp10[l4];
    acc2 = acc2 + v5;
  }
  wg_f32_0[lane] = acc2;
  workgroupBarrier();
  for (var s6: u32 = 32u; s6 > 0u; s6 = s6 >> 1u) {
    if (lane < s6) {
      wg_f32_0[lane] = wg_f32_0[lane] + wg_f32_0[lane + s6];
    }
    workgroupBarrier();
  }
  let red7 = wg_f32_0[0];
  let v8 = (v1 + red7);
  let v9 = s_hidden1_dense_bias[i];
  let v10 = (v8 * 0.01);
  let v11 = (v9 - v10);
  storageBarrier();
  if (lane == 0u) {
    s_hidden1_dense_bias_momentum_velocity[i] = v8;
    s_hidden1_dense_bias[i] = v11;
  }
}

// ---- 023_matmul_hidden2_dense_kernel_momentum.wgsl
@group(0) @binding(0) var<storage, read> tmp3: array<f32>;
@group(0) @binding(1) var<storage, read> tmp9: array<f32>;
@group(0) @binding(2) var<storage, read_write> s_hidden2_dense_kernel_momentum_velocity: array<f32>;

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
    let rb12 = k * 100u;
    let bv13 = vec4<f32>(tmp9[rb12 + col4], tmp9[rb12 + col5], tmp9[rb12 + col6], tmp9[rb12 + col7]);
    let rk14 = k * 300u;
    acc8 = acc8 + tmp3[rk14 + row0] * bv13;
    acc9 = acc9 + tmp3[rk14 + row1] * bv13;
    acc10 = acc10 + tmp3[rk14 + row2] * bv13;
    acc11 = acc11 + tmp3[rk14 + row3] * bv13;
  }
  {
    let l15 = i0 * 100u + j0;
    let v16 = s_hidden2_dense_kernel_momentum_velocity[l15];
    let v17 = (v16 * 0.9);
    let v18 = acc8.x;
    let v19 = (v17 + v18);
    s_hidden2_dense_kernel_momentum_velocity[l15] = v19;
  }
  {
    let j20 = j0 + 1u;
    let l21 = i0 * 100u + j20;
    let v22 = s_hidden2_dense_kernel_momentum_velocity[l21];
    let v23 = (v22 * 0.9);
    let v24 = acc8.y;
    let v25 = (v23 + v24);
    s_hidden2_dense_kernel_momentum_velocity[l21] = v25;
  }
  {
    let j26 = j0 + 2u;
    let l27 = i0 * 100u + j26;
    let v28 = s_hidden2_dense_kernel_momentum_velocity[l27];
    let v29 = (v28 * 0.9);
    let v30 = acc8.z;
    let v31 = (v29 + v30);
    s_hidden2_dense_kernel_momentum_velocity[l27] = v31;
  }
  {
    let j32 = j0 + 3u;
    let l33 = i0 * 100u + j32;
    let v34 = s_hidden2_dense_kernel_momentum_velocity[l33];
    let v35 = (v34 * 0.9);
    let v36 = acc8.w;
    let v37 = (v35 + v36);
    s_hidden2_dense_kernel_momentum_velocity[l33] = v37;
  }
  {
    let i38 = i0 + 1u;
    let l39 = i38 * 100u + j0;
    let v40 = s_hidden2_dense_kernel_momentum_velocity[l39];
    let v41 = (v40 * 0.9);
    let v42 = acc9.x;
    let v43 = (v41 + v42);
    s_hidden2_dense_kernel_momentum_velocity[l39] = v43;
  }
  {
    let i44 = i0 + 1u;
    let j45 = j0 + 1u;
    let l46 = i44 * 100u + j45;
    let v47 = s_hidden2_dense_kernel_momentum_velocity[l46];
    let v48 = (v47 * 0.9);
    let v49 = acc9.y;
    let v50 = (v48 + v49);
    s_hidden2_dense_kernel_momentum_velocity[l46] = v50;
  }
  {
    let i51 = i0 + 1u;
    let j52 = j0 + 2u;
    let l53 = i51 * 100u + j52;
    let v54 = s_hidden2_dense_kernel_momentum_velocity[l53];
    let v55 = (v54 * 0.9);
    let v56 = acc9.z;
    let v57 = (v55 + v56);
    s_hidden2_dense_kernel_momentum_velocity[l53] = v57;
  }
  {
    let i58 = i0 + 1u;
    let j59 = j0 + 3u;
    let l60 = i58 * 100u + j59;
    let v61 = s_hidden2_dense_kernel_momentum_velocity[l60];
    let v62 = (v61 * 0.9);
    let v63 = acc9.w;
    let v64 = (v62 + v63);
    s_hidden2_dense_kernel_momentum_velocity[l60] = v64;
  }
  {
    let i65 = i0 + 2u;
    let l66 = i65 * 100u + j0;
    let v67 = s_hidden2_dense_kernel_momentum_velocity[l66];
    let v68 = (v67 * 0.9);
    let v69 = acc10.x;
    let v70 = (v68 + v69);
    s_hidden2_dense_kernel_momentum_velocity[l66] = v70;
  }
  {
    let i71 = i0 + 2u;
    let j72 = j0 + 1u;
    let l73 = i71 * 100u + j72;
    let v74 = s_hidden2_dense_kernel_momentum_velocity[l73];
    let v75 = (v74 * 0.9);
    let v76 = acc10.y;
    let v77 = (v75 + v76);
    s_hidden2_dense_kernel_momentum_velocity[l73] = v77;
  }
  {
    let i78 = i0 + 2u;
    let j79 = j0 + 2u;
    let l80 = i78 * 100u + j79;
    let v81 = s_hidden2_dense_kernel_momentum_velocity[l80];
    let v82 = (v81 * 0.9);
    let v83 = acc10.z;
    let v84 = (v82 + v83);
    s_hidden2_dense_kernel_momentum_velocity[l80] = v84;
  }
  {
    let i85 = i0 + 2u;
    let j86 = j0 + 3u;
    let l87 = i85 * 100u + j86;
    let v88 = s_hidden2_dense_kernel_momentum_velocity[l87];
    let v89 = (v88 * 0.9);
    let v90 = acc10.w;
    let v91 = (v89 + v90);
    s_hidden2_dense_kernel_momentum_velocity[l87] = v91;
  }
  {
    let i92 = i0 + 3u;
    let l93 = i92 * 100u + j0;
    let v94 = s_hidden2_dense_kernel_momentum_velocity[l93];
    let v95 = (v94 * 0.9);
    let v96 = acc11.x;
    let v97 = (v95 + v96);
    s_hidden2_dense_kernel_momentum_velocity[l93] = v97;
  }
  {
    let i98 = i0 + 3u;
    let j99 = j0 + 1u;
    let l100 = i98 * 100u + j99;
    let v101 = s_hidden2_dense_kernel_momentum_velocity[l100];
    let v102 = (v101 * 0.9);
    let v103 = acc11.y;
    let v104 = (v102 + v103);
    s_hidden2_dense_kernel_momentum_velocity[l100] = v104;
  }
  {
    let i105 = i0 + 3u;
    let j106 = j0 + 2u;
    let l107 = i105 * 100u + j106;
    let v108 = s_hidden2_dense_kernel_momentum_velocity[l107];
    let v109 = (v108 * 0.9);
    let v110 = acc11.z;
    let v111 = (v109 + v110);
    s_hidden2_dense_kernel_momentum_velocity[l107] = v111;
  }
  {
    let i112 = i0 + 3u;
    let j113 = j0 + 3u;
    let l114 = i112 * 100u + j113;
    let v115 = s_hidden2_dense_kernel_momentum_velocity[l114];
    let v116 = (v115 * 0.9);
    let v117 = acc11.w;
    let v118 = (v116 + v117);
    s_hidden2_dense_kernel_momentum_velocity[l114] = v118;
  }
}

// ---- 024_sub_hidden2_dense_kernel_momentum.wgsl
@group(0) @binding(0) var<storage, read_write> s_hidden2_dense_kernel: array<f32>;
@group(0) @binding(1) var<storage, read> s_hidden2_dense_kernel_momentum_velocity: array<f32>;

@compute @workgroup_size(64)
fn main(@builtin(global_invocation_id) gid: vec3<u32>) {
  let i = gid.x;
  if (i >= 30000u) { return; }
  let v0 = s_hidden2_dense_kernel[i];
  let v1 = s_hidden2_dense_kernel_momentum_velocity[i];
  let c2 = (i / 100u);
  let c3 = (i % 100u);
  let v4 = (v1 * 0.01);
  let v5 = (v0 - v4);
  s_hidden2_dense_kernel[i] = v5;
}

// ---- 025_reduce_sum_hidden2_dense_bias_momentum_x2.wgsl
var<workgroup> wg_f32_0: array<f32, 64>;
@group(0) @binding(0) var<storage, read_write> s_hidden2_dense_bias_momentum_velocity: array<f32>;
@group(0) @binding(1) var<storage, read> tmp9: array<f32>;
@group(0) @binding(2) var<storage, read_write> s_hidden2_dense_bias: array<f32>;

@compute @workgroup_size(64)
fn main(@builtin(workgroup_id) wid: vec3<u32>, @builtin(local_invocation_index) lane: u32) {
  let i = wid.x;
  let v0 = s_hidden2_dense_bias_momentum_velocity[i];
  let v1 = (v0 * 0.9);
  var acc2: f32 = 0.0;
  for (var r3: u32 = lane; r3 < 50u; r3 = r3 + 64u) {
    let l4 = r3 * 100u + i;
    let v5 = tmp9[l4];
    acc2 = acc2 + v5;
  }
  wg_f32_0[lane] = acc2;
  workgroupBarrier();
  for (var s6: u32 = 32u; s6 > 0u; s6 = s6 >> 1u) {
    if (lane < s6) {
      wg_f32_0[lane] = wg_f32_0[lane] + wg_f32_0[lane + s6];
    }
    workgroupBarrier();
  }
  let red7 = wg_f32_0[0];
  let v8 = (v1 + red7);
  let v9 = s_hidden2_dense_bias[i];
  let v10 = (v8 * 0.01);
  let v11 = (v9 - v10);
  storageBarrier();
  if (lane == 0u) {
    s_hidden2_dense_bias_momentum_velocity[i] = v8;
    s_hidden2_dense_bias[i] = v11;
  }
}

// ---- 026_matmul_logits_dense_kernel_momentum.wgsl
@group(0) @binding(0) var<storage, read> tmp6: array<f32>;
@group(0) @binding(1) var<storage, read> tmp8: array<f32>;
@group(0) @binding(2) var<storage, read_write> s_logits_dense_kernel_momentum_velocity: array<f32>;

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
  for (var k: u32 = 0u; k < 50u; k = k + 1u) {
    let rb12 = k * 10u;
    let bv13 = vec4<f32>(tmp8[rb12 + col4], tmp8[rb12 + col5], tmp8[rb12 + col6], tmp8[rb12 + col7]);
    let rk14 = k * 100u;
    acc8 = acc8 + tmp6[rk14 + row0] * bv13;
    acc9 = acc9 + tmp6[rk14 + row1] * bv13;
    acc10 = acc10 + tmp6[rk14 + row2] * bv13;
    acc11 = acc11 + tmp6[rk14 + row3] * bv13;
  }
  {
    let l15 = i0 * 10u + j0;
    let v16 = s_logits_dense_kernel_momentum_velocity[l15];
    let v17 = (v16 * 0.9);
    let v18 = acc8.x;
    let v19 = (v17 + v18);
    s_logits_dense_kernel_momentum_velocity[l15] = v19;
  }
  if (j0 + 1u < 10u) {
    let j20 = j0 + 1u;
    let l21 = i0 * 10u + j20;
    let v22 = s_logits_dense_kernel_momentum_velocity[l21];
    let v23 = (v22 * 0.9);
    let v24 = acc8.y;
    let v25 = (v23 + v24);
    s_logits_dense_kernel_momentum_velocity[l21] = v25;
  }
  if (j0 + 2u < 10u) {
    let j26 = j0 + 2u;
    let l27 = i0 * 10u + j26;
    let v28 = s_logits_dense_kernel_momentum_velocity[l27];
    let v29 = (v28 * 0.9);
    let v30 = acc8.z;
    let v31 = (v29 + v30);
    s_logits_dense_kernel_momentum_velocity[l27] = v31;
  }
  if (j0 + 3u < 10u) {
    let j32 = j0 + 3u;
    let l33 = i0 * 10u + j32;
    let v34 = s_logits_dense_kernel_momentum_velocity[l33];
    let v35 = (v34 * 0.9);
    let v36 = acc8.w;
    let v37 = (v35 + v36);
    s_logits_dense_kernel_momentum_velocity[l33] = v37;
  }
  {
    let i38 = i0 + 1u;
    let l39 = i38 * 10u + j0;
    let v40 = s_logits_dense_kernel_momentum_velocity[l39];
    let v41 = (v40 * 0.9);
    let v42 = acc9.x;
    let v43 = (v41 + v42);
    s_logits_dense_kernel_momentum_velocity[l39] = v43;
  }
  if (j0 + 1u < 10u) {
    let i44 = i0 + 1u;
    let j45 = j0 + 1u;
    let l46 = i44 * 10u + j45;
    let v47 = s_logits_dense_kernel_momentum_velocity[l46];
    let v48 = (v47 * 0.9);
    let v49 = acc9.y;
    let v50 = (v48 + v49);
    s_logits_dense_kernel_momentum_velocity[l46] = v50;
  }
  if (j0 + 2u < 10u) {
    let i51 = i0 + 1u;
    let j52 = j0 + 2u;
    let l53 = i51 * 10u + j52;
    let v54 = s_logits_dense_kernel_momentum_velocity[l53];
    let v55 = (v54 * 0.9);
    let v56 = acc9.z;
    let v57 = (v55 + v56);
    s_logits_dense_kernel_momentum_velocity[l53] = v57;
  }
  if (j0 + 3u < 10u) {
    let i58 = i0 + 1u;
    let j59 = j0 + 3u;
    let l60 = i58 * 10u + j59;
    let v61 = s_logits_dense_kernel_momentum_velocity[l60];
    let v62 = (v61 * 0.9);
    let v63 = acc9.w;
    let v64 = (v62 + v63);
    s_logits_dense_kernel_momentum_velocity[l60] = v64;
  }
  {
    let i65 = i0 + 2u;
    let l66 = i65 * 10u + j0;
    let v67 = s_logits_dense_kernel_momentum_velocity[l66];
    let v68 = (v67 * 0.9);
    let v69 = acc10.x;
    let v70 = (v68 + v69);
    s_logits_dense_kernel_momentum_velocity[l66] = v70;
  }
  if (j0 + 1u < 10u) {
    let i71 = i0 + 2u;
    let j72 = j0 + 1u;
    let l73 = i71 * 10u + j72;
    let v74 = s_logits_dense_kernel_momentum_velocity[l73];
    let v75 = (v74 * 0.9);
    let v76 = acc10.y;
    let v77 = (v75 + v76);
    s_logits_dense_kernel_momentum_velocity[l73] = v77;
  }
  if (j0 + 2u < 10u) {
    let i78 = i0 + 2u;
    let j79 = j0 + 2u;
    let l80 = i78 * 10u + j79;
    let v81 = s_logits_dense_kernel_momentum_velocity[l80];
    let v82 = (v81 * 0.9);
    let v83 = acc10.z;
    let v84 = (v82 + v83);
    s_logits_dense_kernel_momentum_velocity[l80] = v84;
  }
  if (j0 + 3u < 10u) {
    let i85 = i0 + 2u;
    let j86 = j0 + 3u;
    let l87 = i85 * 10u + j86;
    let v88 = s_logits_dense_kernel_momentum_velocity[l87];
    let v89 = (v88 * 0.9);
    let v90 = acc10.w;
    let v91 = (v89 + v90);
    s_logits_dense_kernel_momentum_velocity[l87] = v91;
  }
  {
    let i92 = i0 + 3u;
    let l93 = i92 * 10u + j0;
    let v94 = s_logits_dense_kernel_momentum_velocity[l93];
    let v95 = (v94 * 0.9);
    let v96 = acc11.x;
    let v97 = (v95 + v96);
    s_logits_dense_kernel_momentum_velocity[l93] = v97;
  }
  if (j0 + 1u < 10u) {
    let i98 = i0 + 3u;
    let j99 = j0 + 1u;
    let l100 = i98 * 10u + j99;
    let v101 = s_logits_dense_kernel_momentum_velocity[l100];
    let v102 = (v101 * 0.9);
    let v103 = acc11.y;
    let v104 = (v102 + v103);
    s_logits_dense_kernel_momentum_velocity[l100] = v104;
  }
  if (j0 + 2u < 10u) {
    let i105 = i0 + 3u;
    let j106 = j0 + 2u;
    let l107 = i105 * 10u + j106;
    let v108 = s_logits_dense_kernel_momentum_velocity[l107];
    let v109 = (v108 * 0.9);
    let v110 = acc11.z;
    let v111 = (v109 + v110);
    s_logits_dense_kernel_momentum_velocity[l107] = v111;
  }
  if (j0 + 3u < 10u) {
    let i112 = i0 + 3u;
    let j113 = j0 + 3u;
    let l114 = i112 * 10u + j113;
    let v115 = s_logits_dense_kernel_momentum_velocity[l114];
    let v116 = (v115 * 0.9);
    let v117 = acc11.w;
    let v118 = (v116 + v117);
    s_logits_dense_kernel_momentum_velocity[l114] = v118;
  }
}

// ---- 027_sub_logits_dense_kernel_momentum.wgsl
@group(0) @binding(0) var<storage, read_write> s_logits_dense_kernel: array<f32>;
@group(0) @binding(1) var<storage, read> s_logits_dense_kernel_momentum_velocity: array<f32>;

@compute @workgroup_size(64)
fn main(@builtin(global_invocation_id) gid: vec3<u32>) {
  let i = gid.x;
  if (i >= 1000u) { return; }
  let v0 = s_logits_dense_kernel[i];
  let v1 = s_logits_dense_kernel_momentum_velocity[i];
  let c2 = (i / 10u);
  let c3 = (i % 10u);
  let v4 = (v1 * 0.01);
  let v5 = (v0 - v4);
  s_logits_dense_kernel[i] = v5;
}

// ---- 028_reduce_sum_logits_dense_bias_momentum_x2.wgsl
var<workgroup> wg_f32_0: array<f32, 64>;
@group(0) @binding(0) var<storage, read_write> s_logits_dense_bias_momentum_velocity: array<f32>;
@group(0) @binding(1) var<storage, read> tmp8: array<f32>;
@group(0) @binding(2) var<storage, read_write> s_logits_dense_bias: array<f32>;

@compute @workgroup_size(64)
fn main(@builtin(workgroup_id) wid: vec3<u32>, @builtin(local_invocation_index) lane: u32) {
  let i = wid.x;
  let v0 = s_logits_dense_bias_momentum_velocity[i];
  let v1 = (v0 * 0.9);
  var acc2: f32 = 0.0;
  for (var r3: u32 = lane; r3 < 50u; r3 = r3 + 64u) {
    let l4 = r3 * 10u + i;
    let v5 = tmp8[l4];
    acc2 = acc2 + v5;
  }
  wg_f32_0[lane] = acc2;
  workgroupBarrier();
  for (var s6: u32 = 32u; s6 > 0u; s6 = s6 >> 1u) {
    if (lane < s6) {
      wg_f32_0[lane] = wg_f32_0[lane] + wg_f32_0[lane + s6];
    }
    workgroupBarrier();
  }
  let red7 = wg_f32_0[0];
  let v8 = (v1 + red7);
  let v9 = s_logits_dense_bias[i];
  let v10 = (v8 * 0.01);
  let v11 = (v9 - v10);
  storageBarrier();
  if (lane == 0u) {
    s_logits_dense_bias_momentum_velocity[i] = v8;
    s_logits_dense_bias[i] = v11;
  }
}

// ---- 029_add_metrics.wgsl
@group(0) @binding(0) var<storage, read_write> s_counter_batch: array<u32>;

@compute @workgroup_size(64)
fn main(@builtin(global_invocation_id) gid: vec3<u32>) {
  let i = gid.x;
  if (i >= 1u) { return; }
  let v0 = s_counter_batch[i];
  let v1 = (v0 + 1u);
  s_counter_batch[i] = v1;
}

// ---- 030_feed_eval_X.wgsl
@group(0) @binding(0) var<storage, read> data: array<u32>;
@group(0) @binding(1) var<storage, read> info: array<u32>;
@group(0) @binding(2) var<storage, read> eval_batch: array<u32>;
@group(0) @binding(3) var<storage, read_write> out: array<f32>;
@group(0) @binding(4) var<storage, read_write> weight: array<f32>;

@compute @workgroup_size(64)
fn main(@builtin(global_invocation_id) gid: vec3<u32>) {
  let i = gid.x;
  if (i >= 2450u) { return; }
  let count = info[0];
  let features = info[2];
  let row = i / 49u;
  let f = (i % 49u) * 16u;
  let o = row * 784u + f;
  let base = eval_batch[0] * 50u;
  let rem = min(count - min(base, count), 50u);
  let ex = base + row % max(rem, 1u);
  if (i == 0u) {
    weight[0] = f32(rem) / 50.0;
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

// ---- 031_feed_eval_y.wgsl
@group(0) @binding(0) var<storage, read> data: array<u32>;
@group(0) @binding(1) var<storage, read> info: array<u32>;
@group(0) @binding(2) var<storage, read> eval_batch: array<u32>;
@group(0) @binding(3) var<storage, read_write> out: array<i32>;

@compute @workgroup_size(64)
fn main(@builtin(global_invocation_id) gid: vec3<u32>) {
  let i = gid.x;
  if (i >= 50u) { return; }
  let count = info[0];
  let features = info[2];
  let row = i / 1u;
  let f = (i % 1u) * 1u;
  let o = row * 1u + f;
  let base = eval_batch[0] * 50u;
  let rem = min(count - min(base, count), 50u);
  let ex = base + row % max(rem, 1u);
  let e = min(ex, count - 1u) * features + f;
  out[o + 0u] = bitcast<i32>(data[e + 0u]);
}

// ---- 032_matmul_hidden1.wgsl
@group(0) @binding(0) var<storage, read> in_X_v4: array<vec4<f32>>;
@group(0) @binding(1) var<storage, read> s_hidden1_dense_kernel_v4: array<vec4<f32>>;
@group(0) @binding(2) var<storage, read_write> tmp1: array<f32>;
@group(0) @binding(3) var<storage, read> s_hidden1_dense_bias: array<f32>;

@compute @workgroup_size(64)
fn main(@builtin(global_invocation_id) gid: vec3<u32>) {
  let t = gid.x;
  if (t >= 975u) { return; }
  let i0 = (t / 75u) * 4u;
  let j0 = (t % 75u) * 4u;
  let row0 = min(i0 + 0u, 49u);
  let row1 = min(i0 + 1u, 49u);
  let row2 = min(i0 + 2u, 49u);
  let row3 = min(i0 + 3u, 49u);
  let col4 = min(j0 + 0u, 299u);
  let col5 = min(j0 + 1u, 299u);
  let col6 = min(j0 + 2u, 299u);
  let col7 = min(j0 + 3u, 299u);
  var acc8: vec4<f32> = vec4<f32>(0.0);
  var acc9: vec4<f32> = vec4<f32>(0.0);
  var acc10: vec4<f32> = vec4<f32>(0.0);
  var acc11: vec4<f32> = vec4<f32>(0.0);
  let ra12 = row0 * 196u;
  let ra13 = row1 * 196u;
  let ra14 = row2 * 196u;
  let ra15 = row3 * 196u;
  for (var k: u32 = 0u; k < 196u; k = k + 1u) {
    let av16 = in_X_v4[ra12 + k];
    let av17 = in_X_v4[ra13 + k];
    let av18 = in_X_v4[ra14 + k];
    let av19 = in_X_v4[ra15 + k];
    let kq20 = k * 4u + 0u;
    let bv21 = s_hidden1_dense_kernel_v4[(kq20 * 300u + j0) / 4u];
    let kq22 = k * 4u + 1u;
    let bv23 = s_hidden1_dense_kernel_v4[(kq22 * 300u + j0) / 4u];
    let kq24 = k * 4u + 2u;
    let bv25 = s_hidden1_dense_kernel_v4[(kq24 * 300u + j0) / 4u];
    let kq26 = k * 4u + 3u;
    let bv27 = s_hidden1_dense_kernel_v4[(kq26 * 300u + j0) / 4u];
    acc8 = acc8 + av16.x * bv21;
    acc8 = acc8 + av16.y * bv23;
    acc8 = acc8 + av16.z * bv25;
    acc8 = acc8 + av16.w * bv27;
    acc9 = acc9 + av17.x * bv21;
    acc9 = acc9 + av17.y * bv23;
    acc9 = acc9 + av17.z * bv25;
    acc9 = acc9 + av17.w * bv27;
    acc10 = acc10 + av18.x * bv21;
    acc10 = acc10 + av18.y * bv23;
    acc10 = acc10 + av18.z * bv25;
    acc10 = acc10 + av18.w * bv27;
    acc11 = acc11 + av19.x * bv21;
    acc11 = acc11 + av19.y * bv23;
    acc11 = acc11 + av19.z * bv25;
    acc11 = acc11 + av19.w * bv27;
  }
  {
    let l28 = i0 * 300u + j0;
    let v29 = acc8.x;
    let v30 = s_hidden1_dense_bias[j0];
    let v31 = (v29 + v30);
    let v32 = select(0.0, 1.0, v31 > 0.0);
    let v33 = select(0.0, v31, v32 != 0.0);
    tmp1[l28] = v33;
  }
  {
    let j34 = j0 + 1u;
    let l35 = i0 * 300u + j34;
    let v36 = acc8.y;
    let v37 = s_hidden1_dense_bias[j34];
    let v38 = (v36 + v37);
    let v39 = select(0.0, 1.0, v38 > 0.0);
    let v40 = select(0.0, v38, v39 != 0.0);
    tmp1[l35] = v40;
  }
  {
    let j41 = j0 + 2u;
    let l42 = i0 * 300u + j41;
    let v43 = acc8.z;
    let v44 = s_hidden1_dense_bias[j41];
    let v45 = (v43 + v44);
    let v46 = select(0.0, 1.0, v45 > 0.0);
    let v47 = select(0.0, v45, v46 != 0.0);
    tmp1[l42] = v47;
  }
  {
    let j48 = j0 + 3u;
    let l49 = i0 * 300u + j48;
    let v50 = acc8.w;
    let v51 = s_hidden1_dense_bias[j48];
    let v52 = (v50 + v51);
    let v53 = select(0.0, 1.0, v52 > 0.0);
    let v54 = select(0.0, v52, v53 != 0.0);
    tmp1[l49] = v54;
  }
  if (i0 + 1u < 50u) {
    let i55 = i0 + 1u;
    let l56 = i55 * 300u + j0;
    let v57 = acc9.x;
    let v58 = s_hidden1_dense_bias[j0];
    let v59 = (v57 + v58);
    let v60 = select(0.0, 1.0, v59 > 0.0);
    let v61 = select(0.0, v59, v60 != 0.0);
    tmp1[l56] = v61;
  }
  if (i0 + 1u < 50u) {
    let i62 = i0 + 1u;
    let j63 = j0 + 1u;
    let l64 = i62 * 300u + j63;
    let v65 = acc9.y;
    let v66 = s_hidden1_dense_bias[j63];
    let v67 = (v65 + v66);
    let v68 = select(0.0, 1.0, v67 > 0.0);
    let v69 = select(0.0, v67, v68 != 0.0);
    tmp1[l64] = v69;
  }
  if (i0 + 1u < 50u) {
    let i70 = i0 + 1u;
    let j71 = j0 + 2u;
    let l72 = i70 * 300u + j71;
    let v73 = acc9.z;
    let v74 = s_hidden1_dense_bias[j71];
    let v75 = (v73 + v74);
    let v76 = select(0.0, 1.0, v75 > 0.0);
    let v77 = select(0.0, v75, v76 != 0.0);
    tmp1[l72] = v77;
  }
  if (i0 + 1u < 50u) {
    let i78 = i0 + 1u;
    let j79 = j0 + 3u;
    let l80 = i78 * 300u + j79;
    let v81 = acc9.w;
    let v82 = s_hidden1_dense_bias[j79];
    let v83 = (v81 + v82);
    let v84 = select(0.0, 1.0, v83 > 0.0);
    let v85 = select(0.0, v83, v84 != 0.0);
    tmp1[l80] = v85;
  }
  if (i0 + 2u < 50u) {
    let i86 = i0 + 2u;
    let l87 = i86 * 300u + j0;
    let v88 = acc10.x;
    let v89 = s_hidden1_dense_bias[j0];
    let v90 = (v88 + v89);
    let v91 = select(0.0, 1.0, v90 > 0.0);
    let v92 = select(0.0, v90, v91 != 0.0);
    tmp1[l87] = v92;
  }
  if (i0 + 2u < 50u) {
    let i93 = i0 + 2u;
    let j94 = j0 + 1u;
    let l95 = i93 * 300u + j94;
    let v96 = acc10.y;
    let v97 = s_hidden1_dense_bias[j94];
    let v98 = (v96 + v97);
    let v99 = select(0.0, 1.0, v98 > 0.0);
    let v100 = select(0.0, v98, v99 != 0.0);
    tmp1[l95] = v100;
  }
  if (i0 + 2u < 50u) {
    let i101 = i0 + 2u;
    let j102 = j0 + 2u;
    let l103 = i101 * 300u + j102;
    let v104 = acc10.z;
    let v105 = s_hidden1_dense_bias[j102];
    let v106 = (v104 + v105);
    let v107 = select(0.0, 1.0, v106 > 0.0);
    let v108 = select(0.0, v106, v107 != 0.0);
    tmp1[l103] = v108;
  }
  if (i0 + 2u < 50u) {
    let i109 = i0 + 2u;
    let j110 = j0 + 3u;
    let l111 = i109 * 300u + j110;
    let v112 = acc10.w;
    let v113 = s_hidden1_dense_bias[j110];
    let v114 = (v112 + v113);
    let v115 = select(0.0, 1.0, v114 > 0.0);
    let v116 = select(0.0, v114, v115 != 0.0);
    tmp1[l111] = v116;
  }
  if (i0 + 3u < 50u) {
    let i117 = i0 + 3u;
    let l118 = i117 * 300u + j0;
    let v119 = acc11.x;
    let v120 = s_hidden1_dense_bias[j0];
    let v121 = (v119 + v120);
    let v122 = select(0.0, 1.0, v121 > 0.0);
    let v123 = select(0.0, v121, v122 != 0.0);
    tmp1[l118] = v123;
  }
  if (i0 + 3u < 50u) {
    let i124 = i0 + 3u;
    let j125 = j0 + 1u;
    let l126 = i124 * 300u + j125;
    let v127 = acc11.y;
    let v128 = s_hidden1_dense_bias[j125];
    let v129 = (v127 + v128);
    let v130 = select(0.0, 1.0, v129 > 0.0);
    let v131 = select(0.0, v129, v130 != 0.0);
    tmp1[l126] = v131;
  }
  if (i0 + 3u < 50u) {
    let i132 = i0 + 3u;
    let j133 = j0 + 2u;
    let l134 = i132 * 300u + j133;
    let v135 = acc11.z;
    let v136 = s_hidden1_dense_bias[j133];
    let v137 = (v135 + v136);
    let v138 = select(0.0, 1.0, v137 > 0.0);
    let v139 = select(0.0, v137, v138 != 0.0);
    tmp1[l134] = v139;
  }
  if (i0 + 3u < 50u) {
    let i140 = i0 + 3u;
    let j141 = j0 + 3u;
    let l142 = i140 * 300u + j141;
    let v143 = acc11.w;
    let v144 = s_hidden1_dense_bias[j141];
    let v145 = (v143 + v144);
    let v146 = select(0.0, 1.0, v145 > 0.0);
    let v147 = select(0.0, v145, v146 != 0.0);
    tmp1[l142] = v147;
  }
}

// ---- 033_matmul_hidden2.wgsl
@group(0) @binding(0) var<storage, read> tmp1_v4: array<vec4<f32>>;
@group(0) @binding(1) var<storage, read> s_hidden2_dense_kernel_v4: array<vec4<f32>>;
@group(0) @binding(2) var<storage, read_write> tmp4: array<f32>;
@group(0) @binding(3) var<storage, read> s_hidden2_dense_bias: array<f32>;

@compute @workgroup_size(64)
fn main(@builtin(global_invocation_id) gid: vec3<u32>) {
  let t = gid.x;
  if (t >= 325u) { return; }
  let i0 = (t / 25u) * 4u;
  let j0 = (t % 25u) * 4u;
  let row0 = min(i0 + 0u, 49u);
  let row1 = min(i0 + 1u, 49u);
  let row2 = min(i0 + 2u, 49u);
  let row3 = min(i0 + 3u, 49u);
  let col4 = min(j0 + 0u, 99u);
  let col5 = min(j0 + 1u, 99u);
  let col6 = min(j0 + 2u, 99u);
  let col7 = min(j0 + 3u, 99u);
  var acc8: vec4<f32> = vec4<f32>(0.0);
  var acc9: vec4<f32> = vec4<f32>(0.0);
  var acc10: vec4<f32> = vec4<f32>(0.0);
  var acc11: vec4<f32> = vec4<f32>(0.0);
  let ra12 = row0 * 75u;
  let ra13 = row1 * 75u;
  let ra14 = row2 * 75u;
  let ra15 = row3 * 75u;
  for (var k: u32 = 0u; k < 75u; k = k + 1u) {
    let av16 = tmp1_v4[ra12 + k];
    let av17 = tmp1_v4[ra13 + k];
    let av18 = tmp1_v4[ra14 + k];
    let av19 = tmp1_v4[ra15 + k];
    let kq20 = k * 4u + 0u;
    let bv21 = s_hidden2_dense_kernel_v4[(kq20 * 100u + j0) / 4u];
    let kq22 = k * 4u + 1u;
    let bv23 = s_hidden2_dense_kernel_v4[(kq22 * 100u + j0) / 4u];
    let kq24 = k * 4u + 2u;
    let bv25 = s_hidden2_dense_kernel_v4[(kq24 * 100u + j0) / 4u];
    let kq26 = k * 4u + 3u;
    let bv27 = s_hidden2_dense_kernel_v4[(kq26 * 100u + j0) / 4u];
    acc8 = acc8 + av16.x * bv21;
    acc8 = acc8 + av16.y * bv23;
    acc8 = acc8 + av16.z * bv25;
    acc8 = acc8 + av16.w * bv27;
    acc9 = acc9 + av17.x * bv21;
    acc9 = acc9 + av17.y * bv23;
    acc9 = acc9 + av17.z * bv25;
    acc9 = acc9 + av17.w * bv27;
    acc10 = acc10 + av18.x * bv21;
    acc10 = acc10 + av18.y * bv23;
    acc10 = acc10 + av18.z * bv25;
    acc10 = acc10 + av18.w * bv27;
    acc11 = acc11 + av19.x * bv21;
    acc11 = acc11 + av19.y * bv23;
    acc11 = acc11 + av19.z * bv25;
    acc11 = acc11 + av19.w * bv27;
  }
  {
    let l28 = i0 * 100u + j0;
    let v29 = acc8.x;
    let v30 = s_hidden2_dense_bias[j0];
    let v31 = (v29 + v30);
    let v32 = select(0.0, 1.0, v31 > 0.0);
    let v33 = select(0.0, v31, v32 != 0.0);
    tmp4[l28] = v33;
  }
  {
    let j34 = j0 + 1u;
    let l35 = i0 * 100u + j34;
    let v36 = acc8.y;
    let v37 = s_hidden2_dense_bias[j34];
    let v38 = (v36 + v37);
    let v39 = select(0.0, 1.0, v38 > 0.0);
    let v40 = select(0.0, v38, v39 != 0.0);
    tmp4[l35] = v40;
  }
  {
    let j41 = j0 + 2u;
    let l42 = i0 * 100u + j41;
    let v43 = acc8.z;
    let v44 = s_hidden2_dense_bias[j41];
    let v45 = (v43 + v44);
    let v46 = select(0.0, 1.0, v45 > 0.0);
    let v47 = select(0.0, v45, v46 != 0.0);
    tmp4[l42] = v47;
  }
  {
    let j48 = j0 + 3u;
    let l49 = i0 * 100u + j48;
    let v50 = acc8.w;
    let v51 = s_hidden2_dense_bias[j48];
    let v52 = (v50 + v51);
    let v53 = select(0.0, 1.0, v52 > 0.0);
    let v54 = select(0.0, v52, v53 != 0.0);
    tmp4[l49] = v54;
  }
  if (i0 + 1u < 50u) {
    let i55 = i0 + 1u;
    let l56 = i55 * 100u + j0;
    let v57 = acc9.x;
    let v58 = s_hidden2_dense_bias[j0];
    let v59 = (v57 + v58);
    let v60 = select(0.0, 1.0, v59 > 0.0);
    let v61 = select(0.0, v59, v60 != 0.0);
    tmp4[l56] = v61;
  }
  if (i0 + 1u < 50u) {
    let i62 = i0 + 1u;
    let j63 = j0 + 1u;
    let l64 = i62 * 100u + j63;
    let v65 = acc9.y;
    let v66 = s_hidden2_dense_bias[j63];
    let v67 = (v65 + v66);
    let v68 = select(0.0, 1.0, v67 > 0.0);
    let v69 = select(0.0, v67, v68 != 0.0);
    tmp4[l64] = v69;
  }
  if (i0 + 1u < 50u) {
    let i70 = i0 + 1u;
    let j71 = j0 + 2u;
    let l72 = i70 * 100u + j71;
    let v73 = acc9.z;
    let v74 = s_hidden2_dense_bias[j71];
    let v75 = (v73 + v74);
    let v76 = select(0.0, 1.0, v75 > 0.0);
    let v77 = select(0.0, v75, v76 != 0.0);
    tmp4[l72] = v77;
  }
  if (i0 + 1u < 50u) {
    let i78 = i0 + 1u;
    let j79 = j0 + 3u;
    let l80 = i78 * 100u + j79;
    let v81 = acc9.w;
    let v82 = s_hidden2_dense_bias[j79];
    let v83 = (v81 + v82);
    let v84 = select(0.0, 1.0, v83 > 0.0);
    let v85 = select(0.0, v83, v84 != 0.0);
    tmp4[l80] = v85;
  }
  if (i0 + 2u < 50u) {
    let i86 = i0 + 2u;
    let l87 = i86 * 100u + j0;
    let v88 = acc10.x;
    let v89 = s_hidden2_dense_bias[j0];
    let v90 = (v88 + v89);
    let v91 = select(0.0, 1.0, v90 > 0.0);
    let v92 = select(0.0, v90, v91 != 0.0);
    tmp4[l87] = v92;
  }
  if (i0 + 2u < 50u) {
    let i93 = i0 + 2u;
    let j94 = j0 + 1u;
    let l95 = i93 * 100u + j94;
    let v96 = acc10.y;
    let v97 = s_hidden2_dense_bias[j94];
    let v98 = (v96 + v97);
    let v99 = select(0.0, 1.0, v98 > 0.0);
    let v100 = select(0.0, v98, v99 != 0.0);
    tmp4[l95] = v100;
  }
  if (i0 + 2u < 50u) {
    let i101 = i0 + 2u;
    let j102 = j0 + 2u;
    let l103 = i101 * 100u + j102;
    let v104 = acc10.z;
    let v105 = s_hidden2_dense_bias[j102];
    let v106 = (v104 + v105);
    let v107 = select(0.0, 1.0, v106 > 0.0);
    let v108 = select(0.0, v106, v107 != 0.0);
    tmp4[l103] = v108;
  }
  if (i0 + 2u < 50u) {
    let i109 = i0 + 2u;
    let j110 = j0 + 3u;
    let l111 = i109 * 100u + j110;
    let v112 = acc10.w;
    let v113 = s_hidden2_dense_bias[j110];
    let v114 = (v112 + v113);
    let v115 = select(0.0, 1.0, v114 > 0.0);
    let v116 = select(0.0, v114, v115 != 0.0);
    tmp4[l111] = v116;
  }
  if (i0 + 3u < 50u) {
    let i117 = i0 + 3u;
    let l118 = i117 * 100u + j0;
    let v119 = acc11.x;
    let v120 = s_hidden2_dense_bias[j0];
    let v121 = (v119 + v120);
    let v122 = select(0.0, 1.0, v121 > 0.0);
    let v123 = select(0.0, v121, v122 != 0.0);
    tmp4[l118] = v123;
  }
  if (i0 + 3u < 50u) {
    let i124 = i0 + 3u;
    let j125 = j0 + 1u;
    let l126 = i124 * 100u + j125;
    let v127 = acc11.y;
    let v128 = s_hidden2_dense_bias[j125];
    let v129 = (v127 + v128);
    let v130 = select(0.0, 1.0, v129 > 0.0);
    let v131 = select(0.0, v129, v130 != 0.0);
    tmp4[l126] = v131;
  }
  if (i0 + 3u < 50u) {
    let i132 = i0 + 3u;
    let j133 = j0 + 2u;
    let l134 = i132 * 100u + j133;
    let v135 = acc11.z;
    let v136 = s_hidden2_dense_bias[j133];
    let v137 = (v135 + v136);
    let v138 = select(0.0, 1.0, v137 > 0.0);
    let v139 = select(0.0, v137, v138 != 0.0);
    tmp4[l134] = v139;
  }
  if (i0 + 3u < 50u) {
    let i140 = i0 + 3u;
    let j141 = j0 + 3u;
    let l142 = i140 * 100u + j141;
    let v143 = acc11.w;
    let v144 = s_hidden2_dense_bias[j141];
    let v145 = (v143 + v144);
    let v146 = select(0.0, 1.0, v145 > 0.0);
    let v147 = select(0.0, v145, v146 != 0.0);
    tmp4[l142] = v147;
  }
}

// ---- 034_reduce_sum_loss_x5.wgsl
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
  for (var r2: u32 = lane; r2 < 50u; r2 = r2 + 64u) {
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
  let v48 = (red46 / 50.0);
  let v49 = (red47 / 50.0);
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
