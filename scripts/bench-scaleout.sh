#!/usr/bin/env bash
# Issue #6 scale-out: two Kenes nodes on one PostgreSQL database under load from both at once (a
# signed-in cookie from one node works on the other: shared data-protection keys), while the
# scheduled retention job runs every 2 s; afterwards its runs are counted per slot and per node.
#   scripts/bench-scaleout.sh [--scale 1/16] [--duration 20] [--warmup 20]
set -euo pipefail
root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
cd "$root"
source scripts/lib/common.sh
source scripts/lib/postgres.sh
export DOTNET_CLI_TELEMETRY_OPTOUT=1 DOTNET_NOLOGO=1
engine=postgres scale=1/16 duration=20 warmup=20
while [ $# -gt 0 ]; do
    case "$1" in
        --scale) scale="$2"; shift 2 ;;
        --duration) duration="$2"; shift 2 ;;
        --warmup) warmup="$2"; shift 2 ;;
        *) echo "usage: $0 [--scale 1|1/4|1/16] [--duration seconds] [--warmup seconds]" >&2; exit 2 ;;
    esac
done
source scripts/lib/bench.sh

job=retention-rejected-documents
start_node "Jobs__${job}__Interval=00:00:02"
first="$base"
cookie="$(signin "$secretary")"
start_node "Jobs__${job}__Interval=00:00:02"
second="$base"

# Each endpoint as its users reach it: the council page signed in (the cookie from the first node, so
# the second must read the shared data-protection keys), the public councils JSON anonymous (from the
# node's output cache). Warmed first: a node's first seconds run unoptimised code (docs/performance.md).
paths=("/councils/$council" /api/v1/public/councils)
load() { # load SECONDS NODE PATH [wrk options…]
    local seconds="$1" node="$2" path="$3"; shift 3
    local auth=(); [ "$path" = "${paths[0]}" ] && auth=(-H "Cookie: $cookie")
    wrk -t1 -c25 -d"${seconds}s" --latency -s bench/load/report.lua -H "Accept-Encoding: gzip, deflate, br" \
        "${auth[@]}" "$@" "$node$path"
}
# wait_load: waits for the load generators, not for the Kenes nodes (also background jobs).
wait_load() { local pid; for pid in $(jobs -p); do [[ " ${nodes[*]} " == *" $pid "* ]] || wait "$pid" || true; done; }
log "warming both nodes (${warmup} s)"
for node in "$first" "$second"; do
    for path in "${paths[@]}"; do load "$warmup" "$node" "$path" >/dev/null 2>&1 & done
done
wait_load
log "loading both nodes for $duration s: the council page (signed in on the first node) and the public councils JSON"
for node in "$first" "$second"; do
    for path in "${paths[@]}"; do
        name="$(echo "$node$path" | tr -c 'a-z0-9' '_')"
        load "$duration" "$node" "$path" >"$run/$name.out" 2>&1 &
    done
done
wait_load
sleep 1

echo "### Two nodes on one PostgreSQL ($scale data set, $duration s, 25 clients per endpoint and node)"
echo
echo "| node | endpoint | req/s | p50 ms | p99 ms | errors |"
echo "|---|---|---:|---:|---:|---:|"
for node in "$first" "$second"; do
    for path in "${paths[@]}"; do
        name="$(echo "$node$path" | tr -c 'a-z0-9' '_')"
        read -r _ rps p50 p99 _ errors <<<"$(grep '^RESULT' "$run/$name.out")"
        echo "| ${node##*:} | ${path/$council/{id\}} | $rps | $p50 | $p99 | $errors |"
        total="$(python3 -c "print(round(${total:-0} + $rps, 1))")" errors_total=$((${errors_total:-0} + errors))
    done
done
echo "| both | all four | $total | | | |"
echo
echo "Scheduled job \`$job\` (2 s slots) while under load:"
echo
read -r runs slots node_count failed <<<"$(psql -h 127.0.0.1 -p "$pg_port" -U kenes -d kenes_run -qXtA -F ' ' -c "
    SELECT count(*), count(DISTINCT \"Slot\"), count(DISTINCT \"Node\"), count(*) FILTER (WHERE \"Outcome\" LIKE 'failed%')
    FROM \"ScheduledJobRuns\" WHERE \"Job\" = '$job'")"
echo "| runs | $runs | distinct slots | $slots | nodes that ran it | $node_count | failed | $failed |"
# What this run shows, checked: no request failed on either node, and no slot ran twice.
[ "$errors_total" -eq 0 ] || { log "FAIL: $errors_total requests failed"; exit 1; }
[ "$runs" -gt 0 ] && [ "$runs" -eq "$slots" ] && [ "$failed" -eq 0 ] || { log "FAIL: the job ran $runs times in $slots slots ($failed failed)"; exit 1; }
