import type { CollectionAfterChangeHook } from 'payload'

import type { ContentAsset } from '../../../src/payload-types'

import { variantChanges, variantEventData } from '../../../src/webhooks/events'
import { queueWebhookEvent } from '../../../src/webhooks/queueWebhookEvent'
import { DRAFT_SAVE_CONTEXT } from './markDraftSaves'

/** Tells subscribed webhooks about variants that were just approved, scheduled or published. */
export const queueWebhookDeliveries: CollectionAfterChangeHook<ContentAsset> = async ({ doc, previousDoc, req }) => {
  if (req.context[DRAFT_SAVE_CONTEXT]) return doc
  const occurrences = variantChanges(previousDoc?.variants ?? [], doc.variants ?? []).map((change) => {
    const data = variantEventData(doc, change)
    return { event: change.event, format: data.format, brandId: data.brandId, data }
  })
  await queueWebhookEvent(req, ...occurrences)
  return doc
}
