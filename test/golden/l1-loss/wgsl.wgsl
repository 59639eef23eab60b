// ---- 000_add_hidden1_kernel.wgsl
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
  let k1 = stream_key(0u, 3873642819u, v0);
  let v2 = uniform01(k1, i);
  let c3 = (i / 300u);
  let c4 = (i % 300u);
  let v5 = (v2 * 0.14879590519303285);
  let v6 = (v5 + (-0.07439795259651642));
  b1[i] = v6;
}

// ---- 001_const_hidden1_bias.wgsl
@group(0) @binding(0) var<storage, read_write> b0: array<f32>;

@compute @workgroup_size(64)
fn main(@builtin(global_invocation_id) gid: vec3<u32>) {
  let i = gid.x;
  if (i >= 300u) { return; }
  b0[i] = 0.0;
}

// ---- 002_add_outputs_kernel.wgsl
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
  if (i >= 3000u) { return; }
  let v0 = b0[0u];
  let k1 = stream_key(0u, 3827078126u, v0);
  let v2 = uniform01(k1, i);
  let c3 = (i / 10u);
  let c4 = (i % 10u);
  let v5 = (v2 * 0.27824333745610097);
  let v6 = (v5 + (-0.13912166872805048));
  b1[i] = v6;
}

// ---- 003_const_outputs_bias.wgsl
@group(0) @binding(0) var<storage, read_write> b0: array<f32>;

@compute @workgroup_size(64)
fn main(@builtin(global_invocation_id) gid: vec3<u32>) {
  let i = gid.x;
  if (i >= 10u) { return; }
  b0[i] = 0.0;
}

// ---- 004_const_counter_step.wgsl
@group(0) @binding(0) var<storage, read_write> b0: array<u32>;

@compute @workgroup_size(64)
fn main(@builtin(global_invocation_id) gid: vec3<u32>) {
  let i = gid.x;
  if (i >= 1u) { return; }
  b0[i] = 0u;
}

// ---- 005_const_acc_train_loss.wgsl
@group(0) @binding(0) var<storage, read_write> b0: array<f32>;

@compute @workgroup_size(64)
fn main(@builtin(global_invocation_id) gid: vec3<u32>) {
  let i = gid.x;
  if (i >= 1u) { return; }
  b0[i] = 0.0;
}

// ---- 006_add.wgsl
@group(0) @binding(0) var<storage, read_write> b0: array<u32>;

@compute @workgroup_size(64)
fn main(@builtin(global_invocation_id) gid: vec3<u32>) {
  let i = gid.x;
  if (i >= 1u) { return; }
  let v0 = b0[i];
  let v1 = (v0 + 1u);
  b0[i] = v1;
}

// ---- 007_feed_train_X.wgsl
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

// ---- 008_feed_train_y.wgsl
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

// ---- 009_matmul_hidden1.wgsl
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
    let l18 = i0 * 300u + j0;
    let v19 = acc12.x;
    let v20 = b3[j0];
    let v21 = (v19 + v20);
    b2[l18] = v21;
  }
  {
    let j22 = j0 + 1u;
    let l23 = i0 * 300u + j22;
    let v24 = acc12.y;
    let v25 = b3[j22];
    let v26 = (v24 + v25);
    b2[l23] = v26;
  }
  {
    let j27 = j0 + 2u;
    let l28 = i0 * 300u + j27;
    let v29 = acc12.z;
    let v30 = b3[j27];
    let v31 = (v29 + v30);
    b2[l28] = v31;
  }
  {
    let j32 = j0 + 3u;
    let l33 = i0 * 300u + j32;
    let v34 = acc12.w;
    let v35 = b3[j32];
    let v36 = (v34 + v35);
    b2[l33] = v36;
  }
  {
    let i37 = i0 + 1u;
    let l38 = i37 * 300u + j0;
    let v39 = acc13.x;
    let v40 = b3[j0];
    let v41 = (v39 + v40);
    b2[l38] = v41;
  }
  {
    let i42 = i0 + 1u;
    let j43 = j0 + 1u;
    let l44 = i42 * 300u + j43;
    let v45 = acc13.y;
    let v46 = b3[j43];
    let v47 = (v45 + v46);
    b2[l44] = v47;
  }
  {
    let i48 = i0 + 1u;
    let j49 = j0 + 2u;
    let l50 = i48 * 300u + j49;
    let v51 = acc13.z;
    let v52 = b3[j49];
    let v53 = (v51 + v52);
    b2[l50] = v53;
  }
  {
    let i54 = i0 + 1u;
    let j55 = j0 + 3u;
    let l56 = i54 * 300u + j55;
    let v57 = acc13.w;
    let v58 = b3[j55];
    let v59 = (v57 + v58);
    b2[l56] = v59;
  }
  {
    let i60 = i0 + 2u;
    let l61 = i60 * 300u + j0;
    let v62 = acc14.x;
    let v63 = b3[j0];
    let v64 = (v62 + v63);
    b2[l61] = v64;
  }
  {
    let i65 = i0 + 2u;
    let j66 = j0 + 1u;
    let l67 = i65 * 300u + j66;
    let v68 = acc14.y;
    let v69 = b3[j66];
    let v70 = (v68 + v69);
    b2[l67] = v70;
  }
  {
    let i71 = i0 + 2u;
    let j72 = j0 + 2u;
    let l73 = i71 * 300u + j72;
    let v74 = acc14.z;
    let v75 = b3[j72];
    let v76 = (v74 + v75);
    b2[l73] = v76;
  }
  {
    let i77 = i0 + 2u;
    let j78 = j0 + 3u;
    let l79 = i77 * 300u + j78;
    let v80 = acc14.w;
    let v81 = b3[j78];
    let v82 = (v80 + v81);
    b2[l79] = v82;
  }
  {
    let i83 = i0 + 3u;
    let l84 = i83 * 300u + j0;
    let v85 = acc15.x;
    let v86 = b3[j0];
    let v87 = (v85 + v86);
    b2[l84] = v87;
  }
  {
    let i88 = i0 + 3u;
    let j89 = j0 + 1u;
    let l90 = i88 * 300u + j89;
    let v91 = acc15.y;
    let v92 = b3[j89];
    let v93 = (v91 + v92);
    b2[l90] = v93;
  }
  {
    let i94 = i0 + 3u;
    let j95 = j0 + 2u;
    let l96 = i94 * 300u + j95;
    let v97 = acc15.z;
    let v98 = b3[j95];
    let v99 = (v97 + v98);
    b2[l96] = v99;
  }
  {
    let i100 = i0 + 3u;
    let j101 = j0 + 3u;
    let l102 = i100 * 300u + j101;
    let v103 = acc15.w;
    let v104 = b3[j101];
    let v105 = (v103 + v104);
    b2[l102] = v105;
  }
}

