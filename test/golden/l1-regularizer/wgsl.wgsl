// ---- 000_add_hidden1_dense_kernel.wgsl
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
  let v0 = s_rng_seed[0u];
  let k1 = stream_key(0u, 3615406128u, v0);
  let v2 = uniform01(k1, i);
  let c3 = (i / 300u);
  let c4 = (i % 300u);
  let v5 = (v2 * 0.14879590519303285);
  let v6 = (v5 + (-0.07439795259651642));
  s_hidden1_dense_kernel[i] = v6;
}

// ---- 001_const_hidden1_dense_bias.wgsl
@group(0) @binding(0) var<storage, read_write> s_hidden1_dense_bias: array<f32>;

@compute @workgroup_size(64)
fn main(@builtin(global_invocation_id) gid: vec3<u32>) {
  let i = gid.x;
  if (i >= 300u) { return; }
  s_hidden1_dense_bias[i] = 0.0;
}

// ---- 002_add_hidden2_dense_kernel.wgsl
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
  let v0 = s_rng_seed[0u];
  let k1 = stream_key(0u, 1202735807u, v0);
  let v2 = uniform01(k1, i);
  let c3 = (i / 100u);
  let c4 = (i % 100u);
  let v5 = (v2 * 0.2449489742783178);
  let v6 = (v5 + (-0.1224744871391589));
  s_hidden2_dense_kernel[i] = v6;
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

// ---- 010_reduce_sum_hidden1_dense.wgsl
@group(0) @binding(0) var<storage, read> s_hidden1_dense_kernel: array<f32>;
@group(0) @binding(1) var<storage, read_write> tmp0: array<f32>;

@compute @workgroup_size(64)
fn main(@builtin(global_invocation_id) gid: vec3<u32>) {
  let i = gid.x;
  if (i >= 1u) { return; }
  var acc0: f32 = 0.0;
  for (var r: u32 = 0u; r < 235200u; r = r + 1u) {
    let c1 = (r / 300u);
    let c2 = (r % 300u);
    let l3 = c1 * 300u + c2;
    let v4 = s_hidden1_dense_kernel[l3];
    let v5 = abs(v4);
    acc0 = acc0 + v5;
  }
  tmp0[i] = acc0;
}

// ---- 011_matmul_hidden1_dense.wgsl
@group(0) @binding(0) var<storage, read> in_X_v4: array<vec4<f32>>;
@group(0) @binding(1) var<storage, read> s_hidden1_dense_kernel_v4: array<vec4<f32>>;
@group(0) @binding(2) var<storage, read_write> tmp1: array<f32>;
@group(0) @binding(3) var<storage, read> s_hidden1_dense_bias: array<f32>;

@compute @workgroup_size(64)
fn main(@builtin(global_invocation_id) gid: vec3<u32>) {
  let t = gid.x;
  if (t >= 1875u) { return; }
  let i0 = (t / 75u) * 8u;
  let j0 = (t % 75u) * 4u;
  let row0 = min(i0 + 0u, 199u);
  let row1 = min(i0 + 1u, 199u);
  let row2 = min(i0 + 2u, 199u);
  let row3 = min(i0 + 3u, 199u);
  let row4 = min(i0 + 4u, 199u);
  let row5 = min(i0 + 5u, 199u);
  let row6 = min(i0 + 6u, 199u);
  let row7 = min(i0 + 7u, 199u);
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
  let ra20 = row0 * 196u;
  let ra21 = row1 * 196u;
  let ra22 = row2 * 196u;
  let ra23 = row3 * 196u;
  let ra24 = row4 * 196u;
  let ra25 = row5 * 196u;
  let ra26 = row6 * 196u;
  let ra27 = row7 * 196u;
  for (var k: u32 = 0u; k < 196u; k = k + 1u) {
    let av28 = in_X_v4[ra20 + k];
    let av29 = in_X_v4[ra21 + k];
    let av30 = in_X_v4[ra22 + k];
    let av31 = in_X_v4[ra23 + k];
    let av32 = in_X_v4[ra24 + k];
    let av33 = in_X_v4[ra25 + k];
    let av34 = in_X_v4[ra26 + k];
    let av35 = in_X_v4[ra27 + k];
    let kq36 = k * 4u + 0u;
    let bv37 = s_hidden1_dense_kernel_v4[(kq36 * 300u + j0) / 4u];
    acc12 = acc12 + av28.x * bv37;
    acc13 = acc13 + av29.x * bv37;
    acc14 = acc14 + av30.x * bv37;
    acc15 = acc15 + av31.x * bv37;
    acc16 = acc16 + av32.x * bv37;
    acc17 = acc17 + av33.x * bv37;
    acc18 = acc18 + av34.x * bv37;
    acc19 = acc19 + av35.x * bv37;
    let kq38 = k * 4u + 1u;
    let bv39 = s_hidden1_dense_kernel_v4[(kq38 * 300u + j0) / 4u];
    acc12 = acc12 + av28.y * bv39;
    acc13 = acc13 + av29.y * bv39;
    acc14 = acc14 + av30.y * bv39;
    acc15 = acc15 + av31.y * bv39;
    acc16 = acc16 + av32.y * bv39;
    acc17 = acc17 + av33.y * bv39;
    acc18 = acc18 + av34.y * bv39;
    acc19 = acc19 + av35.y * bv39;
    let kq40 = k * 4u + 2u;
    let bv41 = s_hidden1_dense_kernel_v4[(kq40 * 300u + j0) / 4u];
    acc12 = acc12 + av28.z * bv41;
    acc13 = acc13 + av29.z * bv41;
    acc14 = acc14 + av30.z * bv41;
    acc15 = acc15 + av31.z * bv41;
    acc16 = acc16 + av32.z * bv41;
    acc17 = acc17 + av33.z * bv41;
    acc18 = acc18 + av34.z * bv41;
    acc19 = acc19 + av35.z * bv41;
    let kq42 = k * 4u + 3u;
    let bv43 = s_hidden1_dense_kernel_v4[(kq42 * 300u + j0) / 4u];
    acc12 = acc12 + av28.w * bv43;
    acc13 = acc13 + av29.w * bv43;
    acc14 = acc14 + av30.w * bv43;
    acc15 = acc15 + av31.w * bv43;
    acc16 = acc16 + av32.w * bv43;
    acc17 = acc17 + av33.w * bv43;
    acc18 = acc18 + av34.w * bv43;
    acc19 = acc19 + av35.w * bv43;
  }
  {
    let l44 = i0 * 300u + j0;
    let v45 = acc12.x;
    let v46 = s_hidden1_dense_bias[j0];
    let v47 = (v45 + v46);
    tmp1[l44] = v47;
  }
  {
    let j48 = j0 + 1u;
    let l49 = i0 * 300u + j48;
    let v50 = acc12.y;
    let v51 = s_hidden1_dense_bias[j48];
    let v52 = (v50 + v51);
    tmp1[l49] = v52;
  }
  {
    let j53 = j0 + 2u;
    let l54 = i0 * 300u + j53;
    let v55 = acc12.z;
    let v56 = s_hidden1_dense_bias[j53];
    let v57 = (v55 + v56);
    tmp1[l54] = v57;
  }
  {
    let j58 = j0 + 3u;
    let l59 = i0 * 300u + j58;
    let v60 = acc12.w;
    let v61 = s_hidden1_dense_bias[j58];
    let v62 = (v60 + v61);
    tmp1[l59] = v62;
  }
  {
    let i63 = i0 + 1u;
    let l64 = i63 * 300u + j0;
    let v65 = acc13.x;
    let v66 = s_hidden1_dense_bias[j0];
    let v67 = (v65 + v66);
    tmp1[l64] = v67;
  }
  {
    let i68 = i0 + 1u;
    let j69 = j0 + 1u;
    let l70 = i68 * 300u + j69;
    let v71 = acc13.y;
    let v72 = s_hidden1_dense_bias[j69];
    let v73 = (v71 + v72);
    tmp1[l70] = v73;
  }
  {
    let i74 = i0 + 1u;
    let j75 = j0 + 2u;
    let l76 = i74 * 300u + j75;
    let v77 = acc13.z;
    let v78 = s_hidden1_dense_bias[j75];
    let v79 = (v77 + v78);
    tmp1[l76] = v79;
  }
  {
    let i80 = i0 + 1u;
    let j81 = j0 + 3u;
    let l82 = i80 * 300u + j81;
    let v83 = acc13.w;
    let v84 = s_hidden1_dense_bias[j81];
    let v85 = (v83 + v84);
    tmp1[l82] = v85;
  }
  {
    let i86 = i0 + 2u;
    let l87 = i86 * 300u + j0;
    let v88 = acc14.x;
    let v89 = s_hidden1_dense_bias[j0];
    let v90 = (v88 + v89);
    tmp1[l87] = v90;
  }
  {
    let i91 = i0 + 2u;
    let j92 = j0 + 1u;
    let l93 = i91 * 300u + j92;
    let v94 = acc14.y;
    let v95 = s_hidden1_dense_bias[j92];
    let v96 = (v94 + v95);
    tmp1[l93] = v96;
  }
  {
    let i97 = i0 + 2u;
    let j98 = j0 + 2u;
    let l99 = i97 * 300u + j98;
    let v100 = acc14.z;
    let v101 = s_hidden1_dense_bias[j98];
    let v102 = (v100 + v101);
    tmp1[l99] = v102;
  }
  {
    let i103 = i0 + 2u;
    let j104 = j0 + 3u;
    let l105 = i103 * 300u + j104;
    let v106 = acc14.w;
    let v107 = s_hidden1_dense_bias[j104];
    let v108 = (v106 + v107);
    tmp1[l105] = v108;
  }
  {
    let i109 = i0 + 3u;
    let l110 = i109 * 300u + j0;
    let v111 = acc15.x;
    let v112 = s_hidden1_dense_bias[j0];
    let v113 = (v111 + v112);
    tmp1[l110] = v113;
  }
  {
    let i114 = i0 + 3u;
    let j115 = j0 + 1u;
    let l116 = i114 * 300u + j115;
    let v117 = acc15.y;
    let v118 = s_hidden1_dense_bias[j115];
    let v119 = (v117 + v118);
    tmp1[l116] = v119;
  }
  {
    let i120 = i0 + 3u;
    let j121 = j0 + 2u;
    let l122 = i120 * 300u + j121;
    let v123 = acc15.z;
    let v124 = s_hidden1_dense_bias[j121];
    let v125 = (v123 + v124);
    tmp1[l122] = v125;
  }
  {
    let i126 = i0 + 3u;
    let j127 = j0 + 3u;
    let l128 = i126 * 300u + j127;
    let v129 = acc15.w;
    let v130 = s_hidden1_dense_bias[j127];
    let v131 = (v129 + v130);
    tmp1[l128] = v131;
  }
  {
    let i132 = i0 + 4u;
    let l133 = i132 * 300u + j0;
    let v134 = acc16.x;
    let v135 = s_hidden1_dense_bias[j0];
    let v136 = (v134 + v135);
    tmp1[l133] = v136;
  }
  {
    let i137 = i0 + 4u;
    let j138 = j0 + 1u;
    let l139 = i137 * 300u + j138;
    let v140 = acc16.y;
    let v141 = s_hidden1_dense_bias[j138];
    let v142 = (v140 + v141);
    tmp1[l139] = v142;
  }
  {
    let i143 = i0 + 4u;
    let j144 = j0 + 2u;
    let l145 = i143 * 300u + j144;
    let v146 = acc16.z;
    let v147 = s_hidden1_dense_bias[j144];
    let v148 = (v146 + v147);
    tmp1[l145] = v148;
  }
  {
    let i149 = i0 + 4u;
    let j150 = j0 + 3u;
    let l151 = i149 * 300u + j150;
    let v152 = acc16.w;
    let v153 = s_hidden1_dense_bias[j150];
    let v154 = (v152 + v153);
    tmp1[l151] = v154;
  }
  {
    let i155 = i0 + 5u;
    let l156 = i155 * 300u + j0;
    let v157 = acc17.x;
    let v158 = s_hidden1_dense_bias[j0];
    let v159 = (v157 + v158);
    tmp1[l156] = v159;
  }
  {
    let i160 = i0 + 5u;
    let j161 = j0 + 1u;
    let l162 = i160 * 300u + j161;
    let v163 = acc17.y;
    let v164 = s_hidden1_dense_bias[j161];
    let v165 = (v163 + v164);
    tmp1[l162] = v165;
  }
  {
    let i166 = i0 + 5u;
    let j167 = j0 + 2u;
    let l168 = i166 * 300u + j167;
    let v169 = acc17.z;
    let v170 = s_hidden1_dense_bias[j167];
    let v171 = (v169 + v170);
    tmp1[l168] = v171;
  }
  {
    let i172 = i0 + 5u;
    let j173 = j0 + 3u;
    let l174 = i172 * 300u + j173;
    let v175 = acc17.w;
    let v176 = s_hidden1_dense_bias[j173];
    let v177 = (v175 + v176);
    tmp1[l174] = v177;
  }
  {
    let i178 = i0 + 6u;
    let l179 = i178 * 300u + j0;
    let v180 = acc18.x;
    let v181 = s_hidden1_dense_bias[j0];
    let v182 = (v180 + v181);
    tmp1[l179] = v182;
  }
  {
    let i183 = i0 + 6u;
    let j184 = j0 + 1u;
    let l185 = i183 * 300u + j184;
    let v186 = acc18.y;
    let v187 = s_hidden1_dense_bias[j184];
    let v188 = (v186 + v187);
    tmp1[l185] = v188;
  }
  {
    let i189 = i0 + 6u;
    let j190 = j0 + 2u;
    let l191 = i189 * 300u + j190;
    let v192 = acc18.z;
    let v193 = s_hidden1_dense_bias[j190];
    let v194 = (v192 + v193);
    tmp1[l191] = v194;
  }
  {
    let i195 = i0 + 6u;
    let j196 = j0 + 3u;
    let l197 = i195 * 300u + j196;
    let v198 = acc18.w;
    let v199 = s_hidden1_dense_bias[j196];
    let v200 = (v198 + v199);
    tmp1[l197] = v200;
  }
  {
    let i201 = i0 + 7u;
    let l202 = i201 * 300u + j0;
    let v203 = acc19.x;
    let v204 = s_hidden1_dense_bias[j0];
    let v205 = (v203 + v204);
    tmp1[l202] = v205;
  }
  {
    let i206 = i0 + 7u;
    let j207 = j0 + 1u;
    let l208 = i206 * 300u + j207;
    let v209 = acc19.y;
    let v210 = s_hidden1_dense_bias[j207];
    let v211 = (v209 + v210);
    tmp1[l208] = v211;
  }
  {
    let i212 = i0 + 7u;
    let j213 = j0 + 2u;
    let l214 = i212 * 300u + j213;
    let v215 = acc19.z;
    let v216 = s_hidden1_dense_bias[j213];
    let v217 = (v215 + v216);
    tmp1[l214] = v217;
  }
  {
    let i218 = i0 + 7u;
    let j219 = j0 + 3u;
    let l220 = i218 * 300u + j219;
    let v221 = acc19.w;
    let v222 = s_hidden1_dense_bias[j219];
    let v223 = (v221 + v222);
    tmp1[l220] = v223;
  }
}

// ---- 012_select_hidden1.wgsl
@group(0) @binding(0) var<storage, read> tmp1: array<f32>;
@group(0) @binding(1) var<storage, read_write> tmp2: array<f32>;

@compute @workgroup_size(64)
fn main(@builtin(global_invocation_id) gid: vec3<u32>) {
  let i = gid.x;
  if (i >= 60000u) { return; }
  let c0 = (i / 300u);
  let c1 = (i % 300u);
  let v2 = tmp1[i];
  let v3 = select(0.0, 1.0, v2 > 0.0);
  let v4 = select(0.0, v2, v3 != 0.0);
  tmp2[i] = v4;
}

// ---- 013_reduce_sum_hidden2_dense.wgsl
@group(0) @binding(0) var<storage, read> s_hidden2_dense_kernel: array<f32>;
@group(0) @binding(1) var<storage, read_write> tmp3: array<f32>;

@compute @workgroup_size(64)
fn main(@builtin(global_invocation_id) gid: vec3<u32>) {
  let i = gid.x;
  if (i >= 1u) { return; }
  var acc0: f32 = 0.0;
  for (var r: u32 = 0u; r < 30000u; r = r + 1u) {
    let c1 = (r / 100u);
    let c2 = (r % 100u);
    let l3 = c1 * 100u + c2;
    let v4 = s_hidden2_dense_kernel[l3];
    let v5 = abs(v4);
    acc0 = acc0 + v5;
  }
  tmp3[i] = acc0;
}

// ---- 014_matmul_hidden2_dense.wgsl
@group(0) @binding(0) var<storage, read> tmp2_v4: array<vec4<f32>>;
@group(0) @binding(1) var<storage, read> s_hidden2_dense_kernel_v4: array<vec4<f32>>;
@group(0) @binding(2) var<storage, read_write> tmp4: array<f32>;
@group(0) @binding(3) var<storage, read> s_hidden2_dense_bias: array<f32>;

