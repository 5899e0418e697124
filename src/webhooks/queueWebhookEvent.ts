import type { PayloadRequest } from 'payload'

import type { FormatId } from '../platforms/types'
import type { WebhookEvent } from './events'

import { WEBHOOKS_QUEUE } from '../jobs/deliverWebhook'
import { isSubscribed } from './subscriptions'

export type WebhookOccurrence = { event: WebhookEvent; format?: FormatId; brandId: number | string | null; data: Record<string, unknown> }

/**
 * Queues one delivery per subscribed webhook for each occurrence. Each delivery and its job are
 * written in the caller's transaction, so a delivery exists exactly when the change was saved;
 * the HTTP request is the job's, never the save's.
 */
export async function queueWebhookEvent(req: PayloadRequest, ...occurrences: WebhookOccurrence[]): Promise<void> {
  if (occurrences.length === 0) return
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
  for (const occurrence of occurrences) {
    for (const webhook of webhooks.filter((webhook) => isSubscribed(webhook, occurrence))) {
      const delivery = await req.payload.create({
        collection: 'webhook-deliveries',
        data: { webhook: webhook.id, event: occurrence.event, status: 'pending', occurredAt, data: occurrence.data },
        depth: 0,
        overrideAccess: true,
        req,
      })
      await req.payload.jobs.queue({ task: 'deliverWebhook', input: { delivery: delivery.id }, queue: WEBHOOKS_QUEUE, req })
    }
  }
}