// ---- 010_gt_hidden1.wgsl
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

// ---- 011_select_hidden1.wgsl
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

// ---- 012_matmul_outputs.wgsl
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
  let ra8 = row0 * 300u;
  let ra9 = row1 * 300u;
  let ra10 = row2 * 300u;
  let ra11 = row3 * 300u;
  var acc12: vec4<f32> = vec4<f32>(0.0);
  var acc13: vec4<f32> = vec4<f32>(0.0);
  var acc14: vec4<f32> = vec4<f32>(0.0);
  var acc15: vec4<f32> = vec4<f32>(0.0);
  for (var k: u32 = 0u; k < 300u; k = k + 1u) {
    let rb16 = k * 10u;
    let bv17 = vec4<f32>(b1[rb16 + col4], b1[rb16 + col5], b1[rb16 + col6], b1[rb16 + col7]);
    acc12 = acc12 + b0[ra8 + k] * bv17;
    acc13 = acc13 + b0[ra9 + k] * bv17;
    acc14 = acc14 + b0[ra10 + k] * bv17;
    acc15 = acc15 + b0[ra11 + k] * bv17;
  }
  {
    let l18 = i0 * 10u + j0;
    let v19 = acc12.x;
    let v20 = b3[j0];
    let v21 = (v19 + v20);
    b2[l18] = v21;
  }
  if (j0 + 1u < 10u) {
    let j22 = j0 + 1u;
    let l23 = i0 * 10u + j22;
    let v24 = acc12.y;
    let v25 = b3[j22];
    let v26 = (v24 + v25);
    b2[l23] = v26;
  }
  if (j0 + 2u < 10u) {
    let j27 = j0 + 2u;
    let l28 = i0 * 10u + j27;
    let v29 = acc12.z;
    let v30 = b3[j27];
    let v31 = (v29 + v30);
    b2[l28] = v31;
  }
  if (j0 + 3u < 10u) {
    let j32 = j0 + 3u;
    let l33 = i0 * 10u + j32;
    let v34 = acc12.w;
    let v35 = b3[j32];
    let v36 = (v34 + v35);
    b2[l33] = v36;
  }
  {
    let i37 = i0 + 1u;
    let l38 = i37 * 10u + j0;
    let v39 = acc13.x;
    let v40 = b3[j0];
    let v41 = (v39 + v40);
    b2[l38] = v41;
  }
  if (j0 + 1u < 10u) {
    let i42 = i0 + 1u;
    let j43 = j0 + 1u;
    let l44 = i42 * 10u + j43;
    let v45 = acc13.y;
    let v46 = b3[j43];
    let v47 = (v45 + v46);
    b2[l44] = v47;
  }
  if (j0 + 2u < 10u) {
    let i48 = i0 + 1u;
    let j49 = j0 + 2u;
    let l50 = i48 * 10u + j49;
    let v51 = acc13.z;
    let v52 = b3[j49];
    let v53 = (v51 + v52);
    b2[l50] = v53;
  }
  if (j0 + 3u < 10u) {
    let i54 = i0 + 1u;
    let j55 = j0 + 3u;
    let l56 = i54 * 10u + j55;
    let v57 = acc13.w;
    let v58 = b3[j55];
    let v59 = (v57 + v58);
    b2[l56] = v59;
  }
  {
    let i60 = i0 + 2u;
    let l61 = i60 * 10u + j0;
    let v62 = acc14.x;
    let v63 = b3[j0];
    let v64 = (v62 + v63);
    b2[l61] = v64;
  }
  if (j0 + 1u < 10u) {
    let i65 = i0 + 2u;
    let j66 = j0 + 1u;
    let l67 = i65 * 10u + j66;
    let v68 = acc14.y;
    let v69 = b3[j66];
    let v70 = (v68 + v69);
    b2[l67] = v70;
  }
  if (j0 + 2u < 10u) {
    let i71 = i0 + 2u;
    let j72 = j0 + 2u;
    let l73 = i71 * 10u + j72;
    let v74 = acc14.z;
    let v75 = b3[j72];
    let v76 = (v74 + v75);
    b2[l73] = v76;
  }
  if (j0 + 3u < 10u) {
    let i77 = i0 + 2u;
    let j78 = j0 + 3u;
    let l79 = i77 * 10u + j78;
    let v80 = acc14.w;
    let v81 = b3[j78];
    let v82 = (v80 + v81);
    b2[l79] = v82;
  }
  {
    let i83 = i0 + 3u;
    let l84 = i83 * 10u + j0;
    let v85 = acc15.x;
    let v86 = b3[j0];
    let v87 = (v85 + v86);
    b2[l84] = v87;
  }
  if (j0 + 1u < 10u) {
    let i88 = i0 + 3u;
    let j89 = j0 + 1u;
    let l90 = i88 * 10u + j89;
    let v91 = acc15.y;
    let v92 = b3[j89];
    let v93 = (v91 + v92);
    b2[l90] = v93;
  }
  if (j0 + 2u < 10u) {
    let i94 = i0 + 3u;
    let j95 = j0 + 2u;
    let l96 = i94 * 10u + j95;
    let v97 = acc15.z;
    let v98 = b3[j95];
    let v99 = (v97 + v98);
    b2[l96] = v99;
  }
  if (j0 + 3u < 10u) {
    let i100 = i0 + 3u;
    let j101 = j0 + 3u;
    let l102 = i100 * 10u + j101;
    let v103 = acc15.w;
    let v104 = b3[j101];
    let v105 = (v103 + v104);
    b2[l102] = v105;
  }
}

