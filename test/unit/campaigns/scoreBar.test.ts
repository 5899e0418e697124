import { describe, expect, it } from 'vitest'

import { describeScoreBar, SCORE_COMPONENT_COLOURS, scoreBarSegments } from '../../../src/campaigns/scoreBar'
import { SCORE_COMPONENTS } from '../../../src/scoring'
import { account, campaign, kol, rankAll } from '../scoring/facts'

/** WCAG 2 contrast ratio of two #rrggbb colours. */
const contrast = (a: string, b: string) => {
  const luminance = (hex: string) => {
    const [r, g, b] = [1, 3, 5].map((start) => {
      const channel = parseInt(hex.slice(start, start + 2), 16) / 255
      return channel <= 0.03928 ? channel / 12.92 : ((channel + 0.055) / 1.055) ** 2.4
    })
    return 0.2126 * r! + 0.7152 * g! + 0.0722 * b!
  }
  const [light, dark] = [luminance(a), luminance(b)].sort((x, y) => y - x)
  return (light! + 0.05) / (dark! + 0.05)
}

describe('the stacked score bar', () => {
  it('has one distinct colour per component, each readable with white text (so a 3:1 graphic on white)', () => {
    expect(Object.keys(SCORE_COMPONENT_COLOURS).sort()).toEqual([...SCORE_COMPONENTS].sort())
    expect(new Set(Object.values(SCORE_COMPONENT_COLOURS)).size).toBe(SCORE_COMPONENTS.length)
    for (const colour of Object.values(SCORE_COMPONENT_COLOURS)) expect(contrast(colour, '#ffffff')).toBeGreaterThanOrEqual(4.5)
  })

  it('makes each segment as wide as the points its component adds, so the segments add up to the score', () => {
    const { items } = rankAll([kol({ reputation: { settled: 2, ratingSum: 9, onTime: 2 } })], campaign())
    const ranked = items[0]!
    const segments = scoreBarSegments(ranked.breakdown, ranked.damping)
    expect(segments.map((segment) => segment.component)).toEqual(
      SCORE_COMPONENTS.filter((component) => ranked.breakdown.find((part) => part.component === component)!.contribution > 0),
    )
    const total = segments.reduce((sum, segment) => sum + segment.width, 0)
    expect(total).toBeCloseTo(ranked.score, 0)
  })

  it('scales the segments by size damping, as the score is', () => {
    const celebrity = kol({ accounts: [account({ followers: 8_000_000, avgViews: 2_000_000, avgEngagements: 100_000 })] })
    const { items } = rankAll([celebrity], campaign({ sizeDamping: true }))
    const ranked = items[0]!
    expect(ranked.damping).toBeLessThan(1)
    const total = scoreBarSegments(ranked.breakdown, ranked.damping).reduce((sum, segment) => sum + segment.width, 0)
    expect(total).toBeCloseTo(ranked.score, 0)
    const undamped = ranked.breakdown.reduce((sum, part) => sum + part.contribution, 0)
    expect(total).toBeLessThan(undamped)
  })

  it('leaves out components that do not count or add nothing, and marks the estimated ones', () => {
    const unmeasured = kol({ accounts: [account({ fakeFollowerRatio: null })] })
    const { items } = rankAll([unmeasured, kol({ id: '2', accounts: [account({ id: '2', fakeFollowerRatio: 0.2 })] })], campaign({ targetCpe: null }))
    const ranked = items.find((item) => item.kolId === '1')!
    const segments = scoreBarSegments(ranked.breakdown, ranked.damping)
    expect(segments.some((segment) => segment.component === 'cost')).toBe(false)
    expect(segments.find((segment) => segment.component === 'authenticity')?.estimated).toBe(true)
    // No settled collaborations yet: reputation is an estimate as well.
    expect(segments.filter((segment) => segment.estimated).map((segment) => segment.component)).toEqual(['authenticity', 'reputation'])
  })

  it('reads the bar out in both languages, estimates said as such', () => {
    const segments = scoreBarSegments(
      [
        { component: 'audience', contribution: 22.46, estimated: false, applicable: true },
        { component: 'engagement', contribution: 8.1, estimated: true, applicable: true },
        { component: 'cost', contribution: 0, estimated: false, applicable: false },
      ],
      1,
    )
    expect(describeScoreBar(30.6, segments)).toEqual({
      zh: '匹配分 30.6：人群匹配 22.5 分；互动表现 8.1 分（估算）',
      en: 'Fit score 30.6: Audience 22.5; Engagement 8.1 (estimated)',
    })
    expect(describeScoreBar(0, []).zh).toBe('匹配分 0：各项均为 0')
  })
})
