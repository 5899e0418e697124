import type { Localized } from '../i18n/localized'
import type { Vocabulary } from '../taxonomy/options'

/**
 * What the author allows (SPEC §3.4): `brand-channels` is the brand's own accounts and pages,
 * `paid-ads` is paid placement (信息流, 投流, KOL 二次投放). They are separate consents: a shopper
 * who lets a brand repost a photo has not agreed to see it in an advertisement.
 */
export const LICENCE_SCOPES = [
  { value: 'brand-channels', label: { zh: '品牌自有渠道转载', en: 'Brand channels' } },
  { value: 'paid-ads', label: { zh: '付费广告投放', en: 'Paid ads' } },
] as const satisfies Vocabulary<string>

export type LicenceScope = (typeof LICENCE_SCOPES)[number]['value']

/** A licence longer than three years is not something a checkbox on a form should grant. */
export const MAX_LICENCE_MONTHS = 36

export type Licence = { scopes?: readonly string[] | null; expiresAt?: string | null }

/**
 * The end of a licence granted at `consentedAt` for `termMonths` calendar months, like a contract:
 * a month later than 31 January is the last day of February, not 3 March.
 */
export function licenceExpiry(consentedAt: Date, termMonths: number): Date {
  const end = new Date(consentedAt)
  const day = end.getUTCDate()
  end.setUTCDate(1)
  end.setUTCMonth(end.getUTCMonth() + termMonths)
  const lastDay = new Date(Date.UTC(end.getUTCFullYear(), end.getUTCMonth() + 1, 0)).getUTCDate()
  end.setUTCDate(Math.min(day, lastDay))
  return end
}

/** Why the licence does not include this use, or null when it does. */
export function scopeRefusal(licence: Licence | null | undefined, use: LicenceScope): Localized | null {
  const scope = LICENCE_SCOPES.find(({ value }) => value === use)!
  if (licence?.scopes?.includes(use)) return null
  return {
    zh: `作者的授权不包括「${scope.label.zh}」，不能这样使用。`,
    en: `The author’s licence does not cover ${scope.label.en.toLowerCase()}.`,
  }
}

/** Why the licence's term has ended by `now`, or null while it runs. */
export function termRefusal(licence: Licence | null | undefined, now: Date): Localized | null {
  if (licence?.expiresAt && new Date(licence.expiresAt).getTime() > now.getTime()) return null
  const date = licence?.expiresAt?.slice(0, 10) ?? '—'
  return { zh: `作者的授权已于 ${date} 到期。`, en: `The author’s licence expired on ${date}.` }
}

/** Why the licence does not cover this use now (scope, then term), or null when it does. */
export const licenceRefusal = (licence: Licence | null | undefined, use: LicenceScope, now: Date): Localized | null =>
  scopeRefusal(licence, use) ?? termRefusal(licence, now)
