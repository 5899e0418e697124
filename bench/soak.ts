/**
 * `npm run soak`: the production server under a steady mixed load for SOAK_SECONDS (600) with
 * autocannon, sampled every SOAK_SAMPLE_SECONDS (20; 10 under 5 minutes). Publishers read
 * publishFeed, KOL managers rank KOLs, shoppers submit UGC text, editors list and update content
 * over REST, each at a fixed rate. Per window: requests per second, p50 and p99, errors and the
 * server's RSS; pass criteria in bench/soakCriteria.ts. Writes bench/results/soak-<date>.json and
 * .md, and exits 1 when a criterion fails.
 */
import autocannon from 'autocannon'
import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'

import ensureProductionBuild from '../test/support/productionBuild'
import { startBenchServer } from './benchServer'
import { cloneContent, cloneUgc } from './cloneRows'
import { openDatabase } from './database'
import { generateKols } from './generateKols'
import { serverMemory } from './processStats'
import { createTemplates, FEED_PAGE, RANKING, SUBMIT, submission } from './scenarios'
import { judgeSoak, percentile, type SoakVerdict, type SoakWindow, warmUpSeconds } from './soakCriteria'

const root = path.resolve(import.meta.dirname, '..')
const seconds = Number(process.env.SOAK_SECONDS ?? 600)
const sampleSeconds = Number(process.env.SOAK_SAMPLE_SECONDS ?? (seconds < 300 ? 10 : 20))
if (!(seconds > 0 && sampleSeconds > 0)) throw new Error('SOAK_SECONDS and SOAK_SAMPLE_SECONDS: positive numbers of seconds')
const warmUp = warmUpSeconds(seconds)
/** The data the load runs on: the bench's size S (bench/settings.ts). */
const ASSETS = 1_000
const ACCOUNTS = 1_000
const UGC = 1_000

type Scenario = { name: string; rate: number; connections: number; requests: autocannon.Request[] }
type Window = SoakWindow & { scenarios: Record<string, { requests: number; p50Ms: number; p99Ms: number; errors: number }> }

const round = (value: number) => Math.round(value * 10) / 10

/** A 2xx GraphQL answer can still carry `errors`: counted as an error, like a non-2xx status. */
const graphqlFailed = (status: number, body: string) => status < 200 || status > 299 || body.includes('"errors"')

ensureProductionBuild()
const bench = await startBenchServer('sqlite', 'soak')
const pid = bench.server.process.pid!
const stop = () => {
  try {
    process.kill(-pid, 'SIGKILL')
  } catch {
    // Already gone.
  }
}
process.once('SIGINT', () => {
  stop()
  process.exit(130)
})

