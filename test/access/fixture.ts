import type { Payload } from 'payload'

import { WEBHOOK_EVENTS } from '../../src/webhooks/events'
import { seed } from '../../seed/seed'
import type { AccessFixture } from './checkCells'
import type { MatrixRole } from './matrix'

export const LIMITED_KEYS = { 'publisher-douyin': 'douyin-only-key-matrix-0123456789ab', 'publisher-brand': 'brand-only-key-matrix-0123456789ab' } as const
export const LIMITED_PASSWORD = 'publisher-password-2026'

/** The demo account of each role (seed/demoUsers.ts), and the two limited publisher keys this suite adds. */
export const ROLE_EMAILS: Record<Exclude<MatrixRole, 'anonymous'>, string> = {
  admin: 'admin@zhongcao.local',
  editor: 'editor@zhongcao.local',
  reviewer: 'reviewer@zhongcao.local',
  'kol-manager': 'kol@zhongcao.local',
  publisher: 'publisher@zhongcao.local',
  'publisher-douyin': 'douyin-matrix@shop.cn',
  'publisher-brand': 'brand-matrix@shop.cn',
}

const firstId = async (payload: Payload, collection: 'brands' | 'users', email?: string) =>
  (await payload.find({ collection, where: email ? { email: { equals: email } } : {}, limit: 1, depth: 0, overrideAccess: true })).docs[0]?.id

/**
 * The demo data (seeded here unless the server already did) plus what the matrix needs on top:
 * the limited publisher keys, each user's own admin preference (for the `self` scope), and one
 * document in the collections the demo leaves empty, so that every allowed read has something to see.
 */
export async function prepareAccessFixture(payload: Payload): Promise<AccessFixture> {
  if ((await payload.count({ collection: 'users', overrideAccess: true })).totalDocs === 0) await seed(payload)
  const brandId = (await payload.find({ collection: 'brands', sort: 'id', limit: 1, depth: 0, overrideAccess: true })).docs[0]!.id
  const limits = { 'publisher-douyin': { publisherChannels: ['douyin' as const] }, 'publisher-brand': { publisherBrands: [brandId] } }
  for (const role of ['publisher-douyin', 'publisher-brand'] as const) {
    if (await firstId(payload, 'users', ROLE_EMAILS[role])) continue
    await payload.create({
      collection: 'users',
      data: { email: ROLE_EMAILS[role], password: LIMITED_PASSWORD, roles: ['publisher'], enableAPIKey: true, apiKey: LIMITED_KEYS[role], ...limits[role] },
      overrideAccess: true,
    })
  }
  const userIds = Object.fromEntries(
    await Promise.all(Object.entries(ROLE_EMAILS).map(async ([role, email]) => [role, await firstId(payload, 'users', email)])),
  ) as AccessFixture['userIds']

  const empty = async (collection: Parameters<Payload['count']>[0]['collection']) => (await payload.count({ collection, overrideAccess: true })).totalDocs === 0
  for (const [role, id] of Object.entries(userIds)) {
    const key = `access-matrix-${role}`
    const { totalDocs } = await payload.count({ collection: 'payload-preferences', where: { key: { equals: key } }, overrideAccess: true })
    // Payload sets a preference's owner from the request's user, whatever the data says.
    const user = { ...(await payload.findByID({ collection: 'users', id, depth: 0, overrideAccess: true })), collection: 'users' as const }
    if (totalDocs === 0)
      await payload.create({
        collection: 'payload-preferences',
        data: { key, user: { relationTo: 'users', value: id }, value: {} },
        user,
        overrideAccess: true,
      })
  }
  if (await empty('webhooks'))
    await payload.create({
      collection: 'webhooks',
      data: { name: 'Matrix', url: 'https://hooks.example.cn/matrix', events: [WEBHOOK_EVENTS[0].value], secret: 'matrix-signing-secret-0123456789abcdef' },
      overrideAccess: true,
    })
  if (await empty('webhook-deliveries'))
    await payload.create({
      collection: 'webhook-deliveries',
      data: { event: WEBHOOK_EVENTS[0].value, status: 'pending', occurredAt: new Date().toISOString(), data: {} },
      overrideAccess: true,
    })
  if (await empty('payload-locked-documents'))
    await payload.create({
      collection: 'payload-locked-documents',
      data: { document: { relationTo: 'brands', value: brandId }, globalSlug: null, user: { relationTo: 'users', value: userIds.editor } },
      overrideAccess: true,
    })
  if (await empty('payload-migrations'))
    await payload.create({ collection: 'payload-migrations', data: { name: 'access-matrix', batch: 1 }, overrideAccess: true })
  return { payload, userIds, limitedBrandId: brandId }
}
