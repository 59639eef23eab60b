// ---- 000_add_hidden1_dense_kernel.wgsl
@group(0) @binding(0) var<storage, read> b0: array<u32>;
@group(0) @binding(1) var<storage, read_write> b1: array<f32>;

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
  let v0 = b0[0u];
  let k1 = stream_key(0u, 3615406128u, v0);
  let v2 = uniform01(k1, i);
  let c3 = (i / 300u);
  let c4 = (i % 300u);
  let v5 = (v2 * 0.14879590519303285);
  let v6 = (v5 + (-0.07439795259651642));
  b1[i] = v6;
}

// ---- 001_const_hidden1_dense_bias.wgsl
@group(0) @binding(0) var<storage, read_write> b0: array<f32>;

@compute @workgroup_size(64)
fn main(@builtin(global_invocation_id) gid: vec3<u32>) {
  let i = gid.x;
  if (i >= 300u) { return; }
  b0[i] = 0.0;
}

// ---- 002_const_hidden1_batch_norm_moving_variance.wgsl
@group(0) @binding(0) var<storage, read_write> b0: array<f32>;

@compute @workgroup_size(64)
fn main(@builtin(global_invocation_id) gid: vec3<u32>) {
  let i = gid.x;
  if (i >= 300u) { return; }
  b0[i] = 1.0;
}

// ---- 003_add_hidden2_dense_kernel.wgsl
@group(0) @binding(0) var<storage, read> b0: array<u32>;
@group(0) @binding(1) var<storage, read_write> b1: array<f32>;

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
  let v0 = b0[0u];
  let k1 = stream_key(0u, 1202735807u, v0);
  let v2 = uniform01(k1, i);
  let c3 = (i / 100u);
  let c4 = (i % 100u);
  let v5 = (v2 * 0.2449489742783178);
  let v6 = (v5 + (-0.1224744871391589));
  b1[i] = v6;
}

// ---- 004_const_hidden2_dense_bias.wgsl
@group(0) @binding(0) var<storage, read_write> b0: array<f32>;

@compute @workgroup_size(64)
fn main(@builtin(global_invocation_id) gid: vec3<u32>) {
  let i = gid.x;
  if (i >= 100u) { return; }
  b0[i] = 0.0;
}

// ---- 005_const_hidden2_batch_norm_moving_variance.wgsl
@group(0) @binding(0) var<storage, read_write> b0: array<f32>;

@compute @workgroup_size(64)
fn main(@builtin(global_invocation_id) gid: vec3<u32>) {
  let i = gid.x;
  if (i >= 100u) { return; }
  b0[i] = 1.0;
}

// ---- 006_add_logits_dense_kernel.wgsl
@group(0) @binding(0) var<storage, read> b0: array<u32>;
@group(0) @binding(1) var<storage, read_write> b1: array<f32>;

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
  let v0 = b0[0u];
  let k1 = stream_key(0u, 3422943445u, v0);
  let v2 = uniform01(k1, i);
  let c3 = (i / 10u);
  let c4 = (i % 10u);
  let v5 = (v2 * 0.46709936649691375);
  let v6 = (v5 + (-0.23354968324845687));
  b1[i] = v6;
}

// ---- 007_const_logits_dense_bias.wgsl
@group(0) @binding(0) var<storage, read_write> b0: array<f32>;

@compute @workgroup_size(64)
fn main(@builtin(global_invocation_id) gid: vec3<u32>) {
  let i = gid.x;
  if (i >= 10u) { return; }
  b0[i] = 0.0;
}

// ---- 008_const_logits_batch_norm_moving_variance.wgsl
@group(0) @binding(0) var<storage, read_write> b0: array<f32>;

@compute @workgroup_size(64)
fn main(@builtin(global_invocation_id) gid: vec3<u32>) {
  let i = gid.x;
  if (i >= 10u) { return; }
  b0[i] = 1.0;
}

// ---- 009_const_acc_train_loss.wgsl
@group(0) @binding(0) var<storage, read_write> b0: array<f32>;

@compute @workgroup_size(64)
fn main(@builtin(global_invocation_id) gid: vec3<u32>) {
  let i = gid.x;
  if (i >= 1u) { return; }
  b0[i] = 0.0;
}

// ---- 010_const_counter_step.wgsl
@group(0) @binding(0) var<storage, read_write> b0: array<u32>;

@compute @workgroup_size(64)
fn main(@builtin(global_invocation_id) gid: vec3<u32>) {
  let i = gid.x;
  if (i >= 1u) { return; }
  b0[i] = 0u;
}

// ---- 011_add.wgsl
@group(0) @binding(0) var<storage, read_write> b0: array<u32>;

@compute @workgroup_size(64)
fn main(@builtin(global_invocation_id) gid: vec3<u32>) {
  let i = gid.x;
  if (i >= 1u) { return; }
  let v0 = b0[i];
  let v1 = (v0 + 1u);
  b0[i] = v1;
}

// ---- 012_feed_train_X.wgsl
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
  if (i >= 156800u) { return; }
  let count = info[0];
  let features = info[2];
  let row = i / 784u;
  let f = i % 784u;
  let pos = batch[0] * 200u + row;
  let key = stream_key(seed[0], 1397249350u, epoch[0]);
  let ex = permute(pos % count, count, key);
  let e = min(ex, count - 1u) * features + f;
  if (info[1] == 1u) {
    let byte = (data[e / 4u] >> ((e % 4u) * 8u)) & 0xffu;
    out[i] = f32(byte) / 255.0;
  }
  else {
    out[i] = bitcast<f32>(data[e]);
  }
}

// ---- 013_feed_train_y.wgsl
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
  let f = i % 1u;
  let pos = batch[0] * 200u + row;
  let key = stream_key(seed[0], 1397249350u, epoch[0]);
  let ex = permute(pos % count, count, key);
  let e = min(ex, count - 1u) * features + f;
  out[i] = bitcast<i32>(data[e]);
}

// ---- 014_matmul_hidden1_dense.wgsl
@group(0) @binding(0) var<storage, read> b0: array<f32>;
@group(0) @binding(1) var<storage, read> b1: array<f32>;
@group(0) @binding(2) var<storage, read_write> b2: array<f32>;
@group(0) @binding(3) var<storage, read> b3: array<f32>;

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
  let ra8 = row0 * 784u;
  let ra9 = row1 * 784u;
  let ra10 = row2 * 784u;
  let ra11 = row3 * 784u;
  var acc12: vec4<f32> = vec4<f32>(0.0);
  var acc13: vec4<f32> = vec4<f32>(0.0);
  var acc14: vec4<f32> = vec4<f32>(0.0);
  var acc15: vec4<f32> = vec4<f32>(0.0);
  for (var k: u32 = 0u; k < 784u; k = k + 1u) {
    let rb16 = k * 300u;
    let bv17 = vec4<f32>(b1[rb16 + col4], b1[rb16 + col5], b1[rb16 + col6], b1[rb16 + col7]);
    acc12 = acc12 + b0[ra8 + k] * bv17;
    acc13 = acc13 + b0[ra9 + k] * bv17;
    acc14 = acc14 + b0[ra10 + k] * bv17;
    acc15 = acc15 + b0[ra11 + k] * bv17;
  }
  {
    let v18 = acc12.x;
    let v19 = b3[j0];
    let v20 = (v18 + v19);
    let l21 = i0 * 300u + j0;
    b2[l21] = v20;
  }
  {
    let j22 = j0 + 1u;
    let v23 = acc12.y;
    let v24 = b3[j22];
    let v25 = (v23 + v24);
    let l26 = i0 * 300u + j22;
    b2[l26] = v25;
  }
  {
    let j27 = j0 + 2u;
    let v28 = acc12.z;
    let v29 = b3[j27];
    let v30 = (v28 + v29);
    let l31 = i0 * 300u + j27;
    b2[l31] = v30;
  }
  {
    let j32 = j0 + 3u;
    let v33 = acc12.w;
    let v34 = b3[j32];
    let v35 = (v33 + v34);
    let l36 = i0 * 300u + j32;
    b2[l36] = v35;
  }
  {
    let i37 = i0 + 1u;
    let v38 = acc13.x;
    let v39 = b3[j0];
    let v40 = (v38 + v39);
    let l41 = i37 * 300u + j0;
    b2[l41] = v40;
  }
  {
    let i42 = i0 + 1u;
    let j43 = j0 + 1u;
    let v44 = acc13.y;
    let v45 = b3[j43];
    let v46 = (v44 + v45);
    let l47 = i42 * 300u + j43;
    b2[l47] = v46;
  }
  {
    let i48 = i0 + 1u;
    let j49 = j0 + 2u;
    let v50 = acc13.z;
    let v51 = b3[j49];
    let v52 = (v50 + v51);
    let l53 = i48 * 300u + j49;
    b2[l53] = v52;
  }
  {
    let i54 = i0 + 1u;
    let j55 = j0 + 3u;
    let v56 = acc13.w;
    let v57 = b3[j55];
    let v58 = (v56 + v57);
    let l59 = i54 * 300u + j55;
    b2[l59] = v58;
  }
  {
    let i60 = i0 + 2u;
    let v61 = acc14.x;
    let v62 = b3[j0];
    let v63 = (v61 + v62);
    let l64 = i60 * 300u + j0;
    b2[l64] = v63;
  }
  {
    let i65 = i0 + 2u;
    let j66 = j0 + 1u;
    let v67 = acc14.y;
    let v68 = b3[j66];
    let v69 = (v67 + v68);
    let l70 = i65 * 300u + j66;
    b2[l70] = v69;
  }
  {
    let i71 = i0 + 2u;
    let j72 = j0 + 2u;
    let v73 = acc14.z;
    let v74 = b3[j72];
    let v75 = (v73 + v74);
    let l76 = i71 * 300u + j72;
    b2[l76] = v75;
  }
  {
    let i77 = i0 + 2u;
    let j78 = j0 + 3u;
    let v79 = acc14.w;
    let v80 = b3[j78];
    let v81 = (v79 + v80);
    let l82 = i77 * 300u + j78;
    b2[l82] = v81;
  }
  {
    let i83 = i0 + 3u;
    let v84 = acc15.x;
    let v85 = b3[j0];
    let v86 = (v84 + v85);
    let l87 = i83 * 300u + j0;
    b2[l87] = v86;
  }
  {
    let i88 = i0 + 3u;
    let j89 = j0 + 1u;
    let v90 = acc15.y;
    let v91 = b3[j89];
    let v92 = (v90 + v91);
    let l93 = i88 * 300u + j89;
    b2[l93] = v92;
  }
  {
    let i94 = i0 + 3u;
    let j95 = j0 + 2u;
    let v96 = acc15.z;
    let v97 = b3[j95];
    let v98 = (v96 + v97);
    let l99 = i94 * 300u + j95;
    b2[l99] = v98;
  }
  {
    let i100 = i0 + 3u;
    let j101 = j0 + 3u;
    let v102 = acc15.w;
    let v103 = b3[j101];
    let v104 = (v102 + v103);
    let l105 = i100 * 300u + j101;
    b2[l105] = v104;
  }
}

// ---- 015_reduce_sum_hidden1_batch_norm.wgsl
@group(0) @binding(0) var<storage, read> b0: array<f32>;
@group(0) @binding(1) var<storage, read_write> b1: array<f32>;

@compute @workgroup_size(64)
fn main(@builtin(global_invocation_id) gid: vec3<u32>) {
  let i = gid.x;
  if (i >= 300u) { return; }
  var acc0: f32 = 0.0;
  for (var r: u32 = 0u; r < 200u; r = r + 1u) {
    let l1 = r * 300u + i;
    let v2 = b0[l1];
    acc0 = acc0 + v2;
  }
  let v3 = (acc0 / 200.0);
  b1[i] = v3;
}

// ---- 016_sub_hidden1_batch_norm.wgsl
@group(0) @binding(0) var<storage, read> b0: array<f32>;
@group(0) @binding(1) var<storage, read> b1: array<f32>;
@group(0) @binding(2) var<storage, read_write> b2: array<f32>;

@compute @workgroup_size(64)
fn main(@builtin(global_invocation_id) gid: vec3<u32>) {
  let i = gid.x;
  if (i >= 60000u) { return; }
  let v0 = b0[i];
  let c1 = (i / 300u);
  let c2 = (i % 300u);
  let v3 = b1[c2];
  let v4 = (v0 - v3);
  b2[i] = v4;
}

// ---- 017_reduce_sum_hidden1_batch_norm.wgsl
@group(0) @binding(0) var<storage, read> b0: array<f32>;
@group(0) @binding(1) var<storage, read_write> b1: array<f32>;

@compute @workgroup_size(64)
fn main(@builtin(global_invocation_id) gid: vec3<u32>) {
  let i = gid.x;
  if (i >= 300u) { return; }
  var acc0: f32 = 0.0;
  for (var r: u32 = 0u; r < 200u; r = r + 1u) {
    let l1 = r * 300u + i;
    let v2 = b0[l1];
    let v3 = (v2 * v2);
    acc0 = acc0 + v3;
  }
  let v4 = (acc0 / 200.0);
  b1[i] = v4;
}

// ---- 018_add_hidden1_batch_norm.wgsl
@group(0) @binding(0) var<storage, read_write> b0: array<f32>;
@group(0) @binding(1) var<storage, read> b1: array<f32>;

@compute @workgroup_size(64)
fn main(@builtin(global_invocation_id) gid: vec3<u32>) {
  let i = gid.x;
  if (i >= 300u) { return; }
  let v0 = b0[i];
  let v1 = (v0 * 0.9);
  let v2 = b1[i];
  let v3 = (v2 * 0.09999999999999998);
  let v4 = (v1 + v3);
  b0[i] = v4;
}

// ---- 019_rsqrt_hidden1_batch_norm.wgsl
@group(0) @binding(0) var<storage, read> b0: array<f32>;
@group(0) @binding(1) var<storage, read_write> b1: array<f32>;

@compute @workgroup_size(64)
fn main(@builtin(global_invocation_id) gid: vec3<u32>) {
  let i = gid.x;
  if (i >= 300u) { return; }
  let v0 = b0[i];
  let v1 = (v0 + 0.001);
  let v2 = inverseSqrt(v1);
  b1[i] = v2;
}

// ---- 020_mul_hidden1_batch_norm.wgsl
@group(0) @binding(0) var<storage, read> b0: array<f32>;
@group(0) @binding(1) var<storage, read> b1: array<f32>;
@group(0) @binding(2) var<storage, read_write> b2: array<f32>;

@compute @workgroup_size(64)
fn main(@builtin(global_invocation_id) gid: vec3<u32>) {
  let i = gid.x;
  if (i >= 60000u) { return; }
  let v0 = b0[i];
  let c1 = (i / 300u);
  let c2 = (i % 300u);
  let v3 = b1[c2];
  let v4 = (v0 * v3);
  b2[i] = v4;
}

// ---- 021_add_hidden1_batch_norm.wgsl
@group(0) @binding(0) var<storage, read> b0: array<f32>;
@group(0) @binding(1) var<storage, read> b1: array<f32>;
@group(0) @binding(2) var<storage, read> b2: array<f32>;
@group(0) @binding(3) var<storage, read_write> b3: array<f32>;

@compute @workgroup_size(64)
fn main(@builtin(global_invocation_id) gid: vec3<u32>) {
  let i = gid.x;
  if (i >= 60000u) { return; }
  let v0 = b0[i];
  let c1 = (i / 300u);
  let c2 = (i % 300u);
  let v3 = b1[c2];
  let v4 = (v0 * v3);
  let v5 = b2[c2];
  let v6 = (v4 + v5);
  b3[i] = v6;
}

// ---- 022_gt_hidden1.wgsl
@group(0) @binding(0) var<storage, read> b0: array<f32>;
@group(0) @binding(1) var<storage, read_write> b1: array<f32>;

@compute @workgroup_size(64)
fn main(@builtin(global_invocation_id) gid: vec3<u32>) {
  let i = gid.x;
  if (i >= 60000u) { return; }
  let v0 = b0[i];
  let c1 = (i / 300u);
  let c2 = (i % 300u);
  let v3 = select(0.0, 1.0, v0 > 0.0);
  b1[i] = v3;
}

// ---- 023_exp_hidden1.wgsl
@group(0) @binding(0) var<storage, read> b0: array<f32>;
@group(0) @binding(1) var<storage, read_write> b1: array<f32>;

@compute @workgroup_size(64)
fn main(@builtin(global_invocation_id) gid: vec3<u32>) {
  let i = gid.x;
  if (i >= 60000u) { return; }
  let v0 = b0[i];
  let c1 = (i / 300u);
  let c2 = (i % 300u);
  let v3 = min(v0, 0.0);
  let v4 = exp(v3);
  b1[i] = v4;
}

