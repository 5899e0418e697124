/**
 * Every number the fit score uses, in one place (SPEC §6). "(default)" marks our own editable
 * defaults rather than figures the SPEC fixes.
 */
import type { EngagementFormula } from '../metrics'
import type { AgeBand } from '../taxonomy/audience'
import type { CampaignType, KolPlatform } from '../taxonomy/kols'
import type { ScoreComponent, Weights } from './types'

/** The order of every breakdown. */
export const SCORE_COMPONENTS = [
  'audience',
  'relevance',
  'engagement',
  'authenticity',
  'cost',
  'reputation',
] as const satisfies readonly ScoreComponent[]

/** SPEC §6. */
export const DEFAULT_WEIGHTS: Readonly<Weights> = {
  audience: 0.3,
  relevance: 0.2,
  engagement: 0.15,
  authenticity: 0.15,
  cost: 0.1,
  reputation: 0.1,
}

/** Per campaign type (default); a campaign overrides any of them (SPEC §6). Each row sums to 1. */
export const WEIGHTS_BY_CAMPAIGN_TYPE: Record<CampaignType, Readonly<Weights>> = {
  // 种草 is the case SPEC §6's defaults describe: reaching the right people with the right content.
  seeding: DEFAULT_WEIGHTS,
  // 直播带货 sells in the room: an audience that interacts, at a price per engagement that pays back.
  live_stream: { audience: 0.2, relevance: 0.15, engagement: 0.25, authenticity: 0.1, cost: 0.2, reputation: 0.1 },
  // 见面会/沙龙 need followers who can come (city tiers) and a KOL who shows up and behaves.
  offline_event: { audience: 0.35, relevance: 0.15, engagement: 0.1, authenticity: 0.1, cost: 0.1, reputation: 0.2 },
  // 联名款 puts the KOL's name on the product: fit with the brand and a clean, reliable record first.
  co_branded: { audience: 0.2, relevance: 0.25, engagement: 0.1, authenticity: 0.2, cost: 0.05, reputation: 0.2 },
  // 拼团/邀请有礼 spreads by sharing: engagement, and many cheap engagements.
  fission: { audience: 0.2, relevance: 0.1, engagement: 0.3, authenticity: 0.15, cost: 0.2, reputation: 0.05 },
}

/** SPEC §6 (default): above this 水粉率 an account is excluded. */
const fakeFollowerLimit = 0.25

/** SPEC §6: Bayesian mean of 1–5 ratings (SPEC §5) with a prior of 3.5 worth 2 ratings. */
const reputation = { priorRating: 3.5, priorWeight: 2, lowestRating: 1, highestRating: 5 }

export const SCORING_CONFIG = {
  fakeFollowerLimit,
  reputation,
  /** (default) Below this many accounts, a platform × tier percentile says little: use the benchmark. */
  minPeerGroupSize: 20,
  /**
   * (default) Typical engagement rates, our assumption until enough collected data replaces them,
   * per view (likes+comments+shares+saves / views) and per follower. 公众号 counts 阅读 as views.
   */
  engagementBenchmarks: {
    xiaohongshu: { 'engagements/views': 0.05, 'engagements/followers': 0.03 },
    douyin: { 'engagements/views': 0.03, 'engagements/followers': 0.02 },
    weibo: { 'engagements/views': 0.01, 'engagements/followers': 0.003 },
    'wechat-channels': { 'engagements/views': 0.03, 'engagements/followers': 0.02 },
    'wechat-oa': { 'engagements/views': 0.02, 'engagements/followers': 0.005 },
  } satisfies Record<KolPlatform, Record<EngagementFormula, number>>,
  /** SPEC §6: against the benchmark, twice the benchmark rate scores 1. */
  benchmarkMultipleForFullScore: 2,
  /**
   * The years each reported age band covers, for the share of a band inside the persona's range.
   * (default) Platforms report no one under 13 or over 64 in practice, so the open bands stop there.
   */
  ageBandYears: {
    'under-18': { from: 13, to: 17 },
    '18-24': { from: 18, to: 24 },
    '25-34': { from: 25, to: 34 },
    '35-44': { from: 35, to: 44 },
    '45-plus': { from: 45, to: 64 },
  } satisfies Record<AgeBand, { from: number; to: number }>,
  /**
   * (default) What a missing component counts as when no account on the platform has real data
   * for it either, so there is no median to take.
   */
  fallbackValues: {
    // Nothing known either way: the middle.
    audience: 0.5,
    relevance: 0.5,
    cost: 0.5,
    // The median of any percentile.
    engagement: 0.5,
    // The worst ratio that passes the filter, so unknown never beats a known-clean account.
    authenticity: 1 - fakeFollowerLimit,
    // The prior alone: what the Bayesian mean says with no history.
    reputation:
      (reputation.priorRating - reputation.lowestRating) / (reputation.highestRating - reputation.lowestRating),
  } satisfies Record<ScoreComponent, number>,
  /**
   * (default) Size damping multiplies the score by (head / followers) ^ exponent above the platform's
   * 头部 threshold (TIER_THRESHOLDS): 1 up to it, 0.71 at 10× it, 0.50 at 100× it.
   */
  sizeDampingExponent: 0.15,
  /** An exclusivity "until" a date runs to the end of that day, Beijing time (contracts use local dates). */
  endOfContractDay: 'T23:59:59.999+08:00',
  /**
   * Decimal places in the output; sorting uses the unrounded score. Shares include weights, values
   * and ratios; rates are engagement rates; amounts are yuan and engagement counts.
   */
  decimals: { score: 1, contribution: 2, share: 3, rate: 4, amount: 2 },
}
