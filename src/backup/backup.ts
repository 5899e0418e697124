import fs from 'node:fs'
import path from 'node:path'

import type { DatabaseTarget } from '../db/databaseUri'

import { checksumOf, copyWithChecksum, listFiles } from './files'
import { BACKUP_FORMAT, BackupError, type BackupFile, type Manifest, MANIFEST_FILE, MEDIA_FOLDER, POSTGRES_DUMP, SQLITE_SNAPSHOT } from './manifest'
import { dumpPostgres } from './postgres'
import { describeSqlite, snapshotSqlite } from './sqlite'

/**
 * Backs up the database and the media directory into `outDir` (which must not exist): the
 * database first, as one consistent snapshot, then every media file, each hashed as it is copied,
 * and the manifest last. The backup is built in `<outDir>.partial` and renamed when complete, so
 * a directory with the final name is always a whole backup.
 */
export async function createBackup({
  database,
  media,
  outDir,
}: {
  database: DatabaseTarget
  /** MEDIA_DIR, or the S3 bucket, whose objects the bucket's own versioning keeps (not copied here). */
  media: { directory: string } | { bucket: string }
  outDir: string
}): Promise<Manifest> {
  const started = performance.now()
  if (fs.existsSync(outDir)) throw new BackupError(`${outDir} already exists; a backup goes into a new directory`)
  const work = `${outDir}.partial`
  fs.rmSync(work, { recursive: true, force: true })
  fs.mkdirSync(work, { recursive: true })
  try {
    const createdAt = new Date().toISOString()
    const files: BackupFile[] = []
    let described: { migration: string | null; tables: Record<string, number>; uploadFiles: string[] }
    let databaseFile: string
    if (database.kind === 'sqlite') {
      if (!fs.existsSync(database.file)) throw new BackupError(`no SQLite database at ${database.file}`)
      databaseFile = SQLITE_SNAPSHOT
      await snapshotSqlite(database.url, path.join(work, databaseFile))
      const facts = await describeSqlite(path.join(work, databaseFile))
      if (facts.integrity !== 'ok') throw new BackupError(`the snapshot failed SQLite's integrity check: ${facts.integrity}`)
      described = facts
    } else if (database.kind === 'postgres') {
      databaseFile = POSTGRES_DUMP
      described = await dumpPostgres(database.url, path.join(work, databaseFile))
    } else {
      throw new BackupError('MongoDB is backed up with mongodump (docs/backup.md), not npm run backup')
    }
    files.push({ path: databaseFile, ...(await checksumOf(path.join(work, databaseFile))) })

    const mediaDir = 'directory' in media ? media.directory : null
    for (const relative of mediaDir ? await listFiles(mediaDir) : []) {
      const from = path.join(mediaDir!, ...relative.split('/'))
      try {
        files.push(await copyWithChecksum(from, path.join(work, MEDIA_FOLDER, ...relative.split('/')), `${MEDIA_FOLDER}/${relative}`))
      } catch (error) {
        // Deleted since it was listed (an erasure, a staged upload cleaned up): the snapshot decides whether it is missed.
        if ((error as NodeJS.ErrnoException).code !== 'ENOENT') throw error
      }
    }
    const copied = new Set(files.map((file) => file.path))
    const manifest: Manifest = {
      format: BACKUP_FORMAT,
      createdAt,
      database: { kind: database.kind, file: databaseFile, migration: described.migration, tables: described.tables },
      files,
      missingMedia: mediaDir ? described.uploadFiles.filter((file) => !copied.has(`${MEDIA_FOLDER}/${file}`)) : [],
      mediaBucket: 'bucket' in media ? media.bucket : null,
      seconds: Math.round((performance.now() - started) / 100) / 10,
    }
    fs.writeFileSync(path.join(work, MANIFEST_FILE), `${JSON.stringify(manifest, null, 2)}\n`)
    fs.renameSync(work, outDir)
    return manifest
  } catch (error) {
    fs.rmSync(work, { recursive: true, force: true })
    throw error
  }
}
