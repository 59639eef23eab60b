// ---- 000_mul_tower_a_he_elu1_dense_kernel_x3.wgsl
@group(0) @binding(0) var<storage, read> s_rng_seed: array<u32>;
@group(0) @binding(1) var<storage, read_write> s_tower_a_he_elu1_dense_kernel: array<f32>;
@group(0) @binding(2) var<storage, read_write> s_tower_b_he_elu1_dense_kernel: array<f32>;
@group(0) @binding(3) var<storage, read_write> s_tower_a_he_elu1_dense_kernel_momentum_velocity: array<f32>;

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
  let k54 = stream_key(3u, 3037009676u, v2);
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
  s_tower_a_he_elu1_dense_kernel[i] = v53;
  s_tower_b_he_elu1_dense_kernel[i] = v104;
  s_tower_a_he_elu1_dense_kernel_momentum_velocity[i] = 0.0;
}

// ---- 001_const_tower_a_he_elu1_dense_bias.wgsl
@group(0) @binding(0) var<storage, read_write> s_tower_a_he_elu1_dense_bias: array<f32>;

@compute @workgroup_size(64)
fn main(@builtin(global_invocation_id) gid: vec3<u32>) {
  let i = gid.x;
  if (i >= 100u) { return; }
  s_tower_a_he_elu1_dense_bias[i] = 0.0;
}

// ---- 002_mul_tower_a_he_elu2_dense_kernel_x7.wgsl
@group(0) @binding(0) var<storage, read> s_rng_seed: array<u32>;
@group(0) @binding(1) var<storage, read_write> s_tower_a_he_elu2_dense_kernel: array<f32>;
@group(0) @binding(2) var<storage, read_write> s_tower_a_he_elu3_dense_kernel: array<f32>;
@group(0) @binding(3) var<storage, read_write> s_tower_a_he_elu4_dense_kernel: array<f32>;
@group(0) @binding(4) var<storage, read_write> s_tower_a_he_elu5_dense_kernel: array<f32>;
@group(0) @binding(5) var<storage, read_write> s_tower_b_he_elu2_dense_kernel: array<f32>;
@group(0) @binding(6) var<storage, read_write> s_tower_b_he_elu3_dense_kernel: array<f32>;
@group(0) @binding(7) var<storage, read_write> s_tower_b_he_elu4_dense_kernel: array<f32>;

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
  let k207 = stream_key(3u, 3244478701u, v2);
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
  let k258 = stream_key(3u, 2298275805u, v2);
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
  let k309 = stream_key(3u, 851679110u, v2);
  let v310 = uniform01(k309, i);
  let v311 = (v310 * 0.9544997361036416);
  let v312 = (v311 + 0.022750131948179195);
  let v313 = (v312 * 2.0);
  let v314 = (v313 - 1.0);
  let v315 = (1.0 - v314);
  let v316 = (1.0 + v314);
  let v317 = (v315 * v316);
  let v318 = log(v317);
  let v319 = (-v318);
  let v320 = sqrt(v319);
  let v321 = (v320 - 3.0);
  let v322 = ((-0.000200214257) * v321);
  let v323 = (v322 + 0.000100950558);
  let v324 = (v323 * v321);
  let v325 = (v324 + 0.00134934322);
  let v326 = (v325 * v321);
  let v327 = (v326 + (-0.00367342844));
  let v328 = (v327 * v321);
  let v329 = (v328 + 0.00573950773);
  let v330 = (v329 * v321);
  let v331 = (v330 + (-0.0076224613));
  let v332 = (v331 * v321);
  let v333 = (v332 + 0.00943887047);
  let v334 = (v333 * v321);
  let v335 = (v334 + 1.00167406);
  let v336 = (v335 * v321);
  let v337 = (v336 + 2.83297682);
  let v338 = (v319 - 2.5);
  let v339 = (2.81022636e-8 * v338);
  let v340 = (v339 + 3.43273939e-7);
  let v341 = (v340 * v338);
  let v342 = (v341 + (-0.0000035233877));
  let v343 = (v342 * v338);
  let v344 = (v343 + (-0.00000439150654));
  let v345 = (v344 * v338);
  let v346 = (v345 + 0.00021858087);
  let v347 = (v346 * v338);
  let v348 = (v347 + (-0.00125372503));
  let v349 = (v348 * v338);
  let v350 = (v349 + (-0.00417768164));
  let v351 = (v350 * v338);
  let v352 = (v351 + 0.246640727);
  let v353 = (v352 * v338);
  let v354 = (v353 + 1.50140941);
  let v355 = select(0.0, 1.0, v319 < 5.0);
  let v356 = select(v337, v354, v355 != 0.0);
  let v357 = (v356 * v314);
  let v358 = (v357 * 1.4142135623730951);
  let v359 = (v358 * 0.16077447771479306);
  s_tower_a_he_elu2_dense_kernel[i] = v53;
  s_tower_a_he_elu3_dense_kernel[i] = v104;
  s_tower_a_he_elu4_dense_kernel[i] = v155;
  s_tower_a_he_elu5_dense_kernel[i] = v206;
  s_tower_b_he_elu2_dense_kernel[i] = v257;
  s_tower_b_he_elu3_dense_kernel[i] = v308;
  s_tower_b_he_elu4_dense_kernel[i] = v359;
}

// ---- 003_mul_tower_b_he_elu5_dense_kernel_x2.wgsl
@group(0) @binding(0) var<storage, read> s_rng_seed: array<u32>;
@group(0) @binding(1) var<storage, read_write> s_tower_b_he_elu5_dense_kernel: array<f32>;
@group(0) @binding(2) var<storage, read_write> s_tower_a_he_elu2_dense_kernel_momentum_velocity: array<f32>;

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
  let k3 = stream_key(3u, 1016936588u, v2);
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
  s_tower_b_he_elu5_dense_kernel[i] = v53;
  s_tower_a_he_elu2_dense_kernel_momentum_velocity[i] = 0.0;
}

// ---- 004_mul_joined_dense_kernel_x2.wgsl
@group(0) @binding(0) var<storage, read> s_rng_seed: array<u32>;
@group(0) @binding(1) var<storage, read_write> s_joined_dense_kernel: array<f32>;
@group(0) @binding(2) var<storage, read_write> s_joined_dense_kernel_momentum_velocity: array<f32>;

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
  if (i >= 2000u) { return; }
  let c0 = (i / 10u);
  let c1 = (i % 10u);
  let v2 = s_rng_seed[0u];
  let k3 = stream_key(3u, 3858677322u, v2);
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
  let v53 = (v52 * 0.11368472343385565);
  s_joined_dense_kernel[i] = v53;
  s_joined_dense_kernel_momentum_velocity[i] = 0.0;
}

// ---- 005_const_joined_dense_bias.wgsl
@group(0) @binding(0) var<storage, read_write> s_joined_dense_bias: array<f32>;

@compute @workgroup_size(64)
fn main(@builtin(global_invocation_id) gid: vec3<u32>) {
  let i = gid.x;
  if (i >= 10u) { return; }
  s_joined_dense_bias[i] = 0.0;
}

// ---- 006_mul_logits_dense_kernel_x2.wgsl
@group(0) @binding(0) var<storage, read> s_rng_seed: array<u32>;
@group(0) @binding(1) var<storage, read_write> s_logits_dense_kernel: array<f32>;
@group(0) @binding(2) var<storage, read_write> s_logits_dense_kernel_momentum_velocity: array<f32>;

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
  if (i >= 10u) { return; }
  let v0 = s_rng_seed[0u];
  let k1 = stream_key(3u, 3422943445u, v0);
  let v2 = uniform01(k1, i);
  let v3 = (v2 * 0.9544997361036416);
  let v4 = (v3 + 0.022750131948179195);
  let v5 = (v4 * 2.0);
  let v6 = (v5 - 1.0);
  let v7 = (1.0 - v6);
  let v8 = (1.0 + v6);
  let v9 = (v7 * v8);
  let v10 = log(v9);
  let v11 = (-v10);
  let v12 = sqrt(v11);
  let v13 = (v12 - 3.0);
  let v14 = ((-0.000200214257) * v13);
  let v15 = (v14 + 0.000100950558);
  let v16 = (v15 * v13);
  let v17 = (v16 + 0.00134934322);
  let v18 = (v17 * v13);
  let v19 = (v18 + (-0.00367342844));
  let v20 = (v19 * v13);
  let v21 = (v20 + 0.00573950773);
  let v22 = (v21 * v13);
  let v23 = (v22 + (-0.0076224613));
  let v24 = (v23 * v13);
  let v25 = (v24 + 0.00943887047);
  let v26 = (v25 * v13);
  let v27 = (v26 + 1.00167406);
  let v28 = (v27 * v13);
  let v29 = (v28 + 2.83297682);
  let v30 = (v11 - 2.5);
  let v31 = (2.81022636e-8 * v30);
  let v32 = (v31 + 3.43273939e-7);
  let v33 = (v32 * v30);
  let v34 = (v33 + (-0.0000035233877));
  let v35 = (v34 * v30);
  let v36 = (v35 + (-0.00000439150654));
  let v37 = (v36 * v30);
  let v38 = (v37 + 0.00021858087);
  let v39 = (v38 * v30);
  let v40 = (v39 + (-0.00125372503));
  let v41 = (v40 * v30);
  let v42 = (v41 + (-0.00417768164));
  let v43 = (v42 * v30);
  let v44 = (v43 + 0.246640727);
  let v45 = (v44 * v30);
  let v46 = (v45 + 1.50140941);
  let v47 = select(0.0, 1.0, v11 < 5.0);
  let v48 = select(v29, v46, v47 != 0.0);
  let v49 = (v48 * v6);
  let v50 = (v49 * 1.4142135623730951);
  let v51 = (v50 * 0.508413539202729);
  s_logits_dense_kernel[i] = v51;
  s_logits_dense_kernel_momentum_velocity[i] = 0.0;
}

// ---- 007_const_logits_dense_bias.wgsl
@group(0) @binding(0) var<storage, read_write> s_logits_dense_bias: array<f32>;

@compute @workgroup_size(64)
fn main(@builtin(global_invocation_id) gid: vec3<u32>) {
  let i = gid.x;
  if (i >= 1u) { return; }
  s_logits_dense_bias[i] = 0.0;
}

// ---- 008_const_counter_step_x2.wgsl
@group(0) @binding(0) var<storage, read_write> s_counter_step: array<u32>;
@group(0) @binding(1) var<storage, read_write> s_acc_train_loss: array<f32>;

@compute @workgroup_size(64)
fn main(@builtin(global_invocation_id) gid: vec3<u32>) {
  let i = gid.x;
  if (i >= 1u) { return; }
  s_counter_step[i] = 0u;
  s_acc_train_loss[i] = 0.0;
}

// ---- 009_add_x3.wgsl
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

// ---- 010_feed_train_XA.wgsl
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
  if (i >= 4900u) { return; }
  let count = info[0];
  let features = info[2];
  let row = i / 49u;
  let f = (i % 49u) * 16u;
  let o = row * 784u + f;
  let pos = batch[0] * 100u + row;
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

// ---- 011_feed_train_y.wgsl
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
  if (i >= 100u) { return; }
  let count = info[0];
  let features = info[2];
  let row = i / 1u;
  let f = (i % 1u) * 1u;
  let o = row * 1u + f;
  let pos = batch[0] * 100u + row;
  let key = stream_key(seed[0], 1397249350u, epoch[0]);
  let ex = permute(pos % count, count, key);
  let e = min(ex, count - 1u) * features + f;
  out[o + 0u] = bitcast<i32>(data[e + 0u]);
}

// ---- 012_matmul_tower_a_he_elu1_dense.wgsl
@group(0) @binding(0) var<storage, read> in_XA_v4: array<vec4<f32>>;
@group(0) @binding(1) var<storage, read> s_tower_a_he_elu1_dense_kernel_v4: array<vec4<f32>>;
@group(0) @binding(2) var<storage, read_write> tmp0: array<f32>;
@group(0) @binding(3) var<storage, read> s_tower_a_he_elu1_dense_bias: array<f32>;

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
  let ra12 = row0 * 196u;
  let ra13 = row1 * 196u;
  let ra14 = row2 * 196u;
  let ra15 = row3 * 196u;
  for (var k: u32 = 0u; k < 196u; k = k + 1u) {
    let av16 = in_XA_v4[ra12 + k];
    let av17 = in_XA_v4[ra13 + k];
    let av18 = in_XA_v4[ra14 + k];
    let av19 = in_XA_v4[ra15 + k];
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
    tmp0[l28] = v31;
  }
  {
    let j32 = j0 + 1u;
    let l33 = i0 * 100u + j32;
    let v34 = acc8.y;
    let v35 = s_tower_a_he_elu1_dense_bias[j32];
    let v36 = (v34 + v35);
    tmp0[l33] = v36;
  }
  {
    let j37 = j0 + 2u;
    let l38 = i0 * 100u + j37;
    let v39 = acc8.z;
    let v40 = s_tower_a_he_elu1_dense_bias[j37];
    let v41 = (v39 + v40);
    tmp0[l38] = v41;
  }
  {
    let j42 = j0 + 3u;
    let l43 = i0 * 100u + j42;
    let v44 = acc8.w;
    let v45 = s_tower_a_he_elu1_dense_bias[j42];
    let v46 = (v44 + v45);
    tmp0[l43] = v46;
  }
  {
    let i47 = i0 + 1u;
    let l48 = i47 * 100u + j0;
    let v49 = acc9.x;
    let v50 = s_tower_a_he_elu1_dense_bias[j0];
    let v51 = (v49 + v50);
    tmp0[l48] = v51;
  }
  {
    let i52 = i0 + 1u;
    let j53 = j0 + 1u;
    let l54 = i52 * 100u + j53;
    let v55 = acc9.y;
    let v56 = s_tower_a_he_elu1_dense_bias[j53];
    let v57 = (v55 + v56);
    tmp0[l54] = v57;
  }
  {
    let i58 = i0 + 1u;
    let j59 = j0 + 2u;
    let l60 = i58 * 100u + j59;
    let v61 = acc9.z;
    let v62 = s_tower_a_he_elu1_dense_bias[j59];
    let v63 = (v61 + v62);
    tmp0[l60] = v63;
  }
  {
    let i64 = i0 + 1u;
    let j65 = j0 + 3u;
    let l66 = i64 * 100u + j65;
    let v67 = acc9.w;
    let v68 = s_tower_a_he_elu1_dense_bias[j65];
    let v69 = (v67 + v68);
    tmp0[l66] = v69;
  }
  {
    let i70 = i0 + 2u;
    let l71 = i70 * 100u + j0;
    let v72 = acc10.x;
    let v73 = s_tower_a_he_elu1_dense_bias[j0];
    let v74 = (v72 + v73);
    tmp0[l71] = v74;
  }
  {
    let i75 = i0 + 2u;
    let j76 = j0 + 1u;
    let l77 = i75 * 100u + j76;
    let v78 = acc10.y;
    let v79 = s_tower_a_he_elu1_dense_bias[j76];
    let v80 = (v78 + v79);
    tmp0[l77] = v80;
  }
  {
    let i81 = i0 + 2u;
    let j82 = j0 + 2u;
    let l83 = i81 * 100u + j82;
    let v84 = acc10.z;
    let v85 = s_tower_a_he_elu1_dense_bias[j82];
    let v86 = (v84 + v85);
    tmp0[l83] = v86;
  }
  {
    let i87 = i0 + 2u;
    let j88 = j0 + 3u;
    let l89 = i87 * 100u + j88;
    let v90 = acc10.w;
    let v91 = s_tower_a_he_elu1_dense_bias[j88];
    let v92 = (v90 + v91);
    tmp0[l89] = v92;
  }
  {
    let i93 = i0 + 3u;
    let l94 = i93 * 100u + j0;
    let v95 = acc11.x;
    let v96 = s_tower_a_he_elu1_dense_bias[j0];
    let v97 = (v95 + v96);
    tmp0[l94] = v97;
  }
  {
    let i98 = i0 + 3u;
    let j99 = j0 + 1u;
    let l100 = i98 * 100u + j99;
    let v101 = acc11.y;
    let v102 = s_tower_a_he_elu1_dense_bias[j99];
    let v103 = (v101 + v102);
    tmp0[l100] = v103;
  }
  {
    let i104 = i0 + 3u;
    let j105 = j0 + 2u;
    let l106 = i104 * 100u + j105;
    let v107 = acc11.z;
    let v108 = s_tower_a_he_elu1_dense_bias[j105];
    let v109 = (v107 + v108);
    tmp0[l106] = v109;
  }
  {
    let i110 = i0 + 3u;
    let j111 = j0 + 3u;
    let l112 = i110 * 100u + j111;
    let v113 = acc11.w;
    let v114 = s_tower_a_he_elu1_dense_bias[j111];
    let v115 = (v113 + v114);
    tmp0[l112] = v115;
  }
}

// ---- 013_select_tower_a_he_elu1.wgsl
@group(0) @binding(0) var<storage, read> tmp0: array<f32>;
@group(0) @binding(1) var<storage, read_write> tmp1: array<f32>;

@compute @workgroup_size(64)
fn main(@builtin(global_invocation_id) gid: vec3<u32>) {
  let i = gid.x;
  if (i >= 10000u) { return; }
  let v0 = tmp0[i];
  let c1 = (i / 100u);
  let c2 = (i % 100u);
  let v3 = min(v0, 0.0);
  let v4 = exp(v3);
  let v5 = (v4 - 1.0);
  let v6 = select(0.0, 1.0, v0 > 0.0);
  let v7 = select(v5, v0, v6 != 0.0);
  tmp1[i] = v7;
}

