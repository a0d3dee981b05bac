#!/usr/bin/env bash
# The MSI as IT meets it, under Wine with Xvfb and Mesa. scripts/build-msi.sh builds it
# from the release .exe as two older versions (unsigned, and the log says so), the
# current version signed with a throwaway certificate made here, and a second build of
# the current version. Both signatures (the .exe packed inside and the .msi) are checked
# with osslsigncode. Then, in a fresh Wine prefix (with the bcryptprimitives stand-in in
# its system32, not beside the program): a silent install of the oldest with ROUTINEPATH
# and the other properties; an upgrade without properties that keeps them all; an
# upgrade to the current version with a new ROUTINEPATH that replaces the old one and
# keeps the rest; one installed copy after each; the installed .exe's `policy`, `check`
# and its window on the routine the policy names; an older version refused and a second
# build of the same version kept as one copy; and an uninstall that leaves no program
# file and no policy value, and each user's settings where they were.
# Wine returns exit codes modulo 256: 1603 reads 67 and 1638 reads 102.
# Usage: .ci/msi.sh EXE
set -euo pipefail
exe=$(realpath "$1")
root=$(cd "$(dirname "$0")/.." && pwd)
work=$(mktemp -d)
export XDG_RUNTIME_DIR=$work/runtime WINEPREFIX=$work/prefix WINEDEBUG=-all
mkdir -m 700 "$XDG_RUNTIME_DIR"
# No Mono or Gecko install dialogs, and no menu entries written into this machine's $HOME.
export WINEDLLOVERRIDES="mscoree,mshtml=;winemenubuilder.exe=d"
wine=/usr/lib/wine/wine64

Xvfb :95 -screen 0 1280x1024x24 >/dev/null 2>&1 &
xvfb=$!
trap 'kill $xvfb 2>/dev/null || true; "${wine%64}server64" -k 2>/dev/null || true; [ -n "${KEEP_WORK:-}" ] || rm -rf "$work"' EXIT
export DISPLAY=:95

fail() { echo "FAILED: $*" >&2; exit 1; }

# A code-signing certificate made for this run only, with its password.
password=$(openssl rand -hex 16)
openssl req -x509 -newkey rsa:3072 -sha256 -days 1 -nodes -keyout "$work/key.pem" \
  -out "$work/ci-cert.pem" -subj "/CN=Rutineveileder CI (throwaway)" \
  -addext "extendedKeyUsage=codeSigning" 2>/dev/null
openssl pkcs12 -export -inkey "$work/key.pem" -in "$work/ci-cert.pem" -out "$work/ci.pfx" \
  -passout "pass:$password"
rm "$work/key.pem"
# Another certificate, which signed nothing: a check against it must fail.
openssl req -x509 -newkey rsa:2048 -sha256 -days 1 -nodes -keyout /dev/null \
  -out "$work/stranger.pem" -subj "/CN=Someone else" 2>/dev/null

version=$(sed -n 's/^version = "\(.*\)"$/\1/p' "$root/Cargo.toml" | head -1)
oldest=0.0.1 older=0.0.2
[ "$(printf '%s\n%s\n' "$older" "$version" | sort -V | head -1)" = "$older" ] && [ "$older" != "$version" ] ||
  fail "the upgrade test needs a version above $older (Cargo.toml has $version)"
build() { RUTINEVEILEDER_EXE=$exe "$root/scripts/build-msi.sh" "$@"; }
echo "-- two older versions, built without a certificate:"
RUTINEVEILEDER_MSI_VERSION=$oldest build "$work/oldest.msi"
RUTINEVEILEDER_MSI_VERSION=$older build "$work/older.msi"
echo "-- the current version, signed with the throwaway certificate:"
RUTINEVEILEDER_SIGN_PFX=$work/ci.pfx RUTINEVEILEDER_SIGN_PASSWORD=$password \
  RUTINEVEILEDER_TIMESTAMP_URL="" build "$work/rutineveileder.msi"
echo "-- a second build of the current version:"
build "$work/rebuilt.msi"
size=$(stat -c %s "$work/rutineveileder.msi")
echo "MSI size: $size bytes ($((size / 1024)) KiB)"
[ "$size" -le 12000000 ] || fail "the MSI is $size bytes, more than 12 MB"

