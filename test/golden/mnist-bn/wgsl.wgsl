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

// ---- 009_const_counter_step.wgsl
@group(0) @binding(0) var<storage, read_write> b0: array<u32>;

@compute @workgroup_size(64)
fn main(@builtin(global_invocation_id) gid: vec3<u32>) {
  let i = gid.x;
  if (i >= 1u) { return; }
  b0[i] = 0u;
}

// ---- 010_const_acc_train_loss.wgsl
@group(0) @binding(0) var<storage, read_write> b0: array<f32>;

@compute @workgroup_size(64)
fn main(@builtin(global_invocation_id) gid: vec3<u32>) {
  let i = gid.x;
  if (i >= 1u) { return; }
  b0[i] = 0.0;
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
  if (i >= 39200u) { return; }
  let count = info[0];
  let features = info[2];
  let row = i / 196u;
  let f = (i % 196u) * 4u;
  let o = row * 784u + f;
  let pos = batch[0] * 200u + row;
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
  let f = (i % 1u) * 1u;
  let o = row * 1u + f;
  let pos = batch[0] * 200u + row;
  let key = stream_key(seed[0], 1397249350u, epoch[0]);
  let ex = permute(pos % count, count, key);
  let e = min(ex, count - 1u) * features + f;
  out[o + 0u] = bitcast<i32>(data[e + 0u]);
}

