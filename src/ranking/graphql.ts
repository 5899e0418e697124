import type * as GraphQL from 'graphql'
import type { GraphQLExtension, PayloadRequest } from 'payload'

import { Forbidden, ValidationError } from 'payload'

import type { Localized } from '../i18n/localized'
import type { ComponentScore, Exclusion, RankedAccount } from '../scoring'
import type { IndexedKol } from './kolFacts'

import { canManageKols } from '../access/canManageKols'
import { fitInputsOf } from '../campaigns/fitInputs'
import { campaignReport } from '../collaborations/report'
import { STAGE_LABELS } from '../collaborations/stages'
import { languageOf } from '../i18n/localized'
import { idOf } from '../refs/idOf'
import { rankKols, SCORE_COMPONENTS } from '../scoring'
import { KOL_PLATFORMS, type KolPlatform } from '../taxonomy/kols'
import { campaignFacts } from './campaignFacts'
import { kolFitIndex } from './fitIndex'
import { applyRankingFilters, type RankingFilters } from './rankingFilters'

/** A ranking page is for people reading it; the admin pages through the rest. */
const MAX_LIMIT = 200

type Context = { req: PayloadRequest }

const localize = (req: PayloadRequest, text: Localized) => text[languageOf(req.i18n)]

/** Fees, budgets and rankings are the KOL managers' (SPEC §1): nobody else gets either query. */
function requireKolManager(req: PayloadRequest) {
  if (!canManageKols({ req })) throw new Forbidden(req.t)
}

