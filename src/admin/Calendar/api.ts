import type { CalendarVariant } from '../../calendar/entries'
import type { CalendarData, CalendarWarning } from '../../calendar/readCalendar'
import type { CalendarQuery } from '../../calendar/requests'

/** The server's answer to a move; the calendar reads itself again afterwards, so the moved variant is not needed here. */
export type ScheduleAnswer = { ok: true; warnings: CalendarWarning[]; message: string } | { ok: false; message: string }

type ErrorBody = { errors?: { message?: string }[] }

/** The calendar of a range, read by the server with the user's access. */
export async function fetchCalendar(api: string, query: CalendarQuery, signal: AbortSignal): Promise<CalendarData> {
  const params = new URLSearchParams({ from: query.from, to: query.to })
  if (query.brand) params.set('brand', query.brand)
  if (query.channel) params.set('channel', query.channel)
  const response = await fetch(`${api}/content-assets/calendar?${params}`, { credentials: 'include', signal })
  if (!response.ok) throw new Error(`calendar: HTTP ${response.status}`)
  return (await response.json()) as CalendarData
}

/** Asks the server to schedule or move a variant; the workflow decides, and answers in the user's language. */
export async function postSchedule(api: string, item: CalendarVariant, scheduledAt: Date, failed: string): Promise<ScheduleAnswer> {
  try {
    const response = await fetch(`${api}/content-assets/${item.assetId}/schedule`, {
      method: 'POST',
      credentials: 'include',
      headers: { 'Content-Type': 'application/json' },
      body: JSON.stringify({ variantId: item.variantId, scheduledAt: scheduledAt.toISOString() }),
    })
    const answer = (await response.json().catch(() => ({}))) as ErrorBody & Partial<Omit<Extract<ScheduleAnswer, { ok: true }>, 'ok'>>
    if (!response.ok) return { ok: false, message: answer.errors?.[0]?.message || failed }
    return { ok: true, warnings: answer.warnings ?? [], message: answer.message ?? '' }
  } catch {
    return { ok: false, message: failed }
  }
}
