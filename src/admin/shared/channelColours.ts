import type { ChannelId } from '../../platforms/types'

/**
 * One colour per channel, the same in the calendar, the dashboards and the charts, close to each
 * platform's own so editors recognise it at a glance. Each is dark enough for white text at
 * WCAG AA (4.5:1), which test/unit/admin/channelColours.test.ts checks.
 */
export const CHANNEL_COLOURS: Record<ChannelId, string> = {
  'wechat-oa': '#07793a',
  'wechat-channels': '#a34a00',
  wecom: '#1d5fb8',
  weibo: '#c4122f',
  douyin: '#161823',
  xiaohongshu: '#9e1040',
}

/** The text colour on a channel colour. */
export const ON_CHANNEL_COLOUR = '#ffffff'