// ---- 013_one_hot_base_loss.wgsl
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

// ---- 014_reduce_max_base_loss.wgsl
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

// ---- 015_sub_base_loss.wgsl
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

// ---- 016_exp_base_loss.wgsl
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

// ---- 017_reduce_sum_base_loss.wgsl
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

// ---- 018_reduce_sum_base_loss.wgsl
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

// ---- 019_reduce_sum_base_loss.wgsl
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
  b1[i] = acc0;
}

// ---- 020_reduce_sum_loss.wgsl
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

// ---- 021_reduce_sum_loss.wgsl
@group(0) @binding(0) var<storage, read> b0: array<f32>;
@group(0) @binding(1) var<storage, read> b1: array<f32>;
@group(0) @binding(2) var<storage, read> b2: array<f32>;
@group(0) @binding(3) var<storage, read_write> b3: array<f32>;

@compute @workgroup_size(64)
fn main(@builtin(global_invocation_id) gid: vec3<u32>) {
  let i = gid.x;
  if (i >= 1u) { return; }
  let v0 = b0[i];
  let v1 = (v0 / 200.0);
  let v2 = b1[i];
  var acc3: f32 = 0.0;
  for (var r: u32 = 0u; r < 3000u; r = r + 1u) {
    let c4 = (r / 10u);
    let c5 = (r % 10u);
    let l6 = c4 * 10u + c5;
    let v7 = b2[l6];
    let v8 = abs(v7);
    acc3 = acc3 + v8;
  }
  let v9 = (v2 + acc3);
  let v10 = (0.001 * v9);
  let v11 = (v1 + v10);
  b3[i] = v11;
}

// ---- 022_reduce_sum_accuracy.wgsl
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

// ---- 023_reduce_sum_accuracy.wgsl
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

// ---- 024_reduce_sum_accuracy.wgsl
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

// ---- 025_mul_grad.wgsl
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

// ---- 026_reduce_sum_grad.wgsl
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

// ---- 027_add_grad.wgsl
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

