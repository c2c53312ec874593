#!/usr/bin/env bash
# Run a command against a throwaway PostgreSQL cluster:
#   scripts/with-postgres.sh CMD [ARGS...]
# initdb in a temporary directory, a free loopback port, the unix socket in that directory;
# DATABASE_URL and TEST_DATABASE_URL (postgresql+psycopg://...) are exported for CMD; the
# cluster is stopped and removed on exit, whatever CMD returns. Run as root, the cluster
# belongs to the `postgres` user (PostgreSQL refuses to run as root).
# Needs Debian's PostgreSQL (apt-get install postgresql); PG_BINDIR overrides the search.
set -euo pipefail

if [ $# -eq 0 ]; then
    echo "Usage : scripts/with-postgres.sh COMMANDE [ARGUMENTS...]" >&2
    exit 2
fi

bindir=${PG_BINDIR:-}
if [ -z "$bindir" ]; then
    bindir=$(ls -d /usr/lib/postgresql/*/bin 2>/dev/null | sort -V | tail -n 1 || true)
fi
if [ -z "$bindir" ] || [ ! -x "$bindir/initdb" ]; then
    echo "PostgreSQL est introuvable : installez-le (apt-get install postgresql) ou indiquez PG_BINDIR." >&2
    exit 1
fi

tmp=$(mktemp -d "${TMPDIR:-/tmp}/with-postgres.XXXXXX")
as_owner=()
if [ "$(id -u)" -eq 0 ]; then
    owner=${PG_OWNER:-postgres}
    chown "$owner" "$tmp"
    chmod 700 "$tmp"
    as_owner=(runuser -u "$owner" --)
fi

started=""
cleanup() {
    local rc=$?
    if [ -n "$started" ]; then
        "${as_owner[@]}" "$bindir/pg_ctl" -D "$tmp/data" -m immediate -w stop >/dev/null 2>&1 || true
    fi
    rm -rf "$tmp"
    exit $rc
}
trap cleanup EXIT
trap 'exit 130' INT
trap 'exit 143' TERM

# A free loopback port: bind port 0 and read the port the kernel gave.
free_port() {
    python3 -c 'import socket; s = socket.socket(); s.bind(("127.0.0.1", 0)); print(s.getsockname()[1]); s.close()'
}

"${as_owner[@]}" "$bindir/initdb" -D "$tmp/data" -U postgres -A trust -E UTF8 --locale=C.UTF-8 \
    >"$tmp/initdb.log" 2>&1 || { cat "$tmp/initdb.log" >&2; exit 1; }

for attempt in 1 2 3 4 5; do
    port=$(free_port)
    if "${as_owner[@]}" "$bindir/pg_ctl" -D "$tmp/data" -l "$tmp/postgres.log" -w -t 30 \
        -o "-c listen_addresses=127.0.0.1 -p $port -k $tmp -c fsync=off -c synchronous_commit=off -c full_page_writes=off" \
        start >/dev/null 2>&1; then
        started=1
        break
    fi
done
if [ -z "$started" ]; then
    echo "Le serveur PostgreSQL temporaire n'a pas démarré :" >&2
    cat "$tmp/postgres.log" >&2 || true
    exit 1
fi

"$bindir/psql" -h "$tmp" -p "$port" -U postgres -d postgres -qAt \
    -c "CREATE DATABASE knowledge" -c "CREATE DATABASE knowledge_test" >/dev/null

export PGHOST=127.0.0.1 PGPORT=$port PGUSER=postgres
export DATABASE_URL="postgresql+psycopg://postgres@127.0.0.1:$port/knowledge"
export TEST_DATABASE_URL="postgresql+psycopg://postgres@127.0.0.1:$port/knowledge_test"
export PG_SOCKET_DIR="$tmp"

set +e
"$@"
rc=$?
set -e
exit $rc
