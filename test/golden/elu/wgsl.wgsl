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
@group(0) @binding(0) var<storage, read> tmp4: array<f32>;
@group(0) @binding(1) var<storage, read> in_y: array<i32>;
@group(0) @binding(2) var<storage, read_write> s_acc_train_loss: array<f32>;
@group(0) @binding(3) var<storage, read_write> s_acc_train_count: array<f32>;
@group(0) @binding(4) var<storage, read_write> s_acc_train_accuracy: array<f32>;
@group(0) @binding(5) var<storage, read_write> s_counter_step: array<u32>;
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
  let v47 = s_acc_train_loss[i];
  let v48 = (v47 + v45);
  let v49 = s_acc_train_count[i];
  let v50 = (v49 + 1.0);
  let v51 = s_acc_train_accuracy[i];
  let v52 = (v51 + v46);
  let v53 = s_counter_step[i];
  let v54 = (v53 + 1u);
  out_loss[i] = v45;
  out_accuracy[i] = v46;
  s_acc_train_loss[i] = v48;
  s_acc_train_count[i] = v50;
  s_acc_train_accuracy[i] = v52;
  s_counter_step[i] = v54;
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
@group(0) @binding(0) var<storage, read> tmp6: array<f32>;
@group(0) @binding(1) var<storage, read> s_hidden2_dense_kernel: array<f32>;
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
    acc16 = acc16 + tmp6[ra28 + k] * bv44;
    acc17 = acc17 + tmp6[ra28 + k] * bv45;
    acc18 = acc18 + tmp6[ra28 + k] * bv46;
    acc19 = acc19 + tmp6[ra29 + k] * bv44;
    acc20 = acc20 + tmp6[ra29 + k] * bv45;
    acc21 = acc21 + tmp6[ra29 + k] * bv46;
    acc22 = acc22 + tmp6[ra30 + k] * bv44;
    acc23 = acc23 + tmp6[ra30 + k] * bv45;
    acc24 = acc24 + tmp6[ra30 + k] * bv46;
    acc25 = acc25 + tmp6[ra31 + k] * bv44;
    acc26 = acc26 + tmp6[ra31 + k] * bv45;
    acc27 = acc27 + tmp6[ra31 + k] * bv46;
  }
  {
    let l47 = i0 * 300u + j0;
    let v48 = acc16.x;
    let v49 = tmp0[l47];
    let v50 = select(0.0, 1.0, v49 > 0.0);
    let v51 = select(0.0, v48, v50 != 0.0);
    let v52 = select(v48, 0.0, v50 != 0.0);
    let v53 = min(v49, 0.0);
    let v54 = exp(v53);
    let v55 = (v52 * v54);
    let v56 = select(0.0, 1.0, v49 <= 0.0);
    let v57 = (v55 * v56);
    let v58 = (v51 + v57);
    tmp7[l47] = v58;
  }
  {
    let j59 = j0 + 1u;
    let l60 = i0 * 300u + j59;
    let v61 = acc16.y;
    let v62 = tmp0[l60];
    let v63 = select(0.0, 1.0, v62 > 0.0);
    let v64 = select(0.0, v61, v63 != 0.0);
    let v65 = select(v61, 0.0, v63 != 0.0);
    let v66 = min(v62, 0.0);
    let v67 = exp(v66);
    let v68 = (v65 * v67);
    let v69 = select(0.0, 1.0, v62 <= 0.0);
    let v70 = (v68 * v69);
    let v71 = (v64 + v70);
    tmp7[l60] = v71;
  }
  {
    let j72 = j0 + 2u;
    let l73 = i0 * 300u + j72;
    let v74 = acc16.z;
    let v75 = tmp0[l73];
    let v76 = select(0.0, 1.0, v75 > 0.0);
    let v77 = select(0.0, v74, v76 != 0.0);
    let v78 = select(v74, 0.0, v76 != 0.0);
    let v79 = min(v75, 0.0);
    let v80 = exp(v79);
    let v81 = (v78 * v80);
    let v82 = select(0.0, 1.0, v75 <= 0.0);
    let v83 = (v81 * v82);
    let v84 = (v77 + v83);
    tmp7[l73] = v84;
  }
  {
    let j85 = j0 + 3u;
    let l86 = i0 * 300u + j85;
    let v87 = acc16.w;
    let v88 = tmp0[l86];
    let v89 = select(0.0, 1.0, v88 > 0.0);
    let v90 = select(0.0, v87, v89 != 0.0);
    let v91 = select(v87, 0.0, v89 != 0.0);
    let v92 = min(v88, 0.0);
    let v93 = exp(v92);
    let v94 = (v91 * v93);
    let v95 = select(0.0, 1.0, v88 <= 0.0);
    let v96 = (v94 * v95);
    let v97 = (v90 + v96);
    tmp7[l86] = v97;
  }
  {
    let j98 = j0 + 4u;
    let l99 = i0 * 300u + j98;
    let v100 = acc17.x;
    let v101 = tmp0[l99];
    let v102 = select(0.0, 1.0, v101 > 0.0);
    let v103 = select(0.0, v100, v102 != 0.0);
    let v104 = select(v100, 0.0, v102 != 0.0);
    let v105 = min(v101, 0.0);
    let v106 = exp(v105);
    let v107 = (v104 * v106);
    let v108 = select(0.0, 1.0, v101 <= 0.0);
    let v109 = (v107 * v108);
    let v110 = (v103 + v109);
    tmp7[l99] = v110;
  }
  {
    let j111 = j0 + 5u;
    let l112 = i0 * 300u + j111;
    let v113 = acc17.y;
    let v114 = tmp0[l112];
    let v115 = select(0.0, 1.0, v114 > 0.0);
    let v116 = select(0.0, v113, v115 != 0.0);
    let v117 = select(v113, 0.0, v115 != 0.0);
    let v118 = min(v114, 0.0);
    let v119 = exp(v118);
    let v120 = (v117 * v119);
    let v121 = select(0.0, 1.0, v114 <= 0.0);
    let v122 = (v120 * v121);
    let v123 = (v116 + v122);
    tmp7[l112] = v123;
  }
  {
    let j124 = j0 + 6u;
    let l125 = i0 * 300u + j124;
    let v126 = acc17.z;
    let v127 = tmp0[l125];
    let v128 = select(0.0, 1.0, v127 > 0.0);
    let v129 = select(0.0, v126, v128 != 0.0);
    let v130 = select(v126, 0.0, v128 != 0.0);
    let v131 = min(v127, 0.0);
    let v132 = exp(v131);
    let v133 = (v130 * v132);
    let v134 = select(0.0, 1.0, v127 <= 0.0);
    let v135 = (v133 * v134);
    let v136 = (v129 + v135);
    tmp7[l125] = v136;
  }
  {
    let j137 = j0 + 7u;
    let l138 = i0 * 300u + j137;
    let v139 = acc17.w;
    let v140 = tmp0[l138];
    let v141 = select(0.0, 1.0, v140 > 0.0);
    let v142 = select(0.0, v139, v141 != 0.0);
    let v143 = select(v139, 0.0, v141 != 0.0);
    let v144 = min(v140, 0.0);
    let v145 = exp(v144);
    let v146 = (v143 * v145);
    let v147 = select(0.0, 1.0, v140 <= 0.0);
    let v148 = (v146 * v147);
    let v149 = (v142 + v148);
    tmp7[l138] = v149;
  }
  {
    let j150 = j0 + 8u;
    let l151 = i0 * 300u + j150;
    let v152 = acc18.x;
    let v153 = tmp0[l151];
    let v154 = select(0.0, 1.0, v153 > 0.0);
    let v155 = select(0.0, v152, v154 != 0.0);
    let v156 = select(v152, 0.0, v154 != 0.0);
    let v157 = min(v153, 0.0);
    let v158 = exp(v157);
    let v159 = (v156 * v158);
    let v160 = select(0.0, 1.0, v153 <= 0.0);
    let v161 = (v159 * v160);
    let v162 = (v155 + v161);
    tmp7[l151] = v162;
  }
  {
    let j163 = j0 + 9u;
    let l164 = i0 * 300u + j163;
    let v165 = acc18.y;
    let v166 = tmp0[l164];
    let v167 = select(0.0, 1.0, v166 > 0.0);
    let v168 = select(0.0, v165, v167 != 0.0);
    let v169 = select(v165, 0.0, v167 != 0.0);
    let v170 = min(v166, 0.0);
    let v171 = exp(v170);
    let v172 = (v169 * v171);
    let v173 = select(0.0, 1.0, v166 <= 0.0);
    let v174 = (v172 * v173);
    let v175 = (v168 + v174);
    tmp7[l164] = v175;
  }
  {
    let j176 = j0 + 10u;
    let l177 = i0 * 300u + j176;
    let v178 = acc18.z;
    let v179 = tmp0[l177];
    let v180 = select(0.0, 1.0, v179 > 0.0);
    let v181 = select(0.0, v178, v180 != 0.0);
    let v182 = select(v178, 0.0, v180 != 0.0);
    let v183 = min(v179, 0.0);
    let v184 = exp(v183);
    let v185 = (v182 * v184);
    let v186 = select(0.0, 1.0, v179 <= 0.0);
    let v187 = (v185 * v186);
    let v188 = (v181 + v187);
    tmp7[l177] = v188;
  }
  {
    let j189 = j0 + 11u;
    let l190 = i0 * 300u + j189;
    let v191 = acc18.w;
    let v192 = tmp0[l190];
    let v193 = select(0.0, 1.0, v192 > 0.0);
    let v194 = select(0.0, v191, v193 != 0.0);
    let v195 = select(v191, 0.0, v193 != 0.0);
    let v196 = min(v192, 0.0);
    let v197 = exp(v196);
    let v198 = (v195 * v197);
    let v199 = select(0.0, 1.0, v192 <= 0.0);
    let v200 = (v198 * v199);
    let v201 = (v194 + v200);
    tmp7[l190] = v201;
  }
  if (i0 + 1u < 50u) {
    let i202 = i0 + 1u;
    let l203 = i202 * 300u + j0;
    let v204 = acc19.x;
    let v205 = tmp0[l203];
    let v206 = select(0.0, 1.0, v205 > 0.0);
    let v207 = select(0.0, v204, v206 != 0.0);
    let v208 = select(v204, 0.0, v206 != 0.0);
    let v209 = min(v205, 0.0);
    let v210 = exp(v209);
    let v211 = (v208 * v210);
    let v212 = select(0.0, 1.0, v205 <= 0.0);
    let v213 = (v211 * v212);
    let v214 = (v207 + v213);
    tmp7[l203] = v214;
  }
  if (i0 + 1u < 50u) {
    let i215 = i0 + 1u;
    let j216 = j0 + 1u;
    let l217 = i215 * 300u + j216;
    let v218 = acc19.y;
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
    tmp7[l217] = v228;
  }
  if (i0 + 1u < 50u) {
    let i229 = i0 + 1u;
    let j230 = j0 + 2u;
    let l231 = i229 * 300u + j230;
    let v232 = acc19.z;
    let v233 = tmp0[l231];
    let v234 = select(0.0, 1.0, v233 > 0.0);
    let v235 = select(0.0, v232, v234 != 0.0);
    let v236 = select(v232, 0.0, v234 != 0.0);
    let v237 = min(v233, 0.0);
    let v238 = exp(v237);
    let v239 = (v236 * v238);
    let v240 = select(0.0, 1.0, v233 <= 0.0);
    let v241 = (v239 * v240);
    let v242 = (v235 + v241);
    tmp7[l231] = v242;
  }
  if (i0 + 1u < 50u) {
    let i243 = i0 + 1u;
    let j244 = j0 + 3u;
    let l245 = i243 * 300u + j244;
    let v246 = acc19.w;
    let v247 = tmp0[l245];
    let v248 = select(0.0, 1.0, v247 > 0.0);
    let v249 = select(0.0, v246, v248 != 0.0);
    let v250 = select(v246, 0.0, v248 != 0.0);
    let v251 = min(v247, 0.0);
    let v252 = exp(v251);
    let v253 = (v250 * v252);
    let v254 = select(0.0, 1.0, v247 <= 0.0);
    let v255 = (v253 * v254);
    let v256 = (v249 + v255);
    tmp7[l245] = v256;
  }
  if (i0 + 1u < 50u) {
    let i257 = i0 + 1u;
    let j258 = j0 + 4u;
    let l259 = i257 * 300u + j258;
    let v260 = acc20.x;
    let v261 = tmp0[l259];
    let v262 = select(0.0, 1.0, v261 > 0.0);
    let v263 = select(0.0, v260, v262 != 0.0);
    let v264 = select(v260, 0.0, v262 != 0.0);
    let v265 = min(v261, 0.0);
    let v266 = exp(v265);
    let v267 = (v264 * v266);
    let v268 = select(0.0, 1.0, v261 <= 0.0);
    let v269 = (v267 * v268);
    let v270 = (v263 + v269);
    tmp7[l259] = v270;
  }
  if (i0 + 1u < 50u) {
    let i271 = i0 + 1u;
    let j272 = j0 + 5u;
    let l273 = i271 * 300u + j272;
    let v274 = acc20.y;
    let v275 = tmp0[l273];
    let v276 = select(0.0, 1.0, v275 > 0.0);
    let v277 = select(0.0, v274, v276 != 0.0);
    let v278 = select(v274, 0.0, v276 != 0.0);
    let v279 = min(v275, 0.0);
    let v280 = exp(v279);
    let v281 = (v278 * v280);
    let v282 = select(0.0, 1.0, v275 <= 0.0);
    let v283 = (v281 * v282);
    let v284 = (v277 + v283);
    tmp7[l273] = v284;
  }
  if (i0 + 1u < 50u) {
    let i285 = i0 + 1u;
    let j286 = j0 + 6u;
    let l287 = i285 * 300u + j286;
    let v288 = acc20.z;
    let v289 = tmp0[l287];
    let v290 = select(0.0, 1.0, v289 > 0.0);
    let v291 = select(0.0, v288, v290 != 0.0);
    let v292 = select(v288, 0.0, v290 != 0.0);
    let v293 = min(v289, 0.0);
    let v294 = exp(v293);
    let v295 = (v292 * v294);
    let v296 = select(0.0, 1.0, v289 <= 0.0);
    let v297 = (v295 * v296);
    let v298 = (v291 + v297);
    tmp7[l287] = v298;
  }
  if (i0 + 1u < 50u) {
    let i299 = i0 + 1u;
    let j300 = j0 + 7u;
    let l301 = i299 * 300u + j300;
    let v302 = acc20.w;
    let v303 = tmp0[l301];
    let v304 = select(0.0, 1.0, v303 > 0.0);
    let v305 = select(0.0, v302, v304 != 0.0);
    let v306 = select(v302, 0.0, v304 != 0.0);
    let v307 = min(v303, 0.0);
    let v308 = exp(v307);
    let v309 = (v306 * v308);
    let v310 = select(0.0, 1.0, v303 <= 0.0);
    let v311 = (v309 * v310);
    let v312 = (v305 + v311);
    tmp7[l301] = v312;
  }
  if (i0 + 1u < 50u) {
    let i313 = i0 + 1u;
    let j314 = j0 + 8u;
    let l315 = i313 * 300u + j314;
    let v316 = acc21.x;
    let v317 = tmp0[l315];
    let v318 = select(0.0, 1.0, v317 > 0.0);
    let v319 = select(0.0, v316, v318 != 0.0);
    let v320 = select(v316, 0.0, v318 != 0.0);
    let v321 = min(v317, 0.0);
    let v322 = exp(v321);
    let v323 = (v320 * v322);
    let v324 = select(0.0, 1.0, v317 <= 0.0);
    let v325 = (v323 * v324);
    let v326 = (v319 + v325);
    tmp7[l315] = v326;
  }
  if (i0 + 1u < 50u) {
    let i327 = i0 + 1u;
    let j328 = j0 + 9u;
    let l329 = i327 * 300u + j328;
    let v330 = acc21.y;
    let v331 = tmp0[l329];
    let v332 = select(0.0, 1.0, v331 > 0.0);
    let v333 = select(0.0, v330, v332 != 0.0);
    let v334 = select(v330, 0.0, v332 != 0.0);
    let v335 = min(v331, 0.0);
    let v336 = exp(v335);
    let v337 = (v334 * v336);
    let v338 = select(0.0, 1.0, v331 <= 0.0);
    let v339 = (v337 * v338);
    let v340 = (v333 + v339);
    tmp7[l329] = v340;
  }
  if (i0 + 1u < 50u) {
    let i341 = i0 + 1u;
    let j342 = j0 + 10u;
    let l343 = i341 * 300u + j342;
    let v344 = acc21.z;
    let v345 = tmp0[l343];
    let v346 = select(0.0, 1.0, v345 > 0.0);
    let v347 = select(0.0, v344, v346 != 0.0);
    let v348 = select(v344, 0.0, v346 != 0.0);
    let v349 = min(v345, 0.0);
    let v350 = exp(v349);
    let v351 = (v348 * v350);
    let v352 = select(0.0, 1.0, v345 <= 0.0);
    let v353 = (v351 * v352);
    let v354 = (v347 + v353);
    tmp7[l343] = v354;
  }
  if (i0 + 1u < 50u) {
    let i355 = i0 + 1u;
    let j356 = j0 + 11u;
    let l357 = i355 * 300u + j356;
    let v358 = acc21.w;
    let v359 = tmp0[l357];
    let v360 = select(0.0, 1.0, v359 > 0.0);
    let v361 = select(0.0, v358, v360 != 0.0);
    let v362 = select(v358, 0.0, v360 != 0.0);
    let v363 = min(v359, 0.0);
    let v364 = exp(v363);
    let v365 = (v362 * v364);
    let v366 = select(0.0, 1.0, v359 <= 0.0);
    let v367 = (v365 * v366);
    let v368 = (v361 + v367);
    tmp7[l357] = v368;
  }
  if (i0 + 2u < 50u) {
    let i369 = i0 + 2u;
    let l370 = i369 * 300u + j0;
    let v371 = acc22.x;
    let v372 = tmp0[l370];
    let v373 = select(0.0, 1.0, v372 > 0.0);
    let v374 = select(0.0, v371, v373 != 0.0);
    let v375 = select(v371, 0.0, v373 != 0.0);
    let v376 = min(v372, 0.0);
    let v377 = exp(v376);
    let v378 = (v375 * v377);
    let v379 = select(0.0, 1.0, v372 <= 0.0);
    let v380 = (v378 * v379);
    let v381 = (v374 + v380);
    tmp7[l370] = v381;
  }
  if (i0 + 2u < 50u) {
    let i382 = i0 + 2u;
    let j383 = j0 + 1u;
    let l384 = i382 * 300u + j383;
    let v385 = acc22.y;
    let v386 = tmp0[l384];
    let v387 = select(0.0, 1.0, v386 > 0.0);
    let v388 = select(0.0, v385, v387 != 0.0);
    let v389 = select(v385, 0.0, v387 != 0.0);
    let v390 = min(v386, 0.0);
    let v391 = exp(v390);
    let v392 = (v389 * v391);
    let v393 = select(0.0, 1.0, v386 <= 0.0);
    let v394 = (v392 * v393);
    let v395 = (v388 + v394);
    tmp7[l384] = v395;
  }
  if (i0 + 2u < 50u) {
    let i396 = i0 + 2u;
    let j397 = j0 + 2u;
    let l398 = i396 * 300u + j397;
    let v399 = acc22.z;
    let v400 = tmp0[l398];
    let v401 = select(0.0, 1.0, v400 > 0.0);
    let v402 = select(0.0, v399, v401 != 0.0);
    let v403 = select(v399, 0.0, v401 != 0.0);
    let v404 = min(v400, 0.0);
    let v405 = exp(v404);
    let v406 = (v403 * v405);
    let v407 = select(0.0, 1.0, v400 <= 0.0);
    let v408 = (v406 * v407);
    let v409 = (v402 + v408);
    tmp7[l398] = v409;
  }
  if (i0 + 2u < 50u) {
    let i410 = i0 + 2u;
    let j411 = j0 + 3u;
    let l412 = i410 * 300u + j411;
    let v413 = acc22.w;
    let v414 = tmp0[l412];
    let v415 = select(0.0, 1.0, v414 > 0.0);
    let v416 = select(0.0, v413, v415 != 0.0);
    let v417 = select(v413, 0.0, v415 != 0.0);
    let v418 = min(v414, 0.0);
    let v419 = exp(v418);
    let v420 = (v417 * v419);
    let v421 = select(0.0, 1.0, v414 <= 0.0);
    let v422 = (v420 * v421);
    let v423 = (v416 + v422);
    tmp7[l412] = v423;
  }
  if (i0 + 2u < 50u) {
    let i424 = i0 + 2u;
    let j425 = j0 + 4u;
    let l426 = i424 * 300u + j425;
    let v427 = acc23.x;
    let v428 = tmp0[l426];
    let v429 = select(0.0, 1.0, v428 > 0.0);
    let v430 = select(0.0, v427, v429 != 0.0);
    let v431 = select(v427, 0.0, v429 != 0.0);
    let v432 = min(v428, 0.0);
    let v433 = exp(v432);
    let v434 = (v431 * v433);
    let v435 = select(0.0, 1.0, v428 <= 0.0);
    let v436 = (v434 * v435);
    let v437 = (v430 + v436);
    tmp7[l426] = v437;
  }
  if (i0 + 2u < 50u) {
    let i438 = i0 + 2u;
    let j439 = j0 + 5u;
    let l440 = i438 * 300u + j439;
    let v441 = acc23.y;
    let v442 = tmp0[l440];
    let v443 = select(0.0, 1.0, v442 > 0.0);
    let v444 = select(0.0, v441, v443 != 0.0);
    let v445 = select(v441, 0.0, v443 != 0.0);
    let v446 = min(v442, 0.0);
    let v447 = exp(v446);
    let v448 = (v445 * v447);
    let v449 = select(0.0, 1.0, v442 <= 0.0);
    let v450 = (v448 * v449);
    let v451 = (v444 + v450);
    tmp7[l440] = v451;
  }
  if (i0 + 2u < 50u) {
    let i452 = i0 + 2u;
    let j453 = j0 + 6u;
    let l454 = i452 * 300u + j453;
    let v455 = acc23.z;
    let v456 = tmp0[l454];
    let v457 = select(0.0, 1.0, v456 > 0.0);
    let v458 = select(0.0, v455, v457 != 0.0);
    let v459 = select(v455, 0.0, v457 != 0.0);
    let v460 = min(v456, 0.0);
    let v461 = exp(v460);
    let v462 = (v459 * v461);
    let v463 = select(0.0, 1.0, v456 <= 0.0);
    let v464 = (v462 * v463);
    let v465 = (v458 + v464);
    tmp7[l454] = v465;
  }
  if (i0 + 2u < 50u) {
    let i466 = i0 + 2u;
    let j467 = j0 + 7u;
    let l468 = i466 * 300u + j467;
    let v469 = acc23.w;
    let v470 = tmp0[l468];
    let v471 = select(0.0, 1.0, v470 > 0.0);
    let v472 = select(0.0, v469, v471 != 0.0);
    let v473 = select(v469, 0.0, v471 != 0.0);
    let v474 = min(v470, 0.0);
    let v475 = exp(v474);
    let v476 = (v473 * v475);
    let v477 = select(0.0, 1.0, v470 <= 0.0);
    let v478 = (v476 * v477);
    let v479 = (v472 + v478);
    tmp7[l468] = v479;
  }
  if (i0 + 2u < 50u) {
    let i480 = i0 + 2u;
    let j481 = j0 + 8u;
    let l482 = i480 * 300u + j481;
    let v483 = acc24.x;
    let v484 = tmp0[l482];
    let v485 = select(0.0, 1.0, v484 > 0.0);
    let v486 = select(0.0, v483, v485 != 0.0);
    let v487 = select(v483, 0.0, v485 != 0.0);
    let v488 = min(v484, 0.0);
    let v489 = exp(v488);
    let v490 = (v487 * v489);
    let v491 = select(0.0, 1.0, v484 <= 0.0);
    let v492 = (v490 * v491);
    let v493 = (v486 + v492);
    tmp7[l482] = v493;
  }
  if (i0 + 2u < 50u) {
    let i494 = i0 + 2u;
    let j495 = j0 + 9u;
    let l496 = i494 * 300u + j495;
    let v497 = acc24.y;
    let v498 = tmp0[l496];
    let v499 = select(0.0, 1.0, v498 > 0.0);
    let v500 = select(0.0, v497, v499 != 0.0);
    let v501 = select(v497, 0.0, v499 != 0.0);
    let v502 = min(v498, 0.0);
    let v503 = exp(v502);
    let v504 = (v501 * v503);
    let v505 = select(0.0, 1.0, v498 <= 0.0);
    let v506 = (v504 * v505);
    let v507 = (v500 + v506);
    tmp7[l496] = v507;
  }
  if (i0 + 2u < 50u) {
    let i508 = i0 + 2u;
    let j509 = j0 + 10u;
    let l510 = i508 * 300u + j509;
    let v511 = acc24.z;
    let v512 = tmp0[l510];
    let v513 = select(0.0, 1.0, v512 > 0.0);
    let v514 = select(0.0, v511, v513 != 0.0);
    let v515 = select(v511, 0.0, v513 != 0.0);
    let v516 = min(v512, 0.0);
    let v517 = exp(v516);
    let v518 = (v515 * v517);
    let v519 = select(0.0, 1.0, v512 <= 0.0);
    let v520 = (v518 * v519);
    let v521 = (v514 + v520);
    tmp7[l510] = v521;
  }
  if (i0 + 2u < 50u) {
    let i522 = i0 + 2u;
    let j523 = j0 + 11u;
    let l524 = i522 * 300u + j523;
    let v525 = acc24.w;
    let v526 = tmp0[l524];
    let v527 = select(0.0, 1.0, v526 > 0.0);
    let v528 = select(0.0, v525, v527 != 0.0);
    let v529 = select(v525, 0.0, v527 != 0.0);
    let v530 = min(v526, 0.0);
    let v531 = exp(v530);
    let v532 = (v529 * v531);
    let v533 = select(0.0, 1.0, v526 <= 0.0);
    let v534 = (v532 * v533);
    let v535 = (v528 + v534);
    tmp7[l524] = v535;
  }
  if (i0 + 3u < 50u) {
    let i536 = i0 + 3u;
    let l537 = i536 * 300u + j0;
    let v538 = acc25.x;
    let v539 = tmp0[l537];
    let v540 = select(0.0, 1.0, v539 > 0.0);
    let v541 = select(0.0, v538, v540 != 0.0);
    let v542 = select(v538, 0.0, v540 != 0.0);
    let v543 = min(v539, 0.0);
    let v544 = exp(v543);
    let v545 = (v542 * v544);
    let v546 = select(0.0, 1.0, v539 <= 0.0);
    let v547 = (v545 * v546);
    let v548 = (v541 + v547);
    tmp7[l537] = v548;
  }
  if (i0 + 3u < 50u) {
    let i549 = i0 + 3u;
    let j550 = j0 + 1u;
    let l551 = i549 * 300u + j550;
    let v552 = acc25.y;
    let v553 = tmp0[l551];
    let v554 = select(0.0, 1.0, v553 > 0.0);
    let v555 = select(0.0, v552, v554 != 0.0);
    let v556 = select(v552, 0.0, v554 != 0.0);
    let v557 = min(v553, 0.0);
    let v558 = exp(v557);
    let v559 = (v556 * v558);
    let v560 = select(0.0, 1.0, v553 <= 0.0);
    let v561 = (v559 * v560);
    let v562 = (v555 + v561);
    tmp7[l551] = v562;
  }
  if (i0 + 3u < 50u) {
    let i563 = i0 + 3u;
    let j564 = j0 + 2u;
    let l565 = i563 * 300u + j564;
    let v566 = acc25.z;
    let v567 = tmp0[l565];
    let v568 = select(0.0, 1.0, v567 > 0.0);
    let v569 = select(0.0, v566, v568 != 0.0);
    let v570 = select(v566, 0.0, v568 != 0.0);
    let v571 = min(v567, 0.0);
    let v572 = exp(v571);
    let v573 = (v570 * v572);
    let v574 = select(0.0, 1.0, v567 <= 0.0);
    let v575 = (v573 * v574);
    let v576 = (v569 + v575);
    tmp7[l565] = v576;
  }
  if (i0 + 3u < 50u) {
    let i577 = i0 + 3u;
    let j578 = j0 + 3u;
    let l579 = i577 * 300u + j578;
    let v580 = acc25.w;
    let v581 = tmp0[l579];
    let v582 = select(0.0, 1.0, v581 > 0.0);
    let v583 = select(0.0, v580, v582 != 0.0);
    let v584 = select(v580, 0.0, v582 != 0.0);
    let v585 = min(v581, 0.0);
    let v586 = exp(v585);
    let v587 = (v584 * v586);
    let v588 = select(0.0, 1.0, v581 <= 0.0);
    let v589 = (v587 * v588);
    let v590 = (v583 + v589);
    tmp7[l579] = v590;
  }
  if (i0 + 3u < 50u) {
    let i591 = i0 + 3u;
    let j592 = j0 + 4u;
    let l593 = i591 * 300u + j592;
    let v594 = acc26.x;
    let v595 = tmp0[l593];
    let v596 = select(0.0, 1.0, v595 > 0.0);
    let v597 = select(0.0, v594, v596 != 0.0);
    let v598 = select(v594, 0.0, v596 != 0.0);
    let v599 = min(v595, 0.0);
    let v600 = exp(v599);
    let v601 = (v598 * v600);
    let v602 = select(0.0, 1.0, v595 <= 0.0);
    let v603 = (v601 * v602);
    let v604 = (v597 + v603);
    tmp7[l593] = v604;
  }
  if (i0 + 3u < 50u) {
    let i605 = i0 + 3u;
    let j606 = j0 + 5u;
    let l607 = i605 * 300u + j606;
    let v608 = acc26.y;
    let v609 = tmp0[l607];
    let v610 = select(0.0, 1.0, v609 > 0.0);
    let v611 = select(0.0, v608, v610 != 0.0);
    let v612 = select(v608, 0.0, v610 != 0.0);
    let v613 = min(v609, 0.0);
    let v614 = exp(v613);
    let v615 = (v612 * v614);
    let v616 = select(0.0, 1.0, v609 <= 0.0);
    let v617 = (v615 * v616);
    let v618 = (v611 + v617);
    tmp7[l607] = v618;
  }
  if (i0 + 3u < 50u) {
    let i619 = i0 + 3u;
    let j620 = j0 + 6u;
    let l621 = i619 * 300u + j620;
    let v622 = acc26.z;
    let v623 = tmp0[l621];
    let v624 = select(0.0, 1.0, v623 > 0.0);
    let v625 = select(0.0, v622, v624 != 0.0);
    let v626 = select(v622, 0.0, v624 != 0.0);
    let v627 = min(v623, 0.0);
    let v628 = exp(v627);
    let v629 = (v626 * v628);
    let v630 = select(0.0, 1.0, v623 <= 0.0);
    let v631 = (v629 * v630);
    let v632 = (v625 + v631);
    tmp7[l621] = v632;
  }
  if (i0 + 3u < 50u) {
    let i633 = i0 + 3u;
    let j634 = j0 + 7u;
    let l635 = i633 * 300u + j634;
    let v636 = acc26.w;
    let v637 = tmp0[l635];
    let v638 = select(0.0, 1.0, v637 > 0.0);
    let v639 = select(0.0, v636, v638 != 0.0);
    let v640 = select(v636, 0.0, v638 != 0.0);
    let v641 = min(v637, 0.0);
    let v642 = exp(v641);
    let v643 = (v640 * v642);
    let v644 = select(0.0, 1.0, v637 <= 0.0);
    let v645 = (v643 * v644);
    let v646 = (v639 + v645);
    tmp7[l635] = v646;
  }
  if (i0 + 3u < 50u) {
    let i647 = i0 + 3u;
    let j648 = j0 + 8u;
    let l649 = i647 * 300u + j648;
    let v650 = acc27.x;
    let v651 = tmp0[l649];
    let v652 = select(0.0, 1.0, v651 > 0.0);
    let v653 = select(0.0, v650, v652 != 0.0);
    let v654 = select(v650, 0.0, v652 != 0.0);
    let v655 = min(v651, 0.0);
    let v656 = exp(v655);
    let v657 = (v654 * v656);
    let v658 = select(0.0, 1.0, v651 <= 0.0);
    let v659 = (v657 * v658);
    let v660 = (v653 + v659);
    tmp7[l649] = v660;
  }
  if (i0 + 3u < 50u) {
    let i661 = i0 + 3u;
    let j662 = j0 + 9u;
    let l663 = i661 * 300u + j662;
    let v664 = acc27.y;
    let v665 = tmp0[l663];
    let v666 = select(0.0, 1.0, v665 > 0.0);
    let v667 = select(0.0, v664, v666 != 0.0);
    let v668 = select(v664, 0.0, v666 != 0.0);
    let v669 = min(v665, 0.0);
    let v670 = exp(v669);
    let v671 = (v668 * v670);
    let v672 = select(0.0, 1.0, v665 <= 0.0);
    let v673 = (v671 * v672);
    let v674 = (v667 + v673);
    tmp7[l663] = v674;
  }
  if (i0 + 3u < 50u) {
    let i675 = i0 + 3u;
    let j676 = j0 + 10u;
    let l677 = i675 * 300u + j676;
    let v678 = acc27.z;
    let v679 = tmp0[l677];
    let v680 = select(0.0, 1.0, v679 > 0.0);
    let v681 = select(0.0, v678, v680 != 0.0);
    let v682 = select(v678, 0.0, v680 != 0.0);
    let v683 = min(v679, 0.0);
    let v684 = exp(v683);
    let v685 = (v682 * v684);
    let v686 = select(0.0, 1.0, v679 <= 0.0);
    let v687 = (v685 * v686);
    let v688 = (v681 + v687);
    tmp7[l677] = v688;
  }
  if (i0 + 3u < 50u) {
    let i689 = i0 + 3u;
    let j690 = j0 + 11u;
    let l691 = i689 * 300u + j690;
    let v692 = acc27.w;
    let v693 = tmp0[l691];
    let v694 = select(0.0, 1.0, v693 > 0.0);
    let v695 = select(0.0, v692, v694 != 0.0);
    let v696 = select(v692, 0.0, v694 != 0.0);
    let v697 = min(v693, 0.0);
    let v698 = exp(v697);
    let v699 = (v696 * v698);
    let v700 = select(0.0, 1.0, v693 <= 0.0);
    let v701 = (v699 * v700);
    let v702 = (v695 + v701);
    tmp7[l691] = v702;
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
@group(0) @binding(0) var<storage, read_write> s_hidden1_dense_bias: array<f32>;
@group(0) @binding(1) var<storage, read> tmp7: array<f32>;

@compute @workgroup_size(64)
fn main(@builtin(global_invocation_id) gid: vec3<u32>) {
  let i = gid.x;
  if (i >= 300u) { return; }
  let v0 = s_hidden1_dense_bias[i];
  var acc1: f32 = 0.0;
  for (var r2: u32 = 0u; r2 < 50u; r2 = r2 + 1u) {
    let l3 = r2 * 300u + i;
    let v4 = tmp7[l3];
    acc1 = acc1 + v4;
  }
  let v5 = (acc1 * 0.01);
  let v6 = (v0 - v5);
  s_hidden1_dense_bias[i] = v6;
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
@group(0) @binding(0) var<storage, read_write> s_hidden2_dense_bias: array<f32>;
@group(0) @binding(1) var<storage, read> tmp6: array<f32>;

@compute @workgroup_size(64)
fn main(@builtin(global_invocation_id) gid: vec3<u32>) {
  let i = gid.x;
  if (i >= 100u) { return; }
  let v0 = s_hidden2_dense_bias[i];
  var acc1: f32 = 0.0;
  for (var r2: u32 = 0u; r2 < 50u; r2 = r2 + 1u) {
    let l3 = r2 * 100u + i;
    let v4 = tmp6[l3];
    acc1 = acc1 + v4;
  }
  let v5 = (acc1 * 0.01);
  let v6 = (v0 - v5);
  s_hidden2_dense_bias[i] = v6;
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
@group(0) @binding(0) var<storage, read_write> s_logits_dense_bias: array<f32>;
@group(0) @binding(1) var<storage, read> tmp5: array<f32>;

@compute @workgroup_size(64)
fn main(@builtin(global_invocation_id) gid: vec3<u32>) {
  let i = gid.x;
  if (i >= 10u) { return; }
  let v0 = s_logits_dense_bias[i];
  var acc1: f32 = 0.0;
  for (var r2: u32 = 0u; r2 < 50u; r2 = r2 + 1u) {
    let l3 = r2 * 10u + i;
    let v4 = tmp5[l3];
    acc1 = acc1 + v4;
  }
  let v5 = (acc1 * 0.01);
  let v6 = (v0 - v5);
  s_logits_dense_bias[i] = v6;
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
    let v40 = min(v39, 0.0);
    let v41 = exp(v40);
    let v42 = (v41 - 1.0);
    let v43 = select(0.0, 1.0, v39 > 0.0);
    let v44 = select(v42, v39, v43 != 0.0);
    tmp0[l36] = v44;
  }
  {
    let j45 = j0 + 1u;
    let l46 = i0 * 300u + j45;
    let v47 = acc16.y;
    let v48 = s_hidden1_dense_bias[j45];
    let v49 = (v47 + v48);
    let v50 = min(v49, 0.0);
    let v51 = exp(v50);
    let v52 = (v51 - 1.0);
    let v53 = select(0.0, 1.0, v49 > 0.0);
    let v54 = select(v52, v49, v53 != 0.0);
    tmp0[l46] = v54;
  }
  {
    let j55 = j0 + 2u;
    let l56 = i0 * 300u + j55;
    let v57 = acc16.z;
    let v58 = s_hidden1_dense_bias[j55];
    let v59 = (v57 + v58);
    let v60 = min(v59, 0.0);
    let v61 = exp(v60);
    let v62 = (v61 - 1.0);
    let v63 = select(0.0, 1.0, v59 > 0.0);
    let v64 = select(v62, v59, v63 != 0.0);
    tmp0[l56] = v64;
  }
  {
    let j65 = j0 + 3u;
    let l66 = i0 * 300u + j65;
    let v67 = acc16.w;
    let v68 = s_hidden1_dense_bias[j65];
    let v69 = (v67 + v68);
    let v70 = min(v69, 0.0);
    let v71 = exp(v70);
    let v72 = (v71 - 1.0);
    let v73 = select(0.0, 1.0, v69 > 0.0);
    let v74 = select(v72, v69, v73 != 0.0);
    tmp0[l66] = v74;
  }
  {
    let j75 = j0 + 4u;
    let l76 = i0 * 300u + j75;
    let v77 = acc17.x;
    let v78 = s_hidden1_dense_bias[j75];
    let v79 = (v77 + v78);
    let v80 = min(v79, 0.0);
    let v81 = exp(v80);
    let v82 = (v81 - 1.0);
    let v83 = select(0.0, 1.0, v79 > 0.0);
    let v84 = select(v82, v79, v83 != 0.0);
    tmp0[l76] = v84;
  }
  {
    let j85 = j0 + 5u;
    let l86 = i0 * 300u + j85;
    let v87 = acc17.y;
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
    let j95 = j0 + 6u;
    let l96 = i0 * 300u + j95;
    let v97 = acc17.z;
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
    let j105 = j0 + 7u;
    let l106 = i0 * 300u + j105;
    let v107 = acc17.w;
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
    let j115 = j0 + 8u;
    let l116 = i0 * 300u + j115;
    let v117 = acc18.x;
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
    let j125 = j0 + 9u;
    let l126 = i0 * 300u + j125;
    let v127 = acc18.y;
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
    let j135 = j0 + 10u;
    let l136 = i0 * 300u + j135;
    let v137 = acc18.z;
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
    let j145 = j0 + 11u;
    let l146 = i0 * 300u + j145;
    let v147 = acc18.w;
    let v148 = s_hidden1_dense_bias[j145];
    let v149 = (v147 + v148);
    let v150 = min(v149, 0.0);
    let v151 = exp(v150);
    let v152 = (v151 - 1.0);
    let v153 = select(0.0, 1.0, v149 > 0.0);
    let v154 = select(v152, v149, v153 != 0.0);
    tmp0[l146] = v154;
  }
  if (i0 + 1u < 50u) {
    let i155 = i0 + 1u;
    let l156 = i155 * 300u + j0;
    let v157 = acc19.x;
    let v158 = s_hidden1_dense_bias[j0];
    let v159 = (v157 + v158);
    let v160 = min(v159, 0.0);
    let v161 = exp(v160);
    let v162 = (v161 - 1.0);
    let v163 = select(0.0, 1.0, v159 > 0.0);
    let v164 = select(v162, v159, v163 != 0.0);
    tmp0[l156] = v164;
  }
  if (i0 + 1u < 50u) {
    let i165 = i0 + 1u;
    let j166 = j0 + 1u;
    let l167 = i165 * 300u + j166;
    let v168 = acc19.y;
    let v169 = s_hidden1_dense_bias[j166];
    let v170 = (v168 + v169);
    let v171 = min(v170, 0.0);
    let v172 = exp(v171);
    let v173 = (v172 - 1.0);
    let v174 = select(0.0, 1.0, v170 > 0.0);
    let v175 = select(v173, v170, v174 != 0.0);
    tmp0[l167] = v175;
  }
  if (i0 + 1u < 50u) {
    let i176 = i0 + 1u;
    let j177 = j0 + 2u;
    let l178 = i176 * 300u + j177;
    let v179 = acc19.z;
    let v180 = s_hidden1_dense_bias[j177];
    let v181 = (v179 + v180);
    let v182 = min(v181, 0.0);
    let v183 = exp(v182);
    let v184 = (v183 - 1.0);
    let v185 = select(0.0, 1.0, v181 > 0.0);
    let v186 = select(v184, v181, v185 != 0.0);
    tmp0[l178] = v186;
  }
  if (i0 + 1u < 50u) {
    let i187 = i0 + 1u;
    let j188 = j0 + 3u;
    let l189 = i187 * 300u + j188;
    let v190 = acc19.w;
    let v191 = s_hidden1_dense_bias[j188];
    let v192 = (v190 + v191);
    let v193 = min(v192, 0.0);
    let v194 = exp(v193);
    let v195 = (v194 - 1.0);
    let v196 = select(0.0, 1.0, v192 > 0.0);
    let v197 = select(v195, v192, v196 != 0.0);
    tmp0[l189] = v197;
  }
  if (i0 + 1u < 50u) {
    let i198 = i0 + 1u;
    let j199 = j0 + 4u;
    let l200 = i198 * 300u + j199;
    let v201 = acc20.x;
    let v202 = s_hidden1_dense_bias[j199];
    let v203 = (v201 + v202);
    let v204 = min(v203, 0.0);
    let v205 = exp(v204);
    let v206 = (v205 - 1.0);
    let v207 = select(0.0, 1.0, v203 > 0.0);
    let v208 = select(v206, v203, v207 != 0.0);
    tmp0[l200] = v208;
  }
  if (i0 + 1u < 50u) {
    let i209 = i0 + 1u;
    let j210 = j0 + 5u;
    let l211 = i209 * 300u + j210;
    let v212 = acc20.y;
    let v213 = s_hidden1_dense_bias[j210];
    let v214 = (v212 + v213);
    let v215 = min(v214, 0.0);
    let v216 = exp(v215);
    let v217 = (v216 - 1.0);
    let v218 = select(0.0, 1.0, v214 > 0.0);
    let v219 = select(v217, v214, v218 != 0.0);
    tmp0[l211] = v219;
  }
  if (i0 + 1u < 50u) {
    let i220 = i0 + 1u;
    let j221 = j0 + 6u;
    let l222 = i220 * 300u + j221;
    let v223 = acc20.z;
    let v224 = s_hidden1_dense_bias[j221];
    let v225 = (v223 + v224);
    let v226 = min(v225, 0.0);
    let v227 = exp(v226);
    let v228 = (v227 - 1.0);
    let v229 = select(0.0, 1.0, v225 > 0.0);
    let v230 = select(v228, v225, v229 != 0.0);
    tmp0[l222] = v230;
  }
  if (i0 + 1u < 50u) {
    let i231 = i0 + 1u;
    let j232 = j0 + 7u;
    let l233 = i231 * 300u + j232;
    let v234 = acc20.w;
    let v235 = s_hidden1_dense_bias[j232];
    let v236 = (v234 + v235);
    let v237 = min(v236, 0.0);
    let v238 = exp(v237);
    let v239 = (v238 - 1.0);
    let v240 = select(0.0, 1.0, v236 > 0.0);
    let v241 = select(v239, v236, v240 != 0.0);
    tmp0[l233] = v241;
  }
  if (i0 + 1u < 50u) {
    let i242 = i0 + 1u;
    let j243 = j0 + 8u;
    let l244 = i242 * 300u + j243;
    let v245 = acc21.x;
    let v246 = s_hidden1_dense_bias[j243];
    let v247 = (v245 + v246);
    let v248 = min(v247, 0.0);
    let v249 = exp(v248);
    let v250 = (v249 - 1.0);
    let v251 = select(0.0, 1.0, v247 > 0.0);
    let v252 = select(v250, v247, v251 != 0.0);
    tmp0[l244] = v252;
  }
  if (i0 + 1u < 50u) {
    let i253 = i0 + 1u;
    let j254 = j0 + 9u;
    let l255 = i253 * 300u + j254;
    let v256 = acc21.y;
    let v257 = s_hidden1_dense_bias[j254];
    let v258 = (v256 + v257);
    let v259 = min(v258, 0.0);
    let v260 = exp(v259);
    let v261 = (v260 - 1.0);
    let v262 = select(0.0, 1.0, v258 > 0.0);
    let v263 = select(v261, v258, v262 != 0.0);
    tmp0[l255] = v263;
  }
  if (i0 + 1u < 50u) {
    let i264 = i0 + 1u;
    let j265 = j0 + 10u;
    let l266 = i264 * 300u + j265;
    let v267 = acc21.z;
    let v268 = s_hidden1_dense_bias[j265];
    let v269 = (v267 + v268);
    let v270 = min(v269, 0.0);
    let v271 = exp(v270);
    let v272 = (v271 - 1.0);
    let v273 = select(0.0, 1.0, v269 > 0.0);
    let v274 = select(v272, v269, v273 != 0.0);
    tmp0[l266] = v274;
  }
  if (i0 + 1u < 50u) {
    let i275 = i0 + 1u;
    let j276 = j0 + 11u;
    let l277 = i275 * 300u + j276;
    let v278 = acc21.w;
    let v279 = s_hidden1_dense_bias[j276];
    let v280 = (v278 + v279);
    let v281 = min(v280, 0.0);
    let v282 = exp(v281);
    let v283 = (v282 - 1.0);
    let v284 = select(0.0, 1.0, v280 > 0.0);
    let v285 = select(v283, v280, v284 != 0.0);
    tmp0[l277] = v285;
  }
  if (i0 + 2u < 50u) {
    let i286 = i0 + 2u;
    let l287 = i286 * 300u + j0;
    let v288 = acc22.x;
    let v289 = s_hidden1_dense_bias[j0];
    let v290 = (v288 + v289);
    let v291 = min(v290, 0.0);
    let v292 = exp(v291);
    let v293 = (v292 - 1.0);
    let v294 = select(0.0, 1.0, v290 > 0.0);
    let v295 = select(v293, v290, v294 != 0.0);
    tmp0[l287] = v295;
  }
  if (i0 + 2u < 50u) {
    let i296 = i0 + 2u;
    let j297 = j0 + 1u;
    let l298 = i296 * 300u + j297;
    let v299 = acc22.y;
    let v300 = s_hidden1_dense_bias[j297];
    let v301 = (v299 + v300);
    let v302 = min(v301, 0.0);
    let v303 = exp(v302);
    let v304 = (v303 - 1.0);
    let v305 = select(0.0, 1.0, v301 > 0.0);
    let v306 = select(v304, v301, v305 != 0.0);
    tmp0[l298] = v306;
  }
  if (i0 + 2u < 50u) {
    let i307 = i0 + 2u;
    let j308 = j0 + 2u;
    let l309 = i307 * 300u + j308;
    let v310 = acc22.z;
    let v311 = s_hidden1_dense_bias[j308];
    let v312 = (v310 + v311);
    let v313 = min(v312, 0.0);
    let v314 = exp(v313);
    let v315 = (v314 - 1.0);
    let v316 = select(0.0, 1.0, v312 > 0.0);
    let v317 = select(v315, v312, v316 != 0.0);
    tmp0[l309] = v317;
  }
  if (i0 + 2u < 50u) {
    let i318 = i0 + 2u;
    let j319 = j0 + 3u;
    let l320 = i318 * 300u + j319;
    let v321 = acc22.w;
    let v322 = s_hidden1_dense_bias[j319];
    let v323 = (v321 + v322);
    let v324 = min(v323, 0.0);
    let v325 = exp(v324);
    let v326 = (v325 - 1.0);
    let v327 = select(0.0, 1.0, v323 > 0.0);
    let v328 = select(v326, v323, v327 != 0.0);
    tmp0[l320] = v328;
  }
  if (i0 + 2u < 50u) {
    let i329 = i0 + 2u;
    let j330 = j0 + 4u;
    let l331 = i329 * 300u + j330;
    let v332 = acc23.x;
    let v333 = s_hidden1_dense_bias[j330];
    let v334 = (v332 + v333);
    let v335 = min(v334, 0.0);
    let v336 = exp(v335);
    let v337 = (v336 - 1.0);
    let v338 = select(0.0, 1.0, v334 > 0.0);
    let v339 = select(v337, v334, v338 != 0.0);
    tmp0[l331] = v339;
  }
  if (i0 + 2u < 50u) {
    let i340 = i0 + 2u;
    let j341 = j0 + 5u;
    let l342 = i340 * 300u + j341;
    let v343 = acc23.y;
    let v344 = s_hidden1_dense_bias[j341];
    let v345 = (v343 + v344);
    let v346 = min(v345, 0.0);
    let v347 = exp(v346);
    let v348 = (v347 - 1.0);
    let v349 = select(0.0, 1.0, v345 > 0.0);
    let v350 = select(v348, v345, v349 != 0.0);
    tmp0[l342] = v350;
  }
  if (i0 + 2u < 50u) {
    let i351 = i0 + 2u;
    let j352 = j0 + 6u;
    let l353 = i351 * 300u + j352;
    let v354 = acc23.z;
    let v355 = s_hidden1_dense_bias[j352];
    let v356 = (v354 + v355);
    let v357 = min(v356, 0.0);
    let v358 = exp(v357);
    let v359 = (v358 - 1.0);
    let v360 = select(0.0, 1.0, v356 > 0.0);
    let v361 = select(v359, v356, v360 != 0.0);
    tmp0[l353] = v361;
  }
  if (i0 + 2u < 50u) {
    let i362 = i0 + 2u;
    let j363 = j0 + 7u;
    let l364 = i362 * 300u + j363;
    let v365 = acc23.w;
    let v366 = s_hidden1_dense_bias[j363];
    let v367 = (v365 + v366);
    let v368 = min(v367, 0.0);
    let v369 = exp(v368);
    let v370 = (v369 - 1.0);
    let v371 = select(0.0, 1.0, v367 > 0.0);
    let v372 = select(v370, v367, v371 != 0.0);
    tmp0[l364] = v372;
  }
  if (i0 + 2u < 50u) {
    let i373 = i0 + 2u;
    let j374 = j0 + 8u;
    let l375 = i373 * 300u + j374;
    let v376 = acc24.x;
    let v377 = s_hidden1_dense_bias[j374];
    let v378 = (v376 + v377);
    let v379 = min(v378, 0.0);
    let v380 = exp(v379);
    let v381 = (v380 - 1.0);
    let v382 = select(0.0, 1.0, v378 > 0.0);
    let v383 = select(v381, v378, v382 != 0.0);
    tmp0[l375] = v383;
  }
  if (i0 + 2u < 50u) {
    let i384 = i0 + 2u;
    let j385 = j0 + 9u;
    let l386 = i384 * 300u + j385;
    let v387 = acc24.y;
    let v388 = s_hidden1_dense_bias[j385];
    let v389 = (v387 + v388);
    let v390 = min(v389, 0.0);
    let v391 = exp(v390);
    let v392 = (v391 - 1.0);
    let v393 = select(0.0, 1.0, v389 > 0.0);
    let v394 = select(v392, v389, v393 != 0.0);
    tmp0[l386] = v394;
  }
  if (i0 + 2u < 50u) {
    let i395 = i0 + 2u;
    let j396 = j0 + 10u;
    let l397 = i395 * 300u + j396;
    let v398 = acc24.z;
    let v399 = s_hidden1_dense_bias[j396];
    let v400 = (v398 + v399);
    let v401 = min(v400, 0.0);
    let v402 = exp(v401);
    let v403 = (v402 - 1.0);
    let v404 = select(0.0, 1.0, v400 > 0.0);
    let v405 = select(v403, v400, v404 != 0.0);
    tmp0[l397] = v405;
  }
  if (i0 + 2u < 50u) {
    let i406 = i0 + 2u;
    let j407 = j0 + 11u;
    let l408 = i406 * 300u + j407;
    let v409 = acc24.w;
    let v410 = s_hidden1_dense_bias[j407];
    let v411 = (v409 + v410);
    let v412 = min(v411, 0.0);
    let v413 = exp(v412);
    let v414 = (v413 - 1.0);
    let v415 = select(0.0, 1.0, v411 > 0.0);
    let v416 = select(v414, v411, v415 != 0.0);
    tmp0[l408] = v416;
  }
  if (i0 + 3u < 50u) {
    let i417 = i0 + 3u;
    let l418 = i417 * 300u + j0;
    let v419 = acc25.x;
    let v420 = s_hidden1_dense_bias[j0];
    let v421 = (v419 + v420);
    let v422 = min(v421, 0.0);
    let v423 = exp(v422);
    let v424 = (v423 - 1.0);
    let v425 = select(0.0, 1.0, v421 > 0.0);
    let v426 = select(v424, v421, v425 != 0.0);
    tmp0[l418] = v426;
  }
  if (i0 + 3u < 50u) {
    let i427 = i0 + 3u;
    let j428 = j0 + 1u;
    let l429 = i427 * 300u + j428;
    let v430 = acc25.y;
    let v431 = s_hidden1_dense_bias[j428];
    let v432 = (v430 + v431);
    let v433 = min(v432, 0.0);
    let v434 = exp(v433);
    let v435 = (v434 - 1.0);
    let v436 = select(0.0, 1.0, v432 > 0.0);
    let v437 = select(v435, v432, v436 != 0.0);
    tmp0[l429] = v437;
  }
  if (i0 + 3u < 50u) {
    let i438 = i0 + 3u;
    let j439 = j0 + 2u;
    let l440 = i438 * 300u + j439;
    let v441 = acc25.z;
    let v442 = s_hidden1_dense_bias[j439];
    let v443 = (v441 + v442);
    let v444 = min(v443, 0.0);
    let v445 = exp(v444);
    let v446 = (v445 - 1.0);
    let v447 = select(0.0, 1.0, v443 > 0.0);
    let v448 = select(v446, v443, v447 != 0.0);
    tmp0[l440] = v448;
  }
  if (i0 + 3u < 50u) {
    let i449 = i0 + 3u;
    let j450 = j0 + 3u;
    let l451 = i449 * 300u + j450;
    let v452 = acc25.w;
    let v453 = s_hidden1_dense_bias[j450];
    let v454 = (v452 + v453);
    let v455 = min(v454, 0.0);
    let v456 = exp(v455);
    let v457 = (v456 - 1.0);
    let v458 = select(0.0, 1.0, v454 > 0.0);
    let v459 = select(v457, v454, v458 != 0.0);
    tmp0[l451] = v459;
  }
  if (i0 + 3u < 50u) {
    let i460 = i0 + 3u;
    let j461 = j0 + 4u;
    let l462 = i460 * 300u + j461;
    let v463 = acc26.x;
    let v464 = s_hidden1_dense_bias[j461];
    let v465 = (v463 + v464);
    let v466 = min(v465, 0.0);
    let v467 = exp(v466);
    let v468 = (v467 - 1.0);
    let v469 = select(0.0, 1.0, v465 > 0.0);
    let v470 = select(v468, v465, v469 != 0.0);
    tmp0[l462] = v470;
  }
  if (i0 + 3u < 50u) {
    let i471 = i0 + 3u;
    let j472 = j0 + 5u;
    let l473 = i471 * 300u + j472;
    let v474 = acc26.y;
    let v475 = s_hidden1_dense_bias[j472];
    let v476 = (v474 + v475);
    let v477 = min(v476, 0.0);
    let v478 = exp(v477);
    let v479 = (v478 - 1.0);
    let v480 = select(0.0, 1.0, v476 > 0.0);
    let v481 = select(v479, v476, v480 != 0.0);
    tmp0[l473] = v481;
  }
  if (i0 + 3u < 50u) {
    let i482 = i0 + 3u;
    let j483 = j0 + 6u;
    let l484 = i482 * 300u + j483;
    let v485 = acc26.z;
    let v486 = s_hidden1_dense_bias[j483];
    let v487 = (v485 + v486);
    let v488 = min(v487, 0.0);
    let v489 = exp(v488);
    let v490 = (v489 - 1.0);
    let v491 = select(0.0, 1.0, v487 > 0.0);
    let v492 = select(v490, v487, v491 != 0.0);
    tmp0[l484] = v492;
  }
  if (i0 + 3u < 50u) {
    let i493 = i0 + 3u;
    let j494 = j0 + 7u;
    let l495 = i493 * 300u + j494;
    let v496 = acc26.w;
    let v497 = s_hidden1_dense_bias[j494];
    let v498 = (v496 + v497);
    let v499 = min(v498, 0.0);
    let v500 = exp(v499);
    let v501 = (v500 - 1.0);
    let v502 = select(0.0, 1.0, v498 > 0.0);
    let v503 = select(v501, v498, v502 != 0.0);
    tmp0[l495] = v503;
  }
  if (i0 + 3u < 50u) {
    let i504 = i0 + 3u;
    let j505 = j0 + 8u;
    let l506 = i504 * 300u + j505;
    let v507 = acc27.x;
    let v508 = s_hidden1_dense_bias[j505];
    let v509 = (v507 + v508);
    let v510 = min(v509, 0.0);
    let v511 = exp(v510);
    let v512 = (v511 - 1.0);
    let v513 = select(0.0, 1.0, v509 > 0.0);
    let v514 = select(v512, v509, v513 != 0.0);
    tmp0[l506] = v514;
  }
  if (i0 + 3u < 50u) {
    let i515 = i0 + 3u;
    let j516 = j0 + 9u;
    let l517 = i515 * 300u + j516;
    let v518 = acc27.y;
    let v519 = s_hidden1_dense_bias[j516];
    let v520 = (v518 + v519);
    let v521 = min(v520, 0.0);
    let v522 = exp(v521);
    let v523 = (v522 - 1.0);
    let v524 = select(0.0, 1.0, v520 > 0.0);
    let v525 = select(v523, v520, v524 != 0.0);
    tmp0[l517] = v525;
  }
  if (i0 + 3u < 50u) {
    let i526 = i0 + 3u;
    let j527 = j0 + 10u;
    let l528 = i526 * 300u + j527;
    let v529 = acc27.z;
    let v530 = s_hidden1_dense_bias[j527];
    let v531 = (v529 + v530);
    let v532 = min(v531, 0.0);
    let v533 = exp(v532);
    let v534 = (v533 - 1.0);
    let v535 = select(0.0, 1.0, v531 > 0.0);
    let v536 = select(v534, v531, v535 != 0.0);
    tmp0[l528] = v536;
  }
  if (i0 + 3u < 50u) {
    let i537 = i0 + 3u;
    let j538 = j0 + 11u;
    let l539 = i537 * 300u + j538;
    let v540 = acc27.w;
    let v541 = s_hidden1_dense_bias[j538];
    let v542 = (v540 + v541);
    let v543 = min(v542, 0.0);
    let v544 = exp(v543);
    let v545 = (v544 - 1.0);
    let v546 = select(0.0, 1.0, v542 > 0.0);
    let v547 = select(v545, v542, v546 != 0.0);
    tmp0[l539] = v547;
  }
}

// ---- 029_matmul_hidden2.wgsl
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
    let v22 = min(v21, 0.0);
    let v23 = exp(v22);
    let v24 = (v23 - 1.0);
    let v25 = select(0.0, 1.0, v21 > 0.0);
    let v26 = select(v24, v21, v25 != 0.0);
    tmp2[l18] = v26;
  }
  {
    let j27 = j0 + 1u;
    let l28 = i0 * 100u + j27;
    let v29 = acc8.y;
    let v30 = s_hidden2_dense_bias[j27];
    let v31 = (v29 + v30);
    let v32 = min(v31, 0.0);
    let v33 = exp(v32);
    let v34 = (v33 - 1.0);
    let v35 = select(0.0, 1.0, v31 > 0.0);
    let v36 = select(v34, v31, v35 != 0.0);
    tmp2[l28] = v36;
  }
  {
    let j37 = j0 + 2u;
    let l38 = i0 * 100u + j37;
    let v39 = acc8.z;
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
    let j47 = j0 + 3u;
    let l48 = i0 * 100u + j47;
    let v49 = acc8.w;
    let v50 = s_hidden2_dense_bias[j47];
    let v51 = (v49 + v50);
    let v52 = min(v51, 0.0);
    let v53 = exp(v52);
    let v54 = (v53 - 1.0);
    let v55 = select(0.0, 1.0, v51 > 0.0);
    let v56 = select(v54, v51, v55 != 0.0);
    tmp2[l48] = v56;
  }
  if (i0 + 1u < 50u) {
    let i57 = i0 + 1u;
    let l58 = i57 * 100u + j0;
    let v59 = acc9.x;
    let v60 = s_hidden2_dense_bias[j0];
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
    let j68 = j0 + 1u;
    let l69 = i67 * 100u + j68;
    let v70 = acc9.y;
    let v71 = s_hidden2_dense_bias[j68];
    let v72 = (v70 + v71);
    let v73 = min(v72, 0.0);
    let v74 = exp(v73);
    let v75 = (v74 - 1.0);
    let v76 = select(0.0, 1.0, v72 > 0.0);
    let v77 = select(v75, v72, v76 != 0.0);
    tmp2[l69] = v77;
  }
  if (i0 + 1u < 50u) {
    let i78 = i0 + 1u;
    let j79 = j0 + 2u;
    let l80 = i78 * 100u + j79;
    let v81 = acc9.z;
    let v82 = s_hidden2_dense_bias[j79];
    let v83 = (v81 + v82);
    let v84 = min(v83, 0.0);
    let v85 = exp(v84);
    let v86 = (v85 - 1.0);
    let v87 = select(0.0, 1.0, v83 > 0.0);
    let v88 = select(v86, v83, v87 != 0.0);
    tmp2[l80] = v88;
  }
  if (i0 + 1u < 50u) {
    let i89 = i0 + 1u;
    let j90 = j0 + 3u;
    let l91 = i89 * 100u + j90;
    let v92 = acc9.w;
    let v93 = s_hidden2_dense_bias[j90];
    let v94 = (v92 + v93);
    let v95 = min(v94, 0.0);
    let v96 = exp(v95);
    let v97 = (v96 - 1.0);
    let v98 = select(0.0, 1.0, v94 > 0.0);
    let v99 = select(v97, v94, v98 != 0.0);
    tmp2[l91] = v99;
  }
  if (i0 + 2u < 50u) {
    let i100 = i0 + 2u;
    let l101 = i100 * 100u + j0;
    let v102 = acc10.x;
    let v103 = s_hidden2_dense_bias[j0];
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
    let j111 = j0 + 1u;
    let l112 = i110 * 100u + j111;
    let v113 = acc10.y;
    let v114 = s_hidden2_dense_bias[j111];
    let v115 = (v113 + v114);
    let v116 = min(v115, 0.0);
    let v117 = exp(v116);
    let v118 = (v117 - 1.0);
    let v119 = select(0.0, 1.0, v115 > 0.0);
    let v120 = select(v118, v115, v119 != 0.0);
    tmp2[l112] = v120;
  }
  if (i0 + 2u < 50u) {
    let i121 = i0 + 2u;
    let j122 = j0 + 2u;
    let l123 = i121 * 100u + j122;
    let v124 = acc10.z;
    let v125 = s_hidden2_dense_bias[j122];
    let v126 = (v124 + v125);
    let v127 = min(v126, 0.0);
    let v128 = exp(v127);
    let v129 = (v128 - 1.0);
    let v130 = select(0.0, 1.0, v126 > 0.0);
    let v131 = select(v129, v126, v130 != 0.0);
    tmp2[l123] = v131;
  }
  if (i0 + 2u < 50u) {
    let i132 = i0 + 2u;
    let j133 = j0 + 3u;
    let l134 = i132 * 100u + j133;
    let v135 = acc10.w;
    let v136 = s_hidden2_dense_bias[j133];
    let v137 = (v135 + v136);
    let v138 = min(v137, 0.0);
    let v139 = exp(v138);
    let v140 = (v139 - 1.0);
    let v141 = select(0.0, 1.0, v137 > 0.0);
    let v142 = select(v140, v137, v141 != 0.0);
    tmp2[l134] = v142;
  }
  if (i0 + 3u < 50u) {
    let i143 = i0 + 3u;
    let l144 = i143 * 100u + j0;
    let v145 = acc11.x;
    let v146 = s_hidden2_dense_bias[j0];
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
    let j154 = j0 + 1u;
    let l155 = i153 * 100u + j154;
    let v156 = acc11.y;
    let v157 = s_hidden2_dense_bias[j154];
    let v158 = (v156 + v157);
    let v159 = min(v158, 0.0);
    let v160 = exp(v159);
    let v161 = (v160 - 1.0);
    let v162 = select(0.0, 1.0, v158 > 0.0);
    let v163 = select(v161, v158, v162 != 0.0);
    tmp2[l155] = v163;
  }
  if (i0 + 3u < 50u) {
    let i164 = i0 + 3u;
    let j165 = j0 + 2u;
    let l166 = i164 * 100u + j165;
    let v167 = acc11.z;
    let v168 = s_hidden2_dense_bias[j165];
    let v169 = (v167 + v168);
    let v170 = min(v169, 0.0);
    let v171 = exp(v170);
    let v172 = (v171 - 1.0);
    let v173 = select(0.0, 1.0, v169 > 0.0);
    let v174 = select(v172, v169, v173 != 0.0);
    tmp2[l166] = v174;
  }
  if (i0 + 3u < 50u) {
    let i175 = i0 + 3u;
    let j176 = j0 + 3u;
    let l177 = i175 * 100u + j176;
    let v178 = acc11.w;
    let v179 = s_hidden2_dense_bias[j176];
    let v180 = (v178 + v179);
    let v181 = min(v180, 0.0);
    let v182 = exp(v181);
    let v183 = (v182 - 1.0);
    let v184 = select(0.0, 1.0, v180 > 0.0);
    let v185 = select(v183, v180, v184 != 0.0);
    tmp2[l177] = v185;
  }
}

// ---- 030_reduce_sum_loss_x5.wgsl
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
