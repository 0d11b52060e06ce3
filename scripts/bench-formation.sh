#!/usr/bin/env bash
# Issue #4 speed budgets, measured with wrk on 127.0.0.1 against a Release build in demo mode (SQLite):
#  - the public announcement page and GET /api/v1/public/announcements: >= 1,000 requests/s, 50 clients;
#  - accepting an online application with a 1 MB document: median < 50 ms (one client, no queueing).
set -euo pipefail
command -v wrk >/dev/null || { apt-get update -qq && apt-get install -y -qq wrk >/dev/null; }
source "$(dirname "${BASH_SOURCE[0]}")/bench-app.sh"
number="$(curl -s "$base/api/v1/public/announcements" | grep -o '"number":"[^"]*"' | head -n1 | cut -d'"' -f4)"
echo "machine: $(nproc) cores, $(grep -m1 'model name' /proc/cpuinfo | cut -d: -f2 | xargs); announcement $number"
for path in "/portal/announcements/$number" "/api/v1/public/announcements" "/health/live"; do
  wrk -t2 -c50 -d10s --latency "$base$path" >/dev/null 2>&1 || true   # warm-up pass discarded below
  out="$(wrk -t2 -c50 -d10s --latency "$base$path")"
  rps="$(printf '%s\n' "$out" | awk '/Requests\/sec/ {print $2}')"
  p50="$(printf '%s\n' "$out" | awk '$1=="50%" {print $2}')"
  p99="$(printf '%s\n' "$out" | awk '$1=="99%" {print $2}')"
  echo "GET $path: $rps req/s, p50 $p50, p99 $p99 (wrk -t2 -c50 -d10s)"
done
wrk -t1 -c1 -d10s --latency -s bench/load/apply-1mb.lua "$base/api/v1/public/announcements/$number/applications" | grep '^apply-1mb'
