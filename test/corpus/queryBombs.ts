import type { CorpusFamily } from './types'

import { gql, numbered, refused } from './builders'

const fragmentChain = (links: number, field: string) =>
  Array.from({ length: links }, (_, index) => `fragment F${index} on UgcConsent { ${index + 1 < links ? `...F${index + 1} ` : ''}${field} }`).join(' ')

/**
 * Bombs the hardening test (test/http/hardening.test.ts) does not already send: it covers aliases
 * of meUser, depth, a relationship fan-out, introspection cycles, directives and tokens. These are
 * fragment cycles and chains, duplicated fields, batched operations and aliases of the public and
 * publisher operations.
 */
export const queryBombs: CorpusFamily = {
  family: 'query-bombs',
  cases: numbered('bombs', [
    {
      description: 'a fragment that spreads itself',
      request: gql('ugcConsent', 'anonymous', '{ ugcConsent { ...F } } fragment F on UgcConsent { version ...F }'),
      expected: refused({ message: /Cannot spread fragment/ }),
    },
    {
      description: 'two fragments that spread each other',
      request: gql('ugcConsent', 'anonymous', '{ ugcConsent { ...A } } fragment A on UgcConsent { version ...B } fragment B on UgcConsent { text ...A }'),
      expected: refused({ message: /Cannot spread fragment/ }),
    },
    {
      description: 'a chain of 300 fragments (tokens and depth once flattened)',
      request: gql('ugcConsent', 'anonymous', `{ ugcConsent { ...F0 } } ${fragmentChain(300, 'version')}`),
      expected: refused({ code: 'QUERY_LIMIT_EXCEEDED' }),
    },
    {
      description: 'one fragment spread 1,000 times',
      request: gql('ugcConsent', 'anonymous', `{ ugcConsent { ${'...F '.repeat(1_000)} } } fragment F on UgcConsent { version }`),
      expected: refused({ code: 'QUERY_LIMIT_EXCEEDED' }),
    },
    {
      description: 'the same field selected 1,900 times without aliases',
      request: gql('ugcConsent', 'anonymous', `{ ugcConsent { ${'version '.repeat(1_900)} } }`),
      expected: refused({}),
    },
    {
      description: '21 aliases of ugcConsent (limit 20)',
      request: gql('ugcConsent', 'anonymous', `{ ${Array.from({ length: 21 }, (_, index) => `a${index}: ugcConsent { version }`).join(' ')} }`),
      expected: refused({ code: 'QUERY_LIMIT_EXCEEDED', message: 'Aliases limit of 20 exceeded, found 21.' }),
    },
    {
      description: '50 aliases of submitUgc in one mutation (one per alias would be 50 submissions)',
      request: gql(
        'submitUgc',
        'anonymous',
        `mutation { ${Array.from({ length: 50 }, (_, index) => `s${index}: submitUgc(input: { product: "1", text: "x", source: weibo, nickname: "n", contact: "shopper_wx01" }) { id }`).join(' ')} }`,
      ),
      expected: refused({ code: 'QUERY_LIMIT_EXCEEDED' }),
    },
    {
      description: '25 aliases of publishFeed from a publisher key (the Express fast path)',
      request: gql(
        'publishFeed',
        'publisher',
        `{ ${Array.from({ length: 25 }, (_, index) => `f${index}: publishFeed(platform: douyin, first: 100) { nodes { title } }`).join(' ')} }`,
      ),
      expected: refused({ code: 'QUERY_LIMIT_EXCEEDED' }),
    },
    {
      description: 'publishFeed aliased through fragments to hide the count',
      request: gql(
        'publishFeed',
        'publisher',
        `{ ...A ...B } fragment A on Query { ${Array.from({ length: 12 }, (_, index) => `a${index}: publishFeed(platform: weibo) { nodes { title } }`).join(' ')} } fragment B on Query { ${Array.from({ length: 12 }, (_, index) => `b${index}: publishFeed(platform: douyin) { nodes { title } }`).join(' ')} }`,
      ),
      expected: refused({ code: 'QUERY_LIMIT_EXCEEDED' }),
    },
    {
      description: 'a feed page of 100 with every nested field, 20 times over',
      request: gql(
        'publishFeed',
        'publisher',
        `{ ${Array.from({ length: 20 }, (_, index) => `f${index}: publishFeed(platform: douyin, first: 100) { nodes { title text hashtags mentions { name } cover { url } media { url } } }`).join(' ')} }`,
      ),
      expected: refused({ code: 'QUERY_LIMIT_EXCEEDED' }),
    },
    {
      description: '200 operations in one document, with an operation name picking one',
      request: gql('ugcConsent', 'anonymous', Array.from({ length: 200 }, (_, index) => `query Q${index} { ugcConsent { version } }`).join(' '), undefined, {
        rawBody: JSON.stringify({
          query: Array.from({ length: 200 }, (_, index) => `query Q${index} { ugcConsent { version } }`).join(' '),
          operationName: 'Q7',
        }),
      }),
      expected: { status: '2xx', unchanged: [] },
    },
    {
      description: 'a batch: a JSON array of 100 operations',
      request: gql('(batch)', 'anonymous', '', undefined, { rawBody: JSON.stringify(Array(100).fill({ query: '{ ugcConsent { version } }' })) }),
      expected: refused({}),
    },
    {
      description: '60 @skip directives on one field (limit 50)',
      request: gql('ugcConsent', 'anonymous', `{ ugcConsent { version ${'@skip(if: false) '.repeat(60)} } }`),
      expected: refused({ code: 'QUERY_LIMIT_EXCEEDED' }),
    },
    {
      description: 'a variable used 3,000 times',
      request: gql('ugcConsent', 'anonymous', `query ($s: Boolean!) { ugcConsent { ${'version @skip(if: $s) '.repeat(3_000)} } }`, { s: false }),
      expected: refused({ code: 'QUERY_LIMIT_EXCEEDED' }),
    },
    {
      description: '5,000 variables declared',
      request: gql('ugcConsent', 'anonymous', `query (${Array.from({ length: 5_000 }, (_, index) => `$v${index}: Int`).join(' ')}) { ugcConsent { version } }`),
      expected: refused({ code: 'QUERY_LIMIT_EXCEEDED' }),
    },
    {
      description: 'an introspection query with 21 aliases of __schema',
      request: gql('__schema', 'anonymous', `{ ${Array.from({ length: 21 }, (_, index) => `s${index}: __schema { queryType { name } }`).join(' ')} }`),
      expected: refused({ code: 'QUERY_LIMIT_EXCEEDED' }),
    },
    {
      description: 'inline fragments nested 30 deep on the root',
      request: gql('ugcConsent', 'anonymous', `{ ${'... on Query { '.repeat(30)}ugcConsent { version }${' }'.repeat(30)} }`),
      expected: { status: '2xx', unchanged: [] },
    },
    {
      description: 'kolProfiles aliased 21 times by a publisher',
      request: gql(
        'kolProfiles',
        'publisher',
        `{ ${Array.from({ length: 21 }, (_, index) => `k${index}: kolProfiles(first: 100) { name accounts { handle } }`).join(' ')} }`,
      ),
      expected: refused({ code: 'QUERY_LIMIT_EXCEEDED' }),
    },
  ]),
}
