#!/usr/bin/env bash
# Crash safety (issue #7): 500 concurrent online applications, the server killed with SIGKILL half-way, restarted on
# the same database and documents; checks receipts, hashes, half records, orphan and temporary files.
#   scripts/crash-test.sh [--engine sqlite|postgres|both]     (default: both)
# The test itself is tests/Kenes.Web.Tests/Reliability/CrashTests.cs; this script builds it, starts a throwaway
# PostgreSQL 15 cluster when needed and prints the figures the test measured.
set -euo pipefail
root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
cd "$root"
source scripts/lib/common.sh
source scripts/lib/postgres.sh

engine=both
while [ $# -gt 0 ]; do
    case "$1" in
        --engine) engine="${2:?--engine needs sqlite, postgres or both}"; shift 2 ;;
        *) log "unknown argument: $1"; exit 2 ;;
    esac
done
case "$engine" in
    sqlite) filter="FullyQualifiedName~CrashTestsOnSqlite" ;;
    postgres) filter="FullyQualifiedName~CrashTestsOnPostgres" ;;
    both) filter="FullyQualifiedName~Reliability.CrashTests" ;;
    *) log "unknown engine: $engine"; exit 2 ;;
esac

if [ "$engine" != sqlite ] && [ -z "${KENES_TEST_POSTGRES:-}" ]; then
    pg_dir="$(mktemp -d /tmp/kenes-crash-pg.XXXXXX)"
    pg_port="$(pg_free_port)"
    trap 'pg_stop "$pg_dir" immediate; as_root rm -rf "$pg_dir" || true' EXIT
    # Durable: fsync on, as in production, although only the Kenes process is killed here.
    pg_start "$pg_dir" "$pg_port" durable
    export KENES_TEST_POSTGRES="Host=127.0.0.1;Port=$pg_port;Username=kenes;Database=postgres"
fi

dotnet build tests/Kenes.Web.Tests -nologo -v quiet -clp:ErrorsOnly
log_file="$(mktemp)"
status=0
dotnet test tests/Kenes.Web.Tests --no-build -nologo --filter "$filter" --logger "console;verbosity=detailed" >"$log_file" 2>&1 || status=$?
grep -E '^ *(Sqlite|Postgres):|Passed |Failed |Assert|Total tests' "$log_file" || cat "$log_file"
rm -f "$log_file"
exit "$status"
