import type { Localized } from '../i18n/localized'
import {
  DISCLOSURE_LABEL,
  DISCLOSURE_LABEL_SEPARATORS,
  type DisclosureTexts,
  MARKETING_DECLARATION,
  MARKETING_DECLARATION_TEXTS,
  MISSING_LABEL_TEXTS,
  OFF_CHANNEL_TERM,
  offChannelTexts,
} from './terms'
import { escapeRegExp, foldText } from './textMatching'
import type { ComplianceHit, ComplianceLevel, TextField } from './types'

export type DisclosureInput = {
  /** Belongs to a paid collaboration or is flagged sponsored. */
  paid: boolean
  /** What the audience sees (rendered title, body, caption). */
  texts: readonly TextField[]
  /** Platform commercial order/task id (巨量星图 / 蒲公英 / 微任务) recorded on the variant. */
  commercialOrderId?: string | null
  /** The platform's own commercial channel, when it has one. */
  commercialChannel?: Localized | null
  /** Douyin: the self-declaration 「内容含营销推广信息」 must be recorded for paid posts. */
  requiresMarketingDeclaration?: boolean
  marketingDeclared?: boolean
}

/** The field of hits about the variant as a whole rather than one of its texts. */
export const WHOLE_VARIANT_FIELD = '*'

// 广告 counts as a label only as a word of its own (【广告】, #广告, 广告 |, 广告丨新品): next to
// another Han character it is part of a compound (广告法, 广告词) or a phrase like 不是广告.
const LABEL_EDGE = `[^\\p{Script=Han}]|${DISCLOSURE_LABEL_SEPARATORS.map(escapeRegExp).join('|')}`
const VISIBLE_LABEL = new RegExp(
  `(?:^|${LABEL_EDGE})${escapeRegExp(DISCLOSURE_LABEL)}(?=$|${LABEL_EDGE})`,
  'u',
)

const carriesLabel = (text: string): boolean => VISIBLE_LABEL.test(foldText(text).text)

const variantHit = (
  level: ComplianceLevel,
  term: string,
  texts: DisclosureTexts,
): ComplianceHit => ({
  rule: 'disclosure',
  level,
  field: WHOLE_VARIANT_FIELD,
  term,
  ...texts,
})

/** Paid content must be identifiable as an ad and go through the platform's commercial channel. */
export function checkDisclosure(input: DisclosureInput): ComplianceHit[] {
  if (!input.paid) return []
  const hits: ComplianceHit[] = []
  const hasOrder = Boolean(input.commercialOrderId?.trim())
  if (!hasOrder && !input.texts.some(({ text }) => text && carriesLabel(text))) {
    hits.push(variantHit('block', DISCLOSURE_LABEL, MISSING_LABEL_TEXTS))
  }
  if (!hasOrder && input.commercialChannel) {
    hits.push(variantHit('review', OFF_CHANNEL_TERM, offChannelTexts(input.commercialChannel)))
  }
  if (input.requiresMarketingDeclaration && !input.marketingDeclared) {
    hits.push(variantHit('block', MARKETING_DECLARATION, MARKETING_DECLARATION_TEXTS))
  }
  return hits
}
