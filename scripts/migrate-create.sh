#!/usr/bin/env bash
# Writes a migration for every SQL adapter from the current collections:
#   npm run migrate:create -- <name>
# Each adapter keeps its own directory (migrations/sqlite, migrations/postgres); migrate:create
# compares with the latest snapshot there and never connects to a database.
# With --check, writes nothing and fails when the collections changed without a migration.
set -euo pipefail
cd "$(dirname "$0")/.."

export NODE_OPTIONS=--no-deprecation NEXT_TELEMETRY_DISABLED=1
export PAYLOAD_SECRET="${PAYLOAD_SECRET:-migrate-create-only-not-a-real-secret}"

declare -A uri=(
  [sqlite]="file:$(mktemp -d)/migrate-create.db"
  [postgres]="postgres://migrate-create@127.0.0.1:1/not-connected"
)

if [[ "${1:-}" == "--check" ]]; then
  for adapter in sqlite postgres; do
    before=$(git status --porcelain -- "migrations/$adapter")
    DATABASE_URI="${uri[$adapter]}" npx payload migrate:create pending_check --skip-empty >/dev/null
    after=$(git status --porcelain -- "migrations/$adapter")
    if [[ "$before" != "$after" ]]; then
      git status --porcelain -- "migrations/$adapter" | awk '$1=="??"{print $2}' | xargs -r rm -f
      git checkout -- "migrations/$adapter/index.ts"
      echo "The $adapter schema changed without a migration: run 'npm run migrate:create -- <name>' and commit it." >&2
      exit 1
    fi
  done
  echo "Migrations match the collections."
  exit 0
fi

name="${1:?usage: npm run migrate:create -- <name>}"
for adapter in sqlite postgres; do
  DATABASE_URI="${uri[$adapter]}" npx payload migrate:create "$name" --skip-empty
done
