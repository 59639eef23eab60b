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

// ---- 005_const_logits_dense_bias.wgsl
@group(0) @binding(0) var<storage, read_write> s_logits_dense_bias: array<f32>;

@compute @workgroup_size(64)
fn main(@builtin(global_invocation_id) gid: vec3<u32>) {
  let i = gid.x;
  if (i >= 10u) { return; }
  s_logits_dense_bias[i] = 0.0;
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

// ---- 010_reduce_sum_hidden1_dense.wgsl
var<workgroup> wg_f32_0: array<f32, 64>;
@group(0) @binding(0) var<storage, read> s_hidden1_dense_kernel: array<f32>;
@group(0) @binding(1) var<storage, read_write> tmp0: array<f32>;

@compute @workgroup_size(64)
fn main(@builtin(workgroup_id) wid: vec3<u32>, @builtin(local_invocation_index) lane: u32) {
  let i = wid.x;
  var acc0: f32 = 0.0;
  for (var r1: u32 = lane; r1 < 300u; r1 = r1 + 64u) {
    let l2 = i * 300u + r1;
    let v3 = s_hidden1_dense_kernel[l2];
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
    tmp0[i] = red6;
  }
}

// ---- 011_reduce_sum_hidden1_dense.wgsl
var<workgroup> wg_f32_0: array<f32, 64>;
@group(0) @binding(0) var<storage, read> tmp0: array<f32>;
@group(0) @binding(1) var<storage, read_write> tmp1: array<f32>;

@compute @workgroup_size(64)
fn main(@builtin(workgroup_id) wid: vec3<u32>, @builtin(local_invocation_index) lane: u32) {
  let i = wid.x;
  var acc0: f32 = 0.0;
  for (var r1: u32 = lane; r1 < 784u; r1 = r1 + 64u) {
    let v2 = tmp0[r1];
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
    tmp1[i] = red4;
  }
}

// ---- 012_matmul_hidden1_dense.wgsl
@group(0) @binding(0) var<storage, read> in_X_v4: array<vec4<f32>>;
@group(0) @binding(1) var<storage, read> s_hidden1_dense_kernel_v4: array<vec4<f32>>;
@group(0) @binding(2) var<storage, read_write> tmp2: array<f32>;
@group(0) @binding(3) var<storage, read> s_hidden1_dense_bias: array<f32>;

@compute @workgroup_size(64)
fn main(@builtin(global_invocation_id) gid: vec3<u32>) {
  let t = gid.x;
  if (t >= 3750u) { return; }
  let i0 = (t / 75u) * 4u;
  let j0 = (t % 75u) * 4u;
  let row0 = min(i0 + 0u, 199u);
  let row1 = min(i0 + 1u, 199u);
  let row2 = min(i0 + 2u, 199u);
  let row3 = min(i0 + 3u, 199u);
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
    tmp2[l28] = v31;
  }
  {
    let j32 = j0 + 1u;
    let l33 = i0 * 300u + j32;
    let v34 = acc8.y;
    let v35 = s_hidden1_dense_bias[j32];
    let v36 = (v34 + v35);
    tmp2[l33] = v36;
  }
  {
    let j37 = j0 + 2u;
    let l38 = i0 * 300u + j37;
    let v39 = acc8.z;
    let v40 = s_hidden1_dense_bias[j37];
    let v41 = (v39 + v40);
    tmp2[l38] = v41;
  }
  {
    let j42 = j0 + 3u;
    let l43 = i0 * 300u + j42;
    let v44 = acc8.w;
    let v45 = s_hidden1_dense_bias[j42];
    let v46 = (v44 + v45);
    tmp2[l43] = v46;
  }
  {
    let i47 = i0 + 1u;
    let l48 = i47 * 300u + j0;
    let v49 = acc9.x;
    let v50 = s_hidden1_dense_bias[j0];
    let v51 = (v49 + v50);
    tmp2[l48] = v51;
  }
  {
    let i52 = i0 + 1u;
    let j53 = j0 + 1u;
    let l54 = i52 * 300u + j53;
    let v55 = acc9.y;
    let v56 = s_hidden1_dense_bias[j53];
    let v57 = (v55 + v56);
    tmp2[l54] = v57;
  }
  {
    let i58 = i0 + 1u;
    let j59 = j0 + 2u;
    let l60 = i58 * 300u + j59;
    let v61 = acc9.z;
    let v62 = s_hidden1_dense_bias[j59];
    let v63 = (v61 + v62);
    tmp2[l60] = v63;
  }
  {
    let i64 = i0 + 1u;
    let j65 = j0 + 3u;
    let l66 = i64 * 300u + j65;
    let v67 = acc9.w;
    let v68 = s_hidden1_dense_bias[j65];
    let v69 = (v67 + v68);
    tmp2[l66] = v69;
  }
  {
    let i70 = i0 + 2u;
    let l71 = i70 * 300u + j0;
    let v72 = acc10.x;
    let v73 = s_hidden1_dense_bias[j0];
    let v74 = (v72 + v73);
    tmp2[l71] = v74;
  }
  {
    let i75 = i0 + 2u;
    let j76 = j0 + 1u;
    let l77 = i75 * 300u + j76;
    let v78 = acc10.y;
    let v79 = s_hidden1_dense_bias[j76];
    let v80 = (v78 + v79);
    tmp2[l77] = v80;
  }
  {
    let i81 = i0 + 2u;
    let j82 = j0 + 2u;
    let l83 = i81 * 300u + j82;
    let v84 = acc10.z;
    let v85 = s_hidden1_dense_bias[j82];
    let v86 = (v84 + v85);
    tmp2[l83] = v86;
  }
  {
    let i87 = i0 + 2u;
    let j88 = j0 + 3u;
    let l89 = i87 * 300u + j88;
    let v90 = acc10.w;
    let v91 = s_hidden1_dense_bias[j88];
    let v92 = (v90 + v91);
    tmp2[l89] = v92;
  }
  {
    let i93 = i0 + 3u;
    let l94 = i93 * 300u + j0;
    let v95 = acc11.x;
    let v96 = s_hidden1_dense_bias[j0];
    let v97 = (v95 + v96);
    tmp2[l94] = v97;
  }
  {
    let i98 = i0 + 3u;
    let j99 = j0 + 1u;
    let l100 = i98 * 300u + j99;
    let v101 = acc11.y;
    let v102 = s_hidden1_dense_bias[j99];
    let v103 = (v101 + v102);
    tmp2[l100] = v103;
  }
  {
    let i104 = i0 + 3u;
    let j105 = j0 + 2u;
    let l106 = i104 * 300u + j105;
    let v107 = acc11.z;
    let v108 = s_hidden1_dense_bias[j105];
    let v109 = (v107 + v108);
    tmp2[l106] = v109;
  }
  {
    let i110 = i0 + 3u;
    let j111 = j0 + 3u;
    let l112 = i110 * 300u + j111;
    let v113 = acc11.w;
    let v114 = s_hidden1_dense_bias[j111];
    let v115 = (v113 + v114);
    tmp2[l112] = v115;
  }
}

// ---- 013_select_hidden1.wgsl
@group(0) @binding(0) var<storage, read> tmp2: array<f32>;
@group(0) @binding(1) var<storage, read_write> tmp3: array<f32>;

@compute @workgroup_size(64)
fn main(@builtin(global_invocation_id) gid: vec3<u32>) {
  let i = gid.x;
  if (i >= 60000u) { return; }
  let c0 = (i / 300u);
  let c1 = (i % 300u);
  let v2 = tmp2[i];
  let v3 = select(0.0, 1.0, v2 > 0.0);
  let v4 = select(0.0, v2, v3 != 0.0);
  tmp3[i] = v4;
}

// ---- 014_reduce_sum_hidden2_dense_x5.wgsl
var<workgroup> wg_f32_0: array<f32, 64>;
var<workgroup> wg_f32_1: array<f32, 64>;
@group(0) @binding(0) var<storage, read> s_hidden2_dense_kernel: array<f32>;
@group(0) @binding(1) var<storage, read> s_logits_dense_kernel: array<f32>;
@group(0) @binding(2) var<storage, read_write> s_acc_train_count: array<f32>;
@group(0) @binding(3) var<storage, read_write> s_counter_step: array<u32>;
@group(0) @binding(4) var<storage, read_write> s_counter_batch: array<u32>;
@group(0) @binding(5) var<storage, read_write> tmp0: array<f32>;
@group(0) @binding(6) var<storage, read_write> tmp4: array<f32>;

@compute @workgroup_size(64)
fn main(@builtin(workgroup_id) wid: vec3<u32>, @builtin(local_invocation_index) lane: u32) {
  let i = wid.x;
  var acc0: f32 = 0.0;
  for (var r1: u32 = lane; r1 < 30000u; r1 = r1 + 64u) {
    let c2 = (r1 / 100u);
    let c3 = (r1 % 100u);
    let l4 = c2 * 100u + c3;
    let v5 = s_hidden2_dense_kernel[l4];
    let v6 = abs(v5);
    acc0 = acc0 + v6;
  }
  wg_f32_0[lane] = acc0;
  workgroupBarrier();
  for (var s7: u32 = 32u; s7 > 0u; s7 = s7 >> 1u) {
    if (lane < s7) {
      wg_f32_0[lane] = wg_f32_0[lane] + wg_f32_0[lane + s7];
    }
    workgroupBarrier();
  }
  let red8 = wg_f32_0[0];
  var acc9: f32 = 0.0;
  for (var r10: u32 = lane; r10 < 1000u; r10 = r10 + 64u) {
    let c11 = (r10 / 10u);
    let c12 = (r10 % 10u);
    let l13 = c11 * 10u + c12;
    let v14 = s_logits_dense_kernel[l13];
    let v15 = abs(v14);
    acc9 = acc9 + v15;
  }
  wg_f32_1[lane] = acc9;
  workgroupBarrier();
  for (var s16: u32 = 32u; s16 > 0u; s16 = s16 >> 1u) {
    if (lane < s16) {
      wg_f32_1[lane] = wg_f32_1[lane] + wg_f32_1[lane + s16];
    }
    workgroupBarrier();
  }
  let red17 = wg_f32_1[0];
  let v18 = s_acc_train_count[i];
  let v19 = (v18 + 1.0);
  let v20 = s_counter_step[i];
  let v21 = (v20 + 1u);
  let v22 = s_counter_batch[i];
  let v23 = (v22 + 1u);
  storageBarrier();
  if (lane == 0u) {
    tmp0[i] = red8;
    tmp4[i] = red17;
    s_acc_train_count[i] = v19;
    s_counter_step[i] = v21;
    s_counter_batch[i] = v23;
  }
}

// ---- 015_matmul_hidden2_dense.wgsl
@group(0) @binding(0) var<storage, read> tmp3_v4: array<vec4<f32>>;
@group(0) @binding(1) var<storage, read> s_hidden2_dense_kernel_v4: array<vec4<f32>>;
@group(0) @binding(2) var<storage, read_write> tmp5: array<f32>;
@group(0) @binding(3) var<storage, read> s_hidden2_dense_bias: array<f32>;

@compute @workgroup_size(64)
fn main(@builtin(global_invocation_id) gid: vec3<u32>) {
  let t = gid.x;
  if (t >= 1250u) { return; }
  let i0 = (t / 25u) * 4u;
  let j0 = (t % 25u) * 4u;
  let row0 = min(i0 + 0u, 199u);
  let row1 = min(i0 + 1u, 199u);
  let row2 = min(i0 + 2u, 199u);
  let row3 = min(i0 + 3u, 199u);
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
    tmp5[l28] = v31;
  }
  {
    let j32 = j0 + 1u;
    let l33 = i0 * 100u + j32;
    let v34 = acc8.y;
    let v35 = s_hidden2_dense_bias[j32];
    let v36 = (v34 + v35);
    tmp5[l33] = v36;
  }
  {
    let j37 = j0 + 2u;
    let l38 = i0 * 100u + j37;
    let v39 = acc8.z;
    let v40 = s_hidden2_dense_bias[j37];
    let v41 = (v39 + v40);
    tmp5[l38] = v41;
  }
  {
    let j42 = j0 + 3u;
    let l43 = i0 * 100u + j42;
    let v44 = acc8.w;
    let v45 = s_hidden2_dense_bias[j42];
    let v46 = (v44 + v45);
    tmp5[l43] = v46;
  }
  {
    let i47 = i0 + 1u;
    let l48 = i47 * 100u + j0;
    let v49 = acc9.x;
    let v50 = s_hidden2_dense_bias[j0];
    let v51 = (v49 + v50);
    tmp5[l48] = v51;
  }
  {
    let i52 = i0 + 1u;
    let j53 = j0 + 1u;
    let l54 = i52 * 100u + j53;
    let v55 = acc9.y;
    let v56 = s_hidden2_dense_bias[j53];
    let v57 = (v55 + v56);
    tmp5[l54] = v57;
  }
  {
    let i58 = i0 + 1u;
    let j59 = j0 + 2u;
    let l60 = i58 * 100u + j59;
    let v61 = acc9.z;
    let v62 = s_hidden2_dense_bias[j59];
    let v63 = (v61 + v62);
    tmp5[l60] = v63;
  }
  {
    let i64 = i0 + 1u;
    let j65 = j0 + 3u;
    let l66 = i64 * 100u + j65;
    let v67 = acc9.w;
    let v68 = s_hidden2_dense_bias[j65];
    let v69 = (v67 + v68);
    tmp5[l66] = v69;
  }
  {
    let i70 = i0 + 2u;
    let l71 = i70 * 100u + j0;
    let v72 = acc10.x;
    let v73 = s_hidden2_dense_bias[j0];
    let v74 = (v72 + v73);
    tmp5[l71] = v74;
  }
  {
    let i75 = i0 + 2u;
    let j76 = j0 + 1u;
    let l77 = i75 * 100u + j76;
    let v78 = acc10.y;
    let v79 = s_hidden2_dense_bias[j76];
    let v80 = (v78 + v79);
    tmp5[l77] = v80;
  }
  {
    let i81 = i0 + 2u;
    let j82 = j0 + 2u;
    let l83 = i81 * 100u + j82;
    let v84 = acc10.z;
    let v85 = s_hidden2_dense_bias[j82];
    let v86 = (v84 + v85);
    tmp5[l83] = v86;
  }
  {
    let i87 = i0 + 2u;
    let j88 = j0 + 3u;
    let l89 = i87 * 100u + j88;
    let v90 = acc10.w;
    let v91 = s_hidden2_dense_bias[j88];
    let v92 = (v90 + v91);
    tmp5[l89] = v92;
  }
  {
    let i93 = i0 + 3u;
    let l94 = i93 * 100u + j0;
    let v95 = acc11.x;
    let v96 = s_hidden2_dense_bias[j0];
    let v97 = (v95 + v96);
    tmp5[l94] = v97;
  }
  {
    let i98 = i0 + 3u;
    let j99 = j0 + 1u;
    let l100 = i98 * 100u + j99;
    let v101 = acc11.y;
    let v102 = s_hidden2_dense_bias[j99];
    let v103 = (v101 + v102);
    tmp5[l100] = v103;
  }
  {
    let i104 = i0 + 3u;
    let j105 = j0 + 2u;
    let l106 = i104 * 100u + j105;
    let v107 = acc11.z;
    let v108 = s_hidden2_dense_bias[j105];
    let v109 = (v107 + v108);
    tmp5[l106] = v109;
  }
  {
    let i110 = i0 + 3u;
    let j111 = j0 + 3u;
    let l112 = i110 * 100u + j111;
    let v113 = acc11.w;
    let v114 = s_hidden2_dense_bias[j111];
    let v115 = (v113 + v114);
    tmp5[l112] = v115;
  }
}

