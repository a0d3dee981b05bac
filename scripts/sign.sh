#!/usr/bin/env bash
# Signs Windows files (the .exe, the .msi) in place with Authenticode, through Debian's
# osslsigncode, with the municipality's code-signing certificate. Nothing secret lives in
# the repository: the certificate and its password come from the environment.
#
#   RUTINEVEILEDER_SIGN_PFX       the certificate with its private key (.pfx or .p12)
#   RUTINEVEILEDER_SIGN_PASSWORD  its password (handed to osslsigncode in a private file,
#                                 never on a command line other users can read)
#   RUTINEVEILEDER_TIMESTAMP_URL  an RFC 3161 timestamp server, so the signature outlives
#                                 the certificate; default DigiCert's
#                                 http://timestamp.digicert.com; set it empty for none
#                                 (CI, which has no network beyond package registries)
#
# Without RUTINEVEILEDER_SIGN_PFX the files are left unsigned, and the log says so.
# Usage: scripts/sign.sh FILE...
set -euo pipefail

if [ -z "${RUTINEVEILEDER_SIGN_PFX:-}" ]; then
  for file in "$@"; do
    echo "UNSIGNED: $(basename "$file") is not signed (RUTINEVEILEDER_SIGN_PFX is not set)"
  done
  exit 0
fi
[ -r "$RUTINEVEILEDER_SIGN_PFX" ] || {
  echo "sign.sh: cannot read the certificate $RUTINEVEILEDER_SIGN_PFX" >&2
  exit 1
}
timestamp_url=${RUTINEVEILEDER_TIMESTAMP_URL-http://timestamp.digicert.com}

private=$(mktemp -d)
trap 'rm -rf "$private"' EXIT
chmod 700 "$private"
printf '%s' "${RUTINEVEILEDER_SIGN_PASSWORD:-}" >"$private/password"

for file in "$@"; do
  options=(-pkcs12 "$RUTINEVEILEDER_SIGN_PFX" -readpass "$private/password" -h sha256
    -n "Rutineveileder")
  if [ -n "$timestamp_url" ]; then
    options+=(-ts "$timestamp_url")
    stamped="timestamped by $timestamp_url"
  else
    stamped="no timestamp (RUTINEVEILEDER_TIMESTAMP_URL is empty)"
  fi
  osslsigncode sign "${options[@]}" -in "$file" -out "$private/signed" >/dev/null
  mv "$private/signed" "$file"
  echo "signed: $(basename "$file") with $(basename "$RUTINEVEILEDER_SIGN_PFX"), $stamped"
done
