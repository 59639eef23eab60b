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
  if (i >= 9800u) { return; }
  let count = info[0];
  let features = info[2];
  let row = i / 196u;
  let f = (i % 196u) * 4u;
  let o = row * 784u + f;
  let pos = batch[0] * 50u + row;
  let key = stream_key(seed[0], 1397249350u, epoch[0]);
  let ex = permute(pos % count, count, key);
  let e = min(ex, count - 1u) * features + f;
  if (info[1] == 1u) {
    let word = data[e / 4u];
    out[o + 0u] = f32((word >> 0u) & 0xffu) / 255.0;
    out[o + 1u] = f32((word >> 8u) & 0xffu) / 255.0;
    out[o + 2u] = f32((word >> 16u) & 0xffu) / 255.0;
    out[o + 3u] = f32((word >> 24u) & 0xffu) / 255.0;
  }
  else {
    out[o + 0u] = bitcast<f32>(data[e + 0u]);
    out[o + 1u] = bitcast<f32>(data[e + 1u]);
    out[o + 2u] = bitcast<f32>(data[e + 2u]);
    out[o + 3u] = bitcast<f32>(data[e + 3u]);
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
  let ra12 = row0 * 784u;
  let ra13 = row1 * 784u;
  let ra14 = row2 * 784u;
  let ra15 = row3 * 784u;
  for (var k: u32 = 0u; k < 784u; k = k + 1u) {
    let rb16 = k * 300u;
    let bv17 = vec4<f32>(s_hidden1_dense_kernel[rb16 + col4], s_hidden1_dense_kernel[rb16 + col5], s_hidden1_dense_kernel[rb16 + col6], s_hidden1_dense_kernel[rb16 + col7]);
    acc8 = acc8 + in_X[ra12 + k] * bv17;
    acc9 = acc9 + in_X[ra13 + k] * bv17;
    acc10 = acc10 + in_X[ra14 + k] * bv17;
    acc11 = acc11 + in_X[ra15 + k] * bv17;
  }
  {
    let l18 = i0 * 300u + j0;
    let v19 = acc8.x;
    let v20 = s_hidden1_dense_bias[j0];
    let v21 = (v19 + v20);
    tmp0[l18] = v21;
  }
  {
    let j22 = j0 + 1u;
    let l23 = i0 * 300u + j22;
    let v24 = acc8.y;
    let v25 = s_hidden1_dense_bias[j22];
    let v26 = (v24 + v25);
    tmp0[l23] = v26;
  }
  {
    let j27 = j0 + 2u;
    let l28 = i0 * 300u + j27;
    let v29 = acc8.z;
    let v30 = s_hidden1_dense_bias[j27];
    let v31 = (v29 + v30);
    tmp0[l28] = v31;
  }
  {
    let j32 = j0 + 3u;
    let l33 = i0 * 300u + j32;
    let v34 = acc8.w;
    let v35 = s_hidden1_dense_bias[j32];
    let v36 = (v34 + v35);
    tmp0[l33] = v36;
  }
  if (i0 + 1u < 50u) {
    let i37 = i0 + 1u;
    let l38 = i37 * 300u + j0;
    let v39 = acc9.x;
    let v40 = s_hidden1_dense_bias[j0];
    let v41 = (v39 + v40);
    tmp0[l38] = v41;
  }
  if (i0 + 1u < 50u) {
    let i42 = i0 + 1u;
    let j43 = j0 + 1u;
    let l44 = i42 * 300u + j43;
    let v45 = acc9.y;
    let v46 = s_hidden1_dense_bias[j43];
    let v47 = (v45 + v46);
    tmp0[l44] = v47;
  }
  if (i0 + 1u < 50u) {
    let i48 = i0 + 1u;
    let j49 = j0 + 2u;
    let l50 = i48 * 300u + j49;
    let v51 = acc9.z;
    let v52 = s_hidden1_dense_bias[j49];
    let v53 = (v51 + v52);
    tmp0[l50] = v53;
  }
  if (i0 + 1u < 50u) {
    let i54 = i0 + 1u;
    let j55 = j0 + 3u;
    let l56 = i54 * 300u + j55;
    let v57 = acc9.w;
    let v58 = s_hidden1_dense_bias[j55];
    let v59 = (v57 + v58);
    tmp0[l56] = v59;
  }
  if (i0 + 2u < 50u) {
    let i60 = i0 + 2u;
    let l61 = i60 * 300u + j0;
    let v62 = acc10.x;
    let v63 = s_hidden1_dense_bias[j0];
    let v64 = (v62 + v63);
    tmp0[l61] = v64;
  }
  if (i0 + 2u < 50u) {
    let i65 = i0 + 2u;
    let j66 = j0 + 1u;
    let l67 = i65 * 300u + j66;
    let v68 = acc10.y;
    let v69 = s_hidden1_dense_bias[j66];
    let v70 = (v68 + v69);
    tmp0[l67] = v70;
  }
  if (i0 + 2u < 50u) {
    let i71 = i0 + 2u;
    let j72 = j0 + 2u;
    let l73 = i71 * 300u + j72;
    let v74 = acc10.z;
    let v75 = s_hidden1_dense_bias[j72];
    let v76 = (v74 + v75);
    tmp0[l73] = v76;
  }
  if (i0 + 2u < 50u) {
    let i77 = i0 + 2u;
    let j78 = j0 + 3u;
    let l79 = i77 * 300u + j78;
    let v80 = acc10.w;
    let v81 = s_hidden1_dense_bias[j78];
    let v82 = (v80 + v81);
    tmp0[l79] = v82;
  }
  if (i0 + 3u < 50u) {
    let i83 = i0 + 3u;
    let l84 = i83 * 300u + j0;
    let v85 = acc11.x;
    let v86 = s_hidden1_dense_bias[j0];
    let v87 = (v85 + v86);
    tmp0[l84] = v87;
  }
  if (i0 + 3u < 50u) {
    let i88 = i0 + 3u;
    let j89 = j0 + 1u;
    let l90 = i88 * 300u + j89;
    let v91 = acc11.y;
    let v92 = s_hidden1_dense_bias[j89];
    let v93 = (v91 + v92);
    tmp0[l90] = v93;
  }
  if (i0 + 3u < 50u) {
    let i94 = i0 + 3u;
    let j95 = j0 + 2u;
    let l96 = i94 * 300u + j95;
    let v97 = acc11.z;
    let v98 = s_hidden1_dense_bias[j95];
    let v99 = (v97 + v98);
    tmp0[l96] = v99;
  }
  if (i0 + 3u < 50u) {
    let i100 = i0 + 3u;
    let j101 = j0 + 3u;
    let l102 = i100 * 300u + j101;
    let v103 = acc11.w;
    let v104 = s_hidden1_dense_bias[j101];
    let v105 = (v103 + v104);
    tmp0[l102] = v105;
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

// ---- 015_one_hot_loss.wgsl
@group(0) @binding(0) var<storage, read> in_y: array<i32>;
@group(0) @binding(1) var<storage, read_write> tmp5: array<f32>;

@compute @workgroup_size(64)
fn main(@builtin(global_invocation_id) gid: vec3<u32>) {
  let i = gid.x;
  if (i >= 500u) { return; }
  let c0 = (i / 10u);
  let c1 = (i % 10u);
  let v2 = in_y[c0];
  let v3 = select(0.0, 1.0, i32(c1) == v2);
  tmp5[i] = v3;
}

// ---- 016_reduce_max_loss.wgsl
@group(0) @binding(0) var<storage, read> tmp4: array<f32>;
@group(0) @binding(1) var<storage, read_write> tmp6: array<f32>;

@compute @workgroup_size(64)
fn main(@builtin(global_invocation_id) gid: vec3<u32>) {
  let i = gid.x;
  if (i >= 50u) { return; }
  var acc0: f32 = -3.4028234663852886e38;
  for (var r: u32 = 0u; r < 10u; r = r + 1u) {
    let l1 = i * 10u + r;
    let v2 = tmp4[l1];
    acc0 = max(acc0, v2);
  }
  tmp6[i] = acc0;
}

// ---- 017_reduce_sum_loss.wgsl
@group(0) @binding(0) var<storage, read> tmp4: array<f32>;
@group(0) @binding(1) var<storage, read> tmp6: array<f32>;
@group(0) @binding(2) var<storage, read_write> tmp7: array<f32>;

@compute @workgroup_size(64)
fn main(@builtin(global_invocation_id) gid: vec3<u32>) {
  let i = gid.x;
  if (i >= 50u) { return; }
  var acc0: f32 = 0.0;
  for (var r: u32 = 0u; r < 10u; r = r + 1u) {
    let l1 = i * 10u + r;
    let v2 = tmp4[l1];
    let v3 = tmp6[i];
    let v4 = (v2 - v3);
    let v5 = exp(v4);
    acc0 = acc0 + v5;
  }
  tmp7[i] = acc0;
}

// ---- 018_reduce_sum_loss.wgsl
@group(0) @binding(0) var<storage, read> tmp5: array<f32>;
@group(0) @binding(1) var<storage, read> tmp4: array<f32>;
@group(0) @binding(2) var<storage, read> tmp6: array<f32>;
@group(0) @binding(3) var<storage, read> tmp7: array<f32>;
@group(0) @binding(4) var<storage, read_write> tmp8: array<f32>;

@compute @workgroup_size(64)
fn main(@builtin(global_invocation_id) gid: vec3<u32>) {
  let i = gid.x;
  if (i >= 50u) { return; }
  var acc0: f32 = 0.0;
  for (var r: u32 = 0u; r < 10u; r = r + 1u) {
    let l1 = i * 10u + r;
    let v2 = tmp5[l1];
    let v3 = tmp4[l1];
    let v4 = tmp6[i];
    let v5 = (v3 - v4);
    let v6 = tmp7[i];
    let v7 = log(v6);
    let v8 = (v5 - v7);
    let v9 = (v2 * v8);
    acc0 = acc0 + v9;
  }
  tmp8[i] = acc0;
}

// ---- 019_reduce_sum_loss.wgsl
@group(0) @binding(0) var<storage, read> tmp8: array<f32>;
@group(0) @binding(1) var<storage, read_write> out_loss: array<f32>;

@compute @workgroup_size(64)
fn main(@builtin(global_invocation_id) gid: vec3<u32>) {
  let i = gid.x;
  if (i >= 1u) { return; }
  var acc0: f32 = 0.0;
  for (var r: u32 = 0u; r < 50u; r = r + 1u) {
    let v1 = tmp8[r];
    let v2 = (-v1);
    acc0 = acc0 + v2;
  }
  let v3 = (acc0 / 50.0);
  out_loss[i] = v3;
}

// ---- 020_reduce_sum_accuracy.wgsl
@group(0) @binding(0) var<storage, read> tmp4: array<f32>;
@group(0) @binding(1) var<storage, read> tmp5: array<f32>;
@group(0) @binding(2) var<storage, read_write> tmp8: array<f32>;

@compute @workgroup_size(64)
fn main(@builtin(global_invocation_id) gid: vec3<u32>) {
  let i = gid.x;
  if (i >= 50u) { return; }
  var acc0: f32 = 0.0;
  for (var r: u32 = 0u; r < 10u; r = r + 1u) {
    let l1 = i * 10u + r;
    let v2 = tmp4[l1];
    let v3 = tmp5[l1];
    let v4 = (v2 * v3);
    acc0 = acc0 + v4;
  }
  tmp8[i] = acc0;
}

// ---- 021_reduce_sum_accuracy_x2.wgsl
@group(0) @binding(0) var<storage, read> tmp4: array<f32>;
@group(0) @binding(1) var<storage, read> tmp8: array<f32>;
@group(0) @binding(2) var<storage, read_write> tmp9: array<f32>;
@group(0) @binding(3) var<storage, read_write> tmp10: array<f32>;

@compute @workgroup_size(64)
fn main(@builtin(global_invocation_id) gid: vec3<u32>) {
  let i = gid.x;
  if (i >= 50u) { return; }
  var acc0: f32 = 0.0;
  for (var r: u32 = 0u; r < 10u; r = r + 1u) {
    let l1 = i * 10u + r;
    let v2 = tmp4[l1];
    let v3 = tmp8[i];
    let v4 = select(0.0, 1.0, v2 > v3);
    acc0 = acc0 + v4;
  }
  var acc5: f32 = 0.0;
  for (var r: u32 = 0u; r < 10u; r = r + 1u) {
    let l6 = i * 10u + r;
    let v7 = tmp4[l6];
    let v8 = select(0.0, 1.0, (bitcast<u32>(v7) & 0x7f800000u) != 0x7f800000u);
    let v9 = (1.0 - v8);
    acc5 = acc5 + v9;
  }
  tmp9[i] = acc0;
  tmp10[i] = acc5;
}

// ---- 022_reduce_sum_accuracy.wgsl
@group(0) @binding(0) var<storage, read> tmp9: array<f32>;
@group(0) @binding(1) var<storage, read> tmp10: array<f32>;
@group(0) @binding(2) var<storage, read_write> out_accuracy: array<f32>;

@compute @workgroup_size(64)
fn main(@builtin(global_invocation_id) gid: vec3<u32>) {
  let i = gid.x;
  if (i >= 1u) { return; }
  var acc0: f32 = 0.0;
  for (var r: u32 = 0u; r < 50u; r = r + 1u) {
    let v1 = tmp9[r];
    let v2 = select(0.0, 1.0, v1 < 1.0);
    let v3 = tmp10[r];
    let v4 = select(0.0, 1.0, v3 == 0.0);
    let v5 = (v2 * v4);
    acc0 = acc0 + v5;
  }
  let v6 = (acc0 / 50.0);
  out_accuracy[i] = v6;
}

// ---- 023_reduce_sum_loss_grad.wgsl
@group(0) @binding(0) var<storage, read> tmp5: array<f32>;
@group(0) @binding(1) var<storage, read_write> tmp8: array<f32>;

@compute @workgroup_size(64)
fn main(@builtin(global_invocation_id) gid: vec3<u32>) {
  let i = gid.x;
  if (i >= 50u) { return; }
  var acc0: f32 = 0.0;
  for (var r: u32 = 0u; r < 10u; r = r + 1u) {
    let l1 = i * 10u + r;
    let v2 = tmp5[l1];
    let v3 = ((-0.02) * v2);
    let v4 = (-v3);
    acc0 = acc0 + v4;
  }
  tmp8[i] = acc0;
}

// ---- 024_add_loss_grad.wgsl
@group(0) @binding(0) var<storage, read> tmp5: array<f32>;
@group(0) @binding(1) var<storage, read> tmp8: array<f32>;
@group(0) @binding(2) var<storage, read> tmp7: array<f32>;
@group(0) @binding(3) var<storage, read> tmp4: array<f32>;
@group(0) @binding(4) var<storage, read> tmp6: array<f32>;
@group(0) @binding(5) var<storage, read_write> tmp11: array<f32>;

@compute @workgroup_size(64)
fn main(@builtin(global_invocation_id) gid: vec3<u32>) {
  let i = gid.x;
  if (i >= 500u) { return; }
  let v0 = tmp5[i];
  let v1 = ((-0.02) * v0);
  let c2 = (i / 10u);
  let c3 = (i % 10u);
  let v4 = tmp8[c2];
  let v5 = tmp7[c2];
  let v6 = (v4 / v5);
  let v7 = tmp4[i];
  let v8 = tmp6[c2];
  let v9 = (v7 - v8);
  let v10 = exp(v9);
  let v11 = (v6 * v10);
  let v12 = (v1 + v11);
  tmp11[i] = v12;
}

// ---- 025_matmul_hidden2_grad.wgsl
@group(0) @binding(0) var<storage, read> tmp11: array<f32>;
@group(0) @binding(1) var<storage, read> s_logits_dense_kernel: array<f32>;
@group(0) @binding(2) var<storage, read_write> tmp12: array<f32>;
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
    acc8 = acc8 + tmp11[ra12 + k] * bv20;
    acc9 = acc9 + tmp11[ra13 + k] * bv20;
    acc10 = acc10 + tmp11[ra14 + k] * bv20;
    acc11 = acc11 + tmp11[ra15 + k] * bv20;
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
    tmp12[l21] = v28;
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
    tmp12[l30] = v37;
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
    tmp12[l39] = v46;
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
    tmp12[l48] = v55;
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
    tmp12[l57] = v64;
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
    tmp12[l67] = v74;
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
    tmp12[l77] = v84;
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
    tmp12[l87] = v94;
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
    tmp12[l96] = v103;
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
    tmp12[l106] = v113;
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
    tmp12[l116] = v123;
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
    tmp12[l126] = v133;
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
    tmp12[l135] = v142;
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
    tmp12[l145] = v152;
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
    tmp12[l155] = v162;
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
    tmp12[l165] = v172;
  }
}

