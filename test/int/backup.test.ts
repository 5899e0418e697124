import type { CollectionSlug, Payload } from 'payload'

import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import type { User } from '../../src/payload-types'

import { seed } from '../../seed/seed'
import { BackupError, MANIFEST_FILE, parseManifest } from '../../src/backup/manifest'
import { restoreBackup } from '../../src/backup/restore'
import { parseDatabaseUri } from '../../src/db/databaseUri'
import { freshDatabaseUri, freshMediaDir } from '../support/testDatabase'
import { runProjectScript } from '../support/projectScript'
import { startTestPayload } from '../support/testPayload'

const root = path.resolve(import.meta.dirname, '../..')

type Doc = { id: number | string; createdAt?: string; [field: string]: unknown }

/** Every document of a collection as stored (all fields, drafts included), by id; for uploads also each file's bytes. */
async function everything(payload: Payload, slug: CollectionSlug) {
  const collection = payload.collections[slug].config
  const { docs } = await payload.find({ collection: slug, pagination: false, sort: 'id', depth: 0, overrideAccess: true, showHiddenFields: true, draft: true })
  const versions = collection.versions
    ? (await payload.findVersions({ collection: slug, pagination: false, sort: 'id', depth: 0, overrideAccess: true, showHiddenFields: true })).docs
    : []
  const files: Record<string, string> = {}
  if (collection.upload) {
    for (const doc of docs as unknown as Doc[]) {
      const sizes = Object.values((doc.sizes ?? {}) as Record<string, { filename?: string | null }>)
      for (const filename of [doc.filename as string | null, ...sizes.map((size) => size.filename)]) {
        if (filename) files[filename] = fs.readFileSync(path.join(collection.upload.staticDir!, filename)).toString('base64')
      }
    }
  }
  return { docs: docs as unknown as Doc[], versions: versions as unknown as Doc[], files }
}

