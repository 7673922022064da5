#!/usr/bin/env bash
# Throw-away PostgreSQL cluster for the storage tests.
#
#   .ci/start_postgres.sh start DIR   initdb into DIR/data, start on 127.0.0.1 on a free port,
#                                     print the SQLAlchemy URL on stdout (nothing else)
#   .ci/start_postgres.sh stop DIR    stop the cluster started in DIR
#
# The server refuses to run as root, so under root everything runs as the `postgres` user that
# Debian's package creates; DIR is handed to that user. Authentication is `trust`, the server
# listens on loopback only and its unix socket lives in DIR: nothing outside DIR is touched.
set -euo pipefail

action=${1:?usage: start_postgres.sh start|stop DIR}
dir=${2:?usage: start_postgres.sh start|stop DIR}

bindir=""
if command -v pg_config >/dev/null 2>&1 && [ -x "$(pg_config --bindir)/initdb" ]; then
    bindir=$(pg_config --bindir)
else
    bindir=$(ls -d /usr/lib/postgresql/*/bin 2>/dev/null | sort -V | tail -n 1 || true)
fi
if [ -z "$bindir" ] || [ ! -x "$bindir/initdb" ]; then
    echo "start_postgres.sh: no PostgreSQL server binaries found (package postgresql)" >&2
    exit 1
fi

as_pg() {
    if [ "$(id -u)" = 0 ]; then
        runuser -u postgres -- "$@"
    else
        "$@"
    fi
}

port_in_use() {
    (exec 3<>"/dev/tcp/127.0.0.1/$1") 2>/dev/null
}

case "$action" in
start)
    mkdir -p "$dir/sock"
    if [ "$(id -u)" = 0 ]; then chown -R postgres: "$dir"; fi
    as_pg "$bindir/initdb" -D "$dir/data" -U postgres -A trust -E UTF8 --no-locale -N >"$dir/initdb.log" 2>&1 \
        || { cat "$dir/initdb.log" >&2; exit 1; }
    port=${SRO_PG_PORT:-54329}
    while port_in_use "$port"; do port=$((port + 1)); done
    # fsync off: a test cluster that dies with the machine needs no durability, and CI is faster.
    as_pg "$bindir/pg_ctl" -D "$dir/data" -l "$dir/server.log" -w -t 60 start \
        -o "-c listen_addresses=127.0.0.1 -p $port -k $dir/sock -c fsync=off -c max_connections=200" \
        >/dev/null || { cat "$dir/server.log" >&2; exit 1; }
    echo "postgresql+psycopg://postgres@127.0.0.1:$port/postgres"
    ;;
stop)
    if [ -f "$dir/data/postmaster.pid" ]; then
        as_pg "$bindir/pg_ctl" -D "$dir/data" -m fast -w stop >/dev/null || true
    fi
    ;;
*)
    echo "usage: start_postgres.sh start|stop DIR" >&2
    exit 2
    ;;
esac
