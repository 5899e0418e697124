/**
 * `npm run restore -- <backup dir> [--to <DATABASE_URI>] [--media-dir <dir>] [--force]`: verifies
 * every checksum of the backup, then restores it into the database (default: DATABASE_URI) and
 * media directory (default: MEDIA_DIR), which must be empty unless --force, and checks the rows per
 * table against the manifest. Stop the server first. Exit code 0: restored; 1: refused or failed.
 */
import path from 'node:path'
import { parseArgs } from 'node:util'

import { restoreBackup } from '../src/backup/restore'
import { loadDotEnv } from '../src/config/dotEnv'
import { mediaDirectory } from '../src/config/mediaDirectory'
import { parseDatabaseUri } from '../src/db/databaseUri'

const USAGE = 'npm run restore -- <backup dir> [--to <DATABASE_URI>] [--media-dir <dir>] [--force]'

loadDotEnv()
const { values: options, positionals } = (() => {
  try {
    return parseArgs({
      allowPositionals: true,
      options: { to: { type: 'string' }, 'media-dir': { type: 'string' }, force: { type: 'boolean', default: false }, help: { type: 'boolean', short: 'h' } },
    })
  } catch (error) {
    console.error(`${(error as Error).message}\n${USAGE}`)
    process.exit(1)
  }
})()
if (options.help || positionals.length !== 1) {
  console.log(USAGE)
  process.exit(options.help ? 0 : 1)
}

try {
  const database = parseDatabaseUri(options.to ?? process.env.DATABASE_URI, { nodeEnv: process.env.NODE_ENV, cwd: process.cwd() })
  const mediaDir = options['media-dir'] ? path.resolve(options['media-dir']) : mediaDirectory()
  const report = await restoreBackup({ from: path.resolve(positionals[0]!), database, mediaDir, force: options.force })
  console.log(
    [
      `Restored the backup of ${report.createdAt} in ${report.seconds} s: every checksum verified`,
      `  database: ${database.kind === 'sqlite' ? database.file : new URL(database.url).pathname.slice(1)}, migration ${report.migration ?? '(none)'}, ${report.tables} tables, ${report.rows} rows as in the manifest`,
      `  media: ${report.mediaFiles} files into ${mediaDir} (${(report.bytes / 2 ** 20).toFixed(1)} MB in all)`,
    ].join('\n'),
  )
} catch (error) {
  console.error(`Restore failed: ${(error as Error).message}`)
  process.exit(1)
}
