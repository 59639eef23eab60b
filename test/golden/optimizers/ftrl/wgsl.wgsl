// ---- 000_mul_hidden1_dense_kernel_x3.wgsl
@group(0) @binding(0) var<storage, read> s_rng_seed: array<u32>;
@group(0) @binding(1) var<storage, read_write> s_hidden1_dense_kernel: array<f32>;
@group(0) @binding(2) var<storage, read_write> s_hidden1_dense_kernel_ftrl_accum: array<f32>;
@group(0) @binding(3) var<storage, read_write> s_hidden1_dense_kernel_ftrl_linear: array<f32>;

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
  s_hidden1_dense_kernel_ftrl_accum[i] = 0.1;
  s_hidden1_dense_kernel_ftrl_linear[i] = 0.0;
}

// ---- 001_const_hidden1_dense_bias_x2.wgsl
@group(0) @binding(0) var<storage, read_write> s_hidden1_dense_bias: array<f32>;
@group(0) @binding(1) var<storage, read_write> s_hidden1_dense_bias_ftrl_accum: array<f32>;

@compute @workgroup_size(64)
fn main(@builtin(global_invocation_id) gid: vec3<u32>) {
  let i = gid.x;
  if (i >= 300u) { return; }
  s_hidden1_dense_bias[i] = 0.0;
  s_hidden1_dense_bias_ftrl_accum[i] = 0.1;
}

// ---- 002_mul_hidden2_dense_kernel_x3.wgsl
@group(0) @binding(0) var<storage, read> s_rng_seed: array<u32>;
@group(0) @binding(1) var<storage, read_write> s_hidden2_dense_kernel: array<f32>;
@group(0) @binding(2) var<storage, read_write> s_hidden2_dense_kernel_ftrl_accum: array<f32>;
@group(0) @binding(3) var<storage, read_write> s_hidden2_dense_kernel_ftrl_linear: array<f32>;

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
  s_hidden2_dense_kernel_ftrl_accum[i] = 0.1;
  s_hidden2_dense_kernel_ftrl_linear[i] = 0.0;
}

// ---- 003_const_hidden2_dense_bias_x2.wgsl
@group(0) @binding(0) var<storage, read_write> s_hidden2_dense_bias: array<f32>;
@group(0) @binding(1) var<storage, read_write> s_hidden2_dense_bias_ftrl_accum: array<f32>;

@compute @workgroup_size(64)
fn main(@builtin(global_invocation_id) gid: vec3<u32>) {
  let i = gid.x;
  if (i >= 100u) { return; }
  s_hidden2_dense_bias[i] = 0.0;
  s_hidden2_dense_bias_ftrl_accum[i] = 0.1;
}

// ---- 004_add_logits_dense_kernel_x3.wgsl
@group(0) @binding(0) var<storage, read> s_rng_seed: array<u32>;
@group(0) @binding(1) var<storage, read_write> s_logits_dense_kernel: array<f32>;
@group(0) @binding(2) var<storage, read_write> s_logits_dense_kernel_ftrl_accum: array<f32>;
@group(0) @binding(3) var<storage, read_write> s_logits_dense_kernel_ftrl_linear: array<f32>;

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
  s_logits_dense_kernel_ftrl_accum[i] = 0.1;
  s_logits_dense_kernel_ftrl_linear[i] = 0.0;
}

// ---- 005_const_logits_dense_bias_x2.wgsl
@group(0) @binding(0) var<storage, read_write> s_logits_dense_bias: array<f32>;
@group(0) @binding(1) var<storage, read_write> s_logits_dense_bias_ftrl_accum: array<f32>;

@compute @workgroup_size(64)
fn main(@builtin(global_invocation_id) gid: vec3<u32>) {
  let i = gid.x;
  if (i >= 10u) { return; }
  s_logits_dense_bias[i] = 0.0;
  s_logits_dense_bias_ftrl_accum[i] = 0.1;
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
@group(0) @binding(0) var<storage, read> in_X: array<f32>;
@group(0) @binding(1) var<storage, read> s_hidden1_dense_kernel: array<f32>;
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
  let ra28 = row0 * 784u;
  let ra29 = row1 * 784u;
  let ra30 = row2 * 784u;
  let ra31 = row3 * 784u;
  for (var k: u32 = 0u; k < 784u; k = k + 1u) {
    let rb32 = k * 300u;
    let bv33 = vec4<f32>(s_hidden1_dense_kernel[rb32 + col4], s_hidden1_dense_kernel[rb32 + col5], s_hidden1_dense_kernel[rb32 + col6], s_hidden1_dense_kernel[rb32 + col7]);
    let bv34 = vec4<f32>(s_hidden1_dense_kernel[rb32 + col8], s_hidden1_dense_kernel[rb32 + col9], s_hidden1_dense_kernel[rb32 + col10], s_hidden1_dense_kernel[rb32 + col11]);
    let bv35 = vec4<f32>(s_hidden1_dense_kernel[rb32 + col12], s_hidden1_dense_kernel[rb32 + col13], s_hidden1_dense_kernel[rb32 + col14], s_hidden1_dense_kernel[rb32 + col15]);
    acc16 = acc16 + in_X[ra28 + k] * bv33;
    acc17 = acc17 + in_X[ra28 + k] * bv34;
    acc18 = acc18 + in_X[ra28 + k] * bv35;
    acc19 = acc19 + in_X[ra29 + k] * bv33;
    acc20 = acc20 + in_X[ra29 + k] * bv34;
    acc21 = acc21 + in_X[ra29 + k] * bv35;
    acc22 = acc22 + in_X[ra30 + k] * bv33;
    acc23 = acc23 + in_X[ra30 + k] * bv34;
    acc24 = acc24 + in_X[ra30 + k] * bv35;
    acc25 = acc25 + in_X[ra31 + k] * bv33;
    acc26 = acc26 + in_X[ra31 + k] * bv34;
    acc27 = acc27 + in_X[ra31 + k] * bv35;
  }
  {
    let l36 = i0 * 300u + j0;
    let v37 = acc16.x;
    let v38 = s_hidden1_dense_bias[j0];
    let v39 = (v37 + v38);
    tmp0[l36] = v39;
  }
  {
    let j40 = j0 + 1u;
    let l41 = i0 * 300u + j40;
    let v42 = acc16.y;
    let v43 = s_hidden1_dense_bias[j40];
    let v44 = (v42 + v43);
    tmp0[l41] = v44;
  }
  {
    let j45 = j0 + 2u;
    let l46 = i0 * 300u + j45;
    let v47 = acc16.z;
    let v48 = s_hidden1_dense_bias[j45];
    let v49 = (v47 + v48);
    tmp0[l46] = v49;
  }
  {
    let j50 = j0 + 3u;
    let l51 = i0 * 300u + j50;
    let v52 = acc16.w;
    let v53 = s_hidden1_dense_bias[j50];
    let v54 = (v52 + v53);
    tmp0[l51] = v54;
  }
  {
    let j55 = j0 + 4u;
    let l56 = i0 * 300u + j55;
    let v57 = acc17.x;
    let v58 = s_hidden1_dense_bias[j55];
    let v59 = (v57 + v58);
    tmp0[l56] = v59;
  }
  {
    let j60 = j0 + 5u;
    let l61 = i0 * 300u + j60;
    let v62 = acc17.y;
    let v63 = s_hidden1_dense_bias[j60];
    let v64 = (v62 + v63);
    tmp0[l61] = v64;
  }
  {
    let j65 = j0 + 6u;
    let l66 = i0 * 300u + j65;
    let v67 = acc17.z;
    let v68 = s_hidden1_dense_bias[j65];
    let v69 = (v67 + v68);
    tmp0[l66] = v69;
  }
  {
    let j70 = j0 + 7u;
    let l71 = i0 * 300u + j70;
    let v72 = acc17.w;
    let v73 = s_hidden1_dense_bias[j70];
    let v74 = (v72 + v73);
    tmp0[l71] = v74;
  }
  {
    let j75 = j0 + 8u;
    let l76 = i0 * 300u + j75;
    let v77 = acc18.x;
    let v78 = s_hidden1_dense_bias[j75];
    let v79 = (v77 + v78);
    tmp0[l76] = v79;
  }
  {
    let j80 = j0 + 9u;
    let l81 = i0 * 300u + j80;
    let v82 = acc18.y;
    let v83 = s_hidden1_dense_bias[j80];
    let v84 = (v82 + v83);
    tmp0[l81] = v84;
  }
  {
    let j85 = j0 + 10u;
    let l86 = i0 * 300u + j85;
    let v87 = acc18.z;
    let v88 = s_hidden1_dense_bias[j85];
    let v89 = (v87 + v88);
    tmp0[l86] = v89;
  }
  {
    let j90 = j0 + 11u;
    let l91 = i0 * 300u + j90;
    let v92 = acc18.w;
    let v93 = s_hidden1_dense_bias[j90];
    let v94 = (v92 + v93);
    tmp0[l91] = v94;
  }
  if (i0 + 1u < 50u) {
    let i95 = i0 + 1u;
    let l96 = i95 * 300u + j0;
    let v97 = acc19.x;
    let v98 = s_hidden1_dense_bias[j0];
    let v99 = (v97 + v98);
    tmp0[l96] = v99;
  }
  if (i0 + 1u < 50u) {
    let i100 = i0 + 1u;
    let j101 = j0 + 1u;
    let l102 = i100 * 300u + j101;
    let v103 = acc19.y;
    let v104 = s_hidden1_dense_bias[j101];
    let v105 = (v103 + v104);
    tmp0[l102] = v105;
  }
  if (i0 + 1u < 50u) {
    let i106 = i0 + 1u;
    let j107 = j0 + 2u;
    let l108 = i106 * 300u + j107;
    let v109 = acc19.z;
    let v110 = s_hidden1_dense_bias[j107];
    let v111 = (v109 + v110);
    tmp0[l108] = v111;
  }
  if (i0 + 1u < 50u) {
    let i112 = i0 + 1u;
    let j113 = j0 + 3u;
    let l114 = i112 * 300u + j113;
    let v115 = acc19.w;
    let v116 = s_hidden1_dense_bias[j113];
    let v117 = (v115 + v116);
    tmp0[l114] = v117;
  }
  if (i0 + 1u < 50u) {
    let i118 = i0 + 1u;
    let j119 = j0 + 4u;
    let l120 = i118 * 300u + j119;
    let v121 = acc20.x;
    let v122 = s_hidden1_dense_bias[j119];
    let v123 = (v121 + v122);
    tmp0[l120] = v123;
  }
  if (i0 + 1u < 50u) {
    let i124 = i0 + 1u;
    let j125 = j0 + 5u;
    let l126 = i124 * 300u + j125;
    let v127 = acc20.y;
    let v128 = s_hidden1_dense_bias[j125];
    let v129 = (v127 + v128);
    tmp0[l126] = v129;
  }
  if (i0 + 1u < 50u) {
    let i130 = i0 + 1u;
    let j131 = j0 + 6u;
    let l132 = i130 * 300u + j131;
    let v133 = acc20.z;
    let v134 = s_hidden1_dense_bias[j131];
    let v135 = (v133 + v134);
    tmp0[l132] = v135;
  }
  if (i0 + 1u < 50u) {
    let i136 = i0 + 1u;
    let j137 = j0 + 7u;
    let l138 = i136 * 300u + j137;
    let v139 = acc20.w;
    let v140 = s_hidden1_dense_bias[j137];
    let v141 = (v139 + v140);
    tmp0[l138] = v141;
  }
  if (i0 + 1u < 50u) {
    let i142 = i0 + 1u;
    let j143 = j0 + 8u;
    let l144 = i142 * 300u + j143;
    let v145 = acc21.x;
    let v146 = s_hidden1_dense_bias[j143];
    let v147 = (v145 + v146);
    tmp0[l144] = v147;
  }
  if (i0 + 1u < 50u) {
    let i148 = i0 + 1u;
    let j149 = j0 + 9u;
    let l150 = i148 * 300u + j149;
    let v151 = acc21.y;
    let v152 = s_hidden1_dense_bias[j149];
    let v153 = (v151 + v152);
    tmp0[l150] = v153;
  }
  if (i0 + 1u < 50u) {
    let i154 = i0 + 1u;
    let j155 = j0 + 10u;
    let l156 = i154 * 300u + j155;
    let v157 = acc21.z;
    let v158 = s_hidden1_dense_bias[j155];
    let v159 = (v157 + v158);
    tmp0[l156] = v159;
  }
  if (i0 + 1u < 50u) {
    let i160 = i0 + 1u;
    let j161 = j0 + 11u;
    let l162 = i160 * 300u + j161;
    let v163 = acc21.w;
    let v164 = s_hidden1_dense_bias[j161];
    let v165 = (v163 + v164);
    tmp0[l162] = v165;
  }
  if (i0 + 2u < 50u) {
    let i166 = i0 + 2u;
    let l167 = i166 * 300u + j0;
    let v168 = acc22.x;
    let v169 = s_hidden1_dense_bias[j0];
    let v170 = (v168 + v169);
    tmp0[l167] = v170;
  }
  if (i0 + 2u < 50u) {
    let i171 = i0 + 2u;
    let j172 = j0 + 1u;
    let l173 = i171 * 300u + j172;
    let v174 = acc22.y;
    let v175 = s_hidden1_dense_bias[j172];
    let v176 = (v174 + v175);
    tmp0[l173] = v176;
  }
  if (i0 + 2u < 50u) {
    let i177 = i0 + 2u;
    let j178 = j0 + 2u;
    let l179 = i177 * 300u + j178;
    let v180 = acc22.z;
    let v181 = s_hidden1_dense_bias[j178];
    let v182 = (v180 + v181);
    tmp0[l179] = v182;
  }
  if (i0 + 2u < 50u) {
    let i183 = i0 + 2u;
    let j184 = j0 + 3u;
    let l185 = i183 * 300u + j184;
    let v186 = acc22.w;
    let v187 = s_hidden1_dense_bias[j184];
    let v188 = (v186 + v187);
    tmp0[l185] = v188;
  }
  if (i0 + 2u < 50u) {
    let i189 = i0 + 2u;
    let j190 = j0 + 4u;
    let l191 = i189 * 300u + j190;
    let v192 = acc23.x;
    let v193 = s_hidden1_dense_bias[j190];
    let v194 = (v192 + v193);
    tmp0[l191] = v194;
  }
  if (i0 + 2u < 50u) {
    let i195 = i0 + 2u;
    let j196 = j0 + 5u;
    let l197 = i195 * 300u + j196;
    let v198 = acc23.y;
    let v199 = s_hidden1_dense_bias[j196];
    let v200 = (v198 + v199);
    tmp0[l197] = v200;
  }
  if (i0 + 2u < 50u) {
    let i201 = i0 + 2u;
    let j202 = j0 + 6u;
    let l203 = i201 * 300u + j202;
    let v204 = acc23.z;
    let v205 = s_hidden1_dense_bias[j202];
    let v206 = (v204 + v205);
    tmp0[l203] = v206;
  }
  if (i0 + 2u < 50u) {
    let i207 = i0 + 2u;
    let j208 = j0 + 7u;
    let l209 = i207 * 300u + j208;
    let v210 = acc23.w;
    let v211 = s_hidden1_dense_bias[j208];
    let v212 = (v210 + v211);
    tmp0[l209] = v212;
  }
  if (i0 + 2u < 50u) {
    let i213 = i0 + 2u;
    let j214 = j0 + 8u;
    let l215 = i213 * 300u + j214;
    let v216 = acc24.x;
    let v217 = s_hidden1_dense_bias[j214];
    let v218 = (v216 + v217);
    tmp0[l215] = v218;
  }
  if (i0 + 2u < 50u) {
    let i219 = i0 + 2u;
    let j220 = j0 + 9u;
    let l221 = i219 * 300u + j220;
    let v222 = acc24.y;
    let v223 = s_hidden1_dense_bias[j220];
    let v224 = (v222 + v223);
    tmp0[l221] = v224;
  }
  if (i0 + 2u < 50u) {
    let i225 = i0 + 2u;
    let j226 = j0 + 10u;
    let l227 = i225 * 300u + j226;
    let v228 = acc24.z;
    let v229 = s_hidden1_dense_bias[j226];
    let v230 = (v228 + v229);
    tmp0[l227] = v230;
  }
  if (i0 + 2u < 50u) {
    let i231 = i0 + 2u;
    let j232 = j0 + 11u;
    let l233 = i231 * 300u + j232;
    let v234 = acc24.w;
    let v235 = s_hidden1_dense_bias[j232];
    let v236 = (v234 + v235);
    tmp0[l233] = v236;
  }
  if (i0 + 3u < 50u) {
    let i237 = i0 + 3u;
    let l238 = i237 * 300u + j0;
    let v239 = acc25.x;
    let v240 = s_hidden1_dense_bias[j0];
    let v241 = (v239 + v240);
    tmp0[l238] = v241;
  }
  if (i0 + 3u < 50u) {
    let i242 = i0 + 3u;
    let j243 = j0 + 1u;
    let l244 = i242 * 300u + j243;
    let v245 = acc25.y;
    let v246 = s_hidden1_dense_bias[j243];
    let v247 = (v245 + v246);
    tmp0[l244] = v247;
  }
  if (i0 + 3u < 50u) {
    let i248 = i0 + 3u;
    let j249 = j0 + 2u;
    let l250 = i248 * 300u + j249;
    let v251 = acc25.z;
    let v252 = s_hidden1_dense_bias[j249];
    let v253 = (v251 + v252);
    tmp0[l250] = v253;
  }
  if (i0 + 3u < 50u) {
    let i254 = i0 + 3u;
    let j255 = j0 + 3u;
    let l256 = i254 * 300u + j255;
    let v257 = acc25.w;
    let v258 = s_hidden1_dense_bias[j255];
    let v259 = (v257 + v258);
    tmp0[l256] = v259;
  }
  if (i0 + 3u < 50u) {
    let i260 = i0 + 3u;
    let j261 = j0 + 4u;
    let l262 = i260 * 300u + j261;
    let v263 = acc26.x;
    let v264 = s_hidden1_dense_bias[j261];
    let v265 = (v263 + v264);
    tmp0[l262] = v265;
  }
  if (i0 + 3u < 50u) {
    let i266 = i0 + 3u;
    let j267 = j0 + 5u;
    let l268 = i266 * 300u + j267;
    let v269 = acc26.y;
    let v270 = s_hidden1_dense_bias[j267];
    let v271 = (v269 + v270);
    tmp0[l268] = v271;
  }
  if (i0 + 3u < 50u) {
    let i272 = i0 + 3u;
    let j273 = j0 + 6u;
    let l274 = i272 * 300u + j273;
    let v275 = acc26.z;
    let v276 = s_hidden1_dense_bias[j273];
    let v277 = (v275 + v276);
    tmp0[l274] = v277;
  }
  if (i0 + 3u < 50u) {
    let i278 = i0 + 3u;
    let j279 = j0 + 7u;
    let l280 = i278 * 300u + j279;
    let v281 = acc26.w;
    let v282 = s_hidden1_dense_bias[j279];
    let v283 = (v281 + v282);
    tmp0[l280] = v283;
  }
  if (i0 + 3u < 50u) {
    let i284 = i0 + 3u;
    let j285 = j0 + 8u;
    let l286 = i284 * 300u + j285;
    let v287 = acc27.x;
    let v288 = s_hidden1_dense_bias[j285];
    let v289 = (v287 + v288);
    tmp0[l286] = v289;
  }
  if (i0 + 3u < 50u) {
    let i290 = i0 + 3u;
    let j291 = j0 + 9u;
    let l292 = i290 * 300u + j291;
    let v293 = acc27.y;
    let v294 = s_hidden1_dense_bias[j291];
    let v295 = (v293 + v294);
    tmp0[l292] = v295;
  }
  if (i0 + 3u < 50u) {
    let i296 = i0 + 3u;
    let j297 = j0 + 10u;
    let l298 = i296 * 300u + j297;
    let v299 = acc27.z;
    let v300 = s_hidden1_dense_bias[j297];
    let v301 = (v299 + v300);
    tmp0[l298] = v301;
  }
  if (i0 + 3u < 50u) {
    let i302 = i0 + 3u;
    let j303 = j0 + 11u;
    let l304 = i302 * 300u + j303;
    let v305 = acc27.w;
    let v306 = s_hidden1_dense_bias[j303];
    let v307 = (v305 + v306);
    tmp0[l304] = v307;
  }
}

