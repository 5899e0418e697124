/**
 * `npm run bench`: how fast kolFitRanking answers at 10k and 100k KOL accounts (issue 4 targets:
 * p50 < 250 ms and server RSS < 600 MB at 100k), against the production build on SQLite.
 * Writes bench/results/<date>-kol-ranking.json and .md. BENCH_SIZES=10000,50000 overrides sizes.
 */
import { createClient } from '@libsql/client'
import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'

import ensureProductionBuild from '../test/support/productionBuild'
import { startBenchServer } from './benchServer'
import { generateKols } from './generateKols'
import { serverMemory } from './processMemory'

const root = path.resolve(import.meta.dirname, '..')
const sizes = (process.env.BENCH_SIZES ?? '10000,100000').split(',').map(Number)
const SEQUENTIAL = 100
const CONCURRENCY = 8
const PER_CONNECTION = 25

const RANKING = `query Rank($campaign: ID!) {
  kolFitRanking(campaign: $campaign, limit: 50) {
    total items { rank score confidence kol { id name } account { handle followers tier } breakdown { component value contribution estimated } }
  }
}`

const percentile = (sorted: number[], share: number) => sorted[Math.min(sorted.length - 1, Math.ceil(share * sorted.length) - 1)]!
const round = (value: number) => Math.round(value * 10) / 10

async function timed<T>(work: () => Promise<T>): Promise<[T, number]> {
  const start = performance.now()
  const result = await work()
  return [result, performance.now() - start]
}

async function benchSize(accounts: number) {
  const { server, file, headers, send } = await startBenchServer(`kols-${accounts}`)
  try {
    const post = (collection: string, data: Record<string, unknown>) => send('POST', collection, data) as Promise<{ id: number }>
    const brand = await post('brands', { name: '基准品牌', category: 'cosmetics' })
    const persona = await post('personas', { name: '基准人群', gender: 'female', ageMin: 18, ageMax: 34, cityTiers: ['tier-1', 'new-tier-1'] })
    const campaign = await post('campaigns', {
      name: '基准种草活动',
      brand: brand.id,
      type: 'seeding',
      persona: persona.id,
      platforms: ['xiaohongshu', 'douyin', 'weibo'],
      verticals: ['beauty', 'skincare'],
      budget: { total: 500_000 },
      kpis: { targetCpe: 3 },
    })

    // What the server holds before any KOL is indexed: the rest is the index and its garbage.
    const idleMemory = serverMemory(server.process.pid!)
    const client = createClient({ url: `file:${file}` })
    await client.execute('PRAGMA busy_timeout = 30000')
    const [generated, generationMs] = await timed(() => generateKols(client, accounts))
    client.close()

    const rank = async () => {
      const response = await fetch(`${server.url}/api/graphql`, {
        method: 'POST',
        headers,
        body: JSON.stringify({ query: RANKING, variables: { campaign: campaign.id } }),
      })
      const body = (await response.json()) as { data?: { kolFitRanking: { total: number } }; errors?: unknown }
      if (!body.data) throw new Error(`kolFitRanking failed: ${JSON.stringify(body.errors)}`)
      return body.data.kolFitRanking.total
    }
    // The idle keep-alive connection from the setup requests expires while the data is written;
    // the first request after it may find its socket closed, which says nothing about ranking.
    await fetch(`${server.url}/healthz`).catch(() => undefined)
    const [ranked, firstMs] = await timed(rank)
    const afterIndex = serverMemory(server.process.pid!)
    const latencies: number[] = []
    for (let request = 0; request < SEQUENTIAL; request++) latencies.push((await timed(rank))[1])
    latencies.sort((a, b) => a - b)
    const [, concurrentMs] = await timed(() =>
      Promise.all(
        Array.from({ length: CONCURRENCY }, async () => {
          for (let request = 0; request < PER_CONNECTION; request++) await rank()
        }),
      ),
    )
    return {
      accounts: generated.accounts,
      kols: generated.kols,
      rankedAccounts: ranked,
      generationSeconds: round(generationMs / 1000),
      firstRequestMs: Math.round(firstMs),
      sequential: {
        requests: SEQUENTIAL,
        p50Ms: round(percentile(latencies, 0.5)),
        p99Ms: round(percentile(latencies, 0.99)),
        maxMs: round(latencies.at(-1)!),
      },
      concurrent: {
        connections: CONCURRENCY,
        requests: CONCURRENCY * PER_CONNECTION,
        requestsPerSecond: round((CONCURRENCY * PER_CONNECTION) / (concurrentMs / 1000)),
      },
      memory: { idleRssMb: idleMemory.rssMb, peakAfterIndexMb: afterIndex.peakRssMb, ...serverMemory(server.process.pid!) },
    }
  } finally {
    await server.stop()
  }
}

ensureProductionBuild()
const results = []
for (const size of sizes) {
  console.log(`kolFitRanking at ${size.toLocaleString('en')} accounts…`)
  results.push(await benchSize(size))
  console.log(JSON.stringify(results.at(-1)))
}

const date = new Date().toISOString().slice(0, 10)
const report = {
  date: new Date().toISOString(),
  machine: { cpus: os.cpus().length, cpuModel: os.cpus()[0]?.model, memoryGb: Math.round(os.totalmem() / 2 ** 30), node: process.version },
  setup: 'production build (npm run build) behind Express, embedded SQLite; one campaign on 3 of 5 platforms, top 50 with breakdowns',
  targets: { p50Ms: 250, rssMb: 600, at: '100k accounts' },
  results,
}
const out = path.join(root, 'bench/results')
fs.mkdirSync(out, { recursive: true })
fs.writeFileSync(path.join(out, `${date}-kol-ranking.json`), JSON.stringify(report, null, 2) + '\n')
const lines = [
  `# kolFitRanking benchmark, ${date}`,
  '',
  `${report.setup}. ${report.machine.cpus} cores (${report.machine.cpuModel}), ${report.machine.memoryGb} GiB, Node ${report.machine.node}.`,
  'Targets at 100k accounts: p50 < 250 ms, server RSS < 600 MB.',
  '',
  '| accounts | KOLs | ranked | data generation | first request (index build) | p50 | p99 | max | req/s at 8 connections | RSS idle | RSS after | peak RSS while indexing | peak RSS |',
  '|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|',
  ...results.map(
    (row) =>
      `| ${row.accounts.toLocaleString('en')} | ${row.kols.toLocaleString('en')} | ${row.rankedAccounts.toLocaleString('en')} | ${row.generationSeconds} s | ${row.firstRequestMs} ms | ${row.sequential.p50Ms} ms | ${row.sequential.p99Ms} ms | ${row.sequential.maxMs} ms | ${row.concurrent.requestsPerSecond} | ${row.memory.idleRssMb} MB | ${row.memory.rssMb} MB | ${row.memory.peakAfterIndexMb} MB | ${row.memory.peakRssMb} MB |`,
  ),
  '',
]
fs.writeFileSync(path.join(out, `${date}-kol-ranking.md`), lines.join('\n'))
console.log(lines.join('\n'))