// ---- 024_select_hidden1.wgsl
@group(0) @binding(0) var<storage, read> b0: array<f32>;
@group(0) @binding(1) var<storage, read> b1: array<f32>;
@group(0) @binding(2) var<storage, read> b2: array<f32>;
@group(0) @binding(3) var<storage, read_write> b3: array<f32>;

@compute @workgroup_size(64)
fn main(@builtin(global_invocation_id) gid: vec3<u32>) {
  let i = gid.x;
  if (i >= 60000u) { return; }
  let v0 = b0[i];
  let c1 = (i / 300u);
  let c2 = (i % 300u);
  let v3 = (v0 - 1.0);
  let v4 = b1[i];
  let v5 = b2[i];
  let v6 = select(v3, v4, v5 != 0.0);
  b3[i] = v6;
}

// ---- 025_matmul_hidden2_dense.wgsl
@group(0) @binding(0) var<storage, read> b0: array<f32>;
@group(0) @binding(1) var<storage, read> b1: array<f32>;
@group(0) @binding(2) var<storage, read_write> b2: array<f32>;
@group(0) @binding(3) var<storage, read> b3: array<f32>;

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
  let ra8 = row0 * 300u;
  let ra9 = row1 * 300u;
  let ra10 = row2 * 300u;
  let ra11 = row3 * 300u;
  var acc12: vec4<f32> = vec4<f32>(0.0);
  var acc13: vec4<f32> = vec4<f32>(0.0);
  var acc14: vec4<f32> = vec4<f32>(0.0);
  var acc15: vec4<f32> = vec4<f32>(0.0);
  for (var k: u32 = 0u; k < 300u; k = k + 1u) {
    let rb16 = k * 100u;
    let bv17 = vec4<f32>(b1[rb16 + col4], b1[rb16 + col5], b1[rb16 + col6], b1[rb16 + col7]);
    acc12 = acc12 + b0[ra8 + k] * bv17;
    acc13 = acc13 + b0[ra9 + k] * bv17;
    acc14 = acc14 + b0[ra10 + k] * bv17;
    acc15 = acc15 + b0[ra11 + k] * bv17;
  }
  {
    let v18 = acc12.x;
    let v19 = b3[j0];
    let v20 = (v18 + v19);
    let l21 = i0 * 100u + j0;
    b2[l21] = v20;
  }
  {
    let j22 = j0 + 1u;
    let v23 = acc12.y;
    let v24 = b3[j22];
    let v25 = (v23 + v24);
    let l26 = i0 * 100u + j22;
    b2[l26] = v25;
  }
  {
    let j27 = j0 + 2u;
    let v28 = acc12.z;
    let v29 = b3[j27];
    let v30 = (v28 + v29);
    let l31 = i0 * 100u + j27;
    b2[l31] = v30;
  }
  {
    let j32 = j0 + 3u;
    let v33 = acc12.w;
    let v34 = b3[j32];
    let v35 = (v33 + v34);
    let l36 = i0 * 100u + j32;
    b2[l36] = v35;
  }
  {
    let i37 = i0 + 1u;
    let v38 = acc13.x;
    let v39 = b3[j0];
    let v40 = (v38 + v39);
    let l41 = i37 * 100u + j0;
    b2[l41] = v40;
  }
  {
    let i42 = i0 + 1u;
    let j43 = j0 + 1u;
    let v44 = acc13.y;
    let v45 = b3[j43];
    let v46 = (v44 + v45);
    let l47 = i42 * 100u + j43;
    b2[l47] = v46;
  }
  {
    let i48 = i0 + 1u;
    let j49 = j0 + 2u;
    let v50 = acc13.z;
    let v51 = b3[j49];
    let v52 = (v50 + v51);
    let l53 = i48 * 100u + j49;
    b2[l53] = v52;
  }
  {
    let i54 = i0 + 1u;
    let j55 = j0 + 3u;
    let v56 = acc13.w;
    let v57 = b3[j55];
    let v58 = (v56 + v57);
    let l59 = i54 * 100u + j55;
    b2[l59] = v58;
  }
  {
    let i60 = i0 + 2u;
    let v61 = acc14.x;
    let v62 = b3[j0];
    let v63 = (v61 + v62);
    let l64 = i60 * 100u + j0;
    b2[l64] = v63;
  }
  {
    let i65 = i0 + 2u;
    let j66 = j0 + 1u;
    let v67 = acc14.y;
    let v68 = b3[j66];
    let v69 = (v67 + v68);
    let l70 = i65 * 100u + j66;
    b2[l70] = v69;
  }
  {
    let i71 = i0 + 2u;
    let j72 = j0 + 2u;
    let v73 = acc14.z;
    let v74 = b3[j72];
    let v75 = (v73 + v74);
    let l76 = i71 * 100u + j72;
    b2[l76] = v75;
  }
  {
    let i77 = i0 + 2u;
    let j78 = j0 + 3u;
    let v79 = acc14.w;
    let v80 = b3[j78];
    let v81 = (v79 + v80);
    let l82 = i77 * 100u + j78;
    b2[l82] = v81;
  }
  {
    let i83 = i0 + 3u;
    let v84 = acc15.x;
    let v85 = b3[j0];
    let v86 = (v84 + v85);
    let l87 = i83 * 100u + j0;
    b2[l87] = v86;
  }
  {
    let i88 = i0 + 3u;
    let j89 = j0 + 1u;
    let v90 = acc15.y;
    let v91 = b3[j89];
    let v92 = (v90 + v91);
    let l93 = i88 * 100u + j89;
    b2[l93] = v92;
  }
  {
    let i94 = i0 + 3u;
    let j95 = j0 + 2u;
    let v96 = acc15.z;
    let v97 = b3[j95];
    let v98 = (v96 + v97);
    let l99 = i94 * 100u + j95;
    b2[l99] = v98;
  }
  {
    let i100 = i0 + 3u;
    let j101 = j0 + 3u;
    let v102 = acc15.w;
    let v103 = b3[j101];
    let v104 = (v102 + v103);
    let l105 = i100 * 100u + j101;
    b2[l105] = v104;
  }
}

// ---- 026_reduce_sum_hidden2_batch_norm.wgsl
@group(0) @binding(0) var<storage, read> b0: array<f32>;
@group(0) @binding(1) var<storage, read_write> b1: array<f32>;

@compute @workgroup_size(64)
fn main(@builtin(global_invocation_id) gid: vec3<u32>) {
  let i = gid.x;
  if (i >= 100u) { return; }
  var acc0: f32 = 0.0;
  for (var r: u32 = 0u; r < 200u; r = r + 1u) {
    let l1 = r * 100u + i;
    let v2 = b0[l1];
    acc0 = acc0 + v2;
  }
  let v3 = (acc0 / 200.0);
  b1[i] = v3;
}

// ---- 027_sub_hidden2_batch_norm.wgsl
@group(0) @binding(0) var<storage, read> b0: array<f32>;
@group(0) @binding(1) var<storage, read> b1: array<f32>;
@group(0) @binding(2) var<storage, read_write> b2: array<f32>;

@compute @workgroup_size(64)
fn main(@builtin(global_invocation_id) gid: vec3<u32>) {
  let i = gid.x;
  if (i >= 20000u) { return; }
  let v0 = b0[i];
  let c1 = (i / 100u);
  let c2 = (i % 100u);
  let v3 = b1[c2];
  let v4 = (v0 - v3);
  b2[i] = v4;
}

// ---- 028_reduce_sum_hidden2_batch_norm.wgsl
@group(0) @binding(0) var<storage, read> b0: array<f32>;
@group(0) @binding(1) var<storage, read_write> b1: array<f32>;

@compute @workgroup_size(64)
fn main(@builtin(global_invocation_id) gid: vec3<u32>) {
  let i = gid.x;
  if (i >= 100u) { return; }
  var acc0: f32 = 0.0;
  for (var r: u32 = 0u; r < 200u; r = r + 1u) {
    let l1 = r * 100u + i;
    let v2 = b0[l1];
    let v3 = (v2 * v2);
    acc0 = acc0 + v3;
  }
  let v4 = (acc0 / 200.0);
  b1[i] = v4;
}

// ---- 029_add_hidden2_batch_norm.wgsl
@group(0) @binding(0) var<storage, read_write> b0: array<f32>;
@group(0) @binding(1) var<storage, read> b1: array<f32>;

@compute @workgroup_size(64)
fn main(@builtin(global_invocation_id) gid: vec3<u32>) {
  let i = gid.x;
  if (i >= 100u) { return; }
  let v0 = b0[i];
  let v1 = (v0 * 0.9);
  let v2 = b1[i];
  let v3 = (v2 * 0.09999999999999998);
  let v4 = (v1 + v3);
  b0[i] = v4;
}

// ---- 030_rsqrt_hidden2_batch_norm.wgsl
@group(0) @binding(0) var<storage, read> b0: array<f32>;
@group(0) @binding(1) var<storage, read_write> b1: array<f32>;

@compute @workgroup_size(64)
fn main(@builtin(global_invocation_id) gid: vec3<u32>) {
  let i = gid.x;
  if (i >= 100u) { return; }
  let v0 = b0[i];
  let v1 = (v0 + 0.001);
  let v2 = inverseSqrt(v1);
  b1[i] = v2;
}

// ---- 031_mul_hidden2_batch_norm.wgsl
@group(0) @binding(0) var<storage, read> b0: array<f32>;
@group(0) @binding(1) var<storage, read> b1: array<f32>;
@group(0) @binding(2) var<storage, read_write> b2: array<f32>;

@compute @workgroup_size(64)
fn main(@builtin(global_invocation_id) gid: vec3<u32>) {
  let i = gid.x;
  if (i >= 20000u) { return; }
  let v0 = b0[i];
  let c1 = (i / 100u);
  let c2 = (i % 100u);
  let v3 = b1[c2];
  let v4 = (v0 * v3);
  b2[i] = v4;
}

// ---- 032_add_hidden2_batch_norm.wgsl
@group(0) @binding(0) var<storage, read> b0: array<f32>;
@group(0) @binding(1) var<storage, read> b1: array<f32>;
@group(0) @binding(2) var<storage, read> b2: array<f32>;
@group(0) @binding(3) var<storage, read_write> b3: array<f32>;

@compute @workgroup_size(64)
fn main(@builtin(global_invocation_id) gid: vec3<u32>) {
  let i = gid.x;
  if (i >= 20000u) { return; }
  let v0 = b0[i];
  let c1 = (i / 100u);
  let c2 = (i % 100u);
  let v3 = b1[c2];
  let v4 = (v0 * v3);
  let v5 = b2[c2];
  let v6 = (v4 + v5);
  b3[i] = v6;
}

// ---- 033_gt_hidden2.wgsl
@group(0) @binding(0) var<storage, read> b0: array<f32>;
@group(0) @binding(1) var<storage, read_write> b1: array<f32>;

@compute @workgroup_size(64)
fn main(@builtin(global_invocation_id) gid: vec3<u32>) {
  let i = gid.x;
  if (i >= 20000u) { return; }
  let v0 = b0[i];
  let c1 = (i / 100u);
  let c2 = (i % 100u);
  let v3 = select(0.0, 1.0, v0 > 0.0);
  b1[i] = v3;
}

// ---- 034_exp_hidden2.wgsl
@group(0) @binding(0) var<storage, read> b0: array<f32>;
@group(0) @binding(1) var<storage, read_write> b1: array<f32>;

@compute @workgroup_size(64)
fn main(@builtin(global_invocation_id) gid: vec3<u32>) {
  let i = gid.x;
  if (i >= 20000u) { return; }
  let v0 = b0[i];
  let c1 = (i / 100u);
  let c2 = (i % 100u);
  let v3 = min(v0, 0.0);
  let v4 = exp(v3);
  b1[i] = v4;
}

// ---- 035_select_hidden2.wgsl
@group(0) @binding(0) var<storage, read> b0: array<f32>;
@group(0) @binding(1) var<storage, read> b1: array<f32>;
@group(0) @binding(2) var<storage, read> b2: array<f32>;
@group(0) @binding(3) var<storage, read_write> b3: array<f32>;

@compute @workgroup_size(64)
fn main(@builtin(global_invocation_id) gid: vec3<u32>) {
  let i = gid.x;
  if (i >= 20000u) { return; }
  let v0 = b0[i];
  let c1 = (i / 100u);
  let c2 = (i % 100u);
  let v3 = (v0 - 1.0);
  let v4 = b1[i];
  let v5 = b2[i];
  let v6 = select(v3, v4, v5 != 0.0);
  b3[i] = v6;
}

// ---- 036_matmul_logits_dense.wgsl
@group(0) @binding(0) var<storage, read> b0: array<f32>;
@group(0) @binding(1) var<storage, read> b1: array<f32>;
@group(0) @binding(2) var<storage, read_write> b2: array<f32>;
@group(0) @binding(3) var<storage, read> b3: array<f32>;

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
  let ra8 = row0 * 100u;
  let ra9 = row1 * 100u;
  let ra10 = row2 * 100u;
  let ra11 = row3 * 100u;
  var acc12: vec4<f32> = vec4<f32>(0.0);
  var acc13: vec4<f32> = vec4<f32>(0.0);
  var acc14: vec4<f32> = vec4<f32>(0.0);
  var acc15: vec4<f32> = vec4<f32>(0.0);
  for (var k: u32 = 0u; k < 100u; k = k + 1u) {
    let rb16 = k * 10u;
    let bv17 = vec4<f32>(b1[rb16 + col4], b1[rb16 + col5], b1[rb16 + col6], b1[rb16 + col7]);
    acc12 = acc12 + b0[ra8 + k] * bv17;
    acc13 = acc13 + b0[ra9 + k] * bv17;
    acc14 = acc14 + b0[ra10 + k] * bv17;
    acc15 = acc15 + b0[ra11 + k] * bv17;
  }
  {
    let v18 = acc12.x;
    let v19 = b3[j0];
    let v20 = (v18 + v19);
    let l21 = i0 * 10u + j0;
    b2[l21] = v20;
  }
  if (j0 + 1u < 10u) {
    let j22 = j0 + 1u;
    let v23 = acc12.y;
    let v24 = b3[j22];
    let v25 = (v23 + v24);
    let l26 = i0 * 10u + j22;
    b2[l26] = v25;
  }
  if (j0 + 2u < 10u) {
    let j27 = j0 + 2u;
    let v28 = acc12.z;
    let v29 = b3[j27];
    let v30 = (v28 + v29);
    let l31 = i0 * 10u + j27;
    b2[l31] = v30;
  }
  if (j0 + 3u < 10u) {
    let j32 = j0 + 3u;
    let v33 = acc12.w;
    let v34 = b3[j32];
    let v35 = (v33 + v34);
    let l36 = i0 * 10u + j32;
    b2[l36] = v35;
  }
  {
    let i37 = i0 + 1u;
    let v38 = acc13.x;
    let v39 = b3[j0];
    let v40 = (v38 + v39);
    let l41 = i37 * 10u + j0;
    b2[l41] = v40;
  }
  if (j0 + 1u < 10u) {
    let i42 = i0 + 1u;
    let j43 = j0 + 1u;
    let v44 = acc13.y;
    let v45 = b3[j43];
    let v46 = (v44 + v45);
    let l47 = i42 * 10u + j43;
    b2[l47] = v46;
  }
  if (j0 + 2u < 10u) {
    let i48 = i0 + 1u;
    let j49 = j0 + 2u;
    let v50 = acc13.z;
    let v51 = b3[j49];
    let v52 = (v50 + v51);
    let l53 = i48 * 10u + j49;
    b2[l53] = v52;
  }
  if (j0 + 3u < 10u) {
    let i54 = i0 + 1u;
    let j55 = j0 + 3u;
    let v56 = acc13.w;
    let v57 = b3[j55];
    let v58 = (v56 + v57);
    let l59 = i54 * 10u + j55;
    b2[l59] = v58;
  }
  {
    let i60 = i0 + 2u;
    let v61 = acc14.x;
    let v62 = b3[j0];
    let v63 = (v61 + v62);
    let l64 = i60 * 10u + j0;
    b2[l64] = v63;
  }
  if (j0 + 1u < 10u) {
    let i65 = i0 + 2u;
    let j66 = j0 + 1u;
    let v67 = acc14.y;
    let v68 = b3[j66];
    let v69 = (v67 + v68);
    let l70 = i65 * 10u + j66;
    b2[l70] = v69;
  }
  if (j0 + 2u < 10u) {
    let i71 = i0 + 2u;
    let j72 = j0 + 2u;
    let v73 = acc14.z;
    let v74 = b3[j72];
    let v75 = (v73 + v74);
    let l76 = i71 * 10u + j72;
    b2[l76] = v75;
  }
  if (j0 + 3u < 10u) {
    let i77 = i0 + 2u;
    let j78 = j0 + 3u;
    let v79 = acc14.w;
    let v80 = b3[j78];
    let v81 = (v79 + v80);
    let l82 = i77 * 10u + j78;
    b2[l82] = v81;
  }
  {
    let i83 = i0 + 3u;
    let v84 = acc15.x;
    let v85 = b3[j0];
    let v86 = (v84 + v85);
    let l87 = i83 * 10u + j0;
    b2[l87] = v86;
  }
  if (j0 + 1u < 10u) {
    let i88 = i0 + 3u;
    let j89 = j0 + 1u;
    let v90 = acc15.y;
    let v91 = b3[j89];
    let v92 = (v90 + v91);
    let l93 = i88 * 10u + j89;
    b2[l93] = v92;
  }
  if (j0 + 2u < 10u) {
    let i94 = i0 + 3u;
    let j95 = j0 + 2u;
    let v96 = acc15.z;
    let v97 = b3[j95];
    let v98 = (v96 + v97);
    let l99 = i94 * 10u + j95;
    b2[l99] = v98;
  }
  if (j0 + 3u < 10u) {
    let i100 = i0 + 3u;
    let j101 = j0 + 3u;
    let v102 = acc15.w;
    let v103 = b3[j101];
    let v104 = (v102 + v103);
    let l105 = i100 * 10u + j101;
    b2[l105] = v104;
  }
}

