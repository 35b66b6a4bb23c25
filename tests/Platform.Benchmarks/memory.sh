#!/usr/bin/env bash
# Peak memory at the maximum push body (issue 13 item 12): the four service hosts as OS processes on the local
# RabbitMQ (a fresh vhost) and one shared SQLite file; pushes bulletins just under Platform:Fetch:MaxBodyBytes
# (10 MiB by default) one after another, waits until each is published, and prints every host's peak resident set
# (VmHWM of /proc/<pid>/status) after start-up and after the pushes, beside the Kubernetes limit in deploy/k8s/base.
# Usage: tests/Platform.Benchmarks/memory.sh [pushes] (default 3 text pushes, then one HTML page). MEMORY_BODY_BYTES overrides the body size,
# MEMORY_MAX_BODY_BYTES the configured limit; MEMORY_NO_BUILD=1 uses the hosts as built.
# MEMORY_AS_CONTAINER=1 gives each host what .NET derives inside the image with its Kubernetes limits: the CPU limit
# as its processor count (1 CPU: workstation GC) and the image's DOTNET_GCHeapHardLimitPercent (deploy/docker/Dockerfile;
# else .NET's 75%) of the memory limit as its GC heap limit. This machine has no container runtime and its cgroups are
# not ours to set.
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
export PLATFORM_TEST_RUN="$(date +%s)-$$"
broker_env=$(bash tests/setup/rabbitmq.sh)
eval "$broker_env"
dir=$(mktemp -d /tmp/platform-memory-XXXXXX)
declare -A pids ports
heap_percent=$(sed -n 's/.*DOTNET_GCHeapHardLimitPercent=\(0x\)\{0,1\}\([0-9A-Fa-f]*\).*/\2/p' deploy/docker/Dockerfile)
if [[ -n $heap_percent ]]; then heap_percent=$((16#$heap_percent)); else heap_percent=75; fi # hex, as .NET reads it
cleanup() {
  for service in "${!pids[@]}"; do kill "${pids[$service]}" 2>/dev/null || true; done
  wait 2>/dev/null || true
  rm -rf "$dir"
  bash tests/setup/rabbitmq.sh drop-run "$PLATFORM_TEST_RUN" || true
}
trap cleanup EXIT

free_port() { python3 -c 'import socket; s=socket.socket(); s.bind(("127.0.0.1",0)); print(s.getsockname()[1])'; }
hwm_mib() { awk '/^VmHWM:/ { printf "%d", $2 / 1024 }' "/proc/$1/status"; }
cpu_limit() { awk '/limits:/ { l=1 } l && /cpu:/ { v=$2; gsub(/"/, "", v); print (v ~ /m$/ ? int((v + 999) / 1000) : v); exit }' "deploy/k8s/base/$1.yaml"; }
limit_mi() { awk '/limits:/ { l=1 } l && /memory:/ { v=$2; gsub(/"/, "", v); if (v ~ /Gi$/) { sub(/Gi/, "", v); v *= 1024 } else sub(/Mi/, "", v); print v; exit }' "deploy/k8s/base/$1.yaml"; }

for service in Fetch Parse Enrich Publish; do
  lower=${service,,}
  ports[$service]=$(free_port)
  dll="services/Platform.$service.Host/bin/Release/net10.0/platform-$lower.dll"
  gc=()
  [[ -n ${MEMORY_AS_CONTAINER:-} ]] && gc=("DOTNET_PROCESSOR_COUNT=$(cpu_limit "$lower")"
    "DOTNET_GCHeapHardLimit=$(printf '%x' $(( $(limit_mi "$lower") * 1024 * 1024 * heap_percent / 100 )))")
  (cd "$(dirname "$dll")" && exec env "${gc[@]}" \
    Urls="http://127.0.0.1:${ports[$service]}" \
    Platform__Transport__Kind=rabbitmq Platform__Transport__Host=127.0.0.1 \
    Platform__Transport__VirtualHost="$PLATFORM_TEST_RABBITMQ_VHOST" \
    Platform__Store__Kind=sqlite Platform__Store__SqlitePath="$dir/platform.db" \
    Platform__Fetch__ApiKeys="bench=$key" Platform__Fetch__MaxBodyBytes="$max_body" \
    Platform__Formats__Timeout="00:02:00" \
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
for service in Fetch Parse Enrich Publish; do idle[$service]=$(hwm_mib "${pids[$service]}"); done

# One Chinese bulletin of the seeds' shape, paragraphs repeated up to the size (or the extracted-text limit); a tag
# keeps each push distinct. As HTML, eight sentences to a <p>: the element limit (50,000) is far from reached.
body() {
  python3 - "$1" "$2" "$body_bytes" "$max_chars" <<'PY'
import sys
tag, kind, size, chars = sys.argv[1], sys.argv[2], int(sys.argv[3]), int(sys.argv[4])
html = kind == "html"
title = "首都精神文明建设情况简报"
if html:
    head = f'<!DOCTYPE html><html><head><meta charset="utf-8"><title>{title}</title></head><body><article><h1>海淀区新时代文明实践中心志愿服务全覆盖{tag}</h1>\n'
    tail = "</article></body></html>\n"
else:
    head = f"{title}\n\n第 19 期\n\n首都精神文明办\n\n2020 年 4 月 29 日\n\n【新时代文明实践中心建设】\n\n海淀区新时代文明实践中心志愿服务全覆盖{tag}\n\n"
    tail = ""
out, used, count, i = [head], len(head.encode()) + len(tail.encode()), len(head), 0
def sentence(i):
    return f"第{i}段。海淀区新时代文明实践中心组织志愿者深入社区开展疫情防控志愿服务,累计服务群众{1000 + i}人次,发放宣传材料{200 + i}份,解决群众急难愁盼问题{10 + i}件,得到居民广泛好评和积极响应。"
while True:
    i += 1
    p = "<p>" + "".join(sentence(8 * i + k) for k in range(8)) + "</p>\n" if html else sentence(i) + "\n\n"
    if used + len(p.encode()) > size or count + len(p) > chars: break
    out.append(p); used += len(p.encode()); count += len(p)
out.append(tail)
sys.stdout.write("".join(out))
PY
}

start=$SECONDS
for n in $(seq "$((pushes + 1))"); do
  kind=text type='text/plain; charset=utf-8'
  (( n > pushes )) && kind=html type='text/html; charset=utf-8' # the last push: the same bulletin as a web page
  body "第$n次" "$kind" >"$dir/body"
  id=$(curl -s -H "Authorization: Bearer $key" -H "Content-Type: $type" \
    --data-binary "@$dir/body" "http://127.0.0.1:${ports[Fetch]}/v1/bulletins" | tee "$dir/answer.json" | jq -r .id)
  [[ $id != null && -n $id ]] || { echo "push $n ($kind) answered: $(cat "$dir/answer.json")" >&2; exit 1; }
  status=
  for _ in $(seq 600); do
    # A failed poll (a host out of memory answers 500) is reported, not a silent end of the script under set -e.
    status=$(curl -sf "http://127.0.0.1:${ports[Fetch]}/v1/bulletins/$id/status" | jq -r .status) || echo "// status poll failed" >&2
    [[ $status == published || $status == rejected ]] && break
    sleep 0.5
  done
  echo "// push $n: $kind, $(stat -c %s "$dir/body") bytes, $id $status after $((SECONDS - start)) s" >&2
  [[ $status == published ]] || { echo "bulletin $id ended $status" >&2; exit 1; }
done
sleep 2 # the outbox dispatches after the article is marked published

echo "| host | peak RSS idle (MiB) | peak RSS after $pushes text + 1 HTML × ≤ $((body_bytes / 1024)) KiB (MiB) | k8s limit (Mi) | peak / limit |${MEMORY_AS_CONTAINER:+ (as in the image: k8s CPU limit, GC heap limit $heap_percent% of the memory limit)}"
echo "|---|---|---|---|---|"
for service in Fetch Parse Enrich Publish; do
  lower=${service,,}
  peak=$(hwm_mib "${pids[$service]}")
  limit=$(limit_mi "$lower")
  echo "| $lower | ${idle[$service]} | $peak | $limit | $(awk -v p="$peak" -v l="$limit" 'BEGIN { printf "%.2f", p / l }') |"
done
