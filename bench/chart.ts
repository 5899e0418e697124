import sharp from 'sharp'
import * as vega from 'vega'
import { compile, type TopLevelSpec } from 'vega-lite'

import type { Report } from './report'

import { bestRun } from './load'
import { type ScenarioName } from './report'
import { SIZES } from './settings'

const CHART_LABELS: Record<ScenarioName, string> = {
  publishFeed: 'publishFeed',
  kolFitRanking: 'kolFitRanking',
  publishedContent: 'publishedContent',
  submitUgc: 'submitUgc',
  login: 'REST login',
  genericList: 'baseline: Payload generic list',
  rawNoCount: 'baseline: raw http, no count',
  rawWithCount: 'baseline: raw http + count(*)',
}

/** One point per scenario, size, database and percentile, from the best run of each. */
export function latencyPoints(report: Report) {
  return report.measurements.flatMap((entry) =>
    Object.entries(entry.scenarios).flatMap(([scenario, runs]) => {
      // A run that completed no request has no latency to draw.
      if (!runs?.length || bestRun(runs).requestsPerSecond === 0) return []
      const run = bestRun(runs)
      const common = { database: entry.database, scenario: CHART_LABELS[scenario as ScenarioName], size: entry.size, assets: SIZES[entry.size].assets }
      return [
        { ...common, percentile: 'p50', ms: run.p50Ms },
        { ...common, percentile: 'p99', ms: run.p99Ms },
      ]
    }),
  )
}

/**
 * Latency (log scale) against data size, a panel per database and percentile, rendered
 * from the report's JSON to SVG by Vega in Node (no canvas) and to PNG by sharp.
 */
export async function renderLatencyChart(report: Report, file: string): Promise<void> {
  const spec: TopLevelSpec = {
    $schema: 'https://vega.github.io/schema/vega-lite/v5.json',
    data: { values: latencyPoints(report) },
    facet: { column: { field: 'database', type: 'nominal', title: null }, row: { field: 'percentile', type: 'nominal', title: null } },
    spec: {
      width: 380,
      height: 240,
      mark: { type: 'line', point: true },
      encoding: {
        x: {
          field: 'assets',
          type: 'quantitative',
          scale: { type: 'log' },
          axis: { values: Object.values(SIZES).map((size) => size.assets), format: ',' },
          title: 'data size (content assets = KOL accounts = UGC submissions)',
        },
        y: { field: 'ms', type: 'quantitative', scale: { type: 'log' }, title: 'latency at 32 connections (ms, log)' },
        color: { field: 'scenario', type: 'nominal', title: 'scenario', legend: { labelLimit: 420 } },
      },
    },
    config: { font: 'DejaVu Sans', background: 'white' },
  }
  const view = new vega.View(vega.parse(compile(spec).spec), { renderer: 'none' })
  const svg = await view.toSVG()
  await sharp(Buffer.from(svg), { density: 144 }).png().toFile(file)
}
