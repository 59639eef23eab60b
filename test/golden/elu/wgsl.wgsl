// ---- 000_mul_hidden1_dense_kernel.wgsl
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
  let c0 = (i / 300u);
  let c1 = (i % 300u);
  let v2 = s_rng_seed[0u];
  let k3 = stream_key(3u, 3615406128u, v2);
  let v4 = uniform01(k3, i);
  let v5 = (v4 * 0.9544997361036416);
  let v6 = (v5 + 0.022750131948179195);
  let v7 = (v6 * 2.0);
  let v8 = (v7 - 1.0);
  let v9 = (1.0 - v8);
  let v10 = (1.0 + v8);
  let v11 = (v9 * v10);
  let v12 = log(v11);
  let v13 = (-v12);
  let v14 = sqrt(v13);
  let v15 = (v14 - 3.0);
  let v16 = ((-0.000200214257) * v15);
  let v17 = (v16 + 0.000100950558);
  let v18 = (v17 * v15);
  let v19 = (v18 + 0.00134934322);
  let v20 = (v19 * v15);
  let v21 = (v20 + (-0.00367342844));
  let v22 = (v21 * v15);
  let v23 = (v22 + 0.00573950773);
  let v24 = (v23 * v15);
  let v25 = (v24 + (-0.0076224613));
  let v26 = (v25 * v15);
  let v27 = (v26 + 0.00943887047);
  let v28 = (v27 * v15);
  let v29 = (v28 + 1.00167406);
  let v30 = (v29 * v15);
  let v31 = (v30 + 2.83297682);
  let v32 = (v13 - 2.5);
  let v33 = (2.81022636e-8 * v32);
  let v34 = (v33 + 3.43273939e-7);
  let v35 = (v34 * v32);
  let v36 = (v35 + (-0.0000035233877));
  let v37 = (v36 * v32);
  let v38 = (v37 + (-0.00000439150654));
  let v39 = (v38 * v32);
  let v40 = (v39 + 0.00021858087);
  let v41 = (v40 * v32);
  let v42 = (v41 + (-0.00125372503));
  let v43 = (v42 * v32);
  let v44 = (v43 + (-0.00417768164));
  let v45 = (v44 * v32);
  let v46 = (v45 + 0.246640727);
  let v47 = (v46 * v32);
  let v48 = (v47 + 1.50140941);
  let v49 = select(0.0, 1.0, v13 < 5.0);
  let v50 = select(v31, v48, v49 != 0.0);
  let v51 = (v50 * v8);
  let v52 = (v51 * 1.4142135623730951);
  let v53 = (v52 * 0.057419456326711804);
  s_hidden1_dense_kernel[i] = v53;
}

// ---- 001_const_hidden1_dense_bias.wgsl
@group(0) @binding(0) var<storage, read_write> s_hidden1_dense_bias: array<f32>;

@compute @workgroup_size(64)
fn main(@builtin(global_invocation_id) gid: vec3<u32>) {
  let i = gid.x;
  if (i >= 300u) { return; }
  s_hidden1_dense_bias[i] = 0.0;
}

// ---- 002_mul_hidden2_dense_kernel.wgsl
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
  let c0 = (i / 100u);
  let c1 = (i % 100u);
  let v2 = s_rng_seed[0u];
  let k3 = stream_key(3u, 1202735807u, v2);
  let v4 = uniform01(k3, i);
  let v5 = (v4 * 0.9544997361036416);
  let v6 = (v5 + 0.022750131948179195);
  let v7 = (v6 * 2.0);
  let v8 = (v7 - 1.0);
  let v9 = (1.0 - v8);
  let v10 = (1.0 + v8);
  let v11 = (v9 * v10);
  let v12 = log(v11);
  let v13 = (-v12);
  let v14 = sqrt(v13);
  let v15 = (v14 - 3.0);
  let v16 = ((-0.000200214257) * v15);
  let v17 = (v16 + 0.000100950558);
  let v18 = (v17 * v15);
  let v19 = (v18 + 0.00134934322);
  let v20 = (v19 * v15);
  let v21 = (v20 + (-0.00367342844));
  let v22 = (v21 * v15);
  let v23 = (v22 + 0.00573950773);
  let v24 = (v23 * v15);
  let v25 = (v24 + (-0.0076224613));
  let v26 = (v25 * v15);
  let v27 = (v26 + 0.00943887047);
  let v28 = (v27 * v15);
  let v29 = (v28 + 1.00167406);
  let v30 = (v29 * v15);
  let v31 = (v30 + 2.83297682);
  let v32 = (v13 - 2.5);
  let v33 = (2.81022636e-8 * v32);
  let v34 = (v33 + 3.43273939e-7);
  let v35 = (v34 * v32);
  let v36 = (v35 + (-0.0000035233877));
  let v37 = (v36 * v32);
  let v38 = (v37 + (-0.00000439150654));
  let v39 = (v38 * v32);
  let v40 = (v39 + 0.00021858087);
  let v41 = (v40 * v32);
  let v42 = (v41 + (-0.00125372503));
  let v43 = (v42 * v32);
  let v44 = (v43 + (-0.00417768164));
  let v45 = (v44 * v32);
  let v46 = (v45 + 0.246640727);
  let v47 = (v46 * v32);
  let v48 = (v47 + 1.50140941);
  let v49 = select(0.0, 1.0, v13 < 5.0);
  let v50 = select(v31, v48, v49 != 0.0);
  let v51 = (v50 * v8);
  let v52 = (v51 * 1.4142135623730951);
  let v53 = (v52 * 0.09282318798745727);
  s_hidden2_dense_kernel[i] = v53;
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

