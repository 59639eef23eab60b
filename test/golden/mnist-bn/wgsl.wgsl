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

// ---- 001_const_hidden1_dense_bias_x2.wgsl
@group(0) @binding(0) var<storage, read_write> s_hidden1_dense_bias: array<f32>;
@group(0) @binding(1) var<storage, read_write> s_hidden1_batch_norm_moving_variance: array<f32>;

@compute @workgroup_size(64)
fn main(@builtin(global_invocation_id) gid: vec3<u32>) {
  let i = gid.x;
  if (i >= 300u) { return; }
  s_hidden1_dense_bias[i] = 0.0;
  s_hidden1_batch_norm_moving_variance[i] = 1.0;
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

// ---- 003_const_hidden2_dense_bias_x2.wgsl
@group(0) @binding(0) var<storage, read_write> s_hidden2_dense_bias: array<f32>;
@group(0) @binding(1) var<storage, read_write> s_hidden2_batch_norm_moving_variance: array<f32>;

@compute @workgroup_size(64)
fn main(@builtin(global_invocation_id) gid: vec3<u32>) {
  let i = gid.x;
  if (i >= 100u) { return; }
  s_hidden2_dense_bias[i] = 0.0;
  s_hidden2_batch_norm_moving_variance[i] = 1.0;
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

// ---- 005_const_logits_dense_bias_x2.wgsl
@group(0) @binding(0) var<storage, read_write> s_logits_dense_bias: array<f32>;
@group(0) @binding(1) var<storage, read_write> s_logits_batch_norm_moving_variance: array<f32>;

@compute @workgroup_size(64)
fn main(@builtin(global_invocation_id) gid: vec3<u32>) {
  let i = gid.x;
  if (i >= 10u) { return; }
  s_logits_dense_bias[i] = 0.0;
  s_logits_batch_norm_moving_variance[i] = 1.0;
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

// ---- 010_matmul_hidden1_dense.wgsl
@group(0) @binding(0) var<storage, read> in_X_v4: array<vec4<f32>>;
@group(0) @binding(1) var<storage, read> s_hidden1_dense_kernel_v4: array<vec4<f32>>;
@group(0) @binding(2) var<storage, read_write> tmp0: array<f32>;
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
    tmp0[l44] = v47;
  }
  {
    let j48 = j0 + 1u;
    let l49 = i0 * 300u + j48;
    let v50 = acc12.y;
    let v51 = s_hidden1_dense_bias[j48];
    let v52 = (v50 + v51);
    tmp0[l49] = v52;
  }
  {
    let j53 = j0 + 2u;
    let l54 = i0 * 300u + j53;
    let v55 = acc12.z;
    let v56 = s_hidden1_dense_bias[j53];
    let v57 = (v55 + v56);
    tmp0[l54] = v57;
  }
  {
    let j58 = j0 + 3u;
    let l59 = i0 * 300u + j58;
    let v60 = acc12.w;
    let v61 = s_hidden1_dense_bias[j58];
    let v62 = (v60 + v61);
    tmp0[l59] = v62;
  }
  {
    let i63 = i0 + 1u;
    let l64 = i63 * 300u + j0;
    let v65 = acc13.x;
    let v66 = s_hidden1_dense_bias[j0];
    let v67 = (v65 + v66);
    tmp0[l64] = v67;
  }
  {
    let i68 = i0 + 1u;
    let j69 = j0 + 1u;
    let l70 = i68 * 300u + j69;
    let v71 = acc13.y;
    let v72 = s_hidden1_dense_bias[j69];
    let v73 = (v71 + v72);
    tmp0[l70] = v73;
  }
  {
    let i74 = i0 + 1u;
    let j75 = j0 + 2u;
    let l76 = i74 * 300u + j75;
    let v77 = acc13.z;
    let v78 = s_hidden1_dense_bias[j75];
    let v79 = (v77 + v78);
    tmp0[l76] = v79;
  }
  {
    let i80 = i0 + 1u;
    let j81 = j0 + 3u;
    let l82 = i80 * 300u + j81;
    let v83 = acc13.w;
    let v84 = s_hidden1_dense_bias[j81];
    let v85 = (v83 + v84);
    tmp0[l82] = v85;
  }
  {
    let i86 = i0 + 2u;
    let l87 = i86 * 300u + j0;
    let v88 = acc14.x;
    let v89 = s_hidden1_dense_bias[j0];
    let v90 = (v88 + v89);
    tmp0[l87] = v90;
  }
  {
    let i91 = i0 + 2u;
    let j92 = j0 + 1u;
    let l93 = i91 * 300u + j92;
    let v94 = acc14.y;
    let v95 = s_hidden1_dense_bias[j92];
    let v96 = (v94 + v95);
    tmp0[l93] = v96;
  }
  {
    let i97 = i0 + 2u;
    let j98 = j0 + 2u;
    let l99 = i97 * 300u + j98;
    let v100 = acc14.z;
    let v101 = s_hidden1_dense_bias[j98];
    let v102 = (v100 + v101);
    tmp0[l99] = v102;
  }
  {
    let i103 = i0 + 2u;
    let j104 = j0 + 3u;
    let l105 = i103 * 300u + j104;
    let v106 = acc14.w;
    let v107 = s_hidden1_dense_bias[j104];
    let v108 = (v106 + v107);
    tmp0[l105] = v108;
  }
  {
    let i109 = i0 + 3u;
    let l110 = i109 * 300u + j0;
    let v111 = acc15.x;
    let v112 = s_hidden1_dense_bias[j0];
    let v113 = (v111 + v112);
    tmp0[l110] = v113;
  }
  {
    let i114 = i0 + 3u;
    let j115 = j0 + 1u;
    let l116 = i114 * 300u + j115;
    let v117 = acc15.y;
    let v118 = s_hidden1_dense_bias[j115];
    let v119 = (v117 + v118);
    tmp0[l116] = v119;
  }
  {
    let i120 = i0 + 3u;
    let j121 = j0 + 2u;
    let l122 = i120 * 300u + j121;
    let v123 = acc15.z;
    let v124 = s_hidden1_dense_bias[j121];
    let v125 = (v123 + v124);
    tmp0[l122] = v125;
  }
  {
    let i126 = i0 + 3u;
    let j127 = j0 + 3u;
    let l128 = i126 * 300u + j127;
    let v129 = acc15.w;
    let v130 = s_hidden1_dense_bias[j127];
    let v131 = (v129 + v130);
    tmp0[l128] = v131;
  }
  {
    let i132 = i0 + 4u;
    let l133 = i132 * 300u + j0;
    let v134 = acc16.x;
    let v135 = s_hidden1_dense_bias[j0];
    let v136 = (v134 + v135);
    tmp0[l133] = v136;
  }
  {
    let i137 = i0 + 4u;
    let j138 = j0 + 1u;
    let l139 = i137 * 300u + j138;
    let v140 = acc16.y;
    let v141 = s_hidden1_dense_bias[j138];
    let v142 = (v140 + v141);
    tmp0[l139] = v142;
  }
  {
    let i143 = i0 + 4u;
    let j144 = j0 + 2u;
    let l145 = i143 * 300u + j144;
    let v146 = acc16.z;
    let v147 = s_hidden1_dense_bias[j144];
    let v148 = (v146 + v147);
    tmp0[l145] = v148;
  }
  {
    let i149 = i0 + 4u;
    let j150 = j0 + 3u;
    let l151 = i149 * 300u + j150;
    let v152 = acc16.w;
    let v153 = s_hidden1_dense_bias[j150];
    let v154 = (v152 + v153);
    tmp0[l151] = v154;
  }
  {
    let i155 = i0 + 5u;
    let l156 = i155 * 300u + j0;
    let v157 = acc17.x;
    let v158 = s_hidden1_dense_bias[j0];
    let v159 = (v157 + v158);
    tmp0[l156] = v159;
  }
  {
    let i160 = i0 + 5u;
    let j161 = j0 + 1u;
    let l162 = i160 * 300u + j161;
    let v163 = acc17.y;
    let v164 = s_hidden1_dense_bias[j161];
    let v165 = (v163 + v164);
    tmp0[l162] = v165;
  }
  {
    let i166 = i0 + 5u;
    let j167 = j0 + 2u;
    let l168 = i166 * 300u + j167;
    let v169 = acc17.z;
    let v170 = s_hidden1_dense_bias[j167];
    let v171 = (v169 + v170);
    tmp0[l168] = v171;
  }
  {
    let i172 = i0 + 5u;
    let j173 = j0 + 3u;
    let l174 = i172 * 300u + j173;
    let v175 = acc17.w;
    let v176 = s_hidden1_dense_bias[j173];
    let v177 = (v175 + v176);
    tmp0[l174] = v177;
  }
  {
    let i178 = i0 + 6u;
    let l179 = i178 * 300u + j0;
    let v180 = acc18.x;
    let v181 = s_hidden1_dense_bias[j0];
    let v182 = (v180 + v181);
    tmp0[l179] = v182;
  }
  {
    let i183 = i0 + 6u;
    let j184 = j0 + 1u;
    let l185 = i183 * 300u + j184;
    let v186 = acc18.y;
    let v187 = s_hidden1_dense_bias[j184];
    let v188 = (v186 + v187);
    tmp0[l185] = v188;
  }
  {
    let i189 = i0 + 6u;
    let j190 = j0 + 2u;
    let l191 = i189 * 300u + j190;
    let v192 = acc18.z;
    let v193 = s_hidden1_dense_bias[j190];
    let v194 = (v192 + v193);
    tmp0[l191] = v194;
  }
  {
    let i195 = i0 + 6u;
    let j196 = j0 + 3u;
    let l197 = i195 * 300u + j196;
    let v198 = acc18.w;
    let v199 = s_hidden1_dense_bias[j196];
    let v200 = (v198 + v199);
    tmp0[l197] = v200;
  }
  {
    let i201 = i0 + 7u;
    let l202 = i201 * 300u + j0;
    let v203 = acc19.x;
    let v204 = s_hidden1_dense_bias[j0];
    let v205 = (v203 + v204);
    tmp0[l202] = v205;
  }
  {
    let i206 = i0 + 7u;
    let j207 = j0 + 1u;
    let l208 = i206 * 300u + j207;
    let v209 = acc19.y;
    let v210 = s_hidden1_dense_bias[j207];
    let v211 = (v209 + v210);
    tmp0[l208] = v211;
  }
  {
    let i212 = i0 + 7u;
    let j213 = j0 + 2u;
    let l214 = i212 * 300u + j213;
    let v215 = acc19.z;
    let v216 = s_hidden1_dense_bias[j213];
    let v217 = (v215 + v216);
    tmp0[l214] = v217;
  }
  {
    let i218 = i0 + 7u;
    let j219 = j0 + 3u;
    let l220 = i218 * 300u + j219;
    let v221 = acc19.w;
    let v222 = s_hidden1_dense_bias[j219];
    let v223 = (v221 + v222);
    tmp0[l220] = v223;
  }
}

// ---- 011_reduce_sum_hidden1_batch_norm.wgsl
@group(0) @binding(0) var<storage, read> tmp0: array<f32>;
@group(0) @binding(1) var<storage, read_write> tmp1: array<f32>;

@compute @workgroup_size(64)
fn main(@builtin(global_invocation_id) gid: vec3<u32>) {
  let i = gid.x;
  if (i >= 300u) { return; }
  var acc0: f32 = 0.0;
  for (var r: u32 = 0u; r < 200u; r = r + 1u) {
    let l1 = r * 300u + i;
    let v2 = tmp0[l1];
    acc0 = acc0 + v2;
  }
  let v3 = (acc0 / 200.0);
  tmp1[i] = v3;
}

// ---- 012_reduce_sum_hidden1_batch_norm_x2.wgsl
@group(0) @binding(0) var<storage, read> tmp0: array<f32>;
@group(0) @binding(1) var<storage, read> tmp1: array<f32>;
@group(0) @binding(2) var<storage, read_write> s_hidden1_batch_norm_moving_mean: array<f32>;
@group(0) @binding(3) var<storage, read_write> tmp2: array<f32>;

@compute @workgroup_size(64)
fn main(@builtin(global_invocation_id) gid: vec3<u32>) {
  let i = gid.x;
  if (i >= 300u) { return; }
  var acc0: f32 = 0.0;
  for (var r: u32 = 0u; r < 200u; r = r + 1u) {
    let l1 = r * 300u + i;
    let v2 = tmp0[l1];
    let v3 = tmp1[i];
    let v4 = (v2 - v3);
    let v5 = (v4 * v4);
    acc0 = acc0 + v5;
  }
  let v6 = (acc0 / 200.0);
  let v7 = s_hidden1_batch_norm_moving_mean[i];
  let v8 = (v7 * 0.9);
  let v9 = tmp1[i];
  let v10 = (v9 * 0.09999999999999998);
  let v11 = (v8 + v10);
  tmp2[i] = v6;
  s_hidden1_batch_norm_moving_mean[i] = v11;
}

// ---- 013_add_hidden1_batch_norm.wgsl
@group(0) @binding(0) var<storage, read_write> s_hidden1_batch_norm_moving_variance: array<f32>;
@group(0) @binding(1) var<storage, read> tmp2: array<f32>;

@compute @workgroup_size(64)
fn main(@builtin(global_invocation_id) gid: vec3<u32>) {
  let i = gid.x;
  if (i >= 300u) { return; }
  let v0 = s_hidden1_batch_norm_moving_variance[i];
  let v1 = (v0 * 0.9);
  let v2 = tmp2[i];
  let v3 = (v2 * 0.09999999999999998);
  let v4 = (v1 + v3);
  s_hidden1_batch_norm_moving_variance[i] = v4;
}

// ---- 014_select_hidden1.wgsl
@group(0) @binding(0) var<storage, read> tmp0: array<f32>;
@group(0) @binding(1) var<storage, read> tmp1: array<f32>;
@group(0) @binding(2) var<storage, read> tmp2: array<f32>;
@group(0) @binding(3) var<storage, read> s_hidden1_batch_norm_gamma: array<f32>;
@group(0) @binding(4) var<storage, read> s_hidden1_batch_norm_beta: array<f32>;
@group(0) @binding(5) var<storage, read_write> tmp3: array<f32>;

@compute @workgroup_size(64)
fn main(@builtin(global_invocation_id) gid: vec3<u32>) {
  let i = gid.x;
  if (i >= 60000u) { return; }
  let v0 = tmp0[i];
  let c1 = (i / 300u);
  let c2 = (i % 300u);
  let v3 = tmp1[c2];
  let v4 = (v0 - v3);
  let v5 = tmp2[c2];
  let v6 = (v5 + 0.001);
  let v7 = inverseSqrt(v6);
  let v8 = (v4 * v7);
  let v9 = s_hidden1_batch_norm_gamma[c2];
  let v10 = (v8 * v9);
  let v11 = s_hidden1_batch_norm_beta[c2];
  let v12 = (v10 + v11);
  let v13 = min(v12, 0.0);
  let v14 = exp(v13);
  let v15 = (v14 - 1.0);
  let v16 = select(0.0, 1.0, v12 > 0.0);
  let v17 = select(v15, v12, v16 != 0.0);
  tmp3[i] = v17;
}

// ---- 015_matmul_hidden2_dense.wgsl
@group(0) @binding(0) var<storage, read> tmp3_v4: array<vec4<f32>>;
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
    let av28 = tmp3_v4[ra20 + k];
    let av29 = tmp3_v4[ra21 + k];
    let av30 = tmp3_v4[ra22 + k];
    let av31 = tmp3_v4[ra23 + k];
    let av32 = tmp3_v4[ra24 + k];
    let av33 = tmp3_v4[ra25 + k];
    let av34 = tmp3_v4[ra26 + k];
    let av35 = tmp3_v4[ra27 + k];
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

// ---- 016_reduce_sum_hidden2_batch_norm.wgsl
@group(0) @binding(0) var<storage, read> tmp4: array<f32>;
@group(0) @binding(1) var<storage, read_write> tmp5: array<f32>;

@compute @workgroup_size(64)
fn main(@builtin(global_invocation_id) gid: vec3<u32>) {
  let i = gid.x;
  if (i >= 100u) { return; }
  var acc0: f32 = 0.0;
  for (var r: u32 = 0u; r < 200u; r = r + 1u) {
    let l1 = r * 100u + i;
    let v2 = tmp4[l1];
    acc0 = acc0 + v2;
  }
  let v3 = (acc0 / 200.0);
  tmp5[i] = v3;
}

// ---- 017_reduce_sum_hidden2_batch_norm_x2.wgsl
@group(0) @binding(0) var<storage, read> tmp4: array<f32>;
@group(0) @binding(1) var<storage, read> tmp5: array<f32>;
@group(0) @binding(2) var<storage, read_write> s_hidden2_batch_norm_moving_mean: array<f32>;
@group(0) @binding(3) var<storage, read_write> tmp6: array<f32>;

@compute @workgroup_size(64)
fn main(@builtin(global_invocation_id) gid: vec3<u32>) {
  let i = gid.x;
  if (i >= 100u) { return; }
  var acc0: f32 = 0.0;
  for (var r: u32 = 0u; r < 200u; r = r + 1u) {
    let l1 = r * 100u + i;
    let v2 = tmp4[l1];
    let v3 = tmp5[i];
    let v4 = (v2 - v3);
    let v5 = (v4 * v4);
    acc0 = acc0 + v5;
  }
  let v6 = (acc0 / 200.0);
  let v7 = s_hidden2_batch_norm_moving_mean[i];
  let v8 = (v7 * 0.9);
  let v9 = tmp5[i];
  let v10 = (v9 * 0.09999999999999998);
  let v11 = (v8 + v10);
  tmp6[i] = v6;
  s_hidden2_batch_norm_moving_mean[i] = v11;
}

// ---- 018_add_hidden2_batch_norm.wgsl
@group(0) @binding(0) var<storage, read_write> s_hidden2_batch_norm_moving_variance: array<f32>;
@group(0) @binding(1) var<storage, read> tmp6: array<f32>;

@compute @workgroup_size(64)
fn main(@builtin(global_invocation_id) gid: vec3<u32>) {
  let i = gid.x;
  if (i >= 100u) { return; }
  let v0 = s_hidden2_batch_norm_moving_variance[i];
  let v1 = (v0 * 0.9);
  let v2 = tmp6[i];
  let v3 = (v2 * 0.09999999999999998);
  let v4 = (v1 + v3);
  s_hidden2_batch_norm_moving_variance[i] = v4;
}

// ---- 019_select_hidden2.wgsl
@group(0) @binding(0) var<storage, read> tmp4: array<f32>;
@group(0) @binding(1) var<storage, read> tmp5: array<f32>;
@group(0) @binding(2) var<storage, read> tmp6: array<f32>;
@group(0) @binding(3) var<storage, read> s_hidden2_batch_norm_gamma: array<f32>;
@group(0) @binding(4) var<storage, read> s_hidden2_batch_norm_beta: array<f32>;
@group(0) @binding(5) var<storage, read_write> tmp7: array<f32>;

@compute @workgroup_size(64)
fn main(@builtin(global_invocation_id) gid: vec3<u32>) {
  let i = gid.x;
  if (i >= 20000u) { return; }
  let v0 = tmp4[i];
  let c1 = (i / 100u);
  let c2 = (i % 100u);
  let v3 = tmp5[c2];
  let v4 = (v0 - v3);
  let v5 = tmp6[c2];
  let v6 = (v5 + 0.001);
  let v7 = inverseSqrt(v6);
  let v8 = (v4 * v7);
  let v9 = s_hidden2_batch_norm_gamma[c2];
  let v10 = (v8 * v9);
  let v11 = s_hidden2_batch_norm_beta[c2];
  let v12 = (v10 + v11);
  let v13 = min(v12, 0.0);
  let v14 = exp(v13);
  let v15 = (v14 - 1.0);
  let v16 = select(0.0, 1.0, v12 > 0.0);
  let v17 = select(v15, v12, v16 != 0.0);
  tmp7[i] = v17;
}

// ---- 020_matmul_logits_dense.wgsl
@group(0) @binding(0) var<storage, read> tmp7: array<f32>;
@group(0) @binding(1) var<storage, read> s_logits_dense_kernel: array<f32>;
@group(0) @binding(2) var<storage, read_write> tmp8: array<f32>;
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
    acc12 = acc12 + tmp7[ra20 + k] * bv29;
    acc13 = acc13 + tmp7[ra21 + k] * bv29;
    acc14 = acc14 + tmp7[ra22 + k] * bv29;
    acc15 = acc15 + tmp7[ra23 + k] * bv29;
    acc16 = acc16 + tmp7[ra24 + k] * bv29;
    acc17 = acc17 + tmp7[ra25 + k] * bv29;
    acc18 = acc18 + tmp7[ra26 + k] * bv29;
    acc19 = acc19 + tmp7[ra27 + k] * bv29;
  }
  {
    let l30 = i0 * 10u + j0;
    let v31 = acc12.x;
    let v32 = s_logits_dense_bias[j0];
    let v33 = (v31 + v32);
    tmp8[l30] = v33;
  }
  if (j0 + 1u < 10u) {
    let j34 = j0 + 1u;
    let l35 = i0 * 10u + j34;
    let v36 = acc12.y;
    let v37 = s_logits_dense_bias[j34];
    let v38 = (v36 + v37);
    tmp8[l35] = v38;
  }
  if (j0 + 2u < 10u) {
    let j39 = j0 + 2u;
    let l40 = i0 * 10u + j39;
    let v41 = acc12.z;
    let v42 = s_logits_dense_bias[j39];
    let v43 = (v41 + v42);
    tmp8[l40] = v43;
  }
  if (j0 + 3u < 10u) {
    let j44 = j0 + 3u;
    let l45 = i0 * 10u + j44;
    let v46 = acc12.w;
    let v47 = s_logits_dense_bias[j44];
    let v48 = (v46 + v47);
    tmp8[l45] = v48;
  }
  {
    let i49 = i0 + 1u;
    let l50 = i49 * 10u + j0;
    let v51 = acc13.x;
    let v52 = s_logits_dense_bias[j0];
    let v53 = (v51 + v52);
    tmp8[l50] = v53;
  }
  if (j0 + 1u < 10u) {
    let i54 = i0 + 1u;
    let j55 = j0 + 1u;
    let l56 = i54 * 10u + j55;
    let v57 = acc13.y;
    let v58 = s_logits_dense_bias[j55];
    let v59 = (v57 + v58);
    tmp8[l56] = v59;
  }
  if (j0 + 2u < 10u) {
    let i60 = i0 + 1u;
    let j61 = j0 + 2u;
    let l62 = i60 * 10u + j61;
    let v63 = acc13.z;
    let v64 = s_logits_dense_bias[j61];
    let v65 = (v63 + v64);
    tmp8[l62] = v65;
  }
  if (j0 + 3u < 10u) {
    let i66 = i0 + 1u;
    let j67 = j0 + 3u;
    let l68 = i66 * 10u + j67;
    let v69 = acc13.w;
    let v70 = s_logits_dense_bias[j67];
    let v71 = (v69 + v70);
    tmp8[l68] = v71;
  }
  {
    let i72 = i0 + 2u;
    let l73 = i72 * 10u + j0;
    let v74 = acc14.x;
    let v75 = s_logits_dense_bias[j0];
    let v76 = (v74 + v75);
    tmp8[l73] = v76;
  }
  if (j0 + 1u < 10u) {
    let i77 = i0 + 2u;
    let j78 = j0 + 1u;
    let l79 = i77 * 10u + j78;
    let v80 = acc14.y;
    let v81 = s_logits_dense_bias[j78];
    let v82 = (v80 + v81);
    tmp8[l79] = v82;
  }
  if (j0 + 2u < 10u) {
    let i83 = i0 + 2u;
    let j84 = j0 + 2u;
    let l85 = i83 * 10u + j84;
    let v86 = acc14.z;
    let v87 = s_logits_dense_bias[j84];
    let v88 = (v86 + v87);
    tmp8[l85] = v88;
  }
  if (j0 + 3u < 10u) {
    let i89 = i0 + 2u;
    let j90 = j0 + 3u;
    let l91 = i89 * 10u + j90;
    let v92 = acc14.w;
    let v93 = s_logits_dense_bias[j90];
    let v94 = (v92 + v93);
    tmp8[l91] = v94;
  }
  {
    let i95 = i0 + 3u;
    let l96 = i95 * 10u + j0;
    let v97 = acc15.x;
    let v98 = s_logits_dense_bias[j0];
    let v99 = (v97 + v98);
    tmp8[l96] = v99;
  }
  if (j0 + 1u < 10u) {
    let i100 = i0 + 3u;
    let j101 = j0 + 1u;
    let l102 = i100 * 10u + j101;
    let v103 = acc15.y;
    let v104 = s_logits_dense_bias[j101];
    let v105 = (v103 + v104);
    tmp8[l102] = v105;
  }
  if (j0 + 2u < 10u) {
    let i106 = i0 + 3u;
    let j107 = j0 + 2u;
    let l108 = i106 * 10u + j107;
    let v109 = acc15.z;
    let v110 = s_logits_dense_bias[j107];
    let v111 = (v109 + v110);
    tmp8[l108] = v111;
  }
  if (j0 + 3u < 10u) {
    let i112 = i0 + 3u;
    let j113 = j0 + 3u;
    let l114 = i112 * 10u + j113;
    let v115 = acc15.w;
    let v116 = s_logits_dense_bias[j113];
    let v117 = (v115 + v116);
    tmp8[l114] = v117;
  }
  {
    let i118 = i0 + 4u;
    let l119 = i118 * 10u + j0;
    let v120 = acc16.x;
    let v121 = s_logits_dense_bias[j0];
    let v122 = (v120 + v121);
    tmp8[l119] = v122;
  }
  if (j0 + 1u < 10u) {
    let i123 = i0 + 4u;
    let j124 = j0 + 1u;
    let l125 = i123 * 10u + j124;
    let v126 = acc16.y;
    let v127 = s_logits_dense_bias[j124];
    let v128 = (v126 + v127);
    tmp8[l125] = v128;
  }
  if (j0 + 2u < 10u) {
    let i129 = i0 + 4u;
    let j130 = j0 + 2u;
    let l131 = i129 * 10u + j130;
    let v132 = acc16.z;
    let v133 = s_logits_dense_bias[j130];
    let v134 = (v132 + v133);
    tmp8[l131] = v134;
  }
  if (j0 + 3u < 10u) {
    let i135 = i0 + 4u;
    let j136 = j0 + 3u;
    let l137 = i135 * 10u + j136;
    let v138 = acc16.w;
    let v139 = s_logits_dense_bias[j136];
    let v140 = (v138 + v139);
    tmp8[l137] = v140;
  }
  {
    let i141 = i0 + 5u;
    let l142 = i141 * 10u + j0;
    let v143 = acc17.x;
    let v144 = s_logits_dense_bias[j0];
    let v145 = (v143 + v144);
    tmp8[l142] = v145;
  }
  if (j0 + 1u < 10u) {
    let i146 = i0 + 5u;
    let j147 = j0 + 1u;
    let l148 = i146 * 10u + j147;
    let v149 = acc17.y;
    let v150 = s_logits_dense_bias[j147];
    let v151 = (v149 + v150);
    tmp8[l148] = v151;
  }
  if (j0 + 2u < 10u) {
    let i152 = i0 + 5u;
    let j153 = j0 + 2u;
    let l154 = i152 * 10u + j153;
    let v155 = acc17.z;
    let v156 = s_logits_dense_bias[j153];
    let v157 = (v155 + v156);
    tmp8[l154] = v157;
  }
  if (j0 + 3u < 10u) {
    let i158 = i0 + 5u;
    let j159 = j0 + 3u;
    let l160 = i158 * 10u + j159;
    let v161 = acc17.w;
    let v162 = s_logits_dense_bias[j159];
    let v163 = (v161 + v162);
    tmp8[l160] = v163;
  }
  {
    let i164 = i0 + 6u;
    let l165 = i164 * 10u + j0;
    let v166 = acc18.x;
    let v167 = s_logits_dense_bias[j0];
    let v168 = (v166 + v167);
    tmp8[l165] = v168;
  }
  if (j0 + 1u < 10u) {
    let i169 = i0 + 6u;
    let j170 = j0 + 1u;
    let l171 = i169 * 10u + j170;
    let v172 = acc18.y;
    let v173 = s_logits_dense_bias[j170];
    let v174 = (v172 + v173);
    tmp8[l171] = v174;
  }
  if (j0 + 2u < 10u) {
    let i175 = i0 + 6u;
    let j176 = j0 + 2u;
    let l177 = i175 * 10u + j176;
    let v178 = acc18.z;
    let v179 = s_logits_dense_bias[j176];
    let v180 = (v178 + v179);
    tmp8[l177] = v180;
  }
  if (j0 + 3u < 10u) {
    let i181 = i0 + 6u;
    let j182 = j0 + 3u;
    let l183 = i181 * 10u + j182;
    let v184 = acc18.w;
    let v185 = s_logits_dense_bias[j182];
    let v186 = (v184 + v185);
    tmp8[l183] = v186;
  }
  {
    let i187 = i0 + 7u;
    let l188 = i187 * 10u + j0;
    let v189 = acc19.x;
    let v190 = s_logits_dense_bias[j0];
    let v191 = (v189 + v190);
    tmp8[l188] = v191;
  }
  if (j0 + 1u < 10u) {
    let i192 = i0 + 7u;
    let j193 = j0 + 1u;
    let l194 = i192 * 10u + j193;
    let v195 = acc19.y;
    let v196 = s_logits_dense_bias[j193];
    let v197 = (v195 + v196);
    tmp8[l194] = v197;
  }
  if (j0 + 2u < 10u) {
    let i198 = i0 + 7u;
    let j199 = j0 + 2u;
    let l200 = i198 * 10u + j199;
    let v201 = acc19.z;
    let v202 = s_logits_dense_bias[j199];
    let v203 = (v201 + v202);
    tmp8[l200] = v203;
  }
  if (j0 + 3u < 10u) {
    let i204 = i0 + 7u;
    let j205 = j0 + 3u;
    let l206 = i204 * 10u + j205;
    let v207 = acc19.w;
    let v208 = s_logits_dense_bias[j205];
    let v209 = (v207 + v208);
    tmp8[l206] = v209;
  }
}

// ---- 021_reduce_sum_logits_batch_norm.wgsl
@group(0) @binding(0) var<storage, read> tmp8: array<f32>;
@group(0) @binding(1) var<storage, read_write> tmp9: array<f32>;

@compute @workgroup_size(64)
fn main(@builtin(global_invocation_id) gid: vec3<u32>) {
  let i = gid.x;
  if (i >= 10u) { return; }
  var acc0: f32 = 0.0;
  for (var r: u32 = 0u; r < 200u; r = r + 1u) {
    let l1 = r * 10u + i;
    let v2 = tmp8[l1];
    acc0 = acc0 + v2;
  }
  let v3 = (acc0 / 200.0);
  tmp9[i] = v3;
}

// ---- 022_reduce_sum_logits_batch_norm_x2.wgsl
@group(0) @binding(0) var<storage, read> tmp8: array<f32>;
@group(0) @binding(1) var<storage, read> tmp9: array<f32>;
@group(0) @binding(2) var<storage, read_write> s_logits_batch_norm_moving_mean: array<f32>;
@group(0) @binding(3) var<storage, read_write> tmp10: array<f32>;

@compute @workgroup_size(64)
fn main(@builtin(global_invocation_id) gid: vec3<u32>) {
  let i = gid.x;
  if (i >= 10u) { return; }
  var acc0: f32 = 0.0;
  for (var r: u32 = 0u; r < 200u; r = r + 1u) {
    let l1 = r * 10u + i;
    let v2 = tmp8[l1];
    let v3 = tmp9[i];
    let v4 = (v2 - v3);
    let v5 = (v4 * v4);
    acc0 = acc0 + v5;
  }
  let v6 = (acc0 / 200.0);
  let v7 = s_logits_batch_norm_moving_mean[i];
  let v8 = (v7 * 0.9);
  let v9 = tmp9[i];
  let v10 = (v9 * 0.09999999999999998);
  let v11 = (v8 + v10);
  tmp10[i] = v6;
  s_logits_batch_norm_moving_mean[i] = v11;
}

// ---- 023_add_logits_batch_norm.wgsl
@group(0) @binding(0) var<storage, read_write> s_logits_batch_norm_moving_variance: array<f32>;
@group(0) @binding(1) var<storage, read> tmp10: array<f32>;

@compute @workgroup_size(64)
fn main(@builtin(global_invocation_id) gid: vec3<u32>) {
  let i = gid.x;
  if (i >= 10u) { return; }
  let v0 = s_logits_batch_norm_moving_variance[i];
  let v1 = (v0 * 0.9);
  let v2 = tmp10[i];
  let v3 = (v2 * 0.09999999999999998);
  let v4 = (v1 + v3);
  s_logits_batch_norm_moving_variance[i] = v4;
}

