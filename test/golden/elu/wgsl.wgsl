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
  if (t >= 325u) { return; }
  let i0 = (t / 25u) * 4u;
  let j0 = (t % 25u) * 12u;
  let row0 = min(i0 + 0u, 49u);
  let row1 = min(i0 + 1u, 49u);
  let row2 = min(i0 + 2u, 49u);
  let row3 = min(i0 + 3u, 49u);
  let col4 = min(j0 + 0u, 299u);
  let col5 = min(j0 + 1u, 299u);
  let col6 = min(j0 + 2u, 299u);
  let col7 = min(j0 + 3u, 299u);
  let col8 = min(j0 + 4u, 299u);
  let col9 = min(j0 + 5u, 299u);
  let col10 = min(j0 + 6u, 299u);
  let col11 = min(j0 + 7u, 299u);
  let col12 = min(j0 + 8u, 299u);
  let col13 = min(j0 + 9u, 299u);
  let col14 = min(j0 + 10u, 299u);
  let col15 = min(j0 + 11u, 299u);
  var acc16: vec4<f32> = vec4<f32>(0.0);
  var acc17: vec4<f32> = vec4<f32>(0.0);
  var acc18: vec4<f32> = vec4<f32>(0.0);
  var acc19: vec4<f32> = vec4<f32>(0.0);
  var acc20: vec4<f32> = vec4<f32>(0.0);
  var acc21: vec4<f32> = vec4<f32>(0.0);
  var acc22: vec4<f32> = vec4<f32>(0.0);
  var acc23: vec4<f32> = vec4<f32>(0.0);
  var acc24: vec4<f32> = vec4<f32>(0.0);
  var acc25: vec4<f32> = vec4<f32>(0.0);
  var acc26: vec4<f32> = vec4<f32>(0.0);
  var acc27: vec4<f32> = vec4<f32>(0.0);
  let ra28 = row0 * 196u;
  let ra29 = row1 * 196u;
  let ra30 = row2 * 196u;
  let ra31 = row3 * 196u;
  for (var k: u32 = 0u; k < 196u; k = k + 1u) {
    let av32 = in_X_v4[ra28 + k];
    let av33 = in_X_v4[ra29 + k];
    let av34 = in_X_v4[ra30 + k];
    let av35 = in_X_v4[ra31 + k];
    let kq36 = k * 4u + 0u;
    let bv37 = s_hidden1_dense_kernel_v4[(kq36 * 300u + j0) / 4u];
    let bv38 = s_hidden1_dense_kernel_v4[(kq36 * 300u + j0) / 4u + 1u];
    let bv39 = s_hidden1_dense_kernel_v4[(kq36 * 300u + j0) / 4u + 2u];
    let kq40 = k * 4u + 1u;
    let bv41 = s_hidden1_dense_kernel_v4[(kq40 * 300u + j0) / 4u];
    let bv42 = s_hidden1_dense_kernel_v4[(kq40 * 300u + j0) / 4u + 1u];
    let bv43 = s_hidden1_dense_kernel_v4[(kq40 * 300u + j0) / 4u + 2u];
    let kq44 = k * 4u + 2u;
    let bv45 = s_hidden1_dense_kernel_v4[(kq44 * 300u + j0) / 4u];
    let bv46 = s_hidden1_dense_kernel_v4[(kq44 * 300u + j0) / 4u + 1u];
    let bv47 = s_hidden1_dense_kernel_v4[(kq44 * 300u + j0) / 4u + 2u];
    let kq48 = k * 4u + 3u;
    let bv49 = s_hidden1_dense_kernel_v4[(kq48 * 300u + j0) / 4u];
    let bv50 = s_hidden1_dense_kernel_v4[(kq48 * 300u + j0) / 4u + 1u];
    let bv51 = s_hidden1_dense_kernel_v4[(kq48 * 300u + j0) / 4u + 2u];
    acc16 = acc16 + av32.x * bv37;
    acc16 = acc16 + av32.y * bv41;
    acc16 = acc16 + av32.z * bv45;
    acc16 = acc16 + av32.w * bv49;
    acc17 = acc17 + av32.x * bv38;
    acc17 = acc17 + av32.y * bv42;
    acc17 = acc17 + av32.z * bv46;
    acc17 = acc17 + av32.w * bv50;
    acc18 = acc18 + av32.x * bv39;
    acc18 = acc18 + av32.y * bv43;
    acc18 = acc18 + av32.z * bv47;
    acc18 = acc18 + av32.w * bv51;
    acc19 = acc19 + av33.x * bv37;
    acc19 = acc19 + av33.y * bv41;
    acc19 = acc19 + av33.z * bv45;
    acc19 = acc19 + av33.w * bv49;
    acc20 = acc20 + av33.x * bv38;
    acc20 = acc20 + av33.y * bv42;
    acc20 = acc20 + av33.z * bv46;
    acc20 = acc20 + av33.w * bv50;
    acc21 = acc21 + av33.x * bv39;
    acc21 = acc21 + av33.y * bv43;
    acc21 = acc21 + av33.z * bv47;
    acc21 = acc21 + av33.w * bv51;
    acc22 = acc22 + av34.x * bv37;
    acc22 = acc22 + av34.y * bv41;
    acc22 = acc22 + av34.z * bv45;
    acc22 = acc22 + av34.w * bv49;
    acc23 = acc23 + av34.x * bv38;
    acc23 = acc23 + av34.y * bv42;
    acc23 = acc23 + av34.z * bv46;
    acc23 = acc23 + av34.w * bv50;
    acc24 = acc24 + av34.x * bv39;
    acc24 = acc24 + av34.y * bv43;
    acc24 = acc24 + av34.z * bv47;
    acc24 = acc24 + av34.w * bv51;
    acc25 = acc25 + av35.x * bv37;
    acc25 = acc25 + av35.y * bv41;
    acc25 = acc25 + av35.z * bv45;
    acc25 = acc25 + av35.w * bv49;
    acc26 = acc26 + av35.x * bv38;
    acc26 = acc26 + av35.y * bv42;
    acc26 = acc26 + av35.z * bv46;
    acc26 = acc26 + av35.w * bv50;
    acc27 = acc27 + av35.x * bv39;
    acc27 = acc27 + av35.y * bv43;
    acc27 = acc27 + av35.z * bv47;
    acc27 = acc27 + av35.w * bv51;
  }
  {
    let l52 = i0 * 300u + j0;
    let v53 = acc16.x;
    let v54 = s_hidden1_dense_bias[j0];
    let v55 = (v53 + v54);
    tmp0[l52] = v55;
  }
  {
    let j56 = j0 + 1u;
    let l57 = i0 * 300u + j56;
    let v58 = acc16.y;
    let v59 = s_hidden1_dense_bias[j56];
    let v60 = (v58 + v59);
    tmp0[l57] = v60;
  }
  {
    let j61 = j0 + 2u;
    let l62 = i0 * 300u + j61;
    let v63 = acc16.z;
    let v64 = s_hidden1_dense_bias[j61];
    let v65 = (v63 + v64);
    tmp0[l62] = v65;
  }
  {
    let j66 = j0 + 3u;
    let l67 = i0 * 300u + j66;
    let v68 = acc16.w;
    let v69 = s_hidden1_dense_bias[j66];
    let v70 = (v68 + v69);
    tmp0[l67] = v70;
  }
  {
    let j71 = j0 + 4u;
    let l72 = i0 * 300u + j71;
    let v73 = acc17.x;
    let v74 = s_hidden1_dense_bias[j71];
    let v75 = (v73 + v74);
    tmp0[l72] = v75;
  }
  {
    let j76 = j0 + 5u;
    let l77 = i0 * 300u + j76;
    let v78 = acc17.y;
    let v79 = s_hidden1_dense_bias[j76];
    let v80 = (v78 + v79);
    tmp0[l77] = v80;
  }
  {
    let j81 = j0 + 6u;
    let l82 = i0 * 300u + j81;
    let v83 = acc17.z;
    let v84 = s_hidden1_dense_bias[j81];
    let v85 = (v83 + v84);
    tmp0[l82] = v85;
  }
  {
    let j86 = j0 + 7u;
    let l87 = i0 * 300u + j86;
    let v88 = acc17.w;
    let v89 = s_hidden1_dense_bias[j86];
    let v90 = (v88 + v89);
    tmp0[l87] = v90;
  }
  {
    let j91 = j0 + 8u;
    let l92 = i0 * 300u + j91;
    let v93 = acc18.x;
    let v94 = s_hidden1_dense_bias[j91];
    let v95 = (v93 + v94);
    tmp0[l92] = v95;
  }
  {
    let j96 = j0 + 9u;
    let l97 = i0 * 300u + j96;
    let v98 = acc18.y;
    let v99 = s_hidden1_dense_bias[j96];
    let v100 = (v98 + v99);
    tmp0[l97] = v100;
  }
  {
    let j101 = j0 + 10u;
    let l102 = i0 * 300u + j101;
    let v103 = acc18.z;
    let v104 = s_hidden1_dense_bias[j101];
    let v105 = (v103 + v104);
    tmp0[l102] = v105;
  }
  {
    let j106 = j0 + 11u;
    let l107 = i0 * 300u + j106;
    let v108 = acc18.w;
    let v109 = s_hidden1_dense_bias[j106];
    let v110 = (v108 + v109);
    tmp0[l107] = v110;
  }
  if (i0 + 1u < 50u) {
    let i111 = i0 + 1u;
    let l112 = i111 * 300u + j0;
    let v113 = acc19.x;
    let v114 = s_hidden1_dense_bias[j0];
    let v115 = (v113 + v114);
    tmp0[l112] = v115;
  }
  if (i0 + 1u < 50u) {
    let i116 = i0 + 1u;
    let j117 = j0 + 1u;
    let l118 = i116 * 300u + j117;
    let v119 = acc19.y;
    let v120 = s_hidden1_dense_bias[j117];
    let v121 = (v119 + v120);
    tmp0[l118] = v121;
  }
  if (i0 + 1u < 50u) {
    let i122 = i0 + 1u;
    let j123 = j0 + 2u;
    let l124 = i122 * 300u + j123;
    let v125 = acc19.z;
    let v126 = s_hidden1_dense_bias[j123];
    let v127 = (v125 + v126);
    tmp0[l124] = v127;
  }
  if (i0 + 1u < 50u) {
    let i128 = i0 + 1u;
    let j129 = j0 + 3u;
    let l130 = i128 * 300u + j129;
    let v131 = acc19.w;
    let v132 = s_hidden1_dense_bias[j129];
    let v133 = (v131 + v132);
    tmp0[l130] = v133;
  }
  if (i0 + 1u < 50u) {
    let i134 = i0 + 1u;
    let j135 = j0 + 4u;
    let l136 = i134 * 300u + j135;
    let v137 = acc20.x;
    let v138 = s_hidden1_dense_bias[j135];
    let v139 = (v137 + v138);
    tmp0[l136] = v139;
  }
  if (i0 + 1u < 50u) {
    let i140 = i0 + 1u;
    let j141 = j0 + 5u;
    let l142 = i140 * 300u + j141;
    let v143 = acc20.y;
    let v144 = s_hidden1_dense_bias[j141];
    let v145 = (v143 + v144);
    tmp0[l142] = v145;
  }
  if (i0 + 1u < 50u) {
    let i146 = i0 + 1u;
    let j147 = j0 + 6u;
    let l148 = i146 * 300u + j147;
    let v149 = acc20.z;
    let v150 = s_hidden1_dense_bias[j147];
    let v151 = (v149 + v150);
    tmp0[l148] = v151;
  }
  if (i0 + 1u < 50u) {
    let i152 = i0 + 1u;
    let j153 = j0 + 7u;
    let l154 = i152 * 300u + j153;
    let v155 = acc20.w;
    let v156 = s_hidden1_dense_bias[j153];
    let v157 = (v155 + v156);
    tmp0[l154] = v157;
  }
  if (i0 + 1u < 50u) {
    let i158 = i0 + 1u;
    let j159 = j0 + 8u;
    let l160 = i158 * 300u + j159;
    let v161 = acc21.x;
    let v162 = s_hidden1_dense_bias[j159];
    let v163 = (v161 + v162);
    tmp0[l160] = v163;
  }
  if (i0 + 1u < 50u) {
    let i164 = i0 + 1u;
    let j165 = j0 + 9u;
    let l166 = i164 * 300u + j165;
    let v167 = acc21.y;
    let v168 = s_hidden1_dense_bias[j165];
    let v169 = (v167 + v168);
    tmp0[l166] = v169;
  }
  if (i0 + 1u < 50u) {
    let i170 = i0 + 1u;
    let j171 = j0 + 10u;
    let l172 = i170 * 300u + j171;
    let v173 = acc21.z;
    let v174 = s_hidden1_dense_bias[j171];
    let v175 = (v173 + v174);
    tmp0[l172] = v175;
  }
  if (i0 + 1u < 50u) {
    let i176 = i0 + 1u;
    let j177 = j0 + 11u;
    let l178 = i176 * 300u + j177;
    let v179 = acc21.w;
    let v180 = s_hidden1_dense_bias[j177];
    let v181 = (v179 + v180);
    tmp0[l178] = v181;
  }
  if (i0 + 2u < 50u) {
    let i182 = i0 + 2u;
    let l183 = i182 * 300u + j0;
    let v184 = acc22.x;
    let v185 = s_hidden1_dense_bias[j0];
    let v186 = (v184 + v185);
    tmp0[l183] = v186;
  }
  if (i0 + 2u < 50u) {
    let i187 = i0 + 2u;
    let j188 = j0 + 1u;
    let l189 = i187 * 300u + j188;
    let v190 = acc22.y;
    let v191 = s_hidden1_dense_bias[j188];
    let v192 = (v190 + v191);
    tmp0[l189] = v192;
  }
  if (i0 + 2u < 50u) {
    let i193 = i0 + 2u;
    let j194 = j0 + 2u;
    let l195 = i193 * 300u + j194;
    let v196 = acc22.z;
    let v197 = s_hidden1_dense_bias[j194];
    let v198 = (v196 + v197);
    tmp0[l195] = v198;
  }
  if (i0 + 2u < 50u) {
    let i199 = i0 + 2u;
    let j200 = j0 + 3u;
    let l201 = i199 * 300u + j200;
    let v202 = acc22.w;
    let v203 = s_hidden1_dense_bias[j200];
    let v204 = (v202 + v203);
    tmp0[l201] = v204;
  }
  if (i0 + 2u < 50u) {
    let i205 = i0 + 2u;
    let j206 = j0 + 4u;
    let l207 = i205 * 300u + j206;
    let v208 = acc23.x;
    let v209 = s_hidden1_dense_bias[j206];
    let v210 = (v208 + v209);
    tmp0[l207] = v210;
  }
  if (i0 + 2u < 50u) {
    let i211 = i0 + 2u;
    let j212 = j0 + 5u;
    let l213 = i211 * 300u + j212;
    let v214 = acc23.y;
    let v215 = s_hidden1_dense_bias[j212];
    let v216 = (v214 + v215);
    tmp0[l213] = v216;
  }
  if (i0 + 2u < 50u) {
    let i217 = i0 + 2u;
    let j218 = j0 + 6u;
    let l219 = i217 * 300u + j218;
    let v220 = acc23.z;
    let v221 = s_hidden1_dense_bias[j218];
    let v222 = (v220 + v221);
    tmp0[l219] = v222;
  }
  if (i0 + 2u < 50u) {
    let i223 = i0 + 2u;
    let j224 = j0 + 7u;
    let l225 = i223 * 300u + j224;
    let v226 = acc23.w;
    let v227 = s_hidden1_dense_bias[j224];
    let v228 = (v226 + v227);
    tmp0[l225] = v228;
  }
  if (i0 + 2u < 50u) {
    let i229 = i0 + 2u;
    let j230 = j0 + 8u;
    let l231 = i229 * 300u + j230;
    let v232 = acc24.x;
    let v233 = s_hidden1_dense_bias[j230];
    let v234 = (v232 + v233);
    tmp0[l231] = v234;
  }
  if (i0 + 2u < 50u) {
    let i235 = i0 + 2u;
    let j236 = j0 + 9u;
    let l237 = i235 * 300u + j236;
    let v238 = acc24.y;
    let v239 = s_hidden1_dense_bias[j236];
    let v240 = (v238 + v239);
    tmp0[l237] = v240;
  }
  if (i0 + 2u < 50u) {
    let i241 = i0 + 2u;
    let j242 = j0 + 10u;
    let l243 = i241 * 300u + j242;
    let v244 = acc24.z;
    let v245 = s_hidden1_dense_bias[j242];
    let v246 = (v244 + v245);
    tmp0[l243] = v246;
  }
  if (i0 + 2u < 50u) {
    let i247 = i0 + 2u;
    let j248 = j0 + 11u;
    let l249 = i247 * 300u + j248;
    let v250 = acc24.w;
    let v251 = s_hidden1_dense_bias[j248];
    let v252 = (v250 + v251);
    tmp0[l249] = v252;
  }
  if (i0 + 3u < 50u) {
    let i253 = i0 + 3u;
    let l254 = i253 * 300u + j0;
    let v255 = acc25.x;
    let v256 = s_hidden1_dense_bias[j0];
    let v257 = (v255 + v256);
    tmp0[l254] = v257;
  }
  if (i0 + 3u < 50u) {
    let i258 = i0 + 3u;
    let j259 = j0 + 1u;
    let l260 = i258 * 300u + j259;
    let v261 = acc25.y;
    let v262 = s_hidden1_dense_bias[j259];
    let v263 = (v261 + v262);
    tmp0[l260] = v263;
  }
  if (i0 + 3u < 50u) {
    let i264 = i0 + 3u;
    let j265 = j0 + 2u;
    let l266 = i264 * 300u + j265;
    let v267 = acc25.z;
    let v268 = s_hidden1_dense_bias[j265];
    let v269 = (v267 + v268);
    tmp0[l266] = v269;
  }
  if (i0 + 3u < 50u) {
    let i270 = i0 + 3u;
    let j271 = j0 + 3u;
    let l272 = i270 * 300u + j271;
    let v273 = acc25.w;
    let v274 = s_hidden1_dense_bias[j271];
    let v275 = (v273 + v274);
    tmp0[l272] = v275;
  }
  if (i0 + 3u < 50u) {
    let i276 = i0 + 3u;
    let j277 = j0 + 4u;
    let l278 = i276 * 300u + j277;
    let v279 = acc26.x;
    let v280 = s_hidden1_dense_bias[j277];
    let v281 = (v279 + v280);
    tmp0[l278] = v281;
  }
  if (i0 + 3u < 50u) {
    let i282 = i0 + 3u;
    let j283 = j0 + 5u;
    let l284 = i282 * 300u + j283;
    let v285 = acc26.y;
    let v286 = s_hidden1_dense_bias[j283];
    let v287 = (v285 + v286);
    tmp0[l284] = v287;
  }
  if (i0 + 3u < 50u) {
    let i288 = i0 + 3u;
    let j289 = j0 + 6u;
    let l290 = i288 * 300u + j289;
    let v291 = acc26.z;
    let v292 = s_hidden1_dense_bias[j289];
    let v293 = (v291 + v292);
    tmp0[l290] = v293;
  }
  if (i0 + 3u < 50u) {
    let i294 = i0 + 3u;
    let j295 = j0 + 7u;
    let l296 = i294 * 300u + j295;
    let v297 = acc26.w;
    let v298 = s_hidden1_dense_bias[j295];
    let v299 = (v297 + v298);
    tmp0[l296] = v299;
  }
  if (i0 + 3u < 50u) {
    let i300 = i0 + 3u;
    let j301 = j0 + 8u;
    let l302 = i300 * 300u + j301;
    let v303 = acc27.x;
    let v304 = s_hidden1_dense_bias[j301];
    let v305 = (v303 + v304);
    tmp0[l302] = v305;
  }
  if (i0 + 3u < 50u) {
    let i306 = i0 + 3u;
    let j307 = j0 + 9u;
    let l308 = i306 * 300u + j307;
    let v309 = acc27.y;
    let v310 = s_hidden1_dense_bias[j307];
    let v311 = (v309 + v310);
    tmp0[l308] = v311;
  }
  if (i0 + 3u < 50u) {
    let i312 = i0 + 3u;
    let j313 = j0 + 10u;
    let l314 = i312 * 300u + j313;
    let v315 = acc27.z;
    let v316 = s_hidden1_dense_bias[j313];
    let v317 = (v315 + v316);
    tmp0[l314] = v317;
  }
  if (i0 + 3u < 50u) {
    let i318 = i0 + 3u;
    let j319 = j0 + 11u;
    let l320 = i318 * 300u + j319;
    let v321 = acc27.w;
    let v322 = s_hidden1_dense_bias[j319];
    let v323 = (v321 + v322);
    tmp0[l320] = v323;
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
  if (t >= 325u) { return; }
  let i0 = (t / 25u) * 4u;
  let j0 = (t % 25u) * 12u;
  let row0 = min(i0 + 0u, 49u);
  let row1 = min(i0 + 1u, 49u);
  let row2 = min(i0 + 2u, 49u);
  let row3 = min(i0 + 3u, 49u);
  let col4 = min(j0 + 0u, 299u);
  let col5 = min(j0 + 1u, 299u);
  let col6 = min(j0 + 2u, 299u);
  let col7 = min(j0 + 3u, 299u);
  let col8 = min(j0 + 4u, 299u);
  let col9 = min(j0 + 5u, 299u);
  let col10 = min(j0 + 6u, 299u);
  let col11 = min(j0 + 7u, 299u);
  let col12 = min(j0 + 8u, 299u);
  let col13 = min(j0 + 9u, 299u);
  let col14 = min(j0 + 10u, 299u);
  let col15 = min(j0 + 11u, 299u);
  var acc16: vec4<f32> = vec4<f32>(0.0);
  var acc17: vec4<f32> = vec4<f32>(0.0);
  var acc18: vec4<f32> = vec4<f32>(0.0);
  var acc19: vec4<f32> = vec4<f32>(0.0);
  var acc20: vec4<f32> = vec4<f32>(0.0);
  var acc21: vec4<f32> = vec4<f32>(0.0);
  var acc22: vec4<f32> = vec4<f32>(0.0);
  var acc23: vec4<f32> = vec4<f32>(0.0);
  var acc24: vec4<f32> = vec4<f32>(0.0);
  var acc25: vec4<f32> = vec4<f32>(0.0);
  var acc26: vec4<f32> = vec4<f32>(0.0);
  var acc27: vec4<f32> = vec4<f32>(0.0);
  let ra28 = row0 * 25u;
  let ra29 = row1 * 25u;
  let ra30 = row2 * 25u;
  let ra31 = row3 * 25u;
  let cb32 = col4 * 25u;
  let cb33 = col5 * 25u;
  let cb34 = col6 * 25u;
  let cb35 = col7 * 25u;
  let cb36 = col8 * 25u;
  let cb37 = col9 * 25u;
  let cb38 = col10 * 25u;
  let cb39 = col11 * 25u;
  let cb40 = col12 * 25u;
  let cb41 = col13 * 25u;
  let cb42 = col14 * 25u;
  let cb43 = col15 * 25u;
  for (var k: u32 = 0u; k < 25u; k = k + 1u) {
    let av44 = tmp6_v4[ra28 + k];
    let av45 = tmp6_v4[ra29 + k];
    let av46 = tmp6_v4[ra30 + k];
    let av47 = tmp6_v4[ra31 + k];
    let bc48 = s_hidden2_dense_kernel_v4[cb32 + k];
    let bc49 = s_hidden2_dense_kernel_v4[cb33 + k];
    let bc50 = s_hidden2_dense_kernel_v4[cb34 + k];
    let bc51 = s_hidden2_dense_kernel_v4[cb35 + k];
    let bc52 = s_hidden2_dense_kernel_v4[cb36 + k];
    let bc53 = s_hidden2_dense_kernel_v4[cb37 + k];
    let bc54 = s_hidden2_dense_kernel_v4[cb38 + k];
    let bc55 = s_hidden2_dense_kernel_v4[cb39 + k];
    let bc56 = s_hidden2_dense_kernel_v4[cb40 + k];
    let bc57 = s_hidden2_dense_kernel_v4[cb41 + k];
    let bc58 = s_hidden2_dense_kernel_v4[cb42 + k];
    let bc59 = s_hidden2_dense_kernel_v4[cb43 + k];
    let kq60 = k * 4u + 0u;
    let bv61 = vec4<f32>(bc48.x, bc49.x, bc50.x, bc51.x);
    let bv62 = vec4<f32>(bc52.x, bc53.x, bc54.x, bc55.x);
    let bv63 = vec4<f32>(bc56.x, bc57.x, bc58.x, bc59.x);
    let kq64 = k * 4u + 1u;
    let bv65 = vec4<f32>(bc48.y, bc49.y, bc50.y, bc51.y);
    let bv66 = vec4<f32>(bc52.y, bc53.y, bc54.y, bc55.y);
    let bv67 = vec4<f32>(bc56.y, bc57.y, bc58.y, bc59.y);
    let kq68 = k * 4u + 2u;
    let bv69 = vec4<f32>(bc48.z, bc49.z, bc50.z, bc51.z);
    let bv70 = vec4<f32>(bc52.z, bc53.z, bc54.z, bc55.z);
    let bv71 = vec4<f32>(bc56.z, bc57.z, bc58.z, bc59.z);
    let kq72 = k * 4u + 3u;
    let bv73 = vec4<f32>(bc48.w, bc49.w, bc50.w, bc51.w);
    let bv74 = vec4<f32>(bc52.w, bc53.w, bc54.w, bc55.w);
    let bv75 = vec4<f32>(bc56.w, bc57.w, bc58.w, bc59.w);
    acc16 = acc16 + av44.x * bv61;
    acc16 = acc16 + av44.y * bv65;
    acc16 = acc16 + av44.z * bv69;
    acc16 = acc16 + av44.w * bv73;
    acc17 = acc17 + av44.x * bv62;
    acc17 = acc17 + av44.y * bv66;
    acc17 = acc17 + av44.z * bv70;
    acc17 = acc17 + av44.w * bv74;
    acc18 = acc18 + av44.x * bv63;
    acc18 = acc18 + av44.y * bv67;
    acc18 = acc18 + av44.z * bv71;
    acc18 = acc18 + av44.w * bv75;
    acc19 = acc19 + av45.x * bv61;
    acc19 = acc19 + av45.y * bv65;
    acc19 = acc19 + av45.z * bv69;
    acc19 = acc19 + av45.w * bv73;
    acc20 = acc20 + av45.x * bv62;
    acc20 = acc20 + av45.y * bv66;
    acc20 = acc20 + av45.z * bv70;
    acc20 = acc20 + av45.w * bv74;
    acc21 = acc21 + av45.x * bv63;
    acc21 = acc21 + av45.y * bv67;
    acc21 = acc21 + av45.z * bv71;
    acc21 = acc21 + av45.w * bv75;
    acc22 = acc22 + av46.x * bv61;
    acc22 = acc22 + av46.y * bv65;
    acc22 = acc22 + av46.z * bv69;
    acc22 = acc22 + av46.w * bv73;
    acc23 = acc23 + av46.x * bv62;
    acc23 = acc23 + av46.y * bv66;
    acc23 = acc23 + av46.z * bv70;
    acc23 = acc23 + av46.w * bv74;
    acc24 = acc24 + av46.x * bv63;
    acc24 = acc24 + av46.y * bv67;
    acc24 = acc24 + av46.z * bv71;
    acc24 = acc24 + av46.w * bv75;
    acc25 = acc25 + av47.x * bv61;
    acc25 = acc25 + av47.y * bv65;
    acc25 = acc25 + av47.z * bv69;
    acc25 = acc25 + av47.w * bv73;
    acc26 = acc26 + av47.x * bv62;
    acc26 = acc26 + av47.y * bv66;
    acc26 = acc26 + av47.z * bv70;
    acc26 = acc26 + av47.w * bv74;
    acc27 = acc27 + av47.x * bv63;
    acc27 = acc27 + av47.y * bv67;
    acc27 = acc27 + av47.z * bv71;
    acc27 = acc27 + av47.w * bv75;
  }
  {
    let l76 = i0 * 300u + j0;
    let v77 = acc16.x;
    let v78 = tmp0[l76];
    let v79 = select(0.0, 1.0, v78 > 0.0);
    let v80 = select(0.0, v77, v79 != 0.0);
    let v81 = select(v77, 0.0, v79 != 0.0);
    let v82 = min(v78, 0.0);
    let v83 = exp(v82);
    let v84 = (v81 * v83);
    let v85 = select(0.0, 1.0, v78 <= 0.0);
    let v86 = (v84 * v85);
    let v87 = (v80 + v86);
    tmp7[l76] = v87;
  }
  {
    let j88 = j0 + 1u;
    let l89 = i0 * 300u + j88;
    let v90 = acc16.y;
    let v91 = tmp0[l89];
    let v92 = select(0.0, 1.0, v91 > 0.0);
    let v93 = select(0.0, v90, v92 != 0.0);
    let v94 = select(v90, 0.0, v92 != 0.0);
    let v95 = min(v91, 0.0);
    let v96 = exp(v95);
    let v97 = (v94 * v96);
    let v98 = select(0.0, 1.0, v91 <= 0.0);
    let v99 = (v97 * v98);
    let v100 = (v93 + v99);
    tmp7[l89] = v100;
  }
  {
    let j101 = j0 + 2u;
    let l102 = i0 * 300u + j101;
    let v103 = acc16.z;
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
  {
    let j114 = j0 + 3u;
    let l115 = i0 * 300u + j114;
    let v116 = acc16.w;
    let v117 = tmp0[l115];
    let v118 = select(0.0, 1.0, v117 > 0.0);
    let v119 = select(0.0, v116, v118 != 0.0);
    let v120 = select(v116, 0.0, v118 != 0.0);
    let v121 = min(v117, 0.0);
    let v122 = exp(v121);
    let v123 = (v120 * v122);
    let v124 = select(0.0, 1.0, v117 <= 0.0);
    let v125 = (v123 * v124);
    let v126 = (v119 + v125);
    tmp7[l115] = v126;
  }
  {
    let j127 = j0 + 4u;
    let l128 = i0 * 300u + j127;
    let v129 = acc17.x;
    let v130 = tmp0[l128];
    let v131 = select(0.0, 1.0, v130 > 0.0);
    let v132 = select(0.0, v129, v131 != 0.0);
    let v133 = select(v129, 0.0, v131 != 0.0);
    let v134 = min(v130, 0.0);
    let v135 = exp(v134);
    let v136 = (v133 * v135);
    let v137 = select(0.0, 1.0, v130 <= 0.0);
    let v138 = (v136 * v137);
    let v139 = (v132 + v138);
    tmp7[l128] = v139;
  }
  {
    let j140 = j0 + 5u;
    let l141 = i0 * 300u + j140;
    let v142 = acc17.y;
    let v143 = tmp0[l141];
    let v144 = select(0.0, 1.0, v143 > 0.0);
    let v145 = select(0.0, v142, v144 != 0.0);
    let v146 = select(v142, 0.0, v144 != 0.0);
    let v147 = min(v143, 0.0);
    let v148 = exp(v147);
    let v149 = (v146 * v148);
    let v150 = select(0.0, 1.0, v143 <= 0.0);
    let v151 = (v149 * v150);
    let v152 = (v145 + v151);
    tmp7[l141] = v152;
  }
  {
    let j153 = j0 + 6u;
    let l154 = i0 * 300u + j153;
    let v155 = acc17.z;
    let v156 = tmp0[l154];
    let v157 = select(0.0, 1.0, v156 > 0.0);
    let v158 = select(0.0, v155, v157 != 0.0);
    let v159 = select(v155, 0.0, v157 != 0.0);
    let v160 = min(v156, 0.0);
    let v161 = exp(v160);
    let v162 = (v159 * v161);
    let v163 = select(0.0, 1.0, v156 <= 0.0);
    let v164 = (v162 * v163);
    let v165 = (v158 + v164);
    tmp7[l154] = v165;
  }
  {
    let j166 = j0 + 7u;
    let l167 = i0 * 300u + j166;
    let v168 = acc17.w;
    let v169 = tmp0[l167];
    let v170 = select(0.0, 1.0, v169 > 0.0);
    let v171 = select(0.0, v168, v170 != 0.0);
    let v172 = select(v168, 0.0, v170 != 0.0);
    let v173 = min(v169, 0.0);
    let v174 = exp(v173);
    let v175 = (v172 * v174);
    let v176 = select(0.0, 1.0, v169 <= 0.0);
    let v177 = (v175 * v176);
    let v178 = (v171 + v177);
    tmp7[l167] = v178;
  }
  {
    let j179 = j0 + 8u;
    let l180 = i0 * 300u + j179;
    let v181 = acc18.x;
    let v182 = tmp0[l180];
    let v183 = select(0.0, 1.0, v182 > 0.0);
    let v184 = select(0.0, v181, v183 != 0.0);
    let v185 = select(v181, 0.0, v183 != 0.0);
    let v186 = min(v182, 0.0);
    let v187 = exp(v186);
    let v188 = (v185 * v187);
    let v189 = select(0.0, 1.0, v182 <= 0.0);
    let v190 = (v188 * v189);
    let v191 = (v184 + v190);
    tmp7[l180] = v191;
  }
  {
    let j192 = j0 + 9u;
    let l193 = i0 * 300u + j192;
    let v194 = acc18.y;
    let v195 = tmp0[l193];
    let v196 = select(0.0, 1.0, v195 > 0.0);
    let v197 = select(0.0, v194, v196 != 0.0);
    let v198 = select(v194, 0.0, v196 != 0.0);
    let v199 = min(v195, 0.0);
    let v200 = exp(v199);
    let v201 = (v198 * v200);
    let v202 = select(0.0, 1.0, v195 <= 0.0);
    let v203 = (v201 * v202);
    let v204 = (v197 + v203);
    tmp7[l193] = v204;
  }
  {
    let j205 = j0 + 10u;
    let l206 = i0 * 300u + j205;
    let v207 = acc18.z;
    let v208 = tmp0[l206];
    let v209 = select(0.0, 1.0, v208 > 0.0);
    let v210 = select(0.0, v207, v209 != 0.0);
    let v211 = select(v207, 0.0, v209 != 0.0);
    let v212 = min(v208, 0.0);
    let v213 = exp(v212);
    let v214 = (v211 * v213);
    let v215 = select(0.0, 1.0, v208 <= 0.0);
    let v216 = (v214 * v215);
    let v217 = (v210 + v216);
    tmp7[l206] = v217;
  }
  {
    let j218 = j0 + 11u;
    let l219 = i0 * 300u + j218;
    let v220 = acc18.w;
    let v221 = tmp0[l219];
    let v222 = select(0.0, 1.0, v221 > 0.0);
    let v223 = select(0.0, v220, v222 != 0.0);
    let v224 = select(v220, 0.0, v222 != 0.0);
    let v225 = min(v221, 0.0);
    let v226 = exp(v225);
    let v227 = (v224 * v226);
    let v228 = select(0.0, 1.0, v221 <= 0.0);
    let v229 = (v227 * v228);
    let v230 = (v223 + v229);
    tmp7[l219] = v230;
  }
  if (i0 + 1u < 50u) {
    let i231 = i0 + 1u;
    let l232 = i231 * 300u + j0;
    let v233 = acc19.x;
    let v234 = tmp0[l232];
    let v235 = select(0.0, 1.0, v234 > 0.0);
    let v236 = select(0.0, v233, v235 != 0.0);
    let v237 = select(v233, 0.0, v235 != 0.0);
    let v238 = min(v234, 0.0);
    let v239 = exp(v238);
    let v240 = (v237 * v239);
    let v241 = select(0.0, 1.0, v234 <= 0.0);
    let v242 = (v240 * v241);
    let v243 = (v236 + v242);
    tmp7[l232] = v243;
  }
  if (i0 + 1u < 50u) {
    let i244 = i0 + 1u;
    let j245 = j0 + 1u;
    let l246 = i244 * 300u + j245;
    let v247 = acc19.y;
    let v248 = tmp0[l246];
    let v249 = select(0.0, 1.0, v248 > 0.0);
    let v250 = select(0.0, v247, v249 != 0.0);
    let v251 = select(v247, 0.0, v249 != 0.0);
    let v252 = min(v248, 0.0);
    let v253 = exp(v252);
    let v254 = (v251 * v253);
    let v255 = select(0.0, 1.0, v248 <= 0.0);
    let v256 = (v254 * v255);
    let v257 = (v250 + v256);
    tmp7[l246] = v257;
  }
  if (i0 + 1u < 50u) {
    let i258 = i0 + 1u;
    let j259 = j0 + 2u;
    let l260 = i258 * 300u + j259;
    let v261 = acc19.z;
    let v262 = tmp0[l260];
    let v263 = select(0.0, 1.0, v262 > 0.0);
    let v264 = select(0.0, v261, v263 != 0.0);
    let v265 = select(v261, 0.0, v263 != 0.0);
    let v266 = min(v262, 0.0);
    let v267 = exp(v266);
    let v268 = (v265 * v267);
    let v269 = select(0.0, 1.0, v262 <= 0.0);
    let v270 = (v268 * v269);
    let v271 = (v264 + v270);
    tmp7[l260] = v271;
  }
  if (i0 + 1u < 50u) {
    let i272 = i0 + 1u;
    let j273 = j0 + 3u;
    let l274 = i272 * 300u + j273;
    let v275 = acc19.w;
    let v276 = tmp0[l274];
    let v277 = select(0.0, 1.0, v276 > 0.0);
    let v278 = select(0.0, v275, v277 != 0.0);
    let v279 = select(v275, 0.0, v277 != 0.0);
    let v280 = min(v276, 0.0);
    let v281 = exp(v280);
    let v282 = (v279 * v281);
    let v283 = select(0.0, 1.0, v276 <= 0.0);
    let v284 = (v282 * v283);
    let v285 = (v278 + v284);
    tmp7[l274] = v285;
  }
  if (i0 + 1u < 50u) {
    let i286 = i0 + 1u;
    let j287 = j0 + 4u;
    let l288 = i286 * 300u + j287;
    let v289 = acc20.x;
    let v290 = tmp0[l288];
    let v291 = select(0.0, 1.0, v290 > 0.0);
    let v292 = select(0.0, v289, v291 != 0.0);
    let v293 = select(v289, 0.0, v291 != 0.0);
    let v294 = min(v290, 0.0);
    let v295 = exp(v294);
    let v296 = (v293 * v295);
    let v297 = select(0.0, 1.0, v290 <= 0.0);
    let v298 = (v296 * v297);
    let v299 = (v292 + v298);
    tmp7[l288] = v299;
  }
  if (i0 + 1u < 50u) {
    let i300 = i0 + 1u;
    let j301 = j0 + 5u;
    let l302 = i300 * 300u + j301;
    let v303 = acc20.y;
    let v304 = tmp0[l302];
    let v305 = select(0.0, 1.0, v304 > 0.0);
    let v306 = select(0.0, v303, v305 != 0.0);
    let v307 = select(v303, 0.0, v305 != 0.0);
    let v308 = min(v304, 0.0);
    let v309 = exp(v308);
    let v310 = (v307 * v309);
    let v311 = select(0.0, 1.0, v304 <= 0.0);
    let v312 = (v310 * v311);
    let v313 = (v306 + v312);
    tmp7[l302] = v313;
  }
  if (i0 + 1u < 50u) {
    let i314 = i0 + 1u;
    let j315 = j0 + 6u;
    let l316 = i314 * 300u + j315;
    let v317 = acc20.z;
    let v318 = tmp0[l316];
    let v319 = select(0.0, 1.0, v318 > 0.0);
    let v320 = select(0.0, v317, v319 != 0.0);
    let v321 = select(v317, 0.0, v319 != 0.0);
    let v322 = min(v318, 0.0);
    let v323 = exp(v322);
    let v324 = (v321 * v323);
    let v325 = select(0.0, 1.0, v318 <= 0.0);
    let v326 = (v324 * v325);
    let v327 = (v320 + v326);
    tmp7[l316] = v327;
  }
  if (i0 + 1u < 50u) {
    let i328 = i0 + 1u;
    let j329 = j0 + 7u;
    let l330 = i328 * 300u + j329;
    let v331 = acc20.w;
    let v332 = tmp0[l330];
    let v333 = select(0.0, 1.0, v332 > 0.0);
    let v334 = select(0.0, v331, v333 != 0.0);
    let v335 = select(v331, 0.0, v333 != 0.0);
    let v336 = min(v332, 0.0);
    let v337 = exp(v336);
    let v338 = (v335 * v337);
    let v339 = select(0.0, 1.0, v332 <= 0.0);
    let v340 = (v338 * v339);
    let v341 = (v334 + v340);
    tmp7[l330] = v341;
  }
  if (i0 + 1u < 50u) {
    let i342 = i0 + 1u;
    let j343 = j0 + 8u;
    let l344 = i342 * 300u + j343;
    let v345 = acc21.x;
    let v346 = tmp0[l344];
    let v347 = select(0.0, 1.0, v346 > 0.0);
    let v348 = select(0.0, v345, v347 != 0.0);
    let v349 = select(v345, 0.0, v347 != 0.0);
    let v350 = min(v346, 0.0);
    let v351 = exp(v350);
    let v352 = (v349 * v351);
    let v353 = select(0.0, 1.0, v346 <= 0.0);
    let v354 = (v352 * v353);
    let v355 = (v348 + v354);
    tmp7[l344] = v355;
  }
  if (i0 + 1u < 50u) {
    let i356 = i0 + 1u;
    let j357 = j0 + 9u;
    let l358 = i356 * 300u + j357;
    let v359 = acc21.y;
    let v360 = tmp0[l358];
    let v361 = select(0.0, 1.0, v360 > 0.0);
    let v362 = select(0.0, v359, v361 != 0.0);
    let v363 = select(v359, 0.0, v361 != 0.0);
    let v364 = min(v360, 0.0);
    let v365 = exp(v364);
    let v366 = (v363 * v365);
    let v367 = select(0.0, 1.0, v360 <= 0.0);
    let v368 = (v366 * v367);
    let v369 = (v362 + v368);
    tmp7[l358] = v369;
  }
  if (i0 + 1u < 50u) {
    let i370 = i0 + 1u;
    let j371 = j0 + 10u;
    let l372 = i370 * 300u + j371;
    let v373 = acc21.z;
    let v374 = tmp0[l372];
    let v375 = select(0.0, 1.0, v374 > 0.0);
    let v376 = select(0.0, v373, v375 != 0.0);
    let v377 = select(v373, 0.0, v375 != 0.0);
    let v378 = min(v374, 0.0);
    let v379 = exp(v378);
    let v380 = (v377 * v379);
    let v381 = select(0.0, 1.0, v374 <= 0.0);
    let v382 = (v380 * v381);
    let v383 = (v376 + v382);
    tmp7[l372] = v383;
  }
  if (i0 + 1u < 50u) {
    let i384 = i0 + 1u;
    let j385 = j0 + 11u;
    let l386 = i384 * 300u + j385;
    let v387 = acc21.w;
    let v388 = tmp0[l386];
    let v389 = select(0.0, 1.0, v388 > 0.0);
    let v390 = select(0.0, v387, v389 != 0.0);
    let v391 = select(v387, 0.0, v389 != 0.0);
    let v392 = min(v388, 0.0);
    let v393 = exp(v392);
    let v394 = (v391 * v393);
    let v395 = select(0.0, 1.0, v388 <= 0.0);
    let v396 = (v394 * v395);
    let v397 = (v390 + v396);
    tmp7[l386] = v397;
  }
  if (i0 + 2u < 50u) {
    let i398 = i0 + 2u;
    let l399 = i398 * 300u + j0;
    let v400 = acc22.x;
    let v401 = tmp0[l399];
    let v402 = select(0.0, 1.0, v401 > 0.0);
    let v403 = select(0.0, v400, v402 != 0.0);
    let v404 = select(v400, 0.0, v402 != 0.0);
    let v405 = min(v401, 0.0);
    let v406 = exp(v405);
    let v407 = (v404 * v406);
    let v408 = select(0.0, 1.0, v401 <= 0.0);
    let v409 = (v407 * v408);
    let v410 = (v403 + v409);
    tmp7[l399] = v410;
  }
  if (i0 + 2u < 50u) {
    let i411 = i0 + 2u;
    let j412 = j0 + 1u;
    let l413 = i411 * 300u + j412;
    let v414 = acc22.y;
    let v415 = tmp0[l413];
    let v416 = select(0.0, 1.0, v415 > 0.0);
    let v417 = select(0.0, v414, v416 != 0.0);
    let v418 = select(v414, 0.0, v416 != 0.0);
    let v419 = min(v415, 0.0);
    let v420 = exp(v419);
    let v421 = (v418 * v420);
    let v422 = select(0.0, 1.0, v415 <= 0.0);
    let v423 = (v421 * v422);
    let v424 = (v417 + v423);
    tmp7[l413] = v424;
  }
  if (i0 + 2u < 50u) {
    let i425 = i0 + 2u;
    let j426 = j0 + 2u;
    let l427 = i425 * 300u + j426;
    let v428 = acc22.z;
    let v429 = tmp0[l427];
    let v430 = select(0.0, 1.0, v429 > 0.0);
    let v431 = select(0.0, v428, v430 != 0.0);
    let v432 = select(v428, 0.0, v430 != 0.0);
    let v433 = min(v429, 0.0);
    let v434 = exp(v433);
    let v435 = (v432 * v434);
    let v436 = select(0.0, 1.0, v429 <= 0.0);
    let v437 = (v435 * v436);
    let v438 = (v431 + v437);
    tmp7[l427] = v438;
  }
  if (i0 + 2u < 50u) {
    let i439 = i0 + 2u;
    let j440 = j0 + 3u;
    let l441 = i439 * 300u + j440;
    let v442 = acc22.w;
    let v443 = tmp0[l441];
    let v444 = select(0.0, 1.0, v443 > 0.0);
    let v445 = select(0.0, v442, v444 != 0.0);
    let v446 = select(v442, 0.0, v444 != 0.0);
    let v447 = min(v443, 0.0);
    let v448 = exp(v447);
    let v449 = (v446 * v448);
    let v450 = select(0.0, 1.0, v443 <= 0.0);
    let v451 = (v449 * v450);
    let v452 = (v445 + v451);
    tmp7[l441] = v452;
  }
  if (i0 + 2u < 50u) {
    let i453 = i0 + 2u;
    let j454 = j0 + 4u;
    let l455 = i453 * 300u + j454;
    let v456 = acc23.x;
    let v457 = tmp0[l455];
    let v458 = select(0.0, 1.0, v457 > 0.0);
    let v459 = select(0.0, v456, v458 != 0.0);
    let v460 = select(v456, 0.0, v458 != 0.0);
    let v461 = min(v457, 0.0);
    let v462 = exp(v461);
    let v463 = (v460 * v462);
    let v464 = select(0.0, 1.0, v457 <= 0.0);
    let v465 = (v463 * v464);
    let v466 = (v459 + v465);
    tmp7[l455] = v466;
  }
  if (i0 + 2u < 50u) {
    let i467 = i0 + 2u;
    let j468 = j0 + 5u;
    let l469 = i467 * 300u + j468;
    let v470 = acc23.y;
    let v471 = tmp0[l469];
    let v472 = select(0.0, 1.0, v471 > 0.0);
    let v473 = select(0.0, v470, v472 != 0.0);
    let v474 = select(v470, 0.0, v472 != 0.0);
    let v475 = min(v471, 0.0);
    let v476 = exp(v475);
    let v477 = (v474 * v476);
    let v478 = select(0.0, 1.0, v471 <= 0.0);
    let v479 = (v477 * v478);
    let v480 = (v473 + v479);
    tmp7[l469] = v480;
  }
  if (i0 + 2u < 50u) {
    let i481 = i0 + 2u;
    let j482 = j0 + 6u;
    let l483 = i481 * 300u + j482;
    let v484 = acc23.z;
    let v485 = tmp0[l483];
    let v486 = select(0.0, 1.0, v485 > 0.0);
    let v487 = select(0.0, v484, v486 != 0.0);
    let v488 = select(v484, 0.0, v486 != 0.0);
    let v489 = min(v485, 0.0);
    let v490 = exp(v489);
    let v491 = (v488 * v490);
    let v492 = select(0.0, 1.0, v485 <= 0.0);
    let v493 = (v491 * v492);
    let v494 = (v487 + v493);
    tmp7[l483] = v494;
  }
  if (i0 + 2u < 50u) {
    let i495 = i0 + 2u;
    let j496 = j0 + 7u;
    let l497 = i495 * 300u + j496;
    let v498 = acc23.w;
    let v499 = tmp0[l497];
    let v500 = select(0.0, 1.0, v499 > 0.0);
    let v501 = select(0.0, v498, v500 != 0.0);
    let v502 = select(v498, 0.0, v500 != 0.0);
    let v503 = min(v499, 0.0);
    let v504 = exp(v503);
    let v505 = (v502 * v504);
    let v506 = select(0.0, 1.0, v499 <= 0.0);
    let v507 = (v505 * v506);
    let v508 = (v501 + v507);
    tmp7[l497] = v508;
  }
  if (i0 + 2u < 50u) {
    let i509 = i0 + 2u;
    let j510 = j0 + 8u;
    let l511 = i509 * 300u + j510;
    let v512 = acc24.x;
    let v513 = tmp0[l511];
    let v514 = select(0.0, 1.0, v513 > 0.0);
    let v515 = select(0.0, v512, v514 != 0.0);
    let v516 = select(v512, 0.0, v514 != 0.0);
    let v517 = min(v513, 0.0);
    let v518 = exp(v517);
    let v519 = (v516 * v518);
    let v520 = select(0.0, 1.0, v513 <= 0.0);
    let v521 = (v519 * v520);
    let v522 = (v515 + v521);
    tmp7[l511] = v522;
  }
  if (i0 + 2u < 50u) {
    let i523 = i0 + 2u;
    let j524 = j0 + 9u;
    let l525 = i523 * 300u + j524;
    let v526 = acc24.y;
    let v527 = tmp0[l525];
    let v528 = select(0.0, 1.0, v527 > 0.0);
    let v529 = select(0.0, v526, v528 != 0.0);
    let v530 = select(v526, 0.0, v528 != 0.0);
    let v531 = min(v527, 0.0);
    let v532 = exp(v531);
    let v533 = (v530 * v532);
    let v534 = select(0.0, 1.0, v527 <= 0.0);
    let v535 = (v533 * v534);
    let v536 = (v529 + v535);
    tmp7[l525] = v536;
  }
  if (i0 + 2u < 50u) {
    let i537 = i0 + 2u;
    let j538 = j0 + 10u;
    let l539 = i537 * 300u + j538;
    let v540 = acc24.z;
    let v541 = tmp0[l539];
    let v542 = select(0.0, 1.0, v541 > 0.0);
    let v543 = select(0.0, v540, v542 != 0.0);
    let v544 = select(v540, 0.0, v542 != 0.0);
    let v545 = min(v541, 0.0);
    let v546 = exp(v545);
    let v547 = (v544 * v546);
    let v548 = select(0.0, 1.0, v541 <= 0.0);
    let v549 = (v547 * v548);
    let v550 = (v543 + v549);
    tmp7[l539] = v550;
  }
  if (i0 + 2u < 50u) {
    let i551 = i0 + 2u;
    let j552 = j0 + 11u;
    let l553 = i551 * 300u + j552;
    let v554 = acc24.w;
    let v555 = tmp0[l553];
    let v556 = select(0.0, 1.0, v555 > 0.0);
    let v557 = select(0.0, v554, v556 != 0.0);
    let v558 = select(v554, 0.0, v556 != 0.0);
    let v559 = min(v555, 0.0);
    let v560 = exp(v559);
    let v561 = (v558 * v560);
    let v562 = select(0.0, 1.0, v555 <= 0.0);
    let v563 = (v561 * v562);
    let v564 = (v557 + v563);
    tmp7[l553] = v564;
  }
  if (i0 + 3u < 50u) {
    let i565 = i0 + 3u;
    let l566 = i565 * 300u + j0;
    let v567 = acc25.x;
    let v568 = tmp0[l566];
    let v569 = select(0.0, 1.0, v568 > 0.0);
    let v570 = select(0.0, v567, v569 != 0.0);
    let v571 = select(v567, 0.0, v569 != 0.0);
    let v572 = min(v568, 0.0);
    let v573 = exp(v572);
    let v574 = (v571 * v573);
    let v575 = select(0.0, 1.0, v568 <= 0.0);
    let v576 = (v574 * v575);
    let v577 = (v570 + v576);
    tmp7[l566] = v577;
  }
  if (i0 + 3u < 50u) {
    let i578 = i0 + 3u;
    let j579 = j0 + 1u;
    let l580 = i578 * 300u + j579;
    let v581 = acc25.y;
    let v582 = tmp0[l580];
    let v583 = select(0.0, 1.0, v582 > 0.0);
    let v584 = select(0.0, v581, v583 != 0.0);
    let v585 = select(v581, 0.0, v583 != 0.0);
    let v586 = min(v582, 0.0);
    let v587 = exp(v586);
    let v588 = (v585 * v587);
    let v589 = select(0.0, 1.0, v582 <= 0.0);
    let v590 = (v588 * v589);
    let v591 = (v584 + v590);
    tmp7[l580] = v591;
  }
  if (i0 + 3u < 50u) {
    let i592 = i0 + 3u;
    let j593 = j0 + 2u;
    let l594 = i592 * 300u + j593;
    let v595 = acc25.z;
    let v596 = tmp0[l594];
    let v597 = select(0.0, 1.0, v596 > 0.0);
    let v598 = select(0.0, v595, v597 != 0.0);
    let v599 = select(v595, 0.0, v597 != 0.0);
    let v600 = min(v596, 0.0);
    let v601 = exp(v600);
    let v602 = (v599 * v601);
    let v603 = select(0.0, 1.0, v596 <= 0.0);
    let v604 = (v602 * v603);
    let v605 = (v598 + v604);
    tmp7[l594] = v605;
  }
  if (i0 + 3u < 50u) {
    let i606 = i0 + 3u;
    let j607 = j0 + 3u;
    let l608 = i606 * 300u + j607;
    let v609 = acc25.w;
    let v610 = tmp0[l608];
    let v611 = select(0.0, 1.0, v610 > 0.0);
    let v612 = select(0.0, v609, v611 != 0.0);
    let v613 = select(v609, 0.0, v611 != 0.0);
    let v614 = min(v610, 0.0);
    let v615 = exp(v614);
    let v616 = (v613 * v615);
    let v617 = select(0.0, 1.0, v610 <= 0.0);
    let v618 = (v616 * v617);
    let v619 = (v612 + v618);
    tmp7[l608] = v619;
  }
  if (i0 + 3u < 50u) {
    let i620 = i0 + 3u;
    let j621 = j0 + 4u;
    let l622 = i620 * 300u + j621;
    let v623 = acc26.x;
    let v624 = tmp0[l622];
    let v625 = select(0.0, 1.0, v624 > 0.0);
    let v626 = select(0.0, v623, v625 != 0.0);
    let v627 = select(v623, 0.0, v625 != 0.0);
    let v628 = min(v624, 0.0);
    let v629 = exp(v628);
    let v630 = (v627 * v629);
    let v631 = select(0.0, 1.0, v624 <= 0.0);
    let v632 = (v630 * v631);
    let v633 = (v626 + v632);
    tmp7[l622] = v633;
  }
  if (i0 + 3u < 50u) {
    let i634 = i0 + 3u;
    let j635 = j0 + 5u;
    let l636 = i634 * 300u + j635;
    let v637 = acc26.y;
    let v638 = tmp0[l636];
    let v639 = select(0.0, 1.0, v638 > 0.0);
    let v640 = select(0.0, v637, v639 != 0.0);
    let v641 = select(v637, 0.0, v639 != 0.0);
    let v642 = min(v638, 0.0);
    let v643 = exp(v642);
    let v644 = (v641 * v643);
    let v645 = select(0.0, 1.0, v638 <= 0.0);
    let v646 = (v644 * v645);
    let v647 = (v640 + v646);
    tmp7[l636] = v647;
  }
  if (i0 + 3u < 50u) {
    let i648 = i0 + 3u;
    let j649 = j0 + 6u;
    let l650 = i648 * 300u + j649;
    let v651 = acc26.z;
    let v652 = tmp0[l650];
    let v653 = select(0.0, 1.0, v652 > 0.0);
    let v654 = select(0.0, v651, v653 != 0.0);
    let v655 = select(v651, 0.0, v653 != 0.0);
    let v656 = min(v652, 0.0);
    let v657 = exp(v656);
    let v658 = (v655 * v657);
    let v659 = select(0.0, 1.0, v652 <= 0.0);
    let v660 = (v658 * v659);
    let v661 = (v654 + v660);
    tmp7[l650] = v661;
  }
  if (i0 + 3u < 50u) {
    let i662 = i0 + 3u;
    let j663 = j0 + 7u;
    let l664 = i662 * 300u + j663;
    let v665 = acc26.w;
    let v666 = tmp0[l664];
    let v667 = select(0.0, 1.0, v666 > 0.0);
    let v668 = select(0.0, v665, v667 != 0.0);
    let v669 = select(v665, 0.0, v667 != 0.0);
    let v670 = min(v666, 0.0);
    let v671 = exp(v670);
    let v672 = (v669 * v671);
    let v673 = select(0.0, 1.0, v666 <= 0.0);
    let v674 = (v672 * v673);
    let v675 = (v668 + v674);
    tmp7[l664] = v675;
  }
  if (i0 + 3u < 50u) {
    let i676 = i0 + 3u;
    let j677 = j0 + 8u;
    let l678 = i676 * 300u + j677;
    let v679 = acc27.x;
    let v680 = tmp0[l678];
    let v681 = select(0.0, 1.0, v680 > 0.0);
    let v682 = select(0.0, v679, v681 != 0.0);
    let v683 = select(v679, 0.0, v681 != 0.0);
    let v684 = min(v680, 0.0);
    let v685 = exp(v684);
    let v686 = (v683 * v685);
    let v687 = select(0.0, 1.0, v680 <= 0.0);
    let v688 = (v686 * v687);
    let v689 = (v682 + v688);
    tmp7[l678] = v689;
  }
  if (i0 + 3u < 50u) {
    let i690 = i0 + 3u;
    let j691 = j0 + 9u;
    let l692 = i690 * 300u + j691;
    let v693 = acc27.y;
    let v694 = tmp0[l692];
    let v695 = select(0.0, 1.0, v694 > 0.0);
    let v696 = select(0.0, v693, v695 != 0.0);
    let v697 = select(v693, 0.0, v695 != 0.0);
    let v698 = min(v694, 0.0);
    let v699 = exp(v698);
    let v700 = (v697 * v699);
    let v701 = select(0.0, 1.0, v694 <= 0.0);
    let v702 = (v700 * v701);
    let v703 = (v696 + v702);
    tmp7[l692] = v703;
  }
  if (i0 + 3u < 50u) {
    let i704 = i0 + 3u;
    let j705 = j0 + 10u;
    let l706 = i704 * 300u + j705;
    let v707 = acc27.z;
    let v708 = tmp0[l706];
    let v709 = select(0.0, 1.0, v708 > 0.0);
    let v710 = select(0.0, v707, v709 != 0.0);
    let v711 = select(v707, 0.0, v709 != 0.0);
    let v712 = min(v708, 0.0);
    let v713 = exp(v712);
    let v714 = (v711 * v713);
    let v715 = select(0.0, 1.0, v708 <= 0.0);
    let v716 = (v714 * v715);
    let v717 = (v710 + v716);
    tmp7[l706] = v717;
  }
  if (i0 + 3u < 50u) {
    let i718 = i0 + 3u;
    let j719 = j0 + 11u;
    let l720 = i718 * 300u + j719;
    let v721 = acc27.w;
    let v722 = tmp0[l720];
    let v723 = select(0.0, 1.0, v722 > 0.0);
    let v724 = select(0.0, v721, v723 != 0.0);
    let v725 = select(v721, 0.0, v723 != 0.0);
    let v726 = min(v722, 0.0);
    let v727 = exp(v726);
    let v728 = (v725 * v727);
    let v729 = select(0.0, 1.0, v722 <= 0.0);
    let v730 = (v728 * v729);
    let v731 = (v724 + v730);
    tmp7[l720] = v731;
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
  if (t >= 325u) { return; }
  let i0 = (t / 25u) * 4u;
  let j0 = (t % 25u) * 12u;
  let row0 = min(i0 + 0u, 49u);
  let row1 = min(i0 + 1u, 49u);
  let row2 = min(i0 + 2u, 49u);
  let row3 = min(i0 + 3u, 49u);
  let col4 = min(j0 + 0u, 299u);
  let col5 = min(j0 + 1u, 299u);
  let col6 = min(j0 + 2u, 299u);
  let col7 = min(j0 + 3u, 299u);
  let col8 = min(j0 + 4u, 299u);
  let col9 = min(j0 + 5u, 299u);
  let col10 = min(j0 + 6u, 299u);
  let col11 = min(j0 + 7u, 299u);
  let col12 = min(j0 + 8u, 299u);
  let col13 = min(j0 + 9u, 299u);
  let col14 = min(j0 + 10u, 299u);
  let col15 = min(j0 + 11u, 299u);
  var acc16: vec4<f32> = vec4<f32>(0.0);
  var acc17: vec4<f32> = vec4<f32>(0.0);
  var acc18: vec4<f32> = vec4<f32>(0.0);
  var acc19: vec4<f32> = vec4<f32>(0.0);
  var acc20: vec4<f32> = vec4<f32>(0.0);
  var acc21: vec4<f32> = vec4<f32>(0.0);
  var acc22: vec4<f32> = vec4<f32>(0.0);
  var acc23: vec4<f32> = vec4<f32>(0.0);
  var acc24: vec4<f32> = vec4<f32>(0.0);
  var acc25: vec4<f32> = vec4<f32>(0.0);
  var acc26: vec4<f32> = vec4<f32>(0.0);
  var acc27: vec4<f32> = vec4<f32>(0.0);
  let ra28 = row0 * 196u;
  let ra29 = row1 * 196u;
  let ra30 = row2 * 196u;
  let ra31 = row3 * 196u;
  for (var k: u32 = 0u; k < 196u; k = k + 1u) {
    let av32 = in_X_v4[ra28 + k];
    let av33 = in_X_v4[ra29 + k];
    let av34 = in_X_v4[ra30 + k];
    let av35 = in_X_v4[ra31 + k];
    let kq36 = k * 4u + 0u;
    let bv37 = s_hidden1_dense_kernel_v4[(kq36 * 300u + j0) / 4u];
    let bv38 = s_hidden1_dense_kernel_v4[(kq36 * 300u + j0) / 4u + 1u];
    let bv39 = s_hidden1_dense_kernel_v4[(kq36 * 300u + j0) / 4u + 2u];
    let kq40 = k * 4u + 1u;
    let bv41 = s_hidden1_dense_kernel_v4[(kq40 * 300u + j0) / 4u];
    let bv42 = s_hidden1_dense_kernel_v4[(kq40 * 300u + j0) / 4u + 1u];
    let bv43 = s_hidden1_dense_kernel_v4[(kq40 * 300u + j0) / 4u + 2u];
    let kq44 = k * 4u + 2u;
    let bv45 = s_hidden1_dense_kernel_v4[(kq44 * 300u + j0) / 4u];
    let bv46 = s_hidden1_dense_kernel_v4[(kq44 * 300u + j0) / 4u + 1u];
    let bv47 = s_hidden1_dense_kernel_v4[(kq44 * 300u + j0) / 4u + 2u];
    let kq48 = k * 4u + 3u;
    let bv49 = s_hidden1_dense_kernel_v4[(kq48 * 300u + j0) / 4u];
    let bv50 = s_hidden1_dense_kernel_v4[(kq48 * 300u + j0) / 4u + 1u];
    let bv51 = s_hidden1_dense_kernel_v4[(kq48 * 300u + j0) / 4u + 2u];
    acc16 = acc16 + av32.x * bv37;
    acc16 = acc16 + av32.y * bv41;
    acc16 = acc16 + av32.z * bv45;
    acc16 = acc16 + av32.w * bv49;
    acc17 = acc17 + av32.x * bv38;
    acc17 = acc17 + av32.y * bv42;
    acc17 = acc17 + av32.z * bv46;
    acc17 = acc17 + av32.w * bv50;
    acc18 = acc18 + av32.x * bv39;
    acc18 = acc18 + av32.y * bv43;
    acc18 = acc18 + av32.z * bv47;
    acc18 = acc18 + av32.w * bv51;
    acc19 = acc19 + av33.x * bv37;
    acc19 = acc19 + av33.y * bv41;
    acc19 = acc19 + av33.z * bv45;
    acc19 = acc19 + av33.w * bv49;
    acc20 = acc20 + av33.x * bv38;
    acc20 = acc20 + av33.y * bv42;
    acc20 = acc20 + av33.z * bv46;
    acc20 = acc20 + av33.w * bv50;
    acc21 = acc21 + av33.x * bv39;
    acc21 = acc21 + av33.y * bv43;
    acc21 = acc21 + av33.z * bv47;
    acc21 = acc21 + av33.w * bv51;
    acc22 = acc22 + av34.x * bv37;
    acc22 = acc22 + av34.y * bv41;
    acc22 = acc22 + av34.z * bv45;
    acc22 = acc22 + av34.w * bv49;
    acc23 = acc23 + av34.x * bv38;
    acc23 = acc23 + av34.y * bv42;
    acc23 = acc23 + av34.z * bv46;
    acc23 = acc23 + av34.w * bv50;
    acc24 = acc24 + av34.x * bv39;
    acc24 = acc24 + av34.y * bv43;
    acc24 = acc24 + av34.z * bv47;
    acc24 = acc24 + av34.w * bv51;
    acc25 = acc25 + av35.x * bv37;
    acc25 = acc25 + av35.y * bv41;
    acc25 = acc25 + av35.z * bv45;
    acc25 = acc25 + av35.w * bv49;
    acc26 = acc26 + av35.x * bv38;
    acc26 = acc26 + av35.y * bv42;
    acc26 = acc26 + av35.z * bv46;
    acc26 = acc26 + av35.w * bv50;
    acc27 = acc27 + av35.x * bv39;
    acc27 = acc27 + av35.y * bv43;
    acc27 = acc27 + av35.z * bv47;
    acc27 = acc27 + av35.w * bv51;
  }
  {
    let l52 = i0 * 300u + j0;
    let v53 = acc16.x;
    let v54 = s_hidden1_dense_bias[j0];
    let v55 = (v53 + v54);
    let v56 = min(v55, 0.0);
    let v57 = exp(v56);
    let v58 = (v57 - 1.0);
    let v59 = select(0.0, 1.0, v55 > 0.0);
    let v60 = select(v58, v55, v59 != 0.0);
    tmp0[l52] = v60;
  }
  {
    let j61 = j0 + 1u;
    let l62 = i0 * 300u + j61;
    let v63 = acc16.y;
    let v64 = s_hidden1_dense_bias[j61];
    let v65 = (v63 + v64);
    let v66 = min(v65, 0.0);
    let v67 = exp(v66);
    let v68 = (v67 - 1.0);
    let v69 = select(0.0, 1.0, v65 > 0.0);
    let v70 = select(v68, v65, v69 != 0.0);
    tmp0[l62] = v70;
  }
  {
    let j71 = j0 + 2u;
    let l72 = i0 * 300u + j71;
    let v73 = acc16.z;
    let v74 = s_hidden1_dense_bias[j71];
    let v75 = (v73 + v74);
    let v76 = min(v75, 0.0);
    let v77 = exp(v76);
    let v78 = (v77 - 1.0);
    let v79 = select(0.0, 1.0, v75 > 0.0);
    let v80 = select(v78, v75, v79 != 0.0);
    tmp0[l72] = v80;
  }
  {
    let j81 = j0 + 3u;
    let l82 = i0 * 300u + j81;
    let v83 = acc16.w;
    let v84 = s_hidden1_dense_bias[j81];
    let v85 = (v83 + v84);
    let v86 = min(v85, 0.0);
    let v87 = exp(v86);
    let v88 = (v87 - 1.0);
    let v89 = select(0.0, 1.0, v85 > 0.0);
    let v90 = select(v88, v85, v89 != 0.0);
    tmp0[l82] = v90;
  }
  {
    let j91 = j0 + 4u;
    let l92 = i0 * 300u + j91;
    let v93 = acc17.x;
    let v94 = s_hidden1_dense_bias[j91];
    let v95 = (v93 + v94);
    let v96 = min(v95, 0.0);
    let v97 = exp(v96);
    let v98 = (v97 - 1.0);
    let v99 = select(0.0, 1.0, v95 > 0.0);
    let v100 = select(v98, v95, v99 != 0.0);
    tmp0[l92] = v100;
  }
  {
    let j101 = j0 + 5u;
    let l102 = i0 * 300u + j101;
    let v103 = acc17.y;
    let v104 = s_hidden1_dense_bias[j101];
    let v105 = (v103 + v104);
    let v106 = min(v105, 0.0);
    let v107 = exp(v106);
    let v108 = (v107 - 1.0);
    let v109 = select(0.0, 1.0, v105 > 0.0);
    let v110 = select(v108, v105, v109 != 0.0);
    tmp0[l102] = v110;
  }
  {
    let j111 = j0 + 6u;
    let l112 = i0 * 300u + j111;
    let v113 = acc17.z;
    let v114 = s_hidden1_dense_bias[j111];
    let v115 = (v113 + v114);
    let v116 = min(v115, 0.0);
    let v117 = exp(v116);
    let v118 = (v117 - 1.0);
    let v119 = select(0.0, 1.0, v115 > 0.0);
    let v120 = select(v118, v115, v119 != 0.0);
    tmp0[l112] = v120;
  }
  {
    let j121 = j0 + 7u;
    let l122 = i0 * 300u + j121;
    let v123 = acc17.w;
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
    let j131 = j0 + 8u;
    let l132 = i0 * 300u + j131;
    let v133 = acc18.x;
    let v134 = s_hidden1_dense_bias[j131];
    let v135 = (v133 + v134);
    let v136 = min(v135, 0.0);
    let v137 = exp(v136);
    let v138 = (v137 - 1.0);
    let v139 = select(0.0, 1.0, v135 > 0.0);
    let v140 = select(v138, v135, v139 != 0.0);
    tmp0[l132] = v140;
  }
  {
    let j141 = j0 + 9u;
    let l142 = i0 * 300u + j141;
    let v143 = acc18.y;
    let v144 = s_hidden1_dense_bias[j141];
    let v145 = (v143 + v144);
    let v146 = min(v145, 0.0);
    let v147 = exp(v146);
    let v148 = (v147 - 1.0);
    let v149 = select(0.0, 1.0, v145 > 0.0);
    let v150 = select(v148, v145, v149 != 0.0);
    tmp0[l142] = v150;
  }
  {
    let j151 = j0 + 10u;
    let l152 = i0 * 300u + j151;
    let v153 = acc18.z;
    let v154 = s_hidden1_dense_bias[j151];
    let v155 = (v153 + v154);
    let v156 = min(v155, 0.0);
    let v157 = exp(v156);
    let v158 = (v157 - 1.0);
    let v159 = select(0.0, 1.0, v155 > 0.0);
    let v160 = select(v158, v155, v159 != 0.0);
    tmp0[l152] = v160;
  }
  {
    let j161 = j0 + 11u;
    let l162 = i0 * 300u + j161;
    let v163 = acc18.w;
    let v164 = s_hidden1_dense_bias[j161];
    let v165 = (v163 + v164);
    let v166 = min(v165, 0.0);
    let v167 = exp(v166);
    let v168 = (v167 - 1.0);
    let v169 = select(0.0, 1.0, v165 > 0.0);
    let v170 = select(v168, v165, v169 != 0.0);
    tmp0[l162] = v170;
  }
  if (i0 + 1u < 50u) {
    let i171 = i0 + 1u;
    let l172 = i171 * 300u + j0;
    let v173 = acc19.x;
    let v174 = s_hidden1_dense_bias[j0];
    let v175 = (v173 + v174);
    let v176 = min(v175, 0.0);
    let v177 = exp(v176);
    let v178 = (v177 - 1.0);
    let v179 = select(0.0, 1.0, v175 > 0.0);
    let v180 = select(v178, v175, v179 != 0.0);
    tmp0[l172] = v180;
  }
  if (i0 + 1u < 50u) {
    let i181 = i0 + 1u;
    let j182 = j0 + 1u;
    let l183 = i181 * 300u + j182;
    let v184 = acc19.y;
    let v185 = s_hidden1_dense_bias[j182];
    let v186 = (v184 + v185);
    let v187 = min(v186, 0.0);
    let v188 = exp(v187);
    let v189 = (v188 - 1.0);
    let v190 = select(0.0, 1.0, v186 > 0.0);
    let v191 = select(v189, v186, v190 != 0.0);
    tmp0[l183] = v191;
  }
  if (i0 + 1u < 50u) {
    let i192 = i0 + 1u;
    let j193 = j0 + 2u;
    let l194 = i192 * 300u + j193;
    let v195 = acc19.z;
    let v196 = s_hidden1_dense_bias[j193];
    let v197 = (v195 + v196);
    let v198 = min(v197, 0.0);
    let v199 = exp(v198);
    let v200 = (v199 - 1.0);
    let v201 = select(0.0, 1.0, v197 > 0.0);
    let v202 = select(v200, v197, v201 != 0.0);
    tmp0[l194] = v202;
  }
  if (i0 + 1u < 50u) {
    let i203 = i0 + 1u;
    let j204 = j0 + 3u;
    let l205 = i203 * 300u + j204;
    let v206 = acc19.w;
    let v207 = s_hidden1_dense_bias[j204];
    let v208 = (v206 + v207);
    let v209 = min(v208, 0.0);
    let v210 = exp(v209);
    let v211 = (v210 - 1.0);
    let v212 = select(0.0, 1.0, v208 > 0.0);
    let v213 = select(v211, v208, v212 != 0.0);
    tmp0[l205] = v213;
  }
  if (i0 + 1u < 50u) {
    let i214 = i0 + 1u;
    let j215 = j0 + 4u;
    let l216 = i214 * 300u + j215;
    let v217 = acc20.x;
    let v218 = s_hidden1_dense_bias[j215];
    let v219 = (v217 + v218);
    let v220 = min(v219, 0.0);
    let v221 = exp(v220);
    let v222 = (v221 - 1.0);
    let v223 = select(0.0, 1.0, v219 > 0.0);
    let v224 = select(v222, v219, v223 != 0.0);
    tmp0[l216] = v224;
  }
  if (i0 + 1u < 50u) {
    let i225 = i0 + 1u;
    let j226 = j0 + 5u;
    let l227 = i225 * 300u + j226;
    let v228 = acc20.y;
    let v229 = s_hidden1_dense_bias[j226];
    let v230 = (v228 + v229);
    let v231 = min(v230, 0.0);
    let v232 = exp(v231);
    let v233 = (v232 - 1.0);
    let v234 = select(0.0, 1.0, v230 > 0.0);
    let v235 = select(v233, v230, v234 != 0.0);
    tmp0[l227] = v235;
  }
  if (i0 + 1u < 50u) {
    let i236 = i0 + 1u;
    let j237 = j0 + 6u;
    let l238 = i236 * 300u + j237;
    let v239 = acc20.z;
    let v240 = s_hidden1_dense_bias[j237];
    let v241 = (v239 + v240);
    let v242 = min(v241, 0.0);
    let v243 = exp(v242);
    let v244 = (v243 - 1.0);
    let v245 = select(0.0, 1.0, v241 > 0.0);
    let v246 = select(v244, v241, v245 != 0.0);
    tmp0[l238] = v246;
  }
  if (i0 + 1u < 50u) {
    let i247 = i0 + 1u;
    let j248 = j0 + 7u;
    let l249 = i247 * 300u + j248;
    let v250 = acc20.w;
    let v251 = s_hidden1_dense_bias[j248];
    let v252 = (v250 + v251);
    let v253 = min(v252, 0.0);
    let v254 = exp(v253);
    let v255 = (v254 - 1.0);
    let v256 = select(0.0, 1.0, v252 > 0.0);
    let v257 = select(v255, v252, v256 != 0.0);
    tmp0[l249] = v257;
  }
  if (i0 + 1u < 50u) {
    let i258 = i0 + 1u;
    let j259 = j0 + 8u;
    let l260 = i258 * 300u + j259;
    let v261 = acc21.x;
    let v262 = s_hidden1_dense_bias[j259];
    let v263 = (v261 + v262);
    let v264 = min(v263, 0.0);
    let v265 = exp(v264);
    let v266 = (v265 - 1.0);
    let v267 = select(0.0, 1.0, v263 > 0.0);
    let v268 = select(v266, v263, v267 != 0.0);
    tmp0[l260] = v268;
  }
  if (i0 + 1u < 50u) {
    let i269 = i0 + 1u;
    let j270 = j0 + 9u;
    let l271 = i269 * 300u + j270;
    let v272 = acc21.y;
    let v273 = s_hidden1_dense_bias[j270];
    let v274 = (v272 + v273);
    let v275 = min(v274, 0.0);
    let v276 = exp(v275);
    let v277 = (v276 - 1.0);
    let v278 = select(0.0, 1.0, v274 > 0.0);
    let v279 = select(v277, v274, v278 != 0.0);
    tmp0[l271] = v279;
  }
  if (i0 + 1u < 50u) {
    let i280 = i0 + 1u;
    let j281 = j0 + 10u;
    let l282 = i280 * 300u + j281;
    let v283 = acc21.z;
    let v284 = s_hidden1_dense_bias[j281];
    let v285 = (v283 + v284);
    let v286 = min(v285, 0.0);
    let v287 = exp(v286);
    let v288 = (v287 - 1.0);
    let v289 = select(0.0, 1.0, v285 > 0.0);
    let v290 = select(v288, v285, v289 != 0.0);
    tmp0[l282] = v290;
  }
  if (i0 + 1u < 50u) {
    let i291 = i0 + 1u;
    let j292 = j0 + 11u;
    let l293 = i291 * 300u + j292;
    let v294 = acc21.w;
    let v295 = s_hidden1_dense_bias[j292];
    let v296 = (v294 + v295);
    let v297 = min(v296, 0.0);
    let v298 = exp(v297);
    let v299 = (v298 - 1.0);
    let v300 = select(0.0, 1.0, v296 > 0.0);
    let v301 = select(v299, v296, v300 != 0.0);
    tmp0[l293] = v301;
  }
  if (i0 + 2u < 50u) {
    let i302 = i0 + 2u;
    let l303 = i302 * 300u + j0;
    let v304 = acc22.x;
    let v305 = s_hidden1_dense_bias[j0];
    let v306 = (v304 + v305);
    let v307 = min(v306, 0.0);
    let v308 = exp(v307);
    let v309 = (v308 - 1.0);
    let v310 = select(0.0, 1.0, v306 > 0.0);
    let v311 = select(v309, v306, v310 != 0.0);
    tmp0[l303] = v311;
  }
  if (i0 + 2u < 50u) {
    let i312 = i0 + 2u;
    let j313 = j0 + 1u;
    let l314 = i312 * 300u + j313;
    let v315 = acc22.y;
    let v316 = s_hidden1_dense_bias[j313];
    let v317 = (v315 + v316);
    let v318 = min(v317, 0.0);
    let v319 = exp(v318);
    let v320 = (v319 - 1.0);
    let v321 = select(0.0, 1.0, v317 > 0.0);
    let v322 = select(v320, v317, v321 != 0.0);
    tmp0[l314] = v322;
  }
  if (i0 + 2u < 50u) {
    let i323 = i0 + 2u;
    let j324 = j0 + 2u;
    let l325 = i323 * 300u + j324;
    let v326 = acc22.z;
    let v327 = s_hidden1_dense_bias[j324];
    let v328 = (v326 + v327);
    let v329 = min(v328, 0.0);
    let v330 = exp(v329);
    let v331 = (v330 - 1.0);
    let v332 = select(0.0, 1.0, v328 > 0.0);
    let v333 = select(v331, v328, v332 != 0.0);
    tmp0[l325] = v333;
  }
  if (i0 + 2u < 50u) {
    let i334 = i0 + 2u;
    let j335 = j0 + 3u;
    let l336 = i334 * 300u + j335;
    let v337 = acc22.w;
    let v338 = s_hidden1_dense_bias[j335];
    let v339 = (v337 + v338);
    let v340 = min(v339, 0.0);
    let v341 = exp(v340);
    let v342 = (v341 - 1.0);
    let v343 = select(0.0, 1.0, v339 > 0.0);
    let v344 = select(v342, v339, v343 != 0.0);
    tmp0[l336] = v344;
  }
  if (i0 + 2u < 50u) {
    let i345 = i0 + 2u;
    let j346 = j0 + 4u;
    let l347 = i345 * 300u + j346;
    let v348 = acc23.x;
    let v349 = s_hidden1_dense_bias[j346];
    let v350 = (v348 + v349);
    let v351 = min(v350, 0.0);
    let v352 = exp(v351);
    let v353 = (v352 - 1.0);
    let v354 = select(0.0, 1.0, v350 > 0.0);
    let v355 = select(v353, v350, v354 != 0.0);
    tmp0[l347] = v355;
  }
  if (i0 + 2u < 50u) {
    let i356 = i0 + 2u;
    let j357 = j0 + 5u;
    let l358 = i356 * 300u + j357;
    let v359 = acc23.y;
    let v360 = s_hidden1_dense_bias[j357];
    let v361 = (v359 + v360);
    let v362 = min(v361, 0.0);
    let v363 = exp(v362);
    let v364 = (v363 - 1.0);
    let v365 = select(0.0, 1.0, v361 > 0.0);
    let v366 = select(v364, v361, v365 != 0.0);
    tmp0[l358] = v366;
  }
  if (i0 + 2u < 50u) {
    let i367 = i0 + 2u;
    let j368 = j0 + 6u;
    let l369 = i367 * 300u + j368;
    let v370 = acc23.z;
    let v371 = s_hidden1_dense_bias[j368];
    let v372 = (v370 + v371);
    let v373 = min(v372, 0.0);
    let v374 = exp(v373);
    let v375 = (v374 - 1.0);
    let v376 = select(0.0, 1.0, v372 > 0.0);
    let v377 = select(v375, v372, v376 != 0.0);
    tmp0[l369] = v377;
  }
  if (i0 + 2u < 50u) {
    let i378 = i0 + 2u;
    let j379 = j0 + 7u;
    let l380 = i378 * 300u + j379;
    let v381 = acc23.w;
    let v382 = s_hidden1_dense_bias[j379];
    let v383 = (v381 + v382);
    let v384 = min(v383, 0.0);
    let v385 = exp(v384);
    let v386 = (v385 - 1.0);
    let v387 = select(0.0, 1.0, v383 > 0.0);
    let v388 = select(v386, v383, v387 != 0.0);
    tmp0[l380] = v388;
  }
  if (i0 + 2u < 50u) {
    let i389 = i0 + 2u;
    let j390 = j0 + 8u;
    let l391 = i389 * 300u + j390;
    let v392 = acc24.x;
    let v393 = s_hidden1_dense_bias[j390];
    let v394 = (v392 + v393);
    let v395 = min(v394, 0.0);
    let v396 = exp(v395);
    let v397 = (v396 - 1.0);
    let v398 = select(0.0, 1.0, v394 > 0.0);
    let v399 = select(v397, v394, v398 != 0.0);
    tmp0[l391] = v399;
  }
  if (i0 + 2u < 50u) {
    let i400 = i0 + 2u;
    let j401 = j0 + 9u;
    let l402 = i400 * 300u + j401;
    let v403 = acc24.y;
    let v404 = s_hidden1_dense_bias[j401];
    let v405 = (v403 + v404);
    let v406 = min(v405, 0.0);
    let v407 = exp(v406);
    let v408 = (v407 - 1.0);
    let v409 = select(0.0, 1.0, v405 > 0.0);
    let v410 = select(v408, v405, v409 != 0.0);
    tmp0[l402] = v410;
  }
  if (i0 + 2u < 50u) {
    let i411 = i0 + 2u;
    let j412 = j0 + 10u;
    let l413 = i411 * 300u + j412;
    let v414 = acc24.z;
    let v415 = s_hidden1_dense_bias[j412];
    let v416 = (v414 + v415);
    let v417 = min(v416, 0.0);
    let v418 = exp(v417);
    let v419 = (v418 - 1.0);
    let v420 = select(0.0, 1.0, v416 > 0.0);
    let v421 = select(v419, v416, v420 != 0.0);
    tmp0[l413] = v421;
  }
  if (i0 + 2u < 50u) {
    let i422 = i0 + 2u;
    let j423 = j0 + 11u;
    let l424 = i422 * 300u + j423;
    let v425 = acc24.w;
    let v426 = s_hidden1_dense_bias[j423];
    let v427 = (v425 + v426);
    let v428 = min(v427, 0.0);
    let v429 = exp(v428);
    let v430 = (v429 - 1.0);
    let v431 = select(0.0, 1.0, v427 > 0.0);
    let v432 = select(v430, v427, v431 != 0.0);
    tmp0[l424] = v432;
  }
  if (i0 + 3u < 50u) {
    let i433 = i0 + 3u;
    let l434 = i433 * 300u + j0;
    let v435 = acc25.x;
    let v436 = s_hidden1_dense_bias[j0];
    let v437 = (v435 + v436);
    let v438 = min(v437, 0.0);
    let v439 = exp(v438);
    let v440 = (v439 - 1.0);
    let v441 = select(0.0, 1.0, v437 > 0.0);
    let v442 = select(v440, v437, v441 != 0.0);
    tmp0[l434] = v442;
  }
  if (i0 + 3u < 50u) {
    let i443 = i0 + 3u;
    let j444 = j0 + 1u;
    let l445 = i443 * 300u + j444;
    let v446 = acc25.y;
    let v447 = s_hidden1_dense_bias[j444];
    let v448 = (v446 + v447);
    let v449 = min(v448, 0.0);
    let v450 = exp(v449);
    let v451 = (v450 - 1.0);
    let v452 = select(0.0, 1.0, v448 > 0.0);
    let v453 = select(v451, v448, v452 != 0.0);
    tmp0[l445] = v453;
  }
  if (i0 + 3u < 50u) {
    let i454 = i0 + 3u;
    let j455 = j0 + 2u;
    let l456 = i454 * 300u + j455;
    let v457 = acc25.z;
    let v458 = s_hidden1_dense_bias[j455];
    let v459 = (v457 + v458);
    let v460 = min(v459, 0.0);
    let v461 = exp(v460);
    let v462 = (v461 - 1.0);
    let v463 = select(0.0, 1.0, v459 > 0.0);
    let v464 = select(v462, v459, v463 != 0.0);
    tmp0[l456] = v464;
  }
  if (i0 + 3u < 50u) {
    let i465 = i0 + 3u;
    let j466 = j0 + 3u;
    let l467 = i465 * 300u + j466;
    let v468 = acc25.w;
    let v469 = s_hidden1_dense_bias[j466];
    let v470 = (v468 + v469);
    let v471 = min(v470, 0.0);
    let v472 = exp(v471);
    let v473 = (v472 - 1.0);
    let v474 = select(0.0, 1.0, v470 > 0.0);
    let v475 = select(v473, v470, v474 != 0.0);
    tmp0[l467] = v475;
  }
  if (i0 + 3u < 50u) {
    let i476 = i0 + 3u;
    let j477 = j0 + 4u;
    let l478 = i476 * 300u + j477;
    let v479 = acc26.x;
    let v480 = s_hidden1_dense_bias[j477];
    let v481 = (v479 + v480);
    let v482 = min(v481, 0.0);
    let v483 = exp(v482);
    let v484 = (v483 - 1.0);
    let v485 = select(0.0, 1.0, v481 > 0.0);
    let v486 = select(v484, v481, v485 != 0.0);
    tmp0[l478] = v486;
  }
  if (i0 + 3u < 50u) {
    let i487 = i0 + 3u;
    let j488 = j0 + 5u;
    let l489 = i487 * 300u + j488;
    let v490 = acc26.y;
    let v491 = s_hidden1_dense_bias[j488];
    let v492 = (v490 + v491);
    let v493 = min(v492, 0.0);
    let v494 = exp(v493);
    let v495 = (v494 - 1.0);
    let v496 = select(0.0, 1.0, v492 > 0.0);
    let v497 = select(v495, v492, v496 != 0.0);
    tmp0[l489] = v497;
  }
  if (i0 + 3u < 50u) {
    let i498 = i0 + 3u;
    let j499 = j0 + 6u;
    let l500 = i498 * 300u + j499;
    let v501 = acc26.z;
    let v502 = s_hidden1_dense_bias[j499];
    let v503 = (v501 + v502);
    let v504 = min(v503, 0.0);
    let v505 = exp(v504);
    let v506 = (v505 - 1.0);
    let v507 = select(0.0, 1.0, v503 > 0.0);
    let v508 = select(v506, v503, v507 != 0.0);
    tmp0[l500] = v508;
  }
  if (i0 + 3u < 50u) {
    let i509 = i0 + 3u;
    let j510 = j0 + 7u;
    let l511 = i509 * 300u + j510;
    let v512 = acc26.w;
    let v513 = s_hidden1_dense_bias[j510];
    let v514 = (v512 + v513);
    let v515 = min(v514, 0.0);
    let v516 = exp(v515);
    let v517 = (v516 - 1.0);
    let v518 = select(0.0, 1.0, v514 > 0.0);
    let v519 = select(v517, v514, v518 != 0.0);
    tmp0[l511] = v519;
  }
  if (i0 + 3u < 50u) {
    let i520 = i0 + 3u;
    let j521 = j0 + 8u;
    let l522 = i520 * 300u + j521;
    let v523 = acc27.x;
    let v524 = s_hidden1_dense_bias[j521];
    let v525 = (v523 + v524);
    let v526 = min(v525, 0.0);
    let v527 = exp(v526);
    let v528 = (v527 - 1.0);
    let v529 = select(0.0, 1.0, v525 > 0.0);
    let v530 = select(v528, v525, v529 != 0.0);
    tmp0[l522] = v530;
  }
  if (i0 + 3u < 50u) {
    let i531 = i0 + 3u;
    let j532 = j0 + 9u;
    let l533 = i531 * 300u + j532;
    let v534 = acc27.y;
    let v535 = s_hidden1_dense_bias[j532];
    let v536 = (v534 + v535);
    let v537 = min(v536, 0.0);
    let v538 = exp(v537);
    let v539 = (v538 - 1.0);
    let v540 = select(0.0, 1.0, v536 > 0.0);
    let v541 = select(v539, v536, v540 != 0.0);
    tmp0[l533] = v541;
  }
  if (i0 + 3u < 50u) {
    let i542 = i0 + 3u;
    let j543 = j0 + 10u;
    let l544 = i542 * 300u + j543;
    let v545 = acc27.z;
    let v546 = s_hidden1_dense_bias[j543];
    let v547 = (v545 + v546);
    let v548 = min(v547, 0.0);
    let v549 = exp(v548);
    let v550 = (v549 - 1.0);
    let v551 = select(0.0, 1.0, v547 > 0.0);
    let v552 = select(v550, v547, v551 != 0.0);
    tmp0[l544] = v552;
  }
  if (i0 + 3u < 50u) {
    let i553 = i0 + 3u;
    let j554 = j0 + 11u;
    let l555 = i553 * 300u + j554;
    let v556 = acc27.w;
    let v557 = s_hidden1_dense_bias[j554];
    let v558 = (v556 + v557);
    let v559 = min(v558, 0.0);
    let v560 = exp(v559);
    let v561 = (v560 - 1.0);
    let v562 = select(0.0, 1.0, v558 > 0.0);
    let v563 = select(v561, v558, v562 != 0.0);
    tmp0[l555] = v563;
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