try {
  const fixture = await createTemplates(bench)
  const db = await openDatabase('sqlite', bench.databaseUri)
  await cloneContent(db, Math.ceil(ASSETS / 3) - 1)
  await cloneUgc(db, Math.ceil(UGC / 2) - 1)
  await generateKols(db, ACCOUNTS)
  await db.close()
  await bench.send('POST', 'users', { email: 'soak-editor@zhongcao.local', password: 'bench-password-2026', roles: ['editor'] })
  const editorLogin = (await (
    await fetch(`${bench.server.url}/api/users/login`, {
      method: 'POST',
      headers: { 'Content-Type': 'application/json' },
      body: JSON.stringify({ email: 'soak-editor@zhongcao.local', password: 'bench-password-2026' }),
    })
  ).json()) as { token: string }
  const editorHeaders = { 'Content-Type': 'application/json', Authorization: `JWT ${editorLogin.token}` }
  // The first ranking builds the scoring index: part of starting up, not of the load.
  await bench.graphql(RANKING, { campaign: fixture.campaign })

  const graphql = (query: string, headers: Record<string, string>, variables?: Record<string, unknown>): autocannon.Request => ({
    method: 'POST',
    path: '/api/graphql',
    headers,
    body: JSON.stringify({ query, variables }),
  })
  let edit = 0
  // 12 requests a second in all: a steady load this shared 2-core machine serves without queueing (docs/reliability.md).
  const scenarios: Scenario[] = [
    { name: 'publishFeed', rate: 6, connections: 2, requests: [graphql(FEED_PAGE, fixture.publisherHeaders)] },
    { name: 'kolFitRanking', rate: 2, connections: 2, requests: [graphql(RANKING, bench.headers, { campaign: fixture.campaign })] },
    {
      name: 'submitUgc',
      rate: 2,
      connections: 2,
      requests: [
        {
          method: 'POST',
          path: '/api/graphql',
          headers: { 'Content-Type': 'application/json' },
          setupRequest: (request) => ({ ...request, body: JSON.stringify({ query: SUBMIT, variables: { input: submission(fixture.product) } }) }),
        },
      ],
    },
    {
      // An editor's admin REST: four list pages to one save of a draft asset.
      name: 'adminRest',
      rate: 2,
      connections: 2,
      requests: [
        ...Array.from({ length: 4 }, (): autocannon.Request => ({
          method: 'GET',
          path: '/api/content-assets?limit=20&depth=0&sort=-updatedAt',
          headers: editorHeaders,
        })),
        {
          method: 'PATCH',
          path: `/api/content-assets/${fixture.draftAsset}`,
          headers: editorHeaders,
          setupRequest: (request) => ({ ...request, body: JSON.stringify({ title: `基准内容 草稿 第 ${++edit} 次修改` }) }),
        },
      ],
    },
  ]

  // Latencies and errors of the current window, per scenario.
  const current = new Map(scenarios.map((scenario) => [scenario.name, { latencies: [] as number[], errors: 0 }]))
  const windows: Window[] = []
  const started = performance.now()
  const sample = () => {
    const scenarioStats: Window['scenarios'] = {}
    const all: number[] = []
    let errors = 0
    for (const [name, stats] of current) {
      const sorted = stats.latencies.sort((a, b) => a - b)
      scenarioStats[name] = { requests: sorted.length, p50Ms: round(percentile(sorted, 0.5)), p99Ms: round(percentile(sorted, 0.99)), errors: stats.errors }
      all.push(...sorted)
      errors += stats.errors
      current.set(name, { latencies: [], errors: 0 })
    }
    all.sort((a, b) => a - b)
    const window: Window = {
      endSecond: Math.round((performance.now() - started) / 1000),
      requests: all.length,
      requestsPerSecond: round(all.length / sampleSeconds),
      p50Ms: round(percentile(all, 0.5)),
      p99Ms: round(percentile(all, 0.99)),
      errors,
      rssMb: serverMemory(pid).rssMb,
      scenarios: scenarioStats,
    }
    windows.push(window)
    console.log(
      `${String(window.endSecond).padStart(4)} s  ${String(window.requestsPerSecond).padStart(6)} req/s  p50 ${window.p50Ms} ms  p99 ${window.p99Ms} ms  errors ${window.errors}  RSS ${window.rssMb} MB`,
    )
  }
  const sampler = setInterval(sample, sampleSeconds * 1000)
  const failures: string[] = []
  const runs = scenarios.map(
    (scenario) =>
      new Promise<autocannon.Result>((resolve, reject) => {
        const stats = () => current.get(scenario.name)!
        const instance = autocannon(
          {
            url: bench.server.url,
            connections: scenario.connections,
            overallRate: scenario.rate,
            duration: seconds,
            timeout: 30,
            requests: scenario.requests.map((request) => ({
              ...request,
              onResponse: (status: number, body: string) => {
                if (!graphqlFailed(status, body)) return
                stats().errors++
                if (failures.length < 20) failures.push(`${scenario.name}: ${status} ${body.slice(0, 300)}`)
              },
            })),
          },
          (error, result) => (error ? reject(error) : resolve(result)),
        )
        instance.on('response', (_client, _status, _bytes, responseTime) => stats().latencies.push(responseTime))
        instance.on('reqError', (error) => {
          stats().errors++
          if (failures.length < 20) failures.push(`${scenario.name}: ${error.message}`)
        })
      }),
  )
  const results = await Promise.all(runs)
  clearInterval(sampler)
  // A last partial window only if it is at least half a window long.
  if ((performance.now() - started) / 1000 - (windows.at(-1)?.endSecond ?? 0) >= sampleSeconds / 2) sample()

  const verdict: SoakVerdict = judgeSoak(windows, warmUp)
  const load = os.loadavg()
  const report = {
    date: new Date().toISOString(),
    machine: { cpus: os.cpus().length, cpuModel: os.cpus()[0]?.model, memoryGb: Math.round(os.totalmem() / 2 ** 30), node: process.version },
    loadAverageAtEnd: load.map((value) => round(value)),
    settings: {
      seconds,
      sampleSeconds,
      warmUpSeconds: warmUp,
      data: { assets: ASSETS, kolAccounts: ACCOUNTS, ugc: UGC, database: 'sqlite' },
      scenarios: scenarios.map(({ name, rate, connections }) => ({ name, requestsPerSecond: rate, connections })),
    },
    totals: Object.fromEntries(
      scenarios.map((scenario, index) => [
        scenario.name,
        { requests: results[index]!.requests.total, non2xx: results[index]!.non2xx, errors: results[index]!.errors, timeouts: results[index]!.timeouts },
      ]),
    ),
    verdict,
    failures,
    windows,
  }
  const out = path.join(root, 'bench/results')
  const name = `soak-${report.date.slice(0, 10)}${seconds === 600 ? '' : `-${seconds}s`}`
  fs.mkdirSync(out, { recursive: true })
  fs.writeFileSync(path.join(out, `${name}.json`), `${JSON.stringify(report, null, 2)}\n`)
  fs.writeFileSync(path.join(out, `${name}.md`), soakMarkdown(report))
  console.log(fs.readFileSync(path.join(out, `${name}.md`), 'utf8'))
  process.exitCode = verdict.passed ? 0 : 1
} finally {
  await bench.server.stop()
}

