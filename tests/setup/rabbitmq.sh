#!/usr/bin/env bash
# Installs (when absent) and starts a local RabbitMQ for the integration tests, then creates a fresh vhost.
# Prints "export PLATFORM_TEST_RABBITMQ_VHOST=<vhost>" for the caller to eval.
# Facts measured on these machines are in ../shared/DESIGN.md (install ~30 s, NODENAME pinned to localhost).
set -euo pipefail

log() { echo "[rabbitmq] $*" >&2; }

if ! command -v rabbitmq-server >/dev/null 2>&1; then
  log "installing rabbitmq-server (Debian package)"
  export DEBIAN_FRONTEND=noninteractive
  install_log=$(mktemp)
  # The package's postinst starts the broker with the machine's hostname as node name; we restart it below.
  if ! { apt-get update -qq && apt-get install -y -qq -o Dpkg::Use-Pty=0 rabbitmq-server; } >"$install_log" 2>&1; then
    cat "$install_log" >&2
    exit 1
  fi
fi

mkdir -p /etc/rabbitmq
if ! grep -q '^NODENAME=rabbit@localhost' /etc/rabbitmq/rabbitmq-env.conf 2>/dev/null; then
  echo 'NODENAME=rabbit@localhost' >> /etc/rabbitmq/rabbitmq-env.conf
  # A broker started by the package under another node name must go before ours can start.
  (rabbitmqctl -q -n "rabbit@$(hostname -s)" shutdown >/dev/null 2>&1 || true)
  pkill -f beam.smp >/dev/null 2>&1 || true
fi

pid_file=/var/lib/rabbitmq/mnesia/rabbit@localhost.pid
# Bounded by `timeout`: a node stuck while booting leaves rabbitmqctl waiting past its own --timeout.
if ! timeout 60 rabbitmqctl -q -n rabbit@localhost status >/dev/null 2>&1; then
  # A status that failed under load while the node runs (or boots) must not start a second one.
  if ! { [ -f "$pid_file" ] && kill -0 "$(cat "$pid_file")" 2>/dev/null; }; then
    log "starting rabbitmq-server"
    RABBITMQ_PID_FILE=$pid_file rabbitmq-server -detached >&2 || true
  fi
  timeout 150 rabbitmqctl -q -n rabbit@localhost wait "$pid_file" --timeout 120 >&2
fi

vhost="platform-test-$(date +%s)-$$"
rabbitmqctl -q -n rabbit@localhost add_vhost "$vhost" >&2
rabbitmqctl -q -n rabbit@localhost set_permissions -p "$vhost" guest '.*' '.*' '.*' >&2
# Old test vhosts hold durable topology only; drop them so runs do not accumulate (a node holding a hundred of them
# did not finish booting). Only those created more than an hour ago go: another run may still be using a newer one.
now=$(date +%s)
for old in $(rabbitmqctl -q -n rabbit@localhost list_vhosts 2>/dev/null | grep '^platform-test-' | grep -v "^$vhost\$" || true); do
  created=$(echo "$old" | cut -d- -f3)
  if [[ "$created" =~ ^[0-9]+$ ]] && (( now - created > 3600 )); then
    rabbitmqctl -q -n rabbit@localhost delete_vhost "$old" >/dev/null 2>&1 || true
  fi
done
log "ready, vhost $vhost"
echo "export PLATFORM_TEST_RABBITMQ_VHOST=$vhost"
