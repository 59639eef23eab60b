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

// ---- 002_add_outputs_kernel.wgsl
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
  if (i >= 3000u) { return; }
  let v0 = s_rng_seed[0u];
  let k1 = stream_key(0u, 3827078126u, v0);
  let v2 = uniform01(k1, i);
  let c3 = (i / 10u);
  let c4 = (i % 10u);
  let v5 = (v2 * 0.27824333745610097);
  let v6 = (v5 + (-0.13912166872805048));
  s_outputs_kernel[i] = v6;
}

// ---- 003_const_outputs_bias.wgsl
@group(0) @binding(0) var<storage, read_write> s_outputs_bias: array<f32>;

@compute @workgroup_size(64)
fn main(@builtin(global_invocation_id) gid: vec3<u32>) {
  let i = gid.x;
  if (i >= 10u) { return; }
  s_outputs_bias[i] = 0.0;
}

// ---- 004_const_counter_step_x2.wgsl
@group(0) @binding(0) var<storage, read_write> s_counter_step: array<u32>;
@group(0) @binding(1) var<storage, read_write> s_acc_train_loss: array<f32>;

@compute @workgroup_size(64)
fn main(@builtin(global_invocation_id) gid: vec3<u32>) {
  let i = gid.x;
  if (i >= 1u) { return; }
  s_counter_step[i] = 0u;
  s_acc_train_loss[i] = 0.0;
}

// ---- 005_add_x3.wgsl
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

// ---- 006_feed_train_X.wgsl
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
  let row = i / 49u;
  let f = (i % 49u) * 16u;
  let o = row * 784u + f;
  let pos = batch[0] * 200u + row;
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

// ---- 007_feed_train_y.wgsl
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

// ---- 008_matmul_hidden1.wgsl
@group(0) @binding(0) var<storage, read> in_X_v4: array<vec4<f32>>;
@group(0) @binding(1) var<storage, read> s_hidden1_kernel_v4: array<vec4<f32>>;
@group(0) @binding(2) var<storage, read_write> tmp0: array<f32>;
@group(0) @binding(3) var<storage, read> s_hidden1_bias: array<f32>;

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
    tmp0[l28] = v31;
  }
  {
    let j32 = j0 + 1u;
    let l33 = i0 * 300u + j32;
    let v34 = acc8.y;
    let v35 = s_hidden1_bias[j32];
    let v36 = (v34 + v35);
    tmp0[l33] = v36;
  }
  {
    let j37 = j0 + 2u;
    let l38 = i0 * 300u + j37;
    let v39 = acc8.z;
    let v40 = s_hidden1_bias[j37];
    let v41 = (v39 + v40);
    tmp0[l38] = v41;
  }
  {
    let j42 = j0 + 3u;
    let l43 = i0 * 300u + j42;
    let v44 = acc8.w;
    let v45 = s_hidden1_bias[j42];
    let v46 = (v44 + v45);
    tmp0[l43] = v46;
  }
  {
    let i47 = i0 + 1u;
    let l48 = i47 * 300u + j0;
    let v49 = acc9.x;
    let v50 = s_hidden1_bias[j0];
    let v51 = (v49 + v50);
    tmp0[l48] = v51;
  }
  {
    let i52 = i0 + 1u;
    let j53 = j0 + 1u;
    let l54 = i52 * 300u + j53;
    let v55 = acc9.y;
    let v56 = s_hidden1_bias[j53];
    let v57 = (v55 + v56);
    tmp0[l54] = v57;
  }
  {
    let i58 = i0 + 1u;
    let j59 = j0 + 2u;
    let l60 = i58 * 300u + j59;
    let v61 = acc9.z;
    let v62 = s_hidden1_bias[j59];
    let v63 = (v61 + v62);
    tmp0[l60] = v63;
  }
  {
    let i64 = i0 + 1u;
    let j65 = j0 + 3u;
    let l66 = i64 * 300u + j65;
    let v67 = acc9.w;
    let v68 = s_hidden1_bias[j65];
    let v69 = (v67 + v68);
    tmp0[l66] = v69;
  }
  {
    let i70 = i0 + 2u;
    let l71 = i70 * 300u + j0;
    let v72 = acc10.x;
    let v73 = s_hidden1_bias[j0];
    let v74 = (v72 + v73);
    tmp0[l71] = v74;
  }
  {
    let i75 = i0 + 2u;
    let j76 = j0 + 1u;
    let l77 = i75 * 300u + j76;
    let v78 = acc10.y;
    let v79 = s_hidden1_bias[j76];
    let v80 = (v78 + v79);
    tmp0[l77] = v80;
  }
  {
    let i81 = i0 + 2u;
    let j82 = j0 + 2u;
    let l83 = i81 * 300u + j82;
    let v84 = acc10.z;
    let v85 = s_hidden1_bias[j82];
    let v86 = (v84 + v85);
    tmp0[l83] = v86;
  }
  {
    let i87 = i0 + 2u;
    let j88 = j0 + 3u;
    let l89 = i87 * 300u + j88;
    let v90 = acc10.w;
    let v91 = s_hidden1_bias[j88];
    let v92 = (v90 + v91);
    tmp0[l89] = v92;
  }
  {
    let i93 = i0 + 3u;
    let l94 = i93 * 300u + j0;
    let v95 = acc11.x;
    let v96 = s_hidden1_bias[j0];
    let v97 = (v95 + v96);
    tmp0[l94] = v97;
  }
  {
    let i98 = i0 + 3u;
    let j99 = j0 + 1u;
    let l100 = i98 * 300u + j99;
    let v101 = acc11.y;
    let v102 = s_hidden1_bias[j99];
    let v103 = (v101 + v102);
    tmp0[l100] = v103;
  }
  {
    let i104 = i0 + 3u;
    let j105 = j0 + 2u;
    let l106 = i104 * 300u + j105;
    let v107 = acc11.z;
    let v108 = s_hidden1_bias[j105];
    let v109 = (v107 + v108);
    tmp0[l106] = v109;
  }
  {
    let i110 = i0 + 3u;
    let j111 = j0 + 3u;
    let l112 = i110 * 300u + j111;
    let v113 = acc11.w;
    let v114 = s_hidden1_bias[j111];
    let v115 = (v113 + v114);
    tmp0[l112] = v115;
  }
}

// ---- 009_select_hidden1.wgsl
@group(0) @binding(0) var<storage, read> tmp0: array<f32>;
@group(0) @binding(1) var<storage, read_write> tmp1: array<f32>;

@compute @workgroup_size(64)
fn main(@builtin(global_invocation_id) gid: vec3<u32>) {
  let i = gid.x;
  if (i >= 60000u) { return; }
  let c0 = (i / 300u);
  let c1 = (i % 300u);
  let v2 = tmp0[i];
  let v3 = select(0.0, 1.0, v2 > 0.0);
  let v4 = select(0.0, v2, v3 != 0.0);
  tmp1[i] = v4;
}

// ---- 010_matmul_outputs.wgsl
@group(0) @binding(0) var<storage, read> tmp1: array<f32>;
@group(0) @binding(1) var<storage, read> s_outputs_kernel: array<f32>;
@group(0) @binding(2) var<storage, read_write> tmp2: array<f32>;
@group(0) @binding(3) var<storage, read> s_outputs_bias: array<f32>;

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
  let ra12 = row0 * 300u;
  let ra13 = row1 * 300u;
  let ra14 = row2 * 300u;
  let ra15 = row3 * 300u;
  for (var k: u32 = 0u; k < 300u; k = k + 1u) {
    let rb16 = k * 10u;
    let bv17 = vec4<f32>(s_outputs_kernel[rb16 + col4], s_outputs_kernel[rb16 + col5], s_outputs_kernel[rb16 + col6], s_outputs_kernel[rb16 + col7]);
    acc8 = acc8 + tmp1[ra12 + k] * bv17;
    acc9 = acc9 + tmp1[ra13 + k] * bv17;
    acc10 = acc10 + tmp1[ra14 + k] * bv17;
    acc11 = acc11 + tmp1[ra15 + k] * bv17;
  }
  {
    let l18 = i0 * 10u + j0;
    let v19 = acc8.x;
    let v20 = s_outputs_bias[j0];
    let v21 = (v19 + v20);
    tmp2[l18] = v21;
  }
  if (j0 + 1u < 10u) {
    let j22 = j0 + 1u;
    let l23 = i0 * 10u + j22;
    let v24 = acc8.y;
    let v25 = s_outputs_bias[j22];
    let v26 = (v24 + v25);
    tmp2[l23] = v26;
  }
  if (j0 + 2u < 10u) {
    let j27 = j0 + 2u;
    let l28 = i0 * 10u + j27;
    let v29 = acc8.z;
    let v30 = s_outputs_bias[j27];
    let v31 = (v29 + v30);
    tmp2[l28] = v31;
  }
  if (j0 + 3u < 10u) {
    let j32 = j0 + 3u;
    let l33 = i0 * 10u + j32;
    let v34 = acc8.w;
    let v35 = s_outputs_bias[j32];
    let v36 = (v34 + v35);
    tmp2[l33] = v36;
  }
  {
    let i37 = i0 + 1u;
    let l38 = i37 * 10u + j0;
    let v39 = acc9.x;
    let v40 = s_outputs_bias[j0];
    let v41 = (v39 + v40);
    tmp2[l38] = v41;
  }
  if (j0 + 1u < 10u) {
    let i42 = i0 + 1u;
    let j43 = j0 + 1u;
    let l44 = i42 * 10u + j43;
    let v45 = acc9.y;
    let v46 = s_outputs_bias[j43];
    let v47 = (v45 + v46);
    tmp2[l44] = v47;
  }
  if (j0 + 2u < 10u) {
    let i48 = i0 + 1u;
    let j49 = j0 + 2u;
    let l50 = i48 * 10u + j49;
    let v51 = acc9.z;
    let v52 = s_outputs_bias[j49];
    let v53 = (v51 + v52);
    tmp2[l50] = v53;
  }
  if (j0 + 3u < 10u) {
    let i54 = i0 + 1u;
    let j55 = j0 + 3u;
    let l56 = i54 * 10u + j55;
    let v57 = acc9.w;
    let v58 = s_outputs_bias[j55];
    let v59 = (v57 + v58);
    tmp2[l56] = v59;
  }
  {
    let i60 = i0 + 2u;
    let l61 = i60 * 10u + j0;
    let v62 = acc10.x;
    let v63 = s_outputs_bias[j0];
    let v64 = (v62 + v63);
    tmp2[l61] = v64;
  }
  if (j0 + 1u < 10u) {
    let i65 = i0 + 2u;
    let j66 = j0 + 1u;
    let l67 = i65 * 10u + j66;
    let v68 = acc10.y;
    let v69 = s_outputs_bias[j66];
    let v70 = (v68 + v69);
    tmp2[l67] = v70;
  }
  if (j0 + 2u < 10u) {
    let i71 = i0 + 2u;
    let j72 = j0 + 2u;
    let l73 = i71 * 10u + j72;
    let v74 = acc10.z;
    let v75 = s_outputs_bias[j72];
    let v76 = (v74 + v75);
    tmp2[l73] = v76;
  }
  if (j0 + 3u < 10u) {
    let i77 = i0 + 2u;
    let j78 = j0 + 3u;
    let l79 = i77 * 10u + j78;
    let v80 = acc10.w;
    let v81 = s_outputs_bias[j78];
    let v82 = (v80 + v81);
    tmp2[l79] = v82;
  }
  {
    let i83 = i0 + 3u;
    let l84 = i83 * 10u + j0;
    let v85 = acc11.x;
    let v86 = s_outputs_bias[j0];
    let v87 = (v85 + v86);
    tmp2[l84] = v87;
  }
  if (j0 + 1u < 10u) {
    let i88 = i0 + 3u;
    let j89 = j0 + 1u;
    let l90 = i88 * 10u + j89;
    let v91 = acc11.y;
    let v92 = s_outputs_bias[j89];
    let v93 = (v91 + v92);
    tmp2[l90] = v93;
  }
  if (j0 + 2u < 10u) {
    let i94 = i0 + 3u;
    let j95 = j0 + 2u;
    let l96 = i94 * 10u + j95;
    let v97 = acc11.z;
    let v98 = s_outputs_bias[j95];
    let v99 = (v97 + v98);
    tmp2[l96] = v99;
  }
  if (j0 + 3u < 10u) {
    let i100 = i0 + 3u;
    let j101 = j0 + 3u;
    let l102 = i100 * 10u + j101;
    let v103 = acc11.w;
    let v104 = s_outputs_bias[j101];
    let v105 = (v103 + v104);
    tmp2[l102] = v105;
  }
}