@compute @workgroup_size(64)
fn main(@builtin(global_invocation_id) gid: vec3<u32>) {
  let t = gid.x;
  if (t >= 625u) { return; }
  let i0 = (t / 25u) * 8u;
  let j0 = (t % 25u) * 4u;
  let row0 = min(i0 + 0u, 199u);
  let row1 = min(i0 + 1u, 199u);
  let row2 = min(i0 + 2u, 199u);
  let row3 = min(i0 + 3u, 199u);
  let row4 = min(i0 + 4u, 199u);
  let row5 = min(i0 + 5u, 199u);
  let row6 = min(i0 + 6u, 199u);
  let row7 = min(i0 + 7u, 199u);
  let col8 = min(j0 + 0u, 99u);
  let col9 = min(j0 + 1u, 99u);
  let col10 = min(j0 + 2u, 99u);
  let col11 = min(j0 + 3u, 99u);
  var acc12: vec4<f32> = vec4<f32>(0.0);
  var acc13: vec4<f32> = vec4<f32>(0.0);
  var acc14: vec4<f32> = vec4<f32>(0.0);
  var acc15: vec4<f32> = vec4<f32>(0.0);
  var acc16: vec4<f32> = vec4<f32>(0.0);
  var acc17: vec4<f32> = vec4<f32>(0.0);
  var acc18: vec4<f32> = vec4<f32>(0.0);
  var acc19: vec4<f32> = vec4<f32>(0.0);
  let ra20 = row0 * 75u;
  let ra21 = row1 * 75u;
  let ra22 = row2 * 75u;
  let ra23 = row3 * 75u;
  let ra24 = row4 * 75u;
  let ra25 = row5 * 75u;
  let ra26 = row6 * 75u;
  let ra27 = row7 * 75u;
  for (var k: u32 = 0u; k < 75u; k = k + 1u) {
    let av28 = tmp2_v4[ra20 + k];
    let av29 = tmp2_v4[ra21 + k];
    let av30 = tmp2_v4[ra22 + k];
    let av31 = tmp2_v4[ra23 + k];
    let av32 = tmp2_v4[ra24 + k];
    let av33 = tmp2_v4[ra25 + k];
    let av34 = tmp2_v4[ra26 + k];
    let av35 = tmp2_v4[ra27 + k];
    let kq36 = k * 4u + 0u;
    let bv37 = s_hidden2_dense_kernel_v4[(kq36 * 100u + j0) / 4u];
    acc12 = acc12 + av28.x * bv37;
    acc13 = acc13 + av29.x * bv37;
    acc14 = acc14 + av30.x * bv37;
    acc15 = acc15 + av31.x * bv37;
    acc16 = acc16 + av32.x * bv37;
    acc17 = acc17 + av33.x * bv37;
    acc18 = acc18 + av34.x * bv37;
    acc19 = acc19 + av35.x * bv37;
    let kq38 = k * 4u + 1u;
    let bv39 = s_hidden2_dense_kernel_v4[(kq38 * 100u + j0) / 4u];
    acc12 = acc12 + av28.y * bv39;
    acc13 = acc13 + av29.y * bv39;
    acc14 = acc14 + av30.y * bv39;
    acc15 = acc15 + av31.y * bv39;
    acc16 = acc16 + av32.y * bv39;
    acc17 = acc17 + av33.y * bv39;
    acc18 = acc18 + av34.y * bv39;
    acc19 = acc19 + av35.y * bv39;
    let kq40 = k * 4u + 2u;
    let bv41 = s_hidden2_dense_kernel_v4[(kq40 * 100u + j0) / 4u];
    acc12 = acc12 + av28.z * bv41;
    acc13 = acc13 + av29.z * bv41;
    acc14 = acc14 + av30.z * bv41;
    acc15 = acc15 + av31.z * bv41;
    acc16 = acc16 + av32.z * bv41;
    acc17 = acc17 + av33.z * bv41;
    acc18 = acc18 + av34.z * bv41;
    acc19 = acc19 + av35.z * bv41;
    let kq42 = k * 4u + 3u;
    let bv43 = s_hidden2_dense_kernel_v4[(kq42 * 100u + j0) / 4u];
    acc12 = acc12 + av28.w * bv43;
    acc13 = acc13 + av29.w * bv43;
    acc14 = acc14 + av30.w * bv43;
    acc15 = acc15 + av31.w * bv43;
    acc16 = acc16 + av32.w * bv43;
    acc17 = acc17 + av33.w * bv43;
    acc18 = acc18 + av34.w * bv43;
    acc19 = acc19 + av35.w * bv43;
  }
  {
    let l44 = i0 * 100u + j0;
    let v45 = acc12.x;
    let v46 = s_hidden2_dense_bias[j0];
    let v47 = (v45 + v46);
    tmp4[l44] = v47;
  }
  {
    let j48 = j0 + 1u;
    let l49 = i0 * 100u + j48;
    let v50 = acc12.y;
    let v51 = s_hidden2_dense_bias[j48];
    let v52 = (v50 + v51);
    tmp4[l49] = v52;
  }
  {
    let j53 = j0 + 2u;
    let l54 = i0 * 100u + j53;
    let v55 = acc12.z;
    let v56 = s_hidden2_dense_bias[j53];
    let v57 = (v55 + v56);
    tmp4[l54] = v57;
  }
  {
    let j58 = j0 + 3u;
    let l59 = i0 * 100u + j58;
    let v60 = acc12.w;
    let v61 = s_hidden2_dense_bias[j58];
    let v62 = (v60 + v61);
    tmp4[l59] = v62;
  }
  {
    let i63 = i0 + 1u;
    let l64 = i63 * 100u + j0;
    let v65 = acc13.x;
    let v66 = s_hidden2_dense_bias[j0];
    let v67 = (v65 + v66);
    tmp4[l64] = v67;
  }
  {
    let i68 = i0 + 1u;
    let j69 = j0 + 1u;
    let l70 = i68 * 100u + j69;
    let v71 = acc13.y;
    let v72 = s_hidden2_dense_bias[j69];
    let v73 = (v71 + v72);
    tmp4[l70] = v73;
  }
  {
    let i74 = i0 + 1u;
    let j75 = j0 + 2u;
    let l76 = i74 * 100u + j75;
    let v77 = acc13.z;
    let v78 = s_hidden2_dense_bias[j75];
    let v79 = (v77 + v78);
    tmp4[l76] = v79;
  }
  {
    let i80 = i0 + 1u;
    let j81 = j0 + 3u;
    let l82 = i80 * 100u + j81;
    let v83 = acc13.w;
    let v84 = s_hidden2_dense_bias[j81];
    let v85 = (v83 + v84);
    tmp4[l82] = v85;
  }
  {
    let i86 = i0 + 2u;
    let l87 = i86 * 100u + j0;
    let v88 = acc14.x;
    let v89 = s_hidden2_dense_bias[j0];
    let v90 = (v88 + v89);
    tmp4[l87] = v90;
  }
  {
    let i91 = i0 + 2u;
    let j92 = j0 + 1u;
    let l93 = i91 * 100u + j92;
    let v94 = acc14.y;
    let v95 = s_hidden2_dense_bias[j92];
    let v96 = (v94 + v95);
    tmp4[l93] = v96;
  }
  {
    let i97 = i0 + 2u;
    let j98 = j0 + 2u;
    let l99 = i97 * 100u + j98;
    let v100 = acc14.z;
    let v101 = s_hidden2_dense_bias[j98];
    let v102 = (v100 + v101);
    tmp4[l99] = v102;
  }
  {
    let i103 = i0 + 2u;
    let j104 = j0 + 3u;
    let l105 = i103 * 100u + j104;
    let v106 = acc14.w;
    let v107 = s_hidden2_dense_bias[j104];
    let v108 = (v106 + v107);
    tmp4[l105] = v108;
  }
  {
    let i109 = i0 + 3u;
    let l110 = i109 * 100u + j0;
    let v111 = acc15.x;
    let v112 = s_hidden2_dense_bias[j0];
    let v113 = (v111 + v112);
    tmp4[l110] = v113;
  }
  {
    let i114 = i0 + 3u;
    let j115 = j0 + 1u;
    let l116 = i114 * 100u + j115;
    let v117 = acc15.y;
    let v118 = s_hidden2_dense_bias[j115];
    let v119 = (v117 + v118);
    tmp4[l116] = v119;
  }
  {
    let i120 = i0 + 3u;
    let j121 = j0 + 2u;
    let l122 = i120 * 100u + j121;
    let v123 = acc15.z;
    let v124 = s_hidden2_dense_bias[j121];
    let v125 = (v123 + v124);
    tmp4[l122] = v125;
  }
  {
    let i126 = i0 + 3u;
    let j127 = j0 + 3u;
    let l128 = i126 * 100u + j127;
    let v129 = acc15.w;
    let v130 = s_hidden2_dense_bias[j127];
    let v131 = (v129 + v130);
    tmp4[l128] = v131;
  }
  {
    let i132 = i0 + 4u;
    let l133 = i132 * 100u + j0;
    let v134 = acc16.x;
    let v135 = s_hidden2_dense_bias[j0];
    let v136 = (v134 + v135);
    tmp4[l133] = v136;
  }
  {
    let i137 = i0 + 4u;
    let j138 = j0 + 1u;
    let l139 = i137 * 100u + j138;
    let v140 = acc16.y;
    let v141 = s_hidden2_dense_bias[j138];
    let v142 = (v140 + v141);
    tmp4[l139] = v142;
  }
  {
    let i143 = i0 + 4u;
    let j144 = j0 + 2u;
    let l145 = i143 * 100u + j144;
    let v146 = acc16.z;
    let v147 = s_hidden2_dense_bias[j144];
    let v148 = (v146 + v147);
    tmp4[l145] = v148;
  }
  {
    let i149 = i0 + 4u;
    let j150 = j0 + 3u;
    let l151 = i149 * 100u + j150;
    let v152 = acc16.w;
    let v153 = s_hidden2_dense_bias[j150];
    let v154 = (v152 + v153);
    tmp4[l151] = v154;
  }
  {
    let i155 = i0 + 5u;
    let l156 = i155 * 100u + j0;
    let v157 = acc17.x;
    let v158 = s_hidden2_dense_bias[j0];
    let v159 = (v157 + v158);
    tmp4[l156] = v159;
  }
  {
    let i160 = i0 + 5u;
    let j161 = j0 + 1u;
    let l162 = i160 * 100u + j161;
    let v163 = acc17.y;
    let v164 = s_hidden2_dense_bias[j161];
    let v165 = (v163 + v164);
    tmp4[l162] = v165;
  }
  {
    let i166 = i0 + 5u;
    let j167 = j0 + 2u;
    let l168 = i166 * 100u + j167;
    let v169 = acc17.z;
    let v170 = s_hidden2_dense_bias[j167];
    let v171 = (v169 + v170);
    tmp4[l168] = v171;
  }
  {
    let i172 = i0 + 5u;
    let j173 = j0 + 3u;
    let l174 = i172 * 100u + j173;
    let v175 = acc17.w;
    let v176 = s_hidden2_dense_bias[j173];
    let v177 = (v175 + v176);
    tmp4[l174] = v177;
  }
  {
    let i178 = i0 + 6u;
    let l179 = i178 * 100u + j0;
    let v180 = acc18.x;
    let v181 = s_hidden2_dense_bias[j0];
    let v182 = (v180 + v181);
    tmp4[l179] = v182;
  }
  {
    let i183 = i0 + 6u;
    let j184 = j0 + 1u;
    let l185 = i183 * 100u + j184;
    let v186 = acc18.y;
    let v187 = s_hidden2_dense_bias[j184];
    let v188 = (v186 + v187);
    tmp4[l185] = v188;
  }
  {
    let i189 = i0 + 6u;
    let j190 = j0 + 2u;
    let l191 = i189 * 100u + j190;
    let v192 = acc18.z;
    let v193 = s_hidden2_dense_bias[j190];
    let v194 = (v192 + v193);
    tmp4[l191] = v194;
  }
  {
    let i195 = i0 + 6u;
    let j196 = j0 + 3u;
    let l197 = i195 * 100u + j196;
    let v198 = acc18.w;
    let v199 = s_hidden2_dense_bias[j196];
    let v200 = (v198 + v199);
    tmp4[l197] = v200;
  }
  {
    let i201 = i0 + 7u;
    let l202 = i201 * 100u + j0;
    let v203 = acc19.x;
    let v204 = s_hidden2_dense_bias[j0];
    let v205 = (v203 + v204);
    tmp4[l202] = v205;
  }
  {
    let i206 = i0 + 7u;
    let j207 = j0 + 1u;
    let l208 = i206 * 100u + j207;
    let v209 = acc19.y;
    let v210 = s_hidden2_dense_bias[j207];
    let v211 = (v209 + v210);
    tmp4[l208] = v211;
  }
  {
    let i212 = i0 + 7u;
    let j213 = j0 + 2u;
    let l214 = i212 * 100u + j213;
    let v215 = acc19.z;
    let v216 = s_hidden2_dense_bias[j213];
    let v217 = (v215 + v216);
    tmp4[l214] = v217;
  }
  {
    let i218 = i0 + 7u;
    let j219 = j0 + 3u;
    let l220 = i218 * 100u + j219;
    let v221 = acc19.w;
    let v222 = s_hidden2_dense_bias[j219];
    let v223 = (v221 + v222);
    tmp4[l220] = v223;
  }
}

// ---- 015_select_hidden2.wgsl
@group(0) @binding(0) var<storage, read> tmp4: array<f32>;
@group(0) @binding(1) var<storage, read_write> tmp5: array<f32>;

@compute @workgroup_size(64)
fn main(@builtin(global_invocation_id) gid: vec3<u32>) {
  let i = gid.x;
  if (i >= 20000u) { return; }
  let c0 = (i / 100u);
  let c1 = (i % 100u);
  let v2 = tmp4[i];
  let v3 = select(0.0, 1.0, v2 > 0.0);
  let v4 = select(0.0, v2, v3 != 0.0);
  tmp5[i] = v4;
}

// ---- 016_reduce_sum_logits_dense.wgsl
@group(0) @binding(0) var<storage, read> s_logits_dense_kernel: array<f32>;
@group(0) @binding(1) var<storage, read_write> tmp6: array<f32>;

@compute @workgroup_size(64)
fn main(@builtin(global_invocation_id) gid: vec3<u32>) {
  let i = gid.x;
  if (i >= 1u) { return; }
  var acc0: f32 = 0.0;
  for (var r: u32 = 0u; r < 1000u; r = r + 1u) {
    let c1 = (r / 10u);
    let c2 = (r % 10u);
    let l3 = c1 * 10u + c2;
    let v4 = s_logits_dense_kernel[l3];
    let v5 = abs(v4);
    acc0 = acc0 + v5;
  }
  tmp6[i] = acc0;
}

// ---- 017_matmul_logits_dense.wgsl
@group(0) @binding(0) var<storage, read> tmp5: array<f32>;
@group(0) @binding(1) var<storage, read> s_logits_dense_kernel: array<f32>;
@group(0) @binding(2) var<storage, read_write> tmp7: array<f32>;
@group(0) @binding(3) var<storage, read> s_logits_dense_bias: array<f32>;

@compute @workgroup_size(64)
fn main(@builtin(global_invocation_id) gid: vec3<u32>) {
  let t = gid.x;
  if (t >= 75u) { return; }
  let i0 = (t / 3u) * 8u;
  let j0 = (t % 3u) * 4u;
  let row0 = min(i0 + 0u, 199u);
  let row1 = min(i0 + 1u, 199u);
  let row2 = min(i0 + 2u, 199u);
  let row3 = min(i0 + 3u, 199u);
  let row4 = min(i0 + 4u, 199u);
  let row5 = min(i0 + 5u, 199u);
  let row6 = min(i0 + 6u, 199u);
  let row7 = min(i0 + 7u, 199u);
  let col8 = min(j0 + 0u, 9u);
  let col9 = min(j0 + 1u, 9u);
  let col10 = min(j0 + 2u, 9u);
  let col11 = min(j0 + 3u, 9u);
  var acc12: vec4<f32> = vec4<f32>(0.0);
  var acc13: vec4<f32> = vec4<f32>(0.0);
  var acc14: vec4<f32> = vec4<f32>(0.0);
  var acc15: vec4<f32> = vec4<f32>(0.0);
  var acc16: vec4<f32> = vec4<f32>(0.0);
  var acc17: vec4<f32> = vec4<f32>(0.0);
  var acc18: vec4<f32> = vec4<f32>(0.0);
  var acc19: vec4<f32> = vec4<f32>(0.0);
  let ra20 = row0 * 100u;
  let ra21 = row1 * 100u;
  let ra22 = row2 * 100u;
  let ra23 = row3 * 100u;
  let ra24 = row4 * 100u;
  let ra25 = row5 * 100u;
  let ra26 = row6 * 100u;
  let ra27 = row7 * 100u;
  for (var k: u32 = 0u; k < 100u; k = k + 1u) {
    let rb28 = k * 10u;
    let bv29 = vec4<f32>(s_logits_dense_kernel[rb28 + col8], s_logits_dense_kernel[rb28 + col9], s_logits_dense_kernel[rb28 + col10], s_logits_dense_kernel[rb28 + col11]);
    acc12 = acc12 + tmp5[ra20 + k] * bv29;
    acc13 = acc13 + tmp5[ra21 + k] * bv29;
    acc14 = acc14 + tmp5[ra22 + k] * bv29;
    acc15 = acc15 + tmp5[ra23 + k] * bv29;
    acc16 = acc16 + tmp5[ra24 + k] * bv29;
    acc17 = acc17 + tmp5[ra25 + k] * bv29;
    acc18 = acc18 + tmp5[ra26 + k] * bv29;
    acc19 = acc19 + tmp5[ra27 + k] * bv29;
  }
  {
    let l30 = i0 * 10u + j0;
    let v31 = acc12.x;
    let v32 = s_logits_dense_bias[j0];
    let v33 = (v31 + v32);
    tmp7[l30] = v33;
  }
  if (j0 + 1u < 10u) {
    let j34 = j0 + 1u;
    let l35 = i0 * 10u + j34;
    let v36 = acc12.y;
    let v37 = s_logits_dense_bias[j34];
    let v38 = (v36 + v37);
    tmp7[l35] = v38;
  }
  if (j0 + 2u < 10u) {
    let j39 = j0 + 2u;
    let l40 = i0 * 10u + j39;
    let v41 = acc12.z;
    let v42 = s_logits_dense_bias[j39];
    let v43 = (v41 + v42);
    tmp7[l40] = v43;
  }
  if (j0 + 3u < 10u) {
    let j44 = j0 + 3u;
    let l45 = i0 * 10u + j44;
    let v46 = acc12.w;
    let v47 = s_logits_dense_bias[j44];
    let v48 = (v46 + v47);
    tmp7[l45] = v48;
  }
  {
    let i49 = i0 + 1u;
    let l50 = i49 * 10u + j0;
    let v51 = acc13.x;
    let v52 = s_logits_dense_bias[j0];
    let v53 = (v51 + v52);
    tmp7[l50] = v53;
  }
  if (j0 + 1u < 10u) {
    let i54 = i0 + 1u;
    let j55 = j0 + 1u;
    let l56 = i54 * 10u + j55;
    let v57 = acc13.y;
    let v58 = s_logits_dense_bias[j55];
    let v59 = (v57 + v58);
    tmp7[l56] = v59;
  }
  if (j0 + 2u < 10u) {
    let i60 = i0 + 1u;
    let j61 = j0 + 2u;
    let l62 = i60 * 10u + j61;
    let v63 = acc13.z;
    let v64 = s_logits_dense_bias[j61];
    let v65 = (v63 + v64);
    tmp7[l62] = v65;
  }
  if (j0 + 3u < 10u) {
    let i66 = i0 + 1u;
    let j67 = j0 + 3u;
    let l68 = i66 * 10u + j67;
    let v69 = acc13.w;
    let v70 = s_logits_dense_bias[j67];
    let v71 = (v69 + v70);
    tmp7[l68] = v71;
  }
  {
    let i72 = i0 + 2u;
    let l73 = i72 * 10u + j0;
    let v74 = acc14.x;
    let v75 = s_logits_dense_bias[j0];
    let v76 = (v74 + v75);
    tmp7[l73] = v76;
  }
  if (j0 + 1u < 10u) {
    let i77 = i0 + 2u;
    let j78 = j0 + 1u;
    let l79 = i77 * 10u + j78;
    let v80 = acc14.y;
    let v81 = s_logits_dense_bias[j78];
    let v82 = (v80 + v81);
    tmp7[l79] = v82;
  }
  if (j0 + 2u < 10u) {
    let i83 = i0 + 2u;
    let j84 = j0 + 2u;
    let l85 = i83 * 10u + j84;
    let v86 = acc14.z;
    let v87 = s_logits_dense_bias[j84];
    let v88 = (v86 + v87);
    tmp7[l85] = v88;
  }
  if (j0 + 3u < 10u) {
    let i89 = i0 + 2u;
    let j90 = j0 + 3u;
    let l91 = i89 * 10u + j90;
    let v92 = acc14.w;
    let v93 = s_logits_dense_bias[j90];
    let v94 = (v92 + v93);
    tmp7[l91] = v94;
  }
  {
    let i95 = i0 + 3u;
    let l96 = i95 * 10u + j0;
    let v97 = acc15.x;
    let v98 = s_logits_dense_bias[j0];
    let v99 = (v97 + v98);
    tmp7[l96] = v99;
  }
  if (j0 + 1u < 10u) {
    let i100 = i0 + 3u;
    let j101 = j0 + 1u;
    let l102 = i100 * 10u + j101;
    let v103 = acc15.y;
    let v104 = s_logits_dense_bias[j101];
    let v105 = (v103 + v104);
    tmp7[l102] = v105;
  }
  if (j0 + 2u < 10u) {
    let i106 = i0 + 3u;
    let j107 = j0 + 2u;
    let l108 = i106 * 10u + j107;
    let v109 = acc15.z;
    let v110 = s_logits_dense_bias[j107];
    let v111 = (v109 + v110);
    tmp7[l108] = v111;
  }
  if (j0 + 3u < 10u) {
    let i112 = i0 + 3u;
    let j113 = j0 + 3u;
    let l114 = i112 * 10u + j113;
    let v115 = acc15.w;
    let v116 = s_logits_dense_bias[j113];
    let v117 = (v115 + v116);
    tmp7[l114] = v117;
  }
  {
    let i118 = i0 + 4u;
    let l119 = i118 * 10u + j0;
    let v120 = acc16.x;
    let v121 = s_logits_dense_bias[j0];
    let v122 = (v120 + v121);
    tmp7[l119] = v122;
  }
  if (j0 + 1u < 10u) {
    let i123 = i0 + 4u;
    let j124 = j0 + 1u;
    let l125 = i123 * 10u + j124;
    let v126 = acc16.y;
    let v127 = s_logits_dense_bias[j124];
    let v128 = (v126 + v127);
    tmp7[l125] = v128;
  }
  if (j0 + 2u < 10u) {
    let i129 = i0 + 4u;
    let j130 = j0 + 2u;
    let l131 = i129 * 10u + j130;
    let v132 = acc16.z;
    let v133 = s_logits_dense_bias[j130];
    let v134 = (v132 + v133);
    tmp7[l131] = v134;
  }
  if (j0 + 3u < 10u) {
    let i135 = i0 + 4u;
    let j136 = j0 + 3u;
    let l137 = i135 * 10u + j136;
    let v138 = acc16.w;
    let v139 = s_logits_dense_bias[j136];
    let v140 = (v138 + v139);
    tmp7[l137] = v140;
  }
  {
    let i141 = i0 + 5u;
    let l142 = i141 * 10u + j0;
    let v143 = acc17.x;
    let v144 = s_logits_dense_bias[j0];
    let v145 = (v143 + v144);
    tmp7[l142] = v145;
  }
  if (j0 + 1u < 10u) {
    let i146 = i0 + 5u;
    let j147 = j0 + 1u;
    let l148 = i146 * 10u + j147;
    let v149 = acc17.y;
    let v150 = s_logits_dense_bias[j147];
    let v151 = (v149 + v150);
    tmp7[l148] = v151;
  }
  if (j0 + 2u < 10u) {
    let i152 = i0 + 5u;
    let j153 = j0 + 2u;
    let l154 = i152 * 10u + j153;
    let v155 = acc17.z;
    let v156 = s_logits_dense_bias[j153];
    let v157 = (v155 + v156);
    tmp7[l154] = v157;
  }
  if (j0 + 3u < 10u) {
    let i158 = i0 + 5u;
    let j159 = j0 + 3u;
    let l160 = i158 * 10u + j159;
    let v161 = acc17.w;
    let v162 = s_logits_dense_bias[j159];
    let v163 = (v161 + v162);
    tmp7[l160] = v163;
  }
  {
    let i164 = i0 + 6u;
    let l165 = i164 * 10u + j0;
    let v166 = acc18.x;
    let v167 = s_logits_dense_bias[j0];
    let v168 = (v166 + v167);
    tmp7[l165] = v168;
  }
  if (j0 + 1u < 10u) {
    let i169 = i0 + 6u;
    let j170 = j0 + 1u;
    let l171 = i169 * 10u + j170;
    let v172 = acc18.y;
    let v173 = s_logits_dense_bias[j170];
    let v174 = (v172 + v173);
    tmp7[l171] = v174;
  }
  if (j0 + 2u < 10u) {
    let i175 = i0 + 6u;
    let j176 = j0 + 2u;
    let l177 = i175 * 10u + j176;
    let v178 = acc18.z;
    let v179 = s_logits_dense_bias[j176];
    let v180 = (v178 + v179);
    tmp7[l177] = v180;
  }
  if (j0 + 3u < 10u) {
    let i181 = i0 + 6u;
    let j182 = j0 + 3u;
    let l183 = i181 * 10u + j182;
    let v184 = acc18.w;
    let v185 = s_logits_dense_bias[j182];
    let v186 = (v184 + v185);
    tmp7[l183] = v186;
  }
  {
    let i187 = i0 + 7u;
    let l188 = i187 * 10u + j0;
    let v189 = acc19.x;
    let v190 = s_logits_dense_bias[j0];
    let v191 = (v189 + v190);
    tmp7[l188] = v191;
  }
  if (j0 + 1u < 10u) {
    let i192 = i0 + 7u;
    let j193 = j0 + 1u;
    let l194 = i192 * 10u + j193;
    let v195 = acc19.y;
    let v196 = s_logits_dense_bias[j193];
    let v197 = (v195 + v196);
    tmp7[l194] = v197;
  }
  if (j0 + 2u < 10u) {
    let i198 = i0 + 7u;
    let j199 = j0 + 2u;
    let l200 = i198 * 10u + j199;
    let v201 = acc19.z;
    let v202 = s_logits_dense_bias[j199];
    let v203 = (v201 + v202);
    tmp7[l200] = v203;
  }
  if (j0 + 3u < 10u) {
    let i204 = i0 + 7u;
    let j205 = j0 + 3u;
    let l206 = i204 * 10u + j205;
    let v207 = acc19.w;
    let v208 = s_logits_dense_bias[j205];
    let v209 = (v207 + v208);
    tmp7[l206] = v209;
  }
}