// ---- 028_matmul_grad.wgsl
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
    let l21 = i0 * 300u + j0;
    let v22 = acc16.x;
    let v23 = b3[l21];
    let v24 = select(0.0, v22, v23 != 0.0);
    b2[l21] = v24;
  }
  {
    let j25 = j0 + 1u;
    let l26 = i0 * 300u + j25;
    let v27 = acc16.y;
    let v28 = b3[l26];
    let v29 = select(0.0, v27, v28 != 0.0);
    b2[l26] = v29;
  }
  {
    let j30 = j0 + 2u;
    let l31 = i0 * 300u + j30;
    let v32 = acc16.z;
    let v33 = b3[l31];
    let v34 = select(0.0, v32, v33 != 0.0);
    b2[l31] = v34;
  }
  {
    let j35 = j0 + 3u;
    let l36 = i0 * 300u + j35;
    let v37 = acc16.w;
    let v38 = b3[l36];
    let v39 = select(0.0, v37, v38 != 0.0);
    b2[l36] = v39;
  }
  {
    let i40 = i0 + 1u;
    let l41 = i40 * 300u + j0;
    let v42 = acc17.x;
    let v43 = b3[l41];
    let v44 = select(0.0, v42, v43 != 0.0);
    b2[l41] = v44;
  }
  {
    let i45 = i0 + 1u;
    let j46 = j0 + 1u;
    let l47 = i45 * 300u + j46;
    let v48 = acc17.y;
    let v49 = b3[l47];
    let v50 = select(0.0, v48, v49 != 0.0);
    b2[l47] = v50;
  }
  {
    let i51 = i0 + 1u;
    let j52 = j0 + 2u;
    let l53 = i51 * 300u + j52;
    let v54 = acc17.z;
    let v55 = b3[l53];
    let v56 = select(0.0, v54, v55 != 0.0);
    b2[l53] = v56;
  }
  {
    let i57 = i0 + 1u;
    let j58 = j0 + 3u;
    let l59 = i57 * 300u + j58;
    let v60 = acc17.w;
    let v61 = b3[l59];
    let v62 = select(0.0, v60, v61 != 0.0);
    b2[l59] = v62;
  }
  {
    let i63 = i0 + 2u;
    let l64 = i63 * 300u + j0;
    let v65 = acc18.x;
    let v66 = b3[l64];
    let v67 = select(0.0, v65, v66 != 0.0);
    b2[l64] = v67;
  }
  {
    let i68 = i0 + 2u;
    let j69 = j0 + 1u;
    let l70 = i68 * 300u + j69;
    let v71 = acc18.y;
    let v72 = b3[l70];
    let v73 = select(0.0, v71, v72 != 0.0);
    b2[l70] = v73;
  }
  {
    let i74 = i0 + 2u;
    let j75 = j0 + 2u;
    let l76 = i74 * 300u + j75;
    let v77 = acc18.z;
    let v78 = b3[l76];
    let v79 = select(0.0, v77, v78 != 0.0);
    b2[l76] = v79;
  }
  {
    let i80 = i0 + 2u;
    let j81 = j0 + 3u;
    let l82 = i80 * 300u + j81;
    let v83 = acc18.w;
    let v84 = b3[l82];
    let v85 = select(0.0, v83, v84 != 0.0);
    b2[l82] = v85;
  }
  {
    let i86 = i0 + 3u;
    let l87 = i86 * 300u + j0;
    let v88 = acc19.x;
    let v89 = b3[l87];
    let v90 = select(0.0, v88, v89 != 0.0);
    b2[l87] = v90;
  }
  {
    let i91 = i0 + 3u;
    let j92 = j0 + 1u;
    let l93 = i91 * 300u + j92;
    let v94 = acc19.y;
    let v95 = b3[l93];
    let v96 = select(0.0, v94, v95 != 0.0);
    b2[l93] = v96;
  }
  {
    let i97 = i0 + 3u;
    let j98 = j0 + 2u;
    let l99 = i97 * 300u + j98;
    let v100 = acc19.z;
    let v101 = b3[l99];
    let v102 = select(0.0, v100, v101 != 0.0);
    b2[l99] = v102;
  }
  {
    let i103 = i0 + 3u;
    let j104 = j0 + 3u;
    let l105 = i103 * 300u + j104;
    let v106 = acc19.w;
    let v107 = b3[l105];
    let v108 = select(0.0, v106, v107 != 0.0);
    b2[l105] = v108;
  }
}