// ---- 026_matmul_hidden1_grad.wgsl
@group(0) @binding(0) var<storage, read> tmp12: array<f32>;
@group(0) @binding(1) var<storage, read> s_hidden2_dense_kernel: array<f32>;
@group(0) @binding(2) var<storage, read_write> tmp13: array<f32>;
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
  let ra12 = row0 * 100u;
  let ra13 = row1 * 100u;
  let ra14 = row2 * 100u;
  let ra15 = row3 * 100u;
  let cb16 = col4 * 100u;
  let cb17 = col5 * 100u;
  let cb18 = col6 * 100u;
  let cb19 = col7 * 100u;
  for (var k: u32 = 0u; k < 100u; k = k + 1u) {
    let bv20 = vec4<f32>(s_hidden2_dense_kernel[cb16 + k], s_hidden2_dense_kernel[cb17 + k], s_hidden2_dense_kernel[cb18 + k], s_hidden2_dense_kernel[cb19 + k]);
    acc8 = acc8 + tmp12[ra12 + k] * bv20;
    acc9 = acc9 + tmp12[ra13 + k] * bv20;
    acc10 = acc10 + tmp12[ra14 + k] * bv20;
    acc11 = acc11 + tmp12[ra15 + k] * bv20;
  }
  {
    let l21 = i0 * 300u + j0;
    let v22 = acc8.x;
    let v23 = tmp0[l21];
    let v24 = select(0.0, 1.0, v23 > 0.0);
    let v25 = select(0.0, v22, v24 != 0.0);
    let v26 = select(v22, 0.0, v24 != 0.0);
    let v27 = (v26 * 0.01);
    let v28 = (v25 + v27);
    tmp13[l21] = v28;
  }
  {
    let j29 = j0 + 1u;
    let l30 = i0 * 300u + j29;
    let v31 = acc8.y;
    let v32 = tmp0[l30];
    let v33 = select(0.0, 1.0, v32 > 0.0);
    let v34 = select(0.0, v31, v33 != 0.0);
    let v35 = select(v31, 0.0, v33 != 0.0);
    let v36 = (v35 * 0.01);
    let v37 = (v34 + v36);
    tmp13[l30] = v37;
  }
  {
    let j38 = j0 + 2u;
    let l39 = i0 * 300u + j38;
    let v40 = acc8.z;
    let v41 = tmp0[l39];
    let v42 = select(0.0, 1.0, v41 > 0.0);
    let v43 = select(0.0, v40, v42 != 0.0);
    let v44 = select(v40, 0.0, v42 != 0.0);
    let v45 = (v44 * 0.01);
    let v46 = (v43 + v45);
    tmp13[l39] = v46;
  }
  {
    let j47 = j0 + 3u;
    let l48 = i0 * 300u + j47;
    let v49 = acc8.w;
    let v50 = tmp0[l48];
    let v51 = select(0.0, 1.0, v50 > 0.0);
    let v52 = select(0.0, v49, v51 != 0.0);
    let v53 = select(v49, 0.0, v51 != 0.0);
    let v54 = (v53 * 0.01);
    let v55 = (v52 + v54);
    tmp13[l48] = v55;
  }
  if (i0 + 1u < 50u) {
    let i56 = i0 + 1u;
    let l57 = i56 * 300u + j0;
    let v58 = acc9.x;
    let v59 = tmp0[l57];
    let v60 = select(0.0, 1.0, v59 > 0.0);
    let v61 = select(0.0, v58, v60 != 0.0);
    let v62 = select(v58, 0.0, v60 != 0.0);
    let v63 = (v62 * 0.01);
    let v64 = (v61 + v63);
    tmp13[l57] = v64;
  }
  if (i0 + 1u < 50u) {
    let i65 = i0 + 1u;
    let j66 = j0 + 1u;
    let l67 = i65 * 300u + j66;
    let v68 = acc9.y;
    let v69 = tmp0[l67];
    let v70 = select(0.0, 1.0, v69 > 0.0);
    let v71 = select(0.0, v68, v70 != 0.0);
    let v72 = select(v68, 0.0, v70 != 0.0);
    let v73 = (v72 * 0.01);
    let v74 = (v71 + v73);
    tmp13[l67] = v74;
  }
  if (i0 + 1u < 50u) {
    let i75 = i0 + 1u;
    let j76 = j0 + 2u;
    let l77 = i75 * 300u + j76;
    let v78 = acc9.z;
    let v79 = tmp0[l77];
    let v80 = select(0.0, 1.0, v79 > 0.0);
    let v81 = select(0.0, v78, v80 != 0.0);
    let v82 = select(v78, 0.0, v80 != 0.0);
    let v83 = (v82 * 0.01);
    let v84 = (v81 + v83);
    tmp13[l77] = v84;
  }
  if (i0 + 1u < 50u) {
    let i85 = i0 + 1u;
    let j86 = j0 + 3u;
    let l87 = i85 * 300u + j86;
    let v88 = acc9.w;
    let v89 = tmp0[l87];
    let v90 = select(0.0, 1.0, v89 > 0.0);
    let v91 = select(0.0, v88, v90 != 0.0);
    let v92 = select(v88, 0.0, v90 != 0.0);
    let v93 = (v92 * 0.01);
    let v94 = (v91 + v93);
    tmp13[l87] = v94;
  }
  if (i0 + 2u < 50u) {
    let i95 = i0 + 2u;
    let l96 = i95 * 300u + j0;
    let v97 = acc10.x;
    let v98 = tmp0[l96];
    let v99 = select(0.0, 1.0, v98 > 0.0);
    let v100 = select(0.0, v97, v99 != 0.0);
    let v101 = select(v97, 0.0, v99 != 0.0);
    let v102 = (v101 * 0.01);
    let v103 = (v100 + v102);
    tmp13[l96] = v103;
  }
  if (i0 + 2u < 50u) {
    let i104 = i0 + 2u;
    let j105 = j0 + 1u;
    let l106 = i104 * 300u + j105;
    let v107 = acc10.y;
    let v108 = tmp0[l106];
    let v109 = select(0.0, 1.0, v108 > 0.0);
    let v110 = select(0.0, v107, v109 != 0.0);
    let v111 = select(v107, 0.0, v109 != 0.0);
    let v112 = (v111 * 0.01);
    let v113 = (v110 + v112);
    tmp13[l106] = v113;
  }
  if (i0 + 2u < 50u) {
    let i114 = i0 + 2u;
    let j115 = j0 + 2u;
    let l116 = i114 * 300u + j115;
    let v117 = acc10.z;
    let v118 = tmp0[l116];
    let v119 = select(0.0, 1.0, v118 > 0.0);
    let v120 = select(0.0, v117, v119 != 0.0);
    let v121 = select(v117, 0.0, v119 != 0.0);
    let v122 = (v121 * 0.01);
    let v123 = (v120 + v122);
    tmp13[l116] = v123;
  }
  if (i0 + 2u < 50u) {
    let i124 = i0 + 2u;
    let j125 = j0 + 3u;
    let l126 = i124 * 300u + j125;
    let v127 = acc10.w;
    let v128 = tmp0[l126];
    let v129 = select(0.0, 1.0, v128 > 0.0);
    let v130 = select(0.0, v127, v129 != 0.0);
    let v131 = select(v127, 0.0, v129 != 0.0);
    let v132 = (v131 * 0.01);
    let v133 = (v130 + v132);
    tmp13[l126] = v133;
  }
  if (i0 + 3u < 50u) {
    let i134 = i0 + 3u;
    let l135 = i134 * 300u + j0;
    let v136 = acc11.x;
    let v137 = tmp0[l135];
    let v138 = select(0.0, 1.0, v137 > 0.0);
    let v139 = select(0.0, v136, v138 != 0.0);
    let v140 = select(v136, 0.0, v138 != 0.0);
    let v141 = (v140 * 0.01);
    let v142 = (v139 + v141);
    tmp13[l135] = v142;
  }
  if (i0 + 3u < 50u) {
    let i143 = i0 + 3u;
    let j144 = j0 + 1u;
    let l145 = i143 * 300u + j144;
    let v146 = acc11.y;
    let v147 = tmp0[l145];
    let v148 = select(0.0, 1.0, v147 > 0.0);
    let v149 = select(0.0, v146, v148 != 0.0);
    let v150 = select(v146, 0.0, v148 != 0.0);
    let v151 = (v150 * 0.01);
    let v152 = (v149 + v151);
    tmp13[l145] = v152;
  }
  if (i0 + 3u < 50u) {
    let i153 = i0 + 3u;
    let j154 = j0 + 2u;
    let l155 = i153 * 300u + j154;
    let v156 = acc11.z;
    let v157 = tmp0[l155];
    let v158 = select(0.0, 1.0, v157 > 0.0);
    let v159 = select(0.0, v156, v158 != 0.0);
    let v160 = select(v156, 0.0, v158 != 0.0);
    let v161 = (v160 * 0.01);
    let v162 = (v159 + v161);
    tmp13[l155] = v162;
  }
  if (i0 + 3u < 50u) {
    let i163 = i0 + 3u;
    let j164 = j0 + 3u;
    let l165 = i163 * 300u + j164;
    let v166 = acc11.w;
    let v167 = tmp0[l165];
    let v168 = select(0.0, 1.0, v167 > 0.0);
    let v169 = select(0.0, v166, v168 != 0.0);
    let v170 = select(v166, 0.0, v168 != 0.0);
    let v171 = (v170 * 0.01);
    let v172 = (v169 + v171);
    tmp13[l165] = v172;
  }
}

