import type { CollectionSlug, DataFromCollectionSlug, Payload, PayloadRequest, Where } from 'payload'

/**
 * The document matching `where`, or the one `create` makes when there is none: what keeps every
 * part of the seed idempotent. Runs inside the seed's transaction.
 */
export async function findOrCreate<Slug extends CollectionSlug>(
  payload: Payload,
  req: PayloadRequest,
  collection: Slug,
  where: Where,
  create: () => Promise<DataFromCollectionSlug<Slug>>,
): Promise<{ doc: DataFromCollectionSlug<Slug>; created: boolean }> {
  const { docs } = await payload.find({ collection, where, limit: 1, depth: 0, req, overrideAccess: true })
  const existing = docs[0] as DataFromCollectionSlug<Slug> | undefined
  return existing ? { doc: existing, created: false } : { doc: await create(), created: true }
}
