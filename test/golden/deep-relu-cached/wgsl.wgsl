// ---- 000_add_hidden1_kernel.wgsl
@group(0) @binding(0) var<storage, read> s_rng_seed: array<u32>;
@group(0) @binding(1) var<storage, read_write> s_hidden1_kernel: array<f32>;

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
  let k1 = stream_key(0u, 3873642819u, v0);
  let v2 = uniform01(k1, i);
  let c3 = (i / 300u);
  let c4 = (i % 300u);
  let v5 = (v2 * 0.14879590519303285);
  let v6 = (v5 + (-0.07439795259651642));
  s_hidden1_kernel[i] = v6;
}

// ---- 001_const_hidden1_bias.wgsl
@group(0) @binding(0) var<storage, read_write> s_hidden1_bias: array<f32>;

@compute @workgroup_size(64)
fn main(@builtin(global_invocation_id) gid: vec3<u32>) {
  let i = gid.x;
  if (i >= 300u) { return; }
  s_hidden1_bias[i] = 0.0;
}

// ---- 002_add_hidden2_kernel.wgsl
@group(0) @binding(0) var<storage, read> s_rng_seed: array<u32>;
@group(0) @binding(1) var<storage, read_write> s_hidden2_kernel: array<f32>;

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
  let k1 = stream_key(0u, 2876755309u, v0);
  let v2 = uniform01(k1, i);
  let c3 = (i / 100u);
  let c4 = (i % 100u);
  let v5 = (v2 * 0.2449489742783178);
  let v6 = (v5 + (-0.1224744871391589));
  s_hidden2_kernel[i] = v6;
}

// ---- 003_const_hidden2_bias.wgsl
@group(0) @binding(0) var<storage, read_write> s_hidden2_bias: array<f32>;

@compute @workgroup_size(64)
fn main(@builtin(global_invocation_id) gid: vec3<u32>) {
  let i = gid.x;
  if (i >= 100u) { return; }
  s_hidden2_bias[i] = 0.0;
}

// ---- 004_add_hidden3_kernel.wgsl
@group(0) @binding(0) var<storage, read> s_rng_seed: array<u32>;
@group(0) @binding(1) var<storage, read_write> s_hidden3_kernel: array<f32>;

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
  if (i >= 5000u) { return; }
  let v0 = s_rng_seed[0u];
  let k1 = stream_key(0u, 126632073u, v0);
  let v2 = uniform01(k1, i);
  let c3 = (i / 50u);
  let c4 = (i % 50u);
  let v5 = (v2 * 0.4);
  let v6 = (v5 + (-0.2));
  s_hidden3_kernel[i] = v6;
}

// ---- 005_const_hidden3_bias.wgsl
@group(0) @binding(0) var<storage, read_write> s_hidden3_bias: array<f32>;

@compute @workgroup_size(64)
fn main(@builtin(global_invocation_id) gid: vec3<u32>) {
  let i = gid.x;
  if (i >= 50u) { return; }
  s_hidden3_bias[i] = 0.0;
}

// ---- 006_add_hidden4_kernel.wgsl
@group(0) @binding(0) var<storage, read> s_rng_seed: array<u32>;
@group(0) @binding(1) var<storage, read_write> s_hidden4_kernel: array<f32>;

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
  let k1 = stream_key(0u, 1346529826u, v0);
  let v2 = uniform01(k1, i);
  let c3 = (i / 20u);
  let c4 = (i % 20u);
  let v5 = (v2 * 0.5855400437691199);
  let v6 = (v5 + (-0.29277002188455997));
  s_hidden4_kernel[i] = v6;
}

// ---- 007_const_hidden4_bias.wgsl
@group(0) @binding(0) var<storage, read_write> s_hidden4_bias: array<f32>;

@compute @workgroup_size(64)
fn main(@builtin(global_invocation_id) gid: vec3<u32>) {
  let i = gid.x;
  if (i >= 20u) { return; }
  s_hidden4_bias[i] = 0.0;
}

// ---- 008_add_outputs_kernel.wgsl
@group(0) @binding(0) var<storage, read> s_rng_seed: array<u32>;
@group(0) @binding(1) var<storage, read_write> s_outputs_kernel: array<f32>;

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
  if (i >= 200u) { return; }
  let v0 = s_rng_seed[0u];
  let k1 = stream_key(0u, 3827078126u, v0);
  let v2 = uniform01(k1, i);
  let c3 = (i / 10u);
  let c4 = (i % 10u);
  let v5 = (v2 * 0.8944271909999159);
  let v6 = (v5 + (-0.4472135954999579));
  s_outputs_kernel[i] = v6;
}

// ---- 009_const_outputs_bias.wgsl
@group(0) @binding(0) var<storage, read_write> s_outputs_bias: array<f32>;

@compute @workgroup_size(64)
fn main(@builtin(global_invocation_id) gid: vec3<u32>) {
  let i = gid.x;
  if (i >= 10u) { return; }
  s_outputs_bias[i] = 0.0;
}

// ---- 010_const_counter_step_x2.wgsl
@group(0) @binding(0) var<storage, read_write> s_counter_step: array<u32>;
@group(0) @binding(1) var<storage, read_write> s_acc_train_loss: array<f32>;

@compute @workgroup_size(64)
fn main(@builtin(global_invocation_id) gid: vec3<u32>) {
  let i = gid.x;
  if (i >= 1u) { return; }
  s_counter_step[i] = 0u;
  s_acc_train_loss[i] = 0.0;
}

// ---- 011_add_x3.wgsl
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

// ---- 012_feed_train_y.wgsl
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

// ---- 013_feed_train_cache_0.wgsl
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
  if (i >= 1250u) { return; }
  let count = info[0];
  let features = info[2];
  let row = i / 25u;
  let f = (i % 25u) * 4u;
  let o = row * 100u + f;
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
  }
  else {
    out[o + 0u] = bitcast<f32>(data[e + 0u]);
    out[o + 1u] = bitcast<f32>(data[e + 1u]);
    out[o + 2u] = bitcast<f32>(data[e + 2u]);
    out[o + 3u] = bitcast<f32>(data[e + 3u]);
  }
}

// ---- 014_matmul_hidden3.wgsl
@group(0) @binding(0) var<storage, read> in_cache_0: array<f32>;
@group(0) @binding(1) var<storage, read> s_hidden3_kernel: array<f32>;
@group(0) @binding(2) var<storage, read_write> tmp0: array<f32>;
@group(0) @binding(3) var<storage, read> s_hidden3_bias: array<f32>;

@compute @workgroup_size(64)
fn main(@builtin(global_invocation_id) gid: vec3<u32>) {
  let t = gid.x;
  if (t >= 169u) { return; }
  let i0 = (t / 13u) * 4u;
  let j0 = (t % 13u) * 4u;
  let row0 = min(i0 + 0u, 49u);
  let row1 = min(i0 + 1u, 49u);
  let row2 = min(i0 + 2u, 49u);
  let row3 = min(i0 + 3u, 49u);
  let col4 = min(j0 + 0u, 49u);
  let col5 = min(j0 + 1u, 49u);
  let col6 = min(j0 + 2u, 49u);
  let col7 = min(j0 + 3u, 49u);
  var acc8: vec4<f32> = vec4<f32>(0.0);
  var acc9: vec4<f32> = vec4<f32>(0.0);
  var acc10: vec4<f32> = vec4<f32>(0.0);
  var acc11: vec4<f32> = vec4<f32>(0.0);
  let ra12 = row0 * 100u;
  let ra13 = row1 * 100u;
  let ra14 = row2 * 100u;
  let ra15 = row3 * 100u;
  for (var k: u32 = 0u; k < 100u; k = k + 1u) {
    let rb16 = k * 50u;
    let bv17 = vec4<f32>(s_hidden3_kernel[rb16 + col4], s_hidden3_kernel[rb16 + col5], s_hidden3_kernel[rb16 + col6], s_hidden3_kernel[rb16 + col7]);
    acc8 = acc8 + in_cache_0[ra12 + k] * bv17;
    acc9 = acc9 + in_cache_0[ra13 + k] * bv17;
    acc10 = acc10 + in_cache_0[ra14 + k] * bv17;
    acc11 = acc11 + in_cache_0[ra15 + k] * bv17;
  }
  {
    let l18 = i0 * 50u + j0;
    let v19 = acc8.x;
    let v20 = s_hidden3_bias[j0];
    let v21 = (v19 + v20);
    tmp0[l18] = v21;
  }
  if (j0 + 1u < 50u) {
    let j22 = j0 + 1u;
    let l23 = i0 * 50u + j22;
    let v24 = acc8.y;
    let v25 = s_hidden3_bias[j22];
    let v26 = (v24 + v25);
    tmp0[l23] = v26;
  }
  if (j0 + 2u < 50u) {
    let j27 = j0 + 2u;
    let l28 = i0 * 50u + j27;
    let v29 = acc8.z;
    let v30 = s_hidden3_bias[j27];
    let v31 = (v29 + v30);
    tmp0[l28] = v31;
  }
  if (j0 + 3u < 50u) {
    let j32 = j0 + 3u;
    let l33 = i0 * 50u + j32;
    let v34 = acc8.w;
    let v35 = s_hidden3_bias[j32];
    let v36 = (v34 + v35);
    tmp0[l33] = v36;
  }
  if (i0 + 1u < 50u) {
    let i37 = i0 + 1u;
    let l38 = i37 * 50u + j0;
    let v39 = acc9.x;
    let v40 = s_hidden3_bias[j0];
    let v41 = (v39 + v40);
    tmp0[l38] = v41;
  }
  if (i0 + 1u < 50u && j0 + 1u < 50u) {
    let i42 = i0 + 1u;
    let j43 = j0 + 1u;
    let l44 = i42 * 50u + j43;
    let v45 = acc9.y;
    let v46 = s_hidden3_bias[j43];
    let v47 = (v45 + v46);
    tmp0[l44] = v47;
  }
  if (i0 + 1u < 50u && j0 + 2u < 50u) {
    let i48 = i0 + 1u;
    let j49 = j0 + 2u;
    let l50 = i48 * 50u + j49;
    let v51 = acc9.z;
    let v52 = s_hidden3_bias[j49];
    let v53 = (v51 + v52);
    tmp0[l50] = v53;
  }
  if (i0 + 1u < 50u && j0 + 3u < 50u) {
    let i54 = i0 + 1u;
    let j55 = j0 + 3u;
    let l56 = i54 * 50u + j55;
    let v57 = acc9.w;
    let v58 = s_hidden3_bias[j55];
    let v59 = (v57 + v58);
    tmp0[l56] = v59;
  }
  if (i0 + 2u < 50u) {
    let i60 = i0 + 2u;
    let l61 = i60 * 50u + j0;
    let v62 = acc10.x;
    let v63 = s_hidden3_bias[j0];
    let v64 = (v62 + v63);
    tmp0[l61] = v64;
  }
  if (i0 + 2u < 50u && j0 + 1u < 50u) {
    let i65 = i0 + 2u;
    let j66 = j0 + 1u;
    let l67 = i65 * 50u + j66;
    let v68 = acc10.y;
    let v69 = s_hidden3_bias[j66];
    let v70 = (v68 + v69);
    tmp0[l67] = v70;
  }
  if (i0 + 2u < 50u && j0 + 2u < 50u) {
    let i71 = i0 + 2u;
    let j72 = j0 + 2u;
    let l73 = i71 * 50u + j72;
    let v74 = acc10.z;
    let v75 = s_hidden3_bias[j72];
    let v76 = (v74 + v75);
    tmp0[l73] = v76;
  }
  if (i0 + 2u < 50u && j0 + 3u < 50u) {
    let i77 = i0 + 2u;
    let j78 = j0 + 3u;
    let l79 = i77 * 50u + j78;
    let v80 = acc10.w;
    let v81 = s_hidden3_bias[j78];
    let v82 = (v80 + v81);
    tmp0[l79] = v82;
  }
  if (i0 + 3u < 50u) {
    let i83 = i0 + 3u;
    let l84 = i83 * 50u + j0;
    let v85 = acc11.x;
    let v86 = s_hidden3_bias[j0];
    let v87 = (v85 + v86);
    tmp0[l84] = v87;
  }
  if (i0 + 3u < 50u && j0 + 1u < 50u) {
    let i88 = i0 + 3u;
    let j89 = j0 + 1u;
    let l90 = i88 * 50u + j89;
    let v91 = acc11.y;
    let v92 = s_hidden3_bias[j89];
    let v93 = (v91 + v92);
    tmp0[l90] = v93;
  }
  if (i0 + 3u < 50u && j0 + 2u < 50u) {
    let i94 = i0 + 3u;
    let j95 = j0 + 2u;
    let l96 = i94 * 50u + j95;
    let v97 = acc11.z;
    let v98 = s_hidden3_bias[j95];
    let v99 = (v97 + v98);
    tmp0[l96] = v99;
  }
  if (i0 + 3u < 50u && j0 + 3u < 50u) {
    let i100 = i0 + 3u;
    let j101 = j0 + 3u;
    let l102 = i100 * 50u + j101;
    let v103 = acc11.w;
    let v104 = s_hidden3_bias[j101];
    let v105 = (v103 + v104);
    tmp0[l102] = v105;
  }
}

