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
  let v3 = (v0 * 0.01);
  let v4 = select(0.0, 1.0, v0 > 0.0);
  let v5 = select(v3, v0, v4 != 0.0);
  tmp1[i] = v5;
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
  let v3 = (v0 * 0.01);
  let v4 = select(0.0, 1.0, v0 > 0.0);
  let v5 = select(v3, v0, v4 != 0.0);
  tmp3[i] = v5;
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
    let v27 = (v26 * 0.01);
    let v28 = (v25 + v27);
    tmp6[l21] = v28;
  }
  {
    let j29 = j0 + 1u;
    let l30 = i0 * 100u + j29;
    let v31 = acc8.y;
    let v32 = tmp2[l30];
    let v33 = select(0.0, 1.0, v32 > 0.0);
    let v34 = select(0.0, v31, v33 != 0.0);
    let v35 = select(v31, 0.0, v33 != 0.0);
    let v36 = (v35 * 0.01);
    let v37 = (v34 + v36);
    tmp6[l30] = v37;
  }
  {
    let j38 = j0 + 2u;
    let l39 = i0 * 100u + j38;
    let v40 = acc8.z;
    let v41 = tmp2[l39];
    let v42 = select(0.0, 1.0, v41 > 0.0);
    let v43 = select(0.0, v40, v42 != 0.0);
    let v44 = select(v40, 0.0, v42 != 0.0);
    let v45 = (v44 * 0.01);
    let v46 = (v43 + v45);
    tmp6[l39] = v46;
  }
  {
    let j47 = j0 + 3u;
    let l48 = i0 * 100u + j47;
    let v49 = acc8.w;
    let v50 = tmp2[l48];
    let v51 = select(0.0, 1.0, v50 > 0.0);
    let v52 = select(0.0, v49, v51 != 0.0);
    let v53 = select(v49, 0.0, v51 != 0.0);
    let v54 = (v53 * 0.01);
    let v55 = (v52 + v54);
    tmp6[l48] = v55;
  }
  if (i0 + 1u < 50u) {
    let i56 = i0 + 1u;
    let l57 = i56 * 100u + j0;
    let v58 = acc9.x;
    let v59 = tmp2[l57];
    let v60 = select(0.0, 1.0, v59 > 0.0);
    let v61 = select(0.0, v58, v60 != 0.0);
    let v62 = select(v58, 0.0, v60 != 0.0);
    let v63 = (v62 * 0.01);
    let v64 = (v61 + v63);
    tmp6[l57] = v64;
  }
  if (i0 + 1u < 50u) {
    let i65 = i0 + 1u;
    let j66 = j0 + 1u;
    let l67 = i65 * 100u + j66;
    let v68 = acc9.y;
    let v69 = tmp2[l67];
    let v70 = select(0.0, 1.0, v69 > 0.0);
    let v71 = select(0.0, v68, v70 != 0.0);
    let v72 = select(v68, 0.0, v70 != 0.0);
    let v73 = (v72 * 0.01);
    let v74 = (v71 + v73);
    tmp6[l67] = v74;
  }
  if (i0 + 1u < 50u) {
    let i75 = i0 + 1u;
    let j76 = j0 + 2u;
    let l77 = i75 * 100u + j76;
    let v78 = acc9.z;
    let v79 = tmp2[l77];
    let v80 = select(0.0, 1.0, v79 > 0.0);
    let v81 = select(0.0, v78, v80 != 0.0);
    let v82 = select(v78, 0.0, v80 != 0.0);
    let v83 = (v82 * 0.01);
    let v84 = (v81 + v83);
    tmp6[l77] = v84;
  }
  if (i0 + 1u < 50u) {
    let i85 = i0 + 1u;
    let j86 = j0 + 3u;
    let l87 = i85 * 100u + j86;
    let v88 = acc9.w;
    let v89 = tmp2[l87];
    let v90 = select(0.0, 1.0, v89 > 0.0);
    let v91 = select(0.0, v88, v90 != 0.0);
    let v92 = select(v88, 0.0, v90 != 0.0);
    let v93 = (v92 * 0.01);
    let v94 = (v91 + v93);
    tmp6[l87] = v94;
  }
  if (i0 + 2u < 50u) {
    let i95 = i0 + 2u;
    let l96 = i95 * 100u + j0;
    let v97 = acc10.x;
    let v98 = tmp2[l96];
    let v99 = select(0.0, 1.0, v98 > 0.0);
    let v100 = select(0.0, v97, v99 != 0.0);
    let v101 = select(v97, 0.0, v99 != 0.0);
    let v102 = (v101 * 0.01);
    let v103 = (v100 + v102);
    tmp6[l96] = v103;
  }
  if (i0 + 2u < 50u) {
    let i104 = i0 + 2u;
    let j105 = j0 + 1u;
    let l106 = i104 * 100u + j105;
    let v107 = acc10.y;
    let v108 = tmp2[l106];
    let v109 = select(0.0, 1.0, v108 > 0.0);
    let v110 = select(0.0, v107, v109 != 0.0);
    let v111 = select(v107, 0.0, v109 != 0.0);
    let v112 = (v111 * 0.01);
    let v113 = (v110 + v112);
    tmp6[l106] = v113;
  }
  if (i0 + 2u < 50u) {
    let i114 = i0 + 2u;
    let j115 = j0 + 2u;
    let l116 = i114 * 100u + j115;
    let v117 = acc10.z;
    let v118 = tmp2[l116];
    let v119 = select(0.0, 1.0, v118 > 0.0);
    let v120 = select(0.0, v117, v119 != 0.0);
    let v121 = select(v117, 0.0, v119 != 0.0);
    let v122 = (v121 * 0.01);
    let v123 = (v120 + v122);
    tmp6[l116] = v123;
  }
  if (i0 + 2u < 50u) {
    let i124 = i0 + 2u;
    let j125 = j0 + 3u;
    let l126 = i124 * 100u + j125;
    let v127 = acc10.w;
    let v128 = tmp2[l126];
    let v129 = select(0.0, 1.0, v128 > 0.0);
    let v130 = select(0.0, v127, v129 != 0.0);
    let v131 = select(v127, 0.0, v129 != 0.0);
    let v132 = (v131 * 0.01);
    let v133 = (v130 + v132);
    tmp6[l126] = v133;
  }
  if (i0 + 3u < 50u) {
    let i134 = i0 + 3u;
    let l135 = i134 * 100u + j0;
    let v136 = acc11.x;
    let v137 = tmp2[l135];
    let v138 = select(0.0, 1.0, v137 > 0.0);
    let v139 = select(0.0, v136, v138 != 0.0);
    let v140 = select(v136, 0.0, v138 != 0.0);
    let v141 = (v140 * 0.01);
    let v142 = (v139 + v141);
    tmp6[l135] = v142;
  }
  if (i0 + 3u < 50u) {
    let i143 = i0 + 3u;
    let j144 = j0 + 1u;
    let l145 = i143 * 100u + j144;
    let v146 = acc11.y;
    let v147 = tmp2[l145];
    let v148 = select(0.0, 1.0, v147 > 0.0);
    let v149 = select(0.0, v146, v148 != 0.0);
    let v150 = select(v146, 0.0, v148 != 0.0);
    let v151 = (v150 * 0.01);
    let v152 = (v149 + v151);
    tmp6[l145] = v152;
  }
  if (i0 + 3u < 50u) {
    let i153 = i0 + 3u;
    let j154 = j0 + 2u;
    let l155 = i153 * 100u + j154;
    let v156 = acc11.z;
    let v157 = tmp2[l155];
    let v158 = select(0.0, 1.0, v157 > 0.0);
    let v159 = select(0.0, v156, v158 != 0.0);
    let v160 = select(v156, 0.0, v158 != 0.0);
    let v161 = (v160 * 0.01);
    let v162 = (v159 + v161);
    tmp6[l155] = v162;
  }
  if (i0 + 3u < 50u) {
    let i163 = i0 + 3u;
    let j164 = j0 + 3u;
    let l165 = i163 * 100u + j164;
    let v166 = acc11.w;
    let v167 = tmp2[l165];
    let v168 = select(0.0, 1.0, v167 > 0.0);
    let v169 = select(0.0, v166, v168 != 0.0);
    let v170 = select(v166, 0.0, v168 != 0.0);
    let v171 = (v170 * 0.01);
    let v172 = (v169 + v171);
    tmp6[l165] = v172;
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
    let v82 = (v81 * 0.01);
    let v83 = (v80 + v82);
    tmp7[l76] = v83;
  }
  {
    let j84 = j0 + 1u;
    let l85 = i0 * 300u + j84;
    let v86 = acc16.y;
    let v87 = tmp0[l85];
    let v88 = select(0.0, 1.0, v87 > 0.0);
    let v89 = select(0.0, v86, v88 != 0.0);
    let v90 = select(v86, 0.0, v88 != 0.0);
    let v91 = (v90 * 0.01);
    let v92 = (v89 + v91);
    tmp7[l85] = v92;
  }
  {
    let j93 = j0 + 2u;
    let l94 = i0 * 300u + j93;
    let v95 = acc16.z;
    let v96 = tmp0[l94];
    let v97 = select(0.0, 1.0, v96 > 0.0);
    let v98 = select(0.0, v95, v97 != 0.0);
    let v99 = select(v95, 0.0, v97 != 0.0);
    let v100 = (v99 * 0.01);
    let v101 = (v98 + v100);
    tmp7[l94] = v101;
  }
  {
    let j102 = j0 + 3u;
    let l103 = i0 * 300u + j102;
    let v104 = acc16.w;
    let v105 = tmp0[l103];
    let v106 = select(0.0, 1.0, v105 > 0.0);
    let v107 = select(0.0, v104, v106 != 0.0);
    let v108 = select(v104, 0.0, v106 != 0.0);
    let v109 = (v108 * 0.01);
    let v110 = (v107 + v109);
    tmp7[l103] = v110;
  }
  {
    let j111 = j0 + 4u;
    let l112 = i0 * 300u + j111;
    let v113 = acc17.x;
    let v114 = tmp0[l112];
    let v115 = select(0.0, 1.0, v114 > 0.0);
    let v116 = select(0.0, v113, v115 != 0.0);
    let v117 = select(v113, 0.0, v115 != 0.0);
    let v118 = (v117 * 0.01);
    let v119 = (v116 + v118);
    tmp7[l112] = v119;
  }
  {
    let j120 = j0 + 5u;
    let l121 = i0 * 300u + j120;
    let v122 = acc17.y;
    let v123 = tmp0[l121];
    let v124 = select(0.0, 1.0, v123 > 0.0);
    let v125 = select(0.0, v122, v124 != 0.0);
    let v126 = select(v122, 0.0, v124 != 0.0);
    let v127 = (v126 * 0.01);
    let v128 = (v125 + v127);
    tmp7[l121] = v128;
  }
  {
    let j129 = j0 + 6u;
    let l130 = i0 * 300u + j129;
    let v131 = acc17.z;
    let v132 = tmp0[l130];
    let v133 = select(0.0, 1.0, v132 > 0.0);
    let v134 = select(0.0, v131, v133 != 0.0);
    let v135 = select(v131, 0.0, v133 != 0.0);
    let v136 = (v135 * 0.01);
    let v137 = (v134 + v136);
    tmp7[l130] = v137;
  }
  {
    let j138 = j0 + 7u;
    let l139 = i0 * 300u + j138;
    let v140 = acc17.w;
    let v141 = tmp0[l139];
    let v142 = select(0.0, 1.0, v141 > 0.0);
    let v143 = select(0.0, v140, v142 != 0.0);
    let v144 = select(v140, 0.0, v142 != 0.0);
    let v145 = (v144 * 0.01);
    let v146 = (v143 + v145);
    tmp7[l139] = v146;
  }
  {
    let j147 = j0 + 8u;
    let l148 = i0 * 300u + j147;
    let v149 = acc18.x;
    let v150 = tmp0[l148];
    let v151 = select(0.0, 1.0, v150 > 0.0);
    let v152 = select(0.0, v149, v151 != 0.0);
    let v153 = select(v149, 0.0, v151 != 0.0);
    let v154 = (v153 * 0.01);
    let v155 = (v152 + v154);
    tmp7[l148] = v155;
  }
  {
    let j156 = j0 + 9u;
    let l157 = i0 * 300u + j156;
    let v158 = acc18.y;
    let v159 = tmp0[l157];
    let v160 = select(0.0, 1.0, v159 > 0.0);
    let v161 = select(0.0, v158, v160 != 0.0);
    let v162 = select(v158, 0.0, v160 != 0.0);
    let v163 = (v162 * 0.01);
    let v164 = (v161 + v163);
    tmp7[l157] = v164;
  }
  {
    let j165 = j0 + 10u;
    let l166 = i0 * 300u + j165;
    let v167 = acc18.z;
    let v168 = tmp0[l166];
    let v169 = select(0.0, 1.0, v168 > 0.0);
    let v170 = select(0.0, v167, v169 != 0.0);
    let v171 = select(v167, 0.0, v169 != 0.0);
    let v172 = (v171 * 0.01);
    let v173 = (v170 + v172);
    tmp7[l166] = v173;
  }
  {
    let j174 = j0 + 11u;
    let l175 = i0 * 300u + j174;
    let v176 = acc18.w;
    let v177 = tmp0[l175];
    let v178 = select(0.0, 1.0, v177 > 0.0);
    let v179 = select(0.0, v176, v178 != 0.0);
    let v180 = select(v176, 0.0, v178 != 0.0);
    let v181 = (v180 * 0.01);
    let v182 = (v179 + v181);
    tmp7[l175] = v182;
  }
  if (i0 + 1u < 50u) {
    let i183 = i0 + 1u;
    let l184 = i183 * 300u + j0;
    let v185 = acc19.x;
    let v186 = tmp0[l184];
    let v187 = select(0.0, 1.0, v186 > 0.0);
    let v188 = select(0.0, v185, v187 != 0.0);
    let v189 = select(v185, 0.0, v187 != 0.0);
    let v190 = (v189 * 0.01);
    let v191 = (v188 + v190);
    tmp7[l184] = v191;
  }
  if (i0 + 1u < 50u) {
    let i192 = i0 + 1u;
    let j193 = j0 + 1u;
    let l194 = i192 * 300u + j193;
    let v195 = acc19.y;
    let v196 = tmp0[l194];
    let v197 = select(0.0, 1.0, v196 > 0.0);
    let v198 = select(0.0, v195, v197 != 0.0);
    let v199 = select(v195, 0.0, v197 != 0.0);
    let v200 = (v199 * 0.01);
    let v201 = (v198 + v200);
    tmp7[l194] = v201;
  }
  if (i0 + 1u < 50u) {
    let i202 = i0 + 1u;
    let j203 = j0 + 2u;
    let l204 = i202 * 300u + j203;
    let v205 = acc19.z;
    let v206 = tmp0[l204];
    let v207 = select(0.0, 1.0, v206 > 0.0);
    let v208 = select(0.0, v205, v207 != 0.0);
    let v209 = select(v205, 0.0, v207 != 0.0);
    let v210 = (v209 * 0.01);
    let v211 = (v208 + v210);
    tmp7[l204] = v211;
  }
  if (i0 + 1u < 50u) {
    let i212 = i0 + 1u;
    let j213 = j0 + 3u;
    let l214 = i212 * 300u + j213;
    let v215 = acc19.w;
    let v216 = tmp0[l214];
    let v217 = select(0.0, 1.0, v216 > 0.0);
    let v218 = select(0.0, v215, v217 != 0.0);
    let v219 = select(v215, 0.0, v217 != 0.0);
    let v220 = (v219 * 0.01);
    let v221 = (v218 + v220);
    tmp7[l214] = v221;
  }
  if (i0 + 1u < 50u) {
    let i222 = i0 + 1u;
    let j223 = j0 + 4u;
    let l224 = i222 * 300u + j223;
    let v225 = acc20.x;
    let v226 = tmp0[l224];
    let v227 = select(0.0, 1.0, v226 > 0.0);
    let v228 = select(0.0, v225, v227 != 0.0);
    let v229 = select(v225, 0.0, v227 != 0.0);
    let v230 = (v229 * 0.01);
    let v231 = (v228 + v230);
    tmp7[l224] = v231;
  }
  if (i0 + 1u < 50u) {
    let i232 = i0 + 1u;
    let j233 = j0 + 5u;
    let l234 = i232 * 300u + j233;
    let v235 = acc20.y;
    let v236 = tmp0[l234];
    let v237 = select(0.0, 1.0, v236 > 0.0);
    let v238 = select(0.0, v235, v237 != 0.0);
    let v239 = select(v235, 0.0, v237 != 0.0);
    let v240 = (v239 * 0.01);
    let v241 = (v238 + v240);
    tmp7[l234] = v241;
  }
  if (i0 + 1u < 50u) {
    let i242 = i0 + 1u;
    let j243 = j0 + 6u;
    let l244 = i242 * 300u + j243;
    let v245 = acc20.z;
    let v246 = tmp0[l244];
    let v247 = select(0.0, 1.0, v246 > 0.0);
    let v248 = select(0.0, v245, v247 != 0.0);
    let v249 = select(v245, 0.0, v247 != 0.0);
    let v250 = (v249 * 0.01);
    let v251 = (v248 + v250);
    tmp7[l244] = v251;
  }
  if (i0 + 1u < 50u) {
    let i252 = i0 + 1u;
    let j253 = j0 + 7u;
    let l254 = i252 * 300u + j253;
    let v255 = acc20.w;
    let v256 = tmp0[l254];
    let v257 = select(0.0, 1.0, v256 > 0.0);
    let v258 = select(0.0, v255, v257 != 0.0);
    let v259 = select(v255, 0.0, v257 != 0.0);
    let v260 = (v259 * 0.01);
    let v261 = (v258 + v260);
    tmp7[l254] = v261;
  }
  if (i0 + 1u < 50u) {
    let i262 = i0 + 1u;
    let j263 = j0 + 8u;
    let l264 = i262 * 300u + j263;
    let v265 = acc21.x;
    let v266 = tmp0[l264];
    let v267 = select(0.0, 1.0, v266 > 0.0);
    let v268 = select(0.0, v265, v267 != 0.0);
    let v269 = select(v265, 0.0, v267 != 0.0);
    let v270 = (v269 * 0.01);
    let v271 = (v268 + v270);
    tmp7[l264] = v271;
  }
  if (i0 + 1u < 50u) {
    let i272 = i0 + 1u;
    let j273 = j0 + 9u;
    let l274 = i272 * 300u + j273;
    let v275 = acc21.y;
    let v276 = tmp0[l274];
    let v277 = select(0.0, 1.0, v276 > 0.0);
    let v278 = select(0.0, v275, v277 != 0.0);
    let v279 = select(v275, 0.0, v277 != 0.0);
    let v280 = (v279 * 0.01);
    let v281 = (v278 + v280);
    tmp7[l274] = v281;
  }
  if (i0 + 1u < 50u) {
    let i282 = i0 + 1u;
    let j283 = j0 + 10u;
    let l284 = i282 * 300u + j283;
    let v285 = acc21.z;
    let v286 = tmp0[l284];
    let v287 = select(0.0, 1.0, v286 > 0.0);
    let v288 = select(0.0, v285, v287 != 0.0);
    let v289 = select(v285, 0.0, v287 != 0.0);
    let v290 = (v289 * 0.01);
    let v291 = (v288 + v290);
    tmp7[l284] = v291;
  }
  if (i0 + 1u < 50u) {
    let i292 = i0 + 1u;
    let j293 = j0 + 11u;
    let l294 = i292 * 300u + j293;
    let v295 = acc21.w;
    let v296 = tmp0[l294];
    let v297 = select(0.0, 1.0, v296 > 0.0);
    let v298 = select(0.0, v295, v297 != 0.0);
    let v299 = select(v295, 0.0, v297 != 0.0);
    let v300 = (v299 * 0.01);
    let v301 = (v298 + v300);
    tmp7[l294] = v301;
  }
  if (i0 + 2u < 50u) {
    let i302 = i0 + 2u;
    let l303 = i302 * 300u + j0;
    let v304 = acc22.x;
    let v305 = tmp0[l303];
    let v306 = select(0.0, 1.0, v305 > 0.0);
    let v307 = select(0.0, v304, v306 != 0.0);
    let v308 = select(v304, 0.0, v306 != 0.0);
    let v309 = (v308 * 0.01);
    let v310 = (v307 + v309);
    tmp7[l303] = v310;
  }
  if (i0 + 2u < 50u) {
    let i311 = i0 + 2u;
    let j312 = j0 + 1u;
    let l313 = i311 * 300u + j312;
    let v314 = acc22.y;
    let v315 = tmp0[l313];
    let v316 = select(0.0, 1.0, v315 > 0.0);
    let v317 = select(0.0, v314, v316 != 0.0);
    let v318 = select(v314, 0.0, v316 != 0.0);
    let v319 = (v318 * 0.01);
    let v320 = (v317 + v319);
    tmp7[l313] = v320;
  }
  if (i0 + 2u < 50u) {
    let i321 = i0 + 2u;
    let j322 = j0 + 2u;
    let l323 = i321 * 300u + j322;
    let v324 = acc22.z;
    let v325 = tmp0[l323];
    let v326 = select(0.0, 1.0, v325 > 0.0);
    let v327 = select(0.0, v324, v326 != 0.0);
    let v328 = select(v324, 0.0, v326 != 0.0);
    let v329 = (v328 * 0.01);
    let v330 = (v327 + v329);
    tmp7[l323] = v330;
  }
  if (i0 + 2u < 50u) {
    let i331 = i0 + 2u;
    let j332 = j0 + 3u;
    let l333 = i331 * 300u + j332;
    let v334 = acc22.w;
    let v335 = tmp0[l333];
    let v336 = select(0.0, 1.0, v335 > 0.0);
    let v337 = select(0.0, v334, v336 != 0.0);
    let v338 = select(v334, 0.0, v336 != 0.0);
    let v339 = (v338 * 0.01);
    let v340 = (v337 + v339);
    tmp7[l333] = v340;
  }
  if (i0 + 2u < 50u) {
    let i341 = i0 + 2u;
    let j342 = j0 + 4u;
    let l343 = i341 * 300u + j342;
    let v344 = acc23.x;
    let v345 = tmp0[l343];
    let v346 = select(0.0, 1.0, v345 > 0.0);
    let v347 = select(0.0, v344, v346 != 0.0);
    let v348 = select(v344, 0.0, v346 != 0.0);
    let v349 = (v348 * 0.01);
    let v350 = (v347 + v349);
    tmp7[l343] = v350;
  }
  if (i0 + 2u < 50u) {
    let i351 = i0 + 2u;
    let j352 = j0 + 5u;
    let l353 = i351 * 300u + j352;
    let v354 = acc23.y;
    let v355 = tmp0[l353];
    let v356 = select(0.0, 1.0, v355 > 0.0);
    let v357 = select(0.0, v354, v356 != 0.0);
    let v358 = select(v354, 0.0, v356 != 0.0);
    let v359 = (v358 * 0.01);
    let v360 = (v357 + v359);
    tmp7[l353] = v360;
  }
  if (i0 + 2u < 50u) {
    let i361 = i0 + 2u;
    let j362 = j0 + 6u;
    let l363 = i361 * 300u + j362;
    let v364 = acc23.z;
    let v365 = tmp0[l363];
    let v366 = select(0.0, 1.0, v365 > 0.0);
    let v367 = select(0.0, v364, v366 != 0.0);
    let v368 = select(v364, 0.0, v366 != 0.0);
    let v369 = (v368 * 0.01);
    let v370 = (v367 + v369);
    tmp7[l363] = v370;
  }
  if (i0 + 2u < 50u) {
    let i371 = i0 + 2u;
    let j372 = j0 + 7u;
    let l373 = i371 * 300u + j372;
    let v374 = acc23.w;
    let v375 = tmp0[l373];
    let v376 = select(0.0, 1.0, v375 > 0.0);
    let v377 = select(0.0, v374, v376 != 0.0);
    let v378 = select(v374, 0.0, v376 != 0.0);
    let v379 = (v378 * 0.01);
    let v380 = (v377 + v379);
    tmp7[l373] = v380;
  }
  if (i0 + 2u < 50u) {
    let i381 = i0 + 2u;
    let j382 = j0 + 8u;
    let l383 = i381 * 300u + j382;
    let v384 = acc24.x;
    let v385 = tmp0[l383];
    let v386 = select(0.0, 1.0, v385 > 0.0);
    let v387 = select(0.0, v384, v386 != 0.0);
    let v388 = select(v384, 0.0, v386 != 0.0);
    let v389 = (v388 * 0.01);
    let v390 = (v387 + v389);
    tmp7[l383] = v390;
  }
  if (i0 + 2u < 50u) {
    let i391 = i0 + 2u;
    let j392 = j0 + 9u;
    let l393 = i391 * 300u + j392;
    let v394 = acc24.y;
    let v395 = tmp0[l393];
    let v396 = select(0.0, 1.0, v395 > 0.0);
    let v397 = select(0.0, v394, v396 != 0.0);
    let v398 = select(v394, 0.0, v396 != 0.0);
    let v399 = (v398 * 0.01);
    let v400 = (v397 + v399);
    tmp7[l393] = v400;
  }
  if (i0 + 2u < 50u) {
    let i401 = i0 + 2u;
    let j402 = j0 + 10u;
    let l403 = i401 * 300u + j402;
    let v404 = acc24.z;
    let v405 = tmp0[l403];
    let v406 = select(0.0, 1.0, v405 > 0.0);
    let v407 = select(0.0, v404, v406 != 0.0);
    let v408 = select(v404, 0.0, v406 != 0.0);
    let v409 = (v408 * 0.01);
    let v410 = (v407 + v409);
    tmp7[l403] = v410;
  }
  if (i0 + 2u < 50u) {
    let i411 = i0 + 2u;
    let j412 = j0 + 11u;
    let l413 = i411 * 300u + j412;
    let v414 = acc24.w;
    let v415 = tmp0[l413];
    let v416 = select(0.0, 1.0, v415 > 0.0);
    let v417 = select(0.0, v414, v416 != 0.0);
    let v418 = select(v414, 0.0, v416 != 0.0);
    let v419 = (v418 * 0.01);
    let v420 = (v417 + v419);
    tmp7[l413] = v420;
  }
  if (i0 + 3u < 50u) {
    let i421 = i0 + 3u;
    let l422 = i421 * 300u + j0;
    let v423 = acc25.x;
    let v424 = tmp0[l422];
    let v425 = select(0.0, 1.0, v424 > 0.0);
    let v426 = select(0.0, v423, v425 != 0.0);
    let v427 = select(v423, 0.0, v425 != 0.0);
    let v428 = (v427 * 0.01);
    let v429 = (v426 + v428);
    tmp7[l422] = v429;
  }
  if (i0 + 3u < 50u) {
    let i430 = i0 + 3u;
    let j431 = j0 + 1u;
    let l432 = i430 * 300u + j431;
    let v433 = acc25.y;
    let v434 = tmp0[l432];
    let v435 = select(0.0, 1.0, v434 > 0.0);
    let v436 = select(0.0, v433, v435 != 0.0);
    let v437 = select(v433, 0.0, v435 != 0.0);
    let v438 = (v437 * 0.01);
    let v439 = (v436 + v438);
    tmp7[l432] = v439;
  }
  if (i0 + 3u < 50u) {
    let i440 = i0 + 3u;
    let j441 = j0 + 2u;
    let l442 = i440 * 300u + j441;
    let v443 = acc25.z;
    let v444 = tmp0[l442];
    let v445 = select(0.0, 1.0, v444 > 0.0);
    let v446 = select(0.0, v443, v445 != 0.0);
    let v447 = select(v443, 0.0, v445 != 0.0);
    let v448 = (v447 * 0.01);
    let v449 = (v446 + v448);
    tmp7[l442] = v449;
  }
  if (i0 + 3u < 50u) {
    let i450 = i0 + 3u;
    let j451 = j0 + 3u;
    let l452 = i450 * 300u + j451;
    let v453 = acc25.w;
    let v454 = tmp0[l452];
    let v455 = select(0.0, 1.0, v454 > 0.0);
    let v456 = select(0.0, v453, v455 != 0.0);
    let v457 = select(v453, 0.0, v455 != 0.0);
    let v458 = (v457 * 0.01);
    let v459 = (v456 + v458);
    tmp7[l452] = v459;
  }
  if (i0 + 3u < 50u) {
    let i460 = i0 + 3u;
    let j461 = j0 + 4u;
    let l462 = i460 * 300u + j461;
    let v463 = acc26.x;
    let v464 = tmp0[l462];
    let v465 = select(0.0, 1.0, v464 > 0.0);
    let v466 = select(0.0, v463, v465 != 0.0);
    let v467 = select(v463, 0.0, v465 != 0.0);
    let v468 = (v467 * 0.01);
    let v469 = (v466 + v468);
    tmp7[l462] = v469;
  }
  if (i0 + 3u < 50u) {
    let i470 = i0 + 3u;
    let j471 = j0 + 5u;
    let l472 = i470 * 300u + j471;
    let v473 = acc26.y;
    let v474 = tmp0[l472];
    let v475 = select(0.0, 1.0, v474 > 0.0);
    let v476 = select(0.0, v473, v475 != 0.0);
    let v477 = select(v473, 0.0, v475 != 0.0);
    let v478 = (v477 * 0.01);
    let v479 = (v476 + v478);
    tmp7[l472] = v479;
  }
  if (i0 + 3u < 50u) {
    let i480 = i0 + 3u;
    let j481 = j0 + 6u;
    let l482 = i480 * 300u + j481;
    let v483 = acc26.z;
    let v484 = tmp0[l482];
    let v485 = select(0.0, 1.0, v484 > 0.0);
    let v486 = select(0.0, v483, v485 != 0.0);
    let v487 = select(v483, 0.0, v485 != 0.0);
    let v488 = (v487 * 0.01);
    let v489 = (v486 + v488);
    tmp7[l482] = v489;
  }
  if (i0 + 3u < 50u) {
    let i490 = i0 + 3u;
    let j491 = j0 + 7u;
    let l492 = i490 * 300u + j491;
    let v493 = acc26.w;
    let v494 = tmp0[l492];
    let v495 = select(0.0, 1.0, v494 > 0.0);
    let v496 = select(0.0, v493, v495 != 0.0);
    let v497 = select(v493, 0.0, v495 != 0.0);
    let v498 = (v497 * 0.01);
    let v499 = (v496 + v498);
    tmp7[l492] = v499;
  }
  if (i0 + 3u < 50u) {
    let i500 = i0 + 3u;
    let j501 = j0 + 8u;
    let l502 = i500 * 300u + j501;
    let v503 = acc27.x;
    let v504 = tmp0[l502];
    let v505 = select(0.0, 1.0, v504 > 0.0);
    let v506 = select(0.0, v503, v505 != 0.0);
    let v507 = select(v503, 0.0, v505 != 0.0);
    let v508 = (v507 * 0.01);
    let v509 = (v506 + v508);
    tmp7[l502] = v509;
  }
  if (i0 + 3u < 50u) {
    let i510 = i0 + 3u;
    let j511 = j0 + 9u;
    let l512 = i510 * 300u + j511;
    let v513 = acc27.y;
    let v514 = tmp0[l512];
    let v515 = select(0.0, 1.0, v514 > 0.0);
    let v516 = select(0.0, v513, v515 != 0.0);
    let v517 = select(v513, 0.0, v515 != 0.0);
    let v518 = (v517 * 0.01);
    let v519 = (v516 + v518);
    tmp7[l512] = v519;
  }
  if (i0 + 3u < 50u) {
    let i520 = i0 + 3u;
    let j521 = j0 + 10u;
    let l522 = i520 * 300u + j521;
    let v523 = acc27.z;
    let v524 = tmp0[l522];
    let v525 = select(0.0, 1.0, v524 > 0.0);
    let v526 = select(0.0, v523, v525 != 0.0);
    let v527 = select(v523, 0.0, v525 != 0.0);
    let v528 = (v527 * 0.01);
    let v529 = (v526 + v528);
    tmp7[l522] = v529;
  }
  if (i0 + 3u < 50u) {
    let i530 = i0 + 3u;
    let j531 = j0 + 11u;
    let l532 = i530 * 300u + j531;
    let v533 = acc27.w;
    let v534 = tmp0[l532];
    let v535 = select(0.0, 1.0, v534 > 0.0);
    let v536 = select(0.0, v533, v535 != 0.0);
    let v537 = select(v533, 0.0, v535 != 0.0);
    let v538 = (v537 * 0.01);
    let v539 = (v536 + v538);
    tmp7[l532] = v539;
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
    let v56 = (v55 * 0.01);
    let v57 = select(0.0, 1.0, v55 > 0.0);
    let v58 = select(v56, v55, v57 != 0.0);
    tmp0[l52] = v58;
  }
  {
    let j59 = j0 + 1u;
    let l60 = i0 * 300u + j59;
    let v61 = acc16.y;
    let v62 = s_hidden1_dense_bias[j59];
    let v63 = (v61 + v62);
    let v64 = (v63 * 0.01);
    let v65 = select(0.0, 1.0, v63 > 0.0);
    let v66 = select(v64, v63, v65 != 0.0);
    tmp0[l60] = v66;
  }
  {
    let j67 = j0 + 2u;
    let l68 = i0 * 300u + j67;
    let v69 = acc16.z;
    let v70 = s_hidden1_dense_bias[j67];
    let v71 = (v69 + v70);
    let v72 = (v71 * 0.01);
    let v73 = select(0.0, 1.0, v71 > 0.0);
    let v74 = select(v72, v71, v73 != 0.0);
    tmp0[l68] = v74;
  }
  {
    let j75 = j0 + 3u;
    let l76 = i0 * 300u + j75;
    let v77 = acc16.w;
    let v78 = s_hidden1_dense_bias[j75];
    let v79 = (v77 + v78);
    let v80 = (v79 * 0.01);
    let v81 = select(0.0, 1.0, v79 > 0.0);
    let v82 = select(v80, v79, v81 != 0.0);
    tmp0[l76] = v82;
  }
  {
    let j83 = j0 + 4u;
    let l84 = i0 * 300u + j83;
    let v85 = acc17.x;
    let v86 = s_hidden1_dense_bias[j83];
    let v87 = (v85 + v86);
    let v88 = (v87 * 0.01);
    let v89 = select(0.0, 1.0, v87 > 0.0);
    let v90 = select(v88, v87, v89 != 0.0);
    tmp0[l84] = v90;
  }
  {
    let j91 = j0 + 5u;
    let l92 = i0 * 300u + j91;
    let v93 = acc17.y;
    let v94 = s_hidden1_dense_bias[j91];
    let v95 = (v93 + v94);
    let v96 = (v95 * 0.01);
    let v97 = select(0.0, 1.0, v95 > 0.0);
    let v98 = select(v96, v95, v97 != 0.0);
    tmp0[l92] = v98;
  }
  {
    let j99 = j0 + 6u;
    let l100 = i0 * 300u + j99;
    let v101 = acc17.z;
    let v102 = s_hidden1_dense_bias[j99];
    let v103 = (v101 + v102);
    let v104 = (v103 * 0.01);
    let v105 = select(0.0, 1.0, v103 > 0.0);
    let v106 = select(v104, v103, v105 != 0.0);
    tmp0[l100] = v106;
  }
  {
    let j107 = j0 + 7u;
    let l108 = i0 * 300u + j107;
    let v109 = acc17.w;
    let v110 = s_hidden1_dense_bias[j107];
    let v111 = (v109 + v110);
    let v112 = (v111 * 0.01);
    let v113 = select(0.0, 1.0, v111 > 0.0);
    let v114 = select(v112, v111, v113 != 0.0);
    tmp0[l108] = v114;
  }
  {
    let j115 = j0 + 8u;
    let l116 = i0 * 300u + j115;
    let v117 = acc18.x;
    let v118 = s_hidden1_dense_bias[j115];
    let v119 = (v117 + v118);
    let v120 = (v119 * 0.01);
    let v121 = select(0.0, 1.0, v119 > 0.0);
    let v122 = select(v120, v119, v121 != 0.0);
    tmp0[l116] = v122;
  }
  {
    let j123 = j0 + 9u;
    let l124 = i0 * 300u + j123;
    let v125 = acc18.y;
    let v126 = s_hidden1_dense_bias[j123];
    let v127 = (v125 + v126);
    let v128 = (v127 * 0.01);
    let v129 = select(0.0, 1.0, v127 > 0.0);
    let v130 = select(v128, v127, v129 != 0.0);
    tmp0[l124] = v130;
  }
  {
    let j131 = j0 + 10u;
    let l132 = i0 * 300u + j131;
    let v133 = acc18.z;
    let v134 = s_hidden1_dense_bias[j131];
    let v135 = (v133 + v134);
    let v136 = (v135 * 0.01);
    let v137 = select(0.0, 1.0, v135 > 0.0);
    let v138 = select(v136, v135, v137 != 0.0);
    tmp0[l132] = v138;
  }
  {
    let j139 = j0 + 11u;
    let l140 = i0 * 300u + j139;
    let v141 = acc18.w;
    let v142 = s_hidden1_dense_bias[j139];
    let v143 = (v141 + v142);
    let v144 = (v143 * 0.01);
    let v145 = select(0.0, 1.0, v143 > 0.0);
    let v146 = select(v144, v143, v145 != 0.0);
    tmp0[l140] = v146;
  }
  if (i0 + 1u < 50u) {
    let i147 = i0 + 1u;
    let l148 = i147 * 300u + j0;
    let v149 = acc19.x;
    let v150 = s_hidden1_dense_bias[j0];
    let v151 = (v149 + v150);
    let v152 = (v151 * 0.01);
    let v153 = select(0.0, 1.0, v151 > 0.0);
    let v154 = select(v152, v151, v153 != 0.0);
    tmp0[l148] = v154;
  }
  if (i0 + 1u < 50u) {
    let i155 = i0 + 1u;
    let j156 = j0 + 1u;
    let l157 = i155 * 300u + j156;
    let v158 = acc19.y;
    let v159 = s_hidden1_dense_bias[j156];
    let v160 = (v158 + v159);
    let v161 = (v160 * 0.01);
    let v162 = select(0.0, 1.0, v160 > 0.0);
    let v163 = select(v161, v160, v162 != 0.0);
    tmp0[l157] = v163;
  }
  if (i0 + 1u < 50u) {
    let i164 = i0 + 1u;
    let j165 = j0 + 2u;
    let l166 = i164 * 300u + j165;
    let v167 = acc19.z;
    let v168 = s_hidden1_dense_bias[j165];
    let v169 = (v167 + v168);
    let v170 = (v169 * 0.01);
    let v171 = select(0.0, 1.0, v169 > 0.0);
    let v172 = select(v170, v169, v171 != 0.0);
    tmp0[l166] = v172;
  }
  if (i0 + 1u < 50u) {
    let i173 = i0 + 1u;
    let j174 = j0 + 3u;
    let l175 = i173 * 300u + j174;
    let v176 = acc19.w;
    let v177 = s_hidden1_dense_bias[j174];
    let v178 = (v176 + v177);
    let v179 = (v178 * 0.01);
    let v180 = select(0.0, 1.0, v178 > 0.0);
    let v181 = select(v179, v178, v180 != 0.0);
    tmp0[l175] = v181;
  }
  if (i0 + 1u < 50u) {
    let i182 = i0 + 1u;
    let j183 = j0 + 4u;
    let l184 = i182 * 300u + j183;
    let v185 = acc20.x;
    let v186 = s_hidden1_dense_bias[j183];
    let v187 = (v185 + v186);
    let v188 = (v187 * 0.01);
    let v189 = select(0.0, 1.0, v187 > 0.0);
    let v190 = select(v188, v187, v189 != 0.0);
    tmp0[l184] = v190;
  }
  if (i0 + 1u < 50u) {
    let i191 = i0 + 1u;
    let j192 = j0 + 5u;
    let l193 = i191 * 300u + j192;
    let v194 = acc20.y;
    let v195 = s_hidden1_dense_bias[j192];
    let v196 = (v194 + v195);
    let v197 = (v196 * 0.01);
    let v198 = select(0.0, 1.0, v196 > 0.0);
    let v199 = select(v197, v196, v198 != 0.0);
    tmp0[l193] = v199;
  }
  if (i0 + 1u < 50u) {
    let i200 = i0 + 1u;
    let j201 = j0 + 6u;
    let l202 = i200 * 300u + j201;
    let v203 = acc20.z;
    let v204 = s_hidden1_dense_bias[j201];
    let v205 = (v203 + v204);
    let v206 = (v205 * 0.01);
    let v207 = select(0.0, 1.0, v205 > 0.0);
    let v208 = select(v206, v205, v207 != 0.0);
    tmp0[l202] = v208;
  }
  if (i0 + 1u < 50u) {
    let i209 = i0 + 1u;
    let j210 = j0 + 7u;
    let l211 = i209 * 300u + j210;
    let v212 = acc20.w;
    let v213 = s_hidden1_dense_bias[j210];
    let v214 = (v212 + v213);
    let v215 = (v214 * 0.01);
    let v216 = select(0.0, 1.0, v214 > 0.0);
    let v217 = select(v215, v214, v216 != 0.0);
    tmp0[l211] = v217;
  }
  if (i0 + 1u < 50u) {
    let i218 = i0 + 1u;
    let j219 = j0 + 8u;
    let l220 = i218 * 300u + j219;
    let v221 = acc21.x;
    let v222 = s_hidden1_dense_bias[j219];
    let v223 = (v221 + v222);
    let v224 = (v223 * 0.01);
    let v225 = select(0.0, 1.0, v223 > 0.0);
    let v226 = select(v224, v223, v225 != 0.0);
    tmp0[l220] = v226;
  }
  if (i0 + 1u < 50u) {
    let i227 = i0 + 1u;
    let j228 = j0 + 9u;
    let l229 = i227 * 300u + j228;
    let v230 = acc21.y;
    let v231 = s_hidden1_dense_bias[j228];
    let v232 = (v230 + v231);
    let v233 = (v232 * 0.01);
    let v234 = select(0.0, 1.0, v232 > 0.0);
    let v235 = select(v233, v232, v234 != 0.0);
    tmp0[l229] = v235;
  }
  if (i0 + 1u < 50u) {
    let i236 = i0 + 1u;
    let j237 = j0 + 10u;
    let l238 = i236 * 300u + j237;
    let v239 = acc21.z;
    let v240 = s_hidden1_dense_bias[j237];
    let v241 = (v239 + v240);
    let v242 = (v241 * 0.01);
    let v243 = select(0.0, 1.0, v241 > 0.0);
    let v244 = select(v242, v241, v243 != 0.0);
    tmp0[l238] = v244;
  }
  if (i0 + 1u < 50u) {
    let i245 = i0 + 1u;
    let j246 = j0 + 11u;
    let l247 = i245 * 300u + j246;
    let v248 = acc21.w;
    let v249 = s_hidden1_dense_bias[j246];
    let v250 = (v248 + v249);
    let v251 = (v250 * 0.01);
    let v252 = select(0.0, 1.0, v250 > 0.0);
    let v253 = select(v251, v250, v252 != 0.0);
    tmp0[l247] = v253;
  }
  if (i0 + 2u < 50u) {
    let i254 = i0 + 2u;
    let l255 = i254 * 300u + j0;
    let v256 = acc22.x;
    let v257 = s_hidden1_dense_bias[j0];
    let v258 = (v256 + v257);
    let v259 = (v258 * 0.01);
    let v260 = select(0.0, 1.0, v258 > 0.0);
    let v261 = select(v259, v258, v260 != 0.0);
    tmp0[l255] = v261;
  }
  if (i0 + 2u < 50u) {
    let i262 = i0 + 2u;
    let j263 = j0 + 1u;
    let l264 = i262 * 300u + j263;
    let v265 = acc22.y;
    let v266 = s_hidden1_dense_bias[j263];
    let v267 = (v265 + v266);
    let v268 = (v267 * 0.01);
    let v269 = select(0.0, 1.0, v267 > 0.0);
    let v270 = select(v268, v267, v269 != 0.0);
    tmp0[l264] = v270;
  }
  if (i0 + 2u < 50u) {
    let i271 = i0 + 2u;
    let j272 = j0 + 2u;
    let l273 = i271 * 300u + j272;
    let v274 = acc22.z;
    let v275 = s_hidden1_dense_bias[j272];
    let v276 = (v274 + v275);
    let v277 = (v276 * 0.01);
    let v278 = select(0.0, 1.0, v276 > 0.0);
    let v279 = select(v277, v276, v278 != 0.0);
    tmp0[l273] = v279;
  }
  if (i0 + 2u < 50u) {
    let i280 = i0 + 2u;
    let j281 = j0 + 3u;
    let l282 = i280 * 300u + j281;
    let v283 = acc22.w;
    let v284 = s_hidden1_dense_bias[j281];
    let v285 = (v283 + v284);
    let v286 = (v285 * 0.01);
    let v287 = select(0.0, 1.0, v285 > 0.0);
    let v288 = select(v286, v285, v287 != 0.0);
    tmp0[l282] = v288;
  }
  if (i0 + 2u < 50u) {
    let i289 = i0 + 2u;
    let j290 = j0 + 4u;
    let l291 = i289 * 300u + j290;
    let v292 = acc23.x;
    let v293 = s_hidden1_dense_bias[j290];
    let v294 = (v292 + v293);
    let v295 = (v294 * 0.01);
    let v296 = select(0.0, 1.0, v294 > 0.0);
    let v297 = select(v295, v294, v296 != 0.0);
    tmp0[l291] = v297;
  }
  if (i0 + 2u < 50u) {
    let i298 = i0 + 2u;
    let j299 = j0 + 5u;
    let l300 = i298 * 300u + j299;
    let v301 = acc23.y;
    let v302 = s_hidden1_dense_bias[j299];
    let v303 = (v301 + v302);
    let v304 = (v303 * 0.01);
    let v305 = select(0.0, 1.0, v303 > 0.0);
    let v306 = select(v304, v303, v305 != 0.0);
    tmp0[l300] = v306;
  }
  if (i0 + 2u < 50u) {
    let i307 = i0 + 2u;
    let j308 = j0 + 6u;
    let l309 = i307 * 300u + j308;
    let v310 = acc23.z;
    let v311 = s_hidden1_dense_bias[j308];
    let v312 = (v310 + v311);
    let v313 = (v312 * 0.01);
    let v314 = select(0.0, 1.0, v312 > 0.0);
    let v315 = select(v313, v312, v314 != 0.0);
    tmp0[l309] = v315;
  }
  if (i0 + 2u < 50u) {
    let i316 = i0 + 2u;
    let j317 = j0 + 7u;
    let l318 = i316 * 300u + j317;
    let v319 = acc23.w;
    let v320 = s_hidden1_dense_bias[j317];
    let v321 = (v319 + v320);
    let v322 = (v321 * 0.01);
    let v323 = select(0.0, 1.0, v321 > 0.0);
    let v324 = select(v322, v321, v323 != 0.0);
    tmp0[l318] = v324;
  }
  if (i0 + 2u < 50u) {
    let i325 = i0 + 2u;
    let j326 = j0 + 8u;
    let l327 = i325 * 300u + j326;
    let v328 = acc24.x;
    let v329 = s_hidden1_dense_bias[j326];
    let v330 = (v328 + v329);
    let v331 = (v330 * 0.01);
    let v332 = select(0.0, 1.0, v330 > 0.0);
    let v333 = select(v331, v330, v332 != 0.0);
    tmp0[l327] = v333;
  }
  if (i0 + 2u < 50u) {
    let i334 = i0 + 2u;
    let j335 = j0 + 9u;
    let l336 = i334 * 300u + j335;
    let v337 = acc24.y;
    let v338 = s_hidden1_dense_bias[j335];
    let v339 = (v337 + v338);
    let v340 = (v339 * 0.01);
    let v341 = select(0.0, 1.0, v339 > 0.0);
    let v342 = select(v340, v339, v341 != 0.0);
    tmp0[l336] = v342;
  }
  if (i0 + 2u < 50u) {
    let i343 = i0 + 2u;
    let j344 = j0 + 10u;
    let l345 = i343 * 300u + j344;
    let v346 = acc24.z;
    let v347 = s_hidden1_dense_bias[j344];
    let v348 = (v346 + v347);
    let v349 = (v348 * 0.01);
    let v350 = select(0.0, 1.0, v348 > 0.0);
    let v351 = select(v349, v348, v350 != 0.0);
    tmp0[l345] = v351;
  }
  if (i0 + 2u < 50u) {
    let i352 = i0 + 2u;
    let j353 = j0 + 11u;
    let l354 = i352 * 300u + j353;
    let v355 = acc24.w;
    let v356 = s_hidden1_dense_bias[j353];
    let v357 = (v355 + v356);
    let v358 = (v357 * 0.01);
    let v359 = select(0.0, 1.0, v357 > 0.0);
    let v360 = select(v358, v357, v359 != 0.0);
    tmp0[l354] = v360;
  }
  if (i0 + 3u < 50u) {
    let i361 = i0 + 3u;
    let l362 = i361 * 300u + j0;
    let v363 = acc25.x;
    let v364 = s_hidden1_dense_bias[j0];
    let v365 = (v363 + v364);
    let v366 = (v365 * 0.01);
    let v367 = select(0.0, 1.0, v365 > 0.0);
    let v368 = select(v366, v365, v367 != 0.0);
    tmp0[l362] = v368;
  }
  if (i0 + 3u < 50u) {
    let i369 = i0 + 3u;
    let j370 = j0 + 1u;
    let l371 = i369 * 300u + j370;
    let v372 = acc25.y;
    let v373 = s_hidden1_dense_bias[j370];
    let v374 = (v372 + v373);
    let v375 = (v374 * 0.01);
    let v376 = select(0.0, 1.0, v374 > 0.0);
    let v377 = select(v375, v374, v376 != 0.0);
    tmp0[l371] = v377;
  }
  if (i0 + 3u < 50u) {
    let i378 = i0 + 3u;
    let j379 = j0 + 2u;
    let l380 = i378 * 300u + j379;
    let v381 = acc25.z;
    let v382 = s_hidden1_dense_bias[j379];
    let v383 = (v381 + v382);
    let v384 = (v383 * 0.01);
    let v385 = select(0.0, 1.0, v383 > 0.0);
    let v386 = select(v384, v383, v385 != 0.0);
    tmp0[l380] = v386;
  }
  if (i0 + 3u < 50u) {
    let i387 = i0 + 3u;
    let j388 = j0 + 3u;
    let l389 = i387 * 300u + j388;
    let v390 = acc25.w;
    let v391 = s_hidden1_dense_bias[j388];
    let v392 = (v390 + v391);
    let v393 = (v392 * 0.01);
    let v394 = select(0.0, 1.0, v392 > 0.0);
    let v395 = select(v393, v392, v394 != 0.0);
    tmp0[l389] = v395;
  }
  if (i0 + 3u < 50u) {
    let i396 = i0 + 3u;
    let j397 = j0 + 4u;
    let l398 = i396 * 300u + j397;
    let v399 = acc26.x;
    let v400 = s_hidden1_dense_bias[j397];
    let v401 = (v399 + v400);
    let v402 = (v401 * 0.01);
    let v403 = select(0.0, 1.0, v401 > 0.0);
    let v404 = select(v402, v401, v403 != 0.0);
    tmp0[l398] = v404;
  }
  if (i0 + 3u < 50u) {
    let i405 = i0 + 3u;
    let j406 = j0 + 5u;
    let l407 = i405 * 300u + j406;
    let v408 = acc26.y;
    let v409 = s_hidden1_dense_bias[j406];
    let v410 = (v408 + v409);
    let v411 = (v410 * 0.01);
    let v412 = select(0.0, 1.0, v410 > 0.0);
    let v413 = select(v411, v410, v412 != 0.0);
    tmp0[l407] = v413;
  }
  if (i0 + 3u < 50u) {
    let i414 = i0 + 3u;
    let j415 = j0 + 6u;
    let l416 = i414 * 300u + j415;
    let v417 = acc26.z;
    let v418 = s_hidden1_dense_bias[j415];
    let v419 = (v417 + v418);
    let v420 = (v419 * 0.01);
    let v421 = select(0.0, 1.0, v419 > 0.0);
    let v422 = select(v420, v419, v421 != 0.0);
    tmp0[l416] = v422;
  }
  if (i0 + 3u < 50u) {
    let i423 = i0 + 3u;
    let j424 = j0 + 7u;
    let l425 = i423 * 300u + j424;
    let v426 = acc26.w;
    let v427 = s_hidden1_dense_bias[j424];
    let v428 = (v426 + v427);
    let v429 = (v428 * 0.01);
    let v430 = select(0.0, 1.0, v428 > 0.0);
    let v431 = select(v429, v428, v430 != 0.0);
    tmp0[l425] = v431;
  }
  if (i0 + 3u < 50u) {
    let i432 = i0 + 3u;
    let j433 = j0 + 8u;
    let l434 = i432 * 300u + j433;
    let v435 = acc27.x;
    let v436 = s_hidden1_dense_bias[j433];
    let v437 = (v435 + v436);
    let v438 = (v437 * 0.01);
    let v439 = select(0.0, 1.0, v437 > 0.0);
    let v440 = select(v438, v437, v439 != 0.0);
    tmp0[l434] = v440;
  }
  if (i0 + 3u < 50u) {
    let i441 = i0 + 3u;
    let j442 = j0 + 9u;
    let l443 = i441 * 300u + j442;
    let v444 = acc27.y;
    let v445 = s_hidden1_dense_bias[j442];
    let v446 = (v444 + v445);
    let v447 = (v446 * 0.01);
    let v448 = select(0.0, 1.0, v446 > 0.0);
    let v449 = select(v447, v446, v448 != 0.0);
    tmp0[l443] = v449;
  }
  if (i0 + 3u < 50u) {
    let i450 = i0 + 3u;
    let j451 = j0 + 10u;
    let l452 = i450 * 300u + j451;
    let v453 = acc27.z;
    let v454 = s_hidden1_dense_bias[j451];
    let v455 = (v453 + v454);
    let v456 = (v455 * 0.01);
    let v457 = select(0.0, 1.0, v455 > 0.0);
    let v458 = select(v456, v455, v457 != 0.0);
    tmp0[l452] = v458;
  }
  if (i0 + 3u < 50u) {
    let i459 = i0 + 3u;
    let j460 = j0 + 11u;
    let l461 = i459 * 300u + j460;
    let v462 = acc27.w;
    let v463 = s_hidden1_dense_bias[j460];
    let v464 = (v462 + v463);
    let v465 = (v464 * 0.01);
    let v466 = select(0.0, 1.0, v464 > 0.0);
    let v467 = select(v465, v464, v466 != 0.0);
    tmp0[l461] = v467;
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
    let v32 = (v31 * 0.01);
    let v33 = select(0.0, 1.0, v31 > 0.0);
    let v34 = select(v32, v31, v33 != 0.0);
    tmp2[l28] = v34;
  }
  {
    let j35 = j0 + 1u;
    let l36 = i0 * 100u + j35;
    let v37 = acc8.y;
    let v38 = s_hidden2_dense_bias[j35];
    let v39 = (v37 + v38);
    let v40 = (v39 * 0.01);
    let v41 = select(0.0, 1.0, v39 > 0.0);
    let v42 = select(v40, v39, v41 != 0.0);
    tmp2[l36] = v42;
  }
  {
    let j43 = j0 + 2u;
    let l44 = i0 * 100u + j43;
    let v45 = acc8.z;
    let v46 = s_hidden2_dense_bias[j43];
    let v47 = (v45 + v46);
    let v48 = (v47 * 0.01);
    let v49 = select(0.0, 1.0, v47 > 0.0);
    let v50 = select(v48, v47, v49 != 0.0);
    tmp2[l44] = v50;
  }
  {
    let j51 = j0 + 3u;
    let l52 = i0 * 100u + j51;
    let v53 = acc8.w;
    let v54 = s_hidden2_dense_bias[j51];
    let v55 = (v53 + v54);
    let v56 = (v55 * 0.01);
    let v57 = select(0.0, 1.0, v55 > 0.0);
    let v58 = select(v56, v55, v57 != 0.0);
    tmp2[l52] = v58;
  }
  if (i0 + 1u < 50u) {
    let i59 = i0 + 1u;
    let l60 = i59 * 100u + j0;
    let v61 = acc9.x;
    let v62 = s_hidden2_dense_bias[j0];
    let v63 = (v61 + v62);
    let v64 = (v63 * 0.01);
    let v65 = select(0.0, 1.0, v63 > 0.0);
    let v66 = select(v64, v63, v65 != 0.0);
    tmp2[l60] = v66;
  }
  if (i0 + 1u < 50u) {
    let i67 = i0 + 1u;
    let j68 = j0 + 1u;
    let l69 = i67 * 100u + j68;
    let v70 = acc9.y;
    let v71 = s_hidden2_dense_bias[j68];
    let v72 = (v70 + v71);
    let v73 = (v72 * 0.01);
    let v74 = select(0.0, 1.0, v72 > 0.0);
    let v75 = select(v73, v72, v74 != 0.0);
    tmp2[l69] = v75;
  }
  if (i0 + 1u < 50u) {
    let i76 = i0 + 1u;
    let j77 = j0 + 2u;
    let l78 = i76 * 100u + j77;
    let v79 = acc9.z;
    let v80 = s_hidden2_dense_bias[j77];
    let v81 = (v79 + v80);
    let v82 = (v81 * 0.01);
    let v83 = select(0.0, 1.0, v81 > 0.0);
    let v84 = select(v82, v81, v83 != 0.0);
    tmp2[l78] = v84;
  }
  if (i0 + 1u < 50u) {
    let i85 = i0 + 1u;
    let j86 = j0 + 3u;
    let l87 = i85 * 100u + j86;
    let v88 = acc9.w;
    let v89 = s_hidden2_dense_bias[j86];
    let v90 = (v88 + v89);
    let v91 = (v90 * 0.01);
    let v92 = select(0.0, 1.0, v90 > 0.0);
    let v93 = select(v91, v90, v92 != 0.0);
    tmp2[l87] = v93;
  }
  if (i0 + 2u < 50u) {
    let i94 = i0 + 2u;
    let l95 = i94 * 100u + j0;
    let v96 = acc10.x;
    let v97 = s_hidden2_dense_bias[j0];
    let v98 = (v96 + v97);
    let v99 = (v98 * 0.01);
    let v100 = select(0.0, 1.0, v98 > 0.0);
    let v101 = select(v99, v98, v100 != 0.0);
    tmp2[l95] = v101;
  }
  if (i0 + 2u < 50u) {
    let i102 = i0 + 2u;
    let j103 = j0 + 1u;
    let l104 = i102 * 100u + j103;
    let v105 = acc10.y;
    let v106 = s_hidden2_dense_bias[j103];
    let v107 = (v105 + v106);
    let v108 = (v107 * 0.01);
    let v109 = select(0.0, 1.0, v107 > 0.0);
    let v110 = select(v108, v107, v109 != 0.0);
    tmp2[l104] = v110;
  }
  if (i0 + 2u < 50u) {
    let i111 = i0 + 2u;
    let j112 = j0 + 2u;
    let l113 = i111 * 100u + j112;
    let v114 = acc10.z;
    let v115 = s_hidden2_dense_bias[j112];
    let v116 = (v114 + v115);
    let v117 = (v116 * 0.01);
    let v118 = select(0.0, 1.0, v116 > 0.0);
    let v119 = select(v117, v116, v118 != 0.0);
    tmp2[l113] = v119;
  }
  if (i0 + 2u < 50u) {
    let i120 = i0 + 2u;
    let j121 = j0 + 3u;
    let l122 = i120 * 100u + j121;
    let v123 = acc10.w;
    let v124 = s_hidden2_dense_bias[j121];
    let v125 = (v123 + v124);
    let v126 = (v125 * 0.01);
    let v127 = select(0.0, 1.0, v125 > 0.0);
    let v128 = select(v126, v125, v127 != 0.0);
    tmp2[l122] = v128;
  }
  if (i0 + 3u < 50u) {
    let i129 = i0 + 3u;
    let l130 = i129 * 100u + j0;
    let v131 = acc11.x;
    let v132 = s_hidden2_dense_bias[j0];
    let v133 = (v131 + v132);
    let v134 = (v133 * 0.01);
    let v135 = select(0.0, 1.0, v133 > 0.0);
    let v136 = select(v134, v133, v135 != 0.0);
    tmp2[l130] = v136;
  }
  if (i0 + 3u < 50u) {
    let i137 = i0 + 3u;
    let j138 = j0 + 1u;
    let l139 = i137 * 100u + j138;
    let v140 = acc11.y;
    let v141 = s_hidden2_dense_bias[j138];
    let v142 = (v140 + v141);
    let v143 = (v142 * 0.01);
    let v144 = select(0.0, 1.0, v142 > 0.0);
    let v145 = select(v143, v142, v144 != 0.0);
    tmp2[l139] = v145;
  }
  if (i0 + 3u < 50u) {
    let i146 = i0 + 3u;
    let j147 = j0 + 2u;
    let l148 = i146 * 100u + j147;
    let v149 = acc11.z;
    let v150 = s_hidden2_dense_bias[j147];
    let v151 = (v149 + v150);
    let v152 = (v151 * 0.01);
    let v153 = select(0.0, 1.0, v151 > 0.0);
    let v154 = select(v152, v151, v153 != 0.0);
    tmp2[l148] = v154;
  }
  if (i0 + 3u < 50u) {
    let i155 = i0 + 3u;
    let j156 = j0 + 3u;
    let l157 = i155 * 100u + j156;
    let v158 = acc11.w;
    let v159 = s_hidden2_dense_bias[j156];
    let v160 = (v158 + v159);
    let v161 = (v160 * 0.01);
    let v162 = select(0.0, 1.0, v160 > 0.0);
    let v163 = select(v161, v160, v162 != 0.0);
    tmp2[l157] = v163;
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
