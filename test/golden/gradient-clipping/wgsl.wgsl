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
    tmp2[l28] = v31;
  }
  {
    let j32 = j0 + 1u;
    let l33 = i0 * 100u + j32;
    let v34 = acc8.y;
    let v35 = s_hidden2_dense_bias[j32];
    let v36 = (v34 + v35);
    tmp2[l33] = v36;
  }
  {
    let j37 = j0 + 2u;
    let l38 = i0 * 100u + j37;
    let v39 = acc8.z;
    let v40 = s_hidden2_dense_bias[j37];
    let v41 = (v39 + v40);
    tmp2[l38] = v41;
  }
  {
    let j42 = j0 + 3u;
    let l43 = i0 * 100u + j42;
    let v44 = acc8.w;
    let v45 = s_hidden2_dense_bias[j42];
    let v46 = (v44 + v45);
    tmp2[l43] = v46;
  }
  {
    let i47 = i0 + 1u;
    let l48 = i47 * 100u + j0;
    let v49 = acc9.x;
    let v50 = s_hidden2_dense_bias[j0];
    let v51 = (v49 + v50);
    tmp2[l48] = v51;
  }
  {
    let i52 = i0 + 1u;
    let j53 = j0 + 1u;
    let l54 = i52 * 100u + j53;
    let v55 = acc9.y;
    let v56 = s_hidden2_dense_bias[j53];
    let v57 = (v55 + v56);
    tmp2[l54] = v57;
  }
  {
    let i58 = i0 + 1u;
    let j59 = j0 + 2u;
    let l60 = i58 * 100u + j59;
    let v61 = acc9.z;
    let v62 = s_hidden2_dense_bias[j59];
    let v63 = (v61 + v62);
    tmp2[l60] = v63;
  }
  {
    let i64 = i0 + 1u;
    let j65 = j0 + 3u;
    let l66 = i64 * 100u + j65;
    let v67 = acc9.w;
    let v68 = s_hidden2_dense_bias[j65];
    let v69 = (v67 + v68);
    tmp2[l66] = v69;
  }
  {
    let i70 = i0 + 2u;
    let l71 = i70 * 100u + j0;
    let v72 = acc10.x;
    let v73 = s_hidden2_dense_bias[j0];
    let v74 = (v72 + v73);
    tmp2[l71] = v74;
  }
  {
    let i75 = i0 + 2u;
    let j76 = j0 + 1u;
    let l77 = i75 * 100u + j76;
    let v78 = acc10.y;
    let v79 = s_hidden2_dense_bias[j76];
    let v80 = (v78 + v79);
    tmp2[l77] = v80;
  }
  {
    let i81 = i0 + 2u;
    let j82 = j0 + 2u;
    let l83 = i81 * 100u + j82;
    let v84 = acc10.z;
    let v85 = s_hidden2_dense_bias[j82];
    let v86 = (v84 + v85);
    tmp2[l83] = v86;
  }
  {
    let i87 = i0 + 2u;
    let j88 = j0 + 3u;
    let l89 = i87 * 100u + j88;
    let v90 = acc10.w;
    let v91 = s_hidden2_dense_bias[j88];
    let v92 = (v90 + v91);
    tmp2[l89] = v92;
  }
  {
    let i93 = i0 + 3u;
    let l94 = i93 * 100u + j0;
    let v95 = acc11.x;
    let v96 = s_hidden2_dense_bias[j0];
    let v97 = (v95 + v96);
    tmp2[l94] = v97;
  }
  {
    let i98 = i0 + 3u;
    let j99 = j0 + 1u;
    let l100 = i98 * 100u + j99;
    let v101 = acc11.y;
    let v102 = s_hidden2_dense_bias[j99];
    let v103 = (v101 + v102);
    tmp2[l100] = v103;
  }
  {
    let i104 = i0 + 3u;
    let j105 = j0 + 2u;
    let l106 = i104 * 100u + j105;
    let v107 = acc11.z;
    let v108 = s_hidden2_dense_bias[j105];
    let v109 = (v107 + v108);
    tmp2[l106] = v109;
  }
  {
    let i110 = i0 + 3u;
    let j111 = j0 + 3u;
    let l112 = i110 * 100u + j111;
    let v113 = acc11.w;
    let v114 = s_hidden2_dense_bias[j111];
    let v115 = (v113 + v114);
    tmp2[l112] = v115;
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
    acc8 = acc8 + tmp3[ra12 + k] * bv17;
    acc9 = acc9 + tmp3[ra13 + k] * bv17;
    acc10 = acc10 + tmp3[ra14 + k] * bv17;
    acc11 = acc11 + tmp3[ra15 + k] * bv17;
  }
  {
    let l18 = i0 * 10u + j0;
    let v19 = acc8.x;
    let v20 = s_logits_dense_bias[j0];
    let v21 = (v19 + v20);
    tmp4[l18] = v21;
  }
  if (j0 + 1u < 10u) {
    let j22 = j0 + 1u;
    let l23 = i0 * 10u + j22;
    let v24 = acc8.y;
    let v25 = s_logits_dense_bias[j22];
    let v26 = (v24 + v25);
    tmp4[l23] = v26;
  }
  if (j0 + 2u < 10u) {
    let j27 = j0 + 2u;
    let l28 = i0 * 10u + j27;
    let v29 = acc8.z;
    let v30 = s_logits_dense_bias[j27];
    let v31 = (v29 + v30);
    tmp4[l28] = v31;
  }
  if (j0 + 3u < 10u) {
    let j32 = j0 + 3u;
    let l33 = i0 * 10u + j32;
    let v34 = acc8.w;
    let v35 = s_logits_dense_bias[j32];
    let v36 = (v34 + v35);
    tmp4[l33] = v36;
  }
  {
    let i37 = i0 + 1u;
    let l38 = i37 * 10u + j0;
    let v39 = acc9.x;
    let v40 = s_logits_dense_bias[j0];
    let v41 = (v39 + v40);
    tmp4[l38] = v41;
  }
  if (j0 + 1u < 10u) {
    let i42 = i0 + 1u;
    let j43 = j0 + 1u;
    let l44 = i42 * 10u + j43;
    let v45 = acc9.y;
    let v46 = s_logits_dense_bias[j43];
    let v47 = (v45 + v46);
    tmp4[l44] = v47;
  }
  if (j0 + 2u < 10u) {
    let i48 = i0 + 1u;
    let j49 = j0 + 2u;
    let l50 = i48 * 10u + j49;
    let v51 = acc9.z;
    let v52 = s_logits_dense_bias[j49];
    let v53 = (v51 + v52);
    tmp4[l50] = v53;
  }
  if (j0 + 3u < 10u) {
    let i54 = i0 + 1u;
    let j55 = j0 + 3u;
    let l56 = i54 * 10u + j55;
    let v57 = acc9.w;
    let v58 = s_logits_dense_bias[j55];
    let v59 = (v57 + v58);
    tmp4[l56] = v59;
  }
  {
    let i60 = i0 + 2u;
    let l61 = i60 * 10u + j0;
    let v62 = acc10.x;
    let v63 = s_logits_dense_bias[j0];
    let v64 = (v62 + v63);
    tmp4[l61] = v64;
  }
  if (j0 + 1u < 10u) {
    let i65 = i0 + 2u;
    let j66 = j0 + 1u;
    let l67 = i65 * 10u + j66;
    let v68 = acc10.y;
    let v69 = s_logits_dense_bias[j66];
    let v70 = (v68 + v69);
    tmp4[l67] = v70;
  }
  if (j0 + 2u < 10u) {
    let i71 = i0 + 2u;
    let j72 = j0 + 2u;
    let l73 = i71 * 10u + j72;
    let v74 = acc10.z;
    let v75 = s_logits_dense_bias[j72];
    let v76 = (v74 + v75);
    tmp4[l73] = v76;
  }
  if (j0 + 3u < 10u) {
    let i77 = i0 + 2u;
    let j78 = j0 + 3u;
    let l79 = i77 * 10u + j78;
    let v80 = acc10.w;
    let v81 = s_logits_dense_bias[j78];
    let v82 = (v80 + v81);
    tmp4[l79] = v82;
  }
  {
    let i83 = i0 + 3u;
    let l84 = i83 * 10u + j0;
    let v85 = acc11.x;
    let v86 = s_logits_dense_bias[j0];
    let v87 = (v85 + v86);
    tmp4[l84] = v87;
  }
  if (j0 + 1u < 10u) {
    let i88 = i0 + 3u;
    let j89 = j0 + 1u;
    let l90 = i88 * 10u + j89;
    let v91 = acc11.y;
    let v92 = s_logits_dense_bias[j89];
    let v93 = (v91 + v92);
    tmp4[l90] = v93;
  }
  if (j0 + 2u < 10u) {
    let i94 = i0 + 3u;
    let j95 = j0 + 2u;
    let l96 = i94 * 10u + j95;
    let v97 = acc11.z;
    let v98 = s_logits_dense_bias[j95];
    let v99 = (v97 + v98);
    tmp4[l96] = v99;
  }
  if (j0 + 3u < 10u) {
    let i100 = i0 + 3u;
    let j101 = j0 + 3u;
    let l102 = i100 * 10u + j101;
    let v103 = acc11.w;
    let v104 = s_logits_dense_bias[j101];
    let v105 = (v103 + v104);
    tmp4[l102] = v105;
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
    let v23 = tmp2[l21];
    let v24 = select(0.0, 1.0, v23 > 0.0);
    let v25 = select(0.0, v22, v24 != 0.0);
    let v26 = select(v22, 0.0, v24 != 0.0);
    let v27 = min(v23, 0.0);
    let v28 = exp(v27);
    let v29 = (v26 * v28);
    let v30 = select(0.0, 1.0, v23 <= 0.0);
    let v31 = (v29 * v30);
    let v32 = (v25 + v31);
    tmp9[l21] = v32;
  }
  {
    let j33 = j0 + 1u;
    let l34 = i0 * 100u + j33;
    let v35 = acc8.y;
    let v36 = tmp2[l34];
    let v37 = select(0.0, 1.0, v36 > 0.0);
    let v38 = select(0.0, v35, v37 != 0.0);
    let v39 = select(v35, 0.0, v37 != 0.0);
    let v40 = min(v36, 0.0);
    let v41 = exp(v40);
    let v42 = (v39 * v41);
    let v43 = select(0.0, 1.0, v36 <= 0.0);
    let v44 = (v42 * v43);
    let v45 = (v38 + v44);
    tmp9[l34] = v45;
  }
  {
    let j46 = j0 + 2u;
    let l47 = i0 * 100u + j46;
    let v48 = acc8.z;
    let v49 = tmp2[l47];
    let v50 = select(0.0, 1.0, v49 > 0.0);
    let v51 = select(0.0, v48, v50 != 0.0);
    let v52 = select(v48, 0.0, v50 != 0.0);
    let v53 = min(v49, 0.0);
    let v54 = exp(v53);
    let v55 = (v52 * v54);
    let v56 = select(0.0, 1.0, v49 <= 0.0);
    let v57 = (v55 * v56);
    let v58 = (v51 + v57);
    tmp9[l47] = v58;
  }
  {
    let j59 = j0 + 3u;
    let l60 = i0 * 100u + j59;
    let v61 = acc8.w;
    let v62 = tmp2[l60];
    let v63 = select(0.0, 1.0, v62 > 0.0);
    let v64 = select(0.0, v61, v63 != 0.0);
    let v65 = select(v61, 0.0, v63 != 0.0);
    let v66 = min(v62, 0.0);
    let v67 = exp(v66);
    let v68 = (v65 * v67);
    let v69 = select(0.0, 1.0, v62 <= 0.0);
    let v70 = (v68 * v69);
    let v71 = (v64 + v70);
    tmp9[l60] = v71;
  }
  {
    let i72 = i0 + 1u;
    let l73 = i72 * 100u + j0;
    let v74 = acc9.x;
    let v75 = tmp2[l73];
    let v76 = select(0.0, 1.0, v75 > 0.0);
    let v77 = select(0.0, v74, v76 != 0.0);
    let v78 = select(v74, 0.0, v76 != 0.0);
    let v79 = min(v75, 0.0);
    let v80 = exp(v79);
    let v81 = (v78 * v80);
    let v82 = select(0.0, 1.0, v75 <= 0.0);
    let v83 = (v81 * v82);
    let v84 = (v77 + v83);
    tmp9[l73] = v84;
  }
  {
    let i85 = i0 + 1u;
    let j86 = j0 + 1u;
    let l87 = i85 * 100u + j86;
    let v88 = acc9.y;
    let v89 = tmp2[l87];
    let v90 = select(0.0, 1.0, v89 > 0.0);
    let v91 = select(0.0, v88, v90 != 0.0);
    let v92 = select(v88, 0.0, v90 != 0.0);
    let v93 = min(v89, 0.0);
    let v94 = exp(v93);
    let v95 = (v92 * v94);
    let v96 = select(0.0, 1.0, v89 <= 0.0);
    let v97 = (v95 * v96);
    let v98 = (v91 + v97);
    tmp9[l87] = v98;
  }
  {
    let i99 = i0 + 1u;
    let j100 = j0 + 2u;
    let l101 = i99 * 100u + j100;
    let v102 = acc9.z;
    let v103 = tmp2[l101];
    let v104 = select(0.0, 1.0, v103 > 0.0);
    let v105 = select(0.0, v102, v104 != 0.0);
    let v106 = select(v102, 0.0, v104 != 0.0);
    let v107 = min(v103, 0.0);
    let v108 = exp(v107);
    let v109 = (v106 * v108);
    let v110 = select(0.0, 1.0, v103 <= 0.0);
    let v111 = (v109 * v110);
    let v112 = (v105 + v111);
    tmp9[l101] = v112;
  }
  {
    let i113 = i0 + 1u;
    let j114 = j0 + 3u;
    let l115 = i113 * 100u + j114;
    let v116 = acc9.w;
    let v117 = tmp2[l115];
    let v118 = select(0.0, 1.0, v117 > 0.0);
    let v119 = select(0.0, v116, v118 != 0.0);
    let v120 = select(v116, 0.0, v118 != 0.0);
    let v121 = min(v117, 0.0);
    let v122 = exp(v121);
    let v123 = (v120 * v122);
    let v124 = select(0.0, 1.0, v117 <= 0.0);
    let v125 = (v123 * v124);
    let v126 = (v119 + v125);
    tmp9[l115] = v126;
  }
  {
    let i127 = i0 + 2u;
    let l128 = i127 * 100u + j0;
    let v129 = acc10.x;
    let v130 = tmp2[l128];
    let v131 = select(0.0, 1.0, v130 > 0.0);
    let v132 = select(0.0, v129, v131 != 0.0);
    let v133 = select(v129, 0.0, v131 != 0.0);
    let v134 = min(v130, 0.0);
    let v135 = exp(v134);
    let v136 = (v133 * v135);
    let v137 = select(0.0, 1.0, v130 <= 0.0);
    let v138 = (v136 * v137);
    let v139 = (v132 + v138);
    tmp9[l128] = v139;
  }
  {
    let i140 = i0 + 2u;
    let j141 = j0 + 1u;
    let l142 = i140 * 100u + j141;
    let v143 = acc10.y;
    let v144 = tmp2[l142];
    let v145 = select(0.0, 1.0, v144 > 0.0);
    let v146 = select(0.0, v143, v145 != 0.0);
    let v147 = select(v143, 0.0, v145 != 0.0);
    let v148 = min(v144, 0.0);
    let v149 = exp(v148);
    let v150 = (v147 * v149);
    let v151 = select(0.0, 1.0, v144 <= 0.0);
    let v152 = (v150 * v151);
    let v153 = (v146 + v152);
    tmp9[l142] = v153;
  }
  {
    let i154 = i0 + 2u;
    let j155 = j0 + 2u;
    let l156 = i154 * 100u + j155;
    let v157 = acc10.z;
    let v158 = tmp2[l156];
    let v159 = select(0.0, 1.0, v158 > 0.0);
    let v160 = select(0.0, v157, v159 != 0.0);
    let v161 = select(v157, 0.0, v159 != 0.0);
    let v162 = min(v158, 0.0);
    let v163 = exp(v162);
    let v164 = (v161 * v163);
    let v165 = select(0.0, 1.0, v158 <= 0.0);
    let v166 = (v164 * v165);
    let v167 = (v160 + v166);
    tmp9[l156] = v167;
  }
  {
    let i168 = i0 + 2u;
    let j169 = j0 + 3u;
    let l170 = i168 * 100u + j169;
    let v171 = acc10.w;
    let v172 = tmp2[l170];
    let v173 = select(0.0, 1.0, v172 > 0.0);
    let v174 = select(0.0, v171, v173 != 0.0);
    let v175 = select(v171, 0.0, v173 != 0.0);
    let v176 = min(v172, 0.0);
    let v177 = exp(v176);
    let v178 = (v175 * v177);
    let v179 = select(0.0, 1.0, v172 <= 0.0);
    let v180 = (v178 * v179);
    let v181 = (v174 + v180);
    tmp9[l170] = v181;
  }
  {
    let i182 = i0 + 3u;
    let l183 = i182 * 100u + j0;
    let v184 = acc11.x;
    let v185 = tmp2[l183];
    let v186 = select(0.0, 1.0, v185 > 0.0);
    let v187 = select(0.0, v184, v186 != 0.0);
    let v188 = select(v184, 0.0, v186 != 0.0);
    let v189 = min(v185, 0.0);
    let v190 = exp(v189);
    let v191 = (v188 * v190);
    let v192 = select(0.0, 1.0, v185 <= 0.0);
    let v193 = (v191 * v192);
    let v194 = (v187 + v193);
    tmp9[l183] = v194;
  }
  {
    let i195 = i0 + 3u;
    let j196 = j0 + 1u;
    let l197 = i195 * 100u + j196;
    let v198 = acc11.y;
    let v199 = tmp2[l197];
    let v200 = select(0.0, 1.0, v199 > 0.0);
    let v201 = select(0.0, v198, v200 != 0.0);
    let v202 = select(v198, 0.0, v200 != 0.0);
    let v203 = min(v199, 0.0);
    let v204 = exp(v203);
    let v205 = (v202 * v204);
    let v206 = select(0.0, 1.0, v199 <= 0.0);
    let v207 = (v205 * v206);
    let v208 = (v201 + v207);
    tmp9[l197] = v208;
  }
  {
    let i209 = i0 + 3u;
    let j210 = j0 + 2u;
    let l211 = i209 * 100u + j210;
    let v212 = acc11.z;
    let v213 = tmp2[l211];
    let v214 = select(0.0, 1.0, v213 > 0.0);
    let v215 = select(0.0, v212, v214 != 0.0);
    let v216 = select(v212, 0.0, v214 != 0.0);
    let v217 = min(v213, 0.0);
    let v218 = exp(v217);
    let v219 = (v216 * v218);
    let v220 = select(0.0, 1.0, v213 <= 0.0);
    let v221 = (v219 * v220);
    let v222 = (v215 + v221);
    tmp9[l211] = v222;
  }
  {
    let i223 = i0 + 3u;
    let j224 = j0 + 3u;
    let l225 = i223 * 100u + j224;
    let v226 = acc11.w;
    let v227 = tmp2[l225];
    let v228 = select(0.0, 1.0, v227 > 0.0);
    let v229 = select(0.0, v226, v228 != 0.0);
    let v230 = select(v226, 0.0, v228 != 0.0);
    let v231 = min(v227, 0.0);
    let v232 = exp(v231);
    let v233 = (v230 * v232);
    let v234 = select(0.0, 1.0, v227 <= 0.0);
    let v235 = (v233 * v234);
    let v236 = (v229 + v235);
    tmp9[l225] = v236;
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
    let v38 = tmp0[l36];
    let v39 = select(0.0, 1.0, v38 > 0.0);
    let v40 = select(0.0, v37, v39 != 0.0);
    let v41 = select(v37, 0.0, v39 != 0.0);
    let v42 = min(v38, 0.0);
    let v43 = exp(v42);
    let v44 = (v41 * v43);
    let v45 = select(0.0, 1.0, v38 <= 0.0);
    let v46 = (v44 * v45);
    let v47 = (v40 + v46);
    tmp10[l36] = v47;
  }
  {
    let j48 = j0 + 1u;
    let l49 = i0 * 300u + j48;
    let v50 = acc8.y;
    let v51 = tmp0[l49];
    let v52 = select(0.0, 1.0, v51 > 0.0);
    let v53 = select(0.0, v50, v52 != 0.0);
    let v54 = select(v50, 0.0, v52 != 0.0);
    let v55 = min(v51, 0.0);
    let v56 = exp(v55);
    let v57 = (v54 * v56);
    let v58 = select(0.0, 1.0, v51 <= 0.0);
    let v59 = (v57 * v58);
    let v60 = (v53 + v59);
    tmp10[l49] = v60;
  }
  {
    let j61 = j0 + 2u;
    let l62 = i0 * 300u + j61;
    let v63 = acc8.z;
    let v64 = tmp0[l62];
    let v65 = select(0.0, 1.0, v64 > 0.0);
    let v66 = select(0.0, v63, v65 != 0.0);
    let v67 = select(v63, 0.0, v65 != 0.0);
    let v68 = min(v64, 0.0);
    let v69 = exp(v68);
    let v70 = (v67 * v69);
    let v71 = select(0.0, 1.0, v64 <= 0.0);
    let v72 = (v70 * v71);
    let v73 = (v66 + v72);
    tmp10[l62] = v73;
  }
  {
    let j74 = j0 + 3u;
    let l75 = i0 * 300u + j74;
    let v76 = acc8.w;
    let v77 = tmp0[l75];
    let v78 = select(0.0, 1.0, v77 > 0.0);
    let v79 = select(0.0, v76, v78 != 0.0);
    let v80 = select(v76, 0.0, v78 != 0.0);
    let v81 = min(v77, 0.0);
    let v82 = exp(v81);
    let v83 = (v80 * v82);
    let v84 = select(0.0, 1.0, v77 <= 0.0);
    let v85 = (v83 * v84);
    let v86 = (v79 + v85);
    tmp10[l75] = v86;
  }
  {
    let i87 = i0 + 1u;
    let l88 = i87 * 300u + j0;
    let v89 = acc9.x;
    let v90 = tmp0[l88];
    let v91 = select(0.0, 1.0, v90 > 0.0);
    let v92 = select(0.0, v89, v91 != 0.0);
    let v93 = select(v89, 0.0, v91 != 0.0);
    let v94 = min(v90, 0.0);
    let v95 = exp(v94);
    let v96 = (v93 * v95);
    let v97 = select(0.0, 1.0, v90 <= 0.0);
    let v98 = (v96 * v97);
    let v99 = (v92 + v98);
    tmp10[l88] = v99;
  }
  {
    let i100 = i0 + 1u;
    let j101 = j0 + 1u;
    let l102 = i100 * 300u + j101;
    let v103 = acc9.y;
    let v104 = tmp0[l102];
    let v105 = select(0.0, 1.0, v104 > 0.0);
    let v106 = select(0.0, v103, v105 != 0.0);
    let v107 = select(v103, 0.0, v105 != 0.0);
    let v108 = min(v104, 0.0);
    let v109 = exp(v108);
    let v110 = (v107 * v109);
    let v111 = select(0.0, 1.0, v104 <= 0.0);
    let v112 = (v110 * v111);
    let v113 = (v106 + v112);
    tmp10[l102] = v113;
  }
  {
    let i114 = i0 + 1u;
    let j115 = j0 + 2u;
    let l116 = i114 * 300u + j115;
    let v117 = acc9.z;
    let v118 = tmp0[l116];
    let v119 = select(0.0, 1.0, v118 > 0.0);
    let v120 = select(0.0, v117, v119 != 0.0);
    let v121 = select(v117, 0.0, v119 != 0.0);
    let v122 = min(v118, 0.0);
    let v123 = exp(v122);
    let v124 = (v121 * v123);
    let v125 = select(0.0, 1.0, v118 <= 0.0);
    let v126 = (v124 * v125);
    let v127 = (v120 + v126);
    tmp10[l116] = v127;
  }
  {
    let i128 = i0 + 1u;
    let j129 = j0 + 3u;
    let l130 = i128 * 300u + j129;
    let v131 = acc9.w;
    let v132 = tmp0[l130];
    let v133 = select(0.0, 1.0, v132 > 0.0);
    let v134 = select(0.0, v131, v133 != 0.0);
    let v135 = select(v131, 0.0, v133 != 0.0);
    let v136 = min(v132, 0.0);
    let v137 = exp(v136);
    let v138 = (v135 * v137);
    let v139 = select(0.0, 1.0, v132 <= 0.0);
    let v140 = (v138 * v139);
    let v141 = (v134 + v140);
    tmp10[l130] = v141;
  }
  {
    let i142 = i0 + 2u;
    let l143 = i142 * 300u + j0;
    let v144 = acc10.x;
    let v145 = tmp0[l143];
    let v146 = select(0.0, 1.0, v145 > 0.0);
    let v147 = select(0.0, v144, v146 != 0.0);
    let v148 = select(v144, 0.0, v146 != 0.0);
    let v149 = min(v145, 0.0);
    let v150 = exp(v149);
    let v151 = (v148 * v150);
    let v152 = select(0.0, 1.0, v145 <= 0.0);
    let v153 = (v151 * v152);
    let v154 = (v147 + v153);
    tmp10[l143] = v154;
  }
  {
    let i155 = i0 + 2u;
    let j156 = j0 + 1u;
    let l157 = i155 * 300u + j156;
    let v158 = acc10.y;
    let v159 = tmp0[l157];
    let v160 = select(0.0, 1.0, v159 > 0.0);
    let v161 = select(0.0, v158, v160 != 0.0);
    let v162 = select(v158, 0.0, v160 != 0.0);
    let v163 = min(v159, 0.0);
    let v164 = exp(v163);
    let v165 = (v162 * v164);
    let v166 = select(0.0, 1.0, v159 <= 0.0);
    let v167 = (v165 * v166);
    let v168 = (v161 + v167);
    tmp10[l157] = v168;
  }
  {
    let i169 = i0 + 2u;
    let j170 = j0 + 2u;
    let l171 = i169 * 300u + j170;
    let v172 = acc10.z;
    let v173 = tmp0[l171];
    let v174 = select(0.0, 1.0, v173 > 0.0);
    let v175 = select(0.0, v172, v174 != 0.0);
    let v176 = select(v172, 0.0, v174 != 0.0);
    let v177 = min(v173, 0.0);
    let v178 = exp(v177);
    let v179 = (v176 * v178);
    let v180 = select(0.0, 1.0, v173 <= 0.0);
    let v181 = (v179 * v180);
    let v182 = (v175 + v181);
    tmp10[l171] = v182;
  }
  {
    let i183 = i0 + 2u;
    let j184 = j0 + 3u;
    let l185 = i183 * 300u + j184;
    let v186 = acc10.w;
    let v187 = tmp0[l185];
    let v188 = select(0.0, 1.0, v187 > 0.0);
    let v189 = select(0.0, v186, v188 != 0.0);
    let v190 = select(v186, 0.0, v188 != 0.0);
    let v191 = min(v187, 0.0);
    let v192 = exp(v191);
    let v193 = (v190 * v192);
    let v194 = select(0.0, 1.0, v187 <= 0.0);
    let v195 = (v193 * v194);
    let v196 = (v189 + v195);
    tmp10[l185] = v196;
  }
  {
    let i197 = i0 + 3u;
    let l198 = i197 * 300u + j0;
    let v199 = acc11.x;
    let v200 = tmp0[l198];
    let v201 = select(0.0, 1.0, v200 > 0.0);
    let v202 = select(0.0, v199, v201 != 0.0);
    let v203 = select(v199, 0.0, v201 != 0.0);
    let v204 = min(v200, 0.0);
    let v205 = exp(v204);
    let v206 = (v203 * v205);
    let v207 = select(0.0, 1.0, v200 <= 0.0);
    let v208 = (v206 * v207);
    let v209 = (v202 + v208);
    tmp10[l198] = v209;
  }
  {
    let i210 = i0 + 3u;
    let j211 = j0 + 1u;
    let l212 = i210 * 300u + j211;
    let v213 = acc11.y;
    let v214 = tmp0[l212];
    let v215 = select(0.0, 1.0, v214 > 0.0);
    let v216 = select(0.0, v213, v215 != 0.0);
    let v217 = select(v213, 0.0, v215 != 0.0);
    let v218 = min(v214, 0.0);
    let v219 = exp(v218);
    let v220 = (v217 * v219);
    let v221 = select(0.0, 1.0, v214 <= 0.0);
    let v222 = (v220 * v221);
    let v223 = (v216 + v222);
    tmp10[l212] = v223;
  }
  {
    let i224 = i0 + 3u;
    let j225 = j0 + 2u;
    let l226 = i224 * 300u + j225;
    let v227 = acc11.z;
    let v228 = tmp0[l226];
    let v229 = select(0.0, 1.0, v228 > 0.0);
    let v230 = select(0.0, v227, v229 != 0.0);
    let v231 = select(v227, 0.0, v229 != 0.0);
    let v232 = min(v228, 0.0);
    let v233 = exp(v232);
    let v234 = (v231 * v233);
    let v235 = select(0.0, 1.0, v228 <= 0.0);
    let v236 = (v234 * v235);
    let v237 = (v230 + v236);
    tmp10[l226] = v237;
  }
  {
    let i238 = i0 + 3u;
    let j239 = j0 + 3u;
    let l240 = i238 * 300u + j239;
    let v241 = acc11.w;
    let v242 = tmp0[l240];
    let v243 = select(0.0, 1.0, v242 > 0.0);
    let v244 = select(0.0, v241, v243 != 0.0);
    let v245 = select(v241, 0.0, v243 != 0.0);
    let v246 = min(v242, 0.0);
    let v247 = exp(v246);
    let v248 = (v245 * v247);
    let v249 = select(0.0, 1.0, v242 <= 0.0);
    let v250 = (v248 * v249);
    let v251 = (v244 + v250);
    tmp10[l240] = v251;
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
    let v32 = min(v31, 0.0);
    let v33 = exp(v32);
    let v34 = (v33 - 1.0);
    let v35 = select(0.0, 1.0, v31 > 0.0);
    let v36 = select(v34, v31, v35 != 0.0);
    tmp0[l28] = v36;
  }
  {
    let j37 = j0 + 1u;
    let l38 = i0 * 300u + j37;
    let v39 = acc8.y;
    let v40 = s_hidden1_dense_bias[j37];
    let v41 = (v39 + v40);
    let v42 = min(v41, 0.0);
    let v43 = exp(v42);
    let v44 = (v43 - 1.0);
    let v45 = select(0.0, 1.0, v41 > 0.0);
    let v46 = select(v44, v41, v45 != 0.0);
    tmp0[l38] = v46;
  }
  {
    let j47 = j0 + 2u;
    let l48 = i0 * 300u + j47;
    let v49 = acc8.z;
    let v50 = s_hidden1_dense_bias[j47];
    let v51 = (v49 + v50);
    let v52 = min(v51, 0.0);
    let v53 = exp(v52);
    let v54 = (v53 - 1.0);
    let v55 = select(0.0, 1.0, v51 > 0.0);
    let v56 = select(v54, v51, v55 != 0.0);
    tmp0[l48] = v56;
  }
  {
    let j57 = j0 + 3u;
    let l58 = i0 * 300u + j57;
    let v59 = acc8.w;
    let v60 = s_hidden1_dense_bias[j57];
    let v61 = (v59 + v60);
    let v62 = min(v61, 0.0);
    let v63 = exp(v62);
    let v64 = (v63 - 1.0);
    let v65 = select(0.0, 1.0, v61 > 0.0);
    let v66 = select(v64, v61, v65 != 0.0);
    tmp0[l58] = v66;
  }
  {
    let i67 = i0 + 1u;
    let l68 = i67 * 300u + j0;
    let v69 = acc9.x;
    let v70 = s_hidden1_dense_bias[j0];
    let v71 = (v69 + v70);
    let v72 = min(v71, 0.0);
    let v73 = exp(v72);
    let v74 = (v73 - 1.0);
    let v75 = select(0.0, 1.0, v71 > 0.0);
    let v76 = select(v74, v71, v75 != 0.0);
    tmp0[l68] = v76;
  }
  {
    let i77 = i0 + 1u;
    let j78 = j0 + 1u;
    let l79 = i77 * 300u + j78;
    let v80 = acc9.y;
    let v81 = s_hidden1_dense_bias[j78];
    let v82 = (v80 + v81);
    let v83 = min(v82, 0.0);
    let v84 = exp(v83);
    let v85 = (v84 - 1.0);
    let v86 = select(0.0, 1.0, v82 > 0.0);
    let v87 = select(v85, v82, v86 != 0.0);
    tmp0[l79] = v87;
  }
  {
    let i88 = i0 + 1u;
    let j89 = j0 + 2u;
    let l90 = i88 * 300u + j89;
    let v91 = acc9.z;
    let v92 = s_hidden1_dense_bias[j89];
    let v93 = (v91 + v92);
    let v94 = min(v93, 0.0);
    let v95 = exp(v94);
    let v96 = (v95 - 1.0);
    let v97 = select(0.0, 1.0, v93 > 0.0);
    let v98 = select(v96, v93, v97 != 0.0);
    tmp0[l90] = v98;
  }
  {
    let i99 = i0 + 1u;
    let j100 = j0 + 3u;
    let l101 = i99 * 300u + j100;
    let v102 = acc9.w;
    let v103 = s_hidden1_dense_bias[j100];
    let v104 = (v102 + v103);
    let v105 = min(v104, 0.0);
    let v106 = exp(v105);
    let v107 = (v106 - 1.0);
    let v108 = select(0.0, 1.0, v104 > 0.0);
    let v109 = select(v107, v104, v108 != 0.0);
    tmp0[l101] = v109;
  }
  {
    let i110 = i0 + 2u;
    let l111 = i110 * 300u + j0;
    let v112 = acc10.x;
    let v113 = s_hidden1_dense_bias[j0];
    let v114 = (v112 + v113);
    let v115 = min(v114, 0.0);
    let v116 = exp(v115);
    let v117 = (v116 - 1.0);
    let v118 = select(0.0, 1.0, v114 > 0.0);
    let v119 = select(v117, v114, v118 != 0.0);
    tmp0[l111] = v119;
  }
  {
    let i120 = i0 + 2u;
    let j121 = j0 + 1u;
    let l122 = i120 * 300u + j121;
    let v123 = acc10.y;
    let v124 = s_hidden1_dense_bias[j121];
    let v125 = (v123 + v124);
    let v126 = min(v125, 0.0);
    let v127 = exp(v126);
    let v128 = (v127 - 1.0);
    let v129 = select(0.0, 1.0, v125 > 0.0);
    let v130 = select(v128, v125, v129 != 0.0);
    tmp0[l122] = v130;
  }
  {
    let i131 = i0 + 2u;
    let j132 = j0 + 2u;
    let l133 = i131 * 300u + j132;
    let v134 = acc10.z;
    let v135 = s_hidden1_dense_bias[j132];
    let v136 = (v134 + v135);
    let v137 = min(v136, 0.0);
    let v138 = exp(v137);
    let v139 = (v138 - 1.0);
    let v140 = select(0.0, 1.0, v136 > 0.0);
    let v141 = select(v139, v136, v140 != 0.0);
    tmp0[l133] = v141;
  }
  {
    let i142 = i0 + 2u;
    let j143 = j0 + 3u;
    let l144 = i142 * 300u + j143;
    let v145 = acc10.w;
    let v146 = s_hidden1_dense_bias[j143];
    let v147 = (v145 + v146);
    let v148 = min(v147, 0.0);
    let v149 = exp(v148);
    let v150 = (v149 - 1.0);
    let v151 = select(0.0, 1.0, v147 > 0.0);
    let v152 = select(v150, v147, v151 != 0.0);
    tmp0[l144] = v152;
  }
  {
    let i153 = i0 + 3u;
    let l154 = i153 * 300u + j0;
    let v155 = acc11.x;
    let v156 = s_hidden1_dense_bias[j0];
    let v157 = (v155 + v156);
    let v158 = min(v157, 0.0);
    let v159 = exp(v158);
    let v160 = (v159 - 1.0);
    let v161 = select(0.0, 1.0, v157 > 0.0);
    let v162 = select(v160, v157, v161 != 0.0);
    tmp0[l154] = v162;
  }
  {
    let i163 = i0 + 3u;
    let j164 = j0 + 1u;
    let l165 = i163 * 300u + j164;
    let v166 = acc11.y;
    let v167 = s_hidden1_dense_bias[j164];
    let v168 = (v166 + v167);
    let v169 = min(v168, 0.0);
    let v170 = exp(v169);
    let v171 = (v170 - 1.0);
    let v172 = select(0.0, 1.0, v168 > 0.0);
    let v173 = select(v171, v168, v172 != 0.0);
    tmp0[l165] = v173;
  }
  {
    let i174 = i0 + 3u;
    let j175 = j0 + 2u;
    let l176 = i174 * 300u + j175;
    let v177 = acc11.z;
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
    let i185 = i0 + 3u;
    let j186 = j0 + 3u;
    let l187 = i185 * 300u + j186;
    let v188 = acc11.w;
    let v189 = s_hidden1_dense_bias[j186];
    let v190 = (v188 + v189);
    let v191 = min(v190, 0.0);
    let v192 = exp(v191);
    let v193 = (v192 - 1.0);
    let v194 = select(0.0, 1.0, v190 > 0.0);
    let v195 = select(v193, v190, v194 != 0.0);
    tmp0[l187] = v195;
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
    let av16 = tmp0_v4[ra12 + k];
    let av17 = tmp0_v4[ra13 + k];
    let av18 = tmp0_v4[ra14 + k];
    let av19 = tmp0_v4[ra15 + k];
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
    let v32 = min(v31, 0.0);
    let v33 = exp(v32);
    let v34 = (v33 - 1.0);
    let v35 = select(0.0, 1.0, v31 > 0.0);
    let v36 = select(v34, v31, v35 != 0.0);
    tmp2[l28] = v36;
  }
  {
    let j37 = j0 + 1u;
    let l38 = i0 * 100u + j37;
    let v39 = acc8.y;
    let v40 = s_hidden2_dense_bias[j37];
    let v41 = (v39 + v40);
    let v42 = min(v41, 0.0);
    let v43 = exp(v42);
    let v44 = (v43 - 1.0);
    let v45 = select(0.0, 1.0, v41 > 0.0);
    let v46 = select(v44, v41, v45 != 0.0);
    tmp2[l38] = v46;
  }
  {
    let j47 = j0 + 2u;
    let l48 = i0 * 100u + j47;
    let v49 = acc8.z;
    let v50 = s_hidden2_dense_bias[j47];
    let v51 = (v49 + v50);
    let v52 = min(v51, 0.0);
    let v53 = exp(v52);
    let v54 = (v53 - 1.0);
    let v55 = select(0.0, 1.0, v51 > 0.0);
    let v56 = select(v54, v51, v55 != 0.0);
    tmp2[l48] = v56;
  }
  {
    let j57 = j0 + 3u;
    let l58 = i0 * 100u + j57;
    let v59 = acc8.w;
    let v60 = s_hidden2_dense_bias[j57];
    let v61 = (v59 + v60);
    let v62 = min(v61, 0.0);
    let v63 = exp(v62);
    let v64 = (v63 - 1.0);
    let v65 = select(0.0, 1.0, v61 > 0.0);
    let v66 = select(v64, v61, v65 != 0.0);
    tmp2[l58] = v66;
  }
  {
    let i67 = i0 + 1u;
    let l68 = i67 * 100u + j0;
    let v69 = acc9.x;
    let v70 = s_hidden2_dense_bias[j0];
    let v71 = (v69 + v70);
    let v72 = min(v71, 0.0);
    let v73 = exp(v72);
    let v74 = (v73 - 1.0);
    let v75 = select(0.0, 1.0, v71 > 0.0);
    let v76 = select(v74, v71, v75 != 0.0);
    tmp2[l68] = v76;
  }
  {
    let i77 = i0 + 1u;
    let j78 = j0 + 1u;
    let l79 = i77 * 100u + j78;
    let v80 = acc9.y;
    let v81 = s_hidden2_dense_bias[j78];
    let v82 = (v80 + v81);
    let v83 = min(v82, 0.0);
    let v84 = exp(v83);
    let v85 = (v84 - 1.0);
    let v86 = select(0.0, 1.0, v82 > 0.0);
    let v87 = select(v85, v82, v86 != 0.0);
    tmp2[l79] = v87;
  }
  {
    let i88 = i0 + 1u;
    let j89 = j0 + 2u;
    let l90 = i88 * 100u + j89;
    let v91 = acc9.z;
    let v92 = s_hidden2_dense_bias[j89];
    let v93 = (v91 + v92);
    let v94 = min(v93, 0.0);
    let v95 = exp(v94);
    let v96 = (v95 - 1.0);
    let v97 = select(0.0, 1.0, v93 > 0.0);
    let v98 = select(v96, v93, v97 != 0.0);
    tmp2[l90] = v98;
  }
  {
    let i99 = i0 + 1u;
    let j100 = j0 + 3u;
    let l101 = i99 * 100u + j100;
    let v102 = acc9.w;
    let v103 = s_hidden2_dense_bias[j100];
    let v104 = (v102 + v103);
    let v105 = min(v104, 0.0);
    let v106 = exp(v105);
    let v107 = (v106 - 1.0);
    let v108 = select(0.0, 1.0, v104 > 0.0);
    let v109 = select(v107, v104, v108 != 0.0);
    tmp2[l101] = v109;
  }
  {
    let i110 = i0 + 2u;
    let l111 = i110 * 100u + j0;
    let v112 = acc10.x;
    let v113 = s_hidden2_dense_bias[j0];
    let v114 = (v112 + v113);
    let v115 = min(v114, 0.0);
    let v116 = exp(v115);
    let v117 = (v116 - 1.0);
    let v118 = select(0.0, 1.0, v114 > 0.0);
    let v119 = select(v117, v114, v118 != 0.0);
    tmp2[l111] = v119;
  }
  {
    let i120 = i0 + 2u;
    let j121 = j0 + 1u;
    let l122 = i120 * 100u + j121;
    let v123 = acc10.y;
    let v124 = s_hidden2_dense_bias[j121];
    let v125 = (v123 + v124);
    let v126 = min(v125, 0.0);
    let v127 = exp(v126);
    let v128 = (v127 - 1.0);
    let v129 = select(0.0, 1.0, v125 > 0.0);
    let v130 = select(v128, v125, v129 != 0.0);
    tmp2[l122] = v130;
  }
  {
    let i131 = i0 + 2u;
    let j132 = j0 + 2u;
    let l133 = i131 * 100u + j132;
    let v134 = acc10.z;
    let v135 = s_hidden2_dense_bias[j132];
    let v136 = (v134 + v135);
    let v137 = min(v136, 0.0);
    let v138 = exp(v137);
    let v139 = (v138 - 1.0);
    let v140 = select(0.0, 1.0, v136 > 0.0);
    let v141 = select(v139, v136, v140 != 0.0);
    tmp2[l133] = v141;
  }
  {
    let i142 = i0 + 2u;
    let j143 = j0 + 3u;
    let l144 = i142 * 100u + j143;
    let v145 = acc10.w;
    let v146 = s_hidden2_dense_bias[j143];
    let v147 = (v145 + v146);
    let v148 = min(v147, 0.0);
    let v149 = exp(v148);
    let v150 = (v149 - 1.0);
    let v151 = select(0.0, 1.0, v147 > 0.0);
    let v152 = select(v150, v147, v151 != 0.0);
    tmp2[l144] = v152;
  }
  {
    let i153 = i0 + 3u;
    let l154 = i153 * 100u + j0;
    let v155 = acc11.x;
    let v156 = s_hidden2_dense_bias[j0];
    let v157 = (v155 + v156);
    let v158 = min(v157, 0.0);
    let v159 = exp(v158);
    let v160 = (v159 - 1.0);
    let v161 = select(0.0, 1.0, v157 > 0.0);
    let v162 = select(v160, v157, v161 != 0.0);
    tmp2[l154] = v162;
  }
  {
    let i163 = i0 + 3u;
    let j164 = j0 + 1u;
    let l165 = i163 * 100u + j164;
    let v166 = acc11.y;
    let v167 = s_hidden2_dense_bias[j164];
    let v168 = (v166 + v167);
    let v169 = min(v168, 0.0);
    let v170 = exp(v169);
    let v171 = (v170 - 1.0);
    let v172 = select(0.0, 1.0, v168 > 0.0);
    let v173 = select(v171, v168, v172 != 0.0);
    tmp2[l165] = v173;
  }
  {
    let i174 = i0 + 3u;
    let j175 = j0 + 2u;
    let l176 = i174 * 100u + j175;
    let v177 = acc11.z;
    let v178 = s_hidden2_dense_bias[j175];
    let v179 = (v177 + v178);
    let v180 = min(v179, 0.0);
    let v181 = exp(v180);
    let v182 = (v181 - 1.0);
    let v183 = select(0.0, 1.0, v179 > 0.0);
    let v184 = select(v182, v179, v183 != 0.0);
    tmp2[l176] = v184;
  }
  {
    let i185 = i0 + 3u;
    let j186 = j0 + 3u;
    let l187 = i185 * 100u + j186;
    let v188 = acc11.w;
    let v189 = s_hidden2_dense_bias[j186];
    let v190 = (v188 + v189);
    let v191 = min(v190, 0.0);
    let v192 = exp(v191);
    let v193 = (v192 - 1.0);
    let v194 = select(0.0, 1.0, v190 > 0.0);
    let v195 = select(v193, v190, v194 != 0.0);
    tmp2[l187] = v195;
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
    acc8 = acc8 + tmp2[ra12 + k] * bv17;
    acc9 = acc9 + tmp2[ra13 + k] * bv17;
    acc10 = acc10 + tmp2[ra14 + k] * bv17;
    acc11 = acc11 + tmp2[ra15 + k] * bv17;
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
    tmp7[l18] = v31;
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
    tmp7[l33] = v46;
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
    tmp7[l48] = v61;
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
    tmp7[l63] = v76;
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
    tmp7[l78] = v91;
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
    tmp7[l94] = v107;
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
    tmp7[l110] = v123;
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
    tmp7[l126] = v139;
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
    tmp7[l141] = v154;
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
    tmp7[l157] = v170;
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
    tmp7[l173] = v186;
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
    tmp7[l189] = v202;
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
    tmp7[l204] = v217;
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
    tmp7[l220] = v233;
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
    tmp7[l236] = v249;
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
    tmp7[l252] = v265;
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
