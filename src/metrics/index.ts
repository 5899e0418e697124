export {
  cpe,
  cpm,
  ENGAGEMENT_FORMULAS,
  ENGAGEMENT_WEIGHTS,
  engagementRate,
  plainEngagements,
  roi,
  weightedEngagements,
  type EngagementCounts,
  type EngagementFormula,
  type EngagementRate,
} from './formulas'
export { countOrNull, type Figure } from './numbers'
export { KOL_TIERS, TIER_THRESHOLDS, tierOf, type KolTier, type TierThresholds } from './tiers'
