import type { Localized } from '../i18n/localized'
import type { ComponentScore, ScoreComponent } from '../scoring/types'

import { SCORE_COMPONENT_LABELS } from '../scoring/labels'

/**
 * One colour per fit-score component, in the same order everywhere (ranking bars, legends). All
 * are dark enough for white text at WCAG AA (so a segment is also a 3:1 graphic on white), and
 * their hues differ so that neighbouring segments stay apart; the estimated ones are striped too.
 */
export const SCORE_COMPONENT_COLOURS: Record<ScoreComponent, string> = {
  audience: '#1f5fa8',
  relevance: '#2e7031',
  engagement: '#a84300',
  authenticity: '#6a3d9a',
  cost: '#00676c',
  reputation: '#8a1c4a',
}

/** What the bar needs of each component of a breakdown. */
export type BarComponent = Pick<ComponentScore, 'component' | 'contribution' | 'estimated' | 'applicable'>

export type ScoreBarSegment = {
  component: ScoreComponent
  /** Points of the 0–100 score this component adds, after size damping. */
  points: number
  /** Share of the whole bar (100 points), in percent. */
  width: number
  estimated: boolean
  colour: string
}

const round = (value: number, places: number) => Number(value.toFixed(places))

/**
 * The stacked bar of one score: a segment per applicable component, as wide as the points it adds.
 * The breakdown's contributions are before size damping, so they are scaled by it and the segments
 * add up to the score; the bar's full width is 100 points. Components that add nothing get none.
 */
export function scoreBarSegments(breakdown: readonly BarComponent[], damping: number): ScoreBarSegment[] {
  const factor = Number.isFinite(damping) && damping >= 0 ? damping : 1
  return breakdown
    .filter((part) => part.applicable && part.contribution > 0)
    .map((part) => {
      const points = part.contribution * factor
      return {
        component: part.component,
        points: round(points, 1),
        width: round(Math.min(points, 100), 2),
        estimated: part.estimated,
        colour: SCORE_COMPONENT_COLOURS[part.component],
      }
    })
}

/** The bar in words, for screen readers and as the bar's tooltip: 人群匹配 22.5 分；互动表现 8.1 分（估算）… */
export function describeScoreBar(score: number, segments: readonly ScoreBarSegment[]): Localized {
  const parts = (lang: keyof Localized) =>
    segments.map((segment) => {
      const label = SCORE_COMPONENT_LABELS[segment.component][lang]
      return lang === 'zh'
        ? `${label} ${segment.points} 分${segment.estimated ? '（估算）' : ''}`
        : `${label} ${segment.points}${segment.estimated ? ' (estimated)' : ''}`
    })
  return {
    zh: `匹配分 ${score}：${parts('zh').join('；') || '各项均为 0'}`,
    en: `Fit score ${score}: ${parts('en').join('; ') || 'every component 0'}`,
  }
}
