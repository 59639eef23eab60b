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

// ---- 011_select_hidden1.wgsl
@group(0) @binding(0) var<storage, read> tmp0: array<f32>;
@group(0) @binding(1) var<storage, read_write> tmp1: array<f32>;

@compute @workgroup_size(64)
fn main(@builtin(global_invocation_id) gid: vec3<u32>) {
  let i = gid.x;
  if (i >= 60000u) { return; }
  let v0 = tmp0[i];
  let c1 = (i / 300u);
  let c2 = (i % 300u);
  let v3 = min(v0, 0.0);
  let v4 = exp(v3);
  let v5 = (v4 - 1.0);
  let v6 = select(0.0, 1.0, v0 > 0.0);
  let v7 = select(v5, v0, v6 != 0.0);
  tmp1[i] = v7;
}

// ---- 012_matmul_hidden2_dense.wgsl
@group(0) @binding(0) var<storage, read> tmp1_v4: array<vec4<f32>>;
@group(0) @binding(1) var<storage, read> s_hidden2_dense_kernel_v4: array<vec4<f32>>;
@group(0) @binding(2) var<storage, read_write> tmp2: array<f32>;
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
    tmp2[l44] = v47;
  }
  {
    let j48 = j0 + 1u;
    let l49 = i0 * 100u + j48;
    let v50 = acc12.y;
    let v51 = s_hidden2_dense_bias[j48];
    let v52 = (v50 + v51);
    tmp2[l49] = v52;
  }
  {
    let j53 = j0 + 2u;
    let l54 = i0 * 100u + j53;
    let v55 = acc12.z;
    let v56 = s_hidden2_dense_bias[j53];
    let v57 = (v55 + v56);
    tmp2[l54] = v57;
  }
  {
    let j58 = j0 + 3u;
    let l59 = i0 * 100u + j58;
    let v60 = acc12.w;
    let v61 = s_hidden2_dense_bias[j58];
    let v62 = (v60 + v61);
    tmp2[l59] = v62;
  }
  {
    let i63 = i0 + 1u;
    let l64 = i63 * 100u + j0;
    let v65 = acc13.x;
    let v66 = s_hidden2_dense_bias[j0];
    let v67 = (v65 + v66);
    tmp2[l64] = v67;
  }
  {
    let i68 = i0 + 1u;
    let j69 = j0 + 1u;
    let l70 = i68 * 100u + j69;
    let v71 = acc13.y;
    let v72 = s_hidden2_dense_bias[j69];
    let v73 = (v71 + v72);
    tmp2[l70] = v73;
  }
  {
    let i74 = i0 + 1u;
    let j75 = j0 + 2u;
    let l76 = i74 * 100u + j75;
    let v77 = acc13.z;
    let v78 = s_hidden2_dense_bias[j75];
    let v79 = (v77 + v78);
    tmp2[l76] = v79;
  }
  {
    let i80 = i0 + 1u;
    let j81 = j0 + 3u;
    let l82 = i80 * 100u + j81;
    let v83 = acc13.w;
    let v84 = s_hidden2_dense_bias[j81];
    let v85 = (v83 + v84);
    tmp2[l82] = v85;
  }
  {
    let i86 = i0 + 2u;
    let l87 = i86 * 100u + j0;
    let v88 = acc14.x;
    let v89 = s_hidden2_dense_bias[j0];
    let v90 = (v88 + v89);
    tmp2[l87] = v90;
  }
  {
    let i91 = i0 + 2u;
    let j92 = j0 + 1u;
    let l93 = i91 * 100u + j92;
    let v94 = acc14.y;
    let v95 = s_hidden2_dense_bias[j92];
    let v96 = (v94 + v95);
    tmp2[l93] = v96;
  }
  {
    let i97 = i0 + 2u;
    let j98 = j0 + 2u;
    let l99 = i97 * 100u + j98;
    let v100 = acc14.z;
    let v101 = s_hidden2_dense_bias[j98];
    let v102 = (v100 + v101);
    tmp2[l99] = v102;
  }
  {
    let i103 = i0 + 2u;
    let j104 = j0 + 3u;
    let l105 = i103 * 100u + j104;
    let v106 = acc14.w;
    let v107 = s_hidden2_dense_bias[j104];
    let v108 = (v106 + v107);
    tmp2[l105] = v108;
  }
  {
    let i109 = i0 + 3u;
    let l110 = i109 * 100u + j0;
    let v111 = acc15.x;
    let v112 = s_hidden2_dense_bias[j0];
    let v113 = (v111 + v112);
    tmp2[l110] = v113;
  }
  {
    let i114 = i0 + 3u;
    let j115 = j0 + 1u;
    let l116 = i114 * 100u + j115;
    let v117 = acc15.y;
    let v118 = s_hidden2_dense_bias[j115];
    let v119 = (v117 + v118);
    tmp2[l116] = v119;
  }
  {
    let i120 = i0 + 3u;
    let j121 = j0 + 2u;
    let l122 = i120 * 100u + j121;
    let v123 = acc15.z;
    let v124 = s_hidden2_dense_bias[j121];
    let v125 = (v123 + v124);
    tmp2[l122] = v125;
  }
  {
    let i126 = i0 + 3u;
    let j127 = j0 + 3u;
    let l128 = i126 * 100u + j127;
    let v129 = acc15.w;
    let v130 = s_hidden2_dense_bias[j127];
    let v131 = (v129 + v130);
    tmp2[l128] = v131;
  }
  {
    let i132 = i0 + 4u;
    let l133 = i132 * 100u + j0;
    let v134 = acc16.x;
    let v135 = s_hidden2_dense_bias[j0];
    let v136 = (v134 + v135);
    tmp2[l133] = v136;
  }
  {
    let i137 = i0 + 4u;
    let j138 = j0 + 1u;
    let l139 = i137 * 100u + j138;
    let v140 = acc16.y;
    let v141 = s_hidden2_dense_bias[j138];
    let v142 = (v140 + v141);
    tmp2[l139] = v142;
  }
  {
    let i143 = i0 + 4u;
    let j144 = j0 + 2u;
    let l145 = i143 * 100u + j144;
    let v146 = acc16.z;
    let v147 = s_hidden2_dense_bias[j144];
    let v148 = (v146 + v147);
    tmp2[l145] = v148;
  }
  {
    let i149 = i0 + 4u;
    let j150 = j0 + 3u;
    let l151 = i149 * 100u + j150;
    let v152 = acc16.w;
    let v153 = s_hidden2_dense_bias[j150];
    let v154 = (v152 + v153);
    tmp2[l151] = v154;
  }
  {
    let i155 = i0 + 5u;
    let l156 = i155 * 100u + j0;
    let v157 = acc17.x;
    let v158 = s_hidden2_dense_bias[j0];
    let v159 = (v157 + v158);
    tmp2[l156] = v159;
  }
  {
    let i160 = i0 + 5u;
    let j161 = j0 + 1u;
    let l162 = i160 * 100u + j161;
    let v163 = acc17.y;
    let v164 = s_hidden2_dense_bias[j161];
    let v165 = (v163 + v164);
    tmp2[l162] = v165;
  }
  {
    let i166 = i0 + 5u;
    let j167 = j0 + 2u;
    let l168 = i166 * 100u + j167;
    let v169 = acc17.z;
    let v170 = s_hidden2_dense_bias[j167];
    let v171 = (v169 + v170);
    tmp2[l168] = v171;
  }
  {
    let i172 = i0 + 5u;
    let j173 = j0 + 3u;
    let l174 = i172 * 100u + j173;
    let v175 = acc17.w;
    let v176 = s_hidden2_dense_bias[j173];
    let v177 = (v175 + v176);
    tmp2[l174] = v177;
  }
  {
    let i178 = i0 + 6u;
    let l179 = i178 * 100u + j0;
    let v180 = acc18.x;
    let v181 = s_hidden2_dense_bias[j0];
    let v182 = (v180 + v181);
    tmp2[l179] = v182;
  }
  {
    let i183 = i0 + 6u;
    let j184 = j0 + 1u;
    let l185 = i183 * 100u + j184;
    let v186 = acc18.y;
    let v187 = s_hidden2_dense_bias[j184];
    let v188 = (v186 + v187);
    tmp2[l185] = v188;
  }
  {
    let i189 = i0 + 6u;
    let j190 = j0 + 2u;
    let l191 = i189 * 100u + j190;
    let v192 = acc18.z;
    let v193 = s_hidden2_dense_bias[j190];
    let v194 = (v192 + v193);
    tmp2[l191] = v194;
  }
  {
    let i195 = i0 + 6u;
    let j196 = j0 + 3u;
    let l197 = i195 * 100u + j196;
    let v198 = acc18.w;
    let v199 = s_hidden2_dense_bias[j196];
    let v200 = (v198 + v199);
    tmp2[l197] = v200;
  }
  {
    let i201 = i0 + 7u;
    let l202 = i201 * 100u + j0;
    let v203 = acc19.x;
    let v204 = s_hidden2_dense_bias[j0];
    let v205 = (v203 + v204);
    tmp2[l202] = v205;
  }
  {
    let i206 = i0 + 7u;
    let j207 = j0 + 1u;
    let l208 = i206 * 100u + j207;
    let v209 = acc19.y;
    let v210 = s_hidden2_dense_bias[j207];
    let v211 = (v209 + v210);
    tmp2[l208] = v211;
  }
  {
    let i212 = i0 + 7u;
    let j213 = j0 + 2u;
    let l214 = i212 * 100u + j213;
    let v215 = acc19.z;
    let v216 = s_hidden2_dense_bias[j213];
    let v217 = (v215 + v216);
    tmp2[l214] = v217;
  }
  {
    let i218 = i0 + 7u;
    let j219 = j0 + 3u;
    let l220 = i218 * 100u + j219;
    let v221 = acc19.w;
    let v222 = s_hidden2_dense_bias[j219];
    let v223 = (v221 + v222);
    tmp2[l220] = v223;
  }
}

// ---- 013_select_hidden2.wgsl
@group(0) @binding(0) var<storage, read> tmp2: array<f32>;
@group(0) @binding(1) var<storage, read_write> tmp3: array<f32>;

@compute @workgroup_size(64)
fn main(@builtin(global_invocation_id) gid: vec3<u32>) {
  let i = gid.x;
  if (i >= 20000u) { return; }
  let v0 = tmp2[i];
  let c1 = (i / 100u);
  let c2 = (i % 100u);
  let v3 = min(v0, 0.0);
  let v4 = exp(v3);
  let v5 = (v4 - 1.0);
  let v6 = select(0.0, 1.0, v0 > 0.0);
  let v7 = select(v5, v0, v6 != 0.0);
  tmp3[i] = v7;
}

// ---- 014_matmul_logits_dense.wgsl
@group(0) @binding(0) var<storage, read> tmp3: array<f32>;
@group(0) @binding(1) var<storage, read> s_logits_dense_kernel: array<f32>;
@group(0) @binding(2) var<storage, read_write> tmp4: array<f32>;
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
    acc12 = acc12 + tmp3[ra20 + k] * bv29;
    acc13 = acc13 + tmp3[ra21 + k] * bv29;
    acc14 = acc14 + tmp3[ra22 + k] * bv29;
    acc15 = acc15 + tmp3[ra23 + k] * bv29;
    acc16 = acc16 + tmp3[ra24 + k] * bv29;
    acc17 = acc17 + tmp3[ra25 + k] * bv29;
    acc18 = acc18 + tmp3[ra26 + k] * bv29;
    acc19 = acc19 + tmp3[ra27 + k] * bv29;
  }
  {
    let l30 = i0 * 10u + j0;
    let v31 = acc12.x;
    let v32 = s_logits_dense_bias[j0];
    let v33 = (v31 + v32);
    tmp4[l30] = v33;
  }
  if (j0 + 1u < 10u) {
    let j34 = j0 + 1u;
    let l35 = i0 * 10u + j34;
    let v36 = acc12.y;
    let v37 = s_logits_dense_bias[j34];
    let v38 = (v36 + v37);
    tmp4[l35] = v38;
  }
  if (j0 + 2u < 10u) {
    let j39 = j0 + 2u;
    let l40 = i0 * 10u + j39;
    let v41 = acc12.z;
    let v42 = s_logits_dense_bias[j39];
    let v43 = (v41 + v42);
    tmp4[l40] = v43;
  }
  if (j0 + 3u < 10u) {
    let j44 = j0 + 3u;
    let l45 = i0 * 10u + j44;
    let v46 = acc12.w;
    let v47 = s_logits_dense_bias[j44];
    let v48 = (v46 + v47);
    tmp4[l45] = v48;
  }
  {
    let i49 = i0 + 1u;
    let l50 = i49 * 10u + j0;
    let v51 = acc13.x;
    let v52 = s_logits_dense_bias[j0];
    let v53 = (v51 + v52);
    tmp4[l50] = v53;
  }
  if (j0 + 1u < 10u) {
    let i54 = i0 + 1u;
    let j55 = j0 + 1u;
    let l56 = i54 * 10u + j55;
    let v57 = acc13.y;
    let v58 = s_logits_dense_bias[j55];
    let v59 = (v57 + v58);
    tmp4[l56] = v59;
  }
  if (j0 + 2u < 10u) {
    let i60 = i0 + 1u;
    let j61 = j0 + 2u;
    let l62 = i60 * 10u + j61;
    let v63 = acc13.z;
    let v64 = s_logits_dense_bias[j61];
    let v65 = (v63 + v64);
    tmp4[l62] = v65;
  }
  if (j0 + 3u < 10u) {
    let i66 = i0 + 1u;
    let j67 = j0 + 3u;
    let l68 = i66 * 10u + j67;
    let v69 = acc13.w;
    let v70 = s_logits_dense_bias[j67];
    let v71 = (v69 + v70);
    tmp4[l68] = v71;
  }
  {
    let i72 = i0 + 2u;
    let l73 = i72 * 10u + j0;
    let v74 = acc14.x;
    let v75 = s_logits_dense_bias[j0];
    let v76 = (v74 + v75);
    tmp4[l73] = v76;
  }
  if (j0 + 1u < 10u) {
    let i77 = i0 + 2u;
    let j78 = j0 + 1u;
    let l79 = i77 * 10u + j78;
    let v80 = acc14.y;
    let v81 = s_logits_dense_bias[j78];
    let v82 = (v80 + v81);
    tmp4[l79] = v82;
  }
  if (j0 + 2u < 10u) {
    let i83 = i0 + 2u;
    let j84 = j0 + 2u;
    let l85 = i83 * 10u + j84;
    let v86 = acc14.z;
    let v87 = s_logits_dense_bias[j84];
    let v88 = (v86 + v87);
    tmp4[l85] = v88;
  }
  if (j0 + 3u < 10u) {
    let i89 = i0 + 2u;
    let j90 = j0 + 3u;
    let l91 = i89 * 10u + j90;
    let v92 = acc14.w;
    let v93 = s_logits_dense_bias[j90];
    let v94 = (v92 + v93);
    tmp4[l91] = v94;
  }
  {
    let i95 = i0 + 3u;
    let l96 = i95 * 10u + j0;
    let v97 = acc15.x;
    let v98 = s_logits_dense_bias[j0];
    let v99 = (v97 + v98);
    tmp4[l96] = v99;
  }
  if (j0 + 1u < 10u) {
    let i100 = i0 + 3u;
    let j101 = j0 + 1u;
    let l102 = i100 * 10u + j101;
    let v103 = acc15.y;
    let v104 = s_logits_dense_bias[j101];
    let v105 = (v103 + v104);
    tmp4[l102] = v105;
  }
  if (j0 + 2u < 10u) {
    let i106 = i0 + 3u;
    let j107 = j0 + 2u;
    let l108 = i106 * 10u + j107;
    let v109 = acc15.z;
    let v110 = s_logits_dense_bias[j107];
    let v111 = (v109 + v110);
    tmp4[l108] = v111;
  }
  if (j0 + 3u < 10u) {
    let i112 = i0 + 3u;
    let j113 = j0 + 3u;
    let l114 = i112 * 10u + j113;
    let v115 = acc15.w;
    let v116 = s_logits_dense_bias[j113];
    let v117 = (v115 + v116);
    tmp4[l114] = v117;
  }
  {
    let i118 = i0 + 4u;
    let l119 = i118 * 10u + j0;
    let v120 = acc16.x;
    let v121 = s_logits_dense_bias[j0];
    let v122 = (v120 + v121);
    tmp4[l119] = v122;
  }
  if (j0 + 1u < 10u) {
    let i123 = i0 + 4u;
    let j124 = j0 + 1u;
    let l125 = i123 * 10u + j124;
    let v126 = acc16.y;
    let v127 = s_logits_dense_bias[j124];
    let v128 = (v126 + v127);
    tmp4[l125] = v128;
  }
  if (j0 + 2u < 10u) {
    let i129 = i0 + 4u;
    let j130 = j0 + 2u;
    let l131 = i129 * 10u + j130;
    let v132 = acc16.z;
    let v133 = s_logits_dense_bias[j130];
    let v134 = (v132 + v133);
    tmp4[l131] = v134;
  }
  if (j0 + 3u < 10u) {
    let i135 = i0 + 4u;
    let j136 = j0 + 3u;
    let l137 = i135 * 10u + j136;
    let v138 = acc16.w;
    let v139 = s_logits_dense_bias[j136];
    let v140 = (v138 + v139);
    tmp4[l137] = v140;
  }
  {
    let i141 = i0 + 5u;
    let l142 = i141 * 10u + j0;
    let v143 = acc17.x;
    let v144 = s_logits_dense_bias[j0];
    let v145 = (v143 + v144);
    tmp4[l142] = v145;
  }
  if (j0 + 1u < 10u) {
    let i146 = i0 + 5u;
    let j147 = j0 + 1u;
    let l148 = i146 * 10u + j147;
    let v149 = acc17.y;
    let v150 = s_logits_dense_bias[j147];
    let v151 = (v149 + v150);
    tmp4[l148] = v151;
  }
  if (j0 + 2u < 10u) {
    let i152 = i0 + 5u;
    let j153 = j0 + 2u;
    let l154 = i152 * 10u + j153;
    let v155 = acc17.z;
    let v156 = s_logits_dense_bias[j153];
    let v157 = (v155 + v156);
    tmp4[l154] = v157;
  }
  if (j0 + 3u < 10u) {
    let i158 = i0 + 5u;
    let j159 = j0 + 3u;
    let l160 = i158 * 10u + j159;
    let v161 = acc17.w;
    let v162 = s_logits_dense_bias[j159];
    let v163 = (v161 + v162);
    tmp4[l160] = v163;
  }
  {
    let i164 = i0 + 6u;
    let l165 = i164 * 10u + j0;
    let v166 = acc18.x;
    let v167 = s_logits_dense_bias[j0];
    let v168 = (v166 + v167);
    tmp4[l165] = v168;
  }
  if (j0 + 1u < 10u) {
    let i169 = i0 + 6u;
    let j170 = j0 + 1u;
    let l171 = i169 * 10u + j170;
    let v172 = acc18.y;
    let v173 = s_logits_dense_bias[j170];
    let v174 = (v172 + v173);
    tmp4[l171] = v174;
  }
  if (j0 + 2u < 10u) {
    let i175 = i0 + 6u;
    let j176 = j0 + 2u;
    let l177 = i175 * 10u + j176;
    let v178 = acc18.z;
    let v179 = s_logits_dense_bias[j176];
    let v180 = (v178 + v179);
    tmp4[l177] = v180;
  }
  if (j0 + 3u < 10u) {
    let i181 = i0 + 6u;
    let j182 = j0 + 3u;
    let l183 = i181 * 10u + j182;
    let v184 = acc18.w;
    let v185 = s_logits_dense_bias[j182];
    let v186 = (v184 + v185);
    tmp4[l183] = v186;
  }
  {
    let i187 = i0 + 7u;
    let l188 = i187 * 10u + j0;
    let v189 = acc19.x;
    let v190 = s_logits_dense_bias[j0];
    let v191 = (v189 + v190);
    tmp4[l188] = v191;
  }
  if (j0 + 1u < 10u) {
    let i192 = i0 + 7u;
    let j193 = j0 + 1u;
    let l194 = i192 * 10u + j193;
    let v195 = acc19.y;
    let v196 = s_logits_dense_bias[j193];
    let v197 = (v195 + v196);
    tmp4[l194] = v197;
  }
  if (j0 + 2u < 10u) {
    let i198 = i0 + 7u;
    let j199 = j0 + 2u;
    let l200 = i198 * 10u + j199;
    let v201 = acc19.z;
    let v202 = s_logits_dense_bias[j199];
    let v203 = (v201 + v202);
    tmp4[l200] = v203;
  }
  if (j0 + 3u < 10u) {
    let i204 = i0 + 7u;
    let j205 = j0 + 3u;
    let l206 = i204 * 10u + j205;
    let v207 = acc19.w;
    let v208 = s_logits_dense_bias[j205];
    let v209 = (v207 + v208);
    tmp4[l206] = v209;
  }
}

