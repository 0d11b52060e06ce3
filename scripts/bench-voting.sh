#!/usr/bin/env bash
# Issue #5 budget: a vote reaches 50 connected screens (server-sent events) in under 1 s at p99.
# Starts Kenes (Release, demo data, SQLite) on 127.0.0.1 and drives it from a second process.
set -euo pipefail
source "$(dirname "${BASH_SOURCE[0]}")/bench-app.sh"
dotnet build bench/Kenes.Bench -c Release -nologo -v quiet -clp:ErrorsOnly
dotnet bench/Kenes.Bench/bin/Release/net10.0/Kenes.Bench.dll vote-latency "$base"