// ---- 024_one_hot_loss.wgsl
@group(0) @binding(0) var<storage, read> in_y: array<i32>;
@group(0) @binding(1) var<storage, read_write> tmp11: array<f32>;

@compute @workgroup_size(64)
fn main(@builtin(global_invocation_id) gid: vec3<u32>) {
  let i = gid.x;
  if (i >= 2000u) { return; }
  let c0 = (i / 10u);
  let c1 = (i % 10u);
  let v2 = in_y[c0];
  let v3 = select(0.0, 1.0, i32(c1) == v2);
  tmp11[i] = v3;
}

// ---- 025_reduce_max_loss.wgsl
@group(0) @binding(0) var<storage, read> tmp8: array<f32>;
@group(0) @binding(1) var<storage, read> tmp9: array<f32>;
@group(0) @binding(2) var<storage, read> tmp10: array<f32>;
@group(0) @binding(3) var<storage, read> s_logits_batch_norm_gamma: array<f32>;
@group(0) @binding(4) var<storage, read> s_logits_batch_norm_beta: array<f32>;
@group(0) @binding(5) var<storage, read_write> tmp12: array<f32>;

@compute @workgroup_size(64)
fn main(@builtin(global_invocation_id) gid: vec3<u32>) {
  let i = gid.x;
  if (i >= 200u) { return; }
  var acc0: f32 = -3.4028234663852886e38;
  for (var r: u32 = 0u; r < 10u; r = r + 1u) {
    let l1 = i * 10u + r;
    let v2 = tmp8[l1];
    let v3 = tmp9[r];
    let v4 = (v2 - v3);
    let v5 = tmp10[r];
    let v6 = (v5 + 0.001);
    let v7 = inverseSqrt(v6);
    let v8 = (v4 * v7);
    let v9 = s_logits_batch_norm_gamma[r];
    let v10 = (v8 * v9);
    let v11 = s_logits_batch_norm_beta[r];
    let v12 = (v10 + v11);
    acc0 = max(acc0, v12);
  }
  tmp12[i] = acc0;
}

// ---- 026_exp_loss.wgsl
@group(0) @binding(0) var<storage, read> tmp8: array<f32>;
@group(0) @binding(1) var<storage, read> tmp9: array<f32>;
@group(0) @binding(2) var<storage, read> tmp10: array<f32>;
@group(0) @binding(3) var<storage, read> s_logits_batch_norm_gamma: array<f32>;
@group(0) @binding(4) var<storage, read> s_logits_batch_norm_beta: array<f32>;
@group(0) @binding(5) var<storage, read> tmp12: array<f32>;
@group(0) @binding(6) var<storage, read_write> tmp13: array<f32>;

@compute @workgroup_size(64)
fn main(@builtin(global_invocation_id) gid: vec3<u32>) {
  let i = gid.x;
  if (i >= 2000u) { return; }
  let v0 = tmp8[i];
  let c1 = (i / 10u);
  let c2 = (i % 10u);
  let v3 = tmp9[c2];
  let v4 = (v0 - v3);
  let v5 = tmp10[c2];
  let v6 = (v5 + 0.001);
  let v7 = inverseSqrt(v6);
  let v8 = (v4 * v7);
  let v9 = s_logits_batch_norm_gamma[c2];
  let v10 = (v8 * v9);
  let v11 = s_logits_batch_norm_beta[c2];
  let v12 = (v10 + v11);
  let v13 = tmp12[c1];
  let v14 = (v12 - v13);
  let v15 = exp(v14);
  tmp13[i] = v15;
}

// ---- 027_reduce_sum_loss.wgsl
@group(0) @binding(0) var<storage, read> tmp13: array<f32>;
@group(0) @binding(1) var<storage, read_write> tmp14: array<f32>;

@compute @workgroup_size(64)
fn main(@builtin(global_invocation_id) gid: vec3<u32>) {
  let i = gid.x;
  if (i >= 200u) { return; }
  var acc0: f32 = 0.0;
  for (var r: u32 = 0u; r < 10u; r = r + 1u) {
    let l1 = i * 10u + r;
    let v2 = tmp13[l1];
    acc0 = acc0 + v2;
  }
  tmp14[i] = acc0;
}

// ---- 028_sub_loss.wgsl
@group(0) @binding(0) var<storage, read> tmp8: array<f32>;
@group(0) @binding(1) var<storage, read> tmp9: array<f32>;
@group(0) @binding(2) var<storage, read> tmp10: array<f32>;
@group(0) @binding(3) var<storage, read> s_logits_batch_norm_gamma: array<f32>;
@group(0) @binding(4) var<storage, read> s_logits_batch_norm_beta: array<f32>;
@group(0) @binding(5) var<storage, read> tmp12: array<f32>;
@group(0) @binding(6) var<storage, read> tmp14: array<f32>;
@group(0) @binding(7) var<storage, read_write> tmp15: array<f32>;

@compute @workgroup_size(64)
fn main(@builtin(global_invocation_id) gid: vec3<u32>) {
  let i = gid.x;
  if (i >= 2000u) { return; }
  let v0 = tmp8[i];
  let c1 = (i / 10u);
  let c2 = (i % 10u);
  let v3 = tmp9[c2];
  let v4 = (v0 - v3);
  let v5 = tmp10[c2];
  let v6 = (v5 + 0.001);
  let v7 = inverseSqrt(v6);
  let v8 = (v4 * v7);
  let v9 = s_logits_batch_norm_gamma[c2];
  let v10 = (v8 * v9);
  let v11 = s_logits_batch_norm_beta[c2];
  let v12 = (v10 + v11);
  let v13 = tmp12[c1];
  let v14 = (v12 - v13);
  let v15 = tmp14[c1];
  let v16 = log(v15);
  let v17 = (v14 - v16);
  tmp15[i] = v17;
}

// ---- 029_mul_loss.wgsl
@group(0) @binding(0) var<storage, read> tmp11: array<f32>;
@group(0) @binding(1) var<storage, read> tmp15: array<f32>;
@group(0) @binding(2) var<storage, read_write> tmp16: array<f32>;

@compute @workgroup_size(64)
fn main(@builtin(global_invocation_id) gid: vec3<u32>) {
  let i = gid.x;
  if (i >= 2000u) { return; }
  let v0 = tmp11[i];
  let v1 = tmp15[i];
  let v2 = (v0 * v1);
  tmp16[i] = v2;
}

// ---- 030_reduce_sum_loss.wgsl
@group(0) @binding(0) var<storage, read> tmp12: array<f32>;
@group(0) @binding(1) var<storage, read_write> out_loss: array<f32>;

@compute @workgroup_size(64)
fn main(@builtin(global_invocation_id) gid: vec3<u32>) {
  let i = gid.x;
  if (i >= 1u) { return; }
  var acc0: f32 = 0.0;
  for (var r: u32 = 0u; r < 200u; r = r + 1u) {
    let v1 = tmp12[r];
    let v2 = (-v1);
    acc0 = acc0 + v2;
  }
  let v3 = (acc0 / 200.0);
  out_loss[i] = v3;
}

// ---- 031_reduce_sum_accuracy.wgsl
@group(0) @binding(0) var<storage, read> tmp8: array<f32>;
@group(0) @binding(1) var<storage, read> tmp9: array<f32>;
@group(0) @binding(2) var<storage, read> tmp10: array<f32>;
@group(0) @binding(3) var<storage, read> s_logits_batch_norm_gamma: array<f32>;
@group(0) @binding(4) var<storage, read> s_logits_batch_norm_beta: array<f32>;
@group(0) @binding(5) var<storage, read> tmp11: array<f32>;
@group(0) @binding(6) var<storage, read_write> tmp12: array<f32>;

@compute @workgroup_size(64)
fn main(@builtin(global_invocation_id) gid: vec3<u32>) {
  let i = gid.x;
  if (i >= 200u) { return; }
  var acc0: f32 = 0.0;
  for (var r: u32 = 0u; r < 10u; r = r + 1u) {
    let l1 = i * 10u + r;
    let v2 = tmp8[l1];
    let v3 = tmp9[r];
    let v4 = (v2 - v3);
    let v5 = tmp10[r];
    let v6 = (v5 + 0.001);
    let v7 = inverseSqrt(v6);
    let v8 = (v4 * v7);
    let v9 = s_logits_batch_norm_gamma[r];
    let v10 = (v8 * v9);
    let v11 = s_logits_batch_norm_beta[r];
    let v12 = (v10 + v11);
    let v13 = tmp11[l1];
    let v14 = (v12 * v13);
    acc0 = acc0 + v14;
  }
  tmp12[i] = acc0;
}

// ---- 032_reduce_sum_accuracy_x2.wgsl
@group(0) @binding(0) var<storage, read> tmp8: array<f32>;
@group(0) @binding(1) var<storage, read> tmp9: array<f32>;
@group(0) @binding(2) var<storage, read> tmp10: array<f32>;
@group(0) @binding(3) var<storage, read> s_logits_batch_norm_gamma: array<f32>;
@group(0) @binding(4) var<storage, read> s_logits_batch_norm_beta: array<f32>;
@group(0) @binding(5) var<storage, read> tmp12: array<f32>;
@group(0) @binding(6) var<storage, read_write> tmp15: array<f32>;
@group(0) @binding(7) var<storage, read_write> tmp16: array<f32>;

@compute @workgroup_size(64)
fn main(@builtin(global_invocation_id) gid: vec3<u32>) {
  let i = gid.x;
  if (i >= 200u) { return; }
  var acc0: f32 = 0.0;
  for (var r: u32 = 0u; r < 10u; r = r + 1u) {
    let l1 = i * 10u + r;
    let v2 = tmp8[l1];
    let v3 = tmp9[r];
    let v4 = (v2 - v3);
    let v5 = tmp10[r];
    let v6 = (v5 + 0.001);
    let v7 = inverseSqrt(v6);
    let v8 = (v4 * v7);
    let v9 = s_logits_batch_norm_gamma[r];
    let v10 = (v8 * v9);
    let v11 = s_logits_batch_norm_beta[r];
    let v12 = (v10 + v11);
    let v13 = tmp12[i];
    let v14 = select(0.0, 1.0, v12 > v13);
    acc0 = acc0 + v14;
  }
  var acc15: f32 = 0.0;
  for (var r: u32 = 0u; r < 10u; r = r + 1u) {
    let l16 = i * 10u + r;
    let v17 = tmp8[l16];
    let v18 = tmp9[r];
    let v19 = (v17 - v18);
    let v20 = tmp10[r];
    let v21 = (v20 + 0.001);
    let v22 = inverseSqrt(v21);
    let v23 = (v19 * v22);
    let v24 = s_logits_batch_norm_gamma[r];
    let v25 = (v23 * v24);
    let v26 = s_logits_batch_norm_beta[r];
    let v27 = (v25 + v26);
    let v28 = select(0.0, 1.0, (bitcast<u32>(v27) & 0x7f800000u) != 0x7f800000u);
    let v29 = (1.0 - v28);
    acc15 = acc15 + v29;
  }
  tmp15[i] = acc0;
  tmp16[i] = acc15;
}

// ---- 033_reduce_sum_accuracy.wgsl
@group(0) @binding(0) var<storage, read> tmp15: array<f32>;
@group(0) @binding(1) var<storage, read> tmp16: array<f32>;
@group(0) @binding(2) var<storage, read_write> out_accuracy: array<f32>;

@compute @workgroup_size(64)
fn main(@builtin(global_invocation_id) gid: vec3<u32>) {
  let i = gid.x;
  if (i >= 1u) { return; }
  var acc0: f32 = 0.0;
  for (var r: u32 = 0u; r < 200u; r = r + 1u) {
    let v1 = tmp15[r];
    let v2 = select(0.0, 1.0, v1 < 1.0);
    let v3 = tmp16[r];
    let v4 = select(0.0, 1.0, v3 == 0.0);
    let v5 = (v2 * v4);
    acc0 = acc0 + v5;
  }
  let v6 = (acc0 / 200.0);
  out_accuracy[i] = v6;
}

// ---- 034_mul_loss_grad.wgsl
@group(0) @binding(0) var<storage, read> tmp11: array<f32>;
@group(0) @binding(1) var<storage, read_write> tmp15: array<f32>;

@compute @workgroup_size(64)
fn main(@builtin(global_invocation_id) gid: vec3<u32>) {
  let i = gid.x;
  if (i >= 2000u) { return; }
  let v0 = tmp11[i];
  let v1 = ((-0.005) * v0);
  tmp15[i] = v1;
}

// ---- 035_reduce_sum_loss_grad.wgsl
@group(0) @binding(0) var<storage, read> tmp15: array<f32>;
@group(0) @binding(1) var<storage, read_write> tmp12: array<f32>;

@compute @workgroup_size(64)
fn main(@builtin(global_invocation_id) gid: vec3<u32>) {
  let i = gid.x;
  if (i >= 200u) { return; }
  var acc0: f32 = 0.0;
  for (var r: u32 = 0u; r < 10u; r = r + 1u) {
    let l1 = i * 10u + r;
    let v2 = tmp15[l1];
    let v3 = (-v2);
    acc0 = acc0 + v3;
  }
  tmp12[i] = acc0;
}

// ---- 036_broadcast_to_loss_grad.wgsl
@group(0) @binding(0) var<storage, read> tmp12: array<f32>;
@group(0) @binding(1) var<storage, read> tmp14: array<f32>;
@group(0) @binding(2) var<storage, read_write> tmp16: array<f32>;

@compute @workgroup_size(64)
fn main(@builtin(global_invocation_id) gid: vec3<u32>) {
  let i = gid.x;
  if (i >= 2000u) { return; }
  let c0 = (i / 10u);
  let c1 = (i % 10u);
  let v2 = tmp12[c0];
  let v3 = tmp14[c0];
  let v4 = (v2 / v3);
  tmp16[i] = v4;
}

// ---- 037_add_loss_grad.wgsl
@group(0) @binding(0) var<storage, read> tmp15: array<f32>;
@group(0) @binding(1) var<storage, read> tmp11: array<f32>;
@group(0) @binding(2) var<storage, read_write> tmp16: array<f32>;

@compute @workgroup_size(64)
fn main(@builtin(global_invocation_id) gid: vec3<u32>) {
  let i = gid.x;
  if (i >= 2000u) { return; }
  let v0 = tmp15[i];
  let v1 = tmp11[i];
  let v2 = (v0 + v1);
  tmp16[i] = v2;
}

// ---- 038_reduce_sum_logits_batch_norm_grad_x2.wgsl
@group(0) @binding(0) var<storage, read> tmp16: array<f32>;
@group(0) @binding(1) var<storage, read> s_logits_batch_norm_gamma: array<f32>;
@group(0) @binding(2) var<storage, read> tmp8: array<f32>;
@group(0) @binding(3) var<storage, read> tmp9: array<f32>;
@group(0) @binding(4) var<storage, read> tmp10: array<f32>;
@group(0) @binding(5) var<storage, read_write> tmp12: array<f32>;
@group(0) @binding(6) var<storage, read_write> tmp14: array<f32>;

@compute @workgroup_size(64)
fn main(@builtin(global_invocation_id) gid: vec3<u32>) {
  let i = gid.x;
  if (i >= 10u) { return; }
  var acc0: f32 = 0.0;
  for (var r: u32 = 0u; r < 200u; r = r + 1u) {
    let l1 = r * 10u + i;
    let v2 = tmp16[l1];
    let v3 = s_logits_batch_norm_gamma[i];
    let v4 = (v2 * v3);
    let v5 = tmp8[l1];
    let v6 = tmp9[i];
    let v7 = (v5 - v6);
    let v8 = (v4 * v7);
    acc0 = acc0 + v8;
  }
  var acc9: f32 = 0.0;
  for (var r: u32 = 0u; r < 200u; r = r + 1u) {
    let l10 = r * 10u + i;
    let v11 = tmp16[l10];
    let v12 = s_logits_batch_norm_gamma[i];
    let v13 = (v11 * v12);
    let v14 = tmp10[i];
    let v15 = (v14 + 0.001);
    let v16 = inverseSqrt(v15);
    let v17 = (v13 * v16);
    let v18 = (-v17);
    acc9 = acc9 + v18;
  }
  tmp12[i] = acc0;
  tmp14[i] = acc9;
}

// ---- 039_add_logits_batch_norm_grad.wgsl
@group(0) @binding(0) var<storage, read> tmp12: array<f32>;
@group(0) @binding(1) var<storage, read> tmp10: array<f32>;
@group(0) @binding(2) var<storage, read> tmp8: array<f32>;
@group(0) @binding(3) var<storage, read> tmp9: array<f32>;
@group(0) @binding(4) var<storage, read_write> tmp13: array<f32>;

@compute @workgroup_size(64)
fn main(@builtin(global_invocation_id) gid: vec3<u32>) {
  let i = gid.x;
  if (i >= 2000u) { return; }
  let c0 = (i / 10u);
  let c1 = (i % 10u);
  let v2 = tmp12[c1];
  let v3 = tmp10[c1];
  let v4 = (v3 + 0.001);
  let v5 = inverseSqrt(v4);
  let v6 = (v5 * v5);
  let v7 = (v6 * v5);
  let v8 = (v7 * (-0.5));
  let v9 = (v2 * v8);
  let v10 = (v9 / 200.0);
  let v11 = tmp8[i];
  let v12 = tmp9[c1];
  let v13 = (v11 - v12);
  let v14 = (v10 * v13);
  let v15 = (v14 + v14);
  tmp13[i] = v15;
}

// ---- 040_reduce_sum_logits_batch_norm_grad.wgsl
@group(0) @binding(0) var<storage, read> tmp13: array<f32>;
@group(0) @binding(1) var<storage, read_write> tmp12: array<f32>;

@compute @workgroup_size(64)
fn main(@builtin(global_invocation_id) gid: vec3<u32>) {
  let i = gid.x;
  if (i >= 10u) { return; }
  var acc0: f32 = 0.0;
  for (var r: u32 = 0u; r < 200u; r = r + 1u) {
    let l1 = r * 10u + i;
    let v2 = tmp13[l1];
    let v3 = (-v2);
    acc0 = acc0 + v3;
  }
  tmp12[i] = acc0;
}

// ---- 041_add_logits_batch_norm_grad.wgsl
@group(0) @binding(0) var<storage, read> tmp16: array<f32>;
@group(0) @binding(1) var<storage, read> s_logits_batch_norm_gamma: array<f32>;
@group(0) @binding(2) var<storage, read> tmp10: array<f32>;
@group(0) @binding(3) var<storage, read> tmp13: array<f32>;
@group(0) @binding(4) var<storage, read> tmp14: array<f32>;
@group(0) @binding(5) var<storage, read> tmp12: array<f32>;
@group(0) @binding(6) var<storage, read_write> tmp15: array<f32>;

@compute @workgroup_size(64)
fn main(@builtin(global_invocation_id) gid: vec3<u32>) {
  let i = gid.x;
  if (i >= 2000u) { return; }
  let v0 = tmp16[i];
  let c1 = (i / 10u);
  let c2 = (i % 10u);
  let v3 = s_logits_batch_norm_gamma[c2];
  let v4 = (v0 * v3);
  let v5 = tmp10[c2];
  let v6 = (v5 + 0.001);
  let v7 = inverseSqrt(v6);
  let v8 = (v4 * v7);
  let v9 = tmp13[i];
  let v10 = (v8 + v9);
  let v11 = tmp14[c2];
  let v12 = tmp12[c2];
  let v13 = (v11 + v12);
  let v14 = (v13 / 200.0);
  let v15 = (v10 + v14);
  tmp15[i] = v15;
}