// ---- 011_reduce_sum_base_loss_x6.wgsl
var<workgroup> wg_f32_0: array<f32, 64>;
var<workgroup> wg_f32_1: array<f32, 64>;
@group(0) @binding(0) var<storage, read> tmp2: array<f32>;
@group(0) @binding(1) var<storage, read> in_y: array<i32>;
@group(0) @binding(2) var<storage, read_write> s_acc_train_count: array<f32>;
@group(0) @binding(3) var<storage, read_write> s_acc_train_accuracy: array<f32>;
@group(0) @binding(4) var<storage, read_write> s_counter_step: array<u32>;
@group(0) @binding(5) var<storage, read_write> s_counter_batch: array<u32>;
@group(0) @binding(6) var<storage, read_write> tmp3: array<f32>;
@group(0) @binding(7) var<storage, read_write> out_accuracy: array<f32>;

@compute @workgroup_size(64)
fn main(@builtin(workgroup_id) wid: vec3<u32>, @builtin(local_invocation_index) lane: u32) {
  let i = wid.x;
  var acc0: f32 = 0.0;
  var acc1: f32 = 0.0;
  for (var r2: u32 = lane; r2 < 200u; r2 = r2 + 64u) {
    var acc3: f32 = 0.0;
    var acc4: f32 = -3.4028234663852886e38;
    for (var r5: u32 = 0u; r5 < 10u; r5 = r5 + 1u) {
      let l6 = r2 * 10u + r5;
      let v7 = tmp2[l6];
      acc4 = max(acc4, v7);
    }
    var acc8: f32 = 0.0;
    for (var r9: u32 = 0u; r9 < 10u; r9 = r9 + 1u) {
      let l10 = r2 * 10u + r9;
      let v11 = tmp2[l10];
      let v12 = (v11 - acc4);
      let v13 = exp(v12);
      acc8 = acc8 + v13;
    }
    let v14 = log(acc8);
    for (var r15: u32 = 0u; r15 < 10u; r15 = r15 + 1u) {
      let l16 = r2 * 10u + r15;
      let v17 = in_y[r2];
      let v18 = select(0.0, 1.0, i32(r15) == v17);
      let v19 = tmp2[l16];
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
      let v28 = tmp2[l27];
      let v29 = in_y[r2];
      let v30 = select(0.0, 1.0, i32(r26) == v29);
      let v31 = (v28 * v30);
      acc25 = acc25 + v31;
    }
    for (var r32: u32 = 0u; r32 < 10u; r32 = r32 + 1u) {
      let l33 = r2 * 10u + r32;
      let v34 = tmp2[l33];
      let v35 = select(0.0, 1.0, v34 > acc25);
      acc24 = acc24 + v35;
    }
    let v36 = select(0.0, 1.0, acc24 < 1.0);
    var acc37: f32 = 0.0;
    for (var r38: u32 = 0u; r38 < 10u; r38 = r38 + 1u) {
      let l39 = r2 * 10u + r38;
      let v40 = tmp2[l39];
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
  let v48 = (red47 / 200.0);
  let v49 = s_acc_train_count[i];
  let v50 = (v49 + 1.0);
  let v51 = s_acc_train_accuracy[i];
  let v52 = (v51 + v48);
  let v53 = s_counter_step[i];
  let v54 = (v53 + 1u);
  let v55 = s_counter_batch[i];
  let v56 = (v55 + 1u);
  storageBarrier();
  if (lane == 0u) {
    tmp3[i] = red46;
    out_accuracy[i] = v48;
    s_acc_train_count[i] = v50;
    s_acc_train_accuracy[i] = v52;
    s_counter_step[i] = v54;
    s_counter_batch[i] = v56;
  }
}

// ---- 012_reduce_sum_loss.wgsl
var<workgroup> wg_f32_0: array<f32, 64>;
@group(0) @binding(0) var<storage, read> s_hidden1_kernel: array<f32>;
@group(0) @binding(1) var<storage, read_write> tmp4: array<f32>;

@compute @workgroup_size(64)
fn main(@builtin(workgroup_id) wid: vec3<u32>, @builtin(local_invocation_index) lane: u32) {
  let i = wid.x;
  var acc0: f32 = 0.0;
  for (var r1: u32 = lane; r1 < 300u; r1 = r1 + 64u) {
    let l2 = i * 300u + r1;
    let v3 = s_hidden1_kernel[l2];
    let v4 = abs(v3);
    acc0 = acc0 + v4;
  }
  wg_f32_0[lane] = acc0;
  workgroupBarrier();
  for (var s5: u32 = 32u; s5 > 0u; s5 = s5 >> 1u) {
    if (lane < s5) {
      wg_f32_0[lane] = wg_f32_0[lane] + wg_f32_0[lane + s5];
    }
    workgroupBarrier();
  }
  let red6 = wg_f32_0[0];
  storageBarrier();
  if (lane == 0u) {
    tmp4[i] = red6;
  }
}

// ---- 013_reduce_sum_loss.wgsl
var<workgroup> wg_f32_0: array<f32, 64>;
@group(0) @binding(0) var<storage, read> tmp4: array<f32>;
@group(0) @binding(1) var<storage, read_write> tmp5: array<f32>;

@compute @workgroup_size(64)
fn main(@builtin(workgroup_id) wid: vec3<u32>, @builtin(local_invocation_index) lane: u32) {
  let i = wid.x;
  var acc0: f32 = 0.0;
  for (var r1: u32 = lane; r1 < 784u; r1 = r1 + 64u) {
    let v2 = tmp4[r1];
    acc0 = acc0 + v2;
  }
  wg_f32_0[lane] = acc0;
  workgroupBarrier();
  for (var s3: u32 = 32u; s3 > 0u; s3 = s3 >> 1u) {
    if (lane < s3) {
      wg_f32_0[lane] = wg_f32_0[lane] + wg_f32_0[lane + s3];
    }
    workgroupBarrier();
  }
  let red4 = wg_f32_0[0];
  storageBarrier();
  if (lane == 0u) {
    tmp5[i] = red4;
  }
}

// ---- 014_reduce_sum_loss_x2.wgsl
var<workgroup> wg_f32_0: array<f32, 64>;
@group(0) @binding(0) var<storage, read> tmp3: array<f32>;
@group(0) @binding(1) var<storage, read> tmp5: array<f32>;
@group(0) @binding(2) var<storage, read> s_outputs_kernel: array<f32>;
@group(0) @binding(3) var<storage, read_write> s_acc_train_loss: array<f32>;
@group(0) @binding(4) var<storage, read_write> out_loss: array<f32>;

@compute @workgroup_size(64)
fn main(@builtin(workgroup_id) wid: vec3<u32>, @builtin(local_invocation_index) lane: u32) {
  let i = wid.x;
  let v0 = tmp3[i];
  let v1 = (v0 / 200.0);
  let v2 = tmp5[i];
  var acc3: f32 = 0.0;
  for (var r4: u32 = lane; r4 < 3000u; r4 = r4 + 64u) {
    let c5 = (r4 / 10u);
    let c6 = (r4 % 10u);
    let l7 = c5 * 10u + c6;
    let v8 = s_outputs_kernel[l7];
    let v9 = abs(v8);
    acc3 = acc3 + v9;
  }
  wg_f32_0[lane] = acc3;
  workgroupBarrier();
  for (var s10: u32 = 32u; s10 > 0u; s10 = s10 >> 1u) {
    if (lane < s10) {
      wg_f32_0[lane] = wg_f32_0[lane] + wg_f32_0[lane + s10];
    }
    workgroupBarrier();
  }
  let red11 = wg_f32_0[0];
  let v12 = (v2 + red11);
  let v13 = (0.001 * v12);
  let v14 = (v1 + v13);
  let v15 = s_acc_train_loss[i];
  let v16 = (v15 + v14);
  storageBarrier();
  if (lane == 0u) {
    out_loss[i] = v14;
    s_acc_train_loss[i] = v16;
  }
}

// ---- 015_add_base_loss_grad.wgsl
@group(0) @binding(0) var<storage, read> in_y: array<i32>;
@group(0) @binding(1) var<storage, read> tmp2: array<f32>;
@group(0) @binding(2) var<storage, read_write> tmp6: array<f32>;

@compute @workgroup_size(64)
fn main(@builtin(global_invocation_id) gid: vec3<u32>) {
  let i = gid.x;
  if (i >= 2000u) { return; }
  let c0 = (i / 10u);
  let c1 = (i % 10u);
  let v2 = in_y[c0];
  let v3 = select(0.0, 1.0, i32(c1) == v2);
  let v4 = ((-0.005) * v3);
  var acc5: f32 = 0.0;
  for (var r6: u32 = 0u; r6 < 10u; r6 = r6 + 1u) {
    let l7 = c0 * 10u + r6;
    let v8 = select(0.0, 1.0, i32(r6) == v2);
    let v9 = ((-0.005) * v8);
    let v10 = (-v9);
    acc5 = acc5 + v10;
  }
  var acc11: f32 = 0.0;
  var acc12: f32 = -3.4028234663852886e38;
  for (var r13: u32 = 0u; r13 < 10u; r13 = r13 + 1u) {
    let l14 = c0 * 10u + r13;
    let v15 = tmp2[l14];
    acc12 = max(acc12, v15);
  }
  for (var r16: u32 = 0u; r16 < 10u; r16 = r16 + 1u) {
    let l17 = c0 * 10u + r16;
    let v18 = tmp2[l17];
    let v19 = (v18 - acc12);
    let v20 = exp(v19);
    acc11 = acc11 + v20;
  }
  let v21 = (acc5 / acc11);
  let v22 = tmp2[i];
  let v23 = (v22 - acc12);
  let v24 = exp(v23);
  let v25 = (v21 * v24);
  let v26 = (v4 + v25);
  tmp6[i] = v26;
}

// ---- 016_matmul_hidden1_grad.wgsl
@group(0) @binding(0) var<storage, read> tmp6: array<f32>;
@group(0) @binding(1) var<storage, read> s_outputs_kernel: array<f32>;
@group(0) @binding(2) var<storage, read_write> tmp7: array<f32>;
@group(0) @binding(3) var<storage, read> tmp0: array<f32>;

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
    acc8 = acc8 + tmp6[ra12 + k] * bv20;
    acc9 = acc9 + tmp6[ra13 + k] * bv20;
    acc10 = acc10 + tmp6[ra14 + k] * bv20;
    acc11 = acc11 + tmp6[ra15 + k] * bv20;
  }
  {
    let l21 = i0 * 300u + j0;
    let v22 = acc8.x;
    let v23 = tmp0[l21];
    let v24 = select(0.0, 1.0, v23 > 0.0);
    let v25 = select(0.0, v22, v24 != 0.0);
    tmp7[l21] = v25;
  }
  {
    let j26 = j0 + 1u;
    let l27 = i0 * 300u + j26;
    let v28 = acc8.y;
    let v29 = tmp0[l27];
    let v30 = select(0.0, 1.0, v29 > 0.0);
    let v31 = select(0.0, v28, v30 != 0.0);
    tmp7[l27] = v31;
  }
  {
    let j32 = j0 + 2u;
    let l33 = i0 * 300u + j32;
    let v34 = acc8.z;
    let v35 = tmp0[l33];
    let v36 = select(0.0, 1.0, v35 > 0.0);
    let v37 = select(0.0, v34, v36 != 0.0);
    tmp7[l33] = v37;
  }
  {
    let j38 = j0 + 3u;
    let l39 = i0 * 300u + j38;
    let v40 = acc8.w;
    let v41 = tmp0[l39];
    let v42 = select(0.0, 1.0, v41 > 0.0);
    let v43 = select(0.0, v40, v42 != 0.0);
    tmp7[l39] = v43;
  }
  {
    let i44 = i0 + 1u;
    let l45 = i44 * 300u + j0;
    let v46 = acc9.x;
    let v47 = tmp0[l45];
    let v48 = select(0.0, 1.0, v47 > 0.0);
    let v49 = select(0.0, v46, v48 != 0.0);
    tmp7[l45] = v49;
  }
  {
    let i50 = i0 + 1u;
    let j51 = j0 + 1u;
    let l52 = i50 * 300u + j51;
    let v53 = acc9.y;
    let v54 = tmp0[l52];
    let v55 = select(0.0, 1.0, v54 > 0.0);
    let v56 = select(0.0, v53, v55 != 0.0);
    tmp7[l52] = v56;
  }
  {
    let i57 = i0 + 1u;
    let j58 = j0 + 2u;
    let l59 = i57 * 300u + j58;
    let v60 = acc9.z;
    let v61 = tmp0[l59];
    let v62 = select(0.0, 1.0, v61 > 0.0);
    let v63 = select(0.0, v60, v62 != 0.0);
    tmp7[l59] = v63;
  }
  {
    let i64 = i0 + 1u;
    let j65 = j0 + 3u;
    let l66 = i64 * 300u + j65;
    let v67 = acc9.w;
    let v68 = tmp0[l66];
    let v69 = select(0.0, 1.0, v68 > 0.0);
    let v70 = select(0.0, v67, v69 != 0.0);
    tmp7[l66] = v70;
  }
  {
    let i71 = i0 + 2u;
    let l72 = i71 * 300u + j0;
    let v73 = acc10.x;
    let v74 = tmp0[l72];
    let v75 = select(0.0, 1.0, v74 > 0.0);
    let v76 = select(0.0, v73, v75 != 0.0);
    tmp7[l72] = v76;
  }
  {
    let i77 = i0 + 2u;
    let j78 = j0 + 1u;
    let l79 = i77 * 300u + j78;
    let v80 = acc10.y;
    let v81 = tmp0[l79];
    let v82 = select(0.0, 1.0, v81 > 0.0);
    let v83 = select(0.0, v80, v82 != 0.0);
    tmp7[l79] = v83;
  }
  {
    let i84 = i0 + 2u;
    let j85 = j0 + 2u;
    let l86 = i84 * 300u + j85;
    let v87 = acc10.z;
    let v88 = tmp0[l86];
    let v89 = select(0.0, 1.0, v88 > 0.0);
    let v90 = select(0.0, v87, v89 != 0.0);
    tmp7[l86] = v90;
  }
  {
    let i91 = i0 + 2u;
    let j92 = j0 + 3u;
    let l93 = i91 * 300u + j92;
    let v94 = acc10.w;
    let v95 = tmp0[l93];
    let v96 = select(0.0, 1.0, v95 > 0.0);
    let v97 = select(0.0, v94, v96 != 0.0);
    tmp7[l93] = v97;
  }
  {
    let i98 = i0 + 3u;
    let l99 = i98 * 300u + j0;
    let v100 = acc11.x;
    let v101 = tmp0[l99];
    let v102 = select(0.0, 1.0, v101 > 0.0);
    let v103 = select(0.0, v100, v102 != 0.0);
    tmp7[l99] = v103;
  }
  {
    let i104 = i0 + 3u;
    let j105 = j0 + 1u;
    let l106 = i104 * 300u + j105;
    let v107 = acc11.y;
    let v108 = tmp0[l106];
    let v109 = select(0.0, 1.0, v108 > 0.0);
    let v110 = select(0.0, v107, v109 != 0.0);
    tmp7[l106] = v110;
  }
  {
    let i111 = i0 + 3u;
    let j112 = j0 + 2u;
    let l113 = i111 * 300u + j112;
    let v114 = acc11.z;
    let v115 = tmp0[l113];
    let v116 = select(0.0, 1.0, v115 > 0.0);
    let v117 = select(0.0, v114, v116 != 0.0);
    tmp7[l113] = v117;
  }
  {
    let i118 = i0 + 3u;
    let j119 = j0 + 3u;
    let l120 = i118 * 300u + j119;
    let v121 = acc11.w;
    let v122 = tmp0[l120];
    let v123 = select(0.0, 1.0, v122 > 0.0);
    let v124 = select(0.0, v121, v123 != 0.0);
    tmp7[l120] = v124;
  }
}

