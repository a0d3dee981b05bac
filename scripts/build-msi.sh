#!/usr/bin/env bash
# Builds the Windows installer from the release .exe with Debian's wixl (msitools 0.101):
# installer/rutineveileder.wxs, version from Cargo.toml, ProductCode derived from the
# version. The .exe is signed before it is packed and the .msi after it is built
# (scripts/sign.sh: with the certificate in RUTINEVEILEDER_SIGN_PFX, else unsigned and
# saying so).
#
# Usage: scripts/build-msi.sh OUT.msi
#   RUTINEVEILEDER_EXE          the .exe to pack; default: cargo builds the release .exe
#                               for x86_64-pc-windows-gnu (nothing to do when it is built)
#   RUTINEVEILEDER_MSI_VERSION  another version than Cargo.toml's (CI's upgrade test)
# Needs: wixl and msibuild (Debian: wixl, msitools), python3, osslsigncode for signing.
set -euo pipefail
[ $# -eq 1 ] || { echo "usage: scripts/build-msi.sh OUT.msi" >&2; exit 2; }
root=$(cd "$(dirname "$0")/.." && pwd)
out=$(realpath -m "$1")

version=${RUTINEVEILEDER_MSI_VERSION:-$(sed -n 's/^version = "\(.*\)"$/\1/p' "$root/Cargo.toml" | head -1)}
# Windows Installer compares major.minor.build, at most 255.255.65535, and nothing else.
if ! [[ $version =~ ^([0-9]+)\.([0-9]+)\.([0-9]+)$ ]] || [ "${BASH_REMATCH[1]}" -gt 255 ] ||
  [ "${BASH_REMATCH[2]}" -gt 255 ] || [ "${BASH_REMATCH[3]}" -gt 65535 ]; then
  echo "build-msi.sh: «$version» is not an MSI version (major.minor.build, 255.255.65535 at most)" >&2
  exit 1
fi

exe=${RUTINEVEILEDER_EXE:-}
if [ -z "$exe" ]; then
  (cd "$root" && cargo build --release --target x86_64-pc-windows-gnu)
  exe="${CARGO_TARGET_DIR:-$root/target}/x86_64-pc-windows-gnu/release/rutineveileder.exe"
fi
[ -s "$exe" ] || { echo "build-msi.sh: no .exe at $exe" >&2; exit 1; }

# wixl finds files by names relative to where it runs: stage them in a folder of their own.
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
cp "$exe" "$work/rutineveileder.exe"
cp "$root/assets/rutineveileder.ico" "$work/rutineveileder.ico"
"$root/scripts/sign.sh" "$work/rutineveileder.exe"

# One ProductCode per version, the same for every build of it, under the UpgradeCode.
upgrade_code=$(sed -n 's/.*UpgradeCode="\([0-9A-F-]*\)".*/\1/p' "$root/installer/rutineveileder.wxs")
product_code=$(python3 -c 'import sys, uuid; print(str(uuid.uuid5(uuid.UUID(sys.argv[1]), "Rutineveileder " + sys.argv[2])).upper())' \
  "$upgrade_code" "$version")

(cd "$work" && wixl -a x64 -D Version="$version" -D ProductCode="$product_code" \
  -D Exe=rutineveileder.exe -D Icon=rutineveileder.ico -o rutineveileder.msi \
  "$root/installer/rutineveileder.wxs")
# wixl has no component conditions: each policy value is written only when its property
# has a value (given on the command line, or found by the RegistrySearch on an upgrade).
for pair in RoutinePath:ROUTINEPATH LockRoutine:LOCKROUTINE StartScreen:STARTSCREEN \
  HideRevision:HIDEREVISION; do
  msibuild "$work/rutineveileder.msi" -q \
    "UPDATE \`Component\` SET \`Condition\` = '${pair#*:}' WHERE \`Component\` = 'Policy${pair%%:*}'"
done
"$root/scripts/sign.sh" "$work/rutineveileder.msi"

mkdir -p "$(dirname "$out")"
mv "$work/rutineveileder.msi" "$out"
echo "$out: Rutineveileder $version, ProductCode {$product_code}, $(stat -c %s "$out") bytes"
