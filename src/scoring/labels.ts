import type { Localized } from '../i18n/localized'
import type { ScoreComponent } from './types'

/** How the admin names each component of the fit score. */
export const SCORE_COMPONENT_LABELS: Record<ScoreComponent, Localized> = {
  audience: { zh: '人群匹配', en: 'Audience' },
  relevance: { zh: '垂类相关', en: 'Relevance' },
  engagement: { zh: '互动表现', en: 'Engagement' },
  authenticity: { zh: '粉丝真实度', en: 'Authenticity' },
  cost: { zh: '成本效率', en: 'Cost' },
  reputation: { zh: '合作口碑', en: 'Reputation' },
}