// ---- 015_select_hidden4.wgsl
@group(0) @binding(0) var<storage, read> tmp0: array<f32>;
@group(0) @binding(1) var<storage, read_write> tmp1: array<f32>;

@compute @workgroup_size(64)
fn main(@builtin(global_invocation_id) gid: vec3<u32>) {
  let i = gid.x;
  if (i >= 2500u) { return; }
  let c0 = (i / 50u);
  let c1 = (i % 50u);
  let v2 = tmp0[i];
  let v3 = select(0.0, 1.0, v2 > 0.0);
  let v4 = select(0.0, v2, v3 != 0.0);
  tmp1[i] = v4;
}

// ---- 016_matmul_hidden4.wgsl
@group(0) @binding(0) var<storage, read> tmp1: array<f32>;
@group(0) @binding(1) var<storage, read> s_hidden4_kernel: array<f32>;
@group(0) @binding(2) var<storage, read_write> tmp2: array<f32>;
@group(0) @binding(3) var<storage, read> s_hidden4_bias: array<f32>;

@compute @workgroup_size(64)
fn main(@builtin(global_invocation_id) gid: vec3<u32>) {
  let t = gid.x;
  if (t >= 65u) { return; }
  let i0 = (t / 5u) * 4u;
  let j0 = (t % 5u) * 4u;
  let row0 = min(i0 + 0u, 49u);
  let row1 = min(i0 + 1u, 49u);
  let row2 = min(i0 + 2u, 49u);
  let row3 = min(i0 + 3u, 49u);
  let col4 = min(j0 + 0u, 19u);
  let col5 = min(j0 + 1u, 19u);
  let col6 = min(j0 + 2u, 19u);
  let col7 = min(j0 + 3u, 19u);
  var acc8: vec4<f32> = vec4<f32>(0.0);
  var acc9: vec4<f32> = vec4<f32>(0.0);
  var acc10: vec4<f32> = vec4<f32>(0.0);
  var acc11: vec4<f32> = vec4<f32>(0.0);
  let ra12 = row0 * 50u;
  let ra13 = row1 * 50u;
  let ra14 = row2 * 50u;
  let ra15 = row3 * 50u;
  for (var k: u32 = 0u; k < 50u; k = k + 1u) {
    let rb16 = k * 20u;
    let bv17 = vec4<f32>(s_hidden4_kernel[rb16 + col4], s_hidden4_kernel[rb16 + col5], s_hidden4_kernel[rb16 + col6], s_hidden4_kernel[rb16 + col7]);
    acc8 = acc8 + tmp1[ra12 + k] * bv17;
    acc9 = acc9 + tmp1[ra13 + k] * bv17;
    acc10 = acc10 + tmp1[ra14 + k] * bv17;
    acc11 = acc11 + tmp1[ra15 + k] * bv17;
  }
  {
    let l18 = i0 * 20u + j0;
    let v19 = acc8.x;
    let v20 = s_hidden4_bias[j0];
    let v21 = (v19 + v20);
    tmp2[l18] = v21;
  }
  {
    let j22 = j0 + 1u;
    let l23 = i0 * 20u + j22;
    let v24 = acc8.y;
    let v25 = s_hidden4_bias[j22];
    let v26 = (v24 + v25);
    tmp2[l23] = v26;
  }
  {
    let j27 = j0 + 2u;
    let l28 = i0 * 20u + j27;
    let v29 = acc8.z;
    let v30 = s_hidden4_bias[j27];
    let v31 = (v29 + v30);
    tmp2[l28] = v31;
  }
  {
    let j32 = j0 + 3u;
    let l33 = i0 * 20u + j32;
    let v34 = acc8.w;
    let v35 = s_hidden4_bias[j32];
    let v36 = (v34 + v35);
    tmp2[l33] = v36;
  }
  if (i0 + 1u < 50u) {
    let i37 = i0 + 1u;
    let l38 = i37 * 20u + j0;
    let v39 = acc9.x;
    let v40 = s_hidden4_bias[j0];
    let v41 = (v39 + v40);
    tmp2[l38] = v41;
  }
  if (i0 + 1u < 50u) {
    let i42 = i0 + 1u;
    let j43 = j0 + 1u;
    let l44 = i42 * 20u + j43;
    let v45 = acc9.y;
    let v46 = s_hidden4_bias[j43];
    let v47 = (v45 + v46);
    tmp2[l44] = v47;
  }
  if (i0 + 1u < 50u) {
    let i48 = i0 + 1u;
    let j49 = j0 + 2u;
    let l50 = i48 * 20u + j49;
    let v51 = acc9.z;
    let v52 = s_hidden4_bias[j49];
    let v53 = (v51 + v52);
    tmp2[l50] = v53;
  }
  if (i0 + 1u < 50u) {
    let i54 = i0 + 1u;
    let j55 = j0 + 3u;
    let l56 = i54 * 20u + j55;
    let v57 = acc9.w;
    let v58 = s_hidden4_bias[j55];
    let v59 = (v57 + v58);
    tmp2[l56] = v59;
  }
  if (i0 + 2u < 50u) {
    let i60 = i0 + 2u;
    let l61 = i60 * 20u + j0;
    let v62 = acc10.x;
    let v63 = s_hidden4_bias[j0];
    let v64 = (v62 + v63);
    tmp2[l61] = v64;
  }
  if (i0 + 2u < 50u) {
    let i65 = i0 + 2u;
    let j66 = j0 + 1u;
    let l67 = i65 * 20u + j66;
    let v68 = acc10.y;
    let v69 = s_hidden4_bias[j66];
    let v70 = (v68 + v69);
    tmp2[l67] = v70;
  }
  if (i0 + 2u < 50u) {
    let i71 = i0 + 2u;
    let j72 = j0 + 2u;
    let l73 = i71 * 20u + j72;
    let v74 = acc10.z;
    let v75 = s_hidden4_bias[j72];
    let v76 = (v74 + v75);
    tmp2[l73] = v76;
  }
  if (i0 + 2u < 50u) {
    let i77 = i0 + 2u;
    let j78 = j0 + 3u;
    let l79 = i77 * 20u + j78;
    let v80 = acc10.w;
    let v81 = s_hidden4_bias[j78];
    let v82 = (v80 + v81);
    tmp2[l79] = v82;
  }
  if (i0 + 3u < 50u) {
    let i83 = i0 + 3u;
    let l84 = i83 * 20u + j0;
    let v85 = acc11.x;
    let v86 = s_hidden4_bias[j0];
    let v87 = (v85 + v86);
    tmp2[l84] = v87;
  }
  if (i0 + 3u < 50u) {
    let i88 = i0 + 3u;
    let j89 = j0 + 1u;
    let l90 = i88 * 20u + j89;
    let v91 = acc11.y;
    let v92 = s_hidden4_bias[j89];
    let v93 = (v91 + v92);
    tmp2[l90] = v93;
  }
  if (i0 + 3u < 50u) {
    let i94 = i0 + 3u;
    let j95 = j0 + 2u;
    let l96 = i94 * 20u + j95;
    let v97 = acc11.z;
    let v98 = s_hidden4_bias[j95];
    let v99 = (v97 + v98);
    tmp2[l96] = v99;
  }
  if (i0 + 3u < 50u) {
    let i100 = i0 + 3u;
    let j101 = j0 + 3u;
    let l102 = i100 * 20u + j101;
    let v103 = acc11.w;
    let v104 = s_hidden4_bias[j101];
    let v105 = (v103 + v104);
    tmp2[l102] = v105;
  }
}

// ---- 017_select_hidden4.wgsl
@group(0) @binding(0) var<storage, read> tmp2: array<f32>;
@group(0) @binding(1) var<storage, read_write> tmp3: array<f32>;

@compute @workgroup_size(64)
fn main(@builtin(global_invocation_id) gid: vec3<u32>) {
  let i = gid.x;
  if (i >= 1000u) { return; }
  let c0 = (i / 20u);
  let c1 = (i % 20u);
  let v2 = tmp2[i];
  let v3 = select(0.0, 1.0, v2 > 0.0);
  let v4 = select(0.0, v2, v3 != 0.0);
  tmp3[i] = v4;
}

// ---- 018_matmul_outputs.wgsl
@group(0) @binding(0) var<storage, read> tmp3: array<f32>;
@group(0) @binding(1) var<storage, read> s_outputs_kernel: array<f32>;
@group(0) @binding(2) var<storage, read_write> tmp4: array<f32>;
@group(0) @binding(3) var<storage, read> s_outputs_bias: array<f32>;

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
  let ra12 = row0 * 20u;
  let ra13 = row1 * 20u;
  let ra14 = row2 * 20u;
  let ra15 = row3 * 20u;
  for (var k: u32 = 0u; k < 20u; k = k + 1u) {
    let rb16 = k * 10u;
    let bv17 = vec4<f32>(s_outputs_kernel[rb16 + col4], s_outputs_kernel[rb16 + col5], s_outputs_kernel[rb16 + col6], s_outputs_kernel[rb16 + col7]);
    acc8 = acc8 + tmp3[ra12 + k] * bv17;
    acc9 = acc9 + tmp3[ra13 + k] * bv17;
    acc10 = acc10 + tmp3[ra14 + k] * bv17;
    acc11 = acc11 + tmp3[ra15 + k] * bv17;
  }
  {
    let l18 = i0 * 10u + j0;
    let v19 = acc8.x;
    let v20 = s_outputs_bias[j0];
    let v21 = (v19 + v20);
    tmp4[l18] = v21;
  }
  if (j0 + 1u < 10u) {
    let j22 = j0 + 1u;
    let l23 = i0 * 10u + j22;
    let v24 = acc8.y;
    let v25 = s_outputs_bias[j22];
    let v26 = (v24 + v25);
    tmp4[l23] = v26;
  }
  if (j0 + 2u < 10u) {
    let j27 = j0 + 2u;
    let l28 = i0 * 10u + j27;
    let v29 = acc8.z;
    let v30 = s_outputs_bias[j27];
    let v31 = (v29 + v30);
    tmp4[l28] = v31;
  }
  if (j0 + 3u < 10u) {
    let j32 = j0 + 3u;
    let l33 = i0 * 10u + j32;
    let v34 = acc8.w;
    let v35 = s_outputs_bias[j32];
    let v36 = (v34 + v35);
    tmp4[l33] = v36;
  }
  if (i0 + 1u < 50u) {
    let i37 = i0 + 1u;
    let l38 = i37 * 10u + j0;
    let v39 = acc9.x;
    let v40 = s_outputs_bias[j0];
    let v41 = (v39 + v40);
    tmp4[l38] = v41;
  }
  if (i0 + 1u < 50u && j0 + 1u < 10u) {
    let i42 = i0 + 1u;
    let j43 = j0 + 1u;
    let l44 = i42 * 10u + j43;
    let v45 = acc9.y;
    let v46 = s_outputs_bias[j43];
    let v47 = (v45 + v46);
    tmp4[l44] = v47;
  }
  if (i0 + 1u < 50u && j0 + 2u < 10u) {
    let i48 = i0 + 1u;
    let j49 = j0 + 2u;
    let l50 = i48 * 10u + j49;
    let v51 = acc9.z;
    let v52 = s_outputs_bias[j49];
    let v53 = (v51 + v52);
    tmp4[l50] = v53;
  }
  if (i0 + 1u < 50u && j0 + 3u < 10u) {
    let i54 = i0 + 1u;
    let j55 = j0 + 3u;
    let l56 = i54 * 10u + j55;
    let v57 = acc9.w;
    let v58 = s_outputs_bias[j55];
    let v59 = (v57 + v58);
    tmp4[l56] = v59;
  }
  if (i0 + 2u < 50u) {
    let i60 = i0 + 2u;
    let l61 = i60 * 10u + j0;
    let v62 = acc10.x;
    let v63 = s_outputs_bias[j0];
    let v64 = (v62 + v63);
    tmp4[l61] = v64;
  }
  if (i0 + 2u < 50u && j0 + 1u < 10u) {
    let i65 = i0 + 2u;
    let j66 = j0 + 1u;
    let l67 = i65 * 10u + j66;
    let v68 = acc10.y;
    let v69 = s_outputs_bias[j66];
    let v70 = (v68 + v69);
    tmp4[l67] = v70;
  }
  if (i0 + 2u < 50u && j0 + 2u < 10u) {
    let i71 = i0 + 2u;
    let j72 = j0 + 2u;
    let l73 = i71 * 10u + j72;
    let v74 = acc10.z;
    let v75 = s_outputs_bias[j72];
    let v76 = (v74 + v75);
    tmp4[l73] = v76;
  }
  if (i0 + 2u < 50u && j0 + 3u < 10u) {
    let i77 = i0 + 2u;
    let j78 = j0 + 3u;
    let l79 = i77 * 10u + j78;
    let v80 = acc10.w;
    let v81 = s_outputs_bias[j78];
    let v82 = (v80 + v81);
    tmp4[l79] = v82;
  }
  if (i0 + 3u < 50u) {
    let i83 = i0 + 3u;
    let l84 = i83 * 10u + j0;
    let v85 = acc11.x;
    let v86 = s_outputs_bias[j0];
    let v87 = (v85 + v86);
    tmp4[l84] = v87;
  }
  if (i0 + 3u < 50u && j0 + 1u < 10u) {
    let i88 = i0 + 3u;
    let j89 = j0 + 1u;
    let l90 = i88 * 10u + j89;
    let v91 = acc11.y;
    let v92 = s_outputs_bias[j89];
    let v93 = (v91 + v92);
    tmp4[l90] = v93;
  }
  if (i0 + 3u < 50u && j0 + 2u < 10u) {
    let i94 = i0 + 3u;
    let j95 = j0 + 2u;
    let l96 = i94 * 10u + j95;
    let v97 = acc11.z;
    let v98 = s_outputs_bias[j95];
    let v99 = (v97 + v98);
    tmp4[l96] = v99;
  }
  if (i0 + 3u < 50u && j0 + 3u < 10u) {
    let i100 = i0 + 3u;
    let j101 = j0 + 3u;
    let l102 = i100 * 10u + j101;
    let v103 = acc11.w;
    let v104 = s_outputs_bias[j101];
    let v105 = (v103 + v104);
    tmp4[l102] = v105;
  }
}