// ---- 014_matmul_tower_a_he_elu2_dense.wgsl
@group(0) @binding(0) var<storage, read> tmp1_v4: array<vec4<f32>>;
@group(0) @binding(1) var<storage, read> s_tower_a_he_elu2_dense_kernel_v4: array<vec4<f32>>;
@group(0) @binding(2) var<storage, read_write> tmp2: array<f32>;
@group(0) @binding(3) var<storage, read> s_tower_a_he_elu2_dense_bias: array<f32>;

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
  let ra12 = row0 * 25u;
  let ra13 = row1 * 25u;
  let ra14 = row2 * 25u;
  let ra15 = row3 * 25u;
  for (var k: u32 = 0u; k < 25u; k = k + 1u) {
    let av16 = tmp1_v4[ra12 + k];
    let av17 = tmp1_v4[ra13 + k];
    let av18 = tmp1_v4[ra14 + k];
    let av19 = tmp1_v4[ra15 + k];
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
    tmp2[l28] = v31;
  }
  {
    let j32 = j0 + 1u;
    let l33 = i0 * 100u + j32;
    let v34 = acc8.y;
    let v35 = s_tower_a_he_elu2_dense_bias[j32];
    let v36 = (v34 + v35);
    tmp2[l33] = v36;
  }
  {
    let j37 = j0 + 2u;
    let l38 = i0 * 100u + j37;
    let v39 = acc8.z;
    let v40 = s_tower_a_he_elu2_dense_bias[j37];
    let v41 = (v39 + v40);
    tmp2[l38] = v41;
  }
  {
    let j42 = j0 + 3u;
    let l43 = i0 * 100u + j42;
    let v44 = acc8.w;
    let v45 = s_tower_a_he_elu2_dense_bias[j42];
    let v46 = (v44 + v45);
    tmp2[l43] = v46;
  }
  {
    let i47 = i0 + 1u;
    let l48 = i47 * 100u + j0;
    let v49 = acc9.x;
    let v50 = s_tower_a_he_elu2_dense_bias[j0];
    let v51 = (v49 + v50);
    tmp2[l48] = v51;
  }
  {
    let i52 = i0 + 1u;
    let j53 = j0 + 1u;
    let l54 = i52 * 100u + j53;
    let v55 = acc9.y;
    let v56 = s_tower_a_he_elu2_dense_bias[j53];
    let v57 = (v55 + v56);
    tmp2[l54] = v57;
  }
  {
    let i58 = i0 + 1u;
    let j59 = j0 + 2u;
    let l60 = i58 * 100u + j59;
    let v61 = acc9.z;
    let v62 = s_tower_a_he_elu2_dense_bias[j59];
    let v63 = (v61 + v62);
    tmp2[l60] = v63;
  }
  {
    let i64 = i0 + 1u;
    let j65 = j0 + 3u;
    let l66 = i64 * 100u + j65;
    let v67 = acc9.w;
    let v68 = s_tower_a_he_elu2_dense_bias[j65];
    let v69 = (v67 + v68);
    tmp2[l66] = v69;
  }
  {
    let i70 = i0 + 2u;
    let l71 = i70 * 100u + j0;
    let v72 = acc10.x;
    let v73 = s_tower_a_he_elu2_dense_bias[j0];
    let v74 = (v72 + v73);
    tmp2[l71] = v74;
  }
  {
    let i75 = i0 + 2u;
    let j76 = j0 + 1u;
    let l77 = i75 * 100u + j76;
    let v78 = acc10.y;
    let v79 = s_tower_a_he_elu2_dense_bias[j76];
    let v80 = (v78 + v79);
    tmp2[l77] = v80;
  }
  {
    let i81 = i0 + 2u;
    let j82 = j0 + 2u;
    let l83 = i81 * 100u + j82;
    let v84 = acc10.z;
    let v85 = s_tower_a_he_elu2_dense_bias[j82];
    let v86 = (v84 + v85);
    tmp2[l83] = v86;
  }
  {
    let i87 = i0 + 2u;
    let j88 = j0 + 3u;
    let l89 = i87 * 100u + j88;
    let v90 = acc10.w;
    let v91 = s_tower_a_he_elu2_dense_bias[j88];
    let v92 = (v90 + v91);
    tmp2[l89] = v92;
  }
  {
    let i93 = i0 + 3u;
    let l94 = i93 * 100u + j0;
    let v95 = acc11.x;
    let v96 = s_tower_a_he_elu2_dense_bias[j0];
    let v97 = (v95 + v96);
    tmp2[l94] = v97;
  }
  {
    let i98 = i0 + 3u;
    let j99 = j0 + 1u;
    let l100 = i98 * 100u + j99;
    let v101 = acc11.y;
    let v102 = s_tower_a_he_elu2_dense_bias[j99];
    let v103 = (v101 + v102);
    tmp2[l100] = v103;
  }
  {
    let i104 = i0 + 3u;
    let j105 = j0 + 2u;
    let l106 = i104 * 100u + j105;
    let v107 = acc11.z;
    let v108 = s_tower_a_he_elu2_dense_bias[j105];
    let v109 = (v107 + v108);
    tmp2[l106] = v109;
  }
  {
    let i110 = i0 + 3u;
    let j111 = j0 + 3u;
    let l112 = i110 * 100u + j111;
    let v113 = acc11.w;
    let v114 = s_tower_a_he_elu2_dense_bias[j111];
    let v115 = (v113 + v114);
    tmp2[l112] = v115;
  }
}

// ---- 015_concat_joined.wgsl
@group(0) @binding(0) var<storage, read> tmp8: array<f32>;
@group(0) @binding(1) var<storage, read> tmp17: array<f32>;
@group(0) @binding(2) var<storage, read_write> tmp18: array<f32>;

@compute @workgroup_size(64)
fn main(@builtin(global_invocation_id) gid: vec3<u32>) {
  let i = gid.x;
  if (i >= 20000u) { return; }
  let c0 = (i / 200u);
  let c1 = (i % 200u);
  var cat2: f32 = 0.0;
  if (c1 < 100u) {
    let l3 = c0 * 100u + c1;
    let v4 = tmp8[l3];
    let v5 = min(v4, 0.0);
    let v6 = exp(v5);
    let v7 = (v6 - 1.0);
    let v8 = select(0.0, 1.0, v4 > 0.0);
    let v9 = select(v7, v4, v8 != 0.0);
    cat2 = v9;
  }
  if (c1 >= 100u && c1 < 200u) {
    let l10 = c0 * 100u + (c1 - 100u);
    let v11 = tmp17[l10];
    let v12 = min(v11, 0.0);
    let v13 = exp(v12);
    let v14 = (v13 - 1.0);
    let v15 = select(0.0, 1.0, v11 > 0.0);
    let v16 = select(v14, v11, v15 != 0.0);
    cat2 = v16;
  }
  tmp18[i] = cat2;
}

// ---- 016_matmul_joined_dense.wgsl
@group(0) @binding(0) var<storage, read> tmp18: array<f32>;
@group(0) @binding(1) var<storage, read> s_joined_dense_kernel: array<f32>;
@group(0) @binding(2) var<storage, read_write> tmp19: array<f32>;
@group(0) @binding(3) var<storage, read> s_joined_dense_bias: array<f32>;

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
  let ra12 = row0 * 200u;
  let ra13 = row1 * 200u;
  let ra14 = row2 * 200u;
  let ra15 = row3 * 200u;
  for (var k: u32 = 0u; k < 200u; k = k + 1u) {
    let rb16 = k * 10u;
    let bv17 = vec4<f32>(s_joined_dense_kernel[rb16 + col4], s_joined_dense_kernel[rb16 + col5], s_joined_dense_kernel[rb16 + col6], s_joined_dense_kernel[rb16 + col7]);
    acc8 = acc8 + tmp18[ra12 + k] * bv17;
    acc9 = acc9 + tmp18[ra13 + k] * bv17;
    acc10 = acc10 + tmp18[ra14 + k] * bv17;
    acc11 = acc11 + tmp18[ra15 + k] * bv17;
  }
  {
    let l18 = i0 * 10u + j0;
    let v19 = acc8.x;
    let v20 = s_joined_dense_bias[j0];
    let v21 = (v19 + v20);
    tmp19[l18] = v21;
  }
  if (j0 + 1u < 10u) {
    let j22 = j0 + 1u;
    let l23 = i0 * 10u + j22;
    let v24 = acc8.y;
    let v25 = s_joined_dense_bias[j22];
    let v26 = (v24 + v25);
    tmp19[l23] = v26;
  }
  if (j0 + 2u < 10u) {
    let j27 = j0 + 2u;
    let l28 = i0 * 10u + j27;
    let v29 = acc8.z;
    let v30 = s_joined_dense_bias[j27];
    let v31 = (v29 + v30);
    tmp19[l28] = v31;
  }
  if (j0 + 3u < 10u) {
    let j32 = j0 + 3u;
    let l33 = i0 * 10u + j32;
    let v34 = acc8.w;
    let v35 = s_joined_dense_bias[j32];
    let v36 = (v34 + v35);
    tmp19[l33] = v36;
  }
  {
    let i37 = i0 + 1u;
    let l38 = i37 * 10u + j0;
    let v39 = acc9.x;
    let v40 = s_joined_dense_bias[j0];
    let v41 = (v39 + v40);
    tmp19[l38] = v41;
  }
  if (j0 + 1u < 10u) {
    let i42 = i0 + 1u;
    let j43 = j0 + 1u;
    let l44 = i42 * 10u + j43;
    let v45 = acc9.y;
    let v46 = s_joined_dense_bias[j43];
    let v47 = (v45 + v46);
    tmp19[l44] = v47;
  }
  if (j0 + 2u < 10u) {
    let i48 = i0 + 1u;
    let j49 = j0 + 2u;
    let l50 = i48 * 10u + j49;
    let v51 = acc9.z;
    let v52 = s_joined_dense_bias[j49];
    let v53 = (v51 + v52);
    tmp19[l50] = v53;
  }
  if (j0 + 3u < 10u) {
    let i54 = i0 + 1u;
    let j55 = j0 + 3u;
    let l56 = i54 * 10u + j55;
    let v57 = acc9.w;
    let v58 = s_joined_dense_bias[j55];
    let v59 = (v57 + v58);
    tmp19[l56] = v59;
  }
  {
    let i60 = i0 + 2u;
    let l61 = i60 * 10u + j0;
    let v62 = acc10.x;
    let v63 = s_joined_dense_bias[j0];
    let v64 = (v62 + v63);
    tmp19[l61] = v64;
  }
  if (j0 + 1u < 10u) {
    let i65 = i0 + 2u;
    let j66 = j0 + 1u;
    let l67 = i65 * 10u + j66;
    let v68 = acc10.y;
    let v69 = s_joined_dense_bias[j66];
    let v70 = (v68 + v69);
    tmp19[l67] = v70;
  }
  if (j0 + 2u < 10u) {
    let i71 = i0 + 2u;
    let j72 = j0 + 2u;
    let l73 = i71 * 10u + j72;
    let v74 = acc10.z;
    let v75 = s_joined_dense_bias[j72];
    let v76 = (v74 + v75);
    tmp19[l73] = v76;
  }
  if (j0 + 3u < 10u) {
    let i77 = i0 + 2u;
    let j78 = j0 + 3u;
    let l79 = i77 * 10u + j78;
    let v80 = acc10.w;
    let v81 = s_joined_dense_bias[j78];
    let v82 = (v80 + v81);
    tmp19[l79] = v82;
  }
  {
    let i83 = i0 + 3u;
    let l84 = i83 * 10u + j0;
    let v85 = acc11.x;
    let v86 = s_joined_dense_bias[j0];
    let v87 = (v85 + v86);
    tmp19[l84] = v87;
  }
  if (j0 + 1u < 10u) {
    let i88 = i0 + 3u;
    let j89 = j0 + 1u;
    let l90 = i88 * 10u + j89;
    let v91 = acc11.y;
    let v92 = s_joined_dense_bias[j89];
    let v93 = (v91 + v92);
    tmp19[l90] = v93;
  }
  if (j0 + 2u < 10u) {
    let i94 = i0 + 3u;
    let j95 = j0 + 2u;
    let l96 = i94 * 10u + j95;
    let v97 = acc11.z;
    let v98 = s_joined_dense_bias[j95];
    let v99 = (v97 + v98);
    tmp19[l96] = v99;
  }
  if (j0 + 3u < 10u) {
    let i100 = i0 + 3u;
    let j101 = j0 + 3u;
    let l102 = i100 * 10u + j101;
    let v103 = acc11.w;
    let v104 = s_joined_dense_bias[j101];
    let v105 = (v103 + v104);
    tmp19[l102] = v105;
  }
}

// ---- 017_select_joined.wgsl
@group(0) @binding(0) var<storage, read> tmp19: array<f32>;
@group(0) @binding(1) var<storage, read_write> tmp20: array<f32>;

@compute @workgroup_size(64)
fn main(@builtin(global_invocation_id) gid: vec3<u32>) {
  let i = gid.x;
  if (i >= 1000u) { return; }
  let v0 = tmp19[i];
  let c1 = (i / 10u);
  let c2 = (i % 10u);
  let v3 = min(v0, 0.0);
  let v4 = exp(v3);
  let v5 = (v4 - 1.0);
  let v6 = select(0.0, 1.0, v0 > 0.0);
  let v7 = select(v5, v0, v6 != 0.0);
  tmp20[i] = v7;
}

// ---- 018_matmul_logits_dense.wgsl
@group(0) @binding(0) var<storage, read> tmp20: array<f32>;
@group(0) @binding(1) var<storage, read> s_logits_dense_kernel: array<f32>;
@group(0) @binding(2) var<storage, read_write> tmp21: array<f32>;
@group(0) @binding(3) var<storage, read> s_logits_dense_bias: array<f32>;

@compute @workgroup_size(64)
fn main(@builtin(global_invocation_id) gid: vec3<u32>) {
  let t = gid.x;
  if (t >= 25u) { return; }
  let i0 = (t / 1u) * 4u;
  let j0 = (t % 1u) * 4u;
  let row0 = min(i0 + 0u, 99u);
  let row1 = min(i0 + 1u, 99u);
  let row2 = min(i0 + 2u, 99u);
  let row3 = min(i0 + 3u, 99u);
  let col4 = min(j0 + 0u, 0u);
  let col5 = min(j0 + 1u, 0u);
  let col6 = min(j0 + 2u, 0u);
  let col7 = min(j0 + 3u, 0u);
  var acc8: vec4<f32> = vec4<f32>(0.0);
  var acc9: vec4<f32> = vec4<f32>(0.0);
  var acc10: vec4<f32> = vec4<f32>(0.0);
  var acc11: vec4<f32> = vec4<f32>(0.0);
  let ra12 = row0 * 10u;
  let ra13 = row1 * 10u;
  let ra14 = row2 * 10u;
  let ra15 = row3 * 10u;
  for (var k: u32 = 0u; k < 10u; k = k + 1u) {
    let rb16 = k * 1u;
    let bv17 = vec4<f32>(s_logits_dense_kernel[rb16 + col4], s_logits_dense_kernel[rb16 + col5], s_logits_dense_kernel[rb16 + col6], s_logits_dense_kernel[rb16 + col7]);
    acc8 = acc8 + tmp20[ra12 + k] * bv17;
    acc9 = acc9 + tmp20[ra13 + k] * bv17;
    acc10 = acc10 + tmp20[ra14 + k] * bv17;
    acc11 = acc11 + tmp20[ra15 + k] * bv17;
  }
  {
    let v18 = acc8.x;
    let v19 = s_logits_dense_bias[0u];
    let v20 = (v18 + v19);
    tmp21[i0] = v20;
  }
  if (j0 + 1u < 1u) {
    let j21 = j0 + 1u;
    let v22 = acc8.y;
    let v23 = s_logits_dense_bias[0u];
    let v24 = (v22 + v23);
    tmp21[i0] = v24;
  }
  if (j0 + 2u < 1u) {
    let j25 = j0 + 2u;
    let v26 = acc8.z;
    let v27 = s_logits_dense_bias[0u];
    let v28 = (v26 + v27);
    tmp21[i0] = v28;
  }
  if (j0 + 3u < 1u) {
    let j29 = j0 + 3u;
    let v30 = acc8.w;
    let v31 = s_logits_dense_bias[0u];
    let v32 = (v30 + v31);
    tmp21[i0] = v32;
  }
  {
    let i33 = i0 + 1u;
    let v34 = acc9.x;
    let v35 = s_logits_dense_bias[0u];
    let v36 = (v34 + v35);
    tmp21[i33] = v36;
  }
  if (j0 + 1u < 1u) {
    let i37 = i0 + 1u;
    let j38 = j0 + 1u;
    let v39 = acc9.y;
    let v40 = s_logits_dense_bias[0u];
    let v41 = (v39 + v40);
    tmp21[i37] = v41;
  }
  if (j0 + 2u < 1u) {
    let i42 = i0 + 1u;
    let j43 = j0 + 2u;
    let v44 = acc9.z;
    let v45 = s_logits_dense_bias[0u];
    let v46 = (v44 + v45);
    tmp21[i42] = v46;
  }
  if (j0 + 3u < 1u) {
    let i47 = i0 + 1u;
    let j48 = j0 + 3u;
    let v49 = acc9.w;
    let v50 = s_logits_dense_bias[0u];
    let v51 = (v49 + v50);
    tmp21[i47] = v51;
  }
  {
    let i52 = i0 + 2u;
    let v53 = acc10.x;
    let v54 = s_logits_dense_bias[0u];
    let v55 = (v53 + v54);
    tmp21[i52] = v55;
  }
  if (j0 + 1u < 1u) {
    let i56 = i0 + 2u;
    let j57 = j0 + 1u;
    let v58 = acc10.y;
    let v59 = s_logits_dense_bias[0u];
    let v60 = (v58 + v59);
    tmp21[i56] = v60;
  }
  if (j0 + 2u < 1u) {
    let i61 = i0 + 2u;
    let j62 = j0 + 2u;
    let v63 = acc10.z;
    let v64 = s_logits_dense_bias[0u];
    let v65 = (v63 + v64);
    tmp21[i61] = v65;
  }
  if (j0 + 3u < 1u) {
    let i66 = i0 + 2u;
    let j67 = j0 + 3u;
    let v68 = acc10.w;
    let v69 = s_logits_dense_bias[0u];
    let v70 = (v68 + v69);
    tmp21[i66] = v70;
  }
  {
    let i71 = i0 + 3u;
    let v72 = acc11.x;
    let v73 = s_logits_dense_bias[0u];
    let v74 = (v72 + v73);
    tmp21[i71] = v74;
  }
  if (j0 + 1u < 1u) {
    let i75 = i0 + 3u;
    let j76 = j0 + 1u;
    let v77 = acc11.y;
    let v78 = s_logits_dense_bias[0u];
    let v79 = (v77 + v78);
    tmp21[i75] = v79;
  }
  if (j0 + 2u < 1u) {
    let i80 = i0 + 3u;
    let j81 = j0 + 2u;
    let v82 = acc11.z;
    let v83 = s_logits_dense_bias[0u];
    let v84 = (v82 + v83);
    tmp21[i80] = v84;
  }
  if (j0 + 3u < 1u) {
    let i85 = i0 + 3u;
    let j86 = j0 + 3u;
    let v87 = acc11.w;
    let v88 = s_logits_dense_bias[0u];
    let v89 = (v87 + v88);
    tmp21[i85] = v89;
  }
}

