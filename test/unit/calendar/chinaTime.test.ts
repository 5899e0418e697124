import { describe, expect, it } from 'vitest'

import { chinaDayOf, chinaDayStart, chinaHourOf, formatChinaTime, instantOf } from '../../../src/calendar/chinaTime'

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
