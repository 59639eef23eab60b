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

// ---- 002_add_hidden2_dense_kernel.wgsl
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

// ---- 003_const_hidden2_dense_bias.wgsl
@group(0) @binding(0) var<storage, read_write> b0: array<f32>;

@compute @workgroup_size(64)
fn main(@builtin(global_invocation_id) gid: vec3<u32>) {
  let i = gid.x;
  if (i >= 100u) { return; }
  b0[i] = 0.0;
}

// ---- 004_add_logits_dense_kernel.wgsl
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

// ---- 005_const_logits_dense_bias.wgsl
@group(0) @binding(0) var<storage, read_write> b0: array<f32>;

@compute @workgroup_size(64)
fn main(@builtin(global_invocation_id) gid: vec3<u32>) {
  let i = gid.x;
  if (i >= 10u) { return; }
  b0[i] = 0.0;
}

// ---- 006_const_counter_step.wgsl
@group(0) @binding(0) var<storage, read_write> b0: array<u32>;

@compute @workgroup_size(64)
fn main(@builtin(global_invocation_id) gid: vec3<u32>) {
  let i = gid.x;
  if (i >= 1u) { return; }
  b0[i] = 0u;
}

// ---- 007_const_acc_train_loss.wgsl
@group(0) @binding(0) var<storage, read_write> b0: array<f32>;

@compute @workgroup_size(64)
fn main(@builtin(global_invocation_id) gid: vec3<u32>) {
  let i = gid.x;
  if (i >= 1u) { return; }
  b0[i] = 0.0;
}

// ---- 008_add.wgsl
@group(0) @binding(0) var<storage, read_write> b0: array<u32>;

@compute @workgroup_size(64)
fn main(@builtin(global_invocation_id) gid: vec3<u32>) {
  let i = gid.x;
  if (i >= 1u) { return; }
  let v0 = b0[i];
  let v1 = (v0 + 1u);
  b0[i] = v1;
}

// ---- 009_feed_train_X.wgsl
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

// ---- 010_feed_train_y.wgsl
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

// ---- 011_reduce_sum_hidden1_dense.wgsl
@group(0) @binding(0) var<storage, read> b0: array<f32>;
@group(0) @binding(1) var<storage, read_write> b1: array<f32>;

@compute @workgroup_size(64)
fn main(@builtin(global_invocation_id) gid: vec3<u32>) {
  let i = gid.x;
  if (i >= 1u) { return; }
  var acc0: f32 = 0.0;
  for (var r: u32 = 0u; r < 235200u; r = r + 1u) {
    let c1 = (r / 300u);
    let c2 = (r % 300u);
    let l3 = c1 * 300u + c2;
    let v4 = b0[l3];
    let v5 = abs(v4);
    acc0 = acc0 + v5;
  }
  b1[i] = acc0;
}

// ---- 012_matmul_hidden1_dense.wgsl
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

// ---- 013_gt_hidden1.wgsl
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

// ---- 014_select_hidden1.wgsl
@group(0) @binding(0) var<storage, read> b0: array<f32>;
@group(0) @binding(1) var<storage, read> b1: array<f32>;
@group(0) @binding(2) var<storage, read_write> b2: array<f32>;

@compute @workgroup_size(64)
fn main(@builtin(global_invocation_id) gid: vec3<u32>) {
  let i = gid.x;
  if (i >= 60000u) { return; }
  let c0 = (i / 300u);
  let c1 = (i % 300u);
  let v2 = b0[i];
  let v3 = b1[i];
  let v4 = select(0.0, v2, v3 != 0.0);
  b2[i] = v4;
}

// ---- 015_reduce_sum_hidden2_dense.wgsl
@group(0) @binding(0) var<storage, read> b0: array<f32>;
@group(0) @binding(1) var<storage, read_write> b1: array<f32>;

@compute @workgroup_size(64)
fn main(@builtin(global_invocation_id) gid: vec3<u32>) {
  let i = gid.x;
  if (i >= 1u) { return; }
  var acc0: f32 = 0.0;
  for (var r: u32 = 0u; r < 30000u; r = r + 1u) {
    let c1 = (r / 100u);
    let c2 = (r % 100u);
    let l3 = c1 * 100u + c2;
    let v4 = b0[l3];
    let v5 = abs(v4);
    acc0 = acc0 + v5;
  }
  b1[i] = acc0;
}

// ---- 016_matmul_hidden2_dense.wgsl
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

// ---- 017_gt_hidden2.wgsl
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

// ---- 018_select_hidden2.wgsl
@group(0) @binding(0) var<storage, read> b0: array<f32>;
@group(0) @binding(1) var<storage, read> b1: array<f32>;
@group(0) @binding(2) var<storage, read_write> b2: array<f32>;

@compute @workgroup_size(64)
fn main(@builtin(global_invocation_id) gid: vec3<u32>) {
  let i = gid.x;
  if (i >= 20000u) { return; }
  let c0 = (i / 100u);
  let c1 = (i % 100u);
  let v2 = b0[i];
  let v3 = b1[i];
  let v4 = select(0.0, v2, v3 != 0.0);
  b2[i] = v4;
}

// ---- 019_reduce_sum_logits_dense.wgsl
@group(0) @binding(0) var<storage, read> b0: array<f32>;
@group(0) @binding(1) var<storage, read_write> b1: array<f32>;

@compute @workgroup_size(64)
fn main(@builtin(global_invocation_id) gid: vec3<u32>) {
  let i = gid.x;
  if (i >= 1u) { return; }
  var acc0: f32 = 0.0;
  for (var r: u32 = 0u; r < 1000u; r = r + 1u) {
    let c1 = (r / 10u);
    let c2 = (r % 10u);
    let l3 = c1 * 10u + c2;
    let v4 = b0[l3];
    let v5 = abs(v4);
    acc0 = acc0 + v5;
  }
  b1[i] = acc0;
}

// ---- 020_matmul_logits_dense.wgsl
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

// ---- 021_one_hot_loss.wgsl
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

// ---- 022_reduce_max_loss.wgsl
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

