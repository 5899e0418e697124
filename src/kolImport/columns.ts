import type { Localized } from '../i18n/localized'
import type { Vocabulary } from '../taxonomy/options'

import { VERTICALS } from '../taxonomy/audience'
import { BRAND_SAFETY_FLAGS, CONTENT_STYLES, KOL_KINDS, KOL_PLATFORMS } from '../taxonomy/kols'

/** How a cell is read and written. Lengths are ours: Payload's text fields have no limit of their own. */
export type ColumnKind =
  | { type: 'id' }
  | { type: 'text'; maxLength: number }
  | { type: 'email'; maxLength: number }
  | { type: 'url'; maxLength: number }
  | { type: 'phone'; maxLength: number }
  /** One value of a vocabulary, written as its Chinese label; `aliases` are other names people type. */
  | { type: 'choice'; vocabulary: Vocabulary<string>; aliases?: Readonly<Record<string, readonly string[]>> }
  | { type: 'choices'; vocabulary: Vocabulary<string> }
  | { type: 'texts'; maxLength: number; maxItems: number }
  /** A count ≥ 0; `integer` for whole numbers only (followers). */
  | { type: 'count'; integer: boolean }
  /** A fraction 0–1, also written as a percentage. */
  | { type: 'share' }
  /** The account's rate card: format and price pairs. */
  | { type: 'rates' }

export type KolColumn = {
  /** The field's path in the KOL (level `kol`) or in the account row (level `account`). */
  path: string
  level: 'kol' | 'account'
  /** Chinese is the header the export writes; English and the aliases are accepted on import. */
  header: Localized
  aliases?: readonly string[]
  kind: ColumnKind
  /** Contact, contract and prices (SPEC §1): only admin and kol-manager read or write them. */
  personal?: boolean
}

/** Names people use for the platforms besides their labels and slugs. */
const PLATFORM_ALIASES: Record<string, readonly string[]> = {
  xiaohongshu: ['红书', 'xhs', 'red', 'rednote'],
  douyin: ['dy', '抖音号'],
  weibo: ['新浪微博', 'wb', 'sina weibo'],
  'wechat-channels': ['微信视频号', 'channels', 'wechat channels'],
  'wechat-oa': ['微信公众号', '服务号', '订阅号', 'oa', 'wechat oa', 'official account'],
}

const KIND_ALIASES: Record<string, readonly string[]> = {
  kol: ['达人'],
  koc: ['素人'],
  'employee-ip': ['员工'],
}

const text = (maxLength: number): ColumnKind => ({ type: 'text', maxLength })
const count: ColumnKind = { type: 'count', integer: false }
const share: ColumnKind = { type: 'share' }

/**
 * The KOL CSV: one row per account, the KOL's own columns repeated (or left blank) on each of its
 * rows. The order here is the order of the export; docs/kol-import.md describes every column.
 */