// ---- 019_reduce_sum_loss_x2.wgsl
var<workgroup> wg_f32_0: array<f32, 64>;
var<workgroup> wg_f32_1: array<f32, 64>;
@group(0) @binding(0) var<storage, read> tmp21: array<f32>;
@group(0) @binding(1) var<storage, read> in_y: array<i32>;
@group(0) @binding(2) var<storage, read_write> out_loss: array<f32>;
@group(0) @binding(3) var<storage, read_write> out_accuracy: array<f32>;

@compute @workgroup_size(64)
fn main(@builtin(workgroup_id) wid: vec3<u32>, @builtin(local_invocation_index) lane: u32) {
  let i = wid.x;
  var acc0: f32 = 0.0;
  var acc1: f32 = 0.0;
  for (var r2: u32 = lane; r2 < 100u; r2 = r2 + 64u) {
    let v3 = tmp21[r2];
    let v4 = max(v3, 0.0);
    let v5 = in_y[r2];
    let v6 = f32(v5);
    let v7 = (v3 * v6);
    let v8 = (v4 - v7);
    let v9 = abs(v3);
    let v10 = (-v9);
    let v11 = exp(v10);
    let v12 = (v11 + 1.0);
    let v13 = log(v12);
    let v14 = (v8 + v13);
    acc0 = acc0 + v14;
    let v15 = (-v3);
    let v16 = exp(v15);
    let v17 = (v16 + 1.0);
    let v18 = (1.0 / v17);
    let v19 = select(0.0, 1.0, v18 > 0.5);
    let v20 = select(0.0, 1.0, v19 == v6);
    let v21 = select(0.0, 1.0, (bitcast<u32>(v18) & 0x7f800000u) != 0x7f800000u);
    let v22 = (v20 * v21);
    acc1 = acc1 + v22;
  }
  wg_f32_0[lane] = acc0;
  wg_f32_1[lane] = acc1;
  workgroupBarrier();
  for (var s23: u32 = 32u; s23 > 0u; s23 = s23 >> 1u) {
    if (lane < s23) {
      wg_f32_0[lane] = wg_f32_0[lane] + wg_f32_0[lane + s23];
      wg_f32_1[lane] = wg_f32_1[lane] + wg_f32_1[lane + s23];
    }
    workgroupBarrier();
  }
  let red24 = wg_f32_0[0];
  let red25 = wg_f32_1[0];
  let v26 = (red24 / 100.0);
  let v27 = (red25 / 100.0);
  storageBarrier();
  if (lane == 0u) {
    out_loss[i] = v26;
    out_accuracy[i] = v27;
  }
}

// ---- 020_add_loss_grad.wgsl
@group(0) @binding(0) var<storage, read> tmp21: array<f32>;
@group(0) @binding(1) var<storage, read> in_y: array<i32>;
@group(0) @binding(2) var<storage, read_write> tmp22: array<f32>;

@compute @workgroup_size(64)
fn main(@builtin(global_invocation_id) gid: vec3<u32>) {
  let i = gid.x;
  if (i >= 100u) { return; }
  let v0 = tmp21[i];
  let v1 = abs(v0);
  let v2 = (-v1);
  let v3 = exp(v2);
  let v4 = (v3 + 1.0);
  let v5 = (0.01 / v4);
  let v6 = (v5 * v3);
  let v7 = (-v6);
  let v8 = sign(v0);
  let v9 = (v7 * v8);
  let v10 = in_y[i];
  let v11 = f32(v10);
  let v12 = ((-0.01) * v11);
  let v13 = (v9 + v12);
  let v14 = select(0.0, 1.0, v0 >= 0.0);
  let v15 = (0.01 * v14);
  let v16 = (v13 + v15);
  tmp22[i] = v16;
}

// ---- 021_reduce_sum_logits_dense_bias_grad.wgsl
var<workgroup> wg_f32_0: array<f32, 64>;
@group(0) @binding(0) var<storage, read> tmp22: array<f32>;
@group(0) @binding(1) var<storage, read_write> tmp21: array<f32>;

@compute @workgroup_size(64)
fn main(@builtin(workgroup_id) wid: vec3<u32>, @builtin(local_invocation_index) lane: u32) {
  let i = wid.x;
  var acc0: f32 = 0.0;
  for (var r1: u32 = lane; r1 < 100u; r1 = r1 + 64u) {
    let v2 = tmp22[r1];
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
    tmp21[i] = red4;
  }
}

// ---- 022_matmul_logits_dense_kernel_grad.wgsl
@group(0) @binding(0) var<storage, read> tmp20: array<f32>;
@group(0) @binding(1) var<storage, read> tmp22: array<f32>;
@group(0) @binding(2) var<storage, read_write> tmp23: array<f32>;

@compute @workgroup_size(64)
fn main(@builtin(global_invocation_id) gid: vec3<u32>) {
  let t = gid.x;
  if (t >= 3u) { return; }
  let i0 = (t / 1u) * 4u;
  let j0 = (t % 1u) * 4u;
  let row0 = min(i0 + 0u, 9u);
  let row1 = min(i0 + 1u, 9u);
  let row2 = min(i0 + 2u, 9u);
  let row3 = min(i0 + 3u, 9u);
  let col4 = min(j0 + 0u, 0u);
  let col5 = min(j0 + 1u, 0u);
  let col6 = min(j0 + 2u, 0u);
  let col7 = min(j0 + 3u, 0u);
  var acc8: vec4<f32> = vec4<f32>(0.0);
  var acc9: vec4<f32> = vec4<f32>(0.0);
  var acc10: vec4<f32> = vec4<f32>(0.0);
  var acc11: vec4<f32> = vec4<f32>(0.0);
  for (var k: u32 = 0u; k < 100u; k = k + 1u) {
    let rb12 = k * 1u;
    let bv13 = vec4<f32>(tmp22[rb12 + col4], tmp22[rb12 + col5], tmp22[rb12 + col6], tmp22[rb12 + col7]);
    let rk14 = k * 10u;
    acc8 = acc8 + tmp20[rk14 + row0] * bv13;
    acc9 = acc9 + tmp20[rk14 + row1] * bv13;
    acc10 = acc10 + tmp20[rk14 + row2] * bv13;
    acc11 = acc11 + tmp20[rk14 + row3] * bv13;
  }
  {
    let v15 = acc8.x;
    tmp23[i0] = v15;
  }
  if (j0 + 1u < 1u) {
    let j16 = j0 + 1u;
    let v17 = acc8.y;
    tmp23[i0] = v17;
  }
  if (j0 + 2u < 1u) {
    let j18 = j0 + 2u;
    let v19 = acc8.z;
    tmp23[i0] = v19;
  }
  if (j0 + 3u < 1u) {
    let j20 = j0 + 3u;
    let v21 = acc8.w;
    tmp23[i0] = v21;
  }
  if (i0 + 1u < 10u) {
    let i22 = i0 + 1u;
    let v23 = acc9.x;
    tmp23[i22] = v23;
  }
  if (i0 + 1u < 10u && j0 + 1u < 1u) {
    let i24 = i0 + 1u;
    let j25 = j0 + 1u;
    let v26 = acc9.y;
    tmp23[i24] = v26;
  }
  if (i0 + 1u < 10u && j0 + 2u < 1u) {
    let i27 = i0 + 1u;
    let j28 = j0 + 2u;
    let v29 = acc9.z;
    tmp23[i27] = v29;
  }
  if (i0 + 1u < 10u && j0 + 3u < 1u) {
    let i30 = i0 + 1u;
    let j31 = j0 + 3u;
    let v32 = acc9.w;
    tmp23[i30] = v32;
  }
  if (i0 + 2u < 10u) {
    let i33 = i0 + 2u;
    let v34 = acc10.x;
    tmp23[i33] = v34;
  }
  if (i0 + 2u < 10u && j0 + 1u < 1u) {
    let i35 = i0 + 2u;
    let j36 = j0 + 1u;
    let v37 = acc10.y;
    tmp23[i35] = v37;
  }
  if (i0 + 2u < 10u && j0 + 2u < 1u) {
    let i38 = i0 + 2u;
    let j39 = j0 + 2u;
    let v40 = acc10.z;
    tmp23[i38] = v40;
  }
  if (i0 + 2u < 10u && j0 + 3u < 1u) {
    let i41 = i0 + 2u;
    let j42 = j0 + 3u;
    let v43 = acc10.w;
    tmp23[i41] = v43;
  }
  if (i0 + 3u < 10u) {
    let i44 = i0 + 3u;
    let v45 = acc11.x;
    tmp23[i44] = v45;
  }
  if (i0 + 3u < 10u && j0 + 1u < 1u) {
    let i46 = i0 + 3u;
    let j47 = j0 + 1u;
    let v48 = acc11.y;
    tmp23[i46] = v48;
  }
  if (i0 + 3u < 10u && j0 + 2u < 1u) {
    let i49 = i0 + 3u;
    let j50 = j0 + 2u;
    let v51 = acc11.z;
    tmp23[i49] = v51;
  }
  if (i0 + 3u < 10u && j0 + 3u < 1u) {
    let i52 = i0 + 3u;
    let j53 = j0 + 3u;
    let v54 = acc11.w;
    tmp23[i52] = v54;
  }
}

// ---- 023_matmul_joined_grad.wgsl
@group(0) @binding(0) var<storage, read> tmp22: array<f32>;
@group(0) @binding(1) var<storage, read> s_logits_dense_kernel: array<f32>;
@group(0) @binding(2) var<storage, read_write> tmp20: array<f32>;
@group(0) @binding(3) var<storage, read> tmp19: array<f32>;

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
  let ra12 = row0 * 1u;
  let ra13 = row1 * 1u;
  let ra14 = row2 * 1u;
  let ra15 = row3 * 1u;
  let cb16 = col4 * 1u;
  let cb17 = col5 * 1u;
  let cb18 = col6 * 1u;
  let cb19 = col7 * 1u;
  for (var k: u32 = 0u; k < 1u; k = k + 1u) {
    let bv20 = vec4<f32>(s_logits_dense_kernel[cb16 + k], s_logits_dense_kernel[cb17 + k], s_logits_dense_kernel[cb18 + k], s_logits_dense_kernel[cb19 + k]);
    acc8 = acc8 + tmp22[ra12 + k] * bv20;
    acc9 = acc9 + tmp22[ra13 + k] * bv20;
    acc10 = acc10 + tmp22[ra14 + k] * bv20;
    acc11 = acc11 + tmp22[ra15 + k] * bv20;
  }
  {
    let l21 = i0 * 10u + j0;
    let v22 = acc8.x;
    let v23 = tmp19[l21];
    let v24 = select(0.0, 1.0, v23 > 0.0);
    let v25 = select(0.0, v22, v24 != 0.0);
    let v26 = select(v22, 0.0, v24 != 0.0);
    let v27 = min(v23, 0.0);
    let v28 = exp(v27);
    let v29 = (v26 * v28);
    let v30 = select(0.0, 1.0, v23 <= 0.0);
    let v31 = (v29 * v30);
    let v32 = (v25 + v31);
    tmp20[l21] = v32;
  }
  if (j0 + 1u < 10u) {
    let j33 = j0 + 1u;
    let l34 = i0 * 10u + j33;
    let v35 = acc8.y;
    let v36 = tmp19[l34];
    let v37 = select(0.0, 1.0, v36 > 0.0);
    let v38 = select(0.0, v35, v37 != 0.0);
    let v39 = select(v35, 0.0, v37 != 0.0);
    let v40 = min(v36, 0.0);
    let v41 = exp(v40);
    let v42 = (v39 * v41);
    let v43 = select(0.0, 1.0, v36 <= 0.0);
    let v44 = (v42 * v43);
    let v45 = (v38 + v44);
    tmp20[l34] = v45;
  }
  if (j0 + 2u < 10u) {
    let j46 = j0 + 2u;
    let l47 = i0 * 10u + j46;
    let v48 = acc8.z;
    let v49 = tmp19[l47];
    let v50 = select(0.0, 1.0, v49 > 0.0);
    let v51 = select(0.0, v48, v50 != 0.0);
    let v52 = select(v48, 0.0, v50 != 0.0);
    let v53 = min(v49, 0.0);
    let v54 = exp(v53);
    let v55 = (v52 * v54);
    let v56 = select(0.0, 1.0, v49 <= 0.0);
    let v57 = (v55 * v56);
    let v58 = (v51 + v57);
    tmp20[l47] = v58;
  }
  if (j0 + 3u < 10u) {
    let j59 = j0 + 3u;
    let l60 = i0 * 10u + j59;
    let v61 = acc8.w;
    let v62 = tmp19[l60];
    let v63 = select(0.0, 1.0, v62 > 0.0);
    let v64 = select(0.0, v61, v63 != 0.0);
    let v65 = select(v61, 0.0, v63 != 0.0);
    let v66 = min(v62, 0.0);
    let v67 = exp(v66);
    let v68 = (v65 * v67);
    let v69 = select(0.0, 1.0, v62 <= 0.0);
    let v70 = (v68 * v69);
    let v71 = (v64 + v70);
    tmp20[l60] = v71;
  }
  {
    let i72 = i0 + 1u;
    let l73 = i72 * 10u + j0;
    let v74 = acc9.x;
    let v75 = tmp19[l73];
    let v76 = select(0.0, 1.0, v75 > 0.0);
    let v77 = select(0.0, v74, v76 != 0.0);
    let v78 = select(v74, 0.0, v76 != 0.0);
    let v79 = min(v75, 0.0);
    let v80 = exp(v79);
    let v81 = (v78 * v80);
    let v82 = select(0.0, 1.0, v75 <= 0.0);
    let v83 = (v81 * v82);
    let v84 = (v77 + v83);
    tmp20[l73] = v84;
  }
  if (j0 + 1u < 10u) {
    let i85 = i0 + 1u;
    let j86 = j0 + 1u;
    let l87 = i85 * 10u + j86;
    let v88 = acc9.y;
    let v89 = tmp19[l87];
    let v90 = select(0.0, 1.0, v89 > 0.0);
    let v91 = select(0.0, v88, v90 != 0.0);
    let v92 = select(v88, 0.0, v90 != 0.0);
    let v93 = min(v89, 0.0);
    let v94 = exp(v93);
    let v95 = (v92 * v94);
    let v96 = select(0.0, 1.0, v89 <= 0.0);
    let v97 = (v95 * v96);
    let v98 = (v91 + v97);
    tmp20[l87] = v98;
  }
  if (j0 + 2u < 10u) {
    let i99 = i0 + 1u;
    let j100 = j0 + 2u;
    let l101 = i99 * 10u + j100;
    let v102 = acc9.z;
    let v103 = tmp19[l101];
    let v104 = select(0.0, 1.0, v103 > 0.0);
    let v105 = select(0.0, v102, v104 != 0.0);
    let v106 = select(v102, 0.0, v104 != 0.0);
    let v107 = min(v103, 0.0);
    let v108 = exp(v107);
    let v109 = (v106 * v108);
    let v110 = select(0.0, 1.0, v103 <= 0.0);
    let v111 = (v109 * v110);
    let v112 = (v105 + v111);
    tmp20[l101] = v112;
  }
  if (j0 + 3u < 10u) {
    let i113 = i0 + 1u;
    let j114 = j0 + 3u;
    let l115 = i113 * 10u + j114;
    let v116 = acc9.w;
    let v117 = tmp19[l115];
    let v118 = select(0.0, 1.0, v117 > 0.0);
    let v119 = select(0.0, v116, v118 != 0.0);
    let v120 = select(v116, 0.0, v118 != 0.0);
    let v121 = min(v117, 0.0);
    let v122 = exp(v121);
    let v123 = (v120 * v122);
    let v124 = select(0.0, 1.0, v117 <= 0.0);
    let v125 = (v123 * v124);
    let v126 = (v119 + v125);
    tmp20[l115] = v126;
  }
  {
    let i127 = i0 + 2u;
    let l128 = i127 * 10u + j0;
    let v129 = acc10.x;
    let v130 = tmp19[l128];
    let v131 = select(0.0, 1.0, v130 > 0.0);
    let v132 = select(0.0, v129, v131 != 0.0);
    let v133 = select(v129, 0.0, v131 != 0.0);
    let v134 = min(v130, 0.0);
    let v135 = exp(v134);
    let v136 = (v133 * v135);
    let v137 = select(0.0, 1.0, v130 <= 0.0);
    let v138 = (v136 * v137);
    let v139 = (v132 + v138);
    tmp20[l128] = v139;
  }
  if (j0 + 1u < 10u) {
    let i140 = i0 + 2u;
    let j141 = j0 + 1u;
    let l142 = i140 * 10u + j141;
    let v143 = acc10.y;
    let v144 = tmp19[l142];
    let v145 = select(0.0, 1.0, v144 > 0.0);
    let v146 = select(0.0, v143, v145 != 0.0);
    let v147 = select(v143, 0.0, v145 != 0.0);
    let v148 = min(v144, 0.0);
    let v149 = exp(v148);
    let v150 = (v147 * v149);
    let v151 = select(0.0, 1.0, v144 <= 0.0);
    let v152 = (v150 * v151);
    let v153 = (v146 + v152);
    tmp20[l142] = v153;
  }
  if (j0 + 2u < 10u) {
    let i154 = i0 + 2u;
    let j155 = j0 + 2u;
    let l156 = i154 * 10u + j155;
    let v157 = acc10.z;
    let v158 = tmp19[l156];
    let v159 = select(0.0, 1.0, v158 > 0.0);
    let v160 = select(0.0, v157, v159 != 0.0);
    let v161 = select(v157, 0.0, v159 != 0.0);
    let v162 = min(v158, 0.0);
    let v163 = exp(v162);
    let v164 = (v161 * v163);
    let v165 = select(0.0, 1.0, v158 <= 0.0);
    let v166 = (v164 * v165);
    let v167 = (v160 + v166);
    tmp20[l156] = v167;
  }
  if (j0 + 3u < 10u) {
    let i168 = i0 + 2u;
    let j169 = j0 + 3u;
    let l170 = i168 * 10u + j169;
    let v171 = acc10.w;
    let v172 = tmp19[l170];
    let v173 = select(0.0, 1.0, v172 > 0.0);
    let v174 = select(0.0, v171, v173 != 0.0);
    let v175 = select(v171, 0.0, v173 != 0.0);
    let v176 = min(v172, 0.0);
    let v177 = exp(v176);
    let v178 = (v175 * v177);
    let v179 = select(0.0, 1.0, v172 <= 0.0);
    let v180 = (v178 * v179);
    let v181 = (v174 + v180);
    tmp20[l170] = v181;
  }
  {
    let i182 = i0 + 3u;
    let l183 = i182 * 10u + j0;
    let v184 = acc11.x;
    let v185 = tmp19[l183];
    let v186 = select(0.0, 1.0, v185 > 0.0);
    let v187 = select(0.0, v184, v186 != 0.0);
    let v188 = select(v184, 0.0, v186 != 0.0);
    let v189 = min(v185, 0.0);
    let v190 = exp(v189);
    let v191 = (v188 * v190);
    let v192 = select(0.0, 1.0, v185 <= 0.0);
    let v193 = (v191 * v192);
    let v194 = (v187 + v193);
    tmp20[l183] = v194;
  }
  if (j0 + 1u < 10u) {
    let i195 = i0 + 3u;
    let j196 = j0 + 1u;
    let l197 = i195 * 10u + j196;
    let v198 = acc11.y;
    let v199 = tmp19[l197];
    let v200 = select(0.0, 1.0, v199 > 0.0);
    let v201 = select(0.0, v198, v200 != 0.0);
    let v202 = select(v198, 0.0, v200 != 0.0);
    let v203 = min(v199, 0.0);
    let v204 = exp(v203);
    let v205 = (v202 * v204);
    let v206 = select(0.0, 1.0, v199 <= 0.0);
    let v207 = (v205 * v206);
    let v208 = (v201 + v207);
    tmp20[l197] = v208;
  }
  if (j0 + 2u < 10u) {
    let i209 = i0 + 3u;
    let j210 = j0 + 2u;
    let l211 = i209 * 10u + j210;
    let v212 = acc11.z;
    let v213 = tmp19[l211];
    let v214 = select(0.0, 1.0, v213 > 0.0);
    let v215 = select(0.0, v212, v214 != 0.0);
    let v216 = select(v212, 0.0, v214 != 0.0);
    let v217 = min(v213, 0.0);
    let v218 = exp(v217);
    let v219 = (v216 * v218);
    let v220 = select(0.0, 1.0, v213 <= 0.0);
    let v221 = (v219 * v220);
    let v222 = (v215 + v221);
    tmp20[l211] = v222;
  }
  if (j0 + 3u < 10u) {
    let i223 = i0 + 3u;
    let j224 = j0 + 3u;
    let l225 = i223 * 10u + j224;
    let v226 = acc11.w;
    let v227 = tmp19[l225];
    let v228 = select(0.0, 1.0, v227 > 0.0);
    let v229 = select(0.0, v226, v228 != 0.0);
    let v230 = select(v226, 0.0, v228 != 0.0);
    let v231 = min(v227, 0.0);
    let v232 = exp(v231);
    let v233 = (v230 * v232);
    let v234 = select(0.0, 1.0, v227 <= 0.0);
    let v235 = (v233 * v234);
    let v236 = (v229 + v235);
    tmp20[l225] = v236;
  }
}