// ---- 029_matmul_optimizer.wgsl
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
    let v17 = sign(v16);
    let v18 = (0.001 * v17);
    let v19 = acc8.x;
    let v20 = (v18 + v19);
    let v21 = (v20 * 0.01);
    let v22 = (v16 - v21);
    b2[l15] = v22;
  }
  {
    let j23 = j0 + 1u;
    let l24 = i0 * 300u + j23;
    let v25 = b2[l24];
    let v26 = sign(v25);
    let v27 = (0.001 * v26);
    let v28 = acc8.y;
    let v29 = (v27 + v28);
    let v30 = (v29 * 0.01);
    let v31 = (v25 - v30);
    b2[l24] = v31;
  }
  {
    let j32 = j0 + 2u;
    let l33 = i0 * 300u + j32;
    let v34 = b2[l33];
    let v35 = sign(v34);
    let v36 = (0.001 * v35);
    let v37 = acc8.z;
    let v38 = (v36 + v37);
    let v39 = (v38 * 0.01);
    let v40 = (v34 - v39);
    b2[l33] = v40;
  }
  {
    let j41 = j0 + 3u;
    let l42 = i0 * 300u + j41;
    let v43 = b2[l42];
    let v44 = sign(v43);
    let v45 = (0.001 * v44);
    let v46 = acc8.w;
    let v47 = (v45 + v46);
    let v48 = (v47 * 0.01);
    let v49 = (v43 - v48);
    b2[l42] = v49;
  }
  {
    let i50 = i0 + 1u;
    let l51 = i50 * 300u + j0;
    let v52 = b2[l51];
    let v53 = sign(v52);
    let v54 = (0.001 * v53);
    let v55 = acc9.x;
    let v56 = (v54 + v55);
    let v57 = (v56 * 0.01);
    let v58 = (v52 - v57);
    b2[l51] = v58;
  }
  {
    let i59 = i0 + 1u;
    let j60 = j0 + 1u;
    let l61 = i59 * 300u + j60;
    let v62 = b2[l61];
    let v63 = sign(v62);
    let v64 = (0.001 * v63);
    let v65 = acc9.y;
    let v66 = (v64 + v65);
    let v67 = (v66 * 0.01);
    let v68 = (v62 - v67);
    b2[l61] = v68;
  }
  {
    let i69 = i0 + 1u;
    let j70 = j0 + 2u;
    let l71 = i69 * 300u + j70;
    let v72 = b2[l71];
    let v73 = sign(v72);
    let v74 = (0.001 * v73);
    let v75 = acc9.z;
    let v76 = (v74 + v75);
    let v77 = (v76 * 0.01);
    let v78 = (v72 - v77);
    b2[l71] = v78;
  }
  {
    let i79 = i0 + 1u;
    let j80 = j0 + 3u;
    let l81 = i79 * 300u + j80;
    let v82 = b2[l81];
    let v83 = sign(v82);
    let v84 = (0.001 * v83);
    let v85 = acc9.w;
    let v86 = (v84 + v85);
    let v87 = (v86 * 0.01);
    let v88 = (v82 - v87);
    b2[l81] = v88;
  }
  {
    let i89 = i0 + 2u;
    let l90 = i89 * 300u + j0;
    let v91 = b2[l90];
    let v92 = sign(v91);
    let v93 = (0.001 * v92);
    let v94 = acc10.x;
    let v95 = (v93 + v94);
    let v96 = (v95 * 0.01);
    let v97 = (v91 - v96);
    b2[l90] = v97;
  }
  {
    let i98 = i0 + 2u;
    let j99 = j0 + 1u;
    let l100 = i98 * 300u + j99;
    let v101 = b2[l100];
    let v102 = sign(v101);
    let v103 = (0.001 * v102);
    let v104 = acc10.y;
    let v105 = (v103 + v104);
    let v106 = (v105 * 0.01);
    let v107 = (v101 - v106);
    b2[l100] = v107;
  }
  {
    let i108 = i0 + 2u;
    let j109 = j0 + 2u;
    let l110 = i108 * 300u + j109;
    let v111 = b2[l110];
    let v112 = sign(v111);
    let v113 = (0.001 * v112);
    let v114 = acc10.z;
    let v115 = (v113 + v114);
    let v116 = (v115 * 0.01);
    let v117 = (v111 - v116);
    b2[l110] = v117;
  }
  {
    let i118 = i0 + 2u;
    let j119 = j0 + 3u;
    let l120 = i118 * 300u + j119;
    let v121 = b2[l120];
    let v122 = sign(v121);
    let v123 = (0.001 * v122);
    let v124 = acc10.w;
    let v125 = (v123 + v124);
    let v126 = (v125 * 0.01);
    let v127 = (v121 - v126);
    b2[l120] = v127;
  }
  {
    let i128 = i0 + 3u;
    let l129 = i128 * 300u + j0;
    let v130 = b2[l129];
    let v131 = sign(v130);
    let v132 = (0.001 * v131);
    let v133 = acc11.x;
    let v134 = (v132 + v133);
    let v135 = (v134 * 0.01);
    let v136 = (v130 - v135);
    b2[l129] = v136;
  }
  {
    let i137 = i0 + 3u;
    let j138 = j0 + 1u;
    let l139 = i137 * 300u + j138;
    let v140 = b2[l139];
    let v141 = sign(v140);
    let v142 = (0.001 * v141);
    let v143 = acc11.y;
    let v144 = (v142 + v143);
    let v145 = (v144 * 0.01);
    let v146 = (v140 - v145);
    b2[l139] = v146;
  }
  {
    let i147 = i0 + 3u;
    let j148 = j0 + 2u;
    let l149 = i147 * 300u + j148;
    let v150 = b2[l149];
    let v151 = sign(v150);
    let v152 = (0.001 * v151);
    let v153 = acc11.z;
    let v154 = (v152 + v153);
    let v155 = (v154 * 0.01);
    let v156 = (v150 - v155);
    b2[l149] = v156;
  }
  {
    let i157 = i0 + 3u;
    let j158 = j0 + 3u;
    let l159 = i157 * 300u + j158;
    let v160 = b2[l159];
    let v161 = sign(v160);
    let v162 = (0.001 * v161);
    let v163 = acc11.w;
    let v164 = (v162 + v163);
    let v165 = (v164 * 0.01);
    let v166 = (v160 - v165);
    b2[l159] = v166;
  }
}

