import path from 'node:path'
import { z } from 'zod'

export const MANIFEST_FILE = 'manifest.json'
export const BACKUP_FORMAT = 'zhongcao-backup/1'
/** Inside a backup directory: the database snapshot (SQLite file or pg_dump custom-format archive) and the media tree. */
export const SQLITE_SNAPSHOT = 'database.sqlite'
export const POSTGRES_DUMP = 'database.pgdump'
export const MEDIA_FOLDER = 'media'

/**
 * A path inside the backup: relative, forward slashes, no `..` and no empty or dot segments, so
 * an edited manifest cannot make restore read or write outside the backup and the target.
 */
const relativePath = z.string().refine((value) => {
  if (value === '' || value.includes('\\') || value.includes('\0') || path.posix.isAbsolute(value)) return false
  return value.split('/').every((segment) => segment !== '' && segment !== '.' && segment !== '..')
}, 'a relative path inside the backup')

const backupFile = z.strictObject({
  path: relativePath,
  bytes: z.number().int().min(0),
  sha256: z.string().regex(/^[0-9a-f]{64}$/),
})
export type BackupFile = z.infer<typeof backupFile>

export const manifestSchema = z.strictObject({
  format: z.literal(BACKUP_FORMAT),
  createdAt: z.iso.datetime(),
  database: z.strictObject({
    kind: z.enum(['sqlite', 'postgres']),
    /** The snapshot file among `files`. */
    file: relativePath,
    /** The newest applied migration (`dev` for a database the dev server schema-pushed). */
    migration: z.string().nullable(),
    /** Rows per table in the snapshot. */
    tables: z.record(z.string(), z.number().int().min(0)),
  }),
  /** Every file of the backup but the manifest: the snapshot and each media file under `media/`. */
  files: z.array(backupFile),
  /** Upload rows in the snapshot whose file was not in the media directory when it was copied. */
  missingMedia: z.array(z.string()),
  /** The bucket the media live in when they are kept in S3: they are not in the backup (docs/backup.md). */
  mediaBucket: z.string().nullable(),
  seconds: z.number().min(0),
})
export type Manifest = z.infer<typeof manifestSchema>

export class BackupError extends Error {}

/** Reads a manifest, naming what is wrong with it rather than failing later on a missing field. */
export function parseManifest(text: string): Manifest {
  let json: unknown
  try {
    json = JSON.parse(text)
  } catch (error) {
    throw new BackupError(`${MANIFEST_FILE} is not JSON: ${(error as Error).message}`)
  }
  const result = manifestSchema.safeParse(json)
  if (!result.success) throw new BackupError(`${MANIFEST_FILE} is not a ${BACKUP_FORMAT} manifest: ${z.prettifyError(result.error)}`)
  if (!result.data.files.some((file) => file.path === result.data.database.file))
    throw new BackupError(`${MANIFEST_FILE}: the database file ${result.data.database.file} is not among its files`)
  return result.data
}

export type TableDifference = { table: string; expected: number | undefined; actual: number | undefined }

/** Tables whose row count differs between the manifest and a restored database (or exist in one only). */
export function tableDifferences(expected: Record<string, number>, actual: Record<string, number>): TableDifference[] {
  const tables = [...new Set([...Object.keys(expected), ...Object.keys(actual)])].sort()
  return tables.filter((table) => expected[table] !== actual[table]).map((table) => ({ table, expected: expected[table], actual: actual[table] }))
}
