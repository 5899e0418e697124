import { describe, expect, it } from 'vitest'

import { variantChanges, variantEventData } from '../../../src/webhooks/events'

const weibo = { id: 'v-weibo', format: 'weibo-post' as const }
const douyin = { id: 'v-douyin', format: 'douyin-video' as const }
const note = { id: 'v-note', format: 'xiaohongshu-image-note' as const }

describe('webhook events of a save', () => {
  it('is one event per variant that has just become approved, scheduled or published', () => {
    const changes = variantChanges(
      [
        { ...weibo, status: 'in_review' },
        { ...douyin, status: 'approved' },
        { ...note, status: 'scheduled' },
      ],
      [
        { ...weibo, status: 'approved' },
        { ...douyin, status: 'scheduled', scheduledAt: '2026-03-02T12:00:00.000Z' },
        { ...note, status: 'published', publishedUrl: 'https://www.xiaohongshu.com/explore/1', platformPostId: 'xhs-1' },
      ],
    )
    expect(changes.map(({ event, variant, previousStatus }) => [event, variant.id, previousStatus])).toEqual([
      ['variant.approved', 'v-weibo', 'in_review'],
      ['variant.scheduled', 'v-douyin', 'approved'],
      ['variant.published', 'v-note', 'scheduled'],
    ])
  })

  it('says nothing of variants that stay where they were, move elsewhere, or are removed', () => {
    expect(
      variantChanges(
        [
          { ...weibo, status: 'approved' },
          { ...douyin, status: 'draft' },
          { ...note, status: 'published' },
        ],
        [
          { ...weibo, status: 'approved', scheduledAt: '2026-03-02T12:00:00.000Z' },
          { ...douyin, status: 'in_review' },
        ],
      ),
    ).toEqual([])
    expect(variantChanges([{ ...weibo, status: 'approved' }], [{ ...weibo, status: 'draft' }])).toEqual([])
  })

  it('announces an unscheduled variant as approved again, with the status it left', () => {
    expect(variantChanges([{ ...weibo, status: 'scheduled' }], [{ ...weibo, status: 'approved' }])).toEqual([
      { event: 'variant.approved', variant: { ...weibo, status: 'approved' }, previousStatus: 'scheduled' },
    ])
  })

  it('announces a scheduled variant moved to another time again, but not one saved at the same time', () => {
    const at = (iso: string) => ({ ...douyin, status: 'scheduled' as const, scheduledAt: iso })
    expect(variantChanges([at('2026-03-02T12:00:00.000Z')], [at('2026-03-03T12:00:00.000Z')])).toEqual([
      { event: 'variant.scheduled', variant: at('2026-03-03T12:00:00.000Z'), previousStatus: 'scheduled' },
    ])
    expect(variantChanges([at('2026-03-02T12:00:00.000Z')], [at('2026-03-02T20:00:00+08:00')])).toEqual([])
  })

  it('treats a new variant, and a new asset, as coming from nowhere', () => {
    expect(
      variantChanges(
        [],
        [
          { ...weibo, status: 'approved' },
          { ...douyin, status: 'draft' },
        ],
      ),
    ).toEqual([{ event: 'variant.approved', variant: { ...weibo, status: 'approved' }, previousStatus: null }])
  })

  it('tells the receiver the variant’s identifiers and publication facts, and nothing else', () => {
    const variant = {
      ...note,
      status: 'published' as const,
      title: '干皮亲妈面霜',
      body: '加我微信 abc123',
      workflowNote: '内部备注',
      scheduledAt: '2026-03-02T12:00:00.000Z',
      publishedUrl: 'https://www.xiaohongshu.com/explore/1',
      platformPostId: 'xhs-1',
    }
    const [change] = variantChanges([{ ...note, status: 'scheduled' }], [variant])
    expect(variantEventData({ id: 12, brand: { id: 3 } }, change!)).toEqual({
      assetId: 12,
      variantId: 'v-note',
      platform: 'xiaohongshu',
      format: 'xiaohongshu-image-note',
      status: 'published',
      previousStatus: 'scheduled',
      scheduledAt: '2026-03-02T12:00:00.000Z',
      publishedUrl: 'https://www.xiaohongshu.com/explore/1',
      platformPostId: 'xhs-1',
      brandId: 3,
    })
  })
})