// ---- 015_reduce_sum_logits_batch_norm.wgsl
@group(0) @binding(0) var<storage, read> tmp4: array<f32>;
@group(0) @binding(1) var<storage, read_write> tmp5: array<f32>;

@compute @workgroup_size(64)
fn main(@builtin(global_invocation_id) gid: vec3<u32>) {
  let i = gid.x;
  if (i >= 10u) { return; }
  var acc0: f32 = 0.0;
  for (var r: u32 = 0u; r < 200u; r = r + 1u) {
    let l1 = r * 10u + i;
    let v2 = tmp4[l1];
    acc0 = acc0 + v2;
  }
  let v3 = (acc0 / 200.0);
  tmp5[i] = v3;
}

// ---- 016_reduce_sum_logits_batch_norm_x2.wgsl
@group(0) @binding(0) var<storage, read> tmp4: array<f32>;
@group(0) @binding(1) var<storage, read> tmp5: array<f32>;
@group(0) @binding(2) var<storage, read_write> s_logits_batch_norm_moving_mean: array<f32>;
@group(0) @binding(3) var<storage, read_write> tmp6: array<f32>;

@compute @workgroup_size(64)
fn main(@builtin(global_invocation_id) gid: vec3<u32>) {
  let i = gid.x;
  if (i >= 10u) { return; }
  var acc0: f32 = 0.0;
  for (var r: u32 = 0u; r < 200u; r = r + 1u) {
    let l1 = r * 10u + i;
    let v2 = tmp4[l1];
    let v3 = tmp5[i];
    let v4 = (v2 - v3);
    let v5 = (v4 * v4);
    acc0 = acc0 + v5;
  }
  let v6 = (acc0 / 200.0);
  let v7 = s_logits_batch_norm_moving_mean[i];
  let v8 = (v7 * 0.9);
  let v9 = tmp5[i];
  let v10 = (v9 * 0.09999999999999998);
  let v11 = (v8 + v10);
  tmp6[i] = v6;
  s_logits_batch_norm_moving_mean[i] = v11;
}

// ---- 017_add_logits_batch_norm.wgsl
@group(0) @binding(0) var<storage, read_write> s_logits_batch_norm_moving_variance: array<f32>;
@group(0) @binding(1) var<storage, read> tmp6: array<f32>;

@compute @workgroup_size(64)
fn main(@builtin(global_invocation_id) gid: vec3<u32>) {
  let i = gid.x;
  if (i >= 10u) { return; }
  let v0 = s_logits_batch_norm_moving_variance[i];
  let v1 = (v0 * 0.9);
  let v2 = tmp6[i];
  let v3 = (v2 * 0.09999999999999998);
  let v4 = (v1 + v3);
  s_logits_batch_norm_moving_variance[i] = v4;
}

// ---- 018_one_hot_loss.wgsl
@group(0) @binding(0) var<storage, read> in_y: array<i32>;
@group(0) @binding(1) var<storage, read_write> tmp7: array<f32>;

@compute @workgroup_size(64)
fn main(@builtin(global_invocation_id) gid: vec3<u32>) {
  let i = gid.x;
  if (i >= 2000u) { return; }
  let c0 = (i / 10u);
  let c1 = (i % 10u);
  let v2 = in_y[c0];
  let v3 = select(0.0, 1.0, i32(c1) == v2);
  tmp7[i] = v3;
}

// ---- 019_reduce_max_loss.wgsl
@group(0) @binding(0) var<storage, read> tmp4: array<f32>;
@group(0) @binding(1) var<storage, read> tmp5: array<f32>;
@group(0) @binding(2) var<storage, read> tmp6: array<f32>;
@group(0) @binding(3) var<storage, read> s_logits_batch_norm_gamma: array<f32>;
@group(0) @binding(4) var<storage, read> s_logits_batch_norm_beta: array<f32>;
@group(0) @binding(5) var<storage, read_write> tmp8: array<f32>;

@compute @workgroup_size(64)
fn main(@builtin(global_invocation_id) gid: vec3<u32>) {
  let i = gid.x;
  if (i >= 200u) { return; }
  var acc0: f32 = -3.4028234663852886e38;
  for (var r: u32 = 0u; r < 10u; r = r + 1u) {
    let l1 = i * 10u + r;
    let v2 = tmp4[l1];
    let v3 = tmp5[r];
    let v4 = (v2 - v3);
    let v5 = tmp6[r];
    let v6 = (v5 + 0.001);
    let v7 = inverseSqrt(v6);
    let v8 = (v4 * v7);
    let v9 = s_logits_batch_norm_gamma[r];
    let v10 = (v8 * v9);
    let v11 = s_logits_batch_norm_beta[r];
    let v12 = (v10 + v11);
    acc0 = max(acc0, v12);
  }
  tmp8[i] = acc0;
}

// ---- 020_exp_loss.wgsl
@group(0) @binding(0) var<storage, read> tmp4: array<f32>;
@group(0) @binding(1) var<storage, read> tmp5: array<f32>;
@group(0) @binding(2) var<storage, read> tmp6: array<f32>;
@group(0) @binding(3) var<storage, read> s_logits_batch_norm_gamma: array<f32>;
@group(0) @binding(4) var<storage, read> s_logits_batch_norm_beta: array<f32>;
@group(0) @binding(5) var<storage, read> tmp8: array<f32>;
@group(0) @binding(6) var<storage, read_write> tmp9: array<f32>;

@compute @workgroup_size(64)
fn main(@builtin(global_invocation_id) gid: vec3<u32>) {
  let i = gid.x;
  if (i >= 2000u) { return; }
  let v0 = tmp4[i];
  let c1 = (i / 10u);
  let c2 = (i % 10u);
  let v3 = tmp5[c2];
  let v4 = (v0 - v3);
  let v5 = tmp6[c2];
  let v6 = (v5 + 0.001);
  let v7 = inverseSqrt(v6);
  let v8 = (v4 * v7);
  let v9 = s_logits_batch_norm_gamma[c2];
  let v10 = (v8 * v9);
  let v11 = s_logits_batch_norm_beta[c2];
  let v12 = (v10 + v11);
  let v13 = tmp8[c1];
  let v14 = (v12 - v13);
  let v15 = exp(v14);
  tmp9[i] = v15;
}

// ---- 021_reduce_sum_loss.wgsl
@group(0) @binding(0) var<storage, read> tmp9: array<f32>;
@group(0) @binding(1) var<storage, read_write> tmp10: array<f32>;

@compute @workgroup_size(64)
fn main(@builtin(global_invocation_id) gid: vec3<u32>) {
  let i = gid.x;
  if (i >= 200u) { return; }
  var acc0: f32 = 0.0;
  for (var r: u32 = 0u; r < 10u; r = r + 1u) {
    let l1 = i * 10u + r;
    let v2 = tmp9[l1];
    acc0 = acc0 + v2;
  }
  tmp10[i] = acc0;
}

// ---- 022_sub_loss.wgsl
@group(0) @binding(0) var<storage, read> tmp4: array<f32>;
@group(0) @binding(1) var<storage, read> tmp5: array<f32>;
@group(0) @binding(2) var<storage, read> tmp6: array<f32>;
@group(0) @binding(3) var<storage, read> s_logits_batch_norm_gamma: array<f32>;
@group(0) @binding(4) var<storage, read> s_logits_batch_norm_beta: array<f32>;
@group(0) @binding(5) var<storage, read> tmp8: array<f32>;
@group(0) @binding(6) var<storage, read> tmp10: array<f32>;
@group(0) @binding(7) var<storage, read_write> tmp11: array<f32>;

@compute @workgroup_size(64)
fn main(@builtin(global_invocation_id) gid: vec3<u32>) {
  let i = gid.x;
  if (i >= 2000u) { return; }
  let v0 = tmp4[i];
  let c1 = (i / 10u);
  let c2 = (i % 10u);
  let v3 = tmp5[c2];
  let v4 = (v0 - v3);
  let v5 = tmp6[c2];
  let v6 = (v5 + 0.001);
  let v7 = inverseSqrt(v6);
  let v8 = (v4 * v7);
  let v9 = s_logits_batch_norm_gamma[c2];
  let v10 = (v8 * v9);
  let v11 = s_logits_batch_norm_beta[c2];
  let v12 = (v10 + v11);
  let v13 = tmp8[c1];
  let v14 = (v12 - v13);
  let v15 = tmp10[c1];
  let v16 = log(v15);
  let v17 = (v14 - v16);
  tmp11[i] = v17;
}

// ---- 023_mul_loss.wgsl
@group(0) @binding(0) var<storage, read> tmp7: array<f32>;
@group(0) @binding(1) var<storage, read> tmp11: array<f32>;
@group(0) @binding(2) var<storage, read_write> tmp12: array<f32>;

@compute @workgroup_size(64)
fn main(@builtin(global_invocation_id) gid: vec3<u32>) {
  let i = gid.x;
  if (i >= 2000u) { return; }
  let v0 = tmp7[i];
  let v1 = tmp11[i];
  let v2 = (v0 * v1);
  tmp12[i] = v2;
}

// ---- 024_reduce_sum_loss.wgsl
@group(0) @binding(0) var<storage, read> tmp8: array<f32>;
@group(0) @binding(1) var<storage, read_write> out_loss: array<f32>;

@compute @workgroup_size(64)
fn main(@builtin(global_invocation_id) gid: vec3<u32>) {
  let i = gid.x;
  if (i >= 1u) { return; }
  var acc0: f32 = 0.0;
  for (var r: u32 = 0u; r < 200u; r = r + 1u) {
    let v1 = tmp8[r];
    let v2 = (-v1);
    acc0 = acc0 + v2;
  }
  let v3 = (acc0 / 200.0);
  out_loss[i] = v3;
}

// ---- 025_reduce_sum_accuracy.wgsl
@group(0) @binding(0) var<storage, read> tmp4: array<f32>;
@group(0) @binding(1) var<storage, read> tmp5: array<f32>;
@group(0) @binding(2) var<storage, read> tmp6: array<f32>;
@group(0) @binding(3) var<storage, read> s_logits_batch_norm_gamma: array<f32>;
@group(0) @binding(4) var<storage, read> s_logits_batch_norm_beta: array<f32>;
@group(0) @binding(5) var<storage, read> tmp7: array<f32>;
@group(0) @binding(6) var<storage, read_write> tmp8: array<f32>;

@compute @workgroup_size(64)
fn main(@builtin(global_invocation_id) gid: vec3<u32>) {
  let i = gid.x;
  if (i >= 200u) { return; }
  var acc0: f32 = 0.0;
  for (var r: u32 = 0u; r < 10u; r = r + 1u) {
    let l1 = i * 10u + r;
    let v2 = tmp4[l1];
    let v3 = tmp5[r];
    let v4 = (v2 - v3);
    let v5 = tmp6[r];
    let v6 = (v5 + 0.001);
    let v7 = inverseSqrt(v6);
    let v8 = (v4 * v7);
    let v9 = s_logits_batch_norm_gamma[r];
    let v10 = (v8 * v9);
    let v11 = s_logits_batch_norm_beta[r];
    let v12 = (v10 + v11);
    let v13 = tmp7[l1];
    let v14 = (v12 * v13);
    acc0 = acc0 + v14;
  }
  tmp8[i] = acc0;
}

// ---- 026_reduce_sum_accuracy_x2.wgsl
@group(0) @binding(0) var<storage, read> tmp4: array<f32>;
@group(0) @binding(1) var<storage, read> tmp5: array<f32>;
@group(0) @binding(2) var<storage, read> tmp6: array<f32>;
@group(0) @binding(3) var<storage, read> s_logits_batch_norm_gamma: array<f32>;
@group(0) @binding(4) var<storage, read> s_logits_batch_norm_beta: array<f32>;
@group(0) @binding(5) var<storage, read> tmp8: array<f32>;
@group(0) @binding(6) var<storage, read_write> tmp11: array<f32>;
@group(0) @binding(7) var<storage, read_write> tmp12: array<f32>;