// ---- 016_select_hidden2.wgsl
@group(0) @binding(0) var<storage, read> tmp5: array<f32>;
@group(0) @binding(1) var<storage, read_write> tmp6: array<f32>;

@compute @workgroup_size(64)
fn main(@builtin(global_invocation_id) gid: vec3<u32>) {
  let i = gid.x;
  if (i >= 20000u) { return; }
  let c0 = (i / 100u);
  let c1 = (i % 100u);
  let v2 = tmp5[i];
  let v3 = select(0.0, 1.0, v2 > 0.0);
  let v4 = select(0.0, v2, v3 != 0.0);
  tmp6[i] = v4;
}

// ---- 017_matmul_logits_dense.wgsl
@group(0) @binding(0) var<storage, read> tmp6: array<f32>;
@group(0) @binding(1) var<storage, read> s_logits_dense_kernel: array<f32>;
@group(0) @binding(2) var<storage, read_write> tmp7: array<f32>;
@group(0) @binding(3) var<storage, read> s_logits_dense_bias: array<f32>;

@compute @workgroup_size(64)
fn main(@builtin(global_invocation_id) gid: vec3<u32>) {
  let t = gid.x;
  if (t >= 150u) { return; }
  let i0 = (t / 3u) * 4u;
  let j0 = (t % 3u) * 4u;
  let row0 = min(i0 + 0u, 199u);
  let row1 = min(i0 + 1u, 199u);
  let row2 = min(i0 + 2u, 199u);
  let row3 = min(i0 + 3u, 199u);
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
  {
    let i37 = i0 + 1u;
    let l38 = i37 * 10u + j0;
    let v39 = acc9.x;
    let v40 = s_logits_dense_bias[j0];
    let v41 = (v39 + v40);
    tmp7[l38] = v41;
  }
  if (j0 + 1u < 10u) {
    let i42 = i0 + 1u;
    let j43 = j0 + 1u;
    let l44 = i42 * 10u + j43;
    let v45 = acc9.y;
    let v46 = s_logits_dense_bias[j43];
    let v47 = (v45 + v46);
    tmp7[l44] = v47;
  }
  if (j0 + 2u < 10u) {
    let i48 = i0 + 1u;
    let j49 = j0 + 2u;
    let l50 = i48 * 10u + j49;
    let v51 = acc9.z;
    let v52 = s_logits_dense_bias[j49];
    let v53 = (v51 + v52);
    tmp7[l50] = v53;
  }
  if (j0 + 3u < 10u) {
    let i54 = i0 + 1u;
    let j55 = j0 + 3u;
    let l56 = i54 * 10u + j55;
    let v57 = acc9.w;
    let v58 = s_logits_dense_bias[j55];
    let v59 = (v57 + v58);
    tmp7[l56] = v59;
  }
  {
    let i60 = i0 + 2u;
    let l61 = i60 * 10u + j0;
    let v62 = acc10.x;
    let v63 = s_logits_dense_bias[j0];
    let v64 = (v62 + v63);
    tmp7[l61] = v64;
  }
  if (j0 + 1u < 10u) {
    let i65 = i0 + 2u;
    let j66 = j0 + 1u;
    let l67 = i65 * 10u + j66;
    let v68 = acc10.y;
    let v69 = s_logits_dense_bias[j66];
    let v70 = (v68 + v69);
    tmp7[l67] = v70;
  }
  if (j0 + 2u < 10u) {
    let i71 = i0 + 2u;
    let j72 = j0 + 2u;
    let l73 = i71 * 10u + j72;
    let v74 = acc10.z;
    let v75 = s_logits_dense_bias[j72];
    let v76 = (v74 + v75);
    tmp7[l73] = v76;
  }
  if (j0 + 3u < 10u) {
    let i77 = i0 + 2u;
    let j78 = j0 + 3u;
    let l79 = i77 * 10u + j78;
    let v80 = acc10.w;
    let v81 = s_logits_dense_bias[j78];
    let v82 = (v80 + v81);
    tmp7[l79] = v82;
  }
  {
    let i83 = i0 + 3u;
    let l84 = i83 * 10u + j0;
    let v85 = acc11.x;
    let v86 = s_logits_dense_bias[j0];
    let v87 = (v85 + v86);
    tmp7[l84] = v87;
  }
  if (j0 + 1u < 10u) {
    let i88 = i0 + 3u;
    let j89 = j0 + 1u;
    let l90 = i88 * 10u + j89;
    let v91 = acc11.y;
    let v92 = s_logits_dense_bias[j89];
    let v93 = (v91 + v92);
    tmp7[l90] = v93;
  }
  if (j0 + 2u < 10u) {
    let i94 = i0 + 3u;
    let j95 = j0 + 2u;
    let l96 = i94 * 10u + j95;
    let v97 = acc11.z;
    let v98 = s_logits_dense_bias[j95];
    let v99 = (v97 + v98);
    tmp7[l96] = v99;
  }
  if (j0 + 3u < 10u) {
    let i100 = i0 + 3u;
    let j101 = j0 + 3u;
    let l102 = i100 * 10u + j101;
    let v103 = acc11.w;
    let v104 = s_logits_dense_bias[j101];
    let v105 = (v103 + v104);
    tmp7[l102] = v105;
  }
}

// ---- 018_reduce_sum_accuracy_x3.wgsl
var<workgroup> wg_f32_0: array<f32, 64>;
var<workgroup> wg_f32_1: array<f32, 64>;
@group(0) @binding(0) var<storage, read> tmp7: array<f32>;
@group(0) @binding(1) var<storage, read> in_y: array<i32>;
@group(0) @binding(2) var<storage, read> tmp1: array<f32>;
@group(0) @binding(3) var<storage, read> tmp0: array<f32>;
@group(0) @binding(4) var<storage, read> tmp4: array<f32>;
@group(0) @binding(5) var<storage, read_write> s_acc_train_loss: array<f32>;
@group(0) @binding(6) var<storage, read_write> out_accuracy: array<f32>;
@group(0) @binding(7) var<storage, read_write> out_loss: array<f32>;

@compute @workgroup_size(64)
fn main(@builtin(workgroup_id) wid: vec3<u32>, @builtin(local_invocation_index) lane: u32) {
  let i = wid.x;
  var acc0: f32 = 0.0;
  var acc1: f32 = 0.0;
  for (var r2: u32 = lane; r2 < 200u; r2 = r2 + 64u) {
    var acc3: f32 = 0.0;
    var acc4: f32 = 0.0;
    for (var r5: u32 = 0u; r5 < 10u; r5 = r5 + 1u) {
      let l6 = r2 * 10u + r5;
      let v7 = tmp7[l6];
      let v8 = in_y[r2];
      let v9 = select(0.0, 1.0, i32(r5) == v8);
      let v10 = (v7 * v9);
      acc4 = acc4 + v10;
    }
    for (var r11: u32 = 0u; r11 < 10u; r11 = r11 + 1u) {
      let l12 = r2 * 10u + r11;
      let v13 = tmp7[l12];
      let v14 = select(0.0, 1.0, v13 > acc4);
      acc3 = acc3 + v14;
    }
    let v15 = select(0.0, 1.0, acc3 < 1.0);
    var acc16: f32 = 0.0;
    for (var r17: u32 = 0u; r17 < 10u; r17 = r17 + 1u) {
      let l18 = r2 * 10u + r17;
      let v19 = tmp7[l18];
      let v20 = select(0.0, 1.0, (bitcast<u32>(v19) & 0x7f800000u) != 0x7f800000u);
      let v21 = (1.0 - v20);
      acc16 = acc16 + v21;
    }
    let v22 = select(0.0, 1.0, acc16 == 0.0);
    let v23 = (v15 * v22);
    acc0 = acc0 + v23;
    var acc24: f32 = 0.0;
    var acc25: f32 = -3.4028234663852886e38;
    for (var r26: u32 = 0u; r26 < 10u; r26 = r26 + 1u) {
      let l27 = r2 * 10u + r26;
      let v28 = tmp7[l27];
      acc25 = max(acc25, v28);
    }
    var acc29: f32 = 0.0;
    for (var r30: u32 = 0u; r30 < 10u; r30 = r30 + 1u) {
      let l31 = r2 * 10u + r30;
      let v32 = tmp7[l31];
      let v33 = (v32 - acc25);
      let v34 = exp(v33);
      acc29 = acc29 + v34;
    }
    let v35 = log(acc29);
    for (var r36: u32 = 0u; r36 < 10u; r36 = r36 + 1u) {
      let l37 = r2 * 10u + r36;
      let v38 = in_y[r2];
      let v39 = select(0.0, 1.0, i32(r36) == v38);
      let v40 = tmp7[l37];
      let v41 = (v40 - acc25);
      let v42 = (v41 - v35);
      let v43 = (v39 * v42);
      acc24 = acc24 + v43;
    }
    let v44 = (-acc24);
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
  let v50 = tmp1[i];
  let v51 = (v50 * 0.001);
  let v52 = (v49 + v51);
  let v53 = tmp0[i];
  let v54 = (v53 * 0.001);
  let v55 = (v52 + v54);
  let v56 = tmp4[i];
  let v57 = (v56 * 0.001);
  let v58 = (v55 + v57);
  let v59 = s_acc_train_loss[i];
  let v60 = (v59 + v58);
  storageBarrier();
  if (lane == 0u) {
    out_accuracy[i] = v48;
    out_loss[i] = v58;
    s_acc_train_loss[i] = v60;
  }
}

// ---- 019_add_loss_grad.wgsl
@group(0) @binding(0) var<storage, read> in_y: array<i32>;
@group(0) @binding(1) var<storage, read> tmp7: array<f32>;
@group(0) @binding(2) var<storage, read_write> tmp8: array<f32>;

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

// ---- 020_matmul_hidden2_grad.wgsl
@group(0) @binding(0) var<storage, read> tmp8: array<f32>;
@group(0) @binding(1) var<storage, read> s_logits_dense_kernel: array<f32>;
@group(0) @binding(2) var<storage, read_write> tmp9: array<f32>;
@group(0) @binding(3) var<storage, read> tmp5: array<f32>;

@compute @workgroup_size(64)
fn main(@builtin(global_invocation_id) gid: vec3<u32>) {
  let t = gid.x;
  if (t >= 1250u) { return; }
  let i0 = (t / 25u) * 4u;
  let j0 = (t % 25u) * 4u;
  let row0 = min(i0 + 0u, 199u);
  let row1 = min(i0 + 1u, 199u);
  let row2 = min(i0 + 2u, 199u);
  let row3 = min(i0 + 3u, 199u);
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
    let v23 = tmp5[l21];
    let v24 = select(0.0, 1.0, v23 > 0.0);
    let v25 = select(0.0, v22, v24 != 0.0);
    tmp9[l21] = v25;
  }
  {
    let j26 = j0 + 1u;
    let l27 = i0 * 100u + j26;
    let v28 = acc8.y;
    let v29 = tmp5[l27];
    let v30 = select(0.0, 1.0, v29 > 0.0);
    let v31 = select(0.0, v28, v30 != 0.0);
    tmp9[l27] = v31;
  }
  {
    let j32 = j0 + 2u;
    let l33 = i0 * 100u + j32;
    let v34 = acc8.z;
    let v35 = tmp5[l33];
    let v36 = select(0.0, 1.0, v35 > 0.0);
    let v37 = select(0.0, v34, v36 != 0.0);
    tmp9[l33] = v37;
  }
  {
    let j38 = j0 + 3u;
    let l39 = i0 * 100u + j38;
    let v40 = acc8.w;
    let v41 = tmp5[l39];
    let v42 = select(0.0, 1.0, v41 > 0.0);
    let v43 = select(0.0, v40, v42 != 0.0);
    tmp9[l39] = v43;
  }
  {
    let i44 = i0 + 1u;
    let l45 = i44 * 100u + j0;
    let v46 = acc9.x;
    let v47 = tmp5[l45];
    let v48 = select(0.0, 1.0, v47 > 0.0);
    let v49 = select(0.0, v46, v48 != 0.0);
    tmp9[l45] = v49;
  }
  {
    let i50 = i0 + 1u;
    let j51 = j0 + 1u;
    let l52 = i50 * 100u + j51;
    let v53 = acc9.y;
    let v54 = tmp5[l52];
    let v55 = select(0.0, 1.0, v54 > 0.0);
    let v56 = select(0.0, v53, v55 != 0.0);
    tmp9[l52] = v56;
  }
  {
    let i57 = i0 + 1u;
    let j58 = j0 + 2u;
    let l59 = i57 * 100u + j58;
    let v60 = acc9.z;
    let v61 = tmp5[l59];
    let v62 = select(0.0, 1.0, v61 > 0.0);
    let v63 = select(0.0, v60, v62 != 0.0);
    tmp9[l59] = v63;
  }
  {
    let i64 = i0 + 1u;
    let j65 = j0 + 3u;
    let l66 = i64 * 100u + j65;
    let v67 = acc9.w;
    let v68 = tmp5[l66];
    let v69 = select(0.0, 1.0, v68 > 0.0);
    let v70 = select(0.0, v67, v69 != 0.0);
    tmp9[l66] = v70;
  }
  {
    let i71 = i0 + 2u;
    let l72 = i71 * 100u + j0;
    let v73 = acc10.x;
    let v74 = tmp5[l72];
    let v75 = select(0.0, 1.0, v74 > 0.0);
    let v76 = select(0.0, v73, v75 != 0.0);
    tmp9[l72] = v76;
  }
  {
    let i77 = i0 + 2u;
    let j78 = j0 + 1u;
    let l79 = i77 * 100u + j78;
    let v80 = acc10.y;
    let v81 = tmp5[l79];
    let v82 = select(0.0, 1.0, v81 > 0.0);
    let v83 = select(0.0, v80, v82 != 0.0);
    tmp9[l79] = v83;
  }
  {
    let i84 = i0 + 2u;
    let j85 = j0 + 2u;
    let l86 = i84 * 100u + j85;
    let v87 = acc10.z;
    let v88 = tmp5[l86];
    let v89 = select(0.0, 1.0, v88 > 0.0);
    let v90 = select(0.0, v87, v89 != 0.0);
    tmp9[l86] = v90;
  }
  {
    let i91 = i0 + 2u;
    let j92 = j0 + 3u;
    let l93 = i91 * 100u + j92;
    let v94 = acc10.w;
    let v95 = tmp5[l93];
    let v96 = select(0.0, 1.0, v95 > 0.0);
    let v97 = select(0.0, v94, v96 != 0.0);
    tmp9[l93] = v97;
  }
  {
    let i98 = i0 + 3u;
    let l99 = i98 * 100u + j0;
    let v100 = acc11.x;
    let v101 = tmp5[l99];
    let v102 = select(0.0, 1.0, v101 > 0.0);
    let v103 = select(0.0, v100, v102 != 0.0);
    tmp9[l99] = v103;
  }
  {
    let i104 = i0 + 3u;
    let j105 = j0 + 1u;
    let l106 = i104 * 100u + j105;
    let v107 = acc11.y;
    let v108 = tmp5[l106];
    let v109 = select(0.0, 1.0, v108 > 0.0);
    let v110 = select(0.0, v107, v109 != 0.0);
    tmp9[l106] = v110;
  }
  {
    let i111 = i0 + 3u;
    let j112 = j0 + 2u;
    let l113 = i111 * 100u + j112;
    let v114 = acc11.z;
    let v115 = tmp5[l113];
    let v116 = select(0.0, 1.0, v115 > 0.0);
    let v117 = select(0.0, v114, v116 != 0.0);
    tmp9[l113] = v117;
  }
  {
    let i118 = i0 + 3u;
    let j119 = j0 + 3u;
    let l120 = i118 * 100u + j119;
    let v121 = acc11.w;
    let v122 = tmp5[l120];
    let v123 = select(0.0, 1.0, v122 > 0.0);
    let v124 = select(0.0, v121, v123 != 0.0);
    tmp9[l120] = v124;
  }
}

