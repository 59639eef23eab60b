// ---- 000_mul_tower_a_he_elu1_dense_kernel.wgsl
@group(0) @binding(0) var<storage, read> s_rng_seed: array<u32>;
@group(0) @binding(1) var<storage, read_write> s_tower_a_he_elu1_dense_kernel: array<f32>;

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
  if (i >= 78400u) { return; }
  let c0 = (i / 100u);
  let c1 = (i % 100u);
  let v2 = s_rng_seed[0u];
  let k3 = stream_key(3u, 2446379227u, v2);
  let v4 = uniform01(k3, i);
  let v5 = (v4 * 0.9544997361036416);
  let v6 = (v5 + 0.022750131948179195);
  let v7 = (v6 * 2.0);
  let v8 = (v7 - 1.0);
  let v9 = (1.0 - v8);
  let v10 = (1.0 + v8);
  let v11 = (v9 * v10);
  let v12 = log(v11);
  let v13 = (-v12);
  let v14 = sqrt(v13);
  let v15 = (v14 - 3.0);
  let v16 = ((-0.000200214257) * v15);
  let v17 = (v16 + 0.000100950558);
  let v18 = (v17 * v15);
  let v19 = (v18 + 0.00134934322);
  let v20 = (v19 * v15);
  let v21 = (v20 + (-0.00367342844));
  let v22 = (v21 * v15);
  let v23 = (v22 + 0.00573950773);
  let v24 = (v23 * v15);
  let v25 = (v24 + (-0.0076224613));
  let v26 = (v25 * v15);
  let v27 = (v26 + 0.00943887047);
  let v28 = (v27 * v15);
  let v29 = (v28 + 1.00167406);
  let v30 = (v29 * v15);
  let v31 = (v30 + 2.83297682);
  let v32 = (v13 - 2.5);
  let v33 = (2.81022636e-8 * v32);
  let v34 = (v33 + 3.43273939e-7);
  let v35 = (v34 * v32);
  let v36 = (v35 + (-0.0000035233877));
  let v37 = (v36 * v32);
  let v38 = (v37 + (-0.00000439150654));
  let v39 = (v38 * v32);
  let v40 = (v39 + 0.00021858087);
  let v41 = (v40 * v32);
  let v42 = (v41 + (-0.00125372503));
  let v43 = (v42 * v32);
  let v44 = (v43 + (-0.00417768164));
  let v45 = (v44 * v32);
  let v46 = (v45 + 0.246640727);
  let v47 = (v46 * v32);
  let v48 = (v47 + 1.50140941);
  let v49 = select(0.0, 1.0, v13 < 5.0);
  let v50 = select(v31, v48, v49 != 0.0);
  let v51 = (v50 * v8);
  let v52 = (v51 * 1.4142135623730951);
  let v53 = (v52 * 0.057419456326711804);
  s_tower_a_he_elu1_dense_kernel[i] = v53;
}

// ---- 001_const_tower_a_he_elu1_dense_bias.wgsl
@group(0) @binding(0) var<storage, read_write> s_tower_a_he_elu1_dense_bias: array<f32>;

@compute @workgroup_size(64)
fn main(@builtin(global_invocation_id) gid: vec3<u32>) {
  let i = gid.x;
  if (i >= 100u) { return; }
  s_tower_a_he_elu1_dense_bias[i] = 0.0;
}

