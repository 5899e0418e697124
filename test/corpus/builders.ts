import type { Actor, CorpusCase, CountedCollection, Expected, GraphqlRequest, RestRequest } from './types'

/**
 * Placeholders the runner replaces, in paths, queries, variables and bodies, with ids of the demo
 * data on its server: the corpus stays data, and still names real documents.
 */
export const REF = { product: '$REF_PRODUCT', brand: '$REF_BRAND', kol: '$REF_KOL', asset: '$REF_ASSET' } as const

/** Every counted collection: what a refused request must leave as it was. */
export const ALL_COUNTED: readonly CountedCollection[] = ['content-assets', 'kols', 'ugc-submissions', 'ugc-media', 'users', 'brands', 'products', 'audit-log']

/** What an accepted create may also move: its audit entry. */
export const allBut = (...moving: CountedCollection[]): CountedCollection[] => ALL_COUNTED.filter((slug) => !moving.includes(slug))

export const refused = (expected: Omit<Expected, 'status' | 'unchanged'> & { status?: Expected['status'] }): Expected => ({
  status: '4xx',
  unchanged: ALL_COUNTED,
  ...expected,
})

/** A GraphQL error: HTTP 200 and `data: null` with a coded error (GraphQL over HTTP answers field errors 200). */
export const graphqlRefused = (expected: Omit<Expected, 'status' | 'unchanged'>): Expected => ({ status: '2xx', unchanged: ALL_COUNTED, ...expected })

export const accepted = (created: CountedCollection, stored?: Expected['stored'], message?: Expected['message']): Expected => ({
  status: '2xx',
  created,
  unchanged: allBut(created, 'audit-log'),
  ...(stored ? { stored } : {}),
  ...(message ? { message } : {}),
})

/** A read that must answer normally (nothing matched, nothing leaked) and write nothing. */
export const harmlessRead = (message?: Expected['message']): Expected => ({ status: '2xx', unchanged: ALL_COUNTED, ...(message ? { message } : {}) })

export const gql = (operation: string, as: Actor, query: string, variables?: unknown, extra: Partial<GraphqlRequest> = {}): GraphqlRequest => ({
  kind: 'graphql',
  operation,
  as,
  query,
  ...(variables === undefined ? {} : { variables }),
  ...extra,
})

export const rest = (method: RestRequest['method'], path: string, as: Actor, body?: unknown, contentType?: string): RestRequest => ({
  kind: 'rest',
  method,
  path,
  as,
  ...(body === undefined ? {} : { body }),
  ...(contentType ? { contentType } : {}),
})

export const SUBMIT_UGC = 'mutation Submit($input: UgcSubmissionInput!) { submitUgc(input: $input) { id status duplicate maskedPersonalData message } }'

/** A submission every field of which is valid; cases spoil one field at a time. */
export const validUgcInput = (overrides: Record<string, unknown> = {}) => ({
  product: REF.product,
  text: '这款面霜很好用，推荐给大家。',
  source: 'xiaohongshu',
  nickname: '小鹿',
  contact: 'shopper_wx01',
  licence: { accepted: true, consentVersion: 'ugc-licence-2026-11', scopes: ['brand_channels'], termMonths: 12 },
  ...overrides,
})

/** A KOL as a KOL manager creates one in the admin. */
export const validKol = (overrides: Record<string, unknown> = {}) => ({ name: '测试达人', kind: 'kol', ...overrides })

/** A content asset as an editor starts one: a title and its brand. */
export const validAsset = (overrides: Record<string, unknown> = {}) => ({ title: '秋冬护肤清单', brand: REF.brand, ...overrides })

/** Numbers the cases of one family, so ids are stable and unique: `unicode-007`. */
export const numbered = (family: string, cases: Omit<CorpusCase, 'id'>[]): CorpusCase[] =>
  cases.map((item, index) => ({ id: `${family}-${String(index + 1).padStart(3, '0')}`, ...item }))
