import type { Localized } from '../i18n/localized'
import type { ChannelId } from '../platforms/types'
import type { CalendarVariant } from './entries'

import { CHANNEL_RULES } from '../platforms/rules'
import { chinaDayOf } from './chinaTime'

/** More posts on one day than a channel's account should send (SPEC §2): a warning, never a refusal. */
export type DailyLimitWarning = {
  brandId: string | null
  channel: ChannelId
  /** The Beijing day. */
  day: string
  count: number
  max: number
  message: Localized
}

/**
 * Counts each brand's posts per channel and Beijing day (each brand posts from its own accounts),
 * only of the formats the channel's daily limit is on (CHANNEL_RULES.dailyPostLimit: 企业微信's is
 * on Moments, not on group messages), and warns where a count is over the limit.
 * Scheduled and published posts both count: a post that went out this morning still uses up the day.
 */
export function dailyLimitWarnings(entries: readonly Pick<CalendarVariant, 'brandId' | 'channel' | 'format' | 'status' | 'at'>[]): DailyLimitWarning[] {
  const counts = new Map<string, { brandId: string | null; channel: ChannelId; day: string; count: number }>()
  for (const entry of entries) {
    if (!entry.at || entry.status === 'approved' || !CHANNEL_RULES[entry.channel].dailyPostLimit?.formats.includes(entry.format)) continue
    const day = chinaDayOf(new Date(entry.at))
    const key = JSON.stringify([entry.brandId, entry.channel, day])
    const counted = counts.get(key) ?? { brandId: entry.brandId, channel: entry.channel, day, count: 0 }
    counted.count += 1
    counts.set(key, counted)
  }
  return [...counts.values()].flatMap(({ brandId, channel, day, count }) => {
    const limit = CHANNEL_RULES[channel].dailyPostLimit!
    if (count <= limit.max) return []
    const { posts } = limit
    return [
      {
        brandId,
        channel,
        day,
        count,
        max: limit.max,
        message: { zh: `当天已有 ${count} 条${posts.zh}：${limit.reason.zh}`, en: `${count} ${posts.en} on this day: ${limit.reason.en}` },
      },
    ]
  })
}
