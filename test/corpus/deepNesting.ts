import type { CorpusFamily } from './types'

import { accepted, gql, harmlessRead, numbered, REF, refused, rest, SUBMIT_UGC, validKol, validUgcInput } from './builders'

/** As JSON text: deeper than JSON.stringify itself can go. */
const nestedObject = (depth: number): string => `${'{"a":'.repeat(depth)}"leaf"${'}'.repeat(depth)}`
const nestedList = (depth: number): string => '['.repeat(depth) + ']'.repeat(depth)
const nestedWhereQuery = (depth: number): string => `where${'[or][0]'.repeat(depth)}[name][equals]=x`
const nestedGraphqlWhere = (depth: number): string => `${'{ OR: [ '.repeat(depth)}{ name: { equals: "x" } }${' ] }'.repeat(depth)}`
const nestedSelection = (depth: number): string => `${'{ ugcConsent '.repeat(1)}${'{ __typename '.repeat(depth)}${'}'.repeat(depth)} }`

/** Bodies, variables, where clauses and selections nested far deeper than any real request. */
export const deepNesting: CorpusFamily = {
  family: 'deep-nesting',
  cases: numbered('nesting', [
    ...[100, 10_000].map((depth) => ({
      description: `REST login with a JSON body nested ${depth} levels`,
      request: rest('POST', '/api/users/login', 'anonymous', `{"email":${nestedObject(depth)},"password":"x"}`),
      expected: refused({}),
    })),
    ...[1_000, 100_000].map((depth) => ({
      description: `REST login with a body of ${depth} nested arrays`,
      request: rest('POST', '/api/users/login', 'anonymous', nestedList(depth)),
      expected: refused({}),
    })),
    ...[100, 5_000].map((depth) => ({
      description: `anonymous submitUgc with a text variable nested ${depth} objects deep`,
      request: gql('submitUgc', 'anonymous', SUBMIT_UGC, undefined, {
        rawBody: `{"query":${JSON.stringify(SUBMIT_UGC)},"variables":{"input":${JSON.stringify(validUgcInput()).slice(0, -1)},"text":${nestedObject(depth)}}}}`,
      }),
      expected: refused({}),
    })),
    {
      description: 'a GraphQL body of 50,000 nested arrays',
      request: gql('(body)', 'anonymous', '', undefined, { rawBody: `{"query":"{ ugcConsent { version } }","variables":{"x":${nestedList(50_000)}}}` }),
      expected: { status: '2xx', unchanged: [] },
    },
    ...[20, 200].map((depth) => ({
      description: `KOL manager creates a KOL whose contact group holds an object nested ${depth} levels`,
      request: rest('POST', '/api/kols', 'kolManager', `${JSON.stringify(validKol()).slice(0, -1)},"contact":${nestedObject(depth)}}`),
      // Keys the contact group does not have are dropped: the KOL is stored without them.
      expected: accepted('kols'),
    })),
    {
      description: 'KOL manager updates a KOL with accounts nested in accounts',
      request: rest('PATCH', `/api/kols/${REF.kol}`, 'kolManager', { accounts: [{ platform: 'douyin', handle: 'h', accounts: [{ accounts: [{}] }] }] }),
      expected: { status: '2xx', unchanged: ['content-assets', 'kols', 'ugc-submissions', 'ugc-media', 'users', 'brands', 'products'] },
    },
    ...[8, 11].map((depth) => ({
      description: `REST where clause nested ${depth} or-levels deep (the query string parser stops at 10)`,
      request: rest('GET', `/api/kols?${nestedWhereQuery(depth)}&depth=0&limit=1`, 'kolManager'),
      // Each level is two brackets: past the parser's depth the rest stays one key, which Payload cannot query.
      expected: refused({ message: /cannot be queried/ }),
    })),
    ...[30, 300].map((depth) => ({
      description: `GraphQL where clause nested ${depth} OR-levels deep`,
      request: gql('Kols', 'kolManager', `{ Kols(where: ${nestedGraphqlWhere(depth)}) { totalDocs } }`),
      expected: harmlessRead(),
    })),
    ...[11, 500].map((depth) => ({
      description: `a selection of __typename nested ${depth} levels`,
      request: gql('ugcConsent', 'anonymous', nestedSelection(depth)),
      expected: refused({}),
    })),
    {
      description: 'a list-of-lists variable where the schema has a flat list (media)',
      request: gql('submitUgc', 'anonymous', SUBMIT_UGC, { input: validUgcInput({ media: [[['token']]] }) }),
      expected: refused({}),
    },
    {
      description: 'a publisher where nested inside and-clauses 40 deep',
      request: gql(
        'ContentAssets',
        'publisher',
        `{ ContentAssets(where: ${'{ AND: [ '.repeat(40)}{ title: { equals: "x" } }${' ] }'.repeat(40)}) { totalDocs } }`,
      ),
      expected: harmlessRead(),
    },
  ]),
}
