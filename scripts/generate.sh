#!/usr/bin/env bash
# Regenerates every generated file from payload.config.ts: the TypeScript types, the admin import
# map, the GraphQL schema, and from that schema the example publisher client's types. With --check, fails when a committed copy was stale.
set -euo pipefail
cd "$(dirname "$0")/.."

export NEXT_TELEMETRY_DISABLED=1
# Generation never opens a real database or signs anything; these only let the config load.
export PAYLOAD_SECRET="${PAYLOAD_SECRET:-generate-only-not-a-real-secret}"
unset DATABASE_URI

generated=(src/payload-types.ts schema.graphql 'src/app/(payload)/admin/importMap.js' examples/publisher-client/src/gql)

# A step counts only once its file has been written anew: a CLI that exits 0 having done nothing
# (see the deadlock described in .npmrc) must not pass for an up-to-date file.
write() {
  local file=$1
  shift
  rm -f "$file"
  "$@" >/dev/null && [[ -s "$file" ]] || { echo "$file: not written" >&2; return 1; }
  echo "wrote $file"
}
write src/payload-types.ts npx payload generate:types
write 'src/app/(payload)/admin/importMap.js' npx payload generate:importmap
write schema.graphql npx payload-graphql generate:schema
npx graphql-codegen --config examples/publisher-client/codegen.ts
echo "wrote examples/publisher-client/src/gql"

if [[ "${1:-}" == "--check" ]]; then
  if ! git diff --exit-code --stat -- "${generated[@]}" || [[ -n "$(git status --porcelain -- "${generated[@]}")" ]]; then
    echo "Generated files were stale: run 'npm run generate' and commit the result." >&2
    exit 1
  fi
  echo "Generated files are up to date."
fi
