#!/usr/bin/env bash
# Issue #6 scale-out: two Kenes nodes on one PostgreSQL database under load from both at once (a
# signed-in cookie from one node works on the other: shared data-protection keys), while the
# scheduled retention job runs every 2 s; afterwards its runs are counted per slot and per node.
#   scripts/bench-scaleout.sh [--scale 1/16] [--duration 20]
set -euo pipefail
root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
cd "$root"
source scripts/lib/common.sh
source scripts/lib/postgres.sh
export DOTNET_CLI_TELEMETRY_OPTOUT=1 DOTNET_NOLOGO=1
engine=postgres scale=1/16 duration=20
while [ $# -gt 0 ]; do
    case "$1" in
        --scale) scale="$2"; shift 2 ;;
        --duration) duration="$2"; shift 2 ;;
        *) echo "usage: $0 [--scale 1|1/4|1/16] [--duration seconds]" >&2; exit 2 ;;
    esac
done
source scripts/lib/bench.sh

job=retention-rejected-documents
start_node "Jobs__${job}__Interval=00:00:02"
first="$base"
cookie="$(signin "$secretary")"
start_node "Jobs__${job}__Interval=00:00:02"
second="$base"

log "loading both nodes for $duration s: the council page (signed in) and the public councils JSON"
for node in "$first" "$second"; do
    for path in "/councils/$council" /api/v1/public/councils; do
        name="$(echo "$node$path" | tr -c 'a-z0-9' '_')"
        wrk -t1 -c25 -d"${duration}s" --latency -s bench/load/report.lua -H "Cookie: $cookie" "$node$path" >"$run/$name.out" 2>&1 &
    done
done
wait $(jobs -p | grep -v -x -F "$(printf '%s\n' "${nodes[@]}")") 2>/dev/null || true
sleep 1

echo "### Two nodes on one PostgreSQL ($scale data set, $duration s, 25 clients per endpoint and node)"
echo
echo "| node | endpoint | req/s | p50 ms | p99 ms | errors |"
echo "|---|---|---:|---:|---:|---:|"
for node in "$first" "$second"; do
    for path in "/councils/$council" /api/v1/public/councils; do
        name="$(echo "$node$path" | tr -c 'a-z0-9' '_')"
        read -r _ rps p50 p99 _ errors <<<"$(grep '^RESULT' "$run/$name.out")"
        echo "| ${node##*:} | ${path/$council/{id\}} | $rps | $p50 | $p99 | $errors |"
    done
done
echo
echo "Scheduled job \`$job\` (2 s slots) while under load:"
echo
psql -h 127.0.0.1 -p "$pg_port" -U kenes -d kenes_run -qX -A -F ' | ' -c "
    SELECT 'runs', count(*), 'distinct slots', count(DISTINCT \"Slot\"), 'nodes that ran it', count(DISTINCT \"Node\"),
           'failed', count(*) FILTER (WHERE \"Outcome\" LIKE 'failed%')
    FROM \"ScheduledJobRuns\" WHERE \"Job\" = '$job'" | sed -n 2p | sed 's/^/| /; s/$/ |/'
