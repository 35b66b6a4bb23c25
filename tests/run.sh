#!/usr/bin/env bash
# The test command: installs and starts what the tests need (RabbitMQ, mockupdb, deploy validators) when
# absent, builds the solution once, runs every test project, prints one summary line. The MongoDB store
# contract suite runs when MONGODB_URI names a replica set and is counted as skipped otherwise.
# Usage: tests/run.sh [extra dotnet test arguments]
set -euo pipefail
cd "$(dirname "$0")/.."

configuration=${CONFIGURATION:-Release}
for setup in tests/setup/*.sh; do
  case "$setup" in
    */rabbitmq.sh) ;; # started below: its output is an environment variable
    *) bash "$setup" ;;
  esac
done
# Every vhost this run makes (its own and each broker test's) carries the run's id and goes when the run ends, so the
# test broker does not grow run after run (one holding 76 old vhosts stopped answering and hung stop 43's CI).
export PLATFORM_TEST_RUN="$(date +%s)-$$"
trap 'bash tests/setup/rabbitmq.sh drop-run "$PLATFORM_TEST_RUN" || true' EXIT
# Assigned first, so a broker that cannot be started stops the run here (an eval of nothing would not).
broker_env=$(bash tests/setup/rabbitmq.sh)
eval "$broker_env"
export PLATFORM_TEST_RABBITMQ_VHOST

dotnet build Platform.sln -c "$configuration" -nologo -clp:ErrorsOnly
log=$(mktemp)
status=0
# A test that hangs (longest real one: the fault suite's store outage, about 3 minutes) is killed with its child processes
# and reported by name, instead of holding the whole run until CI's limit.
dotnet test Platform.sln -c "$configuration" --no-build -nologo --blame-hang-timeout 15m --blame-hang-dump-type none "$@" 2>&1 | tee "$log" || status=$?

# Extraction quality on the development corpus where it is beside the checkout (issue 11): printed, not yet a gate.
if [ -d ../shared/corpus/docs ]; then
  for gold in gold-a.json gold-b.json; do
    [ -f "../shared/corpus/$gold" ] || continue
    printf 'platform eval %s: ' "$gold"
    dotnet "services/Platform.Cli/bin/$configuration/net10.0/platform.dll" eval --gold "../shared/corpus/$gold" --docs ../shared/corpus/docs | tail -n 1 || true
    printf 'platform eval %s --rewrap 16-30: ' "$gold"
    dotnet "services/Platform.Cli/bin/$configuration/net10.0/platform.dll" eval --gold "../shared/corpus/$gold" --docs ../shared/corpus/docs --rewrap 16-30 | tail -n 1 || true
  done
fi

# One closing line for people and CI: sums of every test assembly's "Passed!/Failed!" line.
awk '/(Passed|Failed)! +- Failed:/ {
  gsub(/,/, ""); for (i = 1; i <= NF; i++) { if ($i == "Failed:") f += $(i+1); if ($i == "Passed:") p += $(i+1); if ($i == "Skipped:") s += $(i+1) }
} END { printf "%d passed, %d failed, %d skipped\n", p, f, s; if (p == 0) exit 1 }' "$log" || status=1

# After a failure, what the broker and the machine looked like: a resource alarm blocks every publishing connection
# without an error, and CI shows only the end of the output.
if [ "$status" -ne 0 ]; then
  echo "--- after the failure: broker alarms, disk, memory"
  timeout 60 rabbitmq-diagnostics -q -n rabbit@localhost alarms || true
  df -h /var/lib/rabbitmq /tmp || true
  free -m || true
fi
exit $status
