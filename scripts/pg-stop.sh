#!/usr/bin/env bash
# Stop the server started by pg-start.sh (PG_TEST_DIR and PG_BIN from its --env output).
set -uo pipefail
[ -n "${PG_TEST_DIR:-}" ] && [ -d "$PG_TEST_DIR/data" ] || exit 0
run=()
[ "$(id -u)" = 0 ] && run=(runuser -u postgres --)
"${run[@]}" "$PG_BIN/pg_ctl" -D "$PG_TEST_DIR/data" -m immediate stop >/dev/null 2>&1
rm -rf "$PG_TEST_DIR"
