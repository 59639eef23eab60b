// ---- 000_add_hidden1_dense_kernel_x2.wgsl
@group(0) @binding(0) var<storage, read> s_rng_seed: array<u32>;
@group(0) @binding(1) var<storage, read_write> s_hidden1_dense_kernel: array<f32>;
@group(0) @binding(2) var<storage, read_write> s_hidden1_dense_kernel_adam_m: array<f32>;

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
  let k1 = stream_key(0u, 3615406128u, v0);
  let v2 = uniform01(k1, i);
  let c3 = (i / 300u);
  let c4 = (i % 300u);
  let v5 = (v2 * 0.14879590519303285);
  let v6 = (v5 + (-0.07439795259651642));
  s_hidden1_dense_kernel[i] = v6;
  s_hidden1_dense_kernel_adam_m[i] = 0.0;
}

// ---- 001_const_hidden1_dense_bias.wgsl
@group(0) @binding(0) var<storage, read_write> s_hidden1_dense_bias: array<f32>;

@compute @workgroup_size(64)
fn main(@builtin(global_invocation_id) gid: vec3<u32>) {
  let i = gid.x;
  if (i >= 300u) { return; }
  s_hidden1_dense_bias[i] = 0.0;
}

// ---- 002_add_hidden2_dense_kernel_x2.wgsl
@group(0) @binding(0) var<storage, read> s_rng_seed: array<u32>;
@group(0) @binding(1) var<storage, read_write> s_hidden2_dense_kernel: array<f32>;
@group(0) @binding(2) var<storage, read_write> s_hidden2_dense_kernel_adam_m: array<f32>;

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
  let k1 = stream_key(0u, 1202735807u, v0);
  let v2 = uniform01(k1, i);
  let c3 = (i / 100u);
  let c4 = (i % 100u);
  let v5 = (v2 * 0.2449489742783178);
  let v6 = (v5 + (-0.1224744871391589));
  s_hidden2_dense_kernel[i] = v6;
  s_hidden2_dense_kernel_adam_m[i] = 0.0;
}

// ---- 003_const_hidden2_dense_bias.wgsl
@group(0) @binding(0) var<storage, read_write> s_hidden2_dense_bias: array<f32>;

@compute @workgroup_size(64)
fn main(@builtin(global_invocation_id) gid: vec3<u32>) {
  let i = gid.x;
  if (i >= 100u) { return; }
  s_hidden2_dense_bias[i] = 0.0;
}

// ---- 004_add_logits_dense_kernel_x2.wgsl
@group(0) @binding(0) var<storage, read> s_rng_seed: array<u32>;
@group(0) @binding(1) var<storage, read_write> s_logits_dense_kernel: array<f32>;
@group(0) @binding(2) var<storage, read_write> s_logits_dense_kernel_adam_m: array<f32>;

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
  s_logits_dense_kernel_adam_m[i] = 0.0;
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
fn aug_pixel(base: u32, x: i32, y: i32) -> f32 {
  if (x < 0 || y < 0 || x >= 28 || y >= 28) { return 0.0; }
  let e = base + u32(y * 28 + x);
  if (info[1] == 1u) { return f32((data[e / 4u] >> ((e % 4u) * 8u)) & 0xffu) / 255.0; }
  return bitcast<f32>(data[e]);
}