// ---- 019_reduce_sum_loss_x6.wgsl
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

// ---- 020_add_loss_grad.wgsl
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

// ---- 021_matmul_hidden4_grad.wgsl
@group(0) @binding(0) var<storage, read> tmp5: array<f32>;
@group(0) @binding(1) var<storage, read> s_outputs_kernel: array<f32>;
@group(0) @binding(2) var<storage, read_write> tmp6: array<f32>;
@group(0) @binding(3) var<storage, read> tmp2: array<f32>;

@compute @workgroup_size(64)
fn main(@builtin(global_invocation_id) gid: vec3<u32>) {
  let t = gid.x;
  if (t >= 65u) { return; }
  let i0 = (t / 5u) * 4u;
  let j0 = (t % 5u) * 4u;
  let row0 = min(i0 + 0u, 49u);
  let row1 = min(i0 + 1u, 49u);
  let row2 = min(i0 + 2u, 49u);
  let row3 = min(i0 + 3u, 49u);
  let col4 = min(j0 + 0u, 19u);
  let col5 = min(j0 + 1u, 19u);
  let col6 = min(j0 + 2u, 19u);
  let col7 = min(j0 + 3u, 19u);
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
    let bv20 = vec4<f32>(s_outputs_kernel[cb16 + k], s_outputs_kernel[cb17 + k], s_outputs_kernel[cb18 + k], s_outputs_kernel[cb19 + k]);
    acc8 = acc8 + tmp5[ra12 + k] * bv20;
    acc9 = acc9 + tmp5[ra13 + k] * bv20;
    acc10 = acc10 + tmp5[ra14 + k] * bv20;
    acc11 = acc11 + tmp5[ra15 + k] * bv20;
  }
  {
    let l21 = i0 * 20u + j0;
    let v22 = acc8.x;
    let v23 = tmp2[l21];
    let v24 = select(0.0, 1.0, v23 > 0.0);
    let v25 = select(0.0, v22, v24 != 0.0);
    tmp6[l21] = v25;
  }
  {
    let j26 = j0 + 1u;
    let l27 = i0 * 20u + j26;
    let v28 = acc8.y;
    let v29 = tmp2[l27];
    let v30 = select(0.0, 1.0, v29 > 0.0);
    let v31 = select(0.0, v28, v30 != 0.0);
    tmp6[l27] = v31;
  }
  {
    let j32 = j0 + 2u;
    let l33 = i0 * 20u + j32;
    let v34 = acc8.z;
    let v35 = tmp2[l33];
    let v36 = select(0.0, 1.0, v35 > 0.0);
    let v37 = select(0.0, v34, v36 != 0.0);
    tmp6[l33] = v37;
  }
  {
    let j38 = j0 + 3u;
    let l39 = i0 * 20u + j38;
    let v40 = acc8.w;
    let v41 = tmp2[l39];
    let v42 = select(0.0, 1.0, v41 > 0.0);
    let v43 = select(0.0, v40, v42 != 0.0);
    tmp6[l39] = v43;
  }
  if (i0 + 1u < 50u) {
    let i44 = i0 + 1u;
    let l45 = i44 * 20u + j0;
    let v46 = acc9.x;
    let v47 = tmp2[l45];
    let v48 = select(0.0, 1.0, v47 > 0.0);
    let v49 = select(0.0, v46, v48 != 0.0);
    tmp6[l45] = v49;
  }
  if (i0 + 1u < 50u) {
    let i50 = i0 + 1u;
    let j51 = j0 + 1u;
    let l52 = i50 * 20u + j51;
    let v53 = acc9.y;
    let v54 = tmp2[l52];
    let v55 = select(0.0, 1.0, v54 > 0.0);
    let v56 = select(0.0, v53, v55 != 0.0);
    tmp6[l52] = v56;
  }
  if (i0 + 1u < 50u) {
    let i57 = i0 + 1u;
    let j58 = j0 + 2u;
    let l59 = i57 * 20u + j58;
    let v60 = acc9.z;
    let v61 = tmp2[l59];
    let v62 = select(0.0, 1.0, v61 > 0.0);
    let v63 = select(0.0, v60, v62 != 0.0);
    tmp6[l59] = v63;
  }
  if (i0 + 1u < 50u) {
    let i64 = i0 + 1u;
    let j65 = j0 + 3u;
    let l66 = i64 * 20u + j65;
    let v67 = acc9.w;
    let v68 = tmp2[l66];
    let v69 = select(0.0, 1.0, v68 > 0.0);
    let v70 = select(0.0, v67, v69 != 0.0);
    tmp6[l66] = v70;
  }
  if (i0 + 2u < 50u) {
    let i71 = i0 + 2u;
    let l72 = i71 * 20u + j0;
    let v73 = acc10.x;
    let v74 = tmp2[l72];
    let v75 = select(0.0, 1.0, v74 > 0.0);
    let v76 = select(0.0, v73, v75 != 0.0);
    tmp6[l72] = v76;
  }
  if (i0 + 2u < 50u) {
    let i77 = i0 + 2u;
    let j78 = j0 + 1u;
    let l79 = i77 * 20u + j78;
    let v80 = acc10.y;
    let v81 = tmp2[l79];
    let v82 = select(0.0, 1.0, v81 > 0.0);
    let v83 = select(0.0, v80, v82 != 0.0);
    tmp6[l79] = v83;
  }
  if (i0 + 2u < 50u) {
    let i84 = i0 + 2u;
    let j85 = j0 + 2u;
    let l86 = i84 * 20u + j85;
    let v87 = acc10.z;
    let v88 = tmp2[l86];
    let v89 = select(0.0, 1.0, v88 > 0.0);
    let v90 = select(0.0, v87, v89 != 0.0);
    tmp6[l86] = v90;
  }
  if (i0 + 2u < 50u) {
    let i91 = i0 + 2u;
    let j92 = j0 + 3u;
    let l93 = i91 * 20u + j92;
    let v94 = acc10.w;
    let v95 = tmp2[l93];
    let v96 = select(0.0, 1.0, v95 > 0.0);
    let v97 = select(0.0, v94, v96 != 0.0);
    tmp6[l93] = v97;
  }
  if (i0 + 3u < 50u) {
    let i98 = i0 + 3u;
    let l99 = i98 * 20u + j0;
    let v100 = acc11.x;
    let v101 = tmp2[l99];
    let v102 = select(0.0, 1.0, v101 > 0.0);
    let v103 = select(0.0, v100, v102 != 0.0);
    tmp6[l99] = v103;
  }
  if (i0 + 3u < 50u) {
    let i104 = i0 + 3u;
    let j105 = j0 + 1u;
    let l106 = i104 * 20u + j105;
    let v107 = acc11.y;
    let v108 = tmp2[l106];
    let v109 = select(0.0, 1.0, v108 > 0.0);
    let v110 = select(0.0, v107, v109 != 0.0);
    tmp6[l106] = v110;
  }
  if (i0 + 3u < 50u) {
    let i111 = i0 + 3u;
    let j112 = j0 + 2u;
    let l113 = i111 * 20u + j112;
    let v114 = acc11.z;
    let v115 = tmp2[l113];
    let v116 = select(0.0, 1.0, v115 > 0.0);
    let v117 = select(0.0, v114, v116 != 0.0);
    tmp6[l113] = v117;
  }
  if (i0 + 3u < 50u) {
    let i118 = i0 + 3u;
    let j119 = j0 + 3u;
    let l120 = i118 * 20u + j119;
    let v121 = acc11.w;
    let v122 = tmp2[l120];
    let v123 = select(0.0, 1.0, v122 > 0.0);
    let v124 = select(0.0, v121, v123 != 0.0);
    tmp6[l120] = v124;
  }
}

// ---- 022_matmul_hidden4_grad.wgsl
@group(0) @binding(0) var<storage, read> tmp6: array<f32>;
@group(0) @binding(1) var<storage, read> s_hidden4_kernel: array<f32>;
@group(0) @binding(2) var<storage, read_write> tmp7: array<f32>;
@group(0) @binding(3) var<storage, read> tmp0: array<f32>;