// ---- 024_reduce_sum_joined_dense_bias_grad.wgsl
var<workgroup> wg_f32_0: array<f32, 64>;
@group(0) @binding(0) var<storage, read> tmp20: array<f32>;
@group(0) @binding(1) var<storage, read_write> tmp22: array<f32>;

@compute @workgroup_size(64)
fn main(@builtin(workgroup_id) wid: vec3<u32>, @builtin(local_invocation_index) lane: u32) {
  let i = wid.x;
  var acc0: f32 = 0.0;
  for (var r1: u32 = lane; r1 < 100u; r1 = r1 + 64u) {
    let l2 = r1 * 10u + i;
    let v3 = tmp20[l2];
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
  storageBarrier();
  if (lane == 0u) {
    tmp22[i] = red5;
  }
}

// ---- 025_matmul_joined_dense_grad.wgsl
@group(0) @binding(0) var<storage, read> tmp20: array<f32>;
@group(0) @binding(1) var<storage, read> s_joined_dense_kernel: array<f32>;
@group(0) @binding(2) var<storage, read_write> tmp24: array<f32>;

@compute @workgroup_size(64)
fn main(@builtin(global_invocation_id) gid: vec3<u32>) {
  let t = gid.x;
  if (t >= 1250u) { return; }
  let i0 = (t / 50u) * 4u;
  let j0 = (t % 50u) * 4u;
  let row0 = min(i0 + 0u, 99u);
  let row1 = min(i0 + 1u, 99u);
  let row2 = min(i0 + 2u, 99u);
  let row3 = min(i0 + 3u, 99u);
  let col4 = min(j0 + 0u, 199u);
  let col5 = min(j0 + 1u, 199u);
  let col6 = min(j0 + 2u, 199u);
  let col7 = min(j0 + 3u, 199u);
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
    let bv20 = vec4<f32>(s_joined_dense_kernel[cb16 + k], s_joined_dense_kernel[cb17 + k], s_joined_dense_kernel[cb18 + k], s_joined_dense_kernel[cb19 + k]);
    acc8 = acc8 + tmp20[ra12 + k] * bv20;
    acc9 = acc9 + tmp20[ra13 + k] * bv20;
    acc10 = acc10 + tmp20[ra14 + k] * bv20;
    acc11 = acc11 + tmp20[ra15 + k] * bv20;
  }
  {
    let l21 = i0 * 200u + j0;
    let v22 = acc8.x;
    tmp24[l21] = v22;
  }
  {
    let j23 = j0 + 1u;
    let l24 = i0 * 200u + j23;
    let v25 = acc8.y;
    tmp24[l24] = v25;
  }
  {
    let j26 = j0 + 2u;
    let l27 = i0 * 200u + j26;
    let v28 = acc8.z;
    tmp24[l27] = v28;
  }
  {
    let j29 = j0 + 3u;
    let l30 = i0 * 200u + j29;
    let v31 = acc8.w;
    tmp24[l30] = v31;
  }
  {
    let i32 = i0 + 1u;
    let l33 = i32 * 200u + j0;
    let v34 = acc9.x;
    tmp24[l33] = v34;
  }
  {
    let i35 = i0 + 1u;
    let j36 = j0 + 1u;
    let l37 = i35 * 200u + j36;
    let v38 = acc9.y;
    tmp24[l37] = v38;
  }
  {
    let i39 = i0 + 1u;
    let j40 = j0 + 2u;
    let l41 = i39 * 200u + j40;
    let v42 = acc9.z;
    tmp24[l41] = v42;
  }
  {
    let i43 = i0 + 1u;
    let j44 = j0 + 3u;
    let l45 = i43 * 200u + j44;
    let v46 = acc9.w;
    tmp24[l45] = v46;
  }
  {
    let i47 = i0 + 2u;
    let l48 = i47 * 200u + j0;
    let v49 = acc10.x;
    tmp24[l48] = v49;
  }
  {
    let i50 = i0 + 2u;
    let j51 = j0 + 1u;
    let l52 = i50 * 200u + j51;
    let v53 = acc10.y;
    tmp24[l52] = v53;
  }
  {
    let i54 = i0 + 2u;
    let j55 = j0 + 2u;
    let l56 = i54 * 200u + j55;
    let v57 = acc10.z;
    tmp24[l56] = v57;
  }
  {
    let i58 = i0 + 2u;
    let j59 = j0 + 3u;
    let l60 = i58 * 200u + j59;
    let v61 = acc10.w;
    tmp24[l60] = v61;
  }
  {
    let i62 = i0 + 3u;
    let l63 = i62 * 200u + j0;
    let v64 = acc11.x;
    tmp24[l63] = v64;
  }
  {
    let i65 = i0 + 3u;
    let j66 = j0 + 1u;
    let l67 = i65 * 200u + j66;
    let v68 = acc11.y;
    tmp24[l67] = v68;
  }
  {
    let i69 = i0 + 3u;
    let j70 = j0 + 2u;
    let l71 = i69 * 200u + j70;
    let v72 = acc11.z;
    tmp24[l71] = v72;
  }
  {
    let i73 = i0 + 3u;
    let j74 = j0 + 3u;
    let l75 = i73 * 200u + j74;
    let v76 = acc11.w;
    tmp24[l75] = v76;
  }
}

// ---- 026_matmul_joined_dense_kernel_grad.wgsl
@group(0) @binding(0) var<storage, read> tmp18: array<f32>;
@group(0) @binding(1) var<storage, read> tmp20: array<f32>;
@group(0) @binding(2) var<storage, read_write> tmp25: array<f32>;

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
  for (var k: u32 = 0u; k < 100u; k = k + 1u) {
    let rb12 = k * 10u;
    let bv13 = vec4<f32>(tmp20[rb12 + col4], tmp20[rb12 + col5], tmp20[rb12 + col6], tmp20[rb12 + col7]);
    let rk14 = k * 200u;
    acc8 = acc8 + tmp18[rk14 + row0] * bv13;
    acc9 = acc9 + tmp18[rk14 + row1] * bv13;
    acc10 = acc10 + tmp18[rk14 + row2] * bv13;
    acc11 = acc11 + tmp18[rk14 + row3] * bv13;
  }
  {
    let l15 = i0 * 10u + j0;
    let v16 = acc8.x;
    tmp25[l15] = v16;
  }
  if (j0 + 1u < 10u) {
    let j17 = j0 + 1u;
    let l18 = i0 * 10u + j17;
    let v19 = acc8.y;
    tmp25[l18] = v19;
  }
  if (j0 + 2u < 10u) {
    let j20 = j0 + 2u;
    let l21 = i0 * 10u + j20;
    let v22 = acc8.z;
    tmp25[l21] = v22;
  }
  if (j0 + 3u < 10u) {
    let j23 = j0 + 3u;
    let l24 = i0 * 10u + j23;
    let v25 = acc8.w;
    tmp25[l24] = v25;
  }
  {
    let i26 = i0 + 1u;
    let l27 = i26 * 10u + j0;
    let v28 = acc9.x;
    tmp25[l27] = v28;
  }
  if (j0 + 1u < 10u) {
    let i29 = i0 + 1u;
    let j30 = j0 + 1u;
    let l31 = i29 * 10u + j30;
    let v32 = acc9.y;
    tmp25[l31] = v32;
  }
  if (j0 + 2u < 10u) {
    let i33 = i0 + 1u;
    let j34 = j0 + 2u;
    let l35 = i33 * 10u + j34;
    let v36 = acc9.z;
    tmp25[l35] = v36;
  }
  if (j0 + 3u < 10u) {
    let i37 = i0 + 1u;
    let j38 = j0 + 3u;
    let l39 = i37 * 10u + j38;
    let v40 = acc9.w;
    tmp25[l39] = v40;
  }
  {
    let i41 = i0 + 2u;
    let l42 = i41 * 10u + j0;
    let v43 = acc10.x;
    tmp25[l42] = v43;
  }
  if (j0 + 1u < 10u) {
    let i44 = i0 + 2u;
    let j45 = j0 + 1u;
    let l46 = i44 * 10u + j45;
    let v47 = acc10.y;
    tmp25[l46] = v47;
  }
  if (j0 + 2u < 10u) {
    let i48 = i0 + 2u;
    let j49 = j0 + 2u;
    let l50 = i48 * 10u + j49;
    let v51 = acc10.z;
    tmp25[l50] = v51;
  }
  if (j0 + 3u < 10u) {
    let i52 = i0 + 2u;
    let j53 = j0 + 3u;
    let l54 = i52 * 10u + j53;
    let v55 = acc10.w;
    tmp25[l54] = v55;
  }
  {
    let i56 = i0 + 3u;
    let l57 = i56 * 10u + j0;
    let v58 = acc11.x;
    tmp25[l57] = v58;
  }
  if (j0 + 1u < 10u) {
    let i59 = i0 + 3u;
    let j60 = j0 + 1u;
    let l61 = i59 * 10u + j60;
    let v62 = acc11.y;
    tmp25[l61] = v62;
  }
  if (j0 + 2u < 10u) {
    let i63 = i0 + 3u;
    let j64 = j0 + 2u;
    let l65 = i63 * 10u + j64;
    let v66 = acc11.z;
    tmp25[l65] = v66;
  }
  if (j0 + 3u < 10u) {
    let i67 = i0 + 3u;
    let j68 = j0 + 3u;
    let l69 = i67 * 10u + j68;
    let v70 = acc11.w;
    tmp25[l69] = v70;
  }
}

// ---- 027_add_tower_b_he_elu5_grad_x2.wgsl
@group(0) @binding(0) var<storage, read> tmp24: array<f32>;
@group(0) @binding(1) var<storage, read> tmp17: array<f32>;
@group(0) @binding(2) var<storage, read> tmp8: array<f32>;
@group(0) @binding(3) var<storage, read_write> tmp18: array<f32>;
@group(0) @binding(4) var<storage, read_write> tmp26: array<f32>;

@compute @workgroup_size(64)
fn main(@builtin(global_invocation_id) gid: vec3<u32>) {
  let i = gid.x;
  if (i >= 10000u) { return; }
  let c0 = (i / 100u);
  let c1 = (i % 100u);
  let l2 = c0 * 200u + (c1 + 100u);
  let v3 = tmp24[l2];
  let v4 = tmp17[i];
  let v5 = select(0.0, 1.0, v4 > 0.0);
  let v6 = select(0.0, v3, v5 != 0.0);
  let v7 = select(v3, 0.0, v5 != 0.0);
  let v8 = min(v4, 0.0);
  let v9 = exp(v8);
  let v10 = (v7 * v9);
  let v11 = select(0.0, 1.0, v4 <= 0.0);
  let v12 = (v10 * v11);
  let v13 = (v6 + v12);
  let l14 = c0 * 200u + c1;
  let v15 = tmp24[l14];
  let v16 = tmp8[i];
  let v17 = select(0.0, 1.0, v16 > 0.0);
  let v18 = select(0.0, v15, v17 != 0.0);
  let v19 = select(v15, 0.0, v17 != 0.0);
  let v20 = min(v16, 0.0);
  let v21 = exp(v20);
  let v22 = (v19 * v21);
  let v23 = select(0.0, 1.0, v16 <= 0.0);
  let v24 = (v22 * v23);
  let v25 = (v18 + v24);
  tmp18[i] = v13;
  tmp26[i] = v25;
}

// ---- 028_reduce_sum_tower_b_he_elu5_dense_bias_grad_x2.wgsl
var<workgroup> wg_f32_0: array<f32, 64>;
var<workgroup> wg_f32_1: array<f32, 64>;
@group(0) @binding(0) var<storage, read> tmp18: array<f32>;
@group(0) @binding(1) var<storage, read> tmp26: array<f32>;
@group(0) @binding(2) var<storage, read_write> tmp19: array<f32>;
@group(0) @binding(3) var<storage, read_write> tmp20: array<f32>;