// ---- 023_sub_loss.wgsl
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

// ---- 024_exp_loss.wgsl
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

// ---- 025_reduce_sum_loss.wgsl
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

// ---- 026_reduce_sum_loss.wgsl
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

// ---- 027_reduce_sum_accuracy.wgsl
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

// ---- 028_reduce_sum_accuracy.wgsl
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

// ---- 029_reduce_sum_accuracy.wgsl
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

// ---- 030_reduce_sum_regularization.wgsl
@group(0) @binding(0) var<storage, read> b0: array<f32>;
@group(0) @binding(1) var<storage, read> b1: array<f32>;
@group(0) @binding(2) var<storage, read> b2: array<f32>;
@group(0) @binding(3) var<storage, read> b3: array<f32>;
@group(0) @binding(4) var<storage, read_write> b4: array<f32>;

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
  let v4 = b1[i];
  let v5 = (v4 * 0.001);
  let v6 = (v3 + v5);
  let v7 = b2[i];
  let v8 = (v7 * 0.001);
  let v9 = (v6 + v8);
  let v10 = b3[i];
  let v11 = (v10 * 0.001);
  let v12 = (v9 + v11);
  b4[i] = v12;
}

// ---- 031_mul_grad.wgsl
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

// ---- 032_reduce_sum_grad.wgsl
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

// ---- 033_add_grad.wgsl
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

// ---- 034_matmul_grad.wgsl
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
    b2[l21] = v24;
  }
  {
    let j25 = j0 + 1u;
    let l26 = i0 * 100u + j25;
    let v27 = acc8.y;
    let v28 = b3[l26];
    let v29 = select(0.0, v27, v28 != 0.0);
    b2[l26] = v29;
  }
  {
    let j30 = j0 + 2u;
    let l31 = i0 * 100u + j30;
    let v32 = acc8.z;
    let v33 = b3[l31];
    let v34 = select(0.0, v32, v33 != 0.0);
    b2[l31] = v34;
  }
  {
    let j35 = j0 + 3u;
    let l36 = i0 * 100u + j35;
    let v37 = acc8.w;
    let v38 = b3[l36];
    let v39 = select(0.0, v37, v38 != 0.0);
    b2[l36] = v39;
  }
  {
    let i40 = i0 + 1u;
    let l41 = i40 * 100u + j0;
    let v42 = acc9.x;
    let v43 = b3[l41];
    let v44 = select(0.0, v42, v43 != 0.0);
    b2[l41] = v44;
  }
  {
    let i45 = i0 + 1u;
    let j46 = j0 + 1u;
    let l47 = i45 * 100u + j46;
    let v48 = acc9.y;
    let v49 = b3[l47];
    let v50 = select(0.0, v48, v49 != 0.0);
    b2[l47] = v50;
  }
  {
    let i51 = i0 + 1u;
    let j52 = j0 + 2u;
    let l53 = i51 * 100u + j52;
    let v54 = acc9.z;
    let v55 = b3[l53];
    let v56 = select(0.0, v54, v55 != 0.0);
    b2[l53] = v56;
  }
  {
    let i57 = i0 + 1u;
    let j58 = j0 + 3u;
    let l59 = i57 * 100u + j58;
    let v60 = acc9.w;
    let v61 = b3[l59];
    let v62 = select(0.0, v60, v61 != 0.0);
    b2[l59] = v62;
  }
  {
    let i63 = i0 + 2u;
    let l64 = i63 * 100u + j0;
    let v65 = acc10.x;
    let v66 = b3[l64];
    let v67 = select(0.0, v65, v66 != 0.0);
    b2[l64] = v67;
  }
  {
    let i68 = i0 + 2u;
    let j69 = j0 + 1u;
    let l70 = i68 * 100u + j69;
    let v71 = acc10.y;
    let v72 = b3[l70];
    let v73 = select(0.0, v71, v72 != 0.0);
    b2[l70] = v73;
  }
  {
    let i74 = i0 + 2u;
    let j75 = j0 + 2u;
    let l76 = i74 * 100u + j75;
    let v77 = acc10.z;
    let v78 = b3[l76];
    let v79 = select(0.0, v77, v78 != 0.0);
    b2[l76] = v79;
  }
  {
    let i80 = i0 + 2u;
    let j81 = j0 + 3u;
    let l82 = i80 * 100u + j81;
    let v83 = acc10.w;
    let v84 = b3[l82];
    let v85 = select(0.0, v83, v84 != 0.0);
    b2[l82] = v85;
  }
  {
    let i86 = i0 + 3u;
    let l87 = i86 * 100u + j0;
    let v88 = acc11.x;
    let v89 = b3[l87];
    let v90 = select(0.0, v88, v89 != 0.0);
    b2[l87] = v90;
  }
  {
    let i91 = i0 + 3u;
    let j92 = j0 + 1u;
    let l93 = i91 * 100u + j92;
    let v94 = acc11.y;
    let v95 = b3[l93];
    let v96 = select(0.0, v94, v95 != 0.0);
    b2[l93] = v96;
  }
  {
    let i97 = i0 + 3u;
    let j98 = j0 + 2u;
    let l99 = i97 * 100u + j98;
    let v100 = acc11.z;
    let v101 = b3[l99];
    let v102 = select(0.0, v100, v101 != 0.0);
    b2[l99] = v102;
  }
  {
    let i103 = i0 + 3u;
    let j104 = j0 + 3u;
    let l105 = i103 * 100u + j104;
    let v106 = acc11.w;
    let v107 = b3[l105];
    let v108 = select(0.0, v106, v107 != 0.0);
    b2[l105] = v108;
  }
}

