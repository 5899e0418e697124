/**
 * Writes the migration of one SQL adapter from the current collections, or with --check reports
 * whether one is needed. Driven by scripts/migrate-create.sh; DATABASE_URI picks the adapter.
 *
 * Payload's own CLI (`payload migrate:create`) sometimes exits 0 before doing anything when it
 * loads the TypeScript config through its tsx API, which would let a stale schema pass the CI
 * check unnoticed; this script loads the config under the tsx command instead.
 */
import fs from 'node:fs'

const [mode, name] = process.argv.slice(2)
if (mode !== 'create' && mode !== 'check') throw new Error('usage: createMigrations.ts create <name> | check')

const { BasePayload } = await import('payload')
const { default: config } = await import('../payload.config')
const payload = await new BasePayload().init({ config, disableDBConnect: true, disableOnInit: true })
const dir = payload.db.migrationDir
const before = new Set(fs.readdirSync(dir))

// With skipEmpty the adapter exits the process (code 0) when the schema has not changed.
process.on('exit', (code) => {
  const added = fs.readdirSync(dir).filter((file) => !before.has(file))
  if (mode === 'check' && added.length > 0) {
    for (const file of added) fs.rmSync(`${dir}/${file}`)
    fs.writeFileSync(`${dir}/index.ts`, indexBefore)
    console.error(`${payload.db.name}: the collections changed without a migration (npm run migrate:create -- <name>)`)
    process.exitCode = 1
  } else if (code === 0) {
    console.log(`${payload.db.name}: ${added.length > 0 ? `wrote ${added.join(', ')}` : 'no schema changes'}`)
  }
})
const indexBefore = fs.readFileSync(`${dir}/index.ts`, 'utf8')
await payload.db.createMigration({ migrationName: mode === 'check' ? 'pending_check' : name, payload, skipEmpty: true })
process.exit(0)