@compute @workgroup_size(64)
fn main(@builtin(workgroup_id) wid: vec3<u32>, @builtin(local_invocation_index) lane: u32) {
  let i = wid.x;
  var acc0: f32 = 0.0;
  var acc1: f32 = 0.0;
  for (var r2: u32 = lane; r2 < 100u; r2 = r2 + 64u) {
    let l3 = r2 * 100u + i;
    let v4 = tmp18[l3];
    acc0 = acc0 + v4;
    let v5 = tmp26[l3];
    acc1 = acc1 + v5;
  }
  wg_f32_0[lane] = acc0;
  wg_f32_1[lane] = acc1;
  workgroupBarrier();
  for (var s6: u32 = 32u; s6 > 0u; s6 = s6 >> 1u) {
    if (lane < s6) {
      wg_f32_0[lane] = wg_f32_0[lane] + wg_f32_0[lane + s6];
      wg_f32_1[lane] = wg_f32_1[lane] + wg_f32_1[lane + s6];
    }
    workgroupBarrier();
  }
  let red7 = wg_f32_0[0];
  let red8 = wg_f32_1[0];
  storageBarrier();
  if (lane == 0u) {
    tmp19[i] = red7;
    tmp20[i] = red8;
  }
}

// ---- 029_matmul_tower_b_he_elu5_dense_kernel_grad.wgsl
@group(0) @binding(0) var<storage, read> tmp16_v4: array<vec4<f32>>;
@group(0) @binding(1) var<storage, read> tmp18_v4: array<vec4<f32>>;
@group(0) @binding(2) var<storage, read_write> tmp17: array<f32>;

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
  for (var k: u32 = 0u; k < 25u; k = k + 1u) {
    let kq12 = k * 4u + 0u;
    let bv13 = tmp18_v4[(kq12 * 100u + j0) / 4u];
    let aq14 = tmp16_v4[(kq12 * 100u + i0) / 4u + 0u];
    let kq15 = k * 4u + 1u;
    let bv16 = tmp18_v4[(kq15 * 100u + j0) / 4u];
    let aq17 = tmp16_v4[(kq15 * 100u + i0) / 4u + 0u];
    let kq18 = k * 4u + 2u;
    let bv19 = tmp18_v4[(kq18 * 100u + j0) / 4u];
    let aq20 = tmp16_v4[(kq18 * 100u + i0) / 4u + 0u];
    let kq21 = k * 4u + 3u;
    let bv22 = tmp18_v4[(kq21 * 100u + j0) / 4u];
    let aq23 = tmp16_v4[(kq21 * 100u + i0) / 4u + 0u];
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
    tmp17[l24] = v25;
  }
  {
    let j26 = j0 + 1u;
    let l27 = i0 * 100u + j26;
    let v28 = acc8.y;
    tmp17[l27] = v28;
  }
  {
    let j29 = j0 + 2u;
    let l30 = i0 * 100u + j29;
    let v31 = acc8.z;
    tmp17[l30] = v31;
  }
  {
    let j32 = j0 + 3u;
    let l33 = i0 * 100u + j32;
    let v34 = acc8.w;
    tmp17[l33] = v34;
  }
  {
    let i35 = i0 + 1u;
    let l36 = i35 * 100u + j0;
    let v37 = acc9.x;
    tmp17[l36] = v37;
  }
  {
    let i38 = i0 + 1u;
    let j39 = j0 + 1u;
    let l40 = i38 * 100u + j39;
    let v41 = acc9.y;
    tmp17[l40] = v41;
  }
  {
    let i42 = i0 + 1u;
    let j43 = j0 + 2u;
    let l44 = i42 * 100u + j43;
    let v45 = acc9.z;
    tmp17[l44] = v45;
  }
  {
    let i46 = i0 + 1u;
    let j47 = j0 + 3u;
    let l48 = i46 * 100u + j47;
    let v49 = acc9.w;
    tmp17[l48] = v49;
  }
  {
    let i50 = i0 + 2u;
    let l51 = i50 * 100u + j0;
    let v52 = acc10.x;
    tmp17[l51] = v52;
  }
  {
    let i53 = i0 + 2u;
    let j54 = j0 + 1u;
    let l55 = i53 * 100u + j54;
    let v56 = acc10.y;
    tmp17[l55] = v56;
  }
  {
    let i57 = i0 + 2u;
    let j58 = j0 + 2u;
    let l59 = i57 * 100u + j58;
    let v60 = acc10.z;
    tmp17[l59] = v60;
  }
  {
    let i61 = i0 + 2u;
    let j62 = j0 + 3u;
    let l63 = i61 * 100u + j62;
    let v64 = acc10.w;
    tmp17[l63] = v64;
  }
  {
    let i65 = i0 + 3u;
    let l66 = i65 * 100u + j0;
    let v67 = acc11.x;
    tmp17[l66] = v67;
  }
  {
    let i68 = i0 + 3u;
    let j69 = j0 + 1u;
    let l70 = i68 * 100u + j69;
    let v71 = acc11.y;
    tmp17[l70] = v71;
  }
  {
    let i72 = i0 + 3u;
    let j73 = j0 + 2u;
    let l74 = i72 * 100u + j73;
    let v75 = acc11.z;
    tmp17[l74] = v75;
  }
  {
    let i76 = i0 + 3u;
    let j77 = j0 + 3u;
    let l78 = i76 * 100u + j77;
    let v79 = acc11.w;
    tmp17[l78] = v79;
  }
}

// ---- 030_matmul_tower_b_he_elu4_grad.wgsl
@group(0) @binding(0) var<storage, read> tmp18_v4: array<vec4<f32>>;
@group(0) @binding(1) var<storage, read> s_tower_b_he_elu5_dense_kernel_v4: array<vec4<f32>>;
@group(0) @binding(2) var<storage, read_write> tmp8: array<f32>;
@group(0) @binding(3) var<storage, read> tmp15: array<f32>;

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
  let ra12 = row0 * 25u;
  let ra13 = row1 * 25u;
  let ra14 = row2 * 25u;
  let ra15 = row3 * 25u;
  let cb16 = col4 * 25u;
  let cb17 = col5 * 25u;
  let cb18 = col6 * 25u;
  let cb19 = col7 * 25u;
  for (var k: u32 = 0u; k < 25u; k = k + 1u) {
    let av20 = tmp18_v4[ra12 + k];
    let av21 = tmp18_v4[ra13 + k];
    let av22 = tmp18_v4[ra14 + k];
    let av23 = tmp18_v4[ra15 + k];
    let bc24 = s_tower_b_he_elu5_dense_kernel_v4[cb16 + k];
    let bc25 = s_tower_b_he_elu5_dense_kernel_v4[cb17 + k];
    let bc26 = s_tower_b_he_elu5_dense_kernel_v4[cb18 + k];
    let bc27 = s_tower_b_he_elu5_dense_kernel_v4[cb19 + k];
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
    let v38 = tmp15[l36];
    let v39 = select(0.0, 1.0, v38 > 0.0);
    let v40 = select(0.0, v37, v39 != 0.0);
    let v41 = select(v37, 0.0, v39 != 0.0);
    let v42 = min(v38, 0.0);
    let v43 = exp(v42);
    let v44 = (v41 * v43);
    let v45 = select(0.0, 1.0, v38 <= 0.0);
    let v46 = (v44 * v45);
    let v47 = (v40 + v46);
    tmp8[l36] = v47;
  }
  {
    let j48 = j0 + 1u;
    let l49 = i0 * 100u + j48;
    let v50 = acc8.y;
    let v51 = tmp15[l49];
    let v52 = select(0.0, 1.0, v51 > 0.0);
    let v53 = select(0.0, v50, v52 != 0.0);
    let v54 = select(v50, 0.0, v52 != 0.0);
    let v55 = min(v51, 0.0);
    let v56 = exp(v55);
    let v57 = (v54 * v56);
    let v58 = select(0.0, 1.0, v51 <= 0.0);
    let v59 = (v57 * v58);
    let v60 = (v53 + v59);
    tmp8[l49] = v60;
  }
  {
    let j61 = j0 + 2u;
    let l62 = i0 * 100u + j61;
    let v63 = acc8.z;
    let v64 = tmp15[l62];
    let v65 = select(0.0, 1.0, v64 > 0.0);
    let v66 = select(0.0, v63, v65 != 0.0);
    let v67 = select(v63, 0.0, v65 != 0.0);
    let v68 = min(v64, 0.0);
    let v69 = exp(v68);
    let v70 = (v67 * v69);
    let v71 = select(0.0, 1.0, v64 <= 0.0);
    let v72 = (v70 * v71);
    let v73 = (v66 + v72);
    tmp8[l62] = v73;
  }
  {
    let j74 = j0 + 3u;
    let l75 = i0 * 100u + j74;
    let v76 = acc8.w;
    let v77 = tmp15[l75];
    let v78 = select(0.0, 1.0, v77 > 0.0);
    let v79 = select(0.0, v76, v78 != 0.0);
    let v80 = select(v76, 0.0, v78 != 0.0);
    let v81 = min(v77, 0.0);
    let v82 = exp(v81);
    let v83 = (v80 * v82);
    let v84 = select(0.0, 1.0, v77 <= 0.0);
    let v85 = (v83 * v84);
    let v86 = (v79 + v85);
    tmp8[l75] = v86;
  }
  {
    let i87 = i0 + 1u;
    let l88 = i87 * 100u + j0;
    let v89 = acc9.x;
    let v90 = tmp15[l88];
    let v91 = select(0.0, 1.0, v90 > 0.0);
    let v92 = select(0.0, v89, v91 != 0.0);
    let v93 = select(v89, 0.0, v91 != 0.0);
    let v94 = min(v90, 0.0);
    let v95 = exp(v94);
    let v96 = (v93 * v95);
    let v97 = select(0.0, 1.0, v90 <= 0.0);
    let v98 = (v96 * v97);
    let v99 = (v92 + v98);
    tmp8[l88] = v99;
  }
  {
    let i100 = i0 + 1u;
    let j101 = j0 + 1u;
    let l102 = i100 * 100u + j101;
    let v103 = acc9.y;
    let v104 = tmp15[l102];
    let v105 = select(0.0, 1.0, v104 > 0.0);
    let v106 = select(0.0, v103, v105 != 0.0);
    let v107 = select(v103, 0.0, v105 != 0.0);
    let v108 = min(v104, 0.0);
    let v109 = exp(v108);
    let v110 = (v107 * v109);
    let v111 = select(0.0, 1.0, v104 <= 0.0);
    let v112 = (v110 * v111);
    let v113 = (v106 + v112);
    tmp8[l102] = v113;
  }
  {
    let i114 = i0 + 1u;
    let j115 = j0 + 2u;
    let l116 = i114 * 100u + j115;
    let v117 = acc9.z;
    let v118 = tmp15[l116];
    let v119 = select(0.0, 1.0, v118 > 0.0);
    let v120 = select(0.0, v117, v119 != 0.0);
    let v121 = select(v117, 0.0, v119 != 0.0);
    let v122 = min(v118, 0.0);
    let v123 = exp(v122);
    let v124 = (v121 * v123);
    let v125 = select(0.0, 1.0, v118 <= 0.0);
    let v126 = (v124 * v125);
    let v127 = (v120 + v126);
    tmp8[l116] = v127;
  }
  {
    let i128 = i0 + 1u;
    let j129 = j0 + 3u;
    let l130 = i128 * 100u + j129;
    let v131 = acc9.w;
    let v132 = tmp15[l130];
    let v133 = select(0.0, 1.0, v132 > 0.0);
    let v134 = select(0.0, v131, v133 != 0.0);
    let v135 = select(v131, 0.0, v133 != 0.0);
    let v136 = min(v132, 0.0);
    let v137 = exp(v136);
    let v138 = (v135 * v137);
    let v139 = select(0.0, 1.0, v132 <= 0.0);
    let v140 = (v138 * v139);
    let v141 = (v134 + v140);
    tmp8[l130] = v141;
  }
  {
    let i142 = i0 + 2u;
    let l143 = i142 * 100u + j0;
    let v144 = acc10.x;
    let v145 = tmp15[l143];
    let v146 = select(0.0, 1.0, v145 > 0.0);
    let v147 = select(0.0, v144, v146 != 0.0);
    let v148 = select(v144, 0.0, v146 != 0.0);
    let v149 = min(v145, 0.0);
    let v150 = exp(v149);
    let v151 = (v148 * v150);
    let v152 = select(0.0, 1.0, v145 <= 0.0);
    let v153 = (v151 * v152);
    let v154 = (v147 + v153);
    tmp8[l143] = v154;
  }
  {
    let i155 = i0 + 2u;
    let j156 = j0 + 1u;
    let l157 = i155 * 100u + j156;
    let v158 = acc10.y;
    let v159 = tmp15[l157];
    let v160 = select(0.0, 1.0, v159 > 0.0);
    let v161 = select(0.0, v158, v160 != 0.0);
    let v162 = select(v158, 0.0, v160 != 0.0);
    let v163 = min(v159, 0.0);
    let v164 = exp(v163);
    let v165 = (v162 * v164);
    let v166 = select(0.0, 1.0, v159 <= 0.0);
    let v167 = (v165 * v166);
    let v168 = (v161 + v167);
    tmp8[l157] = v168;
  }
  {
    let i169 = i0 + 2u;
    let j170 = j0 + 2u;
    let l171 = i169 * 100u + j170;
    let v172 = acc10.z;
    let v173 = tmp15[l171];
    let v174 = select(0.0, 1.0, v173 > 0.0);
    let v175 = select(0.0, v172, v174 != 0.0);
    let v176 = select(v172, 0.0, v174 != 0.0);
    let v177 = min(v173, 0.0);
    let v178 = exp(v177);
    let v179 = (v176 * v178);
    let v180 = select(0.0, 1.0, v173 <= 0.0);
    let v181 = (v179 * v180);
    let v182 = (v175 + v181);
    tmp8[l171] = v182;
  }
  {
    let i183 = i0 + 2u;
    let j184 = j0 + 3u;
    let l185 = i183 * 100u + j184;
    let v186 = acc10.w;
    let v187 = tmp15[l185];
    let v188 = select(0.0, 1.0, v187 > 0.0);
    let v189 = select(0.0, v186, v188 != 0.0);
    let v190 = select(v186, 0.0, v188 != 0.0);
    let v191 = min(v187, 0.0);
    let v192 = exp(v191);
    let v193 = (v190 * v192);
    let v194 = select(0.0, 1.0, v187 <= 0.0);
    let v195 = (v193 * v194);
    let v196 = (v189 + v195);
    tmp8[l185] = v196;
  }
  {
    let i197 = i0 + 3u;
    let l198 = i197 * 100u + j0;
    let v199 = acc11.x;
    let v200 = tmp15[l198];
    let v201 = select(0.0, 1.0, v200 > 0.0);
    let v202 = select(0.0, v199, v201 != 0.0);
    let v203 = select(v199, 0.0, v201 != 0.0);
    let v204 = min(v200, 0.0);
    let v205 = exp(v204);
    let v206 = (v203 * v205);
    let v207 = select(0.0, 1.0, v200 <= 0.0);
    let v208 = (v206 * v207);
    let v209 = (v202 + v208);
    tmp8[l198] = v209;
  }
  {
    let i210 = i0 + 3u;
    let j211 = j0 + 1u;
    let l212 = i210 * 100u + j211;
    let v213 = acc11.y;
    let v214 = tmp15[l212];
    let v215 = select(0.0, 1.0, v214 > 0.0);
    let v216 = select(0.0, v213, v215 != 0.0);
    let v217 = select(v213, 0.0, v215 != 0.0);
    let v218 = min(v214, 0.0);
    let v219 = exp(v218);
    let v220 = (v217 * v219);
    let v221 = select(0.0, 1.0, v214 <= 0.0);
    let v222 = (v220 * v221);
    let v223 = (v216 + v222);
    tmp8[l212] = v223;
  }
  {
    let i224 = i0 + 3u;
    let j225 = j0 + 2u;
    let l226 = i224 * 100u + j225;
    let v227 = acc11.z;
    let v228 = tmp15[l226];
    let v229 = select(0.0, 1.0, v228 > 0.0);
    let v230 = select(0.0, v227, v229 != 0.0);
    let v231 = select(v227, 0.0, v229 != 0.0);
    let v232 = min(v228, 0.0);
    let v233 = exp(v232);
    let v234 = (v231 * v233);
    let v235 = select(0.0, 1.0, v228 <= 0.0);
    let v236 = (v234 * v235);
    let v237 = (v230 + v236);
    tmp8[l226] = v237;
  }
  {
    let i238 = i0 + 3u;
    let j239 = j0 + 3u;
    let l240 = i238 * 100u + j239;
    let v241 = acc11.w;
    let v242 = tmp15[l240];
    let v243 = select(0.0, 1.0, v242 > 0.0);
    let v244 = select(0.0, v241, v243 != 0.0);
    let v245 = select(v241, 0.0, v243 != 0.0);
    let v246 = min(v242, 0.0);
    let v247 = exp(v246);
    let v248 = (v245 * v247);
    let v249 = select(0.0, 1.0, v242 <= 0.0);
    let v250 = (v248 * v249);
    let v251 = (v244 + v250);
    tmp8[l240] = v251;
  }
}

// ---- 031_reduce_sum_tower_b_he_elu4_dense_bias_grad.wgsl
var<workgroup> wg_f32_0: array<f32, 64>;
@group(0) @binding(0) var<storage, read> tmp8: array<f32>;
@group(0) @binding(1) var<storage, read_write> tmp16: array<f32>;

