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
    let bv37 = s_hidden1_kernel_v4[(kq36 * 300u + j0) / 4u];
    acc12 = acc12 + av28.x * bv37;
    acc13 = acc13 + av29.x * bv37;
    acc14 = acc14 + av30.x * bv37;
    acc15 = acc15 + av31.x * bv37;
    acc16 = acc16 + av32.x * bv37;
    acc17 = acc17 + av33.x * bv37;
    acc18 = acc18 + av34.x * bv37;
    acc19 = acc19 + av35.x * bv37;
    let kq38 = k * 4u + 1u;
    let bv39 = s_hidden1_kernel_v4[(kq38 * 300u + j0) / 4u];
    acc12 = acc12 + av28.y * bv39;
    acc13 = acc13 + av29.y * bv39;
    acc14 = acc14 + av30.y * bv39;
    acc15 = acc15 + av31.y * bv39;
    acc16 = acc16 + av32.y * bv39;
    acc17 = acc17 + av33.y * bv39;
    acc18 = acc18 + av34.y * bv39;
    acc19 = acc19 + av35.y * bv39;
    let kq40 = k * 4u + 2u;
    let bv41 = s_hidden1_kernel_v4[(kq40 * 300u + j0) / 4u];
    acc12 = acc12 + av28.z * bv41;
    acc13 = acc13 + av29.z * bv41;
    acc14 = acc14 + av30.z * bv41;
    acc15 = acc15 + av31.z * bv41;
    acc16 = acc16 + av32.z * bv41;
    acc17 = acc17 + av33.z * bv41;
    acc18 = acc18 + av34.z * bv41;
    acc19 = acc19 + av35.z * bv41;
    let kq42 = k * 4u + 3u;
    let bv43 = s_hidden1_kernel_v4[(kq42 * 300u + j0) / 4u];
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
    let v46 = s_hidden1_bias[j0];
    let v47 = (v45 + v46);
    tmp0[l44] = v47;
  }
  {
    let j48 = j0 + 1u;
    let l49 = i0 * 300u + j48;
    let v50 = acc12.y;
    let v51 = s_hidden1_bias[j48];
    let v52 = (v50 + v51);
    tmp0[l49] = v52;
  }
  {
    let j53 = j0 + 2u;
    let l54 = i0 * 300u + j53;
    let v55 = acc12.z;
    let v56 = s_hidden1_bias[j53];
    let v57 = (v55 + v56);
    tmp0[l54] = v57;
  }
  {
    let j58 = j0 + 3u;
    let l59 = i0 * 300u + j58;
    let v60 = acc12.w;
    let v61 = s_hidden1_bias[j58];
    let v62 = (v60 + v61);
    tmp0[l59] = v62;
  }
  {
    let i63 = i0 + 1u;
    let l64 = i63 * 300u + j0;
    let v65 = acc13.x;
    let v66 = s_hidden1_bias[j0];
    let v67 = (v65 + v66);
    tmp0[l64] = v67;
  }
  {
    let i68 = i0 + 1u;
    let j69 = j0 + 1u;
    let l70 = i68 * 300u + j69;
    let v71 = acc13.y;
    let v72 = s_hidden1_bias[j69];
    let v73 = (v71 + v72);
    tmp0[l70] = v73;
  }
  {
    let i74 = i0 + 1u;
    let j75 = j0 + 2u;
    let l76 = i74 * 300u + j75;
    let v77 = acc13.z;
    let v78 = s_hidden1_bias[j75];
    let v79 = (v77 + v78);
    tmp0[l76] = v79;
  }
  {
    let i80 = i0 + 1u;
    let j81 = j0 + 3u;
    let l82 = i80 * 300u + j81;
    let v83 = acc13.w;
    let v84 = s_hidden1_bias[j81];
    let v85 = (v83 + v84);
    tmp0[l82] = v85;
  }
  {
    let i86 = i0 + 2u;
    let l87 = i86 * 300u + j0;
    let v88 = acc14.x;
    let v89 = s_hidden1_bias[j0];
    let v90 = (v88 + v89);
    tmp0[l87] = v90;
  }
  {
    let i91 = i0 + 2u;
    let j92 = j0 + 1u;
    let l93 = i91 * 300u + j92;
    let v94 = acc14.y;
    let v95 = s_hidden1_bias[j92];
    let v96 = (v94 + v95);
    tmp0[l93] = v96;
  }
  {
    let i97 = i0 + 2u;
    let j98 = j0 + 2u;
    let l99 = i97 * 300u + j98;
    let v100 = acc14.z;
    let v101 = s_hidden1_bias[j98];
    let v102 = (v100 + v101);
    tmp0[l99] = v102;
  }
  {
    let i103 = i0 + 2u;
    let j104 = j0 + 3u;
    let l105 = i103 * 300u + j104;
    let v106 = acc14.w;
    let v107 = s_hidden1_bias[j104];
    let v108 = (v106 + v107);
    tmp0[l105] = v108;
  }
  {
    let i109 = i0 + 3u;
    let l110 = i109 * 300u + j0;
    let v111 = acc15.x;
    let v112 = s_hidden1_bias[j0];
    let v113 = (v111 + v112);
    tmp0[l110] = v113;
  }
  {
    let i114 = i0 + 3u;
    let j115 = j0 + 1u;
    let l116 = i114 * 300u + j115;
    let v117 = acc15.y;
    let v118 = s_hidden1_bias[j115];
    let v119 = (v117 + v118);
    tmp0[l116] = v119;
  }
  {
    let i120 = i0 + 3u;
    let j121 = j0 + 2u;
    let l122 = i120 * 300u + j121;
    let v123 = acc15.z;
    let v124 = s_hidden1_bias[j121];
    let v125 = (v123 + v124);
    tmp0[l122] = v125;
  }
  {
    let i126 = i0 + 3u;
    let j127 = j0 + 3u;
    let l128 = i126 * 300u + j127;
    let v129 = acc15.w;
    let v130 = s_hidden1_bias[j127];
    let v131 = (v129 + v130);
    tmp0[l128] = v131;
  }
  {
    let i132 = i0 + 4u;
    let l133 = i132 * 300u + j0;
    let v134 = acc16.x;
    let v135 = s_hidden1_bias[j0];
    let v136 = (v134 + v135);
    tmp0[l133] = v136;
  }
  {
    let i137 = i0 + 4u;
    let j138 = j0 + 1u;
    let l139 = i137 * 300u + j138;
    let v140 = acc16.y;
    let v141 = s_hidden1_bias[j138];
    let v142 = (v140 + v141);
    tmp0[l139] = v142;
  }
  {
    let i143 = i0 + 4u;
    let j144 = j0 + 2u;
    let l145 = i143 * 300u + j144;
    let v146 = acc16.z;
    let v147 = s_hidden1_bias[j144];
    let v148 = (v146 + v147);
    tmp0[l145] = v148;
  }
  {
    let i149 = i0 + 4u;
    let j150 = j0 + 3u;
    let l151 = i149 * 300u + j150;
    let v152 = acc16.w;
    let v153 = s_hidden1_bias[j150];
    let v154 = (v152 + v153);
    tmp0[l151] = v154;
  }
  {
    let i155 = i0 + 5u;
    let l156 = i155 * 300u + j0;
    let v157 = acc17.x;
    let v158 = s_hidden1_bias[j0];
    let v159 = (v157 + v158);
    tmp0[l156] = v159;
  }
  {
    let i160 = i0 + 5u;
    let j161 = j0 + 1u;
    let l162 = i160 * 300u + j161;
    let v163 = acc17.y;
    let v164 = s_hidden1_bias[j161];
    let v165 = (v163 + v164);
    tmp0[l162] = v165;
  }
  {
    let i166 = i0 + 5u;
    let j167 = j0 + 2u;
    let l168 = i166 * 300u + j167;
    let v169 = acc17.z;
    let v170 = s_hidden1_bias[j167];
    let v171 = (v169 + v170);
    tmp0[l168] = v171;
  }
  {
    let i172 = i0 + 5u;
    let j173 = j0 + 3u;
    let l174 = i172 * 300u + j173;
    let v175 = acc17.w;
    let v176 = s_hidden1_bias[j173];
    let v177 = (v175 + v176);
    tmp0[l174] = v177;
  }
  {
    let i178 = i0 + 6u;
    let l179 = i178 * 300u + j0;
    let v180 = acc18.x;
    let v181 = s_hidden1_bias[j0];
    let v182 = (v180 + v181);
    tmp0[l179] = v182;
  }
  {
    let i183 = i0 + 6u;
    let j184 = j0 + 1u;
    let l185 = i183 * 300u + j184;
    let v186 = acc18.y;
    let v187 = s_hidden1_bias[j184];
    let v188 = (v186 + v187);
    tmp0[l185] = v188;
  }
  {
    let i189 = i0 + 6u;
    let j190 = j0 + 2u;
    let l191 = i189 * 300u + j190;
    let v192 = acc18.z;
    let v193 = s_hidden1_bias[j190];
    let v194 = (v192 + v193);
    tmp0[l191] = v194;
  }
  {
    let i195 = i0 + 6u;
    let j196 = j0 + 3u;
    let l197 = i195 * 300u + j196;
    let v198 = acc18.w;
    let v199 = s_hidden1_bias[j196];
    let v200 = (v198 + v199);
    tmp0[l197] = v200;
  }
  {
    let i201 = i0 + 7u;
    let l202 = i201 * 300u + j0;
    let v203 = acc19.x;
    let v204 = s_hidden1_bias[j0];
    let v205 = (v203 + v204);
    tmp0[l202] = v205;
  }
  {
    let i206 = i0 + 7u;
    let j207 = j0 + 1u;
    let l208 = i206 * 300u + j207;
    let v209 = acc19.y;
    let v210 = s_hidden1_bias[j207];
    let v211 = (v209 + v210);
    tmp0[l208] = v211;
  }
  {
    let i212 = i0 + 7u;
    let j213 = j0 + 2u;
    let l214 = i212 * 300u + j213;
    let v215 = acc19.z;
    let v216 = s_hidden1_bias[j213];
    let v217 = (v215 + v216);
    tmp0[l214] = v217;
  }
  {
    let i218 = i0 + 7u;
    let j219 = j0 + 3u;
    let l220 = i218 * 300u + j219;
    let v221 = acc19.w;
    let v222 = s_hidden1_bias[j219];
    let v223 = (v221 + v222);
    tmp0[l220] = v223;
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
  let ra20 = row0 * 300u;
  let ra21 = row1 * 300u;
  let ra22 = row2 * 300u;
  let ra23 = row3 * 300u;
  let ra24 = row4 * 300u;
  let ra25 = row5 * 300u;
  let ra26 = row6 * 300u;
  let ra27 = row7 * 300u;
  for (var k: u32 = 0u; k < 300u; k = k + 1u) {
    let rb28 = k * 10u;
    let bv29 = vec4<f32>(s_outputs_kernel[rb28 + col8], s_outputs_kernel[rb28 + col9], s_outputs_kernel[rb28 + col10], s_outputs_kernel[rb28 + col11]);
    acc12 = acc12 + tmp1[ra20 + k] * bv29;
    acc13 = acc13 + tmp1[ra21 + k] * bv29;
    acc14 = acc14 + tmp1[ra22 + k] * bv29;
    acc15 = acc15 + tmp1[ra23 + k] * bv29;
    acc16 = acc16 + tmp1[ra24 + k] * bv29;
    acc17 = acc17 + tmp1[ra25 + k] * bv29;
    acc18 = acc18 + tmp1[ra26 + k] * bv29;
    acc19 = acc19 + tmp1[ra27 + k] * bv29;
  }
  {
    let l30 = i0 * 10u + j0;
    let v31 = acc12.x;
    let v32 = s_outputs_bias[j0];
    let v33 = (v31 + v32);
    tmp2[l30] = v33;
  }
  if (j0 + 1u < 10u) {
    let j34 = j0 + 1u;
    let l35 = i0 * 10u + j34;
    let v36 = acc12.y;
    let v37 = s_outputs_bias[j34];
    let v38 = (v36 + v37);
    tmp2[l35] = v38;
  }
  if (j0 + 2u < 10u) {
    let j39 = j0 + 2u;
    let l40 = i0 * 10u + j39;
    let v41 = acc12.z;
    let v42 = s_outputs_bias[j39];
    let v43 = (v41 + v42);
    tmp2[l40] = v43;
  }
  if (j0 + 3u < 10u) {
    let j44 = j0 + 3u;
    let l45 = i0 * 10u + j44;
    let v46 = acc12.w;
    let v47 = s_outputs_bias[j44];
    let v48 = (v46 + v47);
    tmp2[l45] = v48;
  }
  {
    let i49 = i0 + 1u;
    let l50 = i49 * 10u + j0;
    let v51 = acc13.x;
    let v52 = s_outputs_bias[j0];
    let v53 = (v51 + v52);
    tmp2[l50] = v53;
  }
  if (j0 + 1u < 10u) {
    let i54 = i0 + 1u;
    let j55 = j0 + 1u;
    let l56 = i54 * 10u + j55;
    let v57 = acc13.y;
    let v58 = s_outputs_bias[j55];
    let v59 = (v57 + v58);
    tmp2[l56] = v59;
  }
  if (j0 + 2u < 10u) {
    let i60 = i0 + 1u;
    let j61 = j0 + 2u;
    let l62 = i60 * 10u + j61;
    let v63 = acc13.z;
    let v64 = s_outputs_bias[j61];
    let v65 = (v63 + v64);
    tmp2[l62] = v65;
  }
  if (j0 + 3u < 10u) {
    let i66 = i0 + 1u;
    let j67 = j0 + 3u;
    let l68 = i66 * 10u + j67;
    let v69 = acc13.w;
    let v70 = s_outputs_bias[j67];
    let v71 = (v69 + v70);
    tmp2[l68] = v71;
  }
  {
    let i72 = i0 + 2u;
    let l73 = i72 * 10u + j0;
    let v74 = acc14.x;
    let v75 = s_outputs_bias[j0];
    let v76 = (v74 + v75);
    tmp2[l73] = v76;
  }
  if (j0 + 1u < 10u) {
    let i77 = i0 + 2u;
    let j78 = j0 + 1u;
    let l79 = i77 * 10u + j78;
    let v80 = acc14.y;
    let v81 = s_outputs_bias[j78];
    let v82 = (v80 + v81);
    tmp2[l79] = v82;
  }
  if (j0 + 2u < 10u) {
    let i83 = i0 + 2u;
    let j84 = j0 + 2u;
    let l85 = i83 * 10u + j84;
    let v86 = acc14.z;
    let v87 = s_outputs_bias[j84];
    let v88 = (v86 + v87);
    tmp2[l85] = v88;
  }
  if (j0 + 3u < 10u) {
    let i89 = i0 + 2u;
    let j90 = j0 + 3u;
    let l91 = i89 * 10u + j90;
    let v92 = acc14.w;
    let v93 = s_outputs_bias[j90];
    let v94 = (v92 + v93);
    tmp2[l91] = v94;
  }
  {
    let i95 = i0 + 3u;
    let l96 = i95 * 10u + j0;
    let v97 = acc15.x;
    let v98 = s_outputs_bias[j0];
    let v99 = (v97 + v98);
    tmp2[l96] = v99;
  }
  if (j0 + 1u < 10u) {
    let i100 = i0 + 3u;
    let j101 = j0 + 1u;
    let l102 = i100 * 10u + j101;
    let v103 = acc15.y;
    let v104 = s_outputs_bias[j101];
    let v105 = (v103 + v104);
    tmp2[l102] = v105;
  }
  if (j0 + 2u < 10u) {
    let i106 = i0 + 3u;
    let j107 = j0 + 2u;
    let l108 = i106 * 10u + j107;
    let v109 = acc15.z;
    let v110 = s_outputs_bias[j107];
    let v111 = (v109 + v110);
    tmp2[l108] = v111;
  }
  if (j0 + 3u < 10u) {
    let i112 = i0 + 3u;
    let j113 = j0 + 3u;
    let l114 = i112 * 10u + j113;
    let v115 = acc15.w;
    let v116 = s_outputs_bias[j113];
    let v117 = (v115 + v116);
    tmp2[l114] = v117;
  }
  {
    let i118 = i0 + 4u;
    let l119 = i118 * 10u + j0;
    let v120 = acc16.x;
    let v121 = s_outputs_bias[j0];
    let v122 = (v120 + v121);
    tmp2[l119] = v122;
  }
  if (j0 + 1u < 10u) {
    let i123 = i0 + 4u;
    let j124 = j0 + 1u;
    let l125 = i123 * 10u + j124;
    let v126 = acc16.y;
    let v127 = s_outputs_bias[j124];
    let v128 = (v126 + v127);
    tmp2[l125] = v128;
  }
  if (j0 + 2u < 10u) {
    let i129 = i0 + 4u;
    let j130 = j0 + 2u;
    let l131 = i129 * 10u + j130;
    let v132 = acc16.z;
    let v133 = s_outputs_bias[j130];
    let v134 = (v132 + v133);
    tmp2[l131] = v134;
  }
  if (j0 + 3u < 10u) {
    let i135 = i0 + 4u;
    let j136 = j0 + 3u;
    let l137 = i135 * 10u + j136;
    let v138 = acc16.w;
    let v139 = s_outputs_bias[j136];
    let v140 = (v138 + v139);
    tmp2[l137] = v140;
  }
  {
    let i141 = i0 + 5u;
    let l142 = i141 * 10u + j0;
    let v143 = acc17.x;
    let v144 = s_outputs_bias[j0];
    let v145 = (v143 + v144);
    tmp2[l142] = v145;
  }
  if (j0 + 1u < 10u) {
    let i146 = i0 + 5u;
    let j147 = j0 + 1u;
    let l148 = i146 * 10u + j147;
    let v149 = acc17.y;
    let v150 = s_outputs_bias[j147];
    let v151 = (v149 + v150);
    tmp2[l148] = v151;
  }
  if (j0 + 2u < 10u) {
    let i152 = i0 + 5u;
    let j153 = j0 + 2u;
    let l154 = i152 * 10u + j153;
    let v155 = acc17.z;
    let v156 = s_outputs_bias[j153];
    let v157 = (v155 + v156);
    tmp2[l154] = v157;
  }
  if (j0 + 3u < 10u) {
    let i158 = i0 + 5u;
    let j159 = j0 + 3u;
    let l160 = i158 * 10u + j159;
    let v161 = acc17.w;
    let v162 = s_outputs_bias[j159];
    let v163 = (v161 + v162);
    tmp2[l160] = v163;
  }
  {
    let i164 = i0 + 6u;
    let l165 = i164 * 10u + j0;
    let v166 = acc18.x;
    let v167 = s_outputs_bias[j0];
    let v168 = (v166 + v167);
    tmp2[l165] = v168;
  }
  if (j0 + 1u < 10u) {
    let i169 = i0 + 6u;
    let j170 = j0 + 1u;
    let l171 = i169 * 10u + j170;
    let v172 = acc18.y;
    let v173 = s_outputs_bias[j170];
    let v174 = (v172 + v173);
    tmp2[l171] = v174;
  }
  if (j0 + 2u < 10u) {
    let i175 = i0 + 6u;
    let j176 = j0 + 2u;
    let l177 = i175 * 10u + j176;
    let v178 = acc18.z;
    let v179 = s_outputs_bias[j176];
    let v180 = (v178 + v179);
    tmp2[l177] = v180;
  }
  if (j0 + 3u < 10u) {
    let i181 = i0 + 6u;
    let j182 = j0 + 3u;
    let l183 = i181 * 10u + j182;
    let v184 = acc18.w;
    let v185 = s_outputs_bias[j182];
    let v186 = (v184 + v185);
    tmp2[l183] = v186;
  }
  {
    let i187 = i0 + 7u;
    let l188 = i187 * 10u + j0;
    let v189 = acc19.x;
    let v190 = s_outputs_bias[j0];
    let v191 = (v189 + v190);
    tmp2[l188] = v191;
  }
  if (j0 + 1u < 10u) {
    let i192 = i0 + 7u;
    let j193 = j0 + 1u;
    let l194 = i192 * 10u + j193;
    let v195 = acc19.y;
    let v196 = s_outputs_bias[j193];
    let v197 = (v195 + v196);
    tmp2[l194] = v197;
  }
  if (j0 + 2u < 10u) {
    let i198 = i0 + 7u;
    let j199 = j0 + 2u;
    let l200 = i198 * 10u + j199;
    let v201 = acc19.z;
    let v202 = s_outputs_bias[j199];
    let v203 = (v201 + v202);
    tmp2[l200] = v203;
  }
  if (j0 + 3u < 10u) {
    let i204 = i0 + 7u;
    let j205 = j0 + 3u;
    let l206 = i204 * 10u + j205;
    let v207 = acc19.w;
    let v208 = s_outputs_bias[j205];
    let v209 = (v207 + v208);
    tmp2[l206] = v209;
  }
}

