#!/usr/bin/env bash
# Installs what the MongoDB adapter's tests need: python3-mockupdb, the scripted wire-protocol server the
# wire tests drive the official .NET driver against. The driver itself is a NuGet package (no native library).
# Idempotent: does nothing when every package is already installed.
set -euo pipefail

packages=(python3-mockupdb)
missing=()
for package in "${packages[@]}"; do
  if ! dpkg-query -W -f='${Status}' "$package" 2>/dev/null | grep -q 'install ok installed'; then
    missing+=("$package")
  fi
done

if [ ${#missing[@]} -eq 0 ]; then
  exit 0
fi

echo "mongo-deps: installing ${missing[*]}" >&2
sudo_cmd=()
if [ "$(id -u)" -ne 0 ]; then sudo_cmd=(sudo); fi
export DEBIAN_FRONTEND=noninteractive
"${sudo_cmd[@]}" apt-get update -qq
"${sudo_cmd[@]}" apt-get install -y -qq --no-install-recommends "${missing[@]}" >/dev/null
