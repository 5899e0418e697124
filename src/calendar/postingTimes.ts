import type { Localized } from '../i18n/localized'
import type { ChannelId } from '../platforms/types'

import { CHANNEL_RULES } from '../platforms/rules'
import { chinaDayStart } from './chinaTime'

/** Hours of a Beijing day, from (included) to (excluded), 24 meaning midnight at its end. */
export type PostingWindow = { fromHour: number; toHour: number }

/** A brand's own posting window for one channel (the brand's `postingWindows` rows). */
export type BrandPostingWindow = PostingWindow & { channel?: ChannelId | string | null }

export type ChannelPostingWindows = { windows: PostingWindow[]; source: 'brand' | 'default' }

/**
 * The posting windows to suggest for a brand's channel: the brand's own where it set any for that
 * channel (SPEC §2: editable per brand), else the channel's defaults from CHANNEL_RULES. Sorted by hour.
 */
export function postingWindowsFor(channel: ChannelId, brandWindows?: readonly BrandPostingWindow[] | null): ChannelPostingWindows {
  const own = (brandWindows ?? [])
    .filter((window) => window.channel === channel && postingWindowProblems(window.fromHour, window.toHour).length === 0)
    .map(({ fromHour, toHour }) => ({ fromHour, toHour }))
  const windows = own.length > 0 ? own : CHANNEL_RULES[channel].postingWindows.map(({ fromHour, toHour }) => ({ fromHour, toHour }))
  return { windows: windows.sort((a, b) => a.fromHour - b.fromHour || a.toHour - b.toHour), source: own.length > 0 ? 'brand' : 'default' }
}

/**
 * The suggested time to post on a Beijing day: the start of the first window still ahead of `now`,
 * or the day's first window when all have passed (scheduling then explains that the time is past).
 * The start, not a peak inside the window: SPEC §2's ~21:00 for WeChat is the peak reading hour, and
 * a post sent at 20:00 is at the top of followers' feeds when it comes; windows (the brand's own
 * too) are whole hours and carry no peak, so the start is the one time every window has.
 */
export function suggestedTimeOn(day: string, channel: ChannelId, brandWindows: readonly BrandPostingWindow[] | null | undefined, now: Date): Date {
  const starts = postingWindowsFor(channel, brandWindows).windows.map((window) => chinaDayStart(day, window.fromHour))
  return starts.find((start) => start.getTime() > now.getTime()) ?? starts[0]!
}

/** Whether a Beijing hour falls in one of the windows. */
export const isSuggestedHour = (hour: number, windows: readonly PostingWindow[]): boolean =>
  windows.some((window) => hour >= window.fromHour && hour < window.toHour)

const hh = (hour: number) => `${String(hour).padStart(2, '0')}:00`

/** A window as people write it: 20:00–22:00. */
export const formatWindow = ({ fromHour, toHour }: PostingWindow): string => `${hh(fromHour)}–${hh(toHour)}`

const isWholeHour = (value: unknown, min: number, max: number): value is number =>
  typeof value === 'number' && Number.isInteger(value) && value >= min && value <= max

/** What is wrong with a window, per field (none when it is one): whole hours, from 0–23, to 1–24, from before to. */
export function postingWindowProblems(fromHour: unknown, toHour: unknown): { field: 'fromHour' | 'toHour'; message: Localized }[] {
  const fromValid = isWholeHour(fromHour, 0, 23)
  const toValid = isWholeHour(toHour, 1, 24)
  return [
    ...(fromValid ? [] : [{ field: 'fromHour' as const, message: { zh: '开始时间须为 0–23 之间的整点', en: 'The start must be a whole hour from 0 to 23' } }]),
    ...(toValid ? [] : [{ field: 'toHour' as const, message: { zh: '结束时间须为 1–24 之间的整点', en: 'The end must be a whole hour from 1 to 24' } }]),
    ...(fromValid && toValid && fromHour >= toHour
      ? [{ field: 'toHour' as const, message: { zh: '结束时间须晚于开始时间', en: 'The end must be after the start' } }]
      : []),
  ]
}