// ---- 021_matmul_hidden1_grad.wgsl
@group(0) @binding(0) var<storage, read> tmp9_v4: array<vec4<f32>>;
@group(0) @binding(1) var<storage, read> s_hidden2_dense_kernel_v4: array<vec4<f32>>;
@group(0) @binding(2) var<storage, read_write> tmp10: array<f32>;
@group(0) @binding(3) var<storage, read> tmp2: array<f32>;

@compute @workgroup_size(64)
fn main(@builtin(global_invocation_id) gid: vec3<u32>) {
  let t = gid.x;
  if (t >= 3750u) { return; }
  let i0 = (t / 75u) * 4u;
  let j0 = (t % 75u) * 4u;
  let row0 = min(i0 + 0u, 199u);
  let row1 = min(i0 + 1u, 199u);
  let row2 = min(i0 + 2u, 199u);
  let row3 = min(i0 + 3u, 199u);
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
    let v38 = tmp2[l36];
    let v39 = select(0.0, 1.0, v38 > 0.0);
    let v40 = select(0.0, v37, v39 != 0.0);
    tmp10[l36] = v40;
  }
  {
    let j41 = j0 + 1u;
    let l42 = i0 * 300u + j41;
    let v43 = acc8.y;
    let v44 = tmp2[l42];
    let v45 = select(0.0, 1.0, v44 > 0.0);
    let v46 = select(0.0, v43, v45 != 0.0);
    tmp10[l42] = v46;
  }
  {
    let j47 = j0 + 2u;
    let l48 = i0 * 300u + j47;
    let v49 = acc8.z;
    let v50 = tmp2[l48];
    let v51 = select(0.0, 1.0, v50 > 0.0);
    let v52 = select(0.0, v49, v51 != 0.0);
    tmp10[l48] = v52;
  }
  {
    let j53 = j0 + 3u;
    let l54 = i0 * 300u + j53;
    let v55 = acc8.w;
    let v56 = tmp2[l54];
    let v57 = select(0.0, 1.0, v56 > 0.0);
    let v58 = select(0.0, v55, v57 != 0.0);
    tmp10[l54] = v58;
  }
  {
    let i59 = i0 + 1u;
    let l60 = i59 * 300u + j0;
    let v61 = acc9.x;
    let v62 = tmp2[l60];
    let v63 = select(0.0, 1.0, v62 > 0.0);
    let v64 = select(0.0, v61, v63 != 0.0);
    tmp10[l60] = v64;
  }
  {
    let i65 = i0 + 1u;
    let j66 = j0 + 1u;
    let l67 = i65 * 300u + j66;
    let v68 = acc9.y;
    let v69 = tmp2[l67];
    let v70 = select(0.0, 1.0, v69 > 0.0);
    let v71 = select(0.0, v68, v70 != 0.0);
    tmp10[l67] = v71;
  }
  {
    let i72 = i0 + 1u;
    let j73 = j0 + 2u;
    let l74 = i72 * 300u + j73;
    let v75 = acc9.z;
    let v76 = tmp2[l74];
    let v77 = select(0.0, 1.0, v76 > 0.0);
    let v78 = select(0.0, v75, v77 != 0.0);
    tmp10[l74] = v78;
  }
  {
    let i79 = i0 + 1u;
    let j80 = j0 + 3u;
    let l81 = i79 * 300u + j80;
    let v82 = acc9.w;
    let v83 = tmp2[l81];
    let v84 = select(0.0, 1.0, v83 > 0.0);
    let v85 = select(0.0, v82, v84 != 0.0);
    tmp10[l81] = v85;
  }
  {
    let i86 = i0 + 2u;
    let l87 = i86 * 300u + j0;
    let v88 = acc10.x;
    let v89 = tmp2[l87];
    let v90 = select(0.0, 1.0, v89 > 0.0);
    let v91 = select(0.0, v88, v90 != 0.0);
    tmp10[l87] = v91;
  }
  {
    let i92 = i0 + 2u;
    let j93 = j0 + 1u;
    let l94 = i92 * 300u + j93;
    let v95 = acc10.y;
    let v96 = tmp2[l94];
    let v97 = select(0.0, 1.0, v96 > 0.0);
    let v98 = select(0.0, v95, v97 != 0.0);
    tmp10[l94] = v98;
  }
  {
    let i99 = i0 + 2u;
    let j100 = j0 + 2u;
    let l101 = i99 * 300u + j100;
    let v102 = acc10.z;
    let v103 = tmp2[l101];
    let v104 = select(0.0, 1.0, v103 > 0.0);
    let v105 = select(0.0, v102, v104 != 0.0);
    tmp10[l101] = v105;
  }
  {
    let i106 = i0 + 2u;
    let j107 = j0 + 3u;
    let l108 = i106 * 300u + j107;
    let v109 = acc10.w;
    let v110 = tmp2[l108];
    let v111 = select(0.0, 1.0, v110 > 0.0);
    let v112 = select(0.0, v109, v111 != 0.0);
    tmp10[l108] = v112;
  }
  {
    let i113 = i0 + 3u;
    let l114 = i113 * 300u + j0;
    let v115 = acc11.x;
    let v116 = tmp2[l114];
    let v117 = select(0.0, 1.0, v116 > 0.0);
    let v118 = select(0.0, v115, v117 != 0.0);
    tmp10[l114] = v118;
  }
  {
    let i119 = i0 + 3u;
    let j120 = j0 + 1u;
    let l121 = i119 * 300u + j120;
    let v122 = acc11.y;
    let v123 = tmp2[l121];
    let v124 = select(0.0, 1.0, v123 > 0.0);
    let v125 = select(0.0, v122, v124 != 0.0);
    tmp10[l121] = v125;
  }
  {
    let i126 = i0 + 3u;
    let j127 = j0 + 2u;
    let l128 = i126 * 300u + j127;
    let v129 = acc11.z;
    let v130 = tmp2[l128];
    let v131 = select(0.0, 1.0, v130 > 0.0);
    let v132 = select(0.0, v129, v131 != 0.0);
    tmp10[l128] = v132;
  }
  {
    let i133 = i0 + 3u;
    let j134 = j0 + 3u;
    let l135 = i133 * 300u + j134;
    let v136 = acc11.w;
    let v137 = tmp2[l135];
    let v138 = select(0.0, 1.0, v137 > 0.0);
    let v139 = select(0.0, v136, v138 != 0.0);
    tmp10[l135] = v139;
  }
}

