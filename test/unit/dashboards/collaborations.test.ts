import { describe, expect, it } from 'vitest'

import type { CollaborationRow } from '../../../src/dashboards/collaborations'

import { COLLABORATION_STAGES } from '../../../src/collaborations/stages'
import { collaborationFunnel, deliverablesDue, spendVsBudget } from '../../../src/dashboards/collaborations'
import { beijingDay, beijingWeek } from '../../../src/dashboards/periods'

// Wednesday 25 November 2026, 10:00 in Beijing.
const NOW = new Date('2026-11-25T02:00:00Z')
const today = beijingDay(NOW)
const week = beijingWeek(NOW)

const names = {
  kols: new Map([
    ['1', '小鹿成分党'],
    ['2', '糖糖护肤笔记'],
  ]),
  campaigns: new Map([['7', '轻透防晒 小红书种草季']]),
}

const collaboration = (id: number, stage: CollaborationRow['stage'], deliverables: CollaborationRow['deliverables'], kol = 1): CollaborationRow => ({
  id,
  kol,
  campaign: { id: 7 },
  stage,
  deliverables,
})

describe('the KOL sections of the dashboard', () => {
  it('counts the funnel in pipeline order, cancelled apart', () => {
    const funnel = collaborationFunnel({ shortlisted: 4, contracted: 2, settled: 1, cancelled: 3 })
    expect(funnel.pipeline.map(({ stage }) => stage)).toEqual(COLLABORATION_STAGES.filter((stage) => stage !== 'cancelled'))
    expect(funnel.pipeline.find(({ stage }) => stage === 'negotiating')?.count).toBe(0)
    expect(funnel.cancelled).toEqual({ stage: 'cancelled', count: 3 })
    expect(funnel.active).toBe(7)
  })

  it('lists this week’s open deliverables and earlier overdue ones, earliest first, with KOL and campaign', () => {
    const items = deliverablesDue(
      [
        collaboration(10, 'briefed', [
          { id: 'd1', format: 'xiaohongshu-image-note', dueDate: '2026-11-28T04:00:00.000Z' }, // Saturday
          { id: 'd2', format: 'xiaohongshu-video-note', dueDate: '2026-11-30T04:00:00.000Z' }, // next Monday
        ]),
        collaboration(11, 'draft_submitted', [{ id: 'd3', format: 'douyin-video', dueDate: '2026-11-20T04:00:00.000Z' }], 2), // last Friday
        collaboration(12, 'published', [
          { id: 'd4', format: 'weibo-post', dueDate: '2026-11-24T04:00:00.000Z', publishedUrl: 'https://weibo.com/1' },
          { id: 'd5', format: 'weibo-video', dueDate: '2026-11-25T04:00:00.000Z', publishedUrl: '' },
        ]),
        collaboration(13, 'cancelled', [{ id: 'd6', format: 'weibo-post', dueDate: '2026-11-26T04:00:00.000Z' }]),
        collaboration(14, 'briefed', [{ id: 'd7', format: 'weibo-post', dueDate: null }]),
      ],
      names,
      week,
      today,
    )
    expect(items.map((item) => [item.deliverableId, item.dueDay, item.overdue])).toEqual([
      ['d3', '2026-11-20', true],
      ['d5', '2026-11-25', false],
      ['d1', '2026-11-28', false],
    ])
    expect(items[0]).toMatchObject({ collaborationId: 11, kol: '糖糖护肤笔记', campaign: '轻透防晒 小红书种草季', format: 'douyin-video' })
  })

  it('flags a deliverable overdue once its Beijing due day is over, not during it', () => {
    const dueYesterdayLate = collaboration(20, 'briefed', [{ id: 'late', format: 'weibo-post', dueDate: '2026-11-24T15:59:00.000Z' }])
    const dueTodayEarly = collaboration(21, 'briefed', [{ id: 'today', format: 'weibo-post', dueDate: '2026-11-24T16:00:00.000Z' }])
    const items = deliverablesDue([dueYesterdayLate, dueTodayEarly], names, week, today)
    expect(items.map((item) => [item.deliverableId, item.dueDay, item.overdue])).toEqual([
      ['late', '2026-11-24', true],
      ['today', '2026-11-25', false],
    ])
  })

  it('names a KOL or campaign it could not read with a dash', () => {
    const [item] = deliverablesDue([collaboration(30, 'briefed', [{ format: 'weibo-post', dueDate: '2026-11-26T00:00:00.000Z' }], 404)], names, week, today)
    expect(item).toMatchObject({ kol: '—', deliverableId: null })
  })

  it('sets committed spend against the budget, the most spent first, over-budget flagged', () => {
    const rows = spendVsBudget([
      { id: 1, name: '联名唇釉上市', budget: { total: 600_000, committed: 45_000, remaining: 555_000 } },
      { id: 2, name: '宝妈专场直播', budget: { total: 100_000, committed: 120_000, remaining: -20_000 } },
      { id: 3, name: '零预算试水', budget: { total: 0, committed: null, remaining: null } },
      { id: 4, name: '没有预算', budget: { total: null, committed: 0 } },
      // An editor reads campaigns without their budget: nothing to chart.
      { id: 5, name: '看不到预算' },
    ])
    expect(rows.map((row) => [row.campaignId, row.committed, row.budget, row.remaining, row.share, row.overBudget])).toEqual([
      [2, 120_000, 100_000, -20_000, 1.2, true],
      [1, 45_000, 600_000, 555_000, 0.075, false],
      [3, 0, 0, 0, 0, false],
    ])
  })
})