// ---- 035_matmul_grad.wgsl
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
    b2[l36] = v39;
  }
  {
    let j40 = j0 + 1u;
    let l41 = i0 * 300u + j40;
    let v42 = acc8.y;
    let v43 = b3[l41];
    let v44 = select(0.0, v42, v43 != 0.0);
    b2[l41] = v44;
  }
  {
    let j45 = j0 + 2u;
    let l46 = i0 * 300u + j45;
    let v47 = acc8.z;
    let v48 = b3[l46];
    let v49 = select(0.0, v47, v48 != 0.0);
    b2[l46] = v49;
  }
  {
    let j50 = j0 + 3u;
    let l51 = i0 * 300u + j50;
    let v52 = acc8.w;
    let v53 = b3[l51];
    let v54 = select(0.0, v52, v53 != 0.0);
    b2[l51] = v54;
  }
  {
    let i55 = i0 + 1u;
    let l56 = i55 * 300u + j0;
    let v57 = acc9.x;
    let v58 = b3[l56];
    let v59 = select(0.0, v57, v58 != 0.0);
    b2[l56] = v59;
  }
  {
    let i60 = i0 + 1u;
    let j61 = j0 + 1u;
    let l62 = i60 * 300u + j61;
    let v63 = acc9.y;
    let v64 = b3[l62];
    let v65 = select(0.0, v63, v64 != 0.0);
    b2[l62] = v65;
  }
  {
    let i66 = i0 + 1u;
    let j67 = j0 + 2u;
    let l68 = i66 * 300u + j67;
    let v69 = acc9.z;
    let v70 = b3[l68];
    let v71 = select(0.0, v69, v70 != 0.0);
    b2[l68] = v71;
  }
  {
    let i72 = i0 + 1u;
    let j73 = j0 + 3u;
    let l74 = i72 * 300u + j73;
    let v75 = acc9.w;
    let v76 = b3[l74];
    let v77 = select(0.0, v75, v76 != 0.0);
    b2[l74] = v77;
  }
  {
    let i78 = i0 + 2u;
    let l79 = i78 * 300u + j0;
    let v80 = acc10.x;
    let v81 = b3[l79];
    let v82 = select(0.0, v80, v81 != 0.0);
    b2[l79] = v82;
  }
  {
    let i83 = i0 + 2u;
    let j84 = j0 + 1u;
    let l85 = i83 * 300u + j84;
    let v86 = acc10.y;
    let v87 = b3[l85];
    let v88 = select(0.0, v86, v87 != 0.0);
    b2[l85] = v88;
  }
  {
    let i89 = i0 + 2u;
    let j90 = j0 + 2u;
    let l91 = i89 * 300u + j90;
    let v92 = acc10.z;
    let v93 = b3[l91];
    let v94 = select(0.0, v92, v93 != 0.0);
    b2[l91] = v94;
  }
  {
    let i95 = i0 + 2u;
    let j96 = j0 + 3u;
    let l97 = i95 * 300u + j96;
    let v98 = acc10.w;
    let v99 = b3[l97];
    let v100 = select(0.0, v98, v99 != 0.0);
    b2[l97] = v100;
  }
  {
    let i101 = i0 + 3u;
    let l102 = i101 * 300u + j0;
    let v103 = acc11.x;
    let v104 = b3[l102];
    let v105 = select(0.0, v103, v104 != 0.0);
    b2[l102] = v105;
  }
  {
    let i106 = i0 + 3u;
    let j107 = j0 + 1u;
    let l108 = i106 * 300u + j107;
    let v109 = acc11.y;
    let v110 = b3[l108];
    let v111 = select(0.0, v109, v110 != 0.0);
    b2[l108] = v111;
  }
  {
    let i112 = i0 + 3u;
    let j113 = j0 + 2u;
    let l114 = i112 * 300u + j113;
    let v115 = acc11.z;
    let v116 = b3[l114];
    let v117 = select(0.0, v115, v116 != 0.0);
    b2[l114] = v117;
  }
  {
    let i118 = i0 + 3u;
    let j119 = j0 + 3u;
    let l120 = i118 * 300u + j119;
    let v121 = acc11.w;
    let v122 = b3[l120];
    let v123 = select(0.0, v121, v122 != 0.0);
    b2[l120] = v123;
  }
}

