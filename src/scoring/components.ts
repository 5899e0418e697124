/** Each component's value in [0, 1] from one account's facts, or null when the data is missing (SPEC §6). */
import { countOrNull, cpe, TIER_THRESHOLDS, weightedEngagements } from '../metrics'
import { AGE_BANDS, CITY_TIERS } from '../taxonomy/audience'
import type { AudienceTarget, CampaignContext } from './campaign'
import { SCORING_CONFIG } from './config'
import type { AccountFacts, Distribution, KolFacts, ReputationRecord } from './types'

/** A share from outside data: a finite number is clamped into 0..1, anything else is unknown. */
export const shareOrNull = (value: number | null | undefined): number | null =>
  typeof value === 'number' && Number.isFinite(value) ? Math.min(1, Math.max(0, value)) : null

const AGE_BAND_VALUES = AGE_BANDS.map(({ value }) => value)
const CITY_TIER_VALUES = CITY_TIERS.map(({ value }) => value)

/**
 * Σ share × the part of it inside the persona, capped at 1. Shares not reported count as outside:
 * assuming they were spread like the reported ones could raise a score on missing data. null when
 * nothing is known.
 */
function shareInside<K extends string>(
  distribution: Distribution<K> | null,
  keys: readonly K[],
  partsInside: readonly number[],
): number | null {
  if (!distribution) return null
  let known = false
  let total = 0
  for (let index = 0; index < keys.length; index++) {
    const share = shareOrNull(distribution[keys[index]])
    if (share === null) continue
    known = true
    total += share * partsInside[index]
  }
  return known ? Math.min(1, total) : null
}

export function genderShare(account: AccountFacts, gender: 'female' | 'male'): number | null {
  const female = shareOrNull(account.femaleShare)
  if (female === null) return null
  return gender === 'female' ? female : 1 - female
}

/** `parts`: AudienceTarget.ageParts. */
export const ageShare = (account: AccountFacts, parts: readonly number[]): number | null =>
  shareInside(account.ageBands, AGE_BAND_VALUES, parts)

/** `parts`: AudienceTarget.cityParts. */
export const cityShare = (account: AccountFacts, parts: readonly number[]): number | null =>
  shareInside(account.cityTiers, CITY_TIER_VALUES, parts)

/** P(gender) × P(age in range) × P(city tier in set), over the dimensions the persona narrows. */
export function audienceValue(account: AccountFacts, target: AudienceTarget): number | null {
  let value = 1
  if (target.gender) {
    const share = genderShare(account, target.gender)
    if (share === null) return null
    value *= share
  }
  if (target.ageParts) {
    const share = ageShare(account, target.ageParts)
    if (share === null) return null
    value *= share
  }
  if (target.cityParts) {
    const share = cityShare(account, target.cityParts)
    if (share === null) return null
    value *= share
  }
  return value
}

/** The campaign's verticals and styles the KOL also lists; null when the KOL lists none at all. */
export function relevanceMatches(kol: KolFacts, context: CampaignContext): string[] | null {
  if (kol.verticals.length === 0 && kol.styles.length === 0) return null
  return [
    ...context.verticals.filter((vertical) => kol.verticals.includes(vertical)),
    ...context.styles.filter((style) => kol.styles.includes(style)),
  ]
}

/** |K ∩ C| / |C| over verticals and styles. */
export function relevanceValue(kol: KolFacts, context: CampaignContext): number | null {
  const matches = relevanceMatches(kol, context)
  return matches === null ? null : matches.length / (context.verticals.length + context.styles.length)
}

export function authenticityValue(account: AccountFacts): number | null {
  const fake = shareOrNull(account.fakeFollowerRatio)
  return fake === null ? null : 1 - fake
}

/** Engagements per post as the campaign prices them: weighted (SPEC §6 option) or plain. */
export const pricedEngagements = (account: AccountFacts, weightedCpe: boolean): number | null =>
  weightedCpe
    ? account.engagementMix && weightedEngagements(account.engagementMix)
    : countOrNull(account.avgEngagements)

/** target CPE ÷ expected CPE (rate ÷ engagements), capped at 1. */
export function costValue(account: AccountFacts, context: CampaignContext): number | null {
  const rate = countOrNull(account.rate)
  const engagements = pricedEngagements(account, context.campaign.weightedCpe)
  if (rate === null || engagements === null || context.targetCpe === null) return null
  // A free collaboration (an employee IP) cannot cost too much per engagement.
  if (rate === 0) return 1
  const expectedCpe = cpe(rate, engagements)
  // Paying for no engagement at all buys nothing.
  return expectedCpe === null ? 0 : Math.min(1, context.targetCpe / expectedCpe)
}

/**
 * Bayesian mean of the ratings (prior 3.5 of 5 worth 2 ratings) scaled to 0..1, × on-time share
 * (SPEC §6). null before the first settled collaboration: the prior alone is not a record.
 */
export function reputationScore(record: ReputationRecord): number | null {
  const settled = countOrNull(record.settled)
  const ratingSum = countOrNull(record.ratingSum)
  const onTime = countOrNull(record.onTime)
  if (!settled || ratingSum === null || onTime === null) return null
  const { priorRating, priorWeight, lowestRating, highestRating } = SCORING_CONFIG.reputation
  const mean = (priorRating * priorWeight + ratingSum) / (priorWeight + settled)
  const scaled = Math.min(1, Math.max(0, (mean - lowestRating) / (highestRating - lowestRating)))
  return scaled * Math.min(1, onTime / settled)
}

/** Size damping: 1 up to the platform's 头部 threshold, shrinking slowly above it; 1 for an unknown size. */
export function dampingFactor(account: AccountFacts, enabled: boolean): number {
  const followers = countOrNull(account.followers)
  const { head } = TIER_THRESHOLDS[account.platform]
  if (!enabled || followers === null || followers <= head) return 1
  return (head / followers) ** SCORING_CONFIG.sizeDampingExponent
}