// ---- 002_mul_tower_a_he_elu2_dense_kernel_x4.wgsl
@group(0) @binding(0) var<storage, read> s_rng_seed: array<u32>;
@group(0) @binding(1) var<storage, read_write> s_tower_a_he_elu2_dense_kernel: array<f32>;
@group(0) @binding(2) var<storage, read_write> s_tower_a_he_elu3_dense_kernel: array<f32>;
@group(0) @binding(3) var<storage, read_write> s_tower_a_he_elu4_dense_kernel: array<f32>;
@group(0) @binding(4) var<storage, read_write> s_tower_a_he_elu5_dense_kernel: array<f32>;

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
  if (i >= 10000u) { return; }
  let c0 = (i / 100u);
  let c1 = (i % 100u);
  let v2 = s_rng_seed[0u];
  let k3 = stream_key(3u, 91189659u, v2);
  let v4 = uniform01(k3, i);
  let v5 = (v4 * 0.9544997361036416);
  let v6 = (v5 + 0.022750131948179195);
  let v7 = (v6 * 2.0);
  let v8 = (v7 - 1.0);
  let v9 = (1.0 - v8);
  let v10 = (1.0 + v8);
  let v11 = (v9 * v10);
  let v12 = log(v11);
  let v13 = (-v12);
  let v14 = sqrt(v13);
  let v15 = (v14 - 3.0);
  let v16 = ((-0.000200214257) * v15);
  let v17 = (v16 + 0.000100950558);
  let v18 = (v17 * v15);
  let v19 = (v18 + 0.00134934322);
  let v20 = (v19 * v15);
  let v21 = (v20 + (-0.00367342844));
  let v22 = (v21 * v15);
  let v23 = (v22 + 0.00573950773);
  let v24 = (v23 * v15);
  let v25 = (v24 + (-0.0076224613));
  let v26 = (v25 * v15);
  let v27 = (v26 + 0.00943887047);
  let v28 = (v27 * v15);
  let v29 = (v28 + 1.00167406);
  let v30 = (v29 * v15);
  let v31 = (v30 + 2.83297682);
  let v32 = (v13 - 2.5);
  let v33 = (2.81022636e-8 * v32);
  let v34 = (v33 + 3.43273939e-7);
  let v35 = (v34 * v32);
  let v36 = (v35 + (-0.0000035233877));
  let v37 = (v36 * v32);
  let v38 = (v37 + (-0.00000439150654));
  let v39 = (v38 * v32);
  let v40 = (v39 + 0.00021858087);
  let v41 = (v40 * v32);
  let v42 = (v41 + (-0.00125372503));
  let v43 = (v42 * v32);
  let v44 = (v43 + (-0.00417768164));
  let v45 = (v44 * v32);
  let v46 = (v45 + 0.246640727);
  let v47 = (v46 * v32);
  let v48 = (v47 + 1.50140941);
  let v49 = select(0.0, 1.0, v13 < 5.0);
  let v50 = select(v31, v48, v49 != 0.0);
  let v51 = (v50 * v8);
  let v52 = (v51 * 1.4142135623730951);
  let v53 = (v52 * 0.16077447771479306);
  let k54 = stream_key(3u, 397412054u, v2);
  let v55 = uniform01(k54, i);
  let v56 = (v55 * 0.9544997361036416);
  let v57 = (v56 + 0.022750131948179195);
  let v58 = (v57 * 2.0);
  let v59 = (v58 - 1.0);
  let v60 = (1.0 - v59);
  let v61 = (1.0 + v59);
  let v62 = (v60 * v61);
  let v63 = log(v62);
  let v64 = (-v63);
  let v65 = sqrt(v64);
  let v66 = (v65 - 3.0);
  let v67 = ((-0.000200214257) * v66);
  let v68 = (v67 + 0.000100950558);
  let v69 = (v68 * v66);
  let v70 = (v69 + 0.00134934322);
  let v71 = (v70 * v66);
  let v72 = (v71 + (-0.00367342844));
  let v73 = (v72 * v66);
  let v74 = (v73 + 0.00573950773);
  let v75 = (v74 * v66);
  let v76 = (v75 + (-0.0076224613));
  let v77 = (v76 * v66);
  let v78 = (v77 + 0.00943887047);
  let v79 = (v78 * v66);
  let v80 = (v79 + 1.00167406);
  let v81 = (v80 * v66);
  let v82 = (v81 + 2.83297682);
  let v83 = (v64 - 2.5);
  let v84 = (2.81022636e-8 * v83);
  let v85 = (v84 + 3.43273939e-7);
  let v86 = (v85 * v83);
  let v87 = (v86 + (-0.0000035233877));
  let v88 = (v87 * v83);
  let v89 = (v88 + (-0.00000439150654));
  let v90 = (v89 * v83);
  let v91 = (v90 + 0.00021858087);
  let v92 = (v91 * v83);
  let v93 = (v92 + (-0.00125372503));
  let v94 = (v93 * v83);
  let v95 = (v94 + (-0.00417768164));
  let v96 = (v95 * v83);
  let v97 = (v96 + 0.246640727);
  let v98 = (v97 * v83);
  let v99 = (v98 + 1.50140941);
  let v100 = select(0.0, 1.0, v64 < 5.0);
  let v101 = select(v82, v99, v100 != 0.0);
  let v102 = (v101 * v59);
  let v103 = (v102 * 1.4142135623730951);
  let v104 = (v103 * 0.16077447771479306);
  let k105 = stream_key(3u, 836590461u, v2);
  let v106 = uniform01(k105, i);
  let v107 = (v106 * 0.9544997361036416);
  let v108 = (v107 + 0.022750131948179195);
  let v109 = (v108 * 2.0);
  let v110 = (v109 - 1.0);
  let v111 = (1.0 - v110);
  let v112 = (1.0 + v110);
  let v113 = (v111 * v112);
  let v114 = log(v113);
  let v115 = (-v114);
  let v116 = sqrt(v115);
  let v117 = (v116 - 3.0);
  let v118 = ((-0.000200214257) * v117);
  let v119 = (v118 + 0.000100950558);
  let v120 = (v119 * v117);
  let v121 = (v120 + 0.00134934322);
  let v122 = (v121 * v117);
  let v123 = (v122 + (-0.00367342844));
  let v124 = (v123 * v117);
  let v125 = (v124 + 0.00573950773);
  let v126 = (v125 * v117);
  let v127 = (v126 + (-0.0076224613));
  let v128 = (v127 * v117);
  let v129 = (v128 + 0.00943887047);
  let v130 = (v129 * v117);
  let v131 = (v130 + 1.00167406);
  let v132 = (v131 * v117);
  let v133 = (v132 + 2.83297682);
  let v134 = (v115 - 2.5);
  let v135 = (2.81022636e-8 * v134);
  let v136 = (v135 + 3.43273939e-7);
  let v137 = (v136 * v134);
  let v138 = (v137 + (-0.0000035233877));
  let v139 = (v138 * v134);
  let v140 = (v139 + (-0.00000439150654));
  let v141 = (v140 * v134);
  let v142 = (v141 + 0.00021858087);
  let v143 = (v142 * v134);
  let v144 = (v143 + (-0.00125372503));
  let v145 = (v144 * v134);
  let v146 = (v145 + (-0.00417768164));
  let v147 = (v146 * v134);
  let v148 = (v147 + 0.246640727);
  let v149 = (v148 * v134);
  let v150 = (v149 + 1.50140941);
  let v151 = select(0.0, 1.0, v115 < 5.0);
  let v152 = select(v133, v150, v151 != 0.0);
  let v153 = (v152 * v110);
  let v154 = (v153 * 1.4142135623730951);
  let v155 = (v154 * 0.16077447771479306);
  let k156 = stream_key(3u, 3638273035u, v2);
  let v157 = uniform01(k156, i);
  let v158 = (v157 * 0.9544997361036416);
  let v159 = (v158 + 0.022750131948179195);
  let v160 = (v159 * 2.0);
  let v161 = (v160 - 1.0);
  let v162 = (1.0 - v161);
  let v163 = (1.0 + v161);
  let v164 = (v162 * v163);
  let v165 = log(v164);
  let v166 = (-v165);
  let v167 = sqrt(v166);
  let v168 = (v167 - 3.0);
  let v169 = ((-0.000200214257) * v168);
  let v170 = (v169 + 0.000100950558);
  let v171 = (v170 * v168);
  let v172 = (v171 + 0.00134934322);
  let v173 = (v172 * v168);
  let v174 = (v173 + (-0.00367342844));
  let v175 = (v174 * v168);
  let v176 = (v175 + 0.00573950773);
  let v177 = (v176 * v168);
  let v178 = (v177 + (-0.0076224613));
  let v179 = (v178 * v168);
  let v180 = (v179 + 0.00943887047);
  let v181 = (v180 * v168);
  let v182 = (v181 + 1.00167406);
  let v183 = (v182 * v168);
  let v184 = (v183 + 2.83297682);
  let v185 = (v166 - 2.5);
  let v186 = (2.81022636e-8 * v185);
  let v187 = (v186 + 3.43273939e-7);
  let v188 = (v187 * v185);
  let v189 = (v188 + (-0.0000035233877));
  let v190 = (v189 * v185);
  let v191 = (v190 + (-0.00000439150654));
  let v192 = (v191 * v185);
  let v193 = (v192 + 0.00021858087);
  let v194 = (v193 * v185);
  let v195 = (v194 + (-0.00125372503));
  let v196 = (v195 * v185);
  let v197 = (v196 + (-0.00417768164));
  let v198 = (v197 * v185);
  let v199 = (v198 + 0.246640727);
  let v200 = (v199 * v185);
  let v201 = (v200 + 1.50140941);
  let v202 = select(0.0, 1.0, v166 < 5.0);
  let v203 = select(v184, v201, v202 != 0.0);
  let v204 = (v203 * v161);
  let v205 = (v204 * 1.4142135623730951);
  let v206 = (v205 * 0.16077447771479306);
  s_tower_a_he_elu2_dense_kernel[i] = v53;
  s_tower_a_he_elu3_dense_kernel[i] = v104;
  s_tower_a_he_elu4_dense_kernel[i] = v155;
  s_tower_a_he_elu5_dense_kernel[i] = v206;
}

// ---- 003_mul_logits_dense_kernel_x2.wgsl
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
  let c0 = (i / 10u);
  let c1 = (i % 10u);
  let v2 = s_rng_seed[0u];
  let k3 = stream_key(3u, 3422943445u, v2);
  let v4 = uniform01(k3, i);
  let v5 = (v4 * 0.9544997361036416);
  let v6 = (v5 + 0.022750131948179195);
  let v7 = (v6 * 2.0);
  let v8 = (v7 - 1.0);
  let v9 = (1.0 - v8);
  let v10 = (1.0 + v8);
  let v11 = (v9 * v10);
  let v12 = log(v11);
  let v13 = (-v12);
  let v14 = sqrt(v13);
  let v15 = (v14 - 3.0);
  let v16 = ((-0.000200214257) * v15);
  let v17 = (v16 + 0.000100950558);
  let v18 = (v17 * v15);
  let v19 = (v18 + 0.00134934322);
  let v20 = (v19 * v15);
  let v21 = (v20 + (-0.00367342844));
  let v22 = (v21 * v15);
  let v23 = (v22 + 0.00573950773);
  let v24 = (v23 * v15);
  let v25 = (v24 + (-0.0076224613));
  let v26 = (v25 * v15);
  let v27 = (v26 + 0.00943887047);
  let v28 = (v27 * v15);
  let v29 = (v28 + 1.00167406);
  let v30 = (v29 * v15);
  let v31 = (v30 + 2.83297682);
  let v32 = (v13 - 2.5);
  let v33 = (2.81022636e-8 * v32);
  let v34 = (v33 + 3.43273939e-7);
  let v35 = (v34 * v32);
  let v36 = (v35 + (-0.0000035233877));
  let v37 = (v36 * v32);
  let v38 = (v37 + (-0.00000439150654));
  let v39 = (v38 * v32);
  let v40 = (v39 + 0.00021858087);
  let v41 = (v40 * v32);
  let v42 = (v41 + (-0.00125372503));
  let v43 = (v42 * v32);
  let v44 = (v43 + (-0.00417768164));
  let v45 = (v44 * v32);
  let v46 = (v45 + 0.246640727);
  let v47 = (v46 * v32);
  let v48 = (v47 + 1.50140941);
  let v49 = select(0.0, 1.0, v13 < 5.0);
  let v50 = select(v31, v48, v49 != 0.0);
  let v51 = (v50 * v8);
  let v52 = (v51 * 1.4142135623730951);
  let v53 = (v52 * 0.16077447771479306);
  s_logits_dense_kernel[i] = v53;
  s_logits_dense_kernel_adam_m[i] = 0.0;
}