// ---- 036_matmul_optimizer.wgsl
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
    let v27 = sign(v25);
    let v28 = (0.001 * v27);
    let v29 = (v26 + v28);
    let v30 = (v29 * 0.01);
    let v31 = (v25 - v30);
    b2[l24] = v31;
  }
  {
    let j32 = j0 + 1u;
    let l33 = i0 * 300u + j32;
    let v34 = b2[l33];
    let v35 = acc8.y;
    let v36 = sign(v34);
    let v37 = (0.001 * v36);
    let v38 = (v35 + v37);
    let v39 = (v38 * 0.01);
    let v40 = (v34 - v39);
    b2[l33] = v40;
  }
  {
    let j41 = j0 + 2u;
    let l42 = i0 * 300u + j41;
    let v43 = b2[l42];
    let v44 = acc8.z;
    let v45 = sign(v43);
    let v46 = (0.001 * v45);
    let v47 = (v44 + v46);
    let v48 = (v47 * 0.01);
    let v49 = (v43 - v48);
    b2[l42] = v49;
  }
  {
    let j50 = j0 + 3u;
    let l51 = i0 * 300u + j50;
    let v52 = b2[l51];
    let v53 = acc8.w;
    let v54 = sign(v52);
    let v55 = (0.001 * v54);
    let v56 = (v53 + v55);
    let v57 = (v56 * 0.01);
    let v58 = (v52 - v57);
    b2[l51] = v58;
  }
  {
    let i59 = i0 + 1u;
    let l60 = i59 * 300u + j0;
    let v61 = b2[l60];
    let v62 = acc9.x;
    let v63 = sign(v61);
    let v64 = (0.001 * v63);
    let v65 = (v62 + v64);
    let v66 = (v65 * 0.01);
    let v67 = (v61 - v66);
    b2[l60] = v67;
  }
  {
    let i68 = i0 + 1u;
    let j69 = j0 + 1u;
    let l70 = i68 * 300u + j69;
    let v71 = b2[l70];
    let v72 = acc9.y;
    let v73 = sign(v71);
    let v74 = (0.001 * v73);
    let v75 = (v72 + v74);
    let v76 = (v75 * 0.01);
    let v77 = (v71 - v76);
    b2[l70] = v77;
  }
  {
    let i78 = i0 + 1u;
    let j79 = j0 + 2u;
    let l80 = i78 * 300u + j79;
    let v81 = b2[l80];
    let v82 = acc9.z;
    let v83 = sign(v81);
    let v84 = (0.001 * v83);
    let v85 = (v82 + v84);
    let v86 = (v85 * 0.01);
    let v87 = (v81 - v86);
    b2[l80] = v87;
  }
  {
    let i88 = i0 + 1u;
    let j89 = j0 + 3u;
    let l90 = i88 * 300u + j89;
    let v91 = b2[l90];
    let v92 = acc9.w;
    let v93 = sign(v91);
    let v94 = (0.001 * v93);
    let v95 = (v92 + v94);
    let v96 = (v95 * 0.01);
    let v97 = (v91 - v96);
    b2[l90] = v97;
  }
  {
    let i98 = i0 + 2u;
    let l99 = i98 * 300u + j0;
    let v100 = b2[l99];
    let v101 = acc10.x;
    let v102 = sign(v100);
    let v103 = (0.001 * v102);
    let v104 = (v101 + v103);
    let v105 = (v104 * 0.01);
    let v106 = (v100 - v105);
    b2[l99] = v106;
  }
  {
    let i107 = i0 + 2u;
    let j108 = j0 + 1u;
    let l109 = i107 * 300u + j108;
    let v110 = b2[l109];
    let v111 = acc10.y;
    let v112 = sign(v110);
    let v113 = (0.001 * v112);
    let v114 = (v111 + v113);
    let v115 = (v114 * 0.01);
    let v116 = (v110 - v115);
    b2[l109] = v116;
  }
  {
    let i117 = i0 + 2u;
    let j118 = j0 + 2u;
    let l119 = i117 * 300u + j118;
    let v120 = b2[l119];
    let v121 = acc10.z;
    let v122 = sign(v120);
    let v123 = (0.001 * v122);
    let v124 = (v121 + v123);
    let v125 = (v124 * 0.01);
    let v126 = (v120 - v125);
    b2[l119] = v126;
  }
  {
    let i127 = i0 + 2u;
    let j128 = j0 + 3u;
    let l129 = i127 * 300u + j128;
    let v130 = b2[l129];
    let v131 = acc10.w;
    let v132 = sign(v130);
    let v133 = (0.001 * v132);
    let v134 = (v131 + v133);
    let v135 = (v134 * 0.01);
    let v136 = (v130 - v135);
    b2[l129] = v136;
  }
  {
    let i137 = i0 + 3u;
    let l138 = i137 * 300u + j0;
    let v139 = b2[l138];
    let v140 = acc11.x;
    let v141 = sign(v139);
    let v142 = (0.001 * v141);
    let v143 = (v140 + v142);
    let v144 = (v143 * 0.01);
    let v145 = (v139 - v144);
    b2[l138] = v145;
  }
  {
    let i146 = i0 + 3u;
    let j147 = j0 + 1u;
    let l148 = i146 * 300u + j147;
    let v149 = b2[l148];
    let v150 = acc11.y;
    let v151 = sign(v149);
    let v152 = (0.001 * v151);
    let v153 = (v150 + v152);
    let v154 = (v153 * 0.01);
    let v155 = (v149 - v154);
    b2[l148] = v155;
  }
  {
    let i156 = i0 + 3u;
    let j157 = j0 + 2u;
    let l158 = i156 * 300u + j157;
    let v159 = b2[l158];
    let v160 = acc11.z;
    let v161 = sign(v159);
    let v162 = (0.001 * v161);
    let v163 = (v160 + v162);
    let v164 = (v163 * 0.01);
    let v165 = (v159 - v164);
    b2[l158] = v165;
  }
  {
    let i166 = i0 + 3u;
    let j167 = j0 + 3u;
    let l168 = i166 * 300u + j167;
    let v169 = b2[l168];
    let v170 = acc11.w;
    let v171 = sign(v169);
    let v172 = (0.001 * v171);
    let v173 = (v170 + v172);
    let v174 = (v173 * 0.01);
    let v175 = (v169 - v174);
    b2[l168] = v175;
  }
}

// ---- 037_reduce_sum_optimizer.wgsl
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

