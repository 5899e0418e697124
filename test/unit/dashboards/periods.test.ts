import { describe, expect, it } from 'vitest'

import { beijingDay, beijingWeek } from '../../../src/dashboards/periods'

const iso = (date: Date) => date.toISOString()

describe('Beijing day and week', () => {
  it('takes today as the Beijing day, from 16:00 UTC the evening before to 16:00 UTC', () => {
    // 23:30 UTC on Sunday 22 November is 07:30 on Monday 23 November in Beijing.
    const today = beijingDay(new Date('2026-11-22T23:30:00Z'))
    expect(today.first).toBe('2026-11-23')
    expect(today.last).toBe('2026-11-23')
    expect(iso(today.start)).toBe('2026-11-22T16:00:00.000Z')
    expect(iso(today.end)).toBe('2026-11-23T16:00:00.000Z')
  })

  it('runs the week from Monday to Sunday, Beijing days', () => {
    const week = beijingWeek(new Date('2026-11-25T12:00:00Z')) // Wednesday 20:00 in Beijing
    expect([week.first, week.last]).toEqual(['2026-11-23', '2026-11-29'])
    expect(iso(week.start)).toBe('2026-11-22T16:00:00.000Z')
    expect(iso(week.end)).toBe('2026-11-29T16:00:00.000Z')
  })

  it('puts Sunday night in its own week and the first minute of Monday in the next', () => {
    const sundayNight = new Date('2026-11-29T15:59:59Z') // Sunday 23:59:59 in Beijing
    const mondayMorning = new Date('2026-11-29T16:00:00Z') // Monday 00:00 in Beijing
    expect(beijingWeek(sundayNight).first).toBe('2026-11-23')
    expect(beijingWeek(mondayMorning).first).toBe('2026-11-30')
    // A UTC Sunday that is already Monday in Beijing belongs to the Beijing week.
    expect(beijingWeek(new Date('2026-11-22T20:00:00Z')).first).toBe('2026-11-23')
  })

  it('crosses months and years', () => {
    const week = beijingWeek(new Date('2027-01-01T04:00:00Z')) // Friday
    expect([week.first, week.last]).toEqual(['2026-12-28', '2027-01-03'])
  })
})