fn aug_sample(base: u32, sx: f32, sy: f32) -> f32 {
  let x0 = floor(clamp(sx, -2.0, 29.0));
  let y0 = floor(clamp(sy, -2.0, 29.0));
  let fx = clamp(sx, -2.0, 29.0) - x0;
  let fy = clamp(sy, -2.0, 29.0) - y0;
  let ix = i32(x0);
  let iy = i32(y0);
  let top = mix(aug_pixel(base, ix, iy), aug_pixel(base, ix + 1, iy), fx);
  let bottom = mix(aug_pixel(base, ix, iy + 1), aug_pixel(base, ix + 1, iy + 1), fx);
  return mix(top, bottom, fy);
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
  let akey = stream_key(seed[0], 1096107853u, epoch[0]);
  let draw = min(ex, count - 1u) * 4u;
  let dx = (2.0 * uniform01(akey, draw) - 1.0) * 2.0;
  let dy = (2.0 * uniform01(akey, draw + 1u) - 1.0) * 2.0;
  let angle = (2.0 * uniform01(akey, draw + 2u) - 1.0) * 10.0 * 0.017453292519943295;
  let inv = 1.0 / (1.0 + (2.0 * uniform01(akey, draw + 3u) - 1.0) * 0.1);
  let ca = cos(angle) * inv;
  let sa = sin(angle) * inv;
  let base = min(ex, count - 1u) * features;
  let p0 = f + 0u;
  let x0 = f32(p0 % 28u) - 13.5 - dx;
  let y0 = f32(p0 / 28u) - 13.5 - dy;
  out[o + 0u] = aug_sample(base, ca * x0 + sa * y0 + 13.5, -sa * x0 + ca * y0 + 13.5);
  let p1 = f + 1u;
  let x1 = f32(p1 % 28u) - 13.5 - dx;
  let y1 = f32(p1 / 28u) - 13.5 - dy;
  out[o + 1u] = aug_sample(base, ca * x1 + sa * y1 + 13.5, -sa * x1 + ca * y1 + 13.5);
  let p2 = f + 2u;
  let x2 = f32(p2 % 28u) - 13.5 - dx;
  let y2 = f32(p2 / 28u) - 13.5 - dy;
  out[o + 2u] = aug_sample(base, ca * x2 + sa * y2 + 13.5, -sa * x2 + ca * y2 + 13.5);
  let p3 = f + 3u;
  let x3 = f32(p3 % 28u) - 13.5 - dx;
  let y3 = f32(p3 / 28u) - 13.5 - dy;
  out[o + 3u] = aug_sample(base, ca * x3 + sa * y3 + 13.5, -sa * x3 + ca * y3 + 13.5);
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
@group(0) @binding(0) var<storage, read> in_X_v4: array<vec4<f32>>;
@group(0) @binding(1) var<storage, read> s_hidden1_dense_kernel_v4: array<vec4<f32>>;
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
    let bv21 = s_hidden1_dense_kernel_v4[(kq20 * 300u + j0) / 4u];
    let kq22 = k * 4u + 1u;
    let bv23 = s_hidden1_dense_kernel_v4[(kq22 * 300u + j0) / 4u];
    let kq24 = k * 4u + 2u;
    let bv25 = s_hidden1_dense_kernel_v4[(kq24 * 300u + j0) / 4u];
    let kq26 = k * 4u + 3u;
    let bv27 = s_hidden1_dense_kernel_v4[(kq26 * 300u + j0) / 4u];
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
    let v30 = s_hidden1_dense_bias[j0];
    let v31 = (v29 + v30);
    tmp0[l28] = v31;
  }
  {
    let j32 = j0 + 1u;
    let l33 = i0 * 300u + j32;
    let v34 = acc8.y;
    let v35 = s_hidden1_dense_bias[j32];
    let v36 = (v34 + v35);
    tmp0[l33] = v36;
  }
  {
    let j37 = j0 + 2u;
    let l38 = i0 * 300u + j37;
    let v39 = acc8.z;
    let v40 = s_hidden1_dense_bias[j37];
    let v41 = (v39 + v40);
    tmp0[l38] = v41;
  }
  {
    let j42 = j0 + 3u;
    let l43 = i0 * 300u + j42;
    let v44 = acc8.w;
    let v45 = s_hidden1_dense_bias[j42];
    let v46 = (v44 + v45);
    tmp0[l43] = v46;
  }
  if (i0 + 1u < 50u) {
    let i47 = i0 + 1u;
    let l48 = i47 * 300u + j0;
    let v49 = acc9.x;
    let v50 = s_hidden1_dense_bias[j0];
    let v51 = (v49 + v50);
    tmp0[l48] = v51;
  }
  if (i0 + 1u < 50u) {
    let i52 = i0 + 1u;
    let j53 = j0 + 1u;
    let l54 = i52 * 300u + j53;
    let v55 = acc9.y;
    let v56 = s_hidden1_dense_bias[j53];
    let v57 = (v55 + v56);
    tmp0[l54] = v57;
  }
  if (i0 + 1u < 50u) {
    let i58 = i0 + 1u;
    let j59 = j0 + 2u;
    let l60 = i58 * 300u + j59;
    let v61 = acc9.z;
    let v62 = s_hidden1_dense_bias[j59];
    let v63 = (v61 + v62);
    tmp0[l60] = v63;
  }
  if (i0 + 1u < 50u) {
    let i64 = i0 + 1u;
    let j65 = j0 + 3u;
    let l66 = i64 * 300u + j65;
    let v67 = acc9.w;
    let v68 = s_hidden1_dense_bias[j65];
    let v69 = (v67 + v68);
    tmp0[l66] = v69;
  }
  if (i0 + 2u < 50u) {
    let i70 = i0 + 2u;
    let l71 = i70 * 300u + j0;
    let v72 = acc10.x;
    let v73 = s_hidden1_dense_bias[j0];
    let v74 = (v72 + v73);
    tmp0[l71] = v74;
  }
  if (i0 + 2u < 50u) {
    let i75 = i0 + 2u;
    let j76 = j0 + 1u;
    let l77 = i75 * 300u + j76;
    let v78 = acc10.y;
    let v79 = s_hidden1_dense_bias[j76];
    let v80 = (v78 + v79);
    tmp0[l77] = v80;
  }
  if (i0 + 2u < 50u) {
    let i81 = i0 + 2u;
    let j82 = j0 + 2u;
    let l83 = i81 * 300u + j82;
    let v84 = acc10.z;
    let v85 = s_hidden1_dense_bias[j82];
    let v86 = (v84 + v85);
    tmp0[l83] = v86;
  }
  if (i0 + 2u < 50u) {
    let i87 = i0 + 2u;
    let j88 = j0 + 3u;
    let l89 = i87 * 300u + j88;
    let v90 = acc10.w;
    let v91 = s_hidden1_dense_bias[j88];
    let v92 = (v90 + v91);
    tmp0[l89] = v92;
  }
  if (i0 + 3u < 50u) {
    let i93 = i0 + 3u;
    let l94 = i93 * 300u + j0;
    let v95 = acc11.x;
    let v96 = s_hidden1_dense_bias[j0];
    let v97 = (v95 + v96);
    tmp0[l94] = v97;
  }
  if (i0 + 3u < 50u) {
    let i98 = i0 + 3u;
    let j99 = j0 + 1u;
    let l100 = i98 * 300u + j99;
    let v101 = acc11.y;
    let v102 = s_hidden1_dense_bias[j99];
    let v103 = (v101 + v102);
    tmp0[l100] = v103;
  }
  if (i0 + 3u < 50u) {
    let i104 = i0 + 3u;
    let j105 = j0 + 2u;
    let l106 = i104 * 300u + j105;
    let v107 = acc11.z;
    let v108 = s_hidden1_dense_bias[j105];
    let v109 = (v107 + v108);
    tmp0[l106] = v109;
  }
  if (i0 + 3u < 50u) {
    let i110 = i0 + 3u;
    let j111 = j0 + 3u;
    let l112 = i110 * 300u + j111;
    let v113 = acc11.w;
    let v114 = s_hidden1_dense_bias[j111];
    let v115 = (v113 + v114);
    tmp0[l112] = v115;
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
@group(0) @binding(0) var<storage, read> tmp1_v4: array<vec4<f32>>;
@group(0) @binding(1) var<storage, read> s_hidden2_dense_kernel_v4: array<vec4<f32>>;
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
  let ra12 = row0 * 75u;
  let ra13 = row1 * 75u;
  let ra14 = row2 * 75u;
  let ra15 = row3 * 75u;
  for (var k: u32 = 0u; k < 75u; k = k + 1u) {
    let av16 = tmp1_v4[ra12 + k];
    let av17 = tmp1_v4[ra13 + k];
    let av18 = tmp1_v4[ra14 + k];
    let av19 = tmp1_v4[ra15 + k];
    let kq20 = k * 4u + 0u;
    let bv21 = s_hidden2_dense_kernel_v4[(kq20 * 100u + j0) / 4u];
    let kq22 = k * 4u + 1u;
    let bv23 = s_hidden2_dense_kernel_v4[(kq22 * 100u + j0) / 4u];
    let kq24 = k * 4u + 2u;
    let bv25 = s_hidden2_dense_kernel_v4[(kq24 * 100u + j0) / 4u];
    let kq26 = k * 4u + 3u;
    let bv27 = s_hidden2_dense_kernel_v4[(kq26 * 100u + j0) / 4u];
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
    let v30 = s_hidden2_dense_bias[j0];
    let v31 = (v29 + v30);
    tmp2[l28] = v31;
  }
  {
    let j32 = j0 + 1u;
    let l33 = i0 * 100u + j32;
    let v34 = acc8.y;
    let v35 = s_hidden2_dense_bias[j32];
    let v36 = (v34 + v35);
    tmp2[l33] = v36;
  }
  {
    let j37 = j0 + 2u;
    let l38 = i0 * 100u + j37;
    let v39 = acc8.z;
    let v40 = s_hidden2_dense_bias[j37];
    let v41 = (v39 + v40);
    tmp2[l38] = v41;
  }
  {
    let j42 = j0 + 3u;
    let l43 = i0 * 100u + j42;
    let v44 = acc8.w;
    let v45 = s_hidden2_dense_bias[j42];
    let v46 = (v44 + v45);
    tmp2[l43] = v46;
  }
  if (i0 + 1u < 50u) {
    let i47 = i0 + 1u;
    let l48 = i47 * 100u + j0;
    let v49 = acc9.x;
    let v50 = s_hidden2_dense_bias[j0];
    let v51 = (v49 + v50);
    tmp2[l48] = v51;
  }
  if (i0 + 1u < 50u) {
    let i52 = i0 + 1u;
    let j53 = j0 + 1u;
    let l54 = i52 * 100u + j53;
    let v55 = acc9.y;
    let v56 = s_hidden2_dense_bias[j53];
    let v57 = (v55 + v56);
    tmp2[l54] = v57;
  }
  if (i0 + 1u < 50u) {
    let i58 = i0 + 1u;
    let j59 = j0 + 2u;
    let l60 = i58 * 100u + j59;
    let v61 = acc9.z;
    let v62 = s_hidden2_dense_bias[j59];
    let v63 = (v61 + v62);
    tmp2[l60] = v63;
  }
  if (i0 + 1u < 50u) {
    let i64 = i0 + 1u;
    let j65 = j0 + 3u;
    let l66 = i64 * 100u + j65;
    let v67 = acc9.w;
    let v68 = s_hidden2_dense_bias[j65];
    let v69 = (v67 + v68);
    tmp2[l66] = v69;
  }
  if (i0 + 2u < 50u) {
    let i70 = i0 + 2u;
    let l71 = i70 * 100u + j0;
    let v72 = acc10.x;
    let v73 = s_hidden2_dense_bias[j0];
    let v74 = (v72 + v73);
    tmp2[l71] = v74;
  }
  if (i0 + 2u < 50u) {
    let i75 = i0 + 2u;
    let j76 = j0 + 1u;
    let l77 = i75 * 100u + j76;
    let v78 = acc10.y;
    let v79 = s_hidden2_dense_bias[j76];
    let v80 = (v78 + v79);
    tmp2[l77] = v80;
  }
  if (i0 + 2u < 50u) {
    let i81 = i0 + 2u;
    let j82 = j0 + 2u;
    let l83 = i81 * 100u + j82;
    let v84 = acc10.z;
    let v85 = s_hidden2_dense_bias[j82];
    let v86 = (v84 + v85);
    tmp2[l83] = v86;
  }
  if (i0 + 2u < 50u) {
    let i87 = i0 + 2u;
    let j88 = j0 + 3u;
    let l89 = i87 * 100u + j88;
    let v90 = acc10.w;
    let v91 = s_hidden2_dense_bias[j88];
    let v92 = (v90 + v91);
    tmp2[l89] = v92;
  }
  if (i0 + 3u < 50u) {
    let i93 = i0 + 3u;
    let l94 = i93 * 100u + j0;
    let v95 = acc11.x;
    let v96 = s_hidden2_dense_bias[j0];
    let v97 = (v95 + v96);
    tmp2[l94] = v97;
  }
  if (i0 + 3u < 50u) {
    let i98 = i0 + 3u;
    let j99 = j0 + 1u;
    let l100 = i98 * 100u + j99;
    let v101 = acc11.y;
    let v102 = s_hidden2_dense_bias[j99];
    let v103 = (v101 + v102);
    tmp2[l100] = v103;
  }
  if (i0 + 3u < 50u) {
    let i104 = i0 + 3u;
    let j105 = j0 + 2u;
    let l106 = i104 * 100u + j105;
    let v107 = acc11.z;
    let v108 = s_hidden2_dense_bias[j105];
    let v109 = (v107 + v108);
    tmp2[l106] = v109;
  }
  if (i0 + 3u < 50u) {
    let i110 = i0 + 3u;
    let j111 = j0 + 3u;
    let l112 = i110 * 100u + j111;
    let v113 = acc11.w;
    let v114 = s_hidden2_dense_bias[j111];
    let v115 = (v113 + v114);
    tmp2[l112] = v115;
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

// ---- 015_reduce_sum_loss_x3.wgsl
var<workgroup> wg_f32_0: array<f32, 64>;
var<workgroup> wg_f32_1: array<f32, 64>;
@group(0) @binding(0) var<storage, read> tmp4: array<f32>;
@group(0) @binding(1) var<storage, read> in_y: array<i32>;
@group(0) @binding(2) var<storage, read> s_counter_step: array<u32>;
@group(0) @binding(3) var<storage, read_write> out_loss: array<f32>;
@group(0) @binding(4) var<storage, read_write> out_accuracy: array<f32>;
@group(0) @binding(5) var<storage, read_write> tmp5: array<f32>;

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
  let v50 = s_counter_step[i];
  let v51 = f32(v50);
  let v52 = (v51 + 1.0);
  let v53 = (v52 * (-0.0010005003335835344));
  let v54 = exp(v53);
  let v55 = (1.0 - v54);
  let v56 = (v53 / 2.0);
  let v57 = (v53 / 3.0);
  let v58 = (v53 / 4.0);
  let v59 = (v53 / 5.0);
  let v60 = (v53 / 6.0);
  let v61 = (v53 / 7.0);
  let v62 = (v53 / 8.0);
  let v63 = (v53 / 9.0);
  let v64 = (v63 + 1.0);
  let v65 = (v62 * v64);
  let v66 = (v65 + 1.0);
  let v67 = (v61 * v66);
  let v68 = (v67 + 1.0);
  let v69 = (v60 * v68);
  let v70 = (v69 + 1.0);
  let v71 = (v59 * v70);
  let v72 = (v71 + 1.0);
  let v73 = (v58 * v72);
  let v74 = (v73 + 1.0);
  let v75 = (v57 * v74);
  let v76 = (v75 + 1.0);
  let v77 = (v56 * v76);
  let v78 = (v77 + 1.0);
  let v79 = (v53 * v78);
  let v80 = (-v79);
  let v81 = abs(v53);
  let v82 = select(0.0, 1.0, v81 < 0.1);
  let v83 = select(v55, v80, v82 != 0.0);
  let v84 = sqrt(v83);
  let v85 = (0.001 * v84);
  let v86 = (v52 * (-0.10536051565782628));
  let v87 = exp(v86);
  let v88 = (1.0 - v87);
  let v89 = (v86 / 2.0);
  let v90 = (v86 / 3.0);
  let v91 = (v86 / 4.0);
  let v92 = (v86 / 5.0);
  let v93 = (v86 / 6.0);
  let v94 = (v86 / 7.0);
  let v95 = (v86 / 8.0);
  let v96 = (v86 / 9.0);
  let v97 = (v96 + 1.0);
  let v98 = (v95 * v97);
  let v99 = (v98 + 1.0);
  let v100 = (v94 * v99);
  let v101 = (v100 + 1.0);
  let v102 = (v93 * v101);
  let v103 = (v102 + 1.0);
  let v104 = (v92 * v103);
  let v105 = (v104 + 1.0);
  let v106 = (v91 * v105);
  let v107 = (v106 + 1.0);
  let v108 = (v90 * v107);
  let v109 = (v108 + 1.0);
  let v110 = (v89 * v109);
  let v111 = (v110 + 1.0);
  let v112 = (v86 * v111);
  let v113 = (-v112);
  let v114 = abs(v86);
  let v115 = select(0.0, 1.0, v114 < 0.1);
  let v116 = select(v88, v113, v115 != 0.0);
  let v117 = (v85 / v116);
  storageBarrier();
  if (lane == 0u) {
    out_loss[i] = v48;
    out_accuracy[i] = v49;
    tmp5[i] = v117;
  }
}

// ---- 016_add_loss_grad.wgsl
@group(0) @binding(0) var<storage, read> in_y: array<i32>;
@group(0) @binding(1) var<storage, read> tmp4: array<f32>;
@group(0) @binding(2) var<storage, read_write> tmp6: array<f32>;

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
  tmp6[i] = v26;
}