// ---- 011_one_hot_base_loss.wgsl
@group(0) @binding(0) var<storage, read> in_y: array<i32>;
@group(0) @binding(1) var<storage, read_write> tmp3: array<f32>;

@compute @workgroup_size(64)
fn main(@builtin(global_invocation_id) gid: vec3<u32>) {
  let i = gid.x;
  if (i >= 2000u) { return; }
  let c0 = (i / 10u);
  let c1 = (i % 10u);
  let v2 = in_y[c0];
  let v3 = select(0.0, 1.0, i32(c1) == v2);
  tmp3[i] = v3;
}

// ---- 012_reduce_max_base_loss.wgsl
@group(0) @binding(0) var<storage, read> tmp2: array<f32>;
@group(0) @binding(1) var<storage, read_write> tmp4: array<f32>;

@compute @workgroup_size(64)
fn main(@builtin(global_invocation_id) gid: vec3<u32>) {
  let i = gid.x;
  if (i >= 200u) { return; }
  var acc0: f32 = -3.4028234663852886e38;
  for (var r: u32 = 0u; r < 10u; r = r + 1u) {
    let l1 = i * 10u + r;
    let v2 = tmp2[l1];
    acc0 = max(acc0, v2);
  }
  tmp4[i] = acc0;
}

// ---- 013_reduce_sum_base_loss.wgsl
@group(0) @binding(0) var<storage, read> tmp2: array<f32>;
@group(0) @binding(1) var<storage, read> tmp4: array<f32>;
@group(0) @binding(2) var<storage, read_write> tmp5: array<f32>;

