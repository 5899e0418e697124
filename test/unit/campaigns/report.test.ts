import { describe, expect, it } from 'vitest'

import { CHANNEL_COLOURS } from '../../../src/admin/shared/channelColours'
import { campaignReport } from '../../../src/collaborations/report'
import { campaignUgcWhere, kolEfficiency, kpiProgress, platformMix } from '../../../src/campaigns/report'
import { reportedCollaboration as row } from '../../support/reportedCollaboration'

const report = campaignReport({ budget: 100_000, reach: 400_000, engagements: 20_000, gmv: null, targetCpe: 2.5 }, [
  row({}),
  row({ kolId: '2', kolName: '阿泽', platform: 'douyin', stage: 'published', fee: 20_000, views: 300_000, engagements: 5_000, gmv: 10_000 }),
  row({ kolId: '3', kolName: '橙子', stage: 'contracted', fee: 15_000, views: 0, engagements: 0, orders: 0, gmv: 0 }),
])

describe('the campaign report view', () => {
  it('shows campaignReport’s KPIs as they are, then spend against budget and UGC against its target', () => {
    const rows = kpiProgress(report, { target: 300, actual: 75 })
    expect(rows.map((kpi) => [kpi.kpi, kpi.target, kpi.actual, kpi.progress, kpi.fill])).toEqual([
      ['reach', 400_000, 400_000, 1, 1],
      ['engagements', 20_000, 10_000, 0.5, 0.5],
      ['cpe', 2.5, 3, 2.5 / 3, 2.5 / 3],
      ['spend', 100_000, 45_000, 0.45, 0.45],
      ['ugc', 300, 75, 0.25, 0.25],
    ])
    expect(rows.find((kpi) => kpi.kpi === 'cpe')).toMatchObject({ unit: 'yuan', lowerIsBetter: true })
    expect(rows.find((kpi) => kpi.kpi === 'spend')).toMatchObject({ unit: 'yuan', overTarget: false, label: { zh: '已签约费用 / 预算' } })
  })

  it('caps a bar at its target, flags spend over budget, and leaves out what has no target', () => {
    const over = kpiProgress({ kpis: [{ kpi: 'reach', target: 100, actual: 250, progress: 2.5 }], budget: { total: 10, committed: 12, share: 1.2 } }, null)
    expect(over.map((kpi) => [kpi.kpi, kpi.progress, kpi.fill, kpi.overTarget])).toEqual([
      ['reach', 2.5, 1, false],
      ['spend', 1.2, 1, true],
    ])
    const bare = kpiProgress({ kpis: [], budget: { total: null, committed: 0, share: null } }, { target: null, actual: 3 })
    expect(bare).toEqual([])
  })

  it('mixes platforms by spend once posts are out, by collaborations before, in the channel colours', () => {
    expect(platformMix(report.byPlatform)).toEqual({
      measure: 'spend',
      shares: [
        { platform: 'douyin', label: { zh: '抖音', en: 'Douyin' }, colour: CHANNEL_COLOURS.douyin, value: 20_000 },
        { platform: 'xiaohongshu', label: { zh: '小红书', en: 'Xiaohongshu' }, colour: CHANNEL_COLOURS.xiaohongshu, value: 10_000 },
      ],
    })
    const early = campaignReport({ budget: null, reach: null, engagements: null, gmv: null, targetCpe: null }, [
      row({ stage: 'contacted', fee: null }),
      row({ kolId: '2', stage: 'negotiating', fee: null }),
      row({ kolId: '3', platform: 'weibo', stage: 'shortlisted', fee: null }),
    ])
    expect(platformMix(early.byPlatform).measure).toBe('collaborations')
    expect(
      platformMix(early.byPlatform)
        .shares.map((share) => [share.platform, share.value])
        .sort(),
    ).toEqual([
      ['weibo', 1],
      ['xiaohongshu', 2],
    ])
  })

  it('charts CPE and ROI for the KOLs whose posts have results', () => {
    // In the report's order (engagements, then name); 橙子 is contracted, with no post yet.
    expect(kolEfficiency(report.byKol)).toEqual([
      { kolId: '2', kolName: '阿泽', cpe: 4, roi: 0.5 },
      { kolId: '1', kolName: '小鹿', cpe: 2, roi: 3 },
    ])
  })

  it('counts accepted, unerased UGC about the campaign’s products (else its brand’s) during the campaign, Beijing days inclusive', () => {
    expect(campaignUgcWhere({ brand: 3, products: [5, 6], startDate: '2026-03-01T04:00:00.000Z', endDate: '2026-03-31T04:00:00.000Z' })).toEqual({
      and: [
        { status: { in: ['approved', 'featured'] } },
        { erasedAt: { exists: false } },
        { product: { in: [5, 6] } },
        { createdAt: { greater_than_equal: '2026-02-28T16:00:00.000Z' } },
        { createdAt: { less_than: '2026-03-31T16:00:00.000Z' } },
      ],
    })
    expect(campaignUgcWhere({ brand: 3, products: [], startDate: null, endDate: null })).toEqual({
      and: [{ status: { in: ['approved', 'featured'] } }, { erasedAt: { exists: false } }, { brand: { equals: 3 } }],
    })
  })
})