// ---- 017_reduce_sum_logits_dense_bias_grad_x4.wgsl
var<workgroup> wg_f32_0: array<f32, 64>;
@group(0) @binding(0) var<storage, read> tmp6: array<f32>;
@group(0) @binding(1) var<storage, read_write> s_logits_dense_bias_adam_m: array<f32>;
@group(0) @binding(2) var<storage, read_write> s_logits_dense_bias_adam_v: array<f32>;
@group(0) @binding(3) var<storage, read_write> s_logits_dense_bias: array<f32>;
@group(0) @binding(4) var<storage, read> tmp5: array<f32>;

@compute @workgroup_size(64)
fn main(@builtin(workgroup_id) wid: vec3<u32>, @builtin(local_invocation_index) lane: u32) {
  let i = wid.x;
  var acc0: f32 = 0.0;
  for (var r1: u32 = lane; r1 < 50u; r1 = r1 + 64u) {
    let l2 = r1 * 10u + i;
    let v3 = tmp6[l2];
    acc0 = acc0 + v3;
  }
  wg_f32_0[lane] = acc0;
  workgroupBarrier();
  for (var s4: u32 = 32u; s4 > 0u; s4 = s4 >> 1u) {
    if (lane < s4) {
      wg_f32_0[lane] = wg_f32_0[lane] + wg_f32_0[lane + s4];
    }
    workgroupBarrier();
  }
  let red5 = wg_f32_0[0];
  let v6 = s_logits_dense_bias_adam_m[i];
  let v7 = (v6 * 0.9);
  let v8 = (red5 * 0.09999999999999998);
  let v9 = (v7 + v8);
  let v10 = s_logits_dense_bias_adam_v[i];
  let v11 = (v10 * 0.999);
  let v12 = (red5 * red5);
  let v13 = (v12 * 0.0010000000000000009);
  let v14 = (v11 + v13);
  let v15 = s_logits_dense_bias[i];
  let v16 = tmp5[0u];
  let v17 = (v9 * v16);
  let v18 = sqrt(v14);
  let v19 = (v18 + 1e-8);
  let v20 = (v17 / v19);
  let v21 = (v15 - v20);
  storageBarrier();
  if (lane == 0u) {
    s_logits_dense_bias_adam_m[i] = v9;
    s_logits_dense_bias_adam_v[i] = v14;
    s_logits_dense_bias[i] = v21;
  }
}

// ---- 018_matmul_logits_dense_kernel_grad.wgsl
@group(0) @binding(0) var<storage, read> tmp3: array<f32>;
@group(0) @binding(1) var<storage, read> tmp6: array<f32>;
@group(0) @binding(2) var<storage, read_write> tmp7: array<f32>;

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
    let bv13 = vec4<f32>(tmp6[rb12 + col4], tmp6[rb12 + col5], tmp6[rb12 + col6], tmp6[rb12 + col7]);
    let rk14 = k * 100u;
    acc8 = acc8 + tmp3[rk14 + row0] * bv13;
    acc9 = acc9 + tmp3[rk14 + row1] * bv13;
    acc10 = acc10 + tmp3[rk14 + row2] * bv13;
    acc11 = acc11 + tmp3[rk14 + row3] * bv13;
  }
  {
    let l15 = i0 * 10u + j0;
    let v16 = acc8.x;
    tmp7[l15] = v16;
  }
  if (j0 + 1u < 10u) {
    let j17 = j0 + 1u;
    let l18 = i0 * 10u + j17;
    let v19 = acc8.y;
    tmp7[l18] = v19;
  }
  if (j0 + 2u < 10u) {
    let j20 = j0 + 2u;
    let l21 = i0 * 10u + j20;
    let v22 = acc8.z;
    tmp7[l21] = v22;
  }
  if (j0 + 3u < 10u) {
    let j23 = j0 + 3u;
    let l24 = i0 * 10u + j23;
    let v25 = acc8.w;
    tmp7[l24] = v25;
  }
  {
    let i26 = i0 + 1u;
    let l27 = i26 * 10u + j0;
    let v28 = acc9.x;
    tmp7[l27] = v28;
  }
  if (j0 + 1u < 10u) {
    let i29 = i0 + 1u;
    let j30 = j0 + 1u;
    let l31 = i29 * 10u + j30;
    let v32 = acc9.y;
    tmp7[l31] = v32;
  }
  if (j0 + 2u < 10u) {
    let i33 = i0 + 1u;
    let j34 = j0 + 2u;
    let l35 = i33 * 10u + j34;
    let v36 = acc9.z;
    tmp7[l35] = v36;
  }
  if (j0 + 3u < 10u) {
    let i37 = i0 + 1u;
    let j38 = j0 + 3u;
    let l39 = i37 * 10u + j38;
    let v40 = acc9.w;
    tmp7[l39] = v40;
  }
  {
    let i41 = i0 + 2u;
    let l42 = i41 * 10u + j0;
    let v43 = acc10.x;
    tmp7[l42] = v43;
  }
  if (j0 + 1u < 10u) {
    let i44 = i0 + 2u;
    let j45 = j0 + 1u;
    let l46 = i44 * 10u + j45;
    let v47 = acc10.y;
    tmp7[l46] = v47;
  }
  if (j0 + 2u < 10u) {
    let i48 = i0 + 2u;
    let j49 = j0 + 2u;
    let l50 = i48 * 10u + j49;
    let v51 = acc10.z;
    tmp7[l50] = v51;
  }
  if (j0 + 3u < 10u) {
    let i52 = i0 + 2u;
    let j53 = j0 + 3u;
    let l54 = i52 * 10u + j53;
    let v55 = acc10.w;
    tmp7[l54] = v55;
  }
  {
    let i56 = i0 + 3u;
    let l57 = i56 * 10u + j0;
    let v58 = acc11.x;
    tmp7[l57] = v58;
  }
  if (j0 + 1u < 10u) {
    let i59 = i0 + 3u;
    let j60 = j0 + 1u;
    let l61 = i59 * 10u + j60;
    let v62 = acc11.y;
    tmp7[l61] = v62;
  }
  if (j0 + 2u < 10u) {
    let i63 = i0 + 3u;
    let j64 = j0 + 2u;
    let l65 = i63 * 10u + j64;
    let v66 = acc11.z;
    tmp7[l65] = v66;
  }
  if (j0 + 3u < 10u) {
    let i67 = i0 + 3u;
    let j68 = j0 + 3u;
    let l69 = i67 * 10u + j68;
    let v70 = acc11.w;
    tmp7[l69] = v70;
  }
}

