#!/usr/bin/env bash
# Writes a migration for every SQL adapter from the current collections:
#   npm run migrate:create -- <name>
# Each adapter keeps its own directory (migrations/sqlite, migrations/postgres); creating a
# migration compares with the latest snapshot there and never connects to a database.
# With --check, writes nothing and fails when the collections changed without a migration.
set -euo pipefail
cd "$(dirname "$0")/.."

export NEXT_TELEMETRY_DISABLED=1
export PAYLOAD_SECRET="${PAYLOAD_SECRET:-migrate-create-only-not-a-real-secret}"

scratch=$(mktemp -d)
trap 'rm -rf "$scratch"' EXIT
declare -A uri=(
  [sqlite]="file:$scratch/migrate-create.db"
  [postgres]="postgres://migrate-create@127.0.0.1:1/not-connected"
)

if [[ "${1:-}" == "--check" ]]; then
  args=(check)
else
  args=(create "${1:?usage: npm run migrate:create -- <name>}")
fi
# npx applies .npmrc's Node options here too, however this script was started.
# A run counts only when it printed its result line: a CLI that exits having done nothing must fail.
run_adapter() {
  local adapter=$1 output status
  set +e
  output=$(DATABASE_URI="${uri[$adapter]}" npx tsx scripts/createMigrations.ts "${args[@]}" 2>&1)
  status=$?
  set -e
  if grep -qE "^$adapter: " <<<"$output"; then
    grep -E "^$adapter: " <<<"$output"
    return "$status"
  fi
  echo "$output" >&2
  echo "$adapter: no result (exit $status)" >&2
  return 1
}
for adapter in sqlite postgres; do run_adapter "$adapter"; done
