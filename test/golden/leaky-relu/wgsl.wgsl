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
  let v3 = (v0 * 0.01);
  let v4 = select(0.0, 1.0, v0 > 0.0);
  let v5 = select(v3, v0, v4 != 0.0);
  tmp1[i] = v5;
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
    let v53 = (v52 * 0.01);
    let v54 = (v51 + v53);
    tmp7[l47] = v54;
  }
  {
    let j55 = j0 + 1u;
    let l56 = i0 * 300u + j55;
    let v57 = acc16.y;
    let v58 = tmp0[l56];
    let v59 = select(0.0, 1.0, v58 > 0.0);
    let v60 = select(0.0, v57, v59 != 0.0);
    let v61 = select(v57, 0.0, v59 != 0.0);
    let v62 = (v61 * 0.01);
    let v63 = (v60 + v62);
    tmp7[l56] = v63;
  }
  {
    let j64 = j0 + 2u;
    let l65 = i0 * 300u + j64;
    let v66 = acc16.z;
    let v67 = tmp0[l65];
    let v68 = select(0.0, 1.0, v67 > 0.0);
    let v69 = select(0.0, v66, v68 != 0.0);
    let v70 = select(v66, 0.0, v68 != 0.0);
    let v71 = (v70 * 0.01);
    let v72 = (v69 + v71);
    tmp7[l65] = v72;
  }
  {
    let j73 = j0 + 3u;
    let l74 = i0 * 300u + j73;
    let v75 = acc16.w;
    let v76 = tmp0[l74];
    let v77 = select(0.0, 1.0, v76 > 0.0);
    let v78 = select(0.0, v75, v77 != 0.0);
    let v79 = select(v75, 0.0, v77 != 0.0);
    let v80 = (v79 * 0.01);
    let v81 = (v78 + v80);
    tmp7[l74] = v81;
  }
  {
    let j82 = j0 + 4u;
    let l83 = i0 * 300u + j82;
    let v84 = acc17.x;
    let v85 = tmp0[l83];
    let v86 = select(0.0, 1.0, v85 > 0.0);
    let v87 = select(0.0, v84, v86 != 0.0);
    let v88 = select(v84, 0.0, v86 != 0.0);
    let v89 = (v88 * 0.01);
    let v90 = (v87 + v89);
    tmp7[l83] = v90;
  }
  {
    let j91 = j0 + 5u;
    let l92 = i0 * 300u + j91;
    let v93 = acc17.y;
    let v94 = tmp0[l92];
    let v95 = select(0.0, 1.0, v94 > 0.0);
    let v96 = select(0.0, v93, v95 != 0.0);
    let v97 = select(v93, 0.0, v95 != 0.0);
    let v98 = (v97 * 0.01);
    let v99 = (v96 + v98);
    tmp7[l92] = v99;
  }
  {
    let j100 = j0 + 6u;
    let l101 = i0 * 300u + j100;
    let v102 = acc17.z;
    let v103 = tmp0[l101];
    let v104 = select(0.0, 1.0, v103 > 0.0);
    let v105 = select(0.0, v102, v104 != 0.0);
    let v106 = select(v102, 0.0, v104 != 0.0);
    let v107 = (v106 * 0.01);
    let v108 = (v105 + v107);
    tmp7[l101] = v108;
  }
  {
    let j109 = j0 + 7u;
    let l110 = i0 * 300u + j109;
    let v111 = acc17.w;
    let v112 = tmp0[l110];
    let v113 = select(0.0, 1.0, v112 > 0.0);
    let v114 = select(0.0, v111, v113 != 0.0);
    let v115 = select(v111, 0.0, v113 != 0.0);
    let v116 = (v115 * 0.01);
    let v117 = (v114 + v116);
    tmp7[l110] = v117;
  }
  {
    let j118 = j0 + 8u;
    let l119 = i0 * 300u + j118;
    let v120 = acc18.x;
    let v121 = tmp0[l119];
    let v122 = select(0.0, 1.0, v121 > 0.0);
    let v123 = select(0.0, v120, v122 != 0.0);
    let v124 = select(v120, 0.0, v122 != 0.0);
    let v125 = (v124 * 0.01);
    let v126 = (v123 + v125);
    tmp7[l119] = v126;
  }
  {
    let j127 = j0 + 9u;
    let l128 = i0 * 300u + j127;
    let v129 = acc18.y;
    let v130 = tmp0[l128];
    let v131 = select(0.0, 1.0, v130 > 0.0);
    let v132 = select(0.0, v129, v131 != 0.0);
    let v133 = select(v129, 0.0, v131 != 0.0);
    let v134 = (v133 * 0.01);
    let v135 = (v132 + v134);
    tmp7[l128] = v135;
  }
  {
    let j136 = j0 + 10u;
    let l137 = i0 * 300u + j136;
    let v138 = acc18.z;
    let v139 = tmp0[l137];
    let v140 = select(0.0, 1.0, v139 > 0.0);
    let v141 = select(0.0, v138, v140 != 0.0);
    let v142 = select(v138, 0.0, v140 != 0.0);
    let v143 = (v142 * 0.01);
    let v144 = (v141 + v143);
    tmp7[l137] = v144;
  }
  {
    let j145 = j0 + 11u;
    let l146 = i0 * 300u + j145;
    let v147 = acc18.w;
    let v148 = tmp0[l146];
    let v149 = select(0.0, 1.0, v148 > 0.0);
    let v150 = select(0.0, v147, v149 != 0.0);
    let v151 = select(v147, 0.0, v149 != 0.0);
    let v152 = (v151 * 0.01);
    let v153 = (v150 + v152);
    tmp7[l146] = v153;
  }
  if (i0 + 1u < 50u) {
    let i154 = i0 + 1u;
    let l155 = i154 * 300u + j0;
    let v156 = acc19.x;
    let v157 = tmp0[l155];
    let v158 = select(0.0, 1.0, v157 > 0.0);
    let v159 = select(0.0, v156, v158 != 0.0);
    let v160 = select(v156, 0.0, v158 != 0.0);
    let v161 = (v160 * 0.01);
    let v162 = (v159 + v161);
    tmp7[l155] = v162;
  }
  if (i0 + 1u < 50u) {
    let i163 = i0 + 1u;
    let j164 = j0 + 1u;
    let l165 = i163 * 300u + j164;
    let v166 = acc19.y;
    let v167 = tmp0[l165];
    let v168 = select(0.0, 1.0, v167 > 0.0);
    let v169 = select(0.0, v166, v168 != 0.0);
    let v170 = select(v166, 0.0, v168 != 0.0);
    let v171 = (v170 * 0.01);
    let v172 = (v169 + v171);
    tmp7[l165] = v172;
  }
  if (i0 + 1u < 50u) {
    let i173 = i0 + 1u;
    let j174 = j0 + 2u;
    let l175 = i173 * 300u + j174;
    let v176 = acc19.z;
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
    let j184 = j0 + 3u;
    let l185 = i183 * 300u + j184;
    let v186 = acc19.w;
    let v187 = tmp0[l185];
    let v188 = select(0.0, 1.0, v187 > 0.0);
    let v189 = select(0.0, v186, v188 != 0.0);
    let v190 = select(v186, 0.0, v188 != 0.0);
    let v191 = (v190 * 0.01);
    let v192 = (v189 + v191);
    tmp7[l185] = v192;
  }
  if (i0 + 1u < 50u) {
    let i193 = i0 + 1u;
    let j194 = j0 + 4u;
    let l195 = i193 * 300u + j194;
    let v196 = acc20.x;
    let v197 = tmp0[l195];
    let v198 = select(0.0, 1.0, v197 > 0.0);
    let v199 = select(0.0, v196, v198 != 0.0);
    let v200 = select(v196, 0.0, v198 != 0.0);
    let v201 = (v200 * 0.01);
    let v202 = (v199 + v201);
    tmp7[l195] = v202;
  }
  if (i0 + 1u < 50u) {
    let i203 = i0 + 1u;
    let j204 = j0 + 5u;
    let l205 = i203 * 300u + j204;
    let v206 = acc20.y;
    let v207 = tmp0[l205];
    let v208 = select(0.0, 1.0, v207 > 0.0);
    let v209 = select(0.0, v206, v208 != 0.0);
    let v210 = select(v206, 0.0, v208 != 0.0);
    let v211 = (v210 * 0.01);
    let v212 = (v209 + v211);
    tmp7[l205] = v212;
  }
  if (i0 + 1u < 50u) {
    let i213 = i0 + 1u;
    let j214 = j0 + 6u;
    let l215 = i213 * 300u + j214;
    let v216 = acc20.z;
    let v217 = tmp0[l215];
    let v218 = select(0.0, 1.0, v217 > 0.0);
    let v219 = select(0.0, v216, v218 != 0.0);
    let v220 = select(v216, 0.0, v218 != 0.0);
    let v221 = (v220 * 0.01);
    let v222 = (v219 + v221);
    tmp7[l215] = v222;
  }
  if (i0 + 1u < 50u) {
    let i223 = i0 + 1u;
    let j224 = j0 + 7u;
    let l225 = i223 * 300u + j224;
    let v226 = acc20.w;
    let v227 = tmp0[l225];
    let v228 = select(0.0, 1.0, v227 > 0.0);
    let v229 = select(0.0, v226, v228 != 0.0);
    let v230 = select(v226, 0.0, v228 != 0.0);
    let v231 = (v230 * 0.01);
    let v232 = (v229 + v231);
    tmp7[l225] = v232;
  }
  if (i0 + 1u < 50u) {
    let i233 = i0 + 1u;
    let j234 = j0 + 8u;
    let l235 = i233 * 300u + j234;
    let v236 = acc21.x;
    let v237 = tmp0[l235];
    let v238 = select(0.0, 1.0, v237 > 0.0);
    let v239 = select(0.0, v236, v238 != 0.0);
    let v240 = select(v236, 0.0, v238 != 0.0);
    let v241 = (v240 * 0.01);
    let v242 = (v239 + v241);
    tmp7[l235] = v242;
  }
  if (i0 + 1u < 50u) {
    let i243 = i0 + 1u;
    let j244 = j0 + 9u;
    let l245 = i243 * 300u + j244;
    let v246 = acc21.y;
    let v247 = tmp0[l245];
    let v248 = select(0.0, 1.0, v247 > 0.0);
    let v249 = select(0.0, v246, v248 != 0.0);
    let v250 = select(v246, 0.0, v248 != 0.0);
    let v251 = (v250 * 0.01);
    let v252 = (v249 + v251);
    tmp7[l245] = v252;
  }
  if (i0 + 1u < 50u) {
    let i253 = i0 + 1u;
    let j254 = j0 + 10u;
    let l255 = i253 * 300u + j254;
    let v256 = acc21.z;
    let v257 = tmp0[l255];
    let v258 = select(0.0, 1.0, v257 > 0.0);
    let v259 = select(0.0, v256, v258 != 0.0);
    let v260 = select(v256, 0.0, v258 != 0.0);
    let v261 = (v260 * 0.01);
    let v262 = (v259 + v261);
    tmp7[l255] = v262;
  }
  if (i0 + 1u < 50u) {
    let i263 = i0 + 1u;
    let j264 = j0 + 11u;
    let l265 = i263 * 300u + j264;
    let v266 = acc21.w;
    let v267 = tmp0[l265];
    let v268 = select(0.0, 1.0, v267 > 0.0);
    let v269 = select(0.0, v266, v268 != 0.0);
    let v270 = select(v266, 0.0, v268 != 0.0);
    let v271 = (v270 * 0.01);
    let v272 = (v269 + v271);
    tmp7[l265] = v272;
  }
  if (i0 + 2u < 50u) {
    let i273 = i0 + 2u;
    let l274 = i273 * 300u + j0;
    let v275 = acc22.x;
    let v276 = tmp0[l274];
    let v277 = select(0.0, 1.0, v276 > 0.0);
    let v278 = select(0.0, v275, v277 != 0.0);
    let v279 = select(v275, 0.0, v277 != 0.0);
    let v280 = (v279 * 0.01);
    let v281 = (v278 + v280);
    tmp7[l274] = v281;
  }
  if (i0 + 2u < 50u) {
    let i282 = i0 + 2u;
    let j283 = j0 + 1u;
    let l284 = i282 * 300u + j283;
    let v285 = acc22.y;
    let v286 = tmp0[l284];
    let v287 = select(0.0, 1.0, v286 > 0.0);
    let v288 = select(0.0, v285, v287 != 0.0);
    let v289 = select(v285, 0.0, v287 != 0.0);
    let v290 = (v289 * 0.01);
    let v291 = (v288 + v290);
    tmp7[l284] = v291;
  }
  if (i0 + 2u < 50u) {
    let i292 = i0 + 2u;
    let j293 = j0 + 2u;
    let l294 = i292 * 300u + j293;
    let v295 = acc22.z;
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
    let j303 = j0 + 3u;
    let l304 = i302 * 300u + j303;
    let v305 = acc22.w;
    let v306 = tmp0[l304];
    let v307 = select(0.0, 1.0, v306 > 0.0);
    let v308 = select(0.0, v305, v307 != 0.0);
    let v309 = select(v305, 0.0, v307 != 0.0);
    let v310 = (v309 * 0.01);
    let v311 = (v308 + v310);
    tmp7[l304] = v311;
  }
  if (i0 + 2u < 50u) {
    let i312 = i0 + 2u;
    let j313 = j0 + 4u;
    let l314 = i312 * 300u + j313;
    let v315 = acc23.x;
    let v316 = tmp0[l314];
    let v317 = select(0.0, 1.0, v316 > 0.0);
    let v318 = select(0.0, v315, v317 != 0.0);
    let v319 = select(v315, 0.0, v317 != 0.0);
    let v320 = (v319 * 0.01);
    let v321 = (v318 + v320);
    tmp7[l314] = v321;
  }
  if (i0 + 2u < 50u) {
    let i322 = i0 + 2u;
    let j323 = j0 + 5u;
    let l324 = i322 * 300u + j323;
    let v325 = acc23.y;
    let v326 = tmp0[l324];
    let v327 = select(0.0, 1.0, v326 > 0.0);
    let v328 = select(0.0, v325, v327 != 0.0);
    let v329 = select(v325, 0.0, v327 != 0.0);
    let v330 = (v329 * 0.01);
    let v331 = (v328 + v330);
    tmp7[l324] = v331;
  }
  if (i0 + 2u < 50u) {
    let i332 = i0 + 2u;
    let j333 = j0 + 6u;
    let l334 = i332 * 300u + j333;
    let v335 = acc23.z;
    let v336 = tmp0[l334];
    let v337 = select(0.0, 1.0, v336 > 0.0);
    let v338 = select(0.0, v335, v337 != 0.0);
    let v339 = select(v335, 0.0, v337 != 0.0);
    let v340 = (v339 * 0.01);
    let v341 = (v338 + v340);
    tmp7[l334] = v341;
  }
  if (i0 + 2u < 50u) {
    let i342 = i0 + 2u;
    let j343 = j0 + 7u;
    let l344 = i342 * 300u + j343;
    let v345 = acc23.w;
    let v346 = tmp0[l344];
    let v347 = select(0.0, 1.0, v346 > 0.0);
    let v348 = select(0.0, v345, v347 != 0.0);
    let v349 = select(v345, 0.0, v347 != 0.0);
    let v350 = (v349 * 0.01);
    let v351 = (v348 + v350);
    tmp7[l344] = v351;
  }
  if (i0 + 2u < 50u) {
    let i352 = i0 + 2u;
    let j353 = j0 + 8u;
    let l354 = i352 * 300u + j353;
    let v355 = acc24.x;
    let v356 = tmp0[l354];
    let v357 = select(0.0, 1.0, v356 > 0.0);
    let v358 = select(0.0, v355, v357 != 0.0);
    let v359 = select(v355, 0.0, v357 != 0.0);
    let v360 = (v359 * 0.01);
    let v361 = (v358 + v360);
    tmp7[l354] = v361;
  }
  if (i0 + 2u < 50u) {
    let i362 = i0 + 2u;
    let j363 = j0 + 9u;
    let l364 = i362 * 300u + j363;
    let v365 = acc24.y;
    let v366 = tmp0[l364];
    let v367 = select(0.0, 1.0, v366 > 0.0);
    let v368 = select(0.0, v365, v367 != 0.0);
    let v369 = select(v365, 0.0, v367 != 0.0);
    let v370 = (v369 * 0.01);
    let v371 = (v368 + v370);
    tmp7[l364] = v371;
  }
  if (i0 + 2u < 50u) {
    let i372 = i0 + 2u;
    let j373 = j0 + 10u;
    let l374 = i372 * 300u + j373;
    let v375 = acc24.z;
    let v376 = tmp0[l374];
    let v377 = select(0.0, 1.0, v376 > 0.0);
    let v378 = select(0.0, v375, v377 != 0.0);
    let v379 = select(v375, 0.0, v377 != 0.0);
    let v380 = (v379 * 0.01);
    let v381 = (v378 + v380);
    tmp7[l374] = v381;
  }
  if (i0 + 2u < 50u) {
    let i382 = i0 + 2u;
    let j383 = j0 + 11u;
    let l384 = i382 * 300u + j383;
    let v385 = acc24.w;
    let v386 = tmp0[l384];
    let v387 = select(0.0, 1.0, v386 > 0.0);
    let v388 = select(0.0, v385, v387 != 0.0);
    let v389 = select(v385, 0.0, v387 != 0.0);
    let v390 = (v389 * 0.01);
    let v391 = (v388 + v390);
    tmp7[l384] = v391;
  }
  if (i0 + 3u < 50u) {
    let i392 = i0 + 3u;
    let l393 = i392 * 300u + j0;
    let v394 = acc25.x;
    let v395 = tmp0[l393];
    let v396 = select(0.0, 1.0, v395 > 0.0);
    let v397 = select(0.0, v394, v396 != 0.0);
    let v398 = select(v394, 0.0, v396 != 0.0);
    let v399 = (v398 * 0.01);
    let v400 = (v397 + v399);
    tmp7[l393] = v400;
  }
  if (i0 + 3u < 50u) {
    let i401 = i0 + 3u;
    let j402 = j0 + 1u;
    let l403 = i401 * 300u + j402;
    let v404 = acc25.y;
    let v405 = tmp0[l403];
    let v406 = select(0.0, 1.0, v405 > 0.0);
    let v407 = select(0.0, v404, v406 != 0.0);
    let v408 = select(v404, 0.0, v406 != 0.0);
    let v409 = (v408 * 0.01);
    let v410 = (v407 + v409);
    tmp7[l403] = v410;
  }
  if (i0 + 3u < 50u) {
    let i411 = i0 + 3u;
    let j412 = j0 + 2u;
    let l413 = i411 * 300u + j412;
    let v414 = acc25.z;
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
    let j422 = j0 + 3u;
    let l423 = i421 * 300u + j422;
    let v424 = acc25.w;
    let v425 = tmp0[l423];
    let v426 = select(0.0, 1.0, v425 > 0.0);
    let v427 = select(0.0, v424, v426 != 0.0);
    let v428 = select(v424, 0.0, v426 != 0.0);
    let v429 = (v428 * 0.01);
    let v430 = (v427 + v429);
    tmp7[l423] = v430;
  }
  if (i0 + 3u < 50u) {
    let i431 = i0 + 3u;
    let j432 = j0 + 4u;
    let l433 = i431 * 300u + j432;
    let v434 = acc26.x;
    let v435 = tmp0[l433];
    let v436 = select(0.0, 1.0, v435 > 0.0);
    let v437 = select(0.0, v434, v436 != 0.0);
    let v438 = select(v434, 0.0, v436 != 0.0);
    let v439 = (v438 * 0.01);
    let v440 = (v437 + v439);
    tmp7[l433] = v440;
  }
  if (i0 + 3u < 50u) {
    let i441 = i0 + 3u;
    let j442 = j0 + 5u;
    let l443 = i441 * 300u + j442;
    let v444 = acc26.y;
    let v445 = tmp0[l443];
    let v446 = select(0.0, 1.0, v445 > 0.0);
    let v447 = select(0.0, v444, v446 != 0.0);
    let v448 = select(v444, 0.0, v446 != 0.0);
    let v449 = (v448 * 0.01);
    let v450 = (v447 + v449);
    tmp7[l443] = v450;
  }
  if (i0 + 3u < 50u) {
    let i451 = i0 + 3u;
    let j452 = j0 + 6u;
    let l453 = i451 * 300u + j452;
    let v454 = acc26.z;
    let v455 = tmp0[l453];
    let v456 = select(0.0, 1.0, v455 > 0.0);
    let v457 = select(0.0, v454, v456 != 0.0);
    let v458 = select(v454, 0.0, v456 != 0.0);
    let v459 = (v458 * 0.01);
    let v460 = (v457 + v459);
    tmp7[l453] = v460;
  }
  if (i0 + 3u < 50u) {
    let i461 = i0 + 3u;
    let j462 = j0 + 7u;
    let l463 = i461 * 300u + j462;
    let v464 = acc26.w;
    let v465 = tmp0[l463];
    let v466 = select(0.0, 1.0, v465 > 0.0);
    let v467 = select(0.0, v464, v466 != 0.0);
    let v468 = select(v464, 0.0, v466 != 0.0);
    let v469 = (v468 * 0.01);
    let v470 = (v467 + v469);
    tmp7[l463] = v470;
  }
  if (i0 + 3u < 50u) {
    let i471 = i0 + 3u;
    let j472 = j0 + 8u;
    let l473 = i471 * 300u + j472;
    let v474 = acc27.x;
    let v475 = tmp0[l473];
    let v476 = select(0.0, 1.0, v475 > 0.0);
    let v477 = select(0.0, v474, v476 != 0.0);
    let v478 = select(v474, 0.0, v476 != 0.0);
    let v479 = (v478 * 0.01);
    let v480 = (v477 + v479);
    tmp7[l473] = v480;
  }
  if (i0 + 3u < 50u) {
    let i481 = i0 + 3u;
    let j482 = j0 + 9u;
    let l483 = i481 * 300u + j482;
    let v484 = acc27.y;
    let v485 = tmp0[l483];
    let v486 = select(0.0, 1.0, v485 > 0.0);
    let v487 = select(0.0, v484, v486 != 0.0);
    let v488 = select(v484, 0.0, v486 != 0.0);
    let v489 = (v488 * 0.01);
    let v490 = (v487 + v489);
    tmp7[l483] = v490;
  }
  if (i0 + 3u < 50u) {
    let i491 = i0 + 3u;
    let j492 = j0 + 10u;
    let l493 = i491 * 300u + j492;
    let v494 = acc27.z;
    let v495 = tmp0[l493];
    let v496 = select(0.0, 1.0, v495 > 0.0);
    let v497 = select(0.0, v494, v496 != 0.0);
    let v498 = select(v494, 0.0, v496 != 0.0);
    let v499 = (v498 * 0.01);
    let v500 = (v497 + v499);
    tmp7[l493] = v500;
  }
  if (i0 + 3u < 50u) {
    let i501 = i0 + 3u;
    let j502 = j0 + 11u;
    let l503 = i501 * 300u + j502;
    let v504 = acc27.w;
    let v505 = tmp0[l503];
    let v506 = select(0.0, 1.0, v505 > 0.0);
    let v507 = select(0.0, v504, v506 != 0.0);
    let v508 = select(v504, 0.0, v506 != 0.0);
    let v509 = (v508 * 0.01);
    let v510 = (v507 + v509);
    tmp7[l503] = v510;
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
    let v40 = (v39 * 0.01);
    let v41 = select(0.0, 1.0, v39 > 0.0);
    let v42 = select(v40, v39, v41 != 0.0);
    tmp0[l36] = v42;
  }
  {
    let j43 = j0 + 1u;
    let l44 = i0 * 300u + j43;
    let v45 = acc16.y;
    let v46 = s_hidden1_dense_bias[j43];
    let v47 = (v45 + v46);
    let v48 = (v47 * 0.01);
    let v49 = select(0.0, 1.0, v47 > 0.0);
    let v50 = select(v48, v47, v49 != 0.0);
    tmp0[l44] = v50;
  }
  {
    let j51 = j0 + 2u;
    let l52 = i0 * 300u + j51;
    let v53 = acc16.z;
    let v54 = s_hidden1_dense_bias[j51];
    let v55 = (v53 + v54);
    let v56 = (v55 * 0.01);
    let v57 = select(0.0, 1.0, v55 > 0.0);
    let v58 = select(v56, v55, v57 != 0.0);
    tmp0[l52] = v58;
  }
  {
    let j59 = j0 + 3u;
    let l60 = i0 * 300u + j59;
    let v61 = acc16.w;
    let v62 = s_hidden1_dense_bias[j59];
    let v63 = (v61 + v62);
    let v64 = (v63 * 0.01);
    let v65 = select(0.0, 1.0, v63 > 0.0);
    let v66 = select(v64, v63, v65 != 0.0);
    tmp0[l60] = v66;
  }
  {
    let j67 = j0 + 4u;
    let l68 = i0 * 300u + j67;
    let v69 = acc17.x;
    let v70 = s_hidden1_dense_bias[j67];
    let v71 = (v69 + v70);
    let v72 = (v71 * 0.01);
    let v73 = select(0.0, 1.0, v71 > 0.0);
    let v74 = select(v72, v71, v73 != 0.0);
    tmp0[l68] = v74;
  }
  {
    let j75 = j0 + 5u;
    let l76 = i0 * 300u + j75;
    let v77 = acc17.y;
    let v78 = s_hidden1_dense_bias[j75];
    let v79 = (v77 + v78);
    let v80 = (v79 * 0.01);
    let v81 = select(0.0, 1.0, v79 > 0.0);
    let v82 = select(v80, v79, v81 != 0.0);
    tmp0[l76] = v82;
  }
  {
    let j83 = j0 + 6u;
    let l84 = i0 * 300u + j83;
    let v85 = acc17.z;
    let v86 = s_hidden1_dense_bias[j83];
    let v87 = (v85 + v86);
    let v88 = (v87 * 0.01);
    let v89 = select(0.0, 1.0, v87 > 0.0);
    let v90 = select(v88, v87, v89 != 0.0);
    tmp0[l84] = v90;
  }
  {
    let j91 = j0 + 7u;
    let l92 = i0 * 300u + j91;
    let v93 = acc17.w;
    let v94 = s_hidden1_dense_bias[j91];
    let v95 = (v93 + v94);
    let v96 = (v95 * 0.01);
    let v97 = select(0.0, 1.0, v95 > 0.0);
    let v98 = select(v96, v95, v97 != 0.0);
    tmp0[l92] = v98;
  }
  {
    let j99 = j0 + 8u;
    let l100 = i0 * 300u + j99;
    let v101 = acc18.x;
    let v102 = s_hidden1_dense_bias[j99];
    let v103 = (v101 + v102);
    let v104 = (v103 * 0.01);
    let v105 = select(0.0, 1.0, v103 > 0.0);
    let v106 = select(v104, v103, v105 != 0.0);
    tmp0[l100] = v106;
  }
  {
    let j107 = j0 + 9u;
    let l108 = i0 * 300u + j107;
    let v109 = acc18.y;
    let v110 = s_hidden1_dense_bias[j107];
    let v111 = (v109 + v110);
    let v112 = (v111 * 0.01);
    let v113 = select(0.0, 1.0, v111 > 0.0);
    let v114 = select(v112, v111, v113 != 0.0);
    tmp0[l108] = v114;
  }
  {
    let j115 = j0 + 10u;
    let l116 = i0 * 300u + j115;
    let v117 = acc18.z;
    let v118 = s_hidden1_dense_bias[j115];
    let v119 = (v117 + v118);
    let v120 = (v119 * 0.01);
    let v121 = select(0.0, 1.0, v119 > 0.0);
    let v122 = select(v120, v119, v121 != 0.0);
    tmp0[l116] = v122;
  }
  {
    let j123 = j0 + 11u;
    let l124 = i0 * 300u + j123;
    let v125 = acc18.w;
    let v126 = s_hidden1_dense_bias[j123];
    let v127 = (v125 + v126);
    let v128 = (v127 * 0.01);
    let v129 = select(0.0, 1.0, v127 > 0.0);
    let v130 = select(v128, v127, v129 != 0.0);
    tmp0[l124] = v130;
  }
  if (i0 + 1u < 50u) {
    let i131 = i0 + 1u;
    let l132 = i131 * 300u + j0;
    let v133 = acc19.x;
    let v134 = s_hidden1_dense_bias[j0];
    let v135 = (v133 + v134);
    let v136 = (v135 * 0.01);
    let v137 = select(0.0, 1.0, v135 > 0.0);
    let v138 = select(v136, v135, v137 != 0.0);
    tmp0[l132] = v138;
  }
  if (i0 + 1u < 50u) {
    let i139 = i0 + 1u;
    let j140 = j0 + 1u;
    let l141 = i139 * 300u + j140;
    let v142 = acc19.y;
    let v143 = s_hidden1_dense_bias[j140];
    let v144 = (v142 + v143);
    let v145 = (v144 * 0.01);
    let v146 = select(0.0, 1.0, v144 > 0.0);
    let v147 = select(v145, v144, v146 != 0.0);
    tmp0[l141] = v147;
  }
  if (i0 + 1u < 50u) {
    let i148 = i0 + 1u;
    let j149 = j0 + 2u;
    let l150 = i148 * 300u + j149;
    let v151 = acc19.z;
    let v152 = s_hidden1_dense_bias[j149];
    let v153 = (v151 + v152);
    let v154 = (v153 * 0.01);
    let v155 = select(0.0, 1.0, v153 > 0.0);
    let v156 = select(v154, v153, v155 != 0.0);
    tmp0[l150] = v156;
  }
  if (i0 + 1u < 50u) {
    let i157 = i0 + 1u;
    let j158 = j0 + 3u;
    let l159 = i157 * 300u + j158;
    let v160 = acc19.w;
    let v161 = s_hidden1_dense_bias[j158];
    let v162 = (v160 + v161);
    let v163 = (v162 * 0.01);
    let v164 = select(0.0, 1.0, v162 > 0.0);
    let v165 = select(v163, v162, v164 != 0.0);
    tmp0[l159] = v165;
  }
  if (i0 + 1u < 50u) {
    let i166 = i0 + 1u;
    let j167 = j0 + 4u;
    let l168 = i166 * 300u + j167;
    let v169 = acc20.x;
    let v170 = s_hidden1_dense_bias[j167];
    let v171 = (v169 + v170);
    let v172 = (v171 * 0.01);
    let v173 = select(0.0, 1.0, v171 > 0.0);
    let v174 = select(v172, v171, v173 != 0.0);
    tmp0[l168] = v174;
  }
  if (i0 + 1u < 50u) {
    let i175 = i0 + 1u;
    let j176 = j0 + 5u;
    let l177 = i175 * 300u + j176;
    let v178 = acc20.y;
    let v179 = s_hidden1_dense_bias[j176];
    let v180 = (v178 + v179);
    let v181 = (v180 * 0.01);
    let v182 = select(0.0, 1.0, v180 > 0.0);
    let v183 = select(v181, v180, v182 != 0.0);
    tmp0[l177] = v183;
  }
  if (i0 + 1u < 50u) {
    let i184 = i0 + 1u;
    let j185 = j0 + 6u;
    let l186 = i184 * 300u + j185;
    let v187 = acc20.z;
    let v188 = s_hidden1_dense_bias[j185];
    let v189 = (v187 + v188);
    let v190 = (v189 * 0.01);
    let v191 = select(0.0, 1.0, v189 > 0.0);
    let v192 = select(v190, v189, v191 != 0.0);
    tmp0[l186] = v192;
  }
  if (i0 + 1u < 50u) {
    let i193 = i0 + 1u;
    let j194 = j0 + 7u;
    let l195 = i193 * 300u + j194;
    let v196 = acc20.w;
    let v197 = s_hidden1_dense_bias[j194];
    let v198 = (v196 + v197);
    let v199 = (v198 * 0.01);
    let v200 = select(0.0, 1.0, v198 > 0.0);
    let v201 = select(v199, v198, v200 != 0.0);
    tmp0[l195] = v201;
  }
  if (i0 + 1u < 50u) {
    let i202 = i0 + 1u;
    let j203 = j0 + 8u;
    let l204 = i202 * 300u + j203;
    let v205 = acc21.x;
    let v206 = s_hidden1_dense_bias[j203];
    let v207 = (v205 + v206);
    let v208 = (v207 * 0.01);
    let v209 = select(0.0, 1.0, v207 > 0.0);
    let v210 = select(v208, v207, v209 != 0.0);
    tmp0[l204] = v210;
  }
  if (i0 + 1u < 50u) {
    let i211 = i0 + 1u;
    let j212 = j0 + 9u;
    let l213 = i211 * 300u + j212;
    let v214 = acc21.y;
    let v215 = s_hidden1_dense_bias[j212];
    let v216 = (v214 + v215);
    let v217 = (v216 * 0.01);
    let v218 = select(0.0, 1.0, v216 > 0.0);
    let v219 = select(v217, v216, v218 != 0.0);
    tmp0[l213] = v219;
  }
  if (i0 + 1u < 50u) {
    let i220 = i0 + 1u;
    let j221 = j0 + 10u;
    let l222 = i220 * 300u + j221;
    let v223 = acc21.z;
    let v224 = s_hidden1_dense_bias[j221];
    let v225 = (v223 + v224);
    let v226 = (v225 * 0.01);
    let v227 = select(0.0, 1.0, v225 > 0.0);
    let v228 = select(v226, v225, v227 != 0.0);
    tmp0[l222] = v228;
  }
  if (i0 + 1u < 50u) {
    let i229 = i0 + 1u;
    let j230 = j0 + 11u;
    let l231 = i229 * 300u + j230;
    let v232 = acc21.w;
    let v233 = s_hidden1_dense_bias[j230];
    let v234 = (v232 + v233);
    let v235 = (v234 * 0.01);
    let v236 = select(0.0, 1.0, v234 > 0.0);
    let v237 = select(v235, v234, v236 != 0.0);
    tmp0[l231] = v237;
  }
  if (i0 + 2u < 50u) {
    let i238 = i0 + 2u;
    let l239 = i238 * 300u + j0;
    let v240 = acc22.x;
    let v241 = s_hidden1_dense_bias[j0];
    let v242 = (v240 + v241);
    let v243 = (v242 * 0.01);
    let v244 = select(0.0, 1.0, v242 > 0.0);
    let v245 = select(v243, v242, v244 != 0.0);
    tmp0[l239] = v245;
  }
  if (i0 + 2u < 50u) {
    let i246 = i0 + 2u;
    let j247 = j0 + 1u;
    let l248 = i246 * 300u + j247;
    let v249 = acc22.y;
    let v250 = s_hidden1_dense_bias[j247];
    let v251 = (v249 + v250);
    let v252 = (v251 * 0.01);
    let v253 = select(0.0, 1.0, v251 > 0.0);
    let v254 = select(v252, v251, v253 != 0.0);
    tmp0[l248] = v254;
  }
  if (i0 + 2u < 50u) {
    let i255 = i0 + 2u;
    let j256 = j0 + 2u;
    let l257 = i255 * 300u + j256;
    let v258 = acc22.z;
    let v259 = s_hidden1_dense_bias[j256];
    let v260 = (v258 + v259);
    let v261 = (v260 * 0.01);
    let v262 = select(0.0, 1.0, v260 > 0.0);
    let v263 = select(v261, v260, v262 != 0.0);
    tmp0[l257] = v263;
  }
  if (i0 + 2u < 50u) {
    let i264 = i0 + 2u;
    let j265 = j0 + 3u;
    let l266 = i264 * 300u + j265;
    let v267 = acc22.w;
    let v268 = s_hidden1_dense_bias[j265];
    let v269 = (v267 + v268);
    let v270 = (v269 * 0.01);
    let v271 = select(0.0, 1.0, v269 > 0.0);
    let v272 = select(v270, v269, v271 != 0.0);
    tmp0[l266] = v272;
  }
  if (i0 + 2u < 50u) {
    let i273 = i0 + 2u;
    let j274 = j0 + 4u;
    let l275 = i273 * 300u + j274;
    let v276 = acc23.x;
    let v277 = s_hidden1_dense_bias[j274];
    let v278 = (v276 + v277);
    let v279 = (v278 * 0.01);
    let v280 = select(0.0, 1.0, v278 > 0.0);
    let v281 = select(v279, v278, v280 != 0.0);
    tmp0[l275] = v281;
  }
  if (i0 + 2u < 50u) {
    let i282 = i0 + 2u;
    let j283 = j0 + 5u;
    let l284 = i282 * 300u + j283;
    let v285 = acc23.y;
    let v286 = s_hidden1_dense_bias[j283];
    let v287 = (v285 + v286);
    let v288 = (v287 * 0.01);
    let v289 = select(0.0, 1.0, v287 > 0.0);
    let v290 = select(v288, v287, v289 != 0.0);
    tmp0[l284] = v290;
  }
  if (i0 + 2u < 50u) {
    let i291 = i0 + 2u;
    let j292 = j0 + 6u;
    let l293 = i291 * 300u + j292;
    let v294 = acc23.z;
    let v295 = s_hidden1_dense_bias[j292];
    let v296 = (v294 + v295);
    let v297 = (v296 * 0.01);
    let v298 = select(0.0, 1.0, v296 > 0.0);
    let v299 = select(v297, v296, v298 != 0.0);
    tmp0[l293] = v299;
  }
  if (i0 + 2u < 50u) {
    let i300 = i0 + 2u;
    let j301 = j0 + 7u;
    let l302 = i300 * 300u + j301;
    let v303 = acc23.w;
    let v304 = s_hidden1_dense_bias[j301];
    let v305 = (v303 + v304);
    let v306 = (v305 * 0.01);
    let v307 = select(0.0, 1.0, v305 > 0.0);
    let v308 = select(v306, v305, v307 != 0.0);
    tmp0[l302] = v308;
  }
  if (i0 + 2u < 50u) {
    let i309 = i0 + 2u;
    let j310 = j0 + 8u;
    let l311 = i309 * 300u + j310;
    let v312 = acc24.x;
    let v313 = s_hidden1_dense_bias[j310];
    let v314 = (v312 + v313);
    let v315 = (v314 * 0.01);
    let v316 = select(0.0, 1.0, v314 > 0.0);
    let v317 = select(v315, v314, v316 != 0.0);
    tmp0[l311] = v317;
  }
  if (i0 + 2u < 50u) {
    let i318 = i0 + 2u;
    let j319 = j0 + 9u;
    let l320 = i318 * 300u + j319;
    let v321 = acc24.y;
    let v322 = s_hidden1_dense_bias[j319];
    let v323 = (v321 + v322);
    let v324 = (v323 * 0.01);
    let v325 = select(0.0, 1.0, v323 > 0.0);
    let v326 = select(v324, v323, v325 != 0.0);
    tmp0[l320] = v326;
  }
  if (i0 + 2u < 50u) {
    let i327 = i0 + 2u;
    let j328 = j0 + 10u;
    let l329 = i327 * 300u + j328;
    let v330 = acc24.z;
    let v331 = s_hidden1_dense_bias[j328];
    let v332 = (v330 + v331);
    let v333 = (v332 * 0.01);
    let v334 = select(0.0, 1.0, v332 > 0.0);
    let v335 = select(v333, v332, v334 != 0.0);
    tmp0[l329] = v335;
  }
  if (i0 + 2u < 50u) {
    let i336 = i0 + 2u;
    let j337 = j0 + 11u;
    let l338 = i336 * 300u + j337;
    let v339 = acc24.w;
    let v340 = s_hidden1_dense_bias[j337];
    let v341 = (v339 + v340);
    let v342 = (v341 * 0.01);
    let v343 = select(0.0, 1.0, v341 > 0.0);
    let v344 = select(v342, v341, v343 != 0.0);
    tmp0[l338] = v344;
  }
  if (i0 + 3u < 50u) {
    let i345 = i0 + 3u;
    let l346 = i345 * 300u + j0;
    let v347 = acc25.x;
    let v348 = s_hidden1_dense_bias[j0];
    let v349 = (v347 + v348);
    let v350 = (v349 * 0.01);
    let v351 = select(0.0, 1.0, v349 > 0.0);
    let v352 = select(v350, v349, v351 != 0.0);
    tmp0[l346] = v352;
  }
  if (i0 + 3u < 50u) {
    let i353 = i0 + 3u;
    let j354 = j0 + 1u;
    let l355 = i353 * 300u + j354;
    let v356 = acc25.y;
    let v357 = s_hidden1_dense_bias[j354];
    let v358 = (v356 + v357);
    let v359 = (v358 * 0.01);
    let v360 = select(0.0, 1.0, v358 > 0.0);
    let v361 = select(v359, v358, v360 != 0.0);
    tmp0[l355] = v361;
  }
  if (i0 + 3u < 50u) {
    let i362 = i0 + 3u;
    let j363 = j0 + 2u;
    let l364 = i362 * 300u + j363;
    let v365 = acc25.z;
    let v366 = s_hidden1_dense_bias[j363];
    let v367 = (v365 + v366);
    let v368 = (v367 * 0.01);
    let v369 = select(0.0, 1.0, v367 > 0.0);
    let v370 = select(v368, v367, v369 != 0.0);
    tmp0[l364] = v370;
  }
  if (i0 + 3u < 50u) {
    let i371 = i0 + 3u;
    let j372 = j0 + 3u;
    let l373 = i371 * 300u + j372;
    let v374 = acc25.w;
    let v375 = s_hidden1_dense_bias[j372];
    let v376 = (v374 + v375);
    let v377 = (v376 * 0.01);
    let v378 = select(0.0, 1.0, v376 > 0.0);
    let v379 = select(v377, v376, v378 != 0.0);
    tmp0[l373] = v379;
  }
  if (i0 + 3u < 50u) {
    let i380 = i0 + 3u;
    let j381 = j0 + 4u;
    let l382 = i380 * 300u + j381;
    let v383 = acc26.x;
    let v384 = s_hidden1_dense_bias[j381];
    let v385 = (v383 + v384);
    let v386 = (v385 * 0.01);
    let v387 = select(0.0, 1.0, v385 > 0.0);
    let v388 = select(v386, v385, v387 != 0.0);
    tmp0[l382] = v388;
  }
  if (i0 + 3u < 50u) {
    let i389 = i0 + 3u;
    let j390 = j0 + 5u;
    let l391 = i389 * 300u + j390;
    let v392 = acc26.y;
    let v393 = s_hidden1_dense_bias[j390];
    let v394 = (v392 + v393);
    let v395 = (v394 * 0.01);
    let v396 = select(0.0, 1.0, v394 > 0.0);
    let v397 = select(v395, v394, v396 != 0.0);
    tmp0[l391] = v397;
  }
  if (i0 + 3u < 50u) {
    let i398 = i0 + 3u;
    let j399 = j0 + 6u;
    let l400 = i398 * 300u + j399;
    let v401 = acc26.z;
    let v402 = s_hidden1_dense_bias[j399];
    let v403 = (v401 + v402);
    let v404 = (v403 * 0.01);
    let v405 = select(0.0, 1.0, v403 > 0.0);
    let v406 = select(v404, v403, v405 != 0.0);
    tmp0[l400] = v406;
  }
  if (i0 + 3u < 50u) {
    let i407 = i0 + 3u;
    let j408 = j0 + 7u;
    let l409 = i407 * 300u + j408;
    let v410 = acc26.w;
    let v411 = s_hidden1_dense_bias[j408];
    let v412 = (v410 + v411);
    let v413 = (v412 * 0.01);
    let v414 = select(0.0, 1.0, v412 > 0.0);
    let v415 = select(v413, v412, v414 != 0.0);
    tmp0[l409] = v415;
  }
  if (i0 + 3u < 50u) {
    let i416 = i0 + 3u;
    let j417 = j0 + 8u;
    let l418 = i416 * 300u + j417;
    let v419 = acc27.x;
    let v420 = s_hidden1_dense_bias[j417];
    let v421 = (v419 + v420);
    let v422 = (v421 * 0.01);
    let v423 = select(0.0, 1.0, v421 > 0.0);
    let v424 = select(v422, v421, v423 != 0.0);
    tmp0[l418] = v424;
  }
  if (i0 + 3u < 50u) {
    let i425 = i0 + 3u;
    let j426 = j0 + 9u;
    let l427 = i425 * 300u + j426;
    let v428 = acc27.y;
    let v429 = s_hidden1_dense_bias[j426];
    let v430 = (v428 + v429);
    let v431 = (v430 * 0.01);
    let v432 = select(0.0, 1.0, v430 > 0.0);
    let v433 = select(v431, v430, v432 != 0.0);
    tmp0[l427] = v433;
  }
  if (i0 + 3u < 50u) {
    let i434 = i0 + 3u;
    let j435 = j0 + 10u;
    let l436 = i434 * 300u + j435;
    let v437 = acc27.z;
    let v438 = s_hidden1_dense_bias[j435];
    let v439 = (v437 + v438);
    let v440 = (v439 * 0.01);
    let v441 = select(0.0, 1.0, v439 > 0.0);
    let v442 = select(v440, v439, v441 != 0.0);
    tmp0[l436] = v442;
  }
  if (i0 + 3u < 50u) {
    let i443 = i0 + 3u;
    let j444 = j0 + 11u;
    let l445 = i443 * 300u + j444;
    let v446 = acc27.w;
    let v447 = s_hidden1_dense_bias[j444];
    let v448 = (v446 + v447);
    let v449 = (v448 * 0.01);
    let v450 = select(0.0, 1.0, v448 > 0.0);
    let v451 = select(v449, v448, v450 != 0.0);
    tmp0[l445] = v451;
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
    let v22 = (v21 * 0.01);
    let v23 = select(0.0, 1.0, v21 > 0.0);
    let v24 = select(v22, v21, v23 != 0.0);
    tmp2[l18] = v24;
  }
  {
    let j25 = j0 + 1u;
    let l26 = i0 * 100u + j25;
    let v27 = acc8.y;
    let v28 = s_hidden2_dense_bias[j25];
    let v29 = (v27 + v28);
    let v30 = (v29 * 0.01);
    let v31 = select(0.0, 1.0, v29 > 0.0);
    let v32 = select(v30, v29, v31 != 0.0);
    tmp2[l26] = v32;
  }
  {
    let j33 = j0 + 2u;
    let l34 = i0 * 100u + j33;
    let v35 = acc8.z;
    let v36 = s_hidden2_dense_bias[j33];
    let v37 = (v35 + v36);
    let v38 = (v37 * 0.01);
    let v39 = select(0.0, 1.0, v37 > 0.0);
    let v40 = select(v38, v37, v39 != 0.0);
    tmp2[l34] = v40;
  }
  {
    let j41 = j0 + 3u;
    let l42 = i0 * 100u + j41;
    let v43 = acc8.w;
    let v44 = s_hidden2_dense_bias[j41];
    let v45 = (v43 + v44);
    let v46 = (v45 * 0.01);
    let v47 = select(0.0, 1.0, v45 > 0.0);
    let v48 = select(v46, v45, v47 != 0.0);
    tmp2[l42] = v48;
  }
  if (i0 + 1u < 50u) {
    let i49 = i0 + 1u;
    let l50 = i49 * 100u + j0;
    let v51 = acc9.x;
    let v52 = s_hidden2_dense_bias[j0];
    let v53 = (v51 + v52);
    let v54 = (v53 * 0.01);
    let v55 = select(0.0, 1.0, v53 > 0.0);
    let v56 = select(v54, v53, v55 != 0.0);
    tmp2[l50] = v56;
  }
  if (i0 + 1u < 50u) {
    let i57 = i0 + 1u;
    let j58 = j0 + 1u;
    let l59 = i57 * 100u + j58;
    let v60 = acc9.y;
    let v61 = s_hidden2_dense_bias[j58];
    let v62 = (v60 + v61);
    let v63 = (v62 * 0.01);
    let v64 = select(0.0, 1.0, v62 > 0.0);
    let v65 = select(v63, v62, v64 != 0.0);
    tmp2[l59] = v65;
  }
  if (i0 + 1u < 50u) {
    let i66 = i0 + 1u;
    let j67 = j0 + 2u;
    let l68 = i66 * 100u + j67;
    let v69 = acc9.z;
    let v70 = s_hidden2_dense_bias[j67];
    let v71 = (v69 + v70);
    let v72 = (v71 * 0.01);
    let v73 = select(0.0, 1.0, v71 > 0.0);
    let v74 = select(v72, v71, v73 != 0.0);
    tmp2[l68] = v74;
  }
  if (i0 + 1u < 50u) {
    let i75 = i0 + 1u;
    let j76 = j0 + 3u;
    let l77 = i75 * 100u + j76;
    let v78 = acc9.w;
    let v79 = s_hidden2_dense_bias[j76];
    let v80 = (v78 + v79);
    let v81 = (v80 * 0.01);
    let v82 = select(0.0, 1.0, v80 > 0.0);
    let v83 = select(v81, v80, v82 != 0.0);
    tmp2[l77] = v83;
  }
  if (i0 + 2u < 50u) {
    let i84 = i0 + 2u;
    let l85 = i84 * 100u + j0;
    let v86 = acc10.x;
    let v87 = s_hidden2_dense_bias[j0];
    let v88 = (v86 + v87);
    let v89 = (v88 * 0.01);
    let v90 = select(0.0, 1.0, v88 > 0.0);
    let v91 = select(v89, v88, v90 != 0.0);
    tmp2[l85] = v91;
  }
  if (i0 + 2u < 50u) {
    let i92 = i0 + 2u;
    let j93 = j0 + 1u;
    let l94 = i92 * 100u + j93;
    let v95 = acc10.y;
    let v96 = s_hidden2_dense_bias[j93];
    let v97 = (v95 + v96);
    let v98 = (v97 * 0.01);
    let v99 = select(0.0, 1.0, v97 > 0.0);
    let v100 = select(v98, v97, v99 != 0.0);
    tmp2[l94] = v100;
  }
  if (i0 + 2u < 50u) {
    let i101 = i0 + 2u;
    let j102 = j0 + 2u;
    let l103 = i101 * 100u + j102;
    let v104 = acc10.z;
    let v105 = s_hidden2_dense_bias[j102];
    let v106 = (v104 + v105);
    let v107 = (v106 * 0.01);
    let v108 = select(0.0, 1.0, v106 > 0.0);
    let v109 = select(v107, v106, v108 != 0.0);
    tmp2[l103] = v109;
  }
  if (i0 + 2u < 50u) {
    let i110 = i0 + 2u;
    let j111 = j0 + 3u;
    let l112 = i110 * 100u + j111;
    let v113 = acc10.w;
    let v114 = s_hidden2_dense_bias[j111];
    let v115 = (v113 + v114);
    let v116 = (v115 * 0.01);
    let v117 = select(0.0, 1.0, v115 > 0.0);
    let v118 = select(v116, v115, v117 != 0.0);
    tmp2[l112] = v118;
  }
  if (i0 + 3u < 50u) {
    let i119 = i0 + 3u;
    let l120 = i119 * 100u + j0;
    let v121 = acc11.x;
    let v122 = s_hidden2_dense_bias[j0];
    let v123 = (v121 + v122);
    let v124 = (v123 * 0.01);
    let v125 = select(0.0, 1.0, v123 > 0.0);
    let v126 = select(v124, v123, v125 != 0.0);
    tmp2[l120] = v126;
  }
  if (i0 + 3u < 50u) {
    let i127 = i0 + 3u;
    let j128 = j0 + 1u;
    let l129 = i127 * 100u + j128;
    let v130 = acc11.y;
    let v131 = s_hidden2_dense_bias[j128];
    let v132 = (v130 + v131);
    let v133 = (v132 * 0.01);
    let v134 = select(0.0, 1.0, v132 > 0.0);
    let v135 = select(v133, v132, v134 != 0.0);
    tmp2[l129] = v135;
  }
  if (i0 + 3u < 50u) {
    let i136 = i0 + 3u;
    let j137 = j0 + 2u;
    let l138 = i136 * 100u + j137;
    let v139 = acc11.z;
    let v140 = s_hidden2_dense_bias[j137];
    let v141 = (v139 + v140);
    let v142 = (v141 * 0.01);
    let v143 = select(0.0, 1.0, v141 > 0.0);
    let v144 = select(v142, v141, v143 != 0.0);
    tmp2[l138] = v144;
  }
  if (i0 + 3u < 50u) {
    let i145 = i0 + 3u;
    let j146 = j0 + 3u;
    let l147 = i145 * 100u + j146;
    let v148 = acc11.w;
    let v149 = s_hidden2_dense_bias[j146];
    let v150 = (v148 + v149);
    let v151 = (v150 * 0.01);
    let v152 = select(0.0, 1.0, v150 > 0.0);
    let v153 = select(v151, v150, v152 != 0.0);
    tmp2[l147] = v153;
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
