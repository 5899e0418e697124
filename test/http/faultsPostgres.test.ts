import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import { postgresSwitch } from '../support/faults'
import { login } from '../support/http'
import { type PostgresServer, startPostgres } from '../support/postgres'
import { type RunningServer, startServer } from '../support/testServer'

/** What a user waits at most for an answer while the database is down. */
const FAIL_FAST_MS = 5_000

/** The development server on a PostgreSQL of the test's own, which the test stops and starts again under it. */
describe('the database goes away and comes back (PostgreSQL)', () => {
  let postgres: PostgresServer
  let server: RunningServer
  let admin: Record<string, string>
  let database: ReturnType<typeof postgresSwitch>
  let stopped = false

  const timed = async (path: string, init: RequestInit = {}) => {
    const started = performance.now()
    const response = await fetch(`${server.url}${path}`, { ...init, headers: { ...admin, 'Content-Type': 'application/json', ...init.headers } })
    const body = (await response.json()) as Record<string, any>
    return { status: response.status, ms: performance.now() - started, body }
  }
  const createBrand = (name: string) => timed('/api/brands', { method: 'POST', body: JSON.stringify({ name, category: 'cosmetics' }) })

  beforeAll(async () => {
    postgres = await startPostgres()
    const databaseUri = new URL(postgres.url)
    databaseUri.pathname = '/zc_faults'
    server = await startServer({ label: 'faults-pg', mode: 'development', databaseUri: databaseUri.toString() })
    admin = { Authorization: `JWT ${(await login(server.url, 'admin@zhongcao.local')).body.token}` }
  }, 600_000)

  afterAll(async () => {
    await server?.stop()
    if (stopped) database.start()
    postgres?.stop()
  })

  it('answers 503 within seconds while PostgreSQL is stopped, says not ready and why, and recovers in the same process', { timeout: 120_000 }, async () => {
    expect((await createBrand('断库前品牌')).status).toBe(201)
    database = postgresSwitch(postgres.url)
    database.stop()
    stopped = true

    const requests: [string, RequestInit][] = [
      ['/api/content-assets?limit=5', {}],
      ['/api/brands', { method: 'POST', body: JSON.stringify({ name: '断库期间品牌', category: 'cosmetics' }) }],
      ['/api/graphql', { method: 'POST', body: JSON.stringify({ query: '{ Brands { docs { id } } }' }) }],
      ['/api/users/me', {}],
    ]
    for (const [path, init] of requests) {
      const answer = await timed(path, init)
      expect({ path, status: answer.status, code: answer.body.errors?.[0]?.extensions?.code }).toEqual({ path, status: 503, code: 'DATABASE_UNAVAILABLE' })
      expect(answer.body.errors[0].message).toMatch(/database is unavailable|数据库暂时不可用/)
      expect(answer.ms).toBeLessThan(FAIL_FAST_MS)
    }
    const readiness = await timed('/readyz')
    expect(readiness.status).toBe(503)
    expect(readiness.ms).toBeLessThan(FAIL_FAST_MS)
    expect(readiness.body.ready).toBe(false)
    expect(readiness.body.checks[0]).toMatchObject({ name: 'database', ok: false })
    expect(readiness.body.checks[0].detail).toMatch(/ECONNREFUSED/)
    expect(server.process.exitCode).toBeNull()

    database.start()
    stopped = false
    await expect.poll(async () => (await timed('/readyz')).status, { timeout: 30_000, interval: 500 }).toBe(200)
    await expect.poll(async () => (await createBrand('恢复后品牌')).status, { timeout: 10_000, interval: 500 }).toBe(201)
    const brands = await timed(`/api/brands?limit=100&depth=0`)
    const names = brands.body.docs.map((brand: { name: string }) => brand.name)
    expect(names).toEqual(expect.arrayContaining(['断库前品牌', '恢复后品牌']))
    expect(names).not.toContain('断库期间品牌')
    expect(server.process.exitCode).toBeNull()
  })
})
