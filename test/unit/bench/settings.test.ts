import { describe, expect, it } from 'vitest'

import { benchSettings } from '../../../bench/settings'

describe('bench settings', () => {
  it('measures every size on both databases, 8 s per run, by default', () => {
    expect(benchSettings({})).toEqual({ sizes: ['S', 'M', 'L'], databases: ['sqlite', 'postgres'], seconds: 8, connections: 32, runs: 2 })
  })

  it('narrows to the sizes and databases asked for, smallest size first', () => {
    expect(benchSettings({ BENCH_SIZES: 'M, S', BENCH_DATABASES: 'sqlite', BENCH_SECONDS: '3' })).toMatchObject({
      sizes: ['S', 'M'],
      databases: ['sqlite'],
      seconds: 3,
    })
  })

  it('names what it does not know', () => {
    expect(() => benchSettings({ BENCH_SIZES: 'S,XL' })).toThrow('BENCH_SIZES: unknown XL')
    expect(() => benchSettings({ BENCH_DATABASES: 'mongodb' })).toThrow('BENCH_DATABASES: unknown mongodb')
    expect(() => benchSettings({ BENCH_SECONDS: '0' })).toThrow('BENCH_SECONDS')
  })
})
