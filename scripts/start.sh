#!/usr/bin/env bash
# Build what casebook needs, then start it on PORT (default 3000) with embedded PGlite in ./.data.
set -euo pipefail
cd "$(dirname "$0")/.."
pnpm exec turbo run build --filter=casebook... --output-logs=errors-only
exec pnpm --filter casebook start
