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