// ---- 014_matmul_hidden1_dense.wgsl
@group(0) @binding(0) var<storage, read> b0: array<vec4<f32>>;
@group(0) @binding(1) var<storage, read> b1: array<vec4<f32>>;
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
  var acc8: vec4<f32> = vec4<f32>(0.0);
  var acc9: vec4<f32> = vec4<f32>(0.0);
  var acc10: vec4<f32> = vec4<f32>(0.0);
  var acc11: vec4<f32> = vec4<f32>(0.0);
  let ra12 = row0 * 196u;
  let ra13 = row1 * 196u;
  let ra14 = row2 * 196u;
  let ra15 = row3 * 196u;
  for (var k: u32 = 0u; k < 196u; k = k + 1u) {
    let av16 = b0[ra12 + k];
    let av17 = b0[ra13 + k];
    let av18 = b0[ra14 + k];
    let av19 = b0[ra15 + k];
    let kq20 = k * 4u + 0u;
    let bv21 = b1[(kq20 * 300u + j0) / 4u];
    acc8 = acc8 + av16.x * bv21;
    acc9 = acc9 + av17.x * bv21;
    acc10 = acc10 + av18.x * bv21;
    acc11 = acc11 + av19.x * bv21;
    let kq22 = k * 4u + 1u;
    let bv23 = b1[(kq22 * 300u + j0) / 4u];
    acc8 = acc8 + av16.y * bv23;
    acc9 = acc9 + av17.y * bv23;
    acc10 = acc10 + av18.y * bv23;
    acc11 = acc11 + av19.y * bv23;
    let kq24 = k * 4u + 2u;
    let bv25 = b1[(kq24 * 300u + j0) / 4u];
    acc8 = acc8 + av16.z * bv25;
    acc9 = acc9 + av17.z * bv25;
    acc10 = acc10 + av18.z * bv25;
    acc11 = acc11 + av19.z * bv25;
    let kq26 = k * 4u + 3u;
    let bv27 = b1[(kq26 * 300u + j0) / 4u];
    acc8 = acc8 + av16.w * bv27;
    acc9 = acc9 + av17.w * bv27;
    acc10 = acc10 + av18.w * bv27;
    acc11 = acc11 + av19.w * bv27;
  }
  {
    let l28 = i0 * 300u + j0;
    let v29 = acc8.x;
    let v30 = b3[j0];
    let v31 = (v29 + v30);
    b2[l28] = v31;
  }
  {
    let j32 = j0 + 1u;
    let l33 = i0 * 300u + j32;
    let v34 = acc8.y;
    let v35 = b3[j32];
    let v36 = (v34 + v35);
    b2[l33] = v36;
  }
  {
    let j37 = j0 + 2u;
    let l38 = i0 * 300u + j37;
    let v39 = acc8.z;
    let v40 = b3[j37];
    let v41 = (v39 + v40);
    b2[l38] = v41;
  }
  {
    let j42 = j0 + 3u;
    let l43 = i0 * 300u + j42;
    let v44 = acc8.w;
    let v45 = b3[j42];
    let v46 = (v44 + v45);
    b2[l43] = v46;
  }
  {
    let i47 = i0 + 1u;
    let l48 = i47 * 300u + j0;
    let v49 = acc9.x;
    let v50 = b3[j0];
    let v51 = (v49 + v50);
    b2[l48] = v51;
  }
  {
    let i52 = i0 + 1u;
    let j53 = j0 + 1u;
    let l54 = i52 * 300u + j53;
    let v55 = acc9.y;
    let v56 = b3[j53];
    let v57 = (v55 + v56);
    b2[l54] = v57;
  }
  {
    let i58 = i0 + 1u;
    let j59 = j0 + 2u;
    let l60 = i58 * 300u + j59;
    let v61 = acc9.z;
    let v62 = b3[j59];
    let v63 = (v61 + v62);
    b2[l60] = v63;
  }
  {
    let i64 = i0 + 1u;
    let j65 = j0 + 3u;
    let l66 = i64 * 300u + j65;
    let v67 = acc9.w;
    let v68 = b3[j65];
    let v69 = (v67 + v68);
    b2[l66] = v69;
  }
  {
    let i70 = i0 + 2u;
    let l71 = i70 * 300u + j0;
    let v72 = acc10.x;
    let v73 = b3[j0];
    let v74 = (v72 + v73);
    b2[l71] = v74;
  }
  {
    let i75 = i0 + 2u;
    let j76 = j0 + 1u;
    let l77 = i75 * 300u + j76;
    let v78 = acc10.y;
    let v79 = b3[j76];
    let v80 = (v78 + v79);
    b2[l77] = v80;
  }
  {
    let i81 = i0 + 2u;
    let j82 = j0 + 2u;
    let l83 = i81 * 300u + j82;
    let v84 = acc10.z;
    let v85 = b3[j82];
    let v86 = (v84 + v85);
    b2[l83] = v86;
  }
  {
    let i87 = i0 + 2u;
    let j88 = j0 + 3u;
    let l89 = i87 * 300u + j88;
    let v90 = acc10.w;
    let v91 = b3[j88];
    let v92 = (v90 + v91);
    b2[l89] = v92;
  }
  {
    let i93 = i0 + 3u;
    let l94 = i93 * 300u + j0;
    let v95 = acc11.x;
    let v96 = b3[j0];
    let v97 = (v95 + v96);
    b2[l94] = v97;
  }
  {
    let i98 = i0 + 3u;
    let j99 = j0 + 1u;
    let l100 = i98 * 300u + j99;
    let v101 = acc11.y;
    let v102 = b3[j99];
    let v103 = (v101 + v102);
    b2[l100] = v103;
  }
  {
    let i104 = i0 + 3u;
    let j105 = j0 + 2u;
    let l106 = i104 * 300u + j105;
    let v107 = acc11.z;
    let v108 = b3[j105];
    let v109 = (v107 + v108);
    b2[l106] = v109;
  }
  {
    let i110 = i0 + 3u;
    let j111 = j0 + 3u;
    let l112 = i110 * 300u + j111;
    let v113 = acc11.w;
    let v114 = b3[j111];
    let v115 = (v113 + v114);
    b2[l112] = v115;
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
@group(0) @binding(0) var<storage, read> b0: array<vec4<f32>>;
@group(0) @binding(1) var<storage, read> b1: array<vec4<f32>>;
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
  var acc8: vec4<f32> = vec4<f32>(0.0);
  var acc9: vec4<f32> = vec4<f32>(0.0);
  var acc10: vec4<f32> = vec4<f32>(0.0);
  var acc11: vec4<f32> = vec4<f32>(0.0);
  let ra12 = row0 * 75u;
  let ra13 = row1 * 75u;
  let ra14 = row2 * 75u;
  let ra15 = row3 * 75u;
  for (var k: u32 = 0u; k < 75u; k = k + 1u) {
    let av16 = b0[ra12 + k];
    let av17 = b0[ra13 + k];
    let av18 = b0[ra14 + k];
    let av19 = b0[ra15 + k];
    let kq20 = k * 4u + 0u;
    let bv21 = b1[(kq20 * 100u + j0) / 4u];
    acc8 = acc8 + av16.x * bv21;
    acc9 = acc9 + av17.x * bv21;
    acc10 = acc10 + av18.x * bv21;
    acc11 = acc11 + av19.x * bv21;
    let kq22 = k * 4u + 1u;
    let bv23 = b1[(kq22 * 100u + j0) / 4u];
    acc8 = acc8 + av16.y * bv23;
    acc9 = acc9 + av17.y * bv23;
    acc10 = acc10 + av18.y * bv23;
    acc11 = acc11 + av19.y * bv23;
    let kq24 = k * 4u + 2u;
    let bv25 = b1[(kq24 * 100u + j0) / 4u];
    acc8 = acc8 + av16.z * bv25;
    acc9 = acc9 + av17.z * bv25;
    acc10 = acc10 + av18.z * bv25;
    acc11 = acc11 + av19.z * bv25;
    let kq26 = k * 4u + 3u;
    let bv27 = b1[(kq26 * 100u + j0) / 4u];
    acc8 = acc8 + av16.w * bv27;
    acc9 = acc9 + av17.w * bv27;
    acc10 = acc10 + av18.w * bv27;
    acc11 = acc11 + av19.w * bv27;
  }
  {
    let l28 = i0 * 100u + j0;
    let v29 = acc8.x;
    let v30 = b3[j0];
    let v31 = (v29 + v30);
    b2[l28] = v31;
  }
  {
    let j32 = j0 + 1u;
    let l33 = i0 * 100u + j32;
    let v34 = acc8.y;
    let v35 = b3[j32];
    let v36 = (v34 + v35);
    b2[l33] = v36;
  }
  {
    let j37 = j0 + 2u;
    let l38 = i0 * 100u + j37;
    let v39 = acc8.z;
    let v40 = b3[j37];
    let v41 = (v39 + v40);
    b2[l38] = v41;
  }
  {
    let j42 = j0 + 3u;
    let l43 = i0 * 100u + j42;
    let v44 = acc8.w;
    let v45 = b3[j42];
    let v46 = (v44 + v45);
    b2[l43] = v46;
  }
  {
    let i47 = i0 + 1u;
    let l48 = i47 * 100u + j0;
    let v49 = acc9.x;
    let v50 = b3[j0];
    let v51 = (v49 + v50);
    b2[l48] = v51;
  }
  {
    let i52 = i0 + 1u;
    let j53 = j0 + 1u;
    let l54 = i52 * 100u + j53;
    let v55 = acc9.y;
    let v56 = b3[j53];
    let v57 = (v55 + v56);
    b2[l54] = v57;
  }
  {
    let i58 = i0 + 1u;
    let j59 = j0 + 2u;
    let l60 = i58 * 100u + j59;
    let v61 = acc9.z;
    let v62 = b3[j59];
    let v63 = (v61 + v62);
    b2[l60] = v63;
  }
  {
    let i64 = i0 + 1u;
    let j65 = j0 + 3u;
    let l66 = i64 * 100u + j65;
    let v67 = acc9.w;
    let v68 = b3[j65];
    let v69 = (v67 + v68);
    b2[l66] = v69;
  }
  {
    let i70 = i0 + 2u;
    let l71 = i70 * 100u + j0;
    let v72 = acc10.x;
    let v73 = b3[j0];
    let v74 = (v72 + v73);
    b2[l71] = v74;
  }
  {
    let i75 = i0 + 2u;
    let j76 = j0 + 1u;
    let l77 = i75 * 100u + j76;
    let v78 = acc10.y;
    let v79 = b3[j76];
    let v80 = (v78 + v79);
    b2[l77] = v80;
  }
  {
    let i81 = i0 + 2u;
    let j82 = j0 + 2u;
    let l83 = i81 * 100u + j82;
    let v84 = acc10.z;
    let v85 = b3[j82];
    let v86 = (v84 + v85);
    b2[l83] = v86;
  }
  {
    let i87 = i0 + 2u;
    let j88 = j0 + 3u;
    let l89 = i87 * 100u + j88;
    let v90 = acc10.w;
    let v91 = b3[j88];
    let v92 = (v90 + v91);
    b2[l89] = v92;
  }
  {
    let i93 = i0 + 3u;
    let l94 = i93 * 100u + j0;
    let v95 = acc11.x;
    let v96 = b3[j0];
    let v97 = (v95 + v96);
    b2[l94] = v97;
  }
  {
    let i98 = i0 + 3u;
    let j99 = j0 + 1u;
    let l100 = i98 * 100u + j99;
    let v101 = acc11.y;
    let v102 = b3[j99];
    let v103 = (v101 + v102);
    b2[l100] = v103;
  }
  {
    let i104 = i0 + 3u;
    let j105 = j0 + 2u;
    let l106 = i104 * 100u + j105;
    let v107 = acc11.z;
    let v108 = b3[j105];
    let v109 = (v107 + v108);
    b2[l106] = v109;
  }
  {
    let i110 = i0 + 3u;
    let j111 = j0 + 3u;
    let l112 = i110 * 100u + j111;
    let v113 = acc11.w;
    let v114 = b3[j111];
    let v115 = (v113 + v114);
    b2[l112] = v115;
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
    let bv17 = vec4<f32>(b1[rb16 + col4], b1[rb16 + col5], b1[rb16 + col6], b1[rb16 + col7]);
    acc8 = acc8 + b0[ra12 + k] * bv17;
    acc9 = acc9 + b0[ra13 + k] * bv17;
    acc10 = acc10 + b0[ra14 + k] * bv17;
    acc11 = acc11 + b0[ra15 + k] * bv17;
  }
  {
    let l18 = i0 * 10u + j0;
    let v19 = acc8.x;
    let v20 = b3[j0];
    let v21 = (v19 + v20);
    b2[l18] = v21;
  }
  if (j0 + 1u < 10u) {
    let j22 = j0 + 1u;
    let l23 = i0 * 10u + j22;
    let v24 = acc8.y;
    let v25 = b3[j22];
    let v26 = (v24 + v25);
    b2[l23] = v26;
  }
  if (j0 + 2u < 10u) {
    let j27 = j0 + 2u;
    let l28 = i0 * 10u + j27;
    let v29 = acc8.z;
    let v30 = b3[j27];
    let v31 = (v29 + v30);
    b2[l28] = v31;
  }
  if (j0 + 3u < 10u) {
    let j32 = j0 + 3u;
    let l33 = i0 * 10u + j32;
    let v34 = acc8.w;
    let v35 = b3[j32];
    let v36 = (v34 + v35);
    b2[l33] = v36;
  }
  {
    let i37 = i0 + 1u;
    let l38 = i37 * 10u + j0;
    let v39 = acc9.x;
    let v40 = b3[j0];
    let v41 = (v39 + v40);
    b2[l38] = v41;
  }
  if (j0 + 1u < 10u) {
    let i42 = i0 + 1u;
    let j43 = j0 + 1u;
    let l44 = i42 * 10u + j43;
    let v45 = acc9.y;
    let v46 = b3[j43];
    let v47 = (v45 + v46);
    b2[l44] = v47;
  }
  if (j0 + 2u < 10u) {
    let i48 = i0 + 1u;
    let j49 = j0 + 2u;
    let l50 = i48 * 10u + j49;
    let v51 = acc9.z;
    let v52 = b3[j49];
    let v53 = (v51 + v52);
    b2[l50] = v53;
  }
  if (j0 + 3u < 10u) {
    let i54 = i0 + 1u;
    let j55 = j0 + 3u;
    let l56 = i54 * 10u + j55;
    let v57 = acc9.w;
    let v58 = b3[j55];
    let v59 = (v57 + v58);
    b2[l56] = v59;
  }
  {
    let i60 = i0 + 2u;
    let l61 = i60 * 10u + j0;
    let v62 = acc10.x;
    let v63 = b3[j0];
    let v64 = (v62 + v63);
    b2[l61] = v64;
  }
  if (j0 + 1u < 10u) {
    let i65 = i0 + 2u;
    let j66 = j0 + 1u;
    let l67 = i65 * 10u + j66;
    let v68 = acc10.y;
    let v69 = b3[j66];
    let v70 = (v68 + v69);
    b2[l67] = v70;
  }
  if (j0 + 2u < 10u) {
    let i71 = i0 + 2u;
    let j72 = j0 + 2u;
    let l73 = i71 * 10u + j72;
    let v74 = acc10.z;
    let v75 = b3[j72];
    let v76 = (v74 + v75);
    b2[l73] = v76;
  }
  if (j0 + 3u < 10u) {
    let i77 = i0 + 2u;
    let j78 = j0 + 3u;
    let l79 = i77 * 10u + j78;
    let v80 = acc10.w;
    let v81 = b3[j78];
    let v82 = (v80 + v81);
    b2[l79] = v82;
  }
  {
    let i83 = i0 + 3u;
    let l84 = i83 * 10u + j0;
    let v85 = acc11.x;
    let v86 = b3[j0];
    let v87 = (v85 + v86);
    b2[l84] = v87;
  }
  if (j0 + 1u < 10u) {
    let i88 = i0 + 3u;
    let j89 = j0 + 1u;
    let l90 = i88 * 10u + j89;
    let v91 = acc11.y;
    let v92 = b3[j89];
    let v93 = (v91 + v92);
    b2[l90] = v93;
  }
  if (j0 + 2u < 10u) {
    let i94 = i0 + 3u;
    let j95 = j0 + 2u;
    let l96 = i94 * 10u + j95;
    let v97 = acc11.z;
    let v98 = b3[j95];
    let v99 = (v97 + v98);
    b2[l96] = v99;
  }
  if (j0 + 3u < 10u) {
    let i100 = i0 + 3u;
    let j101 = j0 + 3u;
    let l102 = i100 * 10u + j101;
    let v103 = acc11.w;
    let v104 = b3[j101];
    let v105 = (v103 + v104);
    b2[l102] = v105;
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

// ---- 059_add_grad.wgsl
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
  let v11 = (v10 + v10);
  b3[i] = v11;
}

// ---- 060_add_grad.wgsl
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

// ---- 061_matmul_grad.wgsl
@group(0) @binding(0) var<storage, read> b0: array<f32>;
@group(0) @binding(1) var<storage, read> b1: array<f32>;
@group(0) @binding(2) var<storage, read_write> b2: array<f32>;
@group(0) @binding(3) var<storage, read> b3: array<f32>;
@group(0) @binding(4) var<storage, read> b4: array<f32>;
@group(0) @binding(5) var<storage, read> b5: array<f32>;

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
    let bv20 = vec4<f32>(b1[cb16 + k], b1[cb17 + k], b1[cb18 + k], b1[cb19 + k]);
    acc8 = acc8 + b0[ra12 + k] * bv20;
    acc9 = acc9 + b0[ra13 + k] * bv20;
    acc10 = acc10 + b0[ra14 + k] * bv20;
    acc11 = acc11 + b0[ra15 + k] * bv20;
  }
  {
    let l21 = i0 * 100u + j0;
    let v22 = acc8.x;
    let v23 = b3[l21];
    let v24 = select(0.0, v22, v23 != 0.0);
    let v25 = select(v22, 0.0, v23 != 0.0);
    let v26 = b4[l21];
    let v27 = (v25 * v26);
    let v28 = b5[l21];
    let v29 = select(0.0, 1.0, v28 <= 0.0);
    let v30 = (v27 * v29);
    let v31 = (v24 + v30);
    b2[l21] = v31;
  }
  {
    let j32 = j0 + 1u;
    let l33 = i0 * 100u + j32;
    let v34 = acc8.y;
    let v35 = b3[l33];
    let v36 = select(0.0, v34, v35 != 0.0);
    let v37 = select(v34, 0.0, v35 != 0.0);
    let v38 = b4[l33];
    let v39 = (v37 * v38);
    let v40 = b5[l33];
    let v41 = select(0.0, 1.0, v40 <= 0.0);
    let v42 = (v39 * v41);
    let v43 = (v36 + v42);
    b2[l33] = v43;
  }
  {
    let j44 = j0 + 2u;
    let l45 = i0 * 100u + j44;
    let v46 = acc8.z;
    let v47 = b3[l45];
    let v48 = select(0.0, v46, v47 != 0.0);
    let v49 = select(v46, 0.0, v47 != 0.0);
    let v50 = b4[l45];
    let v51 = (v49 * v50);
    let v52 = b5[l45];
    let v53 = select(0.0, 1.0, v52 <= 0.0);
    let v54 = (v51 * v53);
    let v55 = (v48 + v54);
    b2[l45] = v55;
  }
  {
    let j56 = j0 + 3u;
    let l57 = i0 * 100u + j56;
    let v58 = acc8.w;
    let v59 = b3[l57];
    let v60 = select(0.0, v58, v59 != 0.0);
    let v61 = select(v58, 0.0, v59 != 0.0);
    let v62 = b4[l57];
    let v63 = (v61 * v62);
    let v64 = b5[l57];
    let v65 = select(0.0, 1.0, v64 <= 0.0);
    let v66 = (v63 * v65);
    let v67 = (v60 + v66);
    b2[l57] = v67;
  }
  {
    let i68 = i0 + 1u;
    let l69 = i68 * 100u + j0;
    let v70 = acc9.x;
    let v71 = b3[l69];
    let v72 = select(0.0, v70, v71 != 0.0);
    let v73 = select(v70, 0.0, v71 != 0.0);
    let v74 = b4[l69];
    let v75 = (v73 * v74);
    let v76 = b5[l69];
    let v77 = select(0.0, 1.0, v76 <= 0.0);
    let v78 = (v75 * v77);
    let v79 = (v72 + v78);
    b2[l69] = v79;
  }
  {
    let i80 = i0 + 1u;
    let j81 = j0 + 1u;
    let l82 = i80 * 100u + j81;
    let v83 = acc9.y;
    let v84 = b3[l82];
    let v85 = select(0.0, v83, v84 != 0.0);
    let v86 = select(v83, 0.0, v84 != 0.0);
    let v87 = b4[l82];
    let v88 = (v86 * v87);
    let v89 = b5[l82];
    let v90 = select(0.0, 1.0, v89 <= 0.0);
    let v91 = (v88 * v90);
    let v92 = (v85 + v91);
    b2[l82] = v92;
  }
  {
    let i93 = i0 + 1u;
    let j94 = j0 + 2u;
    let l95 = i93 * 100u + j94;
    let v96 = acc9.z;
    let v97 = b3[l95];
    let v98 = select(0.0, v96, v97 != 0.0);
    let v99 = select(v96, 0.0, v97 != 0.0);
    let v100 = b4[l95];
    let v101 = (v99 * v100);
    let v102 = b5[l95];
    let v103 = select(0.0, 1.0, v102 <= 0.0);
    let v104 = (v101 * v103);
    let v105 = (v98 + v104);
    b2[l95] = v105;
  }
  {
    let i106 = i0 + 1u;
    let j107 = j0 + 3u;
    let l108 = i106 * 100u + j107;
    let v109 = acc9.w;
    let v110 = b3[l108];
    let v111 = select(0.0, v109, v110 != 0.0);
    let v112 = select(v109, 0.0, v110 != 0.0);
    let v113 = b4[l108];
    let v114 = (v112 * v113);
    let v115 = b5[l108];
    let v116 = select(0.0, 1.0, v115 <= 0.0);
    let v117 = (v114 * v116);
    let v118 = (v111 + v117);
    b2[l108] = v118;
  }
  {
    let i119 = i0 + 2u;
    let l120 = i119 * 100u + j0;
    let v121 = acc10.x;
    let v122 = b3[l120];
    let v123 = select(0.0, v121, v122 != 0.0);
    let v124 = select(v121, 0.0, v122 != 0.0);
    let v125 = b4[l120];
    let v126 = (v124 * v125);
    let v127 = b5[l120];
    let v128 = select(0.0, 1.0, v127 <= 0.0);
    let v129 = (v126 * v128);
    let v130 = (v123 + v129);
    b2[l120] = v130;
  }
  {
    let i131 = i0 + 2u;
    let j132 = j0 + 1u;
    let l133 = i131 * 100u + j132;
    let v134 = acc10.y;
    let v135 = b3[l133];
    let v136 = select(0.0, v134, v135 != 0.0);
    let v137 = select(v134, 0.0, v135 != 0.0);
    let v138 = b4[l133];
    let v139 = (v137 * v138);
    let v140 = b5[l133];
    let v141 = select(0.0, 1.0, v140 <= 0.0);
    let v142 = (v139 * v141);
    let v143 = (v136 + v142);
    b2[l133] = v143;
  }
  {
    let i144 = i0 + 2u;
    let j145 = j0 + 2u;
    let l146 = i144 * 100u + j145;
    let v147 = acc10.z;
    let v148 = b3[l146];
    let v149 = select(0.0, v147, v148 != 0.0);
    let v150 = select(v147, 0.0, v148 != 0.0);
    let v151 = b4[l146];
    let v152 = (v150 * v151);
    let v153 = b5[l146];
    let v154 = select(0.0, 1.0, v153 <= 0.0);
    let v155 = (v152 * v154);
    let v156 = (v149 + v155);
    b2[l146] = v156;
  }
  {
    let i157 = i0 + 2u;
    let j158 = j0 + 3u;
    let l159 = i157 * 100u + j158;
    let v160 = acc10.w;
    let v161 = b3[l159];
    let v162 = select(0.0, v160, v161 != 0.0);
    let v163 = select(v160, 0.0, v161 != 0.0);
    let v164 = b4[l159];
    let v165 = (v163 * v164);
    let v166 = b5[l159];
    let v167 = select(0.0, 1.0, v166 <= 0.0);
    let v168 = (v165 * v167);
    let v169 = (v162 + v168);
    b2[l159] = v169;
  }
  {
    let i170 = i0 + 3u;
    let l171 = i170 * 100u + j0;
    let v172 = acc11.x;
    let v173 = b3[l171];
    let v174 = select(0.0, v172, v173 != 0.0);
    let v175 = select(v172, 0.0, v173 != 0.0);
    let v176 = b4[l171];
    let v177 = (v175 * v176);
    let v178 = b5[l171];
    let v179 = select(0.0, 1.0, v178 <= 0.0);
    let v180 = (v177 * v179);
    let v181 = (v174 + v180);
    b2[l171] = v181;
  }
  {
    let i182 = i0 + 3u;
    let j183 = j0 + 1u;
    let l184 = i182 * 100u + j183;
    let v185 = acc11.y;
    let v186 = b3[l184];
    let v187 = select(0.0, v185, v186 != 0.0);
    let v188 = select(v185, 0.0, v186 != 0.0);
    let v189 = b4[l184];
    let v190 = (v188 * v189);
    let v191 = b5[l184];
    let v192 = select(0.0, 1.0, v191 <= 0.0);
    let v193 = (v190 * v192);
    let v194 = (v187 + v193);
    b2[l184] = v194;
  }
  {
    let i195 = i0 + 3u;
    let j196 = j0 + 2u;
    let l197 = i195 * 100u + j196;
    let v198 = acc11.z;
    let v199 = b3[l197];
    let v200 = select(0.0, v198, v199 != 0.0);
    let v201 = select(v198, 0.0, v199 != 0.0);
    let v202 = b4[l197];
    let v203 = (v201 * v202);
    let v204 = b5[l197];
    let v205 = select(0.0, 1.0, v204 <= 0.0);
    let v206 = (v203 * v205);
    let v207 = (v200 + v206);
    b2[l197] = v207;
  }
  {
    let i208 = i0 + 3u;
    let j209 = j0 + 3u;
    let l210 = i208 * 100u + j209;
    let v211 = acc11.w;
    let v212 = b3[l210];
    let v213 = select(0.0, v211, v212 != 0.0);
    let v214 = select(v211, 0.0, v212 != 0.0);
    let v215 = b4[l210];
    let v216 = (v214 * v215);
    let v217 = b5[l210];
    let v218 = select(0.0, 1.0, v217 <= 0.0);
    let v219 = (v216 * v218);
    let v220 = (v213 + v219);
    b2[l210] = v220;
  }
}

