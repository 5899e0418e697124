import { describe, expect, it } from 'vitest'

import { BACKUP_FORMAT, parseManifest, tableDifferences } from '../../src/backup/manifest'

const sha = 'a'.repeat(64)
const manifest = (files: { path: string; bytes: number; sha256: string }[], extra: Record<string, unknown> = {}) =>
  JSON.stringify({
    format: BACKUP_FORMAT,
    createdAt: '2026-11-24T06:00:00.000Z',
    database: { kind: 'sqlite', file: 'database.sqlite', migration: '20261120_initial', tables: { users: 5 } },
    files,
    missingMedia: [],
    mediaBucket: null,
    seconds: 0.4,
    ...extra,
  })

describe('backup manifest', () => {
  it('reads a manifest whose database file is among its files', () => {
    const parsed = parseManifest(
      manifest([
        { path: 'database.sqlite', bytes: 4096, sha256: sha },
        { path: 'media/ugc/a.jpg', bytes: 10, sha256: sha },
      ]),
    )
    expect(parsed.files.map((file) => file.path)).toEqual(['database.sqlite', 'media/ugc/a.jpg'])
  })

  it('refuses paths that leave the backup, unknown keys, bad checksums and a missing database file', () => {
    const db = { path: 'database.sqlite', bytes: 4096, sha256: sha }
    for (const path of ['../etc/passwd', '/etc/passwd', 'media/../../x', 'media//x', 'media\\..\\x', './database.sqlite'])
      expect(() => parseManifest(manifest([db, { path, bytes: 1, sha256: sha }])), path).toThrow(/a relative path inside the backup/)
    expect(() => parseManifest(manifest([{ ...db, sha256: 'abc' }]))).toThrow(/files/)
    expect(() => parseManifest(manifest([db], { restoreHook: 'rm -rf /' }))).toThrow(/restoreHook/)
    expect(() => parseManifest(manifest([{ path: 'media/a.jpg', bytes: 1, sha256: sha }]))).toThrow(/database file database.sqlite is not among its files/)
    expect(() => parseManifest('{')).toThrow(/not JSON/)
  })

  it('lists the tables whose row counts differ, or that exist on one side only', () => {
    expect(tableDifferences({ users: 5, media: 2 }, { users: 5, media: 3, extra: 1 })).toEqual([
      { table: 'extra', expected: undefined, actual: 1 },
      { table: 'media', expected: 2, actual: 3 },
    ])
  })
})
