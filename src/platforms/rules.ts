/**
 * Every platform rule Zhongcao checks, in one table (SPEC §2; sources in
 * shared/research/domain.md §2). When a platform changes a limit, only this file changes.
 * Values marked `third-party` or `default` are editable defaults, not platform guarantees.
 */
import type { ChannelId, ChannelRules, Crop, CropId, FormatId, FormatRules, Source, Weighting } from './types'

const wechatDraftApi: Source = {
  confidence: 'official',
  note: 'WeChat draft API (draft/add): title ≤ 32, author ≤ 16, digest ≤ 128 (default: first 54 body characters), content < 20,000 characters incl. HTML and < 1 MB, 2.35:1 and 1:1 cover crops',
}
const wechatNewspic: Source = {
  confidence: 'third-party',
  note: 'newspic image posts: 1–20 images per third-party publisher tools',
}
const channelsUploader: Source = {
  confidence: 'third-party',
  note: '视频号 has no public publishing doc; short title 6–16 from the creator UI hint, caption and cover from uploader tools',
}
const wecomDefaults: Source = {
  confidence: 'default',
  note: '企业微信 moments/group messages: ≤ 1,500 characters, ≤ 9 images, 1:1 image (SPEC §2 defaults)',
}
const weiboSource: Source = {
  confidence: 'third-party',
  note: 'Native posts ≤ 2,000 characters (a Latin character counts half), ≤ 18 images; video title ≤ 30, cover < 5 MB (uploader tools)',
}
const douyinOpenApi: Source = {
  confidence: 'official',
  note: 'Douyin open API and creator UI: title ≤ 30, description ≤ 1,000, video ≤ 15 min and ≤ 4 GB, inline #topics, @mentions with open_id, covers 3:4 or 4:3',
}
const douyinImageText: Source = {
  confidence: 'third-party',
  note: 'Douyin 图文: ≤ 35 images (SPEC §2 default)',
}
const xiaohongshuTools: Source = {
  confidence: 'third-party',
  note: 'Title ≤ 20 and body ≤ 1,000 (publisher tools agree); 1–18 images; 3:4 cover 1080×1440; topics exported as #话题[话题]#',
}
const ourDefault = (note: string): Source => ({ confidence: 'default', note })

/** Each grapheme counts 1 (SPEC §2: a CJK character counts 1, an emoji 1 grapheme). */
const perGrapheme: Weighting = { cjk: 1, ascii: 1, other: 1 }
/** Weibo counts a Latin letter or digit as half a character. */
const weiboWeighting: Weighting = { cjk: 1, ascii: 0.5, other: 1 }

export const CROPS: Record<CropId, Crop> = {
  wide235: { width: 900, height: 383, label: { zh: '2.35:1 横版封面', en: '2.35:1 wide cover' } },
  square: { width: 1080, height: 1080, label: { zh: '1:1 方形', en: '1:1 square' } },
  portrait3x4: { width: 1080, height: 1440, label: { zh: '3:4 竖版', en: '3:4 portrait' } },
  vertical9x16: { width: 1080, height: 1920, label: { zh: '9:16 全屏竖版', en: '9:16 full-screen vertical' } },
  landscape4x3: { width: 1440, height: 1080, label: { zh: '4:3 横版', en: '4:3 landscape' } },
  landscape16x9: { width: 1920, height: 1080, label: { zh: '16:9 横版', en: '16:9 landscape' } },
}

const noMentions = (source: Source) => ({ supported: false, trailingSpace: false, withUserId: false, source })

/** What every format of a channel shares; each format adds its own media rules. */
type ChannelShared = Omit<FormatRules, 'id' | 'label'>

const wecomMessage: ChannelShared = {
  channel: 'wecom',
  body: { max: 1_500, required: true, counting: 'graphemes', source: wecomDefaults },
  weighting: perGrapheme,
  images: { min: 0, max: 9, source: wecomDefaults },
  hashtags: { syntax: 'none', source: wecomDefaults },
  mentions: noMentions(wecomDefaults),
  forbidsDiversion: false,
  requiresMarketingDeclaration: false,
}

const douyinPost: ChannelShared = {
  channel: 'douyin',
  title: { max: 30, required: true, counting: 'graphemes', source: douyinOpenApi },
  body: { max: 1_000, required: false, counting: 'graphemes', source: douyinOpenApi },
  weighting: perGrapheme,
  hashtags: { syntax: 'hash-space', source: douyinOpenApi },
  mentions: { supported: true, trailingSpace: true, withUserId: true, source: douyinOpenApi },
  forbidsDiversion: true,
  commercialChannel: { zh: '巨量星图', en: 'Xingtu (Ocean Engine)' },
  requiresMarketingDeclaration: true,
}

