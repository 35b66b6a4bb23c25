#!/usr/bin/env bash
# Installs what tests/Platform.Deploy.Tests runs as processes: kubectl (its built-in kustomize renders the
# overlays), docker-compose (validates the compose file; `config` needs no Docker engine) and python3-yaml
# (turns the rendered YAML into JSON for the assertions). Idempotent; prints nothing when all are present.
set -euo pipefail

missing=()
# The machine image ships a current kubectl. Debian's kubernetes-client (1.20) is a last resort: its
# embedded kustomize predates `labels`/`replicas`, so the tests then fail with kustomize's own error.
command -v kubectl >/dev/null 2>&1 || missing+=(kubernetes-client)
command -v docker-compose >/dev/null 2>&1 || missing+=(docker-compose)
/usr/bin/python3 -c 'import yaml' >/dev/null 2>&1 || missing+=(python3-yaml)

if [ ${#missing[@]} -gt 0 ]; then
  export DEBIAN_FRONTEND=noninteractive
  timeout 600 apt-get update -qq >/dev/null
  timeout 600 apt-get install -y -qq --no-install-recommends "${missing[@]}" >/dev/null
fi
