import type { Localized } from '../../i18n/localized'

const locale = (lang: keyof Localized) => (lang === 'zh' ? 'zh-CN' : 'en-US')

/** 12.3万 / 123.4K: follower counts and reach at a glance. */
export const compactCount = (value: number, lang: keyof Localized) =>
  new Intl.NumberFormat(locale(lang), { notation: 'compact', maximumFractionDigits: 1 }).format(value)

/** 1,234,567 */
export const fullCount = (value: number, lang: keyof Localized) => new Intl.NumberFormat(locale(lang), { maximumFractionDigits: 2 }).format(value)

/** A text with its `{name}` placeholders filled in: fill('共 {n} 个', { n: 3 }) → '共 3 个'. */
export const fill = (text: string, values: Record<string, string | number>) => text.replace(/\{(\w+)\}/g, (_, key: string) => String(values[key] ?? ''))
