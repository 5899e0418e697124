import type { DatabaseKind } from './database'
import type { SizeName } from './settings'

import { bestRun, type Run } from './load'
import { noteOn, type QueryPlan } from './queryPlans'
import { SIZES } from './settings'

/** Our scenarios, then the baselines they are measured against. */
export const SCENARIOS = ['publishFeed', 'kolFitRanking', 'publishedContent', 'submitUgc', 'login'] as const
export const BASELINES = ['genericList', 'rawNoCount', 'rawWithCount'] as const
export type ScenarioName = (typeof SCENARIOS)[number] | (typeof BASELINES)[number]

export const SCENARIO_LABELS: Record<ScenarioName, string> = {
  publishFeed: 'publishFeed, 20 items (API key)',
  kolFitRanking: 'kolFitRanking, top 50 (admin JWT)',
  publishedContent: 'publishedContent, 20 items (API key)',
  submitUgc: 'submitUgc, text only (public)',
  login: 'REST login (POST /api/users/login)',
  genericList: 'Baseline: Payload generic GraphQL list, 20 assets (paginated)',
  rawNoCount: 'Baseline: raw node:http + prepared statement, 20 rows',
  rawWithCount: 'Baseline: raw node:http + prepared statement + count(*)',
}
/** Paginated reads, whose cost should not grow with the table. */
export const PAGINATED: ScenarioName[] = ['publishFeed', 'publishedContent', 'genericList', 'rawNoCount', 'rawWithCount']

export type Measurement = {
  database: DatabaseKind
  size: SizeName
  generation: { seconds: number; contentSeconds: number; ugcSeconds: number; kolSeconds: number; rows: Record<string, number> }
  ranking: { firstRequestMs: number; sequentialP50Ms: number; sequentialP99Ms: number; requests: number }
  scenarios: Partial<Record<ScenarioName, Run[]>>
  peakRssMb: number
  plans: QueryPlan[]
}

export type Report = {
  date: string
  machine: { cpus: number; cpuModel?: string; memoryGb: number; node: string }
  settings: { connections: number; seconds: number; runs: number }
  measurements: Measurement[]
  /** Measurements that did not complete, with why. */
  failures: string[]
}

const round = (value: number, digits = 2) => Math.round(value * 10 ** digits) / 10 ** digits

/** Our best requests per second over a baseline's best, in the same run on the same database; unrounded, so targets are judged on the measurement. */
export function ratioTo(measurement: Measurement, scenario: ScenarioName, baseline: ScenarioName): number | null {
  const ours = measurement.scenarios[scenario]
  const theirs = measurement.scenarios[baseline]
  if (!ours?.length || !theirs?.length || bestRun(theirs).requestsPerSecond === 0) return null
  return bestRun(ours).requestsPerSecond / bestRun(theirs).requestsPerSecond
}

/**
 * How a scenario's cost (seconds per request at 32 connections, from the best run) grows from the
 * smallest to the largest size measured, as an exponent of the data growth: 0 is flat, 1 linear.
 */
export function costGrowth(measurements: Measurement[], database: DatabaseKind, scenario: ScenarioName) {
  const sized = measurements.filter((entry) => entry.database === database && entry.scenarios[scenario]?.length)
  if (sized.length < 2) return null
  const first = sized[0]!
  const last = sized.at(-1)!
  const dataGrowth = SIZES[last.size].assets / SIZES[first.size].assets
  const [fastest, slowest] = [bestRun(first.scenarios[scenario]!).requestsPerSecond, bestRun(last.scenarios[scenario]!).requestsPerSecond]
  if (fastest === 0 || slowest === 0) return null
  const costGrowth = fastest / slowest
  const exponent = Math.log(Math.max(costGrowth, 1e-9)) / Math.log(dataGrowth)
  return { from: first.size, to: last.size, dataGrowth, costGrowth: round(costGrowth), exponent: round(exponent), subLinear: exponent < 1 }
}