// ---- 022_matmul_hidden1_dense_kernel_sgd.wgsl
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
    let v71 = sign(v69);
    let v72 = (0.001 * v71);
    let v73 = (v70 + v72);
    let v74 = (v73 * 0.01);
    let v75 = (v69 - v74);
    s_hidden1_dense_kernel[l68] = v75;
  }
  {
    let j76 = j0 + 1u;
    let l77 = i0 * 300u + j76;
    let v78 = s_hidden1_dense_kernel[l77];
    let v79 = acc20.y;
    let v80 = sign(v78);
    let v81 = (0.001 * v80);
    let v82 = (v79 + v81);
    let v83 = (v82 * 0.01);
    let v84 = (v78 - v83);
    s_hidden1_dense_kernel[l77] = v84;
  }
  {
    let j85 = j0 + 2u;
    let l86 = i0 * 300u + j85;
    let v87 = s_hidden1_dense_kernel[l86];
    let v88 = acc20.z;
    let v89 = sign(v87);
    let v90 = (0.001 * v89);
    let v91 = (v88 + v90);
    let v92 = (v91 * 0.01);
    let v93 = (v87 - v92);
    s_hidden1_dense_kernel[l86] = v93;
  }
  {
    let j94 = j0 + 3u;
    let l95 = i0 * 300u + j94;
    let v96 = s_hidden1_dense_kernel[l95];
    let v97 = acc20.w;
    let v98 = sign(v96);
    let v99 = (0.001 * v98);
    let v100 = (v97 + v99);
    let v101 = (v100 * 0.01);
    let v102 = (v96 - v101);
    s_hidden1_dense_kernel[l95] = v102;
  }
  {
    let j103 = j0 + 4u;
    let l104 = i0 * 300u + j103;
    let v105 = s_hidden1_dense_kernel[l104];
    let v106 = acc21.x;
    let v107 = sign(v105);
    let v108 = (0.001 * v107);
    let v109 = (v106 + v108);
    let v110 = (v109 * 0.01);
    let v111 = (v105 - v110);
    s_hidden1_dense_kernel[l104] = v111;
  }
  {
    let j112 = j0 + 5u;
    let l113 = i0 * 300u + j112;
    let v114 = s_hidden1_dense_kernel[l113];
    let v115 = acc21.y;
    let v116 = sign(v114);
    let v117 = (0.001 * v116);
    let v118 = (v115 + v117);
    let v119 = (v118 * 0.01);
    let v120 = (v114 - v119);
    s_hidden1_dense_kernel[l113] = v120;
  }
  {
    let j121 = j0 + 6u;
    let l122 = i0 * 300u + j121;
    let v123 = s_hidden1_dense_kernel[l122];
    let v124 = acc21.z;
    let v125 = sign(v123);
    let v126 = (0.001 * v125);
    let v127 = (v124 + v126);
    let v128 = (v127 * 0.01);
    let v129 = (v123 - v128);
    s_hidden1_dense_kernel[l122] = v129;
  }
  {
    let j130 = j0 + 7u;
    let l131 = i0 * 300u + j130;
    let v132 = s_hidden1_dense_kernel[l131];
    let v133 = acc21.w;
    let v134 = sign(v132);
    let v135 = (0.001 * v134);
    let v136 = (v133 + v135);
    let v137 = (v136 * 0.01);
    let v138 = (v132 - v137);
    s_hidden1_dense_kernel[l131] = v138;
  }
  {
    let j139 = j0 + 8u;
    let l140 = i0 * 300u + j139;
    let v141 = s_hidden1_dense_kernel[l140];
    let v142 = acc22.x;
    let v143 = sign(v141);
    let v144 = (0.001 * v143);
    let v145 = (v142 + v144);
    let v146 = (v145 * 0.01);
    let v147 = (v141 - v146);
    s_hidden1_dense_kernel[l140] = v147;
  }
  {
    let j148 = j0 + 9u;
    let l149 = i0 * 300u + j148;
    let v150 = s_hidden1_dense_kernel[l149];
    let v151 = acc22.y;
    let v152 = sign(v150);
    let v153 = (0.001 * v152);
    let v154 = (v151 + v153);
    let v155 = (v154 * 0.01);
    let v156 = (v150 - v155);
    s_hidden1_dense_kernel[l149] = v156;
  }
  {
    let j157 = j0 + 10u;
    let l158 = i0 * 300u + j157;
    let v159 = s_hidden1_dense_kernel[l158];
    let v160 = acc22.z;
    let v161 = sign(v159);
    let v162 = (0.001 * v161);
    let v163 = (v160 + v162);
    let v164 = (v163 * 0.01);
    let v165 = (v159 - v164);
    s_hidden1_dense_kernel[l158] = v165;
  }
  {
    let j166 = j0 + 11u;
    let l167 = i0 * 300u + j166;
    let v168 = s_hidden1_dense_kernel[l167];
    let v169 = acc22.w;
    let v170 = sign(v168);
    let v171 = (0.001 * v170);
    let v172 = (v169 + v171);
    let v173 = (v172 * 0.01);
    let v174 = (v168 - v173);
    s_hidden1_dense_kernel[l167] = v174;
  }
  {
    let i175 = i0 + 1u;
    let l176 = i175 * 300u + j0;
    let v177 = s_hidden1_dense_kernel[l176];
    let v178 = acc23.x;
    let v179 = sign(v177);
    let v180 = (0.001 * v179);
    let v181 = (v178 + v180);
    let v182 = (v181 * 0.01);
    let v183 = (v177 - v182);
    s_hidden1_dense_kernel[l176] = v183;
  }
  {
    let i184 = i0 + 1u;
    let j185 = j0 + 1u;
    let l186 = i184 * 300u + j185;
    let v187 = s_hidden1_dense_kernel[l186];
    let v188 = acc23.y;
    let v189 = sign(v187);
    let v190 = (0.001 * v189);
    let v191 = (v188 + v190);
    let v192 = (v191 * 0.01);
    let v193 = (v187 - v192);
    s_hidden1_dense_kernel[l186] = v193;
  }
  {
    let i194 = i0 + 1u;
    let j195 = j0 + 2u;
    let l196 = i194 * 300u + j195;
    let v197 = s_hidden1_dense_kernel[l196];
    let v198 = acc23.z;
    let v199 = sign(v197);
    let v200 = (0.001 * v199);
    let v201 = (v198 + v200);
    let v202 = (v201 * 0.01);
    let v203 = (v197 - v202);
    s_hidden1_dense_kernel[l196] = v203;
  }
  {
    let i204 = i0 + 1u;
    let j205 = j0 + 3u;
    let l206 = i204 * 300u + j205;
    let v207 = s_hidden1_dense_kernel[l206];
    let v208 = acc23.w;
    let v209 = sign(v207);
    let v210 = (0.001 * v209);
    let v211 = (v208 + v210);
    let v212 = (v211 * 0.01);
    let v213 = (v207 - v212);
    s_hidden1_dense_kernel[l206] = v213;
  }
  {
    let i214 = i0 + 1u;
    let j215 = j0 + 4u;
    let l216 = i214 * 300u + j215;
    let v217 = s_hidden1_dense_kernel[l216];
    let v218 = acc24.x;
    let v219 = sign(v217);
    let v220 = (0.001 * v219);
    let v221 = (v218 + v220);
    let v222 = (v221 * 0.01);
    let v223 = (v217 - v222);
    s_hidden1_dense_kernel[l216] = v223;
  }
  {
    let i224 = i0 + 1u;
    let j225 = j0 + 5u;
    let l226 = i224 * 300u + j225;
    let v227 = s_hidden1_dense_kernel[l226];
    let v228 = acc24.y;
    let v229 = sign(v227);
    let v230 = (0.001 * v229);
    let v231 = (v228 + v230);
    let v232 = (v231 * 0.01);
    let v233 = (v227 - v232);
    s_hidden1_dense_kernel[l226] = v233;
  }
  {
    let i234 = i0 + 1u;
    let j235 = j0 + 6u;
    let l236 = i234 * 300u + j235;
    let v237 = s_hidden1_dense_kernel[l236];
    let v238 = acc24.z;
    let v239 = sign(v237);
    let v240 = (0.001 * v239);
    let v241 = (v238 + v240);
    let v242 = (v241 * 0.01);
    let v243 = (v237 - v242);
    s_hidden1_dense_kernel[l236] = v243;
  }
  {
    let i244 = i0 + 1u;
    let j245 = j0 + 7u;
    let l246 = i244 * 300u + j245;
    let v247 = s_hidden1_dense_kernel[l246];
    let v248 = acc24.w;
    let v249 = sign(v247);
    let v250 = (0.001 * v249);
    let v251 = (v248 + v250);
    let v252 = (v251 * 0.01);
    let v253 = (v247 - v252);
    s_hidden1_dense_kernel[l246] = v253;
  }
  {
    let i254 = i0 + 1u;
    let j255 = j0 + 8u;
    let l256 = i254 * 300u + j255;
    let v257 = s_hidden1_dense_kernel[l256];
    let v258 = acc25.x;
    let v259 = sign(v257);
    let v260 = (0.001 * v259);
    let v261 = (v258 + v260);
    let v262 = (v261 * 0.01);
    let v263 = (v257 - v262);
    s_hidden1_dense_kernel[l256] = v263;
  }
  {
    let i264 = i0 + 1u;
    let j265 = j0 + 9u;
    let l266 = i264 * 300u + j265;
    let v267 = s_hidden1_dense_kernel[l266];
    let v268 = acc25.y;
    let v269 = sign(v267);
    let v270 = (0.001 * v269);
    let v271 = (v268 + v270);
    let v272 = (v271 * 0.01);
    let v273 = (v267 - v272);
    s_hidden1_dense_kernel[l266] = v273;
  }
  {
    let i274 = i0 + 1u;
    let j275 = j0 + 10u;
    let l276 = i274 * 300u + j275;
    let v277 = s_hidden1_dense_kernel[l276];
    let v278 = acc25.z;
    let v279 = sign(v277);
    let v280 = (0.001 * v279);
    let v281 = (v278 + v280);
    let v282 = (v281 * 0.01);
    let v283 = (v277 - v282);
    s_hidden1_dense_kernel[l276] = v283;
  }
  {
    let i284 = i0 + 1u;
    let j285 = j0 + 11u;
    let l286 = i284 * 300u + j285;
    let v287 = s_hidden1_dense_kernel[l286];
    let v288 = acc25.w;
    let v289 = sign(v287);
    let v290 = (0.001 * v289);
    let v291 = (v288 + v290);
    let v292 = (v291 * 0.01);
    let v293 = (v287 - v292);
    s_hidden1_dense_kernel[l286] = v293;
  }
  {
    let i294 = i0 + 2u;
    let l295 = i294 * 300u + j0;
    let v296 = s_hidden1_dense_kernel[l295];
    let v297 = acc26.x;
    let v298 = sign(v296);
    let v299 = (0.001 * v298);
    let v300 = (v297 + v299);
    let v301 = (v300 * 0.01);
    let v302 = (v296 - v301);
    s_hidden1_dense_kernel[l295] = v302;
  }
  {
    let i303 = i0 + 2u;
    let j304 = j0 + 1u;
    let l305 = i303 * 300u + j304;
    let v306 = s_hidden1_dense_kernel[l305];
    let v307 = acc26.y;
    let v308 = sign(v306);
    let v309 = (0.001 * v308);
    let v310 = (v307 + v309);
    let v311 = (v310 * 0.01);
    let v312 = (v306 - v311);
    s_hidden1_dense_kernel[l305] = v312;
  }
  {
    let i313 = i0 + 2u;
    let j314 = j0 + 2u;
    let l315 = i313 * 300u + j314;
    let v316 = s_hidden1_dense_kernel[l315];
    let v317 = acc26.z;
    let v318 = sign(v316);
    let v319 = (0.001 * v318);
    let v320 = (v317 + v319);
    let v321 = (v320 * 0.01);
    let v322 = (v316 - v321);
    s_hidden1_dense_kernel[l315] = v322;
  }
  {
    let i323 = i0 + 2u;
    let j324 = j0 + 3u;
    let l325 = i323 * 300u + j324;
    let v326 = s_hidden1_dense_kernel[l325];
    let v327 = acc26.w;
    let v328 = sign(v326);
    let v329 = (0.001 * v328);
    let v330 = (v327 + v329);
    let v331 = (v330 * 0.01);
    let v332 = (v326 - v331);
    s_hidden1_dense_kernel[l325] = v332;
  }
  {
    let i333 = i0 + 2u;
    let j334 = j0 + 4u;
    let l335 = i333 * 300u + j334;
    let v336 = s_hidden1_dense_kernel[l335];
    let v337 = acc27.x;
    let v338 = sign(v336);
    let v339 = (0.001 * v338);
    let v340 = (v337 + v339);
    let v341 = (v340 * 0.01);
    let v342 = (v336 - v341);
    s_hidden1_dense_kernel[l335] = v342;
  }
  {
    let i343 = i0 + 2u;
    let j344 = j0 + 5u;
    let l345 = i343 * 300u + j344;
    let v346 = s_hidden1_dense_kernel[l345];
    let v347 = acc27.y;
    let v348 = sign(v346);
    let v349 = (0.001 * v348);
    let v350 = (v347 + v349);
    let v351 = (v350 * 0.01);
    let v352 = (v346 - v351);
    s_hidden1_dense_kernel[l345] = v352;
  }
  {
    let i353 = i0 + 2u;
    let j354 = j0 + 6u;
    let l355 = i353 * 300u + j354;
    let v356 = s_hidden1_dense_kernel[l355];
    let v357 = acc27.z;
    let v358 = sign(v356);
    let v359 = (0.001 * v358);
    let v360 = (v357 + v359);
    let v361 = (v360 * 0.01);
    let v362 = (v356 - v361);
    s_hidden1_dense_kernel[l355] = v362;
  }
  {
    let i363 = i0 + 2u;
    let j364 = j0 + 7u;
    let l365 = i363 * 300u + j364;
    let v366 = s_hidden1_dense_kernel[l365];
    let v367 = acc27.w;
    let v368 = sign(v366);
    let v369 = (0.001 * v368);
    let v370 = (v367 + v369);
    let v371 = (v370 * 0.01);
    let v372 = (v366 - v371);
    s_hidden1_dense_kernel[l365] = v372;
  }
  {
    let i373 = i0 + 2u;
    let j374 = j0 + 8u;
    let l375 = i373 * 300u + j374;
    let v376 = s_hidden1_dense_kernel[l375];
    let v377 = acc28.x;
    let v378 = sign(v376);
    let v379 = (0.001 * v378);
    let v380 = (v377 + v379);
    let v381 = (v380 * 0.01);
    let v382 = (v376 - v381);
    s_hidden1_dense_kernel[l375] = v382;
  }
  {
    let i383 = i0 + 2u;
    let j384 = j0 + 9u;
    let l385 = i383 * 300u + j384;
    let v386 = s_hidden1_dense_kernel[l385];
    let v387 = acc28.y;
    let v388 = sign(v386);
    let v389 = (0.001 * v388);
    let v390 = (v387 + v389);
    let v391 = (v390 * 0.01);
    let v392 = (v386 - v391);
    s_hidden1_dense_kernel[l385] = v392;
  }
  {
    let i393 = i0 + 2u;
    let j394 = j0 + 10u;
    let l395 = i393 * 300u + j394;
    let v396 = s_hidden1_dense_kernel[l395];
    let v397 = acc28.z;
    let v398 = sign(v396);
    let v399 = (0.001 * v398);
    let v400 = (v397 + v399);
    let v401 = (v400 * 0.01);
    let v402 = (v396 - v401);
    s_hidden1_dense_kernel[l395] = v402;
  }
  {
    let i403 = i0 + 2u;
    let j404 = j0 + 11u;
    let l405 = i403 * 300u + j404;
    let v406 = s_hidden1_dense_kernel[l405];
    let v407 = acc28.w;
    let v408 = sign(v406);
    let v409 = (0.001 * v408);
    let v410 = (v407 + v409);
    let v411 = (v410 * 0.01);
    let v412 = (v406 - v411);
    s_hidden1_dense_kernel[l405] = v412;
  }
  {
    let i413 = i0 + 3u;
    let l414 = i413 * 300u + j0;
    let v415 = s_hidden1_dense_kernel[l414];
    let v416 = acc29.x;
    let v417 = sign(v415);
    let v418 = (0.001 * v417);
    let v419 = (v416 + v418);
    let v420 = (v419 * 0.01);
    let v421 = (v415 - v420);
    s_hidden1_dense_kernel[l414] = v421;
  }
  {
    let i422 = i0 + 3u;
    let j423 = j0 + 1u;
    let l424 = i422 * 300u + j423;
    let v425 = s_hidden1_dense_kernel[l424];
    let v426 = acc29.y;
    let v427 = sign(v425);
    let v428 = (0.001 * v427);
    let v429 = (v426 + v428);
    let v430 = (v429 * 0.01);
    let v431 = (v425 - v430);
    s_hidden1_dense_kernel[l424] = v431;
  }
  {
    let i432 = i0 + 3u;
    let j433 = j0 + 2u;
    let l434 = i432 * 300u + j433;
    let v435 = s_hidden1_dense_kernel[l434];
    let v436 = acc29.z;
    let v437 = sign(v435);
    let v438 = (0.001 * v437);
    let v439 = (v436 + v438);
    let v440 = (v439 * 0.01);
    let v441 = (v435 - v440);
    s_hidden1_dense_kernel[l434] = v441;
  }
  {
    let i442 = i0 + 3u;
    let j443 = j0 + 3u;
    let l444 = i442 * 300u + j443;
    let v445 = s_hidden1_dense_kernel[l444];
    let v446 = acc29.w;
    let v447 = sign(v445);
    let v448 = (0.001 * v447);
    let v449 = (v446 + v448);
    let v450 = (v449 * 0.01);
    let v451 = (v445 - v450);
    s_hidden1_dense_kernel[l444] = v451;
  }
  {
    let i452 = i0 + 3u;
    let j453 = j0 + 4u;
    let l454 = i452 * 300u + j453;
    let v455 = s_hidden1_dense_kernel[l454];
    let v456 = acc30.x;
    let v457 = sign(v455);
    let v458 = (0.001 * v457);
    let v459 = (v456 + v458);
    let v460 = (v459 * 0.01);
    let v461 = (v455 - v460);
    s_hidden1_dense_kernel[l454] = v461;
  }
  {
    let i462 = i0 + 3u;
    let j463 = j0 + 5u;
    let l464 = i462 * 300u + j463;
    let v465 = s_hidden1_dense_kernel[l464];
    let v466 = acc30.y;
    let v467 = sign(v465);
    let v468 = (0.001 * v467);
    let v469 = (v466 + v468);
    let v470 = (v469 * 0.01);
    let v471 = (v465 - v470);
    s_hidden1_dense_kernel[l464] = v471;
  }
  {
    let i472 = i0 + 3u;
    let j473 = j0 + 6u;
    let l474 = i472 * 300u + j473;
    let v475 = s_hidden1_dense_kernel[l474];
    let v476 = acc30.z;
    let v477 = sign(v475);
    let v478 = (0.001 * v477);
    let v479 = (v476 + v478);
    let v480 = (v479 * 0.01);
    let v481 = (v475 - v480);
    s_hidden1_dense_kernel[l474] = v481;
  }
  {
    let i482 = i0 + 3u;
    let j483 = j0 + 7u;
    let l484 = i482 * 300u + j483;
    let v485 = s_hidden1_dense_kernel[l484];
    let v486 = acc30.w;
    let v487 = sign(v485);
    let v488 = (0.001 * v487);
    let v489 = (v486 + v488);
    let v490 = (v489 * 0.01);
    let v491 = (v485 - v490);
    s_hidden1_dense_kernel[l484] = v491;
  }
  {
    let i492 = i0 + 3u;
    let j493 = j0 + 8u;
    let l494 = i492 * 300u + j493;
    let v495 = s_hidden1_dense_kernel[l494];
    let v496 = acc31.x;
    let v497 = sign(v495);
    let v498 = (0.001 * v497);
    let v499 = (v496 + v498);
    let v500 = (v499 * 0.01);
    let v501 = (v495 - v500);
    s_hidden1_dense_kernel[l494] = v501;
  }
  {
    let i502 = i0 + 3u;
    let j503 = j0 + 9u;
    let l504 = i502 * 300u + j503;
    let v505 = s_hidden1_dense_kernel[l504];
    let v506 = acc31.y;
    let v507 = sign(v505);
    let v508 = (0.001 * v507);
    let v509 = (v506 + v508);
    let v510 = (v509 * 0.01);
    let v511 = (v505 - v510);
    s_hidden1_dense_kernel[l504] = v511;
  }
  {
    let i512 = i0 + 3u;
    let j513 = j0 + 10u;
    let l514 = i512 * 300u + j513;
    let v515 = s_hidden1_dense_kernel[l514];
    let v516 = acc31.z;
    let v517 = sign(v515);
    let v518 = (0.001 * v517);
    let v519 = (v516 + v518);
    let v520 = (v519 * 0.01);
    let v521 = (v515 - v520);
    s_hidden1_dense_kernel[l514] = v521;
  }
  {
    let i522 = i0 + 3u;
    let j523 = j0 + 11u;
    let l524 = i522 * 300u + j523;
    let v525 = s_hidden1_dense_kernel[l524];
    let v526 = acc31.w;
    let v527 = sign(v525);
    let v528 = (0.001 * v527);
    let v529 = (v526 + v528);
    let v530 = (v529 * 0.01);
    let v531 = (v525 - v530);
    s_hidden1_dense_kernel[l524] = v531;
  }
  {
    let i532 = i0 + 4u;
    let l533 = i532 * 300u + j0;
    let v534 = s_hidden1_dense_kernel[l533];
    let v535 = acc32.x;
    let v536 = sign(v534);
    let v537 = (0.001 * v536);
    let v538 = (v535 + v537);
    let v539 = (v538 * 0.01);
    let v540 = (v534 - v539);
    s_hidden1_dense_kernel[l533] = v540;
  }
  {
    let i541 = i0 + 4u;
    let j542 = j0 + 1u;
    let l543 = i541 * 300u + j542;
    let v544 = s_hidden1_dense_kernel[l543];
    let v545 = acc32.y;
    let v546 = sign(v544);
    let v547 = (0.001 * v546);
    let v548 = (v545 + v547);
    let v549 = (v548 * 0.01);
    let v550 = (v544 - v549);
    s_hidden1_dense_kernel[l543] = v550;
  }
  {
    let i551 = i0 + 4u;
    let j552 = j0 + 2u;
    let l553 = i551 * 300u + j552;
    let v554 = s_hidden1_dense_kernel[l553];
    let v555 = acc32.z;
    let v556 = sign(v554);
    let v557 = (0.001 * v556);
    let v558 = (v555 + v557);
    let v559 = (v558 * 0.01);
    let v560 = (v554 - v559);
    s_hidden1_dense_kernel[l553] = v560;
  }
  {
    let i561 = i0 + 4u;
    let j562 = j0 + 3u;
    let l563 = i561 * 300u + j562;
    let v564 = s_hidden1_dense_kernel[l563];
    let v565 = acc32.w;
    let v566 = sign(v564);
    let v567 = (0.001 * v566);
    let v568 = (v565 + v567);
    let v569 = (v568 * 0.01);
    let v570 = (v564 - v569);
    s_hidden1_dense_kernel[l563] = v570;
  }
  {
    let i571 = i0 + 4u;
    let j572 = j0 + 4u;
    let l573 = i571 * 300u + j572;
    let v574 = s_hidden1_dense_kernel[l573];
    let v575 = acc33.x;
    let v576 = sign(v574);
    let v577 = (0.001 * v576);
    let v578 = (v575 + v577);
    let v579 = (v578 * 0.01);
    let v580 = (v574 - v579);
    s_hidden1_dense_kernel[l573] = v580;
  }
  {
    let i581 = i0 + 4u;
    let j582 = j0 + 5u;
    let l583 = i581 * 300u + j582;
    let v584 = s_hidden1_dense_kernel[l583];
    let v585 = acc33.y;
    let v586 = sign(v584);
    let v587 = (0.001 * v586);
    let v588 = (v585 + v587);
    let v589 = (v588 * 0.01);
    let v590 = (v584 - v589);
    s_hidden1_dense_kernel[l583] = v590;
  }
  {
    let i591 = i0 + 4u;
    let j592 = j0 + 6u;
    let l593 = i591 * 300u + j592;
    let v594 = s_hidden1_dense_kernel[l593];
    let v595 = acc33.z;
    let v596 = sign(v594);
    let v597 = (0.001 * v596);
    let v598 = (v595 + v597);
    let v599 = (v598 * 0.01);
    let v600 = (v594 - v599);
    s_hidden1_dense_kernel[l593] = v600;
  }
  {
    let i601 = i0 + 4u;
    let j602 = j0 + 7u;
    let l603 = i601 * 300u + j602;
    let v604 = s_hidden1_dense_kernel[l603];
    let v605 = acc33.w;
    let v606 = sign(v604);
    let v607 = (0.001 * v606);
    let v608 = (v605 + v607);
    let v609 = (v608 * 0.01);
    let v610 = (v604 - v609);
    s_hidden1_dense_kernel[l603] = v610;
  }
  {
    let i611 = i0 + 4u;
    let j612 = j0 + 8u;
    let l613 = i611 * 300u + j612;
    let v614 = s_hidden1_dense_kernel[l613];
    let v615 = acc34.x;
    let v616 = sign(v614);
    let v617 = (0.001 * v616);
    let v618 = (v615 + v617);
    let v619 = (v618 * 0.01);
    let v620 = (v614 - v619);
    s_hidden1_dense_kernel[l613] = v620;
  }
  {
    let i621 = i0 + 4u;
    let j622 = j0 + 9u;
    let l623 = i621 * 300u + j622;
    let v624 = s_hidden1_dense_kernel[l623];
    let v625 = acc34.y;
    let v626 = sign(v624);
    let v627 = (0.001 * v626);
    let v628 = (v625 + v627);
    let v629 = (v628 * 0.01);
    let v630 = (v624 - v629);
    s_hidden1_dense_kernel[l623] = v630;
  }
  {
    let i631 = i0 + 4u;
    let j632 = j0 + 10u;
    let l633 = i631 * 300u + j632;
    let v634 = s_hidden1_dense_kernel[l633];
    let v635 = acc34.z;
    let v636 = sign(v634);
    let v637 = (0.001 * v636);
    let v638 = (v635 + v637);
    let v639 = (v638 * 0.01);
    let v640 = (v634 - v639);
    s_hidden1_dense_kernel[l633] = v640;
  }
  {
    let i641 = i0 + 4u;
    let j642 = j0 + 11u;
    let l643 = i641 * 300u + j642;
    let v644 = s_hidden1_dense_kernel[l643];
    let v645 = acc34.w;
    let v646 = sign(v644);
    let v647 = (0.001 * v646);
    let v648 = (v645 + v647);
    let v649 = (v648 * 0.01);
    let v650 = (v644 - v649);
    s_hidden1_dense_kernel[l643] = v650;
  }
  {
    let i651 = i0 + 5u;
    let l652 = i651 * 300u + j0;
    let v653 = s_hidden1_dense_kernel[l652];
    let v654 = acc35.x;
    let v655 = sign(v653);
    let v656 = (0.001 * v655);
    let v657 = (v654 + v656);
    let v658 = (v657 * 0.01);
    let v659 = (v653 - v658);
    s_hidden1_dense_kernel[l652] = v659;
  }
  {
    let i660 = i0 + 5u;
    let j661 = j0 + 1u;
    let l662 = i660 * 300u + j661;
    let v663 = s_hidden1_dense_kernel[l662];
    let v664 = acc35.y;
    let v665 = sign(v663);
    let v666 = (0.001 * v665);
    let v667 = (v664 + v666);
    let v668 = (v667 * 0.01);
    let v669 = (v663 - v668);
    s_hidden1_dense_kernel[l662] = v669;
  }
  {
    let i670 = i0 + 5u;
    let j671 = j0 + 2u;
    let l672 = i670 * 300u + j671;
    let v673 = s_hidden1_dense_kernel[l672];
    let v674 = acc35.z;
    let v675 = sign(v673);
    let v676 = (0.001 * v675);
    let v677 = (v674 + v676);
    let v678 = (v677 * 0.01);
    let v679 = (v673 - v678);
    s_hidden1_dense_kernel[l672] = v679;
  }
  {
    let i680 = i0 + 5u;
    let j681 = j0 + 3u;
    let l682 = i680 * 300u + j681;
    let v683 = s_hidden1_dense_kernel[l682];
    let v684 = acc35.w;
    let v685 = sign(v683);
    let v686 = (0.001 * v685);
    let v687 = (v684 + v686);
    let v688 = (v687 * 0.01);
    let v689 = (v683 - v688);
    s_hidden1_dense_kernel[l682] = v689;
  }
  {
    let i690 = i0 + 5u;
    let j691 = j0 + 4u;
    let l692 = i690 * 300u + j691;
    let v693 = s_hidden1_dense_kernel[l692];
    let v694 = acc36.x;
    let v695 = sign(v693);
    let v696 = (0.001 * v695);
    let v697 = (v694 + v696);
    let v698 = (v697 * 0.01);
    let v699 = (v693 - v698);
    s_hidden1_dense_kernel[l692] = v699;
  }
  {
    let i700 = i0 + 5u;
    let j701 = j0 + 5u;
    let l702 = i700 * 300u + j701;
    let v703 = s_hidden1_dense_kernel[l702];
    let v704 = acc36.y;
    let v705 = sign(v703);
    let v706 = (0.001 * v705);
    let v707 = (v704 + v706);
    let v708 = (v707 * 0.01);
    let v709 = (v703 - v708);
    s_hidden1_dense_kernel[l702] = v709;
  }
  {
    let i710 = i0 + 5u;
    let j711 = j0 + 6u;
    let l712 = i710 * 300u + j711;
    let v713 = s_hidden1_dense_kernel[l712];
    let v714 = acc36.z;
    let v715 = sign(v713);
    let v716 = (0.001 * v715);
    let v717 = (v714 + v716);
    let v718 = (v717 * 0.01);
    let v719 = (v713 - v718);
    s_hidden1_dense_kernel[l712] = v719;
  }
  {
    let i720 = i0 + 5u;
    let j721 = j0 + 7u;
    let l722 = i720 * 300u + j721;
    let v723 = s_hidden1_dense_kernel[l722];
    let v724 = acc36.w;
    let v725 = sign(v723);
    let v726 = (0.001 * v725);
    let v727 = (v724 + v726);
    let v728 = (v727 * 0.01);
    let v729 = (v723 - v728);
    s_hidden1_dense_kernel[l722] = v729;
  }
  {
    let i730 = i0 + 5u;
    let j731 = j0 + 8u;
    let l732 = i730 * 300u + j731;
    let v733 = s_hidden1_dense_kernel[l732];
    let v734 = acc37.x;
    let v735 = sign(v733);
    let v736 = (0.001 * v735);
    let v737 = (v734 + v736);
    let v738 = (v737 * 0.01);
    let v739 = (v733 - v738);
    s_hidden1_dense_kernel[l732] = v739;
  }
  {
    let i740 = i0 + 5u;
    let j741 = j0 + 9u;
    let l742 = i740 * 300u + j741;
    let v743 = s_hidden1_dense_kernel[l742];
    let v744 = acc37.y;
    let v745 = sign(v743);
    let v746 = (0.001 * v745);
    let v747 = (v744 + v746);
    let v748 = (v747 * 0.01);
    let v749 = (v743 - v748);
    s_hidden1_dense_kernel[l742] = v749;
  }
  {
    let i750 = i0 + 5u;
    let j751 = j0 + 10u;
    let l752 = i750 * 300u + j751;
    let v753 = s_hidden1_dense_kernel[l752];
    let v754 = acc37.z;
    let v755 = sign(v753);
    let v756 = (0.001 * v755);
    let v757 = (v754 + v756);
    let v758 = (v757 * 0.01);
    let v759 = (v753 - v758);
    s_hidden1_dense_kernel[l752] = v759;
  }
  {
    let i760 = i0 + 5u;
    let j761 = j0 + 11u;
    let l762 = i760 * 300u + j761;
    let v763 = s_hidden1_dense_kernel[l762];
    let v764 = acc37.w;
    let v765 = sign(v763);
    let v766 = (0.001 * v765);
    let v767 = (v764 + v766);
    let v768 = (v767 * 0.01);
    let v769 = (v763 - v768);
    s_hidden1_dense_kernel[l762] = v769;
  }
  {
    let i770 = i0 + 6u;
    let l771 = i770 * 300u + j0;
    let v772 = s_hidden1_dense_kernel[l771];
    let v773 = acc38.x;
    let v774 = sign(v772);
    let v775 = (0.001 * v774);
    let v776 = (v773 + v775);
    let v777 = (v776 * 0.01);
    let v778 = (v772 - v777);
    s_hidden1_dense_kernel[l771] = v778;
  }
  {
    let i779 = i0 + 6u;
    let j780 = j0 + 1u;
    let l781 = i779 * 300u + j780;
    let v782 = s_hidden1_dense_kernel[l781];
    let v783 = acc38.y;
    let v784 = sign(v782);
    let v785 = (0.001 * v784);
    let v786 = (v783 + v785);
    let v787 = (v786 * 0.01);
    let v788 = (v782 - v787);
    s_hidden1_dense_kernel[l781] = v788;
  }
  {
    let i789 = i0 + 6u;
    let j790 = j0 + 2u;
    let l791 = i789 * 300u + j790;
    let v792 = s_hidden1_dense_kernel[l791];
    let v793 = acc38.z;
    let v794 = sign(v792);
    let v795 = (0.001 * v794);
    let v796 = (v793 + v795);
    let v797 = (v796 * 0.01);
    let v798 = (v792 - v797);
    s_hidden1_dense_kernel[l791] = v798;
  }
  {
    let i799 = i0 + 6u;
    let j800 = j0 + 3u;
    let l801 = i799 * 300u + j800;
    let v802 = s_hidden1_dense_kernel[l801];
    let v803 = acc38.w;
    let v804 = sign(v802);
    let v805 = (0.001 * v804);
    let v806 = (v803 + v805);
    let v807 = (v806 * 0.01);
    let v808 = (v802 - v807);
    s_hidden1_dense_kernel[l801] = v808;
  }
  {
    let i809 = i0 + 6u;
    let j810 = j0 + 4u;
    let l811 = i809 * 300u + j810;
    let v812 = s_hidden1_dense_kernel[l811];
    let v813 = acc39.x;
    let v814 = sign(v812);
    let v815 = (0.001 * v814);
    let v816 = (v813 + v815);
    let v817 = (v816 * 0.01);
    let v818 = (v812 - v817);
    s_hidden1_dense_kernel[l811] = v818;
  }
  {
    let i819 = i0 + 6u;
    let j820 = j0 + 5u;
    let l821 = i819 * 300u + j820;
    let v822 = s_hidden1_dense_kernel[l821];
    let v823 = acc39.y;
    let v824 = sign(v822);
    let v825 = (0.001 * v824);
    let v826 = (v823 + v825);
    let v827 = (v826 * 0.01);
    let v828 = (v822 - v827);
    s_hidden1_dense_kernel[l821] = v828;
  }
  {
    let i829 = i0 + 6u;
    let j830 = j0 + 6u;
    let l831 = i829 * 300u + j830;
    let v832 = s_hidden1_dense_kernel[l831];
    let v833 = acc39.z;
    let v834 = sign(v832);
    let v835 = (0.001 * v834);
    let v836 = (v833 + v835);
    let v837 = (v836 * 0.01);
    let v838 = (v832 - v837);
    s_hidden1_dense_kernel[l831] = v838;
  }
  {
    let i839 = i0 + 6u;
    let j840 = j0 + 7u;
    let l841 = i839 * 300u + j840;
    let v842 = s_hidden1_dense_kernel[l841];
    let v843 = acc39.w;
    let v844 = sign(v842);
    let v845 = (0.001 * v844);
    let v846 = (v843 + v845);
    let v847 = (v846 * 0.01);
    let v848 = (v842 - v847);
    s_hidden1_dense_kernel[l841] = v848;
  }
  {
    let i849 = i0 + 6u;
    let j850 = j0 + 8u;
    let l851 = i849 * 300u + j850;
    let v852 = s_hidden1_dense_kernel[l851];
    let v853 = acc40.x;
    let v854 = sign(v852);
    let v855 = (0.001 * v854);
    let v856 = (v853 + v855);
    let v857 = (v856 * 0.01);
    let v858 = (v852 - v857);
    s_hidden1_dense_kernel[l851] = v858;
  }
  {
    let i859 = i0 + 6u;
    let j860 = j0 + 9u;
    let l861 = i859 * 300u + j860;
    let v862 = s_hidden1_dense_kernel[l861];
    let v863 = acc40.y;
    let v864 = sign(v862);
    let v865 = (0.001 * v864);
    let v866 = (v863 + v865);
    let v867 = (v866 * 0.01);
    let v868 = (v862 - v867);
    s_hidden1_dense_kernel[l861] = v868;
  }
  {
    let i869 = i0 + 6u;
    let j870 = j0 + 10u;
    let l871 = i869 * 300u + j870;
    let v872 = s_hidden1_dense_kernel[l871];
    let v873 = acc40.z;
    let v874 = sign(v872);
    let v875 = (0.001 * v874);
    let v876 = (v873 + v875);
    let v877 = (v876 * 0.01);
    let v878 = (v872 - v877);
    s_hidden1_dense_kernel[l871] = v878;
  }
  {
    let i879 = i0 + 6u;
    let j880 = j0 + 11u;
    let l881 = i879 * 300u + j880;
    let v882 = s_hidden1_dense_kernel[l881];
    let v883 = acc40.w;
    let v884 = sign(v882);
    let v885 = (0.001 * v884);
    let v886 = (v883 + v885);
    let v887 = (v886 * 0.01);
    let v888 = (v882 - v887);
    s_hidden1_dense_kernel[l881] = v888;
  }
  {
    let i889 = i0 + 7u;
    let l890 = i889 * 300u + j0;
    let v891 = s_hidden1_dense_kernel[l890];
    let v892 = acc41.x;
    let v893 = sign(v891);
    let v894 = (0.001 * v893);
    let v895 = (v892 + v894);
    let v896 = (v895 * 0.01);
    let v897 = (v891 - v896);
    s_hidden1_dense_kernel[l890] = v897;
  }
  {
    let i898 = i0 + 7u;
    let j899 = j0 + 1u;
    let l900 = i898 * 300u + j899;
    let v901 = s_hidden1_dense_kernel[l900];
    let v902 = acc41.y;
    let v903 = sign(v901);
    let v904 = (0.001 * v903);
    let v905 = (v902 + v904);
    let v906 = (v905 * 0.01);
    let v907 = (v901 - v906);
    s_hidden1_dense_kernel[l900] = v907;
  }
  {
    let i908 = i0 + 7u;
    let j909 = j0 + 2u;
    let l910 = i908 * 300u + j909;
    let v911 = s_hidden1_dense_kernel[l910];
    let v912 = acc41.z;
    let v913 = sign(v911);
    let v914 = (0.001 * v913);
    let v915 = (v912 + v914);
    let v916 = (v915 * 0.01);
    let v917 = (v911 - v916);
    s_hidden1_dense_kernel[l910] = v917;
  }
  {
    let i918 = i0 + 7u;
    let j919 = j0 + 3u;
    let l920 = i918 * 300u + j919;
    let v921 = s_hidden1_dense_kernel[l920];
    let v922 = acc41.w;
    let v923 = sign(v921);
    let v924 = (0.001 * v923);
    let v925 = (v922 + v924);
    let v926 = (v925 * 0.01);
    let v927 = (v921 - v926);
    s_hidden1_dense_kernel[l920] = v927;
  }
  {
    let i928 = i0 + 7u;
    let j929 = j0 + 4u;
    let l930 = i928 * 300u + j929;
    let v931 = s_hidden1_dense_kernel[l930];
    let v932 = acc42.x;
    let v933 = sign(v931);
    let v934 = (0.001 * v933);
    let v935 = (v932 + v934);
    let v936 = (v935 * 0.01);
    let v937 = (v931 - v936);
    s_hidden1_dense_kernel[l930] = v937;
  }
  {
    let i938 = i0 + 7u;
    let j939 = j0 + 5u;
    let l940 = i938 * 300u + j939;
    let v941 = s_hidden1_dense_kernel[l940];
    let v942 = acc42.y;
    let v943 = sign(v941);
    let v944 = (0.001 * v943);
    let v945 = (v942 + v944);
    let v946 = (v945 * 0.01);
    let v947 = (v941 - v946);
    s_hidden1_dense_kernel[l940] = v947;
  }
  {
    let i948 = i0 + 7u;
    let j949 = j0 + 6u;
    let l950 = i948 * 300u + j949;
    let v951 = s_hidden1_dense_kernel[l950];
    let v952 = acc42.z;
    let v953 = sign(v951);
    let v954 = (0.001 * v953);
    let v955 = (v952 + v954);
    let v956 = (v955 * 0.01);
    let v957 = (v951 - v956);
    s_hidden1_dense_kernel[l950] = v957;
  }
  {
    let i958 = i0 + 7u;
    let j959 = j0 + 7u;
    let l960 = i958 * 300u + j959;
    let v961 = s_hidden1_dense_kernel[l960];
    let v962 = acc42.w;
    let v963 = sign(v961);
    let v964 = (0.001 * v963);
    let v965 = (v962 + v964);
    let v966 = (v965 * 0.01);
    let v967 = (v961 - v966);
    s_hidden1_dense_kernel[l960] = v967;
  }
  {
    let i968 = i0 + 7u;
    let j969 = j0 + 8u;
    let l970 = i968 * 300u + j969;
    let v971 = s_hidden1_dense_kernel[l970];
    let v972 = acc43.x;
    let v973 = sign(v971);
    let v974 = (0.001 * v973);
    let v975 = (v972 + v974);
    let v976 = (v975 * 0.01);
    let v977 = (v971 - v976);
    s_hidden1_dense_kernel[l970] = v977;
  }
  {
    let i978 = i0 + 7u;
    let j979 = j0 + 9u;
    let l980 = i978 * 300u + j979;
    let v981 = s_hidden1_dense_kernel[l980];
    let v982 = acc43.y;
    let v983 = sign(v981);
    let v984 = (0.001 * v983);
    let v985 = (v982 + v984);
    let v986 = (v985 * 0.01);
    let v987 = (v981 - v986);
    s_hidden1_dense_kernel[l980] = v987;
  }
  {
    let i988 = i0 + 7u;
    let j989 = j0 + 10u;
    let l990 = i988 * 300u + j989;
    let v991 = s_hidden1_dense_kernel[l990];
    let v992 = acc43.z;
    let v993 = sign(v991);
    let v994 = (0.001 * v993);
    let v995 = (v992 + v994);
    let v996 = (v995 * 0.01);
    let v997 = (v991 - v996);
    s_hidden1_dense_kernel[l990] = v997;
  }
  {
    let i998 = i0 + 7u;
    let j999 = j0 + 11u;
    let l1000 = i998 * 300u + j999;
    let v1001 = s_hidden1_dense_kernel[l1000];
    let v1002 = acc43.w;
    let v1003 = sign(v1001);
    let v1004 = (0.001 * v1003);
    let v1005 = (v1002 + v1004);
    let v1006 = (v1005 * 0.01);
    let v1007 = (v1001 - v1006);
    s_hidden1_dense_kernel[l1000] = v1007;
  }
}

