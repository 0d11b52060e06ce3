#!/usr/bin/env bash
# Sourced by the bench scripts: builds Release, starts Kenes in demo mode on a fresh SQLite file on
# 127.0.0.1:$port, sets $base, and stops it and removes its data at exit.
root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
cd "$root"
port="${PORT:-5091}"
data="$(mktemp -d /tmp/kenes-bench.XXXXXX)"
dotnet build src/Kenes.Web -c Release -nologo -v quiet -clp:ErrorsOnly
# Rate limits (docs/reliability/accounts-and-concurrency.md) raised, not removed: the benchmarks submit hundreds
# of applications per second from 127.0.0.1 and should still measure the limiter's own cost.
ASPNETCORE_ENVIRONMENT=Development ASPNETCORE_URLS="http://127.0.0.1:$port" \
  ConnectionStrings__Kenes="Data Source=$data/kenes.db" Storage__Root="$data/documents" \
  Logging__LogLevel__Default=Warning \
  RateLimits__SignIn__PermitLimit=1000000 RateLimits__SignInPerEmail__PermitLimit=1000000 RateLimits__Submission__PermitLimit=1000000 \
  dotnet src/Kenes.Web/bin/Release/net10.0/Kenes.Web.dll --contentRoot "$root/src/Kenes.Web" >"$data/app.log" 2>&1 &
app=$!
trap 'kill $app 2>/dev/null; wait $app 2>/dev/null; rm -rf "$data"' EXIT
until curl -sf "http://127.0.0.1:$port/health" >/dev/null; do sleep 0.5; done
base="http://127.0.0.1:$port"
