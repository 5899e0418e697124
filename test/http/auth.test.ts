import type { Payload } from 'payload'

import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import ensureProductionBuild from '../support/productionBuild'
import { login, registerFirstUser } from '../support/http'
import { freshMediaDir } from '../support/testDatabase'
import { startTestPayload } from '../support/testPayload'
import { type RunningServer, startServer } from '../support/testServer'

const FRONTEND = 'https://shop.example.cn'
const CMS = 'http://cms.zhongcao.test'
const PASSWORD = 'lockout-password-2026'

/**
 * Sign-in, API keys and cookies through the real server. test/http/hardening.test.ts proves the
 * CORS preflight and rate limits; this file proves what a stolen cookie or a revoked key can still do.
 */
describe('authentication', () => {
  let server: RunningServer
  let oracle: Payload
  let admin: Record<string, string>

  const json = (headers: Record<string, string>) => ({ ...headers, 'Content-Type': 'application/json' })
  const createUser = async (data: Record<string, unknown>) => {
    const response = await fetch(`${server.url}/api/users`, { method: 'POST', headers: json(admin), body: JSON.stringify(data) })
    expect(response.status).toBe(201)
    return ((await response.json()) as { doc: { id: number } }).doc
  }
  const updateUser = async (id: number, data: Record<string, unknown>) => {
    const response = await fetch(`${server.url}/api/users/${id}`, { method: 'PATCH', headers: json(admin), body: JSON.stringify(data) })
    expect(response.status).toBe(200)
  }
  const brandCount = async () => (await oracle.count({ collection: 'brands', overrideAccess: true })).totalDocs

  beforeAll(async () => {
    const mediaDir = freshMediaDir('http-auth')
    server = await startServer({
      label: 'http-auth',
      mode: 'development',
      env: { MEDIA_DIR: mediaDir, CORS_ORIGINS: FRONTEND, SERVER_URL: CMS, RATE_LIMIT_PER_IP_PER_MINUTE: '0', RATE_LIMIT_PER_KEY_PER_MINUTE: '0' },
    })
    process.env.JOBS_RUNNER = 'false'
    oracle = await startTestPayload('http-auth', { pushSchema: false, databaseUri: server.databaseUri, mediaDir })
    admin = { Authorization: `JWT ${(await login(server.url, 'admin@zhongcao.local')).body.token}` }
  })
  afterAll(async () => {
    delete process.env.JOBS_RUNNER
    await oracle?.destroy()
    await server?.stop()
  })

  it('locks an account after 5 wrong passwords: the 6th attempt fails even with the right one, for 10 minutes or until an admin unlocks it', async () => {
    const email = 'lockout@zhongcao.local'
    const { id } = await createUser({ email, password: PASSWORD, roles: ['editor'] })
    for (let attempt = 1; attempt <= 5; attempt++) expect((await login(server.url, email, `wrong-${attempt}`)).status, `wrong password ${attempt}`).toBe(401)

    const sixth = await login(server.url, email, PASSWORD)
    expect(sixth.status).toBe(401)
    expect(sixth.body.token).toBeUndefined()
    // Payload keeps the lock on the user; it lifts by itself at lockUntil (users.auth.lockTime, 10 minutes).
    const locked = await oracle.findByID({ collection: 'users', id, showHiddenFields: true, overrideAccess: true })
    expect(locked.loginAttempts).toBe(5)
    const lockUntil = new Date(locked.lockUntil!).getTime()
    expect(lockUntil - Date.now()).toBeGreaterThan(9 * 60_000)
    expect(lockUntil - Date.now()).toBeLessThanOrEqual(10 * 60_000)

    // Only an administrator may unlock early.
    const editor = { Authorization: `JWT ${(await login(server.url, 'editor@zhongcao.local')).body.token}` }
    const byEditor = await fetch(`${server.url}/api/users/unlock`, { method: 'POST', headers: json(editor), body: JSON.stringify({ email }) })
    expect(byEditor.status).toBe(403)
    expect((await login(server.url, email, PASSWORD)).status).toBe(401)
    const byAdmin = await fetch(`${server.url}/api/users/unlock`, { method: 'POST', headers: json(admin), body: JSON.stringify({ email }) })
    expect(byAdmin.status).toBe(200)
    const after = await login(server.url, email, PASSWORD)
    expect(after.status).toBe(200)
    expect(after.body.token).toEqual(expect.any(String))
  })

  it('refuses a revoked, rotated or deleted API key on the very next request, over GraphQL and REST', async () => {
    const key = 'revocable-publisher-key-0123456789ab'
    const { id } = await createUser({ email: 'revocable@shop.cn', password: PASSWORD, roles: ['publisher'], enableAPIKey: true, apiKey: key })
    const asKey = (apiKey: string) => ({ Authorization: `users API-Key ${apiKey}` })
    const graphql = (apiKey: string) =>
      fetch(`${server.url}/api/graphql`, { method: 'POST', headers: json(asKey(apiKey)), body: JSON.stringify({ query: '{ Brands { docs { id } } }' }) })
    const rest = (apiKey: string) => fetch(`${server.url}/api/brands?limit=1`, { headers: asKey(apiKey) })
    const works = async (apiKey: string) => {
      const [viaGraphql, viaRest] = await Promise.all([graphql(apiKey), rest(apiKey)])
      return { graphql: viaGraphql.status, rest: viaRest.status, docs: ((await viaRest.json()) as { docs?: unknown[] }).docs?.length ?? 0 }
    }
    // The key is answered (and remembered by the server's 5 s key cache) before each change.
    expect(await works(key)).toEqual({ graphql: 200, rest: 200, docs: 1 })

    await updateUser(id, { enableAPIKey: false })
    expect(await works(key)).toEqual({ graphql: 401, rest: 401, docs: 0 })

    await updateUser(id, { enableAPIKey: true, apiKey: key })
    expect(await works(key)).toEqual({ graphql: 200, rest: 200, docs: 1 })
    const rotated = 'rotated-publisher-key-0123456789abcd'
    await updateUser(id, { apiKey: rotated })
    expect(await works(key)).toEqual({ graphql: 401, rest: 401, docs: 0 })
    expect(await works(rotated)).toEqual({ graphql: 200, rest: 200, docs: 1 })

    expect((await fetch(`${server.url}/api/users/${id}`, { method: 'DELETE', headers: admin })).status).toBe(200)
    expect(await works(rotated)).toEqual({ graphql: 401, rest: 401, docs: 0 })
  })

  it('accepts a signed-in browser’s cookie for a write only from the allowed origins (CSRF)', async () => {
    const signIn = await fetch(`${server.url}/api/users/login`, {
      method: 'POST',
      headers: { 'Content-Type': 'application/json' },
      body: JSON.stringify({ email: 'editor@zhongcao.local', password: 'zhongcao-demo-2026' }),
    })
    const cookie = signIn.headers
      .getSetCookie()
      .find((one) => one.startsWith('payload-token='))!
      .split(';')[0]!
    const createBrand = (origin: string, name: string) =>
      fetch(`${server.url}/api/brands`, {
        method: 'POST',
        headers: { 'Content-Type': 'application/json', Cookie: cookie, Origin: origin },
        body: JSON.stringify({ name, slug: name }),
      })

    const before = await brandCount()
    const foreign = await createBrand('https://evil.example.com', 'csrf-foreign')
    expect(foreign.status).toBe(403)
    expect(foreign.headers.get('access-control-allow-origin')).toBeNull()
    expect(await brandCount()).toBe(before)

    for (const [origin, name] of [
      [FRONTEND, 'csrf-frontend'],
      [CMS, 'csrf-admin'],
    ] as const) {
      const allowed = await createBrand(origin, name)
      expect(allowed.status, `a write from ${origin}`).not.toBe(403)
      expect([201, 400]).toContain(allowed.status)
    }
    // The cookie itself is fine: the same browser reads its account from the allowed origin only.
    const me = (origin: string) => fetch(`${server.url}/api/users/me`, { headers: { Cookie: cookie, Origin: origin } }).then((response) => response.json())
    expect((await me(FRONTEND)).user?.email).toBe('editor@zhongcao.local')
    expect((await me('https://evil.example.com')).user).toBeNull()
  })
})

