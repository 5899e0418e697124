/** Numbers as the bilingual messages show them. */
import type { Localized } from '../i18n/localized'
import { KOL_PLATFORMS, type KolPlatform } from '../taxonomy/kols'

// One formatter for all messages: toLocaleString builds a new one per call, slow for thousands of exclusions.
const amountFormat = new Intl.NumberFormat('en-US', { maximumFractionDigits: 2 })

/** ¥12,000 (the same in both languages). */
export const yuan = (amount: number): string => `${amount < 0 ? '-' : ''}¥${amountFormat.format(Math.abs(amount))}`

/** 0.255 → 25.5%. */
export const percent = (share: number): string => `${Number((share * 100).toFixed(1))}%`

const PLATFORM_LABELS = Object.fromEntries(KOL_PLATFORMS.map(({ value, label }) => [value, label])) as Record<
  KolPlatform,
  Localized
>

export const platformLabel = (platform: KolPlatform): Localized => PLATFORM_LABELS[platform]

/** 小红书、抖音 / Xiaohongshu, Douyin. */
export const platformList = (platforms: readonly KolPlatform[]): Localized =>
  platforms.length === 0
    ? { zh: '无', en: 'none' }
    : {
        zh: platforms.map((platform) => PLATFORM_LABELS[platform].zh).join('、'),
        en: platforms.map((platform) => PLATFORM_LABELS[platform].en).join(', '),
      }