// ---- 017_matmul_hidden1_kernel_sgd.wgsl
@group(0) @binding(0) var<storage, read> in_X_v4: array<vec4<f32>>;
@group(0) @binding(1) var<storage, read> tmp7_v4: array<vec4<f32>>;
@group(0) @binding(2) var<storage, read_write> s_hidden1_kernel: array<f32>;

@compute @workgroup_size(64)
fn main(@builtin(global_invocation_id) gid: vec3<u32>) {
  let t = gid.x;
  if (t >= 2450u) { return; }
  let i0 = (t / 25u) * 8u;
  let j0 = (t % 25u) * 12u;
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
  let col12 = min(j0 + 4u, 299u);
  let col13 = min(j0 + 5u, 299u);
  let col14 = min(j0 + 6u, 299u);
  let col15 = min(j0 + 7u, 299u);
  let col16 = min(j0 + 8u, 299u);
  let col17 = min(j0 + 9u, 299u);
  let col18 = min(j0 + 10u, 299u);
  let col19 = min(j0 + 11u, 299u);
  var acc20: vec4<f32> = vec4<f32>(0.0);
  var acc21: vec4<f32> = vec4<f32>(0.0);
  var acc22: vec4<f32> = vec4<f32>(0.0);
  var acc23: vec4<f32> = vec4<f32>(0.0);
  var acc24: vec4<f32> = vec4<f32>(0.0);
  var acc25: vec4<f32> = vec4<f32>(0.0);
  var acc26: vec4<f32> = vec4<f32>(0.0);
  var acc27: vec4<f32> = vec4<f32>(0.0);
  var acc28: vec4<f32> = vec4<f32>(0.0);
  var acc29: vec4<f32> = vec4<f32>(0.0);
  var acc30: vec4<f32> = vec4<f32>(0.0);
  var acc31: vec4<f32> = vec4<f32>(0.0);
  var acc32: vec4<f32> = vec4<f32>(0.0);
  var acc33: vec4<f32> = vec4<f32>(0.0);
  var acc34: vec4<f32> = vec4<f32>(0.0);
  var acc35: vec4<f32> = vec4<f32>(0.0);
  var acc36: vec4<f32> = vec4<f32>(0.0);
  var acc37: vec4<f32> = vec4<f32>(0.0);
  var acc38: vec4<f32> = vec4<f32>(0.0);
  var acc39: vec4<f32> = vec4<f32>(0.0);
  var acc40: vec4<f32> = vec4<f32>(0.0);
  var acc41: vec4<f32> = vec4<f32>(0.0);
  var acc42: vec4<f32> = vec4<f32>(0.0);
  var acc43: vec4<f32> = vec4<f32>(0.0);
  for (var k: u32 = 0u; k < 50u; k = k + 1u) {
    let kq44 = k * 4u + 0u;
    let bv45 = tmp7_v4[(kq44 * 300u + j0) / 4u];
    let bv46 = tmp7_v4[(kq44 * 300u + j0) / 4u + 1u];
    let bv47 = tmp7_v4[(kq44 * 300u + j0) / 4u + 2u];
    let aq48 = in_X_v4[(kq44 * 784u + i0) / 4u + 0u];
    let aq49 = in_X_v4[(kq44 * 784u + i0) / 4u + 1u];
    let kq50 = k * 4u + 1u;
    let bv51 = tmp7_v4[(kq50 * 300u + j0) / 4u];
    let bv52 = tmp7_v4[(kq50 * 300u + j0) / 4u + 1u];
    let bv53 = tmp7_v4[(kq50 * 300u + j0) / 4u + 2u];
    let aq54 = in_X_v4[(kq50 * 784u + i0) / 4u + 0u];
    let aq55 = in_X_v4[(kq50 * 784u + i0) / 4u + 1u];
    let kq56 = k * 4u + 2u;
    let bv57 = tmp7_v4[(kq56 * 300u + j0) / 4u];
    let bv58 = tmp7_v4[(kq56 * 300u + j0) / 4u + 1u];
    let bv59 = tmp7_v4[(kq56 * 300u + j0) / 4u + 2u];
    let aq60 = in_X_v4[(kq56 * 784u + i0) / 4u + 0u];
    let aq61 = in_X_v4[(kq56 * 784u + i0) / 4u + 1u];
    let kq62 = k * 4u + 3u;
    let bv63 = tmp7_v4[(kq62 * 300u + j0) / 4u];
    let bv64 = tmp7_v4[(kq62 * 300u + j0) / 4u + 1u];
    let bv65 = tmp7_v4[(kq62 * 300u + j0) / 4u + 2u];
    let aq66 = in_X_v4[(kq62 * 784u + i0) / 4u + 0u];
    let aq67 = in_X_v4[(kq62 * 784u + i0) / 4u + 1u];
    acc20 = acc20 + aq48.x * bv45;
    acc20 = acc20 + aq54.x * bv51;
    acc20 = acc20 + aq60.x * bv57;
    acc20 = acc20 + aq66.x * bv63;
    acc21 = acc21 + aq48.x * bv46;
    acc21 = acc21 + aq54.x * bv52;
    acc21 = acc21 + aq60.x * bv58;
    acc21 = acc21 + aq66.x * bv64;
    acc22 = acc22 + aq48.x * bv47;
    acc22 = acc22 + aq54.x * bv53;
    acc22 = acc22 + aq60.x * bv59;
    acc22 = acc22 + aq66.x * bv65;
    acc23 = acc23 + aq48.y * bv45;
    acc23 = acc23 + aq54.y * bv51;
    acc23 = acc23 + aq60.y * bv57;
    acc23 = acc23 + aq66.y * bv63;
    acc24 = acc24 + aq48.y * bv46;
    acc24 = acc24 + aq54.y * bv52;
    acc24 = acc24 + aq60.y * bv58;
    acc24 = acc24 + aq66.y * bv64;
    acc25 = acc25 + aq48.y * bv47;
    acc25 = acc25 + aq54.y * bv53;
    acc25 = acc25 + aq60.y * bv59;
    acc25 = acc25 + aq66.y * bv65;
    acc26 = acc26 + aq48.z * bv45;
    acc26 = acc26 + aq54.z * bv51;
    acc26 = acc26 + aq60.z * bv57;
    acc26 = acc26 + aq66.z * bv63;
    acc27 = acc27 + aq48.z * bv46;
    acc27 = acc27 + aq54.z * bv52;
    acc27 = acc27 + aq60.z * bv58;
    acc27 = acc27 + aq66.z * bv64;
    acc28 = acc28 + aq48.z * bv47;
    acc28 = acc28 + aq54.z * bv53;
    acc28 = acc28 + aq60.z * bv59;
    acc28 = acc28 + aq66.z * bv65;
    acc29 = acc29 + aq48.w * bv45;
    acc29 = acc29 + aq54.w * bv51;
    acc29 = acc29 + aq60.w * bv57;
    acc29 = acc29 + aq66.w * bv63;
    acc30 = acc30 + aq48.w * bv46;
    acc30 = acc30 + aq54.w * bv52;
    acc30 = acc30 + aq60.w * bv58;
    acc30 = acc30 + aq66.w * bv64;
    acc31 = acc31 + aq48.w * bv47;
    acc31 = acc31 + aq54.w * bv53;
    acc31 = acc31 + aq60.w * bv59;
    acc31 = acc31 + aq66.w * bv65;
    acc32 = acc32 + aq49.x * bv45;
    acc32 = acc32 + aq55.x * bv51;
    acc32 = acc32 + aq61.x * bv57;
    acc32 = acc32 + aq67.x * bv63;
    acc33 = acc33 + aq49.x * bv46;
    acc33 = acc33 + aq55.x * bv52;
    acc33 = acc33 + aq61.x * bv58;
    acc33 = acc33 + aq67.x * bv64;
    acc34 = acc34 + aq49.x * bv47;
    acc34 = acc34 + aq55.x * bv53;
    acc34 = acc34 + aq61.x * bv59;
    acc34 = acc34 + aq67.x * bv65;
    acc35 = acc35 + aq49.y * bv45;
    acc35 = acc35 + aq55.y * bv51;
    acc35 = acc35 + aq61.y * bv57;
    acc35 = acc35 + aq67.y * bv63;
    acc36 = acc36 + aq49.y * bv46;
    acc36 = acc36 + aq55.y * bv52;
    acc36 = acc36 + aq61.y * bv58;
    acc36 = acc36 + aq67.y * bv64;
    acc37 = acc37 + aq49.y * bv47;
    acc37 = acc37 + aq55.y * bv53;
    acc37 = acc37 + aq61.y * bv59;
    acc37 = acc37 + aq67.y * bv65;
    acc38 = acc38 + aq49.z * bv45;
    acc38 = acc38 + aq55.z * bv51;
    acc38 = acc38 + aq61.z * bv57;
    acc38 = acc38 + aq67.z * bv63;
    acc39 = acc39 + aq49.z * bv46;
    acc39 = acc39 + aq55.z * bv52;
    acc39 = acc39 + aq61.z * bv58;
    acc39 = acc39 + aq67.z * bv64;
    acc40 = acc40 + aq49.z * bv47;
    acc40 = acc40 + aq55.z * bv53;
    acc40 = acc40 + aq61.z * bv59;
    acc40 = acc40 + aq67.z * bv65;
    acc41 = acc41 + aq49.w * bv45;
    acc41 = acc41 + aq55.w * bv51;
    acc41 = acc41 + aq61.w * bv57;
    acc41 = acc41 + aq67.w * bv63;
    acc42 = acc42 + aq49.w * bv46;
    acc42 = acc42 + aq55.w * bv52;
    acc42 = acc42 + aq61.w * bv58;
    acc42 = acc42 + aq67.w * bv64;
    acc43 = acc43 + aq49.w * bv47;
    acc43 = acc43 + aq55.w * bv53;
    acc43 = acc43 + aq61.w * bv59;
    acc43 = acc43 + aq67.w * bv65;
  }
  {
    let l68 = i0 * 300u + j0;
    let v69 = s_hidden1_kernel[l68];
    let v70 = sign(v69);
    let v71 = (0.001 * v70);
    let v72 = acc20.x;
    let v73 = (v71 + v72);
    let v74 = (v73 * 0.01);
    let v75 = (v69 - v74);
    s_hidden1_kernel[l68] = v75;
  }
  {
    let j76 = j0 + 1u;
    let l77 = i0 * 300u + j76;
    let v78 = s_hidden1_kernel[l77];
    let v79 = sign(v78);
    let v80 = (0.001 * v79);
    let v81 = acc20.y;
    let v82 = (v80 + v81);
    let v83 = (v82 * 0.01);
    let v84 = (v78 - v83);
    s_hidden1_kernel[l77] = v84;
  }
  {
    let j85 = j0 + 2u;
    let l86 = i0 * 300u + j85;
    let v87 = s_hidden1_kernel[l86];
    let v88 = sign(v87);
    let v89 = (0.001 * v88);
    let v90 = acc20.z;
    let v91 = (v89 + v90);
    let v92 = (v91 * 0.01);
    let v93 = (v87 - v92);
    s_hidden1_kernel[l86] = v93;
  }
  {
    let j94 = j0 + 3u;
    let l95 = i0 * 300u + j94;
    let v96 = s_hidden1_kernel[l95];
    let v97 = sign(v96);
    let v98 = (0.001 * v97);
    let v99 = acc20.w;
    let v100 = (v98 + v99);
    let v101 = (v100 * 0.01);
    let v102 = (v96 - v101);
    s_hidden1_kernel[l95] = v102;
  }
  {
    let j103 = j0 + 4u;
    let l104 = i0 * 300u + j103;
    let v105 = s_hidden1_kernel[l104];
    let v106 = sign(v105);
    let v107 = (0.001 * v106);
    let v108 = acc21.x;
    let v109 = (v107 + v108);
    let v110 = (v109 * 0.01);
    let v111 = (v105 - v110);
    s_hidden1_kernel[l104] = v111;
  }
  {
    let j112 = j0 + 5u;
    let l113 = i0 * 300u + j112;
    let v114 = s_hidden1_kernel[l113];
    let v115 = sign(v114);
    let v116 = (0.001 * v115);
    let v117 = acc21.y;
    let v118 = (v116 + v117);
    let v119 = (v118 * 0.01);
    let v120 = (v114 - v119);
    s_hidden1_kernel[l113] = v120;
  }
  {
    let j121 = j0 + 6u;
    let l122 = i0 * 300u + j121;
    let v123 = s_hidden1_kernel[l122];
    let v124 = sign(v123);
    let v125 = (0.001 * v124);
    let v126 = acc21.z;
    let v127 = (v125 + v126);
    let v128 = (v127 * 0.01);
    let v129 = (v123 - v128);
    s_hidden1_kernel[l122] = v129;
  }
  {
    let j130 = j0 + 7u;
    let l131 = i0 * 300u + j130;
    let v132 = s_hidden1_kernel[l131];
    let v133 = sign(v132);
    let v134 = (0.001 * v133);
    let v135 = acc21.w;
    let v136 = (v134 + v135);
    let v137 = (v136 * 0.01);
    let v138 = (v132 - v137);
    s_hidden1_kernel[l131] = v138;
  }
  {
    let j139 = j0 + 8u;
    let l140 = i0 * 300u + j139;
    let v141 = s_hidden1_kernel[l140];
    let v142 = sign(v141);
    let v143 = (0.001 * v142);
    let v144 = acc22.x;
    let v145 = (v143 + v144);
    let v146 = (v145 * 0.01);
    let v147 = (v141 - v146);
    s_hidden1_kernel[l140] = v147;
  }
  {
    let j148 = j0 + 9u;
    let l149 = i0 * 300u + j148;
    let v150 = s_hidden1_kernel[l149];
    let v151 = sign(v150);
    let v152 = (0.001 * v151);
    let v153 = acc22.y;
    let v154 = (v152 + v153);
    let v155 = (v154 * 0.01);
    let v156 = (v150 - v155);
    s_hidden1_kernel[l149] = v156;
  }
  {
    let j157 = j0 + 10u;
    let l158 = i0 * 300u + j157;
    let v159 = s_hidden1_kernel[l158];
    let v160 = sign(v159);
    let v161 = (0.001 * v160);
    let v162 = acc22.z;
    let v163 = (v161 + v162);
    let v164 = (v163 * 0.01);
    let v165 = (v159 - v164);
    s_hidden1_kernel[l158] = v165;
  }
  {
    let j166 = j0 + 11u;
    let l167 = i0 * 300u + j166;
    let v168 = s_hidden1_kernel[l167];
    let v169 = sign(v168);
    let v170 = (0.001 * v169);
    let v171 = acc22.w;
    let v172 = (v170 + v171);
    let v173 = (v172 * 0.01);
    let v174 = (v168 - v173);
    s_hidden1_kernel[l167] = v174;
  }
  {
    let i175 = i0 + 1u;
    let l176 = i175 * 300u + j0;
    let v177 = s_hidden1_kernel[l176];
    let v178 = sign(v177);
    let v179 = (0.001 * v178);
    let v180 = acc23.x;
    let v181 = (v179 + v180);
    let v182 = (v181 * 0.01);
    let v183 = (v177 - v182);
    s_hidden1_kernel[l176] = v183;
  }
  {
    let i184 = i0 + 1u;
    let j185 = j0 + 1u;
    let l186 = i184 * 300u + j185;
    let v187 = s_hidden1_kernel[l186];
    let v188 = sign(v187);
    let v189 = (0.001 * v188);
    let v190 = acc23.y;
    let v191 = (v189 + v190);
    let v192 = (v191 * 0.01);
    let v193 = (v187 - v192);
    s_hidden1_kernel[l186] = v193;
  }
  {
    let i194 = i0 + 1u;
    let j195 = j0 + 2u;
    let l196 = i194 * 300u + j195;
    let v197 = s_hidden1_kernel[l196];
    let v198 = sign(v197);
    let v199 = (0.001 * v198);
    let v200 = acc23.z;
    let v201 = (v199 + v200);
    let v202 = (v201 * 0.01);
    let v203 = (v197 - v202);
    s_hidden1_kernel[l196] = v203;
  }
  {
    let i204 = i0 + 1u;
    let j205 = j0 + 3u;
    let l206 = i204 * 300u + j205;
    let v207 = s_hidden1_kernel[l206];
    let v208 = sign(v207);
    let v209 = (0.001 * v208);
    let v210 = acc23.w;
    let v211 = (v209 + v210);
    let v212 = (v211 * 0.01);
    let v213 = (v207 - v212);
    s_hidden1_kernel[l206] = v213;
  }
  {
    let i214 = i0 + 1u;
    let j215 = j0 + 4u;
    let l216 = i214 * 300u + j215;
    let v217 = s_hidden1_kernel[l216];
    let v218 = sign(v217);
    let v219 = (0.001 * v218);
    let v220 = acc24.x;
    let v221 = (v219 + v220);
    let v222 = (v221 * 0.01);
    let v223 = (v217 - v222);
    s_hidden1_kernel[l216] = v223;
  }
  {
    let i224 = i0 + 1u;
    let j225 = j0 + 5u;
    let l226 = i224 * 300u + j225;
    let v227 = s_hidden1_kernel[l226];
    let v228 = sign(v227);
    let v229 = (0.001 * v228);
    let v230 = acc24.y;
    let v231 = (v229 + v230);
    let v232 = (v231 * 0.01);
    let v233 = (v227 - v232);
    s_hidden1_kernel[l226] = v233;
  }
  {
    let i234 = i0 + 1u;
    let j235 = j0 + 6u;
    let l236 = i234 * 300u + j235;
    let v237 = s_hidden1_kernel[l236];
    let v238 = sign(v237);
    let v239 = (0.001 * v238);
    let v240 = acc24.z;
    let v241 = (v239 + v240);
    let v242 = (v241 * 0.01);
    let v243 = (v237 - v242);
    s_hidden1_kernel[l236] = v243;
  }
  {
    let i244 = i0 + 1u;
    let j245 = j0 + 7u;
    let l246 = i244 * 300u + j245;
    let v247 = s_hidden1_kernel[l246];
    let v248 = sign(v247);
    let v249 = (0.001 * v248);
    let v250 = acc24.w;
    let v251 = (v249 + v250);
    let v252 = (v251 * 0.01);
    let v253 = (v247 - v252);
    s_hidden1_kernel[l246] = v253;
  }
  {
    let i254 = i0 + 1u;
    let j255 = j0 + 8u;
    let l256 = i254 * 300u + j255;
    let v257 = s_hidden1_kernel[l256];
    let v258 = sign(v257);
    let v259 = (0.001 * v258);
    let v260 = acc25.x;
    let v261 = (v259 + v260);
    let v262 = (v261 * 0.01);
    let v263 = (v257 - v262);
    s_hidden1_kernel[l256] = v263;
  }
  {
    let i264 = i0 + 1u;
    let j265 = j0 + 9u;
    let l266 = i264 * 300u + j265;
    let v267 = s_hidden1_kernel[l266];
    let v268 = sign(v267);
    let v269 = (0.001 * v268);
    let v270 = acc25.y;
    let v271 = (v269 + v270);
    let v272 = (v271 * 0.01);
    let v273 = (v267 - v272);
    s_hidden1_kernel[l266] = v273;
  }
  {
    let i274 = i0 + 1u;
    let j275 = j0 + 10u;
    let l276 = i274 * 300u + j275;
    let v277 = s_hidden1_kernel[l276];
    let v278 = sign(v277);
    let v279 = (0.001 * v278);
    let v280 = acc25.z;
    let v281 = (v279 + v280);
    let v282 = (v281 * 0.01);
    let v283 = (v277 - v282);
    s_hidden1_kernel[l276] = v283;
  }
  {
    let i284 = i0 + 1u;
    let j285 = j0 + 11u;
    let l286 = i284 * 300u + j285;
    let v287 = s_hidden1_kernel[l286];
    let v288 = sign(v287);
    let v289 = (0.001 * v288);
    let v290 = acc25.w;
    let v291 = (v289 + v290);
    let v292 = (v291 * 0.01);
    let v293 = (v287 - v292);
    s_hidden1_kernel[l286] = v293;
  }
  {
    let i294 = i0 + 2u;
    let l295 = i294 * 300u + j0;
    let v296 = s_hidden1_kernel[l295];
    let v297 = sign(v296);
    let v298 = (0.001 * v297);
    let v299 = acc26.x;
    let v300 = (v298 + v299);
    let v301 = (v300 * 0.01);
    let v302 = (v296 - v301);
    s_hidden1_kernel[l295] = v302;
  }
  {
    let i303 = i0 + 2u;
    let j304 = j0 + 1u;
    let l305 = i303 * 300u + j304;
    let v306 = s_hidden1_kernel[l305];
    let v307 = sign(v306);
    let v308 = (0.001 * v307);
    let v309 = acc26.y;
    let v310 = (v308 + v309);
    let v311 = (v310 * 0.01);
    let v312 = (v306 - v311);
    s_hidden1_kernel[l305] = v312;
  }
  {
    let i313 = i0 + 2u;
    let j314 = j0 + 2u;
    let l315 = i313 * 300u + j314;
    let v316 = s_hidden1_kernel[l315];
    let v317 = sign(v316);
    let v318 = (0.001 * v317);
    let v319 = acc26.z;
    let v320 = (v318 + v319);
    let v321 = (v320 * 0.01);
    let v322 = (v316 - v321);
    s_hidden1_kernel[l315] = v322;
  }
  {
    let i323 = i0 + 2u;
    let j324 = j0 + 3u;
    let l325 = i323 * 300u + j324;
    let v326 = s_hidden1_kernel[l325];
    let v327 = sign(v326);
    let v328 = (0.001 * v327);
    let v329 = acc26.w;
    let v330 = (v328 + v329);
    let v331 = (v330 * 0.01);
    let v332 = (v326 - v331);
    s_hidden1_kernel[l325] = v332;
  }
  {
    let i333 = i0 + 2u;
    let j334 = j0 + 4u;
    let l335 = i333 * 300u + j334;
    let v336 = s_hidden1_kernel[l335];
    let v337 = sign(v336);
    let v338 = (0.001 * v337);
    let v339 = acc27.x;
    let v340 = (v338 + v339);
    let v341 = (v340 * 0.01);
    let v342 = (v336 - v341);
    s_hidden1_kernel[l335] = v342;
  }
  {
    let i343 = i0 + 2u;
    let j344 = j0 + 5u;
    let l345 = i343 * 300u + j344;
    let v346 = s_hidden1_kernel[l345];
    let v347 = sign(v346);
    let v348 = (0.001 * v347);
    let v349 = acc27.y;
    let v350 = (v348 + v349);
    let v351 = (v350 * 0.01);
    let v352 = (v346 - v351);
    s_hidden1_kernel[l345] = v352;
  }
  {
    let i353 = i0 + 2u;
    let j354 = j0 + 6u;
    let l355 = i353 * 300u + j354;
    let v356 = s_hidden1_kernel[l355];
    let v357 = sign(v356);
    let v358 = (0.001 * v357);
    let v359 = acc27.z;
    let v360 = (v358 + v359);
    let v361 = (v360 * 0.01);
    let v362 = (v356 - v361);
    s_hidden1_kernel[l355] = v362;
  }
  {
    let i363 = i0 + 2u;
    let j364 = j0 + 7u;
    let l365 = i363 * 300u + j364;
    let v366 = s_hidden1_kernel[l365];
    let v367 = sign(v366);
    let v368 = (0.001 * v367);
    let v369 = acc27.w;
    let v370 = (v368 + v369);
    let v371 = (v370 * 0.01);
    let v372 = (v366 - v371);
    s_hidden1_kernel[l365] = v372;
  }
  {
    let i373 = i0 + 2u;
    let j374 = j0 + 8u;
    let l375 = i373 * 300u + j374;
    let v376 = s_hidden1_kernel[l375];
    let v377 = sign(v376);
    let v378 = (0.001 * v377);
    let v379 = acc28.x;
    let v380 = (v378 + v379);
    let v381 = (v380 * 0.01);
    let v382 = (v376 - v381);
    s_hidden1_kernel[l375] = v382;
  }
  {
    let i383 = i0 + 2u;
    let j384 = j0 + 9u;
    let l385 = i383 * 300u + j384;
    let v386 = s_hidden1_kernel[l385];
    let v387 = sign(v386);
    let v388 = (0.001 * v387);
    let v389 = acc28.y;
    let v390 = (v388 + v389);
    let v391 = (v390 * 0.01);
    let v392 = (v386 - v391);
    s_hidden1_kernel[l385] = v392;
  }
  {
    let i393 = i0 + 2u;
    let j394 = j0 + 10u;
    let l395 = i393 * 300u + j394;
    let v396 = s_hidden1_kernel[l395];
    let v397 = sign(v396);
    let v398 = (0.001 * v397);
    let v399 = acc28.z;
    let v400 = (v398 + v399);
    let v401 = (v400 * 0.01);
    let v402 = (v396 - v401);
    s_hidden1_kernel[l395] = v402;
  }
  {
    let i403 = i0 + 2u;
    let j404 = j0 + 11u;
    let l405 = i403 * 300u + j404;
    let v406 = s_hidden1_kernel[l405];
    let v407 = sign(v406);
    let v408 = (0.001 * v407);
    let v409 = acc28.w;
    let v410 = (v408 + v409);
    let v411 = (v410 * 0.01);
    let v412 = (v406 - v411);
    s_hidden1_kernel[l405] = v412;
  }
  {
    let i413 = i0 + 3u;
    let l414 = i413 * 300u + j0;
    let v415 = s_hidden1_kernel[l414];
    let v416 = sign(v415);
    let v417 = (0.001 * v416);
    let v418 = acc29.x;
    let v419 = (v417 + v418);
    let v420 = (v419 * 0.01);
    let v421 = (v415 - v420);
    s_hidden1_kernel[l414] = v421;
  }
  {
    let i422 = i0 + 3u;
    let j423 = j0 + 1u;
    let l424 = i422 * 300u + j423;
    let v425 = s_hidden1_kernel[l424];
    let v426 = sign(v425);
    let v427 = (0.001 * v426);
    let v428 = acc29.y;
    let v429 = (v427 + v428);
    let v430 = (v429 * 0.01);
    let v431 = (v425 - v430);
    s_hidden1_kernel[l424] = v431;
  }
  {
    let i432 = i0 + 3u;
    let j433 = j0 + 2u;
    let l434 = i432 * 300u + j433;
    let v435 = s_hidden1_kernel[l434];
    let v436 = sign(v435);
    let v437 = (0.001 * v436);
    let v438 = acc29.z;
    let v439 = (v437 + v438);
    let v440 = (v439 * 0.01);
    let v441 = (v435 - v440);
    s_hidden1_kernel[l434] = v441;
  }
  {
    let i442 = i0 + 3u;
    let j443 = j0 + 3u;
    let l444 = i442 * 300u + j443;
    let v445 = s_hidden1_kernel[l444];
    let v446 = sign(v445);
    let v447 = (0.001 * v446);
    let v448 = acc29.w;
    let v449 = (v447 + v448);
    let v450 = (v449 * 0.01);
    let v451 = (v445 - v450);
    s_hidden1_kernel[l444] = v451;
  }
  {
    let i452 = i0 + 3u;
    let j453 = j0 + 4u;
    let l454 = i452 * 300u + j453;
    let v455 = s_hidden1_kernel[l454];
    let v456 = sign(v455);
    let v457 = (0.001 * v456);
    let v458 = acc30.x;
    let v459 = (v457 + v458);
    let v460 = (v459 * 0.01);
    let v461 = (v455 - v460);
    s_hidden1_kernel[l454] = v461;
  }
  {
    let i462 = i0 + 3u;
    let j463 = j0 + 5u;
    let l464 = i462 * 300u + j463;
    let v465 = s_hidden1_kernel[l464];
    let v466 = sign(v465);
    let v467 = (0.001 * v466);
    let v468 = acc30.y;
    let v469 = (v467 + v468);
    let v470 = (v469 * 0.01);
    let v471 = (v465 - v470);
    s_hidden1_kernel[l464] = v471;
  }
  {
    let i472 = i0 + 3u;
    let j473 = j0 + 6u;
    let l474 = i472 * 300u + j473;
    let v475 = s_hidden1_kernel[l474];
    let v476 = sign(v475);
    let v477 = (0.001 * v476);
    let v478 = acc30.z;
    let v479 = (v477 + v478);
    let v480 = (v479 * 0.01);
    let v481 = (v475 - v480);
    s_hidden1_kernel[l474] = v481;
  }
  {
    let i482 = i0 + 3u;
    let j483 = j0 + 7u;
    let l484 = i482 * 300u + j483;
    let v485 = s_hidden1_kernel[l484];
    let v486 = sign(v485);
    let v487 = (0.001 * v486);
    let v488 = acc30.w;
    let v489 = (v487 + v488);
    let v490 = (v489 * 0.01);
    let v491 = (v485 - v490);
    s_hidden1_kernel[l484] = v491;
  }
  {
    let i492 = i0 + 3u;
    let j493 = j0 + 8u;
    let l494 = i492 * 300u + j493;
    let v495 = s_hidden1_kernel[l494];
    let v496 = sign(v495);
    let v497 = (0.001 * v496);
    let v498 = acc31.x;
    let v499 = (v497 + v498);
    let v500 = (v499 * 0.01);
    let v501 = (v495 - v500);
    s_hidden1_kernel[l494] = v501;
  }
  {
    let i502 = i0 + 3u;
    let j503 = j0 + 9u;
    let l504 = i502 * 300u + j503;
    let v505 = s_hidden1_kernel[l504];
    let v506 = sign(v505);
    let v507 = (0.001 * v506);
    let v508 = acc31.y;
    let v509 = (v507 + v508);
    let v510 = (v509 * 0.01);
    let v511 = (v505 - v510);
    s_hidden1_kernel[l504] = v511;
  }
  {
    let i512 = i0 + 3u;
    let j513 = j0 + 10u;
    let l514 = i512 * 300u + j513;
    let v515 = s_hidden1_kernel[l514];
    let v516 = sign(v515);
    let v517 = (0.001 * v516);
    let v518 = acc31.z;
    let v519 = (v517 + v518);
    let v520 = (v519 * 0.01);
    let v521 = (v515 - v520);
    s_hidden1_kernel[l514] = v521;
  }
  {
    let i522 = i0 + 3u;
    let j523 = j0 + 11u;
    let l524 = i522 * 300u + j523;
    let v525 = s_hidden1_kernel[l524];
    let v526 = sign(v525);
    let v527 = (0.001 * v526);
    let v528 = acc31.w;
    let v529 = (v527 + v528);
    let v530 = (v529 * 0.01);
    let v531 = (v525 - v530);
    s_hidden1_kernel[l524] = v531;
  }
  {
    let i532 = i0 + 4u;
    let l533 = i532 * 300u + j0;
    let v534 = s_hidden1_kernel[l533];
    let v535 = sign(v534);
    let v536 = (0.001 * v535);
    let v537 = acc32.x;
    let v538 = (v536 + v537);
    let v539 = (v538 * 0.01);
    let v540 = (v534 - v539);
    s_hidden1_kernel[l533] = v540;
  }
  {
    let i541 = i0 + 4u;
    let j542 = j0 + 1u;
    let l543 = i541 * 300u + j542;
    let v544 = s_hidden1_kernel[l543];
    let v545 = sign(v544);
    let v546 = (0.001 * v545);
    let v547 = acc32.y;
    let v548 = (v546 + v547);
    let v549 = (v548 * 0.01);
    let v550 = (v544 - v549);
    s_hidden1_kernel[l543] = v550;
  }
  {
    let i551 = i0 + 4u;
    let j552 = j0 + 2u;
    let l553 = i551 * 300u + j552;
    let v554 = s_hidden1_kernel[l553];
    let v555 = sign(v554);
    let v556 = (0.001 * v555);
    let v557 = acc32.z;
    let v558 = (v556 + v557);
    let v559 = (v558 * 0.01);
    let v560 = (v554 - v559);
    s_hidden1_kernel[l553] = v560;
  }
  {
    let i561 = i0 + 4u;
    let j562 = j0 + 3u;
    let l563 = i561 * 300u + j562;
    let v564 = s_hidden1_kernel[l563];
    let v565 = sign(v564);
    let v566 = (0.001 * v565);
    let v567 = acc32.w;
    let v568 = (v566 + v567);
    let v569 = (v568 * 0.01);
    let v570 = (v564 - v569);
    s_hidden1_kernel[l563] = v570;
  }
  {
    let i571 = i0 + 4u;
    let j572 = j0 + 4u;
    let l573 = i571 * 300u + j572;
    let v574 = s_hidden1_kernel[l573];
    let v575 = sign(v574);
    let v576 = (0.001 * v575);
    let v577 = acc33.x;
    let v578 = (v576 + v577);
    let v579 = (v578 * 0.01);
    let v580 = (v574 - v579);
    s_hidden1_kernel[l573] = v580;
  }
  {
    let i581 = i0 + 4u;
    let j582 = j0 + 5u;
    let l583 = i581 * 300u + j582;
    let v584 = s_hidden1_kernel[l583];
    let v585 = sign(v584);
    let v586 = (0.001 * v585);
    let v587 = acc33.y;
    let v588 = (v586 + v587);
    let v589 = (v588 * 0.01);
    let v590 = (v584 - v589);
    s_hidden1_kernel[l583] = v590;
  }
  {
    let i591 = i0 + 4u;
    let j592 = j0 + 6u;
    let l593 = i591 * 300u + j592;
    let v594 = s_hidden1_kernel[l593];
    let v595 = sign(v594);
    let v596 = (0.001 * v595);
    let v597 = acc33.z;
    let v598 = (v596 + v597);
    let v599 = (v598 * 0.01);
    let v600 = (v594 - v599);
    s_hidden1_kernel[l593] = v600;
  }
  {
    let i601 = i0 + 4u;
    let j602 = j0 + 7u;
    let l603 = i601 * 300u + j602;
    let v604 = s_hidden1_kernel[l603];
    let v605 = sign(v604);
    let v606 = (0.001 * v605);
    let v607 = acc33.w;
    let v608 = (v606 + v607);
    let v609 = (v608 * 0.01);
    let v610 = (v604 - v609);
    s_hidden1_kernel[l603] = v610;
  }
  {
    let i611 = i0 + 4u;
    let j612 = j0 + 8u;
    let l613 = i611 * 300u + j612;
    let v614 = s_hidden1_kernel[l613];
    let v615 = sign(v614);
    let v616 = (0.001 * v615);
    let v617 = acc34.x;
    let v618 = (v616 + v617);
    let v619 = (v618 * 0.01);
    let v620 = (v614 - v619);
    s_hidden1_kernel[l613] = v620;
  }
  {
    let i621 = i0 + 4u;
    let j622 = j0 + 9u;
    let l623 = i621 * 300u + j622;
    let v624 = s_hidden1_kernel[l623];
    let v625 = sign(v624);
    let v626 = (0.001 * v625);
    let v627 = acc34.y;
    let v628 = (v626 + v627);
    let v629 = (v628 * 0.01);
    let v630 = (v624 - v629);
    s_hidden1_kernel[l623] = v630;
  }
  {
    let i631 = i0 + 4u;
    let j632 = j0 + 10u;
    let l633 = i631 * 300u + j632;
    let v634 = s_hidden1_kernel[l633];
    let v635 = sign(v634);
    let v636 = (0.001 * v635);
    let v637 = acc34.z;
    let v638 = (v636 + v637);
    let v639 = (v638 * 0.01);
    let v640 = (v634 - v639);
    s_hidden1_kernel[l633] = v640;
  }
  {
    let i641 = i0 + 4u;
    let j642 = j0 + 11u;
    let l643 = i641 * 300u + j642;
    let v644 = s_hidden1_kernel[l643];
    let v645 = sign(v644);
    let v646 = (0.001 * v645);
    let v647 = acc34.w;
    let v648 = (v646 + v647);
    let v649 = (v648 * 0.01);
    let v650 = (v644 - v649);
    s_hidden1_kernel[l643] = v650;
  }
  {
    let i651 = i0 + 5u;
    let l652 = i651 * 300u + j0;
    let v653 = s_hidden1_kernel[l652];
    let v654 = sign(v653);
    let v655 = (0.001 * v654);
    let v656 = acc35.x;
    let v657 = (v655 + v656);
    let v658 = (v657 * 0.01);
    let v659 = (v653 - v658);
    s_hidden1_kernel[l652] = v659;
  }
  {
    let i660 = i0 + 5u;
    let j661 = j0 + 1u;
    let l662 = i660 * 300u + j661;
    let v663 = s_hidden1_kernel[l662];
    let v664 = sign(v663);
    let v665 = (0.001 * v664);
    let v666 = acc35.y;
    let v667 = (v665 + v666);
    let v668 = (v667 * 0.01);
    let v669 = (v663 - v668);
    s_hidden1_kernel[l662] = v669;
  }
  {
    let i670 = i0 + 5u;
    let j671 = j0 + 2u;
    let l672 = i670 * 300u + j671;
    let v673 = s_hidden1_kernel[l672];
    let v674 = sign(v673);
    let v675 = (0.001 * v674);
    let v676 = acc35.z;
    let v677 = (v675 + v676);
    let v678 = (v677 * 0.01);
    let v679 = (v673 - v678);
    s_hidden1_kernel[l672] = v679;
  }
  {
    let i680 = i0 + 5u;
    let j681 = j0 + 3u;
    let l682 = i680 * 300u + j681;
    let v683 = s_hidden1_kernel[l682];
    let v684 = sign(v683);
    let v685 = (0.001 * v684);
    let v686 = acc35.w;
    let v687 = (v685 + v686);
    let v688 = (v687 * 0.01);
    let v689 = (v683 - v688);
    s_hidden1_kernel[l682] = v689;
  }
  {
    let i690 = i0 + 5u;
    let j691 = j0 + 4u;
    let l692 = i690 * 300u + j691;
    let v693 = s_hidden1_kernel[l692];
    let v694 = sign(v693);
    let v695 = (0.001 * v694);
    let v696 = acc36.x;
    let v697 = (v695 + v696);
    let v698 = (v697 * 0.01);
    let v699 = (v693 - v698);
    s_hidden1_kernel[l692] = v699;
  }
  {
    let i700 = i0 + 5u;
    let j701 = j0 + 5u;
    let l702 = i700 * 300u + j701;
    let v703 = s_hidden1_kernel[l702];
    let v704 = sign(v703);
    let v705 = (0.001 * v704);
    let v706 = acc36.y;
    let v707 = (v705 + v706);
    let v708 = (v707 * 0.01);
    let v709 = (v703 - v708);
    s_hidden1_kernel[l702] = v709;
  }
  {
    let i710 = i0 + 5u;
    let j711 = j0 + 6u;
    let l712 = i710 * 300u + j711;
    let v713 = s_hidden1_kernel[l712];
    let v714 = sign(v713);
    let v715 = (0.001 * v714);
    let v716 = acc36.z;
    let v717 = (v715 + v716);
    let v718 = (v717 * 0.01);
    let v719 = (v713 - v718);
    s_hidden1_kernel[l712] = v719;
  }
  {
    let i720 = i0 + 5u;
    let j721 = j0 + 7u;
    let l722 = i720 * 300u + j721;
    let v723 = s_hidden1_kernel[l722];
    let v724 = sign(v723);
    let v725 = (0.001 * v724);
    let v726 = acc36.w;
    let v727 = (v725 + v726);
    let v728 = (v727 * 0.01);
    let v729 = (v723 - v728);
    s_hidden1_kernel[l722] = v729;
  }
  {
    let i730 = i0 + 5u;
    let j731 = j0 + 8u;
    let l732 = i730 * 300u + j731;
    let v733 = s_hidden1_kernel[l732];
    let v734 = sign(v733);
    let v735 = (0.001 * v734);
    let v736 = acc37.x;
    let v737 = (v735 + v736);
    let v738 = (v737 * 0.01);
    let v739 = (v733 - v738);
    s_hidden1_kernel[l732] = v739;
  }
  {
    let i740 = i0 + 5u;
    let j741 = j0 + 9u;
    let l742 = i740 * 300u + j741;
    let v743 = s_hidden1_kernel[l742];
    let v744 = sign(v743);
    let v745 = (0.001 * v744);
    let v746 = acc37.y;
    let v747 = (v745 + v746);
    let v748 = (v747 * 0.01);
    let v749 = (v743 - v748);
    s_hidden1_kernel[l742] = v749;
  }
  {
    let i750 = i0 + 5u;
    let j751 = j0 + 10u;
    let l752 = i750 * 300u + j751;
    let v753 = s_hidden1_kernel[l752];
    let v754 = sign(v753);
    let v755 = (0.001 * v754);
    let v756 = acc37.z;
    let v757 = (v755 + v756);
    let v758 = (v757 * 0.01);
    let v759 = (v753 - v758);
    s_hidden1_kernel[l752] = v759;
  }
  {
    let i760 = i0 + 5u;
    let j761 = j0 + 11u;
    let l762 = i760 * 300u + j761;
    let v763 = s_hidden1_kernel[l762];
    let v764 = sign(v763);
    let v765 = (0.001 * v764);
    let v766 = acc37.w;
    let v767 = (v765 + v766);
    let v768 = (v767 * 0.01);
    let v769 = (v763 - v768);
    s_hidden1_kernel[l762] = v769;
  }
  {
    let i770 = i0 + 6u;
    let l771 = i770 * 300u + j0;
    let v772 = s_hidden1_kernel[l771];
    let v773 = sign(v772);
    let v774 = (0.001 * v773);
    let v775 = acc38.x;
    let v776 = (v774 + v775);
    let v777 = (v776 * 0.01);
    let v778 = (v772 - v777);
    s_hidden1_kernel[l771] = v778;
  }
  {
    let i779 = i0 + 6u;
    let j780 = j0 + 1u;
    let l781 = i779 * 300u + j780;
    let v782 = s_hidden1_kernel[l781];
    let v783 = sign(v782);
    let v784 = (0.001 * v783);
    let v785 = acc38.y;
    let v786 = (v784 + v785);
    let v787 = (v786 * 0.01);
    let v788 = (v782 - v787);
    s_hidden1_kernel[l781] = v788;
  }
  {
    let i789 = i0 + 6u;
    let j790 = j0 + 2u;
    let l791 = i789 * 300u + j790;
    let v792 = s_hidden1_kernel[l791];
    let v793 = sign(v792);
    let v794 = (0.001 * v793);
    let v795 = acc38.z;
    let v796 = (v794 + v795);
    let v797 = (v796 * 0.01);
    let v798 = (v792 - v797);
    s_hidden1_kernel[l791] = v798;
  }
  {
    let i799 = i0 + 6u;
    let j800 = j0 + 3u;
    let l801 = i799 * 300u + j800;
    let v802 = s_hidden1_kernel[l801];
    let v803 = sign(v802);
    let v804 = (0.001 * v803);
    let v805 = acc38.w;
    let v806 = (v804 + v805);
    let v807 = (v806 * 0.01);
    let v808 = (v802 - v807);
    s_hidden1_kernel[l801] = v808;
  }
  {
    let i809 = i0 + 6u;
    let j810 = j0 + 4u;
    let l811 = i809 * 300u + j810;
    let v812 = s_hidden1_kernel[l811];
    let v813 = sign(v812);
    let v814 = (0.001 * v813);
    let v815 = acc39.x;
    let v816 = (v814 + v815);
    let v817 = (v816 * 0.01);
    let v818 = (v812 - v817);
    s_hidden1_kernel[l811] = v818;
  }
  {
    let i819 = i0 + 6u;
    let j820 = j0 + 5u;
    let l821 = i819 * 300u + j820;
    let v822 = s_hidden1_kernel[l821];
    let v823 = sign(v822);
    let v824 = (0.001 * v823);
    let v825 = acc39.y;
    let v826 = (v824 + v825);
    let v827 = (v826 * 0.01);
    let v828 = (v822 - v827);
    s_hidden1_kernel[l821] = v828;
  }
  {
    let i829 = i0 + 6u;
    let j830 = j0 + 6u;
    let l831 = i829 * 300u + j830;
    let v832 = s_hidden1_kernel[l831];
    let v833 = sign(v832);
    let v834 = (0.001 * v833);
    let v835 = acc39.z;
    let v836 = (v834 + v835);
    let v837 = (v836 * 0.01);
    let v838 = (v832 - v837);
    s_hidden1_kernel[l831] = v838;
  }
  {
    let i839 = i0 + 6u;
    let j840 = j0 + 7u;
    let l841 = i839 * 300u + j840;
    let v842 = s_hidden1_kernel[l841];
    let v843 = sign(v842);
    let v844 = (0.001 * v843);
    let v845 = acc39.w;
    let v846 = (v844 + v845);
    let v847 = (v846 * 0.01);
    let v848 = (v842 - v847);
    s_hidden1_kernel[l841] = v848;
  }
  {
    let i849 = i0 + 6u;
    let j850 = j0 + 8u;
    let l851 = i849 * 300u + j850;
    let v852 = s_hidden1_kernel[l851];
    let v853 = sign(v852);
    let v854 = (0.001 * v853);
    let v855 = acc40.x;
    let v856 = (v854 + v855);
    let v857 = (v856 * 0.01);
    let v858 = (v852 - v857);
    s_hidden1_kernel[l851] = v858;
  }
  {
    let i859 = i0 + 6u;
    let j860 = j0 + 9u;
    let l861 = i859 * 300u + j860;
    let v862 = s_hidden1_kernel[l861];
    let v863 = sign(v862);
    let v864 = (0.001 * v863);
    let v865 = acc40.y;
    let v866 = (v864 + v865);
    let v867 = (v866 * 0.01);
    let v868 = (v862 - v867);
    s_hidden1_kernel[l861] = v868;
  }
  {
    let i869 = i0 + 6u;
    let j870 = j0 + 10u;
    let l871 = i869 * 300u + j870;
    let v872 = s_hidden1_kernel[l871];
    let v873 = sign(v872);
    let v874 = (0.001 * v873);
    let v875 = acc40.z;
    let v876 = (v874 + v875);
    let v877 = (v876 * 0.01);
    let v878 = (v872 - v877);
    s_hidden1_kernel[l871] = v878;
  }
  {
    let i879 = i0 + 6u;
    let j880 = j0 + 11u;
    let l881 = i879 * 300u + j880;
    let v882 = s_hidden1_kernel[l881];
    let v883 = sign(v882);
    let v884 = (0.001 * v883);
    let v885 = acc40.w;
    let v886 = (v884 + v885);
    let v887 = (v886 * 0.01);
    let v888 = (v882 - v887);
    s_hidden1_kernel[l881] = v888;
  }
  {
    let i889 = i0 + 7u;
    let l890 = i889 * 300u + j0;
    let v891 = s_hidden1_kernel[l890];
    let v892 = sign(v891);
    let v893 = (0.001 * v892);
    let v894 = acc41.x;
    let v895 = (v893 + v894);
    let v896 = (v895 * 0.01);
    let v897 = (v891 - v896);
    s_hidden1_kernel[l890] = v897;
  }
  {
    let i898 = i0 + 7u;
    let j899 = j0 + 1u;
    let l900 = i898 * 300u + j899;
    let v901 = s_hidden1_kernel[l900];
    let v902 = sign(v901);
    let v903 = (0.001 * v902);
    let v904 = acc41.y;
    let v905 = (v903 + v904);
    let v906 = (v905 * 0.01);
    let v907 = (v901 - v906);
    s_hidden1_kernel[l900] = v907;
  }
  {
    let i908 = i0 + 7u;
    let j909 = j0 + 2u;
    let l910 = i908 * 300u + j909;
    let v911 = s_hidden1_kernel[l910];
    let v912 = sign(v911);
    let v913 = (0.001 * v912);
    let v914 = acc41.z;
    let v915 = (v913 + v914);
    let v916 = (v915 * 0.01);
    let v917 = (v911 - v916);
    s_hidden1_kernel[l910] = v917;
  }
  {
    let i918 = i0 + 7u;
    let j919 = j0 + 3u;
    let l920 = i918 * 300u + j919;
    let v921 = s_hidden1_kernel[l920];
    let v922 = sign(v921);
    let v923 = (0.001 * v922);
    let v924 = acc41.w;
    let v925 = (v923 + v924);
    let v926 = (v925 * 0.01);
    let v927 = (v921 - v926);
    s_hidden1_kernel[l920] = v927;
  }
  {
    let i928 = i0 + 7u;
    let j929 = j0 + 4u;
    let l930 = i928 * 300u + j929;
    let v931 = s_hidden1_kernel[l930];
    let v932 = sign(v931);
    let v933 = (0.001 * v932);
    let v934 = acc42.x;
    let v935 = (v933 + v934);
    let v936 = (v935 * 0.01);
    let v937 = (v931 - v936);
    s_hidden1_kernel[l930] = v937;
  }
  {
    let i938 = i0 + 7u;
    let j939 = j0 + 5u;
    let l940 = i938 * 300u + j939;
    let v941 = s_hidden1_kernel[l940];
    let v942 = sign(v941);
    let v943 = (0.001 * v942);
    let v944 = acc42.y;
    let v945 = (v943 + v944);
    let v946 = (v945 * 0.01);
    let v947 = (v941 - v946);
    s_hidden1_kernel[l940] = v947;
  }
  {
    let i948 = i0 + 7u;
    let j949 = j0 + 6u;
    let l950 = i948 * 300u + j949;
    let v951 = s_hidden1_kernel[l950];
    let v952 = sign(v951);
    let v953 = (0.001 * v952);
    let v954 = acc42.z;
    let v955 = (v953 + v954);
    let v956 = (v955 * 0.01);
    let v957 = (v951 - v956);
    s_hidden1_kernel[l950] = v957;
  }
  {
    let i958 = i0 + 7u;
    let j959 = j0 + 7u;
    let l960 = i958 * 300u + j959;
    let v961 = s_hidden1_kernel[l960];
    let v962 = sign(v961);
    let v963 = (0.001 * v962);
    let v964 = acc42.w;
    let v965 = (v963 + v964);
    let v966 = (v965 * 0.01);
    let v967 = (v961 - v966);
    s_hidden1_kernel[l960] = v967;
  }
  {
    let i968 = i0 + 7u;
    let j969 = j0 + 8u;
    let l970 = i968 * 300u + j969;
    let v971 = s_hidden1_kernel[l970];
    let v972 = sign(v971);
    let v973 = (0.001 * v972);
    let v974 = acc43.x;
    let v975 = (v973 + v974);
    let v976 = (v975 * 0.01);
    let v977 = (v971 - v976);
    s_hidden1_kernel[l970] = v977;
  }
  {
    let i978 = i0 + 7u;
    let j979 = j0 + 9u;
    let l980 = i978 * 300u + j979;
    let v981 = s_hidden1_kernel[l980];
    let v982 = sign(v981);
    let v983 = (0.001 * v982);
    let v984 = acc43.y;
    let v985 = (v983 + v984);
    let v986 = (v985 * 0.01);
    let v987 = (v981 - v986);
    s_hidden1_kernel[l980] = v987;
  }
  {
    let i988 = i0 + 7u;
    let j989 = j0 + 10u;
    let l990 = i988 * 300u + j989;
    let v991 = s_hidden1_kernel[l990];
    let v992 = sign(v991);
    let v993 = (0.001 * v992);
    let v994 = acc43.z;
    let v995 = (v993 + v994);
    let v996 = (v995 * 0.01);
    let v997 = (v991 - v996);
    s_hidden1_kernel[l990] = v997;
  }
  {
    let i998 = i0 + 7u;
    let j999 = j0 + 11u;
    let l1000 = i998 * 300u + j999;
    let v1001 = s_hidden1_kernel[l1000];
    let v1002 = sign(v1001);
    let v1003 = (0.001 * v1002);
    let v1004 = acc43.w;
    let v1005 = (v1003 + v1004);
    let v1006 = (v1005 * 0.01);
    let v1007 = (v1001 - v1006);
    s_hidden1_kernel[l1000] = v1007;
  }
}

