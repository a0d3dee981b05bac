#!/usr/bin/env bash
# Takes a screenshot of each mode of the real program under Xvfb, for the README and the
# user guides in docs/ (three slides of the presentation for docs/kursholdere.md).
# Needs: xvfb, xdotool, imagemagick (/usr/bin/import), Mesa's software drivers, chromium,
# poppler-utils (pdftoppm).
# Usage: scripts/screenshots.sh [path/to/rutineveileder]
set -euo pipefail
cd "$(dirname "$0")/.."
bin=${1:-${CARGO_TARGET_DIR:-target}/release/rutineveileder}
out=docs/screenshots
mkdir -p "$out"
export XDG_RUNTIME_DIR=${XDG_RUNTIME_DIR:-$(mktemp -d)}
home=$(mktemp -d)
Xvfb :96 -screen 0 1100x800x24 >/dev/null 2>&1 &
xvfb=$!
trap 'kill $xvfb 2>/dev/null || true; rm -rf "$home"' EXIT
export DISPLAY=:96
sleep 1
# shot NAME SCREEN: starts the program on SCREEN and saves the window as NAME.png.
shot() {
  HOME="$home" RUTINEVEILEDER_START_SCREEN=$2 "$bin" >/dev/null 2>&1 &
  local pid=$! window=""
  for _ in $(seq 40); do
    window=$(xdotool search --name '^Rutineveileder' 2>/dev/null | head -1 || true)
    [ -n "$window" ] && break
    sleep 0.25
  done
  sleep 2
  /usr/bin/import -window "$window" "$out/$1.png"
  kill "$pid"
  wait "$pid" 2>/dev/null || true
  echo "$out/$1.png"
}

for screen in samtale opplaering revisjon utskrifter innstillinger; do
  shot "$screen" "$screen"
done
# Steps 4 and 5 at RØD in the default 960×720 window: step 4 chosen with the mouse, where
# the first question's «Ja» takes the keyboard focus, answered with Enter; then step 5.
# The step buttons' places are those the layout test measures at 100 % text.
at_red() {
  HOME="$home" RUTINEVEILEDER_START_SCREEN=samtale "$bin" >/dev/null 2>&1 &
  local pid=$! window=""
  for _ in $(seq 40); do
    window=$(xdotool search --name '^Rutineveileder' 2>/dev/null | head -1 || true)
    [ -n "$window" ] && break
    sleep 0.25
  done
  sleep 2
  xdotool windowfocus --sync "$window" 2>/dev/null || true
  xdotool mousemove --window "$window" 464 105 click 1
  sleep 1
  xdotool key --window "$window" Return
  sleep 1
  /usr/bin/import -window "$window" "$out/samtale-steg4-rod.png"
  xdotool mousemove --window "$window" 588 105 click 1
  sleep 1
  /usr/bin/import -window "$window" "$out/samtale-steg5-rod.png"
  kill "$pid"
  wait "$pid" 2>/dev/null || true
  echo "$out/samtale-steg4-rod.png $out/samtale-steg5-rod.png"
}
at_red
# The guide in nynorsk and English, chosen through the settings file as a user would.
settings="$home/.config/rutineveileder"
mkdir -p "$settings"
for language in nn en; do
  echo "{\"language\": \"$language\"}" >"$settings/innstillinger.json"
  shot "samtale-$language" samtale
done
# The guide at 200 % text in the default 960×720 window, as a person with low vision sees it.
echo '{"text_scale_percent": 200}' >"$settings/innstillinger.json"
shot "samtale-200" samtale

# The web site (export web) in Debian's Chromium, with the puppeteer-core of .ci/web:
# a phone (360×800) and a desktop (1280×800) view of the employees' "Er det akutt?" page
# and of the citizens' page, and «Åpen nå» on a phone at 16:05 on Maundy Thursday 2027.
# The site is dated and the clock set, so the pictures do not change with the day.
npm ci --prefix .ci/web --no-audit --no-fund --loglevel=error
site=$(mktemp -d)
"$bin" export web --date 2027-03-01 --out "$site" >/dev/null
web_shot() { # NAME WIDTH HEIGHT PAGE [MOMENT [SELECTOR]]
  node .ci/web/screenshot.mjs "$site" "$out/$1.png" "$2" "$3" "$4" "${5:-2027-03-03T10:00}" ${6:+"$6"}
}
web_shot web-ansatte-mobil 360 800 akutt.html
web_shot web-innbyggere-mobil 360 800 bekymret-for-noen/index.html
web_shot web-ansatte-pc 1280 800 akutt.html
web_shot web-innbyggere-pc 1280 800 bekymret-for-noen/index.html
web_shot web-apen-na-mobil 360 800 bekymret-for-noen/index.html 2027-03-25T16:05 'li[data-open-now="closed"]'
rm -rf "$site"

# The pocket card as printed: the sheet's heading and its first card, front and back with
# the cut marks and fold line, at 150 dpi.
card=$(mktemp -d)
"$bin" export pocket-card --out "$card/lommekort.pdf" >/dev/null
pdftoppm -r 150 -png -singlefile -x 70 -y 100 -W 1100 -H 466 "$card/lommekort.pdf" "$out/lommekort"
rm -rf "$card"

# Three slides of the presentation as a meeting room sees them at 1280×720, in the real
# window driven by its keys: the title slide in the program, and a level's slide and the
# contacts' slide alone under the 113 bar (F11). Each is found by its number in the
# exported deck, which has the same slides in the same order.
Xvfb :97 -screen 0 1280x720x24 >/dev/null 2>&1 &
room=$!
trap 'kill $xvfb $room 2>/dev/null || true; rm -rf "$home"' EXIT
deck=$(mktemp -d)
"$bin" export slides --out "$deck/lysbilder.pdf" >/dev/null 2>&1
slide_number() { # TEXT: the number of the first slide whose text holds TEXT
  local pages page
  pages=$(pdfinfo "$deck/lysbilder.pdf" | awk '/^Pages:/ {print $2}')
  for page in $(seq "$pages"); do
    if pdftotext -f "$page" -l "$page" "$deck/lysbilder.pdf" - | grep -qF "$1"; then
      echo "$page"
      return
    fi
  done
  echo "no slide holds «$1»" >&2
  exit 1
}
slide_shot() { # NAME NUMBER [alone]
  rm -f "$settings/innstillinger.json"
  HOME="$home" DISPLAY=:97 RUTINEVEILEDER_START_SCREEN=opplaering "$bin" >/dev/null 2>&1 &
  local pid=$! window=""
  for _ in $(seq 40); do
    window=$(DISPLAY=:97 xdotool search --name '^Rutineveileder' 2>/dev/null | head -1 || true)
    [ -n "$window" ] && break
    sleep 0.25
  done
  DISPLAY=:97 xdotool windowmove "$window" 0 0 windowsize "$window" 1280 720
  sleep 2
  DISPLAY=:97 xdotool windowfocus --sync "$window"
  for _ in $(seq 2 "$2"); do
    DISPLAY=:97 xdotool key Right
    sleep 0.3
  done
  if [ "${3:-}" = alone ]; then DISPLAY=:97 xdotool key F11; fi
  sleep 1.5
  DISPLAY=:97 /usr/bin/import -window "$window" "$out/$1.png"
  kill "$pid"
  wait "$pid" 2>/dev/null || true
  echo "$out/$1.png"
}
slide_shot lysbilde-tittel 1
slide_shot lysbilde-niva "$(slide_number 'Når gjelder RØD?')" alone
slide_shot lysbilde-kontakter "$(slide_number 'Hvem kontakter du – kveld')" alone
rm -rf "$deck"