describe('session cookie in production', () => {
  let server: RunningServer

  beforeAll(async () => {
    ensureProductionBuild()
    server = await startServer({ label: 'http-auth-production', mode: 'production', env: { JOBS_RUNNER: 'false' } })
  }, 900_000)
  afterAll(async () => {
    await server?.stop()
  })

  it('is Secure, HttpOnly and SameSite=Lax', async () => {
    const owner = { email: 'owner@brand.cn', password: PASSWORD }
    expect((await registerFirstUser(server.url, owner)).status).toBe(200)
    const response = await fetch(`${server.url}/api/users/login`, {
      method: 'POST',
      headers: { 'Content-Type': 'application/json' },
      body: JSON.stringify(owner),
    })
    expect(response.status).toBe(200)
    const cookie = response.headers.getSetCookie().find((one) => one.startsWith('payload-token='))
    expect(cookie).toBeDefined()
    // Payload writes `HttpOnly=true` and `Secure=true`; browsers go by the attribute's name and ignore the value.
    const attributes = new Map(
      cookie!
        .split(';')
        .slice(1)
        .map((part) => part.trim().split('=') as [string, string?])
        .map(([name, value]) => [name.toLowerCase(), value?.toLowerCase()]),
    )
    expect(attributes.has('httponly'), cookie).toBe(true)
    expect(attributes.get('samesite'), cookie).toBe('lax')
    expect(attributes.has('secure'), cookie).toBe(true)
    expect(attributes.get('secure'), cookie).not.toBe('false')
  })
})