// ---- 010_matmul_hidden1_dense.wgsl
@group(0) @binding(0) var<storage, read> in_X_v4: array<vec4<f32>>;
@group(0) @binding(1) var<storage, read> s_hidden1_dense_kernel_v4: array<vec4<f32>>;
@group(0) @binding(2) var<storage, read_write> tmp0: array<f32>;
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
  if (i0 + 1u < 50u) {
    let i47 = i0 + 1u;
    let l48 = i47 * 300u + j0;
    let v49 = acc9.x;
    let v50 = s_hidden1_dense_bias[j0];
    let v51 = (v49 + v50);
    tmp0[l48] = v51;
  }
  if (i0 + 1u < 50u) {
    let i52 = i0 + 1u;
    let j53 = j0 + 1u;
    let l54 = i52 * 300u + j53;
    let v55 = acc9.y;
    let v56 = s_hidden1_dense_bias[j53];
    let v57 = (v55 + v56);
    tmp0[l54] = v57;
  }
  if (i0 + 1u < 50u) {
    let i58 = i0 + 1u;
    let j59 = j0 + 2u;
    let l60 = i58 * 300u + j59;
    let v61 = acc9.z;
    let v62 = s_hidden1_dense_bias[j59];
    let v63 = (v61 + v62);
    tmp0[l60] = v63;
  }
  if (i0 + 1u < 50u) {
    let i64 = i0 + 1u;
    let j65 = j0 + 3u;
    let l66 = i64 * 300u + j65;
    let v67 = acc9.w;
    let v68 = s_hidden1_dense_bias[j65];
    let v69 = (v67 + v68);
    tmp0[l66] = v69;
  }
  if (i0 + 2u < 50u) {
    let i70 = i0 + 2u;
    let l71 = i70 * 300u + j0;
    let v72 = acc10.x;
    let v73 = s_hidden1_dense_bias[j0];
    let v74 = (v72 + v73);
    tmp0[l71] = v74;
  }
  if (i0 + 2u < 50u) {
    let i75 = i0 + 2u;
    let j76 = j0 + 1u;
    let l77 = i75 * 300u + j76;
    let v78 = acc10.y;
    let v79 = s_hidden1_dense_bias[j76];
    let v80 = (v78 + v79);
    tmp0[l77] = v80;
  }
  if (i0 + 2u < 50u) {
    let i81 = i0 + 2u;
    let j82 = j0 + 2u;
    let l83 = i81 * 300u + j82;
    let v84 = acc10.z;
    let v85 = s_hidden1_dense_bias[j82];
    let v86 = (v84 + v85);
    tmp0[l83] = v86;
  }
  if (i0 + 2u < 50u) {
    let i87 = i0 + 2u;
    let j88 = j0 + 3u;
    let l89 = i87 * 300u + j88;
    let v90 = acc10.w;
    let v91 = s_hidden1_dense_bias[j88];
    let v92 = (v90 + v91);
    tmp0[l89] = v92;
  }
  if (i0 + 3u < 50u) {
    let i93 = i0 + 3u;
    let l94 = i93 * 300u + j0;
    let v95 = acc11.x;
    let v96 = s_hidden1_dense_bias[j0];
    let v97 = (v95 + v96);
    tmp0[l94] = v97;
  }
  if (i0 + 3u < 50u) {
    let i98 = i0 + 3u;
    let j99 = j0 + 1u;
    let l100 = i98 * 300u + j99;
    let v101 = acc11.y;
    let v102 = s_hidden1_dense_bias[j99];
    let v103 = (v101 + v102);
    tmp0[l100] = v103;
  }
  if (i0 + 3u < 50u) {
    let i104 = i0 + 3u;
    let j105 = j0 + 2u;
    let l106 = i104 * 300u + j105;
    let v107 = acc11.z;
    let v108 = s_hidden1_dense_bias[j105];
    let v109 = (v107 + v108);
    tmp0[l106] = v109;
  }
  if (i0 + 3u < 50u) {
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
  if (i >= 15000u) { return; }
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
  if (i0 + 1u < 50u) {
    let i47 = i0 + 1u;
    let l48 = i47 * 100u + j0;
    let v49 = acc9.x;
    let v50 = s_hidden2_dense_bias[j0];
    let v51 = (v49 + v50);
    tmp2[l48] = v51;
  }
  if (i0 + 1u < 50u) {
    let i52 = i0 + 1u;
    let j53 = j0 + 1u;
    let l54 = i52 * 100u + j53;
    let v55 = acc9.y;
    let v56 = s_hidden2_dense_bias[j53];
    let v57 = (v55 + v56);
    tmp2[l54] = v57;
  }
  if (i0 + 1u < 50u) {
    let i58 = i0 + 1u;
    let j59 = j0 + 2u;
    let l60 = i58 * 100u + j59;
    let v61 = acc9.z;
    let v62 = s_hidden2_dense_bias[j59];
    let v63 = (v61 + v62);
    tmp2[l60] = v63;
  }
  if (i0 + 1u < 50u) {
    let i64 = i0 + 1u;
    let j65 = j0 + 3u;
    let l66 = i64 * 100u + j65;
    let v67 = acc9.w;
    let v68 = s_hidden2_dense_bias[j65];
    let v69 = (v67 + v68);
    tmp2[l66] = v69;
  }
  if (i0 + 2u < 50u) {
    let i70 = i0 + 2u;
    let l71 = i70 * 100u + j0;
    let v72 = acc10.x;
    let v73 = s_hidden2_dense_bias[j0];
    let v74 = (v72 + v73);
    tmp2[l71] = v74;
  }
  if (i0 + 2u < 50u) {
    let i75 = i0 + 2u;
    let j76 = j0 + 1u;
    let l77 = i75 * 100u + j76;
    let v78 = acc10.y;
    let v79 = s_hidden2_dense_bias[j76];
    let v80 = (v78 + v79);
    tmp2[l77] = v80;
  }
  if (i0 + 2u < 50u) {
    let i81 = i0 + 2u;
    let j82 = j0 + 2u;
    let l83 = i81 * 100u + j82;
    let v84 = acc10.z;
    let v85 = s_hidden2_dense_bias[j82];
    let v86 = (v84 + v85);
    tmp2[l83] = v86;
  }
  if (i0 + 2u < 50u) {
    let i87 = i0 + 2u;
    let j88 = j0 + 3u;
    let l89 = i87 * 100u + j88;
    let v90 = acc10.w;
    let v91 = s_hidden2_dense_bias[j88];
    let v92 = (v90 + v91);
    tmp2[l89] = v92;
  }
  if (i0 + 3u < 50u) {
    let i93 = i0 + 3u;
    let l94 = i93 * 100u + j0;
    let v95 = acc11.x;
    let v96 = s_hidden2_dense_bias[j0];
    let v97 = (v95 + v96);
    tmp2[l94] = v97;
  }
  if (i0 + 3u < 50u) {
    let i98 = i0 + 3u;
    let j99 = j0 + 1u;
    let l100 = i98 * 100u + j99;
    let v101 = acc11.y;
    let v102 = s_hidden2_dense_bias[j99];
    let v103 = (v101 + v102);
    tmp2[l100] = v103;
  }
  if (i0 + 3u < 50u) {
    let i104 = i0 + 3u;
    let j105 = j0 + 2u;
    let l106 = i104 * 100u + j105;
    let v107 = acc11.z;
    let v108 = s_hidden2_dense_bias[j105];
    let v109 = (v107 + v108);
    tmp2[l106] = v109;
  }
  if (i0 + 3u < 50u) {
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
  if (i >= 5000u) { return; }
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
  if (i0 + 1u < 50u) {
    let i37 = i0 + 1u;
    let l38 = i37 * 10u + j0;
    let v39 = acc9.x;
    let v40 = s_logits_dense_bias[j0];
    let v41 = (v39 + v40);
    tmp4[l38] = v41;
  }
  if (i0 + 1u < 50u && j0 + 1u < 10u) {
    let i42 = i0 + 1u;
    let j43 = j0 + 1u;
    let l44 = i42 * 10u + j43;
    let v45 = acc9.y;
    let v46 = s_logits_dense_bias[j43];
    let v47 = (v45 + v46);
    tmp4[l44] = v47;
  }
  if (i0 + 1u < 50u && j0 + 2u < 10u) {
    let i48 = i0 + 1u;
    let j49 = j0 + 2u;
    let l50 = i48 * 10u + j49;
    let v51 = acc9.z;
    let v52 = s_logits_dense_bias[j49];
    let v53 = (v51 + v52);
    tmp4[l50] = v53;
  }
  if (i0 + 1u < 50u && j0 + 3u < 10u) {
    let i54 = i0 + 1u;
    let j55 = j0 + 3u;
    let l56 = i54 * 10u + j55;
    let v57 = acc9.w;
    let v58 = s_logits_dense_bias[j55];
    let v59 = (v57 + v58);
    tmp4[l56] = v59;
  }
  if (i0 + 2u < 50u) {
    let i60 = i0 + 2u;
    let l61 = i60 * 10u + j0;
    let v62 = acc10.x;
    let v63 = s_logits_dense_bias[j0];
    let v64 = (v62 + v63);
    tmp4[l61] = v64;
  }
  if (i0 + 2u < 50u && j0 + 1u < 10u) {
    let i65 = i0 + 2u;
    let j66 = j0 + 1u;
    let l67 = i65 * 10u + j66;
    let v68 = acc10.y;
    let v69 = s_logits_dense_bias[j66];
    let v70 = (v68 + v69);
    tmp4[l67] = v70;
  }
  if (i0 + 2u < 50u && j0 + 2u < 10u) {
    let i71 = i0 + 2u;
    let j72 = j0 + 2u;
    let l73 = i71 * 10u + j72;
    let v74 = acc10.z;
    let v75 = s_logits_dense_bias[j72];
    let v76 = (v74 + v75);
    tmp4[l73] = v76;
  }
  if (i0 + 2u < 50u && j0 + 3u < 10u) {
    let i77 = i0 + 2u;
    let j78 = j0 + 3u;
    let l79 = i77 * 10u + j78;
    let v80 = acc10.w;
    let v81 = s_logits_dense_bias[j78];
    let v82 = (v80 + v81);
    tmp4[l79] = v82;
  }
  if (i0 + 3u < 50u) {
    let i83 = i0 + 3u;
    let l84 = i83 * 10u + j0;
    let v85 = acc11.x;
    let v86 = s_logits_dense_bias[j0];
    let v87 = (v85 + v86);
    tmp4[l84] = v87;
  }
  if (i0 + 3u < 50u && j0 + 1u < 10u) {
    let i88 = i0 + 3u;
    let j89 = j0 + 1u;
    let l90 = i88 * 10u + j89;
    let v91 = acc11.y;
    let v92 = s_logits_dense_bias[j89];
    let v93 = (v91 + v92);
    tmp4[l90] = v93;
  }
  if (i0 + 3u < 50u && j0 + 2u < 10u) {
    let i94 = i0 + 3u;
    let j95 = j0 + 2u;
    let l96 = i94 * 10u + j95;
    let v97 = acc11.z;
    let v98 = s_logits_dense_bias[j95];
    let v99 = (v97 + v98);
    tmp4[l96] = v99;
  }
  if (i0 + 3u < 50u && j0 + 3u < 10u) {
    let i100 = i0 + 3u;
    let j101 = j0 + 3u;
    let l102 = i100 * 10u + j101;
    let v103 = acc11.w;
    let v104 = s_logits_dense_bias[j101];
    let v105 = (v103 + v104);
    tmp4[l102] = v105;
  }
}

// ---- 015_reduce_sum_loss_x6.wgsl
var<workgroup> wg_f32_0: array<f32, 64>;
var<workgroup> wg_f32_1: array<f32, 64>;
@group(0) @binding(0) var<storage, read> tmp4: array<f32>;
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
      let v7 = tmp4[l6];
      acc4 = max(acc4, v7);
    }
    var acc8: f32 = 0.0;
    for (var r9: u32 = 0u; r9 < 10u; r9 = r9 + 1u) {
      let l10 = r2 * 10u + r9;
      let v11 = tmp4[l10];
      let v12 = (v11 - acc4);
      let v13 = exp(v12);
      acc8 = acc8 + v13;
    }
    let v14 = log(acc8);
    for (var r15: u32 = 0u; r15 < 10u; r15 = r15 + 1u) {
      let l16 = r2 * 10u + r15;
      let v17 = in_y[r2];
      let v18 = select(0.0, 1.0, i32(r15) == v17);
      let v19 = tmp4[l16];
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
      let v28 = tmp4[l27];
      let v29 = in_y[r2];
      let v30 = select(0.0, 1.0, i32(r26) == v29);
      let v31 = (v28 * v30);
      acc25 = acc25 + v31;
    }
    for (var r32: u32 = 0u; r32 < 10u; r32 = r32 + 1u) {
      let l33 = r2 * 10u + r32;
      let v34 = tmp4[l33];
      let v35 = select(0.0, 1.0, v34 > acc25);
      acc24 = acc24 + v35;
    }
    let v36 = select(0.0, 1.0, acc24 < 1.0);
    var acc37: f32 = 0.0;
    for (var r38: u32 = 0u; r38 < 10u; r38 = r38 + 1u) {
      let l39 = r2 * 10u + r38;
      let v40 = tmp4[l39];
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

// ---- 016_add_loss_grad.wgsl
@group(0) @binding(0) var<storage, read> in_y: array<i32>;
@group(0) @binding(1) var<storage, read> tmp4: array<f32>;
@group(0) @binding(2) var<storage, read_write> tmp5: array<f32>;

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
    let v15 = tmp4[l14];
    acc12 = max(acc12, v15);
  }
  for (var r16: u32 = 0u; r16 < 10u; r16 = r16 + 1u) {
    let l17 = c0 * 10u + r16;
    let v18 = tmp4[l17];
    let v19 = (v18 - acc12);
    let v20 = exp(v19);
    acc11 = acc11 + v20;
  }
  let v21 = (acc5 / acc11);
  let v22 = tmp4[i];
  let v23 = (v22 - acc12);
  let v24 = exp(v23);
  let v25 = (v21 * v24);
  let v26 = (v4 + v25);
  tmp5[i] = v26;
}

