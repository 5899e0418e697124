import type { Localized } from '../i18n/localized'
import type { ChannelId } from '../platforms/types'

import { CHANNEL_IDS } from '../platforms/rules'
import { addDays } from './chinaTime'
import { isDay, MAX_RANGE_DAYS } from './grid'

/** Beijing days, both included; brand and channel narrow what is shown. */
export type CalendarQuery = { from: string; to: string; brand: string | null; channel: ChannelId | null }

export type ScheduleInput = { variantId: string; scheduledAt: Date }

/** A request the calendar's endpoints cannot answer, with the parameter at fault. */
export type RequestProblem = { field: string; message: Localized }

type Parsed<T> = { ok: true; value: T } | { ok: false; problem: RequestProblem }

const problem = (field: string, message: Localized): { ok: false; problem: RequestProblem } => ({ ok: false, problem: { field, message } })

const optionalText = (value: unknown): string | null => (typeof value === 'string' && value.trim() ? value.trim() : null)

const isChannel = (value: string): value is ChannelId => (CHANNEL_IDS as readonly string[]).includes(value)

/** How the database names documents: numbers on SQLite and PostgreSQL, strings (ObjectIds) on MongoDB. */
export type IdType = 'number' | 'text'

/** Whether a value can be a document id of this database at all; anything else would fail in the query. */
export const isDocumentId = (value: string, idType: IdType): boolean => (idType === 'number' ? /^[1-9]\d{0,14}$/.test(value) : /^[\w-]{1,64}$/.test(value))

/** The calendar's query string: a range of at most six weeks, so one read stays small whatever the data. */
export function parseCalendarQuery(params: Record<string, unknown>, idType: IdType): Parsed<CalendarQuery> {
  const { from, to } = params
  if (!isDay(from)) return problem('from', { zh: 'from 须为 YYYY-MM-DD 格式的日期', en: 'from must be a date written YYYY-MM-DD' })
  if (!isDay(to)) return problem('to', { zh: 'to 须为 YYYY-MM-DD 格式的日期', en: 'to must be a date written YYYY-MM-DD' })
  if (to < from) return problem('to', { zh: 'to 不能早于 from', en: 'to cannot be before from' })
  if (addDays(from, MAX_RANGE_DAYS - 1) < to) {
    return problem('to', { zh: `日期范围最多 ${MAX_RANGE_DAYS} 天`, en: `The range is at most ${MAX_RANGE_DAYS} days` })
  }
  const brand = optionalText(params.brand)
  if (brand !== null && !isDocumentId(brand, idType)) return problem('brand', { zh: 'brand 不是有效的品牌 ID', en: 'brand is not a brand id' })
  const channel = optionalText(params.channel)
  if (channel !== null && !isChannel(channel)) {
    return problem('channel', { zh: `channel 须为 ${CHANNEL_IDS.join('、')} 之一`, en: `channel must be one of ${CHANNEL_IDS.join(', ')}` })
  }
  return { ok: true, value: { from, to, brand, channel } }
}

/** The body of a schedule request: which variant, and when (an ISO 8601 time with its zone). */
export function parseScheduleInput(body: unknown): Parsed<ScheduleInput> {
  const { variantId, scheduledAt } = (body ?? {}) as Record<string, unknown>
  if (typeof variantId !== 'string' || !variantId.trim() || variantId.length > 64) {
    return problem('variantId', { zh: 'variantId 须为平台版本的 ID', en: 'variantId must be the id of a platform variant' })
  }
  // The date part is checked as a day of the calendar: Date would read 2026-02-30 as 2 March.
  const at = typeof scheduledAt === 'string' && /(Z|[+-]\d{2}:?\d{2})$/.test(scheduledAt) && isDay(scheduledAt.slice(0, 10)) ? new Date(scheduledAt) : null
  if (!at || Number.isNaN(at.getTime())) {
    return problem('scheduledAt', { zh: 'scheduledAt 须为带时区的 ISO 8601 时间', en: 'scheduledAt must be an ISO 8601 time with its zone' })
  }
  return { ok: true, value: { variantId: variantId.trim(), scheduledAt: at } }
}
