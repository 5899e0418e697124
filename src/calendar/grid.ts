import { addDays } from './chinaTime'

export type CalendarMode = 'month' | 'week'

/** A month view is six full weeks, so one range is never longer than this. */
export const MAX_RANGE_DAYS = 42

export { isDay } from './chinaTime'

/** Monday 0 … Sunday 6: Chinese calendars start the week on Monday. */
export const weekdayOf = (day: string): number => (new Date(`${day}T00:00:00Z`).getUTCDay() + 6) % 7

/** The days from one to another, both included. */
export const daysBetween = (from: string, to: string): string[] => {
  const days: string[] = []
  for (let day = from; day <= to; day = addDays(day, 1)) days.push(day)
  return days
}

const weekOf = (day: string): string[] => {
  const monday = addDays(day, -weekdayOf(day))
  return daysBetween(monday, addDays(monday, 6))
}

/** The six weeks shown for the month of a day: from the Monday on or before the 1st. */
const monthGridOf = (day: string): string[] => {
  const monday = addDays(`${day.slice(0, 7)}-01`, -weekdayOf(`${day.slice(0, 7)}-01`))
  return daysBetween(monday, addDays(monday, MAX_RANGE_DAYS - 1))
}

/** The days a view shows around a day. */
export const visibleDays = (mode: CalendarMode, day: string): string[] => (mode === 'month' ? monthGridOf(day) : weekOf(day))

/** The day the view moves to for "previous" (-1) and "next" (+1): a week, or the 1st of the month before or after. */
export function shiftView(mode: CalendarMode, day: string, steps: number): string {
  if (mode === 'week') return addDays(day, 7 * steps)
  const [year, month] = day.split('-').map(Number) as [number, number]
  const first = new Date(Date.UTC(year, month - 1 + steps, 1))
  return first.toISOString().slice(0, 10)
}
