import { describe, expect, it } from 'vitest'

import { isDay, MAX_RANGE_DAYS, shiftView, visibleDays, weekdayOf } from '../../../src/calendar/grid'

describe('calendar grid', () => {
  it('shows six weeks for a month, from the Monday on or before the 1st', () => {
    const days = visibleDays('month', '2026-05-17')
    expect(days).toHaveLength(MAX_RANGE_DAYS)
    // 1 May 2026 is a Friday.
    expect(days[0]).toBe('2026-04-27')
    expect(days.at(-1)).toBe('2026-06-07')
    expect(days.every((day, index) => weekdayOf(day) === index % 7)).toBe(true)
  })

  it('shows a week from Monday to Sunday', () => {
    expect(visibleDays('week', '2026-05-03')).toEqual(['2026-04-27', '2026-04-28', '2026-04-29', '2026-04-30', '2026-05-01', '2026-05-02', '2026-05-03'])
  })

  it('moves by a week or to the first of the next or previous month, across years', () => {
    expect(shiftView('week', '2026-12-30', 1)).toBe('2027-01-06')
    expect(shiftView('month', '2026-12-30', 1)).toBe('2027-01-01')
    expect(shiftView('month', '2026-01-31', -1)).toBe('2025-12-01')
  })

  it('accepts only real days', () => {
    expect(isDay('2026-02-28')).toBe(true)
    expect(isDay('2026-02-30')).toBe(false)
    expect(isDay('2026-2-3')).toBe(false)
    expect(isDay(20260203)).toBe(false)
  })
})
