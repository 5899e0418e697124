import { describe, expect, it } from 'vitest'

import { KOL_TIERS, TIER_THRESHOLDS, tierOf } from '../../../src/metrics'
import { KOL_PLATFORMS } from '../../../src/taxonomy/kols'

describe('tierOf', () => {
  it.each([
    [0, 'koc'],
    [9_999, 'koc'],
    [10_000, 'tail'],
    [99_999, 'tail'],
    [100_000, 'mid'],
    [999_999, 'mid'],
    [1_000_000, 'head'],
    [80_000_000, 'head'],
  ])('puts %i followers in %s (SPEC §5 defaults)', (followers, tier) => {
    for (const { value: platform } of KOL_PLATFORMS) expect(tierOf(platform, followers)).toBe(tier)
  })

  it.each([null, undefined, NaN, Infinity, -1])('does not guess a tier for %s followers', (followers) => {
    expect(tierOf('douyin', followers)).toBeNull()
  })

  it('has thresholds for every platform, ascending, and a bilingual label for every tier', () => {
    for (const { value: platform } of KOL_PLATFORMS) {
      const { tail, mid, head } = TIER_THRESHOLDS[platform]
      expect(0 < tail && tail < mid && mid < head).toBe(true)
    }
    expect(KOL_TIERS.map(({ value }) => value)).toEqual(['koc', 'tail', 'mid', 'head'])
    expect(KOL_TIERS.find(({ value }) => value === 'mid')?.label).toEqual({ zh: '腰部', en: 'Mid-tier' })
  })
})