@compute @workgroup_size(64)
fn main(@builtin(global_invocation_id) gid: vec3<u32>) {
  let i = gid.x;
  if (i >= 200u) { return; }
  var acc0: f32 = 0.0;
  for (var r: u32 = 0u; r < 10u; r = r + 1u) {
    let l1 = i * 10u + r;
    let v2 = tmp2[l1];
    let v3 = tmp4[i];
    let v4 = (v2 - v3);
    let v5 = exp(v4);
    acc0 = acc0 + v5;
  }
  tmp5[i] = acc0;
}

// ---- 014_reduce_sum_base_loss.wgsl
@group(0) @binding(0) var<storage, read> tmp3: array<f32>;
@group(0) @binding(1) var<storage, read> tmp2: array<f32>;
@group(0) @binding(2) var<storage, read> tmp4: array<f32>;
@group(0) @binding(3) var<storage, read> tmp5: array<f32>;
@group(0) @binding(4) var<storage, read_write> tmp6: array<f32>;

@compute @workgroup_size(64)
fn main(@builtin(global_invocation_id) gid: vec3<u32>) {
  let i = gid.x;
  if (i >= 200u) { return; }
  var acc0: f32 = 0.0;
  for (var r: u32 = 0u; r < 10u; r = r + 1u) {
    let l1 = i * 10u + r;
    let v2 = tmp3[l1];
    let v3 = tmp2[l1];
    let v4 = tmp4[i];
    let v5 = (v3 - v4);
    let v6 = tmp5[i];
    let v7 = log(v6);
    let v8 = (v5 - v7);
    let v9 = (v2 * v8);
    acc0 = acc0 + v9;
  }
  tmp6[i] = acc0;
}

// ---- 015_reduce_sum_base_loss_x2.wgsl
@group(0) @binding(0) var<storage, read> tmp6: array<f32>;
@group(0) @binding(1) var<storage, read> s_hidden1_kernel: array<f32>;
@group(0) @binding(2) var<storage, read_write> tmp7: array<f32>;
@group(0) @binding(3) var<storage, read_write> tmp8: array<f32>;

@compute @workgroup_size(64)
fn main(@builtin(global_invocation_id) gid: vec3<u32>) {
  let i = gid.x;
  if (i >= 1u) { return; }
  var acc0: f32 = 0.0;
  for (var r: u32 = 0u; r < 200u; r = r + 1u) {
    let v1 = tmp6[r];
    let v2 = (-v1);
    acc0 = acc0 + v2;
  }
  var acc3: f32 = 0.0;
  for (var r: u32 = 0u; r < 235200u; r = r + 1u) {
    let c4 = (r / 300u);
    let c5 = (r % 300u);
    let l6 = c4 * 300u + c5;
    let v7 = s_hidden1_kernel[l6];
    let v8 = abs(v7);
    acc3 = acc3 + v8;
  }
  tmp7[i] = acc0;
  tmp8[i] = acc3;
}

// ---- 016_reduce_sum_loss.wgsl
@group(0) @binding(0) var<storage, read> tmp7: array<f32>;
@group(0) @binding(1) var<storage, read> tmp8: array<f32>;
@group(0) @binding(2) var<storage, read> s_outputs_kernel: array<f32>;
@group(0) @binding(3) var<storage, read_write> out_loss: array<f32>;

@compute @workgroup_size(64)
fn main(@builtin(global_invocation_id) gid: vec3<u32>) {
  let i = gid.x;
  if (i >= 1u) { return; }
  let v0 = tmp7[i];
  let v1 = (v0 / 200.0);
  let v2 = tmp8[i];
  var acc3: f32 = 0.0;
  for (var r: u32 = 0u; r < 3000u; r = r + 1u) {
    let c4 = (r / 10u);
    let c5 = (r % 10u);
    let l6 = c4 * 10u + c5;
    let v7 = s_outputs_kernel[l6];
    let v8 = abs(v7);
    acc3 = acc3 + v8;
  }
  let v9 = (v2 + acc3);
  let v10 = (0.001 * v9);
  let v11 = (v1 + v10);
  out_loss[i] = v11;
}

// ---- 017_reduce_sum_accuracy.wgsl
@group(0) @binding(0) var<storage, read> tmp2: array<f32>;
@group(0) @binding(1) var<storage, read> tmp3: array<f32>;
@group(0) @binding(2) var<storage, read_write> tmp6: array<f32>;

@compute @workgroup_size(64)
fn main(@builtin(global_invocation_id) gid: vec3<u32>) {
  let i = gid.x;
  if (i >= 200u) { return; }
  var acc0: f32 = 0.0;
  for (var r: u32 = 0u; r < 10u; r = r + 1u) {
    let l1 = i * 10u + r;
    let v2 = tmp2[l1];
    let v3 = tmp3[l1];
    let v4 = (v2 * v3);
    acc0 = acc0 + v4;
  }
  tmp6[i] = acc0;
}

// ---- 018_reduce_sum_accuracy_x2.wgsl
@group(0) @binding(0) var<storage, read> tmp2: array<f32>;
@group(0) @binding(1) var<storage, read> tmp6: array<f32>;
@group(0) @binding(2) var<storage, read_write> tmp9: array<f32>;
@group(0) @binding(3) var<storage, read_write> tmp10: array<f32>;

@compute @workgroup_size(64)
fn main(@builtin(global_invocation_id) gid: vec3<u32>) {
  let i = gid.x;
  if (i >= 200u) { return; }
  var acc0: f32 = 0.0;
  for (var r: u32 = 0u; r < 10u; r = r + 1u) {
    let l1 = i * 10u + r;
    let v2 = tmp2[l1];
    let v3 = tmp6[i];
    let v4 = select(0.0, 1.0, v2 > v3);
    acc0 = acc0 + v4;
  }
  var acc5: f32 = 0.0;
  for (var r: u32 = 0u; r < 10u; r = r + 1u) {
    let l6 = i * 10u + r;
    let v7 = tmp2[l6];
    let v8 = select(0.0, 1.0, (bitcast<u32>(v7) & 0x7f800000u) != 0x7f800000u);
    let v9 = (1.0 - v8);
    acc5 = acc5 + v9;
  }
  tmp9[i] = acc0;
  tmp10[i] = acc5;
}

