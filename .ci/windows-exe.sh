#!/usr/bin/env bash
# The Windows .exe as a user meets it, under Wine with Xvfb and Mesa: `check`, `export`
# of every printable, the web site and the course package with the same bytes as the
# Linux build, the window opening through the graphics fallback, and the message box
# when no backend works.
# Usage: .ci/windows-exe.sh EXE LINUX_PDF_DIR
set -euo pipefail
exe=$1 linux_pdfs=$2
here=$(cd "$(dirname "$0")" && pwd)
work=$(mktemp -d)
export XDG_RUNTIME_DIR=$(mktemp -d) WINEPREFIX=$work/prefix WINEDEBUG=-all
# No Mono or Gecko: without this Wine waits for an install dialog nobody answers.
export WINEDLLOVERRIDES="mscoree,mshtml="
wine=/usr/lib/wine/wine64

Xvfb :94 -screen 0 1280x1024x24 >/dev/null 2>&1 &
xvfb=$!
trap 'kill $xvfb 2>/dev/null || true; "${wine%64}server64" -k 2>/dev/null || true' EXIT
export DISPLAY=:94
sleep 1

# The .exe with the stand-in for bcryptprimitives.dll that Wine 8 lacks (see the .c file).
cp "$exe" "$work/rutineveileder.exe"
x86_64-w64-mingw32-gcc -O2 -shared -o "$work/bcryptprimitives.dll" \
  "$here/wine/bcryptprimitives.c" -ladvapi32
"$wine" wineboot --init >/dev/null 2>&1
run() { timeout 120 "$wine" "$work/rutineveileder.exe" "$@"; }
windows_path() { echo "Z:${1//\//\\}"; }

run check "$(windows_path "$PWD/routines/lier.json")" | tail -1
for kind in pocket-card handout checklist poster poster-a3; do
  run export "$kind" --out "$(windows_path "$work/$kind.pdf")" >/dev/null 2>&1
  cmp "$work/$kind.pdf" "$linux_pdfs/$kind.pdf" ||
    { echo "$kind.pdf from the .exe differs from the Linux build's" >&2; exit 1; }
done
run export web --date 2027-03-01 --out "$(windows_path "$work/site")" >/dev/null 2>&1
diff -r "$work/site" "$linux_pdfs/site" ||
  { echo "the web site from the .exe differs from the Linux build's" >&2; exit 1; }
# The course's SCORM package: the zip entries are written as on Unix wherever it is made.
run export scorm --date 2027-03-01 --out "$(windows_path "$work/kurs.zip")" >/dev/null 2>&1
cmp "$work/kurs.zip" "$linux_pdfs/kurs.zip" ||
  { echo "the course package from the .exe differs from the Linux build's" >&2; exit 1; }
echo "check and export run; every printable, the web site and the course package are byte-identical to the Linux build's"

# The window opens with WGPU_BACKEND unset. Under Wine the first backend (DX12) fails,
# so it is the fallback that opens it.
log=$work/stderr.txt
if ! RUTINEVEILEDER_EXIT_AFTER_FIRST_FRAME=1 run 2>"$log"; then
  echo "the window did not open under Wine:" >&2
  cat "$log" >&2
  exit 1
fi
cat "$log"
for expected in "Grafikk: DX12 virket ikke" "Grafikk: bruker"; do
  grep -qF "$expected" "$log" || { echo "stderr lacks «$expected»" >&2; exit 1; }
done

# No backend works: a message box (a release .exe has no console) names what was tried.
(
  status=0
  WGPU_BACKEND=metal run >/dev/null 2>"$log" || status=$?
  echo "$status" >"$work/exit"
) &
box=""
for _ in $(seq 60); do
  box=$(xdotool search --name "^Rutineveileder kunne ikke åpne vinduet$" 2>/dev/null | head -1 || true)
  [ -n "$box" ] && break
  sleep 0.5
done
[ -n "$box" ] || { echo "no message box when nothing opens" >&2; cat "$log" >&2; exit 1; }
# Press the box's OK button (Return) until the program has exited: the dialog takes keys
# only once Wine has finished drawing it.
for _ in $(seq 60); do
  xdotool windowfocus --sync "$box" 2>/dev/null && xdotool key Return 2>/dev/null || true
  sleep 0.5
  [ -s "$work/exit" ] && break
done
[ "$(cat "$work/exit" 2>/dev/null)" = 1 ] || { echo "the program did not exit 1 after the message box" >&2; exit 1; }
grep -qF "WGPU_BACKEND=metal" "$log" || { echo "the message does not name the backend" >&2; exit 1; }
echo "Windows: the window opens through the fallback, and a message box says what to do when nothing works"
rm -rf "$work"
