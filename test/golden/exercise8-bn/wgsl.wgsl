// ---- 000_mul_hidden_bn_elu1_dense_kernel_x3.wgsl
@group(0) @binding(0) var<storage, read> s_rng_seed: array<u32>;
@group(0) @binding(1) var<storage, read_write> s_hidden_bn_elu1_dense_kernel: array<f32>;
@group(0) @binding(2) var<storage, read_write> s_hidden_bn_elu1_dense_kernel_momentum_velocity: array<f32>;
@group(0) @binding(3) var<storage, read_write> s_best_hidden_bn_elu1_dense_kernel: array<f32>;

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
  let k3 = stream_key(3u, 1200914669u, v2);
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
  let k54 = stream_key(3u, 2771400778u, v2);
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
  let v104 = (v103 * 0.057419456326711804);
  s_hidden_bn_elu1_dense_kernel[i] = v53;
  s_hidden_bn_elu1_dense_kernel_momentum_velocity[i] = 0.0;
  s_best_hidden_bn_elu1_dense_kernel[i] = v104;
}

// ---- 001_const_hidden_bn_elu1_dense_bias_x2.wgsl
@group(0) @binding(0) var<storage, read_write> s_hidden_bn_elu1_dense_bias: array<f32>;
@group(0) @binding(1) var<storage, read_write> s_hidden_bn_elu1_batch_norm_moving_variance: array<f32>;

@compute @workgroup_size(64)
fn main(@builtin(global_invocation_id) gid: vec3<u32>) {
  let i = gid.x;
  if (i >= 100u) { return; }
  s_hidden_bn_elu1_dense_bias[i] = 0.0;
  s_hidden_bn_elu1_batch_norm_moving_variance[i] = 1.0;
}

// ---- 002_mul_hidden_bn_elu2_dense_kernel_x7.wgsl
@group(0) @binding(0) var<storage, read> s_rng_seed: array<u32>;
@group(0) @binding(1) var<storage, read_write> s_hidden_bn_elu2_dense_kernel: array<f32>;
@group(0) @binding(2) var<storage, read_write> s_hidden_bn_elu3_dense_kernel: array<f32>;
@group(0) @binding(3) var<storage, read_write> s_hidden_bn_elu4_dense_kernel: array<f32>;
@group(0) @binding(4) var<storage, read_write> s_hidden_bn_elu5_dense_kernel: array<f32>;
@group(0) @binding(5) var<storage, read_write> s_hidden_bn_elu2_dense_kernel_momentum_velocity: array<f32>;
@group(0) @binding(6) var<storage, read_write> s_best_hidden_bn_elu2_dense_kernel: array<f32>;
@group(0) @binding(7) var<storage, read_write> s_best_hidden_bn_elu3_dense_kernel: array<f32>;

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
  let k3 = stream_key(3u, 379063109u, v2);
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
  let k54 = stream_key(3u, 87179862u, v2);
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
  let k105 = stream_key(3u, 880736006u, v2);
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
  let k156 = stream_key(3u, 1650887169u, v2);
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
  let k207 = stream_key(3u, 1404243889u, v2);
  let v208 = uniform01(k207, i);
  let v209 = (v208 * 0.9544997361036416);
  let v210 = (v209 + 0.022750131948179195);
  let v211 = (v210 * 2.0);
  let v212 = (v211 - 1.0);
  let v213 = (1.0 - v212);
  let v214 = (1.0 + v212);
  let v215 = (v213 * v214);
  let v216 = log(v215);
  let v217 = (-v216);
  let v218 = sqrt(v217);
  let v219 = (v218 - 3.0);
  let v220 = ((-0.000200214257) * v219);
  let v221 = (v220 + 0.000100950558);
  let v222 = (v221 * v219);
  let v223 = (v222 + 0.00134934322);
  let v224 = (v223 * v219);
  let v225 = (v224 + (-0.00367342844));
  let v226 = (v225 * v219);
  let v227 = (v226 + 0.00573950773);
  let v228 = (v227 * v219);
  let v229 = (v228 + (-0.0076224613));
  let v230 = (v229 * v219);
  let v231 = (v230 + 0.00943887047);
  let v232 = (v231 * v219);
  let v233 = (v232 + 1.00167406);
  let v234 = (v233 * v219);
  let v235 = (v234 + 2.83297682);
  let v236 = (v217 - 2.5);
  let v237 = (2.81022636e-8 * v236);
  let v238 = (v237 + 3.43273939e-7);
  let v239 = (v238 * v236);
  let v240 = (v239 + (-0.0000035233877));
  let v241 = (v240 * v236);
  let v242 = (v241 + (-0.00000439150654));
  let v243 = (v242 * v236);
  let v244 = (v243 + 0.00021858087);
  let v245 = (v244 * v236);
  let v246 = (v245 + (-0.00125372503));
  let v247 = (v246 * v236);
  let v248 = (v247 + (-0.00417768164));
  let v249 = (v248 * v236);
  let v250 = (v249 + 0.246640727);
  let v251 = (v250 * v236);
  let v252 = (v251 + 1.50140941);
  let v253 = select(0.0, 1.0, v217 < 5.0);
  let v254 = select(v235, v252, v253 != 0.0);
  let v255 = (v254 * v212);
  let v256 = (v255 * 1.4142135623730951);
  let v257 = (v256 * 0.16077447771479306);
  let k258 = stream_key(3u, 3503668190u, v2);
  let v259 = uniform01(k258, i);
  let v260 = (v259 * 0.9544997361036416);
  let v261 = (v260 + 0.022750131948179195);
  let v262 = (v261 * 2.0);
  let v263 = (v262 - 1.0);
  let v264 = (1.0 - v263);
  let v265 = (1.0 + v263);
  let v266 = (v264 * v265);
  let v267 = log(v266);
  let v268 = (-v267);
  let v269 = sqrt(v268);
  let v270 = (v269 - 3.0);
  let v271 = ((-0.000200214257) * v270);
  let v272 = (v271 + 0.000100950558);
  let v273 = (v272 * v270);
  let v274 = (v273 + 0.00134934322);
  let v275 = (v274 * v270);
  let v276 = (v275 + (-0.00367342844));
  let v277 = (v276 * v270);
  let v278 = (v277 + 0.00573950773);
  let v279 = (v278 * v270);
  let v280 = (v279 + (-0.0076224613));
  let v281 = (v280 * v270);
  let v282 = (v281 + 0.00943887047);
  let v283 = (v282 * v270);
  let v284 = (v283 + 1.00167406);
  let v285 = (v284 * v270);
  let v286 = (v285 + 2.83297682);
  let v287 = (v268 - 2.5);
  let v288 = (2.81022636e-8 * v287);
  let v289 = (v288 + 3.43273939e-7);
  let v290 = (v289 * v287);
  let v291 = (v290 + (-0.0000035233877));
  let v292 = (v291 * v287);
  let v293 = (v292 + (-0.00000439150654));
  let v294 = (v293 * v287);
  let v295 = (v294 + 0.00021858087);
  let v296 = (v295 * v287);
  let v297 = (v296 + (-0.00125372503));
  let v298 = (v297 * v287);
  let v299 = (v298 + (-0.00417768164));
  let v300 = (v299 * v287);
  let v301 = (v300 + 0.246640727);
  let v302 = (v301 * v287);
  let v303 = (v302 + 1.50140941);
  let v304 = select(0.0, 1.0, v268 < 5.0);
  let v305 = select(v286, v303, v304 != 0.0);
  let v306 = (v305 * v263);
  let v307 = (v306 * 1.4142135623730951);
  let v308 = (v307 * 0.16077447771479306);
  s_hidden_bn_elu2_dense_kernel[i] = v53;
  s_hidden_bn_elu3_dense_kernel[i] = v104;
  s_hidden_bn_elu4_dense_kernel[i] = v155;
  s_hidden_bn_elu5_dense_kernel[i] = v206;
  s_hidden_bn_elu2_dense_kernel_momentum_velocity[i] = 0.0;
  s_best_hidden_bn_elu2_dense_kernel[i] = v257;
  s_best_hidden_bn_elu3_dense_kernel[i] = v308;
}

// ---- 003_mul_logits_dense_kernel_x3.wgsl
@group(0) @binding(0) var<storage, read> s_rng_seed: array<u32>;
@group(0) @binding(1) var<storage, read_write> s_logits_dense_kernel: array<f32>;
@group(0) @binding(2) var<storage, read_write> s_logits_dense_kernel_momentum_velocity: array<f32>;
@group(0) @binding(3) var<storage, read_write> s_best_logits_dense_kernel: array<f32>;

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
  if (i >= 500u) { return; }
  let c0 = (i / 5u);
  let c1 = (i % 5u);
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
  let k54 = stream_key(3u, 1589755091u, v2);
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
  s_logits_dense_kernel[i] = v53;
  s_logits_dense_kernel_momentum_velocity[i] = 0.0;
  s_best_logits_dense_kernel[i] = v104;
}

// ---- 004_const_logits_dense_bias.wgsl
@group(0) @binding(0) var<storage, read_write> s_logits_dense_bias: array<f32>;

@compute @workgroup_size(64)
fn main(@builtin(global_invocation_id) gid: vec3<u32>) {
  let i = gid.x;
  if (i >= 5u) { return; }
  s_logits_dense_bias[i] = 0.0;
}

// ---- 005_const_counter_step_x3.wgsl
@group(0) @binding(0) var<storage, read_write> s_counter_step: array<u32>;
@group(0) @binding(1) var<storage, read_write> s_acc_train_loss: array<f32>;
@group(0) @binding(2) var<storage, read_write> s_early_stopping_best: array<f32>;

@compute @workgroup_size(64)
fn main(@builtin(global_invocation_id) gid: vec3<u32>) {
  let i = gid.x;
  if (i >= 1u) { return; }
  s_counter_step[i] = 0u;
  s_acc_train_loss[i] = 0.0;
  s_early_stopping_best[i] = -3.4028234663852886e38;
}

// ---- 006_mul_best_hidden_bn_elu4_dense_kernel_x2.wgsl
@group(0) @binding(0) var<storage, read> s_rng_seed: array<u32>;
@group(0) @binding(1) var<storage, read_write> s_best_hidden_bn_elu4_dense_kernel: array<f32>;
@group(0) @binding(2) var<storage, read_write> s_best_hidden_bn_elu5_dense_kernel: array<f32>;

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
  let k3 = stream_key(3u, 1362438390u, v2);
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
  let k54 = stream_key(3u, 2662116673u, v2);
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
  s_best_hidden_bn_elu4_dense_kernel[i] = v53;
  s_best_hidden_bn_elu5_dense_kernel[i] = v104;
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
  if (i >= 980u) { return; }
  let count = info[0];
  let features = info[2];
  let row = i / 49u;
  let f = (i % 49u) * 16u;
  let o = row * 784u + f;
  let pos = batch[0] * 20u + row;
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
  if (i >= 20u) { return; }
  let count = info[0];
  let features = info[2];
  let row = i / 1u;
  let f = (i % 1u) * 1u;
  let o = row * 1u + f;
  let pos = batch[0] * 20u + row;
  let key = stream_key(seed[0], 1397249350u, epoch[0]);
  let ex = permute(pos % count, count, key);
  let e = min(ex, count - 1u) * features + f;
  out[o + 0u] = bitcast<i32>(data[e + 0u]);
}

// ---- 010_matmul_hidden_bn_elu1_dense.wgsl
@group(0) @binding(0) var<storage, read> in_X_v4: array<vec4<f32>>;
@group(0) @binding(1) var<storage, read> s_hidden_bn_elu1_dense_kernel_v4: array<vec4<f32>>;
@group(0) @binding(2) var<storage, read_write> tmp0: array<f32>;
@group(0) @binding(3) var<storage, read> s_hidden_bn_elu1_dense_bias: array<f32>;

@compute @workgroup_size(64)
fn main(@builtin(global_invocation_id) gid: vec3<u32>) {
  let t = gid.x;
  if (t >= 125u) { return; }
  let i0 = (t / 25u) * 4u;
  let j0 = (t % 25u) * 4u;
  let row0 = min(i0 + 0u, 19u);
  let row1 = min(i0 + 1u, 19u);
  let row2 = min(i0 + 2u, 19u);
  let row3 = min(i0 + 3u, 19u);
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
    let bv21 = s_hidden_bn_elu1_dense_kernel_v4[(kq20 * 100u + j0) / 4u];
    let kq22 = k * 4u + 1u;
    let bv23 = s_hidden_bn_elu1_dense_kernel_v4[(kq22 * 100u + j0) / 4u];
    let kq24 = k * 4u + 2u;
    let bv25 = s_hidden_bn_elu1_dense_kernel_v4[(kq24 * 100u + j0) / 4u];
    let kq26 = k * 4u + 3u;
    let bv27 = s_hidden_bn_elu1_dense_kernel_v4[(kq26 * 100u + j0) / 4u];
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
    let v30 = s_hidden_bn_elu1_dense_bias[j0];
    let v31 = (v29 + v30);
    tmp0[l28] = v31;
  }
  {
    let j32 = j0 + 1u;
    let l33 = i0 * 100u + j32;
    let v34 = acc8.y;
    let v35 = s_hidden_bn_elu1_dense_bias[j32];
    let v36 = (v34 + v35);
    tmp0[l33] = v36;
  }
  {
    let j37 = j0 + 2u;
    let l38 = i0 * 100u + j37;
    let v39 = acc8.z;
    let v40 = s_hidden_bn_elu1_dense_bias[j37];
    let v41 = (v39 + v40);
    tmp0[l38] = v41;
  }
  {
    let j42 = j0 + 3u;
    let l43 = i0 * 100u + j42;
    let v44 = acc8.w;
    let v45 = s_hidden_bn_elu1_dense_bias[j42];
    let v46 = (v44 + v45);
    tmp0[l43] = v46;
  }
  {
    let i47 = i0 + 1u;
    let l48 = i47 * 100u + j0;
    let v49 = acc9.x;
    let v50 = s_hidden_bn_elu1_dense_bias[j0];
    let v51 = (v49 + v50);
    tmp0[l48] = v51;
  }
  {
    let i52 = i0 + 1u;
    let j53 = j0 + 1u;
    let l54 = i52 * 100u + j53;
    let v55 = acc9.y;
    let v56 = s_hidden_bn_elu1_dense_bias[j53];
    let v57 = (v55 + v56);
    tmp0[l54] = v57;
  }
  {
    let i58 = i0 + 1u;
    let j59 = j0 + 2u;
    let l60 = i58 * 100u + j59;
    let v61 = acc9.z;
    let v62 = s_hidden_bn_elu1_dense_bias[j59];
    let v63 = (v61 + v62);
    tmp0[l60] = v63;
  }
  {
    let i64 = i0 + 1u;
    let j65 = j0 + 3u;
    let l66 = i64 * 100u + j65;
    let v67 = acc9.w;
    let v68 = s_hidden_bn_elu1_dense_bias[j65];
    let v69 = (v67 + v68);
    tmp0[l66] = v69;
  }
  {
    let i70 = i0 + 2u;
    let l71 = i70 * 100u + j0;
    let v72 = acc10.x;
    let v73 = s_hidden_bn_elu1_dense_bias[j0];
    let v74 = (v72 + v73);
    tmp0[l71] = v74;
  }
  {
    let i75 = i0 + 2u;
    let j76 = j0 + 1u;
    let l77 = i75 * 100u + j76;
    let v78 = acc10.y;
    let v79 = s_hidden_bn_elu1_dense_bias[j76];
    let v80 = (v78 + v79);
    tmp0[l77] = v80;
  }
  {
    let i81 = i0 + 2u;
    let j82 = j0 + 2u;
    let l83 = i81 * 100u + j82;
    let v84 = acc10.z;
    let v85 = s_hidden_bn_elu1_dense_bias[j82];
    let v86 = (v84 + v85);
    tmp0[l83] = v86;
  }
  {
    let i87 = i0 + 2u;
    let j88 = j0 + 3u;
    let l89 = i87 * 100u + j88;
    let v90 = acc10.w;
    let v91 = s_hidden_bn_elu1_dense_bias[j88];
    let v92 = (v90 + v91);
    tmp0[l89] = v92;
  }
  {
    let i93 = i0 + 3u;
    let l94 = i93 * 100u + j0;
    let v95 = acc11.x;
    let v96 = s_hidden_bn_elu1_dense_bias[j0];
    let v97 = (v95 + v96);
    tmp0[l94] = v97;
  }
  {
    let i98 = i0 + 3u;
    let j99 = j0 + 1u;
    let l100 = i98 * 100u + j99;
    let v101 = acc11.y;
    let v102 = s_hidden_bn_elu1_dense_bias[j99];
    let v103 = (v101 + v102);
    tmp0[l100] = v103;
  }
  {
    let i104 = i0 + 3u;
    let j105 = j0 + 2u;
    let l106 = i104 * 100u + j105;
    let v107 = acc11.z;
    let v108 = s_hidden_bn_elu1_dense_bias[j105];
    let v109 = (v107 + v108);
    tmp0[l106] = v109;
  }
  {
    let i110 = i0 + 3u;
    let j111 = j0 + 3u;
    let l112 = i110 * 100u + j111;
    let v113 = acc11.w;
    let v114 = s_hidden_bn_elu1_dense_bias[j111];
    let v115 = (v113 + v114);
    tmp0[l112] = v115;
  }
}

// ---- 011_reduce_sum_hidden_bn_elu1_batch_norm_x5.wgsl
@group(0) @binding(0) var<storage, read> tmp0: array<f32>;
@group(0) @binding(1) var<storage, read_write> s_hidden_bn_elu1_batch_norm_moving_mean: array<f32>;
@group(0) @binding(2) var<storage, read_write> s_hidden_bn_elu1_batch_norm_moving_variance: array<f32>;
@group(0) @binding(3) var<storage, read> s_hidden_bn_elu1_batch_norm_gamma: array<f32>;
@group(0) @binding(4) var<storage, read> s_hidden_bn_elu1_batch_norm_beta: array<f32>;
@group(0) @binding(5) var<storage, read_write> tmp3: array<f32>;
@group(0) @binding(6) var<storage, read_write> tmp1: array<f32>;
@group(0) @binding(7) var<storage, read_write> tmp2: array<f32>;

@compute @workgroup_size(64)
fn main(@builtin(global_invocation_id) gid: vec3<u32>) {
  let i = gid.x;
  if (i >= 100u) { return; }
  var acc0: f32 = 0.0;
  for (var r1: u32 = 0u; r1 < 20u; r1 = r1 + 1u) {
    let l2 = r1 * 100u + i;
    let v3 = tmp0[l2];
    acc0 = acc0 + v3;
  }
  let v4 = (acc0 / 20.0);
  var acc5: f32 = 0.0;
  for (var r6: u32 = 0u; r6 < 20u; r6 = r6 + 1u) {
    let l7 = r6 * 100u + i;
    let v8 = tmp0[l7];
    let v9 = (v8 - v4);
    let v10 = (v9 * v9);
    acc5 = acc5 + v10;
  }
  let v11 = (acc5 / 20.0);
  let v12 = s_hidden_bn_elu1_batch_norm_moving_mean[i];
  let v13 = (v12 * 0.95);
  let v14 = (v4 * 0.050000000000000044);
  let v15 = (v13 + v14);
  let v16 = s_hidden_bn_elu1_batch_norm_moving_variance[i];
  let v17 = (v16 * 0.95);
  let v18 = (v11 * 0.050000000000000044);
  let v19 = (v17 + v18);
  let v20 = (v11 + 0.001);
  let v21 = inverseSqrt(v20);
  for (var q22: u32 = 0u; q22 < 20u; q22 = q22 + 1u) {
    let l23 = q22 * 100u + i;
    let v24 = tmp0[l23];
    let v25 = (v24 - v4);
    let v26 = (v25 * v21);
    let v27 = s_hidden_bn_elu1_batch_norm_gamma[i];
    let v28 = (v26 * v27);
    let v29 = s_hidden_bn_elu1_batch_norm_beta[i];
    let v30 = (v28 + v29);
    let v31 = min(v30, 0.0);
    let v32 = exp(v31);
    let v33 = (v32 - 1.0);
    let v34 = select(0.0, 1.0, v30 > 0.0);
    let v35 = select(v33, v30, v34 != 0.0);
    tmp3[l23] = v35;
  }
  tmp1[i] = v4;
  tmp2[i] = v11;
  s_hidden_bn_elu1_batch_norm_moving_mean[i] = v15;
  s_hidden_bn_elu1_batch_norm_moving_variance[i] = v19;
}

// ---- 012_matmul_hidden_bn_elu2_dense.wgsl
@group(0) @binding(0) var<storage, read> tmp3_v4: array<vec4<f32>>;
@group(0) @binding(1) var<storage, read> s_hidden_bn_elu2_dense_kernel_v4: array<vec4<f32>>;
@group(0) @binding(2) var<storage, read_write> tmp4: array<f32>;
@group(0) @binding(3) var<storage, read> s_hidden_bn_elu2_dense_bias: array<f32>;