// ---- 011_select_hidden1.wgsl
@group(0) @binding(0) var<storage, read> tmp0: array<f32>;
@group(0) @binding(1) var<storage, read_write> tmp1: array<f32>;

@compute @workgroup_size(64)
fn main(@builtin(global_invocation_id) gid: vec3<u32>) {
  let i = gid.x;
  if (i >= 15000u) { return; }
  let c0 = (i / 300u);
  let c1 = (i % 300u);
  let v2 = tmp0[i];
  let v3 = select(0.0, 1.0, v2 > 0.0);
  let v4 = select(0.0, v2, v3 != 0.0);
  tmp1[i] = v4;
}

// ---- 012_matmul_hidden2_dense.wgsl
@group(0) @binding(0) var<storage, read> tmp1: array<f32>;
@group(0) @binding(1) var<storage, read> s_hidden2_dense_kernel: array<f32>;
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
  let ra12 = row0 * 300u;
  let ra13 = row1 * 300u;
  let ra14 = row2 * 300u;
  let ra15 = row3 * 300u;
  for (var k: u32 = 0u; k < 300u; k = k + 1u) {
    let rb16 = k * 100u;
    let bv17 = vec4<f32>(s_hidden2_dense_kernel[rb16 + col4], s_hidden2_dense_kernel[rb16 + col5], s_hidden2_dense_kernel[rb16 + col6], s_hidden2_dense_kernel[rb16 + col7]);
    acc8 = acc8 + tmp1[ra12 + k] * bv17;
    acc9 = acc9 + tmp1[ra13 + k] * bv17;
    acc10 = acc10 + tmp1[ra14 + k] * bv17;
    acc11 = acc11 + tmp1[ra15 + k] * bv17;
  }
  {
    let l18 = i0 * 100u + j0;
    let v19 = acc8.x;
    let v20 = s_hidden2_dense_bias[j0];
    let v21 = (v19 + v20);
    tmp2[l18] = v21;
  }
  {
    let j22 = j0 + 1u;
    let l23 = i0 * 100u + j22;
    let v24 = acc8.y;
    let v25 = s_hidden2_dense_bias[j22];
    let v26 = (v24 + v25);
    tmp2[l23] = v26;
  }
  {
    let j27 = j0 + 2u;
    let l28 = i0 * 100u + j27;
    let v29 = acc8.z;
    let v30 = s_hidden2_dense_bias[j27];
    let v31 = (v29 + v30);
    tmp2[l28] = v31;
  }
  {
    let j32 = j0 + 3u;
    let l33 = i0 * 100u + j32;
    let v34 = acc8.w;
    let v35 = s_hidden2_dense_bias[j32];
    let v36 = (v34 + v35);
    tmp2[l33] = v36;
  }
  if (i0 + 1u < 50u) {
    let i37 = i0 + 1u;
    let l38 = i37 * 100u + j0;
    let v39 = acc9.x;
    let v40 = s_hidden2_dense_bias[j0];
    let v41 = (v39 + v40);
    tmp2[l38] = v41;
  }
  if (i0 + 1u < 50u) {
    let i42 = i0 + 1u;
    let j43 = j0 + 1u;
    let l44 = i42 * 100u + j43;
    let v45 = acc9.y;
    let v46 = s_hidden2_dense_bias[j43];
    let v47 = (v45 + v46);
    tmp2[l44] = v47;
  }
  if (i0 + 1u < 50u) {
    let i48 = i0 + 1u;
    let j49 = j0 + 2u;
    let l50 = i48 * 100u + j49;
    let v51 = acc9.z;
    let v52 = s_hidden2_dense_bias[j49];
    let v53 = (v51 + v52);
    tmp2[l50] = v53;
  }
  if (i0 + 1u < 50u) {
    let i54 = i0 + 1u;
    let j55 = j0 + 3u;
    let l56 = i54 * 100u + j55;
    let v57 = acc9.w;
    let v58 = s_hidden2_dense_bias[j55];
    let v59 = (v57 + v58);
    tmp2[l56] = v59;
  }
  if (i0 + 2u < 50u) {
    let i60 = i0 + 2u;
    let l61 = i60 * 100u + j0;
    let v62 = acc10.x;
    let v63 = s_hidden2_dense_bias[j0];
    let v64 = (v62 + v63);
    tmp2[l61] = v64;
  }
  if (i0 + 2u < 50u) {
    let i65 = i0 + 2u;
    let j66 = j0 + 1u;
    let l67 = i65 * 100u + j66;
    let v68 = acc10.y;
    let v69 = s_hidden2_dense_bias[j66];
    let v70 = (v68 + v69);
    tmp2[l67] = v70;
  }
  if (i0 + 2u < 50u) {
    let i71 = i0 + 2u;
    let j72 = j0 + 2u;
    let l73 = i71 * 100u + j72;
    let v74 = acc10.z;
    let v75 = s_hidden2_dense_bias[j72];
    let v76 = (v74 + v75);
    tmp2[l73] = v76;
  }
  if (i0 + 2u < 50u) {
    let i77 = i0 + 2u;
    let j78 = j0 + 3u;
    let l79 = i77 * 100u + j78;
    let v80 = acc10.w;
    let v81 = s_hidden2_dense_bias[j78];
    let v82 = (v80 + v81);
    tmp2[l79] = v82;
  }
  if (i0 + 3u < 50u) {
    let i83 = i0 + 3u;
    let l84 = i83 * 100u + j0;
    let v85 = acc11.x;
    let v86 = s_hidden2_dense_bias[j0];
    let v87 = (v85 + v86);
    tmp2[l84] = v87;
  }
  if (i0 + 3u < 50u) {
    let i88 = i0 + 3u;
    let j89 = j0 + 1u;
    let l90 = i88 * 100u + j89;
    let v91 = acc11.y;
    let v92 = s_hidden2_dense_bias[j89];
    let v93 = (v91 + v92);
    tmp2[l90] = v93;
  }
  if (i0 + 3u < 50u) {
    let i94 = i0 + 3u;
    let j95 = j0 + 2u;
    let l96 = i94 * 100u + j95;
    let v97 = acc11.z;
    let v98 = s_hidden2_dense_bias[j95];
    let v99 = (v97 + v98);
    tmp2[l96] = v99;
  }
  if (i0 + 3u < 50u) {
    let i100 = i0 + 3u;
    let j101 = j0 + 3u;
    let l102 = i100 * 100u + j101;
    let v103 = acc11.w;
    let v104 = s_hidden2_dense_bias[j101];
    let v105 = (v103 + v104);
    tmp2[l102] = v105;
  }
}

// ---- 013_select_hidden2.wgsl
@group(0) @binding(0) var<storage, read> tmp2: array<f32>;
@group(0) @binding(1) var<storage, read_write> tmp3: array<f32>;