// ---- 019_matmul_hidden2_grad.wgsl
@group(0) @binding(0) var<storage, read> tmp6: array<f32>;
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
    acc8 = acc8 + tmp6[ra12 + k] * bv20;
    acc9 = acc9 + tmp6[ra13 + k] * bv20;
    acc10 = acc10 + tmp6[ra14 + k] * bv20;
    acc11 = acc11 + tmp6[ra15 + k] * bv20;
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
var<workgroup> wg_f32_0: array<f32, 64>;
@group(0) @binding(0) var<storage, read> tmp3: array<f32>;
@group(0) @binding(1) var<storage, read_write> s_hidden2_dense_bias_adam_m: array<f32>;
@group(0) @binding(2) var<storage, read_write> s_hidden2_dense_bias_adam_v: array<f32>;
@group(0) @binding(3) var<storage, read_write> s_hidden2_dense_bias: array<f32>;
@group(0) @binding(4) var<storage, read> tmp5: array<f32>;

@compute @workgroup_size(64)
fn main(@builtin(workgroup_id) wid: vec3<u32>, @builtin(local_invocation_index) lane: u32) {
  let i = wid.x;
  var acc0: f32 = 0.0;
  for (var r1: u32 = lane; r1 < 50u; r1 = r1 + 64u) {
    let l2 = r1 * 100u + i;
    let v3 = tmp3[l2];
    acc0 = acc0 + v3;
  }
  wg_f32_0[lane] = acc0;
  workgroupBarrier();
  for (var s4: u32 = 32u; s4 > 0u; s4 = s4 >> 1u) {
    if (lane < s4) {
      wg_f32_0[lane] = wg_f32_0[lane] + wg_f32_0[lane + s4];
    }
    workgroupBarrier();
  }
  let red5 = wg_f32_0[0];
  let v6 = s_hidden2_dense_bias_adam_m[i];
  let v7 = (v6 * 0.9);
  let v8 = (red5 * 0.09999999999999998);
  let v9 = (v7 + v8);
  let v10 = s_hidden2_dense_bias_adam_v[i];
  let v11 = (v10 * 0.999);
  let v12 = (red5 * red5);
  let v13 = (v12 * 0.0010000000000000009);
  let v14 = (v11 + v13);
  let v15 = s_hidden2_dense_bias[i];
  let v16 = tmp5[0u];
  let v17 = (v9 * v16);
  let v18 = sqrt(v14);
  let v19 = (v18 + 1e-8);
  let v20 = (v17 / v19);
  let v21 = (v15 - v20);
  storageBarrier();
  if (lane == 0u) {
    s_hidden2_dense_bias_adam_m[i] = v9;
    s_hidden2_dense_bias_adam_v[i] = v14;
    s_hidden2_dense_bias[i] = v21;
  }
}

// ---- 021_matmul_hidden2_dense_kernel_grad.wgsl
@group(0) @binding(0) var<storage, read> tmp1: array<f32>;
@group(0) @binding(1) var<storage, read> tmp3: array<f32>;
@group(0) @binding(2) var<storage, read_write> tmp8: array<f32>;

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
    tmp8[l15] = v16;
  }
  {
    let j17 = j0 + 1u;
    let l18 = i0 * 100u + j17;
    let v19 = acc8.y;
    tmp8[l18] = v19;
  }
  {
    let j20 = j0 + 2u;
    let l21 = i0 * 100u + j20;
    let v22 = acc8.z;
    tmp8[l21] = v22;
  }
  {
    let j23 = j0 + 3u;
    let l24 = i0 * 100u + j23;
    let v25 = acc8.w;
    tmp8[l24] = v25;
  }
  {
    let i26 = i0 + 1u;
    let l27 = i26 * 100u + j0;
    let v28 = acc9.x;
    tmp8[l27] = v28;
  }
  {
    let i29 = i0 + 1u;
    let j30 = j0 + 1u;
    let l31 = i29 * 100u + j30;
    let v32 = acc9.y;
    tmp8[l31] = v32;
  }
  {
    let i33 = i0 + 1u;
    let j34 = j0 + 2u;
    let l35 = i33 * 100u + j34;
    let v36 = acc9.z;
    tmp8[l35] = v36;
  }
  {
    let i37 = i0 + 1u;
    let j38 = j0 + 3u;
    let l39 = i37 * 100u + j38;
    let v40 = acc9.w;
    tmp8[l39] = v40;
  }
  {
    let i41 = i0 + 2u;
    let l42 = i41 * 100u + j0;
    let v43 = acc10.x;
    tmp8[l42] = v43;
  }
  {
    let i44 = i0 + 2u;
    let j45 = j0 + 1u;
    let l46 = i44 * 100u + j45;
    let v47 = acc10.y;
    tmp8[l46] = v47;
  }
  {
    let i48 = i0 + 2u;
    let j49 = j0 + 2u;
    let l50 = i48 * 100u + j49;
    let v51 = acc10.z;
    tmp8[l50] = v51;
  }
  {
    let i52 = i0 + 2u;
    let j53 = j0 + 3u;
    let l54 = i52 * 100u + j53;
    let v55 = acc10.w;
    tmp8[l54] = v55;
  }
  {
    let i56 = i0 + 3u;
    let l57 = i56 * 100u + j0;
    let v58 = acc11.x;
    tmp8[l57] = v58;
  }
  {
    let i59 = i0 + 3u;
    let j60 = j0 + 1u;
    let l61 = i59 * 100u + j60;
    let v62 = acc11.y;
    tmp8[l61] = v62;
  }
  {
    let i63 = i0 + 3u;
    let j64 = j0 + 2u;
    let l65 = i63 * 100u + j64;
    let v66 = acc11.z;
    tmp8[l65] = v66;
  }
  {
    let i67 = i0 + 3u;
    let j68 = j0 + 3u;
    let l69 = i67 * 100u + j68;
    let v70 = acc11.w;
    tmp8[l69] = v70;
  }
}