@compute @workgroup_size(64)
fn main(@builtin(global_invocation_id) gid: vec3<u32>) {
  let i = gid.x;
  if (i >= 200u) { return; }
  var acc0: f32 = 0.0;
  for (var r: u32 = 0u; r < 10u; r = r + 1u) {
    let l1 = i * 10u + r;
    let v2 = tmp4[l1];
    let v3 = tmp5[r];
    let v4 = (v2 - v3);
    let v5 = tmp6[r];
    let v6 = (v5 + 0.001);
    let v7 = inverseSqrt(v6);
    let v8 = (v4 * v7);
    let v9 = s_logits_batch_norm_gamma[r];
    let v10 = (v8 * v9);
    let v11 = s_logits_batch_norm_beta[r];
    let v12 = (v10 + v11);
    let v13 = tmp8[i];
    let v14 = select(0.0, 1.0, v12 > v13);
    acc0 = acc0 + v14;
  }
  var acc15: f32 = 0.0;
  for (var r: u32 = 0u; r < 10u; r = r + 1u) {
    let l16 = i * 10u + r;
    let v17 = tmp4[l16];
    let v18 = tmp5[r];
    let v19 = (v17 - v18);
    let v20 = tmp6[r];
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
  tmp11[i] = acc0;
  tmp12[i] = acc15;
}

// ---- 027_reduce_sum_accuracy.wgsl
@group(0) @binding(0) var<storage, read> tmp11: array<f32>;
@group(0) @binding(1) var<storage, read> tmp12: array<f32>;
@group(0) @binding(2) var<storage, read_write> out_accuracy: array<f32>;

@compute @workgroup_size(64)
fn main(@builtin(global_invocation_id) gid: vec3<u32>) {
  let i = gid.x;
  if (i >= 1u) { return; }
  var acc0: f32 = 0.0;
  for (var r: u32 = 0u; r < 200u; r = r + 1u) {
    let v1 = tmp11[r];
    let v2 = select(0.0, 1.0, v1 < 1.0);
    let v3 = tmp12[r];
    let v4 = select(0.0, 1.0, v3 == 0.0);
    let v5 = (v2 * v4);
    acc0 = acc0 + v5;
  }
  let v6 = (acc0 / 200.0);
  out_accuracy[i] = v6;
}

// ---- 028_mul_loss_grad.wgsl
@group(0) @binding(0) var<storage, read> tmp7: array<f32>;
@group(0) @binding(1) var<storage, read_write> tmp11: array<f32>;

@compute @workgroup_size(64)
fn main(@builtin(global_invocation_id) gid: vec3<u32>) {
  let i = gid.x;
  if (i >= 2000u) { return; }
  let v0 = tmp7[i];
  let v1 = ((-0.005) * v0);
  tmp11[i] = v1;
}

// ---- 029_reduce_sum_loss_grad.wgsl
@group(0) @binding(0) var<storage, read> tmp11: array<f32>;
@group(0) @binding(1) var<storage, read_write> tmp8: array<f32>;

@compute @workgroup_size(64)
fn main(@builtin(global_invocation_id) gid: vec3<u32>) {
  let i = gid.x;
  if (i >= 200u) { return; }
  var acc0: f32 = 0.0;
  for (var r: u32 = 0u; r < 10u; r = r + 1u) {
    let l1 = i * 10u + r;
    let v2 = tmp11[l1];
    let v3 = (-v2);
    acc0 = acc0 + v3;
  }
  tmp8[i] = acc0;
}

// ---- 030_broadcast_to_loss_grad.wgsl
@group(0) @binding(0) var<storage, read> tmp8: array<f32>;
@group(0) @binding(1) var<storage, read> tmp10: array<f32>;
@group(0) @binding(2) var<storage, read_write> tmp12: array<f32>;

@compute @workgroup_size(64)
fn main(@builtin(global_invocation_id) gid: vec3<u32>) {
  let i = gid.x;
  if (i >= 2000u) { return; }
  let c0 = (i / 10u);
  let c1 = (i % 10u);
  let v2 = tmp8[c0];
  let v3 = tmp10[c0];
  let v4 = (v2 / v3);
  tmp12[i] = v4;
}

// ---- 031_add_loss_grad.wgsl
@group(0) @binding(0) var<storage, read> tmp11: array<f32>;
@group(0) @binding(1) var<storage, read> tmp7: array<f32>;
@group(0) @binding(2) var<storage, read_write> tmp12: array<f32>;

@compute @workgroup_size(64)
fn main(@builtin(global_invocation_id) gid: vec3<u32>) {
  let i = gid.x;
  if (i >= 2000u) { return; }
  let v0 = tmp11[i];
  let v1 = tmp7[i];
  let v2 = (v0 + v1);
  tmp12[i] = v2;
}

// ---- 032_reduce_sum_logits_batch_norm_grad_x2.wgsl
@group(0) @binding(0) var<storage, read> tmp12: array<f32>;
@group(0) @binding(1) var<storage, read> s_logits_batch_norm_gamma: array<f32>;
@group(0) @binding(2) var<storage, read> tmp4: array<f32>;
@group(0) @binding(3) var<storage, read> tmp5: array<f32>;
@group(0) @binding(4) var<storage, read> tmp6: array<f32>;
@group(0) @binding(5) var<storage, read_write> tmp8: array<f32>;
@group(0) @binding(6) var<storage, read_write> tmp10: array<f32>;

@compute @workgroup_size(64)
fn main(@builtin(global_invocation_id) gid: vec3<u32>) {
  let i = gid.x;
  if (i >= 10u) { return; }
  var acc0: f32 = 0.0;
  for (var r: u32 = 0u; r < 200u; r = r + 1u) {
    let l1 = r * 10u + i;
    let v2 = tmp12[l1];
    let v3 = s_logits_batch_norm_gamma[i];
    let v4 = (v2 * v3);
    let v5 = tmp4[l1];
    let v6 = tmp5[i];
    let v7 = (v5 - v6);
    let v8 = (v4 * v7);
    acc0 = acc0 + v8;
  }
  var acc9: f32 = 0.0;
  for (var r: u32 = 0u; r < 200u; r = r + 1u) {
    let l10 = r * 10u + i;
    let v11 = tmp12[l10];
    let v12 = s_logits_batch_norm_gamma[i];
    let v13 = (v11 * v12);
    let v14 = tmp6[i];
    let v15 = (v14 + 0.001);
    let v16 = inverseSqrt(v15);
    let v17 = (v13 * v16);
    let v18 = (-v17);
    acc9 = acc9 + v18;
  }
  tmp8[i] = acc0;
  tmp10[i] = acc9;
}

// ---- 033_add_logits_batch_norm_grad.wgsl
@group(0) @binding(0) var<storage, read> tmp8: array<f32>;
@group(0) @binding(1) var<storage, read> tmp6: array<f32>;
@group(0) @binding(2) var<storage, read> tmp4: array<f32>;
@group(0) @binding(3) var<storage, read> tmp5: array<f32>;
@group(0) @binding(4) var<storage, read_write> tmp9: array<f32>;

@compute @workgroup_size(64)
fn main(@builtin(global_invocation_id) gid: vec3<u32>) {
  let i = gid.x;
  if (i >= 2000u) { return; }
  let c0 = (i / 10u);
  let c1 = (i % 10u);
  let v2 = tmp8[c1];
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
  tmp9[i] = v15;
}

// ---- 034_reduce_sum_logits_batch_norm_grad.wgsl
@group(0) @binding(0) var<storage, read> tmp9: array<f32>;
@group(0) @binding(1) var<storage, read_write> tmp8: array<f32>;

@compute @workgroup_size(64)
fn main(@builtin(global_invocation_id) gid: vec3<u32>) {
  let i = gid.x;
  if (i >= 10u) { return; }
  var acc0: f32 = 0.0;
  for (var r: u32 = 0u; r < 200u; r = r + 1u) {
    let l1 = r * 10u + i;
    let v2 = tmp9[l1];
    let v3 = (-v2);
    acc0 = acc0 + v3;
  }
  tmp8[i] = acc0;
}

// ---- 035_add_logits_batch_norm_grad.wgsl
@group(0) @binding(0) var<storage, read> tmp12: array<f32>;
@group(0) @binding(1) var<storage, read> s_logits_batch_norm_gamma: array<f32>;
@group(0) @binding(2) var<storage, read> tmp6: array<f32>;
@group(0) @binding(3) var<storage, read> tmp9: array<f32>;
@group(0) @binding(4) var<storage, read> tmp10: array<f32>;
@group(0) @binding(5) var<storage, read> tmp8: array<f32>;
@group(0) @binding(6) var<storage, read_write> tmp11: array<f32>;

@compute @workgroup_size(64)
fn main(@builtin(global_invocation_id) gid: vec3<u32>) {
  let i = gid.x;
  if (i >= 2000u) { return; }
  let v0 = tmp12[i];
  let c1 = (i / 10u);
  let c2 = (i % 10u);
  let v3 = s_logits_batch_norm_gamma[c2];
  let v4 = (v0 * v3);
  let v5 = tmp6[c2];
  let v6 = (v5 + 0.001);
  let v7 = inverseSqrt(v6);
  let v8 = (v4 * v7);
  let v9 = tmp9[i];
  let v10 = (v8 + v9);
  let v11 = tmp10[c2];
  let v12 = tmp8[c2];
  let v13 = (v11 + v12);
  let v14 = (v13 / 200.0);
  let v15 = (v10 + v14);
  tmp11[i] = v15;
}

// ---- 036_matmul_hidden2_grad.wgsl
@group(0) @binding(0) var<storage, read> tmp11: array<f32>;
@group(0) @binding(1) var<storage, read> s_logits_dense_kernel: array<f32>;
@group(0) @binding(2) var<storage, read_write> tmp13: array<f32>;
@group(0) @binding(3) var<storage, read> tmp2: array<f32>;

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
    acc12 = acc12 + tmp11[ra20 + k] * bv32;
    acc13 = acc13 + tmp11[ra21 + k] * bv32;
    acc14 = acc14 + tmp11[ra22 + k] * bv32;
    acc15 = acc15 + tmp11[ra23 + k] * bv32;
    acc16 = acc16 + tmp11[ra24 + k] * bv32;
    acc17 = acc17 + tmp11[ra25 + k] * bv32;
    acc18 = acc18 + tmp11[ra26 + k] * bv32;
    acc19 = acc19 + tmp11[ra27 + k] * bv32;
  }
  {
    let l33 = i0 * 100u + j0;
    let v34 = acc12.x;
    let v35 = tmp2[l33];
    let v36 = select(0.0, 1.0, v35 > 0.0);
    let v37 = select(0.0, v34, v36 != 0.0);
    let v38 = select(v34, 0.0, v36 != 0.0);
    let v39 = min(v35, 0.0);
    let v40 = exp(v39);
    let v41 = (v38 * v40);
    let v42 = select(0.0, 1.0, v35 <= 0.0);
    let v43 = (v41 * v42);
    let v44 = (v37 + v43);
    tmp13[l33] = v44;
  }
  {
    let j45 = j0 + 1u;
    let l46 = i0 * 100u + j45;
    let v47 = acc12.y;
    let v48 = tmp2[l46];
    let v49 = select(0.0, 1.0, v48 > 0.0);
    let v50 = select(0.0, v47, v49 != 0.0);
    let v51 = select(v47, 0.0, v49 != 0.0);
    let v52 = min(v48, 0.0);
    let v53 = exp(v52);
    let v54 = (v51 * v53);
    let v55 = select(0.0, 1.0, v48 <= 0.0);
    let v56 = (v54 * v55);
    let v57 = (v50 + v56);
    tmp13[l46] = v57;
  }
  {
    let j58 = j0 + 2u;
    let l59 = i0 * 100u + j58;
    let v60 = acc12.z;
    let v61 = tmp2[l59];
    let v62 = select(0.0, 1.0, v61 > 0.0);
    let v63 = select(0.0, v60, v62 != 0.0);
    let v64 = select(v60, 0.0, v62 != 0.0);
    let v65 = min(v61, 0.0);
    let v66 = exp(v65);
    let v67 = (v64 * v66);
    let v68 = select(0.0, 1.0, v61 <= 0.0);
    let v69 = (v67 * v68);
    let v70 = (v63 + v69);
    tmp13[l59] = v70;
  }
  {
    let j71 = j0 + 3u;
    let l72 = i0 * 100u + j71;
    let v73 = acc12.w;
    let v74 = tmp2[l72];
    let v75 = select(0.0, 1.0, v74 > 0.0);
    let v76 = select(0.0, v73, v75 != 0.0);
    let v77 = select(v73, 0.0, v75 != 0.0);
    let v78 = min(v74, 0.0);
    let v79 = exp(v78);
    let v80 = (v77 * v79);
    let v81 = select(0.0, 1.0, v74 <= 0.0);
    let v82 = (v80 * v81);
    let v83 = (v76 + v82);
    tmp13[l72] = v83;
  }
  {
    let i84 = i0 + 1u;
    let l85 = i84 * 100u + j0;
    let v86 = acc13.x;
    let v87 = tmp2[l85];
    let v88 = select(0.0, 1.0, v87 > 0.0);
    let v89 = select(0.0, v86, v88 != 0.0);
    let v90 = select(v86, 0.0, v88 != 0.0);
    let v91 = min(v87, 0.0);
    let v92 = exp(v91);
    let v93 = (v90 * v92);
    let v94 = select(0.0, 1.0, v87 <= 0.0);
    let v95 = (v93 * v94);
    let v96 = (v89 + v95);
    tmp13[l85] = v96;
  }
  {
    let i97 = i0 + 1u;
    let j98 = j0 + 1u;
    let l99 = i97 * 100u + j98;
    let v100 = acc13.y;
    let v101 = tmp2[l99];
    let v102 = select(0.0, 1.0, v101 > 0.0);
    let v103 = select(0.0, v100, v102 != 0.0);
    let v104 = select(v100, 0.0, v102 != 0.0);
    let v105 = min(v101, 0.0);
    let v106 = exp(v105);
    let v107 = (v104 * v106);
    let v108 = select(0.0, 1.0, v101 <= 0.0);
    let v109 = (v107 * v108);
    let v110 = (v103 + v109);
    tmp13[l99] = v110;
  }
  {
    let i111 = i0 + 1u;
    let j112 = j0 + 2u;
    let l113 = i111 * 100u + j112;
    let v114 = acc13.z;
    let v115 = tmp2[l113];
    let v116 = select(0.0, 1.0, v115 > 0.0);
    let v117 = select(0.0, v114, v116 != 0.0);
    let v118 = select(v114, 0.0, v116 != 0.0);
    let v119 = min(v115, 0.0);
    let v120 = exp(v119);
    let v121 = (v118 * v120);
    let v122 = select(0.0, 1.0, v115 <= 0.0);
    let v123 = (v121 * v122);
    let v124 = (v117 + v123);
    tmp13[l113] = v124;
  }
  {
    let i125 = i0 + 1u;
    let j126 = j0 + 3u;
    let l127 = i125 * 100u + j126;
    let v128 = acc13.w;
    let v129 = tmp2[l127];
    let v130 = select(0.0, 1.0, v129 > 0.0);
    let v131 = select(0.0, v128, v130 != 0.0);
    let v132 = select(v128, 0.0, v130 != 0.0);
    let v133 = min(v129, 0.0);
    let v134 = exp(v133);
    let v135 = (v132 * v134);
    let v136 = select(0.0, 1.0, v129 <= 0.0);
    let v137 = (v135 * v136);
    let v138 = (v131 + v137);
    tmp13[l127] = v138;
  }
  {
    let i139 = i0 + 2u;
    let l140 = i139 * 100u + j0;
    let v141 = acc14.x;
    let v142 = tmp2[l140];
    let v143 = select(0.0, 1.0, v142 > 0.0);
    let v144 = select(0.0, v141, v143 != 0.0);
    let v145 = select(v141, 0.0, v143 != 0.0);
    let v146 = min(v142, 0.0);
    let v147 = exp(v146);
    let v148 = (v145 * v147);
    let v149 = select(0.0, 1.0, v142 <= 0.0);
    let v150 = (v148 * v149);
    let v151 = (v144 + v150);
    tmp13[l140] = v151;
  }
  {
    let i152 = i0 + 2u;
    let j153 = j0 + 1u;
    let l154 = i152 * 100u + j153;
    let v155 = acc14.y;
    let v156 = tmp2[l154];
    let v157 = select(0.0, 1.0, v156 > 0.0);
    let v158 = select(0.0, v155, v157 != 0.0);
    let v159 = select(v155, 0.0, v157 != 0.0);
    let v160 = min(v156, 0.0);
    let v161 = exp(v160);
    let v162 = (v159 * v161);
    let v163 = select(0.0, 1.0, v156 <= 0.0);
    let v164 = (v162 * v163);
    let v165 = (v158 + v164);
    tmp13[l154] = v165;
  }
  {
    let i166 = i0 + 2u;
    let j167 = j0 + 2u;
    let l168 = i166 * 100u + j167;
    let v169 = acc14.z;
    let v170 = tmp2[l168];
    let v171 = select(0.0, 1.0, v170 > 0.0);
    let v172 = select(0.0, v169, v171 != 0.0);
    let v173 = select(v169, 0.0, v171 != 0.0);
    let v174 = min(v170, 0.0);
    let v175 = exp(v174);
    let v176 = (v173 * v175);
    let v177 = select(0.0, 1.0, v170 <= 0.0);
    let v178 = (v176 * v177);
    let v179 = (v172 + v178);
    tmp13[l168] = v179;
  }
  {
    let i180 = i0 + 2u;
    let j181 = j0 + 3u;
    let l182 = i180 * 100u + j181;
    let v183 = acc14.w;
    let v184 = tmp2[l182];
    let v185 = select(0.0, 1.0, v184 > 0.0);
    let v186 = select(0.0, v183, v185 != 0.0);
    let v187 = select(v183, 0.0, v185 != 0.0);
    let v188 = min(v184, 0.0);
    let v189 = exp(v188);
    let v190 = (v187 * v189);
    let v191 = select(0.0, 1.0, v184 <= 0.0);
    let v192 = (v190 * v191);
    let v193 = (v186 + v192);
    tmp13[l182] = v193;
  }
  {
    let i194 = i0 + 3u;
    let l195 = i194 * 100u + j0;
    let v196 = acc15.x;
    let v197 = tmp2[l195];
    let v198 = select(0.0, 1.0, v197 > 0.0);
    let v199 = select(0.0, v196, v198 != 0.0);
    let v200 = select(v196, 0.0, v198 != 0.0);
    let v201 = min(v197, 0.0);
    let v202 = exp(v201);
    let v203 = (v200 * v202);
    let v204 = select(0.0, 1.0, v197 <= 0.0);
    let v205 = (v203 * v204);
    let v206 = (v199 + v205);
    tmp13[l195] = v206;
  }
  {
    let i207 = i0 + 3u;
    let j208 = j0 + 1u;
    let l209 = i207 * 100u + j208;
    let v210 = acc15.y;
    let v211 = tmp2[l209];
    let v212 = select(0.0, 1.0, v211 > 0.0);
    let v213 = select(0.0, v210, v212 != 0.0);
    let v214 = select(v210, 0.0, v212 != 0.0);
    let v215 = min(v211, 0.0);
    let v216 = exp(v215);
    let v217 = (v214 * v216);
    let v218 = select(0.0, 1.0, v211 <= 0.0);
    let v219 = (v217 * v218);
    let v220 = (v213 + v219);
    tmp13[l209] = v220;
  }
  {
    let i221 = i0 + 3u;
    let j222 = j0 + 2u;
    let l223 = i221 * 100u + j222;
    let v224 = acc15.z;
    let v225 = tmp2[l223];
    let v226 = select(0.0, 1.0, v225 > 0.0);
    let v227 = select(0.0, v224, v226 != 0.0);
    let v228 = select(v224, 0.0, v226 != 0.0);
    let v229 = min(v225, 0.0);
    let v230 = exp(v229);
    let v231 = (v228 * v230);
    let v232 = select(0.0, 1.0, v225 <= 0.0);
    let v233 = (v231 * v232);
    let v234 = (v227 + v233);
    tmp13[l223] = v234;
  }
  {
    let i235 = i0 + 3u;
    let j236 = j0 + 3u;
    let l237 = i235 * 100u + j236;
    let v238 = acc15.w;
    let v239 = tmp2[l237];
    let v240 = select(0.0, 1.0, v239 > 0.0);
    let v241 = select(0.0, v238, v240 != 0.0);
    let v242 = select(v238, 0.0, v240 != 0.0);
    let v243 = min(v239, 0.0);
    let v244 = exp(v243);
    let v245 = (v242 * v244);
    let v246 = select(0.0, 1.0, v239 <= 0.0);
    let v247 = (v245 * v246);
    let v248 = (v241 + v247);
    tmp13[l237] = v248;
  }
  {
    let i249 = i0 + 4u;
    let l250 = i249 * 100u + j0;
    let v251 = acc16.x;
    let v252 = tmp2[l250];
    let v253 = select(0.0, 1.0, v252 > 0.0);
    let v254 = select(0.0, v251, v253 != 0.0);
    let v255 = select(v251, 0.0, v253 != 0.0);
    let v256 = min(v252, 0.0);
    let v257 = exp(v256);
    let v258 = (v255 * v257);
    let v259 = select(0.0, 1.0, v252 <= 0.0);
    let v260 = (v258 * v259);
    let v261 = (v254 + v260);
    tmp13[l250] = v261;
  }
  {
    let i262 = i0 + 4u;
    let j263 = j0 + 1u;
    let l264 = i262 * 100u + j263;
    let v265 = acc16.y;
    let v266 = tmp2[l264];
    let v267 = select(0.0, 1.0, v266 > 0.0);
    let v268 = select(0.0, v265, v267 != 0.0);
    let v269 = select(v265, 0.0, v267 != 0.0);
    let v270 = min(v266, 0.0);
    let v271 = exp(v270);
    let v272 = (v269 * v271);
    let v273 = select(0.0, 1.0, v266 <= 0.0);
    let v274 = (v272 * v273);
    let v275 = (v268 + v274);
    tmp13[l264] = v275;
  }
  {
    let i276 = i0 + 4u;
    let j277 = j0 + 2u;
    let l278 = i276 * 100u + j277;
    let v279 = acc16.z;
    let v280 = tmp2[l278];
    let v281 = select(0.0, 1.0, v280 > 0.0);
    let v282 = select(0.0, v279, v281 != 0.0);
    let v283 = select(v279, 0.0, v281 != 0.0);
    let v284 = min(v280, 0.0);
    let v285 = exp(v284);
    let v286 = (v283 * v285);
    let v287 = select(0.0, 1.0, v280 <= 0.0);
    let v288 = (v286 * v287);
    let v289 = (v282 + v288);
    tmp13[l278] = v289;
  }
  {
    let i290 = i0 + 4u;
    let j291 = j0 + 3u;
    let l292 = i290 * 100u + j291;
    let v293 = acc16.w;
    let v294 = tmp2[l292];
    let v295 = select(0.0, 1.0, v294 > 0.0);
    let v296 = select(0.0, v293, v295 != 0.0);
    let v297 = select(v293, 0.0, v295 != 0.0);
    let v298 = min(v294, 0.0);
    let v299 = exp(v298);
    let v300 = (v297 * v299);
    let v301 = select(0.0, 1.0, v294 <= 0.0);
    let v302 = (v300 * v301);
    let v303 = (v296 + v302);
    tmp13[l292] = v303;
  }
  {
    let i304 = i0 + 5u;
    let l305 = i304 * 100u + j0;
    let v306 = acc17.x;
    let v307 = tmp2[l305];
    let v308 = select(0.0, 1.0, v307 > 0.0);
    let v309 = select(0.0, v306, v308 != 0.0);
    let v310 = select(v306, 0.0, v308 != 0.0);
    let v311 = min(v307, 0.0);
    let v312 = exp(v311);
    let v313 = (v310 * v312);
    let v314 = select(0.0, 1.0, v307 <= 0.0);
    let v315 = (v313 * v314);
    let v316 = (v309 + v315);
    tmp13[l305] = v316;
  }
  {
    let i317 = i0 + 5u;
    let j318 = j0 + 1u;
    let l319 = i317 * 100u + j318;
    let v320 = acc17.y;
    let v321 = tmp2[l319];
    let v322 = select(0.0, 1.0, v321 > 0.0);
    let v323 = select(0.0, v320, v322 != 0.0);
    let v324 = select(v320, 0.0, v322 != 0.0);
    let v325 = min(v321, 0.0);
    let v326 = exp(v325);
    let v327 = (v324 * v326);
    let v328 = select(0.0, 1.0, v321 <= 0.0);
    let v329 = (v327 * v328);
    let v330 = (v323 + v329);
    tmp13[l319] = v330;
  }
  {
    let i331 = i0 + 5u;
    let j332 = j0 + 2u;
    let l333 = i331 * 100u + j332;
    let v334 = acc17.z;
    let v335 = tmp2[l333];
    let v336 = select(0.0, 1.0, v335 > 0.0);
    let v337 = select(0.0, v334, v336 != 0.0);
    let v338 = select(v334, 0.0, v336 != 0.0);
    let v339 = min(v335, 0.0);
    let v340 = exp(v339);
    let v341 = (v338 * v340);
    let v342 = select(0.0, 1.0, v335 <= 0.0);
    let v343 = (v341 * v342);
    let v344 = (v337 + v343);
    tmp13[l333] = v344;
  }
  {
    let i345 = i0 + 5u;
    let j346 = j0 + 3u;
    let l347 = i345 * 100u + j346;
    let v348 = acc17.w;
    let v349 = tmp2[l347];
    let v350 = select(0.0, 1.0, v349 > 0.0);
    let v351 = select(0.0, v348, v350 != 0.0);
    let v352 = select(v348, 0.0, v350 != 0.0);
    let v353 = min(v349, 0.0);
    let v354 = exp(v353);
    let v355 = (v352 * v354);
    let v356 = select(0.0, 1.0, v349 <= 0.0);
    let v357 = (v355 * v356);
    let v358 = (v351 + v357);
    tmp13[l347] = v358;
  }
  {
    let i359 = i0 + 6u;
    let l360 = i359 * 100u + j0;
    let v361 = acc18.x;
    let v362 = tmp2[l360];
    let v363 = select(0.0, 1.0, v362 > 0.0);
    let v364 = select(0.0, v361, v363 != 0.0);
    let v365 = select(v361, 0.0, v363 != 0.0);
    let v366 = min(v362, 0.0);
    let v367 = exp(v366);
    let v368 = (v365 * v367);
    let v369 = select(0.0, 1.0, v362 <= 0.0);
    let v370 = (v368 * v369);
    let v371 = (v364 + v370);
    tmp13[l360] = v371;
  }
  {
    let i372 = i0 + 6u;
    let j373 = j0 + 1u;
    let l374 = i372 * 100u + j373;
    let v375 = acc18.y;
    let v376 = tmp2[l374];
    let v377 = select(0.0, 1.0, v376 > 0.0);
    let v378 = select(0.0, v375, v377 != 0.0);
    let v379 = select(v375, 0.0, v377 != 0.0);
    let v380 = min(v376, 0.0);
    let v381 = exp(v380);
    let v382 = (v379 * v381);
    let v383 = select(0.0, 1.0, v376 <= 0.0);
    let v384 = (v382 * v383);
    let v385 = (v378 + v384);
    tmp13[l374] = v385;
  }
  {
    let i386 = i0 + 6u;
    let j387 = j0 + 2u;
    let l388 = i386 * 100u + j387;
    let v389 = acc18.z;
    let v390 = tmp2[l388];
    let v391 = select(0.0, 1.0, v390 > 0.0);
    let v392 = select(0.0, v389, v391 != 0.0);
    let v393 = select(v389, 0.0, v391 != 0.0);
    let v394 = min(v390, 0.0);
    let v395 = exp(v394);
    let v396 = (v393 * v395);
    let v397 = select(0.0, 1.0, v390 <= 0.0);
    let v398 = (v396 * v397);
    let v399 = (v392 + v398);
    tmp13[l388] = v399;
  }
  {
    let i400 = i0 + 6u;
    let j401 = j0 + 3u;
    let l402 = i400 * 100u + j401;
    let v403 = acc18.w;
    let v404 = tmp2[l402];
    let v405 = select(0.0, 1.0, v404 > 0.0);
    let v406 = select(0.0, v403, v405 != 0.0);
    let v407 = select(v403, 0.0, v405 != 0.0);
    let v408 = min(v404, 0.0);
    let v409 = exp(v408);
    let v410 = (v407 * v409);
    let v411 = select(0.0, 1.0, v404 <= 0.0);
    let v412 = (v410 * v411);
    let v413 = (v406 + v412);
    tmp13[l402] = v413;
  }
  {
    let i414 = i0 + 7u;
    let l415 = i414 * 100u + j0;
    let v416 = acc19.x;
    let v417 = tmp2[l415];
    let v418 = select(0.0, 1.0, v417 > 0.0);
    let v419 = select(0.0, v416, v418 != 0.0);
    let v420 = select(v416, 0.0, v418 != 0.0);
    let v421 = min(v417, 0.0);
    let v422 = exp(v421);
    let v423 = (v420 * v422);
    let v424 = select(0.0, 1.0, v417 <= 0.0);
    let v425 = (v423 * v424);
    let v426 = (v419 + v425);
    tmp13[l415] = v426;
  }
  {
    let i427 = i0 + 7u;
    let j428 = j0 + 1u;
    let l429 = i427 * 100u + j428;
    let v430 = acc19.y;
    let v431 = tmp2[l429];
    let v432 = select(0.0, 1.0, v431 > 0.0);
    let v433 = select(0.0, v430, v432 != 0.0);
    let v434 = select(v430, 0.0, v432 != 0.0);
    let v435 = min(v431, 0.0);
    let v436 = exp(v435);
    let v437 = (v434 * v436);
    let v438 = select(0.0, 1.0, v431 <= 0.0);
    let v439 = (v437 * v438);
    let v440 = (v433 + v439);
    tmp13[l429] = v440;
  }
  {
    let i441 = i0 + 7u;
    let j442 = j0 + 2u;
    let l443 = i441 * 100u + j442;
    let v444 = acc19.z;
    let v445 = tmp2[l443];
    let v446 = select(0.0, 1.0, v445 > 0.0);
    let v447 = select(0.0, v444, v446 != 0.0);
    let v448 = select(v444, 0.0, v446 != 0.0);
    let v449 = min(v445, 0.0);
    let v450 = exp(v449);
    let v451 = (v448 * v450);
    let v452 = select(0.0, 1.0, v445 <= 0.0);
    let v453 = (v451 * v452);
    let v454 = (v447 + v453);
    tmp13[l443] = v454;
  }
  {
    let i455 = i0 + 7u;
    let j456 = j0 + 3u;
    let l457 = i455 * 100u + j456;
    let v458 = acc19.w;
    let v459 = tmp2[l457];
    let v460 = select(0.0, 1.0, v459 > 0.0);
    let v461 = select(0.0, v458, v460 != 0.0);
    let v462 = select(v458, 0.0, v460 != 0.0);
    let v463 = min(v459, 0.0);
    let v464 = exp(v463);
    let v465 = (v462 * v464);
    let v466 = select(0.0, 1.0, v459 <= 0.0);
    let v467 = (v465 * v466);
    let v468 = (v461 + v467);
    tmp13[l457] = v468;
  }
}