// ---- 038_matmul_optimizer.wgsl
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
    let v27 = sign(v25);
    let v28 = (0.001 * v27);
    let v29 = (v26 + v28);
    let v30 = (v29 * 0.01);
    let v31 = (v25 - v30);
    b2[l24] = v31;
  }
  {
    let j32 = j0 + 1u;
    let l33 = i0 * 100u + j32;
    let v34 = b2[l33];
    let v35 = acc8.y;
    let v36 = sign(v34);
    let v37 = (0.001 * v36);
    let v38 = (v35 + v37);
    let v39 = (v38 * 0.01);
    let v40 = (v34 - v39);
    b2[l33] = v40;
  }
  {
    let j41 = j0 + 2u;
    let l42 = i0 * 100u + j41;
    let v43 = b2[l42];
    let v44 = acc8.z;
    let v45 = sign(v43);
    let v46 = (0.001 * v45);
    let v47 = (v44 + v46);
    let v48 = (v47 * 0.01);
    let v49 = (v43 - v48);
    b2[l42] = v49;
  }
  {
    let j50 = j0 + 3u;
    let l51 = i0 * 100u + j50;
    let v52 = b2[l51];
    let v53 = acc8.w;
    let v54 = sign(v52);
    let v55 = (0.001 * v54);
    let v56 = (v53 + v55);
    let v57 = (v56 * 0.01);
    let v58 = (v52 - v57);
    b2[l51] = v58;
  }
  {
    let i59 = i0 + 1u;
    let l60 = i59 * 100u + j0;
    let v61 = b2[l60];
    let v62 = acc9.x;
    let v63 = sign(v61);
    let v64 = (0.001 * v63);
    let v65 = (v62 + v64);
    let v66 = (v65 * 0.01);
    let v67 = (v61 - v66);
    b2[l60] = v67;
  }
  {
    let i68 = i0 + 1u;
    let j69 = j0 + 1u;
    let l70 = i68 * 100u + j69;
    let v71 = b2[l70];
    let v72 = acc9.y;
    let v73 = sign(v71);
    let v74 = (0.001 * v73);
    let v75 = (v72 + v74);
    let v76 = (v75 * 0.01);
    let v77 = (v71 - v76);
    b2[l70] = v77;
  }
  {
    let i78 = i0 + 1u;
    let j79 = j0 + 2u;
    let l80 = i78 * 100u + j79;
    let v81 = b2[l80];
    let v82 = acc9.z;
    let v83 = sign(v81);
    let v84 = (0.001 * v83);
    let v85 = (v82 + v84);
    let v86 = (v85 * 0.01);
    let v87 = (v81 - v86);
    b2[l80] = v87;
  }
  {
    let i88 = i0 + 1u;
    let j89 = j0 + 3u;
    let l90 = i88 * 100u + j89;
    let v91 = b2[l90];
    let v92 = acc9.w;
    let v93 = sign(v91);
    let v94 = (0.001 * v93);
    let v95 = (v92 + v94);
    let v96 = (v95 * 0.01);
    let v97 = (v91 - v96);
    b2[l90] = v97;
  }
  {
    let i98 = i0 + 2u;
    let l99 = i98 * 100u + j0;
    let v100 = b2[l99];
    let v101 = acc10.x;
    let v102 = sign(v100);
    let v103 = (0.001 * v102);
    let v104 = (v101 + v103);
    let v105 = (v104 * 0.01);
    let v106 = (v100 - v105);
    b2[l99] = v106;
  }
  {
    let i107 = i0 + 2u;
    let j108 = j0 + 1u;
    let l109 = i107 * 100u + j108;
    let v110 = b2[l109];
    let v111 = acc10.y;
    let v112 = sign(v110);
    let v113 = (0.001 * v112);
    let v114 = (v111 + v113);
    let v115 = (v114 * 0.01);
    let v116 = (v110 - v115);
    b2[l109] = v116;
  }
  {
    let i117 = i0 + 2u;
    let j118 = j0 + 2u;
    let l119 = i117 * 100u + j118;
    let v120 = b2[l119];
    let v121 = acc10.z;
    let v122 = sign(v120);
    let v123 = (0.001 * v122);
    let v124 = (v121 + v123);
    let v125 = (v124 * 0.01);
    let v126 = (v120 - v125);
    b2[l119] = v126;
  }
  {
    let i127 = i0 + 2u;
    let j128 = j0 + 3u;
    let l129 = i127 * 100u + j128;
    let v130 = b2[l129];
    let v131 = acc10.w;
    let v132 = sign(v130);
    let v133 = (0.001 * v132);
    let v134 = (v131 + v133);
    let v135 = (v134 * 0.01);
    let v136 = (v130 - v135);
    b2[l129] = v136;
  }
  {
    let i137 = i0 + 3u;
    let l138 = i137 * 100u + j0;
    let v139 = b2[l138];
    let v140 = acc11.x;
    let v141 = sign(v139);
    let v142 = (0.001 * v141);
    let v143 = (v140 + v142);
    let v144 = (v143 * 0.01);
    let v145 = (v139 - v144);
    b2[l138] = v145;
  }
  {
    let i146 = i0 + 3u;
    let j147 = j0 + 1u;
    let l148 = i146 * 100u + j147;
    let v149 = b2[l148];
    let v150 = acc11.y;
    let v151 = sign(v149);
    let v152 = (0.001 * v151);
    let v153 = (v150 + v152);
    let v154 = (v153 * 0.01);
    let v155 = (v149 - v154);
    b2[l148] = v155;
  }
  {
    let i156 = i0 + 3u;
    let j157 = j0 + 2u;
    let l158 = i156 * 100u + j157;
    let v159 = b2[l158];
    let v160 = acc11.z;
    let v161 = sign(v159);
    let v162 = (0.001 * v161);
    let v163 = (v160 + v162);
    let v164 = (v163 * 0.01);
    let v165 = (v159 - v164);
    b2[l158] = v165;
  }
  {
    let i166 = i0 + 3u;
    let j167 = j0 + 3u;
    let l168 = i166 * 100u + j167;
    let v169 = b2[l168];
    let v170 = acc11.w;
    let v171 = sign(v169);
    let v172 = (0.001 * v171);
    let v173 = (v170 + v172);
    let v174 = (v173 * 0.01);
    let v175 = (v169 - v174);
    b2[l168] = v175;
  }
}

// ---- 039_reduce_sum_optimizer.wgsl
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