// ---- 017_matmul_hidden2_grad.wgsl
@group(0) @binding(0) var<storage, read> tmp5: array<f32>;
@group(0) @binding(1) var<storage, read> s_logits_dense_kernel: array<f32>;
@group(0) @binding(2) var<storage, read_write> tmp6: array<f32>;
@group(0) @binding(3) var<storage, read> tmp2: array<f32>;

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
    acc8 = acc8 + tmp5[ra12 + k] * bv20;
    acc9 = acc9 + tmp5[ra13 + k] * bv20;
    acc10 = acc10 + tmp5[ra14 + k] * bv20;
    acc11 = acc11 + tmp5[ra15 + k] * bv20;
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
    tmp6[l21] = v32;
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
    tmp6[l34] = v45;
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
    tmp6[l47] = v58;
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
    tmp6[l60] = v71;
  }
  if (i0 + 1u < 50u) {
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
    tmp6[l73] = v84;
  }
  if (i0 + 1u < 50u) {
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
    tmp6[l87] = v98;
  }
  if (i0 + 1u < 50u) {
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
    tmp6[l101] = v112;
  }
  if (i0 + 1u < 50u) {
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
    tmp6[l115] = v126;
  }
  if (i0 + 2u < 50u) {
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
    tmp6[l128] = v139;
  }
  if (i0 + 2u < 50u) {
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
    tmp6[l142] = v153;
  }
  if (i0 + 2u < 50u) {
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
    tmp6[l156] = v167;
  }
  if (i0 + 2u < 50u) {
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
    tmp6[l170] = v181;
  }
  if (i0 + 3u < 50u) {
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
    tmp6[l183] = v194;
  }
  if (i0 + 3u < 50u) {
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
    tmp6[l197] = v208;
  }
  if (i0 + 3u < 50u) {
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
    tmp6[l211] = v222;
  }
  if (i0 + 3u < 50u) {
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
    tmp6[l225] = v236;
  }
}