// ---- 018_reduce_sum_hidden1_bias_sgd.wgsl
var<workgroup> wg_f32_0: array<f32, 64>;
@group(0) @binding(0) var<storage, read_write> s_hidden1_bias: array<f32>;
@group(0) @binding(1) var<storage, read> tmp7: array<f32>;

@compute @workgroup_size(64)
fn main(@builtin(workgroup_id) wid: vec3<u32>, @builtin(local_invocation_index) lane: u32) {
  let i = wid.x;
  let v0 = s_hidden1_bias[i];
  var acc1: f32 = 0.0;
  for (var r2: u32 = lane; r2 < 200u; r2 = r2 + 64u) {
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
    s_hidden1_bias[i] = v8;
  }
}

// ---- 019_matmul_outputs_kernel_sgd.wgsl
@group(0) @binding(0) var<storage, read> tmp1: array<f32>;
@group(0) @binding(1) var<storage, read> tmp6: array<f32>;
@group(0) @binding(2) var<storage, read_write> s_outputs_kernel: array<f32>;

@compute @workgroup_size(64)
fn main(@builtin(global_invocation_id) gid: vec3<u32>) {
  let t = gid.x;
  if (t >= 225u) { return; }
  let i0 = (t / 3u) * 4u;
  let j0 = (t % 3u) * 4u;
  let row0 = min(i0 + 0u, 299u);
  let row1 = min(i0 + 1u, 299u);
  let row2 = min(i0 + 2u, 299u);
  let row3 = min(i0 + 3u, 299u);
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
    let bv13 = vec4<f32>(tmp6[rb12 + col4], tmp6[rb12 + col5], tmp6[rb12 + col6], tmp6[rb12 + col7]);
    let rk14 = k * 300u;
    acc8 = acc8 + tmp1[rk14 + row0] * bv13;
    acc9 = acc9 + tmp1[rk14 + row1] * bv13;
    acc10 = acc10 + tmp1[rk14 + row2] * bv13;
    acc11 = acc11 + tmp1[rk14 + row3] * bv13;
  }
  {
    let l15 = i0 * 10u + j0;
    let v16 = s_outputs_kernel[l15];
    let v17 = sign(v16);
    let v18 = (0.001 * v17);
    let v19 = acc8.x;
    let v20 = (v18 + v19);
    let v21 = (v20 * 0.01);
    let v22 = (v16 - v21);
    s_outputs_kernel[l15] = v22;
  }
  if (j0 + 1u < 10u) {
    let j23 = j0 + 1u;
    let l24 = i0 * 10u + j23;
    let v25 = s_outputs_kernel[l24];
    let v26 = sign(v25);
    let v27 = (0.001 * v26);
    let v28 = acc8.y;
    let v29 = (v27 + v28);
    let v30 = (v29 * 0.01);
    let v31 = (v25 - v30);
    s_outputs_kernel[l24] = v31;
  }
  if (j0 + 2u < 10u) {
    let j32 = j0 + 2u;
    let l33 = i0 * 10u + j32;
    let v34 = s_outputs_kernel[l33];
    let v35 = sign(v34);
    let v36 = (0.001 * v35);
    let v37 = acc8.z;
    let v38 = (v36 + v37);
    let v39 = (v38 * 0.01);
    let v40 = (v34 - v39);
    s_outputs_kernel[l33] = v40;
  }
  if (j0 + 3u < 10u) {
    let j41 = j0 + 3u;
    let l42 = i0 * 10u + j41;
    let v43 = s_outputs_kernel[l42];
    let v44 = sign(v43);
    let v45 = (0.001 * v44);
    let v46 = acc8.w;
    let v47 = (v45 + v46);
    let v48 = (v47 * 0.01);
    let v49 = (v43 - v48);
    s_outputs_kernel[l42] = v49;
  }
  {
    let i50 = i0 + 1u;
    let l51 = i50 * 10u + j0;
    let v52 = s_outputs_kernel[l51];
    let v53 = sign(v52);
    let v54 = (0.001 * v53);
    let v55 = acc9.x;
    let v56 = (v54 + v55);
    let v57 = (v56 * 0.01);
    let v58 = (v52 - v57);
    s_outputs_kernel[l51] = v58;
  }
  if (j0 + 1u < 10u) {
    let i59 = i0 + 1u;
    let j60 = j0 + 1u;
    let l61 = i59 * 10u + j60;
    let v62 = s_outputs_kernel[l61];
    let v63 = sign(v62);
    let v64 = (0.001 * v63);
    let v65 = acc9.y;
    let v66 = (v64 + v65);
    let v67 = (v66 * 0.01);
    let v68 = (v62 - v67);
    s_outputs_kernel[l61] = v68;
  }
  if (j0 + 2u < 10u) {
    let i69 = i0 + 1u;
    let j70 = j0 + 2u;
    let l71 = i69 * 10u + j70;
    let v72 = s_outputs_kernel[l71];
    let v73 = sign(v72);
    let v74 = (0.001 * v73);
    let v75 = acc9.z;
    let v76 = (v74 + v75);
    let v77 = (v76 * 0.01);
    let v78 = (v72 - v77);
    s_outputs_kernel[l71] = v78;
  }
  if (j0 + 3u < 10u) {
    let i79 = i0 + 1u;
    let j80 = j0 + 3u;
    let l81 = i79 * 10u + j80;
    let v82 = s_outputs_kernel[l81];
    let v83 = sign(v82);
    let v84 = (0.001 * v83);
    let v85 = acc9.w;
    let v86 = (v84 + v85);
    let v87 = (v86 * 0.01);
    let v88 = (v82 - v87);
    s_outputs_kernel[l81] = v88;
  }
  {
    let i89 = i0 + 2u;
    let l90 = i89 * 10u + j0;
    let v91 = s_outputs_kernel[l90];
    let v92 = sign(v91);
    let v93 = (0.001 * v92);
    let v94 = acc10.x;
    let v95 = (v93 + v94);
    let v96 = (v95 * 0.01);
    let v97 = (v91 - v96);
    s_outputs_kernel[l90] = v97;
  }
  if (j0 + 1u < 10u) {
    let i98 = i0 + 2u;
    let j99 = j0 + 1u;
    let l100 = i98 * 10u + j99;
    let v101 = s_outputs_kernel[l100];
    let v102 = sign(v101);
    let v103 = (0.001 * v102);
    let v104 = acc10.y;
    let v105 = (v103 + v104);
    let v106 = (v105 * 0.01);
    let v107 = (v101 - v106);
    s_outputs_kernel[l100] = v107;
  }
  if (j0 + 2u < 10u) {
    let i108 = i0 + 2u;
    let j109 = j0 + 2u;
    let l110 = i108 * 10u + j109;
    let v111 = s_outputs_kernel[l110];
    let v112 = sign(v111);
    let v113 = (0.001 * v112);
    let v114 = acc10.z;
    let v115 = (v113 + v114);
    let v116 = (v115 * 0.01);
    let v117 = (v111 - v116);
    s_outputs_kernel[l110] = v117;
  }
  if (j0 + 3u < 10u) {
    let i118 = i0 + 2u;
    let j119 = j0 + 3u;
    let l120 = i118 * 10u + j119;
    let v121 = s_outputs_kernel[l120];
    let v122 = sign(v121);
    let v123 = (0.001 * v122);
    let v124 = acc10.w;
    let v125 = (v123 + v124);
    let v126 = (v125 * 0.01);
    let v127 = (v121 - v126);
    s_outputs_kernel[l120] = v127;
  }
  {
    let i128 = i0 + 3u;
    let l129 = i128 * 10u + j0;
    let v130 = s_outputs_kernel[l129];
    let v131 = sign(v130);
    let v132 = (0.001 * v131);
    let v133 = acc11.x;
    let v134 = (v132 + v133);
    let v135 = (v134 * 0.01);
    let v136 = (v130 - v135);
    s_outputs_kernel[l129] = v136;
  }
  if (j0 + 1u < 10u) {
    let i137 = i0 + 3u;
    let j138 = j0 + 1u;
    let l139 = i137 * 10u + j138;
    let v140 = s_outputs_kernel[l139];
    let v141 = sign(v140);
    let v142 = (0.001 * v141);
    let v143 = acc11.y;
    let v144 = (v142 + v143);
    let v145 = (v144 * 0.01);
    let v146 = (v140 - v145);
    s_outputs_kernel[l139] = v146;
  }
  if (j0 + 2u < 10u) {
    let i147 = i0 + 3u;
    let j148 = j0 + 2u;
    let l149 = i147 * 10u + j148;
    let v150 = s_outputs_kernel[l149];
    let v151 = sign(v150);
    let v152 = (0.001 * v151);
    let v153 = acc11.z;
    let v154 = (v152 + v153);
    let v155 = (v154 * 0.01);
    let v156 = (v150 - v155);
    s_outputs_kernel[l149] = v156;
  }
  if (j0 + 3u < 10u) {
    let i157 = i0 + 3u;
    let j158 = j0 + 3u;
    let l159 = i157 * 10u + j158;
    let v160 = s_outputs_kernel[l159];
    let v161 = sign(v160);
    let v162 = (0.001 * v161);
    let v163 = acc11.w;
    let v164 = (v162 + v163);
    let v165 = (v164 * 0.01);
    let v166 = (v160 - v165);
    s_outputs_kernel[l159] = v166;
  }
}

