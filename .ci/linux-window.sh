#!/usr/bin/env bash
# The Linux window opens under Xvfb with Mesa, falls back from a broken Vulkan to GL,
# and says what to do when no backend works. Usage: .ci/linux-window.sh BINARY
set -euo pipefail
bin=$1
export XDG_RUNTIME_DIR=$(mktemp -d) HOME=$(mktemp -d)
Xvfb :93 -screen 0 1280x1024x24 >/dev/null 2>&1 &
xvfb=$!
trap 'kill $xvfb 2>/dev/null || true' EXIT
export DISPLAY=:93
sleep 1
log=$(mktemp)

# opens NAME ENV...: the window draws its first frame and the program exits 0.
opens() {
  local name=$1
  shift
  if ! env "$@" RUTINEVEILEDER_EXIT_AFTER_FIRST_FRAME=1 timeout 120 "$bin" 2>"$log"; then
    echo "window did not open ($name):" >&2
    cat "$log" >&2
    exit 1
  fi
  cat "$log"
}
# says TEXT: the last run's standard error holds TEXT.
says() {
  grep -qF "$1" "$log" || { echo "stderr lacks «$1»:" >&2; cat "$log" >&2; exit 1; }
}

opens "first backend"
says "Grafikk: bruker Vulkan"
opens "Vulkan broken" VK_ICD_FILENAMES=/finnes/ikke.json
says "Grafikk: Vulkan virket ikke"
says "Grafikk: bruker GL"
opens "WGPU_BACKEND=gl" WGPU_BACKEND=gl
says "Grafikk: bruker GL"

# No backend works: exit 1, and the message names what was tried and what IT can do.
if WGPU_BACKEND=metal timeout 120 "$bin" 2>"$log"; then
  echo "a window opened on a backend this machine does not have" >&2
  exit 1
fi
says "Rutineveileder kunne ikke åpne vinduet"
says "WGPU_BACKEND=metal"
says "WGPU_BACKEND=gl"
says "rutineveileder check"
echo "Linux: the window opens, falls back to GL, and says what to do when nothing works"