@compute @workgroup_size(64)
fn main(@builtin(global_invocation_id) gid: vec3<u32>) {
  let t = gid.x;
  if (t >= 169u) { return; }
  let i0 = (t / 13u) * 4u;
  let j0 = (t % 13u) * 4u;
  let row0 = min(i0 + 0u, 49u);
  let row1 = min(i0 + 1u, 49u);
  let row2 = min(i0 + 2u, 49u);
  let row3 = min(i0 + 3u, 49u);
  let col4 = min(j0 + 0u, 49u);
  let col5 = min(j0 + 1u, 49u);
  let col6 = min(j0 + 2u, 49u);
  let col7 = min(j0 + 3u, 49u);
  var acc8: vec4<f32> = vec4<f32>(0.0);
  var acc9: vec4<f32> = vec4<f32>(0.0);
  var acc10: vec4<f32> = vec4<f32>(0.0);
  var acc11: vec4<f32> = vec4<f32>(0.0);
  let ra12 = row0 * 20u;
  let ra13 = row1 * 20u;
  let ra14 = row2 * 20u;
  let ra15 = row3 * 20u;
  let cb16 = col4 * 20u;
  let cb17 = col5 * 20u;
  let cb18 = col6 * 20u;
  let cb19 = col7 * 20u;
  for (var k: u32 = 0u; k < 20u; k = k + 1u) {
    let bv20 = vec4<f32>(s_hidden4_kernel[cb16 + k], s_hidden4_kernel[cb17 + k], s_hidden4_kernel[cb18 + k], s_hidden4_kernel[cb19 + k]);
    acc8 = acc8 + tmp6[ra12 + k] * bv20;
    acc9 = acc9 + tmp6[ra13 + k] * bv20;
    acc10 = acc10 + tmp6[ra14 + k] * bv20;
    acc11 = acc11 + tmp6[ra15 + k] * bv20;
  }
  {
    let l21 = i0 * 50u + j0;
    let v22 = acc8.x;
    let v23 = tmp0[l21];
    let v24 = select(0.0, 1.0, v23 > 0.0);
    let v25 = select(0.0, v22, v24 != 0.0);
    tmp7[l21] = v25;
  }
  if (j0 + 1u < 50u) {
    let j26 = j0 + 1u;
    let l27 = i0 * 50u + j26;
    let v28 = acc8.y;
    let v29 = tmp0[l27];
    let v30 = select(0.0, 1.0, v29 > 0.0);
    let v31 = select(0.0, v28, v30 != 0.0);
    tmp7[l27] = v31;
  }
  if (j0 + 2u < 50u) {
    let j32 = j0 + 2u;
    let l33 = i0 * 50u + j32;
    let v34 = acc8.z;
    let v35 = tmp0[l33];
    let v36 = select(0.0, 1.0, v35 > 0.0);
    let v37 = select(0.0, v34, v36 != 0.0);
    tmp7[l33] = v37;
  }
  if (j0 + 3u < 50u) {
    let j38 = j0 + 3u;
    let l39 = i0 * 50u + j38;
    let v40 = acc8.w;
    let v41 = tmp0[l39];
    let v42 = select(0.0, 1.0, v41 > 0.0);
    let v43 = select(0.0, v40, v42 != 0.0);
    tmp7[l39] = v43;
  }
  if (i0 + 1u < 50u) {
    let i44 = i0 + 1u;
    let l45 = i44 * 50u + j0;
    let v46 = acc9.x;
    let v47 = tmp0[l45];
    let v48 = select(0.0, 1.0, v47 > 0.0);
    let v49 = select(0.0, v46, v48 != 0.0);
    tmp7[l45] = v49;
  }
  if (i0 + 1u < 50u && j0 + 1u < 50u) {
    let i50 = i0 + 1u;
    let j51 = j0 + 1u;
    let l52 = i50 * 50u + j51;
    let v53 = acc9.y;
    let v54 = tmp0[l52];
    let v55 = select(0.0, 1.0, v54 > 0.0);
    let v56 = select(0.0, v53, v55 != 0.0);
    tmp7[l52] = v56;
  }
  if (i0 + 1u < 50u && j0 + 2u < 50u) {
    let i57 = i0 + 1u;
    let j58 = j0 + 2u;
    let l59 = i57 * 50u + j58;
    let v60 = acc9.z;
    let v61 = tmp0[l59];
    let v62 = select(0.0, 1.0, v61 > 0.0);
    let v63 = select(0.0, v60, v62 != 0.0);
    tmp7[l59] = v63;
  }
  if (i0 + 1u < 50u && j0 + 3u < 50u) {
    let i64 = i0 + 1u;
    let j65 = j0 + 3u;
    let l66 = i64 * 50u + j65;
    let v67 = acc9.w;
    let v68 = tmp0[l66];
    let v69 = select(0.0, 1.0, v68 > 0.0);
    let v70 = select(0.0, v67, v69 != 0.0);
    tmp7[l66] = v70;
  }
  if (i0 + 2u < 50u) {
    let i71 = i0 + 2u;
    let l72 = i71 * 50u + j0;
    let v73 = acc10.x;
    let v74 = tmp0[l72];
    let v75 = select(0.0, 1.0, v74 > 0.0);
    let v76 = select(0.0, v73, v75 != 0.0);
    tmp7[l72] = v76;
  }
  if (i0 + 2u < 50u && j0 + 1u < 50u) {
    let i77 = i0 + 2u;
    let j78 = j0 + 1u;
    let l79 = i77 * 50u + j78;
    let v80 = acc10.y;
    let v81 = tmp0[l79];
    let v82 = select(0.0, 1.0, v81 > 0.0);
    let v83 = select(0.0, v80, v82 != 0.0);
    tmp7[l79] = v83;
  }
  if (i0 + 2u < 50u && j0 + 2u < 50u) {
    let i84 = i0 + 2u;
    let j85 = j0 + 2u;
    let l86 = i84 * 50u + j85;
    let v87 = acc10.z;
    let v88 = tmp0[l86];
    let v89 = select(0.0, 1.0, v88 > 0.0);
    let v90 = select(0.0, v87, v89 != 0.0);
    tmp7[l86] = v90;
  }
  if (i0 + 2u < 50u && j0 + 3u < 50u) {
    let i91 = i0 + 2u;
    let j92 = j0 + 3u;
    let l93 = i91 * 50u + j92;
    let v94 = acc10.w;
    let v95 = tmp0[l93];
    let v96 = select(0.0, 1.0, v95 > 0.0);
    let v97 = select(0.0, v94, v96 != 0.0);
    tmp7[l93] = v97;
  }
  if (i0 + 3u < 50u) {
    let i98 = i0 + 3u;
    let l99 = i98 * 50u + j0;
    let v100 = acc11.x;
    let v101 = tmp0[l99];
    let v102 = select(0.0, 1.0, v101 > 0.0);
    let v103 = select(0.0, v100, v102 != 0.0);
    tmp7[l99] = v103;
  }
  if (i0 + 3u < 50u && j0 + 1u < 50u) {
    let i104 = i0 + 3u;
    let j105 = j0 + 1u;
    let l106 = i104 * 50u + j105;
    let v107 = acc11.y;
    let v108 = tmp0[l106];
    let v109 = select(0.0, 1.0, v108 > 0.0);
    let v110 = select(0.0, v107, v109 != 0.0);
    tmp7[l106] = v110;
  }
  if (i0 + 3u < 50u && j0 + 2u < 50u) {
    let i111 = i0 + 3u;
    let j112 = j0 + 2u;
    let l113 = i111 * 50u + j112;
    let v114 = acc11.z;
    let v115 = tmp0[l113];
    let v116 = select(0.0, 1.0, v115 > 0.0);
    let v117 = select(0.0, v114, v116 != 0.0);
    tmp7[l113] = v117;
  }
  if (i0 + 3u < 50u && j0 + 3u < 50u) {
    let i118 = i0 + 3u;
    let j119 = j0 + 3u;
    let l120 = i118 * 50u + j119;
    let v121 = acc11.w;
    let v122 = tmp0[l120];
    let v123 = select(0.0, 1.0, v122 > 0.0);
    let v124 = select(0.0, v121, v123 != 0.0);
    tmp7[l120] = v124;
  }
}

// ---- 023_matmul_hidden3_kernel_sgd.wgsl
@group(0) @binding(0) var<storage, read> in_cache_0: array<f32>;
@group(0) @binding(1) var<storage, read> tmp7: array<f32>;
@group(0) @binding(2) var<storage, read_write> s_hidden3_kernel: array<f32>;

@compute @workgroup_size(64)
fn main(@builtin(global_invocation_id) gid: vec3<u32>) {
  let t = gid.x;
  if (t >= 325u) { return; }
  let i0 = (t / 13u) * 4u;
  let j0 = (t % 13u) * 4u;
  let row0 = min(i0 + 0u, 99u);
  let row1 = min(i0 + 1u, 99u);
  let row2 = min(i0 + 2u, 99u);
  let row3 = min(i0 + 3u, 99u);
  let col4 = min(j0 + 0u, 49u);
  let col5 = min(j0 + 1u, 49u);
  let col6 = min(j0 + 2u, 49u);
  let col7 = min(j0 + 3u, 49u);
  var acc8: vec4<f32> = vec4<f32>(0.0);
  var acc9: vec4<f32> = vec4<f32>(0.0);
  var acc10: vec4<f32> = vec4<f32>(0.0);
  var acc11: vec4<f32> = vec4<f32>(0.0);
  for (var k: u32 = 0u; k < 50u; k = k + 1u) {
    let rb12 = k * 50u;
    let bv13 = vec4<f32>(tmp7[rb12 + col4], tmp7[rb12 + col5], tmp7[rb12 + col6], tmp7[rb12 + col7]);
    let rk14 = k * 100u;
    acc8 = acc8 + in_cache_0[rk14 + row0] * bv13;
    acc9 = acc9 + in_cache_0[rk14 + row1] * bv13;
    acc10 = acc10 + in_cache_0[rk14 + row2] * bv13;
    acc11 = acc11 + in_cache_0[rk14 + row3] * bv13;
  }
  {
    let l15 = i0 * 50u + j0;
    let v16 = s_hidden3_kernel[l15];
    let v17 = acc8.x;
    let v18 = (v17 * 0.01);
    let v19 = (v16 - v18);
    s_hidden3_kernel[l15] = v19;
  }
  if (j0 + 1u < 50u) {
    let j20 = j0 + 1u;
    let l21 = i0 * 50u + j20;
    let v22 = s_hidden3_kernel[l21];
    let v23 = acc8.y;
    let v24 = (v23 * 0.01);
    let v25 = (v22 - v24);
    s_hidden3_kernel[l21] = v25;
  }
  if (j0 + 2u < 50u) {
    let j26 = j0 + 2u;
    let l27 = i0 * 50u + j26;
    let v28 = s_hidden3_kernel[l27];
    let v29 = acc8.z;
    let v30 = (v29 * 0.01);
    let v31 = (v28 - v30);
    s_hidden3_kernel[l27] = v31;
  }
  if (j0 + 3u < 50u) {
    let j32 = j0 + 3u;
    let l33 = i0 * 50u + j32;
    let v34 = s_hidden3_kernel[l33];
    let v35 = acc8.w;
    let v36 = (v35 * 0.01);
    let v37 = (v34 - v36);
    s_hidden3_kernel[l33] = v37;
  }
  {
    let i38 = i0 + 1u;
    let l39 = i38 * 50u + j0;
    let v40 = s_hidden3_kernel[l39];
    let v41 = acc9.x;
    let v42 = (v41 * 0.01);
    let v43 = (v40 - v42);
    s_hidden3_kernel[l39] = v43;
  }
  if (j0 + 1u < 50u) {
    let i44 = i0 + 1u;
    let j45 = j0 + 1u;
    let l46 = i44 * 50u + j45;
    let v47 = s_hidden3_kernel[l46];
    let v48 = acc9.y;
    let v49 = (v48 * 0.01);
    let v50 = (v47 - v49);
    s_hidden3_kernel[l46] = v50;
  }
  if (j0 + 2u < 50u) {
    let i51 = i0 + 1u;
    let j52 = j0 + 2u;
    let l53 = i51 * 50u + j52;
    let v54 = s_hidden3_kernel[l53];
    let v55 = acc9.z;
    let v56 = (v55 * 0.01);
    let v57 = (v54 - v56);
    s_hidden3_kernel[l53] = v57;
  }
  if (j0 + 3u < 50u) {
    let i58 = i0 + 1u;
    let j59 = j0 + 3u;
    let l60 = i58 * 50u + j59;
    let v61 = s_hidden3_kernel[l60];
    let v62 = acc9.w;
    let v63 = (v62 * 0.01);
    let v64 = (v61 - v63);
    s_hidden3_kernel[l60] = v64;
  }
  {
    let i65 = i0 + 2u;
    let l66 = i65 * 50u + j0;
    let v67 = s_hidden3_kernel[l66];
    let v68 = acc10.x;
    let v69 = (v68 * 0.01);
    let v70 = (v67 - v69);
    s_hidden3_kernel[l66] = v70;
  }
  if (j0 + 1u < 50u) {
    let i71 = i0 + 2u;
    let j72 = j0 + 1u;
    let l73 = i71 * 50u + j72;
    let v74 = s_hidden3_kernel[l73];
    let v75 = acc10.y;
    let v76 = (v75 * 0.01);
    let v77 = (v74 - v76);
    s_hidden3_kernel[l73] = v77;
  }
  if (j0 + 2u < 50u) {
    let i78 = i0 + 2u;
    let j79 = j0 + 2u;
    let l80 = i78 * 50u + j79;
    let v81 = s_hidden3_kernel[l80];
    let v82 = acc10.z;
    let v83 = (v82 * 0.01);
    let v84 = (v81 - v83);
    s_hidden3_kernel[l80] = v84;
  }
  if (j0 + 3u < 50u) {
    let i85 = i0 + 2u;
    let j86 = j0 + 3u;
    let l87 = i85 * 50u + j86;
    let v88 = s_hidden3_kernel[l87];
    let v89 = acc10.w;
    let v90 = (v89 * 0.01);
    let v91 = (v88 - v90);
    s_hidden3_kernel[l87] = v91;
  }
  {
    let i92 = i0 + 3u;
    let l93 = i92 * 50u + j0;
    let v94 = s_hidden3_kernel[l93];
    let v95 = acc11.x;
    let v96 = (v95 * 0.01);
    let v97 = (v94 - v96);
    s_hidden3_kernel[l93] = v97;
  }
  if (j0 + 1u < 50u) {
    let i98 = i0 + 3u;
    let j99 = j0 + 1u;
    let l100 = i98 * 50u + j99;
    let v101 = s_hidden3_kernel[l100];
    let v102 = acc11.y;
    let v103 = (v102 * 0.01);
    let v104 = (v101 - v103);
    s_hidden3_kernel[l100] = v104;
  }
  if (j0 + 2u < 50u) {
    let i105 = i0 + 3u;
    let j106 = j0 + 2u;
    let l107 = i105 * 50u + j106;
    let v108 = s_hidden3_kernel[l107];
    let v109 = acc11.z;
    let v110 = (v109 * 0.01);
    let v111 = (v108 - v110);
    s_hidden3_kernel[l107] = v111;
  }
  if (j0 + 3u < 50u) {
    let i112 = i0 + 3u;
    let j113 = j0 + 3u;
    let l114 = i112 * 50u + j113;
    let v115 = s_hidden3_kernel[l114];
    let v116 = acc11.w;
    let v117 = (v116 * 0.01);
    let v118 = (v115 - v117);
    s_hidden3_kernel[l114] = v118;
  }
}

// ---- 024_reduce_sum_hidden3_bias_sgd.wgsl
var<workgroup> wg_f32_0: array<f32, 64>;
@group(0) @binding(0) var<storage, read_write> s_hidden3_bias: array<f32>;
@group(0) @binding(1) var<storage, read> tmp7: array<f32>;

@compute @workgroup_size(64)
fn main(@builtin(workgroup_id) wid: vec3<u32>, @builtin(local_invocation_index) lane: u32) {
  let i = wid.x;
  let v0 = s_hidden3_bias[i];
  var acc1: f32 = 0.0;
  for (var r2: u32 = lane; r2 < 50u; r2 = r2 + 64u) {
    let l3 = r2 * 50u + i;
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
    s_hidden3_bias[i] = v8;
  }
}

// ---- 025_matmul_hidden4_kernel_sgd.wgsl
@group(0) @binding(0) var<storage, read> tmp1: array<f32>;
@group(0) @binding(1) var<storage, read> tmp6: array<f32>;
@group(0) @binding(2) var<storage, read_write> s_hidden4_kernel: array<f32>;

