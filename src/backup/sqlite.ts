import { type Client, createClient } from '@libsql/client'

/** Upload collections' tables and where their files live under MEDIA_DIR (collections/Media.ts, collections/UgcMedia.ts). */
export const UPLOAD_TABLES: Record<string, string> = { media: '', ugc_media: 'ugc' }

const quoted = (name: string) => `"${name.replaceAll('"', '""')}"`

/**
 * A consistent copy of a live SQLite database in `targetFile`. `VACUUM INTO` reads the whole
 * database inside one read transaction, so the copy is the database as of one commit, while the
 * server (WAL mode) keeps writing; a file copy would catch pages of different commits and miss
 * what still sits in the -wal file. (libsql's driver does not implement SQLite's backup API.)
 */
export async function snapshotSqlite(sourceUrl: string, targetFile: string): Promise<void> {
  const client = createClient({ url: sourceUrl })
  try {
    // The server may hold the write lock for a moment; the snapshot only needs to read.
    await client.execute('PRAGMA busy_timeout = 10000')
    await client.execute({ sql: 'VACUUM INTO ?', args: [targetFile] })
  } finally {
    client.close()
  }
}

export type SqliteFacts = { migration: string | null; tables: Record<string, number>; uploadFiles: string[]; integrity: string }

async function tableNames(client: Client): Promise<string[]> {
  const { rows } = await client.execute("SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%' ORDER BY name")
  return rows.map((row) => String(row.name))
}

/** What the manifest records of a SQLite file (and restore checks again): rows per table, newest migration, integrity, upload file names. */
export async function describeSqlite(file: string): Promise<SqliteFacts> {
  const client = createClient({ url: `file:${file}` })
  try {
    const tables: Record<string, number> = {}
    const names = await tableNames(client)
    for (const name of names) tables[name] = Number((await client.execute(`SELECT count(*) AS n FROM ${quoted(name)}`)).rows[0]!.n)
    const migration = names.includes('payload_migrations')
      ? ((await client.execute('SELECT name FROM payload_migrations ORDER BY id DESC LIMIT 1')).rows[0]?.name ?? null)
      : null
    const uploadFiles: string[] = []
    for (const [table, folder] of Object.entries(UPLOAD_TABLES)) {
      if (!names.includes(table)) continue
      const columns = (await client.execute(`PRAGMA table_info(${quoted(table)})`)).rows
        .map((row) => String(row.name))
        .filter((column) => column === 'filename' || column.endsWith('_filename'))
      for (const column of columns) {
        const { rows } = await client.execute(`SELECT ${quoted(column)} AS f FROM ${quoted(table)} WHERE ${quoted(column)} IS NOT NULL`)
        uploadFiles.push(...rows.map((row) => (folder ? `${folder}/${String(row.f)}` : String(row.f))))
      }
    }
    const integrity = String((await client.execute('PRAGMA integrity_check')).rows[0]![0])
    return { migration: migration === null ? null : String(migration), tables, uploadFiles: uploadFiles.sort(), integrity }
  } finally {
    client.close()
  }
}
