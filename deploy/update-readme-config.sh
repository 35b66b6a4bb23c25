#!/usr/bin/env bash
# Regenerates the configuration tables in README.md and deploy/README.md from `platform config --markdown`
# (tests/Platform.Deploy.Tests fails while the table is stale).
set -euo pipefail
cd "$(dirname "$0")/.."
table=$(dotnet run --project services/Platform.Cli -c Release -- config --markdown)
TABLE="$table" perl -0pi -e 's/(<!-- config:begin -->).*?(<!-- config:end -->)/$1\n$ENV{TABLE}\n$2/s' README.md deploy/README.md
