import { buildSchema, type ExecutionArgs, type GraphQLError, parse, specifiedRules, validate } from 'graphql'
import fs from 'node:fs'
import path from 'node:path'
import { describe, expect, it } from 'vitest'

import { type GraphQLLimits, queryLimitRules, readGraphQLLimits } from '../../src/graphql/limits'

/** The committed schema (`npm run generate`), as publishers see it. */
const schema = buildSchema(fs.readFileSync(path.resolve(import.meta.dirname, '../../schema.graphql'), 'utf8'))
const defaults = readGraphQLLimits({})

function check(query: string, { limits = defaults, hideSuggestions = false, specified = true } = {}) {
  const args: ExecutionArgs = { schema, document: parse(query), contextValue: { req: {} } }
  const rules = queryLimitRules(limits, { hideSuggestions })(args)
  return validate(schema, args.document, [...(specified ? specifiedRules : []), ...rules])
}
const refusedLimits = (errors: readonly GraphQLError[]) =>
  errors.filter((error) => error.extensions.code === 'QUERY_LIMIT_EXCEEDED').map((error) => error.extensions.limit)

/** The KOL managers' ranking, with its breakdown (test/http/kols.test.ts). */
const RANKING = `query Rank($campaign: ID!, $limit: Int, $filters: KolRankingFilters) {
  kolFitRanking(campaign: $campaign, platform: "xiaohongshu", limit: $limit, filters: $filters) {
    total
    items { rank score confidence kol { id name } account { handle followers tier }
      breakdown { component weight value contribution estimated inputs { name value } } }
  }
}`

/** The publisher feed of issue 5 (not in this schema yet): checked against the limits alone. */
const feed = (first: number) => `query Feed { publishFeed(platform: douyin, first: ${first}) {
  nodes { assetId variantId title text hashtags mentions { name platformUserId } cover { crop url width height } media { url mimeType }
    contentHash scheduledAt status }
  pageInfo { endCursor hasNextPage } } }`

describe('GraphQL query limits', () => {
  it('reads its limits from the environment, with defaults, and refuses nonsense', () => {
    expect(defaults).toEqual({ depth: 10, aliases: 20, directives: 50, tokens: 2000, cost: 20_000, complexity: 1000 })
    expect(readGraphQLLimits({ GRAPHQL_MAX_DEPTH: '14', GRAPHQL_MAX_COST: '' })).toMatchObject({ depth: 14, cost: 20_000 })
    expect(() => readGraphQLLimits({ GRAPHQL_MAX_ALIASES: '0' })).toThrow(/GRAPHQL_MAX_ALIASES/)
    expect(() => readGraphQLLimits({ GRAPHQL_MAX_TOKENS: 'many' })).toThrow(/GRAPHQL_MAX_TOKENS/)
  })

  it('lets a publisher’s feed pages through, however the query is factored', () => {
    for (const first of [50, 200]) expect(check(feed(first), { specified: false })).toEqual([])
    const withFragments = `{ kolFitRanking(campaign: 1) { items { ...Item } } }
      fragment Item on RankedKol { kol { ...Kol } breakdown { ...Part } } fragment Kol on FitKol { name } fragment Part on FitComponent { inputs { name } }`
    // Five fields deep, as the ranking with its breakdown; three fragment spreads on the way.
    const fiveDeep: GraphQLLimits = { ...defaults, depth: 5 }
    expect(check(RANKING, { limits: fiveDeep })).toEqual([])
    expect(check(withFragments, { limits: fiveDeep })).toEqual([])
  })

  it('refuses each kind of bomb by its own limit, with a code and the limit it broke', () => {
    const aliases = check(`{ ${Array.from({ length: 200 }, (_, index) => `a${index}: meUser { exp }`).join(' ')} }`)
    expect(aliases.map((error) => [error.message, error.extensions])).toEqual([
      ['Aliases limit of 20 exceeded, found 200.', { code: 'QUERY_LIMIT_EXCEEDED', limit: 'aliases', max: 20 }],
    ])
    let cycle = 'name'
    for (let level = 0; level < 10; level++) cycle = `fields { type { ${cycle} } }`
    expect(refusedLimits(check(`{ __type(name: "ContentAsset") { ${cycle} } }`))).toContain('depth')
    expect(refusedLimits(check(`{ ${'__typename @include(if: true) '.repeat(60)} }`))).toEqual(['directives'])
    expect(refusedLimits(check(`{ ${'__typename '.repeat(5_000)} }`))).toEqual(['tokens'])
    // A page size is a multiplier: asking for a million feed items is refused before running.
    expect(refusedLimits(check(feed(1_000), { specified: false }))).toEqual(['cost'])
  })

  it('takes each limit from its configuration', () => {
    const tight: GraphQLLimits = { depth: 3, aliases: 1, directives: 1, tokens: 30, cost: 10, complexity: 1000 }
    expect(refusedLimits(check(RANKING, { limits: tight })).sort()).toEqual(['cost', 'depth', 'tokens'])
    expect(refusedLimits(check('{ a: meUser { exp } b: meUser { exp } }', { limits: tight }))).toEqual(['aliases'])
  })

  it('drops graphql-js’s "Did you mean" hints when asked to', () => {
    const misspelt = '{ ContentAssets(wher: {}) { docs { titel } } }'
    expect(check(misspelt).map((error) => error.message)).toEqual([
      'Unknown argument "wher" on field "Query.ContentAssets". Did you mean "where"?',
      'Cannot query field "titel" on type "ContentAsset". Did you mean "title"?',
    ])
    expect(check(misspelt, { hideSuggestions: true }).map((error) => error.message)).toEqual([
      'Unknown argument "wher" on field "Query.ContentAssets".',
      'Cannot query field "titel" on type "ContentAsset".',
    ])
  })
})
