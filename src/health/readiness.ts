import type { Payload } from 'payload'

export type ReadinessCheck = { name: 'database' | 'migrations' | 'payload' | 'server'; ok: boolean; detail: string }
export type ReadinessReport = { ready: boolean; checks: ReadinessCheck[] }

export const readinessReport = (checks: ReadinessCheck[]): ReadinessReport => ({
  ready: checks.every((check) => check.ok),
  checks,
})

async function runCheck(
  name: ReadinessCheck['name'],
  timeoutMs: number,
  probe: () => Promise<string>,
): Promise<ReadinessCheck> {
  let timer: NodeJS.Timeout | undefined
  const timeout = new Promise<never>((_, reject) => {
    timer = setTimeout(() => reject(new Error(`no answer within ${timeoutMs} ms`)), timeoutMs)
  })
  try {
    return { name, ok: true, detail: await Promise.race([probe(), timeout]) }
  } catch (error) {
    return { name, ok: false, detail: error instanceof Error ? error.message : String(error) }
  } finally {
    clearTimeout(timer)
  }
}

/** Which committed migrations the database has not recorded as applied. */
async function pendingMigrations(payload: Payload): Promise<{ expected: number; pending: string[] } | null> {
  const expected = (payload.db as { prodMigrations?: { name: string }[] }).prodMigrations
  // Dev pushes its schema instead; MongoDB needs no schema migrations.
  if (process.env.NODE_ENV !== 'production' || !expected) return null
  const { docs } = await payload.find({
    collection: 'payload-migrations',
    limit: 0,
    pagination: false,
    depth: 0,
    overrideAccess: true,
  })
  const applied = new Set(docs.map((doc) => doc.name))
  return { expected: expected.length, pending: expected.map((m) => m.name).filter((name) => !applied.has(name)) }
}

/**
 * Ready means the database answers a real query on a collection table and every committed
 * migration is recorded as applied. Payload's own endpoints cannot tell: GraphQL answers HTTP 200
 * with an error body when tables are missing.
 */
export async function checkReadiness(payload: Payload, timeoutMs = 3_000): Promise<ReadinessReport> {
  const database = await runCheck('database', timeoutMs, async () => {
    const { totalDocs } = await payload.count({ collection: 'users', overrideAccess: true })
    return `answered a query on users (${totalDocs} rows)`
  })
  const migrations = await runCheck('migrations', timeoutMs, async () => {
    const status = await pendingMigrations(payload)
    if (!status) return 'not used (schema pushed in development, or MongoDB)'
    if (status.pending.length > 0) throw new Error(`not applied: ${status.pending.join(', ')}`)
    return `all ${status.expected} applied`
  })
  return readinessReport([database, migrations])
}
