import type { ChannelId, FormatId } from '../platforms/types'
import type { ContentStatus } from '../workflow'

import { FORMAT_RULES } from '../platforms/rules'
import { idOf, type Ref } from '../refs/idOf'

/** The variant statuses the calendar shows: released ones, on the calendar or waiting in the tray. */
export type CalendarStatus = Extract<ContentStatus, 'approved' | 'scheduled' | 'published'>

/** One platform variant as the calendar shows it: only what a chip needs. */
export type CalendarVariant = {
  assetId: number | string
  variantId: string
  brandId: string | null
  format: FormatId
  channel: ChannelId
  status: CalendarStatus
  /** When it goes out (scheduled) or went out (published); null while it waits to be scheduled. */
  at: string | null
  /** The variant's own title where its format has one, else the asset's. */
  title: string
}

/** A content asset as read for the calendar (depth 0, the selected fields only). */
export type CalendarAsset = {
  id: number | string
  title?: string | null
  brand?: Ref
  variants?:
    | {
        id?: string | null
        format: FormatId
        status?: ContentStatus | null
        title?: string | null
        scheduledAt?: string | null
        publishedAt?: string | null
      }[]
    | null
}

const timeOf = (status: CalendarStatus, variant: NonNullable<CalendarAsset['variants']>[number]): string | null =>
  status === 'scheduled' ? (variant.scheduledAt ?? null) : status === 'published' ? (variant.publishedAt ?? null) : null

const isCalendarStatus = (status: ContentStatus | null | undefined): status is CalendarStatus =>
  status === 'approved' || status === 'scheduled' || status === 'published'

/** Every approved, scheduled and published variant of the assets, in time order (unscheduled last). */
export function calendarVariants(assets: readonly CalendarAsset[]): CalendarVariant[] {
  const variants = assets.flatMap((asset) =>
    (asset.variants ?? []).flatMap((variant) => {
      const status = variant.status
      if (!variant.id || !isCalendarStatus(status) || !FORMAT_RULES[variant.format]) return []
      const brandId = idOf(asset.brand)
      const at = timeOf(status, variant)
      return [
        {
          assetId: asset.id,
          variantId: variant.id,
          brandId: brandId === null ? null : String(brandId),
          format: variant.format,
          channel: FORMAT_RULES[variant.format].channel,
          status,
          at: at ? new Date(at).toISOString() : null,
          title: variant.title?.trim() || asset.title?.trim() || '',
        },
      ]
    }),
  )
  const order = (variant: CalendarVariant) => `${variant.at ?? '9999'} ${variant.variantId}`
  return variants.sort((a, b) => (order(a) < order(b) ? -1 : order(a) > order(b) ? 1 : 0))
}

/** The scheduled and published variants whose time falls in [from, to). */
export const entriesBetween = (variants: readonly CalendarVariant[], from: Date, to: Date): CalendarVariant[] =>
  variants.filter((variant) => variant.at !== null && variant.status !== 'approved' && variant.at >= from.toISOString() && variant.at < to.toISOString())

/** Approved variants that wait to be scheduled: the calendar's tray. */
export const unscheduled = (variants: readonly CalendarVariant[]): CalendarVariant[] => variants.filter((variant) => variant.status === 'approved')