// ---- 037_matmul_hidden1_grad.wgsl
@group(0) @binding(0) var<storage, read> tmp13_v4: array<vec4<f32>>;
@group(0) @binding(1) var<storage, read> s_hidden2_dense_kernel_v4: array<vec4<f32>>;
@group(0) @binding(2) var<storage, read_write> tmp14: array<f32>;
@group(0) @binding(3) var<storage, read> tmp0: array<f32>;

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
    let av32 = tmp13_v4[ra20 + k];
    let av33 = tmp13_v4[ra21 + k];
    let av34 = tmp13_v4[ra22 + k];
    let av35 = tmp13_v4[ra23 + k];
    let av36 = tmp13_v4[ra24 + k];
    let av37 = tmp13_v4[ra25 + k];
    let av38 = tmp13_v4[ra26 + k];
    let av39 = tmp13_v4[ra27 + k];
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
    let v55 = select(0.0, 1.0, v54 > 0.0);
    let v56 = select(0.0, v53, v55 != 0.0);
    let v57 = select(v53, 0.0, v55 != 0.0);
    let v58 = min(v54, 0.0);
    let v59 = exp(v58);
    let v60 = (v57 * v59);
    let v61 = select(0.0, 1.0, v54 <= 0.0);
    let v62 = (v60 * v61);
    let v63 = (v56 + v62);
    tmp14[l52] = v63;
  }
  {
    let j64 = j0 + 1u;
    let l65 = i0 * 300u + j64;
    let v66 = acc12.y;
    let v67 = tmp0[l65];
    let v68 = select(0.0, 1.0, v67 > 0.0);
    let v69 = select(0.0, v66, v68 != 0.0);
    let v70 = select(v66, 0.0, v68 != 0.0);
    let v71 = min(v67, 0.0);
    let v72 = exp(v71);
    let v73 = (v70 * v72);
    let v74 = select(0.0, 1.0, v67 <= 0.0);
    let v75 = (v73 * v74);
    let v76 = (v69 + v75);
    tmp14[l65] = v76;
  }
  {
    let j77 = j0 + 2u;
    let l78 = i0 * 300u + j77;
    let v79 = acc12.z;
    let v80 = tmp0[l78];
    let v81 = select(0.0, 1.0, v80 > 0.0);
    let v82 = select(0.0, v79, v81 != 0.0);
    let v83 = select(v79, 0.0, v81 != 0.0);
    let v84 = min(v80, 0.0);
    let v85 = exp(v84);
    let v86 = (v83 * v85);
    let v87 = select(0.0, 1.0, v80 <= 0.0);
    let v88 = (v86 * v87);
    let v89 = (v82 + v88);
    tmp14[l78] = v89;
  }
  {
    let j90 = j0 + 3u;
    let l91 = i0 * 300u + j90;
    let v92 = acc12.w;
    let v93 = tmp0[l91];
    let v94 = select(0.0, 1.0, v93 > 0.0);
    let v95 = select(0.0, v92, v94 != 0.0);
    let v96 = select(v92, 0.0, v94 != 0.0);
    let v97 = min(v93, 0.0);
    let v98 = exp(v97);
    let v99 = (v96 * v98);
    let v100 = select(0.0, 1.0, v93 <= 0.0);
    let v101 = (v99 * v100);
    let v102 = (v95 + v101);
    tmp14[l91] = v102;
  }
  {
    let i103 = i0 + 1u;
    let l104 = i103 * 300u + j0;
    let v105 = acc13.x;
    let v106 = tmp0[l104];
    let v107 = select(0.0, 1.0, v106 > 0.0);
    let v108 = select(0.0, v105, v107 != 0.0);
    let v109 = select(v105, 0.0, v107 != 0.0);
    let v110 = min(v106, 0.0);
    let v111 = exp(v110);
    let v112 = (v109 * v111);
    let v113 = select(0.0, 1.0, v106 <= 0.0);
    let v114 = (v112 * v113);
    let v115 = (v108 + v114);
    tmp14[l104] = v115;
  }
  {
    let i116 = i0 + 1u;
    let j117 = j0 + 1u;
    let l118 = i116 * 300u + j117;
    let v119 = acc13.y;
    let v120 = tmp0[l118];
    let v121 = select(0.0, 1.0, v120 > 0.0);
    let v122 = select(0.0, v119, v121 != 0.0);
    let v123 = select(v119, 0.0, v121 != 0.0);
    let v124 = min(v120, 0.0);
    let v125 = exp(v124);
    let v126 = (v123 * v125);
    let v127 = select(0.0, 1.0, v120 <= 0.0);
    let v128 = (v126 * v127);
    let v129 = (v122 + v128);
    tmp14[l118] = v129;
  }
  {
    let i130 = i0 + 1u;
    let j131 = j0 + 2u;
    let l132 = i130 * 300u + j131;
    let v133 = acc13.z;
    let v134 = tmp0[l132];
    let v135 = select(0.0, 1.0, v134 > 0.0);
    let v136 = select(0.0, v133, v135 != 0.0);
    let v137 = select(v133, 0.0, v135 != 0.0);
    let v138 = min(v134, 0.0);
    let v139 = exp(v138);
    let v140 = (v137 * v139);
    let v141 = select(0.0, 1.0, v134 <= 0.0);
    let v142 = (v140 * v141);
    let v143 = (v136 + v142);
    tmp14[l132] = v143;
  }
  {
    let i144 = i0 + 1u;
    let j145 = j0 + 3u;
    let l146 = i144 * 300u + j145;
    let v147 = acc13.w;
    let v148 = tmp0[l146];
    let v149 = select(0.0, 1.0, v148 > 0.0);
    let v150 = select(0.0, v147, v149 != 0.0);
    let v151 = select(v147, 0.0, v149 != 0.0);
    let v152 = min(v148, 0.0);
    let v153 = exp(v152);
    let v154 = (v151 * v153);
    let v155 = select(0.0, 1.0, v148 <= 0.0);
    let v156 = (v154 * v155);
    let v157 = (v150 + v156);
    tmp14[l146] = v157;
  }
  {
    let i158 = i0 + 2u;
    let l159 = i158 * 300u + j0;
    let v160 = acc14.x;
    let v161 = tmp0[l159];
    let v162 = select(0.0, 1.0, v161 > 0.0);
    let v163 = select(0.0, v160, v162 != 0.0);
    let v164 = select(v160, 0.0, v162 != 0.0);
    let v165 = min(v161, 0.0);
    let v166 = exp(v165);
    let v167 = (v164 * v166);
    let v168 = select(0.0, 1.0, v161 <= 0.0);
    let v169 = (v167 * v168);
    let v170 = (v163 + v169);
    tmp14[l159] = v170;
  }
  {
    let i171 = i0 + 2u;
    let j172 = j0 + 1u;
    let l173 = i171 * 300u + j172;
    let v174 = acc14.y;
    let v175 = tmp0[l173];
    let v176 = select(0.0, 1.0, v175 > 0.0);
    let v177 = select(0.0, v174, v176 != 0.0);
    let v178 = select(v174, 0.0, v176 != 0.0);
    let v179 = min(v175, 0.0);
    let v180 = exp(v179);
    let v181 = (v178 * v180);
    let v182 = select(0.0, 1.0, v175 <= 0.0);
    let v183 = (v181 * v182);
    let v184 = (v177 + v183);
    tmp14[l173] = v184;
  }
  {
    let i185 = i0 + 2u;
    let j186 = j0 + 2u;
    let l187 = i185 * 300u + j186;
    let v188 = acc14.z;
    let v189 = tmp0[l187];
    let v190 = select(0.0, 1.0, v189 > 0.0);
    let v191 = select(0.0, v188, v190 != 0.0);
    let v192 = select(v188, 0.0, v190 != 0.0);
    let v193 = min(v189, 0.0);
    let v194 = exp(v193);
    let v195 = (v192 * v194);
    let v196 = select(0.0, 1.0, v189 <= 0.0);
    let v197 = (v195 * v196);
    let v198 = (v191 + v197);
    tmp14[l187] = v198;
  }
  {
    let i199 = i0 + 2u;
    let j200 = j0 + 3u;
    let l201 = i199 * 300u + j200;
    let v202 = acc14.w;
    let v203 = tmp0[l201];
    let v204 = select(0.0, 1.0, v203 > 0.0);
    let v205 = select(0.0, v202, v204 != 0.0);
    let v206 = select(v202, 0.0, v204 != 0.0);
    let v207 = min(v203, 0.0);
    let v208 = exp(v207);
    let v209 = (v206 * v208);
    let v210 = select(0.0, 1.0, v203 <= 0.0);
    let v211 = (v209 * v210);
    let v212 = (v205 + v211);
    tmp14[l201] = v212;
  }
  {
    let i213 = i0 + 3u;
    let l214 = i213 * 300u + j0;
    let v215 = acc15.x;
    let v216 = tmp0[l214];
    let v217 = select(0.0, 1.0, v216 > 0.0);
    let v218 = select(0.0, v215, v217 != 0.0);
    let v219 = select(v215, 0.0, v217 != 0.0);
    let v220 = min(v216, 0.0);
    let v221 = exp(v220);
    let v222 = (v219 * v221);
    let v223 = select(0.0, 1.0, v216 <= 0.0);
    let v224 = (v222 * v223);
    let v225 = (v218 + v224);
    tmp14[l214] = v225;
  }
  {
    let i226 = i0 + 3u;
    let j227 = j0 + 1u;
    let l228 = i226 * 300u + j227;
    let v229 = acc15.y;
    let v230 = tmp0[l228];
    let v231 = select(0.0, 1.0, v230 > 0.0);
    let v232 = select(0.0, v229, v231 != 0.0);
    let v233 = select(v229, 0.0, v231 != 0.0);
    let v234 = min(v230, 0.0);
    let v235 = exp(v234);
    let v236 = (v233 * v235);
    let v237 = select(0.0, 1.0, v230 <= 0.0);
    let v238 = (v236 * v237);
    let v239 = (v232 + v238);
    tmp14[l228] = v239;
  }
  {
    let i240 = i0 + 3u;
    let j241 = j0 + 2u;
    let l242 = i240 * 300u + j241;
    let v243 = acc15.z;
    let v244 = tmp0[l242];
    let v245 = select(0.0, 1.0, v244 > 0.0);
    let v246 = select(0.0, v243, v245 != 0.0);
    let v247 = select(v243, 0.0, v245 != 0.0);
    let v248 = min(v244, 0.0);
    let v249 = exp(v248);
    let v250 = (v247 * v249);
    let v251 = select(0.0, 1.0, v244 <= 0.0);
    let v252 = (v250 * v251);
    let v253 = (v246 + v252);
    tmp14[l242] = v253;
  }
  {
    let i254 = i0 + 3u;
    let j255 = j0 + 3u;
    let l256 = i254 * 300u + j255;
    let v257 = acc15.w;
    let v258 = tmp0[l256];
    let v259 = select(0.0, 1.0, v258 > 0.0);
    let v260 = select(0.0, v257, v259 != 0.0);
    let v261 = select(v257, 0.0, v259 != 0.0);
    let v262 = min(v258, 0.0);
    let v263 = exp(v262);
    let v264 = (v261 * v263);
    let v265 = select(0.0, 1.0, v258 <= 0.0);
    let v266 = (v264 * v265);
    let v267 = (v260 + v266);
    tmp14[l256] = v267;
  }
  {
    let i268 = i0 + 4u;
    let l269 = i268 * 300u + j0;
    let v270 = acc16.x;
    let v271 = tmp0[l269];
    let v272 = select(0.0, 1.0, v271 > 0.0);
    let v273 = select(0.0, v270, v272 != 0.0);
    let v274 = select(v270, 0.0, v272 != 0.0);
    let v275 = min(v271, 0.0);
    let v276 = exp(v275);
    let v277 = (v274 * v276);
    let v278 = select(0.0, 1.0, v271 <= 0.0);
    let v279 = (v277 * v278);
    let v280 = (v273 + v279);
    tmp14[l269] = v280;
  }
  {
    let i281 = i0 + 4u;
    let j282 = j0 + 1u;
    let l283 = i281 * 300u + j282;
    let v284 = acc16.y;
    let v285 = tmp0[l283];
    let v286 = select(0.0, 1.0, v285 > 0.0);
    let v287 = select(0.0, v284, v286 != 0.0);
    let v288 = select(v284, 0.0, v286 != 0.0);
    let v289 = min(v285, 0.0);
    let v290 = exp(v289);
    let v291 = (v288 * v290);
    let v292 = select(0.0, 1.0, v285 <= 0.0);
    let v293 = (v291 * v292);
    let v294 = (v287 + v293);
    tmp14[l283] = v294;
  }
  {
    let i295 = i0 + 4u;
    let j296 = j0 + 2u;
    let l297 = i295 * 300u + j296;
    let v298 = acc16.z;
    let v299 = tmp0[l297];
    let v300 = select(0.0, 1.0, v299 > 0.0);
    let v301 = select(0.0, v298, v300 != 0.0);
    let v302 = select(v298, 0.0, v300 != 0.0);
    let v303 = min(v299, 0.0);
    let v304 = exp(v303);
    let v305 = (v302 * v304);
    let v306 = select(0.0, 1.0, v299 <= 0.0);
    let v307 = (v305 * v306);
    let v308 = (v301 + v307);
    tmp14[l297] = v308;
  }
  {
    let i309 = i0 + 4u;
    let j310 = j0 + 3u;
    let l311 = i309 * 300u + j310;
    let v312 = acc16.w;
    let v313 = tmp0[l311];
    let v314 = select(0.0, 1.0, v313 > 0.0);
    let v315 = select(0.0, v312, v314 != 0.0);
    let v316 = select(v312, 0.0, v314 != 0.0);
    let v317 = min(v313, 0.0);
    let v318 = exp(v317);
    let v319 = (v316 * v318);
    let v320 = select(0.0, 1.0, v313 <= 0.0);
    let v321 = (v319 * v320);
    let v322 = (v315 + v321);
    tmp14[l311] = v322;
  }
  {
    let i323 = i0 + 5u;
    let l324 = i323 * 300u + j0;
    let v325 = acc17.x;
    let v326 = tmp0[l324];
    let v327 = select(0.0, 1.0, v326 > 0.0);
    let v328 = select(0.0, v325, v327 != 0.0);
    let v329 = select(v325, 0.0, v327 != 0.0);
    let v330 = min(v326, 0.0);
    let v331 = exp(v330);
    let v332 = (v329 * v331);
    let v333 = select(0.0, 1.0, v326 <= 0.0);
    let v334 = (v332 * v333);
    let v335 = (v328 + v334);
    tmp14[l324] = v335;
  }
  {
    let i336 = i0 + 5u;
    let j337 = j0 + 1u;
    let l338 = i336 * 300u + j337;
    let v339 = acc17.y;
    let v340 = tmp0[l338];
    let v341 = select(0.0, 1.0, v340 > 0.0);
    let v342 = select(0.0, v339, v341 != 0.0);
    let v343 = select(v339, 0.0, v341 != 0.0);
    let v344 = min(v340, 0.0);
    let v345 = exp(v344);
    let v346 = (v343 * v345);
    let v347 = select(0.0, 1.0, v340 <= 0.0);
    let v348 = (v346 * v347);
    let v349 = (v342 + v348);
    tmp14[l338] = v349;
  }
  {
    let i350 = i0 + 5u;
    let j351 = j0 + 2u;
    let l352 = i350 * 300u + j351;
    let v353 = acc17.z;
    let v354 = tmp0[l352];
    let v355 = select(0.0, 1.0, v354 > 0.0);
    let v356 = select(0.0, v353, v355 != 0.0);
    let v357 = select(v353, 0.0, v355 != 0.0);
    let v358 = min(v354, 0.0);
    let v359 = exp(v358);
    let v360 = (v357 * v359);
    let v361 = select(0.0, 1.0, v354 <= 0.0);
    let v362 = (v360 * v361);
    let v363 = (v356 + v362);
    tmp14[l352] = v363;
  }
  {
    let i364 = i0 + 5u;
    let j365 = j0 + 3u;
    let l366 = i364 * 300u + j365;
    let v367 = acc17.w;
    let v368 = tmp0[l366];
    let v369 = select(0.0, 1.0, v368 > 0.0);
    let v370 = select(0.0, v367, v369 != 0.0);
    let v371 = select(v367, 0.0, v369 != 0.0);
    let v372 = min(v368, 0.0);
    let v373 = exp(v372);
    let v374 = (v371 * v373);
    let v375 = select(0.0, 1.0, v368 <= 0.0);
    let v376 = (v374 * v375);
    let v377 = (v370 + v376);
    tmp14[l366] = v377;
  }
  {
    let i378 = i0 + 6u;
    let l379 = i378 * 300u + j0;
    let v380 = acc18.x;
    let v381 = tmp0[l379];
    let v382 = select(0.0, 1.0, v381 > 0.0);
    let v383 = select(0.0, v380, v382 != 0.0);
    let v384 = select(v380, 0.0, v382 != 0.0);
    let v385 = min(v381, 0.0);
    let v386 = exp(v385);
    let v387 = (v384 * v386);
    let v388 = select(0.0, 1.0, v381 <= 0.0);
    let v389 = (v387 * v388);
    let v390 = (v383 + v389);
    tmp14[l379] = v390;
  }
  {
    let i391 = i0 + 6u;
    let j392 = j0 + 1u;
    let l393 = i391 * 300u + j392;
    let v394 = acc18.y;
    let v395 = tmp0[l393];
    let v396 = select(0.0, 1.0, v395 > 0.0);
    let v397 = select(0.0, v394, v396 != 0.0);
    let v398 = select(v394, 0.0, v396 != 0.0);
    let v399 = min(v395, 0.0);
    let v400 = exp(v399);
    let v401 = (v398 * v400);
    let v402 = select(0.0, 1.0, v395 <= 0.0);
    let v403 = (v401 * v402);
    let v404 = (v397 + v403);
    tmp14[l393] = v404;
  }
  {
    let i405 = i0 + 6u;
    let j406 = j0 + 2u;
    let l407 = i405 * 300u + j406;
    let v408 = acc18.z;
    let v409 = tmp0[l407];
    let v410 = select(0.0, 1.0, v409 > 0.0);
    let v411 = select(0.0, v408, v410 != 0.0);
    let v412 = select(v408, 0.0, v410 != 0.0);
    let v413 = min(v409, 0.0);
    let v414 = exp(v413);
    let v415 = (v412 * v414);
    let v416 = select(0.0, 1.0, v409 <= 0.0);
    let v417 = (v415 * v416);
    let v418 = (v411 + v417);
    tmp14[l407] = v418;
  }
  {
    let i419 = i0 + 6u;
    let j420 = j0 + 3u;
    let l421 = i419 * 300u + j420;
    let v422 = acc18.w;
    let v423 = tmp0[l421];
    let v424 = select(0.0, 1.0, v423 > 0.0);
    let v425 = select(0.0, v422, v424 != 0.0);
    let v426 = select(v422, 0.0, v424 != 0.0);
    let v427 = min(v423, 0.0);
    let v428 = exp(v427);
    let v429 = (v426 * v428);
    let v430 = select(0.0, 1.0, v423 <= 0.0);
    let v431 = (v429 * v430);
    let v432 = (v425 + v431);
    tmp14[l421] = v432;
  }
  {
    let i433 = i0 + 7u;
    let l434 = i433 * 300u + j0;
    let v435 = acc19.x;
    let v436 = tmp0[l434];
    let v437 = select(0.0, 1.0, v436 > 0.0);
    let v438 = select(0.0, v435, v437 != 0.0);
    let v439 = select(v435, 0.0, v437 != 0.0);
    let v440 = min(v436, 0.0);
    let v441 = exp(v440);
    let v442 = (v439 * v441);
    let v443 = select(0.0, 1.0, v436 <= 0.0);
    let v444 = (v442 * v443);
    let v445 = (v438 + v444);
    tmp14[l434] = v445;
  }
  {
    let i446 = i0 + 7u;
    let j447 = j0 + 1u;
    let l448 = i446 * 300u + j447;
    let v449 = acc19.y;
    let v450 = tmp0[l448];
    let v451 = select(0.0, 1.0, v450 > 0.0);
    let v452 = select(0.0, v449, v451 != 0.0);
    let v453 = select(v449, 0.0, v451 != 0.0);
    let v454 = min(v450, 0.0);
    let v455 = exp(v454);
    let v456 = (v453 * v455);
    let v457 = select(0.0, 1.0, v450 <= 0.0);
    let v458 = (v456 * v457);
    let v459 = (v452 + v458);
    tmp14[l448] = v459;
  }
  {
    let i460 = i0 + 7u;
    let j461 = j0 + 2u;
    let l462 = i460 * 300u + j461;
    let v463 = acc19.z;
    let v464 = tmp0[l462];
    let v465 = select(0.0, 1.0, v464 > 0.0);
    let v466 = select(0.0, v463, v465 != 0.0);
    let v467 = select(v463, 0.0, v465 != 0.0);
    let v468 = min(v464, 0.0);
    let v469 = exp(v468);
    let v470 = (v467 * v469);
    let v471 = select(0.0, 1.0, v464 <= 0.0);
    let v472 = (v470 * v471);
    let v473 = (v466 + v472);
    tmp14[l462] = v473;
  }
  {
    let i474 = i0 + 7u;
    let j475 = j0 + 3u;
    let l476 = i474 * 300u + j475;
    let v477 = acc19.w;
    let v478 = tmp0[l476];
    let v479 = select(0.0, 1.0, v478 > 0.0);
    let v480 = select(0.0, v477, v479 != 0.0);
    let v481 = select(v477, 0.0, v479 != 0.0);
    let v482 = min(v478, 0.0);
    let v483 = exp(v482);
    let v484 = (v481 * v483);
    let v485 = select(0.0, 1.0, v478 <= 0.0);
    let v486 = (v484 * v485);
    let v487 = (v480 + v486);
    tmp14[l476] = v487;
  }
}

