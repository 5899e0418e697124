import { describe, expect, it } from 'vitest'

import type { ComplianceHit } from '../../../src/compliance/types'
import type { AssetRow, VariantTransitionEntry } from '../../../src/dashboards/content'

import { approvedUnscheduled, blockingComplianceHits, latestTransitions, returnedDrafts, reviewQueue, scheduledWithin } from '../../../src/dashboards/content'
import { beijingDay } from '../../../src/dashboards/periods'

const EDITOR = 2
const OTHER_EDITOR = 5

const hit = (term: string, level: ComplianceHit['level'], rule: ComplianceHit['rule'] = 'absolute-term'): ComplianceHit => ({
  rule,
  level,
  field: 'body',
  term,
  law: { zh: '《广告法》', en: 'Advertising Law' },
  message: { zh: `「${term}」`, en: term },
})

const checks = (...hits: ComplianceHit[]) => ({ compliance: { ok: !hits.some((h) => h.level === 'block'), hits } })

const ASSETS: AssetRow[] = [
  {
    id: 1,
    title: '秋冬面霜测评',
    updatedAt: '2026-11-20T02:00:00.000Z',
    variants: [
      { id: 'v1', format: 'xiaohongshu-image-note', status: 'rejected', title: '干皮面霜真的好用', checks: checks(hit('最好', 'block')) },
      { id: 'v2', format: 'weibo-post', status: 'in_review', checks: checks(hit('首选', 'review')) },
      { id: 'v3', format: 'wechat-article', status: 'scheduled', title: '面霜指南', scheduledAt: '2026-11-23T13:00:00.000Z' },
    ],
  },
  {
    id: 2,
    title: '防晒通勤实测',
    updatedAt: '2026-11-21T02:00:00.000Z',
    variants: [
      { id: 'w1', format: 'douyin-video', status: 'rejected', title: '防晒实测', checks: checks() },
      {
        id: 'w2',
        format: 'weibo-post',
        status: 'in_review',
        checks: checks(hit('根治', 'block', 'absolute-term'), hit('根治', 'block', 'medical-claim'), hit('根治', 'block')),
      },
      { id: 'w3', format: 'wecom-moments', status: 'published', scheduledAt: '2026-11-23T01:00:00.000Z' },
      { id: 'w4', format: 'weibo-post', status: 'scheduled', scheduledAt: '2026-11-23T16:00:00.000Z' },
      { id: 'w5', format: 'xiaohongshu-image-note', status: 'approved', checks: checks(hit('最好', 'block')) },
    ],
  },
]

const entry = (variantId: string, to: string, createdAt: string, user: number, reason: string | null = null): VariantTransitionEntry => ({
  variantId,
  to,
  createdAt,
  user,
  actor: `user${user}@brand.cn`,
  reason,
})

const AUDIT = [
  entry('v1', 'in_review', '2026-11-19T01:00:00.000Z', OTHER_EDITOR),
  entry('v1', 'rejected', '2026-11-19T02:00:00.000Z', 3, '第一次退回'),
  // Resubmitted by the editor and sent back again: the latest of each counts.
  entry('v1', 'rejected', '2026-11-20T02:00:00.000Z', 3, '“最好用”属于绝对化用语'),
  entry('v1', 'in_review', '2026-11-20T01:00:00.000Z', EDITOR),
  entry('w1', 'in_review', '2026-11-21T01:00:00.000Z', OTHER_EDITOR),
  entry('w1', 'rejected', '2026-11-21T03:00:00.000Z', 3, '画面太暗'),
  entry('v2', 'in_review', '2026-11-22T01:00:00.000Z', EDITOR),
  entry('w2', 'in_review', '2026-11-18T01:00:00.000Z', OTHER_EDITOR),
]

describe('the content sections of the dashboard', () => {
  it('finds each variant’s latest submission and rejection, in any order of the log', () => {
    const latest = latestTransitions([...AUDIT].reverse())
    expect(latest.get('v1')?.submitted?.user).toBe(EDITOR)
    expect(latest.get('v1')?.rejected?.reason).toBe('“最好用”属于绝对化用语')
    expect(latest.get('v2')?.rejected).toBeUndefined()
  })

  it('returns to an editor the drafts they last submitted, with the reviewer’s latest reason, newest first', () => {
    const mine = returnedDrafts(ASSETS, latestTransitions(AUDIT), EDITOR)
    expect(mine.items.map((item) => [item.variantId, item.title, item.reason, item.by, item.at])).toEqual([
      ['v1', '干皮面霜真的好用', '“最好用”属于绝对化用语', 'user3@brand.cn', '2026-11-20T02:00:00.000Z'],
    ])
    expect(mine.assetIds).toEqual([1])
    expect(returnedDrafts(ASSETS, latestTransitions(AUDIT), 99).items).toEqual([])
  })

  it('gives administrators everyone’s returned drafts', () => {
    const all = returnedDrafts(ASSETS, latestTransitions(AUDIT), null)
    expect(all.items.map((item) => item.variantId)).toEqual(['w1', 'v1'])
    expect(all.assetIds).toEqual([2, 1])
  })

  it('queues variants in review by when they were submitted, the longest waiting first', () => {
    const queue = reviewQueue(ASSETS, latestTransitions(AUDIT))
    expect(queue.map((item) => [item.variantId, item.at, item.by])).toEqual([
      ['w2', '2026-11-18T01:00:00.000Z', `user${OTHER_EDITOR}@brand.cn`],
      ['v2', '2026-11-22T01:00:00.000Z', `user${EDITOR}@brand.cn`],
    ])
    // A variant without a title of its own is shown under its asset's title, with its channel.
    expect(queue[1]).toMatchObject({ title: '秋冬面霜测评', assetTitle: '秋冬面霜测评', format: 'weibo-post', channel: 'weibo' })
  })

  it('falls back to the asset’s last change when the log has no submission', () => {
    expect(reviewQueue(ASSETS, latestTransitions([])).map((item) => item.at)).toEqual(['2026-11-20T02:00:00.000Z', '2026-11-21T02:00:00.000Z'])
  })

  it('schedules today’s posts by time, the ones already out included, tomorrow’s not', () => {
    const today = beijingDay(new Date('2026-11-23T05:00:00Z'))
    expect(scheduledWithin(ASSETS, today).map((item) => [item.variantId, item.status, item.at])).toEqual([
      ['w3', 'published', '2026-11-23T01:00:00.000Z'],
      ['v3', 'scheduled', '2026-11-23T13:00:00.000Z'],
    ])
  })

  it('lists approved variants nobody scheduled', () => {
    expect(approvedUnscheduled(ASSETS).map((item) => item.variantId)).toEqual(['w5'])
  })

  it('reports blocking compliance hits of variants not yet approved, each term once per rule', () => {
    const hits = blockingComplianceHits(ASSETS)
    expect(hits.map((item) => [item.variantId, item.hits?.map((h) => `${h.rule}:${h.term}`)])).toEqual([
      ['v1', ['absolute-term:最好']],
      ['w2', ['absolute-term:根治', 'medical-claim:根治']],
    ])
  })

  it('ignores unknown formats and variants without checks', () => {
    const odd: AssetRow[] = [
      {
        id: 9,
        title: '旧数据',
        variants: [
          { id: 'x', format: 'myspace-post' as never, status: 'in_review' },
          { id: 'y', format: 'weibo-post', status: 'draft' },
        ],
      },
    ]
    expect(reviewQueue(odd, latestTransitions([]))).toEqual([])
    expect(blockingComplianceHits(odd)).toEqual([])
  })
})
