import { describe, expect, it } from 'vitest'

import { calendarVariants, entriesBetween, unscheduled, type CalendarAsset } from '../../../src/calendar/entries'

const asset: CalendarAsset = {
  id: 7,
  title: '秋冬干皮修护指南',
  brand: { id: 2 },
  variants: [
    {
      id: 'a',
      format: 'wechat-article',
      status: 'published',
      title: '一篇讲透神经酰胺',
      publishedAt: '2026-05-03T12:00:00.000Z',
      scheduledAt: '2026-05-03T11:00:00.000Z',
    },
    { id: 'b', format: 'weibo-post', status: 'scheduled', scheduledAt: '2026-05-02T02:00:00+08:00' },
    { id: 'c', format: 'xiaohongshu-image-note', status: 'approved', title: '干皮亲妈面霜' },
    { id: 'd', format: 'douyin-video', status: 'draft', scheduledAt: '2026-05-03T12:00:00.000Z' },
  ],
}

describe('calendar entries', () => {
  it('takes released variants with their channel, time and title, in time order', () => {
    expect(calendarVariants([asset])).toEqual([
      {
        assetId: 7,
        variantId: 'b',
        brandId: '2',
        format: 'weibo-post',
        channel: 'weibo',
        status: 'scheduled',
        at: '2026-05-01T18:00:00.000Z',
        title: '秋冬干皮修护指南',
      },
      {
        assetId: 7,
        variantId: 'a',
        brandId: '2',
        format: 'wechat-article',
        channel: 'wechat-oa',
        status: 'published',
        at: '2026-05-03T12:00:00.000Z',
        title: '一篇讲透神经酰胺',
      },
      {
        assetId: 7,
        variantId: 'c',
        brandId: '2',
        format: 'xiaohongshu-image-note',
        channel: 'xiaohongshu',
        status: 'approved',
        at: null,
        title: '干皮亲妈面霜',
      },
    ])
  })

  it('puts scheduled and published variants of the range on the calendar and approved ones in the tray', () => {
    const variants = calendarVariants([asset])
    expect(entriesBetween(variants, new Date('2026-05-02T16:00:00Z'), new Date('2026-05-03T16:00:00Z')).map((entry) => entry.variantId)).toEqual(['a'])
    expect(unscheduled(variants).map((entry) => entry.variantId)).toEqual(['c'])
  })
})
