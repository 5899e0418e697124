import type { ProductCategory } from '../compliance'
import type { Localized } from '../i18n/localized'
import type { KolTier } from '../metrics'
import type { AgeBand, CityTier, Vertical } from '../taxonomy/audience'
import type { CampaignType, KolPlatform } from '../taxonomy/kols'

export type ScoreComponent = 'audience' | 'relevance' | 'engagement' | 'authenticity' | 'cost' | 'reputation'

export type Weights = Record<ScoreComponent, number>

/** Shares 0..1 of an audience; platforms round, so they need not sum exactly to 1. */
export type Distribution<K extends string> = Partial<Record<K, number>>

/** Counts over the KOL's settled collaborations: how many, the sum of their 1–5 ratings, how many on time. */
export type ReputationRecord = { settled: number; ratingSum: number; onTime: number }

export type AccountFacts = {
  /** Unique across all KOLs. */
  id: string
  platform: KolPlatform
  followers: number | null
  avgViews: number | null
  /** likes + comments + shares + saves per post. */
  avgEngagements: number | null
  /** Per-post averages, for weighted CPE. */
  engagementMix: { likes: number; comments: number; shares: number; saves: number } | null
  /** 水粉率, 0..1. */
  fakeFollowerRatio: number | null
  femaleShare: number | null
  ageBands: Distribution<AgeBand> | null
  cityTiers: Distribution<CityTier> | null
  /** The cheapest price on the account's rate card for this platform, in yuan. */
  rate: number | null
}

export type Exclusivity = {
  category: ProductCategory
  /** null: exclusive in the category, to a brand not named here, so it conflicts with every campaign. */
  brandId: string | null
  /** ISO date (the whole day counts, Beijing time) or date-time. */
  until: string
}

export type KolFacts = {
  id: string
  verticals: readonly Vertical[]
  styles: readonly string[]
  /** Any flag excludes the KOL. */
  brandSafetyFlags: readonly string[]
  exclusivities: readonly Exclusivity[]
  reputation: ReputationRecord
  accounts: readonly AccountFacts[]
}

export type Persona = {
  gender: 'female' | 'male' | 'any'
  ageMin: number
  ageMax: number
  /** Empty: every city tier. */
  cityTiers: readonly CityTier[]
}

export type CampaignFacts = {
  type: CampaignType
  brandId: string
  /** Decides exclusivity conflicts. */
  category: ProductCategory
  platforms: readonly KolPlatform[]
  verticals: readonly Vertical[]
  styles: readonly string[]
  persona: Persona | null
  /** null: no budget set, so no budget filter. */
  remainingBudget: number | null
  /** Yuan per engagement; per weighted engagement when weightedCpe. */
  targetCpe: number | null
  weightedCpe: boolean
  sizeDamping: boolean
  /** Overrides of the campaign type's weights; missing keys keep the type's. */
  weights: Partial<Weights> | null
  /** null: the configured default. */
  fakeFollowerLimit: number | null
  /** ISO; decides whether an exclusivity is still active. */
  now: string
}

export type ExclusionCode =
  'no-account-on-platform' | 'exclusivity-conflict' | 'brand-safety' | 'over-budget' | 'fake-followers'

export type ExclusionReason = { code: ExclusionCode; message: Localized }

export type Exclusion = {
  kolId: string
  /** null when the whole KOL is out for want of an account on the campaign's platforms. */
  accountId: string | null
  platform: KolPlatform | null
  reasons: ExclusionReason[]
}

export type ComponentScore = {
  component: ScoreComponent
  /** This component's share of the applicable weights, 0..1. */
  weight: number
  value: number
  /** Points of the 0..100 score, before size damping. */
  contribution: number
  /** The value is a platform median or default standing in for missing data. */
  estimated: boolean
  /** false: the campaign gives nothing to measure it against, so its weight is 0. */
  applicable: boolean
  inputs: Record<string, number | string | boolean | null>
  note: Localized | null
}

export type ScoredAccount = {
  kolId: string
  accountId: string
  platform: KolPlatform
  tier: KolTier | null
  score: number
  /** Share of the applicable weight backed by real data, 0..1. */
  confidence: number
  /** The size-damping factor applied to the score; 1 when damping is off. */
  damping: number
  /** In SCORE_COMPONENTS order. */
  breakdown: ComponentScore[]
}

export type RankedAccount = ScoredAccount & {
  /** 1-based, over all ranked accounts. */
  rank: number
}

export type Ranking = {
  /** How many accounts were ranked (all pages). */
  total: number
  /** The requested page. */
  items: RankedAccount[]
  /** Empty unless includeExcluded. */
  excluded: Exclusion[]
  /** Resolved for the campaign type and overrides, before inapplicable components are zeroed. */
  weights: Weights
}

export type RankOptions = {
  /** Narrows the ranking to one of the campaign's platforms. */
  platform?: KolPlatform
  limit: number
  offset?: number
  includeExcluded?: boolean
}

export type FitExplanation = ({ eligible: true } & ScoredAccount) | { eligible: false; exclusion: Exclusion }