@compute @workgroup_size(64)
fn main(@builtin(global_invocation_id) gid: vec3<u32>) {
  let i = gid.x;
  if (i >= 5000u) { return; }
  let c0 = (i / 100u);
  let c1 = (i % 100u);
  let v2 = tmp2[i];
  let v3 = select(0.0, 1.0, v2 > 0.0);
  let v4 = select(0.0, v2, v3 != 0.0);
  tmp3[i] = v4;
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

// ---- 015_reduce_sum_loss_x2.wgsl
@group(0) @binding(0) var<storage, read> tmp4: array<f32>;
@group(0) @binding(1) var<storage, read> in_y: array<i32>;
@group(0) @binding(2) var<storage, read_write> out_loss: array<f32>;
@group(0) @binding(3) var<storage, read_write> out_accuracy: array<f32>;

@compute @workgroup_size(64)
fn main(@builtin(global_invocation_id) gid: vec3<u32>) {
  let i = gid.x;
  if (i >= 1u) { return; }
  var acc0: f32 = 0.0;
  var acc1: f32 = 0.0;
  for (var r2: u32 = 0u; r2 < 50u; r2 = r2 + 1u) {
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
  let v45 = (acc0 / 50.0);
  let v46 = (acc1 / 50.0);
  out_loss[i] = v45;
  out_accuracy[i] = v46;
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

// ---- 017_reduce_sum_logits_dense_bias_grad_x4.wgsl
@group(0) @binding(0) var<storage, read> tmp5: array<f32>;
@group(0) @binding(1) var<storage, read_write> s_logits_dense_bias_ftrl_accum: array<f32>;
@group(0) @binding(2) var<storage, read_write> s_logits_dense_bias_ftrl_linear: array<f32>;
@group(0) @binding(3) var<storage, read_write> s_logits_dense_bias: array<f32>;

@compute @workgroup_size(64)
fn main(@builtin(global_invocation_id) gid: vec3<u32>) {
  let i = gid.x;
  if (i >= 10u) { return; }
  var acc0: f32 = 0.0;
  for (var r1: u32 = 0u; r1 < 50u; r1 = r1 + 1u) {
    let l2 = r1 * 10u + i;
    let v3 = tmp5[l2];
    acc0 = acc0 + v3;
  }
  let v4 = s_logits_dense_bias_ftrl_accum[i];
  let v5 = (acc0 * acc0);
  let v6 = (v4 + v5);
  let v7 = s_logits_dense_bias_ftrl_linear[i];
  let v8 = sqrt(v6);
  let v9 = sqrt(v4);
  let v10 = (v8 - v9);
  let v11 = (v10 / 0.2);
  let v12 = s_logits_dense_bias[i];
  let v13 = (v11 * v12);
  let v14 = (acc0 - v13);
  let v15 = (v7 + v14);
  let v16 = sign(v15);
  let v17 = (v16 * 0.0001);
  let v18 = (v17 - v15);
  let v19 = (v8 / 0.2);
  let v20 = (v18 / v19);
  let v21 = abs(v15);
  let v22 = select(0.0, 1.0, v21 > 0.0001);
  let v23 = select(0.0, v20, v22 != 0.0);
  s_logits_dense_bias_ftrl_accum[i] = v6;
  s_logits_dense_bias_ftrl_linear[i] = v15;
  s_logits_dense_bias[i] = v23;
}

// ---- 018_matmul_logits_dense_kernel_grad.wgsl
@group(0) @binding(0) var<storage, read> tmp3: array<f32>;
@group(0) @binding(1) var<storage, read> tmp5: array<f32>;
@group(0) @binding(2) var<storage, read_write> tmp6: array<f32>;

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
    let v16 = acc8.x;
    tmp6[l15] = v16;
  }
  if (j0 + 1u < 10u) {
    let j17 = j0 + 1u;
    let l18 = i0 * 10u + j17;
    let v19 = acc8.y;
    tmp6[l18] = v19;
  }
  if (j0 + 2u < 10u) {
    let j20 = j0 + 2u;
    let l21 = i0 * 10u + j20;
    let v22 = acc8.z;
    tmp6[l21] = v22;
  }
  if (j0 + 3u < 10u) {
    let j23 = j0 + 3u;
    let l24 = i0 * 10u + j23;
    let v25 = acc8.w;
    tmp6[l24] = v25;
  }
  {
    let i26 = i0 + 1u;
    let l27 = i26 * 10u + j0;
    let v28 = acc9.x;
    tmp6[l27] = v28;
  }
  if (j0 + 1u < 10u) {
    let i29 = i0 + 1u;
    let j30 = j0 + 1u;
    let l31 = i29 * 10u + j30;
    let v32 = acc9.y;
    tmp6[l31] = v32;
  }
  if (j0 + 2u < 10u) {
    let i33 = i0 + 1u;
    let j34 = j0 + 2u;
    let l35 = i33 * 10u + j34;
    let v36 = acc9.z;
    tmp6[l35] = v36;
  }
  if (j0 + 3u < 10u) {
    let i37 = i0 + 1u;
    let j38 = j0 + 3u;
    let l39 = i37 * 10u + j38;
    let v40 = acc9.w;
    tmp6[l39] = v40;
  }
  {
    let i41 = i0 + 2u;
    let l42 = i41 * 10u + j0;
    let v43 = acc10.x;
    tmp6[l42] = v43;
  }
  if (j0 + 1u < 10u) {
    let i44 = i0 + 2u;
    let j45 = j0 + 1u;
    let l46 = i44 * 10u + j45;
    let v47 = acc10.y;
    tmp6[l46] = v47;
  }
  if (j0 + 2u < 10u) {
    let i48 = i0 + 2u;
    let j49 = j0 + 2u;
    let l50 = i48 * 10u + j49;
    let v51 = acc10.z;
    tmp6[l50] = v51;
  }
  if (j0 + 3u < 10u) {
    let i52 = i0 + 2u;
    let j53 = j0 + 3u;
    let l54 = i52 * 10u + j53;
    let v55 = acc10.w;
    tmp6[l54] = v55;
  }
  {
    let i56 = i0 + 3u;
    let l57 = i56 * 10u + j0;
    let v58 = acc11.x;
    tmp6[l57] = v58;
  }
  if (j0 + 1u < 10u) {
    let i59 = i0 + 3u;
    let j60 = j0 + 1u;
    let l61 = i59 * 10u + j60;
    let v62 = acc11.y;
    tmp6[l61] = v62;
  }
  if (j0 + 2u < 10u) {
    let i63 = i0 + 3u;
    let j64 = j0 + 2u;
    let l65 = i63 * 10u + j64;
    let v66 = acc11.z;
    tmp6[l65] = v66;
  }
  if (j0 + 3u < 10u) {
    let i67 = i0 + 3u;
    let j68 = j0 + 3u;
    let l69 = i67 * 10u + j68;
    let v70 = acc11.w;
    tmp6[l69] = v70;
  }
}

// ---- 019_matmul_hidden2_grad.wgsl
@group(0) @binding(0) var<storage, read> tmp5: array<f32>;
@group(0) @binding(1) var<storage, read> s_logits_dense_kernel: array<f32>;
@group(0) @binding(2) var<storage, read_write> tmp3: array<f32>;
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
    tmp3[l21] = v25;
  }
  {
    let j26 = j0 + 1u;
    let l27 = i0 * 100u + j26;
    let v28 = acc8.y;
    let v29 = tmp2[l27];
    let v30 = select(0.0, 1.0, v29 > 0.0);
    let v31 = select(0.0, v28, v30 != 0.0);
    tmp3[l27] = v31;
  }
  {
    let j32 = j0 + 2u;
    let l33 = i0 * 100u + j32;
    let v34 = acc8.z;
    let v35 = tmp2[l33];
    let v36 = select(0.0, 1.0, v35 > 0.0);
    let v37 = select(0.0, v34, v36 != 0.0);
    tmp3[l33] = v37;
  }
  {
    let j38 = j0 + 3u;
    let l39 = i0 * 100u + j38;
    let v40 = acc8.w;
    let v41 = tmp2[l39];
    let v42 = select(0.0, 1.0, v41 > 0.0);
    let v43 = select(0.0, v40, v42 != 0.0);
    tmp3[l39] = v43;
  }
  if (i0 + 1u < 50u) {
    let i44 = i0 + 1u;
    let l45 = i44 * 100u + j0;
    let v46 = acc9.x;
    let v47 = tmp2[l45];
    let v48 = select(0.0, 1.0, v47 > 0.0);
    let v49 = select(0.0, v46, v48 != 0.0);
    tmp3[l45] = v49;
  }
  if (i0 + 1u < 50u) {
    let i50 = i0 + 1u;
    let j51 = j0 + 1u;
    let l52 = i50 * 100u + j51;
    let v53 = acc9.y;
    let v54 = tmp2[l52];
    let v55 = select(0.0, 1.0, v54 > 0.0);
    let v56 = select(0.0, v53, v55 != 0.0);
    tmp3[l52] = v56;
  }
  if (i0 + 1u < 50u) {
    let i57 = i0 + 1u;
    let j58 = j0 + 2u;
    let l59 = i57 * 100u + j58;
    let v60 = acc9.z;
    let v61 = tmp2[l59];
    let v62 = select(0.0, 1.0, v61 > 0.0);
    let v63 = select(0.0, v60, v62 != 0.0);
    tmp3[l59] = v63;
  }
  if (i0 + 1u < 50u) {
    let i64 = i0 + 1u;
    let j65 = j0 + 3u;
    let l66 = i64 * 100u + j65;
    let v67 = acc9.w;
    let v68 = tmp2[l66];
    let v69 = select(0.0, 1.0, v68 > 0.0);
    let v70 = select(0.0, v67, v69 != 0.0);
    tmp3[l66] = v70;
  }
  if (i0 + 2u < 50u) {
    let i71 = i0 + 2u;
    let l72 = i71 * 100u + j0;
    let v73 = acc10.x;
    let v74 = tmp2[l72];
    let v75 = select(0.0, 1.0, v74 > 0.0);
    let v76 = select(0.0, v73, v75 != 0.0);
    tmp3[l72] = v76;
  }
  if (i0 + 2u < 50u) {
    let i77 = i0 + 2u;
    let j78 = j0 + 1u;
    let l79 = i77 * 100u + j78;
    let v80 = acc10.y;
    let v81 = tmp2[l79];
    let v82 = select(0.0, 1.0, v81 > 0.0);
    let v83 = select(0.0, v80, v82 != 0.0);
    tmp3[l79] = v83;
  }
  if (i0 + 2u < 50u) {
    let i84 = i0 + 2u;
    let j85 = j0 + 2u;
    let l86 = i84 * 100u + j85;
    let v87 = acc10.z;
    let v88 = tmp2[l86];
    let v89 = select(0.0, 1.0, v88 > 0.0);
    let v90 = select(0.0, v87, v89 != 0.0);
    tmp3[l86] = v90;
  }
  if (i0 + 2u < 50u) {
    let i91 = i0 + 2u;
    let j92 = j0 + 3u;
    let l93 = i91 * 100u + j92;
    let v94 = acc10.w;
    let v95 = tmp2[l93];
    let v96 = select(0.0, 1.0, v95 > 0.0);
    let v97 = select(0.0, v94, v96 != 0.0);
    tmp3[l93] = v97;
  }
  if (i0 + 3u < 50u) {
    let i98 = i0 + 3u;
    let l99 = i98 * 100u + j0;
    let v100 = acc11.x;
    let v101 = tmp2[l99];
    let v102 = select(0.0, 1.0, v101 > 0.0);
    let v103 = select(0.0, v100, v102 != 0.0);
    tmp3[l99] = v103;
  }
  if (i0 + 3u < 50u) {
    let i104 = i0 + 3u;
    let j105 = j0 + 1u;
    let l106 = i104 * 100u + j105;
    let v107 = acc11.y;
    let v108 = tmp2[l106];
    let v109 = select(0.0, 1.0, v108 > 0.0);
    let v110 = select(0.0, v107, v109 != 0.0);
    tmp3[l106] = v110;
  }
  if (i0 + 3u < 50u) {
    let i111 = i0 + 3u;
    let j112 = j0 + 2u;
    let l113 = i111 * 100u + j112;
    let v114 = acc11.z;
    let v115 = tmp2[l113];
    let v116 = select(0.0, 1.0, v115 > 0.0);
    let v117 = select(0.0, v114, v116 != 0.0);
    tmp3[l113] = v117;
  }
  if (i0 + 3u < 50u) {
    let i118 = i0 + 3u;
    let j119 = j0 + 3u;
    let l120 = i118 * 100u + j119;
    let v121 = acc11.w;
    let v122 = tmp2[l120];
    let v123 = select(0.0, 1.0, v122 > 0.0);
    let v124 = select(0.0, v121, v123 != 0.0);
    tmp3[l120] = v124;
  }
}

// ---- 020_reduce_sum_hidden2_dense_bias_grad_x4.wgsl
@group(0) @binding(0) var<storage, read> tmp3: array<f32>;
@group(0) @binding(1) var<storage, read_write> s_hidden2_dense_bias_ftrl_accum: array<f32>;
@group(0) @binding(2) var<storage, read_write> s_hidden2_dense_bias_ftrl_linear: array<f32>;
@group(0) @binding(3) var<storage, read_write> s_hidden2_dense_bias: array<f32>;

@compute @workgroup_size(64)
fn main(@builtin(global_invocation_id) gid: vec3<u32>) {
  let i = gid.x;
  if (i >= 100u) { return; }
  var acc0: f32 = 0.0;
  for (var r1: u32 = 0u; r1 < 50u; r1 = r1 + 1u) {
    let l2 = r1 * 100u + i;
    let v3 = tmp3[l2];
    acc0 = acc0 + v3;
  }
  let v4 = s_hidden2_dense_bias_ftrl_accum[i];
  let v5 = (acc0 * acc0);
  let v6 = (v4 + v5);
  let v7 = s_hidden2_dense_bias_ftrl_linear[i];
  let v8 = sqrt(v6);
  let v9 = sqrt(v4);
  let v10 = (v8 - v9);
  let v11 = (v10 / 0.2);
  let v12 = s_hidden2_dense_bias[i];
  let v13 = (v11 * v12);
  let v14 = (acc0 - v13);
  let v15 = (v7 + v14);
  let v16 = sign(v15);
  let v17 = (v16 * 0.0001);
  let v18 = (v17 - v15);
  let v19 = (v8 / 0.2);
  let v20 = (v18 / v19);
  let v21 = abs(v15);
  let v22 = select(0.0, 1.0, v21 > 0.0001);
  let v23 = select(0.0, v20, v22 != 0.0);
  s_hidden2_dense_bias_ftrl_accum[i] = v6;
  s_hidden2_dense_bias_ftrl_linear[i] = v15;
  s_hidden2_dense_bias[i] = v23;
}