export type Target = { target: string; database: DatabaseKind; measured: string; met: boolean | null; gap?: string }

/** The issue's targets, per database; a target at a size not measured is reported as such (met: null). */
export function targets(report: Report): Target[] {
  const rows: Target[] = []
  for (const database of [...new Set(report.measurements.map((entry) => entry.database))]) {
    const at = (size: SizeName) => report.measurements.find((entry) => entry.database === database && entry.size === size)
    const push = (target: string, value: number | null | undefined, limit: number, better: 'above' | 'below', unit: string) => {
      if (value === null || value === undefined) return rows.push({ target, database, measured: 'not measured', met: null })
      const met = better === 'above' ? value >= limit : value < limit
      const gap = met ? undefined : better === 'above' ? `${round(limit / value, 3)}× short` : `${round(value - limit, 1)} ${unit} over`
      rows.push({ target, database, measured: `${round(value)}${unit === '×' ? '×' : ` ${unit}`}`, met, ...(gap ? { gap } : {}) })
    }
    const medium = at('M')
    push('publishFeed ≥ 10× generic paginated list (M)', medium && ratioTo(medium, 'publishFeed', 'genericList'), 10, 'above', '×')
    push('publishFeed ≥ 0.25× raw no-count server (M)', medium && ratioTo(medium, 'publishFeed', 'rawNoCount'), 0.25, 'above', '×')
    push('publishFeed p99 < 30 ms (M)', medium?.scenarios.publishFeed && bestRun(medium.scenarios.publishFeed).p99Ms, 30, 'below', 'ms')
    push('kolFitRanking p50 < 250 ms, one client (L)', at('L')?.ranking.sequentialP50Ms, 250, 'below', 'ms')
    const rss = report.measurements.filter((entry) => entry.database === database).map((entry) => entry.peakRssMb)
    push('server RSS < 600 MB under load (peak, any size)', rss.length ? Math.max(...rss) : null, 600, 'below', 'MB')
    push('data generation at M < 60 s', medium?.generation.seconds, 60, 'below', 's')
    for (const scenario of ['publishFeed', 'publishedContent'] as const) {
      const growth = costGrowth(report.measurements, database, scenario)
      rows.push({
        target: `${scenario} cost growth sub-linear (${growth ? `${growth.from}→${growth.to}` : 'S→L'})`,
        database,
        measured: growth ? `cost ×${growth.costGrowth} for data ×${growth.dataGrowth} (exponent ${growth.exponent})` : 'not measured',
        met: growth ? growth.subLinear : null,
      })
    }
  }
  return rows
}

const cell = (value: number | null) => (value === null ? '–' : `${round(value)}×`)