// ---- 062_reduce_sum_grad.wgsl
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

// ---- 063_reduce_sum_grad.wgsl
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

// ---- 064_add_grad.wgsl
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
  let v11 = (v10 + v10);
  b3[i] = v11;
}

// ---- 065_add_grad.wgsl
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

// ---- 066_matmul_grad.wgsl
@group(0) @binding(0) var<storage, read> b0: array<vec4<f32>>;
@group(0) @binding(1) var<storage, read> b1: array<vec4<f32>>;
@group(0) @binding(2) var<storage, read_write> b2: array<f32>;
@group(0) @binding(3) var<storage, read> b3: array<f32>;
@group(0) @binding(4) var<storage, read> b4: array<f32>;
@group(0) @binding(5) var<storage, read> b5: array<f32>;

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
    let av20 = b0[ra12 + k];
    let av21 = b0[ra13 + k];
    let av22 = b0[ra14 + k];
    let av23 = b0[ra15 + k];
    let bc24 = b1[cb16 + k];
    let bc25 = b1[cb17 + k];
    let bc26 = b1[cb18 + k];
    let bc27 = b1[cb19 + k];
    let kq28 = k * 4u + 0u;
    let bv29 = vec4<f32>(bc24.x, bc25.x, bc26.x, bc27.x);
    acc8 = acc8 + av20.x * bv29;
    acc9 = acc9 + av21.x * bv29;
    acc10 = acc10 + av22.x * bv29;
    acc11 = acc11 + av23.x * bv29;
    let kq30 = k * 4u + 1u;
    let bv31 = vec4<f32>(bc24.y, bc25.y, bc26.y, bc27.y);
    acc8 = acc8 + av20.y * bv31;
    acc9 = acc9 + av21.y * bv31;
    acc10 = acc10 + av22.y * bv31;
    acc11 = acc11 + av23.y * bv31;
    let kq32 = k * 4u + 2u;
    let bv33 = vec4<f32>(bc24.z, bc25.z, bc26.z, bc27.z);
    acc8 = acc8 + av20.z * bv33;
    acc9 = acc9 + av21.z * bv33;
    acc10 = acc10 + av22.z * bv33;
    acc11 = acc11 + av23.z * bv33;
    let kq34 = k * 4u + 3u;
    let bv35 = vec4<f32>(bc24.w, bc25.w, bc26.w, bc27.w);
    acc8 = acc8 + av20.w * bv35;
    acc9 = acc9 + av21.w * bv35;
    acc10 = acc10 + av22.w * bv35;
    acc11 = acc11 + av23.w * bv35;
  }
  {
    let l36 = i0 * 300u + j0;
    let v37 = acc8.x;
    let v38 = b3[l36];
    let v39 = select(0.0, v37, v38 != 0.0);
    let v40 = select(v37, 0.0, v38 != 0.0);
    let v41 = b4[l36];
    let v42 = (v40 * v41);
    let v43 = b5[l36];
    let v44 = select(0.0, 1.0, v43 <= 0.0);
    let v45 = (v42 * v44);
    let v46 = (v39 + v45);
    b2[l36] = v46;
  }
  {
    let j47 = j0 + 1u;
    let l48 = i0 * 300u + j47;
    let v49 = acc8.y;
    let v50 = b3[l48];
    let v51 = select(0.0, v49, v50 != 0.0);
    let v52 = select(v49, 0.0, v50 != 0.0);
    let v53 = b4[l48];
    let v54 = (v52 * v53);
    let v55 = b5[l48];
    let v56 = select(0.0, 1.0, v55 <= 0.0);
    let v57 = (v54 * v56);
    let v58 = (v51 + v57);
    b2[l48] = v58;
  }
  {
    let j59 = j0 + 2u;
    let l60 = i0 * 300u + j59;
    let v61 = acc8.z;
    let v62 = b3[l60];
    let v63 = select(0.0, v61, v62 != 0.0);
    let v64 = select(v61, 0.0, v62 != 0.0);
    let v65 = b4[l60];
    let v66 = (v64 * v65);
    let v67 = b5[l60];
    let v68 = select(0.0, 1.0, v67 <= 0.0);
    let v69 = (v66 * v68);
    let v70 = (v63 + v69);
    b2[l60] = v70;
  }
  {
    let j71 = j0 + 3u;
    let l72 = i0 * 300u + j71;
    let v73 = acc8.w;
    let v74 = b3[l72];
    let v75 = select(0.0, v73, v74 != 0.0);
    let v76 = select(v73, 0.0, v74 != 0.0);
    let v77 = b4[l72];
    let v78 = (v76 * v77);
    let v79 = b5[l72];
    let v80 = select(0.0, 1.0, v79 <= 0.0);
    let v81 = (v78 * v80);
    let v82 = (v75 + v81);
    b2[l72] = v82;
  }
  {
    let i83 = i0 + 1u;
    let l84 = i83 * 300u + j0;
    let v85 = acc9.x;
    let v86 = b3[l84];
    let v87 = select(0.0, v85, v86 != 0.0);
    let v88 = select(v85, 0.0, v86 != 0.0);
    let v89 = b4[l84];
    let v90 = (v88 * v89);
    let v91 = b5[l84];
    let v92 = select(0.0, 1.0, v91 <= 0.0);
    let v93 = (v90 * v92);
    let v94 = (v87 + v93);
    b2[l84] = v94;
  }
  {
    let i95 = i0 + 1u;
    let j96 = j0 + 1u;
    let l97 = i95 * 300u + j96;
    let v98 = acc9.y;
    let v99 = b3[l97];
    let v100 = select(0.0, v98, v99 != 0.0);
    let v101 = select(v98, 0.0, v99 != 0.0);
    let v102 = b4[l97];
    let v103 = (v101 * v102);
    let v104 = b5[l97];
    let v105 = select(0.0, 1.0, v104 <= 0.0);
    let v106 = (v103 * v105);
    let v107 = (v100 + v106);
    b2[l97] = v107;
  }
  {
    let i108 = i0 + 1u;
    let j109 = j0 + 2u;
    let l110 = i108 * 300u + j109;
    let v111 = acc9.z;
    let v112 = b3[l110];
    let v113 = select(0.0, v111, v112 != 0.0);
    let v114 = select(v111, 0.0, v112 != 0.0);
    let v115 = b4[l110];
    let v116 = (v114 * v115);
    let v117 = b5[l110];
    let v118 = select(0.0, 1.0, v117 <= 0.0);
    let v119 = (v116 * v118);
    let v120 = (v113 + v119);
    b2[l110] = v120;
  }
  {
    let i121 = i0 + 1u;
    let j122 = j0 + 3u;
    let l123 = i121 * 300u + j122;
    let v124 = acc9.w;
    let v125 = b3[l123];
    let v126 = select(0.0, v124, v125 != 0.0);
    let v127 = select(v124, 0.0, v125 != 0.0);
    let v128 = b4[l123];
    let v129 = (v127 * v128);
    let v130 = b5[l123];
    let v131 = select(0.0, 1.0, v130 <= 0.0);
    let v132 = (v129 * v131);
    let v133 = (v126 + v132);
    b2[l123] = v133;
  }
  {
    let i134 = i0 + 2u;
    let l135 = i134 * 300u + j0;
    let v136 = acc10.x;
    let v137 = b3[l135];
    let v138 = select(0.0, v136, v137 != 0.0);
    let v139 = select(v136, 0.0, v137 != 0.0);
    let v140 = b4[l135];
    let v141 = (v139 * v140);
    let v142 = b5[l135];
    let v143 = select(0.0, 1.0, v142 <= 0.0);
    let v144 = (v141 * v143);
    let v145 = (v138 + v144);
    b2[l135] = v145;
  }
  {
    let i146 = i0 + 2u;
    let j147 = j0 + 1u;
    let l148 = i146 * 300u + j147;
    let v149 = acc10.y;
    let v150 = b3[l148];
    let v151 = select(0.0, v149, v150 != 0.0);
    let v152 = select(v149, 0.0, v150 != 0.0);
    let v153 = b4[l148];
    let v154 = (v152 * v153);
    let v155 = b5[l148];
    let v156 = select(0.0, 1.0, v155 <= 0.0);
    let v157 = (v154 * v156);
    let v158 = (v151 + v157);
    b2[l148] = v158;
  }
  {
    let i159 = i0 + 2u;
    let j160 = j0 + 2u;
    let l161 = i159 * 300u + j160;
    let v162 = acc10.z;
    let v163 = b3[l161];
    let v164 = select(0.0, v162, v163 != 0.0);
    let v165 = select(v162, 0.0, v163 != 0.0);
    let v166 = b4[l161];
    let v167 = (v165 * v166);
    let v168 = b5[l161];
    let v169 = select(0.0, 1.0, v168 <= 0.0);
    let v170 = (v167 * v169);
    let v171 = (v164 + v170);
    b2[l161] = v171;
  }
  {
    let i172 = i0 + 2u;
    let j173 = j0 + 3u;
    let l174 = i172 * 300u + j173;
    let v175 = acc10.w;
    let v176 = b3[l174];
    let v177 = select(0.0, v175, v176 != 0.0);
    let v178 = select(v175, 0.0, v176 != 0.0);
    let v179 = b4[l174];
    let v180 = (v178 * v179);
    let v181 = b5[l174];
    let v182 = select(0.0, 1.0, v181 <= 0.0);
    let v183 = (v180 * v182);
    let v184 = (v177 + v183);
    b2[l174] = v184;
  }
  {
    let i185 = i0 + 3u;
    let l186 = i185 * 300u + j0;
    let v187 = acc11.x;
    let v188 = b3[l186];
    let v189 = select(0.0, v187, v188 != 0.0);
    let v190 = select(v187, 0.0, v188 != 0.0);
    let v191 = b4[l186];
    let v192 = (v190 * v191);
    let v193 = b5[l186];
    let v194 = select(0.0, 1.0, v193 <= 0.0);
    let v195 = (v192 * v194);
    let v196 = (v189 + v195);
    b2[l186] = v196;
  }
  {
    let i197 = i0 + 3u;
    let j198 = j0 + 1u;
    let l199 = i197 * 300u + j198;
    let v200 = acc11.y;
    let v201 = b3[l199];
    let v202 = select(0.0, v200, v201 != 0.0);
    let v203 = select(v200, 0.0, v201 != 0.0);
    let v204 = b4[l199];
    let v205 = (v203 * v204);
    let v206 = b5[l199];
    let v207 = select(0.0, 1.0, v206 <= 0.0);
    let v208 = (v205 * v207);
    let v209 = (v202 + v208);
    b2[l199] = v209;
  }
  {
    let i210 = i0 + 3u;
    let j211 = j0 + 2u;
    let l212 = i210 * 300u + j211;
    let v213 = acc11.z;
    let v214 = b3[l212];
    let v215 = select(0.0, v213, v214 != 0.0);
    let v216 = select(v213, 0.0, v214 != 0.0);
    let v217 = b4[l212];
    let v218 = (v216 * v217);
    let v219 = b5[l212];
    let v220 = select(0.0, 1.0, v219 <= 0.0);
    let v221 = (v218 * v220);
    let v222 = (v215 + v221);
    b2[l212] = v222;
  }
  {
    let i223 = i0 + 3u;
    let j224 = j0 + 3u;
    let l225 = i223 * 300u + j224;
    let v226 = acc11.w;
    let v227 = b3[l225];
    let v228 = select(0.0, v226, v227 != 0.0);
    let v229 = select(v226, 0.0, v227 != 0.0);
    let v230 = b4[l225];
    let v231 = (v229 * v230);
    let v232 = b5[l225];
    let v233 = select(0.0, 1.0, v232 <= 0.0);
    let v234 = (v231 * v233);
    let v235 = (v228 + v234);
    b2[l225] = v235;
  }
}

