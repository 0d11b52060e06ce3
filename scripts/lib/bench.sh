# Sourced by the load scripts (bench.sh, bench-scaleout.sh): the kept national data set, a copy of it
# for the run, Kenes nodes on it, and signed-in cookies. Needs $root, $engine, $scale; defines $data,
# $run, $provider, $run_connection, the manifest values, start_node, signin and bench_cleanup.

apt_need wrk wrk
[ "$engine" = postgres ] && apt_need postgresql-client psql
slug="$engine-${scale//\//-}"
data="${KENES_BENCH_DATA:-/tmp/kenes-datasets}/$slug"
run="$(mktemp -d /tmp/kenes-run.XXXXXX)"
mkdir -p "$data"

log "building (Release)"
for project in src/Kenes.Web bench/Kenes.DataSet bench/Kenes.Bench; do
    dotnet build "$project" -c Release -nologo -v quiet -clp:ErrorsOnly >/dev/null
done

nodes=() pg_port=""
bench_cleanup() {
    for pid in "${nodes[@]}"; do kill "$pid" 2>/dev/null; wait "$pid" 2>/dev/null || true; done
    if [ "$engine" = postgres ]; then
        psql_admin -c 'DROP DATABASE IF EXISTS kenes_run' >/dev/null 2>&1 || true
        pg_stop "$data/pg"
    fi
    rm -rf "$run"
}
trap bench_cleanup EXIT

if [ "$engine" = postgres ]; then
    pg_port="$(pg_free_port)"
    pg_start "$data/pg" "$pg_port" durable
    psql_admin() { psql -h 127.0.0.1 -p "$pg_port" -U kenes -d postgres -qX "$@"; }
    [ "$(psql_admin -tAc "SELECT 1 FROM pg_database WHERE datname = 'kenes'")" = 1 ] || psql_admin -c 'CREATE DATABASE kenes' >/dev/null
    connection="Host=127.0.0.1;Port=$pg_port;Username=kenes;Database=kenes"
    run_connection="Host=127.0.0.1;Port=$pg_port;Username=kenes;Database=kenes_run;Maximum Pool Size=10${PG_EXTRA:-}"
    provider=Postgres
else
    connection="Data Source=$data/kenes.db"
    run_connection="Data Source=$run/kenes.db"
    provider=Sqlite
fi

if [ ! -f "$data/dataset.json" ]; then
    log "generating the $engine data set at scale $scale (once; kept in $data)"
    dotnet bench/Kenes.DataSet/bin/Release/net10.0/Kenes.DataSet.dll --engine "$engine" --connection "$connection" \
        --documents "$data/documents" --scale "$scale" --manifest "$data/dataset.json.tmp"
    mv "$data/dataset.json.tmp" "$data/dataset.json"
fi

# Work on a copy: submissions and votes made by the run must not grow the kept data set.
if [ "$engine" = postgres ]; then
    # A file copy, then a checkpoint: the default (WAL_LOG) copy writes the whole data set to the WAL and
    # left PostgreSQL flushing it during the first measured rows.
    psql_admin -c 'DROP DATABASE IF EXISTS kenes_run' -c 'CREATE DATABASE kenes_run TEMPLATE kenes STRATEGY FILE_COPY' -c 'CHECKPOINT' >/dev/null
else
    cp "$data/kenes.db" "$run/kenes.db"
fi
# Written out before anything is measured: the copy leaves up to a gigabyte of dirty pages, and the
# kernel's writeback of them took up to a third of a core during the first measured rows.
sync

manifest() { python3 -c "import json,sys; print(json.load(open('$data/dataset.json'))['$1'])"; }
council="$(manifest councilId)" meeting="$(manifest latestMeetingId)" screening="$(manifest screeningAnnouncementId)"
open="$(manifest openAnnouncement)" secretary="$(manifest secretaryEmail)" hr="$(manifest hrEmail)"

# start_node [ENV=VALUE…]: a Kenes node (Release, production pipeline, no demo seeding) on a free port;
# sets $base and $app and waits until it answers.
start_node() {
    local port
    port="$(pg_free_port)"
    base="http://127.0.0.1:$port"
    log "starting Kenes on $base ($provider)"
    env ASPNETCORE_ENVIRONMENT=Benchmark ASPNETCORE_URLS="$base" Demo__Enabled=false \
        Database__Provider="$provider" ConnectionStrings__Kenes="$run_connection" Storage__Root="$run/documents" \
        Logging__LogLevel__Default=Warning RateLimits__SignIn__PermitLimit=1000000 \
        RateLimits__SignInPerEmail__PermitLimit=1000000 RateLimits__Submission__PermitLimit=1000000 "$@" \
        dotnet src/Kenes.Web/bin/Release/net10.0/Kenes.Web.dll --contentRoot "$root/src/Kenes.Web" >"$run/app-$port.log" 2>&1 &
    app=$!
    nodes+=("$app")
    for _ in $(seq 1 120); do curl -sf "$base/health" >/dev/null && break; sleep 0.5; done
    curl -sf "$base/health" >/dev/null || { cat "$run/app-$port.log" >&2; exit 1; }
}

# signin EMAIL: a signed-in browser's cookies (the login form with its antiforgery token, then the auth
# cookie); the antiforgery cookie goes along, as a browser sends it back with every page.
signin() {
    local jar="$run/$1.jar" token
    token="$(curl -s -c "$jar" "$base/Account/Login" | grep -o 'name="__RequestVerificationToken" type="hidden" value="[^"]*"' | sed 's/.*value="//;s/"$//')"
    curl -s -b "$jar" -c "$jar" -o /dev/null --data-urlencode "Input.Email=$1" --data-urlencode "Input.Password=Demo-Kenes-2026!" \
        --data-urlencode "__RequestVerificationToken=$token" "$base/Account/Login"
    awk 'NF >= 7 && ($1 !~ /^#/ || $1 ~ /^#HttpOnly_/) {printf "%s%s=%s", sep, $6, $7; sep="; "} END {print ""}' "$jar"
}
