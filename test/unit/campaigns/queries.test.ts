import { buildSchema, type ExecutionArgs, parse, specifiedRules, validate } from 'graphql'
import fs from 'node:fs'
import path from 'node:path'
import { describe, expect, it } from 'vitest'

import { CAMPAIGN_REPORT_QUERY, KOL_FIT_EXCLUSIONS_QUERY, KOL_FIT_RANKING_QUERY } from '../../../src/campaigns/queries'
import { EXCLUSIONS_PAGE_SIZE } from '../../../src/campaigns/ranking'
import { queryLimitRules, readGraphQLLimits } from '../../../src/graphql/limits'

/** The committed schema (`npm run generate`): the views' queries must keep matching it. */
const schema = buildSchema(fs.readFileSync(path.resolve(import.meta.dirname, '../../../schema.graphql'), 'utf8'))

const problems = (query: string, variableValues: Record<string, unknown>) => {
  const args: ExecutionArgs = { schema, document: parse(query), variableValues, contextValue: { req: {} } }
  return validate(schema, args.document, [...specifiedRules, ...queryLimitRules(readGraphQLLimits({}), { hideSuggestions: false })(args)]).map(
    (error) => error.message,
  )
}

describe('the campaign views’ GraphQL queries', () => {
  it('leave the accounts the ranking keeps out to a query of their own', () => {
    expect(KOL_FIT_RANKING_QUERY).not.toMatch(/excluded/i)
    expect(KOL_FIT_EXCLUSIONS_QUERY).toMatch(/includeExcluded: true, excludedLimit: \$limit, excludedOffset: \$offset/)
  })

  it('match the schema and stay within the default query limits, at the largest page', () => {
    expect(
      problems(KOL_FIT_RANKING_QUERY, {
        campaign: '1',
        platform: 'xiaohongshu',
        limit: 50,
        offset: 0,
        filters: { tiers: ['mid'], verticals: ['beauty'], maxRate: 20_000 },
      }),
    ).toEqual([])
    expect(
      problems(KOL_FIT_EXCLUSIONS_QUERY, { campaign: '1', platform: null, filters: { tiers: ['mid'] }, limit: EXCLUSIONS_PAGE_SIZE, offset: 500 }),
    ).toEqual([])
    expect(problems(CAMPAIGN_REPORT_QUERY, { campaign: '1' })).toEqual([])
  })
})
