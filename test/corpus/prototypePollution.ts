import { expect } from 'vitest'

import type { CorpusFamily } from './types'

import { accepted, gql, harmlessRead, numbered, REF, refused, rest, SUBMIT_UGC, validKol, validUgcInput } from './builders'

const POLLUTERS: [string, string][] = [
  ['__proto__', '{"__proto__":{"polluted":"yes","roles":["admin"]}'],
  ['constructor.prototype', '{"constructor":{"prototype":{"polluted":"yes","roles":["admin"]}}'],
  ['__proto__ nested in a group', '{"contact":{"__proto__":{"polluted":"yes"}}'],
  ['__proto__ inside an array item', '{"accounts":[{"platform":"douyin","handle":"proto","__proto__":{"polluted":"yes"}}]'],
]

/** The keys a polluted Object.prototype would add to every document the server writes out. */
const unpolluted = (body: any) => {
  const doc = body.doc ?? body.docs?.[0] ?? body
  expect(doc.polluted).toBeUndefined()
  expect(JSON.stringify(body)).not.toContain('"polluted"')
}

const QUERY_POLLUTERS = [
  '__proto__[polluted]=yes',
  'constructor[prototype][polluted]=yes',
  'where[__proto__][polluted]=yes',
  'where[name][__proto__][equals]=x',
  'where[constructor][prototype][polluted]=yes',
  'depth[__proto__]=1',
  'sort[__proto__]=name',
  'select[__proto__][polluted]=true',
  'populate[__proto__][polluted]=true',
  'limit[__proto__]=1',
  'where[or][__proto__][name][equals]=x',
  'where[and][0][__proto__][polluted]=yes',
]

/** `__proto__` and `constructor.prototype` keys in JSON bodies, GraphQL variables and query strings. */
export const prototypePollution: CorpusFamily = {
  family: 'prototype-pollution',
  cases: numbered('proto', [
    ...POLLUTERS.map(([what, fields]) => ({
      description: `KOL manager creates a KOL with ${what} in the body: the key is dropped, nothing polluted`,
      request: rest('POST', '/api/kols', 'kolManager', `${fields},"name":"原型污染测试","kind":"kol"}`),
      expected: accepted('kols', unpolluted),
    })),
    ...POLLUTERS.map(([what, fields]) => ({
      description: `KOL manager updates a KOL with ${what} in the body`,
      request: rest('PATCH', `/api/kols/${REF.kol}`, 'kolManager', `${fields}}`),
      expected: { ...harmlessRead(), stored: unpolluted },
    })),
    ...POLLUTERS.slice(0, 2).map(([what, fields]) => ({
      description: `REST login with ${what} in the body`,
      request: rest('POST', '/api/users/login', 'anonymous', `${fields},"email":"nobody@zhongcao.local","password":"x"}`),
      expected: refused({}),
    })),
    ...POLLUTERS.slice(0, 2).map(([what, fields]) => ({
      description: `editor creates a content asset with ${what} and no title`,
      request: rest('POST', '/api/content-assets', 'editor', `${fields}}`),
      expected: refused({ field: 'title' }),
    })),
    {
      description: 'anonymous submitUgc with a __proto__ key in the input variables: not a field of the input type',
      request: gql('submitUgc', 'anonymous', '', undefined, {
        rawBody: `{"query":${JSON.stringify(SUBMIT_UGC)},"variables":{"input":${JSON.stringify(validUgcInput()).slice(0, -1)},"__proto__":{"status":"approved"}}}}`,
      }),
      expected: refused({}),
    },
    {
      description: 'anonymous submitUgc with a constructor.prototype key in the licence',
      request: gql('submitUgc', 'anonymous', SUBMIT_UGC, {
        input: validUgcInput({
          licence: { accepted: true, consentVersion: 'ugc-licence-2026-11', scopes: ['brand_channels'], termMonths: 12, constructor: { prototype: { x: 1 } } },
        }),
      }),
      expected: refused({}),
    },
    {
      description: 'a GraphQL body whose variables object is __proto__',
      request: gql('(body)', 'anonymous', '', undefined, { rawBody: '{"query":"{ ugcConsent { version } }","variables":{"__proto__":{"polluted":"yes"}}}' }),
      expected: { ...harmlessRead(), stored: unpolluted },
    },
    ...QUERY_POLLUTERS.map((query) => ({
      description: `KOL manager reads KOLs with ${query} in the query string`,
      request: rest('GET', `/api/kols?${query}&limit=1`, 'kolManager'),
      expected: { ...harmlessRead(), stored: unpolluted },
    })),
    {
      description: 'after all of the above, a plain read shows no polluted key anywhere',
      request: rest('GET', `/api/kols/${REF.kol}?depth=0`, 'kolManager'),
      expected: { ...harmlessRead(), stored: unpolluted },
    },
  ]),
}
