/**
 * `npm run bench`: the issue-8 suite. For each database (SQLite, PostgreSQL) and size (S, M, L):
 * a production server on a new database, the data generated in bulk from a few documents made
 * through the API, the hot queries' plans, then autocannon on each scenario and on the two
 * baselines in the same run on the same database. Writes bench/results/<date>.json, .md and
 * -latency.png. BENCH_SIZES, BENCH_DATABASES and BENCH_SECONDS narrow it (bench/settings.ts).
 */
import { type ChildProcess, spawn } from 'node:child_process'
import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'

import type { Run } from './load'

import ensureProductionBuild from '../test/support/productionBuild'
import { type PostgresServer, startPostgres } from '../test/support/postgres'
import { type BenchServer, startBenchServer } from './benchServer'
import { cloneContent, cloneUgc } from './cloneRows'
import { type DatabaseKind, openDatabase } from './database'
import { generateKols } from './generateKols'
import { load } from './load'
import { serverMemory } from './processStats'
import { explainHotQueries } from './queryPlans'
import { type Measurement, type Report, type ScenarioName } from './report'
import { createTemplates, FEED_PAGE, type Fixture, GENERIC_LIST, PUBLISHED_CONTENT, RANKING, SUBMIT, submission } from './scenarios'
import { benchSettings, SIZES, type SizeName } from './settings'
import { writeReport } from './writeReport'

const root = path.resolve(import.meta.dirname, '..')
const settings = benchSettings(process.env)
const RANKING_SEQUENTIAL = 20

/** What to stop if the suite is interrupted: the servers run in their own process groups and would outlive it. */
const cleanups = new Set<() => void>()
for (const signal of ['SIGINT', 'SIGTERM'] as const) {
  process.once(signal, () => {
    for (const cleanup of cleanups) cleanup()
    process.exit(130)
  })
}
const killGroup = (pid: number | undefined) => () => {
  try {
    process.kill(-pid!, 'SIGKILL')
  } catch {
    // Already gone.
  }
}

const round = (value: number) => Math.round(value * 10) / 10
const percentile = (sorted: number[], share: number) => sorted[Math.min(sorted.length - 1, Math.ceil(share * sorted.length) - 1)]!

/** The raw baseline server as its own process on the same database; resolves with its port once it listens. */
async function startRawServer(databaseUri: string): Promise<{ child: ChildProcess; url: string }> {
  const child = spawn(path.join(root, 'node_modules/.bin/tsx'), ['bench/rawServer.ts'], {
    cwd: root,
    env: { PATH: process.env.PATH, HOME: process.env.HOME, NODE_ENV: 'production', RAW_DATABASE_URI: databaseUri },
    stdio: ['ignore', 'pipe', 'inherit'],
    detached: true,
  })
  const port = await new Promise<number>((resolve, reject) => {
    // Its first line says where it listens.
    let output = ''
    child.stdout!.on('data', (chunk: Buffer) => {
      output += chunk.toString()
      if (!output.includes('\n')) return
      try {
        resolve((JSON.parse(output.slice(0, output.indexOf('\n'))) as { port: number }).port)
      } catch (error) {
        reject(new Error(`raw server said ${JSON.stringify(output)}: ${(error as Error).message}`))
      }
    })
    child.once('exit', (code) => reject(new Error(`raw server exited with ${code}`)))
  })
  return { child, url: `http://127.0.0.1:${port}` }
}

/** Each read answers what it is measured for (a page of 20, not an error that would be measured as a fast 200). */
async function checkAnswers(bench: BenchServer, fixture: Fixture, rawUrl: string) {
  const feed = await bench.graphql(FEED_PAGE, undefined, fixture.publisherHeaders)
  const published = await bench.graphql(PUBLISHED_CONTENT, undefined, fixture.publisherHeaders)
  const generic = await bench.graphql(GENERIC_LIST, undefined, fixture.publisherHeaders)
  const raw = (await (await fetch(`${rawUrl}/feed?count=1`)).json()) as { items: unknown[]; totalDocs: number }
  const sizes = {
    publishFeed: feed.publishFeed.nodes.length,
    publishedContent: published.publishedContent.nodes.length,
    genericList: generic.ContentAssets.docs.length,
    raw: raw.items.length,
  }
  if (Object.values(sizes).some((length) => length !== 20)) throw new Error(`a read did not answer 20 items: ${JSON.stringify(sizes)}`)
}