// ---- 021_matmul_hidden2_dense_kernel_grad.wgsl
@group(0) @binding(0) var<storage, read> tmp1: array<f32>;
@group(0) @binding(1) var<storage, read> tmp3: array<f32>;
@group(0) @binding(2) var<storage, read_write> tmp7: array<f32>;

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
    let bv13 = vec4<f32>(tmp3[rb12 + col4], tmp3[rb12 + col5], tmp3[rb12 + col6], tmp3[rb12 + col7]);
    let rk14 = k * 300u;
    acc8 = acc8 + tmp1[rk14 + row0] * bv13;
    acc9 = acc9 + tmp1[rk14 + row1] * bv13;
    acc10 = acc10 + tmp1[rk14 + row2] * bv13;
    acc11 = acc11 + tmp1[rk14 + row3] * bv13;
  }
  {
    let l15 = i0 * 100u + j0;
    let v16 = acc8.x;
    tmp7[l15] = v16;
  }
  {
    let j17 = j0 + 1u;
    let l18 = i0 * 100u + j17;
    let v19 = acc8.y;
    tmp7[l18] = v19;
  }
  {
    let j20 = j0 + 2u;
    let l21 = i0 * 100u + j20;
    let v22 = acc8.z;
    tmp7[l21] = v22;
  }
  {
    let j23 = j0 + 3u;
    let l24 = i0 * 100u + j23;
    let v25 = acc8.w;
    tmp7[l24] = v25;
  }
  {
    let i26 = i0 + 1u;
    let l27 = i26 * 100u + j0;
    let v28 = acc9.x;
    tmp7[l27] = v28;
  }
  {
    let i29 = i0 + 1u;
    let j30 = j0 + 1u;
    let l31 = i29 * 100u + j30;
    let v32 = acc9.y;
    tmp7[l31] = v32;
  }
  {
    let i33 = i0 + 1u;
    let j34 = j0 + 2u;
    let l35 = i33 * 100u + j34;
    let v36 = acc9.z;
    tmp7[l35] = v36;
  }
  {
    let i37 = i0 + 1u;
    let j38 = j0 + 3u;
    let l39 = i37 * 100u + j38;
    let v40 = acc9.w;
    tmp7[l39] = v40;
  }
  {
    let i41 = i0 + 2u;
    let l42 = i41 * 100u + j0;
    let v43 = acc10.x;
    tmp7[l42] = v43;
  }
  {
    let i44 = i0 + 2u;
    let j45 = j0 + 1u;
    let l46 = i44 * 100u + j45;
    let v47 = acc10.y;
    tmp7[l46] = v47;
  }
  {
    let i48 = i0 + 2u;
    let j49 = j0 + 2u;
    let l50 = i48 * 100u + j49;
    let v51 = acc10.z;
    tmp7[l50] = v51;
  }
  {
    let i52 = i0 + 2u;
    let j53 = j0 + 3u;
    let l54 = i52 * 100u + j53;
    let v55 = acc10.w;
    tmp7[l54] = v55;
  }
  {
    let i56 = i0 + 3u;
    let l57 = i56 * 100u + j0;
    let v58 = acc11.x;
    tmp7[l57] = v58;
  }
  {
    let i59 = i0 + 3u;
    let j60 = j0 + 1u;
    let l61 = i59 * 100u + j60;
    let v62 = acc11.y;
    tmp7[l61] = v62;
  }
  {
    let i63 = i0 + 3u;
    let j64 = j0 + 2u;
    let l65 = i63 * 100u + j64;
    let v66 = acc11.z;
    tmp7[l65] = v66;
  }
  {
    let i67 = i0 + 3u;
    let j68 = j0 + 3u;
    let l69 = i67 * 100u + j68;
    let v70 = acc11.w;
    tmp7[l69] = v70;
  }
}

// ---- 022_matmul_hidden1_grad.wgsl
@group(0) @binding(0) var<storage, read> tmp3: array<f32>;
@group(0) @binding(1) var<storage, read> s_hidden2_dense_kernel: array<f32>;
@group(0) @binding(2) var<storage, read_write> tmp1: array<f32>;
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
  let ra28 = row0 * 100u;
  let ra29 = row1 * 100u;
  let ra30 = row2 * 100u;
  let ra31 = row3 * 100u;
  let cb32 = col4 * 100u;
  let cb33 = col5 * 100u;
  let cb34 = col6 * 100u;
  let cb35 = col7 * 100u;
  let cb36 = col8 * 100u;
  let cb37 = col9 * 100u;
  let cb38 = col10 * 100u;
  let cb39 = col11 * 100u;
  let cb40 = col12 * 100u;
  let cb41 = col13 * 100u;
  let cb42 = col14 * 100u;
  let cb43 = col15 * 100u;
  for (var k: u32 = 0u; k < 100u; k = k + 1u) {
    let bv44 = vec4<f32>(s_hidden2_dense_kernel[cb32 + k], s_hidden2_dense_kernel[cb33 + k], s_hidden2_dense_kernel[cb34 + k], s_hidden2_dense_kernel[cb35 + k]);
    let bv45 = vec4<f32>(s_hidden2_dense_kernel[cb36 + k], s_hidden2_dense_kernel[cb37 + k], s_hidden2_dense_kernel[cb38 + k], s_hidden2_dense_kernel[cb39 + k]);
    let bv46 = vec4<f32>(s_hidden2_dense_kernel[cb40 + k], s_hidden2_dense_kernel[cb41 + k], s_hidden2_dense_kernel[cb42 + k], s_hidden2_dense_kernel[cb43 + k]);
    acc16 = acc16 + tmp3[ra28 + k] * bv44;
    acc17 = acc17 + tmp3[ra28 + k] * bv45;
    acc18 = acc18 + tmp3[ra28 + k] * bv46;
    acc19 = acc19 + tmp3[ra29 + k] * bv44;
    acc20 = acc20 + tmp3[ra29 + k] * bv45;
    acc21 = acc21 + tmp3[ra29 + k] * bv46;
    acc22 = acc22 + tmp3[ra30 + k] * bv44;
    acc23 = acc23 + tmp3[ra30 + k] * bv45;
    acc24 = acc24 + tmp3[ra30 + k] * bv46;
    acc25 = acc25 + tmp3[ra31 + k] * bv44;
    acc26 = acc26 + tmp3[ra31 + k] * bv45;
    acc27 = acc27 + tmp3[ra31 + k] * bv46;
  }
  {
    let l47 = i0 * 300u + j0;
    let v48 = acc16.x;
    let v49 = tmp0[l47];
    let v50 = select(0.0, 1.0, v49 > 0.0);
    let v51 = select(0.0, v48, v50 != 0.0);
    tmp1[l47] = v51;
  }
  {
    let j52 = j0 + 1u;
    let l53 = i0 * 300u + j52;
    let v54 = acc16.y;
    let v55 = tmp0[l53];
    let v56 = select(0.0, 1.0, v55 > 0.0);
    let v57 = select(0.0, v54, v56 != 0.0);
    tmp1[l53] = v57;
  }
  {
    let j58 = j0 + 2u;
    let l59 = i0 * 300u + j58;
    let v60 = acc16.z;
    let v61 = tmp0[l59];
    let v62 = select(0.0, 1.0, v61 > 0.0);
    let v63 = select(0.0, v60, v62 != 0.0);
    tmp1[l59] = v63;
  }
  {
    let j64 = j0 + 3u;
    let l65 = i0 * 300u + j64;
    let v66 = acc16.w;
    let v67 = tmp0[l65];
    let v68 = select(0.0, 1.0, v67 > 0.0);
    let v69 = select(0.0, v66, v68 != 0.0);
    tmp1[l65] = v69;
  }
  {
    let j70 = j0 + 4u;
    let l71 = i0 * 300u + j70;
    let v72 = acc17.x;
    let v73 = tmp0[l71];
    let v74 = select(0.0, 1.0, v73 > 0.0);
    let v75 = select(0.0, v72, v74 != 0.0);
    tmp1[l71] = v75;
  }
  {
    let j76 = j0 + 5u;
    let l77 = i0 * 300u + j76;
    let v78 = acc17.y;
    let v79 = tmp0[l77];
    let v80 = select(0.0, 1.0, v79 > 0.0);
    let v81 = select(0.0, v78, v80 != 0.0);
    tmp1[l77] = v81;
  }
  {
    let j82 = j0 + 6u;
    let l83 = i0 * 300u + j82;
    let v84 = acc17.z;
    let v85 = tmp0[l83];
    let v86 = select(0.0, 1.0, v85 > 0.0);
    let v87 = select(0.0, v84, v86 != 0.0);
    tmp1[l83] = v87;
  }
  {
    let j88 = j0 + 7u;
    let l89 = i0 * 300u + j88;
    let v90 = acc17.w;
    let v91 = tmp0[l89];
    let v92 = select(0.0, 1.0, v91 > 0.0);
    let v93 = select(0.0, v90, v92 != 0.0);
    tmp1[l89] = v93;
  }
  {
    let j94 = j0 + 8u;
    let l95 = i0 * 300u + j94;
    let v96 = acc18.x;
    let v97 = tmp0[l95];
    let v98 = select(0.0, 1.0, v97 > 0.0);
    let v99 = select(0.0, v96, v98 != 0.0);
    tmp1[l95] = v99;
  }
  {
    let j100 = j0 + 9u;
    let l101 = i0 * 300u + j100;
    let v102 = acc18.y;
    let v103 = tmp0[l101];
    let v104 = select(0.0, 1.0, v103 > 0.0);
    let v105 = select(0.0, v102, v104 != 0.0);
    tmp1[l101] = v105;
  }
  {
    let j106 = j0 + 10u;
    let l107 = i0 * 300u + j106;
    let v108 = acc18.z;
    let v109 = tmp0[l107];
    let v110 = select(0.0, 1.0, v109 > 0.0);
    let v111 = select(0.0, v108, v110 != 0.0);
    tmp1[l107] = v111;
  }
  {
    let j112 = j0 + 11u;
    let l113 = i0 * 300u + j112;
    let v114 = acc18.w;
    let v115 = tmp0[l113];
    let v116 = select(0.0, 1.0, v115 > 0.0);
    let v117 = select(0.0, v114, v116 != 0.0);
    tmp1[l113] = v117;
  }
  if (i0 + 1u < 50u) {
    let i118 = i0 + 1u;
    let l119 = i118 * 300u + j0;
    let v120 = acc19.x;
    let v121 = tmp0[l119];
    let v122 = select(0.0, 1.0, v121 > 0.0);
    let v123 = select(0.0, v120, v122 != 0.0);
    tmp1[l119] = v123;
  }
  if (i0 + 1u < 50u) {
    let i124 = i0 + 1u;
    let j125 = j0 + 1u;
    let l126 = i124 * 300u + j125;
    let v127 = acc19.y;
    let v128 = tmp0[l126];
    let v129 = select(0.0, 1.0, v128 > 0.0);
    let v130 = select(0.0, v127, v129 != 0.0);
    tmp1[l126] = v130;
  }
  if (i0 + 1u < 50u) {
    let i131 = i0 + 1u;
    let j132 = j0 + 2u;
    let l133 = i131 * 300u + j132;
    let v134 = acc19.z;
    let v135 = tmp0[l133];
    let v136 = select(0.0, 1.0, v135 > 0.0);
    let v137 = select(0.0, v134, v136 != 0.0);
    tmp1[l133] = v137;
  }
  if (i0 + 1u < 50u) {
    let i138 = i0 + 1u;
    let j139 = j0 + 3u;
    let l140 = i138 * 300u + j139;
    let v141 = acc19.w;
    let v142 = tmp0[l140];
    let v143 = select(0.0, 1.0, v142 > 0.0);
    let v144 = select(0.0, v141, v143 != 0.0);
    tmp1[l140] = v144;
  }
  if (i0 + 1u < 50u) {
    let i145 = i0 + 1u;
    let j146 = j0 + 4u;
    let l147 = i145 * 300u + j146;
    let v148 = acc20.x;
    let v149 = tmp0[l147];
    let v150 = select(0.0, 1.0, v149 > 0.0);
    let v151 = select(0.0, v148, v150 != 0.0);
    tmp1[l147] = v151;
  }
  if (i0 + 1u < 50u) {
    let i152 = i0 + 1u;
    let j153 = j0 + 5u;
    let l154 = i152 * 300u + j153;
    let v155 = acc20.y;
    let v156 = tmp0[l154];
    let v157 = select(0.0, 1.0, v156 > 0.0);
    let v158 = select(0.0, v155, v157 != 0.0);
    tmp1[l154] = v158;
  }
  if (i0 + 1u < 50u) {
    let i159 = i0 + 1u;
    let j160 = j0 + 6u;
    let l161 = i159 * 300u + j160;
    let v162 = acc20.z;
    let v163 = tmp0[l161];
    let v164 = select(0.0, 1.0, v163 > 0.0);
    let v165 = select(0.0, v162, v164 != 0.0);
    tmp1[l161] = v165;
  }
  if (i0 + 1u < 50u) {
    let i166 = i0 + 1u;
    let j167 = j0 + 7u;
    let l168 = i166 * 300u + j167;
    let v169 = acc20.w;
    let v170 = tmp0[l168];
    let v171 = select(0.0, 1.0, v170 > 0.0);
    let v172 = select(0.0, v169, v171 != 0.0);
    tmp1[l168] = v172;
  }
  if (i0 + 1u < 50u) {
    let i173 = i0 + 1u;
    let j174 = j0 + 8u;
    let l175 = i173 * 300u + j174;
    let v176 = acc21.x;
    let v177 = tmp0[l175];
    let v178 = select(0.0, 1.0, v177 > 0.0);
    let v179 = select(0.0, v176, v178 != 0.0);
    tmp1[l175] = v179;
  }
  if (i0 + 1u < 50u) {
    let i180 = i0 + 1u;
    let j181 = j0 + 9u;
    let l182 = i180 * 300u + j181;
    let v183 = acc21.y;
    let v184 = tmp0[l182];
    let v185 = select(0.0, 1.0, v184 > 0.0);
    let v186 = select(0.0, v183, v185 != 0.0);
    tmp1[l182] = v186;
  }
  if (i0 + 1u < 50u) {
    let i187 = i0 + 1u;
    let j188 = j0 + 10u;
    let l189 = i187 * 300u + j188;
    let v190 = acc21.z;
    let v191 = tmp0[l189];
    let v192 = select(0.0, 1.0, v191 > 0.0);
    let v193 = select(0.0, v190, v192 != 0.0);
    tmp1[l189] = v193;
  }
  if (i0 + 1u < 50u) {
    let i194 = i0 + 1u;
    let j195 = j0 + 11u;
    let l196 = i194 * 300u + j195;
    let v197 = acc21.w;
    let v198 = tmp0[l196];
    let v199 = select(0.0, 1.0, v198 > 0.0);
    let v200 = select(0.0, v197, v199 != 0.0);
    tmp1[l196] = v200;
  }
  if (i0 + 2u < 50u) {
    let i201 = i0 + 2u;
    let l202 = i201 * 300u + j0;
    let v203 = acc22.x;
    let v204 = tmp0[l202];
    let v205 = select(0.0, 1.0, v204 > 0.0);
    let v206 = select(0.0, v203, v205 != 0.0);
    tmp1[l202] = v206;
  }
  if (i0 + 2u < 50u) {
    let i207 = i0 + 2u;
    let j208 = j0 + 1u;
    let l209 = i207 * 300u + j208;
    let v210 = acc22.y;
    let v211 = tmp0[l209];
    let v212 = select(0.0, 1.0, v211 > 0.0);
    let v213 = select(0.0, v210, v212 != 0.0);
    tmp1[l209] = v213;
  }
  if (i0 + 2u < 50u) {
    let i214 = i0 + 2u;
    let j215 = j0 + 2u;
    let l216 = i214 * 300u + j215;
    let v217 = acc22.z;
    let v218 = tmp0[l216];
    let v219 = select(0.0, 1.0, v218 > 0.0);
    let v220 = select(0.0, v217, v219 != 0.0);
    tmp1[l216] = v220;
  }
  if (i0 + 2u < 50u) {
    let i221 = i0 + 2u;
    let j222 = j0 + 3u;
    let l223 = i221 * 300u + j222;
    let v224 = acc22.w;
    let v225 = tmp0[l223];
    let v226 = select(0.0, 1.0, v225 > 0.0);
    let v227 = select(0.0, v224, v226 != 0.0);
    tmp1[l223] = v227;
  }
  if (i0 + 2u < 50u) {
    let i228 = i0 + 2u;
    let j229 = j0 + 4u;
    let l230 = i228 * 300u + j229;
    let v231 = acc23.x;
    let v232 = tmp0[l230];
    let v233 = select(0.0, 1.0, v232 > 0.0);
    let v234 = select(0.0, v231, v233 != 0.0);
    tmp1[l230] = v234;
  }
  if (i0 + 2u < 50u) {
    let i235 = i0 + 2u;
    let j236 = j0 + 5u;
    let l237 = i235 * 300u + j236;
    let v238 = acc23.y;
    let v239 = tmp0[l237];
    let v240 = select(0.0, 1.0, v239 > 0.0);
    let v241 = select(0.0, v238, v240 != 0.0);
    tmp1[l237] = v241;
  }
  if (i0 + 2u < 50u) {
    let i242 = i0 + 2u;
    let j243 = j0 + 6u;
    let l244 = i242 * 300u + j243;
    let v245 = acc23.z;
    let v246 = tmp0[l244];
    let v247 = select(0.0, 1.0, v246 > 0.0);
    let v248 = select(0.0, v245, v247 != 0.0);
    tmp1[l244] = v248;
  }
  if (i0 + 2u < 50u) {
    let i249 = i0 + 2u;
    let j250 = j0 + 7u;
    let l251 = i249 * 300u + j250;
    let v252 = acc23.w;
    let v253 = tmp0[l251];
    let v254 = select(0.0, 1.0, v253 > 0.0);
    let v255 = select(0.0, v252, v254 != 0.0);
    tmp1[l251] = v255;
  }
  if (i0 + 2u < 50u) {
    let i256 = i0 + 2u;
    let j257 = j0 + 8u;
    let l258 = i256 * 300u + j257;
    let v259 = acc24.x;
    let v260 = tmp0[l258];
    let v261 = select(0.0, 1.0, v260 > 0.0);
    let v262 = select(0.0, v259, v261 != 0.0);
    tmp1[l258] = v262;
  }
  if (i0 + 2u < 50u) {
    let i263 = i0 + 2u;
    let j264 = j0 + 9u;
    let l265 = i263 * 300u + j264;
    let v266 = acc24.y;
    let v267 = tmp0[l265];
    let v268 = select(0.0, 1.0, v267 > 0.0);
    let v269 = select(0.0, v266, v268 != 0.0);
    tmp1[l265] = v269;
  }
  if (i0 + 2u < 50u) {
    let i270 = i0 + 2u;
    let j271 = j0 + 10u;
    let l272 = i270 * 300u + j271;
    let v273 = acc24.z;
    let v274 = tmp0[l272];
    let v275 = select(0.0, 1.0, v274 > 0.0);
    let v276 = select(0.0, v273, v275 != 0.0);
    tmp1[l272] = v276;
  }
  if (i0 + 2u < 50u) {
    let i277 = i0 + 2u;
    let j278 = j0 + 11u;
    let l279 = i277 * 300u + j278;
    let v280 = acc24.w;
    let v281 = tmp0[l279];
    let v282 = select(0.0, 1.0, v281 > 0.0);
    let v283 = select(0.0, v280, v282 != 0.0);
    tmp1[l279] = v283;
  }
  if (i0 + 3u < 50u) {
    let i284 = i0 + 3u;
    let l285 = i284 * 300u + j0;
    let v286 = acc25.x;
    let v287 = tmp0[l285];
    let v288 = select(0.0, 1.0, v287 > 0.0);
    let v289 = select(0.0, v286, v288 != 0.0);
    tmp1[l285] = v289;
  }
  if (i0 + 3u < 50u) {
    let i290 = i0 + 3u;
    let j291 = j0 + 1u;
    let l292 = i290 * 300u + j291;
    let v293 = acc25.y;
    let v294 = tmp0[l292];
    let v295 = select(0.0, 1.0, v294 > 0.0);
    let v296 = select(0.0, v293, v295 != 0.0);
    tmp1[l292] = v296;
  }
  if (i0 + 3u < 50u) {
    let i297 = i0 + 3u;
    let j298 = j0 + 2u;
    let l299 = i297 * 300u + j298;
    let v300 = acc25.z;
    let v301 = tmp0[l299];
    let v302 = select(0.0, 1.0, v301 > 0.0);
    let v303 = select(0.0, v300, v302 != 0.0);
    tmp1[l299] = v303;
  }
  if (i0 + 3u < 50u) {
    let i304 = i0 + 3u;
    let j305 = j0 + 3u;
    let l306 = i304 * 300u + j305;
    let v307 = acc25.w;
    let v308 = tmp0[l306];
    let v309 = select(0.0, 1.0, v308 > 0.0);
    let v310 = select(0.0, v307, v309 != 0.0);
    tmp1[l306] = v310;
  }
  if (i0 + 3u < 50u) {
    let i311 = i0 + 3u;
    let j312 = j0 + 4u;
    let l313 = i311 * 300u + j312;
    let v314 = acc26.x;
    let v315 = tmp0[l313];
    let v316 = select(0.0, 1.0, v315 > 0.0);
    let v317 = select(0.0, v314, v316 != 0.0);
    tmp1[l313] = v317;
  }
  if (i0 + 3u < 50u) {
    let i318 = i0 + 3u;
    let j319 = j0 + 5u;
    let l320 = i318 * 300u + j319;
    let v321 = acc26.y;
    let v322 = tmp0[l320];
    let v323 = select(0.0, 1.0, v322 > 0.0);
    let v324 = select(0.0, v321, v323 != 0.0);
    tmp1[l320] = v324;
  }
  if (i0 + 3u < 50u) {
    let i325 = i0 + 3u;
    let j326 = j0 + 6u;
    let l327 = i325 * 300u + j326;
    let v328 = acc26.z;
    let v329 = tmp0[l327];
    let v330 = select(0.0, 1.0, v329 > 0.0);
    let v331 = select(0.0, v328, v330 != 0.0);
    tmp1[l327] = v331;
  }
  if (i0 + 3u < 50u) {
    let i332 = i0 + 3u;
    let j333 = j0 + 7u;
    let l334 = i332 * 300u + j333;
    let v335 = acc26.w;
    let v336 = tmp0[l334];
    let v337 = select(0.0, 1.0, v336 > 0.0);
    let v338 = select(0.0, v335, v337 != 0.0);
    tmp1[l334] = v338;
  }
  if (i0 + 3u < 50u) {
    let i339 = i0 + 3u;
    let j340 = j0 + 8u;
    let l341 = i339 * 300u + j340;
    let v342 = acc27.x;
    let v343 = tmp0[l341];
    let v344 = select(0.0, 1.0, v343 > 0.0);
    let v345 = select(0.0, v342, v344 != 0.0);
    tmp1[l341] = v345;
  }
  if (i0 + 3u < 50u) {
    let i346 = i0 + 3u;
    let j347 = j0 + 9u;
    let l348 = i346 * 300u + j347;
    let v349 = acc27.y;
    let v350 = tmp0[l348];
    let v351 = select(0.0, 1.0, v350 > 0.0);
    let v352 = select(0.0, v349, v351 != 0.0);
    tmp1[l348] = v352;
  }
  if (i0 + 3u < 50u) {
    let i353 = i0 + 3u;
    let j354 = j0 + 10u;
    let l355 = i353 * 300u + j354;
    let v356 = acc27.z;
    let v357 = tmp0[l355];
    let v358 = select(0.0, 1.0, v357 > 0.0);
    let v359 = select(0.0, v356, v358 != 0.0);
    tmp1[l355] = v359;
  }
  if (i0 + 3u < 50u) {
    let i360 = i0 + 3u;
    let j361 = j0 + 11u;
    let l362 = i360 * 300u + j361;
    let v363 = acc27.w;
    let v364 = tmp0[l362];
    let v365 = select(0.0, 1.0, v364 > 0.0);
    let v366 = select(0.0, v363, v365 != 0.0);
    tmp1[l362] = v366;
  }
}

