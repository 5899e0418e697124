import type { CollectionAfterChangeHook } from 'payload'

import type { ContentAsset } from '../../../src/payload-types'

import { WEBHOOKS_QUEUE } from '../../../src/jobs/deliverWebhook'
import { variantChanges, variantEventData } from '../../../src/webhooks/events'
import { isSubscribed } from '../../../src/webhooks/subscriptions'
import { DRAFT_SAVE_CONTEXT } from './markDraftSaves'

/**
 * Tells subscribed webhooks about variants that were just approved, scheduled or published. Each
 * delivery and its job are written in the save's own transaction, so a delivery exists exactly
 * when the change was saved; the HTTP request is the job's, never the save's.
 */
export const queueWebhookDeliveries: CollectionAfterChangeHook<ContentAsset> = async ({ doc, previousDoc, req }) => {
  if (req.context[DRAFT_SAVE_CONTEXT]) return doc
  const changes = variantChanges(previousDoc?.variants ?? [], doc.variants ?? [])
  if (changes.length === 0) return doc

  const { docs: webhooks } = await req.payload.find({
    collection: 'webhooks',
    where: { active: { equals: true } },
    select: { events: true, platforms: true, brands: true },
    depth: 0,
    pagination: false,
    overrideAccess: true,
    req,
  })
  const occurredAt = new Date().toISOString()
  for (const change of changes) {
    const data = variantEventData(doc, change)
    for (const webhook of webhooks.filter((webhook) => isSubscribed(webhook, { event: change.event, format: data.format, brandId: data.brandId }))) {
      const delivery = await req.payload.create({
        collection: 'webhook-deliveries',
        data: { webhook: webhook.id, event: change.event, status: 'pending', occurredAt, data },
        depth: 0,
        overrideAccess: true,
        req,
      })
      await req.payload.jobs.queue({ task: 'deliverWebhook', input: { delivery: delivery.id }, queue: WEBHOOKS_QUEUE, req })
    }
  }
  return doc
}
