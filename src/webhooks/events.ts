import type { FormatId } from '../platforms/types'
import type { Vocabulary } from '../taxonomy/options'
import type { ContentStatus } from '../workflow'

import { instantOf } from '../calendar/chinaTime'
import { FORMAT_RULES } from '../platforms/rules'
import { idOf, type Ref } from '../refs/idOf'

export type WebhookEvent = 'variant.approved' | 'variant.scheduled' | 'variant.published' | 'ugc.approved'

/** What a webhook can subscribe to: released variants, and UGC a moderator approved or featured (SPEC §7). */
export const WEBHOOK_EVENTS = [
  { value: 'variant.approved', label: { zh: '平台版本审核通过', en: 'Variant approved' } },
  { value: 'variant.scheduled', label: { zh: '平台版本已排期', en: 'Variant scheduled' } },
  { value: 'variant.published', label: { zh: '平台版本已发布', en: 'Variant published' } },
  { value: 'ugc.approved', label: { zh: '用户内容审核通过', en: 'UGC approved' } },
] as const satisfies Vocabulary<WebhookEvent>

/** The statuses a publisher acts on (the released ones, SPEC §1), and the event each is announced with. */
const EVENT_OF_STATUS: Partial<Record<ContentStatus, WebhookEvent>> = {
  approved: 'variant.approved',
  scheduled: 'variant.scheduled',
  published: 'variant.published',
}

type StoredVariant = {
  id?: string | null
  format: FormatId
  status?: ContentStatus | null
  scheduledAt?: string | null
  publishedUrl?: string | null
  platformPostId?: string | null
}

/** A variant that has just reached a status publishers are told about. */
export type VariantChange = { event: WebhookEvent; variant: StoredVariant; previousStatus: ContentStatus | null }

/**
 * Compares an asset's variants before and after a save: every variant that is now approved,
 * scheduled or published and was not in that status before is one event, and so is a scheduled
 * variant given another time. Variants are matched by
 * id; a new variant has no previous status.
 */
export function variantChanges(previous: readonly StoredVariant[], next: readonly StoredVariant[]): VariantChange[] {
  const before = new Map(previous.filter((variant) => variant.id).map((variant) => [variant.id, variant]))
  return next.flatMap((variant) => {
    const event = variant.status ? EVENT_OF_STATUS[variant.status] : undefined
    const earlier = variant.id ? before.get(variant.id) : undefined
    const previousStatus = earlier?.status ?? null
    // A scheduled post moved to another time is announced again: publishers plan by that time.
    const rescheduled = variant.status === 'scheduled' && previousStatus === 'scheduled' && instantOf(earlier?.scheduledAt) !== instantOf(variant.scheduledAt)
    return event && (previousStatus !== variant.status || rescheduled) ? [{ event, variant, previousStatus }] : []
  })
}

/**
 * What a receiver is told about a variant: identifiers and the publication facts, nothing a
 * publisher key could not read and no personal data. Receivers fetch the rendered content over the
 * publisher GraphQL API.
 */
export function variantEventData(asset: { id: number | string; brand: Ref }, { variant, previousStatus }: VariantChange) {
  return {
    assetId: asset.id,
    variantId: variant.id ?? null,
    platform: FORMAT_RULES[variant.format].channel,
    format: variant.format,
    status: variant.status ?? null,
    previousStatus,
    scheduledAt: variant.scheduledAt ?? null,
    publishedUrl: variant.publishedUrl ?? null,
    platformPostId: variant.platformPostId ?? null,
    brandId: idOf(asset.brand),
  }
}

export type VariantEventData = ReturnType<typeof variantEventData>
