import { type Client, createClient } from '@libsql/client'
import pg from 'pg'

export type DatabaseKind = 'sqlite' | 'postgres'

/**
 * The two SQL databases the bench writes and explains, behind one small interface: statements are
 * written with `?` placeholders and double-quoted names, which both accept once PostgreSQL's `?`
 * become `$n`.
 */
export type BenchDatabase = {
  kind: DatabaseKind
  query: (sql: string, args?: unknown[]) => Promise<Record<string, unknown>[]>
  close: () => Promise<void>
}

const numbered = (sql: string) => {
  let index = 0
  return sql.replace(/\?/g, () => `$${++index}`)
}

export async function openDatabase(kind: DatabaseKind, uri: string): Promise<BenchDatabase> {
  if (kind === 'sqlite') {
    const client: Client = createClient({ url: uri })
    await client.execute('PRAGMA busy_timeout = 30000')
    return {
      kind,
      query: async (sql, args = []) => (await client.execute({ sql, args: args as never[] })).rows as unknown as Record<string, unknown>[],
      close: async () => client.close(),
    }
  }
  const client = new pg.Client({ connectionString: uri })
  await client.connect()
  return {
    kind,
    query: async (sql, args = []) => (await client.query(numbered(sql), args)).rows as Record<string, unknown>[],
    close: () => client.end(),
  }
}

export async function inTransaction<T>(db: BenchDatabase, work: () => Promise<T>): Promise<T> {
  await db.query('BEGIN')
  try {
    const result = await work()
    await db.query('COMMIT')
    return result
  } catch (error) {
    await db.query('ROLLBACK')
    throw error
  }
}

/** Bound parameters per statement: under SQLite's limit (32,766) and PostgreSQL's (65,535). */
const MAX_PARAMETERS = 30_000

/** Multi-row INSERTs of `rows`, as many rows per statement as the parameter limit allows. */
export async function insertRows(db: BenchDatabase, table: string, columns: string[], rows: unknown[][]): Promise<void> {
  const perStatement = Math.max(1, Math.floor(MAX_PARAMETERS / columns.length))
  const tuple = `(${columns.map(() => '?').join(', ')})`
  for (let start = 0; start < rows.length; start += perStatement) {
    const chunk = rows.slice(start, start + perStatement)
    await db.query(`INSERT INTO "${table}" (${columns.map((column) => `"${column}"`).join(', ')}) VALUES ${chunk.map(() => tuple).join(', ')}`, chunk.flat())
  }
}

/** `type` is PostgreSQL's own name for it (an enum's name), SQLite's declared type otherwise. */
export type Column = { name: string; type: string; integer: boolean }

export async function columnsOf(db: BenchDatabase, table: string): Promise<Column[]> {
  const rows =
    db.kind === 'sqlite'
      ? await db.query(`SELECT name, type FROM pragma_table_info(?)`, [table])
      : await db.query(
          `SELECT column_name AS name, udt_name AS type FROM information_schema.columns WHERE table_schema = 'public' AND table_name = ? ORDER BY ordinal_position`,
          [table],
        )
  return rows.map((row) => ({ name: String(row.name), type: String(row.type), integer: /^(integer|int4)$/i.test(String(row.type)) }))
}

/** Tables whose name starts with `prefix` (a collection's table and its arrays, relations and text lists). */
export async function tablesStartingWith(db: BenchDatabase, prefix: string): Promise<string[]> {
  const pattern = `${prefix.replace(/_/g, '\\_')}%`
  const rows =
    db.kind === 'sqlite'
      ? await db.query(`SELECT name FROM sqlite_master WHERE type = 'table' AND name LIKE ? ESCAPE '\\'`, [pattern])
      : await db.query(`SELECT table_name AS name FROM information_schema.tables WHERE table_schema = 'public' AND table_name LIKE ? ESCAPE '\\'`, [pattern])
  return rows.map((row) => String(row.name))
}

/** PostgreSQL's serial counters do not see ids written explicitly: move them past the highest, so later inserts get free ids. */
export async function advanceSequences(db: BenchDatabase, tables: string[]): Promise<void> {
  if (db.kind !== 'postgres') return
  for (const table of tables) {
    const [sequence] = await db.query(`SELECT pg_get_serial_sequence(?, 'id') AS name`, [`"${table}"`])
    if (sequence?.name) await db.query(`SELECT setval(?, (SELECT coalesce(max(id), 1) FROM "${table}"))`, [sequence.name])
  }
}

export const count = async (db: BenchDatabase, table: string, where = ''): Promise<number> =>
  Number((await db.query(`SELECT count(*) AS n FROM "${table}" ${where}`))[0]!.n)
