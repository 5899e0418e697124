import {
  ENGAGEMENT_FORMULAS,
  engagementRate,
  KOL_TIERS,
  tierOf,
  type EngagementFormula,
  type KolTier,
} from '../metrics'
import { KOL_PLATFORMS, type KolPlatform } from '../taxonomy/kols'
import { authenticityValue, reputationScore } from './components'
import { SCORING_CONFIG } from './config'
import { median, midRankPercentile } from './statistics'
import type { AccountFacts, KolFacts } from './types'

/** The components whose data does not depend on the campaign, so their medians are computed once. */
export type PopulationComponent = 'engagement' | 'authenticity' | 'reputation'

/** Rates are only comparable with the same formula, so a peer group is platform × tier × formula. */
type PeerGroups<Group> = Record<KolPlatform, Record<KolTier, Record<EngagementFormula, Group>>>

/**
 * What ranking needs from the whole KOL population, independent of any campaign: build it once with
 * buildPeerStats and rebuild it when KOL data changes.
 */
export type PeerStats = {
  /** The KOLs it was built from; explainFit takes the campaign-dependent medians over them. */
  population: readonly KolFacts[]
  /** Each peer group's engagement rates, ascending. */
  engagementGroups: PeerGroups<Float64Array>
  /** Per platform, the median of each component's real values; null when no account has any. */
  medians: Record<KolPlatform, Record<PopulationComponent, number | null>>
  /**
   * Each population account's engagement standing, by object: ranking reads it instead of recomputing
   * it, and an account object it was not built from (new or edited facts) gets computed afresh.
   */
  standings: WeakMap<AccountFacts, EngagementStanding | null>
}

/** Where an account's engagement rate stands: in its peer group, or against the platform benchmark. */
export type EngagementStanding = {
  rate: number
  formula: EngagementFormula
  /** The accounts in its platform × tier × formula group (0 when the tier is unknown). */
  peerGroupSize: number
  /** The benchmark rate used when the group is below the minimum size; null when ranked in the group. */
  benchmark: number | null
  value: number
}

const accountRate = (account: AccountFacts) =>
  engagementRate({ engagements: account.avgEngagements, views: account.avgViews, followers: account.followers })

/** null when the account has no engagement rate. */
function engagementStanding(account: AccountFacts, groups: PeerGroups<Float64Array>): EngagementStanding | null {
  const rate = accountRate(account)
  if (!rate) return null
  const tier = tierOf(account.platform, account.followers)
  const group = tier === null ? null : groups[account.platform][tier][rate.formula]
  const peerGroupSize = group?.length ?? 0
  if (group && peerGroupSize >= SCORING_CONFIG.minPeerGroupSize) {
    return {
      rate: rate.value,
      formula: rate.formula,
      peerGroupSize,
      benchmark: null,
      value: midRankPercentile(group, rate.value),
    }
  }
  const benchmark = SCORING_CONFIG.engagementBenchmarks[account.platform][rate.formula]
  const value = Math.min(1, rate.value / benchmark / SCORING_CONFIG.benchmarkMultipleForFullScore)
  return { rate: rate.value, formula: rate.formula, peerGroupSize, benchmark, value }
}

const perPlatform = <T>(make: (platform: KolPlatform) => T): Record<KolPlatform, T> =>
  Object.fromEntries(KOL_PLATFORMS.map(({ value }) => [value, make(value)])) as Record<KolPlatform, T>

const peerGroups = <Group>(
  make: (platform: KolPlatform, tier: KolTier, formula: EngagementFormula) => Group,
): PeerGroups<Group> =>
  perPlatform(
    (platform) =>
      Object.fromEntries(
        KOL_TIERS.map(({ value: tier }) => [
          tier,
          Object.fromEntries(ENGAGEMENT_FORMULAS.map((formula) => [formula, make(platform, tier, formula)])),
        ]),
      ) as Record<KolTier, Record<EngagementFormula, Group>>,
  )

export function buildPeerStats(kols: readonly KolFacts[]): PeerStats {
  const rates = peerGroups((): number[] => [])
  for (const kol of kols) {
    for (const account of kol.accounts) {
      const rate = accountRate(account)
      const tier = tierOf(account.platform, account.followers)
      if (rate && tier !== null) rates[account.platform][tier][rate.formula].push(rate.value)
    }
  }
  const engagementGroups = peerGroups((platform, tier, formula) =>
    Float64Array.from(rates[platform][tier][formula]).sort(),
  )

  const standings = new WeakMap<AccountFacts, EngagementStanding | null>()
  const values = perPlatform((): Record<PopulationComponent, number[]> => ({
    engagement: [],
    authenticity: [],
    reputation: [],
  }))
  for (const kol of kols) {
    const reputation = reputationScore(kol.reputation)
    for (const account of kol.accounts) {
      const platformValues = values[account.platform]
      const standing = engagementStanding(account, engagementGroups)
      standings.set(account, standing)
      const engagement = standing?.value ?? null
      const authenticity = authenticityValue(account)
      if (engagement !== null) platformValues.engagement.push(engagement)
      if (authenticity !== null) platformValues.authenticity.push(authenticity)
      if (reputation !== null) platformValues.reputation.push(reputation)
    }
  }
  const medians = perPlatform((platform) => {
    const { engagement, authenticity, reputation } = values[platform]
    return { engagement: median(engagement), authenticity: median(authenticity), reputation: median(reputation) }
  })
  return { population: kols, engagementGroups, medians, standings }
}

export function standingOf(account: AccountFacts, peers: PeerStats): EngagementStanding | null {
  const known = peers.standings.get(account)
  return known === undefined ? engagementStanding(account, peers.engagementGroups) : known
}