// ---- 042_matmul_hidden2_grad.wgsl
@group(0) @binding(0) var<storage, read> tmp15: array<f32>;
@group(0) @binding(1) var<storage, read> s_logits_dense_kernel: array<f32>;
@group(0) @binding(2) var<storage, read_write> tmp17: array<f32>;
@group(0) @binding(3) var<storage, read> tmp4: array<f32>;
@group(0) @binding(4) var<storage, read> tmp5: array<f32>;
@group(0) @binding(5) var<storage, read> tmp6: array<f32>;
@group(0) @binding(6) var<storage, read> s_hidden2_batch_norm_gamma: array<f32>;
@group(0) @binding(7) var<storage, read> s_hidden2_batch_norm_beta: array<f32>;

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
    let v36 = tmp5[j0];
    let v37 = (v35 - v36);
    let v38 = tmp6[j0];
    let v39 = (v38 + 0.001);
    let v40 = inverseSqrt(v39);
    let v41 = (v37 * v40);
    let v42 = s_hidden2_batch_norm_gamma[j0];
    let v43 = (v41 * v42);
    let v44 = s_hidden2_batch_norm_beta[j0];
    let v45 = (v43 + v44);
    let v46 = select(0.0, 1.0, v45 > 0.0);
    let v47 = select(0.0, v34, v46 != 0.0);
    let v48 = select(v34, 0.0, v46 != 0.0);
    let v49 = min(v45, 0.0);
    let v50 = exp(v49);
    let v51 = (v48 * v50);
    let v52 = select(0.0, 1.0, v45 <= 0.0);
    let v53 = (v51 * v52);
    let v54 = (v47 + v53);
    tmp17[l33] = v54;
  }
  {
    let j55 = j0 + 1u;
    let l56 = i0 * 100u + j55;
    let v57 = acc12.y;
    let v58 = tmp4[l56];
    let v59 = tmp5[j55];
    let v60 = (v58 - v59);
    let v61 = tmp6[j55];
    let v62 = (v61 + 0.001);
    let v63 = inverseSqrt(v62);
    let v64 = (v60 * v63);
    let v65 = s_hidden2_batch_norm_gamma[j55];
    let v66 = (v64 * v65);
    let v67 = s_hidden2_batch_norm_beta[j55];
    let v68 = (v66 + v67);
    let v69 = select(0.0, 1.0, v68 > 0.0);
    let v70 = select(0.0, v57, v69 != 0.0);
    let v71 = select(v57, 0.0, v69 != 0.0);
    let v72 = min(v68, 0.0);
    let v73 = exp(v72);
    let v74 = (v71 * v73);
    let v75 = select(0.0, 1.0, v68 <= 0.0);
    let v76 = (v74 * v75);
    let v77 = (v70 + v76);
    tmp17[l56] = v77;
  }
  {
    let j78 = j0 + 2u;
    let l79 = i0 * 100u + j78;
    let v80 = acc12.z;
    let v81 = tmp4[l79];
    let v82 = tmp5[j78];
    let v83 = (v81 - v82);
    let v84 = tmp6[j78];
    let v85 = (v84 + 0.001);
    let v86 = inverseSqrt(v85);
    let v87 = (v83 * v86);
    let v88 = s_hidden2_batch_norm_gamma[j78];
    let v89 = (v87 * v88);
    let v90 = s_hidden2_batch_norm_beta[j78];
    let v91 = (v89 + v90);
    let v92 = select(0.0, 1.0, v91 > 0.0);
    let v93 = select(0.0, v80, v92 != 0.0);
    let v94 = select(v80, 0.0, v92 != 0.0);
    let v95 = min(v91, 0.0);
    let v96 = exp(v95);
    let v97 = (v94 * v96);
    let v98 = select(0.0, 1.0, v91 <= 0.0);
    let v99 = (v97 * v98);
    let v100 = (v93 + v99);
    tmp17[l79] = v100;
  }
  {
    let j101 = j0 + 3u;
    let l102 = i0 * 100u + j101;
    let v103 = acc12.w;
    let v104 = tmp4[l102];
    let v105 = tmp5[j101];
    let v106 = (v104 - v105);
    let v107 = tmp6[j101];
    let v108 = (v107 + 0.001);
    let v109 = inverseSqrt(v108);
    let v110 = (v106 * v109);
    let v111 = s_hidden2_batch_norm_gamma[j101];
    let v112 = (v110 * v111);
    let v113 = s_hidden2_batch_norm_beta[j101];
    let v114 = (v112 + v113);
    let v115 = select(0.0, 1.0, v114 > 0.0);
    let v116 = select(0.0, v103, v115 != 0.0);
    let v117 = select(v103, 0.0, v115 != 0.0);
    let v118 = min(v114, 0.0);
    let v119 = exp(v118);
    let v120 = (v117 * v119);
    let v121 = select(0.0, 1.0, v114 <= 0.0);
    let v122 = (v120 * v121);
    let v123 = (v116 + v122);
    tmp17[l102] = v123;
  }
  {
    let i124 = i0 + 1u;
    let l125 = i124 * 100u + j0;
    let v126 = acc13.x;
    let v127 = tmp4[l125];
    let v128 = tmp5[j0];
    let v129 = (v127 - v128);
    let v130 = tmp6[j0];
    let v131 = (v130 + 0.001);
    let v132 = inverseSqrt(v131);
    let v133 = (v129 * v132);
    let v134 = s_hidden2_batch_norm_gamma[j0];
    let v135 = (v133 * v134);
    let v136 = s_hidden2_batch_norm_beta[j0];
    let v137 = (v135 + v136);
    let v138 = select(0.0, 1.0, v137 > 0.0);
    let v139 = select(0.0, v126, v138 != 0.0);
    let v140 = select(v126, 0.0, v138 != 0.0);
    let v141 = min(v137, 0.0);
    let v142 = exp(v141);
    let v143 = (v140 * v142);
    let v144 = select(0.0, 1.0, v137 <= 0.0);
    let v145 = (v143 * v144);
    let v146 = (v139 + v145);
    tmp17[l125] = v146;
  }
  {
    let i147 = i0 + 1u;
    let j148 = j0 + 1u;
    let l149 = i147 * 100u + j148;
    let v150 = acc13.y;
    let v151 = tmp4[l149];
    let v152 = tmp5[j148];
    let v153 = (v151 - v152);
    let v154 = tmp6[j148];
    let v155 = (v154 + 0.001);
    let v156 = inverseSqrt(v155);
    let v157 = (v153 * v156);
    let v158 = s_hidden2_batch_norm_gamma[j148];
    let v159 = (v157 * v158);
    let v160 = s_hidden2_batch_norm_beta[j148];
    let v161 = (v159 + v160);
    let v162 = select(0.0, 1.0, v161 > 0.0);
    let v163 = select(0.0, v150, v162 != 0.0);
    let v164 = select(v150, 0.0, v162 != 0.0);
    let v165 = min(v161, 0.0);
    let v166 = exp(v165);
    let v167 = (v164 * v166);
    let v168 = select(0.0, 1.0, v161 <= 0.0);
    let v169 = (v167 * v168);
    let v170 = (v163 + v169);
    tmp17[l149] = v170;
  }
  {
    let i171 = i0 + 1u;
    let j172 = j0 + 2u;
    let l173 = i171 * 100u + j172;
    let v174 = acc13.z;
    let v175 = tmp4[l173];
    let v176 = tmp5[j172];
    let v177 = (v175 - v176);
    let v178 = tmp6[j172];
    let v179 = (v178 + 0.001);
    let v180 = inverseSqrt(v179);
    let v181 = (v177 * v180);
    let v182 = s_hidden2_batch_norm_gamma[j172];
    let v183 = (v181 * v182);
    let v184 = s_hidden2_batch_norm_beta[j172];
    let v185 = (v183 + v184);
    let v186 = select(0.0, 1.0, v185 > 0.0);
    let v187 = select(0.0, v174, v186 != 0.0);
    let v188 = select(v174, 0.0, v186 != 0.0);
    let v189 = min(v185, 0.0);
    let v190 = exp(v189);
    let v191 = (v188 * v190);
    let v192 = select(0.0, 1.0, v185 <= 0.0);
    let v193 = (v191 * v192);
    let v194 = (v187 + v193);
    tmp17[l173] = v194;
  }
  {
    let i195 = i0 + 1u;
    let j196 = j0 + 3u;
    let l197 = i195 * 100u + j196;
    let v198 = acc13.w;
    let v199 = tmp4[l197];
    let v200 = tmp5[j196];
    let v201 = (v199 - v200);
    let v202 = tmp6[j196];
    let v203 = (v202 + 0.001);
    let v204 = inverseSqrt(v203);
    let v205 = (v201 * v204);
    let v206 = s_hidden2_batch_norm_gamma[j196];
    let v207 = (v205 * v206);
    let v208 = s_hidden2_batch_norm_beta[j196];
    let v209 = (v207 + v208);
    let v210 = select(0.0, 1.0, v209 > 0.0);
    let v211 = select(0.0, v198, v210 != 0.0);
    let v212 = select(v198, 0.0, v210 != 0.0);
    let v213 = min(v209, 0.0);
    let v214 = exp(v213);
    let v215 = (v212 * v214);
    let v216 = select(0.0, 1.0, v209 <= 0.0);
    let v217 = (v215 * v216);
    let v218 = (v211 + v217);
    tmp17[l197] = v218;
  }
  {
    let i219 = i0 + 2u;
    let l220 = i219 * 100u + j0;
    let v221 = acc14.x;
    let v222 = tmp4[l220];
    let v223 = tmp5[j0];
    let v224 = (v222 - v223);
    let v225 = tmp6[j0];
    let v226 = (v225 + 0.001);
    let v227 = inverseSqrt(v226);
    let v228 = (v224 * v227);
    let v229 = s_hidden2_batch_norm_gamma[j0];
    let v230 = (v228 * v229);
    let v231 = s_hidden2_batch_norm_beta[j0];
    let v232 = (v230 + v231);
    let v233 = select(0.0, 1.0, v232 > 0.0);
    let v234 = select(0.0, v221, v233 != 0.0);
    let v235 = select(v221, 0.0, v233 != 0.0);
    let v236 = min(v232, 0.0);
    let v237 = exp(v236);
    let v238 = (v235 * v237);
    let v239 = select(0.0, 1.0, v232 <= 0.0);
    let v240 = (v238 * v239);
    let v241 = (v234 + v240);
    tmp17[l220] = v241;
  }
  {
    let i242 = i0 + 2u;
    let j243 = j0 + 1u;
    let l244 = i242 * 100u + j243;
    let v245 = acc14.y;
    let v246 = tmp4[l244];
    let v247 = tmp5[j243];
    let v248 = (v246 - v247);
    let v249 = tmp6[j243];
    let v250 = (v249 + 0.001);
    let v251 = inverseSqrt(v250);
    let v252 = (v248 * v251);
    let v253 = s_hidden2_batch_norm_gamma[j243];
    let v254 = (v252 * v253);
    let v255 = s_hidden2_batch_norm_beta[j243];
    let v256 = (v254 + v255);
    let v257 = select(0.0, 1.0, v256 > 0.0);
    let v258 = select(0.0, v245, v257 != 0.0);
    let v259 = select(v245, 0.0, v257 != 0.0);
    let v260 = min(v256, 0.0);
    let v261 = exp(v260);
    let v262 = (v259 * v261);
    let v263 = select(0.0, 1.0, v256 <= 0.0);
    let v264 = (v262 * v263);
    let v265 = (v258 + v264);
    tmp17[l244] = v265;
  }
  {
    let i266 = i0 + 2u;
    let j267 = j0 + 2u;
    let l268 = i266 * 100u + j267;
    let v269 = acc14.z;
    let v270 = tmp4[l268];
    let v271 = tmp5[j267];
    let v272 = (v270 - v271);
    let v273 = tmp6[j267];
    let v274 = (v273 + 0.001);
    let v275 = inverseSqrt(v274);
    let v276 = (v272 * v275);
    let v277 = s_hidden2_batch_norm_gamma[j267];
    let v278 = (v276 * v277);
    let v279 = s_hidden2_batch_norm_beta[j267];
    let v280 = (v278 + v279);
    let v281 = select(0.0, 1.0, v280 > 0.0);
    let v282 = select(0.0, v269, v281 != 0.0);
    let v283 = select(v269, 0.0, v281 != 0.0);
    let v284 = min(v280, 0.0);
    let v285 = exp(v284);
    let v286 = (v283 * v285);
    let v287 = select(0.0, 1.0, v280 <= 0.0);
    let v288 = (v286 * v287);
    let v289 = (v282 + v288);
    tmp17[l268] = v289;
  }
  {
    let i290 = i0 + 2u;
    let j291 = j0 + 3u;
    let l292 = i290 * 100u + j291;
    let v293 = acc14.w;
    let v294 = tmp4[l292];
    let v295 = tmp5[j291];
    let v296 = (v294 - v295);
    let v297 = tmp6[j291];
    let v298 = (v297 + 0.001);
    let v299 = inverseSqrt(v298);
    let v300 = (v296 * v299);
    let v301 = s_hidden2_batch_norm_gamma[j291];
    let v302 = (v300 * v301);
    let v303 = s_hidden2_batch_norm_beta[j291];
    let v304 = (v302 + v303);
    let v305 = select(0.0, 1.0, v304 > 0.0);
    let v306 = select(0.0, v293, v305 != 0.0);
    let v307 = select(v293, 0.0, v305 != 0.0);
    let v308 = min(v304, 0.0);
    let v309 = exp(v308);
    let v310 = (v307 * v309);
    let v311 = select(0.0, 1.0, v304 <= 0.0);
    let v312 = (v310 * v311);
    let v313 = (v306 + v312);
    tmp17[l292] = v313;
  }
  {
    let i314 = i0 + 3u;
    let l315 = i314 * 100u + j0;
    let v316 = acc15.x;
    let v317 = tmp4[l315];
    let v318 = tmp5[j0];
    let v319 = (v317 - v318);
    let v320 = tmp6[j0];
    let v321 = (v320 + 0.001);
    let v322 = inverseSqrt(v321);
    let v323 = (v319 * v322);
    let v324 = s_hidden2_batch_norm_gamma[j0];
    let v325 = (v323 * v324);
    let v326 = s_hidden2_batch_norm_beta[j0];
    let v327 = (v325 + v326);
    let v328 = select(0.0, 1.0, v327 > 0.0);
    let v329 = select(0.0, v316, v328 != 0.0);
    let v330 = select(v316, 0.0, v328 != 0.0);
    let v331 = min(v327, 0.0);
    let v332 = exp(v331);
    let v333 = (v330 * v332);
    let v334 = select(0.0, 1.0, v327 <= 0.0);
    let v335 = (v333 * v334);
    let v336 = (v329 + v335);
    tmp17[l315] = v336;
  }
  {
    let i337 = i0 + 3u;
    let j338 = j0 + 1u;
    let l339 = i337 * 100u + j338;
    let v340 = acc15.y;
    let v341 = tmp4[l339];
    let v342 = tmp5[j338];
    let v343 = (v341 - v342);
    let v344 = tmp6[j338];
    let v345 = (v344 + 0.001);
    let v346 = inverseSqrt(v345);
    let v347 = (v343 * v346);
    let v348 = s_hidden2_batch_norm_gamma[j338];
    let v349 = (v347 * v348);
    let v350 = s_hidden2_batch_norm_beta[j338];
    let v351 = (v349 + v350);
    let v352 = select(0.0, 1.0, v351 > 0.0);
    let v353 = select(0.0, v340, v352 != 0.0);
    let v354 = select(v340, 0.0, v352 != 0.0);
    let v355 = min(v351, 0.0);
    let v356 = exp(v355);
    let v357 = (v354 * v356);
    let v358 = select(0.0, 1.0, v351 <= 0.0);
    let v359 = (v357 * v358);
    let v360 = (v353 + v359);
    tmp17[l339] = v360;
  }
  {
    let i361 = i0 + 3u;
    let j362 = j0 + 2u;
    let l363 = i361 * 100u + j362;
    let v364 = acc15.z;
    let v365 = tmp4[l363];
    let v366 = tmp5[j362];
    let v367 = (v365 - v366);
    let v368 = tmp6[j362];
    let v369 = (v368 + 0.001);
    let v370 = inverseSqrt(v369);
    let v371 = (v367 * v370);
    let v372 = s_hidden2_batch_norm_gamma[j362];
    let v373 = (v371 * v372);
    let v374 = s_hidden2_batch_norm_beta[j362];
    let v375 = (v373 + v374);
    let v376 = select(0.0, 1.0, v375 > 0.0);
    let v377 = select(0.0, v364, v376 != 0.0);
    let v378 = select(v364, 0.0, v376 != 0.0);
    let v379 = min(v375, 0.0);
    let v380 = exp(v379);
    let v381 = (v378 * v380);
    let v382 = select(0.0, 1.0, v375 <= 0.0);
    let v383 = (v381 * v382);
    let v384 = (v377 + v383);
    tmp17[l363] = v384;
  }
  {
    let i385 = i0 + 3u;
    let j386 = j0 + 3u;
    let l387 = i385 * 100u + j386;
    let v388 = acc15.w;
    let v389 = tmp4[l387];
    let v390 = tmp5[j386];
    let v391 = (v389 - v390);
    let v392 = tmp6[j386];
    let v393 = (v392 + 0.001);
    let v394 = inverseSqrt(v393);
    let v395 = (v391 * v394);
    let v396 = s_hidden2_batch_norm_gamma[j386];
    let v397 = (v395 * v396);
    let v398 = s_hidden2_batch_norm_beta[j386];
    let v399 = (v397 + v398);
    let v400 = select(0.0, 1.0, v399 > 0.0);
    let v401 = select(0.0, v388, v400 != 0.0);
    let v402 = select(v388, 0.0, v400 != 0.0);
    let v403 = min(v399, 0.0);
    let v404 = exp(v403);
    let v405 = (v402 * v404);
    let v406 = select(0.0, 1.0, v399 <= 0.0);
    let v407 = (v405 * v406);
    let v408 = (v401 + v407);
    tmp17[l387] = v408;
  }
  {
    let i409 = i0 + 4u;
    let l410 = i409 * 100u + j0;
    let v411 = acc16.x;
    let v412 = tmp4[l410];
    let v413 = tmp5[j0];
    let v414 = (v412 - v413);
    let v415 = tmp6[j0];
    let v416 = (v415 + 0.001);
    let v417 = inverseSqrt(v416);
    let v418 = (v414 * v417);
    let v419 = s_hidden2_batch_norm_gamma[j0];
    let v420 = (v418 * v419);
    let v421 = s_hidden2_batch_norm_beta[j0];
    let v422 = (v420 + v421);
    let v423 = select(0.0, 1.0, v422 > 0.0);
    let v424 = select(0.0, v411, v423 != 0.0);
    let v425 = select(v411, 0.0, v423 != 0.0);
    let v426 = min(v422, 0.0);
    let v427 = exp(v426);
    let v428 = (v425 * v427);
    let v429 = select(0.0, 1.0, v422 <= 0.0);
    let v430 = (v428 * v429);
    let v431 = (v424 + v430);
    tmp17[l410] = v431;
  }
  {
    let i432 = i0 + 4u;
    let j433 = j0 + 1u;
    let l434 = i432 * 100u + j433;
    let v435 = acc16.y;
    let v436 = tmp4[l434];
    let v437 = tmp5[j433];
    let v438 = (v436 - v437);
    let v439 = tmp6[j433];
    let v440 = (v439 + 0.001);
    let v441 = inverseSqrt(v440);
    let v442 = (v438 * v441);
    let v443 = s_hidden2_batch_norm_gamma[j433];
    let v444 = (v442 * v443);
    let v445 = s_hidden2_batch_norm_beta[j433];
    let v446 = (v444 + v445);
    let v447 = select(0.0, 1.0, v446 > 0.0);
    let v448 = select(0.0, v435, v447 != 0.0);
    let v449 = select(v435, 0.0, v447 != 0.0);
    let v450 = min(v446, 0.0);
    let v451 = exp(v450);
    let v452 = (v449 * v451);
    let v453 = select(0.0, 1.0, v446 <= 0.0);
    let v454 = (v452 * v453);
    let v455 = (v448 + v454);
    tmp17[l434] = v455;
  }
  {
    let i456 = i0 + 4u;
    let j457 = j0 + 2u;
    let l458 = i456 * 100u + j457;
    let v459 = acc16.z;
    let v460 = tmp4[l458];
    let v461 = tmp5[j457];
    let v462 = (v460 - v461);
    let v463 = tmp6[j457];
    let v464 = (v463 + 0.001);
    let v465 = inverseSqrt(v464);
    let v466 = (v462 * v465);
    let v467 = s_hidden2_batch_norm_gamma[j457];
    let v468 = (v466 * v467);
    let v469 = s_hidden2_batch_norm_beta[j457];
    let v470 = (v468 + v469);
    let v471 = select(0.0, 1.0, v470 > 0.0);
    let v472 = select(0.0, v459, v471 != 0.0);
    let v473 = select(v459, 0.0, v471 != 0.0);
    let v474 = min(v470, 0.0);
    let v475 = exp(v474);
    let v476 = (v473 * v475);
    let v477 = select(0.0, 1.0, v470 <= 0.0);
    let v478 = (v476 * v477);
    let v479 = (v472 + v478);
    tmp17[l458] = v479;
  }
  {
    let i480 = i0 + 4u;
    let j481 = j0 + 3u;
    let l482 = i480 * 100u + j481;
    let v483 = acc16.w;
    let v484 = tmp4[l482];
    let v485 = tmp5[j481];
    let v486 = (v484 - v485);
    let v487 = tmp6[j481];
    let v488 = (v487 + 0.001);
    let v489 = inverseSqrt(v488);
    let v490 = (v486 * v489);
    let v491 = s_hidden2_batch_norm_gamma[j481];
    let v492 = (v490 * v491);
    let v493 = s_hidden2_batch_norm_beta[j481];
    let v494 = (v492 + v493);
    let v495 = select(0.0, 1.0, v494 > 0.0);
    let v496 = select(0.0, v483, v495 != 0.0);
    let v497 = select(v483, 0.0, v495 != 0.0);
    let v498 = min(v494, 0.0);
    let v499 = exp(v498);
    let v500 = (v497 * v499);
    let v501 = select(0.0, 1.0, v494 <= 0.0);
    let v502 = (v500 * v501);
    let v503 = (v496 + v502);
    tmp17[l482] = v503;
  }
  {
    let i504 = i0 + 5u;
    let l505 = i504 * 100u + j0;
    let v506 = acc17.x;
    let v507 = tmp4[l505];
    let v508 = tmp5[j0];
    let v509 = (v507 - v508);
    let v510 = tmp6[j0];
    let v511 = (v510 + 0.001);
    let v512 = inverseSqrt(v511);
    let v513 = (v509 * v512);
    let v514 = s_hidden2_batch_norm_gamma[j0];
    let v515 = (v513 * v514);
    let v516 = s_hidden2_batch_norm_beta[j0];
    let v517 = (v515 + v516);
    let v518 = select(0.0, 1.0, v517 > 0.0);
    let v519 = select(0.0, v506, v518 != 0.0);
    let v520 = select(v506, 0.0, v518 != 0.0);
    let v521 = min(v517, 0.0);
    let v522 = exp(v521);
    let v523 = (v520 * v522);
    let v524 = select(0.0, 1.0, v517 <= 0.0);
    let v525 = (v523 * v524);
    let v526 = (v519 + v525);
    tmp17[l505] = v526;
  }
  {
    let i527 = i0 + 5u;
    let j528 = j0 + 1u;
    let l529 = i527 * 100u + j528;
    let v530 = acc17.y;
    let v531 = tmp4[l529];
    let v532 = tmp5[j528];
    let v533 = (v531 - v532);
    let v534 = tmp6[j528];
    let v535 = (v534 + 0.001);
    let v536 = inverseSqrt(v535);
    let v537 = (v533 * v536);
    let v538 = s_hidden2_batch_norm_gamma[j528];
    let v539 = (v537 * v538);
    let v540 = s_hidden2_batch_norm_beta[j528];
    let v541 = (v539 + v540);
    let v542 = select(0.0, 1.0, v541 > 0.0);
    let v543 = select(0.0, v530, v542 != 0.0);
    let v544 = select(v530, 0.0, v542 != 0.0);
    let v545 = min(v541, 0.0);
    let v546 = exp(v545);
    let v547 = (v544 * v546);
    let v548 = select(0.0, 1.0, v541 <= 0.0);
    let v549 = (v547 * v548);
    let v550 = (v543 + v549);
    tmp17[l529] = v550;
  }
  {
    let i551 = i0 + 5u;
    let j552 = j0 + 2u;
    let l553 = i551 * 100u + j552;
    let v554 = acc17.z;
    let v555 = tmp4[l553];
    let v556 = tmp5[j552];
    let v557 = (v555 - v556);
    let v558 = tmp6[j552];
    let v559 = (v558 + 0.001);
    let v560 = inverseSqrt(v559);
    let v561 = (v557 * v560);
    let v562 = s_hidden2_batch_norm_gamma[j552];
    let v563 = (v561 * v562);
    let v564 = s_hidden2_batch_norm_beta[j552];
    let v565 = (v563 + v564);
    let v566 = select(0.0, 1.0, v565 > 0.0);
    let v567 = select(0.0, v554, v566 != 0.0);
    let v568 = select(v554, 0.0, v566 != 0.0);
    let v569 = min(v565, 0.0);
    let v570 = exp(v569);
    let v571 = (v568 * v570);
    let v572 = select(0.0, 1.0, v565 <= 0.0);
    let v573 = (v571 * v572);
    let v574 = (v567 + v573);
    tmp17[l553] = v574;
  }
  {
    let i575 = i0 + 5u;
    let j576 = j0 + 3u;
    let l577 = i575 * 100u + j576;
    let v578 = acc17.w;
    let v579 = tmp4[l577];
    let v580 = tmp5[j576];
    let v581 = (v579 - v580);
    let v582 = tmp6[j576];
    let v583 = (v582 + 0.001);
    let v584 = inverseSqrt(v583);
    let v585 = (v581 * v584);
    let v586 = s_hidden2_batch_norm_gamma[j576];
    let v587 = (v585 * v586);
    let v588 = s_hidden2_batch_norm_beta[j576];
    let v589 = (v587 + v588);
    let v590 = select(0.0, 1.0, v589 > 0.0);
    let v591 = select(0.0, v578, v590 != 0.0);
    let v592 = select(v578, 0.0, v590 != 0.0);
    let v593 = min(v589, 0.0);
    let v594 = exp(v593);
    let v595 = (v592 * v594);
    let v596 = select(0.0, 1.0, v589 <= 0.0);
    let v597 = (v595 * v596);
    let v598 = (v591 + v597);
    tmp17[l577] = v598;
  }
  {
    let i599 = i0 + 6u;
    let l600 = i599 * 100u + j0;
    let v601 = acc18.x;
    let v602 = tmp4[l600];
    let v603 = tmp5[j0];
    let v604 = (v602 - v603);
    let v605 = tmp6[j0];
    let v606 = (v605 + 0.001);
    let v607 = inverseSqrt(v606);
    let v608 = (v604 * v607);
    let v609 = s_hidden2_batch_norm_gamma[j0];
    let v610 = (v608 * v609);
    let v611 = s_hidden2_batch_norm_beta[j0];
    let v612 = (v610 + v611);
    let v613 = select(0.0, 1.0, v612 > 0.0);
    let v614 = select(0.0, v601, v613 != 0.0);
    let v615 = select(v601, 0.0, v613 != 0.0);
    let v616 = min(v612, 0.0);
    let v617 = exp(v616);
    let v618 = (v615 * v617);
    let v619 = select(0.0, 1.0, v612 <= 0.0);
    let v620 = (v618 * v619);
    let v621 = (v614 + v620);
    tmp17[l600] = v621;
  }
  {
    let i622 = i0 + 6u;
    let j623 = j0 + 1u;
    let l624 = i622 * 100u + j623;
    let v625 = acc18.y;
    let v626 = tmp4[l624];
    let v627 = tmp5[j623];
    let v628 = (v626 - v627);
    let v629 = tmp6[j623];
    let v630 = (v629 + 0.001);
    let v631 = inverseSqrt(v630);
    let v632 = (v628 * v631);
    let v633 = s_hidden2_batch_norm_gamma[j623];
    let v634 = (v632 * v633);
    let v635 = s_hidden2_batch_norm_beta[j623];
    let v636 = (v634 + v635);
    let v637 = select(0.0, 1.0, v636 > 0.0);
    let v638 = select(0.0, v625, v637 != 0.0);
    let v639 = select(v625, 0.0, v637 != 0.0);
    let v640 = min(v636, 0.0);
    let v641 = exp(v640);
    let v642 = (v639 * v641);
    let v643 = select(0.0, 1.0, v636 <= 0.0);
    let v644 = (v642 * v643);
    let v645 = (v638 + v644);
    tmp17[l624] = v645;
  }
  {
    let i646 = i0 + 6u;
    let j647 = j0 + 2u;
    let l648 = i646 * 100u + j647;
    let v649 = acc18.z;
    let v650 = tmp4[l648];
    let v651 = tmp5[j647];
    let v652 = (v650 - v651);
    let v653 = tmp6[j647];
    let v654 = (v653 + 0.001);
    let v655 = inverseSqrt(v654);
    let v656 = (v652 * v655);
    let v657 = s_hidden2_batch_norm_gamma[j647];
    let v658 = (v656 * v657);
    let v659 = s_hidden2_batch_norm_beta[j647];
    let v660 = (v658 + v659);
    let v661 = select(0.0, 1.0, v660 > 0.0);
    let v662 = select(0.0, v649, v661 != 0.0);
    let v663 = select(v649, 0.0, v661 != 0.0);
    let v664 = min(v660, 0.0);
    let v665 = exp(v664);
    let v666 = (v663 * v665);
    let v667 = select(0.0, 1.0, v660 <= 0.0);
    let v668 = (v666 * v667);
    let v669 = (v662 + v668);
    tmp17[l648] = v669;
  }
  {
    let i670 = i0 + 6u;
    let j671 = j0 + 3u;
    let l672 = i670 * 100u + j671;
    let v673 = acc18.w;
    let v674 = tmp4[l672];
    let v675 = tmp5[j671];
    let v676 = (v674 - v675);
    let v677 = tmp6[j671];
    let v678 = (v677 + 0.001);
    let v679 = inverseSqrt(v678);
    let v680 = (v676 * v679);
    let v681 = s_hidden2_batch_norm_gamma[j671];
    let v682 = (v680 * v681);
    let v683 = s_hidden2_batch_norm_beta[j671];
    let v684 = (v682 + v683);
    let v685 = select(0.0, 1.0, v684 > 0.0);
    let v686 = select(0.0, v673, v685 != 0.0);
    let v687 = select(v673, 0.0, v685 != 0.0);
    let v688 = min(v684, 0.0);
    let v689 = exp(v688);
    let v690 = (v687 * v689);
    let v691 = select(0.0, 1.0, v684 <= 0.0);
    let v692 = (v690 * v691);
    let v693 = (v686 + v692);
    tmp17[l672] = v693;
  }
  {
    let i694 = i0 + 7u;
    let l695 = i694 * 100u + j0;
    let v696 = acc19.x;
    let v697 = tmp4[l695];
    let v698 = tmp5[j0];
    let v699 = (v697 - v698);
    let v700 = tmp6[j0];
    let v701 = (v700 + 0.001);
    let v702 = inverseSqrt(v701);
    let v703 = (v699 * v702);
    let v704 = s_hidden2_batch_norm_gamma[j0];
    let v705 = (v703 * v704);
    let v706 = s_hidden2_batch_norm_beta[j0];
    let v707 = (v705 + v706);
    let v708 = select(0.0, 1.0, v707 > 0.0);
    let v709 = select(0.0, v696, v708 != 0.0);
    let v710 = select(v696, 0.0, v708 != 0.0);
    let v711 = min(v707, 0.0);
    let v712 = exp(v711);
    let v713 = (v710 * v712);
    let v714 = select(0.0, 1.0, v707 <= 0.0);
    let v715 = (v713 * v714);
    let v716 = (v709 + v715);
    tmp17[l695] = v716;
  }
  {
    let i717 = i0 + 7u;
    let j718 = j0 + 1u;
    let l719 = i717 * 100u + j718;
    let v720 = acc19.y;
    let v721 = tmp4[l719];
    let v722 = tmp5[j718];
    let v723 = (v721 - v722);
    let v724 = tmp6[j718];
    let v725 = (v724 + 0.001);
    let v726 = inverseSqrt(v725);
    let v727 = (v723 * v726);
    let v728 = s_hidden2_batch_norm_gamma[j718];
    let v729 = (v727 * v728);
    let v730 = s_hidden2_batch_norm_beta[j718];
    let v731 = (v729 + v730);
    let v732 = select(0.0, 1.0, v731 > 0.0);
    let v733 = select(0.0, v720, v732 != 0.0);
    let v734 = select(v720, 0.0, v732 != 0.0);
    let v735 = min(v731, 0.0);
    let v736 = exp(v735);
    let v737 = (v734 * v736);
    let v738 = select(0.0, 1.0, v731 <= 0.0);
    let v739 = (v737 * v738);
    let v740 = (v733 + v739);
    tmp17[l719] = v740;
  }
  {
    let i741 = i0 + 7u;
    let j742 = j0 + 2u;
    let l743 = i741 * 100u + j742;
    let v744 = acc19.z;
    let v745 = tmp4[l743];
    let v746 = tmp5[j742];
    let v747 = (v745 - v746);
    let v748 = tmp6[j742];
    let v749 = (v748 + 0.001);
    let v750 = inverseSqrt(v749);
    let v751 = (v747 * v750);
    let v752 = s_hidden2_batch_norm_gamma[j742];
    let v753 = (v751 * v752);
    let v754 = s_hidden2_batch_norm_beta[j742];
    let v755 = (v753 + v754);
    let v756 = select(0.0, 1.0, v755 > 0.0);
    let v757 = select(0.0, v744, v756 != 0.0);
    let v758 = select(v744, 0.0, v756 != 0.0);
    let v759 = min(v755, 0.0);
    let v760 = exp(v759);
    let v761 = (v758 * v760);
    let v762 = select(0.0, 1.0, v755 <= 0.0);
    let v763 = (v761 * v762);
    let v764 = (v757 + v763);
    tmp17[l743] = v764;
  }
  {
    let i765 = i0 + 7u;
    let j766 = j0 + 3u;
    let l767 = i765 * 100u + j766;
    let v768 = acc19.w;
    let v769 = tmp4[l767];
    let v770 = tmp5[j766];
    let v771 = (v769 - v770);
    let v772 = tmp6[j766];
    let v773 = (v772 + 0.001);
    let v774 = inverseSqrt(v773);
    let v775 = (v771 * v774);
    let v776 = s_hidden2_batch_norm_gamma[j766];
    let v777 = (v775 * v776);
    let v778 = s_hidden2_batch_norm_beta[j766];
    let v779 = (v777 + v778);
    let v780 = select(0.0, 1.0, v779 > 0.0);
    let v781 = select(0.0, v768, v780 != 0.0);
    let v782 = select(v768, 0.0, v780 != 0.0);
    let v783 = min(v779, 0.0);
    let v784 = exp(v783);
    let v785 = (v782 * v784);
    let v786 = select(0.0, 1.0, v779 <= 0.0);
    let v787 = (v785 * v786);
    let v788 = (v781 + v787);
    tmp17[l767] = v788;
  }
}

// ---- 043_reduce_sum_hidden2_batch_norm_grad_x2.wgsl
@group(0) @binding(0) var<storage, read> tmp17: array<f32>;
@group(0) @binding(1) var<storage, read> s_hidden2_batch_norm_gamma: array<f32>;
@group(0) @binding(2) var<storage, read> tmp4: array<f32>;
@group(0) @binding(3) var<storage, read> tmp5: array<f32>;
@group(0) @binding(4) var<storage, read> tmp6: array<f32>;
@group(0) @binding(5) var<storage, read_write> tmp14: array<f32>;
@group(0) @binding(6) var<storage, read_write> tmp12: array<f32>;

@compute @workgroup_size(64)
fn main(@builtin(global_invocation_id) gid: vec3<u32>) {
  let i = gid.x;
  if (i >= 100u) { return; }
  var acc0: f32 = 0.0;
  for (var r: u32 = 0u; r < 200u; r = r + 1u) {
    let l1 = r * 100u + i;
    let v2 = tmp17[l1];
    let v3 = s_hidden2_batch_norm_gamma[i];
    let v4 = (v2 * v3);
    let v5 = tmp4[l1];
    let v6 = tmp5[i];
    let v7 = (v5 - v6);
    let v8 = (v4 * v7);
    acc0 = acc0 + v8;
  }
  var acc9: f32 = 0.0;
  for (var r: u32 = 0u; r < 200u; r = r + 1u) {
    let l10 = r * 100u + i;
    let v11 = tmp17[l10];
    let v12 = s_hidden2_batch_norm_gamma[i];
    let v13 = (v11 * v12);
    let v14 = tmp6[i];
    let v15 = (v14 + 0.001);
    let v16 = inverseSqrt(v15);
    let v17 = (v13 * v16);
    let v18 = (-v17);
    acc9 = acc9 + v18;
  }
  tmp14[i] = acc0;
  tmp12[i] = acc9;
}

// ---- 044_add_hidden2_batch_norm_grad.wgsl
@group(0) @binding(0) var<storage, read> tmp14: array<f32>;
@group(0) @binding(1) var<storage, read> tmp6: array<f32>;
@group(0) @binding(2) var<storage, read> tmp4: array<f32>;
@group(0) @binding(3) var<storage, read> tmp5: array<f32>;
@group(0) @binding(4) var<storage, read_write> tmp18: array<f32>;

@compute @workgroup_size(64)
fn main(@builtin(global_invocation_id) gid: vec3<u32>) {
  let i = gid.x;
  if (i >= 20000u) { return; }
  let c0 = (i / 100u);
  let c1 = (i % 100u);
  let v2 = tmp14[c1];
  let v3 = tmp6[c1];
  let v4 = (v3 + 0.001);
  let v5 = inverseSqrt(v4);
  let v6 = (v5 * v5);
  let v7 = (v6 * v5);
  let v8 = (v7 * (-0.5));
  let v9 = (v2 * v8);
  let v10 = (v9 / 200.0);
  let v11 = tmp4[i];
  let v12 = tmp5[c1];
  let v13 = (v11 - v12);
  let v14 = (v10 * v13);
  let v15 = (v14 + v14);
  tmp18[i] = v15;
}

// ---- 045_reduce_sum_hidden2_batch_norm_grad.wgsl
@group(0) @binding(0) var<storage, read> tmp18: array<f32>;
@group(0) @binding(1) var<storage, read_write> tmp14: array<f32>;

@compute @workgroup_size(64)
fn main(@builtin(global_invocation_id) gid: vec3<u32>) {
  let i = gid.x;
  if (i >= 100u) { return; }
  var acc0: f32 = 0.0;
  for (var r: u32 = 0u; r < 200u; r = r + 1u) {
    let l1 = r * 100u + i;
    let v2 = tmp18[l1];
    let v3 = (-v2);
    acc0 = acc0 + v3;
  }
  tmp14[i] = acc0;
}

// ---- 046_add_hidden2_batch_norm_grad.wgsl
@group(0) @binding(0) var<storage, read> tmp17: array<f32>;
@group(0) @binding(1) var<storage, read> s_hidden2_batch_norm_gamma: array<f32>;
@group(0) @binding(2) var<storage, read> tmp6: array<f32>;
@group(0) @binding(3) var<storage, read> tmp18: array<f32>;
@group(0) @binding(4) var<storage, read> tmp12: array<f32>;
@group(0) @binding(5) var<storage, read> tmp14: array<f32>;
@group(0) @binding(6) var<storage, read_write> tmp19: array<f32>;

@compute @workgroup_size(64)
fn main(@builtin(global_invocation_id) gid: vec3<u32>) {
  let i = gid.x;
  if (i >= 20000u) { return; }
  let v0 = tmp17[i];
  let c1 = (i / 100u);
  let c2 = (i % 100u);
  let v3 = s_hidden2_batch_norm_gamma[c2];
  let v4 = (v0 * v3);
  let v5 = tmp6[c2];
  let v6 = (v5 + 0.001);
  let v7 = inverseSqrt(v6);
  let v8 = (v4 * v7);
  let v9 = tmp18[i];
  let v10 = (v8 + v9);
  let v11 = tmp12[c2];
  let v12 = tmp14[c2];
  let v13 = (v11 + v12);
  let v14 = (v13 / 200.0);
  let v15 = (v10 + v14);
  tmp19[i] = v15;
}

