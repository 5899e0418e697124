import type { PayloadRequest, Where } from 'payload'

import { COMMITTED_STAGES } from '../../src/collaborations/stages'

/** The collaborations whose fees a campaign owes: every one from contracting on. */
export const committedWhere = (campaignId: number | string): Where => ({
  and: [{ campaign: { equals: campaignId } }, { stage: { in: [...COMMITTED_STAGES] } }],
})

/**
 * The fees a campaign owes: every collaboration from contracting on. Read inside the request's
 * transaction, so a contract being saved counts once it is written; `except` leaves one out (the
 * collaboration whose own contract is being checked).
 */
export async function committedSpend(campaignId: number | string, req: PayloadRequest, except?: number | string): Promise<number> {
  const { docs } = await req.payload.find({
    collection: 'collaborations',
    where: except === undefined ? committedWhere(campaignId) : { and: [committedWhere(campaignId), { id: { not_equals: except } }] },
    select: { fee: true },
    pagination: false,
    depth: 0,
    overrideAccess: true,
    req,
  })
  return docs.reduce((sum, doc) => sum + (doc.fee ?? 0), 0)
}