// ---- 023_reduce_sum_hidden1_dense_bias_sgd.wgsl
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
  let v7 = (red6 * 0.01);
  let v8 = (v0 - v7);
  storageBarrier();
  if (lane == 0u) {
    s_hidden1_dense_bias[i] = v8;
  }
}

// ---- 024_matmul_hidden2_dense_kernel_sgd.wgsl
@group(0) @binding(0) var<storage, read> tmp3_v4: array<vec4<f32>>;
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
    let aq14 = tmp3_v4[(kq12 * 300u + i0) / 4u + 0u];
    let kq15 = k * 4u + 1u;
    let bv16 = tmp9_v4[(kq15 * 100u + j0) / 4u];
    let aq17 = tmp3_v4[(kq15 * 300u + i0) / 4u + 0u];
    let kq18 = k * 4u + 2u;
    let bv19 = tmp9_v4[(kq18 * 100u + j0) / 4u];
    let aq20 = tmp3_v4[(kq18 * 300u + i0) / 4u + 0u];
    let kq21 = k * 4u + 3u;
    let bv22 = tmp9_v4[(kq21 * 100u + j0) / 4u];
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
    let v27 = sign(v25);
    let v28 = (0.001 * v27);
    let v29 = (v26 + v28);
    let v30 = (v29 * 0.01);
    let v31 = (v25 - v30);
    s_hidden2_dense_kernel[l24] = v31;
  }
  {
    let j32 = j0 + 1u;
    let l33 = i0 * 100u + j32;
    let v34 = s_hidden2_dense_kernel[l33];
    let v35 = acc8.y;
    let v36 = sign(v34);
    let v37 = (0.001 * v36);
    let v38 = (v35 + v37);
    let v39 = (v38 * 0.01);
    let v40 = (v34 - v39);
    s_hidden2_dense_kernel[l33] = v40;
  }
  {
    let j41 = j0 + 2u;
    let l42 = i0 * 100u + j41;
    let v43 = s_hidden2_dense_kernel[l42];
    let v44 = acc8.z;
    let v45 = sign(v43);
    let v46 = (0.001 * v45);
    let v47 = (v44 + v46);
    let v48 = (v47 * 0.01);
    let v49 = (v43 - v48);
    s_hidden2_dense_kernel[l42] = v49;
  }
  {
    let j50 = j0 + 3u;
    let l51 = i0 * 100u + j50;
    let v52 = s_hidden2_dense_kernel[l51];
    let v53 = acc8.w;
    let v54 = sign(v52);
    let v55 = (0.001 * v54);
    let v56 = (v53 + v55);
    let v57 = (v56 * 0.01);
    let v58 = (v52 - v57);
    s_hidden2_dense_kernel[l51] = v58;
  }
  {
    let i59 = i0 + 1u;
    let l60 = i59 * 100u + j0;
    let v61 = s_hidden2_dense_kernel[l60];
    let v62 = acc9.x;
    let v63 = sign(v61);
    let v64 = (0.001 * v63);
    let v65 = (v62 + v64);
    let v66 = (v65 * 0.01);
    let v67 = (v61 - v66);
    s_hidden2_dense_kernel[l60] = v67;
  }
  {
    let i68 = i0 + 1u;
    let j69 = j0 + 1u;
    let l70 = i68 * 100u + j69;
    let v71 = s_hidden2_dense_kernel[l70];
    let v72 = acc9.y;
    let v73 = sign(v71);
    let v74 = (0.001 * v73);
    let v75 = (v72 + v74);
    let v76 = (v75 * 0.01);
    let v77 = (v71 - v76);
    s_hidden2_dense_kernel[l70] = v77;
  }
  {
    let i78 = i0 + 1u;
    let j79 = j0 + 2u;
    let l80 = i78 * 100u + j79;
    let v81 = s_hidden2_dense_kernel[l80];
    let v82 = acc9.z;
    let v83 = sign(v81);
    let v84 = (0.001 * v83);
    let v85 = (v82 + v84);
    let v86 = (v85 * 0.01);
    let v87 = (v81 - v86);
    s_hidden2_dense_kernel[l80] = v87;
  }
  {
    let i88 = i0 + 1u;
    let j89 = j0 + 3u;
    let l90 = i88 * 100u + j89;
    let v91 = s_hidden2_dense_kernel[l90];
    let v92 = acc9.w;
    let v93 = sign(v91);
    let v94 = (0.001 * v93);
    let v95 = (v92 + v94);
    let v96 = (v95 * 0.01);
    let v97 = (v91 - v96);
    s_hidden2_dense_kernel[l90] = v97;
  }
  {
    let i98 = i0 + 2u;
    let l99 = i98 * 100u + j0;
    let v100 = s_hidden2_dense_kernel[l99];
    let v101 = acc10.x;
    let v102 = sign(v100);
    let v103 = (0.001 * v102);
    let v104 = (v101 + v103);
    let v105 = (v104 * 0.01);
    let v106 = (v100 - v105);
    s_hidden2_dense_kernel[l99] = v106;
  }
  {
    let i107 = i0 + 2u;
    let j108 = j0 + 1u;
    let l109 = i107 * 100u + j108;
    let v110 = s_hidden2_dense_kernel[l109];
    let v111 = acc10.y;
    let v112 = sign(v110);
    let v113 = (0.001 * v112);
    let v114 = (v111 + v113);
    let v115 = (v114 * 0.01);
    let v116 = (v110 - v115);
    s_hidden2_dense_kernel[l109] = v116;
  }
  {
    let i117 = i0 + 2u;
    let j118 = j0 + 2u;
    let l119 = i117 * 100u + j118;
    let v120 = s_hidden2_dense_kernel[l119];
    let v121 = acc10.z;
    let v122 = sign(v120);
    let v123 = (0.001 * v122);
    let v124 = (v121 + v123);
    let v125 = (v124 * 0.01);
    let v126 = (v120 - v125);
    s_hidden2_dense_kernel[l119] = v126;
  }
  {
    let i127 = i0 + 2u;
    let j128 = j0 + 3u;
    let l129 = i127 * 100u + j128;
    let v130 = s_hidden2_dense_kernel[l129];
    let v131 = acc10.w;
    let v132 = sign(v130);
    let v133 = (0.001 * v132);
    let v134 = (v131 + v133);
    let v135 = (v134 * 0.01);
    let v136 = (v130 - v135);
    s_hidden2_dense_kernel[l129] = v136;
  }
  {
    let i137 = i0 + 3u;
    let l138 = i137 * 100u + j0;
    let v139 = s_hidden2_dense_kernel[l138];
    let v140 = acc11.x;
    let v141 = sign(v139);
    let v142 = (0.001 * v141);
    let v143 = (v140 + v142);
    let v144 = (v143 * 0.01);
    let v145 = (v139 - v144);
    s_hidden2_dense_kernel[l138] = v145;
  }
  {
    let i146 = i0 + 3u;
    let j147 = j0 + 1u;
    let l148 = i146 * 100u + j147;
    let v149 = s_hidden2_dense_kernel[l148];
    let v150 = acc11.y;
    let v151 = sign(v149);
    let v152 = (0.001 * v151);
    let v153 = (v150 + v152);
    let v154 = (v153 * 0.01);
    let v155 = (v149 - v154);
    s_hidden2_dense_kernel[l148] = v155;
  }
  {
    let i156 = i0 + 3u;
    let j157 = j0 + 2u;
    let l158 = i156 * 100u + j157;
    let v159 = s_hidden2_dense_kernel[l158];
    let v160 = acc11.z;
    let v161 = sign(v159);
    let v162 = (0.001 * v161);
    let v163 = (v160 + v162);
    let v164 = (v163 * 0.01);
    let v165 = (v159 - v164);
    s_hidden2_dense_kernel[l158] = v165;
  }
  {
    let i166 = i0 + 3u;
    let j167 = j0 + 3u;
    let l168 = i166 * 100u + j167;
    let v169 = s_hidden2_dense_kernel[l168];
    let v170 = acc11.w;
    let v171 = sign(v169);
    let v172 = (0.001 * v171);
    let v173 = (v170 + v172);
    let v174 = (v173 * 0.01);
    let v175 = (v169 - v174);
    s_hidden2_dense_kernel[l168] = v175;
  }
}