// ---- 047_matmul_hidden1_grad.wgsl
@group(0) @binding(0) var<storage, read> tmp19_v4: array<vec4<f32>>;
@group(0) @binding(1) var<storage, read> s_hidden2_dense_kernel_v4: array<vec4<f32>>;
@group(0) @binding(2) var<storage, read_write> tmp20: array<f32>;
@group(0) @binding(3) var<storage, read> tmp0: array<f32>;
@group(0) @binding(4) var<storage, read> tmp1: array<f32>;
@group(0) @binding(5) var<storage, read> tmp2: array<f32>;
@group(0) @binding(6) var<storage, read> s_hidden1_batch_norm_gamma: array<f32>;
@group(0) @binding(7) var<storage, read> s_hidden1_batch_norm_beta: array<f32>;

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
    let av32 = tmp19_v4[ra20 + k];
    let av33 = tmp19_v4[ra21 + k];
    let av34 = tmp19_v4[ra22 + k];
    let av35 = tmp19_v4[ra23 + k];
    let av36 = tmp19_v4[ra24 + k];
    let av37 = tmp19_v4[ra25 + k];
    let av38 = tmp19_v4[ra26 + k];
    let av39 = tmp19_v4[ra27 + k];
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
    let v54 = tmp0[l52];
    let v55 = tmp1[j0];
    let v56 = (v54 - v55);
    let v57 = tmp2[j0];
    let v58 = (v57 + 0.001);
    let v59 = inverseSqrt(v58);
    let v60 = (v56 * v59);
    let v61 = s_hidden1_batch_norm_gamma[j0];
    let v62 = (v60 * v61);
    let v63 = s_hidden1_batch_norm_beta[j0];
    let v64 = (v62 + v63);
    let v65 = select(0.0, 1.0, v64 > 0.0);
    let v66 = select(0.0, v53, v65 != 0.0);
    let v67 = select(v53, 0.0, v65 != 0.0);
    let v68 = min(v64, 0.0);
    let v69 = exp(v68);
    let v70 = (v67 * v69);
    let v71 = select(0.0, 1.0, v64 <= 0.0);
    let v72 = (v70 * v71);
    let v73 = (v66 + v72);
    tmp20[l52] = v73;
  }
  {
    let j74 = j0 + 1u;
    let l75 = i0 * 300u + j74;
    let v76 = acc12.y;
    let v77 = tmp0[l75];
    let v78 = tmp1[j74];
    let v79 = (v77 - v78);
    let v80 = tmp2[j74];
    let v81 = (v80 + 0.001);
    let v82 = inverseSqrt(v81);
    let v83 = (v79 * v82);
    let v84 = s_hidden1_batch_norm_gamma[j74];
    let v85 = (v83 * v84);
    let v86 = s_hidden1_batch_norm_beta[j74];
    let v87 = (v85 + v86);
    let v88 = select(0.0, 1.0, v87 > 0.0);
    let v89 = select(0.0, v76, v88 != 0.0);
    let v90 = select(v76, 0.0, v88 != 0.0);
    let v91 = min(v87, 0.0);
    let v92 = exp(v91);
    let v93 = (v90 * v92);
    let v94 = select(0.0, 1.0, v87 <= 0.0);
    let v95 = (v93 * v94);
    let v96 = (v89 + v95);
    tmp20[l75] = v96;
  }
  {
    let j97 = j0 + 2u;
    let l98 = i0 * 300u + j97;
    let v99 = acc12.z;
    let v100 = tmp0[l98];
    let v101 = tmp1[j97];
    let v102 = (v100 - v101);
    let v103 = tmp2[j97];
    let v104 = (v103 + 0.001);
    let v105 = inverseSqrt(v104);
    let v106 = (v102 * v105);
    let v107 = s_hidden1_batch_norm_gamma[j97];
    let v108 = (v106 * v107);
    let v109 = s_hidden1_batch_norm_beta[j97];
    let v110 = (v108 + v109);
    let v111 = select(0.0, 1.0, v110 > 0.0);
    let v112 = select(0.0, v99, v111 != 0.0);
    let v113 = select(v99, 0.0, v111 != 0.0);
    let v114 = min(v110, 0.0);
    let v115 = exp(v114);
    let v116 = (v113 * v115);
    let v117 = select(0.0, 1.0, v110 <= 0.0);
    let v118 = (v116 * v117);
    let v119 = (v112 + v118);
    tmp20[l98] = v119;
  }
  {
    let j120 = j0 + 3u;
    let l121 = i0 * 300u + j120;
    let v122 = acc12.w;
    let v123 = tmp0[l121];
    let v124 = tmp1[j120];
    let v125 = (v123 - v124);
    let v126 = tmp2[j120];
    let v127 = (v126 + 0.001);
    let v128 = inverseSqrt(v127);
    let v129 = (v125 * v128);
    let v130 = s_hidden1_batch_norm_gamma[j120];
    let v131 = (v129 * v130);
    let v132 = s_hidden1_batch_norm_beta[j120];
    let v133 = (v131 + v132);
    let v134 = select(0.0, 1.0, v133 > 0.0);
    let v135 = select(0.0, v122, v134 != 0.0);
    let v136 = select(v122, 0.0, v134 != 0.0);
    let v137 = min(v133, 0.0);
    let v138 = exp(v137);
    let v139 = (v136 * v138);
    let v140 = select(0.0, 1.0, v133 <= 0.0);
    let v141 = (v139 * v140);
    let v142 = (v135 + v141);
    tmp20[l121] = v142;
  }
  {
    let i143 = i0 + 1u;
    let l144 = i143 * 300u + j0;
    let v145 = acc13.x;
    let v146 = tmp0[l144];
    let v147 = tmp1[j0];
    let v148 = (v146 - v147);
    let v149 = tmp2[j0];
    let v150 = (v149 + 0.001);
    let v151 = inverseSqrt(v150);
    let v152 = (v148 * v151);
    let v153 = s_hidden1_batch_norm_gamma[j0];
    let v154 = (v152 * v153);
    let v155 = s_hidden1_batch_norm_beta[j0];
    let v156 = (v154 + v155);
    let v157 = select(0.0, 1.0, v156 > 0.0);
    let v158 = select(0.0, v145, v157 != 0.0);
    let v159 = select(v145, 0.0, v157 != 0.0);
    let v160 = min(v156, 0.0);
    let v161 = exp(v160);
    let v162 = (v159 * v161);
    let v163 = select(0.0, 1.0, v156 <= 0.0);
    let v164 = (v162 * v163);
    let v165 = (v158 + v164);
    tmp20[l144] = v165;
  }
  {
    let i166 = i0 + 1u;
    let j167 = j0 + 1u;
    let l168 = i166 * 300u + j167;
    let v169 = acc13.y;
    let v170 = tmp0[l168];
    let v171 = tmp1[j167];
    let v172 = (v170 - v171);
    let v173 = tmp2[j167];
    let v174 = (v173 + 0.001);
    let v175 = inverseSqrt(v174);
    let v176 = (v172 * v175);
    let v177 = s_hidden1_batch_norm_gamma[j167];
    let v178 = (v176 * v177);
    let v179 = s_hidden1_batch_norm_beta[j167];
    let v180 = (v178 + v179);
    let v181 = select(0.0, 1.0, v180 > 0.0);
    let v182 = select(0.0, v169, v181 != 0.0);
    let v183 = select(v169, 0.0, v181 != 0.0);
    let v184 = min(v180, 0.0);
    let v185 = exp(v184);
    let v186 = (v183 * v185);
    let v187 = select(0.0, 1.0, v180 <= 0.0);
    let v188 = (v186 * v187);
    let v189 = (v182 + v188);
    tmp20[l168] = v189;
  }
  {
    let i190 = i0 + 1u;
    let j191 = j0 + 2u;
    let l192 = i190 * 300u + j191;
    let v193 = acc13.z;
    let v194 = tmp0[l192];
    let v195 = tmp1[j191];
    let v196 = (v194 - v195);
    let v197 = tmp2[j191];
    let v198 = (v197 + 0.001);
    let v199 = inverseSqrt(v198);
    let v200 = (v196 * v199);
    let v201 = s_hidden1_batch_norm_gamma[j191];
    let v202 = (v200 * v201);
    let v203 = s_hidden1_batch_norm_beta[j191];
    let v204 = (v202 + v203);
    let v205 = select(0.0, 1.0, v204 > 0.0);
    let v206 = select(0.0, v193, v205 != 0.0);
    let v207 = select(v193, 0.0, v205 != 0.0);
    let v208 = min(v204, 0.0);
    let v209 = exp(v208);
    let v210 = (v207 * v209);
    let v211 = select(0.0, 1.0, v204 <= 0.0);
    let v212 = (v210 * v211);
    let v213 = (v206 + v212);
    tmp20[l192] = v213;
  }
  {
    let i214 = i0 + 1u;
    let j215 = j0 + 3u;
    let l216 = i214 * 300u + j215;
    let v217 = acc13.w;
    let v218 = tmp0[l216];
    let v219 = tmp1[j215];
    let v220 = (v218 - v219);
    let v221 = tmp2[j215];
    let v222 = (v221 + 0.001);
    let v223 = inverseSqrt(v222);
    let v224 = (v220 * v223);
    let v225 = s_hidden1_batch_norm_gamma[j215];
    let v226 = (v224 * v225);
    let v227 = s_hidden1_batch_norm_beta[j215];
    let v228 = (v226 + v227);
    let v229 = select(0.0, 1.0, v228 > 0.0);
    let v230 = select(0.0, v217, v229 != 0.0);
    let v231 = select(v217, 0.0, v229 != 0.0);
    let v232 = min(v228, 0.0);
    let v233 = exp(v232);
    let v234 = (v231 * v233);
    let v235 = select(0.0, 1.0, v228 <= 0.0);
    let v236 = (v234 * v235);
    let v237 = (v230 + v236);
    tmp20[l216] = v237;
  }
  {
    let i238 = i0 + 2u;
    let l239 = i238 * 300u + j0;
    let v240 = acc14.x;
    let v241 = tmp0[l239];
    let v242 = tmp1[j0];
    let v243 = (v241 - v242);
    let v244 = tmp2[j0];
    let v245 = (v244 + 0.001);
    let v246 = inverseSqrt(v245);
    let v247 = (v243 * v246);
    let v248 = s_hidden1_batch_norm_gamma[j0];
    let v249 = (v247 * v248);
    let v250 = s_hidden1_batch_norm_beta[j0];
    let v251 = (v249 + v250);
    let v252 = select(0.0, 1.0, v251 > 0.0);
    let v253 = select(0.0, v240, v252 != 0.0);
    let v254 = select(v240, 0.0, v252 != 0.0);
    let v255 = min(v251, 0.0);
    let v256 = exp(v255);
    let v257 = (v254 * v256);
    let v258 = select(0.0, 1.0, v251 <= 0.0);
    let v259 = (v257 * v258);
    let v260 = (v253 + v259);
    tmp20[l239] = v260;
  }
  {
    let i261 = i0 + 2u;
    let j262 = j0 + 1u;
    let l263 = i261 * 300u + j262;
    let v264 = acc14.y;
    let v265 = tmp0[l263];
    let v266 = tmp1[j262];
    let v267 = (v265 - v266);
    let v268 = tmp2[j262];
    let v269 = (v268 + 0.001);
    let v270 = inverseSqrt(v269);
    let v271 = (v267 * v270);
    let v272 = s_hidden1_batch_norm_gamma[j262];
    let v273 = (v271 * v272);
    let v274 = s_hidden1_batch_norm_beta[j262];
    let v275 = (v273 + v274);
    let v276 = select(0.0, 1.0, v275 > 0.0);
    let v277 = select(0.0, v264, v276 != 0.0);
    let v278 = select(v264, 0.0, v276 != 0.0);
    let v279 = min(v275, 0.0);
    let v280 = exp(v279);
    let v281 = (v278 * v280);
    let v282 = select(0.0, 1.0, v275 <= 0.0);
    let v283 = (v281 * v282);
    let v284 = (v277 + v283);
    tmp20[l263] = v284;
  }
  {
    let i285 = i0 + 2u;
    let j286 = j0 + 2u;
    let l287 = i285 * 300u + j286;
    let v288 = acc14.z;
    let v289 = tmp0[l287];
    let v290 = tmp1[j286];
    let v291 = (v289 - v290);
    let v292 = tmp2[j286];
    let v293 = (v292 + 0.001);
    let v294 = inverseSqrt(v293);
    let v295 = (v291 * v294);
    let v296 = s_hidden1_batch_norm_gamma[j286];
    let v297 = (v295 * v296);
    let v298 = s_hidden1_batch_norm_beta[j286];
    let v299 = (v297 + v298);
    let v300 = select(0.0, 1.0, v299 > 0.0);
    let v301 = select(0.0, v288, v300 != 0.0);
    let v302 = select(v288, 0.0, v300 != 0.0);
    let v303 = min(v299, 0.0);
    let v304 = exp(v303);
    let v305 = (v302 * v304);
    let v306 = select(0.0, 1.0, v299 <= 0.0);
    let v307 = (v305 * v306);
    let v308 = (v301 + v307);
    tmp20[l287] = v308;
  }
  {
    let i309 = i0 + 2u;
    let j310 = j0 + 3u;
    let l311 = i309 * 300u + j310;
    let v312 = acc14.w;
    let v313 = tmp0[l311];
    let v314 = tmp1[j310];
    let v315 = (v313 - v314);
    let v316 = tmp2[j310];
    let v317 = (v316 + 0.001);
    let v318 = inverseSqrt(v317);
    let v319 = (v315 * v318);
    let v320 = s_hidden1_batch_norm_gamma[j310];
    let v321 = (v319 * v320);
    let v322 = s_hidden1_batch_norm_beta[j310];
    let v323 = (v321 + v322);
    let v324 = select(0.0, 1.0, v323 > 0.0);
    let v325 = select(0.0, v312, v324 != 0.0);
    let v326 = select(v312, 0.0, v324 != 0.0);
    let v327 = min(v323, 0.0);
    let v328 = exp(v327);
    let v329 = (v326 * v328);
    let v330 = select(0.0, 1.0, v323 <= 0.0);
    let v331 = (v329 * v330);
    let v332 = (v325 + v331);
    tmp20[l311] = v332;
  }
  {
    let i333 = i0 + 3u;
    let l334 = i333 * 300u + j0;
    let v335 = acc15.x;
    let v336 = tmp0[l334];
    let v337 = tmp1[j0];
    let v338 = (v336 - v337);
    let v339 = tmp2[j0];
    let v340 = (v339 + 0.001);
    let v341 = inverseSqrt(v340);
    let v342 = (v338 * v341);
    let v343 = s_hidden1_batch_norm_gamma[j0];
    let v344 = (v342 * v343);
    let v345 = s_hidden1_batch_norm_beta[j0];
    let v346 = (v344 + v345);
    let v347 = select(0.0, 1.0, v346 > 0.0);
    let v348 = select(0.0, v335, v347 != 0.0);
    let v349 = select(v335, 0.0, v347 != 0.0);
    let v350 = min(v346, 0.0);
    let v351 = exp(v350);
    let v352 = (v349 * v351);
    let v353 = select(0.0, 1.0, v346 <= 0.0);
    let v354 = (v352 * v353);
    let v355 = (v348 + v354);
    tmp20[l334] = v355;
  }
  {
    let i356 = i0 + 3u;
    let j357 = j0 + 1u;
    let l358 = i356 * 300u + j357;
    let v359 = acc15.y;
    let v360 = tmp0[l358];
    let v361 = tmp1[j357];
    let v362 = (v360 - v361);
    let v363 = tmp2[j357];
    let v364 = (v363 + 0.001);
    let v365 = inverseSqrt(v364);
    let v366 = (v362 * v365);
    let v367 = s_hidden1_batch_norm_gamma[j357];
    let v368 = (v366 * v367);
    let v369 = s_hidden1_batch_norm_beta[j357];
    let v370 = (v368 + v369);
    let v371 = select(0.0, 1.0, v370 > 0.0);
    let v372 = select(0.0, v359, v371 != 0.0);
    let v373 = select(v359, 0.0, v371 != 0.0);
    let v374 = min(v370, 0.0);
    let v375 = exp(v374);
    let v376 = (v373 * v375);
    let v377 = select(0.0, 1.0, v370 <= 0.0);
    let v378 = (v376 * v377);
    let v379 = (v372 + v378);
    tmp20[l358] = v379;
  }
  {
    let i380 = i0 + 3u;
    let j381 = j0 + 2u;
    let l382 = i380 * 300u + j381;
    let v383 = acc15.z;
    let v384 = tmp0[l382];
    let v385 = tmp1[j381];
    let v386 = (v384 - v385);
    let v387 = tmp2[j381];
    let v388 = (v387 + 0.001);
    let v389 = inverseSqrt(v388);
    let v390 = (v386 * v389);
    let v391 = s_hidden1_batch_norm_gamma[j381];
    let v392 = (v390 * v391);
    let v393 = s_hidden1_batch_norm_beta[j381];
    let v394 = (v392 + v393);
    let v395 = select(0.0, 1.0, v394 > 0.0);
    let v396 = select(0.0, v383, v395 != 0.0);
    let v397 = select(v383, 0.0, v395 != 0.0);
    let v398 = min(v394, 0.0);
    let v399 = exp(v398);
    let v400 = (v397 * v399);
    let v401 = select(0.0, 1.0, v394 <= 0.0);
    let v402 = (v400 * v401);
    let v403 = (v396 + v402);
    tmp20[l382] = v403;
  }
  {
    let i404 = i0 + 3u;
    let j405 = j0 + 3u;
    let l406 = i404 * 300u + j405;
    let v407 = acc15.w;
    let v408 = tmp0[l406];
    let v409 = tmp1[j405];
    let v410 = (v408 - v409);
    let v411 = tmp2[j405];
    let v412 = (v411 + 0.001);
    let v413 = inverseSqrt(v412);
    let v414 = (v410 * v413);
    let v415 = s_hidden1_batch_norm_gamma[j405];
    let v416 = (v414 * v415);
    let v417 = s_hidden1_batch_norm_beta[j405];
    let v418 = (v416 + v417);
    let v419 = select(0.0, 1.0, v418 > 0.0);
    let v420 = select(0.0, v407, v419 != 0.0);
    let v421 = select(v407, 0.0, v419 != 0.0);
    let v422 = min(v418, 0.0);
    let v423 = exp(v422);
    let v424 = (v421 * v423);
    let v425 = select(0.0, 1.0, v418 <= 0.0);
    let v426 = (v424 * v425);
    let v427 = (v420 + v426);
    tmp20[l406] = v427;
  }
  {
    let i428 = i0 + 4u;
    let l429 = i428 * 300u + j0;
    let v430 = acc16.x;
    let v431 = tmp0[l429];
    let v432 = tmp1[j0];
    let v433 = (v431 - v432);
    let v434 = tmp2[j0];
    let v435 = (v434 + 0.001);
    let v436 = inverseSqrt(v435);
    let v437 = (v433 * v436);
    let v438 = s_hidden1_batch_norm_gamma[j0];
    let v439 = (v437 * v438);
    let v440 = s_hidden1_batch_norm_beta[j0];
    let v441 = (v439 + v440);
    let v442 = select(0.0, 1.0, v441 > 0.0);
    let v443 = select(0.0, v430, v442 != 0.0);
    let v444 = select(v430, 0.0, v442 != 0.0);
    let v445 = min(v441, 0.0);
    let v446 = exp(v445);
    let v447 = (v444 * v446);
    let v448 = select(0.0, 1.0, v441 <= 0.0);
    let v449 = (v447 * v448);
    let v450 = (v443 + v449);
    tmp20[l429] = v450;
  }
  {
    let i451 = i0 + 4u;
    let j452 = j0 + 1u;
    let l453 = i451 * 300u + j452;
    let v454 = acc16.y;
    let v455 = tmp0[l453];
    let v456 = tmp1[j452];
    let v457 = (v455 - v456);
    let v458 = tmp2[j452];
    let v459 = (v458 + 0.001);
    let v460 = inverseSqrt(v459);
    let v461 = (v457 * v460);
    let v462 = s_hidden1_batch_norm_gamma[j452];
    let v463 = (v461 * v462);
    let v464 = s_hidden1_batch_norm_beta[j452];
    let v465 = (v463 + v464);
    let v466 = select(0.0, 1.0, v465 > 0.0);
    let v467 = select(0.0, v454, v466 != 0.0);
    let v468 = select(v454, 0.0, v466 != 0.0);
    let v469 = min(v465, 0.0);
    let v470 = exp(v469);
    let v471 = (v468 * v470);
    let v472 = select(0.0, 1.0, v465 <= 0.0);
    let v473 = (v471 * v472);
    let v474 = (v467 + v473);
    tmp20[l453] = v474;
  }
  {
    let i475 = i0 + 4u;
    let j476 = j0 + 2u;
    let l477 = i475 * 300u + j476;
    let v478 = acc16.z;
    let v479 = tmp0[l477];
    let v480 = tmp1[j476];
    let v481 = (v479 - v480);
    let v482 = tmp2[j476];
    let v483 = (v482 + 0.001);
    let v484 = inverseSqrt(v483);
    let v485 = (v481 * v484);
    let v486 = s_hidden1_batch_norm_gamma[j476];
    let v487 = (v485 * v486);
    let v488 = s_hidden1_batch_norm_beta[j476];
    let v489 = (v487 + v488);
    let v490 = select(0.0, 1.0, v489 > 0.0);
    let v491 = select(0.0, v478, v490 != 0.0);
    let v492 = select(v478, 0.0, v490 != 0.0);
    let v493 = min(v489, 0.0);
    let v494 = exp(v493);
    let v495 = (v492 * v494);
    let v496 = select(0.0, 1.0, v489 <= 0.0);
    let v497 = (v495 * v496);
    let v498 = (v491 + v497);
    tmp20[l477] = v498;
  }
  {
    let i499 = i0 + 4u;
    let j500 = j0 + 3u;
    let l501 = i499 * 300u + j500;
    let v502 = acc16.w;
    let v503 = tmp0[l501];
    let v504 = tmp1[j500];
    let v505 = (v503 - v504);
    let v506 = tmp2[j500];
    let v507 = (v506 + 0.001);
    let v508 = inverseSqrt(v507);
    let v509 = (v505 * v508);
    let v510 = s_hidden1_batch_norm_gamma[j500];
    let v511 = (v509 * v510);
    let v512 = s_hidden1_batch_norm_beta[j500];
    let v513 = (v511 + v512);
    let v514 = select(0.0, 1.0, v513 > 0.0);
    let v515 = select(0.0, v502, v514 != 0.0);
    let v516 = select(v502, 0.0, v514 != 0.0);
    let v517 = min(v513, 0.0);
    let v518 = exp(v517);
    let v519 = (v516 * v518);
    let v520 = select(0.0, 1.0, v513 <= 0.0);
    let v521 = (v519 * v520);
    let v522 = (v515 + v521);
    tmp20[l501] = v522;
  }
  {
    let i523 = i0 + 5u;
    let l524 = i523 * 300u + j0;
    let v525 = acc17.x;
    let v526 = tmp0[l524];
    let v527 = tmp1[j0];
    let v528 = (v526 - v527);
    let v529 = tmp2[j0];
    let v530 = (v529 + 0.001);
    let v531 = inverseSqrt(v530);
    let v532 = (v528 * v531);
    let v533 = s_hidden1_batch_norm_gamma[j0];
    let v534 = (v532 * v533);
    let v535 = s_hidden1_batch_norm_beta[j0];
    let v536 = (v534 + v535);
    let v537 = select(0.0, 1.0, v536 > 0.0);
    let v538 = select(0.0, v525, v537 != 0.0);
    let v539 = select(v525, 0.0, v537 != 0.0);
    let v540 = min(v536, 0.0);
    let v541 = exp(v540);
    let v542 = (v539 * v541);
    let v543 = select(0.0, 1.0, v536 <= 0.0);
    let v544 = (v542 * v543);
    let v545 = (v538 + v544);
    tmp20[l524] = v545;
  }
  {
    let i546 = i0 + 5u;
    let j547 = j0 + 1u;
    let l548 = i546 * 300u + j547;
    let v549 = acc17.y;
    let v550 = tmp0[l548];
    let v551 = tmp1[j547];
    let v552 = (v550 - v551);
    let v553 = tmp2[j547];
    let v554 = (v553 + 0.001);
    let v555 = inverseSqrt(v554);
    let v556 = (v552 * v555);
    let v557 = s_hidden1_batch_norm_gamma[j547];
    let v558 = (v556 * v557);
    let v559 = s_hidden1_batch_norm_beta[j547];
    let v560 = (v558 + v559);
    let v561 = select(0.0, 1.0, v560 > 0.0);
    let v562 = select(0.0, v549, v561 != 0.0);
    let v563 = select(v549, 0.0, v561 != 0.0);
    let v564 = min(v560, 0.0);
    let v565 = exp(v564);
    let v566 = (v563 * v565);
    let v567 = select(0.0, 1.0, v560 <= 0.0);
    let v568 = (v566 * v567);
    let v569 = (v562 + v568);
    tmp20[l548] = v569;
  }
  {
    let i570 = i0 + 5u;
    let j571 = j0 + 2u;
    let l572 = i570 * 300u + j571;
    let v573 = acc17.z;
    let v574 = tmp0[l572];
    let v575 = tmp1[j571];
    let v576 = (v574 - v575);
    let v577 = tmp2[j571];
    let v578 = (v577 + 0.001);
    let v579 = inverseSqrt(v578);
    let v580 = (v576 * v579);
    let v581 = s_hidden1_batch_norm_gamma[j571];
    let v582 = (v580 * v581);
    let v583 = s_hidden1_batch_norm_beta[j571];
    let v584 = (v582 + v583);
    let v585 = select(0.0, 1.0, v584 > 0.0);
    let v586 = select(0.0, v573, v585 != 0.0);
    let v587 = select(v573, 0.0, v585 != 0.0);
    let v588 = min(v584, 0.0);
    let v589 = exp(v588);
    let v590 = (v587 * v589);
    let v591 = select(0.0, 1.0, v584 <= 0.0);
    let v592 = (v590 * v591);
    let v593 = (v586 + v592);
    tmp20[l572] = v593;
  }
  {
    let i594 = i0 + 5u;
    let j595 = j0 + 3u;
    let l596 = i594 * 300u + j595;
    let v597 = acc17.w;
    let v598 = tmp0[l596];
    let v599 = tmp1[j595];
    let v600 = (v598 - v599);
    let v601 = tmp2[j595];
    let v602 = (v601 + 0.001);
    let v603 = inverseSqrt(v602);
    let v604 = (v600 * v603);
    let v605 = s_hidden1_batch_norm_gamma[j595];
    let v606 = (v604 * v605);
    let v607 = s_hidden1_batch_norm_beta[j595];
    let v608 = (v606 + v607);
    let v609 = select(0.0, 1.0, v608 > 0.0);
    let v610 = select(0.0, v597, v609 != 0.0);
    let v611 = select(v597, 0.0, v609 != 0.0);
    let v612 = min(v608, 0.0);
    let v613 = exp(v612);
    let v614 = (v611 * v613);
    let v615 = select(0.0, 1.0, v608 <= 0.0);
    let v616 = (v614 * v615);
    let v617 = (v610 + v616);
    tmp20[l596] = v617;
  }
  {
    let i618 = i0 + 6u;
    let l619 = i618 * 300u + j0;
    let v620 = acc18.x;
    let v621 = tmp0[l619];
    let v622 = tmp1[j0];
    let v623 = (v621 - v622);
    let v624 = tmp2[j0];
    let v625 = (v624 + 0.001);
    let v626 = inverseSqrt(v625);
    let v627 = (v623 * v626);
    let v628 = s_hidden1_batch_norm_gamma[j0];
    let v629 = (v627 * v628);
    let v630 = s_hidden1_batch_norm_beta[j0];
    let v631 = (v629 + v630);
    let v632 = select(0.0, 1.0, v631 > 0.0);
    let v633 = select(0.0, v620, v632 != 0.0);
    let v634 = select(v620, 0.0, v632 != 0.0);
    let v635 = min(v631, 0.0);
    let v636 = exp(v635);
    let v637 = (v634 * v636);
    let v638 = select(0.0, 1.0, v631 <= 0.0);
    let v639 = (v637 * v638);
    let v640 = (v633 + v639);
    tmp20[l619] = v640;
  }
  {
    let i641 = i0 + 6u;
    let j642 = j0 + 1u;
    let l643 = i641 * 300u + j642;
    let v644 = acc18.y;
    let v645 = tmp0[l643];
    let v646 = tmp1[j642];
    let v647 = (v645 - v646);
    let v648 = tmp2[j642];
    let v649 = (v648 + 0.001);
    let v650 = inverseSqrt(v649);
    let v651 = (v647 * v650);
    let v652 = s_hidden1_batch_norm_gamma[j642];
    let v653 = (v651 * v652);
    let v654 = s_hidden1_batch_norm_beta[j642];
    let v655 = (v653 + v654);
    let v656 = select(0.0, 1.0, v655 > 0.0);
    let v657 = select(0.0, v644, v656 != 0.0);
    let v658 = select(v644, 0.0, v656 != 0.0);
    let v659 = min(v655, 0.0);
    let v660 = exp(v659);
    let v661 = (v658 * v660);
    let v662 = select(0.0, 1.0, v655 <= 0.0);
    let v663 = (v661 * v662);
    let v664 = (v657 + v663);
    tmp20[l643] = v664;
  }
  {
    let i665 = i0 + 6u;
    let j666 = j0 + 2u;
    let l667 = i665 * 300u + j666;
    let v668 = acc18.z;
    let v669 = tmp0[l667];
    let v670 = tmp1[j666];
    let v671 = (v669 - v670);
    let v672 = tmp2[j666];
    let v673 = (v672 + 0.001);
    let v674 = inverseSqrt(v673);
    let v675 = (v671 * v674);
    let v676 = s_hidden1_batch_norm_gamma[j666];
    let v677 = (v675 * v676);
    let v678 = s_hidden1_batch_norm_beta[j666];
    let v679 = (v677 + v678);
    let v680 = select(0.0, 1.0, v679 > 0.0);
    let v681 = select(0.0, v668, v680 != 0.0);
    let v682 = select(v668, 0.0, v680 != 0.0);
    let v683 = min(v679, 0.0);
    let v684 = exp(v683);
    let v685 = (v682 * v684);
    let v686 = select(0.0, 1.0, v679 <= 0.0);
    let v687 = (v685 * v686);
    let v688 = (v681 + v687);
    tmp20[l667] = v688;
  }
  {
    let i689 = i0 + 6u;
    let j690 = j0 + 3u;
    let l691 = i689 * 300u + j690;
    let v692 = acc18.w;
    let v693 = tmp0[l691];
    let v694 = tmp1[j690];
    let v695 = (v693 - v694);
    let v696 = tmp2[j690];
    let v697 = (v696 + 0.001);
    let v698 = inverseSqrt(v697);
    let v699 = (v695 * v698);
    let v700 = s_hidden1_batch_norm_gamma[j690];
    let v701 = (v699 * v700);
    let v702 = s_hidden1_batch_norm_beta[j690];
    let v703 = (v701 + v702);
    let v704 = select(0.0, 1.0, v703 > 0.0);
    let v705 = select(0.0, v692, v704 != 0.0);
    let v706 = select(v692, 0.0, v704 != 0.0);
    let v707 = min(v703, 0.0);
    let v708 = exp(v707);
    let v709 = (v706 * v708);
    let v710 = select(0.0, 1.0, v703 <= 0.0);
    let v711 = (v709 * v710);
    let v712 = (v705 + v711);
    tmp20[l691] = v712;
  }
  {
    let i713 = i0 + 7u;
    let l714 = i713 * 300u + j0;
    let v715 = acc19.x;
    let v716 = tmp0[l714];
    let v717 = tmp1[j0];
    let v718 = (v716 - v717);
    let v719 = tmp2[j0];
    let v720 = (v719 + 0.001);
    let v721 = inverseSqrt(v720);
    let v722 = (v718 * v721);
    let v723 = s_hidden1_batch_norm_gamma[j0];
    let v724 = (v722 * v723);
    let v725 = s_hidden1_batch_norm_beta[j0];
    let v726 = (v724 + v725);
    let v727 = select(0.0, 1.0, v726 > 0.0);
    let v728 = select(0.0, v715, v727 != 0.0);
    let v729 = select(v715, 0.0, v727 != 0.0);
    let v730 = min(v726, 0.0);
    let v731 = exp(v730);
    let v732 = (v729 * v731);
    let v733 = select(0.0, 1.0, v726 <= 0.0);
    let v734 = (v732 * v733);
    let v735 = (v728 + v734);
    tmp20[l714] = v735;
  }
  {
    let i736 = i0 + 7u;
    let j737 = j0 + 1u;
    let l738 = i736 * 300u + j737;
    let v739 = acc19.y;
    let v740 = tmp0[l738];
    let v741 = tmp1[j737];
    let v742 = (v740 - v741);
    let v743 = tmp2[j737];
    let v744 = (v743 + 0.001);
    let v745 = inverseSqrt(v744);
    let v746 = (v742 * v745);
    let v747 = s_hidden1_batch_norm_gamma[j737];
    let v748 = (v746 * v747);
    let v749 = s_hidden1_batch_norm_beta[j737];
    let v750 = (v748 + v749);
    let v751 = select(0.0, 1.0, v750 > 0.0);
    let v752 = select(0.0, v739, v751 != 0.0);
    let v753 = select(v739, 0.0, v751 != 0.0);
    let v754 = min(v750, 0.0);
    let v755 = exp(v754);
    let v756 = (v753 * v755);
    let v757 = select(0.0, 1.0, v750 <= 0.0);
    let v758 = (v756 * v757);
    let v759 = (v752 + v758);
    tmp20[l738] = v759;
  }
  {
    let i760 = i0 + 7u;
    let j761 = j0 + 2u;
    let l762 = i760 * 300u + j761;
    let v763 = acc19.z;
    let v764 = tmp0[l762];
    let v765 = tmp1[j761];
    let v766 = (v764 - v765);
    let v767 = tmp2[j761];
    let v768 = (v767 + 0.001);
    let v769 = inverseSqrt(v768);
    let v770 = (v766 * v769);
    let v771 = s_hidden1_batch_norm_gamma[j761];
    let v772 = (v770 * v771);
    let v773 = s_hidden1_batch_norm_beta[j761];
    let v774 = (v772 + v773);
    let v775 = select(0.0, 1.0, v774 > 0.0);
    let v776 = select(0.0, v763, v775 != 0.0);
    let v777 = select(v763, 0.0, v775 != 0.0);
    let v778 = min(v774, 0.0);
    let v779 = exp(v778);
    let v780 = (v777 * v779);
    let v781 = select(0.0, 1.0, v774 <= 0.0);
    let v782 = (v780 * v781);
    let v783 = (v776 + v782);
    tmp20[l762] = v783;
  }
  {
    let i784 = i0 + 7u;
    let j785 = j0 + 3u;
    let l786 = i784 * 300u + j785;
    let v787 = acc19.w;
    let v788 = tmp0[l786];
    let v789 = tmp1[j785];
    let v790 = (v788 - v789);
    let v791 = tmp2[j785];
    let v792 = (v791 + 0.001);
    let v793 = inverseSqrt(v792);
    let v794 = (v790 * v793);
    let v795 = s_hidden1_batch_norm_gamma[j785];
    let v796 = (v794 * v795);
    let v797 = s_hidden1_batch_norm_beta[j785];
    let v798 = (v796 + v797);
    let v799 = select(0.0, 1.0, v798 > 0.0);
    let v800 = select(0.0, v787, v799 != 0.0);
    let v801 = select(v787, 0.0, v799 != 0.0);
    let v802 = min(v798, 0.0);
    let v803 = exp(v802);
    let v804 = (v801 * v803);
    let v805 = select(0.0, 1.0, v798 <= 0.0);
    let v806 = (v804 * v805);
    let v807 = (v800 + v806);
    tmp20[l786] = v807;
  }
}

// ---- 048_reduce_sum_hidden1_batch_norm_grad_x2.wgsl
@group(0) @binding(0) var<storage, read> tmp20: array<f32>;
@group(0) @binding(1) var<storage, read> s_hidden1_batch_norm_gamma: array<f32>;
@group(0) @binding(2) var<storage, read> tmp0: array<f32>;
@group(0) @binding(3) var<storage, read> tmp1: array<f32>;
@group(0) @binding(4) var<storage, read> tmp2: array<f32>;
@group(0) @binding(5) var<storage, read_write> tmp11: array<f32>;
@group(0) @binding(6) var<storage, read_write> tmp13: array<f32>;

@compute @workgroup_size(64)
fn main(@builtin(global_invocation_id) gid: vec3<u32>) {
  let i = gid.x;
  if (i >= 300u) { return; }
  var acc0: f32 = 0.0;
  for (var r: u32 = 0u; r < 200u; r = r + 1u) {
    let l1 = r * 300u + i;
    let v2 = tmp20[l1];
    let v3 = s_hidden1_batch_norm_gamma[i];
    let v4 = (v2 * v3);
    let v5 = tmp0[l1];
    let v6 = tmp1[i];
    let v7 = (v5 - v6);
    let v8 = (v4 * v7);
    acc0 = acc0 + v8;
  }
  var acc9: f32 = 0.0;
  for (var r: u32 = 0u; r < 200u; r = r + 1u) {
    let l10 = r * 300u + i;
    let v11 = tmp20[l10];
    let v12 = s_hidden1_batch_norm_gamma[i];
    let v13 = (v11 * v12);
    let v14 = tmp2[i];
    let v15 = (v14 + 0.001);
    let v16 = inverseSqrt(v15);
    let v17 = (v13 * v16);
    let v18 = (-v17);
    acc9 = acc9 + v18;
  }
  tmp11[i] = acc0;
  tmp13[i] = acc9;
}