// ---- 004_const_logits_dense_bias.wgsl
@group(0) @binding(0) var<storage, read_write> s_logits_dense_bias: array<f32>;

@compute @workgroup_size(64)
fn main(@builtin(global_invocation_id) gid: vec3<u32>) {
  let i = gid.x;
  if (i >= 10u) { return; }
  s_logits_dense_bias[i] = 0.0;
}

// ---- 005_const_counter_step_x2.wgsl
@group(0) @binding(0) var<storage, read_write> s_counter_step: array<u32>;
@group(0) @binding(1) var<storage, read_write> s_acc_train_loss: array<f32>;

@compute @workgroup_size(64)
fn main(@builtin(global_invocation_id) gid: vec3<u32>) {
  let i = gid.x;
  if (i >= 1u) { return; }
  s_counter_step[i] = 0u;
  s_acc_train_loss[i] = 0.0;
}

// ---- 006_add_x3.wgsl
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

// ---- 008_feed_train_cache_0.wgsl
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
  if (i >= 1250u) { return; }
  let count = info[0];
  let features = info[2];
  let row = i / 25u;
  let f = (i % 25u) * 4u;
  let o = row * 100u + f;
  let pos = batch[0] * 50u + row;
  let key = stream_key(seed[0], 1397249350u, epoch[0]);
  let ex = permute(pos % count, count, key);
  let e = min(ex, count - 1u) * features + f;
  if (info[1] == 1u) {
    let word0 = data[e / 4u];
    out[o + 0u] = f32((word0 >> 0u) & 0xffu) / 255.0;
    out[o + 1u] = f32((word0 >> 8u) & 0xffu) / 255.0;
    out[o + 2u] = f32((word0 >> 16u) & 0xffu) / 255.0;
    out[o + 3u] = f32((word0 >> 24u) & 0xffu) / 255.0;
  }
  else {
    out[o + 0u] = bitcast<f32>(data[e + 0u]);
    out[o + 1u] = bitcast<f32>(data[e + 1u]);
    out[o + 2u] = bitcast<f32>(data[e + 2u]);
    out[o + 3u] = bitcast<f32>(data[e + 3u]);
  }
}

// ---- 009_matmul_logits_dense.wgsl
@group(0) @binding(0) var<storage, read> in_cache_0: array<f32>;
@group(0) @binding(1) var<storage, read> s_logits_dense_kernel: array<f32>;
@group(0) @binding(2) var<storage, read_write> tmp0: array<f32>;
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
    acc8 = acc8 + in_cache_0[ra12 + k] * bv17;
    acc9 = acc9 + in_cache_0[ra13 + k] * bv17;
    acc10 = acc10 + in_cache_0[ra14 + k] * bv17;
    acc11 = acc11 + in_cache_0[ra15 + k] * bv17;
  }
  {
    let l18 = i0 * 10u + j0;
    let v19 = acc8.x;
    let v20 = s_logits_dense_bias[j0];
    let v21 = (v19 + v20);
    tmp0[l18] = v21;
  }
  if (j0 + 1u < 10u) {
    let j22 = j0 + 1u;
    let l23 = i0 * 10u + j22;
    let v24 = acc8.y;
    let v25 = s_logits_dense_bias[j22];
    let v26 = (v24 + v25);
    tmp0[l23] = v26;
  }
  if (j0 + 2u < 10u) {
    let j27 = j0 + 2u;
    let l28 = i0 * 10u + j27;
    let v29 = acc8.z;
    let v30 = s_logits_dense_bias[j27];
    let v31 = (v29 + v30);
    tmp0[l28] = v31;
  }
  if (j0 + 3u < 10u) {
    let j32 = j0 + 3u;
    let l33 = i0 * 10u + j32;
    let v34 = acc8.w;
    let v35 = s_logits_dense_bias[j32];
    let v36 = (v34 + v35);
    tmp0[l33] = v36;
  }
  if (i0 + 1u < 50u) {
    let i37 = i0 + 1u;
    let l38 = i37 * 10u + j0;
    let v39 = acc9.x;
    let v40 = s_logits_dense_bias[j0];
    let v41 = (v39 + v40);
    tmp0[l38] = v41;
  }
  if (i0 + 1u < 50u && j0 + 1u < 10u) {
    let i42 = i0 + 1u;
    let j43 = j0 + 1u;
    let l44 = i42 * 10u + j43;
    let v45 = acc9.y;
    let v46 = s_logits_dense_bias[j43];
    let v47 = (v45 + v46);
    tmp0[l44] = v47;
  }
  if (i0 + 1u < 50u && j0 + 2u < 10u) {
    let i48 = i0 + 1u;
    let j49 = j0 + 2u;
    let l50 = i48 * 10u + j49;
    let v51 = acc9.z;
    let v52 = s_logits_dense_bias[j49];
    let v53 = (v51 + v52);
    tmp0[l50] = v53;
  }
  if (i0 + 1u < 50u && j0 + 3u < 10u) {
    let i54 = i0 + 1u;
    let j55 = j0 + 3u;
    let l56 = i54 * 10u + j55;
    let v57 = acc9.w;
    let v58 = s_logits_dense_bias[j55];
    let v59 = (v57 + v58);
    tmp0[l56] = v59;
  }
  if (i0 + 2u < 50u) {
    let i60 = i0 + 2u;
    let l61 = i60 * 10u + j0;
    let v62 = acc10.x;
    let v63 = s_logits_dense_bias[j0];
    let v64 = (v62 + v63);
    tmp0[l61] = v64;
  }
  if (i0 + 2u < 50u && j0 + 1u < 10u) {
    let i65 = i0 + 2u;
    let j66 = j0 + 1u;
    let l67 = i65 * 10u + j66;
    let v68 = acc10.y;
    let v69 = s_logits_dense_bias[j66];
    let v70 = (v68 + v69);
    tmp0[l67] = v70;
  }
  if (i0 + 2u < 50u && j0 + 2u < 10u) {
    let i71 = i0 + 2u;
    let j72 = j0 + 2u;
    let l73 = i71 * 10u + j72;
    let v74 = acc10.z;
    let v75 = s_logits_dense_bias[j72];
    let v76 = (v74 + v75);
    tmp0[l73] = v76;
  }
  if (i0 + 2u < 50u && j0 + 3u < 10u) {
    let i77 = i0 + 2u;
    let j78 = j0 + 3u;
    let l79 = i77 * 10u + j78;
    let v80 = acc10.w;
    let v81 = s_logits_dense_bias[j78];
    let v82 = (v80 + v81);
    tmp0[l79] = v82;
  }
  if (i0 + 3u < 50u) {
    let i83 = i0 + 3u;
    let l84 = i83 * 10u + j0;
    let v85 = acc11.x;
    let v86 = s_logits_dense_bias[j0];
    let v87 = (v85 + v86);
    tmp0[l84] = v87;
  }
  if (i0 + 3u < 50u && j0 + 1u < 10u) {
    let i88 = i0 + 3u;
    let j89 = j0 + 1u;
    let l90 = i88 * 10u + j89;
    let v91 = acc11.y;
    let v92 = s_logits_dense_bias[j89];
    let v93 = (v91 + v92);
    tmp0[l90] = v93;
  }
  if (i0 + 3u < 50u && j0 + 2u < 10u) {
    let i94 = i0 + 3u;
    let j95 = j0 + 2u;
    let l96 = i94 * 10u + j95;
    let v97 = acc11.z;
    let v98 = s_logits_dense_bias[j95];
    let v99 = (v97 + v98);
    tmp0[l96] = v99;
  }
  if (i0 + 3u < 50u && j0 + 3u < 10u) {
    let i100 = i0 + 3u;
    let j101 = j0 + 3u;
    let l102 = i100 * 10u + j101;
    let v103 = acc11.w;
    let v104 = s_logits_dense_bias[j101];
    let v105 = (v103 + v104);
    tmp0[l102] = v105;
  }
}

