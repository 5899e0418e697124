import type { CollectionAfterChangeHook, PayloadRequest } from 'payload'

import type { Collaboration } from '../../../src/payload-types'

import { writeAuditEntry } from '../../../src/audit/writeAuditEntry'
import { idOf } from '../../../src/refs/idOf'
import { reputationScore } from '../../../src/scoring'
import { PENDING_STAGE_MOVE, type PendingStageMove } from './applyStageMove'
import { refreshCampaignBudget } from './refreshCampaignBudget'

/**
 * What follows a saved collaboration, inside the same transaction: the audit entry of its stage
 * move, its campaign's derived budget, and on settlement the KOL's reputation — so a failure in
 * any of them undoes the move as well.
 */
export const followUpStageMove: CollectionAfterChangeHook<Collaboration> = async ({ doc, previousDoc, operation, req }) => {
  const move = req.context[PENDING_STAGE_MOVE] as PendingStageMove | null | undefined
  delete req.context[PENDING_STAGE_MOVE]

  if (move) {
    await writeAuditEntry(req, {
      targetCollection: 'collaborations',
      documentId: String(doc.id),
      documentTitle: doc.title,
      format: doc.platform,
      from: move.from,
      to: move.to,
      reason: move.reason,
    })
  }

  const campaignId = idOf(doc.campaign)
  const previousCampaignId = operation === 'update' ? idOf(previousDoc.campaign) : null
  const budgetMayHaveChanged = operation === 'update' && (doc.stage !== previousDoc.stage || doc.fee !== previousDoc.fee || campaignId !== previousCampaignId)
  if (budgetMayHaveChanged && campaignId !== null) await refreshCampaignBudget(campaignId, req)
  if (budgetMayHaveChanged && previousCampaignId !== null && previousCampaignId !== campaignId) {
    await refreshCampaignBudget(previousCampaignId, req)
  }

  const kolId = idOf(doc.kol)
  if (move?.to === 'settled' && kolId !== null) await updateReputation(kolId, req)
  return doc
}

/** Recounts a KOL's reputation from all their settled collaborations (SPEC §6). */
async function updateReputation(kolId: number | string, req: PayloadRequest) {
  const { docs } = await req.payload.find({
    collection: 'collaborations',
    where: { kol: { equals: kolId }, stage: { equals: 'settled' } },
    select: { settlement: true },
    depth: 0,
    pagination: false,
    overrideAccess: true,
    req,
  })
  const record = {
    settled: docs.length,
    ratingSum: docs.reduce((sum, doc) => sum + (doc.settlement?.rating ?? 0), 0),
    onTime: docs.filter((doc) => doc.settlement?.onTime === 'yes').length,
  }
  await req.payload.update({
    collection: 'kols',
    id: kolId,
    data: { reputation: { ...record, score: reputationScore(record) } },
    depth: 0,
    overrideAccess: true,
    req,
  })
}