// ---- 025_reduce_sum_hidden2_dense_bias_sgd.wgsl
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
  let v7 = (red6 * 0.01);
  let v8 = (v0 - v7);
  storageBarrier();
  if (lane == 0u) {
    s_hidden2_dense_bias[i] = v8;
  }
}

// ---- 026_matmul_logits_dense_kernel_sgd.wgsl
@group(0) @binding(0) var<storage, read> tmp6: array<f32>;
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
    acc8 = acc8 + tmp6[rk14 + row0] * bv13;
    acc9 = acc9 + tmp6[rk14 + row1] * bv13;
    acc10 = acc10 + tmp6[rk14 + row2] * bv13;
    acc11 = acc11 + tmp6[rk14 + row3] * bv13;
  }
  {
    let l15 = i0 * 10u + j0;
    let v16 = s_logits_dense_kernel[l15];
    let v17 = acc8.x;
    let v18 = sign(v16);
    let v19 = (0.001 * v18);
    let v20 = (v17 + v19);
    let v21 = (v20 * 0.01);
    let v22 = (v16 - v21);
    s_logits_dense_kernel[l15] = v22;
  }
  if (j0 + 1u < 10u) {
    let j23 = j0 + 1u;
    let l24 = i0 * 10u + j23;
    let v25 = s_logits_dense_kernel[l24];
    let v26 = acc8.y;
    let v27 = sign(v25);
    let v28 = (0.001 * v27);
    let v29 = (v26 + v28);
    let v30 = (v29 * 0.01);
    let v31 = (v25 - v30);
    s_logits_dense_kernel[l24] = v31;
  }
  if (j0 + 2u < 10u) {
    let j32 = j0 + 2u;
    let l33 = i0 * 10u + j32;
    let v34 = s_logits_dense_kernel[l33];
    let v35 = acc8.z;
    let v36 = sign(v34);
    let v37 = (0.001 * v36);
    let v38 = (v35 + v37);
    let v39 = (v38 * 0.01);
    let v40 = (v34 - v39);
    s_logits_dense_kernel[l33] = v40;
  }
  if (j0 + 3u < 10u) {
    let j41 = j0 + 3u;
    let l42 = i0 * 10u + j41;
    let v43 = s_logits_dense_kernel[l42];
    let v44 = acc8.w;
    let v45 = sign(v43);
    let v46 = (0.001 * v45);
    let v47 = (v44 + v46);
    let v48 = (v47 * 0.01);
    let v49 = (v43 - v48);
    s_logits_dense_kernel[l42] = v49;
  }
  {
    let i50 = i0 + 1u;
    let l51 = i50 * 10u + j0;
    let v52 = s_logits_dense_kernel[l51];
    let v53 = acc9.x;
    let v54 = sign(v52);
    let v55 = (0.001 * v54);
    let v56 = (v53 + v55);
    let v57 = (v56 * 0.01);
    let v58 = (v52 - v57);
    s_logits_dense_kernel[l51] = v58;
  }
  if (j0 + 1u < 10u) {
    let i59 = i0 + 1u;
    let j60 = j0 + 1u;
    let l61 = i59 * 10u + j60;
    let v62 = s_logits_dense_kernel[l61];
    let v63 = acc9.y;
    let v64 = sign(v62);
    let v65 = (0.001 * v64);
    let v66 = (v63 + v65);
    let v67 = (v66 * 0.01);
    let v68 = (v62 - v67);
    s_logits_dense_kernel[l61] = v68;
  }
  if (j0 + 2u < 10u) {
    let i69 = i0 + 1u;
    let j70 = j0 + 2u;
    let l71 = i69 * 10u + j70;
    let v72 = s_logits_dense_kernel[l71];
    let v73 = acc9.z;
    let v74 = sign(v72);
    let v75 = (0.001 * v74);
    let v76 = (v73 + v75);
    let v77 = (v76 * 0.01);
    let v78 = (v72 - v77);
    s_logits_dense_kernel[l71] = v78;
  }
  if (j0 + 3u < 10u) {
    let i79 = i0 + 1u;
    let j80 = j0 + 3u;
    let l81 = i79 * 10u + j80;
    let v82 = s_logits_dense_kernel[l81];
    let v83 = acc9.w;
    let v84 = sign(v82);
    let v85 = (0.001 * v84);
    let v86 = (v83 + v85);
    let v87 = (v86 * 0.01);
    let v88 = (v82 - v87);
    s_logits_dense_kernel[l81] = v88;
  }
  {
    let i89 = i0 + 2u;
    let l90 = i89 * 10u + j0;
    let v91 = s_logits_dense_kernel[l90];
    let v92 = acc10.x;
    let v93 = sign(v91);
    let v94 = (0.001 * v93);
    let v95 = (v92 + v94);
    let v96 = (v95 * 0.01);
    let v97 = (v91 - v96);
    s_logits_dense_kernel[l90] = v97;
  }
  if (j0 + 1u < 10u) {
    let i98 = i0 + 2u;
    let j99 = j0 + 1u;
    let l100 = i98 * 10u + j99;
    let v101 = s_logits_dense_kernel[l100];
    let v102 = acc10.y;
    let v103 = sign(v101);
    let v104 = (0.001 * v103);
    let v105 = (v102 + v104);
    let v106 = (v105 * 0.01);
    let v107 = (v101 - v106);
    s_logits_dense_kernel[l100] = v107;
  }
  if (j0 + 2u < 10u) {
    let i108 = i0 + 2u;
    let j109 = j0 + 2u;
    let l110 = i108 * 10u + j109;
    let v111 = s_logits_dense_kernel[l110];
    let v112 = acc10.z;
    let v113 = sign(v111);
    let v114 = (0.001 * v113);
    let v115 = (v112 + v114);
    let v116 = (v115 * 0.01);
    let v117 = (v111 - v116);
    s_logits_dense_kernel[l110] = v117;
  }
  if (j0 + 3u < 10u) {
    let i118 = i0 + 2u;
    let j119 = j0 + 3u;
    let l120 = i118 * 10u + j119;
    let v121 = s_logits_dense_kernel[l120];
    let v122 = acc10.w;
    let v123 = sign(v121);
    let v124 = (0.001 * v123);
    let v125 = (v122 + v124);
    let v126 = (v125 * 0.01);
    let v127 = (v121 - v126);
    s_logits_dense_kernel[l120] = v127;
  }
  {
    let i128 = i0 + 3u;
    let l129 = i128 * 10u + j0;
    let v130 = s_logits_dense_kernel[l129];
    let v131 = acc11.x;
    let v132 = sign(v130);
    let v133 = (0.001 * v132);
    let v134 = (v131 + v133);
    let v135 = (v134 * 0.01);
    let v136 = (v130 - v135);
    s_logits_dense_kernel[l129] = v136;
  }
  if (j0 + 1u < 10u) {
    let i137 = i0 + 3u;
    let j138 = j0 + 1u;
    let l139 = i137 * 10u + j138;
    let v140 = s_logits_dense_kernel[l139];
    let v141 = acc11.y;
    let v142 = sign(v140);
    let v143 = (0.001 * v142);
    let v144 = (v141 + v143);
    let v145 = (v144 * 0.01);
    let v146 = (v140 - v145);
    s_logits_dense_kernel[l139] = v146;
  }
  if (j0 + 2u < 10u) {
    let i147 = i0 + 3u;
    let j148 = j0 + 2u;
    let l149 = i147 * 10u + j148;
    let v150 = s_logits_dense_kernel[l149];
    let v151 = acc11.z;
    let v152 = sign(v150);
    let v153 = (0.001 * v152);
    let v154 = (v151 + v153);
    let v155 = (v154 * 0.01);
    let v156 = (v150 - v155);
    s_logits_dense_kernel[l149] = v156;
  }
  if (j0 + 3u < 10u) {
    let i157 = i0 + 3u;
    let j158 = j0 + 3u;
    let l159 = i157 * 10u + j158;
    let v160 = s_logits_dense_kernel[l159];
    let v161 = acc11.w;
    let v162 = sign(v160);
    let v163 = (0.001 * v162);
    let v164 = (v161 + v163);
    let v165 = (v164 * 0.01);
    let v166 = (v160 - v165);
    s_logits_dense_kernel[l159] = v166;
  }
}

