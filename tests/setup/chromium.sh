#!/usr/bin/env bash
# Installs Debian's chromium (the console's browser tests drive it through Playwright; Playwright's own browser
# download does not work on these machines) and a CJK font so Chinese renders in screenshots. Debian, as root.
set -euo pipefail

log() { echo "[chromium] $*" >&2; }

missing=()
[ -x /usr/bin/chromium ] || missing+=(chromium)
fc-list :lang=zh 2>/dev/null | grep -qi "noto sans cjk" || missing+=(fonts-noto-cjk)
if [ ${#missing[@]} -eq 0 ]; then
  exit 0
fi
log "installing ${missing[*]} (Debian packages)"
export DEBIAN_FRONTEND=noninteractive
install_log=$(mktemp)
if ! { timeout 600 apt-get update -qq && timeout 600 apt-get install -y -qq -o Dpkg::Use-Pty=0 --no-install-recommends "${missing[@]}"; } >"$install_log" 2>&1; then
  cat "$install_log" >&2
  exit 1
fi
log "ready: $(/usr/bin/chromium --version 2>/dev/null || echo chromium)"
