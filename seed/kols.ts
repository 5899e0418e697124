import type { Kol } from '../src/payload-types'
import type { Vertical } from '../src/taxonomy/audience'
import type { ContentStyle, KolKind, KolPlatform } from '../src/taxonomy/kols'

type New<T> = Omit<T, 'id' | 'createdAt' | 'updatedAt'>
type Account = NonNullable<Kol['accounts']>[number]

/** A small deterministic generator (mulberry32): the same demo KOLs on every machine and run. */
export function random(seed: number) {
  let state = seed
  return () => {
    state = (state + 0x6d2b79f5) | 0
    let t = Math.imul(state ^ (state >>> 15), 1 | state)
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296
  }
}

const NICKNAMES = ['小鹿', '桃子', '七七', '阿柠', '糖糖', '木木', '橙子', '豆豆', '一一', '安安', '米粒', '十三', '大白', '阿泽', '乔乔']
const VERTICAL_PROFILES: Record<Vertical, { suffixes: string[]; femaleShare: [number, number]; styles: ContentStyle[]; ages: number[] }> = {
  beauty: { suffixes: ['的化妆间', '彩妆日记', '爱美妆'], femaleShare: [0.8, 0.95], styles: ['tutorial', 'review'], ages: [0.08, 0.42, 0.35, 0.1, 0.05] },
  skincare: { suffixes: ['护肤笔记', '成分党', '的梳妆台'], femaleShare: [0.75, 0.92], styles: ['knowledge', 'review'], ages: [0.04, 0.3, 0.42, 0.17, 0.07] },
  'mother-baby': { suffixes: ['育儿日常', '妈妈说', '带娃记'], femaleShare: [0.8, 0.95], styles: ['haul', 'vlog'], ages: [0.01, 0.12, 0.55, 0.25, 0.07] },
  food: { suffixes: ['吃遍全城', '的厨房', '探店'], femaleShare: [0.5, 0.7], styles: ['vlog', 'review'], ages: [0.08, 0.35, 0.33, 0.16, 0.08] },
  fitness: { suffixes: ['健身日记', '练起来', '燃脂营'], femaleShare: [0.3, 0.55], styles: ['tutorial', 'vlog'], ages: [0.06, 0.38, 0.38, 0.13, 0.05] },
  home: { suffixes: ['的小家', '收纳控', '家居灵感'], femaleShare: [0.6, 0.8], styles: ['haul', 'tutorial'], ages: [0.02, 0.2, 0.45, 0.23, 0.1] },
  fashion: { suffixes: ['穿搭', '的衣橱', 'OOTD'], femaleShare: [0.7, 0.9], styles: ['haul', 'vlog'], ages: [0.1, 0.45, 0.32, 0.09, 0.04] },
  digital: { suffixes: ['数码控', '科技说', '开箱'], femaleShare: [0.15, 0.35], styles: ['unboxing', 'review'], ages: [0.1, 0.4, 0.35, 0.1, 0.05] },
}
const PLATFORM_FORMATS: Record<KolPlatform, Account['rateCard']> = {
  xiaohongshu: [
    { format: 'xiaohongshu-image-note', price: 1 },
    { format: 'xiaohongshu-video-note', price: 1.6 },
  ],
  douyin: [
    { format: 'douyin-video', price: 1.4 },
    { format: 'douyin-image-text', price: 0.8 },
  ],
  weibo: [
    { format: 'weibo-post', price: 0.6 },
    { format: 'weibo-video', price: 1 },
  ],
  'wechat-channels': [{ format: 'wechat-channels-video', price: 1.2 }],
  'wechat-oa': [{ format: 'wechat-article', price: 1.5 }],
}
/** Typical engagements per view by platform, around which the demo accounts spread. */
const ENGAGEMENT_PER_VIEW: Record<KolPlatform, number> = { xiaohongshu: 0.05, douyin: 0.03, weibo: 0.01, 'wechat-channels': 0.03, 'wechat-oa': 0.02 }
const PROVINCES = ['广东', '浙江', '上海', '北京', '江苏', '四川', '湖北', '山东', '福建', '湖南']

