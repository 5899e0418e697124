import type { CampaignType } from '../taxonomy/kols'
import { SCORE_COMPONENTS, WEIGHTS_BY_CAMPAIGN_TYPE } from './config'
import type { Weights } from './types'

const isUsableWeight = (weight: unknown): weight is number =>
  typeof weight === 'number' && Number.isFinite(weight) && weight >= 0

/**
 * The campaign type's weights with the campaign's overrides on top. An override that is not a
 * finite number ≥ 0 is ignored, so a bad form value cannot turn a component into a penalty.
 */
export function resolveWeights(type: CampaignType, overrides: Partial<Weights> | null | undefined): Weights {
  const defaults = WEIGHTS_BY_CAMPAIGN_TYPE[type]
  const weights = { ...defaults }
  for (const component of SCORE_COMPONENTS) {
    const override = overrides?.[component]
    if (isUsableWeight(override)) weights[component] = override
  }
  return weights
}
