/**
 * The practical limit on this machine: a bare Node `http` server answering the publish feed's first
 * 20 rows for one platform with one prepared statement on the same database as the app, and
 * nothing else (no GraphQL, auth, rendering or framework). `GET /feed` is the page alone;
 * `GET /feed?count=1` adds the `count(*)` a paginated list runs per page. Started by the bench as
 * its own process with RAW_DATABASE_URI (file: or postgres://); prints its port as JSON.
 */
import Database from 'libsql'
import http from 'node:http'
import pg from 'pg'

const uri = process.env.RAW_DATABASE_URI!
const RELEASED = ['approved', 'scheduled', 'published']
const PAGE = `SELECT item FROM publish_feed WHERE channel = ? AND status IN (?, ?, ?) ORDER BY changed_at, variant_id LIMIT 20`
const COUNT = `SELECT count(*) AS n FROM publish_feed WHERE channel = ? AND status IN (?, ?, ?)`

type Reader = (withCount: boolean) => Promise<{ items: string[]; total: number | null }>

function sqliteReader(): Reader {
  const db = new Database(uri.replace(/^file:/, ''), { readonly: true })
  const page = db.prepare(PAGE)
  const count = db.prepare(COUNT)
  return async (withCount) => ({
    items: (page.all('weibo', ...RELEASED) as { item: string }[]).map((row) => row.item),
    total: withCount ? Number((count.get('weibo', ...RELEASED) as { n: number }).n) : null,
  })
}

function postgresReader(): Reader {
  // As many connections as the app's adapter pool has by default.
  const pool = new pg.Pool({ connectionString: uri, max: 10 })
  const numbered = (sql: string) => {
    let index = 0
    return sql.replace(/\?/g, () => `$${++index}`)
  }
  return async (withCount) => {
    const [page, count] = await Promise.all([
      pool.query({ name: 'page', text: numbered(PAGE), values: ['weibo', ...RELEASED] }),
      withCount ? pool.query({ name: 'count', text: numbered(COUNT), values: ['weibo', ...RELEASED] }) : null,
    ])
    return { items: page.rows.map((row) => JSON.stringify(row.item)), total: count ? Number(count.rows[0].n) : null }
  }
}

const read = uri.startsWith('file:') ? sqliteReader() : postgresReader()
const server = http.createServer(async (req, res) => {
  try {
    const { items, total } = await read(req.url?.includes('count=1') ?? false)
    res.writeHead(200, { 'Content-Type': 'application/json' })
    res.end(`{"items":[${items.join(',')}]${total === null ? '' : `,"totalDocs":${total}`}}`)
  } catch (error) {
    res.writeHead(500).end(String(error))
  }
})
server.listen(0, '127.0.0.1', () => console.log(JSON.stringify({ port: (server.address() as { port: number }).port })))
process.on('SIGTERM', () => process.exit(0))