const xiaohongshuNote: ChannelShared = {
  channel: 'xiaohongshu',
  title: { max: 20, required: true, counting: 'graphemes', source: xiaohongshuTools },
  body: { max: 1_000, required: true, counting: 'graphemes', source: xiaohongshuTools },
  weighting: perGrapheme,
  cover: { required: true, crops: ['portrait3x4'], needs: 'all', source: xiaohongshuTools },
  hashtags: { syntax: 'xiaohongshu', source: xiaohongshuTools },
  mentions: { supported: true, trailingSpace: true, withUserId: false, source: xiaohongshuTools },
  forbidsDiversion: true,
  commercialChannel: { zh: '蒲公英', en: 'Pugongying' },
  requiresMarketingDeclaration: false,
}

export const FORMAT_RULES: Record<FormatId, FormatRules> = {
  'wechat-article': {
    id: 'wechat-article',
    channel: 'wechat-oa',
    label: { zh: '公众号图文', en: 'WeChat OA article' },
    title: { max: 32, required: true, counting: 'graphemes', source: wechatDraftApi },
    body: { max: 19_999, maxBytes: 1_000_000, required: true, counting: 'code-units', source: wechatDraftApi },
    digest: { max: 128, defaultLength: 54, required: false, counting: 'graphemes', source: wechatDraftApi },
    author: { max: 16, required: false, counting: 'graphemes', source: wechatDraftApi },
    weighting: perGrapheme,
    cover: { required: true, crops: ['wide235', 'square'], needs: 'all', source: wechatDraftApi },
    hashtags: { syntax: 'hash-space', source: ourDefault('#话题 as in the WeChat editor (SPEC §2)') },
    mentions: noMentions(wechatDraftApi),
    forbidsDiversion: false,
    requiresMarketingDeclaration: false,
  },
  'wechat-image-post': {
    id: 'wechat-image-post',
    channel: 'wechat-oa',
    label: { zh: '公众号图片消息', en: 'WeChat OA image post' },
    title: { max: 32, required: true, counting: 'graphemes', source: wechatDraftApi },
    body: { max: 1_000, required: false, counting: 'graphemes', source: ourDefault('newspic text: plain text, no documented limit') },
    weighting: perGrapheme,
    images: { min: 1, max: 20, source: wechatNewspic },
    cover: { required: false, crops: ['square'], needs: 'all', source: wechatDraftApi },
    hashtags: { syntax: 'hash-space', source: ourDefault('#话题 as in the WeChat editor (SPEC §2)') },
    mentions: noMentions(wechatDraftApi),
    forbidsDiversion: false,
    requiresMarketingDeclaration: false,
  },
  'wechat-channels-video': {
    id: 'wechat-channels-video',
    channel: 'wechat-channels',
    label: { zh: '视频号视频', en: 'WeChat Channels video' },
    title: { min: 6, max: 16, required: true, counting: 'graphemes', source: channelsUploader },
    body: { max: 1_000, required: false, counting: 'graphemes', source: channelsUploader },
    weighting: perGrapheme,
    video: { required: true, source: channelsUploader },
    cover: { required: true, crops: ['portrait3x4'], needs: 'all', source: channelsUploader },
    hashtags: { syntax: 'hash-space', max: 3, source: channelsUploader },
    mentions: { supported: true, trailingSpace: true, withUserId: false, source: channelsUploader },
    forbidsDiversion: false,
    requiresMarketingDeclaration: false,
  },
  'wecom-moments': {
    ...wecomMessage,
    id: 'wecom-moments',
    label: { zh: '企业微信朋友圈', en: 'WeCom Moments post' },
    cover: { required: false, crops: ['square'], needs: 'all', source: wecomDefaults },
  },
  'wecom-group-message': {
    ...wecomMessage,
    id: 'wecom-group-message',
    label: { zh: '企业微信社群消息', en: 'WeCom group message' },
  },
  'weibo-post': {
    id: 'weibo-post',
    channel: 'weibo',
    label: { zh: '微博', en: 'Weibo post' },
    body: { max: 2_000, required: true, counting: 'graphemes', source: weiboSource },
    weighting: weiboWeighting,
    images: { min: 0, max: 18, source: weiboSource },
    hashtags: { syntax: 'weibo', source: weiboSource },
    mentions: { supported: true, trailingSpace: true, withUserId: false, source: weiboSource },
    forbidsDiversion: false,
    commercialChannel: { zh: '微任务', en: 'Weibo Weirenwu' },
    requiresMarketingDeclaration: false,
  },
  'weibo-video': {
    id: 'weibo-video',
    channel: 'weibo',
    label: { zh: '微博视频', en: 'Weibo video' },
    title: { max: 30, required: true, counting: 'graphemes', source: weiboSource },
    body: { max: 2_000, required: false, counting: 'graphemes', source: weiboSource },
    weighting: weiboWeighting,
    video: { required: true, source: weiboSource },
    cover: { required: true, crops: ['square', 'landscape16x9'], needs: 'one', maxBytes: 5_000_000, source: weiboSource },
    hashtags: { syntax: 'weibo', source: weiboSource },
    mentions: { supported: true, trailingSpace: true, withUserId: false, source: weiboSource },
    forbidsDiversion: false,
    commercialChannel: { zh: '微任务', en: 'Weibo Weirenwu' },
    requiresMarketingDeclaration: false,
  },
  'douyin-video': {
    ...douyinPost,
    id: 'douyin-video',
    label: { zh: '抖音视频', en: 'Douyin video' },
    video: { required: true, maxDurationSeconds: 15 * 60, maxBytes: 4 * 1024 ** 3, source: douyinOpenApi },
    cover: { required: true, crops: ['portrait3x4', 'landscape4x3'], needs: 'one', source: douyinOpenApi },
  },
  'douyin-image-text': {
    ...douyinPost,
    id: 'douyin-image-text',
    label: { zh: '抖音图文', en: 'Douyin image-text' },
    images: { min: 1, max: 35, source: douyinImageText },
    cover: { required: false, crops: ['portrait3x4', 'landscape4x3'], needs: 'one', source: douyinOpenApi },
  },
  'xiaohongshu-image-note': {
    ...xiaohongshuNote,
    id: 'xiaohongshu-image-note',
    label: { zh: '小红书图文笔记', en: 'Xiaohongshu image note' },
    images: { min: 1, max: 18, source: xiaohongshuTools },
  },
  'xiaohongshu-video-note': {
    ...xiaohongshuNote,
    id: 'xiaohongshu-video-note',
    label: { zh: '小红书视频笔记', en: 'Xiaohongshu video note' },
    video: { required: true, maxBytes: 1024 ** 3, source: xiaohongshuTools },
  },
}

