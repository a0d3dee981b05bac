#!/usr/bin/env bash
# Benchmarks Rutineveileder against a bare eframe window built with the same eframe
# version and features, side by side in one run under Xvfb: start to first frame, peak
# memory, CPU over 10 s of idle; then routine load + validate and PDF export times.
# Needs: xvfb, and Mesa's software drivers (libgl1-mesa-dri, mesa-vulkan-drivers).
# Usage: scripts/bench.sh [runs]   (default 15 starts of each program)
set -euo pipefail
cd "$(dirname "$0")/.."
runs=${1:-15}
target=${CARGO_TARGET_DIR:-target}
cargo build --release --quiet --bin rutineveileder --example bare_window
app="$target/release/rutineveileder"
bare="$target/release/examples/bare_window"

export XDG_RUNTIME_DIR=${XDG_RUNTIME_DIR:-$(mktemp -d)}
home=$(mktemp -d)
Xvfb :95 -screen 0 1280x900x24 >/dev/null 2>&1 &
xvfb=$!
trap 'kill $xvfb 2>/dev/null || true; rm -rf "$home"' EXIT
export DISPLAY=:95
sleep 1

# One start that exits as soon as the first frame is on screen: "wall-seconds peak-KiB".
# The wall time is taken around the run in nanoseconds (time's own %e has only 10 ms).
one_start() {
  local measured begin end
  measured=$(mktemp)
  begin=$(date +%s%N)
  HOME="$home" RUTINEVEILEDER_EXIT_AFTER_FIRST_FRAME=1 \
    /usr/bin/time -f '%M' -o "$measured" "$1" >/dev/null 2>&1
  end=$(date +%s%N)
  echo "$(((end - begin) / 1000000)) $(cat "$measured")" | awk '{printf "%.3f %s\n", $1 / 1000, $2}'
  rm -f "$measured"
}

median() { sort -n | awk '{a[NR]=$1} END {print a[int((NR+1)/2)]}'; }

# Medians over $runs starts of each program, taken in turns (app, bare, app, …) so that
# a slower moment of the machine falls on both alike.
start_stats() {
  local app_runs bare_runs
  app_runs=$(mktemp)
  bare_runs=$(mktemp)
  for _ in $(seq "$runs"); do
    one_start "$app" >>"$app_runs"
    one_start "$bare" >>"$bare_runs"
  done
  app_t=$(awk '{print $1}' "$app_runs" | median)
  app_m=$(awk '{print $2}' "$app_runs" | median)
  bare_t=$(awk '{print $1}' "$bare_runs" | median)
  bare_m=$(awk '{print $2}' "$bare_runs" | median)
  rm -f "$app_runs" "$bare_runs"
}

# CPU seconds (user + system) used during 10 s with nobody touching the window.
idle_cpu() {
  local bin=$1
  HOME="$home" "$bin" >/dev/null 2>&1 &
  local pid=$!
  sleep 3
  local before after ticks
  before=$(awk '{print $14 + $15}' "/proc/$pid/stat")
  sleep 10
  after=$(awk '{print $14 + $15}' "/proc/$pid/stat")
  kill "$pid" 2>/dev/null || true
  wait "$pid" 2>/dev/null || true
  ticks=$(getconf CLK_TCK)
  awk -v a="$after" -v b="$before" -v t="$ticks" 'BEGIN {printf "%.2f", (a - b) / t}'
}

start_stats
app_idle=$(idle_cpu "$app")
bare_idle=$(idle_cpu "$bare")

printf '\n%-28s %14s %14s %8s\n' "" "Rutineveileder" "bare eframe" "ratio"
awk -v a="$app_t" -v b="$bare_t" 'BEGIN {printf "%-28s %13.3fs %13.3fs %8.2f\n", "start to first frame (median)", a, b, a / b}'
awk -v a="$app_m" -v b="$bare_m" 'BEGIN {printf "%-28s %11.1f MiB %10.1f MiB %8.2f\n", "peak memory (median)", a / 1024, b / 1024, a / b}'
printf '%-28s %13ss %13ss\n' "CPU over 10 s idle" "$app_idle" "$bare_idle"
echo
cargo run --release --quiet --example bench_export
