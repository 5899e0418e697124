import type { CollectionAfterDeleteHook, PayloadRequest } from 'payload'

import type { Campaign, Collaboration } from '../../../src/payload-types'

import { idOf } from '../../../src/refs/idOf'

/**
 * Saves the campaign so that its derived budget counts this request's changes (Campaigns'
 * deriveBudget). In PostgreSQL the update also holds the campaign row until the transaction ends,
 * which queues concurrent contracts of one campaign behind each other.
 */
export async function refreshCampaignBudget(campaignId: number | string, req: PayloadRequest): Promise<Campaign> {
  return req.payload.update({ collection: 'campaigns', id: campaignId, data: {}, depth: 0, overrideAccess: true, req })
}

export const refreshBudgetAfterDelete: CollectionAfterDeleteHook<Collaboration> = async ({ doc, req }) => {
  const campaignId = idOf(doc.campaign)
  if (campaignId !== null) await refreshCampaignBudget(campaignId, req)
  return doc
}
