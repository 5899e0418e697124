import { createClient } from '@libsql/client'
import { readFile } from 'node:fs/promises'
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest'

import { graphql, registerFirstUser } from '../support/http'
import { type RunningServer, startServer } from '../support/testServer'

const owner = { email: 'owner@brand.cn', password: 'Correct-Horse-Battery-9' }

/** `npm run build && npm start` on a brand-new production database. */
describe('production server', () => {
  let server: RunningServer

  beforeAll(async () => {
    server = await startServer({ label: 'production', mode: 'production' })
  })
  afterAll(async () => {
    await server?.stop()
  })

  it('applies the committed migrations at start-up and reports ready', async () => {
    const response = await fetch(`${server.url}/readyz`)
    expect(response.status).toBe(200)
    const report = await response.json()
    expect(report.checks[1]).toMatchObject({
      name: 'migrations',
      ok: true,
      detail: expect.stringMatching(/^all \d+ applied$/),
    })
    expect(await readFile(server.logFile, 'utf8')).toMatch(/Migrated: {2}\d{8}_\d{6}_initial/)
  })

  it('has no demo accounts; the first registered user becomes the administrator', async () => {
    const demo = await fetch(`${server.url}/api/users/login`, {
      method: 'POST',
      headers: { 'Content-Type': 'application/json' },
      body: JSON.stringify({ email: 'admin@zhongcao.local', password: 'zhongcao-demo-2026' }),
    })
    expect(demo.status).toBe(401)

    const register = await registerFirstUser(server.url, owner)
    expect(register.status).toBe(200)
    const { user, token } = register.body
    expect(user.roles).toContain('admin')

    const { body } = await graphql(server.url, '{ Users { docs { email roles } } }', {
      Authorization: `JWT ${token}`,
    })
    expect(body.data).toEqual({ Users: { docs: [{ email: owner.email, roles: user.roles }] } })
  })

  it('serves the admin and keeps GraphQL introspection, playground and schema hints off', async () => {
    const admin = await fetch(`${server.url}/admin/login`)
    expect(admin.status).toBe(200)
    expect(await admin.text()).toMatch(/<html[^>]*lang="zh"/)

    const introspection = await graphql(server.url, '{ __schema { queryType { name } } }')
    expect(introspection.body.data).toBeUndefined()
    expect(introspection.body.errors?.[0]?.message).toMatch(/introspection/i)

    const playground = await fetch(`${server.url}/api/graphql-playground`)
    expect(playground.status).toBe(404)

    // Development would add: Did you mean "Users"? / Did you mean the enum value "published"?
    const misspelt = await graphql(
      server.url,
      'query ($status: ContentAsset_status_Input) { Userz { totalDocs } ContentAssets(where: { status: { equals: $status } }) { totalDocs } }',
      {},
      { status: 'publishd' },
    )
    expect(new Set(misspelt.body.errors?.map((error) => error.message))).toEqual(
      new Set([
        'Cannot query field "Userz" on type "Query".',
        'Variable "$status" got invalid value "publishd"; Value "publishd" does not exist in "ContentAsset_status_Input" enum.',
      ]),
    )
  })

  // Deleting a migration record behind the server's back is done with SQLite's own client.
  it.skipIf(Boolean(inject('databaseServerUri')))(
    'turns not-ready, naming it, when the database lacks a committed migration',
    async () => {
      const database = createClient({ url: server.databaseUri })
      const { rows } = await database.execute('SELECT name FROM payload_migrations ORDER BY name DESC LIMIT 1')
      const latest = String(rows[0]?.name)
      await database.execute({ sql: 'DELETE FROM payload_migrations WHERE name = ?', args: [latest] })
      database.close()

      const response = await fetch(`${server.url}/readyz`)
      expect(response.status).toBe(503)
      expect((await response.json()).checks[1]).toEqual({
        name: 'migrations',
        ok: false,
        detail: `not applied: ${latest}`,
      })
    },
  )
})

describe('production start-up without a secret', () => {
  it('stops at once with a message naming PAYLOAD_SECRET', async () => {
    const failure = startServer({
      label: 'production-no-secret',
      mode: 'production',
      env: { PAYLOAD_SECRET: '' },
    })
    await expect(failure).rejects.toThrow(/exited with 1 before it was ready/)
    const log = await readFile('test-results/server-production-no-secret.log', 'utf8')
    expect(log).toContain('PAYLOAD_SECRET: is required in production')
  })
})
