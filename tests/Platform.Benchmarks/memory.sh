#!/usr/bin/env bash
# Peak memory at the maximum push body (issue 13 item 12): the four service hosts as OS processes on the local
# RabbitMQ (a fresh vhost) and one shared SQLite file; pushes bulletins just under Platform:Fetch:MaxBodyBytes
# (10 MiB by default) one after another, waits until each is published, and prints every host's peak resident set
# (VmHWM of /proc/<pid>/status) after start-up and after the pushes, beside the Kubernetes limit in deploy/k8s/base.
# Usage: tests/Platform.Benchmarks/memory.sh [pushes] (default 3). MEMORY_BODY_BYTES overrides the body size,
# MEMORY_MAX_BODY_BYTES the configured limit; MEMORY_NO_BUILD=1 uses the hosts as built.
set -euo pipefail
cd "$(dirname "$0")/../.."
pushes=${1:-3}
max_body=${MEMORY_MAX_BODY_BYTES:-10485760}          # FetchOptions.MaxBodyBytes default
body_bytes=${MEMORY_BODY_BYTES:-$((max_body - 4096))} # just under it: room for the multi-byte tail of the last paragraph
max_chars=3990000                                     # FormatLimits.MaxTextChars (4,000,000) binds first for this text
key=memory-bench-key-0123456789

if [[ -z ${MEMORY_NO_BUILD:-} ]]; then
  for service in Fetch Parse Enrich Publish; do
    dotnet build "services/Platform.$service.Host" -c Release -nologo -v q >&2
  done
fi
eval "$(bash tests/setup/rabbitmq.sh)"
dir=$(mktemp -d /tmp/platform-memory-XXXXXX)
declare -A pids ports
cleanup() {
  for service in "${!pids[@]}"; do kill "${pids[$service]}" 2>/dev/null || true; done
  wait 2>/dev/null || true
  rm -rf "$dir"
}
trap cleanup EXIT

free_port() { python3 -c 'import socket; s=socket.socket(); s.bind(("127.0.0.1",0)); print(s.getsockname()[1])'; }
hwm_mb() { awk '/^VmHWM:/ { printf "%d", $2 / 1024 }' "/proc/$1/status"; }
limit_mi() { awk '/limits:/ { l=1 } l && /memory:/ { gsub(/Mi/, "", $2); print $2; exit }' "deploy/k8s/base/$1.yaml"; }

for service in Fetch Parse Enrich Publish; do
  lower=${service,,}
  ports[$service]=$(free_port)
  dll="services/Platform.$service.Host/bin/Release/net10.0/platform-$lower.dll"
  (cd "$(dirname "$dll")" && exec env \
    Urls="http://127.0.0.1:${ports[$service]}" \
    Platform__Transport__Kind=rabbitmq Platform__Transport__Host=127.0.0.1 \
    Platform__Transport__VirtualHost="$PLATFORM_TEST_RABBITMQ_VHOST" \
    Platform__Store__Kind=sqlite Platform__Store__SqlitePath="$dir/platform.db" \
    Platform__Fetch__ApiKeys="bench=$key" Platform__Fetch__MaxBodyBytes="$max_body" \
    Platform__Publish__Exchange="bench.memory" Platform__Publish__DispatchToBroker=true \
    Logging__LogLevel__Default=Warning \
    dotnet "platform-$lower.dll" >"$dir/$lower.log" 2>&1) &
  pids[$service]=$!
done
for service in Fetch Parse Enrich Publish; do
  ready=
  for _ in $(seq 240); do
    curl -sf "http://127.0.0.1:${ports[$service]}/health/ready" >/dev/null && { ready=1; break; }
    kill -0 "${pids[$service]}" 2>/dev/null || break
    sleep 0.5
  done
  [[ -n $ready ]] || { echo "$service never became ready:" >&2; tail -n 20 "$dir/${service,,}.log" >&2; exit 1; }
done
declare -A idle
for service in Fetch Parse Enrich Publish; do idle[$service]=$(hwm_mb "${pids[$service]}"); done

# One Chinese bulletin of the seeds' shape, paragraphs repeated up to the size (or the extracted-text limit); a tag
# keeps each push distinct.
body() {
  python3 - "$1" "$body_bytes" "$max_chars" <<'PY'
import sys
tag, size, chars = sys.argv[1], int(sys.argv[2]), int(sys.argv[3])
head = f"首都精神文明建设情况简报\n\n第 19 期\n\n首都精神文明办\n\n2020 年 4 月 29 日\n\n【新时代文明实践中心建设】\n\n海淀区新时代文明实践中心志愿服务全覆盖{tag}\n\n"
out, used, count, i = [head], len(head.encode()), len(head), 0
while True:
    i += 1
    p = f"第{i}段。海淀区新时代文明实践中心组织志愿者深入社区开展疫情防控志愿服务,累计服务群众{1000 + i}人次,发放宣传材料{200 + i}份,解决群众急难愁盼问题{10 + i}件,得到居民广泛好评和积极响应。\n\n"
    if used + len(p.encode()) > size or count + len(p) > chars: break
    out.append(p); used += len(p.encode()); count += len(p)
sys.stdout.write("".join(out))
PY
}

start=$SECONDS
for n in $(seq "$pushes"); do
  body "第$n次" >"$dir/body.txt"
  id=$(curl -s -H "Authorization: Bearer $key" -H 'Content-Type: text/plain; charset=utf-8' \
    --data-binary "@$dir/body.txt" "http://127.0.0.1:${ports[Fetch]}/v1/bulletins" | tee "$dir/answer.json" | jq -r .id)
  [[ $id != null && -n $id ]] || { echo "push $n answered: $(cat "$dir/answer.json")" >&2; exit 1; }
  status=
  for _ in $(seq 600); do
    status=$(curl -sf "http://127.0.0.1:${ports[Fetch]}/v1/bulletins/$id/status" | jq -r .status)
    [[ $status == published || $status == rejected ]] && break
    sleep 0.5
  done
  echo "// push $n: $(stat -c %s "$dir/body.txt") bytes, $id $status after $((SECONDS - start)) s" >&2
  [[ $status == published ]] || { echo "bulletin $id ended $status" >&2; exit 1; }
done
sleep 2 # the outbox dispatches after the article is marked published

echo "| host | peak RSS idle (MB) | peak RSS after $pushes × $((body_bytes / 1024)) KiB (MB) | k8s limit (Mi) | peak / limit |"
echo "|---|---|---|---|---|"
for service in Fetch Parse Enrich Publish; do
  lower=${service,,}
  peak=$(hwm_mb "${pids[$service]}")
  limit=$(limit_mi "$lower")
  echo "| $lower | ${idle[$service]} | $peak | $limit | $(awk -v p="$peak" -v l="$limit" 'BEGIN { printf "%.2f", p * 1000 * 1000 / (l * 1024 * 1024) }') |"
done
