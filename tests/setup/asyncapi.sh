#!/usr/bin/env bash
# Installs the AsyncAPI validator (tests/asyncapi: @asyncapi/parser pinned by package-lock.json) for the
# contract tests. Needs node and npm (on the machine); the npm registry is reachable from CI.
set -euo pipefail
cd "$(dirname "$0")/../asyncapi"
if [ ! -d node_modules/@asyncapi/parser ] || [ package-lock.json -nt node_modules/.package-lock.json ]; then
  echo "[asyncapi] npm ci" >&2
  timeout 600 npm ci --no-audit --no-fund --loglevel=error >&2
fi