// ---- 023_reduce_sum_hidden1_dense_bias_grad_x4.wgsl
@group(0) @binding(0) var<storage, read> tmp1: array<f32>;
@group(0) @binding(1) var<storage, read_write> s_hidden1_dense_bias_ftrl_accum: array<f32>;
@group(0) @binding(2) var<storage, read_write> s_hidden1_dense_bias_ftrl_linear: array<f32>;
@group(0) @binding(3) var<storage, read_write> s_hidden1_dense_bias: array<f32>;

@compute @workgroup_size(64)
fn main(@builtin(global_invocation_id) gid: vec3<u32>) {
  let i = gid.x;
  if (i >= 300u) { return; }
  var acc0: f32 = 0.0;
  for (var r1: u32 = 0u; r1 < 50u; r1 = r1 + 1u) {
    let l2 = r1 * 300u + i;
    let v3 = tmp1[l2];
    acc0 = acc0 + v3;
  }
  let v4 = s_hidden1_dense_bias_ftrl_accum[i];
  let v5 = (acc0 * acc0);
  let v6 = (v4 + v5);
  let v7 = s_hidden1_dense_bias_ftrl_linear[i];
  let v8 = sqrt(v6);
  let v9 = sqrt(v4);
  let v10 = (v8 - v9);
  let v11 = (v10 / 0.2);
  let v12 = s_hidden1_dense_bias[i];
  let v13 = (v11 * v12);
  let v14 = (acc0 - v13);
  let v15 = (v7 + v14);
  let v16 = sign(v15);
  let v17 = (v16 * 0.0001);
  let v18 = (v17 - v15);
  let v19 = (v8 / 0.2);
  let v20 = (v18 / v19);
  let v21 = abs(v15);
  let v22 = select(0.0, 1.0, v21 > 0.0001);
  let v23 = select(0.0, v20, v22 != 0.0);
  s_hidden1_dense_bias_ftrl_accum[i] = v6;
  s_hidden1_dense_bias_ftrl_linear[i] = v15;
  s_hidden1_dense_bias[i] = v23;
}