// ---- 030_reduce_sum_optimizer.wgsl
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

// ---- 031_matmul_optimizer.wgsl
@group(0) @binding(0) var<storage, read> b0: array<f32>;
@group(0) @binding(1) var<storage, read> b1: array<f32>;
@group(0) @binding(2) var<storage, read_write> b2: array<f32>;

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
    let bv13 = vec4<f32>(b1[rb12 + col4], b1[rb12 + col5], b1[rb12 + col6], b1[rb12 + col7]);
    let rk14 = k * 300u;
    acc8 = acc8 + b0[rk14 + row0] * bv13;
    acc9 = acc9 + b0[rk14 + row1] * bv13;
    acc10 = acc10 + b0[rk14 + row2] * bv13;
    acc11 = acc11 + b0[rk14 + row3] * bv13;
  }
  {
    let l15 = i0 * 10u + j0;
    let v16 = b2[l15];
    let v17 = sign(v16);
    let v18 = (0.001 * v17);
    let v19 = acc8.x;
    let v20 = (v18 + v19);
    let v21 = (v20 * 0.01);
    let v22 = (v16 - v21);
    b2[l15] = v22;
  }
  if (j0 + 1u < 10u) {
    let j23 = j0 + 1u;
    let l24 = i0 * 10u + j23;
    let v25 = b2[l24];
    let v26 = sign(v25);
    let v27 = (0.001 * v26);
    let v28 = acc8.y;
    let v29 = (v27 + v28);
    let v30 = (v29 * 0.01);
    let v31 = (v25 - v30);
    b2[l24] = v31;
  }
  if (j0 + 2u < 10u) {
    let j32 = j0 + 2u;
    let l33 = i0 * 10u + j32;
    let v34 = b2[l33];
    let v35 = sign(v34);
    let v36 = (0.001 * v35);
    let v37 = acc8.z;
    let v38 = (v36 + v37);
    let v39 = (v38 * 0.01);
    let v40 = (v34 - v39);
    b2[l33] = v40;
  }
  if (j0 + 3u < 10u) {
    let j41 = j0 + 3u;
    let l42 = i0 * 10u + j41;
    let v43 = b2[l42];
    let v44 = sign(v43);
    let v45 = (0.001 * v44);
    let v46 = acc8.w;
    let v47 = (v45 + v46);
    let v48 = (v47 * 0.01);
    let v49 = (v43 - v48);
    b2[l42] = v49;
  }
  {
    let i50 = i0 + 1u;
    let l51 = i50 * 10u + j0;
    let v52 = b2[l51];
    let v53 = sign(v52);
    let v54 = (0.001 * v53);
    let v55 = acc9.x;
    let v56 = (v54 + v55);
    let v57 = (v56 * 0.01);
    let v58 = (v52 - v57);
    b2[l51] = v58;
  }
  if (j0 + 1u < 10u) {
    let i59 = i0 + 1u;
    let j60 = j0 + 1u;
    let l61 = i59 * 10u + j60;
    let v62 = b2[l61];
    let v63 = sign(v62);
    let v64 = (0.001 * v63);
    let v65 = acc9.y;
    let v66 = (v64 + v65);
    let v67 = (v66 * 0.01);
    let v68 = (v62 - v67);
    b2[l61] = v68;
  }
  if (j0 + 2u < 10u) {
    let i69 = i0 + 1u;
    let j70 = j0 + 2u;
    let l71 = i69 * 10u + j70;
    let v72 = b2[l71];
    let v73 = sign(v72);
    let v74 = (0.001 * v73);
    let v75 = acc9.z;
    let v76 = (v74 + v75);
    let v77 = (v76 * 0.01);
    let v78 = (v72 - v77);
    b2[l71] = v78;
  }
  if (j0 + 3u < 10u) {
    let i79 = i0 + 1u;
    let j80 = j0 + 3u;
    let l81 = i79 * 10u + j80;
    let v82 = b2[l81];
    let v83 = sign(v82);
    let v84 = (0.001 * v83);
    let v85 = acc9.w;
    let v86 = (v84 + v85);
    let v87 = (v86 * 0.01);
    let v88 = (v82 - v87);
    b2[l81] = v88;
  }
  {
    let i89 = i0 + 2u;
    let l90 = i89 * 10u + j0;
    let v91 = b2[l90];
    let v92 = sign(v91);
    let v93 = (0.001 * v92);
    let v94 = acc10.x;
    let v95 = (v93 + v94);
    let v96 = (v95 * 0.01);
    let v97 = (v91 - v96);
    b2[l90] = v97;
  }
  if (j0 + 1u < 10u) {
    let i98 = i0 + 2u;
    let j99 = j0 + 1u;
    let l100 = i98 * 10u + j99;
    let v101 = b2[l100];
    let v102 = sign(v101);
    let v103 = (0.001 * v102);
    let v104 = acc10.y;
    let v105 = (v103 + v104);
    let v106 = (v105 * 0.01);
    let v107 = (v101 - v106);
    b2[l100] = v107;
  }
  if (j0 + 2u < 10u) {
    let i108 = i0 + 2u;
    let j109 = j0 + 2u;
    let l110 = i108 * 10u + j109;
    let v111 = b2[l110];
    let v112 = sign(v111);
    let v113 = (0.001 * v112);
    let v114 = acc10.z;
    let v115 = (v113 + v114);
    let v116 = (v115 * 0.01);
    let v117 = (v111 - v116);
    b2[l110] = v117;
  }
  if (j0 + 3u < 10u) {
    let i118 = i0 + 2u;
    let j119 = j0 + 3u;
    let l120 = i118 * 10u + j119;
    let v121 = b2[l120];
    let v122 = sign(v121);
    let v123 = (0.001 * v122);
    let v124 = acc10.w;
    let v125 = (v123 + v124);
    let v126 = (v125 * 0.01);
    let v127 = (v121 - v126);
    b2[l120] = v127;
  }
  {
    let i128 = i0 + 3u;
    let l129 = i128 * 10u + j0;
    let v130 = b2[l129];
    let v131 = sign(v130);
    let v132 = (0.001 * v131);
    let v133 = acc11.x;
    let v134 = (v132 + v133);
    let v135 = (v134 * 0.01);
    let v136 = (v130 - v135);
    b2[l129] = v136;
  }
  if (j0 + 1u < 10u) {
    let i137 = i0 + 3u;
    let j138 = j0 + 1u;
    let l139 = i137 * 10u + j138;
    let v140 = b2[l139];
    let v141 = sign(v140);
    let v142 = (0.001 * v141);
    let v143 = acc11.y;
    let v144 = (v142 + v143);
    let v145 = (v144 * 0.01);
    let v146 = (v140 - v145);
    b2[l139] = v146;
  }
  if (j0 + 2u < 10u) {
    let i147 = i0 + 3u;
    let j148 = j0 + 2u;
    let l149 = i147 * 10u + j148;
    let v150 = b2[l149];
    let v151 = sign(v150);
    let v152 = (0.001 * v151);
    let v153 = acc11.z;
    let v154 = (v152 + v153);
    let v155 = (v154 * 0.01);
    let v156 = (v150 - v155);
    b2[l149] = v156;
  }
  if (j0 + 3u < 10u) {
    let i157 = i0 + 3u;
    let j158 = j0 + 3u;
    let l159 = i157 * 10u + j158;
    let v160 = b2[l159];
    let v161 = sign(v160);
    let v162 = (0.001 * v161);
    let v163 = acc11.w;
    let v164 = (v162 + v163);
    let v165 = (v164 * 0.01);
    let v166 = (v160 - v165);
    b2[l159] = v166;
  }
}