// ---- 038_matmul_hidden1_dense_kernel_sgd.wgsl
@group(0) @binding(0) var<storage, read> in_X_v4: array<vec4<f32>>;
@group(0) @binding(1) var<storage, read> tmp14_v4: array<vec4<f32>>;
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
    let bv21 = tmp14_v4[(kq20 * 300u + j0) / 4u];
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
    let bv25 = tmp14_v4[(kq24 * 300u + j0) / 4u];
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
    let bv29 = tmp14_v4[(kq28 * 300u + j0) / 4u];
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
    let bv33 = tmp14_v4[(kq32 * 300u + j0) / 4u];
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
    let v39 = max(v38, (-1.0));
    let v40 = min(v39, 1.0);
    let v41 = (v40 * 0.01);
    let v42 = (v37 - v41);
    s_hidden1_dense_kernel[l36] = v42;
  }
  {
    let j43 = j0 + 1u;
    let l44 = i0 * 300u + j43;
    let v45 = s_hidden1_dense_kernel[l44];
    let v46 = acc12.y;
    let v47 = max(v46, (-1.0));
    let v48 = min(v47, 1.0);
    let v49 = (v48 * 0.01);
    let v50 = (v45 - v49);
    s_hidden1_dense_kernel[l44] = v50;
  }
  {
    let j51 = j0 + 2u;
    let l52 = i0 * 300u + j51;
    let v53 = s_hidden1_dense_kernel[l52];
    let v54 = acc12.z;
    let v55 = max(v54, (-1.0));
    let v56 = min(v55, 1.0);
    let v57 = (v56 * 0.01);
    let v58 = (v53 - v57);
    s_hidden1_dense_kernel[l52] = v58;
  }
  {
    let j59 = j0 + 3u;
    let l60 = i0 * 300u + j59;
    let v61 = s_hidden1_dense_kernel[l60];
    let v62 = acc12.w;
    let v63 = max(v62, (-1.0));
    let v64 = min(v63, 1.0);
    let v65 = (v64 * 0.01);
    let v66 = (v61 - v65);
    s_hidden1_dense_kernel[l60] = v66;
  }
  {
    let i67 = i0 + 1u;
    let l68 = i67 * 300u + j0;
    let v69 = s_hidden1_dense_kernel[l68];
    let v70 = acc13.x;
    let v71 = max(v70, (-1.0));
    let v72 = min(v71, 1.0);
    let v73 = (v72 * 0.01);
    let v74 = (v69 - v73);
    s_hidden1_dense_kernel[l68] = v74;
  }
  {
    let i75 = i0 + 1u;
    let j76 = j0 + 1u;
    let l77 = i75 * 300u + j76;
    let v78 = s_hidden1_dense_kernel[l77];
    let v79 = acc13.y;
    let v80 = max(v79, (-1.0));
    let v81 = min(v80, 1.0);
    let v82 = (v81 * 0.01);
    let v83 = (v78 - v82);
    s_hidden1_dense_kernel[l77] = v83;
  }
  {
    let i84 = i0 + 1u;
    let j85 = j0 + 2u;
    let l86 = i84 * 300u + j85;
    let v87 = s_hidden1_dense_kernel[l86];
    let v88 = acc13.z;
    let v89 = max(v88, (-1.0));
    let v90 = min(v89, 1.0);
    let v91 = (v90 * 0.01);
    let v92 = (v87 - v91);
    s_hidden1_dense_kernel[l86] = v92;
  }
  {
    let i93 = i0 + 1u;
    let j94 = j0 + 3u;
    let l95 = i93 * 300u + j94;
    let v96 = s_hidden1_dense_kernel[l95];
    let v97 = acc13.w;
    let v98 = max(v97, (-1.0));
    let v99 = min(v98, 1.0);
    let v100 = (v99 * 0.01);
    let v101 = (v96 - v100);
    s_hidden1_dense_kernel[l95] = v101;
  }
  {
    let i102 = i0 + 2u;
    let l103 = i102 * 300u + j0;
    let v104 = s_hidden1_dense_kernel[l103];
    let v105 = acc14.x;
    let v106 = max(v105, (-1.0));
    let v107 = min(v106, 1.0);
    let v108 = (v107 * 0.01);
    let v109 = (v104 - v108);
    s_hidden1_dense_kernel[l103] = v109;
  }
  {
    let i110 = i0 + 2u;
    let j111 = j0 + 1u;
    let l112 = i110 * 300u + j111;
    let v113 = s_hidden1_dense_kernel[l112];
    let v114 = acc14.y;
    let v115 = max(v114, (-1.0));
    let v116 = min(v115, 1.0);
    let v117 = (v116 * 0.01);
    let v118 = (v113 - v117);
    s_hidden1_dense_kernel[l112] = v118;
  }
  {
    let i119 = i0 + 2u;
    let j120 = j0 + 2u;
    let l121 = i119 * 300u + j120;
    let v122 = s_hidden1_dense_kernel[l121];
    let v123 = acc14.z;
    let v124 = max(v123, (-1.0));
    let v125 = min(v124, 1.0);
    let v126 = (v125 * 0.01);
    let v127 = (v122 - v126);
    s_hidden1_dense_kernel[l121] = v127;
  }
  {
    let i128 = i0 + 2u;
    let j129 = j0 + 3u;
    let l130 = i128 * 300u + j129;
    let v131 = s_hidden1_dense_kernel[l130];
    let v132 = acc14.w;
    let v133 = max(v132, (-1.0));
    let v134 = min(v133, 1.0);
    let v135 = (v134 * 0.01);
    let v136 = (v131 - v135);
    s_hidden1_dense_kernel[l130] = v136;
  }
  {
    let i137 = i0 + 3u;
    let l138 = i137 * 300u + j0;
    let v139 = s_hidden1_dense_kernel[l138];
    let v140 = acc15.x;
    let v141 = max(v140, (-1.0));
    let v142 = min(v141, 1.0);
    let v143 = (v142 * 0.01);
    let v144 = (v139 - v143);
    s_hidden1_dense_kernel[l138] = v144;
  }
  {
    let i145 = i0 + 3u;
    let j146 = j0 + 1u;
    let l147 = i145 * 300u + j146;
    let v148 = s_hidden1_dense_kernel[l147];
    let v149 = acc15.y;
    let v150 = max(v149, (-1.0));
    let v151 = min(v150, 1.0);
    let v152 = (v151 * 0.01);
    let v153 = (v148 - v152);
    s_hidden1_dense_kernel[l147] = v153;
  }
  {
    let i154 = i0 + 3u;
    let j155 = j0 + 2u;
    let l156 = i154 * 300u + j155;
    let v157 = s_hidden1_dense_kernel[l156];
    let v158 = acc15.z;
    let v159 = max(v158, (-1.0));
    let v160 = min(v159, 1.0);
    let v161 = (v160 * 0.01);
    let v162 = (v157 - v161);
    s_hidden1_dense_kernel[l156] = v162;
  }
  {
    let i163 = i0 + 3u;
    let j164 = j0 + 3u;
    let l165 = i163 * 300u + j164;
    let v166 = s_hidden1_dense_kernel[l165];
    let v167 = acc15.w;
    let v168 = max(v167, (-1.0));
    let v169 = min(v168, 1.0);
    let v170 = (v169 * 0.01);
    let v171 = (v166 - v170);
    s_hidden1_dense_kernel[l165] = v171;
  }
  {
    let i172 = i0 + 4u;
    let l173 = i172 * 300u + j0;
    let v174 = s_hidden1_dense_kernel[l173];
    let v175 = acc16.x;
    let v176 = max(v175, (-1.0));
    let v177 = min(v176, 1.0);
    let v178 = (v177 * 0.01);
    let v179 = (v174 - v178);
    s_hidden1_dense_kernel[l173] = v179;
  }
  {
    let i180 = i0 + 4u;
    let j181 = j0 + 1u;
    let l182 = i180 * 300u + j181;
    let v183 = s_hidden1_dense_kernel[l182];
    let v184 = acc16.y;
    let v185 = max(v184, (-1.0));
    let v186 = min(v185, 1.0);
    let v187 = (v186 * 0.01);
    let v188 = (v183 - v187);
    s_hidden1_dense_kernel[l182] = v188;
  }
  {
    let i189 = i0 + 4u;
    let j190 = j0 + 2u;
    let l191 = i189 * 300u + j190;
    let v192 = s_hidden1_dense_kernel[l191];
    let v193 = acc16.z;
    let v194 = max(v193, (-1.0));
    let v195 = min(v194, 1.0);
    let v196 = (v195 * 0.01);
    let v197 = (v192 - v196);
    s_hidden1_dense_kernel[l191] = v197;
  }
  {
    let i198 = i0 + 4u;
    let j199 = j0 + 3u;
    let l200 = i198 * 300u + j199;
    let v201 = s_hidden1_dense_kernel[l200];
    let v202 = acc16.w;
    let v203 = max(v202, (-1.0));
    let v204 = min(v203, 1.0);
    let v205 = (v204 * 0.01);
    let v206 = (v201 - v205);
    s_hidden1_dense_kernel[l200] = v206;
  }
  {
    let i207 = i0 + 5u;
    let l208 = i207 * 300u + j0;
    let v209 = s_hidden1_dense_kernel[l208];
    let v210 = acc17.x;
    let v211 = max(v210, (-1.0));
    let v212 = min(v211, 1.0);
    let v213 = (v212 * 0.01);
    let v214 = (v209 - v213);
    s_hidden1_dense_kernel[l208] = v214;
  }
  {
    let i215 = i0 + 5u;
    let j216 = j0 + 1u;
    let l217 = i215 * 300u + j216;
    let v218 = s_hidden1_dense_kernel[l217];
    let v219 = acc17.y;
    let v220 = max(v219, (-1.0));
    let v221 = min(v220, 1.0);
    let v222 = (v221 * 0.01);
    let v223 = (v218 - v222);
    s_hidden1_dense_kernel[l217] = v223;
  }
  {
    let i224 = i0 + 5u;
    let j225 = j0 + 2u;
    let l226 = i224 * 300u + j225;
    let v227 = s_hidden1_dense_kernel[l226];
    let v228 = acc17.z;
    let v229 = max(v228, (-1.0));
    let v230 = min(v229, 1.0);
    let v231 = (v230 * 0.01);
    let v232 = (v227 - v231);
    s_hidden1_dense_kernel[l226] = v232;
  }
  {
    let i233 = i0 + 5u;
    let j234 = j0 + 3u;
    let l235 = i233 * 300u + j234;
    let v236 = s_hidden1_dense_kernel[l235];
    let v237 = acc17.w;
    let v238 = max(v237, (-1.0));
    let v239 = min(v238, 1.0);
    let v240 = (v239 * 0.01);
    let v241 = (v236 - v240);
    s_hidden1_dense_kernel[l235] = v241;
  }
  {
    let i242 = i0 + 6u;
    let l243 = i242 * 300u + j0;
    let v244 = s_hidden1_dense_kernel[l243];
    let v245 = acc18.x;
    let v246 = max(v245, (-1.0));
    let v247 = min(v246, 1.0);
    let v248 = (v247 * 0.01);
    let v249 = (v244 - v248);
    s_hidden1_dense_kernel[l243] = v249;
  }
  {
    let i250 = i0 + 6u;
    let j251 = j0 + 1u;
    let l252 = i250 * 300u + j251;
    let v253 = s_hidden1_dense_kernel[l252];
    let v254 = acc18.y;
    let v255 = max(v254, (-1.0));
    let v256 = min(v255, 1.0);
    let v257 = (v256 * 0.01);
    let v258 = (v253 - v257);
    s_hidden1_dense_kernel[l252] = v258;
  }
  {
    let i259 = i0 + 6u;
    let j260 = j0 + 2u;
    let l261 = i259 * 300u + j260;
    let v262 = s_hidden1_dense_kernel[l261];
    let v263 = acc18.z;
    let v264 = max(v263, (-1.0));
    let v265 = min(v264, 1.0);
    let v266 = (v265 * 0.01);
    let v267 = (v262 - v266);
    s_hidden1_dense_kernel[l261] = v267;
  }
  {
    let i268 = i0 + 6u;
    let j269 = j0 + 3u;
    let l270 = i268 * 300u + j269;
    let v271 = s_hidden1_dense_kernel[l270];
    let v272 = acc18.w;
    let v273 = max(v272, (-1.0));
    let v274 = min(v273, 1.0);
    let v275 = (v274 * 0.01);
    let v276 = (v271 - v275);
    s_hidden1_dense_kernel[l270] = v276;
  }
  {
    let i277 = i0 + 7u;
    let l278 = i277 * 300u + j0;
    let v279 = s_hidden1_dense_kernel[l278];
    let v280 = acc19.x;
    let v281 = max(v280, (-1.0));
    let v282 = min(v281, 1.0);
    let v283 = (v282 * 0.01);
    let v284 = (v279 - v283);
    s_hidden1_dense_kernel[l278] = v284;
  }
  {
    let i285 = i0 + 7u;
    let j286 = j0 + 1u;
    let l287 = i285 * 300u + j286;
    let v288 = s_hidden1_dense_kernel[l287];
    let v289 = acc19.y;
    let v290 = max(v289, (-1.0));
    let v291 = min(v290, 1.0);
    let v292 = (v291 * 0.01);
    let v293 = (v288 - v292);
    s_hidden1_dense_kernel[l287] = v293;
  }
  {
    let i294 = i0 + 7u;
    let j295 = j0 + 2u;
    let l296 = i294 * 300u + j295;
    let v297 = s_hidden1_dense_kernel[l296];
    let v298 = acc19.z;
    let v299 = max(v298, (-1.0));
    let v300 = min(v299, 1.0);
    let v301 = (v300 * 0.01);
    let v302 = (v297 - v301);
    s_hidden1_dense_kernel[l296] = v302;
  }
  {
    let i303 = i0 + 7u;
    let j304 = j0 + 3u;
    let l305 = i303 * 300u + j304;
    let v306 = s_hidden1_dense_kernel[l305];
    let v307 = acc19.w;
    let v308 = max(v307, (-1.0));
    let v309 = min(v308, 1.0);
    let v310 = (v309 * 0.01);
    let v311 = (v306 - v310);
    s_hidden1_dense_kernel[l305] = v311;
  }
}