// ---- 049_add_hidden1_batch_norm_grad.wgsl
@group(0) @binding(0) var<storage, read> tmp11: array<f32>;
@group(0) @binding(1) var<storage, read> tmp2: array<f32>;
@group(0) @binding(2) var<storage, read> tmp0: array<f32>;
@group(0) @binding(3) var<storage, read> tmp1: array<f32>;
@group(0) @binding(4) var<storage, read_write> tmp21: array<f32>;

@compute @workgroup_size(64)
fn main(@builtin(global_invocation_id) gid: vec3<u32>) {
  let i = gid.x;
  if (i >= 60000u) { return; }
  let c0 = (i / 300u);
  let c1 = (i % 300u);
  let v2 = tmp11[c1];
  let v3 = tmp2[c1];
  let v4 = (v3 + 0.001);
  let v5 = inverseSqrt(v4);
  let v6 = (v5 * v5);
  let v7 = (v6 * v5);
  let v8 = (v7 * (-0.5));
  let v9 = (v2 * v8);
  let v10 = (v9 / 200.0);
  let v11 = tmp0[i];
  let v12 = tmp1[c1];
  let v13 = (v11 - v12);
  let v14 = (v10 * v13);
  let v15 = (v14 + v14);
  tmp21[i] = v15;
}

// ---- 050_reduce_sum_hidden1_batch_norm_grad.wgsl
@group(0) @binding(0) var<storage, read> tmp21: array<f32>;
@group(0) @binding(1) var<storage, read_write> tmp11: array<f32>;

@compute @workgroup_size(64)
fn main(@builtin(global_invocation_id) gid: vec3<u32>) {
  let i = gid.x;
  if (i >= 300u) { return; }
  var acc0: f32 = 0.0;
  for (var r: u32 = 0u; r < 200u; r = r + 1u) {
    let l1 = r * 300u + i;
    let v2 = tmp21[l1];
    let v3 = (-v2);
    acc0 = acc0 + v3;
  }
  tmp11[i] = acc0;
}

// ---- 051_add_hidden1_batch_norm_grad.wgsl
@group(0) @binding(0) var<storage, read> tmp20: array<f32>;
@group(0) @binding(1) var<storage, read> s_hidden1_batch_norm_gamma: array<f32>;
@group(0) @binding(2) var<storage, read> tmp2: array<f32>;
@group(0) @binding(3) var<storage, read> tmp21: array<f32>;
@group(0) @binding(4) var<storage, read> tmp13: array<f32>;
@group(0) @binding(5) var<storage, read> tmp11: array<f32>;
@group(0) @binding(6) var<storage, read_write> tmp22: array<f32>;

@compute @workgroup_size(64)
fn main(@builtin(global_invocation_id) gid: vec3<u32>) {
  let i = gid.x;
  if (i >= 60000u) { return; }
  let v0 = tmp20[i];
  let c1 = (i / 300u);
  let c2 = (i % 300u);
  let v3 = s_hidden1_batch_norm_gamma[c2];
  let v4 = (v0 * v3);
  let v5 = tmp2[c2];
  let v6 = (v5 + 0.001);
  let v7 = inverseSqrt(v6);
  let v8 = (v4 * v7);
  let v9 = tmp21[i];
  let v10 = (v8 + v9);
  let v11 = tmp13[c2];
  let v12 = tmp11[c2];
  let v13 = (v11 + v12);
  let v14 = (v13 / 200.0);
  let v15 = (v10 + v14);
  tmp22[i] = v15;
}

// ---- 052_matmul_hidden1_dense_kernel_sgd.wgsl
@group(0) @binding(0) var<storage, read> in_X_v4: array<vec4<f32>>;
@group(0) @binding(1) var<storage, read> tmp22_v4: array<vec4<f32>>;
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
    let bv21 = tmp22_v4[(kq20 * 300u + j0) / 4u];
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
    let bv25 = tmp22_v4[(kq24 * 300u + j0) / 4u];
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
    let bv29 = tmp22_v4[(kq28 * 300u + j0) / 4u];
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
    let bv33 = tmp22_v4[(kq32 * 300u + j0) / 4u];
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
    let v39 = (v38 * 0.01);
    let v40 = (v37 - v39);
    s_hidden1_dense_kernel[l36] = v40;
  }
  {
    let j41 = j0 + 1u;
    let l42 = i0 * 300u + j41;
    let v43 = s_hidden1_dense_kernel[l42];
    let v44 = acc12.y;
    let v45 = (v44 * 0.01);
    let v46 = (v43 - v45);
    s_hidden1_dense_kernel[l42] = v46;
  }
  {
    let j47 = j0 + 2u;
    let l48 = i0 * 300u + j47;
    let v49 = s_hidden1_dense_kernel[l48];
    let v50 = acc12.z;
    let v51 = (v50 * 0.01);
    let v52 = (v49 - v51);
    s_hidden1_dense_kernel[l48] = v52;
  }
  {
    let j53 = j0 + 3u;
    let l54 = i0 * 300u + j53;
    let v55 = s_hidden1_dense_kernel[l54];
    let v56 = acc12.w;
    let v57 = (v56 * 0.01);
    let v58 = (v55 - v57);
    s_hidden1_dense_kernel[l54] = v58;
  }
  {
    let i59 = i0 + 1u;
    let l60 = i59 * 300u + j0;
    let v61 = s_hidden1_dense_kernel[l60];
    let v62 = acc13.x;
    let v63 = (v62 * 0.01);
    let v64 = (v61 - v63);
    s_hidden1_dense_kernel[l60] = v64;
  }
  {
    let i65 = i0 + 1u;
    let j66 = j0 + 1u;
    let l67 = i65 * 300u + j66;
    let v68 = s_hidden1_dense_kernel[l67];
    let v69 = acc13.y;
    let v70 = (v69 * 0.01);
    let v71 = (v68 - v70);
    s_hidden1_dense_kernel[l67] = v71;
  }
  {
    let i72 = i0 + 1u;
    let j73 = j0 + 2u;
    let l74 = i72 * 300u + j73;
    let v75 = s_hidden1_dense_kernel[l74];
    let v76 = acc13.z;
    let v77 = (v76 * 0.01);
    let v78 = (v75 - v77);
    s_hidden1_dense_kernel[l74] = v78;
  }
  {
    let i79 = i0 + 1u;
    let j80 = j0 + 3u;
    let l81 = i79 * 300u + j80;
    let v82 = s_hidden1_dense_kernel[l81];
    let v83 = acc13.w;
    let v84 = (v83 * 0.01);
    let v85 = (v82 - v84);
    s_hidden1_dense_kernel[l81] = v85;
  }
  {
    let i86 = i0 + 2u;
    let l87 = i86 * 300u + j0;
    let v88 = s_hidden1_dense_kernel[l87];
    let v89 = acc14.x;
    let v90 = (v89 * 0.01);
    let v91 = (v88 - v90);
    s_hidden1_dense_kernel[l87] = v91;
  }
  {
    let i92 = i0 + 2u;
    let j93 = j0 + 1u;
    let l94 = i92 * 300u + j93;
    let v95 = s_hidden1_dense_kernel[l94];
    let v96 = acc14.y;
    let v97 = (v96 * 0.01);
    let v98 = (v95 - v97);
    s_hidden1_dense_kernel[l94] = v98;
  }
  {
    let i99 = i0 + 2u;
    let j100 = j0 + 2u;
    let l101 = i99 * 300u + j100;
    let v102 = s_hidden1_dense_kernel[l101];
    let v103 = acc14.z;
    let v104 = (v103 * 0.01);
    let v105 = (v102 - v104);
    s_hidden1_dense_kernel[l101] = v105;
  }
  {
    let i106 = i0 + 2u;
    let j107 = j0 + 3u;
    let l108 = i106 * 300u + j107;
    let v109 = s_hidden1_dense_kernel[l108];
    let v110 = acc14.w;
    let v111 = (v110 * 0.01);
    let v112 = (v109 - v111);
    s_hidden1_dense_kernel[l108] = v112;
  }
  {
    let i113 = i0 + 3u;
    let l114 = i113 * 300u + j0;
    let v115 = s_hidden1_dense_kernel[l114];
    let v116 = acc15.x;
    let v117 = (v116 * 0.01);
    let v118 = (v115 - v117);
    s_hidden1_dense_kernel[l114] = v118;
  }
  {
    let i119 = i0 + 3u;
    let j120 = j0 + 1u;
    let l121 = i119 * 300u + j120;
    let v122 = s_hidden1_dense_kernel[l121];
    let v123 = acc15.y;
    let v124 = (v123 * 0.01);
    let v125 = (v122 - v124);
    s_hidden1_dense_kernel[l121] = v125;
  }
  {
    let i126 = i0 + 3u;
    let j127 = j0 + 2u;
    let l128 = i126 * 300u + j127;
    let v129 = s_hidden1_dense_kernel[l128];
    let v130 = acc15.z;
    let v131 = (v130 * 0.01);
    let v132 = (v129 - v131);
    s_hidden1_dense_kernel[l128] = v132;
  }
  {
    let i133 = i0 + 3u;
    let j134 = j0 + 3u;
    let l135 = i133 * 300u + j134;
    let v136 = s_hidden1_dense_kernel[l135];
    let v137 = acc15.w;
    let v138 = (v137 * 0.01);
    let v139 = (v136 - v138);
    s_hidden1_dense_kernel[l135] = v139;
  }
  {
    let i140 = i0 + 4u;
    let l141 = i140 * 300u + j0;
    let v142 = s_hidden1_dense_kernel[l141];
    let v143 = acc16.x;
    let v144 = (v143 * 0.01);
    let v145 = (v142 - v144);
    s_hidden1_dense_kernel[l141] = v145;
  }
  {
    let i146 = i0 + 4u;
    let j147 = j0 + 1u;
    let l148 = i146 * 300u + j147;
    let v149 = s_hidden1_dense_kernel[l148];
    let v150 = acc16.y;
    let v151 = (v150 * 0.01);
    let v152 = (v149 - v151);
    s_hidden1_dense_kernel[l148] = v152;
  }
  {
    let i153 = i0 + 4u;
    let j154 = j0 + 2u;
    let l155 = i153 * 300u + j154;
    let v156 = s_hidden1_dense_kernel[l155];
    let v157 = acc16.z;
    let v158 = (v157 * 0.01);
    let v159 = (v156 - v158);
    s_hidden1_dense_kernel[l155] = v159;
  }
  {
    let i160 = i0 + 4u;
    let j161 = j0 + 3u;
    let l162 = i160 * 300u + j161;
    let v163 = s_hidden1_dense_kernel[l162];
    let v164 = acc16.w;
    let v165 = (v164 * 0.01);
    let v166 = (v163 - v165);
    s_hidden1_dense_kernel[l162] = v166;
  }
  {
    let i167 = i0 + 5u;
    let l168 = i167 * 300u + j0;
    let v169 = s_hidden1_dense_kernel[l168];
    let v170 = acc17.x;
    let v171 = (v170 * 0.01);
    let v172 = (v169 - v171);
    s_hidden1_dense_kernel[l168] = v172;
  }
  {
    let i173 = i0 + 5u;
    let j174 = j0 + 1u;
    let l175 = i173 * 300u + j174;
    let v176 = s_hidden1_dense_kernel[l175];
    let v177 = acc17.y;
    let v178 = (v177 * 0.01);
    let v179 = (v176 - v178);
    s_hidden1_dense_kernel[l175] = v179;
  }
  {
    let i180 = i0 + 5u;
    let j181 = j0 + 2u;
    let l182 = i180 * 300u + j181;
    let v183 = s_hidden1_dense_kernel[l182];
    let v184 = acc17.z;
    let v185 = (v184 * 0.01);
    let v186 = (v183 - v185);
    s_hidden1_dense_kernel[l182] = v186;
  }
  {
    let i187 = i0 + 5u;
    let j188 = j0 + 3u;
    let l189 = i187 * 300u + j188;
    let v190 = s_hidden1_dense_kernel[l189];
    let v191 = acc17.w;
    let v192 = (v191 * 0.01);
    let v193 = (v190 - v192);
    s_hidden1_dense_kernel[l189] = v193;
  }
  {
    let i194 = i0 + 6u;
    let l195 = i194 * 300u + j0;
    let v196 = s_hidden1_dense_kernel[l195];
    let v197 = acc18.x;
    let v198 = (v197 * 0.01);
    let v199 = (v196 - v198);
    s_hidden1_dense_kernel[l195] = v199;
  }
  {
    let i200 = i0 + 6u;
    let j201 = j0 + 1u;
    let l202 = i200 * 300u + j201;
    let v203 = s_hidden1_dense_kernel[l202];
    let v204 = acc18.y;
    let v205 = (v204 * 0.01);
    let v206 = (v203 - v205);
    s_hidden1_dense_kernel[l202] = v206;
  }
  {
    let i207 = i0 + 6u;
    let j208 = j0 + 2u;
    let l209 = i207 * 300u + j208;
    let v210 = s_hidden1_dense_kernel[l209];
    let v211 = acc18.z;
    let v212 = (v211 * 0.01);
    let v213 = (v210 - v212);
    s_hidden1_dense_kernel[l209] = v213;
  }
  {
    let i214 = i0 + 6u;
    let j215 = j0 + 3u;
    let l216 = i214 * 300u + j215;
    let v217 = s_hidden1_dense_kernel[l216];
    let v218 = acc18.w;
    let v219 = (v218 * 0.01);
    let v220 = (v217 - v219);
    s_hidden1_dense_kernel[l216] = v220;
  }
  {
    let i221 = i0 + 7u;
    let l222 = i221 * 300u + j0;
    let v223 = s_hidden1_dense_kernel[l222];
    let v224 = acc19.x;
    let v225 = (v224 * 0.01);
    let v226 = (v223 - v225);
    s_hidden1_dense_kernel[l222] = v226;
  }
  {
    let i227 = i0 + 7u;
    let j228 = j0 + 1u;
    let l229 = i227 * 300u + j228;
    let v230 = s_hidden1_dense_kernel[l229];
    let v231 = acc19.y;
    let v232 = (v231 * 0.01);
    let v233 = (v230 - v232);
    s_hidden1_dense_kernel[l229] = v233;
  }
  {
    let i234 = i0 + 7u;
    let j235 = j0 + 2u;
    let l236 = i234 * 300u + j235;
    let v237 = s_hidden1_dense_kernel[l236];
    let v238 = acc19.z;
    let v239 = (v238 * 0.01);
    let v240 = (v237 - v239);
    s_hidden1_dense_kernel[l236] = v240;
  }
  {
    let i241 = i0 + 7u;
    let j242 = j0 + 3u;
    let l243 = i241 * 300u + j242;
    let v244 = s_hidden1_dense_kernel[l243];
    let v245 = acc19.w;
    let v246 = (v245 * 0.01);
    let v247 = (v244 - v246);
    s_hidden1_dense_kernel[l243] = v247;
  }
}

// ---- 053_reduce_sum_hidden1_dense_bias_sgd.wgsl
@group(0) @binding(0) var<storage, read_write> s_hidden1_dense_bias: array<f32>;
@group(0) @binding(1) var<storage, read> tmp22: array<f32>;

@compute @workgroup_size(64)
fn main(@builtin(global_invocation_id) gid: vec3<u32>) {
  let i = gid.x;
  if (i >= 300u) { return; }
  let v0 = s_hidden1_dense_bias[i];
  var acc1: f32 = 0.0;
  for (var r: u32 = 0u; r < 200u; r = r + 1u) {
    let l2 = r * 300u + i;
    let v3 = tmp22[l2];
    acc1 = acc1 + v3;
  }
  let v4 = (acc1 * 0.01);
  let v5 = (v0 - v4);
  s_hidden1_dense_bias[i] = v5;
}

// ---- 054_reduce_sum_hidden1_batch_norm_gamma_sgd_x2.wgsl
@group(0) @binding(0) var<storage, read_write> s_hidden1_batch_norm_gamma: array<f32>;
@group(0) @binding(1) var<storage, read> tmp20: array<f32>;
@group(0) @binding(2) var<storage, read> tmp0: array<f32>;
@group(0) @binding(3) var<storage, read> tmp1: array<f32>;
@group(0) @binding(4) var<storage, read> tmp2: array<f32>;
@group(0) @binding(5) var<storage, read_write> s_hidden1_batch_norm_beta: array<f32>;

@compute @workgroup_size(64)
fn main(@builtin(global_invocation_id) gid: vec3<u32>) {
  let i = gid.x;
  if (i >= 300u) { return; }
  let v0 = s_hidden1_batch_norm_gamma[i];
  var acc1: f32 = 0.0;
  for (var r: u32 = 0u; r < 200u; r = r + 1u) {
    let l2 = r * 300u + i;
    let v3 = tmp20[l2];
    let v4 = tmp0[l2];
    let v5 = tmp1[i];
    let v6 = (v4 - v5);
    let v7 = tmp2[i];
    let v8 = (v7 + 0.001);
    let v9 = inverseSqrt(v8);
    let v10 = (v6 * v9);
    let v11 = (v3 * v10);
    acc1 = acc1 + v11;
  }
  let v12 = (acc1 * 0.01);
  let v13 = (v0 - v12);
  let v14 = s_hidden1_batch_norm_beta[i];
  var acc15: f32 = 0.0;
  for (var r: u32 = 0u; r < 200u; r = r + 1u) {
    let l16 = r * 300u + i;
    let v17 = tmp20[l16];
    acc15 = acc15 + v17;
  }
  let v18 = (acc15 * 0.01);
  let v19 = (v14 - v18);
  s_hidden1_batch_norm_gamma[i] = v13;
  s_hidden1_batch_norm_beta[i] = v19;
}

// ---- 055_matmul_hidden2_dense_kernel_sgd.wgsl
@group(0) @binding(0) var<storage, read> tmp3_v4: array<vec4<f32>>;
@group(0) @binding(1) var<storage, read> tmp19_v4: array<vec4<f32>>;
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
    let bv13 = tmp19_v4[(kq12 * 100u + j0) / 4u];
    let aq14 = tmp3_v4[(kq12 * 300u + i0) / 4u + 0u];
    acc8 = acc8 + aq14.x * bv13;
    acc9 = acc9 + aq14.y * bv13;
    acc10 = acc10 + aq14.z * bv13;
    acc11 = acc11 + aq14.w * bv13;
    let kq15 = k * 4u + 1u;
    let bv16 = tmp19_v4[(kq15 * 100u + j0) / 4u];
    let aq17 = tmp3_v4[(kq15 * 300u + i0) / 4u + 0u];
    acc8 = acc8 + aq17.x * bv16;
    acc9 = acc9 + aq17.y * bv16;
    acc10 = acc10 + aq17.z * bv16;
    acc11 = acc11 + aq17.w * bv16;
    let kq18 = k * 4u + 2u;
    let bv19 = tmp19_v4[(kq18 * 100u + j0) / 4u];
    let aq20 = tmp3_v4[(kq18 * 300u + i0) / 4u + 0u];
    acc8 = acc8 + aq20.x * bv19;
    acc9 = acc9 + aq20.y * bv19;
    acc10 = acc10 + aq20.z * bv19;
    acc11 = acc11 + aq20.w * bv19;
    let kq21 = k * 4u + 3u;
    let bv22 = tmp19_v4[(kq21 * 100u + j0) / 4u];
    let aq23 = tmp3_v4[(kq21 * 300u + i0) / 4u + 0u];
    acc8 = acc8 + aq23.x * bv22;
    acc9 = acc9 + aq23.y * bv22;
    acc10 = acc10 + aq23.z * bv22;
    acc11 = acc11 + aq23.w * bv22;
  }
  {
    let l24 = i0 * 100u + j0;
    let v25 = s_hidden2_dense_kernel[l24];
    let v26 = acc8.x;
    let v27 = (v26 * 0.01);
    let v28 = (v25 - v27);
    s_hidden2_dense_kernel[l24] = v28;
  }
  {
    let j29 = j0 + 1u;
    let l30 = i0 * 100u + j29;
    let v31 = s_hidden2_dense_kernel[l30];
    let v32 = acc8.y;
    let v33 = (v32 * 0.01);
    let v34 = (v31 - v33);
    s_hidden2_dense_kernel[l30] = v34;
  }
  {
    let j35 = j0 + 2u;
    let l36 = i0 * 100u + j35;
    let v37 = s_hidden2_dense_kernel[l36];
    let v38 = acc8.z;
    let v39 = (v38 * 0.01);
    let v40 = (v37 - v39);
    s_hidden2_dense_kernel[l36] = v40;
  }
  {
    let j41 = j0 + 3u;
    let l42 = i0 * 100u + j41;
    let v43 = s_hidden2_dense_kernel[l42];
    let v44 = acc8.w;
    let v45 = (v44 * 0.01);
    let v46 = (v43 - v45);
    s_hidden2_dense_kernel[l42] = v46;
  }
  {
    let i47 = i0 + 1u;
    let l48 = i47 * 100u + j0;
    let v49 = s_hidden2_dense_kernel[l48];
    let v50 = acc9.x;
    let v51 = (v50 * 0.01);
    let v52 = (v49 - v51);
    s_hidden2_dense_kernel[l48] = v52;
  }
  {
    let i53 = i0 + 1u;
    let j54 = j0 + 1u;
    let l55 = i53 * 100u + j54;
    let v56 = s_hidden2_dense_kernel[l55];
    let v57 = acc9.y;
    let v58 = (v57 * 0.01);
    let v59 = (v56 - v58);
    s_hidden2_dense_kernel[l55] = v59;
  }
  {
    let i60 = i0 + 1u;
    let j61 = j0 + 2u;
    let l62 = i60 * 100u + j61;
    let v63 = s_hidden2_dense_kernel[l62];
    let v64 = acc9.z;
    let v65 = (v64 * 0.01);
    let v66 = (v63 - v65);
    s_hidden2_dense_kernel[l62] = v66;
  }
  {
    let i67 = i0 + 1u;
    let j68 = j0 + 3u;
    let l69 = i67 * 100u + j68;
    let v70 = s_hidden2_dense_kernel[l69];
    let v71 = acc9.w;
    let v72 = (v71 * 0.01);
    let v73 = (v70 - v72);
    s_hidden2_dense_kernel[l69] = v73;
  }
  {
    let i74 = i0 + 2u;
    let l75 = i74 * 100u + j0;
    let v76 = s_hidden2_dense_kernel[l75];
    let v77 = acc10.x;
    let v78 = (v77 * 0.01);
    let v79 = (v76 - v78);
    s_hidden2_dense_kernel[l75] = v79;
  }
  {
    let i80 = i0 + 2u;
    let j81 = j0 + 1u;
    let l82 = i80 * 100u + j81;
    let v83 = s_hidden2_dense_kernel[l82];
    let v84 = acc10.y;
    let v85 = (v84 * 0.01);
    let v86 = (v83 - v85);
    s_hidden2_dense_kernel[l82] = v86;
  }
  {
    let i87 = i0 + 2u;
    let j88 = j0 + 2u;
    let l89 = i87 * 100u + j88;
    let v90 = s_hidden2_dense_kernel[l89];
    let v91 = acc10.z;
    let v92 = (v91 * 0.01);
    let v93 = (v90 - v92);
    s_hidden2_dense_kernel[l89] = v93;
  }
  {
    let i94 = i0 + 2u;
    let j95 = j0 + 3u;
    let l96 = i94 * 100u + j95;
    let v97 = s_hidden2_dense_kernel[l96];
    let v98 = acc10.w;
    let v99 = (v98 * 0.01);
    let v100 = (v97 - v99);
    s_hidden2_dense_kernel[l96] = v100;
  }
  {
    let i101 = i0 + 3u;
    let l102 = i101 * 100u + j0;
    let v103 = s_hidden2_dense_kernel[l102];
    let v104 = acc11.x;
    let v105 = (v104 * 0.01);
    let v106 = (v103 - v105);
    s_hidden2_dense_kernel[l102] = v106;
  }
  {
    let i107 = i0 + 3u;
    let j108 = j0 + 1u;
    let l109 = i107 * 100u + j108;
    let v110 = s_hidden2_dense_kernel[l109];
    let v111 = acc11.y;
    let v112 = (v111 * 0.01);
    let v113 = (v110 - v112);
    s_hidden2_dense_kernel[l109] = v113;
  }
  {
    let i114 = i0 + 3u;
    let j115 = j0 + 2u;
    let l116 = i114 * 100u + j115;
    let v117 = s_hidden2_dense_kernel[l116];
    let v118 = acc11.z;
    let v119 = (v118 * 0.01);
    let v120 = (v117 - v119);
    s_hidden2_dense_kernel[l116] = v120;
  }
  {
    let i121 = i0 + 3u;
    let j122 = j0 + 3u;
    let l123 = i121 * 100u + j122;
    let v124 = s_hidden2_dense_kernel[l123];
    let v125 = acc11.w;
    let v126 = (v125 * 0.01);
    let v127 = (v124 - v126);
    s_hidden2_dense_kernel[l123] = v127;
  }
}

// ---- 056_reduce_sum_hidden2_dense_bias_sgd.wgsl
@group(0) @binding(0) var<storage, read_write> s_hidden2_dense_bias: array<f32>;
@group(0) @binding(1) var<storage, read> tmp19: array<f32>;

@compute @workgroup_size(64)
fn main(@builtin(global_invocation_id) gid: vec3<u32>) {
  let i = gid.x;
  if (i >= 100u) { return; }
  let v0 = s_hidden2_dense_bias[i];
  var acc1: f32 = 0.0;
  for (var r: u32 = 0u; r < 200u; r = r + 1u) {
    let l2 = r * 100u + i;
    let v3 = tmp19[l2];
    acc1 = acc1 + v3;
  }
  let v4 = (acc1 * 0.01);
  let v5 = (v0 - v4);
  s_hidden2_dense_bias[i] = v5;
}

// ---- 057_reduce_sum_hidden2_batch_norm_gamma_sgd_x2.wgsl
@group(0) @binding(0) var<storage, read_write> s_hidden2_batch_norm_gamma: array<f32>;
@group(0) @binding(1) var<storage, read> tmp17: array<f32>;
@group(0) @binding(2) var<storage, read> tmp4: array<f32>;
@group(0) @binding(3) var<storage, read> tmp5: array<f32>;
@group(0) @binding(4) var<storage, read> tmp6: array<f32>;
@group(0) @binding(5) var<storage, read_write> s_hidden2_batch_norm_beta: array<f32>;

@compute @workgroup_size(64)
fn main(@builtin(global_invocation_id) gid: vec3<u32>) {
  let i = gid.x;
  if (i >= 100u) { return; }
  let v0 = s_hidden2_batch_norm_gamma[i];
  var acc1: f32 = 0.0;
  for (var r: u32 = 0u; r < 200u; r = r + 1u) {
    let l2 = r * 100u + i;
    let v3 = tmp17[l2];
    let v4 = tmp4[l2];
    let v5 = tmp5[i];
    let v6 = (v4 - v5);
    let v7 = tmp6[i];
    let v8 = (v7 + 0.001);
    let v9 = inverseSqrt(v8);
    let v10 = (v6 * v9);
    let v11 = (v3 * v10);
    acc1 = acc1 + v11;
  }
  let v12 = (acc1 * 0.01);
  let v13 = (v0 - v12);
  let v14 = s_hidden2_batch_norm_beta[i];
  var acc15: f32 = 0.0;
  for (var r: u32 = 0u; r < 200u; r = r + 1u) {
    let l16 = r * 100u + i;
    let v17 = tmp17[l16];
    acc15 = acc15 + v17;
  }
  let v18 = (acc15 * 0.01);
  let v19 = (v14 - v18);
  s_hidden2_batch_norm_gamma[i] = v13;
  s_hidden2_batch_norm_beta[i] = v19;
}

// ---- 058_matmul_logits_dense_kernel_sgd.wgsl
@group(0) @binding(0) var<storage, read> tmp7: array<f32>;
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
    acc8 = acc8 + tmp7[rk14 + row0] * bv13;
    acc9 = acc9 + tmp7[rk14 + row1] * bv13;
    acc10 = acc10 + tmp7[rk14 + row2] * bv13;
    acc11 = acc11 + tmp7[rk14 + row3] * bv13;
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

// ---- 059_reduce_sum_logits_dense_bias_sgd.wgsl
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

// ---- 060_reduce_sum_logits_batch_norm_gamma_sgd_x2.wgsl
@group(0) @binding(0) var<storage, read_write> s_logits_batch_norm_gamma: array<f32>;
@group(0) @binding(1) var<storage, read> tmp16: array<f32>;
@group(0) @binding(2) var<storage, read> tmp8: array<f32>;
@group(0) @binding(3) var<storage, read> tmp9: array<f32>;
@group(0) @binding(4) var<storage, read> tmp10: array<f32>;
@group(0) @binding(5) var<storage, read_write> s_logits_batch_norm_beta: array<f32>;

@compute @workgroup_size(64)
fn main(@builtin(global_invocation_id) gid: vec3<u32>) {
  let i = gid.x;
  if (i >= 10u) { return; }
  let v0 = s_logits_batch_norm_gamma[i];
  var acc1: f32 = 0.0;
  for (var r: u32 = 0u; r < 200u; r = r + 1u) {
    let l2 = r * 10u + i;
    let v3 = tmp16[l2];
    let v4 = tmp8[l2];
    let v5 = tmp9[i];
    let v6 = (v4 - v5);
    let v7 = tmp10[i];
    let v8 = (v7 + 0.001);
    let v9 = inverseSqrt(v8);
    let v10 = (v6 * v9);
    let v11 = (v3 * v10);
    acc1 = acc1 + v11;
  }
  let v12 = (acc1 * 0.01);
  let v13 = (v0 - v12);
  let v14 = s_logits_batch_norm_beta[i];
  var acc15: f32 = 0.0;
  for (var r: u32 = 0u; r < 200u; r = r + 1u) {
    let l16 = r * 10u + i;
    let v17 = tmp16[l16];
    acc15 = acc15 + v17;
  }
  let v18 = (acc15 * 0.01);
  let v19 = (v14 - v18);
  s_logits_batch_norm_gamma[i] = v13;
  s_logits_batch_norm_beta[i] = v19;
}

// ---- 061_add_metrics_x3.wgsl
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

// ---- 062_add_metrics_x2.wgsl
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

// ---- 063_feed_eval_X.wgsl
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

// ---- 064_feed_eval_y.wgsl
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