// ---- 010_reduce_sum_loss_x6.wgsl
var<workgroup> wg_f32_0: array<f32, 64>;
var<workgroup> wg_f32_1: array<f32, 64>;
@group(0) @binding(0) var<storage, read> tmp0: array<f32>;
@group(0) @binding(1) var<storage, read> in_y: array<i32>;
@group(0) @binding(2) var<storage, read_write> s_counter_step: array<u32>;
@group(0) @binding(3) var<storage, read_write> s_acc_train_loss: array<f32>;
@group(0) @binding(4) var<storage, read_write> s_acc_train_count: array<f32>;
@group(0) @binding(5) var<storage, read_write> out_loss: array<f32>;
@group(0) @binding(6) var<storage, read_write> out_accuracy: array<f32>;
@group(0) @binding(7) var<storage, read_write> tmp1: array<f32>;

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
      let v7 = tmp0[l6];
      acc4 = max(acc4, v7);
    }
    var acc8: f32 = 0.0;
    for (var r9: u32 = 0u; r9 < 10u; r9 = r9 + 1u) {
      let l10 = r2 * 10u + r9;
      let v11 = tmp0[l10];
      let v12 = (v11 - acc4);
      let v13 = exp(v12);
      acc8 = acc8 + v13;
    }
    let v14 = log(acc8);
    for (var r15: u32 = 0u; r15 < 10u; r15 = r15 + 1u) {
      let l16 = r2 * 10u + r15;
      let v17 = in_y[r2];
      let v18 = select(0.0, 1.0, i32(r15) == v17);
      let v19 = tmp0[l16];
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
      let v28 = tmp0[l27];
      let v29 = in_y[r2];
      let v30 = select(0.0, 1.0, i32(r26) == v29);
      let v31 = (v28 * v30);
      acc25 = acc25 + v31;
    }
    for (var r32: u32 = 0u; r32 < 10u; r32 = r32 + 1u) {
      let l33 = r2 * 10u + r32;
      let v34 = tmp0[l33];
      let v35 = select(0.0, 1.0, v34 > acc25);
      acc24 = acc24 + v35;
    }
    let v36 = select(0.0, 1.0, acc24 < 1.0);
    var acc37: f32 = 0.0;
    for (var r38: u32 = 0u; r38 < 10u; r38 = r38 + 1u) {
      let l39 = r2 * 10u + r38;
      let v40 = tmp0[l39];
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
  let v118 = s_acc_train_loss[i];
  let v119 = (v118 + v48);
  let v120 = s_acc_train_count[i];
  let v121 = (v120 + 1.0);
  let v122 = (v50 + 1u);
  storageBarrier();
  if (lane == 0u) {
    out_loss[i] = v48;
    out_accuracy[i] = v49;
    tmp1[i] = v117;
    s_acc_train_loss[i] = v119;
    s_acc_train_count[i] = v121;
    s_counter_step[i] = v122;
  }
}

// ---- 011_add_loss_grad.wgsl
@group(0) @binding(0) var<storage, read> in_y: array<i32>;
@group(0) @binding(1) var<storage, read> tmp0: array<f32>;
@group(0) @binding(2) var<storage, read_write> tmp2: array<f32>;

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
    let v15 = tmp0[l14];
    acc12 = max(acc12, v15);
  }
  for (var r16: u32 = 0u; r16 < 10u; r16 = r16 + 1u) {
    let l17 = c0 * 10u + r16;
    let v18 = tmp0[l17];
    let v19 = (v18 - acc12);
    let v20 = exp(v19);
    acc11 = acc11 + v20;
  }
  let v21 = (acc5 / acc11);
  let v22 = tmp0[i];
  let v23 = (v22 - acc12);
  let v24 = exp(v23);
  let v25 = (v21 * v24);
  let v26 = (v4 + v25);
  tmp2[i] = v26;
}

// ---- 012_reduce_sum_logits_dense_bias_grad_x4.wgsl
var<workgroup> wg_f32_0: array<f32, 64>;
@group(0) @binding(0) var<storage, read> tmp2: array<f32>;
@group(0) @binding(1) var<storage, read_write> s_logits_dense_bias_adam_m: array<f32>;
@group(0) @binding(2) var<storage, read_write> s_logits_dense_bias_adam_v: array<f32>;
@group(0) @binding(3) var<storage, read_write> s_logits_dense_bias: array<f32>;
@group(0) @binding(4) var<storage, read> tmp1: array<f32>;