// ---- 027_matmul_hidden1_dense_kernel_sgd.wgsl
@group(0) @binding(0) var<storage, read> in_X: array<f32>;
@group(0) @binding(1) var<storage, read> tmp13: array<f32>;
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
    let bv21 = vec4<f32>(tmp13[rb20 + col8], tmp13[rb20 + col9], tmp13[rb20 + col10], tmp13[rb20 + col11]);
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

// ---- 028_reduce_sum_hidden1_dense_bias_sgd.wgsl
@group(0) @binding(0) var<storage, read_write> s_hidden1_dense_bias: array<f32>;
@group(0) @binding(1) var<storage, read> tmp13: array<f32>;

@compute @workgroup_size(64)
fn main(@builtin(global_invocation_id) gid: vec3<u32>) {
  let i = gid.x;
  if (i >= 300u) { return; }
  let v0 = s_hidden1_dense_bias[i];
  var acc1: f32 = 0.0;
  for (var r: u32 = 0u; r < 50u; r = r + 1u) {
    let l2 = r * 300u + i;
    let v3 = tmp13[l2];
    acc1 = acc1 + v3;
  }
  let v4 = (acc1 * 0.01);
  let v5 = (v0 - v4);
  s_hidden1_dense_bias[i] = v5;
}

// ---- 029_matmul_hidden2_dense_kernel_sgd.wgsl
@group(0) @binding(0) var<storage, read> tmp1: array<f32>;
@group(0) @binding(1) var<storage, read> tmp12: array<f32>;
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
    let bv13 = vec4<f32>(tmp12[rb12 + col4], tmp12[rb12 + col5], tmp12[rb12 + col6], tmp12[rb12 + col7]);
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

