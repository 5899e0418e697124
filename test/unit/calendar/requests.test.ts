import { describe, expect, it } from 'vitest'

import { parseCalendarQuery, parseScheduleInput } from '../../../src/calendar/requests'

describe('calendar requests', () => {
  it('reads a range of Beijing days with optional brand and channel', () => {
    expect(parseCalendarQuery({ from: '2026-04-27', to: '2026-06-07', brand: '3', channel: 'wechat-oa' })).toEqual({
      ok: true,
      value: { from: '2026-04-27', to: '2026-06-07', brand: '3', channel: 'wechat-oa' },
    })
    expect(parseCalendarQuery({ from: '2026-05-01', to: '2026-05-01', brand: '' })).toEqual({
      ok: true,
      value: { from: '2026-05-01', to: '2026-05-01', brand: null, channel: null },
    })
  })

  it('refuses ranges over six weeks, backwards or unreadable, naming the parameter', () => {
    expect(parseCalendarQuery({ from: '2026-04-27', to: '2026-06-08' })).toEqual({
      ok: false,
      problem: { field: 'to', message: { zh: '日期范围最多 42 天', en: 'The range is at most 42 days' } },
    })
    expect(parseCalendarQuery({ from: '2026-05-02', to: '2026-05-01' })).toMatchObject({ ok: false, problem: { field: 'to' } })
    expect(parseCalendarQuery({ to: '2026-05-01' })).toMatchObject({ ok: false, problem: { field: 'from' } })
    expect(parseCalendarQuery({ from: '2026-05-01', to: '2026-05-01', channel: 'tiktok' })).toMatchObject({ ok: false, problem: { field: 'channel' } })
  })

  it('reads a schedule request only with a variant and a time with its zone', () => {
    expect(parseScheduleInput({ variantId: 'abc', scheduledAt: '2026-05-03T20:00:00+08:00' })).toEqual({
      ok: true,
      value: { variantId: 'abc', scheduledAt: new Date('2026-05-03T12:00:00.000Z') },
    })
    expect(parseScheduleInput({ variantId: 'abc', scheduledAt: '2026-05-03T20:00' })).toMatchObject({ ok: false, problem: { field: 'scheduledAt' } })
    expect(parseScheduleInput({ variantId: 'abc', scheduledAt: 'tomorrow' })).toMatchObject({ ok: false, problem: { field: 'scheduledAt' } })
    expect(parseScheduleInput({ scheduledAt: '2026-05-03T12:00:00Z' })).toMatchObject({ ok: false, problem: { field: 'variantId' } })
    expect(parseScheduleInput(null)).toMatchObject({ ok: false, problem: { field: 'variantId' } })
  })
})
