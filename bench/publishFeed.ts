/**
 * `npm run bench` (second part): publishFeed against Payload's generic GraphQL list of the same
 * content, on the production build with SQLite, under autocannon at 32 connections, each run twice
 * (issue 5: the feed is designed for ≥ 10× the generic paginated list). Writes
 * bench/results/<date>-publish-feed.json and .md. BENCH_FEED_ASSETS (default 10000) sets the size.
 */
import { createClient } from '@libsql/client'
import autocannon from 'autocannon'
import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'

import ensureProductionBuild from '../test/support/productionBuild'
import { startBenchServer } from './benchServer'
import { cloneContent } from './cloneContent'
import { serverMemory } from './processMemory'

const root = path.resolve(import.meta.dirname, '..')
const copies = Number(process.env.BENCH_FEED_ASSETS ?? 10_000) - 1
const CONNECTIONS = 32
const SECONDS = 10
const API_KEY = 'bench-publisher-key-0123456789abcdef0123'

const FEED_PAGE = `query Feed($after: String) {
  publishFeed(platform: weibo, first: 20, after: $after) {
    nodes { assetId variantId format status title text hashtags mentions { name } cover { crop url } media { url } scheduledAt contentHash changedAt }
    pageInfo { endCursor hasNextPage }
  }
}`
/** What a publisher would ask Payload's generated API for without publishFeed: the same 20 posts' worth of assets. */
const GENERIC_LIST = `{
  ContentAssets(limit: 20, where: { releasedChannels: { in: [weibo] } }) {
    docs { id variants { id format status title body hashtags mentions { name } scheduledAt checks } }
    totalDocs
  }
}`

const round = (value: number) => Math.round(value * 10) / 10

type Run = { requestsPerSecond: number; p50Ms: number; p99Ms: number; maxMs: number; errors: number; non2xx: number; rssMb: number }

async function load(url: string, body: string, pid: number): Promise<Run> {
  const result = await autocannon({
    url: `${url}/api/graphql`,
    method: 'POST',
    headers: { 'Content-Type': 'application/json', Authorization: `users API-Key ${API_KEY}` },
    body,
    connections: CONNECTIONS,
    duration: SECONDS,
  })
  return {
    requestsPerSecond: round(result.requests.average),
    p50Ms: result.latency.p50,
    p99Ms: result.latency.p99,
    maxMs: result.latency.max,
    errors: result.errors + result.timeouts,
    non2xx: result.non2xx,
    rssMb: serverMemory(pid).rssMb,
  }
}