// ---- 018_matmul_hidden1_grad.wgsl
@group(0) @binding(0) var<storage, read> tmp6_v4: array<vec4<f32>>;
@group(0) @binding(1) var<storage, read> s_hidden2_dense_kernel_v4: array<vec4<f32>>;
@group(0) @binding(2) var<storage, read_write> tmp7: array<f32>;
@group(0) @binding(3) var<storage, read> tmp0: array<f32>;

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
    let av20 = tmp6_v4[ra12 + k];
    let av21 = tmp6_v4[ra13 + k];
    let av22 = tmp6_v4[ra14 + k];
    let av23 = tmp6_v4[ra15 + k];
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
    tmp7[l36] = v47;
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
    tmp7[l49] = v60;
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
    tmp7[l62] = v73;
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
    tmp7[l75] = v86;
  }
  if (i0 + 1u < 50u) {
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
    tmp7[l88] = v99;
  }
  if (i0 + 1u < 50u) {
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
    tmp7[l102] = v113;
  }
  if (i0 + 1u < 50u) {
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
    tmp7[l116] = v127;
  }
  if (i0 + 1u < 50u) {
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
    tmp7[l130] = v141;
  }
  if (i0 + 2u < 50u) {
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
    tmp7[l143] = v154;
  }
  if (i0 + 2u < 50u) {
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
    tmp7[l157] = v168;
  }
  if (i0 + 2u < 50u) {
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
    tmp7[l171] = v182;
  }
  if (i0 + 2u < 50u) {
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
    tmp7[l185] = v196;
  }
  if (i0 + 3u < 50u) {
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
    tmp7[l198] = v209;
  }
  if (i0 + 3u < 50u) {
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
    tmp7[l212] = v223;
  }
  if (i0 + 3u < 50u) {
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
    tmp7[l226] = v237;
  }
  if (i0 + 3u < 50u) {
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
    tmp7[l240] = v251;
  }
}

