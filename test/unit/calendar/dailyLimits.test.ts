import { describe, expect, it } from 'vitest'

import type { CalendarVariant } from '../../../src/calendar/entries'
import type { FormatId } from '../../../src/platforms/types'

import { dailyLimitWarnings } from '../../../src/calendar/dailyLimits'
import { FORMAT_RULES } from '../../../src/platforms/rules'

const post = (format: FormatId, at: string, brandId = '1', status: CalendarVariant['status'] = 'scheduled') => ({
  brandId,
  format,
  channel: FORMAT_RULES[format].channel,
  at,
  status,
})

describe('daily posting limits (SPEC §2)', () => {
  it('warns when two 公众号 mass sends fall on one Beijing day, in both languages', () => {
    const warnings = dailyLimitWarnings([
      post('wechat-article', '2026-05-03T12:00:00.000Z'),
      post('wechat-article', '2026-05-03T13:00:00.000Z', '1', 'published'),
    ])
    expect(warnings).toEqual([
      {
        brandId: '1',
        channel: 'wechat-oa',
        day: '2026-05-03',
        count: 2,
        max: 1,
        message: {
          zh: '当天已有 2 条公众号群发：订阅号每天只能群发一次',
          en: '2 WeChat OA mass sends on this day: A subscription account can mass-send once a day',
        },
      },
    ])
  })

  it('counts 23:30 UTC on the next Beijing day', () => {
    // 2026-05-02 23:30 UTC is 2026-05-03 07:30 in Beijing: the same day as the evening send.
    expect(dailyLimitWarnings([post('wechat-article', '2026-05-02T23:30:00.000Z'), post('wechat-article', '2026-05-03T12:00:00.000Z')])).toMatchObject([
      { day: '2026-05-03', count: 2 },
    ])
    // 15:30 UTC is still the evening before in Beijing: two different days, no warning.
    expect(dailyLimitWarnings([post('wechat-article', '2026-05-02T15:30:00.000Z'), post('wechat-article', '2026-05-03T12:00:00.000Z')])).toEqual([])
  })

  it('keeps brands apart: each posts from its own account', () => {
    expect(dailyLimitWarnings([post('wechat-article', '2026-05-03T12:00:00.000Z', '1'), post('wechat-article', '2026-05-03T12:00:00.000Z', '2')])).toEqual([])
  })

  it('allows three 企业微信 posts a day and warns at the fourth', () => {
    const three = ['01', '04', '08'].map((hour) => post('wecom-moments', `2026-05-03T${hour}:00:00.000Z`))
    expect(dailyLimitWarnings(three)).toEqual([])
    const [warning] = dailyLimitWarnings([...three, post('wecom-moments', '2026-05-03T12:00:00.000Z')])
    expect(warning).toMatchObject({ channel: 'wecom', count: 4, max: 3 })
    expect(warning!.message.zh).toBe('当天已有 4 条企业微信朋友圈：客户每天最多看到企业及员工发布的 3 条朋友圈')
  })

  it('counts only 企业微信 Moments: a group message on top of three Moments posts is no fourth', () => {
    const three = ['01', '04', '08'].map((hour) => post('wecom-moments', `2026-05-03T${hour}:00:00.000Z`))
    expect(dailyLimitWarnings([...three, post('wecom-group-message', '2026-05-03T12:00:00.000Z')])).toEqual([])
  })

  it('counts a 公众号 image post as a mass send too', () => {
    expect(dailyLimitWarnings([post('wechat-article', '2026-05-03T12:00:00.000Z'), post('wechat-image-post', '2026-05-03T13:00:00.000Z')])).toMatchObject([
      { channel: 'wechat-oa', count: 2 },
    ])
  })

  it('has no limit for channels without one, and ignores variants that are not on the calendar', () => {
    const weibo = Array.from({ length: 5 }, () => post('weibo-post', '2026-05-03T02:00:00.000Z'))
    expect(dailyLimitWarnings(weibo)).toEqual([])
    expect(dailyLimitWarnings([post('wechat-article', '2026-05-03T12:00:00.000Z'), { ...post('wechat-article', ''), at: null, status: 'approved' }])).toEqual(
      [],
    )
  })
})
