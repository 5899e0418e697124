import { randomBytes } from 'node:crypto'
import os from 'node:os'
import path from 'node:path'
import { inject } from 'vitest'

export const TEST_SECRET = 'zhongcao-test-secret-0123456789abcdef0123456789'

/**
 * A brand-new, empty database on the run's server (see databaseGlobalSetup): a SQLite file in the
 * temp directory, or a new database name on PostgreSQL/MongoDB, which the adapters create.
 */
export function freshDatabaseUri(label: string): string {
  const name = `zc_${label}_${randomBytes(4).toString('hex')}`.toLowerCase().replace(/[^a-z0-9_]/g, '_')
  const server = inject('databaseServerUri')
  if (!server) return `file:${path.join(os.tmpdir(), `${name}.db`)}`
  const url = new URL(server)
  url.pathname = `/${name}`
  return url.toString()
}