// ---- 037_reduce_sum_logits_batch_norm.wgsl
@group(0) @binding(0) var<storage, read> b0: array<f32>;
@group(0) @binding(1) var<storage, read_write> b1: array<f32>;

@compute @workgroup_size(64)
fn main(@builtin(global_invocation_id) gid: vec3<u32>) {
  let i = gid.x;
  if (i >= 10u) { return; }
  var acc0: f32 = 0.0;
  for (var r: u32 = 0u; r < 200u; r = r + 1u) {
    let l1 = r * 10u + i;
    let v2 = b0[l1];
    acc0 = acc0 + v2;
  }
  let v3 = (acc0 / 200.0);
  b1[i] = v3;
}

// ---- 038_sub_logits_batch_norm.wgsl
@group(0) @binding(0) var<storage, read> b0: array<f32>;
@group(0) @binding(1) var<storage, read> b1: array<f32>;
@group(0) @binding(2) var<storage, read_write> b2: array<f32>;

@compute @workgroup_size(64)
fn main(@builtin(global_invocation_id) gid: vec3<u32>) {
  let i = gid.x;
  if (i >= 2000u) { return; }
  let v0 = b0[i];
  let c1 = (i / 10u);
  let c2 = (i % 10u);
  let v3 = b1[c2];
  let v4 = (v0 - v3);
  b2[i] = v4;
}

// ---- 039_reduce_sum_logits_batch_norm.wgsl
@group(0) @binding(0) var<storage, read> b0: array<f32>;
@group(0) @binding(1) var<storage, read_write> b1: array<f32>;

@compute @workgroup_size(64)
fn main(@builtin(global_invocation_id) gid: vec3<u32>) {
  let i = gid.x;
  if (i >= 10u) { return; }
  var acc0: f32 = 0.0;
  for (var r: u32 = 0u; r < 200u; r = r + 1u) {
    let l1 = r * 10u + i;
    let v2 = b0[l1];
    let v3 = (v2 * v2);
    acc0 = acc0 + v3;
  }
  let v4 = (acc0 / 200.0);
  b1[i] = v4;
}

// ---- 040_add_logits_batch_norm.wgsl
@group(0) @binding(0) var<storage, read_write> b0: array<f32>;
@group(0) @binding(1) var<storage, read> b1: array<f32>;

@compute @workgroup_size(64)
fn main(@builtin(global_invocation_id) gid: vec3<u32>) {
  let i = gid.x;
  if (i >= 10u) { return; }
  let v0 = b0[i];
  let v1 = (v0 * 0.9);
  let v2 = b1[i];
  let v3 = (v2 * 0.09999999999999998);
  let v4 = (v1 + v3);
  b0[i] = v4;
}

// ---- 041_rsqrt_logits_batch_norm.wgsl
@group(0) @binding(0) var<storage, read> b0: array<f32>;
@group(0) @binding(1) var<storage, read_write> b1: array<f32>;

@compute @workgroup_size(64)
fn main(@builtin(global_invocation_id) gid: vec3<u32>) {
  let i = gid.x;
  if (i >= 10u) { return; }
  let v0 = b0[i];
  let v1 = (v0 + 0.001);
  let v2 = inverseSqrt(v1);
  b1[i] = v2;
}

// ---- 042_mul_logits_batch_norm.wgsl
@group(0) @binding(0) var<storage, read> b0: array<f32>;
@group(0) @binding(1) var<storage, read> b1: array<f32>;
@group(0) @binding(2) var<storage, read_write> b2: array<f32>;

@compute @workgroup_size(64)
fn main(@builtin(global_invocation_id) gid: vec3<u32>) {
  let i = gid.x;
  if (i >= 2000u) { return; }
  let v0 = b0[i];
  let c1 = (i / 10u);
  let c2 = (i % 10u);
  let v3 = b1[c2];
  let v4 = (v0 * v3);
  b2[i] = v4;
}

// ---- 043_add_logits_batch_norm.wgsl
@group(0) @binding(0) var<storage, read> b0: array<f32>;
@group(0) @binding(1) var<storage, read> b1: array<f32>;
@group(0) @binding(2) var<storage, read> b2: array<f32>;
@group(0) @binding(3) var<storage, read_write> b3: array<f32>;

@compute @workgroup_size(64)
fn main(@builtin(global_invocation_id) gid: vec3<u32>) {
  let i = gid.x;
  if (i >= 2000u) { return; }
  let v0 = b0[i];
  let c1 = (i / 10u);
  let c2 = (i % 10u);
  let v3 = b1[c2];
  let v4 = (v0 * v3);
  let v5 = b2[c2];
  let v6 = (v4 + v5);
  b3[i] = v6;
}

// ---- 044_one_hot_loss.wgsl
@group(0) @binding(0) var<storage, read> b0: array<i32>;
@group(0) @binding(1) var<storage, read_write> b1: array<f32>;

@compute @workgroup_size(64)
fn main(@builtin(global_invocation_id) gid: vec3<u32>) {
  let i = gid.x;
  if (i >= 2000u) { return; }
  let c0 = (i / 10u);
  let c1 = (i % 10u);
  let v2 = b0[c0];
  let v3 = select(0.0, 1.0, i32(c1) == v2);
  b1[i] = v3;
}

// ---- 045_reduce_max_loss.wgsl
@group(0) @binding(0) var<storage, read> b0: array<f32>;
@group(0) @binding(1) var<storage, read_write> b1: array<f32>;

@compute @workgroup_size(64)
fn main(@builtin(global_invocation_id) gid: vec3<u32>) {
  let i = gid.x;
  if (i >= 200u) { return; }
  var acc0: f32 = -3.4028234663852886e38;
  for (var r: u32 = 0u; r < 10u; r = r + 1u) {
    let l1 = i * 10u + r;
    let v2 = b0[l1];
    acc0 = max(acc0, v2);
  }
  b1[i] = acc0;
}

// ---- 046_sub_loss.wgsl
@group(0) @binding(0) var<storage, read> b0: array<f32>;
@group(0) @binding(1) var<storage, read> b1: array<f32>;
@group(0) @binding(2) var<storage, read_write> b2: array<f32>;

@compute @workgroup_size(64)
fn main(@builtin(global_invocation_id) gid: vec3<u32>) {
  let i = gid.x;
  if (i >= 2000u) { return; }
  let v0 = b0[i];
  let c1 = (i / 10u);
  let c2 = (i % 10u);
  let v3 = b1[c1];
  let v4 = (v0 - v3);
  b2[i] = v4;
}

// ---- 047_exp_loss.wgsl
@group(0) @binding(0) var<storage, read> b0: array<f32>;
@group(0) @binding(1) var<storage, read_write> b1: array<f32>;

@compute @workgroup_size(64)
fn main(@builtin(global_invocation_id) gid: vec3<u32>) {
  let i = gid.x;
  if (i >= 2000u) { return; }
  let v0 = b0[i];
  let v1 = exp(v0);
  b1[i] = v1;
}

// ---- 048_reduce_sum_loss.wgsl
@group(0) @binding(0) var<storage, read> b0: array<f32>;
@group(0) @binding(1) var<storage, read_write> b1: array<f32>;

@compute @workgroup_size(64)
fn main(@builtin(global_invocation_id) gid: vec3<u32>) {
  let i = gid.x;
  if (i >= 200u) { return; }
  var acc0: f32 = 0.0;
  for (var r: u32 = 0u; r < 10u; r = r + 1u) {
    let l1 = i * 10u + r;
    let v2 = b0[l1];
    acc0 = acc0 + v2;
  }
  b1[i] = acc0;
}

// ---- 049_reduce_sum_loss.wgsl
@group(0) @binding(0) var<storage, read> b0: array<f32>;
@group(0) @binding(1) var<storage, read> b1: array<f32>;
@group(0) @binding(2) var<storage, read> b2: array<f32>;
@group(0) @binding(3) var<storage, read_write> b3: array<f32>;

@compute @workgroup_size(64)
fn main(@builtin(global_invocation_id) gid: vec3<u32>) {
  let i = gid.x;
  if (i >= 200u) { return; }
  var acc0: f32 = 0.0;
  for (var r: u32 = 0u; r < 10u; r = r + 1u) {
    let l1 = i * 10u + r;
    let v2 = b0[l1];
    let v3 = b1[l1];
    let v4 = b2[i];
    let v5 = log(v4);
    let v6 = (v3 - v5);
    let v7 = (v2 * v6);
    acc0 = acc0 + v7;
  }
  b3[i] = acc0;
}

// ---- 050_reduce_sum_loss.wgsl
@group(0) @binding(0) var<storage, read> b0: array<f32>;
@group(0) @binding(1) var<storage, read_write> b1: array<f32>;

@compute @workgroup_size(64)
fn main(@builtin(global_invocation_id) gid: vec3<u32>) {
  let i = gid.x;
  if (i >= 1u) { return; }
  var acc0: f32 = 0.0;
  for (var r: u32 = 0u; r < 200u; r = r + 1u) {
    let v1 = b0[r];
    let v2 = (-v1);
    acc0 = acc0 + v2;
  }
  let v3 = (acc0 / 200.0);
  b1[i] = v3;
}

// ---- 051_reduce_sum_accuracy.wgsl
@group(0) @binding(0) var<storage, read> b0: array<f32>;
@group(0) @binding(1) var<storage, read> b1: array<f32>;
@group(0) @binding(2) var<storage, read_write> b2: array<f32>;

@compute @workgroup_size(64)
fn main(@builtin(global_invocation_id) gid: vec3<u32>) {
  let i = gid.x;
  if (i >= 200u) { return; }
  var acc0: f32 = 0.0;
  for (var r: u32 = 0u; r < 10u; r = r + 1u) {
    let l1 = i * 10u + r;
    let v2 = b0[l1];
    let v3 = b1[l1];
    let v4 = (v2 * v3);
    acc0 = acc0 + v4;
  }
  b2[i] = acc0;
}

// ---- 052_reduce_sum_accuracy.wgsl
@group(0) @binding(0) var<storage, read> b0: array<f32>;
@group(0) @binding(1) var<storage, read> b1: array<f32>;
@group(0) @binding(2) var<storage, read_write> b2: array<f32>;

@compute @workgroup_size(64)
fn main(@builtin(global_invocation_id) gid: vec3<u32>) {
  let i = gid.x;
  if (i >= 200u) { return; }
  var acc0: f32 = 0.0;
  for (var r: u32 = 0u; r < 10u; r = r + 1u) {
    let l1 = i * 10u + r;
    let v2 = b0[l1];
    let v3 = b1[i];
    let v4 = select(0.0, 1.0, v2 > v3);
    acc0 = acc0 + v4;
  }
  b2[i] = acc0;
}

// ---- 053_reduce_sum_accuracy.wgsl
@group(0) @binding(0) var<storage, read> b0: array<f32>;
@group(0) @binding(1) var<storage, read_write> b1: array<f32>;

@compute @workgroup_size(64)
fn main(@builtin(global_invocation_id) gid: vec3<u32>) {
  let i = gid.x;
  if (i >= 1u) { return; }
  var acc0: f32 = 0.0;
  for (var r: u32 = 0u; r < 200u; r = r + 1u) {
    let v1 = b0[r];
    let v2 = select(0.0, 1.0, v1 < 1.0);
    acc0 = acc0 + v2;
  }
  let v3 = (acc0 / 200.0);
  b1[i] = v3;
}

// ---- 054_mul_grad.wgsl
@group(0) @binding(0) var<storage, read> b0: array<f32>;
@group(0) @binding(1) var<storage, read_write> b1: array<f32>;

@compute @workgroup_size(64)
fn main(@builtin(global_invocation_id) gid: vec3<u32>) {
  let i = gid.x;
  if (i >= 2000u) { return; }
  let v0 = b0[i];
  let v1 = ((-0.005) * v0);
  b1[i] = v1;
}

// ---- 055_reduce_sum_grad.wgsl
@group(0) @binding(0) var<storage, read> b0: array<f32>;
@group(0) @binding(1) var<storage, read_write> b1: array<f32>;

@compute @workgroup_size(64)
fn main(@builtin(global_invocation_id) gid: vec3<u32>) {
  let i = gid.x;
  if (i >= 200u) { return; }
  var acc0: f32 = 0.0;
  for (var r: u32 = 0u; r < 10u; r = r + 1u) {
    let l1 = i * 10u + r;
    let v2 = b0[l1];
    let v3 = (-v2);
    acc0 = acc0 + v3;
  }
  b1[i] = acc0;
}

// ---- 056_add_grad.wgsl
@group(0) @binding(0) var<storage, read> b0: array<f32>;
@group(0) @binding(1) var<storage, read> b1: array<f32>;
@group(0) @binding(2) var<storage, read> b2: array<f32>;
@group(0) @binding(3) var<storage, read> b3: array<f32>;
@group(0) @binding(4) var<storage, read_write> b4: array<f32>;

@compute @workgroup_size(64)
fn main(@builtin(global_invocation_id) gid: vec3<u32>) {
  let i = gid.x;
  if (i >= 2000u) { return; }
  let v0 = b0[i];
  let c1 = (i / 10u);
  let c2 = (i % 10u);
  let v3 = b1[c1];
  let v4 = b2[c1];
  let v5 = (v3 / v4);
  let v6 = b3[i];
  let v7 = (v5 * v6);
  let v8 = (v0 + v7);
  b4[i] = v8;
}

// ---- 057_reduce_sum_grad.wgsl
@group(0) @binding(0) var<storage, read> b0: array<f32>;
@group(0) @binding(1) var<storage, read> b1: array<f32>;
@group(0) @binding(2) var<storage, read_write> b2: array<f32>;

@compute @workgroup_size(64)
fn main(@builtin(global_invocation_id) gid: vec3<u32>) {
  let i = gid.x;
  if (i >= 10u) { return; }
  var acc0: f32 = 0.0;
  for (var r: u32 = 0u; r < 200u; r = r + 1u) {
    let l1 = r * 10u + i;
    let v2 = b0[l1];
    let v3 = b1[l1];
    let v4 = (v2 * v3);
    acc0 = acc0 + v4;
  }
  b2[i] = acc0;
}

// ---- 058_reduce_sum_grad.wgsl
@group(0) @binding(0) var<storage, read> b0: array<f32>;
@group(0) @binding(1) var<storage, read_write> b1: array<f32>;

@compute @workgroup_size(64)
fn main(@builtin(global_invocation_id) gid: vec3<u32>) {
  let i = gid.x;
  if (i >= 10u) { return; }
  var acc0: f32 = 0.0;
  for (var r: u32 = 0u; r < 200u; r = r + 1u) {
    let l1 = r * 10u + i;
    let v2 = b0[l1];
    let v3 = (-v2);
    acc0 = acc0 + v3;
  }
  b1[i] = acc0;
}

// ---- 059_mul_grad.wgsl
@group(0) @binding(0) var<storage, read> b0: array<f32>;
@group(0) @binding(1) var<storage, read> b1: array<f32>;
@group(0) @binding(2) var<storage, read> b2: array<f32>;
@group(0) @binding(3) var<storage, read_write> b3: array<f32>;