// ---- 067_reduce_sum_grad.wgsl
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

// ---- 068_reduce_sum_grad.wgsl
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

// ---- 069_add_grad.wgsl
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
  let v11 = (v10 + v10);
  b3[i] = v11;
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

// ---- 071_matmul_optimizer.wgsl
@group(0) @binding(0) var<storage, read> b0: array<vec4<f32>>;
@group(0) @binding(1) var<storage, read> b1: array<vec4<f32>>;
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
  for (var k: u32 = 0u; k < 50u; k = k + 1u) {
    let kq12 = k * 4u + 0u;
    let bv13 = b1[(kq12 * 300u + j0) / 4u];
    let aq14 = b0[(kq12 * 784u + i0) / 4u];
    acc8 = acc8 + aq14.x * bv13;
    acc9 = acc9 + aq14.y * bv13;
    acc10 = acc10 + aq14.z * bv13;
    acc11 = acc11 + aq14.w * bv13;
    let kq15 = k * 4u + 1u;
    let bv16 = b1[(kq15 * 300u + j0) / 4u];
    let aq17 = b0[(kq15 * 784u + i0) / 4u];
    acc8 = acc8 + aq17.x * bv16;
    acc9 = acc9 + aq17.y * bv16;
    acc10 = acc10 + aq17.z * bv16;
    acc11 = acc11 + aq17.w * bv16;
    let kq18 = k * 4u + 2u;
    let bv19 = b1[(kq18 * 300u + j0) / 4u];
    let aq20 = b0[(kq18 * 784u + i0) / 4u];
    acc8 = acc8 + aq20.x * bv19;
    acc9 = acc9 + aq20.y * bv19;
    acc10 = acc10 + aq20.z * bv19;
    acc11 = acc11 + aq20.w * bv19;
    let kq21 = k * 4u + 3u;
    let bv22 = b1[(kq21 * 300u + j0) / 4u];
    let aq23 = b0[(kq21 * 784u + i0) / 4u];
    acc8 = acc8 + aq23.x * bv22;
    acc9 = acc9 + aq23.y * bv22;
    acc10 = acc10 + aq23.z * bv22;
    acc11 = acc11 + aq23.w * bv22;
  }
  {
    let l24 = i0 * 300u + j0;
    let v25 = b2[l24];
    let v26 = acc8.x;
    let v27 = (v26 * 0.01);
    let v28 = (v25 - v27);
    b2[l24] = v28;
  }
  {
    let j29 = j0 + 1u;
    let l30 = i0 * 300u + j29;
    let v31 = b2[l30];
    let v32 = acc8.y;
    let v33 = (v32 * 0.01);
    let v34 = (v31 - v33);
    b2[l30] = v34;
  }
  {
    let j35 = j0 + 2u;
    let l36 = i0 * 300u + j35;
    let v37 = b2[l36];
    let v38 = acc8.z;
    let v39 = (v38 * 0.01);
    let v40 = (v37 - v39);
    b2[l36] = v40;
  }
  {
    let j41 = j0 + 3u;
    let l42 = i0 * 300u + j41;
    let v43 = b2[l42];
    let v44 = acc8.w;
    let v45 = (v44 * 0.01);
    let v46 = (v43 - v45);
    b2[l42] = v46;
  }
  {
    let i47 = i0 + 1u;
    let l48 = i47 * 300u + j0;
    let v49 = b2[l48];
    let v50 = acc9.x;
    let v51 = (v50 * 0.01);
    let v52 = (v49 - v51);
    b2[l48] = v52;
  }
  {
    let i53 = i0 + 1u;
    let j54 = j0 + 1u;
    let l55 = i53 * 300u + j54;
    let v56 = b2[l55];
    let v57 = acc9.y;
    let v58 = (v57 * 0.01);
    let v59 = (v56 - v58);
    b2[l55] = v59;
  }
  {
    let i60 = i0 + 1u;
    let j61 = j0 + 2u;
    let l62 = i60 * 300u + j61;
    let v63 = b2[l62];
    let v64 = acc9.z;
    let v65 = (v64 * 0.01);
    let v66 = (v63 - v65);
    b2[l62] = v66;
  }
  {
    let i67 = i0 + 1u;
    let j68 = j0 + 3u;
    let l69 = i67 * 300u + j68;
    let v70 = b2[l69];
    let v71 = acc9.w;
    let v72 = (v71 * 0.01);
    let v73 = (v70 - v72);
    b2[l69] = v73;
  }
  {
    let i74 = i0 + 2u;
    let l75 = i74 * 300u + j0;
    let v76 = b2[l75];
    let v77 = acc10.x;
    let v78 = (v77 * 0.01);
    let v79 = (v76 - v78);
    b2[l75] = v79;
  }
  {
    let i80 = i0 + 2u;
    let j81 = j0 + 1u;
    let l82 = i80 * 300u + j81;
    let v83 = b2[l82];
    let v84 = acc10.y;
    let v85 = (v84 * 0.01);
    let v86 = (v83 - v85);
    b2[l82] = v86;
  }
  {
    let i87 = i0 + 2u;
    let j88 = j0 + 2u;
    let l89 = i87 * 300u + j88;
    let v90 = b2[l89];
    let v91 = acc10.z;
    let v92 = (v91 * 0.01);
    let v93 = (v90 - v92);
    b2[l89] = v93;
  }
  {
    let i94 = i0 + 2u;
    let j95 = j0 + 3u;
    let l96 = i94 * 300u + j95;
    let v97 = b2[l96];
    let v98 = acc10.w;
    let v99 = (v98 * 0.01);
    let v100 = (v97 - v99);
    b2[l96] = v100;
  }
  {
    let i101 = i0 + 3u;
    let l102 = i101 * 300u + j0;
    let v103 = b2[l102];
    let v104 = acc11.x;
    let v105 = (v104 * 0.01);
    let v106 = (v103 - v105);
    b2[l102] = v106;
  }
  {
    let i107 = i0 + 3u;
    let j108 = j0 + 1u;
    let l109 = i107 * 300u + j108;
    let v110 = b2[l109];
    let v111 = acc11.y;
    let v112 = (v111 * 0.01);
    let v113 = (v110 - v112);
    b2[l109] = v113;
  }
  {
    let i114 = i0 + 3u;
    let j115 = j0 + 2u;
    let l116 = i114 * 300u + j115;
    let v117 = b2[l116];
    let v118 = acc11.z;
    let v119 = (v118 * 0.01);
    let v120 = (v117 - v119);
    b2[l116] = v120;
  }
  {
    let i121 = i0 + 3u;
    let j122 = j0 + 3u;
    let l123 = i121 * 300u + j122;
    let v124 = b2[l123];
    let v125 = acc11.w;
    let v126 = (v125 * 0.01);
    let v127 = (v124 - v126);
    b2[l123] = v127;
  }
}

// ---- 072_reduce_sum_optimizer.wgsl
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

// ---- 073_reduce_sum_optimizer.wgsl
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

