import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import type { Actor, CorpusCase, CountedCollection } from '../corpus/types'

import { ALL_COUNTED, REF } from '../corpus/builders'
import { CORPUS, FAMILY_NAMES } from '../corpus'
import { login, publisherApiKey } from '../support/http'
import { type RunningServer, startServer } from '../support/testServer'

type Answer = { status: number; text: string; body: any }
type Failure = { id: string; problem: string; status: number; answer: string }

/** The first error of an answer, as our API and Payload's REST and GraphQL write it. */
const firstError = (body: any): { message?: string; code?: string; field?: string } => {
  const error = body?.errors?.[0]
  if (!error) return {}
  return {
    message: error.message,
    code: error.extensions?.code,
    field: error.extensions?.data?.field ?? error.extensions?.field ?? error.data?.errors?.[0]?.path ?? error.extensions?.data?.errors?.[0]?.path,
  }
}

/**
 * The bad-input corpus (test/corpus) against one real server: every case is sent as its target
 * says, and its answer checked for the status class, the error code, message and field it must
 * carry, and never a 5xx. Row counts of the collections a family must leave alone are compared
 * before and after the family (per case would triple the run for the same guarantee: a family's
 * cases each write nothing or exactly the one row their case names).
 */
describe('bad-input corpus', () => {
  let server: RunningServer
  const credentials = {} as Record<Actor, Record<string, string>>
  const refs: Record<string, string> = {}

  /** Ids are numbers in JSON (a relationship takes `3`, not `"3"`) and plain in paths. */
  const withRefs = (text: string) =>
    Object.entries(refs).reduce((result, [placeholder, id]) => result.replaceAll(`"${placeholder}"`, id).replaceAll(placeholder, id), text)

  const send = async (corpusCase: CorpusCase): Promise<Answer> => {
    const { request } = corpusCase
    const headers: Record<string, string> = { ...credentials[request.as] }
    let response: Response
    if (request.kind === 'upload') {
      const form = new FormData()
      for (const part of await request.parts()) form.append('files', new Blob([new Uint8Array(part.data)], { type: part.type ?? 'image/jpeg' }), part.name)
      response = await fetch(`${server.url}/api/ugc/uploads`, { method: 'POST', headers, body: form })
    } else if (request.kind === 'graphql') {
      const body = request.rawBody ?? withRefs(JSON.stringify({ query: request.query, variables: request.variables }))
      response = await fetch(`${server.url}/api/graphql`, {
        method: 'POST',
        headers: { ...headers, 'Content-Type': request.contentType ?? 'application/json', Accept: 'application/graphql-response+json' },
        body,
      })
    } else {
      const body = request.body === undefined ? undefined : typeof request.body === 'string' ? request.body : withRefs(JSON.stringify(request.body))
      response = await fetch(`${server.url}${withRefs(request.path)}`, {
        method: request.method,
        headers: { ...headers, ...(body === undefined ? {} : { 'Content-Type': request.contentType ?? 'application/json' }) },
        body,
      })
    }
    const text = await response.text()
    let body: any = null
    try {
      body = JSON.parse(text)
    } catch {
      // Not JSON: kept as text for the report.
    }
    return { status: response.status, text, body }
  }

  /** What is wrong with an answer, or null when it is what the case expects. */
  const problemOf = (corpusCase: CorpusCase, answer: Answer): string | null => {
    const { expected } = corpusCase
    if (answer.status >= 500) return '5xx'
    const statusClass = `${Math.floor(answer.status / 100)}xx`
    if (statusClass !== expected.status) return `expected ${expected.status}`
    const error = firstError(answer.body)
    if (expected.code && error.code !== expected.code) return `expected code ${expected.code}, got ${error.code}`
    if (expected.field && error.field !== expected.field) return `expected field ${expected.field}, got ${error.field}`
    if (expected.message) {
      const said = error.message ?? answer.text
      const matches = typeof expected.message === 'string' ? said.includes(expected.message) : expected.message.test(said)
      if (!matches) return `expected message ${expected.message}`
    }
    if (expected.status === '4xx' && !error.message && corpusCase.request.kind !== 'graphql' && !expected.withoutBody) return 'no error message'
    if (
      corpusCase.request.kind === 'graphql' &&
      expected.status === '2xx' &&
      expected.code &&
      answer.body?.data?.[Object.keys(answer.body.data ?? {})[0] ?? '']
    )
      return 'refused operation answered data'
    try {
      expected.stored?.(answer.body)
    } catch (failure) {
      return `stored: ${(failure as Error).message.slice(0, 300)}`
    }
    return null
  }

  const adminGet = async (path: string) => (await fetch(`${server.url}${path}`, { headers: credentials.admin })).json()
  const counts = async (): Promise<Record<CountedCollection, number>> => {
    const entries = await Promise.all(ALL_COUNTED.map(async (slug) => [slug, (await adminGet(`/api/${slug}?limit=1&depth=0`)).totalDocs as number] as const))
    return Object.fromEntries(entries) as Record<CountedCollection, number>
  }

  beforeAll(async () => {
    server = await startServer({
      label: 'http-bad-input',
      mode: 'development',
      // Limits off: the corpus sends hundreds of requests from one address, and its refusals must be the inputs', not the limiter's.
      env: {
        RATE_LIMIT_PER_IP_PER_MINUTE: '0',
        RATE_LIMIT_PER_KEY_PER_MINUTE: '0',
        UGC_UPLOADS_PER_IP_PER_HOUR: '0',
        UGC_SUBMISSIONS_PER_IP_PER_HOUR: '0',
        UGC_SUBMISSIONS_PER_CONTACT_PER_DAY: '0',
        UGC_MAX_IMAGE_MB: '1',
        UGC_MAX_VIDEO_MB: '1',
      },
    })
    const jwt = async (email: string) => ({ Authorization: `JWT ${(await login(server.url, email)).body.token}` })
    credentials.anonymous = {}
    credentials.admin = await jwt('admin@zhongcao.local')
    credentials.editor = await jwt('editor@zhongcao.local')
    credentials.kolManager = await jwt('kol@zhongcao.local')
    credentials.publisher = { Authorization: `users API-Key ${publisherApiKey}` }
    const firstId = async (slug: string) => String((await adminGet(`/api/${slug}?limit=1&depth=0&sort=id`)).docs[0].id)
    refs[REF.product] = await firstId('products')
    refs[REF.brand] = await firstId('brands')
    refs[REF.kol] = await firstId('kols')
    refs[REF.asset] = await firstId('content-assets')
  }, 300_000)
  afterAll(async () => {
    await server?.stop()
  })

  it('holds at least 300 cases, every family, each with a unique id, a description and a target', () => {
    const cases = CORPUS.flatMap(({ cases }) => cases)
    expect(cases.length).toBeGreaterThanOrEqual(300)
    expect(CORPUS.map(({ family }) => family)).toEqual(FAMILY_NAMES)
    for (const { cases: familyCases } of CORPUS) expect(familyCases.length).toBeGreaterThanOrEqual(10)
    expect(new Set(cases.map(({ id }) => id)).size).toBe(cases.length)
    for (const corpusCase of cases) expect(corpusCase.description.length).toBeGreaterThan(10)
  })

  for (const { family, cases } of CORPUS) {
    it(`${family}: ${cases.length} cases, no 5xx, each refused or stored as its case says, rows unchanged`, async () => {
      const before = await counts()
      const failures: Failure[] = []
      for (const corpusCase of cases) {
        const answer = await send(corpusCase)
        const problem = problemOf(corpusCase, answer)
        if (problem) failures.push({ id: corpusCase.id, problem, status: answer.status, answer: answer.text.slice(0, 300) })
      }
      expect(failures).toEqual([])
      const after = await counts()
      for (const slug of ALL_COUNTED) {
        const created = cases.filter((corpusCase) => corpusCase.expected.created === slug).length
        const everyCaseCounts = cases.every((corpusCase) => corpusCase.expected.unchanged.includes(slug) || corpusCase.expected.created === slug)
        if (everyCaseCounts) expect({ slug, rows: after[slug] - before[slug] }).toEqual({ slug, rows: created })
      }
    }, 240_000)
  }
})
