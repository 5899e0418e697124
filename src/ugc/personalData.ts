import { detectDiversion } from '../compliance'
import { DIVERSION_TERMS } from '../compliance/terms'

/** Kinds of contact data found in a shopper's text. */
export type MaskedKind = 'phone' | 'wechat' | 'email' | 'id-card'

const DIVERSION_KINDS: Record<string, MaskedKind> = { [DIVERSION_TERMS.phone]: 'phone', [DIVERSION_TERMS.wechat]: 'wechat', [DIVERSION_TERMS.email]: 'email' }
// 18-digit resident ID (the last character may be X): never something a review needs to show.
const ID_CARD = /(?<!\d)[1-9]\d{5}(?:19|20)\d{2}(?:0[1-9]|1[0-2])(?:0[1-9]|[12]\d|3[01])\d{3}[\dXx](?!\d)/g

export const MASK = '***'

/**
 * PIPL minimisation (SPEC §3.3): phone numbers, WeChat IDs, email addresses and ID-card numbers in
 * a shopper's text are replaced by a mask before the text is stored, so they never reach the
 * moderation queue, a reused asset or an API response. Links stay: they are not personal data,
 * and the compliance scan reports them as 导流.
 */
export function maskPersonalData(text: string): { text: string; masked: MaskedKind[] } {
  const spans = [
    ...detectDiversion(text, 'text').flatMap((hit) => {
      const kind = DIVERSION_KINDS[hit.term]
      return kind && hit.match ? [{ kind, start: hit.match.start, end: hit.match.end }] : []
    }),
    ...Array.from(text.matchAll(ID_CARD), (found) => ({ kind: 'id-card' as const, start: found.index, end: found.index + found[0].length })),
  ].sort((a, b) => a.start - b.start)

  let masked = ''
  let cursor = 0
  const kinds = new Set<MaskedKind>()
  for (const span of spans) {
    if (span.start < cursor) continue
    masked += text.slice(cursor, span.start) + MASK
    cursor = span.end
    kinds.add(span.kind)
  }
  return { text: masked + text.slice(cursor), masked: [...kinds] }
}