// ---- 074_matmul_optimizer.wgsl
@group(0) @binding(0) var<storage, read> b0: array<vec4<f32>>;
@group(0) @binding(1) var<storage, read> b1: array<vec4<f32>>;
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
  for (var k: u32 = 0u; k < 50u; k = k + 1u) {
    let kq12 = k * 4u + 0u;
    let bv13 = b1[(kq12 * 100u + j0) / 4u];
    let aq14 = b0[(kq12 * 300u + i0) / 4u];
    acc8 = acc8 + aq14.x * bv13;
    acc9 = acc9 + aq14.y * bv13;
    acc10 = acc10 + aq14.z * bv13;
    acc11 = acc11 + aq14.w * bv13;
    let kq15 = k * 4u + 1u;
    let bv16 = b1[(kq15 * 100u + j0) / 4u];
    let aq17 = b0[(kq15 * 300u + i0) / 4u];
    acc8 = acc8 + aq17.x * bv16;
    acc9 = acc9 + aq17.y * bv16;
    acc10 = acc10 + aq17.z * bv16;
    acc11 = acc11 + aq17.w * bv16;
    let kq18 = k * 4u + 2u;
    let bv19 = b1[(kq18 * 100u + j0) / 4u];
    let aq20 = b0[(kq18 * 300u + i0) / 4u];
    acc8 = acc8 + aq20.x * bv19;
    acc9 = acc9 + aq20.y * bv19;
    acc10 = acc10 + aq20.z * bv19;
    acc11 = acc11 + aq20.w * bv19;
    let kq21 = k * 4u + 3u;
    let bv22 = b1[(kq21 * 100u + j0) / 4u];
    let aq23 = b0[(kq21 * 300u + i0) / 4u];
    acc8 = acc8 + aq23.x * bv22;
    acc9 = acc9 + aq23.y * bv22;
    acc10 = acc10 + aq23.z * bv22;
    acc11 = acc11 + aq23.w * bv22;
  }
  {
    let l24 = i0 * 100u + j0;
    let v25 = b2[l24];
    let v26 = acc8.x;
    let v27 = (v26 * 0.01);
    let v28 = (v25 - v27);
    b2[l24] = v28;
  }
  {
    let j29 = j0 + 1u;
    let l30 = i0 * 100u + j29;
    let v31 = b2[l30];
    let v32 = acc8.y;
    let v33 = (v32 * 0.01);
    let v34 = (v31 - v33);
    b2[l30] = v34;
  }
  {
    let j35 = j0 + 2u;
    let l36 = i0 * 100u + j35;
    let v37 = b2[l36];
    let v38 = acc8.z;
    let v39 = (v38 * 0.01);
    let v40 = (v37 - v39);
    b2[l36] = v40;
  }
  {
    let j41 = j0 + 3u;
    let l42 = i0 * 100u + j41;
    let v43 = b2[l42];
    let v44 = acc8.w;
    let v45 = (v44 * 0.01);
    let v46 = (v43 - v45);
    b2[l42] = v46;
  }
  {
    let i47 = i0 + 1u;
    let l48 = i47 * 100u + j0;
    let v49 = b2[l48];
    let v50 = acc9.x;
    let v51 = (v50 * 0.01);
    let v52 = (v49 - v51);
    b2[l48] = v52;
  }
  {
    let i53 = i0 + 1u;
    let j54 = j0 + 1u;
    let l55 = i53 * 100u + j54;
    let v56 = b2[l55];
    let v57 = acc9.y;
    let v58 = (v57 * 0.01);
    let v59 = (v56 - v58);
    b2[l55] = v59;
  }
  {
    let i60 = i0 + 1u;
    let j61 = j0 + 2u;
    let l62 = i60 * 100u + j61;
    let v63 = b2[l62];
    let v64 = acc9.z;
    let v65 = (v64 * 0.01);
    let v66 = (v63 - v65);
    b2[l62] = v66;
  }
  {
    let i67 = i0 + 1u;
    let j68 = j0 + 3u;
    let l69 = i67 * 100u + j68;
    let v70 = b2[l69];
    let v71 = acc9.w;
    let v72 = (v71 * 0.01);
    let v73 = (v70 - v72);
    b2[l69] = v73;
  }
  {
    let i74 = i0 + 2u;
    let l75 = i74 * 100u + j0;
    let v76 = b2[l75];
    let v77 = acc10.x;
    let v78 = (v77 * 0.01);
    let v79 = (v76 - v78);
    b2[l75] = v79;
  }
  {
    let i80 = i0 + 2u;
    let j81 = j0 + 1u;
    let l82 = i80 * 100u + j81;
    let v83 = b2[l82];
    let v84 = acc10.y;
    let v85 = (v84 * 0.01);
    let v86 = (v83 - v85);
    b2[l82] = v86;
  }
  {
    let i87 = i0 + 2u;
    let j88 = j0 + 2u;
    let l89 = i87 * 100u + j88;
    let v90 = b2[l89];
    let v91 = acc10.z;
    let v92 = (v91 * 0.01);
    let v93 = (v90 - v92);
    b2[l89] = v93;
  }
  {
    let i94 = i0 + 2u;
    let j95 = j0 + 3u;
    let l96 = i94 * 100u + j95;
    let v97 = b2[l96];
    let v98 = acc10.w;
    let v99 = (v98 * 0.01);
    let v100 = (v97 - v99);
    b2[l96] = v100;
  }
  {
    let i101 = i0 + 3u;
    let l102 = i101 * 100u + j0;
    let v103 = b2[l102];
    let v104 = acc11.x;
    let v105 = (v104 * 0.01);
    let v106 = (v103 - v105);
    b2[l102] = v106;
  }
  {
    let i107 = i0 + 3u;
    let j108 = j0 + 1u;
    let l109 = i107 * 100u + j108;
    let v110 = b2[l109];
    let v111 = acc11.y;
    let v112 = (v111 * 0.01);
    let v113 = (v110 - v112);
    b2[l109] = v113;
  }
  {
    let i114 = i0 + 3u;
    let j115 = j0 + 2u;
    let l116 = i114 * 100u + j115;
    let v117 = b2[l116];
    let v118 = acc11.z;
    let v119 = (v118 * 0.01);
    let v120 = (v117 - v119);
    b2[l116] = v120;
  }
  {
    let i121 = i0 + 3u;
    let j122 = j0 + 3u;
    let l123 = i121 * 100u + j122;
    let v124 = b2[l123];
    let v125 = acc11.w;
    let v126 = (v125 * 0.01);
    let v127 = (v124 - v126);
    b2[l123] = v127;
  }
}

// ---- 075_reduce_sum_optimizer.wgsl
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

// ---- 076_reduce_sum_optimizer.wgsl
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

// ---- 077_matmul_optimizer.wgsl
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

// ---- 078_reduce_sum_optimizer.wgsl
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

// ---- 079_reduce_sum_optimizer.wgsl
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

// ---- 080_add_metrics.wgsl
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

// ---- 081_add_metrics.wgsl
@group(0) @binding(0) var<storage, read_write> b0: array<f32>;

@compute @workgroup_size(64)
fn main(@builtin(global_invocation_id) gid: vec3<u32>) {
  let i = gid.x;
  if (i >= 1u) { return; }
  let v0 = b0[i];
  let v1 = (v0 + 1.0);
  b0[i] = v1;
}

// ---- 082_feed_eval_X.wgsl
@group(0) @binding(0) var<storage, read> data: array<u32>;
@group(0) @binding(1) var<storage, read> info: array<u32>;
@group(0) @binding(2) var<storage, read> eval_batch: array<u32>;
@group(0) @binding(3) var<storage, read_write> out: array<f32>;
@group(0) @binding(4) var<storage, read_write> weight: array<f32>;

