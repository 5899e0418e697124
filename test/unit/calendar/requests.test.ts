import { describe, expect, it } from 'vitest'

import { isDocumentId, parseCalendarQuery, parseScheduleInput } from '../../../src/calendar/requests'

describe('calendar requests', () => {
  it('reads a range of Beijing days with optional brand and channel', () => {
    expect(parseCalendarQuery({ from: '2026-04-27', to: '2026-06-07', brand: '3', channel: 'wechat-oa' }, 'number')).toEqual({
      ok: true,
      value: { from: '2026-04-27', to: '2026-06-07', brand: '3', channel: 'wechat-oa' },
    })
    expect(parseCalendarQuery({ from: '2026-05-01', to: '2026-05-01', brand: '' }, 'number')).toEqual({
      ok: true,
      value: { from: '2026-05-01', to: '2026-05-01', brand: null, channel: null },
    })
  })

  it('refuses ranges over six weeks, backwards or unreadable, naming the parameter', () => {
    expect(parseCalendarQuery({ from: '2026-04-27', to: '2026-06-08' }, 'number')).toEqual({
      ok: false,
      problem: { field: 'to', message: { zh: '日期范围最多 42 天', en: 'The range is at most 42 days' } },
    })
    expect(parseCalendarQuery({ from: '2026-05-02', to: '2026-05-01' }, 'number')).toMatchObject({ ok: false, problem: { field: 'to' } })
    expect(parseCalendarQuery({ to: '2026-05-01' }, 'number')).toMatchObject({ ok: false, problem: { field: 'from' } })
    expect(parseCalendarQuery({ from: '2026-05-01', to: '2026-05-01', channel: 'tiktok' }, 'number')).toMatchObject({
      ok: false,
      problem: { field: 'channel' },
    })
  })

  it('takes only brand ids the database can have: numbers on SQL, ObjectId-like strings on MongoDB', () => {
    expect(parseCalendarQuery({ from: '2026-05-01', to: '2026-05-01', brand: 'abc' }, 'number')).toMatchObject({ ok: false, problem: { field: 'brand' } })
    expect(parseCalendarQuery({ from: '2026-05-01', to: '2026-05-01', brand: '0' }, 'number')).toMatchObject({ ok: false, problem: { field: 'brand' } })
    expect(parseCalendarQuery({ from: '2026-05-01', to: '2026-05-01', brand: '65f0c2a1b3e4d5f6a7b8c9d0' }, 'text')).toMatchObject({ ok: true })
    expect(isDocumentId('12', 'number')).toBe(true)
    expect(isDocumentId("1' or 1=1", 'text')).toBe(false)
  })

  it('reads a schedule request only with a variant and a time with its zone', () => {
    expect(parseScheduleInput({ variantId: 'abc', scheduledAt: '2026-05-03T20:00:00+08:00' })).toEqual({
      ok: true,
      value: { variantId: 'abc', scheduledAt: new Date('2026-05-03T12:00:00.000Z') },
    })
    expect(parseScheduleInput({ variantId: 'abc', scheduledAt: '2026-05-03T20:00' })).toMatchObject({ ok: false, problem: { field: 'scheduledAt' } })
    expect(parseScheduleInput({ variantId: 'abc', scheduledAt: 'tomorrow' })).toMatchObject({ ok: false, problem: { field: 'scheduledAt' } })
    // Not 2 March: no such day.
    expect(parseScheduleInput({ variantId: 'abc', scheduledAt: '2026-02-30T20:00+08:00' })).toMatchObject({ ok: false, problem: { field: 'scheduledAt' } })
    expect(parseScheduleInput({ variantId: 'abc', scheduledAt: '2028-02-29T20:00+08:00' })).toMatchObject({ ok: true })
    expect(parseScheduleInput({ scheduledAt: '2026-05-03T12:00:00Z' })).toMatchObject({ ok: false, problem: { field: 'variantId' } })
    expect(parseScheduleInput(null)).toMatchObject({ ok: false, problem: { field: 'variantId' } })
  })
})