@compute @workgroup_size(64)
fn main(@builtin(workgroup_id) wid: vec3<u32>, @builtin(local_invocation_index) lane: u32) {
  let i = wid.x;
  var acc0: f32 = 0.0;
  for (var r1: u32 = lane; r1 < 100u; r1 = r1 + 64u) {
    let l2 = r1 * 100u + i;
    let v3 = tmp8[l2];
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
  storageBarrier();
  if (lane == 0u) {
    tmp16[i] = red5;
  }
}

// ---- 032_matmul_tower_b_he_elu1_dense_kernel_grad.wgsl
@group(0) @binding(0) var<storage, read> in_XB_v4: array<vec4<f32>>;
@group(0) @binding(1) var<storage, read> tmp10_v4: array<vec4<f32>>;
@group(0) @binding(2) var<storage, read_write> tmp27: array<f32>;

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
  for (var k: u32 = 0u; k < 25u; k = k + 1u) {
    let kq20 = k * 4u + 0u;
    let bv21 = tmp10_v4[(kq20 * 100u + j0) / 4u];
    let aq22 = in_XB_v4[(kq20 * 784u + i0) / 4u + 0u];
    let aq23 = in_XB_v4[(kq20 * 784u + i0) / 4u + 1u];
    let kq24 = k * 4u + 1u;
    let bv25 = tmp10_v4[(kq24 * 100u + j0) / 4u];
    let aq26 = in_XB_v4[(kq24 * 784u + i0) / 4u + 0u];
    let aq27 = in_XB_v4[(kq24 * 784u + i0) / 4u + 1u];
    let kq28 = k * 4u + 2u;
    let bv29 = tmp10_v4[(kq28 * 100u + j0) / 4u];
    let aq30 = in_XB_v4[(kq28 * 784u + i0) / 4u + 0u];
    let aq31 = in_XB_v4[(kq28 * 784u + i0) / 4u + 1u];
    let kq32 = k * 4u + 3u;
    let bv33 = tmp10_v4[(kq32 * 100u + j0) / 4u];
    let aq34 = in_XB_v4[(kq32 * 784u + i0) / 4u + 0u];
    let aq35 = in_XB_v4[(kq32 * 784u + i0) / 4u + 1u];
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
    tmp27[l36] = v37;
  }
  {
    let j38 = j0 + 1u;
    let l39 = i0 * 100u + j38;
    let v40 = acc12.y;
    tmp27[l39] = v40;
  }
  {
    let j41 = j0 + 2u;
    let l42 = i0 * 100u + j41;
    let v43 = acc12.z;
    tmp27[l42] = v43;
  }
  {
    let j44 = j0 + 3u;
    let l45 = i0 * 100u + j44;
    let v46 = acc12.w;
    tmp27[l45] = v46;
  }
  {
    let i47 = i0 + 1u;
    let l48 = i47 * 100u + j0;
    let v49 = acc13.x;
    tmp27[l48] = v49;
  }
  {
    let i50 = i0 + 1u;
    let j51 = j0 + 1u;
    let l52 = i50 * 100u + j51;
    let v53 = acc13.y;
    tmp27[l52] = v53;
  }
  {
    let i54 = i0 + 1u;
    let j55 = j0 + 2u;
    let l56 = i54 * 100u + j55;
    let v57 = acc13.z;
    tmp27[l56] = v57;
  }
  {
    let i58 = i0 + 1u;
    let j59 = j0 + 3u;
    let l60 = i58 * 100u + j59;
    let v61 = acc13.w;
    tmp27[l60] = v61;
  }
  {
    let i62 = i0 + 2u;
    let l63 = i62 * 100u + j0;
    let v64 = acc14.x;
    tmp27[l63] = v64;
  }
  {
    let i65 = i0 + 2u;
    let j66 = j0 + 1u;
    let l67 = i65 * 100u + j66;
    let v68 = acc14.y;
    tmp27[l67] = v68;
  }
  {
    let i69 = i0 + 2u;
    let j70 = j0 + 2u;
    let l71 = i69 * 100u + j70;
    let v72 = acc14.z;
    tmp27[l71] = v72;
  }
  {
    let i73 = i0 + 2u;
    let j74 = j0 + 3u;
    let l75 = i73 * 100u + j74;
    let v76 = acc14.w;
    tmp27[l75] = v76;
  }
  {
    let i77 = i0 + 3u;
    let l78 = i77 * 100u + j0;
    let v79 = acc15.x;
    tmp27[l78] = v79;
  }
  {
    let i80 = i0 + 3u;
    let j81 = j0 + 1u;
    let l82 = i80 * 100u + j81;
    let v83 = acc15.y;
    tmp27[l82] = v83;
  }
  {
    let i84 = i0 + 3u;
    let j85 = j0 + 2u;
    let l86 = i84 * 100u + j85;
    let v87 = acc15.z;
    tmp27[l86] = v87;
  }
  {
    let i88 = i0 + 3u;
    let j89 = j0 + 3u;
    let l90 = i88 * 100u + j89;
    let v91 = acc15.w;
    tmp27[l90] = v91;
  }
  {
    let i92 = i0 + 4u;
    let l93 = i92 * 100u + j0;
    let v94 = acc16.x;
    tmp27[l93] = v94;
  }
  {
    let i95 = i0 + 4u;
    let j96 = j0 + 1u;
    let l97 = i95 * 100u + j96;
    let v98 = acc16.y;
    tmp27[l97] = v98;
  }
  {
    let i99 = i0 + 4u;
    let j100 = j0 + 2u;
    let l101 = i99 * 100u + j100;
    let v102 = acc16.z;
    tmp27[l101] = v102;
  }
  {
    let i103 = i0 + 4u;
    let j104 = j0 + 3u;
    let l105 = i103 * 100u + j104;
    let v106 = acc16.w;
    tmp27[l105] = v106;
  }
  {
    let i107 = i0 + 5u;
    let l108 = i107 * 100u + j0;
    let v109 = acc17.x;
    tmp27[l108] = v109;
  }
  {
    let i110 = i0 + 5u;
    let j111 = j0 + 1u;
    let l112 = i110 * 100u + j111;
    let v113 = acc17.y;
    tmp27[l112] = v113;
  }
  {
    let i114 = i0 + 5u;
    let j115 = j0 + 2u;
    let l116 = i114 * 100u + j115;
    let v117 = acc17.z;
    tmp27[l116] = v117;
  }
  {
    let i118 = i0 + 5u;
    let j119 = j0 + 3u;
    let l120 = i118 * 100u + j119;
    let v121 = acc17.w;
    tmp27[l120] = v121;
  }
  {
    let i122 = i0 + 6u;
    let l123 = i122 * 100u + j0;
    let v124 = acc18.x;
    tmp27[l123] = v124;
  }
  {
    let i125 = i0 + 6u;
    let j126 = j0 + 1u;
    let l127 = i125 * 100u + j126;
    let v128 = acc18.y;
    tmp27[l127] = v128;
  }
  {
    let i129 = i0 + 6u;
    let j130 = j0 + 2u;
    let l131 = i129 * 100u + j130;
    let v132 = acc18.z;
    tmp27[l131] = v132;
  }
  {
    let i133 = i0 + 6u;
    let j134 = j0 + 3u;
    let l135 = i133 * 100u + j134;
    let v136 = acc18.w;
    tmp27[l135] = v136;
  }
  {
    let i137 = i0 + 7u;
    let l138 = i137 * 100u + j0;
    let v139 = acc19.x;
    tmp27[l138] = v139;
  }
  {
    let i140 = i0 + 7u;
    let j141 = j0 + 1u;
    let l142 = i140 * 100u + j141;
    let v143 = acc19.y;
    tmp27[l142] = v143;
  }
  {
    let i144 = i0 + 7u;
    let j145 = j0 + 2u;
    let l146 = i144 * 100u + j145;
    let v147 = acc19.z;
    tmp27[l146] = v147;
  }
  {
    let i148 = i0 + 7u;
    let j149 = j0 + 3u;
    let l150 = i148 * 100u + j149;
    let v151 = acc19.w;
    tmp27[l150] = v151;
  }
}

// ---- 033_reduce_sum_tower_a_he_elu3_dense_bias_grad_x5.wgsl
var<workgroup> wg_f32_0: array<f32, 64>;
@group(0) @binding(0) var<storage, read> tmp26: array<f32>;
@group(0) @binding(1) var<storage, read_write> s_tower_a_he_elu3_dense_bias_momentum_velocity: array<f32>;
@group(0) @binding(2) var<storage, read_write> s_tower_a_he_elu3_dense_bias: array<f32>;
@group(0) @binding(3) var<storage, read_write> s_tower_a_he_elu4_dense_bias_momentum_velocity: array<f32>;
@group(0) @binding(4) var<storage, read> tmp7: array<f32>;
@group(0) @binding(5) var<storage, read_write> s_tower_a_he_elu4_dense_bias: array<f32>;

