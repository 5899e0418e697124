import type { CorpusFamily } from './types'

import { expect } from 'vitest'

import { accepted, gql, graphqlRefused, numbered, REF, refused, rest, SUBMIT_UGC, validAsset, validKol, validUgcInput } from './builders'

/** A submission field spoiled with a value of the wrong type: the schema refuses it before the resolver runs. */
const UGC_SCHEMA_TYPES: [string, Record<string, unknown>][] = [
  ['text as a number', { text: 42 }],
  ['text as an object', { text: { zh: '好' } }],
  ['text as a list', { text: ['好', '用'] }],
  ['product as an object', { product: { id: 1 } }],
  ['product as a boolean', { product: true }],
  ['source outside its enum', { source: 'tiktok' }],
  ['source as a number', { source: 3 }],
  ['media as a string', { media: 12 }],
  ['media tokens as numbers', { media: [1, 2] }],
  ['nickname as null', { nickname: null }],
  ['contact as a list', { contact: ['13800138000'] }],
  ['licence as a string', { licence: 'yes' }],
  [
    'licence.accepted as the string "true"',
    { licence: { accepted: 'true', consentVersion: 'ugc-licence-2026-11', scopes: ['brand_channels'], termMonths: 12 } },
  ],
  ['licence.termMonths as a float', { licence: { accepted: true, consentVersion: 'ugc-licence-2026-11', scopes: ['brand_channels'], termMonths: 1.5 } }],
  [
    'licence.termMonths beyond 32 bits',
    { licence: { accepted: true, consentVersion: 'ugc-licence-2026-11', scopes: ['brand_channels'], termMonths: 2 ** 40 } },
  ],
  ['licence.scopes with an unknown scope', { licence: { accepted: true, consentVersion: 'ugc-licence-2026-11', scopes: ['everything'], termMonths: 12 } }],
  ['an unknown input field', { admin: true }],
]

/** Values of the right type that our own validation refuses, naming the field. */
const UGC_DOMAIN_VALUES: [string, Record<string, unknown>, string, string][] = [
  ['empty text', { text: '   ' }, 'BAD_USER_INPUT', 'input.text'],
  ['a contact that is no phone, email or WeChat ID', { contact: '!!' }, 'BAD_USER_INPUT', 'input.contact'],
  ['an empty nickname', { nickname: '' }, 'BAD_USER_INPUT', 'input.nickname'],
  ['a javascript: source URL', { sourceUrl: 'javascript:alert(1)' }, 'BAD_USER_INPUT', 'input.sourceUrl'],
  ['a data: source URL', { sourceUrl: 'data:text/html,<script>alert(1)</script>' }, 'BAD_USER_INPUT', 'input.sourceUrl'],
  [
    'a term of 0 months',
    { licence: { accepted: true, consentVersion: 'ugc-licence-2026-11', scopes: ['brand_channels'], termMonths: 0 } },
    'BAD_USER_INPUT',
    'input.licence.termMonths',
  ],
  [
    'a negative term',
    { licence: { accepted: true, consentVersion: 'ugc-licence-2026-11', scopes: ['brand_channels'], termMonths: -12 } },
    'BAD_USER_INPUT',
    'input.licence.termMonths',
  ],
  ['no scope', { licence: { accepted: true, consentVersion: 'ugc-licence-2026-11', scopes: [], termMonths: 12 } }, 'BAD_USER_INPUT', 'input.licence.scopes'],
  [
    'an unknown consent version',
    { licence: { accepted: true, consentVersion: 'v0', scopes: ['brand_channels'], termMonths: 12 } },
    'BAD_USER_INPUT',
    'input.licence.consentVersion',
  ],
  [
    'consent not given',
    { licence: { accepted: false, consentVersion: 'ugc-licence-2026-11', scopes: ['brand_channels'], termMonths: 12 } },
    'CONSENT_REQUIRED',
    'input.licence.accepted',
  ],
  ['no licence at all', { licence: null }, 'CONSENT_REQUIRED', 'input.licence'],
  ['a product id that is a word', { product: 'lipstick' }, 'NOT_FOUND', 'input.product'],
  ['a forged upload token', { media: ['Zm9yZ2Vk.c2lnbmF0dXJl'] }, 'UPLOAD_EXPIRED', ''],
]

