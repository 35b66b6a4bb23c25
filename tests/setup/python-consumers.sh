#!/usr/bin/env bash
# Installs Debian's python3-pika and python3-jsonschema for the Python interop consumer
# (tests/Platform.Integration.Tests/consumers), run with /usr/bin/python3 — not .NET, as a downstream team would.
set -euo pipefail
if ! /usr/bin/python3 -c 'import pika, jsonschema' >/dev/null 2>&1; then
  echo "[python-consumers] installing python3-pika python3-jsonschema (Debian)" >&2
  export DEBIAN_FRONTEND=noninteractive
  log=$(mktemp)
  if ! { timeout 600 apt-get update -qq && timeout 600 apt-get install -y -qq -o Dpkg::Use-Pty=0 python3-pika python3-jsonschema; } >"$log" 2>&1; then
    cat "$log" >&2
    exit 1
  fi
fi