@compute @workgroup_size(64)
fn main(@builtin(workgroup_id) wid: vec3<u32>, @builtin(local_invocation_index) lane: u32) {
  let i = wid.x;
  var acc0: f32 = 0.0;
  for (var r1: u32 = lane; r1 < 50u; r1 = r1 + 64u) {
    let l2 = r1 * 10u + i;
    let v3 = tmp2[l2];
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
  let v16 = tmp1[0u];
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

// ---- 013_matmul_logits_dense_kernel_grad.wgsl
@group(0) @binding(0) var<storage, read> in_cache_0: array<f32>;
@group(0) @binding(1) var<storage, read> tmp2: array<f32>;
@group(0) @binding(2) var<storage, read_write> tmp3: array<f32>;

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
    let bv13 = vec4<f32>(tmp2[rb12 + col4], tmp2[rb12 + col5], tmp2[rb12 + col6], tmp2[rb12 + col7]);
    let rk14 = k * 100u;
    acc8 = acc8 + in_cache_0[rk14 + row0] * bv13;
    acc9 = acc9 + in_cache_0[rk14 + row1] * bv13;
    acc10 = acc10 + in_cache_0[rk14 + row2] * bv13;
    acc11 = acc11 + in_cache_0[rk14 + row3] * bv13;
  }
  {
    let l15 = i0 * 10u + j0;
    let v16 = acc8.x;
    tmp3[l15] = v16;
  }
  if (j0 + 1u < 10u) {
    let j17 = j0 + 1u;
    let l18 = i0 * 10u + j17;
    let v19 = acc8.y;
    tmp3[l18] = v19;
  }
  if (j0 + 2u < 10u) {
    let j20 = j0 + 2u;
    let l21 = i0 * 10u + j20;
    let v22 = acc8.z;
    tmp3[l21] = v22;
  }
  if (j0 + 3u < 10u) {
    let j23 = j0 + 3u;
    let l24 = i0 * 10u + j23;
    let v25 = acc8.w;
    tmp3[l24] = v25;
  }
  {
    let i26 = i0 + 1u;
    let l27 = i26 * 10u + j0;
    let v28 = acc9.x;
    tmp3[l27] = v28;
  }
  if (j0 + 1u < 10u) {
    let i29 = i0 + 1u;
    let j30 = j0 + 1u;
    let l31 = i29 * 10u + j30;
    let v32 = acc9.y;
    tmp3[l31] = v32;
  }
  if (j0 + 2u < 10u) {
    let i33 = i0 + 1u;
    let j34 = j0 + 2u;
    let l35 = i33 * 10u + j34;
    let v36 = acc9.z;
    tmp3[l35] = v36;
  }
  if (j0 + 3u < 10u) {
    let i37 = i0 + 1u;
    let j38 = j0 + 3u;
    let l39 = i37 * 10u + j38;
    let v40 = acc9.w;
    tmp3[l39] = v40;
  }
  {
    let i41 = i0 + 2u;
    let l42 = i41 * 10u + j0;
    let v43 = acc10.x;
    tmp3[l42] = v43;
  }
  if (j0 + 1u < 10u) {
    let i44 = i0 + 2u;
    let j45 = j0 + 1u;
    let l46 = i44 * 10u + j45;
    let v47 = acc10.y;
    tmp3[l46] = v47;
  }
  if (j0 + 2u < 10u) {
    let i48 = i0 + 2u;
    let j49 = j0 + 2u;
    let l50 = i48 * 10u + j49;
    let v51 = acc10.z;
    tmp3[l50] = v51;
  }
  if (j0 + 3u < 10u) {
    let i52 = i0 + 2u;
    let j53 = j0 + 3u;
    let l54 = i52 * 10u + j53;
    let v55 = acc10.w;
    tmp3[l54] = v55;
  }
  {
    let i56 = i0 + 3u;
    let l57 = i56 * 10u + j0;
    let v58 = acc11.x;
    tmp3[l57] = v58;
  }
  if (j0 + 1u < 10u) {
    let i59 = i0 + 3u;
    let j60 = j0 + 1u;
    let l61 = i59 * 10u + j60;
    let v62 = acc11.y;
    tmp3[l61] = v62;
  }
  if (j0 + 2u < 10u) {
    let i63 = i0 + 3u;
    let j64 = j0 + 2u;
    let l65 = i63 * 10u + j64;
    let v66 = acc11.z;
    tmp3[l65] = v66;
  }
  if (j0 + 3u < 10u) {
    let i67 = i0 + 3u;
    let j68 = j0 + 3u;
    let l69 = i67 * 10u + j68;
    let v70 = acc11.w;
    tmp3[l69] = v70;
  }
}

// ---- 014_add_logits_dense_kernel_adam_x3.wgsl
@group(0) @binding(0) var<storage, read_write> s_logits_dense_kernel_adam_m: array<f32>;
@group(0) @binding(1) var<storage, read> tmp3: array<f32>;
@group(0) @binding(2) var<storage, read_write> s_logits_dense_kernel_adam_v: array<f32>;
@group(0) @binding(3) var<storage, read_write> s_logits_dense_kernel: array<f32>;
@group(0) @binding(4) var<storage, read> tmp1: array<f32>;

@compute @workgroup_size(64)
fn main(@builtin(global_invocation_id) gid: vec3<u32>) {
  let i = gid.x;
  if (i >= 1000u) { return; }
  let v0 = s_logits_dense_kernel_adam_m[i];
  let c1 = (i / 10u);
  let c2 = (i % 10u);
  let v3 = (v0 * 0.9);
  let v4 = tmp3[i];
  let v5 = (v4 * 0.09999999999999998);
  let v6 = (v3 + v5);
  let v7 = s_logits_dense_kernel_adam_v[i];
  let v8 = (v7 * 0.999);
  let v9 = (v4 * v4);
  let v10 = (v9 * 0.0010000000000000009);
  let v11 = (v8 + v10);
  let v12 = s_logits_dense_kernel[i];
  let v13 = tmp1[0u];
  let v14 = (v6 * v13);
  let v15 = sqrt(v11);
  let v16 = (v15 + 1e-8);
  let v17 = (v14 / v16);
  let v18 = (v12 - v17);
  s_logits_dense_kernel_adam_m[i] = v6;
  s_logits_dense_kernel_adam_v[i] = v11;
  s_logits_dense_kernel[i] = v18;
}

// ---- 015_add_metrics_x2.wgsl
@group(0) @binding(0) var<storage, read_write> s_acc_train_accuracy: array<f32>;
@group(0) @binding(1) var<storage, read> out_accuracy: array<f32>;
@group(0) @binding(2) var<storage, read_write> s_counter_batch: array<u32>;

@compute @workgroup_size(64)
fn main(@builtin(global_invocation_id) gid: vec3<u32>) {
  let i = gid.x;
  if (i >= 1u) { return; }
  let v0 = s_acc_train_accuracy[i];
  let v1 = out_accuracy[i];
  let v2 = (v0 + v1);
  let v3 = s_counter_batch[i];
  let v4 = (v3 + 1u);
  s_acc_train_accuracy[i] = v2;
  s_counter_batch[i] = v4;
}

// ---- 016_feed_eval_y.wgsl
@group(0) @binding(0) var<storage, read> data: array<u32>;
@group(0) @binding(1) var<storage, read> info: array<u32>;
@group(0) @binding(2) var<storage, read> eval_batch: array<u32>;
@group(0) @binding(3) var<storage, read_write> out: array<i32>;
@group(0) @binding(4) var<storage, read_write> weight: array<f32>;

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
  if (i == 0u) {
    weight[0] = f32(rem) / 50.0;
  }
  let e = min(ex, count - 1u) * features + f;
  out[o + 0u] = bitcast<i32>(data[e + 0u]);
}

// ---- 017_feed_eval_eval_cache_0.wgsl
@group(0) @binding(0) var<storage, read> data: array<u32>;
@group(0) @binding(1) var<storage, read> info: array<u32>;
@group(0) @binding(2) var<storage, read> eval_batch: array<u32>;
@group(0) @binding(3) var<storage, read_write> out: array<f32>;

@compute @workgroup_size(64)
fn main(@builtin(global_invocation_id) gid: vec3<u32>) {
  let i = gid.x;
  if (i >= 1250u) { return; }
  let count = info[0];
  let features = info[2];
  let row = i / 25u;
  let f = (i % 25u) * 4u;
  let o = row * 100u + f;
  let base = eval_batch[0] * 50u;
  let rem = min(count - min(base, count), 50u);
  let ex = base + row % max(rem, 1u);
  let e = min(ex, count - 1u) * features + f;
  if (info[1] == 1u) {
    let word0 = data[e / 4u];
    out[o + 0u] = f32((word0 >> 0u) & 0xffu) / 255.0;
    out[o + 1u] = f32((word0 >> 8u) & 0xffu) / 255.0;
    out[o + 2u] = f32((word0 >> 16u) & 0xffu) / 255.0;
    out[o + 3u] = f32((word0 >> 24u) & 0xffu) / 255.0;
  }
  else {
    out[o + 0u] = bitcast<f32>(data[e + 0u]);
    out[o + 1u] = bitcast<f32>(data[e + 1u]);
    out[o + 2u] = bitcast<f32>(data[e + 2u]);
    out[o + 3u] = bitcast<f32>(data[e + 3u]);
  }
}