@compute @workgroup_size(64)
fn main(@builtin(global_invocation_id) gid: vec3<u32>) {
  let t = gid.x;
  if (t >= 125u) { return; }
  let i0 = (t / 25u) * 4u;
  let j0 = (t % 25u) * 4u;
  let row0 = min(i0 + 0u, 19u);
  let row1 = min(i0 + 1u, 19u);
  let row2 = min(i0 + 2u, 19u);
  let row3 = min(i0 + 3u, 19u);
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
    let av16 = tmp3_v4[ra12 + k];
    let av17 = tmp3_v4[ra13 + k];
    let av18 = tmp3_v4[ra14 + k];
    let av19 = tmp3_v4[ra15 + k];
    let kq20 = k * 4u + 0u;
    let bv21 = s_hidden_bn_elu2_dense_kernel_v4[(kq20 * 100u + j0) / 4u];
    let kq22 = k * 4u + 1u;
    let bv23 = s_hidden_bn_elu2_dense_kernel_v4[(kq22 * 100u + j0) / 4u];
    let kq24 = k * 4u + 2u;
    let bv25 = s_hidden_bn_elu2_dense_kernel_v4[(kq24 * 100u + j0) / 4u];
    let kq26 = k * 4u + 3u;
    let bv27 = s_hidden_bn_elu2_dense_kernel_v4[(kq26 * 100u + j0) / 4u];
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
    let v30 = s_hidden_bn_elu2_dense_bias[j0];
    let v31 = (v29 + v30);
    tmp4[l28] = v31;
  }
  {
    let j32 = j0 + 1u;
    let l33 = i0 * 100u + j32;
    let v34 = acc8.y;
    let v35 = s_hidden_bn_elu2_dense_bias[j32];
    let v36 = (v34 + v35);
    tmp4[l33] = v36;
  }
  {
    let j37 = j0 + 2u;
    let l38 = i0 * 100u + j37;
    let v39 = acc8.z;
    let v40 = s_hidden_bn_elu2_dense_bias[j37];
    let v41 = (v39 + v40);
    tmp4[l38] = v41;
  }
  {
    let j42 = j0 + 3u;
    let l43 = i0 * 100u + j42;
    let v44 = acc8.w;
    let v45 = s_hidden_bn_elu2_dense_bias[j42];
    let v46 = (v44 + v45);
    tmp4[l43] = v46;
  }
  {
    let i47 = i0 + 1u;
    let l48 = i47 * 100u + j0;
    let v49 = acc9.x;
    let v50 = s_hidden_bn_elu2_dense_bias[j0];
    let v51 = (v49 + v50);
    tmp4[l48] = v51;
  }
  {
    let i52 = i0 + 1u;
    let j53 = j0 + 1u;
    let l54 = i52 * 100u + j53;
    let v55 = acc9.y;
    let v56 = s_hidden_bn_elu2_dense_bias[j53];
    let v57 = (v55 + v56);
    tmp4[l54] = v57;
  }
  {
    let i58 = i0 + 1u;
    let j59 = j0 + 2u;
    let l60 = i58 * 100u + j59;
    let v61 = acc9.z;
    let v62 = s_hidden_bn_elu2_dense_bias[j59];
    let v63 = (v61 + v62);
    tmp4[l60] = v63;
  }
  {
    let i64 = i0 + 1u;
    let j65 = j0 + 3u;
    let l66 = i64 * 100u + j65;
    let v67 = acc9.w;
    let v68 = s_hidden_bn_elu2_dense_bias[j65];
    let v69 = (v67 + v68);
    tmp4[l66] = v69;
  }
  {
    let i70 = i0 + 2u;
    let l71 = i70 * 100u + j0;
    let v72 = acc10.x;
    let v73 = s_hidden_bn_elu2_dense_bias[j0];
    let v74 = (v72 + v73);
    tmp4[l71] = v74;
  }
  {
    let i75 = i0 + 2u;
    let j76 = j0 + 1u;
    let l77 = i75 * 100u + j76;
    let v78 = acc10.y;
    let v79 = s_hidden_bn_elu2_dense_bias[j76];
    let v80 = (v78 + v79);
    tmp4[l77] = v80;
  }
  {
    let i81 = i0 + 2u;
    let j82 = j0 + 2u;
    let l83 = i81 * 100u + j82;
    let v84 = acc10.z;
    let v85 = s_hidden_bn_elu2_dense_bias[j82];
    let v86 = (v84 + v85);
    tmp4[l83] = v86;
  }
  {
    let i87 = i0 + 2u;
    let j88 = j0 + 3u;
    let l89 = i87 * 100u + j88;
    let v90 = acc10.w;
    let v91 = s_hidden_bn_elu2_dense_bias[j88];
    let v92 = (v90 + v91);
    tmp4[l89] = v92;
  }
  {
    let i93 = i0 + 3u;
    let l94 = i93 * 100u + j0;
    let v95 = acc11.x;
    let v96 = s_hidden_bn_elu2_dense_bias[j0];
    let v97 = (v95 + v96);
    tmp4[l94] = v97;
  }
  {
    let i98 = i0 + 3u;
    let j99 = j0 + 1u;
    let l100 = i98 * 100u + j99;
    let v101 = acc11.y;
    let v102 = s_hidden_bn_elu2_dense_bias[j99];
    let v103 = (v101 + v102);
    tmp4[l100] = v103;
  }
  {
    let i104 = i0 + 3u;
    let j105 = j0 + 2u;
    let l106 = i104 * 100u + j105;
    let v107 = acc11.z;
    let v108 = s_hidden_bn_elu2_dense_bias[j105];
    let v109 = (v107 + v108);
    tmp4[l106] = v109;
  }
  {
    let i110 = i0 + 3u;
    let j111 = j0 + 3u;
    let l112 = i110 * 100u + j111;
    let v113 = acc11.w;
    let v114 = s_hidden_bn_elu2_dense_bias[j111];
    let v115 = (v113 + v114);
    tmp4[l112] = v115;
  }
}

// ---- 013_matmul_logits_dense.wgsl
@group(0) @binding(0) var<storage, read> tmp19: array<f32>;
@group(0) @binding(1) var<storage, read> s_logits_dense_kernel: array<f32>;
@group(0) @binding(2) var<storage, read_write> tmp20: array<f32>;
@group(0) @binding(3) var<storage, read> s_logits_dense_bias: array<f32>;

@compute @workgroup_size(64)
fn main(@builtin(global_invocation_id) gid: vec3<u32>) {
  let t = gid.x;
  if (t >= 10u) { return; }
  let i0 = (t / 2u) * 4u;
  let j0 = (t % 2u) * 4u;
  let row0 = min(i0 + 0u, 19u);
  let row1 = min(i0 + 1u, 19u);
  let row2 = min(i0 + 2u, 19u);
  let row3 = min(i0 + 3u, 19u);
  let col4 = min(j0 + 0u, 4u);
  let col5 = min(j0 + 1u, 4u);
  let col6 = min(j0 + 2u, 4u);
  let col7 = min(j0 + 3u, 4u);
  var acc8: vec4<f32> = vec4<f32>(0.0);
  var acc9: vec4<f32> = vec4<f32>(0.0);
  var acc10: vec4<f32> = vec4<f32>(0.0);
  var acc11: vec4<f32> = vec4<f32>(0.0);
  let ra12 = row0 * 100u;
  let ra13 = row1 * 100u;
  let ra14 = row2 * 100u;
  let ra15 = row3 * 100u;
  for (var k: u32 = 0u; k < 100u; k = k + 1u) {
    let rb16 = k * 5u;
    let bv17 = vec4<f32>(s_logits_dense_kernel[rb16 + col4], s_logits_dense_kernel[rb16 + col5], s_logits_dense_kernel[rb16 + col6], s_logits_dense_kernel[rb16 + col7]);
    acc8 = acc8 + tmp19[ra12 + k] * bv17;
    acc9 = acc9 + tmp19[ra13 + k] * bv17;
    acc10 = acc10 + tmp19[ra14 + k] * bv17;
    acc11 = acc11 + tmp19[ra15 + k] * bv17;
  }
  {
    let l18 = i0 * 5u + j0;
    let v19 = acc8.x;
    let v20 = s_logits_dense_bias[j0];
    let v21 = (v19 + v20);
    tmp20[l18] = v21;
  }
  if (j0 + 1u < 5u) {
    let j22 = j0 + 1u;
    let l23 = i0 * 5u + j22;
    let v24 = acc8.y;
    let v25 = s_logits_dense_bias[j22];
    let v26 = (v24 + v25);
    tmp20[l23] = v26;
  }
  if (j0 + 2u < 5u) {
    let j27 = j0 + 2u;
    let l28 = i0 * 5u + j27;
    let v29 = acc8.z;
    let v30 = s_logits_dense_bias[j27];
    let v31 = (v29 + v30);
    tmp20[l28] = v31;
  }
  if (j0 + 3u < 5u) {
    let j32 = j0 + 3u;
    let l33 = i0 * 5u + j32;
    let v34 = acc8.w;
    let v35 = s_logits_dense_bias[j32];
    let v36 = (v34 + v35);
    tmp20[l33] = v36;
  }
  {
    let i37 = i0 + 1u;
    let l38 = i37 * 5u + j0;
    let v39 = acc9.x;
    let v40 = s_logits_dense_bias[j0];
    let v41 = (v39 + v40);
    tmp20[l38] = v41;
  }
  if (j0 + 1u < 5u) {
    let i42 = i0 + 1u;
    let j43 = j0 + 1u;
    let l44 = i42 * 5u + j43;
    let v45 = acc9.y;
    let v46 = s_logits_dense_bias[j43];
    let v47 = (v45 + v46);
    tmp20[l44] = v47;
  }
  if (j0 + 2u < 5u) {
    let i48 = i0 + 1u;
    let j49 = j0 + 2u;
    let l50 = i48 * 5u + j49;
    let v51 = acc9.z;
    let v52 = s_logits_dense_bias[j49];
    let v53 = (v51 + v52);
    tmp20[l50] = v53;
  }
  if (j0 + 3u < 5u) {
    let i54 = i0 + 1u;
    let j55 = j0 + 3u;
    let l56 = i54 * 5u + j55;
    let v57 = acc9.w;
    let v58 = s_logits_dense_bias[j55];
    let v59 = (v57 + v58);
    tmp20[l56] = v59;
  }
  {
    let i60 = i0 + 2u;
    let l61 = i60 * 5u + j0;
    let v62 = acc10.x;
    let v63 = s_logits_dense_bias[j0];
    let v64 = (v62 + v63);
    tmp20[l61] = v64;
  }
  if (j0 + 1u < 5u) {
    let i65 = i0 + 2u;
    let j66 = j0 + 1u;
    let l67 = i65 * 5u + j66;
    let v68 = acc10.y;
    let v69 = s_logits_dense_bias[j66];
    let v70 = (v68 + v69);
    tmp20[l67] = v70;
  }
  if (j0 + 2u < 5u) {
    let i71 = i0 + 2u;
    let j72 = j0 + 2u;
    let l73 = i71 * 5u + j72;
    let v74 = acc10.z;
    let v75 = s_logits_dense_bias[j72];
    let v76 = (v74 + v75);
    tmp20[l73] = v76;
  }
  if (j0 + 3u < 5u) {
    let i77 = i0 + 2u;
    let j78 = j0 + 3u;
    let l79 = i77 * 5u + j78;
    let v80 = acc10.w;
    let v81 = s_logits_dense_bias[j78];
    let v82 = (v80 + v81);
    tmp20[l79] = v82;
  }
  {
    let i83 = i0 + 3u;
    let l84 = i83 * 5u + j0;
    let v85 = acc11.x;
    let v86 = s_logits_dense_bias[j0];
    let v87 = (v85 + v86);
    tmp20[l84] = v87;
  }
  if (j0 + 1u < 5u) {
    let i88 = i0 + 3u;
    let j89 = j0 + 1u;
    let l90 = i88 * 5u + j89;
    let v91 = acc11.y;
    let v92 = s_logits_dense_bias[j89];
    let v93 = (v91 + v92);
    tmp20[l90] = v93;
  }
  if (j0 + 2u < 5u) {
    let i94 = i0 + 3u;
    let j95 = j0 + 2u;
    let l96 = i94 * 5u + j95;
    let v97 = acc11.z;
    let v98 = s_logits_dense_bias[j95];
    let v99 = (v97 + v98);
    tmp20[l96] = v99;
  }
  if (j0 + 3u < 5u) {
    let i100 = i0 + 3u;
    let j101 = j0 + 3u;
    let l102 = i100 * 5u + j101;
    let v103 = acc11.w;
    let v104 = s_logits_dense_bias[j101];
    let v105 = (v103 + v104);
    tmp20[l102] = v105;
  }
}

// ---- 014_reduce_sum_loss_x2.wgsl
@group(0) @binding(0) var<storage, read> tmp20: array<f32>;
@group(0) @binding(1) var<storage, read> in_y: array<i32>;
@group(0) @binding(2) var<storage, read_write> out_loss: array<f32>;
@group(0) @binding(3) var<storage, read_write> out_accuracy: array<f32>;

@compute @workgroup_size(64)
fn main(@builtin(global_invocation_id) gid: vec3<u32>) {
  let i = gid.x;
  if (i >= 1u) { return; }
  var acc0: f32 = 0.0;
  var acc1: f32 = 0.0;
  for (var r2: u32 = 0u; r2 < 20u; r2 = r2 + 1u) {
    var acc3: f32 = 0.0;
    var acc4: f32 = -3.4028234663852886e38;
    for (var r5: u32 = 0u; r5 < 5u; r5 = r5 + 1u) {
      let l6 = r2 * 5u + r5;
      let v7 = tmp20[l6];
      acc4 = max(acc4, v7);
    }
    var acc8: f32 = 0.0;
    for (var r9: u32 = 0u; r9 < 5u; r9 = r9 + 1u) {
      let l10 = r2 * 5u + r9;
      let v11 = tmp20[l10];
      let v12 = (v11 - acc4);
      let v13 = exp(v12);
      acc8 = acc8 + v13;
    }
    let v14 = log(acc8);
    for (var r15: u32 = 0u; r15 < 5u; r15 = r15 + 1u) {
      let l16 = r2 * 5u + r15;
      let v17 = in_y[r2];
      let v18 = select(0.0, 1.0, i32(r15) == v17);
      let v19 = tmp20[l16];
      let v20 = (v19 - acc4);
      let v21 = (v20 - v14);
      let v22 = (v18 * v21);
      acc3 = acc3 + v22;
    }
    let v23 = (-acc3);
    acc0 = acc0 + v23;
    var acc24: f32 = 0.0;
    var acc25: f32 = 0.0;
    for (var r26: u32 = 0u; r26 < 5u; r26 = r26 + 1u) {
      let l27 = r2 * 5u + r26;
      let v28 = tmp20[l27];
      let v29 = in_y[r2];
      let v30 = select(0.0, 1.0, i32(r26) == v29);
      let v31 = (v28 * v30);
      acc25 = acc25 + v31;
    }
    for (var r32: u32 = 0u; r32 < 5u; r32 = r32 + 1u) {
      let l33 = r2 * 5u + r32;
      let v34 = tmp20[l33];
      let v35 = select(0.0, 1.0, v34 > acc25);
      acc24 = acc24 + v35;
    }
    let v36 = select(0.0, 1.0, acc24 < 1.0);
    var acc37: f32 = 0.0;
    for (var r38: u32 = 0u; r38 < 5u; r38 = r38 + 1u) {
      let l39 = r2 * 5u + r38;
      let v40 = tmp20[l39];
      let v41 = select(0.0, 1.0, (bitcast<u32>(v40) & 0x7f800000u) != 0x7f800000u);
      let v42 = (1.0 - v41);
      acc37 = acc37 + v42;
    }
    let v43 = select(0.0, 1.0, acc37 == 0.0);
    let v44 = (v36 * v43);
    acc1 = acc1 + v44;
  }
  let v45 = (acc0 / 20.0);
  let v46 = (acc1 / 20.0);
  out_loss[i] = v45;
  out_accuracy[i] = v46;
}

// ---- 015_add_loss_grad.wgsl
@group(0) @binding(0) var<storage, read> in_y: array<i32>;
@group(0) @binding(1) var<storage, read> tmp20: array<f32>;
@group(0) @binding(2) var<storage, read_write> tmp21: array<f32>;

@compute @workgroup_size(64)
fn main(@builtin(global_invocation_id) gid: vec3<u32>) {
  let i = gid.x;
  if (i >= 100u) { return; }
  let c0 = (i / 5u);
  let c1 = (i % 5u);
  let v2 = in_y[c0];
  let v3 = select(0.0, 1.0, i32(c1) == v2);
  let v4 = ((-0.05) * v3);
  var acc5: f32 = 0.0;
  for (var r6: u32 = 0u; r6 < 5u; r6 = r6 + 1u) {
    let l7 = c0 * 5u + r6;
    let v8 = select(0.0, 1.0, i32(r6) == v2);
    let v9 = ((-0.05) * v8);
    let v10 = (-v9);
    acc5 = acc5 + v10;
  }
  var acc11: f32 = 0.0;
  var acc12: f32 = -3.4028234663852886e38;
  for (var r13: u32 = 0u; r13 < 5u; r13 = r13 + 1u) {
    let l14 = c0 * 5u + r13;
    let v15 = tmp20[l14];
    acc12 = max(acc12, v15);
  }
  for (var r16: u32 = 0u; r16 < 5u; r16 = r16 + 1u) {
    let l17 = c0 * 5u + r16;
    let v18 = tmp20[l17];
    let v19 = (v18 - acc12);
    let v20 = exp(v19);
    acc11 = acc11 + v20;
  }
  let v21 = (acc5 / acc11);
  let v22 = tmp20[i];
  let v23 = (v22 - acc12);
  let v24 = exp(v23);
  let v25 = (v21 * v24);
  let v26 = (v4 + v25);
  tmp21[i] = v26;
}

// ---- 016_reduce_sum_logits_dense_bias_grad.wgsl
@group(0) @binding(0) var<storage, read> tmp21: array<f32>;
@group(0) @binding(1) var<storage, read_write> tmp20: array<f32>;

@compute @workgroup_size(64)
fn main(@builtin(global_invocation_id) gid: vec3<u32>) {
  let i = gid.x;
  if (i >= 5u) { return; }
  var acc0: f32 = 0.0;
  for (var r1: u32 = 0u; r1 < 20u; r1 = r1 + 1u) {
    let l2 = r1 * 5u + i;
    let v3 = tmp21[l2];
    acc0 = acc0 + v3;
  }
  tmp20[i] = acc0;
}

// ---- 017_matmul_logits_dense_kernel_grad.wgsl
@group(0) @binding(0) var<storage, read> tmp19: array<f32>;
@group(0) @binding(1) var<storage, read> tmp21: array<f32>;
@group(0) @binding(2) var<storage, read_write> tmp22: array<f32>;

@compute @workgroup_size(64)
fn main(@builtin(global_invocation_id) gid: vec3<u32>) {
  let t = gid.x;
  if (t >= 50u) { return; }
  let i0 = (t / 2u) * 4u;
  let j0 = (t % 2u) * 4u;
  let row0 = min(i0 + 0u, 99u);
  let row1 = min(i0 + 1u, 99u);
  let row2 = min(i0 + 2u, 99u);
  let row3 = min(i0 + 3u, 99u);
  let col4 = min(j0 + 0u, 4u);
  let col5 = min(j0 + 1u, 4u);
  let col6 = min(j0 + 2u, 4u);
  let col7 = min(j0 + 3u, 4u);
  var acc8: vec4<f32> = vec4<f32>(0.0);
  var acc9: vec4<f32> = vec4<f32>(0.0);
  var acc10: vec4<f32> = vec4<f32>(0.0);
  var acc11: vec4<f32> = vec4<f32>(0.0);
  for (var k: u32 = 0u; k < 20u; k = k + 1u) {
    let rb12 = k * 5u;
    let bv13 = vec4<f32>(tmp21[rb12 + col4], tmp21[rb12 + col5], tmp21[rb12 + col6], tmp21[rb12 + col7]);
    let rk14 = k * 100u;
    acc8 = acc8 + tmp19[rk14 + row0] * bv13;
    acc9 = acc9 + tmp19[rk14 + row1] * bv13;
    acc10 = acc10 + tmp19[rk14 + row2] * bv13;
    acc11 = acc11 + tmp19[rk14 + row3] * bv13;
  }
  {
    let l15 = i0 * 5u + j0;
    let v16 = acc8.x;
    tmp22[l15] = v16;
  }
  if (j0 + 1u < 5u) {
    let j17 = j0 + 1u;
    let l18 = i0 * 5u + j17;
    let v19 = acc8.y;
    tmp22[l18] = v19;
  }
  if (j0 + 2u < 5u) {
    let j20 = j0 + 2u;
    let l21 = i0 * 5u + j20;
    let v22 = acc8.z;
    tmp22[l21] = v22;
  }
  if (j0 + 3u < 5u) {
    let j23 = j0 + 3u;
    let l24 = i0 * 5u + j23;
    let v25 = acc8.w;
    tmp22[l24] = v25;
  }
  {
    let i26 = i0 + 1u;
    let l27 = i26 * 5u + j0;
    let v28 = acc9.x;
    tmp22[l27] = v28;
  }
  if (j0 + 1u < 5u) {
    let i29 = i0 + 1u;
    let j30 = j0 + 1u;
    let l31 = i29 * 5u + j30;
    let v32 = acc9.y;
    tmp22[l31] = v32;
  }
  if (j0 + 2u < 5u) {
    let i33 = i0 + 1u;
    let j34 = j0 + 2u;
    let l35 = i33 * 5u + j34;
    let v36 = acc9.z;
    tmp22[l35] = v36;
  }
  if (j0 + 3u < 5u) {
    let i37 = i0 + 1u;
    let j38 = j0 + 3u;
    let l39 = i37 * 5u + j38;
    let v40 = acc9.w;
    tmp22[l39] = v40;
  }
  {
    let i41 = i0 + 2u;
    let l42 = i41 * 5u + j0;
    let v43 = acc10.x;
    tmp22[l42] = v43;
  }
  if (j0 + 1u < 5u) {
    let i44 = i0 + 2u;
    let j45 = j0 + 1u;
    let l46 = i44 * 5u + j45;
    let v47 = acc10.y;
    tmp22[l46] = v47;
  }
  if (j0 + 2u < 5u) {
    let i48 = i0 + 2u;
    let j49 = j0 + 2u;
    let l50 = i48 * 5u + j49;
    let v51 = acc10.z;
    tmp22[l50] = v51;
  }
  if (j0 + 3u < 5u) {
    let i52 = i0 + 2u;
    let j53 = j0 + 3u;
    let l54 = i52 * 5u + j53;
    let v55 = acc10.w;
    tmp22[l54] = v55;
  }
  {
    let i56 = i0 + 3u;
    let l57 = i56 * 5u + j0;
    let v58 = acc11.x;
    tmp22[l57] = v58;
  }
  if (j0 + 1u < 5u) {
    let i59 = i0 + 3u;
    let j60 = j0 + 1u;
    let l61 = i59 * 5u + j60;
    let v62 = acc11.y;
    tmp22[l61] = v62;
  }
  if (j0 + 2u < 5u) {
    let i63 = i0 + 3u;
    let j64 = j0 + 2u;
    let l65 = i63 * 5u + j64;
    let v66 = acc11.z;
    tmp22[l65] = v66;
  }
  if (j0 + 3u < 5u) {
    let i67 = i0 + 3u;
    let j68 = j0 + 3u;
    let l69 = i67 * 5u + j68;
    let v70 = acc11.w;
    tmp22[l69] = v70;
  }
}