// ---- 030_reduce_sum_hidden2_dense_bias_sgd.wgsl
@group(0) @binding(0) var<storage, read_write> s_hidden2_dense_bias: array<f32>;
@group(0) @binding(1) var<storage, read> tmp12: array<f32>;

@compute @workgroup_size(64)
fn main(@builtin(global_invocation_id) gid: vec3<u32>) {
  let i = gid.x;
  if (i >= 100u) { return; }
  let v0 = s_hidden2_dense_bias[i];
  var acc1: f32 = 0.0;
  for (var r: u32 = 0u; r < 50u; r = r + 1u) {
    let l2 = r * 100u + i;
    let v3 = tmp12[l2];
    acc1 = acc1 + v3;
  }
  let v4 = (acc1 * 0.01);
  let v5 = (v0 - v4);
  s_hidden2_dense_bias[i] = v5;
}

// ---- 031_matmul_logits_dense_kernel_sgd.wgsl
@group(0) @binding(0) var<storage, read> tmp3: array<f32>;
@group(0) @binding(1) var<storage, read> tmp11: array<f32>;
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
    let bv13 = vec4<f32>(tmp11[rb12 + col4], tmp11[rb12 + col5], tmp11[rb12 + col6], tmp11[rb12 + col7]);
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

// ---- 032_reduce_sum_logits_dense_bias_sgd.wgsl
@group(0) @binding(0) var<storage, read_write> s_logits_dense_bias: array<f32>;
@group(0) @binding(1) var<storage, read> tmp11: array<f32>;

