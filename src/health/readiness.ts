import type { Payload } from 'payload'

export type ReadinessCheck = { name: 'database' | 'migrations' | 'payload' | 'server'; ok: boolean; detail: string }
export type ReadinessReport = { ready: boolean; checks: ReadinessCheck[] }

export const readinessReport = (checks: ReadinessCheck[]): ReadinessReport => ({
  ready: checks.every((check) => check.ok),
  checks,
})

/**
 * A failed query's message names the query only; why it failed (the connection refused, the table
 * missing) is in its cause.
 */
function describeFailure(error: unknown): string {
  if (!(error instanceof Error)) return String(error)
  const summary = error.message.split('\n')[0]!
  return error.cause instanceof Error ? `${summary}: ${describeFailure(error.cause)}` : summary
}

async function runCheck(name: ReadinessCheck['name'], timeoutMs: number, probe: () => Promise<string>): Promise<ReadinessCheck> {
  let timer: NodeJS.Timeout | undefined
  const timeout = new Promise<never>((_, reject) => {
    timer = setTimeout(() => reject(new Error(`no answer within ${timeoutMs} ms`)), timeoutMs)
  })
  try {
    return { name, ok: true, detail: await Promise.race([probe(), timeout]) }
  } catch (error) {
    return { name, ok: false, detail: describeFailure(error) }
  } finally {
    clearTimeout(timer)
  }
}

/**
 * How the schema got there: a database the dev server pushed its schema into carries a marker row
 * (batch -1); any other SQL database must have recorded every committed migration as applied.
 */
async function migrationStatus(payload: Payload): Promise<string> {
  const expected = (payload.db as { prodMigrations?: { name: string }[] }).prodMigrations
  // MongoDB is schemaless: its adapter has no schema migrations to apply.
  if (!expected) return 'none required by this database'
  const { docs } = await payload.find({
    collection: 'payload-migrations',
    limit: 0,
    pagination: false,
    depth: 0,
    overrideAccess: true,
  })
  if (docs.some((doc) => doc.batch === -1)) return 'schema pushed by the development server'
  const applied = new Set(docs.map((doc) => doc.name))
  const pending = expected.map((m) => m.name).filter((name) => !applied.has(name))
  if (pending.length > 0) throw new Error(`not applied: ${pending.join(', ')}`)
  return `all ${expected.length} applied`
}

/**
 * Ready means the database answers a real query on a collection table and every committed
 * migration is recorded as applied. Payload's own endpoints cannot tell: GraphQL answers HTTP 200
 * with an error body when tables are missing.
 */
/** The database answers a real query on a collection table within the time. */
export const checkDatabase = (payload: Payload, timeoutMs: number): Promise<ReadinessCheck> =>
  runCheck('database', timeoutMs, async () => {
    const { totalDocs } = await payload.count({ collection: 'users', overrideAccess: true })
    return `answered a query on users (${totalDocs} rows)`
  })

export async function checkReadiness(payload: Payload, timeoutMs = 3_000): Promise<ReadinessReport> {
  const database = await checkDatabase(payload, timeoutMs)
  const migrations = await runCheck('migrations', timeoutMs, () => migrationStatus(payload))
  return readinessReport([database, migrations])
}
