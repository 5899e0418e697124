import {
  DIVERSION_LAW,
  DIVERSION_SUGGESTION,
  DIVERSION_TERMS,
  type DiversionKind,
  diversionMessage,
  LINK_TOP_LEVEL_DOMAINS,
  QR_CODE_HINTS,
  WECHAT_KEYWORDS,
} from './terms'
import { escapeRegExp, foldText } from './textMatching'
import type { ComplianceHit } from './types'

// The patterns run on folded text: lower case, full-width forms and ideographic spaces already
// ASCII, zero-width characters gone, so ＶＸ and a phone number split by U+200B are caught.

/** Longest first, so that 微信号 wins over 微信; Latin words must start a word (not "twx"). */
const alternation = (words: readonly string[]): string =>
  words
    .map((word) => foldText(word).text)
    .sort((a, b) => b.length - a.length)
    .map((word) =>
      /^[a-z0-9]/.test(word) ? `(?<![a-z0-9])${escapeRegExp(word)}` : escapeRegExp(word),
    )
    .join('|')

const LABEL = '[a-z0-9](?:[a-z0-9-]*[a-z0-9])?'
const URL_CHARACTER = "[a-z0-9\\-._~:/?#@!$&'*+,;=%]"
// A URL does not end in punctuation that closes the sentence around it.
const URL_LAST_CHARACTER = '[a-z0-9\\-_~/#=&%+]'
const PATH = `(?:/(?:${URL_CHARACTER}*${URL_LAST_CHARACTER})?)?`

const EMAIL = `(?<![a-z0-9._%+-])[a-z0-9._%+-]+@${LABEL}(?:\\.${LABEL})+`
const LINK = [
  `https?://${URL_CHARACTER}*${URL_LAST_CHARACTER}`,
  `(?<![a-z0-9.-])www\\.${LABEL}(?:\\.${LABEL})+${PATH}`,
  `(?<![a-z0-9.@-])(?:${LABEL}\\.)+(?:${alternation(LINK_TOP_LEVEL_DOMAINS)})(?![a-z0-9-])${PATH}`,
].join('|')
// Mainland mobile numbers, 1[3-9] and nine more digits, written with spaces or dashes anywhere.
const MOBILE = '(?:(?:\\+|00)?86[\\s-]?)?1[\\s-]?[3-9](?:[\\s-]?\\d){9}'
const PHONE = [
  `(?<!\\d)${MOBILE}(?!\\d)`,
  // Landlines with an area code (021-12345678, 0755 1234 5678) and 400/800 service numbers.
  '(?<!\\d)0[1-9]\\d{1,2}[\\s-]?\\d{3,4}[\\s-]?\\d{4}(?!\\d)',
  '(?<!\\d)[48]00[\\s-]?\\d{3}[\\s-]?\\d{4}(?!\\d)',
].join('|')
// A WeChat ID is 6–20 characters starting with a letter; people also give a phone or QQ number.
const WECHAT = `(?:${alternation(WECHAT_KEYWORDS)})[\\s:=-]{0,3}(?:[a-z][a-z0-9_-]{5,19}|${MOBILE}|\\d{6,12})`

// In priority order: at one position an email address wins over the domain inside it.
const PATTERNS: readonly (readonly [DiversionKind, string])[] = [
  ['email', EMAIL],
  ['link', LINK],
  ['qr', alternation(QR_CODE_HINTS)],
  ['wechat', WECHAT],
  ['phone', PHONE],
]

const DIVERSION = new RegExp(
  PATTERNS.map(([kind, pattern]) => `(?<${kind}>${pattern})`).join('|'),
  'g',
)

/** 导流: links, QR-code prompts, WeChat IDs, phone numbers and email addresses. */
export function detectDiversion(text: string, field: string): ComplianceHit[] {
  const folded = foldText(text)
  return Array.from(folded.text.matchAll(DIVERSION), (found) => {
    // Exactly one named group takes part in a match.
    const [kind] = PATTERNS.find(([name]) => found.groups?.[name] !== undefined)!
    return {
      rule: 'diversion',
      level: 'block',
      field,
      term: kind === 'qr' ? found[0] : DIVERSION_TERMS[kind],
      match: folded.toMatch(found.index, found.index + found[0].length),
      law: DIVERSION_LAW,
      message: diversionMessage(kind),
      suggestion: DIVERSION_SUGGESTION,
    }
  })
}