const PUBLISHER_ARGUMENTS: [string, string][] = [
  ['first as a string', '{ publishFeed(platform: douyin, first: "ten") { nodes { title } } }'],
  ['first as a float', '{ publishFeed(platform: douyin, first: 1.5) { nodes { title } } }'],
  ['an unknown platform', '{ publishFeed(platform: tiktok) { nodes { title } } }'],
  ['platform as a string literal', '{ publishFeed(platform: "douyin") { nodes { title } } }'],
  ['status as an unknown value', '{ publishFeed(platform: douyin, status: [deleted]) { nodes { title } } }'],
  ['since that is no date', '{ publishFeed(platform: douyin, since: "yesterday") { nodes { title } } }'],
  ['no platform', '{ publishFeed { nodes { title } } }'],
  ['brand as a list', '{ publishedContent(brand: ["1"]) { nodes { title } } }'],
  [
    'confirmPublication with a publishedAt that is no date',
    'mutation { confirmPublication(variant: "1", url: "https://x.cn", platformPostId: "1", publishedAt: "soon") { alreadyConfirmed } }',
  ],
]

const PUBLISHER_DOMAIN: [string, string, string, string][] = [
  ['first over 100', '{ publishFeed(platform: douyin, first: 101) { nodes { title } } }', 'BAD_USER_INPUT', 'first'],
  ['first negative', '{ publishFeed(platform: douyin, first: -1) { nodes { title } } }', 'BAD_USER_INPUT', 'first'],
  ['a cursor that is not ours', '{ publishFeed(platform: douyin, after: "not-a-cursor") { nodes { title } } }', 'BAD_USER_INPUT', 'after'],
  [
    'a cursor of base64 JSON with an injected id',
    '{ publishFeed(platform: douyin, after: "eyJpZCI6IjEgT1IgMT0xIn0=") { nodes { title } } }',
    'BAD_USER_INPUT',
    'after',
  ],
  [
    'a confirmation with a javascript: URL',
    'mutation { confirmPublication(variant: "1", url: "javascript:alert(1)", platformPostId: "1", publishedAt: "2026-01-01T00:00:00Z") { alreadyConfirmed } }',
    'BAD_USER_INPUT',
    'url',
  ],
]

/** Payload's text fields take any JSON and store it as its text: inert, if not refused. */
const COERCED_NAMES: [string, unknown, string][] = [
  ['name as an object', { first: 'a' }, '{"first":"a"}'],
  ['name as a list', ['a', 'b'], '["a","b"]'],
  ['name as a number', 42, '42'],
]

const KOL_TYPES: [string, Record<string, unknown>, string][] = [
  ['kind outside its options', { kind: 'celebrity-ceo' }, 'kind'],
  ['verticals with an unknown value', { verticals: ['weapons'] }, 'verticals'],
  ['accounts as a string', { accounts: 'douyin' }, 'accounts'],
  ['an account on an unknown platform', { accounts: [{ platform: 'myspace', handle: 'a' }] }, 'accounts.0.platform'],
  ['contact email that is no email', { contact: { email: 'not-an-email' } }, 'contact.email'],
  ['an exclusivity of an unknown category without its date', { exclusivities: [{ category: 'skincare' }] }, 'exclusivities.0.category'],
  ['no name at all', { name: undefined }, 'name'],
]

const ASSET_TYPES: [string, Record<string, unknown>, string][] = [
  ['a variant of an unknown format', { variants: [{ format: 'myspace-post' }] }, 'variants.0.format'],
  ['body as a plain string where rich text belongs', { body: '<p>hi</p>' }, 'body'],
  ['sponsored as a word', { sponsored: 'maybe' }, 'sponsored'],
]