@compute @workgroup_size(64)
fn main(@builtin(global_invocation_id) gid: vec3<u32>) {
  let t = gid.x;
  if (t >= 65u) { return; }
  let i0 = (t / 5u) * 4u;
  let j0 = (t % 5u) * 4u;
  let row0 = min(i0 + 0u, 49u);
  let row1 = min(i0 + 1u, 49u);
  let row2 = min(i0 + 2u, 49u);
  let row3 = min(i0 + 3u, 49u);
  let col4 = min(j0 + 0u, 19u);
  let col5 = min(j0 + 1u, 19u);
  let col6 = min(j0 + 2u, 19u);
  let col7 = min(j0 + 3u, 19u);
  var acc8: vec4<f32> = vec4<f32>(0.0);
  var acc9: vec4<f32> = vec4<f32>(0.0);
  var acc10: vec4<f32> = vec4<f32>(0.0);
  var acc11: vec4<f32> = vec4<f32>(0.0);
  for (var k: u32 = 0u; k < 50u; k = k + 1u) {
    let rb12 = k * 20u;
    let bv13 = vec4<f32>(tmp6[rb12 + col4], tmp6[rb12 + col5], tmp6[rb12 + col6], tmp6[rb12 + col7]);
    let rk14 = k * 50u;
    acc8 = acc8 + tmp1[rk14 + row0] * bv13;
    acc9 = acc9 + tmp1[rk14 + row1] * bv13;
    acc10 = acc10 + tmp1[rk14 + row2] * bv13;
    acc11 = acc11 + tmp1[rk14 + row3] * bv13;
  }
  {
    let l15 = i0 * 20u + j0;
    let v16 = s_hidden4_kernel[l15];
    let v17 = acc8.x;
    let v18 = (v17 * 0.01);
    let v19 = (v16 - v18);
    s_hidden4_kernel[l15] = v19;
  }
  {
    let j20 = j0 + 1u;
    let l21 = i0 * 20u + j20;
    let v22 = s_hidden4_kernel[l21];
    let v23 = acc8.y;
    let v24 = (v23 * 0.01);
    let v25 = (v22 - v24);
    s_hidden4_kernel[l21] = v25;
  }
  {
    let j26 = j0 + 2u;
    let l27 = i0 * 20u + j26;
    let v28 = s_hidden4_kernel[l27];
    let v29 = acc8.z;
    let v30 = (v29 * 0.01);
    let v31 = (v28 - v30);
    s_hidden4_kernel[l27] = v31;
  }
  {
    let j32 = j0 + 3u;
    let l33 = i0 * 20u + j32;
    let v34 = s_hidden4_kernel[l33];
    let v35 = acc8.w;
    let v36 = (v35 * 0.01);
    let v37 = (v34 - v36);
    s_hidden4_kernel[l33] = v37;
  }
  if (i0 + 1u < 50u) {
    let i38 = i0 + 1u;
    let l39 = i38 * 20u + j0;
    let v40 = s_hidden4_kernel[l39];
    let v41 = acc9.x;
    let v42 = (v41 * 0.01);
    let v43 = (v40 - v42);
    s_hidden4_kernel[l39] = v43;
  }
  if (i0 + 1u < 50u) {
    let i44 = i0 + 1u;
    let j45 = j0 + 1u;
    let l46 = i44 * 20u + j45;
    let v47 = s_hidden4_kernel[l46];
    let v48 = acc9.y;
    let v49 = (v48 * 0.01);
    let v50 = (v47 - v49);
    s_hidden4_kernel[l46] = v50;
  }
  if (i0 + 1u < 50u) {
    let i51 = i0 + 1u;
    let j52 = j0 + 2u;
    let l53 = i51 * 20u + j52;
    let v54 = s_hidden4_kernel[l53];
    let v55 = acc9.z;
    let v56 = (v55 * 0.01);
    let v57 = (v54 - v56);
    s_hidden4_kernel[l53] = v57;
  }
  if (i0 + 1u < 50u) {
    let i58 = i0 + 1u;
    let j59 = j0 + 3u;
    let l60 = i58 * 20u + j59;
    let v61 = s_hidden4_kernel[l60];
    let v62 = acc9.w;
    let v63 = (v62 * 0.01);
    let v64 = (v61 - v63);
    s_hidden4_kernel[l60] = v64;
  }
  if (i0 + 2u < 50u) {
    let i65 = i0 + 2u;
    let l66 = i65 * 20u + j0;
    let v67 = s_hidden4_kernel[l66];
    let v68 = acc10.x;
    let v69 = (v68 * 0.01);
    let v70 = (v67 - v69);
    s_hidden4_kernel[l66] = v70;
  }
  if (i0 + 2u < 50u) {
    let i71 = i0 + 2u;
    let j72 = j0 + 1u;
    let l73 = i71 * 20u + j72;
    let v74 = s_hidden4_kernel[l73];
    let v75 = acc10.y;
    let v76 = (v75 * 0.01);
    let v77 = (v74 - v76);
    s_hidden4_kernel[l73] = v77;
  }
  if (i0 + 2u < 50u) {
    let i78 = i0 + 2u;
    let j79 = j0 + 2u;
    let l80 = i78 * 20u + j79;
    let v81 = s_hidden4_kernel[l80];
    let v82 = acc10.z;
    let v83 = (v82 * 0.01);
    let v84 = (v81 - v83);
    s_hidden4_kernel[l80] = v84;
  }
  if (i0 + 2u < 50u) {
    let i85 = i0 + 2u;
    let j86 = j0 + 3u;
    let l87 = i85 * 20u + j86;
    let v88 = s_hidden4_kernel[l87];
    let v89 = acc10.w;
    let v90 = (v89 * 0.01);
    let v91 = (v88 - v90);
    s_hidden4_kernel[l87] = v91;
  }
  if (i0 + 3u < 50u) {
    let i92 = i0 + 3u;
    let l93 = i92 * 20u + j0;
    let v94 = s_hidden4_kernel[l93];
    let v95 = acc11.x;
    let v96 = (v95 * 0.01);
    let v97 = (v94 - v96);
    s_hidden4_kernel[l93] = v97;
  }
  if (i0 + 3u < 50u) {
    let i98 = i0 + 3u;
    let j99 = j0 + 1u;
    let l100 = i98 * 20u + j99;
    let v101 = s_hidden4_kernel[l100];
    let v102 = acc11.y;
    let v103 = (v102 * 0.01);
    let v104 = (v101 - v103);
    s_hidden4_kernel[l100] = v104;
  }
  if (i0 + 3u < 50u) {
    let i105 = i0 + 3u;
    let j106 = j0 + 2u;
    let l107 = i105 * 20u + j106;
    let v108 = s_hidden4_kernel[l107];
    let v109 = acc11.z;
    let v110 = (v109 * 0.01);
    let v111 = (v108 - v110);
    s_hidden4_kernel[l107] = v111;
  }
  if (i0 + 3u < 50u) {
    let i112 = i0 + 3u;
    let j113 = j0 + 3u;
    let l114 = i112 * 20u + j113;
    let v115 = s_hidden4_kernel[l114];
    let v116 = acc11.w;
    let v117 = (v116 * 0.01);
    let v118 = (v115 - v117);
    s_hidden4_kernel[l114] = v118;
  }
}

// ---- 026_reduce_sum_hidden4_bias_sgd.wgsl
var<workgroup> wg_f32_0: array<f32, 64>;
@group(0) @binding(0) var<storage, read_write> s_hidden4_bias: array<f32>;
@group(0) @binding(1) var<storage, read> tmp6: array<f32>;

@compute @workgroup_size(64)
fn main(@builtin(workgroup_id) wid: vec3<u32>, @builtin(local_invocation_index) lane: u32) {
  let i = wid.x;
  let v0 = s_hidden4_bias[i];
  var acc1: f32 = 0.0;
  for (var r2: u32 = lane; r2 < 50u; r2 = r2 + 64u) {
    let l3 = r2 * 20u + i;
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
    s_hidden4_bias[i] = v8;
  }
}

// ---- 027_matmul_outputs_kernel_sgd.wgsl
@group(0) @binding(0) var<storage, read> tmp3: array<f32>;
@group(0) @binding(1) var<storage, read> tmp5: array<f32>;
@group(0) @binding(2) var<storage, read_write> s_outputs_kernel: array<f32>;

@compute @workgroup_size(64)
fn main(@builtin(global_invocation_id) gid: vec3<u32>) {
  let t = gid.x;
  if (t >= 15u) { return; }
  let i0 = (t / 3u) * 4u;
  let j0 = (t % 3u) * 4u;
  let row0 = min(i0 + 0u, 19u);
  let row1 = min(i0 + 1u, 19u);
  let row2 = min(i0 + 2u, 19u);
  let row3 = min(i0 + 3u, 19u);
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
    let rk14 = k * 20u;
    acc8 = acc8 + tmp3[rk14 + row0] * bv13;
    acc9 = acc9 + tmp3[rk14 + row1] * bv13;
    acc10 = acc10 + tmp3[rk14 + row2] * bv13;
    acc11 = acc11 + tmp3[rk14 + row3] * bv13;
  }
  {
    let l15 = i0 * 10u + j0;
    let v16 = s_outputs_kernel[l15];
    let v17 = acc8.x;
    let v18 = (v17 * 0.01);
    let v19 = (v16 - v18);
    s_outputs_kernel[l15] = v19;
  }
  if (j0 + 1u < 10u) {
    let j20 = j0 + 1u;
    let l21 = i0 * 10u + j20;
    let v22 = s_outputs_kernel[l21];
    let v23 = acc8.y;
    let v24 = (v23 * 0.01);
    let v25 = (v22 - v24);
    s_outputs_kernel[l21] = v25;
  }
  if (j0 + 2u < 10u) {
    let j26 = j0 + 2u;
    let l27 = i0 * 10u + j26;
    let v28 = s_outputs_kernel[l27];
    let v29 = acc8.z;
    let v30 = (v29 * 0.01);
    let v31 = (v28 - v30);
    s_outputs_kernel[l27] = v31;
  }
  if (j0 + 3u < 10u) {
    let j32 = j0 + 3u;
    let l33 = i0 * 10u + j32;
    let v34 = s_outputs_kernel[l33];
    let v35 = acc8.w;
    let v36 = (v35 * 0.01);
    let v37 = (v34 - v36);
    s_outputs_kernel[l33] = v37;
  }
  {
    let i38 = i0 + 1u;
    let l39 = i38 * 10u + j0;
    let v40 = s_outputs_kernel[l39];
    let v41 = acc9.x;
    let v42 = (v41 * 0.01);
    let v43 = (v40 - v42);
    s_outputs_kernel[l39] = v43;
  }
  if (j0 + 1u < 10u) {
    let i44 = i0 + 1u;
    let j45 = j0 + 1u;
    let l46 = i44 * 10u + j45;
    let v47 = s_outputs_kernel[l46];
    let v48 = acc9.y;
    let v49 = (v48 * 0.01);
    let v50 = (v47 - v49);
    s_outputs_kernel[l46] = v50;
  }
  if (j0 + 2u < 10u) {
    let i51 = i0 + 1u;
    let j52 = j0 + 2u;
    let l53 = i51 * 10u + j52;
    let v54 = s_outputs_kernel[l53];
    let v55 = acc9.z;
    let v56 = (v55 * 0.01);
    let v57 = (v54 - v56);
    s_outputs_kernel[l53] = v57;
  }
  if (j0 + 3u < 10u) {
    let i58 = i0 + 1u;
    let j59 = j0 + 3u;
    let l60 = i58 * 10u + j59;
    let v61 = s_outputs_kernel[l60];
    let v62 = acc9.w;
    let v63 = (v62 * 0.01);
    let v64 = (v61 - v63);
    s_outputs_kernel[l60] = v64;
  }
  {
    let i65 = i0 + 2u;
    let l66 = i65 * 10u + j0;
    let v67 = s_outputs_kernel[l66];
    let v68 = acc10.x;
    let v69 = (v68 * 0.01);
    let v70 = (v67 - v69);
    s_outputs_kernel[l66] = v70;
  }
  if (j0 + 1u < 10u) {
    let i71 = i0 + 2u;
    let j72 = j0 + 1u;
    let l73 = i71 * 10u + j72;
    let v74 = s_outputs_kernel[l73];
    let v75 = acc10.y;
    let v76 = (v75 * 0.01);
    let v77 = (v74 - v76);
    s_outputs_kernel[l73] = v77;
  }
  if (j0 + 2u < 10u) {
    let i78 = i0 + 2u;
    let j79 = j0 + 2u;
    let l80 = i78 * 10u + j79;
    let v81 = s_outputs_kernel[l80];
    let v82 = acc10.z;
    let v83 = (v82 * 0.01);
    let v84 = (v81 - v83);
    s_outputs_kernel[l80] = v84;
  }
  if (j0 + 3u < 10u) {
    let i85 = i0 + 2u;
    let j86 = j0 + 3u;
    let l87 = i85 * 10u + j86;
    let v88 = s_outputs_kernel[l87];
    let v89 = acc10.w;
    let v90 = (v89 * 0.01);
    let v91 = (v88 - v90);
    s_outputs_kernel[l87] = v91;
  }
  {
    let i92 = i0 + 3u;
    let l93 = i92 * 10u + j0;
    let v94 = s_outputs_kernel[l93];
    let v95 = acc11.x;
    let v96 = (v95 * 0.01);
    let v97 = (v94 - v96);
    s_outputs_kernel[l93] = v97;
  }
  if (j0 + 1u < 10u) {
    let i98 = i0 + 3u;
    let j99 = j0 + 1u;
    let l100 = i98 * 10u + j99;
    let v101 = s_outputs_kernel[l100];
    let v102 = acc11.y;
    let v103 = (v102 * 0.01);
    let v104 = (v101 - v103);
    s_outputs_kernel[l100] = v104;
  }
  if (j0 + 2u < 10u) {
    let i105 = i0 + 3u;
    let j106 = j0 + 2u;
    let l107 = i105 * 10u + j106;
    let v108 = s_outputs_kernel[l107];
    let v109 = acc11.z;
    let v110 = (v109 * 0.01);
    let v111 = (v108 - v110);
    s_outputs_kernel[l107] = v111;
  }
  if (j0 + 3u < 10u) {
    let i112 = i0 + 3u;
    let j113 = j0 + 3u;
    let l114 = i112 * 10u + j113;
    let v115 = s_outputs_kernel[l114];
    let v116 = acc11.w;
    let v117 = (v116 * 0.01);
    let v118 = (v115 - v117);
    s_outputs_kernel[l114] = v118;
  }
}

