import type { CorpusFamily } from './types'

import { expect } from 'vitest'

import { ALL_COUNTED, gql, graphqlRefused, numbered, REF, refused, rest, SUBMIT_UGC, validAsset, validKol, validUgcInput } from './builders'

const MB = 1024 * 1024

/** Strings and lists far over any limit: refused with a clear error, never a crash or a half-written row. */
export const hugeInputs: CorpusFamily = {
  family: 'huge-inputs',
  cases: numbered('huge', [
    ...[2_001, 20_000, 1_000_000].map((length) => ({
      description: `anonymous submitUgc with a text of ${length} characters (limit 2,000)`,
      request: gql('submitUgc', 'anonymous', SUBMIT_UGC, { input: validUgcInput({ text: '种'.repeat(length) }) }),
      expected: graphqlRefused({ code: 'BAD_USER_INPUT', field: 'input.text' }),
    })),
    ...[41, 10_000].map((length) => ({
      description: `anonymous submitUgc with a nickname of ${length} characters (limit 40)`,
      request: gql('submitUgc', 'anonymous', SUBMIT_UGC, { input: validUgcInput({ nickname: 'n'.repeat(length) }) }),
      expected: graphqlRefused({ code: 'BAD_USER_INPUT', field: 'input.nickname' }),
    })),
    {
      description: 'anonymous submitUgc with a contact of 10,000 characters',
      request: gql('submitUgc', 'anonymous', SUBMIT_UGC, { input: validUgcInput({ contact: `a${'1'.repeat(9_999)}` }) }),
      expected: graphqlRefused({ code: 'BAD_USER_INPUT', field: 'input.contact' }),
    },
    {
      description: 'anonymous submitUgc with a source URL of 100,000 characters',
      request: gql('submitUgc', 'anonymous', SUBMIT_UGC, { input: validUgcInput({ sourceUrl: `https://x.cn/${'a'.repeat(100_000)}` }) }),
      expected: graphqlRefused({ code: 'BAD_USER_INPUT', field: 'input.sourceUrl' }),
    },
    ...[10, 1_000, 100_000].map((count) => ({
      description: `anonymous submitUgc with ${count} media tokens (limit 9)`,
      request: gql('submitUgc', 'anonymous', SUBMIT_UGC, { input: validUgcInput({ media: Array.from({ length: count }, (_, index) => `token-${index}`) }) }),
      expected: graphqlRefused({ code: 'BAD_USER_INPUT', field: 'input.media' }),
    })),
    {
      description: 'anonymous submitUgc with 100,000 licence scopes',
      request: gql('submitUgc', 'anonymous', SUBMIT_UGC, {
        input: validUgcInput({
          licence: { accepted: true, consentVersion: 'ugc-licence-2026-11', scopes: Array(100_000).fill('brand_channels'), termMonths: 12 },
        }),
      }),
      expected: graphqlRefused({}),
    },
    {
      description: 'a GraphQL body of 12 MB (one string variable): read, and refused by the text limit',
      request: gql('submitUgc', 'anonymous', SUBMIT_UGC, { input: validUgcInput({ text: 'x'.repeat(12 * MB) }) }),
      expected: graphqlRefused({ code: 'BAD_USER_INPUT', field: 'input.text' }),
    },
    {
      description: 'a GraphQL query string of 1 MB of whitespace around one field',
      request: gql('ugcConsent', 'anonymous', `{ ${' '.repeat(MB)} ugcConsent { version } }`),
      expected: { status: '2xx', unchanged: [] },
    },
    {
      description: 'a publisher tag argument of 300,000 characters (SQLite refuses LIKE patterns over 50 KB)',
      request: gql('publishedContent', 'publisher', `{ publishedContent(tag: "${'标'.repeat(300_000)}") { nodes { title } } }`),
      expected: graphqlRefused({ code: 'BAD_USER_INPUT', field: 'tag' }),
    },
    {
      description: 'an operation name of 100,000 characters',
      request: gql('ugcConsent', 'anonymous', `query ${'Q'.repeat(100_000)} { ugcConsent { version } }`),
      expected: { status: '2xx', unchanged: [] },
    },
    {
      description: 'REST login with an email of 1 MB',
      request: rest('POST', '/api/users/login', 'anonymous', { email: `${'a'.repeat(MB)}@x.cn`, password: 'x' }),
      expected: refused({}),
    },
    {
      description: 'REST login with a password of 1 MB: refused by size before it is hashed (25,000 PBKDF2 rounds)',
      request: rest('POST', '/api/users/login', 'anonymous', { email: 'nobody@zhongcao.local', password: 'p'.repeat(MB) }),
      expected: refused({ message: /16 KB/ }),
    },
    {
      description: 'GraphQL loginUser with a password of 100,000 characters: refused before it is hashed',
      request: gql('loginUser', 'anonymous', 'mutation ($p: String!) { loginUser(email: "nobody@zhongcao.local", password: $p) { exp } }', {
        p: 'p'.repeat(100_000),
      }),
      expected: refused({ code: 'BAD_USER_INPUT', field: 'password' }),
    },
    {
      description: 'GraphQL createUser with a password of 100,000 characters in its data: refused before it is hashed',
      request: gql('createUser', 'anonymous', 'mutation ($p: String!) { createUser(data: { email: "long@zhongcao.local", password: $p, roles: [] }) { id } }', {
        p: 'p'.repeat(100_000),
      }),
      expected: refused({ code: 'BAD_USER_INPUT', field: 'data.password' }),
    },
    {
      description: 'REST login with a password of 1,025 characters, under the size limit: an ordinary wrong password',
      request: rest('POST', '/api/users/login', 'anonymous', { email: 'nobody@zhongcao.local', password: 'p'.repeat(1_025) }),
      expected: refused({}),
    },
    {
      description: 'KOL manager creates a KOL with 10,000 accounts of unknown platforms',
      request: rest(
        'POST',
        '/api/kols',
        'kolManager',
        validKol({ accounts: Array.from({ length: 10_000 }, (_, index) => ({ platform: 'nowhere', handle: `h${index}` })) }),
      ),
      expected: refused({ field: 'accounts' }),
    },
    {
      description: 'KOL manager creates a KOL with 5,000 unknown verticals',
      request: rest('POST', '/api/kols', 'kolManager', validKol({ verticals: Array(5_000).fill('not-a-vertical') })),
      expected: refused({ field: 'verticals' }),
    },
    {
      description: 'editor creates a content asset with a title of 1 MB (limit 40,000) and no brand',
      request: rest('POST', '/api/content-assets', 'editor', { title: 'T'.repeat(MB) }),
      expected: refused({ field: 'title' }),
    },
    {
      description: 'editor creates a content asset with 20,000 variants of an unknown format',
      request: rest('POST', '/api/content-assets', 'editor', validAsset({ variants: Array(20_000).fill({ format: 'nope' }) })),
      expected: refused({}),
    },
    {
      description: 'a REST query string of 12 KB of where conditions',
      request: rest('GET', `/api/kols?${Array.from({ length: 400 }, (_, index) => `where[or][${index}][name][equals]=x`).join('&')}`, 'kolManager'),
      expected: { status: '2xx', unchanged: [] },
    },
    {
      description: 'a REST read with limit of a billion',
      request: rest('GET', '/api/kols?limit=1000000000&depth=0&select[name]=true', 'kolManager'),
      expected: { status: '2xx', unchanged: [] },
    },
    {
      description: 'a REST read with a page far past the end',
      request: rest('GET', '/api/kols?page=99999999999&depth=0', 'kolManager'),
      expected: { status: '2xx', unchanged: [] },
    },
    {
      description: 'a REST read of a KOL by an id of 10,000 digits',
      request: rest('GET', `/api/kols/${'9'.repeat(10_000)}`, 'kolManager'),
      expected: refused({ code: 'NOT_FOUND' }),
    },
    {
      description: 'a REST query string of 60 KB: over the header limit, refused by the HTTP server',
      request: rest('GET', `/api/kols?${'where[name][equals]=x&'.repeat(3_000)}`, 'kolManager'),
      expected: { status: '4xx', unchanged: ALL_COUNTED, withoutBody: true },
    },
    {
      description: 'KOL manager updates a KOL with a follower count of 1e400 (a JSON number past any double): never stored as Infinity',
      request: rest('PATCH', `/api/kols/${REF.kol}`, 'kolManager', '{"accounts":[{"platform":"douyin","handle":"h","followers":1e400}]}'),
      expected: {
        status: '2xx',
        unchanged: ALL_COUNTED.filter((slug) => slug !== 'audit-log'),
        stored: (body: any) => expect(body.doc.accounts[0].followers).toBeNull(),
      },
    },
  ]),
}
