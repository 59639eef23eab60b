#!/usr/bin/env bash
# Sets up dnnc on a fresh Debian/Ubuntu machine: dependencies, build, a WebGPU adapter (Mesa's
# software renderer when there is no GPU), then a first training run. Safe to run again.
#
# usage: bash scripts/setup.sh [--no-train] [--with-fashion-mnist]
#   --no-train            stop after checking the adapter (CI)
#   --with-fashion-mnist  also apt-get install dataset-fashion-mnist (~30 MB) for --data fashion-mnist
set -euo pipefail
cd "$(dirname "${BASH_SOURCE[0]}")/.."

train=1
fashion=0
for arg in "$@"; do
  case "$arg" in
    --no-train) train=0 ;;
    --with-fashion-mnist) fashion=1 ;;
    -h | --help) sed -n '2,8p' "$0" | sed 's/^# \{0,1\}//'; exit 0 ;;
    *) echo "setup.sh: unknown option '$arg' (try --help)" >&2; exit 2 ;;
  esac
done

log() { printf '\n==> %s\n' "$*"; }

# Root in containers and CI; sudo elsewhere.
SUDO=()
if [ "$(id -u)" -ne 0 ]; then SUDO=(sudo); fi
apt_install() {
  if ! command -v apt-get >/dev/null; then
    echo "setup.sh: apt-get not found; install these packages with your package manager: $*" >&2
    return 1
  fi
  "${SUDO[@]}" env DEBIAN_FRONTEND=noninteractive apt-get update -q
  "${SUDO[@]}" env DEBIAN_FRONTEND=noninteractive apt-get install -y -q --no-install-recommends "$@"
}

# Debian 12's own nodejs is 18; vitest 4 and dnnc need 20 or newer.
if ! command -v node >/dev/null || ! node -e 'process.exit(+process.versions.node.split(".")[0] >= 20 ? 0 : 1)'; then
  echo "setup.sh: Node.js >= 20 is required (found: $(node --version 2>/dev/null || echo none))." >&2
  echo "  install it from https://nodejs.org or https://github.com/nodesource/distributions" >&2
  exit 1
fi

log "installing npm dependencies"
if [ -f package-lock.json ]; then
  npm ci --no-audit --no-fund
else
  npm install --no-audit --no-fund
fi

log "building"
npm run build

# Exit status of probe-adapter.mjs: 0 adapter, 3 none, else a real failure.
probe() {
  local rc=0
  node scripts/probe-adapter.mjs "$@" || rc=$?
  return "$rc"
}

log "looking for a WebGPU adapter"
rc=0
probe || rc=$?
if [ "$rc" -eq 3 ]; then
  # No GPU driver: Mesa's llvmpipe through EGL/OpenGL ES works everywhere; lavapipe (Vulkan)
  # helps on newer Mesa releases.
  log "no adapter; installing Mesa's software renderer"
  apt_install libegl1 libegl-mesa0 libgles2 mesa-vulkan-drivers
  log "looking for a WebGPU adapter again"
  rc=0
  probe --verbose || rc=$?
fi
if [ "$rc" -ne 0 ]; then
  echo "setup.sh: no usable WebGPU adapter (see above)" >&2
  exit 1
fi

if [ "$fashion" -eq 1 ] && [ ! -d /usr/share/datasets/fashion-mnist ]; then
  log "installing Fashion-MNIST"
  apt_install dataset-fashion-mnist
fi

if [ "$train" -eq 1 ]; then
  # tsc writes dist/src/... because rootDir is the repository root.
  cli=dist/src/cli/main.js
  log "training examples/mnist-bn.dnn"
  node "$cli" train examples/mnist-bn.dnn
fi
log "done"
