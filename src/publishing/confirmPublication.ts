import type { PayloadRequest } from 'payload'

import { commitTransaction, initTransaction, killTransaction } from 'payload'
import { z } from 'zod'

import type { Localized } from '../i18n/localized'
import type { ContentAsset } from '../payload-types'
import type { FeedItem } from './feedItem'

import { SERVER_SIDE_READ_CONTEXT } from '../../collections/ContentAssets/hooks/hideUnreleasedVariants'
import { refuse } from '../graphql/errorCodes'
import { idOf } from '../refs/idOf'
import { mayReadChannel, type PublisherScope } from './publisherScope'

export type PublicationInput = { variantId: string; url: string; platformPostId: string; publishedAt: string }
export type PublicationConfirmation = { item: FeedItem; alreadyConfirmed: boolean }

type Variant = NonNullable<ContentAsset['variants']>[number]

/** A clock difference between the publisher and us is fine; a post dated next week is a mistake. */
const FUTURE_TOLERANCE_MS = 10 * 60 * 1000

const inputSchema = z.object({
  url: z
    .string()
    .trim()
    .max(2048)
    .refine((value) => URL.canParse(value) && /^https?:$/.test(new URL(value).protocol), { params: { reason: 'url' } }),
  platformPostId: z.string().trim().min(1).max(200),
  publishedAt: z.string().refine((value) => !Number.isNaN(Date.parse(value)) && Date.parse(value) <= Date.now() + FUTURE_TOLERANCE_MS, {
    params: { reason: 'time' },
  }),
})

const INPUT_MESSAGES: Record<'url' | 'platformPostId' | 'publishedAt', Localized> = {
  url: { zh: 'url 须为 http(s) 链接', en: 'url must be an http(s) link' },
  platformPostId: { zh: 'platformPostId 不能为空（最长 200 字符）', en: 'platformPostId must not be empty (200 characters at most)' },
  publishedAt: { zh: 'publishedAt 须为不晚于当前时间的 ISO 8601 时间', en: 'publishedAt must be an ISO 8601 time, not in the future' },
}

/**
 * A publisher reports that it posted a variant (SPEC §4): the variant moves to published through
 * the workflow (which checks the move and writes the audit log), the feed item and the linked
 * collaboration deliverables get the post's URL and time, all in one transaction. The same report
 * twice changes nothing the second time; a different post for a published variant is refused.
 */
export async function confirmPublication(req: PayloadRequest, scope: PublisherScope, input: PublicationInput): Promise<PublicationConfirmation> {
  const parsed = inputSchema.safeParse(input)
  if (!parsed.success) {
    const field = parsed.error.issues[0]!.path[0] as keyof typeof INPUT_MESSAGES
    refuse(req, 'BAD_USER_INPUT', 400, INPUT_MESSAGES[field], field)
  }
  const { url, platformPostId } = parsed.data!
  const publishedAt = new Date(parsed.data!.publishedAt).toISOString()

  // The hooks that follow the save must see every variant of the asset, not the publisher's view.
  req.context[SERVER_SIDE_READ_CONTEXT] = true
  const notFound = () => refuse(req, 'VARIANT_NOT_FOUND', 404, { zh: `找不到平台版本 ${input.variantId}`, en: `No variant ${input.variantId}` }, 'variant')

  const shouldCommit = await initTransaction(req)
  try {
    const { docs } = await req.payload.find({
      collection: 'content-assets',
      where: { 'variants.id': { equals: input.variantId } },
      depth: 0,
      limit: 1,
      pagination: false,
      overrideAccess: true,
      req,
    })
    if (!docs[0]) notFound()
    // A write first: on PostgreSQL it takes the asset's row lock, so a simultaneous confirmation of
    // the same post waits here and then finds it published (SQLite runs one write transaction at a time).
    await req.payload.db.updateOne({ collection: 'content-assets', id: docs[0]!.id, data: { updatedAt: new Date().toISOString() }, req })
    const asset = await req.payload.findByID({ collection: 'content-assets', id: docs[0]!.id, depth: 0, overrideAccess: true, req })
    const variant = asset.variants?.find((candidate) => candidate.id === input.variantId)
    if (!variant || (scope.brandIds.length > 0 && !scope.brandIds.includes(String(idOf(asset.brand))))) return notFound()
    if (!mayReadChannel(scope, variant.format)) {
      refuse(req, 'FORBIDDEN_PLATFORM', 403, { zh: '此 API 密钥无权操作该平台的内容', en: 'This API key may not act on this platform' }, 'variant')
    }

    let alreadyConfirmed = false
    if (variant.status === 'published') {
      if (variant.platformPostId !== platformPostId || variant.publishedUrl !== url) {
        refuse(
          req,
          'ALREADY_PUBLISHED',
          409,
          {
            zh: `该版本已按另一条内容（${variant.platformPostId ?? variant.publishedUrl}）确认发布`,
            en: `The variant was already confirmed as another post (${variant.platformPostId ?? variant.publishedUrl})`,
          },
          'variant',
        )
      }
      alreadyConfirmed = true
    } else if (variant.status !== 'approved' && variant.status !== 'scheduled') {
      refuse(
        req,
        'INVALID_STATE',
        409,
        { zh: `该版本当前状态为「${variant.status}」，不能确认发布`, en: `The variant is ${variant.status}; it cannot be confirmed as published` },
        'variant',
      )
    } else {
      const published = (candidate: Variant): Variant =>
        candidate.id === variant.id ? { ...candidate, status: 'published', publishedUrl: url, platformPostId, publishedAt } : candidate
      await req.payload.update({
        collection: 'content-assets',
        id: asset.id,
        data: { variants: (asset.variants ?? []).map(published) },
        depth: 0,
        overrideAccess: true,
        req,
      })
      await recordOnDeliverables(req, asset, variant, { url, publishedAt })
    }

    const { docs: rows } = await req.payload.find({
      collection: 'publish-feed',
      where: { variantId: { equals: variant.id } },
      select: { item: true },
      depth: 0,
      limit: 1,
      pagination: false,
      overrideAccess: true,
      req,
    })
    if (shouldCommit) await commitTransaction(req)
    return { item: rows[0]!.item as unknown as FeedItem, alreadyConfirmed }
  } catch (error) {
    if (shouldCommit) await killTransaction(req)
    throw error
  }
}

/** The collaboration deliverables made with this variant get the post's URL, time and order id. */
async function recordOnDeliverables(req: PayloadRequest, asset: ContentAsset, variant: Variant, post: { url: string; publishedAt: string }) {
  const { docs } = await req.payload.find({
    collection: 'collaborations',
    where: { 'deliverables.variantId': { equals: variant.id } },
    select: { deliverables: true },
    depth: 0,
    pagination: false,
    overrideAccess: true,
    req,
  })
  for (const collaboration of docs) {
    const deliverables = (collaboration.deliverables ?? []).map((deliverable) =>
      deliverable.variantId === variant.id && String(idOf(deliverable.asset)) === String(asset.id)
        ? {
            ...deliverable,
            publishedUrl: post.url,
            publishedAt: post.publishedAt,
            platformOrderId: deliverable.platformOrderId || variant.commercialOrderId || null,
          }
        : deliverable,
    )
    await req.payload.update({ collection: 'collaborations', id: collaboration.id, data: { deliverables }, depth: 0, overrideAccess: true, req })
  }
}
