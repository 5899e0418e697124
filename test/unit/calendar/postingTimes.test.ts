import { describe, expect, it } from 'vitest'

import { formatWindow, isSuggestedHour, postingWindowProblems, postingWindowsFor, suggestedTimeOn } from '../../../src/calendar/postingTimes'

describe('suggested posting times', () => {
  it('uses the channel defaults from the platform rules when the brand set none', () => {
    expect(postingWindowsFor('weibo', [])).toEqual({
      windows: [
        { fromHour: 10, toHour: 12 },
        { fromHour: 22, toHour: 24 },
      ],
      source: 'default',
    })
    expect(postingWindowsFor('wechat-oa', [{ channel: 'weibo', fromHour: 8, toHour: 9 }]).source).toBe('default')
  })

  it('uses the brand’s own windows for a channel, sorted, and ignores broken rows', () => {
    const brand = [
      { channel: 'wechat-oa', fromHour: 18, toHour: 19 },
      { channel: 'wechat-oa', fromHour: 7, toHour: 8 },
      { channel: 'wechat-oa', fromHour: 22, toHour: 21 },
    ]
    expect(postingWindowsFor('wechat-oa', brand)).toEqual({
      windows: [
        { fromHour: 7, toHour: 8 },
        { fromHour: 18, toHour: 19 },
      ],
      source: 'brand',
    })
  })

  it('suggests the start of the day’s first window still ahead, in Beijing time', () => {
    const morning = new Date('2026-05-03T00:00:00.000Z') // 08:00 in Beijing
    // Xiaohongshu 20–22 → 20:00 Beijing = 12:00 UTC.
    expect(suggestedTimeOn('2026-05-03', 'xiaohongshu', null, morning).toISOString()).toBe('2026-05-03T12:00:00.000Z')
    // Weibo 10–12 has passed at 13:00 Beijing, so 22:00 it is.
    expect(suggestedTimeOn('2026-05-03', 'weibo', null, new Date('2026-05-03T05:00:00.000Z')).toISOString()).toBe('2026-05-03T14:00:00.000Z')
    // A brand that posts its 公众号 at 7:00.
    expect(suggestedTimeOn('2026-05-04', 'wechat-oa', [{ channel: 'wechat-oa', fromHour: 7, toHour: 8 }], morning).toISOString()).toBe(
      '2026-05-03T23:00:00.000Z',
    )
  })

  it('suggests the first window when the whole day has passed (scheduling then refuses it as past)', () => {
    expect(suggestedTimeOn('2026-05-03', 'xiaohongshu', null, new Date('2026-05-03T15:00:00.000Z')).toISOString()).toBe('2026-05-03T12:00:00.000Z')
  })

  it('tells suggested hours and writes windows as people do', () => {
    const windows = postingWindowsFor('weibo').windows
    expect([9, 10, 11, 12, 22, 23].map((hour) => isSuggestedHour(hour, windows))).toEqual([false, true, true, false, true, true])
    expect(windows.map(formatWindow)).toEqual(['10:00–12:00', '22:00–24:00'])
  })

  it('accepts only whole hours with the end after the start', () => {
    expect(postingWindowProblems(20, 22)).toEqual([])
    expect(postingWindowProblems(0, 24)).toEqual([])
    expect(postingWindowProblems(22, 20)).toEqual([{ field: 'toHour', message: { zh: '结束时间须晚于开始时间', en: 'The end must be after the start' } }])
    expect(postingWindowProblems(21, 21).map((problem) => problem.message.en)).toEqual(['The end must be after the start'])
    expect(postingWindowProblems(24, 25).map((problem) => [problem.field, problem.message.zh])).toEqual([
      ['fromHour', '开始时间须为 0–23 之间的整点'],
      ['toHour', '结束时间须为 1–24 之间的整点'],
    ])
    // Half hours are no hours, and the error is on the field that has one.
    expect(postingWindowProblems(20.5, 22).map((problem) => problem.field)).toEqual(['fromHour'])
    expect(postingWindowProblems(20, 21.5).map((problem) => problem.field)).toEqual(['toHour'])
    expect(postingWindowProblems(1, 0).map((problem) => problem.message.zh)).toEqual(['结束时间须为 1–24 之间的整点'])
  })
})