// ---- 028_reduce_sum_outputs_bias_sgd.wgsl
var<workgroup> wg_f32_0: array<f32, 64>;
@group(0) @binding(0) var<storage, read_write> s_outputs_bias: array<f32>;
@group(0) @binding(1) var<storage, read> tmp5: array<f32>;

@compute @workgroup_size(64)
fn main(@builtin(workgroup_id) wid: vec3<u32>, @builtin(local_invocation_index) lane: u32) {
  let i = wid.x;
  let v0 = s_outputs_bias[i];
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
    s_outputs_bias[i] = v8;
  }
}

// ---- 029_add_metrics.wgsl
@group(0) @binding(0) var<storage, read_write> s_counter_batch: array<u32>;

@compute @workgroup_size(64)
fn main(@builtin(global_invocation_id) gid: vec3<u32>) {
  let i = gid.x;
  if (i >= 1u) { return; }
  let v0 = s_counter_batch[i];
  let v1 = (v0 + 1u);
  s_counter_batch[i] = v1;
}

// ---- 030_feed_eval_y.wgsl
@group(0) @binding(0) var<storage, read> data: array<u32>;
@group(0) @binding(1) var<storage, read> info: array<u32>;
@group(0) @binding(2) var<storage, read> eval_batch: array<u32>;
@group(0) @binding(3) var<storage, read_write> out: array<i32>;
@group(0) @binding(4) var<storage, read_write> weight: array<f32>;

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
  if (i == 0u) {
    weight[0] = f32(rem) / 50.0;
  }
  let e = min(ex, count - 1u) * features + f;
  out[o + 0u] = bitcast<i32>(data[e + 0u]);
}

// ---- 031_feed_eval_eval_cache_0.wgsl
@group(0) @binding(0) var<storage, read> data: array<u32>;
@group(0) @binding(1) var<storage, read> info: array<u32>;
@group(0) @binding(2) var<storage, read> eval_batch: array<u32>;
@group(0) @binding(3) var<storage, read_write> out: array<f32>;

@compute @workgroup_size(64)
fn main(@builtin(global_invocation_id) gid: vec3<u32>) {
  let i = gid.x;
  if (i >= 1250u) { return; }
  let count = info[0];
  let features = info[2];
  let row = i / 25u;
  let f = (i % 25u) * 4u;
  let o = row * 100u + f;
  let base = eval_batch[0] * 50u;
  let rem = min(count - min(base, count), 50u);
  let ex = base + row % max(rem, 1u);
  let e = min(ex, count - 1u) * features + f;
  if (info[1] == 1u) {
    let word0 = data[e / 4u];
    out[o + 0u] = f32((word0 >> 0u) & 0xffu) / 255.0;
    out[o + 1u] = f32((word0 >> 8u) & 0xffu) / 255.0;
    out[o + 2u] = f32((word0 >> 16u) & 0xffu) / 255.0;
    out[o + 3u] = f32((word0 >> 24u) & 0xffu) / 255.0;
  }
  else {
    out[o + 0u] = bitcast<f32>(data[e + 0u]);
    out[o + 1u] = bitcast<f32>(data[e + 1u]);
    out[o + 2u] = bitcast<f32>(data[e + 2u]);
    out[o + 3u] = bitcast<f32>(data[e + 3u]);
  }
}

// ---- 032_matmul_hidden4.wgsl
@group(0) @binding(0) var<storage, read> in_eval_cache_0: array<f32>;
@group(0) @binding(1) var<storage, read> s_hidden3_kernel: array<f32>;
@group(0) @binding(2) var<storage, read_write> tmp0: array<f32>;
@group(0) @binding(3) var<storage, read> s_hidden3_bias: array<f32>;

@compute @workgroup_size(64)
fn main(@builtin(global_invocation_id) gid: vec3<u32>) {
  let t = gid.x;
  if (t >= 169u) { return; }
  let i0 = (t / 13u) * 4u;
  let j0 = (t % 13u) * 4u;
  let row0 = min(i0 + 0u, 49u);
  let row1 = min(i0 + 1u, 49u);
  let row2 = min(i0 + 2u, 49u);
  let row3 = min(i0 + 3u, 49u);
  let col4 = min(j0 + 0u, 49u);
  let col5 = min(j0 + 1u, 49u);
  let col6 = min(j0 + 2u, 49u);
  let col7 = min(j0 + 3u, 49u);
  var acc8: vec4<f32> = vec4<f32>(0.0);
  var acc9: vec4<f32> = vec4<f32>(0.0);
  var acc10: vec4<f32> = vec4<f32>(0.0);
  var acc11: vec4<f32> = vec4<f32>(0.0);
  let ra12 = row0 * 100u;
  let ra13 = row1 * 100u;
  let ra14 = row2 * 100u;
  let ra15 = row3 * 100u;
  for (var k: u32 = 0u; k < 100u; k = k + 1u) {
    let rb16 = k * 50u;
    let bv17 = vec4<f32>(s_hidden3_kernel[rb16 + col4], s_hidden3_kernel[rb16 + col5], s_hidden3_kernel[rb16 + col6], s_hidden3_kernel[rb16 + col7]);
    acc8 = acc8 + in_eval_cache_0[ra12 + k] * bv17;
    acc9 = acc9 + in_eval_cache_0[ra13 + k] * bv17;
    acc10 = acc10 + in_eval_cache_0[ra14 + k] * bv17;
    acc11 = acc11 + in_eval_cache_0[ra15 + k] * bv17;
  }
  {
    let l18 = i0 * 50u + j0;
    let v19 = acc8.x;
    let v20 = s_hidden3_bias[j0];
    let v21 = (v19 + v20);
    let v22 = select(0.0, 1.0, v21 > 0.0);
    let v23 = select(0.0, v21, v22 != 0.0);
    tmp0[l18] = v23;
  }
  if (j0 + 1u < 50u) {
    let j24 = j0 + 1u;
    let l25 = i0 * 50u + j24;
    let v26 = acc8.y;
    let v27 = s_hidden3_bias[j24];
    let v28 = (v26 + v27);
    let v29 = select(0.0, 1.0, v28 > 0.0);
    let v30 = select(0.0, v28, v29 != 0.0);
    tmp0[l25] = v30;
  }
  if (j0 + 2u < 50u) {
    let j31 = j0 + 2u;
    let l32 = i0 * 50u + j31;
    let v33 = acc8.z;
    let v34 = s_hidden3_bias[j31];
    let v35 = (v33 + v34);
    let v36 = select(0.0, 1.0, v35 > 0.0);
    let v37 = select(0.0, v35, v36 != 0.0);
    tmp0[l32] = v37;
  }
  if (j0 + 3u < 50u) {
    let j38 = j0 + 3u;
    let l39 = i0 * 50u + j38;
    let v40 = acc8.w;
    let v41 = s_hidden3_bias[j38];
    let v42 = (v40 + v41);
    let v43 = select(0.0, 1.0, v42 > 0.0);
    let v44 = select(0.0, v42, v43 != 0.0);
    tmp0[l39] = v44;
  }
  if (i0 + 1u < 50u) {
    let i45 = i0 + 1u;
    let l46 = i45 * 50u + j0;
    let v47 = acc9.x;
    let v48 = s_hidden3_bias[j0];
    let v49 = (v47 + v48);
    let v50 = select(0.0, 1.0, v49 > 0.0);
    let v51 = select(0.0, v49, v50 != 0.0);
    tmp0[l46] = v51;
  }
  if (i0 + 1u < 50u && j0 + 1u < 50u) {
    let i52 = i0 + 1u;
    let j53 = j0 + 1u;
    let l54 = i52 * 50u + j53;
    let v55 = acc9.y;
    let v56 = s_hidden3_bias[j53];
    let v57 = (v55 + v56);
    let v58 = select(0.0, 1.0, v57 > 0.0);
    let v59 = select(0.0, v57, v58 != 0.0);
    tmp0[l54] = v59;
  }
  if (i0 + 1u < 50u && j0 + 2u < 50u) {
    let i60 = i0 + 1u;
    let j61 = j0 + 2u;
    let l62 = i60 * 50u + j61;
    let v63 = acc9.z;
    let v64 = s_hidden3_bias[j61];
    let v65 = (v63 + v64);
    let v66 = select(0.0, 1.0, v65 > 0.0);
    let v67 = select(0.0, v65, v66 != 0.0);
    tmp0[l62] = v67;
  }
  if (i0 + 1u < 50u && j0 + 3u < 50u) {
    let i68 = i0 + 1u;
    let j69 = j0 + 3u;
    let l70 = i68 * 50u + j69;
    let v71 = acc9.w;
    let v72 = s_hidden3_bias[j69];
    let v73 = (v71 + v72);
    let v74 = select(0.0, 1.0, v73 > 0.0);
    let v75 = select(0.0, v73, v74 != 0.0);
    tmp0[l70] = v75;
  }
  if (i0 + 2u < 50u) {
    let i76 = i0 + 2u;
    let l77 = i76 * 50u + j0;
    let v78 = acc10.x;
    let v79 = s_hidden3_bias[j0];
    let v80 = (v78 + v79);
    let v81 = select(0.0, 1.0, v80 > 0.0);
    let v82 = select(0.0, v80, v81 != 0.0);
    tmp0[l77] = v82;
  }
  if (i0 + 2u < 50u && j0 + 1u < 50u) {
    let i83 = i0 + 2u;
    let j84 = j0 + 1u;
    let l85 = i83 * 50u + j84;
    let v86 = acc10.y;
    let v87 = s_hidden3_bias[j84];
    let v88 = (v86 + v87);
    let v89 = select(0.0, 1.0, v88 > 0.0);
    let v90 = select(0.0, v88, v89 != 0.0);
    tmp0[l85] = v90;
  }
  if (i0 + 2u < 50u && j0 + 2u < 50u) {
    let i91 = i0 + 2u;
    let j92 = j0 + 2u;
    let l93 = i91 * 50u + j92;
    let v94 = acc10.z;
    let v95 = s_hidden3_bias[j92];
    let v96 = (v94 + v95);
    let v97 = select(0.0, 1.0, v96 > 0.0);
    let v98 = select(0.0, v96, v97 != 0.0);
    tmp0[l93] = v98;
  }
  if (i0 + 2u < 50u && j0 + 3u < 50u) {
    let i99 = i0 + 2u;
    let j100 = j0 + 3u;
    let l101 = i99 * 50u + j100;
    let v102 = acc10.w;
    let v103 = s_hidden3_bias[j100];
    let v104 = (v102 + v103);
    let v105 = select(0.0, 1.0, v104 > 0.0);
    let v106 = select(0.0, v104, v105 != 0.0);
    tmp0[l101] = v106;
  }
  if (i0 + 3u < 50u) {
    let i107 = i0 + 3u;
    let l108 = i107 * 50u + j0;
    let v109 = acc11.x;
    let v110 = s_hidden3_bias[j0];
    let v111 = (v109 + v110);
    let v112 = select(0.0, 1.0, v111 > 0.0);
    let v113 = select(0.0, v111, v112 != 0.0);
    tmp0[l108] = v113;
  }
  if (i0 + 3u < 50u && j0 + 1u < 50u) {
    let i114 = i0 + 3u;
    let j115 = j0 + 1u;
    let l116 = i114 * 50u + j115;
    let v117 = acc11.y;
    let v118 = s_hidden3_bias[j115];
    let v119 = (v117 + v118);
    let v120 = select(0.0, 1.0, v119 > 0.0);
    let v121 = select(0.0, v119, v120 != 0.0);
    tmp0[l116] = v121;
  }
  if (i0 + 3u < 50u && j0 + 2u < 50u) {
    let i122 = i0 + 3u;
    let j123 = j0 + 2u;
    let l124 = i122 * 50u + j123;
    let v125 = acc11.z;
    let v126 = s_hidden3_bias[j123];
    let v127 = (v125 + v126);
    let v128 = select(0.0, 1.0, v127 > 0.0);
    let v129 = select(0.0, v127, v128 != 0.0);
    tmp0[l124] = v129;
  }
  if (i0 + 3u < 50u && j0 + 3u < 50u) {
    let i130 = i0 + 3u;
    let j131 = j0 + 3u;
    let l132 = i130 * 50u + j131;
    let v133 = acc11.w;
    let v134 = s_hidden3_bias[j131];
    let v135 = (v133 + v134);
    let v136 = select(0.0, 1.0, v135 > 0.0);
    let v137 = select(0.0, v135, v136 != 0.0);
    tmp0[l132] = v137;
  }
}

