import type { PayloadRequest } from 'payload'

import type { VariantContext } from '../../../src/content/reviewVariant'
import type { MediaInfo } from '../../../src/platforms'
import type { ContentAsset } from '../../../src/payload-types'

import { isLinkedToPaidCollaboration } from '../../../src/collaborations/paidContent'
import { complianceSubjectOf } from '../../../src/compliance'
import { masterBodyOf } from '../../../src/content/masterBody'
import { idOf, type Ref } from '../../../src/refs/idOf'

/** Everything outside a variant that reviewing it needs, loaded once per save inside the request. */
export async function loadReviewContext(
  data: Partial<ContentAsset>,
  assetId: number | string | null,
  req: PayloadRequest,
): Promise<Omit<VariantContext, 'actor' | 'now' | 'draftSave'>> {
  const brandId = idOf(data.brand as Ref)
  const productIds = (data.products ?? []).map((ref) => idOf(ref as Ref)).filter((id) => id !== null)
  const mediaIds = (data.variants ?? []).flatMap((variant) =>
    [variant.cover, variant.video, ...(variant.images ?? [])].map((ref) => idOf(ref as Ref)).filter((id) => id !== null),
  )

  const sourceUgcId = idOf(data.sourceUgc as Ref)
  const [brand, products, media, linkedToPaidCollaboration, sourceUgc] = await Promise.all([
    brandId === null ? null : req.payload.findByID({ collection: 'brands', id: brandId, depth: 0, req, overrideAccess: true }),
    productIds.length === 0
      ? []
      : req.payload
          .find({ collection: 'products', where: { id: { in: productIds } }, depth: 0, pagination: false, req, overrideAccess: true })
          .then((result) => result.docs),
    mediaIds.length === 0
      ? []
      : req.payload
          .find({ collection: 'media', where: { id: { in: mediaIds } }, depth: 0, pagination: false, req, overrideAccess: true })
          .then((result) => result.docs),
    isLinkedToPaidCollaboration(assetId, req),
    sourceUgcId === null
      ? null
      : req.payload.findByID({
          collection: 'ugc-submissions',
          id: sourceUgcId,
          select: { licence: true },
          depth: 0,
          req,
          overrideAccess: true,
          disableErrors: true,
        }),
  ])

  const mediaById = new Map<string, MediaInfo>(
    media.map((item) => [
      String(item.id),
      {
        mimeType: item.mimeType,
        bytes: item.filesize,
        width: item.width,
        height: item.height,
        durationSeconds: item.durationSeconds,
      },
    ]),
  )

  return {
    paid: Boolean(data.sponsored) || linkedToPaidCollaboration,
    ...complianceSubjectOf(brand, products),
    masterBody: masterBodyOf(data.body),
    media: (ref) => mediaById.get(String(idOf(ref))) ?? null,
    // A submission deleted outright leaves no licence at all, which covers nothing.
    ugcLicence: sourceUgcId === null ? null : { scopes: sourceUgc?.licence?.scopes ?? [], expiresAt: sourceUgc?.licence?.expiresAt ?? null },
  }
}