// ---- 065_matmul_hidden1.wgsl
@group(0) @binding(0) var<storage, read> in_X_v4: array<vec4<f32>>;
@group(0) @binding(1) var<storage, read> s_hidden1_dense_kernel_v4: array<vec4<f32>>;
@group(0) @binding(2) var<storage, read_write> tmp21: array<f32>;
@group(0) @binding(3) var<storage, read> s_hidden1_dense_bias: array<f32>;
@group(0) @binding(4) var<storage, read> s_hidden1_batch_norm_moving_mean: array<f32>;
@group(0) @binding(5) var<storage, read> s_hidden1_batch_norm_moving_variance: array<f32>;
@group(0) @binding(6) var<storage, read> s_hidden1_batch_norm_gamma: array<f32>;
@group(0) @binding(7) var<storage, read> s_hidden1_batch_norm_beta: array<f32>;

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
    let v48 = s_hidden1_batch_norm_moving_mean[j0];
    let v49 = (v47 - v48);
    let v50 = s_hidden1_batch_norm_moving_variance[j0];
    let v51 = (v50 + 0.001);
    let v52 = inverseSqrt(v51);
    let v53 = (v49 * v52);
    let v54 = s_hidden1_batch_norm_gamma[j0];
    let v55 = (v53 * v54);
    let v56 = s_hidden1_batch_norm_beta[j0];
    let v57 = (v55 + v56);
    let v58 = min(v57, 0.0);
    let v59 = exp(v58);
    let v60 = (v59 - 1.0);
    let v61 = select(0.0, 1.0, v57 > 0.0);
    let v62 = select(v60, v57, v61 != 0.0);
    tmp21[l44] = v62;
  }
  {
    let j63 = j0 + 1u;
    let l64 = i0 * 300u + j63;
    let v65 = acc12.y;
    let v66 = s_hidden1_dense_bias[j63];
    let v67 = (v65 + v66);
    let v68 = s_hidden1_batch_norm_moving_mean[j63];
    let v69 = (v67 - v68);
    let v70 = s_hidden1_batch_norm_moving_variance[j63];
    let v71 = (v70 + 0.001);
    let v72 = inverseSqrt(v71);
    let v73 = (v69 * v72);
    let v74 = s_hidden1_batch_norm_gamma[j63];
    let v75 = (v73 * v74);
    let v76 = s_hidden1_batch_norm_beta[j63];
    let v77 = (v75 + v76);
    let v78 = min(v77, 0.0);
    let v79 = exp(v78);
    let v80 = (v79 - 1.0);
    let v81 = select(0.0, 1.0, v77 > 0.0);
    let v82 = select(v80, v77, v81 != 0.0);
    tmp21[l64] = v82;
  }
  {
    let j83 = j0 + 2u;
    let l84 = i0 * 300u + j83;
    let v85 = acc12.z;
    let v86 = s_hidden1_dense_bias[j83];
    let v87 = (v85 + v86);
    let v88 = s_hidden1_batch_norm_moving_mean[j83];
    let v89 = (v87 - v88);
    let v90 = s_hidden1_batch_norm_moving_variance[j83];
    let v91 = (v90 + 0.001);
    let v92 = inverseSqrt(v91);
    let v93 = (v89 * v92);
    let v94 = s_hidden1_batch_norm_gamma[j83];
    let v95 = (v93 * v94);
    let v96 = s_hidden1_batch_norm_beta[j83];
    let v97 = (v95 + v96);
    let v98 = min(v97, 0.0);
    let v99 = exp(v98);
    let v100 = (v99 - 1.0);
    let v101 = select(0.0, 1.0, v97 > 0.0);
    let v102 = select(v100, v97, v101 != 0.0);
    tmp21[l84] = v102;
  }
  {
    let j103 = j0 + 3u;
    let l104 = i0 * 300u + j103;
    let v105 = acc12.w;
    let v106 = s_hidden1_dense_bias[j103];
    let v107 = (v105 + v106);
    let v108 = s_hidden1_batch_norm_moving_mean[j103];
    let v109 = (v107 - v108);
    let v110 = s_hidden1_batch_norm_moving_variance[j103];
    let v111 = (v110 + 0.001);
    let v112 = inverseSqrt(v111);
    let v113 = (v109 * v112);
    let v114 = s_hidden1_batch_norm_gamma[j103];
    let v115 = (v113 * v114);
    let v116 = s_hidden1_batch_norm_beta[j103];
    let v117 = (v115 + v116);
    let v118 = min(v117, 0.0);
    let v119 = exp(v118);
    let v120 = (v119 - 1.0);
    let v121 = select(0.0, 1.0, v117 > 0.0);
    let v122 = select(v120, v117, v121 != 0.0);
    tmp21[l104] = v122;
  }
  {
    let i123 = i0 + 1u;
    let l124 = i123 * 300u + j0;
    let v125 = acc13.x;
    let v126 = s_hidden1_dense_bias[j0];
    let v127 = (v125 + v126);
    let v128 = s_hidden1_batch_norm_moving_mean[j0];
    let v129 = (v127 - v128);
    let v130 = s_hidden1_batch_norm_moving_variance[j0];
    let v131 = (v130 + 0.001);
    let v132 = inverseSqrt(v131);
    let v133 = (v129 * v132);
    let v134 = s_hidden1_batch_norm_gamma[j0];
    let v135 = (v133 * v134);
    let v136 = s_hidden1_batch_norm_beta[j0];
    let v137 = (v135 + v136);
    let v138 = min(v137, 0.0);
    let v139 = exp(v138);
    let v140 = (v139 - 1.0);
    let v141 = select(0.0, 1.0, v137 > 0.0);
    let v142 = select(v140, v137, v141 != 0.0);
    tmp21[l124] = v142;
  }
  {
    let i143 = i0 + 1u;
    let j144 = j0 + 1u;
    let l145 = i143 * 300u + j144;
    let v146 = acc13.y;
    let v147 = s_hidden1_dense_bias[j144];
    let v148 = (v146 + v147);
    let v149 = s_hidden1_batch_norm_moving_mean[j144];
    let v150 = (v148 - v149);
    let v151 = s_hidden1_batch_norm_moving_variance[j144];
    let v152 = (v151 + 0.001);
    let v153 = inverseSqrt(v152);
    let v154 = (v150 * v153);
    let v155 = s_hidden1_batch_norm_gamma[j144];
    let v156 = (v154 * v155);
    let v157 = s_hidden1_batch_norm_beta[j144];
    let v158 = (v156 + v157);
    let v159 = min(v158, 0.0);
    let v160 = exp(v159);
    let v161 = (v160 - 1.0);
    let v162 = select(0.0, 1.0, v158 > 0.0);
    let v163 = select(v161, v158, v162 != 0.0);
    tmp21[l145] = v163;
  }
  {
    let i164 = i0 + 1u;
    let j165 = j0 + 2u;
    let l166 = i164 * 300u + j165;
    let v167 = acc13.z;
    let v168 = s_hidden1_dense_bias[j165];
    let v169 = (v167 + v168);
    let v170 = s_hidden1_batch_norm_moving_mean[j165];
    let v171 = (v169 - v170);
    let v172 = s_hidden1_batch_norm_moving_variance[j165];
    let v173 = (v172 + 0.001);
    let v174 = inverseSqrt(v173);
    let v175 = (v171 * v174);
    let v176 = s_hidden1_batch_norm_gamma[j165];
    let v177 = (v175 * v176);
    let v178 = s_hidden1_batch_norm_beta[j165];
    let v179 = (v177 + v178);
    let v180 = min(v179, 0.0);
    let v181 = exp(v180);
    let v182 = (v181 - 1.0);
    let v183 = select(0.0, 1.0, v179 > 0.0);
    let v184 = select(v182, v179, v183 != 0.0);
    tmp21[l166] = v184;
  }
  {
    let i185 = i0 + 1u;
    let j186 = j0 + 3u;
    let l187 = i185 * 300u + j186;
    let v188 = acc13.w;
    let v189 = s_hidden1_dense_bias[j186];
    let v190 = (v188 + v189);
    let v191 = s_hidden1_batch_norm_moving_mean[j186];
    let v192 = (v190 - v191);
    let v193 = s_hidden1_batch_norm_moving_variance[j186];
    let v194 = (v193 + 0.001);
    let v195 = inverseSqrt(v194);
    let v196 = (v192 * v195);
    let v197 = s_hidden1_batch_norm_gamma[j186];
    let v198 = (v196 * v197);
    let v199 = s_hidden1_batch_norm_beta[j186];
    let v200 = (v198 + v199);
    let v201 = min(v200, 0.0);
    let v202 = exp(v201);
    let v203 = (v202 - 1.0);
    let v204 = select(0.0, 1.0, v200 > 0.0);
    let v205 = select(v203, v200, v204 != 0.0);
    tmp21[l187] = v205;
  }
  {
    let i206 = i0 + 2u;
    let l207 = i206 * 300u + j0;
    let v208 = acc14.x;
    let v209 = s_hidden1_dense_bias[j0];
    let v210 = (v208 + v209);
    let v211 = s_hidden1_batch_norm_moving_mean[j0];
    let v212 = (v210 - v211);
    let v213 = s_hidden1_batch_norm_moving_variance[j0];
    let v214 = (v213 + 0.001);
    let v215 = inverseSqrt(v214);
    let v216 = (v212 * v215);
    let v217 = s_hidden1_batch_norm_gamma[j0];
    let v218 = (v216 * v217);
    let v219 = s_hidden1_batch_norm_beta[j0];
    let v220 = (v218 + v219);
    let v221 = min(v220, 0.0);
    let v222 = exp(v221);
    let v223 = (v222 - 1.0);
    let v224 = select(0.0, 1.0, v220 > 0.0);
    let v225 = select(v223, v220, v224 != 0.0);
    tmp21[l207] = v225;
  }
  {
    let i226 = i0 + 2u;
    let j227 = j0 + 1u;
    let l228 = i226 * 300u + j227;
    let v229 = acc14.y;
    let v230 = s_hidden1_dense_bias[j227];
    let v231 = (v229 + v230);
    let v232 = s_hidden1_batch_norm_moving_mean[j227];
    let v233 = (v231 - v232);
    let v234 = s_hidden1_batch_norm_moving_variance[j227];
    let v235 = (v234 + 0.001);
    let v236 = inverseSqrt(v235);
    let v237 = (v233 * v236);
    let v238 = s_hidden1_batch_norm_gamma[j227];
    let v239 = (v237 * v238);
    let v240 = s_hidden1_batch_norm_beta[j227];
    let v241 = (v239 + v240);
    let v242 = min(v241, 0.0);
    let v243 = exp(v242);
    let v244 = (v243 - 1.0);
    let v245 = select(0.0, 1.0, v241 > 0.0);
    let v246 = select(v244, v241, v245 != 0.0);
    tmp21[l228] = v246;
  }
  {
    let i247 = i0 + 2u;
    let j248 = j0 + 2u;
    let l249 = i247 * 300u + j248;
    let v250 = acc14.z;
    let v251 = s_hidden1_dense_bias[j248];
    let v252 = (v250 + v251);
    let v253 = s_hidden1_batch_norm_moving_mean[j248];
    let v254 = (v252 - v253);
    let v255 = s_hidden1_batch_norm_moving_variance[j248];
    let v256 = (v255 + 0.001);
    let v257 = inverseSqrt(v256);
    let v258 = (v254 * v257);
    let v259 = s_hidden1_batch_norm_gamma[j248];
    let v260 = (v258 * v259);
    let v261 = s_hidden1_batch_norm_beta[j248];
    let v262 = (v260 + v261);
    let v263 = min(v262, 0.0);
    let v264 = exp(v263);
    let v265 = (v264 - 1.0);
    let v266 = select(0.0, 1.0, v262 > 0.0);
    let v267 = select(v265, v262, v266 != 0.0);
    tmp21[l249] = v267;
  }
  {
    let i268 = i0 + 2u;
    let j269 = j0 + 3u;
    let l270 = i268 * 300u + j269;
    let v271 = acc14.w;
    let v272 = s_hidden1_dense_bias[j269];
    let v273 = (v271 + v272);
    let v274 = s_hidden1_batch_norm_moving_mean[j269];
    let v275 = (v273 - v274);
    let v276 = s_hidden1_batch_norm_moving_variance[j269];
    let v277 = (v276 + 0.001);
    let v278 = inverseSqrt(v277);
    let v279 = (v275 * v278);
    let v280 = s_hidden1_batch_norm_gamma[j269];
    let v281 = (v279 * v280);
    let v282 = s_hidden1_batch_norm_beta[j269];
    let v283 = (v281 + v282);
    let v284 = min(v283, 0.0);
    let v285 = exp(v284);
    let v286 = (v285 - 1.0);
    let v287 = select(0.0, 1.0, v283 > 0.0);
    let v288 = select(v286, v283, v287 != 0.0);
    tmp21[l270] = v288;
  }
  {
    let i289 = i0 + 3u;
    let l290 = i289 * 300u + j0;
    let v291 = acc15.x;
    let v292 = s_hidden1_dense_bias[j0];
    let v293 = (v291 + v292);
    let v294 = s_hidden1_batch_norm_moving_mean[j0];
    let v295 = (v293 - v294);
    let v296 = s_hidden1_batch_norm_moving_variance[j0];
    let v297 = (v296 + 0.001);
    let v298 = inverseSqrt(v297);
    let v299 = (v295 * v298);
    let v300 = s_hidden1_batch_norm_gamma[j0];
    let v301 = (v299 * v300);
    let v302 = s_hidden1_batch_norm_beta[j0];
    let v303 = (v301 + v302);
    let v304 = min(v303, 0.0);
    let v305 = exp(v304);
    let v306 = (v305 - 1.0);
    let v307 = select(0.0, 1.0, v303 > 0.0);
    let v308 = select(v306, v303, v307 != 0.0);
    tmp21[l290] = v308;
  }
  {
    let i309 = i0 + 3u;
    let j310 = j0 + 1u;
    let l311 = i309 * 300u + j310;
    let v312 = acc15.y;
    let v313 = s_hidden1_dense_bias[j310];
    let v314 = (v312 + v313);
    let v315 = s_hidden1_batch_norm_moving_mean[j310];
    let v316 = (v314 - v315);
    let v317 = s_hidden1_batch_norm_moving_variance[j310];
    let v318 = (v317 + 0.001);
    let v319 = inverseSqrt(v318);
    let v320 = (v316 * v319);
    let v321 = s_hidden1_batch_norm_gamma[j310];
    let v322 = (v320 * v321);
    let v323 = s_hidden1_batch_norm_beta[j310];
    let v324 = (v322 + v323);
    let v325 = min(v324, 0.0);
    let v326 = exp(v325);
    let v327 = (v326 - 1.0);
    let v328 = select(0.0, 1.0, v324 > 0.0);
    let v329 = select(v327, v324, v328 != 0.0);
    tmp21[l311] = v329;
  }
  {
    let i330 = i0 + 3u;
    let j331 = j0 + 2u;
    let l332 = i330 * 300u + j331;
    let v333 = acc15.z;
    let v334 = s_hidden1_dense_bias[j331];
    let v335 = (v333 + v334);
    let v336 = s_hidden1_batch_norm_moving_mean[j331];
    let v337 = (v335 - v336);
    let v338 = s_hidden1_batch_norm_moving_variance[j331];
    let v339 = (v338 + 0.001);
    let v340 = inverseSqrt(v339);
    let v341 = (v337 * v340);
    let v342 = s_hidden1_batch_norm_gamma[j331];
    let v343 = (v341 * v342);
    let v344 = s_hidden1_batch_norm_beta[j331];
    let v345 = (v343 + v344);
    let v346 = min(v345, 0.0);
    let v347 = exp(v346);
    let v348 = (v347 - 1.0);
    let v349 = select(0.0, 1.0, v345 > 0.0);
    let v350 = select(v348, v345, v349 != 0.0);
    tmp21[l332] = v350;
  }
  {
    let i351 = i0 + 3u;
    let j352 = j0 + 3u;
    let l353 = i351 * 300u + j352;
    let v354 = acc15.w;
    let v355 = s_hidden1_dense_bias[j352];
    let v356 = (v354 + v355);
    let v357 = s_hidden1_batch_norm_moving_mean[j352];
    let v358 = (v356 - v357);
    let v359 = s_hidden1_batch_norm_moving_variance[j352];
    let v360 = (v359 + 0.001);
    let v361 = inverseSqrt(v360);
    let v362 = (v358 * v361);
    let v363 = s_hidden1_batch_norm_gamma[j352];
    let v364 = (v362 * v363);
    let v365 = s_hidden1_batch_norm_beta[j352];
    let v366 = (v364 + v365);
    let v367 = min(v366, 0.0);
    let v368 = exp(v367);
    let v369 = (v368 - 1.0);
    let v370 = select(0.0, 1.0, v366 > 0.0);
    let v371 = select(v369, v366, v370 != 0.0);
    tmp21[l353] = v371;
  }
  {
    let i372 = i0 + 4u;
    let l373 = i372 * 300u + j0;
    let v374 = acc16.x;
    let v375 = s_hidden1_dense_bias[j0];
    let v376 = (v374 + v375);
    let v377 = s_hidden1_batch_norm_moving_mean[j0];
    let v378 = (v376 - v377);
    let v379 = s_hidden1_batch_norm_moving_variance[j0];
    let v380 = (v379 + 0.001);
    let v381 = inverseSqrt(v380);
    let v382 = (v378 * v381);
    let v383 = s_hidden1_batch_norm_gamma[j0];
    let v384 = (v382 * v383);
    let v385 = s_hidden1_batch_norm_beta[j0];
    let v386 = (v384 + v385);
    let v387 = min(v386, 0.0);
    let v388 = exp(v387);
    let v389 = (v388 - 1.0);
    let v390 = select(0.0, 1.0, v386 > 0.0);
    let v391 = select(v389, v386, v390 != 0.0);
    tmp21[l373] = v391;
  }
  {
    let i392 = i0 + 4u;
    let j393 = j0 + 1u;
    let l394 = i392 * 300u + j393;
    let v395 = acc16.y;
    let v396 = s_hidden1_dense_bias[j393];
    let v397 = (v395 + v396);
    let v398 = s_hidden1_batch_norm_moving_mean[j393];
    let v399 = (v397 - v398);
    let v400 = s_hidden1_batch_norm_moving_variance[j393];
    let v401 = (v400 + 0.001);
    let v402 = inverseSqrt(v401);
    let v403 = (v399 * v402);
    let v404 = s_hidden1_batch_norm_gamma[j393];
    let v405 = (v403 * v404);
    let v406 = s_hidden1_batch_norm_beta[j393];
    let v407 = (v405 + v406);
    let v408 = min(v407, 0.0);
    let v409 = exp(v408);
    let v410 = (v409 - 1.0);
    let v411 = select(0.0, 1.0, v407 > 0.0);
    let v412 = select(v410, v407, v411 != 0.0);
    tmp21[l394] = v412;
  }
  {
    let i413 = i0 + 4u;
    let j414 = j0 + 2u;
    let l415 = i413 * 300u + j414;
    let v416 = acc16.z;
    let v417 = s_hidden1_dense_bias[j414];
    let v418 = (v416 + v417);
    let v419 = s_hidden1_batch_norm_moving_mean[j414];
    let v420 = (v418 - v419);
    let v421 = s_hidden1_batch_norm_moving_variance[j414];
    let v422 = (v421 + 0.001);
    let v423 = inverseSqrt(v422);
    let v424 = (v420 * v423);
    let v425 = s_hidden1_batch_norm_gamma[j414];
    let v426 = (v424 * v425);
    let v427 = s_hidden1_batch_norm_beta[j414];
    let v428 = (v426 + v427);
    let v429 = min(v428, 0.0);
    let v430 = exp(v429);
    let v431 = (v430 - 1.0);
    let v432 = select(0.0, 1.0, v428 > 0.0);
    let v433 = select(v431, v428, v432 != 0.0);
    tmp21[l415] = v433;
  }
  {
    let i434 = i0 + 4u;
    let j435 = j0 + 3u;
    let l436 = i434 * 300u + j435;
    let v437 = acc16.w;
    let v438 = s_hidden1_dense_bias[j435];
    let v439 = (v437 + v438);
    let v440 = s_hidden1_batch_norm_moving_mean[j435];
    let v441 = (v439 - v440);
    let v442 = s_hidden1_batch_norm_moving_variance[j435];
    let v443 = (v442 + 0.001);
    let v444 = inverseSqrt(v443);
    let v445 = (v441 * v444);
    let v446 = s_hidden1_batch_norm_gamma[j435];
    let v447 = (v445 * v446);
    let v448 = s_hidden1_batch_norm_beta[j435];
    let v449 = (v447 + v448);
    let v450 = min(v449, 0.0);
    let v451 = exp(v450);
    let v452 = (v451 - 1.0);
    let v453 = select(0.0, 1.0, v449 > 0.0);
    let v454 = select(v452, v449, v453 != 0.0);
    tmp21[l436] = v454;
  }
  {
    let i455 = i0 + 5u;
    let l456 = i455 * 300u + j0;
    let v457 = acc17.x;
    let v458 = s_hidden1_dense_bias[j0];
    let v459 = (v457 + v458);
    let v460 = s_hidden1_batch_norm_moving_mean[j0];
    let v461 = (v459 - v460);
    let v462 = s_hidden1_batch_norm_moving_variance[j0];
    let v463 = (v462 + 0.001);
    let v464 = inverseSqrt(v463);
    let v465 = (v461 * v464);
    let v466 = s_hidden1_batch_norm_gamma[j0];
    let v467 = (v465 * v466);
    let v468 = s_hidden1_batch_norm_beta[j0];
    let v469 = (v467 + v468);
    let v470 = min(v469, 0.0);
    let v471 = exp(v470);
    let v472 = (v471 - 1.0);
    let v473 = select(0.0, 1.0, v469 > 0.0);
    let v474 = select(v472, v469, v473 != 0.0);
    tmp21[l456] = v474;
  }
  {
    let i475 = i0 + 5u;
    let j476 = j0 + 1u;
    let l477 = i475 * 300u + j476;
    let v478 = acc17.y;
    let v479 = s_hidden1_dense_bias[j476];
    let v480 = (v478 + v479);
    let v481 = s_hidden1_batch_norm_moving_mean[j476];
    let v482 = (v480 - v481);
    let v483 = s_hidden1_batch_norm_moving_variance[j476];
    let v484 = (v483 + 0.001);
    let v485 = inverseSqrt(v484);
    let v486 = (v482 * v485);
    let v487 = s_hidden1_batch_norm_gamma[j476];
    let v488 = (v486 * v487);
    let v489 = s_hidden1_batch_norm_beta[j476];
    let v490 = (v488 + v489);
    let v491 = min(v490, 0.0);
    let v492 = exp(v491);
    let v493 = (v492 - 1.0);
    let v494 = select(0.0, 1.0, v490 > 0.0);
    let v495 = select(v493, v490, v494 != 0.0);
    tmp21[l477] = v495;
  }
  {
    let i496 = i0 + 5u;
    let j497 = j0 + 2u;
    let l498 = i496 * 300u + j497;
    let v499 = acc17.z;
    let v500 = s_hidden1_dense_bias[j497];
    let v501 = (v499 + v500);
    let v502 = s_hidden1_batch_norm_moving_mean[j497];
    let v503 = (v501 - v502);
    let v504 = s_hidden1_batch_norm_moving_variance[j497];
    let v505 = (v504 + 0.001);
    let v506 = inverseSqrt(v505);
    let v507 = (v503 * v506);
    let v508 = s_hidden1_batch_norm_gamma[j497];
    let v509 = (v507 * v508);
    let v510 = s_hidden1_batch_norm_beta[j497];
    let v511 = (v509 + v510);
    let v512 = min(v511, 0.0);
    let v513 = exp(v512);
    let v514 = (v513 - 1.0);
    let v515 = select(0.0, 1.0, v511 > 0.0);
    let v516 = select(v514, v511, v515 != 0.0);
    tmp21[l498] = v516;
  }
  {
    let i517 = i0 + 5u;
    let j518 = j0 + 3u;
    let l519 = i517 * 300u + j518;
    let v520 = acc17.w;
    let v521 = s_hidden1_dense_bias[j518];
    let v522 = (v520 + v521);
    let v523 = s_hidden1_batch_norm_moving_mean[j518];
    let v524 = (v522 - v523);
    let v525 = s_hidden1_batch_norm_moving_variance[j518];
    let v526 = (v525 + 0.001);
    let v527 = inverseSqrt(v526);
    let v528 = (v524 * v527);
    let v529 = s_hidden1_batch_norm_gamma[j518];
    let v530 = (v528 * v529);
    let v531 = s_hidden1_batch_norm_beta[j518];
    let v532 = (v530 + v531);
    let v533 = min(v532, 0.0);
    let v534 = exp(v533);
    let v535 = (v534 - 1.0);
    let v536 = select(0.0, 1.0, v532 > 0.0);
    let v537 = select(v535, v532, v536 != 0.0);
    tmp21[l519] = v537;
  }
  {
    let i538 = i0 + 6u;
    let l539 = i538 * 300u + j0;
    let v540 = acc18.x;
    let v541 = s_hidden1_dense_bias[j0];
    let v542 = (v540 + v541);
    let v543 = s_hidden1_batch_norm_moving_mean[j0];
    let v544 = (v542 - v543);
    let v545 = s_hidden1_batch_norm_moving_variance[j0];
    let v546 = (v545 + 0.001);
    let v547 = inverseSqrt(v546);
    let v548 = (v544 * v547);
    let v549 = s_hidden1_batch_norm_gamma[j0];
    let v550 = (v548 * v549);
    let v551 = s_hidden1_batch_norm_beta[j0];
    let v552 = (v550 + v551);
    let v553 = min(v552, 0.0);
    let v554 = exp(v553);
    let v555 = (v554 - 1.0);
    let v556 = select(0.0, 1.0, v552 > 0.0);
    let v557 = select(v555, v552, v556 != 0.0);
    tmp21[l539] = v557;
  }
  {
    let i558 = i0 + 6u;
    let j559 = j0 + 1u;
    let l560 = i558 * 300u + j559;
    let v561 = acc18.y;
    let v562 = s_hidden1_dense_bias[j559];
    let v563 = (v561 + v562);
    let v564 = s_hidden1_batch_norm_moving_mean[j559];
    let v565 = (v563 - v564);
    let v566 = s_hidden1_batch_norm_moving_variance[j559];
    let v567 = (v566 + 0.001);
    let v568 = inverseSqrt(v567);
    let v569 = (v565 * v568);
    let v570 = s_hidden1_batch_norm_gamma[j559];
    let v571 = (v569 * v570);
    let v572 = s_hidden1_batch_norm_beta[j559];
    let v573 = (v571 + v572);
    let v574 = min(v573, 0.0);
    let v575 = exp(v574);
    let v576 = (v575 - 1.0);
    let v577 = select(0.0, 1.0, v573 > 0.0);
    let v578 = select(v576, v573, v577 != 0.0);
    tmp21[l560] = v578;
  }
  {
    let i579 = i0 + 6u;
    let j580 = j0 + 2u;
    let l581 = i579 * 300u + j580;
    let v582 = acc18.z;
    let v583 = s_hidden1_dense_bias[j580];
    let v584 = (v582 + v583);
    let v585 = s_hidden1_batch_norm_moving_mean[j580];
    let v586 = (v584 - v585);
    let v587 = s_hidden1_batch_norm_moving_variance[j580];
    let v588 = (v587 + 0.001);
    let v589 = inverseSqrt(v588);
    let v590 = (v586 * v589);
    let v591 = s_hidden1_batch_norm_gamma[j580];
    let v592 = (v590 * v591);
    let v593 = s_hidden1_batch_norm_beta[j580];
    let v594 = (v592 + v593);
    let v595 = min(v594, 0.0);
    let v596 = exp(v595);
    let v597 = (v596 - 1.0);
    let v598 = select(0.0, 1.0, v594 > 0.0);
    let v599 = select(v597, v594, v598 != 0.0);
    tmp21[l581] = v599;
  }
  {
    let i600 = i0 + 6u;
    let j601 = j0 + 3u;
    let l602 = i600 * 300u + j601;
    let v603 = acc18.w;
    let v604 = s_hidden1_dense_bias[j601];
    let v605 = (v603 + v604);
    let v606 = s_hidden1_batch_norm_moving_mean[j601];
    let v607 = (v605 - v606);
    let v608 = s_hidden1_batch_norm_moving_variance[j601];
    let v609 = (v608 + 0.001);
    let v610 = inverseSqrt(v609);
    let v611 = (v607 * v610);
    let v612 = s_hidden1_batch_norm_gamma[j601];
    let v613 = (v611 * v612);
    let v614 = s_hidden1_batch_norm_beta[j601];
    let v615 = (v613 + v614);
    let v616 = min(v615, 0.0);
    let v617 = exp(v616);
    let v618 = (v617 - 1.0);
    let v619 = select(0.0, 1.0, v615 > 0.0);
    let v620 = select(v618, v615, v619 != 0.0);
    tmp21[l602] = v620;
  }
  {
    let i621 = i0 + 7u;
    let l622 = i621 * 300u + j0;
    let v623 = acc19.x;
    let v624 = s_hidden1_dense_bias[j0];
    let v625 = (v623 + v624);
    let v626 = s_hidden1_batch_norm_moving_mean[j0];
    let v627 = (v625 - v626);
    let v628 = s_hidden1_batch_norm_moving_variance[j0];
    let v629 = (v628 + 0.001);
    let v630 = inverseSqrt(v629);
    let v631 = (v627 * v630);
    let v632 = s_hidden1_batch_norm_gamma[j0];
    let v633 = (v631 * v632);
    let v634 = s_hidden1_batch_norm_beta[j0];
    let v635 = (v633 + v634);
    let v636 = min(v635, 0.0);
    let v637 = exp(v636);
    let v638 = (v637 - 1.0);
    let v639 = select(0.0, 1.0, v635 > 0.0);
    let v640 = select(v638, v635, v639 != 0.0);
    tmp21[l622] = v640;
  }
  {
    let i641 = i0 + 7u;
    let j642 = j0 + 1u;
    let l643 = i641 * 300u + j642;
    let v644 = acc19.y;
    let v645 = s_hidden1_dense_bias[j642];
    let v646 = (v644 + v645);
    let v647 = s_hidden1_batch_norm_moving_mean[j642];
    let v648 = (v646 - v647);
    let v649 = s_hidden1_batch_norm_moving_variance[j642];
    let v650 = (v649 + 0.001);
    let v651 = inverseSqrt(v650);
    let v652 = (v648 * v651);
    let v653 = s_hidden1_batch_norm_gamma[j642];
    let v654 = (v652 * v653);
    let v655 = s_hidden1_batch_norm_beta[j642];
    let v656 = (v654 + v655);
    let v657 = min(v656, 0.0);
    let v658 = exp(v657);
    let v659 = (v658 - 1.0);
    let v660 = select(0.0, 1.0, v656 > 0.0);
    let v661 = select(v659, v656, v660 != 0.0);
    tmp21[l643] = v661;
  }
  {
    let i662 = i0 + 7u;
    let j663 = j0 + 2u;
    let l664 = i662 * 300u + j663;
    let v665 = acc19.z;
    let v666 = s_hidden1_dense_bias[j663];
    let v667 = (v665 + v666);
    let v668 = s_hidden1_batch_norm_moving_mean[j663];
    let v669 = (v667 - v668);
    let v670 = s_hidden1_batch_norm_moving_variance[j663];
    let v671 = (v670 + 0.001);
    let v672 = inverseSqrt(v671);
    let v673 = (v669 * v672);
    let v674 = s_hidden1_batch_norm_gamma[j663];
    let v675 = (v673 * v674);
    let v676 = s_hidden1_batch_norm_beta[j663];
    let v677 = (v675 + v676);
    let v678 = min(v677, 0.0);
    let v679 = exp(v678);
    let v680 = (v679 - 1.0);
    let v681 = select(0.0, 1.0, v677 > 0.0);
    let v682 = select(v680, v677, v681 != 0.0);
    tmp21[l664] = v682;
  }
  {
    let i683 = i0 + 7u;
    let j684 = j0 + 3u;
    let l685 = i683 * 300u + j684;
    let v686 = acc19.w;
    let v687 = s_hidden1_dense_bias[j684];
    let v688 = (v686 + v687);
    let v689 = s_hidden1_batch_norm_moving_mean[j684];
    let v690 = (v688 - v689);
    let v691 = s_hidden1_batch_norm_moving_variance[j684];
    let v692 = (v691 + 0.001);
    let v693 = inverseSqrt(v692);
    let v694 = (v690 * v693);
    let v695 = s_hidden1_batch_norm_gamma[j684];
    let v696 = (v694 * v695);
    let v697 = s_hidden1_batch_norm_beta[j684];
    let v698 = (v696 + v697);
    let v699 = min(v698, 0.0);
    let v700 = exp(v699);
    let v701 = (v700 - 1.0);
    let v702 = select(0.0, 1.0, v698 > 0.0);
    let v703 = select(v701, v698, v702 != 0.0);
    tmp21[l685] = v703;
  }
}