@compute @workgroup_size(64)
fn main(@builtin(global_invocation_id) gid: vec3<u32>) {
  let i = gid.x;
  if (i >= 2000u) { return; }
  let c0 = (i / 10u);
  let c1 = (i % 10u);
  let v2 = b0[c1];
  let v3 = b1[c1];
  let v4 = (v3 * v3);
  let v5 = (v4 * v3);
  let v6 = (v5 * (-0.5));
  let v7 = (v2 * v6);
  let v8 = (v7 / 200.0);
  let v9 = b2[i];
  let v10 = (v8 * v9);
  b3[i] = v10;
}

// ---- 060_add_grad.wgsl
@group(0) @binding(0) var<storage, read> b0: array<f32>;
@group(0) @binding(1) var<storage, read_write> b1: array<f32>;

@compute @workgroup_size(64)
fn main(@builtin(global_invocation_id) gid: vec3<u32>) {
  let i = gid.x;
  if (i >= 2000u) { return; }
  let v0 = b0[i];
  let v1 = (v0 + v0);
  b1[i] = v1;
}

// ---- 061_add_grad.wgsl
@group(0) @binding(0) var<storage, read> b0: array<f32>;
@group(0) @binding(1) var<storage, read> b1: array<f32>;
@group(0) @binding(2) var<storage, read> b2: array<f32>;
@group(0) @binding(3) var<storage, read> b3: array<f32>;
@group(0) @binding(4) var<storage, read_write> b4: array<f32>;

@compute @workgroup_size(64)
fn main(@builtin(global_invocation_id) gid: vec3<u32>) {
  let i = gid.x;
  if (i >= 2000u) { return; }
  let v0 = b0[i];
  let v1 = b1[i];
  let v2 = (v0 + v1);
  let c3 = (i / 10u);
  let c4 = (i % 10u);
  let v5 = b2[c4];
  let v6 = b3[c4];
  let v7 = (v5 + v6);
  let v8 = (v7 / 200.0);
  let v9 = (v2 + v8);
  b4[i] = v9;
}

// ---- 062_matmul_grad.wgsl
@group(0) @binding(0) var<storage, read> b0: array<f32>;
@group(0) @binding(1) var<storage, read> b1: array<f32>;
@group(0) @binding(2) var<storage, read_write> b2: array<f32>;

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
  let ra8 = row0 * 10u;
  let ra9 = row1 * 10u;
  let ra10 = row2 * 10u;
  let ra11 = row3 * 10u;
  let cb12 = col4 * 10u;
  let cb13 = col5 * 10u;
  let cb14 = col6 * 10u;
  let cb15 = col7 * 10u;
  var acc16: vec4<f32> = vec4<f32>(0.0);
  var acc17: vec4<f32> = vec4<f32>(0.0);
  var acc18: vec4<f32> = vec4<f32>(0.0);
  var acc19: vec4<f32> = vec4<f32>(0.0);
  for (var k: u32 = 0u; k < 10u; k = k + 1u) {
    let bv20 = vec4<f32>(b1[cb12 + k], b1[cb13 + k], b1[cb14 + k], b1[cb15 + k]);
    acc16 = acc16 + b0[ra8 + k] * bv20;
    acc17 = acc17 + b0[ra9 + k] * bv20;
    acc18 = acc18 + b0[ra10 + k] * bv20;
    acc19 = acc19 + b0[ra11 + k] * bv20;
  }
  {
    let v21 = acc16.x;
    let l22 = i0 * 100u + j0;
    b2[l22] = v21;
  }
  {
    let j23 = j0 + 1u;
    let v24 = acc16.y;
    let l25 = i0 * 100u + j23;
    b2[l25] = v24;
  }
  {
    let j26 = j0 + 2u;
    let v27 = acc16.z;
    let l28 = i0 * 100u + j26;
    b2[l28] = v27;
  }
  {
    let j29 = j0 + 3u;
    let v30 = acc16.w;
    let l31 = i0 * 100u + j29;
    b2[l31] = v30;
  }
  {
    let i32 = i0 + 1u;
    let v33 = acc17.x;
    let l34 = i32 * 100u + j0;
    b2[l34] = v33;
  }
  {
    let i35 = i0 + 1u;
    let j36 = j0 + 1u;
    let v37 = acc17.y;
    let l38 = i35 * 100u + j36;
    b2[l38] = v37;
  }
  {
    let i39 = i0 + 1u;
    let j40 = j0 + 2u;
    let v41 = acc17.z;
    let l42 = i39 * 100u + j40;
    b2[l42] = v41;
  }
  {
    let i43 = i0 + 1u;
    let j44 = j0 + 3u;
    let v45 = acc17.w;
    let l46 = i43 * 100u + j44;
    b2[l46] = v45;
  }
  {
    let i47 = i0 + 2u;
    let v48 = acc18.x;
    let l49 = i47 * 100u + j0;
    b2[l49] = v48;
  }
  {
    let i50 = i0 + 2u;
    let j51 = j0 + 1u;
    let v52 = acc18.y;
    let l53 = i50 * 100u + j51;
    b2[l53] = v52;
  }
  {
    let i54 = i0 + 2u;
    let j55 = j0 + 2u;
    let v56 = acc18.z;
    let l57 = i54 * 100u + j55;
    b2[l57] = v56;
  }
  {
    let i58 = i0 + 2u;
    let j59 = j0 + 3u;
    let v60 = acc18.w;
    let l61 = i58 * 100u + j59;
    b2[l61] = v60;
  }
  {
    let i62 = i0 + 3u;
    let v63 = acc19.x;
    let l64 = i62 * 100u + j0;
    b2[l64] = v63;
  }
  {
    let i65 = i0 + 3u;
    let j66 = j0 + 1u;
    let v67 = acc19.y;
    let l68 = i65 * 100u + j66;
    b2[l68] = v67;
  }
  {
    let i69 = i0 + 3u;
    let j70 = j0 + 2u;
    let v71 = acc19.z;
    let l72 = i69 * 100u + j70;
    b2[l72] = v71;
  }
  {
    let i73 = i0 + 3u;
    let j74 = j0 + 3u;
    let v75 = acc19.w;
    let l76 = i73 * 100u + j74;
    b2[l76] = v75;
  }
}

// ---- 063_add_grad.wgsl
@group(0) @binding(0) var<storage, read> b0: array<f32>;
@group(0) @binding(1) var<storage, read> b1: array<f32>;
@group(0) @binding(2) var<storage, read> b2: array<f32>;
@group(0) @binding(3) var<storage, read> b3: array<f32>;
@group(0) @binding(4) var<storage, read_write> b4: array<f32>;

@compute @workgroup_size(64)
fn main(@builtin(global_invocation_id) gid: vec3<u32>) {
  let i = gid.x;
  if (i >= 20000u) { return; }
  let v0 = b0[i];
  let v1 = b1[i];
  let v2 = select(0.0, v0, v1 != 0.0);
  let v3 = select(v0, 0.0, v1 != 0.0);
  let v4 = b2[i];
  let v5 = (v3 * v4);
  let v6 = b3[i];
  let c7 = (i / 100u);
  let c8 = (i % 100u);
  let v9 = select(0.0, 1.0, v6 <= 0.0);
  let v10 = (v5 * v9);
  let v11 = (v2 + v10);
  b4[i] = v11;
}

// ---- 064_reduce_sum_grad.wgsl
@group(0) @binding(0) var<storage, read> b0: array<f32>;
@group(0) @binding(1) var<storage, read> b1: array<f32>;
@group(0) @binding(2) var<storage, read_write> b2: array<f32>;

@compute @workgroup_size(64)
fn main(@builtin(global_invocation_id) gid: vec3<u32>) {
  let i = gid.x;
  if (i >= 100u) { return; }
  var acc0: f32 = 0.0;
  for (var r: u32 = 0u; r < 200u; r = r + 1u) {
    let l1 = r * 100u + i;
    let v2 = b0[l1];
    let v3 = b1[l1];
    let v4 = (v2 * v3);
    acc0 = acc0 + v4;
  }
  b2[i] = acc0;
}

// ---- 065_reduce_sum_grad.wgsl
@group(0) @binding(0) var<storage, read> b0: array<f32>;
@group(0) @binding(1) var<storage, read_write> b1: array<f32>;

@compute @workgroup_size(64)
fn main(@builtin(global_invocation_id) gid: vec3<u32>) {
  let i = gid.x;
  if (i >= 100u) { return; }
  var acc0: f32 = 0.0;
  for (var r: u32 = 0u; r < 200u; r = r + 1u) {
    let l1 = r * 100u + i;
    let v2 = b0[l1];
    let v3 = (-v2);
    acc0 = acc0 + v3;
  }
  b1[i] = acc0;
}

// ---- 066_mul_grad.wgsl
@group(0) @binding(0) var<storage, read> b0: array<f32>;
@group(0) @binding(1) var<storage, read> b1: array<f32>;
@group(0) @binding(2) var<storage, read> b2: array<f32>;
@group(0) @binding(3) var<storage, read_write> b3: array<f32>;

@compute @workgroup_size(64)
fn main(@builtin(global_invocation_id) gid: vec3<u32>) {
  let i = gid.x;
  if (i >= 20000u) { return; }
  let c0 = (i / 100u);
  let c1 = (i % 100u);
  let v2 = b0[c1];
  let v3 = b1[c1];
  let v4 = (v3 * v3);
  let v5 = (v4 * v3);
  let v6 = (v5 * (-0.5));
  let v7 = (v2 * v6);
  let v8 = (v7 / 200.0);
  let v9 = b2[i];
  let v10 = (v8 * v9);
  b3[i] = v10;
}

// ---- 067_add_grad.wgsl
@group(0) @binding(0) var<storage, read> b0: array<f32>;
@group(0) @binding(1) var<storage, read_write> b1: array<f32>;

@compute @workgroup_size(64)
fn main(@builtin(global_invocation_id) gid: vec3<u32>) {
  let i = gid.x;
  if (i >= 20000u) { return; }
  let v0 = b0[i];
  let v1 = (v0 + v0);
  b1[i] = v1;
}

// ---- 068_add_grad.wgsl
@group(0) @binding(0) var<storage, read> b0: array<f32>;
@group(0) @binding(1) var<storage, read> b1: array<f32>;
@group(0) @binding(2) var<storage, read> b2: array<f32>;
@group(0) @binding(3) var<storage, read> b3: array<f32>;
@group(0) @binding(4) var<storage, read_write> b4: array<f32>;

@compute @workgroup_size(64)
fn main(@builtin(global_invocation_id) gid: vec3<u32>) {
  let i = gid.x;
  if (i >= 20000u) { return; }
  let v0 = b0[i];
  let v1 = b1[i];
  let v2 = (v0 + v1);
  let c3 = (i / 100u);
  let c4 = (i % 100u);
  let v5 = b2[c4];
  let v6 = b3[c4];
  let v7 = (v5 + v6);
  let v8 = (v7 / 200.0);
  let v9 = (v2 + v8);
  b4[i] = v9;
}

// ---- 069_matmul_grad.wgsl
@group(0) @binding(0) var<storage, read> b0: array<f32>;
@group(0) @binding(1) var<storage, read> b1: array<f32>;
@group(0) @binding(2) var<storage, read_write> b2: array<f32>;

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
  let ra8 = row0 * 100u;
  let ra9 = row1 * 100u;
  let ra10 = row2 * 100u;
  let ra11 = row3 * 100u;
  let cb12 = col4 * 100u;
  let cb13 = col5 * 100u;
  let cb14 = col6 * 100u;
  let cb15 = col7 * 100u;
  var acc16: vec4<f32> = vec4<f32>(0.0);
  var acc17: vec4<f32> = vec4<f32>(0.0);
  var acc18: vec4<f32> = vec4<f32>(0.0);
  var acc19: vec4<f32> = vec4<f32>(0.0);
  for (var k: u32 = 0u; k < 100u; k = k + 1u) {
    let bv20 = vec4<f32>(b1[cb12 + k], b1[cb13 + k], b1[cb14 + k], b1[cb15 + k]);
    acc16 = acc16 + b0[ra8 + k] * bv20;
    acc17 = acc17 + b0[ra9 + k] * bv20;
    acc18 = acc18 + b0[ra10 + k] * bv20;
    acc19 = acc19 + b0[ra11 + k] * bv20;
  }
  {
    let v21 = acc16.x;
    let l22 = i0 * 300u + j0;
    b2[l22] = v21;
  }
  {
    let j23 = j0 + 1u;
    let v24 = acc16.y;
    let l25 = i0 * 300u + j23;
    b2[l25] = v24;
  }
  {
    let j26 = j0 + 2u;
    let v27 = acc16.z;
    let l28 = i0 * 300u + j26;
    b2[l28] = v27;
  }
  {
    let j29 = j0 + 3u;
    let v30 = acc16.w;
    let l31 = i0 * 300u + j29;
    b2[l31] = v30;
  }
  {
    let i32 = i0 + 1u;
    let v33 = acc17.x;
    let l34 = i32 * 300u + j0;
    b2[l34] = v33;
  }
  {
    let i35 = i0 + 1u;
    let j36 = j0 + 1u;
    let v37 = acc17.y;
    let l38 = i35 * 300u + j36;
    b2[l38] = v37;
  }
  {
    let i39 = i0 + 1u;
    let j40 = j0 + 2u;
    let v41 = acc17.z;
    let l42 = i39 * 300u + j40;
    b2[l42] = v41;
  }
  {
    let i43 = i0 + 1u;
    let j44 = j0 + 3u;
    let v45 = acc17.w;
    let l46 = i43 * 300u + j44;
    b2[l46] = v45;
  }
  {
    let i47 = i0 + 2u;
    let v48 = acc18.x;
    let l49 = i47 * 300u + j0;
    b2[l49] = v48;
  }
  {
    let i50 = i0 + 2u;
    let j51 = j0 + 1u;
    let v52 = acc18.y;
    let l53 = i50 * 300u + j51;
    b2[l53] = v52;
  }
  {
    let i54 = i0 + 2u;
    let j55 = j0 + 2u;
    let v56 = acc18.z;
    let l57 = i54 * 300u + j55;
    b2[l57] = v56;
  }
  {
    let i58 = i0 + 2u;
    let j59 = j0 + 3u;
    let v60 = acc18.w;
    let l61 = i58 * 300u + j59;
    b2[l61] = v60;
  }
  {
    let i62 = i0 + 3u;
    let v63 = acc19.x;
    let l64 = i62 * 300u + j0;
    b2[l64] = v63;
  }
  {
    let i65 = i0 + 3u;
    let j66 = j0 + 1u;
    let v67 = acc19.y;
    let l68 = i65 * 300u + j66;
    b2[l68] = v67;
  }
  {
    let i69 = i0 + 3u;
    let j70 = j0 + 2u;
    let v71 = acc19.z;
    let l72 = i69 * 300u + j70;
    b2[l72] = v71;
  }
  {
    let i73 = i0 + 3u;
    let j74 = j0 + 3u;
    let v75 = acc19.w;
    let l76 = i73 * 300u + j74;
    b2[l76] = v75;
  }
}

// ---- 070_add_grad.wgsl
@group(0) @binding(0) var<storage, read> b0: array<f32>;
@group(0) @binding(1) var<storage, read> b1: array<f32>;
@group(0) @binding(2) var<storage, read> b2: array<f32>;
@group(0) @binding(3) var<storage, read> b3: array<f32>;
@group(0) @binding(4) var<storage, read_write> b4: array<f32>;

@compute @workgroup_size(64)
fn main(@builtin(global_invocation_id) gid: vec3<u32>) {
  let i = gid.x;
  if (i >= 60000u) { return; }
  let v0 = b0[i];
  let v1 = b1[i];
  let v2 = select(0.0, v0, v1 != 0.0);
  let v3 = select(v0, 0.0, v1 != 0.0);
  let v4 = b2[i];
  let v5 = (v3 * v4);
  let v6 = b3[i];
  let c7 = (i / 300u);
  let c8 = (i % 300u);
  let v9 = select(0.0, 1.0, v6 <= 0.0);
  let v10 = (v5 * v9);
  let v11 = (v2 + v10);
  b4[i] = v11;
}

// ---- 071_reduce_sum_grad.wgsl
@group(0) @binding(0) var<storage, read> b0: array<f32>;
@group(0) @binding(1) var<storage, read> b1: array<f32>;
@group(0) @binding(2) var<storage, read_write> b2: array<f32>;

