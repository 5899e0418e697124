import { randomBytes } from 'node:crypto'
import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import { inject } from 'vitest'

export const TEST_SECRET = 'zhongcao-test-secret-0123456789abcdef0123456789'

/**
 * A brand-new, empty database on the run's server (see databaseGlobalSetup): a SQLite file in the
 * temp directory, or a new database name on PostgreSQL/MongoDB, which the adapters create.
 */
/** An empty upload directory, so one run's files never rename another's (cover.jpg → cover-1.jpg). */
export const freshMediaDir = (label: string): string =>
  fs.mkdtempSync(path.join(os.tmpdir(), `zhongcao-media-${label}-`))

export function freshDatabaseUri(label: string): string {
  const name = `zc_${label}_${randomBytes(4).toString('hex')}`.toLowerCase().replace(/[^a-z0-9_]/g, '_')
  const server = inject('databaseServerUri')
  if (!server) return `file:${path.join(os.tmpdir(), `${name}.db`)}`
  const url = new URL(server)
  url.pathname = `/${name}`
  return url.toString()
}