// ---- 024_matmul_hidden1_dense_kernel_grad.wgsl
@group(0) @binding(0) var<storage, read> in_X: array<f32>;
@group(0) @binding(1) var<storage, read> tmp1: array<f32>;
@group(0) @binding(2) var<storage, read_write> tmp8: array<f32>;

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
    let bv21 = vec4<f32>(tmp1[rb20 + col8], tmp1[rb20 + col9], tmp1[rb20 + col10], tmp1[rb20 + col11]);
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
    let v24 = acc12.x;
    tmp8[l23] = v24;
  }
  {
    let j25 = j0 + 1u;
    let l26 = i0 * 300u + j25;
    let v27 = acc12.y;
    tmp8[l26] = v27;
  }
  {
    let j28 = j0 + 2u;
    let l29 = i0 * 300u + j28;
    let v30 = acc12.z;
    tmp8[l29] = v30;
  }
  {
    let j31 = j0 + 3u;
    let l32 = i0 * 300u + j31;
    let v33 = acc12.w;
    tmp8[l32] = v33;
  }
  {
    let i34 = i0 + 1u;
    let l35 = i34 * 300u + j0;
    let v36 = acc13.x;
    tmp8[l35] = v36;
  }
  {
    let i37 = i0 + 1u;
    let j38 = j0 + 1u;
    let l39 = i37 * 300u + j38;
    let v40 = acc13.y;
    tmp8[l39] = v40;
  }
  {
    let i41 = i0 + 1u;
    let j42 = j0 + 2u;
    let l43 = i41 * 300u + j42;
    let v44 = acc13.z;
    tmp8[l43] = v44;
  }
  {
    let i45 = i0 + 1u;
    let j46 = j0 + 3u;
    let l47 = i45 * 300u + j46;
    let v48 = acc13.w;
    tmp8[l47] = v48;
  }
  {
    let i49 = i0 + 2u;
    let l50 = i49 * 300u + j0;
    let v51 = acc14.x;
    tmp8[l50] = v51;
  }
  {
    let i52 = i0 + 2u;
    let j53 = j0 + 1u;
    let l54 = i52 * 300u + j53;
    let v55 = acc14.y;
    tmp8[l54] = v55;
  }
  {
    let i56 = i0 + 2u;
    let j57 = j0 + 2u;
    let l58 = i56 * 300u + j57;
    let v59 = acc14.z;
    tmp8[l58] = v59;
  }
  {
    let i60 = i0 + 2u;
    let j61 = j0 + 3u;
    let l62 = i60 * 300u + j61;
    let v63 = acc14.w;
    tmp8[l62] = v63;
  }
  {
    let i64 = i0 + 3u;
    let l65 = i64 * 300u + j0;
    let v66 = acc15.x;
    tmp8[l65] = v66;
  }
  {
    let i67 = i0 + 3u;
    let j68 = j0 + 1u;
    let l69 = i67 * 300u + j68;
    let v70 = acc15.y;
    tmp8[l69] = v70;
  }
  {
    let i71 = i0 + 3u;
    let j72 = j0 + 2u;
    let l73 = i71 * 300u + j72;
    let v74 = acc15.z;
    tmp8[l73] = v74;
  }
  {
    let i75 = i0 + 3u;
    let j76 = j0 + 3u;
    let l77 = i75 * 300u + j76;
    let v78 = acc15.w;
    tmp8[l77] = v78;
  }
  {
    let i79 = i0 + 4u;
    let l80 = i79 * 300u + j0;
    let v81 = acc16.x;
    tmp8[l80] = v81;
  }
  {
    let i82 = i0 + 4u;
    let j83 = j0 + 1u;
    let l84 = i82 * 300u + j83;
    let v85 = acc16.y;
    tmp8[l84] = v85;
  }
  {
    let i86 = i0 + 4u;
    let j87 = j0 + 2u;
    let l88 = i86 * 300u + j87;
    let v89 = acc16.z;
    tmp8[l88] = v89;
  }
  {
    let i90 = i0 + 4u;
    let j91 = j0 + 3u;
    let l92 = i90 * 300u + j91;
    let v93 = acc16.w;
    tmp8[l92] = v93;
  }
  {
    let i94 = i0 + 5u;
    let l95 = i94 * 300u + j0;
    let v96 = acc17.x;
    tmp8[l95] = v96;
  }
  {
    let i97 = i0 + 5u;
    let j98 = j0 + 1u;
    let l99 = i97 * 300u + j98;
    let v100 = acc17.y;
    tmp8[l99] = v100;
  }
  {
    let i101 = i0 + 5u;
    let j102 = j0 + 2u;
    let l103 = i101 * 300u + j102;
    let v104 = acc17.z;
    tmp8[l103] = v104;
  }
  {
    let i105 = i0 + 5u;
    let j106 = j0 + 3u;
    let l107 = i105 * 300u + j106;
    let v108 = acc17.w;
    tmp8[l107] = v108;
  }
  {
    let i109 = i0 + 6u;
    let l110 = i109 * 300u + j0;
    let v111 = acc18.x;
    tmp8[l110] = v111;
  }
  {
    let i112 = i0 + 6u;
    let j113 = j0 + 1u;
    let l114 = i112 * 300u + j113;
    let v115 = acc18.y;
    tmp8[l114] = v115;
  }
  {
    let i116 = i0 + 6u;
    let j117 = j0 + 2u;
    let l118 = i116 * 300u + j117;
    let v119 = acc18.z;
    tmp8[l118] = v119;
  }
  {
    let i120 = i0 + 6u;
    let j121 = j0 + 3u;
    let l122 = i120 * 300u + j121;
    let v123 = acc18.w;
    tmp8[l122] = v123;
  }
  {
    let i124 = i0 + 7u;
    let l125 = i124 * 300u + j0;
    let v126 = acc19.x;
    tmp8[l125] = v126;
  }
  {
    let i127 = i0 + 7u;
    let j128 = j0 + 1u;
    let l129 = i127 * 300u + j128;
    let v130 = acc19.y;
    tmp8[l129] = v130;
  }
  {
    let i131 = i0 + 7u;
    let j132 = j0 + 2u;
    let l133 = i131 * 300u + j132;
    let v134 = acc19.z;
    tmp8[l133] = v134;
  }
  {
    let i135 = i0 + 7u;
    let j136 = j0 + 3u;
    let l137 = i135 * 300u + j136;
    let v138 = acc19.w;
    tmp8[l137] = v138;
  }
}

// ---- 025_add_hidden1_dense_kernel_ftrl_x3.wgsl
@group(0) @binding(0) var<storage, read_write> s_hidden1_dense_kernel_ftrl_accum: array<f32>;
@group(0) @binding(1) var<storage, read> tmp8: array<f32>;
@group(0) @binding(2) var<storage, read_write> s_hidden1_dense_kernel_ftrl_linear: array<f32>;
@group(0) @binding(3) var<storage, read_write> s_hidden1_dense_kernel: array<f32>;

@compute @workgroup_size(64)
fn main(@builtin(global_invocation_id) gid: vec3<u32>) {
  let i = gid.x;
  if (i >= 235200u) { return; }
  let v0 = s_hidden1_dense_kernel_ftrl_accum[i];
  let v1 = tmp8[i];
  let v2 = (v1 * v1);
  let v3 = (v0 + v2);
  let v4 = s_hidden1_dense_kernel_ftrl_linear[i];
  let v5 = sqrt(v3);
  let v6 = sqrt(v0);
  let v7 = (v5 - v6);
  let c8 = (i / 300u);
  let c9 = (i % 300u);
  let v10 = (v7 / 0.2);
  let v11 = s_hidden1_dense_kernel[i];
  let v12 = (v10 * v11);
  let v13 = (v1 - v12);
  let v14 = (v4 + v13);
  let v15 = sign(v14);
  let v16 = (v15 * 0.0001);
  let v17 = (v16 - v14);
  let v18 = (v5 / 0.2);
  let v19 = (v17 / v18);
  let v20 = abs(v14);
  let v21 = select(0.0, 1.0, v20 > 0.0001);
  let v22 = select(0.0, v19, v21 != 0.0);
  s_hidden1_dense_kernel_ftrl_accum[i] = v3;
  s_hidden1_dense_kernel_ftrl_linear[i] = v14;
  s_hidden1_dense_kernel[i] = v22;
}

// ---- 026_add_hidden2_dense_kernel_ftrl_x3.wgsl
@group(0) @binding(0) var<storage, read_write> s_hidden2_dense_kernel_ftrl_accum: array<f32>;
@group(0) @binding(1) var<storage, read> tmp7: array<f32>;
@group(0) @binding(2) var<storage, read_write> s_hidden2_dense_kernel_ftrl_linear: array<f32>;
@group(0) @binding(3) var<storage, read_write> s_hidden2_dense_kernel: array<f32>;

@compute @workgroup_size(64)
fn main(@builtin(global_invocation_id) gid: vec3<u32>) {
  let i = gid.x;
  if (i >= 30000u) { return; }
  let v0 = s_hidden2_dense_kernel_ftrl_accum[i];
  let v1 = tmp7[i];
  let v2 = (v1 * v1);
  let v3 = (v0 + v2);
  let v4 = s_hidden2_dense_kernel_ftrl_linear[i];
  let v5 = sqrt(v3);
  let v6 = sqrt(v0);
  let v7 = (v5 - v6);
  let c8 = (i / 100u);
  let c9 = (i % 100u);
  let v10 = (v7 / 0.2);
  let v11 = s_hidden2_dense_kernel[i];
  let v12 = (v10 * v11);
  let v13 = (v1 - v12);
  let v14 = (v4 + v13);
  let v15 = sign(v14);
  let v16 = (v15 * 0.0001);
  let v17 = (v16 - v14);
  let v18 = (v5 / 0.2);
  let v19 = (v17 / v18);
  let v20 = abs(v14);
  let v21 = select(0.0, 1.0, v20 > 0.0001);
  let v22 = select(0.0, v19, v21 != 0.0);
  s_hidden2_dense_kernel_ftrl_accum[i] = v3;
  s_hidden2_dense_kernel_ftrl_linear[i] = v14;
  s_hidden2_dense_kernel[i] = v22;
}

// ---- 027_add_logits_dense_kernel_ftrl_x3.wgsl
@group(0) @binding(0) var<storage, read_write> s_logits_dense_kernel_ftrl_accum: array<f32>;
@group(0) @binding(1) var<storage, read> tmp6: array<f32>;
@group(0) @binding(2) var<storage, read_write> s_logits_dense_kernel_ftrl_linear: array<f32>;
@group(0) @binding(3) var<storage, read_write> s_logits_dense_kernel: array<f32>;

@compute @workgroup_size(64)
fn main(@builtin(global_invocation_id) gid: vec3<u32>) {
  let i = gid.x;
  if (i >= 1000u) { return; }
  let v0 = s_logits_dense_kernel_ftrl_accum[i];
  let v1 = tmp6[i];
  let v2 = (v1 * v1);
  let v3 = (v0 + v2);
  let v4 = s_logits_dense_kernel_ftrl_linear[i];
  let v5 = sqrt(v3);
  let v6 = sqrt(v0);
  let v7 = (v5 - v6);
  let c8 = (i / 10u);
  let c9 = (i % 10u);
  let v10 = (v7 / 0.2);
  let v11 = s_logits_dense_kernel[i];
  let v12 = (v10 * v11);
  let v13 = (v1 - v12);
  let v14 = (v4 + v13);
  let v15 = sign(v14);
  let v16 = (v15 * 0.0001);
  let v17 = (v16 - v14);
  let v18 = (v5 / 0.2);
  let v19 = (v17 / v18);
  let v20 = abs(v14);
  let v21 = select(0.0, 1.0, v20 > 0.0001);
  let v22 = select(0.0, v19, v21 != 0.0);
  s_logits_dense_kernel_ftrl_accum[i] = v3;
  s_logits_dense_kernel_ftrl_linear[i] = v14;
  s_logits_dense_kernel[i] = v22;
}

// ---- 028_add_metrics_x5.wgsl
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

// ---- 029_feed_eval_X.wgsl
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

// ---- 030_feed_eval_y.wgsl
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

