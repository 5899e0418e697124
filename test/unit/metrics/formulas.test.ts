import fc from 'fast-check'
import { describe, expect, it } from 'vitest'

import {
  cpe,
  cpm,
  ENGAGEMENT_WEIGHTS,
  engagementRate,
  plainEngagements,
  roi,
  weightedEngagements,
} from '../../../src/metrics'

const INVALID = [null, undefined, NaN, Infinity, -Infinity, -1]

describe('engagementRate', () => {
  it('divides by views when there are views, and says so', () => {
    expect(engagementRate({ engagements: 300, views: 10_000, followers: 50_000 })).toEqual({
      value: 0.03,
      formula: 'engagements/views',
    })
  })

  it.each([0, ...INVALID])('falls back to followers when views are %s', (views) => {
    expect(engagementRate({ engagements: 300, views, followers: 50_000 })).toEqual({
      value: 0.006,
      formula: 'engagements/followers',
    })
  })

  it.each([0, ...INVALID])('is unknown without views or followers (followers %s)', (followers) => {
    expect(engagementRate({ engagements: 300, views: 0, followers })).toBeNull()
  })

  it.each(INVALID)('is unknown when the engagements are %s', (engagements) => {
    expect(engagementRate({ engagements, views: 10_000, followers: 50_000 })).toBeNull()
  })

  it('is 0 for no engagements on a known audience', () => {
    expect(engagementRate({ engagements: 0, views: 10_000, followers: null })).toEqual({
      value: 0,
      formula: 'engagements/views',
    })
  })
})

describe('engagement sums', () => {
  const counts = { likes: 100, comments: 10, shares: 4, saves: 6 }

  it('weights comments 3 and shares and saves 5 against a like (SPEC §6)', () => {
    expect(ENGAGEMENT_WEIGHTS).toEqual({ likes: 1, comments: 3, shares: 5, saves: 5 })
    expect(weightedEngagements(counts)).toBe(100 + 30 + 20 + 30)
    expect(plainEngagements(counts)).toBe(120)
  })

  it('leaves unknown counts out, and is unknown only when no count is known', () => {
    expect(weightedEngagements({ ...counts, shares: NaN, saves: null })).toBe(130)
    expect(plainEngagements({ ...counts, likes: -5 })).toBe(20)
    expect(weightedEngagements({ likes: null, comments: undefined, shares: NaN, saves: -1 })).toBeNull()
    expect(plainEngagements({ likes: 0, comments: null, shares: null, saves: null })).toBe(0)
  })
})

describe('cost and return', () => {
  it('computes CPM, CPE and ROI in yuan', () => {
    expect(cpm(5_000, 250_000)).toBe(20)
    expect(cpe(5_000, 2_000)).toBe(2.5)
    expect(roi(30_000, 5_000)).toBe(6)
  })

  it('is 0 for a free collaboration and for no sales', () => {
    expect(cpm(0, 1_000)).toBe(0)
    expect(cpe(0, 1_000)).toBe(0)
    expect(roi(0, 5_000)).toBe(0)
  })

  it.each([0, ...INVALID])('is unknown when the denominator is %s', (denominator) => {
    expect(cpm(5_000, denominator)).toBeNull()
    expect(cpe(5_000, denominator)).toBeNull()
    expect(roi(30_000, denominator)).toBeNull()
  })

  it.each(INVALID)('is unknown when the numerator is %s', (numerator) => {
    expect(cpm(numerator, 1_000)).toBeNull()
    expect(cpe(numerator, 1_000)).toBeNull()
    expect(roi(numerator, 5_000)).toBeNull()
  })

  it('is null exactly when an input is unknown or the denominator 0, and never negative, for any input', () => {
    const figure = fc.option(fc.oneof(fc.double(), fc.nat()), { nil: undefined })
    const usable = (value: number | null | undefined) =>
      typeof value === 'number' && Number.isFinite(value) && value >= 0
    fc.assert(
      fc.property(figure, figure, (top, bottom) => {
        const computable = usable(top) && usable(bottom) && bottom !== 0
        for (const result of [cpm(top, bottom), cpe(top, bottom), roi(top, bottom)]) {
          expect(result !== null).toBe(computable)
          if (result !== null) expect(result).toBeGreaterThanOrEqual(0)
        }
      }),
      { numRuns: 1000 },
    )
  })
})