@compute @workgroup_size(64)
fn main(@builtin(global_invocation_id) gid: vec3<u32>) {
  let i = gid.x;
  if (i >= 300u) { return; }
  var acc0: f32 = 0.0;
  for (var r: u32 = 0u; r < 200u; r = r + 1u) {
    let l1 = r * 300u + i;
    let v2 = b0[l1];
    let v3 = b1[l1];
    let v4 = (v2 * v3);
    acc0 = acc0 + v4;
  }
  b2[i] = acc0;
}

// ---- 072_reduce_sum_grad.wgsl
@group(0) @binding(0) var<storage, read> b0: array<f32>;
@group(0) @binding(1) var<storage, read_write> b1: array<f32>;

@compute @workgroup_size(64)
fn main(@builtin(global_invocation_id) gid: vec3<u32>) {
  let i = gid.x;
  if (i >= 300u) { return; }
  var acc0: f32 = 0.0;
  for (var r: u32 = 0u; r < 200u; r = r + 1u) {
    let l1 = r * 300u + i;
    let v2 = b0[l1];
    let v3 = (-v2);
    acc0 = acc0 + v3;
  }
  b1[i] = acc0;
}

// ---- 073_mul_grad.wgsl
@group(0) @binding(0) var<storage, read> b0: array<f32>;
@group(0) @binding(1) var<storage, read> b1: array<f32>;
@group(0) @binding(2) var<storage, read> b2: array<f32>;
@group(0) @binding(3) var<storage, read_write> b3: array<f32>;

@compute @workgroup_size(64)
fn main(@builtin(global_invocation_id) gid: vec3<u32>) {
  let i = gid.x;
  if (i >= 60000u) { return; }
  let c0 = (i / 300u);
  let c1 = (i % 300u);
  let v2 = b0[c1];
  let v3 = b1[c1];
  let v4 = (v3 * v3);
  let v5 = (v4 * v3);
  let v6 = (v5 * (-0.5));
  let v7 = (v2 * v6);
  let v8 = (v7 / 200.0);
  let v9 = b2[i];
  let v10 = (v8 * v9);
  b3[i] = v10;
}

// ---- 074_add_grad.wgsl
@group(0) @binding(0) var<storage, read> b0: array<f32>;
@group(0) @binding(1) var<storage, read_write> b1: array<f32>;

@compute @workgroup_size(64)
fn main(@builtin(global_invocation_id) gid: vec3<u32>) {
  let i = gid.x;
  if (i >= 60000u) { return; }
  let v0 = b0[i];
  let v1 = (v0 + v0);
  b1[i] = v1;
}

// ---- 075_add_grad.wgsl
@group(0) @binding(0) var<storage, read> b0: array<f32>;
@group(0) @binding(1) var<storage, read> b1: array<f32>;
@group(0) @binding(2) var<storage, read> b2: array<f32>;
@group(0) @binding(3) var<storage, read> b3: array<f32>;
@group(0) @binding(4) var<storage, read_write> b4: array<f32>;

@compute @workgroup_size(64)
fn main(@builtin(global_invocation_id) gid: vec3<u32>) {
  let i = gid.x;
  if (i >= 60000u) { return; }
  let v0 = b0[i];
  let v1 = b1[i];
  let v2 = (v0 + v1);
  let c3 = (i / 300u);
  let c4 = (i % 300u);
  let v5 = b2[c4];
  let v6 = b3[c4];
  let v7 = (v5 + v6);
  let v8 = (v7 / 200.0);
  let v9 = (v2 + v8);
  b4[i] = v9;
}

// ---- 076_matmul_optimizer.wgsl
@group(0) @binding(0) var<storage, read> b0: array<f32>;
@group(0) @binding(1) var<storage, read> b1: array<f32>;
@group(0) @binding(2) var<storage, read_write> b2: array<f32>;

@compute @workgroup_size(64)
fn main(@builtin(global_invocation_id) gid: vec3<u32>) {
  let t = gid.x;
  if (t >= 14700u) { return; }
  let i0 = (t / 75u) * 4u;
  let j0 = (t % 75u) * 4u;
  let row0 = min(i0 + 0u, 783u);
  let row1 = min(i0 + 1u, 783u);
  let row2 = min(i0 + 2u, 783u);
  let row3 = min(i0 + 3u, 783u);
  let col4 = min(j0 + 0u, 299u);
  let col5 = min(j0 + 1u, 299u);
  let col6 = min(j0 + 2u, 299u);
  let col7 = min(j0 + 3u, 299u);
  var acc8: vec4<f32> = vec4<f32>(0.0);
  var acc9: vec4<f32> = vec4<f32>(0.0);
  var acc10: vec4<f32> = vec4<f32>(0.0);
  var acc11: vec4<f32> = vec4<f32>(0.0);
  for (var k: u32 = 0u; k < 200u; k = k + 1u) {
    let rb12 = k * 300u;
    let bv13 = vec4<f32>(b1[rb12 + col4], b1[rb12 + col5], b1[rb12 + col6], b1[rb12 + col7]);
    let rk14 = k * 784u;
    acc8 = acc8 + b0[rk14 + row0] * bv13;
    acc9 = acc9 + b0[rk14 + row1] * bv13;
    acc10 = acc10 + b0[rk14 + row2] * bv13;
    acc11 = acc11 + b0[rk14 + row3] * bv13;
  }
  {
    let l15 = i0 * 300u + j0;
    let v16 = b2[l15];
    let v17 = acc8.x;
    let v18 = (v17 * 0.01);
    let v19 = (v16 - v18);
    b2[l15] = v19;
  }
  {
    let j20 = j0 + 1u;
    let l21 = i0 * 300u + j20;
    let v22 = b2[l21];
    let v23 = acc8.y;
    let v24 = (v23 * 0.01);
    let v25 = (v22 - v24);
    b2[l21] = v25;
  }
  {
    let j26 = j0 + 2u;
    let l27 = i0 * 300u + j26;
    let v28 = b2[l27];
    let v29 = acc8.z;
    let v30 = (v29 * 0.01);
    let v31 = (v28 - v30);
    b2[l27] = v31;
  }
  {
    let j32 = j0 + 3u;
    let l33 = i0 * 300u + j32;
    let v34 = b2[l33];
    let v35 = acc8.w;
    let v36 = (v35 * 0.01);
    let v37 = (v34 - v36);
    b2[l33] = v37;
  }
  {
    let i38 = i0 + 1u;
    let l39 = i38 * 300u + j0;
    let v40 = b2[l39];
    let v41 = acc9.x;
    let v42 = (v41 * 0.01);
    let v43 = (v40 - v42);
    b2[l39] = v43;
  }
  {
    let i44 = i0 + 1u;
    let j45 = j0 + 1u;
    let l46 = i44 * 300u + j45;
    let v47 = b2[l46];
    let v48 = acc9.y;
    let v49 = (v48 * 0.01);
    let v50 = (v47 - v49);
    b2[l46] = v50;
  }
  {
    let i51 = i0 + 1u;
    let j52 = j0 + 2u;
    let l53 = i51 * 300u + j52;
    let v54 = b2[l53];
    let v55 = acc9.z;
    let v56 = (v55 * 0.01);
    let v57 = (v54 - v56);
    b2[l53] = v57;
  }
  {
    let i58 = i0 + 1u;
    let j59 = j0 + 3u;
    let l60 = i58 * 300u + j59;
    let v61 = b2[l60];
    let v62 = acc9.w;
    let v63 = (v62 * 0.01);
    let v64 = (v61 - v63);
    b2[l60] = v64;
  }
  {
    let i65 = i0 + 2u;
    let l66 = i65 * 300u + j0;
    let v67 = b2[l66];
    let v68 = acc10.x;
    let v69 = (v68 * 0.01);
    let v70 = (v67 - v69);
    b2[l66] = v70;
  }
  {
    let i71 = i0 + 2u;
    let j72 = j0 + 1u;
    let l73 = i71 * 300u + j72;
    let v74 = b2[l73];
    let v75 = acc10.y;
    let v76 = (v75 * 0.01);
    let v77 = (v74 - v76);
    b2[l73] = v77;
  }
  {
    let i78 = i0 + 2u;
    let j79 = j0 + 2u;
    let l80 = i78 * 300u + j79;
    let v81 = b2[l80];
    let v82 = acc10.z;
    let v83 = (v82 * 0.01);
    let v84 = (v81 - v83);
    b2[l80] = v84;
  }
  {
    let i85 = i0 + 2u;
    let j86 = j0 + 3u;
    let l87 = i85 * 300u + j86;
    let v88 = b2[l87];
    let v89 = acc10.w;
    let v90 = (v89 * 0.01);
    let v91 = (v88 - v90);
    b2[l87] = v91;
  }
  {
    let i92 = i0 + 3u;
    let l93 = i92 * 300u + j0;
    let v94 = b2[l93];
    let v95 = acc11.x;
    let v96 = (v95 * 0.01);
    let v97 = (v94 - v96);
    b2[l93] = v97;
  }
  {
    let i98 = i0 + 3u;
    let j99 = j0 + 1u;
    let l100 = i98 * 300u + j99;
    let v101 = b2[l100];
    let v102 = acc11.y;
    let v103 = (v102 * 0.01);
    let v104 = (v101 - v103);
    b2[l100] = v104;
  }
  {
    let i105 = i0 + 3u;
    let j106 = j0 + 2u;
    let l107 = i105 * 300u + j106;
    let v108 = b2[l107];
    let v109 = acc11.z;
    let v110 = (v109 * 0.01);
    let v111 = (v108 - v110);
    b2[l107] = v111;
  }
  {
    let i112 = i0 + 3u;
    let j113 = j0 + 3u;
    let l114 = i112 * 300u + j113;
    let v115 = b2[l114];
    let v116 = acc11.w;
    let v117 = (v116 * 0.01);
    let v118 = (v115 - v117);
    b2[l114] = v118;
  }
}

// ---- 077_reduce_sum_optimizer.wgsl
@group(0) @binding(0) var<storage, read_write> b0: array<f32>;
@group(0) @binding(1) var<storage, read> b1: array<f32>;

@compute @workgroup_size(64)
fn main(@builtin(global_invocation_id) gid: vec3<u32>) {
  let i = gid.x;
  if (i >= 300u) { return; }
  let v0 = b0[i];
  var acc1: f32 = 0.0;
  for (var r: u32 = 0u; r < 200u; r = r + 1u) {
    let l2 = r * 300u + i;
    let v3 = b1[l2];
    acc1 = acc1 + v3;
  }
  let v4 = (acc1 * 0.01);
  let v5 = (v0 - v4);
  b0[i] = v5;
}

// ---- 078_reduce_sum_optimizer.wgsl
@group(0) @binding(0) var<storage, read_write> b0: array<f32>;
@group(0) @binding(1) var<storage, read> b1: array<f32>;
@group(0) @binding(2) var<storage, read> b2: array<f32>;

@compute @workgroup_size(64)
fn main(@builtin(global_invocation_id) gid: vec3<u32>) {
  let i = gid.x;
  if (i >= 300u) { return; }
  let v0 = b0[i];
  var acc1: f32 = 0.0;
  for (var r: u32 = 0u; r < 200u; r = r + 1u) {
    let l2 = r * 300u + i;
    let v3 = b1[l2];
    let v4 = b2[l2];
    let v5 = (v3 * v4);
    acc1 = acc1 + v5;
  }
  let v6 = (acc1 * 0.01);
  let v7 = (v0 - v6);
  b0[i] = v7;
}

// ---- 079_matmul_optimizer.wgsl
@group(0) @binding(0) var<storage, read> b0: array<f32>;
@group(0) @binding(1) var<storage, read> b1: array<f32>;
@group(0) @binding(2) var<storage, read_write> b2: array<f32>;

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
  for (var k: u32 = 0u; k < 200u; k = k + 1u) {
    let rb12 = k * 100u;
    let bv13 = vec4<f32>(b1[rb12 + col4], b1[rb12 + col5], b1[rb12 + col6], b1[rb12 + col7]);
    let rk14 = k * 300u;
    acc8 = acc8 + b0[rk14 + row0] * bv13;
    acc9 = acc9 + b0[rk14 + row1] * bv13;
    acc10 = acc10 + b0[rk14 + row2] * bv13;
    acc11 = acc11 + b0[rk14 + row3] * bv13;
  }
  {
    let l15 = i0 * 100u + j0;
    let v16 = b2[l15];
    let v17 = acc8.x;
    let v18 = (v17 * 0.01);
    let v19 = (v16 - v18);
    b2[l15] = v19;
  }
  {
    let j20 = j0 + 1u;
    let l21 = i0 * 100u + j20;
    let v22 = b2[l21];
    let v23 = acc8.y;
    let v24 = (v23 * 0.01);
    let v25 = (v22 - v24);
    b2[l21] = v25;
  }
  {
    let j26 = j0 + 2u;
    let l27 = i0 * 100u + j26;
    let v28 = b2[l27];
    let v29 = acc8.z;
    let v30 = (v29 * 0.01);
    let v31 = (v28 - v30);
    b2[l27] = v31;
  }
  {
    let j32 = j0 + 3u;
    let l33 = i0 * 100u + j32;
    let v34 = b2[l33];
    let v35 = acc8.w;
    let v36 = (v35 * 0.01);
    let v37 = (v34 - v36);
    b2[l33] = v37;
  }
  {
    let i38 = i0 + 1u;
    let l39 = i38 * 100u + j0;
    let v40 = b2[l39];
    let v41 = acc9.x;
    let v42 = (v41 * 0.01);
    let v43 = (v40 - v42);
    b2[l39] = v43;
  }
  {
    let i44 = i0 + 1u;
    let j45 = j0 + 1u;
    let l46 = i44 * 100u + j45;
    let v47 = b2[l46];
    let v48 = acc9.y;
    let v49 = (v48 * 0.01);
    let v50 = (v47 - v49);
    b2[l46] = v50;
  }
  {
    let i51 = i0 + 1u;
    let j52 = j0 + 2u;
    let l53 = i51 * 100u + j52;
    let v54 = b2[l53];
    let v55 = acc9.z;
    let v56 = (v55 * 0.01);
    let v57 = (v54 - v56);
    b2[l53] = v57;
  }
  {
    let i58 = i0 + 1u;
    let j59 = j0 + 3u;
    let l60 = i58 * 100u + j59;
    let v61 = b2[l60];
    let v62 = acc9.w;
    let v63 = (v62 * 0.01);
    let v64 = (v61 - v63);
    b2[l60] = v64;
  }
  {
    let i65 = i0 + 2u;
    let l66 = i65 * 100u + j0;
    let v67 = b2[l66];
    let v68 = acc10.x;
    let v69 = (v68 * 0.01);
    let v70 = (v67 - v69);
    b2[l66] = v70;
  }
  {
    let i71 = i0 + 2u;
    let j72 = j0 + 1u;
    let l73 = i71 * 100u + j72;
    let v74 = b2[l73];
    let v75 = acc10.y;
    let v76 = (v75 * 0.01);
    let v77 = (v74 - v76);
    b2[l73] = v77;
  }
  {
    let i78 = i0 + 2u;
    let j79 = j0 + 2u;
    let l80 = i78 * 100u + j79;
    let v81 = b2[l80];
    let v82 = acc10.z;
    let v83 = (v82 * 0.01);
    let v84 = (v81 - v83);
    b2[l80] = v84;
  }
  {
    let i85 = i0 + 2u;
    let j86 = j0 + 3u;
    let l87 = i85 * 100u + j86;
    let v88 = b2[l87];
    let v89 = acc10.w;
    let v90 = (v89 * 0.01);
    let v91 = (v88 - v90);
    b2[l87] = v91;
  }
  {
    let i92 = i0 + 3u;
    let l93 = i92 * 100u + j0;
    let v94 = b2[l93];
    let v95 = acc11.x;
    let v96 = (v95 * 0.01);
    let v97 = (v94 - v96);
    b2[l93] = v97;
  }
  {
    let i98 = i0 + 3u;
    let j99 = j0 + 1u;
    let l100 = i98 * 100u + j99;
    let v101 = b2[l100];
    let v102 = acc11.y;
    let v103 = (v102 * 0.01);
    let v104 = (v101 - v103);
    b2[l100] = v104;
  }
  {
    let i105 = i0 + 3u;
    let j106 = j0 + 2u;
    let l107 = i105 * 100u + j106;
    let v108 = b2[l107];
    let v109 = acc11.z;
    let v110 = (v109 * 0.01);
    let v111 = (v108 - v110);
    b2[l107] = v111;
  }
  {
    let i112 = i0 + 3u;
    let j113 = j0 + 3u;
    let l114 = i112 * 100u + j113;
    let v115 = b2[l114];
    let v116 = acc11.w;
    let v117 = (v116 * 0.01);
    let v118 = (v115 - v117);
    b2[l114] = v118;
  }
}