// ---- 040_matmul_optimizer.wgsl
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
    let v18 = sign(v16);
    let v19 = (0.001 * v18);
    let v20 = (v17 + v19);
    let v21 = (v20 * 0.01);
    let v22 = (v16 - v21);
    b2[l15] = v22;
  }
  if (j0 + 1u < 10u) {
    let j23 = j0 + 1u;
    let l24 = i0 * 10u + j23;
    let v25 = b2[l24];
    let v26 = acc8.y;
    let v27 = sign(v25);
    let v28 = (0.001 * v27);
    let v29 = (v26 + v28);
    let v30 = (v29 * 0.01);
    let v31 = (v25 - v30);
    b2[l24] = v31;
  }
  if (j0 + 2u < 10u) {
    let j32 = j0 + 2u;
    let l33 = i0 * 10u + j32;
    let v34 = b2[l33];
    let v35 = acc8.z;
    let v36 = sign(v34);
    let v37 = (0.001 * v36);
    let v38 = (v35 + v37);
    let v39 = (v38 * 0.01);
    let v40 = (v34 - v39);
    b2[l33] = v40;
  }
  if (j0 + 3u < 10u) {
    let j41 = j0 + 3u;
    let l42 = i0 * 10u + j41;
    let v43 = b2[l42];
    let v44 = acc8.w;
    let v45 = sign(v43);
    let v46 = (0.001 * v45);
    let v47 = (v44 + v46);
    let v48 = (v47 * 0.01);
    let v49 = (v43 - v48);
    b2[l42] = v49;
  }
  {
    let i50 = i0 + 1u;
    let l51 = i50 * 10u + j0;
    let v52 = b2[l51];
    let v53 = acc9.x;
    let v54 = sign(v52);
    let v55 = (0.001 * v54);
    let v56 = (v53 + v55);
    let v57 = (v56 * 0.01);
    let v58 = (v52 - v57);
    b2[l51] = v58;
  }
  if (j0 + 1u < 10u) {
    let i59 = i0 + 1u;
    let j60 = j0 + 1u;
    let l61 = i59 * 10u + j60;
    let v62 = b2[l61];
    let v63 = acc9.y;
    let v64 = sign(v62);
    let v65 = (0.001 * v64);
    let v66 = (v63 + v65);
    let v67 = (v66 * 0.01);
    let v68 = (v62 - v67);
    b2[l61] = v68;
  }
  if (j0 + 2u < 10u) {
    let i69 = i0 + 1u;
    let j70 = j0 + 2u;
    let l71 = i69 * 10u + j70;
    let v72 = b2[l71];
    let v73 = acc9.z;
    let v74 = sign(v72);
    let v75 = (0.001 * v74);
    let v76 = (v73 + v75);
    let v77 = (v76 * 0.01);
    let v78 = (v72 - v77);
    b2[l71] = v78;
  }
  if (j0 + 3u < 10u) {
    let i79 = i0 + 1u;
    let j80 = j0 + 3u;
    let l81 = i79 * 10u + j80;
    let v82 = b2[l81];
    let v83 = acc9.w;
    let v84 = sign(v82);
    let v85 = (0.001 * v84);
    let v86 = (v83 + v85);
    let v87 = (v86 * 0.01);
    let v88 = (v82 - v87);
    b2[l81] = v88;
  }
  {
    let i89 = i0 + 2u;
    let l90 = i89 * 10u + j0;
    let v91 = b2[l90];
    let v92 = acc10.x;
    let v93 = sign(v91);
    let v94 = (0.001 * v93);
    let v95 = (v92 + v94);
    let v96 = (v95 * 0.01);
    let v97 = (v91 - v96);
    b2[l90] = v97;
  }
  if (j0 + 1u < 10u) {
    let i98 = i0 + 2u;
    let j99 = j0 + 1u;
    let l100 = i98 * 10u + j99;
    let v101 = b2[l100];
    let v102 = acc10.y;
    let v103 = sign(v101);
    let v104 = (0.001 * v103);
    let v105 = (v102 + v104);
    let v106 = (v105 * 0.01);
    let v107 = (v101 - v106);
    b2[l100] = v107;
  }
  if (j0 + 2u < 10u) {
    let i108 = i0 + 2u;
    let j109 = j0 + 2u;
    let l110 = i108 * 10u + j109;
    let v111 = b2[l110];
    let v112 = acc10.z;
    let v113 = sign(v111);
    let v114 = (0.001 * v113);
    let v115 = (v112 + v114);
    let v116 = (v115 * 0.01);
    let v117 = (v111 - v116);
    b2[l110] = v117;
  }
  if (j0 + 3u < 10u) {
    let i118 = i0 + 2u;
    let j119 = j0 + 3u;
    let l120 = i118 * 10u + j119;
    let v121 = b2[l120];
    let v122 = acc10.w;
    let v123 = sign(v121);
    let v124 = (0.001 * v123);
    let v125 = (v122 + v124);
    let v126 = (v125 * 0.01);
    let v127 = (v121 - v126);
    b2[l120] = v127;
  }
  {
    let i128 = i0 + 3u;
    let l129 = i128 * 10u + j0;
    let v130 = b2[l129];
    let v131 = acc11.x;
    let v132 = sign(v130);
    let v133 = (0.001 * v132);
    let v134 = (v131 + v133);
    let v135 = (v134 * 0.01);
    let v136 = (v130 - v135);
    b2[l129] = v136;
  }
  if (j0 + 1u < 10u) {
    let i137 = i0 + 3u;
    let j138 = j0 + 1u;
    let l139 = i137 * 10u + j138;
    let v140 = b2[l139];
    let v141 = acc11.y;
    let v142 = sign(v140);
    let v143 = (0.001 * v142);
    let v144 = (v141 + v143);
    let v145 = (v144 * 0.01);
    let v146 = (v140 - v145);
    b2[l139] = v146;
  }
  if (j0 + 2u < 10u) {
    let i147 = i0 + 3u;
    let j148 = j0 + 2u;
    let l149 = i147 * 10u + j148;
    let v150 = b2[l149];
    let v151 = acc11.z;
    let v152 = sign(v150);
    let v153 = (0.001 * v152);
    let v154 = (v151 + v153);
    let v155 = (v154 * 0.01);
    let v156 = (v150 - v155);
    b2[l149] = v156;
  }
  if (j0 + 3u < 10u) {
    let i157 = i0 + 3u;
    let j158 = j0 + 3u;
    let l159 = i157 * 10u + j158;
    let v160 = b2[l159];
    let v161 = acc11.w;
    let v162 = sign(v160);
    let v163 = (0.001 * v162);
    let v164 = (v161 + v163);
    let v165 = (v164 * 0.01);
    let v166 = (v160 - v165);
    b2[l159] = v166;
  }
}

// ---- 041_reduce_sum_optimizer.wgsl
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

// ---- 042_add_metrics.wgsl
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

// ---- 043_add_metrics.wgsl
@group(0) @binding(0) var<storage, read_write> b0: array<f32>;

@compute @workgroup_size(64)
fn main(@builtin(global_invocation_id) gid: vec3<u32>) {
  let i = gid.x;
  if (i >= 1u) { return; }
  let v0 = b0[i];
  let v1 = (v0 + 1.0);
  b0[i] = v1;
}

// ---- 044_feed_eval_X.wgsl
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

// ---- 045_feed_eval_y.wgsl
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

