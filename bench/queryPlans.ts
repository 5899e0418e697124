import type { BenchDatabase, DatabaseKind } from './database'

/**
 * The hot filtered or sorted queries, as the app sends them (same tables, filters and order; the
 * SQL is written out here, so a changed query in src/ must be changed here too).
 */
export const HOT_QUERIES: { name: string; sql: string; args: unknown[]; note?: string }[] = [
  {
    name: 'publishFeed page after a cursor (src/publishing/feedReader.ts)',
    sql: `SELECT variant_id, changed_at, content_hash FROM publish_feed WHERE status IN (?, ?, ?) AND channel IN (?)
      AND (changed_at > ? OR (changed_at = ? AND variant_id > ?)) ORDER BY changed_at, variant_id LIMIT 21`,
    args: ['approved', 'scheduled', 'published', 'weibo', '2026-01-01T00:00:00.000Z', '2026-01-01T00:00:00.000Z', '1'],
  },
  {
    name: 'publishFeed items of a page (src/publishing/feedReader.ts)',
    sql: `SELECT item FROM publish_feed WHERE variant_id IN (?, ?)`,
    args: ['a', 'b'],
  },
  {
    name: 'publishedContent first page (src/publishing/feedReader.ts)',
    sql: `SELECT variant_id, changed_at, content_hash FROM publish_feed WHERE status IN (?) ORDER BY changed_at, variant_id LIMIT 21`,
    args: ['published'],
  },
  {
    name: 'kolFitRanking account read, one id range (src/ranking/readKolsFromSql.ts)',
    sql: `SELECT _parent_id, _order, platform, followers, tier FROM kols_accounts WHERE _parent_id >= ? AND _parent_id <= ?`,
    args: [1, 5000],
    note: 'The ranking reads every KOL once into its index (kols is read whole by design); later requests rank from memory.',
  },
  {
    name: 'UGC moderation list: pending, newest first, with its count (Payload list)',
    sql: `SELECT id, title, status, created_at FROM ugc_submissions WHERE status = ? ORDER BY created_at DESC LIMIT 10`,
    args: ['pending'],
  },
  {
    name: 'UGC moderation list count',
    sql: `SELECT count(*) FROM ugc_submissions WHERE status = ?`,
    args: ['pending'],
    note: 'Half the generated submissions are pending: counting half a table, a sequential scan is the cheaper plan.',
  },
  {
    name: 'REST login by email (Payload auth)',
    sql: `SELECT id, email, hash, salt FROM users WHERE email = ? LIMIT 1`,
    args: ['bench@zhongcao.local'],
    note: 'users holds two rows here: PostgreSQL reads a table that small whole instead of its unique index users_email_idx.',
  },
  {
    name: 'Baseline: Payload generic list, assets released on a channel',
    sql: `SELECT id FROM content_assets WHERE id IN (SELECT parent_id FROM content_assets_released_channels WHERE value IN (?)) ORDER BY created_at DESC LIMIT 20`,
    args: ['weibo'],
  },
]

export type PlanFinding = { fullScans: string[]; sorts: boolean }

/** Full table scans (SQLite `SCAN t` without an index; PostgreSQL `Seq Scan on t`) and sorts the index order did not give. */
export function planFindings(kind: DatabaseKind, lines: string[]): PlanFinding {
  const fullScans = lines.flatMap((line) => {
    const scan = kind === 'sqlite' ? /\bSCAN (\w+)(?! USING)(?:\s|$)/.exec(line.trim() + ' ') : /Seq Scan on (\w+)/.exec(line)
    return scan && !/ USING (COVERING )?INDEX/.test(line) ? [scan[1]!] : []
  })
  const sorts = lines.some((line) => (kind === 'sqlite' ? /USE TEMP B-TREE FOR ORDER BY/.test(line) : /^\s*(->\s*)?(Incremental )?Sort\b/.test(line)))
  return { fullScans: [...new Set(fullScans)], sorts }
}

export type QueryPlan = { name: string; sql: string; plan: string[] } & PlanFinding

/** What to know when reading a query's plan (kept here, not in the results, so an old report reads with today's notes). */
export const noteOn = (name: string): string | undefined => HOT_QUERIES.find((query) => query.name === name)?.note

/** EXPLAIN QUERY PLAN on SQLite, EXPLAIN on PostgreSQL, for each hot query. */
export async function explainHotQueries(db: BenchDatabase): Promise<QueryPlan[]> {
  const plans: QueryPlan[] = []
  for (const query of HOT_QUERIES) {
    const rows = await db.query(`${db.kind === 'sqlite' ? 'EXPLAIN QUERY PLAN' : 'EXPLAIN'} ${query.sql}`, query.args)
    const plan = rows.map((row) => String(db.kind === 'sqlite' ? row.detail : row['QUERY PLAN']))
    plans.push({ name: query.name, sql: query.sql.replace(/\s+/g, ' '), plan, ...planFindings(db.kind, plan) })
  }
  return plans
}