// ---- 027_reduce_sum_logits_dense_bias_sgd.wgsl
var<workgroup> wg_f32_0: array<f32, 64>;
@group(0) @binding(0) var<storage, read_write> s_logits_dense_bias: array<f32>;
@group(0) @binding(1) var<storage, read> tmp8: array<f32>;

@compute @workgroup_size(64)
fn main(@builtin(workgroup_id) wid: vec3<u32>, @builtin(local_invocation_index) lane: u32) {
  let i = wid.x;
  let v0 = s_logits_dense_bias[i];
  var acc1: f32 = 0.0;
  for (var r2: u32 = lane; r2 < 200u; r2 = r2 + 64u) {
    let l3 = r2 * 10u + i;
    let v4 = tmp8[l3];
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
    s_logits_dense_bias[i] = v8;
  }
}

// ---- 028_add_metrics.wgsl
@group(0) @binding(0) var<storage, read_write> s_acc_train_accuracy: array<f32>;
@group(0) @binding(1) var<storage, read> out_accuracy: array<f32>;

@compute @workgroup_size(64)
fn main(@builtin(global_invocation_id) gid: vec3<u32>) {
  let i = gid.x;
  if (i >= 1u) { return; }
  let v0 = s_acc_train_accuracy[i];
  let v1 = out_accuracy[i];
  let v2 = (v0 + v1);
  s_acc_train_accuracy[i] = v2;
}

// ---- 029_feed_eval_X.wgsl
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

// ---- 030_feed_eval_y.wgsl
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

// ---- 031_matmul_hidden1.wgsl
@group(0) @binding(0) var<storage, read> in_X_v4: array<vec4<f32>>;
@group(0) @binding(1) var<storage, read> s_hidden1_dense_kernel_v4: array<vec4<f32>>;
@group(0) @binding(2) var<storage, read_write> tmp2: array<f32>;
@group(0) @binding(3) var<storage, read> s_hidden1_dense_bias: array<f32>;

@compute @workgroup_size(64)
fn main(@builtin(global_invocation_id) gid: vec3<u32>) {
  let t = gid.x;
  if (t >= 3750u) { return; }
  let i0 = (t / 75u) * 4u;
  let j0 = (t % 75u) * 4u;
  let row0 = min(i0 + 0u, 199u);
  let row1 = min(i0 + 1u, 199u);
  let row2 = min(i0 + 2u, 199u);
  let row3 = min(i0 + 3u, 199u);
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
    tmp2[l28] = v33;
  }
  {
    let j34 = j0 + 1u;
    let l35 = i0 * 300u + j34;
    let v36 = acc8.y;
    let v37 = s_hidden1_dense_bias[j34];
    let v38 = (v36 + v37);
    let v39 = select(0.0, 1.0, v38 > 0.0);
    let v40 = select(0.0, v38, v39 != 0.0);
    tmp2[l35] = v40;
  }
  {
    let j41 = j0 + 2u;
    let l42 = i0 * 300u + j41;
    let v43 = acc8.z;
    let v44 = s_hidden1_dense_bias[j41];
    let v45 = (v43 + v44);
    let v46 = select(0.0, 1.0, v45 > 0.0);
    let v47 = select(0.0, v45, v46 != 0.0);
    tmp2[l42] = v47;
  }
  {
    let j48 = j0 + 3u;
    let l49 = i0 * 300u + j48;
    let v50 = acc8.w;
    let v51 = s_hidden1_dense_bias[j48];
    let v52 = (v50 + v51);
    let v53 = select(0.0, 1.0, v52 > 0.0);
    let v54 = select(0.0, v52, v53 != 0.0);
    tmp2[l49] = v54;
  }
  {
    let i55 = i0 + 1u;
    let l56 = i55 * 300u + j0;
    let v57 = acc9.x;
    let v58 = s_hidden1_dense_bias[j0];
    let v59 = (v57 + v58);
    let v60 = select(0.0, 1.0, v59 > 0.0);
    let v61 = select(0.0, v59, v60 != 0.0);
    tmp2[l56] = v61;
  }
  {
    let i62 = i0 + 1u;
    let j63 = j0 + 1u;
    let l64 = i62 * 300u + j63;
    let v65 = acc9.y;
    let v66 = s_hidden1_dense_bias[j63];
    let v67 = (v65 + v66);
    let v68 = select(0.0, 1.0, v67 > 0.0);
    let v69 = select(0.0, v67, v68 != 0.0);
    tmp2[l64] = v69;
  }
  {
    let i70 = i0 + 1u;
    let j71 = j0 + 2u;
    let l72 = i70 * 300u + j71;
    let v73 = acc9.z;
    let v74 = s_hidden1_dense_bias[j71];
    let v75 = (v73 + v74);
    let v76 = select(0.0, 1.0, v75 > 0.0);
    let v77 = select(0.0, v75, v76 != 0.0);
    tmp2[l72] = v77;
  }
  {
    let i78 = i0 + 1u;
    let j79 = j0 + 3u;
    let l80 = i78 * 300u + j79;
    let v81 = acc9.w;
    let v82 = s_hidden1_dense_bias[j79];
    let v83 = (v81 + v82);
    let v84 = select(0.0, 1.0, v83 > 0.0);
    let v85 = select(0.0, v83, v84 != 0.0);
    tmp2[l80] = v85;
  }
  {
    let i86 = i0 + 2u;
    let l87 = i86 * 300u + j0;
    let v88 = acc10.x;
    let v89 = s_hidden1_dense_bias[j0];
    let v90 = (v88 + v89);
    let v91 = select(0.0, 1.0, v90 > 0.0);
    let v92 = select(0.0, v90, v91 != 0.0);
    tmp2[l87] = v92;
  }
  {
    let i93 = i0 + 2u;
    let j94 = j0 + 1u;
    let l95 = i93 * 300u + j94;
    let v96 = acc10.y;
    let v97 = s_hidden1_dense_bias[j94];
    let v98 = (v96 + v97);
    let v99 = select(0.0, 1.0, v98 > 0.0);
    let v100 = select(0.0, v98, v99 != 0.0);
    tmp2[l95] = v100;
  }
  {
    let i101 = i0 + 2u;
    let j102 = j0 + 2u;
    let l103 = i101 * 300u + j102;
    let v104 = acc10.z;
    let v105 = s_hidden1_dense_bias[j102];
    let v106 = (v104 + v105);
    let v107 = select(0.0, 1.0, v106 > 0.0);
    let v108 = select(0.0, v106, v107 != 0.0);
    tmp2[l103] = v108;
  }
  {
    let i109 = i0 + 2u;
    let j110 = j0 + 3u;
    let l111 = i109 * 300u + j110;
    let v112 = acc10.w;
    let v113 = s_hidden1_dense_bias[j110];
    let v114 = (v112 + v113);
    let v115 = select(0.0, 1.0, v114 > 0.0);
    let v116 = select(0.0, v114, v115 != 0.0);
    tmp2[l111] = v116;
  }
  {
    let i117 = i0 + 3u;
    let l118 = i117 * 300u + j0;
    let v119 = acc11.x;
    let v120 = s_hidden1_dense_bias[j0];
    let v121 = (v119 + v120);
    let v122 = select(0.0, 1.0, v121 > 0.0);
    let v123 = select(0.0, v121, v122 != 0.0);
    tmp2[l118] = v123;
  }
  {
    let i124 = i0 + 3u;
    let j125 = j0 + 1u;
    let l126 = i124 * 300u + j125;
    let v127 = acc11.y;
    let v128 = s_hidden1_dense_bias[j125];
    let v129 = (v127 + v128);
    let v130 = select(0.0, 1.0, v129 > 0.0);
    let v131 = select(0.0, v129, v130 != 0.0);
    tmp2[l126] = v131;
  }
  {
    let i132 = i0 + 3u;
    let j133 = j0 + 2u;
    let l134 = i132 * 300u + j133;
    let v135 = acc11.z;
    let v136 = s_hidden1_dense_bias[j133];
    let v137 = (v135 + v136);
    let v138 = select(0.0, 1.0, v137 > 0.0);
    let v139 = select(0.0, v137, v138 != 0.0);
    tmp2[l134] = v139;
  }
  {
    let i140 = i0 + 3u;
    let j141 = j0 + 3u;
    let l142 = i140 * 300u + j141;
    let v143 = acc11.w;
    let v144 = s_hidden1_dense_bias[j141];
    let v145 = (v143 + v144);
    let v146 = select(0.0, 1.0, v145 > 0.0);
    let v147 = select(0.0, v145, v146 != 0.0);
    tmp2[l142] = v147;
  }
}

