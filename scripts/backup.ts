/**
 * `npm run backup [-- --out <dir>]`: a consistent backup of the database named by DATABASE_URI
 * (SQLite: VACUUM INTO; PostgreSQL: pg_dump on an exported snapshot) and of MEDIA_DIR, into a new
 * directory (default backups/zhongcao-<time>) with a manifest: time, newest migration, rows per
 * table, sha256 of every file. Runs while the server is serving. Exit code 0: done; 1: failed.
 * docs/backup.md has the restore drill and the MongoDB commands.
 */
import path from 'node:path'
import { parseArgs } from 'node:util'

import { createBackup } from '../src/backup/backup'
import { loadDotEnv } from '../src/config/dotEnv'
import { mediaDirectory } from '../src/config/mediaDirectory'
import { readS3Settings } from '../src/config/s3Storage'
import { parseDatabaseUri } from '../src/db/databaseUri'

loadDotEnv()
const { values: options } = parseArgs({ options: { out: { type: 'string' }, help: { type: 'boolean', short: 'h' } } })
if (options.help) {
  console.log('npm run backup [-- --out <new directory>]   (reads DATABASE_URI and MEDIA_DIR like the server)')
  process.exit(0)
}

const stamp = new Date().toISOString().replace(/[:.]/g, '-')
const outDir = path.resolve(options.out ?? path.join('backups', `zhongcao-${stamp}`))
try {
  const database = parseDatabaseUri(process.env.DATABASE_URI, { nodeEnv: process.env.NODE_ENV, cwd: process.cwd() })
  const s3 = readS3Settings(process.env)
  const manifest = await createBackup({ database, media: s3 ? { bucket: s3.bucket } : { directory: mediaDirectory() }, outDir })
  const rows = Object.values(manifest.database.tables).reduce((sum, count) => sum + count, 0)
  const bytes = manifest.files.reduce((sum, file) => sum + file.bytes, 0)
  console.log(
    [
      `Backup written to ${outDir} in ${manifest.seconds} s`,
      `  database: ${manifest.database.kind}, migration ${manifest.database.migration ?? '(none)'}, ${Object.keys(manifest.database.tables).length} tables, ${rows} rows`,
      `  files: ${manifest.files.length} (${(bytes / 2 ** 20).toFixed(1)} MB), sha256 of each in manifest.json`,
      ...(manifest.mediaBucket ? [`  media: kept in the S3 bucket ${manifest.mediaBucket}, not copied (its versioning keeps them: docs/backup.md)`] : []),
      ...(manifest.missingMedia.length > 0
        ? [`  warning: ${manifest.missingMedia.length} upload(s) in the database had no file in MEDIA_DIR: ${manifest.missingMedia.slice(0, 10).join(', ')}`]
        : []),
    ].join('\n'),
  )
} catch (error) {
  console.error(`Backup failed: ${(error as Error).message}`)
  process.exit(1)
}