// ---- 018_matmul_hidden_bn_elu5_grad.wgsl
@group(0) @binding(0) var<storage, read> tmp21: array<f32>;
@group(0) @binding(1) var<storage, read> s_logits_dense_kernel: array<f32>;
@group(0) @binding(2) var<storage, read_write> tmp19: array<f32>;
@group(0) @binding(3) var<storage, read> tmp16: array<f32>;
@group(0) @binding(4) var<storage, read> tmp17: array<f32>;
@group(0) @binding(5) var<storage, read> tmp18: array<f32>;
@group(0) @binding(6) var<storage, read> s_hidden_bn_elu5_batch_norm_gamma: array<f32>;
@group(0) @binding(7) var<storage, read> s_hidden_bn_elu5_batch_norm_beta: array<f32>;

@compute @workgroup_size(64)
fn main(@builtin(global_invocation_id) gid: vec3<u32>) {
  let t = gid.x;
  if (t >= 125u) { return; }
  let i0 = (t / 25u) * 4u;
  let j0 = (t % 25u) * 4u;
  let row0 = min(i0 + 0u, 19u);
  let row1 = min(i0 + 1u, 19u);
  let row2 = min(i0 + 2u, 19u);
  let row3 = min(i0 + 3u, 19u);
  let col4 = min(j0 + 0u, 99u);
  let col5 = min(j0 + 1u, 99u);
  let col6 = min(j0 + 2u, 99u);
  let col7 = min(j0 + 3u, 99u);
  var acc8: vec4<f32> = vec4<f32>(0.0);
  var acc9: vec4<f32> = vec4<f32>(0.0);
  var acc10: vec4<f32> = vec4<f32>(0.0);
  var acc11: vec4<f32> = vec4<f32>(0.0);
  let ra12 = row0 * 5u;
  let ra13 = row1 * 5u;
  let ra14 = row2 * 5u;
  let ra15 = row3 * 5u;
  let cb16 = col4 * 5u;
  let cb17 = col5 * 5u;
  let cb18 = col6 * 5u;
  let cb19 = col7 * 5u;
  for (var k: u32 = 0u; k < 5u; k = k + 1u) {
    let bv20 = vec4<f32>(s_logits_dense_kernel[cb16 + k], s_logits_dense_kernel[cb17 + k], s_logits_dense_kernel[cb18 + k], s_logits_dense_kernel[cb19 + k]);
    acc8 = acc8 + tmp21[ra12 + k] * bv20;
    acc9 = acc9 + tmp21[ra13 + k] * bv20;
    acc10 = acc10 + tmp21[ra14 + k] * bv20;
    acc11 = acc11 + tmp21[ra15 + k] * bv20;
  }
  {
    let l21 = i0 * 100u + j0;
    let v22 = acc8.x;
    let v23 = tmp16[l21];
    let v24 = tmp17[j0];
    let v25 = (v23 - v24);
    let v26 = tmp18[j0];
    let v27 = (v26 + 0.001);
    let v28 = inverseSqrt(v27);
    let v29 = (v25 * v28);
    let v30 = s_hidden_bn_elu5_batch_norm_gamma[j0];
    let v31 = (v29 * v30);
    let v32 = s_hidden_bn_elu5_batch_norm_beta[j0];
    let v33 = (v31 + v32);
    let v34 = select(0.0, 1.0, v33 > 0.0);
    let v35 = select(0.0, v22, v34 != 0.0);
    let v36 = select(v22, 0.0, v34 != 0.0);
    let v37 = min(v33, 0.0);
    let v38 = exp(v37);
    let v39 = (v36 * v38);
    let v40 = select(0.0, 1.0, v33 <= 0.0);
    let v41 = (v39 * v40);
    let v42 = (v35 + v41);
    tmp19[l21] = v42;
  }
  {
    let j43 = j0 + 1u;
    let l44 = i0 * 100u + j43;
    let v45 = acc8.y;
    let v46 = tmp16[l44];
    let v47 = tmp17[j43];
    let v48 = (v46 - v47);
    let v49 = tmp18[j43];
    let v50 = (v49 + 0.001);
    let v51 = inverseSqrt(v50);
    let v52 = (v48 * v51);
    let v53 = s_hidden_bn_elu5_batch_norm_gamma[j43];
    let v54 = (v52 * v53);
    let v55 = s_hidden_bn_elu5_batch_norm_beta[j43];
    let v56 = (v54 + v55);
    let v57 = select(0.0, 1.0, v56 > 0.0);
    let v58 = select(0.0, v45, v57 != 0.0);
    let v59 = select(v45, 0.0, v57 != 0.0);
    let v60 = min(v56, 0.0);
    let v61 = exp(v60);
    let v62 = (v59 * v61);
    let v63 = select(0.0, 1.0, v56 <= 0.0);
    let v64 = (v62 * v63);
    let v65 = (v58 + v64);
    tmp19[l44] = v65;
  }
  {
    let j66 = j0 + 2u;
    let l67 = i0 * 100u + j66;
    let v68 = acc8.z;
    let v69 = tmp16[l67];
    let v70 = tmp17[j66];
    let v71 = (v69 - v70);
    let v72 = tmp18[j66];
    let v73 = (v72 + 0.001);
    let v74 = inverseSqrt(v73);
    let v75 = (v71 * v74);
    let v76 = s_hidden_bn_elu5_batch_norm_gamma[j66];
    let v77 = (v75 * v76);
    let v78 = s_hidden_bn_elu5_batch_norm_beta[j66];
    let v79 = (v77 + v78);
    let v80 = select(0.0, 1.0, v79 > 0.0);
    let v81 = select(0.0, v68, v80 != 0.0);
    let v82 = select(v68, 0.0, v80 != 0.0);
    let v83 = min(v79, 0.0);
    let v84 = exp(v83);
    let v85 = (v82 * v84);
    let v86 = select(0.0, 1.0, v79 <= 0.0);
    let v87 = (v85 * v86);
    let v88 = (v81 + v87);
    tmp19[l67] = v88;
  }
  {
    let j89 = j0 + 3u;
    let l90 = i0 * 100u + j89;
    let v91 = acc8.w;
    let v92 = tmp16[l90];
    let v93 = tmp17[j89];
    let v94 = (v92 - v93);
    let v95 = tmp18[j89];
    let v96 = (v95 + 0.001);
    let v97 = inverseSqrt(v96);
    let v98 = (v94 * v97);
    let v99 = s_hidden_bn_elu5_batch_norm_gamma[j89];
    let v100 = (v98 * v99);
    let v101 = s_hidden_bn_elu5_batch_norm_beta[j89];
    let v102 = (v100 + v101);
    let v103 = select(0.0, 1.0, v102 > 0.0);
    let v104 = select(0.0, v91, v103 != 0.0);
    let v105 = select(v91, 0.0, v103 != 0.0);
    let v106 = min(v102, 0.0);
    let v107 = exp(v106);
    let v108 = (v105 * v107);
    let v109 = select(0.0, 1.0, v102 <= 0.0);
    let v110 = (v108 * v109);
    let v111 = (v104 + v110);
    tmp19[l90] = v111;
  }
  {
    let i112 = i0 + 1u;
    let l113 = i112 * 100u + j0;
    let v114 = acc9.x;
    let v115 = tmp16[l113];
    let v116 = tmp17[j0];
    let v117 = (v115 - v116);
    let v118 = tmp18[j0];
    let v119 = (v118 + 0.001);
    let v120 = inverseSqrt(v119);
    let v121 = (v117 * v120);
    let v122 = s_hidden_bn_elu5_batch_norm_gamma[j0];
    let v123 = (v121 * v122);
    let v124 = s_hidden_bn_elu5_batch_norm_beta[j0];
    let v125 = (v123 + v124);
    let v126 = select(0.0, 1.0, v125 > 0.0);
    let v127 = select(0.0, v114, v126 != 0.0);
    let v128 = select(v114, 0.0, v126 != 0.0);
    let v129 = min(v125, 0.0);
    let v130 = exp(v129);
    let v131 = (v128 * v130);
    let v132 = select(0.0, 1.0, v125 <= 0.0);
    let v133 = (v131 * v132);
    let v134 = (v127 + v133);
    tmp19[l113] = v134;
  }
  {
    let i135 = i0 + 1u;
    let j136 = j0 + 1u;
    let l137 = i135 * 100u + j136;
    let v138 = acc9.y;
    let v139 = tmp16[l137];
    let v140 = tmp17[j136];
    let v141 = (v139 - v140);
    let v142 = tmp18[j136];
    let v143 = (v142 + 0.001);
    let v144 = inverseSqrt(v143);
    let v145 = (v141 * v144);
    let v146 = s_hidden_bn_elu5_batch_norm_gamma[j136];
    let v147 = (v145 * v146);
    let v148 = s_hidden_bn_elu5_batch_norm_beta[j136];
    let v149 = (v147 + v148);
    let v150 = select(0.0, 1.0, v149 > 0.0);
    let v151 = select(0.0, v138, v150 != 0.0);
    let v152 = select(v138, 0.0, v150 != 0.0);
    let v153 = min(v149, 0.0);
    let v154 = exp(v153);
    let v155 = (v152 * v154);
    let v156 = select(0.0, 1.0, v149 <= 0.0);
    let v157 = (v155 * v156);
    let v158 = (v151 + v157);
    tmp19[l137] = v158;
  }
  {
    let i159 = i0 + 1u;
    let j160 = j0 + 2u;
    let l161 = i159 * 100u + j160;
    let v162 = acc9.z;
    let v163 = tmp16[l161];
    let v164 = tmp17[j160];
    let v165 = (v163 - v164);
    let v166 = tmp18[j160];
    let v167 = (v166 + 0.001);
    let v168 = inverseSqrt(v167);
    let v169 = (v165 * v168);
    let v170 = s_hidden_bn_elu5_batch_norm_gamma[j160];
    let v171 = (v169 * v170);
    let v172 = s_hidden_bn_elu5_batch_norm_beta[j160];
    let v173 = (v171 + v172);
    let v174 = select(0.0, 1.0, v173 > 0.0);
    let v175 = select(0.0, v162, v174 != 0.0);
    let v176 = select(v162, 0.0, v174 != 0.0);
    let v177 = min(v173, 0.0);
    let v178 = exp(v177);
    let v179 = (v176 * v178);
    let v180 = select(0.0, 1.0, v173 <= 0.0);
    let v181 = (v179 * v180);
    let v182 = (v175 + v181);
    tmp19[l161] = v182;
  }
  {
    let i183 = i0 + 1u;
    let j184 = j0 + 3u;
    let l185 = i183 * 100u + j184;
    let v186 = acc9.w;
    let v187 = tmp16[l185];
    let v188 = tmp17[j184];
    let v189 = (v187 - v188);
    let v190 = tmp18[j184];
    let v191 = (v190 + 0.001);
    let v192 = inverseSqrt(v191);
    let v193 = (v189 * v192);
    let v194 = s_hidden_bn_elu5_batch_norm_gamma[j184];
    let v195 = (v193 * v194);
    let v196 = s_hidden_bn_elu5_batch_norm_beta[j184];
    let v197 = (v195 + v196);
    let v198 = select(0.0, 1.0, v197 > 0.0);
    let v199 = select(0.0, v186, v198 != 0.0);
    let v200 = select(v186, 0.0, v198 != 0.0);
    let v201 = min(v197, 0.0);
    let v202 = exp(v201);
    let v203 = (v200 * v202);
    let v204 = select(0.0, 1.0, v197 <= 0.0);
    let v205 = (v203 * v204);
    let v206 = (v199 + v205);
    tmp19[l185] = v206;
  }
  {
    let i207 = i0 + 2u;
    let l208 = i207 * 100u + j0;
    let v209 = acc10.x;
    let v210 = tmp16[l208];
    let v211 = tmp17[j0];
    let v212 = (v210 - v211);
    let v213 = tmp18[j0];
    let v214 = (v213 + 0.001);
    let v215 = inverseSqrt(v214);
    let v216 = (v212 * v215);
    let v217 = s_hidden_bn_elu5_batch_norm_gamma[j0];
    let v218 = (v216 * v217);
    let v219 = s_hidden_bn_elu5_batch_norm_beta[j0];
    let v220 = (v218 + v219);
    let v221 = select(0.0, 1.0, v220 > 0.0);
    let v222 = select(0.0, v209, v221 != 0.0);
    let v223 = select(v209, 0.0, v221 != 0.0);
    let v224 = min(v220, 0.0);
    let v225 = exp(v224);
    let v226 = (v223 * v225);
    let v227 = select(0.0, 1.0, v220 <= 0.0);
    let v228 = (v226 * v227);
    let v229 = (v222 + v228);
    tmp19[l208] = v229;
  }
  {
    let i230 = i0 + 2u;
    let j231 = j0 + 1u;
    let l232 = i230 * 100u + j231;
    let v233 = acc10.y;
    let v234 = tmp16[l232];
    let v235 = tmp17[j231];
    let v236 = (v234 - v235);
    let v237 = tmp18[j231];
    let v238 = (v237 + 0.001);
    let v239 = inverseSqrt(v238);
    let v240 = (v236 * v239);
    let v241 = s_hidden_bn_elu5_batch_norm_gamma[j231];
    let v242 = (v240 * v241);
    let v243 = s_hidden_bn_elu5_batch_norm_beta[j231];
    let v244 = (v242 + v243);
    let v245 = select(0.0, 1.0, v244 > 0.0);
    let v246 = select(0.0, v233, v245 != 0.0);
    let v247 = select(v233, 0.0, v245 != 0.0);
    let v248 = min(v244, 0.0);
    let v249 = exp(v248);
    let v250 = (v247 * v249);
    let v251 = select(0.0, 1.0, v244 <= 0.0);
    let v252 = (v250 * v251);
    let v253 = (v246 + v252);
    tmp19[l232] = v253;
  }
  {
    let i254 = i0 + 2u;
    let j255 = j0 + 2u;
    let l256 = i254 * 100u + j255;
    let v257 = acc10.z;
    let v258 = tmp16[l256];
    let v259 = tmp17[j255];
    let v260 = (v258 - v259);
    let v261 = tmp18[j255];
    let v262 = (v261 + 0.001);
    let v263 = inverseSqrt(v262);
    let v264 = (v260 * v263);
    let v265 = s_hidden_bn_elu5_batch_norm_gamma[j255];
    let v266 = (v264 * v265);
    let v267 = s_hidden_bn_elu5_batch_norm_beta[j255];
    let v268 = (v266 + v267);
    let v269 = select(0.0, 1.0, v268 > 0.0);
    let v270 = select(0.0, v257, v269 != 0.0);
    let v271 = select(v257, 0.0, v269 != 0.0);
    let v272 = min(v268, 0.0);
    let v273 = exp(v272);
    let v274 = (v271 * v273);
    let v275 = select(0.0, 1.0, v268 <= 0.0);
    let v276 = (v274 * v275);
    let v277 = (v270 + v276);
    tmp19[l256] = v277;
  }
  {
    let i278 = i0 + 2u;
    let j279 = j0 + 3u;
    let l280 = i278 * 100u + j279;
    let v281 = acc10.w;
    let v282 = tmp16[l280];
    let v283 = tmp17[j279];
    let v284 = (v282 - v283);
    let v285 = tmp18[j279];
    let v286 = (v285 + 0.001);
    let v287 = inverseSqrt(v286);
    let v288 = (v284 * v287);
    let v289 = s_hidden_bn_elu5_batch_norm_gamma[j279];
    let v290 = (v288 * v289);
    let v291 = s_hidden_bn_elu5_batch_norm_beta[j279];
    let v292 = (v290 + v291);
    let v293 = select(0.0, 1.0, v292 > 0.0);
    let v294 = select(0.0, v281, v293 != 0.0);
    let v295 = select(v281, 0.0, v293 != 0.0);
    let v296 = min(v292, 0.0);
    let v297 = exp(v296);
    let v298 = (v295 * v297);
    let v299 = select(0.0, 1.0, v292 <= 0.0);
    let v300 = (v298 * v299);
    let v301 = (v294 + v300);
    tmp19[l280] = v301;
  }
  {
    let i302 = i0 + 3u;
    let l303 = i302 * 100u + j0;
    let v304 = acc11.x;
    let v305 = tmp16[l303];
    let v306 = tmp17[j0];
    let v307 = (v305 - v306);
    let v308 = tmp18[j0];
    let v309 = (v308 + 0.001);
    let v310 = inverseSqrt(v309);
    let v311 = (v307 * v310);
    let v312 = s_hidden_bn_elu5_batch_norm_gamma[j0];
    let v313 = (v311 * v312);
    let v314 = s_hidden_bn_elu5_batch_norm_beta[j0];
    let v315 = (v313 + v314);
    let v316 = select(0.0, 1.0, v315 > 0.0);
    let v317 = select(0.0, v304, v316 != 0.0);
    let v318 = select(v304, 0.0, v316 != 0.0);
    let v319 = min(v315, 0.0);
    let v320 = exp(v319);
    let v321 = (v318 * v320);
    let v322 = select(0.0, 1.0, v315 <= 0.0);
    let v323 = (v321 * v322);
    let v324 = (v317 + v323);
    tmp19[l303] = v324;
  }
  {
    let i325 = i0 + 3u;
    let j326 = j0 + 1u;
    let l327 = i325 * 100u + j326;
    let v328 = acc11.y;
    let v329 = tmp16[l327];
    let v330 = tmp17[j326];
    let v331 = (v329 - v330);
    let v332 = tmp18[j326];
    let v333 = (v332 + 0.001);
    let v334 = inverseSqrt(v333);
    let v335 = (v331 * v334);
    let v336 = s_hidden_bn_elu5_batch_norm_gamma[j326];
    let v337 = (v335 * v336);
    let v338 = s_hidden_bn_elu5_batch_norm_beta[j326];
    let v339 = (v337 + v338);
    let v340 = select(0.0, 1.0, v339 > 0.0);
    let v341 = select(0.0, v328, v340 != 0.0);
    let v342 = select(v328, 0.0, v340 != 0.0);
    let v343 = min(v339, 0.0);
    let v344 = exp(v343);
    let v345 = (v342 * v344);
    let v346 = select(0.0, 1.0, v339 <= 0.0);
    let v347 = (v345 * v346);
    let v348 = (v341 + v347);
    tmp19[l327] = v348;
  }
  {
    let i349 = i0 + 3u;
    let j350 = j0 + 2u;
    let l351 = i349 * 100u + j350;
    let v352 = acc11.z;
    let v353 = tmp16[l351];
    let v354 = tmp17[j350];
    let v355 = (v353 - v354);
    let v356 = tmp18[j350];
    let v357 = (v356 + 0.001);
    let v358 = inverseSqrt(v357);
    let v359 = (v355 * v358);
    let v360 = s_hidden_bn_elu5_batch_norm_gamma[j350];
    let v361 = (v359 * v360);
    let v362 = s_hidden_bn_elu5_batch_norm_beta[j350];
    let v363 = (v361 + v362);
    let v364 = select(0.0, 1.0, v363 > 0.0);
    let v365 = select(0.0, v352, v364 != 0.0);
    let v366 = select(v352, 0.0, v364 != 0.0);
    let v367 = min(v363, 0.0);
    let v368 = exp(v367);
    let v369 = (v366 * v368);
    let v370 = select(0.0, 1.0, v363 <= 0.0);
    let v371 = (v369 * v370);
    let v372 = (v365 + v371);
    tmp19[l351] = v372;
  }
  {
    let i373 = i0 + 3u;
    let j374 = j0 + 3u;
    let l375 = i373 * 100u + j374;
    let v376 = acc11.w;
    let v377 = tmp16[l375];
    let v378 = tmp17[j374];
    let v379 = (v377 - v378);
    let v380 = tmp18[j374];
    let v381 = (v380 + 0.001);
    let v382 = inverseSqrt(v381);
    let v383 = (v379 * v382);
    let v384 = s_hidden_bn_elu5_batch_norm_gamma[j374];
    let v385 = (v383 * v384);
    let v386 = s_hidden_bn_elu5_batch_norm_beta[j374];
    let v387 = (v385 + v386);
    let v388 = select(0.0, 1.0, v387 > 0.0);
    let v389 = select(0.0, v376, v388 != 0.0);
    let v390 = select(v376, 0.0, v388 != 0.0);
    let v391 = min(v387, 0.0);
    let v392 = exp(v391);
    let v393 = (v390 * v392);
    let v394 = select(0.0, 1.0, v387 <= 0.0);
    let v395 = (v393 * v394);
    let v396 = (v389 + v395);
    tmp19[l375] = v396;
  }
}

// ---- 019_reduce_sum_hidden_bn_elu5_batch_norm_beta_grad_x3.wgsl
@group(0) @binding(0) var<storage, read> tmp18: array<f32>;
@group(0) @binding(1) var<storage, read> tmp19: array<f32>;
@group(0) @binding(2) var<storage, read> tmp16: array<f32>;
@group(0) @binding(3) var<storage, read> tmp17: array<f32>;
@group(0) @binding(4) var<storage, read> s_hidden_bn_elu5_batch_norm_gamma: array<f32>;
@group(0) @binding(5) var<storage, read_write> tmp21: array<f32>;
@group(0) @binding(6) var<storage, read_write> tmp23: array<f32>;
@group(0) @binding(7) var<storage, read_write> tmp24: array<f32>;

