#!/usr/bin/env bash
# Runs every test project against real parts: SQLite, a throwaway PostgreSQL 15 cluster and Debian's
# Chromium. Installs what is missing, cleans up at exit, and ends with one line:
#   Tests: N passed, N failed, N skipped
set -euo pipefail

root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
cd "$root"
export DOTNET_CLI_TELEMETRY_OPTOUT=1 DOTNET_NOLOGO=1 DOTNET_SKIP_FIRST_TIME_EXPERIENCE=1
configuration="${KENES_TEST_CONFIGURATION:-Release}"
results="$root/artifacts/test-results"
rm -rf "$results"
mkdir -p "$results"

log() { printf '[test.sh] %s\n' "$*" >&2; }

as_root() {
    if [ "$(id -u)" -eq 0 ]; then "$@"; elif command -v sudo >/dev/null; then sudo -n "$@"; else
        log "need root for: $*"; return 1; fi
}

# 1. What the tests need from Debian: Chromium for Playwright, DejaVu fonts for Kazakh letters.
missing=()
command -v chromium >/dev/null || missing+=(chromium)
[ -f /usr/share/fonts/truetype/dejavu/DejaVuSans.ttf ] || missing+=(fonts-dejavu-core)
if [ ${#missing[@]} -gt 0 ]; then
    log "installing ${missing[*]}"
    as_root apt-get update -qq
    DEBIAN_FRONTEND=noninteractive as_root apt-get install -y -qq "${missing[@]}" >/dev/null
fi

# 2. A throwaway PostgreSQL cluster on a free loopback port, run as the postgres user.
pg_bin=""
for dir in /usr/local/bin /usr/lib/postgresql/15/bin; do
    [ -x "$dir/initdb" ] && pg_bin="$dir" && break
done
if [ -z "$pg_bin" ]; then
    log "PostgreSQL 15 server binaries not found; installing postgresql-15"
    DEBIAN_FRONTEND=noninteractive as_root apt-get install -y -qq postgresql-15 >/dev/null
    pg_bin=/usr/lib/postgresql/15/bin
fi
pg_dir="$(mktemp -d /tmp/kenes-pg.XXXXXX)"
pg_port="$(python3 -c 'import socket; s=socket.socket(); s.bind(("127.0.0.1",0)); print(s.getsockname()[1]); s.close()' 2>/dev/null || echo $((50000 + RANDOM % 10000)))"
chown postgres "$pg_dir" 2>/dev/null || as_root chown postgres "$pg_dir"
run_pg() { as_root su postgres -s /bin/bash -c "$*"; }

cleanup() {
    run_pg "'$pg_bin/pg_ctl' -D '$pg_dir/data' -m immediate stop" >/dev/null 2>&1 || true
    as_root rm -rf "$pg_dir" || true
}
trap cleanup EXIT

run_pg "'$pg_bin/initdb' -D '$pg_dir/data' -A trust -U kenes -E UTF8 --locale=C.UTF-8" >/dev/null
# fsync off: the cluster lives only for this run. max_connections: every test class opens its own pool.
run_pg "'$pg_bin/pg_ctl' -D '$pg_dir/data' -l '$pg_dir/log' -w -o \"-p $pg_port -k '$pg_dir' -c listen_addresses=127.0.0.1 -c fsync=off -c synchronous_commit=off -c full_page_writes=off -c max_connections=400\" start" >/dev/null
export KENES_TEST_POSTGRES="Host=127.0.0.1;Port=$pg_port;Username=kenes;Database=postgres"
log "PostgreSQL 15 on 127.0.0.1:$pg_port"

# 3. Build once, then run each test project with a TRX report to count results.
log "building ($configuration)"
if ! dotnet build Kenes.slnx -c "$configuration" -nologo -v quiet -clp:ErrorsOnly; then
    log "the build failed"
    echo "Tests: 0 passed, 1 failed, 0 skipped"
    exit 1
fi

status=0
projects=()
for csproj in tests/*.Tests/*.Tests.csproj; do projects+=("$(basename "$(dirname "$csproj")")"); done
for project in "${projects[@]}"; do
    log "running $project"
    if ! dotnet test "tests/$project" -c "$configuration" --no-build -nologo \
        --logger "trx;LogFileName=$project.trx" --logger "console;verbosity=minimal" \
        --results-directory "$results"; then
        status=1
    fi
done

# 4. One closing line from the TRX counters.
passed=0 failed=0 skipped=0 reports=0
for trx in "$results"/*.trx; do
    [ -f "$trx" ] || continue
    reports=$((reports + 1))
    counters="$(grep -o '<Counters [^>]*>' "$trx" | head -n 1)"
    value() { printf '%s' "$counters" | grep -o " $1=\"[0-9]*\"" | grep -o '[0-9]*' || echo 0; }
    passed=$((passed + $(value passed)))
    failed=$((failed + $(value failed) + $(value error) + $(value timeout) + $(value aborted)))
    skipped=$((skipped + $(value notExecuted)))
done
if [ "$reports" -lt "${#projects[@]}" ]; then
    log "expected ${#projects[@]} test reports, found $reports"
    status=1
    [ "$failed" -gt 0 ] || failed=1
fi
[ "$failed" -eq 0 ] || status=1
echo "Tests: $passed passed, $failed failed, $skipped skipped"
exit "$status"