// ---- 039_reduce_sum_hidden1_dense_bias_sgd.wgsl
@group(0) @binding(0) var<storage, read_write> s_hidden1_dense_bias: array<f32>;
@group(0) @binding(1) var<storage, read> tmp14: array<f32>;

@compute @workgroup_size(64)
fn main(@builtin(global_invocation_id) gid: vec3<u32>) {
  let i = gid.x;
  if (i >= 300u) { return; }
  let v0 = s_hidden1_dense_bias[i];
  var acc1: f32 = 0.0;
  for (var r: u32 = 0u; r < 200u; r = r + 1u) {
    let l2 = r * 300u + i;
    let v3 = tmp14[l2];
    acc1 = acc1 + v3;
  }
  let v4 = max(acc1, (-1.0));
  let v5 = min(v4, 1.0);
  let v6 = (v5 * 0.01);
  let v7 = (v0 - v6);
  s_hidden1_dense_bias[i] = v7;
}

// ---- 040_matmul_hidden2_dense_kernel_sgd.wgsl
@group(0) @binding(0) var<storage, read> tmp1_v4: array<vec4<f32>>;
@group(0) @binding(1) var<storage, read> tmp13_v4: array<vec4<f32>>;
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
    let bv13 = tmp13_v4[(kq12 * 100u + j0) / 4u];
    let aq14 = tmp1_v4[(kq12 * 300u + i0) / 4u + 0u];
    acc8 = acc8 + aq14.x * bv13;
    acc9 = acc9 + aq14.y * bv13;
    acc10 = acc10 + aq14.z * bv13;
    acc11 = acc11 + aq14.w * bv13;
    let kq15 = k * 4u + 1u;
    let bv16 = tmp13_v4[(kq15 * 100u + j0) / 4u];
    let aq17 = tmp1_v4[(kq15 * 300u + i0) / 4u + 0u];
    acc8 = acc8 + aq17.x * bv16;
    acc9 = acc9 + aq17.y * bv16;
    acc10 = acc10 + aq17.z * bv16;
    acc11 = acc11 + aq17.w * bv16;
    let kq18 = k * 4u + 2u;
    let bv19 = tmp13_v4[(kq18 * 100u + j0) / 4u];
    let aq20 = tmp1_v4[(kq18 * 300u + i0) / 4u + 0u];
    acc8 = acc8 + aq20.x * bv19;
    acc9 = acc9 + aq20.y * bv19;
    acc10 = acc10 + aq20.z * bv19;
    acc11 = acc11 + aq20.w * bv19;
    let kq21 = k * 4u + 3u;
    let bv22 = tmp13_v4[(kq21 * 100u + j0) / 4u];
    let aq23 = tmp1_v4[(kq21 * 300u + i0) / 4u + 0u];
    acc8 = acc8 + aq23.x * bv22;
    acc9 = acc9 + aq23.y * bv22;
    acc10 = acc10 + aq23.z * bv22;
    acc11 = acc11 + aq23.w * bv22;
  }
  {
    let l24 = i0 * 100u + j0;
    let v25 = s_hidden2_dense_kernel[l24];
    let v26 = acc8.x;
    let v27 = max(v26, (-1.0));
    let v28 = min(v27, 1.0);
    let v29 = (v28 * 0.01);
    let v30 = (v25 - v29);
    s_hidden2_dense_kernel[l24] = v30;
  }
  {
    let j31 = j0 + 1u;
    let l32 = i0 * 100u + j31;
    let v33 = s_hidden2_dense_kernel[l32];
    let v34 = acc8.y;
    let v35 = max(v34, (-1.0));
    let v36 = min(v35, 1.0);
    let v37 = (v36 * 0.01);
    let v38 = (v33 - v37);
    s_hidden2_dense_kernel[l32] = v38;
  }
  {
    let j39 = j0 + 2u;
    let l40 = i0 * 100u + j39;
    let v41 = s_hidden2_dense_kernel[l40];
    let v42 = acc8.z;
    let v43 = max(v42, (-1.0));
    let v44 = min(v43, 1.0);
    let v45 = (v44 * 0.01);
    let v46 = (v41 - v45);
    s_hidden2_dense_kernel[l40] = v46;
  }
  {
    let j47 = j0 + 3u;
    let l48 = i0 * 100u + j47;
    let v49 = s_hidden2_dense_kernel[l48];
    let v50 = acc8.w;
    let v51 = max(v50, (-1.0));
    let v52 = min(v51, 1.0);
    let v53 = (v52 * 0.01);
    let v54 = (v49 - v53);
    s_hidden2_dense_kernel[l48] = v54;
  }
  {
    let i55 = i0 + 1u;
    let l56 = i55 * 100u + j0;
    let v57 = s_hidden2_dense_kernel[l56];
    let v58 = acc9.x;
    let v59 = max(v58, (-1.0));
    let v60 = min(v59, 1.0);
    let v61 = (v60 * 0.01);
    let v62 = (v57 - v61);
    s_hidden2_dense_kernel[l56] = v62;
  }
  {
    let i63 = i0 + 1u;
    let j64 = j0 + 1u;
    let l65 = i63 * 100u + j64;
    let v66 = s_hidden2_dense_kernel[l65];
    let v67 = acc9.y;
    let v68 = max(v67, (-1.0));
    let v69 = min(v68, 1.0);
    let v70 = (v69 * 0.01);
    let v71 = (v66 - v70);
    s_hidden2_dense_kernel[l65] = v71;
  }
  {
    let i72 = i0 + 1u;
    let j73 = j0 + 2u;
    let l74 = i72 * 100u + j73;
    let v75 = s_hidden2_dense_kernel[l74];
    let v76 = acc9.z;
    let v77 = max(v76, (-1.0));
    let v78 = min(v77, 1.0);
    let v79 = (v78 * 0.01);
    let v80 = (v75 - v79);
    s_hidden2_dense_kernel[l74] = v80;
  }
  {
    let i81 = i0 + 1u;
    let j82 = j0 + 3u;
    let l83 = i81 * 100u + j82;
    let v84 = s_hidden2_dense_kernel[l83];
    let v85 = acc9.w;
    let v86 = max(v85, (-1.0));
    let v87 = min(v86, 1.0);
    let v88 = (v87 * 0.01);
    let v89 = (v84 - v88);
    s_hidden2_dense_kernel[l83] = v89;
  }
  {
    let i90 = i0 + 2u;
    let l91 = i90 * 100u + j0;
    let v92 = s_hidden2_dense_kernel[l91];
    let v93 = acc10.x;
    let v94 = max(v93, (-1.0));
    let v95 = min(v94, 1.0);
    let v96 = (v95 * 0.01);
    let v97 = (v92 - v96);
    s_hidden2_dense_kernel[l91] = v97;
  }
  {
    let i98 = i0 + 2u;
    let j99 = j0 + 1u;
    let l100 = i98 * 100u + j99;
    let v101 = s_hidden2_dense_kernel[l100];
    let v102 = acc10.y;
    let v103 = max(v102, (-1.0));
    let v104 = min(v103, 1.0);
    let v105 = (v104 * 0.01);
    let v106 = (v101 - v105);
    s_hidden2_dense_kernel[l100] = v106;
  }
  {
    let i107 = i0 + 2u;
    let j108 = j0 + 2u;
    let l109 = i107 * 100u + j108;
    let v110 = s_hidden2_dense_kernel[l109];
    let v111 = acc10.z;
    let v112 = max(v111, (-1.0));
    let v113 = min(v112, 1.0);
    let v114 = (v113 * 0.01);
    let v115 = (v110 - v114);
    s_hidden2_dense_kernel[l109] = v115;
  }
  {
    let i116 = i0 + 2u;
    let j117 = j0 + 3u;
    let l118 = i116 * 100u + j117;
    let v119 = s_hidden2_dense_kernel[l118];
    let v120 = acc10.w;
    let v121 = max(v120, (-1.0));
    let v122 = min(v121, 1.0);
    let v123 = (v122 * 0.01);
    let v124 = (v119 - v123);
    s_hidden2_dense_kernel[l118] = v124;
  }
  {
    let i125 = i0 + 3u;
    let l126 = i125 * 100u + j0;
    let v127 = s_hidden2_dense_kernel[l126];
    let v128 = acc11.x;
    let v129 = max(v128, (-1.0));
    let v130 = min(v129, 1.0);
    let v131 = (v130 * 0.01);
    let v132 = (v127 - v131);
    s_hidden2_dense_kernel[l126] = v132;
  }
  {
    let i133 = i0 + 3u;
    let j134 = j0 + 1u;
    let l135 = i133 * 100u + j134;
    let v136 = s_hidden2_dense_kernel[l135];
    let v137 = acc11.y;
    let v138 = max(v137, (-1.0));
    let v139 = min(v138, 1.0);
    let v140 = (v139 * 0.01);
    let v141 = (v136 - v140);
    s_hidden2_dense_kernel[l135] = v141;
  }
  {
    let i142 = i0 + 3u;
    let j143 = j0 + 2u;
    let l144 = i142 * 100u + j143;
    let v145 = s_hidden2_dense_kernel[l144];
    let v146 = acc11.z;
    let v147 = max(v146, (-1.0));
    let v148 = min(v147, 1.0);
    let v149 = (v148 * 0.01);
    let v150 = (v145 - v149);
    s_hidden2_dense_kernel[l144] = v150;
  }
  {
    let i151 = i0 + 3u;
    let j152 = j0 + 3u;
    let l153 = i151 * 100u + j152;
    let v154 = s_hidden2_dense_kernel[l153];
    let v155 = acc11.w;
    let v156 = max(v155, (-1.0));
    let v157 = min(v156, 1.0);
    let v158 = (v157 * 0.01);
    let v159 = (v154 - v158);
    s_hidden2_dense_kernel[l153] = v159;
  }
}

// ---- 041_reduce_sum_hidden2_dense_bias_sgd.wgsl
@group(0) @binding(0) var<storage, read_write> s_hidden2_dense_bias: array<f32>;
@group(0) @binding(1) var<storage, read> tmp13: array<f32>;

@compute @workgroup_size(64)
fn main(@builtin(global_invocation_id) gid: vec3<u32>) {
  let i = gid.x;
  if (i >= 100u) { return; }
  let v0 = s_hidden2_dense_bias[i];
  var acc1: f32 = 0.0;
  for (var r: u32 = 0u; r < 200u; r = r + 1u) {
    let l2 = r * 100u + i;
    let v3 = tmp13[l2];
    acc1 = acc1 + v3;
  }
  let v4 = max(acc1, (-1.0));
  let v5 = min(v4, 1.0);
  let v6 = (v5 * 0.01);
  let v7 = (v0 - v6);
  s_hidden2_dense_bias[i] = v7;
}

// ---- 042_matmul_logits_dense_kernel_sgd.wgsl
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
  for (var k: u32 = 0u; k < 200u; k = k + 1u) {
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
    let v18 = max(v17, (-1.0));
    let v19 = min(v18, 1.0);
    let v20 = (v19 * 0.01);
    let v21 = (v16 - v20);
    s_logits_dense_kernel[l15] = v21;
  }
  if (j0 + 1u < 10u) {
    let j22 = j0 + 1u;
    let l23 = i0 * 10u + j22;
    let v24 = s_logits_dense_kernel[l23];
    let v25 = acc8.y;
    let v26 = max(v25, (-1.0));
    let v27 = min(v26, 1.0);
    let v28 = (v27 * 0.01);
    let v29 = (v24 - v28);
    s_logits_dense_kernel[l23] = v29;
  }
  if (j0 + 2u < 10u) {
    let j30 = j0 + 2u;
    let l31 = i0 * 10u + j30;
    let v32 = s_logits_dense_kernel[l31];
    let v33 = acc8.z;
    let v34 = max(v33, (-1.0));
    let v35 = min(v34, 1.0);
    let v36 = (v35 * 0.01);
    let v37 = (v32 - v36);
    s_logits_dense_kernel[l31] = v37;
  }
  if (j0 + 3u < 10u) {
    let j38 = j0 + 3u;
    let l39 = i0 * 10u + j38;
    let v40 = s_logits_dense_kernel[l39];
    let v41 = acc8.w;
    let v42 = max(v41, (-1.0));
    let v43 = min(v42, 1.0);
    let v44 = (v43 * 0.01);
    let v45 = (v40 - v44);
    s_logits_dense_kernel[l39] = v45;
  }
  {
    let i46 = i0 + 1u;
    let l47 = i46 * 10u + j0;
    let v48 = s_logits_dense_kernel[l47];
    let v49 = acc9.x;
    let v50 = max(v49, (-1.0));
    let v51 = min(v50, 1.0);
    let v52 = (v51 * 0.01);
    let v53 = (v48 - v52);
    s_logits_dense_kernel[l47] = v53;
  }
  if (j0 + 1u < 10u) {
    let i54 = i0 + 1u;
    let j55 = j0 + 1u;
    let l56 = i54 * 10u + j55;
    let v57 = s_logits_dense_kernel[l56];
    let v58 = acc9.y;
    let v59 = max(v58, (-1.0));
    let v60 = min(v59, 1.0);
    let v61 = (v60 * 0.01);
    let v62 = (v57 - v61);
    s_logits_dense_kernel[l56] = v62;
  }
  if (j0 + 2u < 10u) {
    let i63 = i0 + 1u;
    let j64 = j0 + 2u;
    let l65 = i63 * 10u + j64;
    let v66 = s_logits_dense_kernel[l65];
    let v67 = acc9.z;
    let v68 = max(v67, (-1.0));
    let v69 = min(v68, 1.0);
    let v70 = (v69 * 0.01);
    let v71 = (v66 - v70);
    s_logits_dense_kernel[l65] = v71;
  }
  if (j0 + 3u < 10u) {
    let i72 = i0 + 1u;
    let j73 = j0 + 3u;
    let l74 = i72 * 10u + j73;
    let v75 = s_logits_dense_kernel[l74];
    let v76 = acc9.w;
    let v77 = max(v76, (-1.0));
    let v78 = min(v77, 1.0);
    let v79 = (v78 * 0.01);
    let v80 = (v75 - v79);
    s_logits_dense_kernel[l74] = v80;
  }
  {
    let i81 = i0 + 2u;
    let l82 = i81 * 10u + j0;
    let v83 = s_logits_dense_kernel[l82];
    let v84 = acc10.x;
    let v85 = max(v84, (-1.0));
    let v86 = min(v85, 1.0);
    let v87 = (v86 * 0.01);
    let v88 = (v83 - v87);
    s_logits_dense_kernel[l82] = v88;
  }
  if (j0 + 1u < 10u) {
    let i89 = i0 + 2u;
    let j90 = j0 + 1u;
    let l91 = i89 * 10u + j90;
    let v92 = s_logits_dense_kernel[l91];
    let v93 = acc10.y;
    let v94 = max(v93, (-1.0));
    let v95 = min(v94, 1.0);
    let v96 = (v95 * 0.01);
    let v97 = (v92 - v96);
    s_logits_dense_kernel[l91] = v97;
  }
  if (j0 + 2u < 10u) {
    let i98 = i0 + 2u;
    let j99 = j0 + 2u;
    let l100 = i98 * 10u + j99;
    let v101 = s_logits_dense_kernel[l100];
    let v102 = acc10.z;
    let v103 = max(v102, (-1.0));
    let v104 = min(v103, 1.0);
    let v105 = (v104 * 0.01);
    let v106 = (v101 - v105);
    s_logits_dense_kernel[l100] = v106;
  }
  if (j0 + 3u < 10u) {
    let i107 = i0 + 2u;
    let j108 = j0 + 3u;
    let l109 = i107 * 10u + j108;
    let v110 = s_logits_dense_kernel[l109];
    let v111 = acc10.w;
    let v112 = max(v111, (-1.0));
    let v113 = min(v112, 1.0);
    let v114 = (v113 * 0.01);
    let v115 = (v110 - v114);
    s_logits_dense_kernel[l109] = v115;
  }
  {
    let i116 = i0 + 3u;
    let l117 = i116 * 10u + j0;
    let v118 = s_logits_dense_kernel[l117];
    let v119 = acc11.x;
    let v120 = max(v119, (-1.0));
    let v121 = min(v120, 1.0);
    let v122 = (v121 * 0.01);
    let v123 = (v118 - v122);
    s_logits_dense_kernel[l117] = v123;
  }
  if (j0 + 1u < 10u) {
    let i124 = i0 + 3u;
    let j125 = j0 + 1u;
    let l126 = i124 * 10u + j125;
    let v127 = s_logits_dense_kernel[l126];
    let v128 = acc11.y;
    let v129 = max(v128, (-1.0));
    let v130 = min(v129, 1.0);
    let v131 = (v130 * 0.01);
    let v132 = (v127 - v131);
    s_logits_dense_kernel[l126] = v132;
  }
  if (j0 + 2u < 10u) {
    let i133 = i0 + 3u;
    let j134 = j0 + 2u;
    let l135 = i133 * 10u + j134;
    let v136 = s_logits_dense_kernel[l135];
    let v137 = acc11.z;
    let v138 = max(v137, (-1.0));
    let v139 = min(v138, 1.0);
    let v140 = (v139 * 0.01);
    let v141 = (v136 - v140);
    s_logits_dense_kernel[l135] = v141;
  }
  if (j0 + 3u < 10u) {
    let i142 = i0 + 3u;
    let j143 = j0 + 3u;
    let l144 = i142 * 10u + j143;
    let v145 = s_logits_dense_kernel[l144];
    let v146 = acc11.w;
    let v147 = max(v146, (-1.0));
    let v148 = min(v147, 1.0);
    let v149 = (v148 * 0.01);
    let v150 = (v145 - v149);
    s_logits_dense_kernel[l144] = v150;
  }
}

// ---- 043_reduce_sum_logits_dense_bias_sgd.wgsl
@group(0) @binding(0) var<storage, read_write> s_logits_dense_bias: array<f32>;
@group(0) @binding(1) var<storage, read> tmp11: array<f32>;

@compute @workgroup_size(64)
fn main(@builtin(global_invocation_id) gid: vec3<u32>) {
  let i = gid.x;
  if (i >= 10u) { return; }
  let v0 = s_logits_dense_bias[i];
  var acc1: f32 = 0.0;
  for (var r: u32 = 0u; r < 200u; r = r + 1u) {
    let l2 = r * 10u + i;
    let v3 = tmp11[l2];
    acc1 = acc1 + v3;
  }
  let v4 = max(acc1, (-1.0));
  let v5 = min(v4, 1.0);
  let v6 = (v5 * 0.01);
  let v7 = (v0 - v6);
  s_logits_dense_bias[i] = v7;
}

// ---- 044_reduce_sum_logits_batch_norm_gamma_sgd_x2.wgsl
@group(0) @binding(0) var<storage, read_write> s_logits_batch_norm_gamma: array<f32>;
@group(0) @binding(1) var<storage, read> tmp12: array<f32>;
@group(0) @binding(2) var<storage, read> tmp4: array<f32>;
@group(0) @binding(3) var<storage, read> tmp5: array<f32>;
@group(0) @binding(4) var<storage, read> tmp6: array<f32>;
@group(0) @binding(5) var<storage, read_write> s_logits_batch_norm_beta: array<f32>;

