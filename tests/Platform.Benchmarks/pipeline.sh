#!/usr/bin/env bash
# The end-to-end pipeline benchmark, every mode beside its ceiling in the same run (issue 18):
#   1. embedded (platform run: in-memory bus, SQLite) against platform process over the same bulletins,
#      with push→published latency at half the measured rate, storage and memory per 1,000 bulletins;
#   2. distributed (the four hosts on the local RabbitMQ, shared SQLite) against the raw broker ceiling;
#   3. the curve: embedded to 20,000 stored bulletins.
# Usage: tests/Platform.Benchmarks/pipeline.sh [embedded|distributed|curve|all] (default all). Results: Markdown on
# stdout, JSON in $PIPELINE_RESULTS (default ./pipeline-results). Ratios are what to compare: the machine is shared.
set -euo pipefail
cd "$(dirname "$0")/../.."
mode=${1:-all}
out=${PIPELINE_RESULTS:-pipeline-results}
mkdir -p "$out"

for project in services/Platform.Cli services/Platform.Fetch.Host services/Platform.Parse.Host services/Platform.Enrich.Host services/Platform.Publish.Host tests/Platform.Benchmarks; do
  dotnet build "$project" -c Release -nologo -v q >&2
done
bench() { dotnet run --no-build -c Release --project tests/Platform.Benchmarks -- pipeline "$@"; }

if [[ $mode == all || $mode == embedded ]]; then
  bench embedded --bulletins "${EMBEDDED_BULLETINS:-3000}" --json "$out/embedded.json"
fi
if [[ $mode == all || $mode == distributed ]]; then
  export PLATFORM_TEST_RUN="$(date +%s)-$$"
  trap 'bash tests/setup/rabbitmq.sh drop-run "$PLATFORM_TEST_RUN" || true' EXIT
  broker_env=$(bash tests/setup/rabbitmq.sh)
  eval "$broker_env"
  bench distributed --bulletins "${DISTRIBUTED_BULLETINS:-1000}" --json "$out/distributed.json"
fi
if [[ $mode == all || $mode == curve ]]; then
  bench embedded --bulletins "${CURVE_BULLETINS:-20000}" --json "$out/curve.json"
fi
