import { ClientError, GraphQLClient } from 'graphql-request'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import { login, publisherApiKey } from '../support/http'
import { type RunningServer, startServer } from '../support/testServer'

const LIMIT = 5
const FRONTEND = 'https://shop.example.cn'
const GRAPHQL_RESPONSE = 'application/graphql-response+json'

type LimitError = { message: string; extensions?: { code?: string; limit?: string } }

/**
 * Query limits, rate limits and CORS through the real server, with graphql-request as the client.
 * The server trusts X-Forwarded-For from this machine (TRUST_PROXY), so each test speaks from a
 * client address of its own and counts against its own buckets.
 */
describe('API hardening', () => {
  let server: RunningServer
  let nextAddress = 1
  const newAddress = () => `203.0.113.${nextAddress++}`
  const apiKey = (key: string) => ({ Authorization: `users API-Key ${key}` })

  const clientFrom = (address: string, headers: Record<string, string> = {}) =>
    new GraphQLClient(`${server.url}/api/graphql`, { headers: { 'X-Forwarded-For': address, ...headers } })

  /** The refusal graphql-request throws for a query that should not run. */
  const refusal = async (query: string, headers: Record<string, string> = {}) => {
    const error = await clientFrom(newAddress(), headers)
      .rawRequest(query)
      .then(
        () => expect.unreachable('the query ran'),
        (error: unknown) => error,
      )
    expect(error).toBeInstanceOf(ClientError)
    const { response } = error as ClientError
    return { status: response.status, errors: (response.errors ?? []) as LimitError[], headers: response.headers }
  }
  const limitError = (errors: LimitError[], limit: string) => errors.find((error) => error.extensions?.limit === limit)

  beforeAll(async () => {
    server = await startServer({
      label: 'http-hardening',
      mode: 'development',
      env: {
        RATE_LIMIT_PER_KEY_PER_MINUTE: String(LIMIT),
        RATE_LIMIT_PER_IP_PER_MINUTE: String(LIMIT),
        TRUST_PROXY: 'loopback',
        CORS_ORIGINS: FRONTEND,
        SERVER_URL: 'http://cms.zhongcao.test',
      },
    })
  })
  afterAll(async () => {
    await server?.stop()
  })

  it('answers a publisher’s normal query', async () => {
    const { data, status } = await clientFrom(newAddress(), apiKey(publisherApiKey)).rawRequest<{
      ContentAssets: { docs: { title: string; brand: { name: string }; variants: { format: string; status: string }[] }[] }
    }>(`{ ContentAssets(limit: 200) { docs { title brand { name } variants { format status } } } }`)
    expect(status).toBe(200)
    expect(data.ContentAssets.docs.length).toBeGreaterThan(0)
    expect(data.ContentAssets.docs[0]!.brand.name).toEqual(expect.any(String))
  })

  it('refuses an alias bomb with 400 and says which limit it broke', async () => {
    const aliases = Array.from({ length: 200 }, (_, index) => `a${index}: meUser { exp }`).join(' ')
    const { status, errors } = await refusal(`{ ${aliases} }`)
    expect(status).toBe(400)
    expect(errors).toEqual([{ message: 'Aliases limit of 20 exceeded, found 200.', extensions: { code: 'QUERY_LIMIT_EXCEEDED', limit: 'aliases', max: 20 } }])
  })

  it('refuses a deeply nested relationship query', async () => {
    const depthTwelve = `{ Collaborations { docs { deliverables { asset { campaign { liveStream { sessions { host {
      accounts { audience { age { under18 } } } } } } } } } } } }`
    const { status, errors } = await refusal(depthTwelve)
    expect(status).toBe(400)
    expect(errors).toEqual([{ message: 'Query depth limit of 10 exceeded, found 12.', extensions: { code: 'QUERY_LIMIT_EXCEEDED', limit: 'depth', max: 10 } }])
  })

  it('refuses a fan-out over relationships by Payload’s complexity, with the same code', async () => {
    const relationships = 'docs { brand { name } campaign { name } persona { name } products { name } media { url } variants { images { url } } }'
    const fanOut = `{ ${Array.from({ length: 20 }, (_, index) => `a${index}: ContentAssets(limit: 100) { ${relationships} }`).join(' ')} }`
    const { status, errors } = await refusal(fanOut)
    expect(status).toBe(400)
    expect(errors).toEqual([
      {
        message: expect.stringMatching(/^The query exceeds the maximum complexity of 1000\. Actual complexity is \d+/),
        extensions: { code: 'QUERY_LIMIT_EXCEEDED', limit: 'complexity', max: 1000 },
      },
    ])
  })

  it('refuses an introspection cycle, a directive bomb and a token bomb', async () => {
    let cycle = 'name'
    for (let level = 0; level < 10; level++) cycle = `fields { type { ${cycle} } }`
    const depth = await refusal(`{ __type(name: "ContentAsset") { ${cycle} } }`)
    expect(depth.status).toBe(400)
    expect(limitError(depth.errors, 'depth')?.message).toBe('Query depth limit of 10 exceeded, found 22.')

    const directives = await refusal(`{ ${'__typename @include(if: true) '.repeat(60)} }`)
    expect(directives.status).toBe(400)
    expect(directives.errors).toEqual([
      { message: 'Directives limit of 50 exceeded, found 60.', extensions: { code: 'QUERY_LIMIT_EXCEEDED', limit: 'directives', max: 50 } },
    ])

    const tokens = await refusal(`{ ${'__typename '.repeat(5_000)} }`)
    expect(tokens.status).toBe(400)
    expect(limitError(tokens.errors, 'tokens')).toEqual({
      message: 'Token limit of 2000 exceeded.',
      extensions: { code: 'QUERY_LIMIT_EXCEEDED', limit: 'tokens', max: 2000 },
    })
  })

  it('answers an over-limit query 400 also to a client that accepts only application/json', async () => {
    const query = `{ ${Array.from({ length: 30 }, (_, index) => `a${index}: meUser { exp }`).join(' ')} }`
    const post = (accept: string) =>
      fetch(`${server.url}/api/graphql`, {
        method: 'POST',
        headers: { 'Content-Type': 'application/json', Accept: accept, 'X-Forwarded-For': newAddress() },
        body: JSON.stringify({ query }),
      })
    const overLimit = await post('application/json')
    expect(overLimit.status).toBe(400)
    expect((await overLimit.json()).errors[0].extensions.code).toBe('QUERY_LIMIT_EXCEEDED')

    // Other validation errors keep GraphQL over HTTP's answer for such a client.
    const misspelt = await fetch(`${server.url}/api/graphql`, {
      method: 'POST',
      headers: { 'Content-Type': 'application/json', Accept: 'application/json', 'X-Forwarded-For': newAddress() },
      body: JSON.stringify({ query: '{ meUsr { exp } }' }),
    })
    expect(misspelt.status).toBe(200)
    expect((await post(GRAPHQL_RESPONSE)).status).toBe(400)
  })

  it('limits each API key on its own: 429 with Retry-After, while another key and the address are still served', async () => {
    const admin = { Authorization: `JWT ${(await login(server.url, 'admin@zhongcao.local')).body.token}`, 'X-Forwarded-For': newAddress() }
    const otherKey = 'second-publisher-key-0123456789ab'
    const created = await fetch(`${server.url}/api/users`, {
      method: 'POST',
      headers: { ...admin, 'Content-Type': 'application/json' },
      body: JSON.stringify({ email: 'second@shop.cn', password: 'publisher-password-2026', roles: ['publisher'], enableAPIKey: true, apiKey: otherKey }),
    })
    expect(created.status).toBe(201)

    const address = newAddress()
    const publisher = clientFrom(address, apiKey(publisherApiKey))
    const query = '{ meUser { user { email } } }'
    let remaining = Number((await publisher.rawRequest(query)).headers.get('x-ratelimit-remaining'))
    while (remaining > 0) remaining = Number((await publisher.rawRequest(query)).headers.get('x-ratelimit-remaining'))

    const refused = await publisher.rawRequest(query).then(
      () => expect.unreachable('over the limit'),
      (error: ClientError) => error.response,
    )
    expect(refused.status).toBe(429)
    expect(Number(refused.headers.get('retry-after'))).toBeGreaterThanOrEqual(1)
    expect(Number(refused.headers.get('retry-after'))).toBeLessThanOrEqual(60)
    expect(refused.headers.get('x-ratelimit-limit')).toBe(String(LIMIT))
    expect(refused.errors).toEqual([{ message: expect.stringMatching(/请求过于频繁，请 \d+ 秒后再试/), extensions: { code: 'RATE_LIMITED' } }])

    const second = await clientFrom(address, apiKey(otherKey)).rawRequest<{ meUser: { user: { email: string } } }>(query)
    expect(second.data.meUser.user.email).toBe('second@shop.cn')
    expect((await clientFrom(address).rawRequest(query)).status).toBe(200)
  })

  it('limits each client address over REST and GraphQL alike, and leaves the probes alone', async () => {
    const address = newAddress()
    const get = (path: string, headers: Record<string, string> = {}) => fetch(`${server.url}${path}`, { headers: { 'X-Forwarded-For': address, ...headers } })
    for (let request = 0; request < LIMIT; request++) expect((await get('/api/users/me')).status).toBe(200)

    const refused = await get('/api/users/me', { 'Accept-Language': 'en-US,en;q=0.9', Origin: FRONTEND })
    expect(refused.status).toBe(429)
    expect(refused.headers.get('retry-after')).toMatch(/^\d+$/)
    // A frontend's page can read the refusal and when to retry.
    expect(refused.headers.get('access-control-allow-origin')).toBe(FRONTEND)
    expect(refused.headers.get('access-control-expose-headers')).toContain('Retry-After')
    expect(await refused.json()).toEqual({
      errors: [{ message: expect.stringMatching(/^Too many requests: try again in \d+ s\.$/), extensions: { code: 'RATE_LIMITED' } }],
    })

    const graphql = await clientFrom(address)
      .rawRequest('{ meUser { exp } }')
      .catch((error: ClientError) => error.response)
    expect(graphql.status).toBe(429)
    expect(graphql.errors?.[0]?.extensions).toEqual({ code: 'RATE_LIMITED' })

    expect((await get('/healthz')).status).toBe(200)
    expect((await fetch(`${server.url}/api/users/me`, { headers: { 'X-Forwarded-For': newAddress() } })).status).toBe(200)
  })

  it('counts keys that match no user against the address that presents them', async () => {
    const address = newAddress()
    const post = (key: string, from = address) =>
      fetch(`${server.url}/api/graphql`, {
        method: 'POST',
        headers: { 'Content-Type': 'application/json', 'X-Forwarded-For': from, ...apiKey(key) },
        body: JSON.stringify({ query: '{ meUser { exp } }' }),
      })
    for (let attempt = 0; attempt < LIMIT; attempt++) expect((await post(`invented-key-${attempt}`)).status).toBe(401)
    expect((await post('invented-key-next')).status).toBe(429)
    expect((await post(publisherApiKey)).status).toBe(429)
    expect((await post('invented-key-elsewhere', newAddress())).status).toBe(401)
  })

  it('lets the allowed frontend call the API across origins, and nobody else', async () => {
    const preflight = (path: string, origin: string) =>
      fetch(`${server.url}${path}`, {
        method: 'OPTIONS',
        headers: {
          Origin: origin,
          'Access-Control-Request-Method': 'POST',
          'Access-Control-Request-Headers': 'authorization, content-type',
          'X-Forwarded-For': newAddress(),
        },
      })
    for (const path of ['/api/graphql', '/api/content-assets']) {
      const allowed = await preflight(path, FRONTEND)
      expect(allowed.status).toBe(200)
      expect(allowed.headers.get('access-control-allow-origin')).toBe(FRONTEND)
      expect(allowed.headers.get('access-control-allow-methods')).toContain('POST')
      expect(allowed.headers.get('access-control-allow-headers')).toMatch(/Authorization/)

      const foreign = await preflight(path, 'https://evil.example.com')
      expect(foreign.headers.get('access-control-allow-origin')).toBeNull()
    }

    const { headers } = await clientFrom(newAddress(), { Origin: FRONTEND }).rawRequest('{ meUser { exp } }')
    expect(headers.get('access-control-allow-origin')).toBe(FRONTEND)
    expect(headers.get('access-control-expose-headers')).toContain('X-RateLimit-Remaining')
    const foreign = await clientFrom(newAddress(), { Origin: 'https://evil.example.com' }).rawRequest('{ meUser { exp } }')
    expect(foreign.headers.get('access-control-allow-origin')).toBeNull()
  })
})