// ---- 033_matmul_hidden4.wgsl
@group(0) @binding(0) var<storage, read> tmp0: array<f32>;
@group(0) @binding(1) var<storage, read> s_hidden4_kernel: array<f32>;
@group(0) @binding(2) var<storage, read_write> tmp2: array<f32>;
@group(0) @binding(3) var<storage, read> s_hidden4_bias: array<f32>;

@compute @workgroup_size(64)
fn main(@builtin(global_invocation_id) gid: vec3<u32>) {
  let t = gid.x;
  if (t >= 65u) { return; }
  let i0 = (t / 5u) * 4u;
  let j0 = (t % 5u) * 4u;
  let row0 = min(i0 + 0u, 49u);
  let row1 = min(i0 + 1u, 49u);
  let row2 = min(i0 + 2u, 49u);
  let row3 = min(i0 + 3u, 49u);
  let col4 = min(j0 + 0u, 19u);
  let col5 = min(j0 + 1u, 19u);
  let col6 = min(j0 + 2u, 19u);
  let col7 = min(j0 + 3u, 19u);
  var acc8: vec4<f32> = vec4<f32>(0.0);
  var acc9: vec4<f32> = vec4<f32>(0.0);
  var acc10: vec4<f32> = vec4<f32>(0.0);
  var acc11: vec4<f32> = vec4<f32>(0.0);
  let ra12 = row0 * 50u;
  let ra13 = row1 * 50u;
  let ra14 = row2 * 50u;
  let ra15 = row3 * 50u;
  for (var k: u32 = 0u; k < 50u; k = k + 1u) {
    let rb16 = k * 20u;
    let bv17 = vec4<f32>(s_hidden4_kernel[rb16 + col4], s_hidden4_kernel[rb16 + col5], s_hidden4_kernel[rb16 + col6], s_hidden4_kernel[rb16 + col7]);
    acc8 = acc8 + tmp0[ra12 + k] * bv17;
    acc9 = acc9 + tmp0[ra13 + k] * bv17;
    acc10 = acc10 + tmp0[ra14 + k] * bv17;
    acc11 = acc11 + tmp0[ra15 + k] * bv17;
  }
  {
    let l18 = i0 * 20u + j0;
    let v19 = acc8.x;
    let v20 = s_hidden4_bias[j0];
    let v21 = (v19 + v20);
    let v22 = select(0.0, 1.0, v21 > 0.0);
    let v23 = select(0.0, v21, v22 != 0.0);
    tmp2[l18] = v23;
  }
  {
    let j24 = j0 + 1u;
    let l25 = i0 * 20u + j24;
    let v26 = acc8.y;
    let v27 = s_hidden4_bias[j24];
    let v28 = (v26 + v27);
    let v29 = select(0.0, 1.0, v28 > 0.0);
    let v30 = select(0.0, v28, v29 != 0.0);
    tmp2[l25] = v30;
  }
  {
    let j31 = j0 + 2u;
    let l32 = i0 * 20u + j31;
    let v33 = acc8.z;
    let v34 = s_hidden4_bias[j31];
    let v35 = (v33 + v34);
    let v36 = select(0.0, 1.0, v35 > 0.0);
    let v37 = select(0.0, v35, v36 != 0.0);
    tmp2[l32] = v37;
  }
  {
    let j38 = j0 + 3u;
    let l39 = i0 * 20u + j38;
    let v40 = acc8.w;
    let v41 = s_hidden4_bias[j38];
    let v42 = (v40 + v41);
    let v43 = select(0.0, 1.0, v42 > 0.0);
    let v44 = select(0.0, v42, v43 != 0.0);
    tmp2[l39] = v44;
  }
  if (i0 + 1u < 50u) {
    let i45 = i0 + 1u;
    let l46 = i45 * 20u + j0;
    let v47 = acc9.x;
    let v48 = s_hidden4_bias[j0];
    let v49 = (v47 + v48);
    let v50 = select(0.0, 1.0, v49 > 0.0);
    let v51 = select(0.0, v49, v50 != 0.0);
    tmp2[l46] = v51;
  }
  if (i0 + 1u < 50u) {
    let i52 = i0 + 1u;
    let j53 = j0 + 1u;
    let l54 = i52 * 20u + j53;
    let v55 = acc9.y;
    let v56 = s_hidden4_bias[j53];
    let v57 = (v55 + v56);
    let v58 = select(0.0, 1.0, v57 > 0.0);
    let v59 = select(0.0, v57, v58 != 0.0);
    tmp2[l54] = v59;
  }
  if (i0 + 1u < 50u) {
    let i60 = i0 + 1u;
    let j61 = j0 + 2u;
    let l62 = i60 * 20u + j61;
    let v63 = acc9.z;
    let v64 = s_hidden4_bias[j61];
    let v65 = (v63 + v64);
    let v66 = select(0.0, 1.0, v65 > 0.0);
    let v67 = select(0.0, v65, v66 != 0.0);
    tmp2[l62] = v67;
  }
  if (i0 + 1u < 50u) {
    let i68 = i0 + 1u;
    let j69 = j0 + 3u;
    let l70 = i68 * 20u + j69;
    let v71 = acc9.w;
    let v72 = s_hidden4_bias[j69];
    let v73 = (v71 + v72);
    let v74 = select(0.0, 1.0, v73 > 0.0);
    let v75 = select(0.0, v73, v74 != 0.0);
    tmp2[l70] = v75;
  }
  if (i0 + 2u < 50u) {
    let i76 = i0 + 2u;
    let l77 = i76 * 20u + j0;
    let v78 = acc10.x;
    let v79 = s_hidden4_bias[j0];
    let v80 = (v78 + v79);
    let v81 = select(0.0, 1.0, v80 > 0.0);
    let v82 = select(0.0, v80, v81 != 0.0);
    tmp2[l77] = v82;
  }
  if (i0 + 2u < 50u) {
    let i83 = i0 + 2u;
    let j84 = j0 + 1u;
    let l85 = i83 * 20u + j84;
    let v86 = acc10.y;
    let v87 = s_hidden4_bias[j84];
    let v88 = (v86 + v87);
    let v89 = select(0.0, 1.0, v88 > 0.0);
    let v90 = select(0.0, v88, v89 != 0.0);
    tmp2[l85] = v90;
  }
  if (i0 + 2u < 50u) {
    let i91 = i0 + 2u;
    let j92 = j0 + 2u;
    let l93 = i91 * 20u + j92;
    let v94 = acc10.z;
    let v95 = s_hidden4_bias[j92];
    let v96 = (v94 + v95);
    let v97 = select(0.0, 1.0, v96 > 0.0);
    let v98 = select(0.0, v96, v97 != 0.0);
    tmp2[l93] = v98;
  }
  if (i0 + 2u < 50u) {
    let i99 = i0 + 2u;
    let j100 = j0 + 3u;
    let l101 = i99 * 20u + j100;
    let v102 = acc10.w;
    let v103 = s_hidden4_bias[j100];
    let v104 = (v102 + v103);
    let v105 = select(0.0, 1.0, v104 > 0.0);
    let v106 = select(0.0, v104, v105 != 0.0);
    tmp2[l101] = v106;
  }
  if (i0 + 3u < 50u) {
    let i107 = i0 + 3u;
    let l108 = i107 * 20u + j0;
    let v109 = acc11.x;
    let v110 = s_hidden4_bias[j0];
    let v111 = (v109 + v110);
    let v112 = select(0.0, 1.0, v111 > 0.0);
    let v113 = select(0.0, v111, v112 != 0.0);
    tmp2[l108] = v113;
  }
  if (i0 + 3u < 50u) {
    let i114 = i0 + 3u;
    let j115 = j0 + 1u;
    let l116 = i114 * 20u + j115;
    let v117 = acc11.y;
    let v118 = s_hidden4_bias[j115];
    let v119 = (v117 + v118);
    let v120 = select(0.0, 1.0, v119 > 0.0);
    let v121 = select(0.0, v119, v120 != 0.0);
    tmp2[l116] = v121;
  }
  if (i0 + 3u < 50u) {
    let i122 = i0 + 3u;
    let j123 = j0 + 2u;
    let l124 = i122 * 20u + j123;
    let v125 = acc11.z;
    let v126 = s_hidden4_bias[j123];
    let v127 = (v125 + v126);
    let v128 = select(0.0, 1.0, v127 > 0.0);
    let v129 = select(0.0, v127, v128 != 0.0);
    tmp2[l124] = v129;
  }
  if (i0 + 3u < 50u) {
    let i130 = i0 + 3u;
    let j131 = j0 + 3u;
    let l132 = i130 * 20u + j131;
    let v133 = acc11.w;
    let v134 = s_hidden4_bias[j131];
    let v135 = (v133 + v134);
    let v136 = select(0.0, 1.0, v135 > 0.0);
    let v137 = select(0.0, v135, v136 != 0.0);
    tmp2[l132] = v137;
  }
}

// ---- 034_reduce_sum_loss_x5.wgsl
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

// ---- 035_const.wgsl
@group(0) @binding(0) var<storage, read_write> s_counter_cache_batch: array<u32>;

@compute @workgroup_size(64)
fn main(@builtin(global_invocation_id) gid: vec3<u32>) {
  let i = gid.x;
  if (i >= 1u) { return; }
  s_counter_cache_batch[i] = 0u;
}

// ---- 036_feed_eval_X.wgsl
@group(0) @binding(0) var<storage, read> data: array<u32>;
@group(0) @binding(1) var<storage, read> info: array<u32>;
@group(0) @binding(2) var<storage, read> eval_batch: array<u32>;
@group(0) @binding(3) var<storage, read_write> out: array<f32>;

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

