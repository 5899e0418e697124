import { type ChildProcessWithoutNullStreams, execFile, spawn } from 'node:child_process'
import { promisify } from 'node:util'

import { BackupError } from './manifest'
import { UPLOAD_TABLES } from './sqlite'

const run = promisify(execFile)
const END = '__zhongcao_backup_end__'

/** One psql session on `url`, kept open so several statements share its transaction. */
function psqlSession(url: string) {
  const child: ChildProcessWithoutNullStreams = spawn('psql', ['-X', '-q', '-A', '-t', '-v', 'ON_ERROR_STOP=1', '-d', url])
  let output = ''
  let errors = ''
  let waiting: { resolve: (lines: string[]) => void; reject: (error: Error) => void } | null = null
  const failed = (error: Error) => {
    waiting?.reject(error)
    waiting = null
  }
  child.stdout.on('data', (chunk: Buffer) => {
    output += chunk.toString()
    const end = output.indexOf(`${END}\n`)
    if (end < 0 || !waiting) return
    const lines = output.slice(0, end).split('\n').filter(Boolean)
    output = output.slice(end + END.length + 1)
    waiting.resolve(lines)
    waiting = null
  })
  child.stderr.on('data', (chunk: Buffer) => (errors += chunk.toString()))
  child.on('error', (error) => failed(new BackupError(`psql could not start (install postgresql-client): ${error.message}`)))
  child.on('exit', (code) => failed(new BackupError(`psql exited with ${code}: ${errors.trim()}`)))
  return {
    query: (sql: string) =>
      new Promise<string[]>((resolve, reject) => {
        waiting = { resolve, reject }
        child.stdin.write(`${sql};\n\\echo ${END}\n`)
      }),
    close: () => {
      child.stdin.end('COMMIT;\n\\q\n')
    },
  }
}

const identifier = (name: string) => `"${name.replaceAll('"', '""')}"`

/** Rows per table, newest migration and the upload file names, read in the session's current transaction. */
export async function describePostgres(session: ReturnType<typeof psqlSession>) {
  const tables: Record<string, number> = {}
  const names = await session.query('SELECT tablename FROM pg_tables WHERE schemaname = current_schema() ORDER BY tablename')
  for (const name of names) tables[name] = Number((await session.query(`SELECT count(*) FROM ${identifier(name)}`))[0])
  const migration = names.includes('payload_migrations')
    ? ((await session.query('SELECT name FROM payload_migrations ORDER BY id DESC LIMIT 1'))[0] ?? null)
    : null
  const uploadFiles: string[] = []
  for (const [table, folder] of Object.entries(UPLOAD_TABLES)) {
    if (!names.includes(table)) continue
    const columns = await session.query(
      `SELECT column_name FROM information_schema.columns WHERE table_schema = current_schema() AND table_name = '${table}' AND (column_name = 'filename' OR column_name LIKE '%\\_filename')`,
    )
    for (const column of columns) {
      const files = await session.query(`SELECT ${identifier(column)} FROM ${identifier(table)} WHERE ${identifier(column)} IS NOT NULL`)
      uploadFiles.push(...files.map((file) => (folder ? `${folder}/${file}` : file)))
    }
  }
  return { migration, tables, uploadFiles: uploadFiles.sort() }
}

/**
 * pg_dump (custom format) of the database at `url` into `file`, with the row counts read from the
 * very snapshot the dump reads: a repeatable-read transaction exports its snapshot and pg_dump
 * runs on it (`--snapshot`), so counts and dump agree while the server keeps writing.
 */
export async function dumpPostgres(url: string, file: string) {
  const session = psqlSession(url)
  try {
    await session.query('BEGIN ISOLATION LEVEL REPEATABLE READ READ ONLY')
    const [snapshot] = await session.query('SELECT pg_export_snapshot()')
    await run('pg_dump', ['--format=custom', '--no-owner', '--no-privileges', `--snapshot=${snapshot}`, `--file=${file}`, `--dbname=${url}`])
    return await describePostgres(session)
  } catch (error) {
    throw new BackupError(`pg_dump failed: ${(error as { stderr?: string }).stderr?.trim() || (error as Error).message}`)
  } finally {
    session.close()
  }
}

/** Rows per table of the database at `url` (none when it is empty), for the restore's refusal and its check. */
export async function postgresFacts(url: string) {
  const session = psqlSession(url)
  try {
    await session.query('BEGIN ISOLATION LEVEL REPEATABLE READ READ ONLY')
    return await describePostgres(session)
  } finally {
    session.close()
  }
}

/** Creates the database named in `url` when it does not exist (Payload's adapter does the same at start). */
export async function ensurePostgresDatabase(url: string): Promise<void> {
  const target = new URL(url)
  const name = decodeURIComponent(target.pathname.slice(1))
  const maintenance = new URL(url)
  maintenance.pathname = '/postgres'
  const exists = await run('psql', [
    '-X',
    '-A',
    '-t',
    '-d',
    maintenance.toString(),
    '-c',
    `SELECT 1 FROM pg_database WHERE datname = '${name.replaceAll("'", "''")}'`,
  ])
  if (exists.stdout.trim() !== '1') await run('psql', ['-X', '-q', '-d', maintenance.toString(), '-c', `CREATE DATABASE ${identifier(name)}`])
}

/** pg_restore of a custom-format dump into `url`; `clean` drops what the dump recreates first. */
export async function restorePostgres(file: string, url: string, { clean }: { clean: boolean }): Promise<void> {
  await ensurePostgresDatabase(url)
  try {
    await run('pg_restore', [
      '--no-owner',
      '--no-privileges',
      '--exit-on-error',
      '--single-transaction',
      ...(clean ? ['--clean', '--if-exists'] : []),
      `--dbname=${url}`,
      file,
    ])
  } catch (error) {
    throw new BackupError(`pg_restore failed: ${(error as { stderr?: string }).stderr?.trim() || (error as Error).message}`)
  }
}