/** Values of the wrong type in every public and staff write, and in publisher arguments. */
export const wrongTypes: CorpusFamily = {
  family: 'wrong-types',
  cases: numbered('types', [
    ...UGC_SCHEMA_TYPES.map(([what, spoiled]) => ({
      description: `anonymous submitUgc with ${what}: the schema refuses the variables`,
      request: gql('submitUgc', 'anonymous', SUBMIT_UGC, { input: validUgcInput(spoiled) }),
      expected: refused({}),
    })),
    ...UGC_DOMAIN_VALUES.map(([what, spoiled, code, field]) => ({
      description: `anonymous submitUgc with ${what}`,
      request: gql('submitUgc', 'anonymous', SUBMIT_UGC, { input: validUgcInput(spoiled) }),
      expected: graphqlRefused({ code, ...(field ? { field } : {}) }),
    })),
    ...PUBLISHER_ARGUMENTS.map(([what, query]) => ({
      description: `publisher query with ${what}: the schema refuses it`,
      request: gql(
        query.includes('confirmPublication') ? 'confirmPublication' : query.includes('publishedContent') ? 'publishedContent' : 'publishFeed',
        'publisher',
        query,
      ),
      expected: refused({}),
    })),
    ...PUBLISHER_DOMAIN.map(([what, query, code, field]) => ({
      description: `publisher query with ${what}`,
      request: gql(query.includes('confirmPublication') ? 'confirmPublication' : 'publishFeed', 'publisher', query),
      expected: graphqlRefused({ code, field }),
    })),
    ...KOL_TYPES.map(([what, spoiled, field]) => ({
      description: `KOL manager creates a KOL with ${what}`,
      request: rest('POST', '/api/kols', 'kolManager', validKol(spoiled)),
      expected: refused({ field }),
    })),
    ...COERCED_NAMES.map(([what, name, stored]) => ({
      description: `KOL manager creates a KOL with ${what}: stored as its JSON text`,
      request: rest('POST', '/api/kols', 'kolManager', validKol({ name })),
      expected: accepted('kols', (body: any) => expect(body.doc.name).toBe(stored)),
    })),
    {
      description: 'KOL manager creates a KOL whose follower count is a word: stored without a count',
      request: rest('POST', '/api/kols', 'kolManager', validKol({ accounts: [{ platform: 'douyin', handle: 'words', followers: 'many' }] })),
      expected: accepted('kols', (body: any) => expect(body.doc.accounts[0].followers).toBeNull()),
    },
    ...[
      ['a brand that does not exist', 999_999],
      ['a brand named by a word', 'acme'],
    ].map(([what, brand]) => ({
      description: `editor creates a content asset for ${what}`,
      request: rest('POST', '/api/content-assets', 'editor', validAsset({ brand })),
      expected: refused({}),
    })),
    ...KOL_TYPES.slice(0, 6).map(([what, spoiled, field]) => ({
      description: `KOL manager updates a KOL with ${what}`,
      request: rest('PATCH', `/api/kols/${REF.kol}`, 'kolManager', spoiled),
      expected: refused({ field }),
    })),
    ...ASSET_TYPES.map(([what, spoiled, field]) => ({
      description: `editor creates a content asset with ${what}`,
      request: rest('POST', '/api/content-assets', 'editor', validAsset(spoiled)),
      expected: refused({ field }),
    })),
    {
      description: 'REST login with the password as a number',
      request: rest('POST', '/api/users/login', 'anonymous', { email: 'nobody@zhongcao.local', password: 12345678 }),
      expected: refused({}),
    },
    {
      description: 'REST login with the email as an object',
      request: rest('POST', '/api/users/login', 'anonymous', { email: { $ne: null }, password: 'x' }),
      expected: refused({}),
    },
    {
      description: 'REST login with the email as a list',
      request: rest('POST', '/api/users/login', 'anonymous', { email: ['admin@zhongcao.local'], password: 'x' }),
      expected: refused({}),
    },
    {
      description: 'REST login without a password',
      request: rest('POST', '/api/users/login', 'anonymous', { email: 'nobody@zhongcao.local' }),
      expected: refused({}),
    },
  ]),
}