// ---- 018_one_hot_loss.wgsl
@group(0) @binding(0) var<storage, read> in_y: array<i32>;
@group(0) @binding(1) var<storage, read_write> tmp8: array<f32>;

@compute @workgroup_size(64)
fn main(@builtin(global_invocation_id) gid: vec3<u32>) {
  let i = gid.x;
  if (i >= 2000u) { return; }
  let c0 = (i / 10u);
  let c1 = (i % 10u);
  let v2 = in_y[c0];
  let v3 = select(0.0, 1.0, i32(c1) == v2);
  tmp8[i] = v3;
}

// ---- 019_reduce_max_loss.wgsl
@group(0) @binding(0) var<storage, read> tmp7: array<f32>;
@group(0) @binding(1) var<storage, read_write> tmp9: array<f32>;

@compute @workgroup_size(64)
fn main(@builtin(global_invocation_id) gid: vec3<u32>) {
  let i = gid.x;
  if (i >= 200u) { return; }
  var acc0: f32 = -3.4028234663852886e38;
  for (var r: u32 = 0u; r < 10u; r = r + 1u) {
    let l1 = i * 10u + r;
    let v2 = tmp7[l1];
    acc0 = max(acc0, v2);
  }
  tmp9[i] = acc0;
}

// ---- 020_reduce_sum_loss.wgsl
@group(0) @binding(0) var<storage, read> tmp7: array<f32>;
@group(0) @binding(1) var<storage, read> tmp9: array<f32>;
@group(0) @binding(2) var<storage, read_write> tmp10: array<f32>;

@compute @workgroup_size(64)
fn main(@builtin(global_invocation_id) gid: vec3<u32>) {
  let i = gid.x;
  if (i >= 200u) { return; }
  var acc0: f32 = 0.0;
  for (var r: u32 = 0u; r < 10u; r = r + 1u) {
    let l1 = i * 10u + r;
    let v2 = tmp7[l1];
    let v3 = tmp9[i];
    let v4 = (v2 - v3);
    let v5 = exp(v4);
    acc0 = acc0 + v5;
  }
  tmp10[i] = acc0;
}

// ---- 021_reduce_sum_loss.wgsl
@group(0) @binding(0) var<storage, read> tmp8: array<f32>;
@group(0) @binding(1) var<storage, read> tmp7: array<f32>;
@group(0) @binding(2) var<storage, read> tmp9: array<f32>;
@group(0) @binding(3) var<storage, read> tmp10: array<f32>;
@group(0) @binding(4) var<storage, read_write> tmp11: array<f32>;

@compute @workgroup_size(64)
fn main(@builtin(global_invocation_id) gid: vec3<u32>) {
  let i = gid.x;
  if (i >= 200u) { return; }
  var acc0: f32 = 0.0;
  for (var r: u32 = 0u; r < 10u; r = r + 1u) {
    let l1 = i * 10u + r;
    let v2 = tmp8[l1];
    let v3 = tmp7[l1];
    let v4 = tmp9[i];
    let v5 = (v3 - v4);
    let v6 = tmp10[i];
    let v7 = log(v6);
    let v8 = (v5 - v7);
    let v9 = (v2 * v8);
    acc0 = acc0 + v9;
  }
  tmp11[i] = acc0;
}

// ---- 022_reduce_sum_accuracy.wgsl
@group(0) @binding(0) var<storage, read> tmp7: array<f32>;
@group(0) @binding(1) var<storage, read> tmp8: array<f32>;
@group(0) @binding(2) var<storage, read_write> tmp12: array<f32>;

@compute @workgroup_size(64)
fn main(@builtin(global_invocation_id) gid: vec3<u32>) {
  let i = gid.x;
  if (i >= 200u) { return; }
  var acc0: f32 = 0.0;
  for (var r: u32 = 0u; r < 10u; r = r + 1u) {
    let l1 = i * 10u + r;
    let v2 = tmp7[l1];
    let v3 = tmp8[l1];
    let v4 = (v2 * v3);
    acc0 = acc0 + v4;
  }
  tmp12[i] = acc0;
}

// ---- 023_reduce_sum_accuracy_x2.wgsl
@group(0) @binding(0) var<storage, read> tmp7: array<f32>;
@group(0) @binding(1) var<storage, read> tmp12: array<f32>;
@group(0) @binding(2) var<storage, read_write> tmp13: array<f32>;
@group(0) @binding(3) var<storage, read_write> tmp14: array<f32>;

@compute @workgroup_size(64)
fn main(@builtin(global_invocation_id) gid: vec3<u32>) {
  let i = gid.x;
  if (i >= 200u) { return; }
  var acc0: f32 = 0.0;
  for (var r: u32 = 0u; r < 10u; r = r + 1u) {
    let l1 = i * 10u + r;
    let v2 = tmp7[l1];
    let v3 = tmp12[i];
    let v4 = select(0.0, 1.0, v2 > v3);
    acc0 = acc0 + v4;
  }
  var acc5: f32 = 0.0;
  for (var r: u32 = 0u; r < 10u; r = r + 1u) {
    let l6 = i * 10u + r;
    let v7 = tmp7[l6];
    let v8 = select(0.0, 1.0, (bitcast<u32>(v7) & 0x7f800000u) != 0x7f800000u);
    let v9 = (1.0 - v8);
    acc5 = acc5 + v9;
  }
  tmp13[i] = acc0;
  tmp14[i] = acc5;
}

// ---- 024_reduce_sum_accuracy_x2.wgsl
@group(0) @binding(0) var<storage, read> tmp13: array<f32>;
@group(0) @binding(1) var<storage, read> tmp14: array<f32>;
@group(0) @binding(2) var<storage, read> tmp11: array<f32>;
@group(0) @binding(3) var<storage, read> tmp0: array<f32>;
@group(0) @binding(4) var<storage, read> tmp3: array<f32>;
@group(0) @binding(5) var<storage, read> tmp6: array<f32>;
@group(0) @binding(6) var<storage, read_write> out_accuracy: array<f32>;
@group(0) @binding(7) var<storage, read_write> out_loss: array<f32>;

@compute @workgroup_size(64)
fn main(@builtin(global_invocation_id) gid: vec3<u32>) {
  let i = gid.x;
  if (i >= 1u) { return; }
  var acc0: f32 = 0.0;
  for (var r: u32 = 0u; r < 200u; r = r + 1u) {
    let v1 = tmp13[r];
    let v2 = select(0.0, 1.0, v1 < 1.0);
    let v3 = tmp14[r];
    let v4 = select(0.0, 1.0, v3 == 0.0);
    let v5 = (v2 * v4);
    acc0 = acc0 + v5;
  }
  let v6 = (acc0 / 200.0);
  var acc7: f32 = 0.0;
  for (var r: u32 = 0u; r < 200u; r = r + 1u) {
    let v8 = tmp11[r];
    let v9 = (-v8);
    acc7 = acc7 + v9;
  }
  let v10 = (acc7 / 200.0);
  let v11 = tmp0[i];
  let v12 = (v11 * 0.001);
  let v13 = (v10 + v12);
  let v14 = tmp3[i];
  let v15 = (v14 * 0.001);
  let v16 = (v13 + v15);
  let v17 = tmp6[i];
  let v18 = (v17 * 0.001);
  let v19 = (v16 + v18);
  out_accuracy[i] = v6;
  out_loss[i] = v19;
}

// ---- 025_reduce_sum_loss_grad.wgsl
@group(0) @binding(0) var<storage, read> tmp8: array<f32>;
@group(0) @binding(1) var<storage, read_write> tmp12: array<f32>;

@compute @workgroup_size(64)
fn main(@builtin(global_invocation_id) gid: vec3<u32>) {
  let i = gid.x;
  if (i >= 200u) { return; }
  var acc0: f32 = 0.0;
  for (var r: u32 = 0u; r < 10u; r = r + 1u) {
    let l1 = i * 10u + r;
    let v2 = tmp8[l1];
    let v3 = ((-0.005) * v2);
    let v4 = (-v3);
    acc0 = acc0 + v4;
  }
  tmp12[i] = acc0;
}

// ---- 026_add_loss_grad.wgsl
@group(0) @binding(0) var<storage, read> tmp8: array<f32>;
@group(0) @binding(1) var<storage, read> tmp12: array<f32>;
@group(0) @binding(2) var<storage, read> tmp10: array<f32>;
@group(0) @binding(3) var<storage, read> tmp7: array<f32>;
@group(0) @binding(4) var<storage, read> tmp9: array<f32>;
@group(0) @binding(5) var<storage, read_write> tmp15: array<f32>;

@compute @workgroup_size(64)
fn main(@builtin(global_invocation_id) gid: vec3<u32>) {
  let i = gid.x;
  if (i >= 2000u) { return; }
  let v0 = tmp8[i];
  let v1 = ((-0.005) * v0);
  let c2 = (i / 10u);
  let c3 = (i % 10u);
  let v4 = tmp12[c2];
  let v5 = tmp10[c2];
  let v6 = (v4 / v5);
  let v7 = tmp7[i];
  let v8 = tmp9[c2];
  let v9 = (v7 - v8);
  let v10 = exp(v9);
  let v11 = (v6 * v10);
  let v12 = (v1 + v11);
  tmp15[i] = v12;
}

// ---- 027_matmul_hidden2_grad.wgsl
@group(0) @binding(0) var<storage, read> tmp15: array<f32>;
@group(0) @binding(1) var<storage, read> s_logits_dense_kernel: array<f32>;
@group(0) @binding(2) var<storage, read_write> tmp16: array<f32>;
@group(0) @binding(3) var<storage, read> tmp4: array<f32>;