@compute @workgroup_size(64)
fn main(@builtin(global_invocation_id) gid: vec3<u32>) {
  let i = gid.x;
  if (i >= 10u) { return; }
  let v0 = s_logits_dense_bias[i];
  var acc1: f32 = 0.0;
  for (var r: u32 = 0u; r < 50u; r = r + 1u) {
    let l2 = r * 10u + i;
    let v3 = tmp11[l2];
    acc1 = acc1 + v3;
  }
  let v4 = (acc1 * 0.01);
  let v5 = (v0 - v4);
  s_logits_dense_bias[i] = v5;
}

// ---- 033_add_metrics_x3.wgsl
@group(0) @binding(0) var<storage, read_write> s_acc_train_loss: array<f32>;
@group(0) @binding(1) var<storage, read> out_loss: array<f32>;
@group(0) @binding(2) var<storage, read_write> s_acc_train_count: array<f32>;
@group(0) @binding(3) var<storage, read_write> s_acc_train_accuracy: array<f32>;
@group(0) @binding(4) var<storage, read> out_accuracy: array<f32>;

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
  s_acc_train_loss[i] = v2;
  s_acc_train_count[i] = v4;
  s_acc_train_accuracy[i] = v7;
}

// ---- 034_add_metrics_x2.wgsl
@group(0) @binding(0) var<storage, read_write> s_counter_step: array<u32>;
@group(0) @binding(1) var<storage, read_write> s_counter_batch: array<u32>;

