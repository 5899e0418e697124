import type { SanitizedConfig } from 'payload'

import type { ExecutionArgs, GraphQLError } from 'graphql'

import { configToSchema } from '@payloadcms/graphql'
// graphql as Payload loads it: vitest would hand this file graphql's ES build, a second copy
// that refuses Payload's schema as coming "from another module or realm".
import { GraphQL } from '@payloadcms/graphql/types'
import { beforeAll, describe, expect, it } from 'vitest'

import { queryLimitRules, readGraphQLLimits } from '../../src/graphql/limits'

/** What the API's users send today (the HTTP tests' queries, a publisher's read of released content). */
const LEGITIMATE: [query: string, variables?: Record<string, unknown>][] = [
  [
    `query Rank($campaign: ID!, $limit: Int, $filters: KolRankingFilters) {
      kolFitRanking(campaign: $campaign, platform: "xiaohongshu", limit: $limit, filters: $filters) {
        total
        items { rank score confidence kol { id name } account { handle followers tier }
          breakdown { component weight value contribution estimated inputs { name value } } }
      }
    }`,
    { campaign: '1', limit: 200, filters: { verticals: ['fitness'] } },
  ],
  [
    `{ campaignReport(campaign: 1) { funnel { stage label { zh } count } budget { total committed remaining }
      totals { spend reach engagements cpe roi } byKol { kolName spend engagements cpe } byPlatform { platform spend }
      kpis { kpi target actual progress } } }`,
  ],
  [`{ ContentAssets(limit: 200) { docs { title brand { name } variants { format status } } } }`],
  [
    `{ ContentAssets(limit: 50, where: { status: { equals: published } }) { docs { id title tags sponsored brand { name } products { name }
      media { url mimeType width height } variants { format status title body hashtags mentions { name } images { url alt sizes { portrait3x4 { url width height } } } } } } }`,
  ],
  [
    `{ Kols(where: { name: { equals: "林小夕的化妆间" } }) { docs { name contact { phone wechatId } accounts { handle lowestRate rateCard { price } } } }
      Campaigns(limit: 100) { docs { name budget { total remaining } } } }`,
  ],
  [`{ Collaborations(limit: 100) { docs { title fee stage kol { id name } campaign { id name } } } }`],
  [`{ meUser { user { email roles } } Users { totalDocs docs { email } } }`],
]

/** Payload's own GraphQL validation (configToSchema: its complexity rule, then ours) on the real config. */
describe('GraphQL validation as Payload runs it', () => {
  let config: SanitizedConfig

  const validateAs = <T = string>(
    graphQL: ReturnType<typeof configToSchema>,
    query: string,
    variableValues?: Record<string, unknown>,
    show: (error: GraphQLError) => T = (error) => error.message as T,
  ) => {
    const args: ExecutionArgs = { schema: graphQL.schema, document: GraphQL.parse(query), variableValues, contextValue: { req: {} } }
    return GraphQL.validate(graphQL.schema, args.document, [...GraphQL.specifiedRules, ...graphQL.validationRules(args)]).map(show)
  }

  beforeAll(async () => {
    config = await (await import('../../payload.config')).default
  })

  it('lets today’s queries through every limit, Payload’s complexity included', () => {
    const graphQL = configToSchema(config)
    for (const [query, variables] of LEGITIMATE) expect(validateAs(graphQL, query, variables)).toEqual([])
  })

  it('refuses a fan-out over relationships by Payload’s complexity, at GRAPHQL_MAX_COMPLEXITY, coded as the other limits', () => {
    const relationships = 'docs { brand { name } campaign { name } persona { name } products { name } media { url } variants { images { url } } }'
    const fanOut = `{ ${Array.from({ length: 20 }, (_, index) => `a${index}: ContentAssets(limit: 100) { ${relationships} }`).join(' ')} }`
    const max = readGraphQLLimits(process.env).complexity
    expect(validateAs(configToSchema(config), fanOut, undefined, (error) => [error.message, error.extensions])).toEqual([
      [
        expect.stringMatching(new RegExp(`^The query exceeds the maximum complexity of ${max}\\. Actual complexity is \\d+`)),
        { code: 'QUERY_LIMIT_EXCEEDED', limit: 'complexity', max },
      ],
    ])
  })

  it('leaves "Did you mean" out in production, also where Payload checks variable values', () => {
    const production = configToSchema({
      ...config,
      graphQL: { ...config.graphQL, validationRules: queryLimitRules(readGraphQLLimits({}), { hideSuggestions: true }) },
    })
    const query = 'query ($status: ContentAsset_status_Input) { ContentAssets(where: { status: { equals: $status } }) { docs { titel } } }'
    const development = validateAs(configToSchema(config), query, { status: 'publishd' })
    expect(development.join('\n')).toMatch(/Did you mean the enum value "published"\?[\s\S]*Did you mean "title"\?/)
    const messages = validateAs(production, query, { status: 'publishd' })
    expect(messages).toHaveLength(development.length)
    expect(messages.join('\n')).not.toMatch(/Did you mean/)
  })
})