@compute @workgroup_size(64)
fn main(@builtin(global_invocation_id) gid: vec3<u32>) {
  let t = gid.x;
  if (t >= 625u) { return; }
  let i0 = (t / 25u) * 8u;
  let j0 = (t % 25u) * 4u;
  let row0 = min(i0 + 0u, 199u);
  let row1 = min(i0 + 1u, 199u);
  let row2 = min(i0 + 2u, 199u);
  let row3 = min(i0 + 3u, 199u);
  let row4 = min(i0 + 4u, 199u);
  let row5 = min(i0 + 5u, 199u);
  let row6 = min(i0 + 6u, 199u);
  let row7 = min(i0 + 7u, 199u);
  let col8 = min(j0 + 0u, 99u);
  let col9 = min(j0 + 1u, 99u);
  let col10 = min(j0 + 2u, 99u);
  let col11 = min(j0 + 3u, 99u);
  var acc12: vec4<f32> = vec4<f32>(0.0);
  var acc13: vec4<f32> = vec4<f32>(0.0);
  var acc14: vec4<f32> = vec4<f32>(0.0);
  var acc15: vec4<f32> = vec4<f32>(0.0);
  var acc16: vec4<f32> = vec4<f32>(0.0);
  var acc17: vec4<f32> = vec4<f32>(0.0);
  var acc18: vec4<f32> = vec4<f32>(0.0);
  var acc19: vec4<f32> = vec4<f32>(0.0);
  let ra20 = row0 * 10u;
  let ra21 = row1 * 10u;
  let ra22 = row2 * 10u;
  let ra23 = row3 * 10u;
  let ra24 = row4 * 10u;
  let ra25 = row5 * 10u;
  let ra26 = row6 * 10u;
  let ra27 = row7 * 10u;
  let cb28 = col8 * 10u;
  let cb29 = col9 * 10u;
  let cb30 = col10 * 10u;
  let cb31 = col11 * 10u;
  for (var k: u32 = 0u; k < 10u; k = k + 1u) {
    let bv32 = vec4<f32>(s_logits_dense_kernel[cb28 + k], s_logits_dense_kernel[cb29 + k], s_logits_dense_kernel[cb30 + k], s_logits_dense_kernel[cb31 + k]);
    acc12 = acc12 + tmp15[ra20 + k] * bv32;
    acc13 = acc13 + tmp15[ra21 + k] * bv32;
    acc14 = acc14 + tmp15[ra22 + k] * bv32;
    acc15 = acc15 + tmp15[ra23 + k] * bv32;
    acc16 = acc16 + tmp15[ra24 + k] * bv32;
    acc17 = acc17 + tmp15[ra25 + k] * bv32;
    acc18 = acc18 + tmp15[ra26 + k] * bv32;
    acc19 = acc19 + tmp15[ra27 + k] * bv32;
  }
  {
    let l33 = i0 * 100u + j0;
    let v34 = acc12.x;
    let v35 = tmp4[l33];
    let v36 = select(0.0, 1.0, v35 > 0.0);
    let v37 = select(0.0, v34, v36 != 0.0);
    tmp16[l33] = v37;
  }
  {
    let j38 = j0 + 1u;
    let l39 = i0 * 100u + j38;
    let v40 = acc12.y;
    let v41 = tmp4[l39];
    let v42 = select(0.0, 1.0, v41 > 0.0);
    let v43 = select(0.0, v40, v42 != 0.0);
    tmp16[l39] = v43;
  }
  {
    let j44 = j0 + 2u;
    let l45 = i0 * 100u + j44;
    let v46 = acc12.z;
    let v47 = tmp4[l45];
    let v48 = select(0.0, 1.0, v47 > 0.0);
    let v49 = select(0.0, v46, v48 != 0.0);
    tmp16[l45] = v49;
  }
  {
    let j50 = j0 + 3u;
    let l51 = i0 * 100u + j50;
    let v52 = acc12.w;
    let v53 = tmp4[l51];
    let v54 = select(0.0, 1.0, v53 > 0.0);
    let v55 = select(0.0, v52, v54 != 0.0);
    tmp16[l51] = v55;
  }
  {
    let i56 = i0 + 1u;
    let l57 = i56 * 100u + j0;
    let v58 = acc13.x;
    let v59 = tmp4[l57];
    let v60 = select(0.0, 1.0, v59 > 0.0);
    let v61 = select(0.0, v58, v60 != 0.0);
    tmp16[l57] = v61;
  }
  {
    let i62 = i0 + 1u;
    let j63 = j0 + 1u;
    let l64 = i62 * 100u + j63;
    let v65 = acc13.y;
    let v66 = tmp4[l64];
    let v67 = select(0.0, 1.0, v66 > 0.0);
    let v68 = select(0.0, v65, v67 != 0.0);
    tmp16[l64] = v68;
  }
  {
    let i69 = i0 + 1u;
    let j70 = j0 + 2u;
    let l71 = i69 * 100u + j70;
    let v72 = acc13.z;
    let v73 = tmp4[l71];
    let v74 = select(0.0, 1.0, v73 > 0.0);
    let v75 = select(0.0, v72, v74 != 0.0);
    tmp16[l71] = v75;
  }
  {
    let i76 = i0 + 1u;
    let j77 = j0 + 3u;
    let l78 = i76 * 100u + j77;
    let v79 = acc13.w;
    let v80 = tmp4[l78];
    let v81 = select(0.0, 1.0, v80 > 0.0);
    let v82 = select(0.0, v79, v81 != 0.0);
    tmp16[l78] = v82;
  }
  {
    let i83 = i0 + 2u;
    let l84 = i83 * 100u + j0;
    let v85 = acc14.x;
    let v86 = tmp4[l84];
    let v87 = select(0.0, 1.0, v86 > 0.0);
    let v88 = select(0.0, v85, v87 != 0.0);
    tmp16[l84] = v88;
  }
  {
    let i89 = i0 + 2u;
    let j90 = j0 + 1u;
    let l91 = i89 * 100u + j90;
    let v92 = acc14.y;
    let v93 = tmp4[l91];
    let v94 = select(0.0, 1.0, v93 > 0.0);
    let v95 = select(0.0, v92, v94 != 0.0);
    tmp16[l91] = v95;
  }
  {
    let i96 = i0 + 2u;
    let j97 = j0 + 2u;
    let l98 = i96 * 100u + j97;
    let v99 = acc14.z;
    let v100 = tmp4[l98];
    let v101 = select(0.0, 1.0, v100 > 0.0);
    let v102 = select(0.0, v99, v101 != 0.0);
    tmp16[l98] = v102;
  }
  {
    let i103 = i0 + 2u;
    let j104 = j0 + 3u;
    let l105 = i103 * 100u + j104;
    let v106 = acc14.w;
    let v107 = tmp4[l105];
    let v108 = select(0.0, 1.0, v107 > 0.0);
    let v109 = select(0.0, v106, v108 != 0.0);
    tmp16[l105] = v109;
  }
  {
    let i110 = i0 + 3u;
    let l111 = i110 * 100u + j0;
    let v112 = acc15.x;
    let v113 = tmp4[l111];
    let v114 = select(0.0, 1.0, v113 > 0.0);
    let v115 = select(0.0, v112, v114 != 0.0);
    tmp16[l111] = v115;
  }
  {
    let i116 = i0 + 3u;
    let j117 = j0 + 1u;
    let l118 = i116 * 100u + j117;
    let v119 = acc15.y;
    let v120 = tmp4[l118];
    let v121 = select(0.0, 1.0, v120 > 0.0);
    let v122 = select(0.0, v119, v121 != 0.0);
    tmp16[l118] = v122;
  }
  {
    let i123 = i0 + 3u;
    let j124 = j0 + 2u;
    let l125 = i123 * 100u + j124;
    let v126 = acc15.z;
    let v127 = tmp4[l125];
    let v128 = select(0.0, 1.0, v127 > 0.0);
    let v129 = select(0.0, v126, v128 != 0.0);
    tmp16[l125] = v129;
  }
  {
    let i130 = i0 + 3u;
    let j131 = j0 + 3u;
    let l132 = i130 * 100u + j131;
    let v133 = acc15.w;
    let v134 = tmp4[l132];
    let v135 = select(0.0, 1.0, v134 > 0.0);
    let v136 = select(0.0, v133, v135 != 0.0);
    tmp16[l132] = v136;
  }
  {
    let i137 = i0 + 4u;
    let l138 = i137 * 100u + j0;
    let v139 = acc16.x;
    let v140 = tmp4[l138];
    let v141 = select(0.0, 1.0, v140 > 0.0);
    let v142 = select(0.0, v139, v141 != 0.0);
    tmp16[l138] = v142;
  }
  {
    let i143 = i0 + 4u;
    let j144 = j0 + 1u;
    let l145 = i143 * 100u + j144;
    let v146 = acc16.y;
    let v147 = tmp4[l145];
    let v148 = select(0.0, 1.0, v147 > 0.0);
    let v149 = select(0.0, v146, v148 != 0.0);
    tmp16[l145] = v149;
  }
  {
    let i150 = i0 + 4u;
    let j151 = j0 + 2u;
    let l152 = i150 * 100u + j151;
    let v153 = acc16.z;
    let v154 = tmp4[l152];
    let v155 = select(0.0, 1.0, v154 > 0.0);
    let v156 = select(0.0, v153, v155 != 0.0);
    tmp16[l152] = v156;
  }
  {
    let i157 = i0 + 4u;
    let j158 = j0 + 3u;
    let l159 = i157 * 100u + j158;
    let v160 = acc16.w;
    let v161 = tmp4[l159];
    let v162 = select(0.0, 1.0, v161 > 0.0);
    let v163 = select(0.0, v160, v162 != 0.0);
    tmp16[l159] = v163;
  }
  {
    let i164 = i0 + 5u;
    let l165 = i164 * 100u + j0;
    let v166 = acc17.x;
    let v167 = tmp4[l165];
    let v168 = select(0.0, 1.0, v167 > 0.0);
    let v169 = select(0.0, v166, v168 != 0.0);
    tmp16[l165] = v169;
  }
  {
    let i170 = i0 + 5u;
    let j171 = j0 + 1u;
    let l172 = i170 * 100u + j171;
    let v173 = acc17.y;
    let v174 = tmp4[l172];
    let v175 = select(0.0, 1.0, v174 > 0.0);
    let v176 = select(0.0, v173, v175 != 0.0);
    tmp16[l172] = v176;
  }
  {
    let i177 = i0 + 5u;
    let j178 = j0 + 2u;
    let l179 = i177 * 100u + j178;
    let v180 = acc17.z;
    let v181 = tmp4[l179];
    let v182 = select(0.0, 1.0, v181 > 0.0);
    let v183 = select(0.0, v180, v182 != 0.0);
    tmp16[l179] = v183;
  }
  {
    let i184 = i0 + 5u;
    let j185 = j0 + 3u;
    let l186 = i184 * 100u + j185;
    let v187 = acc17.w;
    let v188 = tmp4[l186];
    let v189 = select(0.0, 1.0, v188 > 0.0);
    let v190 = select(0.0, v187, v189 != 0.0);
    tmp16[l186] = v190;
  }
  {
    let i191 = i0 + 6u;
    let l192 = i191 * 100u + j0;
    let v193 = acc18.x;
    let v194 = tmp4[l192];
    let v195 = select(0.0, 1.0, v194 > 0.0);
    let v196 = select(0.0, v193, v195 != 0.0);
    tmp16[l192] = v196;
  }
  {
    let i197 = i0 + 6u;
    let j198 = j0 + 1u;
    let l199 = i197 * 100u + j198;
    let v200 = acc18.y;
    let v201 = tmp4[l199];
    let v202 = select(0.0, 1.0, v201 > 0.0);
    let v203 = select(0.0, v200, v202 != 0.0);
    tmp16[l199] = v203;
  }
  {
    let i204 = i0 + 6u;
    let j205 = j0 + 2u;
    let l206 = i204 * 100u + j205;
    let v207 = acc18.z;
    let v208 = tmp4[l206];
    let v209 = select(0.0, 1.0, v208 > 0.0);
    let v210 = select(0.0, v207, v209 != 0.0);
    tmp16[l206] = v210;
  }
  {
    let i211 = i0 + 6u;
    let j212 = j0 + 3u;
    let l213 = i211 * 100u + j212;
    let v214 = acc18.w;
    let v215 = tmp4[l213];
    let v216 = select(0.0, 1.0, v215 > 0.0);
    let v217 = select(0.0, v214, v216 != 0.0);
    tmp16[l213] = v217;
  }
  {
    let i218 = i0 + 7u;
    let l219 = i218 * 100u + j0;
    let v220 = acc19.x;
    let v221 = tmp4[l219];
    let v222 = select(0.0, 1.0, v221 > 0.0);
    let v223 = select(0.0, v220, v222 != 0.0);
    tmp16[l219] = v223;
  }
  {
    let i224 = i0 + 7u;
    let j225 = j0 + 1u;
    let l226 = i224 * 100u + j225;
    let v227 = acc19.y;
    let v228 = tmp4[l226];
    let v229 = select(0.0, 1.0, v228 > 0.0);
    let v230 = select(0.0, v227, v229 != 0.0);
    tmp16[l226] = v230;
  }
  {
    let i231 = i0 + 7u;
    let j232 = j0 + 2u;
    let l233 = i231 * 100u + j232;
    let v234 = acc19.z;
    let v235 = tmp4[l233];
    let v236 = select(0.0, 1.0, v235 > 0.0);
    let v237 = select(0.0, v234, v236 != 0.0);
    tmp16[l233] = v237;
  }
  {
    let i238 = i0 + 7u;
    let j239 = j0 + 3u;
    let l240 = i238 * 100u + j239;
    let v241 = acc19.w;
    let v242 = tmp4[l240];
    let v243 = select(0.0, 1.0, v242 > 0.0);
    let v244 = select(0.0, v241, v243 != 0.0);
    tmp16[l240] = v244;
  }
}

// ---- 028_matmul_hidden1_grad.wgsl
@group(0) @binding(0) var<storage, read> tmp16_v4: array<vec4<f32>>;
@group(0) @binding(1) var<storage, read> s_hidden2_dense_kernel_v4: array<vec4<f32>>;
@group(0) @binding(2) var<storage, read_write> tmp17: array<f32>;
@group(0) @binding(3) var<storage, read> tmp1: array<f32>;

@compute @workgroup_size(64)
fn main(@builtin(global_invocation_id) gid: vec3<u32>) {
  let t = gid.x;
  if (t >= 1875u) { return; }
  let i0 = (t / 75u) * 8u;
  let j0 = (t % 75u) * 4u;
  let row0 = min(i0 + 0u, 199u);
  let row1 = min(i0 + 1u, 199u);
  let row2 = min(i0 + 2u, 199u);
  let row3 = min(i0 + 3u, 199u);
  let row4 = min(i0 + 4u, 199u);
  let row5 = min(i0 + 5u, 199u);
  let row6 = min(i0 + 6u, 199u);
  let row7 = min(i0 + 7u, 199u);
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
  let ra20 = row0 * 25u;
  let ra21 = row1 * 25u;
  let ra22 = row2 * 25u;
  let ra23 = row3 * 25u;
  let ra24 = row4 * 25u;
  let ra25 = row5 * 25u;
  let ra26 = row6 * 25u;
  let ra27 = row7 * 25u;
  let cb28 = col8 * 25u;
  let cb29 = col9 * 25u;
  let cb30 = col10 * 25u;
  let cb31 = col11 * 25u;
  for (var k: u32 = 0u; k < 25u; k = k + 1u) {
    let av32 = tmp16_v4[ra20 + k];
    let av33 = tmp16_v4[ra21 + k];
    let av34 = tmp16_v4[ra22 + k];
    let av35 = tmp16_v4[ra23 + k];
    let av36 = tmp16_v4[ra24 + k];
    let av37 = tmp16_v4[ra25 + k];
    let av38 = tmp16_v4[ra26 + k];
    let av39 = tmp16_v4[ra27 + k];
    let bc40 = s_hidden2_dense_kernel_v4[cb28 + k];
    let bc41 = s_hidden2_dense_kernel_v4[cb29 + k];
    let bc42 = s_hidden2_dense_kernel_v4[cb30 + k];
    let bc43 = s_hidden2_dense_kernel_v4[cb31 + k];
    let kq44 = k * 4u + 0u;
    let bv45 = vec4<f32>(bc40.x, bc41.x, bc42.x, bc43.x);
    acc12 = acc12 + av32.x * bv45;
    acc13 = acc13 + av33.x * bv45;
    acc14 = acc14 + av34.x * bv45;
    acc15 = acc15 + av35.x * bv45;
    acc16 = acc16 + av36.x * bv45;
    acc17 = acc17 + av37.x * bv45;
    acc18 = acc18 + av38.x * bv45;
    acc19 = acc19 + av39.x * bv45;
    let kq46 = k * 4u + 1u;
    let bv47 = vec4<f32>(bc40.y, bc41.y, bc42.y, bc43.y);
    acc12 = acc12 + av32.y * bv47;
    acc13 = acc13 + av33.y * bv47;
    acc14 = acc14 + av34.y * bv47;
    acc15 = acc15 + av35.y * bv47;
    acc16 = acc16 + av36.y * bv47;
    acc17 = acc17 + av37.y * bv47;
    acc18 = acc18 + av38.y * bv47;
    acc19 = acc19 + av39.y * bv47;
    let kq48 = k * 4u + 2u;
    let bv49 = vec4<f32>(bc40.z, bc41.z, bc42.z, bc43.z);
    acc12 = acc12 + av32.z * bv49;
    acc13 = acc13 + av33.z * bv49;
    acc14 = acc14 + av34.z * bv49;
    acc15 = acc15 + av35.z * bv49;
    acc16 = acc16 + av36.z * bv49;
    acc17 = acc17 + av37.z * bv49;
    acc18 = acc18 + av38.z * bv49;
    acc19 = acc19 + av39.z * bv49;
    let kq50 = k * 4u + 3u;
    let bv51 = vec4<f32>(bc40.w, bc41.w, bc42.w, bc43.w);
    acc12 = acc12 + av32.w * bv51;
    acc13 = acc13 + av33.w * bv51;
    acc14 = acc14 + av34.w * bv51;
    acc15 = acc15 + av35.w * bv51;
    acc16 = acc16 + av36.w * bv51;
    acc17 = acc17 + av37.w * bv51;
    acc18 = acc18 + av38.w * bv51;
    acc19 = acc19 + av39.w * bv51;
  }
  {
    let l52 = i0 * 300u + j0;
    let v53 = acc12.x;
    let v54 = tmp1[l52];
    let v55 = select(0.0, 1.0, v54 > 0.0);
    let v56 = select(0.0, v53, v55 != 0.0);
    tmp17[l52] = v56;
  }
  {
    let j57 = j0 + 1u;
    let l58 = i0 * 300u + j57;
    let v59 = acc12.y;
    let v60 = tmp1[l58];
    let v61 = select(0.0, 1.0, v60 > 0.0);
    let v62 = select(0.0, v59, v61 != 0.0);
    tmp17[l58] = v62;
  }
  {
    let j63 = j0 + 2u;
    let l64 = i0 * 300u + j63;
    let v65 = acc12.z;
    let v66 = tmp1[l64];
    let v67 = select(0.0, 1.0, v66 > 0.0);
    let v68 = select(0.0, v65, v67 != 0.0);
    tmp17[l64] = v68;
  }
  {
    let j69 = j0 + 3u;
    let l70 = i0 * 300u + j69;
    let v71 = acc12.w;
    let v72 = tmp1[l70];
    let v73 = select(0.0, 1.0, v72 > 0.0);
    let v74 = select(0.0, v71, v73 != 0.0);
    tmp17[l70] = v74;
  }
  {
    let i75 = i0 + 1u;
    let l76 = i75 * 300u + j0;
    let v77 = acc13.x;
    let v78 = tmp1[l76];
    let v79 = select(0.0, 1.0, v78 > 0.0);
    let v80 = select(0.0, v77, v79 != 0.0);
    tmp17[l76] = v80;
  }
  {
    let i81 = i0 + 1u;
    let j82 = j0 + 1u;
    let l83 = i81 * 300u + j82;
    let v84 = acc13.y;
    let v85 = tmp1[l83];
    let v86 = select(0.0, 1.0, v85 > 0.0);
    let v87 = select(0.0, v84, v86 != 0.0);
    tmp17[l83] = v87;
  }
  {
    let i88 = i0 + 1u;
    let j89 = j0 + 2u;
    let l90 = i88 * 300u + j89;
    let v91 = acc13.z;
    let v92 = tmp1[l90];
    let v93 = select(0.0, 1.0, v92 > 0.0);
    let v94 = select(0.0, v91, v93 != 0.0);
    tmp17[l90] = v94;
  }
  {
    let i95 = i0 + 1u;
    let j96 = j0 + 3u;
    let l97 = i95 * 300u + j96;
    let v98 = acc13.w;
    let v99 = tmp1[l97];
    let v100 = select(0.0, 1.0, v99 > 0.0);
    let v101 = select(0.0, v98, v100 != 0.0);
    tmp17[l97] = v101;
  }
  {
    let i102 = i0 + 2u;
    let l103 = i102 * 300u + j0;
    let v104 = acc14.x;
    let v105 = tmp1[l103];
    let v106 = select(0.0, 1.0, v105 > 0.0);
    let v107 = select(0.0, v104, v106 != 0.0);
    tmp17[l103] = v107;
  }
  {
    let i108 = i0 + 2u;
    let j109 = j0 + 1u;
    let l110 = i108 * 300u + j109;
    let v111 = acc14.y;
    let v112 = tmp1[l110];
    let v113 = select(0.0, 1.0, v112 > 0.0);
    let v114 = select(0.0, v111, v113 != 0.0);
    tmp17[l110] = v114;
  }
  {
    let i115 = i0 + 2u;
    let j116 = j0 + 2u;
    let l117 = i115 * 300u + j116;
    let v118 = acc14.z;
    let v119 = tmp1[l117];
    let v120 = select(0.0, 1.0, v119 > 0.0);
    let v121 = select(0.0, v118, v120 != 0.0);
    tmp17[l117] = v121;
  }
  {
    let i122 = i0 + 2u;
    let j123 = j0 + 3u;
    let l124 = i122 * 300u + j123;
    let v125 = acc14.w;
    let v126 = tmp1[l124];
    let v127 = select(0.0, 1.0, v126 > 0.0);
    let v128 = select(0.0, v125, v127 != 0.0);
    tmp17[l124] = v128;
  }
  {
    let i129 = i0 + 3u;
    let l130 = i129 * 300u + j0;
    let v131 = acc15.x;
    let v132 = tmp1[l130];
    let v133 = select(0.0, 1.0, v132 > 0.0);
    let v134 = select(0.0, v131, v133 != 0.0);
    tmp17[l130] = v134;
  }
  {
    let i135 = i0 + 3u;
    let j136 = j0 + 1u;
    let l137 = i135 * 300u + j136;
    let v138 = acc15.y;
    let v139 = tmp1[l137];
    let v140 = select(0.0, 1.0, v139 > 0.0);
    let v141 = select(0.0, v138, v140 != 0.0);
    tmp17[l137] = v141;
  }
  {
    let i142 = i0 + 3u;
    let j143 = j0 + 2u;
    let l144 = i142 * 300u + j143;
    let v145 = acc15.z;
    let v146 = tmp1[l144];
    let v147 = select(0.0, 1.0, v146 > 0.0);
    let v148 = select(0.0, v145, v147 != 0.0);
    tmp17[l144] = v148;
  }
  {
    let i149 = i0 + 3u;
    let j150 = j0 + 3u;
    let l151 = i149 * 300u + j150;
    let v152 = acc15.w;
    let v153 = tmp1[l151];
    let v154 = select(0.0, 1.0, v153 > 0.0);
    let v155 = select(0.0, v152, v154 != 0.0);
    tmp17[l151] = v155;
  }
  {
    let i156 = i0 + 4u;
    let l157 = i156 * 300u + j0;
    let v158 = acc16.x;
    let v159 = tmp1[l157];
    let v160 = select(0.0, 1.0, v159 > 0.0);
    let v161 = select(0.0, v158, v160 != 0.0);
    tmp17[l157] = v161;
  }
  {
    let i162 = i0 + 4u;
    let j163 = j0 + 1u;
    let l164 = i162 * 300u + j163;
    let v165 = acc16.y;
    let v166 = tmp1[l164];
    let v167 = select(0.0, 1.0, v166 > 0.0);
    let v168 = select(0.0, v165, v167 != 0.0);
    tmp17[l164] = v168;
  }
  {
    let i169 = i0 + 4u;
    let j170 = j0 + 2u;
    let l171 = i169 * 300u + j170;
    let v172 = acc16.z;
    let v173 = tmp1[l171];
    let v174 = select(0.0, 1.0, v173 > 0.0);
    let v175 = select(0.0, v172, v174 != 0.0);
    tmp17[l171] = v175;
  }
  {
    let i176 = i0 + 4u;
    let j177 = j0 + 3u;
    let l178 = i176 * 300u + j177;
    let v179 = acc16.w;
    let v180 = tmp1[l178];
    let v181 = select(0.0, 1.0, v180 > 0.0);
    let v182 = select(0.0, v179, v181 != 0.0);
    tmp17[l178] = v182;
  }
  {
    let i183 = i0 + 5u;
    let l184 = i183 * 300u + j0;
    let v185 = acc17.x;
    let v186 = tmp1[l184];
    let v187 = select(0.0, 1.0, v186 > 0.0);
    let v188 = select(0.0, v185, v187 != 0.0);
    tmp17[l184] = v188;
  }
  {
    let i189 = i0 + 5u;
    let j190 = j0 + 1u;
    let l191 = i189 * 300u + j190;
    let v192 = acc17.y;
    let v193 = tmp1[l191];
    let v194 = select(0.0, 1.0, v193 > 0.0);
    let v195 = select(0.0, v192, v194 != 0.0);
    tmp17[l191] = v195;
  }
  {
    let i196 = i0 + 5u;
    let j197 = j0 + 2u;
    let l198 = i196 * 300u + j197;
    let v199 = acc17.z;
    let v200 = tmp1[l198];
    let v201 = select(0.0, 1.0, v200 > 0.0);
    let v202 = select(0.0, v199, v201 != 0.0);
    tmp17[l198] = v202;
  }
  {
    let i203 = i0 + 5u;
    let j204 = j0 + 3u;
    let l205 = i203 * 300u + j204;
    let v206 = acc17.w;
    let v207 = tmp1[l205];
    let v208 = select(0.0, 1.0, v207 > 0.0);
    let v209 = select(0.0, v206, v208 != 0.0);
    tmp17[l205] = v209;
  }
  {
    let i210 = i0 + 6u;
    let l211 = i210 * 300u + j0;
    let v212 = acc18.x;
    let v213 = tmp1[l211];
    let v214 = select(0.0, 1.0, v213 > 0.0);
    let v215 = select(0.0, v212, v214 != 0.0);
    tmp17[l211] = v215;
  }
  {
    let i216 = i0 + 6u;
    let j217 = j0 + 1u;
    let l218 = i216 * 300u + j217;
    let v219 = acc18.y;
    let v220 = tmp1[l218];
    let v221 = select(0.0, 1.0, v220 > 0.0);
    let v222 = select(0.0, v219, v221 != 0.0);
    tmp17[l218] = v222;
  }
  {
    let i223 = i0 + 6u;
    let j224 = j0 + 2u;
    let l225 = i223 * 300u + j224;
    let v226 = acc18.z;
    let v227 = tmp1[l225];
    let v228 = select(0.0, 1.0, v227 > 0.0);
    let v229 = select(0.0, v226, v228 != 0.0);
    tmp17[l225] = v229;
  }
  {
    let i230 = i0 + 6u;
    let j231 = j0 + 3u;
    let l232 = i230 * 300u + j231;
    let v233 = acc18.w;
    let v234 = tmp1[l232];
    let v235 = select(0.0, 1.0, v234 > 0.0);
    let v236 = select(0.0, v233, v235 != 0.0);
    tmp17[l232] = v236;
  }
  {
    let i237 = i0 + 7u;
    let l238 = i237 * 300u + j0;
    let v239 = acc19.x;
    let v240 = tmp1[l238];
    let v241 = select(0.0, 1.0, v240 > 0.0);
    let v242 = select(0.0, v239, v241 != 0.0);
    tmp17[l238] = v242;
  }
  {
    let i243 = i0 + 7u;
    let j244 = j0 + 1u;
    let l245 = i243 * 300u + j244;
    let v246 = acc19.y;
    let v247 = tmp1[l245];
    let v248 = select(0.0, 1.0, v247 > 0.0);
    let v249 = select(0.0, v246, v248 != 0.0);
    tmp17[l245] = v249;
  }
  {
    let i250 = i0 + 7u;
    let j251 = j0 + 2u;
    let l252 = i250 * 300u + j251;
    let v253 = acc19.z;
    let v254 = tmp1[l252];
    let v255 = select(0.0, 1.0, v254 > 0.0);
    let v256 = select(0.0, v253, v255 != 0.0);
    tmp17[l252] = v256;
  }
  {
    let i257 = i0 + 7u;
    let j258 = j0 + 3u;
    let l259 = i257 * 300u + j258;
    let v260 = acc19.w;
    let v261 = tmp1[l259];
    let v262 = select(0.0, 1.0, v261 > 0.0);
    let v263 = select(0.0, v260, v262 != 0.0);
    tmp17[l259] = v263;
  }
}