// ---- 032_reduce_sum_hidden2_dense_x4.wgsl
var<workgroup> wg_f32_0: array<f32, 64>;
var<workgroup> wg_f32_1: array<f32, 64>;
@group(0) @binding(0) var<storage, read> s_hidden2_dense_kernel: array<f32>;
@group(0) @binding(1) var<storage, read> s_logits_dense_kernel: array<f32>;
@group(0) @binding(2) var<storage, read_write> s_acc_eval_weight: array<f32>;
@group(0) @binding(3) var<storage, read> in_weight: array<f32>;
@group(0) @binding(4) var<storage, read_write> s_counter_eval_batch: array<u32>;
@group(0) @binding(5) var<storage, read_write> tmp4: array<f32>;
@group(0) @binding(6) var<storage, read_write> tmp0: array<f32>;

@compute @workgroup_size(64)
fn main(@builtin(workgroup_id) wid: vec3<u32>, @builtin(local_invocation_index) lane: u32) {
  let i = wid.x;
  var acc0: f32 = 0.0;
  for (var r1: u32 = lane; r1 < 30000u; r1 = r1 + 64u) {
    let c2 = (r1 / 100u);
    let c3 = (r1 % 100u);
    let l4 = c2 * 100u + c3;
    let v5 = s_hidden2_dense_kernel[l4];
    let v6 = abs(v5);
    acc0 = acc0 + v6;
  }
  wg_f32_0[lane] = acc0;
  workgroupBarrier();
  for (var s7: u32 = 32u; s7 > 0u; s7 = s7 >> 1u) {
    if (lane < s7) {
      wg_f32_0[lane] = wg_f32_0[lane] + wg_f32_0[lane + s7];
    }
    workgroupBarrier();
  }
  let red8 = wg_f32_0[0];
  var acc9: f32 = 0.0;
  for (var r10: u32 = lane; r10 < 1000u; r10 = r10 + 64u) {
    let c11 = (r10 / 10u);
    let c12 = (r10 % 10u);
    let l13 = c11 * 10u + c12;
    let v14 = s_logits_dense_kernel[l13];
    let v15 = abs(v14);
    acc9 = acc9 + v15;
  }
  wg_f32_1[lane] = acc9;
  workgroupBarrier();
  for (var s16: u32 = 32u; s16 > 0u; s16 = s16 >> 1u) {
    if (lane < s16) {
      wg_f32_1[lane] = wg_f32_1[lane] + wg_f32_1[lane + s16];
    }
    workgroupBarrier();
  }
  let red17 = wg_f32_1[0];
  let v18 = s_acc_eval_weight[i];
  let v19 = in_weight[i];
  let v20 = (v18 + v19);
  let v21 = s_counter_eval_batch[i];
  let v22 = (v21 + 1u);
  storageBarrier();
  if (lane == 0u) {
    tmp4[i] = red8;
    tmp0[i] = red17;
    s_acc_eval_weight[i] = v20;
    s_counter_eval_batch[i] = v22;
  }
}

// ---- 033_matmul_hidden2.wgsl
@group(0) @binding(0) var<storage, read> tmp2_v4: array<vec4<f32>>;
@group(0) @binding(1) var<storage, read> s_hidden2_dense_kernel_v4: array<vec4<f32>>;
@group(0) @binding(2) var<storage, read_write> tmp5: array<f32>;
@group(0) @binding(3) var<storage, read> s_hidden2_dense_bias: array<f32>;

@compute @workgroup_size(64)
fn main(@builtin(global_invocation_id) gid: vec3<u32>) {
  let t = gid.x;
  if (t >= 1250u) { return; }
  let i0 = (t / 25u) * 4u;
  let j0 = (t % 25u) * 4u;
  let row0 = min(i0 + 0u, 199u);
  let row1 = min(i0 + 1u, 199u);
  let row2 = min(i0 + 2u, 199u);
  let row3 = min(i0 + 3u, 199u);
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
    let av16 = tmp2_v4[ra12 + k];
    let av17 = tmp2_v4[ra13 + k];
    let av18 = tmp2_v4[ra14 + k];
    let av19 = tmp2_v4[ra15 + k];
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
    tmp5[l28] = v33;
  }
  {
    let j34 = j0 + 1u;
    let l35 = i0 * 100u + j34;
    let v36 = acc8.y;
    let v37 = s_hidden2_dense_bias[j34];
    let v38 = (v36 + v37);
    let v39 = select(0.0, 1.0, v38 > 0.0);
    let v40 = select(0.0, v38, v39 != 0.0);
    tmp5[l35] = v40;
  }
  {
    let j41 = j0 + 2u;
    let l42 = i0 * 100u + j41;
    let v43 = acc8.z;
    let v44 = s_hidden2_dense_bias[j41];
    let v45 = (v43 + v44);
    let v46 = select(0.0, 1.0, v45 > 0.0);
    let v47 = select(0.0, v45, v46 != 0.0);
    tmp5[l42] = v47;
  }
  {
    let j48 = j0 + 3u;
    let l49 = i0 * 100u + j48;
    let v50 = acc8.w;
    let v51 = s_hidden2_dense_bias[j48];
    let v52 = (v50 + v51);
    let v53 = select(0.0, 1.0, v52 > 0.0);
    let v54 = select(0.0, v52, v53 != 0.0);
    tmp5[l49] = v54;
  }
  {
    let i55 = i0 + 1u;
    let l56 = i55 * 100u + j0;
    let v57 = acc9.x;
    let v58 = s_hidden2_dense_bias[j0];
    let v59 = (v57 + v58);
    let v60 = select(0.0, 1.0, v59 > 0.0);
    let v61 = select(0.0, v59, v60 != 0.0);
    tmp5[l56] = v61;
  }
  {
    let i62 = i0 + 1u;
    let j63 = j0 + 1u;
    let l64 = i62 * 100u + j63;
    let v65 = acc9.y;
    let v66 = s_hidden2_dense_bias[j63];
    let v67 = (v65 + v66);
    let v68 = select(0.0, 1.0, v67 > 0.0);
    let v69 = select(0.0, v67, v68 != 0.0);
    tmp5[l64] = v69;
  }
  {
    let i70 = i0 + 1u;
    let j71 = j0 + 2u;
    let l72 = i70 * 100u + j71;
    let v73 = acc9.z;
    let v74 = s_hidden2_dense_bias[j71];
    let v75 = (v73 + v74);
    let v76 = select(0.0, 1.0, v75 > 0.0);
    let v77 = select(0.0, v75, v76 != 0.0);
    tmp5[l72] = v77;
  }
  {
    let i78 = i0 + 1u;
    let j79 = j0 + 3u;
    let l80 = i78 * 100u + j79;
    let v81 = acc9.w;
    let v82 = s_hidden2_dense_bias[j79];
    let v83 = (v81 + v82);
    let v84 = select(0.0, 1.0, v83 > 0.0);
    let v85 = select(0.0, v83, v84 != 0.0);
    tmp5[l80] = v85;
  }
  {
    let i86 = i0 + 2u;
    let l87 = i86 * 100u + j0;
    let v88 = acc10.x;
    let v89 = s_hidden2_dense_bias[j0];
    let v90 = (v88 + v89);
    let v91 = select(0.0, 1.0, v90 > 0.0);
    let v92 = select(0.0, v90, v91 != 0.0);
    tmp5[l87] = v92;
  }
  {
    let i93 = i0 + 2u;
    let j94 = j0 + 1u;
    let l95 = i93 * 100u + j94;
    let v96 = acc10.y;
    let v97 = s_hidden2_dense_bias[j94];
    let v98 = (v96 + v97);
    let v99 = select(0.0, 1.0, v98 > 0.0);
    let v100 = select(0.0, v98, v99 != 0.0);
    tmp5[l95] = v100;
  }
  {
    let i101 = i0 + 2u;
    let j102 = j0 + 2u;
    let l103 = i101 * 100u + j102;
    let v104 = acc10.z;
    let v105 = s_hidden2_dense_bias[j102];
    let v106 = (v104 + v105);
    let v107 = select(0.0, 1.0, v106 > 0.0);
    let v108 = select(0.0, v106, v107 != 0.0);
    tmp5[l103] = v108;
  }
  {
    let i109 = i0 + 2u;
    let j110 = j0 + 3u;
    let l111 = i109 * 100u + j110;
    let v112 = acc10.w;
    let v113 = s_hidden2_dense_bias[j110];
    let v114 = (v112 + v113);
    let v115 = select(0.0, 1.0, v114 > 0.0);
    let v116 = select(0.0, v114, v115 != 0.0);
    tmp5[l111] = v116;
  }
  {
    let i117 = i0 + 3u;
    let l118 = i117 * 100u + j0;
    let v119 = acc11.x;
    let v120 = s_hidden2_dense_bias[j0];
    let v121 = (v119 + v120);
    let v122 = select(0.0, 1.0, v121 > 0.0);
    let v123 = select(0.0, v121, v122 != 0.0);
    tmp5[l118] = v123;
  }
  {
    let i124 = i0 + 3u;
    let j125 = j0 + 1u;
    let l126 = i124 * 100u + j125;
    let v127 = acc11.y;
    let v128 = s_hidden2_dense_bias[j125];
    let v129 = (v127 + v128);
    let v130 = select(0.0, 1.0, v129 > 0.0);
    let v131 = select(0.0, v129, v130 != 0.0);
    tmp5[l126] = v131;
  }
  {
    let i132 = i0 + 3u;
    let j133 = j0 + 2u;
    let l134 = i132 * 100u + j133;
    let v135 = acc11.z;
    let v136 = s_hidden2_dense_bias[j133];
    let v137 = (v135 + v136);
    let v138 = select(0.0, 1.0, v137 > 0.0);
    let v139 = select(0.0, v137, v138 != 0.0);
    tmp5[l134] = v139;
  }
  {
    let i140 = i0 + 3u;
    let j141 = j0 + 3u;
    let l142 = i140 * 100u + j141;
    let v143 = acc11.w;
    let v144 = s_hidden2_dense_bias[j141];
    let v145 = (v143 + v144);
    let v146 = select(0.0, 1.0, v145 > 0.0);
    let v147 = select(0.0, v145, v146 != 0.0);
    tmp5[l142] = v147;
  }
}

// ---- 034_reduce_sum_accuracy_x2.wgsl
var<workgroup> wg_f32_0: array<f32, 64>;
var<workgroup> wg_f32_1: array<f32, 64>;
@group(0) @binding(0) var<storage, read> tmp7: array<f32>;
@group(0) @binding(1) var<storage, read> in_y: array<i32>;
@group(0) @binding(2) var<storage, read> tmp1: array<f32>;
@group(0) @binding(3) var<storage, read> tmp4: array<f32>;
@group(0) @binding(4) var<storage, read> tmp0: array<f32>;
@group(0) @binding(5) var<storage, read_write> out_accuracy: array<f32>;
@group(0) @binding(6) var<storage, read_write> out_loss: array<f32>;

@compute @workgroup_size(64)
fn main(@builtin(workgroup_id) wid: vec3<u32>, @builtin(local_invocation_index) lane: u32) {
  let i = wid.x;
  var acc0: f32 = 0.0;
  var acc1: f32 = 0.0;
  for (var r2: u32 = lane; r2 < 200u; r2 = r2 + 64u) {
    var acc3: f32 = 0.0;
    var acc4: f32 = 0.0;
    for (var r5: u32 = 0u; r5 < 10u; r5 = r5 + 1u) {
      let l6 = r2 * 10u + r5;
      let v7 = tmp7[l6];
      let v8 = in_y[r2];
      let v9 = select(0.0, 1.0, i32(r5) == v8);
      let v10 = (v7 * v9);
      acc4 = acc4 + v10;
    }
    for (var r11: u32 = 0u; r11 < 10u; r11 = r11 + 1u) {
      let l12 = r2 * 10u + r11;
      let v13 = tmp7[l12];
      let v14 = select(0.0, 1.0, v13 > acc4);
      acc3 = acc3 + v14;
    }
    let v15 = select(0.0, 1.0, acc3 < 1.0);
    var acc16: f32 = 0.0;
    for (var r17: u32 = 0u; r17 < 10u; r17 = r17 + 1u) {
      let l18 = r2 * 10u + r17;
      let v19 = tmp7[l18];
      let v20 = select(0.0, 1.0, (bitcast<u32>(v19) & 0x7f800000u) != 0x7f800000u);
      let v21 = (1.0 - v20);
      acc16 = acc16 + v21;
    }
    let v22 = select(0.0, 1.0, acc16 == 0.0);
    let v23 = (v15 * v22);
    acc0 = acc0 + v23;
    var acc24: f32 = 0.0;
    var acc25: f32 = -3.4028234663852886e38;
    for (var r26: u32 = 0u; r26 < 10u; r26 = r26 + 1u) {
      let l27 = r2 * 10u + r26;
      let v28 = tmp7[l27];
      acc25 = max(acc25, v28);
    }
    var acc29: f32 = 0.0;
    for (var r30: u32 = 0u; r30 < 10u; r30 = r30 + 1u) {
      let l31 = r2 * 10u + r30;
      let v32 = tmp7[l31];
      let v33 = (v32 - acc25);
      let v34 = exp(v33);
      acc29 = acc29 + v34;
    }
    let v35 = log(acc29);
    for (var r36: u32 = 0u; r36 < 10u; r36 = r36 + 1u) {
      let l37 = r2 * 10u + r36;
      let v38 = in_y[r2];
      let v39 = select(0.0, 1.0, i32(r36) == v38);
      let v40 = tmp7[l37];
      let v41 = (v40 - acc25);
      let v42 = (v41 - v35);
      let v43 = (v39 * v42);
      acc24 = acc24 + v43;
    }
    let v44 = (-acc24);
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
  let v50 = tmp1[i];
  let v51 = (v50 * 0.001);
  let v52 = (v49 + v51);
  let v53 = tmp4[i];
  let v54 = (v53 * 0.001);
  let v55 = (v52 + v54);
  let v56 = tmp0[i];
  let v57 = (v56 * 0.001);
  let v58 = (v55 + v57);
  storageBarrier();
  if (lane == 0u) {
    out_accuracy[i] = v48;
    out_loss[i] = v58;
  }
}

// ---- 035_add_metrics_x2.wgsl
@group(0) @binding(0) var<storage, read_write> s_acc_eval_loss: array<f32>;
@group(0) @binding(1) var<storage, read> out_loss: array<f32>;
@group(0) @binding(2) var<storage, read> in_weight: array<f32>;
@group(0) @binding(3) var<storage, read_write> s_acc_eval_accuracy: array<f32>;
@group(0) @binding(4) var<storage, read> out_accuracy: array<f32>;

@compute @workgroup_size(64)
fn main(@builtin(global_invocation_id) gid: vec3<u32>) {
  let i = gid.x;
  if (i >= 1u) { return; }
  let v0 = s_acc_eval_loss[i];
  let v1 = out_loss[i];
  let v2 = in_weight[i];
  let v3 = (v1 * v2);
  let v4 = (v0 + v3);
  let v5 = s_acc_eval_accuracy[i];
  let v6 = out_accuracy[i];
  let v7 = (v6 * v2);
  let v8 = (v5 + v7);
  s_acc_eval_loss[i] = v4;
  s_acc_eval_accuracy[i] = v8;
}