// ---- 019_reduce_sum_accuracy.wgsl
@group(0) @binding(0) var<storage, read> tmp9: array<f32>;
@group(0) @binding(1) var<storage, read> tmp10: array<f32>;
@group(0) @binding(2) var<storage, read_write> out_accuracy: array<f32>;

@compute @workgroup_size(64)
fn main(@builtin(global_invocation_id) gid: vec3<u32>) {
  let i = gid.x;
  if (i >= 1u) { return; }
  var acc0: f32 = 0.0;
  for (var r: u32 = 0u; r < 200u; r = r + 1u) {
    let v1 = tmp9[r];
    let v2 = select(0.0, 1.0, v1 < 1.0);
    let v3 = tmp10[r];
    let v4 = select(0.0, 1.0, v3 == 0.0);
    let v5 = (v2 * v4);
    acc0 = acc0 + v5;
  }
  let v6 = (acc0 / 200.0);
  out_accuracy[i] = v6;
}

// ---- 020_reduce_sum_base_loss_grad.wgsl
@group(0) @binding(0) var<storage, read> tmp3: array<f32>;
@group(0) @binding(1) var<storage, read_write> tmp6: array<f32>;

@compute @workgroup_size(64)
fn main(@builtin(global_invocation_id) gid: vec3<u32>) {
  let i = gid.x;
  if (i >= 200u) { return; }
  var acc0: f32 = 0.0;
  for (var r: u32 = 0u; r < 10u; r = r + 1u) {
    let l1 = i * 10u + r;
    let v2 = tmp3[l1];
    let v3 = ((-0.005) * v2);
    let v4 = (-v3);
    acc0 = acc0 + v4;
  }
  tmp6[i] = acc0;
}

// ---- 021_add_base_loss_grad.wgsl
@group(0) @binding(0) var<storage, read> tmp3: array<f32>;
@group(0) @binding(1) var<storage, read> tmp6: array<f32>;
@group(0) @binding(2) var<storage, read> tmp5: array<f32>;
@group(0) @binding(3) var<storage, read> tmp2: array<f32>;
@group(0) @binding(4) var<storage, read> tmp4: array<f32>;
@group(0) @binding(5) var<storage, read_write> tmp11: array<f32>;

@compute @workgroup_size(64)
fn main(@builtin(global_invocation_id) gid: vec3<u32>) {
  let i = gid.x;
  if (i >= 2000u) { return; }
  let v0 = tmp3[i];
  let v1 = ((-0.005) * v0);
  let c2 = (i / 10u);
  let c3 = (i % 10u);
  let v4 = tmp6[c2];
  let v5 = tmp5[c2];
  let v6 = (v4 / v5);
  let v7 = tmp2[i];
  let v8 = tmp4[c2];
  let v9 = (v7 - v8);
  let v10 = exp(v9);
  let v11 = (v6 * v10);
  let v12 = (v1 + v11);
  tmp11[i] = v12;
}

// ---- 022_matmul_hidden1_grad.wgsl
@group(0) @binding(0) var<storage, read> tmp11: array<f32>;
@group(0) @binding(1) var<storage, read> s_outputs_kernel: array<f32>;
@group(0) @binding(2) var<storage, read_write> tmp12: array<f32>;
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
    let bv32 = vec4<f32>(s_outputs_kernel[cb28 + k], s_outputs_kernel[cb29 + k], s_outputs_kernel[cb30 + k], s_outputs_kernel[cb31 + k]);
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
    let l33 = i0 * 300u + j0;
    let v34 = acc12.x;
    let v35 = tmp0[l33];
    let v36 = select(0.0, 1.0, v35 > 0.0);
    let v37 = select(0.0, v34, v36 != 0.0);
    tmp12[l33] = v37;
  }
  {
    let j38 = j0 + 1u;
    let l39 = i0 * 300u + j38;
    let v40 = acc12.y;
    let v41 = tmp0[l39];
    let v42 = select(0.0, 1.0, v41 > 0.0);
    let v43 = select(0.0, v40, v42 != 0.0);
    tmp12[l39] = v43;
  }
  {
    let j44 = j0 + 2u;
    let l45 = i0 * 300u + j44;
    let v46 = acc12.z;
    let v47 = tmp0[l45];
    let v48 = select(0.0, 1.0, v47 > 0.0);
    let v49 = select(0.0, v46, v48 != 0.0);
    tmp12[l45] = v49;
  }
  {
    let j50 = j0 + 3u;
    let l51 = i0 * 300u + j50;
    let v52 = acc12.w;
    let v53 = tmp0[l51];
    let v54 = select(0.0, 1.0, v53 > 0.0);
    let v55 = select(0.0, v52, v54 != 0.0);
    tmp12[l51] = v55;
  }
  {
    let i56 = i0 + 1u;
    let l57 = i56 * 300u + j0;
    let v58 = acc13.x;
    let v59 = tmp0[l57];
    let v60 = select(0.0, 1.0, v59 > 0.0);
    let v61 = select(0.0, v58, v60 != 0.0);
    tmp12[l57] = v61;
  }
  {
    let i62 = i0 + 1u;
    let j63 = j0 + 1u;
    let l64 = i62 * 300u + j63;
    let v65 = acc13.y;
    let v66 = tmp0[l64];
    let v67 = select(0.0, 1.0, v66 > 0.0);
    let v68 = select(0.0, v65, v67 != 0.0);
    tmp12[l64] = v68;
  }
  {
    let i69 = i0 + 1u;
    let j70 = j0 + 2u;
    let l71 = i69 * 300u + j70;
    let v72 = acc13.z;
    let v73 = tmp0[l71];
    let v74 = select(0.0, 1.0, v73 > 0.0);
    let v75 = select(0.0, v72, v74 != 0.0);
    tmp12[l71] = v75;
  }
  {
    let i76 = i0 + 1u;
    let j77 = j0 + 3u;
    let l78 = i76 * 300u + j77;
    let v79 = acc13.w;
    let v80 = tmp0[l78];
    let v81 = select(0.0, 1.0, v80 > 0.0);
    let v82 = select(0.0, v79, v81 != 0.0);
    tmp12[l78] = v82;
  }
  {
    let i83 = i0 + 2u;
    let l84 = i83 * 300u + j0;
    let v85 = acc14.x;
    let v86 = tmp0[l84];
    let v87 = select(0.0, 1.0, v86 > 0.0);
    let v88 = select(0.0, v85, v87 != 0.0);
    tmp12[l84] = v88;
  }
  {
    let i89 = i0 + 2u;
    let j90 = j0 + 1u;
    let l91 = i89 * 300u + j90;
    let v92 = acc14.y;
    let v93 = tmp0[l91];
    let v94 = select(0.0, 1.0, v93 > 0.0);
    let v95 = select(0.0, v92, v94 != 0.0);
    tmp12[l91] = v95;
  }
  {
    let i96 = i0 + 2u;
    let j97 = j0 + 2u;
    let l98 = i96 * 300u + j97;
    let v99 = acc14.z;
    let v100 = tmp0[l98];
    let v101 = select(0.0, 1.0, v100 > 0.0);
    let v102 = select(0.0, v99, v101 != 0.0);
    tmp12[l98] = v102;
  }
  {
    let i103 = i0 + 2u;
    let j104 = j0 + 3u;
    let l105 = i103 * 300u + j104;
    let v106 = acc14.w;
    let v107 = tmp0[l105];
    let v108 = select(0.0, 1.0, v107 > 0.0);
    let v109 = select(0.0, v106, v108 != 0.0);
    tmp12[l105] = v109;
  }
  {
    let i110 = i0 + 3u;
    let l111 = i110 * 300u + j0;
    let v112 = acc15.x;
    let v113 = tmp0[l111];
    let v114 = select(0.0, 1.0, v113 > 0.0);
    let v115 = select(0.0, v112, v114 != 0.0);
    tmp12[l111] = v115;
  }
  {
    let i116 = i0 + 3u;
    let j117 = j0 + 1u;
    let l118 = i116 * 300u + j117;
    let v119 = acc15.y;
    let v120 = tmp0[l118];
    let v121 = select(0.0, 1.0, v120 > 0.0);
    let v122 = select(0.0, v119, v121 != 0.0);
    tmp12[l118] = v122;
  }
  {
    let i123 = i0 + 3u;
    let j124 = j0 + 2u;
    let l125 = i123 * 300u + j124;
    let v126 = acc15.z;
    let v127 = tmp0[l125];
    let v128 = select(0.0, 1.0, v127 > 0.0);
    let v129 = select(0.0, v126, v128 != 0.0);
    tmp12[l125] = v129;
  }
  {
    let i130 = i0 + 3u;
    let j131 = j0 + 3u;
    let l132 = i130 * 300u + j131;
    let v133 = acc15.w;
    let v134 = tmp0[l132];
    let v135 = select(0.0, 1.0, v134 > 0.0);
    let v136 = select(0.0, v133, v135 != 0.0);
    tmp12[l132] = v136;
  }
  {
    let i137 = i0 + 4u;
    let l138 = i137 * 300u + j0;
    let v139 = acc16.x;
    let v140 = tmp0[l138];
    let v141 = select(0.0, 1.0, v140 > 0.0);
    let v142 = select(0.0, v139, v141 != 0.0);
    tmp12[l138] = v142;
  }
  {
    let i143 = i0 + 4u;
    let j144 = j0 + 1u;
    let l145 = i143 * 300u + j144;
    let v146 = acc16.y;
    let v147 = tmp0[l145];
    let v148 = select(0.0, 1.0, v147 > 0.0);
    let v149 = select(0.0, v146, v148 != 0.0);
    tmp12[l145] = v149;
  }
  {
    let i150 = i0 + 4u;
    let j151 = j0 + 2u;
    let l152 = i150 * 300u + j151;
    let v153 = acc16.z;
    let v154 = tmp0[l152];
    let v155 = select(0.0, 1.0, v154 > 0.0);
    let v156 = select(0.0, v153, v155 != 0.0);
    tmp12[l152] = v156;
  }
  {
    let i157 = i0 + 4u;
    let j158 = j0 + 3u;
    let l159 = i157 * 300u + j158;
    let v160 = acc16.w;
    let v161 = tmp0[l159];
    let v162 = select(0.0, 1.0, v161 > 0.0);
    let v163 = select(0.0, v160, v162 != 0.0);
    tmp12[l159] = v163;
  }
  {
    let i164 = i0 + 5u;
    let l165 = i164 * 300u + j0;
    let v166 = acc17.x;
    let v167 = tmp0[l165];
    let v168 = select(0.0, 1.0, v167 > 0.0);
    let v169 = select(0.0, v166, v168 != 0.0);
    tmp12[l165] = v169;
  }
  {
    let i170 = i0 + 5u;
    let j171 = j0 + 1u;
    let l172 = i170 * 300u + j171;
    let v173 = acc17.y;
    let v174 = tmp0[l172];
    let v175 = select(0.0, 1.0, v174 > 0.0);
    let v176 = select(0.0, v173, v175 != 0.0);
    tmp12[l172] = v176;
  }
  {
    let i177 = i0 + 5u;
    let j178 = j0 + 2u;
    let l179 = i177 * 300u + j178;
    let v180 = acc17.z;
    let v181 = tmp0[l179];
    let v182 = select(0.0, 1.0, v181 > 0.0);
    let v183 = select(0.0, v180, v182 != 0.0);
    tmp12[l179] = v183;
  }
  {
    let i184 = i0 + 5u;
    let j185 = j0 + 3u;
    let l186 = i184 * 300u + j185;
    let v187 = acc17.w;
    let v188 = tmp0[l186];
    let v189 = select(0.0, 1.0, v188 > 0.0);
    let v190 = select(0.0, v187, v189 != 0.0);
    tmp12[l186] = v190;
  }
  {
    let i191 = i0 + 6u;
    let l192 = i191 * 300u + j0;
    let v193 = acc18.x;
    let v194 = tmp0[l192];
    let v195 = select(0.0, 1.0, v194 > 0.0);
    let v196 = select(0.0, v193, v195 != 0.0);
    tmp12[l192] = v196;
  }
  {
    let i197 = i0 + 6u;
    let j198 = j0 + 1u;
    let l199 = i197 * 300u + j198;
    let v200 = acc18.y;
    let v201 = tmp0[l199];
    let v202 = select(0.0, 1.0, v201 > 0.0);
    let v203 = select(0.0, v200, v202 != 0.0);
    tmp12[l199] = v203;
  }
  {
    let i204 = i0 + 6u;
    let j205 = j0 + 2u;
    let l206 = i204 * 300u + j205;
    let v207 = acc18.z;
    let v208 = tmp0[l206];
    let v209 = select(0.0, 1.0, v208 > 0.0);
    let v210 = select(0.0, v207, v209 != 0.0);
    tmp12[l206] = v210;
  }
  {
    let i211 = i0 + 6u;
    let j212 = j0 + 3u;
    let l213 = i211 * 300u + j212;
    let v214 = acc18.w;
    let v215 = tmp0[l213];
    let v216 = select(0.0, 1.0, v215 > 0.0);
    let v217 = select(0.0, v214, v216 != 0.0);
    tmp12[l213] = v217;
  }
  {
    let i218 = i0 + 7u;
    let l219 = i218 * 300u + j0;
    let v220 = acc19.x;
    let v221 = tmp0[l219];
    let v222 = select(0.0, 1.0, v221 > 0.0);
    let v223 = select(0.0, v220, v222 != 0.0);
    tmp12[l219] = v223;
  }
  {
    let i224 = i0 + 7u;
    let j225 = j0 + 1u;
    let l226 = i224 * 300u + j225;
    let v227 = acc19.y;
    let v228 = tmp0[l226];
    let v229 = select(0.0, 1.0, v228 > 0.0);
    let v230 = select(0.0, v227, v229 != 0.0);
    tmp12[l226] = v230;
  }
  {
    let i231 = i0 + 7u;
    let j232 = j0 + 2u;
    let l233 = i231 * 300u + j232;
    let v234 = acc19.z;
    let v235 = tmp0[l233];
    let v236 = select(0.0, 1.0, v235 > 0.0);
    let v237 = select(0.0, v234, v236 != 0.0);
    tmp12[l233] = v237;
  }
  {
    let i238 = i0 + 7u;
    let j239 = j0 + 3u;
    let l240 = i238 * 300u + j239;
    let v241 = acc19.w;
    let v242 = tmp0[l240];
    let v243 = select(0.0, 1.0, v242 > 0.0);
    let v244 = select(0.0, v241, v243 != 0.0);
    tmp12[l240] = v244;
  }
}