// ---- 018_reduce_sum_loss_x5.wgsl
var<workgroup> wg_f32_0: array<f32, 64>;
var<workgroup> wg_f32_1: array<f32, 64>;
@group(0) @binding(0) var<storage, read> tmp0: array<f32>;
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
      let v7 = tmp0[l6];
      acc4 = max(acc4, v7);
    }
    var acc8: f32 = 0.0;
    for (var r9: u32 = 0u; r9 < 10u; r9 = r9 + 1u) {
      let l10 = r2 * 10u + r9;
      let v11 = tmp0[l10];
      let v12 = (v11 - acc4);
      let v13 = exp(v12);
      acc8 = acc8 + v13;
    }
    let v14 = log(acc8);
    for (var r15: u32 = 0u; r15 < 10u; r15 = r15 + 1u) {
      let l16 = r2 * 10u + r15;
      let v17 = in_y[r2];
      let v18 = select(0.0, 1.0, i32(r15) == v17);
      let v19 = tmp0[l16];
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
      let v28 = tmp0[l27];
      let v29 = in_y[r2];
      let v30 = select(0.0, 1.0, i32(r26) == v29);
      let v31 = (v28 * v30);
      acc25 = acc25 + v31;
    }
    for (var r32: u32 = 0u; r32 < 10u; r32 = r32 + 1u) {
      let l33 = r2 * 10u + r32;
      let v34 = tmp0[l33];
      let v35 = select(0.0, 1.0, v34 > acc25);
      acc24 = acc24 + v35;
    }
    let v36 = select(0.0, 1.0, acc24 < 1.0);
    var acc37: f32 = 0.0;
    for (var r38: u32 = 0u; r38 < 10u; r38 = r38 + 1u) {
      let l39 = r2 * 10u + r38;
      let v40 = tmp0[l39];
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

// ---- 019_add_metrics.wgsl
@group(0) @binding(0) var<storage, read_write> s_counter_eval_batch: array<u32>;

@compute @workgroup_size(64)
fn main(@builtin(global_invocation_id) gid: vec3<u32>) {
  let i = gid.x;
  if (i >= 1u) { return; }
  let v0 = s_counter_eval_batch[i];
  let v1 = (v0 + 1u);
  s_counter_eval_batch[i] = v1;
}

// ---- 020_const.wgsl
@group(0) @binding(0) var<storage, read_write> s_counter_cache_batch: array<u32>;

@compute @workgroup_size(64)
fn main(@builtin(global_invocation_id) gid: vec3<u32>) {
  let i = gid.x;
  if (i >= 1u) { return; }
  s_counter_cache_batch[i] = 0u;
}

// ---- 021_feed_eval_X.wgsl
@group(0) @binding(0) var<storage, read> data: array<u32>;
@group(0) @binding(1) var<storage, read> info: array<u32>;
@group(0) @binding(2) var<storage, read> eval_batch: array<u32>;
@group(0) @binding(3) var<storage, read_write> out: array<f32>;

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

// ---- 022_matmul_tower_a_he_elu1.wgsl
@group(0) @binding(0) var<storage, read> in_X_v4: array<vec4<f32>>;
@group(0) @binding(1) var<storage, read> s_tower_a_he_elu1_dense_kernel_v4: array<vec4<f32>>;
@group(0) @binding(2) var<storage, read_write> tmp4: array<f32>;
@group(0) @binding(3) var<storage, read> s_tower_a_he_elu1_dense_bias: array<f32>;

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
    let bv21 = s_tower_a_he_elu1_dense_kernel_v4[(kq20 * 100u + j0) / 4u];
    let kq22 = k * 4u + 1u;
    let bv23 = s_tower_a_he_elu1_dense_kernel_v4[(kq22 * 100u + j0) / 4u];
    let kq24 = k * 4u + 2u;
    let bv25 = s_tower_a_he_elu1_dense_kernel_v4[(kq24 * 100u + j0) / 4u];
    let kq26 = k * 4u + 3u;
    let bv27 = s_tower_a_he_elu1_dense_kernel_v4[(kq26 * 100u + j0) / 4u];
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
    let v30 = s_tower_a_he_elu1_dense_bias[j0];
    let v31 = (v29 + v30);
    let v32 = min(v31, 0.0);
    let v33 = exp(v32);
    let v34 = (v33 - 1.0);
    let v35 = select(0.0, 1.0, v31 > 0.0);
    let v36 = select(v34, v31, v35 != 0.0);
    tmp4[l28] = v36;
  }
  {
    let j37 = j0 + 1u;
    let l38 = i0 * 100u + j37;
    let v39 = acc8.y;
    let v40 = s_tower_a_he_elu1_dense_bias[j37];
    let v41 = (v39 + v40);
    let v42 = min(v41, 0.0);
    let v43 = exp(v42);
    let v44 = (v43 - 1.0);
    let v45 = select(0.0, 1.0, v41 > 0.0);
    let v46 = select(v44, v41, v45 != 0.0);
    tmp4[l38] = v46;
  }
  {
    let j47 = j0 + 2u;
    let l48 = i0 * 100u + j47;
    let v49 = acc8.z;
    let v50 = s_tower_a_he_elu1_dense_bias[j47];
    let v51 = (v49 + v50);
    let v52 = min(v51, 0.0);
    let v53 = exp(v52);
    let v54 = (v53 - 1.0);
    let v55 = select(0.0, 1.0, v51 > 0.0);
    let v56 = select(v54, v51, v55 != 0.0);
    tmp4[l48] = v56;
  }
  {
    let j57 = j0 + 3u;
    let l58 = i0 * 100u + j57;
    let v59 = acc8.w;
    let v60 = s_tower_a_he_elu1_dense_bias[j57];
    let v61 = (v59 + v60);
    let v62 = min(v61, 0.0);
    let v63 = exp(v62);
    let v64 = (v63 - 1.0);
    let v65 = select(0.0, 1.0, v61 > 0.0);
    let v66 = select(v64, v61, v65 != 0.0);
    tmp4[l58] = v66;
  }
  if (i0 + 1u < 50u) {
    let i67 = i0 + 1u;
    let l68 = i67 * 100u + j0;
    let v69 = acc9.x;
    let v70 = s_tower_a_he_elu1_dense_bias[j0];
    let v71 = (v69 + v70);
    let v72 = min(v71, 0.0);
    let v73 = exp(v72);
    let v74 = (v73 - 1.0);
    let v75 = select(0.0, 1.0, v71 > 0.0);
    let v76 = select(v74, v71, v75 != 0.0);
    tmp4[l68] = v76;
  }
  if (i0 + 1u < 50u) {
    let i77 = i0 + 1u;
    let j78 = j0 + 1u;
    let l79 = i77 * 100u + j78;
    let v80 = acc9.y;
    let v81 = s_tower_a_he_elu1_dense_bias[j78];
    let v82 = (v80 + v81);
    let v83 = min(v82, 0.0);
    let v84 = exp(v83);
    let v85 = (v84 - 1.0);
    let v86 = select(0.0, 1.0, v82 > 0.0);
    let v87 = select(v85, v82, v86 != 0.0);
    tmp4[l79] = v87;
  }
  if (i0 + 1u < 50u) {
    let i88 = i0 + 1u;
    let j89 = j0 + 2u;
    let l90 = i88 * 100u + j89;
    let v91 = acc9.z;
    let v92 = s_tower_a_he_elu1_dense_bias[j89];
    let v93 = (v91 + v92);
    let v94 = min(v93, 0.0);
    let v95 = exp(v94);
    let v96 = (v95 - 1.0);
    let v97 = select(0.0, 1.0, v93 > 0.0);
    let v98 = select(v96, v93, v97 != 0.0);
    tmp4[l90] = v98;
  }
  if (i0 + 1u < 50u) {
    let i99 = i0 + 1u;
    let j100 = j0 + 3u;
    let l101 = i99 * 100u + j100;
    let v102 = acc9.w;
    let v103 = s_tower_a_he_elu1_dense_bias[j100];
    let v104 = (v102 + v103);
    let v105 = min(v104, 0.0);
    let v106 = exp(v105);
    let v107 = (v106 - 1.0);
    let v108 = select(0.0, 1.0, v104 > 0.0);
    let v109 = select(v107, v104, v108 != 0.0);
    tmp4[l101] = v109;
  }
  if (i0 + 2u < 50u) {
    let i110 = i0 + 2u;
    let l111 = i110 * 100u + j0;
    let v112 = acc10.x;
    let v113 = s_tower_a_he_elu1_dense_bias[j0];
    let v114 = (v112 + v113);
    let v115 = min(v114, 0.0);
    let v116 = exp(v115);
    let v117 = (v116 - 1.0);
    let v118 = select(0.0, 1.0, v114 > 0.0);
    let v119 = select(v117, v114, v118 != 0.0);
    tmp4[l111] = v119;
  }
  if (i0 + 2u < 50u) {
    let i120 = i0 + 2u;
    let j121 = j0 + 1u;
    let l122 = i120 * 100u + j121;
    let v123 = acc10.y;
    let v124 = s_tower_a_he_elu1_dense_bias[j121];
    let v125 = (v123 + v124);
    let v126 = min(v125, 0.0);
    let v127 = exp(v126);
    let v128 = (v127 - 1.0);
    let v129 = select(0.0, 1.0, v125 > 0.0);
    let v130 = select(v128, v125, v129 != 0.0);
    tmp4[l122] = v130;
  }
  if (i0 + 2u < 50u) {
    let i131 = i0 + 2u;
    let j132 = j0 + 2u;
    let l133 = i131 * 100u + j132;
    let v134 = acc10.z;
    let v135 = s_tower_a_he_elu1_dense_bias[j132];
    let v136 = (v134 + v135);
    let v137 = min(v136, 0.0);
    let v138 = exp(v137);
    let v139 = (v138 - 1.0);
    let v140 = select(0.0, 1.0, v136 > 0.0);
    let v141 = select(v139, v136, v140 != 0.0);
    tmp4[l133] = v141;
  }
  if (i0 + 2u < 50u) {
    let i142 = i0 + 2u;
    let j143 = j0 + 3u;
    let l144 = i142 * 100u + j143;
    let v145 = acc10.w;
    let v146 = s_tower_a_he_elu1_dense_bias[j143];
    let v147 = (v145 + v146);
    let v148 = min(v147, 0.0);
    let v149 = exp(v148);
    let v150 = (v149 - 1.0);
    let v151 = select(0.0, 1.0, v147 > 0.0);
    let v152 = select(v150, v147, v151 != 0.0);
    tmp4[l144] = v152;
  }
  if (i0 + 3u < 50u) {
    let i153 = i0 + 3u;
    let l154 = i153 * 100u + j0;
    let v155 = acc11.x;
    let v156 = s_tower_a_he_elu1_dense_bias[j0];
    let v157 = (v155 + v156);
    let v158 = min(v157, 0.0);
    let v159 = exp(v158);
    let v160 = (v159 - 1.0);
    let v161 = select(0.0, 1.0, v157 > 0.0);
    let v162 = select(v160, v157, v161 != 0.0);
    tmp4[l154] = v162;
  }
  if (i0 + 3u < 50u) {
    let i163 = i0 + 3u;
    let j164 = j0 + 1u;
    let l165 = i163 * 100u + j164;
    let v166 = acc11.y;
    let v167 = s_tower_a_he_elu1_dense_bias[j164];
    let v168 = (v166 + v167);
    let v169 = min(v168, 0.0);
    let v170 = exp(v169);
    let v171 = (v170 - 1.0);
    let v172 = select(0.0, 1.0, v168 > 0.0);
    let v173 = select(v171, v168, v172 != 0.0);
    tmp4[l165] = v173;
  }
  if (i0 + 3u < 50u) {
    let i174 = i0 + 3u;
    let j175 = j0 + 2u;
    let l176 = i174 * 100u + j175;
    let v177 = acc11.z;
    let v178 = s_tower_a_he_elu1_dense_bias[j175];
    let v179 = (v177 + v178);
    let v180 = min(v179, 0.0);
    let v181 = exp(v180);
    let v182 = (v181 - 1.0);
    let v183 = select(0.0, 1.0, v179 > 0.0);
    let v184 = select(v182, v179, v183 != 0.0);
    tmp4[l176] = v184;
  }
  if (i0 + 3u < 50u) {
    let i185 = i0 + 3u;
    let j186 = j0 + 3u;
    let l187 = i185 * 100u + j186;
    let v188 = acc11.w;
    let v189 = s_tower_a_he_elu1_dense_bias[j186];
    let v190 = (v188 + v189);
    let v191 = min(v190, 0.0);
    let v192 = exp(v191);
    let v193 = (v192 - 1.0);
    let v194 = select(0.0, 1.0, v190 > 0.0);
    let v195 = select(v193, v190, v194 != 0.0);
    tmp4[l187] = v195;
  }
}

