import { describe, expect, it } from 'vitest'

import { reputationScore } from '../../../src/scoring'
import { account, campaign, kol, rankAll } from './facts'

describe('reputationScore', () => {
  it('is missing before the first settled collaboration: the prior alone is no record', () => {
    expect(reputationScore({ settled: 0, ratingSum: 0, onTime: 0 })).toBeNull()
  })

  it('is the Bayesian mean with a prior of 3.5 worth two ratings, scaled to 0..1', () => {
    // (3.5 × 2 + 5) / 3 = 4 → (4 − 1) / 4
    expect(reputationScore({ settled: 1, ratingSum: 5, onTime: 1 })).toBeCloseTo(0.75, 10)
    // (7 + 1) / 3 = 2.67 → 0.417
    expect(reputationScore({ settled: 1, ratingSum: 1, onTime: 1 })).toBeCloseTo(5 / 12, 10)
  })

  it('moves with the ratings, further with more of them', () => {
    const allFives = (settled: number) => reputationScore({ settled, ratingSum: 5 * settled, onTime: settled })!
    expect(allFives(1)).toBeLessThan(allFives(4))
    expect(allFives(4)).toBeLessThan(allFives(40))
    expect(allFives(40)).toBeLessThan(1)
    expect(reputationScore({ settled: 4, ratingSum: 8, onTime: 4 })).toBeLessThan(allFives(1))
  })

  it('is scaled by the on-time share', () => {
    const onTime = reputationScore({ settled: 4, ratingSum: 18, onTime: 4 })!
    expect(reputationScore({ settled: 4, ratingSum: 18, onTime: 2 })).toBeCloseTo(onTime / 2, 10)
    expect(reputationScore({ settled: 4, ratingSum: 18, onTime: 0 })).toBe(0)
  })

  it('stays in 0..1 and treats broken records as missing', () => {
    expect(reputationScore({ settled: 2, ratingSum: 50, onTime: 9 })).toBe(1)
    expect(reputationScore({ settled: 2, ratingSum: NaN, onTime: 2 })).toBeNull()
    expect(reputationScore({ settled: -1, ratingSum: 5, onTime: 1 })).toBeNull()
  })

  it('is what the breakdown shows, with the record behind it', () => {
    const record = { settled: 4, ratingSum: 18, onTime: 3 }
    const [item] = rankAll([kol({ reputation: record, accounts: [account()] })], campaign()).items
    expect(item.breakdown.find(({ component }) => component === 'reputation')).toMatchObject({
      value: Number(reputationScore(record)!.toFixed(3)),
      estimated: false,
      inputs: { settled: 4, averageRating: 4.5, onTimeShare: 0.75 },
    })
  })
})
