import { describe, expect, it } from 'vitest'

import {
  addDays,
  atChinaHour,
  chinaDayOf,
  chinaDayStart,
  chinaHourOf,
  formatChinaTime,
  fromChinaInputValue,
  instantOf,
  onChinaDay,
  toChinaInputValue,
} from '../../../src/calendar/chinaTime'

describe('Beijing time', () => {
  it('puts an evening post in UTC on the next Beijing day', () => {
    const at = new Date('2026-11-23T17:30:00Z')
    expect(chinaDayOf(at)).toBe('2026-11-24')
    expect(chinaHourOf(at)).toBe(1)
    expect(formatChinaTime(at)).toBe('2026-11-24 01:30')
  })

  it('starts a Beijing day at 16:00 UTC the day before, and counts hours from there', () => {
    expect(chinaDayStart('2026-11-24').toISOString()).toBe('2026-11-23T16:00:00.000Z')
    expect(chinaDayStart('2026-11-24', 21).toISOString()).toBe('2026-11-24T13:00:00.000Z')
    expect(chinaDayOf(chinaDayStart('2026-11-24'))).toBe('2026-11-24')
    expect(chinaDayOf(new Date(chinaDayStart('2026-11-24').getTime() - 1))).toBe('2026-11-23')
  })

  it('compares instants, not how they are written', () => {
    expect(instantOf('2026-03-02T12:00:00.000Z')).toBe(instantOf('2026-03-02T20:00:00+08:00'))
    expect(instantOf(null)).toBeNull()
    expect(instantOf('')).toBeNull()
  })
})

describe('moving posts in Beijing time', () => {
  it('keeps the Beijing time of day on another day, across the UTC date line', () => {
    // 01:30 Beijing on 24 Nov is 17:30 UTC on the 23rd.
    expect(onChinaDay(new Date('2026-11-23T17:30:00Z'), '2026-11-26').toISOString()).toBe('2026-11-25T17:30:00.000Z')
    expect(addDays('2026-12-31', 1)).toBe('2027-01-01')
    expect(addDays('2026-03-01', -1)).toBe('2026-02-28')
  })

  it('moves to an hour slot keeping the minutes', () => {
    expect(atChinaHour(new Date('2026-11-24T12:45:00Z'), '2026-11-25', 9).toISOString()).toBe('2026-11-25T01:45:00.000Z')
  })

  it('reads and writes datetime-local values as Beijing time', () => {
    expect(toChinaInputValue(new Date('2026-11-24T12:45:00Z'))).toBe('2026-11-24T20:45')
    expect(fromChinaInputValue('2026-11-24T20:45')?.toISOString()).toBe('2026-11-24T12:45:00.000Z')
    expect(fromChinaInputValue('2026-11-24')).toBeNull()
    expect(fromChinaInputValue('2026-13-24T20:45')).toBeNull()
    expect(fromChinaInputValue('2026-02-30T20:00')).toBeNull()
    expect(fromChinaInputValue('2026-04-31T20:00')).toBeNull()
  })
})