// ---- 029_matmul_hidden1_dense_kernel_sgd.wgsl
@group(0) @binding(0) var<storage, read> in_X_v4: array<vec4<f32>>;
@group(0) @binding(1) var<storage, read> tmp17_v4: array<vec4<f32>>;
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
    let kq20 = k * 4u + 0u;
    let bv21 = tmp17_v4[(kq20 * 300u + j0) / 4u];
    let aq22 = in_X_v4[(kq20 * 784u + i0) / 4u + 0u];
    let aq23 = in_X_v4[(kq20 * 784u + i0) / 4u + 1u];
    acc12 = acc12 + aq22.x * bv21;
    acc13 = acc13 + aq22.y * bv21;
    acc14 = acc14 + aq22.z * bv21;
    acc15 = acc15 + aq22.w * bv21;
    acc16 = acc16 + aq23.x * bv21;
    acc17 = acc17 + aq23.y * bv21;
    acc18 = acc18 + aq23.z * bv21;
    acc19 = acc19 + aq23.w * bv21;
    let kq24 = k * 4u + 1u;
    let bv25 = tmp17_v4[(kq24 * 300u + j0) / 4u];
    let aq26 = in_X_v4[(kq24 * 784u + i0) / 4u + 0u];
    let aq27 = in_X_v4[(kq24 * 784u + i0) / 4u + 1u];
    acc12 = acc12 + aq26.x * bv25;
    acc13 = acc13 + aq26.y * bv25;
    acc14 = acc14 + aq26.z * bv25;
    acc15 = acc15 + aq26.w * bv25;
    acc16 = acc16 + aq27.x * bv25;
    acc17 = acc17 + aq27.y * bv25;
    acc18 = acc18 + aq27.z * bv25;
    acc19 = acc19 + aq27.w * bv25;
    let kq28 = k * 4u + 2u;
    let bv29 = tmp17_v4[(kq28 * 300u + j0) / 4u];
    let aq30 = in_X_v4[(kq28 * 784u + i0) / 4u + 0u];
    let aq31 = in_X_v4[(kq28 * 784u + i0) / 4u + 1u];
    acc12 = acc12 + aq30.x * bv29;
    acc13 = acc13 + aq30.y * bv29;
    acc14 = acc14 + aq30.z * bv29;
    acc15 = acc15 + aq30.w * bv29;
    acc16 = acc16 + aq31.x * bv29;
    acc17 = acc17 + aq31.y * bv29;
    acc18 = acc18 + aq31.z * bv29;
    acc19 = acc19 + aq31.w * bv29;
    let kq32 = k * 4u + 3u;
    let bv33 = tmp17_v4[(kq32 * 300u + j0) / 4u];
    let aq34 = in_X_v4[(kq32 * 784u + i0) / 4u + 0u];
    let aq35 = in_X_v4[(kq32 * 784u + i0) / 4u + 1u];
    acc12 = acc12 + aq34.x * bv33;
    acc13 = acc13 + aq34.y * bv33;
    acc14 = acc14 + aq34.z * bv33;
    acc15 = acc15 + aq34.w * bv33;
    acc16 = acc16 + aq35.x * bv33;
    acc17 = acc17 + aq35.y * bv33;
    acc18 = acc18 + aq35.z * bv33;
    acc19 = acc19 + aq35.w * bv33;
  }
  {
    let l36 = i0 * 300u + j0;
    let v37 = s_hidden1_dense_kernel[l36];
    let v38 = acc12.x;
    let v39 = sign(v37);
    let v40 = (0.001 * v39);
    let v41 = (v38 + v40);
    let v42 = (v41 * 0.01);
    let v43 = (v37 - v42);
    s_hidden1_dense_kernel[l36] = v43;
  }
  {
    let j44 = j0 + 1u;
    let l45 = i0 * 300u + j44;
    let v46 = s_hidden1_dense_kernel[l45];
    let v47 = acc12.y;
    let v48 = sign(v46);
    let v49 = (0.001 * v48);
    let v50 = (v47 + v49);
    let v51 = (v50 * 0.01);
    let v52 = (v46 - v51);
    s_hidden1_dense_kernel[l45] = v52;
  }
  {
    let j53 = j0 + 2u;
    let l54 = i0 * 300u + j53;
    let v55 = s_hidden1_dense_kernel[l54];
    let v56 = acc12.z;
    let v57 = sign(v55);
    let v58 = (0.001 * v57);
    let v59 = (v56 + v58);
    let v60 = (v59 * 0.01);
    let v61 = (v55 - v60);
    s_hidden1_dense_kernel[l54] = v61;
  }
  {
    let j62 = j0 + 3u;
    let l63 = i0 * 300u + j62;
    let v64 = s_hidden1_dense_kernel[l63];
    let v65 = acc12.w;
    let v66 = sign(v64);
    let v67 = (0.001 * v66);
    let v68 = (v65 + v67);
    let v69 = (v68 * 0.01);
    let v70 = (v64 - v69);
    s_hidden1_dense_kernel[l63] = v70;
  }
  {
    let i71 = i0 + 1u;
    let l72 = i71 * 300u + j0;
    let v73 = s_hidden1_dense_kernel[l72];
    let v74 = acc13.x;
    let v75 = sign(v73);
    let v76 = (0.001 * v75);
    let v77 = (v74 + v76);
    let v78 = (v77 * 0.01);
    let v79 = (v73 - v78);
    s_hidden1_dense_kernel[l72] = v79;
  }
  {
    let i80 = i0 + 1u;
    let j81 = j0 + 1u;
    let l82 = i80 * 300u + j81;
    let v83 = s_hidden1_dense_kernel[l82];
    let v84 = acc13.y;
    let v85 = sign(v83);
    let v86 = (0.001 * v85);
    let v87 = (v84 + v86);
    let v88 = (v87 * 0.01);
    let v89 = (v83 - v88);
    s_hidden1_dense_kernel[l82] = v89;
  }
  {
    let i90 = i0 + 1u;
    let j91 = j0 + 2u;
    let l92 = i90 * 300u + j91;
    let v93 = s_hidden1_dense_kernel[l92];
    let v94 = acc13.z;
    let v95 = sign(v93);
    let v96 = (0.001 * v95);
    let v97 = (v94 + v96);
    let v98 = (v97 * 0.01);
    let v99 = (v93 - v98);
    s_hidden1_dense_kernel[l92] = v99;
  }
  {
    let i100 = i0 + 1u;
    let j101 = j0 + 3u;
    let l102 = i100 * 300u + j101;
    let v103 = s_hidden1_dense_kernel[l102];
    let v104 = acc13.w;
    let v105 = sign(v103);
    let v106 = (0.001 * v105);
    let v107 = (v104 + v106);
    let v108 = (v107 * 0.01);
    let v109 = (v103 - v108);
    s_hidden1_dense_kernel[l102] = v109;
  }
  {
    let i110 = i0 + 2u;
    let l111 = i110 * 300u + j0;
    let v112 = s_hidden1_dense_kernel[l111];
    let v113 = acc14.x;
    let v114 = sign(v112);
    let v115 = (0.001 * v114);
    let v116 = (v113 + v115);
    let v117 = (v116 * 0.01);
    let v118 = (v112 - v117);
    s_hidden1_dense_kernel[l111] = v118;
  }
  {
    let i119 = i0 + 2u;
    let j120 = j0 + 1u;
    let l121 = i119 * 300u + j120;
    let v122 = s_hidden1_dense_kernel[l121];
    let v123 = acc14.y;
    let v124 = sign(v122);
    let v125 = (0.001 * v124);
    let v126 = (v123 + v125);
    let v127 = (v126 * 0.01);
    let v128 = (v122 - v127);
    s_hidden1_dense_kernel[l121] = v128;
  }
  {
    let i129 = i0 + 2u;
    let j130 = j0 + 2u;
    let l131 = i129 * 300u + j130;
    let v132 = s_hidden1_dense_kernel[l131];
    let v133 = acc14.z;
    let v134 = sign(v132);
    let v135 = (0.001 * v134);
    let v136 = (v133 + v135);
    let v137 = (v136 * 0.01);
    let v138 = (v132 - v137);
    s_hidden1_dense_kernel[l131] = v138;
  }
  {
    let i139 = i0 + 2u;
    let j140 = j0 + 3u;
    let l141 = i139 * 300u + j140;
    let v142 = s_hidden1_dense_kernel[l141];
    let v143 = acc14.w;
    let v144 = sign(v142);
    let v145 = (0.001 * v144);
    let v146 = (v143 + v145);
    let v147 = (v146 * 0.01);
    let v148 = (v142 - v147);
    s_hidden1_dense_kernel[l141] = v148;
  }
  {
    let i149 = i0 + 3u;
    let l150 = i149 * 300u + j0;
    let v151 = s_hidden1_dense_kernel[l150];
    let v152 = acc15.x;
    let v153 = sign(v151);
    let v154 = (0.001 * v153);
    let v155 = (v152 + v154);
    let v156 = (v155 * 0.01);
    let v157 = (v151 - v156);
    s_hidden1_dense_kernel[l150] = v157;
  }
  {
    let i158 = i0 + 3u;
    let j159 = j0 + 1u;
    let l160 = i158 * 300u + j159;
    let v161 = s_hidden1_dense_kernel[l160];
    let v162 = acc15.y;
    let v163 = sign(v161);
    let v164 = (0.001 * v163);
    let v165 = (v162 + v164);
    let v166 = (v165 * 0.01);
    let v167 = (v161 - v166);
    s_hidden1_dense_kernel[l160] = v167;
  }
  {
    let i168 = i0 + 3u;
    let j169 = j0 + 2u;
    let l170 = i168 * 300u + j169;
    let v171 = s_hidden1_dense_kernel[l170];
    let v172 = acc15.z;
    let v173 = sign(v171);
    let v174 = (0.001 * v173);
    let v175 = (v172 + v174);
    let v176 = (v175 * 0.01);
    let v177 = (v171 - v176);
    s_hidden1_dense_kernel[l170] = v177;
  }
  {
    let i178 = i0 + 3u;
    let j179 = j0 + 3u;
    let l180 = i178 * 300u + j179;
    let v181 = s_hidden1_dense_kernel[l180];
    let v182 = acc15.w;
    let v183 = sign(v181);
    let v184 = (0.001 * v183);
    let v185 = (v182 + v184);
    let v186 = (v185 * 0.01);
    let v187 = (v181 - v186);
    s_hidden1_dense_kernel[l180] = v187;
  }
  {
    let i188 = i0 + 4u;
    let l189 = i188 * 300u + j0;
    let v190 = s_hidden1_dense_kernel[l189];
    let v191 = acc16.x;
    let v192 = sign(v190);
    let v193 = (0.001 * v192);
    let v194 = (v191 + v193);
    let v195 = (v194 * 0.01);
    let v196 = (v190 - v195);
    s_hidden1_dense_kernel[l189] = v196;
  }
  {
    let i197 = i0 + 4u;
    let j198 = j0 + 1u;
    let l199 = i197 * 300u + j198;
    let v200 = s_hidden1_dense_kernel[l199];
    let v201 = acc16.y;
    let v202 = sign(v200);
    let v203 = (0.001 * v202);
    let v204 = (v201 + v203);
    let v205 = (v204 * 0.01);
    let v206 = (v200 - v205);
    s_hidden1_dense_kernel[l199] = v206;
  }
  {
    let i207 = i0 + 4u;
    let j208 = j0 + 2u;
    let l209 = i207 * 300u + j208;
    let v210 = s_hidden1_dense_kernel[l209];
    let v211 = acc16.z;
    let v212 = sign(v210);
    let v213 = (0.001 * v212);
    let v214 = (v211 + v213);
    let v215 = (v214 * 0.01);
    let v216 = (v210 - v215);
    s_hidden1_dense_kernel[l209] = v216;
  }
  {
    let i217 = i0 + 4u;
    let j218 = j0 + 3u;
    let l219 = i217 * 300u + j218;
    let v220 = s_hidden1_dense_kernel[l219];
    let v221 = acc16.w;
    let v222 = sign(v220);
    let v223 = (0.001 * v222);
    let v224 = (v221 + v223);
    let v225 = (v224 * 0.01);
    let v226 = (v220 - v225);
    s_hidden1_dense_kernel[l219] = v226;
  }
  {
    let i227 = i0 + 5u;
    let l228 = i227 * 300u + j0;
    let v229 = s_hidden1_dense_kernel[l228];
    let v230 = acc17.x;
    let v231 = sign(v229);
    let v232 = (0.001 * v231);
    let v233 = (v230 + v232);
    let v234 = (v233 * 0.01);
    let v235 = (v229 - v234);
    s_hidden1_dense_kernel[l228] = v235;
  }
  {
    let i236 = i0 + 5u;
    let j237 = j0 + 1u;
    let l238 = i236 * 300u + j237;
    let v239 = s_hidden1_dense_kernel[l238];
    let v240 = acc17.y;
    let v241 = sign(v239);
    let v242 = (0.001 * v241);
    let v243 = (v240 + v242);
    let v244 = (v243 * 0.01);
    let v245 = (v239 - v244);
    s_hidden1_dense_kernel[l238] = v245;
  }
  {
    let i246 = i0 + 5u;
    let j247 = j0 + 2u;
    let l248 = i246 * 300u + j247;
    let v249 = s_hidden1_dense_kernel[l248];
    let v250 = acc17.z;
    let v251 = sign(v249);
    let v252 = (0.001 * v251);
    let v253 = (v250 + v252);
    let v254 = (v253 * 0.01);
    let v255 = (v249 - v254);
    s_hidden1_dense_kernel[l248] = v255;
  }
  {
    let i256 = i0 + 5u;
    let j257 = j0 + 3u;
    let l258 = i256 * 300u + j257;
    let v259 = s_hidden1_dense_kernel[l258];
    let v260 = acc17.w;
    let v261 = sign(v259);
    let v262 = (0.001 * v261);
    let v263 = (v260 + v262);
    let v264 = (v263 * 0.01);
    let v265 = (v259 - v264);
    s_hidden1_dense_kernel[l258] = v265;
  }
  {
    let i266 = i0 + 6u;
    let l267 = i266 * 300u + j0;
    let v268 = s_hidden1_dense_kernel[l267];
    let v269 = acc18.x;
    let v270 = sign(v268);
    let v271 = (0.001 * v270);
    let v272 = (v269 + v271);
    let v273 = (v272 * 0.01);
    let v274 = (v268 - v273);
    s_hidden1_dense_kernel[l267] = v274;
  }
  {
    let i275 = i0 + 6u;
    let j276 = j0 + 1u;
    let l277 = i275 * 300u + j276;
    let v278 = s_hidden1_dense_kernel[l277];
    let v279 = acc18.y;
    let v280 = sign(v278);
    let v281 = (0.001 * v280);
    let v282 = (v279 + v281);
    let v283 = (v282 * 0.01);
    let v284 = (v278 - v283);
    s_hidden1_dense_kernel[l277] = v284;
  }
  {
    let i285 = i0 + 6u;
    let j286 = j0 + 2u;
    let l287 = i285 * 300u + j286;
    let v288 = s_hidden1_dense_kernel[l287];
    let v289 = acc18.z;
    let v290 = sign(v288);
    let v291 = (0.001 * v290);
    let v292 = (v289 + v291);
    let v293 = (v292 * 0.01);
    let v294 = (v288 - v293);
    s_hidden1_dense_kernel[l287] = v294;
  }
  {
    let i295 = i0 + 6u;
    let j296 = j0 + 3u;
    let l297 = i295 * 300u + j296;
    let v298 = s_hidden1_dense_kernel[l297];
    let v299 = acc18.w;
    let v300 = sign(v298);
    let v301 = (0.001 * v300);
    let v302 = (v299 + v301);
    let v303 = (v302 * 0.01);
    let v304 = (v298 - v303);
    s_hidden1_dense_kernel[l297] = v304;
  }
  {
    let i305 = i0 + 7u;
    let l306 = i305 * 300u + j0;
    let v307 = s_hidden1_dense_kernel[l306];
    let v308 = acc19.x;
    let v309 = sign(v307);
    let v310 = (0.001 * v309);
    let v311 = (v308 + v310);
    let v312 = (v311 * 0.01);
    let v313 = (v307 - v312);
    s_hidden1_dense_kernel[l306] = v313;
  }
  {
    let i314 = i0 + 7u;
    let j315 = j0 + 1u;
    let l316 = i314 * 300u + j315;
    let v317 = s_hidden1_dense_kernel[l316];
    let v318 = acc19.y;
    let v319 = sign(v317);
    let v320 = (0.001 * v319);
    let v321 = (v318 + v320);
    let v322 = (v321 * 0.01);
    let v323 = (v317 - v322);
    s_hidden1_dense_kernel[l316] = v323;
  }
  {
    let i324 = i0 + 7u;
    let j325 = j0 + 2u;
    let l326 = i324 * 300u + j325;
    let v327 = s_hidden1_dense_kernel[l326];
    let v328 = acc19.z;
    let v329 = sign(v327);
    let v330 = (0.001 * v329);
    let v331 = (v328 + v330);
    let v332 = (v331 * 0.01);
    let v333 = (v327 - v332);
    s_hidden1_dense_kernel[l326] = v333;
  }
  {
    let i334 = i0 + 7u;
    let j335 = j0 + 3u;
    let l336 = i334 * 300u + j335;
    let v337 = s_hidden1_dense_kernel[l336];
    let v338 = acc19.w;
    let v339 = sign(v337);
    let v340 = (0.001 * v339);
    let v341 = (v338 + v340);
    let v342 = (v341 * 0.01);
    let v343 = (v337 - v342);
    s_hidden1_dense_kernel[l336] = v343;
  }
}

