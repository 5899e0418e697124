import { createHash } from 'node:crypto'

import type { ChannelId, CropId, FormatId } from '../platforms/types'
import type { Mention, RenderedPost } from '../platforms/render'
import type { ContentStatus } from '../workflow/statuses'

import { coverCropsOf } from '../platforms/coverCrops'
import { idOf, type Ref } from '../refs/idOf'
import { needsDisclosureLabel } from '../platforms/render'
import { DISCLOSURE_LABEL, FORMAT_RULES } from '../platforms/rules'
import { RELEASED_STATUSES } from '../workflow/statuses'

export type CoverImage = { crop: CropId; url: string; width: number | null; height: number | null }

export type MediaFile = {
  id: string
  url: string
  mimeType: string | null
  width: number | null
  height: number | null
  bytes: number | null
  durationSeconds: number | null
  alt: string | null
}

/** A released variant as a channel publisher receives it: everything needed to post it, nothing internal. */
export type FeedItem = {
  assetId: string
  variantId: string
  platform: ChannelId
  format: FormatId
  status: ContentStatus
  brandId: string
  productIds: string[]
  tags: string[]
  title: string | null
  /** The post exactly as it goes out: label, text, mentions and topics in the platform's syntax. */
  text: string
  digest: string | null
  hashtags: string[]
  mentions: Mention[]
  /** 广告 when the post must be labelled as an ad and has no platform commercial order. */
  disclosureLabel: string | null
  commercialOrderId: string | null
  marketingDeclared: boolean | null
  /** The cover at each crop the platform takes, in the platform's order of preference. */
  cover: CoverImage[]
  /** Images in their order, then the video. */
  media: MediaFile[]
  scheduledAt: string | null
  publishedAt: string | null
  publishedUrl: string | null
  platformPostId: string | null
  /** Changes whenever anything above changes. */
  contentHash: string
}

/** A media document as Payload reads it (depth 0), reduced to what the feed uses. */
export type MediaDoc = {
  id: number | string
  filename?: string | null
  alt?: string | null
  mimeType?: string | null
  filesize?: number | null
  width?: number | null
  height?: number | null
  durationSeconds?: number | null
  sizes?: Partial<Record<CropId, { filename?: string | null; width?: number | null; height?: number | null } | undefined>> | null
}

/** A variant as stored on the asset, with the checks the content hooks wrote at its last save. */
export type FeedVariant = {
  id?: string | null
  format: FormatId
  status?: ContentStatus | null
  cover?: Ref
  images?: Ref[] | null
  video?: Ref
  scheduledAt?: string | null
  publishedAt?: string | null
  publishedUrl?: string | null
  platformPostId?: string | null
  commercialOrderId?: string | null
  marketingDeclared?: boolean | null
  checks?: unknown
}

export type FeedAsset = { id: number | string; brand: Ref; products?: Ref[] | null; tags?: string[] | null }

type StoredChecks = { rendered?: RenderedPost; paid?: boolean }

const idString = (ref: Ref): string | null => {
  const id = idOf(ref)
  return id === null ? null : String(id)
}

/** The link a publisher or a frontend fetches a file by (see mediaLinks.ts). */
export type LinkToFile = (filename: string) => string

const mediaFile = (media: MediaDoc, linkTo: LinkToFile): MediaFile | null =>
  media.filename
    ? {
        id: String(media.id),
        url: linkTo(media.filename),
        mimeType: media.mimeType ?? null,
        width: media.width ?? null,
        height: media.height ?? null,
        bytes: media.filesize ?? null,
        durationSeconds: media.durationSeconds ?? null,
        alt: media.alt ?? null,
      }
    : null

/** Stable JSON (sorted keys), so equal items hash equally whatever order their fields were built in. */
function canonicalJson(value: unknown): string {
  if (Array.isArray(value)) return `[${value.map(canonicalJson).join(',')}]`
  if (value && typeof value === 'object') {
    const entries = Object.entries(value as Record<string, unknown>)
      .filter(([, field]) => field !== undefined)
      .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))
    return `{${entries.map(([key, field]) => `${JSON.stringify(key)}:${canonicalJson(field)}`).join(',')}}`
  }
  return JSON.stringify(value)
}

export const contentHashOf = (item: Omit<FeedItem, 'contentHash'>): string => createHash('sha256').update(canonicalJson(item)).digest('base64url')

/** The medias a variant shows, for loading them in one query before building its item. */
export const mediaIdsOf = (variant: FeedVariant): string[] =>
  [variant.cover, ...(variant.images ?? []), variant.video].map(idString).filter((id) => id !== null)

export const isReleased = (variant: FeedVariant): boolean => Boolean(variant.status && RELEASED_STATUSES.includes(variant.status))

/**
 * The feed item of a released variant, from the rendering its last review stored (the content
 * hooks render every variant on save, with the asset's paid status and master text).
 */
export function buildFeedItem(asset: FeedAsset, variant: FeedVariant, mediaById: ReadonlyMap<string, MediaDoc>, linkTo: LinkToFile): FeedItem {
  const checks = (variant.checks ?? {}) as StoredChecks
  const rendered = checks.rendered
  if (!variant.id || !variant.status || !rendered) throw new Error(`variant ${variant.id ?? '(new)'} of asset ${asset.id} has not been reviewed`)
  const rules = FORMAT_RULES[variant.format]
  const media = (ref: Ref) => {
    const id = idString(ref)
    return id === null ? undefined : mediaById.get(id)
  }
  const cover = media(variant.cover)
  const item: Omit<FeedItem, 'contentHash'> = {
    assetId: String(asset.id),
    variantId: variant.id,
    platform: rules.channel,
    format: variant.format,
    status: variant.status,
    brandId: idString(asset.brand) ?? '',
    productIds: (asset.products ?? []).map(idString).filter((id) => id !== null),
    tags: [...(asset.tags ?? [])],
    title: rendered.title ?? null,
    text: rendered.text,
    digest: rendered.digest ?? null,
    hashtags: rendered.hashtags,
    mentions: rendered.mentions.map((mention) => ({ name: mention.name, platformUserId: mention.platformUserId ?? null })),
    disclosureLabel: needsDisclosureLabel({ paid: checks.paid, commercialOrderId: variant.commercialOrderId }) ? DISCLOSURE_LABEL : null,
    commercialOrderId: variant.commercialOrderId?.trim() || null,
    marketingDeclared: rules.requiresMarketingDeclaration ? Boolean(variant.marketingDeclared) : null,
    cover: coverCropsOf(rules, cover).flatMap(({ crop, size }) =>
      size ? [{ crop, url: linkTo(size.filename), width: size.width ?? null, height: size.height ?? null }] : [],
    ),
    media: [...(variant.images ?? []), variant.video]
      .map((ref) => media(ref))
      .filter((doc) => doc !== undefined)
      .map((doc) => mediaFile(doc, linkTo))
      .filter((file) => file !== null),
    scheduledAt: variant.scheduledAt ?? null,
    publishedAt: variant.publishedAt ?? null,
    publishedUrl: variant.publishedUrl ?? null,
    platformPostId: variant.platformPostId ?? null,
  }
  return { ...item, contentHash: contentHashOf(item) }
}