// ---- 080_reduce_sum_optimizer.wgsl
@group(0) @binding(0) var<storage, read_write> b0: array<f32>;
@group(0) @binding(1) var<storage, read> b1: array<f32>;

@compute @workgroup_size(64)
fn main(@builtin(global_invocation_id) gid: vec3<u32>) {
  let i = gid.x;
  if (i >= 100u) { return; }
  let v0 = b0[i];
  var acc1: f32 = 0.0;
  for (var r: u32 = 0u; r < 200u; r = r + 1u) {
    let l2 = r * 100u + i;
    let v3 = b1[l2];
    acc1 = acc1 + v3;
  }
  let v4 = (acc1 * 0.01);
  let v5 = (v0 - v4);
  b0[i] = v5;
}

// ---- 081_reduce_sum_optimizer.wgsl
@group(0) @binding(0) var<storage, read_write> b0: array<f32>;
@group(0) @binding(1) var<storage, read> b1: array<f32>;
@group(0) @binding(2) var<storage, read> b2: array<f32>;

@compute @workgroup_size(64)
fn main(@builtin(global_invocation_id) gid: vec3<u32>) {
  let i = gid.x;
  if (i >= 100u) { return; }
  let v0 = b0[i];
  var acc1: f32 = 0.0;
  for (var r: u32 = 0u; r < 200u; r = r + 1u) {
    let l2 = r * 100u + i;
    let v3 = b1[l2];
    let v4 = b2[l2];
    let v5 = (v3 * v4);
    acc1 = acc1 + v5;
  }
  let v6 = (acc1 * 0.01);
  let v7 = (v0 - v6);
  b0[i] = v7;
}

// ---- 082_matmul_optimizer.wgsl
@group(0) @binding(0) var<storage, read> b0: array<f32>;
@group(0) @binding(1) var<storage, read> b1: array<f32>;
@group(0) @binding(2) var<storage, read_write> b2: array<f32>;

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
    let bv13 = vec4<f32>(b1[rb12 + col4], b1[rb12 + col5], b1[rb12 + col6], b1[rb12 + col7]);
    let rk14 = k * 100u;
    acc8 = acc8 + b0[rk14 + row0] * bv13;
    acc9 = acc9 + b0[rk14 + row1] * bv13;
    acc10 = acc10 + b0[rk14 + row2] * bv13;
    acc11 = acc11 + b0[rk14 + row3] * bv13;
  }
  {
    let l15 = i0 * 10u + j0;
    let v16 = b2[l15];
    let v17 = acc8.x;
    let v18 = (v17 * 0.01);
    let v19 = (v16 - v18);
    b2[l15] = v19;
  }
  if (j0 + 1u < 10u) {
    let j20 = j0 + 1u;
    let l21 = i0 * 10u + j20;
    let v22 = b2[l21];
    let v23 = acc8.y;
    let v24 = (v23 * 0.01);
    let v25 = (v22 - v24);
    b2[l21] = v25;
  }
  if (j0 + 2u < 10u) {
    let j26 = j0 + 2u;
    let l27 = i0 * 10u + j26;
    let v28 = b2[l27];
    let v29 = acc8.z;
    let v30 = (v29 * 0.01);
    let v31 = (v28 - v30);
    b2[l27] = v31;
  }
  if (j0 + 3u < 10u) {
    let j32 = j0 + 3u;
    let l33 = i0 * 10u + j32;
    let v34 = b2[l33];
    let v35 = acc8.w;
    let v36 = (v35 * 0.01);
    let v37 = (v34 - v36);
    b2[l33] = v37;
  }
  {
    let i38 = i0 + 1u;
    let l39 = i38 * 10u + j0;
    let v40 = b2[l39];
    let v41 = acc9.x;
    let v42 = (v41 * 0.01);
    let v43 = (v40 - v42);
    b2[l39] = v43;
  }
  if (j0 + 1u < 10u) {
    let i44 = i0 + 1u;
    let j45 = j0 + 1u;
    let l46 = i44 * 10u + j45;
    let v47 = b2[l46];
    let v48 = acc9.y;
    let v49 = (v48 * 0.01);
    let v50 = (v47 - v49);
    b2[l46] = v50;
  }
  if (j0 + 2u < 10u) {
    let i51 = i0 + 1u;
    let j52 = j0 + 2u;
    let l53 = i51 * 10u + j52;
    let v54 = b2[l53];
    let v55 = acc9.z;
    let v56 = (v55 * 0.01);
    let v57 = (v54 - v56);
    b2[l53] = v57;
  }
  if (j0 + 3u < 10u) {
    let i58 = i0 + 1u;
    let j59 = j0 + 3u;
    let l60 = i58 * 10u + j59;
    let v61 = b2[l60];
    let v62 = acc9.w;
    let v63 = (v62 * 0.01);
    let v64 = (v61 - v63);
    b2[l60] = v64;
  }
  {
    let i65 = i0 + 2u;
    let l66 = i65 * 10u + j0;
    let v67 = b2[l66];
    let v68 = acc10.x;
    let v69 = (v68 * 0.01);
    let v70 = (v67 - v69);
    b2[l66] = v70;
  }
  if (j0 + 1u < 10u) {
    let i71 = i0 + 2u;
    let j72 = j0 + 1u;
    let l73 = i71 * 10u + j72;
    let v74 = b2[l73];
    let v75 = acc10.y;
    let v76 = (v75 * 0.01);
    let v77 = (v74 - v76);
    b2[l73] = v77;
  }
  if (j0 + 2u < 10u) {
    let i78 = i0 + 2u;
    let j79 = j0 + 2u;
    let l80 = i78 * 10u + j79;
    let v81 = b2[l80];
    let v82 = acc10.z;
    let v83 = (v82 * 0.01);
    let v84 = (v81 - v83);
    b2[l80] = v84;
  }
  if (j0 + 3u < 10u) {
    let i85 = i0 + 2u;
    let j86 = j0 + 3u;
    let l87 = i85 * 10u + j86;
    let v88 = b2[l87];
    let v89 = acc10.w;
    let v90 = (v89 * 0.01);
    let v91 = (v88 - v90);
    b2[l87] = v91;
  }
  {
    let i92 = i0 + 3u;
    let l93 = i92 * 10u + j0;
    let v94 = b2[l93];
    let v95 = acc11.x;
    let v96 = (v95 * 0.01);
    let v97 = (v94 - v96);
    b2[l93] = v97;
  }
  if (j0 + 1u < 10u) {
    let i98 = i0 + 3u;
    let j99 = j0 + 1u;
    let l100 = i98 * 10u + j99;
    let v101 = b2[l100];
    let v102 = acc11.y;
    let v103 = (v102 * 0.01);
    let v104 = (v101 - v103);
    b2[l100] = v104;
  }
  if (j0 + 2u < 10u) {
    let i105 = i0 + 3u;
    let j106 = j0 + 2u;
    let l107 = i105 * 10u + j106;
    let v108 = b2[l107];
    let v109 = acc11.z;
    let v110 = (v109 * 0.01);
    let v111 = (v108 - v110);
    b2[l107] = v111;
  }
  if (j0 + 3u < 10u) {
    let i112 = i0 + 3u;
    let j113 = j0 + 3u;
    let l114 = i112 * 10u + j113;
    let v115 = b2[l114];
    let v116 = acc11.w;
    let v117 = (v116 * 0.01);
    let v118 = (v115 - v117);
    b2[l114] = v118;
  }
}

// ---- 083_reduce_sum_optimizer.wgsl
@group(0) @binding(0) var<storage, read_write> b0: array<f32>;
@group(0) @binding(1) var<storage, read> b1: array<f32>;

@compute @workgroup_size(64)
fn main(@builtin(global_invocation_id) gid: vec3<u32>) {
  let i = gid.x;
  if (i >= 10u) { return; }
  let v0 = b0[i];
  var acc1: f32 = 0.0;
  for (var r: u32 = 0u; r < 200u; r = r + 1u) {
    let l2 = r * 10u + i;
    let v3 = b1[l2];
    acc1 = acc1 + v3;
  }
  let v4 = (acc1 * 0.01);
  let v5 = (v0 - v4);
  b0[i] = v5;
}

// ---- 084_reduce_sum_optimizer.wgsl
@group(0) @binding(0) var<storage, read_write> b0: array<f32>;
@group(0) @binding(1) var<storage, read> b1: array<f32>;
@group(0) @binding(2) var<storage, read> b2: array<f32>;

@compute @workgroup_size(64)
fn main(@builtin(global_invocation_id) gid: vec3<u32>) {
  let i = gid.x;
  if (i >= 10u) { return; }
  let v0 = b0[i];
  var acc1: f32 = 0.0;
  for (var r: u32 = 0u; r < 200u; r = r + 1u) {
    let l2 = r * 10u + i;
    let v3 = b1[l2];
    let v4 = b2[l2];
    let v5 = (v3 * v4);
    acc1 = acc1 + v5;
  }
  let v6 = (acc1 * 0.01);
  let v7 = (v0 - v6);
  b0[i] = v7;
}

// ---- 085_add_metrics.wgsl
@group(0) @binding(0) var<storage, read_write> b0: array<f32>;
@group(0) @binding(1) var<storage, read> b1: array<f32>;

@compute @workgroup_size(64)
fn main(@builtin(global_invocation_id) gid: vec3<u32>) {
  let i = gid.x;
  if (i >= 1u) { return; }
  let v0 = b0[i];
  let v1 = b1[i];
  let v2 = (v0 + v1);
  b0[i] = v2;
}

// ---- 086_add_metrics.wgsl
@group(0) @binding(0) var<storage, read_write> b0: array<f32>;

@compute @workgroup_size(64)
fn main(@builtin(global_invocation_id) gid: vec3<u32>) {
  let i = gid.x;
  if (i >= 1u) { return; }
  let v0 = b0[i];
  let v1 = (v0 + 1.0);
  b0[i] = v1;
}

// ---- 087_feed_eval_X.wgsl
@group(0) @binding(0) var<storage, read> data: array<u32>;
@group(0) @binding(1) var<storage, read> info: array<u32>;
@group(0) @binding(2) var<storage, read> eval_batch: array<u32>;
@group(0) @binding(3) var<storage, read_write> out: array<f32>;
@group(0) @binding(4) var<storage, read_write> weight: array<f32>;

@compute @workgroup_size(64)
fn main(@builtin(global_invocation_id) gid: vec3<u32>) {
  let i = gid.x;
  if (i >= 156800u) { return; }
  let count = info[0];
  let features = info[2];
  let row = i / 784u;
  let f = i % 784u;
  let base = eval_batch[0] * 200u;
  let rem = min(count - min(base, count), 200u);
  let ex = base + row % max(rem, 1u);
  if (i == 0u) {
    weight[0] = f32(rem) / 200.0;
  }
  let e = min(ex, count - 1u) * features + f;
  if (info[1] == 1u) {
    let byte = (data[e / 4u] >> ((e % 4u) * 8u)) & 0xffu;
    out[i] = f32(byte) / 255.0;
  }
  else {
    out[i] = bitcast<f32>(data[e]);
  }
}

// ---- 088_feed_eval_y.wgsl
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
  let f = i % 1u;
  let base = eval_batch[0] * 200u;
  let rem = min(count - min(base, count), 200u);
  let ex = base + row % max(rem, 1u);
  let e = min(ex, count - 1u) * features + f;
  out[i] = bitcast<i32>(data[e]);
}

