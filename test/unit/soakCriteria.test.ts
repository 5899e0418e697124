import { describe, expect, it } from 'vitest'

import { judgeSoak, type SoakWindow, warmUpSeconds } from '../../bench/soakCriteria'

/** Windows of 20 s; each entry is [p99 ms, RSS MB, errors]. */
const windows = (entries: [number, number, number?][]): SoakWindow[] =>
  entries.map(([p99Ms, rssMb, errors = 0], index) => ({
    endSecond: (index + 1) * 20,
    requests: 240,
    requestsPerSecond: 12,
    p50Ms: p99Ms / 4,
    p99Ms,
    errors,
    rssMb,
  }))

describe('soak pass criteria', () => {
  it('leaves the first minute of the 10-minute soak out, and a fifth of a shorter one', () => {
    expect(warmUpSeconds(600)).toBe(60)
    expect(warmUpSeconds(60)).toBe(12)
  })

  it('passes a steady run: no errors, p99 flat after the warm-up, memory grown less than 10 % since the warm-up', () => {
    // The warm-up's slow p99 and its growing memory do not count: RSS is compared from the end of the warm-up.
    const verdict = judgeSoak(
      windows([
        [900, 300],
        [200, 500],
        [100, 505],
        [110, 510],
        [105, 515],
        [120, 520],
        [100, 530],
        [115, 540],
      ]),
      40,
    )
    expect(verdict.passed).toBe(true)
    expect(verdict.rss).toMatchObject({ warmUpMb: 500, endMb: 540, growth: 0.08 })
  })

  it('fails on one error, a p99 that drifts past 1.5 × its start, or memory that keeps growing', () => {
    const steady: [number, number, number?][] = [
      [100, 500],
      [100, 500],
      [100, 500],
      [100, 500],
      [100, 500],
      [100, 500],
      [100, 500],
    ]
    const oneError = steady.map((entry, index) => (index === 3 ? ([100, 500, 1] as [number, number, number]) : entry))
    expect(judgeSoak(windows(oneError), 20)).toMatchObject({ passed: false, errors: { total: 1, passed: false }, p99: { passed: true }, rss: { passed: true } })

    const drifting = judgeSoak(
      windows([
        [100, 500],
        [100, 500],
        [100, 500],
        [120, 500],
        [160, 500],
        [151, 500],
        [200, 500],
      ]),
      20,
    )
    expect(drifting).toMatchObject({ passed: false, p99: { firstThirdMedianMs: 100, lastThirdMedianMs: 175.5, passed: false } })
    expect(
      judgeSoak(
        windows([
          [100, 500],
          [100, 500],
          [100, 500],
          [120, 500],
          [150, 500],
          [150, 500],
          [150, 500],
        ]),
        20,
      ).p99.passed,
    ).toBe(true)

    expect(
      judgeSoak(
        windows([
          [100, 500],
          [100, 510],
          [100, 520],
          [100, 530],
          [100, 540],
          [100, 550],
          [100, 550],
        ]),
        20,
      ).rss,
    ).toMatchObject({ growth: 0.1, passed: false })
  })

  it('refuses to judge a run too short to have thirds', () => {
    expect(() =>
      judgeSoak(
        windows([
          [100, 500],
          [100, 500],
          [100, 500],
        ]),
        20,
      ),
    ).toThrow(/at least three windows/)
  })
})
