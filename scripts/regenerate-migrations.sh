#!/usr/bin/env bash
# Until the first release, the schema is migrated from one generated file plus the hand-written vector support.
# After a release, migrations become append-only: use `npx drizzle-kit generate` instead of this script.
set -euo pipefail
cd "$(dirname "$0")/.."
rm -rf src/server/db/migrations
npx drizzle-kit generate --name schema >/dev/null
npx drizzle-kit generate --custom --name vector_support >/dev/null
cat src/server/db/sql/vector-support.sql > "$(ls src/server/db/migrations/0001_*.sql)"
ls src/server/db/migrations
