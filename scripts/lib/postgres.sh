# Sourced by scripts: a throwaway PostgreSQL 15 cluster on a loopback port, run as the postgres user
# (the server refuses to run as root). Needs log() and as_root() from common.sh.

pg_find_bin() {
    for dir in /usr/local/bin /usr/lib/postgresql/15/bin; do
        [ -x "$dir/initdb" ] && { echo "$dir"; return 0; }
    done
    log "PostgreSQL 15 server binaries not found; installing postgresql-15"
    DEBIAN_FRONTEND=noninteractive as_root apt-get install -y -qq postgresql-15 >/dev/null
    echo /usr/lib/postgresql/15/bin
}

pg_free_port() {
    python3 -c 'import socket; s=socket.socket(); s.bind(("127.0.0.1",0)); print(s.getsockname()[1]); s.close()' 2>/dev/null \
        || echo $((50000 + RANDOM % 10000))
}

run_pg() { as_root su postgres -s /bin/bash -c "$*"; }

# pg_start DIR PORT [durable]: creates DIR/data if missing and starts the server. Without "durable",
# fsync is off (a cluster that lives for one run); the benchmarks ask for a durable one.
pg_start() {
    local dir="$1" port="$2" durable="${3:-}" bin
    bin="$(pg_find_bin)"
    mkdir -p "$dir"
    chown postgres "$dir" 2>/dev/null || as_root chown postgres "$dir"
    if [ ! -d "$dir/data" ]; then
        run_pg "'$bin/initdb' -D '$dir/data' -A trust -U kenes -E UTF8 --locale=C.UTF-8" >/dev/null
    fi
    local speed="-c fsync=off -c synchronous_commit=off -c full_page_writes=off"
    [ -n "$durable" ] && speed="-c shared_buffers=512MB"
    # max_connections: every test class, and every benchmark node, opens its own pool.
    run_pg "'$bin/pg_ctl' -D '$dir/data' -l '$dir/log' -w -o \"-p $port -k '$dir' -c listen_addresses=127.0.0.1 $speed -c max_connections=400\" start" >/dev/null
}

pg_stop() {
    local dir="$1" mode="${2:-fast}" bin
    bin="$(pg_find_bin)"
    run_pg "'$bin/pg_ctl' -D '$dir/data' -m $mode stop" >/dev/null 2>&1 || true
}
