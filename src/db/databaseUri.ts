import path from 'node:path'

export type DatabaseKind = 'sqlite' | 'postgres' | 'mongodb'

export type DatabaseTarget = { kind: 'sqlite'; url: string; file: string } | { kind: 'postgres'; url: string } | { kind: 'mongodb'; url: string }

/**
 * Dev and production never share a file: dev pushes its schema straight into the database, and a
 * pushed database makes Payload's migration runner stop at an interactive prompt (SPEC §9).
 */
export const defaultSqliteFile = (nodeEnv: string | undefined): string => (nodeEnv === 'production' ? 'data/zhongcao.db' : 'data/zhongcao-dev.db')

/**
 * Reads `DATABASE_URI`: unset → the embedded SQLite file; `file:` → that SQLite file;
 * `postgres://` / `postgresql://` → PostgreSQL; `mongodb://` / `mongodb+srv://` → MongoDB.
 * Anything else is a configuration error, reported with what was expected.
 */
export function parseDatabaseUri(uri: string | undefined, { nodeEnv, cwd }: { nodeEnv: string | undefined; cwd: string }): DatabaseTarget {
  const value = uri?.trim()
  if (!value) {
    const file = path.resolve(cwd, defaultSqliteFile(nodeEnv))
    return { kind: 'sqlite', url: `file:${file}`, file }
  }
  if (value.startsWith('file:')) {
    const file = path.resolve(cwd, value.slice('file:'.length))
    return { kind: 'sqlite', url: `file:${file}`, file }
  }
  if (/^postgres(ql)?:\/\//.test(value)) return { kind: 'postgres', url: value }
  if (/^mongodb(\+srv)?:\/\//.test(value)) return { kind: 'mongodb', url: value }
  throw new Error(`DATABASE_URI must be empty (embedded SQLite), file:<path>, postgres://… or mongodb://…; got "${value.split(':')[0]}:…"`)
}