// ---- 030_reduce_sum_hidden1_dense_bias_sgd.wgsl
@group(0) @binding(0) var<storage, read_write> s_hidden1_dense_bias: array<f32>;
@group(0) @binding(1) var<storage, read> tmp17: array<f32>;

@compute @workgroup_size(64)
fn main(@builtin(global_invocation_id) gid: vec3<u32>) {
  let i = gid.x;
  if (i >= 300u) { return; }
  let v0 = s_hidden1_dense_bias[i];
  var acc1: f32 = 0.0;
  for (var r: u32 = 0u; r < 200u; r = r + 1u) {
    let l2 = r * 300u + i;
    let v3 = tmp17[l2];
    acc1 = acc1 + v3;
  }
  let v4 = (acc1 * 0.01);
  let v5 = (v0 - v4);
  s_hidden1_dense_bias[i] = v5;
}

// ---- 031_matmul_hidden2_dense_kernel_sgd.wgsl
@group(0) @binding(0) var<storage, read> tmp2_v4: array<vec4<f32>>;
@group(0) @binding(1) var<storage, read> tmp16_v4: array<vec4<f32>>;
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
    let kq12 = k * 4u + 0u;
    let bv13 = tmp16_v4[(kq12 * 100u + j0) / 4u];
    let aq14 = tmp2_v4[(kq12 * 300u + i0) / 4u + 0u];
    acc8 = acc8 + aq14.x * bv13;
    acc9 = acc9 + aq14.y * bv13;
    acc10 = acc10 + aq14.z * bv13;
    acc11 = acc11 + aq14.w * bv13;
    let kq15 = k * 4u + 1u;
    let bv16 = tmp16_v4[(kq15 * 100u + j0) / 4u];
    let aq17 = tmp2_v4[(kq15 * 300u + i0) / 4u + 0u];
    acc8 = acc8 + aq17.x * bv16;
    acc9 = acc9 + aq17.y * bv16;
    acc10 = acc10 + aq17.z * bv16;
    acc11 = acc11 + aq17.w * bv16;
    let kq18 = k * 4u + 2u;
    let bv19 = tmp16_v4[(kq18 * 100u + j0) / 4u];
    let aq20 = tmp2_v4[(kq18 * 300u + i0) / 4u + 0u];
    acc8 = acc8 + aq20.x * bv19;
    acc9 = acc9 + aq20.y * bv19;
    acc10 = acc10 + aq20.z * bv19;
    acc11 = acc11 + aq20.w * bv19;
    let kq21 = k * 4u + 3u;
    let bv22 = tmp16_v4[(kq21 * 100u + j0) / 4u];
    let aq23 = tmp2_v4[(kq21 * 300u + i0) / 4u + 0u];
    acc8 = acc8 + aq23.x * bv22;
    acc9 = acc9 + aq23.y * bv22;
    acc10 = acc10 + aq23.z * bv22;
    acc11 = acc11 + aq23.w * bv22;
  }
  {
    let l24 = i0 * 100u + j0;
    let v25 = s_hidden2_dense_kernel[l24];
    let v26 = acc8.x;
    let v27 = sign(v25);
    let v28 = (0.001 * v27);
    let v29 = (v26 + v28);
    let v30 = (v29 * 0.01);
    let v31 = (v25 - v30);
    s_hidden2_dense_kernel[l24] = v31;
  }
  {
    let j32 = j0 + 1u;
    let l33 = i0 * 100u + j32;
    let v34 = s_hidden2_dense_kernel[l33];
    let v35 = acc8.y;
    let v36 = sign(v34);
    let v37 = (0.001 * v36);
    let v38 = (v35 + v37);
    let v39 = (v38 * 0.01);
    let v40 = (v34 - v39);
    s_hidden2_dense_kernel[l33] = v40;
  }
  {
    let j41 = j0 + 2u;
    let l42 = i0 * 100u + j41;
    let v43 = s_hidden2_dense_kernel[l42];
    let v44 = acc8.z;
    let v45 = sign(v43);
    let v46 = (0.001 * v45);
    let v47 = (v44 + v46);
    let v48 = (v47 * 0.01);
    let v49 = (v43 - v48);
    s_hidden2_dense_kernel[l42] = v49;
  }
  {
    let j50 = j0 + 3u;
    let l51 = i0 * 100u + j50;
    let v52 = s_hidden2_dense_kernel[l51];
    let v53 = acc8.w;
    let v54 = sign(v52);
    let v55 = (0.001 * v54);
    let v56 = (v53 + v55);
    let v57 = (v56 * 0.01);
    let v58 = (v52 - v57);
    s_hidden2_dense_kernel[l51] = v58;
  }
  {
    let i59 = i0 + 1u;
    let l60 = i59 * 100u + j0;
    let v61 = s_hidden2_dense_kernel[l60];
    let v62 = acc9.x;
    let v63 = sign(v61);
    let v64 = (0.001 * v63);
    let v65 = (v62 + v64);
    let v66 = (v65 * 0.01);
    let v67 = (v61 - v66);
    s_hidden2_dense_kernel[l60] = v67;
  }
  {
    let i68 = i0 + 1u;
    let j69 = j0 + 1u;
    let l70 = i68 * 100u + j69;
    let v71 = s_hidden2_dense_kernel[l70];
    let v72 = acc9.y;
    let v73 = sign(v71);
    let v74 = (0.001 * v73);
    let v75 = (v72 + v74);
    let v76 = (v75 * 0.01);
    let v77 = (v71 - v76);
    s_hidden2_dense_kernel[l70] = v77;
  }
  {
    let i78 = i0 + 1u;
    let j79 = j0 + 2u;
    let l80 = i78 * 100u + j79;
    let v81 = s_hidden2_dense_kernel[l80];
    let v82 = acc9.z;
    let v83 = sign(v81);
    let v84 = (0.001 * v83);
    let v85 = (v82 + v84);
    let v86 = (v85 * 0.01);
    let v87 = (v81 - v86);
    s_hidden2_dense_kernel[l80] = v87;
  }
  {
    let i88 = i0 + 1u;
    let j89 = j0 + 3u;
    let l90 = i88 * 100u + j89;
    let v91 = s_hidden2_dense_kernel[l90];
    let v92 = acc9.w;
    let v93 = sign(v91);
    let v94 = (0.001 * v93);
    let v95 = (v92 + v94);
    let v96 = (v95 * 0.01);
    let v97 = (v91 - v96);
    s_hidden2_dense_kernel[l90] = v97;
  }
  {
    let i98 = i0 + 2u;
    let l99 = i98 * 100u + j0;
    let v100 = s_hidden2_dense_kernel[l99];
    let v101 = acc10.x;
    let v102 = sign(v100);
    let v103 = (0.001 * v102);
    let v104 = (v101 + v103);
    let v105 = (v104 * 0.01);
    let v106 = (v100 - v105);
    s_hidden2_dense_kernel[l99] = v106;
  }
  {
    let i107 = i0 + 2u;
    let j108 = j0 + 1u;
    let l109 = i107 * 100u + j108;
    let v110 = s_hidden2_dense_kernel[l109];
    let v111 = acc10.y;
    let v112 = sign(v110);
    let v113 = (0.001 * v112);
    let v114 = (v111 + v113);
    let v115 = (v114 * 0.01);
    let v116 = (v110 - v115);
    s_hidden2_dense_kernel[l109] = v116;
  }
  {
    let i117 = i0 + 2u;
    let j118 = j0 + 2u;
    let l119 = i117 * 100u + j118;
    let v120 = s_hidden2_dense_kernel[l119];
    let v121 = acc10.z;
    let v122 = sign(v120);
    let v123 = (0.001 * v122);
    let v124 = (v121 + v123);
    let v125 = (v124 * 0.01);
    let v126 = (v120 - v125);
    s_hidden2_dense_kernel[l119] = v126;
  }
  {
    let i127 = i0 + 2u;
    let j128 = j0 + 3u;
    let l129 = i127 * 100u + j128;
    let v130 = s_hidden2_dense_kernel[l129];
    let v131 = acc10.w;
    let v132 = sign(v130);
    let v133 = (0.001 * v132);
    let v134 = (v131 + v133);
    let v135 = (v134 * 0.01);
    let v136 = (v130 - v135);
    s_hidden2_dense_kernel[l129] = v136;
  }
  {
    let i137 = i0 + 3u;
    let l138 = i137 * 100u + j0;
    let v139 = s_hidden2_dense_kernel[l138];
    let v140 = acc11.x;
    let v141 = sign(v139);
    let v142 = (0.001 * v141);
    let v143 = (v140 + v142);
    let v144 = (v143 * 0.01);
    let v145 = (v139 - v144);
    s_hidden2_dense_kernel[l138] = v145;
  }
  {
    let i146 = i0 + 3u;
    let j147 = j0 + 1u;
    let l148 = i146 * 100u + j147;
    let v149 = s_hidden2_dense_kernel[l148];
    let v150 = acc11.y;
    let v151 = sign(v149);
    let v152 = (0.001 * v151);
    let v153 = (v150 + v152);
    let v154 = (v153 * 0.01);
    let v155 = (v149 - v154);
    s_hidden2_dense_kernel[l148] = v155;
  }
  {
    let i156 = i0 + 3u;
    let j157 = j0 + 2u;
    let l158 = i156 * 100u + j157;
    let v159 = s_hidden2_dense_kernel[l158];
    let v160 = acc11.z;
    let v161 = sign(v159);
    let v162 = (0.001 * v161);
    let v163 = (v160 + v162);
    let v164 = (v163 * 0.01);
    let v165 = (v159 - v164);
    s_hidden2_dense_kernel[l158] = v165;
  }
  {
    let i166 = i0 + 3u;
    let j167 = j0 + 3u;
    let l168 = i166 * 100u + j167;
    let v169 = s_hidden2_dense_kernel[l168];
    let v170 = acc11.w;
    let v171 = sign(v169);
    let v172 = (0.001 * v171);
    let v173 = (v170 + v172);
    let v174 = (v173 * 0.01);
    let v175 = (v169 - v174);
    s_hidden2_dense_kernel[l168] = v175;
  }
}

// ---- 032_reduce_sum_hidden2_dense_bias_sgd.wgsl
@group(0) @binding(0) var<storage, read_write> s_hidden2_dense_bias: array<f32>;
@group(0) @binding(1) var<storage, read> tmp16: array<f32>;

@compute @workgroup_size(64)
fn main(@builtin(global_invocation_id) gid: vec3<u32>) {
  let i = gid.x;
  if (i >= 100u) { return; }
  let v0 = s_hidden2_dense_bias[i];
  var acc1: f32 = 0.0;
  for (var r: u32 = 0u; r < 200u; r = r + 1u) {
    let l2 = r * 100u + i;
    let v3 = tmp16[l2];
    acc1 = acc1 + v3;
  }
  let v4 = (acc1 * 0.01);
  let v5 = (v0 - v4);
  s_hidden2_dense_bias[i] = v5;
}

// ---- 033_matmul_logits_dense_kernel_sgd.wgsl
@group(0) @binding(0) var<storage, read> tmp5: array<f32>;
@group(0) @binding(1) var<storage, read> tmp15: array<f32>;
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
  for (var k: u32 = 0u; k < 200u; k = k + 1u) {
    let rb12 = k * 10u;
    let bv13 = vec4<f32>(tmp15[rb12 + col4], tmp15[rb12 + col5], tmp15[rb12 + col6], tmp15[rb12 + col7]);
    let rk14 = k * 100u;
    acc8 = acc8 + tmp5[rk14 + row0] * bv13;
    acc9 = acc9 + tmp5[rk14 + row1] * bv13;
    acc10 = acc10 + tmp5[rk14 + row2] * bv13;
    acc11 = acc11 + tmp5[rk14 + row3] * bv13;
  }
  {
    let l15 = i0 * 10u + j0;
    let v16 = s_logits_dense_kernel[l15];
    let v17 = acc8.x;
    let v18 = sign(v16);
    let v19 = (0.001 * v18);
    let v20 = (v17 + v19);
    let v21 = (v20 * 0.01);
    let v22 = (v16 - v21);
    s_logits_dense_kernel[l15] = v22;
  }
  if (j0 + 1u < 10u) {
    let j23 = j0 + 1u;
    let l24 = i0 * 10u + j23;
    let v25 = s_logits_dense_kernel[l24];
    let v26 = acc8.y;
    let v27 = sign(v25);
    let v28 = (0.001 * v27);
    let v29 = (v26 + v28);
    let v30 = (v29 * 0.01);
    let v31 = (v25 - v30);
    s_logits_dense_kernel[l24] = v31;
  }
  if (j0 + 2u < 10u) {
    let j32 = j0 + 2u;
    let l33 = i0 * 10u + j32;
    let v34 = s_logits_dense_kernel[l33];
    let v35 = acc8.z;
    let v36 = sign(v34);
    let v37 = (0.001 * v36);
    let v38 = (v35 + v37);
    let v39 = (v38 * 0.01);
    let v40 = (v34 - v39);
    s_logits_dense_kernel[l33] = v40;
  }
  if (j0 + 3u < 10u) {
    let j41 = j0 + 3u;
    let l42 = i0 * 10u + j41;
    let v43 = s_logits_dense_kernel[l42];
    let v44 = acc8.w;
    let v45 = sign(v43);
    let v46 = (0.001 * v45);
    let v47 = (v44 + v46);
    let v48 = (v47 * 0.01);
    let v49 = (v43 - v48);
    s_logits_dense_kernel[l42] = v49;
  }
  {
    let i50 = i0 + 1u;
    let l51 = i50 * 10u + j0;
    let v52 = s_logits_dense_kernel[l51];
    let v53 = acc9.x;
    let v54 = sign(v52);
    let v55 = (0.001 * v54);
    let v56 = (v53 + v55);
    let v57 = (v56 * 0.01);
    let v58 = (v52 - v57);
    s_logits_dense_kernel[l51] = v58;
  }
  if (j0 + 1u < 10u) {
    let i59 = i0 + 1u;
    let j60 = j0 + 1u;
    let l61 = i59 * 10u + j60;
    let v62 = s_logits_dense_kernel[l61];
    let v63 = acc9.y;
    let v64 = sign(v62);
    let v65 = (0.001 * v64);
    let v66 = (v63 + v65);
    let v67 = (v66 * 0.01);
    let v68 = (v62 - v67);
    s_logits_dense_kernel[l61] = v68;
  }
  if (j0 + 2u < 10u) {
    let i69 = i0 + 1u;
    let j70 = j0 + 2u;
    let l71 = i69 * 10u + j70;
    let v72 = s_logits_dense_kernel[l71];
    let v73 = acc9.z;
    let v74 = sign(v72);
    let v75 = (0.001 * v74);
    let v76 = (v73 + v75);
    let v77 = (v76 * 0.01);
    let v78 = (v72 - v77);
    s_logits_dense_kernel[l71] = v78;
  }
  if (j0 + 3u < 10u) {
    let i79 = i0 + 1u;
    let j80 = j0 + 3u;
    let l81 = i79 * 10u + j80;
    let v82 = s_logits_dense_kernel[l81];
    let v83 = acc9.w;
    let v84 = sign(v82);
    let v85 = (0.001 * v84);
    let v86 = (v83 + v85);
    let v87 = (v86 * 0.01);
    let v88 = (v82 - v87);
    s_logits_dense_kernel[l81] = v88;
  }
  {
    let i89 = i0 + 2u;
    let l90 = i89 * 10u + j0;
    let v91 = s_logits_dense_kernel[l90];
    let v92 = acc10.x;
    let v93 = sign(v91);
    let v94 = (0.001 * v93);
    let v95 = (v92 + v94);
    let v96 = (v95 * 0.01);
    let v97 = (v91 - v96);
    s_logits_dense_kernel[l90] = v97;
  }
  if (j0 + 1u < 10u) {
    let i98 = i0 + 2u;
    let j99 = j0 + 1u;
    let l100 = i98 * 10u + j99;
    let v101 = s_logits_dense_kernel[l100];
    let v102 = acc10.y;
    let v103 = sign(v101);
    let v104 = (0.001 * v103);
    let v105 = (v102 + v104);
    let v106 = (v105 * 0.01);
    let v107 = (v101 - v106);
    s_logits_dense_kernel[l100] = v107;
  }
  if (j0 + 2u < 10u) {
    let i108 = i0 + 2u;
    let j109 = j0 + 2u;
    let l110 = i108 * 10u + j109;
    let v111 = s_logits_dense_kernel[l110];
    let v112 = acc10.z;
    let v113 = sign(v111);
    let v114 = (0.001 * v113);
    let v115 = (v112 + v114);
    let v116 = (v115 * 0.01);
    let v117 = (v111 - v116);
    s_logits_dense_kernel[l110] = v117;
  }
  if (j0 + 3u < 10u) {
    let i118 = i0 + 2u;
    let j119 = j0 + 3u;
    let l120 = i118 * 10u + j119;
    let v121 = s_logits_dense_kernel[l120];
    let v122 = acc10.w;
    let v123 = sign(v121);
    let v124 = (0.001 * v123);
    let v125 = (v122 + v124);
    let v126 = (v125 * 0.01);
    let v127 = (v121 - v126);
    s_logits_dense_kernel[l120] = v127;
  }
  {
    let i128 = i0 + 3u;
    let l129 = i128 * 10u + j0;
    let v130 = s_logits_dense_kernel[l129];
    let v131 = acc11.x;
    let v132 = sign(v130);
    let v133 = (0.001 * v132);
    let v134 = (v131 + v133);
    let v135 = (v134 * 0.01);
    let v136 = (v130 - v135);
    s_logits_dense_kernel[l129] = v136;
  }
  if (j0 + 1u < 10u) {
    let i137 = i0 + 3u;
    let j138 = j0 + 1u;
    let l139 = i137 * 10u + j138;
    let v140 = s_logits_dense_kernel[l139];
    let v141 = acc11.y;
    let v142 = sign(v140);
    let v143 = (0.001 * v142);
    let v144 = (v141 + v143);
    let v145 = (v144 * 0.01);
    let v146 = (v140 - v145);
    s_logits_dense_kernel[l139] = v146;
  }
  if (j0 + 2u < 10u) {
    let i147 = i0 + 3u;
    let j148 = j0 + 2u;
    let l149 = i147 * 10u + j148;
    let v150 = s_logits_dense_kernel[l149];
    let v151 = acc11.z;
    let v152 = sign(v150);
    let v153 = (0.001 * v152);
    let v154 = (v151 + v153);
    let v155 = (v154 * 0.01);
    let v156 = (v150 - v155);
    s_logits_dense_kernel[l149] = v156;
  }
  if (j0 + 3u < 10u) {
    let i157 = i0 + 3u;
    let j158 = j0 + 3u;
    let l159 = i157 * 10u + j158;
    let v160 = s_logits_dense_kernel[l159];
    let v161 = acc11.w;
    let v162 = sign(v160);
    let v163 = (0.001 * v162);
    let v164 = (v161 + v163);
    let v165 = (v164 * 0.01);
    let v166 = (v160 - v165);
    s_logits_dense_kernel[l159] = v166;
  }
}

