import type { Counting, Weighting } from './types'

const segmenter = new Intl.Segmenter('zh', { granularity: 'grapheme' })

/** Han, kana, hangul, CJK punctuation and full-width forms: what platforms count as 汉字-wide. */
const CJK = /[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}\p{Script=Hangul}\u3000-\u303f\uff00-\uffef]/u
const ASCII = /^[\x20-\x7e]$/

export const graphemes = (text: string): string[] => Array.from(segmenter.segment(text), (s) => s.segment)

const graphemeWeight = (grapheme: string, weighting: Weighting): number =>
  CJK.test(grapheme) ? weighting.cjk : ASCII.test(grapheme) ? weighting.ascii : weighting.other

/** The length a platform measures: graphemes with its weighting, or raw code units for markup. */
export function measure(text: string, weighting: Weighting, counting: Counting): number {
  if (counting === 'code-units') return text.length
  let length = 0
  for (const grapheme of graphemes(text)) length += graphemeWeight(grapheme, weighting)
  return length
}

/**
 * The longest prefix of `text` within `max`, cut only between graphemes, so an emoji, a ZWJ family
 * or a letter with its combining marks is either kept whole or dropped whole.
 */
export function cutToFit(text: string, max: number, weighting: Weighting, counting: Counting): string {
  let length = 0
  let end = 0
  for (const grapheme of graphemes(text)) {
    length += counting === 'code-units' ? grapheme.length : graphemeWeight(grapheme, weighting)
    if (length > max) break
    end += grapheme.length
  }
  return text.slice(0, end)
}
