import type { CorpusFamily } from './types'

import { gql, numbered, refused, rest } from './builders'

const BROKEN_JSON = [
  '{bad json',
  '{"query": "{ ugcConsent { version } }"',
  '[',
  '{"a":1,}',
  "{'query': 'x'}",
  '{"query": "\\x"}',
  'null x',
  '\u0000',
  '{"query": NaN}',
  '{"email": "a@b.c" "password": "x"}',
]

const BROKEN_GRAPHQL = [
  '{ ugcConsent { version ',
  '{ ugcConsent { version } } }',
  'query { }',
  'mutation { submitUgc(input: { }',
  '{ publishFeed(platform: douyin first: ) { nodes { title } } }',
  'subscription { ugcConsent { version } }',
  '{ "ugcConsent" }',
  'query Q($a: ) { ugcConsent { version } }',
  '{ ugcConsent { ...Missing } }',
  'fragment F on UgcConsent { version }',
  '{ ugcConsent { version } } { meUser { exp } }',
  '{ nonexistentField }',
  '{ ugcConsent { version(arg: 1) } }',
  'query A { ugcConsent { version } } query A { ugcConsent { text } }',
  '{ ugcConsent @unknownDirective { version } }',
]

/** Bodies that are not JSON, and GraphQL documents that do not parse or do not validate. */
export const malformedSyntax: CorpusFamily = {
  family: 'malformed-syntax',
  cases: numbered('malformed', [
    ...BROKEN_JSON.map((body) => ({
      description: `REST login with a body that is not JSON: ${JSON.stringify(body).slice(0, 40)}`,
      request: rest('POST', '/api/users/login', 'anonymous', body),
      expected: refused({ message: /Invalid JSON|JSON|email/i }),
    })),
    ...BROKEN_JSON.map((body) => ({
      description: `GraphQL POST with a body that is not JSON: ${JSON.stringify(body).slice(0, 40)}`,
      request: gql('(body)', 'anonymous', '', undefined, { rawBody: body }),
      expected: refused({}),
    })),
    ...BROKEN_JSON.slice(0, 5).map((body) => ({
      description: `KOL manager creates a KOL with a body that is not JSON: ${JSON.stringify(body).slice(0, 40)}`,
      request: rest('POST', '/api/kols', 'kolManager', body),
      expected: refused({ message: /Invalid JSON|JSON/i }),
    })),
    ...BROKEN_JSON.slice(0, 5).map((body) => ({
      description: `editor creates a content asset with a body that is not JSON: ${JSON.stringify(body).slice(0, 40)}`,
      request: rest('POST', '/api/content-assets', 'editor', body),
      expected: refused({ message: /Invalid JSON|JSON/i }),
    })),
    ...BROKEN_GRAPHQL.map((query) => ({
      description: `GraphQL document that does not parse or validate, anonymous: ${query.slice(0, 40)}`,
      request: gql('(document)', 'anonymous', query),
      expected: refused({}),
    })),
    ...BROKEN_GRAPHQL.slice(0, 6).map((query) => ({
      description: `the same broken document from a publisher key (the Express fast path): ${query.slice(0, 40)}`,
      request: gql('(document)', 'publisher', query),
      expected: refused({}),
    })),
    {
      description: 'GraphQL POST whose query is not a string',
      request: gql('(body)', 'anonymous', '', undefined, { rawBody: JSON.stringify({ query: 42 }) }),
      expected: refused({}),
    },
    {
      description: 'GraphQL POST whose variables are a string',
      request: gql('(body)', 'anonymous', '', undefined, { rawBody: JSON.stringify({ query: '{ ugcConsent { version } }', variables: 'x' }) }),
      expected: refused({}),
    },
    {
      description: 'GraphQL POST with an empty body',
      request: gql('(body)', 'anonymous', '', undefined, { rawBody: '' }),
      expected: refused({}),
    },
    {
      description: 'GraphQL POST with a JSON body but a text/plain content type',
      request: gql('(body)', 'anonymous', '', undefined, { rawBody: JSON.stringify({ query: '{ ugcConsent { version } }' }), contentType: 'text/plain' }),
      expected: refused({}),
    },
  ]),
}