@compute @workgroup_size(64)
fn main(@builtin(global_invocation_id) gid: vec3<u32>) {
  let i = gid.x;
  if (i >= 100u) { return; }
  var acc0: f32 = 0.0;
  var acc1: f32 = 0.0;
  var acc2: f32 = 0.0;
  let v3 = tmp18[i];
  let v4 = (v3 + 0.001);
  let v5 = inverseSqrt(v4);
  for (var r6: u32 = 0u; r6 < 20u; r6 = r6 + 1u) {
    let l7 = r6 * 100u + i;
    let v8 = tmp19[l7];
    acc0 = acc0 + v8;
    let v9 = tmp16[l7];
    let v10 = tmp17[i];
    let v11 = (v9 - v10);
    let v12 = (v11 * v5);
    let v13 = (v8 * v12);
    acc1 = acc1 + v13;
    let v14 = s_hidden_bn_elu5_batch_norm_gamma[i];
    let v15 = (v8 * v14);
    let v16 = (v15 * v11);
    acc2 = acc2 + v16;
  }
  tmp21[i] = acc0;
  tmp23[i] = acc1;
  tmp24[i] = acc2;
}

// ---- 020_reduce_sum_hidden_bn_elu5_batch_norm_grad_x4.wgsl
@group(0) @binding(0) var<storage, read> tmp18: array<f32>;
@group(0) @binding(1) var<storage, read> tmp19: array<f32>;
@group(0) @binding(2) var<storage, read> s_hidden_bn_elu5_batch_norm_gamma: array<f32>;
@group(0) @binding(3) var<storage, read> tmp24: array<f32>;
@group(0) @binding(4) var<storage, read> tmp16: array<f32>;
@group(0) @binding(5) var<storage, read> tmp17: array<f32>;
@group(0) @binding(6) var<storage, read_write> tmp25: array<f32>;
@group(0) @binding(7) var<storage, read_write> tmp26: array<f32>;

@compute @workgroup_size(64)
fn main(@builtin(global_invocation_id) gid: vec3<u32>) {
  let i = gid.x;
  if (i >= 100u) { return; }
  var acc0: f32 = 0.0;
  var acc1: f32 = 0.0;
  let v2 = tmp18[i];
  let v3 = (v2 + 0.001);
  let v4 = inverseSqrt(v3);
  for (var r5: u32 = 0u; r5 < 20u; r5 = r5 + 1u) {
    let l6 = r5 * 100u + i;
    let v7 = tmp19[l6];
    let v8 = s_hidden_bn_elu5_batch_norm_gamma[i];
    let v9 = (v7 * v8);
    let v10 = (v9 * v4);
    let v11 = (-v10);
    acc0 = acc0 + v11;
    let v12 = tmp24[i];
    let v13 = (v4 * v4);
    let v14 = (v13 * v4);
    let v15 = (v14 * (-0.5));
    let v16 = (v12 * v15);
    let v17 = (v16 / 20.0);
    let v18 = tmp16[l6];
    let v19 = tmp17[i];
    let v20 = (v18 - v19);
    let v21 = (v17 * v20);
    let v22 = (v21 + v21);
    let v23 = (-v22);
    acc1 = acc1 + v23;
  }
  let v24 = (acc0 + acc1);
  let v25 = (v24 / 20.0);
  let v26 = tmp24[i];
  let v27 = (v4 * v4);
  let v28 = (v27 * v4);
  let v29 = (v28 * (-0.5));
  let v30 = (v26 * v29);
  let v31 = (v30 / 20.0);
  var acc32: f32 = 0.0;
  for (var q33: u32 = 0u; q33 < 20u; q33 = q33 + 1u) {
    let l34 = q33 * 100u + i;
    let v35 = tmp19[l34];
    let v36 = s_hidden_bn_elu5_batch_norm_gamma[i];
    let v37 = (v35 * v36);
    let v38 = (v37 * v4);
    let v39 = tmp16[l34];
    let v40 = tmp17[i];
    let v41 = (v39 - v40);
    let v42 = (v31 * v41);
    let v43 = (v42 + v42);
    let v44 = (v38 + v43);
    let v45 = (v44 + v25);
    tmp25[l34] = v45;
    acc32 = acc32 + v45;
  }
  tmp26[i] = acc32;
}

// ---- 021_matmul_hidden_bn_elu5_dense_kernel_grad.wgsl
@group(0) @binding(0) var<storage, read> tmp15_v4: array<vec4<f32>>;
@group(0) @binding(1) var<storage, read> tmp25_v4: array<vec4<f32>>;
@group(0) @binding(2) var<storage, read_write> tmp27: array<f32>;

@compute @workgroup_size(64)
fn main(@builtin(global_invocation_id) gid: vec3<u32>) {
  let t = gid.x;
  if (t >= 625u) { return; }
  let i0 = (t / 25u) * 4u;
  let j0 = (t % 25u) * 4u;
  let row0 = min(i0 + 0u, 99u);
  let row1 = min(i0 + 1u, 99u);
  let row2 = min(i0 + 2u, 99u);
  let row3 = min(i0 + 3u, 99u);
  let col4 = min(j0 + 0u, 99u);
  let col5 = min(j0 + 1u, 99u);
  let col6 = min(j0 + 2u, 99u);
  let col7 = min(j0 + 3u, 99u);
  var acc8: vec4<f32> = vec4<f32>(0.0);
  var acc9: vec4<f32> = vec4<f32>(0.0);
  var acc10: vec4<f32> = vec4<f32>(0.0);
  var acc11: vec4<f32> = vec4<f32>(0.0);
  for (var k: u32 = 0u; k < 5u; k = k + 1u) {
    let kq12 = k * 4u + 0u;
    let bv13 = tmp25_v4[(kq12 * 100u + j0) / 4u];
    let aq14 = tmp15_v4[(kq12 * 100u + i0) / 4u + 0u];
    let kq15 = k * 4u + 1u;
    let bv16 = tmp25_v4[(kq15 * 100u + j0) / 4u];
    let aq17 = tmp15_v4[(kq15 * 100u + i0) / 4u + 0u];
    let kq18 = k * 4u + 2u;
    let bv19 = tmp25_v4[(kq18 * 100u + j0) / 4u];
    let aq20 = tmp15_v4[(kq18 * 100u + i0) / 4u + 0u];
    let kq21 = k * 4u + 3u;
    let bv22 = tmp25_v4[(kq21 * 100u + j0) / 4u];
    let aq23 = tmp15_v4[(kq21 * 100u + i0) / 4u + 0u];
    acc8 = acc8 + aq14.x * bv13;
    acc8 = acc8 + aq17.x * bv16;
    acc8 = acc8 + aq20.x * bv19;
    acc8 = acc8 + aq23.x * bv22;
    acc9 = acc9 + aq14.y * bv13;
    acc9 = acc9 + aq17.y * bv16;
    acc9 = acc9 + aq20.y * bv19;
    acc9 = acc9 + aq23.y * bv22;
    acc10 = acc10 + aq14.z * bv13;
    acc10 = acc10 + aq17.z * bv16;
    acc10 = acc10 + aq20.z * bv19;
    acc10 = acc10 + aq23.z * bv22;
    acc11 = acc11 + aq14.w * bv13;
    acc11 = acc11 + aq17.w * bv16;
    acc11 = acc11 + aq20.w * bv19;
    acc11 = acc11 + aq23.w * bv22;
  }
  {
    let l24 = i0 * 100u + j0;
    let v25 = acc8.x;
    tmp27[l24] = v25;
  }
  {
    let j26 = j0 + 1u;
    let l27 = i0 * 100u + j26;
    let v28 = acc8.y;
    tmp27[l27] = v28;
  }
  {
    let j29 = j0 + 2u;
    let l30 = i0 * 100u + j29;
    let v31 = acc8.z;
    tmp27[l30] = v31;
  }
  {
    let j32 = j0 + 3u;
    let l33 = i0 * 100u + j32;
    let v34 = acc8.w;
    tmp27[l33] = v34;
  }
  {
    let i35 = i0 + 1u;
    let l36 = i35 * 100u + j0;
    let v37 = acc9.x;
    tmp27[l36] = v37;
  }
  {
    let i38 = i0 + 1u;
    let j39 = j0 + 1u;
    let l40 = i38 * 100u + j39;
    let v41 = acc9.y;
    tmp27[l40] = v41;
  }
  {
    let i42 = i0 + 1u;
    let j43 = j0 + 2u;
    let l44 = i42 * 100u + j43;
    let v45 = acc9.z;
    tmp27[l44] = v45;
  }
  {
    let i46 = i0 + 1u;
    let j47 = j0 + 3u;
    let l48 = i46 * 100u + j47;
    let v49 = acc9.w;
    tmp27[l48] = v49;
  }
  {
    let i50 = i0 + 2u;
    let l51 = i50 * 100u + j0;
    let v52 = acc10.x;
    tmp27[l51] = v52;
  }
  {
    let i53 = i0 + 2u;
    let j54 = j0 + 1u;
    let l55 = i53 * 100u + j54;
    let v56 = acc10.y;
    tmp27[l55] = v56;
  }
  {
    let i57 = i0 + 2u;
    let j58 = j0 + 2u;
    let l59 = i57 * 100u + j58;
    let v60 = acc10.z;
    tmp27[l59] = v60;
  }
  {
    let i61 = i0 + 2u;
    let j62 = j0 + 3u;
    let l63 = i61 * 100u + j62;
    let v64 = acc10.w;
    tmp27[l63] = v64;
  }
  {
    let i65 = i0 + 3u;
    let l66 = i65 * 100u + j0;
    let v67 = acc11.x;
    tmp27[l66] = v67;
  }
  {
    let i68 = i0 + 3u;
    let j69 = j0 + 1u;
    let l70 = i68 * 100u + j69;
    let v71 = acc11.y;
    tmp27[l70] = v71;
  }
  {
    let i72 = i0 + 3u;
    let j73 = j0 + 2u;
    let l74 = i72 * 100u + j73;
    let v75 = acc11.z;
    tmp27[l74] = v75;
  }
  {
    let i76 = i0 + 3u;
    let j77 = j0 + 3u;
    let l78 = i76 * 100u + j77;
    let v79 = acc11.w;
    tmp27[l78] = v79;
  }
}

// ---- 022_matmul_hidden_bn_elu4_grad.wgsl
@group(0) @binding(0) var<storage, read> tmp25_v4: array<vec4<f32>>;
@group(0) @binding(1) var<storage, read> s_hidden_bn_elu5_dense_kernel_v4: array<vec4<f32>>;
@group(0) @binding(2) var<storage, read_write> tmp19: array<f32>;
@group(0) @binding(3) var<storage, read> tmp12: array<f32>;
@group(0) @binding(4) var<storage, read> tmp13: array<f32>;
@group(0) @binding(5) var<storage, read> tmp14: array<f32>;
@group(0) @binding(6) var<storage, read> s_hidden_bn_elu4_batch_norm_gamma: array<f32>;
@group(0) @binding(7) var<storage, read> s_hidden_bn_elu4_batch_norm_beta: array<f32>;

@compute @workgroup_size(64)
fn main(@builtin(global_invocation_id) gid: vec3<u32>) {
  let t = gid.x;
  if (t >= 125u) { return; }
  let i0 = (t / 25u) * 4u;
  let j0 = (t % 25u) * 4u;
  let row0 = min(i0 + 0u, 19u);
  let row1 = min(i0 + 1u, 19u);
  let row2 = min(i0 + 2u, 19u);
  let row3 = min(i0 + 3u, 19u);
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
  let cb16 = col4 * 25u;
  let cb17 = col5 * 25u;
  let cb18 = col6 * 25u;
  let cb19 = col7 * 25u;
  for (var k: u32 = 0u; k < 25u; k = k + 1u) {
    let av20 = tmp25_v4[ra12 + k];
    let av21 = tmp25_v4[ra13 + k];
    let av22 = tmp25_v4[ra14 + k];
    let av23 = tmp25_v4[ra15 + k];
    let bc24 = s_hidden_bn_elu5_dense_kernel_v4[cb16 + k];
    let bc25 = s_hidden_bn_elu5_dense_kernel_v4[cb17 + k];
    let bc26 = s_hidden_bn_elu5_dense_kernel_v4[cb18 + k];
    let bc27 = s_hidden_bn_elu5_dense_kernel_v4[cb19 + k];
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
    let l36 = i0 * 100u + j0;
    let v37 = acc8.x;
    let v38 = tmp12[l36];
    let v39 = tmp13[j0];
    let v40 = (v38 - v39);
    let v41 = tmp14[j0];
    let v42 = (v41 + 0.001);
    let v43 = inverseSqrt(v42);
    let v44 = (v40 * v43);
    let v45 = s_hidden_bn_elu4_batch_norm_gamma[j0];
    let v46 = (v44 * v45);
    let v47 = s_hidden_bn_elu4_batch_norm_beta[j0];
    let v48 = (v46 + v47);
    let v49 = select(0.0, 1.0, v48 > 0.0);
    let v50 = select(0.0, v37, v49 != 0.0);
    let v51 = select(v37, 0.0, v49 != 0.0);
    let v52 = min(v48, 0.0);
    let v53 = exp(v52);
    let v54 = (v51 * v53);
    let v55 = select(0.0, 1.0, v48 <= 0.0);
    let v56 = (v54 * v55);
    let v57 = (v50 + v56);
    tmp19[l36] = v57;
  }
  {
    let j58 = j0 + 1u;
    let l59 = i0 * 100u + j58;
    let v60 = acc8.y;
    let v61 = tmp12[l59];
    let v62 = tmp13[j58];
    let v63 = (v61 - v62);
    let v64 = tmp14[j58];
    let v65 = (v64 + 0.001);
    let v66 = inverseSqrt(v65);
    let v67 = (v63 * v66);
    let v68 = s_hidden_bn_elu4_batch_norm_gamma[j58];
    let v69 = (v67 * v68);
    let v70 = s_hidden_bn_elu4_batch_norm_beta[j58];
    let v71 = (v69 + v70);
    let v72 = select(0.0, 1.0, v71 > 0.0);
    let v73 = select(0.0, v60, v72 != 0.0);
    let v74 = select(v60, 0.0, v72 != 0.0);
    let v75 = min(v71, 0.0);
    let v76 = exp(v75);
    let v77 = (v74 * v76);
    let v78 = select(0.0, 1.0, v71 <= 0.0);
    let v79 = (v77 * v78);
    let v80 = (v73 + v79);
    tmp19[l59] = v80;
  }
  {
    let j81 = j0 + 2u;
    let l82 = i0 * 100u + j81;
    let v83 = acc8.z;
    let v84 = tmp12[l82];
    let v85 = tmp13[j81];
    let v86 = (v84 - v85);
    let v87 = tmp14[j81];
    let v88 = (v87 + 0.001);
    let v89 = inverseSqrt(v88);
    let v90 = (v86 * v89);
    let v91 = s_hidden_bn_elu4_batch_norm_gamma[j81];
    let v92 = (v90 * v91);
    let v93 = s_hidden_bn_elu4_batch_norm_beta[j81];
    let v94 = (v92 + v93);
    let v95 = select(0.0, 1.0, v94 > 0.0);
    let v96 = select(0.0, v83, v95 != 0.0);
    let v97 = select(v83, 0.0, v95 != 0.0);
    let v98 = min(v94, 0.0);
    let v99 = exp(v98);
    let v100 = (v97 * v99);
    let v101 = select(0.0, 1.0, v94 <= 0.0);
    let v102 = (v100 * v101);
    let v103 = (v96 + v102);
    tmp19[l82] = v103;
  }
  {
    let j104 = j0 + 3u;
    let l105 = i0 * 100u + j104;
    let v106 = acc8.w;
    let v107 = tmp12[l105];
    let v108 = tmp13[j104];
    let v109 = (v107 - v108);
    let v110 = tmp14[j104];
    let v111 = (v110 + 0.001);
    let v112 = inverseSqrt(v111);
    let v113 = (v109 * v112);
    let v114 = s_hidden_bn_elu4_batch_norm_gamma[j104];
    let v115 = (v113 * v114);
    let v116 = s_hidden_bn_elu4_batch_norm_beta[j104];
    let v117 = (v115 + v116);
    let v118 = select(0.0, 1.0, v117 > 0.0);
    let v119 = select(0.0, v106, v118 != 0.0);
    let v120 = select(v106, 0.0, v118 != 0.0);
    let v121 = min(v117, 0.0);
    let v122 = exp(v121);
    let v123 = (v120 * v122);
    let v124 = select(0.0, 1.0, v117 <= 0.0);
    let v125 = (v123 * v124);
    let v126 = (v119 + v125);
    tmp19[l105] = v126;
  }
  {
    let i127 = i0 + 1u;
    let l128 = i127 * 100u + j0;
    let v129 = acc9.x;
    let v130 = tmp12[l128];
    let v131 = tmp13[j0];
    let v132 = (v130 - v131);
    let v133 = tmp14[j0];
    let v134 = (v133 + 0.001);
    let v135 = inverseSqrt(v134);
    let v136 = (v132 * v135);
    let v137 = s_hidden_bn_elu4_batch_norm_gamma[j0];
    let v138 = (v136 * v137);
    let v139 = s_hidden_bn_elu4_batch_norm_beta[j0];
    let v140 = (v138 + v139);
    let v141 = select(0.0, 1.0, v140 > 0.0);
    let v142 = select(0.0, v129, v141 != 0.0);
    let v143 = select(v129, 0.0, v141 != 0.0);
    let v144 = min(v140, 0.0);
    let v145 = exp(v144);
    let v146 = (v143 * v145);
    let v147 = select(0.0, 1.0, v140 <= 0.0);
    let v148 = (v146 * v147);
    let v149 = (v142 + v148);
    tmp19[l128] = v149;
  }
  {
    let i150 = i0 + 1u;
    let j151 = j0 + 1u;
    let l152 = i150 * 100u + j151;
    let v153 = acc9.y;
    let v154 = tmp12[l152];
    let v155 = tmp13[j151];
    let v156 = (v154 - v155);
    let v157 = tmp14[j151];
    let v158 = (v157 + 0.001);
    let v159 = inverseSqrt(v158);
    let v160 = (v156 * v159);
    let v161 = s_hidden_bn_elu4_batch_norm_gamma[j151];
    let v162 = (v160 * v161);
    let v163 = s_hidden_bn_elu4_batch_norm_beta[j151];
    let v164 = (v162 + v163);
    let v165 = select(0.0, 1.0, v164 > 0.0);
    let v166 = select(0.0, v153, v165 != 0.0);
    let v167 = select(v153, 0.0, v165 != 0.0);
    let v168 = min(v164, 0.0);
    let v169 = exp(v168);
    let v170 = (v167 * v169);
    let v171 = select(0.0, 1.0, v164 <= 0.0);
    let v172 = (v170 * v171);
    let v173 = (v166 + v172);
    tmp19[l152] = v173;
  }
  {
    let i174 = i0 + 1u;
    let j175 = j0 + 2u;
    let l176 = i174 * 100u + j175;
    let v177 = acc9.z;
    let v178 = tmp12[l176];
    let v179 = tmp13[j175];
    let v180 = (v178 - v179);
    let v181 = tmp14[j175];
    let v182 = (v181 + 0.001);
    let v183 = inverseSqrt(v182);
    let v184 = (v180 * v183);
    let v185 = s_hidden_bn_elu4_batch_norm_gamma[j175];
    let v186 = (v184 * v185);
    let v187 = s_hidden_bn_elu4_batch_norm_beta[j175];
    let v188 = (v186 + v187);
    let v189 = select(0.0, 1.0, v188 > 0.0);
    let v190 = select(0.0, v177, v189 != 0.0);
    let v191 = select(v177, 0.0, v189 != 0.0);
    let v192 = min(v188, 0.0);
    let v193 = exp(v192);
    let v194 = (v191 * v193);
    let v195 = select(0.0, 1.0, v188 <= 0.0);
    let v196 = (v194 * v195);
    let v197 = (v190 + v196);
    tmp19[l176] = v197;
  }
  {
    let i198 = i0 + 1u;
    let j199 = j0 + 3u;
    let l200 = i198 * 100u + j199;
    let v201 = acc9.w;
    let v202 = tmp12[l200];
    let v203 = tmp13[j199];
    let v204 = (v202 - v203);
    let v205 = tmp14[j199];
    let v206 = (v205 + 0.001);
    let v207 = inverseSqrt(v206);
    let v208 = (v204 * v207);
    let v209 = s_hidden_bn_elu4_batch_norm_gamma[j199];
    let v210 = (v208 * v209);
    let v211 = s_hidden_bn_elu4_batch_norm_beta[j199];
    let v212 = (v210 + v211);
    let v213 = select(0.0, 1.0, v212 > 0.0);
    let v214 = select(0.0, v201, v213 != 0.0);
    let v215 = select(v201, 0.0, v213 != 0.0);
    let v216 = min(v212, 0.0);
    let v217 = exp(v216);
    let v218 = (v215 * v217);
    let v219 = select(0.0, 1.0, v212 <= 0.0);
    let v220 = (v218 * v219);
    let v221 = (v214 + v220);
    tmp19[l200] = v221;
  }
  {
    let i222 = i0 + 2u;
    let l223 = i222 * 100u + j0;
    let v224 = acc10.x;
    let v225 = tmp12[l223];
    let v226 = tmp13[j0];
    let v227 = (v225 - v226);
    let v228 = tmp14[j0];
    let v229 = (v228 + 0.001);
    let v230 = inverseSqrt(v229);
    let v231 = (v227 * v230);
    let v232 = s_hidden_bn_elu4_batch_norm_gamma[j0];
    let v233 = (v231 * v232);
    let v234 = s_hidden_bn_elu4_batch_norm_beta[j0];
    let v235 = (v233 + v234);
    let v236 = select(0.0, 1.0, v235 > 0.0);
    let v237 = select(0.0, v224, v236 != 0.0);
    let v238 = select(v224, 0.0, v236 != 0.0);
    let v239 = min(v235, 0.0);
    let v240 = exp(v239);
    let v241 = (v238 * v240);
    let v242 = select(0.0, 1.0, v235 <= 0.0);
    let v243 = (v241 * v242);
    let v244 = (v237 + v243);
    tmp19[l223] = v244;
  }
  {
    let i245 = i0 + 2u;
    let j246 = j0 + 1u;
    let l247 = i245 * 100u + j246;
    let v248 = acc10.y;
    let v249 = tmp12[l247];
    let v250 = tmp13[j246];
    let v251 = (v249 - v250);
    let v252 = tmp14[j246];
    let v253 = (v252 + 0.001);
    let v254 = inverseSqrt(v253);
    let v255 = (v251 * v254);
    let v256 = s_hidden_bn_elu4_batch_norm_gamma[j246];
    let v257 = (v255 * v256);
    let v258 = s_hidden_bn_elu4_batch_norm_beta[j246];
    let v259 = (v257 + v258);
    let v260 = select(0.0, 1.0, v259 > 0.0);
    let v261 = select(0.0, v248, v260 != 0.0);
    let v262 = select(v248, 0.0, v260 != 0.0);
    let v263 = min(v259, 0.0);
    let v264 = exp(v263);
    let v265 = (v262 * v264);
    let v266 = select(0.0, 1.0, v259 <= 0.0);
    let v267 = (v265 * v266);
    let v268 = (v261 + v267);
    tmp19[l247] = v268;
  }
  {
    let i269 = i0 + 2u;
    let j270 = j0 + 2u;
    let l271 = i269 * 100u + j270;
    let v272 = acc10.z;
    let v273 = tmp12[l271];
    let v274 = tmp13[j270];
    let v275 = (v273 - v274);
    let v276 = tmp14[j270];
    let v277 = (v276 + 0.001);
    let v278 = inverseSqrt(v277);
    let v279 = (v275 * v278);
    let v280 = s_hidden_bn_elu4_batch_norm_gamma[j270];
    let v281 = (v279 * v280);
    let v282 = s_hidden_bn_elu4_batch_norm_beta[j270];
    let v283 = (v281 + v282);
    let v284 = select(0.0, 1.0, v283 > 0.0);
    let v285 = select(0.0, v272, v284 != 0.0);
    let v286 = select(v272, 0.0, v284 != 0.0);
    let v287 = min(v283, 0.0);
    let v288 = exp(v287);
    let v289 = (v286 * v288);
    let v290 = select(0.0, 1.0, v283 <= 0.0);
    let v291 = (v289 * v290);
    let v292 = (v285 + v291);
    tmp19[l271] = v292;
  }
  {
    let i293 = i0 + 2u;
    let j294 = j0 + 3u;
    let l295 = i293 * 100u + j294;
    let v296 = acc10.w;
    let v297 = tmp12[l295];
    let v298 = tmp13[j294];
    let v299 = (v297 - v298);
    let v300 = tmp14[j294];
    let v301 = (v300 + 0.001);
    let v302 = inverseSqrt(v301);
    let v303 = (v299 * v302);
    let v304 = s_hidden_bn_elu4_batch_norm_gamma[j294];
    let v305 = (v303 * v304);
    let v306 = s_hidden_bn_elu4_batch_norm_beta[j294];
    let v307 = (v305 + v306);
    let v308 = select(0.0, 1.0, v307 > 0.0);
    let v309 = select(0.0, v296, v308 != 0.0);
    let v310 = select(v296, 0.0, v308 != 0.0);
    let v311 = min(v307, 0.0);
    let v312 = exp(v311);
    let v313 = (v310 * v312);
    let v314 = select(0.0, 1.0, v307 <= 0.0);
    let v315 = (v313 * v314);
    let v316 = (v309 + v315);
    tmp19[l295] = v316;
  }
  {
    let i317 = i0 + 3u;
    let l318 = i317 * 100u + j0;
    let v319 = acc11.x;
    let v320 = tmp12[l318];
    let v321 = tmp13[j0];
    let v322 = (v320 - v321);
    let v323 = tmp14[j0];
    let v324 = (v323 + 0.001);
    let v325 = inverseSqrt(v324);
    let v326 = (v322 * v325);
    let v327 = s_hidden_bn_elu4_batch_norm_gamma[j0];
    let v328 = (v326 * v327);
    let v329 = s_hidden_bn_elu4_batch_norm_beta[j0];
    let v330 = (v328 + v329);
    let v331 = select(0.0, 1.0, v330 > 0.0);
    let v332 = select(0.0, v319, v331 != 0.0);
    let v333 = select(v319, 0.0, v331 != 0.0);
    let v334 = min(v330, 0.0);
    let v335 = exp(v334);
    let v336 = (v333 * v335);
    let v337 = select(0.0, 1.0, v330 <= 0.0);
    let v338 = (v336 * v337);
    let v339 = (v332 + v338);
    tmp19[l318] = v339;
  }
  {
    let i340 = i0 + 3u;
    let j341 = j0 + 1u;
    let l342 = i340 * 100u + j341;
    let v343 = acc11.y;
    let v344 = tmp12[l342];
    let v345 = tmp13[j341];
    let v346 = (v344 - v345);
    let v347 = tmp14[j341];
    let v348 = (v347 + 0.001);
    let v349 = inverseSqrt(v348);
    let v350 = (v346 * v349);
    let v351 = s_hidden_bn_elu4_batch_norm_gamma[j341];
    let v352 = (v350 * v351);
    let v353 = s_hidden_bn_elu4_batch_norm_beta[j341];
    let v354 = (v352 + v353);
    let v355 = select(0.0, 1.0, v354 > 0.0);
    let v356 = select(0.0, v343, v355 != 0.0);
    let v357 = select(v343, 0.0, v355 != 0.0);
    let v358 = min(v354, 0.0);
    let v359 = exp(v358);
    let v360 = (v357 * v359);
    let v361 = select(0.0, 1.0, v354 <= 0.0);
    let v362 = (v360 * v361);
    let v363 = (v356 + v362);
    tmp19[l342] = v363;
  }
  {
    let i364 = i0 + 3u;
    let j365 = j0 + 2u;
    let l366 = i364 * 100u + j365;
    let v367 = acc11.z;
    let v368 = tmp12[l366];
    let v369 = tmp13[j365];
    let v370 = (v368 - v369);
    let v371 = tmp14[j365];
    let v372 = (v371 + 0.001);
    let v373 = inverseSqrt(v372);
    let v374 = (v370 * v373);
    let v375 = s_hidden_bn_elu4_batch_norm_gamma[j365];
    let v376 = (v374 * v375);
    let v377 = s_hidden_bn_elu4_batch_norm_beta[j365];
    let v378 = (v376 + v377);
    let v379 = select(0.0, 1.0, v378 > 0.0);
    let v380 = select(0.0, v367, v379 != 0.0);
    let v381 = select(v367, 0.0, v379 != 0.0);
    let v382 = min(v378, 0.0);
    let v383 = exp(v382);
    let v384 = (v381 * v383);
    let v385 = select(0.0, 1.0, v378 <= 0.0);
    let v386 = (v384 * v385);
    let v387 = (v380 + v386);
    tmp19[l366] = v387;
  }
  {
    let i388 = i0 + 3u;
    let j389 = j0 + 3u;
    let l390 = i388 * 100u + j389;
    let v391 = acc11.w;
    let v392 = tmp12[l390];
    let v393 = tmp13[j389];
    let v394 = (v392 - v393);
    let v395 = tmp14[j389];
    let v396 = (v395 + 0.001);
    let v397 = inverseSqrt(v396);
    let v398 = (v394 * v397);
    let v399 = s_hidden_bn_elu4_batch_norm_gamma[j389];
    let v400 = (v398 * v399);
    let v401 = s_hidden_bn_elu4_batch_norm_beta[j389];
    let v402 = (v400 + v401);
    let v403 = select(0.0, 1.0, v402 > 0.0);
    let v404 = select(0.0, v391, v403 != 0.0);
    let v405 = select(v391, 0.0, v403 != 0.0);
    let v406 = min(v402, 0.0);
    let v407 = exp(v406);
    let v408 = (v405 * v407);
    let v409 = select(0.0, 1.0, v402 <= 0.0);
    let v410 = (v408 * v409);
    let v411 = (v404 + v410);
    tmp19[l390] = v411;
  }
}

