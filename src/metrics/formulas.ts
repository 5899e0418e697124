import { countOrNull, type Figure } from './numbers'

export const ENGAGEMENT_FORMULAS = ['engagements/views', 'engagements/followers'] as const

export type EngagementFormula = (typeof ENGAGEMENT_FORMULAS)[number]

/** The formula travels with the figure (SPEC §6): a per-view and a per-follower rate are not comparable. */
export type EngagementRate = { value: number; formula: EngagementFormula }

export type EngagementCounts = { likes: Figure; comments: Figure; shares: Figure; saves: Figure }

/** Weighted CPE counts the actions that cost a viewer more effort higher (SPEC §6). */
export const ENGAGEMENT_WEIGHTS = { likes: 1, comments: 3, shares: 5, saves: 5 } as const

const ENGAGEMENT_KINDS = Object.keys(ENGAGEMENT_WEIGHTS) as (keyof EngagementCounts)[]

/** numerator / denominator, or null when either is unknown or the denominator is 0. */
const ratio = (numerator: Figure, denominator: Figure): number | null => {
  const top = countOrNull(numerator)
  const bottom = countOrNull(denominator)
  return top === null || bottom === null || bottom === 0 ? null : top / bottom
}

/** Engagements per view where views are known, else per follower (SPEC §6). */
export function engagementRate({
  engagements,
  views,
  followers,
}: {
  engagements: Figure
  views: Figure
  followers: Figure
}): EngagementRate | null {
  const perView = ratio(engagements, views)
  if (perView !== null) return { value: perView, formula: 'engagements/views' }
  const perFollower = ratio(engagements, followers)
  return perFollower === null ? null : { value: perFollower, formula: 'engagements/followers' }
}

/** Σ weight × count over the known counts; null when none is known. */
const sumEngagements = (counts: EngagementCounts, weightOf: (kind: keyof EngagementCounts) => number) => {
  let total: number | null = null
  for (const kind of ENGAGEMENT_KINDS) {
    const count = countOrNull(counts[kind])
    if (count !== null) total = (total ?? 0) + weightOf(kind) * count
  }
  return total
}

export const plainEngagements = (counts: EngagementCounts): number | null => sumEngagements(counts, () => 1)

export const weightedEngagements = (counts: EngagementCounts): number | null =>
  sumEngagements(counts, (kind) => ENGAGEMENT_WEIGHTS[kind])

/** Cost per thousand views, in yuan (SPEC §5). */
export const cpm = (fee: Figure, views: Figure): number | null => {
  const perView = ratio(fee, views)
  return perView === null ? null : perView * 1000
}

/** Cost per engagement, in yuan (SPEC §5). */
export const cpe = (fee: Figure, engagements: Figure): number | null => ratio(fee, engagements)

/** GMV per yuan of fee (SPEC §5). */
export const roi = (gmv: Figure, fee: Figure): number | null => ratio(gmv, fee)