// ---- 020_reduce_sum_outputs_bias_sgd.wgsl
var<workgroup> wg_f32_0: array<f32, 64>;
@group(0) @binding(0) var<storage, read_write> s_outputs_bias: array<f32>;
@group(0) @binding(1) var<storage, read> tmp6: array<f32>;

@compute @workgroup_size(64)
fn main(@builtin(workgroup_id) wid: vec3<u32>, @builtin(local_invocation_index) lane: u32) {
  let i = wid.x;
  let v0 = s_outputs_bias[i];
  var acc1: f32 = 0.0;
  for (var r2: u32 = lane; r2 < 200u; r2 = r2 + 64u) {
    let l3 = r2 * 10u + i;
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
    s_outputs_bias[i] = v8;
  }
}

// ---- 021_feed_eval_X.wgsl
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
  let row = i / 49u;
  let f = (i % 49u) * 16u;
  let o = row * 784u + f;
  let base = eval_batch[0] * 200u;
  let rem = min(count - min(base, count), 200u);
  let ex = base + row % max(rem, 1u);
  if (i == 0u) {
    weight[0] = f32(rem) / 200.0;
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

// ---- 022_feed_eval_y.wgsl
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

// ---- 023_matmul_hidden1.wgsl
@group(0) @binding(0) var<storage, read> in_X_v4: array<vec4<f32>>;
@group(0) @binding(1) var<storage, read> s_hidden1_kernel_v4: array<vec4<f32>>;
@group(0) @binding(2) var<storage, read_write> tmp0: array<f32>;
@group(0) @binding(3) var<storage, read> s_hidden1_bias: array<f32>;

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
    tmp0[l28] = v33;
  }
  {
    let j34 = j0 + 1u;
    let l35 = i0 * 300u + j34;
    let v36 = acc8.y;
    let v37 = s_hidden1_bias[j34];
    let v38 = (v36 + v37);
    let v39 = select(0.0, 1.0, v38 > 0.0);
    let v40 = select(0.0, v38, v39 != 0.0);
    tmp0[l35] = v40;
  }
  {
    let j41 = j0 + 2u;
    let l42 = i0 * 300u + j41;
    let v43 = acc8.z;
    let v44 = s_hidden1_bias[j41];
    let v45 = (v43 + v44);
    let v46 = select(0.0, 1.0, v45 > 0.0);
    let v47 = select(0.0, v45, v46 != 0.0);
    tmp0[l42] = v47;
  }
  {
    let j48 = j0 + 3u;
    let l49 = i0 * 300u + j48;
    let v50 = acc8.w;
    let v51 = s_hidden1_bias[j48];
    let v52 = (v50 + v51);
    let v53 = select(0.0, 1.0, v52 > 0.0);
    let v54 = select(0.0, v52, v53 != 0.0);
    tmp0[l49] = v54;
  }
  {
    let i55 = i0 + 1u;
    let l56 = i55 * 300u + j0;
    let v57 = acc9.x;
    let v58 = s_hidden1_bias[j0];
    let v59 = (v57 + v58);
    let v60 = select(0.0, 1.0, v59 > 0.0);
    let v61 = select(0.0, v59, v60 != 0.0);
    tmp0[l56] = v61;
  }
  {
    let i62 = i0 + 1u;
    let j63 = j0 + 1u;
    let l64 = i62 * 300u + j63;
    let v65 = acc9.y;
    let v66 = s_hidden1_bias[j63];
    let v67 = (v65 + v66);
    let v68 = select(0.0, 1.0, v67 > 0.0);
    let v69 = select(0.0, v67, v68 != 0.0);
    tmp0[l64] = v69;
  }
  {
    let i70 = i0 + 1u;
    let j71 = j0 + 2u;
    let l72 = i70 * 300u + j71;
    let v73 = acc9.z;
    let v74 = s_hidden1_bias[j71];
    let v75 = (v73 + v74);
    let v76 = select(0.0, 1.0, v75 > 0.0);
    let v77 = select(0.0, v75, v76 != 0.0);
    tmp0[l72] = v77;
  }
  {
    let i78 = i0 + 1u;
    let j79 = j0 + 3u;
    let l80 = i78 * 300u + j79;
    let v81 = acc9.w;
    let v82 = s_hidden1_bias[j79];
    let v83 = (v81 + v82);
    let v84 = select(0.0, 1.0, v83 > 0.0);
    let v85 = select(0.0, v83, v84 != 0.0);
    tmp0[l80] = v85;
  }
  {
    let i86 = i0 + 2u;
    let l87 = i86 * 300u + j0;
    let v88 = acc10.x;
    let v89 = s_hidden1_bias[j0];
    let v90 = (v88 + v89);
    let v91 = select(0.0, 1.0, v90 > 0.0);
    let v92 = select(0.0, v90, v91 != 0.0);
    tmp0[l87] = v92;
  }
  {
    let i93 = i0 + 2u;
    let j94 = j0 + 1u;
    let l95 = i93 * 300u + j94;
    let v96 = acc10.y;
    let v97 = s_hidden1_bias[j94];
    let v98 = (v96 + v97);
    let v99 = select(0.0, 1.0, v98 > 0.0);
    let v100 = select(0.0, v98, v99 != 0.0);
    tmp0[l95] = v100;
  }
  {
    let i101 = i0 + 2u;
    let j102 = j0 + 2u;
    let l103 = i101 * 300u + j102;
    let v104 = acc10.z;
    let v105 = s_hidden1_bias[j102];
    let v106 = (v104 + v105);
    let v107 = select(0.0, 1.0, v106 > 0.0);
    let v108 = select(0.0, v106, v107 != 0.0);
    tmp0[l103] = v108;
  }
  {
    let i109 = i0 + 2u;
    let j110 = j0 + 3u;
    let l111 = i109 * 300u + j110;
    let v112 = acc10.w;
    let v113 = s_hidden1_bias[j110];
    let v114 = (v112 + v113);
    let v115 = select(0.0, 1.0, v114 > 0.0);
    let v116 = select(0.0, v114, v115 != 0.0);
    tmp0[l111] = v116;
  }
  {
    let i117 = i0 + 3u;
    let l118 = i117 * 300u + j0;
    let v119 = acc11.x;
    let v120 = s_hidden1_bias[j0];
    let v121 = (v119 + v120);
    let v122 = select(0.0, 1.0, v121 > 0.0);
    let v123 = select(0.0, v121, v122 != 0.0);
    tmp0[l118] = v123;
  }
  {
    let i124 = i0 + 3u;
    let j125 = j0 + 1u;
    let l126 = i124 * 300u + j125;
    let v127 = acc11.y;
    let v128 = s_hidden1_bias[j125];
    let v129 = (v127 + v128);
    let v130 = select(0.0, 1.0, v129 > 0.0);
    let v131 = select(0.0, v129, v130 != 0.0);
    tmp0[l126] = v131;
  }
  {
    let i132 = i0 + 3u;
    let j133 = j0 + 2u;
    let l134 = i132 * 300u + j133;
    let v135 = acc11.z;
    let v136 = s_hidden1_bias[j133];
    let v137 = (v135 + v136);
    let v138 = select(0.0, 1.0, v137 > 0.0);
    let v139 = select(0.0, v137, v138 != 0.0);
    tmp0[l134] = v139;
  }
  {
    let i140 = i0 + 3u;
    let j141 = j0 + 3u;
    let l142 = i140 * 300u + j141;
    let v143 = acc11.w;
    let v144 = s_hidden1_bias[j141];
    let v145 = (v143 + v144);
    let v146 = select(0.0, 1.0, v145 > 0.0);
    let v147 = select(0.0, v145, v146 != 0.0);
    tmp0[l142] = v147;
  }
}