// ---- 023_matmul_hidden_bn_elu1_dense_kernel_grad.wgsl
@group(0) @binding(0) var<storage, read> in_X_v4: array<vec4<f32>>;
@group(0) @binding(1) var<storage, read> tmp7_v4: array<vec4<f32>>;
@group(0) @binding(2) var<storage, read_write> tmp31: array<f32>;

@compute @workgroup_size(64)
fn main(@builtin(global_invocation_id) gid: vec3<u32>) {
  let t = gid.x;
  if (t >= 2450u) { return; }
  let i0 = (t / 25u) * 8u;
  let j0 = (t % 25u) * 4u;
  let row0 = min(i0 + 0u, 783u);
  let row1 = min(i0 + 1u, 783u);
  let row2 = min(i0 + 2u, 783u);
  let row3 = min(i0 + 3u, 783u);
  let row4 = min(i0 + 4u, 783u);
  let row5 = min(i0 + 5u, 783u);
  let row6 = min(i0 + 6u, 783u);
  let row7 = min(i0 + 7u, 783u);
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
  for (var k: u32 = 0u; k < 5u; k = k + 1u) {
    let kq20 = k * 4u + 0u;
    let bv21 = tmp7_v4[(kq20 * 100u + j0) / 4u];
    let aq22 = in_X_v4[(kq20 * 784u + i0) / 4u + 0u];
    let aq23 = in_X_v4[(kq20 * 784u + i0) / 4u + 1u];
    let kq24 = k * 4u + 1u;
    let bv25 = tmp7_v4[(kq24 * 100u + j0) / 4u];
    let aq26 = in_X_v4[(kq24 * 784u + i0) / 4u + 0u];
    let aq27 = in_X_v4[(kq24 * 784u + i0) / 4u + 1u];
    let kq28 = k * 4u + 2u;
    let bv29 = tmp7_v4[(kq28 * 100u + j0) / 4u];
    let aq30 = in_X_v4[(kq28 * 784u + i0) / 4u + 0u];
    let aq31 = in_X_v4[(kq28 * 784u + i0) / 4u + 1u];
    let kq32 = k * 4u + 3u;
    let bv33 = tmp7_v4[(kq32 * 100u + j0) / 4u];
    let aq34 = in_X_v4[(kq32 * 784u + i0) / 4u + 0u];
    let aq35 = in_X_v4[(kq32 * 784u + i0) / 4u + 1u];
    acc12 = acc12 + aq22.x * bv21;
    acc12 = acc12 + aq26.x * bv25;
    acc12 = acc12 + aq30.x * bv29;
    acc12 = acc12 + aq34.x * bv33;
    acc13 = acc13 + aq22.y * bv21;
    acc13 = acc13 + aq26.y * bv25;
    acc13 = acc13 + aq30.y * bv29;
    acc13 = acc13 + aq34.y * bv33;
    acc14 = acc14 + aq22.z * bv21;
    acc14 = acc14 + aq26.z * bv25;
    acc14 = acc14 + aq30.z * bv29;
    acc14 = acc14 + aq34.z * bv33;
    acc15 = acc15 + aq22.w * bv21;
    acc15 = acc15 + aq26.w * bv25;
    acc15 = acc15 + aq30.w * bv29;
    acc15 = acc15 + aq34.w * bv33;
    acc16 = acc16 + aq23.x * bv21;
    acc16 = acc16 + aq27.x * bv25;
    acc16 = acc16 + aq31.x * bv29;
    acc16 = acc16 + aq35.x * bv33;
    acc17 = acc17 + aq23.y * bv21;
    acc17 = acc17 + aq27.y * bv25;
    acc17 = acc17 + aq31.y * bv29;
    acc17 = acc17 + aq35.y * bv33;
    acc18 = acc18 + aq23.z * bv21;
    acc18 = acc18 + aq27.z * bv25;
    acc18 = acc18 + aq31.z * bv29;
    acc18 = acc18 + aq35.z * bv33;
    acc19 = acc19 + aq23.w * bv21;
    acc19 = acc19 + aq27.w * bv25;
    acc19 = acc19 + aq31.w * bv29;
    acc19 = acc19 + aq35.w * bv33;
  }
  {
    let l36 = i0 * 100u + j0;
    let v37 = acc12.x;
    tmp31[l36] = v37;
  }
  {
    let j38 = j0 + 1u;
    let l39 = i0 * 100u + j38;
    let v40 = acc12.y;
    tmp31[l39] = v40;
  }
  {
    let j41 = j0 + 2u;
    let l42 = i0 * 100u + j41;
    let v43 = acc12.z;
    tmp31[l42] = v43;
  }
  {
    let j44 = j0 + 3u;
    let l45 = i0 * 100u + j44;
    let v46 = acc12.w;
    tmp31[l45] = v46;
  }
  {
    let i47 = i0 + 1u;
    let l48 = i47 * 100u + j0;
    let v49 = acc13.x;
    tmp31[l48] = v49;
  }
  {
    let i50 = i0 + 1u;
    let j51 = j0 + 1u;
    let l52 = i50 * 100u + j51;
    let v53 = acc13.y;
    tmp31[l52] = v53;
  }
  {
    let i54 = i0 + 1u;
    let j55 = j0 + 2u;
    let l56 = i54 * 100u + j55;
    let v57 = acc13.z;
    tmp31[l56] = v57;
  }
  {
    let i58 = i0 + 1u;
    let j59 = j0 + 3u;
    let l60 = i58 * 100u + j59;
    let v61 = acc13.w;
    tmp31[l60] = v61;
  }
  {
    let i62 = i0 + 2u;
    let l63 = i62 * 100u + j0;
    let v64 = acc14.x;
    tmp31[l63] = v64;
  }
  {
    let i65 = i0 + 2u;
    let j66 = j0 + 1u;
    let l67 = i65 * 100u + j66;
    let v68 = acc14.y;
    tmp31[l67] = v68;
  }
  {
    let i69 = i0 + 2u;
    let j70 = j0 + 2u;
    let l71 = i69 * 100u + j70;
    let v72 = acc14.z;
    tmp31[l71] = v72;
  }
  {
    let i73 = i0 + 2u;
    let j74 = j0 + 3u;
    let l75 = i73 * 100u + j74;
    let v76 = acc14.w;
    tmp31[l75] = v76;
  }
  {
    let i77 = i0 + 3u;
    let l78 = i77 * 100u + j0;
    let v79 = acc15.x;
    tmp31[l78] = v79;
  }
  {
    let i80 = i0 + 3u;
    let j81 = j0 + 1u;
    let l82 = i80 * 100u + j81;
    let v83 = acc15.y;
    tmp31[l82] = v83;
  }
  {
    let i84 = i0 + 3u;
    let j85 = j0 + 2u;
    let l86 = i84 * 100u + j85;
    let v87 = acc15.z;
    tmp31[l86] = v87;
  }
  {
    let i88 = i0 + 3u;
    let j89 = j0 + 3u;
    let l90 = i88 * 100u + j89;
    let v91 = acc15.w;
    tmp31[l90] = v91;
  }
  {
    let i92 = i0 + 4u;
    let l93 = i92 * 100u + j0;
    let v94 = acc16.x;
    tmp31[l93] = v94;
  }
  {
    let i95 = i0 + 4u;
    let j96 = j0 + 1u;
    let l97 = i95 * 100u + j96;
    let v98 = acc16.y;
    tmp31[l97] = v98;
  }
  {
    let i99 = i0 + 4u;
    let j100 = j0 + 2u;
    let l101 = i99 * 100u + j100;
    let v102 = acc16.z;
    tmp31[l101] = v102;
  }
  {
    let i103 = i0 + 4u;
    let j104 = j0 + 3u;
    let l105 = i103 * 100u + j104;
    let v106 = acc16.w;
    tmp31[l105] = v106;
  }
  {
    let i107 = i0 + 5u;
    let l108 = i107 * 100u + j0;
    let v109 = acc17.x;
    tmp31[l108] = v109;
  }
  {
    let i110 = i0 + 5u;
    let j111 = j0 + 1u;
    let l112 = i110 * 100u + j111;
    let v113 = acc17.y;
    tmp31[l112] = v113;
  }
  {
    let i114 = i0 + 5u;
    let j115 = j0 + 2u;
    let l116 = i114 * 100u + j115;
    let v117 = acc17.z;
    tmp31[l116] = v117;
  }
  {
    let i118 = i0 + 5u;
    let j119 = j0 + 3u;
    let l120 = i118 * 100u + j119;
    let v121 = acc17.w;
    tmp31[l120] = v121;
  }
  {
    let i122 = i0 + 6u;
    let l123 = i122 * 100u + j0;
    let v124 = acc18.x;
    tmp31[l123] = v124;
  }
  {
    let i125 = i0 + 6u;
    let j126 = j0 + 1u;
    let l127 = i125 * 100u + j126;
    let v128 = acc18.y;
    tmp31[l127] = v128;
  }
  {
    let i129 = i0 + 6u;
    let j130 = j0 + 2u;
    let l131 = i129 * 100u + j130;
    let v132 = acc18.z;
    tmp31[l131] = v132;
  }
  {
    let i133 = i0 + 6u;
    let j134 = j0 + 3u;
    let l135 = i133 * 100u + j134;
    let v136 = acc18.w;
    tmp31[l135] = v136;
  }
  {
    let i137 = i0 + 7u;
    let l138 = i137 * 100u + j0;
    let v139 = acc19.x;
    tmp31[l138] = v139;
  }
  {
    let i140 = i0 + 7u;
    let j141 = j0 + 1u;
    let l142 = i140 * 100u + j141;
    let v143 = acc19.y;
    tmp31[l142] = v143;
  }
  {
    let i144 = i0 + 7u;
    let j145 = j0 + 2u;
    let l146 = i144 * 100u + j145;
    let v147 = acc19.z;
    tmp31[l146] = v147;
  }
  {
    let i148 = i0 + 7u;
    let j149 = j0 + 3u;
    let l150 = i148 * 100u + j149;
    let v151 = acc19.w;
    tmp31[l150] = v151;
  }
}

// ---- 024_add_hidden_bn_elu1_dense_kernel_momentum_x2.wgsl
@group(0) @binding(0) var<storage, read_write> s_hidden_bn_elu1_dense_kernel_momentum_velocity: array<f32>;
@group(0) @binding(1) var<storage, read> tmp31: array<f32>;
@group(0) @binding(2) var<storage, read_write> s_hidden_bn_elu1_dense_kernel: array<f32>;

@compute @workgroup_size(64)
fn main(@builtin(global_invocation_id) gid: vec3<u32>) {
  let i = gid.x;
  if (i >= 78400u) { return; }
  let v0 = s_hidden_bn_elu1_dense_kernel_momentum_velocity[i];
  let c1 = (i / 100u);
  let c2 = (i % 100u);
  let v3 = (v0 * 0.9);
  let v4 = tmp31[i];
  let v5 = (v3 + v4);
  let v6 = s_hidden_bn_elu1_dense_kernel[i];
  let v7 = (v5 * 0.9);
  let v8 = (v4 + v7);
  let v9 = (v8 * 0.01);
  let v10 = (v6 - v9);
  s_hidden_bn_elu1_dense_kernel_momentum_velocity[i] = v5;
  s_hidden_bn_elu1_dense_kernel[i] = v10;
}

// ---- 025_add_hidden_bn_elu1_dense_bias_momentum_x4.wgsl
@group(0) @binding(0) var<storage, read_write> s_hidden_bn_elu1_dense_bias_momentum_velocity: array<f32>;
@group(0) @binding(1) var<storage, read> tmp19: array<f32>;
@group(0) @binding(2) var<storage, read_write> s_hidden_bn_elu1_dense_bias: array<f32>;
@group(0) @binding(3) var<storage, read_write> s_hidden_bn_elu1_batch_norm_gamma_moment_3: array<f32>;
@group(0) @binding(4) var<storage, read> tmp9: array<f32>;
@group(0) @binding(5) var<storage, read_write> s_hidden_bn_elu1_batch_norm_gamma: array<f32>;

@compute @workgroup_size(64)
fn main(@builtin(global_invocation_id) gid: vec3<u32>) {
  let i = gid.x;
  if (i >= 100u) { return; }
  let v0 = s_hidden_bn_elu1_dense_bias_momentum_velocity[i];
  let v1 = (v0 * 0.9);
  let v2 = tmp19[i];
  let v3 = (v1 + v2);
  let v4 = s_hidden_bn_elu1_dense_bias[i];
  let v5 = (v3 * 0.9);
  let v6 = (v2 + v5);
  let v7 = (v6 * 0.01);
  let v8 = (v4 - v7);
  let v9 = s_hidden_bn_elu1_batch_norm_gamma_moment_3[i];
  let v10 = (v9 * 0.9);
  let v11 = tmp9[i];
  let v12 = (v10 + v11);
  let v13 = s_hidden_bn_elu1_batch_norm_gamma[i];
  let v14 = (v12 * 0.9);
  let v15 = (v11 + v14);
  let v16 = (v15 * 0.01);
  let v17 = (v13 - v16);
  s_hidden_bn_elu1_dense_bias_momentum_velocity[i] = v3;
  s_hidden_bn_elu1_dense_bias[i] = v8;
  s_hidden_bn_elu1_batch_norm_gamma_moment_3[i] = v12;
  s_hidden_bn_elu1_batch_norm_gamma[i] = v17;
}

// ---- 026_add_hidden_bn_elu2_dense_kernel_momentum_x4.wgsl
@group(0) @binding(0) var<storage, read_write> s_hidden_bn_elu2_dense_kernel_momentum_velocity: array<f32>;
@group(0) @binding(1) var<storage, read> tmp30: array<f32>;
@group(0) @binding(2) var<storage, read_write> s_hidden_bn_elu2_dense_kernel: array<f32>;
@group(0) @binding(3) var<storage, read_write> s_hidden_bn_elu3_dense_kernel_momentum_velocity: array<f32>;
@group(0) @binding(4) var<storage, read> tmp29: array<f32>;
@group(0) @binding(5) var<storage, read_write> s_hidden_bn_elu3_dense_kernel: array<f32>;