// ---- 066_matmul_hidden2.wgsl
@group(0) @binding(0) var<storage, read> tmp21_v4: array<vec4<f32>>;
@group(0) @binding(1) var<storage, read> s_hidden2_dense_kernel_v4: array<vec4<f32>>;
@group(0) @binding(2) var<storage, read_write> tmp18: array<f32>;
@group(0) @binding(3) var<storage, read> s_hidden2_dense_bias: array<f32>;
@group(0) @binding(4) var<storage, read> s_hidden2_batch_norm_moving_mean: array<f32>;
@group(0) @binding(5) var<storage, read> s_hidden2_batch_norm_moving_variance: array<f32>;
@group(0) @binding(6) var<storage, read> s_hidden2_batch_norm_gamma: array<f32>;
@group(0) @binding(7) var<storage, read> s_hidden2_batch_norm_beta: array<f32>;

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
    let av28 = tmp21_v4[ra20 + k];
    let av29 = tmp21_v4[ra21 + k];
    let av30 = tmp21_v4[ra22 + k];
    let av31 = tmp21_v4[ra23 + k];
    let av32 = tmp21_v4[ra24 + k];
    let av33 = tmp21_v4[ra25 + k];
    let av34 = tmp21_v4[ra26 + k];
    let av35 = tmp21_v4[ra27 + k];
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
    let v48 = s_hidden2_batch_norm_moving_mean[j0];
    let v49 = (v47 - v48);
    let v50 = s_hidden2_batch_norm_moving_variance[j0];
    let v51 = (v50 + 0.001);
    let v52 = inverseSqrt(v51);
    let v53 = (v49 * v52);
    let v54 = s_hidden2_batch_norm_gamma[j0];
    let v55 = (v53 * v54);
    let v56 = s_hidden2_batch_norm_beta[j0];
    let v57 = (v55 + v56);
    let v58 = min(v57, 0.0);
    let v59 = exp(v58);
    let v60 = (v59 - 1.0);
    let v61 = select(0.0, 1.0, v57 > 0.0);
    let v62 = select(v60, v57, v61 != 0.0);
    tmp18[l44] = v62;
  }
  {
    let j63 = j0 + 1u;
    let l64 = i0 * 100u + j63;
    let v65 = acc12.y;
    let v66 = s_hidden2_dense_bias[j63];
    let v67 = (v65 + v66);
    let v68 = s_hidden2_batch_norm_moving_mean[j63];
    let v69 = (v67 - v68);
    let v70 = s_hidden2_batch_norm_moving_variance[j63];
    let v71 = (v70 + 0.001);
    let v72 = inverseSqrt(v71);
    let v73 = (v69 * v72);
    let v74 = s_hidden2_batch_norm_gamma[j63];
    let v75 = (v73 * v74);
    let v76 = s_hidden2_batch_norm_beta[j63];
    let v77 = (v75 + v76);
    let v78 = min(v77, 0.0);
    let v79 = exp(v78);
    let v80 = (v79 - 1.0);
    let v81 = select(0.0, 1.0, v77 > 0.0);
    let v82 = select(v80, v77, v81 != 0.0);
    tmp18[l64] = v82;
  }
  {
    let j83 = j0 + 2u;
    let l84 = i0 * 100u + j83;
    let v85 = acc12.z;
    let v86 = s_hidden2_dense_bias[j83];
    let v87 = (v85 + v86);
    let v88 = s_hidden2_batch_norm_moving_mean[j83];
    let v89 = (v87 - v88);
    let v90 = s_hidden2_batch_norm_moving_variance[j83];
    let v91 = (v90 + 0.001);
    let v92 = inverseSqrt(v91);
    let v93 = (v89 * v92);
    let v94 = s_hidden2_batch_norm_gamma[j83];
    let v95 = (v93 * v94);
    let v96 = s_hidden2_batch_norm_beta[j83];
    let v97 = (v95 + v96);
    let v98 = min(v97, 0.0);
    let v99 = exp(v98);
    let v100 = (v99 - 1.0);
    let v101 = select(0.0, 1.0, v97 > 0.0);
    let v102 = select(v100, v97, v101 != 0.0);
    tmp18[l84] = v102;
  }
  {
    let j103 = j0 + 3u;
    let l104 = i0 * 100u + j103;
    let v105 = acc12.w;
    let v106 = s_hidden2_dense_bias[j103];
    let v107 = (v105 + v106);
    let v108 = s_hidden2_batch_norm_moving_mean[j103];
    let v109 = (v107 - v108);
    let v110 = s_hidden2_batch_norm_moving_variance[j103];
    let v111 = (v110 + 0.001);
    let v112 = inverseSqrt(v111);
    let v113 = (v109 * v112);
    let v114 = s_hidden2_batch_norm_gamma[j103];
    let v115 = (v113 * v114);
    let v116 = s_hidden2_batch_norm_beta[j103];
    let v117 = (v115 + v116);
    let v118 = min(v117, 0.0);
    let v119 = exp(v118);
    let v120 = (v119 - 1.0);
    let v121 = select(0.0, 1.0, v117 > 0.0);
    let v122 = select(v120, v117, v121 != 0.0);
    tmp18[l104] = v122;
  }
  {
    let i123 = i0 + 1u;
    let l124 = i123 * 100u + j0;
    let v125 = acc13.x;
    let v126 = s_hidden2_dense_bias[j0];
    let v127 = (v125 + v126);
    let v128 = s_hidden2_batch_norm_moving_mean[j0];
    let v129 = (v127 - v128);
    let v130 = s_hidden2_batch_norm_moving_variance[j0];
    let v131 = (v130 + 0.001);
    let v132 = inverseSqrt(v131);
    let v133 = (v129 * v132);
    let v134 = s_hidden2_batch_norm_gamma[j0];
    let v135 = (v133 * v134);
    let v136 = s_hidden2_batch_norm_beta[j0];
    let v137 = (v135 + v136);
    let v138 = min(v137, 0.0);
    let v139 = exp(v138);
    let v140 = (v139 - 1.0);
    let v141 = select(0.0, 1.0, v137 > 0.0);
    let v142 = select(v140, v137, v141 != 0.0);
    tmp18[l124] = v142;
  }
  {
    let i143 = i0 + 1u;
    let j144 = j0 + 1u;
    let l145 = i143 * 100u + j144;
    let v146 = acc13.y;
    let v147 = s_hidden2_dense_bias[j144];
    let v148 = (v146 + v147);
    let v149 = s_hidden2_batch_norm_moving_mean[j144];
    let v150 = (v148 - v149);
    let v151 = s_hidden2_batch_norm_moving_variance[j144];
    let v152 = (v151 + 0.001);
    let v153 = inverseSqrt(v152);
    let v154 = (v150 * v153);
    let v155 = s_hidden2_batch_norm_gamma[j144];
    let v156 = (v154 * v155);
    let v157 = s_hidden2_batch_norm_beta[j144];
    let v158 = (v156 + v157);
    let v159 = min(v158, 0.0);
    let v160 = exp(v159);
    let v161 = (v160 - 1.0);
    let v162 = select(0.0, 1.0, v158 > 0.0);
    let v163 = select(v161, v158, v162 != 0.0);
    tmp18[l145] = v163;
  }
  {
    let i164 = i0 + 1u;
    let j165 = j0 + 2u;
    let l166 = i164 * 100u + j165;
    let v167 = acc13.z;
    let v168 = s_hidden2_dense_bias[j165];
    let v169 = (v167 + v168);
    let v170 = s_hidden2_batch_norm_moving_mean[j165];
    let v171 = (v169 - v170);
    let v172 = s_hidden2_batch_norm_moving_variance[j165];
    let v173 = (v172 + 0.001);
    let v174 = inverseSqrt(v173);
    let v175 = (v171 * v174);
    let v176 = s_hidden2_batch_norm_gamma[j165];
    let v177 = (v175 * v176);
    let v178 = s_hidden2_batch_norm_beta[j165];
    let v179 = (v177 + v178);
    let v180 = min(v179, 0.0);
    let v181 = exp(v180);
    let v182 = (v181 - 1.0);
    let v183 = select(0.0, 1.0, v179 > 0.0);
    let v184 = select(v182, v179, v183 != 0.0);
    tmp18[l166] = v184;
  }
  {
    let i185 = i0 + 1u;
    let j186 = j0 + 3u;
    let l187 = i185 * 100u + j186;
    let v188 = acc13.w;
    let v189 = s_hidden2_dense_bias[j186];
    let v190 = (v188 + v189);
    let v191 = s_hidden2_batch_norm_moving_mean[j186];
    let v192 = (v190 - v191);
    let v193 = s_hidden2_batch_norm_moving_variance[j186];
    let v194 = (v193 + 0.001);
    let v195 = inverseSqrt(v194);
    let v196 = (v192 * v195);
    let v197 = s_hidden2_batch_norm_gamma[j186];
    let v198 = (v196 * v197);
    let v199 = s_hidden2_batch_norm_beta[j186];
    let v200 = (v198 + v199);
    let v201 = min(v200, 0.0);
    let v202 = exp(v201);
    let v203 = (v202 - 1.0);
    let v204 = select(0.0, 1.0, v200 > 0.0);
    let v205 = select(v203, v200, v204 != 0.0);
    tmp18[l187] = v205;
  }
  {
    let i206 = i0 + 2u;
    let l207 = i206 * 100u + j0;
    let v208 = acc14.x;
    let v209 = s_hidden2_dense_bias[j0];
    let v210 = (v208 + v209);
    let v211 = s_hidden2_batch_norm_moving_mean[j0];
    let v212 = (v210 - v211);
    let v213 = s_hidden2_batch_norm_moving_variance[j0];
    let v214 = (v213 + 0.001);
    let v215 = inverseSqrt(v214);
    let v216 = (v212 * v215);
    let v217 = s_hidden2_batch_norm_gamma[j0];
    let v218 = (v216 * v217);
    let v219 = s_hidden2_batch_norm_beta[j0];
    let v220 = (v218 + v219);
    let v221 = min(v220, 0.0);
    let v222 = exp(v221);
    let v223 = (v222 - 1.0);
    let v224 = select(0.0, 1.0, v220 > 0.0);
    let v225 = select(v223, v220, v224 != 0.0);
    tmp18[l207] = v225;
  }
  {
    let i226 = i0 + 2u;
    let j227 = j0 + 1u;
    let l228 = i226 * 100u + j227;
    let v229 = acc14.y;
    let v230 = s_hidden2_dense_bias[j227];
    let v231 = (v229 + v230);
    let v232 = s_hidden2_batch_norm_moving_mean[j227];
    let v233 = (v231 - v232);
    let v234 = s_hidden2_batch_norm_moving_variance[j227];
    let v235 = (v234 + 0.001);
    let v236 = inverseSqrt(v235);
    let v237 = (v233 * v236);
    let v238 = s_hidden2_batch_norm_gamma[j227];
    let v239 = (v237 * v238);
    let v240 = s_hidden2_batch_norm_beta[j227];
    let v241 = (v239 + v240);
    let v242 = min(v241, 0.0);
    let v243 = exp(v242);
    let v244 = (v243 - 1.0);
    let v245 = select(0.0, 1.0, v241 > 0.0);
    let v246 = select(v244, v241, v245 != 0.0);
    tmp18[l228] = v246;
  }
  {
    let i247 = i0 + 2u;
    let j248 = j0 + 2u;
    let l249 = i247 * 100u + j248;
    let v250 = acc14.z;
    let v251 = s_hidden2_dense_bias[j248];
    let v252 = (v250 + v251);
    let v253 = s_hidden2_batch_norm_moving_mean[j248];
    let v254 = (v252 - v253);
    let v255 = s_hidden2_batch_norm_moving_variance[j248];
    let v256 = (v255 + 0.001);
    let v257 = inverseSqrt(v256);
    let v258 = (v254 * v257);
    let v259 = s_hidden2_batch_norm_gamma[j248];
    let v260 = (v258 * v259);
    let v261 = s_hidden2_batch_norm_beta[j248];
    let v262 = (v260 + v261);
    let v263 = min(v262, 0.0);
    let v264 = exp(v263);
    let v265 = (v264 - 1.0);
    let v266 = select(0.0, 1.0, v262 > 0.0);
    let v267 = select(v265, v262, v266 != 0.0);
    tmp18[l249] = v267;
  }
  {
    let i268 = i0 + 2u;
    let j269 = j0 + 3u;
    let l270 = i268 * 100u + j269;
    let v271 = acc14.w;
    let v272 = s_hidden2_dense_bias[j269];
    let v273 = (v271 + v272);
    let v274 = s_hidden2_batch_norm_moving_mean[j269];
    let v275 = (v273 - v274);
    let v276 = s_hidden2_batch_norm_moving_variance[j269];
    let v277 = (v276 + 0.001);
    let v278 = inverseSqrt(v277);
    let v279 = (v275 * v278);
    let v280 = s_hidden2_batch_norm_gamma[j269];
    let v281 = (v279 * v280);
    let v282 = s_hidden2_batch_norm_beta[j269];
    let v283 = (v281 + v282);
    let v284 = min(v283, 0.0);
    let v285 = exp(v284);
    let v286 = (v285 - 1.0);
    let v287 = select(0.0, 1.0, v283 > 0.0);
    let v288 = select(v286, v283, v287 != 0.0);
    tmp18[l270] = v288;
  }
  {
    let i289 = i0 + 3u;
    let l290 = i289 * 100u + j0;
    let v291 = acc15.x;
    let v292 = s_hidden2_dense_bias[j0];
    let v293 = (v291 + v292);
    let v294 = s_hidden2_batch_norm_moving_mean[j0];
    let v295 = (v293 - v294);
    let v296 = s_hidden2_batch_norm_moving_variance[j0];
    let v297 = (v296 + 0.001);
    let v298 = inverseSqrt(v297);
    let v299 = (v295 * v298);
    let v300 = s_hidden2_batch_norm_gamma[j0];
    let v301 = (v299 * v300);
    let v302 = s_hidden2_batch_norm_beta[j0];
    let v303 = (v301 + v302);
    let v304 = min(v303, 0.0);
    let v305 = exp(v304);
    let v306 = (v305 - 1.0);
    let v307 = select(0.0, 1.0, v303 > 0.0);
    let v308 = select(v306, v303, v307 != 0.0);
    tmp18[l290] = v308;
  }
  {
    let i309 = i0 + 3u;
    let j310 = j0 + 1u;
    let l311 = i309 * 100u + j310;
    let v312 = acc15.y;
    let v313 = s_hidden2_dense_bias[j310];
    let v314 = (v312 + v313);
    let v315 = s_hidden2_batch_norm_moving_mean[j310];
    let v316 = (v314 - v315);
    let v317 = s_hidden2_batch_norm_moving_variance[j310];
    let v318 = (v317 + 0.001);
    let v319 = inverseSqrt(v318);
    let v320 = (v316 * v319);
    let v321 = s_hidden2_batch_norm_gamma[j310];
    let v322 = (v320 * v321);
    let v323 = s_hidden2_batch_norm_beta[j310];
    let v324 = (v322 + v323);
    let v325 = min(v324, 0.0);
    let v326 = exp(v325);
    let v327 = (v326 - 1.0);
    let v328 = select(0.0, 1.0, v324 > 0.0);
    let v329 = select(v327, v324, v328 != 0.0);
    tmp18[l311] = v329;
  }
  {
    let i330 = i0 + 3u;
    let j331 = j0 + 2u;
    let l332 = i330 * 100u + j331;
    let v333 = acc15.z;
    let v334 = s_hidden2_dense_bias[j331];
    let v335 = (v333 + v334);
    let v336 = s_hidden2_batch_norm_moving_mean[j331];
    let v337 = (v335 - v336);
    let v338 = s_hidden2_batch_norm_moving_variance[j331];
    let v339 = (v338 + 0.001);
    let v340 = inverseSqrt(v339);
    let v341 = (v337 * v340);
    let v342 = s_hidden2_batch_norm_gamma[j331];
    let v343 = (v341 * v342);
    let v344 = s_hidden2_batch_norm_beta[j331];
    let v345 = (v343 + v344);
    let v346 = min(v345, 0.0);
    let v347 = exp(v346);
    let v348 = (v347 - 1.0);
    let v349 = select(0.0, 1.0, v345 > 0.0);
    let v350 = select(v348, v345, v349 != 0.0);
    tmp18[l332] = v350;
  }
  {
    let i351 = i0 + 3u;
    let j352 = j0 + 3u;
    let l353 = i351 * 100u + j352;
    let v354 = acc15.w;
    let v355 = s_hidden2_dense_bias[j352];
    let v356 = (v354 + v355);
    let v357 = s_hidden2_batch_norm_moving_mean[j352];
    let v358 = (v356 - v357);
    let v359 = s_hidden2_batch_norm_moving_variance[j352];
    let v360 = (v359 + 0.001);
    let v361 = inverseSqrt(v360);
    let v362 = (v358 * v361);
    let v363 = s_hidden2_batch_norm_gamma[j352];
    let v364 = (v362 * v363);
    let v365 = s_hidden2_batch_norm_beta[j352];
    let v366 = (v364 + v365);
    let v367 = min(v366, 0.0);
    let v368 = exp(v367);
    let v369 = (v368 - 1.0);
    let v370 = select(0.0, 1.0, v366 > 0.0);
    let v371 = select(v369, v366, v370 != 0.0);
    tmp18[l353] = v371;
  }
  {
    let i372 = i0 + 4u;
    let l373 = i372 * 100u + j0;
    let v374 = acc16.x;
    let v375 = s_hidden2_dense_bias[j0];
    let v376 = (v374 + v375);
    let v377 = s_hidden2_batch_norm_moving_mean[j0];
    let v378 = (v376 - v377);
    let v379 = s_hidden2_batch_norm_moving_variance[j0];
    let v380 = (v379 + 0.001);
    let v381 = inverseSqrt(v380);
    let v382 = (v378 * v381);
    let v383 = s_hidden2_batch_norm_gamma[j0];
    let v384 = (v382 * v383);
    let v385 = s_hidden2_batch_norm_beta[j0];
    let v386 = (v384 + v385);
    let v387 = min(v386, 0.0);
    let v388 = exp(v387);
    let v389 = (v388 - 1.0);
    let v390 = select(0.0, 1.0, v386 > 0.0);
    let v391 = select(v389, v386, v390 != 0.0);
    tmp18[l373] = v391;
  }
  {
    let i392 = i0 + 4u;
    let j393 = j0 + 1u;
    let l394 = i392 * 100u + j393;
    let v395 = acc16.y;
    let v396 = s_hidden2_dense_bias[j393];
    let v397 = (v395 + v396);
    let v398 = s_hidden2_batch_norm_moving_mean[j393];
    let v399 = (v397 - v398);
    let v400 = s_hidden2_batch_norm_moving_variance[j393];
    let v401 = (v400 + 0.001);
    let v402 = inverseSqrt(v401);
    let v403 = (v399 * v402);
    let v404 = s_hidden2_batch_norm_gamma[j393];
    let v405 = (v403 * v404);
    let v406 = s_hidden2_batch_norm_beta[j393];
    let v407 = (v405 + v406);
    let v408 = min(v407, 0.0);
    let v409 = exp(v408);
    let v410 = (v409 - 1.0);
    let v411 = select(0.0, 1.0, v407 > 0.0);
    let v412 = select(v410, v407, v411 != 0.0);
    tmp18[l394] = v412;
  }
  {
    let i413 = i0 + 4u;
    let j414 = j0 + 2u;
    let l415 = i413 * 100u + j414;
    let v416 = acc16.z;
    let v417 = s_hidden2_dense_bias[j414];
    let v418 = (v416 + v417);
    let v419 = s_hidden2_batch_norm_moving_mean[j414];
    let v420 = (v418 - v419);
    let v421 = s_hidden2_batch_norm_moving_variance[j414];
    let v422 = (v421 + 0.001);
    let v423 = inverseSqrt(v422);
    let v424 = (v420 * v423);
    let v425 = s_hidden2_batch_norm_gamma[j414];
    let v426 = (v424 * v425);
    let v427 = s_hidden2_batch_norm_beta[j414];
    let v428 = (v426 + v427);
    let v429 = min(v428, 0.0);
    let v430 = exp(v429);
    let v431 = (v430 - 1.0);
    let v432 = select(0.0, 1.0, v428 > 0.0);
    let v433 = select(v431, v428, v432 != 0.0);
    tmp18[l415] = v433;
  }
  {
    let i434 = i0 + 4u;
    let j435 = j0 + 3u;
    let l436 = i434 * 100u + j435;
    let v437 = acc16.w;
    let v438 = s_hidden2_dense_bias[j435];
    let v439 = (v437 + v438);
    let v440 = s_hidden2_batch_norm_moving_mean[j435];
    let v441 = (v439 - v440);
    let v442 = s_hidden2_batch_norm_moving_variance[j435];
    let v443 = (v442 + 0.001);
    let v444 = inverseSqrt(v443);
    let v445 = (v441 * v444);
    let v446 = s_hidden2_batch_norm_gamma[j435];
    let v447 = (v445 * v446);
    let v448 = s_hidden2_batch_norm_beta[j435];
    let v449 = (v447 + v448);
    let v450 = min(v449, 0.0);
    let v451 = exp(v450);
    let v452 = (v451 - 1.0);
    let v453 = select(0.0, 1.0, v449 > 0.0);
    let v454 = select(v452, v449, v453 != 0.0);
    tmp18[l436] = v454;
  }
  {
    let i455 = i0 + 5u;
    let l456 = i455 * 100u + j0;
    let v457 = acc17.x;
    let v458 = s_hidden2_dense_bias[j0];
    let v459 = (v457 + v458);
    let v460 = s_hidden2_batch_norm_moving_mean[j0];
    let v461 = (v459 - v460);
    let v462 = s_hidden2_batch_norm_moving_variance[j0];
    let v463 = (v462 + 0.001);
    let v464 = inverseSqrt(v463);
    let v465 = (v461 * v464);
    let v466 = s_hidden2_batch_norm_gamma[j0];
    let v467 = (v465 * v466);
    let v468 = s_hidden2_batch_norm_beta[j0];
    let v469 = (v467 + v468);
    let v470 = min(v469, 0.0);
    let v471 = exp(v470);
    let v472 = (v471 - 1.0);
    let v473 = select(0.0, 1.0, v469 > 0.0);
    let v474 = select(v472, v469, v473 != 0.0);
    tmp18[l456] = v474;
  }
  {
    let i475 = i0 + 5u;
    let j476 = j0 + 1u;
    let l477 = i475 * 100u + j476;
    let v478 = acc17.y;
    let v479 = s_hidden2_dense_bias[j476];
    let v480 = (v478 + v479);
    let v481 = s_hidden2_batch_norm_moving_mean[j476];
    let v482 = (v480 - v481);
    let v483 = s_hidden2_batch_norm_moving_variance[j476];
    let v484 = (v483 + 0.001);
    let v485 = inverseSqrt(v484);
    let v486 = (v482 * v485);
    let v487 = s_hidden2_batch_norm_gamma[j476];
    let v488 = (v486 * v487);
    let v489 = s_hidden2_batch_norm_beta[j476];
    let v490 = (v488 + v489);
    let v491 = min(v490, 0.0);
    let v492 = exp(v491);
    let v493 = (v492 - 1.0);
    let v494 = select(0.0, 1.0, v490 > 0.0);
    let v495 = select(v493, v490, v494 != 0.0);
    tmp18[l477] = v495;
  }
  {
    let i496 = i0 + 5u;
    let j497 = j0 + 2u;
    let l498 = i496 * 100u + j497;
    let v499 = acc17.z;
    let v500 = s_hidden2_dense_bias[j497];
    let v501 = (v499 + v500);
    let v502 = s_hidden2_batch_norm_moving_mean[j497];
    let v503 = (v501 - v502);
    let v504 = s_hidden2_batch_norm_moving_variance[j497];
    let v505 = (v504 + 0.001);
    let v506 = inverseSqrt(v505);
    let v507 = (v503 * v506);
    let v508 = s_hidden2_batch_norm_gamma[j497];
    let v509 = (v507 * v508);
    let v510 = s_hidden2_batch_norm_beta[j497];
    let v511 = (v509 + v510);
    let v512 = min(v511, 0.0);
    let v513 = exp(v512);
    let v514 = (v513 - 1.0);
    let v515 = select(0.0, 1.0, v511 > 0.0);
    let v516 = select(v514, v511, v515 != 0.0);
    tmp18[l498] = v516;
  }
  {
    let i517 = i0 + 5u;
    let j518 = j0 + 3u;
    let l519 = i517 * 100u + j518;
    let v520 = acc17.w;
    let v521 = s_hidden2_dense_bias[j518];
    let v522 = (v520 + v521);
    let v523 = s_hidden2_batch_norm_moving_mean[j518];
    let v524 = (v522 - v523);
    let v525 = s_hidden2_batch_norm_moving_variance[j518];
    let v526 = (v525 + 0.001);
    let v527 = inverseSqrt(v526);
    let v528 = (v524 * v527);
    let v529 = s_hidden2_batch_norm_gamma[j518];
    let v530 = (v528 * v529);
    let v531 = s_hidden2_batch_norm_beta[j518];
    let v532 = (v530 + v531);
    let v533 = min(v532, 0.0);
    let v534 = exp(v533);
    let v535 = (v534 - 1.0);
    let v536 = select(0.0, 1.0, v532 > 0.0);
    let v537 = select(v535, v532, v536 != 0.0);
    tmp18[l519] = v537;
  }
  {
    let i538 = i0 + 6u;
    let l539 = i538 * 100u + j0;
    let v540 = acc18.x;
    let v541 = s_hidden2_dense_bias[j0];
    let v542 = (v540 + v541);
    let v543 = s_hidden2_batch_norm_moving_mean[j0];
    let v544 = (v542 - v543);
    let v545 = s_hidden2_batch_norm_moving_variance[j0];
    let v546 = (v545 + 0.001);
    let v547 = inverseSqrt(v546);
    let v548 = (v544 * v547);
    let v549 = s_hidden2_batch_norm_gamma[j0];
    let v550 = (v548 * v549);
    let v551 = s_hidden2_batch_norm_beta[j0];
    let v552 = (v550 + v551);
    let v553 = min(v552, 0.0);
    let v554 = exp(v553);
    let v555 = (v554 - 1.0);
    let v556 = select(0.0, 1.0, v552 > 0.0);
    let v557 = select(v555, v552, v556 != 0.0);
    tmp18[l539] = v557;
  }
  {
    let i558 = i0 + 6u;
    let j559 = j0 + 1u;
    let l560 = i558 * 100u + j559;
    let v561 = acc18.y;
    let v562 = s_hidden2_dense_bias[j559];
    let v563 = (v561 + v562);
    let v564 = s_hidden2_batch_norm_moving_mean[j559];
    let v565 = (v563 - v564);
    let v566 = s_hidden2_batch_norm_moving_variance[j559];
    let v567 = (v566 + 0.001);
    let v568 = inverseSqrt(v567);
    let v569 = (v565 * v568);
    let v570 = s_hidden2_batch_norm_gamma[j559];
    let v571 = (v569 * v570);
    let v572 = s_hidden2_batch_norm_beta[j559];
    let v573 = (v571 + v572);
    let v574 = min(v573, 0.0);
    let v575 = exp(v574);
    let v576 = (v575 - 1.0);
    let v577 = select(0.0, 1.0, v573 > 0.0);
    let v578 = select(v576, v573, v577 != 0.0);
    tmp18[l560] = v578;
  }
  {
    let i579 = i0 + 6u;
    let j580 = j0 + 2u;
    let l581 = i579 * 100u + j580;
    let v582 = acc18.z;
    let v583 = s_hidden2_dense_bias[j580];
    let v584 = (v582 + v583);
    let v585 = s_hidden2_batch_norm_moving_mean[j580];
    let v586 = (v584 - v585);
    let v587 = s_hidden2_batch_norm_moving_variance[j580];
    let v588 = (v587 + 0.001);
    let v589 = inverseSqrt(v588);
    let v590 = (v586 * v589);
    let v591 = s_hidden2_batch_norm_gamma[j580];
    let v592 = (v590 * v591);
    let v593 = s_hidden2_batch_norm_beta[j580];
    let v594 = (v592 + v593);
    let v595 = min(v594, 0.0);
    let v596 = exp(v595);
    let v597 = (v596 - 1.0);
    let v598 = select(0.0, 1.0, v594 > 0.0);
    let v599 = select(v597, v594, v598 != 0.0);
    tmp18[l581] = v599;
  }
  {
    let i600 = i0 + 6u;
    let j601 = j0 + 3u;
    let l602 = i600 * 100u + j601;
    let v603 = acc18.w;
    let v604 = s_hidden2_dense_bias[j601];
    let v605 = (v603 + v604);
    let v606 = s_hidden2_batch_norm_moving_mean[j601];
    let v607 = (v605 - v606);
    let v608 = s_hidden2_batch_norm_moving_variance[j601];
    let v609 = (v608 + 0.001);
    let v610 = inverseSqrt(v609);
    let v611 = (v607 * v610);
    let v612 = s_hidden2_batch_norm_gamma[j601];
    let v613 = (v611 * v612);
    let v614 = s_hidden2_batch_norm_beta[j601];
    let v615 = (v613 + v614);
    let v616 = min(v615, 0.0);
    let v617 = exp(v616);
    let v618 = (v617 - 1.0);
    let v619 = select(0.0, 1.0, v615 > 0.0);
    let v620 = select(v618, v615, v619 != 0.0);
    tmp18[l602] = v620;
  }
  {
    let i621 = i0 + 7u;
    let l622 = i621 * 100u + j0;
    let v623 = acc19.x;
    let v624 = s_hidden2_dense_bias[j0];
    let v625 = (v623 + v624);
    let v626 = s_hidden2_batch_norm_moving_mean[j0];
    let v627 = (v625 - v626);
    let v628 = s_hidden2_batch_norm_moving_variance[j0];
    let v629 = (v628 + 0.001);
    let v630 = inverseSqrt(v629);
    let v631 = (v627 * v630);
    let v632 = s_hidden2_batch_norm_gamma[j0];
    let v633 = (v631 * v632);
    let v634 = s_hidden2_batch_norm_beta[j0];
    let v635 = (v633 + v634);
    let v636 = min(v635, 0.0);
    let v637 = exp(v636);
    let v638 = (v637 - 1.0);
    let v639 = select(0.0, 1.0, v635 > 0.0);
    let v640 = select(v638, v635, v639 != 0.0);
    tmp18[l622] = v640;
  }
  {
    let i641 = i0 + 7u;
    let j642 = j0 + 1u;
    let l643 = i641 * 100u + j642;
    let v644 = acc19.y;
    let v645 = s_hidden2_dense_bias[j642];
    let v646 = (v644 + v645);
    let v647 = s_hidden2_batch_norm_moving_mean[j642];
    let v648 = (v646 - v647);
    let v649 = s_hidden2_batch_norm_moving_variance[j642];
    let v650 = (v649 + 0.001);
    let v651 = inverseSqrt(v650);
    let v652 = (v648 * v651);
    let v653 = s_hidden2_batch_norm_gamma[j642];
    let v654 = (v652 * v653);
    let v655 = s_hidden2_batch_norm_beta[j642];
    let v656 = (v654 + v655);
    let v657 = min(v656, 0.0);
    let v658 = exp(v657);
    let v659 = (v658 - 1.0);
    let v660 = select(0.0, 1.0, v656 > 0.0);
    let v661 = select(v659, v656, v660 != 0.0);
    tmp18[l643] = v661;
  }
  {
    let i662 = i0 + 7u;
    let j663 = j0 + 2u;
    let l664 = i662 * 100u + j663;
    let v665 = acc19.z;
    let v666 = s_hidden2_dense_bias[j663];
    let v667 = (v665 + v666);
    let v668 = s_hidden2_batch_norm_moving_mean[j663];
    let v669 = (v667 - v668);
    let v670 = s_hidden2_batch_norm_moving_variance[j663];
    let v671 = (v670 + 0.001);
    let v672 = inverseSqrt(v671);
    let v673 = (v669 * v672);
    let v674 = s_hidden2_batch_norm_gamma[j663];
    let v675 = (v673 * v674);
    let v676 = s_hidden2_batch_norm_beta[j663];
    let v677 = (v675 + v676);
    let v678 = min(v677, 0.0);
    let v679 = exp(v678);
    let v680 = (v679 - 1.0);
    let v681 = select(0.0, 1.0, v677 > 0.0);
    let v682 = select(v680, v677, v681 != 0.0);
    tmp18[l664] = v682;
  }
  {
    let i683 = i0 + 7u;
    let j684 = j0 + 3u;
    let l685 = i683 * 100u + j684;
    let v686 = acc19.w;
    let v687 = s_hidden2_dense_bias[j684];
    let v688 = (v686 + v687);
    let v689 = s_hidden2_batch_norm_moving_mean[j684];
    let v690 = (v688 - v689);
    let v691 = s_hidden2_batch_norm_moving_variance[j684];
    let v692 = (v691 + 0.001);
    let v693 = inverseSqrt(v692);
    let v694 = (v690 * v693);
    let v695 = s_hidden2_batch_norm_gamma[j684];
    let v696 = (v694 * v695);
    let v697 = s_hidden2_batch_norm_beta[j684];
    let v698 = (v696 + v697);
    let v699 = min(v698, 0.0);
    let v700 = exp(v699);
    let v701 = (v700 - 1.0);
    let v702 = select(0.0, 1.0, v698 > 0.0);
    let v703 = select(v701, v698, v702 != 0.0);
    tmp18[l685] = v703;
  }
}