// ---- 019_matmul_hidden1_dense_kernel_sgd.wgsl
@group(0) @binding(0) var<storage, read> in_X: array<f32>;
@group(0) @binding(1) var<storage, read> tmp7: array<f32>;
@group(0) @binding(2) var<storage, read_write> s_hidden1_dense_kernel: array<f32>;

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
    let bv21 = vec4<f32>(tmp7[rb20 + col8], tmp7[rb20 + col9], tmp7[rb20 + col10], tmp7[rb20 + col11]);
    let rk22 = k * 784u;
    acc12 = acc12 + in_X[rk22 + row0] * bv21;
    acc13 = acc13 + in_X[rk22 + row1] * bv21;
    acc14 = acc14 + in_X[rk22 + row2] * bv21;
    acc15 = acc15 + in_X[rk22 + row3] * bv21;
    acc16 = acc16 + in_X[rk22 + row4] * bv21;
    acc17 = acc17 + in_X[rk22 + row5] * bv21;
    acc18 = acc18 + in_X[rk22 + row6] * bv21;
    acc19 = acc19 + in_X[rk22 + row7] * bv21;
  }
  {
    let l23 = i0 * 300u + j0;
    let v24 = s_hidden1_dense_kernel[l23];
    let v25 = acc12.x;
    let v26 = (v25 * 0.01);
    let v27 = (v24 - v26);
    s_hidden1_dense_kernel[l23] = v27;
  }
  {
    let j28 = j0 + 1u;
    let l29 = i0 * 300u + j28;
    let v30 = s_hidden1_dense_kernel[l29];
    let v31 = acc12.y;
    let v32 = (v31 * 0.01);
    let v33 = (v30 - v32);
    s_hidden1_dense_kernel[l29] = v33;
  }
  {
    let j34 = j0 + 2u;
    let l35 = i0 * 300u + j34;
    let v36 = s_hidden1_dense_kernel[l35];
    let v37 = acc12.z;
    let v38 = (v37 * 0.01);
    let v39 = (v36 - v38);
    s_hidden1_dense_kernel[l35] = v39;
  }
  {
    let j40 = j0 + 3u;
    let l41 = i0 * 300u + j40;
    let v42 = s_hidden1_dense_kernel[l41];
    let v43 = acc12.w;
    let v44 = (v43 * 0.01);
    let v45 = (v42 - v44);
    s_hidden1_dense_kernel[l41] = v45;
  }
  {
    let i46 = i0 + 1u;
    let l47 = i46 * 300u + j0;
    let v48 = s_hidden1_dense_kernel[l47];
    let v49 = acc13.x;
    let v50 = (v49 * 0.01);
    let v51 = (v48 - v50);
    s_hidden1_dense_kernel[l47] = v51;
  }
  {
    let i52 = i0 + 1u;
    let j53 = j0 + 1u;
    let l54 = i52 * 300u + j53;
    let v55 = s_hidden1_dense_kernel[l54];
    let v56 = acc13.y;
    let v57 = (v56 * 0.01);
    let v58 = (v55 - v57);
    s_hidden1_dense_kernel[l54] = v58;
  }
  {
    let i59 = i0 + 1u;
    let j60 = j0 + 2u;
    let l61 = i59 * 300u + j60;
    let v62 = s_hidden1_dense_kernel[l61];
    let v63 = acc13.z;
    let v64 = (v63 * 0.01);
    let v65 = (v62 - v64);
    s_hidden1_dense_kernel[l61] = v65;
  }
  {
    let i66 = i0 + 1u;
    let j67 = j0 + 3u;
    let l68 = i66 * 300u + j67;
    let v69 = s_hidden1_dense_kernel[l68];
    let v70 = acc13.w;
    let v71 = (v70 * 0.01);
    let v72 = (v69 - v71);
    s_hidden1_dense_kernel[l68] = v72;
  }
  {
    let i73 = i0 + 2u;
    let l74 = i73 * 300u + j0;
    let v75 = s_hidden1_dense_kernel[l74];
    let v76 = acc14.x;
    let v77 = (v76 * 0.01);
    let v78 = (v75 - v77);
    s_hidden1_dense_kernel[l74] = v78;
  }
  {
    let i79 = i0 + 2u;
    let j80 = j0 + 1u;
    let l81 = i79 * 300u + j80;
    let v82 = s_hidden1_dense_kernel[l81];
    let v83 = acc14.y;
    let v84 = (v83 * 0.01);
    let v85 = (v82 - v84);
    s_hidden1_dense_kernel[l81] = v85;
  }
  {
    let i86 = i0 + 2u;
    let j87 = j0 + 2u;
    let l88 = i86 * 300u + j87;
    let v89 = s_hidden1_dense_kernel[l88];
    let v90 = acc14.z;
    let v91 = (v90 * 0.01);
    let v92 = (v89 - v91);
    s_hidden1_dense_kernel[l88] = v92;
  }
  {
    let i93 = i0 + 2u;
    let j94 = j0 + 3u;
    let l95 = i93 * 300u + j94;
    let v96 = s_hidden1_dense_kernel[l95];
    let v97 = acc14.w;
    let v98 = (v97 * 0.01);
    let v99 = (v96 - v98);
    s_hidden1_dense_kernel[l95] = v99;
  }
  {
    let i100 = i0 + 3u;
    let l101 = i100 * 300u + j0;
    let v102 = s_hidden1_dense_kernel[l101];
    let v103 = acc15.x;
    let v104 = (v103 * 0.01);
    let v105 = (v102 - v104);
    s_hidden1_dense_kernel[l101] = v105;
  }
  {
    let i106 = i0 + 3u;
    let j107 = j0 + 1u;
    let l108 = i106 * 300u + j107;
    let v109 = s_hidden1_dense_kernel[l108];
    let v110 = acc15.y;
    let v111 = (v110 * 0.01);
    let v112 = (v109 - v111);
    s_hidden1_dense_kernel[l108] = v112;
  }
  {
    let i113 = i0 + 3u;
    let j114 = j0 + 2u;
    let l115 = i113 * 300u + j114;
    let v116 = s_hidden1_dense_kernel[l115];
    let v117 = acc15.z;
    let v118 = (v117 * 0.01);
    let v119 = (v116 - v118);
    s_hidden1_dense_kernel[l115] = v119;
  }
  {
    let i120 = i0 + 3u;
    let j121 = j0 + 3u;
    let l122 = i120 * 300u + j121;
    let v123 = s_hidden1_dense_kernel[l122];
    let v124 = acc15.w;
    let v125 = (v124 * 0.01);
    let v126 = (v123 - v125);
    s_hidden1_dense_kernel[l122] = v126;
  }
  {
    let i127 = i0 + 4u;
    let l128 = i127 * 300u + j0;
    let v129 = s_hidden1_dense_kernel[l128];
    let v130 = acc16.x;
    let v131 = (v130 * 0.01);
    let v132 = (v129 - v131);
    s_hidden1_dense_kernel[l128] = v132;
  }
  {
    let i133 = i0 + 4u;
    let j134 = j0 + 1u;
    let l135 = i133 * 300u + j134;
    let v136 = s_hidden1_dense_kernel[l135];
    let v137 = acc16.y;
    let v138 = (v137 * 0.01);
    let v139 = (v136 - v138);
    s_hidden1_dense_kernel[l135] = v139;
  }
  {
    let i140 = i0 + 4u;
    let j141 = j0 + 2u;
    let l142 = i140 * 300u + j141;
    let v143 = s_hidden1_dense_kernel[l142];
    let v144 = acc16.z;
    let v145 = (v144 * 0.01);
    let v146 = (v143 - v145);
    s_hidden1_dense_kernel[l142] = v146;
  }
  {
    let i147 = i0 + 4u;
    let j148 = j0 + 3u;
    let l149 = i147 * 300u + j148;
    let v150 = s_hidden1_dense_kernel[l149];
    let v151 = acc16.w;
    let v152 = (v151 * 0.01);
    let v153 = (v150 - v152);
    s_hidden1_dense_kernel[l149] = v153;
  }
  {
    let i154 = i0 + 5u;
    let l155 = i154 * 300u + j0;
    let v156 = s_hidden1_dense_kernel[l155];
    let v157 = acc17.x;
    let v158 = (v157 * 0.01);
    let v159 = (v156 - v158);
    s_hidden1_dense_kernel[l155] = v159;
  }
  {
    let i160 = i0 + 5u;
    let j161 = j0 + 1u;
    let l162 = i160 * 300u + j161;
    let v163 = s_hidden1_dense_kernel[l162];
    let v164 = acc17.y;
    let v165 = (v164 * 0.01);
    let v166 = (v163 - v165);
    s_hidden1_dense_kernel[l162] = v166;
  }
  {
    let i167 = i0 + 5u;
    let j168 = j0 + 2u;
    let l169 = i167 * 300u + j168;
    let v170 = s_hidden1_dense_kernel[l169];
    let v171 = acc17.z;
    let v172 = (v171 * 0.01);
    let v173 = (v170 - v172);
    s_hidden1_dense_kernel[l169] = v173;
  }
  {
    let i174 = i0 + 5u;
    let j175 = j0 + 3u;
    let l176 = i174 * 300u + j175;
    let v177 = s_hidden1_dense_kernel[l176];
    let v178 = acc17.w;
    let v179 = (v178 * 0.01);
    let v180 = (v177 - v179);
    s_hidden1_dense_kernel[l176] = v180;
  }
  {
    let i181 = i0 + 6u;
    let l182 = i181 * 300u + j0;
    let v183 = s_hidden1_dense_kernel[l182];
    let v184 = acc18.x;
    let v185 = (v184 * 0.01);
    let v186 = (v183 - v185);
    s_hidden1_dense_kernel[l182] = v186;
  }
  {
    let i187 = i0 + 6u;
    let j188 = j0 + 1u;
    let l189 = i187 * 300u + j188;
    let v190 = s_hidden1_dense_kernel[l189];
    let v191 = acc18.y;
    let v192 = (v191 * 0.01);
    let v193 = (v190 - v192);
    s_hidden1_dense_kernel[l189] = v193;
  }
  {
    let i194 = i0 + 6u;
    let j195 = j0 + 2u;
    let l196 = i194 * 300u + j195;
    let v197 = s_hidden1_dense_kernel[l196];
    let v198 = acc18.z;
    let v199 = (v198 * 0.01);
    let v200 = (v197 - v199);
    s_hidden1_dense_kernel[l196] = v200;
  }
  {
    let i201 = i0 + 6u;
    let j202 = j0 + 3u;
    let l203 = i201 * 300u + j202;
    let v204 = s_hidden1_dense_kernel[l203];
    let v205 = acc18.w;
    let v206 = (v205 * 0.01);
    let v207 = (v204 - v206);
    s_hidden1_dense_kernel[l203] = v207;
  }
  {
    let i208 = i0 + 7u;
    let l209 = i208 * 300u + j0;
    let v210 = s_hidden1_dense_kernel[l209];
    let v211 = acc19.x;
    let v212 = (v211 * 0.01);
    let v213 = (v210 - v212);
    s_hidden1_dense_kernel[l209] = v213;
  }
  {
    let i214 = i0 + 7u;
    let j215 = j0 + 1u;
    let l216 = i214 * 300u + j215;
    let v217 = s_hidden1_dense_kernel[l216];
    let v218 = acc19.y;
    let v219 = (v218 * 0.01);
    let v220 = (v217 - v219);
    s_hidden1_dense_kernel[l216] = v220;
  }
  {
    let i221 = i0 + 7u;
    let j222 = j0 + 2u;
    let l223 = i221 * 300u + j222;
    let v224 = s_hidden1_dense_kernel[l223];
    let v225 = acc19.z;
    let v226 = (v225 * 0.01);
    let v227 = (v224 - v226);
    s_hidden1_dense_kernel[l223] = v227;
  }
  {
    let i228 = i0 + 7u;
    let j229 = j0 + 3u;
    let l230 = i228 * 300u + j229;
    let v231 = s_hidden1_dense_kernel[l230];
    let v232 = acc19.w;
    let v233 = (v232 * 0.01);
    let v234 = (v231 - v233);
    s_hidden1_dense_kernel[l230] = v234;
  }
}