// MongoDB is backed up with mongodump (docs/backup.md).
describe.skipIf(process.env.DATABASE_URI?.startsWith('mongodb'))('npm run backup / npm run restore', () => {
  const sourceUri = freshDatabaseUri('backup-source')
  const sourceMedia = freshMediaDir('backup-source')
  const workDir = fs.mkdtempSync(path.join(os.tmpdir(), 'zhongcao-backups-'))
  const backupDir = path.join(workDir, 'online')
  let source: Payload
  let restored: Payload | undefined
  let backupStartedAt: string
  let writerIds: number[] = []
  let brandId: number
  let editor: User

  beforeAll(async () => {
    // No job runner: it would queue jobs into the source after the backup and the comparison would see them.
    process.env.JOBS_RUNNER = 'false'
    source = await startTestPayload('backup-source', { databaseUri: sourceUri, mediaDir: sourceMedia })
    await seed(source)
    brandId = (await source.find({ collection: 'brands', limit: 1, depth: 0 })).docs[0]!.id
    editor = (await source.find({ collection: 'users', where: { email: { equals: 'editor@zhongcao.local' } }, limit: 1 })).docs[0]!
  })

  afterAll(async () => {
    await restored?.destroy()
    await source?.destroy()
    delete process.env.JOBS_RUNNER
  })

  it('backs up while content is being written, and the restore is the database as of one moment', { timeout: 300_000 }, async () => {
    // Each asset writes several tables in one transaction (asset, variants, version, relations): a torn copy would show it half.
    backupStartedAt = new Date().toISOString()
    let writing = true
    const writer = (async () => {
      // The last write begins once the backup has finished, so at least one cannot be in it.
      for (let index = 0, last = false; !last; index++) {
        last = !writing
        const asset = await source.create({
          collection: 'content-assets',
          data: {
            title: `备份期间写入 ${index}`,
            brand: brandId,
            tags: ['backup'],
            variants: [
              { format: 'weibo-post', status: 'draft', body: `写入中的微博 ${index}`, hashtags: ['备份'] },
              { format: 'wecom-moments', status: 'draft', body: `写入中的朋友圈 ${index}` },
            ],
          },
          user: editor,
        })
        writerIds.push(asset.id)
        // libsql answers synchronously: without a turn of the event loop the CLI's exit would never be seen.
        await new Promise((resolve) => setImmediate(resolve))
      }
    })()
    // Awaited once the backup is done; a failed write must not go unnoticed meanwhile.
    writer.catch(() => undefined)
    const backup = await runProjectScript('backup', { DATABASE_URI: sourceUri, MEDIA_DIR: sourceMedia }, '--out', backupDir)
    writing = false
    await writer
    expect(backup.output).toContain('Backup written to')
    expect(backup.code).toBe(0)

    const manifest = parseManifest(fs.readFileSync(path.join(backupDir, MANIFEST_FILE), 'utf8'))
    expect(manifest.database).toMatchObject(
      sourceUri.startsWith('file:')
        ? { kind: 'sqlite', file: 'database.sqlite', migration: 'dev' }
        : { kind: 'postgres', file: 'database.pgdump', migration: 'dev' },
    )
    expect(manifest.database.tables.content_assets).toBeGreaterThan(0)
    expect(manifest.missingMedia).toEqual([])
    expect(manifest.files.filter((file) => file.path.startsWith('media/ugc/')).length).toBeGreaterThan(0)

    const restoredUri = freshDatabaseUri('backup-restored')
    const restoredMedia = path.join(workDir, 'restored-media')
    const restore = await runProjectScript('restore', {}, backupDir, '--to', restoredUri, '--media-dir', restoredMedia)
    expect(restore.output).toContain('every checksum verified')
    expect(restore.code).toBe(0)
    restored = await startTestPayload('backup-restored', { databaseUri: restoredUri, mediaDir: restoredMedia, pushSchema: false })

    // Every collection, every field, every version, every upload's bytes: what the restore has is
    // exactly what the source has; what it lacks was created after the backup began.
    const writtenDuringBackup = (doc: Doc) => Boolean(doc.createdAt && doc.createdAt >= backupStartedAt)
    for (const slug of Object.keys(source.collections) as CollectionSlug[]) {
      const [before, after] = [await everything(source, slug), await everything(restored, slug)]
      for (const part of ['docs', 'versions'] as const) {
        const byId = new Map(before[part].map((doc) => [doc.id, doc]))
        for (const doc of after[part]) expect(doc, `${slug} ${part} ${doc.id}`).toEqual(byId.get(doc.id))
        const kept = new Set(after[part].map((doc) => doc.id))
        const lost = before[part].filter((doc) => !kept.has(doc.id))
        expect(
          lost.filter((doc) => !writtenDuringBackup(doc)).map((doc) => doc.id),
          `${slug} ${part} missing from the restore`,
        ).toEqual([])
      }
      expect(after.files, `${slug} files`).toEqual(before.files)
    }

    // The writer's assets in the restore are the first n of them (a prefix: one moment), some but not all.
    const restoredWriterIds = (
      await restored.find({ collection: 'content-assets', where: { tags: { contains: 'backup' } }, pagination: false, sort: 'id' })
    ).docs.map((doc) => doc.id)
    expect(restoredWriterIds).toEqual(writerIds.slice(0, restoredWriterIds.length))
    expect(restoredWriterIds.length).toBeLessThan(writerIds.length)
  })

  it('refuses a tampered backup, and a target that is not empty, before writing anything', async () => {
    const tampered = path.join(workDir, 'tampered')
    fs.cpSync(backupDir, tampered, { recursive: true })
    const manifest = parseManifest(fs.readFileSync(path.join(tampered, MANIFEST_FILE), 'utf8'))
    const image = manifest.files.find((file) => file.path.startsWith('media/') && file.path.endsWith('.jpg'))!
    const imageFile = path.join(tampered, image.path)
    const bytes = fs.readFileSync(imageFile)
    bytes[bytes.length >> 1] ^= 0xff
    fs.writeFileSync(imageFile, bytes)
    fs.writeFileSync(path.join(tampered, 'media', 'smuggled.html'), '<script>alert(1)</script>')

    const target = parseDatabaseUri(freshDatabaseUri('backup-tampered'), { nodeEnv: 'development', cwd: root })
    const mediaDir = path.join(workDir, 'tampered-media')
    const attempt = restoreBackup({ from: tampered, database: target, mediaDir, force: false })
    await expect(attempt).rejects.toThrow(BackupError)
    await expect(attempt).rejects.toThrow(`${image.path}: sha256`)
    await expect(attempt).rejects.toThrow('media/smuggled.html: unlisted')
    expect(target.kind === 'sqlite' && fs.existsSync(target.file)).toBe(false)
    expect(fs.existsSync(mediaDir)).toBe(false)

    // A manifest edited to point outside the backup is not a manifest.
    const edited = JSON.parse(fs.readFileSync(path.join(tampered, MANIFEST_FILE), 'utf8'))
    edited.files[1].path = '../../../etc/passwd'
    expect(() => parseManifest(JSON.stringify(edited))).toThrow(/a relative path inside the backup/)

    // The source database and media directory are in use: restoring over them needs --force.
    const over = await runProjectScript('restore', { DATABASE_URI: sourceUri, MEDIA_DIR: sourceMedia }, backupDir)
    expect(over.code).toBe(1)
    expect(over.output).toMatch(/refusing to overwrite: the database .* (exists|has tables); the media directory .* has files \(--force replaces them\)/)
  })
})