// ---- 032_reduce_sum_optimizer.wgsl
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

// ---- 033_add_metrics.wgsl
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

// ---- 034_add_metrics.wgsl
@group(0) @binding(0) var<storage, read_write> b0: array<f32>;

@compute @workgroup_size(64)
fn main(@builtin(global_invocation_id) gid: vec3<u32>) {
  let i = gid.x;
  if (i >= 1u) { return; }
  let v0 = b0[i];
  let v1 = (v0 + 1.0);
  b0[i] = v1;
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

// ---- 036_feed_eval_y.wgsl
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

// ---- 037_matmul_hidden1.wgsl
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
    let l18 = i0 * 300u + j0;
    let v19 = acc12.x;
    let v20 = b3[j0];
    let v21 = (v19 + v20);
    let v22 = select(0.0, 1.0, v21 > 0.0);
    let v23 = select(0.0, v21, v22 != 0.0);
    b2[l18] = v23;
  }
  {
    let j24 = j0 + 1u;
    let l25 = i0 * 300u + j24;
    let v26 = acc12.y;
    let v27 = b3[j24];
    let v28 = (v26 + v27);
    let v29 = select(0.0, 1.0, v28 > 0.0);
    let v30 = select(0.0, v28, v29 != 0.0);
    b2[l25] = v30;
  }
  {
    let j31 = j0 + 2u;
    let l32 = i0 * 300u + j31;
    let v33 = acc12.z;
    let v34 = b3[j31];
    let v35 = (v33 + v34);
    let v36 = select(0.0, 1.0, v35 > 0.0);
    let v37 = select(0.0, v35, v36 != 0.0);
    b2[l32] = v37;
  }
  {
    let j38 = j0 + 3u;
    let l39 = i0 * 300u + j38;
    let v40 = acc12.w;
    let v41 = b3[j38];
    let v42 = (v40 + v41);
    let v43 = select(0.0, 1.0, v42 > 0.0);
    let v44 = select(0.0, v42, v43 != 0.0);
    b2[l39] = v44;
  }
  {
    let i45 = i0 + 1u;
    let l46 = i45 * 300u + j0;
    let v47 = acc13.x;
    let v48 = b3[j0];
    let v49 = (v47 + v48);
    let v50 = select(0.0, 1.0, v49 > 0.0);
    let v51 = select(0.0, v49, v50 != 0.0);
    b2[l46] = v51;
  }
  {
    let i52 = i0 + 1u;
    let j53 = j0 + 1u;
    let l54 = i52 * 300u + j53;
    let v55 = acc13.y;
    let v56 = b3[j53];
    let v57 = (v55 + v56);
    let v58 = select(0.0, 1.0, v57 > 0.0);
    let v59 = select(0.0, v57, v58 != 0.0);
    b2[l54] = v59;
  }
  {
    let i60 = i0 + 1u;
    let j61 = j0 + 2u;
    let l62 = i60 * 300u + j61;
    let v63 = acc13.z;
    let v64 = b3[j61];
    let v65 = (v63 + v64);
    let v66 = select(0.0, 1.0, v65 > 0.0);
    let v67 = select(0.0, v65, v66 != 0.0);
    b2[l62] = v67;
  }
  {
    let i68 = i0 + 1u;
    let j69 = j0 + 3u;
    let l70 = i68 * 300u + j69;
    let v71 = acc13.w;
    let v72 = b3[j69];
    let v73 = (v71 + v72);
    let v74 = select(0.0, 1.0, v73 > 0.0);
    let v75 = select(0.0, v73, v74 != 0.0);
    b2[l70] = v75;
  }
  {
    let i76 = i0 + 2u;
    let l77 = i76 * 300u + j0;
    let v78 = acc14.x;
    let v79 = b3[j0];
    let v80 = (v78 + v79);
    let v81 = select(0.0, 1.0, v80 > 0.0);
    let v82 = select(0.0, v80, v81 != 0.0);
    b2[l77] = v82;
  }
  {
    let i83 = i0 + 2u;
    let j84 = j0 + 1u;
    let l85 = i83 * 300u + j84;
    let v86 = acc14.y;
    let v87 = b3[j84];
    let v88 = (v86 + v87);
    let v89 = select(0.0, 1.0, v88 > 0.0);
    let v90 = select(0.0, v88, v89 != 0.0);
    b2[l85] = v90;
  }
  {
    let i91 = i0 + 2u;
    let j92 = j0 + 2u;
    let l93 = i91 * 300u + j92;
    let v94 = acc14.z;
    let v95 = b3[j92];
    let v96 = (v94 + v95);
    let v97 = select(0.0, 1.0, v96 > 0.0);
    let v98 = select(0.0, v96, v97 != 0.0);
    b2[l93] = v98;
  }
  {
    let i99 = i0 + 2u;
    let j100 = j0 + 3u;
    let l101 = i99 * 300u + j100;
    let v102 = acc14.w;
    let v103 = b3[j100];
    let v104 = (v102 + v103);
    let v105 = select(0.0, 1.0, v104 > 0.0);
    let v106 = select(0.0, v104, v105 != 0.0);
    b2[l101] = v106;
  }
  {
    let i107 = i0 + 3u;
    let l108 = i107 * 300u + j0;
    let v109 = acc15.x;
    let v110 = b3[j0];
    let v111 = (v109 + v110);
    let v112 = select(0.0, 1.0, v111 > 0.0);
    let v113 = select(0.0, v111, v112 != 0.0);
    b2[l108] = v113;
  }
  {
    let i114 = i0 + 3u;
    let j115 = j0 + 1u;
    let l116 = i114 * 300u + j115;
    let v117 = acc15.y;
    let v118 = b3[j115];
    let v119 = (v117 + v118);
    let v120 = select(0.0, 1.0, v119 > 0.0);
    let v121 = select(0.0, v119, v120 != 0.0);
    b2[l116] = v121;
  }
  {
    let i122 = i0 + 3u;
    let j123 = j0 + 2u;
    let l124 = i122 * 300u + j123;
    let v125 = acc15.z;
    let v126 = b3[j123];
    let v127 = (v125 + v126);
    let v128 = select(0.0, 1.0, v127 > 0.0);
    let v129 = select(0.0, v127, v128 != 0.0);
    b2[l124] = v129;
  }
  {
    let i130 = i0 + 3u;
    let j131 = j0 + 3u;
    let l132 = i130 * 300u + j131;
    let v133 = acc15.w;
    let v134 = b3[j131];
    let v135 = (v133 + v134);
    let v136 = select(0.0, 1.0, v135 > 0.0);
    let v137 = select(0.0, v135, v136 != 0.0);
    b2[l132] = v137;
  }
}

// ---- 038_reduce_sum_base_loss.wgsl
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

// ---- 039_add_metrics.wgsl
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