// ---- 023_matmul_tower_a_he_elu2.wgsl
@group(0) @binding(0) var<storage, read> tmp4_v4: array<vec4<f32>>;
@group(0) @binding(1) var<storage, read> s_tower_a_he_elu2_dense_kernel_v4: array<vec4<f32>>;
@group(0) @binding(2) var<storage, read_write> tmp5: array<f32>;
@group(0) @binding(3) var<storage, read> s_tower_a_he_elu2_dense_bias: array<f32>;

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
  let ra12 = row0 * 25u;
  let ra13 = row1 * 25u;
  let ra14 = row2 * 25u;
  let ra15 = row3 * 25u;
  for (var k: u32 = 0u; k < 25u; k = k + 1u) {
    let av16 = tmp4_v4[ra12 + k];
    let av17 = tmp4_v4[ra13 + k];
    let av18 = tmp4_v4[ra14 + k];
    let av19 = tmp4_v4[ra15 + k];
    let kq20 = k * 4u + 0u;
    let bv21 = s_tower_a_he_elu2_dense_kernel_v4[(kq20 * 100u + j0) / 4u];
    let kq22 = k * 4u + 1u;
    let bv23 = s_tower_a_he_elu2_dense_kernel_v4[(kq22 * 100u + j0) / 4u];
    let kq24 = k * 4u + 2u;
    let bv25 = s_tower_a_he_elu2_dense_kernel_v4[(kq24 * 100u + j0) / 4u];
    let kq26 = k * 4u + 3u;
    let bv27 = s_tower_a_he_elu2_dense_kernel_v4[(kq26 * 100u + j0) / 4u];
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
    let v30 = s_tower_a_he_elu2_dense_bias[j0];
    let v31 = (v29 + v30);
    let v32 = min(v31, 0.0);
    let v33 = exp(v32);
    let v34 = (v33 - 1.0);
    let v35 = select(0.0, 1.0, v31 > 0.0);
    let v36 = select(v34, v31, v35 != 0.0);
    tmp5[l28] = v36;
  }
  {
    let j37 = j0 + 1u;
    let l38 = i0 * 100u + j37;
    let v39 = acc8.y;
    let v40 = s_tower_a_he_elu2_dense_bias[j37];
    let v41 = (v39 + v40);
    let v42 = min(v41, 0.0);
    let v43 = exp(v42);
    let v44 = (v43 - 1.0);
    let v45 = select(0.0, 1.0, v41 > 0.0);
    let v46 = select(v44, v41, v45 != 0.0);
    tmp5[l38] = v46;
  }
  {
    let j47 = j0 + 2u;
    let l48 = i0 * 100u + j47;
    let v49 = acc8.z;
    let v50 = s_tower_a_he_elu2_dense_bias[j47];
    let v51 = (v49 + v50);
    let v52 = min(v51, 0.0);
    let v53 = exp(v52);
    let v54 = (v53 - 1.0);
    let v55 = select(0.0, 1.0, v51 > 0.0);
    let v56 = select(v54, v51, v55 != 0.0);
    tmp5[l48] = v56;
  }
  {
    let j57 = j0 + 3u;
    let l58 = i0 * 100u + j57;
    let v59 = acc8.w;
    let v60 = s_tower_a_he_elu2_dense_bias[j57];
    let v61 = (v59 + v60);
    let v62 = min(v61, 0.0);
    let v63 = exp(v62);
    let v64 = (v63 - 1.0);
    let v65 = select(0.0, 1.0, v61 > 0.0);
    let v66 = select(v64, v61, v65 != 0.0);
    tmp5[l58] = v66;
  }
  if (i0 + 1u < 50u) {
    let i67 = i0 + 1u;
    let l68 = i67 * 100u + j0;
    let v69 = acc9.x;
    let v70 = s_tower_a_he_elu2_dense_bias[j0];
    let v71 = (v69 + v70);
    let v72 = min(v71, 0.0);
    let v73 = exp(v72);
    let v74 = (v73 - 1.0);
    let v75 = select(0.0, 1.0, v71 > 0.0);
    let v76 = select(v74, v71, v75 != 0.0);
    tmp5[l68] = v76;
  }
  if (i0 + 1u < 50u) {
    let i77 = i0 + 1u;
    let j78 = j0 + 1u;
    let l79 = i77 * 100u + j78;
    let v80 = acc9.y;
    let v81 = s_tower_a_he_elu2_dense_bias[j78];
    let v82 = (v80 + v81);
    let v83 = min(v82, 0.0);
    let v84 = exp(v83);
    let v85 = (v84 - 1.0);
    let v86 = select(0.0, 1.0, v82 > 0.0);
    let v87 = select(v85, v82, v86 != 0.0);
    tmp5[l79] = v87;
  }
  if (i0 + 1u < 50u) {
    let i88 = i0 + 1u;
    let j89 = j0 + 2u;
    let l90 = i88 * 100u + j89;
    let v91 = acc9.z;
    let v92 = s_tower_a_he_elu2_dense_bias[j89];
    let v93 = (v91 + v92);
    let v94 = min(v93, 0.0);
    let v95 = exp(v94);
    let v96 = (v95 - 1.0);
    let v97 = select(0.0, 1.0, v93 > 0.0);
    let v98 = select(v96, v93, v97 != 0.0);
    tmp5[l90] = v98;
  }
  if (i0 + 1u < 50u) {
    let i99 = i0 + 1u;
    let j100 = j0 + 3u;
    let l101 = i99 * 100u + j100;
    let v102 = acc9.w;
    let v103 = s_tower_a_he_elu2_dense_bias[j100];
    let v104 = (v102 + v103);
    let v105 = min(v104, 0.0);
    let v106 = exp(v105);
    let v107 = (v106 - 1.0);
    let v108 = select(0.0, 1.0, v104 > 0.0);
    let v109 = select(v107, v104, v108 != 0.0);
    tmp5[l101] = v109;
  }
  if (i0 + 2u < 50u) {
    let i110 = i0 + 2u;
    let l111 = i110 * 100u + j0;
    let v112 = acc10.x;
    let v113 = s_tower_a_he_elu2_dense_bias[j0];
    let v114 = (v112 + v113);
    let v115 = min(v114, 0.0);
    let v116 = exp(v115);
    let v117 = (v116 - 1.0);
    let v118 = select(0.0, 1.0, v114 > 0.0);
    let v119 = select(v117, v114, v118 != 0.0);
    tmp5[l111] = v119;
  }
  if (i0 + 2u < 50u) {
    let i120 = i0 + 2u;
    let j121 = j0 + 1u;
    let l122 = i120 * 100u + j121;
    let v123 = acc10.y;
    let v124 = s_tower_a_he_elu2_dense_bias[j121];
    let v125 = (v123 + v124);
    let v126 = min(v125, 0.0);
    let v127 = exp(v126);
    let v128 = (v127 - 1.0);
    let v129 = select(0.0, 1.0, v125 > 0.0);
    let v130 = select(v128, v125, v129 != 0.0);
    tmp5[l122] = v130;
  }
  if (i0 + 2u < 50u) {
    let i131 = i0 + 2u;
    let j132 = j0 + 2u;
    let l133 = i131 * 100u + j132;
    let v134 = acc10.z;
    let v135 = s_tower_a_he_elu2_dense_bias[j132];
    let v136 = (v134 + v135);
    let v137 = min(v136, 0.0);
    let v138 = exp(v137);
    let v139 = (v138 - 1.0);
    let v140 = select(0.0, 1.0, v136 > 0.0);
    let v141 = select(v139, v136, v140 != 0.0);
    tmp5[l133] = v141;
  }
  if (i0 + 2u < 50u) {
    let i142 = i0 + 2u;
    let j143 = j0 + 3u;
    let l144 = i142 * 100u + j143;
    let v145 = acc10.w;
    let v146 = s_tower_a_he_elu2_dense_bias[j143];
    let v147 = (v145 + v146);
    let v148 = min(v147, 0.0);
    let v149 = exp(v148);
    let v150 = (v149 - 1.0);
    let v151 = select(0.0, 1.0, v147 > 0.0);
    let v152 = select(v150, v147, v151 != 0.0);
    tmp5[l144] = v152;
  }
  if (i0 + 3u < 50u) {
    let i153 = i0 + 3u;
    let l154 = i153 * 100u + j0;
    let v155 = acc11.x;
    let v156 = s_tower_a_he_elu2_dense_bias[j0];
    let v157 = (v155 + v156);
    let v158 = min(v157, 0.0);
    let v159 = exp(v158);
    let v160 = (v159 - 1.0);
    let v161 = select(0.0, 1.0, v157 > 0.0);
    let v162 = select(v160, v157, v161 != 0.0);
    tmp5[l154] = v162;
  }
  if (i0 + 3u < 50u) {
    let i163 = i0 + 3u;
    let j164 = j0 + 1u;
    let l165 = i163 * 100u + j164;
    let v166 = acc11.y;
    let v167 = s_tower_a_he_elu2_dense_bias[j164];
    let v168 = (v166 + v167);
    let v169 = min(v168, 0.0);
    let v170 = exp(v169);
    let v171 = (v170 - 1.0);
    let v172 = select(0.0, 1.0, v168 > 0.0);
    let v173 = select(v171, v168, v172 != 0.0);
    tmp5[l165] = v173;
  }
  if (i0 + 3u < 50u) {
    let i174 = i0 + 3u;
    let j175 = j0 + 2u;
    let l176 = i174 * 100u + j175;
    let v177 = acc11.z;
    let v178 = s_tower_a_he_elu2_dense_bias[j175];
    let v179 = (v177 + v178);
    let v180 = min(v179, 0.0);
    let v181 = exp(v180);
    let v182 = (v181 - 1.0);
    let v183 = select(0.0, 1.0, v179 > 0.0);
    let v184 = select(v182, v179, v183 != 0.0);
    tmp5[l176] = v184;
  }
  if (i0 + 3u < 50u) {
    let i185 = i0 + 3u;
    let j186 = j0 + 3u;
    let l187 = i185 * 100u + j186;
    let v188 = acc11.w;
    let v189 = s_tower_a_he_elu2_dense_bias[j186];
    let v190 = (v188 + v189);
    let v191 = min(v190, 0.0);
    let v192 = exp(v191);
    let v193 = (v192 - 1.0);
    let v194 = select(0.0, 1.0, v190 > 0.0);
    let v195 = select(v193, v190, v194 != 0.0);
    tmp5[l187] = v195;
  }
}
