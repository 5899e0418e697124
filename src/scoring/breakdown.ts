/** The explanation of one score: each component's inputs, value and contribution (SPEC §6). */
import type { Localized } from '../i18n/localized'
import { countOrNull, cpe, tierOf } from '../metrics'
import type { CampaignContext } from './campaign'
import { ageShare, cityShare, genderShare, pricedEngagements, relevanceMatches, shareOrNull } from './components'
import { SCORE_COMPONENTS, SCORING_CONFIG } from './config'
import { COMPONENT_COUNT, type Estimates } from './engine'
import { percent } from './format'
import { standingOf, type PeerStats } from './peers'
import { roundTo } from './statistics'
import type { AccountFacts, ComponentScore, KolFacts, ScoreComponent, ScoredAccount } from './types'

type Inputs = ComponentScore['inputs']

const NOT_APPLICABLE: Partial<Record<ScoreComponent, Localized>> = {
  audience: {
    zh: '活动未设定目标人群（或人群不限），此项不计分',
    en: 'The campaign sets no target persona (or one that takes everyone), so audience does not count',
  },
  relevance: {
    zh: '活动未设定垂类或内容风格，此项不计分',
    en: 'The campaign names no verticals or styles, so relevance does not count',
  },
  cost: {
    zh: '活动未设定目标 CPE，此项不计分',
    en: 'The campaign sets no target CPE, so cost does not count',
  },
}

const ESTIMATED_AT_MEDIAN: Localized = {
  zh: '缺少数据，按同平台账号的中位数估算',
  en: 'No data: estimated at the median of accounts on this platform',
}
const ESTIMATED_AT_DEFAULT: Localized = {
  zh: '缺少数据，同平台也没有可参考的数据，按默认值估算',
  en: 'No data here or on this platform: estimated at the default',
}

const benchmarkNote = (benchmark: number): Localized => {
  const { minPeerGroupSize, benchmarkMultipleForFullScore: multiple } = SCORING_CONFIG
  return {
    zh: `同平台同层级的可比账号不足 ${minPeerGroupSize} 个，改与平台基准互动率 ${percent(benchmark)} 比较（${multiple} 倍基准为满分）`,
    en: `Fewer than ${minPeerGroupSize} comparable accounts on this platform and tier: compared with the benchmark rate of ${percent(benchmark)} (${multiple}× scores full)`,
  }
}

type Explained = { inputs: Inputs; note: Localized | null }

const { decimals } = SCORING_CONFIG
const rounded =
  (places: number) =>
  (value: number | null): number | null =>
    value === null ? null : roundTo(value, places)
const asShare = rounded(decimals.share)
const asRate = rounded(decimals.rate)
const asAmount = rounded(decimals.amount)

/** Each component's inputs, from the same functions that computed its value. */
const EXPLAIN: Record<
  ScoreComponent,
  (kol: KolFacts, account: AccountFacts, context: CampaignContext, peers: PeerStats) => Explained
> = {
  audience: (_kol, account, { audience }) => ({
    inputs: {
      gender: audience?.gender ?? 'any',
      shareOfGender: asShare(audience?.gender ? genderShare(account, audience.gender) : null),
      shareInAgeRange: asShare(audience?.ageParts ? ageShare(account, audience.ageParts) : null),
      shareInCityTiers: asShare(audience?.cityParts ? cityShare(account, audience.cityParts) : null),
    },
    note: null,
  }),
  relevance: (kol, _account, context) => {
    const matches = relevanceMatches(kol, context)
    return {
      inputs: {
        matched: matches?.join(', ') ?? null,
        matchedCount: matches?.length ?? null,
        campaignTerms: context.verticals.length + context.styles.length,
      },
      note: null,
    }
  },
  engagement: (_kol, account, _context, peers) => {
    const standing = standingOf(account, peers)
    return {
      inputs: {
        rate: asRate(standing?.rate ?? null),
        formula: standing?.formula ?? null,
        peerPlatform: account.platform,
        peerTier: tierOf(account.platform, account.followers),
        peerGroupSize: standing?.peerGroupSize ?? null,
        benchmark: standing?.benchmark ?? null,
      },
      note: standing?.benchmark ? benchmarkNote(standing.benchmark) : null,
    }
  },
  authenticity: (_kol, account) => ({
    inputs: { fakeFollowerRatio: asShare(shareOrNull(account.fakeFollowerRatio)) },
    note: null,
  }),
  cost: (_kol, account, context) => {
    const rate = countOrNull(account.rate)
    const engagements = pricedEngagements(account, context.campaign.weightedCpe)
    return {
      inputs: {
        rate,
        engagements: asAmount(engagements),
        weightedCpe: context.campaign.weightedCpe,
        expectedCpe: asAmount(cpe(rate, engagements)),
        targetCpe: context.targetCpe,
      },
      note: null,
    }
  },
  reputation: ({ reputation }) => {
    const settled = countOrNull(reputation.settled)
    const perSettled = (count: number): number | null => {
      const known = countOrNull(count)
      return settled && known !== null ? known / settled : null
    }
    return {
      inputs: {
        settled,
        averageRating: asAmount(perSettled(reputation.ratingSum)),
        onTimeShare: asShare(perSettled(reputation.onTime)),
      },
      note: null,
    }
  },
}

/** Where an account's component values sit (NaN where missing) and the score scoreOf gave them. */
type ScoredRow = { values: Float64Array; offset: number; platformIndex: number; damping: number; score: number }

export function describeScore(
  kol: KolFacts,
  account: AccountFacts,
  { values, offset, platformIndex, damping, score }: ScoredRow,
  context: CampaignContext,
  peers: PeerStats,
  estimates: Estimates,
): ScoredAccount {
  let confidence = 0
  const breakdown = SCORE_COMPONENTS.map((component, index): ComponentScore => {
    const share = context.weightShares[index]
    if (!context.applicable[component]) {
      return {
        component,
        weight: 0,
        value: 0,
        contribution: 0,
        estimated: false,
        applicable: false,
        inputs: {},
        note: NOT_APPLICABLE[component] ?? null,
      }
    }
    const real = values[offset + index]
    const estimated = Number.isNaN(real)
    const estimateAt = platformIndex * COMPONENT_COUNT + index
    const value = estimated ? estimates.values[estimateAt] : real
    if (!estimated) confidence += share
    const { inputs, note } = EXPLAIN[component](kol, account, context, peers)
    const fromMedian = estimates.fromMedian[estimateAt] === 1
    return {
      component,
      weight: roundTo(share, decimals.share),
      value: roundTo(value, decimals.share),
      contribution: roundTo(100 * share * value, decimals.contribution),
      estimated,
      applicable: true,
      inputs: estimated ? { ...inputs, estimatedFrom: fromMedian ? 'platform-median' : 'default' } : inputs,
      note: estimated ? (fromMedian ? ESTIMATED_AT_MEDIAN : ESTIMATED_AT_DEFAULT) : note,
    }
  })
  return {
    kolId: kol.id,
    accountId: account.id,
    platform: account.platform,
    tier: tierOf(account.platform, account.followers),
    score: roundTo(score, decimals.score),
    confidence: roundTo(confidence, decimals.share),
    damping: roundTo(damping, decimals.share),
    breakdown,
  }
}