export const KOL_COLUMNS: readonly KolColumn[] = [
  { path: 'id', level: 'kol', header: { zh: '达人ID', en: 'kolId' }, aliases: ['id', '达人编号'], kind: { type: 'id' } },
  { path: 'name', level: 'kol', header: { zh: '达人名称', en: 'name' }, aliases: ['达人', '名称', 'kol'], kind: text(100) },
  { path: 'kind', level: 'kol', header: { zh: '类型', en: 'kind' }, kind: { type: 'choice', vocabulary: KOL_KINDS, aliases: KIND_ALIASES } },
  { path: 'verticals', level: 'kol', header: { zh: '垂类', en: 'verticals' }, kind: { type: 'choices', vocabulary: VERTICALS } },
  { path: 'styles', level: 'kol', header: { zh: '内容风格', en: 'styles' }, aliases: ['风格'], kind: { type: 'choices', vocabulary: CONTENT_STYLES } },
  {
    path: 'brandSafetyFlags',
    level: 'kol',
    header: { zh: '品牌安全标记', en: 'brandSafetyFlags' },
    kind: { type: 'choices', vocabulary: BRAND_SAFETY_FLAGS },
  },
  {
    path: 'platform',
    level: 'account',
    header: { zh: '平台', en: 'platform' },
    kind: { type: 'choice', vocabulary: KOL_PLATFORMS, aliases: PLATFORM_ALIASES },
  },
  { path: 'handle', level: 'account', header: { zh: '账号', en: 'handle' }, aliases: ['账号名', '账号名称', 'account'], kind: text(100) },
  { path: 'url', level: 'account', header: { zh: '主页链接', en: 'url' }, aliases: ['链接', 'profileUrl'], kind: { type: 'url', maxLength: 500 } },
  { path: 'followers', level: 'account', header: { zh: '粉丝数', en: 'followers' }, aliases: ['粉丝'], kind: { type: 'count', integer: true } },
  { path: 'avgViews', level: 'account', header: { zh: '平均阅读/播放', en: 'avgViews' }, aliases: ['平均阅读', '平均播放'], kind: count },
  { path: 'avgEngagements', level: 'account', header: { zh: '平均互动', en: 'avgEngagements' }, kind: count },
  { path: 'postsPerMonth', level: 'account', header: { zh: '月发文数', en: 'postsPerMonth' }, kind: count },
  { path: 'completionRate', level: 'account', header: { zh: '完播率', en: 'completionRate' }, kind: share },
  { path: 'fakeFollowerRatio', level: 'account', header: { zh: '水粉率', en: 'fakeFollowerRatio' }, kind: share },
  { path: 'engagementMix.likes', level: 'account', header: { zh: '篇均点赞', en: 'likes' }, kind: count },
  { path: 'engagementMix.comments', level: 'account', header: { zh: '篇均评论', en: 'comments' }, kind: count },
  { path: 'engagementMix.shares', level: 'account', header: { zh: '篇均转发', en: 'shares' }, kind: count },
  { path: 'engagementMix.saves', level: 'account', header: { zh: '篇均收藏', en: 'saves' }, kind: count },
  { path: 'audience.femaleShare', level: 'account', header: { zh: '女性占比', en: 'femaleShare' }, kind: share },
  { path: 'audience.age.under18', level: 'account', header: { zh: '18岁以下', en: 'under18' }, kind: share },
  { path: 'audience.age.age18to24', level: 'account', header: { zh: '18–24岁', en: 'age18to24' }, kind: share },
  { path: 'audience.age.age25to34', level: 'account', header: { zh: '25–34岁', en: 'age25to34' }, kind: share },
  { path: 'audience.age.age35to44', level: 'account', header: { zh: '35–44岁', en: 'age35to44' }, kind: share },
  { path: 'audience.age.age45plus', level: 'account', header: { zh: '45岁及以上', en: 'age45plus' }, kind: share },
  { path: 'audience.cityTiers.tier1', level: 'account', header: { zh: '一线城市', en: 'tier1Cities' }, aliases: ['一线', 'tier1'], kind: share },
  {
    path: 'audience.cityTiers.newTier1',
    level: 'account',
    header: { zh: '新一线城市', en: 'newTier1Cities' },
    aliases: ['新一线', 'newTier1'],
    kind: share,
  },
  { path: 'audience.cityTiers.tier2', level: 'account', header: { zh: '二线城市', en: 'tier2Cities' }, aliases: ['二线', 'tier2'], kind: share },
  {
    path: 'audience.cityTiers.tier3Below',
    level: 'account',
    header: { zh: '三线及以下城市', en: 'tier3BelowCities' },
    aliases: ['三线及以下', 'tier3Below'],
    kind: share,
  },
  {
    path: 'audience.topProvinces',
    level: 'account',
    header: { zh: '主要省份', en: 'topProvinces' },
    kind: { type: 'texts', maxLength: 20, maxItems: 34 },
  },
  { path: 'rateCard', level: 'account', header: { zh: '报价', en: 'rates' }, aliases: ['报价（元）', 'rateCard'], kind: { type: 'rates' }, personal: true },
  { path: 'contact.realName', level: 'kol', header: { zh: '真实姓名', en: 'realName' }, kind: text(50), personal: true },
  { path: 'contact.phone', level: 'kol', header: { zh: '手机号', en: 'phone' }, aliases: ['电话'], kind: { type: 'phone', maxLength: 30 }, personal: true },
  { path: 'contact.wechatId', level: 'kol', header: { zh: '微信号', en: 'wechatId' }, kind: text(50), personal: true },
  { path: 'contact.email', level: 'kol', header: { zh: '邮箱', en: 'email' }, kind: { type: 'email', maxLength: 200 }, personal: true },
  { path: 'contact.address', level: 'kol', header: { zh: '寄样地址', en: 'address' }, aliases: ['地址'], kind: text(500), personal: true },
  { path: 'contact.agency', level: 'kol', header: { zh: '所属 MCN', en: 'agency' }, aliases: ['MCN'], kind: text(100), personal: true },
  { path: 'contact.agencyContact', level: 'kol', header: { zh: 'MCN 联系人', en: 'agencyContact' }, kind: text(100), personal: true },
  { path: 'contract.paymentTerms', level: 'kol', header: { zh: '付款条款', en: 'paymentTerms' }, kind: text(2000), personal: true },
  { path: 'contract.notes', level: 'kol', header: { zh: '合作备注', en: 'notes' }, kind: text(2000), personal: true },
]

/** The columns every data row needs: without them an account cannot be found or created. */
export const REQUIRED_PATHS = ['platform', 'handle'] as const

const COLUMNS_BY_PATH = new Map(KOL_COLUMNS.map((column) => [column.path, column]))

export const columnAt = (path: string): KolColumn => COLUMNS_BY_PATH.get(path)!

/** The columns a user may read and write: the personal ones only for admin and kol-manager. */
export const columnsFor = (mayManageKols: boolean): readonly KolColumn[] => (mayManageKols ? KOL_COLUMNS : KOL_COLUMNS.filter((column) => !column.personal))
