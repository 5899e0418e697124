import fc from 'fast-check'
import { describe, expect, it } from 'vitest'

import { compareIds } from '../../../src/scoring'
import { median, midRankPercentile } from '../../../src/scoring/statistics'

describe('compareIds', () => {
  it('orders integer ids numerically, however long', () => {
    expect(['10', '9', '100', '1'].sort(compareIds)).toEqual(['1', '9', '10', '100'])
    expect(compareIds('98765432109876543210', '98765432109876543211')).toBeLessThan(0)
    expect(compareIds('007', '7')).not.toBe(0)
  })

  it('orders other ids as strings, after the integer ones', () => {
    expect(['65f0c2a9e1b2c3d4e5f60718', '5f0c', '12', '65f0c2a9e1b2c3d4e5f60709'].sort(compareIds)).toEqual([
      '12',
      '5f0c',
      '65f0c2a9e1b2c3d4e5f60709',
      '65f0c2a9e1b2c3d4e5f60718',
    ])
  })

  it('is a total order on any ids', () => {
    const id = fc.oneof(fc.nat().map(String), fc.string({ maxLength: 4 }), fc.stringMatching(/^0*\d{1,3}$/))
    fc.assert(
      fc.property(fc.array(id), (ids) => {
        const sorted = [...ids].sort(compareIds)
        for (let index = 1; index < sorted.length; index++) {
          expect(compareIds(sorted[index - 1], sorted[index])).toBeLessThanOrEqual(0)
        }
        expect([...ids].reverse().sort(compareIds)).toEqual(sorted)
      }),
    )
  })
})

describe('statistics', () => {
  it('median agrees with sorting, for any values', () => {
    fc.assert(
      // + 0 turns −0 into 0, which sorting cannot tell apart.
      fc.property(fc.array(fc.double({ noNaN: true, noDefaultInfinity: true }).map((value) => value + 0)), (values) => {
        const sorted = [...values].sort((a, b) => a - b)
        const middle = sorted.length >> 1
        const expected =
          sorted.length === 0 ? null : sorted.length % 2 ? sorted[middle] : (sorted[middle - 1] + sorted[middle]) / 2
        expect(median(values)).toBe(expected)
      }),
    )
  })

  it('mid-rank percentile shares ties', () => {
    const sorted = Float64Array.from([1, 2, 2, 2, 5])
    expect(midRankPercentile(sorted, 2)).toBe(0.5)
    expect(midRankPercentile(sorted, 1)).toBe(0.1)
    expect(midRankPercentile(sorted, 5)).toBe(0.9)
    expect(midRankPercentile(sorted, 9)).toBe(1)
  })
})
