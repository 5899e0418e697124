import { countOrNull } from '../metrics'
import { AGE_BANDS, CITY_TIERS, type Vertical } from '../taxonomy/audience'
import type { KolPlatform } from '../taxonomy/kols'
import { SCORE_COMPONENTS, SCORING_CONFIG } from './config'
import type { CampaignFacts, Persona, ScoreComponent, Weights } from './types'
import { resolveWeights } from './weights'

/** The dimensions a persona actually narrows; null = that dimension lets everyone in. */
export type AudienceTarget = {
  gender: 'female' | 'male' | null
  /** In AGE_BANDS order, the share of each band's years inside the persona's age range. */
  ageParts: readonly number[] | null
  /** In CITY_TIERS order, 1 for a tier in the persona's set, else 0. */
  cityParts: readonly number[] | null
}

/** A campaign digested once per ranking, so that the per-account loop only does arithmetic. */
export type CampaignContext = {
  campaign: CampaignFacts
  platforms: readonly KolPlatform[]
  /** Resolved for the type and overrides. */
  weights: Weights
  /** Which components the campaign gives something to measure against. */
  applicable: Record<ScoreComponent, boolean>
  /**
   * Each component's share of the applicable weight, in SCORE_COMPONENTS order: 0 where it does not
   * apply; all 0 when no weight applies at all.
   */
  weightShares: readonly number[]
  audience: AudienceTarget | null
  verticals: readonly Vertical[]
  styles: readonly string[]
  targetCpe: number | null
  remainingBudget: number | null
  fakeFollowerLimit: number
  /** ms since the epoch; NaN when the campaign's `now` is unreadable. */
  now: number
}

const unique = <T>(values: readonly T[]): T[] => [...new Set(values)]

/** Integer years: a persona of 18–34 takes all of 25–34 and none of 35–44. */
function ageParts(ageMin: number, ageMax: number): number[] | null {
  const lowest = Number.isFinite(ageMin) ? Math.ceil(ageMin) : -Infinity
  const highest = Number.isFinite(ageMax) ? Math.floor(ageMax) : Infinity
  const parts = AGE_BANDS.map(({ value: band }) => {
    const { from, to } = SCORING_CONFIG.ageBandYears[band]
    const yearsInside = Math.min(highest, to) - Math.max(lowest, from) + 1
    return Math.max(0, yearsInside) / (to - from + 1)
  })
  return parts.every((part) => part === 1) ? null : parts
}

function audienceTarget(persona: Persona | null): AudienceTarget | null {
  if (!persona) return null
  const tiers = unique(persona.cityTiers)
  const target: AudienceTarget = {
    gender: persona.gender === 'any' ? null : persona.gender,
    ageParts: ageParts(persona.ageMin, persona.ageMax),
    // Every tier listed lets everyone in, like none listed.
    cityParts:
      tiers.length === 0 || CITY_TIERS.every(({ value }) => tiers.includes(value))
        ? null
        : CITY_TIERS.map(({ value }) => (tiers.includes(value) ? 1 : 0)),
  }
  // A persona that narrows nothing would add the same points to every account.
  return target.gender || target.ageParts || target.cityParts ? target : null
}

const shareLimit = (limit: number | null): number =>
  limit !== null && Number.isFinite(limit) && limit >= 0 && limit <= 1 ? limit : SCORING_CONFIG.fakeFollowerLimit

/** `platform` narrows the ranking to one of the campaign's platforms (one outside them leaves none). */
export function campaignContext(campaign: CampaignFacts, platform?: KolPlatform): CampaignContext {
  const weights = resolveWeights(campaign.type, campaign.weights)
  const audience = audienceTarget(campaign.persona)
  const verticals = unique(campaign.verticals)
  const styles = unique(campaign.styles)
  const targetCpe = countOrNull(campaign.targetCpe)
  const applicable: Record<ScoreComponent, boolean> = {
    audience: audience !== null,
    relevance: verticals.length + styles.length > 0,
    engagement: true,
    authenticity: true,
    cost: targetCpe !== null && targetCpe > 0,
    reputation: true,
  }
  const activeWeights = SCORE_COMPONENTS.map((component) => (applicable[component] ? weights[component] : 0))
  // Scaling by the largest weight first keeps huge overrides from overflowing the sum.
  const largest = Math.max(...activeWeights)
  const scaled = largest > 0 ? activeWeights.map((weight) => weight / largest) : activeWeights
  const total = scaled.reduce((sum, weight) => sum + weight, 0)
  const platforms = unique(campaign.platforms)
  const budget = campaign.remainingBudget
  return {
    campaign,
    platforms: platform === undefined ? platforms : platforms.filter((candidate) => candidate === platform),
    weights,
    applicable,
    weightShares: total > 0 ? scaled.map((weight) => weight / total) : scaled,
    audience,
    verticals,
    styles,
    targetCpe: applicable.cost ? targetCpe : null,
    // A negative remaining budget (overspent) is real: every known rate is over it.
    remainingBudget: budget !== null && Number.isFinite(budget) ? budget : null,
    fakeFollowerLimit: shareLimit(campaign.fakeFollowerLimit),
    now: Date.parse(campaign.now),
  }
}