// ---- 023_matmul_hidden1_kernel_sgd.wgsl
@group(0) @binding(0) var<storage, read> in_X_v4: array<vec4<f32>>;
@group(0) @binding(1) var<storage, read> tmp12_v4: array<vec4<f32>>;
@group(0) @binding(2) var<storage, read_write> s_hidden1_kernel: array<f32>;

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
    let bv21 = tmp12_v4[(kq20 * 300u + j0) / 4u];
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
    let bv25 = tmp12_v4[(kq24 * 300u + j0) / 4u];
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
    let bv29 = tmp12_v4[(kq28 * 300u + j0) / 4u];
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
    let bv33 = tmp12_v4[(kq32 * 300u + j0) / 4u];
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
    let v37 = s_hidden1_kernel[l36];
    let v38 = sign(v37);
    let v39 = (0.001 * v38);
    let v40 = acc12.x;
    let v41 = (v39 + v40);
    let v42 = (v41 * 0.01);
    let v43 = (v37 - v42);
    s_hidden1_kernel[l36] = v43;
  }
  {
    let j44 = j0 + 1u;
    let l45 = i0 * 300u + j44;
    let v46 = s_hidden1_kernel[l45];
    let v47 = sign(v46);
    let v48 = (0.001 * v47);
    let v49 = acc12.y;
    let v50 = (v48 + v49);
    let v51 = (v50 * 0.01);
    let v52 = (v46 - v51);
    s_hidden1_kernel[l45] = v52;
  }
  {
    let j53 = j0 + 2u;
    let l54 = i0 * 300u + j53;
    let v55 = s_hidden1_kernel[l54];
    let v56 = sign(v55);
    let v57 = (0.001 * v56);
    let v58 = acc12.z;
    let v59 = (v57 + v58);
    let v60 = (v59 * 0.01);
    let v61 = (v55 - v60);
    s_hidden1_kernel[l54] = v61;
  }
  {
    let j62 = j0 + 3u;
    let l63 = i0 * 300u + j62;
    let v64 = s_hidden1_kernel[l63];
    let v65 = sign(v64);
    let v66 = (0.001 * v65);
    let v67 = acc12.w;
    let v68 = (v66 + v67);
    let v69 = (v68 * 0.01);
    let v70 = (v64 - v69);
    s_hidden1_kernel[l63] = v70;
  }
  {
    let i71 = i0 + 1u;
    let l72 = i71 * 300u + j0;
    let v73 = s_hidden1_kernel[l72];
    let v74 = sign(v73);
    let v75 = (0.001 * v74);
    let v76 = acc13.x;
    let v77 = (v75 + v76);
    let v78 = (v77 * 0.01);
    let v79 = (v73 - v78);
    s_hidden1_kernel[l72] = v79;
  }
  {
    let i80 = i0 + 1u;
    let j81 = j0 + 1u;
    let l82 = i80 * 300u + j81;
    let v83 = s_hidden1_kernel[l82];
    let v84 = sign(v83);
    let v85 = (0.001 * v84);
    let v86 = acc13.y;
    let v87 = (v85 + v86);
    let v88 = (v87 * 0.01);
    let v89 = (v83 - v88);
    s_hidden1_kernel[l82] = v89;
  }
  {
    let i90 = i0 + 1u;
    let j91 = j0 + 2u;
    let l92 = i90 * 300u + j91;
    let v93 = s_hidden1_kernel[l92];
    let v94 = sign(v93);
    let v95 = (0.001 * v94);
    let v96 = acc13.z;
    let v97 = (v95 + v96);
    let v98 = (v97 * 0.01);
    let v99 = (v93 - v98);
    s_hidden1_kernel[l92] = v99;
  }
  {
    let i100 = i0 + 1u;
    let j101 = j0 + 3u;
    let l102 = i100 * 300u + j101;
    let v103 = s_hidden1_kernel[l102];
    let v104 = sign(v103);
    let v105 = (0.001 * v104);
    let v106 = acc13.w;
    let v107 = (v105 + v106);
    let v108 = (v107 * 0.01);
    let v109 = (v103 - v108);
    s_hidden1_kernel[l102] = v109;
  }
  {
    let i110 = i0 + 2u;
    let l111 = i110 * 300u + j0;
    let v112 = s_hidden1_kernel[l111];
    let v113 = sign(v112);
    let v114 = (0.001 * v113);
    let v115 = acc14.x;
    let v116 = (v114 + v115);
    let v117 = (v116 * 0.01);
    let v118 = (v112 - v117);
    s_hidden1_kernel[l111] = v118;
  }
  {
    let i119 = i0 + 2u;
    let j120 = j0 + 1u;
    let l121 = i119 * 300u + j120;
    let v122 = s_hidden1_kernel[l121];
    let v123 = sign(v122);
    let v124 = (0.001 * v123);
    let v125 = acc14.y;
    let v126 = (v124 + v125);
    let v127 = (v126 * 0.01);
    let v128 = (v122 - v127);
    s_hidden1_kernel[l121] = v128;
  }
  {
    let i129 = i0 + 2u;
    let j130 = j0 + 2u;
    let l131 = i129 * 300u + j130;
    let v132 = s_hidden1_kernel[l131];
    let v133 = sign(v132);
    let v134 = (0.001 * v133);
    let v135 = acc14.z;
    let v136 = (v134 + v135);
    let v137 = (v136 * 0.01);
    let v138 = (v132 - v137);
    s_hidden1_kernel[l131] = v138;
  }
  {
    let i139 = i0 + 2u;
    let j140 = j0 + 3u;
    let l141 = i139 * 300u + j140;
    let v142 = s_hidden1_kernel[l141];
    let v143 = sign(v142);
    let v144 = (0.001 * v143);
    let v145 = acc14.w;
    let v146 = (v144 + v145);
    let v147 = (v146 * 0.01);
    let v148 = (v142 - v147);
    s_hidden1_kernel[l141] = v148;
  }
  {
    let i149 = i0 + 3u;
    let l150 = i149 * 300u + j0;
    let v151 = s_hidden1_kernel[l150];
    let v152 = sign(v151);
    let v153 = (0.001 * v152);
    let v154 = acc15.x;
    let v155 = (v153 + v154);
    let v156 = (v155 * 0.01);
    let v157 = (v151 - v156);
    s_hidden1_kernel[l150] = v157;
  }
  {
    let i158 = i0 + 3u;
    let j159 = j0 + 1u;
    let l160 = i158 * 300u + j159;
    let v161 = s_hidden1_kernel[l160];
    let v162 = sign(v161);
    let v163 = (0.001 * v162);
    let v164 = acc15.y;
    let v165 = (v163 + v164);
    let v166 = (v165 * 0.01);
    let v167 = (v161 - v166);
    s_hidden1_kernel[l160] = v167;
  }
  {
    let i168 = i0 + 3u;
    let j169 = j0 + 2u;
    let l170 = i168 * 300u + j169;
    let v171 = s_hidden1_kernel[l170];
    let v172 = sign(v171);
    let v173 = (0.001 * v172);
    let v174 = acc15.z;
    let v175 = (v173 + v174);
    let v176 = (v175 * 0.01);
    let v177 = (v171 - v176);
    s_hidden1_kernel[l170] = v177;
  }
  {
    let i178 = i0 + 3u;
    let j179 = j0 + 3u;
    let l180 = i178 * 300u + j179;
    let v181 = s_hidden1_kernel[l180];
    let v182 = sign(v181);
    let v183 = (0.001 * v182);
    let v184 = acc15.w;
    let v185 = (v183 + v184);
    let v186 = (v185 * 0.01);
    let v187 = (v181 - v186);
    s_hidden1_kernel[l180] = v187;
  }
  {
    let i188 = i0 + 4u;
    let l189 = i188 * 300u + j0;
    let v190 = s_hidden1_kernel[l189];
    let v191 = sign(v190);
    let v192 = (0.001 * v191);
    let v193 = acc16.x;
    let v194 = (v192 + v193);
    let v195 = (v194 * 0.01);
    let v196 = (v190 - v195);
    s_hidden1_kernel[l189] = v196;
  }
  {
    let i197 = i0 + 4u;
    let j198 = j0 + 1u;
    let l199 = i197 * 300u + j198;
    let v200 = s_hidden1_kernel[l199];
    let v201 = sign(v200);
    let v202 = (0.001 * v201);
    let v203 = acc16.y;
    let v204 = (v202 + v203);
    let v205 = (v204 * 0.01);
    let v206 = (v200 - v205);
    s_hidden1_kernel[l199] = v206;
  }
  {
    let i207 = i0 + 4u;
    let j208 = j0 + 2u;
    let l209 = i207 * 300u + j208;
    let v210 = s_hidden1_kernel[l209];
    let v211 = sign(v210);
    let v212 = (0.001 * v211);
    let v213 = acc16.z;
    let v214 = (v212 + v213);
    let v215 = (v214 * 0.01);
    let v216 = (v210 - v215);
    s_hidden1_kernel[l209] = v216;
  }
  {
    let i217 = i0 + 4u;
    let j218 = j0 + 3u;
    let l219 = i217 * 300u + j218;
    let v220 = s_hidden1_kernel[l219];
    let v221 = sign(v220);
    let v222 = (0.001 * v221);
    let v223 = acc16.w;
    let v224 = (v222 + v223);
    let v225 = (v224 * 0.01);
    let v226 = (v220 - v225);
    s_hidden1_kernel[l219] = v226;
  }
  {
    let i227 = i0 + 5u;
    let l228 = i227 * 300u + j0;
    let v229 = s_hidden1_kernel[l228];
    let v230 = sign(v229);
    let v231 = (0.001 * v230);
    let v232 = acc17.x;
    let v233 = (v231 + v232);
    let v234 = (v233 * 0.01);
    let v235 = (v229 - v234);
    s_hidden1_kernel[l228] = v235;
  }
  {
    let i236 = i0 + 5u;
    let j237 = j0 + 1u;
    let l238 = i236 * 300u + j237;
    let v239 = s_hidden1_kernel[l238];
    let v240 = sign(v239);
    let v241 = (0.001 * v240);
    let v242 = acc17.y;
    let v243 = (v241 + v242);
    let v244 = (v243 * 0.01);
    let v245 = (v239 - v244);
    s_hidden1_kernel[l238] = v245;
  }
  {
    let i246 = i0 + 5u;
    let j247 = j0 + 2u;
    let l248 = i246 * 300u + j247;
    let v249 = s_hidden1_kernel[l248];
    let v250 = sign(v249);
    let v251 = (0.001 * v250);
    let v252 = acc17.z;
    let v253 = (v251 + v252);
    let v254 = (v253 * 0.01);
    let v255 = (v249 - v254);
    s_hidden1_kernel[l248] = v255;
  }
  {
    let i256 = i0 + 5u;
    let j257 = j0 + 3u;
    let l258 = i256 * 300u + j257;
    let v259 = s_hidden1_kernel[l258];
    let v260 = sign(v259);
    let v261 = (0.001 * v260);
    let v262 = acc17.w;
    let v263 = (v261 + v262);
    let v264 = (v263 * 0.01);
    let v265 = (v259 - v264);
    s_hidden1_kernel[l258] = v265;
  }
  {
    let i266 = i0 + 6u;
    let l267 = i266 * 300u + j0;
    let v268 = s_hidden1_kernel[l267];
    let v269 = sign(v268);
    let v270 = (0.001 * v269);
    let v271 = acc18.x;
    let v272 = (v270 + v271);
    let v273 = (v272 * 0.01);
    let v274 = (v268 - v273);
    s_hidden1_kernel[l267] = v274;
  }
  {
    let i275 = i0 + 6u;
    let j276 = j0 + 1u;
    let l277 = i275 * 300u + j276;
    let v278 = s_hidden1_kernel[l277];
    let v279 = sign(v278);
    let v280 = (0.001 * v279);
    let v281 = acc18.y;
    let v282 = (v280 + v281);
    let v283 = (v282 * 0.01);
    let v284 = (v278 - v283);
    s_hidden1_kernel[l277] = v284;
  }
  {
    let i285 = i0 + 6u;
    let j286 = j0 + 2u;
    let l287 = i285 * 300u + j286;
    let v288 = s_hidden1_kernel[l287];
    let v289 = sign(v288);
    let v290 = (0.001 * v289);
    let v291 = acc18.z;
    let v292 = (v290 + v291);
    let v293 = (v292 * 0.01);
    let v294 = (v288 - v293);
    s_hidden1_kernel[l287] = v294;
  }
  {
    let i295 = i0 + 6u;
    let j296 = j0 + 3u;
    let l297 = i295 * 300u + j296;
    let v298 = s_hidden1_kernel[l297];
    let v299 = sign(v298);
    let v300 = (0.001 * v299);
    let v301 = acc18.w;
    let v302 = (v300 + v301);
    let v303 = (v302 * 0.01);
    let v304 = (v298 - v303);
    s_hidden1_kernel[l297] = v304;
  }
  {
    let i305 = i0 + 7u;
    let l306 = i305 * 300u + j0;
    let v307 = s_hidden1_kernel[l306];
    let v308 = sign(v307);
    let v309 = (0.001 * v308);
    let v310 = acc19.x;
    let v311 = (v309 + v310);
    let v312 = (v311 * 0.01);
    let v313 = (v307 - v312);
    s_hidden1_kernel[l306] = v313;
  }
  {
    let i314 = i0 + 7u;
    let j315 = j0 + 1u;
    let l316 = i314 * 300u + j315;
    let v317 = s_hidden1_kernel[l316];
    let v318 = sign(v317);
    let v319 = (0.001 * v318);
    let v320 = acc19.y;
    let v321 = (v319 + v320);
    let v322 = (v321 * 0.01);
    let v323 = (v317 - v322);
    s_hidden1_kernel[l316] = v323;
  }
  {
    let i324 = i0 + 7u;
    let j325 = j0 + 2u;
    let l326 = i324 * 300u + j325;
    let v327 = s_hidden1_kernel[l326];
    let v328 = sign(v327);
    let v329 = (0.001 * v328);
    let v330 = acc19.z;
    let v331 = (v329 + v330);
    let v332 = (v331 * 0.01);
    let v333 = (v327 - v332);
    s_hidden1_kernel[l326] = v333;
  }
  {
    let i334 = i0 + 7u;
    let j335 = j0 + 3u;
    let l336 = i334 * 300u + j335;
    let v337 = s_hidden1_kernel[l336];
    let v338 = sign(v337);
    let v339 = (0.001 * v338);
    let v340 = acc19.w;
    let v341 = (v339 + v340);
    let v342 = (v341 * 0.01);
    let v343 = (v337 - v342);
    s_hidden1_kernel[l336] = v343;
  }
}