async function main() {
  ensureProductionBuild()
  const { server, file, send } = await startBenchServer('feed')
  try {
    await send('POST', 'users', { email: 'feed@zhongcao.local', password: 'bench-password-2026', roles: ['publisher'], enableAPIKey: true, apiKey: API_KEY })
    const brand = await send('POST', 'brands', { name: '基准品牌', category: 'cosmetics' })
    const variants = [
      {
        format: 'weibo-post',
        status: 'draft',
        body: '秋冬换季，干皮修护正当时。神经酰胺+角鲨烷，给肌肤一层温柔屏障。',
        hashtags: ['秋冬护肤', '干皮'],
        mentions: [{ name: '花漾研究所官微' }],
      },
      { format: 'wecom-moments', status: 'draft', body: '【新品】丝绒雾面唇釉到货啦，老客专享第二支半价，欢迎找我预订～' },
    ]
    type Asset = { id: number; variants: Record<string, unknown>[] }
    let asset = (await send('POST', 'content-assets', { title: '基准内容', brand: brand.id, tags: ['基准'], variants })) as Asset
    for (const status of ['in_review', 'approved']) {
      asset = (await send('PATCH', `content-assets/${asset.id}`, { variants: asset.variants.map((variant) => ({ ...variant, status })) })) as Asset
    }

    const client = createClient({ url: `file:${file}` })
    await client.execute('PRAGMA busy_timeout = 30000')
    const started = performance.now()
    const generated = await cloneContent(client, copies)
    const generationSeconds = round((performance.now() - started) / 1000)
    client.close()

    // A cursor in the middle of the feed, as a publisher resuming its poll holds.
    const middle = await fetch(`${server.url}/api/graphql`, {
      method: 'POST',
      headers: { 'Content-Type': 'application/json', Authorization: `users API-Key ${API_KEY}` },
      body: JSON.stringify({ query: `{ publishFeed(platform: weibo, first: 100) { pageInfo { endCursor } } }` }),
    }).then((response) => response.json() as Promise<{ data: { publishFeed: { pageInfo: { endCursor: string } } } }>)
    const scenarios = {
      'publishFeed, first page of 20': JSON.stringify({ query: FEED_PAGE }),
      'publishFeed, 20 after a cursor': JSON.stringify({ query: FEED_PAGE, variables: { after: middle.data.publishFeed.pageInfo.endCursor } }),
      'Payload generic list, 20 assets': JSON.stringify({ query: GENERIC_LIST }),
    }
    const pid = server.process.pid!
    const runs: Record<string, Run[]> = {}
    for (const [name, body] of Object.entries(scenarios)) {
      runs[name] = []
      for (let attempt = 0; attempt < 2; attempt++) runs[name].push(await load(server.url, body, pid))
      console.log(name, JSON.stringify(runs[name]))
    }
    return { ...generated, generationSeconds, runs, peakRssMb: serverMemory(pid).peakRssMb }
  } finally {
    await server.stop()
  }
}

const result = await main()
const best = (name: string) => Math.max(...result.runs[name]!.map((run) => run.requestsPerSecond))
const ratio = round(best('publishFeed, first page of 20') / best('Payload generic list, 20 assets'))
const date = new Date().toISOString().slice(0, 10)
const report = {
  date: new Date().toISOString(),
  machine: { cpus: os.cpus().length, cpuModel: os.cpus()[0]?.model, memoryGb: Math.round(os.totalmem() / 2 ** 30), node: process.version },
  setup: `production build behind Express, embedded SQLite, ${result.assets.toLocaleString('en')} assets with ${result.feedRows.toLocaleString('en')} released variants; autocannon, ${CONNECTIONS} connections, ${SECONDS} s per run, two runs each, API-key authentication`,
  target: 'publishFeed ≥ 10× Payload’s generic paginated GraphQL list on the same rows',
  ratio,
  ...result,
}
const out = path.join(root, 'bench/results')
fs.mkdirSync(out, { recursive: true })
fs.writeFileSync(path.join(out, `${date}-publish-feed.json`), JSON.stringify(report, null, 2) + '\n')
const lines = [
  `# publishFeed benchmark, ${date}`,
  '',
  `${report.setup}. ${report.machine.cpus} cores (${report.machine.cpuModel}), ${report.machine.memoryGb} GiB, Node ${report.machine.node}. Data generated in ${result.generationSeconds} s.`,
  '',
  '| query | run | req/s | p50 | p99 | max | errors | non-2xx | server RSS |',
  '|---|---:|---:|---:|---:|---:|---:|---:|---:|',
  ...Object.entries(result.runs).flatMap(([name, runs]) =>
    runs.map(
      (run, index) =>
        `| ${name} | ${index + 1} | ${run.requestsPerSecond} | ${run.p50Ms} ms | ${run.p99Ms} ms | ${run.maxMs} ms | ${run.errors} | ${run.non2xx} | ${run.rssMb} MB |`,
    ),
  ),
  '',
  `publishFeed ÷ generic list (best runs): **${ratio}×** (target ≥ 10×). Peak server RSS: ${result.peakRssMb} MB.`,
  '',
]
fs.writeFileSync(path.join(out, `${date}-publish-feed.md`), lines.join('\n'))
console.log(lines.join('\n'))
