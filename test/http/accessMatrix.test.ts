import type { Payload } from 'payload'

import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import { type AccessDriver, type AccessFixture, checkCell, checkPiiReads, type Outcome } from '../access/checkCells'
import { LIMITED_KEYS, prepareAccessFixture, ROLE_EMAILS } from '../access/fixture'
import { FORMAT_IDS } from '../../src/platforms'
import { ACCESS_MATRIX, MATRIX_ROLES, type MatrixRole, matrixCells } from '../access/matrix'
import { login, publisherApiKey } from '../support/http'
import ensureProductionBuild from '../support/productionBuild'
import { freshMediaDir } from '../support/testDatabase'
import { startTestPayload } from '../support/testPayload'
import { type RunningServer, startServer } from '../support/testServer'

type GraphQLError = { message: string; extensions?: { code?: string } }
type GraphQLType = { kind: string; name: string | null; ofType: GraphQLType | null }
type InputField = { name: string; type: GraphQLType }

/** What each collection's GraphQL read selects: enough for the scope checks and every PII field. */
const SELECTIONS: Record<string, string> = {
  'content-assets': 'id brand { id } variants { format status }',
  'payload-preferences': 'id user { relationTo value { ... on User { id } } }',
  kols: 'id contact { realName phone wechatId email address } contract { paymentTerms notes } accounts { rateCard { price } lowestRate }',
  campaigns: 'id budget { total }',
  collaborations: 'id fee',
  'ugc-submissions': 'id author { contact contactKey } licence { ipHash }',
  webhooks: 'id secret',
}

/** GraphQL spells select values as enum names (douyin_video); the scope checks use the values. */
const FORMAT_OF_ENUM = new Map(FORMAT_IDS.map((id) => [id.replace(/[^a-zA-Z0-9]/g, '_'), id]))
const withFormatIds = (outcome: Outcome): Outcome => {
  if (outcome.kind !== 'ok') return outcome
  for (const doc of outcome.docs ?? []) for (const variant of doc.variants ?? []) variant.format = FORMAT_OF_ENUM.get(variant.format) ?? variant.format
  return outcome
}

const REFUSED_STATUSES = [401, 403]

function restOutcome(status: number, body: any): Outcome {
  if (status === 200 || status === 201) return { kind: 'ok', docs: body?.docs, id: body?.doc?.id }
  if (REFUSED_STATUSES.includes(status)) return { kind: 'forbidden' }
  if (status === 404) return { kind: 'notFound' }
  if (status === 400) return { kind: 'invalid' }
  return { kind: 'unexpected', detail: `HTTP ${status} ${JSON.stringify(body).slice(0, 200)}` }
}

function graphqlOutcome(status: number, body: { data?: Record<string, any>; errors?: GraphQLError[] }, field: string): Outcome {
  const code = body.errors?.[0]?.extensions?.code
  if (code === 'FORBIDDEN' || code === 'UNAUTHENTICATED') return { kind: 'forbidden' }
  if (code === 'NOT_FOUND') return { kind: 'notFound' }
  if (code === 'BAD_USER_INPUT') return { kind: 'invalid' }
  if (body.errors?.length || status !== 200) return { kind: 'unexpected', detail: `HTTP ${status} ${JSON.stringify(body.errors).slice(0, 300)}` }
  const result = body.data?.[field]
  return { kind: 'ok', docs: result?.docs, id: result?.id }
}

