/**
 * Calendar days and posting hours are China's (UTC+8), wherever the server or the editor's browser
 * is: a WeChat account's one mass send is per Beijing day. China has had no daylight saving time
 * since 1991, so a fixed offset is exact.
 */
const CHINA_OFFSET_MS = 8 * 3_600_000

const shifted = (date: Date) => new Date(date.getTime() + CHINA_OFFSET_MS)

/** The Beijing calendar day of an instant, as YYYY-MM-DD. */
export const chinaDayOf = (date: Date): string => shifted(date).toISOString().slice(0, 10)

/** The Beijing hour of an instant, 0–23. */
export const chinaHourOf = (date: Date): number => shifted(date).getUTCHours()

/** An instant as Beijing time, YYYY-MM-DD HH:mm. */
export const formatChinaTime = (date: Date): string => shifted(date).toISOString().slice(0, 16).replace('T', ' ')

/** The instant a Beijing day (YYYY-MM-DD) starts at, plus the given hours. */
export const chinaDayStart = (day: string, hours = 0): Date => new Date(Date.parse(`${day}T00:00:00Z`) - CHINA_OFFSET_MS + hours * 3_600_000)

/** An instant as milliseconds, or null: the same time written two ways (a form's ISO string, a database's date) compares equal. */
export const instantOf = (value: string | Date | null | undefined): number | null => (value ? new Date(value).getTime() : null)

const DAY_MS = 86_400_000

/** Whether a string is a real calendar day written YYYY-MM-DD: Date reads 2026-02-30 as 2 March, so the day is read back. */
export function isDay(value: unknown): value is string {
  if (typeof value !== 'string' || !/^\d{4}-\d{2}-\d{2}$/.test(value)) return false
  const at = Date.parse(`${value}T00:00:00Z`)
  return !Number.isNaN(at) && new Date(at).toISOString().startsWith(value)
}

/** The Beijing day a number of days after (or before) another. */
export const addDays = (day: string, days: number): string => new Date(Date.parse(`${day}T00:00:00Z`) + days * DAY_MS).toISOString().slice(0, 10)

/** How far into its Beijing day an instant is, in milliseconds. */
const timeOfDay = (date: Date): number => date.getTime() - chinaDayStart(chinaDayOf(date)).getTime()

/** The same Beijing time of day on another day: a post moved to another day keeps its hour and minute. */
export const onChinaDay = (date: Date, day: string): Date => new Date(chinaDayStart(day).getTime() + timeOfDay(date))

/** The same Beijing minute on another day and hour: a post moved to an hour slot keeps its minutes. */
export const atChinaHour = (date: Date, day: string, hour: number): Date => new Date(chinaDayStart(day, hour).getTime() + (timeOfDay(date) % 3_600_000))

/** An instant as the value of a datetime-local input that means Beijing time (YYYY-MM-DDTHH:mm). */
export const toChinaInputValue = (date: Date): string => shifted(date).toISOString().slice(0, 16)

/** A datetime-local input's value read as Beijing time, whatever the browser's zone; null when it is not one. */
export function fromChinaInputValue(value: string): Date | null {
  if (!/^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}$/.test(value) || !isDay(value.slice(0, 10))) return null
  const at = Date.parse(`${value}:00Z`)
  return Number.isNaN(at) ? null : new Date(at - CHINA_OFFSET_MS)
}