// ---- 020_reduce_sum_hidden1_dense_bias_sgd.wgsl
var<workgroup> wg_f32_0: array<f32, 64>;
@group(0) @binding(0) var<storage, read_write> s_hidden1_dense_bias: array<f32>;
@group(0) @binding(1) var<storage, read> tmp7: array<f32>;

@compute @workgroup_size(64)
fn main(@builtin(workgroup_id) wid: vec3<u32>, @builtin(local_invocation_index) lane: u32) {
  let i = wid.x;
  let v0 = s_hidden1_dense_bias[i];
  var acc1: f32 = 0.0;
  for (var r2: u32 = lane; r2 < 50u; r2 = r2 + 64u) {
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
    s_hidden1_dense_bias[i] = v8;
  }
}

// ---- 021_matmul_hidden2_dense_kernel_sgd.wgsl
@group(0) @binding(0) var<storage, read> tmp1: array<f32>;
@group(0) @binding(1) var<storage, read> tmp6: array<f32>;
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
    let rb12 = k * 100u;
    let bv13 = vec4<f32>(tmp6[rb12 + col4], tmp6[rb12 + col5], tmp6[rb12 + col6], tmp6[rb12 + col7]);
    let rk14 = k * 300u;
    acc8 = acc8 + tmp1[rk14 + row0] * bv13;
    acc9 = acc9 + tmp1[rk14 + row1] * bv13;
    acc10 = acc10 + tmp1[rk14 + row2] * bv13;
    acc11 = acc11 + tmp1[rk14 + row3] * bv13;
  }
  {
    let l15 = i0 * 100u + j0;
    let v16 = s_hidden2_dense_kernel[l15];
    let v17 = acc8.x;
    let v18 = (v17 * 0.01);
    let v19 = (v16 - v18);
    s_hidden2_dense_kernel[l15] = v19;
  }
  {
    let j20 = j0 + 1u;
    let l21 = i0 * 100u + j20;
    let v22 = s_hidden2_dense_kernel[l21];
    let v23 = acc8.y;
    let v24 = (v23 * 0.01);
    let v25 = (v22 - v24);
    s_hidden2_dense_kernel[l21] = v25;
  }
  {
    let j26 = j0 + 2u;
    let l27 = i0 * 100u + j26;
    let v28 = s_hidden2_dense_kernel[l27];
    let v29 = acc8.z;
    let v30 = (v29 * 0.01);
    let v31 = (v28 - v30);
    s_hidden2_dense_kernel[l27] = v31;
  }
  {
    let j32 = j0 + 3u;
    let l33 = i0 * 100u + j32;
    let v34 = s_hidden2_dense_kernel[l33];
    let v35 = acc8.w;
    let v36 = (v35 * 0.01);
    let v37 = (v34 - v36);
    s_hidden2_dense_kernel[l33] = v37;
  }
  {
    let i38 = i0 + 1u;
    let l39 = i38 * 100u + j0;
    let v40 = s_hidden2_dense_kernel[l39];
    let v41 = acc9.x;
    let v42 = (v41 * 0.01);
    let v43 = (v40 - v42);
    s_hidden2_dense_kernel[l39] = v43;
  }
  {
    let i44 = i0 + 1u;
    let j45 = j0 + 1u;
    let l46 = i44 * 100u + j45;
    let v47 = s_hidden2_dense_kernel[l46];
    let v48 = acc9.y;
    let v49 = (v48 * 0.01);
    let v50 = (v47 - v49);
    s_hidden2_dense_kernel[l46] = v50;
  }
  {
    let i51 = i0 + 1u;
    let j52 = j0 + 2u;
    let l53 = i51 * 100u + j52;
    let v54 = s_hidden2_dense_kernel[l53];
    let v55 = acc9.z;
    let v56 = (v55 * 0.01);
    let v57 = (v54 - v56);
    s_hidden2_dense_kernel[l53] = v57;
  }
  {
    let i58 = i0 + 1u;
    let j59 = j0 + 3u;
    let l60 = i58 * 100u + j59;
    let v61 = s_hidden2_dense_kernel[l60];
    let v62 = acc9.w;
    let v63 = (v62 * 0.01);
    let v64 = (v61 - v63);
    s_hidden2_dense_kernel[l60] = v64;
  }
  {
    let i65 = i0 + 2u;
    let l66 = i65 * 100u + j0;
    let v67 = s_hidden2_dense_kernel[l66];
    let v68 = acc10.x;
    let v69 = (v68 * 0.01);
    let v70 = (v67 - v69);
    s_hidden2_dense_kernel[l66] = v70;
  }
  {
    let i71 = i0 + 2u;
    let j72 = j0 + 1u;
    let l73 = i71 * 100u + j72;
    let v74 = s_hidden2_dense_kernel[l73];
    let v75 = acc10.y;
    let v76 = (v75 * 0.01);
    let v77 = (v74 - v76);
    s_hidden2_dense_kernel[l73] = v77;
  }
  {
    let i78 = i0 + 2u;
    let j79 = j0 + 2u;
    let l80 = i78 * 100u + j79;
    let v81 = s_hidden2_dense_kernel[l80];
    let v82 = acc10.z;
    let v83 = (v82 * 0.01);
    let v84 = (v81 - v83);
    s_hidden2_dense_kernel[l80] = v84;
  }
  {
    let i85 = i0 + 2u;
    let j86 = j0 + 3u;
    let l87 = i85 * 100u + j86;
    let v88 = s_hidden2_dense_kernel[l87];
    let v89 = acc10.w;
    let v90 = (v89 * 0.01);
    let v91 = (v88 - v90);
    s_hidden2_dense_kernel[l87] = v91;
  }
  {
    let i92 = i0 + 3u;
    let l93 = i92 * 100u + j0;
    let v94 = s_hidden2_dense_kernel[l93];
    let v95 = acc11.x;
    let v96 = (v95 * 0.01);
    let v97 = (v94 - v96);
    s_hidden2_dense_kernel[l93] = v97;
  }
  {
    let i98 = i0 + 3u;
    let j99 = j0 + 1u;
    let l100 = i98 * 100u + j99;
    let v101 = s_hidden2_dense_kernel[l100];
    let v102 = acc11.y;
    let v103 = (v102 * 0.01);
    let v104 = (v101 - v103);
    s_hidden2_dense_kernel[l100] = v104;
  }
  {
    let i105 = i0 + 3u;
    let j106 = j0 + 2u;
    let l107 = i105 * 100u + j106;
    let v108 = s_hidden2_dense_kernel[l107];
    let v109 = acc11.z;
    let v110 = (v109 * 0.01);
    let v111 = (v108 - v110);
    s_hidden2_dense_kernel[l107] = v111;
  }
  {
    let i112 = i0 + 3u;
    let j113 = j0 + 3u;
    let l114 = i112 * 100u + j113;
    let v115 = s_hidden2_dense_kernel[l114];
    let v116 = acc11.w;
    let v117 = (v116 * 0.01);
    let v118 = (v115 - v117);
    s_hidden2_dense_kernel[l114] = v118;
  }
}