const round = (value: number, digits = 2) => Number(value.toFixed(digits))

/** Shares that add up to 1 after jittering a profile. */
function jitter(next: () => number, shares: number[]): number[] {
  const raw = shares.map((share) => share * (0.7 + 0.6 * next()))
  const total = raw.reduce((sum, share) => sum + share, 0)
  return raw.map((share) => round(share / total))
}

/** An account whose audience, engagement and prices follow its vertical and platform. */
export function demoAccount(
  next: () => number,
  platform: KolPlatform,
  vertical: Vertical,
  handle: string,
  followers: number,
  complete: boolean,
): Omit<Account, 'id'> {
  const profile = VERTICAL_PROFILES[vertical]
  const avgViews = Math.round(followers * (0.08 + 0.5 * next()))
  const avgEngagements = Math.round(avgViews * ENGAGEMENT_PER_VIEW[platform] * (0.4 + 2 * next()))
  const [under18, age18to24, age25to34, age35to44, age45plus] = jitter(next, profile.ages)
  const [tier1, newTier1, tier2, tier3Below] = jitter(next, [0.25, 0.3, 0.25, 0.2])
  const basePrice = Math.max(500, Math.round((followers * (0.04 + 0.1 * next())) / 100) * 100)
  return {
    platform,
    handle,
    url: `https://example.com/${platform}/${encodeURIComponent(handle)}`,
    followers,
    avgViews,
    avgEngagements,
    engagementMix: {
      likes: Math.round(avgEngagements * 0.7),
      comments: Math.round(avgEngagements * 0.1),
      shares: Math.round(avgEngagements * 0.05),
      saves: Math.round(avgEngagements * 0.15),
    },
    postsPerMonth: 4 + Math.floor(next() * 20),
    completionRate: platform === 'douyin' || platform === 'wechat-channels' ? round(0.2 + 0.4 * next()) : null,
    // Every fifth account has not been measured by a data tool yet: its score says so in confidence.
    fakeFollowerRatio: complete ? round(0.02 + 0.28 * next() ** 2) : null,
    audience: complete
      ? {
          femaleShare: round(profile.femaleShare[0] + (profile.femaleShare[1] - profile.femaleShare[0]) * next()),
          age: { under18, age18to24, age25to34, age35to44, age45plus },
          cityTiers: { tier1, newTier1, tier2, tier3Below },
          topProvinces: PROVINCES.filter(() => next() < 0.3).slice(0, 3),
        }
      : undefined,
    rateCard: (PLATFORM_FORMATS[platform] ?? []).map((rate) => ({ format: rate.format, price: Math.round(basePrice * rate.price) })),
  }
}

/** The two KOLs of the ranking example (issue 4): a niche beauty creator and a big fitness account. */
const BEAUTY_KOL: New<Kol> = {
  name: '林小夕的化妆间',
  kind: 'kol',
  verticals: ['beauty', 'skincare'],
  styles: ['tutorial', 'review'],
  accounts: [
    {
      platform: 'xiaohongshu',
      handle: '林小夕的化妆间',
      followers: 48_000,
      avgViews: 21_000,
      avgEngagements: 1_450,
      engagementMix: { likes: 980, comments: 160, shares: 60, saves: 250 },
      postsPerMonth: 12,
      fakeFollowerRatio: 0.04,
      audience: {
        femaleShare: 0.93,
        age: { under18: 0.04, age18to24: 0.38, age25to34: 0.44, age35to44: 0.1, age45plus: 0.04 },
        cityTiers: { tier1: 0.38, newTier1: 0.34, tier2: 0.18, tier3Below: 0.1 },
        topProvinces: ['上海', '浙江', '广东'],
      },
      rateCard: [
        { format: 'xiaohongshu-image-note', price: 6_000 },
        { format: 'xiaohongshu-video-note', price: 9_500 },
      ],
    },
  ],
  contact: {
    realName: '林夕',
    phone: '13800138001',
    wechatId: 'linxiaoxi_mua',
    email: 'linxiaoxi@example.com',
    address: '上海市徐汇区漕溪北路 88 号',
    agency: '星芒 MCN',
  },
  contract: { paymentTerms: '发布后 15 个工作日内付款，含税', notes: '档期需提前两周预约' },
}