// ---- 024_reduce_sum_hidden1_bias_sgd.wgsl
@group(0) @binding(0) var<storage, read_write> s_hidden1_bias: array<f32>;
@group(0) @binding(1) var<storage, read> tmp12: array<f32>;

@compute @workgroup_size(64)
fn main(@builtin(global_invocation_id) gid: vec3<u32>) {
  let i = gid.x;
  if (i >= 300u) { return; }
  let v0 = s_hidden1_bias[i];
  var acc1: f32 = 0.0;
  for (var r: u32 = 0u; r < 200u; r = r + 1u) {
    let l2 = r * 300u + i;
    let v3 = tmp12[l2];
    acc1 = acc1 + v3;
  }
  let v4 = (acc1 * 0.01);
  let v5 = (v0 - v4);
  s_hidden1_bias[i] = v5;
}

// ---- 025_matmul_outputs_kernel_sgd.wgsl
@group(0) @binding(0) var<storage, read> tmp1: array<f32>;
@group(0) @binding(1) var<storage, read> tmp11: array<f32>;
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
    let bv13 = vec4<f32>(tmp11[rb12 + col4], tmp11[rb12 + col5], tmp11[rb12 + col6], tmp11[rb12 + col7]);
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

// ---- 026_reduce_sum_outputs_bias_sgd.wgsl
@group(0) @binding(0) var<storage, read_write> s_outputs_bias: array<f32>;
@group(0) @binding(1) var<storage, read> tmp11: array<f32>;

