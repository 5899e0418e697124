/** Who sends a corpus request: nobody, a staff login (JWT), or the demo publisher's API key. */
export type Actor = 'anonymous' | 'admin' | 'editor' | 'kolManager' | 'publisher'

/** Collections whose rows a case may touch; the runner counts them before and after each family. */
export type CountedCollection = 'content-assets' | 'kols' | 'ugc-submissions' | 'ugc-media' | 'users' | 'brands' | 'products' | 'audit-log'

export type GraphqlRequest = {
  kind: 'graphql'
  /** The operation under test, for the report (submitUgc, publishFeed, ContentAssets…). */
  operation: string
  as: Actor
  query: string
  variables?: unknown
  /** Sent as the raw body instead of `{ query, variables }` (malformed JSON). */
  rawBody?: string
  contentType?: string
}

export type RestRequest = {
  kind: 'rest'
  method: 'GET' | 'POST' | 'PATCH'
  /** Path and query string under the server, e.g. `/api/kols?where[name][like]=%`. */
  path: string
  as: Actor
  /** Serialised with JSON.stringify unless it is a string (sent as it is). */
  body?: unknown
  contentType?: string
}

export type UploadPart = { data: Buffer; name: string; type?: string }

/** The anonymous UGC upload step (POST /api/ugc/uploads), multipart with parts named `files`. */
export type UploadRequest = { kind: 'upload'; as: 'anonymous'; parts: () => Promise<UploadPart[]> | UploadPart[] }

export type Expected = {
  status: '2xx' | '4xx'
  /** `extensions.code` of the first error (GraphQL, our REST endpoints). */
  code?: string
  /** A fragment of the first error's message (or, for accepted cases, of the stored value). */
  message?: string | RegExp
  /** The field path the error names: GraphQL `extensions.data.field`, Payload's `data.errors[].path`. */
  field?: string
  /**
   * Collections whose counts must not move. An accepted case names in `created` the one collection
   * that gains exactly one row.
   */
  unchanged: readonly CountedCollection[]
  created?: CountedCollection
  /** Refused by the HTTP server itself (431 for oversized headers), which writes no body. */
  withoutBody?: boolean
  /** For accepted cases: checks the stored document (or answer) keeps the hostile text as inert data. */
  stored?: (body: any) => void
}

export type CorpusCase = {
  id: string
  description: string
  request: GraphqlRequest | RestRequest | UploadRequest
  expected: Expected
}

export type CorpusFamily = { family: string; cases: readonly CorpusCase[] }