const FITNESS_KOL: New<Kol> = {
  name: '阿杰健身日记',
  kind: 'kol',
  verticals: ['fitness'],
  styles: ['tutorial', 'vlog'],
  accounts: [
    {
      platform: 'xiaohongshu',
      handle: '阿杰健身日记',
      followers: 480_000,
      avgViews: 160_000,
      avgEngagements: 8_200,
      engagementMix: { likes: 6_000, comments: 700, shares: 400, saves: 1_100 },
      postsPerMonth: 16,
      fakeFollowerRatio: 0.08,
      audience: {
        femaleShare: 0.34,
        age: { under18: 0.06, age18to24: 0.36, age25to34: 0.4, age35to44: 0.13, age45plus: 0.05 },
        cityTiers: { tier1: 0.3, newTier1: 0.32, tier2: 0.22, tier3Below: 0.16 },
        topProvinces: ['广东', '北京', '四川'],
      },
      rateCard: [
        { format: 'xiaohongshu-image-note', price: 38_000 },
        { format: 'xiaohongshu-video-note', price: 55_000 },
      ],
    },
  ],
  contact: { realName: '王杰', phone: '13900139002', wechatId: 'ajie_fit', agency: '燃动传媒' },
}

const KINDS: KolKind[] = ['kol', 'kol', 'kol', 'koc', 'koc', 'expert', 'celebrity', 'employee-ip']
export const PLATFORM_ORDER: KolPlatform[] = ['xiaohongshu', 'douyin', 'weibo', 'wechat-channels', 'wechat-oa']
export const VERTICAL_ORDER = Object.keys(VERTICAL_PROFILES) as Vertical[]

/**
 * About 60 demo KOLs and KOCs across the four platforms: two fixed ones for the ranking example,
 * and generated ones whose audiences follow their vertical. A few carry a brand-safety flag, an
 * exclusivity, a high fake-follower ratio or missing data, so every filter and estimate shows up.
 */
export function demoKols(): New<Kol>[] {
  const next = random(20261123)
  const kols: New<Kol>[] = [BEAUTY_KOL, FITNESS_KOL]
  for (let index = 0; kols.length < 60; index++) {
    const vertical = VERTICAL_ORDER[index % VERTICAL_ORDER.length]!
    const profile = VERTICAL_PROFILES[vertical]
    const name = `${NICKNAMES[Math.floor(index / VERTICAL_ORDER.length) % NICKNAMES.length]}${profile.suffixes[index % profile.suffixes.length]}`
    const kind = KINDS[index % KINDS.length]!
    // KOCs stay under 10k; celebrities start at a million; everyone else spreads log-uniformly.
    const followers = (scale: number) =>
      kind === 'koc'
        ? Math.round(1_500 + 8_000 * next())
        : kind === 'celebrity'
          ? Math.round(1_000_000 * (1 + 8 * next()))
          : Math.round(10 ** (4 + 2.3 * next()) * scale)
    const platforms = PLATFORM_ORDER.filter((platform, position) => position === index % PLATFORM_ORDER.length || next() < 0.3)
    const second = VERTICAL_ORDER[(index + 1) % VERTICAL_ORDER.length]!
    kols.push({
      name,
      kind,
      verticals: next() < 0.4 ? [vertical, second] : [vertical],
      styles: profile.styles,
      brandSafetyFlags: index % 17 === 5 ? ['public-controversy'] : [],
      exclusivities: index % 13 === 4 ? [{ category: 'cosmetics', until: new Date(Date.UTC(2027, 5, 30)).toISOString() }] : [],
      accounts: platforms.map((platform) => demoAccount(next, platform, vertical, name, followers(platform === 'wechat-oa' ? 0.5 : 1), index % 5 !== 3)),
      contact: { phone: `1370000${String(1000 + index)}`, wechatId: `kol_${index}` },
    })
  }
  return kols
}
