import type { Client } from '@libsql/client'

type Column = { name: string }

/**
 * Copies the one content asset in a fresh database `copies` times, with every row that hangs off
 * it (variants, mentions, topics, relationships, channels) and its publish-feed rows, in a few
 * INSERT … SELECT statements: a realistic table of released variants in seconds, where saving
 * each copy through Payload would take minutes. Copy k gets asset id `template + k` and variant
 * ids `<id>-k`; each feed row gets its own change time and content hash, as distinct saves would.
 */
export async function cloneContent(client: Client, copies: number): Promise<{ assets: number; feedRows: number }> {
  const template = Number((await client.execute('SELECT id FROM content_assets')).rows[0]!.id)
  const columns = async (table: string) => ((await client.execute(`PRAGMA table_info("${table}")`)).rows as unknown as Column[]).map((column) => column.name)
  const tables = (await client.execute(`SELECT name FROM sqlite_master WHERE type = 'table' AND name LIKE 'content\\_assets%' ESCAPE '\\'`)).rows.map((row) =>
    String(row.name),
  )
  const series = `WITH RECURSIVE n(k) AS (SELECT 1 UNION ALL SELECT k + 1 FROM n WHERE k < ${copies})`
  const copy = async (table: string, expressions: Record<string, string>) => {
    const names = (await columns(table)).filter((name) => name !== 'id' || 'id' in expressions)
    const values = names.map((name) => expressions[name] ?? `"${name}"`)
    await client.execute(`${series} INSERT INTO "${table}" (${names.map((name) => `"${name}"`).join(', ')}) SELECT ${values.join(', ')} FROM "${table}", n`)
  }

  await client.execute('BEGIN')
  await copy('content_assets', { id: `id + k`, title: `title || ' #' || k` })
  // Variants before the rows that hang off them (mentions).
  const children = tables.filter((name) => name !== 'content_assets').sort((a, b) => a.length - b.length)
  for (const table of children) {
    const names = await columns(table)
    if (table === 'content_assets_variants') await copy(table, { id: `id || '-' || k`, _parent_id: `_parent_id + k` })
    else if (names.includes('_parent_id')) await copy(table, { id: `id || '-' || k`, _parent_id: `_parent_id || '-' || k` })
    else if (names.includes('parent_id')) await copy(table, { parent_id: `parent_id + k` })
  }
  await copy('publish_feed', {
    variant_id: `variant_id || '-' || k`,
    asset_id: `asset_id + k`,
    content_hash: `content_hash || '-' || k`,
    changed_at: `strftime('%Y-%m-%dT%H:%M:%fZ', changed_at, '+' || k || ' seconds')`,
    item: `json_set(item, '$.variantId', variant_id || '-' || k, '$.assetId', CAST(asset_id + k AS TEXT), '$.contentHash', content_hash || '-' || k)`,
  })
  await client.execute('COMMIT')
  const count = async (table: string) => Number((await client.execute(`SELECT count(*) AS n FROM "${table}"`)).rows[0]!.n)
  if ((await count('content_assets')) !== copies + 1) throw new Error(`asset ${template} was not the only one`)
  return { assets: await count('content_assets'), feedRows: await count('publish_feed') }
}