export function markdown(report: Report, chartFile: string): string {
  const lines = [
    `# Benchmark, ${report.date.slice(0, 10)}`,
    '',
    `Production build behind Express on 127.0.0.1; autocannon, ${report.settings.connections} connections, ${report.settings.seconds} s per run, ${report.settings.runs} runs per scenario (the table shows the better one). ${report.machine.cpus} cores (${report.machine.cpuModel}), ${report.machine.memoryGb} GiB, Node ${report.machine.node}; autocannon shares the machine with the server, so absolute figures depend on the machine and ratios within one run are what count. Rate limits and UGC quotas off, no job runner.`,
    '',
    '## Targets',
    '',
    '| target | database | measured | met | gap |',
    '|---|---|---|---|---|',
    ...targets(report).map(
      (row) =>
        `| ${row.target} | ${row.database} | ${row.measured} | ${row.met === null ? 'not measured' : row.met ? 'met' : '**not met**'} | ${row.gap ?? ''} |`,
    ),
    '',
    // The causes come from profiles and experiments outside one run, so they live with the docs.
    'Why a target is missed, measured apart from this run: [docs/benchmarks.md](../../docs/benchmarks.md#why-the-three-gaps).',
    '',
    `![p50 and p99 latency against data size](${chartFile})`,
    '',
    ...(report.failures.length ? ['## Not measured', '', ...report.failures.map((failure) => `- ${failure}`), ''] : []),
  ]
  for (const database of [...new Set(report.measurements.map((entry) => entry.database))]) {
    const entries = report.measurements.filter((entry) => entry.database === database)
    lines.push(
      `## ${database === 'sqlite' ? 'SQLite' : 'PostgreSQL'}`,
      '',
      '| scenario | size | req/s | p50 | p99 | max | errors | non-2xx | RSS | ÷ generic list | ÷ raw no-count | ÷ raw with count |',
      '|---|---|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|',
    )
    for (const scenario of [...SCENARIOS, ...BASELINES]) {
      for (const entry of entries) {
        const runs = entry.scenarios[scenario]
        if (!runs?.length) continue
        const run = bestRun(runs)
        lines.push(
          `| ${SCENARIO_LABELS[scenario]} | ${entry.size} | ${run.requestsPerSecond} | ${run.p50Ms} ms | ${run.p99Ms} ms | ${run.maxMs} ms | ${run.errors} | ${run.non2xx} | ${run.rssMb} MB | ${cell(ratioTo(entry, scenario, 'genericList'))} | ${cell(ratioTo(entry, scenario, 'rawNoCount'))} | ${cell(ratioTo(entry, scenario, 'rawWithCount'))} |`,
        )
      }
    }
    lines.push(
      '',
      'RSS is the app server’s (the raw server’s for the raw baselines) at the end of the run.',
      '',
      '| size | data generation | content | UGC | KOLs | rows | ranking first request (index build) | ranking p50 / p99, one client | peak server RSS |',
      '|---|---:|---:|---:|---:|---|---:|---:|---:|',
      ...entries.map(
        (entry) =>
          `| ${entry.size} | ${entry.generation.seconds} s | ${entry.generation.contentSeconds} s | ${entry.generation.ugcSeconds} s | ${entry.generation.kolSeconds} s | ${Object.entries(
            entry.generation.rows,
          )
            .map(([name, value]) => `${name} ${value.toLocaleString('en')}`)
            .join(
              ', ',
            )} | ${entry.ranking.firstRequestMs} ms | ${entry.ranking.sequentialP50Ms} / ${entry.ranking.sequentialP99Ms} ms | ${entry.peakRssMb} MB |`,
      ),
      '',
      '### Cost growth of paginated queries',
      '',
      '| scenario | sizes | data × | cost per request × | exponent (0 flat, 1 linear) | sub-linear |',
      '|---|---|---:|---:|---:|---|',
      ...PAGINATED.flatMap((scenario) => {
        const growth = costGrowth(report.measurements, database, scenario)
        return growth
          ? [
              `| ${SCENARIO_LABELS[scenario]} | ${growth.from}→${growth.to} | ${growth.dataGrowth} | ${growth.costGrowth} | ${growth.exponent} | ${growth.subLinear ? 'yes' : '**no**'} |`,
            ]
          : []
      }),
      '',
    )
    const largest = entries.at(-1)
    if (largest) {
      lines.push(`### Query plans (${database === 'sqlite' ? 'EXPLAIN QUERY PLAN' : 'EXPLAIN, after ANALYZE'}, size ${largest.size})`, '')
      for (const plan of largest.plans) {
        const flags = [
          ...(plan.fullScans.length ? [`**full table scan: ${plan.fullScans.join(', ')}**`] : []),
          ...(plan.sorts ? ['**sort not given by an index**'] : []),
        ]
        const note = noteOn(plan.name)
        lines.push(
          `**${plan.name}**${flags.length ? ` — ${flags.join('; ')}` : ' — indexed'}${note ? ` (${note})` : ''}`,
          '',
          '```sql',
          plan.sql,
          '```',
          '```',
          ...plan.plan,
          '```',
          '',
        )
      }
    }
  }
  return lines.join('\n')
}