@compute @workgroup_size(64)
fn main(@builtin(global_invocation_id) gid: vec3<u32>) {
  let i = gid.x;
  if (i >= 1u) { return; }
  let v0 = s_counter_step[i];
  let v1 = (v0 + 1u);
  let v2 = s_counter_batch[i];
  let v3 = (v2 + 1u);
  s_counter_step[i] = v1;
  s_counter_batch[i] = v3;
}

// ---- 035_feed_eval_X.wgsl
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
  let row = i / 196u;
  let f = (i % 196u) * 4u;
  let o = row * 784u + f;
  let base = eval_batch[0] * 50u;
  let rem = min(count - min(base, count), 50u);
  let ex = base + row % max(rem, 1u);
  if (i == 0u) {
    weight[0] = f32(rem) / 50.0;
  }
  let e = min(ex, count - 1u) * features + f;
  if (info[1] == 1u) {
    let word = data[e / 4u];
    out[o + 0u] = f32((word >> 0u) & 0xffu) / 255.0;
    out[o + 1u] = f32((word >> 8u) & 0xffu) / 255.0;
    out[o + 2u] = f32((word >> 16u) & 0xffu) / 255.0;
    out[o + 3u] = f32((word >> 24u) & 0xffu) / 255.0;
  }
  else {
    out[o + 0u] = bitcast<f32>(data[e + 0u]);
    out[o + 1u] = bitcast<f32>(data[e + 1u]);
    out[o + 2u] = bitcast<f32>(data[e + 2u]);
    out[o + 3u] = bitcast<f32>(data[e + 3u]);
  }
}

// ---- 036_feed_eval_y.wgsl
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