// ---- 037_matmul_hidden4.wgsl
@group(0) @binding(0) var<storage, read> in_X_v4: array<vec4<f32>>;
@group(0) @binding(1) var<storage, read> s_hidden1_kernel_v4: array<vec4<f32>>;
@group(0) @binding(2) var<storage, read_write> tmp8: array<f32>;
@group(0) @binding(3) var<storage, read> s_hidden1_bias: array<f32>;

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
    let bv21 = s_hidden1_kernel_v4[(kq20 * 300u + j0) / 4u];
    let kq22 = k * 4u + 1u;
    let bv23 = s_hidden1_kernel_v4[(kq22 * 300u + j0) / 4u];
    let kq24 = k * 4u + 2u;
    let bv25 = s_hidden1_kernel_v4[(kq24 * 300u + j0) / 4u];
    let kq26 = k * 4u + 3u;
    let bv27 = s_hidden1_kernel_v4[(kq26 * 300u + j0) / 4u];
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
    let v30 = s_hidden1_bias[j0];
    let v31 = (v29 + v30);
    let v32 = select(0.0, 1.0, v31 > 0.0);
    let v33 = select(0.0, v31, v32 != 0.0);
    tmp8[l28] = v33;
  }
  {
    let j34 = j0 + 1u;
    let l35 = i0 * 300u + j34;
    let v36 = acc8.y;
    let v37 = s_hidden1_bias[j34];
    let v38 = (v36 + v37);
    let v39 = select(0.0, 1.0, v38 > 0.0);
    let v40 = select(0.0, v38, v39 != 0.0);
    tmp8[l35] = v40;
  }
  {
    let j41 = j0 + 2u;
    let l42 = i0 * 300u + j41;
    let v43 = acc8.z;
    let v44 = s_hidden1_bias[j41];
    let v45 = (v43 + v44);
    let v46 = select(0.0, 1.0, v45 > 0.0);
    let v47 = select(0.0, v45, v46 != 0.0);
    tmp8[l42] = v47;
  }
  {
    let j48 = j0 + 3u;
    let l49 = i0 * 300u + j48;
    let v50 = acc8.w;
    let v51 = s_hidden1_bias[j48];
    let v52 = (v50 + v51);
    let v53 = select(0.0, 1.0, v52 > 0.0);
    let v54 = select(0.0, v52, v53 != 0.0);
    tmp8[l49] = v54;
  }
  if (i0 + 1u < 50u) {
    let i55 = i0 + 1u;
    let l56 = i55 * 300u + j0;
    let v57 = acc9.x;
    let v58 = s_hidden1_bias[j0];
    let v59 = (v57 + v58);
    let v60 = select(0.0, 1.0, v59 > 0.0);
    let v61 = select(0.0, v59, v60 != 0.0);
    tmp8[l56] = v61;
  }
  if (i0 + 1u < 50u) {
    let i62 = i0 + 1u;
    let j63 = j0 + 1u;
    let l64 = i62 * 300u + j63;
    let v65 = acc9.y;
    let v66 = s_hidden1_bias[j63];
    let v67 = (v65 + v66);
    let v68 = select(0.0, 1.0, v67 > 0.0);
    let v69 = select(0.0, v67, v68 != 0.0);
    tmp8[l64] = v69;
  }
  if (i0 + 1u < 50u) {
    let i70 = i0 + 1u;
    let j71 = j0 + 2u;
    let l72 = i70 * 300u + j71;
    let v73 = acc9.z;
    let v74 = s_hidden1_bias[j71];
    let v75 = (v73 + v74);
    let v76 = select(0.0, 1.0, v75 > 0.0);
    let v77 = select(0.0, v75, v76 != 0.0);
    tmp8[l72] = v77;
  }
  if (i0 + 1u < 50u) {
    let i78 = i0 + 1u;
    let j79 = j0 + 3u;
    let l80 = i78 * 300u + j79;
    let v81 = acc9.w;
    let v82 = s_hidden1_bias[j79];
    let v83 = (v81 + v82);
    let v84 = select(0.0, 1.0, v83 > 0.0);
    let v85 = select(0.0, v83, v84 != 0.0);
    tmp8[l80] = v85;
  }
  if (i0 + 2u < 50u) {
    let i86 = i0 + 2u;
    let l87 = i86 * 300u + j0;
    let v88 = acc10.x;
    let v89 = s_hidden1_bias[j0];
    let v90 = (v88 + v89);
    let v91 = select(0.0, 1.0, v90 > 0.0);
    let v92 = select(0.0, v90, v91 != 0.0);
    tmp8[l87] = v92;
  }
  if (i0 + 2u < 50u) {
    let i93 = i0 + 2u;
    let j94 = j0 + 1u;
    let l95 = i93 * 300u + j94;
    let v96 = acc10.y;
    let v97 = s_hidden1_bias[j94];
    let v98 = (v96 + v97);
    let v99 = select(0.0, 1.0, v98 > 0.0);
    let v100 = select(0.0, v98, v99 != 0.0);
    tmp8[l95] = v100;
  }
  if (i0 + 2u < 50u) {
    let i101 = i0 + 2u;
    let j102 = j0 + 2u;
    let l103 = i101 * 300u + j102;
    let v104 = acc10.z;
    let v105 = s_hidden1_bias[j102];
    let v106 = (v104 + v105);
    let v107 = select(0.0, 1.0, v106 > 0.0);
    let v108 = select(0.0, v106, v107 != 0.0);
    tmp8[l103] = v108;
  }
  if (i0 + 2u < 50u) {
    let i109 = i0 + 2u;
    let j110 = j0 + 3u;
    let l111 = i109 * 300u + j110;
    let v112 = acc10.w;
    let v113 = s_hidden1_bias[j110];
    let v114 = (v112 + v113);
    let v115 = select(0.0, 1.0, v114 > 0.0);
    let v116 = select(0.0, v114, v115 != 0.0);
    tmp8[l111] = v116;
  }
  if (i0 + 3u < 50u) {
    let i117 = i0 + 3u;
    let l118 = i117 * 300u + j0;
    let v119 = acc11.x;
    let v120 = s_hidden1_bias[j0];
    let v121 = (v119 + v120);
    let v122 = select(0.0, 1.0, v121 > 0.0);
    let v123 = select(0.0, v121, v122 != 0.0);
    tmp8[l118] = v123;
  }
  if (i0 + 3u < 50u) {
    let i124 = i0 + 3u;
    let j125 = j0 + 1u;
    let l126 = i124 * 300u + j125;
    let v127 = acc11.y;
    let v128 = s_hidden1_bias[j125];
    let v129 = (v127 + v128);
    let v130 = select(0.0, 1.0, v129 > 0.0);
    let v131 = select(0.0, v129, v130 != 0.0);
    tmp8[l126] = v131;
  }
  if (i0 + 3u < 50u) {
    let i132 = i0 + 3u;
    let j133 = j0 + 2u;
    let l134 = i132 * 300u + j133;
    let v135 = acc11.z;
    let v136 = s_hidden1_bias[j133];
    let v137 = (v135 + v136);
    let v138 = select(0.0, 1.0, v137 > 0.0);
    let v139 = select(0.0, v137, v138 != 0.0);
    tmp8[l134] = v139;
  }
  if (i0 + 3u < 50u) {
    let i140 = i0 + 3u;
    let j141 = j0 + 3u;
    let l142 = i140 * 300u + j141;
    let v143 = acc11.w;
    let v144 = s_hidden1_bias[j141];
    let v145 = (v143 + v144);
    let v146 = select(0.0, 1.0, v145 > 0.0);
    let v147 = select(0.0, v145, v146 != 0.0);
    tmp8[l142] = v147;
  }
}

// ---- 038_matmul_hidden4.wgsl
@group(0) @binding(0) var<storage, read> tmp8_v4: array<vec4<f32>>;
@group(0) @binding(1) var<storage, read> s_hidden2_kernel_v4: array<vec4<f32>>;
@group(0) @binding(2) var<storage, read_write> out_cache_0: array<f32>;
@group(0) @binding(3) var<storage, read> s_hidden2_bias: array<f32>;

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
    let av16 = tmp8_v4[ra12 + k];
    let av17 = tmp8_v4[ra13 + k];
    let av18 = tmp8_v4[ra14 + k];
    let av19 = tmp8_v4[ra15 + k];
    let kq20 = k * 4u + 0u;
    let bv21 = s_hidden2_kernel_v4[(kq20 * 100u + j0) / 4u];
    let kq22 = k * 4u + 1u;
    let bv23 = s_hidden2_kernel_v4[(kq22 * 100u + j0) / 4u];
    let kq24 = k * 4u + 2u;
    let bv25 = s_hidden2_kernel_v4[(kq24 * 100u + j0) / 4u];
    let kq26 = k * 4u + 3u;
    let bv27 = s_hidden2_kernel_v4[(kq26 * 100u + j0) / 4u];
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
    let v30 = s_hidden2_bias[j0];
    let v31 = (v29 + v30);
    let v32 = select(0.0, 1.0, v31 > 0.0);
    let v33 = select(0.0, v31, v32 != 0.0);
    out_cache_0[l28] = v33;
  }
  {
    let j34 = j0 + 1u;
    let l35 = i0 * 100u + j34;
    let v36 = acc8.y;
    let v37 = s_hidden2_bias[j34];
    let v38 = (v36 + v37);
    let v39 = select(0.0, 1.0, v38 > 0.0);
    let v40 = select(0.0, v38, v39 != 0.0);
    out_cache_0[l35] = v40;
  }
  {
    let j41 = j0 + 2u;
    let l42 = i0 * 100u + j41;
    let v43 = acc8.z;
    let v44 = s_hidden2_bias[j41];
    let v45 = (v43 + v44);
    let v46 = select(0.0, 1.0, v45 > 0.0);
    let v47 = select(0.0, v45, v46 != 0.0);
    out_cache_0[l42] = v47;
  }
  {
    let j48 = j0 + 3u;
    let l49 = i0 * 100u + j48;
    let v50 = acc8.w;
    let v51 = s_hidden2_bias[j48];
    let v52 = (v50 + v51);
    let v53 = select(0.0, 1.0, v52 > 0.0);
    let v54 = select(0.0, v52, v53 != 0.0);
    out_cache_0[l49] = v54;
  }
  if (i0 + 1u < 50u) {
    let i55 = i0 + 1u;
    let l56 = i55 * 100u + j0;
    let v57 = acc9.x;
    let v58 = s_hidden2_bias[j0];
    let v59 = (v57 + v58);
    let v60 = select(0.0, 1.0, v59 > 0.0);
    let v61 = select(0.0, v59, v60 != 0.0);
    out_cache_0[l56] = v61;
  }
  if (i0 + 1u < 50u) {
    let i62 = i0 + 1u;
    let j63 = j0 + 1u;
    let l64 = i62 * 100u + j63;
    let v65 = acc9.y;
    let v66 = s_hidden2_bias[j63];
    let v67 = (v65 + v66);
    let v68 = select(0.0, 1.0, v67 > 0.0);
    let v69 = select(0.0, v67, v68 != 0.0);
    out_cache_0[l64] = v69;
  }
  if (i0 + 1u < 50u) {
    let i70 = i0 + 1u;
    let j71 = j0 + 2u;
    let l72 = i70 * 100u + j71;
    let v73 = acc9.z;
    let v74 = s_hidden2_bias[j71];
    let v75 = (v73 + v74);
    let v76 = select(0.0, 1.0, v75 > 0.0);
    let v77 = select(0.0, v75, v76 != 0.0);
    out_cache_0[l72] = v77;
  }
  if (i0 + 1u < 50u) {
    let i78 = i0 + 1u;
    let j79 = j0 + 3u;
    let l80 = i78 * 100u + j79;
    let v81 = acc9.w;
    let v82 = s_hidden2_bias[j79];
    let v83 = (v81 + v82);
    let v84 = select(0.0, 1.0, v83 > 0.0);
    let v85 = select(0.0, v83, v84 != 0.0);
    out_cache_0[l80] = v85;
  }
  if (i0 + 2u < 50u) {
    let i86 = i0 + 2u;
    let l87 = i86 * 100u + j0;
    let v88 = acc10.x;
    let v89 = s_hidden2_bias[j0];
    let v90 = (v88 + v89);
    let v91 = select(0.0, 1.0, v90 > 0.0);
    let v92 = select(0.0, v90, v91 != 0.0);
    out_cache_0[l87] = v92;
  }
  if (i0 + 2u < 50u) {
    let i93 = i0 + 2u;
    let j94 = j0 + 1u;
    let l95 = i93 * 100u + j94;
    let v96 = acc10.y;
    let v97 = s_hidden2_bias[j94];
    let v98 = (v96 + v97);
    let v99 = select(0.0, 1.0, v98 > 0.0);
    let v100 = select(0.0, v98, v99 != 0.0);
    out_cache_0[l95] = v100;
  }
  if (i0 + 2u < 50u) {
    let i101 = i0 + 2u;
    let j102 = j0 + 2u;
    let l103 = i101 * 100u + j102;
    let v104 = acc10.z;
    let v105 = s_hidden2_bias[j102];
    let v106 = (v104 + v105);
    let v107 = select(0.0, 1.0, v106 > 0.0);
    let v108 = select(0.0, v106, v107 != 0.0);
    out_cache_0[l103] = v108;
  }
  if (i0 + 2u < 50u) {
    let i109 = i0 + 2u;
    let j110 = j0 + 3u;
    let l111 = i109 * 100u + j110;
    let v112 = acc10.w;
    let v113 = s_hidden2_bias[j110];
    let v114 = (v112 + v113);
    let v115 = select(0.0, 1.0, v114 > 0.0);
    let v116 = select(0.0, v114, v115 != 0.0);
    out_cache_0[l111] = v116;
  }
  if (i0 + 3u < 50u) {
    let i117 = i0 + 3u;
    let l118 = i117 * 100u + j0;
    let v119 = acc11.x;
    let v120 = s_hidden2_bias[j0];
    let v121 = (v119 + v120);
    let v122 = select(0.0, 1.0, v121 > 0.0);
    let v123 = select(0.0, v121, v122 != 0.0);
    out_cache_0[l118] = v123;
  }
  if (i0 + 3u < 50u) {
    let i124 = i0 + 3u;
    let j125 = j0 + 1u;
    let l126 = i124 * 100u + j125;
    let v127 = acc11.y;
    let v128 = s_hidden2_bias[j125];
    let v129 = (v127 + v128);
    let v130 = select(0.0, 1.0, v129 > 0.0);
    let v131 = select(0.0, v129, v130 != 0.0);
    out_cache_0[l126] = v131;
  }
  if (i0 + 3u < 50u) {
    let i132 = i0 + 3u;
    let j133 = j0 + 2u;
    let l134 = i132 * 100u + j133;
    let v135 = acc11.z;
    let v136 = s_hidden2_bias[j133];
    let v137 = (v135 + v136);
    let v138 = select(0.0, 1.0, v137 > 0.0);
    let v139 = select(0.0, v137, v138 != 0.0);
    out_cache_0[l134] = v139;
  }
  if (i0 + 3u < 50u) {
    let i140 = i0 + 3u;
    let j141 = j0 + 3u;
    let l142 = i140 * 100u + j141;
    let v143 = acc11.w;
    let v144 = s_hidden2_bias[j141];
    let v145 = (v143 + v144);
    let v146 = select(0.0, 1.0, v145 > 0.0);
    let v147 = select(0.0, v145, v146 != 0.0);
    out_cache_0[l142] = v147;
  }
}
