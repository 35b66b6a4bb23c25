#!/usr/bin/env bash
# Installs (when absent) and starts a local RabbitMQ for the integration tests, then creates a fresh vhost.
# Prints "export PLATFORM_TEST_RABBITMQ_VHOST=<vhost>" for the caller to eval.
#   tests/setup/rabbitmq.sh               start (or reuse) the broker and create a vhost
#   tests/setup/rabbitmq.sh drop-run <id> delete every vhost made while PLATFORM_TEST_RUN was <id>, once that run
#                                         (tests/run.sh, a benchmark script) is done with them
# Facts measured on these machines are in ../shared/DESIGN.md (install ~30 s, NODENAME pinned to localhost).
#
# Every control call is bounded and killed whole when it runs out of time. Run as root, `rabbitmqctl` goes through
# `su`, whose child leaves the process group that `timeout` signals: stop 43's CI hung for 90 minutes on such a
# child, still holding the pipe this script's output is read from. The broker here holds test vhosts only, so a node
# that will not boot or answer is stopped and started again from an empty state.
set -euo pipefail

log() { echo "[rabbitmq] $*" >&2; }

node=rabbit@localhost
base=/var/lib/rabbitmq/mnesia
pid_file=$base/$node.pid
server_log=/var/log/rabbitmq/platform-test-server.log

# Runs rabbitmqctl against node $1 for at most $2 seconds, in this process group, with no terminal or pipe left behind.
ctl_on() {
  local target=$1 seconds=$2
  shift 2
  if [ "$(id -u)" = 0 ] && id -u rabbitmq >/dev/null 2>&1; then
    timeout -k 5 "$seconds" runuser -u rabbitmq -- env HOME=/var/lib/rabbitmq \
      /usr/lib/rabbitmq/bin/rabbitmqctl -q -n "$target" "$@" </dev/null
  else
    timeout -k 5 "$seconds" rabbitmqctl -q -n "$target" "$@" </dev/null
  fi
}

ctl() { ctl_on "$node" "$@"; }

install_broker() {
  log "installing rabbitmq-server (Debian package)"
  export DEBIAN_FRONTEND=noninteractive
  local install_log
  install_log=$(mktemp)
  # The package's postinst starts the broker with the machine's hostname as node name; it is replaced below.
  if ! { timeout 600 apt-get update -qq && timeout 600 apt-get install -y -qq -o Dpkg::Use-Pty=0 rabbitmq-server; } \
    >"$install_log" 2>&1; then
    cat "$install_log" >&2
    exit 1
  fi
}

node_process_alive() { [ -f "$pid_file" ] && kill -0 "$(cat "$pid_file")" 2>/dev/null; }

# Waits for the node to finish booting; rabbitmqctl's own --timeout is not kept by a node stuck while booting.
wait_booted() { ctl 150 wait "$pid_file" --timeout 120 >&2; }

start_node() {
  log "starting rabbitmq-server"
  mkdir -p "$(dirname "$server_log")"
  # Its output goes to a file: a detached node holding the caller's pipe would keep the caller waiting.
  RABBITMQ_PID_FILE=$pid_file timeout 60 rabbitmq-server -detached </dev/null >>"$server_log" 2>&1 || true
  wait_booted
}

stop_node_hard() {
  if [ -f "$pid_file" ]; then kill -9 "$(cat "$pid_file")" 2>/dev/null || true; fi
  # A node whose pid file went missing is known by the pid file it was started with; private nodes of the fault
  # tests use other ones and stay.
  local pid
  for pid in $(pgrep -f "beam.smp.*-s rabbit boot" || true); do
    if tr '\0' '\n' <"/proc/$pid/environ" 2>/dev/null | grep -qx "RABBITMQ_PID_FILE=$pid_file"; then
      kill -9 "$pid" 2>/dev/null || true
    fi
  done
  sleep 1
}

# The last resort: the node's state is test vhosts only, so it is dropped and the node boots empty.
reset_node() {
  log "the broker does not answer: stopping it and starting it again from an empty state"
  stop_node_hard
  rm -rf "${base:?}/$node" "${base:?}/$node-"* "$pid_file"
  start_node
}

# Starts the node, or waits for one that is booting, and answers whether it now responds.
ensure_running() {
  if ctl 60 status >/dev/null 2>&1; then return 0; fi
  # A status that failed under load while the node runs (or boots) must not start a second one.
  if node_process_alive; then
    wait_booted
  else
    start_node
  fi
}

add_vhost() {
  ctl 120 add_vhost "$1" >&2 && ctl 60 set_permissions -p "$1" guest '.*' '.*' '.*' >&2
}

test_vhosts() { ctl 60 list_vhosts 2>/dev/null | grep '^platform-test-' || true; }

# Old test vhosts hold durable topology only; drop them so runs do not accumulate (a node holding a hundred of them
# did not finish booting, and one holding 76 stopped answering add_vhost). Only those created more than an hour ago
# go: another run may still be using a newer one. The whole sweep is bounded.
drop_old_vhosts() {
  local keep=$1 now old created deadline
  now=$(date +%s)
  deadline=$((now + 120))
  for old in $(test_vhosts | grep -v "^$keep\$" || true); do
    created=$(echo "$old" | cut -d- -f3)
    if [[ "$created" =~ ^[0-9]+$ ]] && (( now - created > 3600 )); then
      (( $(date +%s) < deadline )) || break
      ctl 30 delete_vhost "$old" >/dev/null 2>&1 || true
    fi
  done
}

if [ "${1:-}" = drop-run ]; then
  [[ "${2:-}" =~ ^[0-9-]+$ ]] || { log "usage: rabbitmq.sh drop-run <id>"; exit 2; }
  for own in $(test_vhosts | grep -- "-run$2\$" || true); do
    ctl 30 delete_vhost "$own" >/dev/null 2>&1 || true
  done
  exit 0
fi

command -v rabbitmq-server >/dev/null 2>&1 || install_broker

mkdir -p /etc/rabbitmq
if ! grep -q "^NODENAME=$node" /etc/rabbitmq/rabbitmq-env.conf 2>/dev/null; then
  echo "NODENAME=$node" >> /etc/rabbitmq/rabbitmq-env.conf
  # A broker started by the package under another node name must go before ours can start.
  ctl_on "rabbit@$(hostname -s)" 60 shutdown >/dev/null 2>&1 || true
  pkill -f beam.smp >/dev/null 2>&1 || true
fi

# Named by creation time (the sweep below reads it) and by the test run that made it, if any (drop-run reads that).
vhost="platform-test-$(date +%s)-$$${PLATFORM_TEST_RUN:+-run$PLATFORM_TEST_RUN}"
if ! { ensure_running && add_vhost "$vhost"; }; then
  # Within a test run (tests/run.sh set its vhost) other tests are using the node: this call fails rather than wipe
  # the node under them. Only a run's own set-up, or a call outside a run, restarts it.
  if [ -n "${PLATFORM_TEST_RABBITMQ_VHOST:-}" ]; then
    log "the broker did not add vhost $vhost in time; not restarting it during a test run"
    exit 1
  fi
  reset_node
  add_vhost "$vhost"
fi
drop_old_vhosts "$vhost"
log "ready, vhost $vhost"
echo "export PLATFORM_TEST_RABBITMQ_VHOST=$vhost"