# Both signatures, as osslsigncode verifies them against the throwaway certificate.
msiextract -C "$work/packed" "$work/rutineveileder.msi" >/dev/null
packed=$(find "$work/packed" -name rutineveileder.exe | head -1)
[ -n "$packed" ] || fail "no rutineveileder.exe in the MSI"
cmp -s "$packed" "$exe" && fail "the packed .exe is the unsigned one"
for signed in "$packed" "$work/rutineveileder.msi"; do
  echo "-- osslsigncode verify -CAfile ci-cert.pem -in $(basename "$signed")"
  verified=$(osslsigncode verify -CAfile "$work/ci-cert.pem" -in "$signed" 2>&1) ||
    fail "$(basename "$signed"): $verified"
  grep -E "^(Message digest algorithm|Signature verification|Number of verified signatures|Succeeded|Failed)|Subject:" <<<"$verified" | sort -u
  if osslsigncode verify -CAfile "$work/stranger.pem" -in "$signed" >/dev/null 2>&1; then
    fail "$(basename "$signed") verifies against a certificate that never signed it"
  fi
done
if osslsigncode verify -CAfile "$work/ci-cert.pem" -in "$work/older.msi" >/dev/null 2>&1; then
  fail "the unsigned MSI verifies"
fi
echo "both signatures verify against the throwaway certificate, and against no other; the unsigned MSI does not"

# A fresh Wine prefix with the stand-in for bcryptprimitives.dll in its system32.
"$wine" wineboot --init >/dev/null 2>&1
x86_64-w64-mingw32-gcc -O2 -shared -o "$WINEPREFIX/drive_c/windows/system32/bcryptprimitives.dll" \
  "$root/.ci/wine/bcryptprimitives.c" -ladvapi32
windows_path() { echo "Z:${1//\//\\}"; }
program_dir="$WINEPREFIX/drive_c/Program Files/Rutineveileder"
installed='C:\Program Files\Rutineveileder\rutineveileder.exe'
# Windows puts a per-machine shortcut in the common Start menu; Wine 8's msi puts it in the
# user's ("FIXME: set to AllUsers profile path if ALLUSERS is set"), so both are looked in.
shortcuts() { find "$WINEPREFIX/drive_c" -path '*/Start Menu/Programs/Rutineveileder.lnk' 2>/dev/null || true; }
policy_key='HKLM\SOFTWARE\Policies\Rutineveileder'

# Runs msiexec, prints the command and its exit code as Wine reports it, and checks it
# is one of the codes expected (separated by |).
msiexec() {
  local expected=$1
  shift
  local status=0
  timeout 300 "$wine" msiexec "$@" >/dev/null 2>&1 || status=$?
  echo "msiexec $* (as Wine reports it): exit $status"
  [[ "|$expected|" == *"|$status|"* ]] || fail "msiexec $*: exit $status, expected $expected"
}
product_code() { msiinfo export "$1" Property | tr -d '\r' | sed -n 's/^ProductCode\t//p'; }
policy_values() {
  timeout 60 "$wine" reg query "$policy_key" 2>/dev/null | tr -d '\r' | grep -E '^ +[A-Za-z]+ +REG_' || true
}
installed_copies() {
  timeout 60 "$wine" uninstaller --list 2>/dev/null | tr -d '\r' | grep -c '|||Rutineveileder$' || true
}
installed_version() {
  local code
  code=$(timeout 60 "$wine" uninstaller --list 2>/dev/null | tr -d '\r' | sed -n 's/^\({[0-9A-F-]*}\)|||Rutineveileder$/\1/p')
  timeout 60 "$wine" reg query "HKLM\\Software\\Microsoft\\Windows\\CurrentVersion\\Uninstall\\$code" \
    /v DisplayVersion 2>/dev/null | tr -d '\r' | sed -n 's/.*REG_SZ *//p'
}
run_installed() { timeout 120 "$wine" "$installed" "$@" 2>&1 | tr -d '\r'; }

first=$work/rutiner/lier.json routine=$work/rutiner/testvik.json
mkdir -p "$work/rutiner"
one_copy_of() {
  local copies installed
  copies=$(installed_copies) installed=$(installed_version)
  echo "installed copies: $copies, version $installed"
  [ "$copies" = 1 ] && [ "$installed" = "$1" ] || fail "expected one copy of $1"
}
echo "== install $oldest silently, with IT's properties"
msiexec 0 /i "$(windows_path "$work/oldest.msi")" /qn ROUTINEPATH="$(windows_path "$first")" \
  LOCKROUTINE=1 STARTSCREEN=opplaering HIDEREVISION=1
policy_values
[ "$(policy_values | wc -l)" = 4 ] || fail "the install did not write the four policy values"
[ -f "$program_dir/rutineveileder.exe" ] || fail "no program file after the install"
[ -n "$(shortcuts)" ] || fail "no Start menu shortcut after the install"
echo "Start menu shortcut: $(shortcuts | sed "s|^$WINEPREFIX/||")"
one_copy_of "$oldest"