// ---- 037_matmul_hidden1.wgsl
@group(0) @binding(0) var<storage, read> in_X: array<f32>;
@group(0) @binding(1) var<storage, read> s_hidden1_dense_kernel: array<f32>;
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
  let ra12 = row0 * 784u;
  let ra13 = row1 * 784u;
  let ra14 = row2 * 784u;
  let ra15 = row3 * 784u;
  for (var k: u32 = 0u; k < 784u; k = k + 1u) {
    let rb16 = k * 300u;
    let bv17 = vec4<f32>(s_hidden1_dense_kernel[rb16 + col4], s_hidden1_dense_kernel[rb16 + col5], s_hidden1_dense_kernel[rb16 + col6], s_hidden1_dense_kernel[rb16 + col7]);
    acc8 = acc8 + in_X[ra12 + k] * bv17;
    acc9 = acc9 + in_X[ra13 + k] * bv17;
    acc10 = acc10 + in_X[ra14 + k] * bv17;
    acc11 = acc11 + in_X[ra15 + k] * bv17;
  }
  {
    let l18 = i0 * 300u + j0;
    let v19 = acc8.x;
    let v20 = s_hidden1_dense_bias[j0];
    let v21 = (v19 + v20);
    let v22 = (v21 * 0.01);
    let v23 = select(0.0, 1.0, v21 > 0.0);
    let v24 = select(v22, v21, v23 != 0.0);
    tmp0[l18] = v24;
  }
  {
    let j25 = j0 + 1u;
    let l26 = i0 * 300u + j25;
    let v27 = acc8.y;
    let v28 = s_hidden1_dense_bias[j25];
    let v29 = (v27 + v28);
    let v30 = (v29 * 0.01);
    let v31 = select(0.0, 1.0, v29 > 0.0);
    let v32 = select(v30, v29, v31 != 0.0);
    tmp0[l26] = v32;
  }
  {
    let j33 = j0 + 2u;
    let l34 = i0 * 300u + j33;
    let v35 = acc8.z;
    let v36 = s_hidden1_dense_bias[j33];
    let v37 = (v35 + v36);
    let v38 = (v37 * 0.01);
    let v39 = select(0.0, 1.0, v37 > 0.0);
    let v40 = select(v38, v37, v39 != 0.0);
    tmp0[l34] = v40;
  }
  {
    let j41 = j0 + 3u;
    let l42 = i0 * 300u + j41;
    let v43 = acc8.w;
    let v44 = s_hidden1_dense_bias[j41];
    let v45 = (v43 + v44);
    let v46 = (v45 * 0.01);
    let v47 = select(0.0, 1.0, v45 > 0.0);
    let v48 = select(v46, v45, v47 != 0.0);
    tmp0[l42] = v48;
  }
  if (i0 + 1u < 50u) {
    let i49 = i0 + 1u;
    let l50 = i49 * 300u + j0;
    let v51 = acc9.x;
    let v52 = s_hidden1_dense_bias[j0];
    let v53 = (v51 + v52);
    let v54 = (v53 * 0.01);
    let v55 = select(0.0, 1.0, v53 > 0.0);
    let v56 = select(v54, v53, v55 != 0.0);
    tmp0[l50] = v56;
  }
  if (i0 + 1u < 50u) {
    let i57 = i0 + 1u;
    let j58 = j0 + 1u;
    let l59 = i57 * 300u + j58;
    let v60 = acc9.y;
    let v61 = s_hidden1_dense_bias[j58];
    let v62 = (v60 + v61);
    let v63 = (v62 * 0.01);
    let v64 = select(0.0, 1.0, v62 > 0.0);
    let v65 = select(v63, v62, v64 != 0.0);
    tmp0[l59] = v65;
  }
  if (i0 + 1u < 50u) {
    let i66 = i0 + 1u;
    let j67 = j0 + 2u;
    let l68 = i66 * 300u + j67;
    let v69 = acc9.z;
    let v70 = s_hidden1_dense_bias[j67];
    let v71 = (v69 + v70);
    let v72 = (v71 * 0.01);
    let v73 = select(0.0, 1.0, v71 > 0.0);
    let v74 = select(v72, v71, v73 != 0.0);
    tmp0[l68] = v74;
  }
  if (i0 + 1u < 50u) {
    let i75 = i0 + 1u;
    let j76 = j0 + 3u;
    let l77 = i75 * 300u + j76;
    let v78 = acc9.w;
    let v79 = s_hidden1_dense_bias[j76];
    let v80 = (v78 + v79);
    let v81 = (v80 * 0.01);
    let v82 = select(0.0, 1.0, v80 > 0.0);
    let v83 = select(v81, v80, v82 != 0.0);
    tmp0[l77] = v83;
  }
  if (i0 + 2u < 50u) {
    let i84 = i0 + 2u;
    let l85 = i84 * 300u + j0;
    let v86 = acc10.x;
    let v87 = s_hidden1_dense_bias[j0];
    let v88 = (v86 + v87);
    let v89 = (v88 * 0.01);
    let v90 = select(0.0, 1.0, v88 > 0.0);
    let v91 = select(v89, v88, v90 != 0.0);
    tmp0[l85] = v91;
  }
  if (i0 + 2u < 50u) {
    let i92 = i0 + 2u;
    let j93 = j0 + 1u;
    let l94 = i92 * 300u + j93;
    let v95 = acc10.y;
    let v96 = s_hidden1_dense_bias[j93];
    let v97 = (v95 + v96);
    let v98 = (v97 * 0.01);
    let v99 = select(0.0, 1.0, v97 > 0.0);
    let v100 = select(v98, v97, v99 != 0.0);
    tmp0[l94] = v100;
  }
  if (i0 + 2u < 50u) {
    let i101 = i0 + 2u;
    let j102 = j0 + 2u;
    let l103 = i101 * 300u + j102;
    let v104 = acc10.z;
    let v105 = s_hidden1_dense_bias[j102];
    let v106 = (v104 + v105);
    let v107 = (v106 * 0.01);
    let v108 = select(0.0, 1.0, v106 > 0.0);
    let v109 = select(v107, v106, v108 != 0.0);
    tmp0[l103] = v109;
  }
  if (i0 + 2u < 50u) {
    let i110 = i0 + 2u;
    let j111 = j0 + 3u;
    let l112 = i110 * 300u + j111;
    let v113 = acc10.w;
    let v114 = s_hidden1_dense_bias[j111];
    let v115 = (v113 + v114);
    let v116 = (v115 * 0.01);
    let v117 = select(0.0, 1.0, v115 > 0.0);
    let v118 = select(v116, v115, v117 != 0.0);
    tmp0[l112] = v118;
  }
  if (i0 + 3u < 50u) {
    let i119 = i0 + 3u;
    let l120 = i119 * 300u + j0;
    let v121 = acc11.x;
    let v122 = s_hidden1_dense_bias[j0];
    let v123 = (v121 + v122);
    let v124 = (v123 * 0.01);
    let v125 = select(0.0, 1.0, v123 > 0.0);
    let v126 = select(v124, v123, v125 != 0.0);
    tmp0[l120] = v126;
  }
  if (i0 + 3u < 50u) {
    let i127 = i0 + 3u;
    let j128 = j0 + 1u;
    let l129 = i127 * 300u + j128;
    let v130 = acc11.y;
    let v131 = s_hidden1_dense_bias[j128];
    let v132 = (v130 + v131);
    let v133 = (v132 * 0.01);
    let v134 = select(0.0, 1.0, v132 > 0.0);
    let v135 = select(v133, v132, v134 != 0.0);
    tmp0[l129] = v135;
  }
  if (i0 + 3u < 50u) {
    let i136 = i0 + 3u;
    let j137 = j0 + 2u;
    let l138 = i136 * 300u + j137;
    let v139 = acc11.z;
    let v140 = s_hidden1_dense_bias[j137];
    let v141 = (v139 + v140);
    let v142 = (v141 * 0.01);
    let v143 = select(0.0, 1.0, v141 > 0.0);
    let v144 = select(v142, v141, v143 != 0.0);
    tmp0[l138] = v144;
  }
  if (i0 + 3u < 50u) {
    let i145 = i0 + 3u;
    let j146 = j0 + 3u;
    let l147 = i145 * 300u + j146;
    let v148 = acc11.w;
    let v149 = s_hidden1_dense_bias[j146];
    let v150 = (v148 + v149);
    let v151 = (v150 * 0.01);
    let v152 = select(0.0, 1.0, v150 > 0.0);
    let v153 = select(v151, v150, v152 != 0.0);
    tmp0[l147] = v153;
  }
}