async function measure(database: DatabaseKind, size: SizeName, postgres: PostgresServer | null): Promise<Measurement> {
  const counts = SIZES[size]
  const bench = await startBenchServer(database, `${database}-${size}`, postgres?.url)
  const pid = bench.server.process.pid!
  const stopServer = killGroup(pid)
  cleanups.add(stopServer)
  let raw: Awaited<ReturnType<typeof startRawServer>> | null = null
  let stopRaw: (() => void) | null = null
  try {
    const fixture = await createTemplates(bench)
    const db = await openDatabase(database, bench.databaseUri)
    const timed = async <T>(work: () => Promise<T>): Promise<[T, number]> => {
      const start = performance.now()
      const result = await work()
      return [result, round((performance.now() - start) / 1000)]
    }
    // Three template assets and two submissions: copies of each make up the size.
    const [content, contentSeconds] = await timed(() => cloneContent(db, Math.ceil(counts.assets / 3) - 1))
    const [ugc, ugcSeconds] = await timed(() => cloneUgc(db, Math.ceil(counts.ugc / 2) - 1))
    const [kols, kolSeconds] = await timed(() => generateKols(db, counts.accounts))
    const generation = {
      seconds: round(contentSeconds + ugcSeconds + kolSeconds),
      contentSeconds,
      ugcSeconds,
      kolSeconds,
      rows: { ...content, ugc: ugc.submissions, ugcPending: ugc.pending, kols: kols.kols, accounts: kols.accounts },
    }
    console.log(`${database} ${size}: generated in ${generation.seconds} s`, JSON.stringify(generation.rows))
    // PostgreSQL's autovacuum would gather statistics soon after a bulk load; SQLite has none unless ANALYZE is run, which the app never does.
    if (database === 'postgres') await db.query('ANALYZE')
    const plans = await explainHotQueries(db)
    await db.close()

    const graphqlRequest = (query: string, headers: Record<string, string>, variables?: Record<string, unknown>) => ({
      url: `${bench.server.url}/api/graphql`,
      method: 'POST' as const,
      headers,
      body: JSON.stringify({ query, variables }),
    })
    // The first ranking builds the in-memory index; then one client alone, as the p50 target reads.
    const rankOnce = async () => {
      const start = performance.now()
      await bench.graphql(RANKING, { campaign: fixture.campaign })
      return performance.now() - start
    }
    await fetch(`${bench.server.url}/healthz`).catch(() => undefined)
    const firstRequestMs = Math.round(await rankOnce())
    const sequential: number[] = []
    for (let request = 0; request < RANKING_SEQUENTIAL; request++) sequential.push(await rankOnce())
    sequential.sort((a, b) => a - b)
    const ranking = {
      firstRequestMs,
      sequentialP50Ms: round(percentile(sequential, 0.5)),
      sequentialP99Ms: round(percentile(sequential, 0.99)),
      requests: RANKING_SEQUENTIAL,
    }

    raw = await startRawServer(bench.databaseUri)
    stopRaw = killGroup(raw.child.pid)
    cleanups.add(stopRaw)
    const requests: Record<ScenarioName, Parameters<typeof load>[0]> = {
      publishFeed: graphqlRequest(FEED_PAGE, fixture.publisherHeaders),
      kolFitRanking: graphqlRequest(RANKING, bench.headers, { campaign: fixture.campaign }),
      publishedContent: graphqlRequest(PUBLISHED_CONTENT, fixture.publisherHeaders),
      submitUgc: {
        url: `${bench.server.url}/api/graphql`,
        method: 'POST',
        headers: { 'Content-Type': 'application/json' },
        bodyOf: () => JSON.stringify({ query: SUBMIT, variables: { input: submission(fixture.product) } }),
      },
      login: {
        url: `${bench.server.url}/api/users/login`,
        method: 'POST',
        headers: { 'Content-Type': 'application/json' },
        body: JSON.stringify({ email: 'bench@zhongcao.local', password: 'bench-password-2026' }),
      },
      genericList: graphqlRequest(GENERIC_LIST, fixture.publisherHeaders),
      rawNoCount: { url: `${raw.url}/feed` },
      rawWithCount: { url: `${raw.url}/feed?count=1` },
    }
    await checkAnswers(bench, fixture, raw.url)
    const scenarios: Partial<Record<ScenarioName, Run[]>> = {}
    for (const [name, request] of Object.entries(requests) as [ScenarioName, Parameters<typeof load>[0]][]) {
      const loadPid = name.startsWith('raw') ? raw.child.pid! : pid
      scenarios[name] = []
      for (let attempt = 0; attempt < settings.runs; attempt++) {
        scenarios[name].push(await load(request, { connections: settings.connections, seconds: settings.seconds, pid: loadPid }))
      }
      console.log(`${database} ${size} ${name}`, JSON.stringify(scenarios[name]))
    }
    return { database, size, generation, ranking, scenarios, peakRssMb: serverMemory(pid).peakRssMb, plans }
  } finally {
    if (raw && raw.child.exitCode === null) {
      const exited = new Promise((resolve) => raw!.child.once('exit', resolve))
      process.kill(-raw.child.pid!, 'SIGTERM')
      await exited
    }
    if (stopRaw) cleanups.delete(stopRaw)
    await bench.server.stop()
    cleanups.delete(stopServer)
  }
}

ensureProductionBuild()
const out = path.join(root, 'bench/results')
const report: Report = {
  date: new Date().toISOString(),
  machine: { cpus: os.cpus().length, cpuModel: os.cpus()[0]?.model, memoryGb: Math.round(os.totalmem() / 2 ** 30), node: process.version },
  settings: { connections: settings.connections, seconds: settings.seconds, runs: settings.runs },
  measurements: [],
  failures: [],
}
for (const database of settings.databases) {
  const postgres = database === 'postgres' ? await startPostgres() : null
  if (postgres) cleanups.add(postgres.stop)
  try {
    for (const size of settings.sizes) {
      try {
        report.measurements.push(await measure(database, size, postgres))
      } catch (error) {
        console.error(`${database} ${size} failed`, error)
        report.failures.push(`${database} ${size}: ${error instanceof Error ? error.message : String(error)}`)
      }
      await writeReport(report, out)
    }
  } finally {
    postgres?.stop()
  }
}
console.log(fs.readFileSync(path.join(out, `${report.date.slice(0, 10)}.md`), 'utf8'))