echo "== upgrade to $older without properties: the policy values are kept"
before=$(policy_values)
msiexec 0 /i "$(windows_path "$work/older.msi")" /qn
[ "$(policy_values)" = "$before" ] || fail "the upgrade changed the policy values: $(policy_values)"
echo "the four policy values are as before"
one_copy_of "$older"

echo "== upgrade to $version with a new ROUTINEPATH: it replaces the old one, the rest is kept"
msiexec 0 /i "$(windows_path "$work/rutineveileder.msi")" /qn ROUTINEPATH="$(windows_path "$routine")"
policy_values
[ "$(policy_values | grep -v RoutinePath)" = "$(grep -v RoutinePath <<<"$before")" ] ||
  fail "the upgrade changed the other policy values"
policy_values | grep -qF "RoutinePath    REG_SZ    $(windows_path "$routine")" ||
  fail "the given ROUTINEPATH did not replace the one found"
one_copy_of "$version"
verified=$(osslsigncode verify -CAfile "$work/ci-cert.pem" -in "$program_dir/rutineveileder.exe" 2>&1) ||
  fail "the installed .exe is not the signed one: $verified"
echo "the installed .exe carries the signature"

echo "== the installed program, under the policy the MSI wrote"
run_installed new --municipality "Testvik kommune" --out "$(windows_path "$routine")" | tail -1
policy=$(run_installed policy) || fail "policy: $policy"
echo "$policy"
grep -qF "Rutinefil (RoutinePath): $(windows_path "$routine") – fra HKLM\\SOFTWARE\\Policies\\Rutineveileder\\RoutinePath" <<<"$policy" ||
  fail "policy does not name the routine from the registry"
grep -qF "Låst rutinefil (LockRoutine): ja" <<<"$policy" || fail "policy does not show the lock"
run_installed check "$(windows_path "$routine")" | tail -1
# The window opens on the routine the policy names: its title names the municipality.
"$wine" "$installed" >"$work/window.txt" 2>&1 &
window_pid=$!
title="Rutineveileder – Testvik kommune"
found=""
for _ in $(seq 120); do
  found=$(xdotool search --name "^$title\$" 2>/dev/null | head -1 || true)
  [ -n "$found" ] && break
  sleep 0.5
done
kill "$window_pid" 2>/dev/null || true
wait "$window_pid" 2>/dev/null || true
[ -n "$found" ] || { tr -d '\r' <"$work/window.txt" >&2; fail "no window titled «$title»"; }
echo "the window opened: «$title»"

echo "== an older version is refused, and a second build of $version is the same product"
# 1603 (the launch condition: a newer version is installed) reads 67 under Wine.
msiexec 67 /i "$(windows_path "$work/oldest.msi")" /qn
# Both builds carry one ProductCode, so the second finds its product installed: Windows
# refuses it with 1638 (102 under Wine); Wine 8 runs it as a maintenance install (0).
# Either way one copy stays installed.
[ "$(product_code "$work/rebuilt.msi")" = "$(product_code "$work/rutineveileder.msi")" ] ||
  fail "two builds of $version have different ProductCodes"
echo "both builds of $version: ProductCode $(product_code "$work/rebuilt.msi")"
msiexec "102|0" /i "$(windows_path "$work/rebuilt.msi")" /qn
one_copy_of "$version"

echo "== uninstall"
settings="$WINEPREFIX/drive_c/users/$(id -un)/AppData/Roaming/Rutineveileder/Rutineveileder/config/innstillinger.json"
mkdir -p "$(dirname "$settings")"
echo '{"text_scale_percent": 150}' >"$settings"
msiexec 0 /x "$(windows_path "$work/rutineveileder.msi")" /qn
left=$({ find "$program_dir" -type f 2>/dev/null || true; } | wc -l)
echo "program files left: $left; policy values left: $(policy_values | wc -l); installed copies: $(installed_copies)"
[ "$left" = 0 ] || fail "files left in Program Files\\Rutineveileder"
[ -z "$(shortcuts)" ] || fail "the Start menu shortcut is left"
[ "$(policy_values | wc -l)" = 0 ] || fail "policy values left"
[ "$(installed_copies)" = 0 ] || fail "still in installed programs"
[ -f "$settings" ] || fail "the uninstall removed a user's settings"
echo "the user's settings are where they were"
echo "MSI: installed silently with the routine path, upgraded, refused older and duplicate, removed"
