import type { PayloadRequest } from 'payload'

/**
 * A deliverable of a paid collaboration is advertising, whether or not the editor ticked
 * "sponsored" (SPEC §3.2): its variants must carry the 广告 label.
 */
export async function isLinkedToPaidCollaboration(assetId: number | string | null, req: PayloadRequest): Promise<boolean> {
  if (assetId === null) return false
  const { totalDocs } = await req.payload.count({
    collection: 'collaborations',
    where: { 'deliverables.asset': { equals: assetId }, fee: { greater_than: 0 }, stage: { not_equals: 'cancelled' } },
    overrideAccess: true,
    req,
  })
  return totalDocs > 0
}