// ---- 046_matmul_hidden1.wgsl
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
    let v32 = select(0.0, 1.0, v31 > 0.0);
    let v33 = select(0.0, v31, v32 != 0.0);
    b2[l28] = v33;
  }
  {
    let j34 = j0 + 1u;
    let l35 = i0 * 300u + j34;
    let v36 = acc8.y;
    let v37 = b3[j34];
    let v38 = (v36 + v37);
    let v39 = select(0.0, 1.0, v38 > 0.0);
    let v40 = select(0.0, v38, v39 != 0.0);
    b2[l35] = v40;
  }
  {
    let j41 = j0 + 2u;
    let l42 = i0 * 300u + j41;
    let v43 = acc8.z;
    let v44 = b3[j41];
    let v45 = (v43 + v44);
    let v46 = select(0.0, 1.0, v45 > 0.0);
    let v47 = select(0.0, v45, v46 != 0.0);
    b2[l42] = v47;
  }
  {
    let j48 = j0 + 3u;
    let l49 = i0 * 300u + j48;
    let v50 = acc8.w;
    let v51 = b3[j48];
    let v52 = (v50 + v51);
    let v53 = select(0.0, 1.0, v52 > 0.0);
    let v54 = select(0.0, v52, v53 != 0.0);
    b2[l49] = v54;
  }
  {
    let i55 = i0 + 1u;
    let l56 = i55 * 300u + j0;
    let v57 = acc9.x;
    let v58 = b3[j0];
    let v59 = (v57 + v58);
    let v60 = select(0.0, 1.0, v59 > 0.0);
    let v61 = select(0.0, v59, v60 != 0.0);
    b2[l56] = v61;
  }
  {
    let i62 = i0 + 1u;
    let j63 = j0 + 1u;
    let l64 = i62 * 300u + j63;
    let v65 = acc9.y;
    let v66 = b3[j63];
    let v67 = (v65 + v66);
    let v68 = select(0.0, 1.0, v67 > 0.0);
    let v69 = select(0.0, v67, v68 != 0.0);
    b2[l64] = v69;
  }
  {
    let i70 = i0 + 1u;
    let j71 = j0 + 2u;
    let l72 = i70 * 300u + j71;
    let v73 = acc9.z;
    let v74 = b3[j71];
    let v75 = (v73 + v74);
    let v76 = select(0.0, 1.0, v75 > 0.0);
    let v77 = select(0.0, v75, v76 != 0.0);
    b2[l72] = v77;
  }
  {
    let i78 = i0 + 1u;
    let j79 = j0 + 3u;
    let l80 = i78 * 300u + j79;
    let v81 = acc9.w;
    let v82 = b3[j79];
    let v83 = (v81 + v82);
    let v84 = select(0.0, 1.0, v83 > 0.0);
    let v85 = select(0.0, v83, v84 != 0.0);
    b2[l80] = v85;
  }
  {
    let i86 = i0 + 2u;
    let l87 = i86 * 300u + j0;
    let v88 = acc10.x;
    let v89 = b3[j0];
    let v90 = (v88 + v89);
    let v91 = select(0.0, 1.0, v90 > 0.0);
    let v92 = select(0.0, v90, v91 != 0.0);
    b2[l87] = v92;
  }
  {
    let i93 = i0 + 2u;
    let j94 = j0 + 1u;
    let l95 = i93 * 300u + j94;
    let v96 = acc10.y;
    let v97 = b3[j94];
    let v98 = (v96 + v97);
    let v99 = select(0.0, 1.0, v98 > 0.0);
    let v100 = select(0.0, v98, v99 != 0.0);
    b2[l95] = v100;
  }
  {
    let i101 = i0 + 2u;
    let j102 = j0 + 2u;
    let l103 = i101 * 300u + j102;
    let v104 = acc10.z;
    let v105 = b3[j102];
    let v106 = (v104 + v105);
    let v107 = select(0.0, 1.0, v106 > 0.0);
    let v108 = select(0.0, v106, v107 != 0.0);
    b2[l103] = v108;
  }
  {
    let i109 = i0 + 2u;
    let j110 = j0 + 3u;
    let l111 = i109 * 300u + j110;
    let v112 = acc10.w;
    let v113 = b3[j110];
    let v114 = (v112 + v113);
    let v115 = select(0.0, 1.0, v114 > 0.0);
    let v116 = select(0.0, v114, v115 != 0.0);
    b2[l111] = v116;
  }
  {
    let i117 = i0 + 3u;
    let l118 = i117 * 300u + j0;
    let v119 = acc11.x;
    let v120 = b3[j0];
    let v121 = (v119 + v120);
    let v122 = select(0.0, 1.0, v121 > 0.0);
    let v123 = select(0.0, v121, v122 != 0.0);
    b2[l118] = v123;
  }
  {
    let i124 = i0 + 3u;
    let j125 = j0 + 1u;
    let l126 = i124 * 300u + j125;
    let v127 = acc11.y;
    let v128 = b3[j125];
    let v129 = (v127 + v128);
    let v130 = select(0.0, 1.0, v129 > 0.0);
    let v131 = select(0.0, v129, v130 != 0.0);
    b2[l126] = v131;
  }
  {
    let i132 = i0 + 3u;
    let j133 = j0 + 2u;
    let l134 = i132 * 300u + j133;
    let v135 = acc11.z;
    let v136 = b3[j133];
    let v137 = (v135 + v136);
    let v138 = select(0.0, 1.0, v137 > 0.0);
    let v139 = select(0.0, v137, v138 != 0.0);
    b2[l134] = v139;
  }
  {
    let i140 = i0 + 3u;
    let j141 = j0 + 3u;
    let l142 = i140 * 300u + j141;
    let v143 = acc11.w;
    let v144 = b3[j141];
    let v145 = (v143 + v144);
    let v146 = select(0.0, 1.0, v145 > 0.0);
    let v147 = select(0.0, v145, v146 != 0.0);
    b2[l142] = v147;
  }
}