// ---- 089_matmul_hidden1_batch_norm.wgsl
@group(0) @binding(0) var<storage, read> b0: array<f32>;
@group(0) @binding(1) var<storage, read> b1: array<f32>;
@group(0) @binding(2) var<storage, read_write> b2: array<f32>;
@group(0) @binding(3) var<storage, read> b3: array<f32>;
@group(0) @binding(4) var<storage, read> b4: array<f32>;
@group(0) @binding(5) var<storage, read> b5: array<f32>;
@group(0) @binding(6) var<storage, read> b6: array<f32>;
@group(0) @binding(7) var<storage, read> b7: array<f32>;

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
  let ra8 = row0 * 784u;
  let ra9 = row1 * 784u;
  let ra10 = row2 * 784u;
  let ra11 = row3 * 784u;
  var acc12: vec4<f32> = vec4<f32>(0.0);
  var acc13: vec4<f32> = vec4<f32>(0.0);
  var acc14: vec4<f32> = vec4<f32>(0.0);
  var acc15: vec4<f32> = vec4<f32>(0.0);
  for (var k: u32 = 0u; k < 784u; k = k + 1u) {
    let rb16 = k * 300u;
    let bv17 = vec4<f32>(b1[rb16 + col4], b1[rb16 + col5], b1[rb16 + col6], b1[rb16 + col7]);
    acc12 = acc12 + b0[ra8 + k] * bv17;
    acc13 = acc13 + b0[ra9 + k] * bv17;
    acc14 = acc14 + b0[ra10 + k] * bv17;
    acc15 = acc15 + b0[ra11 + k] * bv17;
  }
  {
    let v18 = acc12.x;
    let v19 = b3[j0];
    let v20 = (v18 + v19);
    let v21 = b4[j0];
    let v22 = (v20 - v21);
    let v23 = b5[j0];
    let v24 = (v23 + 0.001);
    let v25 = inverseSqrt(v24);
    let v26 = (v22 * v25);
    let v27 = b6[j0];
    let v28 = (v26 * v27);
    let v29 = b7[j0];
    let v30 = (v28 + v29);
    let l31 = i0 * 300u + j0;
    b2[l31] = v30;
  }
  {
    let j32 = j0 + 1u;
    let v33 = acc12.y;
    let v34 = b3[j32];
    let v35 = (v33 + v34);
    let v36 = b4[j32];
    let v37 = (v35 - v36);
    let v38 = b5[j32];
    let v39 = (v38 + 0.001);
    let v40 = inverseSqrt(v39);
    let v41 = (v37 * v40);
    let v42 = b6[j32];
    let v43 = (v41 * v42);
    let v44 = b7[j32];
    let v45 = (v43 + v44);
    let l46 = i0 * 300u + j32;
    b2[l46] = v45;
  }
  {
    let j47 = j0 + 2u;
    let v48 = acc12.z;
    let v49 = b3[j47];
    let v50 = (v48 + v49);
    let v51 = b4[j47];
    let v52 = (v50 - v51);
    let v53 = b5[j47];
    let v54 = (v53 + 0.001);
    let v55 = inverseSqrt(v54);
    let v56 = (v52 * v55);
    let v57 = b6[j47];
    let v58 = (v56 * v57);
    let v59 = b7[j47];
    let v60 = (v58 + v59);
    let l61 = i0 * 300u + j47;
    b2[l61] = v60;
  }
  {
    let j62 = j0 + 3u;
    let v63 = acc12.w;
    let v64 = b3[j62];
    let v65 = (v63 + v64);
    let v66 = b4[j62];
    let v67 = (v65 - v66);
    let v68 = b5[j62];
    let v69 = (v68 + 0.001);
    let v70 = inverseSqrt(v69);
    let v71 = (v67 * v70);
    let v72 = b6[j62];
    let v73 = (v71 * v72);
    let v74 = b7[j62];
    let v75 = (v73 + v74);
    let l76 = i0 * 300u + j62;
    b2[l76] = v75;
  }
  {
    let i77 = i0 + 1u;
    let v78 = acc13.x;
    let v79 = b3[j0];
    let v80 = (v78 + v79);
    let v81 = b4[j0];
    let v82 = (v80 - v81);
    let v83 = b5[j0];
    let v84 = (v83 + 0.001);
    let v85 = inverseSqrt(v84);
    let v86 = (v82 * v85);
    let v87 = b6[j0];
    let v88 = (v86 * v87);
    let v89 = b7[j0];
    let v90 = (v88 + v89);
    let l91 = i77 * 300u + j0;
    b2[l91] = v90;
  }
  {
    let i92 = i0 + 1u;
    let j93 = j0 + 1u;
    let v94 = acc13.y;
    let v95 = b3[j93];
    let v96 = (v94 + v95);
    let v97 = b4[j93];
    let v98 = (v96 - v97);
    let v99 = b5[j93];
    let v100 = (v99 + 0.001);
    let v101 = inverseSqrt(v100);
    let v102 = (v98 * v101);
    let v103 = b6[j93];
    let v104 = (v102 * v103);
    let v105 = b7[j93];
    let v106 = (v104 + v105);
    let l107 = i92 * 300u + j93;
    b2[l107] = v106;
  }
  {
    let i108 = i0 + 1u;
    let j109 = j0 + 2u;
    let v110 = acc13.z;
    let v111 = b3[j109];
    let v112 = (v110 + v111);
    let v113 = b4[j109];
    let v114 = (v112 - v113);
    let v115 = b5[j109];
    let v116 = (v115 + 0.001);
    let v117 = inverseSqrt(v116);
    let v118 = (v114 * v117);
    let v119 = b6[j109];
    let v120 = (v118 * v119);
    let v121 = b7[j109];
    let v122 = (v120 + v121);
    let l123 = i108 * 300u + j109;
    b2[l123] = v122;
  }
  {
    let i124 = i0 + 1u;
    let j125 = j0 + 3u;
    let v126 = acc13.w;
    let v127 = b3[j125];
    let v128 = (v126 + v127);
    let v129 = b4[j125];
    let v130 = (v128 - v129);
    let v131 = b5[j125];
    let v132 = (v131 + 0.001);
    let v133 = inverseSqrt(v132);
    let v134 = (v130 * v133);
    let v135 = b6[j125];
    let v136 = (v134 * v135);
    let v137 = b7[j125];
    let v138 = (v136 + v137);
    let l139 = i124 * 300u + j125;
    b2[l139] = v138;
  }
  {
    let i140 = i0 + 2u;
    let v141 = acc14.x;
    let v142 = b3[j0];
    let v143 = (v141 + v142);
    let v144 = b4[j0];
    let v145 = (v143 - v144);
    let v146 = b5[j0];
    let v147 = (v146 + 0.001);
    let v148 = inverseSqrt(v147);
    let v149 = (v145 * v148);
    let v150 = b6[j0];
    let v151 = (v149 * v150);
    let v152 = b7[j0];
    let v153 = (v151 + v152);
    let l154 = i140 * 300u + j0;
    b2[l154] = v153;
  }
  {
    let i155 = i0 + 2u;
    let j156 = j0 + 1u;
    let v157 = acc14.y;
    let v158 = b3[j156];
    let v159 = (v157 + v158);
    let v160 = b4[j156];
    let v161 = (v159 - v160);
    let v162 = b5[j156];
    let v163 = (v162 + 0.001);
    let v164 = inverseSqrt(v163);
    let v165 = (v161 * v164);
    let v166 = b6[j156];
    let v167 = (v165 * v166);
    let v168 = b7[j156];
    let v169 = (v167 + v168);
    let l170 = i155 * 300u + j156;
    b2[l170] = v169;
  }
  {
    let i171 = i0 + 2u;
    let j172 = j0 + 2u;
    let v173 = acc14.z;
    let v174 = b3[j172];
    let v175 = (v173 + v174);
    let v176 = b4[j172];
    let v177 = (v175 - v176);
    let v178 = b5[j172];
    let v179 = (v178 + 0.001);
    let v180 = inverseSqrt(v179);
    let v181 = (v177 * v180);
    let v182 = b6[j172];
    let v183 = (v181 * v182);
    let v184 = b7[j172];
    let v185 = (v183 + v184);
    let l186 = i171 * 300u + j172;
    b2[l186] = v185;
  }
  {
    let i187 = i0 + 2u;
    let j188 = j0 + 3u;
    let v189 = acc14.w;
    let v190 = b3[j188];
    let v191 = (v189 + v190);
    let v192 = b4[j188];
    let v193 = (v191 - v192);
    let v194 = b5[j188];
    let v195 = (v194 + 0.001);
    let v196 = inverseSqrt(v195);
    let v197 = (v193 * v196);
    let v198 = b6[j188];
    let v199 = (v197 * v198);
    let v200 = b7[j188];
    let v201 = (v199 + v200);
    let l202 = i187 * 300u + j188;
    b2[l202] = v201;
  }
  {
    let i203 = i0 + 3u;
    let v204 = acc15.x;
    let v205 = b3[j0];
    let v206 = (v204 + v205);
    let v207 = b4[j0];
    let v208 = (v206 - v207);
    let v209 = b5[j0];
    let v210 = (v209 + 0.001);
    let v211 = inverseSqrt(v210);
    let v212 = (v208 * v211);
    let v213 = b6[j0];
    let v214 = (v212 * v213);
    let v215 = b7[j0];
    let v216 = (v214 + v215);
    let l217 = i203 * 300u + j0;
    b2[l217] = v216;
  }
  {
    let i218 = i0 + 3u;
    let j219 = j0 + 1u;
    let v220 = acc15.y;
    let v221 = b3[j219];
    let v222 = (v220 + v221);
    let v223 = b4[j219];
    let v224 = (v222 - v223);
    let v225 = b5[j219];
    let v226 = (v225 + 0.001);
    let v227 = inverseSqrt(v226);
    let v228 = (v224 * v227);
    let v229 = b6[j219];
    let v230 = (v228 * v229);
    let v231 = b7[j219];
    let v232 = (v230 + v231);
    let l233 = i218 * 300u + j219;
    b2[l233] = v232;
  }
  {
    let i234 = i0 + 3u;
    let j235 = j0 + 2u;
    let v236 = acc15.z;
    let v237 = b3[j235];
    let v238 = (v236 + v237);
    let v239 = b4[j235];
    let v240 = (v238 - v239);
    let v241 = b5[j235];
    let v242 = (v241 + 0.001);
    let v243 = inverseSqrt(v242);
    let v244 = (v240 * v243);
    let v245 = b6[j235];
    let v246 = (v244 * v245);
    let v247 = b7[j235];
    let v248 = (v246 + v247);
    let l249 = i234 * 300u + j235;
    b2[l249] = v248;
  }
  {
    let i250 = i0 + 3u;
    let j251 = j0 + 3u;
    let v252 = acc15.w;
    let v253 = b3[j251];
    let v254 = (v252 + v253);
    let v255 = b4[j251];
    let v256 = (v254 - v255);
    let v257 = b5[j251];
    let v258 = (v257 + 0.001);
    let v259 = inverseSqrt(v258);
    let v260 = (v256 * v259);
    let v261 = b6[j251];
    let v262 = (v260 * v261);
    let v263 = b7[j251];
    let v264 = (v262 + v263);
    let l265 = i250 * 300u + j251;
    b2[l265] = v264;
  }
}

// ---- 090_select_hidden1.wgsl
@group(0) @binding(0) var<storage, read> b0: array<f32>;
@group(0) @binding(1) var<storage, read_write> b1: array<f32>;

@compute @workgroup_size(64)
fn main(@builtin(global_invocation_id) gid: vec3<u32>) {
  let i = gid.x;
  if (i >= 60000u) { return; }
  let v0 = b0[i];
  let c1 = (i / 300u);
  let c2 = (i % 300u);
  let v3 = min(v0, 0.0);
  let v4 = exp(v3);
  let v5 = (v4 - 1.0);
  let v6 = select(0.0, 1.0, v0 > 0.0);
  let v7 = select(v5, v0, v6 != 0.0);
  b1[i] = v7;
}

// ---- 091_matmul_hidden2_batch_norm.wgsl
@group(0) @binding(0) var<storage, read> b0: array<f32>;
@group(0) @binding(1) var<storage, read> b1: array<f32>;
@group(0) @binding(2) var<storage, read_write> b2: array<f32>;
@group(0) @binding(3) var<storage, read> b3: array<f32>;
@group(0) @binding(4) var<storage, read> b4: array<f32>;
@group(0) @binding(5) var<storage, read> b5: array<f32>;
@group(0) @binding(6) var<storage, read> b6: array<f32>;
@group(0) @binding(7) var<storage, read> b7: array<f32>;

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
  let ra8 = row0 * 300u;
  let ra9 = row1 * 300u;
  let ra10 = row2 * 300u;
  let ra11 = row3 * 300u;
  var acc12: vec4<f32> = vec4<f32>(0.0);
  var acc13: vec4<f32> = vec4<f32>(0.0);
  var acc14: vec4<f32> = vec4<f32>(0.0);
  var acc15: vec4<f32> = vec4<f32>(0.0);
  for (var k: u32 = 0u; k < 300u; k = k + 1u) {
    let rb16 = k * 100u;
    let bv17 = vec4<f32>(b1[rb16 + col4], b1[rb16 + col5], b1[rb16 + col6], b1[rb16 + col7]);
    acc12 = acc12 + b0[ra8 + k] * bv17;
    acc13 = acc13 + b0[ra9 + k] * bv17;
    acc14 = acc14 + b0[ra10 + k] * bv17;
    acc15 = acc15 + b0[ra11 + k] * bv17;
  }
  {
    let v18 = acc12.x;
    let v19 = b3[j0];
    let v20 = (v18 + v19);
    let v21 = b4[j0];
    let v22 = (v20 - v21);
    let v23 = b5[j0];
    let v24 = (v23 + 0.001);
    let v25 = inverseSqrt(v24);
    let v26 = (v22 * v25);
    let v27 = b6[j0];
    let v28 = (v26 * v27);
    let v29 = b7[j0];
    let v30 = (v28 + v29);
    let l31 = i0 * 100u + j0;
    b2[l31] = v30;
  }
  {
    let j32 = j0 + 1u;
    let v33 = acc12.y;
    let v34 = b3[j32];
    let v35 = (v33 + v34);
    let v36 = b4[j32];
    let v37 = (v35 - v36);
    let v38 = b5[j32];
    let v39 = (v38 + 0.001);
    let v40 = inverseSqrt(v39);
    let v41 = (v37 * v40);
    let v42 = b6[j32];
    let v43 = (v41 * v42);
    let v44 = b7[j32];
    let v45 = (v43 + v44);
    let l46 = i0 * 100u + j32;
    b2[l46] = v45;
  }
  {
    let j47 = j0 + 2u;
    let v48 = acc12.z;
    let v49 = b3[j47];
    let v50 = (v48 + v49);
    let v51 = b4[j47];
    let v52 = (v50 - v51);
    let v53 = b5[j47];
    let v54 = (v53 + 0.001);
    let v55 = inverseSqrt(v54);
    let v56 = (v52 * v55);
    let v57 = b6[j47];
    let v58 = (v56 * v57);
    let v59 = b7[j47];
    let v60 = (v58 + v59);
    let l61 = i0 * 100u + j47;
    b2[l61] = v60;
  }
  {
    let j62 = j0 + 3u;
    let v63 = acc12.w;
    let v64 = b3[j62];
    let v65 = (v63 + v64);
    let v66 = b4[j62];
    let v67 = (v65 - v66);
    let v68 = b5[j62];
    let v69 = (v68 + 0.001);
    let v70 = inverseSqrt(v69);
    let v71 = (v67 * v70);
    let v72 = b6[j62];
    let v73 = (v71 * v72);
    let v74 = b7[j62];
    let v75 = (v73 + v74);
    let l76 = i0 * 100u + j62;
    b2[l76] = v75;
  }
  {
    let i77 = i0 + 1u;
    let v78 = acc13.x;
    let v79 = b3[j0];
    let v80 = (v78 + v79);
    let v81 = b4[j0];
    let v82 = (v80 - v81);
    let v83 = b5[j0];
    let v84 = (v83 + 0.001);
    let v85 = inverseSqrt(v84);
    let v86 = (v82 * v85);
    let v87 = b6[j0];
    let v88 = (v86 * v87);
    let v89 = b7[j0];
    let v90 = (v88 + v89);
    let l91 = i77 * 100u + j0;
    b2[l91] = v90;
  }
  {
    let i92 = i0 + 1u;
    let j93 = j0 + 1u;
    let v94 = acc13.y;
    let v95 = b3[j93];
    let v96 = (v94 + v95);
    let v97 = b4[j93];
    let v98 = (v96 - v97);
    let v99 = b5[j93];
    let v100 = (v99 + 0.001);
    let v101 = inverseSqrt(v100);
    let v102 = (v98 * v101);
    let v103 = b6[j93];
    let v104 = (v102 * v103);
    let v105 = b7[j93];
    let v106 = (v104 + v105);
    let l107 = i92 * 100u + j93;
    b2[l107] = v106;
  }
  {
    let i108 = i0 + 1u;
    let j109 = j0 + 2u;
    let v110 = acc13.z;
    let v111 = b3[j109];
    let v112 = (v110 + v111);
    let v113 = b4[j109];
    let v114 = (v112 - v113);
    let v115 = b5[j109];
    let v116 = (v115 + 0.001);
    let v117 = inverseSqrt(v116);
    let v118 = (v114 * v117);
    let v119 = b6[j109];
    let v120 = (v118 * v119);
    let v121 = b7[j109];
    let v122 = (v120 + v121);
    let l123 = i108 * 100u + j109;
    b2[l123] = v122;
  }
  {
    let i124 = i0 + 1u;
    let j125 = j0 + 3u;
    let v126 = acc13.w;
    let v127 = b3[j125];
    let v128 = (v126 + v127);
    let v129 = b4[j125];
    let v130 = (v128 - v129);
    let v131 = b5[j125];
    let v132 = (v131 + 0.001);
    let v133 = inverseSqrt(v132);
    let v134 = (v130 * v133);
    let v135 = b6[j125];
    let v136 = (v134 * v135);
    let v137 = b7[j125];
    let v138 = (v136 + v137);
    let l139 = i124 * 100u + j125;
    b2[l139] = v138;
  }
  {
    let i140 = i0 + 2u;
    let v141 = acc14.x;
    let v142 = b3[j0];
    let v143 = (v141 + v142);
    let v144 = b4[j0];
    let v145 = (v143 - v144);
    let v146 = b5[j0];
    let v147 = (v146 + 0.001);
    let v148 = inverseSqrt(v147);
    let v149 = (v145 * v148);
    let v150 = b6[j0];
    let v151 = (v149 * v150);
    let v152 = b7[j0];
    let v153 = (v151 + v152);
    let l154 = i140 * 100u + j0;
    b2[l154] = v153;
  }
  {
    let i155 = i0 + 2u;
    let j156 = j0 + 1u;
    let v157 = acc14.y;
    let v158 = b3[j156];
    let v159 = (v157 + v158);
    let v160 = b4[j156];
    let v161 = (v159 - v160);
    let v162 = b5[j156];
    let v163 = (v162 + 0.001);
    let v164 = inverseSqrt(v163);
    let v165 = (v161 * v164);
    let v166 = b6[j156];
    let v167 = (v165 * v166);
    let v168 = b7[j156];
    let v169 = (v167 + v168);
    let l170 = i155 * 100u + j156;
    b2[l170] = v169;
  }
  {
    let i171 = i0 + 2u;
    let j172 = j0 + 2u;
    let v173 = acc14.z;
    let v174 = b3[j172];
    let v175 = (v173 + v174);
    let v176 = b4[j172];
    let v177 = (v175 - v176);
    let v178 = b5[j172];
    let v179 = (v178 + 0.001);
    let v180 = inverseSqrt(v179);
    let v181 = (v177 * v180);
    let v182 = b6[j172];
    let v183 = (v181 * v182);
    let v184 = b7[j172];
    let v185 = (v183 + v184);
    let l186 = i171 * 100u + j172;
    b2[l186] = v185;
  }
  {
    let i187 = i0 + 2u;
    let j188 = j0 + 3u;
    let v189 = acc14.w;
    let v190 = b3[j188];
    let v191 = (v189 + v190);
    let v192 = b4[j188];
    let v193 = (v191 - v192);
    let v194 = b5[j188];
    let v195 = (v194 + 0.001);
    let v196 = inverseSqrt(v195);
    let v197 = (v193 * v196);
    let v198 = b6[j188];
    let v199 = (v197 * v198);
    let v200 = b7[j188];
    let v201 = (v199 + v200);
    let l202 = i187 * 100u + j188;
    b2[l202] = v201;
  }
  {
    let i203 = i0 + 3u;
    let v204 = acc15.x;
    let v205 = b3[j0];
    let v206 = (v204 + v205);
    let v207 = b4[j0];
    let v208 = (v206 - v207);
    let v209 = b5[j0];
    let v210 = (v209 + 0.001);
    let v211 = inverseSqrt(v210);
    let v212 = (v208 * v211);
    let v213 = b6[j0];
    let v214 = (v212 * v213);
    let v215 = b7[j0];
    let v216 = (v214 + v215);
    let l217 = i203 * 100u + j0;
    b2[l217] = v216;
  }
  {
    let i218 = i0 + 3u;
    let j219 = j0 + 1u;
    let v220 = acc15.y;
    let v221 = b3[j219];
    let v222 = (v220 + v221);
    let v223 = b4[j219];
    let v224 = (v222 - v223);
    let v225 = b5[j219];
    let v226 = (v225 + 0.001);
    let v227 = inverseSqrt(v226);
    let v228 = (v224 * v227);
    let v229 = b6[j219];
    let v230 = (v228 * v229);
    let v231 = b7[j219];
    let v232 = (v230 + v231);
    let l233 = i218 * 100u + j219;
    b2[l233] = v232;
  }
  {
    let i234 = i0 + 3u;
    let j235 = j0 + 2u;
    let v236 = acc15.z;
    let v237 = b3[j235];
    let v238 = (v236 + v237);
    let v239 = b4[j235];
    let v240 = (v238 - v239);
    let v241 = b5[j235];
    let v242 = (v241 + 0.001);
    let v243 = inverseSqrt(v242);
    let v244 = (v240 * v243);
    let v245 = b6[j235];
    let v246 = (v244 * v245);
    let v247 = b7[j235];
    let v248 = (v246 + v247);
    let l249 = i234 * 100u + j235;
    b2[l249] = v248;
  }
  {
    let i250 = i0 + 3u;
    let j251 = j0 + 3u;
    let v252 = acc15.w;
    let v253 = b3[j251];
    let v254 = (v252 + v253);
    let v255 = b4[j251];
    let v256 = (v254 - v255);
    let v257 = b5[j251];
    let v258 = (v257 + 0.001);
    let v259 = inverseSqrt(v258);
    let v260 = (v256 * v259);
    let v261 = b6[j251];
    let v262 = (v260 * v261);
    let v263 = b7[j251];
    let v264 = (v262 + v263);
    let l265 = i250 * 100u + j251;
    b2[l265] = v264;
  }
}