/** kolFitRanking and campaignReport (issue 4), added to Payload's GraphQL schema. */
export const kolQueries: GraphQLExtension = (graphQL) => {
  const { GraphQLBoolean, GraphQLFloat, GraphQLID, GraphQLInputObjectType, GraphQLInt, GraphQLList, GraphQLNonNull, GraphQLObjectType, GraphQLString } = graphQL
  const required = <T extends GraphQL.GraphQLNullableType>(type: T) => new GraphQLNonNull(type)
  const list = (type: GraphQL.GraphQLObjectType) => required(new GraphQLList(required(type)))

  const LocalizedText = new GraphQLObjectType({
    name: 'LocalizedText',
    description: 'Text in Simplified Chinese and English',
    fields: { zh: { type: required(GraphQLString) }, en: { type: required(GraphQLString) } },
  })
  const FitInput = new GraphQLObjectType({
    name: 'FitInput',
    description: 'One figure a score component was computed from',
    fields: { name: { type: required(GraphQLString) }, value: { type: GraphQLString } },
  })
  const FitComponent = new GraphQLObjectType({
    name: 'FitComponent',
    fields: {
      component: { type: required(GraphQLString) },
      weight: { type: required(GraphQLFloat), description: 'Share of the applicable weights, 0–1' },
      value: { type: required(GraphQLFloat), description: '0–1' },
      contribution: { type: required(GraphQLFloat), description: 'Points of the 0–100 score' },
      estimated: { type: required(GraphQLBoolean), description: 'A platform median stands in for missing data' },
      applicable: { type: required(GraphQLBoolean) },
      inputs: {
        type: list(FitInput),
        resolve: (score: ComponentScore) => fitInputsOf(score.inputs),
      },
      note: { type: LocalizedText },
    },
  })
  const FitKol = new GraphQLObjectType({
    name: 'FitKol',
    fields: { id: { type: required(GraphQLID) }, name: { type: required(GraphQLString) }, kind: { type: required(GraphQLString) } },
  })
  const FitAccount = new GraphQLObjectType({
    name: 'FitAccount',
    fields: {
      id: { type: required(GraphQLID) },
      platform: { type: required(GraphQLString) },
      handle: { type: GraphQLString },
      followers: { type: GraphQLFloat },
      tier: { type: GraphQLString },
    },
  })
  const RankedKol = new GraphQLObjectType({
    name: 'RankedKol',
    fields: {
      rank: { type: required(GraphQLInt) },
      kol: { type: required(FitKol) },
      account: { type: required(FitAccount) },
      score: { type: required(GraphQLFloat), description: '0–100' },
      confidence: { type: required(GraphQLFloat), description: 'Share of the weight backed by real data, 0–1' },
      damping: { type: required(GraphQLFloat) },
      breakdown: { type: list(FitComponent) },
    },
  })
  const ExclusionReason = new GraphQLObjectType({
    name: 'ExclusionReason',
    fields: { code: { type: required(GraphQLString) }, message: { type: required(LocalizedText) } },
  })
  const ExcludedKol = new GraphQLObjectType({
    name: 'ExcludedKol',
    fields: { kol: { type: required(FitKol) }, account: { type: FitAccount }, reasons: { type: list(ExclusionReason) } },
  })
  const FitWeights = new GraphQLObjectType({
    name: 'FitWeights',
    fields: Object.fromEntries(SCORE_COMPONENTS.map((component) => [component, { type: required(GraphQLFloat) }])),
  })
  const KolFitRanking = new GraphQLObjectType({
    name: 'KolFitRanking',
    fields: {
      total: { type: required(GraphQLInt), description: 'Accounts ranked, over all pages' },
      items: { type: list(RankedKol) },
      excluded: { type: list(ExcludedKol), description: 'Empty unless includeExcluded; one page of them when excludedLimit is given' },
      excludedTotal: { type: required(GraphQLInt), description: 'Accounts (and KOLs) the hard filters leave out, over all pages; 0 unless includeExcluded' },
      weights: { type: required(FitWeights) },
    },
  })
  const KolRankingFilters = new GraphQLInputObjectType({
    name: 'KolRankingFilters',
    fields: {
      kinds: { type: new GraphQLList(required(GraphQLString)) },
      verticals: { type: new GraphQLList(required(GraphQLString)) },
      tiers: { type: new GraphQLList(required(GraphQLString)) },
      maxRate: { type: GraphQLFloat, description: 'Yuan; accounts whose lowest rate is known and at most this' },
      minFollowers: { type: GraphQLFloat },
    },
  })

  const performanceFields = {
    collaborations: { type: required(GraphQLInt) },
    spend: { type: required(GraphQLFloat), description: 'Fees of the collaborations whose posts are out, yuan' },
    reach: { type: required(GraphQLFloat) },
    engagements: { type: required(GraphQLFloat) },
    orders: { type: required(GraphQLFloat) },
    gmv: { type: required(GraphQLFloat) },
    cpm: { type: GraphQLFloat },
    cpe: { type: GraphQLFloat },
    roi: { type: GraphQLFloat },
  }
  const CampaignPerformance = new GraphQLObjectType({ name: 'CampaignPerformance', fields: performanceFields })
  const CampaignReport = new GraphQLObjectType({
    name: 'CampaignReport',
    fields: {
      campaign: { type: required(GraphQLID) },
      funnel: {
        type: list(
          new GraphQLObjectType({
            name: 'CampaignFunnelStep',
            fields: { stage: { type: required(GraphQLString) }, label: { type: required(LocalizedText) }, count: { type: required(GraphQLInt) } },
          }),
        ),
      },
      budget: {
        type: required(
          new GraphQLObjectType({
            name: 'CampaignBudgetUse',
            fields: {
              total: { type: GraphQLFloat },
              committed: { type: required(GraphQLFloat) },
              settled: { type: required(GraphQLFloat) },
              remaining: { type: GraphQLFloat },
              share: { type: GraphQLFloat, description: 'Committed ÷ total' },
            },
          }),
        ),
      },
      totals: { type: required(CampaignPerformance) },
      byKol: {
        type: list(
          new GraphQLObjectType({
            name: 'KolPerformance',
            fields: { kolId: { type: required(GraphQLID) }, kolName: { type: required(GraphQLString) }, ...performanceFields },
          }),
        ),
      },
      byPlatform: {
        type: list(new GraphQLObjectType({ name: 'PlatformPerformance', fields: { platform: { type: required(GraphQLString) }, ...performanceFields } })),
      },
      kpis: {
        type: list(
          new GraphQLObjectType({
            name: 'KpiProgress',
            fields: {
              kpi: { type: required(GraphQLString) },
              target: { type: required(GraphQLFloat) },
              actual: { type: GraphQLFloat },
              progress: { type: GraphQLFloat, description: 'Actual ÷ target (target ÷ actual for CPE)' },
            },
          }),
        ),
      },
    },
  })

  const kolOf = (kol: IndexedKol | undefined, kolId: string) => ({ id: kolId, name: kol?.name ?? '', kind: kol?.kind ?? 'kol' })
  const accountOf = (kol: IndexedKol | undefined, accountId: string, platform: KolPlatform | null, tier?: string | null) => {
    const account = kol?.accounts.find((candidate) => candidate.id === accountId)
    return { id: accountId, platform, handle: account?.handle ?? null, followers: account?.followers ?? null, tier: tier ?? null }
  }

  return {
    kolFitRanking: {
      type: required(KolFitRanking),
      description: 'KOL accounts ranked by fit score for a campaign, each with its breakdown (SPEC §6)',
      args: {
        campaign: { type: required(GraphQLID) },
        platform: { type: GraphQLString, description: 'One of the campaign’s platforms; all of them when omitted' },
        limit: { type: GraphQLInt, defaultValue: 20 },
        offset: { type: GraphQLInt, defaultValue: 0 },
        filters: { type: KolRankingFilters },
        includeExcluded: { type: GraphQLBoolean, defaultValue: false },
        excludedLimit: { type: GraphQLInt, description: `How many exclusions to return (1–${MAX_LIMIT}); all of them when omitted` },
        excludedOffset: { type: GraphQLInt, defaultValue: 0 },
      },
      resolve: async (
        _: unknown,
        args: {
          campaign: string
          platform?: string | null
          limit: number
          offset: number
          filters?: RankingFilters | null
          includeExcluded: boolean
          excludedLimit?: number | null
          excludedOffset: number
        },
        { req }: Context,
      ) => {
        requireKolManager(req)
        const platform = args.platform ?? undefined
        const errors = [
          ...(platform !== undefined && !KOL_PLATFORMS.some((option) => option.value === platform)
            ? [{ path: 'platform', message: localize(req, { zh: `未知平台“${platform}”`, en: `Unknown platform “${platform}”` }) }]
            : []),
          ...(args.limit >= 1 && args.limit <= MAX_LIMIT
            ? []
            : [{ path: 'limit', message: localize(req, { zh: `limit 须在 1–${MAX_LIMIT} 之间`, en: `limit must be 1–${MAX_LIMIT}` }) }]),
          ...(args.offset >= 0 ? [] : [{ path: 'offset', message: localize(req, { zh: 'offset 不能为负', en: 'offset cannot be negative' }) }]),
          ...(args.excludedLimit == null || (args.excludedLimit >= 1 && args.excludedLimit <= MAX_LIMIT)
            ? []
            : [
                { path: 'excludedLimit', message: localize(req, { zh: `excludedLimit 须在 1–${MAX_LIMIT} 之间`, en: `excludedLimit must be 1–${MAX_LIMIT}` }) },
              ]),
          ...(args.excludedOffset >= 0
            ? []
            : [{ path: 'excludedOffset', message: localize(req, { zh: 'excludedOffset 不能为负', en: 'excludedOffset cannot be negative' }) }]),
        ]
        if (errors.length > 0) throw new ValidationError({ errors, req }, req.t)
        const campaign = await req.payload.findByID({ collection: 'campaigns', id: args.campaign, depth: 0, overrideAccess: false, user: req.user, req })
        const [{ kols, byId, peers }, facts] = await Promise.all([kolFitIndex(req.payload).current(), campaignFacts(campaign, req)])
        const ranking = rankKols(applyRankingFilters(kols, args.filters), facts, peers, {
          platform: platform as KolPlatform | undefined,
          limit: args.limit,
          offset: args.offset,
          includeExcluded: args.includeExcluded,
        })
        const excluded =
          args.excludedLimit == null
            ? ranking.excluded.slice(args.excludedOffset)
            : ranking.excluded.slice(args.excludedOffset, args.excludedOffset + args.excludedLimit)
        return {
          ...ranking,
          excludedTotal: ranking.excluded.length,
          items: ranking.items.map((item: RankedAccount) => ({
            ...item,
            kol: kolOf(byId.get(item.kolId), item.kolId),
            account: accountOf(byId.get(item.kolId), item.accountId, item.platform, item.tier),
          })),
          excluded: excluded.map((exclusion: Exclusion) => ({
            reasons: exclusion.reasons,
            kol: kolOf(byId.get(exclusion.kolId), exclusion.kolId),
            account: exclusion.accountId === null ? null : accountOf(byId.get(exclusion.kolId), exclusion.accountId, exclusion.platform),
          })),
        }
      },
    },
    campaignReport: {
      type: required(CampaignReport),
      description: 'Funnel by stage, spend against budget, reach, engagements, CPE and ROI per KOL and platform (SPEC §5)',
      args: { campaign: { type: required(GraphQLID) } },
      resolve: async (_: unknown, args: { campaign: string }, { req }: Context) => {
        requireKolManager(req)
        const campaign = await req.payload.findByID({ collection: 'campaigns', id: args.campaign, depth: 0, overrideAccess: false, user: req.user, req })
        const { docs } = await req.payload.find({
          collection: 'collaborations',
          where: { campaign: { equals: campaign.id } },
          select: { kol: true, platform: true, stage: true, fee: true, results: true },
          depth: 0,
          pagination: false,
          overrideAccess: true,
          req,
        })
        const kolIds = [...new Set(docs.map((doc) => idOf(doc.kol)).filter((id) => id !== null))]
        const { docs: kols } = await req.payload.find({
          collection: 'kols',
          where: { id: { in: kolIds } },
          select: { name: true },
          depth: 0,
          pagination: false,
          overrideAccess: true,
          req,
        })
        const names = new Map(kols.map((kol) => [String(kol.id), kol.name]))
        const report = campaignReport(
          {
            budget: campaign.budget?.total ?? null,
            reach: campaign.kpis?.reach ?? null,
            engagements: campaign.kpis?.engagements ?? null,
            gmv: campaign.kpis?.gmv ?? null,
            targetCpe: campaign.kpis?.targetCpe ?? null,
          },
          docs.map((doc) => ({
            kolId: String(idOf(doc.kol)),
            kolName: names.get(String(idOf(doc.kol))) ?? '',
            platform: doc.platform,
            stage: doc.stage,
            fee: doc.fee ?? null,
            views: doc.results?.views ?? 0,
            engagements: doc.results?.engagements ?? 0,
            orders: doc.results?.orders ?? 0,
            gmv: doc.results?.gmv ?? 0,
          })),
        )
        return {
          campaign: campaign.id,
          ...report,
          funnel: report.funnel.map((step) => ({ ...step, label: STAGE_LABELS[step.stage] })),
        }
      },
    },
  }
}