// ---- 047_matmul_hidden2.wgsl
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
    let v32 = select(0.0, 1.0, v31 > 0.0);
    let v33 = select(0.0, v31, v32 != 0.0);
    b2[l28] = v33;
  }
  {
    let j34 = j0 + 1u;
    let l35 = i0 * 100u + j34;
    let v36 = acc8.y;
    let v37 = b3[j34];
    let v38 = (v36 + v37);
    let v39 = select(0.0, 1.0, v38 > 0.0);
    let v40 = select(0.0, v38, v39 != 0.0);
    b2[l35] = v40;
  }
  {
    let j41 = j0 + 2u;
    let l42 = i0 * 100u + j41;
    let v43 = acc8.z;
    let v44 = b3[j41];
    let v45 = (v43 + v44);
    let v46 = select(0.0, 1.0, v45 > 0.0);
    let v47 = select(0.0, v45, v46 != 0.0);
    b2[l42] = v47;
  }
  {
    let j48 = j0 + 3u;
    let l49 = i0 * 100u + j48;
    let v50 = acc8.w;
    let v51 = b3[j48];
    let v52 = (v50 + v51);
    let v53 = select(0.0, 1.0, v52 > 0.0);
    let v54 = select(0.0, v52, v53 != 0.0);
    b2[l49] = v54;
  }
  {
    let i55 = i0 + 1u;
    let l56 = i55 * 100u + j0;
    let v57 = acc9.x;
    let v58 = b3[j0];
    let v59 = (v57 + v58);
    let v60 = select(0.0, 1.0, v59 > 0.0);
    let v61 = select(0.0, v59, v60 != 0.0);
    b2[l56] = v61;
  }
  {
    let i62 = i0 + 1u;
    let j63 = j0 + 1u;
    let l64 = i62 * 100u + j63;
    let v65 = acc9.y;
    let v66 = b3[j63];
    let v67 = (v65 + v66);
    let v68 = select(0.0, 1.0, v67 > 0.0);
    let v69 = select(0.0, v67, v68 != 0.0);
    b2[l64] = v69;
  }
  {
    let i70 = i0 + 1u;
    let j71 = j0 + 2u;
    let l72 = i70 * 100u + j71;
    let v73 = acc9.z;
    let v74 = b3[j71];
    let v75 = (v73 + v74);
    let v76 = select(0.0, 1.0, v75 > 0.0);
    let v77 = select(0.0, v75, v76 != 0.0);
    b2[l72] = v77;
  }
  {
    let i78 = i0 + 1u;
    let j79 = j0 + 3u;
    let l80 = i78 * 100u + j79;
    let v81 = acc9.w;
    let v82 = b3[j79];
    let v83 = (v81 + v82);
    let v84 = select(0.0, 1.0, v83 > 0.0);
    let v85 = select(0.0, v83, v84 != 0.0);
    b2[l80] = v85;
  }
  {
    let i86 = i0 + 2u;
    let l87 = i86 * 100u + j0;
    let v88 = acc10.x;
    let v89 = b3[j0];
    let v90 = (v88 + v89);
    let v91 = select(0.0, 1.0, v90 > 0.0);
    let v92 = select(0.0, v90, v91 != 0.0);
    b2[l87] = v92;
  }
  {
    let i93 = i0 + 2u;
    let j94 = j0 + 1u;
    let l95 = i93 * 100u + j94;
    let v96 = acc10.y;
    let v97 = b3[j94];
    let v98 = (v96 + v97);
    let v99 = select(0.0, 1.0, v98 > 0.0);
    let v100 = select(0.0, v98, v99 != 0.0);
    b2[l95] = v100;
  }
  {
    let i101 = i0 + 2u;
    let j102 = j0 + 2u;
    let l103 = i101 * 100u + j102;
    let v104 = acc10.z;
    let v105 = b3[j102];
    let v106 = (v104 + v105);
    let v107 = select(0.0, 1.0, v106 > 0.0);
    let v108 = select(0.0, v106, v107 != 0.0);
    b2[l103] = v108;
  }
  {
    let i109 = i0 + 2u;
    let j110 = j0 + 3u;
    let l111 = i109 * 100u + j110;
    let v112 = acc10.w;
    let v113 = b3[j110];
    let v114 = (v112 + v113);
    let v115 = select(0.0, 1.0, v114 > 0.0);
    let v116 = select(0.0, v114, v115 != 0.0);
    b2[l111] = v116;
  }
  {
    let i117 = i0 + 3u;
    let l118 = i117 * 100u + j0;
    let v119 = acc11.x;
    let v120 = b3[j0];
    let v121 = (v119 + v120);
    let v122 = select(0.0, 1.0, v121 > 0.0);
    let v123 = select(0.0, v121, v122 != 0.0);
    b2[l118] = v123;
  }
  {
    let i124 = i0 + 3u;
    let j125 = j0 + 1u;
    let l126 = i124 * 100u + j125;
    let v127 = acc11.y;
    let v128 = b3[j125];
    let v129 = (v127 + v128);
    let v130 = select(0.0, 1.0, v129 > 0.0);
    let v131 = select(0.0, v129, v130 != 0.0);
    b2[l126] = v131;
  }
  {
    let i132 = i0 + 3u;
    let j133 = j0 + 2u;
    let l134 = i132 * 100u + j133;
    let v135 = acc11.z;
    let v136 = b3[j133];
    let v137 = (v135 + v136);
    let v138 = select(0.0, 1.0, v137 > 0.0);
    let v139 = select(0.0, v137, v138 != 0.0);
    b2[l134] = v139;
  }
  {
    let i140 = i0 + 3u;
    let j141 = j0 + 3u;
    let l142 = i140 * 100u + j141;
    let v143 = acc11.w;
    let v144 = b3[j141];
    let v145 = (v143 + v144);
    let v146 = select(0.0, 1.0, v145 > 0.0);
    let v147 = select(0.0, v145, v146 != 0.0);
    b2[l142] = v147;
  }
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
    let v3 = exp(v2);
    acc0 = acc0 + v3;
  }
  b1[i] = acc0;
}

// ---- 049_add_metrics.wgsl
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
