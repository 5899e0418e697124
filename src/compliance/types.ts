import type { Localized } from '../i18n/localized'

/** `block`: never allowed, approval is refused. `review`: allowed in context, a reviewer decides. */
export type ComplianceLevel = 'block' | 'review'

export type ComplianceRule = 'absolute-term' | 'medical-claim' | 'diversion' | 'disclosure'

export type ProductCategory = 'cosmetics' | 'food' | 'mother-baby' | 'other'

/** UTF-16 offsets into the field's ORIGINAL text: `original.slice(start, end) === text`. */
export type TextMatch = { text: string; start: number; end: number }

export type ComplianceHit = {
  rule: ComplianceRule
  level: ComplianceLevel
  /** Field path given by the caller, e.g. `title` or `variants.2.caption`. */
  field: string
  /** The listed term in its canonical form, e.g. `最好`, `NO.1`, `微信号`, `phone number`. */
  term: string
  /** Where the term is; absent when the hit is about something missing (a disclosure). */
  match?: TextMatch
  law: Localized
  message: Localized
  suggestion?: Localized
}

/** `ok` means no block-level hit. */
export type ComplianceReport = {
  ok: boolean
  blockCount: number
  reviewCount: number
  hits: ComplianceHit[]
}

export type TextField = { field: string; text: string | null | undefined }

/**
 * A phrase that contains a listed term without being a claim (第一天, 唯一的缺点). `unlessFollowedBy`
 * names continuations that turn it back into a claim: 第一天 is a day, 第一天然 is "No.1 natural".
 */
export type AllowedPhrase = { phrase: string; unlessFollowedBy?: readonly string[] }
