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
    tmp0[l28] = v31;
  }
  {
    let j32 = j0 + 1u;
    let l33 = i0 * 300u + j32;
    let v34 = acc8.y;
    let v35 = s_hidden1_dense_bias[j32];
    let v36 = (v34 + v35);
    tmp0[l33] = v36;
  }
  {
    let j37 = j0 + 2u;
    let l38 = i0 * 300u + j37;
    let v39 = acc8.z;
    let v40 = s_hidden1_dense_bias[j37];
    let v41 = (v39 + v40);
    tmp0[l38] = v41;
  }
  {
    let j42 = j0 + 3u;
    let l43 = i0 * 300u + j42;
    let v44 = acc8.w;
    let v45 = s_hidden1_dense_bias[j42];
    let v46 = (v44 + v45);
    tmp0[l43] = v46;
  }
  {
    let i47 = i0 + 1u;
    let l48 = i47 * 300u + j0;
    let v49 = acc9.x;
    let v50 = s_hidden1_dense_bias[j0];
    let v51 = (v49 + v50);
    tmp0[l48] = v51;
  }
  {
    let i52 = i0 + 1u;
    let j53 = j0 + 1u;
    let l54 = i52 * 300u + j53;
    let v55 = acc9.y;
    let v56 = s_hidden1_dense_bias[j53];
    let v57 = (v55 + v56);
    tmp0[l54] = v57;
  }
  {
    let i58 = i0 + 1u;
    let j59 = j0 + 2u;
    let l60 = i58 * 300u + j59;
    let v61 = acc9.z;
    let v62 = s_hidden1_dense_bias[j59];
    let v63 = (v61 + v62);
    tmp0[l60] = v63;
  }
  {
    let i64 = i0 + 1u;
    let j65 = j0 + 3u;
    let l66 = i64 * 300u + j65;
    let v67 = acc9.w;
    let v68 = s_hidden1_dense_bias[j65];
    let v69 = (v67 + v68);
    tmp0[l66] = v69;
  }
  {
    let i70 = i0 + 2u;
    let l71 = i70 * 300u + j0;
    let v72 = acc10.x;
    let v73 = s_hidden1_dense_bias[j0];
    let v74 = (v72 + v73);
    tmp0[l71] = v74;
  }
  {
    let i75 = i0 + 2u;
    let j76 = j0 + 1u;
    let l77 = i75 * 300u + j76;
    let v78 = acc10.y;
    let v79 = s_hidden1_dense_bias[j76];
    let v80 = (v78 + v79);
    tmp0[l77] = v80;
  }
  {
    let i81 = i0 + 2u;
    let j82 = j0 + 2u;
    let l83 = i81 * 300u + j82;
    let v84 = acc10.z;
    let v85 = s_hidden1_dense_bias[j82];
    let v86 = (v84 + v85);
    tmp0[l83] = v86;
  }
  {
    let i87 = i0 + 2u;
    let j88 = j0 + 3u;
    let l89 = i87 * 300u + j88;
    let v90 = acc10.w;
    let v91 = s_hidden1_dense_bias[j88];
    let v92 = (v90 + v91);
    tmp0[l89] = v92;
  }
  {
    let i93 = i0 + 3u;
    let l94 = i93 * 300u + j0;
    let v95 = acc11.x;
    let v96 = s_hidden1_dense_bias[j0];
    let v97 = (v95 + v96);
    tmp0[l94] = v97;
  }
  {
    let i98 = i0 + 3u;
    let j99 = j0 + 1u;
    let l100 = i98 * 300u + j99;
    let v101 = acc11.y;
    let v102 = s_hidden1_dense_bias[j99];
    let v103 = (v101 + v102);
    tmp0[l100] = v103;
  }
  {
    let i104 = i0 + 3u;
    let j105 = j0 + 2u;
    let l106 = i104 * 300u + j105;
    let v107 = acc11.z;
    let v108 = s_hidden1_dense_bias[j105];
    let v109 = (v107 + v108);
    tmp0[l106] = v109;
  }
  {
    let i110 = i0 + 3u;
    let j111 = j0 + 3u;
    let l112 = i110 * 300u + j111;
    let v113 = acc11.w;
    let v114 = s_hidden1_dense_bias[j111];
    let v115 = (v113 + v114);
    tmp0[l112] = v115;
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
  {
    let i47 = i0 + 1u;
    let l48 = i47 * 100u + j0;
    let v49 = acc9.x;
    let v50 = s_hidden2_dense_bias[j0];
    let v51 = (v49 + v50);
    tmp4[l48] = v51;
  }
  {
    let i52 = i0 + 1u;
    let j53 = j0 + 1u;
    let l54 = i52 * 100u + j53;
    let v55 = acc9.y;
    let v56 = s_hidden2_dense_bias[j53];
    let v57 = (v55 + v56);
    tmp4[l54] = v57;
  }
  {
    let i58 = i0 + 1u;
    let j59 = j0 + 2u;
    let l60 = i58 * 100u + j59;
    let v61 = acc9.z;
    let v62 = s_hidden2_dense_bias[j59];
    let v63 = (v61 + v62);
    tmp4[l60] = v63;
  }
  {
    let i64 = i0 + 1u;
    let j65 = j0 + 3u;
    let l66 = i64 * 100u + j65;
    let v67 = acc9.w;
    let v68 = s_hidden2_dense_bias[j65];
    let v69 = (v67 + v68);
    tmp4[l66] = v69;
  }
  {
    let i70 = i0 + 2u;
    let l71 = i70 * 100u + j0;
    let v72 = acc10.x;
    let v73 = s_hidden2_dense_bias[j0];
    let v74 = (v72 + v73);
    tmp4[l71] = v74;
  }
  {
    let i75 = i0 + 2u;
    let j76 = j0 + 1u;
    let l77 = i75 * 100u + j76;
    let v78 = acc10.y;
    let v79 = s_hidden2_dense_bias[j76];
    let v80 = (v78 + v79);
    tmp4[l77] = v80;
  }
  {
    let i81 = i0 + 2u;
    let j82 = j0 + 2u;
    let l83 = i81 * 100u + j82;
    let v84 = acc10.z;
    let v85 = s_hidden2_dense_bias[j82];
    let v86 = (v84 + v85);
    tmp4[l83] = v86;
  }
  {
    let i87 = i0 + 2u;
    let j88 = j0 + 3u;
    let l89 = i87 * 100u + j88;
    let v90 = acc10.w;
    let v91 = s_hidden2_dense_bias[j88];
    let v92 = (v90 + v91);
    tmp4[l89] = v92;
  }
  {
    let i93 = i0 + 3u;
    let l94 = i93 * 100u + j0;
    let v95 = acc11.x;
    let v96 = s_hidden2_dense_bias[j0];
    let v97 = (v95 + v96);
    tmp4[l94] = v97;
  }
  {
    let i98 = i0 + 3u;
    let j99 = j0 + 1u;
    let l100 = i98 * 100u + j99;
    let v101 = acc11.y;
    let v102 = s_hidden2_dense_bias[j99];
    let v103 = (v101 + v102);
    tmp4[l100] = v103;
  }
  {
    let i104 = i0 + 3u;
    let j105 = j0 + 2u;
    let l106 = i104 * 100u + j105;
    let v107 = acc11.z;
    let v108 = s_hidden2_dense_bias[j105];
    let v109 = (v107 + v108);
    tmp4[l106] = v109;
  }
  {
    let i110 = i0 + 3u;
    let j111 = j0 + 3u;
    let l112 = i110 * 100u + j111;
    let v113 = acc11.w;
    let v114 = s_hidden2_dense_bias[j111];
    let v115 = (v113 + v114);
    tmp4[l112] = v115;
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
    acc8 = acc8 + tmp7[ra12 + k] * bv17;
    acc9 = acc9 + tmp7[ra13 + k] * bv17;
    acc10 = acc10 + tmp7[ra14 + k] * bv17;
    acc11 = acc11 + tmp7[ra15 + k] * bv17;
  }
  {
    let l18 = i0 * 10u + j0;
    let v19 = acc8.x;
    let v20 = s_logits_dense_bias[j0];
    let v21 = (v19 + v20);
    tmp8[l18] = v21;
  }
  if (j0 + 1u < 10u) {
    let j22 = j0 + 1u;
    let l23 = i0 * 10u + j22;
    let v24 = acc8.y;
    let v25 = s_logits_dense_bias[j22];
    let v26 = (v24 + v25);
    tmp8[l23] = v26;
  }
  if (j0 + 2u < 10u) {
    let j27 = j0 + 2u;
    let l28 = i0 * 10u + j27;
    let v29 = acc8.z;
    let v30 = s_logits_dense_bias[j27];
    let v31 = (v29 + v30);
    tmp8[l28] = v31;
  }
  if (j0 + 3u < 10u) {
    let j32 = j0 + 3u;
    let l33 = i0 * 10u + j32;
    let v34 = acc8.w;
    let v35 = s_logits_dense_bias[j32];
    let v36 = (v34 + v35);
    tmp8[l33] = v36;
  }
  {
    let i37 = i0 + 1u;
    let l38 = i37 * 10u + j0;
    let v39 = acc9.x;
    let v40 = s_logits_dense_bias[j0];
    let v41 = (v39 + v40);
    tmp8[l38] = v41;
  }
  if (j0 + 1u < 10u) {
    let i42 = i0 + 1u;
    let j43 = j0 + 1u;
    let l44 = i42 * 10u + j43;
    let v45 = acc9.y;
    let v46 = s_logits_dense_bias[j43];
    let v47 = (v45 + v46);
    tmp8[l44] = v47;
  }
  if (j0 + 2u < 10u) {
    let i48 = i0 + 1u;
    let j49 = j0 + 2u;
    let l50 = i48 * 10u + j49;
    let v51 = acc9.z;
    let v52 = s_logits_dense_bias[j49];
    let v53 = (v51 + v52);
    tmp8[l50] = v53;
  }
  if (j0 + 3u < 10u) {
    let i54 = i0 + 1u;
    let j55 = j0 + 3u;
    let l56 = i54 * 10u + j55;
    let v57 = acc9.w;
    let v58 = s_logits_dense_bias[j55];
    let v59 = (v57 + v58);
    tmp8[l56] = v59;
  }
  {
    let i60 = i0 + 2u;
    let l61 = i60 * 10u + j0;
    let v62 = acc10.x;
    let v63 = s_logits_dense_bias[j0];
    let v64 = (v62 + v63);
    tmp8[l61] = v64;
  }
  if (j0 + 1u < 10u) {
    let i65 = i0 + 2u;
    let j66 = j0 + 1u;
    let l67 = i65 * 10u + j66;
    let v68 = acc10.y;
    let v69 = s_logits_dense_bias[j66];
    let v70 = (v68 + v69);
    tmp8[l67] = v70;
  }
  if (j0 + 2u < 10u) {
    let i71 = i0 + 2u;
    let j72 = j0 + 2u;
    let l73 = i71 * 10u + j72;
    let v74 = acc10.z;
    let v75 = s_logits_dense_bias[j72];
    let v76 = (v74 + v75);
    tmp8[l73] = v76;
  }
  if (j0 + 3u < 10u) {
    let i77 = i0 + 2u;
    let j78 = j0 + 3u;
    let l79 = i77 * 10u + j78;
    let v80 = acc10.w;
    let v81 = s_logits_dense_bias[j78];
    let v82 = (v80 + v81);
    tmp8[l79] = v82;
  }
  {
    let i83 = i0 + 3u;
    let l84 = i83 * 10u + j0;
    let v85 = acc11.x;
    let v86 = s_logits_dense_bias[j0];
    let v87 = (v85 + v86);
    tmp8[l84] = v87;
  }
  if (j0 + 1u < 10u) {
    let i88 = i0 + 3u;
    let j89 = j0 + 1u;
    let l90 = i88 * 10u + j89;
    let v91 = acc11.y;
    let v92 = s_logits_dense_bias[j89];
    let v93 = (v91 + v92);
    tmp8[l90] = v93;
  }
  if (j0 + 2u < 10u) {
    let i94 = i0 + 3u;
    let j95 = j0 + 2u;
    let l96 = i94 * 10u + j95;
    let v97 = acc11.z;
    let v98 = s_logits_dense_bias[j95];
    let v99 = (v97 + v98);
    tmp8[l96] = v99;
  }
  if (j0 + 3u < 10u) {
    let i100 = i0 + 3u;
    let j101 = j0 + 3u;
    let l102 = i100 * 10u + j101;
    let v103 = acc11.w;
    let v104 = s_logits_dense_bias[j101];
    let v105 = (v103 + v104);
    tmp8[l102] = v105;
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
    acc8 = acc8 + tmp12[ra12 + k] * bv20;
    acc9 = acc9 + tmp12[ra13 + k] * bv20;
    acc10 = acc10 + tmp12[ra14 + k] * bv20;
    acc11 = acc11 + tmp12[ra15 + k] * bv20;
  }
  {
    let l21 = i0 * 100u + j0;
    let v22 = acc8.x;
    let v23 = tmp4[l21];
    let v24 = tmp5[j0];
    let v25 = (v23 - v24);
    let v26 = tmp6[j0];
    let v27 = (v26 + 0.001);
    let v28 = inverseSqrt(v27);
    let v29 = (v25 * v28);
    let v30 = s_hidden2_batch_norm_gamma[j0];
    let v31 = (v29 * v30);
    let v32 = s_hidden2_batch_norm_beta[j0];
    let v33 = (v31 + v32);
    let v34 = select(0.0, 1.0, v33 > 0.0);
    let v35 = select(0.0, v22, v34 != 0.0);
    let v36 = select(v22, 0.0, v34 != 0.0);
    let v37 = min(v33, 0.0);
    let v38 = exp(v37);
    let v39 = (v36 * v38);
    let v40 = select(0.0, 1.0, v33 <= 0.0);
    let v41 = (v39 * v40);
    let v42 = (v35 + v41);
    tmp13[l21] = v42;
  }
  {
    let j43 = j0 + 1u;
    let l44 = i0 * 100u + j43;
    let v45 = acc8.y;
    let v46 = tmp4[l44];
    let v47 = tmp5[j43];
    let v48 = (v46 - v47);
    let v49 = tmp6[j43];
    let v50 = (v49 + 0.001);
    let v51 = inverseSqrt(v50);
    let v52 = (v48 * v51);
    let v53 = s_hidden2_batch_norm_gamma[j43];
    let v54 = (v52 * v53);
    let v55 = s_hidden2_batch_norm_beta[j43];
    let v56 = (v54 + v55);
    let v57 = select(0.0, 1.0, v56 > 0.0);
    let v58 = select(0.0, v45, v57 != 0.0);
    let v59 = select(v45, 0.0, v57 != 0.0);
    let v60 = min(v56, 0.0);
    let v61 = exp(v60);
    let v62 = (v59 * v61);
    let v63 = select(0.0, 1.0, v56 <= 0.0);
    let v64 = (v62 * v63);
    let v65 = (v58 + v64);
    tmp13[l44] = v65;
  }
  {
    let j66 = j0 + 2u;
    let l67 = i0 * 100u + j66;
    let v68 = acc8.z;
    let v69 = tmp4[l67];
    let v70 = tmp5[j66];
    let v71 = (v69 - v70);
    let v72 = tmp6[j66];
    let v73 = (v72 + 0.001);
    let v74 = inverseSqrt(v73);
    let v75 = (v71 * v74);
    let v76 = s_hidden2_batch_norm_gamma[j66];
    let v77 = (v75 * v76);
    let v78 = s_hidden2_batch_norm_beta[j66];
    let v79 = (v77 + v78);
    let v80 = select(0.0, 1.0, v79 > 0.0);
    let v81 = select(0.0, v68, v80 != 0.0);
    let v82 = select(v68, 0.0, v80 != 0.0);
    let v83 = min(v79, 0.0);
    let v84 = exp(v83);
    let v85 = (v82 * v84);
    let v86 = select(0.0, 1.0, v79 <= 0.0);
    let v87 = (v85 * v86);
    let v88 = (v81 + v87);
    tmp13[l67] = v88;
  }
  {
    let j89 = j0 + 3u;
    let l90 = i0 * 100u + j89;
    let v91 = acc8.w;
    let v92 = tmp4[l90];
    let v93 = tmp5[j89];
    let v94 = (v92 - v93);
    let v95 = tmp6[j89];
    let v96 = (v95 + 0.001);
    let v97 = inverseSqrt(v96);
    let v98 = (v94 * v97);
    let v99 = s_hidden2_batch_norm_gamma[j89];
    let v100 = (v98 * v99);
    let v101 = s_hidden2_batch_norm_beta[j89];
    let v102 = (v100 + v101);
    let v103 = select(0.0, 1.0, v102 > 0.0);
    let v104 = select(0.0, v91, v103 != 0.0);
    let v105 = select(v91, 0.0, v103 != 0.0);
    let v106 = min(v102, 0.0);
    let v107 = exp(v106);
    let v108 = (v105 * v107);
    let v109 = select(0.0, 1.0, v102 <= 0.0);
    let v110 = (v108 * v109);
    let v111 = (v104 + v110);
    tmp13[l90] = v111;
  }
  {
    let i112 = i0 + 1u;
    let l113 = i112 * 100u + j0;
    let v114 = acc9.x;
    let v115 = tmp4[l113];
    let v116 = tmp5[j0];
    let v117 = (v115 - v116);
    let v118 = tmp6[j0];
    let v119 = (v118 + 0.001);
    let v120 = inverseSqrt(v119);
    let v121 = (v117 * v120);
    let v122 = s_hidden2_batch_norm_gamma[j0];
    let v123 = (v121 * v122);
    let v124 = s_hidden2_batch_norm_beta[j0];
    let v125 = (v123 + v124);
    let v126 = select(0.0, 1.0, v125 > 0.0);
    let v127 = select(0.0, v114, v126 != 0.0);
    let v128 = select(v114, 0.0, v126 != 0.0);
    let v129 = min(v125, 0.0);
    let v130 = exp(v129);
    let v131 = (v128 * v130);
    let v132 = select(0.0, 1.0, v125 <= 0.0);
    let v133 = (v131 * v132);
    let v134 = (v127 + v133);
    tmp13[l113] = v134;
  }
  {
    let i135 = i0 + 1u;
    let j136 = j0 + 1u;
    let l137 = i135 * 100u + j136;
    let v138 = acc9.y;
    let v139 = tmp4[l137];
    let v140 = tmp5[j136];
    let v141 = (v139 - v140);
    let v142 = tmp6[j136];
    let v143 = (v142 + 0.001);
    let v144 = inverseSqrt(v143);
    let v145 = (v141 * v144);
    let v146 = s_hidden2_batch_norm_gamma[j136];
    let v147 = (v145 * v146);
    let v148 = s_hidden2_batch_norm_beta[j136];
    let v149 = (v147 + v148);
    let v150 = select(0.0, 1.0, v149 > 0.0);
    let v151 = select(0.0, v138, v150 != 0.0);
    let v152 = select(v138, 0.0, v150 != 0.0);
    let v153 = min(v149, 0.0);
    let v154 = exp(v153);
    let v155 = (v152 * v154);
    let v156 = select(0.0, 1.0, v149 <= 0.0);
    let v157 = (v155 * v156);
    let v158 = (v151 + v157);
    tmp13[l137] = v158;
  }
  {
    let i159 = i0 + 1u;
    let j160 = j0 + 2u;
    let l161 = i159 * 100u + j160;
    let v162 = acc9.z;
    let v163 = tmp4[l161];
    let v164 = tmp5[j160];
    let v165 = (v163 - v164);
    let v166 = tmp6[j160];
    let v167 = (v166 + 0.001);
    let v168 = inverseSqrt(v167);
    let v169 = (v165 * v168);
    let v170 = s_hidden2_batch_norm_gamma[j160];
    let v171 = (v169 * v170);
    let v172 = s_hidden2_batch_norm_beta[j160];
    let v173 = (v171 + v172);
    let v174 = select(0.0, 1.0, v173 > 0.0);
    let v175 = select(0.0, v162, v174 != 0.0);
    let v176 = select(v162, 0.0, v174 != 0.0);
    let v177 = min(v173, 0.0);
    let v178 = exp(v177);
    let v179 = (v176 * v178);
    let v180 = select(0.0, 1.0, v173 <= 0.0);
    let v181 = (v179 * v180);
    let v182 = (v175 + v181);
    tmp13[l161] = v182;
  }
  {
    let i183 = i0 + 1u;
    let j184 = j0 + 3u;
    let l185 = i183 * 100u + j184;
    let v186 = acc9.w;
    let v187 = tmp4[l185];
    let v188 = tmp5[j184];
    let v189 = (v187 - v188);
    let v190 = tmp6[j184];
    let v191 = (v190 + 0.001);
    let v192 = inverseSqrt(v191);
    let v193 = (v189 * v192);
    let v194 = s_hidden2_batch_norm_gamma[j184];
    let v195 = (v193 * v194);
    let v196 = s_hidden2_batch_norm_beta[j184];
    let v197 = (v195 + v196);
    let v198 = select(0.0, 1.0, v197 > 0.0);
    let v199 = select(0.0, v186, v198 != 0.0);
    let v200 = select(v186, 0.0, v198 != 0.0);
    let v201 = min(v197, 0.0);
    let v202 = exp(v201);
    let v203 = (v200 * v202);
    let v204 = select(0.0, 1.0, v197 <= 0.0);
    let v205 = (v203 * v204);
    let v206 = (v199 + v205);
    tmp13[l185] = v206;
  }
  {
    let i207 = i0 + 2u;
    let l208 = i207 * 100u + j0;
    let v209 = acc10.x;
    let v210 = tmp4[l208];
    let v211 = tmp5[j0];
    let v212 = (v210 - v211);
    let v213 = tmp6[j0];
    let v214 = (v213 + 0.001);
    let v215 = inverseSqrt(v214);
    let v216 = (v212 * v215);
    let v217 = s_hidden2_batch_norm_gamma[j0];
    let v218 = (v216 * v217);
    let v219 = s_hidden2_batch_norm_beta[j0];
    let v220 = (v218 + v219);
    let v221 = select(0.0, 1.0, v220 > 0.0);
    let v222 = select(0.0, v209, v221 != 0.0);
    let v223 = select(v209, 0.0, v221 != 0.0);
    let v224 = min(v220, 0.0);
    let v225 = exp(v224);
    let v226 = (v223 * v225);
    let v227 = select(0.0, 1.0, v220 <= 0.0);
    let v228 = (v226 * v227);
    let v229 = (v222 + v228);
    tmp13[l208] = v229;
  }
  {
    let i230 = i0 + 2u;
    let j231 = j0 + 1u;
    let l232 = i230 * 100u + j231;
    let v233 = acc10.y;
    let v234 = tmp4[l232];
    let v235 = tmp5[j231];
    let v236 = (v234 - v235);
    let v237 = tmp6[j231];
    let v238 = (v237 + 0.001);
    let v239 = inverseSqrt(v238);
    let v240 = (v236 * v239);
    let v241 = s_hidden2_batch_norm_gamma[j231];
    let v242 = (v240 * v241);
    let v243 = s_hidden2_batch_norm_beta[j231];
    let v244 = (v242 + v243);
    let v245 = select(0.0, 1.0, v244 > 0.0);
    let v246 = select(0.0, v233, v245 != 0.0);
    let v247 = select(v233, 0.0, v245 != 0.0);
    let v248 = min(v244, 0.0);
    let v249 = exp(v248);
    let v250 = (v247 * v249);
    let v251 = select(0.0, 1.0, v244 <= 0.0);
    let v252 = (v250 * v251);
    let v253 = (v246 + v252);
    tmp13[l232] = v253;
  }
  {
    let i254 = i0 + 2u;
    let j255 = j0 + 2u;
    let l256 = i254 * 100u + j255;
    let v257 = acc10.z;
    let v258 = tmp4[l256];
    let v259 = tmp5[j255];
    let v260 = (v258 - v259);
    let v261 = tmp6[j255];
    let v262 = (v261 + 0.001);
    let v263 = inverseSqrt(v262);
    let v264 = (v260 * v263);
    let v265 = s_hidden2_batch_norm_gamma[j255];
    let v266 = (v264 * v265);
    let v267 = s_hidden2_batch_norm_beta[j255];
    let v268 = (v266 + v267);
    let v269 = select(0.0, 1.0, v268 > 0.0);
    let v270 = select(0.0, v257, v269 != 0.0);
    let v271 = select(v257, 0.0, v269 != 0.0);
    let v272 = min(v268, 0.0);
    let v273 = exp(v272);
    let v274 = (v271 * v273);
    let v275 = select(0.0, 1.0, v268 <= 0.0);
    let v276 = (v274 * v275);
    let v277 = (v270 + v276);
    tmp13[l256] = v277;
  }
  {
    let i278 = i0 + 2u;
    let j279 = j0 + 3u;
    let l280 = i278 * 100u + j279;
    let v281 = acc10.w;
    let v282 = tmp4[l280];
    let v283 = tmp5[j279];
    let v284 = (v282 - v283);
    let v285 = tmp6[j279];
    let v286 = (v285 + 0.001);
    let v287 = inverseSqrt(v286);
    let v288 = (v284 * v287);
    let v289 = s_hidden2_batch_norm_gamma[j279];
    let v290 = (v288 * v289);
    let v291 = s_hidden2_batch_norm_beta[j279];
    let v292 = (v290 + v291);
    let v293 = select(0.0, 1.0, v292 > 0.0);
    let v294 = select(0.0, v281, v293 != 0.0);
    let v295 = select(v281, 0.0, v293 != 0.0);
    let v296 = min(v292, 0.0);
    let v297 = exp(v296);
    let v298 = (v295 * v297);
    let v299 = select(0.0, 1.0, v292 <= 0.0);
    let v300 = (v298 * v299);
    let v301 = (v294 + v300);
    tmp13[l280] = v301;
  }
  {
    let i302 = i0 + 3u;
    let l303 = i302 * 100u + j0;
    let v304 = acc11.x;
    let v305 = tmp4[l303];
    let v306 = tmp5[j0];
    let v307 = (v305 - v306);
    let v308 = tmp6[j0];
    let v309 = (v308 + 0.001);
    let v310 = inverseSqrt(v309);
    let v311 = (v307 * v310);
    let v312 = s_hidden2_batch_norm_gamma[j0];
    let v313 = (v311 * v312);
    let v314 = s_hidden2_batch_norm_beta[j0];
    let v315 = (v313 + v314);
    let v316 = select(0.0, 1.0, v315 > 0.0);
    let v317 = select(0.0, v304, v316 != 0.0);
    let v318 = select(v304, 0.0, v316 != 0.0);
    let v319 = min(v315, 0.0);
    let v320 = exp(v319);
    let v321 = (v318 * v320);
    let v322 = select(0.0, 1.0, v315 <= 0.0);
    let v323 = (v321 * v322);
    let v324 = (v317 + v323);
    tmp13[l303] = v324;
  }
  {
    let i325 = i0 + 3u;
    let j326 = j0 + 1u;
    let l327 = i325 * 100u + j326;
    let v328 = acc11.y;
    let v329 = tmp4[l327];
    let v330 = tmp5[j326];
    let v331 = (v329 - v330);
    let v332 = tmp6[j326];
    let v333 = (v332 + 0.001);
    let v334 = inverseSqrt(v333);
    let v335 = (v331 * v334);
    let v336 = s_hidden2_batch_norm_gamma[j326];
    let v337 = (v335 * v336);
    let v338 = s_hidden2_batch_norm_beta[j326];
    let v339 = (v337 + v338);
    let v340 = select(0.0, 1.0, v339 > 0.0);
    let v341 = select(0.0, v328, v340 != 0.0);
    let v342 = select(v328, 0.0, v340 != 0.0);
    let v343 = min(v339, 0.0);
    let v344 = exp(v343);
    let v345 = (v342 * v344);
    let v346 = select(0.0, 1.0, v339 <= 0.0);
    let v347 = (v345 * v346);
    let v348 = (v341 + v347);
    tmp13[l327] = v348;
  }
  {
    let i349 = i0 + 3u;
    let j350 = j0 + 2u;
    let l351 = i349 * 100u + j350;
    let v352 = acc11.z;
    let v353 = tmp4[l351];
    let v354 = tmp5[j350];
    let v355 = (v353 - v354);
    let v356 = tmp6[j350];
    let v357 = (v356 + 0.001);
    let v358 = inverseSqrt(v357);
    let v359 = (v355 * v358);
    let v360 = s_hidden2_batch_norm_gamma[j350];
    let v361 = (v359 * v360);
    let v362 = s_hidden2_batch_norm_beta[j350];
    let v363 = (v361 + v362);
    let v364 = select(0.0, 1.0, v363 > 0.0);
    let v365 = select(0.0, v352, v364 != 0.0);
    let v366 = select(v352, 0.0, v364 != 0.0);
    let v367 = min(v363, 0.0);
    let v368 = exp(v367);
    let v369 = (v366 * v368);
    let v370 = select(0.0, 1.0, v363 <= 0.0);
    let v371 = (v369 * v370);
    let v372 = (v365 + v371);
    tmp13[l351] = v372;
  }
  {
    let i373 = i0 + 3u;
    let j374 = j0 + 3u;
    let l375 = i373 * 100u + j374;
    let v376 = acc11.w;
    let v377 = tmp4[l375];
    let v378 = tmp5[j374];
    let v379 = (v377 - v378);
    let v380 = tmp6[j374];
    let v381 = (v380 + 0.001);
    let v382 = inverseSqrt(v381);
    let v383 = (v379 * v382);
    let v384 = s_hidden2_batch_norm_gamma[j374];
    let v385 = (v383 * v384);
    let v386 = s_hidden2_batch_norm_beta[j374];
    let v387 = (v385 + v386);
    let v388 = select(0.0, 1.0, v387 > 0.0);
    let v389 = select(0.0, v376, v388 != 0.0);
    let v390 = select(v376, 0.0, v388 != 0.0);
    let v391 = min(v387, 0.0);
    let v392 = exp(v391);
    let v393 = (v390 * v392);
    let v394 = select(0.0, 1.0, v387 <= 0.0);
    let v395 = (v393 * v394);
    let v396 = (v389 + v395);
    tmp13[l375] = v396;
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
    let av20 = tmp14_v4[ra12 + k];
    let av21 = tmp14_v4[ra13 + k];
    let av22 = tmp14_v4[ra14 + k];
    let av23 = tmp14_v4[ra15 + k];
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
    let v38 = tmp0[l36];
    let v39 = tmp1[j0];
    let v40 = (v38 - v39);
    let v41 = tmp2[j0];
    let v42 = (v41 + 0.001);
    let v43 = inverseSqrt(v42);
    let v44 = (v40 * v43);
    let v45 = s_hidden1_batch_norm_gamma[j0];
    let v46 = (v44 * v45);
    let v47 = s_hidden1_batch_norm_beta[j0];
    let v48 = (v46 + v47);
    let v49 = select(0.0, 1.0, v48 > 0.0);
    let v50 = select(0.0, v37, v49 != 0.0);
    let v51 = select(v37, 0.0, v49 != 0.0);
    let v52 = min(v48, 0.0);
    let v53 = exp(v52);
    let v54 = (v51 * v53);
    let v55 = select(0.0, 1.0, v48 <= 0.0);
    let v56 = (v54 * v55);
    let v57 = (v50 + v56);
    tmp15[l36] = v57;
  }
  {
    let j58 = j0 + 1u;
    let l59 = i0 * 300u + j58;
    let v60 = acc8.y;
    let v61 = tmp0[l59];
    let v62 = tmp1[j58];
    let v63 = (v61 - v62);
    let v64 = tmp2[j58];
    let v65 = (v64 + 0.001);
    let v66 = inverseSqrt(v65);
    let v67 = (v63 * v66);
    let v68 = s_hidden1_batch_norm_gamma[j58];
    let v69 = (v67 * v68);
    let v70 = s_hidden1_batch_norm_beta[j58];
    let v71 = (v69 + v70);
    let v72 = select(0.0, 1.0, v71 > 0.0);
    let v73 = select(0.0, v60, v72 != 0.0);
    let v74 = select(v60, 0.0, v72 != 0.0);
    let v75 = min(v71, 0.0);
    let v76 = exp(v75);
    let v77 = (v74 * v76);
    let v78 = select(0.0, 1.0, v71 <= 0.0);
    let v79 = (v77 * v78);
    let v80 = (v73 + v79);
    tmp15[l59] = v80;
  }
  {
    let j81 = j0 + 2u;
    let l82 = i0 * 300u + j81;
    let v83 = acc8.z;
    let v84 = tmp0[l82];
    let v85 = tmp1[j81];
    let v86 = (v84 - v85);
    let v87 = tmp2[j81];
    let v88 = (v87 + 0.001);
    let v89 = inverseSqrt(v88);
    let v90 = (v86 * v89);
    let v91 = s_hidden1_batch_norm_gamma[j81];
    let v92 = (v90 * v91);
    let v93 = s_hidden1_batch_norm_beta[j81];
    let v94 = (v92 + v93);
    let v95 = select(0.0, 1.0, v94 > 0.0);
    let v96 = select(0.0, v83, v95 != 0.0);
    let v97 = select(v83, 0.0, v95 != 0.0);
    let v98 = min(v94, 0.0);
    let v99 = exp(v98);
    let v100 = (v97 * v99);
    let v101 = select(0.0, 1.0, v94 <= 0.0);
    let v102 = (v100 * v101);
    let v103 = (v96 + v102);
    tmp15[l82] = v103;
  }
  {
    let j104 = j0 + 3u;
    let l105 = i0 * 300u + j104;
    let v106 = acc8.w;
    let v107 = tmp0[l105];
    let v108 = tmp1[j104];
    let v109 = (v107 - v108);
    let v110 = tmp2[j104];
    let v111 = (v110 + 0.001);
    let v112 = inverseSqrt(v111);
    let v113 = (v109 * v112);
    let v114 = s_hidden1_batch_norm_gamma[j104];
    let v115 = (v113 * v114);
    let v116 = s_hidden1_batch_norm_beta[j104];
    let v117 = (v115 + v116);
    let v118 = select(0.0, 1.0, v117 > 0.0);
    let v119 = select(0.0, v106, v118 != 0.0);
    let v120 = select(v106, 0.0, v118 != 0.0);
    let v121 = min(v117, 0.0);
    let v122 = exp(v121);
    let v123 = (v120 * v122);
    let v124 = select(0.0, 1.0, v117 <= 0.0);
    let v125 = (v123 * v124);
    let v126 = (v119 + v125);
    tmp15[l105] = v126;
  }
  {
    let i127 = i0 + 1u;
    let l128 = i127 * 300u + j0;
    let v129 = acc9.x;
    let v130 = tmp0[l128];
    let v131 = tmp1[j0];
    let v132 = (v130 - v131);
    let v133 = tmp2[j0];
    let v134 = (v133 + 0.001);
    let v135 = inverseSqrt(v134);
    let v136 = (v132 * v135);
    let v137 = s_hidden1_batch_norm_gamma[j0];
    let v138 = (v136 * v137);
    let v139 = s_hidden1_batch_norm_beta[j0];
    let v140 = (v138 + v139);
    let v141 = select(0.0, 1.0, v140 > 0.0);
    let v142 = select(0.0, v129, v141 != 0.0);
    let v143 = select(v129, 0.0, v141 != 0.0);
    let v144 = min(v140, 0.0);
    let v145 = exp(v144);
    let v146 = (v143 * v145);
    let v147 = select(0.0, 1.0, v140 <= 0.0);
    let v148 = (v146 * v147);
    let v149 = (v142 + v148);
    tmp15[l128] = v149;
  }
  {
    let i150 = i0 + 1u;
    let j151 = j0 + 1u;
    let l152 = i150 * 300u + j151;
    let v153 = acc9.y;
    let v154 = tmp0[l152];
    let v155 = tmp1[j151];
    let v156 = (v154 - v155);
    let v157 = tmp2[j151];
    let v158 = (v157 + 0.001);
    let v159 = inverseSqrt(v158);
    let v160 = (v156 * v159);
    let v161 = s_hidden1_batch_norm_gamma[j151];
    let v162 = (v160 * v161);
    let v163 = s_hidden1_batch_norm_beta[j151];
    let v164 = (v162 + v163);
    let v165 = select(0.0, 1.0, v164 > 0.0);
    let v166 = select(0.0, v153, v165 != 0.0);
    let v167 = select(v153, 0.0, v165 != 0.0);
    let v168 = min(v164, 0.0);
    let v169 = exp(v168);
    let v170 = (v167 * v169);
    let v171 = select(0.0, 1.0, v164 <= 0.0);
    let v172 = (v170 * v171);
    let v173 = (v166 + v172);
    tmp15[l152] = v173;
  }
  {
    let i174 = i0 + 1u;
    let j175 = j0 + 2u;
    let l176 = i174 * 300u + j175;
    let v177 = acc9.z;
    let v178 = tmp0[l176];
    let v179 = tmp1[j175];
    let v180 = (v178 - v179);
    let v181 = tmp2[j175];
    let v182 = (v181 + 0.001);
    let v183 = inverseSqrt(v182);
    let v184 = (v180 * v183);
    let v185 = s_hidden1_batch_norm_gamma[j175];
    let v186 = (v184 * v185);
    let v187 = s_hidden1_batch_norm_beta[j175];
    let v188 = (v186 + v187);
    let v189 = select(0.0, 1.0, v188 > 0.0);
    let v190 = select(0.0, v177, v189 != 0.0);
    let v191 = select(v177, 0.0, v189 != 0.0);
    let v192 = min(v188, 0.0);
    let v193 = exp(v192);
    let v194 = (v191 * v193);
    let v195 = select(0.0, 1.0, v188 <= 0.0);
    let v196 = (v194 * v195);
    let v197 = (v190 + v196);
    tmp15[l176] = v197;
  }
  {
    let i198 = i0 + 1u;
    let j199 = j0 + 3u;
    let l200 = i198 * 300u + j199;
    let v201 = acc9.w;
    let v202 = tmp0[l200];
    let v203 = tmp1[j199];
    let v204 = (v202 - v203);
    let v205 = tmp2[j199];
    let v206 = (v205 + 0.001);
    let v207 = inverseSqrt(v206);
    let v208 = (v204 * v207);
    let v209 = s_hidden1_batch_norm_gamma[j199];
    let v210 = (v208 * v209);
    let v211 = s_hidden1_batch_norm_beta[j199];
    let v212 = (v210 + v211);
    let v213 = select(0.0, 1.0, v212 > 0.0);
    let v214 = select(0.0, v201, v213 != 0.0);
    let v215 = select(v201, 0.0, v213 != 0.0);
    let v216 = min(v212, 0.0);
    let v217 = exp(v216);
    let v218 = (v215 * v217);
    let v219 = select(0.0, 1.0, v212 <= 0.0);
    let v220 = (v218 * v219);
    let v221 = (v214 + v220);
    tmp15[l200] = v221;
  }
  {
    let i222 = i0 + 2u;
    let l223 = i222 * 300u + j0;
    let v224 = acc10.x;
    let v225 = tmp0[l223];
    let v226 = tmp1[j0];
    let v227 = (v225 - v226);
    let v228 = tmp2[j0];
    let v229 = (v228 + 0.001);
    let v230 = inverseSqrt(v229);
    let v231 = (v227 * v230);
    let v232 = s_hidden1_batch_norm_gamma[j0];
    let v233 = (v231 * v232);
    let v234 = s_hidden1_batch_norm_beta[j0];
    let v235 = (v233 + v234);
    let v236 = select(0.0, 1.0, v235 > 0.0);
    let v237 = select(0.0, v224, v236 != 0.0);
    let v238 = select(v224, 0.0, v236 != 0.0);
    let v239 = min(v235, 0.0);
    let v240 = exp(v239);
    let v241 = (v238 * v240);
    let v242 = select(0.0, 1.0, v235 <= 0.0);
    let v243 = (v241 * v242);
    let v244 = (v237 + v243);
    tmp15[l223] = v244;
  }
  {
    let i245 = i0 + 2u;
    let j246 = j0 + 1u;
    let l247 = i245 * 300u + j246;
    let v248 = acc10.y;
    let v249 = tmp0[l247];
    let v250 = tmp1[j246];
    let v251 = (v249 - v250);
    let v252 = tmp2[j246];
    let v253 = (v252 + 0.001);
    let v254 = inverseSqrt(v253);
    let v255 = (v251 * v254);
    let v256 = s_hidden1_batch_norm_gamma[j246];
    let v257 = (v255 * v256);
    let v258 = s_hidden1_batch_norm_beta[j246];
    let v259 = (v257 + v258);
    let v260 = select(0.0, 1.0, v259 > 0.0);
    let v261 = select(0.0, v248, v260 != 0.0);
    let v262 = select(v248, 0.0, v260 != 0.0);
    let v263 = min(v259, 0.0);
    let v264 = exp(v263);
    let v265 = (v262 * v264);
    let v266 = select(0.0, 1.0, v259 <= 0.0);
    let v267 = (v265 * v266);
    let v268 = (v261 + v267);
    tmp15[l247] = v268;
  }
  {
    let i269 = i0 + 2u;
    let j270 = j0 + 2u;
    let l271 = i269 * 300u + j270;
    let v272 = acc10.z;
    let v273 = tmp0[l271];
    let v274 = tmp1[j270];
    let v275 = (v273 - v274);
    let v276 = tmp2[j270];
    let v277 = (v276 + 0.001);
    let v278 = inverseSqrt(v277);
    let v279 = (v275 * v278);
    let v280 = s_hidden1_batch_norm_gamma[j270];
    let v281 = (v279 * v280);
    let v282 = s_hidden1_batch_norm_beta[j270];
    let v283 = (v281 + v282);
    let v284 = select(0.0, 1.0, v283 > 0.0);
    let v285 = select(0.0, v272, v284 != 0.0);
    let v286 = select(v272, 0.0, v284 != 0.0);
    let v287 = min(v283, 0.0);
    let v288 = exp(v287);
    let v289 = (v286 * v288);
    let v290 = select(0.0, 1.0, v283 <= 0.0);
    let v291 = (v289 * v290);
    let v292 = (v285 + v291);
    tmp15[l271] = v292;
  }
  {
    let i293 = i0 + 2u;
    let j294 = j0 + 3u;
    let l295 = i293 * 300u + j294;
    let v296 = acc10.w;
    let v297 = tmp0[l295];
    let v298 = tmp1[j294];
    let v299 = (v297 - v298);
    let v300 = tmp2[j294];
    let v301 = (v300 + 0.001);
    let v302 = inverseSqrt(v301);
    let v303 = (v299 * v302);
    let v304 = s_hidden1_batch_norm_gamma[j294];
    let v305 = (v303 * v304);
    let v306 = s_hidden1_batch_norm_beta[j294];
    let v307 = (v305 + v306);
    let v308 = select(0.0, 1.0, v307 > 0.0);
    let v309 = select(0.0, v296, v308 != 0.0);
    let v310 = select(v296, 0.0, v308 != 0.0);
    let v311 = min(v307, 0.0);
    let v312 = exp(v311);
    let v313 = (v310 * v312);
    let v314 = select(0.0, 1.0, v307 <= 0.0);
    let v315 = (v313 * v314);
    let v316 = (v309 + v315);
    tmp15[l295] = v316;
  }
  {
    let i317 = i0 + 3u;
    let l318 = i317 * 300u + j0;
    let v319 = acc11.x;
    let v320 = tmp0[l318];
    let v321 = tmp1[j0];
    let v322 = (v320 - v321);
    let v323 = tmp2[j0];
    let v324 = (v323 + 0.001);
    let v325 = inverseSqrt(v324);
    let v326 = (v322 * v325);
    let v327 = s_hidden1_batch_norm_gamma[j0];
    let v328 = (v326 * v327);
    let v329 = s_hidden1_batch_norm_beta[j0];
    let v330 = (v328 + v329);
    let v331 = select(0.0, 1.0, v330 > 0.0);
    let v332 = select(0.0, v319, v331 != 0.0);
    let v333 = select(v319, 0.0, v331 != 0.0);
    let v334 = min(v330, 0.0);
    let v335 = exp(v334);
    let v336 = (v333 * v335);
    let v337 = select(0.0, 1.0, v330 <= 0.0);
    let v338 = (v336 * v337);
    let v339 = (v332 + v338);
    tmp15[l318] = v339;
  }
  {
    let i340 = i0 + 3u;
    let j341 = j0 + 1u;
    let l342 = i340 * 300u + j341;
    let v343 = acc11.y;
    let v344 = tmp0[l342];
    let v345 = tmp1[j341];
    let v346 = (v344 - v345);
    let v347 = tmp2[j341];
    let v348 = (v347 + 0.001);
    let v349 = inverseSqrt(v348);
    let v350 = (v346 * v349);
    let v351 = s_hidden1_batch_norm_gamma[j341];
    let v352 = (v350 * v351);
    let v353 = s_hidden1_batch_norm_beta[j341];
    let v354 = (v352 + v353);
    let v355 = select(0.0, 1.0, v354 > 0.0);
    let v356 = select(0.0, v343, v355 != 0.0);
    let v357 = select(v343, 0.0, v355 != 0.0);
    let v358 = min(v354, 0.0);
    let v359 = exp(v358);
    let v360 = (v357 * v359);
    let v361 = select(0.0, 1.0, v354 <= 0.0);
    let v362 = (v360 * v361);
    let v363 = (v356 + v362);
    tmp15[l342] = v363;
  }
  {
    let i364 = i0 + 3u;
    let j365 = j0 + 2u;
    let l366 = i364 * 300u + j365;
    let v367 = acc11.z;
    let v368 = tmp0[l366];
    let v369 = tmp1[j365];
    let v370 = (v368 - v369);
    let v371 = tmp2[j365];
    let v372 = (v371 + 0.001);
    let v373 = inverseSqrt(v372);
    let v374 = (v370 * v373);
    let v375 = s_hidden1_batch_norm_gamma[j365];
    let v376 = (v374 * v375);
    let v377 = s_hidden1_batch_norm_beta[j365];
    let v378 = (v376 + v377);
    let v379 = select(0.0, 1.0, v378 > 0.0);
    let v380 = select(0.0, v367, v379 != 0.0);
    let v381 = select(v367, 0.0, v379 != 0.0);
    let v382 = min(v378, 0.0);
    let v383 = exp(v382);
    let v384 = (v381 * v383);
    let v385 = select(0.0, 1.0, v378 <= 0.0);
    let v386 = (v384 * v385);
    let v387 = (v380 + v386);
    tmp15[l366] = v387;
  }
  {
    let i388 = i0 + 3u;
    let j389 = j0 + 3u;
    let l390 = i388 * 300u + j389;
    let v391 = acc11.w;
    let v392 = tmp0[l390];
    let v393 = tmp1[j389];
    let v394 = (v392 - v393);
    let v395 = tmp2[j389];
    let v396 = (v395 + 0.001);
    let v397 = inverseSqrt(v396);
    let v398 = (v394 * v397);
    let v399 = s_hidden1_batch_norm_gamma[j389];
    let v400 = (v398 * v399);
    let v401 = s_hidden1_batch_norm_beta[j389];
    let v402 = (v400 + v401);
    let v403 = select(0.0, 1.0, v402 > 0.0);
    let v404 = select(0.0, v391, v403 != 0.0);
    let v405 = select(v391, 0.0, v403 != 0.0);
    let v406 = min(v402, 0.0);
    let v407 = exp(v406);
    let v408 = (v405 * v407);
    let v409 = select(0.0, 1.0, v402 <= 0.0);
    let v410 = (v408 * v409);
    let v411 = (v404 + v410);
    tmp15[l390] = v411;
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
    let v32 = s_hidden1_batch_norm_moving_mean[j0];
    let v33 = (v31 - v32);
    let v34 = s_hidden1_batch_norm_moving_variance[j0];
    let v35 = (v34 + 0.001);
    let v36 = inverseSqrt(v35);
    let v37 = (v33 * v36);
    let v38 = s_hidden1_batch_norm_gamma[j0];
    let v39 = (v37 * v38);
    let v40 = s_hidden1_batch_norm_beta[j0];
    let v41 = (v39 + v40);
    let v42 = min(v41, 0.0);
    let v43 = exp(v42);
    let v44 = (v43 - 1.0);
    let v45 = select(0.0, 1.0, v41 > 0.0);
    let v46 = select(v44, v41, v45 != 0.0);
    tmp15[l28] = v46;
  }
  {
    let j47 = j0 + 1u;
    let l48 = i0 * 300u + j47;
    let v49 = acc8.y;
    let v50 = s_hidden1_dense_bias[j47];
    let v51 = (v49 + v50);
    let v52 = s_hidden1_batch_norm_moving_mean[j47];
    let v53 = (v51 - v52);
    let v54 = s_hidden1_batch_norm_moving_variance[j47];
    let v55 = (v54 + 0.001);
    let v56 = inverseSqrt(v55);
    let v57 = (v53 * v56);
    let v58 = s_hidden1_batch_norm_gamma[j47];
    let v59 = (v57 * v58);
    let v60 = s_hidden1_batch_norm_beta[j47];
    let v61 = (v59 + v60);
    let v62 = min(v61, 0.0);
    let v63 = exp(v62);
    let v64 = (v63 - 1.0);
    let v65 = select(0.0, 1.0, v61 > 0.0);
    let v66 = select(v64, v61, v65 != 0.0);
    tmp15[l48] = v66;
  }
  {
    let j67 = j0 + 2u;
    let l68 = i0 * 300u + j67;
    let v69 = acc8.z;
    let v70 = s_hidden1_dense_bias[j67];
    let v71 = (v69 + v70);
    let v72 = s_hidden1_batch_norm_moving_mean[j67];
    let v73 = (v71 - v72);
    let v74 = s_hidden1_batch_norm_moving_variance[j67];
    let v75 = (v74 + 0.001);
    let v76 = inverseSqrt(v75);
    let v77 = (v73 * v76);
    let v78 = s_hidden1_batch_norm_gamma[j67];
    let v79 = (v77 * v78);
    let v80 = s_hidden1_batch_norm_beta[j67];
    let v81 = (v79 + v80);
    let v82 = min(v81, 0.0);
    let v83 = exp(v82);
    let v84 = (v83 - 1.0);
    let v85 = select(0.0, 1.0, v81 > 0.0);
    let v86 = select(v84, v81, v85 != 0.0);
    tmp15[l68] = v86;
  }
  {
    let j87 = j0 + 3u;
    let l88 = i0 * 300u + j87;
    let v89 = acc8.w;
    let v90 = s_hidden1_dense_bias[j87];
    let v91 = (v89 + v90);
    let v92 = s_hidden1_batch_norm_moving_mean[j87];
    let v93 = (v91 - v92);
    let v94 = s_hidden1_batch_norm_moving_variance[j87];
    let v95 = (v94 + 0.001);
    let v96 = inverseSqrt(v95);
    let v97 = (v93 * v96);
    let v98 = s_hidden1_batch_norm_gamma[j87];
    let v99 = (v97 * v98);
    let v100 = s_hidden1_batch_norm_beta[j87];
    let v101 = (v99 + v100);
    let v102 = min(v101, 0.0);
    let v103 = exp(v102);
    let v104 = (v103 - 1.0);
    let v105 = select(0.0, 1.0, v101 > 0.0);
    let v106 = select(v104, v101, v105 != 0.0);
    tmp15[l88] = v106;
  }
  {
    let i107 = i0 + 1u;
    let l108 = i107 * 300u + j0;
    let v109 = acc9.x;
    let v110 = s_hidden1_dense_bias[j0];
    let v111 = (v109 + v110);
    let v112 = s_hidden1_batch_norm_moving_mean[j0];
    let v113 = (v111 - v112);
    let v114 = s_hidden1_batch_norm_moving_variance[j0];
    let v115 = (v114 + 0.001);
    let v116 = inverseSqrt(v115);
    let v117 = (v113 * v116);
    let v118 = s_hidden1_batch_norm_gamma[j0];
    let v119 = (v117 * v118);
    let v120 = s_hidden1_batch_norm_beta[j0];
    let v121 = (v119 + v120);
    let v122 = min(v121, 0.0);
    let v123 = exp(v122);
    let v124 = (v123 - 1.0);
    let v125 = select(0.0, 1.0, v121 > 0.0);
    let v126 = select(v124, v121, v125 != 0.0);
    tmp15[l108] = v126;
  }
  {
    let i127 = i0 + 1u;
    let j128 = j0 + 1u;
    let l129 = i127 * 300u + j128;
    let v130 = acc9.y;
    let v131 = s_hidden1_dense_bias[j128];
    let v132 = (v130 + v131);
    let v133 = s_hidden1_batch_norm_moving_mean[j128];
    let v134 = (v132 - v133);
    let v135 = s_hidden1_batch_norm_moving_variance[j128];
    let v136 = (v135 + 0.001);
    let v137 = inverseSqrt(v136);
    let v138 = (v134 * v137);
    let v139 = s_hidden1_batch_norm_gamma[j128];
    let v140 = (v138 * v139);
    let v141 = s_hidden1_batch_norm_beta[j128];
    let v142 = (v140 + v141);
    let v143 = min(v142, 0.0);
    let v144 = exp(v143);
    let v145 = (v144 - 1.0);
    let v146 = select(0.0, 1.0, v142 > 0.0);
    let v147 = select(v145, v142, v146 != 0.0);
    tmp15[l129] = v147;
  }
  {
    let i148 = i0 + 1u;
    let j149 = j0 + 2u;
    let l150 = i148 * 300u + j149;
    let v151 = acc9.z;
    let v152 = s_hidden1_dense_bias[j149];
    let v153 = (v151 + v152);
    let v154 = s_hidden1_batch_norm_moving_mean[j149];
    let v155 = (v153 - v154);
    let v156 = s_hidden1_batch_norm_moving_variance[j149];
    let v157 = (v156 + 0.001);
    let v158 = inverseSqrt(v157);
    let v159 = (v155 * v158);
    let v160 = s_hidden1_batch_norm_gamma[j149];
    let v161 = (v159 * v160);
    let v162 = s_hidden1_batch_norm_beta[j149];
    let v163 = (v161 + v162);
    let v164 = min(v163, 0.0);
    let v165 = exp(v164);
    let v166 = (v165 - 1.0);
    let v167 = select(0.0, 1.0, v163 > 0.0);
    let v168 = select(v166, v163, v167 != 0.0);
    tmp15[l150] = v168;
  }
  {
    let i169 = i0 + 1u;
    let j170 = j0 + 3u;
    let l171 = i169 * 300u + j170;
    let v172 = acc9.w;
    let v173 = s_hidden1_dense_bias[j170];
    let v174 = (v172 + v173);
    let v175 = s_hidden1_batch_norm_moving_mean[j170];
    let v176 = (v174 - v175);
    let v177 = s_hidden1_batch_norm_moving_variance[j170];
    let v178 = (v177 + 0.001);
    let v179 = inverseSqrt(v178);
    let v180 = (v176 * v179);
    let v181 = s_hidden1_batch_norm_gamma[j170];
    let v182 = (v180 * v181);
    let v183 = s_hidden1_batch_norm_beta[j170];
    let v184 = (v182 + v183);
    let v185 = min(v184, 0.0);
    let v186 = exp(v185);
    let v187 = (v186 - 1.0);
    let v188 = select(0.0, 1.0, v184 > 0.0);
    let v189 = select(v187, v184, v188 != 0.0);
    tmp15[l171] = v189;
  }
  {
    let i190 = i0 + 2u;
    let l191 = i190 * 300u + j0;
    let v192 = acc10.x;
    let v193 = s_hidden1_dense_bias[j0];
    let v194 = (v192 + v193);
    let v195 = s_hidden1_batch_norm_moving_mean[j0];
    let v196 = (v194 - v195);
    let v197 = s_hidden1_batch_norm_moving_variance[j0];
    let v198 = (v197 + 0.001);
    let v199 = inverseSqrt(v198);
    let v200 = (v196 * v199);
    let v201 = s_hidden1_batch_norm_gamma[j0];
    let v202 = (v200 * v201);
    let v203 = s_hidden1_batch_norm_beta[j0];
    let v204 = (v202 + v203);
    let v205 = min(v204, 0.0);
    let v206 = exp(v205);
    let v207 = (v206 - 1.0);
    let v208 = select(0.0, 1.0, v204 > 0.0);
    let v209 = select(v207, v204, v208 != 0.0);
    tmp15[l191] = v209;
  }
  {
    let i210 = i0 + 2u;
    let j211 = j0 + 1u;
    let l212 = i210 * 300u + j211;
    let v213 = acc10.y;
    let v214 = s_hidden1_dense_bias[j211];
    let v215 = (v213 + v214);
    let v216 = s_hidden1_batch_norm_moving_mean[j211];
    let v217 = (v215 - v216);
    let v218 = s_hidden1_batch_norm_moving_variance[j211];
    let v219 = (v218 + 0.001);
    let v220 = inverseSqrt(v219);
    let v221 = (v217 * v220);
    let v222 = s_hidden1_batch_norm_gamma[j211];
    let v223 = (v221 * v222);
    let v224 = s_hidden1_batch_norm_beta[j211];
    let v225 = (v223 + v224);
    let v226 = min(v225, 0.0);
    let v227 = exp(v226);
    let v228 = (v227 - 1.0);
    let v229 = select(0.0, 1.0, v225 > 0.0);
    let v230 = select(v228, v225, v229 != 0.0);
    tmp15[l212] = v230;
  }
  {
    let i231 = i0 + 2u;
    let j232 = j0 + 2u;
    let l233 = i231 * 300u + j232;
    let v234 = acc10.z;
    let v235 = s_hidden1_dense_bias[j232];
    let v236 = (v234 + v235);
    let v237 = s_hidden1_batch_norm_moving_mean[j232];
    let v238 = (v236 - v237);
    let v239 = s_hidden1_batch_norm_moving_variance[j232];
    let v240 = (v239 + 0.001);
    let v241 = inverseSqrt(v240);
    let v242 = (v238 * v241);
    let v243 = s_hidden1_batch_norm_gamma[j232];
    let v244 = (v242 * v243);
    let v245 = s_hidden1_batch_norm_beta[j232];
    let v246 = (v244 + v245);
    let v247 = min(v246, 0.0);
    let v248 = exp(v247);
    let v249 = (v248 - 1.0);
    let v250 = select(0.0, 1.0, v246 > 0.0);
    let v251 = select(v249, v246, v250 != 0.0);
    tmp15[l233] = v251;
  }
  {
    let i252 = i0 + 2u;
    let j253 = j0 + 3u;
    let l254 = i252 * 300u + j253;
    let v255 = acc10.w;
    let v256 = s_hidden1_dense_bias[j253];
    let v257 = (v255 + v256);
    let v258 = s_hidden1_batch_norm_moving_mean[j253];
    let v259 = (v257 - v258);
    let v260 = s_hidden1_batch_norm_moving_variance[j253];
    let v261 = (v260 + 0.001);
    let v262 = inverseSqrt(v261);
    let v263 = (v259 * v262);
    let v264 = s_hidden1_batch_norm_gamma[j253];
    let v265 = (v263 * v264);
    let v266 = s_hidden1_batch_norm_beta[j253];
    let v267 = (v265 + v266);
    let v268 = min(v267, 0.0);
    let v269 = exp(v268);
    let v270 = (v269 - 1.0);
    let v271 = select(0.0, 1.0, v267 > 0.0);
    let v272 = select(v270, v267, v271 != 0.0);
    tmp15[l254] = v272;
  }
  {
    let i273 = i0 + 3u;
    let l274 = i273 * 300u + j0;
    let v275 = acc11.x;
    let v276 = s_hidden1_dense_bias[j0];
    let v277 = (v275 + v276);
    let v278 = s_hidden1_batch_norm_moving_mean[j0];
    let v279 = (v277 - v278);
    let v280 = s_hidden1_batch_norm_moving_variance[j0];
    let v281 = (v280 + 0.001);
    let v282 = inverseSqrt(v281);
    let v283 = (v279 * v282);
    let v284 = s_hidden1_batch_norm_gamma[j0];
    let v285 = (v283 * v284);
    let v286 = s_hidden1_batch_norm_beta[j0];
    let v287 = (v285 + v286);
    let v288 = min(v287, 0.0);
    let v289 = exp(v288);
    let v290 = (v289 - 1.0);
    let v291 = select(0.0, 1.0, v287 > 0.0);
    let v292 = select(v290, v287, v291 != 0.0);
    tmp15[l274] = v292;
  }
  {
    let i293 = i0 + 3u;
    let j294 = j0 + 1u;
    let l295 = i293 * 300u + j294;
    let v296 = acc11.y;
    let v297 = s_hidden1_dense_bias[j294];
    let v298 = (v296 + v297);
    let v299 = s_hidden1_batch_norm_moving_mean[j294];
    let v300 = (v298 - v299);
    let v301 = s_hidden1_batch_norm_moving_variance[j294];
    let v302 = (v301 + 0.001);
    let v303 = inverseSqrt(v302);
    let v304 = (v300 * v303);
    let v305 = s_hidden1_batch_norm_gamma[j294];
    let v306 = (v304 * v305);
    let v307 = s_hidden1_batch_norm_beta[j294];
    let v308 = (v306 + v307);
    let v309 = min(v308, 0.0);
    let v310 = exp(v309);
    let v311 = (v310 - 1.0);
    let v312 = select(0.0, 1.0, v308 > 0.0);
    let v313 = select(v311, v308, v312 != 0.0);
    tmp15[l295] = v313;
  }
  {
    let i314 = i0 + 3u;
    let j315 = j0 + 2u;
    let l316 = i314 * 300u + j315;
    let v317 = acc11.z;
    let v318 = s_hidden1_dense_bias[j315];
    let v319 = (v317 + v318);
    let v320 = s_hidden1_batch_norm_moving_mean[j315];
    let v321 = (v319 - v320);
    let v322 = s_hidden1_batch_norm_moving_variance[j315];
    let v323 = (v322 + 0.001);
    let v324 = inverseSqrt(v323);
    let v325 = (v321 * v324);
    let v326 = s_hidden1_batch_norm_gamma[j315];
    let v327 = (v325 * v326);
    let v328 = s_hidden1_batch_norm_beta[j315];
    let v329 = (v327 + v328);
    let v330 = min(v329, 0.0);
    let v331 = exp(v330);
    let v332 = (v331 - 1.0);
    let v333 = select(0.0, 1.0, v329 > 0.0);
    let v334 = select(v332, v329, v333 != 0.0);
    tmp15[l316] = v334;
  }
  {
    let i335 = i0 + 3u;
    let j336 = j0 + 3u;
    let l337 = i335 * 300u + j336;
    let v338 = acc11.w;
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
    let av16 = tmp15_v4[ra12 + k];
    let av17 = tmp15_v4[ra13 + k];
    let av18 = tmp15_v4[ra14 + k];
    let av19 = tmp15_v4[ra15 + k];
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
    let v32 = s_hidden2_batch_norm_moving_mean[j0];
    let v33 = (v31 - v32);
    let v34 = s_hidden2_batch_norm_moving_variance[j0];
    let v35 = (v34 + 0.001);
    let v36 = inverseSqrt(v35);
    let v37 = (v33 * v36);
    let v38 = s_hidden2_batch_norm_gamma[j0];
    let v39 = (v37 * v38);
    let v40 = s_hidden2_batch_norm_beta[j0];
    let v41 = (v39 + v40);
    let v42 = min(v41, 0.0);
    let v43 = exp(v42);
    let v44 = (v43 - 1.0);
    let v45 = select(0.0, 1.0, v41 > 0.0);
    let v46 = select(v44, v41, v45 != 0.0);
    tmp13[l28] = v46;
  }
  {
    let j47 = j0 + 1u;
    let l48 = i0 * 100u + j47;
    let v49 = acc8.y;
    let v50 = s_hidden2_dense_bias[j47];
    let v51 = (v49 + v50);
    let v52 = s_hidden2_batch_norm_moving_mean[j47];
    let v53 = (v51 - v52);
    let v54 = s_hidden2_batch_norm_moving_variance[j47];
    let v55 = (v54 + 0.001);
    let v56 = inverseSqrt(v55);
    let v57 = (v53 * v56);
    let v58 = s_hidden2_batch_norm_gamma[j47];
    let v59 = (v57 * v58);
    let v60 = s_hidden2_batch_norm_beta[j47];
    let v61 = (v59 + v60);
    let v62 = min(v61, 0.0);
    let v63 = exp(v62);
    let v64 = (v63 - 1.0);
    let v65 = select(0.0, 1.0, v61 > 0.0);
    let v66 = select(v64, v61, v65 != 0.0);
    tmp13[l48] = v66;
  }
  {
    let j67 = j0 + 2u;
    let l68 = i0 * 100u + j67;
    let v69 = acc8.z;
    let v70 = s_hidden2_dense_bias[j67];
    let v71 = (v69 + v70);
    let v72 = s_hidden2_batch_norm_moving_mean[j67];
    let v73 = (v71 - v72);
    let v74 = s_hidden2_batch_norm_moving_variance[j67];
    let v75 = (v74 + 0.001);
    let v76 = inverseSqrt(v75);
    let v77 = (v73 * v76);
    let v78 = s_hidden2_batch_norm_gamma[j67];
    let v79 = (v77 * v78);
    let v80 = s_hidden2_batch_norm_beta[j67];
    let v81 = (v79 + v80);
    let v82 = min(v81, 0.0);
    let v83 = exp(v82);
    let v84 = (v83 - 1.0);
    let v85 = select(0.0, 1.0, v81 > 0.0);
    let v86 = select(v84, v81, v85 != 0.0);
    tmp13[l68] = v86;
  }
  {
    let j87 = j0 + 3u;
    let l88 = i0 * 100u + j87;
    let v89 = acc8.w;
    let v90 = s_hidden2_dense_bias[j87];
    let v91 = (v89 + v90);
    let v92 = s_hidden2_batch_norm_moving_mean[j87];
    let v93 = (v91 - v92);
    let v94 = s_hidden2_batch_norm_moving_variance[j87];
    let v95 = (v94 + 0.001);
    let v96 = inverseSqrt(v95);
    let v97 = (v93 * v96);
    let v98 = s_hidden2_batch_norm_gamma[j87];
    let v99 = (v97 * v98);
    let v100 = s_hidden2_batch_norm_beta[j87];
    let v101 = (v99 + v100);
    let v102 = min(v101, 0.0);
    let v103 = exp(v102);
    let v104 = (v103 - 1.0);
    let v105 = select(0.0, 1.0, v101 > 0.0);
    let v106 = select(v104, v101, v105 != 0.0);
    tmp13[l88] = v106;
  }
  {
    let i107 = i0 + 1u;
    let l108 = i107 * 100u + j0;
    let v109 = acc9.x;
    let v110 = s_hidden2_dense_bias[j0];
    let v111 = (v109 + v110);
    let v112 = s_hidden2_batch_norm_moving_mean[j0];
    let v113 = (v111 - v112);
    let v114 = s_hidden2_batch_norm_moving_variance[j0];
    let v115 = (v114 + 0.001);
    let v116 = inverseSqrt(v115);
    let v117 = (v113 * v116);
    let v118 = s_hidden2_batch_norm_gamma[j0];
    let v119 = (v117 * v118);
    let v120 = s_hidden2_batch_norm_beta[j0];
    let v121 = (v119 + v120);
    let v122 = min(v121, 0.0);
    let v123 = exp(v122);
    let v124 = (v123 - 1.0);
    let v125 = select(0.0, 1.0, v121 > 0.0);
    let v126 = select(v124, v121, v125 != 0.0);
    tmp13[l108] = v126;
  }
  {
    let i127 = i0 + 1u;
    let j128 = j0 + 1u;
    let l129 = i127 * 100u + j128;
    let v130 = acc9.y;
    let v131 = s_hidden2_dense_bias[j128];
    let v132 = (v130 + v131);
    let v133 = s_hidden2_batch_norm_moving_mean[j128];
    let v134 = (v132 - v133);
    let v135 = s_hidden2_batch_norm_moving_variance[j128];
    let v136 = (v135 + 0.001);
    let v137 = inverseSqrt(v136);
    let v138 = (v134 * v137);
    let v139 = s_hidden2_batch_norm_gamma[j128];
    let v140 = (v138 * v139);
    let v141 = s_hidden2_batch_norm_beta[j128];
    let v142 = (v140 + v141);
    let v143 = min(v142, 0.0);
    let v144 = exp(v143);
    let v145 = (v144 - 1.0);
    let v146 = select(0.0, 1.0, v142 > 0.0);
    let v147 = select(v145, v142, v146 != 0.0);
    tmp13[l129] = v147;
  }
  {
    let i148 = i0 + 1u;
    let j149 = j0 + 2u;
    let l150 = i148 * 100u + j149;
    let v151 = acc9.z;
    let v152 = s_hidden2_dense_bias[j149];
    let v153 = (v151 + v152);
    let v154 = s_hidden2_batch_norm_moving_mean[j149];
    let v155 = (v153 - v154);
    let v156 = s_hidden2_batch_norm_moving_variance[j149];
    let v157 = (v156 + 0.001);
    let v158 = inverseSqrt(v157);
    let v159 = (v155 * v158);
    let v160 = s_hidden2_batch_norm_gamma[j149];
    let v161 = (v159 * v160);
    let v162 = s_hidden2_batch_norm_beta[j149];
    let v163 = (v161 + v162);
    let v164 = min(v163, 0.0);
    let v165 = exp(v164);
    let v166 = (v165 - 1.0);
    let v167 = select(0.0, 1.0, v163 > 0.0);
    let v168 = select(v166, v163, v167 != 0.0);
    tmp13[l150] = v168;
  }
  {
    let i169 = i0 + 1u;
    let j170 = j0 + 3u;
    let l171 = i169 * 100u + j170;
    let v172 = acc9.w;
    let v173 = s_hidden2_dense_bias[j170];
    let v174 = (v172 + v173);
    let v175 = s_hidden2_batch_norm_moving_mean[j170];
    let v176 = (v174 - v175);
    let v177 = s_hidden2_batch_norm_moving_variance[j170];
    let v178 = (v177 + 0.001);
    let v179 = inverseSqrt(v178);
    let v180 = (v176 * v179);
    let v181 = s_hidden2_batch_norm_gamma[j170];
    let v182 = (v180 * v181);
    let v183 = s_hidden2_batch_norm_beta[j170];
    let v184 = (v182 + v183);
    let v185 = min(v184, 0.0);
    let v186 = exp(v185);
    let v187 = (v186 - 1.0);
    let v188 = select(0.0, 1.0, v184 > 0.0);
    let v189 = select(v187, v184, v188 != 0.0);
    tmp13[l171] = v189;
  }
  {
    let i190 = i0 + 2u;
    let l191 = i190 * 100u + j0;
    let v192 = acc10.x;
    let v193 = s_hidden2_dense_bias[j0];
    let v194 = (v192 + v193);
    let v195 = s_hidden2_batch_norm_moving_mean[j0];
    let v196 = (v194 - v195);
    let v197 = s_hidden2_batch_norm_moving_variance[j0];
    let v198 = (v197 + 0.001);
    let v199 = inverseSqrt(v198);
    let v200 = (v196 * v199);
    let v201 = s_hidden2_batch_norm_gamma[j0];
    let v202 = (v200 * v201);
    let v203 = s_hidden2_batch_norm_beta[j0];
    let v204 = (v202 + v203);
    let v205 = min(v204, 0.0);
    let v206 = exp(v205);
    let v207 = (v206 - 1.0);
    let v208 = select(0.0, 1.0, v204 > 0.0);
    let v209 = select(v207, v204, v208 != 0.0);
    tmp13[l191] = v209;
  }
  {
    let i210 = i0 + 2u;
    let j211 = j0 + 1u;
    let l212 = i210 * 100u + j211;
    let v213 = acc10.y;
    let v214 = s_hidden2_dense_bias[j211];
    let v215 = (v213 + v214);
    let v216 = s_hidden2_batch_norm_moving_mean[j211];
    let v217 = (v215 - v216);
    let v218 = s_hidden2_batch_norm_moving_variance[j211];
    let v219 = (v218 + 0.001);
    let v220 = inverseSqrt(v219);
    let v221 = (v217 * v220);
    let v222 = s_hidden2_batch_norm_gamma[j211];
    let v223 = (v221 * v222);
    let v224 = s_hidden2_batch_norm_beta[j211];
    let v225 = (v223 + v224);
    let v226 = min(v225, 0.0);
    let v227 = exp(v226);
    let v228 = (v227 - 1.0);
    let v229 = select(0.0, 1.0, v225 > 0.0);
    let v230 = select(v228, v225, v229 != 0.0);
    tmp13[l212] = v230;
  }
  {
    let i231 = i0 + 2u;
    let j232 = j0 + 2u;
    let l233 = i231 * 100u + j232;
    let v234 = acc10.z;
    let v235 = s_hidden2_dense_bias[j232];
    let v236 = (v234 + v235);
    let v237 = s_hidden2_batch_norm_moving_mean[j232];
    let v238 = (v236 - v237);
    let v239 = s_hidden2_batch_norm_moving_variance[j232];
    let v240 = (v239 + 0.001);
    let v241 = inverseSqrt(v240);
    let v242 = (v238 * v241);
    let v243 = s_hidden2_batch_norm_gamma[j232];
    let v244 = (v242 * v243);
    let v245 = s_hidden2_batch_norm_beta[j232];
    let v246 = (v244 + v245);
    let v247 = min(v246, 0.0);
    let v248 = exp(v247);
    let v249 = (v248 - 1.0);
    let v250 = select(0.0, 1.0, v246 > 0.0);
    let v251 = select(v249, v246, v250 != 0.0);
    tmp13[l233] = v251;
  }
  {
    let i252 = i0 + 2u;
    let j253 = j0 + 3u;
    let l254 = i252 * 100u + j253;
    let v255 = acc10.w;
    let v256 = s_hidden2_dense_bias[j253];
    let v257 = (v255 + v256);
    let v258 = s_hidden2_batch_norm_moving_mean[j253];
    let v259 = (v257 - v258);
    let v260 = s_hidden2_batch_norm_moving_variance[j253];
    let v261 = (v260 + 0.001);
    let v262 = inverseSqrt(v261);
    let v263 = (v259 * v262);
    let v264 = s_hidden2_batch_norm_gamma[j253];
    let v265 = (v263 * v264);
    let v266 = s_hidden2_batch_norm_beta[j253];
    let v267 = (v265 + v266);
    let v268 = min(v267, 0.0);
    let v269 = exp(v268);
    let v270 = (v269 - 1.0);
    let v271 = select(0.0, 1.0, v267 > 0.0);
    let v272 = select(v270, v267, v271 != 0.0);
    tmp13[l254] = v272;
  }
  {
    let i273 = i0 + 3u;
    let l274 = i273 * 100u + j0;
    let v275 = acc11.x;
    let v276 = s_hidden2_dense_bias[j0];
    let v277 = (v275 + v276);
    let v278 = s_hidden2_batch_norm_moving_mean[j0];
    let v279 = (v277 - v278);
    let v280 = s_hidden2_batch_norm_moving_variance[j0];
    let v281 = (v280 + 0.001);
    let v282 = inverseSqrt(v281);
    let v283 = (v279 * v282);
    let v284 = s_hidden2_batch_norm_gamma[j0];
    let v285 = (v283 * v284);
    let v286 = s_hidden2_batch_norm_beta[j0];
    let v287 = (v285 + v286);
    let v288 = min(v287, 0.0);
    let v289 = exp(v288);
    let v290 = (v289 - 1.0);
    let v291 = select(0.0, 1.0, v287 > 0.0);
    let v292 = select(v290, v287, v291 != 0.0);
    tmp13[l274] = v292;
  }
  {
    let i293 = i0 + 3u;
    let j294 = j0 + 1u;
    let l295 = i293 * 100u + j294;
    let v296 = acc11.y;
    let v297 = s_hidden2_dense_bias[j294];
    let v298 = (v296 + v297);
    let v299 = s_hidden2_batch_norm_moving_mean[j294];
    let v300 = (v298 - v299);
    let v301 = s_hidden2_batch_norm_moving_variance[j294];
    let v302 = (v301 + 0.001);
    let v303 = inverseSqrt(v302);
    let v304 = (v300 * v303);
    let v305 = s_hidden2_batch_norm_gamma[j294];
    let v306 = (v304 * v305);
    let v307 = s_hidden2_batch_norm_beta[j294];
    let v308 = (v306 + v307);
    let v309 = min(v308, 0.0);
    let v310 = exp(v309);
    let v311 = (v310 - 1.0);
    let v312 = select(0.0, 1.0, v308 > 0.0);
    let v313 = select(v311, v308, v312 != 0.0);
    tmp13[l295] = v313;
  }
  {
    let i314 = i0 + 3u;
    let j315 = j0 + 2u;
    let l316 = i314 * 100u + j315;
    let v317 = acc11.z;
    let v318 = s_hidden2_dense_bias[j315];
    let v319 = (v317 + v318);
    let v320 = s_hidden2_batch_norm_moving_mean[j315];
    let v321 = (v319 - v320);
    let v322 = s_hidden2_batch_norm_moving_variance[j315];
    let v323 = (v322 + 0.001);
    let v324 = inverseSqrt(v323);
    let v325 = (v321 * v324);
    let v326 = s_hidden2_batch_norm_gamma[j315];
    let v327 = (v325 * v326);
    let v328 = s_hidden2_batch_norm_beta[j315];
    let v329 = (v327 + v328);
    let v330 = min(v329, 0.0);
    let v331 = exp(v330);
    let v332 = (v331 - 1.0);
    let v333 = select(0.0, 1.0, v329 > 0.0);
    let v334 = select(v332, v329, v333 != 0.0);
    tmp13[l316] = v334;
  }
  {
    let i335 = i0 + 3u;
    let j336 = j0 + 3u;
    let l337 = i335 * 100u + j336;
    let v338 = acc11.w;
    let v339 = s_hidden2_dense_bias[j336];
    let v340 = (v338 + v339);
    let v341 = s_hidden2_batch_norm_moving_mean[j336];
    let v342 = (v340 - v341);
    let v343 = s_hidden2_batch_norm_moving_variance[j336];
    let v344 = (v343 + 0.001);
    let v345 = inverseSqrt(v344);
    let v346 = (v342 * v345);
    let v347 = s_hidden2_batch_norm_gamma[j336];
    let v348 = (v346 * v347);
    let v349 = s_hidden2_batch_norm_beta[j336];
    let v350 = (v348 + v349);
    let v351 = min(v350, 0.0);
    let v352 = exp(v351);
    let v353 = (v352 - 1.0);
    let v354 = select(0.0, 1.0, v350 > 0.0);
    let v355 = select(v353, v350, v354 != 0.0);
    tmp13[l337] = v355;
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
    acc8 = acc8 + tmp13[ra12 + k] * bv17;
    acc9 = acc9 + tmp13[ra13 + k] * bv17;
    acc10 = acc10 + tmp13[ra14 + k] * bv17;
    acc11 = acc11 + tmp13[ra15 + k] * bv17;
  }
  {
    let l18 = i0 * 10u + j0;
    let v19 = acc8.x;
    let v20 = s_logits_dense_bias[j0];
    let v21 = (v19 + v20);
    let v22 = s_logits_batch_norm_moving_mean[j0];
    let v23 = (v21 - v22);
    let v24 = s_logits_batch_norm_moving_variance[j0];
    let v25 = (v24 + 0.001);
    let v26 = inverseSqrt(v25);
    let v27 = (v23 * v26);
    let v28 = s_logits_batch_norm_gamma[j0];
    let v29 = (v27 * v28);
    let v30 = s_logits_batch_norm_beta[j0];
    let v31 = (v29 + v30);
    tmp11[l18] = v31;
  }
  if (j0 + 1u < 10u) {
    let j32 = j0 + 1u;
    let l33 = i0 * 10u + j32;
    let v34 = acc8.y;
    let v35 = s_logits_dense_bias[j32];
    let v36 = (v34 + v35);
    let v37 = s_logits_batch_norm_moving_mean[j32];
    let v38 = (v36 - v37);
    let v39 = s_logits_batch_norm_moving_variance[j32];
    let v40 = (v39 + 0.001);
    let v41 = inverseSqrt(v40);
    let v42 = (v38 * v41);
    let v43 = s_logits_batch_norm_gamma[j32];
    let v44 = (v42 * v43);
    let v45 = s_logits_batch_norm_beta[j32];
    let v46 = (v44 + v45);
    tmp11[l33] = v46;
  }
  if (j0 + 2u < 10u) {
    let j47 = j0 + 2u;
    let l48 = i0 * 10u + j47;
    let v49 = acc8.z;
    let v50 = s_logits_dense_bias[j47];
    let v51 = (v49 + v50);
    let v52 = s_logits_batch_norm_moving_mean[j47];
    let v53 = (v51 - v52);
    let v54 = s_logits_batch_norm_moving_variance[j47];
    let v55 = (v54 + 0.001);
    let v56 = inverseSqrt(v55);
    let v57 = (v53 * v56);
    let v58 = s_logits_batch_norm_gamma[j47];
    let v59 = (v57 * v58);
    let v60 = s_logits_batch_norm_beta[j47];
    let v61 = (v59 + v60);
    tmp11[l48] = v61;
  }
  if (j0 + 3u < 10u) {
    let j62 = j0 + 3u;
    let l63 = i0 * 10u + j62;
    let v64 = acc8.w;
    let v65 = s_logits_dense_bias[j62];
    let v66 = (v64 + v65);
    let v67 = s_logits_batch_norm_moving_mean[j62];
    let v68 = (v66 - v67);
    let v69 = s_logits_batch_norm_moving_variance[j62];
    let v70 = (v69 + 0.001);
    let v71 = inverseSqrt(v70);
    let v72 = (v68 * v71);
    let v73 = s_logits_batch_norm_gamma[j62];
    let v74 = (v72 * v73);
    let v75 = s_logits_batch_norm_beta[j62];
    let v76 = (v74 + v75);
    tmp11[l63] = v76;
  }
  {
    let i77 = i0 + 1u;
    let l78 = i77 * 10u + j0;
    let v79 = acc9.x;
    let v80 = s_logits_dense_bias[j0];
    let v81 = (v79 + v80);
    let v82 = s_logits_batch_norm_moving_mean[j0];
    let v83 = (v81 - v82);
    let v84 = s_logits_batch_norm_moving_variance[j0];
    let v85 = (v84 + 0.001);
    let v86 = inverseSqrt(v85);
    let v87 = (v83 * v86);
    let v88 = s_logits_batch_norm_gamma[j0];
    let v89 = (v87 * v88);
    let v90 = s_logits_batch_norm_beta[j0];
    let v91 = (v89 + v90);
    tmp11[l78] = v91;
  }
  if (j0 + 1u < 10u) {
    let i92 = i0 + 1u;
    let j93 = j0 + 1u;
    let l94 = i92 * 10u + j93;
    let v95 = acc9.y;
    let v96 = s_logits_dense_bias[j93];
    let v97 = (v95 + v96);
    let v98 = s_logits_batch_norm_moving_mean[j93];
    let v99 = (v97 - v98);
    let v100 = s_logits_batch_norm_moving_variance[j93];
    let v101 = (v100 + 0.001);
    let v102 = inverseSqrt(v101);
    let v103 = (v99 * v102);
    let v104 = s_logits_batch_norm_gamma[j93];
    let v105 = (v103 * v104);
    let v106 = s_logits_batch_norm_beta[j93];
    let v107 = (v105 + v106);
    tmp11[l94] = v107;
  }
  if (j0 + 2u < 10u) {
    let i108 = i0 + 1u;
    let j109 = j0 + 2u;
    let l110 = i108 * 10u + j109;
    let v111 = acc9.z;
    let v112 = s_logits_dense_bias[j109];
    let v113 = (v111 + v112);
    let v114 = s_logits_batch_norm_moving_mean[j109];
    let v115 = (v113 - v114);
    let v116 = s_logits_batch_norm_moving_variance[j109];
    let v117 = (v116 + 0.001);
    let v118 = inverseSqrt(v117);
    let v119 = (v115 * v118);
    let v120 = s_logits_batch_norm_gamma[j109];
    let v121 = (v119 * v120);
    let v122 = s_logits_batch_norm_beta[j109];
    let v123 = (v121 + v122);
    tmp11[l110] = v123;
  }
  if (j0 + 3u < 10u) {
    let i124 = i0 + 1u;
    let j125 = j0 + 3u;
    let l126 = i124 * 10u + j125;
    let v127 = acc9.w;
    let v128 = s_logits_dense_bias[j125];
    let v129 = (v127 + v128);
    let v130 = s_logits_batch_norm_moving_mean[j125];
    let v131 = (v129 - v130);
    let v132 = s_logits_batch_norm_moving_variance[j125];
    let v133 = (v132 + 0.001);
    let v134 = inverseSqrt(v133);
    let v135 = (v131 * v134);
    let v136 = s_logits_batch_norm_gamma[j125];
    let v137 = (v135 * v136);
    let v138 = s_logits_batch_norm_beta[j125];
    let v139 = (v137 + v138);
    tmp11[l126] = v139;
  }
  {
    let i140 = i0 + 2u;
    let l141 = i140 * 10u + j0;
    let v142 = acc10.x;
    let v143 = s_logits_dense_bias[j0];
    let v144 = (v142 + v143);
    let v145 = s_logits_batch_norm_moving_mean[j0];
    let v146 = (v144 - v145);
    let v147 = s_logits_batch_norm_moving_variance[j0];
    let v148 = (v147 + 0.001);
    let v149 = inverseSqrt(v148);
    let v150 = (v146 * v149);
    let v151 = s_logits_batch_norm_gamma[j0];
    let v152 = (v150 * v151);
    let v153 = s_logits_batch_norm_beta[j0];
    let v154 = (v152 + v153);
    tmp11[l141] = v154;
  }
  if (j0 + 1u < 10u) {
    let i155 = i0 + 2u;
    let j156 = j0 + 1u;
    let l157 = i155 * 10u + j156;
    let v158 = acc10.y;
    let v159 = s_logits_dense_bias[j156];
    let v160 = (v158 + v159);
    let v161 = s_logits_batch_norm_moving_mean[j156];
    let v162 = (v160 - v161);
    let v163 = s_logits_batch_norm_moving_variance[j156];
    let v164 = (v163 + 0.001);
    let v165 = inverseSqrt(v164);
    let v166 = (v162 * v165);
    let v167 = s_logits_batch_norm_gamma[j156];
    let v168 = (v166 * v167);
    let v169 = s_logits_batch_norm_beta[j156];
    let v170 = (v168 + v169);
    tmp11[l157] = v170;
  }
  if (j0 + 2u < 10u) {
    let i171 = i0 + 2u;
    let j172 = j0 + 2u;
    let l173 = i171 * 10u + j172;
    let v174 = acc10.z;
    let v175 = s_logits_dense_bias[j172];
    let v176 = (v174 + v175);
    let v177 = s_logits_batch_norm_moving_mean[j172];
    let v178 = (v176 - v177);
    let v179 = s_logits_batch_norm_moving_variance[j172];
    let v180 = (v179 + 0.001);
    let v181 = inverseSqrt(v180);
    let v182 = (v178 * v181);
    let v183 = s_logits_batch_norm_gamma[j172];
    let v184 = (v182 * v183);
    let v185 = s_logits_batch_norm_beta[j172];
    let v186 = (v184 + v185);
    tmp11[l173] = v186;
  }
  if (j0 + 3u < 10u) {
    let i187 = i0 + 2u;
    let j188 = j0 + 3u;
    let l189 = i187 * 10u + j188;
    let v190 = acc10.w;
    let v191 = s_logits_dense_bias[j188];
    let v192 = (v190 + v191);
    let v193 = s_logits_batch_norm_moving_mean[j188];
    let v194 = (v192 - v193);
    let v195 = s_logits_batch_norm_moving_variance[j188];
    let v196 = (v195 + 0.001);
    let v197 = inverseSqrt(v196);
    let v198 = (v194 * v197);
    let v199 = s_logits_batch_norm_gamma[j188];
    let v200 = (v198 * v199);
    let v201 = s_logits_batch_norm_beta[j188];
    let v202 = (v200 + v201);
    tmp11[l189] = v202;
  }
  {
    let i203 = i0 + 3u;
    let l204 = i203 * 10u + j0;
    let v205 = acc11.x;
    let v206 = s_logits_dense_bias[j0];
    let v207 = (v205 + v206);
    let v208 = s_logits_batch_norm_moving_mean[j0];
    let v209 = (v207 - v208);
    let v210 = s_logits_batch_norm_moving_variance[j0];
    let v211 = (v210 + 0.001);
    let v212 = inverseSqrt(v211);
    let v213 = (v209 * v212);
    let v214 = s_logits_batch_norm_gamma[j0];
    let v215 = (v213 * v214);
    let v216 = s_logits_batch_norm_beta[j0];
    let v217 = (v215 + v216);
    tmp11[l204] = v217;
  }
  if (j0 + 1u < 10u) {
    let i218 = i0 + 3u;
    let j219 = j0 + 1u;
    let l220 = i218 * 10u + j219;
    let v221 = acc11.y;
    let v222 = s_logits_dense_bias[j219];
    let v223 = (v221 + v222);
    let v224 = s_logits_batch_norm_moving_mean[j219];
    let v225 = (v223 - v224);
    let v226 = s_logits_batch_norm_moving_variance[j219];
    let v227 = (v226 + 0.001);
    let v228 = inverseSqrt(v227);
    let v229 = (v225 * v228);
    let v230 = s_logits_batch_norm_gamma[j219];
    let v231 = (v229 * v230);
    let v232 = s_logits_batch_norm_beta[j219];
    let v233 = (v231 + v232);
    tmp11[l220] = v233;
  }
  if (j0 + 2u < 10u) {
    let i234 = i0 + 3u;
    let j235 = j0 + 2u;
    let l236 = i234 * 10u + j235;
    let v237 = acc11.z;
    let v238 = s_logits_dense_bias[j235];
    let v239 = (v237 + v238);
    let v240 = s_logits_batch_norm_moving_mean[j235];
    let v241 = (v239 - v240);
    let v242 = s_logits_batch_norm_moving_variance[j235];
    let v243 = (v242 + 0.001);
    let v244 = inverseSqrt(v243);
    let v245 = (v241 * v244);
    let v246 = s_logits_batch_norm_gamma[j235];
    let v247 = (v245 * v246);
    let v248 = s_logits_batch_norm_beta[j235];
    let v249 = (v247 + v248);
    tmp11[l236] = v249;
  }
  if (j0 + 3u < 10u) {
    let i250 = i0 + 3u;
    let j251 = j0 + 3u;
    let l252 = i250 * 10u + j251;
    let v253 = acc11.w;
    let v254 = s_logits_dense_bias[j251];
    let v255 = (v253 + v254);
    let v256 = s_logits_batch_norm_moving_mean[j251];
    let v257 = (v255 - v256);
    let v258 = s_logits_batch_norm_moving_variance[j251];
    let v259 = (v258 + 0.001);
    let v260 = inverseSqrt(v259);
    let v261 = (v257 * v260);
    let v262 = s_logits_batch_norm_gamma[j251];
    let v263 = (v261 * v262);
    let v264 = s_logits_batch_norm_beta[j251];
    let v265 = (v263 + v264);
    tmp11[l252] = v265;
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
    acc8 = acc8 + tmp4[ra12 + k] * bv17;
    acc9 = acc9 + tmp4[ra13 + k] * bv17;
    acc10 = acc10 + tmp4[ra14 + k] * bv17;
    acc11 = acc11 + tmp4[ra15 + k] * bv17;
  }
  {
    let l18 = i0 * 10u + j0;
    let v19 = acc8.x;
    tmp8[l18] = v19;
  }
  if (j0 + 1u < 10u) {
    let j20 = j0 + 1u;
    let l21 = i0 * 10u + j20;
    let v22 = acc8.y;
    tmp8[l21] = v22;
  }
  if (j0 + 2u < 10u) {
    let j23 = j0 + 2u;
    let l24 = i0 * 10u + j23;
    let v25 = acc8.z;
    tmp8[l24] = v25;
  }
  if (j0 + 3u < 10u) {
    let j26 = j0 + 3u;
    let l27 = i0 * 10u + j26;
    let v28 = acc8.w;
    tmp8[l27] = v28;
  }
  {
    let i29 = i0 + 1u;
    let l30 = i29 * 10u + j0;
    let v31 = acc9.x;
    tmp8[l30] = v31;
  }
  if (j0 + 1u < 10u) {
    let i32 = i0 + 1u;
    let j33 = j0 + 1u;
    let l34 = i32 * 10u + j33;
    let v35 = acc9.y;
    tmp8[l34] = v35;
  }
  if (j0 + 2u < 10u) {
    let i36 = i0 + 1u;
    let j37 = j0 + 2u;
    let l38 = i36 * 10u + j37;
    let v39 = acc9.z;
    tmp8[l38] = v39;
  }
  if (j0 + 3u < 10u) {
    let i40 = i0 + 1u;
    let j41 = j0 + 3u;
    let l42 = i40 * 10u + j41;
    let v43 = acc9.w;
    tmp8[l42] = v43;
  }
  {
    let i44 = i0 + 2u;
    let l45 = i44 * 10u + j0;
    let v46 = acc10.x;
    tmp8[l45] = v46;
  }
  if (j0 + 1u < 10u) {
    let i47 = i0 + 2u;
    let j48 = j0 + 1u;
    let l49 = i47 * 10u + j48;
    let v50 = acc10.y;
    tmp8[l49] = v50;
  }
  if (j0 + 2u < 10u) {
    let i51 = i0 + 2u;
    let j52 = j0 + 2u;
    let l53 = i51 * 10u + j52;
    let v54 = acc10.z;
    tmp8[l53] = v54;
  }
  if (j0 + 3u < 10u) {
    let i55 = i0 + 2u;
    let j56 = j0 + 3u;
    let l57 = i55 * 10u + j56;
    let v58 = acc10.w;
    tmp8[l57] = v58;
  }
  {
    let i59 = i0 + 3u;
    let l60 = i59 * 10u + j0;
    let v61 = acc11.x;
    tmp8[l60] = v61;
  }
  if (j0 + 1u < 10u) {
    let i62 = i0 + 3u;
    let j63 = j0 + 1u;
    let l64 = i62 * 10u + j63;
    let v65 = acc11.y;
    tmp8[l64] = v65;
  }
  if (j0 + 2u < 10u) {
    let i66 = i0 + 3u;
    let j67 = j0 + 2u;
    let l68 = i66 * 10u + j67;
    let v69 = acc11.z;
    tmp8[l68] = v69;
  }
  if (j0 + 3u < 10u) {
    let i70 = i0 + 3u;
    let j71 = j0 + 3u;
    let l72 = i70 * 10u + j71;
    let v73 = acc11.w;
    tmp8[l72] = v73;
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
