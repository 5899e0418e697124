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

/** What the posts that count against a channel's daily limit are called. */
const LIMITED_POSTS: Partial<Record<ChannelId, Localized>> = {
  'wechat-oa': { zh: '公众号群发', en: 'WeChat OA mass sends' },
  wecom: { zh: '企业微信朋友圈', en: 'WeCom Moments posts' },
}

const postsOf = (channel: ChannelId): Localized =>
  LIMITED_POSTS[channel] ?? { zh: `${CHANNEL_RULES[channel].label.zh}内容`, en: `${CHANNEL_RULES[channel].label.en} posts` }

/**
 * Counts each brand's posts per channel and Beijing day (each brand posts from its own accounts)
 * and warns where a count is over the channel's daily limit (CHANNEL_RULES.dailyPostLimit).
 * Scheduled and published posts both count: a post that went out this morning still uses up the day.
 */
export function dailyLimitWarnings(entries: readonly Pick<CalendarVariant, 'brandId' | 'channel' | 'status' | 'at'>[]): DailyLimitWarning[] {
  const counts = new Map<string, { brandId: string | null; channel: ChannelId; day: string; count: number }>()
  for (const entry of entries) {
    if (!entry.at || entry.status === 'approved' || !CHANNEL_RULES[entry.channel].dailyPostLimit) continue
    const day = chinaDayOf(new Date(entry.at))
    const key = JSON.stringify([entry.brandId, entry.channel, day])
    const counted = counts.get(key) ?? { brandId: entry.brandId, channel: entry.channel, day, count: 0 }
    counted.count += 1
    counts.set(key, counted)
  }
  return [...counts.values()].flatMap(({ brandId, channel, day, count }) => {
    const limit = CHANNEL_RULES[channel].dailyPostLimit!
    if (count <= limit.max) return []
    const posts = postsOf(channel)
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
