import type { PayloadRequest, Where } from 'payload'

import type { ChannelId } from '../platforms/types'
import type { CalendarAsset, CalendarVariant } from './entries'
import type { CalendarQuery } from './requests'

import { languageOf } from '../i18n/localized'
import { FORMAT_IDS, FORMAT_RULES } from '../platforms/rules'
import { addDays, chinaDayStart } from './chinaTime'
import { dailyLimitWarnings, type DailyLimitWarning } from './dailyLimits'
import { calendarVariants, entriesBetween, unscheduled } from './entries'

/** A daily-limit warning in the reader's language. */
export type CalendarWarning = Omit<DailyLimitWarning, 'message'> & { message: string }

export type CalendarData = {
  entries: CalendarVariant[]
  tray: CalendarVariant[]
  warnings: CalendarWarning[]
  /** More assets matched than one answer carries; a narrower filter shows the rest. */
  truncated: boolean
}

/** Six weeks of a busy brand on every channel stay far below this; it only bounds a pathological read. */
const ENTRY_ASSET_LIMIT = 500
const TRAY_ASSET_LIMIT = 100

/** Only what a chip needs: no texts, media, checks or notes. */
const CALENDAR_SELECT = {
  title: true,
  brand: true,
  variants: { id: true, format: true, status: true, title: true, scheduledAt: true, publishedAt: true },
} as const

const formatsOf = (channel: ChannelId) => FORMAT_IDS.filter((format) => FORMAT_RULES[format].channel === channel)

function filters({ brand, channel }: Pick<CalendarQuery, 'brand' | 'channel'>): Where[] {
  return [...(brand ? [{ brand: { equals: brand } }] : []), ...(channel ? [{ 'variants.format': { in: formatsOf(channel) } }] : [])]
}

/**
 * Reads content assets with the user's access. Conditions on array fields may match different
 * variants of one asset, so the variants themselves are filtered again afterwards.
 */
async function readAssets(req: PayloadRequest, where: Where[], limit: number, sort: string) {
  const { docs, hasNextPage } = await req.payload.find({
    collection: 'content-assets',
    where: { and: where },
    select: CALENDAR_SELECT,
    depth: 0,
    limit,
    sort,
    overrideAccess: false,
    user: req.user,
    req,
  })
  return { assets: docs as unknown as CalendarAsset[], truncated: hasNextPage }
}

const inChannel = (channel: ChannelId | null) => (variant: CalendarVariant) => !channel || variant.channel === channel

/** The scheduled and published variants of the query's Beijing days, with each day's warnings. */
export async function readCalendarEntries(
  req: PayloadRequest,
  query: CalendarQuery,
): Promise<{ entries: CalendarVariant[]; warnings: CalendarWarning[]; truncated: boolean }> {
  const from = chinaDayStart(query.from)
  const to = chinaDayStart(addDays(query.to, 1))
  const inRange = (field: 'scheduledAt' | 'publishedAt', status: 'scheduled' | 'published'): Where => ({
    and: [
      { 'variants.status': { equals: status } },
      { [`variants.${field}`]: { greater_than_equal: from.toISOString() } },
      { [`variants.${field}`]: { less_than: to.toISOString() } },
    ],
  })
  const { assets, truncated } = await readAssets(
    req,
    [...filters(query), { or: [inRange('scheduledAt', 'scheduled'), inRange('publishedAt', 'published')] }],
    ENTRY_ASSET_LIMIT,
    'id',
  )
  const entries = entriesBetween(calendarVariants(assets), from, to).filter(inChannel(query.channel))
  const language = languageOf(req.i18n)
  const warnings = dailyLimitWarnings(entries).map((warning) => ({ ...warning, message: warning.message[language] }))
  return { entries, warnings, truncated }
}

/** The calendar of a range: its posts and warnings, and the approved variants waiting to be scheduled. */
export async function readCalendar(req: PayloadRequest, query: CalendarQuery): Promise<CalendarData> {
  const [calendar, tray] = await Promise.all([
    readCalendarEntries(req, query),
    readAssets(req, [...filters(query), { 'variants.status': { equals: 'approved' } }], TRAY_ASSET_LIMIT, '-updatedAt'),
  ])
  return {
    ...calendar,
    tray: unscheduled(calendarVariants(tray.assets)).filter(inChannel(query.channel)),
    truncated: calendar.truncated || tray.truncated,
  }
}