// ---- 067_matmul_logits_batch_norm.wgsl
@group(0) @binding(0) var<storage, read> tmp18: array<f32>;
@group(0) @binding(1) var<storage, read> s_logits_dense_kernel: array<f32>;
@group(0) @binding(2) var<storage, read_write> tmp13: array<f32>;
@group(0) @binding(3) var<storage, read> s_logits_dense_bias: array<f32>;
@group(0) @binding(4) var<storage, read> s_logits_batch_norm_moving_mean: array<f32>;
@group(0) @binding(5) var<storage, read> s_logits_batch_norm_moving_variance: array<f32>;
@group(0) @binding(6) var<storage, read> s_logits_batch_norm_gamma: array<f32>;
@group(0) @binding(7) var<storage, read> s_logits_batch_norm_beta: array<f32>;

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
    acc12 = acc12 + tmp18[ra20 + k] * bv29;
    acc13 = acc13 + tmp18[ra21 + k] * bv29;
    acc14 = acc14 + tmp18[ra22 + k] * bv29;
    acc15 = acc15 + tmp18[ra23 + k] * bv29;
    acc16 = acc16 + tmp18[ra24 + k] * bv29;
    acc17 = acc17 + tmp18[ra25 + k] * bv29;
    acc18 = acc18 + tmp18[ra26 + k] * bv29;
    acc19 = acc19 + tmp18[ra27 + k] * bv29;
  }
  {
    let l30 = i0 * 10u + j0;
    let v31 = acc12.x;
    let v32 = s_logits_dense_bias[j0];
    let v33 = (v31 + v32);
    let v34 = s_logits_batch_norm_moving_mean[j0];
    let v35 = (v33 - v34);
    let v36 = s_logits_batch_norm_moving_variance[j0];
    let v37 = (v36 + 0.001);
    let v38 = inverseSqrt(v37);
    let v39 = (v35 * v38);
    let v40 = s_logits_batch_norm_gamma[j0];
    let v41 = (v39 * v40);
    let v42 = s_logits_batch_norm_beta[j0];
    let v43 = (v41 + v42);
    tmp13[l30] = v43;
  }
  if (j0 + 1u < 10u) {
    let j44 = j0 + 1u;
    let l45 = i0 * 10u + j44;
    let v46 = acc12.y;
    let v47 = s_logits_dense_bias[j44];
    let v48 = (v46 + v47);
    let v49 = s_logits_batch_norm_moving_mean[j44];
    let v50 = (v48 - v49);
    let v51 = s_logits_batch_norm_moving_variance[j44];
    let v52 = (v51 + 0.001);
    let v53 = inverseSqrt(v52);
    let v54 = (v50 * v53);
    let v55 = s_logits_batch_norm_gamma[j44];
    let v56 = (v54 * v55);
    let v57 = s_logits_batch_norm_beta[j44];
    let v58 = (v56 + v57);
    tmp13[l45] = v58;
  }
  if (j0 + 2u < 10u) {
    let j59 = j0 + 2u;
    let l60 = i0 * 10u + j59;
    let v61 = acc12.z;
    let v62 = s_logits_dense_bias[j59];
    let v63 = (v61 + v62);
    let v64 = s_logits_batch_norm_moving_mean[j59];
    let v65 = (v63 - v64);
    let v66 = s_logits_batch_norm_moving_variance[j59];
    let v67 = (v66 + 0.001);
    let v68 = inverseSqrt(v67);
    let v69 = (v65 * v68);
    let v70 = s_logits_batch_norm_gamma[j59];
    let v71 = (v69 * v70);
    let v72 = s_logits_batch_norm_beta[j59];
    let v73 = (v71 + v72);
    tmp13[l60] = v73;
  }
  if (j0 + 3u < 10u) {
    let j74 = j0 + 3u;
    let l75 = i0 * 10u + j74;
    let v76 = acc12.w;
    let v77 = s_logits_dense_bias[j74];
    let v78 = (v76 + v77);
    let v79 = s_logits_batch_norm_moving_mean[j74];
    let v80 = (v78 - v79);
    let v81 = s_logits_batch_norm_moving_variance[j74];
    let v82 = (v81 + 0.001);
    let v83 = inverseSqrt(v82);
    let v84 = (v80 * v83);
    let v85 = s_logits_batch_norm_gamma[j74];
    let v86 = (v84 * v85);
    let v87 = s_logits_batch_norm_beta[j74];
    let v88 = (v86 + v87);
    tmp13[l75] = v88;
  }
  {
    let i89 = i0 + 1u;
    let l90 = i89 * 10u + j0;
    let v91 = acc13.x;
    let v92 = s_logits_dense_bias[j0];
    let v93 = (v91 + v92);
    let v94 = s_logits_batch_norm_moving_mean[j0];
    let v95 = (v93 - v94);
    let v96 = s_logits_batch_norm_moving_variance[j0];
    let v97 = (v96 + 0.001);
    let v98 = inverseSqrt(v97);
    let v99 = (v95 * v98);
    let v100 = s_logits_batch_norm_gamma[j0];
    let v101 = (v99 * v100);
    let v102 = s_logits_batch_norm_beta[j0];
    let v103 = (v101 + v102);
    tmp13[l90] = v103;
  }
  if (j0 + 1u < 10u) {
    let i104 = i0 + 1u;
    let j105 = j0 + 1u;
    let l106 = i104 * 10u + j105;
    let v107 = acc13.y;
    let v108 = s_logits_dense_bias[j105];
    let v109 = (v107 + v108);
    let v110 = s_logits_batch_norm_moving_mean[j105];
    let v111 = (v109 - v110);
    let v112 = s_logits_batch_norm_moving_variance[j105];
    let v113 = (v112 + 0.001);
    let v114 = inverseSqrt(v113);
    let v115 = (v111 * v114);
    let v116 = s_logits_batch_norm_gamma[j105];
    let v117 = (v115 * v116);
    let v118 = s_logits_batch_norm_beta[j105];
    let v119 = (v117 + v118);
    tmp13[l106] = v119;
  }
  if (j0 + 2u < 10u) {
    let i120 = i0 + 1u;
    let j121 = j0 + 2u;
    let l122 = i120 * 10u + j121;
    let v123 = acc13.z;
    let v124 = s_logits_dense_bias[j121];
    let v125 = (v123 + v124);
    let v126 = s_logits_batch_norm_moving_mean[j121];
    let v127 = (v125 - v126);
    let v128 = s_logits_batch_norm_moving_variance[j121];
    let v129 = (v128 + 0.001);
    let v130 = inverseSqrt(v129);
    let v131 = (v127 * v130);
    let v132 = s_logits_batch_norm_gamma[j121];
    let v133 = (v131 * v132);
    let v134 = s_logits_batch_norm_beta[j121];
    let v135 = (v133 + v134);
    tmp13[l122] = v135;
  }
  if (j0 + 3u < 10u) {
    let i136 = i0 + 1u;
    let j137 = j0 + 3u;
    let l138 = i136 * 10u + j137;
    let v139 = acc13.w;
    let v140 = s_logits_dense_bias[j137];
    let v141 = (v139 + v140);
    let v142 = s_logits_batch_norm_moving_mean[j137];
    let v143 = (v141 - v142);
    let v144 = s_logits_batch_norm_moving_variance[j137];
    let v145 = (v144 + 0.001);
    let v146 = inverseSqrt(v145);
    let v147 = (v143 * v146);
    let v148 = s_logits_batch_norm_gamma[j137];
    let v149 = (v147 * v148);
    let v150 = s_logits_batch_norm_beta[j137];
    let v151 = (v149 + v150);
    tmp13[l138] = v151;
  }
  {
    let i152 = i0 + 2u;
    let l153 = i152 * 10u + j0;
    let v154 = acc14.x;
    let v155 = s_logits_dense_bias[j0];
    let v156 = (v154 + v155);
    let v157 = s_logits_batch_norm_moving_mean[j0];
    let v158 = (v156 - v157);
    let v159 = s_logits_batch_norm_moving_variance[j0];
    let v160 = (v159 + 0.001);
    let v161 = inverseSqrt(v160);
    let v162 = (v158 * v161);
    let v163 = s_logits_batch_norm_gamma[j0];
    let v164 = (v162 * v163);
    let v165 = s_logits_batch_norm_beta[j0];
    let v166 = (v164 + v165);
    tmp13[l153] = v166;
  }
  if (j0 + 1u < 10u) {
    let i167 = i0 + 2u;
    let j168 = j0 + 1u;
    let l169 = i167 * 10u + j168;
    let v170 = acc14.y;
    let v171 = s_logits_dense_bias[j168];
    let v172 = (v170 + v171);
    let v173 = s_logits_batch_norm_moving_mean[j168];
    let v174 = (v172 - v173);
    let v175 = s_logits_batch_norm_moving_variance[j168];
    let v176 = (v175 + 0.001);
    let v177 = inverseSqrt(v176);
    let v178 = (v174 * v177);
    let v179 = s_logits_batch_norm_gamma[j168];
    let v180 = (v178 * v179);
    let v181 = s_logits_batch_norm_beta[j168];
    let v182 = (v180 + v181);
    tmp13[l169] = v182;
  }
  if (j0 + 2u < 10u) {
    let i183 = i0 + 2u;
    let j184 = j0 + 2u;
    let l185 = i183 * 10u + j184;
    let v186 = acc14.z;
    let v187 = s_logits_dense_bias[j184];
    let v188 = (v186 + v187);
    let v189 = s_logits_batch_norm_moving_mean[j184];
    let v190 = (v188 - v189);
    let v191 = s_logits_batch_norm_moving_variance[j184];
    let v192 = (v191 + 0.001);
    let v193 = inverseSqrt(v192);
    let v194 = (v190 * v193);
    let v195 = s_logits_batch_norm_gamma[j184];
    let v196 = (v194 * v195);
    let v197 = s_logits_batch_norm_beta[j184];
    let v198 = (v196 + v197);
    tmp13[l185] = v198;
  }
  if (j0 + 3u < 10u) {
    let i199 = i0 + 2u;
    let j200 = j0 + 3u;
    let l201 = i199 * 10u + j200;
    let v202 = acc14.w;
    let v203 = s_logits_dense_bias[j200];
    let v204 = (v202 + v203);
    let v205 = s_logits_batch_norm_moving_mean[j200];
    let v206 = (v204 - v205);
    let v207 = s_logits_batch_norm_moving_variance[j200];
    let v208 = (v207 + 0.001);
    let v209 = inverseSqrt(v208);
    let v210 = (v206 * v209);
    let v211 = s_logits_batch_norm_gamma[j200];
    let v212 = (v210 * v211);
    let v213 = s_logits_batch_norm_beta[j200];
    let v214 = (v212 + v213);
    tmp13[l201] = v214;
  }
  {
    let i215 = i0 + 3u;
    let l216 = i215 * 10u + j0;
    let v217 = acc15.x;
    let v218 = s_logits_dense_bias[j0];
    let v219 = (v217 + v218);
    let v220 = s_logits_batch_norm_moving_mean[j0];
    let v221 = (v219 - v220);
    let v222 = s_logits_batch_norm_moving_variance[j0];
    let v223 = (v222 + 0.001);
    let v224 = inverseSqrt(v223);
    let v225 = (v221 * v224);
    let v226 = s_logits_batch_norm_gamma[j0];
    let v227 = (v225 * v226);
    let v228 = s_logits_batch_norm_beta[j0];
    let v229 = (v227 + v228);
    tmp13[l216] = v229;
  }
  if (j0 + 1u < 10u) {
    let i230 = i0 + 3u;
    let j231 = j0 + 1u;
    let l232 = i230 * 10u + j231;
    let v233 = acc15.y;
    let v234 = s_logits_dense_bias[j231];
    let v235 = (v233 + v234);
    let v236 = s_logits_batch_norm_moving_mean[j231];
    let v237 = (v235 - v236);
    let v238 = s_logits_batch_norm_moving_variance[j231];
    let v239 = (v238 + 0.001);
    let v240 = inverseSqrt(v239);
    let v241 = (v237 * v240);
    let v242 = s_logits_batch_norm_gamma[j231];
    let v243 = (v241 * v242);
    let v244 = s_logits_batch_norm_beta[j231];
    let v245 = (v243 + v244);
    tmp13[l232] = v245;
  }
  if (j0 + 2u < 10u) {
    let i246 = i0 + 3u;
    let j247 = j0 + 2u;
    let l248 = i246 * 10u + j247;
    let v249 = acc15.z;
    let v250 = s_logits_dense_bias[j247];
    let v251 = (v249 + v250);
    let v252 = s_logits_batch_norm_moving_mean[j247];
    let v253 = (v251 - v252);
    let v254 = s_logits_batch_norm_moving_variance[j247];
    let v255 = (v254 + 0.001);
    let v256 = inverseSqrt(v255);
    let v257 = (v253 * v256);
    let v258 = s_logits_batch_norm_gamma[j247];
    let v259 = (v257 * v258);
    let v260 = s_logits_batch_norm_beta[j247];
    let v261 = (v259 + v260);
    tmp13[l248] = v261;
  }
  if (j0 + 3u < 10u) {
    let i262 = i0 + 3u;
    let j263 = j0 + 3u;
    let l264 = i262 * 10u + j263;
    let v265 = acc15.w;
    let v266 = s_logits_dense_bias[j263];
    let v267 = (v265 + v266);
    let v268 = s_logits_batch_norm_moving_mean[j263];
    let v269 = (v267 - v268);
    let v270 = s_logits_batch_norm_moving_variance[j263];
    let v271 = (v270 + 0.001);
    let v272 = inverseSqrt(v271);
    let v273 = (v269 * v272);
    let v274 = s_logits_batch_norm_gamma[j263];
    let v275 = (v273 * v274);
    let v276 = s_logits_batch_norm_beta[j263];
    let v277 = (v275 + v276);
    tmp13[l264] = v277;
  }
  {
    let i278 = i0 + 4u;
    let l279 = i278 * 10u + j0;
    let v280 = acc16.x;
    let v281 = s_logits_dense_bias[j0];
    let v282 = (v280 + v281);
    let v283 = s_logits_batch_norm_moving_mean[j0];
    let v284 = (v282 - v283);
    let v285 = s_logits_batch_norm_moving_variance[j0];
    let v286 = (v285 + 0.001);
    let v287 = inverseSqrt(v286);
    let v288 = (v284 * v287);
    let v289 = s_logits_batch_norm_gamma[j0];
    let v290 = (v288 * v289);
    let v291 = s_logits_batch_norm_beta[j0];
    let v292 = (v290 + v291);
    tmp13[l279] = v292;
  }
  if (j0 + 1u < 10u) {
    let i293 = i0 + 4u;
    let j294 = j0 + 1u;
    let l295 = i293 * 10u + j294;
    let v296 = acc16.y;
    let v297 = s_logits_dense_bias[j294];
    let v298 = (v296 + v297);
    let v299 = s_logits_batch_norm_moving_mean[j294];
    let v300 = (v298 - v299);
    let v301 = s_logits_batch_norm_moving_variance[j294];
    let v302 = (v301 + 0.001);
    let v303 = inverseSqrt(v302);
    let v304 = (v300 * v303);
    let v305 = s_logits_batch_norm_gamma[j294];
    let v306 = (v304 * v305);
    let v307 = s_logits_batch_norm_beta[j294];
    let v308 = (v306 + v307);
    tmp13[l295] = v308;
  }
  if (j0 + 2u < 10u) {
    let i309 = i0 + 4u;
    let j310 = j0 + 2u;
    let l311 = i309 * 10u + j310;
    let v312 = acc16.z;
    let v313 = s_logits_dense_bias[j310];
    let v314 = (v312 + v313);
    let v315 = s_logits_batch_norm_moving_mean[j310];
    let v316 = (v314 - v315);
    let v317 = s_logits_batch_norm_moving_variance[j310];
    let v318 = (v317 + 0.001);
    let v319 = inverseSqrt(v318);
    let v320 = (v316 * v319);
    let v321 = s_logits_batch_norm_gamma[j310];
    let v322 = (v320 * v321);
    let v323 = s_logits_batch_norm_beta[j310];
    let v324 = (v322 + v323);
    tmp13[l311] = v324;
  }
  if (j0 + 3u < 10u) {
    let i325 = i0 + 4u;
    let j326 = j0 + 3u;
    let l327 = i325 * 10u + j326;
    let v328 = acc16.w;
    let v329 = s_logits_dense_bias[j326];
    let v330 = (v328 + v329);
    let v331 = s_logits_batch_norm_moving_mean[j326];
    let v332 = (v330 - v331);
    let v333 = s_logits_batch_norm_moving_variance[j326];
    let v334 = (v333 + 0.001);
    let v335 = inverseSqrt(v334);
    let v336 = (v332 * v335);
    let v337 = s_logits_batch_norm_gamma[j326];
    let v338 = (v336 * v337);
    let v339 = s_logits_batch_norm_beta[j326];
    let v340 = (v338 + v339);
    tmp13[l327] = v340;
  }
  {
    let i341 = i0 + 5u;
    let l342 = i341 * 10u + j0;
    let v343 = acc17.x;
    let v344 = s_logits_dense_bias[j0];
    let v345 = (v343 + v344);
    let v346 = s_logits_batch_norm_moving_mean[j0];
    let v347 = (v345 - v346);
    let v348 = s_logits_batch_norm_moving_variance[j0];
    let v349 = (v348 + 0.001);
    let v350 = inverseSqrt(v349);
    let v351 = (v347 * v350);
    let v352 = s_logits_batch_norm_gamma[j0];
    let v353 = (v351 * v352);
    let v354 = s_logits_batch_norm_beta[j0];
    let v355 = (v353 + v354);
    tmp13[l342] = v355;
  }
  if (j0 + 1u < 10u) {
    let i356 = i0 + 5u;
    let j357 = j0 + 1u;
    let l358 = i356 * 10u + j357;
    let v359 = acc17.y;
    let v360 = s_logits_dense_bias[j357];
    let v361 = (v359 + v360);
    let v362 = s_logits_batch_norm_moving_mean[j357];
    let v363 = (v361 - v362);
    let v364 = s_logits_batch_norm_moving_variance[j357];
    let v365 = (v364 + 0.001);
    let v366 = inverseSqrt(v365);
    let v367 = (v363 * v366);
    let v368 = s_logits_batch_norm_gamma[j357];
    let v369 = (v367 * v368);
    let v370 = s_logits_batch_norm_beta[j357];
    let v371 = (v369 + v370);
    tmp13[l358] = v371;
  }
  if (j0 + 2u < 10u) {
    let i372 = i0 + 5u;
    let j373 = j0 + 2u;
    let l374 = i372 * 10u + j373;
    let v375 = acc17.z;
    let v376 = s_logits_dense_bias[j373];
    let v377 = (v375 + v376);
    let v378 = s_logits_batch_norm_moving_mean[j373];
    let v379 = (v377 - v378);
    let v380 = s_logits_batch_norm_moving_variance[j373];
    let v381 = (v380 + 0.001);
    let v382 = inverseSqrt(v381);
    let v383 = (v379 * v382);
    let v384 = s_logits_batch_norm_gamma[j373];
    let v385 = (v383 * v384);
    let v386 = s_logits_batch_norm_beta[j373];
    let v387 = (v385 + v386);
    tmp13[l374] = v387;
  }
  if (j0 + 3u < 10u) {
    let i388 = i0 + 5u;
    let j389 = j0 + 3u;
    let l390 = i388 * 10u + j389;
    let v391 = acc17.w;
    let v392 = s_logits_dense_bias[j389];
    let v393 = (v391 + v392);
    let v394 = s_logits_batch_norm_moving_mean[j389];
    let v395 = (v393 - v394);
    let v396 = s_logits_batch_norm_moving_variance[j389];
    let v397 = (v396 + 0.001);
    let v398 = inverseSqrt(v397);
    let v399 = (v395 * v398);
    let v400 = s_logits_batch_norm_gamma[j389];
    let v401 = (v399 * v400);
    let v402 = s_logits_batch_norm_beta[j389];
    let v403 = (v401 + v402);
    tmp13[l390] = v403;
  }
  {
    let i404 = i0 + 6u;
    let l405 = i404 * 10u + j0;
    let v406 = acc18.x;
    let v407 = s_logits_dense_bias[j0];
    let v408 = (v406 + v407);
    let v409 = s_logits_batch_norm_moving_mean[j0];
    let v410 = (v408 - v409);
    let v411 = s_logits_batch_norm_moving_variance[j0];
    let v412 = (v411 + 0.001);
    let v413 = inverseSqrt(v412);
    let v414 = (v410 * v413);
    let v415 = s_logits_batch_norm_gamma[j0];
    let v416 = (v414 * v415);
    let v417 = s_logits_batch_norm_beta[j0];
    let v418 = (v416 + v417);
    tmp13[l405] = v418;
  }
  if (j0 + 1u < 10u) {
    let i419 = i0 + 6u;
    let j420 = j0 + 1u;
    let l421 = i419 * 10u + j420;
    let v422 = acc18.y;
    let v423 = s_logits_dense_bias[j420];
    let v424 = (v422 + v423);
    let v425 = s_logits_batch_norm_moving_mean[j420];
    let v426 = (v424 - v425);
    let v427 = s_logits_batch_norm_moving_variance[j420];
    let v428 = (v427 + 0.001);
    let v429 = inverseSqrt(v428);
    let v430 = (v426 * v429);
    let v431 = s_logits_batch_norm_gamma[j420];
    let v432 = (v430 * v431);
    let v433 = s_logits_batch_norm_beta[j420];
    let v434 = (v432 + v433);
    tmp13[l421] = v434;
  }
  if (j0 + 2u < 10u) {
    let i435 = i0 + 6u;
    let j436 = j0 + 2u;
    let l437 = i435 * 10u + j436;
    let v438 = acc18.z;
    let v439 = s_logits_dense_bias[j436];
    let v440 = (v438 + v439);
    let v441 = s_logits_batch_norm_moving_mean[j436];
    let v442 = (v440 - v441);
    let v443 = s_logits_batch_norm_moving_variance[j436];
    let v444 = (v443 + 0.001);
    let v445 = inverseSqrt(v444);
    let v446 = (v442 * v445);
    let v447 = s_logits_batch_norm_gamma[j436];
    let v448 = (v446 * v447);
    let v449 = s_logits_batch_norm_beta[j436];
    let v450 = (v448 + v449);
    tmp13[l437] = v450;
  }
  if (j0 + 3u < 10u) {
    let i451 = i0 + 6u;
    let j452 = j0 + 3u;
    let l453 = i451 * 10u + j452;
    let v454 = acc18.w;
    let v455 = s_logits_dense_bias[j452];
    let v456 = (v454 + v455);
    let v457 = s_logits_batch_norm_moving_mean[j452];
    let v458 = (v456 - v457);
    let v459 = s_logits_batch_norm_moving_variance[j452];
    let v460 = (v459 + 0.001);
    let v461 = inverseSqrt(v460);
    let v462 = (v458 * v461);
    let v463 = s_logits_batch_norm_gamma[j452];
    let v464 = (v462 * v463);
    let v465 = s_logits_batch_norm_beta[j452];
    let v466 = (v464 + v465);
    tmp13[l453] = v466;
  }
  {
    let i467 = i0 + 7u;
    let l468 = i467 * 10u + j0;
    let v469 = acc19.x;
    let v470 = s_logits_dense_bias[j0];
    let v471 = (v469 + v470);
    let v472 = s_logits_batch_norm_moving_mean[j0];
    let v473 = (v471 - v472);
    let v474 = s_logits_batch_norm_moving_variance[j0];
    let v475 = (v474 + 0.001);
    let v476 = inverseSqrt(v475);
    let v477 = (v473 * v476);
    let v478 = s_logits_batch_norm_gamma[j0];
    let v479 = (v477 * v478);
    let v480 = s_logits_batch_norm_beta[j0];
    let v481 = (v479 + v480);
    tmp13[l468] = v481;
  }
  if (j0 + 1u < 10u) {
    let i482 = i0 + 7u;
    let j483 = j0 + 1u;
    let l484 = i482 * 10u + j483;
    let v485 = acc19.y;
    let v486 = s_logits_dense_bias[j483];
    let v487 = (v485 + v486);
    let v488 = s_logits_batch_norm_moving_mean[j483];
    let v489 = (v487 - v488);
    let v490 = s_logits_batch_norm_moving_variance[j483];
    let v491 = (v490 + 0.001);
    let v492 = inverseSqrt(v491);
    let v493 = (v489 * v492);
    let v494 = s_logits_batch_norm_gamma[j483];
    let v495 = (v493 * v494);
    let v496 = s_logits_batch_norm_beta[j483];
    let v497 = (v495 + v496);
    tmp13[l484] = v497;
  }
  if (j0 + 2u < 10u) {
    let i498 = i0 + 7u;
    let j499 = j0 + 2u;
    let l500 = i498 * 10u + j499;
    let v501 = acc19.z;
    let v502 = s_logits_dense_bias[j499];
    let v503 = (v501 + v502);
    let v504 = s_logits_batch_norm_moving_mean[j499];
    let v505 = (v503 - v504);
    let v506 = s_logits_batch_norm_moving_variance[j499];
    let v507 = (v506 + 0.001);
    let v508 = inverseSqrt(v507);
    let v509 = (v505 * v508);
    let v510 = s_logits_batch_norm_gamma[j499];
    let v511 = (v509 * v510);
    let v512 = s_logits_batch_norm_beta[j499];
    let v513 = (v511 + v512);
    tmp13[l500] = v513;
  }
  if (j0 + 3u < 10u) {
    let i514 = i0 + 7u;
    let j515 = j0 + 3u;
    let l516 = i514 * 10u + j515;
    let v517 = acc19.w;
    let v518 = s_logits_dense_bias[j515];
    let v519 = (v517 + v518);
    let v520 = s_logits_batch_norm_moving_mean[j515];
    let v521 = (v519 - v520);
    let v522 = s_logits_batch_norm_moving_variance[j515];
    let v523 = (v522 + 0.001);
    let v524 = inverseSqrt(v523);
    let v525 = (v521 * v524);
    let v526 = s_logits_batch_norm_gamma[j515];
    let v527 = (v525 * v526);
    let v528 = s_logits_batch_norm_beta[j515];
    let v529 = (v527 + v528);
    tmp13[l516] = v529;
  }
}

// ---- 068_reduce_max_loss.wgsl
@group(0) @binding(0) var<storage, read> tmp13: array<f32>;
@group(0) @binding(1) var<storage, read_write> tmp12: array<f32>;

@compute @workgroup_size(64)
fn main(@builtin(global_invocation_id) gid: vec3<u32>) {
  let i = gid.x;
  if (i >= 200u) { return; }
  var acc0: f32 = -3.4028234663852886e38;
  for (var r: u32 = 0u; r < 10u; r = r + 1u) {
    let l1 = i * 10u + r;
    let v2 = tmp13[l1];
    acc0 = max(acc0, v2);
  }
  tmp12[i] = acc0;
}

// ---- 069_reduce_sum_loss.wgsl
@group(0) @binding(0) var<storage, read> tmp13: array<f32>;
@group(0) @binding(1) var<storage, read> tmp12: array<f32>;
@group(0) @binding(2) var<storage, read_write> tmp14: array<f32>;

@compute @workgroup_size(64)
fn main(@builtin(global_invocation_id) gid: vec3<u32>) {
  let i = gid.x;
  if (i >= 200u) { return; }
  var acc0: f32 = 0.0;
  for (var r: u32 = 0u; r < 10u; r = r + 1u) {
    let l1 = i * 10u + r;
    let v2 = tmp13[l1];
    let v3 = tmp12[i];
    let v4 = (v2 - v3);
    let v5 = exp(v4);
    acc0 = acc0 + v5;
  }
  tmp14[i] = acc0;
}

// ---- 070_reduce_sum_loss.wgsl
@group(0) @binding(0) var<storage, read> tmp11: array<f32>;
@group(0) @binding(1) var<storage, read> tmp13: array<f32>;
@group(0) @binding(2) var<storage, read> tmp12: array<f32>;
@group(0) @binding(3) var<storage, read> tmp14: array<f32>;
@group(0) @binding(4) var<storage, read_write> tmp1: array<f32>;

@compute @workgroup_size(64)
fn main(@builtin(global_invocation_id) gid: vec3<u32>) {
  let i = gid.x;
  if (i >= 200u) { return; }
  var acc0: f32 = 0.0;
  for (var r: u32 = 0u; r < 10u; r = r + 1u) {
    let l1 = i * 10u + r;
    let v2 = tmp11[l1];
    let v3 = tmp13[l1];
    let v4 = tmp12[i];
    let v5 = (v3 - v4);
    let v6 = tmp14[i];
    let v7 = log(v6);
    let v8 = (v5 - v7);
    let v9 = (v2 * v8);
    acc0 = acc0 + v9;
  }
  tmp1[i] = acc0;
}

// ---- 071_reduce_sum_accuracy.wgsl
@group(0) @binding(0) var<storage, read> tmp13: array<f32>;
@group(0) @binding(1) var<storage, read> tmp11: array<f32>;
@group(0) @binding(2) var<storage, read_write> tmp12: array<f32>;

@compute @workgroup_size(64)
fn main(@builtin(global_invocation_id) gid: vec3<u32>) {
  let i = gid.x;
  if (i >= 200u) { return; }
  var acc0: f32 = 0.0;
  for (var r: u32 = 0u; r < 10u; r = r + 1u) {
    let l1 = i * 10u + r;
    let v2 = tmp13[l1];
    let v3 = tmp11[l1];
    let v4 = (v2 * v3);
    acc0 = acc0 + v4;
  }
  tmp12[i] = acc0;
}

// ---- 072_reduce_sum_accuracy_x2.wgsl
@group(0) @binding(0) var<storage, read> tmp13: array<f32>;
@group(0) @binding(1) var<storage, read> tmp12: array<f32>;
@group(0) @binding(2) var<storage, read_write> tmp14: array<f32>;
@group(0) @binding(3) var<storage, read_write> tmp2: array<f32>;

@compute @workgroup_size(64)
fn main(@builtin(global_invocation_id) gid: vec3<u32>) {
  let i = gid.x;
  if (i >= 200u) { return; }
  var acc0: f32 = 0.0;
  for (var r: u32 = 0u; r < 10u; r = r + 1u) {
    let l1 = i * 10u + r;
    let v2 = tmp13[l1];
    let v3 = tmp12[i];
    let v4 = select(0.0, 1.0, v2 > v3);
    acc0 = acc0 + v4;
  }
  var acc5: f32 = 0.0;
  for (var r: u32 = 0u; r < 10u; r = r + 1u) {
    let l6 = i * 10u + r;
    let v7 = tmp13[l6];
    let v8 = select(0.0, 1.0, (bitcast<u32>(v7) & 0x7f800000u) != 0x7f800000u);
    let v9 = (1.0 - v8);
    acc5 = acc5 + v9;
  }
  tmp14[i] = acc0;
  tmp2[i] = acc5;
}

// ---- 073_reduce_sum_accuracy_x2.wgsl
@group(0) @binding(0) var<storage, read> tmp14: array<f32>;
@group(0) @binding(1) var<storage, read> tmp2: array<f32>;
@group(0) @binding(2) var<storage, read_write> s_acc_eval_loss: array<f32>;
@group(0) @binding(3) var<storage, read> out_loss: array<f32>;
@group(0) @binding(4) var<storage, read> in_weight: array<f32>;
@group(0) @binding(5) var<storage, read_write> out_accuracy: array<f32>;

@compute @workgroup_size(64)
fn main(@builtin(global_invocation_id) gid: vec3<u32>) {
  let i = gid.x;
  if (i >= 1u) { return; }
  var acc0: f32 = 0.0;
  for (var r: u32 = 0u; r < 200u; r = r + 1u) {
    let v1 = tmp14[r];
    let v2 = select(0.0, 1.0, v1 < 1.0);
    let v3 = tmp2[r];
    let v4 = select(0.0, 1.0, v3 == 0.0);
    let v5 = (v2 * v4);
    acc0 = acc0 + v5;
  }
  let v6 = (acc0 / 200.0);
  let v7 = s_acc_eval_loss[i];
  let v8 = out_loss[i];
  let v9 = in_weight[i];
  let v10 = (v8 * v9);
  let v11 = (v7 + v10);
  out_accuracy[i] = v6;
  s_acc_eval_loss[i] = v11;
}

// ---- 074_add_metrics_x3.wgsl
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

// ---- 075_div_probabilities.wgsl
@group(0) @binding(0) var<storage, read> tmp15: array<f32>;
@group(0) @binding(1) var<storage, read> tmp12: array<f32>;
@group(0) @binding(2) var<storage, read> tmp14: array<f32>;
@group(0) @binding(3) var<storage, read_write> out_probabilities: array<f32>;

@compute @workgroup_size(64)
fn main(@builtin(global_invocation_id) gid: vec3<u32>) {
  let i = gid.x;
  if (i >= 2000u) { return; }
  let v0 = tmp15[i];
  let c1 = (i / 10u);
  let c2 = (i % 10u);
  let v3 = tmp12[c1];
  let v4 = (v0 - v3);
  let v5 = exp(v4);
  let v6 = tmp14[c1];
  let v7 = (v5 / v6);
  out_probabilities[i] = v7;
}
