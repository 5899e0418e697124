import type { Payload } from 'payload'

import { randomUUID } from 'node:crypto'
import { getPayload } from 'payload'
import { afterAll, beforeAll, vi } from 'vitest'

import { freshDatabaseUri, freshMediaDir, TEST_SECRET } from './testDatabase'

/**
 * A Payload instance on its own fresh database, built from the real payload.config.ts. The config
 * reads DATABASE_URI when it is imported, so the environment is set first. With
 * `pushSchema: false` the database stays empty, as under `payload migrate` and in production.
 * Given a running server's database and media directory (and `pushSchema: false`), it writes
 * fixtures the server's API cannot create, such as UGC that only the public intake makes.
 */
export async function startTestPayload(
  label: string,
  { pushSchema = true, databaseUri, mediaDir }: { pushSchema?: boolean; databaseUri?: string; mediaDir?: string } = {},
): Promise<Payload> {
  process.env.PAYLOAD_SECRET = TEST_SECRET
  process.env.DATABASE_URI = databaseUri ?? freshDatabaseUri(label)
  process.env.MEDIA_DIR = mediaDir ?? freshMediaDir(label)
  delete process.env.SEED_DEMO_ON_EMPTY
  if (!pushSchema) process.env.PAYLOAD_MIGRATING = 'true'
  try {
    // The config builds its database adapter from DATABASE_URI when it is evaluated; without a
    // fresh module registry a second instance in the same file would reuse the first database.
    vi.resetModules()
    const { default: config } = await import('../../payload.config')
    return await getPayload({ config, key: randomUUID() })
  } finally {
    delete process.env.PAYLOAD_MIGRATING
  }
}

/**
 * Starts a test Payload before the surrounding describe block and destroys it afterwards.
 * Returns a getter, since the instance exists only once the block has started.
 */
export function useTestPayload(label: string, options?: { pushSchema?: boolean }): () => Payload {
  let payload: Payload | undefined
  beforeAll(async () => {
    payload = await startTestPayload(label, options)
  })
  afterAll(async () => {
    await payload?.destroy()
  })
  return () => {
    if (!payload) throw new Error(`test Payload "${label}" is not started`)
    return payload
  }
}