// ---- 038_matmul_hidden2.wgsl
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

// ---- 039_reduce_sum_accuracy_x2.wgsl
@group(0) @binding(0) var<storage, read> tmp6: array<f32>;
@group(0) @binding(1) var<storage, read> tmp9: array<f32>;
@group(0) @binding(2) var<storage, read_write> s_acc_eval_loss: array<f32>;
@group(0) @binding(3) var<storage, read> out_loss: array<f32>;
@group(0) @binding(4) var<storage, read> in_weight: array<f32>;
@group(0) @binding(5) var<storage, read_write> out_accuracy: array<f32>;

@compute @workgroup_size(64)
fn main(@builtin(global_invocation_id) gid: vec3<u32>) {
  let i = gid.x;
  if (i >= 1u) { return; }
  var acc0: f32 = 0.0;
  for (var r: u32 = 0u; r < 50u; r = r + 1u) {
    let v1 = tmp6[r];
    let v2 = select(0.0, 1.0, v1 < 1.0);
    let v3 = tmp9[r];
    let v4 = select(0.0, 1.0, v3 == 0.0);
    let v5 = (v2 * v4);
    acc0 = acc0 + v5;
  }
  let v6 = (acc0 / 50.0);
  let v7 = s_acc_eval_loss[i];
  let v8 = out_loss[i];
  let v9 = in_weight[i];
  let v10 = (v8 * v9);
  let v11 = (v7 + v10);
  out_accuracy[i] = v6;
  s_acc_eval_loss[i] = v11;
}

// ---- 040_add_metrics_x3.wgsl
@group(0) @binding(0) var<storage, read_write> s_acc_eval_weight: array<f32>;
@group(0) @binding(1) var<storage, read> in_weight: array<f32>;
@group(0) @binding(2) var<storage, read_write> s_acc_eval_accuracy: array<f32>;
@group(0) @binding(3) var<storage, read> out_accuracy: array<f32>;
@group(0) @binding(4) var<storage, read_write> s_counter_eval_batch: array<u32>;

@compute @workgroup_size(64)
fn main(@builtin(global_invocation_id) gid: vec3<u32>) {
  let i = gid.x;
  if (i >= 1u) { return; }
  let v0 = s_acc_eval_weight[i];
  let v1 = in_weight[i];
  let v2 = (v0 + v1);
  let v3 = s_acc_eval_accuracy[i];
  let v4 = out_accuracy[i];
  let v5 = (v4 * v1);
  let v6 = (v3 + v5);
  let v7 = s_counter_eval_batch[i];
  let v8 = (v7 + 1u);
  s_acc_eval_weight[i] = v2;
  s_acc_eval_accuracy[i] = v6;
  s_counter_eval_batch[i] = v8;
}