// ---- 022_matmul_hidden1_grad.wgsl
@group(0) @binding(0) var<storage, read> tmp3_v4: array<vec4<f32>>;
@group(0) @binding(1) var<storage, read> s_hidden2_dense_kernel_v4: array<vec4<f32>>;
@group(0) @binding(2) var<storage, read_write> tmp1: array<f32>;
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
  let ra12 = row0 * 25u;
  let ra13 = row1 * 25u;
  let ra14 = row2 * 25u;
  let ra15 = row3 * 25u;
  let cb16 = col4 * 25u;
  let cb17 = col5 * 25u;
  let cb18 = col6 * 25u;
  let cb19 = col7 * 25u;
  for (var k: u32 = 0u; k < 25u; k = k + 1u) {
    let av20 = tmp3_v4[ra12 + k];
    let av21 = tmp3_v4[ra13 + k];
    let av22 = tmp3_v4[ra14 + k];
    let av23 = tmp3_v4[ra15 + k];
    let bc24 = s_hidden2_dense_kernel_v4[cb16 + k];
    let bc25 = s_hidden2_dense_kernel_v4[cb17 + k];
    let bc26 = s_hidden2_dense_kernel_v4[cb18 + k];
    let bc27 = s_hidden2_dense_kernel_v4[cb19 + k];
    let kq28 = k * 4u + 0u;
    let bv29 = vec4<f32>(bc24.x, bc25.x, bc26.x, bc27.x);
    let kq30 = k * 4u + 1u;
    let bv31 = vec4<f32>(bc24.y, bc25.y, bc26.y, bc27.y);
    let kq32 = k * 4u + 2u;
    let bv33 = vec4<f32>(bc24.z, bc25.z, bc26.z, bc27.z);
    let kq34 = k * 4u + 3u;
    let bv35 = vec4<f32>(bc24.w, bc25.w, bc26.w, bc27.w);
    acc8 = acc8 + av20.x * bv29;
    acc8 = acc8 + av20.y * bv31;
    acc8 = acc8 + av20.z * bv33;
    acc8 = acc8 + av20.w * bv35;
    acc9 = acc9 + av21.x * bv29;
    acc9 = acc9 + av21.y * bv31;
    acc9 = acc9 + av21.z * bv33;
    acc9 = acc9 + av21.w * bv35;
    acc10 = acc10 + av22.x * bv29;
    acc10 = acc10 + av22.y * bv31;
    acc10 = acc10 + av22.z * bv33;
    acc10 = acc10 + av22.w * bv35;
    acc11 = acc11 + av23.x * bv29;
    acc11 = acc11 + av23.y * bv31;
    acc11 = acc11 + av23.z * bv33;
    acc11 = acc11 + av23.w * bv35;
  }
  {
    let l36 = i0 * 300u + j0;
    let v37 = acc8.x;
    let v38 = tmp0[l36];
    let v39 = select(0.0, 1.0, v38 > 0.0);
    let v40 = select(0.0, v37, v39 != 0.0);
    tmp1[l36] = v40;
  }
  {
    let j41 = j0 + 1u;
    let l42 = i0 * 300u + j41;
    let v43 = acc8.y;
    let v44 = tmp0[l42];
    let v45 = select(0.0, 1.0, v44 > 0.0);
    let v46 = select(0.0, v43, v45 != 0.0);
    tmp1[l42] = v46;
  }
  {
    let j47 = j0 + 2u;
    let l48 = i0 * 300u + j47;
    let v49 = acc8.z;
    let v50 = tmp0[l48];
    let v51 = select(0.0, 1.0, v50 > 0.0);
    let v52 = select(0.0, v49, v51 != 0.0);
    tmp1[l48] = v52;
  }
  {
    let j53 = j0 + 3u;
    let l54 = i0 * 300u + j53;
    let v55 = acc8.w;
    let v56 = tmp0[l54];
    let v57 = select(0.0, 1.0, v56 > 0.0);
    let v58 = select(0.0, v55, v57 != 0.0);
    tmp1[l54] = v58;
  }
  if (i0 + 1u < 50u) {
    let i59 = i0 + 1u;
    let l60 = i59 * 300u + j0;
    let v61 = acc9.x;
    let v62 = tmp0[l60];
    let v63 = select(0.0, 1.0, v62 > 0.0);
    let v64 = select(0.0, v61, v63 != 0.0);
    tmp1[l60] = v64;
  }
  if (i0 + 1u < 50u) {
    let i65 = i0 + 1u;
    let j66 = j0 + 1u;
    let l67 = i65 * 300u + j66;
    let v68 = acc9.y;
    let v69 = tmp0[l67];
    let v70 = select(0.0, 1.0, v69 > 0.0);
    let v71 = select(0.0, v68, v70 != 0.0);
    tmp1[l67] = v71;
  }
  if (i0 + 1u < 50u) {
    let i72 = i0 + 1u;
    let j73 = j0 + 2u;
    let l74 = i72 * 300u + j73;
    let v75 = acc9.z;
    let v76 = tmp0[l74];
    let v77 = select(0.0, 1.0, v76 > 0.0);
    let v78 = select(0.0, v75, v77 != 0.0);
    tmp1[l74] = v78;
  }
  if (i0 + 1u < 50u) {
    let i79 = i0 + 1u;
    let j80 = j0 + 3u;
    let l81 = i79 * 300u + j80;
    let v82 = acc9.w;
    let v83 = tmp0[l81];
    let v84 = select(0.0, 1.0, v83 > 0.0);
    let v85 = select(0.0, v82, v84 != 0.0);
    tmp1[l81] = v85;
  }
  if (i0 + 2u < 50u) {
    let i86 = i0 + 2u;
    let l87 = i86 * 300u + j0;
    let v88 = acc10.x;
    let v89 = tmp0[l87];
    let v90 = select(0.0, 1.0, v89 > 0.0);
    let v91 = select(0.0, v88, v90 != 0.0);
    tmp1[l87] = v91;
  }
  if (i0 + 2u < 50u) {
    let i92 = i0 + 2u;
    let j93 = j0 + 1u;
    let l94 = i92 * 300u + j93;
    let v95 = acc10.y;
    let v96 = tmp0[l94];
    let v97 = select(0.0, 1.0, v96 > 0.0);
    let v98 = select(0.0, v95, v97 != 0.0);
    tmp1[l94] = v98;
  }
  if (i0 + 2u < 50u) {
    let i99 = i0 + 2u;
    let j100 = j0 + 2u;
    let l101 = i99 * 300u + j100;
    let v102 = acc10.z;
    let v103 = tmp0[l101];
    let v104 = select(0.0, 1.0, v103 > 0.0);
    let v105 = select(0.0, v102, v104 != 0.0);
    tmp1[l101] = v105;
  }
  if (i0 + 2u < 50u) {
    let i106 = i0 + 2u;
    let j107 = j0 + 3u;
    let l108 = i106 * 300u + j107;
    let v109 = acc10.w;
    let v110 = tmp0[l108];
    let v111 = select(0.0, 1.0, v110 > 0.0);
    let v112 = select(0.0, v109, v111 != 0.0);
    tmp1[l108] = v112;
  }
  if (i0 + 3u < 50u) {
    let i113 = i0 + 3u;
    let l114 = i113 * 300u + j0;
    let v115 = acc11.x;
    let v116 = tmp0[l114];
    let v117 = select(0.0, 1.0, v116 > 0.0);
    let v118 = select(0.0, v115, v117 != 0.0);
    tmp1[l114] = v118;
  }
  if (i0 + 3u < 50u) {
    let i119 = i0 + 3u;
    let j120 = j0 + 1u;
    let l121 = i119 * 300u + j120;
    let v122 = acc11.y;
    let v123 = tmp0[l121];
    let v124 = select(0.0, 1.0, v123 > 0.0);
    let v125 = select(0.0, v122, v124 != 0.0);
    tmp1[l121] = v125;
  }
  if (i0 + 3u < 50u) {
    let i126 = i0 + 3u;
    let j127 = j0 + 2u;
    let l128 = i126 * 300u + j127;
    let v129 = acc11.z;
    let v130 = tmp0[l128];
    let v131 = select(0.0, 1.0, v130 > 0.0);
    let v132 = select(0.0, v129, v131 != 0.0);
    tmp1[l128] = v132;
  }
  if (i0 + 3u < 50u) {
    let i133 = i0 + 3u;
    let j134 = j0 + 3u;
    let l135 = i133 * 300u + j134;
    let v136 = acc11.w;
    let v137 = tmp0[l135];
    let v138 = select(0.0, 1.0, v137 > 0.0);
    let v139 = select(0.0, v136, v138 != 0.0);
    tmp1[l135] = v139;
  }
}

// ---- 023_reduce_sum_hidden1_dense_bias_grad_x4.wgsl
var<workgroup> wg_f32_0: array<f32, 64>;
@group(0) @binding(0) var<storage, read> tmp1: array<f32>;
@group(0) @binding(1) var<storage, read_write> s_hidden1_dense_bias_adam_m: array<f32>;
@group(0) @binding(2) var<storage, read_write> s_hidden1_dense_bias_adam_v: array<f32>;
@group(0) @binding(3) var<storage, read_write> s_hidden1_dense_bias: array<f32>;
@group(0) @binding(4) var<storage, read> tmp5: array<f32>;

@compute @workgroup_size(64)
fn main(@builtin(workgroup_id) wid: vec3<u32>, @builtin(local_invocation_index) lane: u32) {
  let i = wid.x;
  var acc0: f32 = 0.0;
  for (var r1: u32 = lane; r1 < 50u; r1 = r1 + 64u) {
    let l2 = r1 * 300u + i;
    let v3 = tmp1[l2];
    acc0 = acc0 + v3;
  }
  wg_f32_0[lane] = acc0;
  workgroupBarrier();
  for (var s4: u32 = 32u; s4 > 0u; s4 = s4 >> 1u) {
    if (lane < s4) {
      wg_f32_0[lane] = wg_f32_0[lane] + wg_f32_0[lane + s4];
    }
    workgroupBarrier();
  }
  let red5 = wg_f32_0[0];
  let v6 = s_hidden1_dense_bias_adam_m[i];
  let v7 = (v6 * 0.9);
  let v8 = (red5 * 0.09999999999999998);
  let v9 = (v7 + v8);
  let v10 = s_hidden1_dense_bias_adam_v[i];
  let v11 = (v10 * 0.999);
  let v12 = (red5 * red5);
  let v13 = (v12 * 0.0010000000000000009);
  let v14 = (v11 + v13);
  let v15 = s_hidden1_dense_bias[i];
  let v16 = tmp5[0u];
  let v17 = (v9 * v16);
  let v18 = sqrt(v14);
  let v19 = (v18 + 1e-8);
  let v20 = (v17 / v19);
  let v21 = (v15 - v20);
  storageBarrier();
  if (lane == 0u) {
    s_hidden1_dense_bias_adam_m[i] = v9;
    s_hidden1_dense_bias_adam_v[i] = v14;
    s_hidden1_dense_bias[i] = v21;
  }
}