// ---- 031_matmul_hidden1.wgsl
@group(0) @binding(0) var<storage, read> in_X: array<f32>;
@group(0) @binding(1) var<storage, read> s_hidden1_dense_kernel: array<f32>;
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
  let ra28 = row0 * 784u;
  let ra29 = row1 * 784u;
  let ra30 = row2 * 784u;
  let ra31 = row3 * 784u;
  for (var k: u32 = 0u; k < 784u; k = k + 1u) {
    let rb32 = k * 300u;
    let bv33 = vec4<f32>(s_hidden1_dense_kernel[rb32 + col4], s_hidden1_dense_kernel[rb32 + col5], s_hidden1_dense_kernel[rb32 + col6], s_hidden1_dense_kernel[rb32 + col7]);
    let bv34 = vec4<f32>(s_hidden1_dense_kernel[rb32 + col8], s_hidden1_dense_kernel[rb32 + col9], s_hidden1_dense_kernel[rb32 + col10], s_hidden1_dense_kernel[rb32 + col11]);
    let bv35 = vec4<f32>(s_hidden1_dense_kernel[rb32 + col12], s_hidden1_dense_kernel[rb32 + col13], s_hidden1_dense_kernel[rb32 + col14], s_hidden1_dense_kernel[rb32 + col15]);
    acc16 = acc16 + in_X[ra28 + k] * bv33;
    acc17 = acc17 + in_X[ra28 + k] * bv34;
    acc18 = acc18 + in_X[ra28 + k] * bv35;
    acc19 = acc19 + in_X[ra29 + k] * bv33;
    acc20 = acc20 + in_X[ra29 + k] * bv34;
    acc21 = acc21 + in_X[ra29 + k] * bv35;
    acc22 = acc22 + in_X[ra30 + k] * bv33;
    acc23 = acc23 + in_X[ra30 + k] * bv34;
    acc24 = acc24 + in_X[ra30 + k] * bv35;
    acc25 = acc25 + in_X[ra31 + k] * bv33;
    acc26 = acc26 + in_X[ra31 + k] * bv34;
    acc27 = acc27 + in_X[ra31 + k] * bv35;
  }
  {
    let l36 = i0 * 300u + j0;
    let v37 = acc16.x;
    let v38 = s_hidden1_dense_bias[j0];
    let v39 = (v37 + v38);
    let v40 = select(0.0, 1.0, v39 > 0.0);
    let v41 = select(0.0, v39, v40 != 0.0);
    tmp0[l36] = v41;
  }
  {
    let j42 = j0 + 1u;
    let l43 = i0 * 300u + j42;
    let v44 = acc16.y;
    let v45 = s_hidden1_dense_bias[j42];
    let v46 = (v44 + v45);
    let v47 = select(0.0, 1.0, v46 > 0.0);
    let v48 = select(0.0, v46, v47 != 0.0);
    tmp0[l43] = v48;
  }
  {
    let j49 = j0 + 2u;
    let l50 = i0 * 300u + j49;
    let v51 = acc16.z;
    let v52 = s_hidden1_dense_bias[j49];
    let v53 = (v51 + v52);
    let v54 = select(0.0, 1.0, v53 > 0.0);
    let v55 = select(0.0, v53, v54 != 0.0);
    tmp0[l50] = v55;
  }
  {
    let j56 = j0 + 3u;
    let l57 = i0 * 300u + j56;
    let v58 = acc16.w;
    let v59 = s_hidden1_dense_bias[j56];
    let v60 = (v58 + v59);
    let v61 = select(0.0, 1.0, v60 > 0.0);
    let v62 = select(0.0, v60, v61 != 0.0);
    tmp0[l57] = v62;
  }
  {
    let j63 = j0 + 4u;
    let l64 = i0 * 300u + j63;
    let v65 = acc17.x;
    let v66 = s_hidden1_dense_bias[j63];
    let v67 = (v65 + v66);
    let v68 = select(0.0, 1.0, v67 > 0.0);
    let v69 = select(0.0, v67, v68 != 0.0);
    tmp0[l64] = v69;
  }
  {
    let j70 = j0 + 5u;
    let l71 = i0 * 300u + j70;
    let v72 = acc17.y;
    let v73 = s_hidden1_dense_bias[j70];
    let v74 = (v72 + v73);
    let v75 = select(0.0, 1.0, v74 > 0.0);
    let v76 = select(0.0, v74, v75 != 0.0);
    tmp0[l71] = v76;
  }
  {
    let j77 = j0 + 6u;
    let l78 = i0 * 300u + j77;
    let v79 = acc17.z;
    let v80 = s_hidden1_dense_bias[j77];
    let v81 = (v79 + v80);
    let v82 = select(0.0, 1.0, v81 > 0.0);
    let v83 = select(0.0, v81, v82 != 0.0);
    tmp0[l78] = v83;
  }
  {
    let j84 = j0 + 7u;
    let l85 = i0 * 300u + j84;
    let v86 = acc17.w;
    let v87 = s_hidden1_dense_bias[j84];
    let v88 = (v86 + v87);
    let v89 = select(0.0, 1.0, v88 > 0.0);
    let v90 = select(0.0, v88, v89 != 0.0);
    tmp0[l85] = v90;
  }
  {
    let j91 = j0 + 8u;
    let l92 = i0 * 300u + j91;
    let v93 = acc18.x;
    let v94 = s_hidden1_dense_bias[j91];
    let v95 = (v93 + v94);
    let v96 = select(0.0, 1.0, v95 > 0.0);
    let v97 = select(0.0, v95, v96 != 0.0);
    tmp0[l92] = v97;
  }
  {
    let j98 = j0 + 9u;
    let l99 = i0 * 300u + j98;
    let v100 = acc18.y;
    let v101 = s_hidden1_dense_bias[j98];
    let v102 = (v100 + v101);
    let v103 = select(0.0, 1.0, v102 > 0.0);
    let v104 = select(0.0, v102, v103 != 0.0);
    tmp0[l99] = v104;
  }
  {
    let j105 = j0 + 10u;
    let l106 = i0 * 300u + j105;
    let v107 = acc18.z;
    let v108 = s_hidden1_dense_bias[j105];
    let v109 = (v107 + v108);
    let v110 = select(0.0, 1.0, v109 > 0.0);
    let v111 = select(0.0, v109, v110 != 0.0);
    tmp0[l106] = v111;
  }
  {
    let j112 = j0 + 11u;
    let l113 = i0 * 300u + j112;
    let v114 = acc18.w;
    let v115 = s_hidden1_dense_bias[j112];
    let v116 = (v114 + v115);
    let v117 = select(0.0, 1.0, v116 > 0.0);
    let v118 = select(0.0, v116, v117 != 0.0);
    tmp0[l113] = v118;
  }
  if (i0 + 1u < 50u) {
    let i119 = i0 + 1u;
    let l120 = i119 * 300u + j0;
    let v121 = acc19.x;
    let v122 = s_hidden1_dense_bias[j0];
    let v123 = (v121 + v122);
    let v124 = select(0.0, 1.0, v123 > 0.0);
    let v125 = select(0.0, v123, v124 != 0.0);
    tmp0[l120] = v125;
  }
  if (i0 + 1u < 50u) {
    let i126 = i0 + 1u;
    let j127 = j0 + 1u;
    let l128 = i126 * 300u + j127;
    let v129 = acc19.y;
    let v130 = s_hidden1_dense_bias[j127];
    let v131 = (v129 + v130);
    let v132 = select(0.0, 1.0, v131 > 0.0);
    let v133 = select(0.0, v131, v132 != 0.0);
    tmp0[l128] = v133;
  }
  if (i0 + 1u < 50u) {
    let i134 = i0 + 1u;
    let j135 = j0 + 2u;
    let l136 = i134 * 300u + j135;
    let v137 = acc19.z;
    let v138 = s_hidden1_dense_bias[j135];
    let v139 = (v137 + v138);
    let v140 = select(0.0, 1.0, v139 > 0.0);
    let v141 = select(0.0, v139, v140 != 0.0);
    tmp0[l136] = v141;
  }
  if (i0 + 1u < 50u) {
    let i142 = i0 + 1u;
    let j143 = j0 + 3u;
    let l144 = i142 * 300u + j143;
    let v145 = acc19.w;
    let v146 = s_hidden1_dense_bias[j143];
    let v147 = (v145 + v146);
    let v148 = select(0.0, 1.0, v147 > 0.0);
    let v149 = select(0.0, v147, v148 != 0.0);
    tmp0[l144] = v149;
  }
  if (i0 + 1u < 50u) {
    let i150 = i0 + 1u;
    let j151 = j0 + 4u;
    let l152 = i150 * 300u + j151;
    let v153 = acc20.x;
    let v154 = s_hidden1_dense_bias[j151];
    let v155 = (v153 + v154);
    let v156 = select(0.0, 1.0, v155 > 0.0);
    let v157 = select(0.0, v155, v156 != 0.0);
    tmp0[l152] = v157;
  }
  if (i0 + 1u < 50u) {
    let i158 = i0 + 1u;
    let j159 = j0 + 5u;
    let l160 = i158 * 300u + j159;
    let v161 = acc20.y;
    let v162 = s_hidden1_dense_bias[j159];
    let v163 = (v161 + v162);
    let v164 = select(0.0, 1.0, v163 > 0.0);
    let v165 = select(0.0, v163, v164 != 0.0);
    tmp0[l160] = v165;
  }
  if (i0 + 1u < 50u) {
    let i166 = i0 + 1u;
    let j167 = j0 + 6u;
    let l168 = i166 * 300u + j167;
    let v169 = acc20.z;
    let v170 = s_hidden1_dense_bias[j167];
    let v171 = (v169 + v170);
    let v172 = select(0.0, 1.0, v171 > 0.0);
    let v173 = select(0.0, v171, v172 != 0.0);
    tmp0[l168] = v173;
  }
  if (i0 + 1u < 50u) {
    let i174 = i0 + 1u;
    let j175 = j0 + 7u;
    let l176 = i174 * 300u + j175;
    let v177 = acc20.w;
    let v178 = s_hidden1_dense_bias[j175];
    let v179 = (v177 + v178);
    let v180 = select(0.0, 1.0, v179 > 0.0);
    let v181 = select(0.0, v179, v180 != 0.0);
    tmp0[l176] = v181;
  }
  if (i0 + 1u < 50u) {
    let i182 = i0 + 1u;
    let j183 = j0 + 8u;
    let l184 = i182 * 300u + j183;
    let v185 = acc21.x;
    let v186 = s_hidden1_dense_bias[j183];
    let v187 = (v185 + v186);
    let v188 = select(0.0, 1.0, v187 > 0.0);
    let v189 = select(0.0, v187, v188 != 0.0);
    tmp0[l184] = v189;
  }
  if (i0 + 1u < 50u) {
    let i190 = i0 + 1u;
    let j191 = j0 + 9u;
    let l192 = i190 * 300u + j191;
    let v193 = acc21.y;
    let v194 = s_hidden1_dense_bias[j191];
    let v195 = (v193 + v194);
    let v196 = select(0.0, 1.0, v195 > 0.0);
    let v197 = select(0.0, v195, v196 != 0.0);
    tmp0[l192] = v197;
  }
  if (i0 + 1u < 50u) {
    let i198 = i0 + 1u;
    let j199 = j0 + 10u;
    let l200 = i198 * 300u + j199;
    let v201 = acc21.z;
    let v202 = s_hidden1_dense_bias[j199];
    let v203 = (v201 + v202);
    let v204 = select(0.0, 1.0, v203 > 0.0);
    let v205 = select(0.0, v203, v204 != 0.0);
    tmp0[l200] = v205;
  }
  if (i0 + 1u < 50u) {
    let i206 = i0 + 1u;
    let j207 = j0 + 11u;
    let l208 = i206 * 300u + j207;
    let v209 = acc21.w;
    let v210 = s_hidden1_dense_bias[j207];
    let v211 = (v209 + v210);
    let v212 = select(0.0, 1.0, v211 > 0.0);
    let v213 = select(0.0, v211, v212 != 0.0);
    tmp0[l208] = v213;
  }
  if (i0 + 2u < 50u) {
    let i214 = i0 + 2u;
    let l215 = i214 * 300u + j0;
    let v216 = acc22.x;
    let v217 = s_hidden1_dense_bias[j0];
    let v218 = (v216 + v217);
    let v219 = select(0.0, 1.0, v218 > 0.0);
    let v220 = select(0.0, v218, v219 != 0.0);
    tmp0[l215] = v220;
  }
  if (i0 + 2u < 50u) {
    let i221 = i0 + 2u;
    let j222 = j0 + 1u;
    let l223 = i221 * 300u + j222;
    let v224 = acc22.y;
    let v225 = s_hidden1_dense_bias[j222];
    let v226 = (v224 + v225);
    let v227 = select(0.0, 1.0, v226 > 0.0);
    let v228 = select(0.0, v226, v227 != 0.0);
    tmp0[l223] = v228;
  }
  if (i0 + 2u < 50u) {
    let i229 = i0 + 2u;
    let j230 = j0 + 2u;
    let l231 = i229 * 300u + j230;
    let v232 = acc22.z;
    let v233 = s_hidden1_dense_bias[j230];
    let v234 = (v232 + v233);
    let v235 = select(0.0, 1.0, v234 > 0.0);
    let v236 = select(0.0, v234, v235 != 0.0);
    tmp0[l231] = v236;
  }
  if (i0 + 2u < 50u) {
    let i237 = i0 + 2u;
    let j238 = j0 + 3u;
    let l239 = i237 * 300u + j238;
    let v240 = acc22.w;
    let v241 = s_hidden1_dense_bias[j238];
    let v242 = (v240 + v241);
    let v243 = select(0.0, 1.0, v242 > 0.0);
    let v244 = select(0.0, v242, v243 != 0.0);
    tmp0[l239] = v244;
  }
  if (i0 + 2u < 50u) {
    let i245 = i0 + 2u;
    let j246 = j0 + 4u;
    let l247 = i245 * 300u + j246;
    let v248 = acc23.x;
    let v249 = s_hidden1_dense_bias[j246];
    let v250 = (v248 + v249);
    let v251 = select(0.0, 1.0, v250 > 0.0);
    let v252 = select(0.0, v250, v251 != 0.0);
    tmp0[l247] = v252;
  }
  if (i0 + 2u < 50u) {
    let i253 = i0 + 2u;
    let j254 = j0 + 5u;
    let l255 = i253 * 300u + j254;
    let v256 = acc23.y;
    let v257 = s_hidden1_dense_bias[j254];
    let v258 = (v256 + v257);
    let v259 = select(0.0, 1.0, v258 > 0.0);
    let v260 = select(0.0, v258, v259 != 0.0);
    tmp0[l255] = v260;
  }
  if (i0 + 2u < 50u) {
    let i261 = i0 + 2u;
    let j262 = j0 + 6u;
    let l263 = i261 * 300u + j262;
    let v264 = acc23.z;
    let v265 = s_hidden1_dense_bias[j262];
    let v266 = (v264 + v265);
    let v267 = select(0.0, 1.0, v266 > 0.0);
    let v268 = select(0.0, v266, v267 != 0.0);
    tmp0[l263] = v268;
  }
  if (i0 + 2u < 50u) {
    let i269 = i0 + 2u;
    let j270 = j0 + 7u;
    let l271 = i269 * 300u + j270;
    let v272 = acc23.w;
    let v273 = s_hidden1_dense_bias[j270];
    let v274 = (v272 + v273);
    let v275 = select(0.0, 1.0, v274 > 0.0);
    let v276 = select(0.0, v274, v275 != 0.0);
    tmp0[l271] = v276;
  }
  if (i0 + 2u < 50u) {
    let i277 = i0 + 2u;
    let j278 = j0 + 8u;
    let l279 = i277 * 300u + j278;
    let v280 = acc24.x;
    let v281 = s_hidden1_dense_bias[j278];
    let v282 = (v280 + v281);
    let v283 = select(0.0, 1.0, v282 > 0.0);
    let v284 = select(0.0, v282, v283 != 0.0);
    tmp0[l279] = v284;
  }
  if (i0 + 2u < 50u) {
    let i285 = i0 + 2u;
    let j286 = j0 + 9u;
    let l287 = i285 * 300u + j286;
    let v288 = acc24.y;
    let v289 = s_hidden1_dense_bias[j286];
    let v290 = (v288 + v289);
    let v291 = select(0.0, 1.0, v290 > 0.0);
    let v292 = select(0.0, v290, v291 != 0.0);
    tmp0[l287] = v292;
  }
  if (i0 + 2u < 50u) {
    let i293 = i0 + 2u;
    let j294 = j0 + 10u;
    let l295 = i293 * 300u + j294;
    let v296 = acc24.z;
    let v297 = s_hidden1_dense_bias[j294];
    let v298 = (v296 + v297);
    let v299 = select(0.0, 1.0, v298 > 0.0);
    let v300 = select(0.0, v298, v299 != 0.0);
    tmp0[l295] = v300;
  }
  if (i0 + 2u < 50u) {
    let i301 = i0 + 2u;
    let j302 = j0 + 11u;
    let l303 = i301 * 300u + j302;
    let v304 = acc24.w;
    let v305 = s_hidden1_dense_bias[j302];
    let v306 = (v304 + v305);
    let v307 = select(0.0, 1.0, v306 > 0.0);
    let v308 = select(0.0, v306, v307 != 0.0);
    tmp0[l303] = v308;
  }
  if (i0 + 3u < 50u) {
    let i309 = i0 + 3u;
    let l310 = i309 * 300u + j0;
    let v311 = acc25.x;
    let v312 = s_hidden1_dense_bias[j0];
    let v313 = (v311 + v312);
    let v314 = select(0.0, 1.0, v313 > 0.0);
    let v315 = select(0.0, v313, v314 != 0.0);
    tmp0[l310] = v315;
  }
  if (i0 + 3u < 50u) {
    let i316 = i0 + 3u;
    let j317 = j0 + 1u;
    let l318 = i316 * 300u + j317;
    let v319 = acc25.y;
    let v320 = s_hidden1_dense_bias[j317];
    let v321 = (v319 + v320);
    let v322 = select(0.0, 1.0, v321 > 0.0);
    let v323 = select(0.0, v321, v322 != 0.0);
    tmp0[l318] = v323;
  }
  if (i0 + 3u < 50u) {
    let i324 = i0 + 3u;
    let j325 = j0 + 2u;
    let l326 = i324 * 300u + j325;
    let v327 = acc25.z;
    let v328 = s_hidden1_dense_bias[j325];
    let v329 = (v327 + v328);
    let v330 = select(0.0, 1.0, v329 > 0.0);
    let v331 = select(0.0, v329, v330 != 0.0);
    tmp0[l326] = v331;
  }
  if (i0 + 3u < 50u) {
    let i332 = i0 + 3u;
    let j333 = j0 + 3u;
    let l334 = i332 * 300u + j333;
    let v335 = acc25.w;
    let v336 = s_hidden1_dense_bias[j333];
    let v337 = (v335 + v336);
    let v338 = select(0.0, 1.0, v337 > 0.0);
    let v339 = select(0.0, v337, v338 != 0.0);
    tmp0[l334] = v339;
  }
  if (i0 + 3u < 50u) {
    let i340 = i0 + 3u;
    let j341 = j0 + 4u;
    let l342 = i340 * 300u + j341;
    let v343 = acc26.x;
    let v344 = s_hidden1_dense_bias[j341];
    let v345 = (v343 + v344);
    let v346 = select(0.0, 1.0, v345 > 0.0);
    let v347 = select(0.0, v345, v346 != 0.0);
    tmp0[l342] = v347;
  }
  if (i0 + 3u < 50u) {
    let i348 = i0 + 3u;
    let j349 = j0 + 5u;
    let l350 = i348 * 300u + j349;
    let v351 = acc26.y;
    let v352 = s_hidden1_dense_bias[j349];
    let v353 = (v351 + v352);
    let v354 = select(0.0, 1.0, v353 > 0.0);
    let v355 = select(0.0, v353, v354 != 0.0);
    tmp0[l350] = v355;
  }
  if (i0 + 3u < 50u) {
    let i356 = i0 + 3u;
    let j357 = j0 + 6u;
    let l358 = i356 * 300u + j357;
    let v359 = acc26.z;
    let v360 = s_hidden1_dense_bias[j357];
    let v361 = (v359 + v360);
    let v362 = select(0.0, 1.0, v361 > 0.0);
    let v363 = select(0.0, v361, v362 != 0.0);
    tmp0[l358] = v363;
  }
  if (i0 + 3u < 50u) {
    let i364 = i0 + 3u;
    let j365 = j0 + 7u;
    let l366 = i364 * 300u + j365;
    let v367 = acc26.w;
    let v368 = s_hidden1_dense_bias[j365];
    let v369 = (v367 + v368);
    let v370 = select(0.0, 1.0, v369 > 0.0);
    let v371 = select(0.0, v369, v370 != 0.0);
    tmp0[l366] = v371;
  }
  if (i0 + 3u < 50u) {
    let i372 = i0 + 3u;
    let j373 = j0 + 8u;
    let l374 = i372 * 300u + j373;
    let v375 = acc27.x;
    let v376 = s_hidden1_dense_bias[j373];
    let v377 = (v375 + v376);
    let v378 = select(0.0, 1.0, v377 > 0.0);
    let v379 = select(0.0, v377, v378 != 0.0);
    tmp0[l374] = v379;
  }
  if (i0 + 3u < 50u) {
    let i380 = i0 + 3u;
    let j381 = j0 + 9u;
    let l382 = i380 * 300u + j381;
    let v383 = acc27.y;
    let v384 = s_hidden1_dense_bias[j381];
    let v385 = (v383 + v384);
    let v386 = select(0.0, 1.0, v385 > 0.0);
    let v387 = select(0.0, v385, v386 != 0.0);
    tmp0[l382] = v387;
  }
  if (i0 + 3u < 50u) {
    let i388 = i0 + 3u;
    let j389 = j0 + 10u;
    let l390 = i388 * 300u + j389;
    let v391 = acc27.z;
    let v392 = s_hidden1_dense_bias[j389];
    let v393 = (v391 + v392);
    let v394 = select(0.0, 1.0, v393 > 0.0);
    let v395 = select(0.0, v393, v394 != 0.0);
    tmp0[l390] = v395;
  }
  if (i0 + 3u < 50u) {
    let i396 = i0 + 3u;
    let j397 = j0 + 11u;
    let l398 = i396 * 300u + j397;
    let v399 = acc27.w;
    let v400 = s_hidden1_dense_bias[j397];
    let v401 = (v399 + v400);
    let v402 = select(0.0, 1.0, v401 > 0.0);
    let v403 = select(0.0, v401, v402 != 0.0);
    tmp0[l398] = v403;
  }
}