@compute @workgroup_size(64)
fn main(@builtin(global_invocation_id) gid: vec3<u32>) {
  let i = gid.x;
  if (i >= 39200u) { return; }
  let count = info[0];
  let features = info[2];
  let row = i / 196u;
  let f = (i % 196u) * 4u;
  let o = row * 784u + f;
  let base = eval_batch[0] * 200u;
  let rem = min(count - min(base, count), 200u);
  let ex = base + row % max(rem, 1u);
  if (i == 0u) {
    weight[0] = f32(rem) / 200.0;
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

// ---- 083_feed_eval_y.wgsl
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

// ---- 084_matmul_hidden1.wgsl
@group(0) @binding(0) var<storage, read> b0: array<vec4<f32>>;
@group(0) @binding(1) var<storage, read> b1: array<vec4<f32>>;
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
  var acc8: vec4<f32> = vec4<f32>(0.0);
  var acc9: vec4<f32> = vec4<f32>(0.0);
  var acc10: vec4<f32> = vec4<f32>(0.0);
  var acc11: vec4<f32> = vec4<f32>(0.0);
  let ra12 = row0 * 196u;
  let ra13 = row1 * 196u;
  let ra14 = row2 * 196u;
  let ra15 = row3 * 196u;
  for (var k: u32 = 0u; k < 196u; k = k + 1u) {
    let av16 = b0[ra12 + k];
    let av17 = b0[ra13 + k];
    let av18 = b0[ra14 + k];
    let av19 = b0[ra15 + k];
    let kq20 = k * 4u + 0u;
    let bv21 = b1[(kq20 * 300u + j0) / 4u];
    acc8 = acc8 + av16.x * bv21;
    acc9 = acc9 + av17.x * bv21;
    acc10 = acc10 + av18.x * bv21;
    acc11 = acc11 + av19.x * bv21;
    let kq22 = k * 4u + 1u;
    let bv23 = b1[(kq22 * 300u + j0) / 4u];
    acc8 = acc8 + av16.y * bv23;
    acc9 = acc9 + av17.y * bv23;
    acc10 = acc10 + av18.y * bv23;
    acc11 = acc11 + av19.y * bv23;
    let kq24 = k * 4u + 2u;
    let bv25 = b1[(kq24 * 300u + j0) / 4u];
    acc8 = acc8 + av16.z * bv25;
    acc9 = acc9 + av17.z * bv25;
    acc10 = acc10 + av18.z * bv25;
    acc11 = acc11 + av19.z * bv25;
    let kq26 = k * 4u + 3u;
    let bv27 = b1[(kq26 * 300u + j0) / 4u];
    acc8 = acc8 + av16.w * bv27;
    acc9 = acc9 + av17.w * bv27;
    acc10 = acc10 + av18.w * bv27;
    acc11 = acc11 + av19.w * bv27;
  }
  {
    let l28 = i0 * 300u + j0;
    let v29 = acc8.x;
    let v30 = b3[j0];
    let v31 = (v29 + v30);
    let v32 = b4[j0];
    let v33 = (v31 - v32);
    let v34 = b5[j0];
    let v35 = (v34 + 0.001);
    let v36 = inverseSqrt(v35);
    let v37 = (v33 * v36);
    let v38 = b6[j0];
    let v39 = (v37 * v38);
    let v40 = b7[j0];
    let v41 = (v39 + v40);
    let v42 = min(v41, 0.0);
    let v43 = exp(v42);
    let v44 = (v43 - 1.0);
    let v45 = select(0.0, 1.0, v41 > 0.0);
    let v46 = select(v44, v41, v45 != 0.0);
    b2[l28] = v46;
  }
  {
    let j47 = j0 + 1u;
    let l48 = i0 * 300u + j47;
    let v49 = acc8.y;
    let v50 = b3[j47];
    let v51 = (v49 + v50);
    let v52 = b4[j47];
    let v53 = (v51 - v52);
    let v54 = b5[j47];
    let v55 = (v54 + 0.001);
    let v56 = inverseSqrt(v55);
    let v57 = (v53 * v56);
    let v58 = b6[j47];
    let v59 = (v57 * v58);
    let v60 = b7[j47];
    let v61 = (v59 + v60);
    let v62 = min(v61, 0.0);
    let v63 = exp(v62);
    let v64 = (v63 - 1.0);
    let v65 = select(0.0, 1.0, v61 > 0.0);
    let v66 = select(v64, v61, v65 != 0.0);
    b2[l48] = v66;
  }
  {
    let j67 = j0 + 2u;
    let l68 = i0 * 300u + j67;
    let v69 = acc8.z;
    let v70 = b3[j67];
    let v71 = (v69 + v70);
    let v72 = b4[j67];
    let v73 = (v71 - v72);
    let v74 = b5[j67];
    let v75 = (v74 + 0.001);
    let v76 = inverseSqrt(v75);
    let v77 = (v73 * v76);
    let v78 = b6[j67];
    let v79 = (v77 * v78);
    let v80 = b7[j67];
    let v81 = (v79 + v80);
    let v82 = min(v81, 0.0);
    let v83 = exp(v82);
    let v84 = (v83 - 1.0);
    let v85 = select(0.0, 1.0, v81 > 0.0);
    let v86 = select(v84, v81, v85 != 0.0);
    b2[l68] = v86;
  }
  {
    let j87 = j0 + 3u;
    let l88 = i0 * 300u + j87;
    let v89 = acc8.w;
    let v90 = b3[j87];
    let v91 = (v89 + v90);
    let v92 = b4[j87];
    let v93 = (v91 - v92);
    let v94 = b5[j87];
    let v95 = (v94 + 0.001);
    let v96 = inverseSqrt(v95);
    let v97 = (v93 * v96);
    let v98 = b6[j87];
    let v99 = (v97 * v98);
    let v100 = b7[j87];
    let v101 = (v99 + v100);
    let v102 = min(v101, 0.0);
    let v103 = exp(v102);
    let v104 = (v103 - 1.0);
    let v105 = select(0.0, 1.0, v101 > 0.0);
    let v106 = select(v104, v101, v105 != 0.0);
    b2[l88] = v106;
  }
  {
    let i107 = i0 + 1u;
    let l108 = i107 * 300u + j0;
    let v109 = acc9.x;
    let v110 = b3[j0];
    let v111 = (v109 + v110);
    let v112 = b4[j0];
    let v113 = (v111 - v112);
    let v114 = b5[j0];
    let v115 = (v114 + 0.001);
    let v116 = inverseSqrt(v115);
    let v117 = (v113 * v116);
    let v118 = b6[j0];
    let v119 = (v117 * v118);
    let v120 = b7[j0];
    let v121 = (v119 + v120);
    let v122 = min(v121, 0.0);
    let v123 = exp(v122);
    let v124 = (v123 - 1.0);
    let v125 = select(0.0, 1.0, v121 > 0.0);
    let v126 = select(v124, v121, v125 != 0.0);
    b2[l108] = v126;
  }
  {
    let i127 = i0 + 1u;
    let j128 = j0 + 1u;
    let l129 = i127 * 300u + j128;
    let v130 = acc9.y;
    let v131 = b3[j128];
    let v132 = (v130 + v131);
    let v133 = b4[j128];
    let v134 = (v132 - v133);
    let v135 = b5[j128];
    let v136 = (v135 + 0.001);
    let v137 = inverseSqrt(v136);
    let v138 = (v134 * v137);
    let v139 = b6[j128];
    let v140 = (v138 * v139);
    let v141 = b7[j128];
    let v142 = (v140 + v141);
    let v143 = min(v142, 0.0);
    let v144 = exp(v143);
    let v145 = (v144 - 1.0);
    let v146 = select(0.0, 1.0, v142 > 0.0);
    let v147 = select(v145, v142, v146 != 0.0);
    b2[l129] = v147;
  }
  {
    let i148 = i0 + 1u;
    let j149 = j0 + 2u;
    let l150 = i148 * 300u + j149;
    let v151 = acc9.z;
    let v152 = b3[j149];
    let v153 = (v151 + v152);
    let v154 = b4[j149];
    let v155 = (v153 - v154);
    let v156 = b5[j149];
    let v157 = (v156 + 0.001);
    let v158 = inverseSqrt(v157);
    let v159 = (v155 * v158);
    let v160 = b6[j149];
    let v161 = (v159 * v160);
    let v162 = b7[j149];
    let v163 = (v161 + v162);
    let v164 = min(v163, 0.0);
    let v165 = exp(v164);
    let v166 = (v165 - 1.0);
    let v167 = select(0.0, 1.0, v163 > 0.0);
    let v168 = select(v166, v163, v167 != 0.0);
    b2[l150] = v168;
  }
  {
    let i169 = i0 + 1u;
    let j170 = j0 + 3u;
    let l171 = i169 * 300u + j170;
    let v172 = acc9.w;
    let v173 = b3[j170];
    let v174 = (v172 + v173);
    let v175 = b4[j170];
    let v176 = (v174 - v175);
    let v177 = b5[j170];
    let v178 = (v177 + 0.001);
    let v179 = inverseSqrt(v178);
    let v180 = (v176 * v179);
    let v181 = b6[j170];
    let v182 = (v180 * v181);
    let v183 = b7[j170];
    let v184 = (v182 + v183);
    let v185 = min(v184, 0.0);
    let v186 = exp(v185);
    let v187 = (v186 - 1.0);
    let v188 = select(0.0, 1.0, v184 > 0.0);
    let v189 = select(v187, v184, v188 != 0.0);
    b2[l171] = v189;
  }
  {
    let i190 = i0 + 2u;
    let l191 = i190 * 300u + j0;
    let v192 = acc10.x;
    let v193 = b3[j0];
    let v194 = (v192 + v193);
    let v195 = b4[j0];
    let v196 = (v194 - v195);
    let v197 = b5[j0];
    let v198 = (v197 + 0.001);
    let v199 = inverseSqrt(v198);
    let v200 = (v196 * v199);
    let v201 = b6[j0];
    let v202 = (v200 * v201);
    let v203 = b7[j0];
    let v204 = (v202 + v203);
    let v205 = min(v204, 0.0);
    let v206 = exp(v205);
    let v207 = (v206 - 1.0);
    let v208 = select(0.0, 1.0, v204 > 0.0);
    let v209 = select(v207, v204, v208 != 0.0);
    b2[l191] = v209;
  }
  {
    let i210 = i0 + 2u;
    let j211 = j0 + 1u;
    let l212 = i210 * 300u + j211;
    let v213 = acc10.y;
    let v214 = b3[j211];
    let v215 = (v213 + v214);
    let v216 = b4[j211];
    let v217 = (v215 - v216);
    let v218 = b5[j211];
    let v219 = (v218 + 0.001);
    let v220 = inverseSqrt(v219);
    let v221 = (v217 * v220);
    let v222 = b6[j211];
    let v223 = (v221 * v222);
    let v224 = b7[j211];
    let v225 = (v223 + v224);
    let v226 = min(v225, 0.0);
    let v227 = exp(v226);
    let v228 = (v227 - 1.0);
    let v229 = select(0.0, 1.0, v225 > 0.0);
    let v230 = select(v228, v225, v229 != 0.0);
    b2[l212] = v230;
  }
  {
    let i231 = i0 + 2u;
    let j232 = j0 + 2u;
    let l233 = i231 * 300u + j232;
    let v234 = acc10.z;
    let v235 = b3[j232];
    let v236 = (v234 + v235);
    let v237 = b4[j232];
    let v238 = (v236 - v237);
    let v239 = b5[j232];
    let v240 = (v239 + 0.001);
    let v241 = inverseSqrt(v240);
    let v242 = (v238 * v241);
    let v243 = b6[j232];
    let v244 = (v242 * v243);
    let v245 = b7[j232];
    let v246 = (v244 + v245);
    let v247 = min(v246, 0.0);
    let v248 = exp(v247);
    let v249 = (v248 - 1.0);
    let v250 = select(0.0, 1.0, v246 > 0.0);
    let v251 = select(v249, v246, v250 != 0.0);
    b2[l233] = v251;
  }
  {
    let i252 = i0 + 2u;
    let j253 = j0 + 3u;
    let l254 = i252 * 300u + j253;
    let v255 = acc10.w;
    let v256 = b3[j253];
    let v257 = (v255 + v256);
    let v258 = b4[j253];
    let v259 = (v257 - v258);
    let v260 = b5[j253];
    let v261 = (v260 + 0.001);
    let v262 = inverseSqrt(v261);
    let v263 = (v259 * v262);
    let v264 = b6[j253];
    let v265 = (v263 * v264);
    let v266 = b7[j253];
    let v267 = (v265 + v266);
    let v268 = min(v267, 0.0);
    let v269 = exp(v268);
    let v270 = (v269 - 1.0);
    let v271 = select(0.0, 1.0, v267 > 0.0);
    let v272 = select(v270, v267, v271 != 0.0);
    b2[l254] = v272;
  }
  {
    let i273 = i0 + 3u;
    let l274 = i273 * 300u + j0;
    let v275 = acc11.x;
    let v276 = b3[j0];
    let v277 = (v275 + v276);
    let v278 = b4[j0];
    let v279 = (v277 - v278);
    let v280 = b5[j0];
    let v281 = (v280 + 0.001);
    let v282 = inverseSqrt(v281);
    let v283 = (v279 * v282);
    let v284 = b6[j0];
    let v285 = (v283 * v284);
    let v286 = b7[j0];
    let v287 = (v285 + v286);
    let v288 = min(v287, 0.0);
    let v289 = exp(v288);
    let v290 = (v289 - 1.0);
    let v291 = select(0.0, 1.0, v287 > 0.0);
    let v292 = select(v290, v287, v291 != 0.0);
    b2[l274] = v292;
  }
  {
    let i293 = i0 + 3u;
    let j294 = j0 + 1u;
    let l295 = i293 * 300u + j294;
    let v296 = acc11.y;
    let v297 = b3[j294];
    let v298 = (v296 + v297);
    let v299 = b4[j294];
    let v300 = (v298 - v299);
    let v301 = b5[j294];
    let v302 = (v301 + 0.001);
    let v303 = inverseSqrt(v302);
    let v304 = (v300 * v303);
    let v305 = b6[j294];
    let v306 = (v304 * v305);
    let v307 = b7[j294];
    let v308 = (v306 + v307);
    let v309 = min(v308, 0.0);
    let v310 = exp(v309);
    let v311 = (v310 - 1.0);
    let v312 = select(0.0, 1.0, v308 > 0.0);
    let v313 = select(v311, v308, v312 != 0.0);
    b2[l295] = v313;
  }
  {
    let i314 = i0 + 3u;
    let j315 = j0 + 2u;
    let l316 = i314 * 300u + j315;
    let v317 = acc11.z;
    let v318 = b3[j315];
    let v319 = (v317 + v318);
    let v320 = b4[j315];
    let v321 = (v319 - v320);
    let v322 = b5[j315];
    let v323 = (v322 + 0.001);
    let v324 = inverseSqrt(v323);
    let v325 = (v321 * v324);
    let v326 = b6[j315];
    let v327 = (v325 * v326);
    let v328 = b7[j315];
    let v329 = (v327 + v328);
    let v330 = min(v329, 0.0);
    let v331 = exp(v330);
    let v332 = (v331 - 1.0);
    let v333 = select(0.0, 1.0, v329 > 0.0);
    let v334 = select(v332, v329, v333 != 0.0);
    b2[l316] = v334;
  }
  {
    let i335 = i0 + 3u;
    let j336 = j0 + 3u;
    let l337 = i335 * 300u + j336;
    let v338 = acc11.w;
    let v339 = b3[j336];
    let v340 = (v338 + v339);
    let v341 = b4[j336];
    let v342 = (v340 - v341);
    let v343 = b5[j336];
    let v344 = (v343 + 0.001);
    let v345 = inverseSqrt(v344);
    let v346 = (v342 * v345);
    let v347 = b6[j336];
    let v348 = (v346 * v347);
    let v349 = b7[j336];
    let v350 = (v348 + v349);
    let v351 = min(v350, 0.0);
    let v352 = exp(v351);
    let v353 = (v352 - 1.0);
    let v354 = select(0.0, 1.0, v350 > 0.0);
    let v355 = select(v353, v350, v354 != 0.0);
    b2[l337] = v355;
  }
}

// ---- 085_matmul_hidden2.wgsl
@group(0) @binding(0) var<storage, read> b0: array<vec4<f32>>;
@group(0) @binding(1) var<storage, read> b1: array<vec4<f32>>;
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
  var acc8: vec4<f32> = vec4<f32>(0.0);
  var acc9: vec4<f32> = vec4<f32>(0.0);
  var acc10: vec4<f32> = vec4<f32>(0.0);
  var acc11: vec4<f32> = vec4<f32>(0.0);
  let ra12 = row0 * 75u;
  let ra13 = row1 * 75u;
  let ra14 = row2 * 75u;
  let ra15 = row3 * 75u;
  for (var k: u32 = 0u; k < 75u; k = k + 1u) {
    let av16 = b0[ra12 + k];
    let av17 = b0[ra13 + k];
    let av18 = b0[ra14 + k];
    let av19 = b0[ra15 + k];
    let kq20 = k * 4u + 0u;
    let bv21 = b1[(kq20 * 100u + j0) / 4u];
    acc8 = acc8 + av16.x * bv21;
    acc9 = acc9 + av17.x * bv21;
    acc10 = acc10 + av18.x * bv21;
    acc11 = acc11 + av19.x * bv21;
    let kq22 = k * 4u + 1u;
    let bv23 = b1[(kq22 * 100u + j0) / 4u];
    acc8 = acc8 + av16.y * bv23;
    acc9 = acc9 + av17.y * bv23;
    acc10 = acc10 + av18.y * bv23;
    acc11 = acc11 + av19.y * bv23;
    let kq24 = k * 4u + 2u;
    let bv25 = b1[(kq24 * 100u + j0) / 4u];
    acc8 = acc8 + av16.z * bv25;
    acc9 = acc9 + av17.z * bv25;
    acc10 = acc10 + av18.z * bv25;
    acc11 = acc11 + av19.z * bv25;
    let kq26 = k * 4u + 3u;
    let bv27 = b1[(kq26 * 100u + j0) / 4u];
    acc8 = acc8 + av16.w * bv27;
    acc9 = acc9 + av17.w * bv27;
    acc10 = acc10 + av18.w * bv27;
    acc11 = acc11 + av19.w * bv27;
  }
  {
    let l28 = i0 * 100u + j0;
    let v29 = acc8.x;
    let v30 = b3[j0];
    let v31 = (v29 + v30);
    let v32 = b4[j0];
    let v33 = (v31 - v32);
    let v34 = b5[j0];
    let v35 = (v34 + 0.001);
    let v36 = inverseSqrt(v35);
    let v37 = (v33 * v36);
    let v38 = b6[j0];
    let v39 = (v37 * v38);
    let v40 = b7[j0];
    let v41 = (v39 + v40);
    let v42 = min(v41, 0.0);
    let v43 = exp(v42);
    let v44 = (v43 - 1.0);
    let v45 = select(0.0, 1.0, v41 > 0.0);
    let v46 = select(v44, v41, v45 != 0.0);
    b2[l28] = v46;
  }
  {
    let j47 = j0 + 1u;
    let l48 = i0 * 100u + j47;
    let v49 = acc8.y;
    let v50 = b3[j47];
    let v51 = (v49 + v50);
    let v52 = b4[j47];
    let v53 = (v51 - v52);
    let v54 = b5[j47];
    let v55 = (v54 + 0.001);
    let v56 = inverseSqrt(v55);
    let v57 = (v53 * v56);
    let v58 = b6[j47];
    let v59 = (v57 * v58);
    let v60 = b7[j47];
    let v61 = (v59 + v60);
    let v62 = min(v61, 0.0);
    let v63 = exp(v62);
    let v64 = (v63 - 1.0);
    let v65 = select(0.0, 1.0, v61 > 0.0);
    let v66 = select(v64, v61, v65 != 0.0);
    b2[l48] = v66;
  }
  {
    let j67 = j0 + 2u;
    let l68 = i0 * 100u + j67;
    let v69 = acc8.z;
    let v70 = b3[j67];
    let v71 = (v69 + v70);
    let v72 = b4[j67];
    let v73 = (v71 - v72);
    let v74 = b5[j67];
    let v75 = (v74 + 0.001);
    let v76 = inverseSqrt(v75);
    let v77 = (v73 * v76);
    let v78 = b6[j67];
    let v79 = (v77 * v78);
    let v80 = b7[j67];
    let v81 = (v79 + v80);
    let v82 = min(v81, 0.0);
    let v83 = exp(v82);
    let v84 = (v83 - 1.0);
    let v85 = select(0.0, 1.0, v81 > 0.0);
    let v86 = select(v84, v81, v85 != 0.0);
    b2[l68] = v86;
  }
  {
    let j87 = j0 + 3u;
    let l88 = i0 * 100u + j87;
    let v89 = acc8.w;
    let v90 = b3[j87];
    let v91 = (v89 + v90);
    let v92 = b4[j87];
    let v93 = (v91 - v92);
    let v94 = b5[j87];
    let v95 = (v94 + 0.001);
    let v96 = inverseSqrt(v95);
    let v97 = (v93 * v96);
    let v98 = b6[j87];
    let v99 = (v97 * v98);
    let v100 = b7[j87];
    let v101 = (v99 + v100);
    let v102 = min(v101, 0.0);
    let v103 = exp(v102);
    let v104 = (v103 - 1.0);
    let v105 = select(0.0, 1.0, v101 > 0.0);
    let v106 = select(v104, v101, v105 != 0.0);
    b2[l88] = v106;
  }
  {
    let i107 = i0 + 1u;
    let l108 = i107 * 100u + j0;
    let v109 = acc9.x;
    let v110 = b3[j0];
    let v111 = (v109 + v110);
    let v112 = b4[j0];
    let v113 = (v111 - v112);
    let v114 = b5[j0];
    let v115 = (v114 + 0.001);
    let v116 = inverseSqrt(v115);
    let v117 = (v113 * v116);
    let v118 = b6[j0];
    let v119 = (v117 * v118);
    let v120 = b7[j0];
    let v121 = (v119 + v120);
    let v122 = min(v121, 0.0);
    let v123 = exp(v122);
    let v124 = (v123 - 1.0);
    let v125 = select(0.0, 1.0, v121 > 0.0);
    let v126 = select(v124, v121, v125 != 0.0);
    b2[l108] = v126;
  }
  {
    let i127 = i0 + 1u;
    let j128 = j0 + 1u;
    let l129 = i127 * 100u + j128;
    let v130 = acc9.y;
    let v131 = b3[j128];
    let v132 = (v130 + v131);
    let v133 = b4[j128];
    let v134 = (v132 - v133);
    let v135 = b5[j128];
    let v136 = (v135 + 0.001);
    let v137 = inverseSqrt(v136);
    let v138 = (v134 * v137);
    let v139 = b6[j128];
    let v140 = (v138 * v139);
    let v141 = b7[j128];
    let v142 = (v140 + v141);
    let v143 = min(v142, 0.0);
    let v144 = exp(v143);
    let v145 = (v144 - 1.0);
    let v146 = select(0.0, 1.0, v142 > 0.0);
    let v147 = select(v145, v142, v146 != 0.0);
    b2[l129] = v147;
  }
  {
    let i148 = i0 + 1u;
    let j149 = j0 + 2u;
    let l150 = i148 * 100u + j149;
    let v151 = acc9.z;
    let v152 = b3[j149];
    let v153 = (v151 + v152);
    let v154 = b4[j149];
    let v155 = (v153 - v154);
    let v156 = b5[j149];
    let v157 = (v156 + 0.001);
    let v158 = inverseSqrt(v157);
    let v159 = (v155 * v158);
    let v160 = b6[j149];
    let v161 = (v159 * v160);
    let v162 = b7[j149];
    let v163 = (v161 + v162);
    let v164 = min(v163, 0.0);
    let v165 = exp(v164);
    let v166 = (v165 - 1.0);
    let v167 = select(0.0, 1.0, v163 > 0.0);
    let v168 = select(v166, v163, v167 != 0.0);
    b2[l150] = v168;
  }
  {
    let i169 = i0 + 1u;
    let j170 = j0 + 3u;
    let l171 = i169 * 100u + j170;
    let v172 = acc9.w;
    let v173 = b3[j170];
    let v174 = (v172 + v173);
    let v175 = b4[j170];
    let v176 = (v174 - v175);
    let v177 = b5[j170];
    let v178 = (v177 + 0.001);
    let v179 = inverseSqrt(v178);
    let v180 = (v176 * v179);
    let v181 = b6[j170];
    let v182 = (v180 * v181);
    let v183 = b7[j170];
    let v184 = (v182 + v183);
    let v185 = min(v184, 0.0);
    let v186 = exp(v185);
    let v187 = (v186 - 1.0);
    let v188 = select(0.0, 1.0, v184 > 0.0);
    let v189 = select(v187, v184, v188 != 0.0);
    b2[l171] = v189;
  }
  {
    let i190 = i0 + 2u;
    let l191 = i190 * 100u + j0;
    let v192 = acc10.x;
    let v193 = b3[j0];
    let v194 = (v192 + v193);
    let v195 = b4[j0];
    let v196 = (v194 - v195);
    let v197 = b5[j0];
    let v198 = (v197 + 0.001);
    let v199 = inverseSqrt(v198);
    let v200 = (v196 * v199);
    let v201 = b6[j0];
    let v202 = (v200 * v201);
    let v203 = b7[j0];
    let v204 = (v202 + v203);
    let v205 = min(v204, 0.0);
    let v206 = exp(v205);
    let v207 = (v206 - 1.0);
    let v208 = select(0.0, 1.0, v204 > 0.0);
    let v209 = select(v207, v204, v208 != 0.0);
    b2[l191] = v209;
  }
  {
    let i210 = i0 + 2u;
    let j211 = j0 + 1u;
    let l212 = i210 * 100u + j211;
    let v213 = acc10.y;
    let v214 = b3[j211];
    let v215 = (v213 + v214);
    let v216 = b4[j211];
    let v217 = (v215 - v216);
    let v218 = b5[j211];
    let v219 = (v218 + 0.001);
    let v220 = inverseSqrt(v219);
    let v221 = (v217 * v220);
    let v222 = b6[j211];
    let v223 = (v221 * v222);
    let v224 = b7[j211];
    let v225 = (v223 + v224);
    let v226 = min(v225, 0.0);
    let v227 = exp(v226);
    let v228 = (v227 - 1.0);
    let v229 = select(0.0, 1.0, v225 > 0.0);
    let v230 = select(v228, v225, v229 != 0.0);
    b2[l212] = v230;
  }
  {
    let i231 = i0 + 2u;
    let j232 = j0 + 2u;
    let l233 = i231 * 100u + j232;
    let v234 = acc10.z;
    let v235 = b3[j232];
    let v236 = (v234 + v235);
    let v237 = b4[j232];
    let v238 = (v236 - v237);
    let v239 = b5[j232];
    let v240 = (v239 + 0.001);
    let v241 = inverseSqrt(v240);
    let v242 = (v238 * v241);
    let v243 = b6[j232];
    let v244 = (v242 * v243);
    let v245 = b7[j232];
    let v246 = (v244 + v245);
    let v247 = min(v246, 0.0);
    let v248 = exp(v247);
    let v249 = (v248 - 1.0);
    let v250 = select(0.0, 1.0, v246 > 0.0);
    let v251 = select(v249, v246, v250 != 0.0);
    b2[l233] = v251;
  }
  {
    let i252 = i0 + 2u;
    let j253 = j0 + 3u;
    let l254 = i252 * 100u + j253;
    let v255 = acc10.w;
    let v256 = b3[j253];
    let v257 = (v255 + v256);
    let v258 = b4[j253];
    let v259 = (v257 - v258);
    let v260 = b5[j253];
    let v261 = (v260 + 0.001);
    let v262 = inverseSqrt(v261);
    let v263 = (v259 * v262);
    let v264 = b6[j253];
    let v265 = (v263 * v264);
    let v266 = b7[j253];
    let v267 = (v265 + v266);
    let v268 = min(v267, 0.0);
    let v269 = exp(v268);
    let v270 = (v269 - 1.0);
    let v271 = select(0.0, 1.0, v267 > 0.0);
    let v272 = select(v270, v267, v271 != 0.0);
    b2[l254] = v272;
  }
  {
    let i273 = i0 + 3u;
    let l274 = i273 * 100u + j0;
    let v275 = acc11.x;
    let v276 = b3[j0];
    let v277 = (v275 + v276);
    let v278 = b4[j0];
    let v279 = (v277 - v278);
    let v280 = b5[j0];
    let v281 = (v280 + 0.001);
    let v282 = inverseSqrt(v281);
    let v283 = (v279 * v282);
    let v284 = b6[j0];
    let v285 = (v283 * v284);
    let v286 = b7[j0];
    let v287 = (v285 + v286);
    let v288 = min(v287, 0.0);
    let v289 = exp(v288);
    let v290 = (v289 - 1.0);
    let v291 = select(0.0, 1.0, v287 > 0.0);
    let v292 = select(v290, v287, v291 != 0.0);
    b2[l274] = v292;
  }
  {
    let i293 = i0 + 3u;
    let j294 = j0 + 1u;
    let l295 = i293 * 100u + j294;
    let v296 = acc11.y;
    let v297 = b3[j294];
    let v298 = (v296 + v297);
    let v299 = b4[j294];
    let v300 = (v298 - v299);
    let v301 = b5[j294];
    let v302 = (v301 + 0.001);
    let v303 = inverseSqrt(v302);
    let v304 = (v300 * v303);
    let v305 = b6[j294];
    let v306 = (v304 * v305);
    let v307 = b7[j294];
    let v308 = (v306 + v307);
    let v309 = min(v308, 0.0);
    let v310 = exp(v309);
    let v311 = (v310 - 1.0);
    let v312 = select(0.0, 1.0, v308 > 0.0);
    let v313 = select(v311, v308, v312 != 0.0);
    b2[l295] = v313;
  }
  {
    let i314 = i0 + 3u;
    let j315 = j0 + 2u;
    let l316 = i314 * 100u + j315;
    let v317 = acc11.z;
    let v318 = b3[j315];
    let v319 = (v317 + v318);
    let v320 = b4[j315];
    let v321 = (v319 - v320);
    let v322 = b5[j315];
    let v323 = (v322 + 0.001);
    let v324 = inverseSqrt(v323);
    let v325 = (v321 * v324);
    let v326 = b6[j315];
    let v327 = (v325 * v326);
    let v328 = b7[j315];
    let v329 = (v327 + v328);
    let v330 = min(v329, 0.0);
    let v331 = exp(v330);
    let v332 = (v331 - 1.0);
    let v333 = select(0.0, 1.0, v329 > 0.0);
    let v334 = select(v332, v329, v333 != 0.0);
    b2[l316] = v334;
  }
  {
    let i335 = i0 + 3u;
    let j336 = j0 + 3u;
    let l337 = i335 * 100u + j336;
    let v338 = acc11.w;
    let v339 = b3[j336];
    let v340 = (v338 + v339);
    let v341 = b4[j336];
    let v342 = (v340 - v341);
    let v343 = b5[j336];
    let v344 = (v343 + 0.001);
    let v345 = inverseSqrt(v344);
    let v346 = (v342 * v345);
    let v347 = b6[j336];
    let v348 = (v346 * v347);
    let v349 = b7[j336];
    let v350 = (v348 + v349);
    let v351 = min(v350, 0.0);
    let v352 = exp(v351);
    let v353 = (v352 - 1.0);
    let v354 = select(0.0, 1.0, v350 > 0.0);
    let v355 = select(v353, v350, v354 != 0.0);
    b2[l337] = v355;
  }
}

