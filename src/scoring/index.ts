export { DEFAULT_WEIGHTS, SCORE_COMPONENTS, SCORING_CONFIG, WEIGHTS_BY_CAMPAIGN_TYPE } from './config'
export { reputationScore } from './components'
export { SCORE_COMPONENT_LABELS } from './labels'
export { compareIds } from './ids'
export { buildPeerStats, type EngagementStanding, type PeerStats } from './peers'
export { explainFit, rankKols } from './rank'
export type {
  AccountFacts,
  CampaignFacts,
  ComponentScore,
  Distribution,
  Exclusion,
  ExclusionCode,
  ExclusionReason,
  Exclusivity,
  FitExplanation,
  KolFacts,
  Persona,
  RankedAccount,
  Ranking,
  RankOptions,
  ReputationRecord,
  ScoreComponent,
  ScoredAccount,
  Weights,
} from './types'
export { resolveWeights } from './weights'
