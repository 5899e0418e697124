import { describe, expect, it } from 'vitest'

import { campaignReport } from '../../../src/collaborations/report'
import { collaborationResults } from '../../../src/collaborations/results'
import { reportedCollaboration as row } from '../../support/reportedCollaboration'

describe('collaborationResults', () => {
  it('takes the latest snapshot, since snapshots are cumulative, and derives CPM, CPE and ROI from the fee', () => {
    const results = collaborationResults(10_000, [
      { window: 't7', views: 200_000, likes: 3_000, comments: 500, shares: 300, saves: 1_200, orders: 80, gmv: 24_000 },
      { window: 't1', views: 50_000, likes: 900, comments: 100, shares: 50, saves: 200, orders: 10, gmv: 3_000 },
    ])
    expect(results.window).toBe('t7')
    expect(results.views).toBe(200_000)
    expect(results.engagements).toBe(5_000)
    expect(results.cpm).toBe(50)
    expect(results.cpe).toBe(2)
    // like 1, comment 3, share 5, save 5: 3000 + 1500 + 1500 + 6000
    expect(results.weightedCpe).toBe(0.83) // 10,000 / 12,000, to the cent
    expect(results.roi).toBe(2.4)
  })

  it('has no ratios before any figures or without a fee', () => {
    expect(collaborationResults(10_000, [])).toMatchObject({ window: null, views: 0, cpm: null, cpe: null, roi: null })
    expect(collaborationResults(null, [{ window: 't1', views: 1_000, likes: 10 }])).toMatchObject({ cpm: null, cpe: null })
  })
})

describe('campaignReport', () => {
  const report = campaignReport({ budget: 100_000, reach: 400_000, engagements: 10_000, gmv: null, targetCpe: 2.5 }, [
    row({}),
    row({ kolId: '2', kolName: '阿泽', platform: 'douyin', stage: 'published', fee: 20_000, views: 300_000, engagements: 5_000, gmv: 10_000 }),
    row({ kolId: '3', kolName: '橙子', stage: 'contracted', fee: 15_000, views: 0, engagements: 0, orders: 0, gmv: 0 }),
    row({ kolId: '4', kolName: '木木', stage: 'cancelled', fee: 9_000 }),
    row({ kolId: '5', kolName: '糖糖', stage: 'shortlisted', fee: null, views: 0, engagements: 0, orders: 0, gmv: 0 }),
  ])

  it('counts every collaboration in the funnel, cancelled ones included', () => {
    expect(report.funnel.find((step) => step.stage === 'cancelled')?.count).toBe(1)
    expect(report.funnel.reduce((sum, step) => sum + step.count, 0)).toBe(5)
  })

  it('commits the fees of contracted and later collaborations, and measures results on those published', () => {
    expect(report.budget).toEqual({ total: 100_000, committed: 45_000, settled: 10_000, remaining: 55_000, share: 0.45 })
    expect(report.totals).toMatchObject({ spend: 30_000, reach: 400_000, engagements: 10_000, cpe: 3, roi: 40_000 / 30_000 })
  })

  it('breaks results down per KOL and per platform', () => {
    expect(report.byPlatform.map((group) => [group.platform, group.spend, group.cpe])).toEqual([
      ['douyin', 20_000, 4],
      ['xiaohongshu', 10_000, 2],
    ])
    expect(report.byKol.find((group) => group.kolId === '3')).toMatchObject({ spend: 0, cpe: null })
  })

  it('reports progress against the KPIs that have a target, CPE inverted', () => {
    expect(report.kpis).toEqual([
      { kpi: 'reach', target: 400_000, actual: 400_000, progress: 1 },
      { kpi: 'engagements', target: 10_000, actual: 10_000, progress: 1 },
      { kpi: 'cpe', target: 2.5, actual: 3, progress: 2.5 / 3 },
    ])
  })
})
