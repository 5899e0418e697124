import { describe, expect, it } from 'vitest'

import type { Run } from '../../../bench/load'

import { costGrowth, type Measurement, ratioTo, type Report, targets } from '../../../bench/report'

const run = (requestsPerSecond: number, p99Ms = 10, rssMb = 300): Run => ({ requestsPerSecond, p50Ms: 5, p99Ms, maxMs: 50, errors: 0, non2xx: 0, rssMb })

const measurement = (size: 'S' | 'M' | 'L', scenarios: Measurement['scenarios'], overrides: Partial<Measurement> = {}): Measurement => ({
  database: 'sqlite',
  size,
  generation: { seconds: 20, contentSeconds: 5, ugcSeconds: 5, kolSeconds: 10, rows: {} },
  ranking: { firstRequestMs: 900, sequentialP50Ms: 120, sequentialP99Ms: 200, requests: 20 },
  scenarios,
  peakRssMb: 400,
  plans: [],
  ...overrides,
})

describe('bench report', () => {
  it('compares the better of two runs with the better run of a baseline', () => {
    const entry = measurement('M', { publishFeed: [run(2000), run(3000)], genericList: [run(250), run(200)] })
    expect(ratioTo(entry, 'publishFeed', 'genericList')).toBe(12)
    expect(ratioTo(entry, 'publishFeed', 'rawNoCount')).toBeNull()
  })

  it('calls cost growth sub-linear when 100× the data costs less than 100× per request', () => {
    const measurements = [measurement('S', { publishFeed: [run(3000)] }), measurement('L', { publishFeed: [run(1500)] })]
    expect(costGrowth(measurements, 'sqlite', 'publishFeed')).toMatchObject({ from: 'S', to: 'L', dataGrowth: 100, costGrowth: 2, subLinear: true })
    const linear = [measurement('S', { genericList: [run(1000)] }), measurement('M', { genericList: [run(100)] })]
    expect(costGrowth(linear, 'sqlite', 'genericList')).toMatchObject({ exponent: 1, subLinear: false })
  })

  it('reports a target missed with its gap, and one at a size not measured as not measured', () => {
    const report: Report = {
      date: '2026-11-24T00:00:00Z',
      machine: { cpus: 2, memoryGb: 8, node: 'v20' },
      settings: { connections: 32, seconds: 8, runs: 2 },
      measurements: [measurement('M', { publishFeed: [run(1000, 45)], genericList: [run(250)], rawNoCount: [run(2000)] })],
      failures: [],
    }
    const rows = targets(report)
    expect(rows.find((row) => row.target.startsWith('publishFeed ≥ 10×'))).toMatchObject({ measured: '4×', met: false, gap: '2.5× short' })
    expect(rows.find((row) => row.target.startsWith('publishFeed ≥ 0.25×'))).toMatchObject({ met: true })
    expect(rows.find((row) => row.target.startsWith('publishFeed p99'))).toMatchObject({ measured: '45 ms', met: false, gap: '15 ms over' })
    expect(rows.find((row) => row.target.startsWith('kolFitRanking'))).toMatchObject({ measured: 'not measured', met: null })
  })

  it('judges a target on the measured ratio, not on the rounded one it prints', () => {
    const report: Report = {
      date: '2026-11-24T00:00:00Z',
      machine: { cpus: 2, memoryGb: 8, node: 'v20' },
      settings: { connections: 32, seconds: 8, runs: 2 },
      measurements: [measurement('M', { publishFeed: [run(499)], rawNoCount: [run(2000)] })],
      failures: [],
    }
    expect(targets(report).find((row) => row.target.startsWith('publishFeed ≥ 0.25×'))).toMatchObject({ measured: '0.25×', met: false, gap: '1.002× short' })
  })
})