function soakMarkdown(report: {
  date: string
  machine: { cpus: number; cpuModel?: string; memoryGb: number; node: string }
  loadAverageAtEnd: number[]
  settings: { seconds: number; sampleSeconds: number; warmUpSeconds: number; scenarios: { name: string; requestsPerSecond: number; connections: number }[] }
  totals: Record<string, { requests: number; non2xx: number; errors: number; timeouts: number }>
  verdict: SoakVerdict
  failures: string[]
  windows: Window[]
}): string {
  const { verdict: v, settings: s } = report
  const mark = (passed: boolean) => (passed ? 'pass' : '**FAIL**')
  const percent = (value: number) => `${(value * 100).toFixed(1)} %`
  return [
    `# Soak ${report.date}`,
    '',
    `${s.seconds} s of steady mixed load on the production server (SQLite, bench size S), sampled every ${s.sampleSeconds} s; the first ${s.warmUpSeconds} s are the warm-up.`,
    `Machine: ${report.machine.cpus} × ${report.machine.cpuModel ?? 'CPU'}, ${report.machine.memoryGb} GB, Node ${report.machine.node}; load average at the end ${report.loadAverageAtEnd.join(' / ')} (shared machine).`,
    '',
    '| scenario | rate (req/s) | connections | requests | non-2xx | errors | timeouts |',
    '|---|---|---|---|---|---|---|',
    ...s.scenarios.map((scenario) => {
      const total = report.totals[scenario.name]!
      return `| ${scenario.name} | ${scenario.requestsPerSecond} | ${scenario.connections} | ${total.requests} | ${total.non2xx} | ${total.errors} | ${total.timeouts} |`
    }),
    '',
    '| criterion | measured | limit | result |',
    '|---|---|---|---|',
    `| errors (non-2xx, GraphQL errors, connection errors, timeouts) | ${v.errors.total} | 0 | ${mark(v.errors.passed)} |`,
    `| p99 stability: median window p99, last third ÷ first third after the warm-up | ${v.p99.lastThirdMedianMs} ms ÷ ${v.p99.firstThirdMedianMs} ms = ${v.p99.ratio.toFixed(2)} | ≤ ${v.p99.limit} | ${mark(v.p99.passed)} |`,
    `| RSS growth, end of warm-up → end | ${v.rss.warmUpMb} MB → ${v.rss.endMb} MB = ${percent(v.rss.growth)} | < ${percent(v.rss.limit)} | ${mark(v.rss.passed)} |`,
    '',
    `**${v.passed ? 'Passed' : 'Failed'}.**`,
    '',
    '| end (s) | req/s | p50 (ms) | p99 (ms) | errors | RSS (MB) | ' + s.scenarios.map((scenario) => `${scenario.name} p99`).join(' | ') + ' |',
    '|---|---|---|---|---|---|' + s.scenarios.map(() => '---|').join(''),
    ...report.windows.map(
      (window) =>
        `| ${window.endSecond} | ${window.requestsPerSecond} | ${window.p50Ms} | ${window.p99Ms} | ${window.errors} | ${window.rssMb} | ` +
        s.scenarios.map((scenario) => window.scenarios[scenario.name]?.p99Ms ?? '').join(' | ') +
        ' |',
    ),
    ...(report.failures.length > 0 ? ['', 'First failures:', '', ...report.failures.map((failure) => `- ${failure.replaceAll('\n', ' ')}`)] : []),
    '',
  ].join('\n')
}