const postingTimes = (note: string): Source => ({ confidence: 'third-party', note })

export const CHANNEL_RULES: Record<ChannelId, ChannelRules> = {
  'wechat-oa': {
    id: 'wechat-oa',
    label: { zh: '微信公众号', en: 'WeChat Official Account' },
    dailyPostLimit: {
      max: 1,
      formats: ['wechat-article', 'wechat-image-post'],
      posts: { zh: '公众号群发', en: 'WeChat OA mass sends' },
      reason: { zh: '订阅号每天只能群发一次', en: 'A subscription account can mass-send once a day' },
      source: { confidence: 'official', note: 'WeChat mass-send rules: one mass send per day for subscription accounts' },
    },
    postingWindows: [{ fromHour: 20, toHour: 22 }],
    postingWindowsSource: postingTimes('~21:00 is the peak reading hour (secondary sources; editable per brand)'),
  },
  'wechat-channels': {
    id: 'wechat-channels',
    label: { zh: '微信视频号', en: 'WeChat Channels' },
    postingWindows: [
      { fromHour: 12, toHour: 13 },
      { fromHour: 17, toHour: 19 },
      { fromHour: 21, toHour: 23 },
    ],
    postingWindowsSource: postingTimes('early 视频号 practice: 12–13, 17–19, 21–23 (secondary)'),
  },
  wecom: {
    id: 'wecom',
    label: { zh: '企业微信', en: 'WeCom' },
    dailyPostLimit: {
      max: 3,
      // Group messages (客户群群发) are not Moments: the limit is on what a customer sees in Moments.
      formats: ['wecom-moments'],
      posts: { zh: '企业微信朋友圈', en: 'WeCom Moments posts' },
      reason: {
        zh: '客户每天最多看到企业及员工发布的 3 条朋友圈',
        en: 'A customer sees at most 3 Moments posts a day from the enterprise and its staff',
      },
      source: ourDefault('SPEC §2: WeCom shows a customer at most 3 Moments posts a day'),
    },
    postingWindows: [{ fromHour: 20, toHour: 22 }],
    postingWindowsSource: ourDefault('evening, as for other private-domain channels'),
  },
  weibo: {
    id: 'weibo',
    label: { zh: '微博', en: 'Weibo' },
    postingWindows: [
      { fromHour: 10, toHour: 12 },
      { fromHour: 22, toHour: 24 },
    ],
    postingWindowsSource: postingTimes('10–12 and 22–24 peaks (secondary)'),
  },
  douyin: {
    id: 'douyin',
    label: { zh: '抖音', en: 'Douyin' },
    postingWindows: [
      { fromHour: 12, toHour: 13 },
      { fromHour: 18, toHour: 22 },
    ],
    postingWindowsSource: ourDefault('lunch and evening, editable per brand'),
  },
  xiaohongshu: {
    id: 'xiaohongshu',
    label: { zh: '小红书', en: 'Xiaohongshu' },
    postingWindows: [{ fromHour: 20, toHour: 22 }],
    postingWindowsSource: postingTimes('20–22 (secondary)'),
  },
}

export const FORMAT_IDS = Object.keys(FORMAT_RULES) as FormatId[]
export const CHANNEL_IDS = Object.keys(CHANNEL_RULES) as ChannelId[]

/** The visible label a paid post carries when it does not go through a commercial channel. */
export const DISCLOSURE_LABEL = '广告'