@compute @workgroup_size(64)
fn main(@builtin(workgroup_id) wid: vec3<u32>, @builtin(local_invocation_index) lane: u32) {
  let i = wid.x;
  var acc0: f32 = 0.0;
  for (var r1: u32 = lane; r1 < 100u; r1 = r1 + 64u) {
    let l2 = r1 * 100u + i;
    let v3 = tmp26[l2];
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
  let v6 = s_tower_a_he_elu3_dense_bias_momentum_velocity[i];
  let v7 = (v6 * 0.9);
  let v8 = (v7 + red5);
  let v9 = s_tower_a_he_elu3_dense_bias[i];
  let v10 = (v8 * 0.9);
  let v11 = (red5 + v10);
  let v12 = (v11 * 0.01);
  let v13 = (v9 - v12);
  let v14 = s_tower_a_he_elu4_dense_bias_momentum_velocity[i];
  let v15 = (v14 * 0.9);
  let v16 = tmp7[i];
  let v17 = (v15 + v16);
  let v18 = s_tower_a_he_elu4_dense_bias[i];
  let v19 = (v17 * 0.9);
  let v20 = (v16 + v19);
  let v21 = (v20 * 0.01);
  let v22 = (v18 - v21);
  storageBarrier();
  if (lane == 0u) {
    s_tower_a_he_elu3_dense_bias_momentum_velocity[i] = v8;
    s_tower_a_he_elu3_dense_bias[i] = v13;
    s_tower_a_he_elu4_dense_bias_momentum_velocity[i] = v17;
    s_tower_a_he_elu4_dense_bias[i] = v22;
  }
}

// ---- 034_add_tower_a_he_elu1_dense_kernel_momentum_x4.wgsl
@group(0) @binding(0) var<storage, read_write> s_tower_a_he_elu1_dense_kernel_momentum_velocity: array<f32>;
@group(0) @binding(1) var<storage, read> tmp28: array<f32>;
@group(0) @binding(2) var<storage, read_write> s_tower_a_he_elu1_dense_kernel: array<f32>;
@group(0) @binding(3) var<storage, read_write> s_tower_b_he_elu1_dense_kernel_momentum_velocity: array<f32>;
@group(0) @binding(4) var<storage, read> tmp27: array<f32>;
@group(0) @binding(5) var<storage, read_write> s_tower_b_he_elu1_dense_kernel: array<f32>;

@compute @workgroup_size(64)
fn main(@builtin(global_invocation_id) gid: vec3<u32>) {
  let i = gid.x;
  if (i >= 78400u) { return; }
  let v0 = s_tower_a_he_elu1_dense_kernel_momentum_velocity[i];
  let c1 = (i / 100u);
  let c2 = (i % 100u);
  let v3 = (v0 * 0.9);
  let v4 = tmp28[i];
  let v5 = (v3 + v4);
  let v6 = s_tower_a_he_elu1_dense_kernel[i];
  let v7 = (v5 * 0.9);
  let v8 = (v4 + v7);
  let v9 = (v8 * 0.01);
  let v10 = (v6 - v9);
  let v11 = s_tower_b_he_elu1_dense_kernel_momentum_velocity[i];
  let v12 = (v11 * 0.9);
  let v13 = tmp27[i];
  let v14 = (v12 + v13);
  let v15 = s_tower_b_he_elu1_dense_kernel[i];
  let v16 = (v14 * 0.9);
  let v17 = (v13 + v16);
  let v18 = (v17 * 0.01);
  let v19 = (v15 - v18);
  s_tower_a_he_elu1_dense_kernel_momentum_velocity[i] = v5;
  s_tower_a_he_elu1_dense_kernel[i] = v10;
  s_tower_b_he_elu1_dense_kernel_momentum_velocity[i] = v14;
  s_tower_b_he_elu1_dense_kernel[i] = v19;
}

// ---- 035_add_tower_a_he_elu2_dense_kernel_momentum_x4.wgsl
@group(0) @binding(0) var<storage, read_write> s_tower_a_he_elu2_dense_kernel_momentum_velocity: array<f32>;
@group(0) @binding(1) var<storage, read> tmp10: array<f32>;
@group(0) @binding(2) var<storage, read_write> s_tower_a_he_elu2_dense_kernel: array<f32>;
@group(0) @binding(3) var<storage, read_write> s_tower_a_he_elu3_dense_kernel_momentum_velocity: array<f32>;
@group(0) @binding(4) var<storage, read> tmp5: array<f32>;
@group(0) @binding(5) var<storage, read_write> s_tower_a_he_elu3_dense_kernel: array<f32>;

@compute @workgroup_size(64)
fn main(@builtin(global_invocation_id) gid: vec3<u32>) {
  let i = gid.x;
  if (i >= 10000u) { return; }
  let v0 = s_tower_a_he_elu2_dense_kernel_momentum_velocity[i];
  let c1 = (i / 100u);
  let c2 = (i % 100u);
  let v3 = (v0 * 0.9);
  let v4 = tmp10[i];
  let v5 = (v3 + v4);
  let v6 = s_tower_a_he_elu2_dense_kernel[i];
  let v7 = (v5 * 0.9);
  let v8 = (v4 + v7);
  let v9 = (v8 * 0.01);
  let v10 = (v6 - v9);
  let v11 = s_tower_a_he_elu3_dense_kernel_momentum_velocity[i];
  let v12 = (v11 * 0.9);
  let v13 = tmp5[i];
  let v14 = (v12 + v13);
  let v15 = s_tower_a_he_elu3_dense_kernel[i];
  let v16 = (v14 * 0.9);
  let v17 = (v13 + v16);
  let v18 = (v17 * 0.01);
  let v19 = (v15 - v18);
  s_tower_a_he_elu2_dense_kernel_momentum_velocity[i] = v5;
  s_tower_a_he_elu2_dense_kernel[i] = v10;
  s_tower_a_he_elu3_dense_kernel_momentum_velocity[i] = v14;
  s_tower_a_he_elu3_dense_kernel[i] = v19;
}

// ---- 036_add_tower_b_he_elu2_dense_bias_momentum_x4.wgsl
@group(0) @binding(0) var<storage, read_write> s_tower_b_he_elu2_dense_bias_momentum_velocity: array<f32>;
@group(0) @binding(1) var<storage, read> tmp11: array<f32>;
@group(0) @binding(2) var<storage, read_write> s_tower_b_he_elu2_dense_bias: array<f32>;
@group(0) @binding(3) var<storage, read_write> s_tower_b_he_elu3_dense_bias_momentum_velocity: array<f32>;
@group(0) @binding(4) var<storage, read> tmp13: array<f32>;
@group(0) @binding(5) var<storage, read_write> s_tower_b_he_elu3_dense_bias: array<f32>;

@compute @workgroup_size(64)
fn main(@builtin(global_invocation_id) gid: vec3<u32>) {
  let i = gid.x;
  if (i >= 100u) { return; }
  let v0 = s_tower_b_he_elu2_dense_bias_momentum_velocity[i];
  let v1 = (v0 * 0.9);
  let v2 = tmp11[i];
  let v3 = (v1 + v2);
  let v4 = s_tower_b_he_elu2_dense_bias[i];
  let v5 = (v3 * 0.9);
  let v6 = (v2 + v5);
  let v7 = (v6 * 0.01);
  let v8 = (v4 - v7);
  let v9 = s_tower_b_he_elu3_dense_bias_momentum_velocity[i];
  let v10 = (v9 * 0.9);
  let v11 = tmp13[i];
  let v12 = (v10 + v11);
  let v13 = s_tower_b_he_elu3_dense_bias[i];
  let v14 = (v12 * 0.9);
  let v15 = (v11 + v14);
  let v16 = (v15 * 0.01);
  let v17 = (v13 - v16);
  s_tower_b_he_elu2_dense_bias_momentum_velocity[i] = v3;
  s_tower_b_he_elu2_dense_bias[i] = v8;
  s_tower_b_he_elu3_dense_bias_momentum_velocity[i] = v12;
  s_tower_b_he_elu3_dense_bias[i] = v17;
}

// ---- 037_add_joined_dense_kernel_momentum_x2.wgsl
@group(0) @binding(0) var<storage, read_write> s_joined_dense_kernel_momentum_velocity: array<f32>;
@group(0) @binding(1) var<storage, read> tmp25: array<f32>;
@group(0) @binding(2) var<storage, read_write> s_joined_dense_kernel: array<f32>;

@compute @workgroup_size(64)
fn main(@builtin(global_invocation_id) gid: vec3<u32>) {
  let i = gid.x;
  if (i >= 2000u) { return; }
  let v0 = s_joined_dense_kernel_momentum_velocity[i];
  let c1 = (i / 10u);
  let c2 = (i % 10u);
  let v3 = (v0 * 0.9);
  let v4 = tmp25[i];
  let v5 = (v3 + v4);
  let v6 = s_joined_dense_kernel[i];
  let v7 = (v5 * 0.9);
  let v8 = (v4 + v7);
  let v9 = (v8 * 0.01);
  let v10 = (v6 - v9);
  s_joined_dense_kernel_momentum_velocity[i] = v5;
  s_joined_dense_kernel[i] = v10;
}

// ---- 038_add_joined_dense_bias_momentum_x2.wgsl
@group(0) @binding(0) var<storage, read_write> s_joined_dense_bias_momentum_velocity: array<f32>;
@group(0) @binding(1) var<storage, read> tmp22: array<f32>;
@group(0) @binding(2) var<storage, read_write> s_joined_dense_bias: array<f32>;

@compute @workgroup_size(64)
fn main(@builtin(global_invocation_id) gid: vec3<u32>) {
  let i = gid.x;
  if (i >= 10u) { return; }
  let v0 = s_joined_dense_bias_momentum_velocity[i];
  let v1 = (v0 * 0.9);
  let v2 = tmp22[i];
  let v3 = (v1 + v2);
  let v4 = s_joined_dense_bias[i];
  let v5 = (v3 * 0.9);
  let v6 = (v2 + v5);
  let v7 = (v6 * 0.01);
  let v8 = (v4 - v7);
  s_joined_dense_bias_momentum_velocity[i] = v3;
  s_joined_dense_bias[i] = v8;
}

// ---- 039_add_logits_dense_bias_momentum_x2.wgsl
@group(0) @binding(0) var<storage, read_write> s_logits_dense_bias_momentum_velocity: array<f32>;
@group(0) @binding(1) var<storage, read> tmp21: array<f32>;
@group(0) @binding(2) var<storage, read_write> s_logits_dense_bias: array<f32>;

@compute @workgroup_size(64)
fn main(@builtin(global_invocation_id) gid: vec3<u32>) {
  let i = gid.x;
  if (i >= 1u) { return; }
  let v0 = s_logits_dense_bias_momentum_velocity[i];
  let v1 = (v0 * 0.9);
  let v2 = tmp21[i];
  let v3 = (v1 + v2);
  let v4 = s_logits_dense_bias[i];
  let v5 = (v3 * 0.9);
  let v6 = (v2 + v5);
  let v7 = (v6 * 0.01);
  let v8 = (v4 - v7);
  s_logits_dense_bias_momentum_velocity[i] = v3;
  s_logits_dense_bias[i] = v8;
}

// ---- 040_add_metrics_x5.wgsl
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

// ---- 041_feed_eval_XA.wgsl
@group(0) @binding(0) var<storage, read> data: array<u32>;
@group(0) @binding(1) var<storage, read> info: array<u32>;
@group(0) @binding(2) var<storage, read> eval_batch: array<u32>;
@group(0) @binding(3) var<storage, read_write> out: array<f32>;
@group(0) @binding(4) var<storage, read_write> weight: array<f32>;

@compute @workgroup_size(64)
fn main(@builtin(global_invocation_id) gid: vec3<u32>) {
  let i = gid.x;
  if (i >= 4900u) { return; }
  let count = info[0];
  let features = info[2];
  let row = i / 49u;
  let f = (i % 49u) * 16u;
  let o = row * 784u + f;
  let base = eval_batch[0] * 100u;
  let rem = min(count - min(base, count), 100u);
  let ex = base + row % max(rem, 1u);
  if (i == 0u) {
    weight[0] = f32(rem) / 100.0;
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

// ---- 042_feed_eval_XB.wgsl
@group(0) @binding(0) var<storage, read> data: array<u32>;
@group(0) @binding(1) var<storage, read> info: array<u32>;
@group(0) @binding(2) var<storage, read> eval_batch: array<u32>;
@group(0) @binding(3) var<storage, read_write> out: array<f32>;

@compute @workgroup_size(64)
fn main(@builtin(global_invocation_id) gid: vec3<u32>) {
  let i = gid.x;
  if (i >= 4900u) { return; }
  let count = info[0];
  let features = info[2];
  let row = i / 49u;
  let f = (i % 49u) * 16u;
  let o = row * 784u + f;
  let base = eval_batch[0] * 100u;
  let rem = min(count - min(base, count), 100u);
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

// ---- 043_feed_eval_y.wgsl
@group(0) @binding(0) var<storage, read> data: array<u32>;
@group(0) @binding(1) var<storage, read> info: array<u32>;
@group(0) @binding(2) var<storage, read> eval_batch: array<u32>;
@group(0) @binding(3) var<storage, read_write> out: array<i32>;

@compute @workgroup_size(64)
fn main(@builtin(global_invocation_id) gid: vec3<u32>) {
  let i = gid.x;
  if (i >= 100u) { return; }
  let count = info[0];
  let features = info[2];
  let row = i / 1u;
  let f = (i % 1u) * 1u;
  let o = row * 1u + f;
  let base = eval_batch[0] * 100u;
  let rem = min(count - min(base, count), 100u);
  let ex = base + row % max(rem, 1u);
  let e = min(ex, count - 1u) * features + f;
  out[o + 0u] = bitcast<i32>(data[e + 0u]);
}

// ---- 044_matmul_tower_a_he_elu1.wgsl
@group(0) @binding(0) var<storage, read> in_XA_v4: array<vec4<f32>>;
@group(0) @binding(1) var<storage, read> s_tower_a_he_elu1_dense_kernel_v4: array<vec4<f32>>;
@group(0) @binding(2) var<storage, read_write> tmp3: array<f32>;
@group(0) @binding(3) var<storage, read> s_tower_a_he_elu1_dense_bias: array<f32>;

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
  let ra12 = row0 * 196u;
  let ra13 = row1 * 196u;
  let ra14 = row2 * 196u;
  let ra15 = row3 * 196u;
  for (var k: u32 = 0u; k < 196u; k = k + 1u) {
    let av16 = in_XA_v4[ra12 + k];
    let av17 = in_XA_v4[ra13 + k];
    let av18 = in_XA_v4[ra14 + k];
    let av19 = in_XA_v4[ra15 + k];
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
    tmp3[l28] = v36;
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
    tmp3[l38] = v46;
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
    tmp3[l48] = v56;
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
    tmp3[l58] = v66;
  }
  {
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
    tmp3[l68] = v76;
  }
  {
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
    tmp3[l79] = v87;
  }
  {
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
    tmp3[l90] = v98;
  }
  {
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
    tmp3[l101] = v109;
  }
  {
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
    tmp3[l111] = v119;
  }
  {
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
    tmp3[l122] = v130;
  }
  {
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
    tmp3[l133] = v141;
  }
  {
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
    tmp3[l144] = v152;
  }
  {
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
    tmp3[l154] = v162;
  }
  {
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
    tmp3[l165] = v173;
  }
  {
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
    tmp3[l176] = v184;
  }
  {
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
    tmp3[l187] = v195;
  }
}

// ---- 045_matmul_tower_a_he_elu2.wgsl
@group(0) @binding(0) var<storage, read> tmp3_v4: array<vec4<f32>>;
@group(0) @binding(1) var<storage, read> s_tower_a_he_elu2_dense_kernel_v4: array<vec4<f32>>;
@group(0) @binding(2) var<storage, read_write> tmp2: array<f32>;
@group(0) @binding(3) var<storage, read> s_tower_a_he_elu2_dense_bias: array<f32>;

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
    tmp2[l28] = v36;
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
    tmp2[l38] = v46;
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
    tmp2[l48] = v56;
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
    tmp2[l58] = v66;
  }
  {
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
    tmp2[l68] = v76;
  }
  {
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
    tmp2[l79] = v87;
  }
  {
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
    tmp2[l90] = v98;
  }
  {
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
    tmp2[l101] = v109;
  }
  {
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
    tmp2[l111] = v119;
  }
  {
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
    tmp2[l122] = v130;
  }
  {
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
    tmp2[l133] = v141;
  }
  {
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
    tmp2[l144] = v152;
  }
  {
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
    tmp2[l154] = v162;
  }
  {
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
    tmp2[l165] = v173;
  }
  {
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
    tmp2[l176] = v184;
  }
  {
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
    tmp2[l187] = v195;
  }
}

// ---- 046_matmul_tower_a_he_elu5_dense.wgsl
@group(0) @binding(0) var<storage, read> tmp1_v4: array<vec4<f32>>;
@group(0) @binding(1) var<storage, read> s_tower_a_he_elu5_dense_kernel_v4: array<vec4<f32>>;
@group(0) @binding(2) var<storage, read_write> tmp0: array<f32>;

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
  let ra12 = row0 * 25u;
  let ra13 = row1 * 25u;
  let ra14 = row2 * 25u;
  let ra15 = row3 * 25u;
  for (var k: u32 = 0u; k < 25u; k = k + 1u) {
    let av16 = tmp1_v4[ra12 + k];
    let av17 = tmp1_v4[ra13 + k];
    let av18 = tmp1_v4[ra14 + k];
    let av19 = tmp1_v4[ra15 + k];
    let kq20 = k * 4u + 0u;
    let bv21 = s_tower_a_he_elu5_dense_kernel_v4[(kq20 * 100u + j0) / 4u];
    let kq22 = k * 4u + 1u;
    let bv23 = s_tower_a_he_elu5_dense_kernel_v4[(kq22 * 100u + j0) / 4u];
    let kq24 = k * 4u + 2u;
    let bv25 = s_tower_a_he_elu5_dense_kernel_v4[(kq24 * 100u + j0) / 4u];
    let kq26 = k * 4u + 3u;
    let bv27 = s_tower_a_he_elu5_dense_kernel_v4[(kq26 * 100u + j0) / 4u];
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
    tmp0[l28] = v29;
  }
  {
    let j30 = j0 + 1u;
    let l31 = i0 * 100u + j30;
    let v32 = acc8.y;
    tmp0[l31] = v32;
  }
  {
    let j33 = j0 + 2u;
    let l34 = i0 * 100u + j33;
    let v35 = acc8.z;
    tmp0[l34] = v35;
  }
  {
    let j36 = j0 + 3u;
    let l37 = i0 * 100u + j36;
    let v38 = acc8.w;
    tmp0[l37] = v38;
  }
  {
    let i39 = i0 + 1u;
    let l40 = i39 * 100u + j0;
    let v41 = acc9.x;
    tmp0[l40] = v41;
  }
  {
    let i42 = i0 + 1u;
    let j43 = j0 + 1u;
    let l44 = i42 * 100u + j43;
    let v45 = acc9.y;
    tmp0[l44] = v45;
  }
  {
    let i46 = i0 + 1u;
    let j47 = j0 + 2u;
    let l48 = i46 * 100u + j47;
    let v49 = acc9.z;
    tmp0[l48] = v49;
  }
  {
    let i50 = i0 + 1u;
    let j51 = j0 + 3u;
    let l52 = i50 * 100u + j51;
    let v53 = acc9.w;
    tmp0[l52] = v53;
  }
  {
    let i54 = i0 + 2u;
    let l55 = i54 * 100u + j0;
    let v56 = acc10.x;
    tmp0[l55] = v56;
  }
  {
    let i57 = i0 + 2u;
    let j58 = j0 + 1u;
    let l59 = i57 * 100u + j58;
    let v60 = acc10.y;
    tmp0[l59] = v60;
  }
  {
    let i61 = i0 + 2u;
    let j62 = j0 + 2u;
    let l63 = i61 * 100u + j62;
    let v64 = acc10.z;
    tmp0[l63] = v64;
  }
  {
    let i65 = i0 + 2u;
    let j66 = j0 + 3u;
    let l67 = i65 * 100u + j66;
    let v68 = acc10.w;
    tmp0[l67] = v68;
  }
  {
    let i69 = i0 + 3u;
    let l70 = i69 * 100u + j0;
    let v71 = acc11.x;
    tmp0[l70] = v71;
  }
  {
    let i72 = i0 + 3u;
    let j73 = j0 + 1u;
    let l74 = i72 * 100u + j73;
    let v75 = acc11.y;
    tmp0[l74] = v75;
  }
  {
    let i76 = i0 + 3u;
    let j77 = j0 + 2u;
    let l78 = i76 * 100u + j77;
    let v79 = acc11.z;
    tmp0[l78] = v79;
  }
  {
    let i80 = i0 + 3u;
    let j81 = j0 + 3u;
    let l82 = i80 * 100u + j81;
    let v83 = acc11.w;
    tmp0[l82] = v83;
  }
}

// ---- 047_concat_joined.wgsl
@group(0) @binding(0) var<storage, read> tmp0: array<f32>;
@group(0) @binding(1) var<storage, read> s_tower_a_he_elu5_dense_bias: array<f32>;
@group(0) @binding(2) var<storage, read> tmp5: array<f32>;
@group(0) @binding(3) var<storage, read> s_tower_b_he_elu5_dense_bias: array<f32>;
@group(0) @binding(4) var<storage, read_write> tmp24: array<f32>;

@compute @workgroup_size(64)
fn main(@builtin(global_invocation_id) gid: vec3<u32>) {
  let i = gid.x;
  if (i >= 20000u) { return; }
  let c0 = (i / 200u);
  let c1 = (i % 200u);
  var cat2: f32 = 0.0;
  if (c1 < 100u) {
    let l3 = c0 * 100u + c1;
    let v4 = tmp0[l3];
    let v5 = s_tower_a_he_elu5_dense_bias[c1];
    let v6 = (v4 + v5);
    let v7 = min(v6, 0.0);
    let v8 = exp(v7);
    let v9 = (v8 - 1.0);
    let v10 = select(0.0, 1.0, v6 > 0.0);
    let v11 = select(v9, v6, v10 != 0.0);
    cat2 = v11;
  }
  if (c1 >= 100u && c1 < 200u) {
    let l12 = c0 * 100u + (c1 - 100u);
    let v13 = tmp5[l12];
    let l14 = (c1 - 100u);
    let v15 = s_tower_b_he_elu5_dense_bias[l14];
    let v16 = (v13 + v15);
    let v17 = min(v16, 0.0);
    let v18 = exp(v17);
    let v19 = (v18 - 1.0);
    let v20 = select(0.0, 1.0, v16 > 0.0);
    let v21 = select(v19, v16, v20 != 0.0);
    cat2 = v21;
  }
  tmp24[i] = cat2;
}