// ---- 086_matmul_logits_batch_norm.wgsl
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
    let bv17 = vec4<f32>(b1[rb16 + col4], b1[rb16 + col5], b1[rb16 + col6], b1[rb16 + col7]);
    acc8 = acc8 + b0[ra12 + k] * bv17;
    acc9 = acc9 + b0[ra13 + k] * bv17;
    acc10 = acc10 + b0[ra14 + k] * bv17;
    acc11 = acc11 + b0[ra15 + k] * bv17;
  }
  {
    let l18 = i0 * 10u + j0;
    let v19 = acc8.x;
    let v20 = b3[j0];
    let v21 = (v19 + v20);
    let v22 = b4[j0];
    let v23 = (v21 - v22);
    let v24 = b5[j0];
    let v25 = (v24 + 0.001);
    let v26 = inverseSqrt(v25);
    let v27 = (v23 * v26);
    let v28 = b6[j0];
    let v29 = (v27 * v28);
    let v30 = b7[j0];
    let v31 = (v29 + v30);
    b2[l18] = v31;
  }
  if (j0 + 1u < 10u) {
    let j32 = j0 + 1u;
    let l33 = i0 * 10u + j32;
    let v34 = acc8.y;
    let v35 = b3[j32];
    let v36 = (v34 + v35);
    let v37 = b4[j32];
    let v38 = (v36 - v37);
    let v39 = b5[j32];
    let v40 = (v39 + 0.001);
    let v41 = inverseSqrt(v40);
    let v42 = (v38 * v41);
    let v43 = b6[j32];
    let v44 = (v42 * v43);
    let v45 = b7[j32];
    let v46 = (v44 + v45);
    b2[l33] = v46;
  }
  if (j0 + 2u < 10u) {
    let j47 = j0 + 2u;
    let l48 = i0 * 10u + j47;
    let v49 = acc8.z;
    let v50 = b3[j47];
    let v51 = (v49 + v50);
    let v52 = b4[j47];
    let v53 = (v51 - v52);
    let v54 = b5[j47];
    let v55 = (v54 + 0.001);
    let v56 = inverseSqrt(v55);
    let v57 = (v53 * v56);
    let v58 = b6[j47];
    let v59 = (v57 * v58);
    let v60 = b7[j47];
    let v61 = (v59 + v60);
    b2[l48] = v61;
  }
  if (j0 + 3u < 10u) {
    let j62 = j0 + 3u;
    let l63 = i0 * 10u + j62;
    let v64 = acc8.w;
    let v65 = b3[j62];
    let v66 = (v64 + v65);
    let v67 = b4[j62];
    let v68 = (v66 - v67);
    let v69 = b5[j62];
    let v70 = (v69 + 0.001);
    let v71 = inverseSqrt(v70);
    let v72 = (v68 * v71);
    let v73 = b6[j62];
    let v74 = (v72 * v73);
    let v75 = b7[j62];
    let v76 = (v74 + v75);
    b2[l63] = v76;
  }
  {
    let i77 = i0 + 1u;
    let l78 = i77 * 10u + j0;
    let v79 = acc9.x;
    let v80 = b3[j0];
    let v81 = (v79 + v80);
    let v82 = b4[j0];
    let v83 = (v81 - v82);
    let v84 = b5[j0];
    let v85 = (v84 + 0.001);
    let v86 = inverseSqrt(v85);
    let v87 = (v83 * v86);
    let v88 = b6[j0];
    let v89 = (v87 * v88);
    let v90 = b7[j0];
    let v91 = (v89 + v90);
    b2[l78] = v91;
  }
  if (j0 + 1u < 10u) {
    let i92 = i0 + 1u;
    let j93 = j0 + 1u;
    let l94 = i92 * 10u + j93;
    let v95 = acc9.y;
    let v96 = b3[j93];
    let v97 = (v95 + v96);
    let v98 = b4[j93];
    let v99 = (v97 - v98);
    let v100 = b5[j93];
    let v101 = (v100 + 0.001);
    let v102 = inverseSqrt(v101);
    let v103 = (v99 * v102);
    let v104 = b6[j93];
    let v105 = (v103 * v104);
    let v106 = b7[j93];
    let v107 = (v105 + v106);
    b2[l94] = v107;
  }
  if (j0 + 2u < 10u) {
    let i108 = i0 + 1u;
    let j109 = j0 + 2u;
    let l110 = i108 * 10u + j109;
    let v111 = acc9.z;
    let v112 = b3[j109];
    let v113 = (v111 + v112);
    let v114 = b4[j109];
    let v115 = (v113 - v114);
    let v116 = b5[j109];
    let v117 = (v116 + 0.001);
    let v118 = inverseSqrt(v117);
    let v119 = (v115 * v118);
    let v120 = b6[j109];
    let v121 = (v119 * v120);
    let v122 = b7[j109];
    let v123 = (v121 + v122);
    b2[l110] = v123;
  }
  if (j0 + 3u < 10u) {
    let i124 = i0 + 1u;
    let j125 = j0 + 3u;
    let l126 = i124 * 10u + j125;
    let v127 = acc9.w;
    let v128 = b3[j125];
    let v129 = (v127 + v128);
    let v130 = b4[j125];
    let v131 = (v129 - v130);
    let v132 = b5[j125];
    let v133 = (v132 + 0.001);
    let v134 = inverseSqrt(v133);
    let v135 = (v131 * v134);
    let v136 = b6[j125];
    let v137 = (v135 * v136);
    let v138 = b7[j125];
    let v139 = (v137 + v138);
    b2[l126] = v139;
  }
  {
    let i140 = i0 + 2u;
    let l141 = i140 * 10u + j0;
    let v142 = acc10.x;
    let v143 = b3[j0];
    let v144 = (v142 + v143);
    let v145 = b4[j0];
    let v146 = (v144 - v145);
    let v147 = b5[j0];
    let v148 = (v147 + 0.001);
    let v149 = inverseSqrt(v148);
    let v150 = (v146 * v149);
    let v151 = b6[j0];
    let v152 = (v150 * v151);
    let v153 = b7[j0];
    let v154 = (v152 + v153);
    b2[l141] = v154;
  }
  if (j0 + 1u < 10u) {
    let i155 = i0 + 2u;
    let j156 = j0 + 1u;
    let l157 = i155 * 10u + j156;
    let v158 = acc10.y;
    let v159 = b3[j156];
    let v160 = (v158 + v159);
    let v161 = b4[j156];
    let v162 = (v160 - v161);
    let v163 = b5[j156];
    let v164 = (v163 + 0.001);
    let v165 = inverseSqrt(v164);
    let v166 = (v162 * v165);
    let v167 = b6[j156];
    let v168 = (v166 * v167);
    let v169 = b7[j156];
    let v170 = (v168 + v169);
    b2[l157] = v170;
  }
  if (j0 + 2u < 10u) {
    let i171 = i0 + 2u;
    let j172 = j0 + 2u;
    let l173 = i171 * 10u + j172;
    let v174 = acc10.z;
    let v175 = b3[j172];
    let v176 = (v174 + v175);
    let v177 = b4[j172];
    let v178 = (v176 - v177);
    let v179 = b5[j172];
    let v180 = (v179 + 0.001);
    let v181 = inverseSqrt(v180);
    let v182 = (v178 * v181);
    let v183 = b6[j172];
    let v184 = (v182 * v183);
    let v185 = b7[j172];
    let v186 = (v184 + v185);
    b2[l173] = v186;
  }
  if (j0 + 3u < 10u) {
    let i187 = i0 + 2u;
    let j188 = j0 + 3u;
    let l189 = i187 * 10u + j188;
    let v190 = acc10.w;
    let v191 = b3[j188];
    let v192 = (v190 + v191);
    let v193 = b4[j188];
    let v194 = (v192 - v193);
    let v195 = b5[j188];
    let v196 = (v195 + 0.001);
    let v197 = inverseSqrt(v196);
    let v198 = (v194 * v197);
    let v199 = b6[j188];
    let v200 = (v198 * v199);
    let v201 = b7[j188];
    let v202 = (v200 + v201);
    b2[l189] = v202;
  }
  {
    let i203 = i0 + 3u;
    let l204 = i203 * 10u + j0;
    let v205 = acc11.x;
    let v206 = b3[j0];
    let v207 = (v205 + v206);
    let v208 = b4[j0];
    let v209 = (v207 - v208);
    let v210 = b5[j0];
    let v211 = (v210 + 0.001);
    let v212 = inverseSqrt(v211);
    let v213 = (v209 * v212);
    let v214 = b6[j0];
    let v215 = (v213 * v214);
    let v216 = b7[j0];
    let v217 = (v215 + v216);
    b2[l204] = v217;
  }
  if (j0 + 1u < 10u) {
    let i218 = i0 + 3u;
    let j219 = j0 + 1u;
    let l220 = i218 * 10u + j219;
    let v221 = acc11.y;
    let v222 = b3[j219];
    let v223 = (v221 + v222);
    let v224 = b4[j219];
    let v225 = (v223 - v224);
    let v226 = b5[j219];
    let v227 = (v226 + 0.001);
    let v228 = inverseSqrt(v227);
    let v229 = (v225 * v228);
    let v230 = b6[j219];
    let v231 = (v229 * v230);
    let v232 = b7[j219];
    let v233 = (v231 + v232);
    b2[l220] = v233;
  }
  if (j0 + 2u < 10u) {
    let i234 = i0 + 3u;
    let j235 = j0 + 2u;
    let l236 = i234 * 10u + j235;
    let v237 = acc11.z;
    let v238 = b3[j235];
    let v239 = (v237 + v238);
    let v240 = b4[j235];
    let v241 = (v239 - v240);
    let v242 = b5[j235];
    let v243 = (v242 + 0.001);
    let v244 = inverseSqrt(v243);
    let v245 = (v241 * v244);
    let v246 = b6[j235];
    let v247 = (v245 * v246);
    let v248 = b7[j235];
    let v249 = (v247 + v248);
    b2[l236] = v249;
  }
  if (j0 + 3u < 10u) {
    let i250 = i0 + 3u;
    let j251 = j0 + 3u;
    let l252 = i250 * 10u + j251;
    let v253 = acc11.w;
    let v254 = b3[j251];
    let v255 = (v253 + v254);
    let v256 = b4[j251];
    let v257 = (v255 - v256);
    let v258 = b5[j251];
    let v259 = (v258 + 0.001);
    let v260 = inverseSqrt(v259);
    let v261 = (v257 * v260);
    let v262 = b6[j251];
    let v263 = (v261 * v262);
    let v264 = b7[j251];
    let v265 = (v263 + v264);
    b2[l252] = v265;
  }
}

// ---- 087_reduce_sum_loss.wgsl
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

// ---- 088_add_metrics.wgsl
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

// ---- 089_exp_loss.wgsl
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

// ---- 090_div_probabilities.wgsl
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