// ---- 032_matmul_hidden2.wgsl
@group(0) @binding(0) var<storage, read> tmp0: array<f32>;
@group(0) @binding(1) var<storage, read> s_hidden2_dense_kernel: array<f32>;
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
  let ra12 = row0 * 300u;
  let ra13 = row1 * 300u;
  let ra14 = row2 * 300u;
  let ra15 = row3 * 300u;
  for (var k: u32 = 0u; k < 300u; k = k + 1u) {
    let rb16 = k * 100u;
    let bv17 = vec4<f32>(s_hidden2_dense_kernel[rb16 + col4], s_hidden2_dense_kernel[rb16 + col5], s_hidden2_dense_kernel[rb16 + col6], s_hidden2_dense_kernel[rb16 + col7]);
    acc8 = acc8 + tmp0[ra12 + k] * bv17;
    acc9 = acc9 + tmp0[ra13 + k] * bv17;
    acc10 = acc10 + tmp0[ra14 + k] * bv17;
    acc11 = acc11 + tmp0[ra15 + k] * bv17;
  }
  {
    let l18 = i0 * 100u + j0;
    let v19 = acc8.x;
    let v20 = s_hidden2_dense_bias[j0];
    let v21 = (v19 + v20);
    let v22 = select(0.0, 1.0, v21 > 0.0);
    let v23 = select(0.0, v21, v22 != 0.0);
    tmp2[l18] = v23;
  }
  {
    let j24 = j0 + 1u;
    let l25 = i0 * 100u + j24;
    let v26 = acc8.y;
    let v27 = s_hidden2_dense_bias[j24];
    let v28 = (v26 + v27);
    let v29 = select(0.0, 1.0, v28 > 0.0);
    let v30 = select(0.0, v28, v29 != 0.0);
    tmp2[l25] = v30;
  }
  {
    let j31 = j0 + 2u;
    let l32 = i0 * 100u + j31;
    let v33 = acc8.z;
    let v34 = s_hidden2_dense_bias[j31];
    let v35 = (v33 + v34);
    let v36 = select(0.0, 1.0, v35 > 0.0);
    let v37 = select(0.0, v35, v36 != 0.0);
    tmp2[l32] = v37;
  }
  {
    let j38 = j0 + 3u;
    let l39 = i0 * 100u + j38;
    let v40 = acc8.w;
    let v41 = s_hidden2_dense_bias[j38];
    let v42 = (v40 + v41);
    let v43 = select(0.0, 1.0, v42 > 0.0);
    let v44 = select(0.0, v42, v43 != 0.0);
    tmp2[l39] = v44;
  }
  if (i0 + 1u < 50u) {
    let i45 = i0 + 1u;
    let l46 = i45 * 100u + j0;
    let v47 = acc9.x;
    let v48 = s_hidden2_dense_bias[j0];
    let v49 = (v47 + v48);
    let v50 = select(0.0, 1.0, v49 > 0.0);
    let v51 = select(0.0, v49, v50 != 0.0);
    tmp2[l46] = v51;
  }
  if (i0 + 1u < 50u) {
    let i52 = i0 + 1u;
    let j53 = j0 + 1u;
    let l54 = i52 * 100u + j53;
    let v55 = acc9.y;
    let v56 = s_hidden2_dense_bias[j53];
    let v57 = (v55 + v56);
    let v58 = select(0.0, 1.0, v57 > 0.0);
    let v59 = select(0.0, v57, v58 != 0.0);
    tmp2[l54] = v59;
  }
  if (i0 + 1u < 50u) {
    let i60 = i0 + 1u;
    let j61 = j0 + 2u;
    let l62 = i60 * 100u + j61;
    let v63 = acc9.z;
    let v64 = s_hidden2_dense_bias[j61];
    let v65 = (v63 + v64);
    let v66 = select(0.0, 1.0, v65 > 0.0);
    let v67 = select(0.0, v65, v66 != 0.0);
    tmp2[l62] = v67;
  }
  if (i0 + 1u < 50u) {
    let i68 = i0 + 1u;
    let j69 = j0 + 3u;
    let l70 = i68 * 100u + j69;
    let v71 = acc9.w;
    let v72 = s_hidden2_dense_bias[j69];
    let v73 = (v71 + v72);
    let v74 = select(0.0, 1.0, v73 > 0.0);
    let v75 = select(0.0, v73, v74 != 0.0);
    tmp2[l70] = v75;
  }
  if (i0 + 2u < 50u) {
    let i76 = i0 + 2u;
    let l77 = i76 * 100u + j0;
    let v78 = acc10.x;
    let v79 = s_hidden2_dense_bias[j0];
    let v80 = (v78 + v79);
    let v81 = select(0.0, 1.0, v80 > 0.0);
    let v82 = select(0.0, v80, v81 != 0.0);
    tmp2[l77] = v82;
  }
  if (i0 + 2u < 50u) {
    let i83 = i0 + 2u;
    let j84 = j0 + 1u;
    let l85 = i83 * 100u + j84;
    let v86 = acc10.y;
    let v87 = s_hidden2_dense_bias[j84];
    let v88 = (v86 + v87);
    let v89 = select(0.0, 1.0, v88 > 0.0);
    let v90 = select(0.0, v88, v89 != 0.0);
    tmp2[l85] = v90;
  }
  if (i0 + 2u < 50u) {
    let i91 = i0 + 2u;
    let j92 = j0 + 2u;
    let l93 = i91 * 100u + j92;
    let v94 = acc10.z;
    let v95 = s_hidden2_dense_bias[j92];
    let v96 = (v94 + v95);
    let v97 = select(0.0, 1.0, v96 > 0.0);
    let v98 = select(0.0, v96, v97 != 0.0);
    tmp2[l93] = v98;
  }
  if (i0 + 2u < 50u) {
    let i99 = i0 + 2u;
    let j100 = j0 + 3u;
    let l101 = i99 * 100u + j100;
    let v102 = acc10.w;
    let v103 = s_hidden2_dense_bias[j100];
    let v104 = (v102 + v103);
    let v105 = select(0.0, 1.0, v104 > 0.0);
    let v106 = select(0.0, v104, v105 != 0.0);
    tmp2[l101] = v106;
  }
  if (i0 + 3u < 50u) {
    let i107 = i0 + 3u;
    let l108 = i107 * 100u + j0;
    let v109 = acc11.x;
    let v110 = s_hidden2_dense_bias[j0];
    let v111 = (v109 + v110);
    let v112 = select(0.0, 1.0, v111 > 0.0);
    let v113 = select(0.0, v111, v112 != 0.0);
    tmp2[l108] = v113;
  }
  if (i0 + 3u < 50u) {
    let i114 = i0 + 3u;
    let j115 = j0 + 1u;
    let l116 = i114 * 100u + j115;
    let v117 = acc11.y;
    let v118 = s_hidden2_dense_bias[j115];
    let v119 = (v117 + v118);
    let v120 = select(0.0, 1.0, v119 > 0.0);
    let v121 = select(0.0, v119, v120 != 0.0);
    tmp2[l116] = v121;
  }
  if (i0 + 3u < 50u) {
    let i122 = i0 + 3u;
    let j123 = j0 + 2u;
    let l124 = i122 * 100u + j123;
    let v125 = acc11.z;
    let v126 = s_hidden2_dense_bias[j123];
    let v127 = (v125 + v126);
    let v128 = select(0.0, 1.0, v127 > 0.0);
    let v129 = select(0.0, v127, v128 != 0.0);
    tmp2[l124] = v129;
  }
  if (i0 + 3u < 50u) {
    let i130 = i0 + 3u;
    let j131 = j0 + 3u;
    let l132 = i130 * 100u + j131;
    let v133 = acc11.w;
    let v134 = s_hidden2_dense_bias[j131];
    let v135 = (v133 + v134);
    let v136 = select(0.0, 1.0, v135 > 0.0);
    let v137 = select(0.0, v135, v136 != 0.0);
    tmp2[l132] = v137;
  }
}

// ---- 033_reduce_sum_loss_x5.wgsl
@group(0) @binding(0) var<storage, read> tmp4: array<f32>;
@group(0) @binding(1) var<storage, read> in_y: array<i32>;
@group(0) @binding(2) var<storage, read_write> s_acc_eval_loss: array<f32>;
@group(0) @binding(3) var<storage, read> in_weight: array<f32>;
@group(0) @binding(4) var<storage, read_write> s_acc_eval_weight: array<f32>;
@group(0) @binding(5) var<storage, read_write> s_acc_eval_accuracy: array<f32>;
@group(0) @binding(6) var<storage, read_write> out_loss: array<f32>;
@group(0) @binding(7) var<storage, read_write> out_accuracy: array<f32>;

@compute @workgroup_size(64)
fn main(@builtin(global_invocation_id) gid: vec3<u32>) {
  let i = gid.x;
  if (i >= 1u) { return; }
  var acc0: f32 = 0.0;
  var acc1: f32 = 0.0;
  for (var r2: u32 = 0u; r2 < 50u; r2 = r2 + 1u) {
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
  let v45 = (acc0 / 50.0);
  let v46 = (acc1 / 50.0);
  let v47 = s_acc_eval_loss[i];
  let v48 = in_weight[i];
  let v49 = (v45 * v48);
  let v50 = (v47 + v49);
  let v51 = s_acc_eval_weight[i];
  let v52 = (v51 + v48);
  let v53 = s_acc_eval_accuracy[i];
  let v54 = (v46 * v48);
  let v55 = (v53 + v54);
  out_loss[i] = v45;
  out_accuracy[i] = v46;
  s_acc_eval_loss[i] = v50;
  s_acc_eval_weight[i] = v52;
  s_acc_eval_accuracy[i] = v55;
}

// ---- 034_add_metrics.wgsl
@group(0) @binding(0) var<storage, read_write> s_counter_eval_batch: array<u32>;

@compute @workgroup_size(64)
fn main(@builtin(global_invocation_id) gid: vec3<u32>) {
  let i = gid.x;
  if (i >= 1u) { return; }
  let v0 = s_counter_eval_batch[i];
  let v1 = (v0 + 1u);
  s_counter_eval_batch[i] = v1;
}