// ---- 024_matmul_hidden1_dense_kernel_grad.wgsl
@group(0) @binding(0) var<storage, read> in_X: array<f32>;
@group(0) @binding(1) var<storage, read> tmp1: array<f32>;
@group(0) @binding(2) var<storage, read_write> tmp9: array<f32>;

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
    tmp9[l23] = v24;
  }
  {
    let j25 = j0 + 1u;
    let l26 = i0 * 300u + j25;
    let v27 = acc12.y;
    tmp9[l26] = v27;
  }
  {
    let j28 = j0 + 2u;
    let l29 = i0 * 300u + j28;
    let v30 = acc12.z;
    tmp9[l29] = v30;
  }
  {
    let j31 = j0 + 3u;
    let l32 = i0 * 300u + j31;
    let v33 = acc12.w;
    tmp9[l32] = v33;
  }
  {
    let i34 = i0 + 1u;
    let l35 = i34 * 300u + j0;
    let v36 = acc13.x;
    tmp9[l35] = v36;
  }
  {
    let i37 = i0 + 1u;
    let j38 = j0 + 1u;
    let l39 = i37 * 300u + j38;
    let v40 = acc13.y;
    tmp9[l39] = v40;
  }
  {
    let i41 = i0 + 1u;
    let j42 = j0 + 2u;
    let l43 = i41 * 300u + j42;
    let v44 = acc13.z;
    tmp9[l43] = v44;
  }
  {
    let i45 = i0 + 1u;
    let j46 = j0 + 3u;
    let l47 = i45 * 300u + j46;
    let v48 = acc13.w;
    tmp9[l47] = v48;
  }
  {
    let i49 = i0 + 2u;
    let l50 = i49 * 300u + j0;
    let v51 = acc14.x;
    tmp9[l50] = v51;
  }
  {
    let i52 = i0 + 2u;
    let j53 = j0 + 1u;
    let l54 = i52 * 300u + j53;
    let v55 = acc14.y;
    tmp9[l54] = v55;
  }
  {
    let i56 = i0 + 2u;
    let j57 = j0 + 2u;
    let l58 = i56 * 300u + j57;
    let v59 = acc14.z;
    tmp9[l58] = v59;
  }
  {
    let i60 = i0 + 2u;
    let j61 = j0 + 3u;
    let l62 = i60 * 300u + j61;
    let v63 = acc14.w;
    tmp9[l62] = v63;
  }
  {
    let i64 = i0 + 3u;
    let l65 = i64 * 300u + j0;
    let v66 = acc15.x;
    tmp9[l65] = v66;
  }
  {
    let i67 = i0 + 3u;
    let j68 = j0 + 1u;
    let l69 = i67 * 300u + j68;
    let v70 = acc15.y;
    tmp9[l69] = v70;
  }
  {
    let i71 = i0 + 3u;
    let j72 = j0 + 2u;
    let l73 = i71 * 300u + j72;
    let v74 = acc15.z;
    tmp9[l73] = v74;
  }
  {
    let i75 = i0 + 3u;
    let j76 = j0 + 3u;
    let l77 = i75 * 300u + j76;
    let v78 = acc15.w;
    tmp9[l77] = v78;
  }
  {
    let i79 = i0 + 4u;
    let l80 = i79 * 300u + j0;
    let v81 = acc16.x;
    tmp9[l80] = v81;
  }
  {
    let i82 = i0 + 4u;
    let j83 = j0 + 1u;
    let l84 = i82 * 300u + j83;
    let v85 = acc16.y;
    tmp9[l84] = v85;
  }
  {
    let i86 = i0 + 4u;
    let j87 = j0 + 2u;
    let l88 = i86 * 300u + j87;
    let v89 = acc16.z;
    tmp9[l88] = v89;
  }
  {
    let i90 = i0 + 4u;
    let j91 = j0 + 3u;
    let l92 = i90 * 300u + j91;
    let v93 = acc16.w;
    tmp9[l92] = v93;
  }
  {
    let i94 = i0 + 5u;
    let l95 = i94 * 300u + j0;
    let v96 = acc17.x;
    tmp9[l95] = v96;
  }
  {
    let i97 = i0 + 5u;
    let j98 = j0 + 1u;
    let l99 = i97 * 300u + j98;
    let v100 = acc17.y;
    tmp9[l99] = v100;
  }
  {
    let i101 = i0 + 5u;
    let j102 = j0 + 2u;
    let l103 = i101 * 300u + j102;
    let v104 = acc17.z;
    tmp9[l103] = v104;
  }
  {
    let i105 = i0 + 5u;
    let j106 = j0 + 3u;
    let l107 = i105 * 300u + j106;
    let v108 = acc17.w;
    tmp9[l107] = v108;
  }
  {
    let i109 = i0 + 6u;
    let l110 = i109 * 300u + j0;
    let v111 = acc18.x;
    tmp9[l110] = v111;
  }
  {
    let i112 = i0 + 6u;
    let j113 = j0 + 1u;
    let l114 = i112 * 300u + j113;
    let v115 = acc18.y;
    tmp9[l114] = v115;
  }
  {
    let i116 = i0 + 6u;
    let j117 = j0 + 2u;
    let l118 = i116 * 300u + j117;
    let v119 = acc18.z;
    tmp9[l118] = v119;
  }
  {
    let i120 = i0 + 6u;
    let j121 = j0 + 3u;
    let l122 = i120 * 300u + j121;
    let v123 = acc18.w;
    tmp9[l122] = v123;
  }
  {
    let i124 = i0 + 7u;
    let l125 = i124 * 300u + j0;
    let v126 = acc19.x;
    tmp9[l125] = v126;
  }
  {
    let i127 = i0 + 7u;
    let j128 = j0 + 1u;
    let l129 = i127 * 300u + j128;
    let v130 = acc19.y;
    tmp9[l129] = v130;
  }
  {
    let i131 = i0 + 7u;
    let j132 = j0 + 2u;
    let l133 = i131 * 300u + j132;
    let v134 = acc19.z;
    tmp9[l133] = v134;
  }
  {
    let i135 = i0 + 7u;
    let j136 = j0 + 3u;
    let l137 = i135 * 300u + j136;
    let v138 = acc19.w;
    tmp9[l137] = v138;
  }
}

// ---- 025_add_hidden1_dense_kernel_adam_x3.wgsl
@group(0) @binding(0) var<storage, read_write> s_hidden1_dense_kernel_adam_m: array<f32>;
@group(0) @binding(1) var<storage, read> tmp9: array<f32>;
@group(0) @binding(2) var<storage, read_write> s_hidden1_dense_kernel_adam_v: array<f32>;
@group(0) @binding(3) var<storage, read_write> s_hidden1_dense_kernel: array<f32>;
@group(0) @binding(4) var<storage, read> tmp5: array<f32>;

@compute @workgroup_size(64)
fn main(@builtin(global_invocation_id) gid: vec3<u32>) {
  let i = gid.x;
  if (i >= 235200u) { return; }
  let v0 = s_hidden1_dense_kernel_adam_m[i];
  let c1 = (i / 300u);
  let c2 = (i % 300u);
  let v3 = (v0 * 0.9);
  let v4 = tmp9[i];
  let v5 = (v4 * 0.09999999999999998);
  let v6 = (v3 + v5);
  let v7 = s_hidden1_dense_kernel_adam_v[i];
  let v8 = (v7 * 0.999);
  let v9 = (v4 * v4);
  let v10 = (v9 * 0.0010000000000000009);
  let v11 = (v8 + v10);
  let v12 = s_hidden1_dense_kernel[i];
  let v13 = tmp5[0u];
  let v14 = (v6 * v13);
  let v15 = sqrt(v11);
  let v16 = (v15 + 1e-8);
  let v17 = (v14 / v16);
  let v18 = (v12 - v17);
  s_hidden1_dense_kernel_adam_m[i] = v6;
  s_hidden1_dense_kernel_adam_v[i] = v11;
  s_hidden1_dense_kernel[i] = v18;
}

// ---- 026_add_hidden2_dense_kernel_adam_x3.wgsl
@group(0) @binding(0) var<storage, read_write> s_hidden2_dense_kernel_adam_m: array<f32>;
@group(0) @binding(1) var<storage, read> tmp8: array<f32>;
@group(0) @binding(2) var<storage, read_write> s_hidden2_dense_kernel_adam_v: array<f32>;
@group(0) @binding(3) var<storage, read_write> s_hidden2_dense_kernel: array<f32>;
@group(0) @binding(4) var<storage, read> tmp5: array<f32>;

@compute @workgroup_size(64)
fn main(@builtin(global_invocation_id) gid: vec3<u32>) {
  let i = gid.x;
  if (i >= 30000u) { return; }
  let v0 = s_hidden2_dense_kernel_adam_m[i];
  let c1 = (i / 100u);
  let c2 = (i % 100u);
  let v3 = (v0 * 0.9);
  let v4 = tmp8[i];
  let v5 = (v4 * 0.09999999999999998);
  let v6 = (v3 + v5);
  let v7 = s_hidden2_dense_kernel_adam_v[i];
  let v8 = (v7 * 0.999);
  let v9 = (v4 * v4);
  let v10 = (v9 * 0.0010000000000000009);
  let v11 = (v8 + v10);
  let v12 = s_hidden2_dense_kernel[i];
  let v13 = tmp5[0u];
  let v14 = (v6 * v13);
  let v15 = sqrt(v11);
  let v16 = (v15 + 1e-8);
  let v17 = (v14 / v16);
  let v18 = (v12 - v17);
  s_hidden2_dense_kernel_adam_m[i] = v6;
  s_hidden2_dense_kernel_adam_v[i] = v11;
  s_hidden2_dense_kernel[i] = v18;
}