// ---- 024_reduce_sum_base_loss_x5.wgsl
var<workgroup> wg_f32_0: array<f32, 64>;
var<workgroup> wg_f32_1: array<f32, 64>;
@group(0) @binding(0) var<storage, read> tmp2: array<f32>;
@group(0) @binding(1) var<storage, read> in_y: array<i32>;
@group(0) @binding(2) var<storage, read_write> s_acc_eval_weight: array<f32>;
@group(0) @binding(3) var<storage, read> in_weight: array<f32>;
@group(0) @binding(4) var<storage, read_write> s_acc_eval_accuracy: array<f32>;
@group(0) @binding(5) var<storage, read_write> s_counter_eval_batch: array<u32>;
@group(0) @binding(6) var<storage, read_write> tmp3: array<f32>;
@group(0) @binding(7) var<storage, read_write> out_accuracy: array<f32>;

@compute @workgroup_size(64)
fn main(@builtin(workgroup_id) wid: vec3<u32>, @builtin(local_invocation_index) lane: u32) {
  let i = wid.x;
  var acc0: f32 = 0.0;
  var acc1: f32 = 0.0;
  for (var r2: u32 = lane; r2 < 200u; r2 = r2 + 64u) {
    var acc3: f32 = 0.0;
    var acc4: f32 = -3.4028234663852886e38;
    for (var r5: u32 = 0u; r5 < 10u; r5 = r5 + 1u) {
      let l6 = r2 * 10u + r5;
      let v7 = tmp2[l6];
      acc4 = max(acc4, v7);
    }
    var acc8: f32 = 0.0;
    for (var r9: u32 = 0u; r9 < 10u; r9 = r9 + 1u) {
      let l10 = r2 * 10u + r9;
      let v11 = tmp2[l10];
      let v12 = (v11 - acc4);
      let v13 = exp(v12);
      acc8 = acc8 + v13;
    }
    let v14 = log(acc8);
    for (var r15: u32 = 0u; r15 < 10u; r15 = r15 + 1u) {
      let l16 = r2 * 10u + r15;
      let v17 = in_y[r2];
      let v18 = select(0.0, 1.0, i32(r15) == v17);
      let v19 = tmp2[l16];
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
      let v28 = tmp2[l27];
      let v29 = in_y[r2];
      let v30 = select(0.0, 1.0, i32(r26) == v29);
      let v31 = (v28 * v30);
      acc25 = acc25 + v31;
    }
    for (var r32: u32 = 0u; r32 < 10u; r32 = r32 + 1u) {
      let l33 = r2 * 10u + r32;
      let v34 = tmp2[l33];
      let v35 = select(0.0, 1.0, v34 > acc25);
      acc24 = acc24 + v35;
    }
    let v36 = select(0.0, 1.0, acc24 < 1.0);
    var acc37: f32 = 0.0;
    for (var r38: u32 = 0u; r38 < 10u; r38 = r38 + 1u) {
      let l39 = r2 * 10u + r38;
      let v40 = tmp2[l39];
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
  let v48 = (red47 / 200.0);
  let v49 = s_acc_eval_weight[i];
  let v50 = in_weight[i];
  let v51 = (v49 + v50);
  let v52 = s_acc_eval_accuracy[i];
  let v53 = (v48 * v50);
  let v54 = (v52 + v53);
  let v55 = s_counter_eval_batch[i];
  let v56 = (v55 + 1u);
  storageBarrier();
  if (lane == 0u) {
    tmp3[i] = red46;
    out_accuracy[i] = v48;
    s_acc_eval_weight[i] = v51;
    s_acc_eval_accuracy[i] = v54;
    s_counter_eval_batch[i] = v56;
  }
}

// ---- 025_reduce_sum_loss_x2.wgsl
var<workgroup> wg_f32_0: array<f32, 64>;
@group(0) @binding(0) var<storage, read> tmp3: array<f32>;
@group(0) @binding(1) var<storage, read> tmp5: array<f32>;
@group(0) @binding(2) var<storage, read> s_outputs_kernel: array<f32>;
@group(0) @binding(3) var<storage, read_write> s_acc_eval_loss: array<f32>;
@group(0) @binding(4) var<storage, read> in_weight: array<f32>;
@group(0) @binding(5) var<storage, read_write> out_loss: array<f32>;

@compute @workgroup_size(64)
fn main(@builtin(workgroup_id) wid: vec3<u32>, @builtin(local_invocation_index) lane: u32) {
  let i = wid.x;
  let v0 = tmp3[i];
  let v1 = (v0 / 200.0);
  let v2 = tmp5[i];
  var acc3: f32 = 0.0;
  for (var r4: u32 = lane; r4 < 3000u; r4 = r4 + 64u) {
    let c5 = (r4 / 10u);
    let c6 = (r4 % 10u);
    let l7 = c5 * 10u + c6;
    let v8 = s_outputs_kernel[l7];
    let v9 = abs(v8);
    acc3 = acc3 + v9;
  }
  wg_f32_0[lane] = acc3;
  workgroupBarrier();
  for (var s10: u32 = 32u; s10 > 0u; s10 = s10 >> 1u) {
    if (lane < s10) {
      wg_f32_0[lane] = wg_f32_0[lane] + wg_f32_0[lane + s10];
    }
    workgroupBarrier();
  }
  let red11 = wg_f32_0[0];
  let v12 = (v2 + red11);
  let v13 = (0.001 * v12);
  let v14 = (v1 + v13);
  let v15 = s_acc_eval_loss[i];
  let v16 = in_weight[i];
  let v17 = (v14 * v16);
  let v18 = (v15 + v17);
  storageBarrier();
  if (lane == 0u) {
    out_loss[i] = v14;
    s_acc_eval_loss[i] = v18;
  }
}
