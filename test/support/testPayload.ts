import type { Payload } from 'payload'

import { randomUUID } from 'node:crypto'
import { getPayload } from 'payload'

import { freshDatabaseUri, TEST_SECRET } from './testDatabase'

/**
 * A Payload instance on its own fresh database, built from the real payload.config.ts. The config
 * reads DATABASE_URI when it is imported, so the environment is set first.
 */
export async function startTestPayload(label: string): Promise<Payload> {
  process.env.PAYLOAD_SECRET = TEST_SECRET
  process.env.DATABASE_URI = freshDatabaseUri(label)
  delete process.env.SEED_DEMO_ON_EMPTY
  const { default: config } = await import('../../payload.config')
  return getPayload({ config, key: randomUUID() })
}
