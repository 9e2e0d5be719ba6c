#!/usr/bin/env bash
# The whole test suite: unit, property, real PostgreSQL, real Chromium, the real CLI.
# Installs Debian's Chromium and PostgreSQL when they are missing and we are root (as on CI),
# and starts a throwaway PostgreSQL server unless PG_URL is already set.
set -euo pipefail
cd "$(dirname "$0")/.."

need_apt=()
if [ -z "${CHROME_PATH:-}" ] && [ ! -x /usr/bin/chromium ]; then need_apt+=(chromium); fi
if ! ls /usr/lib/postgresql/*/bin/initdb >/dev/null 2>&1 && [ -z "${PG_URL:-}" ]; then need_apt+=(postgresql); fi
if [ ${#need_apt[@]} -gt 0 ]; then
  if [ "$(id -u)" = 0 ]; then
    echo "Installing ${need_apt[*]} from Debian's packages" >&2
    apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq "${need_apt[@]}" >/dev/null
  else
    echo "Please install: ${need_apt[*]} (sudo apt-get install ${need_apt[*]})" >&2
    exit 1
  fi
fi

if [ -z "${PG_URL:-}" ]; then
  eval "$(bash scripts/pg-start.sh --env)"
  trap 'bash scripts/pg-stop.sh' EXIT
  echo "PostgreSQL for the tests: $PG_URL" >&2
fi
export PG_URL STORYBOOK_DISABLE_TELEMETRY=1

pnpm exec turbo run build typecheck lint lint:architecture lint:code test --concurrency=2 --continue --output-logs=errors-only "$@"
