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

source "$root/scripts/lib/common.sh"
source "$root/scripts/lib/postgres.sh"

# 1. What the tests need from Debian: Chromium for Playwright, DejaVu fonts for Kazakh letters, and
# poppler's pdftotext, the independent reader the document tests check generated PDFs with.
apt_need chromium chromium
apt_need fonts-dejavu-core /usr/share/fonts/truetype/dejavu/DejaVuSans.ttf
apt_need poppler-utils /usr/bin/pdftotext

# 2. A throwaway PostgreSQL cluster on a free loopback port, run as the postgres user.
pg_dir="$(mktemp -d /tmp/kenes-pg.XXXXXX)"
pg_port="$(pg_free_port)"
cleanup() {
    pg_stop "$pg_dir" immediate
    as_root rm -rf "$pg_dir" || true
}
trap cleanup EXIT
pg_start "$pg_dir" "$pg_port"
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