@compute @workgroup_size(64)
fn main(@builtin(global_invocation_id) gid: vec3<u32>) {
  let i = gid.x;
  if (i >= 10000u) { return; }
  let v0 = s_hidden_bn_elu2_dense_kernel_momentum_velocity[i];
  let c1 = (i / 100u);
  let c2 = (i % 100u);
  let v3 = (v0 * 0.9);
  let v4 = tmp30[i];
  let v5 = (v3 + v4);
  let v6 = s_hidden_bn_elu2_dense_kernel[i];
  let v7 = (v5 * 0.9);
  let v8 = (v4 + v7);
  let v9 = (v8 * 0.01);
  let v10 = (v6 - v9);
  let v11 = s_hidden_bn_elu3_dense_kernel_momentum_velocity[i];
  let v12 = (v11 * 0.9);
  let v13 = tmp29[i];
  let v14 = (v12 + v13);
  let v15 = s_hidden_bn_elu3_dense_kernel[i];
  let v16 = (v14 * 0.9);
  let v17 = (v13 + v16);
  let v18 = (v17 * 0.01);
  let v19 = (v15 - v18);
  s_hidden_bn_elu2_dense_kernel_momentum_velocity[i] = v5;
  s_hidden_bn_elu2_dense_kernel[i] = v10;
  s_hidden_bn_elu3_dense_kernel_momentum_velocity[i] = v14;
  s_hidden_bn_elu3_dense_kernel[i] = v19;
}

// ---- 027_add_hidden_bn_elu5_batch_norm_beta_momentum_x2.wgsl
@group(0) @binding(0) var<storage, read_write> s_hidden_bn_elu5_batch_norm_beta_momentu_0: array<f32>;
@group(0) @binding(1) var<storage, read> tmp21: array<f32>;
@group(0) @binding(2) var<storage, read_write> s_hidden_bn_elu5_batch_norm_beta: array<f32>;

@compute @workgroup_size(64)
fn main(@builtin(global_invocation_id) gid: vec3<u32>) {
  let i = gid.x;
  if (i >= 100u) { return; }
  let v0 = s_hidden_bn_elu5_batch_norm_beta_momentu_0[i];
  let v1 = (v0 * 0.9);
  let v2 = tmp21[i];
  let v3 = (v1 + v2);
  let v4 = s_hidden_bn_elu5_batch_norm_beta[i];
  let v5 = (v3 * 0.9);
  let v6 = (v2 + v5);
  let v7 = (v6 * 0.01);
  let v8 = (v4 - v7);
  s_hidden_bn_elu5_batch_norm_beta_momentu_0[i] = v3;
  s_hidden_bn_elu5_batch_norm_beta[i] = v8;
}

// ---- 028_add_logits_dense_kernel_momentum_x2.wgsl
@group(0) @binding(0) var<storage, read_write> s_logits_dense_kernel_momentum_velocity: array<f32>;
@group(0) @binding(1) var<storage, read> tmp22: array<f32>;
@group(0) @binding(2) var<storage, read_write> s_logits_dense_kernel: array<f32>;

@compute @workgroup_size(64)
fn main(@builtin(global_invocation_id) gid: vec3<u32>) {
  let i = gid.x;
  if (i >= 500u) { return; }
  let v0 = s_logits_dense_kernel_momentum_velocity[i];
  let c1 = (i / 5u);
  let c2 = (i % 5u);
  let v3 = (v0 * 0.9);
  let v4 = tmp22[i];
  let v5 = (v3 + v4);
  let v6 = s_logits_dense_kernel[i];
  let v7 = (v5 * 0.9);
  let v8 = (v4 + v7);
  let v9 = (v8 * 0.01);
  let v10 = (v6 - v9);
  s_logits_dense_kernel_momentum_velocity[i] = v5;
  s_logits_dense_kernel[i] = v10;
}

// ---- 029_add_logits_dense_bias_momentum_x2.wgsl
@group(0) @binding(0) var<storage, read_write> s_logits_dense_bias_momentum_velocity: array<f32>;
@group(0) @binding(1) var<storage, read> tmp20: array<f32>;
@group(0) @binding(2) var<storage, read_write> s_logits_dense_bias: array<f32>;

@compute @workgroup_size(64)
fn main(@builtin(global_invocation_id) gid: vec3<u32>) {
  let i = gid.x;
  if (i >= 5u) { return; }
  let v0 = s_logits_dense_bias_momentum_velocity[i];
  let v1 = (v0 * 0.9);
  let v2 = tmp20[i];
  let v3 = (v1 + v2);
  let v4 = s_logits_dense_bias[i];
  let v5 = (v3 * 0.9);
  let v6 = (v2 + v5);
  let v7 = (v6 * 0.01);
  let v8 = (v4 - v7);
  s_logits_dense_bias_momentum_velocity[i] = v3;
  s_logits_dense_bias[i] = v8;
}

// ---- 030_add_metrics_x5.wgsl
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

// ---- 031_const_x2.wgsl
@group(0) @binding(0) var<storage, read_write> s_counter_eval_batch: array<u32>;
@group(0) @binding(1) var<storage, read_write> s_acc_eval_loss: array<f32>;

@compute @workgroup_size(64)
fn main(@builtin(global_invocation_id) gid: vec3<u32>) {
  let i = gid.x;
  if (i >= 1u) { return; }
  s_counter_eval_batch[i] = 0u;
  s_acc_eval_loss[i] = 0.0;
}

// ---- 032_feed_eval_X.wgsl
@group(0) @binding(0) var<storage, read> data: array<u32>;
@group(0) @binding(1) var<storage, read> info: array<u32>;
@group(0) @binding(2) var<storage, read> eval_batch: array<u32>;
@group(0) @binding(3) var<storage, read_write> out: array<f32>;
@group(0) @binding(4) var<storage, read_write> weight: array<f32>;