// ---- 027_add_logits_dense_kernel_adam_x3.wgsl
@group(0) @binding(0) var<storage, read_write> s_logits_dense_kernel_adam_m: array<f32>;
@group(0) @binding(1) var<storage, read> tmp7: array<f32>;
@group(0) @binding(2) var<storage, read_write> s_logits_dense_kernel_adam_v: array<f32>;
@group(0) @binding(3) var<storage, read_write> s_logits_dense_kernel: array<f32>;
@group(0) @binding(4) var<storage, read> tmp5: array<f32>;

@compute @workgroup_size(64)
fn main(@builtin(global_invocation_id) gid: vec3<u32>) {
  let i = gid.x;
  if (i >= 1000u) { return; }
  let v0 = s_logits_dense_kernel_adam_m[i];
  let c1 = (i / 10u);
  let c2 = (i % 10u);
  let v3 = (v0 * 0.9);
  let v4 = tmp7[i];
  let v5 = (v4 * 0.09999999999999998);
  let v6 = (v3 + v5);
  let v7 = s_logits_dense_kernel_adam_v[i];
  let v8 = (v7 * 0.999);
  let v9 = (v4 * v4);
  let v10 = (v9 * 0.0010000000000000009);
  let v11 = (v8 + v10);
  let v12 = s_logits_dense_kernel[i];
  let v13 = tmp5[0u];
  let v14 = (v6 * v13);
  let v15 = sqrt(v11);
  let v16 = (v15 + 1e-8);
  let v17 = (v14 / v16);
  let v18 = (v12 - v17);
  s_logits_dense_kernel_adam_m[i] = v6;
  s_logits_dense_kernel_adam_v[i] = v11;
  s_logits_dense_kernel[i] = v18;
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
@group(0) @binding(0) var<storage, read> in_X_v4: array<vec4<f32>>;
@group(0) @binding(1) var<storage, read> s_hidden1_dense_kernel_v4: array<vec4<f32>>;
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
    let bv21 = s_hidden1_dense_kernel_v4[(kq20 * 300u + j0) / 4u];
    let kq22 = k * 4u + 1u;
    let bv23 = s_hidden1_dense_kernel_v4[(kq22 * 300u + j0) / 4u];
    let kq24 = k * 4u + 2u;
    let bv25 = s_hidden1_dense_kernel_v4[(kq24 * 300u + j0) / 4u];
    let kq26 = k * 4u + 3u;
    let bv27 = s_hidden1_dense_kernel_v4[(kq26 * 300u + j0) / 4u];
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
    let v30 = s_hidden1_dense_bias[j0];
    let v31 = (v29 + v30);
    let v32 = select(0.0, 1.0, v31 > 0.0);
    let v33 = select(0.0, v31, v32 != 0.0);
    tmp0[l28] = v33;
  }
  {
    let j34 = j0 + 1u;
    let l35 = i0 * 300u + j34;
    let v36 = acc8.y;
    let v37 = s_hidden1_dense_bias[j34];
    let v38 = (v36 + v37);
    let v39 = select(0.0, 1.0, v38 > 0.0);
    let v40 = select(0.0, v38, v39 != 0.0);
    tmp0[l35] = v40;
  }
  {
    let j41 = j0 + 2u;
    let l42 = i0 * 300u + j41;
    let v43 = acc8.z;
    let v44 = s_hidden1_dense_bias[j41];
    let v45 = (v43 + v44);
    let v46 = select(0.0, 1.0, v45 > 0.0);
    let v47 = select(0.0, v45, v46 != 0.0);
    tmp0[l42] = v47;
  }
  {
    let j48 = j0 + 3u;
    let l49 = i0 * 300u + j48;
    let v50 = acc8.w;
    let v51 = s_hidden1_dense_bias[j48];
    let v52 = (v50 + v51);
    let v53 = select(0.0, 1.0, v52 > 0.0);
    let v54 = select(0.0, v52, v53 != 0.0);
    tmp0[l49] = v54;
  }
  if (i0 + 1u < 50u) {
    let i55 = i0 + 1u;
    let l56 = i55 * 300u + j0;
    let v57 = acc9.x;
    let v58 = s_hidden1_dense_bias[j0];
    let v59 = (v57 + v58);
    let v60 = select(0.0, 1.0, v59 > 0.0);
    let v61 = select(0.0, v59, v60 != 0.0);
    tmp0[l56] = v61;
  }
  if (i0 + 1u < 50u) {
    let i62 = i0 + 1u;
    let j63 = j0 + 1u;
    let l64 = i62 * 300u + j63;
    let v65 = acc9.y;
    let v66 = s_hidden1_dense_bias[j63];
    let v67 = (v65 + v66);
    let v68 = select(0.0, 1.0, v67 > 0.0);
    let v69 = select(0.0, v67, v68 != 0.0);
    tmp0[l64] = v69;
  }
  if (i0 + 1u < 50u) {
    let i70 = i0 + 1u;
    let j71 = j0 + 2u;
    let l72 = i70 * 300u + j71;
    let v73 = acc9.z;
    let v74 = s_hidden1_dense_bias[j71];
    let v75 = (v73 + v74);
    let v76 = select(0.0, 1.0, v75 > 0.0);
    let v77 = select(0.0, v75, v76 != 0.0);
    tmp0[l72] = v77;
  }
  if (i0 + 1u < 50u) {
    let i78 = i0 + 1u;
    let j79 = j0 + 3u;
    let l80 = i78 * 300u + j79;
    let v81 = acc9.w;
    let v82 = s_hidden1_dense_bias[j79];
    let v83 = (v81 + v82);
    let v84 = select(0.0, 1.0, v83 > 0.0);
    let v85 = select(0.0, v83, v84 != 0.0);
    tmp0[l80] = v85;
  }
  if (i0 + 2u < 50u) {
    let i86 = i0 + 2u;
    let l87 = i86 * 300u + j0;
    let v88 = acc10.x;
    let v89 = s_hidden1_dense_bias[j0];
    let v90 = (v88 + v89);
    let v91 = select(0.0, 1.0, v90 > 0.0);
    let v92 = select(0.0, v90, v91 != 0.0);
    tmp0[l87] = v92;
  }
  if (i0 + 2u < 50u) {
    let i93 = i0 + 2u;
    let j94 = j0 + 1u;
    let l95 = i93 * 300u + j94;
    let v96 = acc10.y;
    let v97 = s_hidden1_dense_bias[j94];
    let v98 = (v96 + v97);
    let v99 = select(0.0, 1.0, v98 > 0.0);
    let v100 = select(0.0, v98, v99 != 0.0);
    tmp0[l95] = v100;
  }
  if (i0 + 2u < 50u) {
    let i101 = i0 + 2u;
    let j102 = j0 + 2u;
    let l103 = i101 * 300u + j102;
    let v104 = acc10.z;
    let v105 = s_hidden1_dense_bias[j102];
    let v106 = (v104 + v105);
    let v107 = select(0.0, 1.0, v106 > 0.0);
    let v108 = select(0.0, v106, v107 != 0.0);
    tmp0[l103] = v108;
  }
  if (i0 + 2u < 50u) {
    let i109 = i0 + 2u;
    let j110 = j0 + 3u;
    let l111 = i109 * 300u + j110;
    let v112 = acc10.w;
    let v113 = s_hidden1_dense_bias[j110];
    let v114 = (v112 + v113);
    let v115 = select(0.0, 1.0, v114 > 0.0);
    let v116 = select(0.0, v114, v115 != 0.0);
    tmp0[l111] = v116;
  }
  if (i0 + 3u < 50u) {
    let i117 = i0 + 3u;
    let l118 = i117 * 300u + j0;
    let v119 = acc11.x;
    let v120 = s_hidden1_dense_bias[j0];
    let v121 = (v119 + v120);
    let v122 = select(0.0, 1.0, v121 > 0.0);
    let v123 = select(0.0, v121, v122 != 0.0);
    tmp0[l118] = v123;
  }
  if (i0 + 3u < 50u) {
    let i124 = i0 + 3u;
    let j125 = j0 + 1u;
    let l126 = i124 * 300u + j125;
    let v127 = acc11.y;
    let v128 = s_hidden1_dense_bias[j125];
    let v129 = (v127 + v128);
    let v130 = select(0.0, 1.0, v129 > 0.0);
    let v131 = select(0.0, v129, v130 != 0.0);
    tmp0[l126] = v131;
  }
  if (i0 + 3u < 50u) {
    let i132 = i0 + 3u;
    let j133 = j0 + 2u;
    let l134 = i132 * 300u + j133;
    let v135 = acc11.z;
    let v136 = s_hidden1_dense_bias[j133];
    let v137 = (v135 + v136);
    let v138 = select(0.0, 1.0, v137 > 0.0);
    let v139 = select(0.0, v137, v138 != 0.0);
    tmp0[l134] = v139;
  }
  if (i0 + 3u < 50u) {
    let i140 = i0 + 3u;
    let j141 = j0 + 3u;
    let l142 = i140 * 300u + j141;
    let v143 = acc11.w;
    let v144 = s_hidden1_dense_bias[j141];
    let v145 = (v143 + v144);
    let v146 = select(0.0, 1.0, v145 > 0.0);
    let v147 = select(0.0, v145, v146 != 0.0);
    tmp0[l142] = v147;
  }
}