@compute @workgroup_size(64)
fn main(@builtin(global_invocation_id) gid: vec3<u32>) {
  let i = gid.x;
  if (i >= 10u) { return; }
  let v0 = s_logits_batch_norm_gamma[i];
  var acc1: f32 = 0.0;
  for (var r: u32 = 0u; r < 200u; r = r + 1u) {
    let l2 = r * 10u + i;
    let v3 = tmp12[l2];
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
  let v12 = max(acc1, (-1.0));
  let v13 = min(v12, 1.0);
  let v14 = (v13 * 0.01);
  let v15 = (v0 - v14);
  let v16 = s_logits_batch_norm_beta[i];
  var acc17: f32 = 0.0;
  for (var r: u32 = 0u; r < 200u; r = r + 1u) {
    let l18 = r * 10u + i;
    let v19 = tmp12[l18];
    acc17 = acc17 + v19;
  }
  let v20 = max(acc17, (-1.0));
  let v21 = min(v20, 1.0);
  let v22 = (v21 * 0.01);
  let v23 = (v16 - v22);
  s_logits_batch_norm_gamma[i] = v15;
  s_logits_batch_norm_beta[i] = v23;
}

// ---- 045_add_metrics_x3.wgsl
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

// ---- 046_add_metrics_x2.wgsl
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

// ---- 047_feed_eval_X.wgsl
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

// ---- 048_feed_eval_y.wgsl
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

// ---- 049_matmul_hidden1.wgsl
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
    let v48 = min(v47, 0.0);
    let v49 = exp(v48);
    let v50 = (v49 - 1.0);
    let v51 = select(0.0, 1.0, v47 > 0.0);
    let v52 = select(v50, v47, v51 != 0.0);
    tmp0[l44] = v52;
  }
  {
    let j53 = j0 + 1u;
    let l54 = i0 * 300u + j53;
    let v55 = acc12.y;
    let v56 = s_hidden1_dense_bias[j53];
    let v57 = (v55 + v56);
    let v58 = min(v57, 0.0);
    let v59 = exp(v58);
    let v60 = (v59 - 1.0);
    let v61 = select(0.0, 1.0, v57 > 0.0);
    let v62 = select(v60, v57, v61 != 0.0);
    tmp0[l54] = v62;
  }
  {
    let j63 = j0 + 2u;
    let l64 = i0 * 300u + j63;
    let v65 = acc12.z;
    let v66 = s_hidden1_dense_bias[j63];
    let v67 = (v65 + v66);
    let v68 = min(v67, 0.0);
    let v69 = exp(v68);
    let v70 = (v69 - 1.0);
    let v71 = select(0.0, 1.0, v67 > 0.0);
    let v72 = select(v70, v67, v71 != 0.0);
    tmp0[l64] = v72;
  }
  {
    let j73 = j0 + 3u;
    let l74 = i0 * 300u + j73;
    let v75 = acc12.w;
    let v76 = s_hidden1_dense_bias[j73];
    let v77 = (v75 + v76);
    let v78 = min(v77, 0.0);
    let v79 = exp(v78);
    let v80 = (v79 - 1.0);
    let v81 = select(0.0, 1.0, v77 > 0.0);
    let v82 = select(v80, v77, v81 != 0.0);
    tmp0[l74] = v82;
  }
  {
    let i83 = i0 + 1u;
    let l84 = i83 * 300u + j0;
    let v85 = acc13.x;
    let v86 = s_hidden1_dense_bias[j0];
    let v87 = (v85 + v86);
    let v88 = min(v87, 0.0);
    let v89 = exp(v88);
    let v90 = (v89 - 1.0);
    let v91 = select(0.0, 1.0, v87 > 0.0);
    let v92 = select(v90, v87, v91 != 0.0);
    tmp0[l84] = v92;
  }
  {
    let i93 = i0 + 1u;
    let j94 = j0 + 1u;
    let l95 = i93 * 300u + j94;
    let v96 = acc13.y;
    let v97 = s_hidden1_dense_bias[j94];
    let v98 = (v96 + v97);
    let v99 = min(v98, 0.0);
    let v100 = exp(v99);
    let v101 = (v100 - 1.0);
    let v102 = select(0.0, 1.0, v98 > 0.0);
    let v103 = select(v101, v98, v102 != 0.0);
    tmp0[l95] = v103;
  }
  {
    let i104 = i0 + 1u;
    let j105 = j0 + 2u;
    let l106 = i104 * 300u + j105;
    let v107 = acc13.z;
    let v108 = s_hidden1_dense_bias[j105];
    let v109 = (v107 + v108);
    let v110 = min(v109, 0.0);
    let v111 = exp(v110);
    let v112 = (v111 - 1.0);
    let v113 = select(0.0, 1.0, v109 > 0.0);
    let v114 = select(v112, v109, v113 != 0.0);
    tmp0[l106] = v114;
  }
  {
    let i115 = i0 + 1u;
    let j116 = j0 + 3u;
    let l117 = i115 * 300u + j116;
    let v118 = acc13.w;
    let v119 = s_hidden1_dense_bias[j116];
    let v120 = (v118 + v119);
    let v121 = min(v120, 0.0);
    let v122 = exp(v121);
    let v123 = (v122 - 1.0);
    let v124 = select(0.0, 1.0, v120 > 0.0);
    let v125 = select(v123, v120, v124 != 0.0);
    tmp0[l117] = v125;
  }
  {
    let i126 = i0 + 2u;
    let l127 = i126 * 300u + j0;
    let v128 = acc14.x;
    let v129 = s_hidden1_dense_bias[j0];
    let v130 = (v128 + v129);
    let v131 = min(v130, 0.0);
    let v132 = exp(v131);
    let v133 = (v132 - 1.0);
    let v134 = select(0.0, 1.0, v130 > 0.0);
    let v135 = select(v133, v130, v134 != 0.0);
    tmp0[l127] = v135;
  }
  {
    let i136 = i0 + 2u;
    let j137 = j0 + 1u;
    let l138 = i136 * 300u + j137;
    let v139 = acc14.y;
    let v140 = s_hidden1_dense_bias[j137];
    let v141 = (v139 + v140);
    let v142 = min(v141, 0.0);
    let v143 = exp(v142);
    let v144 = (v143 - 1.0);
    let v145 = select(0.0, 1.0, v141 > 0.0);
    let v146 = select(v144, v141, v145 != 0.0);
    tmp0[l138] = v146;
  }
  {
    let i147 = i0 + 2u;
    let j148 = j0 + 2u;
    let l149 = i147 * 300u + j148;
    let v150 = acc14.z;
    let v151 = s_hidden1_dense_bias[j148];
    let v152 = (v150 + v151);
    let v153 = min(v152, 0.0);
    let v154 = exp(v153);
    let v155 = (v154 - 1.0);
    let v156 = select(0.0, 1.0, v152 > 0.0);
    let v157 = select(v155, v152, v156 != 0.0);
    tmp0[l149] = v157;
  }
  {
    let i158 = i0 + 2u;
    let j159 = j0 + 3u;
    let l160 = i158 * 300u + j159;
    let v161 = acc14.w;
    let v162 = s_hidden1_dense_bias[j159];
    let v163 = (v161 + v162);
    let v164 = min(v163, 0.0);
    let v165 = exp(v164);
    let v166 = (v165 - 1.0);
    let v167 = select(0.0, 1.0, v163 > 0.0);
    let v168 = select(v166, v163, v167 != 0.0);
    tmp0[l160] = v168;
  }
  {
    let i169 = i0 + 3u;
    let l170 = i169 * 300u + j0;
    let v171 = acc15.x;
    let v172 = s_hidden1_dense_bias[j0];
    let v173 = (v171 + v172);
    let v174 = min(v173, 0.0);
    let v175 = exp(v174);
    let v176 = (v175 - 1.0);
    let v177 = select(0.0, 1.0, v173 > 0.0);
    let v178 = select(v176, v173, v177 != 0.0);
    tmp0[l170] = v178;
  }
  {
    let i179 = i0 + 3u;
    let j180 = j0 + 1u;
    let l181 = i179 * 300u + j180;
    let v182 = acc15.y;
    let v183 = s_hidden1_dense_bias[j180];
    let v184 = (v182 + v183);
    let v185 = min(v184, 0.0);
    let v186 = exp(v185);
    let v187 = (v186 - 1.0);
    let v188 = select(0.0, 1.0, v184 > 0.0);
    let v189 = select(v187, v184, v188 != 0.0);
    tmp0[l181] = v189;
  }
  {
    let i190 = i0 + 3u;
    let j191 = j0 + 2u;
    let l192 = i190 * 300u + j191;
    let v193 = acc15.z;
    let v194 = s_hidden1_dense_bias[j191];
    let v195 = (v193 + v194);
    let v196 = min(v195, 0.0);
    let v197 = exp(v196);
    let v198 = (v197 - 1.0);
    let v199 = select(0.0, 1.0, v195 > 0.0);
    let v200 = select(v198, v195, v199 != 0.0);
    tmp0[l192] = v200;
  }
  {
    let i201 = i0 + 3u;
    let j202 = j0 + 3u;
    let l203 = i201 * 300u + j202;
    let v204 = acc15.w;
    let v205 = s_hidden1_dense_bias[j202];
    let v206 = (v204 + v205);
    let v207 = min(v206, 0.0);
    let v208 = exp(v207);
    let v209 = (v208 - 1.0);
    let v210 = select(0.0, 1.0, v206 > 0.0);
    let v211 = select(v209, v206, v210 != 0.0);
    tmp0[l203] = v211;
  }
  {
    let i212 = i0 + 4u;
    let l213 = i212 * 300u + j0;
    let v214 = acc16.x;
    let v215 = s_hidden1_dense_bias[j0];
    let v216 = (v214 + v215);
    let v217 = min(v216, 0.0);
    let v218 = exp(v217);
    let v219 = (v218 - 1.0);
    let v220 = select(0.0, 1.0, v216 > 0.0);
    let v221 = select(v219, v216, v220 != 0.0);
    tmp0[l213] = v221;
  }
  {
    let i222 = i0 + 4u;
    let j223 = j0 + 1u;
    let l224 = i222 * 300u + j223;
    let v225 = acc16.y;
    let v226 = s_hidden1_dense_bias[j223];
    let v227 = (v225 + v226);
    let v228 = min(v227, 0.0);
    let v229 = exp(v228);
    let v230 = (v229 - 1.0);
    let v231 = select(0.0, 1.0, v227 > 0.0);
    let v232 = select(v230, v227, v231 != 0.0);
    tmp0[l224] = v232;
  }
  {
    let i233 = i0 + 4u;
    let j234 = j0 + 2u;
    let l235 = i233 * 300u + j234;
    let v236 = acc16.z;
    let v237 = s_hidden1_dense_bias[j234];
    let v238 = (v236 + v237);
    let v239 = min(v238, 0.0);
    let v240 = exp(v239);
    let v241 = (v240 - 1.0);
    let v242 = select(0.0, 1.0, v238 > 0.0);
    let v243 = select(v241, v238, v242 != 0.0);
    tmp0[l235] = v243;
  }
  {
    let i244 = i0 + 4u;
    let j245 = j0 + 3u;
    let l246 = i244 * 300u + j245;
    let v247 = acc16.w;
    let v248 = s_hidden1_dense_bias[j245];
    let v249 = (v247 + v248);
    let v250 = min(v249, 0.0);
    let v251 = exp(v250);
    let v252 = (v251 - 1.0);
    let v253 = select(0.0, 1.0, v249 > 0.0);
    let v254 = select(v252, v249, v253 != 0.0);
    tmp0[l246] = v254;
  }
  {
    let i255 = i0 + 5u;
    let l256 = i255 * 300u + j0;
    let v257 = acc17.x;
    let v258 = s_hidden1_dense_bias[j0];
    let v259 = (v257 + v258);
    let v260 = min(v259, 0.0);
    let v261 = exp(v260);
    let v262 = (v261 - 1.0);
    let v263 = select(0.0, 1.0, v259 > 0.0);
    let v264 = select(v262, v259, v263 != 0.0);
    tmp0[l256] = v264;
  }
  {
    let i265 = i0 + 5u;
    let j266 = j0 + 1u;
    let l267 = i265 * 300u + j266;
    let v268 = acc17.y;
    let v269 = s_hidden1_dense_bias[j266];
    let v270 = (v268 + v269);
    let v271 = min(v270, 0.0);
    let v272 = exp(v271);
    let v273 = (v272 - 1.0);
    let v274 = select(0.0, 1.0, v270 > 0.0);
    let v275 = select(v273, v270, v274 != 0.0);
    tmp0[l267] = v275;
  }
  {
    let i276 = i0 + 5u;
    let j277 = j0 + 2u;
    let l278 = i276 * 300u + j277;
    let v279 = acc17.z;
    let v280 = s_hidden1_dense_bias[j277];
    let v281 = (v279 + v280);
    let v282 = min(v281, 0.0);
    let v283 = exp(v282);
    let v284 = (v283 - 1.0);
    let v285 = select(0.0, 1.0, v281 > 0.0);
    let v286 = select(v284, v281, v285 != 0.0);
    tmp0[l278] = v286;
  }
  {
    let i287 = i0 + 5u;
    let j288 = j0 + 3u;
    let l289 = i287 * 300u + j288;
    let v290 = acc17.w;
    let v291 = s_hidden1_dense_bias[j288];
    let v292 = (v290 + v291);
    let v293 = min(v292, 0.0);
    let v294 = exp(v293);
    let v295 = (v294 - 1.0);
    let v296 = select(0.0, 1.0, v292 > 0.0);
    let v297 = select(v295, v292, v296 != 0.0);
    tmp0[l289] = v297;
  }
  {
    let i298 = i0 + 6u;
    let l299 = i298 * 300u + j0;
    let v300 = acc18.x;
    let v301 = s_hidden1_dense_bias[j0];
    let v302 = (v300 + v301);
    let v303 = min(v302, 0.0);
    let v304 = exp(v303);
    let v305 = (v304 - 1.0);
    let v306 = select(0.0, 1.0, v302 > 0.0);
    let v307 = select(v305, v302, v306 != 0.0);
    tmp0[l299] = v307;
  }
  {
    let i308 = i0 + 6u;
    let j309 = j0 + 1u;
    let l310 = i308 * 300u + j309;
    let v311 = acc18.y;
    let v312 = s_hidden1_dense_bias[j309];
    let v313 = (v311 + v312);
    let v314 = min(v313, 0.0);
    let v315 = exp(v314);
    let v316 = (v315 - 1.0);
    let v317 = select(0.0, 1.0, v313 > 0.0);
    let v318 = select(v316, v313, v317 != 0.0);
    tmp0[l310] = v318;
  }
  {
    let i319 = i0 + 6u;
    let j320 = j0 + 2u;
    let l321 = i319 * 300u + j320;
    let v322 = acc18.z;
    let v323 = s_hidden1_dense_bias[j320];
    let v324 = (v322 + v323);
    let v325 = min(v324, 0.0);
    let v326 = exp(v325);
    let v327 = (v326 - 1.0);
    let v328 = select(0.0, 1.0, v324 > 0.0);
    let v329 = select(v327, v324, v328 != 0.0);
    tmp0[l321] = v329;
  }
  {
    let i330 = i0 + 6u;
    let j331 = j0 + 3u;
    let l332 = i330 * 300u + j331;
    let v333 = acc18.w;
    let v334 = s_hidden1_dense_bias[j331];
    let v335 = (v333 + v334);
    let v336 = min(v335, 0.0);
    let v337 = exp(v336);
    let v338 = (v337 - 1.0);
    let v339 = select(0.0, 1.0, v335 > 0.0);
    let v340 = select(v338, v335, v339 != 0.0);
    tmp0[l332] = v340;
  }
  {
    let i341 = i0 + 7u;
    let l342 = i341 * 300u + j0;
    let v343 = acc19.x;
    let v344 = s_hidden1_dense_bias[j0];
    let v345 = (v343 + v344);
    let v346 = min(v345, 0.0);
    let v347 = exp(v346);
    let v348 = (v347 - 1.0);
    let v349 = select(0.0, 1.0, v345 > 0.0);
    let v350 = select(v348, v345, v349 != 0.0);
    tmp0[l342] = v350;
  }
  {
    let i351 = i0 + 7u;
    let j352 = j0 + 1u;
    let l353 = i351 * 300u + j352;
    let v354 = acc19.y;
    let v355 = s_hidden1_dense_bias[j352];
    let v356 = (v354 + v355);
    let v357 = min(v356, 0.0);
    let v358 = exp(v357);
    let v359 = (v358 - 1.0);
    let v360 = select(0.0, 1.0, v356 > 0.0);
    let v361 = select(v359, v356, v360 != 0.0);
    tmp0[l353] = v361;
  }
  {
    let i362 = i0 + 7u;
    let j363 = j0 + 2u;
    let l364 = i362 * 300u + j363;
    let v365 = acc19.z;
    let v366 = s_hidden1_dense_bias[j363];
    let v367 = (v365 + v366);
    let v368 = min(v367, 0.0);
    let v369 = exp(v368);
    let v370 = (v369 - 1.0);
    let v371 = select(0.0, 1.0, v367 > 0.0);
    let v372 = select(v370, v367, v371 != 0.0);
    tmp0[l364] = v372;
  }
  {
    let i373 = i0 + 7u;
    let j374 = j0 + 3u;
    let l375 = i373 * 300u + j374;
    let v376 = acc19.w;
    let v377 = s_hidden1_dense_bias[j374];
    let v378 = (v376 + v377);
    let v379 = min(v378, 0.0);
    let v380 = exp(v379);
    let v381 = (v380 - 1.0);
    let v382 = select(0.0, 1.0, v378 > 0.0);
    let v383 = select(v381, v378, v382 != 0.0);
    tmp0[l375] = v383;
  }
}

