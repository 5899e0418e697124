import type { Migration, Payload } from 'payload'

import { describe, expect, it } from 'vitest'

import { DEV_PUSHED_DATABASE_MESSAGE } from '../../src/db/refuseDevPushedDatabase'
import { checkReadiness } from '../../src/health/readiness'
import { useTestPayload } from '../support/testPayload'

const committedMigrations = (payload: Payload) =>
  (payload.db as unknown as { prodMigrations?: Migration[] }).prodMigrations

describe('committed migrations', () => {
  // What `payload migrate` and production do: no schema push, only the committed migrations.
  const testPayload = useTestPayload('migrations', { pushSchema: false })

  it('build a working schema on an empty database and report ready', async (ctx) => {
    const payload = testPayload()
    const migrations = committedMigrations(payload)
    if (!migrations) return ctx.skip() // MongoDB has no schema migrations
    expect(migrations.length).toBeGreaterThan(0)

    expect((await checkReadiness(payload)).ready).toBe(false)
    await payload.db.migrate({ migrations })

    const user = await payload.create({
      collection: 'users',
      data: { email: 'first@brand.cn', password: 'correct-horse-battery', roles: ['editor'] },
      overrideAccess: true,
    })
    expect(user.roles).toContain('admin')
    const report = await checkReadiness(payload)
    expect(report).toEqual({
      ready: true,
      checks: [
        { name: 'database', ok: true, detail: 'answered a query on users (1 rows)' },
        { name: 'migrations', ok: true, detail: `all ${migrations.length} applied` },
      ],
    })
  })

  it('make readiness fail, naming the migration, when one is not recorded as applied', async (ctx) => {
    const payload = testPayload()
    const migrations = committedMigrations(payload)
    if (!migrations) return ctx.skip()
    const latest = migrations[migrations.length - 1]!
    await payload.delete({ collection: 'payload-migrations', where: { name: { equals: latest.name } } })

    const report = await checkReadiness(payload)
    expect(report.ready).toBe(false)
    expect(report.checks[1]).toEqual({ name: 'migrations', ok: false, detail: `not applied: ${latest.name}` })
  })
})

describe('a database the dev server pushed its schema into', () => {
  const testPayload = useTestPayload('devpushed')

  it('is refused by the migration runner with a clear error instead of a prompt', async (ctx) => {
    const payload = testPayload()
    const migrations = committedMigrations(payload)
    if (!migrations) return ctx.skip()
    await expect(payload.db.migrate({ migrations })).rejects.toThrow(DEV_PUSHED_DATABASE_MESSAGE)
    expect((await checkReadiness(payload)).checks[1]?.detail).toBe('schema pushed by the development server')
  })
})