// ---- 034_reduce_sum_logits_dense_bias_sgd.wgsl
@group(0) @binding(0) var<storage, read_write> s_logits_dense_bias: array<f32>;
@group(0) @binding(1) var<storage, read> tmp15: array<f32>;

@compute @workgroup_size(64)
fn main(@builtin(global_invocation_id) gid: vec3<u32>) {
  let i = gid.x;
  if (i >= 10u) { return; }
  let v0 = s_logits_dense_bias[i];
  var acc1: f32 = 0.0;
  for (var r: u32 = 0u; r < 200u; r = r + 1u) {
    let l2 = r * 10u + i;
    let v3 = tmp15[l2];
    acc1 = acc1 + v3;
  }
  let v4 = (acc1 * 0.01);
  let v5 = (v0 - v4);
  s_logits_dense_bias[i] = v5;
}

// ---- 035_add_metrics_x3.wgsl
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

// ---- 036_add_metrics_x2.wgsl
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

// ---- 037_feed_eval_X.wgsl
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

// ---- 038_feed_eval_y.wgsl
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

// ---- 039_matmul_hidden1.wgsl
@group(0) @binding(0) var<storage, read> in_X_v4: array<vec4<f32>>;
@group(0) @binding(1) var<storage, read> s_hidden1_dense_kernel_v4: array<vec4<f32>>;
@group(0) @binding(2) var<storage, read_write> tmp1: array<f32>;
@group(0) @binding(3) var<storage, read> s_hidden1_dense_bias: array<f32>;

@compute @workgroup_size(64)
fn main(@builtin(global_invocation_id) gid: vec3<u32>) {
  let t = gid.x;
  if (t >= 1875u) { return; }
  let i0 = (t / 75u) * 8u;
  let j0 = (t % 75u) * 4u;
  let row0 = min(i0 + 0u, 199u);
  let row1 = min(i0 + 1u, 199u);
  let row2 = min(i0 + 2u, 199u);
  let row3 = min(i0 + 3u, 199u);
  let row4 = min(i0 + 4u, 199u);
  let row5 = min(i0 + 5u, 199u);
  let row6 = min(i0 + 6u, 199u);
  let row7 = min(i0 + 7u, 199u);
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
  let ra20 = row0 * 196u;
  let ra21 = row1 * 196u;
  let ra22 = row2 * 196u;
  let ra23 = row3 * 196u;
  let ra24 = row4 * 196u;
  let ra25 = row5 * 196u;
  let ra26 = row6 * 196u;
  let ra27 = row7 * 196u;
  for (var k: u32 = 0u; k < 196u; k = k + 1u) {
    let av28 = in_X_v4[ra20 + k];
    let av29 = in_X_v4[ra21 + k];
    let av30 = in_X_v4[ra22 + k];
    let av31 = in_X_v4[ra23 + k];
    let av32 = in_X_v4[ra24 + k];
    let av33 = in_X_v4[ra25 + k];
    let av34 = in_X_v4[ra26 + k];
    let av35 = in_X_v4[ra27 + k];
    let kq36 = k * 4u + 0u;
    let bv37 = s_hidden1_dense_kernel_v4[(kq36 * 300u + j0) / 4u];
    acc12 = acc12 + av28.x * bv37;
    acc13 = acc13 + av29.x * bv37;
    acc14 = acc14 + av30.x * bv37;
    acc15 = acc15 + av31.x * bv37;
    acc16 = acc16 + av32.x * bv37;
    acc17 = acc17 + av33.x * bv37;
    acc18 = acc18 + av34.x * bv37;
    acc19 = acc19 + av35.x * bv37;
    let kq38 = k * 4u + 1u;
    let bv39 = s_hidden1_dense_kernel_v4[(kq38 * 300u + j0) / 4u];
    acc12 = acc12 + av28.y * bv39;
    acc13 = acc13 + av29.y * bv39;
    acc14 = acc14 + av30.y * bv39;
    acc15 = acc15 + av31.y * bv39;
    acc16 = acc16 + av32.y * bv39;
    acc17 = acc17 + av33.y * bv39;
    acc18 = acc18 + av34.y * bv39;
    acc19 = acc19 + av35.y * bv39;
    let kq40 = k * 4u + 2u;
    let bv41 = s_hidden1_dense_kernel_v4[(kq40 * 300u + j0) / 4u];
    acc12 = acc12 + av28.z * bv41;
    acc13 = acc13 + av29.z * bv41;
    acc14 = acc14 + av30.z * bv41;
    acc15 = acc15 + av31.z * bv41;
    acc16 = acc16 + av32.z * bv41;
    acc17 = acc17 + av33.z * bv41;
    acc18 = acc18 + av34.z * bv41;
    acc19 = acc19 + av35.z * bv41;
    let kq42 = k * 4u + 3u;
    let bv43 = s_hidden1_dense_kernel_v4[(kq42 * 300u + j0) / 4u];
    acc12 = acc12 + av28.w * bv43;
    acc13 = acc13 + av29.w * bv43;
    acc14 = acc14 + av30.w * bv43;
    acc15 = acc15 + av31.w * bv43;
    acc16 = acc16 + av32.w * bv43;
    acc17 = acc17 + av33.w * bv43;
    acc18 = acc18 + av34.w * bv43;
    acc19 = acc19 + av35.w * bv43;
  }
  {
    let l44 = i0 * 300u + j0;
    let v45 = acc12.x;
    let v46 = s_hidden1_dense_bias[j0];
    let v47 = (v45 + v46);
    let v48 = select(0.0, 1.0, v47 > 0.0);
    let v49 = select(0.0, v47, v48 != 0.0);
    tmp1[l44] = v49;
  }
  {
    let j50 = j0 + 1u;
    let l51 = i0 * 300u + j50;
    let v52 = acc12.y;
    let v53 = s_hidden1_dense_bias[j50];
    let v54 = (v52 + v53);
    let v55 = select(0.0, 1.0, v54 > 0.0);
    let v56 = select(0.0, v54, v55 != 0.0);
    tmp1[l51] = v56;
  }
  {
    let j57 = j0 + 2u;
    let l58 = i0 * 300u + j57;
    let v59 = acc12.z;
    let v60 = s_hidden1_dense_bias[j57];
    let v61 = (v59 + v60);
    let v62 = select(0.0, 1.0, v61 > 0.0);
    let v63 = select(0.0, v61, v62 != 0.0);
    tmp1[l58] = v63;
  }
  {
    let j64 = j0 + 3u;
    let l65 = i0 * 300u + j64;
    let v66 = acc12.w;
    let v67 = s_hidden1_dense_bias[j64];
    let v68 = (v66 + v67);
    let v69 = select(0.0, 1.0, v68 > 0.0);
    let v70 = select(0.0, v68, v69 != 0.0);
    tmp1[l65] = v70;
  }
  {
    let i71 = i0 + 1u;
    let l72 = i71 * 300u + j0;
    let v73 = acc13.x;
    let v74 = s_hidden1_dense_bias[j0];
    let v75 = (v73 + v74);
    let v76 = select(0.0, 1.0, v75 > 0.0);
    let v77 = select(0.0, v75, v76 != 0.0);
    tmp1[l72] = v77;
  }
  {
    let i78 = i0 + 1u;
    let j79 = j0 + 1u;
    let l80 = i78 * 300u + j79;
    let v81 = acc13.y;
    let v82 = s_hidden1_dense_bias[j79];
    let v83 = (v81 + v82);
    let v84 = select(0.0, 1.0, v83 > 0.0);
    let v85 = select(0.0, v83, v84 != 0.0);
    tmp1[l80] = v85;
  }
  {
    let i86 = i0 + 1u;
    let j87 = j0 + 2u;
    let l88 = i86 * 300u + j87;
    let v89 = acc13.z;
    let v90 = s_hidden1_dense_bias[j87];
    let v91 = (v89 + v90);
    let v92 = select(0.0, 1.0, v91 > 0.0);
    let v93 = select(0.0, v91, v92 != 0.0);
    tmp1[l88] = v93;
  }
  {
    let i94 = i0 + 1u;
    let j95 = j0 + 3u;
    let l96 = i94 * 300u + j95;
    let v97 = acc13.w;
    let v98 = s_hidden1_dense_bias[j95];
    let v99 = (v97 + v98);
    let v100 = select(0.0, 1.0, v99 > 0.0);
    let v101 = select(0.0, v99, v100 != 0.0);
    tmp1[l96] = v101;
  }
  {
    let i102 = i0 + 2u;
    let l103 = i102 * 300u + j0;
    let v104 = acc14.x;
    let v105 = s_hidden1_dense_bias[j0];
    let v106 = (v104 + v105);
    let v107 = select(0.0, 1.0, v106 > 0.0);
    let v108 = select(0.0, v106, v107 != 0.0);
    tmp1[l103] = v108;
  }
  {
    let i109 = i0 + 2u;
    let j110 = j0 + 1u;
    let l111 = i109 * 300u + j110;
    let v112 = acc14.y;
    let v113 = s_hidden1_dense_bias[j110];
    let v114 = (v112 + v113);
    let v115 = select(0.0, 1.0, v114 > 0.0);
    let v116 = select(0.0, v114, v115 != 0.0);
    tmp1[l111] = v116;
  }
  {
    let i117 = i0 + 2u;
    let j118 = j0 + 2u;
    let l119 = i117 * 300u + j118;
    let v120 = acc14.z;
    let v121 = s_hidden1_dense_bias[j118];
    let v122 = (v120 + v121);
    let v123 = select(0.0, 1.0, v122 > 0.0);
    let v124 = select(0.0, v122, v123 != 0.0);
    tmp1[l119] = v124;
  }
  {
    let i125 = i0 + 2u;
    let j126 = j0 + 3u;
    let l127 = i125 * 300u + j126;
    let v128 = acc14.w;
    let v129 = s_hidden1_dense_bias[j126];
    let v130 = (v128 + v129);
    let v131 = select(0.0, 1.0, v130 > 0.0);
    let v132 = select(0.0, v130, v131 != 0.0);
    tmp1[l127] = v132;
  }
  {
    let i133 = i0 + 3u;
    let l134 = i133 * 300u + j0;
    let v135 = acc15.x;
    let v136 = s_hidden1_dense_bias[j0];
    let v137 = (v135 + v136);
    let v138 = select(0.0, 1.0, v137 > 0.0);
    let v139 = select(0.0, v137, v138 != 0.0);
    tmp1[l134] = v139;
  }
  {
    let i140 = i0 + 3u;
    let j141 = j0 + 1u;
    let l142 = i140 * 300u + j141;
    let v143 = acc15.y;
    let v144 = s_hidden1_dense_bias[j141];
    let v145 = (v143 + v144);
    let v146 = select(0.0, 1.0, v145 > 0.0);
    let v147 = select(0.0, v145, v146 != 0.0);
    tmp1[l142] = v147;
  }
  {
    let i148 = i0 + 3u;
    let j149 = j0 + 2u;
    let l150 = i148 * 300u + j149;
    let v151 = acc15.z;
    let v152 = s_hidden1_dense_bias[j149];
    let v153 = (v151 + v152);
    let v154 = select(0.0, 1.0, v153 > 0.0);
    let v155 = select(0.0, v153, v154 != 0.0);
    tmp1[l150] = v155;
  }
  {
    let i156 = i0 + 3u;
    let j157 = j0 + 3u;
    let l158 = i156 * 300u + j157;
    let v159 = acc15.w;
    let v160 = s_hidden1_dense_bias[j157];
    let v161 = (v159 + v160);
    let v162 = select(0.0, 1.0, v161 > 0.0);
    let v163 = select(0.0, v161, v162 != 0.0);
    tmp1[l158] = v163;
  }
  {
    let i164 = i0 + 4u;
    let l165 = i164 * 300u + j0;
    let v166 = acc16.x;
    let v167 = s_hidden1_dense_bias[j0];
    let v168 = (v166 + v167);
    let v169 = select(0.0, 1.0, v168 > 0.0);
    let v170 = select(0.0, v168, v169 != 0.0);
    tmp1[l165] = v170;
  }
  {
    let i171 = i0 + 4u;
    let j172 = j0 + 1u;
    let l173 = i171 * 300u + j172;
    let v174 = acc16.y;
    let v175 = s_hidden1_dense_bias[j172];
    let v176 = (v174 + v175);
    let v177 = select(0.0, 1.0, v176 > 0.0);
    let v178 = select(0.0, v176, v177 != 0.0);
    tmp1[l173] = v178;
  }
  {
    let i179 = i0 + 4u;
    let j180 = j0 + 2u;
    let l181 = i179 * 300u + j180;
    let v182 = acc16.z;
    let v183 = s_hidden1_dense_bias[j180];
    let v184 = (v182 + v183);
    let v185 = select(0.0, 1.0, v184 > 0.0);
    let v186 = select(0.0, v184, v185 != 0.0);
    tmp1[l181] = v186;
  }
  {
    let i187 = i0 + 4u;
    let j188 = j0 + 3u;
    let l189 = i187 * 300u + j188;
    let v190 = acc16.w;
    let v191 = s_hidden1_dense_bias[j188];
    let v192 = (v190 + v191);
    let v193 = select(0.0, 1.0, v192 > 0.0);
    let v194 = select(0.0, v192, v193 != 0.0);
    tmp1[l189] = v194;
  }
  {
    let i195 = i0 + 5u;
    let l196 = i195 * 300u + j0;
    let v197 = acc17.x;
    let v198 = s_hidden1_dense_bias[j0];
    let v199 = (v197 + v198);
    let v200 = select(0.0, 1.0, v199 > 0.0);
    let v201 = select(0.0, v199, v200 != 0.0);
    tmp1[l196] = v201;
  }
  {
    let i202 = i0 + 5u;
    let j203 = j0 + 1u;
    let l204 = i202 * 300u + j203;
    let v205 = acc17.y;
    let v206 = s_hidden1_dense_bias[j203];
    let v207 = (v205 + v206);
    let v208 = select(0.0, 1.0, v207 > 0.0);
    let v209 = select(0.0, v207, v208 != 0.0);
    tmp1[l204] = v209;
  }
  {
    let i210 = i0 + 5u;
    let j211 = j0 + 2u;
    let l212 = i210 * 300u + j211;
    let v213 = acc17.z;
    let v214 = s_hidden1_dense_bias[j211];
    let v215 = (v213 + v214);
    let v216 = select(0.0, 1.0, v215 > 0.0);
    let v217 = select(0.0, v215, v216 != 0.0);
    tmp1[l212] = v217;
  }
  {
    let i218 = i0 + 5u;
    let j219 = j0 + 3u;
    let l220 = i218 * 300u + j219;
    let v221 = acc17.w;
    let v222 = s_hidden1_dense_bias[j219];
    let v223 = (v221 + v222);
    let v224 = select(0.0, 1.0, v223 > 0.0);
    let v225 = select(0.0, v223, v224 != 0.0);
    tmp1[l220] = v225;
  }
  {
    let i226 = i0 + 6u;
    let l227 = i226 * 300u + j0;
    let v228 = acc18.x;
    let v229 = s_hidden1_dense_bias[j0];
    let v230 = (v228 + v229);
    let v231 = select(0.0, 1.0, v230 > 0.0);
    let v232 = select(0.0, v230, v231 != 0.0);
    tmp1[l227] = v232;
  }
  {
    let i233 = i0 + 6u;
    let j234 = j0 + 1u;
    let l235 = i233 * 300u + j234;
    let v236 = acc18.y;
    let v237 = s_hidden1_dense_bias[j234];
    let v238 = (v236 + v237);
    let v239 = select(0.0, 1.0, v238 > 0.0);
    let v240 = select(0.0, v238, v239 != 0.0);
    tmp1[l235] = v240;
  }
  {
    let i241 = i0 + 6u;
    let j242 = j0 + 2u;
    let l243 = i241 * 300u + j242;
    let v244 = acc18.z;
    let v245 = s_hidden1_dense_bias[j242];
    let v246 = (v244 + v245);
    let v247 = select(0.0, 1.0, v246 > 0.0);
    let v248 = select(0.0, v246, v247 != 0.0);
    tmp1[l243] = v248;
  }
  {
    let i249 = i0 + 6u;
    let j250 = j0 + 3u;
    let l251 = i249 * 300u + j250;
    let v252 = acc18.w;
    let v253 = s_hidden1_dense_bias[j250];
    let v254 = (v252 + v253);
    let v255 = select(0.0, 1.0, v254 > 0.0);
    let v256 = select(0.0, v254, v255 != 0.0);
    tmp1[l251] = v256;
  }
  {
    let i257 = i0 + 7u;
    let l258 = i257 * 300u + j0;
    let v259 = acc19.x;
    let v260 = s_hidden1_dense_bias[j0];
    let v261 = (v259 + v260);
    let v262 = select(0.0, 1.0, v261 > 0.0);
    let v263 = select(0.0, v261, v262 != 0.0);
    tmp1[l258] = v263;
  }
  {
    let i264 = i0 + 7u;
    let j265 = j0 + 1u;
    let l266 = i264 * 300u + j265;
    let v267 = acc19.y;
    let v268 = s_hidden1_dense_bias[j265];
    let v269 = (v267 + v268);
    let v270 = select(0.0, 1.0, v269 > 0.0);
    let v271 = select(0.0, v269, v270 != 0.0);
    tmp1[l266] = v271;
  }
  {
    let i272 = i0 + 7u;
    let j273 = j0 + 2u;
    let l274 = i272 * 300u + j273;
    let v275 = acc19.z;
    let v276 = s_hidden1_dense_bias[j273];
    let v277 = (v275 + v276);
    let v278 = select(0.0, 1.0, v277 > 0.0);
    let v279 = select(0.0, v277, v278 != 0.0);
    tmp1[l274] = v279;
  }
  {
    let i280 = i0 + 7u;
    let j281 = j0 + 3u;
    let l282 = i280 * 300u + j281;
    let v283 = acc19.w;
    let v284 = s_hidden1_dense_bias[j281];
    let v285 = (v283 + v284);
    let v286 = select(0.0, 1.0, v285 > 0.0);
    let v287 = select(0.0, v285, v286 != 0.0);
    tmp1[l282] = v287;
  }
}