@compute @workgroup_size(64)
fn main(@builtin(global_invocation_id) gid: vec3<u32>) {
  let i = gid.x;
  if (i >= 980u) { return; }
  let count = info[0];
  let features = info[2];
  let row = i / 49u;
  let f = (i % 49u) * 16u;
  let o = row * 784u + f;
  let base = eval_batch[0] * 20u;
  let rem = min(count - min(base, count), 20u);
  let ex = base + row % max(rem, 1u);
  if (i == 0u) {
    weight[0] = f32(rem) / 20.0;
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

// ---- 033_feed_eval_y.wgsl
@group(0) @binding(0) var<storage, read> data: array<u32>;
@group(0) @binding(1) var<storage, read> info: array<u32>;
@group(0) @binding(2) var<storage, read> eval_batch: array<u32>;
@group(0) @binding(3) var<storage, read_write> out: array<i32>;

@compute @workgroup_size(64)
fn main(@builtin(global_invocation_id) gid: vec3<u32>) {
  let i = gid.x;
  if (i >= 20u) { return; }
  let count = info[0];
  let features = info[2];
  let row = i / 1u;
  let f = (i % 1u) * 1u;
  let o = row * 1u + f;
  let base = eval_batch[0] * 20u;
  let rem = min(count - min(base, count), 20u);
  let ex = base + row % max(rem, 1u);
  let e = min(ex, count - 1u) * features + f;
  out[o + 0u] = bitcast<i32>(data[e + 0u]);
}

// ---- 034_matmul_hidden_bn_elu1.wgsl
@group(0) @binding(0) var<storage, read> in_X_v4: array<vec4<f32>>;
@group(0) @binding(1) var<storage, read> s_hidden_bn_elu1_dense_kernel_v4: array<vec4<f32>>;
@group(0) @binding(2) var<storage, read_write> tmp11: array<f32>;
@group(0) @binding(3) var<storage, read> s_hidden_bn_elu1_dense_bias: array<f32>;
@group(0) @binding(4) var<storage, read> s_hidden_bn_elu1_batch_norm_moving_mean: array<f32>;
@group(0) @binding(5) var<storage, read> s_hidden_bn_elu1_batch_norm_moving_variance: array<f32>;
@group(0) @binding(6) var<storage, read> s_hidden_bn_elu1_batch_norm_gamma: array<f32>;
@group(0) @binding(7) var<storage, read> s_hidden_bn_elu1_batch_norm_beta: array<f32>;

@compute @workgroup_size(64)
fn main(@builtin(global_invocation_id) gid: vec3<u32>) {
  let t = gid.x;
  if (t >= 125u) { return; }
  let i0 = (t / 25u) * 4u;
  let j0 = (t % 25u) * 4u;
  let row0 = min(i0 + 0u, 19u);
  let row1 = min(i0 + 1u, 19u);
  let row2 = min(i0 + 2u, 19u);
  let row3 = min(i0 + 3u, 19u);
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
    let bv21 = s_hidden_bn_elu1_dense_kernel_v4[(kq20 * 100u + j0) / 4u];
    let kq22 = k * 4u + 1u;
    let bv23 = s_hidden_bn_elu1_dense_kernel_v4[(kq22 * 100u + j0) / 4u];
    let kq24 = k * 4u + 2u;
    let bv25 = s_hidden_bn_elu1_dense_kernel_v4[(kq24 * 100u + j0) / 4u];
    let kq26 = k * 4u + 3u;
    let bv27 = s_hidden_bn_elu1_dense_kernel_v4[(kq26 * 100u + j0) / 4u];
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
    let v30 = s_hidden_bn_elu1_dense_bias[j0];
    let v31 = (v29 + v30);
    let v32 = s_hidden_bn_elu1_batch_norm_moving_mean[j0];
    let v33 = (v31 - v32);
    let v34 = s_hidden_bn_elu1_batch_norm_moving_variance[j0];
    let v35 = (v34 + 0.001);
    let v36 = inverseSqrt(v35);
    let v37 = (v33 * v36);
    let v38 = s_hidden_bn_elu1_batch_norm_gamma[j0];
    let v39 = (v37 * v38);
    let v40 = s_hidden_bn_elu1_batch_norm_beta[j0];
    let v41 = (v39 + v40);
    let v42 = min(v41, 0.0);
    let v43 = exp(v42);
    let v44 = (v43 - 1.0);
    let v45 = select(0.0, 1.0, v41 > 0.0);
    let v46 = select(v44, v41, v45 != 0.0);
    tmp11[l28] = v46;
  }
  {
    let j47 = j0 + 1u;
    let l48 = i0 * 100u + j47;
    let v49 = acc8.y;
    let v50 = s_hidden_bn_elu1_dense_bias[j47];
    let v51 = (v49 + v50);
    let v52 = s_hidden_bn_elu1_batch_norm_moving_mean[j47];
    let v53 = (v51 - v52);
    let v54 = s_hidden_bn_elu1_batch_norm_moving_variance[j47];
    let v55 = (v54 + 0.001);
    let v56 = inverseSqrt(v55);
    let v57 = (v53 * v56);
    let v58 = s_hidden_bn_elu1_batch_norm_gamma[j47];
    let v59 = (v57 * v58);
    let v60 = s_hidden_bn_elu1_batch_norm_beta[j47];
    let v61 = (v59 + v60);
    let v62 = min(v61, 0.0);
    let v63 = exp(v62);
    let v64 = (v63 - 1.0);
    let v65 = select(0.0, 1.0, v61 > 0.0);
    let v66 = select(v64, v61, v65 != 0.0);
    tmp11[l48] = v66;
  }
  {
    let j67 = j0 + 2u;
    let l68 = i0 * 100u + j67;
    let v69 = acc8.z;
    let v70 = s_hidden_bn_elu1_dense_bias[j67];
    let v71 = (v69 + v70);
    let v72 = s_hidden_bn_elu1_batch_norm_moving_mean[j67];
    let v73 = (v71 - v72);
    let v74 = s_hidden_bn_elu1_batch_norm_moving_variance[j67];
    let v75 = (v74 + 0.001);
    let v76 = inverseSqrt(v75);
    let v77 = (v73 * v76);
    let v78 = s_hidden_bn_elu1_batch_norm_gamma[j67];
    let v79 = (v77 * v78);
    let v80 = s_hidden_bn_elu1_batch_norm_beta[j67];
    let v81 = (v79 + v80);
    let v82 = min(v81, 0.0);
    let v83 = exp(v82);
    let v84 = (v83 - 1.0);
    let v85 = select(0.0, 1.0, v81 > 0.0);
    let v86 = select(v84, v81, v85 != 0.0);
    tmp11[l68] = v86;
  }
  {
    let j87 = j0 + 3u;
    let l88 = i0 * 100u + j87;
    let v89 = acc8.w;
    let v90 = s_hidden_bn_elu1_dense_bias[j87];
    let v91 = (v89 + v90);
    let v92 = s_hidden_bn_elu1_batch_norm_moving_mean[j87];
    let v93 = (v91 - v92);
    let v94 = s_hidden_bn_elu1_batch_norm_moving_variance[j87];
    let v95 = (v94 + 0.001);
    let v96 = inverseSqrt(v95);
    let v97 = (v93 * v96);
    let v98 = s_hidden_bn_elu1_batch_norm_gamma[j87];
    let v99 = (v97 * v98);
    let v100 = s_hidden_bn_elu1_batch_norm_beta[j87];
    let v101 = (v99 + v100);
    let v102 = min(v101, 0.0);
    let v103 = exp(v102);
    let v104 = (v103 - 1.0);
    let v105 = select(0.0, 1.0, v101 > 0.0);
    let v106 = select(v104, v101, v105 != 0.0);
    tmp11[l88] = v106;
  }
  {
    let i107 = i0 + 1u;
    let l108 = i107 * 100u + j0;
    let v109 = acc9.x;
    let v110 = s_hidden_bn_elu1_dense_bias[j0];
    let v111 = (v109 + v110);
    let v112 = s_hidden_bn_elu1_batch_norm_moving_mean[j0];
    let v113 = (v111 - v112);
    let v114 = s_hidden_bn_elu1_batch_norm_moving_variance[j0];
    let v115 = (v114 + 0.001);
    let v116 = inverseSqrt(v115);
    let v117 = (v113 * v116);
    let v118 = s_hidden_bn_elu1_batch_norm_gamma[j0];
    let v119 = (v117 * v118);
    let v120 = s_hidden_bn_elu1_batch_norm_beta[j0];
    let v121 = (v119 + v120);
    let v122 = min(v121, 0.0);
    let v123 = exp(v122);
    let v124 = (v123 - 1.0);
    let v125 = select(0.0, 1.0, v121 > 0.0);
    let v126 = select(v124, v121, v125 != 0.0);
    tmp11[l108] = v126;
  }
  {
    let i127 = i0 + 1u;
    let j128 = j0 + 1u;
    let l129 = i127 * 100u + j128;
    let v130 = acc9.y;
    let v131 = s_hidden_bn_elu1_dense_bias[j128];
    let v132 = (v130 + v131);
    let v133 = s_hidden_bn_elu1_batch_norm_moving_mean[j128];
    let v134 = (v132 - v133);
    let v135 = s_hidden_bn_elu1_batch_norm_moving_variance[j128];
    let v136 = (v135 + 0.001);
    let v137 = inverseSqrt(v136);
    let v138 = (v134 * v137);
    let v139 = s_hidden_bn_elu1_batch_norm_gamma[j128];
    let v140 = (v138 * v139);
    let v141 = s_hidden_bn_elu1_batch_norm_beta[j128];
    let v142 = (v140 + v141);
    let v143 = min(v142, 0.0);
    let v144 = exp(v143);
    let v145 = (v144 - 1.0);
    let v146 = select(0.0, 1.0, v142 > 0.0);
    let v147 = select(v145, v142, v146 != 0.0);
    tmp11[l129] = v147;
  }
  {
    let i148 = i0 + 1u;
    let j149 = j0 + 2u;
    let l150 = i148 * 100u + j149;
    let v151 = acc9.z;
    let v152 = s_hidden_bn_elu1_dense_bias[j149];
    let v153 = (v151 + v152);
    let v154 = s_hidden_bn_elu1_batch_norm_moving_mean[j149];
    let v155 = (v153 - v154);
    let v156 = s_hidden_bn_elu1_batch_norm_moving_variance[j149];
    let v157 = (v156 + 0.001);
    let v158 = inverseSqrt(v157);
    let v159 = (v155 * v158);
    let v160 = s_hidden_bn_elu1_batch_norm_gamma[j149];
    let v161 = (v159 * v160);
    let v162 = s_hidden_bn_elu1_batch_norm_beta[j149];
    let v163 = (v161 + v162);
    let v164 = min(v163, 0.0);
    let v165 = exp(v164);
    let v166 = (v165 - 1.0);
    let v167 = select(0.0, 1.0, v163 > 0.0);
    let v168 = select(v166, v163, v167 != 0.0);
    tmp11[l150] = v168;
  }
  {
    let i169 = i0 + 1u;
    let j170 = j0 + 3u;
    let l171 = i169 * 100u + j170;
    let v172 = acc9.w;
    let v173 = s_hidden_bn_elu1_dense_bias[j170];
    let v174 = (v172 + v173);
    let v175 = s_hidden_bn_elu1_batch_norm_moving_mean[j170];
    let v176 = (v174 - v175);
    let v177 = s_hidden_bn_elu1_batch_norm_moving_variance[j170];
    let v178 = (v177 + 0.001);
    let v179 = inverseSqrt(v178);
    let v180 = (v176 * v179);
    let v181 = s_hidden_bn_elu1_batch_norm_gamma[j170];
    let v182 = (v180 * v181);
    let v183 = s_hidden_bn_elu1_batch_norm_beta[j170];
    let v184 = (v182 + v183);
    let v185 = min(v184, 0.0);
    let v186 = exp(v185);
    let v187 = (v186 - 1.0);
    let v188 = select(0.0, 1.0, v184 > 0.0);
    let v189 = select(v187, v184, v188 != 0.0);
    tmp11[l171] = v189;
  }
  {
    let i190 = i0 + 2u;
    let l191 = i190 * 100u + j0;
    let v192 = acc10.x;
    let v193 = s_hidden_bn_elu1_dense_bias[j0];
    let v194 = (v192 + v193);
    let v195 = s_hidden_bn_elu1_batch_norm_moving_mean[j0];
    let v196 = (v194 - v195);
    let v197 = s_hidden_bn_elu1_batch_norm_moving_variance[j0];
    let v198 = (v197 + 0.001);
    let v199 = inverseSqrt(v198);
    let v200 = (v196 * v199);
    let v201 = s_hidden_bn_elu1_batch_norm_gamma[j0];
    let v202 = (v200 * v201);
    let v203 = s_hidden_bn_elu1_batch_norm_beta[j0];
    let v204 = (v202 + v203);
    let v205 = min(v204, 0.0);
    let v206 = exp(v205);
    let v207 = (v206 - 1.0);
    let v208 = select(0.0, 1.0, v204 > 0.0);
    let v209 = select(v207, v204, v208 != 0.0);
    tmp11[l191] = v209;
  }
  {
    let i210 = i0 + 2u;
    let j211 = j0 + 1u;
    let l212 = i210 * 100u + j211;
    let v213 = acc10.y;
    let v214 = s_hidden_bn_elu1_dense_bias[j211];
    let v215 = (v213 + v214);
    let v216 = s_hidden_bn_elu1_batch_norm_moving_mean[j211];
    let v217 = (v215 - v216);
    let v218 = s_hidden_bn_elu1_batch_norm_moving_variance[j211];
    let v219 = (v218 + 0.001);
    let v220 = inverseSqrt(v219);
    let v221 = (v217 * v220);
    let v222 = s_hidden_bn_elu1_batch_norm_gamma[j211];
    let v223 = (v221 * v222);
    let v224 = s_hidden_bn_elu1_batch_norm_beta[j211];
    let v225 = (v223 + v224);
    let v226 = min(v225, 0.0);
    let v227 = exp(v226);
    let v228 = (v227 - 1.0);
    let v229 = select(0.0, 1.0, v225 > 0.0);
    let v230 = select(v228, v225, v229 != 0.0);
    tmp11[l212] = v230;
  }
  {
    let i231 = i0 + 2u;
    let j232 = j0 + 2u;
    let l233 = i231 * 100u + j232;
    let v234 = acc10.z;
    let v235 = s_hidden_bn_elu1_dense_bias[j232];
    let v236 = (v234 + v235);
    let v237 = s_hidden_bn_elu1_batch_norm_moving_mean[j232];
    let v238 = (v236 - v237);
    let v239 = s_hidden_bn_elu1_batch_norm_moving_variance[j232];
    let v240 = (v239 + 0.001);
    let v241 = inverseSqrt(v240);
    let v242 = (v238 * v241);
    let v243 = s_hidden_bn_elu1_batch_norm_gamma[j232];
    let v244 = (v242 * v243);
    let v245 = s_hidden_bn_elu1_batch_norm_beta[j232];
    let v246 = (v244 + v245);
    let v247 = min(v246, 0.0);
    let v248 = exp(v247);
    let v249 = (v248 - 1.0);
    let v250 = select(0.0, 1.0, v246 > 0.0);
    let v251 = select(v249, v246, v250 != 0.0);
    tmp11[l233] = v251;
  }
  {
    let i252 = i0 + 2u;
    let j253 = j0 + 3u;
    let l254 = i252 * 100u + j253;
    let v255 = acc10.w;
    let v256 = s_hidden_bn_elu1_dense_bias[j253];
    let v257 = (v255 + v256);
    let v258 = s_hidden_bn_elu1_batch_norm_moving_mean[j253];
    let v259 = (v257 - v258);
    let v260 = s_hidden_bn_elu1_batch_norm_moving_variance[j253];
    let v261 = (v260 + 0.001);
    let v262 = inverseSqrt(v261);
    let v263 = (v259 * v262);
    let v264 = s_hidden_bn_elu1_batch_norm_gamma[j253];
    let v265 = (v263 * v264);
    let v266 = s_hidden_bn_elu1_batch_norm_beta[j253];
    let v267 = (v265 + v266);
    let v268 = min(v267, 0.0);
    let v269 = exp(v268);
    let v270 = (v269 - 1.0);
    let v271 = select(0.0, 1.0, v267 > 0.0);
    let v272 = select(v270, v267, v271 != 0.0);
    tmp11[l254] = v272;
  }
  {
    let i273 = i0 + 3u;
    let l274 = i273 * 100u + j0;
    let v275 = acc11.x;
    let v276 = s_hidden_bn_elu1_dense_bias[j0];
    let v277 = (v275 + v276);
    let v278 = s_hidden_bn_elu1_batch_norm_moving_mean[j0];
    let v279 = (v277 - v278);
    let v280 = s_hidden_bn_elu1_batch_norm_moving_variance[j0];
    let v281 = (v280 + 0.001);
    let v282 = inverseSqrt(v281);
    let v283 = (v279 * v282);
    let v284 = s_hidden_bn_elu1_batch_norm_gamma[j0];
    let v285 = (v283 * v284);
    let v286 = s_hidden_bn_elu1_batch_norm_beta[j0];
    let v287 = (v285 + v286);
    let v288 = min(v287, 0.0);
    let v289 = exp(v288);
    let v290 = (v289 - 1.0);
    let v291 = select(0.0, 1.0, v287 > 0.0);
    let v292 = select(v290, v287, v291 != 0.0);
    tmp11[l274] = v292;
  }
  {
    let i293 = i0 + 3u;
    let j294 = j0 + 1u;
    let l295 = i293 * 100u + j294;
    let v296 = acc11.y;
    let v297 = s_hidden_bn_elu1_dense_bias[j294];
    let v298 = (v296 + v297);
    let v299 = s_hidden_bn_elu1_batch_norm_moving_mean[j294];
    let v300 = (v298 - v299);
    let v301 = s_hidden_bn_elu1_batch_norm_moving_variance[j294];
    let v302 = (v301 + 0.001);
    let v303 = inverseSqrt(v302);
    let v304 = (v300 * v303);
    let v305 = s_hidden_bn_elu1_batch_norm_gamma[j294];
    let v306 = (v304 * v305);
    let v307 = s_hidden_bn_elu1_batch_norm_beta[j294];
    let v308 = (v306 + v307);
    let v309 = min(v308, 0.0);
    let v310 = exp(v309);
    let v311 = (v310 - 1.0);
    let v312 = select(0.0, 1.0, v308 > 0.0);
    let v313 = select(v311, v308, v312 != 0.0);
    tmp11[l295] = v313;
  }
  {
    let i314 = i0 + 3u;
    let j315 = j0 + 2u;
    let l316 = i314 * 100u + j315;
    let v317 = acc11.z;
    let v318 = s_hidden_bn_elu1_dense_bias[j315];
    let v319 = (v317 + v318);
    let v320 = s_hidden_bn_elu1_batch_norm_moving_mean[j315];
    let v321 = (v319 - v320);
    let v322 = s_hidden_bn_elu1_batch_norm_moving_variance[j315];
    let v323 = (v322 + 0.001);
    let v324 = inverseSqrt(v323);
    let v325 = (v321 * v324);
    let v326 = s_hidden_bn_elu1_batch_norm_gamma[j315];
    let v327 = (v325 * v326);
    let v328 = s_hidden_bn_elu1_batch_norm_beta[j315];
    let v329 = (v327 + v328);
    let v330 = min(v329, 0.0);
    let v331 = exp(v330);
    let v332 = (v331 - 1.0);
    let v333 = select(0.0, 1.0, v329 > 0.0);
    let v334 = select(v332, v329, v333 != 0.0);
    tmp11[l316] = v334;
  }
  {
    let i335 = i0 + 3u;
    let j336 = j0 + 3u;
    let l337 = i335 * 100u + j336;
    let v338 = acc11.w;
    let v339 = s_hidden_bn_elu1_dense_bias[j336];
    let v340 = (v338 + v339);
    let v341 = s_hidden_bn_elu1_batch_norm_moving_mean[j336];
    let v342 = (v340 - v341);
    let v343 = s_hidden_bn_elu1_batch_norm_moving_variance[j336];
    let v344 = (v343 + 0.001);
    let v345 = inverseSqrt(v344);
    let v346 = (v342 * v345);
    let v347 = s_hidden_bn_elu1_batch_norm_gamma[j336];
    let v348 = (v346 * v347);
    let v349 = s_hidden_bn_elu1_batch_norm_beta[j336];
    let v350 = (v348 + v349);
    let v351 = min(v350, 0.0);
    let v352 = exp(v351);
    let v353 = (v352 - 1.0);
    let v354 = select(0.0, 1.0, v350 > 0.0);
    let v355 = select(v353, v350, v354 != 0.0);
    tmp11[l337] = v355;
  }
}

// ---- 035_matmul_hidden_bn_elu2.wgsl
@group(0) @binding(0) var<storage, read> tmp11_v4: array<vec4<f32>>;
@group(0) @binding(1) var<storage, read> s_hidden_bn_elu2_dense_kernel_v4: array<vec4<f32>>;
@group(0) @binding(2) var<storage, read_write> tmp4: array<f32>;
@group(0) @binding(3) var<storage, read> s_hidden_bn_elu2_dense_bias: array<f32>;
@group(0) @binding(4) var<storage, read> s_hidden_bn_elu2_batch_norm_moving_mean: array<f32>;
@group(0) @binding(5) var<storage, read> s_hidden_bn_elu2_batch_norm_moving_variance: array<f32>;
@group(0) @binding(6) var<storage, read> s_hidden_bn_elu2_batch_norm_gamma: array<f32>;
@group(0) @binding(7) var<storage, read> s_hidden_bn_elu2_batch_norm_beta: array<f32>;

@compute @workgroup_size(64)
fn main(@builtin(global_invocation_id) gid: vec3<u32>) {
  let t = gid.x;
  if (t >= 125u) { return; }
  let i0 = (t / 25u) * 4u;
  let j0 = (t % 25u) * 4u;
  let row0 = min(i0 + 0u, 19u);
  let row1 = min(i0 + 1u, 19u);
  let row2 = min(i0 + 2u, 19u);
  let row3 = min(i0 + 3u, 19u);
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
    let av16 = tmp11_v4[ra12 + k];
    let av17 = tmp11_v4[ra13 + k];
    let av18 = tmp11_v4[ra14 + k];
    let av19 = tmp11_v4[ra15 + k];
    let kq20 = k * 4u + 0u;
    let bv21 = s_hidden_bn_elu2_dense_kernel_v4[(kq20 * 100u + j0) / 4u];
    let kq22 = k * 4u + 1u;
    let bv23 = s_hidden_bn_elu2_dense_kernel_v4[(kq22 * 100u + j0) / 4u];
    let kq24 = k * 4u + 2u;
    let bv25 = s_hidden_bn_elu2_dense_kernel_v4[(kq24 * 100u + j0) / 4u];
    let kq26 = k * 4u + 3u;
    let bv27 = s_hidden_bn_elu2_dense_kernel_v4[(kq26 * 100u + j0) / 4u];
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
    let v30 = s_hidden_bn_elu2_dense_bias[j0];
    let v31 = (v29 + v30);
    let v32 = s_hidden_bn_elu2_batch_norm_moving_mean[j0];
    let v33 = (v31 - v32);
    let v34 = s_hidden_bn_elu2_batch_norm_moving_variance[j0];
    let v35 = (v34 + 0.001);
    let v36 = inverseSqrt(v35);
    let v37 = (v33 * v36);
    let v38 = s_hidden_bn_elu2_batch_norm_gamma[j0];
    let v39 = (v37 * v38);
    let v40 = s_hidden_bn_elu2_batch_norm_beta[j0];
    let v41 = (v39 + v40);
    let v42 = min(v41, 0.0);
    let v43 = exp(v42);
    let v44 = (v43 - 1.0);
    let v45 = select(0.0, 1.0, v41 > 0.0);
    let v46 = select(v44, v41, v45 != 0.0);
    tmp4[l28] = v46;
  }
  {
    let j47 = j0 + 1u;
    let l48 = i0 * 100u + j47;
    let v49 = acc8.y;
    let v50 = s_hidden_bn_elu2_dense_bias[j47];
    let v51 = (v49 + v50);
    let v52 = s_hidden_bn_elu2_batch_norm_moving_mean[j47];
    let v53 = (v51 - v52);
    let v54 = s_hidden_bn_elu2_batch_norm_moving_variance[j47];
    let v55 = (v54 + 0.001);
    let v56 = inverseSqrt(v55);
    let v57 = (v53 * v56);
    let v58 = s_hidden_bn_elu2_batch_norm_gamma[j47];
    let v59 = (v57 * v58);
    let v60 = s_hidden_bn_elu2_batch_norm_beta[j47];
    let v61 = (v59 + v60);
    let v62 = min(v61, 0.0);
    let v63 = exp(v62);
    let v64 = (v63 - 1.0);
    let v65 = select(0.0, 1.0, v61 > 0.0);
    let v66 = select(v64, v61, v65 != 0.0);
    tmp4[l48] = v66;
  }
  {
    let j67 = j0 + 2u;
    let l68 = i0 * 100u + j67;
    let v69 = acc8.z;
    let v70 = s_hidden_bn_elu2_dense_bias[j67];
    let v71 = (v69 + v70);
    let v72 = s_hidden_bn_elu2_batch_norm_moving_mean[j67];
    let v73 = (v71 - v72);
    let v74 = s_hidden_bn_elu2_batch_norm_moving_variance[j67];
    let v75 = (v74 + 0.001);
    let v76 = inverseSqrt(v75);
    let v77 = (v73 * v76);
    let v78 = s_hidden_bn_elu2_batch_norm_gamma[j67];
    let v79 = (v77 * v78);
    let v80 = s_hidden_bn_elu2_batch_norm_beta[j67];
    let v81 = (v79 + v80);
    let v82 = min(v81, 0.0);
    let v83 = exp(v82);
    let v84 = (v83 - 1.0);
    let v85 = select(0.0, 1.0, v81 > 0.0);
    let v86 = select(v84, v81, v85 != 0.0);
    tmp4[l68] = v86;
  }
  {
    let j87 = j0 + 3u;
    let l88 = i0 * 100u + j87;
    let v89 = acc8.w;
    let v90 = s_hidden_bn_elu2_dense_bias[j87];
    let v91 = (v89 + v90);
    let v92 = s_hidden_bn_elu2_batch_norm_moving_mean[j87];
    let v93 = (v91 - v92);
    let v94 = s_hidden_bn_elu2_batch_norm_moving_variance[j87];
    let v95 = (v94 + 0.001);
    let v96 = inverseSqrt(v95);
    let v97 = (v93 * v96);
    let v98 = s_hidden_bn_elu2_batch_norm_gamma[j87];
    let v99 = (v97 * v98);
    let v100 = s_hidden_bn_elu2_batch_norm_beta[j87];
    let v101 = (v99 + v100);
    let v102 = min(v101, 0.0);
    let v103 = exp(v102);
    let v104 = (v103 - 1.0);
    let v105 = select(0.0, 1.0, v101 > 0.0);
    let v106 = select(v104, v101, v105 != 0.0);
    tmp4[l88] = v106;
  }
  {
    let i107 = i0 + 1u;
    let l108 = i107 * 100u + j0;
    let v109 = acc9.x;
    let v110 = s_hidden_bn_elu2_dense_bias[j0];
    let v111 = (v109 + v110);
    let v112 = s_hidden_bn_elu2_batch_norm_moving_mean[j0];
    let v113 = (v111 - v112);
    let v114 = s_hidden_bn_elu2_batch_norm_moving_variance[j0];
    let v115 = (v114 + 0.001);
    let v116 = inverseSqrt(v115);
    let v117 = (v113 * v116);
    let v118 = s_hidden_bn_elu2_batch_norm_gamma[j0];
    let v119 = (v117 * v118);
    let v120 = s_hidden_bn_elu2_batch_norm_beta[j0];
    let v121 = (v119 + v120);
    let v122 = min(v121, 0.0);
    let v123 = exp(v122);
    let v124 = (v123 - 1.0);
    let v125 = select(0.0, 1.0, v121 > 0.0);
    let v126 = select(v124, v121, v125 != 0.0);
    tmp4[l108] = v126;
  }
  {
    let i127 = i0 + 1u;
    let j128 = j0 + 1u;
    let l129 = i127 * 100u + j128;
    let v130 = acc9.y;
    let v131 = s_hidden_bn_elu2_dense_bias[j128];
    let v132 = (v130 + v131);
    let v133 = s_hidden_bn_elu2_batch_norm_moving_mean[j128];
    let v134 = (v132 - v133);
    let v135 = s_hidden_bn_elu2_batch_norm_moving_variance[j128];
    let v136 = (v135 + 0.001);
    let v137 = inverseSqrt(v136);
    let v138 = (v134 * v137);
    let v139 = s_hidden_bn_elu2_batch_norm_gamma[j128];
    let v140 = (v138 * v139);
    let v141 = s_hidden_bn_elu2_batch_norm_beta[j128];
    let v142 = (v140 + v141);
    let v143 = min(v142, 0.0);
    let v144 = exp(v143);
    let v145 = (v144 - 1.0);
    let v146 = select(0.0, 1.0, v142 > 0.0);
    let v147 = select(v145, v142, v146 != 0.0);
    tmp4[l129] = v147;
  }
  {
    let i148 = i0 + 1u;
    let j149 = j0 + 2u;
    let l150 = i148 * 100u + j149;
    let v151 = acc9.z;
    let v152 = s_hidden_bn_elu2_dense_bias[j149];
    let v153 = (v151 + v152);
    let v154 = s_hidden_bn_elu2_batch_norm_moving_mean[j149];
    let v155 = (v153 - v154);
    let v156 = s_hidden_bn_elu2_batch_norm_moving_variance[j149];
    let v157 = (v156 + 0.001);
    let v158 = inverseSqrt(v157);
    let v159 = (v155 * v158);
    let v160 = s_hidden_bn_elu2_batch_norm_gamma[j149];
    let v161 = (v159 * v160);
    let v162 = s_hidden_bn_elu2_batch_norm_beta[j149];
    let v163 = (v161 + v162);
    let v164 = min(v163, 0.0);
    let v165 = exp(v164);
    let v166 = (v165 - 1.0);
    let v167 = select(0.0, 1.0, v163 > 0.0);
    let v168 = select(v166, v163, v167 != 0.0);
    tmp4[l150] = v168;
  }
  {
    let i169 = i0 + 1u;
    let j170 = j0 + 3u;
    let l171 = i169 * 100u + j170;
    let v172 = acc9.w;
    let v173 = s_hidden_bn_elu2_dense_bias[j170];
    let v174 = (v172 + v173);
    let v175 = s_hidden_bn_elu2_batch_norm_moving_mean[j170];
    let v176 = (v174 - v175);
    let v177 = s_hidden_bn_elu2_batch_norm_moving_variance[j170];
    let v178 = (v177 + 0.001);
    let v179 = inverseSqrt(v178);
    let v180 = (v176 * v179);
    let v181 = s_hidden_bn_elu2_batch_norm_gamma[j170];
    let v182 = (v180 * v181);
    let v183 = s_hidden_bn_elu2_batch_norm_beta[j170];
    let v184 = (v182 + v183);
    let v185 = min(v184, 0.0);
    let v186 = exp(v185);
    let v187 = (v186 - 1.0);
    let v188 = select(0.0, 1.0, v184 > 0.0);
    let v189 = select(v187, v184, v188 != 0.0);
    tmp4[l171] = v189;
  }
  {
    let i190 = i0 + 2u;
    let l191 = i190 * 100u + j0;
    let v192 = acc10.x;
    let v193 = s_hidden_bn_elu2_dense_bias[j0];
    let v194 = (v192 + v193);
    let v195 = s_hidden_bn_elu2_batch_norm_moving_mean[j0];
    let v196 = (v194 - v195);
    let v197 = s_hidden_bn_elu2_batch_norm_moving_variance[j0];
    let v198 = (v197 + 0.001);
    let v199 = inverseSqrt(v198);
    let v200 = (v196 * v199);
    let v201 = s_hidden_bn_elu2_batch_norm_gamma[j0];
    let v202 = (v200 * v201);
    let v203 = s_hidden_bn_elu2_batch_norm_beta[j0];
    let v204 = (v202 + v203);
    let v205 = min(v204, 0.0);
    let v206 = exp(v205);
    let v207 = (v206 - 1.0);
    let v208 = select(0.0, 1.0, v204 > 0.0);
    let v209 = select(v207, v204, v208 != 0.0);
    tmp4[l191] = v209;
  }
  {
    let i210 = i0 + 2u;
    let j211 = j0 + 1u;
    let l212 = i210 * 100u + j211;
    let v213 = acc10.y;
    let v214 = s_hidden_bn_elu2_dense_bias[j211];
    let v215 = (v213 + v214);
    let v216 = s_hidden_bn_elu2_batch_norm_moving_mean[j211];
    let v217 = (v215 - v216);
    let v218 = s_hidden_bn_elu2_batch_norm_moving_variance[j211];
    let v219 = (v218 + 0.001);
    let v220 = inverseSqrt(v219);
    let v221 = (v217 * v220);
    let v222 = s_hidden_bn_elu2_batch_norm_gamma[j211];
    let v223 = (v221 * v222);
    let v224 = s_hidden_bn_elu2_batch_norm_beta[j211];
    let v225 = (v223 + v224);
    let v226 = min(v225, 0.0);
    let v227 = exp(v226);
    let v228 = (v227 - 1.0);
    let v229 = select(0.0, 1.0, v225 > 0.0);
    let v230 = select(v228, v225, v229 != 0.0);
    tmp4[l212] = v230;
  }
  {
    let i231 = i0 + 2u;
    let j232 = j0 + 2u;
    let l233 = i231 * 100u + j232;
    let v234 = acc10.z;
    let v235 = s_hidden_bn_elu2_dense_bias[j232];
    let v236 = (v234 + v235);
    let v237 = s_hidden_bn_elu2_batch_norm_moving_mean[j232];
    let v238 = (v236 - v237);
    let v239 = s_hidden_bn_elu2_batch_norm_moving_variance[j232];
    let v240 = (v239 + 0.001);
    let v241 = inverseSqrt(v240);
    let v242 = (v238 * v241);
    let v243 = s_hidden_bn_elu2_batch_norm_gamma[j232];
    let v244 = (v242 * v243);
    let v245 = s_hidden_bn_elu2_batch_norm_beta[j232];
    let v246 = (v244 + v245);
    let v247 = min(v246, 0.0);
    let v248 = exp(v247);
    let v249 = (v248 - 1.0);
    let v250 = select(0.0, 1.0, v246 > 0.0);
    let v251 = select(v249, v246, v250 != 0.0);
    tmp4[l233] = v251;
  }
  {
    let i252 = i0 + 2u;
    let j253 = j0 + 3u;
    let l254 = i252 * 100u + j253;
    let v255 = acc10.w;
    let v256 = s_hidden_bn_elu2_dense_bias[j253];
    let v257 = (v255 + v256);
    let v258 = s_hidden_bn_elu2_batch_norm_moving_mean[j253];
    let v259 = (v257 - v258);
    let v260 = s_hidden_bn_elu2_batch_norm_moving_variance[j253];
    let v261 = (v260 + 0.001);
    let v262 = inverseSqrt(v261);
    let v263 = (v259 * v262);
    let v264 = s_hidden_bn_elu2_batch_norm_gamma[j253];
    let v265 = (v263 * v264);
    let v266 = s_hidden_bn_elu2_batch_norm_beta[j253];
    let v267 = (v265 + v266);
    let v268 = min(v267, 0.0);
    let v269 = exp(v268);
    let v270 = (v269 - 1.0);
    let v271 = select(0.0, 1.0, v267 > 0.0);
    let v272 = select(v270, v267, v271 != 0.0);
    tmp4[l254] = v272;
  }
  {
    let i273 = i0 + 3u;
    let l274 = i273 * 100u + j0;
    let v275 = acc11.x;
    let v276 = s_hidden_bn_elu2_dense_bias[j0];
    let v277 = (v275 + v276);
    let v278 = s_hidden_bn_elu2_batch_norm_moving_mean[j0];
    let v279 = (v277 - v278);
    let v280 = s_hidden_bn_elu2_batch_norm_moving_variance[j0];
    let v281 = (v280 + 0.001);
    let v282 = inverseSqrt(v281);
    let v283 = (v279 * v282);
    let v284 = s_hidden_bn_elu2_batch_norm_gamma[j0];
    let v285 = (v283 * v284);
    let v286 = s_hidden_bn_elu2_batch_norm_beta[j0];
    let v287 = (v285 + v286);
    let v288 = min(v287, 0.0);
    let v289 = exp(v288);
    let v290 = (v289 - 1.0);
    let v291 = select(0.0, 1.0, v287 > 0.0);
    let v292 = select(v290, v287, v291 != 0.0);
    tmp4[l274] = v292;
  }
  {
    let i293 = i0 + 3u;
    let j294 = j0 + 1u;
    let l295 = i293 * 100u + j294;
    let v296 = acc11.y;
    let v297 = s_hidden_bn_elu2_dense_bias[j294];
    let v298 = (v296 + v297);
    let v299 = s_hidden_bn_elu2_batch_norm_moving_mean[j294];
    let v300 = (v298 - v299);
    let v301 = s_hidden_bn_elu2_batch_norm_moving_variance[j294];
    let v302 = (v301 + 0.001);
    let v303 = inverseSqrt(v302);
    let v304 = (v300 * v303);
    let v305 = s_hidden_bn_elu2_batch_norm_gamma[j294];
    let v306 = (v304 * v305);
    let v307 = s_hidden_bn_elu2_batch_norm_beta[j294];
    let v308 = (v306 + v307);
    let v309 = min(v308, 0.0);
    let v310 = exp(v309);
    let v311 = (v310 - 1.0);
    let v312 = select(0.0, 1.0, v308 > 0.0);
    let v313 = select(v311, v308, v312 != 0.0);
    tmp4[l295] = v313;
  }
  {
    let i314 = i0 + 3u;
    let j315 = j0 + 2u;
    let l316 = i314 * 100u + j315;
    let v317 = acc11.z;
    let v318 = s_hidden_bn_elu2_dense_bias[j315];
    let v319 = (v317 + v318);
    let v320 = s_hidden_bn_elu2_batch_norm_moving_mean[j315];
    let v321 = (v319 - v320);
    let v322 = s_hidden_bn_elu2_batch_norm_moving_variance[j315];
    let v323 = (v322 + 0.001);
    let v324 = inverseSqrt(v323);
    let v325 = (v321 * v324);
    let v326 = s_hidden_bn_elu2_batch_norm_gamma[j315];
    let v327 = (v325 * v326);
    let v328 = s_hidden_bn_elu2_batch_norm_beta[j315];
    let v329 = (v327 + v328);
    let v330 = min(v329, 0.0);
    let v331 = exp(v330);
    let v332 = (v331 - 1.0);
    let v333 = select(0.0, 1.0, v329 > 0.0);
    let v334 = select(v332, v329, v333 != 0.0);
    tmp4[l316] = v334;
  }
  {
    let i335 = i0 + 3u;
    let j336 = j0 + 3u;
    let l337 = i335 * 100u + j336;
    let v338 = acc11.w;
    let v339 = s_hidden_bn_elu2_dense_bias[j336];
    let v340 = (v338 + v339);
    let v341 = s_hidden_bn_elu2_batch_norm_moving_mean[j336];
    let v342 = (v340 - v341);
    let v343 = s_hidden_bn_elu2_batch_norm_moving_variance[j336];
    let v344 = (v343 + 0.001);
    let v345 = inverseSqrt(v344);
    let v346 = (v342 * v345);
    let v347 = s_hidden_bn_elu2_batch_norm_gamma[j336];
    let v348 = (v346 * v347);
    let v349 = s_hidden_bn_elu2_batch_norm_beta[j336];
    let v350 = (v348 + v349);
    let v351 = min(v350, 0.0);
    let v352 = exp(v351);
    let v353 = (v352 - 1.0);
    let v354 = select(0.0, 1.0, v350 > 0.0);
    let v355 = select(v353, v350, v354 != 0.0);
    tmp4[l337] = v355;
  }
}

