import type { Payload, PayloadRequest, TaskConfig } from 'payload'

import type { WebhookDelivery } from '../payload-types'

import { idOf } from '../refs/idOf'
import { attemptOutcome, DELIVERY_STATUSES, type DeliveryStatus, postWebhook, webhookRequest } from '../webhooks/delivery'
import { readWebhookSettings, type WebhookSettings } from '../webhooks/settings'

export const WEBHOOKS_QUEUE = 'webhooks'

/**
 * Makes one attempt at a delivery and logs it. Returns the delivery's status, and throws when the
 * receiver may accept on a later attempt, so that the jobs queue retries. A delivery that is no
 * longer pending is never sent again, whatever runs the job a second time.
 */
export async function deliverWebhook(req: PayloadRequest, deliveryId: number | string, settings: WebhookSettings): Promise<DeliveryStatus> {
  const { payload } = req
  const delivery = await payload.findByID({ collection: 'webhook-deliveries', id: deliveryId, depth: 0, overrideAccess: true, disableErrors: true, req })
  if (!delivery) return 'failed'
  if (delivery.status !== 'pending') return delivery.status

  const webhookId = idOf(delivery.webhook)
  const webhook =
    webhookId === null ? null : await payload.findByID({ collection: 'webhooks', id: webhookId, depth: 0, overrideAccess: true, disableErrors: true, req })
  // Deleting or deactivating a webhook stops its pending deliveries too.
  if (!webhook?.active) {
    await updateDelivery(payload, req, delivery.id, { status: 'failed' })
    return 'failed'
  }

  const attempt = await postWebhook(webhook.url, webhookRequest(delivery, webhook.secret), settings.timeoutMs)
  const attempts = [...(delivery.attempts ?? []), attempt]
  const outcome = attemptOutcome(attempt.statusCode)
  const status: DeliveryStatus = outcome === 'retry' ? (attempts.length < settings.maxAttempts ? 'pending' : 'failed') : outcome
  await updateDelivery(payload, req, delivery.id, {
    status,
    attempts,
    attemptCount: attempts.length,
    lastStatusCode: attempt.statusCode,
    deliveredAt: status === 'delivered' ? attempt.at : null,
  })
  if (outcome === 'retry') {
    // Payload schedules the next attempt (see `retries` below), or records the job as failed after the last one.
    throw new Error(`webhook delivery ${delivery.id}: attempt ${attempts.length} of ${settings.maxAttempts} failed: ${attempt.error}`)
  }
  return status
}

const updateDelivery = (payload: Payload, req: PayloadRequest, id: number | string, data: Partial<WebhookDelivery>) =>
  payload.update({ collection: 'webhook-deliveries', id, data, depth: 0, overrideAccess: true, req })

const settings = readWebhookSettings(process.env)

export const deliverWebhookTask: TaskConfig<{ input: { delivery: number | string }; output: { status: DeliveryStatus } }> = {
  slug: 'deliverWebhook',
  label: '发送 Webhook / Deliver a webhook',
  inputSchema: [{ name: 'delivery', type: 'relationship', relationTo: 'webhook-deliveries', required: true }],
  outputSchema: [{ name: 'status', type: 'select', options: DELIVERY_STATUSES.map(({ value }) => value), required: true }],
  // `attempts` counts retries after the first run. Exponential backoff waits delay × 2^n before
  // retry n + 1 (30 s, 1 min, 2 min, 4 min, 8 min with the defaults); the runner polls every 5 s.
  retries: { attempts: settings.maxAttempts - 1, backoff: { type: 'exponential', delay: settings.retryBaseMs } },
  handler: async ({ input, req }) => ({ output: { status: await deliverWebhook(req, input.delivery, settings) } }),
}