// ---- 048_matmul_joined.wgsl
@group(0) @binding(0) var<storage, read> tmp24: array<f32>;
@group(0) @binding(1) var<storage, read> s_joined_dense_kernel: array<f32>;
@group(0) @binding(2) var<storage, read_write> tmp20: array<f32>;
@group(0) @binding(3) var<storage, read> s_joined_dense_bias: array<f32>;

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
  let ra12 = row0 * 200u;
  let ra13 = row1 * 200u;
  let ra14 = row2 * 200u;
  let ra15 = row3 * 200u;
  for (var k: u32 = 0u; k < 200u; k = k + 1u) {
    let rb16 = k * 10u;
    let bv17 = vec4<f32>(s_joined_dense_kernel[rb16 + col4], s_joined_dense_kernel[rb16 + col5], s_joined_dense_kernel[rb16 + col6], s_joined_dense_kernel[rb16 + col7]);
    acc8 = acc8 + tmp24[ra12 + k] * bv17;
    acc9 = acc9 + tmp24[ra13 + k] * bv17;
    acc10 = acc10 + tmp24[ra14 + k] * bv17;
    acc11 = acc11 + tmp24[ra15 + k] * bv17;
  }
  {
    let l18 = i0 * 10u + j0;
    let v19 = acc8.x;
    let v20 = s_joined_dense_bias[j0];
    let v21 = (v19 + v20);
    let v22 = min(v21, 0.0);
    let v23 = exp(v22);
    let v24 = (v23 - 1.0);
    let v25 = select(0.0, 1.0, v21 > 0.0);
    let v26 = select(v24, v21, v25 != 0.0);
    tmp20[l18] = v26;
  }
  if (j0 + 1u < 10u) {
    let j27 = j0 + 1u;
    let l28 = i0 * 10u + j27;
    let v29 = acc8.y;
    let v30 = s_joined_dense_bias[j27];
    let v31 = (v29 + v30);
    let v32 = min(v31, 0.0);
    let v33 = exp(v32);
    let v34 = (v33 - 1.0);
    let v35 = select(0.0, 1.0, v31 > 0.0);
    let v36 = select(v34, v31, v35 != 0.0);
    tmp20[l28] = v36;
  }
  if (j0 + 2u < 10u) {
    let j37 = j0 + 2u;
    let l38 = i0 * 10u + j37;
    let v39 = acc8.z;
    let v40 = s_joined_dense_bias[j37];
    let v41 = (v39 + v40);
    let v42 = min(v41, 0.0);
    let v43 = exp(v42);
    let v44 = (v43 - 1.0);
    let v45 = select(0.0, 1.0, v41 > 0.0);
    let v46 = select(v44, v41, v45 != 0.0);
    tmp20[l38] = v46;
  }
  if (j0 + 3u < 10u) {
    let j47 = j0 + 3u;
    let l48 = i0 * 10u + j47;
    let v49 = acc8.w;
    let v50 = s_joined_dense_bias[j47];
    let v51 = (v49 + v50);
    let v52 = min(v51, 0.0);
    let v53 = exp(v52);
    let v54 = (v53 - 1.0);
    let v55 = select(0.0, 1.0, v51 > 0.0);
    let v56 = select(v54, v51, v55 != 0.0);
    tmp20[l48] = v56;
  }
  {
    let i57 = i0 + 1u;
    let l58 = i57 * 10u + j0;
    let v59 = acc9.x;
    let v60 = s_joined_dense_bias[j0];
    let v61 = (v59 + v60);
    let v62 = min(v61, 0.0);
    let v63 = exp(v62);
    let v64 = (v63 - 1.0);
    let v65 = select(0.0, 1.0, v61 > 0.0);
    let v66 = select(v64, v61, v65 != 0.0);
    tmp20[l58] = v66;
  }
  if (j0 + 1u < 10u) {
    let i67 = i0 + 1u;
    let j68 = j0 + 1u;
    let l69 = i67 * 10u + j68;
    let v70 = acc9.y;
    let v71 = s_joined_dense_bias[j68];
    let v72 = (v70 + v71);
    let v73 = min(v72, 0.0);
    let v74 = exp(v73);
    let v75 = (v74 - 1.0);
    let v76 = select(0.0, 1.0, v72 > 0.0);
    let v77 = select(v75, v72, v76 != 0.0);
    tmp20[l69] = v77;
  }
  if (j0 + 2u < 10u) {
    let i78 = i0 + 1u;
    let j79 = j0 + 2u;
    let l80 = i78 * 10u + j79;
    let v81 = acc9.z;
    let v82 = s_joined_dense_bias[j79];
    let v83 = (v81 + v82);
    let v84 = min(v83, 0.0);
    let v85 = exp(v84);
    let v86 = (v85 - 1.0);
    let v87 = select(0.0, 1.0, v83 > 0.0);
    let v88 = select(v86, v83, v87 != 0.0);
    tmp20[l80] = v88;
  }
  if (j0 + 3u < 10u) {
    let i89 = i0 + 1u;
    let j90 = j0 + 3u;
    let l91 = i89 * 10u + j90;
    let v92 = acc9.w;
    let v93 = s_joined_dense_bias[j90];
    let v94 = (v92 + v93);
    let v95 = min(v94, 0.0);
    let v96 = exp(v95);
    let v97 = (v96 - 1.0);
    let v98 = select(0.0, 1.0, v94 > 0.0);
    let v99 = select(v97, v94, v98 != 0.0);
    tmp20[l91] = v99;
  }
  {
    let i100 = i0 + 2u;
    let l101 = i100 * 10u + j0;
    let v102 = acc10.x;
    let v103 = s_joined_dense_bias[j0];
    let v104 = (v102 + v103);
    let v105 = min(v104, 0.0);
    let v106 = exp(v105);
    let v107 = (v106 - 1.0);
    let v108 = select(0.0, 1.0, v104 > 0.0);
    let v109 = select(v107, v104, v108 != 0.0);
    tmp20[l101] = v109;
  }
  if (j0 + 1u < 10u) {
    let i110 = i0 + 2u;
    let j111 = j0 + 1u;
    let l112 = i110 * 10u + j111;
    let v113 = acc10.y;
    let v114 = s_joined_dense_bias[j111];
    let v115 = (v113 + v114);
    let v116 = min(v115, 0.0);
    let v117 = exp(v116);
    let v118 = (v117 - 1.0);
    let v119 = select(0.0, 1.0, v115 > 0.0);
    let v120 = select(v118, v115, v119 != 0.0);
    tmp20[l112] = v120;
  }
  if (j0 + 2u < 10u) {
    let i121 = i0 + 2u;
    let j122 = j0 + 2u;
    let l123 = i121 * 10u + j122;
    let v124 = acc10.z;
    let v125 = s_joined_dense_bias[j122];
    let v126 = (v124 + v125);
    let v127 = min(v126, 0.0);
    let v128 = exp(v127);
    let v129 = (v128 - 1.0);
    let v130 = select(0.0, 1.0, v126 > 0.0);
    let v131 = select(v129, v126, v130 != 0.0);
    tmp20[l123] = v131;
  }
  if (j0 + 3u < 10u) {
    let i132 = i0 + 2u;
    let j133 = j0 + 3u;
    let l134 = i132 * 10u + j133;
    let v135 = acc10.w;
    let v136 = s_joined_dense_bias[j133];
    let v137 = (v135 + v136);
    let v138 = min(v137, 0.0);
    let v139 = exp(v138);
    let v140 = (v139 - 1.0);
    let v141 = select(0.0, 1.0, v137 > 0.0);
    let v142 = select(v140, v137, v141 != 0.0);
    tmp20[l134] = v142;
  }
  {
    let i143 = i0 + 3u;
    let l144 = i143 * 10u + j0;
    let v145 = acc11.x;
    let v146 = s_joined_dense_bias[j0];
    let v147 = (v145 + v146);
    let v148 = min(v147, 0.0);
    let v149 = exp(v148);
    let v150 = (v149 - 1.0);
    let v151 = select(0.0, 1.0, v147 > 0.0);
    let v152 = select(v150, v147, v151 != 0.0);
    tmp20[l144] = v152;
  }
  if (j0 + 1u < 10u) {
    let i153 = i0 + 3u;
    let j154 = j0 + 1u;
    let l155 = i153 * 10u + j154;
    let v156 = acc11.y;
    let v157 = s_joined_dense_bias[j154];
    let v158 = (v156 + v157);
    let v159 = min(v158, 0.0);
    let v160 = exp(v159);
    let v161 = (v160 - 1.0);
    let v162 = select(0.0, 1.0, v158 > 0.0);
    let v163 = select(v161, v158, v162 != 0.0);
    tmp20[l155] = v163;
  }
  if (j0 + 2u < 10u) {
    let i164 = i0 + 3u;
    let j165 = j0 + 2u;
    let l166 = i164 * 10u + j165;
    let v167 = acc11.z;
    let v168 = s_joined_dense_bias[j165];
    let v169 = (v167 + v168);
    let v170 = min(v169, 0.0);
    let v171 = exp(v170);
    let v172 = (v171 - 1.0);
    let v173 = select(0.0, 1.0, v169 > 0.0);
    let v174 = select(v172, v169, v173 != 0.0);
    tmp20[l166] = v174;
  }
  if (j0 + 3u < 10u) {
    let i175 = i0 + 3u;
    let j176 = j0 + 3u;
    let l177 = i175 * 10u + j176;
    let v178 = acc11.w;
    let v179 = s_joined_dense_bias[j176];
    let v180 = (v178 + v179);
    let v181 = min(v180, 0.0);
    let v182 = exp(v181);
    let v183 = (v182 - 1.0);
    let v184 = select(0.0, 1.0, v180 > 0.0);
    let v185 = select(v183, v180, v184 != 0.0);
    tmp20[l177] = v185;
  }
}

// ---- 049_reduce_sum_loss_x5.wgsl
var<workgroup> wg_f32_0: array<f32, 64>;
var<workgroup> wg_f32_1: array<f32, 64>;
@group(0) @binding(0) var<storage, read> tmp22: array<f32>;
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
  for (var r2: u32 = lane; r2 < 100u; r2 = r2 + 64u) {
    let v3 = tmp22[r2];
    let v4 = max(v3, 0.0);
    let v5 = in_y[r2];
    let v6 = f32(v5);
    let v7 = (v3 * v6);
    let v8 = (v4 - v7);
    let v9 = abs(v3);
    let v10 = (-v9);
    let v11 = exp(v10);
    let v12 = (v11 + 1.0);
    let v13 = log(v12);
    let v14 = (v8 + v13);
    acc0 = acc0 + v14;
    let v15 = (-v3);
    let v16 = exp(v15);
    let v17 = (v16 + 1.0);
    let v18 = (1.0 / v17);
    let v19 = select(0.0, 1.0, v18 > 0.5);
    let v20 = select(0.0, 1.0, v19 == v6);
    let v21 = select(0.0, 1.0, (bitcast<u32>(v18) & 0x7f800000u) != 0x7f800000u);
    let v22 = (v20 * v21);
    acc1 = acc1 + v22;
  }
  wg_f32_0[lane] = acc0;
  wg_f32_1[lane] = acc1;
  workgroupBarrier();
  for (var s23: u32 = 32u; s23 > 0u; s23 = s23 >> 1u) {
    if (lane < s23) {
      wg_f32_0[lane] = wg_f32_0[lane] + wg_f32_0[lane + s23];
      wg_f32_1[lane] = wg_f32_1[lane] + wg_f32_1[lane + s23];
    }
    workgroupBarrier();
  }
  let red24 = wg_f32_0[0];
  let red25 = wg_f32_1[0];
  let v26 = (red24 / 100.0);
  let v27 = (red25 / 100.0);
  let v28 = s_acc_eval_loss[i];
  let v29 = in_weight[i];
  let v30 = (v26 * v29);
  let v31 = (v28 + v30);
  let v32 = s_acc_eval_weight[i];
  let v33 = (v32 + v29);
  let v34 = s_acc_eval_accuracy[i];
  let v35 = (v27 * v29);
  let v36 = (v34 + v35);
  storageBarrier();
  if (lane == 0u) {
    out_loss[i] = v26;
    out_accuracy[i] = v27;
    s_acc_eval_loss[i] = v31;
    s_acc_eval_weight[i] = v33;
    s_acc_eval_accuracy[i] = v36;
  }
}

// ---- 050_add_metrics.wgsl
@group(0) @binding(0) var<storage, read_write> s_counter_eval_batch: array<u32>;

@compute @workgroup_size(64)
fn main(@builtin(global_invocation_id) gid: vec3<u32>) {
  let i = gid.x;
  if (i >= 1u) { return; }
  let v0 = s_counter_eval_batch[i];
  let v1 = (v0 + 1u);
  s_counter_eval_batch[i] = v1;
}

// ---- 051_matmul_accuracy.wgsl
@group(0) @binding(0) var<storage, read> tmp19: array<f32>;
@group(0) @binding(1) var<storage, read> s_logits_dense_kernel: array<f32>;
@group(0) @binding(2) var<storage, read_write> out_same_digit: array<f32>;
@group(0) @binding(3) var<storage, read> s_logits_dense_bias: array<f32>;

@compute @workgroup_size(64)
fn main(@builtin(global_invocation_id) gid: vec3<u32>) {
  let t = gid.x;
  if (t >= 25u) { return; }
  let i0 = (t / 1u) * 4u;
  let j0 = (t % 1u) * 4u;
  let row0 = min(i0 + 0u, 99u);
  let row1 = min(i0 + 1u, 99u);
  let row2 = min(i0 + 2u, 99u);
  let row3 = min(i0 + 3u, 99u);
  let col4 = min(j0 + 0u, 0u);
  let col5 = min(j0 + 1u, 0u);
  let col6 = min(j0 + 2u, 0u);
  let col7 = min(j0 + 3u, 0u);
  var acc8: vec4<f32> = vec4<f32>(0.0);
  var acc9: vec4<f32> = vec4<f32>(0.0);
  var acc10: vec4<f32> = vec4<f32>(0.0);
  var acc11: vec4<f32> = vec4<f32>(0.0);
  let ra12 = row0 * 10u;
  let ra13 = row1 * 10u;
  let ra14 = row2 * 10u;
  let ra15 = row3 * 10u;
  for (var k: u32 = 0u; k < 10u; k = k + 1u) {
    let rb16 = k * 1u;
    let bv17 = vec4<f32>(s_logits_dense_kernel[rb16 + col4], s_logits_dense_kernel[rb16 + col5], s_logits_dense_kernel[rb16 + col6], s_logits_dense_kernel[rb16 + col7]);
    acc8 = acc8 + tmp19[ra12 + k] * bv17;
    acc9 = acc9 + tmp19[ra13 + k] * bv17;
    acc10 = acc10 + tmp19[ra14 + k] * bv17;
    acc11 = acc11 + tmp19[ra15 + k] * bv17;
  }
  {
    let v18 = acc8.x;
    let v19 = s_logits_dense_bias[0u];
    let v20 = (v18 + v19);
    let v21 = (-v20);
    let v22 = exp(v21);
    let v23 = (v22 + 1.0);
    let v24 = (1.0 / v23);
    out_same_digit[i0] = v24;
  }
  if (j0 + 1u < 1u) {
    let j25 = j0 + 1u;
    let v26 = acc8.y;
    let v27 = s_logits_dense_bias[0u];
    let v28 = (v26 + v27);
    let v29 = (-v28);
    let v30 = exp(v29);
    let v31 = (v30 + 1.0);
    let v32 = (1.0 / v31);
    out_same_digit[i0] = v32;
  }
  if (j0 + 2u < 1u) {
    let j33 = j0 + 2u;
    let v34 = acc8.z;
    let v35 = s_logits_dense_bias[0u];
    let v36 = (v34 + v35);
    let v37 = (-v36);
    let v38 = exp(v37);
    let v39 = (v38 + 1.0);
    let v40 = (1.0 / v39);
    out_same_digit[i0] = v40;
  }
  if (j0 + 3u < 1u) {
    let j41 = j0 + 3u;
    let v42 = acc8.w;
    let v43 = s_logits_dense_bias[0u];
    let v44 = (v42 + v43);
    let v45 = (-v44);
    let v46 = exp(v45);
    let v47 = (v46 + 1.0);
    let v48 = (1.0 / v47);
    out_same_digit[i0] = v48;
  }
  {
    let i49 = i0 + 1u;
    let v50 = acc9.x;
    let v51 = s_logits_dense_bias[0u];
    let v52 = (v50 + v51);
    let v53 = (-v52);
    let v54 = exp(v53);
    let v55 = (v54 + 1.0);
    let v56 = (1.0 / v55);
    out_same_digit[i49] = v56;
  }
  if (j0 + 1u < 1u) {
    let i57 = i0 + 1u;
    let j58 = j0 + 1u;
    let v59 = acc9.y;
    let v60 = s_logits_dense_bias[0u];
    let v61 = (v59 + v60);
    let v62 = (-v61);
    let v63 = exp(v62);
    let v64 = (v63 + 1.0);
    let v65 = (1.0 / v64);
    out_same_digit[i57] = v65;
  }
  if (j0 + 2u < 1u) {
    let i66 = i0 + 1u;
    let j67 = j0 + 2u;
    let v68 = acc9.z;
    let v69 = s_logits_dense_bias[0u];
    let v70 = (v68 + v69);
    let v71 = (-v70);
    let v72 = exp(v71);
    let v73 = (v72 + 1.0);
    let v74 = (1.0 / v73);
    out_same_digit[i66] = v74;
  }
  if (j0 + 3u < 1u) {
    let i75 = i0 + 1u;
    let j76 = j0 + 3u;
    let v77 = acc9.w;
    let v78 = s_logits_dense_bias[0u];
    let v79 = (v77 + v78);
    let v80 = (-v79);
    let v81 = exp(v80);
    let v82 = (v81 + 1.0);
    let v83 = (1.0 / v82);
    out_same_digit[i75] = v83;
  }
  {
    let i84 = i0 + 2u;
    let v85 = acc10.x;
    let v86 = s_logits_dense_bias[0u];
    let v87 = (v85 + v86);
    let v88 = (-v87);
    let v89 = exp(v88);
    let v90 = (v89 + 1.0);
    let v91 = (1.0 / v90);
    out_same_digit[i84] = v91;
  }
  if (j0 + 1u < 1u) {
    let i92 = i0 + 2u;
    let j93 = j0 + 1u;
    let v94 = acc10.y;
    let v95 = s_logits_dense_bias[0u];
    let v96 = (v94 + v95);
    let v97 = (-v96);
    let v98 = exp(v97);
    let v99 = (v98 + 1.0);
    let v100 = (1.0 / v99);
    out_same_digit[i92] = v100;
  }
  if (j0 + 2u < 1u) {
    let i101 = i0 + 2u;
    let j102 = j0 + 2u;
    let v103 = acc10.z;
    let v104 = s_logits_dense_bias[0u];
    let v105 = (v103 + v104);
    let v106 = (-v105);
    let v107 = exp(v106);
    let v108 = (v107 + 1.0);
    let v109 = (1.0 / v108);
    out_same_digit[i101] = v109;
  }
  if (j0 + 3u < 1u) {
    let i110 = i0 + 2u;
    let j111 = j0 + 3u;
    let v112 = acc10.w;
    let v113 = s_logits_dense_bias[0u];
    let v114 = (v112 + v113);
    let v115 = (-v114);
    let v116 = exp(v115);
    let v117 = (v116 + 1.0);
    let v118 = (1.0 / v117);
    out_same_digit[i110] = v118;
  }
  {
    let i119 = i0 + 3u;
    let v120 = acc11.x;
    let v121 = s_logits_dense_bias[0u];
    let v122 = (v120 + v121);
    let v123 = (-v122);
    let v124 = exp(v123);
    let v125 = (v124 + 1.0);
    let v126 = (1.0 / v125);
    out_same_digit[i119] = v126;
  }
  if (j0 + 1u < 1u) {
    let i127 = i0 + 3u;
    let j128 = j0 + 1u;
    let v129 = acc11.y;
    let v130 = s_logits_dense_bias[0u];
    let v131 = (v129 + v130);
    let v132 = (-v131);
    let v133 = exp(v132);
    let v134 = (v133 + 1.0);
    let v135 = (1.0 / v134);
    out_same_digit[i127] = v135;
  }
  if (j0 + 2u < 1u) {
    let i136 = i0 + 3u;
    let j137 = j0 + 2u;
    let v138 = acc11.z;
    let v139 = s_logits_dense_bias[0u];
    let v140 = (v138 + v139);
    let v141 = (-v140);
    let v142 = exp(v141);
    let v143 = (v142 + 1.0);
    let v144 = (1.0 / v143);
    out_same_digit[i136] = v144;
  }
  if (j0 + 3u < 1u) {
    let i145 = i0 + 3u;
    let j146 = j0 + 3u;
    let v147 = acc11.w;
    let v148 = s_logits_dense_bias[0u];
    let v149 = (v147 + v148);
    let v150 = (-v149);
    let v151 = exp(v150);
    let v152 = (v151 + 1.0);
    let v153 = (1.0 / v152);
    out_same_digit[i145] = v153;
  }
}
