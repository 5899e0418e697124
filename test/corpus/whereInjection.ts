import { expect } from 'vitest'

import type { CorpusFamily } from './types'

import { gql, harmlessRead, numbered, refused, rest } from './builders'
import { INJECTION_STRINGS } from './strings'

const q = encodeURIComponent
/** An injection string matched literally finds nothing: no KOL is named `' OR 1=1 --`. */
const findsNothing = (body: any) => expect(body.totalDocs ?? body.data?.Kols?.totalDocs).toBe(0)

const OPERATOR_KEYS: [string, string][] = [
  ['$ne', 'where[name][$ne]=x'],
  ['$gt', 'where[name][$gt]='],
  ['$regex', 'where[name][$regex]=.*'],
  ['$where', 'where[$where]=sleep(5000)'],
  ['$or at the top', 'where[$or][0][name]=x'],
  ['ne without a dollar', 'where[name][ne]=x'],
  ['regexp', 'where[name][regexp]=.*'],
  ['an operator Payload lacks: starts_with', 'where[name][starts_with]=a'],
  ['a path into a hidden field: hash', 'where[hash][exists]=true'],
  ['a path into a hidden field: salt', 'where[salt][like]=a'],
]

const SMUGGLED_VALUES: [string, string, string][] = [
  ['equals with $ne inside', 'where[name][equals][$ne]=x', 'where.name.equals'],
  ['equals with $gt inside', 'where[name][equals][$gt]=', 'where.name.equals'],
  ['like with a list', 'where[name][like][0]=a&where[name][like][1]=b', 'where.name.like'],
  ['in with objects', 'where[name][in][0][$gt]=', 'where.name.in'],
  ['not_equals with $exists', 'where[name][not_equals][$exists]=true', 'where.name.not_equals'],
  ['an or-clause with $ne inside equals', 'where[or][0][name][equals][$ne]=x', 'where.or.0.name.equals'],
  ['a date compared with a word', 'where[createdAt][greater_than]=yesterday', 'where.createdAt.greater_than'],
  ['a date compared with an object', 'where[createdAt][less_than][$date]=1', 'where.createdAt.less_than'],
  ['an id compared with SQL', `where[id][equals]=${q('1 OR 1=1')}`, 'where.id.equals'],
  ['an id list with SQL', `where[id][in]=${q('1,2) OR (1=1')}`, 'where.id.in'],
  ['a number compared with a word', 'where[accounts.followers][greater_than]=lots', 'where.accounts.followers.greater_than'],
  ['a number compared with Infinity', 'where[accounts.followers][greater_than]=Infinity', 'where.accounts.followers.greater_than'],
]

/** SQL and NoSQL injection through REST `where[...]` query strings and GraphQL where inputs. */
export const whereInjection: CorpusFamily = {
  family: 'where-injection',
  cases: numbered('where', [
    ...INJECTION_STRINGS.map((text) => ({
      description: `KOL manager: REST where[name][equals] = ${text}: compared as text, finds nothing`,
      request: rest('GET', `/api/kols?where[name][equals]=${q(text)}&depth=0`, 'kolManager'),
      expected: { ...harmlessRead(), stored: findsNothing },
    })),
    ...INJECTION_STRINGS.filter((text) => !/^[%_]+$/.test(text)).map((text) => ({
      description: `KOL manager: REST where[name][like] = ${text}: a word search, finds nothing`,
      request: rest('GET', `/api/kols?where[name][like]=${q(text)}&depth=0`, 'kolManager'),
      expected: { ...harmlessRead(), stored: findsNothing },
    })),
    ...['%', '_', '%_%'].map((text) => ({
      description: `KOL manager: REST where[name][like] = ${text}: wildcards search the KOL manager's own readable rows only`,
      request: rest('GET', `/api/kols?where[name][like]=${q(text)}&depth=0&limit=1`, 'kolManager'),
      expected: harmlessRead(),
    })),
    ...INJECTION_STRINGS.map((text) => ({
      description: `KOL manager: GraphQL Kols where name equals ${text}: finds nothing`,
      request: gql('Kols', 'kolManager', 'query ($name: String) { Kols(where: { name: { equals: $name } }) { totalDocs } }', { name: text }),
      expected: { ...harmlessRead(), stored: findsNothing },
    })),
    ...INJECTION_STRINGS.slice(0, 6).map((text) => ({
      description: `anonymous: REST where[name][like] = ${text} on KOLs is still refused by access control`,
      request: rest('GET', `/api/kols?where[name][like]=${q(text)}&depth=0`, 'anonymous'),
      expected: refused({}),
    })),
    ...INJECTION_STRINGS.slice(0, 6).map((text) => ({
      description: `publisher: GraphQL ContentAssets where title like ${text}: only released content, finds nothing`,
      request: gql('ContentAssets', 'publisher', 'query ($t: String) { ContentAssets(where: { title: { like: $t } }) { totalDocs } }', { t: text }),
      expected: { ...harmlessRead(), stored: (body: any) => expect(body.data.ContentAssets.totalDocs).toBe(0) },
    })),
    ...OPERATOR_KEYS.map(([what, query]) => ({
      description: `KOL manager: REST where with ${what}: a path Payload cannot query`,
      request: rest('GET', `/api/kols?${query}&depth=0`, 'kolManager'),
      expected: refused({ message: /cannot be queried/ }),
    })),
    ...SMUGGLED_VALUES.map(([what, query, field]) => ({
      description: `KOL manager: REST where ${what}: refused before the database`,
      request: rest('GET', `/api/kols?${query}&depth=0`, 'kolManager'),
      expected: refused({ code: 'BAD_USER_INPUT', field }),
    })),
    ...[
      ['brand equals a word', '{ brand: { equals: "acme" } }', 'where.brand.equals'],
      ['brand equals an object', '{ brand: { equals: { ne: null } } }', 'where.brand.equals'],
      ['brand in SQL', '{ brand: { in: ["1) OR (1=1"] } }', 'where.brand.in'],
      ['body equals an object', '{ body: { equals: { gt: "" } } }', 'where.body.equals'],
      ['body like a list', '{ body: { like: [1, 2] } }', 'where.body.like'],
      ['an OR clause with an object for products', '{ OR: [{ products: { equals: { ne: 1 } } }] }', 'where.OR.0.products.equals'],
    ].map(([what, where, field]) => ({
      description: `editor: GraphQL ContentAssets where ${what}: refused as invalid, not a server error`,
      request: gql('ContentAssets', 'editor', `{ ContentAssets(where: ${where}) { totalDocs } }`),
      expected: refused({ code: 'BAD_USER_INPUT', field }),
    })),
    ...[
      ['ne', '{ name: { ne: "x" } }'],
      ['_regex', '{ name: { _regex: ".*" } }'],
      ['an unknown field', '{ password: { exists: true } }'],
      ['a string where an operator object belongs', '{ name: "x" }'],
    ].map(([what, where]) => ({
      description: `KOL manager: GraphQL Kols where with ${what}: the schema refuses it`,
      request: gql('Kols', 'kolManager', `{ Kols(where: ${where}) { totalDocs } }`),
      expected: refused({}),
    })),
  ]),
}