/** REST and GraphQL against the real server, each cell with the role's own credentials. */
describe('access matrix through REST and GraphQL', () => {
  let server: RunningServer
  let oracle: Payload
  let fixture: AccessFixture
  const credentials: Partial<Record<MatrixRole, Record<string, string>>> = { anonymous: {} }
  const inputs = new Map<string, InputField[]>()

  const request = async (role: MatrixRole, method: string, path: string, body?: unknown) => {
    const response = await fetch(`${server.url}${path}`, {
      method,
      headers: { ...credentials[role], ...(body === undefined ? {} : { 'Content-Type': 'application/json' }) },
      body: body === undefined ? undefined : JSON.stringify(body),
    })
    const text = await response.text()
    return { status: response.status, body: text ? JSON.parse(text) : null }
  }
  const graphql = async (role: MatrixRole, query: string, field: string, variables?: Record<string, unknown>) => {
    const { status, body } = await request(role, 'POST', '/api/graphql', { query, variables })
    return graphqlOutcome(status, body, field)
  }

  const rest: AccessDriver = {
    name: 'REST',
    find: async (slug, role) => restOutcome(...values(await request(role, 'GET', `/api/${slug}?pagination=false&depth=0`))),
    findVersions: async (slug, role) => restOutcome(...values(await request(role, 'GET', `/api/${slug}/versions?pagination=false&depth=0`))),
    create: async (slug, role) => restOutcome(...values(await request(role, 'POST', `/api/${slug}`, {}))),
    update: async (slug, role, id) => restOutcome(...values(await request(role, 'PATCH', `/api/${slug}/${id}`, {}))),
    delete: async (slug, role, id) => restOutcome(...values(await request(role, 'DELETE', `/api/${slug}/${id}`))),
    findGlobal: async (slug, role) => restOutcome(...values(await request(role, 'GET', `/api/globals/${slug}`))),
    updateGlobal: async (slug, role) => restOutcome(...values(await request(role, 'POST', `/api/globals/${slug}`, { stats: { matrix: role } }))),
  }
  const values = ({ status, body }: { status: number; body: any }) => [status, body] as const

  /** Payload's GraphQL names of each collection, as the schema has them: slug → singular and plural. */
  const graphQLNames = new Map<string, { singular: string; plural: string }>()
  const names = (slug: string) => {
    const found = graphQLNames.get(slug)
    if (!found) throw new Error(`${slug} has no GraphQL queries`)
    return found
  }
  const graphQLApi: AccessDriver = {
    name: 'GraphQL',
    find: (slug, role) => {
      const { plural } = names(slug)
      return graphql(role, `{ ${plural}(pagination: false) { docs { ${SELECTIONS[slug] ?? 'id'} } } }`, plural).then(withFormatIds)
    },
    findVersions: (slug, role) => {
      const field = `versions${names(slug).plural}`
      return graphql(role, `{ ${field}(pagination: false) { docs { id } } }`, field)
    },
    create: (slug, role) => {
      const { singular } = names(slug)
      const type = `mutation${singular}Input`
      // The input's required fields filled with placeholders: GraphQL checks their presence before
      // Payload checks access, which comes before Payload's own validation of the values.
      return graphql(role, `mutation($data: ${type}!) { create${singular}(data: $data) { id } }`, `create${singular}`, { data: placeholder(type) })
    },
    update: (slug, role, id) => {
      const { singular } = names(slug)
      return graphql(role, `mutation { update${singular}(id: ${id}, data: {}) { id } }`, `update${singular}`)
    },
    delete: (slug, role, id) => {
      const { singular } = names(slug)
      return graphql(role, `mutation { delete${singular}(id: ${id}) { id } }`, `delete${singular}`)
    },
    findGlobal: (_slug, role) => graphql(role, '{ PayloadJobsStat { stats } }', 'PayloadJobsStat'),
    updateGlobal: (_slug, role) =>
      graphql(role, `mutation { updatePayloadJobsStat(data: { stats: { matrix: "${role}" } }) { stats } }`, 'updatePayloadJobsStat'),
  }

  const placeholder = (typeName: string): Record<string, unknown> => {
    const value = (type: GraphQLType): unknown => {
      if (type.kind === 'NON_NULL') return value(type.ofType!)
      if (type.kind === 'LIST') return []
      if (type.kind === 'INPUT_OBJECT') return placeholder(type.name!)
      if (type.kind === 'ENUM') return enums.get(type.name!)?.[0]
      return { String: 'x', Int: 1, Float: 1, Boolean: false, JSON: {}, EmailAddress: 'x@example.cn', DateTime: '2026-01-01T00:00:00Z' }[type.name!] ?? 'x'
    }
    const required = (inputs.get(typeName) ?? []).filter((field) => field.type.kind === 'NON_NULL')
    return Object.fromEntries(required.map((field) => [field.name, value(field.type)]))
  }
  const enums = new Map<string, string[]>()

  beforeAll(async () => {
    const mediaDir = freshMediaDir('http-access-matrix')
    // The matrix sends hundreds of requests from one address and one key: no rate limit here.
    // Production mode: the dev server rebuilds Payload's GraphQL schema on every request (600 ms each).
    // Introspection on, to read the schema's names; no jobs, so nothing changes rows under the checks.
    ensureProductionBuild()
    server = await startServer({
      label: 'http-access-matrix',
      mode: 'production',
      env: {
        MEDIA_DIR: mediaDir,
        RATE_LIMIT_PER_IP_PER_MINUTE: '0',
        RATE_LIMIT_PER_KEY_PER_MINUTE: '0',
        GRAPHQL_INTROSPECTION: 'true',
        JOBS_RUNNER: 'false',
      },
    })
    // The test's own Payload on the server's database sees the truth (overrideAccess) and runs no jobs.
    process.env.JOBS_RUNNER = 'false'
    oracle = await startTestPayload('http-access-matrix', { pushSchema: false, databaseUri: server.databaseUri, mediaDir })
    fixture = await prepareAccessFixture(oracle)
    for (const role of ['admin', 'editor', 'reviewer', 'kol-manager'] as const) {
      const { status, body } = await login(server.url, ROLE_EMAILS[role])
      expect(status, `${role} signs in`).toBe(200)
      credentials[role] = { Authorization: `JWT ${body.token}` }
    }
    credentials.publisher = { Authorization: `users API-Key ${publisherApiKey}` }
    for (const role of ['publisher-douyin', 'publisher-brand'] as const) credentials[role] = { Authorization: `users API-Key ${LIMITED_KEYS[role]}` }

    const { body: queries } = await request('admin', 'POST', '/api/graphql', {
      query: '{ __schema { queryType { fields { name type { name } args { name type { name } } } } } }',
    })
    type QueryField = { name: string; type: { name: string | null }; args: { name: string; type: { name: string | null } }[] }
    const fields = queries.data.__schema.queryType.fields as QueryField[]
    for (const field of fields.filter((one) => one.name.startsWith('docAccess'))) {
      const slug = field.type.name!.replace(/DocAccess$/, '').replaceAll('_', '-')
      const singular = field.name.replace(/^docAccess/, '')
      const plural = fields.find(
        (one) => !/^(count|versions)/.test(one.name) && one.args.some((arg) => arg.name === 'where' && arg.type.name === `${singular}_where`),
      )?.name
      // Globals have a docAccess query too, but no list.
      if (plural) graphQLNames.set(slug, { singular, plural })
    }

    const { body } = await request('admin', 'POST', '/api/graphql', {
      query:
        '{ __schema { types { kind name enumValues { name } inputFields { name type { kind name ofType { kind name ofType { kind name ofType { kind name } } } } } } } }',
    })
    for (const type of body.data.__schema.types as { kind: string; name: string; enumValues: { name: string }[] | null; inputFields: InputField[] | null }[]) {
      if (type.kind === 'INPUT_OBJECT') inputs.set(type.name, type.inputFields ?? [])
      if (type.kind === 'ENUM')
        enums.set(
          type.name,
          (type.enumValues ?? []).map((one) => one.name),
        )
    }
  })
  afterAll(async () => {
    delete process.env.JOBS_RUNNER
    await oracle?.destroy()
    await server?.stop()
  })

  it('exposes over GraphQL and REST exactly the collections whose matrix row says so', async () => {
    for (const [slug, row] of Object.entries(ACCESS_MATRIX)) {
      if (row.kind === 'global') continue
      expect(graphQLNames.has(slug), `${slug}: GraphQL ${row.graphQL ? 'exposes' : 'hides'} it`).toBe(row.graphQL)
      if (row.rest !== false) continue
      for (const role of MATRIX_ROLES)
        for (const [method, path] of [
          ['GET', ''],
          ['POST', ''],
          ['PATCH', '/1'],
          ['DELETE', '/1'],
        ] as const) {
          const { status } = await request(role, method, `/api/${slug}${path}`, method === 'GET' || method === 'DELETE' ? undefined : {})
          expect(status, `${role} ${method} /api/${slug}${path}: no REST route`).toBe(501)
        }
    }
  })

  for (const slug of Object.keys(ACCESS_MATRIX)) {
    it(`holds for ${slug}`, async () => {
      const check = async (role: MatrixRole) => {
        const problems: string[] = []
        for (const cell of matrixCells().filter((one) => one.slug === slug && one.role === role)) {
          if (cell.row.rest !== false) problems.push(...(await checkCell(rest, fixture, cell)))
          if (cell.row.graphQL) problems.push(...(await checkCell(graphQLApi, fixture, cell)))
        }
        return problems
      }
      // One role after another: one role's own documents are another's "must stay unchanged", and an
      // allowed empty create may really write a row another role is counting.
      const problems: string[][] = []
      for (const role of MATRIX_ROLES) problems.push(await check(role))
      expect(problems.flat()).toEqual([])
    })
  }

  it('shows PII fields only to their readers, over REST and GraphQL', async () => {
    const problems: string[] = []
    for (const role of MATRIX_ROLES) {
      const readable = (slug: string) => ACCESS_MATRIX[slug]!.roles[role].read !== 'denied'
      problems.push(...(await checkPiiReads(rest, fixture, role, readable)))
      problems.push(...(await checkPiiReads(graphQLApi, fixture, role, (slug) => readable(slug) && ACCESS_MATRIX[slug]!.graphQL)))
    }
    expect(problems).toEqual([])
  })
})