// ---- 032_matmul_hidden2.wgsl
@group(0) @binding(0) var<storage, read> tmp0_v4: array<vec4<f32>>;
@group(0) @binding(1) var<storage, read> s_hidden2_dense_kernel_v4: array<vec4<f32>>;
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
  let ra12 = row0 * 75u;
  let ra13 = row1 * 75u;
  let ra14 = row2 * 75u;
  let ra15 = row3 * 75u;
  for (var k: u32 = 0u; k < 75u; k = k + 1u) {
    let av16 = tmp0_v4[ra12 + k];
    let av17 = tmp0_v4[ra13 + k];
    let av18 = tmp0_v4[ra14 + k];
    let av19 = tmp0_v4[ra15 + k];
    let kq20 = k * 4u + 0u;
    let bv21 = s_hidden2_dense_kernel_v4[(kq20 * 100u + j0) / 4u];
    let kq22 = k * 4u + 1u;
    let bv23 = s_hidden2_dense_kernel_v4[(kq22 * 100u + j0) / 4u];
    let kq24 = k * 4u + 2u;
    let bv25 = s_hidden2_dense_kernel_v4[(kq24 * 100u + j0) / 4u];
    let kq26 = k * 4u + 3u;
    let bv27 = s_hidden2_dense_kernel_v4[(kq26 * 100u + j0) / 4u];
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
    let v30 = s_hidden2_dense_bias[j0];
    let v31 = (v29 + v30);
    let v32 = select(0.0, 1.0, v31 > 0.0);
    let v33 = select(0.0, v31, v32 != 0.0);
    tmp2[l28] = v33;
  }
  {
    let j34 = j0 + 1u;
    let l35 = i0 * 100u + j34;
    let v36 = acc8.y;
    let v37 = s_hidden2_dense_bias[j34];
    let v38 = (v36 + v37);
    let v39 = select(0.0, 1.0, v38 > 0.0);
    let v40 = select(0.0, v38, v39 != 0.0);
    tmp2[l35] = v40;
  }
  {
    let j41 = j0 + 2u;
    let l42 = i0 * 100u + j41;
    let v43 = acc8.z;
    let v44 = s_hidden2_dense_bias[j41];
    let v45 = (v43 + v44);
    let v46 = select(0.0, 1.0, v45 > 0.0);
    let v47 = select(0.0, v45, v46 != 0.0);
    tmp2[l42] = v47;
  }
  {
    let j48 = j0 + 3u;
    let l49 = i0 * 100u + j48;
    let v50 = acc8.w;
    let v51 = s_hidden2_dense_bias[j48];
    let v52 = (v50 + v51);
    let v53 = select(0.0, 1.0, v52 > 0.0);
    let v54 = select(0.0, v52, v53 != 0.0);
    tmp2[l49] = v54;
  }
  if (i0 + 1u < 50u) {
    let i55 = i0 + 1u;
    let l56 = i55 * 100u + j0;
    let v57 = acc9.x;
    let v58 = s_hidden2_dense_bias[j0];
    let v59 = (v57 + v58);
    let v60 = select(0.0, 1.0, v59 > 0.0);
    let v61 = select(0.0, v59, v60 != 0.0);
    tmp2[l56] = v61;
  }
  if (i0 + 1u < 50u) {
    let i62 = i0 + 1u;
    let j63 = j0 + 1u;
    let l64 = i62 * 100u + j63;
    let v65 = acc9.y;
    let v66 = s_hidden2_dense_bias[j63];
    let v67 = (v65 + v66);
    let v68 = select(0.0, 1.0, v67 > 0.0);
    let v69 = select(0.0, v67, v68 != 0.0);
    tmp2[l64] = v69;
  }
  if (i0 + 1u < 50u) {
    let i70 = i0 + 1u;
    let j71 = j0 + 2u;
    let l72 = i70 * 100u + j71;
    let v73 = acc9.z;
    let v74 = s_hidden2_dense_bias[j71];
    let v75 = (v73 + v74);
    let v76 = select(0.0, 1.0, v75 > 0.0);
    let v77 = select(0.0, v75, v76 != 0.0);
    tmp2[l72] = v77;
  }
  if (i0 + 1u < 50u) {
    let i78 = i0 + 1u;
    let j79 = j0 + 3u;
    let l80 = i78 * 100u + j79;
    let v81 = acc9.w;
    let v82 = s_hidden2_dense_bias[j79];
    let v83 = (v81 + v82);
    let v84 = select(0.0, 1.0, v83 > 0.0);
    let v85 = select(0.0, v83, v84 != 0.0);
    tmp2[l80] = v85;
  }
  if (i0 + 2u < 50u) {
    let i86 = i0 + 2u;
    let l87 = i86 * 100u + j0;
    let v88 = acc10.x;
    let v89 = s_hidden2_dense_bias[j0];
    let v90 = (v88 + v89);
    let v91 = select(0.0, 1.0, v90 > 0.0);
    let v92 = select(0.0, v90, v91 != 0.0);
    tmp2[l87] = v92;
  }
  if (i0 + 2u < 50u) {
    let i93 = i0 + 2u;
    let j94 = j0 + 1u;
    let l95 = i93 * 100u + j94;
    let v96 = acc10.y;
    let v97 = s_hidden2_dense_bias[j94];
    let v98 = (v96 + v97);
    let v99 = select(0.0, 1.0, v98 > 0.0);
    let v100 = select(0.0, v98, v99 != 0.0);
    tmp2[l95] = v100;
  }
  if (i0 + 2u < 50u) {
    let i101 = i0 + 2u;
    let j102 = j0 + 2u;
    let l103 = i101 * 100u + j102;
    let v104 = acc10.z;
    let v105 = s_hidden2_dense_bias[j102];
    let v106 = (v104 + v105);
    let v107 = select(0.0, 1.0, v106 > 0.0);
    let v108 = select(0.0, v106, v107 != 0.0);
    tmp2[l103] = v108;
  }
  if (i0 + 2u < 50u) {
    let i109 = i0 + 2u;
    let j110 = j0 + 3u;
    let l111 = i109 * 100u + j110;
    let v112 = acc10.w;
    let v113 = s_hidden2_dense_bias[j110];
    let v114 = (v112 + v113);
    let v115 = select(0.0, 1.0, v114 > 0.0);
    let v116 = select(0.0, v114, v115 != 0.0);
    tmp2[l111] = v116;
  }
  if (i0 + 3u < 50u) {
    let i117 = i0 + 3u;
    let l118 = i117 * 100u + j0;
    let v119 = acc11.x;
    let v120 = s_hidden2_dense_bias[j0];
    let v121 = (v119 + v120);
    let v122 = select(0.0, 1.0, v121 > 0.0);
    let v123 = select(0.0, v121, v122 != 0.0);
    tmp2[l118] = v123;
  }
  if (i0 + 3u < 50u) {
    let i124 = i0 + 3u;
    let j125 = j0 + 1u;
    let l126 = i124 * 100u + j125;
    let v127 = acc11.y;
    let v128 = s_hidden2_dense_bias[j125];
    let v129 = (v127 + v128);
    let v130 = select(0.0, 1.0, v129 > 0.0);
    let v131 = select(0.0, v129, v130 != 0.0);
    tmp2[l126] = v131;
  }
  if (i0 + 3u < 50u) {
    let i132 = i0 + 3u;
    let j133 = j0 + 2u;
    let l134 = i132 * 100u + j133;
    let v135 = acc11.z;
    let v136 = s_hidden2_dense_bias[j133];
    let v137 = (v135 + v136);
    let v138 = select(0.0, 1.0, v137 > 0.0);
    let v139 = select(0.0, v137, v138 != 0.0);
    tmp2[l134] = v139;
  }
  if (i0 + 3u < 50u) {
    let i140 = i0 + 3u;
    let j141 = j0 + 3u;
    let l142 = i140 * 100u + j141;
    let v143 = acc11.w;
    let v144 = s_hidden2_dense_bias[j141];
    let v145 = (v143 + v144);
    let v146 = select(0.0, 1.0, v145 > 0.0);
    let v147 = select(0.0, v145, v146 != 0.0);
    tmp2[l142] = v147;
  }
}

// ---- 033_reduce_sum_loss_x5.wgsl
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
