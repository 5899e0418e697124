import { type BenchDatabase, advanceSequences, columnsOf, count, inTransaction, tablesStartingWith } from './database'

/** `column` moved by `seconds` (an SQL expression), as each database writes its timestamps. */
const shiftedTime = (db: BenchDatabase, column: string, seconds: string) =>
  db.kind === 'sqlite' ? `strftime('%Y-%m-%dT%H:%M:%fZ', "${column}", (${seconds}) || ' seconds')` : `"${column}" + (${seconds}) * interval '1 second'`

/** A JSON column with some top-level keys replaced. */
const jsonWith = (db: BenchDatabase, column: string, values: Record<string, string>) =>
  db.kind === 'sqlite'
    ? `json_set("${column}", ${Object.entries(values)
        .map(([key, value]) => `'$.${key}', ${value}`)
        .join(', ')})`
    : `"${column}" || jsonb_build_object(${Object.entries(values)
        .map(([key, value]) => `'${key}', ${value}`)
        .join(', ')})`

/**
 * Copies every row of a collection `copies` times, with its arrays, relations and text lists, in
 * one INSERT … SELECT per table against a number series `k`: what saving each copy through
 * Payload would take minutes for. Copy k of document `id` gets id `id + stride·k`, where stride is
 * the highest id, so the templates may be any few documents; array rows get `<id>-k`.
 * `expressions` overrides columns of the collection's own table (SQL over its columns and `k`).
 */
async function cloneCollection(db: BenchDatabase, collection: string, copies: number, expressions: Record<string, string> = {}): Promise<number> {
  const stride = Number((await db.query(`SELECT max(id) AS id FROM "${collection}"`))[0]!.id)
  const series = `WITH RECURSIVE n(k) AS (SELECT 1 UNION ALL SELECT k + 1 FROM n WHERE k < ${copies})`
  const copy = async (table: string, overrides: Record<string, string>) => {
    // Serial ids not named here are left to the database.
    const names = (await columnsOf(db, table)).map((column) => column.name).filter((name) => name !== 'id' || 'id' in overrides)
    const values = names.map((name) => overrides[name] ?? `"${name}"`)
    await db.query(`${series} INSERT INTO "${table}" (${names.map((name) => `"${name}"`).join(', ')}) SELECT ${values.join(', ')} FROM "${table}", n`)
  }
  const tables = await tablesStartingWith(db, `${collection}_`)
  await copy(collection, { id: `id + ${stride} * k`, ...expressions })
  // Arrays before the arrays nested in them: a longer name hangs off a shorter one.
  for (const table of tables.sort((a, b) => a.length - b.length)) {
    const columns = await columnsOf(db, table)
    const parent = columns.find((column) => column.name === '_parent_id')
    // An array row's parent is the document (an integer id) or an array row of it (a text id).
    if (parent) await copy(table, { id: `id || '-' || k`, _parent_id: parent.integer ? `_parent_id + ${stride} * k` : `_parent_id || '-' || k` })
    else if (columns.some((column) => column.name === 'parent_id')) await copy(table, { parent_id: `parent_id + ${stride} * k` })
  }
  await advanceSequences(db, [collection, ...tables])
  return stride
}

/**
 * Content at scale from the few assets created through the API (whose hooks wrote their variants
 * and publish-feed rows): `copies` copies of each, and of their feed rows, each feed row with its
 * own change time and content hash as a distinct save would give it.
 */
export async function cloneContent(db: BenchDatabase, copies: number): Promise<{ assets: number; variants: number; feedRows: number }> {
  await inTransaction(db, async () => {
    const stride = await cloneCollection(db, 'content_assets', copies, { title: `title || ' #' || k` })
    const columns = (await columnsOf(db, 'publish_feed')).map((column) => column.name).filter((name) => name !== 'id')
    const variantId = `variant_id || '-' || k`
    const contentHash = `content_hash || '-' || k`
    const overrides: Record<string, string> = {
      variant_id: variantId,
      asset_id: `asset_id + ${stride} * k`,
      content_hash: contentHash,
      changed_at: shiftedTime(db, 'changed_at', 'k'),
      item: jsonWith(db, 'item', { variantId, assetId: `CAST(asset_id + ${stride} * k AS TEXT)`, contentHash }),
    }
    await db.query(
      `WITH RECURSIVE n(k) AS (SELECT 1 UNION ALL SELECT k + 1 FROM n WHERE k < ${copies})
       INSERT INTO publish_feed (${columns.map((name) => `"${name}"`).join(', ')}) SELECT ${columns.map((name) => overrides[name] ?? `"${name}"`).join(', ')} FROM publish_feed, n`,
    )
    await advanceSequences(db, ['publish_feed'])
  })
  return { assets: await count(db, 'content_assets'), variants: await count(db, 'content_assets_variants'), feedRows: await count(db, 'publish_feed') }
}

/**
 * UGC at scale from the few submissions made through submitUgc: `copies` copies of each, one
 * minute apart, each with its own contact, spread over the moderation statuses as a busy queue
 * is (half pending, 30 % approved, 15 % rejected, 5 % featured).
 */
export async function cloneUgc(db: BenchDatabase, copies: number): Promise<{ submissions: number; pending: number }> {
  const status = `CASE WHEN k % 20 < 10 THEN 'pending' WHEN k % 20 < 16 THEN 'approved' WHEN k % 20 < 19 THEN 'rejected' ELSE 'featured' END`
  // PostgreSQL keeps the status in an enum, which a text expression must be cast to.
  const statusType = (await columnsOf(db, 'ugc_submissions')).find((column) => column.name === 'status')!.type
  await inTransaction(db, () =>
    cloneCollection(db, 'ugc_submissions', copies, {
      status: db.kind === 'postgres' ? `(${status})::"${statusType}"` : status,
      author_contact_key: `author_contact_key || '-' || k`,
      created_at: shiftedTime(db, 'created_at', '-60 * k'),
      updated_at: shiftedTime(db, 'updated_at', '-60 * k'),
    }),
  )
  return { submissions: await count(db, 'ugc_submissions'), pending: await count(db, 'ugc_submissions', `WHERE status = 'pending'`) }
}