// ---- 022_reduce_sum_hidden2_dense_bias_sgd.wgsl
var<workgroup> wg_f32_0: array<f32, 64>;
@group(0) @binding(0) var<storage, read_write> s_hidden2_dense_bias: array<f32>;
@group(0) @binding(1) var<storage, read> tmp6: array<f32>;

@compute @workgroup_size(64)
fn main(@builtin(workgroup_id) wid: vec3<u32>, @builtin(local_invocation_index) lane: u32) {
  let i = wid.x;
  let v0 = s_hidden2_dense_bias[i];
  var acc1: f32 = 0.0;
  for (var r2: u32 = lane; r2 < 50u; r2 = r2 + 64u) {
    let l3 = r2 * 100u + i;
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
    s_hidden2_dense_bias[i] = v8;
  }
}

// ---- 023_matmul_logits_dense_kernel_sgd.wgsl
@group(0) @binding(0) var<storage, read> tmp3: array<f32>;
@group(0) @binding(1) var<storage, read> tmp5: array<f32>;
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
  for (var k: u32 = 0u; k < 50u; k = k + 1u) {
    let rb12 = k * 10u;
    let bv13 = vec4<f32>(tmp5[rb12 + col4], tmp5[rb12 + col5], tmp5[rb12 + col6], tmp5[rb12 + col7]);
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

// ---- 024_reduce_sum_logits_dense_bias_sgd.wgsl
var<workgroup> wg_f32_0: array<f32, 64>;
@group(0) @binding(0) var<storage, read_write> s_logits_dense_bias: array<f32>;
@group(0) @binding(1) var<storage, read> tmp5: array<f32>;

@compute @workgroup_size(64)
fn main(@builtin(workgroup_id) wid: vec3<u32>, @builtin(local_invocation_index) lane: u32) {
  let i = wid.x;
  let v0 = s_logits_dense_bias[i];
  var acc1: f32 = 0.0;
  for (var r2: u32 = lane; r2 < 50u; r2 = r2 + 64u) {
    let l3 = r2 * 10u + i;
    let v4 = tmp5[l3];
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

// ---- 025_add_metrics.wgsl
@group(0) @binding(0) var<storage, read_write> s_counter_batch: array<u32>;

@compute @workgroup_size(64)
fn main(@builtin(global_invocation_id) gid: vec3<u32>) {
  let i = gid.x;
  if (i >= 1u) { return; }
  let v0 = s_counter_batch[i];
  let v1 = (v0 + 1u);
  s_counter_batch[i] = v1;
}

// ---- 026_feed_eval_X.wgsl
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

// ---- 027_feed_eval_y.wgsl
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

// ---- 028_matmul_hidden1.wgsl
@group(0) @binding(0) var<storage, read> in_X_v4: array<vec4<f32>>;
@group(0) @binding(1) var<storage, read> s_hidden1_dense_kernel_v4: array<vec4<f32>>;
@group(0) @binding(2) var<storage, read_write> tmp0: array<f32>;
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
  if (i0 + 1u < 50u) {
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
  if (i0 + 1u < 50u) {
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
  if (i0 + 1u < 50u) {
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
  if (i0 + 1u < 50u) {
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
  if (i0 + 2u < 50u) {
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
  if (i0 + 2u < 50u) {
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
  if (i0 + 2u < 50u) {
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
  if (i0 + 2u < 50u) {
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
  if (i0 + 3u < 50u) {
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
  if (i0 + 3u < 50u) {
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
  if (i0 + 3u < 50u) {
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
  if (i0 + 3u < 50u) {
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

// ---- 029_matmul_hidden2.wgsl
@group(0) @binding(0) var<storage, read> tmp0_v4: array<vec4<f32>>;
@group(0) @binding(1) var<storage, read> s_hidden2_dense_kernel_v4: array<vec4<f32>>;
@group(0) @binding(2) var<storage, read_write> tmp2: array<f32>;
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
  if (i0 + 1u < 50u) {
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
  if (i0 + 1u < 50u) {
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
  if (i0 + 1u < 50u) {
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
  if (i0 + 1u < 50u) {
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
  if (i0 + 2u < 50u) {
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
  if (i0 + 2u < 50u) {
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
  if (i0 + 2u < 50u) {
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
  if (i0 + 2u < 50u) {
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
  if (i0 + 3u < 50u) {
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
  if (i0 + 3u < 50u) {
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
  if (i0 + 3u < 50u) {
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
  if (i0 + 3u < 50u) {
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

// ---- 030_reduce_sum_loss_x5.wgsl
var<workgroup> wg_f32_0: array<f32, 64>;
var<workgroup> wg_f32_1: array<f32, 64>;
@group(0) @binding(0) var<storage, read> tmp4: array<f32>;
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
      let v7 = tmp4[l6];
      acc4 = max(acc4, v7);
    }
    var acc8: f32 = 0.0;
    for (var r9: u32 = 0u; r9 < 10u; r9 = r9 + 1u) {
      let l10 = r2 * 10u + r9;
      let v11 = tmp4[l10];
      let v12 = (v11 - acc4);
      let v13 = exp(v12);
      acc8 = acc8 + v13;
    }
    let v14 = log(acc8);
    for (var r15: u32 = 0u; r15 < 10u; r15 = r15 + 1u) {
      let l16 = r2 * 10u + r15;
      let v17 = in_y[r2];
      let v18 = select(0.0, 1.0, i32(r15) == v17);
      let v19 = tmp4[l16];
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
      let v28 = tmp4[l27];
      let v29 = in_y[r2];
      let v30 = select(0.0, 1.0, i32(r26) == v29);
      let v31 = (v28 * v30);
      acc25 = acc25 + v31;
    }
    for (var r32: u32 = 0u; r32 < 10u; r32 = r32 + 1u) {
      let l33 = r2 * 10u + r32;
      let v34 = tmp4[l33];
      let v35 = select(0.0, 1.0, v34 > acc25);
      acc24 = acc24 + v35;
    }
    let v36 = select(0.0, 1.0, acc24 < 1.0);
    var acc37: f32 = 0.0;
    for (var r38: u32 = 0u; r38 < 10u; r38 = r38 + 1u) {
      let l39 = r2 * 10u + r38;
      let v40 = tmp4[l39];
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