// ---- 040_matmul_hidden2.wgsl
@group(0) @binding(0) var<storage, read> tmp1_v4: array<vec4<f32>>;
@group(0) @binding(1) var<storage, read> s_hidden2_dense_kernel_v4: array<vec4<f32>>;
@group(0) @binding(2) var<storage, read_write> tmp4: array<f32>;
@group(0) @binding(3) var<storage, read> s_hidden2_dense_bias: array<f32>;

@compute @workgroup_size(64)
fn main(@builtin(global_invocation_id) gid: vec3<u32>) {
  let t = gid.x;
  if (t >= 625u) { return; }
  let i0 = (t / 25u) * 8u;
  let j0 = (t % 25u) * 4u;
  let row0 = min(i0 + 0u, 199u);
  let row1 = min(i0 + 1u, 199u);
  let row2 = min(i0 + 2u, 199u);
  let row3 = min(i0 + 3u, 199u);
  let row4 = min(i0 + 4u, 199u);
  let row5 = min(i0 + 5u, 199u);
  let row6 = min(i0 + 6u, 199u);
  let row7 = min(i0 + 7u, 199u);
  let col8 = min(j0 + 0u, 99u);
  let col9 = min(j0 + 1u, 99u);
  let col10 = min(j0 + 2u, 99u);
  let col11 = min(j0 + 3u, 99u);
  var acc12: vec4<f32> = vec4<f32>(0.0);
  var acc13: vec4<f32> = vec4<f32>(0.0);
  var acc14: vec4<f32> = vec4<f32>(0.0);
  var acc15: vec4<f32> = vec4<f32>(0.0);
  var acc16: vec4<f32> = vec4<f32>(0.0);
  var acc17: vec4<f32> = vec4<f32>(0.0);
  var acc18: vec4<f32> = vec4<f32>(0.0);
  var acc19: vec4<f32> = vec4<f32>(0.0);
  let ra20 = row0 * 75u;
  let ra21 = row1 * 75u;
  let ra22 = row2 * 75u;
  let ra23 = row3 * 75u;
  let ra24 = row4 * 75u;
  let ra25 = row5 * 75u;
  let ra26 = row6 * 75u;
  let ra27 = row7 * 75u;
  for (var k: u32 = 0u; k < 75u; k = k + 1u) {
    let av28 = tmp1_v4[ra20 + k];
    let av29 = tmp1_v4[ra21 + k];
    let av30 = tmp1_v4[ra22 + k];
    let av31 = tmp1_v4[ra23 + k];
    let av32 = tmp1_v4[ra24 + k];
    let av33 = tmp1_v4[ra25 + k];
    let av34 = tmp1_v4[ra26 + k];
    let av35 = tmp1_v4[ra27 + k];
    let kq36 = k * 4u + 0u;
    let bv37 = s_hidden2_dense_kernel_v4[(kq36 * 100u + j0) / 4u];
    acc12 = acc12 + av28.x * bv37;
    acc13 = acc13 + av29.x * bv37;
    acc14 = acc14 + av30.x * bv37;
    acc15 = acc15 + av31.x * bv37;
    acc16 = acc16 + av32.x * bv37;
    acc17 = acc17 + av33.x * bv37;
    acc18 = acc18 + av34.x * bv37;
    acc19 = acc19 + av35.x * bv37;
    let kq38 = k * 4u + 1u;
    let bv39 = s_hidden2_dense_kernel_v4[(kq38 * 100u + j0) / 4u];
    acc12 = acc12 + av28.y * bv39;
    acc13 = acc13 + av29.y * bv39;
    acc14 = acc14 + av30.y * bv39;
    acc15 = acc15 + av31.y * bv39;
    acc16 = acc16 + av32.y * bv39;
    acc17 = acc17 + av33.y * bv39;
    acc18 = acc18 + av34.y * bv39;
    acc19 = acc19 + av35.y * bv39;
    let kq40 = k * 4u + 2u;
    let bv41 = s_hidden2_dense_kernel_v4[(kq40 * 100u + j0) / 4u];
    acc12 = acc12 + av28.z * bv41;
    acc13 = acc13 + av29.z * bv41;
    acc14 = acc14 + av30.z * bv41;
    acc15 = acc15 + av31.z * bv41;
    acc16 = acc16 + av32.z * bv41;
    acc17 = acc17 + av33.z * bv41;
    acc18 = acc18 + av34.z * bv41;
    acc19 = acc19 + av35.z * bv41;
    let kq42 = k * 4u + 3u;
    let bv43 = s_hidden2_dense_kernel_v4[(kq42 * 100u + j0) / 4u];
    acc12 = acc12 + av28.w * bv43;
    acc13 = acc13 + av29.w * bv43;
    acc14 = acc14 + av30.w * bv43;
    acc15 = acc15 + av31.w * bv43;
    acc16 = acc16 + av32.w * bv43;
    acc17 = acc17 + av33.w * bv43;
    acc18 = acc18 + av34.w * bv43;
    acc19 = acc19 + av35.w * bv43;
  }
  {
    let l44 = i0 * 100u + j0;
    let v45 = acc12.x;
    let v46 = s_hidden2_dense_bias[j0];
    let v47 = (v45 + v46);
    let v48 = select(0.0, 1.0, v47 > 0.0);
    let v49 = select(0.0, v47, v48 != 0.0);
    tmp4[l44] = v49;
  }
  {
    let j50 = j0 + 1u;
    let l51 = i0 * 100u + j50;
    let v52 = acc12.y;
    let v53 = s_hidden2_dense_bias[j50];
    let v54 = (v52 + v53);
    let v55 = select(0.0, 1.0, v54 > 0.0);
    let v56 = select(0.0, v54, v55 != 0.0);
    tmp4[l51] = v56;
  }
  {
    let j57 = j0 + 2u;
    let l58 = i0 * 100u + j57;
    let v59 = acc12.z;
    let v60 = s_hidden2_dense_bias[j57];
    let v61 = (v59 + v60);
    let v62 = select(0.0, 1.0, v61 > 0.0);
    let v63 = select(0.0, v61, v62 != 0.0);
    tmp4[l58] = v63;
  }
  {
    let j64 = j0 + 3u;
    let l65 = i0 * 100u + j64;
    let v66 = acc12.w;
    let v67 = s_hidden2_dense_bias[j64];
    let v68 = (v66 + v67);
    let v69 = select(0.0, 1.0, v68 > 0.0);
    let v70 = select(0.0, v68, v69 != 0.0);
    tmp4[l65] = v70;
  }
  {
    let i71 = i0 + 1u;
    let l72 = i71 * 100u + j0;
    let v73 = acc13.x;
    let v74 = s_hidden2_dense_bias[j0];
    let v75 = (v73 + v74);
    let v76 = select(0.0, 1.0, v75 > 0.0);
    let v77 = select(0.0, v75, v76 != 0.0);
    tmp4[l72] = v77;
  }
  {
    let i78 = i0 + 1u;
    let j79 = j0 + 1u;
    let l80 = i78 * 100u + j79;
    let v81 = acc13.y;
    let v82 = s_hidden2_dense_bias[j79];
    let v83 = (v81 + v82);
    let v84 = select(0.0, 1.0, v83 > 0.0);
    let v85 = select(0.0, v83, v84 != 0.0);
    tmp4[l80] = v85;
  }
  {
    let i86 = i0 + 1u;
    let j87 = j0 + 2u;
    let l88 = i86 * 100u + j87;
    let v89 = acc13.z;
    let v90 = s_hidden2_dense_bias[j87];
    let v91 = (v89 + v90);
    let v92 = select(0.0, 1.0, v91 > 0.0);
    let v93 = select(0.0, v91, v92 != 0.0);
    tmp4[l88] = v93;
  }
  {
    let i94 = i0 + 1u;
    let j95 = j0 + 3u;
    let l96 = i94 * 100u + j95;
    let v97 = acc13.w;
    let v98 = s_hidden2_dense_bias[j95];
    let v99 = (v97 + v98);
    let v100 = select(0.0, 1.0, v99 > 0.0);
    let v101 = select(0.0, v99, v100 != 0.0);
    tmp4[l96] = v101;
  }
  {
    let i102 = i0 + 2u;
    let l103 = i102 * 100u + j0;
    let v104 = acc14.x;
    let v105 = s_hidden2_dense_bias[j0];
    let v106 = (v104 + v105);
    let v107 = select(0.0, 1.0, v106 > 0.0);
    let v108 = select(0.0, v106, v107 != 0.0);
    tmp4[l103] = v108;
  }
  {
    let i109 = i0 + 2u;
    let j110 = j0 + 1u;
    let l111 = i109 * 100u + j110;
    let v112 = acc14.y;
    let v113 = s_hidden2_dense_bias[j110];
    let v114 = (v112 + v113);
    let v115 = select(0.0, 1.0, v114 > 0.0);
    let v116 = select(0.0, v114, v115 != 0.0);
    tmp4[l111] = v116;
  }
  {
    let i117 = i0 + 2u;
    let j118 = j0 + 2u;
    let l119 = i117 * 100u + j118;
    let v120 = acc14.z;
    let v121 = s_hidden2_dense_bias[j118];
    let v122 = (v120 + v121);
    let v123 = select(0.0, 1.0, v122 > 0.0);
    let v124 = select(0.0, v122, v123 != 0.0);
    tmp4[l119] = v124;
  }
  {
    let i125 = i0 + 2u;
    let j126 = j0 + 3u;
    let l127 = i125 * 100u + j126;
    let v128 = acc14.w;
    let v129 = s_hidden2_dense_bias[j126];
    let v130 = (v128 + v129);
    let v131 = select(0.0, 1.0, v130 > 0.0);
    let v132 = select(0.0, v130, v131 != 0.0);
    tmp4[l127] = v132;
  }
  {
    let i133 = i0 + 3u;
    let l134 = i133 * 100u + j0;
    let v135 = acc15.x;
    let v136 = s_hidden2_dense_bias[j0];
    let v137 = (v135 + v136);
    let v138 = select(0.0, 1.0, v137 > 0.0);
    let v139 = select(0.0, v137, v138 != 0.0);
    tmp4[l134] = v139;
  }
  {
    let i140 = i0 + 3u;
    let j141 = j0 + 1u;
    let l142 = i140 * 100u + j141;
    let v143 = acc15.y;
    let v144 = s_hidden2_dense_bias[j141];
    let v145 = (v143 + v144);
    let v146 = select(0.0, 1.0, v145 > 0.0);
    let v147 = select(0.0, v145, v146 != 0.0);
    tmp4[l142] = v147;
  }
  {
    let i148 = i0 + 3u;
    let j149 = j0 + 2u;
    let l150 = i148 * 100u + j149;
    let v151 = acc15.z;
    let v152 = s_hidden2_dense_bias[j149];
    let v153 = (v151 + v152);
    let v154 = select(0.0, 1.0, v153 > 0.0);
    let v155 = select(0.0, v153, v154 != 0.0);
    tmp4[l150] = v155;
  }
  {
    let i156 = i0 + 3u;
    let j157 = j0 + 3u;
    let l158 = i156 * 100u + j157;
    let v159 = acc15.w;
    let v160 = s_hidden2_dense_bias[j157];
    let v161 = (v159 + v160);
    let v162 = select(0.0, 1.0, v161 > 0.0);
    let v163 = select(0.0, v161, v162 != 0.0);
    tmp4[l158] = v163;
  }
  {
    let i164 = i0 + 4u;
    let l165 = i164 * 100u + j0;
    let v166 = acc16.x;
    let v167 = s_hidden2_dense_bias[j0];
    let v168 = (v166 + v167);
    let v169 = select(0.0, 1.0, v168 > 0.0);
    let v170 = select(0.0, v168, v169 != 0.0);
    tmp4[l165] = v170;
  }
  {
    let i171 = i0 + 4u;
    let j172 = j0 + 1u;
    let l173 = i171 * 100u + j172;
    let v174 = acc16.y;
    let v175 = s_hidden2_dense_bias[j172];
    let v176 = (v174 + v175);
    let v177 = select(0.0, 1.0, v176 > 0.0);
    let v178 = select(0.0, v176, v177 != 0.0);
    tmp4[l173] = v178;
  }
  {
    let i179 = i0 + 4u;
    let j180 = j0 + 2u;
    let l181 = i179 * 100u + j180;
    let v182 = acc16.z;
    let v183 = s_hidden2_dense_bias[j180];
    let v184 = (v182 + v183);
    let v185 = select(0.0, 1.0, v184 > 0.0);
    let v186 = select(0.0, v184, v185 != 0.0);
    tmp4[l181] = v186;
  }
  {
    let i187 = i0 + 4u;
    let j188 = j0 + 3u;
    let l189 = i187 * 100u + j188;
    let v190 = acc16.w;
    let v191 = s_hidden2_dense_bias[j188];
    let v192 = (v190 + v191);
    let v193 = select(0.0, 1.0, v192 > 0.0);
    let v194 = select(0.0, v192, v193 != 0.0);
    tmp4[l189] = v194;
  }
  {
    let i195 = i0 + 5u;
    let l196 = i195 * 100u + j0;
    let v197 = acc17.x;
    let v198 = s_hidden2_dense_bias[j0];
    let v199 = (v197 + v198);
    let v200 = select(0.0, 1.0, v199 > 0.0);
    let v201 = select(0.0, v199, v200 != 0.0);
    tmp4[l196] = v201;
  }
  {
    let i202 = i0 + 5u;
    let j203 = j0 + 1u;
    let l204 = i202 * 100u + j203;
    let v205 = acc17.y;
    let v206 = s_hidden2_dense_bias[j203];
    let v207 = (v205 + v206);
    let v208 = select(0.0, 1.0, v207 > 0.0);
    let v209 = select(0.0, v207, v208 != 0.0);
    tmp4[l204] = v209;
  }
  {
    let i210 = i0 + 5u;
    let j211 = j0 + 2u;
    let l212 = i210 * 100u + j211;
    let v213 = acc17.z;
    let v214 = s_hidden2_dense_bias[j211];
    let v215 = (v213 + v214);
    let v216 = select(0.0, 1.0, v215 > 0.0);
    let v217 = select(0.0, v215, v216 != 0.0);
    tmp4[l212] = v217;
  }
  {
    let i218 = i0 + 5u;
    let j219 = j0 + 3u;
    let l220 = i218 * 100u + j219;
    let v221 = acc17.w;
    let v222 = s_hidden2_dense_bias[j219];
    let v223 = (v221 + v222);
    let v224 = select(0.0, 1.0, v223 > 0.0);
    let v225 = select(0.0, v223, v224 != 0.0);
    tmp4[l220] = v225;
  }
  {
    let i226 = i0 + 6u;
    let l227 = i226 * 100u + j0;
    let v228 = acc18.x;
    let v229 = s_hidden2_dense_bias[j0];
    let v230 = (v228 + v229);
    let v231 = select(0.0, 1.0, v230 > 0.0);
    let v232 = select(0.0, v230, v231 != 0.0);
    tmp4[l227] = v232;
  }
  {
    let i233 = i0 + 6u;
    let j234 = j0 + 1u;
    let l235 = i233 * 100u + j234;
    let v236 = acc18.y;
    let v237 = s_hidden2_dense_bias[j234];
    let v238 = (v236 + v237);
    let v239 = select(0.0, 1.0, v238 > 0.0);
    let v240 = select(0.0, v238, v239 != 0.0);
    tmp4[l235] = v240;
  }
  {
    let i241 = i0 + 6u;
    let j242 = j0 + 2u;
    let l243 = i241 * 100u + j242;
    let v244 = acc18.z;
    let v245 = s_hidden2_dense_bias[j242];
    let v246 = (v244 + v245);
    let v247 = select(0.0, 1.0, v246 > 0.0);
    let v248 = select(0.0, v246, v247 != 0.0);
    tmp4[l243] = v248;
  }
  {
    let i249 = i0 + 6u;
    let j250 = j0 + 3u;
    let l251 = i249 * 100u + j250;
    let v252 = acc18.w;
    let v253 = s_hidden2_dense_bias[j250];
    let v254 = (v252 + v253);
    let v255 = select(0.0, 1.0, v254 > 0.0);
    let v256 = select(0.0, v254, v255 != 0.0);
    tmp4[l251] = v256;
  }
  {
    let i257 = i0 + 7u;
    let l258 = i257 * 100u + j0;
    let v259 = acc19.x;
    let v260 = s_hidden2_dense_bias[j0];
    let v261 = (v259 + v260);
    let v262 = select(0.0, 1.0, v261 > 0.0);
    let v263 = select(0.0, v261, v262 != 0.0);
    tmp4[l258] = v263;
  }
  {
    let i264 = i0 + 7u;
    let j265 = j0 + 1u;
    let l266 = i264 * 100u + j265;
    let v267 = acc19.y;
    let v268 = s_hidden2_dense_bias[j265];
    let v269 = (v267 + v268);
    let v270 = select(0.0, 1.0, v269 > 0.0);
    let v271 = select(0.0, v269, v270 != 0.0);
    tmp4[l266] = v271;
  }
  {
    let i272 = i0 + 7u;
    let j273 = j0 + 2u;
    let l274 = i272 * 100u + j273;
    let v275 = acc19.z;
    let v276 = s_hidden2_dense_bias[j273];
    let v277 = (v275 + v276);
    let v278 = select(0.0, 1.0, v277 > 0.0);
    let v279 = select(0.0, v277, v278 != 0.0);
    tmp4[l274] = v279;
  }
  {
    let i280 = i0 + 7u;
    let j281 = j0 + 3u;
    let l282 = i280 * 100u + j281;
    let v283 = acc19.w;
    let v284 = s_hidden2_dense_bias[j281];
    let v285 = (v283 + v284);
    let v286 = select(0.0, 1.0, v285 > 0.0);
    let v287 = select(0.0, v285, v286 != 0.0);
    tmp4[l282] = v287;
  }
}

// ---- 041_add_metrics_x2.wgsl
@group(0) @binding(0) var<storage, read_write> s_acc_eval_loss: array<f32>;
@group(0) @binding(1) var<storage, read> out_loss: array<f32>;
@group(0) @binding(2) var<storage, read> in_weight: array<f32>;
@group(0) @binding(3) var<storage, read_write> s_acc_eval_weight: array<f32>;

@compute @workgroup_size(64)
fn main(@builtin(global_invocation_id) gid: vec3<u32>) {
  let i = gid.x;
  if (i >= 1u) { return; }
  let v0 = s_acc_eval_loss[i];
  let v1 = out_loss[i];
  let v2 = in_weight[i];
  let v3 = (v1 * v2);
  let v4 = (v0 + v3);
  let v5 = s_acc_eval_weight[i];
  let v6 = (v5 + v2);
  s_acc_eval_loss[i] = v4;
  s_acc_eval_weight[i] = v6;
}

// ---- 042_add_metrics_x2.wgsl
@group(0) @binding(0) var<storage, read_write> s_acc_eval_accuracy: array<f32>;
@group(0) @binding(1) var<storage, read> out_accuracy: array<f32>;
@group(0) @binding(2) var<storage, read> in_weight: array<f32>;
@group(0) @binding(3) var<storage, read_write> s_counter_eval_batch: array<u32>;

@compute @workgroup_size(64)
fn main(@builtin(global_invocation_id) gid: vec3<u32>) {
  let i = gid.x;
  if (i >= 1u) { return; }
  let v0 = s_acc_eval_accuracy[i];
  let v1 = out_accuracy[i];
  let v2 = in_weight[i];
  let v3 = (v1 * v2);
  let v4 = (v0 + v3);
  let v5 = s_counter_eval_batch[i];
  let v6 = (v5 + 1u);
  s_acc_eval_accuracy[i] = v4;
  s_counter_eval_batch[i] = v6;
}