// ---- 092_select_hidden2.wgsl
@group(0) @binding(0) var<storage, read> b0: array<f32>;
@group(0) @binding(1) var<storage, read_write> b1: array<f32>;

@compute @workgroup_size(64)
fn main(@builtin(global_invocation_id) gid: vec3<u32>) {
  let i = gid.x;
  if (i >= 20000u) { return; }
  let v0 = b0[i];
  let c1 = (i / 100u);
  let c2 = (i % 100u);
  let v3 = min(v0, 0.0);
  let v4 = exp(v3);
  let v5 = (v4 - 1.0);
  let v6 = select(0.0, 1.0, v0 > 0.0);
  let v7 = select(v5, v0, v6 != 0.0);
  b1[i] = v7;
}

// ---- 093_matmul_logits_batch_norm.wgsl
@group(0) @binding(0) var<storage, read> b0: array<f32>;
@group(0) @binding(1) var<storage, read> b1: array<f32>;
@group(0) @binding(2) var<storage, read_write> b2: array<f32>;
@group(0) @binding(3) var<storage, read> b3: array<f32>;
@group(0) @binding(4) var<storage, read> b4: array<f32>;
@group(0) @binding(5) var<storage, read> b5: array<f32>;
@group(0) @binding(6) var<storage, read> b6: array<f32>;
@group(0) @binding(7) var<storage, read> b7: array<f32>;

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
  let ra8 = row0 * 100u;
  let ra9 = row1 * 100u;
  let ra10 = row2 * 100u;
  let ra11 = row3 * 100u;
  var acc12: vec4<f32> = vec4<f32>(0.0);
  var acc13: vec4<f32> = vec4<f32>(0.0);
  var acc14: vec4<f32> = vec4<f32>(0.0);
  var acc15: vec4<f32> = vec4<f32>(0.0);
  for (var k: u32 = 0u; k < 100u; k = k + 1u) {
    let rb16 = k * 10u;
    let bv17 = vec4<f32>(b1[rb16 + col4], b1[rb16 + col5], b1[rb16 + col6], b1[rb16 + col7]);
    acc12 = acc12 + b0[ra8 + k] * bv17;
    acc13 = acc13 + b0[ra9 + k] * bv17;
    acc14 = acc14 + b0[ra10 + k] * bv17;
    acc15 = acc15 + b0[ra11 + k] * bv17;
  }
  {
    let v18 = acc12.x;
    let v19 = b3[j0];
    let v20 = (v18 + v19);
    let v21 = b4[j0];
    let v22 = (v20 - v21);
    let v23 = b5[j0];
    let v24 = (v23 + 0.001);
    let v25 = inverseSqrt(v24);
    let v26 = (v22 * v25);
    let v27 = b6[j0];
    let v28 = (v26 * v27);
    let v29 = b7[j0];
    let v30 = (v28 + v29);
    let l31 = i0 * 10u + j0;
    b2[l31] = v30;
  }
  if (j0 + 1u < 10u) {
    let j32 = j0 + 1u;
    let v33 = acc12.y;
    let v34 = b3[j32];
    let v35 = (v33 + v34);
    let v36 = b4[j32];
    let v37 = (v35 - v36);
    let v38 = b5[j32];
    let v39 = (v38 + 0.001);
    let v40 = inverseSqrt(v39);
    let v41 = (v37 * v40);
    let v42 = b6[j32];
    let v43 = (v41 * v42);
    let v44 = b7[j32];
    let v45 = (v43 + v44);
    let l46 = i0 * 10u + j32;
    b2[l46] = v45;
  }
  if (j0 + 2u < 10u) {
    let j47 = j0 + 2u;
    let v48 = acc12.z;
    let v49 = b3[j47];
    let v50 = (v48 + v49);
    let v51 = b4[j47];
    let v52 = (v50 - v51);
    let v53 = b5[j47];
    let v54 = (v53 + 0.001);
    let v55 = inverseSqrt(v54);
    let v56 = (v52 * v55);
    let v57 = b6[j47];
    let v58 = (v56 * v57);
    let v59 = b7[j47];
    let v60 = (v58 + v59);
    let l61 = i0 * 10u + j47;
    b2[l61] = v60;
  }
  if (j0 + 3u < 10u) {
    let j62 = j0 + 3u;
    let v63 = acc12.w;
    let v64 = b3[j62];
    let v65 = (v63 + v64);
    let v66 = b4[j62];
    let v67 = (v65 - v66);
    let v68 = b5[j62];
    let v69 = (v68 + 0.001);
    let v70 = inverseSqrt(v69);
    let v71 = (v67 * v70);
    let v72 = b6[j62];
    let v73 = (v71 * v72);
    let v74 = b7[j62];
    let v75 = (v73 + v74);
    let l76 = i0 * 10u + j62;
    b2[l76] = v75;
  }
  {
    let i77 = i0 + 1u;
    let v78 = acc13.x;
    let v79 = b3[j0];
    let v80 = (v78 + v79);
    let v81 = b4[j0];
    let v82 = (v80 - v81);
    let v83 = b5[j0];
    let v84 = (v83 + 0.001);
    let v85 = inverseSqrt(v84);
    let v86 = (v82 * v85);
    let v87 = b6[j0];
    let v88 = (v86 * v87);
    let v89 = b7[j0];
    let v90 = (v88 + v89);
    let l91 = i77 * 10u + j0;
    b2[l91] = v90;
  }
  if (j0 + 1u < 10u) {
    let i92 = i0 + 1u;
    let j93 = j0 + 1u;
    let v94 = acc13.y;
    let v95 = b3[j93];
    let v96 = (v94 + v95);
    let v97 = b4[j93];
    let v98 = (v96 - v97);
    let v99 = b5[j93];
    let v100 = (v99 + 0.001);
    let v101 = inverseSqrt(v100);
    let v102 = (v98 * v101);
    let v103 = b6[j93];
    let v104 = (v102 * v103);
    let v105 = b7[j93];
    let v106 = (v104 + v105);
    let l107 = i92 * 10u + j93;
    b2[l107] = v106;
  }
  if (j0 + 2u < 10u) {
    let i108 = i0 + 1u;
    let j109 = j0 + 2u;
    let v110 = acc13.z;
    let v111 = b3[j109];
    let v112 = (v110 + v111);
    let v113 = b4[j109];
    let v114 = (v112 - v113);
    let v115 = b5[j109];
    let v116 = (v115 + 0.001);
    let v117 = inverseSqrt(v116);
    let v118 = (v114 * v117);
    let v119 = b6[j109];
    let v120 = (v118 * v119);
    let v121 = b7[j109];
    let v122 = (v120 + v121);
    let l123 = i108 * 10u + j109;
    b2[l123] = v122;
  }
  if (j0 + 3u < 10u) {
    let i124 = i0 + 1u;
    let j125 = j0 + 3u;
    let v126 = acc13.w;
    let v127 = b3[j125];
    let v128 = (v126 + v127);
    let v129 = b4[j125];
    let v130 = (v128 - v129);
    let v131 = b5[j125];
    let v132 = (v131 + 0.001);
    let v133 = inverseSqrt(v132);
    let v134 = (v130 * v133);
    let v135 = b6[j125];
    let v136 = (v134 * v135);
    let v137 = b7[j125];
    let v138 = (v136 + v137);
    let l139 = i124 * 10u + j125;
    b2[l139] = v138;
  }
  {
    let i140 = i0 + 2u;
    let v141 = acc14.x;
    let v142 = b3[j0];
    let v143 = (v141 + v142);
    let v144 = b4[j0];
    let v145 = (v143 - v144);
    let v146 = b5[j0];
    let v147 = (v146 + 0.001);
    let v148 = inverseSqrt(v147);
    let v149 = (v145 * v148);
    let v150 = b6[j0];
    let v151 = (v149 * v150);
    let v152 = b7[j0];
    let v153 = (v151 + v152);
    let l154 = i140 * 10u + j0;
    b2[l154] = v153;
  }
  if (j0 + 1u < 10u) {
    let i155 = i0 + 2u;
    let j156 = j0 + 1u;
    let v157 = acc14.y;
    let v158 = b3[j156];
    let v159 = (v157 + v158);
    let v160 = b4[j156];
    let v161 = (v159 - v160);
    let v162 = b5[j156];
    let v163 = (v162 + 0.001);
    let v164 = inverseSqrt(v163);
    let v165 = (v161 * v164);
    let v166 = b6[j156];
    let v167 = (v165 * v166);
    let v168 = b7[j156];
    let v169 = (v167 + v168);
    let l170 = i155 * 10u + j156;
    b2[l170] = v169;
  }
  if (j0 + 2u < 10u) {
    let i171 = i0 + 2u;
    let j172 = j0 + 2u;
    let v173 = acc14.z;
    let v174 = b3[j172];
    let v175 = (v173 + v174);
    let v176 = b4[j172];
    let v177 = (v175 - v176);
    let v178 = b5[j172];
    let v179 = (v178 + 0.001);
    let v180 = inverseSqrt(v179);
    let v181 = (v177 * v180);
    let v182 = b6[j172];
    let v183 = (v181 * v182);
    let v184 = b7[j172];
    let v185 = (v183 + v184);
    let l186 = i171 * 10u + j172;
    b2[l186] = v185;
  }
  if (j0 + 3u < 10u) {
    let i187 = i0 + 2u;
    let j188 = j0 + 3u;
    let v189 = acc14.w;
    let v190 = b3[j188];
    let v191 = (v189 + v190);
    let v192 = b4[j188];
    let v193 = (v191 - v192);
    let v194 = b5[j188];
    let v195 = (v194 + 0.001);
    let v196 = inverseSqrt(v195);
    let v197 = (v193 * v196);
    let v198 = b6[j188];
    let v199 = (v197 * v198);
    let v200 = b7[j188];
    let v201 = (v199 + v200);
    let l202 = i187 * 10u + j188;
    b2[l202] = v201;
  }
  {
    let i203 = i0 + 3u;
    let v204 = acc15.x;
    let v205 = b3[j0];
    let v206 = (v204 + v205);
    let v207 = b4[j0];
    let v208 = (v206 - v207);
    let v209 = b5[j0];
    let v210 = (v209 + 0.001);
    let v211 = inverseSqrt(v210);
    let v212 = (v208 * v211);
    let v213 = b6[j0];
    let v214 = (v212 * v213);
    let v215 = b7[j0];
    let v216 = (v214 + v215);
    let l217 = i203 * 10u + j0;
    b2[l217] = v216;
  }
  if (j0 + 1u < 10u) {
    let i218 = i0 + 3u;
    let j219 = j0 + 1u;
    let v220 = acc15.y;
    let v221 = b3[j219];
    let v222 = (v220 + v221);
    let v223 = b4[j219];
    let v224 = (v222 - v223);
    let v225 = b5[j219];
    let v226 = (v225 + 0.001);
    let v227 = inverseSqrt(v226);
    let v228 = (v224 * v227);
    let v229 = b6[j219];
    let v230 = (v228 * v229);
    let v231 = b7[j219];
    let v232 = (v230 + v231);
    let l233 = i218 * 10u + j219;
    b2[l233] = v232;
  }
  if (j0 + 2u < 10u) {
    let i234 = i0 + 3u;
    let j235 = j0 + 2u;
    let v236 = acc15.z;
    let v237 = b3[j235];
    let v238 = (v236 + v237);
    let v239 = b4[j235];
    let v240 = (v238 - v239);
    let v241 = b5[j235];
    let v242 = (v241 + 0.001);
    let v243 = inverseSqrt(v242);
    let v244 = (v240 * v243);
    let v245 = b6[j235];
    let v246 = (v244 * v245);
    let v247 = b7[j235];
    let v248 = (v246 + v247);
    let l249 = i234 * 10u + j235;
    b2[l249] = v248;
  }
  if (j0 + 3u < 10u) {
    let i250 = i0 + 3u;
    let j251 = j0 + 3u;
    let v252 = acc15.w;
    let v253 = b3[j251];
    let v254 = (v252 + v253);
    let v255 = b4[j251];
    let v256 = (v254 - v255);
    let v257 = b5[j251];
    let v258 = (v257 + 0.001);
    let v259 = inverseSqrt(v258);
    let v260 = (v256 * v259);
    let v261 = b6[j251];
    let v262 = (v260 * v261);
    let v263 = b7[j251];
    let v264 = (v262 + v263);
    let l265 = i250 * 10u + j251;
    b2[l265] = v264;
  }
}

// ---- 094_reduce_sum_loss.wgsl
@group(0) @binding(0) var<storage, read> b0: array<f32>;
@group(0) @binding(1) var<storage, read_write> b1: array<f32>;

@compute @workgroup_size(64)
fn main(@builtin(global_invocation_id) gid: vec3<u32>) {
  let i = gid.x;
  if (i >= 200u) { return; }
  var acc0: f32 = 0.0;
  for (var r: u32 = 0u; r < 10u; r = r + 1u) {
    let l1 = i * 10u + r;
    let v2 = b0[l1];
    let v3 = exp(v2);
    acc0 = acc0 + v3;
  }
  b1[i] = acc0;
}

// ---- 095_add_metrics.wgsl
@group(0) @binding(0) var<storage, read_write> b0: array<f32>;
@group(0) @binding(1) var<storage, read> b1: array<f32>;
@group(0) @binding(2) var<storage, read> b2: array<f32>;

@compute @workgroup_size(64)
fn main(@builtin(global_invocation_id) gid: vec3<u32>) {
  let i = gid.x;
  if (i >= 1u) { return; }
  let v0 = b0[i];
  let v1 = b1[i];
  let v2 = b2[i];
  let v3 = (v1 * v2);
  let v4 = (v0 + v3);
  b0[i] = v4;
}

// ---- 096_exp_loss.wgsl
@group(0) @binding(0) var<storage, read> b0: array<f32>;
@group(0) @binding(1) var<storage, read> b1: array<f32>;
@group(0) @binding(2) var<storage, read_write> b2: array<f32>;

@compute @workgroup_size(64)
fn main(@builtin(global_invocation_id) gid: vec3<u32>) {
  let i = gid.x;
  if (i >= 2000u) { return; }
  let v0 = b0[i];
  let c1 = (i / 10u);
  let c2 = (i % 10u);
  let v3 = b1[c1];
  let v4 = (v0 - v3);
  let v5 = exp(v4);
  b2[i] = v5;
}

// ---- 097_div_probabilities.wgsl
@group(0) @binding(0) var<storage, read> b0: array<f32>;
@group(0) @binding(1) var<storage, read> b1: array<f32>;
@group(0) @binding(2) var<storage, read_write> b2: array<f32>;

@compute @workgroup_size(64)
fn main(@builtin(global_invocation_id) gid: vec3<u32>) {
  let i = gid.x;
  if (i >= 2000u) { return; }
  let v0 = b0[i];
  let c1 = (i / 10u);
  let c2 = (i % 10u);
  let v3 = b1[c1];
  let v4 = (v0 / v3);
  b2[i] = v4;
}