@compute @workgroup_size(64)
fn main(@builtin(global_invocation_id) gid: vec3<u32>) {
  let i = gid.x;
  if (i >= 10u) { return; }
  let v0 = s_outputs_bias[i];
  var acc1: f32 = 0.0;
  for (var r: u32 = 0u; r < 200u; r = r + 1u) {
    let l2 = r * 10u + i;
    let v3 = tmp11[l2];
    acc1 = acc1 + v3;
  }
  let v4 = (acc1 * 0.01);
  let v5 = (v0 - v4);
  s_outputs_bias[i] = v5;
}

// ---- 027_add_metrics_x3.wgsl
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

// ---- 028_add_metrics_x2.wgsl
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

// ---- 029_feed_eval_X.wgsl
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

// ---- 030_feed_eval_y.wgsl
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

// ---- 031_matmul_hidden1.wgsl
@group(0) @binding(0) var<storage, read> in_X_v4: array<vec4<f32>>;
@group(0) @binding(1) var<storage, read> s_hidden1_kernel_v4: array<vec4<f32>>;
@group(0) @binding(2) var<storage, read_write> tmp0: array<f32>;
@group(0) @binding(3) var<storage, read> s_hidden1_bias: array<f32>;

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
    let bv37 = s_hidden1_kernel_v4[(kq36 * 300u + j0) / 4u];
    acc12 = acc12 + av28.x * bv37;
    acc13 = acc13 + av29.x * bv37;
    acc14 = acc14 + av30.x * bv37;
    acc15 = acc15 + av31.x * bv37;
    acc16 = acc16 + av32.x * bv37;
    acc17 = acc17 + av33.x * bv37;
    acc18 = acc18 + av34.x * bv37;
    acc19 = acc19 + av35.x * bv37;
    let kq38 = k * 4u + 1u;
    let bv39 = s_hidden1_kernel_v4[(kq38 * 300u + j0) / 4u];
    acc12 = acc12 + av28.y * bv39;
    acc13 = acc13 + av29.y * bv39;
    acc14 = acc14 + av30.y * bv39;
    acc15 = acc15 + av31.y * bv39;
    acc16 = acc16 + av32.y * bv39;
    acc17 = acc17 + av33.y * bv39;
    acc18 = acc18 + av34.y * bv39;
    acc19 = acc19 + av35.y * bv39;
    let kq40 = k * 4u + 2u;
    let bv41 = s_hidden1_kernel_v4[(kq40 * 300u + j0) / 4u];
    acc12 = acc12 + av28.z * bv41;
    acc13 = acc13 + av29.z * bv41;
    acc14 = acc14 + av30.z * bv41;
    acc15 = acc15 + av31.z * bv41;
    acc16 = acc16 + av32.z * bv41;
    acc17 = acc17 + av33.z * bv41;
    acc18 = acc18 + av34.z * bv41;
    acc19 = acc19 + av35.z * bv41;
    let kq42 = k * 4u + 3u;
    let bv43 = s_hidden1_kernel_v4[(kq42 * 300u + j0) / 4u];
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
    let v46 = s_hidden1_bias[j0];
    let v47 = (v45 + v46);
    let v48 = select(0.0, 1.0, v47 > 0.0);
    let v49 = select(0.0, v47, v48 != 0.0);
    tmp0[l44] = v49;
  }
  {
    let j50 = j0 + 1u;
    let l51 = i0 * 300u + j50;
    let v52 = acc12.y;
    let v53 = s_hidden1_bias[j50];
    let v54 = (v52 + v53);
    let v55 = select(0.0, 1.0, v54 > 0.0);
    let v56 = select(0.0, v54, v55 != 0.0);
    tmp0[l51] = v56;
  }
  {
    let j57 = j0 + 2u;
    let l58 = i0 * 300u + j57;
    let v59 = acc12.z;
    let v60 = s_hidden1_bias[j57];
    let v61 = (v59 + v60);
    let v62 = select(0.0, 1.0, v61 > 0.0);
    let v63 = select(0.0, v61, v62 != 0.0);
    tmp0[l58] = v63;
  }
  {
    let j64 = j0 + 3u;
    let l65 = i0 * 300u + j64;
    let v66 = acc12.w;
    let v67 = s_hidden1_bias[j64];
    let v68 = (v66 + v67);
    let v69 = select(0.0, 1.0, v68 > 0.0);
    let v70 = select(0.0, v68, v69 != 0.0);
    tmp0[l65] = v70;
  }
  {
    let i71 = i0 + 1u;
    let l72 = i71 * 300u + j0;
    let v73 = acc13.x;
    let v74 = s_hidden1_bias[j0];
    let v75 = (v73 + v74);
    let v76 = select(0.0, 1.0, v75 > 0.0);
    let v77 = select(0.0, v75, v76 != 0.0);
    tmp0[l72] = v77;
  }
  {
    let i78 = i0 + 1u;
    let j79 = j0 + 1u;
    let l80 = i78 * 300u + j79;
    let v81 = acc13.y;
    let v82 = s_hidden1_bias[j79];
    let v83 = (v81 + v82);
    let v84 = select(0.0, 1.0, v83 > 0.0);
    let v85 = select(0.0, v83, v84 != 0.0);
    tmp0[l80] = v85;
  }
  {
    let i86 = i0 + 1u;
    let j87 = j0 + 2u;
    let l88 = i86 * 300u + j87;
    let v89 = acc13.z;
    let v90 = s_hidden1_bias[j87];
    let v91 = (v89 + v90);
    let v92 = select(0.0, 1.0, v91 > 0.0);
    let v93 = select(0.0, v91, v92 != 0.0);
    tmp0[l88] = v93;
  }
  {
    let i94 = i0 + 1u;
    let j95 = j0 + 3u;
    let l96 = i94 * 300u + j95;
    let v97 = acc13.w;
    let v98 = s_hidden1_bias[j95];
    let v99 = (v97 + v98);
    let v100 = select(0.0, 1.0, v99 > 0.0);
    let v101 = select(0.0, v99, v100 != 0.0);
    tmp0[l96] = v101;
  }
  {
    let i102 = i0 + 2u;
    let l103 = i102 * 300u + j0;
    let v104 = acc14.x;
    let v105 = s_hidden1_bias[j0];
    let v106 = (v104 + v105);
    let v107 = select(0.0, 1.0, v106 > 0.0);
    let v108 = select(0.0, v106, v107 != 0.0);
    tmp0[l103] = v108;
  }
  {
    let i109 = i0 + 2u;
    let j110 = j0 + 1u;
    let l111 = i109 * 300u + j110;
    let v112 = acc14.y;
    let v113 = s_hidden1_bias[j110];
    let v114 = (v112 + v113);
    let v115 = select(0.0, 1.0, v114 > 0.0);
    let v116 = select(0.0, v114, v115 != 0.0);
    tmp0[l111] = v116;
  }
  {
    let i117 = i0 + 2u;
    let j118 = j0 + 2u;
    let l119 = i117 * 300u + j118;
    let v120 = acc14.z;
    let v121 = s_hidden1_bias[j118];
    let v122 = (v120 + v121);
    let v123 = select(0.0, 1.0, v122 > 0.0);
    let v124 = select(0.0, v122, v123 != 0.0);
    tmp0[l119] = v124;
  }
  {
    let i125 = i0 + 2u;
    let j126 = j0 + 3u;
    let l127 = i125 * 300u + j126;
    let v128 = acc14.w;
    let v129 = s_hidden1_bias[j126];
    let v130 = (v128 + v129);
    let v131 = select(0.0, 1.0, v130 > 0.0);
    let v132 = select(0.0, v130, v131 != 0.0);
    tmp0[l127] = v132;
  }
  {
    let i133 = i0 + 3u;
    let l134 = i133 * 300u + j0;
    let v135 = acc15.x;
    let v136 = s_hidden1_bias[j0];
    let v137 = (v135 + v136);
    let v138 = select(0.0, 1.0, v137 > 0.0);
    let v139 = select(0.0, v137, v138 != 0.0);
    tmp0[l134] = v139;
  }
  {
    let i140 = i0 + 3u;
    let j141 = j0 + 1u;
    let l142 = i140 * 300u + j141;
    let v143 = acc15.y;
    let v144 = s_hidden1_bias[j141];
    let v145 = (v143 + v144);
    let v146 = select(0.0, 1.0, v145 > 0.0);
    let v147 = select(0.0, v145, v146 != 0.0);
    tmp0[l142] = v147;
  }
  {
    let i148 = i0 + 3u;
    let j149 = j0 + 2u;
    let l150 = i148 * 300u + j149;
    let v151 = acc15.z;
    let v152 = s_hidden1_bias[j149];
    let v153 = (v151 + v152);
    let v154 = select(0.0, 1.0, v153 > 0.0);
    let v155 = select(0.0, v153, v154 != 0.0);
    tmp0[l150] = v155;
  }
  {
    let i156 = i0 + 3u;
    let j157 = j0 + 3u;
    let l158 = i156 * 300u + j157;
    let v159 = acc15.w;
    let v160 = s_hidden1_bias[j157];
    let v161 = (v159 + v160);
    let v162 = select(0.0, 1.0, v161 > 0.0);
    let v163 = select(0.0, v161, v162 != 0.0);
    tmp0[l158] = v163;
  }
  {
    let i164 = i0 + 4u;
    let l165 = i164 * 300u + j0;
    let v166 = acc16.x;
    let v167 = s_hidden1_bias[j0];
    let v168 = (v166 + v167);
    let v169 = select(0.0, 1.0, v168 > 0.0);
    let v170 = select(0.0, v168, v169 != 0.0);
    tmp0[l165] = v170;
  }
  {
    let i171 = i0 + 4u;
    let j172 = j0 + 1u;
    let l173 = i171 * 300u + j172;
    let v174 = acc16.y;
    let v175 = s_hidden1_bias[j172];
    let v176 = (v174 + v175);
    let v177 = select(0.0, 1.0, v176 > 0.0);
    let v178 = select(0.0, v176, v177 != 0.0);
    tmp0[l173] = v178;
  }
  {
    let i179 = i0 + 4u;
    let j180 = j0 + 2u;
    let l181 = i179 * 300u + j180;
    let v182 = acc16.z;
    let v183 = s_hidden1_bias[j180];
    let v184 = (v182 + v183);
    let v185 = select(0.0, 1.0, v184 > 0.0);
    let v186 = select(0.0, v184, v185 != 0.0);
    tmp0[l181] = v186;
  }
  {
    let i187 = i0 + 4u;
    let j188 = j0 + 3u;
    let l189 = i187 * 300u + j188;
    let v190 = acc16.w;
    let v191 = s_hidden1_bias[j188];
    let v192 = (v190 + v191);
    let v193 = select(0.0, 1.0, v192 > 0.0);
    let v194 = select(0.0, v192, v193 != 0.0);
    tmp0[l189] = v194;
  }
  {
    let i195 = i0 + 5u;
    let l196 = i195 * 300u + j0;
    let v197 = acc17.x;
    let v198 = s_hidden1_bias[j0];
    let v199 = (v197 + v198);
    let v200 = select(0.0, 1.0, v199 > 0.0);
    let v201 = select(0.0, v199, v200 != 0.0);
    tmp0[l196] = v201;
  }
  {
    let i202 = i0 + 5u;
    let j203 = j0 + 1u;
    let l204 = i202 * 300u + j203;
    let v205 = acc17.y;
    let v206 = s_hidden1_bias[j203];
    let v207 = (v205 + v206);
    let v208 = select(0.0, 1.0, v207 > 0.0);
    let v209 = select(0.0, v207, v208 != 0.0);
    tmp0[l204] = v209;
  }
  {
    let i210 = i0 + 5u;
    let j211 = j0 + 2u;
    let l212 = i210 * 300u + j211;
    let v213 = acc17.z;
    let v214 = s_hidden1_bias[j211];
    let v215 = (v213 + v214);
    let v216 = select(0.0, 1.0, v215 > 0.0);
    let v217 = select(0.0, v215, v216 != 0.0);
    tmp0[l212] = v217;
  }
  {
    let i218 = i0 + 5u;
    let j219 = j0 + 3u;
    let l220 = i218 * 300u + j219;
    let v221 = acc17.w;
    let v222 = s_hidden1_bias[j219];
    let v223 = (v221 + v222);
    let v224 = select(0.0, 1.0, v223 > 0.0);
    let v225 = select(0.0, v223, v224 != 0.0);
    tmp0[l220] = v225;
  }
  {
    let i226 = i0 + 6u;
    let l227 = i226 * 300u + j0;
    let v228 = acc18.x;
    let v229 = s_hidden1_bias[j0];
    let v230 = (v228 + v229);
    let v231 = select(0.0, 1.0, v230 > 0.0);
    let v232 = select(0.0, v230, v231 != 0.0);
    tmp0[l227] = v232;
  }
  {
    let i233 = i0 + 6u;
    let j234 = j0 + 1u;
    let l235 = i233 * 300u + j234;
    let v236 = acc18.y;
    let v237 = s_hidden1_bias[j234];
    let v238 = (v236 + v237);
    let v239 = select(0.0, 1.0, v238 > 0.0);
    let v240 = select(0.0, v238, v239 != 0.0);
    tmp0[l235] = v240;
  }
  {
    let i241 = i0 + 6u;
    let j242 = j0 + 2u;
    let l243 = i241 * 300u + j242;
    let v244 = acc18.z;
    let v245 = s_hidden1_bias[j242];
    let v246 = (v244 + v245);
    let v247 = select(0.0, 1.0, v246 > 0.0);
    let v248 = select(0.0, v246, v247 != 0.0);
    tmp0[l243] = v248;
  }
  {
    let i249 = i0 + 6u;
    let j250 = j0 + 3u;
    let l251 = i249 * 300u + j250;
    let v252 = acc18.w;
    let v253 = s_hidden1_bias[j250];
    let v254 = (v252 + v253);
    let v255 = select(0.0, 1.0, v254 > 0.0);
    let v256 = select(0.0, v254, v255 != 0.0);
    tmp0[l251] = v256;
  }
  {
    let i257 = i0 + 7u;
    let l258 = i257 * 300u + j0;
    let v259 = acc19.x;
    let v260 = s_hidden1_bias[j0];
    let v261 = (v259 + v260);
    let v262 = select(0.0, 1.0, v261 > 0.0);
    let v263 = select(0.0, v261, v262 != 0.0);
    tmp0[l258] = v263;
  }
  {
    let i264 = i0 + 7u;
    let j265 = j0 + 1u;
    let l266 = i264 * 300u + j265;
    let v267 = acc19.y;
    let v268 = s_hidden1_bias[j265];
    let v269 = (v267 + v268);
    let v270 = select(0.0, 1.0, v269 > 0.0);
    let v271 = select(0.0, v269, v270 != 0.0);
    tmp0[l266] = v271;
  }
  {
    let i272 = i0 + 7u;
    let j273 = j0 + 2u;
    let l274 = i272 * 300u + j273;
    let v275 = acc19.z;
    let v276 = s_hidden1_bias[j273];
    let v277 = (v275 + v276);
    let v278 = select(0.0, 1.0, v277 > 0.0);
    let v279 = select(0.0, v277, v278 != 0.0);
    tmp0[l274] = v279;
  }
  {
    let i280 = i0 + 7u;
    let j281 = j0 + 3u;
    let l282 = i280 * 300u + j281;
    let v283 = acc19.w;
    let v284 = s_hidden1_bias[j281];
    let v285 = (v283 + v284);
    let v286 = select(0.0, 1.0, v285 > 0.0);
    let v287 = select(0.0, v285, v286 != 0.0);
    tmp0[l282] = v287;
  }
}

// ---- 032_reduce_sum_accuracy_x2.wgsl
@group(0) @binding(0) var<storage, read> tmp4: array<f32>;
@group(0) @binding(1) var<storage, read> tmp9: array<f32>;
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
    let v1 = tmp4[r];
    let v2 = select(0.0, 1.0, v1 < 1.0);
    let v3 = tmp9[r];
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

// ---- 033_add_metrics_x3.wgsl
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
