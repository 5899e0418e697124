import { chinaDayOf } from '../calendar/chinaTime'

/**
 * A deliverable is still to come until it has a published URL; a cleared one is saved as ''.
 * The same test as the dashboard's list filter (publishedUrl missing or ''), so a list and the
 * items it is counted from agree.
 */
export const isUnpublished = (deliverable: { publishedUrl?: string | null }): boolean => !deliverable.publishedUrl

/**
 * The Beijing day a deliverable is due, and whether it is late: from the Beijing day after its due
 * day, so one due today is not late yet whatever the hour.
 */
export function dueDayOf(dueDate: string | Date, now: Date): { dueDay: string; overdue: boolean } {
  const dueDay = chinaDayOf(new Date(dueDate))
  return { dueDay, overdue: dueDay < chinaDayOf(now) }
}
