#!/usr/bin/env bash
# Start a throwaway PostgreSQL server for the tests and print its URL on the last line.
#   eval "$(bash scripts/pg-start.sh --env)"   # exports PG_URL and PG_TEST_DIR
#   bash scripts/pg-stop.sh                     # stops it and removes its folder
# Runs initdb/pg_ctl as the `postgres` user when we are root (PostgreSQL refuses to run as root).
set -euo pipefail

bin=$(ls -d /usr/lib/postgresql/*/bin 2>/dev/null | sort -V | tail -n 1 || true)
if [ -z "$bin" ] || [ ! -x "$bin/initdb" ]; then
  if [ "$(id -u)" = 0 ]; then
    echo "PostgreSQL not found: installing Debian's postgresql package" >&2
    apt-get update -qq >&2 && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq postgresql >&2
    bin=$(ls -d /usr/lib/postgresql/*/bin | sort -V | tail -n 1)
  else
    echo "PostgreSQL server binaries not found under /usr/lib/postgresql/*/bin; install the postgresql package" >&2
    exit 1
  fi
fi

port=$(node -e "const s=require('net').createServer();s.listen(0,'127.0.0.1',()=>{process.stdout.write(String(s.address().port));s.close()})")
dir=$(mktemp -d /tmp/coproduce-pg.XXXXXX)
run=()
if [ "$(id -u)" = 0 ]; then
  id postgres >/dev/null 2>&1 || useradd --system --no-create-home postgres
  chown postgres "$dir"
  run=(runuser -u postgres --)
fi
"${run[@]}" "$bin/initdb" -D "$dir/data" -A trust -U postgres --no-sync >"$dir/initdb.log" 2>&1
"${run[@]}" "$bin/pg_ctl" -D "$dir/data" -l "$dir/server.log" -w \
  -o "-c listen_addresses=127.0.0.1 -c port=$port -c unix_socket_directories=$dir -c fsync=off -c max_connections=300" start >/dev/null
url="postgres://postgres@127.0.0.1:$port/postgres"
if [ "${1:-}" = "--env" ]; then
  echo "export PG_URL='$url' PG_TEST_DIR='$dir' PG_BIN='$bin'"
else
  echo "$url"
fi
