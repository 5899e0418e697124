import type { Payload, PayloadRequest, Where } from 'payload'

import { commitTransaction, createLocalReq, initTransaction, killTransaction } from 'payload'

import type { ContentAsset } from '../payload-types'

import { idOf } from '../refs/idOf'
import { RELEASED_STATUSES } from '../workflow/statuses'
import { mediaLink } from './mediaLinks'
import { buildFeedItem, type FeedItem, isReleased, type MediaDoc, mediaIdsOf } from './feedItem'

/**
 * Brings an asset's rows in the publish feed in line with its variants: a row per released
 * variant, rewritten (with a new changedAt) only when its rendered item changed, so that polling
 * publishers see real changes and nothing else. Runs inside the saving request's transaction.
 */
export async function syncPublishFeed(asset: ContentAsset, req: PayloadRequest): Promise<void> {
  const released = (asset.variants ?? []).filter(isReleased)
  const mediaIds = [...new Set(released.flatMap(mediaIdsOf))]
  const media: MediaDoc[] =
    mediaIds.length === 0
      ? []
      : (await req.payload.find({ collection: 'media', where: { id: { in: mediaIds } }, depth: 0, pagination: false, overrideAccess: true, req })).docs
  const mediaById = new Map(media.map((doc) => [String(doc.id), doc]))
  const linkTo = (filename: string) => `${req.payload.config.serverURL ?? ''}${mediaLink(req.payload.secret, filename)}`
  const wanted = new Map<string, FeedItem>(released.map((variant) => [variant.id!, buildFeedItem(asset, variant, mediaById, linkTo)]))

  const { docs: rows } = await req.payload.find({
    collection: 'publish-feed',
    where: { asset: { equals: asset.id } },
    select: { variantId: true, contentHash: true },
    depth: 0,
    pagination: false,
    overrideAccess: true,
    req,
  })
  for (const row of rows) {
    if (!wanted.has(row.variantId)) await req.payload.delete({ collection: 'publish-feed', id: row.id, overrideAccess: true, req })
  }
  const rowByVariant = new Map(rows.map((row) => [row.variantId, row]))
  const changedAt = new Date().toISOString()
  for (const item of wanted.values()) {
    const row = rowByVariant.get(item.variantId)
    if (row?.contentHash === item.contentHash) continue
    const data = {
      variantId: item.variantId,
      asset: asset.id,
      // Ids as the adapter keeps them (numbers on SQL, strings on MongoDB); the type only knows SQL.
      brand: idOf(asset.brand) as number,
      products: (asset.products ?? []).map(idOf) as number[],
      tags: item.tags,
      channel: item.platform,
      format: item.format,
      status: item.status as 'approved' | 'scheduled' | 'published',
      contentHash: item.contentHash,
      changedAt,
      item,
    }
    if (row) await req.payload.update({ collection: 'publish-feed', id: row.id, data, depth: 0, overrideAccess: true, req })
    else await req.payload.create({ collection: 'publish-feed', data, depth: 0, overrideAccess: true, req })
  }
}

/** Removes an asset's rows, before the asset itself goes. */
export async function removeFromPublishFeed(assetId: number | string, req: PayloadRequest): Promise<void> {
  await req.payload.delete({ collection: 'publish-feed', where: { asset: { equals: assetId } }, overrideAccess: true, req })
}

/** Re-renders the items that show a media file, after its file or text changed. */
export async function refreshPublishFeedForMedia(mediaId: number | string, req: PayloadRequest): Promise<void> {
  const showsMedia: Where = {
    or: [{ 'variants.cover': { equals: mediaId } }, { 'variants.images': { contains: mediaId } }, { 'variants.video': { equals: mediaId } }],
  }
  const { docs } = await req.payload.find({ collection: 'content-assets', where: showsMedia, depth: 0, pagination: false, overrideAccess: true, req })
  for (const asset of docs) await syncPublishFeed(asset, req)
}

/**
 * Fills an empty feed from the content already released: a database from before the feed
 * existed, or restored without it. One transaction, so a failed fill is retried at the next start.
 */
export async function fillEmptyPublishFeed(payload: Payload): Promise<number> {
  const { totalDocs: rows } = await payload.count({ collection: 'publish-feed', overrideAccess: true })
  if (rows > 0) return 0
  const req = await createLocalReq({}, payload)
  const shouldCommit = await initTransaction(req)
  try {
    let filled = 0
    for (let page = 1; ; page++) {
      const { docs, hasNextPage } = await payload.find({
        collection: 'content-assets',
        where: { 'variants.status': { in: [...RELEASED_STATUSES] } },
        depth: 0,
        limit: 100,
        page,
        sort: 'id',
        overrideAccess: true,
        req,
      })
      for (const asset of docs) await syncPublishFeed(asset, req)
      filled += docs.length
      if (!hasNextPage) break
    }
    if (shouldCommit) await commitTransaction(req)
    return filled
  } catch (error) {
    if (shouldCommit) await killTransaction(req)
    throw error
  }
}
