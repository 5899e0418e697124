import fs from 'node:fs'
import path from 'node:path'

import type { DatabaseTarget } from '../db/databaseUri'

import { copyWithChecksum, listFiles, verifyChecksums } from './files'
import { BackupError, type Manifest, MANIFEST_FILE, MEDIA_FOLDER, parseManifest, tableDifferences } from './manifest'
import { ensurePostgresDatabase, postgresFacts, restorePostgres } from './postgres'
import { describeSqlite } from './sqlite'

export type RestoreReport = {
  createdAt: string
  migration: string | null
  tables: number
  rows: number
  mediaFiles: number
  bytes: number
  seconds: number
}

/** The manifest of the backup in `dir`, once every file it lists is there with its size and sha256 and nothing else is. */
export async function verifiedManifest(dir: string): Promise<Manifest> {
  const manifestFile = path.join(dir, MANIFEST_FILE)
  if (!fs.existsSync(manifestFile)) throw new BackupError(`${dir} is not a backup: it has no ${MANIFEST_FILE}`)
  const manifest = parseManifest(fs.readFileSync(manifestFile, 'utf8'))
  const problems = await verifyChecksums(dir, manifest.files, [MANIFEST_FILE])
  if (problems.length > 0)
    throw new BackupError(`the backup does not match its manifest, nothing restored:\n${problems.map((p) => `  ${p.path}: ${p.problem}`).join('\n')}`)
  return manifest
}

const sqliteHasData = (file: string) => fs.existsSync(file) && fs.statSync(file).size > 0

/**
 * Restores the backup in `from` into `database` and `mediaDir`, which must be empty unless
 * `force`. Every checksum is verified before anything is written; the restored database is
 * checked (integrity, rows per table) against the manifest before it takes the target's name.
 * The server must not be running on the target.
 */
export async function restoreBackup({
  from,
  database,
  mediaDir,
  force,
}: {
  from: string
  database: DatabaseTarget
  mediaDir: string
  force: boolean
}): Promise<RestoreReport> {
  const started = performance.now()
  const manifest = await verifiedManifest(from)
  if (manifest.database.kind !== database.kind) throw new BackupError(`a ${manifest.database.kind} backup cannot be restored into ${database.kind}`)
  const refusals: string[] = []
  if (database.kind === 'sqlite' && sqliteHasData(database.file)) refusals.push(`the database ${database.file} exists`)
  if (database.kind === 'postgres') {
    await ensurePostgresDatabase(database.url)
    if (Object.keys((await postgresFacts(database.url)).tables).length > 0) refusals.push(`the database ${new URL(database.url).pathname.slice(1)} has tables`)
  }
  if ((await listFiles(mediaDir)).length > 0) refusals.push(`the media directory ${mediaDir} has files`)
  if (refusals.length > 0 && !force) throw new BackupError(`refusing to overwrite: ${refusals.join('; ')} (--force replaces them)`)

  const snapshot = path.join(from, ...manifest.database.file.split('/'))
  if (database.kind === 'sqlite') {
    const restoring = `${database.file}.restoring`
    fs.mkdirSync(path.dirname(database.file), { recursive: true })
    fs.rmSync(restoring, { force: true })
    await copyWithChecksum(snapshot, restoring, manifest.database.file)
    const facts = await describeSqlite(restoring)
    const differences = tableDifferences(manifest.database.tables, facts.tables)
    if (facts.integrity !== 'ok' || differences.length > 0) {
      fs.rmSync(restoring, { force: true })
      throw new BackupError(`the restored database does not match the manifest: ${facts.integrity} ${JSON.stringify(differences)}`)
    }
    for (const suffix of ['', '-wal', '-shm']) fs.rmSync(database.file + suffix, { force: true })
    fs.renameSync(restoring, database.file)
  } else if (database.kind === 'postgres') {
    await restorePostgres(snapshot, database.url, { clean: force })
    const differences = tableDifferences(manifest.database.tables, (await postgresFacts(database.url)).tables)
    if (differences.length > 0) throw new BackupError(`the restored database does not match the manifest: ${JSON.stringify(differences)}`)
  } else {
    throw new BackupError('MongoDB is restored with mongorestore (docs/backup.md)')
  }

  if (force) fs.rmSync(mediaDir, { recursive: true, force: true })
  fs.mkdirSync(mediaDir, { recursive: true })
  const media = manifest.files.filter((file) => file.path.startsWith(`${MEDIA_FOLDER}/`))
  for (const file of media) {
    const relative = file.path.slice(MEDIA_FOLDER.length + 1)
    const copied = await copyWithChecksum(path.join(from, ...file.path.split('/')), path.join(mediaDir, ...relative.split('/')), file.path)
    // Verified above; checked again in case the backup changed while it was being restored.
    if (copied.sha256 !== file.sha256) throw new BackupError(`${file.path} changed during the restore`)
  }
  const counts = Object.values(manifest.database.tables)
  return {
    createdAt: manifest.createdAt,
    migration: manifest.database.migration,
    tables: counts.length,
    rows: counts.reduce((sum, count) => sum + count, 0),
    mediaFiles: media.length,
    bytes: manifest.files.reduce((sum, file) => sum + file.bytes, 0),
    seconds: Math.round((performance.now() - started) / 100) / 10,
  }
}