// ---- 036_reduce_sum_loss_x5.wgsl
@group(0) @binding(0) var<storage, read> tmp2: array<f32>;
@group(0) @binding(1) var<storage, read> in_y: array<i32>;
@group(0) @binding(2) var<storage, read_write> s_acc_eval_loss: array<f32>;
@group(0) @binding(3) var<storage, read> in_weight: array<f32>;
@group(0) @binding(4) var<storage, read_write> s_acc_eval_weight: array<f32>;
@group(0) @binding(5) var<storage, read_write> s_acc_eval_accuracy: array<f32>;
@group(0) @binding(6) var<storage, read_write> out_loss: array<f32>;
@group(0) @binding(7) var<storage, read_write> out_accuracy: array<f32>;

@compute @workgroup_size(64)
fn main(@builtin(global_invocation_id) gid: vec3<u32>) {
  let i = gid.x;
  if (i >= 1u) { return; }
  var acc0: f32 = 0.0;
  var acc1: f32 = 0.0;
  for (var r2: u32 = 0u; r2 < 20u; r2 = r2 + 1u) {
    var acc3: f32 = 0.0;
    var acc4: f32 = -3.4028234663852886e38;
    for (var r5: u32 = 0u; r5 < 5u; r5 = r5 + 1u) {
      let l6 = r2 * 5u + r5;
      let v7 = tmp2[l6];
      acc4 = max(acc4, v7);
    }
    var acc8: f32 = 0.0;
    for (var r9: u32 = 0u; r9 < 5u; r9 = r9 + 1u) {
      let l10 = r2 * 5u + r9;
      let v11 = tmp2[l10];
      let v12 = (v11 - acc4);
      let v13 = exp(v12);
      acc8 = acc8 + v13;
    }
    let v14 = log(acc8);
    for (var r15: u32 = 0u; r15 < 5u; r15 = r15 + 1u) {
      let l16 = r2 * 5u + r15;
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
    for (var r26: u32 = 0u; r26 < 5u; r26 = r26 + 1u) {
      let l27 = r2 * 5u + r26;
      let v28 = tmp2[l27];
      let v29 = in_y[r2];
      let v30 = select(0.0, 1.0, i32(r26) == v29);
      let v31 = (v28 * v30);
      acc25 = acc25 + v31;
    }
    for (var r32: u32 = 0u; r32 < 5u; r32 = r32 + 1u) {
      let l33 = r2 * 5u + r32;
      let v34 = tmp2[l33];
      let v35 = select(0.0, 1.0, v34 > acc25);
      acc24 = acc24 + v35;
    }
    let v36 = select(0.0, 1.0, acc24 < 1.0);
    var acc37: f32 = 0.0;
    for (var r38: u32 = 0u; r38 < 5u; r38 = r38 + 1u) {
      let l39 = r2 * 5u + r38;
      let v40 = tmp2[l39];
      let v41 = select(0.0, 1.0, (bitcast<u32>(v40) & 0x7f800000u) != 0x7f800000u);
      let v42 = (1.0 - v41);
      acc37 = acc37 + v42;
    }
    let v43 = select(0.0, 1.0, acc37 == 0.0);
    let v44 = (v36 * v43);
    acc1 = acc1 + v44;
  }
  let v45 = (acc0 / 20.0);
  let v46 = (acc1 / 20.0);
  let v47 = s_acc_eval_loss[i];
  let v48 = in_weight[i];
  let v49 = (v45 * v48);
  let v50 = (v47 + v49);
  let v51 = s_acc_eval_weight[i];
  let v52 = (v51 + v48);
  let v53 = s_acc_eval_accuracy[i];
  let v54 = (v46 * v48);
  let v55 = (v53 + v54);
  out_loss[i] = v45;
  out_accuracy[i] = v46;
  s_acc_eval_loss[i] = v50;
  s_acc_eval_weight[i] = v52;
  s_acc_eval_accuracy[i] = v55;
}

// ---- 037_add_metrics.wgsl
@group(0) @binding(0) var<storage, read_write> s_counter_eval_batch: array<u32>;

@compute @workgroup_size(64)
fn main(@builtin(global_invocation_id) gid: vec3<u32>) {
  let i = gid.x;
  if (i >= 1u) { return; }
  let v0 = s_counter_eval_batch[i];
  let v1 = (v0 + 1u);
  s_counter_eval_batch[i] = v1;
}

// ---- 038_matmul_logits_dense.wgsl
@group(0) @binding(0) var<storage, read> tmp12: array<f32>;
@group(0) @binding(1) var<storage, read> s_logits_dense_kernel: array<f32>;
@group(0) @binding(2) var<storage, read_write> tmp5: array<f32>;

@compute @workgroup_size(64)
fn main(@builtin(global_invocation_id) gid: vec3<u32>) {
  let t = gid.x;
  if (t >= 10u) { return; }
  let i0 = (t / 2u) * 4u;
  let j0 = (t % 2u) * 4u;
  let row0 = min(i0 + 0u, 19u);
  let row1 = min(i0 + 1u, 19u);
  let row2 = min(i0 + 2u, 19u);
  let row3 = min(i0 + 3u, 19u);
  let col4 = min(j0 + 0u, 4u);
  let col5 = min(j0 + 1u, 4u);
  let col6 = min(j0 + 2u, 4u);
  let col7 = min(j0 + 3u, 4u);
  var acc8: vec4<f32> = vec4<f32>(0.0);
  var acc9: vec4<f32> = vec4<f32>(0.0);
  var acc10: vec4<f32> = vec4<f32>(0.0);
  var acc11: vec4<f32> = vec4<f32>(0.0);
  let ra12 = row0 * 100u;
  let ra13 = row1 * 100u;
  let ra14 = row2 * 100u;
  let ra15 = row3 * 100u;
  for (var k: u32 = 0u; k < 100u; k = k + 1u) {
    let rb16 = k * 5u;
    let bv17 = vec4<f32>(s_logits_dense_kernel[rb16 + col4], s_logits_dense_kernel[rb16 + col5], s_logits_dense_kernel[rb16 + col6], s_logits_dense_kernel[rb16 + col7]);
    acc8 = acc8 + tmp12[ra12 + k] * bv17;
    acc9 = acc9 + tmp12[ra13 + k] * bv17;
    acc10 = acc10 + tmp12[ra14 + k] * bv17;
    acc11 = acc11 + tmp12[ra15 + k] * bv17;
  }
  {
    let l18 = i0 * 5u + j0;
    let v19 = acc8.x;
    tmp5[l18] = v19;
  }
  if (j0 + 1u < 5u) {
    let j20 = j0 + 1u;
    let l21 = i0 * 5u + j20;
    let v22 = acc8.y;
    tmp5[l21] = v22;
  }
  if (j0 + 2u < 5u) {
    let j23 = j0 + 2u;
    let l24 = i0 * 5u + j23;
    let v25 = acc8.z;
    tmp5[l24] = v25;
  }
  if (j0 + 3u < 5u) {
    let j26 = j0 + 3u;
    let l27 = i0 * 5u + j26;
    let v28 = acc8.w;
    tmp5[l27] = v28;
  }
  {
    let i29 = i0 + 1u;
    let l30 = i29 * 5u + j0;
    let v31 = acc9.x;
    tmp5[l30] = v31;
  }
  if (j0 + 1u < 5u) {
    let i32 = i0 + 1u;
    let j33 = j0 + 1u;
    let l34 = i32 * 5u + j33;
    let v35 = acc9.y;
    tmp5[l34] = v35;
  }
  if (j0 + 2u < 5u) {
    let i36 = i0 + 1u;
    let j37 = j0 + 2u;
    let l38 = i36 * 5u + j37;
    let v39 = acc9.z;
    tmp5[l38] = v39;
  }
  if (j0 + 3u < 5u) {
    let i40 = i0 + 1u;
    let j41 = j0 + 3u;
    let l42 = i40 * 5u + j41;
    let v43 = acc9.w;
    tmp5[l42] = v43;
  }
  {
    let i44 = i0 + 2u;
    let l45 = i44 * 5u + j0;
    let v46 = acc10.x;
    tmp5[l45] = v46;
  }
  if (j0 + 1u < 5u) {
    let i47 = i0 + 2u;
    let j48 = j0 + 1u;
    let l49 = i47 * 5u + j48;
    let v50 = acc10.y;
    tmp5[l49] = v50;
  }
  if (j0 + 2u < 5u) {
    let i51 = i0 + 2u;
    let j52 = j0 + 2u;
    let l53 = i51 * 5u + j52;
    let v54 = acc10.z;
    tmp5[l53] = v54;
  }
  if (j0 + 3u < 5u) {
    let i55 = i0 + 2u;
    let j56 = j0 + 3u;
    let l57 = i55 * 5u + j56;
    let v58 = acc10.w;
    tmp5[l57] = v58;
  }
  {
    let i59 = i0 + 3u;
    let l60 = i59 * 5u + j0;
    let v61 = acc11.x;
    tmp5[l60] = v61;
  }
  if (j0 + 1u < 5u) {
    let i62 = i0 + 3u;
    let j63 = j0 + 1u;
    let l64 = i62 * 5u + j63;
    let v65 = acc11.y;
    tmp5[l64] = v65;
  }
  if (j0 + 2u < 5u) {
    let i66 = i0 + 3u;
    let j67 = j0 + 2u;
    let l68 = i66 * 5u + j67;
    let v69 = acc11.z;
    tmp5[l68] = v69;
  }
  if (j0 + 3u < 5u) {
    let i70 = i0 + 3u;
    let j71 = j0 + 3u;
    let l72 = i70 * 5u + j71;
    let v73 = acc11.w;
    tmp5[l72] = v73;
  }
}

// ---- 039_div_probabilities.wgsl
@group(0) @binding(0) var<storage, read> tmp5: array<f32>;
@group(0) @binding(1) var<storage, read> s_logits_dense_bias: array<f32>;
@group(0) @binding(2) var<storage, read_write> out_probabilities: array<f32>;

@compute @workgroup_size(64)
fn main(@builtin(global_invocation_id) gid: vec3<u32>) {
  let i = gid.x;
  if (i >= 100u) { return; }
  let v0 = tmp5[i];
  let c1 = (i / 5u);
  let c2 = (i % 5u);
  let v3 = s_logits_dense_bias[c2];
  let v4 = (v0 + v3);
  var acc5: f32 = -3.4028234663852886e38;
  for (var r6: u32 = 0u; r6 < 5u; r6 = r6 + 1u) {
    let l7 = c1 * 5u + r6;
    let v8 = tmp5[l7];
    let v9 = s_logits_dense_bias[r6];
    let v10 = (v8 + v9);
    acc5 = max(acc5, v10);
  }
  let v11 = (v4 - acc5);
  let v12 = exp(v11);
  var acc13: f32 = 0.0;
  for (var r14: u32 = 0u; r14 < 5u; r14 = r14 + 1u) {
    let l15 = c1 * 5u + r14;
    let v16 = tmp5[l15];
    let v17 = s_logits_dense_bias[r14];
    let v18 = (v16 + v17);
    let v19 = (v18 - acc5);
    let v20 = exp(v19);
    acc13 = acc13 + v20;
  }
  let v21 = (v12 / acc13);
  out_probabilities[i] = v21;
}

// ---- 040_select_early_stopping_x3.wgsl
@group(0) @binding(0) var<storage, read_write> s_early_stopping_wait: array<f32>;
@group(0) @binding(1) var<storage, read> s_acc_eval_accuracy: array<f32>;
@group(0) @binding(2) var<storage, read> s_acc_eval_weight: array<f32>;
@group(0) @binding(3) var<storage, read> s_early_stopping_best: array<f32>;
@group(0) @binding(4) var<storage, read_write> tmp1: array<f32>;
@group(0) @binding(5) var<storage, read_write> s_early_stopping_stop: array<f32>;

@compute @workgroup_size(64)
fn main(@builtin(global_invocation_id) gid: vec3<u32>) {
  let i = gid.x;
  if (i >= 1u) { return; }
  let v0 = s_early_stopping_wait[i];
  let v1 = (v0 + 1.0);
  let v2 = s_acc_eval_accuracy[i];
  let v3 = s_acc_eval_weight[i];
  let v4 = (v2 / v3);
  let v5 = s_early_stopping_best[i];
  let v6 = select(0.0, 1.0, v4 > v5);
  let v7 = select(v1, 0.0, v6 != 0.0);
  let v8 = select(v5, v4, v6 != 0.0);
  let v9 = select(0.0, 1.0, v7 >= 5.0);
  s_early_stopping_wait[i] = v7;
  tmp1[i] = v8;
  s_early_stopping_stop[i] = v9;
}

// ---- 041_select_early_stopping.wgsl
@group(0) @binding(0) var<storage, read_write> s_best_hidden_bn_elu1_dense_kernel: array<f32>;
@group(0) @binding(1) var<storage, read> s_hidden_bn_elu1_dense_kernel: array<f32>;
@group(0) @binding(2) var<storage, read> s_acc_eval_accuracy: array<f32>;
@group(0) @binding(3) var<storage, read> s_acc_eval_weight: array<f32>;
@group(0) @binding(4) var<storage, read> s_early_stopping_best: array<f32>;

@compute @workgroup_size(64)
fn main(@builtin(global_invocation_id) gid: vec3<u32>) {
  let i = gid.x;
  if (i >= 78400u) { return; }
  let v0 = s_best_hidden_bn_elu1_dense_kernel[i];
  let v1 = s_hidden_bn_elu1_dense_kernel[i];
  let c2 = (i / 100u);
  let c3 = (i % 100u);
  let v4 = s_acc_eval_accuracy[0u];
  let v5 = s_acc_eval_weight[0u];
  let v6 = (v4 / v5);
  let v7 = s_early_stopping_best[0u];
  let v8 = select(0.0, 1.0, v6 > v7);
  let v9 = select(v0, v1, v8 != 0.0);
  s_best_hidden_bn_elu1_dense_kernel[i] = v9;
}

// ---- 042_select_early_stopping_x2.wgsl
@group(0) @binding(0) var<storage, read_write> s_best_hidden_bn_elu1_dense_bias: array<f32>;
@group(0) @binding(1) var<storage, read> s_hidden_bn_elu1_dense_bias: array<f32>;
@group(0) @binding(2) var<storage, read> s_acc_eval_accuracy: array<f32>;
@group(0) @binding(3) var<storage, read> s_acc_eval_weight: array<f32>;
@group(0) @binding(4) var<storage, read> s_early_stopping_best: array<f32>;
@group(0) @binding(5) var<storage, read_write> s_best_hidden_bn_elu1_batch_norm_moving_mean: array<f32>;
@group(0) @binding(6) var<storage, read> s_hidden_bn_elu1_batch_norm_moving_mean: array<f32>;

@compute @workgroup_size(64)
fn main(@builtin(global_invocation_id) gid: vec3<u32>) {
  let i = gid.x;
  if (i >= 100u) { return; }
  let v0 = s_best_hidden_bn_elu1_dense_bias[i];
  let v1 = s_hidden_bn_elu1_dense_bias[i];
  let v2 = s_acc_eval_accuracy[0u];
  let v3 = s_acc_eval_weight[0u];
  let v4 = (v2 / v3);
  let v5 = s_early_stopping_best[0u];
  let v6 = select(0.0, 1.0, v4 > v5);
  let v7 = select(v0, v1, v6 != 0.0);
  let v8 = s_best_hidden_bn_elu1_batch_norm_moving_mean[i];
  let v9 = s_hidden_bn_elu1_batch_norm_moving_mean[i];
  let v10 = select(v8, v9, v6 != 0.0);
  s_best_hidden_bn_elu1_dense_bias[i] = v7;
  s_best_hidden_bn_elu1_batch_norm_moving_mean[i] = v10;
}

// ---- 043_select_early_stopping_x2.wgsl
@group(0) @binding(0) var<storage, read_write> s_best_hidden_bn_elu2_dense_kernel: array<f32>;
@group(0) @binding(1) var<storage, read> s_hidden_bn_elu2_dense_kernel: array<f32>;
@group(0) @binding(2) var<storage, read> s_acc_eval_accuracy: array<f32>;
@group(0) @binding(3) var<storage, read> s_acc_eval_weight: array<f32>;
@group(0) @binding(4) var<storage, read> s_early_stopping_best: array<f32>;
@group(0) @binding(5) var<storage, read_write> s_best_hidden_bn_elu3_dense_kernel: array<f32>;
@group(0) @binding(6) var<storage, read> s_hidden_bn_elu3_dense_kernel: array<f32>;

@compute @workgroup_size(64)
fn main(@builtin(global_invocation_id) gid: vec3<u32>) {
  let i = gid.x;
  if (i >= 10000u) { return; }
  let v0 = s_best_hidden_bn_elu2_dense_kernel[i];
  let v1 = s_hidden_bn_elu2_dense_kernel[i];
  let c2 = (i / 100u);
  let c3 = (i % 100u);
  let v4 = s_acc_eval_accuracy[0u];
  let v5 = s_acc_eval_weight[0u];
  let v6 = (v4 / v5);
  let v7 = s_early_stopping_best[0u];
  let v8 = select(0.0, 1.0, v6 > v7);
  let v9 = select(v0, v1, v8 != 0.0);
  let v10 = s_best_hidden_bn_elu3_dense_kernel[i];
  let v11 = s_hidden_bn_elu3_dense_kernel[i];
  let v12 = select(v10, v11, v8 != 0.0);
  s_best_hidden_bn_elu2_dense_kernel[i] = v9;
  s_best_hidden_bn_elu3_dense_kernel[i] = v12;
}

// ---- 044_select_early_stopping.wgsl
@group(0) @binding(0) var<storage, read_write> s_best_hidden_bn_elu5_batch_norm_beta: array<f32>;
@group(0) @binding(1) var<storage, read> s_hidden_bn_elu5_batch_norm_beta: array<f32>;
@group(0) @binding(2) var<storage, read> s_acc_eval_accuracy: array<f32>;
@group(0) @binding(3) var<storage, read> s_acc_eval_weight: array<f32>;
@group(0) @binding(4) var<storage, read> s_early_stopping_best: array<f32>;

@compute @workgroup_size(64)
fn main(@builtin(global_invocation_id) gid: vec3<u32>) {
  let i = gid.x;
  if (i >= 100u) { return; }
  let v0 = s_best_hidden_bn_elu5_batch_norm_beta[i];
  let v1 = s_hidden_bn_elu5_batch_norm_beta[i];
  let v2 = s_acc_eval_accuracy[0u];
  let v3 = s_acc_eval_weight[0u];
  let v4 = (v2 / v3);
  let v5 = s_early_stopping_best[0u];
  let v6 = select(0.0, 1.0, v4 > v5);
  let v7 = select(v0, v1, v6 != 0.0);
  s_best_hidden_bn_elu5_batch_norm_beta[i] = v7;
}

// ---- 045_select_early_stopping.wgsl
@group(0) @binding(0) var<storage, read_write> s_best_logits_dense_kernel: array<f32>;
@group(0) @binding(1) var<storage, read> s_logits_dense_kernel: array<f32>;
@group(0) @binding(2) var<storage, read> s_acc_eval_accuracy: array<f32>;
@group(0) @binding(3) var<storage, read> s_acc_eval_weight: array<f32>;
@group(0) @binding(4) var<storage, read> s_early_stopping_best: array<f32>;

@compute @workgroup_size(64)
fn main(@builtin(global_invocation_id) gid: vec3<u32>) {
  let i = gid.x;
  if (i >= 500u) { return; }
  let v0 = s_best_logits_dense_kernel[i];
  let v1 = s_logits_dense_kernel[i];
  let c2 = (i / 5u);
  let c3 = (i % 5u);
  let v4 = s_acc_eval_accuracy[0u];
  let v5 = s_acc_eval_weight[0u];
  let v6 = (v4 / v5);
  let v7 = s_early_stopping_best[0u];
  let v8 = select(0.0, 1.0, v6 > v7);
  let v9 = select(v0, v1, v8 != 0.0);
  s_best_logits_dense_kernel[i] = v9;
}

// ---- 046_select_early_stopping.wgsl
@group(0) @binding(0) var<storage, read_write> s_best_logits_dense_bias: array<f32>;
@group(0) @binding(1) var<storage, read> s_logits_dense_bias: array<f32>;
@group(0) @binding(2) var<storage, read> s_acc_eval_accuracy: array<f32>;
@group(0) @binding(3) var<storage, read> s_acc_eval_weight: array<f32>;
@group(0) @binding(4) var<storage, read> s_early_stopping_best: array<f32>;

@compute @workgroup_size(64)
fn main(@builtin(global_invocation_id) gid: vec3<u32>) {
  let i = gid.x;
  if (i >= 5u) { return; }
  let v0 = s_best_logits_dense_bias[i];
  let v1 = s_logits_dense_bias[i];
  let v2 = s_acc_eval_accuracy[0u];
  let v3 = s_acc_eval_weight[0u];
  let v4 = (v2 / v3);
  let v5 = s_early_stopping_best[0u];
  let v6 = select(0.0, 1.0, v4 > v5);
  let v7 = select(v0, v1, v6 != 0.0);
  s_best_logits_dense_bias[i] = v7;
}
