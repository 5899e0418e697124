import { createClient } from '@libsql/client'
import sharp from 'sharp'
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest'

import { DEMO_USERS } from '../../seed/demoUsers'
import { graphql, login, publisherApiKey } from '../support/http'
import { type RunningServer, startServer } from '../support/testServer'

/** Runs against the development server (`npm run dev`); test/production covers `npm start`. */
describe('HTTP server', () => {
  let server: RunningServer

  beforeAll(async () => {
    server = await startServer({ label: 'http', mode: 'development', env: { UPLOAD_MAX_MB: '1' } })
  })
  afterAll(async () => {
    await server?.stop()
  })

  it('answers /healthz without touching the database, with a request id', async () => {
    const response = await fetch(`${server.url}/healthz`)
    expect(response.status).toBe(200)
    expect(await response.json()).toMatchObject({ status: 'ok' })
    expect(response.headers.get('x-request-id')).toMatch(/^[0-9a-f-]{36}$/)

    const traced = await fetch(`${server.url}/healthz`, { headers: { 'X-Request-Id': 'edge-7f3a' } })
    expect(traced.headers.get('x-request-id')).toBe('edge-7f3a')
  })

  it('reports ready once the database answers and the schema is in place', async () => {
    const response = await fetch(`${server.url}/readyz`)
    expect(response.status).toBe(200)
    const report = await response.json()
    expect(report.ready).toBe(true)
    expect(report.checks.map((check: { name: string; ok: boolean }) => [check.name, check.ok])).toEqual([
      ['database', true],
      ['migrations', true],
    ])
  })

  it('sends security headers on the API and the admin, and does not advertise its stack', async () => {
    for (const path of ['/api/users/me', '/admin/login']) {
      const response = await fetch(`${server.url}${path}`)
      const csp = response.headers.get('content-security-policy') ?? ''
      expect(csp).toContain("default-src 'self'")
      expect(csp).toContain("object-src 'none'")
      expect(csp).toContain("frame-ancestors 'self'")
      expect(response.headers.get('x-content-type-options')).toBe('nosniff')
      expect(response.headers.get('referrer-policy')).toBe('no-referrer')
      expect(response.headers.get('x-powered-by')).toBeNull()
    }
  })

  it('serves the admin in Simplified Chinese to a browser that never chose a language', async () => {
    const response = await fetch(`${server.url}/admin/login`, { headers: { 'Accept-Language': 'en-US,en' } })
    expect(response.status).toBe(200)
    expect(await response.text()).toMatch(/<html[^>]*lang="zh"/)
    expect(response.headers.get('set-cookie')).toMatch(/payload-lng=zh/)

    const english = await fetch(`${server.url}/admin/login`, { headers: { Cookie: 'payload-lng=en' } })
    expect(await english.text()).toMatch(/<html[^>]*lang="en"/)
  })

  it('logs in over REST and refuses a wrong password in the caller’s language', async () => {
    const ok = await login(server.url, 'admin@zhongcao.local')
    expect(ok.status).toBe(200)
    expect(ok.body.token).toEqual(expect.any(String))
    expect(ok.body.user).toMatchObject({ email: 'admin@zhongcao.local', roles: ['admin'] })

    const refused = await login(server.url, 'admin@zhongcao.local', 'not-the-password')
    expect(refused.status).toBe(401)
    expect(refused.body.errors[0].message).toMatch(/\p{Script=Han}/u)
  })

  it('answers GraphQL for a publisher API key, showing the publisher only itself', async () => {
    const { status, body } = await graphql(
      server.url,
      '{ meUser { user { email roles } } Users { totalDocs docs { email } } }',
      { Authorization: `users API-Key ${publisherApiKey}` },
    )
    expect(status).toBe(200)
    expect(body.errors).toBeUndefined()
    expect(body.data).toEqual({
      meUser: { user: { email: 'publisher@zhongcao.local', roles: ['publisher'] } },
      Users: { totalDocs: 1, docs: [{ email: 'publisher@zhongcao.local' }] },
    })

    const asAdmin = await login(server.url, 'admin@zhongcao.local')
    const all = await graphql(server.url, '{ Users { totalDocs } }', { Authorization: `JWT ${asAdmin.body.token}` })
    expect(all.body.data).toEqual({ Users: { totalDocs: DEMO_USERS.length } })
  })

  it('takes an image upload, cuts every platform crop, and refuses oversized or disguised files', async () => {
    const { body } = await login(server.url, 'editor@zhongcao.local')
    const upload = (data: Buffer, name: string, type: string) => {
      const form = new FormData()
      form.append('file', new Blob([Uint8Array.from(data)], { type }), name)
      form.append('_payload', JSON.stringify({ alt: name }))
      return fetch(`${server.url}/api/media`, { method: 'POST', body: form, headers: { Authorization: `JWT ${body.token}` } })
    }

    const photo = await sharp({ create: { width: 2160, height: 2880, channels: 3, background: '#c9a7e8' } }).jpeg().toBuffer()
    const accepted = await upload(photo, 'cover.jpg', 'image/jpeg')
    expect(accepted.status).toBe(201)
    const { doc } = await accepted.json()
    expect(Object.keys(doc.sizes).sort()).toEqual(['landscape16x9', 'landscape4x3', 'portrait3x4', 'square', 'vertical9x16', 'wide235'])
    expect(doc.sizes.wide235).toMatchObject({ width: 900, height: 383 })

    const disguised = await upload(Buffer.from('<script>alert(1)</script>'), 'not-a-photo.jpg', 'image/jpeg')
    expect(disguised.status).toBe(400)

    const oversized = await upload(Buffer.alloc(1.5 * 1024 * 1024), 'huge.jpg', 'image/jpeg')
    expect(oversized.status).toBe(413)
  })

  it('answers 401 to an API key that matches no user, on GraphQL and REST', async () => {
    const bad = { Authorization: `users API-Key ${publisherApiKey.replace(/.$/, 'x')}` }
    const viaGraphql = await graphql(server.url, '{ meUser { user { email } } }', bad)
    expect(viaGraphql.status).toBe(401)
    expect(viaGraphql.body.errors?.[0]?.message).toBe('Invalid API key')

    const viaRest = await fetch(`${server.url}/api/users/me`, { headers: bad })
    expect(viaRest.status).toBe(401)
  })

  // Dropping a table behind the server's back is done with SQLite's own client.
  it.skipIf(Boolean(inject('databaseServerUri')))('turns not-ready when the database stops answering, and says why', async () => {
    const database = createClient({ url: server.databaseUri })
    await database.execute('DROP TABLE users_sessions')
    await database.execute('DROP TABLE users')
    database.close()

    const response = await fetch(`${server.url}/readyz`)
    expect(response.status).toBe(503)
    const report = await response.json()
    expect(report.ready).toBe(false)
    expect(report.checks[0]).toMatchObject({ name: 'database', ok: false })
    expect(report.checks[0].detail).toMatch(/users/)
  })

  it('shuts down gracefully on SIGTERM: drains, closes the database, exits 0', async () => {
    expect(await server.stop('SIGTERM')).toBe(0)
    const { readFile } = await import('node:fs/promises')
    const log = await readFile(server.logFile, 'utf8')
    expect(log).toContain('"msg":"shutting down: draining requests"')
    expect(log).toContain('"msg":"shutdown complete"')
  })
})
