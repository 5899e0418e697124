import type { Localized } from '../i18n/localized'
import type { KolTier } from '../metrics'
import type { ScoreComponent } from '../scoring/types'
import type { KolPlatform } from '../taxonomy/kols'
import type { FitInput } from './fitInputs'
import type { ReportAnswer } from './report'

/**
 * The campaign views read the ranking and the report through the KOL managers' GraphQL queries
 * (src/ranking/graphql.ts) with the admin's session, so scores, filters and access are the API's.
 * test/unit/campaigns/queries.test.ts validates both against the committed schema and its limits.
 */
export const KOL_FIT_RANKING_QUERY = `query CampaignRanking($campaign: ID!, $platform: String, $limit: Int, $offset: Int, $filters: KolRankingFilters) {
  kolFitRanking(campaign: $campaign, platform: $platform, limit: $limit, offset: $offset, filters: $filters) {
    total
    items {
      rank score confidence damping
      kol { id name kind }
      account { id platform handle followers tier }
      breakdown { component weight value contribution estimated applicable inputs { name value } note { zh en } }
    }
  }
}`

/**
 * The accounts the hard filters leave out of the same ranking, a page at a time: asked for only
 * when the manager opens that list, since a large KOL pool leaves out tens of thousands. The
 * ranked page itself (`limit: 1`) is not read.
 */
export const KOL_FIT_EXCLUSIONS_QUERY = `query CampaignRankingExclusions($campaign: ID!, $platform: String, $filters: KolRankingFilters, $limit: Int, $offset: Int) {
  kolFitRanking(campaign: $campaign, platform: $platform, filters: $filters, limit: 1, includeExcluded: true, excludedLimit: $limit, excludedOffset: $offset) {
    excludedTotal
    excluded { kol { id name } account { id platform handle } reasons { code message { zh en } } }
  }
}`

export type RankedRow = {
  rank: number
  score: number
  confidence: number
  damping: number
  kol: { id: string; name: string; kind: string }
  account: { id: string; platform: KolPlatform; handle: string | null; followers: number | null; tier: KolTier | null }
  breakdown: {
    component: ScoreComponent
    weight: number
    value: number
    contribution: number
    estimated: boolean
    applicable: boolean
    inputs: FitInput[]
    note: Localized | null
  }[]
}

export type ExcludedRow = {
  kol: { id: string; name: string }
  account: { id: string; platform: KolPlatform; handle: string | null } | null
  reasons: { code: string; message: Localized }[]
}

export type RankingAnswer = { kolFitRanking: { total: number; items: RankedRow[] } }

export type ExclusionsAnswer = { kolFitRanking: { excludedTotal: number; excluded: ExcludedRow[] } }

/** The report's figures the report view draws (src/admin/CampaignReport), and nothing else. */
export const CAMPAIGN_REPORT_QUERY = `query CampaignReport($campaign: ID!) {
  campaignReport(campaign: $campaign) {
    funnel { stage label { zh en } count }
    budget { total committed share }
    totals { spend reach engagements gmv cpe roi }
    byKol { kolId kolName cpe roi }
    byPlatform { platform spend collaborations }
    kpis { kpi target actual progress }
  }
}`

export type ReportQueryAnswer = { campaignReport: ReportAnswer }