// ---- 050_matmul_hidden2.wgsl
@group(0) @binding(0) var<storage, read> tmp0_v4: array<vec4<f32>>;
@group(0) @binding(1) var<storage, read> s_hidden2_dense_kernel_v4: array<vec4<f32>>;
@group(0) @binding(2) var<storage, read_write> tmp2: array<f32>;
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
    let av28 = tmp0_v4[ra20 + k];
    let av29 = tmp0_v4[ra21 + k];
    let av30 = tmp0_v4[ra22 + k];
    let av31 = tmp0_v4[ra23 + k];
    let av32 = tmp0_v4[ra24 + k];
    let av33 = tmp0_v4[ra25 + k];
    let av34 = tmp0_v4[ra26 + k];
    let av35 = tmp0_v4[ra27 + k];
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
    let v48 = min(v47, 0.0);
    let v49 = exp(v48);
    let v50 = (v49 - 1.0);
    let v51 = select(0.0, 1.0, v47 > 0.0);
    let v52 = select(v50, v47, v51 != 0.0);
    tmp2[l44] = v52;
  }
  {
    let j53 = j0 + 1u;
    let l54 = i0 * 100u + j53;
    let v55 = acc12.y;
    let v56 = s_hidden2_dense_bias[j53];
    let v57 = (v55 + v56);
    let v58 = min(v57, 0.0);
    let v59 = exp(v58);
    let v60 = (v59 - 1.0);
    let v61 = select(0.0, 1.0, v57 > 0.0);
    let v62 = select(v60, v57, v61 != 0.0);
    tmp2[l54] = v62;
  }
  {
    let j63 = j0 + 2u;
    let l64 = i0 * 100u + j63;
    let v65 = acc12.z;
    let v66 = s_hidden2_dense_bias[j63];
    let v67 = (v65 + v66);
    let v68 = min(v67, 0.0);
    let v69 = exp(v68);
    let v70 = (v69 - 1.0);
    let v71 = select(0.0, 1.0, v67 > 0.0);
    let v72 = select(v70, v67, v71 != 0.0);
    tmp2[l64] = v72;
  }
  {
    let j73 = j0 + 3u;
    let l74 = i0 * 100u + j73;
    let v75 = acc12.w;
    let v76 = s_hidden2_dense_bias[j73];
    let v77 = (v75 + v76);
    let v78 = min(v77, 0.0);
    let v79 = exp(v78);
    let v80 = (v79 - 1.0);
    let v81 = select(0.0, 1.0, v77 > 0.0);
    let v82 = select(v80, v77, v81 != 0.0);
    tmp2[l74] = v82;
  }
  {
    let i83 = i0 + 1u;
    let l84 = i83 * 100u + j0;
    let v85 = acc13.x;
    let v86 = s_hidden2_dense_bias[j0];
    let v87 = (v85 + v86);
    let v88 = min(v87, 0.0);
    let v89 = exp(v88);
    let v90 = (v89 - 1.0);
    let v91 = select(0.0, 1.0, v87 > 0.0);
    let v92 = select(v90, v87, v91 != 0.0);
    tmp2[l84] = v92;
  }
  {
    let i93 = i0 + 1u;
    let j94 = j0 + 1u;
    let l95 = i93 * 100u + j94;
    let v96 = acc13.y;
    let v97 = s_hidden2_dense_bias[j94];
    let v98 = (v96 + v97);
    let v99 = min(v98, 0.0);
    let v100 = exp(v99);
    let v101 = (v100 - 1.0);
    let v102 = select(0.0, 1.0, v98 > 0.0);
    let v103 = select(v101, v98, v102 != 0.0);
    tmp2[l95] = v103;
  }
  {
    let i104 = i0 + 1u;
    let j105 = j0 + 2u;
    let l106 = i104 * 100u + j105;
    let v107 = acc13.z;
    let v108 = s_hidden2_dense_bias[j105];
    let v109 = (v107 + v108);
    let v110 = min(v109, 0.0);
    let v111 = exp(v110);
    let v112 = (v111 - 1.0);
    let v113 = select(0.0, 1.0, v109 > 0.0);
    let v114 = select(v112, v109, v113 != 0.0);
    tmp2[l106] = v114;
  }
  {
    let i115 = i0 + 1u;
    let j116 = j0 + 3u;
    let l117 = i115 * 100u + j116;
    let v118 = acc13.w;
    let v119 = s_hidden2_dense_bias[j116];
    let v120 = (v118 + v119);
    let v121 = min(v120, 0.0);
    let v122 = exp(v121);
    let v123 = (v122 - 1.0);
    let v124 = select(0.0, 1.0, v120 > 0.0);
    let v125 = select(v123, v120, v124 != 0.0);
    tmp2[l117] = v125;
  }
  {
    let i126 = i0 + 2u;
    let l127 = i126 * 100u + j0;
    let v128 = acc14.x;
    let v129 = s_hidden2_dense_bias[j0];
    let v130 = (v128 + v129);
    let v131 = min(v130, 0.0);
    let v132 = exp(v131);
    let v133 = (v132 - 1.0);
    let v134 = select(0.0, 1.0, v130 > 0.0);
    let v135 = select(v133, v130, v134 != 0.0);
    tmp2[l127] = v135;
  }
  {
    let i136 = i0 + 2u;
    let j137 = j0 + 1u;
    let l138 = i136 * 100u + j137;
    let v139 = acc14.y;
    let v140 = s_hidden2_dense_bias[j137];
    let v141 = (v139 + v140);
    let v142 = min(v141, 0.0);
    let v143 = exp(v142);
    let v144 = (v143 - 1.0);
    let v145 = select(0.0, 1.0, v141 > 0.0);
    let v146 = select(v144, v141, v145 != 0.0);
    tmp2[l138] = v146;
  }
  {
    let i147 = i0 + 2u;
    let j148 = j0 + 2u;
    let l149 = i147 * 100u + j148;
    let v150 = acc14.z;
    let v151 = s_hidden2_dense_bias[j148];
    let v152 = (v150 + v151);
    let v153 = min(v152, 0.0);
    let v154 = exp(v153);
    let v155 = (v154 - 1.0);
    let v156 = select(0.0, 1.0, v152 > 0.0);
    let v157 = select(v155, v152, v156 != 0.0);
    tmp2[l149] = v157;
  }
  {
    let i158 = i0 + 2u;
    let j159 = j0 + 3u;
    let l160 = i158 * 100u + j159;
    let v161 = acc14.w;
    let v162 = s_hidden2_dense_bias[j159];
    let v163 = (v161 + v162);
    let v164 = min(v163, 0.0);
    let v165 = exp(v164);
    let v166 = (v165 - 1.0);
    let v167 = select(0.0, 1.0, v163 > 0.0);
    let v168 = select(v166, v163, v167 != 0.0);
    tmp2[l160] = v168;
  }
  {
    let i169 = i0 + 3u;
    let l170 = i169 * 100u + j0;
    let v171 = acc15.x;
    let v172 = s_hidden2_dense_bias[j0];
    let v173 = (v171 + v172);
    let v174 = min(v173, 0.0);
    let v175 = exp(v174);
    let v176 = (v175 - 1.0);
    let v177 = select(0.0, 1.0, v173 > 0.0);
    let v178 = select(v176, v173, v177 != 0.0);
    tmp2[l170] = v178;
  }
  {
    let i179 = i0 + 3u;
    let j180 = j0 + 1u;
    let l181 = i179 * 100u + j180;
    let v182 = acc15.y;
    let v183 = s_hidden2_dense_bias[j180];
    let v184 = (v182 + v183);
    let v185 = min(v184, 0.0);
    let v186 = exp(v185);
    let v187 = (v186 - 1.0);
    let v188 = select(0.0, 1.0, v184 > 0.0);
    let v189 = select(v187, v184, v188 != 0.0);
    tmp2[l181] = v189;
  }
  {
    let i190 = i0 + 3u;
    let j191 = j0 + 2u;
    let l192 = i190 * 100u + j191;
    let v193 = acc15.z;
    let v194 = s_hidden2_dense_bias[j191];
    let v195 = (v193 + v194);
    let v196 = min(v195, 0.0);
    let v197 = exp(v196);
    let v198 = (v197 - 1.0);
    let v199 = select(0.0, 1.0, v195 > 0.0);
    let v200 = select(v198, v195, v199 != 0.0);
    tmp2[l192] = v200;
  }
  {
    let i201 = i0 + 3u;
    let j202 = j0 + 3u;
    let l203 = i201 * 100u + j202;
    let v204 = acc15.w;
    let v205 = s_hidden2_dense_bias[j202];
    let v206 = (v204 + v205);
    let v207 = min(v206, 0.0);
    let v208 = exp(v207);
    let v209 = (v208 - 1.0);
    let v210 = select(0.0, 1.0, v206 > 0.0);
    let v211 = select(v209, v206, v210 != 0.0);
    tmp2[l203] = v211;
  }
  {
    let i212 = i0 + 4u;
    let l213 = i212 * 100u + j0;
    let v214 = acc16.x;
    let v215 = s_hidden2_dense_bias[j0];
    let v216 = (v214 + v215);
    let v217 = min(v216, 0.0);
    let v218 = exp(v217);
    let v219 = (v218 - 1.0);
    let v220 = select(0.0, 1.0, v216 > 0.0);
    let v221 = select(v219, v216, v220 != 0.0);
    tmp2[l213] = v221;
  }
  {
    let i222 = i0 + 4u;
    let j223 = j0 + 1u;
    let l224 = i222 * 100u + j223;
    let v225 = acc16.y;
    let v226 = s_hidden2_dense_bias[j223];
    let v227 = (v225 + v226);
    let v228 = min(v227, 0.0);
    let v229 = exp(v228);
    let v230 = (v229 - 1.0);
    let v231 = select(0.0, 1.0, v227 > 0.0);
    let v232 = select(v230, v227, v231 != 0.0);
    tmp2[l224] = v232;
  }
  {
    let i233 = i0 + 4u;
    let j234 = j0 + 2u;
    let l235 = i233 * 100u + j234;
    let v236 = acc16.z;
    let v237 = s_hidden2_dense_bias[j234];
    let v238 = (v236 + v237);
    let v239 = min(v238, 0.0);
    let v240 = exp(v239);
    let v241 = (v240 - 1.0);
    let v242 = select(0.0, 1.0, v238 > 0.0);
    let v243 = select(v241, v238, v242 != 0.0);
    tmp2[l235] = v243;
  }
  {
    let i244 = i0 + 4u;
    let j245 = j0 + 3u;
    let l246 = i244 * 100u + j245;
    let v247 = acc16.w;
    let v248 = s_hidden2_dense_bias[j245];
    let v249 = (v247 + v248);
    let v250 = min(v249, 0.0);
    let v251 = exp(v250);
    let v252 = (v251 - 1.0);
    let v253 = select(0.0, 1.0, v249 > 0.0);
    let v254 = select(v252, v249, v253 != 0.0);
    tmp2[l246] = v254;
  }
  {
    let i255 = i0 + 5u;
    let l256 = i255 * 100u + j0;
    let v257 = acc17.x;
    let v258 = s_hidden2_dense_bias[j0];
    let v259 = (v257 + v258);
    let v260 = min(v259, 0.0);
    let v261 = exp(v260);
    let v262 = (v261 - 1.0);
    let v263 = select(0.0, 1.0, v259 > 0.0);
    let v264 = select(v262, v259, v263 != 0.0);
    tmp2[l256] = v264;
  }
  {
    let i265 = i0 + 5u;
    let j266 = j0 + 1u;
    let l267 = i265 * 100u + j266;
    let v268 = acc17.y;
    let v269 = s_hidden2_dense_bias[j266];
    let v270 = (v268 + v269);
    let v271 = min(v270, 0.0);
    let v272 = exp(v271);
    let v273 = (v272 - 1.0);
    let v274 = select(0.0, 1.0, v270 > 0.0);
    let v275 = select(v273, v270, v274 != 0.0);
    tmp2[l267] = v275;
  }
  {
    let i276 = i0 + 5u;
    let j277 = j0 + 2u;
    let l278 = i276 * 100u + j277;
    let v279 = acc17.z;
    let v280 = s_hidden2_dense_bias[j277];
    let v281 = (v279 + v280);
    let v282 = min(v281, 0.0);
    let v283 = exp(v282);
    let v284 = (v283 - 1.0);
    let v285 = select(0.0, 1.0, v281 > 0.0);
    let v286 = select(v284, v281, v285 != 0.0);
    tmp2[l278] = v286;
  }
  {
    let i287 = i0 + 5u;
    let j288 = j0 + 3u;
    let l289 = i287 * 100u + j288;
    let v290 = acc17.w;
    let v291 = s_hidden2_dense_bias[j288];
    let v292 = (v290 + v291);
    let v293 = min(v292, 0.0);
    let v294 = exp(v293);
    let v295 = (v294 - 1.0);
    let v296 = select(0.0, 1.0, v292 > 0.0);
    let v297 = select(v295, v292, v296 != 0.0);
    tmp2[l289] = v297;
  }
  {
    let i298 = i0 + 6u;
    let l299 = i298 * 100u + j0;
    let v300 = acc18.x;
    let v301 = s_hidden2_dense_bias[j0];
    let v302 = (v300 + v301);
    let v303 = min(v302, 0.0);
    let v304 = exp(v303);
    let v305 = (v304 - 1.0);
    let v306 = select(0.0, 1.0, v302 > 0.0);
    let v307 = select(v305, v302, v306 != 0.0);
    tmp2[l299] = v307;
  }
  {
    let i308 = i0 + 6u;
    let j309 = j0 + 1u;
    let l310 = i308 * 100u + j309;
    let v311 = acc18.y;
    let v312 = s_hidden2_dense_bias[j309];
    let v313 = (v311 + v312);
    let v314 = min(v313, 0.0);
    let v315 = exp(v314);
    let v316 = (v315 - 1.0);
    let v317 = select(0.0, 1.0, v313 > 0.0);
    let v318 = select(v316, v313, v317 != 0.0);
    tmp2[l310] = v318;
  }
  {
    let i319 = i0 + 6u;
    let j320 = j0 + 2u;
    let l321 = i319 * 100u + j320;
    let v322 = acc18.z;
    let v323 = s_hidden2_dense_bias[j320];
    let v324 = (v322 + v323);
    let v325 = min(v324, 0.0);
    let v326 = exp(v325);
    let v327 = (v326 - 1.0);
    let v328 = select(0.0, 1.0, v324 > 0.0);
    let v329 = select(v327, v324, v328 != 0.0);
    tmp2[l321] = v329;
  }
  {
    let i330 = i0 + 6u;
    let j331 = j0 + 3u;
    let l332 = i330 * 100u + j331;
    let v333 = acc18.w;
    let v334 = s_hidden2_dense_bias[j331];
    let v335 = (v333 + v334);
    let v336 = min(v335, 0.0);
    let v337 = exp(v336);
    let v338 = (v337 - 1.0);
    let v339 = select(0.0, 1.0, v335 > 0.0);
    let v340 = select(v338, v335, v339 != 0.0);
    tmp2[l332] = v340;
  }
  {
    let i341 = i0 + 7u;
    let l342 = i341 * 100u + j0;
    let v343 = acc19.x;
    let v344 = s_hidden2_dense_bias[j0];
    let v345 = (v343 + v344);
    let v346 = min(v345, 0.0);
    let v347 = exp(v346);
    let v348 = (v347 - 1.0);
    let v349 = select(0.0, 1.0, v345 > 0.0);
    let v350 = select(v348, v345, v349 != 0.0);
    tmp2[l342] = v350;
  }
  {
    let i351 = i0 + 7u;
    let j352 = j0 + 1u;
    let l353 = i351 * 100u + j352;
    let v354 = acc19.y;
    let v355 = s_hidden2_dense_bias[j352];
    let v356 = (v354 + v355);
    let v357 = min(v356, 0.0);
    let v358 = exp(v357);
    let v359 = (v358 - 1.0);
    let v360 = select(0.0, 1.0, v356 > 0.0);
    let v361 = select(v359, v356, v360 != 0.0);
    tmp2[l353] = v361;
  }
  {
    let i362 = i0 + 7u;
    let j363 = j0 + 2u;
    let l364 = i362 * 100u + j363;
    let v365 = acc19.z;
    let v366 = s_hidden2_dense_bias[j363];
    let v367 = (v365 + v366);
    let v368 = min(v367, 0.0);
    let v369 = exp(v368);
    let v370 = (v369 - 1.0);
    let v371 = select(0.0, 1.0, v367 > 0.0);
    let v372 = select(v370, v367, v371 != 0.0);
    tmp2[l364] = v372;
  }
  {
    let i373 = i0 + 7u;
    let j374 = j0 + 3u;
    let l375 = i373 * 100u + j374;
    let v376 = acc19.w;
    let v377 = s_hidden2_dense_bias[j374];
    let v378 = (v376 + v377);
    let v379 = min(v378, 0.0);
    let v380 = exp(v379);
    let v381 = (v380 - 1.0);
    let v382 = select(0.0, 1.0, v378 > 0.0);
    let v383 = select(v381, v378, v382 != 0.0);
    tmp2[l375] = v383;
  }
}

// ---- 051_matmul_logits_batch_norm.wgsl
@group(0) @binding(0) var<storage, read> tmp2: array<f32>;
@group(0) @binding(1) var<storage, read> s_logits_dense_kernel: array<f32>;
@group(0) @binding(2) var<storage, read_write> tmp7: array<f32>;
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
    acc12 = acc12 + tmp2[ra20 + k] * bv29;
    acc13 = acc13 + tmp2[ra21 + k] * bv29;
    acc14 = acc14 + tmp2[ra22 + k] * bv29;
    acc15 = acc15 + tmp2[ra23 + k] * bv29;
    acc16 = acc16 + tmp2[ra24 + k] * bv29;
    acc17 = acc17 + tmp2[ra25 + k] * bv29;
    acc18 = acc18 + tmp2[ra26 + k] * bv29;
    acc19 = acc19 + tmp2[ra27 + k] * bv29;
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
    tmp7[l30] = v43;
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
    tmp7[l45] = v58;
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
    tmp7[l60] = v73;
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
    tmp7[l75] = v88;
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
    tmp7[l90] = v103;
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
    tmp7[l106] = v119;
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
    tmp7[l122] = v135;
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
    tmp7[l138] = v151;
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
    tmp7[l153] = v166;
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
    tmp7[l169] = v182;
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
    tmp7[l185] = v198;
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
    tmp7[l201] = v214;
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
    tmp7[l216] = v229;
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
    tmp7[l232] = v245;
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
    tmp7[l248] = v261;
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
    tmp7[l264] = v277;
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
    tmp7[l279] = v292;
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
    tmp7[l295] = v308;
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
    tmp7[l311] = v324;
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
    tmp7[l327] = v340;
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
    tmp7[l342] = v355;
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
    tmp7[l358] = v371;
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
    tmp7[l374] = v387;
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
    tmp7[l390] = v403;
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
    tmp7[l405] = v418;
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
    tmp7[l421] = v434;
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
    tmp7[l437] = v450;
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
    tmp7[l453] = v466;
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
    tmp7[l468] = v481;
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
    tmp7[l484] = v497;
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
    tmp7[l500] = v513;
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
    tmp7[l516] = v529;
  }
}

// ---- 052_reduce_max_loss.wgsl
@group(0) @binding(0) var<storage, read> tmp7: array<f32>;
@group(0) @binding(1) var<storage, read_write> tmp10: array<f32>;

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
  tmp10[i] = acc0;
}

// ---- 053_reduce_sum_loss.wgsl
@group(0) @binding(0) var<storage, read> tmp7: array<f32>;
@group(0) @binding(1) var<storage, read> tmp10: array<f32>;
@group(0) @binding(2) var<storage, read_write> tmp8: array<f32>;

@compute @workgroup_size(64)
fn main(@builtin(global_invocation_id) gid: vec3<u32>) {
  let i = gid.x;
  if (i >= 200u) { return; }
  var acc0: f32 = 0.0;
  for (var r: u32 = 0u; r < 10u; r = r + 1u) {
    let l1 = i * 10u + r;
    let v2 = tmp7[l1];
    let v3 = tmp10[i];
    let v4 = (v2 - v3);
    let v5 = exp(v4);
    acc0 = acc0 + v5;
  }
  tmp8[i] = acc0;
}

// ---- 054_reduce_sum_loss.wgsl
@group(0) @binding(0) var<storage, read> tmp9: array<f32>;
@group(0) @binding(1) var<storage, read> tmp7: array<f32>;
@group(0) @binding(2) var<storage, read> tmp10: array<f32>;
@group(0) @binding(3) var<storage, read> tmp8: array<f32>;
@group(0) @binding(4) var<storage, read_write> tmp11: array<f32>;

@compute @workgroup_size(64)
fn main(@builtin(global_invocation_id) gid: vec3<u32>) {
  let i = gid.x;
  if (i >= 200u) { return; }
  var acc0: f32 = 0.0;
  for (var r: u32 = 0u; r < 10u; r = r + 1u) {
    let l1 = i * 10u + r;
    let v2 = tmp9[l1];
    let v3 = tmp7[l1];
    let v4 = tmp10[i];
    let v5 = (v3 - v4);
    let v6 = tmp8[i];
    let v7 = log(v6);
    let v8 = (v5 - v7);
    let v9 = (v2 * v8);
    acc0 = acc0 + v9;
  }
  tmp11[i] = acc0;
}

// ---- 055_reduce_sum_accuracy.wgsl
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
    let v3 = tmp9[l1];
    let v4 = (v2 * v3);
    acc0 = acc0 + v4;
  }
  tmp10[i] = acc0;
}

// ---- 056_reduce_sum_accuracy_x2.wgsl
@group(0) @binding(0) var<storage, read> tmp7: array<f32>;
@group(0) @binding(1) var<storage, read> tmp10: array<f32>;
@group(0) @binding(2) var<storage, read_write> tmp8: array<f32>;
@group(0) @binding(3) var<storage, read_write> tmp12: array<f32>;

@compute @workgroup_size(64)
fn main(@builtin(global_invocation_id) gid: vec3<u32>) {
  let i = gid.x;
  if (i >= 200u) { return; }
  var acc0: f32 = 0.0;
  for (var r: u32 = 0u; r < 10u; r = r + 1u) {
    let l1 = i * 10u + r;
    let v2 = tmp7[l1];
    let v3 = tmp10[i];
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
  tmp8[i] = acc0;
  tmp12[i] = acc5;
}

// ---- 057_reduce_sum_accuracy_x2.wgsl
@group(0) @binding(0) var<storage, read> tmp8: array<f32>;
@group(0) @binding(1) var<storage, read> tmp12: array<f32>;
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
    let v1 = tmp8[r];
    let v2 = select(0.0, 1.0, v1 < 1.0);
    let v3 = tmp12[r];
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

// ---- 058_add_metrics_x3.wgsl
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
