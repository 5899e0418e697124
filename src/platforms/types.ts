import type { Localized } from '../i18n/localized'

/** The six channels a brand posts to (SPEC §2). */
export type ChannelId = 'wechat-oa' | 'wechat-channels' | 'wecom' | 'weibo' | 'douyin' | 'xiaohongshu'

/** A format on a channel: each has its own limits, so a variant targets exactly one. */
export type FormatId =
  | 'wechat-article'
  | 'wechat-image-post'
  | 'wechat-channels-video'
  | 'wecom-moments'
  | 'wecom-group-message'
  | 'weibo-post'
  | 'weibo-video'
  | 'douyin-video'
  | 'douyin-image-text'
  | 'xiaohongshu-image-note'
  | 'xiaohongshu-video-note'

/** The image crops Zhongcao produces for covers (the media collection generates one size per crop). */
export type CropId = 'wide235' | 'square' | 'portrait3x4' | 'vertical9x16' | 'landscape4x3' | 'landscape16x9'

export type Crop = { width: number; height: number; label: Localized }

/**
 * Where a value comes from. `official`: the platform's own documentation; `third-party`: tools and
 * practitioners, editable defaults (SPEC §2 asks to keep those editable); `default`: our choice
 * where no source gives a number.
 */
export type Source = { confidence: 'official' | 'third-party' | 'default'; note: string }

/**
 * How characters count against a limit. Every grapheme counts 1 by default (an emoji is one
 * grapheme, however many code points it has). Some platforms weigh classes differently.
 */
export type Weighting = { cjk: number; ascii: number; other: number }

/** `graphemes`: as a reader counts; `code-units`: raw string length, for limits on markup. */
export type Counting = 'graphemes' | 'code-units'

export type TextLimit = {
  min?: number
  max: number
  required: boolean
  counting: Counting
  source: Source
}

export type HashtagSyntax = 'weibo' | 'xiaohongshu' | 'hash-space' | 'none'

export type FormatRules = {
  id: FormatId
  channel: ChannelId
  label: Localized
  /** Absent: the format has no title of its own. */
  title?: TextLimit
  /** The post text or article body, measured as rendered (with topics, mentions and label). */
  body: TextLimit & { maxBytes?: number }
  /** WeChat articles: the summary shown in the feed; defaults to the body's first characters. */
  digest?: TextLimit & { defaultLength: number }
  author?: TextLimit
  weighting: Weighting
  /** Absent: images are not part of this format. */
  images?: { min: number; max: number; source: Source }
  /** Absent: no video. */
  video?: { required: boolean; maxDurationSeconds?: number; maxBytes?: number; source: Source }
  cover?: { required: boolean; crops: readonly CropId[]; needs: 'all' | 'one'; maxBytes?: number; source: Source }
  hashtags: { syntax: HashtagSyntax; max?: number; source: Source }
  mentions: { supported: boolean; trailingSpace: boolean; withUserId: boolean; source: Source }
  /** 导流: the platform penalises external links, QR codes, phone numbers and WeChat IDs. */
  forbidsDiversion: boolean
  /** The platform's own channel for paid content (巨量星图, 蒲公英, 微任务). */
  commercialChannel?: Localized
  /** Douyin's self-declaration 「内容含营销推广信息」 must be recorded on paid posts. */
  requiresMarketingDeclaration: boolean
}

export type ChannelRules = {
  id: ChannelId
  label: Localized
  /**
   * Calendar warning when more posts of the limited formats than `max` are scheduled for one day on
   * one account; `posts` is what those posts are called («公众号群发»).
   */
  dailyPostLimit?: { max: number; formats: readonly FormatId[]; posts: Localized; reason: Localized; source: Source }
  /** Suggested local posting windows (hour of day, 24 h, China Standard Time). */
  postingWindows: readonly { fromHour: number; toHour: number }[]
  postingWindowsSource: Source
}
