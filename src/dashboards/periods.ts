import { chinaDayOf, chinaDayStart } from '../calendar/chinaTime'

/**
 * A run of Beijing calendar days: `first` and `last` (YYYY-MM-DD, inclusive) as people read it,
 * `start` and `end` (end excluded) as the database compares stored instants.
 */
export type Period = { first: string; last: string; start: Date; end: Date }

const DAY_MS = 86_400_000

const addDays = (day: string, days: number): string => new Date(Date.parse(`${day}T00:00:00Z`) + days * DAY_MS).toISOString().slice(0, 10)

/** The Beijing day `now` falls on, whatever the server's time zone. */
export function beijingDay(now: Date): Period {
  const day = chinaDayOf(now)
  return { first: day, last: day, start: chinaDayStart(day), end: chinaDayStart(addDays(day, 1)) }
}

/** The Beijing week (Monday to Sunday, as Chinese calendars count it) that `now` falls in. */
export function beijingWeek(now: Date): Period {
  const today = chinaDayOf(now)
  const daysSinceMonday = (new Date(`${today}T00:00:00Z`).getUTCDay() + 6) % 7
  const monday = addDays(today, -daysSinceMonday)
  return { first: monday, last: addDays(monday, 6), start: chinaDayStart(monday), end: chinaDayStart(addDays(monday, 7)) }
}
