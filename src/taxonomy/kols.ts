import type { Localized } from '../i18n/localized'
import type { Vocabulary } from './options'

/**
 * The platforms a KOL has accounts on (SPEC §5). 企业微信 is the brand's own private domain, not a
 * KOL channel, so of the six content channels only these five carry KOL accounts.
 */
export const KOL_PLATFORMS = [
  { value: 'xiaohongshu', label: { zh: '小红书', en: 'Xiaohongshu' } },
  { value: 'douyin', label: { zh: '抖音', en: 'Douyin' } },
  { value: 'weibo', label: { zh: '微博', en: 'Weibo' } },
  { value: 'wechat-channels', label: { zh: '视频号', en: 'WeChat Channels' } },
  { value: 'wechat-oa', label: { zh: '公众号', en: 'WeChat Official Account' } },
] as const satisfies Vocabulary<string>

export type KolPlatform = (typeof KOL_PLATFORMS)[number]['value']

/** A KOL platform's name, or the value itself for one that is not (so a message can still name it). */
export const kolPlatformLabel = (platform: string): Localized =>
  KOL_PLATFORMS.find((entry) => entry.value === platform)?.label ?? { zh: platform, en: platform }

export const KOL_KINDS = [
  { value: 'kol', label: { zh: 'KOL 达人', en: 'KOL' } },
  { value: 'koc', label: { zh: 'KOC 素人', en: 'KOC' } },
  { value: 'celebrity', label: { zh: '明星', en: 'Celebrity' } },
  { value: 'expert', label: { zh: '专家', en: 'Expert' } },
  { value: 'employee-ip', label: { zh: '员工 IP', en: 'Employee IP' } },
] as const satisfies Vocabulary<string>

export type KolKind = (typeof KOL_KINDS)[number]['value']

export const CAMPAIGN_TYPES = [
  { value: 'co_branded', label: { zh: '联名款', en: 'Co-branded launch' } },
  { value: 'live_stream', label: { zh: '直播带货', en: 'Live-stream selling' } },
  { value: 'seeding', label: { zh: '种草', en: 'Seeding' } },
  { value: 'offline_event', label: { zh: '线下活动', en: 'Offline event' } },
  { value: 'fission', label: { zh: '裂变', en: 'Fission' } },
] as const satisfies Vocabulary<string>

export type CampaignType = (typeof CAMPAIGN_TYPES)[number]['value']

/** How a creator makes content; campaigns ask for styles, and the fit score matches them. */
export const CONTENT_STYLES = [
  { value: 'review', label: { zh: '测评', en: 'Review' } },
  { value: 'tutorial', label: { zh: '教程', en: 'Tutorial' } },
  { value: 'unboxing', label: { zh: '开箱', en: 'Unboxing' } },
  { value: 'haul', label: { zh: '好物分享', en: 'Haul' } },
  { value: 'vlog', label: { zh: 'Vlog', en: 'Vlog' } },
  { value: 'skit', label: { zh: '剧情', en: 'Skit' } },
  { value: 'live', label: { zh: '直播', en: 'Live' } },
  { value: 'knowledge', label: { zh: '干货科普', en: 'Explainer' } },
] as const satisfies Vocabulary<string>

export type ContentStyle = (typeof CONTENT_STYLES)[number]['value']

/** Any of these keeps a KOL out of rankings until a manager clears it (SPEC §6 hard filter). */
export const BRAND_SAFETY_FLAGS = [
  { value: 'public-controversy', label: { zh: '舆情争议', en: 'Public controversy' } },
  { value: 'regulatory-penalty', label: { zh: '违规处罚', en: 'Regulatory penalty' } },
  { value: 'data-fraud', label: { zh: '数据造假', en: 'Data fraud' } },
  { value: 'contract-breach', label: { zh: '违约记录', en: 'Breach of contract' } },
] as const satisfies Vocabulary<string>

export const CAMPAIGN_STATUSES = [
  { value: 'planning', label: { zh: '筹备中', en: 'Planning' } },
  { value: 'active', label: { zh: '进行中', en: 'Active' } },
  { value: 'completed', label: { zh: '已结束', en: 'Completed' } },
  { value: 'cancelled', label: { zh: '已取消', en: 'Cancelled' } },
] as const satisfies Vocabulary<string>

/** A live-stream lineup's roles (SPEC §8: 1–2 福利品, 3–5 引流品, about 10 畅销品). */
export const LINEUP_ROLES = [
  { value: 'giveaway', label: { zh: '福利品', en: 'Giveaway deal' } },
  { value: 'traffic', label: { zh: '引流品', en: 'Traffic driver' } },
  { value: 'bestseller', label: { zh: '畅销品', en: 'Bestseller' } },
] as const satisfies Vocabulary<string>

/** When a published post's metrics are collected, counted in days after publication (SPEC §5). */
export const SNAPSHOT_WINDOWS = [
  { value: 't1', label: { zh: 'T+1', en: 'T+1' } },
  { value: 't7', label: { zh: 'T+7', en: 'T+7' } },
  { value: 't30', label: { zh: 'T+30', en: 'T+30' } },
] as const satisfies Vocabulary<string>

export type SnapshotWindow = (typeof SNAPSHOT_WINDOWS)[number]['value']
